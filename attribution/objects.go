package attribution

import (
	"strings"

	"github.com/quotetrail/quotetrail/quote"
)

// verbThenFragment reads a quoted fragment in the object of a reporting
// verb: "he called the plan “a disaster” for farmers", "Will described Trump
// as a “caricature”". The mixed quote runs from the verb's object to the
// end of the sentence.
func (d *docState) verbThenFragment(st []token) (attr, quote.Span, bool) {
	frag := -1
	for k, t := range st {
		if t.kind == tQuote && d.fragmentAt(t.start) && !titleAfter(st, k) {
			// A single quoted word is a term more often than a quotation,
			// but not as what someone called someone ("called her
			// “weak”", "described him as a “loser”").
			if m, ok := d.markAt(t.start); ok && len(strings.Fields(m.Text)) < 2 && !d.calledWord(st, k) {
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
		if !ok || !isSpeechVerb(verb) || t.kind != tWord || t.isCap() || st[v-1].is("to") || negated(st, v, 0) || naming(st, v) {
			continue
		}
		var p np
		ing := strings.HasSuffix(t.lower, "ing")
		switch {
		case ing && st[v-1].kind == tWord && st[v-1].isCap():
			// "…, with Sen. John McCain calling it a “Chinese menu.”"
			if p, ok = d.subjectBefore(st, v, 0); !ok {
				p, ok = d.sentenceSubject(st, v)
			}
		case ing:
			p, ok = d.sentenceSubject(st, v)
		case st[v-1].is("and", "but"):
			// "when Cruz knocked Rubio on trade and called him a
			// “moderate”": the subject of the first verb.
			p, ok = d.coordSubject(st, v)
		default:
			p, ok = d.subjectBefore(st, v, 0)
		}
		if !ok && st[v-1].is("that") {
			continue // "called that report a “boldfaced lie”": a noun
		}
		if !ok {
			return attr{}, quote.Span{}, false
		}
		start := v + 1
		if verb.Lemma == "tell" {
			start = d.afterAddressee(st, start, frag)
		} else if verb.Clause {
			start = d.afterAdjunct(st, start, frag)
		}
		if start < len(st) && st[start].is("that") {
			start++
		}
		end := clauseEnd(st, frag)
		if strings.HasSuffix(t.lower, "ing") {
			end = participleEnd(st, frag, end)
		}
		if start >= end {
			return attr{}, quote.Span{}, false
		}
		a := verbAttr(st, p, v, ruleVerbFragment, 0.7)
		a.via = d.relaysAround(st, v)
		return a, quote.Span{Start: st[start].start, End: st[end-1].end}, true
	}
	return attr{}, quote.Span{}, false
}

// callVerbs name or judge their object with the words that follow it:
// "called her “weak”", "described him as “volatile”".
var callVerbs = set("call", "describe", "label", "dub", "brand", "denounce", "dismiss", "deride", "refer to")

// calledWord reports whether the quotation mark st[k] follows, within a
// few words, a verb of callVerbs and its object: "called her “weak”",
// "called him a “loser”", "referred to him as a “reformer”".
func (d *docState) calledWord(st []token, k int) bool {
	for v := k - 1; v >= 1 && k-v <= 6; v-- {
		if st[v].kind != tWord {
			return false
		}
		if verb, ok := d.verbAt(st, v); ok && callVerbs[verb.Lemma] && !st[v].isCap() {
			if v == k-1 || naming(st, v) {
				return false
			}
			// The word ends the clause: "calling him a “loser.”", "called
			// her “weak” and said …".
			m, ok := d.markAt(st[k].start)
			if !ok {
				return false
			}
			j := k + 1
			for j < len(st) && st[j].end <= m.Outer.End {
				j++
			}
			return j >= len(st) || st[j].is(".", ";", "!", "?") || d.writerAfterMark(st, j)
		}
	}
	return false
}

// afterAddressee returns where the words told begin after the addressee
// that starts at st[k], when the quoted fragment at st[frag] is in them:
// at "that" ("told a Politico reporter Monday evening that he “would …”",
// "told MSNBC's “Morning Joe” that nobody …"), else after an addressee
// that the fragment follows ("told The Herald daily newspaper “…” had
// …"). It returns k when the addressee may be the content's ("told his
// supporters at a rally to “go …”", "told the government to “…”").
func (d *docState) afterAddressee(st []token, k, frag int) int {
	inside := false // within quotation marks: "speculation that …" is the fragment's own
	for j := k; j < len(st)-1 && j-k <= 12; j++ {
		if st[j].kind == tQuote {
			inside = !inside
		}
		if st[j].is("that") && !inside {
			return j
		}
		if st[j].is(".", ";", "?", "!") {
			break
		}
	}
	if j := d.skipAddressee(st, k); j > k && j <= frag && !prepositions[st[j].lower] {
		return j
	}
	return k
}

// afterAdjunct returns where a clause begins after the prepositional
// adjunct that opens st[k:] before the quoted fragment at st[frag]: at a
// determiner or a subject pronoun whose verb follows ("said in a front page
// commentary the “budget is bad …”", "said on Tuesday the plan was “a
// disaster”"), else k.
func (d *docState) afterAdjunct(st []token, k, frag int) int {
	if !prepositions[st[k].lower] || st[k].is("that", "to", "of", "as", "like", "than") {
		return k
	}
	for j := k + 2; j <= frag && j-k <= 8; j++ {
		t := st[j]
		if t.kind != tWord || t.is("to") || verbLike(d, st, j) && !t.isCap() {
			return k // no adjunct but a clause or an infinitive: "vowed on Tuesday to refrain from using the phrase “…”"
		}
		if !(t.is("the", "a", "an", "his", "her", "its", "their") || pronounLike(t)) || prepositions[st[j-1].lower] || determiners[st[j-1].lower] {
			continue
		}
		for e, n := j+1, 0; e < len(st) && n < 4; e++ {
			if st[e].kind == tQuote {
				continue // the fragment may open inside the clause
			}
			if st[e].kind != tWord {
				break
			}
			if verbLike(d, st, e) && !st[e].isCap() {
				return j
			}
			n++
		}
	}
	return k
}

// verbThenObject reads a speech verb that takes an object rather than a
// clause: "They called him a political opportunist", "Clinton criticized
// the plan as reckless", "Trump asked the network to donate the profits".
// The quote is the object and what follows it, to the end of the clause.
func (d *docState) verbThenObject(st []token) (attr, quote.Span, bool) {
	for v := 1; v < len(st)-1; v++ {
		t := st[v]
		verb, ok := d.verbAt(st, v)
		ing := strings.HasSuffix(t.lower, "ing")
		if verb.Lemma == "cite" && citesSource(st, v+1) {
			// "…, citing customs officials", "the paper cited official
			// sources": the source of the words, read by citing.
			continue
		}
		byIng := ing && v > 1 && st[v-1].is("by", "while", "besides", "without", "in") && targetVerbs[verb.Lemma] // "has played to voters by criticizing the fact-checkers"
		if !ok || verb.Class != "speech" && verb.Lemma != "cite" || !objectVerbs[verb.Lemma] && !tellVerbs[verb.Lemma] ||
			t.isCap() && !(titleCase(st) && targetVerbs[verb.Lemma]) || // "Glenn Beck Blasts Drudge for …"
			ing && !byIng && !((st[v-1].is(",", "—", "–", "--", "is", "was", "are", "were", "been") ||
				v > 1 && (isAdverb(st[v-1]) || preVerbWords[st[v-1].lower] || timeWords[st[v-1].lower] || st[v-1].is("now", "still", "already", "again")) && st[v-2].is("is", "was", "are", "were", "been")) && objectVerbs[verb.Lemma]) {
			// A participle only after a comma ("…, calling for a ban")
			// or in a progressive ("is calling for").
			continue
		}
		if verb.Lemma == "attack" && (attackNoun(st, v) || armedAttack(st, v+1)) || t.is("express") {
			continue // ("the air express company": the bare "express" is seldom the verb)
		}
		if tellVerbs[verb.Lemma] {
			// "asked the network to donate": only with what follows the
			// addressee ("to …", "whether …", "about …").
			k := d.skipAddressee(st, v+1)
			if k <= v+1 || k >= len(st)-1 || !st[k].is("to", "whether", "if", "about", "why", "how", "what") {
				continue
			}
		}
		gov, goesOn := goesOnTo(st, v)
		if st[v-1].is("to") && !goesOn || st[v-1].is("be", "being") || !ing && st[v-1].is("was", "were", "is", "are", "been") ||
			negated(st, v, 0) && !unsaid[verb.Lemma] || d.claimed(quote.Span{Start: t.start, End: t.end}) || naming(st, v) {
			continue
		}
		after := afterVerb(st, v, verb)
		if after >= len(st) || after == len(st)-1 && !targetVerbs[verb.Lemma] {
			continue
		}
		next := st[after]
		// "Clinton vowed to raise taxes": a promise or a threat holds its
		// words in the infinitive.
		toWhat := next.is("to") && infinitiveVerbs[verb.Lemma] && after+1 < len(st) && st[after+1].kind == tWord && !st[after+1].isCap()
		if next.kind != tWord && !next.is("$", "£", "€") || prepositions[next.lower] && !next.is("for", "on") && !toWhat || next.is("that", "and", "or", "but") ||
			strings.HasSuffix(next.lower, "ed") && after == v+1 { // (but "talked about renewed fears")
			// "Search terms included …": the "verb" was a noun.
			continue
		}
		var p np
		switch {
		case goesOn:
			p, ok = d.subjectBefore(st, gov, 0) // "continued to call for"
		case byIng:
			p, ok = d.sentenceSubject(st, v-1)
		case ing && st[v-1].kind == tWord:
			p, ok = d.subjectBefore(st, v-1, 0) // "Trump is calling for"
		case ing:
			p, ok = d.sentenceSubject(st, v) // "…, calling for"
		case st[v-1].is("and", "but"):
			p, ok = d.coordSubject(st, v) // "Cruz knocked Rubio and called him …"
		default:
			p, ok = d.subjectBefore(st, v, 0)
		}
		if !ok || p.pronoun && relativePronouns[strings.ToLower(p.mention.Text)] {
			continue
		}
		start := after
		if next.is("for", "on") && after+1 < len(st) { // "urged on", "called for" (without the phrasal reading)
			start = after + 1
		}
		if verb.Lemma == "express" {
			start = feelingAbout(st, start)
		}
		end := len(st)
		for k := start; k < len(st); k++ {
			if st[k].is(";", ":") || st[k].is(",") && k-start >= 3 && !(toWhat && listGoesOn(st, k)) && !d.wordList(st, k) ||
				st[k].is(",") && k > start && k+1 < len(st) && strings.HasSuffix(st[k+1].lower, "ing") && !st[k+1].isCap() && !d.wordList(st, k) { // "pointed to the polls, cracking a smile"
				end = k
				break
			}
			if k > start && st[k].is("and", "but") && k+1 < len(st) && !st[k+1].isCap() && verbLike(d, st, k+1) {
				// "referred to jihadism but was careful …", "pointed to
				// her support and praised her …": the speaker's next verb.
				end = k
				break
			}
		}
		if end == start || end-start < 2 && after == v+1 && !shortObject(st, start, end, verb) {
			continue // one word is enough after a phrasal verb: "referred to jihadism"
		}
		if e := wordsEnd(st, start, end); len(d.text[st[start].start:st[e-1].end]) < 8 && !shortObject(st, start, e, verb) {
			continue
		}
		a := attr{speaker: p, rule: ruleVerbObject, conf: 0.6, cue: t.text}
		d.subjectRelays(&a, st, v)
		a.cueSpan = spanOf(st, v, v+1)
		a.evidence = spanOf(st, a.speaker.lo, v+1)
		return a, quote.Span{Start: st[start].start, End: d.closingMark(st, start, end)}, true
	}
	return attr{}, quote.Span{}, false
}

// objectVerbs report an evaluation or a demand in their object: "called the
// plan a disaster", "accused Clinton of lying", "urged voters to stay home".
var objectVerbs = set("call", "describe", "criticize", "criticise", "accuse", "praise", "blast",
	"slam", "attack", "defend", "condemn", "denounce", "label", "dub", "brand", "urge", "reject",
	"dismiss", "deny", "promise", "pledge", "vow", "propose", "demand", "blame", "credit",
	"hail", "mock", "ridicule", "lambaste", "decry", "deride", "chide", "scold",
	"warn", "endorse", "recommend", "request", "announce", "predict", "threaten",
	"call for", "call on", "rule out", "play down", "spell out", "lash out", "talk about",
	"speak about", "speak of", "refer to", "point to", "complain about", "brag about",
	"boast about", "boast of", "joke about", "warn of", "write about", "cite", "question",
	"discuss", "mention", "dispute", "tout", "ask for", "thank", "echo", "express")

// naming reports whether st[v] names what comes before it rather than
// reporting speech: "a firm called Cambridge Analytica", "a beer called
// “Swing State Pale Ale”".
func naming(st []token, v int) bool {
	if !namingVerb(st[v]) || v+1 >= len(st) {
		return false
	}
	p, n := st[v-1], st[v+1]
	return p.kind == tWord && !p.isCap() && !subjectPronouns[p.lower] && !isAdverb(p) && !preVerbWords[p.lower] &&
		(n.isCap() || n.kind == tQuote)
}

// titleAfter reports whether the quotation mark st[k] opens the title of a
// programme, a book or a paper: "told the television program ”Inside
// Edition”", "on ABC's “Good Morning America”".
func titleAfter(st []token, k int) bool {
	if k < 1 || k+1 >= len(st) || !st[k+1].isCap() {
		return false
	}
	p := st[k-1]
	return strings.HasSuffix(p.lower, "'s") && p.isCap() || p.is("program", "programme", "show", "book", "film", "movie",
		"documentary", "column", "op-ed", "editorial", "essay", "article", "album", "song", "series", "newsletter", "blog", "podcast")
}

// coordSubject finds the subject of a verb joined by "and" or "but" to
// an earlier one: the subject of that earlier verb ("Cruz knocked Rubio on
// trade and called him …").
func (d *docState) coordSubject(st []token, v int) (np, bool) {
	for k := v - 2; k >= 1 && v-k <= 12; k-- {
		t := st[k]
		if t.kind != tWord {
			if t.is(",", ";", ":") || t.kind == tQuote {
				break
			}
			continue
		}
		if !t.isCap() && (strings.HasSuffix(t.lower, "ed") || pastForms[t.lower] || d.speechVerbAt(st, k)) {
			if p, ok := d.subjectBefore(st, k, 0); ok {
				return p, true
			}
			break
		}
	}
	return d.sentenceSubject(st, v)
}

// closingMark returns the end of the words st[start:end], past the closing
// mark of a quoted fragment that a comma ends inside: "called him a
// “moderate,” a dig at him" ends after the mark.
func (d *docState) closingMark(st []token, start, end int) int {
	if end+1 < len(st) && st[end].is(",") && st[end+1].kind == tQuote {
		for _, m := range d.marks {
			if m.Outer.End == st[end+1].end && m.Outer.Start >= st[start].start {
				return m.Outer.End
			}
		}
	}
	return st[end-1].end
}

// wordList reports whether the comma st[k] is inside a short list that
// ends with "and" or "or": "a kind, loving and admirable person".
func (d *docState) wordList(st []token, k int) bool {
	for j := k + 1; j < len(st)-1 && j-k <= 3; j++ {
		t := st[j]
		if t.kind != tWord || t.isCap() && j == k+1 || t.is("is", "are", "was", "were", "has", "have", "had", "will", "would") || d.speechVerbAt(st, j) {
			return false
		}
		if t.is("and", "or") {
			return j > k+1 && st[j+1].kind == tWord
		}
	}
	return false
}

// namingVerb reports whether t is a participle that may name a thing.
func namingVerb(t token) bool {
	return t.is("called", "named", "dubbed", "titled", "labeled", "labelled")
}

// citesSource reports whether the words at st[k] name a source ("official
// sources", "customs figures", "a report in the Times") rather than a
// reason or an example.
func citesSource(st []token, k int) bool {
	for j := k; j < len(st) && j-k < 4; j++ {
		if st[j].kind != tWord {
			return false
		}
		if st[j].is("source", "sources", "official", "officials", "figures", "statistics", "data", "report", "reports",
			"documents", "diplomats", "analysts", "bankers", "traders", "dealers", "newspaper", "paper", "agency", "radio") {
			return true
		}
	}
	return false
}

// participleEnd ends a participle's clause st[from:end] where the
// sentence's own subject takes its next verb: "Perez hammered Trump,
// calling him a “train wreck,” and contrasted …".
func participleEnd(st []token, from, end int) int {
	past := func(t token) bool {
		return t.kind == tWord && !t.isCap() && (strings.HasSuffix(t.lower, "ed") || pastForms[t.lower])
	}
	depth := 0
	for k := from; k+2 < end; k++ {
		if st[k].kind == tQuote {
			depth ^= 1
			if depth == 0 && k > 0 && st[k-1].is(",") && st[k+1].is("and", "but") && past(st[k+2]) {
				return k + 1 // "… “outsourcer in chief,” and contrasted"
			}
			continue
		}
		if depth == 0 && st[k].is(",") && st[k+1].is("and", "but") && past(st[k+2]) {
			return k
		}
	}
	return end
}

// pastForms are common irregular past tenses.
var pastForms = set("said", "told", "wrote", "spoke", "made", "took", "gave", "went", "came", "got",
	"kept", "left", "met", "ran", "sent", "brought", "thought", "began", "held", "stood", "won", "lost")

// listGoesOn reports whether the comma at st[k] joins one more verb phrase
// to a list ("vowed to enact reform, fix the system and end the war")
// rather than closing the clause.
func listGoesOn(st []token, k int) bool {
	if k+2 >= len(st) || st[k+1].kind != tWord || st[k+1].isCap() || subjectPronouns[st[k+1].lower] ||
		relativePronouns[st[k+1].lower] || strings.HasSuffix(st[k+1].lower, "ing") || prepositions[st[k+1].lower] ||
		determiners[st[k+1].lower] || st[k+1].is("and", "but", "or", "as", "while", "when", "because", "although", "though", "if") {
		return false
	}
	return true
}

// claimThat reads a noun of speech with its clause, owned by the speaker:
// "Donald Trump's claim that there have been “thousands of shootings”",
// "her remark that …", "his warning that Britain would …".
func (d *docState) claimThat(st []token) (attr, quote.Span, bool) {
	for v := 1; v < len(st)-3; v++ {
		t := st[v]
		if !st[v+1].is("that") || !claimNouns[t.lower] || st[v+2].kind != tWord && st[v+2].kind != tQuote ||
			st[v+2].kind == tWord && verbLike(d, st, v+2) || d.claimed(quote.Span{Start: t.start, End: t.end}) {
			continue // "the claim that was made": a relative clause
		}
		p, ok := d.nounOwner(st, v)
		if !ok {
			continue
		}
		start := v + 2
		// The clause is often inside a phrase of the writer's ("Despite
		// Mr. Trump's claims that his net worth exceeds $10 billion, all
		// the firms …"): it ends at a comma or a dash.
		end := clauseEnd(st, start)
		depth := 0
		for k := start + 1; k < end; k++ {
			if st[k].kind == tQuote {
				depth ^= 1
			}
			if depth == 0 && st[k].is(",", "—", "–", "--") {
				end = k
				break
			}
		}
		a := verbAttr(st, p, v, ruleReportedThat, 0.6)
		return a, quote.Span{Start: st[start].start, End: st[end-1].end}, true
	}
	return attr{}, quote.Span{}, false
}

// nounOwner returns the owner of the noun of speech at st[v], back over a
// few modifiers: "Trump's recent evidence-free assertion", "his repeated
// calls"; a pronoun or a name with "'s".
func (d *docState) nounOwner(st []token, v int) (np, bool) {
	j := v - 1
	for j > 0 && v-j <= 3 && st[j].kind == tWord && !st[j].isCap() && !determiners[st[j].lower] && !strings.HasSuffix(st[j].lower, "'s") {
		j--
	}
	o := st[j]
	switch {
	case o.is("his", "her", "their"):
		return np{lo: j, hi: j + 1, pronoun: true, mention: Mention{Span: spanOf(st, j, j+1), Text: o.text}}, true
	case strings.HasSuffix(o.lower, "'s") && o.isCap():
		return d.nameEndingAt(st, j+1, 0)
	}
	return np{}, false
}

// callTo reads a noun of speech that takes what is called for or promised
// as an infinitive, owned by the speaker: "his repeated calls to ban the
// imports", "the governor's promise to cut property taxes", "her pledge to
// stay neutral". The words run from "to" to a comma, a dash or the verb of
// the sentence ("… to cut taxes has drawn criticism").
func (d *docState) callTo(st []token) (attr, quote.Span, bool) {
	for v := 1; v < len(st)-3; v++ {
		t := st[v]
		if !callNouns[t.lower] || !st[v+1].is("to") || st[v+2].kind != tWord || st[v+2].isCap() || determiners[st[v+2].lower] ||
			d.claimed(quote.Span{Start: t.start, End: t.end}) {
			continue // "his call to the senator", "her promise to Iowa voters"
		}
		p, ok := d.nounOwner(st, v)
		if !ok {
			continue
		}
		start, end := v+1, v+3
		for end < len(st) && !st[end].is(",", ";", ".", "?", "!", ":", "(", "—", "–", "--") && !(end > v+3 && auxiliaries[st[end].lower]) {
			end++
		}
		a := verbAttr(st, p, v, ruleReportedThat, 0.5)
		return a, quote.Span{Start: st[start].start, End: st[end-1].end}, true
	}
	return attr{}, quote.Span{}, false
}

// callNouns are the nouns of speech that take an infinitive: "his call to".
var callNouns = set("call", "calls", "promise", "promises", "pledge", "pledges", "vow", "vows")

// claimNouns are the nouns of speech that take a clause: "her claim that".
var claimNouns = set("claim", "claims", "remark", "remarks", "assertion", "assertions", "statement",
	"comment", "comments", "warning", "promise", "pledge", "suggestion", "argument", "insistence",
	"allegation", "allegations", "accusation", "charge", "contention", "declaration", "vow",
	"prediction", "complaint", "announcement", "admission", "boast", "threat", "proposal")

// infinitiveVerbs take what they promise or threaten as an infinitive:
// "vowed to fight on", "threatened to sue".
var infinitiveVerbs = set("vow", "pledge", "promise", "threaten")

// declinedOrAsked reads the refusals of news copy: "Trump declined to
// comment on the report" (the quote is "to comment on the report").
// Questions ("Clinton was asked whether she would serve") are read by
// questions, before the frames.
func (d *docState) declinedOrAsked(st []token) (attr, quote.Span, bool) {
	for v := 1; v < len(st)-2; v++ {
		t := st[v]
		if !t.is("declined", "refused", "declines", "refuses") || !st[v+1].is("to") || !refusedSpeech[st[v+2].lower] {
			continue
		}
		start := v + 1
		p, ok := d.subjectBefore(st, v, 0)
		if !ok {
			continue
		}
		end := refusalEnd(d, st, start)
		if end-start < 2 {
			continue
		}
		a := verbAttr(st, p, v, ruleDeclinedAsked, 0.6)
		return a, quote.Span{Start: st[start].start, End: st[end-1].end}, true
	}
	return attr{}, quote.Span{}, false
}

// refusalEnd returns where the refusal that begins at st[start] ("to
// comment …") ends: at a comma before a verb ("declined to comment, was
// born in …", "declined to comment, didn't respond …"), else where the
// clause ends (addReported cuts trailing clauses).
func refusalEnd(d *docState, st []token, start int) int {
	end := clauseEnd(st, start)
	for k := start + 2; k < end-1; k++ {
		if st[k].is(",") && !st[k+1].isCap() && verbLike(d, st, k+1) {
			return k
		}
	}
	return end
}

// refusedSpeech are the verbs of "declined to comment", "refused to say".
var refusedSpeech = set("comment", "say", "discuss", "respond", "answer", "elaborate", "weigh",
	"speculate", "confirm", "specify", "name", "address", "detail", "disclose", "identify",
	"explain", "provide", "release", "reveal", "talk")

// shortObject reports whether the short object st[start:end] is the words
// of the verb: a name or a pronoun its speaker attacked, praised or
// mentioned ("attacked Machado", "praised him"), or a feeling expressed
// ("expressed concern"). Other short objects are seldom what was said
// ("denied bail", "call home").
func shortObject(st []token, start, end int, verb Verb) bool {
	if !targetVerbs[verb.Lemma] {
		return false
	}
	n := 0
	for k := start; k < end; k++ {
		if st[k].kind == tWord {
			n++
		}
	}
	t := st[start]
	return n == 1 && t.kind == tWord && (verb.Lemma == "express" && !t.isCap() && !determiners[t.lower] ||
		t.isCap() && !determiners[t.lower] && !subjectPronouns[t.lower] || objectPronouns[t.lower] && !t.is("it", "you"))
}

// onlyTime reports whether toks are words of time alone: "today", "last
// week", "on Monday".
func onlyTime(toks []token) bool {
	for _, t := range toks {
		if !timeWords[t.lower] && !timeNouns[t.lower] && !t.is("on", "last", "this", "next") {
			return false
		}
	}
	return len(toks) > 0
}

// wordsEnd returns the end of st[start:end] without its final punctuation.
func wordsEnd(st []token, start, end int) int {
	for end > start+1 && st[end-1].kind == tPunct {
		end--
	}
	return end
}

// targetVerbs are the speech verbs whose object alone may be what was said:
// "attacked Trump", "thanked Miami", "mentioned Cruz".
var targetVerbs = set("attack", "criticize", "criticise", "praise", "blast", "slam", "defend", "condemn",
	"denounce", "decry", "mock", "ridicule", "deride", "thank", "reject", "dismiss", "hail", "mention",
	"discuss", "echo", "express", "talk about", "speak about", "speak of", "refer to")

// attackNoun reports whether "attack" or "attacks" at st[v] is the noun,
// far more common in news than the verb: "the Orlando attack was", "Paris
// attacks test Clinton's strategy", "his attacks on Cruz". The verb follows
// a pronoun, a modal or an adverb ("she attacks", "will attack"), or
// stands between two names ("Clinton attacks Trump").
func attackNoun(st []token, v int) bool {
	t, p := st[v], st[v-1]
	if !t.is("attack", "attacks") {
		return false
	}
	if subjectPronouns[p.lower] && !p.is("one") || p.is("to", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does", "do") || isAdverb(p) {
		return false
	}
	return !(p.isCap() && v+1 < len(st) && (st[v+1].isCap() || objectPronouns[st[v+1].lower]))
}

// armedAttack reports whether the object of "attacked" at st[k] is a
// military target, not someone criticized: "attacked targets in the area",
// "have been attacking shipping in the Gulf".
func armedAttack(st []token, k int) bool {
	for j := k; j < len(st) && j-k < 5 && st[j].kind == tWord; j++ {
		if armedTargets[st[j].lower] {
			return true
		}
	}
	return false
}

// armedTargets are what armies, not critics, attack.
var armedTargets = set("targets", "target", "shipping", "ships", "ship", "tanker", "tankers", "vessel", "vessels",
	"positions", "base", "bases", "village", "villages", "town", "towns", "troops", "forces", "convoy", "convoys",
	"installations", "outposts", "outpost", "platform", "platforms", "refinery", "refineries", "soldiers", "patrol",
	"airport", "embassy", "barracks", "police", "station", "checkpoint")

// unsaid are the verbs whose object is reported even when the verb is
// negated: what a speaker "did not mention" or "never discussed" is what the
// speech left out ("Cruz never mentioned Trump by name").
var unsaid = set("mention", "discuss")

// passiveBy reads an evaluation in the passive voice, whose subject is
// what was said of: "Trump has been criticized by some of his rivals", "a
// practice criticized by civil rights advocates", "Her death was confirmed
// by the Eagle Forum". The quote is the subject; the speaker follows "by".
func (d *docState) passiveBy(st []token) (attr, quote.Span, bool) {
	for v := 2; v < len(st)-2; v++ {
		t := st[v]
		verb, ok := d.verbAt(st, v)
		if !ok || !passiveVerbs[verb.Lemma] || !strings.HasSuffix(t.lower, "ed") || t.isCap() || !st[v+1].is("by") ||
			d.claimed(quote.Span{Start: t.start, End: t.end}) {
			continue
		}
		p, ok := d.agentAfter(st, v+2)
		if !ok {
			continue
		}
		j := v - 1
		for j > 0 && st[j].kind == tWord && (isAdverb(st[j]) || st[j].is("never", "not", "also", "then", "often", "widely", "repeatedly", "roundly", "soundly", "later", "since", "first", "just")) {
			j--
		}
		if st[j].is("was", "were", "is", "are", "been", "being", "be") {
			for j > 0 && st[j-1].kind == tWord && st[j-1].is("was", "were", "is", "are", "been", "be", "has", "have", "had", "will", "would", "could", "may", "might", "must", "should", "can", "not", "never", "also") {
				j--
			}
		} else if j != v-1 {
			continue
		} else {
			j = v // "a practice criticized by …": the noun phrase ends at the verb
		}
		lo, ok := objectBefore(d, st, j)
		if !ok || st[lo].is("no") || lo > 0 && (st[lo-1].is("and", "or") || prepositions[st[lo-1].lower] && !st[lo-1].is("that")) { // ("No price was disclosed by the company": nothing was)
			continue // "the levy on oils and fats has been criticised by": not the whole subject
		}
		hi := j
		if relativePronouns[st[lo].lower] && lo+1 == j {
			// "the deal, which was announced by the banks": what was
			// announced is the deal the pronoun stands for.
			k := lo
			if k > 0 && st[k-1].is(",") {
				k--
			}
			ante, ok := d.npEndingAt(st, k, 0)
			if !ok || ante.pronoun {
				continue
			}
			lo, hi = ante.lo, k
		}
		a := attr{speaker: p, rule: ruleVerbObject, conf: 0.55, cue: d.textOf(st, j, v+2)}
		a.cueSpan = spanOf(st, j, v+2)
		a.evidence = spanOf(st, lo, p.hi)
		return a, spanOf(st, lo, hi), true
	}
	return attr{}, quote.Span{}, false
}

// objectBefore returns where the noun phrase that ends before st[end]
// begins: "Her death", "Clinton's attacks", "a practice", "which".
func objectBefore(d *docState, st []token, end int) (int, bool) {
	k := end - 1
	if k < 0 || st[k].kind != tWord {
		return 0, false
	}
	if relativePronouns[st[k].lower] || subjectPronouns[st[k].lower] {
		return k, true // "which is then denounced by Trump", "it was never mentioned by"
	}
	for ; k >= 0 && end-k <= 8; k-- {
		t := st[k]
		if t.kind != tWord || prepositions[t.lower] && !t.is("of") || relativePronouns[t.lower] || subjectPronouns[t.lower] ||
			t.is("and", "or", "but", "if", "when", "while", "because", "although", "though", "as") || verbLike(d, st, k) && !t.isCap() {
			break
		}
		if determiners[t.lower] || strings.HasSuffix(t.lower, "'s") && k == end-1 {
			if k >= 2 && st[k-1].is("of") && st[k-2].kind == tWord && !determiners[st[k-2].lower] && !verbLike(d, st, k-2) {
				k-- // "News of the tour's move": on to the noun before "of"
				continue
			}
			return k, k < end-1 || !determiners[t.lower]
		}
	}
	k++
	if k >= end || st[k].is("of") {
		return 0, false
	}
	return k, true
}

// agentAfter reads the speaker after the "by" of a passive, from st[k]:
// "by Miller", "by some of his rivals", "by the Eagle Forum, the group she
// founded".
func (d *docState) agentAfter(st []token, k int) (np, bool) {
	e := k
	for e < len(st) && e-k < 10 && st[e].kind == tWord && !(prepositions[st[e].lower] && !st[e].is("of")) && !(e > k && timeWords[st[e].lower]) &&
		!relativePronouns[st[e].lower] && !st[e].is("and", "but", "for") && !(e > k && verbLike(d, st, e) && !st[e].isCap()) {
		e++
	}
	if e == k || timeWords[st[k].lower] || st[k].is("now") {
		return np{}, false // "should have been confirmed by now"
	}
	if p, ok := d.npEndingAt(st, e, k); ok && p.lo == k || ok && p.lo > k && st[k].is("the", "a", "an") {
		return p, true
	}
	return d.shortPhrase(st, k, e)
}

// passiveVerbs report, in the passive, what the speaker said of the
// subject: "was criticized by", "a call echoed by".
var passiveVerbs = set("attack", "criticize", "criticise", "praise", "blast", "slam", "defend", "condemn",
	"denounce", "decry", "mock", "ridicule", "deride", "reject", "dismiss", "hail", "mention", "echo",
	"confirm", "accuse", "question", "dispute", "report", "announce", "reveal", "disclose")

// feelingAbout returns where the words begin after a feeling expressed
// about them, at st[k]: "expressed concern about the policy", "expressed
// deep misgivings about Mrs. Clinton" (the words are "the policy", "Mrs.
// Clinton"); else k ("expressed their support for Trump").
func feelingAbout(st []token, k int) int {
	if st[k].is("their", "his", "her", "its", "our", "my", "your") {
		return k
	}
	for j := k + 1; j < len(st)-1 && j-k <= 2; j++ {
		if st[j].is("about", "at", "over", "with", "for", "in", "that") {
			return j + 1
		}
		if st[j].kind != tWord || determiners[st[j].lower] {
			break
		}
	}
	return k
}
