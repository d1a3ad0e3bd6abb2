package attribution

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestDefaultLexicon(t *testing.T) {
	l := DefaultLexicon()
	if n := l.Len(); n < 150 {
		t.Errorf("DefaultLexicon().Len() = %d, want >= 150", n)
	}
	parts := map[string]int{}
	for _, e := range l.entries {
		parts[e.Part]++
	}
	if parts[PartVerb] < 150 || parts[PartNoun] < 50 || parts[PartPhrase] < 3 {
		t.Errorf("DefaultLexicon() has %v entries by part, want >= 150 verbs, 50 nouns, 3 phrases", parts)
	}
}

// irregularForms are the verbs of the default lexicon whose forms
// regularForms cannot spell: past|participle|third|-ing, alternatives
// separated by "/".
var irregularForms = map[string]string{
	"say":        "said|said|says|saying",
	"tell":       "told|told|tells|telling",
	"write":      "wrote|written|writes|writing",
	"speak":      "spoke|spoken|speaks|speaking",
	"swear":      "swore|sworn|swears|swearing",
	"think":      "thought|thought|thinks|thinking",
	"feel":       "felt|felt|feels|feeling",
	"know":       "knew|known|knows|knowing",
	"understand": "understood|understood|understands|understanding",
	"foresee":    "foresaw|foreseen|foresees|foreseeing",
	"seek":       "sought|sought|seeks|seeking",
	"find":       "found|found|finds|finding",
	"show":       "showed|shown/showed|shows|showing",
	"prove":      "proved|proven/proved|proves|proving",
	"forecast":   "forecast/forecasted|forecast/forecasted|forecasts|forecasting",
	"broadcast":  "broadcast/broadcasted|broadcast/broadcasted|broadcasts|broadcasting",
	"plead":      "pleaded/pled|pleaded/pled|pleads|pleading",
	"signal":     "signalled/signaled|signalled/signaled|signals|signalling/signaling",
	"label":      "labelled/labeled|labelled/labeled|labels|labelling/labeling",
	"go":         "went|gone|goes|going",
	"make":       "made|made|makes|making",
	"shoot":      "shot|shot|shoots|shooting",
	"hit":        "hit|hit|hits|hitting",
	"set":        "set|set|sets|setting",
	"spell":      "spelled/spelt|spelled/spelt|spells|spelling",
	"speak out":  "spoke out|spoken out|speaks out|speaking out",
}

// doubling are the regular verbs that double their final consonant.
var doubling = map[string]bool{
	"admit": true, "beg": true, "concur": true, "dub": true, "plan": true, "quip": true,
	"rebut": true, "regret": true, "slam": true, "transmit": true, "aver": true,
	"refer": true, "brag": true,
}

// regularForms spells the forms of a verb by the rules of English spelling,
// inflecting the first word of a phrasal verb ("point out").
func regularForms(lemma string) []string {
	verb, rest, _ := strings.Cut(lemma, " ")
	if rest != "" {
		rest = " " + rest
	}
	if f, ok := irregularForms[verb]; ok {
		var forms []string
		for _, slot := range strings.Split(f, "|") {
			for _, alt := range strings.Split(slot, "/") {
				forms = append(forms, alt+rest)
			}
		}
		return forms
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	last := verb[len(verb)-1]
	stem := verb[:len(verb)-1]
	var past, third, ing string
	switch {
	case doubling[verb]:
		past, ing = verb+string(last)+"ed", verb+string(last)+"ing"
	case last == 'e':
		past = verb + "d"
		if strings.HasSuffix(verb, "ee") {
			ing = verb + "ing" // agree, guarantee
		} else {
			ing = stem + "ing"
		}
	case last == 'y' && !vowel(verb[len(verb)-2]):
		past, ing = stem+"ied", verb+"ing"
	default:
		past, ing = verb+"ed", verb+"ing"
	}
	switch {
	case last == 'y' && !vowel(verb[len(verb)-2]):
		third = stem + "ies"
	case strings.HasSuffix(verb, "s") || strings.HasSuffix(verb, "x") || strings.HasSuffix(verb, "z") ||
		strings.HasSuffix(verb, "ch") || strings.HasSuffix(verb, "sh") || strings.HasSuffix(verb, "o"):
		third = verb + "es"
	default:
		third = verb + "s"
	}
	return []string{past + rest, past + rest, third + rest, ing + rest}
}

// TestDefaultLexiconVerbForms checks every verb of the embedded file against
// the spelling rules, so that a missing or misspelt form ("argueing",
// "denys") fails.
func TestDefaultLexiconVerbForms(t *testing.T) {
	for _, e := range DefaultLexicon().entries {
		if e.Part != PartVerb {
			continue
		}
		want := append([]string{e.Lemma}, regularForms(e.Lemma)...)
		slices.Sort(want)
		want = slices.Compact(want)
		got := slices.Clone(e.forms)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("verbs.tsv:%d: %q has forms %q, want %q", e.line, e.Lemma, got, want)
		}
	}
}

func TestLexiconLookup(t *testing.T) {
	l := DefaultLexicon()
	tests := []struct {
		word   string
		lemma  string
		part   string
		class  string
		clause bool
	}{
		{"said", "say", PartVerb, ClassSpeech, true},
		{"Said", "say", PartVerb, ClassSpeech, true},
		{"SAYS", "say", PartVerb, ClassSpeech, true},
		{"told", "tell", PartVerb, ClassSpeech, true},
		{"written", "write", PartVerb, ClassSpeech, true},
		{"wrote", "write", PartVerb, ClassSpeech, true},
		{"spoke", "speak", PartVerb, ClassSpeech, false},
		{"sworn", "swear", PartVerb, ClassSpeech, true},
		{"denies", "deny", PartVerb, ClassSpeech, true},
		{"arguing", "argue", PartVerb, ClassSpeech, true},
		{"admitted", "admit", PartVerb, ClassSpeech, true},
		{"emphasised", "emphasise", PartVerb, ClassSpeech, true},
		{"emphasizing", "emphasize", PartVerb, ClassSpeech, true},
		{"pled", "plead", PartVerb, ClassSpeech, true},
		{"e-mailed", "e-mail", PartVerb, ClassSpeech, true},
		{"called", "call", PartVerb, ClassSpeech, false},
		{"praised", "praise", PartVerb, ClassSpeech, false},
		{"quoted", "quote", PartVerb, ClassReport, false},
		{"reported", "report", PartVerb, ClassReport, true},
		{"remarks", "remark", PartVerb, ClassSpeech, true}, // the verb before the noun
		{"thought", "think", PartVerb, ClassBelief, true},
		{"fears", "fear", PartVerb, ClassBelief, true},
		{"planned", "plan", PartVerb, ClassIntention, false},
		{"shown", "show", PartVerb, ClassEvidence, true},
		{"statement", "statement", PartNoun, ClassSpeech, true},
		{"communiqué", "communique", PartNoun, ClassSpeech, false},
		{"filings", "filing", PartNoun, ClassEvidence, false},
		{"reportedly", "reportedly", PartPhrase, ClassReport, false},
		{"according to", "according to", PartPhrase, ClassReport, false},
		{"pointed out", "point out", PartVerb, ClassSpeech, true},
		{"Press  Conference", "press conference", PartNoun, ClassSpeech, false},
	}
	for _, tt := range tests {
		want := Verb{Lemma: tt.lemma, Part: tt.part, Class: tt.class, Clause: tt.clause}
		if got, ok := l.Lookup(tt.word); !ok || got != want {
			t.Errorf("Lookup(%q) = %+v, %v, want %+v, true", tt.word, got, ok, want)
		}
	}
	for _, word := range []string{"", "banana", "sai", "saidx", "point", "according", "pointed out that"} {
		if got, ok := l.Lookup(word); ok {
			t.Errorf("Lookup(%q) = %+v, true, want false", word, got)
		}
	}
}

func TestLexiconReadings(t *testing.T) {
	l := DefaultLexicon()
	tests := []struct {
		word string
		want []string // part/lemma
	}{
		{"remarks", []string{"verb/remark", "noun/remark"}},
		{"Report", []string{"verb/report", "noun/report"}},
		{"briefing", []string{"verb/brief", "noun/briefing"}},
		{"said", []string{"verb/say"}},
		{"interview", []string{"noun/interview"}},
		{"banana", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, v := range l.Readings(tt.word) {
			got = append(got, v.Part+"/"+v.Lemma)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Readings(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestLexiconLookupPhrase(t *testing.T) {
	l := DefaultLexicon()
	tests := []struct {
		words string
		lemma string
		n     int
	}{
		{"pointed out that", "point out", 2},
		{"Pointed Out", "point out", 2},
		{"according to Reuters", "according to", 2},
		{"as saying the talks", "as saying", 2},
		{"told a press conference", "tell", 1},
		{"press conference on Monday", "press conference", 2},
		{"news conferences", "news conference", 2},
		{"went on to say", "go on", 2},
		{"in the words of one diplomat", "in the words of", 4},
		{"said that", "say", 1},
		{"press ahead", "", 0},
		{"according", "", 0},
		{"", "", 0},
	}
	for _, tt := range tests {
		v, n, ok := l.LookupPhrase(strings.Fields(tt.words))
		if v.Lemma != tt.lemma || n != tt.n || ok != (tt.n > 0) {
			t.Errorf("LookupPhrase(%q) = %q, %d, %v, want %q, %d, %v", tt.words, v.Lemma, n, ok, tt.lemma, tt.n, tt.n > 0)
		}
	}
}

const lexHeader = "lemma\tpart\tclass\tclause\tforms\tnote\n"

func TestLoadLexiconErrors(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"", "user.tsv:1: no header line (lemma, part, class, clause, forms, note)"},
		{"lemma\tpart\tclass\tclause\tforms\n# no rows\n", ""},
		{"lemma\tpart\tkind\tclause\tforms\tnote\n", `user.tsv:1: header: column 3 is "kind", want "class"`},
		{"# comment\n\n" + lexHeader + "say\tverb\tspeech\tyes\n", "user.tsv:4: want 6 columns, got 4"},
		{lexHeader + "say\tverb\tspeech\tyes\tsaid|said|says|saying\tnote\textra\n", "user.tsv:2: want 6 columns, got 7"},
		{lexHeader + "say\tverb\tspeech\tyes\tsaid|said|says\n", `user.tsv:2: verb "say" has 3 forms, want 4 (past|participle|third person|-ing)`},
		{lexHeader + "say\tverb\tspeech\tyes\t\n", `user.tsv:2: verb "say" has no forms (want past|participle|third person|-ing)`},
		{lexHeader + "say\tverb\tspeech\tyes\tsaid||says|saying\n", `user.tsv:2: empty form in "said||says|saying"`},
		{lexHeader + "Say\tverb\tspeech\tyes\tsaid|said|says|saying\n", `user.tsv:2: lemma "Say" is not in lower case`},
		{lexHeader + "say\tadverb\tspeech\tyes\t\n", `user.tsv:2: unknown part "adverb" (want verb, noun or phrase)`},
		{lexHeader + "say\tverb\tgossip\tyes\t\n", `user.tsv:2: unknown class "gossip" (want speech, report, belief, intention or evidence)`},
		{lexHeader + "say\tverb\tspeech\tmaybe\t\n", `user.tsv:2: clause is "maybe", want yes or no`},
		{lexHeader + "say\tverb\tspeech\tyes\tsaid|said|says|saying\n" +
			"# a second verb whose past is said\n" +
			"sayy\tverb\tspeech\tyes\tSaid|said|sayys|sayying\n",
			`user.tsv:4: duplicate form "said" (also on line 2)`},
		// The same form as a verb and as a noun is not a duplicate.
		{lexHeader + "report\tverb\treport\tyes\treported|reported|reports|reporting\n" +
			"report\tnoun\treport\tyes\treports\n", ""},
		{"\ufeff" + strings.ReplaceAll(lexHeader, "\n", "\r\n") + "say\tverb\tspeech\tyes\tsaid|said|says|saying\r\n", ""},
	}
	for _, tt := range tests {
		_, err := LoadLexicon(strings.NewReader(tt.in), "user.tsv")
		if tt.want == "" {
			if err != nil {
				t.Errorf("LoadLexicon(%q) = %v, want no error", tt.in, err)
			}
			continue
		}
		var de *DataError
		if !errors.As(err, &de) || err.Error() != tt.want {
			t.Errorf("LoadLexicon(%q) = %v, want *DataError %q", tt.in, err, tt.want)
		}
	}
}

func TestLexiconMerge(t *testing.T) {
	base := DefaultLexicon()
	user, err := LoadLexicon(strings.NewReader(lexHeader+
		"grouse\tverb\tspeech\tyes\tgroused|groused|grouses|grousing\n"+
		"# call takes a clause here, and praise is reclassified\n"+
		"call\tverb\tspeech\tyes\tcalled|called|calls|calling\n"+
		"praise\tverb\tbelief\tno\tpraised|praised|praises|praising\n"+
		"# takes \"noted\" from note\n"+
		"jot\tverb\tspeech\tyes\tnoted|jotted|jots|jotting\n"), "user.tsv")
	if err != nil {
		t.Fatal(err)
	}
	m := base.Merge(user)
	if got, want := m.Len(), base.Len()+2; got != want {
		t.Errorf("Merge: Len() = %d, want %d", got, want)
	}
	tests := []struct {
		l    *Lexicon
		word string
		want string // lemma/class/clause, or "" for not found
	}{
		{m, "grousing", "grouse/speech/true"},
		{m, "called", "call/speech/true"},
		{m, "praises", "praise/belief/false"},
		{m, "noted", "jot/speech/true"},
		{m, "notes", "note/speech/true"},
		{m, "said", "say/speech/true"},
		{base, "grousing", ""},
		{base, "called", "call/speech/false"},
		{base, "noted", "note/speech/true"},
	}
	for _, tt := range tests {
		got := ""
		if v, ok := tt.l.Lookup(tt.word); ok {
			got = fmt.Sprintf("%s/%s/%v", v.Lemma, v.Class, v.Clause)
		}
		if got != tt.want {
			t.Errorf("Lookup(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	if base.Merge(nil) != base || base.Merge(&Lexicon{}) != base {
		t.Errorf("Merge(empty) is not the receiver")
	}
}

func TestLexiconZero(t *testing.T) {
	var l Lexicon
	if _, ok := l.Lookup("said"); ok || l.Len() != 0 || l.Readings("said") != nil {
		t.Errorf("zero Lexicon is not empty")
	}
	if _, _, ok := l.LookupPhrase([]string{"according", "to"}); ok {
		t.Errorf("zero Lexicon: LookupPhrase found a phrase")
	}
}

func ExampleLexicon_LookupPhrase() {
	l := DefaultLexicon()
	v, n, _ := l.LookupPhrase(strings.Fields("pointed out that the talks"))
	fmt.Println(v.Lemma, v.Part, v.Class, v.Clause, n)
	v, _ = l.Lookup("Told")
	fmt.Println(v.Lemma, v.Class)
	// Output:
	// point out verb speech true 2
	// tell speech
}

// TestLexiconVerbIndex checks the resolver's index of verb readings against
// the lexicon's own tables: a word's first verb reading, and the first verb
// of two words it starts with each particle.
func TestLexiconVerbIndex(t *testing.T) {
	l := DefaultLexicon()
	for w, ids := range l.words {
		var want Verb
		for _, id := range ids {
			if l.entries[id].Part == PartVerb {
				want = l.entries[id].Verb
				break
			}
		}
		f := l.lookupLowerVerb(w)
		if got := (Verb{}); f != nil && f.isVerb {
			got = f.verb
			if got != want {
				t.Errorf("lookupLowerVerb(%q) = %+v, want %+v", w, got, want)
			}
		} else if want != (Verb{}) {
			t.Errorf("lookupLowerVerb(%q) has no verb, want %+v", w, want)
		}
	}
	for w, ps := range l.phrases {
		for _, p := range ps {
			if len(p.words) != 2 {
				continue
			}
			var want Verb
			for _, q := range ps {
				if len(q.words) == 2 && q.words[1] == p.words[1] && l.entries[q.entry].Part == PartVerb {
					want = l.entries[q.entry].Verb
					break
				}
			}
			got, ok := Verb{}, false
			if f := l.lookupLowerVerb(w); f != nil {
				got, ok = f.phrasalWith(p.words[1])
			}
			if got != want || ok != (want != Verb{}) {
				t.Errorf("phrasal verb %q %q = %+v, %v; want %+v", w, p.words[1], got, ok, want)
			}
		}
	}
	if f := l.lookupLowerVerb("the"); f != nil {
		t.Errorf("lookupLowerVerb(%q) = %+v, want nil", "the", f)
	}
}
