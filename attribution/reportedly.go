package attribution

import "github.com/quotetrail/quotetrail/quote"

// reportedlyFrame reads a clause that the writer marks as reported without
// naming the source: "The Club for Growth is reportedly spending $1.5
// million on ads", "Reportedly, he made comments to co-workers". The quote
// is the words after the adverb (the whole clause after a leading
// "Reportedly,"), to the end of the clause; it has no speaker.
func (d *docState) reportedlyFrame(st []token) (attr, quote.Span, bool) {
	for k, t := range st {
		if !t.is("reportedly") || d.claimed(quote.Span{Start: t.start, End: t.end}) {
			continue
		}
		start := k + 1
		if k == 0 && start < len(st) && st[start].is(",") {
			start++ // "Reportedly, he made …"
		} else if k == 0 || st[k-1].kind != tWord || start >= len(st) || st[start].kind != tWord {
			return attr{}, quote.Span{}, false
		}
		end := clauseEnd(st, start)
		if end-start < 2 {
			return attr{}, quote.Span{}, false
		}
		a := attr{rule: ruleReportedly, conf: 0.5, cue: t.text, cueSpan: spanOf(st, k, k+1)}
		return a, quote.Span{Start: st[start].start, End: st[end-1].end}, true
	}
	return attr{}, quote.Span{}, false
}
