package quotetrail

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail/attribution"
	"github.com/quotetrail/quotetrail/quote"
)

const haftarText = "MOSCOW (Reuters) - “We spoke in general,” the TASS news agency quoted Haftar as saying, according to Interfax.\n\n" +
	"“We explained our position.”\n\n" +
	"“Nobody knows,” someone said.\n"

// spanOf returns the span of the first sub in text; the test fails if there
// is none.
func spanOf(t *testing.T, text, sub string) quote.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return quote.Span{Start: i, End: i + len(sub)}
}

// directQuote returns a direct quote of text whose content is sub.
func directQuote(t *testing.T, text, sub string, group int) attribution.Quote {
	t.Helper()
	sp := spanOf(t, text, sub)
	return attribution.Quote{Quote: quote.Quote{Span: sp, Outer: sp, Kind: quote.Direct, Text: sub, Closed: true, Group: group, Parent: -1}}
}

// haftarResult is a document with a two-segment quotation of Haftar relayed
// by TASS and Interfax, and a quote of an unknown speaker.
func haftarResult(t *testing.T) *Result {
	t.Helper()
	text := haftarText
	q0 := directQuote(t, text, "We spoke in general,", 0)
	q0.Speaker = &attribution.Mention{Span: spanOf(t, text, "Haftar"), Text: "Haftar", Name: "Khalifa Haftar", Kind: attribution.Person, Role: "Libyan commander"}
	q0.Cue, q0.CueSpan = "quoted ... as saying", spanOf(t, text, "quoted")
	q0.Via = []attribution.Mention{
		{Span: spanOf(t, text, "the TASS news agency"), Text: "the TASS news agency", Name: "TASS", Kind: attribution.Agency, Relation: "quoted"},
		{Span: spanOf(t, text, "Interfax"), Text: "Interfax", Name: "Interfax", Kind: attribution.Agency, Relation: "according-to"},
	}
	q0.Rule, q0.Confidence, q0.Evidence = "relay-quoted-as-saying", 0.9, spanOf(t, text, "the TASS news agency quoted Haftar as saying")
	q1 := q0
	q1.Quote = directQuote(t, text, "We explained our position.", 0).Quote
	q1.Via = slices.Clone(q0.Via)
	q1.Rule, q1.Confidence = "continuation", 0.8
	q2 := directQuote(t, text, "Nobody knows,", 2)
	q2.Speaker = &attribution.Mention{Span: spanOf(t, text, "someone"), Text: "someone", Name: "someone"}
	q2.Cue, q2.CueSpan = "said", spanOf(t, text, "said")
	return &Result{
		Document:   Document{ID: "haftar", Source: "haftar.jsonl:1", Text: text, Title: "Haftar in Moscow"},
		Quotes:     []attribution.Quote{q0, q1, q2},
		Provenance: attribution.Provenance{Dateline: "MOSCOW", Wire: "Reuters", Publisher: "Arab News", Platform: "PressReader"},
	}
}

func openStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "qt.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// counts returns the number of rows of every table.
func counts(t *testing.T, s *Store) map[string]int {
	t.Helper()
	m := make(map[string]int)
	for _, table := range []string{"documents", "entities", "aliases", "quotes", "hops"} {
		var n int
		if err := s.db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		m[table] = n
	}
	return m
}

func mustAdd(t *testing.T, s *Store, r *Result) {
	t.Helper()
	added, err := s.Add(context.Background(), r)
	if err != nil || !added {
		t.Fatalf("Add(%s) = %v, %v; want true, nil", r.Document.ID, added, err)
	}
}

func TestAddChain(t *testing.T) {
	s := openStore(t)
	mustAdd(t, s, haftarResult(t))

	type hopRow struct {
		Position       int
		Name, Relation string
		Kind           string // of the entity; "NULL" when there is none
	}
	rows, err := s.db.Query(`
		SELECT q.segment, h.position, coalesce(h.name, 'NULL'), h.relation, coalesce(e.kind, 'NULL')
		FROM hops h JOIN quotes q ON q.id = h.quote_id LEFT JOIN entities e ON e.id = h.entity_id
		ORDER BY q.id, h.position`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	chains := make(map[int][]hopRow) // by quote, in order
	quoteIdx := -1
	for rows.Next() {
		var seg int
		var h hopRow
		if err := rows.Scan(&seg, &h.Position, &h.Name, &h.Relation, &h.Kind); err != nil {
			t.Fatal(err)
		}
		if h.Position == 0 {
			quoteIdx++
		}
		chains[quoteIdx] = append(chains[quoteIdx], h)
	}
	haftar := []hopRow{
		{0, "Khalifa Haftar", "said", "person"},
		{1, "TASS", "quoted", "agency"},
		{2, "Interfax", "according-to", "agency"},
		{3, "Reuters", "wire", "agency"},
		{4, "Arab News", "published", "media"},
		{5, "PressReader", "distributed", "media"},
	}
	want := map[int][]hopRow{0: haftar, 1: haftar, 2: {
		{0, "someone", "said", ""}, // an unresolved, unclassified mention
		{1, "Reuters", "wire", "agency"},
		{2, "Arab News", "published", "media"},
		{3, "PressReader", "distributed", "media"},
	}}
	if !reflect.DeepEqual(chains, want) {
		t.Errorf("hops =\n%v\nwant\n%v", chains, want)
	}

	// The two segments of the quotation share a group.
	var grp0, grp1, seg1, grp2 int64
	if err := s.db.QueryRow(`SELECT
		(SELECT grp FROM quotes WHERE text = 'We spoke in general,'),
		(SELECT grp FROM quotes WHERE text = 'We explained our position.'),
		(SELECT segment FROM quotes WHERE text = 'We explained our position.'),
		(SELECT grp FROM quotes WHERE text = 'Nobody knows,')`).Scan(&grp0, &grp1, &seg1, &grp2); err != nil {
		t.Fatal(err)
	}
	if grp0 != grp1 || seg1 != 1 || grp2 == grp0 {
		t.Errorf("groups: first segment %d, second %d (segment %d), other quote %d; want the segments in one group, segment 1, the other quote apart", grp0, grp1, seg1, grp2)
	}
}

func TestAddUnknownSpeakerAndNoPublisher(t *testing.T) {
	s := openStore(t)
	text := "“Nothing,” he said."
	q := directQuote(t, text, "Nothing,", 0)
	q.Speaker = &attribution.Mention{Span: spanOf(t, text, "he"), Text: "he"} // an unresolved pronoun
	q2 := directQuote(t, text, "Nothing,", 1)                                 // no speaker at all
	mustAdd(t, s, &Result{Document: Document{ID: "doc-7", Text: text}, Quotes: []attribution.Quote{q, q2}})

	rows, err := s.db.Query(`SELECT h.position, coalesce(h.name, 'NULL'), h.relation, h.entity_id IS NULL FROM hops h ORDER BY h.quote_id, h.position`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var pos, noEntity int
		var name, rel string
		if err := rows.Scan(&pos, &name, &rel, &noEntity); err != nil {
			t.Fatal(err)
		}
		got = append(got, strings.Join([]string{string(rune('0' + pos)), name, rel, map[int]string{0: "entity", 1: "no entity"}[noEntity]}, " "))
	}
	want := []string{"0 NULL said no entity", "1 doc-7 published no entity", "0 NULL said no entity", "1 doc-7 published no entity"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("hops = %q, want %q", got, want)
	}
	var speakerText string
	if err := s.db.QueryRow(`SELECT speaker_text FROM quotes ORDER BY id LIMIT 1`).Scan(&speakerText); err != nil || speakerText != "he" {
		t.Errorf("speaker_text = %q, %v; want the local mention %q", speakerText, err, "he")
	}
	if c := counts(t, s); c["entities"] != 0 || c["aliases"] != 0 {
		t.Errorf("entities, aliases = %d, %d; want 0, 0 (a pronoun names nobody)", c["entities"], c["aliases"])
	}
}

func TestAddIdempotent(t *testing.T) {
	s := openStore(t)
	mustAdd(t, s, haftarResult(t))
	before := counts(t, s)
	r := haftarResult(t)
	r.Document.ID = "the same text under another id"
	added, err := s.Add(context.Background(), r)
	if err != nil || added {
		t.Errorf("second Add = %v, %v; want false, nil", added, err)
	}
	if after := counts(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("rows after adding the same text again = %v, want %v", after, before)
	}
	if before["documents"] != 1 || before["quotes"] != 3 {
		t.Errorf("documents, quotes = %d, %d; want 1, 3", before["documents"], before["quotes"])
	}
}

// A document that fails half way leaves nothing behind, and the entities it
// created in its transaction do not linger in the Store's cache.
func TestAddFailureRollsBack(t *testing.T) {
	s := openStore(t)
	mustAdd(t, s, haftarResult(t))
	// Fail the insertion of the publisher hop, after the document, its
	// quotes, entities and aliases and the first hops were written.
	if _, err := s.db.Exec(`CREATE TRIGGER boom BEFORE INSERT ON hops WHEN NEW.name = 'Boom Daily'
		BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	before := counts(t, s)
	ghost := func(publisher string) *Result {
		text := "“Boo,” said Ghost Speaker. " + publisher
		q := directQuote(t, text, "Boo,", 0)
		q.Speaker = &attribution.Mention{Span: spanOf(t, text, "Ghost Speaker"), Text: "Ghost Speaker", Name: "Ghost Speaker", Kind: attribution.Person}
		return &Result{Document: Document{ID: "ghost", Text: text}, Quotes: []attribution.Quote{q},
			Provenance: attribution.Provenance{Publisher: publisher}}
	}
	added, err := s.Add(context.Background(), ghost("Boom Daily"))
	if err == nil || added || !strings.Contains(err.Error(), "boom") || !strings.HasPrefix(err.Error(), "ghost: ") {
		t.Fatalf("Add(failing document) = %v, %v; want false and an error naming the document and the cause", added, err)
	}
	if after := counts(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("rows after a failed Add = %v, want %v as before", after, before)
	}
	// Had the cache kept Ghost Speaker's id from the rolled-back
	// transaction, this would fail on the foreign key or find no quote.
	mustAdd(t, s, ghost("Fine Daily"))
	qs, err := s.QuotesBy(context.Background(), "ghost speaker")
	if err != nil || len(qs) != 1 || qs[0].Speaker != "Ghost Speaker" {
		t.Errorf(`QuotesBy("ghost speaker") = %+v, %v; want one quote of Ghost Speaker`, qs, err)
	}
}

// In a batch, a failing document is skipped and the others are committed.
func TestBatchSkipsFailingDocument(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	good := haftarResult(t)
	bad := haftarResult(t)
	bad.Document.Text += "another revision"
	bad.Quotes[2].End = len(bad.Document.Text) + 1
	other := haftarResult(t)
	other.Document.Text += "a third revision"
	var got []string
	for _, r := range []*Result{good, bad, other} {
		added, err := b.Add(ctx, r)
		got = append(got, strings.Join([]string{map[bool]string{true: "added", false: "not added"}[added], errString(err)}, " "))
	}
	if err := b.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	q, n := bad.Quotes[2], len(bad.Document.Text)
	want := []string{"added ", fmt.Sprintf("not added haftar.jsonl:1: quote 2 (bytes %d-%d): quote span %[1]d-%[2]d is not within the text (%d bytes)", q.Start, q.End, n), "added "}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("batch Add results =\n%q\nwant\n%q", got, want)
	}
	if c := counts(t, s); c["documents"] != 2 || c["quotes"] != 6 {
		t.Errorf("documents, quotes = %d, %d; want 2, 6", c["documents"], c["quotes"])
	}
}

func TestAddRejectsInvalidResults(t *testing.T) {
	tests := []struct {
		name   string
		quote  int // the quote that is wrong
		modify func(r *Result)
		want   string
	}{
		{"quote kind", 0, func(r *Result) { r.Quotes[0].Kind = "paraphrase" }, `unknown quote kind "paraphrase"`},
		{"speaker kind", 0, func(r *Result) { r.Quotes[0].Speaker.Kind = "robot" }, `speaker "Haftar": unknown entity kind "robot"`},
		{"relation", 1, func(r *Result) { r.Quotes[1].Via[0].Relation = "whispered" }, `relay "TASS": unknown relation "whispered"`},
		{"confidence", 0, func(r *Result) { r.Quotes[0].Confidence = 1.5 }, `confidence 1.5 is not in [0, 1]`},
		{"cue span", 2, func(r *Result) { r.Quotes[2].CueSpan = quote.Span{Start: -1, End: 3} }, `cue span -1-3 is not within the text (` + strconv.Itoa(len(haftarText)) + ` bytes)`},
	}
	for _, tt := range tests {
		s := openStore(t)
		r := haftarResult(t)
		tt.modify(r)
		added, err := s.Add(context.Background(), r)
		q := r.Quotes[tt.quote]
		if want := fmt.Sprintf("haftar.jsonl:1: quote %d (bytes %d-%d): %s", tt.quote, q.Start, q.End, tt.want); added || errString(err) != want {
			t.Errorf("%s: Add = %v, %q; want false, %q", tt.name, added, errString(err), want)
		}
		if c := counts(t, s); c["documents"] != 0 {
			t.Errorf("%s: %d documents stored, want 0", tt.name, c["documents"])
		}
	}
}

func TestQuotesByAlias(t *testing.T) {
	s := openStore(t)
	mustAdd(t, s, haftarResult(t))
	ctx := context.Background()
	want := []SpeakerQuote{
		{Speaker: "Khalifa Haftar", SpeakerKind: "person", Text: "We spoke in general,", Kind: "direct", Document: "haftar", Cue: "quoted ... as saying", Relays: []string{"TASS", "Interfax"}},
		{Speaker: "Khalifa Haftar", SpeakerKind: "person", Text: "We explained our position.", Kind: "direct", Document: "haftar", Cue: "quoted ... as saying", Relays: []string{"TASS", "Interfax"}},
	}
	for _, name := range []string{"haftar", "HAFTAR", "Khalifa  Haftar", "khalifa haftar"} {
		got, err := s.QuotesBy(ctx, name)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("QuotesBy(%q) =\n%+v, %v\nwant\n%+v", name, got, err, want)
		}
	}
	for _, name := range []string{"Lavrov", "TASS", "he"} {
		if _, err := s.QuotesBy(ctx, name); !errors.Is(err, ErrUnknownSpeaker) {
			t.Errorf("QuotesBy(%q) error = %v, want ErrUnknownSpeaker", name, err)
		}
	}
}

func TestSpeakers(t *testing.T) {
	s := openStore(t)
	mustAdd(t, s, haftarResult(t))
	got, err := s.Speakers(context.Background())
	want := []SpeakerCount{{"Khalifa Haftar", "person", 2}, {"someone", "", 1}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Speakers() = %+v, %v; want %+v", got, err, want)
	}
}

func TestViews(t *testing.T) {
	s := openStore(t)
	mustAdd(t, s, haftarResult(t))
	ctx := context.Background()
	_, rows, err := s.Query(ctx, `SELECT coalesce(speaker, '?'), quote, kind, coalesce(cue, ''), coalesce(relays, ''), document FROM who_said_what ORDER BY quote_id`)
	want := [][]any{
		{"Khalifa Haftar", "We spoke in general,", "direct", "quoted ... as saying", "TASS > Interfax", "haftar"},
		{"Khalifa Haftar", "We explained our position.", "direct", "quoted ... as saying", "TASS > Interfax", "haftar"},
		{"someone", "Nobody knows,", "direct", "said", "", "haftar"},
	}
	if err != nil || !reflect.DeepEqual(rows, want) {
		t.Errorf("who_said_what = %v, %v\nwant %v", rows, err, want)
	}
	_, rows, err = s.Query(ctx, `SELECT quote FROM secondary_citations ORDER BY quote_id`)
	want = [][]any{{"We spoke in general,"}, {"We explained our position."}}
	if err != nil || !reflect.DeepEqual(rows, want) {
		t.Errorf("secondary_citations = %v, %v; want %v (the wire is not a relay)", rows, err, want)
	}
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "qt.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mustAdd(t, s, haftarResult(t))
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatalf("Open existing database: %v", err)
	}
	defer s.Close()
	// A new Store has an empty cache; the entities come from the database.
	r := haftarResult(t)
	r.Document.Text += "revised"
	mustAdd(t, s, r)
	if c := counts(t, s); c["documents"] != 2 || c["entities"] != 7 {
		t.Errorf("documents, entities = %d, %d; want 2, 7 (no duplicate entities)", c["documents"], c["entities"])
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	var version int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != len(ms) {
		t.Errorf("user_version = %d, %v; want %d", version, err, len(ms))
	}
}

func TestOpenReadOnly(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	if _, err := OpenReadOnly(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("OpenReadOnly(missing) error = %v, want fs.ErrNotExist", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("OpenReadOnly(missing) created the file (stat: %v)", err)
	}

	path := filepath.Join(dir, "qt.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mustAdd(t, s, haftarResult(t))
	s.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	defer ro.Close()
	ctx := context.Background()
	cols, rows, err := ro.Query(ctx, "SELECT count(*) AS n FROM documents")
	if err != nil || !reflect.DeepEqual(cols, []string{"n"}) || !reflect.DeepEqual(rows, [][]any{{int64(1)}}) {
		t.Errorf("Query(count) = %v, %v, %v; want [n], [[1]], nil", cols, rows, err)
	}
	for _, q := range []string{"DELETE FROM documents", "CREATE TABLE t (x)", "PRAGMA user_version = 7"} {
		_, _, err := ro.Query(ctx, q)
		if err == nil || !strings.Contains(err.Error(), "read-only") {
			t.Errorf("Query(%q) error = %v, want a read-only error", q, err)
		}
	}
	if _, err := ro.Add(ctx, haftarResult(t)); err == nil {
		t.Error("Add on a read-only Store succeeded")
	}
}

func TestOpenForeignDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	// Make it look like somebody else's database.
	if _, err := s.db.Exec("PRAGMA user_version = 0"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for name, open := range map[string]func(string) (*Store, error){"Open": Open, "OpenReadOnly": OpenReadOnly} {
		if s, err := open(path); err == nil || !strings.Contains(err.Error(), "not a quotetrail database") {
			t.Errorf("%s(foreign database) error = %v, want \"not a quotetrail database\"", name, err)
			if s != nil {
				s.Close()
			}
		}
	}
}

// A new text under a known id is a new revision: another documents row,
// and the queries count the quotes of the latest revision only.
func TestPutRevision(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	put := func(r *Result) Outcome {
		t.Helper()
		o, err := s.Put(ctx, r)
		if err != nil {
			t.Fatalf("Put(%s): %v", r.Document.ID, err)
		}
		return o
	}
	v1 := haftarResult(t)
	v2 := haftarResult(t)
	v2.Document.Text += "\nCorrection: the talks were on Monday.\n"
	v2.Quotes = v2.Quotes[:1] // the revision dropped two quotes
	other := haftarResult(t)
	other.Document.ID = "another story"
	other.Document.Text += "\nAnother story.\n"
	got := []Outcome{put(v1), put(v2), put(v1), put(other), put(v2)}
	if want := []Outcome{Added, Revised, Known, Added, Known}; !reflect.DeepEqual(got, want) {
		t.Errorf("Put v1, v2, v1, other, v2 = %v, want %v", got, want)
	}
	if c := counts(t, s); c["documents"] != 3 || c["quotes"] != 3+1+3 {
		t.Errorf("documents, quotes = %d, %d; want 3, 7 (every revision is stored)", c["documents"], c["quotes"])
	}
	speakers, err := s.Speakers(ctx)
	want := []SpeakerCount{{"Khalifa Haftar", "person", 3}, {"someone", "", 1}}
	if err != nil || !reflect.DeepEqual(speakers, want) {
		t.Errorf("Speakers() = %+v, %v; want %+v (one quote of the latest revision of haftar, all of the other story)", speakers, err, want)
	}
	quotes, err := s.QuotesBy(ctx, "haftar")
	var docs []string
	for _, q := range quotes {
		docs = append(docs, q.Document)
	}
	if wantDocs := []string{"haftar", "another story", "another story"}; err != nil || !reflect.DeepEqual(docs, wantDocs) {
		t.Errorf("QuotesBy(haftar) documents = %q, %v; want %q", docs, err, wantDocs)
	}
}

// A new text under a known URL is a revision too, even with another id
// (a feed that renames its items), and the latest revision is the one the
// views and queries count.
func TestPutRevisionByURL(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	v1 := haftarResult(t)
	v1.Document.URL = "https://example.com/haftar"
	v2 := haftarResult(t)
	v2.Document.ID = "feed item 2"
	v2.Document.URL = v1.Document.URL
	v2.Document.Text += "\nUpdated.\n"
	v2.Quotes = v2.Quotes[:1]
	for i, want := range []Outcome{Added, Revised} {
		r := []*Result{v1, v2}[i]
		if got, err := s.Put(ctx, r); err != nil || got != want {
			t.Fatalf("Put(%s) = %v, %v; want %v", r.Document.ID, got, err, want)
		}
	}
	speakers, err := s.Speakers(ctx)
	if want := []SpeakerCount{{"Khalifa Haftar", "person", 1}}; err != nil || !reflect.DeepEqual(speakers, want) {
		t.Errorf("Speakers() = %+v, %v; want %+v (the latest revision only)", speakers, err, want)
	}
	var latest int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM latest_documents`).Scan(&latest); err != nil || latest != 1 {
		t.Errorf("latest_documents has %d rows, %v; want 1", latest, err)
	}
}

// Spellings of one name that differ in case, accents or punctuation are one
// entity, named as first seen.
func TestEntityKey(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	for i, name := range []string{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "RECEP TAYYIP ERDOGAN"} {
		r := haftarResult(t)
		r.Document.ID = fmt.Sprintf("doc %d", i)
		r.Document.Text += fmt.Sprintf("\nVersion %d.\n", i)
		for j := range r.Quotes {
			if sp := r.Quotes[j].Speaker; sp != nil && sp.Kind == attribution.Person {
				sp.Name = name
			}
		}
		if _, err := s.Put(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	speakers, err := s.Speakers(ctx)
	if err != nil || len(speakers) == 0 || speakers[0].Name != "Recep Tayyip Erdoğan" {
		t.Fatalf("Speakers() = %+v, %v; want Recep Tayyip Erdoğan first", speakers, err)
	}
	for _, sp := range speakers[1:] {
		if attribution.NameKey(sp.Name) == attribution.NameKey(speakers[0].Name) {
			t.Errorf("Speakers() has %q beside %q: one entity wanted", sp.Name, speakers[0].Name)
		}
	}
}

// Has sees committed documents only, and does not wait for an open batch.
func TestHas(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	r := haftarResult(t)
	if has, err := s.Has(ctx, r.Document.Text); has || err != nil {
		t.Errorf("Has(text) on an empty store = %v, %v; want false, nil", has, err)
	}
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	if _, err := b.Add(ctx, r); err != nil {
		t.Fatal(err)
	}
	if has, err := s.Has(ctx, r.Document.Text); has || err != nil {
		t.Errorf("Has(text) during the batch that adds it = %v, %v; want false, nil", has, err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if has, err := s.Has(ctx, r.Document.Text); !has || err != nil {
		t.Errorf("Has(text) after the commit = %v, %v; want true, nil", has, err)
	}
	if has, err := s.Has(ctx, r.Document.Text+" "); has || err != nil {
		t.Errorf("Has(other text) = %v, %v; want false, nil", has, err)
	}
}

// The caches of entities and aliases are bounded; a document stored after
// the cache was emptied finds its entities in the database.
func TestCacheBounded(t *testing.T) {
	defer func(n int) { maxCached = n }(maxCached)
	maxCached = 3
	s := openStore(t)
	for i := range 4 {
		r := haftarResult(t)
		r.Document.Text += strings.Repeat(" ", i)
		r.Quotes[0].Speaker.Name = fmt.Sprintf("Speaker %d", i%2)
		mustAdd(t, s, r)
		if len(s.entities) > maxCached || len(s.aliases) > maxCached {
			t.Errorf("after document %d: %d entities, %d aliases cached; want at most %d", i, len(s.entities), len(s.aliases), maxCached)
		}
	}
	if c := counts(t, s); c["entities"] != 8 {
		t.Errorf("entities = %d, want 8 (Speaker 0, Speaker 1, someone, TASS, Interfax, Reuters, Arab News, PressReader)", c["entities"])
	}
}
