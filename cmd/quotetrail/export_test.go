package main

import (
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail"
)

func TestExportJSONL(t *testing.T) {
	db := seedDB(t)
	code, out, errOut := cli(t, "", "export", "--db", db)
	if code != 0 || errOut != "" {
		t.Fatalf("export: exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 1 {
		t.Fatalf("export: %d lines, want 1\n%s", len(lines), out)
	}
	var q quotetrail.QuoteRecord
	if err := json.Unmarshal([]byte(lines[0]), &q); err != nil {
		t.Fatalf("export: %v\n%s", err, lines[0])
	}
	wantChain := []quotetrail.Link{
		{Position: 0, EntityID: q.SpeakerID, Name: "Khalifa Haftar", Kind: "person", Relation: "said"},
		{Position: 1, EntityID: 2, Name: "TASS", Kind: "agency", Relation: "quoted"},
		{Position: 2, EntityID: 3, Name: "Arab News", Kind: "media", Relation: "published"},
	}
	if q.Text != "Our relations are crucial," || q.Speaker != "Khalifa Haftar" || q.Document.ExternalID != "seed:haftar" ||
		!reflect.DeepEqual(q.Relays, []string{"TASS"}) || !reflect.DeepEqual(q.Chain, wantChain) {
		t.Errorf("export = %+v\nwant Haftar's quote relayed by TASS, chain %+v", q, wantChain)
	}
	// The keys people read are there.
	for _, key := range []string{`"speaker":"Khalifa Haftar"`, `"cue":"quoted as saying"`, `"relays":["TASS"]`,
		`"chain":[{"position":0,`, `"relation":"quoted"`, `"document":{"id":1,"external_id":"seed:haftar"`} {
		if !strings.Contains(lines[0], key) {
			t.Errorf("export: no %s in %s", key, lines[0])
		}
	}
}

func TestExportCSV(t *testing.T) {
	db := seedDB(t)
	code, out, errOut := cli(t, "", "export", "--db", db, "--format", "csv")
	if code != 0 || errOut != "" {
		t.Fatalf("export --format csv: exit %d, stderr %q", code, errOut)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("export --format csv: %d records, %v\n%s", len(recs), err, out)
	}
	row := make(map[string]string)
	for i, c := range recs[0] {
		row[c] = recs[1][i]
	}
	want := map[string]string{
		"quote": "Our relations are crucial,", "speaker": "Khalifa Haftar", "relays": "TASS",
		"chain":  "Khalifa Haftar (said) > TASS (quoted) > Arab News (published)",
		"outlet": "Arab News", "document": "seed:haftar", "kind": "direct", "mention": "Haftar",
	}
	for k, v := range want {
		if row[k] != v {
			t.Errorf("export --format csv: %s = %q, want %q", k, row[k], v)
		}
	}
}

func TestExportFiltersAndErrors(t *testing.T) {
	db := seedDB(t)
	code, out, _ := cli(t, "", "export", "--db", db, "--since", "2020-01-01")
	if code != 0 || out != "" {
		t.Errorf("export --since 2020-01-01: exit %d, stdout %q; want 0, nothing", code, out)
	}
	code, out, _ = cli(t, "", "export", "--db", db, "--speaker", "haftar", "--outlet", "arab news")
	if code != 0 || strings.Count(out, "\n") != 1 {
		t.Errorf("export --speaker haftar --outlet 'arab news': exit %d, stdout %q; want 0, one line", code, out)
	}
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"export", "--db", db, "--format", "xml"}, 2, `unknown --format "xml" (want jsonl or csv)`},
		{[]string{"export", "--db", db, "--since", "soon"}, 2, `since "soon" is not a date`},
		{[]string{"export", "--db", db, "extra"}, 2, `unexpected arguments "extra"`},
		{[]string{"export", "--db", db, "--speaker", "Lavrov"}, 1, `no speaker named "Lavrov"`},
	}
	for _, tt := range tests {
		code, out, errOut := cli(t, "", tt.args...)
		if code != tt.code || out != "" || !strings.Contains(errOut, tt.stderr) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit %d, no output, stderr with %q",
				strings.Join(tt.args, " "), code, out, errOut, tt.code, tt.stderr)
		}
	}
	empty := emptyDB(t)
	code, out, errOut := cli(t, "", "export", "--db", empty, "--format", "csv")
	if code != 0 || !strings.HasPrefix(out, "quote_id,") || strings.Count(out, "\n") != 1 || !strings.Contains(errOut, "no documents yet: run quotetrail ingest") {
		t.Errorf("export of an empty database: exit %d, stdout %q, stderr %q; want 0, a header, the empty-database message", code, out, errOut)
	}
}
