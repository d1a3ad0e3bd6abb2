package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAuditEmpty(t *testing.T) {
	code, out, errOut := cli(t, "", "audit", "--db", emptyDB(t))
	if code != 0 || out != "no documents yet: run quotetrail ingest\n" {
		t.Errorf("audit on an empty database: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestAuditFormats(t *testing.T) {
	db := seedDB(t)
	code, out, errOut := cli(t, "", "audit", "--db", db)
	if code != 0 || !strings.Contains(out, "Khalifa Haftar via TASS") || !strings.Contains(out, "Secondary-only quotes") {
		t.Errorf("audit: exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	code, out, errOut = cli(t, "", "audit", "--db", db, "--format", "csv")
	if code != 0 || !strings.Contains(out, "section,source,") || !strings.Contains(out, "secondary-only,Khalifa Haftar via TASS,") {
		t.Errorf("audit --format csv: exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	code, out, errOut = cli(t, "", "audit", "--db", db, "--format", "json")
	var sections []struct {
		Section string           `json:"section"`
		Rows    []map[string]any `json:"rows"`
	}
	if err := json.Unmarshal([]byte(out), &sections); code != 0 || err != nil {
		t.Fatalf("audit --format json: exit %d, stderr %q, %v:\n%s", code, errOut, err, out)
	}
	if len(sections) == 0 || sections[0].Section != "secondary-only" || len(sections[0].Rows) != 1 ||
		sections[0].Rows[0]["source"] != "Khalifa Haftar via TASS" {
		t.Errorf("audit --format json: first section %+v", sections[0])
	}
	if code, _, _ := cli(t, "", "audit", "--db", db, "--format", "xml"); code != 2 {
		t.Errorf("audit --format xml: exit %d, want 2", code)
	}
}

// TestIngestWithoutClusters checks that --cluster=false skips linking quotes
// across articles (for archives too large to hold every quote in memory).
func TestIngestWithoutClusters(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	text := "“We will rebuild the port and the roads this year,” Mayor Ana Lopes said."
	in := writeFile(t, dir, "a.jsonl", fmt.Sprintf("{\"id\":\"a\",\"text\":%q}\n{\"id\":\"b\",\"text\":%q}\n", text, text+" She left."))
	for _, tt := range []struct {
		flag string
		want string
	}{{"--cluster=false", "0"}, {"--cluster=true", "2"}} {
		os.Remove(db)
		if code, _, errOut := cli(t, "", "ingest", "--db", db, tt.flag, in); code != 0 {
			t.Fatalf("ingest %s: exit %d: %s", tt.flag, code, errOut)
		}
		if got := sqlCount(t, db, "quotes WHERE cluster_id IS NOT NULL"); got != tt.want {
			t.Errorf("ingest %s: %s quotes in clusters, want %s", tt.flag, got, tt.want)
		}
	}
}
