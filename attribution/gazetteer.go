package attribution

import (
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// agenciesTSV is the built-in gazetteer; see the header of data/agencies.tsv
// for the format and the matching rules.
//
//go:embed data/agencies.tsv
var agenciesTSV string

// Outlet is a news agency, broadcaster, newspaper or magazine.
type Outlet struct {
	Name    string // canonical short name: "TASS", "Reuters", "SPA"
	Kind    string // agency, broadcaster, newspaper or magazine
	Country string // ISO 3166-1 alpha-2, or SU, DD, YU, CS for outlets that ended with their state
	// State is "yes" (owned or controlled by a state, party or military),
	// "public" (publicly owned or funded, editorially independent by statute:
	// BBC, NHK) or "no".
	State string
	// Aliases are the other names the outlet is found by, without the
	// matching marks of the data file. The slice is shared: do not modify it.
	Aliases []string
	Note    string
}

// OutletMention is a mention of an outlet in a text. Start and End are byte
// offsets, half-open. The mention covers the name as written ("TASS" in "the
// TASS news agency") and an alias of the same outlet that follows it, bare or
// in parentheses: "Saudi Press Agency (SPA)" and "Emirates news agency WAM"
// are one mention each.
type OutletMention struct {
	Start, End int
	Outlet     Outlet
}

// Gazetteer finds news outlets by name. A Gazetteer is immutable and safe for
// concurrent use; the zero Gazetteer is empty.
type Gazetteer struct {
	rows    []gazRow
	outlets []Outlet
	byKey   map[string][]*gazPattern // whole alias key → its aliases (Lookup)
	byFirst map[string][]*gazPattern // key of the first word → aliases and blockers (FindAll)
	// start marks the bytes that can begin a mention, so that FindAll skips
	// most lower-case words without a map probe.
	start  [256]bool
	maxKey int // the longest first-word key, in bytes
}

type gazRow struct {
	outlet Outlet
	specs  []aliasSpec
	line   int
}

// aliasSpec is one alias as written in the data file.
type aliasSpec struct {
	text  string // markers removed
	exact bool   // "=": only in the case written
	near  bool   // "~": only next to a generic word
	block bool   // "!": a blocker
}

// gazPattern is a compiled alias. Words are separated in the text by spaces
// or hyphens; within a word, any apostrophe matches any other.
type gazPattern struct {
	words  []gazWord
	outlet int // -1 for a blocker
	exact  bool
	near   bool
}

type gazWord struct {
	fold string // lower case, apostrophes as '\''
	orig string // as written, apostrophes as '\''
	cap  bool   // must be capitalized in the text
	// caps: written in capitals (an acronym: "BBC", "L.A."), so it must be
	// in capitals in the text: "Rai" in "al-Rai" is not RAI.
	caps bool
}

var gazetteerColumns = []string{"name", "kind", "country", "state", "aliases", "note"}

// LoadGazetteer reads a gazetteer in the format of data/agencies.tsv from r.
// name is the file name used in errors, which are *DataError for the content;
// an alias of two outlets is an error that names both lines.
func LoadGazetteer(r io.Reader, name string) (*Gazetteer, error) {
	var rows []gazRow
	err := readTable(r, name, gazetteerColumns, func(line int, f []string) error {
		row, msg := parseGazRow(f)
		if msg != "" {
			return &DataError{name, line, msg}
		}
		row.line = line
		rows = append(rows, row)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return buildGazetteer(rows, name, true)
}

func parseGazRow(f []string) (gazRow, string) {
	o := Outlet{Name: normWords(f[0]), Kind: f[1], Country: f[2], State: f[3]}
	if len(f) > 5 {
		o.Note = f[5]
	}
	if o.Name == "" {
		return gazRow{}, "empty name"
	}
	switch o.Kind {
	case "agency", "broadcaster", "newspaper", "magazine":
	default:
		return gazRow{}, fmt.Sprintf("unknown kind %q (want agency, broadcaster, newspaper or magazine)", o.Kind)
	}
	if len(o.Country) != 2 || !strings.Contains(countryCodes, " "+o.Country+" ") {
		return gazRow{}, fmt.Sprintf("unknown country %q (want an ISO 3166-1 alpha-2 code)", o.Country)
	}
	switch o.State {
	case "yes", "public", "no":
	default:
		return gazRow{}, fmt.Sprintf("state is %q, want yes, public or no", o.State)
	}
	var specs []aliasSpec
	if f[4] != "" {
		for _, a := range strings.Split(f[4], "|") {
			s := aliasSpec{text: normWords(a)}
			if strings.HasPrefix(s.text, "!") {
				s.block, s.text = true, s.text[1:]
			} else {
				for len(s.text) > 0 && (s.text[0] == '=' || s.text[0] == '~') {
					s.exact = s.exact || s.text[0] == '='
					s.near = s.near || s.text[0] == '~'
					s.text = s.text[1:]
				}
			}
			if r, _ := utf8.DecodeRuneInString(s.text); !isWordRune(r) {
				return gazRow{}, fmt.Sprintf("alias %q must start with a letter or digit", a)
			}
			specs = append(specs, s)
		}
	}
	// The name is an alias too, unless the aliases give it with marks.
	if !slices.ContainsFunc(specs, func(s aliasSpec) bool { return s.text == o.Name && !s.block }) {
		if r, _ := utf8.DecodeRuneInString(o.Name); !isWordRune(r) {
			return gazRow{}, fmt.Sprintf("name %q must start with a letter or digit", o.Name)
		}
		specs = append([]aliasSpec{{text: o.Name}}, specs...)
	}
	return gazRow{outlet: o, specs: specs}, ""
}

// buildGazetteer compiles rows. When strict, an alias of two outlets is an
// error; otherwise the later row takes it.
func buildGazetteer(rows []gazRow, name string, strict bool) (*Gazetteer, error) {
	owner := make(map[string]int) // alias key → row
	for i, row := range rows {
		for _, s := range row.specs {
			if s.block {
				continue
			}
			k := aliasKey(s.text)
			if j, dup := owner[k]; dup && j != i && strict {
				return nil, &DataError{name, row.line, fmt.Sprintf("alias %q of %s is also an alias of %s on line %d",
					s.text, row.outlet.Name, rows[j].outlet.Name, rows[j].line)}
			}
			owner[k] = i
		}
	}
	g := &Gazetteer{
		rows:    rows,
		byKey:   make(map[string][]*gazPattern),
		byFirst: make(map[string][]*gazPattern),
	}
	for i, row := range rows {
		o := row.outlet
		o.Aliases = nil
		for _, s := range row.specs {
			k := aliasKey(s.text)
			if !s.block && owner[k] != i {
				continue // taken by a later row (Merge)
			}
			p := &gazPattern{outlet: len(g.outlets), exact: s.exact, near: s.near}
			if s.block {
				p.outlet = -1
			} else {
				g.byKey[k] = append(g.byKey[k], p)
				if s.text != o.Name {
					o.Aliases = append(o.Aliases, s.text)
				}
			}
			for _, w := range strings.Split(normSeparators(s.text), " ") {
				fold := strings.ToLower(w)
				r, _ := utf8.DecodeRuneInString(w)
				p.words = append(p.words, gazWord{fold: fold, orig: w, cap: unicode.IsUpper(r) && !particles[fold], caps: isCaps(w)})
			}
			first := firstToken(p.words[0].fold)
			g.byFirst[first] = append(g.byFirst[first], p)
			g.maxKey = max(g.maxKey, len(first))
			g.markStart(p.words[0])
		}
		g.outlets = append(g.outlets, o)
	}
	for _, ps := range g.byFirst {
		// Longest first, blockers before aliases of the same length: matchAt
		// keeps the first of equally long matches.
		slices.SortStableFunc(ps, func(a, b *gazPattern) int {
			if d := len(b.words) - len(a.words); d != 0 {
				return d
			}
			return a.outlet - b.outlet
		})
	}
	return g, nil
}

// markStart records the first bytes of the text that word can match.
func (g *Gazetteer) markStart(w gazWord) {
	c := w.orig[0]
	switch {
	case c >= utf8.RuneSelf:
		for b := utf8.RuneSelf; b < 256; b++ {
			g.start[b] = true
		}
	case w.cap:
		g.start[upperASCII(c)] = true
	default:
		g.start[upperASCII(c)] = true
		g.start[lowerASCII(c)] = true
	}
}

// DefaultGazetteer returns the built-in gazetteer (data/agencies.tsv), parsed
// once. It panics if the embedded file is broken, which a test guards
// against.
func DefaultGazetteer() *Gazetteer { return defaultGazetteer() }

var defaultGazetteer = sync.OnceValue(func() *Gazetteer {
	g, err := LoadGazetteer(strings.NewReader(agenciesTSV), "agencies.tsv")
	if err != nil {
		panic("attribution: embedded gazetteer: " + err.Error())
	}
	return g
})

// Len returns the number of outlets.
func (g *Gazetteer) Len() int {
	if g == nil {
		return 0
	}
	return len(g.outlets)
}

// Merge returns a gazetteer with the outlets of g and other, neither of which
// is changed. An outlet of other replaces the outlet of g with the same name,
// and takes any alias that g gives to another outlet.
func (g *Gazetteer) Merge(other *Gazetteer) *Gazetteer {
	if other == nil || len(other.rows) == 0 {
		return g
	}
	if g == nil {
		return other
	}
	replaced := make(map[string]bool)
	for _, row := range other.rows {
		replaced[aliasKey(row.outlet.Name)] = true
	}
	var rows []gazRow
	for _, row := range g.rows {
		if !replaced[aliasKey(row.outlet.Name)] {
			rows = append(rows, row)
		}
	}
	rows = append(rows, other.rows...)
	m, _ := buildGazetteer(rows, "", false) // not strict: cannot fail
	return m
}

// Lookup returns the outlet a name refers to. It is case-insensitive, except
// for aliases marked "=" in the data ("AP", "SPA", "MAP"), and tolerant of the
// words around the name: "the TASS news agency", "Tass", "ITAR-TASS", "the
// official Saudi Press Agency (SPA)", "the Emirates news agency WAM" and
// "Xinhua's" are all found. It strips leading articles, descriptions
// (official, state-run, semi-official, government, "Iran's") and generic words
// (news agency, newspaper, daily, radio, television) from either end; an
// alias marked "~" (Petra, Sputnik) is found only if a generic word was
// given with it ("Petra news agency").
func (g *Gazetteer) Lookup(name string) (Outlet, bool) {
	if g == nil || g.byKey == nil {
		return Outlet{}, false
	}
	// "Saudi Press Agency (SPA)": the name outside the parentheses, then
	// the one inside.
	if i := strings.IndexByte(name, '('); i >= 0 {
		if j := strings.LastIndexByte(name, ')'); j > i {
			if o, ok := g.lookup(name[:i] + " " + name[j+1:]); ok {
				return o, true
			}
			return g.lookup(name[i+1 : j])
		}
	}
	return g.lookup(name)
}

func (g *Gazetteer) lookup(name string) (Outlet, bool) {
	name = strings.Trim(normSeparators(name), " .,;:!?\"“”«»")
	if name == "" {
		return Outlet{}, false
	}
	words := strings.Split(name, " ")
	last := words[len(words)-1]
	if s, ok := strings.CutSuffix(last, "'s"); ok && s != "" {
		words[len(words)-1] = s // "Xinhua's"
	} else if s, ok := strings.CutSuffix(last, "'"); ok && s != "" {
		words[len(words)-1] = s // "Reuters'"
	}
	// Try words[i:j], the longest first, where words[:i] are descriptions
	// and words[j:] generic words.
	n := len(words)
	for i := 0; i < n; i++ {
		if i > 0 && !skippable(words, i-1) {
			break
		}
		for j := n; j > i; j-- {
			if j < n && !genericWords[strings.ToLower(words[j])] {
				break
			}
			generic := slices.ContainsFunc(words[:i], isGeneric) || slices.ContainsFunc(words[j:], isGeneric)
			if o, ok := g.find(words[i:j], generic); ok {
				return o, true
			}
		}
	}
	return Outlet{}, false
}

// find returns the outlet of an alias given as words.
func (g *Gazetteer) find(words []string, generic bool) (Outlet, bool) {
	for _, p := range g.byKey[strings.ToLower(strings.Join(words, " "))] {
		if p.near && !generic {
			continue
		}
		if p.exact && !sameWords(words, p.words) {
			continue
		}
		return g.outlets[p.outlet], true
	}
	return Outlet{}, false
}

func sameWords(words []string, pw []gazWord) bool {
	if len(words) != len(pw) {
		return false
	}
	for i, w := range words {
		if w != pw[i].orig {
			return false
		}
	}
	return true
}

// skippable reports whether words[k] can be stripped from the front of a
// name: an article or description ("the", "official", "state-run"), a
// generic word ("news agency WAM"), a possessive ("Iran's IRNA"), or a word
// before a generic word ("Iranian news agency IRNA").
func skippable(words []string, k int) bool {
	w := strings.ToLower(words[k])
	return descriptors[w] || genericWords[w] || strings.HasSuffix(w, "'s") ||
		k+1 < len(words) && genericWords[strings.ToLower(words[k+1])]
}

func isGeneric(w string) bool { return genericWords[strings.ToLower(w)] }

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
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(r) {
			break
		}
		j -= n
	}
	r, _ := utf8.DecodeRuneInString(text[j:i])
	return j < i && unicode.IsUpper(r)
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
	i := start
	for i > 0 && (isSpaceByte(text[i-1]) || text[i-1] == '(') {
		i--
	}
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(r) {
			break
		}
		j -= n
	}
	if isGeneric(text[j:i]) {
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

// aliasKey is the key of an alias or name in Gazetteer.byKey: lower case,
// words separated by one space, apostrophes as '\”.
func aliasKey(s string) string { return strings.ToLower(normSeparators(s)) }

// normSeparators returns s with its words (split at spaces and hyphens)
// joined by single spaces and every apostrophe written '\”.
func normSeparators(s string) string {
	var b strings.Builder
	sep := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '-' || r == '\u2010' || r == '\u2011':
			sep = b.Len() > 0
			continue
		case isApostrophe(r):
			r = '\''
		}
		if sep {
			b.WriteByte(' ')
			sep = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// firstToken returns the leading run of letters and digits of a folded word,
// the key a word of the text is looked up by: "people" for "people's".
func firstToken(w string) string {
	for i, r := range w {
		if !isWordRune(r) {
			return w[:i]
		}
	}
	return w
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return wordByte[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc'
}

func isSpaceByte(c byte) bool  { return c == ' ' || c == '\t' || c == '\n' }
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

func lowerASCII(c byte) byte {
	if isUpperASCII(c) {
		return c + 'a' - 'A'
	}
	return c
}

func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// wordByte marks the ASCII letters and digits.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// particles are alias words that need no capital in the text: "the
// Guardian", "al-Ahram", "Folha de S.Paulo".
var particles = setOf("the a an of and for on in at de del da do dos das la le les el al ad ash as der die den du des von van y e")

// genericWords describe an outlet without naming it. Lookup strips them from
// either end of a name; an alias marked "~" must stand next to one.
var genericWords = setOf("agency agencies news press radio television tv broadcaster broadcasting " +
	"newspaper paper daily weekly magazine channel network station service wire newswire organ website")

// descriptors are the words Lookup strips from the front of a name, besides
// generic words: "the official", "state-run", "semi-official".
var descriptors = setOf("the a an official semi semiofficial state run owned controlled backed funded " +
	"affiliated government governmental pro independent private privately public national leading " +
	"influential main major respected mass circulation party communist army military")

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// countryCodes are the ISO 3166-1 alpha-2 codes, and the withdrawn codes of
// states that no longer exist: SU (USSR), DD (GDR), YU (Yugoslavia), CS
// (Czechoslovakia).
const countryCodes = " AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN" +
	" BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ" +
	" EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM" +
	" HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK" +
	" LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG" +
	" NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG" +
	" SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM" +
	" US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW SU DD YU CS "
