package attribution

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/quote"
)

// FuzzAnalyze checks the invariants of Analyze on arbitrary text: no panic,
// every span (quote, speaker, cue, relay) in bounds and on rune starts, and
// each quote's text equal to its span.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		`"Our ties are vital," the TASS news agency quoted Haftar as saying.`,
		"The Japanese banks have an unfair advantage, Paul Hofer, head of the association, told Reuters.",
		"Alexander Ivlev, an official with Amtorg, a Soviet trading organization, told Reuters he had no information.",
		"The newspaper also said that according to some accounts, Ghorbanifar paid officials.",
		"Roger Hemminghaus, who will be chairman, which had sales, told Reuters his company was taking on debt.",
		"\"PENCE: Well, look.\n\n\"WALLACE: Thank you.\"",
		"It quoted Oil Minister al-Chalabi, who returned Sunday, as saying \"Iraq will continue.\"",
		", , , said , told Reuters , according to , ,",
	} {
		f.Add(s)
	}
	var r Resolver
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := r.Analyze(text)
		check := func(what string, s quote.Span) {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("%s span %v out of bounds in %q", what, s, text)
			}
			if s.Start < len(text) && !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
				t.Fatalf("%s span %v not on rune starts in %q", what, s, text)
			}
		}
		for _, q := range a.Quotes {
			check("quote", q.Span)
			if q.Text != text[q.Start:q.End] {
				t.Fatalf("quote text %q differs from its span %q", q.Text, text[q.Start:q.End])
			}
			check("cue", q.CueSpan)
			if q.Speaker != nil && q.Speaker.Span.Len() > 0 {
				check("speaker", q.Speaker.Span)
			}
			for _, v := range q.Via {
				if v.Span.Len() > 0 {
					check("relay", v.Span)
				}
				if !slices.Contains(Relations, v.Relation) {
					t.Fatalf("relay %q: relation %q is not one of %q", v.Name, v.Relation, Relations)
				}
			}
		}
	})
}
