package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence when a name
// or a number follows them (Mr. Haftar, Gen. Shoigu, Jan. 5, U.S. forces).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true,
	"cpl": true, "adm": true, "cmdr": true, "brig": true, "rev": true, "fr": true, "st": true,
	"sr": true, "jr": true, "hon": true, "pres": true, "supt": true, "insp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "no": true, "nos": true,
	"vs": true, "v": true, "etc": true, "approx": true, "dept": true, "est": true, "ft": true,
	"mt": true, "ave": true, "blvd": true, "rd": true, "mln": true, "bln": true,
}

// titleAbbreviations never end a sentence: a name always follows them.
var titleAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "maj": true, "capt": true, "sgt": true,
	"adm": true, "rev": true, "fr": true, "hon": true, "brig": true, "cmdr": true, "st": true,
}

// sentenceStarters are words that, capitalised after an abbreviation such as
// U.S., begin a new sentence rather than continue a name.
var sentenceStarters = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"but": true, "and": true, "in": true, "a": true, "an": true, "this": true, "that": true,
	"there": true, "its": true, "his": true, "her": true, "their": true, "on": true, "at": true,
	"as": true, "if": true, "when": true, "while": true, "after": true, "for": true,
}

// Sentences splits the paragraph para of text into sentences. A sentence ends
// at . ! ? or … (with any closing quotation marks and brackets after it) when
// white space and then a capital letter, a digit or an opening mark follow,
// except after a title (Mr., Gen.), an initial (J. Smith) or an abbreviation
// followed by a name or a number (Jan. 5, U.S. forces).
func Sentences(text string, para Span) []Span {
	var out []Span
	start := para.Start
	i := para.Start
	for i < para.End {
		c := text[i]
		if c != '.' && c != '!' && c != '?' && !strings.HasPrefix(text[i:], "…") {
			i++
			continue
		}
		end := i + 1
		if c == 0xE2 {
			end = i + len("…")
		}
		// Closing marks and brackets belong to the sentence.
		for end < para.End {
			r, size := utf8.DecodeRuneInString(text[end:])
			if r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || r == ']' || r == '»' || r == '.' {
				end += size
				continue
			}
			break
		}
		j := end
		for j < para.End && (text[j] == ' ' || text[j] == '\t' || text[j] == 0xC2 && j+1 < para.End && text[j+1] == 0xA0) {
			if text[j] == 0xC2 {
				j++
			}
			j++
		}
		if j == end || j >= para.End {
			i = end
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'«„(`[", next)) {
			i = end
			continue
		}
		if c == '.' && !endsSentence(text, para.Start, i, j) {
			i = end
			continue
		}
		out = append(out, trimSpace(text, Span{start, end}))
		start = j
		i = j
	}
	if s := trimSpace(text, Span{start, para.End}); s.Len() > 0 {
		out = append(out, s)
	}
	return out
}

// endsSentence decides whether the period at dot, followed by the word at
// next, ends a sentence.
func endsSentence(text string, from, dot, next int) bool {
	// The word before the period.
	k := dot
	for k > from {
		r, size := utf8.DecodeLastRuneInString(text[from:k])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		k -= size
	}
	word := text[k:dot]
	lw := strings.ToLower(word)
	if titleAbbreviations[lw] {
		return false
	}
	nextWord := text[next:]
	if e := strings.IndexAny(nextWord, " ,;:.\n"); e >= 0 {
		nextWord = nextWord[:e]
	}
	starter := sentenceStarters[strings.ToLower(nextWord)]
	// A single capital letter is an initial (J. Smith), or one letter of
	// U.S., U.N.: the sentence goes on unless a sentence word follows.
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper(rune(word[0])) {
		return starter
	}
	if strings.Contains(word, ".") { // U.S., U.K., a.m.
		return starter
	}
	if abbreviations[lw] {
		if r, _ := utf8.DecodeRuneInString(text[next:]); unicode.IsDigit(r) {
			return false // Jan. 5, No. 10
		}
		return starter
	}
	return true
}
