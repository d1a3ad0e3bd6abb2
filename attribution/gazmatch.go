package attribution

// FindAll and the scanning it needs: outlet names found in running text at
// word boundaries, longest first.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FindAll returns the mentions of outlets in text, sorted by start and not
// overlapping. A mention starts and ends at word boundaries (letters and
// digits of any script; "TASS’s" is a mention of TASS) and is the longest
// alias that matches there. Matching is case-insensitive except that a word
// written with a capital in the alias must be capitalized in the text ("the
// guardian" is not The Guardian), a word in capitals (an acronym) must be in
// capitals ("Rai" is not RAI), and aliases marked "=" match only as written;
// such an alias in a run of capitals ("ROAD MAP TO") is not a mention.
// Spaces and hyphens between words are interchangeable. A match that is part
// of another name is dropped: a company ("BBC AG", "AFP Imaging Corp"), a
// ticker ("<RT.TO>"), a compound ("The Times-Herald"), or an acronym defined
// for the name before it ("Popular Alliance (AP)").
func (g *Gazetteer) FindAll(text string) []OutletMention {
	if g == nil || g.byFirst == nil {
		return nil
	}
	var out []OutletMention
	for i := 0; i < len(text); {
		start, end := nextWord(text, i)
		if start < 0 {
			break
		}
		i = end
		if !g.start[text[start]] {
			continue
		}
		p, e := g.matchAt(text, start, end)
		if p == nil {
			continue
		}
		i = e
		if p.outlet < 0 {
			continue // a blocker: "The Guardian Council" is no mention
		}
		// "the Telegraph Agency of the Soviet Union": a longer mention
		// that starts at the next word wins over "the Telegraph".
		if s2, end2 := nextWord(text, end); s2 >= 0 && s2 < e {
			if p2, e2 := g.matchAt(text, s2, end2); p2 != nil && e2 > e {
				i = s2
				continue
			}
		}
		if otherName(text, start, e, p) {
			continue
		}
		e = g.extend(text, e, p.outlet)
		i = e
		out = append(out, OutletMention{Start: start, End: e, Outlet: g.outlets[p.outlet]})
	}
	return out
}

// nextWord returns the bounds of the first word (a run of letters, digits and
// marks) at or after byte i, or -1, -1.
func nextWord(text string, i int) (start, end int) {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if wordByte[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			break
		}
		i += n
	}
	if i >= len(text) {
		return -1, -1
	}
	start = i
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !wordByte[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return start, i
}

// matchAt returns the longest pattern that matches text at start, whose
// first word ends at wordEnd, and the end of its match.
func (g *Gazetteer) matchAt(text string, start, wordEnd int) (*gazPattern, int) {
	if wordEnd-start > g.maxKey {
		return nil, 0
	}
	var buf [64]byte
	key := buf[:0]
	for _, r := range text[start:wordEnd] {
		if r < utf8.RuneSelf {
			key = append(key, lowerASCII(byte(r)))
		} else {
			key = utf8.AppendRune(key, unicode.ToLower(r))
		}
	}
	var best *gazPattern
	bestEnd := 0
	for _, p := range g.byFirst[string(key)] {
		if e, ok := p.match(text, start); ok && e > bestEnd {
			if p.near && !nearGeneric(text, start, e) {
				continue
			}
			if p.exact && inCapitals(text, start, e) {
				continue
			}
			best, bestEnd = p, e
		}
	}
	return best, bestEnd
}

// match reports whether p matches text at i and where the match ends.
func (p *gazPattern) match(text string, i int) (int, bool) {
	for k, w := range p.words {
		if k > 0 {
			j := skipSeparators(text, i)
			if j == i {
				return 0, false
			}
			i = j
		}
		if w.cap && !p.exact {
			if r, _ := utf8.DecodeRuneInString(text[i:]); !unicode.IsUpper(r) {
				return 0, false
			}
		}
		exact := p.exact || w.caps
		want := w.fold
		if exact {
			want = w.orig
		}
		for _, pr := range want {
			if i >= len(text) {
				return 0, false
			}
			tr, n := rune(text[i]), 1
			if tr >= utf8.RuneSelf {
				tr, n = utf8.DecodeRuneInString(text[i:])
			}
			i += n
			switch {
			case pr == '\'':
				if !isApostrophe(tr) {
					return 0, false
				}
			case exact:
				if tr != pr {
					return 0, false
				}
			case tr < utf8.RuneSelf:
				if rune(lowerASCII(byte(tr))) != pr {
					return 0, false
				}
			default:
				if unicode.ToLower(tr) != pr {
					return 0, false
				}
			}
		}
	}
	if r, _ := utf8.DecodeRuneInString(text[i:]); i < len(text) && isWordRune(r) {
		return 0, false // "CAP", "APS" after "AP"
	}
	return i, true
}

// otherName reports whether the match text[start:end] of p is part of the
// name of something else, by the words and marks around it. The rules come
// from the wire copy of Reuters-21578, where outlet acronyms double as company
// names and tickers.
func otherName(text string, start, end int, p *gazPattern) bool {
	var before, after byte // the bytes around the match, or 0
	if start > 0 {
		before = text[start-1]
	}
	if end < len(text) {
		after = text[end]
	}
	next := func(i int) byte { // the byte at i, or 0
		if i < len(text) {
			return text[i]
		}
		return 0
	}
	switch {
	case before == '<':
		// Reuters brackets company names and tickers: "<CBS>", "<RT.TO>",
		// "<Reuters Holdings PLC>".
		return true
	case after == '.' && isUpperASCII(next(end+1)):
		// A ticker with its exchange: "(NYT.A)".
		return true
	case (after == '-' || after == '/') && (isUpperASCII(next(end+1)) || '0' <= next(end+1) && next(end+1) <= '9'):
		// A compound name or a model: "The Times-Herald", "NOS/VE",
		// "FT-70". A lower-case compound names the outlet: "AP-style".
		return true
	case (before == '-' || before == '/') && capitalizedBefore(text, start-1):
		// "United-Guardian", "Capital Cities/ABC".
		return true
	}
	// A name made of descriptions only ("National News Agency") after a
	// nationality is another country's outlet: "the Iranian National News
	// Agency" is no mention of Lebanon's. (A nationality that belongs to
	// the name is in its alias: "Malaysian National News Agency".)
	if descriptiveAlias(p) && before == ' ' && nationalities[strings.ToLower(wordBefore(text, start-1, ""))] {
		return true
	}
	// A company: "BBC AG", "RTE Corp", "AFP Imaging Corp", "PBS Building
	// Systems": a company suffix after at most two capitalized words.
	i := end
	for range 3 {
		s, e := nextWord(text, i)
		if s < 0 || s != skipSpaces(text, i) || !isUpperASCII(text[s]) {
			break
		}
		if companySuffixes[strings.ToLower(text[s:e])] {
			return true
		}
		i = e
	}
	// An acronym that abbreviates the name before it: "Popular Alliance
	// (AP)", "<Arab Banking Corp> (ABC)"; an acronym of the
	// outlet's own name was taken into its mention by extend. A dateline in
	// capitals is no such name: "WASHINGTON (AP)".
	if len(p.words) == 1 && p.words[0].caps && before == '(' && after == ')' {
		j := start - 1
		for j > 0 && (text[j-1] == ' ' || text[j-1] == '>') { // "<Arab Banking Corp> (ABC)"
			j--
		}
		k := j
		for k > 0 && text[k-1] < utf8.RuneSelf && wordByte[text[k-1]] {
			k--
		}
		if k < j && isUpperASCII(text[k]) && !isCaps(text[k:j]) {
			return true
		}
	}
	return false
}

// capitalizedBefore reports whether the word that ends at byte i starts with
// a capital letter.
func capitalizedBefore(text string, i int) bool {
	j := wordStart(text, i)
	r, _ := utf8.DecodeRuneInString(text[j:i])
	return j < i && unicode.IsUpper(r)
}

// descriptiveAlias reports whether every word of p's alias is a
// description or a generic word ("National News Agency").
func descriptiveAlias(p *gazPattern) bool {
	for _, w := range p.words {
		if !descriptors[w.fold] && !genericWords[w.fold] {
			return false
		}
	}
	return len(p.words) > 0
}

// wordBefore returns the word that ends at text[i-1] after spaces and the
// bytes of also, or "".
func wordBefore(text string, i int, also string) string {
	for i > 0 && (isSpaceByte(text[i-1]) || strings.IndexByte(also, text[i-1]) >= 0) {
		i--
	}
	return text[wordStart(text, i):i]
}

// wordStart returns where the word that ends at byte i begins (i when no
// word ends there).
func wordStart(text string, i int) int {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(r) {
			break
		}
		j -= n
	}
	return j
}

// isCaps reports whether w has at least one letter and all its letters are
// capitals.
func isCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// companySuffixes end company names: "RTE Corp", "BBC AG".
var companySuffixes = setOf("inc corp corporation co cos ltd plc ag sa nv bv gmbh spa llc lp group holdings industries systems bancorp")

// extend returns the end of a mention of outlet that ends at e, extended over
// an alias of the same outlet that follows it: "Saudi Press Agency (SPA)",
// "Emirates news agency WAM".
func (g *Gazetteer) extend(text string, e, outlet int) int {
	j := skipSpaces(text, e)
	paren := j < len(text) && text[j] == '('
	if paren {
		j = skipSpaces(text, j+1)
	}
	if j == e && !paren {
		return e // no space: "TASS's"
	}
	s2, end2 := nextWord(text, j)
	if s2 != j {
		return e
	}
	p, e2 := g.matchAt(text, s2, end2)
	if p == nil || p.outlet != outlet {
		return e
	}
	if !paren {
		return e2
	}
	if k := skipSpaces(text, e2); k < len(text) && text[k] == ')' {
		return k + 1
	}
	return e
}

// nearGeneric reports whether the word before start or after end is a
// generic word: "news agency Petra", "Petra news agency".
func nearGeneric(text string, start, end int) bool {
	if isGeneric(wordBefore(text, start, "(")) {
		return true
	}
	k := end
	for k < len(text) && (isSpaceByte(text[k]) || text[k] == ')') {
		k++
	}
	if s, e := nextWord(text, k); s == k {
		return isGeneric(text[s:e])
	}
	return false
}

// inCapitals reports whether the words on both sides of text[start:end] are
// written in capitals, as in a headline: "ROAD MAP TO PEACE".
func inCapitals(text string, start, end int) bool {
	i := start
	for i > 0 && (isSpaceByte(text[i-1]) || text[i-1] == '-') {
		i--
	}
	j := i
	for j > 0 && isUpperASCII(text[j-1]) {
		j--
	}
	if i-j < 2 || j > 0 && !capsEdge(text[j-1]) {
		return false
	}
	k := end
	for k < len(text) && (isSpaceByte(text[k]) || text[k] == '-') {
		k++
	}
	m := k
	for m < len(text) && isUpperASCII(text[m]) {
		m++
	}
	return m-k >= 2 && (m == len(text) || capsEdge(text[m]))
}

// capsEdge reports whether c can border a word in capitals: an ASCII byte
// that is not a letter or digit. A non-ASCII byte may be a letter ("ÄMAP").
func capsEdge(c byte) bool { return c < utf8.RuneSelf && !wordByte[c] }

// skipSeparators skips the separator between two words of a name: spaces,
// hyphens, and at most one line break.
func skipSeparators(text string, i int) int {
	newlines := 0
	for i < len(text) {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch r {
		case ' ', '\t', '-', '\u00a0', '\u2009', '\u202f', '\u2010', '\u2011':
		case '\n':
			if newlines++; newlines > 1 {
				return i
			}
		default:
			return i
		}
		i += n
	}
	return i
}

func skipSpaces(text string, i int) int {
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	return i
}
