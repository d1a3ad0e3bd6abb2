package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail"
)

// TestPagesFast times every page and every report on a large database, such
// as one built from the whole Reuters corpus:
//
//	quotetrail ingest --db /tmp/reuters.db ../shared/corpus/reuters21578.jsonl
//	QUOTETRAIL_PERF_DB=/tmp/reuters.db go test -run PagesFast -v ./web
//
// It fails if the median of three runs of any of them takes 200 ms or more.
// Without $QUOTETRAIL_PERF_DB it is skipped.
func TestPagesFast(t *testing.T) {
	path := os.Getenv("QUOTETRAIL_PERF_DB")
	if path == "" {
		t.Skip("set QUOTETRAIL_PERF_DB to a large database to time the pages")
	}
	const budget = 200 * time.Millisecond
	s, err := quotetrail.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	// The most quoted speaker, the busiest relay and an article of the
	// speaker's.
	top, err := s.Report(ctx, "speakers", quotetrail.Filter{Limit: 1})
	if err != nil || len(top.Rows) == 0 {
		t.Fatalf("speakers: %v (an empty database?)", err)
	}
	speaker := top.Rows[0][len(top.Columns)-1].(int64)
	relays, err := s.Report(ctx, "relays", quotetrail.Filter{Limit: 1})
	if err != nil || len(relays.Rows) == 0 {
		t.Fatalf("relays: %v", err)
	}
	relay := relays.Rows[0][len(relays.Columns)-1].(int64)
	qs, err := s.SpeakerQuotes(ctx, speaker, quotetrail.Filter{Limit: 1})
	if err != nil || len(qs) == 0 {
		t.Fatalf("quotes of %d: %v", speaker, err)
	}
	doc := qs[0].Document.ID
	id := strconv.FormatInt

	// median returns the median of three runs of fn.
	median := func(fn func()) time.Duration {
		var ds []time.Duration
		for range 3 {
			start := time.Now()
			fn()
			ds = append(ds, time.Since(start))
		}
		slices.Sort(ds)
		return ds[1]
	}
	report := func(d time.Duration, what string) {
		t.Logf("%6.1f ms  %s", float64(d.Microseconds())/1000, what)
		if d >= budget {
			t.Errorf("%s took %v, over %v", what, d, budget)
		}
	}

	srv := newServer(t, s)
	for _, p := range []string{
		"/", "/search?q=embargo", "/search?q=oil+prices", "/search?q=the", "/search?q=the&page=100",
		"/speaker/" + id(speaker, 10), "/speaker/" + id(speaker, 10) + "?page=5", "/speaker/" + id(relay, 10),
		"/doc/" + id(doc, 10), "/audit", "/report",
		"/report/speakers", "/report/speakers?page=200", "/report/speakers?since=1987-06&outlet=Reuters",
		"/report/quotes-by?speaker=" + url.QueryEscape(top.Rows[0][0].(string)), "/report/relays", "/report/secondary-only",
		"/report/anonymous", "/report/anonymous?page=200", "/report/repeated", "/report/drift", "/report/outlets",
	} {
		var status int
		d := median(func() {
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
			status = rec.Code
		})
		if status != 200 {
			t.Errorf("GET %s: status %d", p, status)
		}
		report(d, "GET "+p)
	}
	// The reports whole, as `quotetrail report NAME` runs them.
	for _, r := range quotetrail.Reports() {
		f := quotetrail.Filter{}
		if r.NeedsSpeaker {
			f.SpeakerID = speaker
		}
		var rows int
		d := median(func() {
			tab, err := s.Report(ctx, r.Name, f)
			if err != nil {
				t.Fatal(err)
			}
			rows = len(tab.Rows)
		})
		report(d, fmt.Sprintf("report %s (%d rows)", r.Name, rows))
	}
}
