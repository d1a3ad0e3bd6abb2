package attribution

// The frames in this file find reported clauses that come before their
// attribution or around it: "…, X said", "…, X said, …", "according to X,
// …", "As X noted, …".

import (
	"strings"

	"github.com/quotetrail/quotetrail/quote"
)

// accordingTo reads "according to X, …" and "…, according to X."
func (d *docState) accordingTo(st []token) (attr, quote.Span, bool) {
	for a := 0; a+2 < len(st); a++ {
		if !(st[a].is("according") && st[a+1].is("to")) {
			continue
		}
		end := a + 2
		for end < len(st) && !st[end].is(",", ".", ";", "?", "!") {
			if st[end].kind == tQuote {
				// "According to E. J. Fleming's ''The Fixers'' and other
				// sources, …": a title inside the source.
				close := end + 1 // the closing mark, of the same kind
				for close < len(st) && close-end <= 20 && !(st[close].kind == tQuote && st[close].text != "" && closes(st[end].text, st[close].text)) {
					close++
				}
				if end == a+2 || close >= len(st) || close-end > 20 || !st[end+1].isCap() {
					break
				}
				end = close + 1
				continue
			}
			end++
		}
		srcEnd, relays := d.relayedBy(st, a+2, end) // "according to central bank figures published by Xinhua"
		p, ok := d.npEndingAt(st, srcEnd, a+2)
		if !ok || p.lo != a+2 && !(p.lo == a+3 && st[a+2].is("the", "a")) {
			// "according to a report by the agency": take the whole phrase,
			// if it names someone or something that can be a source
			// ("according to market conditions" is not an attribution).
			if srcEnd-(a+2) > 20 || srcEnd == a+2 || !sourceLike(st[a+2:srcEnd]) {
				return attr{}, quote.Span{}, false
			}
			p = np{lo: a + 2, hi: srcEnd, generic: true}
			p.mention = Mention{Span: spanOf(st, a+2, srcEnd), Text: d.textOf(st, a+2, srcEnd), Kind: Organisation}
		}
		if end+2 < len(st) && st[end].is(",") && st[end+1].is("monitored", "quoted", "carried", "published", "printed", "broadcast") && st[end+2].is("by", "in") {
			// "According to the report, monitored by the British
			// Broadcasting Corporation, the explosion was …": the
			// apposition puts its relay on the chain.
			e := end + 3
			for e < len(st) && !st[e].is(",", ".", ";") {
				e++
			}
			if e < len(st)-1 && st[e].is(",") {
				relays = append(relays, d.relayAppositions(st, p, e+1)...)
				end = e
			}
		}
		at := attr{speaker: p, rule: ruleAccordingTo, conf: 0.85, cue: "according to", via: relays}
		at.cueSpan = spanOf(st, a, a+2)
		at.evidence = spanOf(st, a, end)
		if p.mention.Kind == Media || p.mention.Kind == Agency {
			// An outlet that is the only source is the speaker.
			p.mention.Relation = ""
		}
		// "But according to …", "…, because, according to Trump, the
		// media would …", "…: According to recent polls, …": only an
		// introduction before.
		lead := a == 0 || introOnly(st[:a])
		var c quote.Span
		switch {
		case lead && end+1 < len(st) && st[end].is(","):
			c = quote.Span{Start: st[end+1].start, End: st[len(st)-1].end}
		case a == 0 && end < len(st):
			c = quote.Span{Start: st[end].end, End: st[len(st)-1].end}
		case a > 0 && end+1 < len(st) && st[end].is(",") && leadsClause(d, st, a):
			// "The newspaper also said that according to some accounts,
			// Ghorbanifar paid …": the clause after the attribution is
			// the sources' words, relayed by the subject of "said".
			c = quote.Span{Start: st[end+1].start, End: st[len(st)-1].end}
			for v := a - 1; v >= 1; v-- {
				if verb, ok := d.verbAt(st, v); ok && isSpeechVerb(verb) {
					if r, ok := d.subjectBefore(st, v, 0); ok && (r.mention.Kind == Media || r.mention.Kind == Agency || relayReference(r.mention.Text)) {
						at.via = append(at.via, d.relay(r, st[v].lower))
					}
					break
				}
			}
		case a > 0 && d.ownSpeakerTail(st, a, &c):
			// (before the outlet's case: the outlet speaks for the tail only)
		case a > 0 && (p.mention.Kind == Media || p.mention.Kind == Agency || mentionsMedia(st[a+2:end])):
			// "Sheikh Ali said OPEC was producing below its ceiling,
			// according to a Kuwaiti newspaper interview": the paper's
			// report, and the minister's words with the paper on their
			// chain.
			c = quote.Span{Start: st[0].start, End: st[a-1].end}
			cut := a
			if st[a-1].is(",") {
				cut = a - 1
			}
			if a2, c2, ok := d.verbThenClause(st[:cut]); ok && a2.speaker.lo <= 1 {
				a2.via = append(a2.via, d.relay(p, "reported"))
				d.addReported(a2, c2)
				at.holds = true
			}
		case a > 0:
			c = quote.Span{Start: st[0].start, End: st[a-1].end}
			if end < len(st)-1 && st[end].is(",") && !st[end+1].is("and", "but", "or", "while") {
				// "X, according to Y, did Z": the clause goes on after the
				// attribution; each side is a segment (but "…, according to
				// the poll, and has a small lead" goes on in the writer's
				// words).
				d.addReportedPart(at, c)
				return at, quote.Span{Start: st[end+1].start, End: st[len(st)-1].end}, true
			}
		default:
			return attr{}, quote.Span{}, false
		}
		return at, c, true
	}
	return attr{}, quote.Span{}, false
}

// ownSpeakerTail reads "His campaign manager said it was proof the gap could
// close, which stood at 263, according to the AP": the clause before a
// trailing "according to" has its own speaker and reporting verb, and the
// source speaks only for the last part after a comma, a relative clause
// ("which …", "who …"). It records the speaker's clause, sets *tail to the
// source's part and reports whether it did.
func (d *docState) ownSpeakerTail(st []token, a int, tail *quote.Span) bool {
	cut := a
	if st[a-1].is(",") {
		cut = a - 1
	}
	k := cut - 1
	for k > 0 && !st[k].is(",") {
		k--
	}
	if k < 3 || cut-k < 3 || !st[k+1].is("which", "who") {
		return false
	}
	a2, c2, ok := d.verbThenClause(st[:k])
	if !ok || c2.End > st[k-1].end {
		return false
	}
	d.addReported(a2, c2)
	*tail = quote.Span{Start: st[k+1].start, End: st[cut-1].end}
	return true
}

// clauseThenVerb reads "…, X said." and "…, said X." at the end of a
// sentence.
func (d *docState) clauseThenVerb(st []token) (attr, quote.Span, bool) {
	for c := len(st) - 2; c >= 2; c-- {
		if !st[c].is(",") {
			continue
		}
		if len(st)-c > 16 && far(d, st, c) && !(st[len(st)-1].is(".") && roleForBody(st[c+1:len(st)-2])) {
			// Far from the end, unless the verb comes first and an
			// apposition follows the speaker ("…, said Dan Gerstein,
			// director of …"), which an earlier comma may still open.
			continue
		}
		// A verb within the few words after the comma (and after a closing
		// mark: "… a “burn bag,” the Times reported").
		lo := c + 1
		for lo < len(st) && st[lo].kind == tQuote {
			lo++
		}
		for v := lo; v < len(st) && (v-c <= 16 || v-c <= 24 && roleForBody(st[lo:v])); v++ {
			t := st[v]
			verb, ok := d.verbAt(st, v)
			if !ok || !isSpeechVerb(verb) || !verb.Clause || t.kind != tWord || strings.HasSuffix(t.lower, "ing") || t.isCap() && !titleCase(st) {
				continue // (not the "Post" of "the New York Post reported")
			}
			if negated(st, v, c+1) {
				return attr{}, quote.Span{}, false
			}
			var p np
			if v == lo && tellVerbs[verb.Lemma] {
				// "…, Paul Hofer, head of the association, told Reuters":
				// the addressee follows "told"; the speaker is before.
				break
			}
			if v == lo {
				p, ok = d.nameAfter(st, v+1, len(st))
				// "…, said Dan Gerstein", not "said the Boeing was …" or
				// "said the gunboats fled".
				ok = ok && p.lo == v+1 && (st[p.hi-1].isCap() || commonNoun(st[p.hi-1].lower) || roleNouns[st[p.hi-1].lower])
			} else {
				p, ok = d.subjectBefore(st, v, lo)
				ok = ok && p.lo == lo
				if !ok && v-c <= 8 {
					// "…, people close to Clinton say."
					p, ok = d.shortPhrase(st, lo, v)
				}
				if !ok && v-c <= 8 {
					// "…, John O'Connell, assistant vice president of
					// research told Reuters."
					p, ok = d.nameThenTitle(st, lo, v)
				}
				// Far from the comma only "NAME, apposition, told": "…,
				// Paul Hofer, head of the Foreign Bankers Association of
				// Japan, told Reuters."
				// So may one long phrase ("a Council for Economic Planning
				// and Development spokesman") or a name with its role ("…,
				// Algerian foreign affairs ministry spokesman Benali Cherif
				// Abdelaziz said.").
				ok = ok && (v-c <= 8 || st[v-1].is(",") || p.lo == lo && (v-c <= 11 || roleForBody(st[lo:v])) ||
					v-c <= 12 && !p.generic && !p.pronoun && p.mention.Kind == Person && p.mention.Role != "")
			}
			if !ok || p.pronoun && p.mention.Text != "" && relativePronouns[strings.ToLower(p.mention.Text)] {
				break
			}
			if v > lo && p.generic && hasRoleWord(st[lo:v]) && st[c-1].isCap() {
				// "…, John O'Connell, assistant vice president of research
				// told Reuters": the name before the title speaks.
				if q, ok := d.nameEndingAt(st, c, 0); ok && q.lo > 1 && st[q.lo-1].is(",") {
					q.mention.Role = p.mention.Text
					p, c = q, q.lo-1
				}
			}
			if v > lo && !p.pronoun {
				// "…, He Kang, Minister of Agriculture, Animal Husbandry
				// and Fisheries said": the list ends the title.
				if q, ok := d.titleListName(st, p, 0); ok && q.lo > 1 && st[q.lo-1].is(",") {
					p, c = q, q.lo-1
				}
			}
			// Nothing but adjuncts may follow: no second clause.
			rest := afterVerb(st, v, verb)
			if v == lo {
				// "…, said Dan Gerstein." and "…, said Dan Gerstein, an
				// analyst …": the speaker ends the sentence or opens an
				// apposition ("…, said the group would focus" is a clause).
				rest = p.hi
				role := p.generic && roleNouns[st[p.hi-1].lower]
				if rest < len(st)-1 && st[rest].is("for", "of", "at", "with") && role {
					// "…, said a former spokesman for Ukraine's Foreign
					// Ministry, Oleg Voloshyn, who …": the role's body,
					// then the name in apposition.
					e := rest + 1
					for e < len(st) && e-rest <= 8 && st[e].kind == tWord {
						e++
					}
					if e >= len(st)-1 || st[e].is(",") {
						p.mention.Role = d.textOf(st, p.lo, e)
						p.hi, rest = e, e
					}
				}
				if rest < len(st)-1 && st[rest].is("in", "at", "from") && !p.generic {
					// "…, says political scientist Dossym Satpayev in
					// Almaty.": a place after the name.
					e := rest + 1
					for e < len(st) && st[e].kind == tWord && st[e].isCap() {
						e++
					}
					if e > rest+1 && (e >= len(st)-1 || st[e].is(",")) {
						rest = e
					}
				}
				if rest < len(st)-1 && st[rest].is(",") && role {
					// "…, said the chief executive, John J. Ferriola."
					if n, ok := d.nameAfter(st, rest+1, len(st)); ok && n.lo == rest+1 && n.mention.Kind == Person && nameWords(st[n.lo:n.hi]) &&
						(n.hi >= len(st)-1 || st[n.hi].is(",")) {
						if p.mention.Role == "" {
							p.mention.Role = d.textOf(st, p.lo, p.hi)
						}
						n.mention.Role = p.mention.Role
						p, rest = n, n.hi
					}
				}
				if rest < len(st) && st[rest].is(",") {
					rest = len(st)
				} else if rest < len(st)-1 || rest == len(st)-1 && st[rest].kind == tWord {
					break
				}
			}
			if tellVerbs[verb.Lemma] {
				rest = d.skipAddressee(st, rest) // "…, diplomats told Reuters."
			}
			if !onlyAdjuncts(st[rest:]) {
				if st[0].is("as") && c < v && v+1 < len(st) && st[v+1].is(",") && len(st)-v > 4 {
					// "As Comey noted, people involved … could still be …"
					break
				}
				return attr{}, quote.Span{}, false
			}
			if prepositions[st[0].lower] && !hasToken(st[1:c], ",") && !hasVerb(d, st[:c]) {
				// "In a speech last July, he said": an introduction, not a
				// clause.
				return attr{}, quote.Span{}, false
			}
			if st[0].kind == tQuote && !d.fragmentAt(st[0].start) {
				return attr{}, quote.Span{}, false
			}
			a := attr{speaker: p, rule: ruleClauseVerb, conf: 0.8}
			a.cue, a.cueSpan = t.text, spanOf(st, v, v+1)
			a.evidence = spanOf(st, c+1, len(st))
			a.via = d.relaysAfter(st, v)
			d.citing(&a, st, v)
			if k := a.speaker.mention.Kind; (k == Media || k == Agency) && len(a.via) == 0 {
				// "Ward told a High Court hearing that …, the Press
				// Association news agency reported": the outlet relays
				// the words of the clause's own speaker.
				// Both are recorded: the outlet's report, and the words it
				// relays with the outlet on their chain.
				n := len(d.out)
				if a2, c2, ok := d.verbThenClause(st[:c]); ok && (a2.speaker.lo <= 1 || tickerEmployer(st[:a2.speaker.lo])) {
					r := d.relay(a.speaker, t.lower)
					a2.via = append(a2.via, r)
					for i := n; i < len(d.out); i++ {
						// "Iran denied … and said any interference would
						// meet a response, Tehran Radio said": the second
						// clause, recorded on the way, is relayed too.
						if q := &d.out[i]; q.Speaker != nil && q.Speaker.Span == a2.speaker.mention.Span && len(q.Via) == len(a2.via)-1 {
							q.Via = append(q.Via, r)
						}
					}
					d.addReported(a2, c2)
					a.holds = true
				}
			}
			e := afterVerb(st, v, verb)
			if v > lo {
				e = d.attributionEnd(st, v, verb) // "…, the partner told them, was simple"
			}
			if e < len(st)-2 && st[e].is(",") && (c <= 4 || continuesClause(d, st, e+1) || opensClause(d, st, e+1)) && (!hasQuote(st[e+1:]) || st[e+1].kind == tWord) {
				// "In the end, Mr. Rosenthal said, union voters …": the
				// attribution interrupts the clause; midAttribution reads it.
				return attr{}, quote.Span{}, false
			}
			d.trailingSpeech(a, st, c+1)
			end := st[c].start
			if c+1 < len(st) && st[c+1].kind == tQuote {
				// "… play the “woman card,” Fiorina said": the fragment's
				// closing mark, after its comma, belongs to the clause.
				for _, m := range d.marks {
					if m.Outer.End == st[c+1].end && m.Outer.Start >= st[0].start {
						end = m.Outer.End
					}
				}
			}
			return a, quote.Span{Start: st[0].start, End: end}, true
		}
	}
	return attr{}, quote.Span{}, false
}

// trailingSpeech records the clause of a participle of speech that trails
// an attribution after st[from] ("…, Fiorina said, adding that the way to
// go after it …"): the speaker's second reported clause.
func (d *docState) trailingSpeech(a attr, st []token, from int) {
	tp := d.trailingParticiple(st, from)
	if tp+3 >= len(st) || st[tp+1].is("citing", "quoting", "according", "referring") {
		return // ("citing officials": the source, read by citing)
	}
	vb, ok := d.verbAt(st, tp+1)
	if !ok {
		return
	}
	if !vb.Clause {
		// "…, Huckabee agreed, praising his former opponent as “…”": the
		// object of the participle.
		if st[tp+2].kind == tWord && !prepositions[st[tp+2].lower] {
			a.cue, a.cueSpan = st[tp+1].text, spanOf(st, tp+1, tp+2)
			a.evidence = spanOf(st, tp+1, tp+2)
			d.addReported(a, quote.Span{Start: st[tp+2].start, End: st[len(st)-1].end})
		}
		return
	}
	k, tell := tp+2, tellVerbs[vb.Lemma]
	if tell {
		k = d.skipAddressee(st, k) // "…, telling reporters that …"
	}
	if j, ok := d.clauseStart(st, k, tell, true); ok && j < len(st)-1 {
		a.cue, a.cueSpan = st[tp+1].text, spanOf(st, tp+1, tp+2)
		a.evidence = spanOf(st, tp+1, j)
		d.addReported(a, quote.Span{Start: st[j].start, End: st[len(st)-1].end})
	}
}

// far reports whether the comma st[c] is too far from the end of the
// attribution that may follow it: the sentence's end, or a participle or a
// subordinate clause that trails the attribution.
func far(d *docState, st []token, c int) bool {
	n := min(d.trailingParticiple(st, c+1), subordinateAfter(st, c+1))
	return n-c > 16 && !(n-c <= 40 && inverted(d, st, c+1))
}

// subordinateAfter returns the index of a subordinate clause that trails an
// attribution within a few words after st[from] ("…, Obama told his
// advisers as he labored over …"), or len(st).
func subordinateAfter(st []token, from int) int {
	for k := from + 2; k+1 < len(st) && k-from <= 10; k++ {
		if st[k].is(",", ";", ":") || st[k].kind == tQuote {
			break
		}
		if st[k].is("as", "while", "when", "after", "before", "because", "since") && pronounLike(st[k+1]) {
			return k
		}
	}
	return len(st)
}

// introOnly reports whether toks, before "according to", are only an
// introduction: a conjunction ("But"), or a clause that ends in a
// subordinator or a colon ("…, because,", "…:").
func introOnly(toks []token) bool {
	n := len(toks)
	for n > 0 && toks[n-1].is(",") {
		n--
	}
	if n == 0 {
		return true
	}
	// (A short phrase such as "Since last November," or "His criticism,"
	// is a segment of the words attributed: annotators of news count it.)
	return toks[n-1].is(":", "because", "if", "since", "although", "though", "while", "but", "and", "so", "yet")
}

// closes reports whether the quotation mark c can close one opened by o.
func closes(o, c string) bool {
	switch o {
	case "“":
		return c == "”"
	case "‘":
		return c == "’"
	case "«":
		return c == "»"
	case "``":
		return c == "''"
	}
	return c == o // straight marks and ''…''
}

// onlyAdjuncts reports whether the tokens after a sentence-final reporting
// verb are adjuncts only ("on Tuesday", "in a statement", "Tuesday"), so
// that the verb ends the sentence's attribution rather than opening a
// clause.
func onlyAdjuncts(toks []token) bool {
	if len(toks) == 0 || toks[0].is(",") {
		return true // "…, Sanders said, a policy that …": an apposition follows
	}
	for _, t := range toks {
		if t.is("that", ":") || t.kind == tQuote {
			return false
		}
	}
	t := toks[0]
	if t.is("to") && len(toks) > 2 && toks[1].kind == tWord && !toks[1].isCap() && !determiners[toks[1].lower] && !isDigit(toks[1].text) {
		return false // "…, prosecutors agreed to defer all charges": an infinitive, the verb's own
	}
	if t.is("at", "about", "nearly", "almost") && len(toks) > 2 && (toks[1].is("least", "most") || isDigit(toks[1].text) || toks[1].is("half", "every", "all")) {
		return false // "CNN reported at least six planes filled the skies": a clause
	}
	if t.is("as", "while", "when", "after", "before", "because", "since", "until") && len(toks) > 2 && pronounLike(toks[1]) {
		return true // "…, Obama told his advisers as he labored over …"
	}
	return t.is(",", ".", "!", "?", ";", "—", "–", "-", "(", "quoting", "citing") || prepositions[t.lower] && !t.is("that") ||
		timeWords[t.lower] || strings.HasSuffix(t.lower, "ly") || t.isCap() && timeWords[t.lower]
}

// asSaid reads "As X noted, CLAUSE" and "As X put it, CLAUSE".
func (d *docState) asSaid(st []token) (attr, quote.Span, bool) {
	// "Just a few weeks ago, as Western Journalism reported, …": after a
	// short introduction too.
	as := 0
	for c := 1; c < len(st)-6 && c <= 8; c++ {
		if st[c].is(",") && st[c+1].is("as") {
			as = c + 1
			break
		}
	}
	if len(st) < 6 || !st[as].is("as") {
		return attr{}, quote.Span{}, false
	}
	if as > 0 {
		a, c, ok := d.asSaid(st[as:])
		return a, c, ok
	}
	if st[1].is("reported", "noted", "first", "described") && st[2].is("by") || st[1].is("first") && st[2].is("reported") {
		// "As reported by Western Journalism, …"
		by := 2
		if st[1].is("first") {
			by = 3
		}
		for by < len(st) && !st[by].is("by") {
			by++
		}
		e := by + 1
		for e < len(st) && e-by <= 8 && !st[e].is(",") {
			e++
		}
		if q, ok2 := d.npEndingAt(st, e, by+1); ok2 && e < len(st)-1 && st[e].is(",") {
			a := attr{speaker: q, rule: ruleAsSaid, conf: 0.75, cue: d.textOf(st, 0, by+1)}
			a.cueSpan = spanOf(st, 1, by+1)
			a.evidence = spanOf(st, 0, e)
			a.speaker.mention.Relation = ""
			return a, quote.Span{Start: st[e+1].start, End: st[len(st)-1].end}, true
		}
	}
	for v := 2; v < len(st)-2 && v <= 10; v++ {
		t := st[v]
		if t.is(",") {
			return attr{}, quote.Span{}, false
		}
		verb, ok := d.verbAt(st, v)
		if !ok || !isSpeechVerb(verb) || t.isCap() { // ("As The Washington Post reported": not "Post")
			continue
		}
		p, ok := d.subjectBefore(st, v, 1)
		if !ok || p.lo != 1 && !(p.lo == 2 && st[1].is("the")) { // ("As The Washington Post reported,")
			return attr{}, quote.Span{}, false
		}
		e := afterVerb(st, v, verb)
		for e < len(st) && e-v <= 6 && !st[e].is(",") {
			e++
		}
		if e >= len(st)-1 || !st[e].is(",") {
			return attr{}, quote.Span{}, false
		}
		a := attr{speaker: p, rule: ruleAsSaid, conf: 0.75, cue: t.text}
		a.cueSpan = spanOf(st, v, v+1)
		a.evidence = spanOf(st, 0, e)
		return a, quote.Span{Start: st[e+1].start, End: st[len(st)-1].end}, true
	}
	return attr{}, quote.Span{}, false
}

// midAttribution reads an attribution set off by commas inside the reported
// clause: "The Republican nominee, he said, watched the Olympics"; "It is
// no surprise, Mr. Garin said, that …". Each side of the attribution is a
// segment of the reported clause; a bare introduction ("Overall,",
// "Recently,") is not. It records the quotes itself.
func (d *docState) midAttribution(st []token) bool {
	for c := 1; c < len(st)-4 && c <= 20; c++ {
		if !st[c].is(",") {
			continue
		}
		// ", NP VERB (adjuncts) ,", or the closing mark of a fragment
		// before NP: "the prime minister “looked ashen,” Mr. Arad said,
		// from “the direct body blow.”"
		lo, first := c+1, st[c-1].end
		if st[lo].kind == tQuote {
			if end, ok := d.closingFragment(st, lo); ok {
				lo, first = lo+1, end
			}
		}
		for v := lo + 1; v < len(st)-2 && v-lo <= 6; v++ {
			t := st[v]
			if t.kind != tWord {
				break
			}
			verb, ok := d.verbAt(st, v)
			if !ok || !isSpeechVerb(verb) || !verb.Clause || strings.HasSuffix(t.lower, "ing") || negated(st, v, c+1) {
				continue
			}
			p, ok := d.subjectBefore(st, v, lo)
			if !ok || p.lo != lo {
				if p, ok = d.shortPhrase(st, lo, v); !ok {
					break
				}
			}
			e := d.attributionEnd(st, v, verb)
			if e >= len(st)-2 || !st[e].is(",") || writersVerb(d, st, e+1) {
				break // (not "…, the companies said in a statement, but gave no details": the writer's)
			}
			a := attr{speaker: p, rule: ruleMidClause, conf: 0.75, cue: t.text}
			a.cueSpan = spanOf(st, v, v+1)
			a.via = d.relaysAfter(st, v)
			if st[e+1].is("quoting", "citing") {
				// "The plan, Sonntagsblick said, quoting reliable sources,
				// aims to …": the paper relays its sources.
				e2 := e + 2
				for e2 < len(st) && !st[e2].is(",") {
					e2++
				}
				if src, ok := d.sourceAfter(st, e+2, e2); ok && e2 < len(st)-2 {
					a.via = append([]Mention{d.relay(p, "quoted")}, a.via...)
					a.speaker = src
					e = e2
				}
			}
			a.evidence = spanOf(st, lo, e)
			// The words before the attribution are a segment of their own
			// ("Rather, he said, …"; "That, they say, will be easier").
			d.addReportedPart(a, quote.Span{Start: st[0].start, End: first})
			d.addReported(a, quote.Span{Start: st[e+1].start, End: st[len(st)-1].end})
			return true
		}
	}
	return false
}

// closingFragment returns the end of the quoted fragment embedded in the
// sentence st whose closing mark is st[k].
func (d *docState) closingFragment(st []token, k int) (int, bool) {
	for _, m := range d.marks {
		if m.Outer.End == st[k].end && m.Outer.Start >= st[0].start && m.Embedded {
			return m.Outer.End, true
		}
	}
	return 0, false
}

// attributionEnd returns where the attribution whose verb is st[v] ends:
// past the addressee of a verb such as "told" and past adjuncts of time,
// place and occasion ("he told me on Friday", "he said in a telephone
// interview", "Mr. Arad said Tuesday").
func (d *docState) attributionEnd(st []token, v int, verb Verb) int {
	e := afterVerb(st, v, verb)
	if tellVerbs[verb.Lemma] {
		e = d.skipAddressee(st, e)
	}
	for e < len(st) && e-v <= 8 && st[e].kind == tWord {
		t := st[e]
		switch {
		case t.is("in", "on", "during") && strongClause[verb.Lemma] && e+1 < len(st) && (determiners[st[e+1].lower] || st[e+1].is("his", "her", "their", "its", "my", "our")):
			// "in a telephone interview", "on his radio show": the
			// occasion, up to the comma.
			e += 2
			for n := 0; n < 4 && e < len(st) && st[e].kind == tWord && !st[e].isCap() && !verbLike(d, st, e) && !st[e].is("that"); n++ {
				e++
			}
		case prepositions[t.lower] || timeWords[t.lower] || t.isCap() || determiners[t.lower] || strings.HasSuffix(t.lower, "ly"):
			e++
		default:
			return e
		}
	}
	return e
}

// sourceLike reports whether a phrase after "according to" can name a
// source: it holds a capitalised word or a noun for people, bodies or
// documents.
func sourceLike(toks []token) bool {
	for _, t := range toks {
		if t.isCap() || commonNoun(t.lower) || documentNouns[t.lower] || roleNouns[t.lower] || recordNouns[t.lower] {
			return true
		}
	}
	return false
}

// recordNouns are records that "according to" can cite as a source besides
// the documents a speaker issues ("according to early returns", "according
// to recent polling", "according to the foundation's tally").
var recordNouns = set("returns", "polling", "tally", "email", "emails", "records",
	"documents", "filings", "transcript", "excerpts", "estimates", "projections")

// inverted reports whether a reporting verb opens the words at st[k],
// before its speaker ("…, said Dan Gerstein").
func inverted(d *docState, st []token, k int) bool {
	for k < len(st) && st[k].kind == tQuote {
		k++
	}
	if k >= len(st) || st[k].kind != tWord {
		return false
	}
	verb, ok := d.verbAt(st, k)
	return ok && isSpeechVerb(verb) && verb.Clause
}

// continuesClause reports whether the words at st[k], after an attribution
// set off by commas, go on with the clause the attribution interrupted
// ("What got under her skin, she said, was a question"; "…, she said, but
// also …") rather than adding an apposition ("…, Sanders said, a policy
// that …").
func continuesClause(d *docState, st []token, k int) bool {
	if k >= len(st) || st[k].kind != tWord {
		return false
	}
	t := st[k]
	if trailingClauses[t.lower] || speechParticiple(d, st, k) {
		return false // "…, the agency reported, citing officials", "…, the magazine reported, confirming"
	}
	if writersVerb(d, st, k) {
		return false
	}
	if t.is("but", "and", "or", "because", "if", "unless", "since", "that", "to", "not") || prepositions[t.lower] && !t.is("as") {
		return true
	}
	if strings.HasSuffix(t.lower, "ly") && k+1 < len(st) {
		t = st[k+1] // "…, Xi said, now have"
		k++
	}
	return !t.isCap() && verbLike(d, st, k)
}

// writersVerb reports whether "and" or "but" at st[k] joins a second verb
// of the speaker's, told in the writer's words: "…, the companies said in a
// statement, but gave no details".
func writersVerb(d *docState, st []token, k int) bool {
	if k+1 >= len(st) || !st[k].is("but", "and") {
		return false
	}
	n := st[k+1]
	return !n.isCap() && (verbLike(d, st, k+1) || pastForms[n.lower] || strings.HasSuffix(n.lower, "ed") && len(n.lower) > 4)
}

// opensClause reports whether a clause of its own opens at st[k], a subject
// and its verb ("…, Democratic sources said, Axelrod still has respect",
// "…, the campaign said, it may not bother"), or a modal that goes on with
// the subject before the attribution ("Those who have the right to vote, he
// said, must still register").
func opensClause(d *docState, st []token, k int) bool {
	if k >= len(st)-2 || st[k].kind != tWord {
		return false
	}
	t := st[k]
	if modals[t.lower] {
		return true
	}
	if !pronounLike(t) && !determiners[t.lower] && !t.isCap() || trailingClauses[t.lower] {
		return false
	}
	for j := k + 1; j < len(st) && j-k <= 4; j++ {
		if st[j].kind != tWord {
			return false
		}
		if !st[j].isCap() && (verbLike(d, st, j) || modals[st[j].lower]) && !isSpeechVerbToken(d, st, j) {
			return true
		}
	}
	return false
}

// modals are the auxiliaries that open a verb phrase: "it may not bother".
var modals = set("must", "will", "would", "can", "could", "should", "may", "might", "won't", "can't", "cannot", "wouldn't", "couldn't", "shouldn't")

// hasVerb reports whether toks hold a word that looks like a verb ("Around
// 30 people would show up", unlike "In a speech last July").
func hasVerb(d *docState, toks []token) bool {
	for k := range toks {
		if toks[k].kind == tWord && verbLike(d, toks, k) {
			return true
		}
	}
	return false
}

// nameThenTitle reads a name and its title set off by one comma before a
// verb: "John O'Connell, assistant vice president of research told".
func (d *docState) nameThenTitle(st []token, lo, v int) (np, bool) {
	if lo < v && st[lo].is("but", "and", "meanwhile") {
		lo++ // "But Hans Haumer, head of the bank told Reuters"
	}
	for k := lo + 1; k < v-1; k++ {
		if !st[k].is(",") {
			continue
		}
		p, ok := d.nameEndingAt(st, k, lo)
		if !ok || p.lo != lo || len(strings.Fields(p.mention.Text)) < 2 || prepositions[st[lo].lower] || p.mention.Kind != Person ||
			determiners[st[k+1].lower] && !knownFirstName(p.mention.Text) || // ("John Brinsden, the Taiwan manager of Standard Chartered Bank told")
			v-k-1 > 8 && !(v-k-1 <= 20 && (roleNouns[st[k+1].lower] || titleWords[st[k+1].lower])) {
			// (a person's name of two words or more, then a title without
			// an article: not "Significantly, the judge said")
			// (a long title when it opens with its office: "Roger
			// Hemminghaus, chairman of the company that is to spin off
			// from Diamond Shamrock Corp told")
			return np{}, false
		}
		role := false
		for _, t := range st[k+1 : v] {
			if t.kind != tWord && !t.is("<", ">", "(", ")") { // "<CABV.VI>", a ticker; "(PCGG)", an acronym
				return np{}, false
			}
			role = role || roleNouns[t.lower] || titleWords[t.lower]
		}
		if !role {
			return np{}, false
		}
		p.mention.Role = d.textOf(st, k+1, v)
		p.hi = v
		return p, true
	}
	return np{}, false
}

// tickerEmployer reports whether toks, the words before a speaker, are a
// company's name with its ticker tag ("Guinness Plc <GUIN.L>" before
// "director Thomas Ward"): the speaker's employer, not a clause.
func tickerEmployer(toks []token) bool {
	if len(toks) < 4 || len(toks) > 10 || !toks[len(toks)-1].is(">") {
		return false
	}
	open := -1
	for k, t := range toks {
		if t.is("<") {
			open = k
		}
	}
	if open < 1 {
		return false
	}
	for _, t := range toks[:open] {
		if t.kind != tWord || !t.isCap() {
			return false
		}
	}
	return true
}

// hasRoleWord reports whether toks hold a noun of office or a title
// ("assistant vice president of research").
func hasRoleWord(toks []token) bool {
	for _, t := range toks {
		if roleNouns[t.lower] || titleWords[t.lower] {
			return true
		}
	}
	return false
}

// leadsClause reports whether the words before st[a] only lead into a
// reported clause: "X said that", "X said".
func leadsClause(d *docState, st []token, a int) bool {
	k := a - 1
	if st[k].is("that", ",") {
		k--
	}
	if k < 1 {
		return false
	}
	verb, ok := d.verbAt(st, k)
	return ok && isSpeechVerb(verb) && verb.Clause
}

// mentionsMedia reports whether toks name a medium by a common noun ("a
// Kuwaiti newspaper interview", "local radio").
func mentionsMedia(toks []token) bool {
	for _, t := range toks {
		if mediaNouns[t.lower] && !t.is("press", "media") {
			return true
		}
	}
	return false
}

// trailingParticiple returns the index of the comma that opens a trailing
// participle clause after st[from] ("…, the magazine reported, confirming
// the harshness of …"), or len(st): the attribution ends there.
func (d *docState) trailingParticiple(st []token, from int) int {
	for k := from; k+1 < len(st) && k-from <= 8; k++ {
		if st[k].is(",") && speechParticiple(d, st, k+1) {
			return k
		}
	}
	return len(st)
}

// speechParticiple reports whether st[k] is the participle of a verb of
// speech ("confirming", "recalling"), which opens a trailing clause after
// an attribution; "…, he said, replacing Clinton would be …" goes on with
// a gerund.
func speechParticiple(d *docState, st []token, k int) bool {
	if k >= len(st) || st[k].kind != tWord || st[k].isCap() || !strings.HasSuffix(st[k].lower, "ing") {
		return false
	}
	vb, ok := d.verbAt(st, k)
	return ok && isSpeechVerb(vb)
}

// roleForBody reports whether toks, the words between a comma and its
// verb, are one role of a body: "a spokesman for Cargill's Spanish unit
// Compania Industrial y de Abastecimiento S.A. (CINDASA)". Such a phrase
// may run long and still be the speaker, as it holds no clause.
func roleForBody(toks []token) bool {
	if len(toks) < 4 || !toks[0].is("a", "an", "the") || !roleNouns[toks[1].lower] || !toks[2].is("for", "of", "at") {
		return false
	}
	for _, t := range toks[3:] {
		if t.is(",", ";", "that", "who", "which") || t.kind == tQuote {
			return false
		}
	}
	return true
}
