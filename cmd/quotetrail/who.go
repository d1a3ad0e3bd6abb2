package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/quotetrail/quotetrail"
)

// whoCommand lists the speakers, or the quotes of one.
type whoCommand struct{ env }

func (c *whoCommand) Run(ctx context.Context, args []string) error {
	flags := newFlagSet("who", "[--db PATH] [NAME]", c.env)
	db := dbFlag(flags, c.env)
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	store, err := openReadOnly(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	// NAME may be given unquoted: quotetrail who Khalifa Haftar.
	if name := strings.Join(flags.Args(), " "); strings.TrimSpace(name) != "" {
		return c.quotes(ctx, store, name)
	}
	return c.speakers(ctx, store)
}

// speakers prints the table of speakers.
func (c *whoCommand) speakers(ctx context.Context, store *quotetrail.Store) error {
	speakers, err := store.Speakers(ctx)
	if err != nil {
		return err
	}
	if len(speakers) == 0 {
		fmt.Fprintf(c.stdout, "no attributed quotes in %s\n", store.Path())
		return nil
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "SPEAKER\tKIND\tQUOTES")
	for _, s := range speakers {
		fmt.Fprintf(tw, "%s\t%s\t%d\n", s.Name, orDash(s.Kind), s.Quotes)
	}
	return tw.Flush()
}

// quotes prints the quotes of the speakers known by name.
func (c *whoCommand) quotes(ctx context.Context, store *quotetrail.Store, name string) error {
	quotes, err := store.QuotesBy(ctx, name)
	if errors.Is(err, quotetrail.ErrUnknownSpeaker) {
		return fmt.Errorf("no speaker named %q in %s (quotetrail who lists them)", name, store.Path())
	}
	if err != nil {
		return err
	}
	for i, q := range quotes {
		if i == 0 || q.Speaker != quotes[i-1].Speaker || q.SpeakerKind != quotes[i-1].SpeakerKind {
			if i > 0 {
				fmt.Fprintln(c.stdout)
			}
			n := 0
			for _, r := range quotes[i:] {
				if r.Speaker == q.Speaker && r.SpeakerKind == q.SpeakerKind {
					n++
				}
			}
			fmt.Fprintf(c.stdout, "%s (%s): %s\n", q.Speaker, orDash(q.SpeakerKind), plural(n, "quote"))
		}
		details := []string{q.Kind}
		if q.Cue != "" {
			details = append(details, fmt.Sprintf("cue %q", q.Cue))
		}
		if len(q.Relays) > 0 {
			details = append(details, "via "+strings.Join(q.Relays, " > "))
		}
		details = append(details, "in "+q.Document)
		fmt.Fprintf(c.stdout, "\n  %q\n    %s\n", q.Text, strings.Join(details, ", "))
	}
	return nil
}

// orDash returns s, or "-" if it is empty.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
