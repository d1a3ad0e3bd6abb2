package quote

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks the invariants of Find on arbitrary input: no panic, spans
// in bounds and on rune starts, sorted, Text equal to the span, and groups
// and parents that point backwards.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`"We spoke in general," Haftar told reporters.`,
		"“We hope.\n\n“We will.”",
		"``It is over,'' he said. ''No,'' she said.",
		`‘Russia’s role’ « oui » „ja“ ‚ja‘ ‹x›`,
		`<tweet tweet-id="1"><tweet/> "open`,
		"'90s rock 'n' roll '' `` \" ' ’ ‘",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := Find(s)
		prev := -1
		for i, q := range qs {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End {
				t.Fatalf("Find(%q)[%d] = [%d,%d) out of bounds", s, i, q.Start, q.End)
			}
			if q.Outer.Start > q.Start || q.Outer.End < q.End {
				t.Fatalf("Find(%q)[%d]: outer %v does not hold %v", s, i, q.Outer, q.Span)
			}
			if utf8.ValidString(s) && (!utf8.RuneStart(s[q.Start]) || q.End < len(s) && !utf8.RuneStart(s[q.End])) {
				t.Fatalf("Find(%q)[%d] = [%d,%d) not on rune starts", s, i, q.Start, q.End)
			}
			if q.Text != s[q.Start:q.End] {
				t.Fatalf("Find(%q)[%d].Text = %q, want %q", s, i, q.Text, s[q.Start:q.End])
			}
			if q.Outer.Start < prev {
				t.Fatalf("Find(%q) not sorted at %d", s, i)
			}
			prev = q.Outer.Start
			if q.Group > i || q.Parent >= i {
				t.Fatalf("Find(%q)[%d]: group %d, parent %d point forward", s, i, q.Group, q.Parent)
			}
		}
		for _, sp := range Sentences(s, Span{0, len(s)}) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("Sentences(%q) span %v out of bounds", s, sp)
			}
		}
		_ = Clean(s)
	})
}
