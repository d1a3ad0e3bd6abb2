package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/quote"
)

// transcript reads a paragraph of a transcript or an interview, led by its
// speaker's label: "JAKE TAPPER: Donald Trump released a video", "Q: Was
// it worth it?", "A: Believe me, …". The words after the label are the
// speaker's.
func (d *docState) transcript(toks []token) bool {
	if d.transcriptLabels < 2 {
		return false // one "NOTE:" line is no transcript
	}
	if len(toks) > 0 && toks[0].kind == tQuote {
		// A transcript quoted whole: "\"PENCE: Well, look, …\"".
		toks = toks[1:]
		if n := len(toks); n > 0 && toks[n-1].kind == tQuote {
			toks = toks[:n-1]
		}
	}
	colon := -1
	for k := 0; k < len(toks) && k <= 4; k++ {
		if toks[k].is(":") {
			colon = k
			break
		}
		t := toks[k]
		if t.kind != tWord || !isUpperWord(t.text) {
			if !(t.is("(", ")") || t.kind == tWord && t.isCap() && k > 0) {
				return false
			}
		}
	}
	if colon < 1 || colon+3 >= len(toks) || toks[colon+1].kind == tQuote ||
		notSpeakers[strings.ToLower(d.textOf(toks, 0, colon))] {
		return false
	}
	c := quote.Span{Start: toks[colon+1].start, End: toks[len(toks)-1].end}
	if d.claimed(c) {
		return false
	}
	p := np{lo: 0, hi: colon}
	p.mention = Mention{Span: spanOf(toks, 0, colon), Text: d.textOf(toks, 0, colon), Kind: Person}
	name := p.mention.Text
	if len(name) > 1 {
		// "JAKE TAPPER" -> "Jake Tapper"
		name = titleName(name)
	}
	p.mention.Name = name
	a := attr{speaker: p, rule: ruleTranscript, conf: 0.7, cue: ":"}
	a.cueSpan = spanOf(toks, colon, colon+1)
	a.evidence = spanOf(toks, 0, colon+1)
	d.addReported(a, c)
	return true
}

// isUpperWord reports whether w has letters and all of them are capitals.
func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// titleName turns a name in capitals into title case ("JAKE TAPPER" ->
// "Jake Tapper").
func titleName(s string) string {
	if !isUpperWord(strings.ReplaceAll(s, " ", "")) {
		return s
	}
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		r, size := utf8.DecodeRuneInString(w)
		f[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(f, " ")
}
