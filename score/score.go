// Package score measures quote extraction against annotated gold, with
// exactly the rules of the project's reference scorer, score.py (in the
// shared evaluation folder, ../shared/eval/score.py beside the repository).
// Its figures, its text report and its JSON report are those of score.py,
// byte for byte; package tests check this against score.py when python3 and
// the script are present.
//
// Gold and predictions are JSON Lines, one document per line:
//
//	{"id": ..., "text": ..., "quotes": [{"start", "end", "text", "kind", "speaker",
//	 "speaker_start", "speaker_end", "cue", "via": [...], "optional"}]}
//
// Offsets are UTF-8 byte offsets into "text", end exclusive. Gold must carry
// "text"; a prediction may omit it (the gold text of the same id is used)
// and, if it carries it, it must equal the gold text.
//
// The rules:
//
//   - exact: a gold and a predicted quote match when their spans are equal
//     after trimming whitespace, punctuation (quote marks included), control
//     and format characters, "`" and "´" at both edges.
//   - overlap: byte-span intersection over union >= 0.5; pairs are made one
//     to one, greedily by best IoU (ties: earlier gold, then earlier
//     prediction).
//   - speaker: on overlap-matched pairs whose gold quote has a speaker,
//     correct when the predicted speaker span overlaps the gold one, or the
//     names match by head (see HeadMatch).
//   - end to end: an overlap-matched pair whose speaker is correct is a true
//     positive; when the gold quote has no speaker, the prediction must have
//     none either. Precision and recall are over all predicted and gold
//     quotes.
//   - via: on overlap-matched pairs whose gold quote annotates via (a list,
//     [] meaning no relay), items matched one to one by HeadMatch; skipped
//     when no gold quote has a non-empty via list.
//   - optional gold quotes are neither missed when unmatched nor scored when
//     matched (the matched prediction is not a false positive).
//   - a kind filter K scores gold quotes of kind K against predictions of
//     kind K or of unknown kind. An untyped prediction matched to gold of
//     another kind is ignored; a prediction typed K matched to gold of
//     another kind is a false positive; a gold K quote matched only by a
//     prediction of another kind is missed.
//
// Gold documents missing from the predictions count as all missed;
// predictions for ids not in gold are listed in Result.UnknownPredIDs and
// ignored.
//
// Differences from score.py, all on input no real file has: its character
// tables are Go's and x/text's (Unicode 15) where Python's may be of another
// Unicode version; a line that is not valid JSON is reported with Go's
// description of the fault (the "FILE:LINE: invalid JSON:" prefix is
// score.py's); Python's non-standard JSON constants NaN and Infinity are
// invalid JSON here; a \u escape of a lone surrogate is read as U+FFFD
// (score.py stops with a traceback on one in "text").
//
// The package is pure Go and imports nothing of quotetrail, so it can score
// any tool's output. Its functions are safe for concurrent use.
package score

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"unicode"
	"unicode/utf8"
)

// The quote kinds, and the kind filter that takes every kind.
const (
	Direct   = "direct"
	Indirect = "indirect"
	Mixed    = "mixed"
	All      = "all"
)

// kinds are the quote kinds in report order.
var kinds = []string{Direct, Indirect, Mixed}

// iouThreshold is the least intersection over union of an overlap match.
const iouThreshold = 0.5

// Doc is one document of a gold or prediction file.
type Doc struct {
	ID string
	// Text is the article text. ReadPred sets it to the gold text of the
	// same ID; Score reads the gold document's text only.
	Text   string
	Quotes []Quote
	// Line is the 1-based line of the document in its file, or 0.
	Line int
}

// Quote is one gold or predicted quote. Offsets are UTF-8 byte offsets into
// the document text, end exclusive.
type Quote struct {
	Start, End int
	// Kind is Direct, Indirect, Mixed, or "" for null (unknown).
	Kind string
	// Speaker is the speaker's name as given, or "" for null. A blank name
	// counts as null, and a null name with a non-empty speaker span is the
	// text of that span, as in score.py.
	Speaker string
	// HasSpeakerSpan tells whether SpeakerStart and SpeakerEnd are set.
	HasSpeakerSpan           bool
	SpeakerStart, SpeakerEnd int
	// Via lists the relays that passed the quote on, nearest the speaker
	// first; HasVia is false for null (not annotated) and true for a list,
	// even an empty one. Blank names are ignored.
	Via    []string
	HasVia bool
	// Optional marks a gold quote that is neither missed when unmatched nor
	// scored when matched.
	Optional bool
}

// PRF is precision, recall and F1 with their counts. A figure is NaN where
// score.py reports null (n/a).
type PRF struct {
	Precision, Recall, F1 float64
	TP, FP, FN            int
}

// KindCount counts the quotes of one kind, over every document of the gold,
// whatever the kind filter.
type KindCount struct {
	Kind     string // Direct, Indirect, Mixed, or "" for null (reported as "null")
	Gold     int    // gold quotes, not optional
	Optional int    // optional gold quotes
	Pred     int    // predicted quotes, of the documents that are in gold
	// Matched counts the gold quotes, not optional, matched by the overlap
	// rule, by a prediction of any kind.
	Matched int
	// Recall is Matched / Gold, or NaN when Gold is 0.
	Recall float64
}

// Result is what score.py reports. Its JSON form (MarshalJSON, WriteJSON)
// has the keys of score.py --json.
type Result struct {
	// Kind is the kind filter: Direct, Indirect, Mixed or All.
	Kind string
	// GoldFile and PredFile name the inputs in reports; Run sets them.
	GoldFile, PredFile string
	// Documents counts the gold documents, and MissingDocuments those that
	// have no prediction document.
	Documents, MissingDocuments int
	// UnknownPredIDs lists, in file order, the prediction documents whose
	// ID is not in gold; they are not scored.
	UnknownPredIDs []string

	Exact, Overlap, EndToEnd PRF

	// SpeakerAccuracy is SpeakerCorrect / SpeakerScored, or NaN when no
	// overlap-matched gold quote has a speaker.
	SpeakerAccuracy               float64
	SpeakerCorrect, SpeakerScored int

	// Via is nil when no gold quote has a non-empty via list. Its figures
	// are NaN when no via item was predicted or annotated on the matched
	// quotes. ViaQuotes counts the matched gold quotes that annotate via.
	Via       *PRF
	ViaQuotes int

	// PerKind counts quotes by kind, in the order Direct, Indirect, Mixed,
	// null, listing only the kinds that occur.
	PerKind []KindCount
}

// Score scores predictions against gold with the kind filter kind (Direct,
// Indirect, Mixed or All), as score.py does. Document IDs must be unique in
// gold and in pred, and offsets must be within the gold text; ReadGold and
// ReadPred ensure both. The Result's GoldFile and PredFile are left empty.
func Score(gold, pred []Doc, kind string) (Result, error) {
	if kind != All && !slices.Contains(kinds, kind) {
		return Result{}, fmt.Errorf("kind must be one of direct, indirect, mixed, all, not %q", kind)
	}
	goldByID := make(map[string]*Doc, len(gold))
	for i := range gold {
		d := &gold[i]
		if goldByID[d.ID] != nil {
			return Result{}, fmt.Errorf("duplicate gold document %q", d.ID)
		}
		goldByID[d.ID] = d
		if err := checkSpans(d, d.Text); err != nil {
			return Result{}, err
		}
	}
	predByID := make(map[string]*Doc, len(pred))
	res := Result{Kind: kind, Documents: len(gold), UnknownPredIDs: []string{}}
	for i := range pred {
		d := &pred[i]
		if predByID[d.ID] != nil {
			return Result{}, fmt.Errorf("duplicate prediction document %q", d.ID)
		}
		predByID[d.ID] = d
		g := goldByID[d.ID]
		if g == nil {
			res.UnknownPredIDs = append(res.UnknownPredIDs, d.ID)
			continue
		}
		if err := checkSpans(d, g.Text); err != nil {
			return Result{}, err
		}
	}

	s := scorer{kind: kind, perKind: make(map[string]*KindCount)}
	for _, d := range gold {
		for _, q := range d.Quotes {
			if len(viaOf(q)) > 0 {
				s.goldHasVia = true
			}
		}
	}
	for i := range gold {
		g := &gold[i]
		p := predByID[g.ID]
		if p == nil {
			res.MissingDocuments++
			s.doc(g, nil)
		} else {
			s.doc(g, p.Quotes)
		}
	}

	res.Exact = prf(s.exact)
	res.Overlap = prf(s.overlap)
	res.EndToEnd = prf(s.e2e)
	res.SpeakerCorrect, res.SpeakerScored = s.spkCorrect, s.spkScored
	res.SpeakerAccuracy = ratio(s.spkCorrect, s.spkScored)
	if s.goldHasVia {
		v := prf(s.via)
		if s.via.npred == 0 && s.via.ngold == 0 {
			v.Precision, v.Recall, v.F1 = math.NaN(), math.NaN(), math.NaN()
		}
		res.Via = &v
		res.ViaQuotes = s.viaQuotes
	}
	for _, k := range []string{Direct, Indirect, Mixed, ""} {
		if e := s.perKind[k]; e != nil {
			e.Recall = ratio(e.Matched, e.Gold)
			res.PerKind = append(res.PerKind, *e)
		}
	}
	return res, nil
}

// checkSpans reports offsets that would make Score fail: not within text, or
// start after end.
func checkSpans(d *Doc, text string) error {
	check := func(qi int, what string, s, e int) error {
		if s < 0 || s > e || e > len(text) {
			return fmt.Errorf("document %q: quote %d: %s [%d, %d) is not a span of its %d-byte text", d.ID, qi, what, s, e, len(text))
		}
		return nil
	}
	for qi, q := range d.Quotes {
		if err := check(qi, "span", q.Start, q.End); err != nil {
			return err
		}
		if q.HasSpeakerSpan {
			if err := check(qi, "speaker span", q.SpeakerStart, q.SpeakerEnd); err != nil {
				return err
			}
		}
	}
	return nil
}

// counts are a figure's true positives, predictions and gold quotes.
type counts struct{ tp, npred, ngold int }

// scorer holds the running totals of one Score call.
type scorer struct {
	kind                  string
	goldHasVia            bool
	exact, overlap, e2e   counts
	spkCorrect, spkScored int
	via                   counts
	viaQuotes             int
	perKind               map[string]*KindCount
}

func (s *scorer) count(kind string) *KindCount {
	e := s.perKind[kind]
	if e == nil {
		e = &KindCount{Kind: kind}
		s.perKind[kind] = e
	}
	return e
}

// goldIn reports whether a gold quote is scored under the kind filter.
func (s *scorer) goldIn(g *Quote) bool {
	return !g.Optional && (s.kind == All || g.Kind == s.kind)
}

// predIn reports whether a prediction takes part under the kind filter.
func (s *scorer) predIn(p *Quote) bool {
	return s.kind == All || p.Kind == "" || p.Kind == s.kind
}

// doc scores the predictions preds of one gold document.
func (s *scorer) doc(gd *Doc, preds []Quote) {
	golds := gd.Quotes
	text := gd.Text
	for _, g := range golds {
		e := s.count(g.Kind)
		if g.Optional {
			e.Optional++
		} else {
			e.Gold++
		}
	}
	for _, p := range preds {
		s.count(p.Kind).Pred++
	}

	type span struct{ s, e int }
	trG := make([]span, len(golds))
	for i, g := range golds {
		trG[i].s, trG[i].e = trimmedSpan(text, g.Start, g.End)
	}
	trP := make([]span, len(preds))
	for i, p := range preds {
		trP[i].s, trP[i].e = trimmedSpan(text, p.Start, p.End)
	}
	mExact := greedyMatch(len(golds), len(preds), func(gi, pi int) float64 {
		if trG[gi] == trP[pi] {
			return 1
		}
		return 0
	}, 1)
	mOver := greedyMatch(len(golds), len(preds), func(gi, pi int) float64 {
		return iou(golds[gi].Start, golds[gi].End, preds[pi].Start, preds[pi].End)
	}, iouThreshold)
	for gi := range golds {
		if mOver[gi] >= 0 && !golds[gi].Optional {
			s.count(golds[gi].Kind).Matched++
		}
	}

	for _, fig := range []struct {
		c       *counts
		match   []int
		e2e     bool
		overlap bool
	}{
		{&s.exact, mExact, false, false},
		{&s.overlap, mOver, false, true},
		{&s.e2e, mOver, true, false},
	} {
		predToGold := make([]int, len(preds))
		for i := range predToGold {
			predToGold[i] = -1
		}
		for gi, pi := range fig.match {
			if pi >= 0 {
				predToGold[pi] = gi
			}
		}
		for i := range golds {
			if s.goldIn(&golds[i]) {
				fig.c.ngold++
			}
		}
		for pi := range preds {
			p := &preds[pi]
			if !s.predIn(p) {
				continue
			}
			gi := predToGold[pi]
			if gi < 0 {
				fig.c.npred++
				continue
			}
			g := &golds[gi]
			if g.Optional {
				continue // matched an optional gold quote: not scored
			}
			if !s.goldIn(g) {
				if p.Kind != "" {
					fig.c.npred++ // typed as the filter's kind, but the gold quote is of another kind
				}
				continue
			}
			fig.c.npred++
			if !fig.e2e || speakerCorrect(g, p, text) {
				fig.c.tp++
			}
			if !fig.overlap {
				continue
			}
			if hasSpeaker(g, text) {
				s.spkScored++
				if speakerCorrect(g, p, text) {
					s.spkCorrect++
				}
			}
			if g.HasVia && s.goldHasVia {
				s.viaQuotes++
				gv, pv := viaOf(*g), viaOf(*p)
				s.via.tp += viaMatches(gv, pv)
				s.via.npred += len(pv)
				s.via.ngold += len(gv)
			}
		}
	}
}

// trimmable reports whether score.py's exact rule trims r from a span edge:
// whitespace, punctuation, separators, control and format characters, "`"
// and "´".
func trimmable(r rune) bool {
	return r == '`' || r == '\u00b4' || isPySpace(r) ||
		unicode.In(r, unicode.P, unicode.Z, unicode.Cc, unicode.Cf)
}

// trimmedSpan returns the span [s, e) of text without its trimmable runes at
// both edges.
func trimmedSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !trimmable(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !trimmable(r) {
			break
		}
		e -= n
	}
	return s, e
}

// iou is the intersection over union of two byte spans; equal spans, even
// empty ones, have 1.
func iou(s1, e1, s2, e2 int) float64 {
	if s1 == s2 && e1 == e2 {
		return 1
	}
	inter := max(0, min(e1, e2)-max(s1, s2))
	union := (e1 - s1) + (e2 - s2) - inter
	if union <= 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// greedyMatch pairs golds and predictions one to one, greedily by best
// score among the pairs scoring at least threshold (ties: earlier gold, then
// earlier prediction). It returns, for each gold index, the matched
// prediction index or -1.
func greedyMatch(ngold, npred int, score func(gi, pi int) float64, threshold float64) []int {
	type cand struct {
		sc     float64
		gi, pi int
	}
	var cands []cand
	for gi := range ngold {
		for pi := range npred {
			if sc := score(gi, pi); sc >= threshold {
				cands = append(cands, cand{sc, gi, pi})
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.sc, a.sc), cmp.Compare(a.gi, b.gi), cmp.Compare(a.pi, b.pi))
	})
	gm := make([]int, ngold)
	for i := range gm {
		gm[i] = -1
	}
	used := make([]bool, npred)
	for _, c := range cands {
		if gm[c.gi] < 0 && !used[c.pi] {
			gm[c.gi] = c.pi
			used[c.pi] = true
		}
	}
	return gm
}

// speakerName is the quote's speaker name as score.py loads it: the name
// unless blank, else the text of a non-empty speaker span, else "" (null).
func speakerName(q *Quote, text string) string {
	if q.Speaker != "" && !isPyBlank(q.Speaker) {
		return q.Speaker
	}
	if q.HasSpeakerSpan && q.SpeakerEnd > q.SpeakerStart {
		return text[q.SpeakerStart:q.SpeakerEnd]
	}
	return ""
}

// hasSpeaker reports whether the quote names a speaker or has a non-empty
// speaker span.
func hasSpeaker(q *Quote, text string) bool {
	return speakerName(q, text) != "" || (q.HasSpeakerSpan && q.SpeakerEnd > q.SpeakerStart)
}

// speakerCorrect is score.py's speaker rule for a matched pair: with a gold
// speaker, the speaker spans overlap or the names match by head; without,
// the prediction must have no speaker either.
func speakerCorrect(g, p *Quote, text string) bool {
	if !hasSpeaker(g, text) {
		return !hasSpeaker(p, text)
	}
	if !hasSpeaker(p, text) {
		return false
	}
	if g.HasSpeakerSpan && p.HasSpeakerSpan &&
		min(g.SpeakerEnd, p.SpeakerEnd) > max(g.SpeakerStart, p.SpeakerStart) {
		return true
	}
	return HeadMatch(speakerName(g, text), speakerName(p, text))
}

// viaOf is the quote's via list without blank names (nil for null).
func viaOf(q Quote) []string {
	var out []string
	for _, v := range q.Via {
		if !isPyBlank(v) {
			out = append(out, v)
		}
	}
	return out
}

// viaMatches counts the gold via names matched one to one by a predicted
// one, each gold name taking the first unused predicted name that
// HeadMatch accepts.
func viaMatches(gvia, pvia []string) int {
	used := make([]bool, len(pvia))
	tp := 0
	for _, gv := range gvia {
		for j, pv := range pvia {
			if !used[j] && HeadMatch(gv, pv) {
				used[j] = true
				tp++
				break
			}
		}
	}
	return tp
}

// prf is score.py's prf: precision and recall are 1 over nothing to find and
// nothing found.
func prf(c counts) PRF {
	var p, r, f float64
	switch {
	case c.npred > 0:
		p = float64(c.tp) / float64(c.npred)
	case c.ngold == 0:
		p = 1
	}
	switch {
	case c.ngold > 0:
		r = float64(c.tp) / float64(c.ngold)
	case c.npred == 0:
		r = 1
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{Precision: p, Recall: r, F1: f, TP: c.tp, FP: c.npred - c.tp, FN: c.ngold - c.tp}
}

// ratio is n/d, or NaN when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return math.NaN()
	}
	return float64(n) / float64(d)
}
