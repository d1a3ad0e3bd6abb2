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

// headline reads a title that gives its speaker before a colon: "Lynch: No
// outside influence on FBI probe", "Clinton to Planned Parenthood: Trump
// will reverse Roe v. Wade". Only the article's first paragraph is read so.
func (d *docState) headline(toks []token) {
	colon := -1
	for k := 0; k < len(toks) && k <= 7; k++ {
		if toks[k].is(":") {
			colon = k
			break
		}
	}
	if colon < 1 || colon+4 > len(toks) || toks[0].is("the", "a", "an") {
		return
	}
	end := colon // the speaker ends before "to": "Clinton to Planned Parenthood"
	for k := 1; k < colon; k++ {
		if toks[k].is("to") {
			end = k
			break
		}
	}
	for k := 0; k < colon; k++ {
		if t := toks[k]; t.kind != tWord || !t.isCap() && k < end && !nameParticles[t.lower] || headlineLabels[t.lower] {
			return // "The Latest:", "Delegate Update:", "Breitbart News Daily:"
		}
	}
	p, ok := d.nameEndingAt(toks, end, 0)
	if !ok || p.lo != 0 || notSpeakers[strings.ToLower(p.mention.Text)] {
		return
	}
	e := len(toks)
	for e > colon+1 && toks[e-1].kind == tPunct {
		e--
	}
	if e-colon < 4 {
		return
	}
	c := quote.Span{Start: toks[colon+1].start, End: toks[e-1].end}
	if d.claimed(c) {
		return
	}
	a := attr{speaker: p, rule: ruleHeadline, conf: 0.5, cue: ":"}
	a.cueSpan = spanOf(toks, colon, colon+1)
	a.evidence = spanOf(toks, 0, colon+1)
	d.addReported(a, c)
}

// headlineLabels name a column or a feature, not a speaker, before a
// headline's colon.
var headlineLabels = set("latest", "update", "daily", "poll", "exclusive", "watch", "video",
	"live", "breaking", "analysis", "opinion", "editorial", "fact", "check", "factcheck",
	"review", "interview", "transcript", "photos", "in", "is", "news", "report", "recap")
