package quotetrail

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/attribution"
	"github.com/quotetrail/quotetrail/quote"
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

// The same words from different speakers are no finding when each speaker
// said them of itself ("it is raising its prime rate") in an article about
// itself; they are when the articles are about one event, when the two names
// may be one speaker, or when the words do not refer to their speaker.
func TestAuditSelfDescriptions(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	org := attribution.Organisation
	said := func(id, title, speaker, words string, more ...string) *Result {
		text := strings.Join(append([]string{speaker + " said " + words + "."}, more...), " ")
		r := reportDoc(t, id, "2020-01-0"+id[len(id)-1:], "Wire", text,
			rq{quote: words, kind: quote.Indirect, mention: speaker, spkKind: org})
		r.Document.Title = title
		return r
	}
	const (
		prime    = "it is raising its prime rate to 9-1/4 pct from 9 pct, effective today"
		lending  = "it is raising its prime lending rate to 9-1/4 pct from 9 pct, effective today"
		dividend = "it raised its quarterly dividend to 20 cts a share from 18 cts"
		plant    = "it will not sell the Riverside plant to its rivals this year"
		mines    = "it will close two mines in the north next spring"
		proceeds = "proceeds will be used for working capital and to repay bank debt"
	)
	docs := []*Result{
		// Two banks, each of itself, in articles that do not name the
		// other: left out.
		said("z1", "Zenith raises prime rate", "Zenith Bank", prime),
		said("h2", "Harbor Savings raises prime rate", "Harbor Savings", lending),
		// Each text names the other company, but each title names its
		// own: left out.
		said("c3", "Crest raises payout", "Crest Foods", dividend, "Delta Dairies did the same last week."),
		said("d4", "Delta raises payout", "Delta Dairies", dividend, "Crest Foods may follow."),
		// One event, the second article naming the first speaker: kept.
		said("k5", "Kestrel keeps its plant", "Kestrel Motors", plant),
		said("f6", "Bids for a car plant", "Falcon Motors", plant, "Falcon bid for the Kestrel Motors plant in May."),
		// Perhaps one company under two names: kept.
		said("o7", "Orca to close mines", "Orca", mines),
		said("m8", "Mining news", "Orca Mining Ltd", mines),
		// No pronoun for the speaker: kept.
		said("i1", "Ibis sells shares", "Ibis Logistics", proceeds),
		said("j2", "Heron sells notes", "Heron Airways", proceeds),
	}
	for _, d := range docs {
		mustAdd(t, s, d)
	}
	if n, err := s.Cluster(ctx); err != nil || n != 5 {
		t.Fatalf("Cluster = %d, %v; want 5 clusters", n, err)
	}
	sections, err := s.AuditSections(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var about string
	for _, sec := range sections {
		if sec.Name == "speakers" {
			about = sec.About
		}
	}
	if !strings.Contains(about, "Left out: 2 ") {
		t.Errorf("speakers section: about %q, want 2 left out", about)
	}
	got := colValues(t, auditSection(t, sections, "speakers"), "speaker")
	slices.Sort(got)
	want := []string{"Falcon Motors", "Heron Airways", "Ibis Logistics", "Kestrel Motors", "Orca", "Orca Mining Ltd"}
	if !slices.Equal(got, want) {
		t.Errorf("different speakers: %q, want %q", got, want)
	}
}
