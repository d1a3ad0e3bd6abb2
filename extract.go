package quotetrail

import (
	"github.com/quotetrail/quotetrail/attribution"
)

// Result is what Extract found in one document.
type Result struct {
	Document   Document
	Quotes     []attribution.Quote
	Provenance attribution.Provenance
}

// Pipeline runs quote finding and attribution on documents. A zero Pipeline
// uses the built-in lexicons; it is safe for concurrent use.
type Pipeline struct {
	Resolver attribution.Resolver
}

// Extract finds and attributes the quotations of doc.
func (p *Pipeline) Extract(doc Document) Result {
	a := p.Resolver.Analyze(doc.Text)
	prov := a.Provenance
	if prov.Publisher == "" {
		prov.Publisher = doc.Publisher
	}
	if prov.Author == "" {
		prov.Author = doc.Author
	}
	return Result{Document: doc, Quotes: a.Quotes, Provenance: prov}
}

var defaultPipeline Pipeline

// Extract runs the default Pipeline on doc.
func Extract(doc Document) Result { return defaultPipeline.Extract(doc) }
