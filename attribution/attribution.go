// Package attribution finds who said each quotation in a news text, the cue
// that introduces it, and the relays (news agencies, outlets, broadcasters)
// that passed it on; it also finds reported (indirect and mixed) speech, whose
// frames are those of attribution: "X said (that) ...", "according to X, ...".
//
// It builds on package quote and is pure Go. A zero Resolver is ready to use
// and is safe for concurrent use. All positions are byte offsets into the
// original text.
package attribution

import "github.com/quotetrail/quotetrail/quote"

// Entity kinds of a Mention.
const (
	Person       = "person"
	Organisation = "organisation"
	Agency       = "agency" // a news agency or wire service
	Media        = "media"  // an outlet or broadcaster, or "Russian media"
	Document     = "document"
	Anonymous    = "anonymous"
	Group        = "group"
)

// Mention is a reference in the text to a speaker or a relay.
type Mention struct {
	// Span is the local mention ("he", "Haftar", "the TASS news agency").
	Span quote.Span
	// Text is the text of Span.
	Text string
	// Name is the resolved, fullest name ("Khalifa Haftar", "TASS").
	Name string
	// Kind is one of the entity kinds (Person, Agency, ...), or "".
	Kind string
	// Role is a title or description stored with the mention
	// ("Kremlin spokesman"), or "".
	Role string
	// Org is the organisation the role names ("Kremlin" for "Kremlin
	// spokesman", "Intel" for "the chief executive of Intel"), or "".
	Org string
	// Relation is how a relay passed the quote on ("quoted", "told",
	// "according-to", "carried", "reported", "monitored"); "" for a speaker.
	Relation string
}

// Quote is a quotation with its attribution. Its Group (from quote.Quote)
// numbers the quotations of an Analysis 0, 1, … in the order they start; the
// segments of one quotation share it.
type Quote struct {
	quote.Quote
	// Speaker is nil when no rule was confident: unknown is an answer.
	Speaker *Mention
	// Cue is the attributing words ("said", "quoted ... as saying"), and
	// CueSpan their position (the zero Span when there is none).
	Cue     string
	CueSpan quote.Span
	// Via lists the relays that passed the quote on, nearest the speaker
	// first.
	Via []Mention
	// Rule names the rule that chose the speaker; Confidence is its
	// confidence in [0, 1]; Evidence is the attribution clause it read.
	Rule       string
	Confidence float64
	Evidence   quote.Span
}

// Provenance is how the article itself reached the reader: the outer hops of
// every citation chain in it.
type Provenance struct {
	Dateline    string // "MOSCOW"
	Wire        string // wire credit: "Reuters" for "MOSCOW, March 3 (Reuters) -"
	Publisher   string // the outlet that printed the article, when the text names it
	Platform    string // distribution platform: "PressReader"
	Author      string // byline
	PhotoCredit string // "AFP" for a caption ending "(AFP)"
}

// Analysis is everything the Resolver found in one text.
type Analysis struct {
	// Quotes are sorted by start offset.
	Quotes     []Quote
	Provenance Provenance
}

// Relations are the ways a relay passes a quote on, the vocabulary of
// Mention.Relation for relays (the store accepts these and no others).
var Relations = []string{"quoted", "told", "interview", "according-to", "carried", "reported", "monitored"}

// relationOf maps the verb a relay frame used to the vocabulary: "said",
// "added" and "reported" report; "broadcast", "aired", "published" and
// "printed" carry.
func relationOf(verb string) string {
	switch verb {
	case "quoted", "quoting", "quotes", "cited", "citing":
		return "quoted"
	case "told", "tells", "telling":
		return "told"
	case "interview", "according-to", "monitored", "carried", "reported":
		return verb
	case "broadcast", "aired", "televised", "published", "printed", "carries":
		return "carried"
	}
	return "reported"
}
