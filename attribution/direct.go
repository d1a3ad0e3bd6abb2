package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/quote"
)

// attr is what a sieve found for one quotation.
type attr struct {
	speaker  np
	via      []Mention
	cue      string
	cueSpan  quote.Span
	evidence quote.Span
	rule     string
	conf     float64
	// holds is set when the quote holds another reported quote, the
	// words an outlet relays ("X told a hearing that …, the agency
	// reported"), so that both are kept.
	holds bool
}

// The sieves, in the order they are tried, with their confidence.
const (
	ruleRelayQuoted   = "relay-quoted-as-saying"     // the TASS news agency quoted Haftar as saying
	ruleVerbSpeaker   = "quote-verb-speaker"         // “…,” said Hugh Hill
	ruleSpeakerVerb   = "quote-speaker-verb"         // “…,” Haftar told reporters
	ruleLeadIn        = "speaker-verb-quote"         // Haftar told reporters: “…”
	ruleContinuation  = "continuation"               // a later paragraph or segment of the same quote
	ruleSameSpeaker   = "run-of-quotes"              // an unattributed quote right after an attributed one
	ruleLeadInPara    = "lead-in-paragraph"          // Haftar told reporters:¶“…”
	ruleAccordingTo   = "according-to"               // according to X, …
	ruleReportedThat  = "speaker-verb-clause"        // X said (that) …
	ruleClauseVerb    = "clause-speaker-verb"        // …, X said.
	ruleVerbFragment  = "speaker-verb-fragment"      // X called the plan “a disaster”
	ruleParagraph     = "paragraph-speaker"          // X said so on Monday. “…”
	ruleAsSaid        = "as-speaker-verb"            // As X noted, …
	ruleMidClause     = "clause-speaker-verb-clause" // …, X said, …
	ruleVerbObject    = "speaker-verb-object"        // X called him an opportunist
	ruleDeclinedAsked = "declined-or-asked"          // X declined to comment on …
	ruleLabel         = "label-quote"                // Bush: “…”
	ruleTranscript    = "transcript-label"           // JAKE TAPPER: …
	ruleHeadline      = "headline-label"             // Lynch: No outside influence on FBI probe
	ruleUnknownVerb   = "quote-speaker-unknown-verb" // “…,” he surmised
	ruleReportedly    = "reportedly"                 // X has reportedly amassed …
)

// direct attributes the quotations found by the Finder. Quotes embedded in
// a sentence of the writer's (scare quotes, titles, fragments of mixed
// quotes) are left for reported().
func (d *docState) direct() {
	outOf := make(map[int]int) // index in d.marks -> index in d.out
	lastPara := quote.Span{Start: -1}
	last := -1 // index in d.out of the last attributed direct quote
	for i, m := range d.marks {
		if m.Parent >= 0 {
			continue
		}
		if d.transcriptLabels >= 2 && d.startsPara(m) && labelRe.MatchString(m.Text) {
			// "\"PENCE: Well, look, …\"": a line of a transcript quoted
			// whole, the speaker's label and words; transcript() reads it.
			continue
		}
		before := d.beforeTokens(i)
		if workTitle(before, m.Text) || d.heading(m) {
			continue // "In his new book, “Doomed to Succeed,” Ross writes …"
		}
		var a attr
		ok := false
		mixedEnd := -1 // the end of a mixed quote that goes on after the marks
		if m.Embedded {
			// "said “We will win.”": direct only when a reporting verb
			// introduces a quotation that reads as a sentence.
			if !sentenceLike(m.Text) {
				continue
			}
			if a, ok = d.leadIn(before, true); !ok {
				continue
			}
		} else {
			after := d.afterTokens(i)
			if endsSentence(m.Text) && len(after) > 0 && after[0].isCap() {
				after = nil // “… over.” He left. — a new sentence
			}
			a, ok = d.trailing(after)
			if !ok && endsWithPunct(m.Text) && !endsSentence(m.Text) {
				// “…,” he surmised — a verb the lexicon lacks.
				a, ok = d.unknownVerb(after)
			}
			if !ok && len(after) > 0 && after[0].kind == tWord && !after[0].isCap() && !endsWithPunct(m.Text) {
				// “What are we going to do? That is the fight we're taking”
				// to the rest of the country. — the sentence goes on after
				// the marks: a mixed quote to the end of the clause.
				var end int
				end, a, ok = d.mixedTail(after)
				mixedEnd = after[end-1].end
			}
			if !ok && len(after) > 1 && strings.HasSuffix(m.Text, ",") && after[0].kind == tWord && !after[0].isCap() {
				// "“… a host of negative developments,” like the recent
				// volatility of markets, said Richard Curtin": the writer's
				// words go on the sentence before its attribution.
				if end, ta, tok := d.mixedTail(after); tok {
					a, ok = ta, true
					mixedEnd = after[end-1].end
				}
			}
			if !ok && (d.reportedBefore(before) || d.reportedBefore(d.beforeFragments(i, before))) {
				// "Ryan said it's unrealistic to think that if the U.S.
				// pulls back, “our oceans are going to save us.”": the
				// quotation ends a reported clause, a mixed quote that
				// reported() reads.
				continue
			}
			if !ok {
				a, ok = d.leadIn(before, false)
				if ok && last >= 0 && len(before) > 0 && d.out[last].Outer.End <= before[0].start &&
					d.out[last].Para == m.Para && onlyAttribution(before) {
					// “A,” he said, “B.”: one quotation in two segments.
					m.Group = d.out[last].Group
				}
			}
		}
		if !ok && m.Group != i {
			if j, has := outOf[m.Group]; has && d.out[j].Speaker != nil {
				a, ok = inherit(d.out[j], ruleContinuation, 0.9), true
			}
		}
		if !ok && last >= 0 {
			prev := d.out[last]
			adjacent := prev.Para == m.Para || prev.Para == lastPara && d.nextPara(prev.Para) == m.Para
			if adjacent && prev.Speaker != nil && (d.startsPara(m) || prev.Para == m.Para) {
				a, ok = inherit(prev, ruleSameSpeaker, 0.75), true
			}
		}
		if !ok && d.startsPara(m) {
			a, ok = d.leadInParagraph(m.Para)
		}
		if !ok && !m.Embedded {
			a, ok = d.paragraphSpeaker(m)
		}
		if !ok && bylineAfter(d.afterTokens(i)) {
			// "—“Hamilton to play Chicago,” by Variety's Gordon Cox:": the
			// title of an article, credited to its writer.
			continue
		}
		if !ok && !m.Embedded && (!saidLike(m.Text) || d.pullQuote(m)) {
			// A term, a title or a list of words in marks ("ambassador,"
			// "attack," "Benghazi,"), or a pull quote standing as a
			// heading, with nobody saying it.
			continue
		}
		q := Quote{Quote: m}
		if mixedEnd > 0 {
			q.Kind = quote.Mixed
			q.Span = quote.Span{Start: m.Outer.Start, End: mixedEnd}
			q.Text = d.text[q.Start:q.End]
		}
		if ok && !m.Embedded && (a.rule == ruleSpeakerVerb || a.rule == ruleVerbSpeaker) && d.introBeforeMarks(before) {
			// "Sooner or later, “I think we will have a consumption
			// tax,” he said": the quotation goes on a sentence the
			// writer began, a mixed quote from the sentence's start.
			q.Kind = quote.Mixed
			q.Span = quote.Span{Start: before[0].start, End: m.Outer.End}
			q.Text = d.text[q.Start:q.End]
		}
		if start, mixed := d.clauseBeforeMarks(before, a, ok, m.Embedded); mixed {
			// "He writes that “there’s no room …”", "said that, “We…”",
			// "said Mateen “has not done this …”": the quotation ends a
			// reported clause that opens before the marks, a mixed quote
			// from the clause's start.
			q.Kind = quote.Mixed
			q.Span = quote.Span{Start: start, End: m.Outer.End}
			q.Text = d.text[q.Start:q.End]
		}
		q.Group = i
		if m.Group != i {
			if j, has := outOf[m.Group]; has {
				q.Group = d.out[j].Group
			}
		}
		if ok {
			apply(&q, a)
			last = len(d.out)
		}
		outOf[i] = len(d.out)
		if m.Group != i {
			outOf[m.Group] = outOf[m.Group] // keep the head
		}
		d.out = append(d.out, q)
		d.claims = append(d.claims, m.Outer)
		if ok && a.evidence.Len() > 0 {
			if a.evidence.End <= m.Outer.Start {
				d.said = append(d.said, a.evidence) // "X said A: “B”" leaves A to the reported frames
			} else {
				d.claims = append(d.claims, a.evidence)
			}
		}
		lastPara = m.Para
	}
}

// workTitle reports whether a quotation of words in title case follows a
// noun of a work, with or without a comma ("his 2002 book, “Make Your Kid a
// Millionaire,”"), or names a programme someone told or appeared on ("told
// ABC's “Good Morning America”", "told “Fox and Friends,”").
func workTitle(before []token, text string) bool {
	k := len(before) - 1
	if k > 0 && before[k].is(",") {
		k--
	}
	if k >= 0 && before[k].isCap() && (strings.HasSuffix(before[k].lower, "'s") || strings.HasSuffix(before[k].lower, "’s")) {
		k--
		if k < 0 || !before[k].is("told", "tells", "telling", "tell", "on") {
			return false
		}
	} else if k < 0 || !workNouns[before[k].lower] && !before[k].is("told", "tells", "telling", "tell") {
		return false
	}
	words := strings.Fields(strings.Trim(text, " ,.;:"))
	if len(words) == 0 || len(words) > 10 || before[k].is("told", "tells", "telling", "tell", "on") && len(words) > 5 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if len(w) >= 4 && !unicode.IsUpper(r) && unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// heading reports whether the quotation is a paragraph of its own in title
// case, a subhead of the article rather than words said: ”Legend in the
// Coal Fields.”
func (d *docState) heading(m quote.Quote) bool {
	if !d.startsPara(m) || strings.TrimSpace(d.text[m.Outer.End:m.Para.End]) != "" {
		return false
	}
	words := strings.Fields(strings.Trim(m.Text, " ,.;:"))
	if len(words) < 2 || len(words) > 6 || strings.ContainsAny(m.Text, "!?") {
		return false // (“Build the Wall!” is a chant)
	}
	big := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if len(w) >= 4 {
			if !unicode.IsUpper(r) {
				return false
			}
			big++
		}
	}
	return big >= 2
}

// workNouns name a work whose title follows in quotation marks.
var workNouns = set("book", "autobiography", "memoir", "novel", "film", "movie", "documentary",
	"column", "op-ed", "essay", "article", "album", "song", "play", "musical", "series", "podcast", "report")

// inherit copies the attribution of q for a quote that continues it.
func inherit(q Quote, rule string, conf float64) attr {
	a := attr{rule: rule, conf: conf * q.Confidence, cue: q.Cue}
	if q.Speaker != nil {
		a.speaker = np{mention: *q.Speaker}
	}
	a.via = q.Via
	return a
}

func apply(q *Quote, a attr) {
	m := a.speaker.mention
	if a.speaker.anonymous {
		m.Kind = Anonymous
	}
	q.Speaker = &m
	if m.Text == "" {
		q.Speaker = nil // "Asked about Sullivan, …": the asker is not named
	}
	q.Via = a.via
	q.Cue = a.cue
	q.CueSpan = a.cueSpan
	q.Rule = a.rule
	q.Confidence = a.conf
	q.Evidence = a.evidence
}

// verbAttr is the attribution of a speaker p and the reporting verb
// toks[v]: the verb is the cue, speaker and verb the evidence.
func verbAttr(toks []token, p np, v int, rule string, conf float64) attr {
	return attr{speaker: p, rule: rule, conf: conf, cue: toks[v].text, cueSpan: spanOf(toks, v, v+1), evidence: spanOf(toks, p.lo, v+1)}
}

// sentenceLike reports whether a quoted text reads as something said
// rather than a term: it begins with a capital letter, or it has five
// words or more and ends in punctuation.
func sentenceLike(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	words := len(strings.Fields(s))
	if unicode.IsUpper(r) && words >= 3 {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, ","))
	if unicode.IsUpper(r) && (last == '!' || last == '?') {
		return true // chanted “USA! USA!”, “What curfew?”
	}
	return words >= 5 && strings.ContainsRune(".,!?…", last)
}

// endsSentence reports whether a quotation ends with a full stop inside its
// marks.
func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..")
}

// saidLike reports whether an unattributed quotation still reads as words
// someone said: four words or more, and not a title in capitals.
func saidLike(s string) bool {
	words := strings.Fields(s)
	if len(words) < 4 {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			caps++
		}
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?", last) {
		return true
	}
	// Title case ("Crippled America: How to Make America Great Again,").
	return caps*10 < len(words)*7
}

// pullQuote reports whether m is a paragraph of its own in single marks, as
// the headings of some articles are ('A really tough decision.').
func (d *docState) pullQuote(m quote.Quote) bool {
	c := d.text[m.Outer.Start]
	return (c == '\'' && !strings.HasPrefix(d.text[m.Outer.Start:], "''") || strings.HasPrefix(d.text[m.Outer.Start:], "‘")) &&
		m.Outer.Start == m.Para.Start && m.Outer.End == m.Para.End
}

// onlyAttribution reports whether the tokens between two quotes are nothing
// but an attribution ("he said,").
func onlyAttribution(toks []token) bool {
	return len(toks) <= 12 && len(toks) > 0 && toks[len(toks)-1].is(",", ":", "—", "-")
}

func (d *docState) startsPara(m quote.Quote) bool {
	return strings.TrimSpace(d.text[m.Para.Start:m.Outer.Start]) == ""
}

func (d *docState) nextPara(p quote.Span) quote.Span {
	for i, q := range d.paras {
		if q == p && i+1 < len(d.paras) {
			return d.paras[i+1]
		}
	}
	return quote.Span{Start: -1, End: -1}
}

func (d *docState) prevPara(p quote.Span) (quote.Span, bool) {
	for i, q := range d.paras {
		if q == p && i > 0 {
			return d.paras[i-1], true
		}
	}
	return quote.Span{}, false
}

// afterTokens returns the tokens after the closing mark of quote i up to the
// end of its sentence, the next quotation or the end of the paragraph.
func (d *docState) afterTokens(i int) []token {
	m := d.marks[i]
	end := m.Para.End
	for j := i + 1; j < len(d.marks); j++ {
		if d.marks[j].Para != m.Para {
			break
		}
		if d.marks[j].Outer.Start >= m.Outer.End {
			end = d.marks[j].Outer.Start
			break
		}
	}
	if !m.Closed {
		return nil
	}
	toks := d.tokens(m.Outer.End, end)
	for k, t := range toks {
		if t.is(".", "!", "?", ";") {
			return toks[:k]
		}
	}
	return toks
}

// beforeTokens returns the tokens of the sentence before the opening mark of
// quote i, from the end of the previous quotation or sentence.
func (d *docState) beforeTokens(i int) []token {
	m := d.marks[i]
	start := m.Para.Start
	for j := i - 1; j >= 0; j-- {
		if d.marks[j].Para != m.Para {
			break
		}
		if d.marks[j].Outer.End <= m.Outer.Start && d.marks[j].Parent < 0 {
			start = d.marks[j].Outer.End
			break
		}
	}
	toks := d.tokens(start, m.Outer.Start)
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].is(".", "!", "?", ";") {
			return toks[k+1:]
		}
	}
	return toks
}

// beforeFragments returns the tokens of the sentence before the opening
// mark of quote i, from the start of the sentence across the quoted
// fragments embedded in it ("acknowledged that there are still “some
// people” who feel that way, “but …”"), or before when no fragment comes
// before the quote in its sentence.
func (d *docState) beforeFragments(i int, before []token) []token {
	m := d.marks[i]
	start := m.Outer.Start
	if len(before) > 0 {
		start = before[0].start
	}
	extended := false
	for j := i - 1; j >= 0; j-- {
		p := d.marks[j]
		if p.Para != m.Para {
			break
		}
		if p.Parent >= 0 || p.Outer.End > start {
			continue
		}
		gap := d.tokens(p.Outer.End, start)
		if !p.Embedded || endsSentence(p.Text) || hasSentenceEnd(gap) {
			break
		}
		b := d.beforeTokens(j)
		start = p.Outer.Start
		if len(b) > 0 {
			start = b[0].start
		}
		extended = true
	}
	if !extended {
		return before
	}
	return d.tokens(start, m.Outer.Start)
}

// hasSentenceEnd reports whether toks hold a full stop, a question or an
// exclamation mark, or a semicolon.
func hasSentenceEnd(toks []token) bool {
	for _, t := range toks {
		if t.is(".", "!", "?", ";") {
			return true
		}
	}
	return false
}

// trailing reads the attribution after a quotation: “…,” X said; “…,” said
// X; “…,” the agency quoted X as saying.
func (d *docState) trailing(toks []token) (attr, bool) {
	i0 := 0
	for i0 < len(toks) && toks[i0].kind != tWord {
		if !toks[i0].is(",", "—", "–", "-", ")", "(") {
			return attr{}, false
		}
		i0++
	}
	if i0 >= len(toks) {
		return attr{}, false
	}
	// “…,” said X
	if v, ok := d.verbAt(toks, i0); ok && v.Lemma != "tell" && (isSpeechVerb(v) && !toks[i0].isCap() || isSpeechVerb(v) && i0 < len(toks)-1 && toks[i0].isCap() && toks[i0].is("said", "says", "added", "asked", "wrote")) {
		// (not "…, told Reuters": that is the addressee)
		if p, ok := d.nameAfter(toks, i0+1, len(toks)); ok {
			a := attr{speaker: p, rule: ruleVerbSpeaker, conf: 0.9}
			a.cue, a.cueSpan = toks[i0].text, spanOf(toks, i0, i0+1)
			a.evidence = spanOf(toks, i0, p.hi)
			a.via = d.relaysAfter(toks, i0)
			return a, true
		}
	}
	// “…,” X said; the subject may carry a long apposition ("Fred Kagan,
	// director of the Critical Threats Project, said").
	for v := i0; v < len(toks) && v-i0 <= 30; v++ {
		t := toks[v]
		if t.kind == tQuote || t.is(":") {
			break
		}
		verb, ok := d.verbAt(toks, v)
		if !ok || !isSpeechVerb(verb) || t.kind != tWord || t.isCap() && v > i0 {
			continue
		}
		if a, ok := d.relayFrame(toks, i0, v); ok {
			return a, true
		}
		p, ok := d.subjectBefore(toks, v, i0)
		if !ok || !adjacent(toks, i0, p.lo) {
			// "Norton Strommen, chief meteorologist at USDA told Reuters"
			if q, ok2 := d.nameThenTitle(toks, i0, v); ok2 && v-i0 <= 14 {
				p, ok = q, true
			}
		}
		if !ok || !adjacent(toks, i0, p.lo) {
			// "a senior official, who asked not to be named, said": a verb
			// of a relative clause; the attribution's verb comes later.
			continue
		}
		if negated(toks, v, i0) {
			return attr{}, false
		}
		a := verbAttr(toks, p, v, ruleSpeakerVerb, 0.9)
		a.via = d.relaysAround(toks, v)
		d.subjectRelays(&a, toks, v)
		d.citing(&a, toks, v)
		return a, true
	}
	return attr{}, false
}

// adjacent reports whether the subject starting at token lo follows the
// closing mark closely: nothing but a few modifier words between
// ("Tulsa police Chief Chuck Jordan").
func adjacent(toks []token, i0, lo int) bool {
	if lo-i0 > 4 {
		return false
	}
	for k := i0; k < lo; k++ {
		if toks[k].kind != tWord {
			return false
		}
	}
	return true
}

// negated reports whether the verb at toks[v] is negated ("did not say",
// "declined to say").
func negated(toks []token, v, lo int) bool {
	for k := v - 1; k >= lo && k >= v-3; k-- {
		if negations[toks[k].lower] {
			return true
		}
	}
	return false
}

// isSpeechVerb reports whether v reports words (not beliefs or plans).
func isSpeechVerb(v Verb) bool {
	return v.Class == "speech" || v.Class == "report"
}

// leadIn reads the attribution before a quotation: X said: “…”; X told
// reporters, “…”. Without the final colon or comma (embedded), the verb must
// come right before the quotation or its addressee.
func (d *docState) leadIn(toks []token, embedded bool) (attr, bool) {
	n := len(toks)
	if n == 0 {
		return attr{}, false
	}
	end := n
	if !embedded {
		if !toks[n-1].is(":", ",", "—", "–", "-") {
			return attr{}, false
		}
		end = n - 1
		if toks[n-1].is(":") && end >= 1 && end <= 3 && allCaps(toks[:end]) && !notSpeakers[strings.ToLower(d.textOf(toks, 0, end))] {
			// "Bush: “The mission is to destroy ISIS.”" — a speaker's label.
			if p, ok := d.nameEndingAt(toks, end, 0); ok && p.lo == 0 {
				a := attr{speaker: p, rule: ruleLabel, conf: 0.75, cue: ":"}
				a.cueSpan = spanOf(toks, n-1, n)
				a.evidence = spanOf(toks, 0, n)
				return a, true
			}
		}
		if end >= 2 && toks[end-2].is("went") && toks[end-1].is("on") {
			// "She went on: “…”"
			if p, ok := d.subjectBefore(toks, end-2, 0); ok {
				a := attr{speaker: p, rule: ruleLeadIn, conf: 0.8, cue: "went on"}
				a.cueSpan = spanOf(toks, end-2, end)
				a.evidence = spanOf(toks, p.lo, n)
				return a, true
			}
		}
	}
	for v := end - 2; v > 1 && end-v <= 24; v-- {
		// "They quoted Jaruzelski as saying of a private Japanese plan to
		// export car production facilities to Poland, “…”": what the words
		// were about may run past the verb's usual reach.
		if toks[v].kind == tQuote || toks[v].is(".", ";") {
			break
		}
		if toks[v].is("saying", "telling") && toks[v-1].is("as") && toks[v+1].is("of", "about", "on") {
			for q := v - 2; q >= 0 && v-q <= 16; q-- {
				if a, ok := d.relayFrame(toks, 0, q); ok {
					return a, true
				}
			}
			break
		}
	}
	for v := end - 1; v >= 0 && end-v <= 8; v-- {
		t := toks[v]
		if t.kind != tWord {
			if t.is(",") && v < end-1 {
				continue
			}
			if t.kind == tQuote {
				break
			}
			continue
		}
		verb, ok := d.verbAt(toks, v)
		if !ok || !isSpeechVerb(verb) || t.isCap() && v > 0 || v == end-1 && v > 0 && namingVerb(t) && toks[v-1].kind == tWord &&
			!toks[v-1].isCap() && !subjectPronouns[toks[v-1].lower] && !isAdverb(toks[v-1]) && !preVerbWords[toks[v-1].lower] {
			// ("a beer called “Swing State Pale Ale”": a name)
			continue
		}
		if strings.HasSuffix(t.lower, "ed") && v > 0 && occasionNoun(toks[v-1].lower) && earlierSpeechVerb(d, toks, v) {
			// "Baker said in a television interview aired here
			// yesterday:": a participle after a noun; the verb is "said".
			continue
		}
		if embedded && end-v > 1 && !(end-v == 2 && toks[v+1].isCap()) && !occasionAdjunct(toks[v+1:end]) {
			// "said “We will win.”" and "told CNN “…”" introduce a
			// quotation; in "said he wants “a total shutdown”" the marks
			// hold part of a reported clause.
			return attr{}, false
		}
		if negated(toks, v, 0) || v > 0 && toks[v-1].is("to") {
			return attr{}, false
		}
		if v > 1 && (toks[v-1].is("as") || t.is("telling", "saying") && toks[v-1].isCap()) {
			// "The sources quoted Howe as saying: “…”", "Tehran Radio
			// quoted Rafsanjani telling a delegation, “…”"
			for q := v - 2; q >= 0 && v-q <= 16; q-- {
				if a, ok := d.relayFrame(toks, 0, q); ok {
					return a, true
				}
			}
		}
		var p np
		if strings.HasSuffix(t.lower, "ing") || v > 0 && toks[v-1].is("but", "and") {
			// "…, telling Reuters, “…”"; "Carson …, but told his
			// supporters, “…”": the subject of the sentence.
			p, ok = d.sentenceSubject(toks, v)
		} else {
			p, ok = d.subjectBefore(toks, v, 0)
			if q, ok2 := d.nameThenTitle(toks, 0, v); ok2 && (!ok || p.lo > q.lo) {
				// "Ramon Diaz, Chairman of the Presidential Commission on
				// Good Government (PCGG) told Reuters:": the name before
				// the title, not the title's last words.
				p, ok = q, true
			}
		}
		if !ok {
			if a, ok := d.relayFrame(toks, 0, v); ok {
				return a, true
			}
			return attr{}, false
		}
		if a, ok := d.relayFrame(toks, 0, v); ok {
			return a, true
		}
		a := attr{speaker: p, rule: ruleLeadIn, conf: 0.85}
		a.cue, a.cueSpan = t.text, spanOf(toks, v, v+1)
		a.evidence = spanOf(toks, p.lo, n)
		a.via = d.relaysAround(toks, v)
		if len(a.via) == 0 && (strings.HasSuffix(t.lower, "ing") || v > 0 && toks[v-1].is("but", "and")) {
			// "Anne Knight told Reuters that …, but added: “…”": the
			// second verb goes out through the first one's relay.
			for k := v - 1; k >= 0; k-- {
				if vb, ok := d.verbAt(toks, k); ok && isSpeechVerb(vb) && !strings.HasSuffix(toks[k].lower, "ing") {
					a.via = d.relaysAfter(toks[:v], k)
					break
				}
			}
		}
		d.subjectRelays(&a, toks, v)
		return a, true
	}
	return attr{}, false
}

// sentenceSubject finds the subject of the main clause for a participle
// ("…, adding", "…, saying"): the first noun phrase of the sentence.
func (d *docState) sentenceSubject(toks []token, v int) (np, bool) {
	// The main verb: the last speech verb before v.
	for k := v - 1; k >= 0; k-- {
		if verb, ok := d.verbAt(toks, k); ok && isSpeechVerb(verb) && !strings.HasSuffix(toks[k].lower, "ing") {
			if k > 1 && toks[k-1].is("to") && toks[k-2].kind == tWord {
				// "Nobuo Ito declined to specify what share the firms
				// would take, but told": the infinitive's subject is the
				// subject of the verb before it.
				if p, ok := d.subjectBefore(toks, k-2, 0); ok {
					return p, true
				}
			}
			if p, ok := d.subjectBefore(toks, k, 0); ok {
				return p, true
			}
			// "“…,” said Rep. Bobby Scott at the time, adding that …"
			return d.nameAfter(toks, k+1, v)
		}
	}
	// Else the first noun phrase of the sentence, past an introductory
	// phrase ("On July 6, 2015, Sanders made …").
	// An introduction may hold commas of its own: "At a rally in
	// Portsmouth, N.H., on Tuesday, Sanders endorsed …".
	start := 0
	intro := func(seg int) bool { return seg < v && toks[seg].kind == tWord && prepositions[toks[seg].lower] }
	inIntro := intro(0)
	longHead := false
	for k := 0; k < v; k++ {
		t := toks[k]
		switch {
		case t.is(","):
			place := inIntro || k-start == 1 && start > 0 && intro(0) // "…, N.H.,"
			if !place {
				if p, ok := d.npEndingAt(toks, k, start); ok {
					return p, true
				}
			}
			start = k + 1
			inIntro = intro(start) || inIntro && start < v && timeWords[toks[start].lower]
		case inIntro:
		case t.kind == tWord && subjectPronouns[t.lower] && !t.is("who", "one") && (k == start || k == start+1 && nonNames[toks[start].lower]):
			// "Then he cut into Bush, calling him a “stiff”"
			return np{lo: k, hi: k + 1, pronoun: true, mention: Mention{Span: spanOf(toks, k, k+1), Text: t.text}}, true
		case t.kind == tWord && k > start && !t.isCap() && !determiners[t.lower] &&
			!speakerNouns[t.lower] && !roleNouns[t.lower] && !nameParticles[t.lower]:
			atVerb := verbLike(d, toks, k) || strings.HasSuffix(t.lower, "ed")
			if longHead && !atVerb && k-start <= 5 {
				continue
			}
			if p, ok := d.npEndingAt(toks, k, start); ok && (!longHead || p.lo == start) {
				return p, true
			}
			if e := beforeTime(toks, start, k); atVerb && e < k {
				// "The central bank on Tuesday raised", "… last night raised"
				if p, ok := d.npEndingAt(toks, e, start); ok && p.lo == start {
					return p, true
				}
			}
			if prepositions[t.lower] {
				continue
			}
			// "The real estate tycoon entered the race": modifiers
			// before the head, read as one phrase at the verb.
			if longHead || atVerb || k-start > 4 || !determiners[toks[start].lower] {
				return np{}, false
			}
			longHead = true
		}
	}
	return np{}, false
}

// beforeTime returns where the words toks[start:end] end without a time
// adjunct at their end ("on Tuesday", "last night", "yesterday").
func beforeTime(toks []token, start, end int) int {
	for end > start+1 {
		t := toks[end-1]
		switch {
		case timeNouns[t.lower] && toks[end-2].is("last", "this", "that", "on", "early", "late"):
			end -= 2
		case timeWords[t.lower] && toks[end-2].is("on"):
			end -= 2
		case timeWords[t.lower]:
			end--
		default:
			return end
		}
	}
	return end
}

// leadInParagraph reads a paragraph that introduces the quotes that follow
// it ("Haftar told reporters:").
func (d *docState) leadInParagraph(para quote.Span) (attr, bool) {
	prev, ok := d.prevPara(para)
	if !ok {
		return attr{}, false
	}
	toks := d.tokens(prev.Start, prev.End)
	if len(toks) == 0 || !toks[len(toks)-1].is(":") {
		return attr{}, false
	}
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].is(".", "!", "?") || toks[k].kind == tQuote {
			toks = toks[k+1:]
			break
		}
	}
	a, ok := d.leadIn(toks, false)
	if !ok {
		// "On July 6, Sanders made the following comment:" — the subject of
		// the lead-in sentence.
		var p np
		if p, ok = d.sentenceSubject(toks, len(toks)-1); ok && !p.generic {
			a = attr{speaker: p, evidence: spanOf(toks, 0, len(toks)), cue: ":"}
		} else {
			ok = false
		}
	}
	if ok {
		a.rule = ruleLeadInPara
		a.conf = 0.7
	}
	return a, ok
}

// paragraphSpeaker attributes a quotation that follows, in the same
// paragraph, a sentence with an attribution of its own: "Mr. Hedge said from
// his office. “Golf is a razor-thin industry.”"
func (d *docState) paragraphSpeaker(m quote.Quote) (attr, bool) {
	toks := d.tokens(m.Para.Start, m.Outer.Start)
	for v := len(toks) - 1; v >= 0; v-- {
		t := toks[v]
		if t.kind == tQuote {
			return attr{}, false
		}
		verb, ok := d.verbAt(toks, v)
		if !ok || !isSpeechVerb(verb) || t.isCap() || strings.HasSuffix(t.lower, "ing") ||
			v > 0 && toks[v-1].is("to") || negated(toks, v, 0) {
			continue
		}
		p, ok := d.subjectBefore(toks, v, 0)
		if !ok {
			continue
		}
		a := verbAttr(toks, p, v, ruleParagraph, 0.6)
		a.via = d.relaysAround(toks, v) // "Fujioka told Reuters in an interview that …, “but …”"
		return a, true
	}
	return attr{}, false
}

// mixedTail reads the words that continue a sentence after a quotation's
// closing mark: they run to the end of the sentence, or to a final
// attribution ("…” because she would expand her lead, he said). It returns
// the number of tokens of after that belong to the quote, and the
// attribution when there is one.
func (d *docState) mixedTail(after []token) (int, attr, bool) {
	end := len(after)
	for end > 1 && after[end-1].kind == tPunct {
		end--
	}
	tried := 0
	for c := end - 2; c >= 1 && tried < 3; c-- {
		if !after[c].is(",") {
			continue
		}
		if a, ok := d.trailing(after[c:end]); ok && a.speaker.lo <= c+2 {
			return c, a, true
		}
		// "…, Thomas Kay, administrator of the service, told Reuters":
		// the attribution may begin a comma or two earlier.
		tried++
	}
	return end, attr{}, false
}

// endsWithPunct reports whether a quotation ends with punctuation inside its
// marks, as a quotation followed by its attribution does ("…,” he
// surmised).
func endsWithPunct(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".,!?…", r)
}

// unknownVerb reads an attribution whose verb the lexicon does not know,
// after a quotation that ends with a comma: “…,” he surmised; “…,” Smith
// quipped. The verb is a lower-case word in the past or present tense right
// after a pronoun or a name.
func (d *docState) unknownVerb(toks []token) (attr, bool) {
	i0 := 0
	for i0 < len(toks) && toks[i0].kind != tWord {
		i0++
	}
	for v := i0 + 1; v < len(toks) && v-i0 <= 4; v++ {
		t := toks[v]
		if t.kind != tWord || t.isCap() || !(strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "s")) ||
			prepositions[t.lower] || preVerbWords[t.lower] {
			continue
		}
		p, ok := d.subjectBefore(toks, v, i0)
		if !ok || p.lo != i0 || p.generic && !p.pronoun {
			return attr{}, false
		}
		a := verbAttr(toks, p, v, ruleUnknownVerb, 0.5)
		return a, true
	}
	return attr{}, false
}

// allCaps reports whether every token is a capitalised word.
func allCaps(toks []token) bool {
	for _, t := range toks {
		if !t.isCap() {
			return false
		}
	}
	return len(toks) > 0
}

// clauseBeforeMarks finds a reported clause that opens between a lead-in's
// verb and the quotation marks: after "that" ("said that, “…”"), or at the
// subject of the clause ("said Mateen “has not …”", not "told CNN “…”").
func (d *docState) clauseBeforeMarks(before []token, a attr, attributed, embedded bool) (int, bool) {
	if len(before) > 0 && embedded && before[len(before)-1].is("that") {
		return before[len(before)-1].start, true
	}
	if !attributed || a.rule != ruleLeadIn || a.cueSpan.Len() == 0 {
		return 0, false
	}
	k := 0
	for k < len(before) && before[k].start < a.cueSpan.End {
		k++
	}
	between := before[k:]
	for j, t := range between {
		if t.is("that") && j+1 < len(between) {
			return t.start, true
		}
	}
	if !embedded || len(between) == 0 || k == 0 {
		return 0, false
	}
	verb, _ := d.verbAt(before, k-1)
	if tellVerbs[verb.Lemma] || verb.Lemma == "" {
		return 0, false
	}
	for _, t := range between {
		if t.kind != tWord || !t.isCap() || timeWords[t.lower] {
			return 0, false
		}
	}
	return between[0].start, true
}

// reportedBefore reports whether the words before a quotation, in its
// sentence, are a speaker, a reporting verb and the start of its reported
// clause ("Ryan said it's unrealistic to think that if the U.S. pulls back,
// “…”"), rather than a lead-in ("Ryan said, “…”", "Ryan told reporters:
// “…”").
func (d *docState) reportedBefore(before []token) bool {
	n := len(before)
	if n < 5 || !before[n-1].is(",") {
		return false
	}
	// The last reporting verb before the marks, opening a clause.
	for v := n - 2; v >= 1; v-- {
		t := before[v]
		if t.kind != tWord || t.isCap() {
			continue
		}
		verb, ok := d.verbAt(before, v)
		if !ok || !isSpeechVerb(verb) {
			continue
		}
		if !verb.Clause || v >= n-3 {
			return false
		}
		if that := thatAfterVerb(before, afterVerb(before, v, verb), n-1); that > 0 {
			// "tells audiences that after 200 years, “…”", "said in an
			// interview that in her state, “…”", "arguing that if …, “…”":
			// the clause opens at "that".
			if p, ok := d.subjectBefore(before, v, 0); ok && p.pronoun && relativePronouns[strings.ToLower(p.mention.Text)] {
				continue
			}
			return n-1-that >= 4
		}
		if strings.HasSuffix(t.lower, "ing") {
			return false
		}
		k := afterVerb(before, v, verb)
		for k < n-2 { // "said Friday that", "warned on Tuesday that", "said last week that"
			if before[k].is("last", "this", "on") && (timeNouns[before[k+1].lower] || timeWords[before[k+1].lower]) {
				k += 2
			} else if timeWords[before[k].lower] {
				k++
			} else {
				break
			}
		}
		if next := before[k]; !next.is("that") && (tellVerbs[verb.Lemma] || k > afterVerb(before, v, verb) ||
			next.kind != tWord || prepositions[next.lower] || timeWords[next.lower] || next.isCap() && !next.is("I")) {
			return false // "said last week in Tel Aviv, “…”"
		}
		if p, ok := d.subjectBefore(before, v, 0); !ok || p.pronoun && relativePronouns[strings.ToLower(p.mention.Text)] {
			continue
		}
		words := 0
		for _, u := range before[v+1 : n-1] {
			if u.is(":") || u.kind == tQuote {
				return false
			}
			if u.kind == tWord {
				words++
			}
		}
		return words >= 3
	}
	return false
}

// thatAfterVerb returns the index of the "that" that opens a reported
// clause in toks[k:end] after a reporting verb, past an addressee or an
// adjunct of words ("told the crowd on Monday that", "said in an interview
// that"), or 0. "That" before a noun of time is a determiner ("said at
// that time").
func thatAfterVerb(toks []token, k, end int) int {
	for j := k; j < end && j-k <= 8; j++ {
		t := toks[j]
		if t.is("that") {
			if j+1 < end && (timeNouns[toks[j+1].lower] || toks[j+1].is("day", "point", "moment")) {
				return 0
			}
			return j
		}
		if t.kind != tWord && !t.is(",") {
			return 0
		}
	}
	return 0
}

// introBeforeMarks reports whether the words before a quotation, in its
// sentence, are the writer's opening of it ("Sooner or later, “…”", "If
// the legislation passes, “…”"): words and commas ending in a comma, with
// no reporting verb.
func (d *docState) introBeforeMarks(before []token) bool {
	n := len(before)
	if n < 2 || !before[n-1].is(",") || !before[0].isCap() {
		return false
	}
	for k, t := range before[:n-1] {
		if t.kind == tQuote || t.is(":", "—", "–", "(", ")") {
			return false
		}
		if verb, ok := d.verbAt(before, k); ok && isSpeechVerb(verb) {
			return false
		}
	}
	return true
}

// bylineAfter reports whether a byline follows a quotation: "by" and a
// name ("“…,” by Variety's Gordon Cox").
func bylineAfter(after []token) bool {
	k := 0
	if k < len(after) && after[k].is(",") {
		k++
	}
	return k+1 < len(after) && after[k].is("by") && after[k+1].isCap()
}

// earlierSpeechVerb reports whether a reporting verb comes before toks[v].
func earlierSpeechVerb(d *docState, toks []token, v int) bool {
	for k := v - 1; k > 0; k-- {
		if verb, ok := d.verbAt(toks, k); ok && isSpeechVerb(verb) && !toks[k].isCap() {
			return true
		}
	}
	return false
}

// occasionNoun reports whether w names a text or a broadcast that words
// appear in ("a television interview aired", "a statement issued").
func occasionNoun(w string) bool {
	return documentNouns[w] || mediaNouns[w] || w == "interview" || w == "speech" || w == "broadcast" ||
		w == "program" || w == "programme" || w == "show" || w == "remarks"
}

// occasionAdjunct reports whether toks are an adjunct of the occasion
// words were said on: "in an interview", "on television", "at a news
// conference".
func occasionAdjunct(toks []token) bool {
	if len(toks) < 2 || len(toks) > 4 || !toks[0].is("in", "on", "at", "during") {
		return false
	}
	last := toks[len(toks)-1].lower
	return eventNoun(last) || occasionNoun(last)
}

// eventNoun reports whether w names an occasion of speech.
func eventNoun(w string) bool {
	switch w {
	case "interview", "speech", "conference", "briefing", "statement", "television", "radio", "rally", "hearing":
		return true
	}
	return false
}
