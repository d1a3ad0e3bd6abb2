package attribution

import (
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:embed data/aliases.tsv
var defaultAliases string

// Aliases maps the spellings of a name to one canonical name, so that the
// same person is one entity whatever the transliteration (Sergey/Sergei
// Lavrov, Zelensky/Zelenskiy/Zelenskyy). A nil or zero Aliases maps
// nothing. It is safe for concurrent use once built.
type Aliases struct {
	canon map[string]string // NameKey of a spelling -> canonical name
}

// NameKey folds a name for comparison: lower case, accents and punctuation
// dropped, white space collapsed ("Recep Tayyip Erdoğan" and "recep tayyip
// erdogan" have one key).
func NameKey(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false
	decomposed := name
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			decomposed = norm.NFD.String(name) // accents to strip
			break
		}
	}
	for _, r := range decomposed {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining accent
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// Khamene'i
		default:
			space = true
		}
	}
	return b.String()
}

// LoadAliases reads an aliases file: a header line, then lines of a
// canonical name and its spellings separated by "|", tab-separated; "#"
// starts a comment. name is used in error messages ("aliases.tsv:12:
// ...").
func LoadAliases(r io.Reader, name string) (*Aliases, error) {
	a := &Aliases{canon: make(map[string]string)}
	line := map[string]int{} // key -> line where it was defined
	err := readTable(r, name, aliasesColumns, func(n int, f []string) error {
		if len(f) < 2 || f[0] == "" {
			return &DataError{File: name, Line: n, Msg: "want a canonical name and its spellings"}
		}
		canonical := f[0]
		for _, s := range append([]string{canonical}, strings.Split(f[1], "|")...) {
			k := NameKey(s)
			if k == "" {
				continue
			}
			if prev, ok := a.canon[k]; ok && prev != canonical {
				return &DataError{File: name, Line: n, Msg: fmt.Sprintf("%q is already a spelling of %q (line %d)", s, prev, line[k])}
			}
			a.canon[k] = canonical
			line[k] = n
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

// aliasesColumns are the columns of an aliases file; the note may be left
// out.
var aliasesColumns = []string{"canonical", "variants", "note"}

// DefaultAliases returns the built-in aliases (data/aliases.tsv).
func DefaultAliases() *Aliases { return builtinAliases() }

var builtinAliases = sync.OnceValue(func() *Aliases {
	a, err := LoadAliases(strings.NewReader(defaultAliases), "aliases.tsv")
	if err != nil {
		panic("attribution: embedded " + err.Error())
	}
	return a
})

// Canonical returns the canonical form of name, if the aliases know it.
func (a *Aliases) Canonical(name string) (string, bool) {
	if a == nil || a.canon == nil {
		return "", false
	}
	c, ok := a.canon[NameKey(name)]
	return c, ok
}

// Merge returns the aliases of a with those of other laid over them: a
// spelling that other maps decides.
func (a *Aliases) Merge(other *Aliases) *Aliases {
	m := &Aliases{canon: make(map[string]string)}
	for _, x := range []*Aliases{a, other} {
		if x == nil {
			continue
		}
		for k, v := range x.canon {
			m.canon[k] = v
		}
	}
	return m
}

// Len returns the number of spellings a knows.
func (a *Aliases) Len() int {
	if a == nil {
		return 0
	}
	return len(a.canon)
}
