package quotetrail

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// This file reads quotes with their articles and full citation chains: for
// `quotetrail export`, and for the pages of the web view (a search, a
// speaker, an article).

// QuoteRecord is one stored quote segment with its speaker, its article and
// its full citation chain. Offsets are byte offsets into the article's text;
// absent text is "" and omitted from JSON.
type QuoteRecord struct {
	ID      int64  `json:"id"`
	Group   int64  `json:"group"`   // the id of the quotation's first segment
	Segment int    `json:"segment"` // 0 for the first
	Kind    string `json:"kind"`    // direct, indirect or mixed
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`

	SpeakerID   int64  `json:"speaker_id,omitempty"` // 0: unknown speaker
	Speaker     string `json:"speaker,omitempty"`
	SpeakerKind string `json:"speaker_kind,omitempty"`
	// Mention is the speaker as the text names it near the quote ("he",
	// "Haftar"), at MentionStart..MentionEnd (both 0 when there is none).
	Mention      string `json:"mention,omitempty"`
	MentionStart int    `json:"mention_start,omitempty"`
	MentionEnd   int    `json:"mention_end,omitempty"`
	Role         string `json:"role,omitempty"`
	Cue          string `json:"cue,omitempty"`
	CueStart     int    `json:"cue_start,omitempty"`
	CueEnd       int    `json:"cue_end,omitempty"`
	Rule         string `json:"rule,omitempty"`
	// Confidence is the attribution's, in [0, 1].
	Confidence float64 `json:"confidence"`

	Document DocumentRef `json:"document"`
	// Relays are the names of the relays of Chain, nearest the speaker
	// first.
	Relays []string `json:"relays"`
	// Chain is the full citation chain, from the speaker (position 0) out
	// to the platform.
	Chain []Link `json:"chain"`
}

// DocumentRef is what a QuoteRecord says of its article.
type DocumentRef struct {
	ID         int64  `json:"id"`          // the database id
	ExternalID string `json:"external_id"` // the input's id, or the file path
	Title      string `json:"title,omitempty"`
	URL        string `json:"url,omitempty"`
	// Outlet is the publisher, else the wire, else the platform.
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"` // as given in the input
}

// Link is one link of a citation chain.
type Link struct {
	Position int    `json:"position"`
	EntityID int64  `json:"entity_id,omitempty"` // 0: no entity (unknown speaker, unnamed publisher)
	Name     string `json:"name,omitempty"`      // "" for an unknown speaker
	Kind     string `json:"kind,omitempty"`
	// Relation is said (position 0), a relay's relation (quoted, told,
	// interview, according-to, carried, reported, monitored), wire,
	// published or distributed.
	Relation string `json:"relation"`
}

// IsRelay reports whether l is a relay: a link between the speaker and the
// article's own wire, publisher and platform.
func (l Link) IsRelay() bool {
	switch l.Relation {
	case "said", "wire", "published", "distributed":
		return false
	}
	return true
}

const quoteRecordQuery = `
	SELECT q.id, q.grp, q.segment, q.kind, q.text, q.start, q."end",
	       coalesce(q.speaker_entity_id, 0), coalesce(e.name, ''), coalesce(e.kind, ''),
	       coalesce(q.speaker_text, ''), coalesce(q.speaker_start, 0), coalesce(q.speaker_end, 0),
	       coalesce(q.role, ''), coalesce(q.cue, ''), coalesce(q.cue_start, 0), coalesce(q.cue_end, 0),
	       coalesce(q.rule, ''), coalesce(q.confidence, 0),
	       d.id, d.external_id, coalesce(d.title, ''), coalesce(d.url, ''),
	       coalesce(d.publisher, d.wire, d.platform, ''), coalesce(d.published, ''),
	       (SELECT json_group_array(json_array(h.position, h.entity_id, h.name, he.kind, h.relation) ORDER BY h.position)
	          FROM hops h LEFT JOIN entities he ON he.id = h.entity_id
	         WHERE h.quote_id = q.id)
	FROM quotes q
	JOIN documents d ON d.id = q.document_id
	LEFT JOIN entities e ON e.id = q.speaker_entity_id
	WHERE 1`

// eachQuote calls fn for each quote the conditions conds (each starting with
// " AND ", on the aliases q and d of quoteRecordQuery) keep, by id, from
// offset on and at most limit of them (0: all). fn must not query the Store:
// the rows are still being read.
func (s *Store) eachQuote(ctx context.Context, conds string, args []any, limit, offset int, fn func(*QuoteRecord) error) error {
	query := quoteRecordQuery + conds + " ORDER BY q.id"
	if limit > 0 || offset > 0 {
		if limit == 0 {
			limit = -1
		}
		query += " LIMIT ? OFFSET ?"
		args = append(args, limit, offset)
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r QuoteRecord
		var chain string
		d := &r.Document
		if err := rows.Scan(&r.ID, &r.Group, &r.Segment, &r.Kind, &r.Text, &r.Start, &r.End,
			&r.SpeakerID, &r.Speaker, &r.SpeakerKind, &r.Mention, &r.MentionStart, &r.MentionEnd,
			&r.Role, &r.Cue, &r.CueStart, &r.CueEnd, &r.Rule, &r.Confidence,
			&d.ID, &d.ExternalID, &d.Title, &d.URL, &d.Outlet, &d.Published, &chain); err != nil {
			return err
		}
		if r.Chain, err = decodeChain(chain); err != nil {
			return fmt.Errorf("quote %d: chain: %w", r.ID, err)
		}
		r.Relays = []string{}
		for _, l := range r.Chain {
			if l.IsRelay() {
				r.Relays = append(r.Relays, l.Name)
			}
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// decodeChain decodes the JSON array of [position, entity_id, name, kind,
// relation] arrays of quoteRecordQuery.
func decodeChain(s string) ([]Link, error) {
	var raw [][5]any
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return nil, err
	}
	links := make([]Link, len(raw))
	for i, r := range raw {
		pos, _ := r[0].(float64)
		id, _ := r[1].(float64)
		name, _ := r[2].(string)
		kind, _ := r[3].(string)
		rel, _ := r[4].(string)
		links[i] = Link{Position: int(pos), EntityID: int64(id), Name: name, Kind: kind, Relation: rel}
	}
	return links, nil
}

// EachQuote calls fn for every quote f keeps, in the order they were
// stored, with its speaker, article and full chain; f.Limit and f.Offset
// page through them. fn must not query the Store (the rows are being read);
// an error from fn stops the iteration and is returned. It returns an error
// wrapping ErrUnknownSpeaker if f.Speaker names nobody.
func (s *Store) EachQuote(ctx context.Context, f Filter, fn func(*QuoteRecord) error) error {
	if err := f.Validate(); err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	if err := s.checkSpeaker(ctx, f); err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	conds, args := f.conds("q.document_id", "q.speaker_entity_id")
	if err := s.eachQuote(ctx, conds, args, f.Limit, f.Offset, fn); err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	return nil
}

// quotes returns the quotes eachQuote gives.
func (s *Store) quotes(ctx context.Context, conds string, args []any, limit, offset int) ([]QuoteRecord, error) {
	var out []QuoteRecord
	err := s.eachQuote(ctx, conds, args, limit, offset, func(r *QuoteRecord) error {
		out = append(out, *r)
		return nil
	})
	return out, err
}

// SearchResult is a page of the quotes that match a search.
type SearchResult struct {
	Quotes []QuoteRecord
	Total  int // how many quotes match in all
	// Speakers are the speakers whose name or alias contains the search
	// text, the most quoted first (at most 20), with their quotes in the
	// latest revisions.
	Speakers []Count
}

// SearchQuotes returns the quotes whose text contains every word of words
// (case-insensitive for ASCII letters; a word is matched as a substring),
// that f keeps, in the order they were stored, paged by f.Limit and
// f.Offset. Empty words match nothing.
func (s *Store) SearchQuotes(ctx context.Context, words string, f Filter) (*SearchResult, error) {
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	res := &SearchResult{}
	fields := strings.Fields(words)
	if len(fields) == 0 {
		return res, nil
	}
	var b strings.Builder
	var args []any
	for _, w := range fields {
		b.WriteString(` AND q.text LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscaper.Replace(w)+"%")
	}
	conds, fargs := f.conds("q.document_id", "q.speaker_entity_id")
	conds = b.String() + conds
	args = append(args, fargs...)
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM quotes q WHERE 1"+conds, args...).Scan(&res.Total); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var err error
	if res.Quotes, err = s.quotes(ctx, conds, args, f.Limit, f.Offset); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	key := AliasKey(words)
	rows, err := s.db.QueryContext(ctx, `
		SELECT e.id, e.name, e.kind,
		       (SELECT count(*) FROM quotes
		         WHERE speaker_entity_id = e.id AND document_id IN (SELECT id FROM latest_documents)) AS n
		FROM entities e
		WHERE e.id IN (SELECT entity_id FROM aliases WHERE lookup LIKE ? ESCAPE '\')
		ORDER BY n DESC, e.name LIMIT 20`, "%"+likeEscaper.Replace(key)+"%")
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.ID, &c.Name, &c.Kind, &c.Quotes); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		if c.Quotes > 0 {
			res.Speakers = append(res.Speakers, c)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return res, nil
}

var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// ErrNotFound means that there is no row with the id asked for.
var ErrNotFound = errors.New("not found")

// Article is a stored document with its quotes.
type Article struct {
	ID         int64
	ExternalID string
	Source     string
	// Metadata and provenance; "" when absent.
	URL, Title, Publisher, Published, Dateline, Wire, Platform, Author, PhotoCredit string

	// LatestID is the id of the latest revision of the document: ID
	// itself, or a revision stored after it.
	LatestID int64

	Text string
	// Quotes are the article's quotes in the order they were found, which
	// is the order of the text.
	Quotes []QuoteRecord
}

// Article returns the document with the database id id and its quotes, or an
// error wrapping ErrNotFound.
func (s *Store) Article(ctx context.Context, id int64) (*Article, error) {
	a := &Article{ID: id}
	var url, title, publisher, published, dateline, wire, platform, author, photo sql.NullString
	err := s.db.QueryRowContext(ctx, `
		SELECT external_id, source, url, title, publisher, published, dateline, wire, platform,
		       author, photo_credit, text,
		       (SELECT max(n.id) FROM documents n
		        WHERE n.id = coalesce(d.revision_of, d.id) OR n.revision_of = coalesce(d.revision_of, d.id))
		FROM documents d WHERE id = ?`, id).
		Scan(&a.ExternalID, &a.Source, &url, &title, &publisher, &published, &dateline, &wire, &platform,
			&author, &photo, &a.Text, &a.LatestID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %d: %w", id, err)
	}
	a.URL, a.Title, a.Publisher, a.Published = url.String, title.String, publisher.String, published.String
	a.Dateline, a.Wire, a.Platform, a.Author, a.PhotoCredit = dateline.String, wire.String, platform.String, author.String, photo.String
	if a.Quotes, err = s.quotes(ctx, " AND q.document_id = ?", []any{id}, 0, 0); err != nil {
		return nil, fmt.Errorf("document %d: %w", id, err)
	}
	return a, nil
}

// Profile is what the database knows of one entity: as a speaker, and as a
// relay of other people's quotes, in the latest revision of each document.
type Profile struct {
	ID      int64
	Name    string
	Kind    string
	Aliases []string // the names the articles used, sorted
	// Quotes, Documents, Outlets and Secondary count its quotes as a
	// speaker, the articles and outlets they are in, and those that
	// reached the page through a relay; First and Last are their dates.
	Quotes, Documents, Outlets, Secondary int
	First, Last                           string
	// Months counts its quotes by month of publication (YYYY-MM, or the
	// date as given when it is not ISO 8601), in order.
	Months []Count
	// Relays and OutletCounts count its quotes by relay and by outlet,
	// the most first.
	Relays, OutletCounts []Count
	// Relayed is how many quotes of others it passed on as a relay.
	Relayed int
}

// Count is a name and a number of quotes. ID and Kind are the entity's, if
// the name is one's.
type Count struct {
	ID     int64
	Name   string
	Kind   string
	Quotes int
}

// Profile returns the profile of the entity with the database id id, or an
// error wrapping ErrNotFound.
func (s *Store) Profile(ctx context.Context, id int64) (*Profile, error) {
	p := &Profile{ID: id}
	var first, last sql.NullString
	err := s.db.QueryRowContext(ctx, `
		SELECT e.name, e.kind,
		       count(w.quote_id), count(DISTINCT w.document_id), count(DISTINCT w.outlet),
		       coalesce(sum(w.quote_id IN (SELECT quote_id FROM secondary_citations)), 0),
		       min(w.date), max(w.date)
		FROM entities e LEFT JOIN who_said_what w ON w.speaker_id = e.id AND w.latest
		WHERE e.id = ?
		GROUP BY e.id`, id).
		Scan(&p.Name, &p.Kind, &p.Quotes, &p.Documents, &p.Outlets, &p.Secondary, &first, &last)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("entity %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("entity %d: %w", id, err)
	}
	p.First, p.Last = first.String, last.String
	if err := s.db.QueryRowContext(ctx, `
		SELECT count(DISTINCT r.quote_id) FROM relay_hops r JOIN quotes q ON q.id = r.quote_id
		WHERE r.entity_id = ? AND q.document_id IN (SELECT id FROM latest_documents)`, id).
		Scan(&p.Relayed); err != nil {
		return nil, fmt.Errorf("entity %d: %w", id, err)
	}
	if err := s.eachRow(ctx, `SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias`, []any{id},
		func(rows *sql.Rows) error {
			var a string
			err := rows.Scan(&a)
			p.Aliases = append(p.Aliases, a)
			return err
		}); err != nil {
		return nil, fmt.Errorf("entity %d: %w", id, err)
	}
	lists := []struct {
		dst   *[]Count
		query string
	}{
		{&p.Months, `SELECT 0, coalesce(substr(w.date, 1, 7), 'undated'), '', count(*)
			FROM who_said_what w WHERE w.speaker_id = ? AND w.latest GROUP BY 2 ORDER BY 2`},
		{&p.Relays, `SELECT r.entity_id, r.name, coalesce(e.kind, ''), count(DISTINCT r.quote_id) AS n
			FROM quotes q JOIN relay_hops r ON r.quote_id = q.id LEFT JOIN entities e ON e.id = r.entity_id
			WHERE q.speaker_entity_id = ? AND q.document_id IN (SELECT id FROM latest_documents)
			GROUP BY r.entity_id ORDER BY n DESC, r.name`},
		{&p.OutletCounts, `SELECT 0, w.outlet, '', count(*) AS n
			FROM who_said_what w WHERE w.speaker_id = ? AND w.latest AND w.outlet IS NOT NULL
			GROUP BY w.outlet ORDER BY n DESC, w.outlet`},
	}
	for _, l := range lists {
		if err := s.eachRow(ctx, l.query, []any{id}, func(rows *sql.Rows) error {
			var c Count
			err := rows.Scan(&c.ID, &c.Name, &c.Kind, &c.Quotes)
			*l.dst = append(*l.dst, c)
			return err
		}); err != nil {
			return nil, fmt.Errorf("entity %d: %w", id, err)
		}
	}
	return p, nil
}

// SpeakerQuotes returns the quotes of the entity id as a speaker that f
// keeps, in the order they were stored, paged by f.Limit and f.Offset.
func (s *Store) SpeakerQuotes(ctx context.Context, id int64, f Filter) ([]QuoteRecord, error) {
	f.SpeakerID = id
	return s.pageOfQuotes(ctx, f, "")
}

// RelayedQuotes returns the quotes the entity id passed on as a relay that f
// keeps, in the order they were stored, paged by f.Limit and f.Offset.
func (s *Store) RelayedQuotes(ctx context.Context, id int64, f Filter) ([]QuoteRecord, error) {
	return s.pageOfQuotes(ctx, f, " AND q.id IN (SELECT quote_id FROM relay_hops WHERE entity_id = ?)", id)
}

// pageOfQuotes returns the quotes f and the extra conditions keep.
func (s *Store) pageOfQuotes(ctx context.Context, f Filter, extra string, args ...any) ([]QuoteRecord, error) {
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	conds, fargs := f.conds("q.document_id", "q.speaker_entity_id")
	qs, err := s.quotes(ctx, extra+conds, append(args, fargs...), f.Limit, f.Offset)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return qs, nil
}

// eachRow runs query and calls fn on each row.
func (s *Store) eachRow(ctx context.Context, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
