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
	flags := newFlagSet("extract", "[--jobs N] [--max-doc-size SIZE] [FILE|DIR ...]", c.env)
	in := addInputFlags(flags)
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if err := in.check(); err != nil {
		return err
	}
	out := bufio.NewWriterSize(c.stdout, 64<<10)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	t := &tally{w: c.stderr}
	err := in.pipeline().run(ctx, flags.Args(), c.stdin, func(it *item) error {
		if it.err != nil {
			t.skip(it.err)
			return nil
		}
		t.repair(it)
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
	fmt.Fprint(c.stderr, t.summary())
	return t.err()
}
