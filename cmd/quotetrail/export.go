package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/quotetrail/quotetrail"
)

// exportCommand writes every quote with its full citation chain.
type exportCommand struct{ env }

func (c *exportCommand) Run(ctx context.Context, args []string) error {
	flags := newFlagSet("export", "[--db PATH] [--format jsonl|csv] [--since DATE] [--outlet X] [--speaker X]", c.env)
	db := dbFlag(flags, c.env)
	format := flags.String("format", "jsonl", "output format: jsonl (one quote a line, with its chain as an array) or csv")
	f := filterFlags(flags)
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return usagef("unexpected arguments %q", strings.Join(flags.Args(), " "))
	}
	if err := f.Validate(); err != nil {
		return usagef("--since: %v", err)
	}
	if *format != "jsonl" && *format != "csv" {
		return usagef("unknown --format %q (want jsonl or csv)", *format)
	}
	store, err := c.openToRead(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	w := bufio.NewWriter(c.stdout)
	if *format == "csv" {
		err = exportCSV(ctx, store, *f, w)
	} else {
		err = exportJSONL(ctx, store, *f, w)
	}
	if errors.Is(err, quotetrail.ErrUnknownSpeaker) {
		return fmt.Errorf("no speaker named %q in %s (quotetrail report speakers lists them)", f.Speaker, store.Path())
	}
	if err != nil {
		return err
	}
	return w.Flush()
}

// exportJSONL writes one quotetrail.QuoteRecord a line.
func exportJSONL(ctx context.Context, store *quotetrail.Store, f quotetrail.Filter, w *bufio.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return store.EachQuote(ctx, f, func(q *quotetrail.QuoteRecord) error {
		return enc.Encode(q)
	})
}

// exportColumns are the columns of the CSV export.
var exportColumns = []string{
	"quote_id", "group", "segment", "document", "title", "published", "outlet",
	"speaker", "speaker_kind", "mention", "role", "kind", "cue", "quote", "start", "end",
	"relays", "chain", "rule", "confidence", "speaker_id", "document_id",
}

// exportCSV writes one quote a row. The chain is one cell: each link as
// "name (relation)", joined by " > "; an unknown speaker is "?".
func exportCSV(ctx context.Context, store *quotetrail.Store, f quotetrail.Filter, w *bufio.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(exportColumns); err != nil {
		return err
	}
	id := func(n int64) string {
		if n == 0 {
			return ""
		}
		return strconv.FormatInt(n, 10)
	}
	err := store.EachQuote(ctx, f, func(q *quotetrail.QuoteRecord) error {
		links := make([]string, len(q.Chain))
		for i, l := range q.Chain {
			links[i] = fmt.Sprintf("%s (%s)", orElse(l.Name, "?"), l.Relation)
		}
		d := q.Document
		return cw.Write([]string{
			id(q.ID), id(q.Group), strconv.Itoa(q.Segment), d.ExternalID, d.Title, d.Published, d.Outlet,
			q.Speaker, q.SpeakerKind, q.Mention, q.Role, q.Kind, q.Cue, q.Text, strconv.Itoa(q.Start), strconv.Itoa(q.End),
			strings.Join(q.Relays, " > "), strings.Join(links, " > "), q.Rule,
			strconv.FormatFloat(q.Confidence, 'g', -1, 64), id(q.SpeakerID), id(d.ID),
		})
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// orElse returns s, or def if s is empty.
func orElse(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
