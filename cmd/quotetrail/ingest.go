package main

import (
	"context"
	"fmt"

	"github.com/quotetrail/quotetrail"
)

// batchSize is how many documents ingest commits at once: one transaction
// per document is far slower, and each document still gets a savepoint.
const batchSize = 500

// ingestCommand extracts documents and stores them.
type ingestCommand struct{ env }

func (c *ingestCommand) Run(ctx context.Context, args []string) error {
	flags := newFlagSet("ingest", "[--db PATH] [--jobs N] [--max-doc-size SIZE] [--aliases FILE] [--cluster=false] [FILE|DIR ...]", c.env)
	db := dbFlag(flags, c.env)
	in := addInputFlags(flags)
	clusterFlag := flags.Bool("cluster", true, "link the same quote across articles after ingesting; this reads every quote's text into memory (about 2 KB a quote), so a huge archive may want --cluster=false")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if err := in.check(); err != nil {
		return err
	}
	store, err := quotetrail.Open(*db)
	if err != nil {
		return err
	}
	defer store.Close()

	p := in.pipeline()
	// A document whose text is stored is not extracted again: a second
	// ingest of an archive only reads and hashes it. The lookup sees
	// committed documents; one in the open batch is found by Put.
	p.known = func(doc quotetrail.Document) bool {
		has, err := store.Has(ctx, doc.Text)
		return err == nil && has
	}
	prog := newProgress(c.stderr)
	if prog != nil {
		p.reader.BytesRead = &prog.read
		go prog.measure(flags.Args(), c.stdin)
	}
	t := &tally{w: c.stderr}

	// This goroutine is the single writer. The batch is not tied to ctx:
	// on an interrupt, the documents stored so far are committed.
	wctx := context.WithoutCancel(ctx)
	var batch *quotetrail.Batch
	defer func() {
		if batch != nil {
			batch.Rollback()
		}
	}()
	commit := func() error {
		if batch == nil {
			return nil
		}
		err := batch.Commit()
		batch = nil
		return err
	}
	var counts [3]int // by quotetrail.Outcome
	docs, quotes, pending := 0, 0, 0
	err = p.run(ctx, flags.Args(), c.stdin, func(it *item) error {
		if it.err != nil {
			prog.clear()
			t.skip(it.err)
			return nil
		}
		docs++
		if it.repaired > 0 {
			prog.clear()
			t.repair(it)
		}
		prog.update(docs, quotes)
		if it.known {
			counts[quotetrail.Known]++
			return nil
		}
		if batch == nil {
			var err error
			if batch, err = store.Begin(wctx); err != nil {
				return err
			}
		}
		o, err := batch.Put(wctx, &it.result)
		switch {
		case batch.Err() != nil: // the transaction is gone: stop
			batch.Rollback()
			batch = nil
			return err
		case err != nil:
			prog.clear()
			t.skip(err)
		default:
			counts[o]++
			if o != quotetrail.Known {
				quotes += len(it.result.Quotes)
			}
		}
		if pending++; pending == batchSize {
			pending = 0
			return commit()
		}
		return nil
	})
	cerr := commit()
	// The same quote across articles: the clusters are computed again over
	// the whole database once the new documents are in.
	if cerr == nil && *clusterFlag && counts[quotetrail.Added]+counts[quotetrail.Revised] > 0 {
		if _, err := store.Cluster(wctx); err != nil {
			cerr = err
		}
	}
	prog.clear()
	if cerr == nil && (err == nil || ctx.Err() != nil) {
		fmt.Fprintf(c.stderr, "ingested %s (%d new, %d revised, %d already known), %s\n%s",
			plural(counts[0]+counts[1]+counts[2], "document"), counts[quotetrail.Added], counts[quotetrail.Revised],
			counts[quotetrail.Known], plural(quotes, "quote"), t.summary())
	}
	if err == nil {
		err = cerr
	} else if cerr != nil {
		fmt.Fprintf(c.stderr, "quotetrail: %v\n", cerr)
	}
	if err != nil {
		return err
	}
	return t.err()
}

// plural returns "1 thing" or "n things".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
