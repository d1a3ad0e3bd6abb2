package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// WriteText writes the report that score.py prints without --json, line for
// line, ending in a newline.
func (r Result) WriteText(w io.Writer) error {
	var b strings.Builder
	line := func(format string, args ...any) {
		fmt.Fprintf(&b, format, args...)
		b.WriteByte('\n')
	}
	line("gold: %s  (%d documents)", r.GoldFile, r.Documents)
	line("pred: %s  (%d gold documents missing: counted as all missed)", r.PredFile, r.MissingDocuments)
	if ids := r.UnknownPredIDs; len(ids) > 0 {
		shown := strings.Join(ids[:min(len(ids), 10)], ", ")
		if len(ids) > 10 {
			shown += ", ..."
		}
		line("ERROR: %d predicted document(s) have ids not in gold (ignored): %s", len(ids), shown)
	}
	line("kind filter: %s", r.Kind)
	line("")
	line("%34s%7s%7s%7s%7s%7s%7s", "", "P", "R", "F1", "tp", "fp", "fn")
	row := func(label string, p PRF) string {
		return fmt.Sprintf("%-34s%7s%7s%7s%7d%7d%7d", label,
			figure(p.Precision), figure(p.Recall), figure(p.F1), p.TP, p.FP, p.FN)
	}
	line("%s", row("quotes, exact (trimmed span)", r.Exact))
	line("%s", row("quotes, overlap (IoU >= 0.5)", r.Overlap))
	line("%s", row("end-to-end (overlap + speaker)", r.EndToEnd))
	if r.Via == nil {
		line("via: skipped (gold annotates no relaying source)")
	} else {
		line("%s   (%d matched quotes annotate via)", row("via, on matched quotes", *r.Via), r.ViaQuotes)
	}
	line("speaker accuracy on matched quotes: %s (%d/%d matched gold quotes with a speaker)",
		strings.TrimSpace(figure(r.SpeakerAccuracy)), r.SpeakerCorrect, r.SpeakerScored)
	line("")
	line("%-12s%7s%9s%7s%9s%8s   (matched: overlap rule, any predicted kind)",
		"per kind", "gold", "optional", "pred", "matched", "recall")
	for _, k := range r.PerKind {
		line("%-12s%7d%9d%7d%9d%8s", kindKey(k.Kind), k.Gold, k.Optional, k.Pred, k.Matched, figure(k.Recall))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// figure is score.py's _f: a figure with three decimals in six columns, or
// n/a for NaN (Python's None).
func figure(v float64) string {
	if math.IsNaN(v) {
		return "   n/a"
	}
	return fmt.Sprintf("%6.3f", v)
}

// kindKey is the report's name of a kind: "null" for the unknown kind.
func kindKey(k string) string {
	if k == "" {
		return "null"
	}
	return k
}

// WriteJSON writes the report that score.py --json prints, byte for byte:
// Python's json.dumps with indent=1 and ensure_ascii=False, and a final
// newline.
func (r Result) WriteJSON(w io.Writer) error {
	var b bytes.Buffer
	writePyJSON(&b, r.tree(), " ", 0)
	b.WriteByte('\n')
	_, err := w.Write(b.Bytes())
	return err
}

// MarshalJSON encodes the Result with the keys and values of score.py
// --json: null for NaN figures and an absent via score, per_kind as an
// object in report order.
func (r Result) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	writePyJSON(&b, r.tree(), "", 0)
	return b.Bytes(), nil
}

// object is a JSON object with its keys in order.
type object []member

type member struct {
	key string
	val any // string, int, float64 (NaN for null), nil, []string or object
}

// tree is the Result as score.py's result dictionary.
func (r Result) tree() object {
	prfObj := func(p PRF) object {
		return object{{"precision", p.Precision}, {"recall", p.Recall}, {"f1", p.F1},
			{"tp", p.TP}, {"fp", p.FP}, {"fn", p.FN}}
	}
	var via any
	if r.Via != nil {
		via = append(prfObj(*r.Via), member{"quotes_scored", r.ViaQuotes})
	}
	perKind := object{}
	for _, k := range r.PerKind {
		perKind = append(perKind, member{kindKey(k.Kind), object{{"gold", k.Gold},
			{"optional", k.Optional}, {"pred", k.Pred}, {"matched", k.Matched},
			{"recall_overlap", k.Recall}}})
	}
	ids := r.UnknownPredIDs
	if ids == nil {
		ids = []string{}
	}
	return object{
		{"kind", r.Kind},
		{"documents", r.Documents},
		{"documents_missing_in_pred", r.MissingDocuments},
		{"exact", prfObj(r.Exact)},
		{"overlap", prfObj(r.Overlap)},
		{"speaker", object{{"accuracy", r.SpeakerAccuracy}, {"correct", r.SpeakerCorrect},
			{"scored", r.SpeakerScored}}},
		{"end_to_end", prfObj(r.EndToEnd)},
		{"via", via},
		{"per_kind", perKind},
		{"gold_file", r.GoldFile},
		{"pred_file", r.PredFile},
		{"unknown_pred_ids", ids},
	}
}

// writePyJSON writes v as Python's json.dumps(v, indent=indent,
// ensure_ascii=False) does; an empty indent writes compact JSON.
func writePyJSON(b *bytes.Buffer, v any, indent string, level int) {
	open := func(c byte, n int) {
		b.WriteByte(c)
		if n > 0 && indent != "" {
			b.WriteByte('\n')
			b.WriteString(strings.Repeat(indent, level+1))
		}
	}
	sep := func() {
		b.WriteByte(',')
		if indent != "" {
			b.WriteByte('\n')
			b.WriteString(strings.Repeat(indent, level+1))
		}
	}
	close := func(c byte, n int) {
		if n > 0 && indent != "" {
			b.WriteByte('\n')
			b.WriteString(strings.Repeat(indent, level))
		}
		b.WriteByte(c)
	}
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case string:
		writePyJSONString(b, v)
	case int:
		b.WriteString(strconv.Itoa(v))
	case float64:
		if math.IsNaN(v) {
			b.WriteString("null")
		} else {
			b.WriteString(pyFloatRepr(v))
		}
	case []string:
		open('[', len(v))
		for i, s := range v {
			if i > 0 {
				sep()
			}
			writePyJSONString(b, s)
		}
		close(']', len(v))
	case object:
		open('{', len(v))
		for i, m := range v {
			if i > 0 {
				sep()
			}
			writePyJSONString(b, m.key)
			if indent != "" {
				b.WriteString(": ")
			} else {
				b.WriteByte(':')
			}
			writePyJSON(b, m.val, indent, level+1)
		}
		close('}', len(v))
	default:
		panic(fmt.Sprintf("score: cannot write %T as JSON", v))
	}
}

// writePyJSONString writes s as a JSON string the way Python's json module
// does with ensure_ascii=False: only '"', '\\' and control characters are
// escaped.
func writePyJSONString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

// pyFloatRepr is Python's repr of a float: the shortest digits that read
// back as f, in positional notation when the decimal exponent is in
// [-4, 16), else in scientific notation with a signed two-digit exponent.
func pyFloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if f != 0 && (exp < -4 || exp >= 16) {
		return e // Go's 'e' format also has at least two exponent digits
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

// pyStrRepr is Python's repr of a str.
func pyStrRepr(s string) string {
	quote := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteRune(quote)
	for _, r := range s {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f || unicode.IsPrint(r): // Go's IsPrint is Python's isprintable
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteRune(quote)
	return b.String()
}

// pyRepr is Python's repr of the value that json.loads reads from v, for
// score.py's messages ("got 1.5", "got 'quote'", "got None").
func pyRepr(v json.RawMessage) string {
	if len(bytes.TrimSpace(v)) == 0 {
		return "None"
	}
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber()
	var b strings.Builder
	if err := reprValue(&b, dec); err != nil {
		return string(v)
	}
	return b.String()
}

func reprValue(b *strings.Builder, dec *json.Decoder) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	switch t := tok.(type) {
	case nil:
		b.WriteString("None")
	case bool:
		if t {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case string:
		b.WriteString(pyStrRepr(t))
	case json.Number:
		b.WriteString(pyNumberStr(json.RawMessage(t)))
	case json.Delim:
		if t == '[' {
			b.WriteByte('[')
			for i := 0; dec.More(); i++ {
				if i > 0 {
					b.WriteString(", ")
				}
				if err := reprValue(b, dec); err != nil {
					return err
				}
			}
			b.WriteByte(']')
			_, err = dec.Token()
			return err
		}
		// An object: Python's dict keeps a key where it first came and
		// the value that came last.
		var keys []string
		vals := make(map[string]string)
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return err
			}
			k := kt.(string)
			var vb strings.Builder
			if err := reprValue(&vb, dec); err != nil {
				return err
			}
			if _, ok := vals[k]; !ok {
				keys = append(keys, k)
			}
			vals[k] = vb.String()
		}
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(pyStrRepr(k) + ": " + vals[k])
		}
		b.WriteByte('}')
		_, err = dec.Token()
		return err
	}
	return nil
}
