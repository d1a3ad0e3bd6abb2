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
	flags := newFlagSet("ingest", "[--db PATH] [--jobs N] [FILE|DIR ...]", c.env)
	db := dbFlag(flags, c.env)
	jobs := jobsFlag(flags)
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if *jobs < 1 {
		return usagef("--jobs must be at least 1, not %d", *jobs)
	}
	store, err := quotetrail.Open(*db)
	if err != nil {
		return err
	}
	defer store.Close()

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
	var added, known, quotes, failed, pending int
	err = extractAll(ctx, flags.Args(), c.stdin, *jobs, func(it *item) error {
		if it.err != nil {
			failed++
			fmt.Fprintln(c.stderr, it.err)
			return nil
		}
		if batch == nil {
			var err error
			if batch, err = store.Begin(wctx); err != nil {
				return err
			}
		}
		ok, err := batch.Add(wctx, &it.result)
		switch {
		case batch.Err() != nil: // the transaction is gone: stop
			batch.Rollback()
			batch = nil
			return err
		case err != nil:
			failed++
			fmt.Fprintln(c.stderr, err)
		case ok:
			added++
			quotes += len(it.result.Quotes)
		default:
			known++
		}
		if pending++; pending == batchSize {
			pending = 0
			return commit()
		}
		return nil
	})
	cerr := commit()
	if cerr == nil && (err == nil || ctx.Err() != nil) {
		fmt.Fprintf(c.stderr, "ingested %s (%d already known), %s, %s\n",
			plural(added+known, "document"), known, plural(quotes, "quote"), plural(failed, "error"))
	}
	if err == nil {
		err = cerr
	} else if cerr != nil {
		fmt.Fprintf(c.stderr, "quotetrail: %v\n", cerr)
	}
	if err != nil {
		return err
	}
	return failures(failed)
}

// plural returns "1 thing" or "n things".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
