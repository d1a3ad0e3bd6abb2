package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail"
)

// emptyDB returns a database with the schema and no documents.
func emptyDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "empty.db")
	s, err := quotetrail.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestReportList(t *testing.T) {
	code, out, errOut := cli(t, "", "report")
	if code != 0 || errOut != "" {
		t.Fatalf("report: exit %d, stderr %q", code, errOut)
	}
	for _, r := range quotetrail.Reports() {
		if !strings.Contains(out, "  "+r.Name+" ") || !strings.Contains(out, r.Question) {
			t.Errorf("report: the list lacks %s: %q\n%s", r.Name, r.Question, out)
		}
	}
}

func TestReportFormats(t *testing.T) {
	db := seedDB(t)
	tests := []struct{ format, want string }{
		{"table", "relay  kind    state  country  quotes  dependent  speakers  documents  relations  first  last\n" +
			"TASS   agency  yes    RU       1       1          1         1          quoted     NULL   NULL\n"},
		{"csv", "relay,kind,state,country,quotes,dependent,speakers,documents,relations,first,last,relay_id\n" +
			"TASS,agency,yes,RU,1,1,1,1,quoted,,,2\n"},
		{"json", "[\n{\"relay\": \"TASS\", \"kind\": \"agency\", \"state\": \"yes\", \"country\": \"RU\", \"quotes\": 1, " +
			"\"dependent\": 1, \"speakers\": 1, \"documents\": 1, \"relations\": \"quoted\", \"first\": null, \"last\": null, \"relay_id\": 2}\n]\n"},
		{"markdown", "| relay | kind | state | country | quotes | dependent | speakers | documents | relations | first | last |\n" +
			"| --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- |\n" +
			"| TASS | agency | yes | RU | 1 | 1 | 1 | 1 | quoted |  |  |\n"},
	}
	for _, tt := range tests {
		// Flags before and after the name.
		code, out, errOut := cli(t, "", "report", "--format", tt.format, "relays", "--db", db)
		if code != 0 || out != tt.want {
			t.Errorf("report relays --format %s: exit %d, stdout\n%s\nstderr %q\nwant exit 0, stdout\n%s", tt.format, code, out, errOut, tt.want)
		}
	}
}

func TestReportFilters(t *testing.T) {
	db := seedDB(t)
	want := "date  speaker         quote                       kind    cue               relays  outlet     document\n" +
		"NULL  Khalifa Haftar  Our relations are crucial,  direct  quoted as saying  TASS    Arab News  seed:haftar\n"
	for _, args := range [][]string{
		{"report", "quotes-by", "--db", db, "--speaker", "haftar"},
		{"report", "quotes-by", "--db", db, "Khalifa", "Haftar"},
		{"report", "--db", db, "quotes-by", "haftar", "--outlet", "ARAB NEWS"},
	} {
		code, out, errOut := cli(t, "", args...)
		if code != 0 || out != want {
			t.Errorf("%s: exit %d, stdout\n%s\nstderr %q\nwant exit 0, stdout\n%s", strings.Join(args, " "), code, out, errOut, want)
		}
	}
	code, out, _ := cli(t, "", "report", "speakers", "--db", db, "--since", "1990", "--format", "csv")
	if want := "speaker,kind,quotes,documents,outlets,direct,secondary,first,last,speaker_id\n"; code != 0 || out != want {
		t.Errorf("report speakers --since 1990: exit %d, stdout %q; want 0, %q", code, out, want)
	}
	code, out, _ = cli(t, "", "report", "speakers", "--db", db, "--limit", "1", "--format", "csv")
	if want := "speaker,kind,quotes,documents,outlets,direct,secondary,first,last,speaker_id\nKhalifa Haftar,person,1,1,1,1,1,,,1\n"; code != 0 || out != want {
		t.Errorf("report speakers --limit 1: exit %d, stdout %q; want 0, %q", code, out, want)
	}
}

func TestReportErrors(t *testing.T) {
	db := seedDB(t)
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"report", "nope", "--db", db}, 2, `quotetrail report: unknown report "nope" (quotetrail report lists them)`},
		{[]string{"report", "quotes-by", "--db", db}, 2, "quotetrail report: report quotes-by needs --speaker NAME"},
		{[]string{"report", "speakers", "extra", "--db", db}, 2, `quotetrail report: unexpected arguments "extra"`},
		{[]string{"report", "speakers", "--db", db, "--since", "March"}, 2, `--since: since "March" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)`},
		{[]string{"report", "speakers", "--db", db, "--format", "xml"}, 2, `unknown --format "xml" (want table, csv, json or markdown)`},
		{[]string{"report", "speakers", "--db", db, "--limit", "-1"}, 2, "--limit must be at least 0, not -1"},
		{[]string{"report", "quotes-by", "--db", db, "--speaker", "Lavrov"}, 1,
			`quotetrail: no speaker named "Lavrov" in ` + db + " (quotetrail report speakers lists them)\n"},
		{[]string{"report", "speakers", "--db", filepath.Join(t.TempDir(), "none.db")}, 1, "no database at"},
	}
	for _, tt := range tests {
		code, out, errOut := cli(t, "", tt.args...)
		if code != tt.code || out != "" || !strings.Contains(errOut, tt.stderr) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit %d, no output, stderr with %q",
				strings.Join(tt.args, " "), code, out, errOut, tt.code, tt.stderr)
		}
	}
}

// An empty database says so, and still gives well-formed output.
func TestReportEmptyDatabase(t *testing.T) {
	db := emptyDB(t)
	code, out, errOut := cli(t, "", "report", "speakers", "--db", db, "--format", "json")
	if want := "quotetrail: " + db + ": no documents yet: run quotetrail ingest\n"; code != 0 || out != "[\n]\n" || errOut != want {
		t.Errorf("report speakers on an empty database: exit %d, stdout %q, stderr %q; want 0, %q, %q", code, out, errOut, "[\n]\n", want)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	var b strings.Builder
	if err := writeMarkdown(&b, []string{"a|b", "n"}, [][]any{{"x | y\nz", int64(1)}, {nil, nil}}); err != nil {
		t.Fatal(err)
	}
	want := "| a\\|b | n |\n| --- | ---: |\n| x \\| y z | 1 |\n|  |  |\n"
	if b.String() != want {
		t.Errorf("writeMarkdown = %q, want %q", b.String(), want)
	}
}
