package quote

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// family groups the quotation marks that pair with each other.
type family uint8

const (
	famDouble    family = iota + 1 // “ ” " „ `` ''
	famGuillemet                   // « »
	famSingle                      // ‘ ’ ' ‚
	famAngle                       // ‹ ›
)

// mark is one quotation mark found in a paragraph.
type mark struct {
	pos, size int // byte offset and length of the mark
	fam       family
	canOpen   bool
	canClose  bool
}

// Find returns the quotations of text found by the zero Finder.
func Find(text string) []Quote {
	var f Finder
	return f.Find(text)
}

// Find returns the quotations of text, one Quote per segment, sorted by start
// offset. Nested quotations are included, with Parent set to the enclosing
// one. Quotes inside tags such as <tweet tweet-id="…"> are ignored.
func (f *Finder) Find(text string) []Quote {
	var out []Quote
	prevOpen := -1 // index in out of the last segment of the previous paragraph, if it was left open
	for _, para := range Paragraphs(text) {
		marks := scanMarks(text, para)
		segs := pairMarks(text, para, marks)
		firstOpenAtStart := false
		if len(segs) > 0 && leadingMark(text, para, segs[0].Outer.Start) {
			firstOpenAtStart = true
		}
		base := len(out)
		for i := range segs {
			segs[i].Para = para
			segs[i].Group = base + i
			segs[i].Parent = -1
		}
		// Segments come out in order of their closing; order them by start.
		sort.SliceStable(segs, func(i, j int) bool { return segs[i].Outer.Start < segs[j].Outer.Start })
		for i := range segs {
			segs[i].Group = base + i
		}
		if firstOpenAtStart && prevOpen >= 0 && len(segs) > 0 && segs[0].Outer.Start == firstMarkPos(text, para) {
			segs[0].Group = out[prevOpen].Group
		}
		out = append(out, segs...)
		prevOpen = -1
		for i := base; i < len(out); i++ {
			if !out[i].Closed && out[i].Outer.End >= lastNonSpace(text, para) {
				prevOpen = i
			}
		}
	}
	// Nesting: a quote whose outer span lies within another's content.
	for i := range out {
		for j := i - 1; j >= 0; j-- {
			if out[j].Para != out[i].Para {
				break
			}
			if out[j].Span.Contains(out[i].Outer) && out[j].Outer != out[i].Outer {
				out[i].Parent = j
				break
			}
		}
	}
	return out
}

// leadingMark reports whether the only thing before pos in para is white
// space.
func leadingMark(text string, para Span, pos int) bool {
	for i := para.Start; i < pos; i++ {
		if !isSpaceByte(text[i]) {
			return false
		}
	}
	return true
}

func firstMarkPos(text string, para Span) int {
	i := para.Start
	for i < para.End && isSpaceByte(text[i]) {
		i++
	}
	return i
}

func lastNonSpace(text string, para Span) int {
	i := para.End
	for i > para.Start && isSpaceByte(text[i-1]) {
		i--
	}
	return i
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// scanMarks finds the quotation marks of para and decides, from the runes
// around each, whether it can open or close a quotation.
func scanMarks(text string, para Span) []mark {
	var ms []mark
	i := para.Start
	for i < para.End {
		c := text[i]
		if c == '<' {
			// Skip markup such as <tweet tweet-id="123"><tweet/>: its quotes
			// are attribute delimiters, not quotation marks.
			if j := tagEnd(text, i, para.End); j > 0 {
				i = j
				continue
			}
		}
		if c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		prev, _ := utf8.DecodeLastRuneInString(text[para.Start:i])
		if i == para.Start {
			prev = ' '
		}
		next := ' '
		if i+size < para.End {
			next, _ = utf8.DecodeRuneInString(text[i+size:])
		}
		m := mark{pos: i, size: size}
		switch r {
		case '“':
			// Opens, except as the German closing mark after „ (decided in
			// pairMarks by its family: it can close a „).
			m.fam, m.canOpen, m.canClose = famDouble, true, rightFlank(prev, next) && !leftFlank(prev, next)
		case '”':
			// Closes; typed in error after a space and before a word, it
			// opens (autocorrect after a dash or a parenthesis).
			m.fam, m.canClose = famDouble, true
			m.canOpen = leftFlank(prev, next) && !rightFlank(prev, next)
		case '„':
			m.fam, m.canOpen = famDouble, true
		case '"':
			m.fam = famDouble
			if prev == '=' {
				i += size
				continue // an attribute value in stray markup
			}
			m.canOpen, m.canClose = leftFlank(prev, next), rightFlank(prev, next)
			if !m.canOpen && !m.canClose {
				// Between two words ("said"Hello) or two spaces: either.
				m.canOpen, m.canClose = true, true
			}
		case '`':
			if i+1 < para.End && text[i+1] == '`' {
				m.fam, m.size, m.canOpen = famDouble, 2, true
			} else {
				i += size
				continue
			}
		case '\'':
			if i+1 < para.End && text[i+1] == '\'' {
				// The NYT's '' serves as both the opening and the closing
				// mark: decide by the runes around the pair.
				m.fam, m.size = famDouble, 2
				next = ' '
				if i+2 < para.End {
					next, _ = utf8.DecodeRuneInString(text[i+2:])
				}
				m.canOpen, m.canClose = leftFlank(prev, next), rightFlank(prev, next)
				if !m.canOpen && !m.canClose {
					m.canOpen, m.canClose = true, true
				}
				break
			}
			m.fam = famSingle
			m.canOpen, m.canClose = singleFlanks(text, para, i, size, prev, next)
		case '‘':
			m.fam = famSingle
			m.canOpen, m.canClose = singleFlanks(text, para, i, size, prev, next)
			// It closes only as the German mark after ‚.
			m.canClose = m.canClose && !m.canOpen
		case '’':
			m.fam = famSingle
			m.canOpen, m.canClose = singleFlanks(text, para, i, size, prev, next)
			m.canOpen = false
		case '‚':
			m.fam, m.canOpen = famSingle, leftFlank(prev, next)
		case '«':
			m.fam, m.canOpen = famGuillemet, true
		case '»':
			m.fam, m.canClose = famGuillemet, true
		case '‹':
			m.fam, m.canOpen = famAngle, true
		case '›':
			m.fam, m.canClose = famAngle, true
		default:
			i += size
			continue
		}
		if m.canOpen || m.canClose {
			ms = append(ms, m)
		}
		i += m.size
	}
	return ms
}

// tagEnd returns the offset just past a markup tag starting at text[i] ('<'),
// or 0 when what follows does not look like a tag with attributes. Stock
// tickers such as <IBM> are left alone: they hold no quotation marks anyway.
func tagEnd(text string, i, end int) int {
	if i+1 >= end {
		return 0
	}
	c := text[i+1]
	if !(c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return 0
	}
	for j := i + 1; j < end && j < i+500; j++ {
		switch text[j] {
		case '>':
			return j + 1
		case '<', '\n':
			return 0
		case '=':
			if j+1 < end && text[j+1] == '"' {
				// An attribute: skip to the closing delimiter.
				k := j + 2
				for k < end && text[k] != '"' && text[k] != '\n' {
					k++
				}
				if k >= end || text[k] != '"' {
					return 0
				}
				j = k
			}
		}
	}
	return 0
}

// leftFlank reports whether a mark between prev and next can open a
// quotation: something follows it, and what precedes it is a space, an
// opening bracket or dash, or another mark.
func leftFlank(prev, next rune) bool {
	if unicode.IsSpace(next) {
		return false
	}
	return unicode.IsSpace(prev) || isOpenPunct(prev)
}

// rightFlank reports whether a mark can close a quotation: it follows
// something other than a space, and a space, punctuation or another mark
// follows it.
func rightFlank(prev, next rune) bool {
	if unicode.IsSpace(prev) {
		return false
	}
	return unicode.IsSpace(next) || isClosePunct(next)
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '“', '‘', '"', '\'', '«', '‹', '„', '‚', '`', '\u00a0':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '…', '”', '’', '"', '\'', '»', '›', '*':
		return true
	}
	return false
}

// elisions are words that begin with an apostrophe, which must not be taken
// for an opening single quote.
var elisions = map[string]bool{
	"em": true, "til": true, "tis": true, "twas": true, "cause": true, "n": true,
	"round": true, "bout": true, "nuff": true, "s": true, "ll": true, "re": true, "ve": true, "d": true,
}

// singleFlanks decides whether a single mark (' ‘ ’) at text[i] can open or
// close. A mark between two letters is an apostrophe (Russia’s, don't); one
// before a decade ('90s) or an elided word ('em, rock 'n' roll) is an
// apostrophe too.
func singleFlanks(text string, para Span, i, size int, prev, next rune) (canOpen, canClose bool) {
	if isWordRune(prev) && isWordRune(next) {
		return false, false
	}
	if unicode.IsDigit(next) && !isWordRune(prev) {
		return false, false // '90s
	}
	canOpen = leftFlank(prev, next)
	canClose = rightFlank(prev, next)
	if canOpen {
		// The word that follows: an elision is not a quotation.
		j := i + size
		k := j
		for k < para.End {
			r, s := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsLetter(r) {
				break
			}
			k += s
		}
		w := text[j:k]
		if len(w) <= 5 && elisions[lowerASCII(w)] {
			afterSpace := k >= para.End || text[k] == ' ' || text[k] == '\'' || text[k] == ','
			if afterSpace {
				canOpen = false
			}
		}
	}
	return canOpen, canClose
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// pairMarks matches opening and closing marks with a stack and returns one
// segment per quotation. A double quotation left open at the end of the
// paragraph runs to its end (the news convention for a quote that continues
// in the next paragraph); a single quotation left open is dropped, since its
// opening mark was most likely an apostrophe.
func pairMarks(text string, para Span, ms []mark) []Quote {
	type open struct {
		m mark
	}
	var stack []open
	var out []Quote
	emit := func(o mark, closeAt int, closeSize int, closed bool) {
		outer := Span{o.pos, closeAt + closeSize}
		inner := trimSpace(text, Span{o.pos + o.size, closeAt})
		if inner.Len() <= 0 {
			return
		}
		out = append(out, Quote{
			Span: inner, Outer: outer, Kind: Direct,
			Text: text[inner.Start:inner.End], Closed: closed,
			Embedded: embedded(text, para, o.pos),
		})
	}
	for _, m := range ms {
		// Close the innermost open quote of this family, if m can close.
		if m.canClose {
			k := -1
			for j := len(stack) - 1; j >= 0; j-- {
				if stack[j].m.fam == m.fam {
					k = j
					break
				}
			}
			// A mark that can both open and close closes only when the open
			// quote of its family is the innermost one, or when it cannot
			// open (so that "He said 'no' to "them"" nests correctly).
			if k >= 0 && (!m.canOpen || k == len(stack)-1) {
				// Quotes opened inside and never closed are dropped.
				emit(stack[k].m, m.pos, m.size, true)
				stack = stack[:k]
				continue
			}
		}
		if m.canOpen {
			stack = append(stack, open{m})
		}
	}
	// Unclosed double quotes run to the end of the paragraph.
	for _, o := range stack {
		if o.m.fam == famDouble || o.m.fam == famGuillemet {
			emit(o.m, para.End, 0, false)
			break // only the outermost one
		}
	}
	return out
}

// trimSpace shrinks s to exclude white space at both ends.
func trimSpace(text string, s Span) Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= size
	}
	return s
}

// embedded reports whether the mark at pos follows a word (or a digit) of
// the same paragraph, white space aside.
func embedded(text string, para Span, pos int) bool {
	i := pos
	for i > para.Start {
		r, size := utf8.DecodeLastRuneInString(text[para.Start:i])
		if !unicode.IsSpace(r) {
			return isWordRune(r)
		}
		i -= size
	}
	return false
}
