package quotetrail

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"
)

// readJSONLines reads one document per line of br, which is named path in
// documents and errors. A line longer than MaxDocBytes is skipped without
// being held in memory whole, and reading goes on with the next one.
func (r *Reader) readJSONLines(br *bufio.Reader, path string, fn func(Document) error) error {
	if head, _ := br.Peek(binarySniffBytes); bytes.IndexByte(head, 0) >= 0 {
		return r.bad(binary(path, bytes.IndexByte(head, 0)))
	}
	max := r.maxDocBytes()
	var buf []byte
	line, records := 0, 0
	for {
		b, tooLong, err := readLine(br, buf[:0], max)
		buf = b
		if err != nil && err != io.EOF {
			// A broken gzip stream or a failing disk: the records read
			// so far are kept, the rest of the file is lost.
			return r.bad(readError(path, line+1, err))
		}
		if err == io.EOF && len(b) == 0 && !tooLong {
			break
		}
		line++
		if line == 1 {
			b = bytes.TrimPrefix(b, utf8BOM)
		}
		switch {
		case tooLong:
			records++
			if err := r.bad(tooLarge(path, line, -1, max)); err != nil {
				return err
			}
		case len(bytes.TrimSpace(b)) > 0:
			records++
			doc, repaired, ierr := jsonDocument(path, line, b)
			if ierr != nil {
				if err := r.bad(ierr); err != nil {
					return err
				}
				break
			}
			if repaired > 0 && r.OnRepair != nil {
				r.OnRepair(doc, repaired)
			}
			if err := fn(doc); err != nil {
				return err
			}
		}
		if err == io.EOF {
			break
		}
	}
	if records == 0 {
		return r.bad(&InputError{Path: path, Msg: "empty file", Err: ErrNoText})
	}
	return nil
}

// readLine reads a line of br into buf and returns it without its end of
// line ("\n" or "\r\n"). A line longer than max bytes is read to its end
// but not kept: readLine returns tooLong and an empty line. The error is
// io.EOF after the last line, which may be returned with it.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(frag)) > max+2 { // room for "\r\n"
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if !tooLong && int64(len(buf)) > max {
			tooLong, buf = true, buf[:0]
		}
		return buf, tooLong, err
	}
}

// jsonRecord is the part of a JSON Lines record that Read keeps.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Title     string          `json:"title"`
	URL       string          `json:"url"`
	Publisher string          `json:"publisher"`
	Published string          `json:"published"`
	Author    string          `json:"author"`
}

// jsonDocument parses line number n of a JSON Lines input. Invalid UTF-8 is
// replaced by U+FFFD first; repaired is the number of bytes replaced.
func jsonDocument(path string, n int, b []byte) (doc Document, repaired int, ierr *InputError) {
	fail := func(format string, args ...any) (Document, int, *InputError) {
		return Document{}, 0, &InputError{Path: path, Line: n, Msg: fmt.Sprintf(format, args...), Err: ErrMalformed}
	}
	if !utf8.Valid(b) {
		// encoding/json would do the same, silently.
		var s string
		s, repaired = RepairUTF8(string(b))
		b = []byte(s)
	}
	var rec jsonRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			// Offset counts the bytes read, the bad one included.
			return fail("invalid JSON: %s (at byte %d of the line)", strings.TrimPrefix(se.Error(), "json: "), max(se.Offset-1, 0))
		case errors.As(err, &te) && te.Field == "":
			return fail("invalid record: a JSON %s, want an object", te.Value)
		case errors.As(err, &te):
			return fail("invalid record: %q is a %s, want a %s", te.Field, te.Value, kindName(te.Type))
		default:
			return fail("invalid JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
		}
	}
	id, ok := recordID(rec.ID)
	if !ok {
		return fail(`record without "id" (want a non-empty string)`)
	}
	if rec.Text == nil {
		return fail(`record without "text"`)
	}
	if strings.TrimSpace(*rec.Text) == "" {
		return Document{}, 0, &InputError{Path: path, Line: n, Msg: `record with an empty "text"`, Err: ErrNoText}
	}
	if strings.IndexByte(*rec.Text, 0) >= 0 {
		return Document{}, 0, &InputError{Path: path, Line: n, Msg: `binary "text" (a NUL character), skipped`, Err: ErrBinary}
	}
	return Document{
		ID:        id,
		Text:      *rec.Text,
		Title:     rec.Title,
		URL:       rec.URL,
		Publisher: rec.Publisher,
		Published: rec.Published,
		Author:    rec.Author,
		Source:    fmt.Sprintf("%s:%d", path, n),
	}, repaired, nil
}

// recordID returns the "id" of a record: a non-empty string, or a number
// written as in the input.
func recordID(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 {
		return "", false
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, strings.TrimSpace(s) != ""
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), true
	}
	return "", false
}

// kindName names a Go type in JSON terms for messages.
func kindName(t reflect.Type) string {
	if t == nil {
		return "value"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Pointer:
		return kindName(t.Elem())
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 { // json.RawMessage takes anything
			return "value"
		}
		return "array"
	default:
		return t.Kind().String()
	}
}
