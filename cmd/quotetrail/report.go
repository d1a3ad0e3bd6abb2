package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/quotetrail/quotetrail"
)

// reportCommand runs a named report, or lists them.
type reportCommand struct{ env }

const reportSynopsis = "[NAME] [--db PATH] [--format table|csv|json|markdown] [--since DATE] [--outlet X] [--speaker X] [--limit N]"

func (c *reportCommand) Run(ctx context.Context, args []string) error {
	flags := newFlagSet("report", reportSynopsis, c.env)
	db := dbFlag(flags, c.env)
	format := flags.String("format", "table", "output format: table, csv, json or markdown")
	f := filterFlags(flags)
	flags.IntVar(&f.Limit, "limit", 0, "print at most `N` rows (0: all)")
	rest, err := parseInterspersed(flags, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return c.list()
	}
	name := rest[0]
	rest = rest[1:]
	info, ok := reportInfo(name)
	if !ok {
		return usagef("unknown report %q (quotetrail report lists them)", name)
	}
	// quotetrail report quotes-by Khalifa Haftar
	if len(rest) > 0 {
		if !info.NeedsSpeaker || f.Speaker != "" {
			return usagef("unexpected arguments %q", strings.Join(rest, " "))
		}
		f.Speaker = strings.Join(rest, " ")
	}
	if info.NeedsSpeaker && strings.TrimSpace(f.Speaker) == "" {
		return usagef("report %s needs --speaker NAME", name)
	}
	if f.Limit < 0 {
		return usagef("--limit must be at least 0, not %d", f.Limit)
	}
	if err := f.Validate(); err != nil {
		return usagef("--since: %v", err)
	}
	write, ok := map[string]func(io.Writer, []string, [][]any) error{
		"table": humanTable(writeTable), "csv": writeCSV, "json": writeJSON, "markdown": humanTable(writeMarkdown),
	}[*format]
	if !ok {
		return usagef("unknown --format %q (want table, csv, json or markdown)", *format)
	}

	store, err := c.openToRead(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	t, err := store.Report(ctx, name, *f)
	if errors.Is(err, quotetrail.ErrUnknownSpeaker) {
		return fmt.Errorf("no speaker named %q in %s (quotetrail report speakers lists them)", f.Speaker, store.Path())
	}
	if err != nil {
		return err
	}
	return write(c.stdout, t.Columns, t.Rows)
}

// list prints the reports and the questions they answer.
func (c *reportCommand) list() error {
	fmt.Fprintln(c.stdout, "Reports (quotetrail report NAME [--format table|csv|json|markdown] [--since DATE] [--outlet X] [--speaker X]):")
	fmt.Fprintln(c.stdout)
	tw := tabwriter.NewWriter(c.stdout, 0, 8, 2, ' ', 0)
	for _, r := range quotetrail.Reports() {
		fmt.Fprintf(tw, "  %s\t%s\n", r.Name, r.Question)
	}
	return tw.Flush()
}

// openToRead opens the database at path read-only and says on the standard
// error when it has no documents yet (report, export, serve).
func (c *env) openToRead(ctx context.Context, path string) (*quotetrail.Store, error) {
	store, err := openReadOnly(path)
	if err != nil {
		return nil, err
	}
	if err := c.warnIfEmpty(ctx, store); err != nil {
		store.Close()
		return nil, err
	}
	return store, nil
}

// warnIfEmpty says on the standard error that the database has no documents
// yet, if so.
func (c *env) warnIfEmpty(ctx context.Context, store *quotetrail.Store) error {
	empty, err := store.Empty(ctx)
	if err != nil {
		return err
	}
	if empty {
		fmt.Fprintf(c.stderr, "quotetrail: %s: %v\n", store.Path(), quotetrail.ErrEmpty)
	}
	return nil
}

// parseInterspersed parses args into flags, which may come before, between
// and after the other arguments (quotetrail report speakers --since 1987),
// and returns the other arguments.
func parseInterspersed(flags *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := parseFlags(flags, args); err != nil {
			return nil, err
		}
		args = flags.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// reportInfo returns the report called name.
func reportInfo(name string) (quotetrail.ReportInfo, bool) {
	for _, r := range quotetrail.Reports() {
		if r.Name == name {
			return r, true
		}
	}
	return quotetrail.ReportInfo{}, false
}

// filterFlags adds --since, --outlet and --speaker to flags.
func filterFlags(flags *flag.FlagSet) *quotetrail.Filter {
	f := &quotetrail.Filter{}
	flags.StringVar(&f.Since, "since", "", "only articles published on or after `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	flags.StringVar(&f.Outlet, "outlet", "", "only articles printed by the outlet `X` (its publisher, else wire, else platform)")
	flags.StringVar(&f.Speaker, "speaker", "", "only the quotes of the speaker known by the name `X`")
	flags.BoolVar(&f.AllRevisions, "all-revisions", false, "read every revision of a document, not only the latest")
	return f
}

// humanTable returns write applied to the columns people read: those whose
// names end in "_id" (database ids, kept in CSV and JSON) are left out.
func humanTable(write func(io.Writer, []string, [][]any) error) func(io.Writer, []string, [][]any) error {
	return func(w io.Writer, cols []string, rows [][]any) error {
		var keep []int
		for i, c := range cols {
			if !strings.HasSuffix(c, "_id") {
				keep = append(keep, i)
			}
		}
		pick := func(vs []any) []any {
			out := make([]any, len(keep))
			for i, k := range keep {
				out[i] = vs[k]
			}
			return out
		}
		names := make([]string, len(keep))
		for i, k := range keep {
			names[i] = cols[k]
		}
		picked := make([][]any, len(rows))
		for i, r := range rows {
			picked[i] = pick(r)
		}
		return write(w, names, picked)
	}
}

// markdownEscaper keeps a cell in its cell of a Markdown table.
var markdownEscaper = strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ", `\`, `\\`)

// writeMarkdown writes a GitHub-flavoured Markdown table; NULL is empty.
func writeMarkdown(w io.Writer, cols []string, rows [][]any) error {
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + c + " |")
		}
		b.WriteString("\n")
	}
	cells := make([]string, len(cols))
	for i, c := range cols {
		cells[i] = markdownEscaper.Replace(c)
	}
	line(cells)
	for i := range cells {
		cells[i] = "---"
		if quotetrail.NumericColumn(rows, i) {
			cells[i] = "---:" // numbers are aligned right
		}
	}
	line(cells)
	for _, row := range rows {
		for i, v := range row {
			cells[i] = markdownEscaper.Replace(cell(v, ""))
		}
		line(cells)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
