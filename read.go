package quotetrail

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"unicode/utf8"
)

// MaxLineBytes is the longest line of a JSON Lines input that Read accepts:
// 64 MiB.
const MaxLineBytes = 64 << 20

// binarySniffBytes is how much of a JSON Lines input is checked for NUL bytes
// before it is parsed (git looks at the same amount). A plain-text file is
// checked whole.
const binarySniffBytes = 8000

// InputError is a bad input: a file that cannot be read as articles, or one
// bad record of a JSON Lines file. Its message names the input and the
// position, as in "dev.jsonl:12: invalid JSON: ..." or "x.txt: empty file".
type InputError struct {
	Path string // the input as given, or "stdin"
	Line int    // 1-based line of a JSON Lines record; 0 for a whole file
	Msg  string // lowercase, no final period
	Err  error  // the underlying error, if any (such as fs.ErrNotExist)
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

func (e *InputError) Unwrap() error { return e.Err }

// Reader reads documents from plain-text files, JSON Lines files and
// directories of them. A zero Reader stops at the first bad input; it is safe
// for concurrent use if OnError is.
//
// A plain-text file is one document, whose ID and Source are its path as
// given. A JSON Lines file (name ending in .jsonl) holds one document per
// line: an object with a string (or number) "id" and a non-empty "text";
// "title", "url", "publisher" and "published" are kept as metadata, other
// fields are ignored, and blank lines are skipped. Its documents have the
// Source "FILE:LINE". A directory is walked recursively, in lexical order, for
// files named *.txt and *.jsonl.
type Reader struct {
	// OnError, if not nil, is called with each bad input, an *InputError,
	// and reading goes on with the next record or file; if OnError returns
	// an error, reading stops with that error. A bad record of a JSON Lines
	// file skips that line only; any other error skips its file.
	OnError func(err error) error
}

// ReadPath calls fn for each document of the file or directory path, in
// input order, with a zero Reader: it stops at the first bad input and
// returns it as an *InputError.
func ReadPath(path string, fn func(Document) error) error {
	var r Reader
	return r.ReadPath(path, fn)
}

// ReadPath calls fn for each document of the file or directory path, in
// input order. An error returned by fn stops reading and is returned as is.
func (r *Reader) ReadPath(path string, fn func(Document) error) error {
	fi, err := os.Stat(path)
	if err != nil {
		return r.bad(fileError(path, err))
	}
	if !fi.IsDir() {
		return r.readFile(path, fn)
	}
	found, broken := false, false
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// A directory that cannot be listed is reported and skipped.
			broken = true
			if err := r.bad(fileError(p, err)); err != nil {
				return err
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isArticleFile(p) {
			return nil
		}
		found = true
		return r.readFile(p, fn)
	})
	if err != nil {
		return err
	}
	if !found && !broken {
		return r.bad(&InputError{Path: path, Msg: "no *.txt or *.jsonl files in directory"})
	}
	return nil
}

// Read calls fn for each document read from rd, in input order. The input is
// JSON Lines if its first non-blank character is '{', and otherwise one
// plain-text document whose ID and Source are name. The name "-" stands for
// the standard input: plain text keeps the ID "-", and messages say "stdin".
func (r *Reader) Read(rd io.Reader, name string, fn func(Document) error) error {
	path := name
	if name == "-" {
		path = "stdin"
	}
	br := bufio.NewReaderSize(rd, 64<<10)
	if startsWithBrace(br) {
		return r.readJSONLines(br, path, fn)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return r.bad(&InputError{Path: path, Msg: err.Error(), Err: err})
	}
	doc, ierr := textDocument(path, data)
	if ierr != nil {
		return r.bad(ierr)
	}
	doc.ID, doc.Source = name, name
	return fn(doc)
}

// bad reports a bad input to OnError, or returns it when there is none.
func (r *Reader) bad(err error) error {
	if r.OnError == nil {
		return err
	}
	return r.OnError(err)
}

// isArticleFile reports whether a directory walk reads the file at p.
func isArticleFile(p string) bool {
	ext := filepath.Ext(p)
	return ext == ".txt" || ext == ".jsonl"
}

func (r *Reader) readFile(path string, fn func(Document) error) error {
	if filepath.Ext(path) == ".jsonl" {
		f, err := os.Open(path)
		if err != nil {
			return r.bad(fileError(path, err))
		}
		defer f.Close()
		return r.readJSONLines(bufio.NewReaderSize(f, 64<<10), path, fn)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return r.bad(fileError(path, err))
	}
	doc, ierr := textDocument(path, data)
	if ierr != nil {
		return r.bad(ierr)
	}
	return fn(doc)
}

// fileError turns an error of the file system into an *InputError.
func fileError(path string, err error) *InputError {
	msg := err.Error()
	switch {
	case errors.Is(err, fs.ErrNotExist):
		msg = "no such file"
	case errors.Is(err, fs.ErrPermission):
		msg = "permission denied"
	default:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
	}
	return &InputError{Path: path, Msg: msg, Err: err}
}

// textDocument checks the content of a plain-text file and makes it a
// Document. A leading byte order mark is dropped.
func textDocument(path string, data []byte) (Document, *InputError) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if len(bytes.TrimSpace(data)) == 0 {
		return Document{}, &InputError{Path: path, Msg: "empty file"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Document{}, &InputError{Path: path, Msg: fmt.Sprintf("binary file (NUL byte at offset %d)", i)}
	}
	if i := invalidUTF8(data); i >= 0 {
		return Document{}, &InputError{Path: path, Msg: fmt.Sprintf("invalid UTF-8 at byte %d", i)}
	}
	return Document{ID: path, Source: path, Text: string(data)}, nil
}

var utf8BOM = []byte("\uFEFF")

// invalidUTF8 returns the byte offset of the first invalid UTF-8 sequence of
// b, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// startsWithBrace reports whether the first character of br that is not
// white space or a byte order mark is '{'. It does not consume br.
func startsWithBrace(br *bufio.Reader) bool {
	for n := 1; n <= br.Size(); n *= 2 {
		b, err := br.Peek(n)
		b = bytes.TrimLeft(bytes.TrimPrefix(b, utf8BOM), " \t\r\n")
		if len(b) > 0 {
			return b[0] == '{'
		}
		if err != nil {
			return false
		}
	}
	return false
}

// readJSONLines reads one document per line of br, which is named path in
// documents and errors.
func (r *Reader) readJSONLines(br *bufio.Reader, path string, fn func(Document) error) error {
	if head, _ := br.Peek(binarySniffBytes); bytes.IndexByte(head, 0) >= 0 {
		return r.bad(&InputError{Path: path, Msg: fmt.Sprintf("binary file (NUL byte at offset %d)", bytes.IndexByte(head, 0))})
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineBytes)
	line, records := 0, 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if line == 1 {
			b = bytes.TrimPrefix(b, utf8BOM)
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		records++
		doc, ierr := jsonDocument(path, line, b)
		if ierr != nil {
			if err := r.bad(ierr); err != nil {
				return err
			}
			continue
		}
		if err := fn(doc); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		msg := err.Error()
		if errors.Is(err, bufio.ErrTooLong) {
			msg = fmt.Sprintf("line longer than %d MiB", MaxLineBytes>>20)
		}
		return r.bad(&InputError{Path: path, Line: line + 1, Msg: msg, Err: err})
	}
	if records == 0 {
		return r.bad(&InputError{Path: path, Msg: "empty file"})
	}
	return nil
}

// jsonRecord is the part of a JSON Lines record that Read keeps.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Title     string          `json:"title"`
	URL       string          `json:"url"`
	Publisher string          `json:"publisher"`
	Published string          `json:"published"`
}

// jsonDocument parses line number n of a JSON Lines input.
func jsonDocument(path string, n int, b []byte) (Document, *InputError) {
	fail := func(format string, args ...any) (Document, *InputError) {
		return Document{}, &InputError{Path: path, Line: n, Msg: fmt.Sprintf(format, args...)}
	}
	// encoding/json would silently replace invalid UTF-8 with U+FFFD.
	if i := invalidUTF8(b); i >= 0 {
		return fail("invalid UTF-8 at byte %d of the line", i)
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
		return fail(`record with an empty "text"`)
	}
	return Document{
		ID:        id,
		Text:      *rec.Text,
		Title:     rec.Title,
		URL:       rec.URL,
		Publisher: rec.Publisher,
		Published: rec.Published,
		Source:    fmt.Sprintf("%s:%d", path, n),
	}, nil
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
