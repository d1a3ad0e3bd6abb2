package quotetrail

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeFile writes content to dir/name, creating directories, and returns
// its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// readAll reads path with r and returns the documents and the error.
func readAll(r *Reader, path string) ([]Document, error) {
	var docs []Document
	err := r.ReadPath(path, func(d Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

func TestReadPathJSONLines(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "dev.jsonl",
		`{"id": "a", "text": "First “text”.", "title": "T", "url": "https://x/a", "publisher": "Reuters", "published": "1987-06-29", "quotes": [{"start": 0}]}`+"\n"+
			"\n"+ // blank lines are skipped but counted
			`{"id": 42, "text": "Second.", "published": null}`+"\r\n")
	docs, err := readAll(&Reader{}, p)
	if err != nil {
		t.Fatalf("ReadPath(%s) error: %v", p, err)
	}
	want := []Document{
		{ID: "a", Text: "First “text”.", Title: "T", URL: "https://x/a", Publisher: "Reuters", Published: "1987-06-29", Source: p + ":1"},
		{ID: "42", Text: "Second.", Source: p + ":3"},
	}
	if !reflect.DeepEqual(docs, want) {
		t.Errorf("ReadPath(%s) =\n%+v\nwant\n%+v", p, docs, want)
	}
}

func TestReadPathText(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", "\uFEFFHeadline\n\nBody.\n")
	docs, err := readAll(&Reader{}, p)
	if err != nil {
		t.Fatalf("ReadPath(%s) error: %v", p, err)
	}
	want := []Document{{ID: p, Source: p, Text: "Headline\n\nBody.\n"}}
	if !reflect.DeepEqual(docs, want) {
		t.Errorf("ReadPath(%s) = %+v, want %+v (byte order mark dropped)", p, docs, want)
	}
}

func TestReadPathDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", "B")
	writeFile(t, dir, "a/z.jsonl", `{"id": "z1", "text": "Z1"}`+"\n"+`{"id": "z2", "text": "Z2"}`)
	writeFile(t, dir, "a/notes.md", "not an article")
	writeFile(t, dir, "a/page.HTML", "<p>Page</p>")
	writeFile(t, dir, "c/d/e.txt", "E")
	writeGzip(t, dir, "c/f.jsonl.gz", `{"id": "f1", "text": "F1"}`)
	writeFile(t, dir, "c/g.tar.gz", "an archive")
	docs, err := readAll(&Reader{}, dir)
	if err != nil {
		t.Fatalf("ReadPath(%s) error: %v", dir, err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, strings.TrimPrefix(d.ID, dir+string(filepath.Separator)))
	}
	want := []string{filepath.Join("a", "page.HTML"), "z1", "z2", "b.txt", filepath.Join("c", "d", "e.txt"), "f1"}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("ReadPath(dir) read %q, want %q (lexical order, *.txt, *.jsonl and *.html, gzipped or not)", ids, want)
	}
}

func TestReadPathErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content string
		want          string // the error, after the path
		kind          error  // what it wraps
	}{
		{"dev.jsonl", "{\"id\": \"a\", \"text\": \"A\"}\n\n{\"id\": \"b\", \"text\": \"B\",}\n", `:3: invalid JSON: invalid character '}' looking for beginning of object key string (at byte 24 of the line)`, ErrMalformed},
		{"noid.jsonl", `{"text": "A"}`, `:1: record without "id" (want a non-empty string)`, ErrMalformed},
		{"notext.jsonl", `{"id": "a"}`, `:1: record without "text"`, ErrMalformed},
		{"blanktext.jsonl", `{"id": "a", "text": "  "}`, `:1: record with an empty "text"`, ErrNoText},
		{"numtext.jsonl", `{"id": "a", "text": 3}`, `:1: invalid record: "text" is a number, want a string`, ErrMalformed},
		{"array.jsonl", `[1]`, `:1: invalid record: a JSON array, want an object`, ErrMalformed},
		{"nul.jsonl", `{"id": "a", "text": "a\u0000b"}`, `:1: binary "text" (a NUL character), skipped`, ErrBinary},
		{"empty.jsonl", "\n\n", `: empty file`, ErrNoText},
		{"x.bin.txt", "abc\x00def", `: binary file (NUL byte at offset 3), skipped`, ErrBinary},
		{"x.bin.jsonl", "{\x00}", `: binary file (NUL byte at offset 1), skipped`, ErrBinary},
		{"x.bin.html", "<p>a\x00</p>", `: binary file (NUL byte at offset 4), skipped`, ErrBinary},
		{"empty.txt", "", `: empty file`, ErrNoText},
		{"blank.txt", " \n\t\n", `: empty file`, ErrNoText},
		{"nav.html", "<html><body><nav><p>Home</p></nav></body></html>", `: no article text in the page`, ErrNoText},
		{"fake.txt.gz", "plain text, not gzip", `: not a gzip file: invalid header`, ErrMalformed},
	}
	for _, tt := range tests {
		p := writeFile(t, dir, tt.name, tt.content)
		_, err := readAll(&Reader{}, p)
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Errorf("ReadPath(%s) error = %v, want an *InputError", tt.name, err)
			continue
		}
		if got, want := err.Error(), p+tt.want; got != want {
			t.Errorf("ReadPath(%s) error =\n%q\nwant\n%q", tt.name, got, want)
		}
		if !errors.Is(err, tt.kind) {
			t.Errorf("ReadPath(%s) error %v is not %v", tt.name, err, tt.kind)
		}
	}
}

func TestReadPathMissing(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nope.txt")
	_, err := readAll(&Reader{}, p)
	if got, want := errString(err), p+": no such file"; got != want {
		t.Errorf("ReadPath(missing) error = %q, want %q", got, want)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadPath(missing) error %v does not wrap fs.ErrNotExist", err)
	}
}

func TestReadPathEmptyDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "README.md", "no articles here")
	_, err := readAll(&Reader{}, dir)
	if got, want := errString(err), dir+": no *.txt, *.jsonl or *.html files in directory"; got != want {
		t.Errorf("ReadPath(empty dir) error = %q, want %q", got, want)
	}
}

// With OnError, a bad record skips its line and a bad file skips the file;
// everything else is read, in order.
func TestReaderOnErrorGoesOn(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.jsonl", `{"id": "a1", "text": "A1"}`+"\n"+`not json`+"\n"+`{"id": "a3", "text": "A3"}`)
	writeFile(t, dir, "b.txt", "")
	writeFile(t, dir, "c.txt", "C")
	var errs []string
	r := &Reader{OnError: func(err error) error {
		errs = append(errs, strings.TrimPrefix(err.Error(), dir+string(filepath.Separator)))
		return nil
	}}
	docs, err := readAll(r, dir)
	if err != nil {
		t.Fatalf("ReadPath(%s) error: %v, want nil (errors go to OnError)", dir, err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, filepath.Base(d.ID))
	}
	if want := []string{"a1", "a3", "c.txt"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("read %q, want %q", ids, want)
	}
	wantErrs := []string{"a.jsonl:2: invalid JSON: invalid character 'o' in literal null (expecting 'u') (at byte 1 of the line)", "b.txt: empty file"}
	if !reflect.DeepEqual(errs, wantErrs) {
		t.Errorf("OnError got\n%q\nwant\n%q", errs, wantErrs)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		in      string
		wantIDs []string
		wantErr string
	}{
		{"Plain {text}.", []string{"-"}, ""},
		{"\n  {\"id\": \"j\", \"text\": \"J\"}\n", []string{"j"}, ""},
		{"{\"id\": \"j\"}\n", nil, `stdin:1: record without "text"`},
		{"", nil, "stdin: empty file"},
	}
	for _, tt := range tests {
		var ids []string
		err := (&Reader{}).Read(strings.NewReader(tt.in), "-", func(d Document) error {
			ids = append(ids, d.ID)
			return nil
		})
		if errString(err) != tt.wantErr || !reflect.DeepEqual(ids, tt.wantIDs) {
			t.Errorf("Read(%q) = %q, %q; want %q, %q", tt.in, ids, errString(err), tt.wantIDs, tt.wantErr)
		}
	}
}

// An error from the callback stops reading and comes back unchanged.
func TestReadPathCallbackError(t *testing.T) {
	p := writeFile(t, t.TempDir(), "a.jsonl", `{"id": "1", "text": "A"}`+"\n"+`{"id": "2", "text": "B"}`)
	stop := errors.New("stop")
	n := 0
	err := ReadPath(p, func(Document) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("ReadPath with a failing callback: %d calls, error %v; want 1 call, error %v", n, err, stop)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func bufioReader(s string, size int) *bufio.Reader {
	return bufio.NewReaderSize(strings.NewReader(s), size)
}
