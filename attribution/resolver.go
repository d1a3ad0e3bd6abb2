package attribution

import "github.com/quotetrail/quotetrail/quote"

// Resolver attributes quotations. The zero Resolver uses the built-in
// lexicons; it is safe for concurrent use.
type Resolver struct {
	Finder quote.Finder
}

// Analyze finds the quotations of text, direct and reported, and attributes
// them.
func (r *Resolver) Analyze(text string) Analysis {
	return Analysis{} // TODO
}
