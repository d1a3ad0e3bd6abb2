package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// evalGold is a small annotated set: quotes the tool finds, one it misses
// (a belief, not speech) and one optional.
func evalGold(t *testing.T, dir string) string {
	t.Helper()
	type q struct {
		Start        int      `json:"start"`
		End          int      `json:"end"`
		Text         string   `json:"text"`
		Kind         string   `json:"kind"`
		Speaker      *string  `json:"speaker"`
		SpeakerStart *int     `json:"speaker_start"`
		SpeakerEnd   *int     `json:"speaker_end"`
		Via          []string `json:"via"`
		Optional     bool     `json:"optional,omitempty"`
	}
	mk := func(text, content, kind, speaker string, optional bool) q {
		s := strings.Index(text, content)
		if s < 0 {
			t.Fatalf("%q not in %q", content, text)
		}
		r := q{Start: s, End: s + len(content), Text: content, Kind: kind, Via: []string{}, Optional: optional}
		if speaker != "" {
			ss := strings.Index(text, speaker)
			se := ss + len(speaker)
			r.Speaker, r.SpeakerStart, r.SpeakerEnd = &speaker, &ss, &se
		}
		return r
	}
	t1 := "“We will rebuild the port,” Mayor Ana Lopes told reporters on Monday.\n\nShe said the work would start in May.\n\nMany residents believe the plan is too late."
	t2 := "Prices rose 3 pct, the ministry said.\n\n“It is a temporary rise,” a ministry official said."
	docs := []map[string]any{
		{"id": "a", "text": t1, "quotes": []q{
			mk(t1, "We will rebuild the port,", "direct", "Mayor Ana Lopes", false),
			mk(t1, "the work would start in May", "indirect", "She", false),
			mk(t1, "the plan is too late", "indirect", "Many residents", false),
		}},
		{"id": "b", "text": t2, "quotes": []q{
			mk(t2, "Prices rose 3 pct", "indirect", "the ministry", false),
			mk(t2, "It is a temporary rise,", "direct", "a ministry official", true),
		}},
	}
	var b strings.Builder
	for _, d := range docs {
		line, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return writeFile(t, dir, "gold.jsonl", b.String())
}

func TestEval(t *testing.T) {
	gold := evalGold(t, t.TempDir())
	code, out, errOut := cli(t, "", "eval", "--json", gold)
	if code != 0 {
		t.Fatalf("eval exit %d: %s", code, errOut)
	}
	var res struct {
		Overlap struct {
			TP, FP, FN int
		} `json:"overlap"`
		Speaker struct {
			Accuracy float64 `json:"accuracy"`
		} `json:"speaker"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("eval --json printed %q: %v", out, err)
	}
	// The tool finds the two quotes that are speech and the ministry's
	// statement, not the residents' belief; the optional quote counts
	// neither way.
	if res.Overlap.TP != 3 || res.Overlap.FN != 1 || res.Overlap.FP != 0 {
		t.Errorf("eval overlap tp/fp/fn = %d/%d/%d, want 3/0/1", res.Overlap.TP, res.Overlap.FP, res.Overlap.FN)
	}
	if res.Speaker.Accuracy != 1 {
		t.Errorf("eval speaker accuracy = %v, want 1", res.Speaker.Accuracy)
	}
}

// TestEvalAgreesWithScorePy checks that eval prints what score.py prints on
// the output of extract, for every kind filter.
func TestEvalAgreesWithScorePy(t *testing.T) {
	scorer, err := filepath.Abs("../../../shared/eval/score.py")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(scorer); err != nil {
		t.Skipf("score.py not available: %v", err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available")
	}
	dir := t.TempDir()
	gold := evalGold(t, dir)
	code, pred, errOut := cli(t, "", "extract", gold)
	if code != 0 {
		t.Fatalf("extract exit %d: %s", code, errOut)
	}
	predPath := writeFile(t, dir, "pred.jsonl", pred)
	for _, kind := range []string{"all", "direct", "indirect", "mixed"} {
		want, err := exec.Command(python, scorer, gold, predPath, "--kind", kind, "--json").Output()
		if err != nil {
			t.Fatalf("score.py: %v", err)
		}
		code, got, errOut := cli(t, "", "eval", "--json", "--kind", kind, gold)
		if code != 0 {
			t.Fatalf("eval exit %d: %s", code, errOut)
		}
		var w, g map[string]any
		if err := json.Unmarshal(want, &w); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(got), &g); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"exact", "overlap", "end_to_end", "speaker", "per_kind", "via"} {
			wj, _ := json.Marshal(w[k])
			gj, _ := json.Marshal(g[k])
			if string(wj) != string(gj) {
				t.Errorf("--kind %s: %s = %s, score.py says %s", kind, k, gj, wj)
			}
		}
	}
}

// TestAliasesFlag checks that --aliases merges the spellings a user lists.
func TestAliasesFlag(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "a.txt", "“We are ready,” Jane Doe told reporters.")
	aliases := writeFile(t, dir, "aliases.tsv", "canonical\tvariants\nJane Q. Doe\tJane Doe\n")
	code, out, errOut := cli(t, "", "extract", "--aliases", aliases, in)
	if code != 0 || !strings.Contains(out, `"speaker":"Jane Q. Doe"`) {
		t.Errorf("extract --aliases: exit %d, %s %s; want speaker Jane Q. Doe", code, out, errOut)
	}
	bad := writeFile(t, dir, "bad.tsv", "canonical\tvariants\none column only\n")
	code, _, errOut = cli(t, "", "extract", "--aliases", bad, in)
	if code == 0 || !strings.Contains(errOut, "bad.tsv:2") {
		t.Errorf("extract --aliases with a bad file: exit %d, %q; want an error naming bad.tsv:2", code, errOut)
	}
}
