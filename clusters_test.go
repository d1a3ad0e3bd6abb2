package quotetrail

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/attribution"
)

// auditSection returns the section called name.
func auditSection(t *testing.T, sections []AuditSection, name string) *Table {
	t.Helper()
	for _, s := range sections {
		if s.Name == name {
			return s.Table
		}
	}
	t.Fatalf("audit has no section %s", name)
	return nil
}

// colValues returns the values of the column name of tab, as strings.
func colValues(t *testing.T, tab *Table, name string) []string {
	t.Helper()
	i := slices.Index(tab.Columns, name)
	if i < 0 {
		t.Fatalf("no column %s in %v", name, tab.Columns)
	}
	var out []string
	for _, row := range tab.Rows {
		s, _ := row[i].(string)
		out = append(out, s)
	}
	return out
}

func TestAuditSeedArticle(t *testing.T) {
	text, err := os.ReadFile("testdata/haftar-moscow.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := openStore(t)
	r := Extract(Document{ID: "seed", Text: string(text), Publisher: "Arab News"})
	mustAdd(t, s, &r)
	if _, err := s.Cluster(context.Background()); err != nil {
		t.Fatal(err)
	}
	sections, err := s.AuditSections(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	sec := auditSection(t, sections, "secondary-only")
	got := colValues(t, sec, "source")
	want := []string{"Khalifa Haftar via TASS", "Khalifa Haftar via TASS"}
	if !slices.Equal(got, want) {
		t.Fatalf("secondary-only sources = %q, want %q\nquotes: %q", got, want, colValues(t, sec, "quote"))
	}
	prefixes := []string{"Our relations are crucial", "We hope we will eliminate terrorism"}
	for i, q := range colValues(t, sec, "quote") {
		if !strings.HasPrefix(q, prefixes[i]) {
			t.Errorf("secondary-only quote %d = %q, want the TASS quote %q...", i, q, prefixes[i])
		}
	}
}

func TestClusterAndAudit(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	// The same quote with a changed word (stored first, printed last),
	// with an ellipsis (printed first) and trimmed; and a quote given to
	// two speakers.
	const full = "We will never negotiate with the government in Tripoli until our forces control the capital"
	docs := []*Result{
		reportDoc(t, "d", "2019-04-07", "Arab News",
			"“"+full+",” Haftar said.\n\n"+
				"“The oil fields in the south will stay closed for now,” Haftar's spokesman said.\n\n"+
				"“Nobody in the east wants a war with the west of the country,” an aide said.",
			rq{quote: full + ",", mention: "Haftar", name: "Khalifa Haftar"},
			rq{quote: "The oil fields in the south will stay closed for now,", mention: "Haftar's spokesman", name: "Ahmed al-Mismari"},
			rq{quote: "Nobody in the east wants a war with the west of the country,"}),
		reportDoc(t, "b", "2019-04-02", "TASS",
			"“We will not negotiate with the government … until our forces control the capital,” Haftar said.",
			rq{quote: "We will not negotiate with the government … until our forces control the capital,", mention: "Haftar", name: "Khalifa Haftar"}),
		reportDoc(t, "c", "2019-04-05", "Reuters",
			"Haftar said “not negotiate with the government in Tripoli until our forces”.\n\n"+
				"“The oil fields in the south will stay closed for now,” Serraj said.",
			rq{quote: "not negotiate with the government in Tripoli until our forces", mention: "Haftar", name: "Khalifa Haftar"},
			rq{quote: "The oil fields in the south will stay closed for now,", mention: "Serraj", name: "Fayez al-Serraj"}),
		reportDoc(t, "a", "2019-04-01", "Al Jazeera",
			"“Talks on the budget of the central bank resume next week,” an official said.",
			rq{quote: "Talks on the budget of the central bank resume next week,", mention: "an official", spkKind: attribution.Anonymous}),
	}
	for _, d := range docs {
		mustAdd(t, s, d)
	}
	for range 2 { // idempotent
		n, err := s.Cluster(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n != 2 {
			t.Errorf("Cluster = %d clusters, want 2", n)
		}
	}
	tab, err := s.table(ctx, `SELECT first_outlet, documents, variants, speakers FROM quote_clusters ORDER BY cluster_id`)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]any{{"TASS", int64(3), int64(3), int64(1)}, {"Reuters", int64(2), int64(1), int64(2)}}
	if len(tab.Rows) != len(want) {
		t.Fatalf("quote_clusters = %v, want %v", tab.Rows, want)
	}
	for i := range want {
		if !slices.Equal(tab.Rows[i], want[i]) {
			t.Errorf("quote_clusters row %d = %v, want %v", i, tab.Rows[i], want[i])
		}
	}

	sections, err := s.AuditSections(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	speakers := auditSection(t, sections, "speakers")
	if got, want := colValues(t, speakers, "speaker"), []string{"Fayez al-Serraj", "Ahmed al-Mismari"}; !slices.Equal(got, want) {
		t.Errorf("different speakers: speakers %q, want %q", got, want)
	}
	drift := auditSection(t, sections, "drift")
	if got, want := colValues(t, drift, "outlet"), []string{"TASS", "Reuters", "Arab News"}; !slices.Equal(got, want) {
		t.Errorf("drift: outlets %q, want %q", got, want)
	}
	if got := colValues(t, drift, "first_outlet"); len(got) == 0 || got[0] != "TASS" {
		t.Errorf("drift: first outlet %q, want TASS", got)
	}
}
