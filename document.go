// Package quotetrail finds the quotations in news articles, attributes them to
// their speakers, records the chain of relays by which each reached the page,
// and stores it all in SQLite.
//
// Extract is the pipeline for one document; Store keeps documents, entities,
// quotes and citation chains. The packages quote and attribution do the text
// work and can be used without cgo.
package quotetrail

// Document is one article.
type Document struct {
	// ID identifies the document in its source: the "id" of a JSON Lines
	// record, or the path of a plain-text file.
	ID   string
	Text string
	// Metadata, all optional.
	Title     string
	URL       string
	Publisher string
	Published string
	Author    string
	// Source names where the document was read from, with a line number for
	// JSON Lines ("dev.jsonl:12"); it is used in messages.
	Source string
}
