package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"strings"

	"github.com/quotetrail/quotetrail"
)

const usage = `quotetrail finds who said what in news articles, and through whom.

Usage:
  quotetrail extract [--jobs N] [--max-doc-size SIZE] [--aliases FILE] [FILE|DIR ...]
                                                  print the quotes as JSON Lines
  quotetrail ingest [--db PATH] [--jobs N] [--max-doc-size SIZE] [--aliases FILE] [--cluster=false] [FILE|DIR ...]
                                                  store documents and quotes in SQLite
  quotetrail who [--db PATH] [NAME]               list speakers, or one speaker's quotes
  quotetrail sql [--db PATH] [--format table|csv|json] QUERY
                                                  run a read-only SQL query
  quotetrail eval [--kind K] [--json] GOLD.jsonl  measure extraction on annotated articles
  quotetrail report [NAME] [--format F] [--since DATE] [--outlet X] [--speaker X]
                                                  run a named report, or list them
  quotetrail audit [--db PATH] [--format table|csv|json] [--limit N]
                                                  second-hand, anonymous, reattributed and drifting quotes
  quotetrail export [--db PATH] [--format jsonl|csv]
                                                  every quote with its full citation chain
  quotetrail serve [--db PATH] [--addr 127.0.0.1:8080]
                                                  browse the database in a local web view
  quotetrail help [COMMAND]                       show this help, or a command's flags

With no FILE, or with "-", documents are read from the standard input.
The database is --db, else $QUOTETRAIL_DB, else ./quotetrail.db.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// env is what a command reads and writes besides its arguments.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// command is a subcommand: it parses its own flags from args.
type command interface {
	Run(ctx context.Context, args []string) error
}

// newCommand returns the subcommand called name, or nil.
func newCommand(name string, e env) command {
	switch name {
	case "extract":
		return &extractCommand{env: e}
	case "ingest":
		return &ingestCommand{env: e}
	case "who":
		return &whoCommand{env: e}
	case "sql":
		return &sqlCommand{env: e}
	case "eval":
		return &evalCommand{env: e}
	case "report":
		return &reportCommand{env: e}
	case "audit":
		return &auditCommand{env: e}
	case "export":
		return &exportCommand{env: e}
	case "serve":
		return &serveCommand{env: e}
	case "help", "-h", "-help", "--help":
		return &helpCommand{env: e}
	}
	return nil
}

// run runs the command line args and returns the exit status: 0 for success
// and help, 2 for a usage error, 1 for any other failure.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd := newCommand(args[0], e)
	if cmd == nil {
		fmt.Fprintf(stderr, "quotetrail: unknown command %q (run 'quotetrail help')\n", args[0])
		return 2
	}
	err := cmd.Run(ctx, args[1:])
	var ue *usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		if !ue.reported {
			fmt.Fprintf(stderr, "quotetrail %s: %v (run 'quotetrail help %[1]s')\n", args[0], ue.err)
		}
		return 2
	case ctx.Err() != nil && errors.Is(err, ctx.Err()):
		fmt.Fprintln(stderr, "quotetrail: interrupted")
		return 1
	default:
		fmt.Fprintf(stderr, "quotetrail: %v\n", err)
		return 1
	}
}

// usageError is a command line that does not make sense.
type usageError struct {
	err      error
	reported bool // the flag package has printed it already
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{err: fmt.Errorf(format, args...)}
}

// newFlagSet returns a flag set for the command name whose -h prints synopsis
// and the flags.
func newFlagSet(name, synopsis string, e env) *flag.FlagSet {
	flags := flag.NewFlagSet(name, flag.ContinueOnError)
	flags.SetOutput(e.stderr)
	flags.Usage = func() {
		fmt.Fprintf(flags.Output(), "usage: quotetrail %s %s\n", name, synopsis)
		flags.PrintDefaults()
	}
	return flags
}

// parseFlags parses args into flags.
func parseFlags(flags *flag.FlagSet, args []string) error {
	err := flags.Parse(args)
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		return &usageError{err: err, reported: true}
	}
	return err
}

// dbFlag adds the --db flag to flags.
func dbFlag(flags *flag.FlagSet, e env) *string {
	def := e.getenv("QUOTETRAIL_DB")
	if def == "" {
		def = "quotetrail.db"
	}
	return flags.String("db", def, "the SQLite database (default $QUOTETRAIL_DB, else quotetrail.db)")
}

// openReadOnly opens the database at path for who and sql.
func openReadOnly(path string) (*quotetrail.Store, error) {
	s, err := quotetrail.OpenReadOnly(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no database at %s (run quotetrail ingest first)", path)
	}
	return s, err
}

// helpCommand prints the usage, or the flags of a command.
type helpCommand struct{ env }

func (c *helpCommand) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(c.stdout, usage)
		return nil
	}
	if len(args) > 1 {
		return usagef("help takes one command, not %q", strings.Join(args, " "))
	}
	e := c.env
	e.stderr = c.stdout // help that was asked for goes to the standard output
	cmd := newCommand(args[0], e)
	if cmd == nil {
		return usagef("unknown command %q", args[0])
	}
	if _, ok := cmd.(*helpCommand); ok {
		fmt.Fprint(c.stdout, usage)
		return nil
	}
	return cmd.Run(ctx, []string{"-h"})
}
