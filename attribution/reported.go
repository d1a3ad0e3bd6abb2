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
		if pi == 0 {
			d.headline(toks)
		}
		for _, s := range quote.Sentences(d.text, para) {
			lo, hi := tokenRange(toks, s)
			if hi-lo < 3 {
				continue
			}
			st := toks[lo:hi]
			if d.claimed(quote.Span{Start: st[0].start, End: st[len(st)-1].end}) && d.insideDirect(st, d.claimed) {
				d.questions(st) // "“You bet,” Christie said when asked whether …"
				if !d.insideDirect(st, d.quoted) {
					// "X said A and added, “B”": the attribution of B
					// holds A.
					records((*docState).verbThenClause)(d, st)
				}
				d.afterDirect(st)
				continue
			}
			d.questions(st)
			// A sentence may hold several attributions ("X said A, but Y
			// said B"): after a frame has read one, the frames read the
			// rest of the sentence again.
			if !d.mayReport(st) {
				continue // no frame can read it (most lines of a results table)
			}
			for round := 0; round < 3 && len(st) >= 3; round++ {
				n := len(d.out)
				for _, frame := range reportFrames {
					if frame(d, st) {
						break
					}
				}
				if len(d.out) == n {
					break
				}
				end, cue := 0, len(d.text)
				for _, q := range d.out[n:] {
					end = max(end, q.Span.End, q.CueSpan.End) // past the verb too
					c := q.CueSpan.Start
					if q.Evidence.Start > st[0].start && q.Evidence.Start < c && c-q.Evidence.Start <= 60 && !strings.Contains(d.text[q.Evidence.Start:c], ",") {
						// "…, cracking a smile as he noted": before "he". (But
						// "he defended the plan, saying …" reads on to "saying".)
						c = q.Evidence.Start
					}
					cue = min(cue, c)
				}
				k := tokensBefore(st, cue)
				nested := -1
				if k > 0 && relativePronouns[st[k-1].lower] {
					// "blamed the West for policies that he said led to
					// civil wars": the later attribution is inside the
					// earlier one's words, which run to the end of its.
					nested = end
					for _, q := range d.out[n:] {
						nested = max(nested, q.Span.End)
					}
				}
				for nested < 0 && k > 0 && st[k-1].is("as", "that", "when", "while", "and", "but", "because", "after", "before", "since", "where") {
					k--
				}
				for k > 0 && st[k-1].kind == tPunct {
					k--
				}
				if k >= 3 && d.anySpeechVerb(st[:k]) && !d.claimed(quote.Span{Start: st[0].start, End: st[k-1].end}) {
					// "He vowed to fight on, saying the race was not
					// over", "Clinton attacked Trump, saying …": a frame
					// read the later verb; the words before it may hold an
					// attribution of their own.
					m := len(d.out)
					for _, frame := range reportFrames {
						if frame(d, st[:k]) {
							break
						}
					}
					if nested >= 0 {
						for i := m; i < len(d.out); i++ {
							if d.out[i].Span.End >= st[k-1].start {
								d.extendReported(i, nested)
							}
						}
					}
				}
				k = 0
				for k < len(st) && st[k].start < end {
					k++
				}
				for k < len(st) && st[k].kind == tPunct {
					k++
				}
				if len(st)-k < 4 || !d.anyVerb(st[k:]) {
					break
				}
				if k < len(st)-3 && st[k].is("and", "but") && d.secondVerbGoesOn(st, k+1, d.out[n]) {
					// "…, and called him “the leading proponent …”": the
					// same speaker's next verb.
					break
				}
				if k > 0 && st[k-1].kind != tWord && d.participleGoesOn(st, k, d.out[n]) {
					// "…''overblown,'' adding that Valeant had …": the
					// same speaker's next words.
					break
				}
				st = st[k:]
			}
		}
	}
}

// mayReport reports whether a frame may read st: it holds a word with a
// reporting-verb reading, "according", "that" or "reportedly".
func (d *docState) mayReport(st []token) bool {
	for _, t := range st {
		if t.verb != 0 || t.lower == "according" || t.lower == "that" || t.lower == "reportedly" {
			return true
		}
	}
	return false
}

// reportFrames are the frames of reported speech, tried in order on each
// sentence until one reads it and records its quotes.
var reportFrames = []func(*docState, []token) bool{
	records((*docState).accordingTo),
	records((*docState).clauseThenVerb),
	records((*docState).verbThenClause),
	(*docState).midAttribution, // records both sides of "X, he said, Y" itself
	records((*docState).asSaid),
	records((*docState).verbThenFragment),
	records((*docState).verbThenObject),
	records((*docState).declinedOrAsked),
	records((*docState).claimThat),
	records((*docState).callTo),
	records((*docState).reportedlyFrame),
	records((*docState).passiveBy),
	records((*docState).questionsAbout),
}

// records turns a frame that finds one reported clause into one that
// records it.
func records(frame func(*docState, []token) (attr, quote.Span, bool)) func(*docState, []token) bool {
	return func(d *docState, st []token) bool {
		a, content, ok := frame(d, st)
		if ok {
			d.addReported(a, content)
		}
		return ok
	}
}

// insideDirect reports whether the sentence is mostly inside direct
// quotations (or their attributions, with claimed).
func (d *docState) insideDirect(st []token, claimed func(quote.Span) bool) bool {
	in := 0
	for _, t := range st {
		if claimed(quote.Span{Start: t.start, End: t.end}) {
			in++
		}
	}
	return in*2 > len(st)
}

// tokensBefore returns the number of tokens of st that start before pos,
// not counting the punctuation that ends them.
func tokensBefore(st []token, pos int) int {
	k := 0
	for k < len(st) && st[k].start < pos {
		k++
	}
	for k > 0 && st[k-1].kind == tPunct {
		k--
	}
	return k
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
	min := 8
	if a.rule == ruleVerbObject {
		min = 2 // "attacked Trump", "praised him"
	}
	d.addContent(a, c, min)
}

// addReportedPart records a short segment of a reported clause, split from
// the rest by its attribution.
func (d *docState) addReportedPart(a attr, c quote.Span) {
	d.addContent(a, c, 1)
}

// addContent records a reported quotation with content span c of at least
// min bytes.
func (d *docState) addContent(a attr, c quote.Span, min int) {
	if a.rule != ruleAccordingTo && a.rule != ruleClauseVerb && a.rule != ruleMidClause {
		// A clause before its attribution ("…, who …, according to X")
		// is whole; one after its verb may trail off into the writer's
		// own words ("X said A, adding that …").
		c = d.cutTrailing(c)
	}
	c = d.beforeDirect(c)
	c = d.trimContent(c)
	c = d.throughMark(c)
	if c.Len() < min || d.claimedByDirect(c) && !a.holds || onlyTime(d.tokens(c.Start, c.End)) { // (not "the settlement announced today")
		return
	}
	q := Quote{Quote: quote.Quote{Span: c, Outer: c, Kind: quote.Indirect, Text: d.text[c.Start:c.End], Closed: true, Parent: -1}}
	for _, m := range d.marks {
		if m.Parent < 0 && c.Contains(m.Outer) {
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

// throughMark extends a reported clause that ends inside a quotation of
// several sentences to its closing mark: "said that he “has talked with
// him for years. I do more of it by email.”" is one quote.
func (d *docState) throughMark(c quote.Span) quote.Span {
	for _, m := range d.marks {
		if m.Parent < 0 && m.Outer.Start > c.Start && m.Outer.Start < c.End && m.Outer.End > c.End && m.Closed && m.Para.Contains(c) {
			c.End = m.Outer.End
			break
		}
	}
	return c
}

// beforeDirect ends the reported clause c where a direct quotation begins,
// with the words that introduce it: "X said A: “B”", "X said A and added,
// “B”".
func (d *docState) beforeDirect(c quote.Span) quote.Span {
	end, inner := -1, 0
	var ev quote.Span
	for _, q := range d.out {
		if q.Kind == quote.Direct && q.Outer.Start > c.Start && q.Outer.Start < c.End && (end < 0 || q.Outer.Start < end) {
			end, inner, ev = q.Outer.Start, q.Start, q.Evidence
		}
	}
	if end < 0 {
		return c
	}
	if ev.Len() > 0 && ev.Start > c.Start && ev.End <= end {
		// "X said he backed the bill, which he called “a cartel …”": the
		// quotation's own attribution, in a relative clause, ends the
		// clause.
		toks := d.tokens(c.Start, ev.Start)
		k := len(toks)
		if k > 0 && relativePronouns[toks[k-1].lower] {
			k--
			if k > 0 && prepositions[toks[k-1].lower] {
				k-- // "…, in which Adelson said"
			}
		}
		if k > 0 && toks[k-1].is(",") {
			k--
		}
		if k > 0 && k < len(toks) {
			return quote.Span{Start: c.Start, End: toks[k-1].end}
		}
	}
	if r, _ := utf8.DecodeRuneInString(d.text[inner:]); !unicode.IsUpper(r) {
		return c // a fragment inside the clause: a mixed quote
	}
	toks := d.tokens(c.Start, end)
	k := len(toks)
	if k > 0 && toks[k-1].is(",") {
		k--
	}
	if k >= 3 && (isSpeechVerbToken(d, toks, k-1) || toks[k-1].is("saying", "adding")) && toks[k-2].is("and", "but", ",") {
		return quote.Span{Start: c.Start, End: toks[k-2].start}
	}
	return c
}

// participleGoesOn records the clause of a reporting participle that opens
// st[k:] right after the quotation prev, with prev's speaker: "told
// investors that concerns were ”overblown,” adding that …". It reports
// whether it recorded one.
func (d *docState) participleGoesOn(st []token, k int, prev Quote) bool {
	t := st[k]
	verb, ok := d.verbAt(st, k)
	if !ok || !isSpeechVerb(verb) || !strings.HasSuffix(t.lower, "ing") || t.isCap() || prev.Speaker == nil {
		return false
	}
	var start int
	switch {
	case verb.Clause:
		if start, ok = d.clauseStart(st, afterVerb(st, k, verb), tellVerbs[verb.Lemma], strongClause[verb.Lemma]); !ok {
			return false
		}
	case objectVerbs[verb.Lemma] && verb.Lemma != "cite": // ("…, citing customs officials": a source)
		// "“…,” Mr. Axelrod said, calling the Fox News chief
		// ''brilliant.''": the object and what it is called.
		start = afterVerb(st, k, verb)
		if start >= len(st)-1 || st[start].kind != tWord || prepositions[st[start].lower] && !st[start].is("for", "on", "to") {
			return false
		}
	default:
		return false
	}
	a := inherit(prev, prev.Rule, 1)
	a.cue, a.cueSpan = t.text, spanOf(st, k, k+1)
	a.evidence = a.cueSpan
	n := len(d.out)
	d.addReported(a, quote.Span{Start: st[start].start, End: st[clauseEnd(st, start)-1].end})
	return len(d.out) > n
}

// afterDirect reads a reporting participle after the attribution of a
// direct quotation: "“…,” Buchanan said, noting that Manafort did not lose
// a single delegate."
func (d *docState) afterDirect(st []token) {
	last := -1
	for k, t := range st {
		if d.claimed(quote.Span{Start: t.start, End: t.end}) {
			last = k
		}
	}
	var prev *Quote
	for i := range d.out {
		q := &d.out[i]
		if q.Kind == quote.Direct && q.Speaker != nil && q.Start >= st[0].start && q.End <= st[len(st)-1].end {
			prev = q
		}
	}
	if last < 0 || prev == nil {
		return
	}
	for k := last + 1; k < len(st)-3; k++ {
		if st[k-1].is(",") && strings.HasSuffix(st[k].lower, "ing") {
			d.participleGoesOn(st, k, *prev)
			return
		}
		if st[k].is("and", "but") && k > last+1 || st[k].is("who") && st[k-1].is(",") {
			// "“…,” he said, and added that …", "“…,” said Weaver, who
			// said business executives often fail to understand …"
			d.secondVerbGoesOn(st, k+1, *prev)
			return
		}
	}
}

// secondVerbGoesOn records what the speaker of prev said with a second
// reporting verb at st[k] ("and called him “…”", "but insisted that …"),
// to the end of the sentence. It reports whether it recorded one.
func (d *docState) secondVerbGoesOn(st []token, k int, prev Quote) bool {
	if k < len(st) && st[k].is("also", "then", "later", "again") {
		k++
	}
	if k >= len(st)-2 || prev.Speaker == nil || st[k].kind != tWord || st[k].isCap() {
		return false
	}
	verb, ok := d.verbAt(st, k)
	if !ok || !isSpeechVerb(verb) {
		return false
	}
	after := afterVerb(st, k, verb)
	start := after
	switch {
	case verb.Clause:
		if start, ok = d.clauseStart(st, after, tellVerbs[verb.Lemma], strongClause[verb.Lemma]); !ok {
			return false
		}
	case objectVerbs[verb.Lemma]:
		if st[after].kind != tWord || prepositions[st[after].lower] && !st[after].is("for", "on", "to") {
			return false
		}
	default:
		return false
	}
	end := clauseEnd(st, start)
	if end-start < 2 {
		return false
	}
	a := inherit(prev, prev.Rule, 1)
	a.cue, a.cueSpan = st[k].text, spanOf(st, k, k+1)
	a.evidence = a.cueSpan
	n := len(d.out)
	d.addReported(a, quote.Span{Start: st[start].start, End: st[end-1].end})
	return len(d.out) > n
}

// whoAntecedent gives the speaker of a relative clause ("McConnell, now the
// Senate majority leader, who in 2010 said …"): the name the clause
// follows, over an apposition.
func (d *docState) whoAntecedent(st []token, p np) np {
	if !p.pronoun || !relativePronouns[strings.ToLower(p.mention.Text)] || p.lo < 2 || !st[p.lo-1].is(",") {
		return p
	}
	q, ok := d.npEndingAt(st, p.lo-1, 0)
	// "nervous Democrats on Capitol Hill, who", "Sen. Dianne Feinstein, the
	// ranking Democrat on the Senate Intelligence Committee, who": the
	// head before a prepositional phrase.
	for i := 0; ok && i < 2 && q.lo >= 2; i++ {
		k := q.lo
		if k > 0 && st[k-1].is("the", "a", "an") {
			k--
		}
		if k < 2 || !st[k-1].is("on", "in", "at") {
			break // ("a lecture from the Mexican president, who"; "no mention of Jeb Bush, who")
		}
		q, ok = d.npEndingAt(st, k-1, 0)
	}
	if !ok || q.pronoun || q.mention.Text == "" {
		return p
	}
	if head := strings.TrimSuffix(st[q.hi-1].lower, "'s"); q.generic && !(speakerNouns[head] || roleNouns[head] || groupNouns[head] ||
		anonymousHeads[head] || mediaNouns[head]) {
		return p // "a more frontal attack, which …": no speaker
	}
	if q.generic {
		// "McConnell, now the Senate majority leader, who …": the name
		// before the apposition; else the description ("the Mexican
		// president, who said").
		k := q.lo
		for k > 0 && st[k-1].is("the", "a", "an", "now", "then", "also") {
			k--
		}
		if k > 1 && st[k-1].is(",") {
			if r, ok := d.npEndingAt(st, k-1, 0); ok && !r.pronoun && !r.generic && startsUpper(r.mention.Text) {
				q = r
			}
		}
	}
	m := q.mention
	if m.Name == "" {
		switch {
		case q.generic:
			m.Name = describe(m.Text)
		case !strings.Contains(m.Text, " "):
			m.Name = d.fullName(m.Text) // "Cruz, who …": the fullest form
		default:
			m.Name = m.Text
		}
	}
	if m.Kind == Person && !q.generic && len(strings.Fields(m.Name)) < 2 {
		return p // a lone capitalised word may be no name ("Ah, who …")
	}
	// The mention stays the pronoun; its name is the antecedent's.
	p.mention.Name, p.mention.Kind, p.mention.Role = m.Name, m.Kind, m.Role
	return p
}

// extendReported extends the reported quotation d.out[i] to end at end.
func (d *docState) extendReported(i, end int) {
	q := &d.out[i]
	for j := range d.claims {
		if d.claims[j] == q.Span {
			d.claims[j].End = end
		}
	}
	q.Span.End, q.Outer.End = end, end
	q.Text = d.text[q.Start:end]
	for _, m := range d.marks {
		if m.Parent < 0 && q.Span.Contains(m.Outer) {
			q.Kind = quote.Mixed
		}
	}
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
		if len(t) >= 5 && strings.EqualFold(t[:5], "that ") {
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
verbs:
	for v := 1; v < len(st)-1; v++ {
		t := st[v]
		if t.kind != tWord || t.verb == 0 {
			continue // no verb reading (most words)
		}
		verb, ok := d.verbAt(st, v)
		if !ok || !isSpeechVerb(verb) || !verb.Clause && !t.is("quoted", "cited", "quoting") || t.isCap() && !titleCase(st) ||
			d.quoted(quote.Span{Start: t.start, End: t.end}) { // (its verb may be a direct quotation's too: "X said A and said, “B”")
			continue
		}
		ing := strings.HasSuffix(t.lower, "ing")
		progressive := ing && v > 1 && st[v-1].is("was", "were", "is", "are", "been") && st[v-2].kind == tWord
		gov, goesOn := goesOnTo(st, v)
		purpose := false
		if st[v-1].is("to") && !goesOn && verb.Lemma == "say" && v > 2 && purposeBefore(d, st, v-2) {
			// "tweeted on Friday to say …", "were more likely to say …";
			// but not "It is too soon to say whether …", "wants to say
			// more".
			purpose = true
		}
		if st[v-1].is("to") && !goesOn && !purpose || negated(st, v, 0) || st[v-1].is("was", "were", "is", "are", "be", "been") && !t.is("quoted") && !progressive ||
			overlapsAny(d.asks, quote.Span{Start: t.start, End: t.end}) { // ("when asked whether …": questions)
			continue
		}
		var p np
		switch {
		case goesOn:
			// "protesters continued to call for …", "went on to say …"
			p, ok = d.subjectBefore(st, gov, 0)
		case purpose:
			if c := causedBefore(st, v-1); c >= 0 {
				// "causing arbitrageurs to say …": the ones caused speak.
				if p, ok = d.npEndingAt(st, v-1, c+1); !ok {
					p, ok = d.shortPhrase(st, c+1, v-1)
				}
			} else {
				p, ok = d.sentenceSubject(st, v)
			}
		case t.is("quoted") && st[v-1].is("was", "were", "is", "are", "been"):
			// "X was quoted", "Banking sources had been quoted": passive.
			p, ok = d.subjectBefore(st, v-1, 0)
			if ok {
				p = d.relativeAntecedent(st, p, 0) // "Erik Hoffmeyer, who was quoted by …"
			}
		case t.is("quoting") && (documentNouns[st[v-1].lower] || mediaNouns[st[v-1].lower]):
			// "a weekend Jakarta report quoting a spokesman as saying"
			p, ok = d.npEndingAt(st, v, 0)
		case progressive:
			// "Trump is telling supporters that …", "Puerto Rico has been
			// warning that …".
			p, ok = d.subjectBefore(st, v-1, 0)
		case ing:
			// "…, saying …", "… — saying …", "by saying …", "aside from
			// saying …": the subject of the sentence speaks.
			b := participleOpener(st, v)
			switch {
			case st[b].is(",", "—", "–", "--", "by", "from") || st[b].kind == tQuote && b > 0 && st[b-1].is(","): // "…''overblown,'' adding that"
				p, ok = d.sentenceSubject(st, v)
			case st[b].is("after", "and") && (strongClause[verb.Lemma] || st[v+1].is("that")):
				// "after initially saying", "and saying that" (but not "…
				// entering the country and threatening the target", "after
				// requesting a total of …": the writer's narration).
				p, ok = d.sentenceSubject(st, v)
			case withBefore(st, b) && st[b].kind == tWord && verb.Lemma == "say": // (not "with the combined company claiming")
				// "…, with 50 percent saying she is prepared": the
				// phrase after "with" speaks.
				p, ok = d.subjectBefore(st, v, 0)
			case documentNouns[st[b].lower] && !(b > 1 && prepositions[st[b-2].lower]): // (not "In a statement announcing the pick, …")
				// "issued a statement saying …": the subject of the verb
				// that issued it, the sentence's, or the document.
				ok = false
				if g := b - 2; g > 0 && determiners[st[b-1].lower] && st[g].kind == tWord && !st[g].isCap() && !prepositions[st[g].lower] {
					p, ok = d.subjectBefore(st, g, 0)
				}
				if !ok {
					p, ok = d.sentenceSubject(st, v)
				}
				if !ok {
					p, ok = d.subjectBefore(st, v, 0)
				}
			default:
				continue
			}
		case st[v-1].is("and", "but") || coordinatedVerb(st, v):
			// "Haftar met Lavrov and said …", "… but has since said …",
			// "…, then says …": the subject of the sentence.
			p, ok = d.sentenceSubject(st, v)
		default:
			p, ok = d.subjectBefore(st, v, 0)
			if !ok {
				p, ok = d.subjectPhrase(st, v)
			}
			if !ok {
				p, ok = d.headedSubject(st, v)
			}
			if !ok {
				p, ok = d.bareSubject(st, v)
			}
			if !ok && v > 2 && st[v-1].is("there", "here") && st[v-2].kind == tWord {
				// "political observers there said": the subject before
				// the place adverb.
				p, ok = d.subjectBefore(st, v-1, 0)
			}
			if v > 3 && (st[0].isCap() || st[1].isCap()) && (!ok || p.lo > 0 && !p.pronoun) {
				// "Roger Hemminghaus, chairman of the company that is to
				// spin off from Diamond Shamrock Corp told Reuters"
				if q, ok2 := d.nameThenTitle(st, 0, v); ok2 && (!ok || p.lo > q.lo) {
					p, ok = q, true
				}
			}
		}
		if !ok {
			continue
		}
		k := afterVerb(st, v, verb)
		var via []Mention
		cue := d.textOf(st, v, k)
		cueEnd := k
		if t.is("quoted", "cited", "quoting") || t.is("reported") && asSayingWithin(st, v) {
			// "Kyodo reported a MITI official as saying …" too.
			// "X was quoted (by Y) as saying (that) …" and "RELAY quoted X
			// as saying …".
			as := -1
			for j := v + 1; j < len(st)-1 && j-v <= 14; j++ {
				if st[j].is("as") && st[j+1].is("saying", "telling", "stating", "having", "warning", "adding", "urging") {
					as = j
					break
				}
			}
			if as < 0 {
				continue
			}
			if st[v-1].is("was", "were", "is", "are", "been") && !t.is("reported") {
				via = append(via, d.quotedOn(st, v, as)...)
				for j := v + 1; j < as; j++ {
					if st[j].is("by") {
						if r, ok := d.mediumAfterBy(st, j+1, as); ok {
							via = append(via, d.relay(r, "quoted")) // "the Irish magazine Business and Finance"
						} else if r, ok := d.npEndingAt(st, as, j+1); ok {
							via = append(via, d.relay(r, "quoted"))
						}
						break
					}
				}
			} else {
				sp, ok := d.npEndingAt(st, as, v+1)
				if !ok && st[as-1].is(",") {
					// "quoted an Iranian soldier, Hamid Dehqani, as saying"
					for j := as - 2; j > v+1; j-- {
						if st[j].is(",") {
							if n, ok2 := d.nameEndingAt(st, as-1, j+1); ok2 && n.lo == j+1 {
								sp, ok = n, true
							}
							break
						}
					}
				}
				if !ok {
					sp, ok = d.nameBeforeApposition(st, v+1, as) // "quoted Yang Jike, vice-governor of Anhui, as saying"
				}
				if ok && sp.lo-1 > v+1 && st[sp.lo-1].is("in", "at", "from") {
					// "quoted a correspondent in the field as saying"
					if q, ok2 := d.npEndingAt(st, sp.lo-1, v+1); ok2 && (speakerNouns[st[q.hi-1].lower] || roleNouns[st[q.hi-1].lower]) {
						sp = q
					}
				}
				if ok && sp.lo > v+1 && sp.hi == as-1 {
					// the apposition's name: accept as it is
				} else if !ok || sp.lo != v+1 && !determiners[st[v+1].lower] && !st[v+1].isCap() {
					if sp, ok = d.shortPhrase(st, v+1, as); !ok {
						continue
					}
				}
				r := p
				if relativePronouns[st[v-1].lower] && v > 1 {
					// "a news report which quoted an official as urging"
					if ante, ok := d.npEndingAt(st, v-1, 0); ok {
						r = ante
					}
				}
				via = append(via, d.relay(r, "quoted"))
				via = append(via, d.relayAppositions(st, r, v)...)
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
		if thatOnly[verb.Lemma] && !(start > 0 && st[start-1].is("that")) && !pronounLike(st[start]) && !d.finiteSoon(st, start+1, 12) {
			// "Clinton maintains a commanding lock", "Kerry continues to
			// pursue diplomacy", "it added reserves through repurchases":
			// these verbs report a clause, which has a verb of its own
			// ("He added producers still expected more").
			continue
		}
		if p.pronoun && relativePronouns[strings.ToLower(p.mention.Text)] {
			// "Sanders, who had said he would debate, criticized …": the
			// relative clause ends at its comma.
			for e := v + 1; e < len(st); e++ {
				if st[e].is(",") {
					if inverted(d, st, e+1) || inverted(d, st, e+2) {
						// "Garin, a pollster who advises the PAC, said his
						// focus groups …": the relative clause is part of
						// the subject of the sentence's own attribution.
						continue verbs
					}
					if e <= start {
						continue verbs
					}
					a := attr{speaker: d.whoAntecedent(st, p), rule: ruleReportedThat, conf: 0.7, cue: cue, via: via}
					a.cueSpan = spanOf(st, v, cueEnd)
					a.evidence = spanOf(st, p.lo, start)
					return a, quote.Span{Start: st[start].start, End: st[e-1].end}, true
				}
			}
		}
		if len(via) == 0 {
			via = d.relaysAround(st, v) // "In an interview with the Globo network, Funaro said …"
		}
		if len(via) == 0 && ing {
			// "“…,” Salomon told Reuters, adding that …": the participle
			// goes out through the main verb's relay.
			for k := v - 1; k >= 0; k-- {
				if vb, ok := d.verbAt(st, k); ok && isSpeechVerb(vb) && !strings.HasSuffix(st[k].lower, "ing") {
					via = d.relaysAfter(st[:v], k)
					break
				}
			}
		}
		a := attr{speaker: d.whoAntecedent(st, p), rule: ruleReportedThat, conf: 0.8, cue: cue, via: via}
		d.subjectRelays(&a, st, v)
		d.leadingQuoting(&a, st, v)
		a.cueSpan = spanOf(st, v, cueEnd)
		a.evidence = spanOf(st, p.lo, start)
		end := clauseEnd(st, start)
		if end <= start {
			continue
		}
		if e, v2 := d.beforeSecondVerb(st, start, end); e < end {
			// The second verb's clause is a quote of its own, by the same
			// speaker.
			verb2, _ := d.verbAt(st, v2)
			if s2, ok := d.clauseStart(st[:end], v2+1, tellVerbs[verb2.Lemma], strongClause[verb2.Lemma]); ok && verb2.Clause {
				a2 := a
				a2.cue, a2.cueSpan = st[v2].text, spanOf(st, v2, v2+1)
				d.addReported(a2, quote.Span{Start: st[s2].start, End: st[end-1].end})
			}
			end = e
		}
		end = d.subordinateEnd(st, start, end)
		if t.is("reported") && len(a.via) == 0 && (p.mention.Kind == Media || p.mention.Kind == Agency || hasPressPerson(st[max(0, p.lo-2):p.hi])) {
			// "Reuter correspondent Subhy Haddad reported from Mosul that
			// political observers there said …": the reporter relays the
			// words of the clause's own speaker. Both are recorded.
			// (Not "CBS reported that Iran had installed missiles and said
			// …": the second verb is the reporter's.)
			if a2, c2, ok := d.verbThenClause(st[start:end]); ok && a2.speaker.lo <= 1 && c2.End <= st[end-1].end &&
				!coordinatedAt(st[start:end], a2.cueSpan.Start) {
				a2.via = append(a2.via, d.relay(p, "reported"))
				d.addReported(a2, c2)
				a.holds = true
			}
		}
		return a, quote.Span{Start: st[start].start, End: st[end-1].end}, true
	}
	return attr{}, quote.Span{}, false
}

// subordinators open a clause that leads into the sentence's own: "When
// Comey said that …, experts understood".
var subordinators = set("when", "as", "while", "after", "before", "although", "though", "if", "because", "since", "once", "until", "whenever")

// subordinateEnd ends the reported clause st[start:end] of an attribution
// in a subordinate clause that opens the sentence ("When Comey said that
// the account had not been “hacked,” experts understood …", "Even as
// Trump claimed that …, one of the prosecutors said …") at the comma after
// which the sentence's own clause begins.
func (d *docState) subordinateEnd(st []token, start, end int) int {
	i := 0
	for i < start && st[i].is("but", "and", "yet", "even", "just", "so") {
		i++
	}
	if i >= start || !subordinators[st[i].lower] {
		return end
	}
	// "said that even in little things, the president was …": the
	// clause opens with an adjunct, which its first comma closes.
	f := st[start]
	intro := prepositions[f.lower] || subordinators[f.lower] || f.is("even", "just", "still") || isAdverb(f)
	depth := 0
	for k := start; k < end-2; k++ {
		t := st[k]
		if t.kind == tQuote {
			depth ^= 1
			if depth == 0 && k > start && st[k-1].is(",") && d.mainClauseAt(st, k+1) && !intro {
				return k + 1
			}
			continue
		}
		if depth == 0 && t.is(",") && d.mainClauseAt(st, k+1) && !intro {
			return k
		}
		if t.is(",") {
			intro = false
		}
	}
	return end
}

// mainClauseAt reports whether a clause with a finite verb opens at st[k]:
// a subject of a few words and a verb ("both private experts and federal
// investigators immediately understood", "Clinton seized upon").
func (d *docState) mainClauseAt(st []token, k int) bool {
	if k >= len(st) || st[k].kind != tWord || st[k].is("and", "or", "but") || trailingClauses[st[k].lower] || strings.HasSuffix(st[k].lower, "ing") {
		return false
	}
	for j := k + 1; j < len(st) && j-k <= 8; j++ {
		t := st[j]
		if t.kind != tWord {
			return false
		}
		if !t.isCap() && (verbLike(d, st, j) || modals[t.lower] || pastForms[t.lower] || strings.HasSuffix(t.lower, "ed")) {
			return true
		}
	}
	return false
}

// goesOnTo reports whether the reporting verb st[v] is the infinitive of a
// verb that carries its subject on ("continued to insist", "went on to
// say", "was quick to point out"), and returns the index of that verb.
func goesOnTo(st []token, v int) (int, bool) {
	if v < 3 || !st[v-1].is("to") {
		return 0, false
	}
	g := v - 2
	if st[g].is("on") && st[g-1].is("went", "goes", "go", "gone") {
		g--
	} else if !st[g].is("continued", "continues", "continue", "began", "begins", "begun", "started", "starts",
		"seemed", "seems", "appeared", "appears", "quick", "proceeded", "tends", "tended", "hastened", "rushed") {
		return 0, false
	}
	if st[g].is("quick") && g > 0 && st[g-1].is("was", "were", "is", "are", "been") {
		g--
	}
	return g, true
}

// participleOpener returns the index of the word that opens the
// participle st[v] ("saying"), back over adverbs: "…, eventually saying",
// "while also saying", "after initially saying".
func participleOpener(st []token, v int) int {
	b := v - 1
	for b > 0 && v-b <= 2 && st[b].kind == tWord && (isAdverb(st[b]) || st[b].is("also", "then", "now", "later", "again")) {
		b--
	}
	return b
}

// withBefore reports whether "with" opens the short phrase that ends at
// st[b]: "with 22 percent", "with three in 10", "with most voters".
func withBefore(st []token, b int) bool {
	for k := b - 1; k >= 0 && b-k <= 5; k-- {
		if st[k].is("with") {
			return true
		}
		if st[k].kind != tWord {
			return false
		}
	}
	return false
}

// purposeBefore reports whether st[w], the word before "to say", ends a
// phrase after which "to say" tells why the subject acted ("tweeted on
// Friday to say", "rushing to TV to say", "more likely to say"): a word
// that is no verb, pronoun or impersonal adjective ("wants to say", "it is
// too soon to say").
func purposeBefore(d *docState, st []token, w int) bool {
	t := st[w]
	return t.kind == tWord && !impersonalTo[t.lower] && !subjectPronouns[t.lower] && !t.is("and", "or") &&
		!verbLike(d, st, w) && !strings.HasSuffix(t.lower, "ed")
}

// causedBefore returns the index of the verb that makes the phrase before
// the "to" at st[to] speak ("causing arbitrageurs to say", "prompting
// some analysts to say"), or -1.
func causedBefore(st []token, to int) int {
	for c := to - 2; c >= 0 && to-c <= 5; c-- {
		if st[c].kind != tWord {
			return -1
		}
		if st[c].is("causing", "caused", "prompting", "prompted", "leading", "led", "forcing", "forced", "allowing", "encouraging", "pushing") {
			return c
		}
	}
	return -1
}

// impersonalTo are the words of "it is too soon to say", "it is fair to
// say": nobody says anything.
var impersonalTo = set("soon", "fair", "safe", "hard", "easy", "early", "difficult", "impossible", "enough",
	"possible", "premature", "accurate", "wrong", "right", "needless", "tough", "sad", "honest", "suffice",
	"misconception", "mistake", "exaggeration", "overstatement", "understatement", "stretch", "misleading", "unfair")

// coordinatedVerb reports whether the reporting verb st[v] follows "and"
// or "but" over auxiliaries and adverbs ("and has said", "but has since
// said", "and then told"), or a comma and "then" ("…, then says"): the
// second verb of the sentence's subject.
func coordinatedVerb(st []token, v int) bool {
	c := v - 1
	for c > 0 && v-c <= 3 && st[c].kind == tWord && (coordAux[st[c].lower] || isAdverb(st[c])) {
		c--
	}
	if c == v-1 || c < 1 {
		return false
	}
	return st[c].is("and", "but") || st[c].is(",") && st[c+1].is("then")
}

// coordAux stand between "and" and a second verb of the same subject: "and
// has since said", "but then told".
var coordAux = set("has", "have", "had", "then", "also", "since", "later", "again", "now", "repeatedly",
	"previously", "publicly", "privately", "would", "will", "eventually", "finally")

// coordinatedAt reports whether the token of toks that starts at pos
// follows "and" or "but".
func coordinatedAt(toks []token, pos int) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].start == pos {
			return toks[k-1].is("and", "but")
		}
	}
	return false
}

// hasPressPerson reports whether toks hold a word for the people of the
// press ("Reuter correspondent Subhy Haddad").
func hasPressPerson(toks []token) bool {
	for _, t := range toks {
		if pressPeople[t.lower] {
			return true
		}
	}
	return false
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
	case t.isCap() && !determiners[t.lower]: // ("told The Herald": the determiner's case below)
		for n := min(len(st), k+4); n > k; n-- {
			if _, ok := d.outlet(d.textOf(st, k, n)); ok && n < len(st) && st[n].isCap() && allCaps(st[k:n]) &&
				!mediaNouns[strings.TrimSuffix(st[n].lower, "'s")] && !st[n].is("news") { // (but "told NBC Television's …", "told NBC News")
				return n // "told Reuters IBC President Jorio Dauster has …"
			}
		}
		for k < len(st) && (st[k].isCap() || nameParticles[st[k].lower] || st[k].is("of") && k+1 < len(st) && st[k+1].isCap()) {
			k++ // ("The Star-Ledger of Newark")
		}
		if k < len(st) && audienceWords[st[k].lower] && !st[k].is("the") {
			k++ // "telling Japanese reporters"
		}
		for k < len(st) && (mediaNouns[st[k].lower] || pressPeople[st[k].lower]) {
			k++ // "told Bild newspaper", "told Radio Monte Carlo interviewers"
		}
		if k < len(st) && st[k].kind == tQuote && strings.HasSuffix(st[k-1].lower, "'s") {
			// "told NBC Television's “Meet the Press” that": the
			// programme's title.
			for j := k + 1; j < len(st) && j-k <= 8; j++ {
				if st[j].kind == tQuote {
					return j + 1
				}
			}
		}
		return k
	case determiners[t.lower]:
		j := k + 1
		for j < len(st) && j-k <= 6 && st[j].kind == tWord && !st[j].is("that") &&
			(!prepositions[st[j].lower] || st[j].is("of") && j+1 < len(st) && st[j+1].isCap()) { // "told the official Times of Zambia newspaper"
			j++
			if st[j-1].isCap() && j+1 < len(st) && st[j].is("of") && st[j+1].isCap() || st[j-1].isCap() && j < len(st) && (mediaNouns[st[j].lower] || st[j].is("news")) {
				continue // "the official Times of Zambia newspaper"
			}
			if (st[j-1].isCap() || mediaNouns[st[j-1].lower]) && j < len(st) && pressPeople[st[j].lower] {
				return j + 1 // "a Radio Monte Carlo interviewer", "a radio interviewer"
			}
			nameGoesOn := j < len(st) && (st[j].isCap() || mediaNouns[st[j].lower] && (mediaNouns[st[j-1].lower] || st[j-1].is("news")) ||
				st[j-1].isCap() && st[j].is("and", "&") && j+1 < len(st) && st[j+1].isCap() || // "the Securities and Exchange Commission"
				nameParticles[st[j].lower] && j+1 < len(st) && st[j+1].isCap()) // "the Radio del Plata" // "the official Times …", "the Iraqi news agency INA"
			if (speakerNouns[st[j-1].lower] || audienceWords[st[j-1].lower] || mediaNouns[st[j-1].lower]) && !nameGoesOn || st[j-1].isCap() && !nameGoesOn {
				if st[j-1].isCap() && j+1 < len(st) && st[j+1].is("that") && st[j].kind == tWord && !subjectPronouns[st[j].lower] {
					return j + 1 // "told a High Court hearing that"
				}
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
		strings.HasSuffix(first.lower, "ly") || (determiners[first.lower] || roleNouns[first.lower]) && tell { // ("told Reuters general manager Michael Nelson that")
		plain := tell // no comma, "to" or verb of speech yet
		for j := k; j < len(st)-1 && j-k <= 12; j++ {
			t := st[j]
			if v, ok := d.verbAt(st, j); t.is(",", "to") || ok && isSpeechVerb(v) && !t.isCap() {
				plain = false // ("told reporters on Saturday U.S. officials told him …")
			}
			if j-k > 8 && (!plain || t.is("that") && verbLike(d, st, j+1)) && !(j-k <= 11 && t.is("that") && adjunctOnly(d, st[k:j])) {
				// Further only after an addressee, in one adjunct: "told
				// Bild newspaper in an interview released ahead of
				// publication on Tuesday that"; but not "the episode that
				// has …".
				break
			}
			if t.is("that") {
				return j + 1, true
			}
			if t.kind == tQuote || t.is(".", ";", ":", "?", "!") || j > k && t.is("is", "are", "was", "were", "has", "have", "had", "will", "would") ||
				j > k && t.is("if", "whether") ||
				j > k && t.is("he", "she", "they", "we", "i") && !prepositions[st[j-1].lower] && !st[j-1].is("when", "while", "because", "if", "once", "although") {
				// ("told CNN host Chris Cuomo she believed that …"; but "told
				// The Huffington Post before he spoke that …")
				// "said Thursday his biggest worry is that …": the
				// clause began before its own "that".
				break
			}
		}
	}
	// "said in a statement Thursday night they pulled …": an adjunct, then
	// a clause that opens with a subject pronoun.
	if prepositions[first.lower] && !first.is("that", "to", "of", "as", "like", "than") && say {
		for j := k + 1; j < len(st)-2 && j-k <= 8; j++ {
			t := st[j]
			if t.is(",") && j > k+1 && pronounLike(st[j+1]) && verbWithin(d, st, j+2, 3) {
				return j + 1, true // "says despite being a Stanford alumna, she plans …"
			}
			if t.kind != tWord || t.is("that") {
				break
			}
			if j > k+1 && pronounLike(t) && !prepositions[st[j-1].lower] {
				return j, true
			}
			if j > k+2 && t.is("the", "a", "an") && !prepositions[st[j-1].lower] && !determiners[st[j-1].lower] && verbWithin(d, st, j+1, 3) {
				return j, true // "told the paper in an interview the government was …"
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
	if t.is("<") {
		// "told Reuters <Cassa di Risparmio di Calabria - Carical>
		// president Francesco Sapio and five managers were arrested": a
		// company's name in the wire's tags opens the clause.
		for j := k + 1; j < len(st) && j-k <= 14 && !st[j].is(".", "<") && st[j].kind != tQuote; j++ {
			if st[j].is(">") {
				return k, true
			}
		}
	}
	if t.kind != tWord || t.is("quoting", "citing") {
		return 0, false // ("the office said quoting customs figures": the source)
	}
	if t.is("about", "around", "nearly", "almost", "roughly", "over", "under", "virtually", "practically") && k+1 < len(st) &&
		(isDigit(st[k+1].text) || st[k+1].is("half", "a", "one", "two", "three", "four", "five", "ten", "twice", "every", "all", "each", "no", "everyone", "everything", "nobody", "nothing")) {
		return k, true // "said about half of the adjustment reflected …"
	}
	if t.is("at") && k+2 < len(st) && st[k+1].is("least", "most") && (isDigit(st[k+2].text) || numberWords[st[k+2].lower] || st[k+2].is("six", "seven", "eight", "nine", "a", "some")) {
		return k, true // "CNN reported at least six skywriting planes filled the skies"
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

// adjunctOnly reports whether toks, the words between a reporting verb
// and its "that", are adjuncts without a verb of their own: "said in an
// interview with The Associated Press last week that", "says at a campaign
// stop in Toledo, Ohio, that".
func adjunctOnly(d *docState, toks []token) bool {
	if len(toks) == 0 || !prepositions[toks[0].lower] || toks[0].is("to") {
		return false // ("agreed to support a bill when it became apparent that": an infinitive)
	}
	for k, t := range toks {
		if t.kind != tWord && !t.is(",") || t.kind == tWord && !t.isCap() && verbLike(d, toks, k) ||
			subjectPronouns[t.lower] || t.is("when", "if", "because", "while", "after", "before", "until", "since") {
			return false
		}
	}
	return true
}

// pronounLike reports whether t is a subject pronoun that opens a clause,
// contracted or not: "he", "he's", "they’re", "there".
func pronounLike(t token) bool {
	w := t.lower
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	switch w {
	case "he", "she", "they", "we", "i", "there", "it":
		return w != "it" || w != t.lower // "it's", not "it"
	}
	return false
}

func isDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// relativePronouns head relative clauses, not attributions of their own.
var relativePronouns = set("who", "which", "that", "whom")

// timeWords can follow a reporting verb as adjuncts ("he said Tuesday").
var timeWords = set("today", "yesterday", "tonight", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "recently", "earlier", "later", "last",
	"this", "late", "early", "afterward", "afterwards", "again", "then", "too", "also",
	"privately", "publicly", "repeatedly", "previously", "separately", "flatly", "simply")

func hasToken(toks []token, s string) bool {
	for _, t := range toks {
		if t.is(s) {
			return true
		}
	}
	return false
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
	if v > 2 && st[0].is("but", "and", "yet") {
		lo = 1 // "But Zagreb papers said"
	}
	if st[0].is("if", "when", "while", "although", "though", "as", "because", "after", "before", "since", "unless", "once") || prepositions[st[0].lower] {
		// "If it doesn't slow down, forecasters say …": the subject
		// follows the introduction's comma.
		for k := v - 1; k > 1; k-- {
			if st[k].is(",") {
				lo = k + 1
				break
			}
		}
		verb, _ := d.verbAt(st, v)
		if lo > 0 && v-lo <= 3 && strongClause[verb.Lemma] && !st[lo].isCap() && !determiners[st[lo].lower] && !subjectPronouns[st[lo].lower] &&
			(strings.HasSuffix(st[v-1].lower, "s") || st[v-1].is("many", "most", "some", "others")) && allWords(st[lo:v]) && !verbLike(d, st, v-1) {
			// a bare plural: "forecasters say", "many said"
			p := np{lo: lo, hi: v, generic: true}
			p.mention = Mention{Span: spanOf(st, lo, v), Text: d.textOf(st, lo, v), Kind: Group}
			return p, true
		}
		return np{}, false
	}
	if v-lo > 12 || v-lo < 2 {
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

// bareSubject reads a short subject of "say" after a conjunction or a
// comma inside the sentence: "although history says there can be …", "But
// hacking specialists say …", "…, but 55 percent of all voters say …".
func (d *docState) bareSubject(st []token, v int) (np, bool) {
	if d.lemmaAt(st, v) != "say" {
		return np{}, false
	}
	lo := -1
	for k := v - 1; k >= 0 && v-k <= 7; k-- {
		if st[k].is(",", ";", "but", "although", "though", "while", "because", "and", "so", "yet", "whereas") && !(st[k].is("but") && k > 0 && st[k-1].is("all", "everyone", "everybody")) {
			lo = k + 1 // (but "all but two said": one phrase)
			break
		}
	}
	if lo < 0 && v <= 6 {
		lo = 0
	}
	if lo < 0 || v-lo < 1 || v-lo > 6 {
		return np{}, false
	}
	for k := lo; k < v; k++ {
		t := st[k]
		if t.kind != tWord && !t.is("%") || subjectPronouns[t.lower] || relativePronouns[t.lower] || prepositions[t.lower] && k == lo && !atLeast(st, k) ||
			t.is("and", "or") && (k == lo || k == v-1) || t.is("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do") ||
			d.speechVerbAt(st, k) && !strings.HasSuffix(t.lower, "ing") {
			return np{}, false
		}
	}
	head := st[v-1]
	if !(head.isCap() || head.is("%", "history", "data", "research", "evidence") || !head.isCap() && strings.HasSuffix(head.lower, "s") && len(head.lower) > 3 ||
		quantityHead(st, lo, v)) {
		return np{}, false
	}
	p := np{lo: lo, hi: v, generic: !head.isCap()}
	p.mention = Mention{Span: spanOf(st, lo, v), Text: d.textOf(st, lo, v), Kind: Group}
	return p, true
}

// atLeast reports whether st[k] opens "at least" or "at most" before a
// number: "at least 21,000 said".
func atLeast(st []token, k int) bool {
	return st[k].is("at") && k+1 < len(st) && st[k+1].is("least", "most")
}

// quantityHead reports whether the phrase st[lo:v] before a verb of saying
// is a quantity of the people the sentence counts: "most", "all but two",
// "at least 21,000", "nearly half".
func quantityHead(st []token, lo, v int) bool {
	head := st[v-1]
	if !(isDigit(head.text) || numberWords[head.lower] && !head.is("a") || head.is("all", "many", "some", "others", "few", "several", "both")) {
		return false
	}
	for k := lo; k < v-1; k++ {
		if !(st[k].is("at", "least", "more", "than", "nearly", "almost", "about", "all", "but", "only", "just", "roughly") || isDigit(st[k].text)) {
			return false
		}
	}
	return true
}

// headedSubject reads a subject that opens the sentence with a head noun
// and a modifier that may hold verbs of its own: "A person familiar with
// the planning says", "Democrats trying to regain control of the Senate
// say", "Hawkins and others who want to ban abortion said".
func (d *docState) headedSubject(st []token, v int) (np, bool) {
	if v < 3 || v > 16 || !strongClause[d.lemmaAt(st, v)] {
		return np{}, false
	}
	// The head: a few words, ending in a speaker noun or a name.
	lo := 0
	if st[0].is("but", "and", "yet", "so") {
		lo = 1
	}
	if st[lo].kind != tWord || strings.HasSuffix(st[lo].lower, "ing") || nonNames[st[lo].lower] && !determiners[st[lo].lower] {
		return np{}, false // "Joining Rubio in the group …", "He's suggesting …"
	}
	h := lo
	for h < v && h-lo < 5 && st[h].kind == tWord && !st[h].is("who", "that", "with", "familiar", "close", "of", "in", "from", "at") &&
		!(h > 0 && strings.HasSuffix(st[h].lower, "ing")) {
		h++
	}
	if h == lo || h >= v-1 {
		return np{}, false
	}
	for k := lo; k < h; k++ {
		if pronounLike(st[k]) || subjectPronouns[st[k].lower] {
			return np{}, false
		}
	}
	head := st[h-1]
	named := nameWords(st[lo:h])
	if !(speakerNouns[head.lower] || groupNouns[head.lower] || anonymousHeads[head.lower] || head.is("others", "person", "people") || named) {
		return np{}, false
	}
	m := st[h]
	if !(m.is("who", "that", "with", "familiar", "close", "in", "from", "at", "involved", "working") || strings.HasSuffix(m.lower, "ing") && !m.isCap()) {
		return np{}, false
	}
	// The modifier: words only, no second reporting verb.
	for k := h; k < v; k++ {
		if st[k].kind != tWord && !st[k].is("'s", "’s", "-") {
			return np{}, false
		}
		if k > h && d.speechVerbAt(st, k) && !strings.HasSuffix(st[k].lower, "ing") {
			return np{}, false
		}
	}
	p := np{lo: lo, hi: v, generic: !named}
	p.mention = Mention{Span: spanOf(st, lo, h), Text: d.textOf(st, lo, h), Kind: Group}
	if named {
		p.mention.Kind = Person
	} else if anonymousHeads[head.lower] || st[lo].is("a", "an", "one") {
		p.anonymous = true
		p.mention.Kind = Anonymous
	}
	return p, true
}

// lemmaAt returns the lemma of the verb at st[k], or "".
func (d *docState) lemmaAt(st []token, k int) string {
	if v, ok := d.verbAt(st, k); ok {
		return v.Lemma
	}
	return ""
}

// speechVerbAt reports whether st[k] is a reporting verb.
func (d *docState) speechVerbAt(st []token, k int) bool {
	if k < 0 || k >= len(st) || st[k].kind != tWord {
		return false
	}
	v, ok := d.verbAt(st, k)
	return ok && isSpeechVerb(v)
}

// allWords reports whether toks are all words, in lower case.
func allWords(toks []token) bool {
	for _, t := range toks {
		if t.kind != tWord || t.isCap() {
			return false
		}
	}
	return true
}

// finiteSoon reports whether a finite verb comes within n words from st[k]:
// an auxiliary, or a verb of the lexicon in the past or present tense.
func (d *docState) finiteSoon(st []token, k, n int) bool {
	for j := k; j < len(st) && j-k < n; j++ {
		t := st[j]
		if t.kind != tWord {
			if t.is(",", ";", ":") {
				return false
			}
			continue
		}
		if t.is("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do",
			"must", "should", "may", "might", "shall") {
			return true
		}
		if _, ok := d.verbAt(st, j); ok && !t.isCap() && !strings.HasSuffix(t.lower, "ing") {
			return true
		}
		if j > k && !t.isCap() && strings.HasSuffix(t.lower, "ed") && st[j-1].kind == tWord && !determiners[st[j-1].lower] && !prepositions[st[j-1].lower] {
			return true // "conditions in the capital market remained"
		}
	}
	return false
}

// thatOnly verbs have other senses that take an object; they report a
// clause only after "that" or with a pronoun subject ("maintained that",
// "continued he was …").
var thatOnly = set("maintain", "continue", "reflect", "underline", "signal", "state", "add", "accept", "charge", "highlight")

// strongClause verbs are followed by a reported clause far more often than
// by anything else, so that any word but a preposition may open it ("says
// long lines kept many from voting").
var strongClause = set("say", "tell", "claim", "insist", "argue", "contend", "assert",
	"maintain", "warn", "add", "predict", "acknowledge", "admit", "concede", "declare",
	"state", "allege", "report")

// trailingClauses open a clause that comments on the reported one rather
// than belonging to it: "…, which he described as …", "…, adding that …".
// A contrast ("…, but …", "…, even though …", "…, when …") usually stays
// part of what was reported.
var trailingClauses = set("which", "who", "whom", "whose", "where", "while",
	"whereas", "adding", "saying", "according", "noting",
	"arguing", "citing", "referring", "telling", "prompting",
	"sparking", "drawing", "pointing", "insisting", "warning", "urging", "accusing", "compared",
	"despite", "putting", "leaving", "meaning", "given", "raising", "signaling", "signalling")

// relativeClauseEnd returns the index of the comma that closes the
// relative clause opening at toks[r] when the sentence goes on after it
// with a verb ("…, which had been talked down, would damage …") or a
// clause ("…, which broke a drought, plantations have not …"), else 0.
func relativeClauseEnd(d *docState, toks []token, r int) int {
	for e := r + 2; e+2 < len(toks) && e-r <= 20; e++ {
		t := toks[e]
		if t.kind == tQuote || t.is(";", ".", "—", "–", "--", ":") || t.kind == tWord && !t.isCap() && isSpeechVerbToken(d, toks, e) && !toks[e-1].is("was", "were", "is", "are", "been", "be") {
			return 0 // (nor "…, which he said were at his side, …": an attribution of its own)
		}
		if !t.is(",") {
			continue
		}
		n := toks[e+1]
		if n.kind != tWord || trailingClauses[n.lower] || n.is("and", "but", "or") || strings.HasSuffix(n.lower, "ing") {
			return 0
		}
		for j := e + 1; j < len(toks) && j-e <= 4 && toks[j].kind == tWord; j++ {
			if (verbLike(d, toks, j) || modals[toks[j].lower]) && !toks[j].isCap() && !strings.HasSuffix(toks[j].lower, "ing") {
				if isSpeechVerbToken(d, toks, j) {
					return 0 // "…, which …, a source said": an attribution follows
				}
				return e
			}
		}
		// No verb yet: a list inside the relative clause ("which will
		// include oilseeds, grains and dairy products, would be worth");
		// its end is further on.
	}
	return 0
}

// isSpeechVerbToken reports whether toks[j] is a verb of speech that
// takes a clause ("said", not "talked").
func isSpeechVerbToken(d *docState, toks []token, j int) bool {
	v, ok := d.verbAt(toks, j)
	return ok && isSpeechVerb(v) && v.Clause
}

// summingUp reports whether toks[k:] is a noun phrase that comments on the
// clause before it: "a swipe at …", "a reference to …", "a message that
// …", "one that …", "something that …".
func summingUp(toks []token, k int) bool {
	if k+2 >= len(toks) {
		return false
	}
	if toks[k].is("one", "something") && toks[k+1].is("that", "which") {
		return true
	}
	if !toks[k].is("a", "an") {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+3; j++ {
		if toks[j].kind != tWord {
			return false
		}
		if toks[j].is("at", "to", "that", "which", "aimed", "meant", "designed", "intended") {
			return true
		}
	}
	return false
}

// cutTrailing ends a reported clause before a comma or dash that opens a
// trailing clause ("…, adding that …").
func (d *docState) cutTrailing(c quote.Span) quote.Span {
	toks := d.tokens(c.Start, c.End)
	depth := 0
	for k := 1; k+1 < len(toks); k++ {
		t := toks[k]
		if t.kind == tQuote {
			if depth == 1 && toks[k-1].is(",") && (trailingClauses[toks[k+1].lower] || participle(toks[k+1])) {
				// called China “provocative,” accusing it of …
				c.End = t.end
				break
			}
			if depth == 1 && toks[k-1].is(",") && toks[k+1].is("but", "and") && k+3 < len(toks) && pronounLike(toks[k+2]) && toks[k+3].kind == tWord {
				// are “non-entities in the Senate,” but he gave the Texan
				// a compliment: the writer's words again.
				c.End = t.end
				break
			}
			if depth == 1 && k >= 3 && d.writerAfterMark(toks, k+1) {
				// called him a “nice guy” and praised his record, called
				// the plan “a disaster” — a charge …: the writer's words.
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
		if t.is(",") && k >= 3 && fragmentBefore(toks, k) && (next.is("and", "but") && d.writerAfterMark(toks, k) ||
			participle(next) || isAdverb(next) && k+2 < len(toks) && participle(toks[k+2])) {
			// declared a “moral equivalent of war” on oil imports, and
			// telling Americans …; a “personal insult” if they stayed
			// home, implicitly putting …: the speaker's next act.
			c.End = toks[k-1].end
			break
		}
		if t.is("—", "–", "-", "--") && k >= 3 && fragmentBefore(toks, k) && d.writerAfterMark(toks, k) &&
			!(next.is("and", "but", "although", "though") && k+2 < len(toks) && !pronounLike(toks[k+2])) { // ("— and froze in place": the subject's)
			// said he was “encouraged” by the plan — a modest boost for
			// …: the writer's words after the speaker's.
			c.End = toks[k-1].end
			break
		}
		if t.is(",") && (relativePronouns[next.lower] || next.is("whose")) && k > 1 {
			if e := relativeClauseEnd(d, toks, k+1); e > 0 {
				// "the lower dollar, which had been talked down by U.S.
				// officials, would damage exports": the relative clause
				// is inside the reported one, which goes on.
				k = e
				continue
			}
		}
		if t.is(",") && next.is("while", "though", "although", "if", "when") {
			if e := parentheticalEnd(d, toks, k+1); e > 0 {
				// "the email scandal, while troublesome, was dealt with":
				// an aside inside the clause, which goes on.
				k = e
				continue
			}
		}
		if t.is(",", "—", "–", "--") && trailingClauses[next.lower] &&
			!(relativePronouns[next.lower] && hasQuote(toks[k+1:])) { // "…, which “will help elect …”" is the speaker's too
			c.End = toks[k-1].end
			break
		}
		if t.is(",", "—", "–", "--") && k >= 3 && summingUp(toks, k+1) {
			// "…, a swipe at the disturbances at Trump's rallies", "— a
			// message that has not been heeded": the writer's comment on
			// what was said.
			c.End = toks[k-1].end
			break
		}
		if t.is("and", "but", "while", "as") && k >= 3 && !toks[k-1].is(",") && verbSoon(toks, k+1) && d.attributionAt(toks, k+1) {
			// "… into the committee's computers and she accused Trump of
			// …": another speaker's words.
			c.End = toks[k-1].end
			break
		}
		if t.is(",", "—", "–", "--") && verbSoon(toks, k+1) && (next.is("but", "and", "though", "although", "while", "yet", "whereas") && d.attributionAt(toks, k+2) || d.attributionAt(toks, k+1)) {
			// "…, but he suggested …", "…, even some allies questioned
			// …": another attribution begins.
			c.End = toks[k-1].end
			break
		}

	}
	return c
}

// participle reports whether t is a present participle that may open a
// trailing clause ("…,” claiming that …", "…,” citing …"), not a
// preposition such as "during" or a noun such as "something".
func participle(t token) bool {
	return t.kind == tWord && !t.isCap() && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") &&
		!strings.HasSuffix(t.lower, "thing") && !prepositions[t.lower] && !t.is("including", "regarding", "concerning", "following", "according")
}

// fragmentBefore reports whether a quoted fragment closes before toks[k].
func fragmentBefore(toks []token, k int) bool {
	n := 0
	for _, t := range toks[:k] {
		if t.kind == tQuote {
			n++
		}
	}
	return n >= 2 && n%2 == 0
}

// writerAfterMark reports whether the words toks[k:] right after the
// closing mark of a quoted fragment are the writer's rather than the
// reported clause's: a dash ("“a disaster” — a charge the aide denied"), or
// "and" or "but" joining the speaker's next verb ("“a nice guy” and praised
// his record", "“on paper” but suggesting …").
func (d *docState) writerAfterMark(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	if toks[k].is("—", "–", "-", "--") {
		for _, t := range toks[k+1:] {
			if t.is("—", "–", "-", "--") {
				return false // "“…” — itself a rebuttal — was …": an aside
			}
		}
		return true
	}
	if toks[k].is(",") && k+2 < len(toks) {
		k++
	}
	if !toks[k].is("and", "but") {
		return false
	}
	k++
	if toks[k].is("then", "also", "later") || isAdverb(toks[k]) {
		k++
	}
	if k >= len(toks) || toks[k].kind != tWord || toks[k].isCap() {
		return false
	}
	w := toks[k].lower
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing") || pastForms[w] || isSpeechVerbToken(d, toks, k)
}

// parentheticalEnd returns the index of the comma that closes a short aside
// opening at toks[r] ("while troublesome", "if elected") when a verb follows
// it, else 0.
func parentheticalEnd(d *docState, toks []token, r int) int {
	for e := r + 1; e+1 < len(toks) && e-r <= 5; e++ {
		t := toks[e]
		if t.kind != tWord && !t.is(",") {
			return 0
		}
		if t.is(",") {
			n := toks[e+1]
			if n.kind == tWord && !n.isCap() && !strings.HasSuffix(n.lower, "ing") && verbLike(d, toks, e+1) && !isSpeechVerbToken(d, toks, e+1) {
				return e
			}
			return 0
		}
	}
	return 0
}

// shortPhrase takes the words [lo, v) before a verb as its subject when they
// are few and all words.
func (d *docState) shortPhrase(st []token, lo, v int) (np, bool) {
	if v-lo < 1 || v-lo > 6 || prepositions[st[lo].lower] {
		return np{}, false
	}
	for k := lo; k < v; k++ {
		// "foreign bankers and diplomats told Reuters": "and" may join two
		// nouns of the subject, but not end it or open a clause.
		if st[k].kind != tWord || relativePronouns[st[k].lower] || st[k].is("but", "or") ||
			st[k].is("and") && (k == lo || k == v-1) || verbLike(d, st, k) {
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

// beforeSecondVerb ends the speaker's reported clause st[start:end] before
// "and" or "but" that joins a second reporting verb of the speaker's ("X
// said A and noted that B"), outside quoted fragments.
func (d *docState) beforeSecondVerb(st []token, start, end int) (int, int) {
	depth := 0
	for k := start + 1; k < end-1; k++ {
		t := st[k]
		if t.kind == tQuote {
			depth ^= 1
			continue
		}
		if depth != 0 || !t.is("and", "but") {
			continue
		}
		if v, ok := d.secondVerb(st[:end], k+1); ok {
			if st[k-1].is(",", "—", "–", "--") && k-1 > start {
				return k - 1, v
			}
			return k, v
		}
	}
	return end, end
}

// secondVerb reports whether a reporting verb of the speaker's own opens
// toks[k:], after "and" or "but": "said A and noted that B", "but said he
// questioned", "and later tweeted".
func (d *docState) secondVerb(toks []token, k int) (int, bool) {
	if k < len(toks) && (toks[k].is("also", "then", "later", "still") || strings.HasSuffix(toks[k].lower, "ly")) {
		k++
	}
	if k >= len(toks)-1 || toks[k].kind != tWord || toks[k].isCap() || strings.HasSuffix(toks[k].lower, "ing") {
		return k, false
	}
	verb, ok := d.verbAt(toks, k)
	if !ok || !isSpeechVerb(verb) {
		return k, false
	}
	// The verb opens a clause or takes an object ("and noted that", "but
	// said he", "and warned of"), unlike "and state law" or "and speak at
	// his rallies".
	n := toks[k+1]
	return k, n.is("that") || n.is("of", "about") && strings.Contains(verb.Lemma, " ") || subjectPronouns[n.lower] && !n.is("who", "one") ||
		determiners[n.lower] && !n.is("that") || (tellVerbs[verb.Lemma] || objectVerbs[verb.Lemma]) && (objectPronouns[n.lower] || n.isCap()) // "and warned North Korea to refrain"
}

// attributionAt reports whether toks[k:] opens with a subject and a
// reporting verb of its own ("he suggested", "Mrs. Fiorina said").
func (d *docState) attributionAt(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	// "…, and three-quarters said", "…, but 55 percent of all voters say":
	// a share of those polled may be a longer subject.
	share := isDigit(toks[k].text) || numberWords[toks[k].lower] || toks[k].is("more", "less", "nearly", "about", "almost", "roughly", "two-thirds", "three-quarters", "one-third")
	for v := k + 1; v < len(toks) && (v-k <= 4 || share && v-k <= 8); v++ {
		t := toks[v]
		if t.kind != tWord && !(share && t.is("%")) {
			return false
		}
		if verb, ok := d.verbAt(toks, v); ok && isSpeechVerb(verb) && !t.isCap() && !strings.HasSuffix(t.lower, "ing") {
			if share && verb.Lemma == "say" {
				return true
			}
			p, ok := d.subjectBefore(toks, v, k)
			return ok && p.lo == k
		}
	}
	return false
}

// anyVerb reports whether any of toks has a reporting-verb reading, so that
// the frames are worth running on them.
func (d *docState) anyVerb(toks []token) bool {
	for _, t := range toks {
		if t.verb != 0 {
			return true
		}
	}
	return false
}

// anySpeechVerb reports whether any of toks, in lower case, has a
// reporting-verb reading.
func (d *docState) anySpeechVerb(toks []token) bool {
	for _, t := range toks {
		if t.verb != 0 && !t.isCap() && isSpeechVerb(d.verbs[t.verb-1]) {
			return true
		}
	}
	return false
}

// asSayingWithin reports whether "as saying" follows the verb at st[v]
// within a few words.
func asSayingWithin(st []token, v int) bool {
	for j := v + 1; j < len(st)-1 && j-v <= 14; j++ {
		if st[j].is("as") && st[j+1].is("saying") {
			return true
		}
	}
	return false
}

// verbWithin reports whether a word that looks like a verb comes within n
// words from st[k].
func verbWithin(d *docState, st []token, k, n int) bool {
	for j := k; j < len(st) && j-k < n; j++ {
		if st[j].kind != tWord {
			return false
		}
		if verbLike(d, st, j) && !st[j].isCap() {
			return true
		}
	}
	return false
}

// leadingQuoting reads a source named before the subject: "Quoting
// negotiation documents, Business Day said …" gives the documents as the
// source and the paper as their relay.
func (d *docState) leadingQuoting(a *attr, st []token, v int) {
	if len(st) < 4 || !st[0].is("quoting", "citing") || a.speaker.lo == 0 {
		return
	}
	h := 1
	for h < a.speaker.lo && st[h].kind == tWord && !prepositions[st[h].lower] && !st[h].is("to", "that", "which", "who") {
		h++
	}
	if h == 1 || h-1 > 6 || !sourceHead(st[h-1]) {
		return
	}
	src := np{lo: 1, hi: h, generic: true}
	src.mention = Mention{Span: spanOf(st, 1, h), Text: d.textOf(st, 1, h), Kind: Group}
	if documentNouns[strings.TrimSuffix(st[h-1].lower, "s")] || documentNouns[st[h-1].lower] {
		src.mention.Kind = Document
		if k := a.speaker.mention.Kind; st[0].is("citing") && k != Media && k != Agency && k != Document {
			// "Citing the filing, Citicorp said": who cites a document
			// speaks for itself, with the document as evidence; an outlet
			// that cites one, or anyone "quoting" one, passes its words on.
			return
		}
	}
	a.via = append([]Mention{d.relay(a.speaker, "quoted")}, a.via...)
	a.speaker = src
}

// verbSoon reports whether a word with a verb reading comes within the
// five tokens from toks[k]: a cheap test before looking for an
// attribution there.
func verbSoon(toks []token, k int) bool {
	n := 6
	if k+1 < len(toks) && (isDigit(toks[k+1].text) || numberWords[toks[k+1].lower]) {
		n = 9 // "…, but 55 percent of all voters say"
	}
	for j := k; j < len(toks) && j-k < n; j++ {
		if toks[j].verb != 0 {
			return true
		}
	}
	return false
}
