package cluster

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Haftar's forces… will NOT stop.", []string{"haftars", "forces", "will", "not", "stop"}},
		{"“We won’t—ever—leave,” he said", []string{"we", "wont", "ever", "leave", "he", "said"}},
		{"a...b", []string{"a", "b"}},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGroup(t *testing.T) {
	const base = "We will not negotiate with the government in Tripoli until our forces control the capital"
	tests := []struct {
		name  string
		texts []string
		want  []int
	}{
		{"identical but punctuation and case",
			[]string{base, strings.ToUpper(base) + "!", "“" + strings.ReplaceAll(base, " ", ", ") + ".”"},
			[]int{0, 0, 0}},
		{"trimmed at both ends",
			[]string{base, "not negotiate with the government in Tripoli until our forces"},
			[]int{0, 0}},
		{"ellipsis",
			[]string{base, "We will not negotiate with the government … until our forces control the capital"},
			[]int{0, 0}},
		{"a word changed",
			[]string{base, "We will never negotiate with the government in Tripoli until our forces control the capital"},
			[]int{0, 0}},
		{"through a third text",
			[]string{"not negotiate with the government in Tripoli until our forces", "an unrelated remark about the oil price and the weather", base},
			[]int{0, 1, 0}},
		{"too short", []string{"the company said", "the company said"}, []int{-1, -1}},
		{"unrelated quotes that share words",
			[]string{base, "The government in Tripoli said our forces will control the capital soon",
				"We will not comment on the talks with the government, the spokesman said"},
			[]int{0, 1, 2}},
		{"a short phrase in a long quote",
			[]string{"we are very pleased with the results",
				"we are very pleased with the results of the merger and expect the combined company to grow faster than its rivals next year"},
			[]int{0, 1}},
	}
	for _, tt := range tests {
		if got := Group(tt.texts); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Group(%q) = %v, want %v", tt.name, tt.texts, got, tt.want)
		}
	}
}

// randomTexts returns n texts of 8 to 40 words drawn from a vocabulary of
// 5,000, every tenth a trimmed copy of an earlier one.
func randomTexts(n int) []string {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%d", i)
	}
	common := []string{"the", "of", "and", "to", "said", "in", "a"}
	texts := make([]string, n)
	for i := range texts {
		if i%10 == 9 {
			w := strings.Fields(texts[r.IntN(i)])
			texts[i] = strings.Join(w[1:len(w)-1], " ")
			continue
		}
		w := make([]string, 8+r.IntN(33))
		for j := range w {
			if r.IntN(2) == 0 {
				w[j] = common[r.IntN(len(common))]
			} else {
				w[j] = vocab[r.IntN(len(vocab))]
			}
		}
		texts[i] = strings.Join(w, " ")
	}
	return texts
}

func TestGroupCopies(t *testing.T) {
	texts := randomTexts(2000)
	got := Group(texts)
	for i := 9; i < len(texts); i += 10 {
		// A copy of common words alone ("of the and") is left out on
		// purpose: see maxPosting.
		if got[i] == i && strings.Count(texts[i], "w") >= 3 {
			t.Errorf("Group: trimmed copy %d (%q) is alone", i, texts[i])
		}
	}
}

func BenchmarkGroup(b *testing.B) {
	texts := randomTexts(60000)
	b.ResetTimer()
	for b.Loop() {
		Group(texts)
	}
}

// TestGroupNumbers checks that texts of one formula with other numbers are
// not one quote, while a copy that keeps the numbers is.
func TestGroupNumbers(t *testing.T) {
	texts := []string{
		"The Federal Reserve entered the market to arrange 1.5 billion dlrs of customer repurchase agreements",
		"The Federal Reserve entered the market to arrange two billion dlrs of customer repurchase agreements",
		"the Federal Reserve entered the market to arrange 1.5 billion dlrs of customer repurchase agreements.",
	}
	g := Group(texts)
	if g[0] != g[2] {
		t.Errorf("Group: the copy with the same numbers is apart (%v)", g)
	}
	if g[0] == g[1] {
		t.Errorf("Group: 1.5 billion and two billion are one quote (%v)", g)
	}
}
