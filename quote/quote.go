// Package quote finds quotations in news text: the spans between quotation
// marks, how they are split into paragraphs and segments, and which of them are
// quotes at all (as opposed to scare quotes, titles and nicknames).
//
// Every position is a byte offset into the original text; a Span is half-open.
// The package is pure Go and has no state: a zero Finder is ready to use and is
// safe for concurrent use.
package quote

// Span is a half-open range [Start, End) of byte offsets into a text.
type Span struct {
	Start, End int
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Kind is the kind of a quotation.
type Kind string

// The kinds of quotation. Direct quotes are the words inside quotation marks;
// indirect quotes are reported speech without marks; mixed quotes are reported
// speech that contains a quoted fragment.
const (
	Direct   Kind = "direct"
	Indirect Kind = "indirect"
	Mixed    Kind = "mixed"
)

// Quote is one segment of a quotation. A quotation that runs over several
// paragraphs, or that is interrupted by its attribution, is made of several
// segments that share a Group.
type Quote struct {
	// Span is the content: for a direct quote, the text strictly inside the
	// marks, with surrounding white space trimmed.
	Span
	// Outer is Span with its quotation marks (for direct quotes), or Span.
	Outer Span
	Kind  Kind
	// Text is the raw text[Start:End].
	Text string
	// Closed reports whether the closing mark was found. A news-style
	// multi-paragraph quote leaves every paragraph but the last open.
	Closed bool
	// Group is the index (in the slice returned by Find) of the first segment
	// of the quotation this segment belongs to; a segment that starts a
	// quotation has Group equal to its own index.
	Group int
	// Parent is the index of the quote this one is nested in, or -1.
	Parent int
	// Para is the paragraph that holds the opening mark.
	Para Span
	// Embedded reports whether the opening mark follows a word of the
	// writer's sentence (called the plan “a disaster”), as fragments of
	// mixed quotes, scare quotes and titles do; a quotation that opens a
	// sentence, or follows a colon or a comma, is not embedded.
	Embedded bool
}

// Finder finds quotations. The zero Finder is ready to use.
type Finder struct{}
