package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/quotetrail/quotetrail"
)

// auditCommand prints the audit: what a reader should check before trusting
// the quotes.
type auditCommand struct{ env }

const auditSynopsis = "[--db PATH] [--format table|csv|json] [--limit N]"

func (c *auditCommand) Run(ctx context.Context, args []string) error {
	flags := newFlagSet("audit", auditSynopsis, c.env)
	db := dbFlag(flags, c.env)
	format := flags.String("format", "table", "output format: table, csv or json")
	limit := flags.Int("limit", 20, "print at most `N` rows (clusters for the last two sections) a section (0: all)")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return usagef("unexpected arguments %q", flags.Args())
	}
	if *limit < 0 {
		return usagef("--limit must be at least 0, not %d", *limit)
	}
	write, ok := map[string]func(io.Writer, []quotetrail.AuditSection) error{
		"table": writeAuditTable, "csv": writeAuditCSV, "json": writeAuditJSON,
	}[*format]
	if !ok {
		return usagef("unknown --format %q (want table, csv or json)", *format)
	}

	store, err := openReadOnly(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	empty, err := store.Empty(ctx)
	if err != nil {
		return err
	}
	if empty {
		fmt.Fprintln(c.stdout, quotetrail.ErrEmpty)
		return nil
	}
	sections, err := store.AuditSections(ctx, *limit)
	if err != nil {
		return err
	}
	return write(c.stdout, sections)
}

// writeAuditTable writes each section as a titled table, without the
// database ids.
func writeAuditTable(w io.Writer, sections []quotetrail.AuditSection) error {
	table := humanTable(writeTable)
	for i, s := range sections {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s: %s\n\n", s.Title, s.About)
		if len(s.Table.Rows) == 0 {
			fmt.Fprintln(w, "  (none)")
			continue
		}
		if err := table(w, s.Table.Columns, s.Table.Rows); err != nil {
			return err
		}
	}
	return nil
}

// writeAuditCSV writes each section as a CSV table whose first column is the
// section's name, the sections separated by a blank line.
func writeAuditCSV(w io.Writer, sections []quotetrail.AuditSection) error {
	for i, s := range sections {
		if i > 0 {
			fmt.Fprintln(w)
		}
		rows := make([][]any, len(s.Table.Rows))
		for j, r := range s.Table.Rows {
			rows[j] = append([]any{s.Name}, r...)
		}
		if err := writeCSV(w, append([]string{"section"}, s.Table.Columns...), rows); err != nil {
			return err
		}
	}
	return nil
}

// writeAuditJSON writes an array of sections: {"section", "title", "about",
// "rows"}, rows as writeJSON writes them.
func writeAuditJSON(w io.Writer, sections []quotetrail.AuditSection) error {
	type section struct {
		Section string          `json:"section"`
		Title   string          `json:"title"`
		About   string          `json:"about"`
		Rows    json.RawMessage `json:"rows"`
	}
	out := make([]section, len(sections))
	for i, s := range sections {
		var b bytes.Buffer
		if err := writeJSON(&b, s.Table.Columns, s.Table.Rows); err != nil {
			return err
		}
		out[i] = section{s.Name, s.Title, s.About, b.Bytes()}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}
