package quotetrail

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/htmldoc"
)

// DefaultMaxDocBytes is the largest document that a zero Reader accepts:
// 16 MiB of text (decompressed), a thousand times a long news story. A
// larger plain-text or HTML file, or a longer JSON Lines record, is skipped:
// past that size an input is a mistake (a database dump, a concatenated
// archive), and extracting it whole would hold it all in memory.
const DefaultMaxDocBytes = 16 << 20

// binarySniffBytes is how much of a JSON Lines input is checked for NUL bytes
// before it is parsed (git looks at the same amount). A plain-text or HTML
// file is checked whole.
const binarySniffBytes = 8000

// The kinds of bad input, wrapped by the Err of an *InputError; test them
// with errors.Is.
var (
	// ErrBinary is a file with NUL bytes: an image, an archive, a
	// database, anything but text.
	ErrBinary = errors.New("binary file")
	// ErrTooLarge is a document over the Reader's MaxDocBytes.
	ErrTooLarge = errors.New("document too large")
	// ErrNoText is a file or a record without text.
	ErrNoText = errors.New("no text")
	// ErrMalformed is a JSON Lines record that is not a JSON object with
	// an id and a text, or a compressed file that does not decompress.
	ErrMalformed = errors.New("malformed input")
)

// InputError is a bad input: a file that cannot be read as articles, or one
// bad record of a JSON Lines file. Its message names the input and the
// position, as in "dev.jsonl:12: invalid JSON: ..." or "x.txt: empty file".
type InputError struct {
	Path string // the input as given, or "stdin"
	Line int    // 1-based line of a JSON Lines record; 0 for a whole file
	Msg  string // lowercase, no final period
	Err  error  // the underlying error, if any (fs.ErrNotExist, ErrBinary, ...)
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

func (e *InputError) Unwrap() error { return e.Err }

// Reader reads documents from plain-text, HTML and JSON Lines files, gzip
// files of them, and directories of all these. A zero Reader stops at the
// first bad input and accepts documents up to DefaultMaxDocBytes; it is safe
// for concurrent use if OnError and OnRepair are.
//
// The name of a file says what it holds; a final ".gz" means that it is
// gzip-compressed and is decompressed as it is read:
//
//   - *.jsonl holds one document per line: an object with a string (or
//     number) "id" and a non-empty "text"; "title", "url", "publisher" and
//     "published" are kept as metadata, other fields are ignored, and blank
//     lines are skipped. Its documents have the Source "FILE:LINE".
//   - *.html and *.htm are web pages: the document is the article's body
//     text (see package htmldoc), its title, URL, publisher and date come
//     from the page's <meta> tags.
//   - any other file is one plain-text document.
//
// The ID and Source of a plain-text or HTML document are its path as given.
// A directory is walked recursively, in lexical order, for files named
// *.txt, *.jsonl, *.html and *.htm, compressed or not.
//
// Invalid UTF-8 never stops reading: each byte of an invalid sequence is
// replaced by U+FFFD (as encoding/json does) and the document is reported to
// OnRepair. A file with NUL bytes is binary and skipped (ErrBinary), and so
// is a document over MaxDocBytes (ErrTooLarge).
type Reader struct {
	// OnError, if not nil, is called with each bad input, an *InputError,
	// and reading goes on with the next record or file; if OnError returns
	// an error, reading stops with that error. A bad record of a JSON Lines
	// file skips that line only; any other error skips its file (the
	// records of a JSON Lines file read before a read error are kept).
	OnError func(err error) error
	// OnRepair, if not nil, is called before the document is passed on,
	// for each document whose input had invalid UTF-8, with the number of
	// bytes replaced by U+FFFD.
	OnRepair func(doc Document, replaced int)
	// MaxDocBytes is the largest document accepted, in bytes: the size of
	// a plain-text or HTML file (decompressed), or of a JSON Lines record.
	// Zero means DefaultMaxDocBytes.
	MaxDocBytes int64
	// BytesRead, if not nil, is increased by the number of bytes read from
	// the input files and from Read's reader as reading goes (compressed
	// bytes for a gzip file, so that it can be compared with file sizes).
	BytesRead *atomic.Int64
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
		return r.readFile(path, fi, fn)
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
		if d.IsDir() || !IsArticleFile(p) {
			return nil
		}
		found = true
		fi, err := d.Info()
		if err != nil {
			return r.bad(fileError(p, err))
		}
		return r.readFile(p, fi, fn)
	})
	if err != nil {
		return err
	}
	if !found && !broken {
		return r.bad(&InputError{Path: path, Msg: "no *.txt, *.jsonl or *.html files in directory", Err: ErrNoText})
	}
	return nil
}

// Read calls fn for each document read from rd, in input order. A gzip
// stream is decompressed first. The input is JSON Lines if its first
// non-blank character is '{', an HTML page if it begins with <!DOCTYPE html>
// or <html>, and otherwise one plain-text document; a plain-text or HTML
// document has the ID and Source name. The name "-" stands for the standard
// input: plain text keeps the ID "-", and messages say "stdin".
func (r *Reader) Read(rd io.Reader, name string, fn func(Document) error) error {
	path := name
	if name == "-" {
		path = "stdin"
	}
	br := bufio.NewReaderSize(r.counting(rd), 64<<10)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return r.bad(&InputError{Path: path, Msg: "not a gzip stream: " + err.Error(), Err: ErrMalformed})
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	kind := sniff(br)
	if kind == jsonLines {
		return r.readJSONLines(br, path, fn)
	}
	data, ierr := r.readDocument(br, path, -1)
	if ierr != nil {
		return r.bad(ierr)
	}
	doc, ierr := r.document(kind, path, data)
	if ierr != nil {
		return r.bad(ierr)
	}
	doc.ID, doc.Source = name, name
	return r.emit(doc, fn)
}

// bad reports a bad input to OnError, or returns it when there is none.
func (r *Reader) bad(err error) error {
	if r.OnError == nil {
		return err
	}
	return r.OnError(err)
}

func (r *Reader) maxDocBytes() int64 {
	if r.MaxDocBytes > 0 {
		return r.MaxDocBytes
	}
	return DefaultMaxDocBytes
}

// inputKind is what a file holds.
type inputKind int

const (
	plainText inputKind = iota
	jsonLines
	htmlPage
)

// kindOf returns what the file at p holds, by its name, and whether it is
// gzip-compressed.
func kindOf(p string) (kind inputKind, gzipped bool) {
	ext := strings.ToLower(filepath.Ext(p))
	if ext == ".gz" {
		gzipped = true
		ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(p, filepath.Ext(p))))
	}
	switch ext {
	case ".jsonl":
		return jsonLines, gzipped
	case ".html", ".htm":
		return htmlPage, gzipped
	}
	return plainText, gzipped
}

// IsArticleFile reports whether a directory walk reads the file at p: its
// name ends in .txt, .jsonl, .html or .htm, or one of these and .gz.
func IsArticleFile(p string) bool {
	name := strings.ToLower(p)
	name = strings.TrimSuffix(name, ".gz")
	switch filepath.Ext(name) {
	case ".txt", ".jsonl", ".html", ".htm":
		return true
	}
	return false
}

func (r *Reader) readFile(path string, fi fs.FileInfo, fn func(Document) error) error {
	kind, gzipped := kindOf(path)
	max := r.maxDocBytes()
	if !gzipped && kind != jsonLines && fi.Mode().IsRegular() && fi.Size() > max {
		return r.bad(tooLarge(path, 0, fi.Size(), max))
	}
	f, err := os.Open(path)
	if err != nil {
		return r.bad(fileError(path, err))
	}
	defer f.Close()
	var rd io.Reader = r.counting(f)
	if gzipped {
		zr, err := gzip.NewReader(bufio.NewReaderSize(rd, 64<<10))
		if err != nil {
			return r.bad(&InputError{Path: path, Msg: "not a gzip file: " + strings.TrimPrefix(err.Error(), "gzip: "), Err: ErrMalformed})
		}
		defer zr.Close()
		rd = zr
	}
	br := bufio.NewReaderSize(rd, 64<<10)
	if kind == jsonLines {
		return r.readJSONLines(br, path, fn)
	}
	size := int64(-1)
	if !gzipped {
		size = fi.Size()
	}
	data, ierr := r.readDocument(br, path, size)
	if ierr != nil {
		return r.bad(ierr)
	}
	doc, ierr := r.document(kind, path, data)
	if ierr != nil {
		return r.bad(ierr)
	}
	return r.emit(doc, fn)
}

// readDocument reads a whole plain-text or HTML document from rd, of size
// bytes if that is known (else -1), and no more than MaxDocBytes.
func (r *Reader) readDocument(rd io.Reader, path string, size int64) ([]byte, *InputError) {
	max := r.maxDocBytes()
	var buf bytes.Buffer
	if size >= 0 && size <= max {
		buf.Grow(int(size) + bytes.MinRead)
	}
	n, err := buf.ReadFrom(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, readError(path, 0, err)
	}
	if n > max {
		return nil, tooLarge(path, 0, -1, max)
	}
	return buf.Bytes(), nil
}

// document makes a Document of the content of a plain-text or HTML file,
// repairing its UTF-8. A leading byte order mark is dropped.
func (r *Reader) document(kind inputKind, path string, data []byte) (Document, *InputError) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Document{}, binary(path, i)
	}
	doc := Document{ID: path, Source: path}
	if kind == htmlPage {
		a := htmldoc.ParseBytes(data)
		doc.Text, doc.Title, doc.URL, doc.Publisher, doc.Published = a.Text, a.Title, a.URL, a.Publisher, a.Published
		doc.Author = a.Author
		if strings.TrimSpace(doc.Text) == "" {
			return Document{}, &InputError{Path: path, Msg: "no article text in the page", Err: ErrNoText}
		}
		return doc, nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Document{}, &InputError{Path: path, Msg: "empty file", Err: ErrNoText}
	}
	doc.Text = string(data)
	return doc, nil
}

// emit repairs the invalid UTF-8 of doc, reports it, and passes doc to fn.
func (r *Reader) emit(doc Document, fn func(Document) error) error {
	n := 0
	for _, s := range []*string{&doc.Text, &doc.Title, &doc.URL, &doc.Publisher, &doc.Published} {
		var k int
		*s, k = RepairUTF8(*s)
		n += k
	}
	if n > 0 && r.OnRepair != nil {
		r.OnRepair(doc, n)
	}
	return fn(doc)
}

// RepairUTF8 returns s with each byte of its invalid UTF-8 sequences replaced
// by U+FFFD, as encoding/json and a Go range loop read them, and the number
// of bytes replaced. It returns s itself when it is valid.
func RepairUTF8(s string) (string, int) {
	if utf8.ValidString(s) {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	n := 0
	for len(s) > 0 {
		i := 0
		for i < len(s) {
			if s[i] < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		b.WriteString(s[:i])
		if i < len(s) {
			b.WriteString("\uFFFD")
			n++
			i++
		}
		s = s[i:]
	}
	return b.String(), n
}

var utf8BOM = []byte("\uFEFF")

// sniff returns what the input of br holds, by its first bytes: JSON Lines if
// its first character that is not white space or a byte order mark is '{',
// HTML if it begins with a doctype or an <html> tag. It does not consume br.
func sniff(br *bufio.Reader) inputKind {
	for n := 64; n <= br.Size(); n *= 2 {
		b, err := br.Peek(n)
		b = bytes.TrimLeft(bytes.TrimPrefix(b, utf8BOM), " \t\r\n")
		if len(b) >= 14 || (err != nil && len(b) > 0) {
			switch {
			case b[0] == '{':
				return jsonLines
			case hasPrefixFold(b, "<!doctype html") || hasPrefixFold(b, "<html"):
				return htmlPage
			}
			return plainText
		}
		if err != nil {
			return plainText
		}
	}
	return plainText
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// counting returns rd, counting its bytes in BytesRead if it is set.
func (r *Reader) counting(rd io.Reader) io.Reader {
	if r.BytesRead == nil {
		return rd
	}
	return &countingReader{rd: rd, n: r.BytesRead}
}

type countingReader struct {
	rd io.Reader
	n  *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.rd.Read(p)
	c.n.Add(int64(n))
	return n, err
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

// readError is an error of reading or decompressing an input, at line (0
// for a whole file).
func readError(path string, line int, err error) *InputError {
	var pe *fs.PathError
	switch {
	case errors.As(err, &pe):
		return &InputError{Path: path, Line: line, Msg: pe.Err.Error(), Err: err}
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader), errors.Is(err, io.ErrUnexpectedEOF):
		return &InputError{Path: path, Line: line, Msg: "broken gzip data: " + strings.TrimPrefix(err.Error(), "gzip: "), Err: errors.Join(ErrMalformed, err)}
	}
	return &InputError{Path: path, Line: line, Msg: err.Error(), Err: err}
}

func binary(path string, offset int) *InputError {
	return &InputError{Path: path, Msg: fmt.Sprintf("binary file (NUL byte at offset %d), skipped", offset), Err: ErrBinary}
}

// tooLarge is a document over the limit max; size is -1 when unknown.
func tooLarge(path string, line int, size, max int64) *InputError {
	what := "file"
	if line > 0 {
		what = "record"
	}
	msg := fmt.Sprintf("%s larger than %s, the limit of a document, skipped", what, byteSize(max))
	if size >= 0 {
		msg = fmt.Sprintf("%s of %s, over the limit of a document (%s), skipped", what, byteSize(size), byteSize(max))
	}
	return &InputError{Path: path, Line: line, Msg: msg, Err: ErrTooLarge}
}

// byteSize formats n bytes for messages: "16 MiB", "20.5 MiB", "512 bytes".
func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<30))) + " GiB"
	case n >= 1<<20:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<20))) + " MiB"
	case n >= 1<<10:
		return trimZero(fmt.Sprintf("%.1f", float64(n)/(1<<10))) + " KiB"
	}
	return fmt.Sprintf("%d bytes", n)
}

func trimZero(s string) string { return strings.TrimSuffix(s, ".0") }
