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

	// phrases keeps the answers of phraseOutlet across documents: the same
	// speakers ("the company", "Reuters") come back in story after story.
	mu      sync.RWMutex
	phrases map[string]found[Outlet]
}

// maxCachedPhrases bounds the phrases a Gazetteer keeps.
const maxCachedPhrases = 1 << 16

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
			words := strings.Split(normSeparators(s.text), " ")
			for k, w := range words {
				fold := strings.ToLower(w)
				r, _ := utf8.DecodeRuneInString(w)
				// "the New China news Agency": inside a name, its generic
				// words may be written in lower case.
				lowerOK := particles[fold] || k > 0 && k < len(words)-1 && genericOutletWords[fold]
				p.words = append(p.words, gazWord{fold: fold, orig: w, cap: unicode.IsUpper(r) && !lowerOK, caps: isCaps(w)})
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
// genericOutletWords may be written in lower case inside an outlet's name.
var genericOutletWords = setOf("news agency press service radio television broadcasting corporation network")

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
