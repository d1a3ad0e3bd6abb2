package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/quote"
)

// np is a noun phrase found around a reporting verb: the tokens [lo, hi) of
// the phrase, and within it the name or head that is the mention proper.
type np struct {
	mention    Mention
	lo, hi     int // token range of the whole phrase, role included
	pronoun    bool
	anonymous  bool
	generic    bool // a group or a common noun ("officials", "the ministry")
	possessive bool // "Haftar's spokesman": the owner is the organisation
}

// spanOf returns the byte span of tokens [lo, hi).
func spanOf(toks []token, lo, hi int) quote.Span {
	return quote.Span{Start: toks[lo].start, End: toks[hi-1].end}
}

func (d *docState) textOf(toks []token, lo, hi int) string {
	if hi <= lo {
		return ""
	}
	s := spanOf(toks, lo, hi)
	return d.text[s.Start:s.End]
}

// subjectBefore finds the subject of the verb at toks[v]: the noun phrase
// that ends just before it, past auxiliaries and adverbs ("he has also
// said"), an apposition or relative clause between commas ("Hugh Hill, a
// doctor at the clinic, said"), or an anonymity clause ("a source who asked
// not to be named said"). lo bounds the search.
func (d *docState) subjectBefore(toks []token, v, lo int) (np, bool) {
	p, ok := d.subjectBefore0(toks, v, lo)
	if ok {
		p = d.closeTo(toks, p, lo)
		p = d.groupList(toks, p, lo)
	}
	return p, ok
}

// peopleNoun reports whether w names speakers, in the singular or the
// plural: "analyst", "stockbrokers", "bankers".
func peopleNoun(w string) bool {
	return commonNoun(w) || strings.HasSuffix(w, "s") && commonNoun(w[:len(w)-1])
}

// groupList widens the subject p, a group of people, to the list it ends:
// "economists, politicians and stockbrokers told Reuters", "traders and
// analysts said".
func (d *docState) groupList(toks []token, p np, lo int) np {
	if p.pronoun || !peopleNoun(toks[p.hi-1].lower) || p.lo-2 < lo || !toks[p.lo-1].is("and", "or") {
		return p
	}
	k := p.lo
	for k-2 >= lo && toks[k-1].is("and", "or", ",") {
		q, ok := d.npEndingAt(toks, k-1, lo)
		if !ok || q.pronoun || !peopleNoun(toks[q.hi-1].lower) || toks[q.hi-1].isCap() && q.lo > 0 || q.hi != k-1 || q.hi-q.lo > 3 {
			break
		}
		k = q.lo
	}
	if k == p.lo {
		return p
	}
	w := p
	w.lo = k
	w.mention.Span = spanOf(toks, k, p.hi)
	w.mention.Text = d.textOf(toks, k, p.hi)
	w.mention.Name = describe(w.mention.Text) // ("They" later stands for the group)
	return w
}

// closeTo widens the subject p to the sources it is the object of: "a
// source close to the talks", "sources familiar with the matter", "people
// close to the company" speak, not the talks or the company.
func (d *docState) closeTo(toks []token, p np, lo int) np {
	k := p.lo - 2
	if k-1 < lo || !(toks[k].is("close", "near", "familiar", "closest") && toks[k+1].is("to", "with")) {
		return p
	}
	q, ok := d.npEndingAt(toks, k, lo)
	if !ok || q.pronoun || !sourceHead(phraseHead(toks[q.lo:q.hi])) && !toks[q.hi-1].is("people", "person", "someone", "aides", "aide", "friends", "friend", "associates", "associate") {
		return p
	}
	q.hi = p.hi
	q.mention.Span = spanOf(toks, q.lo, p.hi)
	q.mention.Text = d.textOf(toks, q.lo, p.hi)
	q.mention.Name, q.mention.Kind = "", Anonymous
	q.generic, q.anonymous = true, true
	return q
}

func (d *docState) subjectBefore0(toks []token, v, lo int) (np, bool) {
	j := v - 1
	for j >= lo && toks[j].kind == tWord && (preVerbWords[toks[j].lower] || timeWords[toks[j].lower] ||
		isAdverb(toks[j]) ||
		timeNouns[toks[j].lower] && j > lo && (toks[j-1].is("last", "this", "next", "that", "earlier", "later") || timeWords[toks[j-1].lower]) || // "on Thursday evening"
		toks[j].is("on") && j+1 < v && timeWords[toks[j+1].lower] || // "Sanders on Tuesday said"
		isYear(toks[j].text) && j > lo && toks[j-1].is("in") || toks[j].is("in") && j+1 < v && isYear(toks[j+1].text)) && // "who in 2010 said"

		!subjectPronouns[toks[j].lower] {
		j--
	}
	if j > lo && toks[j].is("which") && (mediaNouns[toks[j-1].lower] || documentNouns[toks[j-1].lower] || toks[j-1].is("reports")) {
		// "local press reports which said": "which" stands for the
		// report before it.
		if ante, ok := d.npEndingAt(toks, j, lo); ok && !ante.pronoun {
			return ante, true
		}
	}
	titled := false
	if j-1 > lo && toks[j].kind == tQuote && toks[j-1].is(",") && v-j == 1 && titleInMarks(toks, j, lo) {
		// "The Jornal do Brasil newspaper, in an editorial entitled
		// “Dangerous Confrontation,” said": the comma inside the closing
		// mark ends the apposition, whose title is in marks.
		j--
		titled = true
	}
	if j >= lo && toks[j].is(">") {
		// A stock ticker: "Exxon Corp <XON> said".
		k := j - 1
		for k >= lo && j-k <= 6 && !toks[k].is("<") {
			k--
		}
		if k > lo && toks[k].is("<") {
			j = k - 1
		}
	}
	if j-1 > lo && toks[j].is(",") && toks[j-1].is(")") && strayComma(toks, j, lo) {
		j-- // "Sen. Jack Reed (D-R.I.), said": a comma that closes nothing
	}
	if j >= lo && toks[j].is(")") {
		// "Rep. Earl Blumenauer (D-Ore.) said": skip the parenthesis.
		k := j - 1
		for k >= lo && j-k <= 10 && !toks[k].is("(") {
			k--
		}
		if k > lo && toks[k].is("(") {
			j = k - 1
		}
	}
	if j < lo {
		return np{}, false
	}
	// "a senior official, who asked not to be named, said"
	end := j + 1
	anon := false
	base := toks[lo].start
	pre := d.text[base:toks[j].end]
	if len(pre) > 64 {
		// Only the end matters to the cues: lower-case the last words.
		lo0 := len(pre) - 64
		for lo0 < len(pre) && !utf8.RuneStart(pre[lo0]) {
			lo0++
		}
		pre, base = pre[lo0:], base+lo0
	}
	lpre := ""
	if mayEndAnonymousCue(pre) {
		lpre = strings.TrimRight(strings.ToLower(pre), ", ")
	}
	for _, c := range anonymousCues {
		if strings.HasSuffix(lpre, c) {
			cut := base + len(lpre) - len(c)
			for end > lo && toks[end-1].start >= cut {
				end--
			}
			if end > lo && toks[end-1].is(",") {
				end--
			}
			anon = true
			break
		}
	}
	if end-4 >= lo && toks[end-1].is(",") && toks[end-3].is(",") && toks[end-4].isCap() && acronym(toks[end-2].text) {
		// "William Brodsky, president of the Chicago Mercantile Exchange,
		// CME, told": the initials repeat the name before them and are no
		// speaker; an outlet's ("the national news agency, IRNA,") is.
		if _, ok := d.outlet(toks[end-2].text); !ok {
			end -= 2
		}
	}
	if ds, ok := dashAt(toks, end-1); ok && ds > lo+1 {
		// "Kall -- co-editor of Debating The Donald -- said", "A former
		// candidate -- John McCain, who lost in 2008 -- said": an
		// apposition between dashes.
		k := ds - 1
		open := -1
		for k > lo && ds-k <= 30 && !toks[k].is(".", ";", "!", "?") && toks[k].kind != tQuote {
			if o, ok := dashAt(toks, k); ok {
				open = o
				break
			}
			k--
		}
		if open > lo {
			inner := k + 1
			innerEnd := ds
			for c := inner; c < innerEnd; c++ {
				if toks[c].is(",") {
					innerEnd = c // "John McCain, who lost …"
					break
				}
			}
			if p, ok := d.npEndingAt(toks, open, lo); ok {
				if n, ok := d.nameEndingAt(toks, innerEnd, inner); ok && n.lo == inner && n.mention.Kind == Person && nameWords(toks[inner:innerEnd]) && p.generic {
					n.mention.Role = d.textOf(toks, p.lo, open)
					n.lo, n.hi = p.lo, ds
					return n, true
				}
				p.hi = ds
				p.anonymous = p.anonymous || anon
				return p, true
			}
		}
		return np{}, false
	}
	if end > lo && toks[end-1].is(",") {
		// An apposition or a relative clause: find its opening comma.
		k := end - 2
		for k > lo && !toks[k].is(",") && (toks[k].kind != tQuote || titled) && !(toks[k].is(".", ";", "!", "?") && !abbrevDot(toks, k)) {
			k--
		}
		// "Alexander Ivlev, an official with Amtorg, a Soviet trading
		// organization, told" and "Roger Hemminghaus, who will be
		// chairman of the new company, which had sales of …, told": back
		// over appositions and relative clauses to the name they follow.
		first := k
		for k > lo && toks[k].is(",") && (appositionOpener(toks[k+1]) || continuation(toks[k+1]) || placeAfterComma(toks, k, end-1)) {
			j := k - 1
			for j > lo && !toks[j].is(",") && toks[j].kind != tQuote && !(toks[j].is(".", ";", "!", "?") && !abbrevDot(toks, j)) {
				j--
			}
			if j > lo+1 && toks[j].is(",") && k-j <= 4 && toks[j-1].isCap() && toks[j+1].isCap() {
				// "a truck driver from Ava, Mo., who …": a place's
				// state or country is no apposition of its own.
				j--
				for j > lo && !toks[j].is(",") && toks[j].kind != tQuote && !toks[j].is(".", ";", "!", "?") {
					j--
				}
			}
			if j <= lo || !toks[j].is(",") || k-j > 20 || !appositionOpener(toks[j+1]) && !continuation(toks[j+1]) && !(k-j == 2 && asides[toks[j+1].lower]) {
				if !appositionOpener(toks[k+1]) && !hometown(toks, k) {
					// "…, which exports coal to Japan, mainly to Chugoku,":
					// a continuation needs an apposition before it.
					k = first
				}
				break
			}
			k = j
		}
		if k > lo && toks[k].is(",") && k+1 < end-1 && end-1-k <= 40 {
			if o, ok := d.outlet(d.textOf(toks, k+1, end-1)); ok && allCaps(toks[k+1:end-1]) {
				// "Iran's national news agency, IRNA, said": the outlet named
				// in the apposition.
				p := np{lo: lo, hi: end - 1}
				p.mention = Mention{Span: spanOf(toks, k+1, end-1), Text: d.textOf(toks, k+1, end-1), Name: o.Name, Kind: outletKind(o)}
				return p, true
			}
			if k-2 > lo && toks[k-2].is(",") && isAge(toks[k-1].text) {
				k -= 2 // "Roxana M. Leon, 63, an independent voter, said"
			}
			nEnd := k
			if nEnd-1 > lo && toks[nEnd-1].is(")") {
				// "Rep. Sander M. Levin (Mich.), a superdelegate, said":
				// the parenthesis belongs to the name.
				for b := nEnd - 2; b > lo && nEnd-b <= 8; b-- {
					if toks[b].is("(") {
						nEnd = b
						break
					}
				}
			}
			if head := strings.TrimSuffix(toks[k-1].lower, "s"); mediaNouns[head] && k+1 < end-1 && end-1-(k+1) <= 4 && toks[k+1].isCap() {
				// "One of Sao Paulo's leading news magazines, Senhor,
				// said": the outlet is named in the apposition.
				if n, ok := d.nameEndingAt(toks, end-1, k+1); ok && n.lo == k+1 && nameWords(toks[k+1:end-1]) {
					n.mention.Span, n.mention.Text = spanOf(toks, k+1, end-1), d.textOf(toks, k+1, end-1)
					n.mention.Name, n.mention.Kind = n.mention.Text, Media
					if o, ok := d.outlet(n.mention.Text); ok {
						n.mention.Name, n.mention.Kind = o.Name, outletKind(o)
					}
					n.lo, n.hi = lo, end-1
					return n, true
				}
			}
			p, ok := d.npEndingAt(toks, nEnd, lo)
			if !ok {
				p, ok = d.taggedName(toks, nEnd, lo)
			}
			if ok {
				p.hi = end - 1
				p.anonymous = p.anonymous || anon
				// "FECSA's General Manager, Jose Zaforteza, told Reuters":
				// the role comes first and the name in the apposition.
				seg := k - 1 // the phrase before the apposition, from its comma or the start
				for seg > lo && !toks[seg-1].is(",") {
					seg--
				}
				last := strings.TrimSuffix(toks[k-1].lower, "s") // "One of their leaders, Orlando dos Santos,"
				if head := strings.ToLower(phraseHead(toks[min(p.lo, seg):k]).text); (roleNouns[head] || titleWords[head] || roleNouns[strings.TrimSuffix(head, "s")] || roleNouns[last]) && !p.pronoun && end-1-(k+1) >= 2 {
					// (the head: "The local agent of Continental Grain,
					// Shafi Ahmed Choudhury, told")
					if n, ok := d.nameEndingAt(toks, end-1, k+1); ok && n.lo == k+1 && n.mention.Kind == Person && nameWords(toks[k+1:end-1]) {
						n.mention.Role = d.textOf(toks, p.lo, k)
						n.lo, n.hi = p.lo, end-1
						return n, true
					}
				}
				if p.mention.Kind == Person && !p.pronoun && k+2 < end-1 && toks[k+1].is("a", "an") && toks[k-1].isCap() &&
					mediaNouns[phraseHead(toks[k+1:end-1]).lower] {
					// "Wen Wei Po, a Hong Kong daily with close Peking
					// links, said": a paper, named by the apposition.
					p.mention.Kind = Media
				}
				return p, true
			}
		}
		return np{}, false
	}
	p, ok := d.npEndingAt(toks, end, lo)
	if ok && !p.pronoun {
		if n, ok := d.titleListName(toks, p, lo); ok {
			return n, true
		}
	}
	if ok && !p.pronoun {
		// "a spokesman for Cargill's Spanish unit Compania …": the owner
		// and kind of the body stand between "for" and its name.
		if k := p.lo - 1; k-3 >= lo && toks[k].is("unit", "subsidiary", "affiliate", "arm", "division") {
			k--
			for k > lo && p.lo-k <= 4 && (isNationality(toks[k].lower) || toks[k].is("the")) {
				k--
			}
			if k > lo && (strings.HasSuffix(toks[k].lower, "'s") || strings.HasSuffix(toks[k].lower, "’s")) && toks[k-1].is("for", "of", "at", "with") {
				p.lo = k
			}
		}
	}
	if ok && !p.pronoun && p.lo-2 >= lo && toks[p.lo-1].is("for", "of", "at", "with") {
		// "A spokeswoman for the campaign said": the spokeswoman speaks,
		// the campaign is her organisation.
		if h, ok := d.npEndingAt(toks, p.lo-1, lo); ok && !h.pronoun && (roleNouns[strings.TrimSuffix(toks[p.lo-2].lower, "'s")] || roleNouns[strings.TrimSuffix(toks[p.lo-2].lower, "s")]) {
			h.mention.Role = strings.TrimSpace(d.textOf(toks, h.lo, p.hi))
			p = h
		}
	}
	p.anonymous = p.anonymous || anon
	return p, ok
}

// anonymousCueEnds holds the last bytes of the anonymousCues.
var anonymousCueEnds = func() (ends [256]bool) {
	for _, c := range anonymousCues {
		ends[c[len(c)-1]] = true
	}
	return ends
}()

// mayEndAnonymousCue reports whether s, less its trailing commas and
// spaces, may end with one of the anonymousCues ("…, who asked not to be
// named,"): its last letter, in lower case, ends one. Most noun phrases
// before a verb do not, and need not be lower-cased.
func mayEndAnonymousCue(s string) bool {
	r := lastRune(strings.TrimRight(s, ", "))
	return r >= utf8.RuneSelf || anonymousCueEnds[unicode.ToLower(r)]
}

// taggedName reads a phrase that ends in a company's name in the wire's
// tags, "President of <International Telecom Japan Inc>", from lo to end:
// the name is the mention, the phrase its extent.
func (d *docState) taggedName(toks []token, end, lo int) (np, bool) {
	if end-1 <= lo || !toks[end-1].is(">") {
		return np{}, false
	}
	for b := end - 2; b >= lo && end-b <= 12; b-- {
		if toks[b].is("<") {
			if b+1 >= end-1 || b > lo && toks[b-1].isCap() {
				break // ("USX Corp <X>": a ticker after its company's name)
			}
			q, ok := d.npEndingAt(toks, end-1, b+1)
			if !ok || q.lo != b+1 {
				break
			}
			q.lo = lo
			return q, true
		}
	}
	return np{}, false
}

// titleListName reads "He Kang, Minister of Agriculture, Animal Husbandry
// and Fisheries said": p, the phrase before the verb, ends the list of
// what the title is "of", and the speaker is the name before the title.
func (d *docState) titleListName(toks []token, p np, lo int) (np, bool) {
	c1 := p.lo - 1 // the comma that opens the list's last items
	for c1 > lo && p.lo-c1 <= 4 && (toks[c1].isCap() || toks[c1].is("and")) {
		c1--
	}
	if c1-3 <= lo || !toks[c1].is(",") || !hasWordWithin(toks[c1+1:p.hi], "and", p.hi-c1) {
		return np{}, false
	}
	c0 := c1 - 1 // the comma before the title
	for c0 > lo && c1-c0 <= 8 && toks[c0].kind == tWord {
		c0--
	}
	if c0 <= lo || !toks[c0].is(",") || c1-c0 < 3 || !titleWords[toks[c0+1].lower] && !roleNouns[toks[c0+1].lower] ||
		!hasWordWithin(toks[c0+1:c1], "of", c1-c0) || !toks[c1-1].isCap() {
		return np{}, false
	}
	b := c0 // the name: the capitalised words before the title's comma
	for b-1 >= lo && c0-b < 4 && toks[b-1].isCap() {
		b--
	}
	if c0-b < 2 || b > lo && !toks[b-1].is(",") || !nameWords(toks[b:c0]) {
		return np{}, false
	}
	n := np{lo: b, hi: p.hi}
	n.mention = Mention{Span: spanOf(toks, b, c0), Text: d.textOf(toks, b, c0), Kind: Person, Role: d.textOf(toks, c0+1, p.hi)}
	return n, true
}

// npEndingAt parses the noun phrase that ends at token end (exclusive).
func (d *docState) npEndingAt(toks []token, end, lo int) (np, bool) {
	j := end - 1
	if j < lo || toks[j].kind != tWord {
		return np{}, false
	}
	t := toks[j]
	if subjectPronouns[t.lower] || j == lo && (t.is("him", "her", "them")) {
		// "the radio quoted him as saying": an object pronoun stands for
		// the speaker too.
		if t.lower == "one" || t.lower == "who" && j > lo && toks[j-1].is(",") {
			// "Haftar, who ..." is handled by the apposition rule.
		}
		return np{mention: Mention{Span: spanOf(toks, j, j+1), Text: t.text}, lo: j, hi: end, pronoun: true}, true
	}
	if t.isCap() && !nonNames[t.lower] && !(commonNoun(t.lower) && (j == lo || !toks[j-1].isCap()) || (commonNoun(t.lower) || roleNouns[t.lower]) && j > lo && toks[j-1].is("u.s.")) {
		// (A common noun also after "U.S.", in copy that capitalises it:
		// "U.S. Newspaper reports", "a U.S. Banker told Reuters".)
		p, ok := d.nameEndingAt(toks, end, lo)
		if ok && p.lo-2 > lo && toks[p.lo-1].is("of") && toks[p.lo-2].is(")") {
			// "Robert Byrd (Democrat) of West Virginia": the state is the
			// senator's.
			for k := p.lo - 3; k > lo; k-- {
				if toks[k].is("(") {
					if q, ok := d.nameEndingAt(toks, k, lo); ok {
						return q, true
					}
					break
				}
			}
		}
		// "Newspapers in Manila and Hong Kong": back over a list of names.
		first := p.lo
		for ok && first-2 > lo && toks[first-1].is("and") && toks[first-2].isCap() {
			q, ok2 := d.nameEndingAt(toks, first-1, lo)
			if !ok2 {
				break
			}
			first = q.lo
		}
		if q, ok2 := d.ownerOfDescribed(toks, first, lo); ok && ok2 {
			return q, true
		}
		if ok && first-1 > lo && toks[first-1].is("in", "at", "from", "of") {
			// "A spokeswoman for the EC Commission in Brussels", "Ming Pao
			// newspaper of Hong Kong": the place qualifies the phrase
			// before it. But "a post from Arianna Huffington" and "an
			// article in Politico" name their source.
			prep := toks[first-1]
			qEnd := first - 1
			if qEnd-1 > lo && (strings.HasSuffix(toks[qEnd-1].lower, "ing") || strings.HasSuffix(toks[qEnd-1].lower, "ed")) && !toks[qEnd-1].isCap() {
				qEnd-- // "a Japanese securities firm operating in Singapore", "An Ankara Radio report monitored in London"
			}
			if q, ok := d.npEndingAt(toks, qEnd, lo); ok {
				head := toks[q.hi-1].lower
				if _, ok := d.outlet(q.mention.Text); ok && (documentNouns[head] || mediaNouns[head]) && prep.is("from", "in") {
					return q, true // "A Reuters report from New York": the report, not the place
				}
				_, isOutlet := d.outlet(p.mention.Text)
				source := prep.is("from") && (documentNouns[head] || mediaNouns[head])
				ofHead := !prep.is("of") || mediaNouns[head] || roleNouns[head] || speakerNouns[head]
				if !isOutlet && !source && ofHead && !q.pronoun {
					return q, true
				}
				if prep.is("of") && !ofHead && q.lo-2 >= lo && toks[q.lo-1].is("in", "at", "from") {
					// "Government officials in the rest of Europe", "Bankers
					// in the north of England": the place is a part of one.
					if r, ok := d.npEndingAt(toks, q.lo-1, lo); ok && !r.pronoun && (speakerNouns[toks[r.hi-1].lower] || roleNouns[strings.TrimSuffix(toks[r.hi-1].lower, "s")]) {
						return r, true
					}
				}
			}
		}
		return p, ok
	}
	head := strings.TrimSuffix(t.lower, "'s")
	if p, ok := d.pollSubject(toks, j, lo); ok {
		return p, true
	}
	if !speakerNouns[head] && !mediaNouns[head] && !determinedNoun(toks, j, lo) &&
		!(lo == 0 && j <= 2 && end == j+1 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && len(head) > 4 && t.kind == tWord && !t.isCap() &&
			(j == 0 || toks[j-1].kind == tWord && !prepositions[toks[j-1].lower] && !determiners[toks[j-1].lower])) {
		// (but a bare plural opening the sentence is a group: "Corporate
		// lobbyists describe such work as …")
		return np{}, false
	}
	// A common noun phrase: back to its determiner, over adjectives and
	// modifiers ("the official Saudi Press Agency", "a senior U.S. official").
	k := j
	for k-1 >= lo && (end-(k-1) <= 7 || end-(k-1) <= 10 && (toks[k-1].isCap() || toks[k].isCap())) {
		p := toks[k-1]
		if p.is("of") && k-2 >= lo && roleNouns[toks[k-2].lower] {
			k-- // "the speaker of parliament"
			continue
		}
		if p.is("of", "for", "and") && k-2 >= lo && toks[k-2].isCap() && toks[k].isCap() && k < j {
			k-- // "Bank of Japan sources", "a Council for Economic Planning and Development spokesman"
			continue
		}
		if p.is("the") && k-3 >= lo && toks[k-2].is("of") && toks[k-3].isCap() && toks[k].isCap() && k < j {
			k -= 2 // "the Voice of the Homeland radio"
			continue
		}
		if p.kind != tWord || prepositions[p.lower] || p.is("and", "or", "but", "yet", "said", "says", "that", "which", "who") {
			break // ("But Zagreb papers said": not "But")
		}
		if _, isVerb := d.verbAt(toks, k-1); isVerb && !p.isCap() && strings.HasSuffix(p.lower, "ed") {
			break // "Nippon Steel denied local newspaper reports that": not "denied"
		}
		k--
		if strings.HasSuffix(p.lower, "'s") && !p.isCap() && k-1 >= lo && toks[k-1].is("the") {
			k-- // "the company's chief executive"
			break
		}
		if determiners[p.lower] || strings.HasSuffix(p.lower, "'s") {
			break
		}
	}
	for k < j && toks[k].is("and", "or", "for", "of") {
		k++ // (a connector is no start of a phrase)
	}
	p := np{lo: k, hi: end, generic: true}
	p.mention = Mention{Span: spanOf(toks, k, end), Text: d.textOf(toks, k, end)}
	switch {
	case groupNouns[head]:
		p.mention.Kind = Group
	case documentNouns[head]:
		p.mention.Kind = Document
	case mediaNouns[head]:
		p.mention.Kind = Media
	default:
		p.mention.Kind = Organisation
		if roleNouns[head] {
			p.mention.Kind = Person
		}
	}
	if anonymousHeads[head] && !hasCap(toks[k:end]) ||
		toks[k].is("a", "an", "one") && (roleNouns[head] || anonymousHeads[head]) {
		// "officials", "a senior banker": a source the article does not
		// name.
		p.anonymous = true
		p.mention.Kind = Anonymous
	}
	if o, ok := d.outlet(p.mention.Text); ok {
		p.mention.Name, p.mention.Kind = o.Name, outletKind(o)
		p.generic = false
	}
	return p, true
}

func hasCap(toks []token) bool {
	for i, t := range toks {
		if i > 0 && t.isCap() {
			return true
		}
	}
	return false
}

// nameEndingAt parses a proper name that ends at token end, with the title
// and role words before it ("Kremlin spokesman Dmitry Peskov": name Dmitry
// Peskov, role Kremlin spokesman).
// parenInName returns the index of the "(" that opens the parenthesis
// closing at toks[c] when it holds one or two capitalised words between
// capitalised words of one name ("Co (Europe) Ltd", "E. (Jim) Nugent"),
// else 0.
func parenInName(toks []token, c, lo int) int {
	if c+1 < len(toks) && (firstNames()[toks[c+1].text] > 0 || c >= 2 && acronym(toks[c-1].text) && !orgLike(toks[c+1].lower) && !titleWords[toks[c+1].lower]) {
		return 0 // "Chamber of Commerce and Industry (JCCI) Noboru Gotoh": the body's initials, then a person
	}
	for o := c - 2; o >= lo+1 && c-o <= 3; o-- {
		if !toks[o].is("(") {
			if !toks[o+1].isCap() {
				return 0
			}
			continue
		}
		if toks[o+1].isCap() && toks[o-1].isCap() && toks[o-1].kind == tWord {
			return o
		}
		return 0
	}
	return 0
}

func (d *docState) nameEndingAt(toks []token, end, lo int) (np, bool) {
	k := end
	for k-1 >= lo {
		p := toks[k-1]
		if p.is(")") && k < end {
			// "Nikko Securities Co (Europe) Ltd", "James E. (Jim) Nugent":
			// a word or two in parentheses inside the name.
			if o := parenInName(toks, k-1, lo); o > 0 {
				k = o
				continue
			}
		}
		if p.kind != tWord {
			break
		}
		// Particles stand between capitalised words, one or two of them
		// ("Charles de Gaulle", "Rene de la Serre").
		if p.isCap() && !(nonNames[p.lower] && k-1 == lo) || nameParticles[p.lower] && k < end && k-1 > lo &&
			(toks[k-2].isCap() || nameParticles[toks[k-2].lower] && k-2 > lo && toks[k-3].isCap()) {
			k--
			continue
		}
		// "Bank of England", "Department of Agriculture", "Standard and
		// Poor's Corp": connectors inside the names of organisations.
		if k < end && k-1 > lo && toks[k-2].isCap() && toks[k-2].kind == tWord &&
			(p.is("of", "for") || p.is("and", "&") && (orgLike(toks[end-1].lower) || orgOfBefore(toks, k-1, lo) ||
				toks[end-1].is("minister", "secretary") && end-k <= 2 || // "Defence and Aviation Minister"
				len(toks[k].text) == 1 && len(toks[k-2].text) == 1)) { // "S and P"
			k--
			continue
		}
		break
	}
	if k == end {
		return np{}, false
	}
	// Leading "The" is a determiner, not part of the name; a sentence that
	// opens "Following Marrero's ruling" or "After Smith" has a
	// capitalised word that is no name.
	for k < end && (toks[k].lower == "the" || toks[k].is("but", "and", "yet") && k+1 < end || nonNames[toks[k].lower] && k+1 < end ||
		k+1 < end && (prepositions[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ing"))) {
		k++
	}
	// Split titles off the front of the run: the name starts after the last
	// title word, if a name remains.
	nameStart := k
	if !orgLike(toks[end-1].lower) { // "International Trade and Industry Ministry" keeps its words
		for i := k; i < end-1; i++ {
			if titleWords[toks[i].lower] || isNationality(toks[i].lower) && i < end-2 {
				nameStart = i + 1
			}
		}
		if toks[nameStart].is("and", "&") {
			nameStart = k // "Defence and Aviation Minister": one office
		}
		// "Under Secretary of State for Economic Affairs Allen Wallis":
		// a person's name starts at a first name.
		if firstNames()[toks[nameStart].text] == 0 {
			nameStart = d.nameStartAtFirstName(toks, nameStart, end, nameStart > k || k > lo && toks[k-1].is("of", "for"))
		}
	}
	// Possessive: "Haftar's spokesman" is handled by the common noun path;
	// here a trailing 's is dropped from the name.
	p := np{lo: k, hi: end}
	nameEnd := end
	if firstNames()[toks[nameStart].text] != 0 {
		// "Senator John Cornyn of Texas": a person's name, then the place
		// the person represents.
		for i := nameStart + 2; i < end-1; i++ {
			if toks[i].is("of") {
				nameEnd = i
				break
			}
		}
	}
	m := Mention{Span: spanOf(toks, nameStart, nameEnd), Text: d.textOf(toks, nameStart, nameEnd)}
	if strings.HasSuffix(toks[nameEnd-1].lower, "'s") {
		m.Span.End -= len("'s")
		if strings.HasSuffix(toks[nameEnd-1].text, "’s") {
			m.Span.End -= len("’") - 1
		}
		m.Text = d.text[m.Span.Start:m.Span.End]
	}
	// Role words before the name: lower-case role nouns and their
	// modifiers ("Libyan military commander").
	r := k
	if nameStart > k {
		r = k
	}
	if r-1 >= lo && toks[r-1].kind == tWord && roleNouns[toks[r-1].lower] {
		r--
		for r-1 >= lo && k-(r-1) <= 6 { // "Algerian foreign affairs ministry spokesman"
			q := toks[r-1]
			if q.kind != tWord || determiners[q.lower] || prepositions[q.lower] || q.is("and", "or", "said", "says") {
				break
			}
			r--
		}
	}
	if r < k {
		// "Ministry of International Trade and Industry (MITI) vice
		// minister Makoto Kuroda": the body whose office it is, with its
		// initials, before the role.
		e := r
		for e < k && toks[e].isCap() {
			e++
		}
		if e-3 >= lo && toks[e-1].is(")") && toks[e-3].is("(") {
			e -= 3
		}
		if e > lo && e < k && toks[e-1].isCap() {
			if q, ok := d.nameEndingAt(toks, e, lo); ok && q.lo < r && q.mention.Kind == Organisation {
				r = q.lo
			}
		}
	}
	if r < nameStart {
		m.Role = strings.TrimSpace(d.text[toks[r].start:toks[nameStart-1].end])
		p.lo = r
	}
	if o, ok := d.outlet(m.Text); ok {
		m.Name, m.Kind = o.Name, outletKind(o)
	} else if orgName(toks[nameStart:nameEnd]) {
		m.Kind = Organisation
	} else {
		m.Kind = Person
	}
	p.mention = m
	return p, true
}

// orgWords end the names of organisations.
var orgWords = set("ministry", "party", "department", "house", "kremlin", "pentagon", "bank",
	"company", "corp", "corp.", "inc", "inc.", "co", "co.", "ltd", "group", "council",
	"committee", "agency", "office", "union", "association", "university", "institute",
	"times", "post", "journal", "news", "foundation", "commission", "court", "board",
	"administration", "government", "organization", "organisation", "corporation", "army",
	"police", "fund", "center", "centre", "campaign", "caucus", "congress", "senate",
	"parliament", "assembly", "service", "services", "network", "media", "television",
	"radio", "club", "league", "federation", "alliance", "coalition", "nations", "opec",
	"reuters", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "msnbc", "gazette", "tribune",
	"herald", "telegraph", "guardian", "observer", "review", "magazine", "daily", "weekly",
	"authority", "exchange", "industries", "motors", "airlines", "systems", "holdings",
	"bureau", "division", "unit", "police", "cabinet", "embassy", "state")

func orgLike(w string) bool { return orgWords[strings.TrimSuffix(w, "'s")] }

// isNationality reports whether w is a nationality adjective (Russian,
// Libyan, Chinese, Iraqi) that can stand in a title before a name.
func isNationality(w string) bool { return nationalities[w] }

var nationalities = set("american", "russian", "libyan", "chinese", "iraqi", "iranian",
	"israeli", "palestinian", "syrian", "egyptian", "saudi", "emirati", "kuwaiti", "qatari",
	"bahraini", "omani", "yemeni", "jordanian", "lebanese", "turkish", "greek", "british",
	"english", "scottish", "welsh", "irish", "french", "german", "italian", "spanish",
	"portuguese", "dutch", "belgian", "swiss", "austrian", "polish", "czech", "slovak",
	"hungarian", "romanian", "bulgarian", "serbian", "croatian", "bosnian", "albanian",
	"ukrainian", "belarusian", "lithuanian", "latvian", "estonian", "finnish", "swedish",
	"norwegian", "danish", "icelandic", "canadian", "mexican", "brazilian", "argentine",
	"argentinian", "chilean", "peruvian", "colombian", "venezuelan", "cuban", "bolivian",
	"ecuadorian", "uruguayan", "paraguayan", "nicaraguan", "salvadoran", "guatemalan",
	"honduran", "panamanian", "japanese", "korean", "vietnamese", "thai", "indonesian",
	"malaysian", "filipino", "philippine", "singaporean", "indian", "pakistani", "afghan",
	"bangladeshi", "nepalese", "sri", "burmese", "australian", "zealand", "nigerian",
	"kenyan", "ethiopian", "somali", "sudanese", "south", "north", "algerian", "moroccan",
	"tunisian", "ghanaian", "ugandan", "tanzanian", "zimbabwean", "angolan", "congolese",
	"cameroonian", "senegalese", "malian", "rwandan", "soviet", "yugoslav", "european",
	"arab", "african", "asian", "latin", "western", "eastern", "azerbaijani", "armenian",
	"georgian", "kazakh", "uzbek", "mongolian", "taiwanese", "tibetan", "kurdish", "us",
	"u.s.", "un", "u.n.", "eu", "nato", "gop", "republican", "democratic", "federal", "state")

// nameAfter parses a speaker that follows its verb ("said Hugh Hill, a
// doctor"; "added the spokesman"): the tokens up to a comma, a sentence end,
// a preposition or another verb.
func (d *docState) nameAfter(toks []token, j, hi int) (np, bool) {
	k := j
	for k < hi && k-j < 8 {
		t := toks[k]
		if t.kind != tWord || prepositions[t.lower] && !(t.lower == "of" && k > j && titleWords[toks[k-1].lower] && k+1 < hi && toks[k+1].isCap()) ||
			t.is("who", "which", "that", "and", "when", "while", "as") {
			break
		}
		if _, isVerb := d.verbAt(toks, k); isVerb && k > j && !t.isCap() {
			break
		}
		k++
	}
	if k == j {
		return np{}, false
	}
	// The phrase [j, k): a name at its end, or a common noun phrase.
	if p, ok := d.npEndingAt(toks, k, j); ok {
		return p, true
	}
	return np{}, false
}

// outletKind maps a gazetteer entry to a Mention kind.
func outletKind(o Outlet) string {
	if o.Kind == "agency" {
		return Agency
	}
	return Media
}

// determinedNoun reports whether toks[j] is the head of a short noun phrase
// that opens with a determiner ("the investor", "one user"), so that an
// unlisted noun can still be a speaker.
func determinedNoun(toks []token, j, lo int) bool {
	t := toks[j]
	if prepositions[t.lower] || preVerbWords[t.lower] || determiners[t.lower] || strings.HasSuffix(t.lower, "ly") {
		return false
	}
	for k := j - 1; k >= lo && j-k <= 3; k-- {
		p := toks[k]
		if p.kind != tWord || prepositions[p.lower] {
			return false
		}
		if determiners[p.lower] {
			return true
		}
	}
	return false
}

// timeNouns follow "last", "this" in time adverbials between a subject and
// its verb ("Feinstein last week said").
var timeNouns = set("week", "month", "year", "night", "morning", "evening", "weekend", "summer",
	"spring", "fall", "autumn", "winter", "time")

// pollSubject reads the respondents of a poll: "59 percent", "nine in 10",
// "One in three", "three-fourths", "a majority".
func (d *docState) pollSubject(toks []token, j, lo int) (np, bool) {
	t := toks[j]
	k := j
	switch {
	case t.is("percent", "%", "majority", "plurality", "half", "third", "thirds", "quarter", "quarters", "three-fourths", "two-thirds", "one-third"):
		k = j
		if k-1 >= lo && (isDigit(toks[k-1].text) || numberWords[toks[k-1].lower] || determiners[toks[k-1].lower]) {
			k--
		}
	case (isDigit(t.text) || numberWords[t.lower]) && j-2 >= lo && toks[j-1].is("in") &&
		(isDigit(toks[j-2].text) || numberWords[toks[j-2].lower]):
		k = j - 2
	default:
		return np{}, false
	}
	p := np{lo: k, hi: j + 1, generic: true}
	p.mention = Mention{Span: spanOf(toks, k, j+1), Text: d.textOf(toks, k, j+1), Kind: Group}
	return p, true
}

var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "half", "most", "a")

// commonNoun reports whether w is a speaker noun that, capitalised at the
// start of a sentence ("Analysts said"), is still a common noun.
func commonNoun(w string) bool {
	return speakerNouns[w] || groupNouns[w] || mediaNouns[w] || documentNouns[w]
}

// orgName reports whether a proper name names an organisation: it ends in
// an organisation word (Ministry, Corp) or holds one (Bank of England).
func orgName(toks []token) bool {
	for _, t := range toks {
		if orgLike(t.lower) || t.is("of", "and", "&") {
			return true
		}
	}
	return false
}

// outlet finds the news outlet a phrase names: the whole phrase ("the TASS
// news agency"), or the one outlet named inside it ("the national news
// agency Bernama").
//
// FindAll comes first because it respects case: "Iran's national news
// agency" is no mention of Lebanon's National News Agency, though Lookup,
// which ignores case, would take it for one.
func (d *docState) outlet(phrase string) (Outlet, bool) {
	return d.outlets.get(phrase, d.lookupOutlet)
}

// found is the answer of a look-up that may find nothing.
type found[V any] struct {
	v  V
	ok bool
}

// memo keeps the answers of a look-up for one document, whose names come
// back again and again.
type memo[V any] map[string]found[V]

func (m *memo[V]) get(key string, look func(string) (V, bool)) (V, bool) {
	if f, ok := (*m)[key]; ok {
		return f.v, f.ok
	}
	v, ok := look(key)
	if *m == nil {
		*m = make(memo[V])
	}
	(*m)[key] = found[V]{v, ok}
	return v, ok
}

func (d *docState) lookupOutlet(phrase string) (Outlet, bool) {
	return d.res.gazetteer().phraseOutlet(phrase)
}

// phraseOutlet returns the outlet a speaker's phrase names, as a whole or
// inside it, remembering the answer.
func (gz *Gazetteer) phraseOutlet(phrase string) (Outlet, bool) {
	gz.mu.RLock()
	f, kept := gz.phrases[phrase]
	gz.mu.RUnlock()
	if kept {
		return f.v, f.ok
	}
	o, ok := gz.lookupPhrase(phrase)
	gz.mu.Lock()
	if gz.phrases == nil {
		gz.phrases = make(map[string]found[Outlet])
	}
	if len(gz.phrases) < maxCachedPhrases {
		gz.phrases[strings.Clone(phrase)] = found[Outlet]{o, ok}
	}
	gz.mu.Unlock()
	return o, ok
}

func (gz *Gazetteer) lookupPhrase(phrase string) (Outlet, bool) {
	if ms := gz.FindAll(phrase); len(ms) == 1 {
		return ms[0].Outlet, true
	}
	named := false // a capitalised word that is not a possessive ("Iran's")
	for rest := phrase; rest != "" && !named; {
		rest = strings.TrimLeft(rest, " \t\n")
		w := rest
		if i := strings.IndexAny(rest, " \t\n"); i >= 0 {
			w, rest = rest[:i], rest[i:]
		} else {
			rest = ""
		}
		r, _ := utf8.DecodeRuneInString(w)
		named = unicode.IsUpper(r) && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
	}
	if !named {
		return Outlet{}, false
	}
	return gz.Lookup(phrase)
}

// isAdverb reports whether t is an adverb in -ly ("jokingly said"), not a
// noun such as "daily" or "family".
func isAdverb(t token) bool {
	return t.kind == tWord && !t.isCap() && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") &&
		!commonNoun(t.lower) && !lyNouns[t.lower]
}

var lyNouns = set("daily", "weekly", "monthly", "quarterly", "family", "ally", "rally",
	"assembly", "supply", "reply", "monopoly", "anomaly", "italy", "bully", "july")

// asides are the words that stand alone between commas after a subject:
// "Sanders, meanwhile, who sits at zero endorsements, said".
var asides = set("meanwhile", "however", "too", "though", "instead", "also", "now", "then", "likewise",
	"moreover", "furthermore", "nevertheless", "nonetheless", "still", "meantime")

// strayComma reports whether the comma at toks[c], after a parenthesis
// that follows a name ("Sen. Jack Reed (D-R.I.), said"), closes no
// apposition: no comma stands between lo and the parenthesis.
func strayComma(toks []token, c, lo int) bool {
	o := c - 2
	for o > lo && c-o <= 10 && !toks[o].is("(") {
		o--
	}
	if o <= lo || !toks[o].is("(") || !toks[o-1].isCap() {
		return false
	}
	for k := lo; k < o; k++ {
		if toks[k].kind != tWord {
			return false
		}
	}
	return true
}

// appositionOpener reports whether t can open an apposition or a relative
// clause after a name: "a", "an", "the", "who", "which", "whose", a
// possessive, or a lower-case noun of office ("chairman of …").
func appositionOpener(t token) bool {
	return t.is("a", "an", "the", "who", "which", "whose", "its", "his", "her", "their") ||
		!t.isCap() && (roleNouns[t.lower] || titleWords[t.lower]) ||
		t.kind == tWord && !t.isCap() && len(t.lower) > 5 && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing")) // "A Boeing spokesman, contacted by telephone …, told"
}

// placeAfterComma reports whether the words between the comma at toks[k]
// and the next comma (at end or before) are one or two capitalised words, the
// state or country of the place before it ("… in Seattle, Washington,
// told"): the apposition goes on.
func placeAfterComma(toks []token, k, end int) bool {
	n := 0
	for j := k + 1; j <= end && j < len(toks); j++ {
		if toks[j].is(",") {
			return n >= 1 && n <= 2 && k > 0 && toks[k-1].isCap()
		}
		if abbrevDot(toks, j) {
			continue // "Ashton, Md., …"
		}
		if !toks[j].isCap() {
			return false
		}
		n++
	}
	return false
}

// hometown reports whether the comma toks[k] opens "of PLACE" or "from
// PLACE" after a name: "Donna Rawlings, of Ashton, Md., who …, said".
func hometown(toks []token, k int) bool {
	named := k > 0 && toks[k-1].isCap() || k > 2 && isAge(toks[k-1].text) && toks[k-2].is(",") && toks[k-3].isCap() // "Rawlings, 59, of Ashton"
	return named && k+2 < len(toks) && toks[k+1].is("of", "from") && toks[k+2].isCap()
}

// continuation reports whether t goes on a relative clause or an
// apposition after a comma: an adverb, a preposition or "including"
// ("…, which exports coal to Japan, mainly to Chugoku, told").
func continuation(t token) bool {
	return !t.isCap() && (strings.HasSuffix(t.lower, "ly") || prepositions[t.lower] || t.is("including", "especially"))
}

// abbrevDot reports whether the period toks[j] ends an abbreviation ("Mo.",
// "Calif.") rather than a sentence.
func abbrevDot(toks []token, j int) bool {
	return toks[j].is(".") && j > 0 && toks[j-1].kind == tWord && toks[j-1].isCap() && len(toks[j-1].text) <= 5 &&
		toks[j-1].end == toks[j].start
}

// dashAt reports whether toks[i] ends a dash ("—", "–", or "--" written as
// two hyphens) and where the dash starts.
func dashAt(toks []token, i int) (int, bool) {
	if i < 0 || i >= len(toks) {
		return 0, false
	}
	if toks[i].is("—", "–", "--") {
		return i, true
	}
	if toks[i].is("-") && i > 0 && toks[i-1].is("-") {
		return i - 1, true
	}
	return 0, false
}

// isYear reports whether w is a year such as 2010.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isDigit(w) && w[3] >= '0' && w[3] <= '9'
}

// isAge reports whether w is a person's age in an apposition: "Leon, 63,".
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// nameWords reports whether toks read as a person's name: capitalised
// words, with particles inside ("Sebastiao do Rego Barros", "Orlando dos
// Santos").
func nameWords(toks []token) bool {
	if len(toks) == 0 || !toks[0].isCap() || !toks[len(toks)-1].isCap() {
		return false
	}
	for _, t := range toks {
		if !t.isCap() && !nameParticles[t.lower] {
			return false
		}
	}
	return true
}

// orgOfBefore reports whether an organisation word and "of" come shortly
// before toks[k] ("Ministry of Post and Telecommunications"), so that "and"
// joins two words of its name.
func orgOfBefore(toks []token, k, lo int) bool {
	for j := k - 1; j > lo && k-j <= 4; j-- {
		if toks[j].is("of") && orgLike(toks[j-1].lower) {
			return true
		}
		if !toks[j].isCap() && !toks[j].is("of") {
			return false
		}
	}
	return false
}

// acronym reports whether w is a run of two to six capital letters ("CME",
// "SEC").
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// ownerOfDescribed finds the person before a body or a place that is named
// after a description of what it is, the name starting at toks[first]:
// "Pius Haffner of the Catholic charity Justitia et Pax", "Mary Jones of
// the brokerage Smith Barney", "officials in the Sri Lankan capital
// Colombo". The person speaks, not the body.
func (d *docState) ownerOfDescribed(toks []token, first, lo int) (np, bool) {
	if first-1 <= lo || toks[first-1].isCap() {
		return np{}, false
	}
	k := first - 1
	for k > lo && first-k <= 3 && toks[k].kind == tWord && !determiners[toks[k].lower] && !prepositions[toks[k].lower] {
		if toks[k].is("and", "or") || strings.HasSuffix(toks[k].lower, "ed") {
			return np{}, false // "a group of disaffected Ethiopians called Ginbot 7"
		}
		k--
	}
	// toks[k] is the article before the description, or the preposition
	// itself when there is none ("of stockbroker Kleinwort Grieveson").
	var prep int
	switch {
	case toks[k].is("the", "a", "an") && k < first-1:
		prep = k - 1
	case toks[k].is("of", "at", "for", "with") && k == first-2:
		prep = k
	default:
		return np{}, false
	}
	if prep <= lo || !toks[prep].is("of", "at", "for", "with", "in") {
		return np{}, false
	}
	q, ok := d.npEndingAt(toks, prep, lo)
	if !ok || q.pronoun || q.mention.Name != "" {
		return np{}, false // an outlet the gazetteer knows
	}
	head := strings.TrimSuffix(toks[q.hi-1].lower, "s")
	if q.generic && (speakerNouns[toks[q.hi-1].lower] || roleNouns[toks[q.hi-1].lower] || roleNouns[head]) {
		return q, true // "Broking house officials in the Sri Lankan capital Colombo"
	}
	if q.generic || q.mention.Kind != Person {
		return np{}, false // a body
	}
	return q, true
}

// titleInMarks reports whether the quotation mark at toks[j] closes a title
// ("an editorial entitled “Dangerous Confrontation,”"): its opening mark,
// a few words before, follows "entitled", "called" or the like.
func titleInMarks(toks []token, j, lo int) bool {
	for k := j - 1; k > lo && j-k <= 8; k-- {
		if toks[k].kind == tQuote {
			return toks[k-1].is("entitled", "titled", "headlined", "headed", "called", "dubbed")
		}
	}
	return false
}
