package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraphs splits text into paragraphs: its non-blank lines, each trimmed
// of surrounding white space. News text separates paragraphs by a blank line
// or by a single line break; hard-wrapped paragraphs are rare enough in news
// that a line is taken as a paragraph.
func Paragraphs(text string) []Span {
	var out []Span
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if s := trimSpace(text, Span{start, end}); s.Len() > 0 {
			out = append(out, s)
		}
		start = end + 1
	}
	return out
}

// Clean returns s as a reader should see it: print hyphenation at line or
// column breaks undone ("east- ern" becomes "eastern"), runs of white space
// (no-break spaces and line breaks included) folded into one space.
func Clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		if r == '-' && i > 0 && space == false && i+size < len(s) {
			// "east- ern": a hyphen between a lower-case letter and a space
			// followed by a lower-case word is print hyphenation, unless the
			// next word is a conjunction ("pre- and post-war").
			p, _ := utf8.DecodeLastRuneInString(s[:i])
			j := i + size
			if j < len(s) && s[j] == ' ' && unicode.IsLower(p) {
				k := j + 1
				n, _ := utf8.DecodeRuneInString(s[k:])
				if k < len(s) && unicode.IsLower(n) && !hasWordPrefix(s[k:], "and", "or", "to", "nor") {
					if compoundHead(s[:i]) {
						b.WriteByte('-') // "two- year": keep the hyphen
					}
					i = k
					continue
				}
			}
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		i += size
	}
	return b.String()
}

func hasWordPrefix(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || !isWordRune(rune(s[len(w)]))) {
			return true
		}
	}
	return false
}

// compoundHeads are words that form hyphenated compounds ("two- year" is
// "two-year" broken at its hyphen, not "twoyear").
var compoundHeads = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "hundred": true,
	"half": true, "self": true, "non": true, "anti": true, "co": true, "ex": true, "pro": true,
	"well": true, "long": true, "short": true, "full": true, "part": true, "high": true,
	"low": true, "far": true, "all": true, "cross": true, "multi": true, "pre": true,
	"post": true, "mid": true, "semi": true, "vice": true, "year": true, "old": true,
	"first": true, "second": true, "third": true, "so": true, "re": true, "state": true,
	"government": true, "right": true, "left": true, "hard": true, "much": true, "ill": true,
}

// compoundHead reports whether the word that ends s is a compoundHead.
func compoundHead(s string) bool {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return compoundHeads[strings.ToLower(s[i:])]
}
