package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/quotetrail/quotetrail"
	"github.com/quotetrail/quotetrail/score"
)

// evalCommand measures extraction on annotated articles: it runs extract on
// the texts of a gold file and scores the result with the rules of
// ../shared/eval/score.py (package score).
type evalCommand struct{ env }

func (c *evalCommand) Run(ctx context.Context, args []string) error {
	flags := newFlagSet("eval", "[--kind direct|indirect|mixed|all] [--json] GOLD.jsonl", c.env)
	kind := flags.String("kind", score.All, "score only quotes of this kind: direct, indirect, mixed or all")
	asJSON := flags.Bool("json", false, "print the figures as JSON, as score.py --json does")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if flags.NArg() != 1 {
		return usagef("eval takes one gold file, not %d arguments", flags.NArg())
	}
	switch *kind {
	case score.All, score.Direct, score.Indirect, score.Mixed:
	default:
		return usagef("--kind must be direct, indirect, mixed or all, not %q", *kind)
	}
	path := flags.Arg(0)
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	gold, err := score.ReadGold(f, path)
	f.Close()
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	// Extract every gold text, and read the predictions back as score.py
	// would read the output of quotetrail extract.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, g := range gold {
		if err := ctx.Err(); err != nil {
			return err
		}
		r := quotetrail.Extract(quotetrail.Document{ID: g.ID, Text: g.Text, Source: path})
		if err := enc.Encode(r.Interchange()); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}
	pred, err := score.ReadPred(&buf, "quotetrail extract "+path, gold)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	res, err := score.Score(gold, pred, *kind)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	res.GoldFile, res.PredFile = path, "quotetrail extract "+path
	if *asJSON {
		return res.WriteJSON(c.stdout)
	}
	return res.WriteText(c.stdout)
}
