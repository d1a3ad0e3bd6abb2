package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/quote"
)

// tellVerbs take an addressee before their clause: "told Lavrov he had met".
var tellVerbs = set("tell", "inform", "assure", "remind", "notify", "advise", "warn", "promise",
	"persuade", "convince", "caution", "brief", "reassure", "ask", "urge")

// reported finds reported speech sentence by sentence: "according to X, …",
// "…, X said.", "X said (that) …". A reported clause that holds a quoted
// fragment is a mixed quote.
func (d *docState) reported() {
	for pi, para := range d.paras {
		toks := d.ptoks[pi]
		if d.transcript(toks) {
			continue
		}
		for _, s := range quote.Sentences(d.text, para) {
			lo, hi := tokenRange(toks, s)
			if hi-lo < 3 {
				continue
			}
			st := toks[lo:hi]
			if d.claimed(quote.Span{Start: st[0].start, End: st[len(st)-1].end}) && d.insideDirect(st) {
				continue
			}
			if a, content, ok := d.accordingTo(st); ok {
				d.addReported(a, content)
				continue
			}
			if a, content, ok := d.clauseThenVerb(st); ok {
				d.addReported(a, content)
				continue
			}
			if a, content, ok := d.verbThenClause(st); ok {
				d.addReported(a, content)
				continue
			}
			if d.midAttribution(st) {
				continue
			}
			if a, content, ok := d.asSaid(st); ok {
				d.addReported(a, content)
				continue
			}
			if a, content, ok := d.verbThenFragment(st); ok {
				d.addReported(a, content)
				continue
			}
			if a, content, ok := d.verbThenObject(st); ok {
				d.addReported(a, content)
				continue
			}
			if a, content, ok := d.declinedOrAsked(st); ok {
				d.addReported(a, content)
			}
		}
	}
}

// insideDirect reports whether the sentence is mostly inside direct
// quotations.
func (d *docState) insideDirect(st []token) bool {
	in := 0
	for _, t := range st {
		if d.claimed(quote.Span{Start: t.start, End: t.end}) {
			in++
		}
	}
	return in*2 > len(st)
}

// tokenRange returns the tokens of toks that lie within s.
func tokenRange(toks []token, s quote.Span) (int, int) {
	lo := 0
	for lo < len(toks) && toks[lo].start < s.Start {
		lo++
	}
	hi := lo
	for hi < len(toks) && toks[hi].end <= s.End {
		hi++
	}
	return lo, hi
}

// addReported records a reported quotation with content span c.
func (d *docState) addReported(a attr, c quote.Span) {
	d.addContent(a, c, 8)
}

// addReportedPart records a short segment of a reported clause, split from
// the rest by its attribution.
func (d *docState) addReportedPart(a attr, c quote.Span) {
	d.addContent(a, c, 1)
}

// addContent records a reported quotation with content span c of at least
// min bytes.
func (d *docState) addContent(a attr, c quote.Span, min int) {
	c = d.trimContent(d.cutTrailing(c))
	if c.Len() < min || d.claimedByDirect(c) {
		return
	}
	q := Quote{Quote: quote.Quote{Span: c, Outer: c, Kind: quote.Indirect, Text: d.text[c.Start:c.End], Closed: true, Parent: -1}}
	for _, m := range d.marks {
		if m.Parent < 0 && m.Embedded && c.Contains(m.Outer) {
			q.Kind = quote.Mixed
			break
		}
	}
	for _, p := range d.paras {
		if p.Contains(c) {
			q.Para = p
		}
	}
	apply(&q, a)
	q.Group = -1 // set by resolve
	d.out = append(d.out, q)
	d.claims = append(d.claims, c)
}

// claimedByDirect reports whether c overlaps a direct quotation that is not
// a fragment inside it.
func (d *docState) claimedByDirect(c quote.Span) bool {
	for _, q := range d.out {
		if q.Kind == quote.Direct && q.Outer.Overlaps(c) {
			return true
		}
		if q.Kind != quote.Direct && q.Span.Overlaps(c) {
			return true
		}
	}
	return false
}

// trimContent drops a leading "that", white space and the final
// punctuation of a reported clause.
func (d *docState) trimContent(c quote.Span) quote.Span {
	for {
		s := d.text[c.Start:c.End]
		t := strings.TrimLeft(s, " ,:—–-\u00a0")
		if strings.HasPrefix(strings.ToLower(t), "that ") {
			t = t[len("that "):]
		}
		c.Start += len(s) - len(t)
		s = t
		t = strings.TrimRight(s, " ,.;:—–-\u00a0")
		c.End -= len(s) - len(t)
		if len(t) == len(d.text[c.Start:c.End]) {
			return c
		}
	}
}

// accordingTo reads "according to X, …" and "…, according to X."
func (d *docState) accordingTo(st []token) (attr, quote.Span, bool) {
	for a := 0; a+2 < len(st); a++ {
		if !(st[a].is("according") && st[a+1].is("to")) {
			continue
		}
		end := a + 2
		for end < len(st) && !st[end].is(",", ".", ";", "?", "!") && st[end].kind != tQuote {
			end++
		}
		p, ok := d.npEndingAt(st, end, a+2)
		if !ok || p.lo != a+2 && !(p.lo == a+3 && st[a+2].is("the", "a")) {
			// "according to a report by the agency": take the whole phrase,
			// if it names someone or something that can be a source
			// ("according to market conditions" is not an attribution).
			if end-(a+2) > 20 || end == a+2 || !sourceLike(st[a+2:end]) {
				return attr{}, quote.Span{}, false
			}
			p = np{lo: a + 2, hi: end, generic: true}
			p.mention = Mention{Span: spanOf(st, a+2, end), Text: d.textOf(st, a+2, end), Kind: Organisation}
		}
		at := attr{speaker: p, rule: ruleAccordingTo, conf: 0.85, cue: "according to"}
		at.cueSpan = spanOf(st, a, a+2)
		at.evidence = spanOf(st, a, end)
		if p.mention.Kind == Media || p.mention.Kind == Agency {
			// An outlet that is the only source is the speaker.
			p.mention.Relation = ""
		}
		var c quote.Span
		switch {
		case a == 0 && end < len(st):
			c = quote.Span{Start: st[end].end, End: st[len(st)-1].end}
		case a > 0:
			c = quote.Span{Start: st[0].start, End: st[a-1].end}
			if end < len(st)-1 && st[end].is(",") {
				// "X, according to Y, did Z": the clause goes on after the
				// attribution; each side is a segment.
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

// clauseThenVerb reads "…, X said." and "…, said X." at the end of a
// sentence.
func (d *docState) clauseThenVerb(st []token) (attr, quote.Span, bool) {
	for c := len(st) - 2; c >= 2; c-- {
		if !st[c].is(",") {
			continue
		}
		if len(st)-c > 16 {
			return attr{}, quote.Span{}, false
		}
		// A verb within the few words after the comma (and after a closing
		// mark: "… a “burn bag,” the Times reported").
		lo := c + 1
		for lo < len(st) && st[lo].kind == tQuote {
			lo++
		}
		for v := lo; v < len(st) && v-c <= 8; v++ {
			t := st[v]
			verb, ok := d.verbAt(st, v)
			if !ok || !isSpeechVerb(verb) || !verb.Clause || t.kind != tWord || strings.HasSuffix(t.lower, "ing") {
				continue
			}
			if negated(st, v, c+1) {
				return attr{}, quote.Span{}, false
			}
			var p np
			if v == lo {
				p, ok = d.nameAfter(st, v+1, len(st))
			} else {
				p, ok = d.subjectBefore(st, v, lo)
				ok = ok && p.lo == lo
				if !ok {
					// "…, people close to Clinton say."
					p, ok = d.shortPhrase(st, lo, v)
				}
			}
			if !ok || p.pronoun && p.mention.Text != "" && relativePronouns[strings.ToLower(p.mention.Text)] {
				break
			}
			// Nothing but adjuncts may follow: no second clause.
			if !onlyAdjuncts(st[v+1:]) {
				if st[0].is("as") && c < v && v+1 < len(st) && st[v+1].is(",") && len(st)-v > 4 {
					// "As Comey noted, people involved … could still be …"
					break
				}
				return attr{}, quote.Span{}, false
			}
			if prepositions[st[0].lower] && !hasToken(st[1:c], ",") {
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
			if e := v + 1; e < len(st)-2 && st[e].is(",") && c <= 4 && !hasQuote(st[e+1:]) {
				// "In the end, Mr. Rosenthal said, union voters …": the
				// attribution interrupts the clause, which goes on after it.
				a.evidence = spanOf(st, c+1, e)
				return a, quote.Span{Start: st[e+1].start, End: st[len(st)-1].end}, true
			}
			return a, quote.Span{Start: st[0].start, End: st[c].start}, true
		}
	}
	return attr{}, quote.Span{}, false
}

// markAt returns the quotation whose opening mark is at pos.
func (d *docState) markAt(pos int) (quote.Quote, bool) {
	for _, m := range d.marks {
		if m.Outer.Start == pos {
			return m, true
		}
	}
	return quote.Quote{}, false
}

// fragmentAt reports whether a quotation that is embedded in the writer's
// sentence opens at pos.
func (d *docState) fragmentAt(pos int) bool {
	for _, m := range d.marks {
		if m.Outer.Start == pos {
			return m.Embedded
		}
	}
	return false
}

// verbThenClause reads "X said (that) …", "X told Y (that) …" and "X was
// quoted as saying …".
func (d *docState) verbThenClause(st []token) (attr, quote.Span, bool) {
	for v := 1; v < len(st)-1; v++ {
		t := st[v]
		if t.kind != tWord || d.claimed(quote.Span{Start: t.start, End: t.end}) {
			continue
		}
		verb, ok := d.verbAt(st, v)
		if !ok || !isSpeechVerb(verb) || !verb.Clause && !t.is("quoted", "cited") || t.isCap() && !titleCase(st) {
			continue
		}
		if st[v-1].is("to") || negated(st, v, 0) || st[v-1].is("was", "were", "is", "are", "be", "been") && !t.is("quoted") {
			continue
		}
		var p np
		ing := strings.HasSuffix(t.lower, "ing")
		switch {
		case t.is("quoted") && st[v-1].is("was", "were"):
			p, ok = d.subjectBefore(st, v-1, 0)
		case ing:
			if !st[v-1].is(",") {
				continue
			}
			p, ok = d.sentenceSubject(st, v)
		case st[v-1].is("and", "but"):
			// "Haftar met Lavrov and said …": the subject of the sentence.
			p, ok = d.sentenceSubject(st, v)
		default:
			p, ok = d.subjectBefore(st, v, 0)
			if !ok {
				p, ok = d.subjectPhrase(st, v)
			}
		}
		if !ok {
			continue
		}
		k := v + 1
		var via []Mention
		cue := t.text
		cueEnd := v + 1
		if t.is("quoted", "cited", "quoting") {
			// "X was quoted (by Y) as saying (that) …" and "RELAY quoted X
			// as saying …".
			as := -1
			for j := v + 1; j < len(st)-1 && j-v <= 14; j++ {
				if st[j].is("as") && st[j+1].is("saying", "telling", "stating", "having", "warning", "adding") {
					as = j
					break
				}
			}
			if as < 0 {
				continue
			}
			if st[v-1].is("was", "were") {
				for j := v + 1; j < as; j++ {
					if st[j].is("by") {
						if r, ok := d.npEndingAt(st, as, j+1); ok {
							via = append(via, d.relay(r, "quoted"))
						}
						break
					}
				}
			} else {
				sp, ok := d.npEndingAt(st, as, v+1)
				if !ok || sp.lo != v+1 && !determiners[st[v+1].lower] && !st[v+1].isCap() {
					if sp, ok = d.shortPhrase(st, v+1, as); !ok {
						continue
					}
				}
				via = append(via, d.relay(p, "quoted"))
				via = append(via, d.relayAppositions(st, p, v)...)
				p = sp
			}
			k = as + 2
			if st[as+1].is("having") && k < len(st) && st[k].is("said", "told") {
				k++
			}
			if st[as+1].is("telling") {
				k = d.skipAddressee(st, k)
			}
			cue, cueEnd = "quoted as saying", as+2
		}
		if tellVerbs[verb.Lemma] {
			k = d.skipAddressee(st, k)
			if r := d.relaysAfter(st, v); r != nil {
				via = append(via, r...)
			}
		}
		start, ok := d.clauseStart(st, k, tellVerbs[verb.Lemma], strongClause[verb.Lemma] || cue == "quoted as saying")
		if !ok {
			continue
		}
		if p.pronoun && relativePronouns[strings.ToLower(p.mention.Text)] {
			// "Sanders, who had said he would debate, criticized …": the
			// relative clause ends at its comma.
			for e := start; e < len(st); e++ {
				if st[e].is(",") {
					a := attr{speaker: p, rule: ruleReportedThat, conf: 0.7, cue: cue, via: via}
					a.cueSpan = spanOf(st, v, cueEnd)
					a.evidence = spanOf(st, p.lo, start)
					return a, quote.Span{Start: st[start].start, End: st[e-1].end}, true
				}
			}
		}
		a := attr{speaker: p, rule: ruleReportedThat, conf: 0.8, cue: cue, via: via}
		a.cueSpan = spanOf(st, v, cueEnd)
		a.evidence = spanOf(st, p.lo, start)
		end := clauseEnd(st, start)
		if end <= start {
			continue
		}
		return a, quote.Span{Start: st[start].start, End: st[end-1].end}, true
	}
	return attr{}, quote.Span{}, false
}

// skipAddressee skips the addressee after a verb such as "told": a pronoun,
// a name, or a short noun phrase ("told reporters", "told the BBC").
func (d *docState) skipAddressee(st []token, k int) int {
	if k >= len(st) {
		return k
	}
	t := st[k]
	switch {
	case objectPronouns[t.lower] || audienceWords[t.lower] && !t.is("the"):
		return k + 1
	case t.isCap():
		for k < len(st) && (st[k].isCap() || nameParticles[st[k].lower]) {
			k++
		}
		return k
	case determiners[t.lower]:
		j := k + 1
		for j < len(st) && j-k <= 4 && st[j].kind == tWord && !prepositions[st[j].lower] && !st[j].is("that") {
			j++
			if speakerNouns[st[j-1].lower] || audienceWords[st[j-1].lower] || st[j-1].isCap() && (j >= len(st) || !st[j].isCap()) {
				return j
			}
		}
	}
	return k
}

// clauseStart finds where the reported clause begins at or after st[k]:
// after "that", possibly past adjuncts ("said on Tuesday that"), or at a
// word that can begin a clause.
func (d *docState) clauseStart(st []token, k int, tell, say bool) (int, bool) {
	if k >= len(st)-1 {
		return 0, false
	}
	// "that" within a few words, past adjuncts ("said on Tuesday that") or
	// an addressee ("told The Washington Post's editorial board that").
	first := st[k]
	if prepositions[first.lower] || first.is(",") || first.isCap() || timeWords[first.lower] ||
		strings.HasSuffix(first.lower, "ly") || determiners[first.lower] && tell {
		for j := k; j < len(st)-1 && j-k <= 8; j++ {
			t := st[j]
			if t.is("that") {
				return j + 1, true
			}
			if t.kind == tQuote || t.is(".", ";", ":", "?", "!") {
				break
			}
		}
	}
	// "said Thursday he would leave", "said last week the plan …"
	for k < len(st)-2 && (timeWords[st[k].lower] && st[k].kind == tWord || st[k].is("last", "this", "next") && timeNouns[st[k+1].lower]) {
		if st[k].is("last", "this", "next") {
			k++
		}
		k++
	}
	t := st[k]
	if t.is(",") {
		return 0, false
	}
	if t.is(":") && k+2 < len(st) && st[k+1].kind == tWord {
		// "Trump put it this way: the economy is a disaster"
		return k + 1, true
	}
	if t.kind == tQuote {
		// "said the plan was “a disaster”" is mixed, but "said “We…”" is
		// direct and already taken.
		return 0, false
	}
	if t.kind != tWord {
		return 0, false
	}
	loose := say && !prepositions[t.lower] && !strings.HasSuffix(t.lower, "ly") && !timeWords[t.lower] &&
		!t.is("so", "yes", "no", "not", "nothing", "much", "little", "more", "it", "this", "what")
	if clauseStarters[t.lower] || t.isCap() && !nonNames[t.lower] || isDigit(t.text) || loose {
		if t.is("that") {
			return k + 1, true
		}
		// "said in a statement" has no clause.
		if k+1 < len(st) && st[k+1].is(".") {
			return 0, false
		}
		return k, true
	}
	return 0, false
}

func isDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// relativePronouns head relative clauses, not attributions of their own.
var relativePronouns = set("who", "which", "that", "whom")

// timeWords can follow a reporting verb as adjuncts ("he said Tuesday").
var timeWords = set("today", "yesterday", "tonight", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "recently", "earlier", "later", "last",
	"this", "late", "early", "afterward", "afterwards", "again", "then", "too", "also",
	"privately", "publicly", "repeatedly", "previously", "separately", "flatly", "simply")

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
	return t.is(",", ".", "!", "?", ";", "—", "–", "-", "(") || prepositions[t.lower] && !t.is("that") ||
		timeWords[t.lower] || strings.HasSuffix(t.lower, "ly") || t.isCap() && timeWords[t.lower]
}

func hasToken(toks []token, s string) bool {
	for _, t := range toks {
		if t.is(s) {
			return true
		}
	}
	return false
}

// verbThenFragment reads a quoted fragment in the object of a reporting
// verb: "he called the plan “a disaster” for farmers", "Will described Trump
// as a “caricature”". The mixed quote runs from the verb's object to the
// end of the sentence.
func (d *docState) verbThenFragment(st []token) (attr, quote.Span, bool) {
	frag := -1
	for k, t := range st {
		if t.kind == tQuote && d.fragmentAt(t.start) {
			// A single quoted word is a term more often than a quotation.
			if m, ok := d.markAt(t.start); ok && len(strings.Fields(m.Text)) < 2 {
				continue
			}
			frag = k
			break
		}
	}
	if frag < 2 {
		return attr{}, quote.Span{}, false
	}
	for v := frag - 1; v >= 1 && frag-v <= 10; v-- {
		t := st[v]
		verb, ok := d.verbAt(st, v)
		if !ok || !isSpeechVerb(verb) || t.kind != tWord || t.isCap() || st[v-1].is("to") || negated(st, v, 0) {
			continue
		}
		var p np
		if strings.HasSuffix(t.lower, "ing") {
			p, ok = d.sentenceSubject(st, v)
		} else {
			p, ok = d.subjectBefore(st, v, 0)
		}
		if !ok {
			return attr{}, quote.Span{}, false
		}
		start := v + 1
		if start < len(st) && st[start].is("that") {
			start++
		}
		end := clauseEnd(st, frag)
		if start >= end {
			return attr{}, quote.Span{}, false
		}
		a := attr{speaker: p, rule: ruleVerbFragment, conf: 0.7, cue: t.text}
		a.cueSpan = spanOf(st, v, v+1)
		a.evidence = spanOf(st, p.lo, v+1)
		return a, quote.Span{Start: st[start].start, End: st[end-1].end}, true
	}
	return attr{}, quote.Span{}, false
}

func hasQuote(toks []token) bool {
	for _, t := range toks {
		if t.kind == tQuote {
			return true
		}
	}
	return false
}

// subjectPhrase takes the whole phrase from the start of the sentence to the
// verb as its subject, when no noun phrase ends right before the verb
// ("Experts on North Korea and nuclear nonproliferation said", "A person
// familiar with the planning says").
func (d *docState) subjectPhrase(st []token, v int) (np, bool) {
	lo := 0
	if v > 12 || v < 2 {
		return np{}, false
	}
	for k := lo; k < v; k++ {
		t := st[k]
		if t.kind != tWord && !t.is("'s", "-") || relativePronouns[t.lower] && k > lo || t.is("and") && k == v-1 ||
			verbLike(d, st, k) {
			return np{}, false
		}
	}
	first := st[lo]
	if !(first.isCap() || determiners[first.lower] || isDigit(first.text)) || prepositions[first.lower] {
		return np{}, false
	}
	p := np{lo: lo, hi: v, generic: true}
	p.mention = Mention{Span: spanOf(st, lo, v), Text: d.textOf(st, lo, v), Kind: Group}
	return p, true
}

// strongClause verbs are followed by a reported clause far more often than
// by anything else, so that any word but a preposition may open it ("says
// long lines kept many from voting").
var strongClause = set("say", "tell", "claim", "insist", "argue", "contend", "assert",
	"maintain", "warn", "add", "predict", "acknowledge", "admit", "concede", "declare",
	"state", "allege", "report")

// asSaid reads "As X noted, CLAUSE" and "As X put it, CLAUSE".
func (d *docState) asSaid(st []token) (attr, quote.Span, bool) {
	if len(st) < 6 || !st[0].is("as") {
		return attr{}, quote.Span{}, false
	}
	for v := 2; v < len(st)-2 && v <= 10; v++ {
		t := st[v]
		if t.is(",") {
			return attr{}, quote.Span{}, false
		}
		verb, ok := d.verbAt(st, v)
		if !ok || !isSpeechVerb(verb) {
			continue
		}
		p, ok := d.subjectBefore(st, v, 1)
		if !ok || p.lo != 1 {
			return attr{}, quote.Span{}, false
		}
		e := v + 1
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

// verbThenObject reads a speech verb that takes an object rather than a
// clause: "They called him a political opportunist", "Clinton criticized
// the plan as reckless", "Trump asked the network to donate the profits".
// The quote is the object and what follows it, to the end of the clause.
func (d *docState) verbThenObject(st []token) (attr, quote.Span, bool) {
	for v := 1; v < len(st)-2; v++ {
		t := st[v]
		verb, ok := d.verbAt(st, v)
		if !ok || verb.Class != "speech" || !objectVerbs[verb.Lemma] && !tellVerbs[verb.Lemma] || t.isCap() || strings.HasSuffix(t.lower, "ing") {
			continue
		}
		if tellVerbs[verb.Lemma] {
			// "asked the network to donate": only with what follows the
			// addressee ("to …", "whether …", "about …").
			k := d.skipAddressee(st, v+1)
			if k <= v+1 || k >= len(st)-1 || !st[k].is("to", "whether", "if", "about", "why", "how", "what") {
				continue
			}
		}
		if st[v-1].is("to", "was", "were", "is", "are", "be", "been", "being") || negated(st, v, 0) || d.claimed(quote.Span{Start: t.start, End: t.end}) {
			continue
		}
		next := st[v+1]
		if next.kind != tWord || prepositions[next.lower] && !next.is("for", "on") || next.is("that", "and", "or", "but") ||
			strings.HasSuffix(next.lower, "ed") {
			// "Search terms included …": the "verb" was a noun.
			continue
		}
		p, ok := d.subjectBefore(st, v, 0)
		if !ok || p.pronoun && relativePronouns[strings.ToLower(p.mention.Text)] {
			continue
		}
		start := v + 1
		if next.is("for", "on") && v+2 < len(st) { // "called for", "called on"
			start = v + 2
		}
		end := len(st)
		for k := start; k < len(st); k++ {
			if st[k].is(";") || st[k].is(",") && k-start >= 3 {
				end = k
				break
			}
		}
		if end-start < 2 {
			continue
		}
		a := attr{speaker: p, rule: ruleVerbObject, conf: 0.6, cue: t.text}
		a.cueSpan = spanOf(st, v, v+1)
		a.evidence = spanOf(st, p.lo, v+1)
		return a, quote.Span{Start: st[start].start, End: st[end-1].end}, true
	}
	return attr{}, quote.Span{}, false
}

// trailingClauses open a clause that comments on the reported one rather
// than belonging to it: "…, which he described as …", "…, adding that …".
var trailingClauses = set("which", "who", "whom", "whose", "when", "where", "while",
	"whereas", "although", "though", "but", "adding", "saying", "according", "noting",
	"arguing", "citing", "calling", "referring", "even", "telling", "having", "prompting",
	"sparking", "drawing", "pointing", "insisting", "warning", "urging", "accusing")

// cutTrailing ends a reported clause before a comma or dash that opens a
// trailing clause, and before "and" that joins a second verb of the
// speaker's ("he heard gunfire and suspected …").
func (d *docState) cutTrailing(c quote.Span) quote.Span {
	toks := d.tokens(c.Start, c.End)
	depth := 0
	for k := 1; k+1 < len(toks); k++ {
		t := toks[k]
		if t.kind == tQuote {
			if depth == 1 && toks[k-1].is(",") && trailingClauses[toks[k+1].lower] {
				// called China “provocative,” accusing it of …
				c.End = t.end
				break
			}
			depth ^= 1 // do not cut inside a quoted fragment
			continue
		}
		if depth == 1 {
			continue
		}
		next := toks[k+1]
		if t.is(",", "—", "–", "--") && trailingClauses[next.lower] {
			c.End = toks[k-1].end
			break
		}
	}
	return c
}

// shortPhrase takes the words [lo, v) before a verb as its subject when they
// are few and all words.
func (d *docState) shortPhrase(st []token, lo, v int) (np, bool) {
	if v-lo < 1 || v-lo > 6 || prepositions[st[lo].lower] {
		return np{}, false
	}
	for k := lo; k < v; k++ {
		if st[k].kind != tWord || relativePronouns[st[k].lower] || st[k].is("and", "but", "or") || verbLike(d, st, k) {
			return np{}, false
		}
	}
	p := np{lo: lo, hi: v, generic: true}
	p.mention = Mention{Span: spanOf(st, lo, v), Text: d.textOf(st, lo, v), Kind: Group}
	if o, ok := d.outlet(p.mention.Text); ok {
		// "the national news agency Bernama"
		p.mention.Name, p.mention.Kind, p.generic = o.Name, outletKind(o), false
	}
	return p, true
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
		// ", NP VERB (adjuncts) ,"
		for v := c + 2; v < len(st)-2 && v-c <= 7; v++ {
			t := st[v]
			if t.kind != tWord {
				break
			}
			verb, ok := d.verbAt(st, v)
			if !ok || !isSpeechVerb(verb) || !verb.Clause || strings.HasSuffix(t.lower, "ing") || negated(st, v, c+1) {
				continue
			}
			p, ok := d.subjectBefore(st, v, c+1)
			if !ok || p.lo != c+1 {
				if p, ok = d.shortPhrase(st, c+1, v); !ok {
					break
				}
			}
			e := v + 1
			for e < len(st) && e-v <= 5 && st[e].kind == tWord && (prepositions[st[e].lower] || timeWords[st[e].lower] || st[e].isCap() || determiners[st[e].lower] || strings.HasSuffix(st[e].lower, "ly")) {
				e++
			}
			if e >= len(st)-2 || !st[e].is(",") {
				break
			}
			a := attr{speaker: p, rule: ruleMidClause, conf: 0.75, cue: t.text}
			a.cueSpan = spanOf(st, v, v+1)
			a.evidence = spanOf(st, c+1, e)
			a.via = d.relaysAfter(st, v)
			// The words before the attribution are a segment of their own
			// ("Rather, he said, …"; "That, they say, will be easier").
			d.addReportedPart(a, quote.Span{Start: st[0].start, End: st[c-1].end})
			d.addReported(a, quote.Span{Start: st[e+1].start, End: st[len(st)-1].end})
			return true
		}
	}
	return false
}

// titleCase reports whether a sentence is a headline in title case ("Trump
// Says He's Unlikely To Have A Good Relationship"), where verbs are
// capitalised too.
func titleCase(st []token) bool {
	words, caps := 0, 0
	for _, t := range st {
		if t.kind == tWord {
			words++
			if t.isCap() {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// objectVerbs report an evaluation or a demand in their object: "called the
// plan a disaster", "accused Clinton of lying", "urged voters to stay home".
var objectVerbs = set("call", "describe", "criticize", "criticise", "accuse", "praise", "blast",
	"slam", "attack", "defend", "condemn", "denounce", "label", "dub", "brand", "urge", "reject",
	"dismiss", "deny", "promise", "pledge", "vow", "propose", "demand", "blame", "credit",
	"applaud", "hail", "mock", "ridicule", "lambaste", "decry", "deride", "chide", "scold",
	"warn", "endorse", "recommend", "request", "announce", "predict", "threaten")

// transcript reads a paragraph of a transcript or an interview, led by its
// speaker's label: "JAKE TAPPER: Donald Trump released a video", "Q: Was
// it worth it?", "A: Believe me, …". The words after the label are the
// speaker's.
func (d *docState) transcript(toks []token) bool {
	if d.transcriptLabels < 2 {
		return false // one "NOTE:" line is no transcript
	}
	colon := -1
	for k := 0; k < len(toks) && k <= 4; k++ {
		if toks[k].is(":") {
			colon = k
			break
		}
		t := toks[k]
		if t.kind != tWord || !isUpperWord(t.text) {
			if !(t.is("(", ")") || t.kind == tWord && t.isCap() && k > 0) {
				return false
			}
		}
	}
	if colon < 1 || colon+3 >= len(toks) || toks[colon+1].kind == tQuote ||
		notSpeakers[strings.ToLower(d.textOf(toks, 0, colon))] {
		return false
	}
	c := quote.Span{Start: toks[colon+1].start, End: toks[len(toks)-1].end}
	if d.claimed(c) {
		return false
	}
	p := np{lo: 0, hi: colon}
	p.mention = Mention{Span: spanOf(toks, 0, colon), Text: d.textOf(toks, 0, colon), Kind: Person}
	name := p.mention.Text
	if len(name) > 1 {
		// "JAKE TAPPER" -> "Jake Tapper"
		name = titleName(name)
	}
	p.mention.Name = name
	a := attr{speaker: p, rule: ruleTranscript, conf: 0.7, cue: ":"}
	a.cueSpan = spanOf(toks, colon, colon+1)
	a.evidence = spanOf(toks, 0, colon+1)
	d.addReported(a, c)
	return true
}

// isUpperWord reports whether w has letters and all of them are capitals.
func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// titleName turns a name in capitals into title case ("JAKE TAPPER" ->
// "Jake Tapper").
func titleName(s string) string {
	if !isUpperWord(strings.ReplaceAll(s, " ", "")) {
		return s
	}
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		r, size := utf8.DecodeRuneInString(w)
		f[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(f, " ")
}

// declinedOrAsked reads the refusals and questions of news copy: "Trump
// declined to comment on the report" (the quote is "to comment on the
// report"), "Clinton was asked whether she would serve", "he asked them if
// they would vote".
func (d *docState) declinedOrAsked(st []token) (attr, quote.Span, bool) {
	for v := 1; v < len(st)-2; v++ {
		t := st[v]
		var start int
		switch {
		case t.is("declined", "refused", "declines", "refuses") && st[v+1].is("to") && refusedSpeech[st[v+2].lower]:
			start = v + 1
		case t.is("asked", "asks"):
			k := v + 1
			if !st[k].is("whether", "if", "about", "why", "how", "what", "when", "where") {
				k = d.skipAddressee(st, k)
			}
			if k >= len(st)-1 || !st[k].is("whether", "if", "about", "why", "how", "what", "when", "where") {
				continue
			}
			start = k
			if st[k].is("about") {
				start = k + 1
			}
		default:
			continue
		}
		p, ok := d.subjectBefore(st, v, 0)
		if !ok {
			if st[v-1].is("was", "were") {
				p, ok = d.subjectBefore(st, v-1, 0) // "Clinton was asked whether …"
			}
			if !ok {
				continue
			}
		}
		end := clauseEnd(st, start) // addReported cuts trailing clauses
		if end-start < 2 {
			continue
		}
		a := attr{speaker: p, rule: ruleDeclinedAsked, conf: 0.6, cue: t.text}
		a.cueSpan = spanOf(st, v, v+1)
		a.evidence = spanOf(st, p.lo, v+1)
		return a, quote.Span{Start: st[start].start, End: st[end-1].end}, true
	}
	return attr{}, quote.Span{}, false
}

// refusedSpeech are the verbs of "declined to comment", "refused to say".
var refusedSpeech = set("comment", "say", "discuss", "respond", "answer", "elaborate", "weigh",
	"speculate", "confirm", "specify", "name", "address", "detail", "disclose", "identify",
	"explain", "provide", "endorse", "release", "reveal", "talk")

// sourceLike reports whether a phrase after "according to" can name a
// source: it holds a capitalised word or a noun for people, bodies or
// documents.
func sourceLike(toks []token) bool {
	for _, t := range toks {
		if t.isCap() || commonNoun(t.lower) || documentNouns[t.lower] || roleNouns[t.lower] {
			return true
		}
	}
	return false
}

// verbLike reports whether st[k] looks like a verb, so that a phrase that
// holds it is a clause rather than a noun phrase ("the office is
// investigating Trump").
func verbLike(d *docState, st []token, k int) bool {
	t := st[k]
	if t.is("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do") {
		return true
	}
	if _, ok := d.verbAt(st, k); ok && !t.isCap() {
		return true
	}
	return !t.isCap() && (strings.HasSuffix(t.lower, "ing") && len(t.lower) > 5)
}

// clauseEnd returns the index of the first semicolon at or after from, the
// end of a reported clause, or len(st).
func clauseEnd(st []token, from int) int {
	for k := from; k < len(st); k++ {
		if st[k].is(";") {
			return k
		}
	}
	return len(st)
}
