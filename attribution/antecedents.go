package attribution

// This file finds what a reference stands for when the words themselves
// do not say: the paper behind "the newspaper said", the outlet that
// quoted someone "quoted as saying" without naming it, the holder of "the
// Minister", the person "he" continues from the sentence before.

import (
	"regexp"
	"strings"
)

// publicationRe matches the name of a periodical the gazetteer may lack:
// capitalised words that end in a word for one, with an "of" phrase ("the
// New England Journal of Medicine", "Automotive News", "the Toronto Star").
var publicationRe = regexp.MustCompile(`\b(?:[A-Z][\p{L}&'-]*\s+)+(Journal|Magazine|Review|Gazette|Times|Post|Herald|Tribune|Bulletin|News|Week|Weekly|Daily|Star|Globe|Mail|Telegraph|Chronicle|Observer|Guardian|Express|Mirror|Shimbun|Inquirer|Examiner)\b(?:\s+of(?:\s+[A-Z][\p{L}-]*)+)?`)

// magazineWords and newspaperWords end the names of magazines and papers.
var (
	magazineWords  = set("journal", "magazine", "review", "week", "weekly", "bulletin")
	newspaperWords = set("journal", "gazette", "times", "post", "herald", "tribune", "news", "daily", "star", "globe",
		"mail", "telegraph", "chronicle", "observer", "guardian", "express", "mirror", "shimbun", "inquirer", "examiner")
)

// publicationBefore finds the last periodical named before pos whose name
// fits the reference noun: a "Journal" or a "Review" for "the magazine", a
// "Times" or a "Post" for "the newspaper".
func (d *docState) publicationBefore(pos int, noun string) (string, bool) {
	var fits map[string]bool
	switch noun {
	case "magazine", "weekly":
		fits = magazineWords
	case "newspaper", "paper", "daily":
		fits = newspaperWords
	default:
		return "", false
	}
	if pos <= 0 || pos > len(d.text) {
		return "", false
	}
	ms := publicationRe.FindAllStringSubmatchIndex(d.text[:pos], -1)
	for i := len(ms) - 1; i >= 0; i-- {
		if fits[strings.ToLower(d.text[ms[i][2]:ms[i][3]])] {
			name := d.text[ms[i][0]:ms[i][1]]
			if f := strings.Fields(name); determiners[strings.ToLower(f[0])] || nonNames[strings.ToLower(f[0])] {
				name = strings.Join(f[1:], " ") // "The Journal": not a name of its own
			}
			if len(strings.Fields(name)) >= 2 {
				return name, true
			}
		}
	}
	return "", false
}

// nameAfterMediaNoun returns the name that follows the noun of a medium in
// a description ("the trade paper Automotive News" -> "Automotive News"),
// or "". "radio Tanzania" is a name whole.
func nameAfterMediaNoun(text string) string {
	f := strings.Fields(text)
	for i := len(f) - 2; i >= 0; i-- {
		if !mediaNouns[strings.ToLower(f[i])] || startsUpper(f[i]) || !determiners[strings.ToLower(f[0])] {
			continue
		}
		for _, w := range f[i+1:] {
			if !startsUpper(w) && !nameParticles[strings.ToLower(w)] {
				return ""
			}
		}
		return strings.Join(f[i+1:], " ")
	}
	return ""
}

// describesOther reports whether the words of a name hold a relative clause
// or a phrase about something else, so that their last word is not its head
// ("Wall Street analyst who has obtained an advance copy of the magazine" is
// no magazine).
func describesOther(f []string) bool {
	for i, w := range f {
		if relativePronouns[w] || prepositions[w] && w != "of" && i+1 < len(f) && !startsUpper(f[i+1]) {
			return true
		}
	}
	return false
}

// inheritQuotedBy gives "X was quoted as saying" without an outlet the
// outlet that quoted X earlier in the story: "The Daily Telegraph quoted
// Jardine chairman Simon Keswick as saying …" and then "…," Keswick was
// quoted as saying.
func (d *docState) inheritQuotedBy() {
	for i := range d.out {
		q := &d.out[i]
		if q.Cue != "quoted as saying" || len(q.Via) > 0 || q.Speaker == nil || q.Speaker.Name == "" {
			continue
		}
		var from *Quote
		for j := range d.out {
			p := &d.out[j]
			if p.Speaker == nil || p.Speaker.Name != q.Speaker.Name || len(p.Via) == 0 || p.Via[0].Relation != "quoted" ||
				p.Span.Start >= q.Span.Start || from != nil && p.Span.Start < from.Span.Start {
				continue
			}
			from = p
		}
		if from != nil {
			q.Via = append([]Mention(nil), from.Via...)
		}
	}
}

// relayBefore returns the latest named outlet before pos that relayed a
// quote by quoting, carrying or reporting it (not one that was told), or
// nil.
func (d *docState) relayBefore(pos int) *Mention {
	var best *Mention
	for i := range d.out {
		for j := range d.out[i].Via {
			v := &d.out[i].Via[j]
			if v.Name == "" || v.Span.Start >= pos || v.Kind != Media && v.Kind != Agency || v.Relation != "quoted" && v.Relation != "carried" && v.Relation != "reported" ||
				subjectPronouns[strings.ToLower(v.Text)] { // ("it said, quoting …": not yet resolved)
				continue
			}
			if best == nil || v.Span.Start > best.Span.Start {
				best = v
			}
		}
	}
	return best
}

// roleHolderBefore returns the name of the person the story last named
// with the title that a definite description of one word uses ("the
// Minister", "the chairman"), or "".
func (d *docState) roleHolderBefore(m *Mention) string {
	if strings.Count(m.Text, " ") > 1 {
		return "" // ("the minister" is two words)
	}
	f := strings.Fields(strings.ToLower(m.Text))
	if len(f) == 1 && m.Span.Start >= 4 && strings.EqualFold(d.text[m.Span.Start-4:m.Span.Start], "the ") {
		f = []string{"the", f[0]} // "The Minister": the name path leaves the article out
	}
	if len(f) != 2 || f[0] != "the" || !officeTitles[f[1]] {
		return ""
	}
	for pi := len(d.paras) - 1; pi >= 0; pi-- {
		if d.paras[pi].Start >= m.Span.Start {
			continue
		}
		toks := d.ptoks[pi]
		for i := len(toks) - 2; i >= 0; i-- {
			if toks[i].start >= m.Span.Start || toks[i].lower != f[1] || !toks[i+1].isCap() {
				continue
			}
			e := i + 1
			for e < len(toks) && e-i <= 4 && toks[e].isCap() && !titleWords[toks[e].lower] {
				e++
			}
			if e-(i+1) >= 2 && e-(i+1) <= 3 && toks[e-1].end <= m.Span.Start {
				return d.fullName(d.textOf(toks, i+1, e))
			}
		}
	}
	return ""
}

// officeTitles are the offices that "the minister", "the chairman" name
// one holder of in a story.
var officeTitles = set("minister", "chairman", "senator", "governor", "mayor", "judge", "premier",
	"chancellor", "prince", "ambassador", "president", "secretary", "governor")

// prevSentencePerson returns the person the sentence before pos is about,
// when pos opens a sentence: the person quoted there ("Xinhua quoted Zhang
// Yan, a delegate, attacking grain policy. He said …"), else its subject
// when it is a person's name ("Prime Minister Turgut Ozal, in London, is
// expected … He was …"). It returns nil otherwise.
func (d *docState) prevSentencePerson(pos int) *Mention {
	pi := -1
	for i, para := range d.paras {
		if para.Start <= pos && pos < para.End {
			pi = i
			break
		}
	}
	if pi < 0 {
		return nil
	}
	toks := d.ptoks[pi]
	at := 0
	for at < len(toks) && toks[at].start < pos {
		at++
	}
	var prev []token
	switch {
	case at == 0 && pi > 0:
		prev = d.ptoks[pi-1] // the last sentence of the paragraph before
	case at > 0 && toks[at-1].is(".", "!", "?"):
		prev = toks[:at-1]
	default:
		return nil // not the start of a sentence
	}
	start := 0
	for k := len(prev) - 2; k >= 0; k-- {
		if prev[k].is(".", "!", "?") {
			start = k + 1
			break
		}
	}
	prev = prev[start:]
	if len(prev) == 0 || hasQuote(prev) {
		return nil // a quotation has its own speaker
	}
	titled := false // the name came after a title ("Prime Minister Turgut Ozal")
	name := func(k int) *Mention {
		e := k
		for e < len(prev) && (prev[e].isCap() || nameParticles[prev[e].lower] && e+1 < len(prev) && prev[e+1].isCap()) {
			e++
		}
		k0 := k
		for k < e-1 && (titleWords[prev[k].lower] || isNationality(prev[k].lower)) {
			k++
		}
		titled = k > k0 && titleWords[prev[k-1].lower]
		if e-k < 2 || e-k > 4 || orgLike(prev[e-1].lower) {
			return nil
		}
		full := d.fullName(d.textOf(prev, k, e))
		return &Mention{Name: full, Text: full, Kind: Person, Span: spanOf(prev, k, e)}
	}
	for k := 0; k+1 < len(prev); k++ {
		if prev[k].is("quoted", "quoting") && prev[k+1].isCap() {
			if m := name(k + 1); m != nil {
				return m
			}
		}
	}
	if prev[0].isCap() && !nonNames[prev[0].lower] {
		if m := name(0); m != nil && (knownFirstName(m.Name) || titled) {
			return m // a person's name for sure, not "FULL TEXT"
		}
	}
	return nil
}
