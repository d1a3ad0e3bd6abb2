package score

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// The word lists of score.py's name rule, verbatim.
var (
	// titles are dropped from a name unless nothing else is left.
	titles = wordSet(`
mr mrs ms miss mx dr doctor prof professor sir dame lord lady madam madame mme mlle monsieur
rev reverend fr father sister brother pastor bishop archbishop cardinal pope sheikh shaikh imam
ayatollah rabbi gen general lt lieutenant col colonel maj major capt captain sgt sergeant cpl
corporal pvt private adm admiral cmdr commander marshal field brig brigadier
president vice prime premier minister secretary chancellor senator sen rep representative
congressman congresswoman gov governor mayor judge justice king queen prince princess emir
sultan crown chief spokesman spokeswoman spokesperson ambassador envoy director chairman
chairwoman chairperson chair ceo cfo coo deputy acting former foreign defense defence interior
finance state general attorney jr sr ii iii iv
`)
	// stopwords are always dropped from a name.
	stopwords = wordSet("the a an of for from and to in at on by")
	// pronouns make a name that holds nothing else match by span only: a
	// bare pronoun has no head to compare, and 'he' here and 'he' there need
	// not be the same person.
	pronouns = wordSet(`i me my we us our you your he him his she her hers it its they them their
who whom whose which that this these those one someone`)
)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// parenthetical is score.py's r"\([^)]*\)"; the pattern has the same
// meaning in Go's regexp and in Python's re.
var parenthetical = regexp.MustCompile(`\([^)]*\)`)

// folder is Unicode full case folding, Python's str.casefold. A Fold Caser
// is stateless and safe for concurrent use.
var folder = cases.Fold()

// HeadMatch reports whether two speaker or relay names name the same one by
// score.py's head rule. Both are case-folded after NFKC normalization;
// parentheticals, an appositive after the first comma, a possessive 's,
// stopwords and titles are dropped; the names then match when either one's
// words contain the other's last word ("Khalifa Haftar" ~ "Mr. Haftar"), or
// when the whole names are equal up to case and spacing ("the ministry" ~
// "The Ministry"). A name made only of pronouns ("he", "his", "who")
// matches nothing, and neither does an empty name, which stands for
// score.py's null.
func HeadMatch(a, b string) bool {
	ta, tb := nameTokens(a), nameTokens(b)
	// Python's all() is true for an empty list, so a name without words
	// matches nothing either.
	if allPronouns(ta) || allPronouns(tb) {
		return false
	}
	if strings.Join(pyFields(casefold(a)), " ") == strings.Join(pyFields(casefold(b)), " ") {
		return true
	}
	return slices.Contains(tb, ta[len(ta)-1]) || slices.Contains(ta, tb[len(tb)-1])
}

func allPronouns(toks []string) bool {
	for _, t := range toks {
		if !pronouns[t] {
			return false
		}
	}
	return true
}

// nameTokens is score.py's name_tokens: the words of a name that its head
// rule compares.
func nameTokens(name string) []string {
	s := casefold(norm.NFKC.String(name))
	s = strings.ReplaceAll(s, "\u2019", "'")
	// Drop parentheticals and an appositive after the first comma:
	// "Josh Bivens, research director of the Economic Policy Institute" ->
	// "josh bivens", unless nothing is left before the comma.
	s = parenthetical.ReplaceAllLiteralString(s, " ")
	if head, _, _ := strings.Cut(s, ","); strings.ContainsFunc(head, isWord) {
		s = head
	}
	s = dropPossessive(s)
	var toks, core []string
	for _, t := range words(s) {
		if stopwords[t] {
			continue
		}
		toks = append(toks, t)
		if !titles[t] {
			core = append(core, t)
		}
	}
	if len(core) > 0 {
		return core
	}
	return toks
}

// dropPossessive is re.sub(r"'s\b", "", s) with Python's Unicode \b: an
// "'s" goes when no word character follows it.
func dropPossessive(s string) string {
	if !strings.Contains(s, "'s") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "'s")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		if r, _ := utf8.DecodeRuneInString(s[i+2:]); isWord(r) {
			b.WriteString(s[:i+2]) // "'st": no boundary after the s
			s = s[i+2:]
			continue
		}
		b.WriteString(s[:i])
		s = s[i+2:]
	}
}

// words is re.findall(r"\w+", s) with Python's Unicode \w.
func words(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexFunc(s, isWord)
		if i < 0 {
			break
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !isWord(r) })
		if j < 0 {
			j = len(s)
		}
		out = append(out, s[:j])
		s = s[j:]
	}
	return out
}

// isWord is Python's \w in a str pattern: a letter, a number or "_"
// (str.isalnum: categories L and N). Combining marks are not word
// characters in Python, so they are not here either.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isPySpace is Python's str.isspace: Go's unicode.IsSpace plus the ASCII
// separators U+001C..U+001F, which Python counts as whitespace.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// pyFields is Python's str.split() without arguments.
func pyFields(s string) []string {
	return strings.FieldsFunc(s, isPySpace)
}

// isPyBlank reports whether s is empty after Python's str.strip().
func isPyBlank(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return !isPySpace(r) })
}

// casefold is Python's str.casefold. x/text's Fold maps the Cherokee capitals
// U+13A0..U+13F5 to the small letters, where Unicode's CaseFolding.txt (and
// Python) keeps the capitals, which are the folded form of Cherokee; those
// runes are passed through unchanged.
func casefold(s string) string {
	if !strings.ContainsFunc(s, isCherokeeCapital) {
		return folder.String(s)
	}
	var b strings.Builder
	for s != "" {
		i := strings.IndexFunc(s, isCherokeeCapital)
		if i < 0 {
			b.WriteString(folder.String(s))
			break
		}
		b.WriteString(folder.String(s[:i]))
		_, n := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+n])
		s = s[i+n:]
	}
	return b.String()
}

func isCherokeeCapital(r rune) bool { return r >= 0x13a0 && r <= 0x13f5 }
