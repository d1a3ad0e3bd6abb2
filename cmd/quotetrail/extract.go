package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
)

// extractCommand prints the quotes of documents as JSON Lines.
type extractCommand struct{ env }

func (c *extractCommand) Run(ctx context.Context, args []string) error {
	flags := newFlagSet("extract", "[--jobs N] [FILE|DIR ...]", c.env)
	jobs := jobsFlag(flags)
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if *jobs < 1 {
		return usagef("--jobs must be at least 1, not %d", *jobs)
	}
	out := bufio.NewWriterSize(c.stdout, 64<<10)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	err := extractAll(ctx, flags.Args(), c.stdin, *jobs, func(it *item) error {
		if it.err != nil {
			failed++
			fmt.Fprintln(c.stderr, it.err)
			return nil
		}
		if err := enc.Encode(it.result.Interchange()); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		return nil
	})
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write: %w", ferr)
	}
	if err != nil {
		return err
	}
	return failures(failed)
}
