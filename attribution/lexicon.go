package attribution

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

// verbsTSV is the built-in lexicon; see the header of data/verbs.tsv for the
// format.
//
//go:embed data/verbs.tsv
var verbsTSV string

// Parts of speech of a Verb.
const (
	PartVerb   = "verb"
	PartNoun   = "noun"
	PartPhrase = "phrase" // a fixed expression: "according to", "as saying"
)

// Classes of a Verb: what kind of content the word attributes.
const (
	ClassSpeech    = "speech"    // words said or written: say, tell, statement
	ClassReport    = "report"    // relayed: report, quote, carry, according to
	ClassBelief    = "belief"    // think, believe, expect, feel, hope, fear
	ClassIntention = "intention" // plan, want, intend, aim
	ClassEvidence  = "evidence"  // show, indicate, find, with a document as subject
)

// A DataError is an error in a data file (a lexicon or a gazetteer), at a
// position: "verbs.tsv:12: duplicate form \"said\"".
type DataError struct {
	File string // the name given to the loader
	Line int    // 1-based
	Msg  string
}

func (e *DataError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Verb is an entry of a Lexicon: a reporting verb, noun or phrase.
type Verb struct {
	Lemma string // "say", "point out", "press conference", "according to"
	Part  string // PartVerb, PartNoun or PartPhrase
	Class string // ClassSpeech, ClassReport, ...
	// Clause reports whether the word takes a reported clause (a that-clause
	// or direct speech: say, warn, "the claim that") rather than only a
	// nominal object (praise, describe, "called it a disaster").
	Clause bool
}

// Lexicon maps the word forms of reporting verbs, nouns and phrases to their
// entries. A Lexicon is immutable and safe for concurrent use; the zero
// Lexicon is empty.
type Lexicon struct {
	entries []lexEntry
	words   map[string][]int32 // one-word form → entries, verbs first
	phrases map[string][]lexPhrase
	// verbs holds the verb readings of the words that have one, alone or
	// as the first word of a phrasal verb, for the resolver's hot path:
	// one lookup per word of a document.
	verbs map[string]*verbForm
}

// verbForm is what a lower-case word can be as a verb: a verb of its own
// ("said") and the first word of phrasal verbs ("pointed out").
type verbForm struct {
	verb    Verb // the verb reading of the word alone, when isVerb
	isVerb  bool
	phrasal []phrasalVerb // in the order of Lexicon.phrases
}

// phrasalVerb is a verb of two words indexed by its first: "called for".
type phrasalVerb struct {
	particle string
	verb     Verb
}

type lexEntry struct {
	Verb
	forms []string // every form, lemma first, lower case, words separated by one space
	note  string
	line  int
}

// lexPhrase is a form of several words, indexed by its first word.
type lexPhrase struct {
	words []string
	entry int32
}

var lexiconColumns = []string{"lemma", "part", "class", "clause", "forms", "note"}

// LoadLexicon reads a lexicon in the format of data/verbs.tsv from r. name is
// the file name used in errors, which are *DataError for the content:
// "verbs.tsv:7: want 6 columns, got 4".
func LoadLexicon(r io.Reader, name string) (*Lexicon, error) {
	var entries []lexEntry
	err := readTable(r, name, lexiconColumns, func(line int, f []string) error {
		e, msg := parseLexEntry(f)
		if msg != "" {
			return &DataError{name, line, msg}
		}
		e.line = line
		entries = append(entries, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return buildLexicon(entries, name, true)
}

// parseLexEntry parses the columns of one line, or returns an error message.
func parseLexEntry(f []string) (lexEntry, string) {
	var e lexEntry
	e.Lemma = normWords(f[0])
	if e.Lemma == "" {
		return e, "empty lemma"
	}
	if strings.ToLower(e.Lemma) != e.Lemma {
		return e, fmt.Sprintf("lemma %q is not in lower case", e.Lemma)
	}
	e.Part, e.Class = f[1], f[2]
	switch e.Part {
	case PartVerb, PartNoun, PartPhrase:
	default:
		return e, fmt.Sprintf("unknown part %q (want verb, noun or phrase)", e.Part)
	}
	switch e.Class {
	case ClassSpeech, ClassReport, ClassBelief, ClassIntention, ClassEvidence:
	default:
		return e, fmt.Sprintf("unknown class %q (want speech, report, belief, intention or evidence)", e.Class)
	}
	switch f[3] {
	case "yes":
		e.Clause = true
	case "no":
	default:
		return e, fmt.Sprintf("clause is %q, want yes or no", f[3])
	}
	if len(f) > 5 {
		e.note = f[5]
	}
	e.forms = []string{e.Lemma}
	if f[4] == "" {
		if e.Part == PartVerb {
			return e, fmt.Sprintf("verb %q has no forms (want past|participle|third person|-ing)", e.Lemma)
		}
		return e, ""
	}
	slots := strings.Split(f[4], "|")
	if e.Part == PartVerb && len(slots) != 4 {
		return e, fmt.Sprintf("verb %q has %d forms, want 4 (past|participle|third person|-ing)", e.Lemma, len(slots))
	}
	for _, slot := range slots {
		alts := []string{slot}
		if e.Part == PartVerb {
			alts = strings.Split(slot, "/") // pleaded/pled
		}
		for _, form := range alts {
			form = strings.ToLower(normWords(form))
			if form == "" {
				return e, fmt.Sprintf("empty form in %q", f[4])
			}
			if !slices.Contains(e.forms, form) {
				e.forms = append(e.forms, form)
			}
		}
	}
	return e, ""
}

// buildLexicon indexes entries. When strict, a form listed twice within one
// part of speech is an error; otherwise the later entry takes the form.
func buildLexicon(entries []lexEntry, name string, strict bool) (*Lexicon, error) {
	type formPart struct{ form, part string }
	owner := make(map[formPart]int) // → index into entries
	for i, e := range entries {
		for _, form := range e.forms {
			k := formPart{form, e.Part}
			if j, dup := owner[k]; dup && strict && j != i {
				return nil, &DataError{name, e.line, fmt.Sprintf("duplicate form %q (also on line %d)", form, entries[j].line)}
			}
			owner[k] = i
		}
	}
	l := &Lexicon{
		entries: entries,
		words:   make(map[string][]int32),
		phrases: make(map[string][]lexPhrase),
	}
	for i, e := range entries {
		for _, form := range e.forms {
			if owner[formPart{form, e.Part}] != i {
				continue // taken by a later entry (Merge)
			}
			words := strings.Split(form, " ")
			if len(words) == 1 {
				l.words[form] = append(l.words[form], int32(i))
			} else {
				l.phrases[words[0]] = append(l.phrases[words[0]], lexPhrase{words, int32(i)})
			}
		}
	}
	// Verb readings first: "said", "remarks" and "report" are looked up far
	// more often as verbs, and Lookup returns the first reading.
	rank := map[string]int{PartVerb: 0, PartPhrase: 1, PartNoun: 2}
	for _, ids := range l.words {
		slices.SortStableFunc(ids, func(a, b int32) int {
			return rank[entries[a].Part] - rank[entries[b].Part]
		})
	}
	for _, ps := range l.phrases {
		slices.SortStableFunc(ps, func(a, b lexPhrase) int { return len(b.words) - len(a.words) })
	}
	l.verbs = verbForms(l)
	return l, nil
}

// verbForms indexes the verb readings of l's words (see Lexicon.verbs).
func verbForms(l *Lexicon) map[string]*verbForm {
	forms := make(map[string]*verbForm)
	form := func(w string) *verbForm {
		f := forms[w]
		if f == nil {
			f = new(verbForm)
			forms[w] = f
		}
		return f
	}
	for w, ids := range l.words {
		for _, id := range ids {
			if v := l.entries[id].Verb; v.Part == PartVerb {
				f := form(w)
				f.verb, f.isVerb = v, true
				break
			}
		}
	}
	for w, ps := range l.phrases {
		for _, p := range ps {
			if v := l.entries[p.entry].Verb; len(p.words) == 2 && v.Part == PartVerb {
				f := form(w)
				f.phrasal = append(f.phrasal, phrasalVerb{p.words[1], v})
			}
		}
	}
	return forms
}

// DefaultLexicon returns the built-in lexicon (data/verbs.tsv), parsed once.
// It panics if the embedded file is broken, which a test guards against.
func DefaultLexicon() *Lexicon { return defaultLexicon() }

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l, err := LoadLexicon(strings.NewReader(verbsTSV), "verbs.tsv")
	if err != nil {
		panic("attribution: embedded lexicon: " + err.Error())
	}
	return l
})

// Lookup returns the entry of a word form, case-insensitively: "Said" and
// "saying" give say, "told" gives tell. When a form is both a verb and a
// noun ("reports", "comment"), the verb is returned; Readings returns both.
// Given several space-separated words, Lookup matches a whole phrase
// ("pointed out", "according to").
func (l *Lexicon) Lookup(word string) (Verb, bool) {
	if strings.ContainsAny(word, " \t\n") {
		words := strings.Fields(word)
		v, n, ok := l.LookupPhrase(words)
		return v, ok && n == len(words)
	}
	if ids := l.lookupWord(word); len(ids) > 0 {
		return l.entries[ids[0]].Verb, true
	}
	return Verb{}, false
}

// Readings returns every entry of a one-word form, verbs first, or nil.
func (l *Lexicon) Readings(word string) []Verb {
	var vs []Verb
	for _, id := range l.lookupWord(word) {
		vs = append(vs, l.entries[id].Verb)
	}
	return vs
}

func (l *Lexicon) lookupWord(word string) []int32 {
	if l == nil || l.words == nil {
		return nil
	}
	return l.words[strings.ToLower(word)] // ToLower does not allocate for lower-case input
}

// LookupPhrase returns the longest entry that starts at words[0], where words
// are the whitespace-separated tokens of a text ("pointed", "out", "that"):
// a phrase of several words if one matches, else the entry of words[0]. n is
// the number of words used.
func (l *Lexicon) LookupPhrase(words []string) (v Verb, n int, ok bool) {
	if l == nil || len(words) == 0 {
		return Verb{}, 0, false
	}
	for _, p := range l.phrases[strings.ToLower(words[0])] {
		if len(p.words) > len(words) {
			continue
		}
		match := true
		for i := 1; i < len(p.words); i++ {
			if !strings.EqualFold(words[i], p.words[i]) {
				match = false
				break
			}
		}
		if match {
			return l.entries[p.entry].Verb, len(p.words), true
		}
	}
	if ids := l.lookupWord(words[0]); len(ids) > 0 {
		return l.entries[ids[0]].Verb, 1, true
	}
	return Verb{}, 0, false
}

// Merge returns a lexicon with the entries of l and other, neither of which
// is changed. An entry of other replaces the entry of l with the same lemma
// and part of speech, and takes any form that l gives to another entry of the
// same part of speech.
func (l *Lexicon) Merge(other *Lexicon) *Lexicon {
	if other == nil || len(other.entries) == 0 {
		return l
	}
	if l == nil {
		return other
	}
	type lemmaPart struct{ lemma, part string }
	replaced := make(map[lemmaPart]bool)
	for _, e := range other.entries {
		replaced[lemmaPart{e.Lemma, e.Part}] = true
	}
	var entries []lexEntry
	for _, e := range l.entries {
		if !replaced[lemmaPart{e.Lemma, e.Part}] {
			entries = append(entries, e)
		}
	}
	entries = append(entries, other.entries...)
	m, _ := buildLexicon(entries, "", false) // not strict: cannot fail
	return m
}

// Len returns the number of entries: a lemma with its part of speech, so the
// verb "report" and the noun "report" count as two.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return len(l.entries)
}

// normWords trims s and joins its words with single spaces.
func normWords(s string) string { return strings.Join(strings.Fields(s), " ") }

// readTable reads a tab-separated data file: "#" comment lines and blank lines
// are skipped, the first other line is the header, which must name columns,
// and row is called with the trimmed fields of every following line. The
// last column (a note) may be left out.
func readTable(r io.Reader, name string, columns []string, row func(line int, f []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	line, header := 0, false
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if t := strings.TrimSpace(text); t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(text, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if len(f) < len(columns)-1 || len(f) > len(columns) {
			return &DataError{name, line, fmt.Sprintf("want %d columns, got %d", len(columns), len(f))}
		}
		if !header {
			for i, c := range f {
				if !strings.EqualFold(c, columns[i]) {
					return &DataError{name, line, fmt.Sprintf("header: column %d is %q, want %q", i+1, c, columns[i])}
				}
			}
			header = true
			continue
		}
		if err := row(line, f); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if !header {
		return &DataError{name, max(line, 1), "no header line (" + strings.Join(columns, ", ") + ")"}
	}
	return nil
}

// lookupLowerVerb returns the verb readings of a word that is lower case
// already (the tokens' lower field), for the resolver's hot path, or nil
// when it is no verb alone or in a phrasal verb.
func (l *Lexicon) lookupLowerVerb(word string) *verbForm {
	if l == nil {
		return nil
	}
	return l.verbs[word]
}

// phrasalWith returns the verb of two words that f's word makes with next,
// lower case already ("pointed" and "out").
func (f *verbForm) phrasalWith(next string) (Verb, bool) {
	for _, p := range f.phrasal {
		if p.particle == next {
			return p.verb, true
		}
	}
	return Verb{}, false
}
