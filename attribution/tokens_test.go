package attribution

import (
	"strings"
	"testing"
)

// TestPluralPossessive checks that the apostrophe of a plural possessive
// inside the name of a body stays in its word, and that a single
// quotation mark after a word stays a mark.
func TestPluralPossessive(t *testing.T) {
	tests := []struct {
		text string
		word string // a word token the text must hold
		mark bool   // whether the text must hold a quotation mark token
	}{
		{"the National Coffee Growers' Federation said", "Growers'", false},
		{"the Swiss Bankers’ Association said", "Bankers’", false},
		{"Prudential-Bache Securities' Stuart Weisbrod said", "Securities", true},
		{"'We will win the Talks' Smith said", "Talks", true},
		{"the exporters' association said", "exporters", true},
		{"Tad Devine, Sanders' senior media adviser, said", "Sanders'", false},
		{"He called them 'the Texas' and left", "Texas", true},
		{"the senator said in ‘08 that", "‘08", false},
		{"the class of '92 met", "'92", false},
		{"he said '95 percent' was his figure", "95", true},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text))
		word, mark := false, false
		for _, tok := range toks {
			word = word || tok.kind == tWord && tok.text == tt.word
			mark = mark || tok.kind == tQuote
		}
		if !word || mark != tt.mark {
			t.Errorf("tokenize(%q): word %q %v, quotation mark %v; want true, %v", tt.text, tt.word, word, mark, tt.mark)
		}
	}
}

// TestDashes checks that a dash typed as two or three hyphens is one
// token, as an em dash is, and that a hyphen inside a word stays there.
func TestDashes(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Kall -- co-editor of the book -- said", []string{"Kall", "--", "co-editor", "of", "the", "book", "--", "said"}},
		{"Kall — co-editor — said", []string{"Kall", "—", "co-editor", "—", "said"}},
		{"a pro-Russian leader---then", []string{"a", "pro-Russian", "leader", "---", "then"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.text, 0, len(tt.text)) {
			got = append(got, tok.text)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestLowerASCIIText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"said", "said"},
		{"Reuters", "reuters"},
		{"THE U.S. Dollar", "the u.s. dollar"},
		{"Russia’s ÉLAN A", "russia’s Élan a"}, // only ASCII letters change: the offsets stay
	} {
		if got := lowerASCIIText(tt.in); got != tt.want {
			t.Errorf("lowerASCIIText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsInitialism(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"", false}, {"J", true}, {"U.S", true}, {"U.S.", true}, {"a.m", true},
		{"U.N..", true}, {"Mr", false}, {"U.Sx", false}, {".S", false}, {"É.U", true},
	} {
		if got := isInitialism(tt.w); got != tt.want {
			t.Errorf("isInitialism(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
