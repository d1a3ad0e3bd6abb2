package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/quotetrail/quotetrail"
)

// item is one input, in input order: a document and what Extract found in
// it, or a bad input.
type item struct {
	result quotetrail.Result
	err    error         // a bad input, reported by quotetrail.Reader
	done   chan struct{} // for a document: closed when result is ready
}

// jobsFlag adds the --jobs flag to flags.
func jobsFlag(flags *flag.FlagSet) *int {
	return flags.Int("jobs", runtime.NumCPU(), "documents processed at once")
}

// extractAll reads the documents of inputs ("-" is stdin), runs
// quotetrail.Extract on each with jobs workers, and calls emit for every
// document and every bad input, in input order, from the calling goroutine.
// Reading runs ahead of emit by at most 2*jobs items. An error from emit
// stops everything and is returned; so is ctx's error if ctx is done first.
//
// It is the sequencer of gofmt: the reader queues each item in order and
// hands it to a worker; emit waits for the items in queue order.
func extractAll(ctx context.Context, inputs []string, stdin io.Reader, jobs int, emit func(*item) error) error {
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
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
		fn := func(doc quotetrail.Document) error {
			return send(&item{result: quotetrail.Result{Document: doc}, done: make(chan struct{})})
		}
		r := &quotetrail.Reader{OnError: func(err error) error {
			return send(&item{err: err})
		}}
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
				it.result = quotetrail.Extract(it.result.Document)
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

// failures returns the error that ends a command in which n inputs failed,
// or nil.
func failures(n int) error {
	if n == 0 {
		return nil
	}
	return fmt.Errorf("%s (reported above)", plural(n, "bad input"))
}
