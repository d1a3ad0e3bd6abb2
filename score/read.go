package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"
)

// InputError is bad input, with score.py's message: "FILE:LINE: message",
// or "FILE: message" for a file that cannot be opened or read.
type InputError struct {
	File string // the file name as given to ReadGold, ReadPred or Run
	Line int    // 1-based line of the bad document, or 0
	Msg  string // score.py's message, such as `quote 0: missing "start"`
	Err  error  // the underlying error, if any (such as fs.ErrNotExist)
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

func (e *InputError) Unwrap() error { return e.Err }

// Run reads the gold and the prediction file at the given paths and scores
// them with the kind filter kind, as "score.py GOLD PRED --kind KIND" does.
// Bad input is an *InputError; the Result names the files as given.
func Run(goldPath, predPath, kind string) (Result, error) {
	if kind != All && !slices.Contains(kinds, kind) {
		return Result{}, fmt.Errorf("kind must be one of direct, indirect, mixed, all, not %q", kind)
	}
	gold, err := readFile(goldPath, func(r io.Reader) ([]Doc, error) { return ReadGold(r, goldPath) })
	if err != nil {
		return Result{}, err
	}
	pred, err := readFile(predPath, func(r io.Reader) ([]Doc, error) { return ReadPred(r, predPath, gold) })
	if err != nil {
		return Result{}, err
	}
	res, err := Score(gold, pred, kind)
	res.GoldFile, res.PredFile = goldPath, predPath
	return res, err
}

func readFile(path string, read func(io.Reader) ([]Doc, error)) ([]Doc, error) {
	f, err := os.Open(path)
	if err == nil {
		var fi os.FileInfo
		if fi, err = f.Stat(); err == nil && fi.IsDir() {
			err = syscall.EISDIR
		}
		if err != nil {
			f.Close()
		}
	}
	if err != nil {
		// score.py prints the C library's strerror: "No such file or
		// directory", where Go's errno text is in lower case.
		msg := err.Error()
		var errno syscall.Errno
		if errors.As(err, &errno) {
			msg = errno.Error()
			if msg != "" {
				msg = strings.ToUpper(msg[:1]) + msg[1:]
			}
		}
		return nil, &InputError{File: path, Msg: "cannot open: " + msg, Err: err}
	}
	defer f.Close()
	return read(f)
}

// ReadGold reads a gold file of JSON Lines. Every document must have an
// "id" and a "text", and every quote in-range offsets on UTF-8 character
// boundaries. The file's name is used in errors, which are *InputError with
// score.py's messages.
func ReadGold(r io.Reader, name string) ([]Doc, error) {
	return read(r, name, nil)
}

// ReadPred reads a prediction file of JSON Lines for the given gold
// documents. A document whose ID is in gold takes the gold text (a "text" it
// carries must be equal to it), and its offsets are checked against it; one
// whose ID is not in gold is read as it is, to be reported by Score. The
// file's name is used in errors, which are *InputError with score.py's
// messages.
func ReadPred(r io.Reader, name string, gold []Doc) ([]Doc, error) {
	byID := make(map[string]*Doc, len(gold))
	for i := range gold {
		byID[gold[i].ID] = &gold[i]
	}
	return read(r, name, byID)
}

// read is score.py's load; gold is nil when reading gold.
func read(r io.Reader, name string, gold map[string]*Doc) ([]Doc, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var docs []Doc
	seen := make(map[string]int) // id -> line
	for lineno := 1; ; lineno++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			d, ok, derr := readLine(line, gold)
			if derr != nil {
				derr.File, derr.Line = name, lineno
				return nil, derr
			}
			if ok {
				if first, dup := seen[d.ID]; dup {
					return nil, &InputError{File: name, Line: lineno,
						Msg: fmt.Sprintf("duplicate id %s (first on line %d)", pyStrRepr(d.ID), first)}
				}
				seen[d.ID] = lineno
				d.Line = lineno
				docs = append(docs, d)
			}
		}
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return nil, &InputError{File: name, Msg: "read error: " + err.Error(), Err: err}
		}
	}
}

// readLine reads one line of a JSON Lines file; ok is false for a blank
// line. Its error has no file or line yet.
func readLine(line []byte, gold map[string]*Doc) (d Doc, ok bool, err *InputError) {
	bad := func(format string, args ...any) (Doc, bool, *InputError) {
		return Doc{}, false, &InputError{Msg: fmt.Sprintf(format, args...)}
	}
	if !utf8.Valid(line) {
		reason, at := utf8Fault(line)
		return bad("not valid UTF-8 (%s at byte %d)", reason, at)
	}
	if isPyBlank(string(line)) {
		return Doc{}, false, nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			off := min(max(int(syn.Offset)-1, 0), len(line))
			return bad("invalid JSON: %s (column %d)", syn.Error(), utf8.RuneCount(line[:off])+1)
		}
		return bad("each line must be a JSON object")
	}
	if obj == nil { // the line is null
		return bad("each line must be a JSON object")
	}
	rawID := obj["id"]
	switch jsonType(rawID) {
	case 'n', 't', '[', '{':
		return bad(`missing or invalid "id"`)
	case '"':
		json.Unmarshal(rawID, &d.ID)
	default:
		d.ID = pyNumberStr(rawID)
	}
	var text string
	hasText := false
	switch jsonType(obj["text"]) {
	case 'n':
	case '"':
		json.Unmarshal(obj["text"], &text)
		hasText = true
	default:
		return bad(`"text" must be a string`)
	}
	if gold == nil {
		if !hasText {
			return bad(`gold document %s has no "text"`, pyStrRepr(d.ID))
		}
	} else if g := gold[d.ID]; g != nil {
		if hasText && text != g.Text {
			return bad(`"text" of %s differs from the gold text (offsets would not be comparable)`, pyStrRepr(d.ID))
		}
		text, hasText = g.Text, true
	}
	d.Text = text
	var qs []json.RawMessage
	switch jsonType(obj["quotes"]) {
	case '[':
		json.Unmarshal(obj["quotes"], &qs)
	case 'n':
		if gold != nil {
			break
		}
		fallthrough
	default:
		return bad(`"quotes" must be a list`)
	}
	d.Quotes = make([]Quote, 0, len(qs))
	for qi, raw := range qs {
		q, msg := parseQuote(raw, text, hasText)
		if msg != "" {
			return bad("quote %d: %s", qi, msg)
		}
		d.Quotes = append(d.Quotes, q)
	}
	return d, true, nil
}

// parseQuote is score.py's _parse_quote; msg is its complaint, or "".
func parseQuote(raw json.RawMessage, text string, hasText bool) (q Quote, msg string) {
	var m map[string]json.RawMessage
	if jsonType(raw) != '{' || json.Unmarshal(raw, &m) != nil {
		return q, "must be a JSON object"
	}
	var lits [2]string
	for i, name := range []string{"start", "end"} {
		v, ok := m[name]
		if !ok {
			return q, fmt.Sprintf("missing %q", name)
		}
		n, lit, msg := checkOffset(name, v, text, hasText)
		if msg != "" {
			return q, msg
		}
		lits[i] = lit
		if i == 0 {
			q.Start = n
		} else {
			q.End = n
		}
	}
	if intGreater(q.Start, q.End, lits[0], lits[1]) {
		return q, fmt.Sprintf("start=%s > end=%s", lits[0], lits[1])
	}
	switch kind := m["kind"]; jsonType(kind) {
	case 'n':
	default:
		var s string
		if jsonType(kind) == '"' {
			json.Unmarshal(kind, &s)
		}
		if !slices.Contains(kinds, s) {
			return q, "kind must be one of direct, indirect, mixed or null, got " + pyRepr(kind)
		}
		q.Kind = s
	}
	ss, se := m["speaker_start"], m["speaker_end"]
	if (jsonType(ss) == 'n') != (jsonType(se) == 'n') {
		return q, "speaker_start and speaker_end must both be set or both null"
	}
	if jsonType(ss) != 'n' {
		var sl, el string
		if q.SpeakerStart, sl, msg = checkOffset("speaker_start", ss, text, hasText); msg != "" {
			return q, msg
		}
		if q.SpeakerEnd, el, msg = checkOffset("speaker_end", se, text, hasText); msg != "" {
			return q, msg
		}
		if intGreater(q.SpeakerStart, q.SpeakerEnd, sl, el) {
			return q, fmt.Sprintf("speaker_start=%s > speaker_end=%s", sl, el)
		}
		q.HasSpeakerSpan = true
	}
	switch sp := m["speaker"]; jsonType(sp) {
	case 'n':
	case '"':
		json.Unmarshal(sp, &q.Speaker)
		if isPyBlank(q.Speaker) {
			q.Speaker = ""
		}
	default:
		return q, "speaker must be a string or null"
	}
	if q.Speaker == "" && q.HasSpeakerSpan && hasText && q.SpeakerEnd > q.SpeakerStart {
		q.Speaker = text[q.SpeakerStart:q.SpeakerEnd]
	}
	if via := m["via"]; jsonType(via) != 'n' {
		var items []json.RawMessage
		if jsonType(via) != '[' || json.Unmarshal(via, &items) != nil {
			return q, "via must be a list of strings or null"
		}
		q.HasVia = true
		q.Via = []string{}
		for _, it := range items {
			switch jsonType(it) {
			case 'n':
			case '"':
				var s string
				json.Unmarshal(it, &s)
				if !isPyBlank(s) {
					q.Via = append(q.Via, s)
				}
			default:
				return q, "via must be a list of strings or null"
			}
		}
	}
	q.Optional = pyTruthy(m["optional"])
	return q, ""
}

// checkOffset is score.py's _check_offset: v must be an integer literal, in
// range of the text when there is one, and not inside a UTF-8 character. lit
// is the offset as Python prints it.
func checkOffset(name string, v json.RawMessage, text string, hasText bool) (n int, lit, msg string) {
	if !isIntLiteral(v) {
		return 0, "", fmt.Sprintf("%s must be an integer byte offset, got %s", name, pyRepr(v))
	}
	lit = pyNumberStr(v)
	n, err := strconv.Atoi(lit)
	if err != nil && !hasText && lit[0] != '-' {
		// Beyond an int, but without a text Python has no bound: keep the
		// literal for the start > end checks (the document's ID is not in
		// gold, so its offsets are never used).
		return math.MaxInt, lit, ""
	}
	size := "?"
	if hasText {
		size = strconv.Itoa(len(text))
	}
	if err != nil || n < 0 || (hasText && n > len(text)) {
		return 0, lit, fmt.Sprintf("%s=%s is out of range (text is %s bytes)", name, lit, size)
	}
	if hasText && n < len(text) && text[n]&0xC0 == 0x80 {
		return 0, lit, fmt.Sprintf("%s=%s falls inside a UTF-8 character "+
			"(offsets must be UTF-8 byte offsets, not character offsets)", name, lit)
	}
	return n, lit, ""
}

// intGreater reports whether a > b for offsets that checkOffset accepted.
// Without a text they are only non-negative, so their literals decide when
// they are beyond an int.
func intGreater(a, b int, alit, blit string) bool {
	if _, err := strconv.Atoi(alit); err == nil {
		if _, err := strconv.Atoi(blit); err == nil {
			return a > b
		}
	}
	x, _ := new(big.Int).SetString(alit, 10)
	y, _ := new(big.Int).SetString(blit, 10)
	return x != nil && y != nil && x.Cmp(y) > 0
}

// jsonType is the type of a JSON value by its first byte: 'n' for null (or
// absent), 't' for a boolean, '"', '[', '{', or '0' for a number.
func jsonType(v json.RawMessage) byte {
	v = bytes.TrimLeft(v, " \t\r\n")
	if len(v) == 0 {
		return 'n'
	}
	switch v[0] {
	case 'n', '"', '[', '{':
		return v[0]
	case 't', 'f':
		return 't'
	}
	return '0'
}

// isIntLiteral reports whether v is a JSON number that Python reads as an
// int: one without fraction or exponent.
func isIntLiteral(v json.RawMessage) bool {
	return jsonType(v) == '0' && !bytes.ContainsAny(v, ".eE")
}

// pyNumberStr is Python's str() of a JSON number.
func pyNumberStr(v json.RawMessage) string {
	lit := string(bytes.TrimSpace(v))
	if isIntLiteral(v) {
		if lit == "-0" {
			return "0"
		}
		return lit
	}
	f, _ := strconv.ParseFloat(lit, 64) // ±Inf beyond the float range, as Python
	return pyFloatRepr(f)
}

// pyTruthy is Python's bool() of a JSON value; absent is null.
func pyTruthy(v json.RawMessage) bool {
	switch jsonType(v) {
	case 'n':
		return false
	case 't':
		return bytes.HasPrefix(bytes.TrimSpace(v), []byte("true"))
	case '"':
		var s string
		json.Unmarshal(v, &s)
		return s != ""
	case '[':
		var a []json.RawMessage
		json.Unmarshal(v, &a)
		return len(a) > 0
	case '{':
		var m map[string]json.RawMessage
		json.Unmarshal(v, &m)
		return len(m) > 0
	}
	f, _ := strconv.ParseFloat(string(bytes.TrimSpace(v)), 64)
	return f != 0
}

// utf8Fault finds the first invalid UTF-8 sequence of b and describes it as
// Python's UTF-8 decoder does.
func utf8Fault(b []byte) (reason string, at int) {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			i += n
			continue
		}
		c := b[i]
		var size int
		lo, hi := byte(0x80), byte(0xbf)
		switch {
		case c >= 0xc2 && c <= 0xdf:
			size = 2
		case c >= 0xe0 && c <= 0xef:
			size = 3
			if c == 0xe0 {
				lo = 0xa0
			} else if c == 0xed {
				hi = 0x9f
			}
		case c >= 0xf0 && c <= 0xf4:
			size = 4
			if c == 0xf0 {
				lo = 0x90
			} else if c == 0xf4 {
				hi = 0x8f
			}
		default:
			return "invalid start byte", i
		}
		for k := 1; k < size; k++ {
			if i+k >= len(b) {
				return "unexpected end of data", i
			}
			if b[i+k] < lo || b[i+k] > hi {
				return "invalid continuation byte", i
			}
			lo, hi = 0x80, 0xbf
		}
		return "invalid continuation byte", i
	}
	return "", -1
}
