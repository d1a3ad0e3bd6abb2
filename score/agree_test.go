package score

// Agreement with score.py itself: these tests run the reference scorer with
// python3 on the same inputs and compare its output byte for byte. They skip
// when python3 or the script is absent. The real-data test reads the shared
// evaluation folder and writes its perturbed copies to t.TempDir() only.

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// scorePy is score.py relative to this package's directory.
const scorePy = "../../shared/eval/score.py"

// pythonExe is the Python interpreter itself, not a version manager's shim
// that would start a shell at every run, or "" when there is none.
var pythonExe = sync.OnceValue(func() string {
	if _, err := exec.LookPath("python3"); err != nil {
		return ""
	}
	out, err := exec.Command("python3", "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
})

// needScorePy returns the absolute path of score.py, or skips the test.
func needScorePy(t *testing.T) string {
	t.Helper()
	if pythonExe() == "" {
		t.Skip("no python3")
	}
	p, err := filepath.Abs(scorePy)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no %s", scorePy)
	}
	return p
}

// python runs a Python program with score.py importable as module score
// and returns its standard output.
func python(t *testing.T, script string, args ...string) []byte {
	t.Helper()
	py := needScorePy(t)
	prog := "import sys\nsys.path.insert(0, " + strconv.Quote(filepath.Dir(py)) + ")\nimport score\n" + script
	cmd := exec.Command(pythonExe(), append([]string{"-c", prog}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.Bytes())
	}
	return out
}

// docJSON writes d as a JSON Lines record that score.py reads back as d.
func docJSON(d Doc, withText bool) []byte {
	type quote struct {
		Start        int       `json:"start"`
		End          int       `json:"end"`
		Kind         *string   `json:"kind"`
		Speaker      *string   `json:"speaker"`
		SpeakerStart *int      `json:"speaker_start"`
		SpeakerEnd   *int      `json:"speaker_end"`
		Via          *[]string `json:"via"`
		Optional     bool      `json:"optional,omitempty"`
	}
	type doc struct {
		ID     string  `json:"id"`
		Text   *string `json:"text,omitempty"`
		Quotes []quote `json:"quotes"`
	}
	out := doc{ID: d.ID, Quotes: []quote{}}
	if withText {
		out.Text = &d.Text
	}
	for _, q := range d.Quotes {
		jq := quote{Start: q.Start, End: q.End, Optional: q.Optional}
		if q.Kind != "" {
			jq.Kind = &q.Kind
		}
		if q.Speaker != "" {
			jq.Speaker = &q.Speaker
		}
		if q.HasSpeakerSpan {
			jq.SpeakerStart, jq.SpeakerEnd = &q.SpeakerStart, &q.SpeakerEnd
		}
		if q.HasVia {
			v := q.Via
			if v == nil {
				v = []string{}
			}
			jq.Via = &v
		}
		out.Quotes = append(out.Quotes, jq)
	}
	b, err := json.Marshal(out)
	if err != nil {
		panic(err)
	}
	return b
}

func writeDocs(t *testing.T, path string, docs []Doc, withText func(i int) bool, extra ...string) {
	t.Helper()
	var b bytes.Buffer
	for i, d := range docs {
		b.Write(docJSON(d, withText(i)))
		b.WriteByte('\n')
		if i == 0 {
			b.WriteString("  \n") // a blank line is skipped
		}
	}
	for _, e := range extra {
		b.WriteString(e + "\n")
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// perturb makes predictions from gold: shifted, widened, dropped and added
// spans, changed and untyped kinds, speakers moved, renamed, dropped or made
// pronouns, relays added and removed, documents left out.
func perturb(gold []Doc, seed uint64) []Doc {
	rng := rand.New(rand.NewPCG(seed, 1))
	snap := func(text string, i int) int {
		i = max(0, min(i, len(text)))
		for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
			i--
		}
		return i
	}
	relays := [][]string{{"TASS"}, {"the TASS news agency"}, {"Reuters", "AP"}, {"Associated Press"}, {}, {" "}}
	names := []string{"he", "Haftar", "Mr. Peskov", "the spokesman", "Trump", "Donald J. Trump", "Clinton’s campaign"}
	var pred []Doc
	for _, g := range gold {
		if rng.IntN(10) == 0 {
			continue // the document is missing
		}
		p := Doc{ID: g.ID, Text: g.Text}
		for _, q := range g.Quotes {
			if rng.IntN(7) == 0 {
				continue
			}
			q.Optional = false
			switch rng.IntN(10) {
			case 0, 1, 2:
				q.Start = snap(g.Text, q.Start+rng.IntN(13)-6)
				q.End = max(q.Start, snap(g.Text, q.End+rng.IntN(13)-6))
			case 3:
				q.Start, q.End = snap(g.Text, q.Start-3), snap(g.Text, q.End+3)
			case 4:
				q.End = snap(g.Text, q.Start+(q.End-q.Start)/3)
			}
			switch rng.IntN(10) {
			case 0, 1:
				q.Kind = ""
			case 2:
				q.Kind = kinds[rng.IntN(3)]
			}
			switch rng.IntN(10) {
			case 0, 1:
				q.HasSpeakerSpan = false
			case 2:
				q.HasSpeakerSpan, q.Speaker = false, names[rng.IntN(len(names))]
			case 3:
				q.HasSpeakerSpan, q.Speaker = false, ""
			case 4:
				if q.HasSpeakerSpan {
					q.Speaker = ""
					q.SpeakerStart = snap(g.Text, q.SpeakerStart+rng.IntN(9)-4)
					q.SpeakerEnd = max(q.SpeakerStart, snap(g.Text, q.SpeakerEnd+rng.IntN(9)-4))
				}
			case 5:
				q.Speaker = "  "
			}
			switch rng.IntN(4) {
			case 0:
				q.HasVia, q.Via = true, relays[rng.IntN(len(relays))]
			case 1:
				q.HasVia, q.Via = false, nil
			}
			p.Quotes = append(p.Quotes, q)
		}
		if len(g.Text) > 20 && rng.IntN(3) == 0 {
			s := snap(g.Text, rng.IntN(len(g.Text)-10))
			p.Quotes = append(p.Quotes, Quote{Start: s, End: snap(g.Text, s+rng.IntN(len(g.Text)-s))})
		}
		pred = append(pred, p)
	}
	return pred
}

// agree scores each pair of gold and prediction files with score.py's main
// and with Run, for every kind filter, and compares the JSON and the text
// reports byte for byte. One Python process runs them all.
func agree(t *testing.T, pairs ...[2]string) {
	t.Helper()
	var args [][]string
	var got []string
	for _, p := range pairs {
		for _, kind := range []string{All, Direct, Indirect, Mixed} {
			res, err := Run(p[0], p[1], kind)
			if err != nil {
				t.Fatalf("Run(%q, %q, %s): %v", p[0], p[1], kind, err)
			}
			var js, text bytes.Buffer
			res.WriteJSON(&js)
			res.WriteText(&text)
			args = append(args, []string{p[0], p[1], "--kind", kind, "--json"}, []string{p[0], p[1], "--kind=" + kind})
			got = append(got, js.String(), text.String())
		}
	}
	argsJSON, err := json.Marshal(args)
	if err != nil {
		t.Fatal(err)
	}
	out := python(t, `
import contextlib, io, json
outs = []
for args in json.loads(sys.argv[1]):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
        rc = score.main(args)
    outs.append(buf.getvalue() if rc == 0 else "exit %d" % rc)
sys.stdout.write(json.dumps(outs))
`, string(argsJSON))
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("score.py: %v", err)
	}
	for i := range args {
		if d := firstDiff([]byte(got[i]), []byte(want[i])); d != "" {
			t.Errorf("score.py %s: Go and score.py differ: %s", strings.Join(args[i], " "), d)
		}
	}
}

// firstDiff describes the first line where got and want differ, or is "".
func firstDiff(got, want []byte) string {
	if bytes.Equal(got, want) {
		return ""
	}
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %q\nwant: %q", i+1, gl, wl)
		}
	}
	return "in line endings"
}

// synthetic is a small gold set with multibyte texts, every kind and null,
// optional quotes, speakers by span, by name and by pronoun, and relays.
func synthetic() []Doc {
	var docs []Doc
	add := func(id, text string, quotes ...Quote) {
		docs = append(docs, Doc{ID: id, Text: text, Quotes: quotes})
	}
	at := func(text, sub string) (int, int) {
		i := strings.Index(text, sub)
		if i < 0 {
			panic(sub)
		}
		return i, i + len(sub)
	}
	quote := func(text, sub, kind, speaker, mention string, via ...string) Quote {
		q := Quote{Kind: kind, Speaker: speaker}
		q.Start, q.End = at(text, sub)
		if mention != "" {
			q.HasSpeakerSpan = true
			q.SpeakerStart, q.SpeakerEnd = at(text, mention)
		}
		if via != nil {
			q.HasVia, q.Via = true, via
		}
		return q
	}
	t1 := "Libyan commander Khalifa Haftar met Lavrov. «Our relations are crucial,» the TASS news agency " +
		"quoted Haftar as saying. Kremlin spokesman Dmitry Peskov said contacts take place as part of " +
		"this process. Café owners said “ça va” is fine, and 東京 officials said “好的” too."
	add("a1", t1,
		quote(t1, "Our relations are crucial,", Direct, "Khalifa Haftar", "Haftar", "TASS"),
		quote(t1, "contacts take place as part of this process", Indirect, "", "Kremlin spokesman Dmitry Peskov"),
		quote(t1, "ça va", Direct, "Café owners", "Café owners", []string{}...),
		quote(t1, "“好的”", Mixed, "東京 officials", ""),
	)
	t2 := "“Мы готовы,” he said. She added that the talks — «долгие» — would go on.\n\n" +
		"“And we will win.” The minister, Sergei Lavrov (Russia), told RIA that it was so. 🙂 “Yes.”"
	add("b2", t2,
		quote(t2, "Мы готовы,", Direct, "he", "he"),
		quote(t2, "that the talks — «долгие» — would go on", Mixed, "She", "She"),
		quote(t2, "And we will win.", Direct, "The minister, Sergei Lavrov (Russia)", "The minister, Sergei Lavrov (Russia)", "RIA"),
		quote(t2, "that it was so", Indirect, "The minister, Sergei Lavrov (Russia)", "", "RIA", "Interfax"),
		Quote{Start: strings.Index(t2, "Yes."), End: strings.Index(t2, "Yes.") + 4},
	)
	t3 := "Polls show voters want change, analysts believe. The senator's aides said nothing."
	q3 := quote(t3, "voters want change", Indirect, "Polls", "Polls")
	q3.Optional = true
	q4 := quote(t3, "nothing", Indirect, "The senator's aides", "The senator's aides")
	add("c3", t3, q3, q4, Quote{Start: 0, End: 0, Kind: Indirect})
	add("d4", "No quotes here.")
	t5 := "\u00a0“Short.”\u00a0 ‘Nested “inner” quote,’ said Mr. O’Brien-Smith."
	add("e5", t5,
		quote(t5, "Short.", Direct, "", ""),
		quote(t5, "Nested “inner” quote,", Direct, "Mr. O’Brien-Smith", "O’Brien-Smith"),
		quote(t5, "inner", Direct, "O’Brien-Smith", ""),
	)
	return docs
}

func TestAgreeSynthetic(t *testing.T) {
	needScorePy(t)
	dir := t.TempDir()
	gold := synthetic()
	goldPath := filepath.Join(dir, "gold é.jsonl")
	writeDocs(t, goldPath, gold, func(int) bool { return true })
	// by hand: an exact copy, nothing, and everything untyped
	untyped := make([]Doc, len(gold))
	for i, d := range gold {
		untyped[i] = Doc{ID: d.ID, Text: d.Text}
		for _, q := range d.Quotes {
			q.Kind, q.Optional = "", false
			untyped[i].Quotes = append(untyped[i].Quotes, q)
		}
	}
	cases := map[string][]Doc{"perfect": gold, "none": nil, "untyped": untyped}
	for seed := range uint64(6) {
		cases[fmt.Sprintf("perturbed-%d", seed)] = perturb(gold, seed)
	}
	var pairs [][2]string
	for name, pred := range cases {
		predPath := filepath.Join(dir, name+".jsonl")
		var extra []string
		if strings.HasSuffix(name, "-1") {
			extra = []string{`{"id": "zz-unknown", "quotes": [{"start": 100000, "end": 100001}]}`, `{"id": 42}`}
		}
		writeDocs(t, predPath, pred, func(i int) bool { return i%2 == 0 }, extra...)
		pairs = append(pairs, [2]string{goldPath, predPath})
	}
	agree(t, pairs...)
}

func TestAgreePolNeAR(t *testing.T) {
	needScorePy(t)
	for _, file := range []string{"dev.jsonl", "dev.speech.jsonl"} {
		src := filepath.Join(filepath.Dir(scorePy), "polnear", file)
		f, err := os.Open(src)
		if err != nil {
			t.Logf("skipping %s: %v", file, err)
			continue
		}
		// the first 50 documents
		var head bytes.Buffer
		sc := bufio.NewReader(f)
		for range 50 {
			line, err := sc.ReadBytes('\n')
			head.Write(line)
			if err != nil {
				break
			}
		}
		f.Close()
		gold, err := ReadGold(bytes.NewReader(head.Bytes()), src)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		goldPath := filepath.Join(dir, "gold.jsonl")
		if err := os.WriteFile(goldPath, head.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		predPath := filepath.Join(dir, "pred.jsonl")
		writeDocs(t, predPath, perturb(gold, 7), func(i int) bool { return i%3 == 0 })

		// the same with relays annotated on some gold quotes, so via is scored
		rng := rand.New(rand.NewPCG(3, 3))
		for i := range gold {
			for j := range gold[i].Quotes {
				if q := &gold[i].Quotes[j]; rng.IntN(3) == 0 {
					q.HasVia, q.Via = true, [][]string{{"Reuters"}, {}, {"the Associated Press", "CNN"}}[rng.IntN(3)]
				}
			}
		}
		viaPath := filepath.Join(dir, "gold-via.jsonl")
		writeDocs(t, viaPath, gold, func(int) bool { return true })
		viaPredPath := filepath.Join(dir, "pred-via.jsonl")
		writeDocs(t, viaPredPath, perturb(gold, 8), func(int) bool { return false })
		agree(t, [2]string{goldPath, predPath}, [2]string{viaPath, viaPredPath})
	}
}

// TestAgreeMessages compares the messages of bad input with score.py's.
func TestAgreeMessages(t *testing.T) {
	needScorePy(t)
	dir := t.TempDir()
	goldPath := filepath.Join(dir, "gold.jsonl")
	gold := `{"id": "d1", "text": "Café “x” naïve.", "quotes": []}` + "\n" + `{"id": "d2", "text": "", "quotes": []}` + "\n"
	if err := os.WriteFile(goldPath, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	lines := []string{
		`[1]`, `null`, `"d1"`, `{"quotes": []}`, `{"id": null}`, `{"id": true}`, `{"id": {"a": 1}}`, `{"id": [1]}`,
		`{"id": "d1", "text": 3}`, `{"id": "d1", "text": "Café"}`, `{"id": "d1", "quotes": {}}`, `{"id": "d1", "quotes": "x"}`,
		`{"id": "d1", "quotes": [3]}`, `{"id": "d1", "quotes": [null]}`,
		`{"id": "d1", "quotes": [{"end": 1}]}`, `{"id": "d1", "quotes": [{"start": 1}]}`,
		`{"id": "d1", "quotes": [{"start": 1.0, "end": 1}]}`, `{"id": "d1", "quotes": [{"start": 1e2, "end": 1}]}`,
		`{"id": "d1", "quotes": [{"start": -1.5e-9, "end": 1}]}`, `{"id": "d1", "quotes": [{"start": 1e400, "end": 1}]}`,
		`{"id": "d1", "quotes": [{"start": "1", "end": 1}]}`, `{"id": "d1", "quotes": [{"start": true, "end": 1}]}`,
		`{"id": "d1", "quotes": [{"start": null, "end": 1}]}`, `{"id": "d1", "quotes": [{"start": [1, "a'b"], "end": 1}]}`,
		`{"id": "d1", "quotes": [{"start": {"b": 1, "a": null, "b": 2.50}, "end": 1}]}`,
		`{"id": "d1", "quotes": [{"start": -0, "end": 99}]}`, `{"id": "d1", "quotes": [{"start": -3, "end": 1}]}`,
		`{"id": "d1", "quotes": [{"start": 123456789012345678901234567890, "end": 1}]}`,
		`{"id": "d1", "quotes": [{"start": 6, "end": 5}]}`, `{"id": "d1", "quotes": [{"start": 4, "end": 5}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "kind": "Direct"}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "kind": "dir\u00e9ct\u0007\u00ad\t\"'"}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "kind": 5}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "kind": ["direct"]}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "speaker_start": 0}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "speaker_end": 0, "speaker_start": null}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "speaker_start": 2, "speaker_end": 1}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "speaker_start": 4, "speaker_end": 5}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "speaker_start": 0, "speaker_end": 500}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "speaker_start": 0, "speaker_end": 2.0}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "speaker": 1}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "via": ["a", 1]}]}`,
		`{"id": "d1", "quotes": [{"start": 0, "end": 3, "via": "TASS"}]}`,
		`{"id": "d1", "quotes": []}` + "\n" + `{"id": "d1", "quotes": []}`,
		`{"id": 1.50}` + "\n" + `{"id": 1.5}`, `{"id": 10}` + "\n" + `{"id": "10"}`, `{"id": 1e400}` + "\n" + `{"id": "inf"}`,
		`{"id": "x", "quotes": [{"start": -1, "end": 3}]}`, `{"id": "x", "quotes": [{"start": 5, "end": 3}]}`,
		`{"id": "x", "text": "ab", "quotes": [{"start": 0, "end": 3}]}`,
		`{"id": "x", "quotes": [{"start": 99999999999999999999999, "end": 99999999999999999999998}]}`,
		"{\"id\": \"d1\", \"x\": \"\xff\"}", "{\"id\": \"d1\", \"x\": \"\xc3(\"}", "{\"id\": \"d1\", \"x\": \"\xed\xa0\x80\"}",
		"{\"id\": \"d1\"}\n{\"x\": \"\xe2\x82",
		"{\"id\": \"it's\"}\n{\"id\": \"it's\"}", "{\"id\": \"\u00a0\u2028\"}\n{\"id\": \"\u00a0\u2028\"}",
	}
	var paths []string
	for i, l := range lines {
		p := filepath.Join(dir, fmt.Sprintf("bad%02d.jsonl", i))
		if err := os.WriteFile(p, []byte(l), 0o644); err != nil { // the last line without "\n"
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	out := python(t, `
gold, _ = score.load(sys.argv[1], "gold")
for p in sys.argv[2:]:
    try:
        score.load(p, "pred", gold)
        print("ok")
    except score.InputError as e:
        print(str(e).replace("\n", "\\n"))
`, append([]string{goldPath}, paths...)...)
	want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	g, err := ReadGold(strings.NewReader(gold), goldPath)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ReadPred(f, p, g)
		f.Close()
		got := "ok"
		if err != nil {
			got = strings.ReplaceAll(err.Error(), "\n", "\\n")
		}
		if got != want[i] {
			t.Errorf("ReadPred(%q):\n got: %s\nwant: %s", lines[i], got, want[i])
		}
	}

	// files that cannot be opened
	for _, p := range []string{filepath.Join(dir, "absent.jsonl"), dir} {
		_, err := Run(p, p, All)
		cmd := exec.Command(pythonExe(), needScorePy(t), p, p)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		cmd.Run()
		if want := strings.TrimSpace(stderr.String()); err == nil || "error: "+err.Error() != want {
			t.Errorf("Run(%q): error %v, want %s", p, err, want)
		}
	}
}

// TestAgreeNames compares HeadMatch and the name rule's words with score.py's.
func TestAgreeNames(t *testing.T) {
	names := []string{
		"Khalifa Haftar", "Field Marshal Khalifa Haftar", "Mr. Haftar", "Haftar’s", "HAFTAR'S forces", "haftar",
		"Foreign Minister Sergei Lavrov", "the minister", "Lavrov", "Sergei Lavrov (Russia)", "(Russia) Lavrov",
		"Josh Bivens, director of the Institute", "Bivens", "the Institute", ", Bivens", "he", "He", "his", "who",
		"the ministry", "The Ministry", "the", "", " ", "!!!", "President", "the president", "Former President Obama",
		"ＨＡＦＴＡＲ", "Straße", "STRASSE", "José", "Jose\u0301", "ﬁnance minister", "Ꭰ", "ꭰ", "ᏸ", "İstanbul", "istanbul",
		"Dino Spencer, who now runs the 5th Street Gym", "Spencer", "5th", "the AP", "The Associated Press", "AP",
		"Mr.\u00a0O’Brien", "O'Brien", "Ο Πρόεδρος", "πρόεδρος", "ΌΣΟΣ", "όσος", "Мария Захарова", "Захарова", "मोदी", "म",
		"a\x1cb", "A B", "al-Assad", "Assad", "sheikh's", "Jr.", "Martin Luther King Jr.", "King",
	}
	var args []string
	for _, a := range names {
		for _, b := range names {
			args = append(args, a+"\x00"+b)
		}
	}
	in := strings.Join(args, "\x01")
	tmp := filepath.Join(t.TempDir(), "pairs")
	if err := os.WriteFile(tmp, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	out := python(t, `
import json
pairs = open(sys.argv[1], encoding="utf-8").read().split("\x01")
res = [score.head_match(*p.split("\x00")) for p in pairs]
toks = {n: score.name_tokens(n) for n in set(p.split("\x00")[0] for p in pairs)}
print(json.dumps({"match": res, "tokens": toks}))
`, tmp)
	var want struct {
		Match  []bool
		Tokens map[string][]string
	}
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, p := range args {
		a, b, _ := strings.Cut(p, "\x00")
		if got := HeadMatch(a, b); got != want.Match[i] {
			t.Errorf("HeadMatch(%q, %q) = %v, score.py says %v", a, b, got, want.Match[i])
		}
	}
	for n, w := range want.Tokens {
		if got := nameTokens(n); strings.Join(got, "\x00") != strings.Join(w, "\x00") {
			t.Errorf("nameTokens(%q) = %q, score.py says %q", n, got, w)
		}
	}
}

// TestAgreeCharClasses compares, rune by rune, the character classes and
// mappings of the rules with Python's, for every code point assigned both
// in Python's and in Go's Unicode tables.
func TestAgreeCharClasses(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	out := python(t, `
import re, unicodedata, json
W = re.compile(r"\w")
rows = []
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    if unicodedata.category(c) == "Cn":
        continue
    f, n = c.casefold(), unicodedata.normalize("NFKC", c)
    rows.append("%x %d%d%d%d %s %s" % (cp, bool(W.match(c)), c.isspace(), score._trimmable(c), c.isprintable(),
        "" if f == c else f.encode("utf-8").hex(), "" if n == c else n.encode("utf-8").hex()))
print(unicodedata.unidata_version)
print("\n".join(rows))
`)
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	t.Logf("Python's Unicode %s, Go's %s", lines[0], unicode.Version)
	assignedGo := func(r rune) bool {
		return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z,
			unicode.Cc, unicode.Cf, unicode.Co)
	}
	bit := func(b bool) byte {
		if b {
			return '1'
		}
		return '0'
	}
	bad := 0
	for _, l := range lines[1:] {
		f := strings.Split(l, " ")
		cp, _ := strconv.ParseInt(f[0], 16, 32)
		r := rune(cp)
		if !assignedGo(r) {
			continue
		}
		fold, nfkc := string(r), string(r)
		if f[2] != "" {
			b, _ := hex.DecodeString(f[2])
			fold = string(b)
		}
		if f[3] != "" {
			b, _ := hex.DecodeString(f[3])
			nfkc = string(b)
		}
		got := string([]byte{bit(isWord(r)), bit(isPySpace(r)), bit(trimmable(r)), bit(unicode.IsPrint(r))})
		if got != f[1] || casefold(string(r)) != fold || norm.NFKC.String(string(r)) != nfkc {
			if bad++; bad <= 20 {
				t.Errorf("%U: Go \\w,space,trim,print = %s, casefold %q, NFKC %q; Python %s, %q, %q",
					r, got, casefold(string(r)), norm.NFKC.String(string(r)), f[1], fold, nfkc)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d code points differ", bad)
	}
}
