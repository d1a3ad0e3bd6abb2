package quotetrail

import "github.com/quotetrail/quotetrail/attribution"

// InterchangeDoc is one line of the JSON Lines interchange format that
// ../shared/eval/score.py reads: offsets are UTF-8 byte offsets into the
// document text.
type InterchangeDoc struct {
	ID     string             `json:"id"`
	Quotes []InterchangeQuote `json:"quotes"`
	// Document carries the article's provenance (extra field).
	Document *InterchangeProvenance `json:"document,omitempty"`
}

// InterchangeQuote is one quote (one segment of a quotation) in the
// interchange format. Speaker offsets are nil when the speaker is unknown or
// has no mention of its own in the text near the quote.
type InterchangeQuote struct {
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Text         string   `json:"text"`
	Kind         string   `json:"kind"`
	Speaker      *string  `json:"speaker"`
	SpeakerStart *int     `json:"speaker_start"`
	SpeakerEnd   *int     `json:"speaker_end"`
	Cue          *string  `json:"cue"`
	Via          []string `json:"via"`
	// Extra fields.
	SpeakerKind string  `json:"speaker_kind,omitempty"`
	Role        string  `json:"role,omitempty"`
	Org         string  `json:"organisation,omitempty"`
	Rule        string  `json:"rule,omitempty"`
	Confidence  float64 `json:"confidence,omitempty"`
	Group       int     `json:"group"`
}

// InterchangeProvenance is the article's own provenance.
type InterchangeProvenance struct {
	Dateline    string `json:"dateline,omitempty"`
	Wire        string `json:"wire,omitempty"`
	Publisher   string `json:"publisher,omitempty"`
	Platform    string `json:"platform,omitempty"`
	Author      string `json:"author,omitempty"`
	PhotoCredit string `json:"photo_credit,omitempty"`
}

// Interchange converts r to the interchange format.
func (r *Result) Interchange() InterchangeDoc {
	d := InterchangeDoc{ID: r.Document.ID, Quotes: make([]InterchangeQuote, 0, len(r.Quotes))}
	for _, q := range r.Quotes {
		iq := InterchangeQuote{
			Start: q.Start, End: q.End, Text: q.Text, Kind: string(q.Kind),
			Via: make([]string, 0, len(q.Via)), Rule: q.Rule, Confidence: q.Confidence,
			Group: q.Group,
		}
		if q.Speaker != nil {
			name := q.Speaker.Name
			if name == "" {
				name = q.Speaker.Text
			}
			iq.Speaker = &name
			iq.SpeakerKind = q.Speaker.Kind
			iq.Role = q.Speaker.Role
			iq.Org = q.Speaker.Org
			if q.Speaker.Span.End > q.Speaker.Span.Start {
				s, e := q.Speaker.Span.Start, q.Speaker.Span.End
				iq.SpeakerStart, iq.SpeakerEnd = &s, &e
			}
		}
		if q.Cue != "" {
			c := q.Cue
			iq.Cue = &c
		}
		for _, v := range q.Via {
			iq.Via = append(iq.Via, v.Name)
		}
		d.Quotes = append(d.Quotes, iq)
	}
	p := r.Provenance
	if p != (attribution.Provenance{}) {
		d.Document = &InterchangeProvenance{p.Dateline, p.Wire, p.Publisher, p.Platform, p.Author, p.PhotoCredit}
	}
	return d
}
