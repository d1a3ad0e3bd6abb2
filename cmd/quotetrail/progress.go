package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/quotetrail/quotetrail"
)

// progressEvery is how often the progress line is redrawn, at most.
const progressEvery = 200 * time.Millisecond

// progress draws a status line on a terminal while documents are ingested:
// documents, megabytes read, documents per second, quotes found, and the
// time left when the size of the input is known. A nil *progress draws
// nothing; its methods are called from one goroutine, except that total
// and read are atomic.
type progress struct {
	w           io.Writer
	now         func() time.Time
	start, last time.Time
	read        atomic.Int64 // input bytes read, as quotetrail.Reader counts them
	total       atomic.Int64 // input bytes in all; 0 while unknown
	shown       bool         // a line is on the screen
}

// newProgress returns a progress that draws on w if w is a terminal, and
// nil otherwise.
func newProgress(w io.Writer) *progress {
	if !isTerminal(w) {
		return nil
	}
	p := &progress{w: w, now: time.Now}
	p.start = p.now()
	p.last = p.start
	return p
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// update redraws the line if it was last drawn long enough ago.
func (p *progress) update(docs, quotes int) {
	if p == nil {
		return
	}
	now := p.now()
	if now.Sub(p.last) < progressEvery {
		return
	}
	p.last = now
	fmt.Fprintf(p.w, "\r%s\x1b[K", p.line(docs, quotes, now.Sub(p.start)))
	p.shown = true
}

// clear erases the line, before a message or the summary.
func (p *progress) clear() {
	if p == nil || !p.shown {
		return
	}
	fmt.Fprint(p.w, "\r\x1b[K")
	p.shown = false
}

// line returns the text of the progress line.
func (p *progress) line(docs, quotes int, elapsed time.Duration) string {
	read, total := p.read.Load(), p.total.Load()
	secs := elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(docs) / secs
	}
	s := fmt.Sprintf("%s, %.1f MB", plural(docs, "document"), float64(read)/1e6)
	if total > 0 {
		s += fmt.Sprintf(" of %.1f MB", float64(total)/1e6)
	}
	s += fmt.Sprintf(", %.0f docs/s, %s", rate, plural(quotes, "quote"))
	if total > 0 && read > 0 && read <= total {
		left := time.Duration(float64(elapsed) * float64(total-read) / float64(read))
		s += ", ETA " + left.Round(time.Second).String()
	}
	return s
}

// measure sets total to the size of the inputs, if it can be known: the
// sum of the sizes of the files that a quotetrail.Reader reads, and of the
// standard input when it is a regular file. It is meant to run on a
// goroutine of its own while the ingest starts.
func (p *progress) measure(inputs []string, stdin io.Reader) {
	if p == nil {
		return
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	var total int64
	for _, in := range inputs {
		if in == "-" {
			f, ok := stdin.(*os.File)
			if !ok {
				return
			}
			fi, err := f.Stat()
			if err != nil || !fi.Mode().IsRegular() {
				return // a pipe: its size is unknown
			}
			total += fi.Size()
			continue
		}
		fi, err := os.Stat(in)
		if err != nil {
			continue // reported by the reader
		}
		if !fi.IsDir() {
			total += fi.Size()
			continue
		}
		filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && quotetrail.IsArticleFile(p) {
				if fi, err := d.Info(); err == nil {
					total += fi.Size()
				}
			}
			return nil
		})
	}
	p.total.Store(total)
}
