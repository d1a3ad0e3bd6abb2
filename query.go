package quotetrail

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-sqlite3"
)

// SpeakerCount is a speaker and how many quote segments it has.
type SpeakerCount struct {
	Name   string
	Kind   string // an entity kind, or "" when unclassified
	Quotes int
}

// latestRevision is the SQL condition that the document d is the latest
// revision of its document (same id or URL): no later revision follows it.
// The quotes of older revisions are not counted again.
const latestRevision = `NOT EXISTS (SELECT 1 FROM documents n WHERE n.revision_of = coalesce(d.revision_of, d.id) AND n.id > d.id)`

// Speakers returns every speaker with at least one quote in the latest
// revision of a document, the most quoted first, then by name.
func (s *Store) Speakers(ctx context.Context) ([]SpeakerCount, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT e.name, e.kind, count(*) AS n
		FROM quotes q
		JOIN entities e ON e.id = q.speaker_entity_id
		JOIN documents d ON d.id = q.document_id
		WHERE `+latestRevision+`
		GROUP BY e.id
		ORDER BY n DESC, e.name, e.kind`)
	if err != nil {
		return nil, fmt.Errorf("speakers: %w", err)
	}
	defer rows.Close()
	var out []SpeakerCount
	for rows.Next() {
		var c SpeakerCount
		if err := rows.Scan(&c.Name, &c.Kind, &c.Quotes); err != nil {
			return nil, fmt.Errorf("speakers: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("speakers: %w", err)
	}
	return out, nil
}

// ErrUnknownSpeaker means that no speaker has the name or alias asked for.
var ErrUnknownSpeaker = errors.New("unknown speaker")

// SpeakerQuote is one quote segment of a speaker, as QuotesBy returns it.
type SpeakerQuote struct {
	Speaker     string // the entity's name
	SpeakerKind string
	Text        string
	Kind        string // direct, indirect or mixed
	Document    string // the document's external id
	Cue         string
	// Relays are the names of the hops between the speaker and the
	// article's own wire, publisher and platform, nearest the speaker
	// first ("TASS").
	Relays []string
}

// QuotesBy returns the quotes of the speakers that have name as their name
// or one of their aliases, compared as AliasKey does (case-insensitive), in
// the order they were stored, from the latest revision of each document.
// Several entities can share an alias. It returns an error wrapping
// ErrUnknownSpeaker if no speaker matches.
func (s *Store) QuotesBy(ctx context.Context, name string) ([]SpeakerQuote, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT w.speaker, w.speaker_kind, w.quote, w.kind, w.document, coalesce(w.cue, ''), coalesce(w.relays, '')
		FROM who_said_what w
		JOIN quotes q ON q.id = w.quote_id
		JOIN documents d ON d.id = q.document_id
		WHERE w.speaker_id IN (SELECT entity_id FROM aliases WHERE lookup = ?)
		  AND `+latestRevision+`
		ORDER BY w.quote_id`, AliasKey(name))
	if err != nil {
		return nil, fmt.Errorf("quotes by %q: %w", name, err)
	}
	defer rows.Close()
	var out []SpeakerQuote
	for rows.Next() {
		var q SpeakerQuote
		var relays string
		if err := rows.Scan(&q.Speaker, &q.SpeakerKind, &q.Text, &q.Kind, &q.Document, &q.Cue, &relays); err != nil {
			return nil, fmt.Errorf("quotes by %q: %w", name, err)
		}
		if relays != "" {
			q.Relays = strings.Split(relays, " > ")
		}
		out = append(out, q)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("quotes by %q: %w", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%q: %w", name, ErrUnknownSpeaker)
	}
	return out, nil
}

// Query runs one SQL statement and returns its column names and rows. Values
// are nil (NULL), int64, float64, string, or []byte for a blob that is not
// UTF-8 text. On a Store opened with OpenReadOnly, a statement that would
// write fails with an error that says so.
func (s *Store) Query(ctx context.Context, query string) (cols []string, rows [][]any, err error) {
	defer func() {
		var se sqlite3.Error
		if errors.As(err, &se) && se.Code == sqlite3.ErrReadonly {
			err = fmt.Errorf("the database is open read-only, and the statement would write to it: %w", err)
		}
	}()
	rs, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return nil, nil, err
	}
	defer rs.Close()
	if cols, err = rs.Columns(); err != nil {
		return nil, nil, err
	}
	for rs.Next() {
		row := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			return nil, nil, err
		}
		for i, v := range row {
			if b, ok := v.([]byte); ok && utf8.Valid(b) {
				row[i] = string(b)
			}
		}
		rows = append(rows, row)
	}
	return cols, rows, rs.Err()
}
