package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail"
	"github.com/quotetrail/quotetrail/attribution"
	"github.com/quotetrail/quotetrail/quote"
)

// cli runs the command line args with stdin and returns the exit status and
// what was written.
func cli(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeFile writes content to dir/name and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// jsonl returns a JSON Lines file of documents with the given ids.
func jsonl(ids ...string) string {
	var b strings.Builder
	for i, id := range ids {
		fmt.Fprintf(&b, `{"id": %q, "text": "Article %d. “We will win,” the minister said. <b>&</b>", "quotes": []}`+"\n", id, i)
	}
	return b.String()
}

// decodeLines decodes the JSON Lines of extract and checks every quote's
// offsets against texts, the document texts by id.
func decodeLines(t *testing.T, out string, texts map[string]string) []quotetrail.InterchangeDoc {
	t.Helper()
	var docs []quotetrail.InterchangeDoc
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var d quotetrail.InterchangeDoc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("output line %d is not JSON: %v\n%s", i+1, err, line)
		}
		if d.Quotes == nil {
			t.Errorf("output line %d: no \"quotes\" array: %s", i+1, line)
		}
		for _, q := range d.Quotes {
			if text, ok := texts[d.ID]; ok && (q.Start < 0 || q.End < q.Start || q.End > len(text)) {
				t.Errorf("document %s: quote span %d-%d outside its text (%d bytes)", d.ID, q.Start, q.End, len(text))
			}
		}
		docs = append(docs, d)
	}
	return docs
}

func ids(docs []quotetrail.InterchangeDoc) []string {
	var s []string
	for _, d := range docs {
		s = append(s, d.ID)
	}
	return s
}

func TestExtractJSONLinesInOrder(t *testing.T) {
	var want []string
	for i := range 40 {
		want = append(want, fmt.Sprintf("doc-%02d", i))
	}
	p := writeFile(t, t.TempDir(), "dev.jsonl", jsonl(want...))
	for _, jobs := range []string{"1", "4"} {
		code, out, errOut := cli(t, "", "extract", "--jobs", jobs, p)
		if code != 0 || errOut != "" {
			t.Fatalf("extract --jobs %s: exit %d, stderr %q; want 0 and nothing", jobs, code, errOut)
		}
		if got := ids(decodeLines(t, out, nil)); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("extract --jobs %s printed ids %q, want %q (input order)", jobs, got, want)
		}
		if strings.Contains(out, `\u003c`) || strings.Contains(out, `\u0026`) {
			t.Errorf("extract escaped HTML characters: %s", out)
		}
	}
}

func TestExtractStdin(t *testing.T) {
	text := "“We will win,” the minister said."
	code, out, errOut := cli(t, text, "extract")
	docs := decodeLines(t, out, map[string]string{"-": text})
	if code != 0 || errOut != "" || len(docs) != 1 || docs[0].ID != "-" {
		t.Errorf("extract < plain text: exit %d, ids %q, stderr %q; want 0, [\"-\"], nothing", code, ids(docs), errOut)
	}
	code, out, _ = cli(t, jsonl("a", "b"), "extract", "-")
	if got := ids(decodeLines(t, out, nil)); code != 0 || strings.Join(got, " ") != "a b" {
		t.Errorf("extract - < JSON Lines: exit %d, ids %q; want 0, [a b]", code, got)
	}
}

// Bad inputs are reported with their position; the good ones are still
// extracted, and the exit status is 1.
func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "dev.jsonl", jsonl("a")+"{\"id\": \"b\"}\n"+jsonl("c"))
	bin := writeFile(t, dir, "x.txt", "abc\x00")
	missing := filepath.Join(dir, "nope.txt")
	code, out, errOut := cli(t, "", "extract", p, bin, missing)
	if got := ids(decodeLines(t, out, nil)); strings.Join(got, " ") != "a c" {
		t.Errorf("extract printed ids %q, want [a c]", got)
	}
	wantErr := p + `:2: record without "text"` + "\n" +
		bin + ": binary file (NUL byte at offset 3), skipped\n" +
		missing + ": no such file\n" +
		"skipped 3 inputs: 1 binary, 1 malformed, 1 unreadable\n" +
		"quotetrail: skipped 3 inputs (reported above)\n"
	if code != 1 || errOut != wantErr {
		t.Errorf("extract with bad inputs: exit %d, stderr\n%s\nwant exit 1, stderr\n%s", code, errOut, wantErr)
	}
}

// seedDB returns a database holding one document with a quote of Khalifa
// Haftar relayed by TASS, built by hand.
func seedDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "qt.db")
	s, err := quotetrail.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "“Our relations are crucial,” the TASS news agency quoted Haftar as saying."
	sp := func(sub string) quote.Span {
		i := strings.Index(text, sub)
		return quote.Span{Start: i, End: i + len(sub)}
	}
	q := attribution.Quote{
		Quote:   quote.Quote{Span: sp("Our relations are crucial,"), Kind: quote.Direct, Text: "Our relations are crucial,"},
		Speaker: &attribution.Mention{Span: sp("Haftar"), Text: "Haftar", Name: "Khalifa Haftar", Kind: attribution.Person},
		Cue:     "quoted as saying",
		Via:     []attribution.Mention{{Span: sp("the TASS news agency"), Text: "the TASS news agency", Name: "TASS", Kind: attribution.Agency, Relation: "quoted"}},
	}
	r := &quotetrail.Result{Document: quotetrail.Document{ID: "seed:haftar", Text: text}, Quotes: []attribution.Quote{q},
		Provenance: attribution.Provenance{Publisher: "Arab News"}}
	if _, err := s.Add(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestWho(t *testing.T) {
	db := seedDB(t)
	code, out, errOut := cli(t, "", "who", "--db", db)
	wantTable := "SPEAKER         KIND    QUOTES\nKhalifa Haftar  person  1\n"
	if code != 0 || out != wantTable {
		t.Errorf("who: exit %d, stdout\n%s\nstderr %q\nwant exit 0, stdout\n%s", code, out, errOut, wantTable)
	}
	wantQuotes := "Khalifa Haftar (person): 1 quote\n\n" +
		"  \"Our relations are crucial,\"\n" +
		"    direct, cue \"quoted as saying\", via TASS, in seed:haftar\n"
	for _, name := range [][]string{{"haftar"}, {"Khalifa", "Haftar"}} {
		code, out, errOut = cli(t, "", append([]string{"who", "--db", db}, name...)...)
		if code != 0 || out != wantQuotes {
			t.Errorf("who %s: exit %d, stdout\n%s\nstderr %q\nwant exit 0, stdout\n%s", name, code, out, errOut, wantQuotes)
		}
	}
	code, _, errOut = cli(t, "", "who", "--db", db, "Lavrov")
	if want := "quotetrail: no speaker named \"Lavrov\" in " + db + " (quotetrail who lists them)\n"; code != 1 || errOut != want {
		t.Errorf("who Lavrov: exit %d, stderr %q; want 1, %q", code, errOut, want)
	}
}

func TestSQL(t *testing.T) {
	db := seedDB(t)
	query := "SELECT speaker, relays, document, NULL AS missing, 1.5 AS x FROM who_said_what"
	tests := []struct{ format, want string }{
		{"table", "speaker         relays  document     missing  x\nKhalifa Haftar  TASS    seed:haftar  NULL     1.5\n"},
		{"csv", "speaker,relays,document,missing,x\nKhalifa Haftar,TASS,seed:haftar,,1.5\n"},
		{"json", "[\n{\"speaker\": \"Khalifa Haftar\", \"relays\": \"TASS\", \"document\": \"seed:haftar\", \"missing\": null, \"x\": 1.5}\n]\n"},
	}
	for _, tt := range tests {
		code, out, errOut := cli(t, "", "sql", "--db", db, "--format", tt.format, query)
		if code != 0 || out != tt.want {
			t.Errorf("sql --format %s: exit %d, stdout\n%s\nstderr %q\nwant exit 0, stdout\n%s", tt.format, code, out, errOut, tt.want)
		}
	}
	code, out, _ := cli(t, "", "sql", "--db", db, "--format", "json", "SELECT 1 WHERE 0")
	if code != 0 || out != "[\n]\n" {
		t.Errorf("sql --format json with no rows: exit %d, stdout %q; want 0, %q", code, out, "[\n]\n")
	}
}

// sqlCount returns the number of rows of table, through the CLI.
func sqlCount(t *testing.T, db, table string) string {
	t.Helper()
	code, out, errOut := cli(t, "", "sql", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM "+table)
	if code != 0 {
		t.Fatalf("sql count %s: exit %d, %s", table, code, errOut)
	}
	return strings.TrimPrefix(strings.TrimSpace(out), "n\n")
}

func TestSQLRejectsWrites(t *testing.T) {
	db := seedDB(t)
	for _, q := range []string{"DELETE FROM quotes", "DROP VIEW who_said_what", "INSERT INTO entities (name, kind) VALUES ('x', 'person')"} {
		code, _, errOut := cli(t, "", "sql", "--db", db, q)
		if code != 1 || !strings.Contains(errOut, "read-only") || !strings.Contains(errOut, "attempt to write a readonly database") {
			t.Errorf("sql %q: exit %d, stderr %q; want 1 and a read-only error", q, code, errOut)
		}
	}
	if n := sqlCount(t, db, "quotes"); n != "1" {
		t.Errorf("quotes after rejected writes = %s, want 1", n)
	}
}

func TestIngestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "qt.db")
	articles := filepath.Join(dir, "articles")
	if err := os.Mkdir(articles, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, articles, "one.txt", "“We will win,” the minister said on Tuesday.")
	writeFile(t, articles, "more.jsonl", jsonl("a", "b"))

	code, out, errOut := cli(t, "", "ingest", "--db", db, "--jobs", "2", articles)
	if want := "ingested 3 documents (3 new, 0 revised, 0 already known), "; code != 0 || out != "" || !strings.HasPrefix(errOut, want) || !strings.HasSuffix(errOut, " quotes\n") {
		t.Errorf("ingest: exit %d, stdout %q, stderr %q; want 0, nothing, %q...", code, out, errOut, want)
	}
	code, _, errOut = cli(t, "", "ingest", "--db", db, articles)
	if want := "ingested 3 documents (0 new, 0 revised, 3 already known), 0 quotes\n"; code != 0 || errOut != want {
		t.Errorf("ingest again: exit %d, stderr %q; want 0, %q", code, errOut, want)
	}
	if n := sqlCount(t, db, "documents"); n != "3" {
		t.Errorf("documents = %s, want 3", n)
	}
	// The stored quotes are the ones extract finds, whatever they are.
	_, out, _ = cli(t, "", "extract", articles)
	nq := 0
	for _, d := range decodeLines(t, out, nil) {
		nq += len(d.Quotes)
	}
	if n := sqlCount(t, db, "quotes"); n != fmt.Sprint(nq) {
		t.Errorf("quotes stored = %s, want %d (what extract prints)", n, nq)
	}
	if code, _, errOut := cli(t, "", "who", "--db", db); code != 0 {
		t.Errorf("who after ingest: exit %d, stderr %q", code, errOut)
	}
}

// Bad inputs never reach the database; the good ones next to them do.
func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	db := seedDB(t)
	bad := writeFile(t, dir, "bad.jsonl", "{\"id\": \"x\", \"text\": \"Fine.\"}\nnot json\n")
	empty := writeFile(t, dir, "empty.txt", "")
	code, _, errOut := cli(t, "", "ingest", "--db", db, bad, empty)
	want := bad + ":2: invalid JSON: invalid character 'o' in literal null (expecting 'u') (at byte 1 of the line)\n" +
		empty + ": empty file\n" +
		"ingested 1 document (1 new, 0 revised, 0 already known), 0 quotes\n" +
		"skipped 2 inputs: 1 malformed, 1 empty\n" +
		"quotetrail: skipped 2 inputs (reported above)\n"
	if code != 1 || errOut != want {
		t.Errorf("ingest bad inputs: exit %d, stderr\n%s\nwant exit 1, stderr\n%s", code, errOut, want)
	}
	if n := sqlCount(t, db, "documents"); n != "2" {
		t.Errorf("documents = %s, want 2 (the seed and the one good record)", n)
	}
}

func TestIngestDefaultDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "env.db")
	t.Setenv("QUOTETRAIL_DB", db)
	if code, _, errOut := cli(t, "Some text.", "ingest"); code != 0 {
		t.Fatalf("ingest < text: exit %d, stderr %q", code, errOut)
	}
	if n := sqlCount(t, db, "documents"); n != "1" {
		t.Errorf("documents in $QUOTETRAIL_DB = %s, want 1", n)
	}
}

func TestNoDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	for _, args := range [][]string{{"who", "--db", db}, {"sql", "--db", db, "SELECT 1"}} {
		code, _, errOut := cli(t, "", args...)
		if want := "quotetrail: no database at " + db + " (run quotetrail ingest first)\n"; code != 1 || errOut != want {
			t.Errorf("%s: exit %d, stderr %q; want 1, %q", args[0], code, errOut, want)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("who or sql created %s", db)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout string // a substring of it
		stderr string // a substring of it
	}{
		{args: nil, code: 2, stderr: "Usage:"},
		{args: []string{"frobnicate"}, code: 2, stderr: `quotetrail: unknown command "frobnicate" (run 'quotetrail help')`},
		{args: []string{"help"}, code: 0, stdout: "quotetrail ingest [--db PATH]"},
		{args: []string{"-h"}, code: 0, stdout: "Usage:"},
		{args: []string{"help", "sql"}, code: 0, stdout: "-format"},
		{args: []string{"who", "-h"}, code: 0, stderr: "usage: quotetrail who [--db PATH] [NAME]"},
		{args: []string{"extract", "--jobs", "0"}, code: 2, stderr: "quotetrail extract: --jobs must be at least 1, not 0"},
		{args: []string{"extract", "--nope"}, code: 2, stderr: "flag provided but not defined: -nope"},
		{args: []string{"sql"}, code: 2, stderr: "quotetrail sql: no query (run 'quotetrail help sql')"},
		{args: []string{"sql", "--format", "xml", "SELECT 1"}, code: 2, stderr: `unknown --format "xml"`},
	}
	for _, tt := range tests {
		code, out, errOut := cli(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, tt.stderr) {
			t.Errorf("quotetrail %s: exit %d, stdout %q, stderr %q; want exit %d, stdout with %q, stderr with %q",
				strings.Join(tt.args, " "), code, out, errOut, tt.code, tt.stdout, tt.stderr)
		}
	}
}
