package quote

import (
	"strings"
	"testing"
)

// spans returns the texts of the top-level quotes that Find reports.
func texts(qs []Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text)
	}
	return out
}

func TestFindMarks(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"straight", `"We spoke in general," Haftar told reporters.`, []string{"We spoke in general,"}},
		{"curly", `“Our relations are crucial,” the TASS news agency quoted Haftar as saying.`, []string{"Our relations are crucial,"}},
		{"apostrophes inside curly", `“Russia’s role isn’t over,” he said.`, []string{"Russia’s role isn’t over,"}},
		{"british single", `‘We will not back down,’ the minister said of Britain’s plan.`, []string{"We will not back down,"}},
		{"straight single", `'We will not back down,' the minister said.`, []string{"We will not back down,"}},
		{"decade is no quote", `In the '90s, rock 'n' roll was dead, he said.`, nil},
		{"guillemets", `« Nous sommes prêts », a déclaré le ministre.`, []string{"Nous sommes prêts"}},
		{"angle", `‹ Nous sommes prêts › dit-il.`, []string{"Nous sommes prêts"}},
		{"german", `„Wir schaffen das“, sagte Merkel.`, []string{"Wir schaffen das"}},
		{"german single", `‚Wir schaffen das‘, sagte sie.`, []string{"Wir schaffen das"}},
		{"tex", "``It is over,'' he said.", []string{"It is over,"}},
		{"nyt double apostrophe", "''It is over,'' he said.", []string{"It is over,"}},
		{"tweet tag", `He wrote: <tweet tweet-id="12345"><tweet/> and left.`, nil},
		{"colon", `Haftar told reporters: "We explained our position."`, []string{"We explained our position."}},
		{"punctuation outside", `He called it "a disaster", adding that it would end.`, []string{"a disaster"}},
	}
	for _, tt := range tests {
		got := texts(Find(tt.in))
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: Find(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestFindNested(t *testing.T) {
	in := `“He told me ‘never again’ and left,” she said.`
	qs := Find(in)
	if len(qs) != 2 {
		t.Fatalf("Find(%q) = %q, want 2 quotes", in, texts(qs))
	}
	if qs[0].Text != "He told me ‘never again’ and left," || qs[0].Parent != -1 {
		t.Errorf("outer = %q parent %d", qs[0].Text, qs[0].Parent)
	}
	if qs[1].Text != "never again" || qs[1].Parent != 0 {
		t.Errorf("inner = %q parent %d, want \"never again\" nested in 0", qs[1].Text, qs[1].Parent)
	}
}

func TestFindMultiParagraph(t *testing.T) {
	in := "“We hope we will win,” he said. “We are ready.\n\n“We will not stop until it is over.”\n\nLater, he left."
	qs := Find(in)
	got := texts(qs)
	want := []string{"We hope we will win,", "We are ready.", "We will not stop until it is over."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("Find = %q, want %q", got, want)
	}
	if qs[1].Closed {
		t.Errorf("second segment is closed, want open (continues in the next paragraph)")
	}
	if qs[2].Group != qs[1].Group {
		t.Errorf("continuation paragraph has group %d, want %d", qs[2].Group, qs[1].Group)
	}
	if qs[0].Group == qs[1].Group {
		t.Errorf("separate quotes share group %d", qs[0].Group)
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"aligned with the east- ern parliament", "aligned with the eastern parliament"},
		{"a two- year campaign", "a two-year campaign"},
		{"pre- and post-war", "pre- and post-war"},
		{"many\u00a0 spaces\n\nhere", "many spaces here"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Haftar met Gen. Shoigu on Jan. 5 in the U.S. capital. He left.", []string{"Mr. Haftar met Gen. Shoigu on Jan. 5 in the U.S. capital.", "He left."}},
		{"He lives in the U.S. The president said so.", []string{"He lives in the U.S.", "The president said so."}},
		{"“We will win.” He left. J. Smith agreed!", []string{"“We will win.”", "He left.", "J. Smith agreed!"}},
		{"It rose 3.5 pct. Prices fell.", []string{"It rose 3.5 pct.", "Prices fell."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Sentences(tt.in, Span{0, len(tt.in)}) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
