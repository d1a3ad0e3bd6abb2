package quotetrail

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/attribution"
	"github.com/quotetrail/quotetrail/quote"
)

// rq describes a quote of a report test document by the substrings of its
// text: the quote, the speaker's mention and the relay's mention ("" for
// none).
type rq struct {
	quote           string
	kind            quote.Kind // direct if ""
	mention         string
	name, spkKind   string // the speaker entity; "" with a mention: the mention, a person
	via             string
	viaName, viaRel string
}

// reportDoc returns a Result for the document id whose quotes are qs.
func reportDoc(t *testing.T, id, published, publisher, text string, qs ...rq) *Result {
	t.Helper()
	span := func(sub string) quote.Span {
		i := strings.Index(text, sub)
		if i < 0 {
			t.Fatalf("%s: %q not in text", id, sub)
		}
		return quote.Span{Start: i, End: i + len(sub)}
	}
	r := &Result{
		Document:   Document{ID: id, Text: text, Published: published, Publisher: publisher, Title: "Title of " + id},
		Provenance: attribution.Provenance{Publisher: publisher},
	}
	for i, q := range qs {
		sp := span(q.quote)
		kind := q.kind
		if kind == "" {
			kind = quote.Direct
		}
		aq := attribution.Quote{
			Quote: quote.Quote{Span: sp, Outer: sp, Kind: kind, Text: q.quote, Closed: true, Group: i, Parent: -1},
			Cue:   "said", Rule: "test", Confidence: 0.9,
		}
		if q.mention != "" {
			name, kind := q.name, q.spkKind
			if name == "" {
				name = q.mention
			}
			if kind == "" {
				kind = attribution.Person
			}
			aq.Speaker = &attribution.Mention{Span: span(q.mention), Text: q.mention, Name: name, Kind: kind}
		}
		if q.via != "" {
			aq.Via = []attribution.Mention{{Span: span(q.via), Text: q.via, Name: q.viaName, Kind: attribution.Agency, Relation: q.viaRel}}
		}
		r.Quotes = append(r.Quotes, aq)
	}
	return r
}

// reportStore returns a read-only Store holding three articles, clustered: a
// quote of Haftar relayed by TASS and repeated word for word, one whose
// wording drifts between two articles (a word changed early on, which a
// shared beginning would not find), an anonymous source, an unknown speaker
// and a quote told to the publisher itself.
func reportStore(t *testing.T) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "qt.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	docs := []*Result{
		reportDoc(t, "a", "1987-03-01T10:00:00", "Reuters",
			"“We will not lift the embargo,” the TASS news agency quoted Haftar as saying.\n\n"+
				"“Talks went well,” officials said.\n\n“Nobody knows,” someone said.",
			rq{quote: "We will not lift the embargo,", mention: "Haftar", name: "Khalifa Haftar", via: "the TASS news agency", viaName: "TASS", viaRel: "quoted"},
			rq{quote: "Talks went well,", mention: "officials", spkKind: attribution.Anonymous},
			rq{quote: "Nobody knows,"}),
		reportDoc(t, "b", "1987-04-02", "Arab News",
			"“We will NOT lift the embargo!” Haftar told reporters.\n\n"+
				"“The arms embargo is an unjust verdict that hurts the Libyan people,” Haftar said.",
			rq{quote: "We will NOT lift the embargo!", mention: "Haftar", name: "Khalifa Haftar"},
			rq{quote: "The arms embargo is an unjust verdict that hurts the Libyan people,", mention: "Haftar", name: "Khalifa Haftar"}),
		reportDoc(t, "c", "1987-05-03", "Reuters",
			"“The arms embargo is an unfair verdict that hurts the Libyan people,” Haftar said.\n\n"+
				"“Moscow is in touch with various Libyan representatives,” Peskov told Reuters.",
			rq{quote: "The arms embargo is an unfair verdict that hurts the Libyan people,", mention: "Haftar", name: "Khalifa Haftar"},
			rq{quote: "Moscow is in touch with various Libyan representatives,", mention: "Peskov", name: "Dmitry Peskov", via: "Reuters", viaName: "Reuters", viaRel: "told"}),
	}
	for _, d := range docs {
		if _, err := w.Add(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.Cluster(context.Background()); err != nil {
		t.Fatal(err)
	}
	w.Close()
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// column returns the values of the column name of t, as strings.
func column(t *testing.T, tab *Table, name string) []string {
	t.Helper()
	for i, c := range tab.Columns {
		if c == name {
			var out []string
			for _, row := range tab.Rows {
				out = append(out, fmt.Sprint(row[i]))
			}
			return out
		}
	}
	t.Fatalf("no column %q in %v", name, tab.Columns)
	return nil
}

func TestReports(t *testing.T) {
	s := reportStore(t)
	ctx := context.Background()
	tests := []struct {
		name   string
		f      Filter
		column string
		want   []string
	}{
		{"speakers", Filter{}, "speaker", []string{"Khalifa Haftar", "Dmitry Peskov", "officials"}},
		{"speakers", Filter{}, "quotes", []string{"4", "1", "1"}},
		{"speakers", Filter{}, "documents", []string{"3", "1", "1"}},
		{"speakers", Filter{}, "outlets", []string{"2", "1", "1"}},
		{"speakers", Filter{}, "secondary", []string{"1", "0", "0"}},
		{"speakers", Filter{}, "first", []string{"1987-03-01", "1987-05-03", "1987-03-01"}},
		{"speakers", Filter{Since: "1987-04"}, "quotes", []string{"3", "1"}},
		{"speakers", Filter{Outlet: "arab news"}, "speaker", []string{"Khalifa Haftar"}},
		{"speakers", Filter{Speaker: "peskov"}, "speaker", []string{"Dmitry Peskov"}},
		{"speakers", Filter{Limit: 1, Offset: 1}, "speaker", []string{"Dmitry Peskov"}},
		{"quotes-by", Filter{Speaker: "Haftar"}, "quote", []string{
			"We will not lift the embargo,", "We will NOT lift the embargo!",
			"The arms embargo is an unjust verdict that hurts the Libyan people,",
			"The arms embargo is an unfair verdict that hurts the Libyan people,"}},
		{"quotes-by", Filter{Speaker: "Haftar"}, "relays", []string{"TASS", "<nil>", "<nil>", "<nil>"}},
		{"quotes-by", Filter{Speaker: "Haftar", Since: "1987-05-03"}, "date", []string{"1987-05-03"}},
		// Reuters relays a quote in a Reuters story: first-hand.
		{"relays", Filter{}, "relay", []string{"TASS", "Reuters"}},
		{"relays", Filter{}, "dependent", []string{"1", "0"}},
		{"relays", Filter{}, "state", []string{"yes", "no"}},
		{"relays", Filter{}, "country", []string{"RU", "GB"}},
		{"relays", Filter{Outlet: "Arab News"}, "relay", nil},
		{"secondary-only", Filter{}, "relays", []string{"TASS"}},
		{"anonymous", Filter{}, "source", []string{"anonymous", "unattributed"}},
		{"anonymous", Filter{}, "quote", []string{"Talks went well,", "Nobody knows,"}},
		// The same quote word for word (punctuation and case aside), and
		// with a word changed: both are repeated, the first printed first.
		{"repeated", Filter{}, "quote", []string{"We will not lift the embargo,",
			"The arms embargo is an unjust verdict that hurts the Libyan people,"}},
		{"repeated", Filter{}, "documents", []string{"2", "2"}},
		{"repeated", Filter{}, "variants", []string{"1", "2"}},
		{"repeated", Filter{}, "first", []string{"1987-03-01", "1987-04-02"}},
		{"repeated", Filter{}, "first_outlet", []string{"Reuters", "Arab News"}},
		{"repeated", Filter{}, "last", []string{"1987-04-02", "1987-05-03"}},
		{"repeated", Filter{Since: "1987-04"}, "quote", []string{"The arms embargo is an unjust verdict that hurts the Libyan people,"}},
		{"repeated", Filter{Speaker: "Peskov"}, "quote", nil},
		{"drift", Filter{}, "quote", []string{
			"The arms embargo is an unjust verdict that hurts the Libyan people,",
			"The arms embargo is an unfair verdict that hurts the Libyan people,"}},
		{"drift", Filter{}, "group", []string{"1", "1"}},
		{"drift", Filter{}, "first_outlet", []string{"Arab News", "Reuters"}},
		{"drift", Filter{}, "first", []string{"1987-04-02", "1987-05-03"}},
		{"drift", Filter{Outlet: "Reuters"}, "quote", nil},
		{"outlets", Filter{}, "outlet", []string{"Reuters", "Reuters", "Reuters", "Arab News"}},
		{"outlets", Filter{}, "speaker", []string{"Khalifa Haftar", "Dmitry Peskov", "officials", "Khalifa Haftar"}},
		{"outlets", Filter{}, "percent", []string{"50", "25", "25", "100"}},
	}
	for _, tt := range tests {
		tab, err := s.Report(ctx, tt.name, tt.f)
		if err != nil {
			t.Errorf("Report(%s, %+v): %v", tt.name, tt.f, err)
			continue
		}
		if got := column(t, tab, tt.column); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Report(%s, %+v) column %s = %q, want %q", tt.name, tt.f, tt.column, got, tt.want)
		}
	}
}

func TestReportsListed(t *testing.T) {
	var names []string
	for _, r := range Reports() {
		names = append(names, r.Name)
		if r.Question == "" {
			t.Errorf("report %s: no question", r.Name)
		}
	}
	want := []string{"speakers", "quotes-by", "relays", "secondary-only", "anonymous", "repeated", "drift", "outlets"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("Reports() = %q, want %q", names, want)
	}
}

func TestReportErrors(t *testing.T) {
	s := reportStore(t)
	ctx := context.Background()
	tests := []struct {
		name string
		f    Filter
		want error
	}{
		{"nope", Filter{}, ErrUnknownReport},
		{"quotes-by", Filter{}, ErrNeedsSpeaker},
		{"quotes-by", Filter{Speaker: "Lavrov"}, ErrUnknownSpeaker},
		{"speakers", Filter{Speaker: "Lavrov"}, ErrUnknownSpeaker},
	}
	for _, tt := range tests {
		if _, err := s.Report(ctx, tt.name, tt.f); !errors.Is(err, tt.want) {
			t.Errorf("Report(%s, %+v) error = %v, want %v", tt.name, tt.f, err, tt.want)
		}
	}
	for _, since := range []string{"yesterday", "1987-3-1", "1987-03-01T00:00", "'; DROP TABLE quotes; --"} {
		if _, err := s.Report(ctx, "speakers", Filter{Since: since}); err == nil || !strings.Contains(err.Error(), "not a date") {
			t.Errorf("Report(speakers, Since %q) error = %v, want not a date", since, err)
		}
	}
}

// Values in filters are parameters: SQL in them is a name like any other.
func TestReportFilterInjection(t *testing.T) {
	s := reportStore(t)
	ctx := context.Background()
	for _, outlet := range []string{"x' OR '1'='1", "Reuters) OR (1=1", `"; DELETE FROM quotes; --`} {
		tab, err := s.Report(ctx, "speakers", Filter{Outlet: outlet})
		if err != nil || len(tab.Rows) != 0 {
			t.Errorf("Report(speakers, Outlet %q) = %d rows, %v; want 0, nil", outlet, len(tab.Rows), err)
		}
	}
}

// The reports without filters agree with the views of schema.sql.
func TestReportsAgreeWithViews(t *testing.T) {
	s := reportStore(t)
	ctx := context.Background()
	tests := []struct{ report, reportCol, query string }{
		{"speakers", "quotes", "SELECT quotes FROM speaker_summary ORDER BY quotes DESC, speaker"},
		{"speakers", "secondary", "SELECT secondary FROM speaker_summary ORDER BY quotes DESC, speaker"},
		{"speakers", "outlets", "SELECT outlets FROM speaker_summary ORDER BY quotes DESC, speaker"},
		{"relays", "dependent", "SELECT dependent FROM relay_summary ORDER BY dependent DESC, quotes DESC, relay"},
		{"relays", "speakers", "SELECT speakers FROM relay_summary ORDER BY dependent DESC, quotes DESC, relay"},
		{"secondary-only", "quote", "SELECT quote FROM secondary_citations ORDER BY date, document_id, quote_id"},
		{"anonymous", "quote", "SELECT quote FROM anonymous_quotes ORDER BY date, document_id, quote_id"},
		{"repeated", "documents", "SELECT documents FROM quote_clusters ORDER BY documents DESC, first_published, cluster_id"},
		{"repeated", "first_outlet", "SELECT first_outlet FROM quote_clusters ORDER BY documents DESC, first_published, cluster_id"},
		{"repeated", "quote_id", "SELECT first_quote_id FROM quote_clusters ORDER BY documents DESC, first_published, cluster_id"},
	}
	for _, tt := range tests {
		tab, err := s.Report(ctx, tt.report, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		view, err := s.table(ctx, tt.query)
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		if got, want := column(t, tab, tt.reportCol), column(t, view, view.Columns[0]); !reflect.DeepEqual(got, want) {
			t.Errorf("report %s column %s = %q; %s = %q", tt.report, tt.reportCol, got, tt.query, want)
		}
	}
}

func TestReportViews(t *testing.T) {
	s := reportStore(t)
	ctx := context.Background()
	tests := []struct {
		query string
		want  [][]any
	}{
		{"SELECT document, outlet, date, title FROM who_said_what WHERE quote_id = 1",
			[][]any{{"a", "Reuters", "1987-03-01", "Title of a"}}},
		{"SELECT quote, relays FROM secondary_citations", [][]any{{"We will not lift the embargo,", "TASS"}}},
		{"SELECT speaker, quotes, documents, direct, secondary, first, last FROM speaker_summary WHERE speaker = 'Khalifa Haftar'",
			[][]any{{"Khalifa Haftar", int64(4), int64(3), int64(4), int64(1), "1987-03-01", "1987-05-03"}}},
		{"SELECT relay, quotes, dependent, relations FROM relay_summary ORDER BY relay",
			[][]any{{"Reuters", int64(1), int64(0), "told"}, {"TASS", int64(1), int64(1), "quoted"}}},
		{"SELECT source, count(*) FROM anonymous_quotes GROUP BY source ORDER BY source",
			[][]any{{"anonymous", int64(1)}, {"unattributed", int64(1)}}},
		{"SELECT norm, quote, occurrences, documents, speakers, first, last FROM quote_occurrences",
			[][]any{{"we will not lift the embargo", "We will not lift the embargo,", int64(2), int64(2), "Khalifa Haftar", "1987-03-01", "1987-04-02"}}},
	}
	for _, tt := range tests {
		tab, err := s.table(ctx, tt.query)
		if err != nil {
			t.Errorf("%s: %v", tt.query, err)
			continue
		}
		if !reflect.DeepEqual(tab.Rows, tt.want) {
			t.Errorf("%s = %v, want %v", tt.query, tab.Rows, tt.want)
		}
	}
}

func TestNorm(t *testing.T) {
	s := openReportTestStore(t)
	tests := []struct{ text, want string }{
		{"Our relations are crucial,", "our relations are crucial"},
		{"Haftar’s  two-year\n\tplan!", "haftars two year plan"},
		{"“It's — (really) — over…”", "its really over"},
		{"  U.S.-Soviet   ties; 1.5 billion dlrs: 'fine'?  ", "u s soviet ties 1 5 billion dlrs fine"},
		{strings.Repeat(" ", 31) + "x" + strings.Repeat(".", 64) + "y", "x y"},
		{"Émile said", "Émile said"}, // lower() folds ASCII only
	}
	for _, tt := range tests {
		var got string
		if err := s.normOf(tt.text, &got); err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("norm(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// openReportTestStore returns an empty writable Store.
func openReportTestStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "qt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// normOf stores text as a quote in a transaction it rolls back, and reads
// its norm.
func (s *Store) normOf(text string, norm *string) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO documents (id, external_id, source, content_hash, text)
		VALUES (1, 'x', 'x', ?, ?)`, strings.Repeat("0", 64), text); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO quotes (id, document_id, grp, segment, kind, start, "end", text)
		VALUES (1, 1, 1, 0, 'direct', 0, ?, ?)`, len(text), text); err != nil {
		return err
	}
	return tx.QueryRow(`SELECT norm FROM quotes WHERE id = 1`).Scan(norm)
}

// A database of version 1 with quotes in it gains the views, and norm for
// its quotes, when it is opened.
func TestMigrationFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := open(path, "_foreign_keys=on", false)
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{ms[0], "PRAGMA user_version = 1",
		`INSERT INTO documents (id, external_id, source, publisher, published, content_hash, text)
		 VALUES (1, 'a', 'a', 'Reuters', '1987-03-01', '` + strings.Repeat("a", 64) + `', '"Fine, thanks," he said.')`,
		`INSERT INTO documents (id, external_id, source, publisher, published, content_hash, text)
		 VALUES (2, 'b', 'b', 'Reuters', '1987-03-02', '` + strings.Repeat("b", 64) + `', '"Fine thanks, ..." he said.')`,
		`INSERT INTO quotes (id, document_id, grp, segment, kind, start, "end", text) VALUES (1, 1, 1, 0, 'direct', 1, 13, 'Fine, thanks,')`,
		`INSERT INTO quotes (id, document_id, grp, segment, kind, start, "end", text) VALUES (2, 2, 2, 0, 'direct', 1, 17, 'Fine thanks, ...')`,
	} {
		if _, err := raw.db.Exec(stmt); err != nil {
			t.Fatalf("%.40s: %v", stmt, err)
		}
	}
	raw.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open version 1: %v", err)
	}
	defer s.Close()
	tab, err := s.table(context.Background(), `SELECT q.id, q.norm, w.date, w.outlet FROM quotes q JOIN who_said_what w ON w.quote_id = q.id ORDER BY q.id`)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]any{{int64(1), "fine thanks", "1987-03-01", "Reuters"}, {int64(2), "fine thanks", "1987-03-02", "Reuters"}}
	if !reflect.DeepEqual(tab.Rows, want) {
		t.Errorf("after migration = %v, want %v", tab.Rows, want)
	}
	var version int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != len(ms) {
		t.Errorf("user_version = %d, %v; want %d", version, err, len(ms))
	}
}

func TestCounts(t *testing.T) {
	ctx := context.Background()
	empty := openReportTestStore(t)
	if c, err := empty.Counts(ctx); err != nil || c != (Counts{}) {
		t.Errorf("Counts(empty) = %+v, %v; want zero", c, err)
	}
	s := reportStore(t)
	want := Counts{Documents: 3, Quotes: 7, Speakers: 3, Relays: 2, First: "1987-03-01", Last: "1987-05-03"}
	if c, err := s.Counts(ctx); err != nil || c != want {
		t.Errorf("Counts = %+v, %v; want %+v", c, err, want)
	}
}

func TestAudit(t *testing.T) {
	s := reportStore(t)
	a, err := s.Audit(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if a.Secondary != 1 || a.Anonymous != 1 || a.Unattributed != 1 || len(a.AnonymousSources) != 1 || a.AnonymousSources[0].Name != "officials" {
		t.Errorf("Audit = %+v, want 1 secondary, 1 anonymous (officials), 1 unattributed", a)
	}
}

// The audit counts the latest revision of each document: the anonymous and
// unattributed quotes of a revision replaced by a later one are not counted,
// as the views count them.
func TestAuditLatestRevision(t *testing.T) {
	path := filepath.Join(t.TempDir(), "qt.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	anonymous := func(id, text string) *Result {
		return reportDoc(t, id, "1987-03-01", "Reuters", "“"+text+",” officials said.\n\n“Nobody knows,” someone said.",
			rq{quote: text + ",", mention: "officials", spkKind: attribution.Anonymous}, rq{quote: "Nobody knows,"})
	}
	for _, r := range []*Result{
		anonymous("a", "Talks went well"), // replaced twice
		anonymous("b", "Talks went badly"),
		anonymous("a", "Talks went very well"),
		reportDoc(t, "a", "1987-03-01", "Reuters", "“We will win,” Haftar said.", rq{quote: "We will win,", mention: "Haftar"}),
	} {
		if _, err := w.Add(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, err := s.Audit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if a.Anonymous != 1 || a.Unattributed != 1 || len(a.AnonymousSources) != 1 || a.AnonymousSources[0].Quotes != 1 {
		t.Errorf("Audit = %+v, want 1 anonymous (officials, 1), 1 unattributed", a)
	}
	view, err := s.table(ctx, `SELECT (SELECT count(*) FROM anonymous_quotes WHERE latest AND source = 'anonymous'),
		(SELECT count(*) FROM anonymous_quotes WHERE latest AND source = 'unattributed')`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := []any{int64(a.Anonymous), int64(a.Unattributed)}, view.Rows[0]; !reflect.DeepEqual(got, want) {
		t.Errorf("Audit anonymous, unattributed = %v; anonymous_quotes counts %v", got, want)
	}
}

// A document stored again with another text is a revision: the reports count
// the latest revision only, unless AllRevisions is set.
func TestReportsLatestRevision(t *testing.T) {
	path := filepath.Join(t.TempDir(), "qt.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	v1 := reportDoc(t, "a", "1987-03-01", "Reuters", "“We will win,” Haftar said.\n\n“It is over,” Haftar said.",
		rq{quote: "We will win,", mention: "Haftar"}, rq{quote: "It is over,", mention: "Haftar"})
	v2 := reportDoc(t, "a", "1987-03-01", "Reuters", "“We will win,” Haftar said. (Corrected)",
		rq{quote: "We will win,", mention: "Haftar"})
	for _, r := range []*Result{v1, v2} {
		if _, err := w.Add(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, tt := range []struct {
		f    Filter
		want []string
	}{
		{Filter{}, []string{"1"}},
		{Filter{AllRevisions: true}, []string{"3"}},
	} {
		tab, err := s.Report(ctx, "speakers", tt.f)
		if err != nil {
			t.Fatal(err)
		}
		if got := column(t, tab, "quotes"); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Report(speakers, %+v) quotes = %q, want %q", tt.f, got, tt.want)
		}
	}
	tab, err := s.table(ctx, "SELECT document_id, latest FROM who_said_what ORDER BY quote_id")
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]any{{int64(1), int64(0)}, {int64(1), int64(0)}, {int64(2), int64(1)}}; !reflect.DeepEqual(tab.Rows, want) {
		t.Errorf("who_said_what latest = %v, want %v", tab.Rows, want)
	}
	if c, err := s.Counts(ctx); err != nil || c.Documents != 1 || c.Quotes != 1 {
		t.Errorf("Counts = %+v, %v; want 1 document, 1 quote", c, err)
	}
	if a, err := s.Article(ctx, 1); err != nil {
		t.Error(err)
	} else if a.LatestID != 2 {
		t.Errorf("Article(1).LatestID = %d, want 2", a.LatestID)
	}
	if p, err := s.Profile(ctx, 1); err != nil {
		t.Error(err)
	} else if p.Quotes != 1 {
		t.Errorf("Profile(1).Quotes = %d, want 1", p.Quotes)
	}
}
