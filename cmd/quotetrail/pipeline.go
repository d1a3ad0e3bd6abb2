package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/quotetrail/quotetrail"
	"github.com/quotetrail/quotetrail/attribution"
)

// item is one input, in input order: a document and what Extract found in
// it, or a bad input.
type item struct {
	result quotetrail.Result
	err    error // a bad input, reported by quotetrail.Reader
	// repaired is the number of bytes of invalid UTF-8 that the reader
	// replaced by U+FFFD in the document.
	repaired int
	// known is set for a document that pipeline.known reported: it was not
	// extracted, and result holds the document alone.
	known bool
	done  chan struct{} // for a document: closed when result is ready
}

// inputFlags are the flags of the commands that read documents.
type inputFlags struct {
	jobs       *int
	maxDocSize *byteSize
	aliases    *string
	// extractor is the extraction pipeline, set up by check.
	extractor *quotetrail.Pipeline
}

// addInputFlags adds --jobs, --max-doc-size and --aliases to flags.
func addInputFlags(flags *flag.FlagSet) inputFlags {
	size := byteSize(quotetrail.DefaultMaxDocBytes)
	flags.Var(&size, "max-doc-size", "skip documents larger than this (a file, or a JSON Lines record); K, M, G suffixes")
	aliases := flags.String("aliases", "", "a file of name spellings to merge, laid over the built-in one (format of attribution/data/aliases.tsv)")
	return inputFlags{jobs: jobsFlag(flags), maxDocSize: &size, aliases: aliases, extractor: new(quotetrail.Pipeline)}
}

// check reports flag values that make no sense as a usage error, and loads
// the --aliases file.
func (f inputFlags) check() error {
	if *f.jobs < 1 {
		return usagef("--jobs must be at least 1, not %d", *f.jobs)
	}
	if *f.aliases != "" {
		file, err := os.Open(*f.aliases)
		if err != nil {
			return fmt.Errorf("--aliases: %w", err)
		}
		defer file.Close()
		a, err := attribution.LoadAliases(file, *f.aliases)
		if err != nil {
			return fmt.Errorf("--aliases: %w", err)
		}
		f.extractor.Resolver.Aliases = attribution.DefaultAliases().Merge(a)
	}
	return nil
}

// pipeline returns a pipeline set up by the flags.
func (f inputFlags) pipeline() *pipeline {
	return &pipeline{jobs: *f.jobs, reader: quotetrail.Reader{MaxDocBytes: int64(*f.maxDocSize)}, extractor: f.extractor}
}

// jobsFlag adds the --jobs flag to flags.
func jobsFlag(flags *flag.FlagSet) *int {
	return flags.Int("jobs", runtime.NumCPU(), "documents processed at once")
}

// byteSize is a flag value in bytes, written as a number with an optional
// binary suffix: 16M, 16MiB, 512k, 1G.
type byteSize int64

func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range []struct {
		suffix string
		shift  uint
	}{{"G", 30}, {"M", 20}, {"K", 10}} {
		if n >= 1<<u.shift && n%(1<<u.shift) == 0 {
			return fmt.Sprintf("%d%s", n>>u.shift, u.suffix)
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Set(s string) error {
	num := strings.TrimSpace(s)
	shift := uint(0)
	upper := strings.ToUpper(num)
	for _, u := range []struct {
		suffix string
		shift  uint
	}{{"K", 10}, {"M", 20}, {"G", 30}} {
		for _, form := range []string{u.suffix + "IB", u.suffix + "B", u.suffix} {
			if strings.HasSuffix(upper, form) {
				num, shift = strings.TrimSpace(num[:len(num)-len(form)]), u.shift
				break
			}
		}
		if shift != 0 {
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 1 || n > (1<<40)>>shift {
		return fmt.Errorf("want a size such as 16M, not %q", s)
	}
	*b = byteSize(n << shift)
	return nil
}

// pipeline reads documents and extracts them with a pool of workers.
type pipeline struct {
	jobs int
	// reader is copied for each run, with OnError and OnRepair set; its
	// MaxDocBytes and BytesRead are kept.
	reader quotetrail.Reader
	// known, if not nil, is called by the workers before extracting a
	// document: a document it reports is passed on with known set, without
	// extraction.
	known func(quotetrail.Document) bool
	// extractor extracts the documents; nil is the default Pipeline.
	extractor *quotetrail.Pipeline
}

// extractAll runs a pipeline of jobs workers and no other setting.
func extractAll(ctx context.Context, inputs []string, stdin io.Reader, jobs int, emit func(*item) error) error {
	p := &pipeline{jobs: jobs}
	return p.run(ctx, inputs, stdin, emit)
}

// run reads the documents of inputs ("-" is stdin), runs quotetrail.Extract
// on each with p.jobs workers, and calls emit for every document and every
// bad input, in input order, from the calling goroutine. Reading runs ahead
// of emit by at most 2*jobs items. An error from emit stops everything and
// is returned; so is ctx's error if ctx is done first.
//
// It is the sequencer of gofmt: the reader queues each item in order and
// hands it to a worker; emit waits for the items in queue order.
func (p *pipeline) run(ctx context.Context, inputs []string, stdin io.Reader, emit func(*item) error) error {
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	jobs := max(p.jobs, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	queue := make(chan *item, 2*jobs) // every item, in input order
	work := make(chan *item)          // the documents, to the workers
	var readErr error                 // set before queue is closed

	go func() {
		defer close(queue)
		defer close(work)
		send := func(it *item) error {
			select {
			case queue <- it:
			case <-ctx.Done():
				return ctx.Err()
			}
			if it.err != nil {
				return nil
			}
			select {
			case work <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		repaired := 0 // OnRepair is called just before fn, on this goroutine
		fn := func(doc quotetrail.Document) error {
			it := &item{result: quotetrail.Result{Document: doc}, repaired: repaired, done: make(chan struct{})}
			repaired = 0
			return send(it)
		}
		r := p.reader
		r.OnError = func(err error) error { return send(&item{err: err}) }
		r.OnRepair = func(_ quotetrail.Document, n int) { repaired = n }
		for _, in := range inputs {
			var err error
			if in == "-" {
				err = r.Read(stdin, "-", fn)
			} else {
				err = r.ReadPath(in, fn)
			}
			if err != nil {
				readErr = err
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for it := range work {
				if p.known != nil && p.known(it.result.Document) {
					it.known = true
				} else {
					it.result = p.extract(it.result.Document)
				}
				close(it.done)
			}
		})
	}
	// The workers end when the reader closes work, which it does when all
	// is read or ctx is cancelled.
	defer func() {
		cancel()
		wg.Wait()
	}()

	for it := range queue {
		if err := ctx.Err(); err != nil {
			return err
		}
		if it.err == nil {
			select {
			case <-it.done:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if err := emit(it); err != nil {
			return err
		}
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// tally counts what a command skipped and repaired, and reports each as it
// comes.
type tally struct {
	w             io.Writer
	skipped       int
	reasons       map[string]int
	repairedDocs  int
	repairedBytes int
}

// skip reports a bad input or a document that could not be stored.
func (t *tally) skip(err error) {
	fmt.Fprintln(t.w, err)
	t.skipped++
	if t.reasons == nil {
		t.reasons = make(map[string]int)
	}
	t.reasons[skipReason(err)]++
}

// repair reports a document whose invalid UTF-8 was replaced.
func (t *tally) repair(it *item) {
	if it.repaired == 0 {
		return
	}
	where := it.result.Document.Source
	if where == "" {
		where = it.result.Document.ID
	}
	fmt.Fprintf(t.w, "%s: invalid UTF-8 replaced by U+FFFD (%s)\n", where, plural(it.repaired, "byte"))
	t.repairedDocs++
	t.repairedBytes += it.repaired
}

// skipReasons are the reasons of skipReason, in the order the summary
// lists them.
var skipReasons = []string{"binary", "too large", "malformed", "empty", "unreadable", "not stored"}

// skipReason classifies a skipped input for the summary.
func skipReason(err error) string {
	var ie *quotetrail.InputError
	switch {
	case errors.Is(err, quotetrail.ErrBinary):
		return "binary"
	case errors.Is(err, quotetrail.ErrTooLarge):
		return "too large"
	case errors.Is(err, quotetrail.ErrMalformed):
		return "malformed"
	case errors.Is(err, quotetrail.ErrNoText):
		return "empty"
	case errors.As(err, &ie), errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission):
		return "unreadable"
	}
	return "not stored"
}

// summary returns the lines that say what was skipped and repaired, if
// anything was.
func (t *tally) summary() string {
	var b strings.Builder
	if t.skipped > 0 {
		var parts []string
		for _, r := range skipReasons {
			if n := t.reasons[r]; n > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", n, r))
			}
		}
		fmt.Fprintf(&b, "skipped %s: %s\n", plural(t.skipped, "input"), strings.Join(parts, ", "))
	}
	if t.repairedDocs > 0 {
		fmt.Fprintf(&b, "repaired invalid UTF-8 in %s (%s replaced by U+FFFD)\n", plural(t.repairedDocs, "document"), plural(t.repairedBytes, "byte"))
	}
	return b.String()
}

// err returns the error that ends a command that skipped inputs, or nil.
func (t *tally) err() error {
	if t.skipped == 0 {
		return nil
	}
	return fmt.Errorf("skipped %s (reported above)", plural(t.skipped, "input"))
}

// extract runs the pipeline's extractor on doc.
func (p *pipeline) extract(doc quotetrail.Document) quotetrail.Result {
	if p.extractor == nil {
		return quotetrail.Extract(doc)
	}
	return p.extractor.Extract(doc)
}
