// Package cluster groups the texts of quotes that are the same quote as
// printed by different articles: the same words with other punctuation or
// case, trimmed at either end, cut by an ellipsis, or with a word or two
// changed.
//
// It is pure Go and imports nothing of quotetrail. In the import ladder it
// sits beside quote and attribution, below the root package, which reads the
// quotes from the database, calls Group and stores the clusters.
package cluster

import (
	"cmp"
	"hash/maphash"
	"math"
	"slices"
	"strings"
	"unicode"
)

// MinWords is the fewest words a text needs to be grouped: shorter texts
// ("the company") repeat by chance.
const MinWords = 5

// Matching thresholds. Of the shorter text of a pair:
//   - minWordShare of its distinct words, weighed by rarity (inverse
//     document frequency among the texts), must be in the other text;
//   - minPairShare of its distinct word pairs (bigrams) must be in the other
//     text, which keeps the order of words in play (an ellipsis or a changed
//     word breaks two pairs at most);
//   - if it has fewer than minShortWords words, the other text must be at
//     most twice as long, so that a short common phrase does not join two
//     long unrelated quotes.
const (
	minWordShare  = 0.8
	minPairShare  = 0.6
	minShortWords = 8
)

// maxPosting is the most texts a probe reads under one word pair. A pair so
// common ("of the") tells little, and reading all its texts for each probe
// would make Group quadratic.
const maxPosting = 30

// Words returns the words of text as Group compares them: lower-cased runs of
// letters and digits, with apostrophes dropped ("Haftar's" is "haftars") and
// everything else, ellipses included, a separator.
func Words(text string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case r == '\'' || r == '’' || r == '‘':
			// dropped inside a word; "don't" is "dont"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return words
}

// Key returns the normal form of text: its Words joined by single spaces.
// Texts with the same Key are always in one group.
func Key(text string) string { return strings.Join(Words(text), " ") }

// text is one distinct normal form, with its words and pairs hashed.
type text struct {
	words, pairs []uint64 // sorted, distinct
	nums         []uint64 // the numbers among words, sorted, distinct
	n            int      // number of words, repeats included
}

// Group returns, for each of texts, the index of the first text of its group
// (the lowest index), or -1 for a text of fewer than MinWords words. Texts
// are in one group when they have the same Key or are near-duplicates (see
// the thresholds above) of the group's first text.
//
// Candidate pairs come from an index of word pairs: each text looks up only
// its rarest word pairs, as many as ensure that a text sharing minPairShare
// of them is found (prefix filtering), so the work grows with the number of
// texts, not with its square. A group is a star: its first text and the
// texts near it.
func Group(texts []string) []int {
	out := make([]int, len(texts))
	// Identical keys first: each distinct key becomes one text.
	keyIndex := make(map[string]int)
	var uniq []text
	seed := maphash.MakeSeed()
	of := make([]int, len(texts)) // the distinct key of each text
	for i, t := range texts {
		words := Words(t)
		if len(words) < MinWords {
			out[i], of[i] = -1, -1
			continue
		}
		k := strings.Join(words, " ")
		u, ok := keyIndex[k]
		if !ok {
			u = len(uniq)
			keyIndex[k] = u
			uniq = append(uniq, newText(seed, words))
		}
		of[i] = u
	}

	// The index: each word pair's texts. And each word's weight: rare
	// words (names, numbers) weigh more than common ones, so that two
	// formulaic sentences about different companies do not match.
	posting := make(map[uint64][]int32)
	df := make(map[uint64]int32)
	for u := range uniq {
		for _, p := range uniq[u].pairs {
			posting[p] = append(posting[p], int32(u))
		}
		for _, w := range uniq[u].words {
			df[w]++
		}
	}
	weight := func(w uint64) float64 { return math.Log(float64(len(uniq)+1) / float64(df[w])) }
	// near[u] are the texts found near-duplicates of text u.
	nearby := make([][]int32, len(uniq))
	probe := make([]rarity, 0, 64)
	// seen[v] is u+1 once text v has been compared with text u.
	seen := make([]int32, len(uniq))
	for u := range uniq {
		a := &uniq[u]
		// Sharing at least need pairs, a text shares one of any
		// len(pairs)-need+1 of its pairs: take the rarest.
		need := max(1, int(minPairShare*float64(len(a.pairs))+0.999999))
		probe = probe[:0]
		for _, p := range a.pairs {
			if list := posting[p]; len(list) <= maxPosting {
				probe = append(probe, rarity{p, len(list)})
			}
		}
		slices.SortFunc(probe, func(x, y rarity) int {
			return cmp.Or(cmp.Compare(x.n, y.n), cmp.Compare(x.pair, y.pair))
		})
		// Pairs too common to read are left out: they would be last.
		probe = probe[:max(0, min(len(probe), len(a.pairs)-need+1))]
		for _, r := range probe {
			for _, v := range posting[r.pair] {
				if int(v) == u || seen[v] == int32(u+1) {
					continue
				}
				seen[v] = int32(u + 1)
				if near(a, &uniq[v], weight) {
					nearby[u] = append(nearby[u], v)
					nearby[v] = append(nearby[v], int32(u))
				}
			}
		}
	}
	// Star clustering: in order, a text joins the first earlier text that
	// is a centre and near it, or becomes a centre. Unlike the transitive
	// closure, it does not chain formulaic sentences ("it filed a
	// registration statement ...") into one cluster through their
	// neighbours.
	centre := make([]int32, len(uniq))
	for u := range uniq {
		centre[u] = int32(u)
		for _, v := range nearby[u] {
			if v < centre[u] && centre[v] == v {
				centre[u] = v
			}
		}
	}
	// Each group is named by its lowest index.
	first := make(map[int]int)
	for i := range texts {
		if of[i] < 0 {
			continue
		}
		root := int(centre[of[i]])
		f, ok := first[root]
		if !ok {
			f = i
			first[root] = i
		}
		out[i] = f
	}
	return out
}

// rarity is a word pair and the number of texts that have it.
type rarity struct {
	pair uint64
	n    int
}

func newText(seed maphash.Seed, words []string) text {
	t := text{n: len(words)}
	for i, w := range words {
		t.words = append(t.words, maphash.String(seed, w))
		if isNumber(w) {
			t.nums = append(t.nums, t.words[len(t.words)-1])
		}
		if i > 0 {
			t.pairs = append(t.pairs, maphash.String(seed, words[i-1]+" "+w))
		}
	}
	slices.Sort(t.words)
	t.words = slices.Compact(t.words)
	slices.Sort(t.pairs)
	t.pairs = slices.Compact(t.pairs)
	slices.Sort(t.nums)
	t.nums = slices.Compact(t.nums)
	return t
}

// numberWords are numbers written as words.
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"eleven": true, "twelve": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	"hundred": true, "half": true, "dozen": true}

// isNumber reports whether w is a number: it holds a digit, or it is a
// number word.
func isNumber(w string) bool {
	if numberWords[w] {
		return true
	}
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// near reports whether a and b are near-duplicates, with the words weighed
// by weight.
func near(a, b *text, weight func(uint64) float64) bool {
	if a.n > b.n || (a.n == b.n && len(a.words) > len(b.words)) {
		a, b = b, a // a is the shorter
	}
	if a.n < minShortWords && b.n > 2*a.n {
		return false
	}
	if common(a.nums, b.nums) < len(a.nums) {
		// "1.5 billion dlrs" and "two billion dlrs" of the same formula
		// are two statements: every number of the shorter text must be in
		// the other.
		return false
	}
	if float64(common(a.pairs, b.pairs)) < minPairShare*float64(len(a.pairs)) {
		return false
	}
	var all float64
	for _, w := range a.words {
		all += weight(w)
	}
	return sharedWeight(a.words, b.words, weight) >= minWordShare*all
}

// common returns the number of values in both sorted sets.
func common(x, y []uint64) int {
	return int(sharedWeight(x, y, func(uint64) float64 { return 1 }))
}

// sharedWeight returns the weight of the values in both sorted sets.
func sharedWeight(x, y []uint64, weight func(uint64) float64) float64 {
	var w float64
	for len(x) > 0 && len(y) > 0 {
		switch {
		case x[0] < y[0]:
			x = x[1:]
		case x[0] > y[0]:
			y = y[1:]
		default:
			w += weight(x[0])
			x, y = x[1:], y[1:]
		}
	}
	return w
}
