package attribution

import (
	"strings"

	"github.com/quotetrail/quotetrail/quote"
)

// questions records the questions of a sentence, before the frames read
// it: a question put to someone whom the sentence names as asked ("Asked
// Tuesday about Sullivan, Feinstein said …", "“You bet,” Christie said when
// asked whether he would run", "Sanders was asked to name a decision"),
// and one that the subject puts ("HuffPost asked the senator if he had
// prepared", "Schuette asked the court for quick action"). The verb is
// left to no frame.
func (d *docState) questions(st []token) {
	for v := 0; v < len(st)-2; v++ {
		if w := st[v].lower; w != "" && w[0] != 'a' && w[0] != 'p' && w[0] != 'q' {
			continue // most words, told by their first letter
		}
		switch st[v].lower {
		case "asked", "asks", "asking", "ask", "pressed", "questioned", "questions", "questioning", "question":
		default:
			continue // (most words: no call)
		}
		a, c, ok := d.questionAt(st, v)
		if !ok || d.quoted(c) || d.insideMarks(a.cueSpan) {
			continue
		}
		d.addReported(a, c)
		d.said = append(d.said, a.cueSpan) // (no frame reads the verb again)
		d.asks = append(d.asks, a.cueSpan)
		for v < len(st) && st[v].start < c.End {
			v++
		}
	}
}

// questionAt reads the question of "asked" at st[v]. The quote is the
// question: "whether …", "to …" (of one asked), "for …" (of an
// addressee), or the topic after "about". Its speaker is the asker: the
// subject of an active verb, the agent of a passive one ("was asked by host
// John Dickerson whether …"), else none.
func (d *docState) questionAt(st []token, v int) (attr, quote.Span, bool) {
	t := st[v]
	var k int
	var p np
	var ok bool
	passive := t.is("asked", "pressed", "questioned") && askedPassive(st, v)
	switch {
	case passive:
		if k, p, ok = d.afterAsked(st, v); !ok {
			return attr{}, quote.Span{}, false
		}
	case t.is("asked", "asks", "asking", "ask") && !t.isCap() && v > 0 && !determiners[st[v-1].lower]:
		if k, ok = d.afterAskee(st, v); !ok {
			return attr{}, quote.Span{}, false
		}
		switch {
		case t.is("asking") && st[v-1].is(",", "—", "–", "--", "by"):
			p, ok = d.sentenceSubject(st, v) // "…, asking the directors whether …"
		case st[v-1].is("and", "but"):
			p, ok = d.coordSubject(st, v)
		default:
			p, ok = d.subjectBefore(st, v, 0)
		}
		if !ok || p.pronoun && relativePronouns[strings.ToLower(p.mention.Text)] {
			return attr{}, quote.Span{}, false
		}
	case t.is("questioned", "questions", "questioning", "question") && !t.isCap() && v > 0 && !st[v-1].is("into", "the", "a") && st[v+1].is("whether", "why", "if", "how"):
		// "Trump questioned why she had not spoken", "leaving some to
		// question whether …": the doubt is the question (but "calls
		// into question whether" is the writer's).
		k = v + 1
		if p, ok = d.subjectBefore(st, v, 0); !ok || p.pronoun && relativePronouns[strings.ToLower(p.mention.Text)] {
			p = np{}
		}
	default:
		return attr{}, quote.Span{}, false
	}
	start := k
	if st[k].is("to") && k == v+2 && objectPronouns[st[v+1].lower] {
		start = v + 1 // "asking them to host events"
	}
	topic := st[k].is("about", "on") || st[k].is("for") && k == v+1
	if topic && k == v+1 {
		// "asked about the merger": the topic; but "asked at the
		// conference about the merger", "asked Trump about it" keep
		// "about".
		start = k + 1
	}
	end := d.questionEnd(st, start, topic || st[k].is("for"), passive, st[k].is("to") && p.hi == 0)
	if end-start < 2 && !(end-start == 1 && st[start].kind == tWord && (topic || st[start].is("why", "how"))) {
		return attr{}, quote.Span{}, false
	}
	lo := v
	if v > 0 && st[v-1].is("when", "whenever", "if", "after", "once") {
		lo = v - 1
	}
	a := attr{rule: ruleDeclinedAsked, conf: 0.5, cue: d.textOf(st, lo, v+1)}
	a.cueSpan = spanOf(st, lo, v+1)
	a.evidence = a.cueSpan
	if p.hi > 0 {
		a.speaker = p
		a.evidence = spanOf(st, min(lo, p.lo), max(v+1, p.hi))
	}
	return a, quote.Span{Start: st[start].start, End: d.closingMark(st, start, end)}, true
}

// afterAskee finds where the question begins after the active verb
// "asked" at st[v], past the one asked: "asked the 2016 Democratic
// contender if …", "asking Clinton pointedly whether …", "asked the
// Supreme Court for quick action", and a request after the participle
// ("…, asking the directors to stay"). It returns the index of the first
// word of the question.
func (d *docState) afterAskee(st []token, v int) (int, bool) {
	for k := v + 1; k < len(st)-1 && k-v <= 10; k++ {
		t := st[k]
		switch {
		case askWords[t.lower] && (k > v+1 || !t.is("when", "where")):
			return k, true
		case t.is("for") && k > v+1, t.is("to") && k > v+1 && st[v].is("asking") && st[k+1].kind == tWord && !st[k+1].isCap():
			return k, true // "asking them to host events"
		case t.kind != tWord && !t.is("'s"), t.is("to", "that", "and", "or", "but") && k == v+1,
			t.is("to", "that", "as", "of", "in", "on", "at", "with", "by"), !t.isCap() && verbLike(d, st, k) && !isAdverb(t):
			return 0, false
		}
	}
	return 0, false
}

// insideMarks reports whether s lies within quotation marks: a question
// in the words of a quotation is the quotation's ("he said Trump “lashed
// out … when he was asked for details.”").
func (d *docState) insideMarks(s quote.Span) bool {
	for _, m := range d.marks {
		if m.Outer.Contains(s) {
			return true
		}
	}
	return false
}

// askedPassive reports whether "asked" at st[v] is a participle whose
// subject is the one asked: at the start of the sentence ("Asked about
// …"), after a conjunction ("when asked", "if asked"), after a comma
// ("Trump, asked about it, said") or in a passive ("was asked", "has been
// repeatedly asked").
func askedPassive(st []token, v int) bool {
	j := v - 1
	for j >= 0 && st[j].kind == tWord && (isAdverb(st[j]) || st[j].is("also", "then", "later", "again", "first", "often", "never", "not", "recently", "previously", "just")) {
		j--
	}
	if j < 0 {
		return st[v].isCap()
	}
	t := st[j]
	switch {
	case t.is("when", "whenever", "if", "after", "once", "before", "until", "while", "as"):
		return !st[v].isCap()
	case t.is("and", "but") && j == 0:
		return true
	case t.is(",", "—", "–", "--"):
		return !st[v].isCap()
	case t.is("was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", "getting"):
		return !st[v].isCap()
	}
	return false
}

// askWords open the words of a question after "asked": "asked whether",
// "asked why", "asked about", "asked to name".
var askWords = set("whether", "if", "why", "how", "what", "which", "who", "whom", "when", "where", "about")

// afterAsked finds where the question begins after the participle "asked"
// at st[v], past adverbs, the asker after "by" and adjuncts of place and
// time: "Asked on Fox News who leads", "asked by reporters whether",
// "asked during a January debate why". It returns the index of the first
// word of the question ("whether", "about", "to") and the asker.
func (d *docState) afterAsked(st []token, v int) (int, np, bool) {
	var agent np
	k := v + 1
	adjunct := false // within a prepositional adjunct
	for ; k < len(st)-1 && k-v <= 12; k++ {
		t := st[k]
		switch {
		case askWords[t.lower] && (!t.is("when") || k == v+1):
			return k, agent, true
		case t.is("to") && !adjunct && st[k+1].kind == tWord && !st[k+1].isCap() && !determiners[st[k+1].lower]:
			return k, agent, true // "was asked to name …"
		case t.is("for", "on") && k == v+1 && st[v].is("asked", "pressed"):
			if t.is("on") && !st[v].is("pressed") {
				adjunct = true // "asked on Fox News who …"
				continue
			}
			return k, agent, true // "when asked for his position", "pressed on why …"
		case t.is("by") && agent.hi == 0:
			j := k + 1
			for j < len(st) && j-k <= 7 && st[j].kind == tWord && !askWords[st[j].lower] && !st[j].is("to", "during", "on", "in", "at", "after") {
				j++
			}
			if j == k+1 || j >= len(st) {
				return 0, np{}, false
			}
			if p, ok := d.npEndingAt(st, j, k+1); ok {
				agent = p
			}
			k = j - 1
			adjunct = false
		case t.kind == tWord && (isAdverb(t) || timeWords[t.lower]) && !adjunct:
			// "Asked Tuesday", "asked specifically"
		case t.is("on", "at", "in", "during", "after", "from", "last", "this", "earlier", "later"):
			adjunct = true // "asked at a briefing Monday in Washington"
		case adjunct && (t.kind == tWord || t.kind == tQuote || t.is("'s")):
		default:
			return 0, np{}, false
		}
	}
	return 0, np{}, false
}

// questionEnd returns where the question that begins at st[start] ends: at
// a comma before the sentence's main clause ("Asked if he would run, Rubio
// said") or before its verb ("Clinton, pressed to release them, turned
// …"), at a dash or a colon, at "during" after a passive ("Asked why he
// had not endorsed her during an appearance Friday, Sanders said"), and
// after a topic ("asked about the merger") at a comma, a second verb or an
// adjunct of time or place ("asked about it after a debate", "in an
// interview"). An infinitive put to one asked ends before its agent: "had
// been asked to preserve them by the committee".
func (d *docState) questionEnd(st []token, start int, topic, passive, agentless bool) int {
	end := clauseEnd(st, start)
	depth, commas := 0, 0
	for c := start + 1; c < end; c++ {
		t := st[c]
		if t.kind == tQuote {
			depth ^= 1
			if depth == 0 && st[c-1].is(",") && d.mainClauseAfter(st, c-1) {
				return c - 1 // "Asked if he is “realistic enough,” 72 percent said yes"
			}
			continue
		}
		if depth != 0 {
			continue
		}
		switch {
		case t.is("—", "–", "--", "-", ":", "(", "["):
			return c
		case t.is(","):
			if topic || d.mainClauseAfter(st, c) || commas == 0 && c+1 < len(st) && st[c+1].kind == tWord && !st[c+1].isCap() &&
				!strings.HasSuffix(st[c+1].lower, "ing") && (verbLike(d, st, c+1) || pastVerb(st[c+1])) {
				return c
			}
			commas++
		case t.is("during") && passive && c-start >= 2:
			return c // "why he had yet to endorse her during an appearance"
		case topic && (topicAdjunct(st, c) || t.is("and", "but") && c+1 < len(st) && pastVerb(st[c+1])):
			return c // "asked him about her email scandal and decided against …"
		case agentless && t.is("by") && c+1 < len(st) && (st[c+1].isCap() || determiners[st[c+1].lower]):
			return c
		}
	}
	return end
}

// pastVerb reports whether t is a past tense: "decided", "said".
func pastVerb(t token) bool {
	return t.kind == tWord && !t.isCap() && (strings.HasSuffix(t.lower, "ed") || pastForms[t.lower])
}

// mainClauseAfter reports whether the comma st[c] ends an adverbial clause
// before the main clause of the sentence: a subject and its verb follow it
// ("…, Rubio said", "…, the vast majority named Britain", "…, Michael
// Briggs, Sanders's spokesman, suggested"), or "and" with a subject ("…,
// and she did her best to evade it").
func (d *docState) mainClauseAfter(st []token, c int) bool {
	k := c + 1
	if k < len(st) && st[k].kind == tQuote {
		k++ // the comma ends inside quotation marks: "“realistic enough,” 72 percent said"
	}
	if k < len(st) && st[k].is("and", "but", "so") {
		k++
	}
	if k >= len(st)-1 {
		return false
	}
	n := st[k]
	if n.kind != tWord || !(n.isCap() || subjectPronouns[n.lower] || determiners[n.lower] || isDigit(n.text)) || relativePronouns[n.lower] {
		return false
	}
	commas := 0
	for j := k + 1; j < len(st) && j-k <= 12; j++ {
		if st[j].is(",") {
			// "Michael Briggs, Sanders's spokesman, suggested": an
			// apposition after a name.
			if commas++; commas > 2 || !n.isCap() {
				return false
			}
			continue
		}
		if st[j].is(";", ":") {
			return false
		}
		if verbLike(d, st, j) || j > k && st[j].kind == tWord && !st[j].isCap() && strings.HasSuffix(st[j].lower, "ed") && !determiners[st[j-1].lower] {
			return commas != 1 // ("…, he demurred", "…, the vast majority named Britain")
		}
	}
	return false
}

// topicAdjunct reports whether st[c] opens an adjunct after the topic of a
// question: "asked about it after a Republican debate", "asked about the
// vagueness in an interview", "asked about the plan on Tuesday".
func topicAdjunct(st []token, c int) bool {
	t := st[c]
	if c+1 >= len(st) {
		return false
	}
	n := st[c+1]
	switch {
	case t.is("after", "before", "while", "when", "since"):
		return true
	case t.is("in", "on", "at", "last", "this", "earlier"):
		if weekdays[n.lower] || n.is("week", "month", "year", "weekend", "night", "morning", "afternoon", "evening") || months[n.lower] && n.isCap() {
			return true
		}
		if !t.is("in", "on", "at") || c+2 >= len(st) {
			return false
		}
		if (determiners[n.lower] || strings.HasSuffix(n.lower, "'s")) && !(n.is("the") && st[c+2].is("event", "case")) { // (not "in the event that")
			for j := c + 2; j < len(st) && j-c <= 4; j++ {
				if occasionNouns[st[j].lower] {
					return true // "in an interview", "at a news conference"
				}
			}
		}
	case weekdays[t.lower] || t.is("today", "yesterday", "tonight", "recently", "again"):
		return true
	}
	return false
}

// months name the months: "asked about it in May".
var months = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december")

// occasionNouns are the occasions at which a question is put: "in an
// interview", "at a news conference".
var occasionNouns = set("interview", "interviews", "debate", "briefing", "conference", "rally", "event",
	"meeting", "appearance", "hearing", "forum", "session", "show", "program", "programme", "broadcast",
	"call", "stop", "luncheon", "breakfast", "dinner", "speech", "town", "press", "podcast")

// questionsAbout reads the questions that a sentence names by a plural
// noun: "Trump has faced questions about business practices at his
// foundation", "raised new questions about whether the foundation worked
// …", "profound questions as to what it stands for". The quote is the
// topic of the questions; it has no speaker. (The singular, "a question
// about", is as often the writer's own.)
func (d *docState) questionsAbout(st []token) (attr, quote.Span, bool) {
	for v := 0; v < len(st)-3; v++ {
		t := st[v]
		if !t.is("questions") || t.isCap() || d.claimed(quote.Span{Start: t.start, End: t.end}) {
			continue
		}
		k := v + 1
		switch {
		case st[k].is("about", "over"):
			k++
		case st[k].is("of", "as") && st[k+1].is("whether", "how", "why", "what", "who", "if"):
			k++
		case st[k].is("as") && st[k+1].is("to") && k+2 < len(st) && askWords[st[k+2].lower]:
			k += 2
		default:
			continue
		}
		topic := !askWords[st[k].lower]
		end := d.questionEnd(st, k, topic, false, false)
		if end-k < 2 && !(topic && end-k == 1) {
			continue
		}
		c := quote.Span{Start: st[k].start, End: d.closingMark(st, k, end)}
		if d.claimed(c) {
			continue
		}
		a := attr{rule: ruleDeclinedAsked, conf: 0.4, cue: d.textOf(st, v, k)}
		a.cueSpan = spanOf(st, v, k)
		a.evidence = a.cueSpan
		return a, c, true
	}
	return attr{}, quote.Span{}, false
}
