package quotetrail

import (
	"context"
	"fmt"
	"strings"

	"github.com/quotetrail/quotetrail/cluster"
)

// This file links the occurrences of one quote in different documents
// (quotes.cluster_id, the view quote_clusters) and holds the queries of the
// audit that read them.

// Cluster groups the quotes of the latest revisions of the documents with
// package cluster, and stores in quotes.cluster_id the clusters that span
// more than one document; other quotes get NULL. It reads every quote, so
// it sees quotes added by earlier ingests, and it writes only the rows whose
// cluster changed: running it twice changes nothing. It returns the number
// of clusters.
func (s *Store) Cluster(ctx context.Context) (int, error) {
	if s.readOnly {
		return 0, fmt.Errorf("cluster: database %s is open read-only", s.path)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("cluster: %w", err)
	}
	defer tx.Rollback()

	type row struct {
		id, doc, old int64 // old: the stored cluster_id, 0 for NULL
	}
	var rows []row
	var texts []string
	rs, err := tx.QueryContext(ctx, `
		SELECT q.id, q.document_id, coalesce(q.cluster_id, 0), q.text FROM quotes q
		WHERE +q.document_id IN (SELECT id FROM latest_documents) ORDER BY q.id`)
	if err != nil {
		return 0, fmt.Errorf("cluster: %w", err)
	}
	for rs.Next() {
		var r row
		var text string
		if err := rs.Scan(&r.id, &r.doc, &r.old, &text); err != nil {
			rs.Close()
			return 0, fmt.Errorf("cluster: %w", err)
		}
		rows = append(rows, r)
		texts = append(texts, text)
	}
	if err := rs.Close(); err != nil {
		return 0, fmt.Errorf("cluster: %w", err)
	}
	if err := rs.Err(); err != nil {
		return 0, fmt.Errorf("cluster: %w", err)
	}

	groups := cluster.Group(texts)
	// A group is a cluster if its quotes are in two documents at least.
	spans := make(map[int]bool) // group → more than one document
	for i, g := range groups {
		if g >= 0 && rows[i].doc != rows[g].doc {
			spans[g] = true
		}
	}
	// Quotes of older revisions keep no cluster.
	if _, err := tx.ExecContext(ctx, `UPDATE quotes SET cluster_id = NULL
		WHERE cluster_id IS NOT NULL AND document_id NOT IN (SELECT id FROM latest_documents)`); err != nil {
		return 0, fmt.Errorf("cluster: %w", err)
	}
	set, err := tx.PrepareContext(ctx, `UPDATE quotes SET cluster_id = ? WHERE id = ?`)
	if err != nil {
		return 0, fmt.Errorf("cluster: %w", err)
	}
	defer set.Close()
	for i, g := range groups {
		var id int64
		if g >= 0 && spans[g] {
			id = rows[g].id // the lowest id: rows are in id order
		}
		if id == rows[i].old {
			continue
		}
		if _, err := set.ExecContext(ctx, null64(id), rows[i].id); err != nil {
			return 0, fmt.Errorf("cluster: quote %d: %w", rows[i].id, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("cluster: %w", err)
	}
	return len(spans), nil
}

// null64 returns n, or nil (SQL NULL) for 0.
func null64(n int64) any {
	if n == 0 {
		return nil
	}
	return n
}

// AuditSection is one part of the audit: a title, a sentence saying what it
// lists, and its rows.
type AuditSection struct {
	Name  string // "secondary-only"
	Title string // "Secondary-only quotes"
	About string
	Table *Table
}

// AuditSections returns the audit of the database, in the order to read it:
// the secondary-only quotes with their relays, the relays ranked by the
// quotes that depend on them, the anonymous and unattributed quotes, the
// same quote attributed to different speakers, and the quotes whose wording
// drifts between articles. It reads the latest revisions; limit is the most
// rows of each section (0: all). The clusters are those of the last
// Store.Cluster.
func (s *Store) AuditSections(ctx context.Context, limit int) ([]AuditSection, error) {
	f := Filter{Limit: limit}
	var out []AuditSection
	add := func(name, title, about string, t *Table, err error) error {
		if err != nil {
			return fmt.Errorf("audit %s: %w", name, err)
		}
		out = append(out, AuditSection{Name: name, Title: title, About: about, Table: t})
		return nil
	}

	t, err := s.Report(ctx, "secondary-only", f)
	if err == nil {
		t = viaColumn(t)
	}
	if err := add("secondary-only", "Secondary-only quotes",
		"Quotes that reached the article only through a relay: the speaker, then the relays.", t, err); err != nil {
		return nil, err
	}
	t, err = s.Report(ctx, "relays", f)
	if err := add("relays", "Relays",
		"Each relay with the quotes that depend on it, and whether a state controls it.", t, err); err != nil {
		return nil, err
	}

	a, err := s.Audit(ctx)
	if err != nil {
		return nil, err
	}
	t = &Table{Columns: []string{"source", "quotes"}, Rows: [][]any{
		{"anonymous", int64(a.Anonymous)}, {"unattributed", int64(a.Unattributed)}}}
	for _, c := range a.AnonymousSources {
		t.Rows = append(t.Rows, []any{"anonymous: " + c.Name, int64(c.Quotes)})
	}
	if err := add("anonymous-counts", "Anonymous and unattributed quotes",
		"Quotes with no named speaker, by source.", t, nil); err != nil {
		return nil, err
	}
	t, err = s.Report(ctx, "anonymous", Filter{Limit: cmp0(limit, 10)})
	if err := add("anonymous", "Examples",
		"Some quotes with no named speaker.", t, err); err != nil {
		return nil, err
	}

	t, err = s.clusterTable(ctx, "speakers > 1", limit)
	if err := add("speakers", "One quote, different speakers",
		"Quotes attributed to different speakers in different articles.", t, err); err != nil {
		return nil, err
	}
	t, err = s.clusterTable(ctx, "variants > 1", limit)
	if err := add("drift", "Wording drift",
		"Quotes worded differently in different articles: each wording, where and when it appeared.", t, err); err != nil {
		return nil, err
	}
	return out, nil
}

// cmp0 returns a, or b if a is 0.
func cmp0(a, b int) int {
	if a == 0 {
		return b
	}
	return a
}

// viaColumn returns the table of the secondary-only report with a first
// column source: "Khalifa Haftar via TASS".
func viaColumn(t *Table) *Table {
	speaker, relays := -1, -1
	for i, c := range t.Columns {
		switch c {
		case "speaker":
			speaker = i
		case "relays":
			relays = i
		}
	}
	if speaker < 0 || relays < 0 {
		return t
	}
	t.Columns = insertAt(t.Columns, 0, "source")
	for i, row := range t.Rows {
		who, _ := row[speaker].(string)
		if who == "" {
			who = "(unknown)"
		}
		via, _ := row[relays].(string)
		t.Rows[i] = insertAt(row, 0, any(who+" via "+via))
	}
	return t
}

// clusterTable lists the quotes of the clusters of quote_clusters that meet
// cond, one row per wording and document: the cluster's first appearance and
// outlet, and where and when each wording appeared and who was said to say
// it. limit is the most clusters (0: all).
func (s *Store) clusterTable(ctx context.Context, cond string, limit int) (*Table, error) {
	if limit <= 0 {
		limit = -1
	}
	query := strings.ReplaceAll(`
		WITH c AS (
			SELECT * FROM quote_clusters WHERE /*cond*/
			ORDER BY documents DESC, first_published, cluster_id LIMIT ?
		)
		SELECT dense_rank() OVER (ORDER BY c.documents DESC, c.first_published, c.cluster_id) AS "cluster",
		       c.first_outlet AS first_outlet, substr(c.first_published, 1, 10) AS first_date,
		       w.speaker, w.quote, w.outlet, w.date, w.document,
		       c.cluster_id, w.quote_id, w.document_id, w.speaker_id
		FROM c
		JOIN quotes q ON q.cluster_id = c.cluster_id
		JOIN who_said_what w ON w.quote_id = q.id
		ORDER BY c.documents DESC, c.first_published, c.cluster_id, w.date IS NULL, w.date, w.document_id, w.quote_id`,
		"/*cond*/", cond)
	return s.table(ctx, query, limit)
}
