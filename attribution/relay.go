package attribution

import (
	"strings"

	"github.com/quotetrail/quotetrail/quote"
)

// relayFrame reads "RELAY quoted X as saying" and "X was quoted by RELAY as
// saying" with the verb at toks[v].
func (d *docState) relayFrame(toks []token, lo, v int) (attr, bool) {
	if !toks[v].is("quoted", "quoting", "cited", "citing", "quotes", "reported") {
		return attr{}, false // "Kyodo reported a MITI official as saying"
	}
	as := -1
	for k := v + 1; k < len(toks)-1 && k-v <= 12; k++ {
		if toks[k].is("as") && toks[k+1].is("saying", "telling", "stating", "writing", "having", "urging", "warning",
			"calling", "describing", "predicting", "expressing", "denying", "confirming", "adding", "asking", "claiming") {
			as = k
			break
		}
	}
	bare := false // "quoted defence spokesman Rafsanjani telling a delegation, “…”": no "as"
	if as < 0 && toks[v].is("quoted", "quotes") {
		for k := v + 3; k < len(toks) && k-v <= 10; k++ {
			if toks[k].is("saying", "telling") && toks[k-1].isCap() {
				as, bare = k-1, true
				break
			}
			if toks[k].kind != tWord {
				break
			}
		}
	}
	passive := v > lo && toks[v-1].is("was", "were", "is", "been")
	switch {
	case passive:
		// X was quoted (by RELAY) as saying
		p, ok := d.subjectBefore(toks, v-1, lo)
		if !ok {
			return attr{}, false
		}
		p = d.relativeAntecedent(toks, p, lo)
		a := attr{speaker: p, rule: ruleRelayQuoted, conf: 0.85}
		a.cue = "quoted as saying"
		a.cueSpan = spanOf(toks, v, v+1)
		a.evidence = spanOf(toks, p.lo, v+1)
		a.via = append(a.via, d.quotedOn(toks, v, len(toks))...)
		for k := v + 1; k < len(toks)-1 && k-v <= 3; k++ {
			if toks[k].is("by") {
				end := k + 1
				for end < len(toks) && !toks[end].is("as", ",", ".") && end-k < 8 {
					end++
				}
				if r, ok := d.mediumAfterBy(toks, k+1, end); ok {
					a.via = append(a.via, d.relay(r, "quoted"))
				} else if r, ok := d.npEndingAt(toks, end, k+1); ok {
					a.via = append(a.via, d.relay(r, "quoted"))
				}
				break
			}
		}
		return a, true
	case as > v+1:
		end := as
		if bare {
			end = as + 1 // the name ends right before "telling"
		}
		if toks[end-1].is(",") {
			// "quoted Oil Minister Issam al-Chalabi, who returned Sunday,
			// as saying": the relative clause is no part of the name.
			for k := end - 2; k > v+1; k-- {
				if toks[k].is(",") && relativePronouns[toks[k+1].lower] {
					end = k
					break
				}
				if toks[k].is(",") {
					// "quoted an Iranian soldier, Hamid Dehqani, as saying":
					// the name in the apposition.
					if n, ok := d.nameEndingAt(toks, end-1, k+1); ok && n.lo == k+1 {
						end = -1
						a := attr{speaker: n, rule: ruleRelayQuoted, conf: 0.9, cue: "quoted as saying"}
						a.cueSpan = spanOf(toks, v, as+2)
						a.evidence = spanOf(toks, lo, as+2)
						if r, ok := d.subjectBefore(toks, v, lo); ok {
							a.via = append(a.via, d.relay(r, "quoted"))
						}
						return a, true
					}
					break
				}
			}
		}
		p, ok := d.npEndingAt(toks, end, v+1)
		if !ok && !bare {
			p, ok = d.nameBeforeApposition(toks, v+1, end) // "quoted Yang Jike, vice-governor of Anhui, as saying"
		}
		if !ok || p.lo > v+1 && !toks[v+1].isCap() && !determiners[toks[v+1].lower] {
			// "quoted the head of Iran's war information headquarters as
			// saying": the whole phrase, when it is a short one.
			if p, ok = d.phraseBetween(toks, v+1, end); !ok {
				return attr{}, false
			}
		}
		if p.lo-1 > v+1 && toks[p.lo-1].is("in", "at", "from") {
			// "quoted a correspondent in the field as saying"
			if q, ok := d.npEndingAt(toks, p.lo-1, v+1); ok && (speakerNouns[toks[q.hi-1].lower] || roleNouns[toks[q.hi-1].lower]) {
				p = q
			}
		}
		a := attr{speaker: p, rule: ruleRelayQuoted, conf: 0.9}
		a.cue = "quoted as saying"
		a.cueSpan = spanOf(toks, v, min(as+2, len(toks)))
		a.evidence = spanOf(toks, lo, as+2)
		if r, ok := d.subjectBefore(toks, v, lo); ok {
			if relativePronouns[toks[v-1].lower] && v-1 > lo {
				// "a news report which quoted an official as urging": the
				// relay is what "which" stands for.
				if ante, ok := d.npEndingAt(toks, v-1, lo); ok {
					r = ante
				}
			}
			a.via = append(a.via, d.relay(r, "quoted"))
			a.via = append(a.via, d.relayAppositions(toks, r, v)...)
		}
		return a, true
	}
	return attr{}, false
}

// relay turns a noun phrase into a relay Mention.
func (d *docState) relay(p np, relation string) Mention {
	m := p.mention
	m.Relation = relationOf(relation)
	if m.Name == "" {
		if o, ok := d.outlet(m.Text); ok {
			m.Name, m.Kind = o.Name, outletKind(o)
		} else if o, ok := d.outletEndingAt(m.Span); ok {
			// "The Toronto Globe and Mail": the phrase read "Mail", the
			// gazetteer knows the whole name.
			m.Name, m.Kind = o.Name, outletKind(o)
		}
	}
	if m.Kind == "" || m.Kind == Person && p.generic {
		m.Kind = Media
	}
	if m.Name == "" {
		m.Name = describe(m.Text)
	}
	return m
}

// relaysAfter finds a relay in the rest of an attribution: "told Reuters",
// "in an interview with the Financial Times", "told the BBC".
func (d *docState) relaysAfter(toks []token, from int) []Mention {
	gz := d.res.gazetteer()
	for k := from; k < len(toks); k++ {
		t := toks[k]
		var rel string
		switch {
		case t.is("told", "tells", "telling", "tell"):
			rel = "told"
		case t.is("interview", "interviews") && k+1 < len(toks) && toks[k+1].is("with", "on", "in", "to"):
			rel = "interview"
			k++
		case t.is("on") && k+2 < len(toks) && onAir(toks, from, k):
			// "Kampelman said on the NBC television network that …": the
			// broadcaster carried the words (named only: "said on the
			// radio" is an occasion).
			if r := d.namedOutletAfter(toks, k+1); r != nil {
				return r
			}
			continue
		case t.is("broadcast", "aired", "televised", "carried", "published", "monitored") && k+1 < len(toks) && toks[k+1].is("by") &&
			k-from <= 12 && !clauseBetween(d, toks, from+1, k):
			// "said Rafsanjani in a speech later broadcast by Tehran
			// Radio"; but in "said it exchanged … papers published by
			// Gulf Coast Newspapers Inc" the words are the reported
			// clause's.
			rel = relationOf(t.lower)
			k++
		default:
			continue
		}
		if rel == "told" {
			// "told a correspondent of the official Iraqi news agency
			// INA", "told a reporter for the Washington Post": the outlet
			// after its people.
			for j := k + 1; j+2 < len(toks) && j-k <= 4 && toks[j].kind == tWord; j++ {
				if pressPeople[toks[j].lower] && toks[j+1].is("of", "for", "from", "with") {
					k = j + 1
					break
				}
			}
		}
		end := k + 1
		for end < len(toks) && end-k <= 6 && toks[end].kind == tWord && !toks[end].is("that", "and") &&
			(!prepositions[toks[end].lower] || toks[end].is("of") && end+1 < len(toks) && toks[end+1].isCap()) { // "the Times of Zambia"
			end++
		}
		if rel == "told" && hasWordWithin(toks[end:], "interview", 4) {
			rel = "interview" // "told Reuters in an interview"
		}
		for e := end; e > k+1; e-- {
			txt := d.textOf(toks, k+1, e)
			if o, ok := gz.Lookup(txt); ok {
				s := spanOf(toks, k+1, e)
				return []Mention{{Span: s, Text: txt, Name: o.Name, Kind: outletKind(o), Relation: rel}}
			}
		}
		// An outlet the gazetteer does not know, named by what it is: "told
		// al-Riyadh newspaper", "an interview with the Globo television
		// network", "on Italian state radio".
		for e := end; e > k+1; e-- {
			if mediaNouns[toks[e-1].lower] && !toks[e-1].is("press", "media") {
				txt := d.textOf(toks, k+1, e)
				m := Mention{Span: spanOf(toks, k+1, e), Text: txt, Name: describe(txt), Kind: Media, Relation: rel}
				n := end
				for i := e; i < end; i++ {
					// "a Radio Monte Carlo interviewer": the outlet's name
					// ends before its people ("the Newspaper Farm Editors
					// of America" is no outlet).
					if pressPeople[toks[i].lower] && !toks[i].isCap() {
						n = i
						break
					}
				}
				if n < end && unnamedMedium(toks[k+1:e]) {
					// "told newspaper reporters", "told television
					// interviewers": the people of no outlet in particular,
					// an occasion rather than a relay.
					return nil
				}
				if e < n && !namedBefore(toks[k+1:e-1]) && namesOutlet(toks[e:n]) {
					// "the newspaper al-Ahali": the name follows; "the Radio
					// del Plata": the noun is part of it.
					m.Span, m.Text = spanOf(toks, k+1, n), d.textOf(toks, k+1, n)
					m.Name = d.textOf(toks, e, n)
					if toks[e-1].isCap() {
						m.Name = d.textOf(toks, e-1, n)
					}
					return []Mention{m}
				}
				if relayReference(txt) {
					if o, ok := d.outletBefore(m.Span.Start); ok {
						m.Name, m.Kind = o.Name, outletKind(o)
					}
				}
				return []Mention{m}
			}
		}
	}
	return nil
}

// relaysAround finds the relays of a sentence's attribution: after its verb
// ("told Reuters"), or in an interview named before it ("In an interview
// with the Globo television network, Funaro said").
func (d *docState) relaysAround(toks []token, v int) []Mention {
	if r := d.relaysAfter(toks, v); r != nil {
		return r
	}
	if r := d.interviewOutlet(toks, v); r != nil {
		return r
	}
	for k := 0; k+1 < v; k++ {
		if toks[k].is("interview", "interviews") && toks[k+1].is("with", "on", "to") {
			// Only up to the verb: the interview frames this attribution.
			return d.relaysAfter(toks[:v], k)
		}
		if toks[k].is("interview", "interviews") {
			// "Brodersohn, in an interview from Washington with Argentine
			// television, said"
			for j := k + 1; j+1 < v && j-k <= 5; j++ {
				if toks[j].is("with", "on") {
					end := j + 1
					for end < v && toks[end].kind == tWord && end-j <= 5 {
						end++
					}
					if end > j+1 && (mentionsMedia(toks[j+1:end]) || hasOutlet(d, toks[j+1:end])) {
						if r, ok := d.phraseBetween(toks, j+1, end); ok {
							return []Mention{d.relay(r, "interview")}
						}
					}
					break
				}
			}
		}
	}
	return nil
}

// onAir reports whether the "on" at toks[k] follows the verb at toks[from]
// directly or past a time ("said on NBC", "said Sunday on CBS").
func onAir(toks []token, from, k int) bool {
	if k-from > 4 {
		return false
	}
	for j := from + 1; j < k; j++ {
		if !timeWords[toks[j].lower] && !timeNouns[toks[j].lower] {
			return false
		}
	}
	return k > from
}

// namedOutletAfter returns the outlet the gazetteer knows that the words
// from toks[k] name, with or without its article and kind ("the NBC
// television network", "CBS's Face the Nation"), as a relay that carried
// the words; nil when none.
func (d *docState) namedOutletAfter(toks []token, k int) []Mention {
	gz := d.res.gazetteer()
	if toks[k].is("the") {
		k++
	}
	end := k
	for end < len(toks) && end-k < 5 && toks[end].kind == tWord && toks[end].isCap() {
		end++
	}
	for e := end; e > k; e-- {
		txt := d.textOf(toks, k, e)
		if o, ok := gz.Lookup(txt); ok {
			return []Mention{{Span: spanOf(toks, k, e), Text: txt, Name: o.Name, Kind: outletKind(o), Relation: "carried"}}
		}
	}
	return nil
}

// relayAppositions reads the relays named in an apposition of a relay, up
// to its verb at toks[v]: "Tehran radio, monitored by the BBC, quoted …"
// puts the BBC after Tehran radio on the chain.
func (d *docState) relayAppositions(toks []token, r np, v int) []Mention {
	var out []Mention
	for k := r.lo; k < v-2; k++ {
		if toks[k].start < r.mention.Span.End {
			continue
		}
		var rel string
		from := k + 2 // the relay's first token
		switch {
		case toks[k].is("through", "via") && k > 0 && documentNouns[toks[k-1].lower]:
			// "The government, in a statement through the official Tanjug
			// news agency, said"
			rel, from = "carried", k+1
		case toks[k].is("quoted") && toks[k+1].is("by", "in"):
			rel = "quoted" // "A military spokesman, quoted by the Iraqi news agency, said", "quoted in a communique"
		case toks[k].is("monitored") && toks[k+1].is("by"):
			rel = "monitored"
		case toks[k].is("carried") && toks[k+1].is("by"):
			rel = "carried"
		case toks[k].is("reported") && toks[k+1].is("by"):
			rel = "reported"
		case toks[k].is("published", "printed", "carried") && toks[k+1].is("in", "by"):
			rel = "carried" // "The survey, published in the Bulletin magazine, said"
		default:
			continue
		}
		end := from
		for end < v && !toks[end].is(",", ".", ";") {
			end++
		}
		if p, ok := d.npEndingAt(toks, end, from); ok {
			m := d.relay(p, rel)
			if o, ok := d.outlet(d.textOf(toks, from, end)); ok {
				m.Name, m.Kind = o.Name, outletKind(o) // "the official Iraqi News Agency"
			}
			out = append(out, m)
		}
	}
	return out
}

func hasWordWithin(toks []token, w string, n int) bool {
	for i, t := range toks {
		if i >= n {
			break
		}
		if t.is(w) {
			return true
		}
	}
	return false
}

// unnamedMedium reports whether toks, a phrase that ends in the noun of a
// medium, is a bare noun that names none ("newspaper", "local
// television"), unlike "the newspaper" (one the story names) or "Israel
// radio".
func unnamedMedium(toks []token) bool {
	for _, t := range toks {
		if t.isCap() || determiners[t.lower] {
			return false
		}
	}
	return true
}

// namesOutlet reports whether the words after "the newspaper" are its name:
// capitalised words, or an Arabic name with its article ("al-Ahali").
func namesOutlet(toks []token) bool {
	for i, t := range toks {
		if !t.isCap() && !strings.HasPrefix(t.lower, "al-") && !strings.HasPrefix(t.lower, "el-") &&
			!(nameParticles[t.lower] && i+1 < len(toks)) { // "Radio del Plata"
			return false
		}
	}
	return len(toks) > 0
}

// outletEndingAt finds an outlet the gazetteer knows whose name ends where
// span ends and takes in the span ("The Toronto Globe and Mail" for
// "Mail").
func (d *docState) outletEndingAt(span quote.Span) (Outlet, bool) {
	if span.End <= 0 || span.End > len(d.text) {
		return Outlet{}, false
	}
	from := max(0, span.Start-48)
	ms := d.res.gazetteer().FindAll(d.text[from:span.End])
	if len(ms) == 0 {
		return Outlet{}, false
	}
	m := ms[len(ms)-1]
	if from+m.End != span.End || from+m.Start > span.Start {
		return Outlet{}, false
	}
	return m.Outlet, true
}

// phraseBetween takes toks[lo:hi] as a speaker when it is a short noun
// phrase: a determiner or a capital first, no verb, at most ten words.
func (d *docState) phraseBetween(toks []token, lo, hi int) (np, bool) {
	if hi-lo < 1 || hi-lo > 10 || !(toks[lo].isCap() || determiners[toks[lo].lower] || speakerNouns[toks[lo].lower] || groupNouns[toks[lo].lower]) {
		return np{}, false
	}
	for k := lo; k < hi; k++ {
		if toks[k].kind != tWord && !toks[k].is("'s") || verbLike(d, toks, k) {
			return np{}, false
		}
	}
	p := np{lo: lo, hi: hi, generic: true}
	p.mention = Mention{Span: spanOf(toks, lo, hi), Text: d.textOf(toks, lo, hi), Kind: Person}
	return p, true
}

// hasOutlet reports whether toks name an outlet the gazetteer knows.
func hasOutlet(d *docState, toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	_, ok := d.outlet(d.textOf(toks, 0, len(toks)))
	return ok
}

// quotedOn reads the medium after "was quoted": "Baker was quoted on
// British Television as saying" puts the broadcaster on the chain.
func (d *docState) quotedOn(toks []token, v, hi int) []Mention {
	k := v + 1
	if k+1 >= hi || !toks[k].is("on", "in") {
		return nil
	}
	// "quoted in today's edition of the armed forces newspaper Harian AB":
	// a medium named after its noun.
	for m := k + 1; m < hi && m-k <= 10 && !toks[m].is("as"); m++ {
		if mediaNouns[toks[m].lower] && m-1 > k && toks[m-1].isCap() {
			// "quoted in today's Gazeta Mercantil newspaper"
			b := m - 1
			for b-1 > k && toks[b-1].isCap() {
				b--
			}
			e := m // "Gazeta Mercantil" without its noun, "British Television" with it
			if toks[m].isCap() {
				e = m + 1
			}
			r := np{lo: b, hi: e}
			r.mention = Mention{Span: spanOf(toks, b, e), Text: d.textOf(toks, b, e), Name: d.textOf(toks, b, e), Kind: Media}
			return []Mention{d.relay(r, "quoted")}
		}
		if mediaNouns[toks[m].lower] && m+1 < hi && toks[m+1].isCap() {
			e := m + 1
			for e < hi && toks[e].isCap() {
				e++
			}
			r := np{lo: m + 1, hi: e}
			r.mention = Mention{Span: spanOf(toks, m+1, e), Text: d.textOf(toks, m+1, e), Name: d.textOf(toks, m+1, e), Kind: Media}
			return []Mention{d.relay(r, "quoted")}
		}
	}
	end := k + 1
	for end < hi && !toks[end].is("as", ",", ".", "over", "on", "last", "this") && end-k < 6 {
		end++
	}
	if !mentionsMedia(toks[k+1:end]) && !hasOutlet(d, toks[k+1:end]) {
		return nil
	}
	if r, ok := d.phraseBetween(toks, k+1, end); ok {
		return []Mention{d.relay(r, "quoted")}
	}
	return nil
}

// interviewOutlet finds an outlet named in the occasion of the words after
// the verb at toks[v]: "said in a BBC radio interview", "told interviewers
// on the CNN television network".
func (d *docState) interviewOutlet(toks []token, v int) []Mention {
	gz := d.res.gazetteer()
	for k := v + 1; k < len(toks) && k-v <= 8; k++ {
		t := toks[k]
		if t.kind != tWord {
			return nil
		}
		if !(t.is("interview", "interviews", "interviewer", "interviewers", "broadcast", "programme", "program")) {
			continue
		}
		// The outlet before the noun ("a BBC radio interview") or after it
		// ("interviewers on the CNN television network").
		for lo := max(v+1, k-4); lo < k; lo++ {
			for hi := k; hi > lo; hi-- {
				if o, ok := gz.Lookup(d.textOf(toks, lo, hi)); ok {
					return []Mention{{Span: spanOf(toks, lo, hi), Text: d.textOf(toks, lo, hi), Name: o.Name, Kind: outletKind(o), Relation: "interview"}}
				}
			}
		}
		if k+2 < len(toks) && toks[k+1].is("on", "with", "for") {
			for lo := k + 2; lo < len(toks) && lo-k <= 4; lo++ {
				for hi := min(len(toks), lo+4); hi > lo; hi-- {
					if o, ok := gz.Lookup(d.textOf(toks, lo, hi)); ok {
						return []Mention{{Span: spanOf(toks, lo, hi), Text: d.textOf(toks, lo, hi), Name: o.Name, Kind: outletKind(o), Relation: "interview"}}
					}
				}
			}
		}
		return nil
	}
	return nil
}

// mediumAfterBy reads "the Irish magazine Business and Finance" in
// toks[lo:hi]: a noun for a medium and the name after it, "and" included.
func (d *docState) mediumAfterBy(toks []token, lo, hi int) (np, bool) {
	for m := lo; m < hi-1; m++ {
		if !mediaNouns[toks[m].lower] || !toks[m+1].isCap() {
			continue
		}
		e := m + 1
		for e < hi && (toks[e].isCap() || toks[e].is("and", "&") && e+1 < hi && toks[e+1].isCap()) {
			e++
		}
		r := np{lo: m + 1, hi: e}
		r.mention = Mention{Span: spanOf(toks, m+1, e), Text: d.textOf(toks, m+1, e), Name: d.textOf(toks, m+1, e), Kind: Media}
		return r, true
	}
	return np{}, false
}

// clauseBetween reports whether toks[lo:hi] hold a verb or "that": the
// start of a reported clause, whose words are not the attribution's.
func clauseBetween(d *docState, toks []token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := toks[k]
		if t.is("that") || t.kind == tWord && !t.isCap() && (strings.HasSuffix(t.lower, "ed") || verbLike(d, toks, k)) {
			return true
		}
	}
	return false
}

// relayedBy finds a relay named after a source in toks[lo:end], "central
// bank figures published by the New China News Agency": it returns where
// the source ends and the relay, or end and nil.
func (d *docState) relayedBy(toks []token, lo, end int) (int, []Mention) {
	for k := lo + 1; k+2 < end; k++ {
		if !toks[k+1].is("by") || !toks[k].is("published", "quoted", "reported", "carried", "released", "broadcast", "distributed") {
			continue
		}
		r, ok := d.npEndingAt(toks, end, k+2)
		if !ok || r.lo != k+2 && !(r.lo == k+3 && determiners[toks[k+2].lower]) || r.mention.Kind != Media && r.mention.Kind != Agency {
			return end, nil // "figures published by the ministry": a source, no relay
		}
		return k, []Mention{d.relay(r, toks[k].lower)}
	}
	return end, nil
}

// nameBeforeApposition reads the speaker of "quoted Yang Jike, vice-governor
// of Anhui, as saying" in toks[lo:hi], hi at "as": the noun phrase before
// the apposition's comma, when it starts the words.
func (d *docState) nameBeforeApposition(toks []token, lo, hi int) (np, bool) {
	if hi-1 <= lo || !toks[hi-1].is(",") {
		return np{}, false
	}
	for c := lo + 1; c < hi-1; c++ {
		if !toks[c].is(",") {
			continue
		}
		if toks[c+1].kind != tWord {
			return np{}, false
		}
		p, ok := d.npEndingAt(toks, c, lo)
		if !ok || p.pronoun || p.lo != lo && !(p.lo == lo+1 && determiners[toks[lo].lower]) {
			return np{}, false
		}
		return p, true
	}
	return np{}, false
}

// relativeAntecedent returns what the relative pronoun p stands for when
// it follows a comma: "comments by governor Erik Hoffmeyer, who was quoted
// by the daily Politiken as saying" is Hoffmeyer's. Any other p is returned
// as it is.
func (d *docState) relativeAntecedent(toks []token, p np, lo int) np {
	if !relativePronouns[toks[p.lo].lower] || p.lo-1 <= lo || !toks[p.lo-1].is(",") {
		return p
	}
	if ante, ok := d.npEndingAt(toks, p.lo-1, lo); ok && !ante.pronoun {
		return ante
	}
	return p
}

// namedBefore reports whether toks, the words before an outlet's noun, hold
// its name ("Al-Rai al-Aam newspaper"), so that a capitalised word after the
// noun starts the reported clause ("told Al-Rai al-Aam newspaper Moscow
// will …"). A nationality or an owner next to the noun ("the West German
// newspaper Die Welt", "Lebanon's newspaper An-Nahar") leaves the name to
// follow.
func namedBefore(toks []token) bool {
	if len(toks) == 0 || isNationality(toks[len(toks)-1].lower) || possessive(toks[len(toks)-1].lower) {
		return false
	}
	for _, t := range toks {
		if t.isCap() && !isNationality(t.lower) && !possessive(t.lower) {
			return true
		}
	}
	return false
}
