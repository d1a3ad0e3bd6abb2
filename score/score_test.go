package score

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
)

// The cases of score.py --self-test, as table tests.

const selfText = "Libyan commander Khalifa Haftar met Lavrov. “Our relations are crucial,” " +
	"the TASS news agency quoted Haftar as saying. Kremlin spokesman Dmitry Peskov said " +
	"contacts take place as part of this process. Café owners said “ça va” is fine."

// span returns the byte span of the occ-th (0-based) occurrence of sub in
// selfText.
func span(sub string, occ int) (int, int) {
	i := -1
	for range occ + 1 {
		j := strings.Index(selfText[i+1:], sub)
		if j < 0 {
			panic("no " + sub)
		}
		i += 1 + j
	}
	return i, i + len(sub)
}

type obj = map[string]any

// q is score.py's self-test q(): a quote of selfText as a JSON object; sp is
// the speaker mention (and its occurrence), or "".
func q(sub, kind, speaker, sp string, occ int, via []string) obj {
	s, e := span(sub, 0)
	m := obj{"start": s, "end": e, "text": sub, "kind": kind, "speaker": speaker,
		"speaker_start": nil, "speaker_end": nil, "cue": nil, "via": []string{}}
	if sp != "" {
		m["speaker_start"], m["speaker_end"] = span(sp, occ)
	}
	if via != nil {
		m["via"] = via
	}
	return m
}

func selfGoldQuotes() []obj {
	return []obj{
		q("Our relations are crucial,", "direct", "Khalifa Haftar", "Haftar", 1, []string{"TASS"}),
		q("contacts take place as part of this process", "indirect", "Dmitry Peskov", "Dmitry Peskov", 0, nil),
		q("ça va", "direct", "Café owners", "Café owners", 0, nil),
	}
}

// with returns a copy of m with the given keys set.
func with(m obj, kv ...any) obj {
	c := obj{}
	for k, v := range m {
		c[k] = v
	}
	for i := 0; i < len(kv); i += 2 {
		c[kv[i].(string)] = kv[i+1]
	}
	return c
}

func doc(id, text string, quotes []obj) obj {
	d := obj{"id": id, "quotes": quotes}
	if quotes == nil {
		d["quotes"] = []obj{}
	}
	if text != "" {
		d["text"] = text
	}
	return d
}

func jsonl(t testing.TB, docs []any) string {
	t.Helper()
	var b strings.Builder
	for _, d := range docs {
		if s, ok := d.(string); ok {
			b.WriteString(s + "\n")
			continue
		}
		j, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(j)
		b.WriteByte('\n')
	}
	return b.String()
}

func runLines(t testing.TB, gold, pred []any, kind string) (Result, error) {
	t.Helper()
	g, err := ReadGold(strings.NewReader(jsonl(t, gold)), "gold.jsonl")
	if err != nil {
		t.Fatalf("ReadGold: %v", err)
	}
	p, err := ReadPred(strings.NewReader(jsonl(t, pred)), "bad.jsonl", g)
	if err != nil {
		return Result{}, err
	}
	return Score(g, p, kind)
}

func TestSelfTest(t *testing.T) {
	gq := selfGoldQuotes()
	gold := []any{doc("d1", selfText, gq), doc("d2", "No quotes.", nil)}

	shifted := []obj{gq[0], with(gq[1], "start", gq[1]["start"].(int)+3, "end", gq[1]["end"].(int)+3), gq[2]}
	ws, we := span("“Our relations are crucial,”", 0)
	names := []obj{
		with(gq[0], "speaker_start", nil, "speaker_end", nil, "speaker", "Haftar"),
		with(gq[1], "speaker_start", nil, "speaker_end", nil, "speaker", "Lavrov"),
		with(gq[2], "speaker_start", nil, "speaker_end", nil, "speaker", nil),
	}
	gold2 := []any{doc("d1", selfText, []obj{with(gq[0], "speaker_start", nil, "speaker_end", nil), gq[1], gq[2]})}
	ss, se := span("spokesman Dmitry", 0)
	spanOnly := []obj{gq[0], with(gq[1], "speaker", "spokesman Dmitry", "speaker_start", ss, "speaker_end", se), gq[2]}
	var untyped, typed []obj
	for _, x := range gq {
		untyped = append(untyped, with(x, "kind", nil, "speaker", nil, "speaker_start", nil, "speaker_end", nil, "via", []string{}))
		typed = append(typed, with(x, "kind", "direct"))
	}
	goldOpt := []any{doc("d1", selfText, []obj{gq[0], with(gq[1], "optional", true)})}

	tests := []struct {
		name  string
		gold  []any // nil for the self-test's gold
		pred  []any
		kind  string
		check func(r Result) bool
	}{
		{"perfect: all F1 = 1", nil, gold, All, func(r Result) bool {
			return r.Exact.F1 == 1 && r.Overlap.F1 == 1 && r.SpeakerAccuracy == 1 &&
				r.EndToEnd.F1 == 1 && r.Via != nil && r.Via.F1 == 1
		}},
		{"empty: F1 = 0 and recall = 0", nil, []any{doc("d1", "", nil), doc("d2", "", nil)}, All, func(r Result) bool {
			return r.Overlap.F1 == 0 && r.Exact.Recall == 0 && r.EndToEnd.F1 == 0
		}},
		{"missing documents count as all missed", nil, nil, All, func(r Result) bool {
			return r.Overlap.FN == 3 && r.MissingDocuments == 2
		}},
		{"shifted span: matches under overlap, not exactly", nil, []any{doc("d1", "", shifted)}, All, func(r Result) bool {
			return r.Overlap.TP == 3 && r.Exact.TP == 2 && r.Exact.FN == 1
		}},
		{"quote marks and edge punctuation are trimmed for exact", nil,
			[]any{doc("d1", "", []obj{with(gq[0], "start", ws, "end", we)})}, All, func(r Result) bool {
				return r.Exact.TP == 1
			}},
		{"'Khalifa Haftar' vs 'Haftar' counts; 'Lavrov' vs 'Dmitry Peskov' does not; end-to-end counts only correct speakers",
			gold2, []any{doc("d1", "", names)}, All, func(r Result) bool {
				return r.SpeakerCorrect == 1 && r.SpeakerScored == 3 && r.EndToEnd.TP == 1
			}},
		{"speaker span overlap counts", nil, []any{doc("d1", "", spanOnly)}, All, func(r Result) bool {
			return r.SpeakerAccuracy == 1
		}},
		{"--kind direct: untyped predictions of direct quotes are true positives, the one on an indirect quote is ignored",
			nil, []any{doc("d1", "", untyped)}, Direct, func(r Result) bool {
				return r.Overlap.TP == 2 && r.Overlap.FP == 0 && r.Overlap.FN == 0
			}},
		{"--kind direct: a prediction typed direct on an indirect quote is a false positive",
			nil, []any{doc("d1", "", typed)}, Direct, func(r Result) bool { return r.Overlap.FP == 1 }},
		{"--kind indirect: an indirect quote predicted as direct is missed",
			nil, []any{doc("d1", "", typed)}, Indirect, func(r Result) bool {
				return r.Overlap.FN == 1 && r.Overlap.TP == 0
			}},
		{"optional gold: matched is not a false positive", goldOpt, []any{doc("d1", "", gq[:2])}, All,
			func(r Result) bool { return r.Overlap.F1 == 1 }},
		{"optional gold: unmatched is not missed", goldOpt, []any{doc("d1", "", gq[:1])}, All,
			func(r Result) bool { return r.Overlap.F1 == 1 }},
		{"unknown prediction ids are reported", nil, append(gold[:2:2], doc("zzz", "", nil)), All, func(r Result) bool {
			var b bytes.Buffer
			r.WriteText(&b)
			return len(r.UnknownPredIDs) == 1 && r.UnknownPredIDs[0] == "zzz" && strings.Contains(b.String(), "ERROR:")
		}},
		{"UTF-8 byte offsets after multibyte characters", nil, []any{doc("d1", "", gq[2:])}, All, func(r Result) bool {
			return r.Exact.TP == 1
		}},
	}
	for _, tt := range tests {
		g := tt.gold
		if g == nil {
			g = gold
		}
		r, err := runLines(t, g, tt.pred, tt.kind)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !tt.check(r) {
			var b bytes.Buffer
			r.WriteText(&b)
			t.Errorf("%s: check failed; report:\n%s", tt.name, b.String())
		}
	}
}

func TestSelfTestBadInput(t *testing.T) {
	gold := []any{doc("d1", selfText, selfGoldQuotes()), doc("d2", "No quotes.", nil)}
	cs, _ := span("ça va", 0)
	tests := []struct {
		name string
		pred []any
		want []string // substrings of the error
	}{
		{"invalid JSON names the line", []any{doc("d1", "", nil), `{"id": "d2", "quotes": [}`},
			[]string{"bad.jsonl:2:", "invalid JSON"}},
		{"offset out of range names the line", []any{obj{"id": "d1", "quotes": []obj{{"start": 5, "end": 99999}}}},
			[]string{"bad.jsonl:1:", "out of range"}},
		{"offset inside a UTF-8 character is rejected", []any{obj{"id": "d1", "quotes": []obj{{"start": cs + 1, "end": cs + 4}}}},
			[]string{"inside a UTF-8 character"}},
		{"prediction text differing from gold is rejected", []any{doc("d1", "other", nil)},
			[]string{"differs from the gold text"}},
	}
	for _, tt := range tests {
		_, err := runLines(t, gold, tt.pred, All)
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Errorf("%s: error %v, want an *InputError", tt.name, err)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q, want it to contain %q", tt.name, err, w)
			}
		}
	}
}

func TestHeadMatch(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		// score.py's self-test
		{"Field Marshal Khalifa Haftar", "Mr. Haftar", true},
		{"Foreign Minister Sergei Lavrov", "the minister", false},
		{"Josh Bivens, director of the Institute", "Bivens", true},
		{"Josh Bivens, director of the Institute", "the Institute", false},
		{"he", "He", false},
		{"Khalifa Haftar", "his", false},
		{"the ministry", "The Ministry", true},
		{"Khalifa Haftar", "Haftar’s", true},
		// more of the rule
		{"Khalifa Haftar", "Haftar", true},
		{"Haftar", "Khalifa Haftar", true},
		{"Dmitry Peskov", "Lavrov", false},
		{"Dmitry Peskov (Kremlin)", "Peskov", true},
		{"(Kremlin) Peskov", "Kremlin", false},
		{", Peskov", "Peskov", true},         // nothing before the comma: keep all
		{"the president", "President", true}, // only titles: keep them
		{"THE PRESIDENT", "the  president", true},
		{"Haftar's", "Haftar", true},
		{"ＨＡＦＴＡＲ", "haftar", true},   // NFKC: fullwidth letters
		{"STRASSE", "Straße", true},  // full case folding
		{"José", "Jose\u0301", true}, // NFKC composes
		{"", "", false},
		{"", "Haftar", false},
		{"!!!", "!!!", false}, // no words: Python's all([]) is true
		{"who", "who", false},
		{"the", "the", false}, // no words left after the stopwords
		{"Ꭰ", "ꭰ", true},      // Cherokee folds to the capitals
	}
	for _, tt := range tests {
		if got := HeadMatch(tt.a, tt.b); got != tt.want {
			t.Errorf("HeadMatch(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNameTokens(t *testing.T) {
	tests := []struct {
		name string
		want string
	}{
		{"Haftar's men", "haftar men"},
		{"Haftar'sx", "haftar sx"},
		{"Haftar’S", "haftar"},
		{"Josh Bivens, director (EPI) of the Institute", "josh bivens"},
		{"(EPI), the Institute", "institute"},
		{"Field Marshal Khalifa Haftar", "khalifa haftar"},
		{"the Foreign Minister", "foreign minister"},
		{"naïve_user42 ﬁsh", "naïve_user42 fish"},
		{"Devanagari मोदी", "devanagari म द"}, // vowel signs are marks, not \w
	}
	for _, tt := range tests {
		if got := strings.Join(nameTokens(tt.name), " "); got != tt.want {
			t.Errorf("nameTokens(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestTrimmedSpan(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"“Our relations are crucial,”", "Our relations are crucial"},
		{"  \u00a0`a´\u200b ", "a"},
		{"''", ""},
		{"a", "a"},
		{"«ça va»", "ça va"},
		{"—a-b—", "a-b"},
	}
	for _, tt := range tests {
		s, e := trimmedSpan(tt.text, 0, len(tt.text))
		if got := tt.text[s:e]; got != tt.want {
			t.Errorf("trimmedSpan(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestIoU(t *testing.T) {
	tests := []struct {
		s1, e1, s2, e2 int
		want           float64
	}{
		{0, 10, 0, 10, 1},
		{5, 5, 5, 5, 1},
		{0, 10, 5, 15, 5.0 / 15},
		{0, 10, 10, 20, 0},
		{3, 3, 4, 4, 0},
		{0, 4, 0, 8, 0.5},
	}
	for _, tt := range tests {
		if got := iou(tt.s1, tt.e1, tt.s2, tt.e2); got != tt.want {
			t.Errorf("iou([%d,%d), [%d,%d)) = %v, want %v", tt.s1, tt.e1, tt.s2, tt.e2, got, tt.want)
		}
	}
}

func TestGreedyMatch(t *testing.T) {
	// gold 0 overlaps both predictions, gold 1 only the first; the best
	// pair (gold 1, pred 0) goes first, then gold 0 takes pred 1.
	sc := [][]float64{{0.6, 0.7}, {0.9, 0}}
	got := greedyMatch(2, 2, func(gi, pi int) float64 { return sc[gi][pi] }, 0.5)
	if got[0] != 1 || got[1] != 0 {
		t.Errorf("greedyMatch = %v, want [1 0]", got)
	}
	// ties: earlier gold, then earlier prediction
	got = greedyMatch(2, 2, func(gi, pi int) float64 { return 1 }, 1)
	if got[0] != 0 || got[1] != 1 {
		t.Errorf("greedyMatch ties = %v, want [0 1]", got)
	}
}

func TestPyFloatRepr(t *testing.T) {
	tests := []struct {
		f    float64
		want string
	}{
		{1, "1.0"}, {0, "0.0"}, {math.Copysign(0, -1), "-0.0"}, {2.0 / 3, "0.6666666666666666"},
		{0.0001, "0.0001"}, {0.00001, "1e-05"}, {1.5e-7, "1.5e-07"}, {1e15, "1000000000000000.0"},
		{1e16, "1e+16"}, {1.5e16, "1.5e+16"}, {123.25, "123.25"}, {math.Inf(1), "inf"},
	}
	for _, tt := range tests {
		if got := pyFloatRepr(tt.f); got != tt.want {
			t.Errorf("pyFloatRepr(%v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestPyRepr(t *testing.T) {
	tests := []struct{ json, want string }{
		{`null`, "None"}, {`true`, "True"}, {`"direct"`, "'direct'"}, {`"it's"`, `"it's"`},
		{`"a'b\"c"`, `'a\'b"c'`}, {`"tab\there\u0001\u00a0é\u200b"`, `'tab\there\x01\xa0é\u200b'`},
		{`1.5`, "1.5"}, {`-0`, "0"}, {`1e400`, "inf"}, {`10.0`, "10.0"},
		{`[1, "x", null]`, "[1, 'x', None]"}, {`{"b": 1, "a": [], "b": 2}`, "{'b': 2, 'a': []}"},
	}
	for _, tt := range tests {
		if got := pyRepr(json.RawMessage(tt.json)); got != tt.want {
			t.Errorf("pyRepr(%s) = %s, want %s", tt.json, got, tt.want)
		}
	}
}

func TestUTF8Fault(t *testing.T) {
	tests := []struct {
		in     string
		reason string
		at     int
	}{
		{"ab\x80c", "invalid start byte", 2},
		{"a\xc3(", "invalid continuation byte", 1},
		{"a\xe0\x80\x80", "invalid continuation byte", 1}, // overlong
		{"a\xed\xa0\x80", "invalid continuation byte", 1}, // surrogate
		{"é\xf4\x90\x80\x80", "invalid continuation byte", 2},
		{"ab\xe2\x82", "unexpected end of data", 2},
		{"\xf5", "invalid start byte", 0},
	}
	for _, tt := range tests {
		reason, at := utf8Fault([]byte(tt.in))
		if reason != tt.reason || at != tt.at {
			t.Errorf("utf8Fault(%q) = %q, %d, want %q, %d", tt.in, reason, at, tt.reason, tt.at)
		}
	}
}

func TestReadMessages(t *testing.T) {
	gold := jsonl(t, []any{doc("d1", "Café “x”.", nil), doc("d2", "No quotes.", nil)})
	g, err := ReadGold(strings.NewReader(gold), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ line, want string }{
		{`[1]`, "p.jsonl:1: each line must be a JSON object"},
		{`null`, "p.jsonl:1: each line must be a JSON object"},
		{`{"quotes": []}`, `p.jsonl:1: missing or invalid "id"`},
		{`{"id": true}`, `p.jsonl:1: missing or invalid "id"`},
		{`{"id": "d1", "text": 3}`, `p.jsonl:1: "text" must be a string`},
		{`{"id": "d1", "quotes": {}}`, `p.jsonl:1: "quotes" must be a list`},
		{`{"id": "d1", "quotes": [3]}`, `p.jsonl:1: quote 0: must be a JSON object`},
		{`{"id": "d1", "quotes": [{"end": 1}]}`, `p.jsonl:1: quote 0: missing "start"`},
		{`{"id": "d1", "quotes": [{"start": 1.0, "end": 1}]}`, `p.jsonl:1: quote 0: start must be an integer byte offset, got 1.0`},
		{`{"id": "d1", "quotes": [{"start": null, "end": 1}]}`, `p.jsonl:1: quote 0: start must be an integer byte offset, got None`},
		{`{"id": "d1", "quotes": [{"start": -0, "end": 99}]}`, `p.jsonl:1: quote 0: end=99 is out of range (text is 14 bytes)`},
		{`{"id": "d1", "quotes": [{"start": 6, "end": 5}]}`, `p.jsonl:1: quote 0: start=6 > end=5`},
		{`{"id": "d1", "quotes": [{"start": 0, "end": 3, "kind": "Direct"}]}`,
			`p.jsonl:1: quote 0: kind must be one of direct, indirect, mixed or null, got 'Direct'`},
		{`{"id": "d1", "quotes": [{"start": 0, "end": 3, "speaker_start": 0}]}`,
			`p.jsonl:1: quote 0: speaker_start and speaker_end must both be set or both null`},
		{`{"id": "d1", "quotes": [{"start": 0, "end": 3, "speaker_start": 2, "speaker_end": 1}]}`,
			`p.jsonl:1: quote 0: speaker_start=2 > speaker_end=1`},
		{`{"id": "d1", "quotes": [{"start": 0, "end": 3, "speaker_start": 4, "speaker_end": 5}]}`,
			`p.jsonl:1: quote 0: speaker_start=4 falls inside a UTF-8 character (offsets must be UTF-8 byte offsets, not character offsets)`},
		{`{"id": "d1", "quotes": [{"start": 0, "end": 3, "speaker": 1}]}`, `p.jsonl:1: quote 0: speaker must be a string or null`},
		{`{"id": "d1", "quotes": [{"start": 0, "end": 3, "via": ["a", 1]}]}`, `p.jsonl:1: quote 0: via must be a list of strings or null`},
		{`{"id": "x", "quotes": [{"start": -1, "end": 3}]}`, `p.jsonl:1: quote 0: start=-1 is out of range (text is ? bytes)`},
		{"{\"id\": \"d1\", \"x\": \"\xff\"}", `p.jsonl:1: not valid UTF-8 (invalid start byte at byte 19)`},
		{`{"id": 1.50}` + "\n" + `{"id": 1.5}`, `p.jsonl:2: duplicate id '1.5' (first on line 1)`},
	}
	for _, tt := range tests {
		_, err := ReadPred(strings.NewReader(tt.line+"\n"), "p.jsonl", g)
		if err == nil || err.Error() != tt.want {
			t.Errorf("ReadPred(%s): error %v, want %s", tt.line, err, tt.want)
		}
	}
	if _, err := ReadGold(strings.NewReader(`{"id": "a", "quotes": []}`), "g.jsonl"); err == nil ||
		err.Error() != `g.jsonl:1: gold document 'a' has no "text"` {
		t.Errorf("ReadGold without text: error %v", err)
	}
}

func TestReadFields(t *testing.T) {
	text := "Ann said “hi” to Bob."
	line := jsonl(t, []any{
		"",
		" \x1c ",
		obj{"id": 7, "text": text, "optional": 1, "quotes": []obj{
			{"start": 12, "end": 14, "kind": "direct", "speaker": "  ", "speaker_start": 0, "speaker_end": 3,
				"via": []any{"", nil, " x ", "\t"}, "optional": []int{0}},
			{"start": 12, "end": 14, "kind": nil, "speaker": nil, "optional": 0.0},
		}},
	})
	docs, err := ReadGold(strings.NewReader(line), "g.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].ID != "7" || docs[0].Line != 3 || len(docs[0].Quotes) != 2 {
		t.Fatalf("ReadGold = %+v", docs)
	}
	q0, q1 := docs[0].Quotes[0], docs[0].Quotes[1]
	if q0.Speaker != "Ann" || !q0.HasSpeakerSpan || !q0.HasVia || len(q0.Via) != 1 || q0.Via[0] != " x " || !q0.Optional || q0.Kind != Direct {
		t.Errorf("quote 0 = %+v", q0)
	}
	if q1.Speaker != "" || q1.HasSpeakerSpan || q1.HasVia || q1.Optional || q1.Kind != "" {
		t.Errorf("quote 1 = %+v", q1)
	}
}

func TestScoreErrors(t *testing.T) {
	gold := []Doc{{ID: "a", Text: "abc", Quotes: []Quote{{Start: 0, End: 4}}}}
	if _, err := Score(gold, nil, All); err == nil {
		t.Error("Score with a span beyond the text: no error")
	}
	if _, err := Score(nil, nil, "quotes"); err == nil {
		t.Error("Score with kind \"quotes\": no error")
	}
	if _, err := Score([]Doc{{ID: "a"}, {ID: "a"}}, nil, All); err == nil {
		t.Error("Score with duplicate ids: no error")
	}
}

// TestScoreBuiltDocs checks that documents built in Go score as the same
// JSON read from a file: a blank speaker name falls back to its span, and
// blank via names are dropped.
func TestScoreBuiltDocs(t *testing.T) {
	text := "Ann said “hi” to Bob."
	gold := []Doc{{ID: "a", Text: text, Quotes: []Quote{{Start: 12, End: 14, Kind: Direct,
		HasSpeakerSpan: true, SpeakerStart: 0, SpeakerEnd: 3, HasVia: true, Via: []string{" "}}}}}
	pred := []Doc{{ID: "a", Quotes: []Quote{{Start: 12, End: 14, Speaker: "Ann"}}}}
	r, err := Score(gold, pred, All)
	if err != nil {
		t.Fatal(err)
	}
	if r.EndToEnd.TP != 1 || r.Via != nil {
		t.Errorf("Score = %+v, want one end-to-end match and via skipped", r)
	}
}

func TestMarshalJSON(t *testing.T) {
	r, err := runLines(t, []any{doc("d1", selfText, selfGoldQuotes())}, []any{doc("d1", "", selfGoldQuotes()[:1])}, Direct)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("MarshalJSON wrote %s: %v", b, err)
	}
	for _, k := range []string{"kind", "documents", "documents_missing_in_pred", "exact", "overlap",
		"speaker", "end_to_end", "via", "per_kind", "gold_file", "pred_file", "unknown_pred_ids"} {
		if _, ok := m[k]; !ok {
			t.Errorf("MarshalJSON: no key %q in %s", k, b)
		}
	}
	if got := m["overlap"].(map[string]any)["recall"]; got != 0.5 {
		t.Errorf("overlap recall = %v, want 0.5", got)
	}
}

func ExampleScore() {
	gold, err := ReadGold(strings.NewReader(
		`{"id": "a", "text": "“We spoke in general,” Peskov said. Ushakov said talks went well.", "quotes": [`+
			`{"start": 3, "end": 23, "kind": "direct", "speaker": "Peskov", "speaker_start": 27, "speaker_end": 33},`+
			`{"start": 53, "end": 68, "kind": "indirect", "speaker": "Ushakov", "speaker_start": 40, "speaker_end": 47}]}`),
		"gold.jsonl")
	if err != nil {
		fmt.Println(err)
		return
	}
	pred, err := ReadPred(strings.NewReader(
		`{"id": "a", "quotes": [{"start": 0, "end": 26, "kind": "direct", "speaker": "Dmitry Peskov"}]}`),
		"pred.jsonl", gold)
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := Score(gold, pred, All)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("exact %d/%d, overlap %d/%d, end to end %d/%d, speaker %.0f%%\n",
		res.Exact.TP, res.Exact.TP+res.Exact.FN, res.Overlap.TP, res.Overlap.TP+res.Overlap.FN,
		res.EndToEnd.TP, res.EndToEnd.TP+res.EndToEnd.FN, 100*res.SpeakerAccuracy)
	// Output:
	// exact 1/2, overlap 1/2, end to end 1/2, speaker 100%
}
