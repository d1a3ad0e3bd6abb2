package web

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail"
)

// piece is a run of an article's text with one mark, or none: the text of a
// quote, of a speaker mention, of a cue, or plain text.
type piece struct {
	Text  string
	Class string // "" for plain text; "quote direct", "speaker", "cue"
	// QuoteID is the quote a quote piece belongs to; Anchor is set on the
	// first piece of each quote, which carries its id attribute.
	QuoteID int64
	Anchor  bool
	Title   string // what the mark's tooltip says
}

// mark is a span of text to mark. Quotes outrank speaker mentions and cues;
// among marks of one rank, the innermost (the one that starts last) wins.
type mark struct {
	start, end int
	rank       int // 2 quote, 1 mention or cue
	class      string
	quoteID    int64
	title      string
}

// highlight cuts text into pieces at the bounds of the quotes, their
// speaker mentions and their cues. Spans out of the text's bounds or off a
// UTF-8 character boundary are left out, so that a piece is always valid
// text. It runs in O(bounds × marks), a few hundred at most per article.
func highlight(text string, quotes []quotetrail.QuoteRecord) []piece {
	valid := func(start, end int) bool {
		return 0 <= start && start < end && end <= len(text) &&
			utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
	}
	var marks []mark
	for _, q := range quotes {
		if valid(q.Start, q.End) {
			who := q.Speaker
			if who == "" {
				who = "unknown speaker"
			}
			title := fmt.Sprintf("%s, %s", who, q.Kind)
			if q.Cue != "" {
				title += fmt.Sprintf(", %q", q.Cue)
			}
			marks = append(marks, mark{q.Start, q.End, 2, "quote " + q.Kind, q.ID, title})
		}
		if valid(q.MentionStart, q.MentionEnd) {
			marks = append(marks, mark{q.MentionStart, q.MentionEnd, 1, "speaker", 0, q.Speaker})
		}
		if valid(q.CueStart, q.CueEnd) {
			marks = append(marks, mark{q.CueStart, q.CueEnd, 1, "cue", 0, "cue"})
		}
	}
	bounds := []int{0, len(text)}
	for _, m := range marks {
		bounds = append(bounds, m.start, m.end)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	var pieces []piece
	anchored := make(map[int64]bool)
	for i := 0; i+1 < len(bounds); i++ {
		start, end := bounds[i], bounds[i+1]
		var best *mark
		for j := range marks {
			m := &marks[j]
			if m.start > start || m.end < end {
				continue // does not cover [start, end)
			}
			if best == nil || m.rank > best.rank || m.rank == best.rank && m.start > best.start {
				best = m
			}
		}
		p := piece{Text: text[start:end]}
		if best != nil {
			p.Class, p.QuoteID, p.Title = best.class, best.quoteID, best.title
			if best.quoteID != 0 && !anchored[best.quoteID] {
				p.Anchor = true
				anchored[best.quoteID] = true
			}
		}
		// Runs of plain text, or of one mark, are one piece.
		if n := len(pieces); n > 0 && !p.Anchor && pieces[n-1].Class == p.Class &&
			pieces[n-1].QuoteID == p.QuoteID && pieces[n-1].Title == p.Title {
			pieces[n-1].Text += p.Text
			continue
		}
		pieces = append(pieces, p)
	}
	return pieces
}
