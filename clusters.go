package quotetrail

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"unicode/utf8"

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
// same quote attributed to different speakers (but for the formulas that
// each said of itself: see selfDescriptions), and the quotes whose wording
// drifts between articles. It reads the latest revisions; limit is the most
// rows of each section (0: all; clusters for the last two). The clusters are
// those of the last Store.Cluster.
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

	self, err := s.selfDescriptions(ctx)
	if err != nil {
		return nil, fmt.Errorf("audit speakers: %w", err)
	}
	about := "Quotes attributed to different speakers in different articles."
	if len(self) > 0 {
		about += fmt.Sprintf(" Left out: %d formulas that each speaker said of itself, "+
			"in an article about itself (\"it is raising its prime rate\").", len(self))
	}
	speakers, drift, err := s.clusterSections(ctx, self, limit)
	if err := add("speakers", "One quote, different speakers", about, speakers, err); err != nil {
		return nil, err
	}
	if err := add("drift", "Wording drift",
		"Quotes worded differently in different articles: each wording, where and when it appeared.", drift, nil); err != nil {
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

// clusterSections returns the last two sections of the audit: the quotes of
// the clusters attributed to more than one speaker, but those in leaveOut,
// and of the clusters worded in more than one way (distinct norm), one row
// per quote: the cluster's first appearance and outlet, and where and when
// each quote appeared and who was said to say it. limit is the most clusters
// of each (0: all); the clusters found in more documents come first.
//
// It computes the columns of quote_clusters itself, in one query for both:
// the view computes norm, an expression of many replace calls, on every
// quote of every cluster, where reading it from the index quotes_norm is
// several times faster.
func (s *Store) clusterSections(ctx context.Context, leaveOut []int64, limit int) (speakers, drift *Table, err error) {
	if limit <= 0 {
		limit = -1
	}
	if leaveOut == nil {
		leaveOut = []int64{} // json.Marshal writes null for nil
	}
	ids, err := json.Marshal(leaveOut)
	if err != nil {
		return nil, nil, err
	}
	t, err := s.table(ctx, `
		WITH m AS MATERIALIZED (
			SELECT q.cluster_id, q.id AS quote_id, q.document_id, q.speaker_entity_id,
			       coalesce(d.publisher, d.wire, d.platform) AS outlet, d.published,
			       row_number() OVER (PARTITION BY q.cluster_id
			                          ORDER BY d.published IS NULL, d.published, d.id, q.id) AS rank
			FROM quotes q JOIN documents d ON d.id = q.document_id
			WHERE q.cluster_id IS NOT NULL
		), v AS MATERIALIZED (
			SELECT q.cluster_id, count(DISTINCT n.norm) AS variants
			FROM quotes n INDEXED BY quotes_norm
			JOIN quotes q ON q.id = n.rowid
			WHERE +n.rowid IN (SELECT id FROM quotes WHERE cluster_id IS NOT NULL)
			GROUP BY q.cluster_id
		), c AS MATERIALIZED (
			SELECT m.cluster_id, count(DISTINCT m.document_id) AS documents, v.variants,
			       count(DISTINCT m.speaker_entity_id) AS speakers,
			       max(CASE WHEN m.rank = 1 THEN m.outlet END) AS first_outlet,
			       max(CASE WHEN m.rank = 1 THEN m.published END) AS first_published
			FROM m JOIN v ON v.cluster_id = m.cluster_id
			GROUP BY m.cluster_id
		), sections AS (
			SELECT * FROM (
				SELECT 'speakers' AS section, * FROM c
				WHERE speakers > 1 AND cluster_id NOT IN (SELECT value FROM json_each(?))
				ORDER BY documents DESC, first_published, cluster_id LIMIT ?)
			UNION ALL
			SELECT * FROM (
				SELECT 'drift' AS section, * FROM c WHERE variants > 1
				ORDER BY documents DESC, first_published, cluster_id LIMIT ?)
		)
		SELECT c.section, dense_rank() OVER (PARTITION BY c.section
		                                     ORDER BY c.documents DESC, c.first_published, c.cluster_id) AS "cluster",
		       c.first_outlet AS first_outlet, substr(c.first_published, 1, 10) AS first_date,
		       w.speaker, w.quote, w.outlet, w.date, w.document,
		       c.cluster_id, w.quote_id, w.document_id, w.speaker_id
		FROM sections c
		JOIN m ON m.cluster_id = c.cluster_id
		JOIN who_said_what w ON w.quote_id = m.quote_id
		ORDER BY c.section, c.documents DESC, c.first_published, c.cluster_id,
		         w.date IS NULL, w.date, w.document_id, w.quote_id`, string(ids), limit, limit)
	if err != nil {
		return nil, nil, err
	}
	speakers = &Table{Columns: t.Columns[1:]}
	drift = &Table{Columns: t.Columns[1:]}
	for _, row := range t.Rows {
		if row[0] == "speakers" {
			speakers.Rows = append(speakers.Rows, row[1:])
		} else {
			drift.Rows = append(drift.Rows, row[1:])
		}
	}
	return speakers, drift, nil
}

// selfDescriptions returns, in order, the clusters of quotes attributed to
// different speakers that are no finding of the audit: formulas that each
// speaker said of itself, such as the sentences of wire copy in which one bank
// after another says that "it is raising its prime rate to 7-3/4 pct". Such
// words are true of whoever says them, so two speakers for them tell nothing
// of a misattribution. A cluster is one when
//
//   - each of its quotes with a speaker begins with a pronoun (it, its, we,
//     he, ...: see selfPronouns), so that its words are about its speaker; and
//   - two of its speakers are told apart by their names and their articles:
//     each name has a distinctive word (its rarest word among the names of
//     entities, if at most 1% of them have it), neither name has the other's
//     (they may be one speaker under two names: Dome, Calgary-based Dome),
//     and an article of each is about its own speaker, not the other: each
//     title names its own speaker and not the other, or neither text names
//     the other speaker.
//
// The same words given to two speakers in articles about one event (a
// minister in one, his deputy in the other), to speakers with no
// distinctive name ("officials", "Corp") or in other words than a pronoun's
// stay in the audit.
func (s *Store) selfDescriptions(ctx context.Context) ([]int64, error) {
	type member struct {
		doc, speaker int64
		name         string
	}
	members := make(map[int64][]member)
	var order []int64
	formula := make(map[int64]bool) // so far
	err := s.eachRow(ctx, `
		WITH c AS (
			SELECT cluster_id FROM quotes WHERE cluster_id IS NOT NULL
			GROUP BY cluster_id HAVING count(DISTINCT speaker_entity_id) > 1
		)
		SELECT q.cluster_id, q.document_id, q.speaker_entity_id, e.name, q.text
		FROM c
		JOIN quotes q ON q.cluster_id = c.cluster_id
		JOIN entities e ON e.id = q.speaker_entity_id
		ORDER BY q.cluster_id, q.id`, nil, func(rows *sql.Rows) error {
		var id int64
		var m member
		var text string
		if err := rows.Scan(&id, &m.doc, &m.speaker, &m.name, &text); err != nil {
			return err
		}
		if _, seen := formula[id]; !seen {
			order = append(order, id)
			formula[id] = true
		}
		if w := cluster.Words(text); len(w) == 0 || !selfPronouns[w[0]] {
			formula[id] = false
		}
		members[id] = append(members[id], m)
		return nil
	})
	if err != nil {
		return nil, err
	}
	var docs []int64
	for _, id := range order {
		if formula[id] {
			for _, m := range members[id] {
				docs = append(docs, m.doc)
			}
		}
	}
	if len(docs) == 0 {
		return nil, nil
	}

	// How many entities have each word in their names.
	df := make(map[string]int)
	entities := 0
	err = s.eachRow(ctx, `SELECT name FROM entities`, nil, func(rows *sql.Rows) error {
		var name string
		if err := rows.Scan(&name); err != nil {
			return err
		}
		entities++
		for _, w := range distinct(cluster.Words(name)) {
			df[w]++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	maxDF := max(2, entities/100)
	// distinctive returns the words of a name that at most maxDF names
	// have, and the rarest of them, the first if several are ("" if none):
	// Delta of Delta Dairies.
	distinctive := func(name string) (words []string, key string) {
		for _, w := range distinct(cluster.Words(name)) {
			if utf8.RuneCountInString(w) < 2 || df[w] > maxDF {
				continue
			}
			words = append(words, w)
			if key == "" || df[w] < df[key] { // the first of the rarest
				key = w
			}
		}
		return words, key
	}

	// The speakers' distinctive words, and those of them in the titles and
	// texts of the candidates' documents.
	type name struct {
		words []string // distinctive
		key   string   // the rarest
	}
	names := make(map[int64]name)
	keys := make(map[string]bool)
	for _, id := range order {
		for _, m := range members[id] {
			if _, ok := names[m.speaker]; formula[id] && !ok {
				var n name
				n.words, n.key = distinctive(m.name)
				names[m.speaker] = n
				keys[n.key] = true
			}
		}
	}
	keysIn := func(text string) map[string]bool {
		set := make(map[string]bool)
		for _, w := range cluster.Words(text) {
			if keys[w] {
				set[w] = true
			}
		}
		return set
	}
	titles := make(map[int64]map[string]bool)
	texts := make(map[int64]map[string]bool)
	ids, err := json.Marshal(docs)
	if err != nil {
		return nil, err
	}
	err = s.eachRow(ctx, `SELECT id, coalesce(title, ''), text FROM documents WHERE id IN (SELECT value FROM json_each(?))`,
		[]any{string(ids)}, func(rows *sql.Rows) error {
			var id int64
			var title, text string
			if err := rows.Scan(&id, &title, &text); err != nil {
				return err
			}
			titles[id], texts[id] = keysIn(title), keysIn(text)
			return nil
		})
	if err != nil {
		return nil, err
	}

	// apart reports whether some article of a's speaker and some of b's,
	// whose distinctive words are ka and kb, are each about their own
	// speaker.
	apart := func(a, b []member, ka, kb string) bool {
		for _, x := range a {
			for _, y := range b {
				if x.doc == y.doc {
					continue
				}
				tx, ty := titles[x.doc], titles[y.doc]
				if tx[ka] && ty[kb] && !tx[kb] && !ty[ka] {
					return true
				}
				if !texts[x.doc][kb] && !texts[y.doc][ka] {
					return true
				}
			}
		}
		return false
	}
	var out []int64
	for _, id := range order {
		if !formula[id] {
			continue
		}
		var speakers []int64
		by := make(map[int64][]member)
		for _, m := range members[id] {
			if by[m.speaker] == nil {
				speakers = append(speakers, m.speaker)
			}
			by[m.speaker] = append(by[m.speaker], m)
		}
	pairs:
		for i, a := range speakers {
			for _, b := range speakers[i+1:] {
				na, nb := names[a], names[b]
				if na.key == "" || nb.key == "" || slices.Contains(na.words, nb.key) || slices.Contains(nb.words, na.key) {
					continue // no distinctive name, or maybe one speaker
				}
				if apart(by[a], by[b], na.key, nb.key) {
					out = append(out, id)
					break pairs
				}
			}
		}
	}
	return out, nil
}

// selfPronouns are the words that, first in a quote, make it about its
// speaker: "it is raising its prime rate", "we will not lift the embargo".
// Words lower-cases them and drops apostrophes ("It's" is "its").
var selfPronouns = map[string]bool{
	"i": true, "my": true, "we": true, "our": true,
	"he": true, "his": true, "she": true, "her": true,
	"it": true, "its": true, "they": true, "their": true,
}

// distinct returns the words of ws, each once, in order.
func distinct(ws []string) []string {
	out := ws[:0:0]
	for _, w := range ws {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}
