package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
)

// sqlCommand runs a read-only query.
type sqlCommand struct{ env }

func (c *sqlCommand) Run(ctx context.Context, args []string) error {
	flags := newFlagSet("sql", "[--db PATH] [--format table|csv|json] QUERY", c.env)
	db := dbFlag(flags, c.env)
	format := flags.String("format", "table", "output format: table, csv or json")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	write, ok := map[string]func(io.Writer, []string, [][]any) error{
		"table": writeTable, "csv": writeCSV, "json": writeJSON,
	}[*format]
	if !ok {
		return usagef("unknown --format %q (want table, csv or json)", *format)
	}
	query := strings.TrimSpace(strings.Join(flags.Args(), " "))
	if query == "" {
		return usagef("no query")
	}
	store, err := openReadOnly(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	cols, rows, err := store.Query(ctx, query)
	if err != nil {
		return fmt.Errorf("sql: %w", err)
	}
	return write(c.stdout, cols, rows)
}

// cell formats a value for table and CSV output; null is how NULL reads.
func cell(v any, null string) string {
	switch v := v.(type) {
	case nil:
		return null
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case []byte:
		return "x'" + hex.EncodeToString(v) + "'"
	default:
		return fmt.Sprint(v)
	}
}

// tableEscaper keeps each row on one line and its cells apart.
var tableEscaper = strings.NewReplacer("\n", `\n`, "\r", `\r`, "\t", `\t`)

func writeTable(w io.Writer, cols []string, rows [][]any) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(cols, "\t"))
	line := make([]string, len(cols))
	for _, row := range rows {
		for i, v := range row {
			line[i] = tableEscaper.Replace(cell(v, "NULL"))
		}
		fmt.Fprintln(tw, strings.Join(line, "\t"))
	}
	return tw.Flush()
}

func writeCSV(w io.Writer, cols []string, rows [][]any) error {
	cw := csv.NewWriter(w)
	cw.Write(cols)
	line := make([]string, len(cols))
	for _, row := range rows {
		for i, v := range row {
			line[i] = cell(v, "")
		}
		cw.Write(line)
	}
	cw.Flush()
	return cw.Error()
}

// writeJSON writes an array of objects, one a line, with the keys in column
// order.
func writeJSON(w io.Writer, cols []string, rows [][]any) error {
	var b bytes.Buffer
	b.WriteString("[")
	for i, row := range rows {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n{")
		for j, v := range row {
			if j > 0 {
				b.WriteString(", ")
			}
			if err := encodeJSON(&b, cols[j]); err != nil {
				return err
			}
			b.WriteString(": ")
			if err := encodeJSON(&b, v); err != nil {
				return err
			}
		}
		b.WriteString("}")
	}
	b.WriteString("\n]\n")
	_, err := w.Write(b.Bytes())
	return err
}

// encodeJSON appends the JSON of v to b, without escaping HTML.
func encodeJSON(b *bytes.Buffer, v any) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode ends with a newline
	return nil
}
