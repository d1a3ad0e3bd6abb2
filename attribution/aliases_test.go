package attribution

import (
	"errors"
	"strings"
	"testing"
)

func TestNameKey(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan"},
		{"Ali Khamene'i", "Ali Khamenei"},
		{"Kim Jong-un", "KIM JONG UN"},
	} {
		if NameKey(tt.a) != NameKey(tt.b) {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q, want equal", tt.a, NameKey(tt.a), tt.b, NameKey(tt.b))
		}
	}
}

func TestDefaultAliases(t *testing.T) {
	a := DefaultAliases()
	for _, tt := range []struct{ in, want string }{
		{"Sergey Lavrov", "Sergei Lavrov"},
		{"Zelenskiy", "Volodymyr Zelenskyy"},
		{"ZELENSKY", "Volodymyr Zelenskyy"},
		{"Moammar Gadhafi", "Muammar Gaddafi"},
	} {
		if got, ok := a.Canonical(tt.in); !ok || got != tt.want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if _, ok := a.Canonical("John Smith"); ok {
		t.Errorf("Canonical(John Smith) found a name, want none")
	}
}

func TestLoadAliasesErrors(t *testing.T) {
	_, err := LoadAliases(strings.NewReader("canonical\tvariants\nA B\tC D\nE F\tC D\n"), "mine.tsv")
	var de *DataError
	if !errors.As(err, &de) || de.Line != 3 || !strings.Contains(err.Error(), "mine.tsv:3:") {
		t.Errorf("duplicate spelling: err = %v, want mine.tsv:3", err)
	}
	_, err = LoadAliases(strings.NewReader("canonical\tvariants\nonly one column\n"), "mine.tsv")
	if !errors.As(err, &de) || de.Line != 2 {
		t.Errorf("one column: err = %v, want mine.tsv:2", err)
	}
}

// TestAliasesAcrossArticles checks that two articles spelling a speaker
// differently give one name, and that a user's file can add a merge.
func TestAliasesAcrossArticles(t *testing.T) {
	var r Resolver
	a1 := r.Analyze(`“We are ready,” Foreign Minister Sergey Lavrov said.`)
	a2 := r.Analyze(`“We are ready,” Foreign Minister Sergei Lavrov said.`)
	if len(a1.Quotes) != 1 || len(a2.Quotes) != 1 || a1.Quotes[0].Speaker.Name != a2.Quotes[0].Speaker.Name {
		t.Fatalf("speakers %+v and %+v, want one name", a1.Quotes, a2.Quotes)
	}
	mine, err := LoadAliases(strings.NewReader("canonical\tvariants\nJane Q. Doe\tJ. Doe|Jane Doe\n"), "mine.tsv")
	if err != nil {
		t.Fatal(err)
	}
	r.Aliases = DefaultAliases().Merge(mine)
	a := r.Analyze(`“We are ready,” Jane Doe said.`)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker.Name != "Jane Q. Doe" {
		t.Errorf("with a user's aliases: %+v, want speaker Jane Q. Doe", a.Quotes)
	}
}

// TestFirstNames checks that the embedded first-names file parses and tells
// genders.
func TestFirstNames(t *testing.T) {
	m := firstNames()
	if m["Hillary"] != 'f' || m["Donald"] != 'm' || len(m) < 300 {
		t.Errorf("firstNames: Hillary %q, Donald %q, %d names; want f, m, >= 300", m["Hillary"], m["Donald"], len(m))
	}
}
