package quotetrail

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/quotetrail/quotetrail/attribution"
)

// This file holds the named reports of `quotetrail report` and the web view:
// the questions people ask of the database, each one query over the views of
// schema.sql, narrowed by a Filter.

// ReportInfo describes a named report.
type ReportInfo struct {
	Name     string // "speakers"
	Question string // the question the report answers, one sentence
	// NeedsSpeaker is set for a report that is about one speaker
	// (Filter.Speaker or Filter.SpeakerID must be set).
	NeedsSpeaker bool
}

// Reports returns the named reports, in the order they are listed.
func Reports() []ReportInfo {
	out := make([]ReportInfo, len(reports))
	for i, r := range reports {
		out[i] = r.ReportInfo
	}
	return out
}

// ErrUnknownReport means that no report has the name asked for.
var ErrUnknownReport = errors.New("unknown report")

// ErrNeedsSpeaker means that a report about one speaker was run without one.
var ErrNeedsSpeaker = errors.New("the report needs a speaker")

// Filter narrows the quotes a report reads. The zero Filter reads them all.
type Filter struct {
	// Since keeps the quotes of the articles published on or after a
	// date: YYYY, YYYY-MM or YYYY-MM-DD. Articles with no date are left
	// out when it is set.
	Since string
	// Outlet keeps the quotes of the articles an outlet printed (the
	// outlet column of who_said_what: the publisher, else the wire, else
	// the platform), compared case-insensitively.
	Outlet string
	// Speaker keeps the quotes of the speakers known by a name or alias,
	// compared as AliasKey does; SpeakerID keeps those of one entity.
	Speaker   string
	SpeakerID int64
	// AllRevisions keeps the quotes of every revision of a document; by
	// default only the latest revision of each counts (see
	// latest_documents in schema.sql).
	AllRevisions bool
	// Limit is the most rows returned (0: all); Offset skips rows first.
	Limit, Offset int
}

var sinceRE = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)

// Validate returns an error if f is not well formed: a Since that is not a
// date, a negative Limit or Offset.
func (f Filter) Validate() error {
	if f.Since != "" && !sinceRE.MatchString(f.Since) {
		return fmt.Errorf("since %q is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)", f.Since)
	}
	if f.Limit < 0 || f.Offset < 0 {
		return fmt.Errorf("negative limit %d or offset %d", f.Limit, f.Offset)
	}
	return nil
}

// conds returns the SQL conditions of f, each starting with " AND ", on a
// query whose document and speaker ids are the columns doc and speaker, and
// their arguments. Values are always parameters, never SQL text.
func (f Filter) conds(doc, speaker string) (string, []any) {
	var b strings.Builder
	var args []any
	// Each document condition is a test of membership in a list computed
	// once: the unary + keeps SQLite from looking the list up, member by
	// member, in an index of the quotes (quotes_norm), which is much
	// slower when the list is long.
	if !f.AllRevisions {
		fmt.Fprintf(&b, " AND +%s IN (SELECT id FROM latest_documents)", doc)
	}
	if f.Since != "" {
		// documents_published makes the list a range scan; an ISO date
		// that starts with Since compares greater than or equal to it.
		fmt.Fprintf(&b, " AND +%s IN (SELECT id FROM documents WHERE published >= ?)", doc)
		args = append(args, f.Since)
	}
	if f.Outlet != "" {
		fmt.Fprintf(&b, " AND +%s IN (SELECT id FROM documents WHERE coalesce(publisher, wire, platform) = ? COLLATE NOCASE)", doc)
		args = append(args, f.Outlet)
	}
	if f.Speaker != "" {
		fmt.Fprintf(&b, " AND %s IN (SELECT entity_id FROM aliases WHERE lookup = ?)", speaker)
		args = append(args, AliasKey(f.Speaker))
	}
	if f.SpeakerID != 0 {
		fmt.Fprintf(&b, " AND %s = ?", speaker)
		args = append(args, f.SpeakerID)
	}
	return b.String(), args
}

// hasSpeaker reports whether f names a speaker.
func (f Filter) hasSpeaker() bool { return f.Speaker != "" || f.SpeakerID != 0 }

// Table is the result of a report: column names and rows. Values are nil
// (NULL), int64, float64 or string. Columns whose names end in "_id" hold the
// database ids of the row's speaker, document, quote or relay, for links;
// people-facing formats may leave them out.
type Table struct {
	Columns []string
	Rows    [][]any
}

// NumericColumn reports whether column i of rows holds numbers or NULL, and
// at least one number: the columns that people-facing formats align right.
func NumericColumn(rows [][]any, i int) bool {
	seen := false
	for _, row := range rows {
		switch row[i].(type) {
		case int64, float64:
			seen = true
		case nil:
		default:
			return false
		}
	}
	return seen
}

// report is a named report: its query, with the marker /*filter*/ wherever
// the conditions of a Filter go (on the columns docCol and speakerCol), and an
// optional step that adds columns computed in Go.
type report struct {
	ReportInfo
	query              string
	docCol, speakerCol string
	after              func(*Table)
}

const filterMarker = "/*filter*/"

var reports = []report{
	{
		ReportInfo: ReportInfo{Name: "speakers",
			Question: "Who is quoted, how often, in how many articles and outlets, how much of it second-hand, and when?"},
		query: `
		SELECT w.speaker, w.speaker_kind AS kind, count(*) AS quotes,
		       count(DISTINCT w.document_id) AS documents,
		       count(DISTINCT w.outlet) AS outlets,
		       sum(w.kind = 'direct') AS direct,
		       sum(w.quote_id IN (SELECT quote_id FROM secondary_citations)) AS secondary,
		       min(w.date) AS first, max(w.date) AS last, w.speaker_id
		FROM who_said_what w
		WHERE w.speaker_id IS NOT NULL /*filter*/
		GROUP BY w.speaker_id
		ORDER BY quotes DESC, w.speaker, w.speaker_id`,
		docCol: "w.document_id", speakerCol: "w.speaker_id",
	},
	{
		ReportInfo: ReportInfo{Name: "quotes-by", NeedsSpeaker: true,
			Question: "What has one speaker said, and through whom, over time? (--speaker NAME)"},
		query: `
		SELECT w.date, w.speaker, w.quote, w.kind, w.cue, w.relays, w.outlet, w.document,
		       w.quote_id, w.document_id, w.speaker_id
		FROM who_said_what w
		WHERE 1 /*filter*/
		ORDER BY w.date, w.document_id, w.quote_id`,
		docCol: "w.document_id", speakerCol: "w.speaker_id",
	},
	{
		ReportInfo: ReportInfo{Name: "relays",
			Question: "Through whom do quotes reach the page? Each relay with the quotes that depend on it (the article did not get them first-hand), and whether the state controls it."},
		query: `
		SELECT coalesce(e.name, r.name) AS relay, e.kind AS kind,
		       count(DISTINCT r.quote_id) AS quotes,
		       count(DISTINCT CASE WHEN NOT EXISTS (
				SELECT 1 FROM hops o
				WHERE o.quote_id = r.quote_id AND o.relation IN ('wire', 'published')
				  AND o.entity_id = r.entity_id) THEN r.quote_id END) AS dependent,
		       count(DISTINCT w.speaker_id) AS speakers,
		       count(DISTINCT w.document_id) AS documents,
		       group_concat(DISTINCT r.relation) AS relations,
		       min(w.date) AS first, max(w.date) AS last, r.entity_id AS relay_id
		FROM relay_hops r
		JOIN who_said_what w ON w.quote_id = r.quote_id
		LEFT JOIN entities e ON e.id = r.entity_id
		WHERE 1 /*filter*/
		GROUP BY coalesce(r.entity_id, r.name)
		ORDER BY dependent DESC, quotes DESC, relay`,
		docCol: "w.document_id", speakerCol: "w.speaker_id",
		after: addStateControl,
	},
	{
		ReportInfo: ReportInfo{Name: "secondary-only",
			Question: "Which quotes did the article not get first-hand, and which relays passed them on?"},
		query: `
		SELECT w.date, w.speaker, w.quote, w.relays, w.cue, w.outlet, w.document,
		       w.quote_id, w.document_id, w.speaker_id
		FROM secondary_citations w
		WHERE 1 /*filter*/
		ORDER BY w.date, w.document_id, w.quote_id`,
		docCol: "w.document_id", speakerCol: "w.speaker_id",
	},
	{
		ReportInfo: ReportInfo{Name: "anonymous",
			Question: "Which quotes have no named speaker: anonymous sources (\"officials\", \"diplomats\") and quotes nobody was found for?"},
		// The quotes are those of the view, found on the index
		// quotes_speaker rather than by reading every quote.
		query: `
		SELECT w.source, w.speaker, w.date, w.quote, w.cue, w.relays, w.outlet, w.document,
		       w.quote_id, w.document_id, w.speaker_id
		FROM anonymous_quotes w
		WHERE w.quote_id IN (
			SELECT id FROM quotes WHERE speaker_entity_id IS NULL
			UNION ALL
			SELECT q.id FROM entities e JOIN quotes q ON q.speaker_entity_id = e.id
			WHERE e.kind = 'anonymous') /*filter*/
		ORDER BY w.date, w.document_id, w.quote_id`,
		docCol: "w.document_id", speakerCol: "w.speaker_id",
	},
	{
		ReportInfo: ReportInfo{Name: "repeated",
			Question: "Which quotes appear in several articles, word for word or nearly (trimmed, cut or with a word changed), and which outlet printed them first?"},
		query: clusterMembers + `
		SELECT f.text AS quote, c.occurrences, c.documents, c.variants, c.speakers,
		       c.first, c.first_outlet, c.last, c.quote_id, f.document_id
		FROM c JOIN quotes f ON f.id = c.quote_id
		ORDER BY c.documents DESC, c.published IS NULL, c.published, c.cluster_id`,
		docCol: "q.document_id", speakerCol: "q.speaker_entity_id",
	},
	{
		ReportInfo: ReportInfo{Name: "drift",
			Question: "Which quotes are worded differently in different articles? Each wording, who was said to say it, and the outlet that printed it first."},
		// One row per wording (quotes.norm) of the clusters with more than
		// one, in order of first appearance.
		query: clusterMembers + `, w AS (
			SELECT m.cluster_id, count(DISTINCT m.document_id) AS documents,
			       group_concat(DISTINCT m.speaker) AS speakers,
			       max(CASE WHEN m.wrank = 1 THEN m.quote_id END) AS quote_id,
			       max(CASE WHEN m.wrank = 1 THEN m.outlet END) AS first_outlet,
			       max(CASE WHEN m.wrank = 1 THEN m.date END) AS first,
			       max(m.date) AS last, min(m.rank) AS appearance
			FROM m JOIN c ON c.cluster_id = m.cluster_id AND c.variants > 1
			GROUP BY m.cluster_id, m.norm
		)
		SELECT dense_rank() OVER (ORDER BY c.documents DESC, c.published IS NULL, c.published, c.cluster_id) AS "group",
		       f.text AS quote, w.speakers, w.documents, w.first, w.first_outlet, w.last,
		       w.quote_id, f.document_id
		FROM w JOIN c ON c.cluster_id = w.cluster_id
		JOIN quotes f ON f.id = w.quote_id
		ORDER BY c.documents DESC, c.published IS NULL, c.published, c.cluster_id, w.appearance`,
		docCol: "q.document_id", speakerCol: "q.speaker_entity_id",
	},
	{
		ReportInfo: ReportInfo{Name: "outlets",
			Question: "Who quotes whom? For each outlet, its 20 most quoted speakers and their share of its attributed quotes."},
		query: `
		WITH counts AS (
			SELECT w.outlet, w.speaker_id, w.speaker, w.speaker_kind, count(*) AS quotes,
			       count(DISTINCT w.document_id) AS documents
			FROM who_said_what w
			WHERE w.speaker_id IS NOT NULL /*filter*/
			GROUP BY w.outlet, w.speaker_id
		), ranked AS (
			SELECT *, row_number() OVER (PARTITION BY outlet ORDER BY quotes DESC, speaker) AS rank,
			       sum(quotes) OVER (PARTITION BY outlet) AS total
			FROM counts
		)
		SELECT outlet, rank, speaker, speaker_kind AS kind, quotes, documents,
		       round(100.0 * quotes / total, 1) AS percent, speaker_id
		FROM ranked
		WHERE rank <= 20
		ORDER BY total DESC, outlet, rank`,
		docCol: "w.document_id", speakerCol: "w.speaker_id",
	},
}

// clusterMembers begins the queries of the reports on the same quote across
// articles (quotes.cluster_id, set by Store.Cluster; see quote_clusters in
// schema.sql). m holds the quotes of the clusters in the articles the filter
// keeps, each with its speaker, outlet and date, and its rank in order of
// appearance (publication date, undated last, then the order stored) in its
// cluster (rank) and among the quotes of its cluster with the same wording
// (wrank); c holds the clusters found in more than one of those articles,
// with their counts and first appearance. The wordings (norm) are read from
// the index quotes_norm (n): computing norm, an expression of many replace
// calls, on every quote of every cluster takes several times longer.
const clusterMembers = `
		WITH n AS MATERIALIZED (
			SELECT rowid AS id, norm FROM quotes INDEXED BY quotes_norm
			WHERE +rowid IN (SELECT id FROM quotes WHERE cluster_id IS NOT NULL)
		), m AS (
			SELECT q.cluster_id, q.id AS quote_id, q.document_id, n.norm, e.name AS speaker,
			       coalesce(d.publisher, d.wire, d.platform) AS outlet, d.published,
			       CASE WHEN d.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
			            THEN substr(d.published, 1, 10) ELSE d.published END AS date,
			       row_number() OVER (PARTITION BY q.cluster_id
			                          ORDER BY d.published IS NULL, d.published, d.id, q.id) AS rank,
			       row_number() OVER (PARTITION BY q.cluster_id, q.norm
			                          ORDER BY d.published IS NULL, d.published, d.id, q.id) AS wrank
			FROM quotes q
			JOIN n ON n.id = q.id
			JOIN documents d ON d.id = q.document_id
			LEFT JOIN entities e ON e.id = q.speaker_entity_id
			WHERE q.cluster_id IS NOT NULL /*filter*/
		), c AS (
			SELECT cluster_id, count(*) AS occurrences, count(DISTINCT document_id) AS documents,
			       count(DISTINCT norm) AS variants, group_concat(DISTINCT speaker) AS speakers,
			       max(CASE WHEN rank = 1 THEN quote_id END) AS quote_id,
			       max(CASE WHEN rank = 1 THEN outlet END) AS first_outlet,
			       max(CASE WHEN rank = 1 THEN published END) AS published,
			       max(CASE WHEN rank = 1 THEN date END) AS first,
			       max(date) AS last
			FROM m GROUP BY cluster_id
			HAVING count(DISTINCT document_id) > 1
		)`

// findReport returns the report called name.
func findReport(name string) (*report, error) {
	for i := range reports {
		if reports[i].Name == name {
			return &reports[i], nil
		}
	}
	return nil, fmt.Errorf("%q: %w", name, ErrUnknownReport)
}

// Report runs the named report on the quotes f keeps. It returns an error
// wrapping ErrUnknownReport for a name Reports does not list,
// ErrNeedsSpeaker for a report about one speaker without f.Speaker or
// f.SpeakerID, and ErrUnknownSpeaker if f.Speaker names nobody.
func (s *Store) Report(ctx context.Context, name string, f Filter) (*Table, error) {
	r, err := findReport(name)
	if err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("report %s: %w", name, err)
	}
	if r.NeedsSpeaker && !f.hasSpeaker() {
		return nil, fmt.Errorf("report %s: %w", name, ErrNeedsSpeaker)
	}
	if err := s.checkSpeaker(ctx, f); err != nil {
		return nil, fmt.Errorf("report %s: %w", name, err)
	}
	// Each marker gets the conditions and their arguments, in order.
	conds, fargs := f.conds(r.docCol, r.speakerCol)
	query := strings.ReplaceAll(r.query, filterMarker, conds)
	var args []any
	for range strings.Count(r.query, filterMarker) {
		args = append(args, fargs...)
	}
	if f.Limit > 0 || f.Offset > 0 {
		limit := f.Limit
		if limit == 0 {
			limit = -1 // SQLite: no limit
		}
		query += " LIMIT ? OFFSET ?"
		args = append(args, limit, f.Offset)
	}
	t, err := s.table(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("report %s: %w", name, err)
	}
	if r.after != nil {
		r.after(t)
	}
	return t, nil
}

// checkSpeaker returns an error wrapping ErrUnknownSpeaker if f.Speaker
// names nobody.
func (s *Store) checkSpeaker(ctx context.Context, f Filter) error {
	if f.Speaker == "" {
		return nil
	}
	var known bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM aliases WHERE lookup = ?)`,
		AliasKey(f.Speaker)).Scan(&known); err != nil {
		return err
	}
	if !known {
		return fmt.Errorf("%q: %w", f.Speaker, ErrUnknownSpeaker)
	}
	return nil
}

// table runs a query and returns its result.
func (s *Store) table(ctx context.Context, query string, args ...any) (*Table, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	t := &Table{}
	if t.Columns, err = rows.Columns(); err != nil {
		return nil, err
	}
	for rows.Next() {
		row := make([]any, len(t.Columns))
		ptrs := make([]any, len(row))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, v := range row {
			if b, ok := v.([]byte); ok {
				row[i] = string(b)
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t, rows.Err()
}

// addStateControl adds, after the kind column of the relays report, whether
// the gazetteer of package attribution knows the relay as state-controlled
// ("yes", "public" for a public broadcaster with statutory independence, "no",
// NULL when it does not know the outlet) and its country.
func addStateControl(t *Table) {
	g := attribution.DefaultGazetteer()
	at := 2 // after relay, kind
	t.Columns = insertAt(t.Columns, at, "state", "country")
	for i, row := range t.Rows {
		var state, country any
		if name, ok := row[0].(string); ok {
			if o, ok := g.Lookup(name); ok {
				state, country = nullable(o.State), nullable(o.Country)
			}
		}
		t.Rows[i] = insertAt(row, at, state, country)
	}
}

// insertAt returns s with vs inserted at index i.
func insertAt[T any](s []T, i int, vs ...T) []T {
	out := make([]T, 0, len(s)+len(vs))
	out = append(out, s[:i]...)
	out = append(out, vs...)
	return append(out, s[i:]...)
}

// nullable returns s, or nil for "".
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Counts are the sizes of a database: its documents (the latest revision of
// each), and their quotes, speakers and relays.
type Counts struct {
	Documents, Quotes, Speakers, Relays int
	// First and Last are the earliest and latest publication dates
	// (YYYY-MM-DD when the dates are ISO 8601), "" when none is known.
	First, Last string
}

// ErrEmpty is the message for a database without documents.
var ErrEmpty = errors.New("no documents yet: run quotetrail ingest")

// Empty reports whether the database has no documents.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	var found bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM documents)`).Scan(&found); err != nil {
		return false, fmt.Errorf("count documents: %w", err)
	}
	return !found, nil
}

// Counts returns the sizes of the database.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	var first, last *string
	err := s.db.QueryRowContext(ctx, `
		WITH latest AS MATERIALIZED (SELECT id FROM latest_documents),
		     lq AS MATERIALIZED (SELECT id, speaker_entity_id FROM quotes WHERE +document_id IN (SELECT id FROM latest))
		SELECT (SELECT count(*) FROM latest),
		       (SELECT count(*) FROM lq),
		       (SELECT count(DISTINCT speaker_entity_id) FROM lq),
		       (SELECT count(DISTINCT entity_id) FROM relay_hops WHERE +quote_id IN (SELECT id FROM lq)),
		       (SELECT substr(min(published), 1, 10) FROM documents),
		       (SELECT substr(max(published), 1, 10) FROM documents)`).
		Scan(&c.Documents, &c.Quotes, &c.Speakers, &c.Relays, &first, &last)
	if err != nil {
		return Counts{}, fmt.Errorf("counts: %w", err)
	}
	if first != nil {
		c.First = *first
	}
	if last != nil {
		c.Last = *last
	}
	return c, nil
}

// Audit is the summary of the audit: what a reader should check before
// trusting the quotes. It counts the latest revision of each document.
type Audit struct {
	// Secondary counts the quotes the articles did not get first-hand
	// (secondary_citations); Anonymous those of anonymous sources and
	// Unattributed those with no speaker (anonymous_quotes).
	Secondary, Anonymous, Unattributed int
	// AnonymousSources are the anonymous sources ("officials"), the most
	// quoted first (at most 20).
	AnonymousSources []Count
}

// Audit returns the summary of the audit.
func (s *Store) Audit(ctx context.Context) (*Audit, error) {
	a := &Audit{}
	// The anonymous and unattributed quotes are counted on the index
	// quotes_speaker, less those of the documents a later revision
	// replaced (few, if any): reading every quote of the latest
	// revisions (latest_documents) takes several times longer.
	err := s.db.QueryRowContext(ctx, supersededDocuments+`, anon AS MATERIALIZED (
			SELECT id FROM entities WHERE kind = 'anonymous'
		)
		SELECT (SELECT count(*) FROM secondary_citations WHERE latest),
		       (SELECT count(*) FROM quotes WHERE speaker_entity_id IN anon) -
		       (SELECT count(*) FROM quotes WHERE document_id IN old AND speaker_entity_id IN anon),
		       (SELECT count(*) FROM quotes WHERE speaker_entity_id IS NULL) -
		       (SELECT count(*) FROM quotes WHERE document_id IN old AND speaker_entity_id IS NULL)`).
		Scan(&a.Secondary, &a.Anonymous, &a.Unattributed)
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	err = s.eachRow(ctx, supersededDocuments+`
		SELECT e.id, e.name, e.kind, count(*) AS n
		FROM entities e JOIN quotes q ON q.speaker_entity_id = e.id
		WHERE e.kind = 'anonymous' AND +q.document_id NOT IN old
		GROUP BY e.id ORDER BY n DESC, e.name LIMIT 20`, nil, func(rows *sql.Rows) error {
		var c Count
		err := rows.Scan(&c.ID, &c.Name, &c.Kind, &c.Quotes)
		a.AnonymousSources = append(a.AnonymousSources, c)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	return a, nil
}

// supersededDocuments begins a query with old, the ids of the documents that
// a later revision replaces: those latest_documents leaves out, found from
// the later revisions (on the index documents_revision_of) rather than by
// reading every document.
const supersededDocuments = `
		WITH old AS MATERIALIZED (
			SELECT n.revision_of AS id FROM documents n WHERE n.revision_of IS NOT NULL
			UNION
			SELECT d.id FROM documents n CROSS JOIN documents d
			       ON d.revision_of = n.revision_of AND d.id < n.id
			WHERE n.revision_of IS NOT NULL
		)`
