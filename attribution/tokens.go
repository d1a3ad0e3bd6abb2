package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word, a punctuation mark or a quotation mark of a sentence,
// with its byte offsets in the original text.
type token struct {
	start, end int
	text       string // the original text of the token
	lower      string // text in lower case, curly apostrophes made straight
	kind       tokKind
	verb       int32 // 1 + index in docState.verbs of its verb reading, 0 when none
}

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tPunct
	tQuote // a quotation mark
)

// isCap reports whether t is a word that begins with a capital letter.
func (t token) isCap() bool {
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	if r == 'a' || r == 'e' {
		// "al-Chalabi", "el-Sisi": an Arabic name with its article.
		if i := strings.IndexByte(t.text, '-'); i == 2 && (t.text[:2] == "al" || t.text[:2] == "el") && len(t.text) > 3 {
			r, _ = utf8.DecodeRuneInString(t.text[3:])
		}
	}
	return unicode.IsUpper(r)
}

// is reports whether t is one of words, in lower case: t.is(",", "and").
// Most calls compare with words of other lengths or first letters, which
// are told apart here without a call to compare the bytes.
func (t token) is(words ...string) bool {
	for _, w := range words {
		if len(t.lower) != len(w) || len(w) > 0 && t.lower[0] != w[0] {
			continue
		}
		if t.lower == w {
			return true
		}
	}
	return false
}

// tokenize splits text[s.Start:s.End] into tokens. A word holds letters and
// digits and the apostrophes and hyphens inside it (Russia’s, state-run);
// a period belongs to a word when the word is an abbreviation or an initial
// (Mr., U.S., J.).
func tokenize(text string, start, end int) []token {
	out := make([]token, 0, (end-start)/5+4) // about one token in five bytes of news
	low := lowerASCIIText(text[start:end])
	i := start
	for i < end {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, the common case: spaces and plain words without
			// decoding runes.
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				i++
				continue
			}
			if isASCIIAlnum(c) {
				j := i + 1
				for j < end && isASCIIAlnum(text[j]) {
					j++
				}
				if j >= end || text[j] == ' ' || text[j] == ';' || text[j] == ':' || text[j] == ')' ||
					text[j] == ',' && (j+1 >= end || text[j+1] < '0' || text[j+1] > '9') {
					out = append(out, token{start: i, end: j, text: text[i:j], lower: low[i-start : j-start], kind: tWord})
					i = j
					continue
				}
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += s2
					continue
				}
				// Inner apostrophes, hyphens, periods and commas of numbers.
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',') && j+s2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+s2:])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						if r2 == ',' && !(unicode.IsDigit(r3) && unicode.IsDigit(lastRune(text[i:j]))) {
							break
						}
						if r2 == '.' && !(unicode.IsDigit(r3) || isInitialism(text[i:j])) {
							break
						}
						j += s2
						continue
					}
				}
				break
			}
			// A trailing period of an abbreviation or an initial.
			if j < end && text[j] == '.' && isAbbrev(text[i:j]) {
				j++
			}
			if n := pluralPossessive(text, i, j, end); n > 0 {
				j += n
			} else {
				j += namePossessive(text, start, i, j, end)
			}
			out = append(out, mkToken(text, low, start, i, j, tWord))
			i = j
		case isQuoteRune(r):
			j := i + size
			if n := yearAfter(text, j, end); n > 0 && (r == '\'' || r == '‘' || r == '’') && len(out) > 0 && prepositions[out[len(out)-1].lower] {
				// "in ‘08", "the class of '92": an apostrophe that
				// shortens a year after a preposition, no quotation mark
				// (but "said '95 percent …'").
				out = append(out, mkToken(text, low, start, i, j+n, tWord))
				i = j + n
				continue
			}
			if (r == '\'' || r == '`') && j < end && text[j] == text[i] {
				j++ // '' and ``
			}
			out = append(out, mkToken(text, low, start, i, j, tQuote))
			i = j
		default:
			j := i + size
			for r == '-' && j < end && text[j] == '-' {
				j++ // "--", a dash typed as hyphens, is one token
			}
			out = append(out, mkToken(text, low, start, i, j, tPunct))
			i = j
		}
	}
	return out
}

// yearAfter returns 2 when text[j:end] opens with the two digits of a
// shortened year ("08" in "in ‘08 that"), followed by no letter or digit;
// else 0.
func yearAfter(text string, j, end int) int {
	if j+2 > end || text[j] < '0' || text[j] > '9' || text[j+1] < '0' || text[j+1] > '9' {
		return 0
	}
	if j+2 < end && isASCIIAlnum(text[j+2]) {
		return 0
	}
	return 2
}

// mkToken makes the token text[i:j] of a paragraph that starts at start,
// whose text with ASCII capitals made small is low (lowerASCIIText).
func mkToken(text, low string, start, i, j int, k tokKind) token {
	s := text[i:j]
	l := low[i-start : j-start]
	if !isASCII(s) {
		l = lower(s)
	}
	return token{start: i, end: j, text: s, lower: l, kind: k}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerASCIIText returns s with its ASCII capitals made small and every other
// byte kept, so that it has the offsets of s: the lower case of each ASCII
// word of a paragraph is a slice of it, all made in one allocation. It is s
// itself when s has no capital.
func lowerASCIIText(s string) string {
	var b strings.Builder
	from := 0 // s[from:i] is still to be written
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			if from == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// lower returns s in lower case with curly apostrophes made straight,
// without allocating when s is lower-case ASCII already.
func lower(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			l := strings.ToLower(s)
			if strings.Contains(l, "’") {
				l = strings.ReplaceAll(l, "’", "'")
			}
			return l
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‘', '’', '\'', '‚', '«', '»', '‹', '›', '`':
		return true
	}
	return false
}

// isInitialism reports whether w is one letter, or letters separated by
// periods (U.S, a.m): the parts of U.S. and U.N.
func isInitialism(w string) bool {
	for i := 0; ; i++ {
		part, rest, more := strings.Cut(w, ".")
		if utf8.RuneCountInString(part) != 1 {
			return i > 0 && part == ""
		}
		if !more {
			return true
		}
		w = rest
	}
}

var abbrevWords = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true,
	"adm": true, "rev": true, "fr": true, "hon": true, "brig": true, "cmdr": true, "st": true,
	"jr": true, "sr": true, "inc": true, "corp": true, "co": true, "ltd": true, "no": false,
	"jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true,
	"dec": true, "vs": true, "gens": true, "reps": true, "sens": true, "supt": true,
}

func isAbbrev(w string) bool {
	if isInitialism(w) {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) || strings.Contains(w, ".")
	}
	return abbrevWords[strings.ToLower(w)]
}

// pluralPossessive returns the length of the apostrophe that makes the
// capitalised word text[i:j] a plural possessive inside a name ("the
// National Coffee Growers' Federation", "the Swiss Bankers' Association"),
// or 0. It needs a capital on both sides and a word of a body's name after
// it, so that a single quotation mark closing after a word ("the 'talks' he
// said") stays a mark.
// namePossessive returns the length of the apostrophe that makes the name
// text[i:j], ending in "s", a possessive before a common word ("Sanders'
// senior media adviser", "Jones’ lawyer"), or 0. A single quotation mark
// opened earlier in the paragraph, which starts at start, may close there
// instead ("the 'Texas Republicans' he met").
func namePossessive(text string, start, i, j, end int) int {
	if j+2 >= end || text[j-1] != 's' || j-i < 3 {
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[j:])
	if r != '\'' && r != '’' || j+size+1 >= end || text[j+size] != ' ' {
		return 0
	}
	if c := text[j+size+1]; c < 'a' || c > 'z' {
		return 0
	}
	if r0, _ := utf8.DecodeRuneInString(text[i:]); !unicode.IsUpper(r0) {
		return 0
	}
	before := text[start:i]
	if strings.Contains(before, "‘") || strings.HasPrefix(before, "'") || strings.Contains(before, " '") || strings.Contains(before, "\"'") {
		return 0
	}
	return size
}

func pluralPossessive(text string, i, j, end int) int {
	if j >= end || text[j-1] != 's' {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(text[i:]); !unicode.IsUpper(r) {
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[j:])
	if r != '\'' && r != '’' || j+size+1 >= end || text[j+size] != ' ' {
		return 0
	}
	if r2, _ := utf8.DecodeRuneInString(text[j+size+1:]); !unicode.IsUpper(r2) {
		return 0
	}
	// The name goes on to a word that ends the names of bodies; "Prudential-
	// Bache Securities' Stuart Weisbrod" is a body's man, whose name starts
	// after the apostrophe.
	next := text[j+size+1:]
	if k := strings.IndexAny(next, " ,.;:)\n"); k >= 0 {
		next = next[:k]
	}
	if !orgLike(strings.ToLower(next)) {
		return 0
	}
	return size
}
