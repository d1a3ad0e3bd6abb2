package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// This file tests what issue 6 added to ingest: HTML and gzip inputs,
// repaired and skipped inputs in the summary, revisions, --max-doc-size and
// the progress line.

func gzipString(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// An archive of every kind of input, some of them bad: the good ones are
// stored, the bad ones are named and counted, and the exit status is 1.
func TestIngestArchive(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "qt.db")
	arch := filepath.Join(dir, "archive")
	for _, d := range []string{"2020/01", "2020/02", "other"} {
		if err := os.MkdirAll(filepath.Join(arch, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, arch, "2020/01/story.html", `<html><head><meta property="og:site_name" content="The Paper">
<meta property="og:url" content="https://paper.example/story"></head>
<body><nav>Home</nav><article><p>“We will win,” the minister said.</p></article></body></html>`)
	writeFile(t, arch, "2020/01/wire.jsonl.gz", gzipString(t, jsonl("w1", "w2")))
	writeFile(t, arch, "2020/02/note.txt.gz", gzipString(t, "“Prices will fall,” the economist said."))
	latin1 := writeFile(t, arch, "2020/02/latin1.txt", "“Caf\xe9 prices will rise,” the owner said.")
	photo := writeFile(t, arch, "other/photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	huge := writeFile(t, arch, "other/huge.txt", strings.Repeat("All work and no play. ", 100))
	writeFile(t, arch, "other/README.md", "not an article")

	code, _, errOut := cli(t, "", "ingest", "--db", db, "--max-doc-size", "1K", arch)
	want := latin1 + ": invalid UTF-8 replaced by U+FFFD (1 byte)\n" +
		huge + ": file of 2.1 KiB, over the limit of a document (1 KiB), skipped\n" +
		photo + ": binary file (NUL byte at offset 8), skipped\n" +
		"ingested 5 documents (5 new, 0 revised, 0 already known), "
	if code != 1 || !strings.HasPrefix(errOut, want) {
		t.Fatalf("ingest archive: exit %d, stderr\n%s\nwant exit 1, stderr beginning\n%s", code, errOut, want)
	}
	wantEnd := "\nskipped 2 inputs: 1 binary, 1 too large\n" +
		"repaired invalid UTF-8 in 1 document (1 byte replaced by U+FFFD)\n" +
		"quotetrail: skipped 2 inputs (reported above)\n"
	if !strings.HasSuffix(errOut, wantEnd) {
		t.Errorf("ingest archive: stderr\n%s\nwant it to end with\n%s", errOut, wantEnd)
	}
	_, out, _ := cli(t, "", "sql", "--db", db, "--format", "csv",
		"SELECT coalesce(publisher, '') AS p, coalesce(url, '') AS u, instr(text, char(65533)) > 0 AS r FROM documents ORDER BY id")
	wantRows := "p,u,r\n" +
		"The Paper,https://paper.example/story,0\n,,0\n,,0\n,,1\n,,0\n"
	if out != wantRows {
		t.Errorf("documents =\n%s\nwant\n%s", out, wantRows)
	}

	// Only repaired, nothing skipped: exit 0.
	code, _, errOut = cli(t, "", "ingest", "--db", db, latin1)
	if want := "ingested 1 document (0 new, 0 revised, 1 already known), 0 quotes\nrepaired invalid UTF-8 in 1 document (1 byte replaced by U+FFFD)\n"; code != 0 || !strings.HasSuffix(errOut, want) {
		t.Errorf("ingest repaired file: exit %d, stderr %q; want 0, ending %q", code, errOut, want)
	}
}

// A changed text under a known id is a new revision; who counts the latest
// revision only.
func TestIngestRevision(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "qt.db")
	v1 := writeFile(t, dir, "v1.jsonl", `{"id": "story-1", "text": "“We will win,” Jane Doe said. “And soon,” Jane Doe said."}`+"\n")
	v2 := writeFile(t, dir, "v2.jsonl", `{"id": "story-1", "text": "“We will win,” Jane Doe said on Monday."}`+"\n")
	steps := []struct {
		file, want string
	}{
		{v1, "ingested 1 document (1 new, 0 revised, 0 already known), 2 quotes\n"},
		{v2, "ingested 1 document (0 new, 1 revised, 0 already known), 1 quote\n"},
		{v1, "ingested 1 document (0 new, 0 revised, 1 already known), 0 quotes\n"},
	}
	for _, s := range steps {
		if code, _, errOut := cli(t, "", "ingest", "--db", db, s.file); code != 0 || errOut != s.want {
			t.Errorf("ingest %s: exit %d, stderr %q; want 0, %q", filepath.Base(s.file), code, errOut, s.want)
		}
	}
	if n := sqlCount(t, db, "documents"); n != "2" {
		t.Errorf("documents = %s, want 2 (two revisions)", n)
	}
	_, out, _ := cli(t, "", "who", "--db", db)
	if want := "SPEAKER   KIND    QUOTES\nJane Doe  person  1\n"; out != want {
		t.Errorf("who after a revision =\n%s\nwant\n%s", out, want)
	}
}

func TestByteSizeFlag(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		str  string
	}{
		{"16M", 16 << 20, "16M"}, {"16MiB", 16 << 20, "16M"}, {"16mb", 16 << 20, "16M"},
		{"512k", 512 << 10, "512K"}, {"1G", 1 << 30, "1G"}, {"1000", 1000, "1000"}, {"2048", 2048, "2K"},
	}
	for _, tt := range tests {
		var b byteSize
		if err := b.Set(tt.in); err != nil || int64(b) != tt.want || b.String() != tt.str {
			t.Errorf("Set(%q) = %d (%s), %v; want %d (%s)", tt.in, int64(b), b.String(), err, tt.want, tt.str)
		}
	}
	for _, bad := range []string{"", "0", "-1", "M", "1.5M", "12X", "99999999G"} {
		var b byteSize
		if err := b.Set(bad); err == nil {
			t.Errorf("Set(%q) = %d, want an error", bad, int64(b))
		}
	}
	code, _, errOut := cli(t, "", "ingest", "--max-doc-size", "big")
	if code != 2 || !strings.Contains(errOut, `invalid value "big" for flag -max-doc-size: want a size such as 16M`) {
		t.Errorf("ingest --max-doc-size big: exit %d, stderr %q; want 2 and the reason", code, errOut)
	}
}

func TestProgressLine(t *testing.T) {
	var b bytes.Buffer
	now := time.Unix(1000, 0)
	p := &progress{w: &b, now: func() time.Time { return now }, start: now, last: now}
	p.read.Store(5_000_000)
	p.update(10, 3) // too soon after the start: not drawn
	if b.Len() != 0 {
		t.Errorf("progress drawn %q before %v passed", b.String(), progressEvery)
	}
	now = now.Add(2 * time.Second)
	p.update(1000, 250)
	if want := "\r1000 documents, 5.0 MB, 500 docs/s, 250 quotes\x1b[K"; b.String() != want {
		t.Errorf("progress line = %q, want %q", b.String(), want)
	}
	b.Reset()
	p.total.Store(20_000_000)
	now = now.Add(2 * time.Second)
	p.read.Store(10_000_000)
	p.update(2000, 500)
	if want := "\r2000 documents, 10.0 MB of 20.0 MB, 500 docs/s, 500 quotes, ETA 4s\x1b[K"; b.String() != want {
		t.Errorf("progress line with a total = %q, want %q", b.String(), want)
	}
	b.Reset()
	p.clear()
	p.clear()
	if b.String() != "\r\x1b[K" {
		t.Errorf("clear wrote %q, want one erase", b.String())
	}
	var none *progress // not a terminal
	none.update(1, 1)
	none.clear()
	if newProgress(&b) != nil {
		t.Error("newProgress(a buffer) is not nil")
	}
}

func TestProgressMeasure(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.jsonl", jsonl("a"))
	writeFile(t, dir, "b.md", "not read")
	one := writeFile(t, t.TempDir(), "one.txt", "12345")
	p := &progress{}
	p.measure([]string{dir, one, filepath.Join(dir, "missing.txt")}, nil)
	if want := int64(len(jsonl("a")) + 5); p.total.Load() != want {
		t.Errorf("measure = %d, want %d", p.total.Load(), want)
	}
	p.measure(nil, strings.NewReader("a pipe"))
	if p.total.Load() != int64(len(jsonl("a"))+5) {
		t.Errorf("measure(stdin pipe) changed the total to %d", p.total.Load())
	}
	f, err := os.Open(one)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p.measure([]string{"-"}, f)
	if p.total.Load() != 5 {
		t.Errorf("measure(stdin file) = %d, want 5", p.total.Load())
	}
}
