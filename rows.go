package quotetrail

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/quotetrail/quotetrail/attribution"
	"github.com/quotetrail/quotetrail/quote"
)

// This file turns a Result into rows: the document, its quotes, their
// citation chains (hops), and the entities and aliases they name.

// docWriter writes one document inside a savepoint, and keeps the rows it
// creates apart until the savepoint is released.
type docWriter struct {
	b        *Batch
	ctx      context.Context
	entities map[entityKey]int64
	aliases  map[aliasKey]bool
	// The values of the rows of the document's quotes and hops, in the
	// column order of quoteRows and hopRows.
	quotes, hops []any
}

// multiInsert is an INSERT of many rows at once: head, then one
// parenthesized group of width parameters per row.
type multiInsert struct {
	head  string
	width int
}

var (
	quoteRows = &multiInsert{`INSERT INTO quotes (id, document_id, grp, segment, kind, start, "end", text,
		speaker_entity_id, speaker_start, speaker_end, speaker_text, role, organisation,
		cue, cue_start, cue_end, rule, confidence, evidence_start, evidence_end) VALUES `, 21}
	hopRows = &multiInsert{`INSERT INTO hops (quote_id, position, entity_id, name, relation) VALUES `, 5}
)

// maxRowsPerInsert is the most rows that one statement of insertRows
// inserts: 64 quotes are 1,280 parameters, far below SQLite's limit of
// 32,766.
const maxRowsPerInsert = 64

// insertRows inserts the rows whose values are args, in order, with
// statements of up to maxRowsPerInsert rows, each prepared once per batch.
func (b *Batch) insertRows(ctx context.Context, ins *multiInsert, args []any) error {
	for len(args) > 0 {
		n := min(len(args)/ins.width, maxRowsPerInsert)
		k := multiKey{ins, n}
		st := b.multi[k]
		if st == nil {
			var sql strings.Builder
			sql.WriteString(ins.head)
			row := "(?" + strings.Repeat(", ?", ins.width-1) + ")"
			for i := range n {
				if i > 0 {
					sql.WriteString(", ")
				}
				sql.WriteString(row)
			}
			var err error
			if st, err = b.tx.PrepareContext(ctx, sql.String()); err != nil {
				return err
			}
			b.multi[k] = st
		}
		if _, err := st.ExecContext(ctx, args[:n*ins.width]...); err != nil {
			return err
		}
		args = args[n*ins.width:]
	}
	return nil
}

type multiKey struct {
	ins  *multiInsert
	rows int
}

func (w *docWriter) add(r *Result) (Outcome, error) {
	st := &w.b.stmts
	d, p := &r.Document, &r.Provenance
	publisher := orElse(p.Publisher, d.Publisher)
	var docID int64
	err := st.insertDocument.QueryRowContext(w.ctx, d.ID, orElse(d.Source, d.ID), null(d.URL), null(d.Title),
		null(publisher), null(d.Published), null(p.Dateline), null(p.Wire), null(p.Platform),
		null(p.Author), null(p.PhotoCredit), contentHash(d.Text), d.Text).Scan(&docID)
	if errors.Is(err, sql.ErrNoRows) {
		return Known, nil // the same text is stored already
	}
	if err != nil {
		return Known, fmt.Errorf("insert document: %w", err)
	}
	outcome := Added
	var first int64
	if err := st.priorRevision.QueryRowContext(w.ctx, docID, d.ID, null(d.URL)).Scan(&first); err != nil {
		return Known, fmt.Errorf("revisions: %w", err)
	}
	if first > 0 {
		outcome = Revised
		if _, err := st.setRevision.ExecContext(w.ctx, first, docID); err != nil {
			return Known, fmt.Errorf("revisions: %w", err)
		}
	}

	// The outer hops, shared by every quote of the document.
	var outer []hop
	if p.Wire != "" && !strings.EqualFold(p.Wire, publisher) {
		name, kind := outlet(p.Wire, attribution.Agency)
		outer = append(outer, hop{name: name, kind: kind, relation: "wire"})
	}
	if publisher != "" {
		name, kind := outlet(publisher, attribution.Media)
		outer = append(outer, hop{name: name, kind: kind, relation: "published"})
	} else {
		outer = append(outer, hop{name: d.ID, relation: "published", noEntity: true})
	}
	if p.Platform != "" {
		name, kind := outlet(p.Platform, attribution.Media)
		outer = append(outer, hop{name: name, kind: kind, relation: "distributed"})
	}

	var base int64
	if err := st.maxQuoteID.QueryRowContext(w.ctx).Scan(&base); err != nil {
		return Known, fmt.Errorf("quote ids: %w", err)
	}
	// The rows of the quotes and of their hops are gathered, and inserted
	// many at a time: far fewer statements to run than rows.
	w.quotes = w.quotes[:0]
	w.hops = w.hops[:0]
	type group struct{ id, segments int64 }
	groups := make(map[int]*group)
	for i := range r.Quotes {
		q := &r.Quotes[i]
		id := base + 1 + int64(i)
		g := groups[q.Group]
		if g == nil {
			g = &group{id: id}
			groups[q.Group] = g
		}
		if err := w.addQuote(id, docID, g.id, g.segments, q, outer); err != nil {
			return Known, fmt.Errorf("quote %d (bytes %d-%d): %w", i, q.Start, q.End, err)
		}
		g.segments++
	}
	if err := w.b.insertRows(w.ctx, quoteRows, w.quotes); err != nil {
		return Known, fmt.Errorf("insert quotes: %w", err)
	}
	if err := w.b.insertRows(w.ctx, hopRows, w.hops); err != nil {
		return Known, fmt.Errorf("insert hops: %w", err)
	}
	return outcome, nil
}

// contentHash returns the content_hash of a document's text: its SHA-256,
// in hex.
func contentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// hop is one link of a citation chain, before it has an entity id.
type hop struct {
	name, kind, relation string
	noEntity             bool // a placeholder name: no entity
}

// addQuote adds the row of a quote and the rows of its hops to w.quotes and
// w.hops, and creates the entities and aliases they name.
func (w *docWriter) addQuote(id, docID, grp, segment int64, q *attribution.Quote, outer []hop) error {
	var speakerID, speakerText, role, org, speakerStart, speakerEnd any
	speaker := hop{relation: "said", noEntity: true}
	if m := q.Speaker; m != nil {
		speakerText, role, org = null(m.Text), null(m.Role), null(m.Org)
		speakerStart, speakerEnd = span(m.Span)
		if name := speakerName(m); name != "" {
			speaker = hop{name: name, kind: m.Kind, relation: "said"}
			eid, err := w.entity(name, m.Kind)
			if err != nil {
				return err
			}
			speakerID = eid
			for _, a := range []string{name, m.Text} {
				if err := w.alias(a, eid); err != nil {
					return err
				}
			}
		}
	}
	cueStart, cueEnd := span(q.CueSpan)
	evStart, evEnd := span(q.Evidence)
	// The text a reader sees is clean ("east- ern" is "eastern"); the span
	// still points into the original.
	w.quotes = append(w.quotes, id, docID, grp, segment, string(q.Kind), q.Start, q.End, quote.Clean(q.Text),
		speakerID, speakerStart, speakerEnd, speakerText, role, org,
		null(q.Cue), cueStart, cueEnd, null(q.Rule), q.Confidence, evStart, evEnd)

	chain := make([]hop, 0, 1+len(q.Via)+len(outer))
	chain = append(chain, speaker)
	for _, v := range q.Via {
		chain = append(chain, hop{name: orElse(v.Name, v.Text), kind: v.Kind, relation: orElse(v.Relation, "quoted")})
	}
	chain = append(chain, outer...)
	for pos, h := range chain {
		var eid, name any
		if h.name != "" {
			name = h.name
		}
		if !h.noEntity {
			entityID, err := w.entity(h.name, h.kind)
			if err != nil {
				return err
			}
			eid = entityID
		}
		w.hops = append(w.hops, id, pos, eid, name, h.relation)
	}
	return nil
}

// entity returns the id of the entity (name, kind), creating it if needed.
func (w *docWriter) entity(name, kind string) (int64, error) {
	key := attribution.NameKey(name)
	if key == "" {
		key = name
	}
	k := entityKey{key, kind}
	if id, ok := w.b.s.entities[k]; ok {
		return id, nil
	}
	if id, ok := w.b.entities[k]; ok {
		return id, nil
	}
	if id, ok := w.entities[k]; ok {
		return id, nil
	}
	var id int64
	err := w.b.stmts.entityByKey.QueryRowContext(w.ctx, key, kind).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		err = w.b.stmts.upsertEntity.QueryRowContext(w.ctx, name, kind, key).Scan(&id)
	}
	if err != nil {
		return 0, fmt.Errorf("entity %q (%s): %w", name, kind, err)
	}
	w.entities[k] = id
	return id, nil
}

// alias records text as a name of the entity id, unless it is a pronoun.
func (w *docWriter) alias(text string, id int64) error {
	lookup := AliasKey(text)
	if lookup == "" || pronouns[lookup] {
		return nil
	}
	k := aliasKey{lookup, id}
	if w.b.s.aliases[k] || w.b.aliases[k] || w.aliases[k] {
		return nil
	}
	if _, err := w.b.stmts.insertAlias.ExecContext(w.ctx, lookup, id, strings.Join(strings.Fields(text), " ")); err != nil {
		return fmt.Errorf("alias %q: %w", text, err)
	}
	w.aliases[k] = true
	return nil
}

// AliasKey returns the form of a name that aliases are looked up by: lowercase,
// with runs of white space made one space and trailing commas, colons and
// semicolons dropped.
func AliasKey(name string) string {
	return strings.ToLower(strings.TrimRight(strings.Join(strings.Fields(name), " "), ",;: "))
}

// speakerName returns the name of the entity of a speaker mention: its
// resolved name, or else its text unless that is a pronoun; "" if the
// speaker has no entity.
func speakerName(m *attribution.Mention) string {
	if name := strings.TrimSpace(m.Name); name != "" && !pronouns[AliasKey(name)] {
		return name
	}
	return "" // the resolver named nobody ("he" alone, "the company")
}

// pronouns are the mentions that name nobody by themselves: they are not
// aliases, and an unresolved pronoun speaker has no entity.
var pronouns = map[string]bool{
	"i": true, "me": true, "my": true, "mine": true, "we": true, "us": true, "our": true, "ours": true,
	"you": true, "your": true, "yours": true, "he": true, "him": true, "his": true,
	"she": true, "her": true, "hers": true, "it": true, "its": true,
	"they": true, "them": true, "their": true, "theirs": true, "one": true,
	"who": true, "whom": true, "whose": true, "which": true, "that": true,
	"this": true, "these": true, "those": true,
}

// orElse returns a if it is not empty, else b.
func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// null returns s, or nil (SQL NULL) if s is empty.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// span returns the bounds of sp, or two NULLs for the empty span that means
// "none".
func span(sp quote.Span) (start, end any) {
	if sp.End <= sp.Start {
		return nil, nil
	}
	return sp.Start, sp.End
}

var (
	quoteKinds  = map[quote.Kind]bool{quote.Direct: true, quote.Indirect: true, quote.Mixed: true}
	entityKinds = map[string]bool{"": true, attribution.Person: true, attribution.Organisation: true,
		attribution.Agency: true, attribution.Media: true, attribution.Document: true,
		attribution.Anonymous: true, attribution.Group: true}
	relayRelations = func() map[string]bool {
		m := map[string]bool{"": true}
		for _, r := range attribution.Relations { // the vocabulary is attribution's
			m[r] = true
		}
		return m
	}()
)

// validate checks r against the schema's vocabularies and the bounds of its
// text before anything is written.
func validate(r *Result) error {
	n := len(r.Document.Text)
	inText := func(what string, sp quote.Span) error {
		if sp.Start < 0 || sp.End < sp.Start || sp.End > n {
			return fmt.Errorf("%s span %d-%d is not within the text (%d bytes)", what, sp.Start, sp.End, n)
		}
		return nil
	}
	for i := range r.Quotes {
		q := &r.Quotes[i]
		err := func() error {
			if !quoteKinds[q.Kind] {
				return fmt.Errorf("unknown quote kind %q", q.Kind)
			}
			if err := inText("quote", q.Span); err != nil {
				return err
			}
			if !(q.Confidence >= 0 && q.Confidence <= 1) { // NaN too
				return fmt.Errorf("confidence %v is not in [0, 1]", q.Confidence)
			}
			if err := inText("cue", q.CueSpan); err != nil {
				return err
			}
			if err := inText("evidence", q.Evidence); err != nil {
				return err
			}
			if m := q.Speaker; m != nil {
				if !entityKinds[m.Kind] {
					return fmt.Errorf("speaker %q: unknown entity kind %q", m.Text, m.Kind)
				}
				if err := inText("speaker", m.Span); err != nil {
					return err
				}
			}
			for _, v := range q.Via {
				switch {
				case orElse(v.Name, v.Text) == "":
					return errors.New("relay without a name")
				case !entityKinds[v.Kind]:
					return fmt.Errorf("relay %q: unknown entity kind %q", orElse(v.Name, v.Text), v.Kind)
				case !relayRelations[v.Relation]:
					return fmt.Errorf("relay %q: unknown relation %q", orElse(v.Name, v.Text), v.Relation)
				}
			}
			return nil
		}()
		if err != nil {
			return fmt.Errorf("quote %d (bytes %d-%d): %w", i, q.Start, q.End, err)
		}
	}
	return nil
}

// outlet names a wire, publisher or platform as the gazetteer knows it, so
// that Reuters the publisher and Reuters the relay ("told Reuters") are one
// entity; fallback is the kind of an outlet the gazetteer does not know.
func outlet(name, fallback string) (string, string) {
	o, ok := attribution.DefaultGazetteer().Lookup(name)
	if !ok {
		return name, fallback
	}
	if o.Kind == "agency" {
		return o.Name, attribution.Agency
	}
	return o.Name, attribution.Media
}
