package quotetrail

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// seedWant is what a reader of the seed article knows: who said each quote,
// and through whom it reached the page.
var seedWant = []struct {
	prefix  string
	kind    string
	speaker string
	via     []string
}{
	{"he was seeking Moscow’s help", "indirect", "Khalifa Haftar", nil},
	{"Haftar, on his second visit to Moscow", "indirect", "Russian media", nil},
	{"Our relations are crucial", "direct", "Khalifa Haftar", []string{"TASS"}},
	{"We hope we will eliminate terrorism", "direct", "Khalifa Haftar", []string{"TASS"}},
	{"he had met Russian Defense Minister", "indirect", "Khalifa Haftar", nil},
	{"Moscow is in touch with various Libyan", "direct", "Dmitry Peskov", nil},
	{"We spoke in general,", "direct", "Khalifa Haftar", nil},
	{"We explained our position", "direct", "Khalifa Haftar", nil},
}

// seedOptional are the quotes a reader may or may not count (the Kremlin's
// description, Putin's accusation); nothing else may be reported.
var seedOptional = []string{"the talks with him as business as usual", "business as usual",
	"the West for pursuing policies", "led to civil wars in Libya and Syria"}

func TestSeedArticle(t *testing.T) {
	text, err := os.ReadFile("testdata/haftar-moscow.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := Extract(Document{ID: "seed", Text: string(text)})
	got := r.Interchange()
	used := make([]bool, len(got.Quotes))
	for _, w := range seedWant {
		found := false
		for i, q := range got.Quotes {
			if !strings.HasPrefix(q.Text, w.prefix) {
				continue
			}
			found, used[i] = true, true
			speaker := ""
			if q.Speaker != nil {
				speaker = *q.Speaker
			}
			if q.Kind != w.kind || speaker != w.speaker {
				t.Errorf("quote %q: kind %s, speaker %q; want %s, %q", w.prefix, q.Kind, speaker, w.kind, w.speaker)
			}
			if len(q.Via) != len(w.via) || len(w.via) > 0 && !reflect.DeepEqual(q.Via, w.via) {
				t.Errorf("quote %q: via %q, want %q", w.prefix, q.Via, w.via)
			}
			if string(text[q.Start:q.End]) != q.Text {
				t.Errorf("quote %q: span [%d,%d) holds %q", w.prefix, q.Start, q.End, text[q.Start:q.End])
			}
		}
		if !found {
			t.Errorf("quote %q not found", w.prefix)
		}
	}
	for i, q := range got.Quotes {
		if used[i] {
			continue
		}
		optional := false
		for _, o := range seedOptional {
			optional = optional || strings.HasPrefix(q.Text, o)
		}
		if !optional {
			t.Errorf("unexpected quote %q (%s)", q.Text, q.Kind)
		}
	}
	if p := r.Provenance; p.Dateline != "MOSCOW" || p.Platform != "PressReader" || p.PhotoCredit != "AFP" {
		t.Errorf("provenance = %+v, want dateline MOSCOW, platform PressReader, photo credit AFP", p)
	}
}

// TestGolden compares the interchange output for every testdata/*.txt with
// testdata/*.golden; go test -run Golden -update rewrites them.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt")
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := Extract(Document{ID: filepath.Base(f), Text: string(text)})
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(r.Interchange()); err != nil {
			t.Fatal(err)
		}
		golden := strings.TrimSuffix(f, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -run Golden -update)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s: output differs from %s (go test -run Golden -update, then read the diff):\n%s", f, golden, lineDiff(string(want), buf.String()))
		}
	}
}

// lineDiff shows the first lines where want and got differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("- " + wl + "\n+ " + gl + "\n")
			if b.Len() > 2000 {
				break
			}
		}
	}
	return b.String()
}

// TestAuthorFromMetadata checks that a byline given as metadata (an HTML
// author tag, a JSON Lines "author") reaches the article's provenance.
func TestAuthorFromMetadata(t *testing.T) {
	r := Extract(Document{ID: "a", Text: "“We are ready,” Haftar said.", Author: "Jane Doe"})
	if r.Provenance.Author != "Jane Doe" {
		t.Errorf("Provenance.Author = %q, want Jane Doe", r.Provenance.Author)
	}
}
