package quotetrail

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"
)

// This file tests the inputs of issue 6: HTML, gzip, invalid UTF-8 and
// documents over the size limit.

// gzipped returns content compressed with gzip.
func gzipped(t *testing.T, content string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(content)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// writeGzip writes content, compressed, to dir/name and returns its path.
func writeGzip(t *testing.T, dir, name, content string) string {
	t.Helper()
	return writeFile(t, dir, name, string(gzipped(t, content)))
}

const articlePage = `<!DOCTYPE html><html><head>
<title>Talks | Paper</title>
<meta property="og:title" content="Talks in Moscow">
<meta property="og:site_name" content="The Paper">
<meta property="og:url" content="https://paper.example/talks">
<meta property="article:published_time" content="2020-01-13">
</head><body><nav><p>Home</p></nav>
<article><p>“We will win,” the minister said.</p><p>Talks went on.</p></article>
<footer><p>Contact</p></footer></body></html>`

func TestReadPathHTML(t *testing.T) {
	dir := t.TempDir()
	want := Document{
		Text:      "“We will win,” the minister said.\n\nTalks went on.",
		Title:     "Talks in Moscow",
		URL:       "https://paper.example/talks",
		Publisher: "The Paper",
		Published: "2020-01-13",
	}
	for _, p := range []string{
		writeFile(t, dir, "talks.html", articlePage),
		writeFile(t, dir, "talks.htm", articlePage),
		writeGzip(t, dir, "talks.html.gz", articlePage),
	} {
		docs, err := readAll(&Reader{}, p)
		w := want
		w.ID, w.Source = p, p
		if err != nil || !reflect.DeepEqual(docs, []Document{w}) {
			t.Errorf("ReadPath(%s) = %+v, %v\nwant %+v", filepath.Base(p), docs, err, w)
		}
	}
}

func TestReadPathGzip(t *testing.T) {
	dir := t.TempDir()
	jl := writeGzip(t, dir, "dev.jsonl.gz", `{"id": "a", "text": "A"}`+"\n"+`{"id": "b", "text": "B"}`+"\n")
	txt := writeGzip(t, dir, "story.txt.gz", "A story.")
	bare := writeGzip(t, dir, "story.gz", "Another story.")
	// Two gzip members, as `cat a.gz b.gz` makes: one stream.
	multi := writeFile(t, dir, "multi.jsonl.gz", string(gzipped(t, `{"id": "m1", "text": "M1"}`+"\n"))+string(gzipped(t, `{"id": "m2", "text": "M2"}`+"\n")))
	tests := []struct {
		path string
		want []Document
	}{
		{jl, []Document{{ID: "a", Text: "A", Source: jl + ":1"}, {ID: "b", Text: "B", Source: jl + ":2"}}},
		{txt, []Document{{ID: txt, Text: "A story.", Source: txt}}},
		{bare, []Document{{ID: bare, Text: "Another story.", Source: bare}}},
		{multi, []Document{{ID: "m1", Text: "M1", Source: multi + ":1"}, {ID: "m2", Text: "M2", Source: multi + ":2"}}},
	}
	for _, tt := range tests {
		docs, err := readAll(&Reader{}, tt.path)
		if err != nil || !reflect.DeepEqual(docs, tt.want) {
			t.Errorf("ReadPath(%s) = %+v, %v; want %+v", filepath.Base(tt.path), docs, err, tt.want)
		}
	}
}

// A gzip file cut short keeps the records read before the break, and says
// where it broke.
func TestReadPathBrokenGzip(t *testing.T) {
	var lines strings.Builder
	for i := range 2000 {
		lines.WriteString(`{"id": "` + strings.Repeat("x", 1+i%7) + `", "text": "Some text of a record."}` + "\n")
	}
	z := gzipped(t, lines.String())
	p := writeFile(t, t.TempDir(), "cut.jsonl.gz", string(z[:len(z)-20]))
	var errs []error
	r := &Reader{OnError: func(err error) error { errs = append(errs, err); return nil }}
	docs, err := readAll(r, p)
	if err != nil || len(errs) != 1 || !errors.Is(errs[0], ErrMalformed) || !strings.Contains(errs[0].Error(), "broken gzip data") {
		t.Fatalf("ReadPath(cut gzip) errors %v, %v; want one ErrMalformed, broken gzip data", errs, err)
	}
	var ie *InputError
	if errors.As(errs[0], &ie); ie.Line != len(docs)+1 || len(docs) < 1000 {
		t.Errorf("ReadPath(cut gzip) read %d records and failed at line %d; want most records and the line after them", len(docs), ie.Line)
	}
}

// Invalid UTF-8 is replaced by U+FFFD, byte by byte, and reported to
// OnRepair; the document is read all the same.
func TestReadRepairsUTF8(t *testing.T) {
	dir := t.TempDir()
	txt := writeFile(t, dir, "x.txt", "caf\xe9 \xe2\x28\xa1 ok")
	jl := writeFile(t, dir, "x.jsonl", "{\"id\": \"a\", \"title\": \"T\xff\", \"text\": \"caf\xe9\"}\n{\"id\": \"b\", \"text\": \"fine\"}\n")
	html := writeFile(t, dir, "x.html", "<title>Caf\xe9</title><p>caf\xe9</p>")
	tests := []struct {
		path     string
		want     []Document
		repaired map[string]int // by document ID
	}{
		{txt, []Document{{ID: txt, Source: txt, Text: "caf\uFFFD \uFFFD(\uFFFD ok"}}, map[string]int{txt: 3}},
		{jl, []Document{{ID: "a", Title: "T\uFFFD", Text: "caf\uFFFD", Source: jl + ":1"}, {ID: "b", Text: "fine", Source: jl + ":2"}}, map[string]int{"a": 2}},
		{html, []Document{{ID: html, Source: html, Title: "Caf\uFFFD", Text: "caf\uFFFD"}}, map[string]int{html: 2}},
	}
	for _, tt := range tests {
		repaired := make(map[string]int)
		r := &Reader{OnRepair: func(d Document, n int) { repaired[d.ID] += n }}
		docs, err := readAll(r, tt.path)
		if err != nil || !reflect.DeepEqual(docs, tt.want) || !reflect.DeepEqual(repaired, tt.repaired) {
			t.Errorf("ReadPath(%s) = %+v, %v, repaired %v\nwant %+v, nil, repaired %v", filepath.Base(tt.path), docs, err, repaired, tt.want, tt.repaired)
		}
	}
}

func TestRepairUTF8(t *testing.T) {
	tests := []struct {
		in, want string
		n        int
	}{
		{"", "", 0},
		{"héllo “x”", "héllo “x”", 0},
		{"\xff", "\uFFFD", 1},
		{"a\xe2\x80", "a\uFFFD\uFFFD", 2},         // a truncated sequence: each byte
		{"\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD", 3}, // a surrogate
		{"x\xc0\xafy", "x\uFFFD\uFFFDy", 2},       // an overlong encoding
	}
	for _, tt := range tests {
		got, n := RepairUTF8(tt.in)
		// A Go range loop reads invalid bytes the same way.
		var ranged strings.Builder
		for _, r := range tt.in {
			ranged.WriteRune(r)
		}
		if got != tt.want || n != tt.n || got != ranged.String() {
			t.Errorf("RepairUTF8(%q) = %q, %d; want %q, %d", tt.in, got, n, tt.want, tt.n)
		}
	}
}

// Documents over MaxDocBytes are skipped, named, and the reading goes on;
// a long JSON Lines record is skipped without stopping its file.
func TestReadTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("word ", 300) // 1500 bytes
	txt := writeFile(t, dir, "big.txt", big)
	gz := writeGzip(t, dir, "big.txt.gz", big)
	html := writeFile(t, dir, "big.html", "<p>"+big+"</p>")
	jl := writeFile(t, dir, "big.jsonl", `{"id": "small", "text": "S"}`+"\n"+`{"id": "big", "text": "`+big+`"}`+"\r\n"+`{"id": "after", "text": "A"}`+"\n")
	small := writeFile(t, dir, "small.txt", "Small.")
	var errs []string
	var ids []string
	r := &Reader{MaxDocBytes: 1 << 10, OnError: func(err error) error {
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("error %v is not ErrTooLarge", err)
		}
		errs = append(errs, strings.TrimPrefix(err.Error(), dir+string(filepath.Separator)))
		return nil
	}}
	for _, p := range []string{txt, gz, html, jl, small} {
		docs, err := readAll(r, p)
		if err != nil {
			t.Fatalf("ReadPath(%s) error %v", p, err)
		}
		for _, d := range docs {
			ids = append(ids, filepath.Base(d.ID))
		}
	}
	wantErrs := []string{
		"big.txt: file of 1.5 KiB, over the limit of a document (1 KiB), skipped",
		"big.txt.gz: file larger than 1 KiB, the limit of a document, skipped",
		"big.html: file of 1.5 KiB, over the limit of a document (1 KiB), skipped",
		"big.jsonl:2: record larger than 1 KiB, the limit of a document, skipped",
	}
	if !reflect.DeepEqual(errs, wantErrs) {
		t.Errorf("errors =\n%q\nwant\n%q", errs, wantErrs)
	}
	if want := []string{"small", "after", "small.txt"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("read %q, want %q", ids, want)
	}
}

func TestReadLine(t *testing.T) {
	// A bufio.Reader of 16 bytes, so that lines span several buffers.
	in := "short\r\n" + strings.Repeat("x", 40) + "\n" + strings.Repeat("y", 20) + "\nlast"
	br := bufioReader(in, 16)
	var got []string
	for {
		line, tooLong, err := readLine(br, nil, 30)
		if tooLong {
			got = append(got, "(too long)")
		} else if len(line) > 0 || err == nil {
			got = append(got, string(line))
		}
		if err != nil {
			break
		}
	}
	want := []string{"short", "(too long)", strings.Repeat("y", 20), "last"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readLine read %q, want %q", got, want)
	}
}

func TestReadStdinKinds(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want []Document
	}{
		{"gzip text", gzipped(t, "Plain."), []Document{{ID: "-", Source: "-", Text: "Plain."}}},
		{"gzip JSON Lines", gzipped(t, `{"id": "j", "text": "J"}`), []Document{{ID: "j", Text: "J", Source: "stdin:1"}}},
		{"HTML", []byte("\n<!doctype html><title>T</title><p>Body.</p>"), []Document{{ID: "-", Source: "-", Title: "T", Text: "Body."}}},
		{"HTML tag", []byte("<HTML><p>Body.</p></HTML>"), []Document{{ID: "-", Source: "-", Text: "Body."}}},
		{"text with a tag", []byte("<b>Bold</b> text."), []Document{{ID: "-", Source: "-", Text: "<b>Bold</b> text."}}},
	}
	for _, tt := range tests {
		var docs []Document
		err := (&Reader{}).Read(bytes.NewReader(tt.in), "-", func(d Document) error {
			docs = append(docs, d)
			return nil
		})
		if err != nil || !reflect.DeepEqual(docs, tt.want) {
			t.Errorf("%s: Read = %+v, %v; want %+v", tt.name, docs, err, tt.want)
		}
	}
}

// BytesRead counts the bytes of the files, compressed, as they are read.
func TestReadBytesRead(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.jsonl", `{"id": "a", "text": "A"}`+"\n")
	writeFile(t, dir, "b.txt", "Some text.")
	writeGzip(t, dir, "c.txt.gz", strings.Repeat("Compressible text. ", 1000))
	var total int64
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fi, _ := e.Info()
		total += fi.Size()
	}
	var n atomic.Int64
	if _, err := readAll(&Reader{BytesRead: &n}, dir); err != nil {
		t.Fatal(err)
	}
	if n.Load() != total {
		t.Errorf("BytesRead = %d, want %d (the sum of the file sizes)", n.Load(), total)
	}
}

func FuzzRepairUTF8(f *testing.F) {
	for _, s := range []string{"", "ok", "caf\xe9", "a\xe2\x80", "\xed\xa0\x80", "x\xc0\xafy", "“\xff”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, n := RepairUTF8(s)
		var ranged strings.Builder
		for _, r := range s {
			ranged.WriteRune(r)
		}
		if got != ranged.String() {
			t.Errorf("RepairUTF8(%q) = %q, want %q (as a range loop reads it)", s, got, ranged.String())
		}
		if strings.Count(got, "\uFFFD")-strings.Count(s, "\uFFFD") != n {
			t.Errorf("RepairUTF8(%q) = %q, %d: the count is not the number of U+FFFD added", s, got, n)
		}
		if (n == 0) != utf8.ValidString(s) {
			t.Errorf("RepairUTF8(%q) replaced %d bytes; valid input is %v", s, n, utf8.ValidString(s))
		}
	})
}

// Whatever the input, Read does not fail with OnError set, and every
// document it passes on has valid UTF-8 text that is not blank.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "text": "A"}` + "\n" + `{"id": 1, "text": "caf` + "\xe9" + `"}`,
		"{\"id\": \"a\"}\n\n{", "plain \xff text", articlePage, "<html><p>\x00</p>", "\x1f\x8b\x08",
		`{"id": "x", "text": "` + strings.Repeat("y", 300) + `"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		r := &Reader{MaxDocBytes: 256, OnError: func(err error) error {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Errorf("OnError(%v): not an *InputError", err)
			}
			return nil
		}}
		err := r.Read(bytes.NewReader(in), "-", func(d Document) error {
			if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" || len(d.Text) > 3*256 { // U+FFFD is 3 bytes
				t.Errorf("Read(%q) passed on text %q", in, d.Text)
			}
			return nil
		})
		if err != nil {
			t.Errorf("Read(%q) = %v with OnError set", in, err)
		}
	})
}
