package web

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotetrail/quotetrail"
)

// seedPath is the seed article, the end-to-end test of the repository.
const seedPath = "../testdata/haftar-moscow.txt"

// newStore returns a read-only Store holding docs, extracted with the
// default pipeline, their quotes clustered across documents as ingest does.
func newStore(t testing.TB, docs ...quotetrail.Document) *quotetrail.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "qt.db")
	w, err := quotetrail.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		r := quotetrail.Extract(d)
		if _, err := w.Add(context.Background(), &r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.Cluster(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := quotetrail.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// seedDoc returns the seed article.
func seedDoc(t testing.TB) quotetrail.Document {
	t.Helper()
	text, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return quotetrail.Document{ID: "testdata/haftar-moscow.txt", Text: string(text)}
}

// newServer returns a Server on s whose error log is the test's.
func newServer(t testing.TB, s *quotetrail.Store) *Server {
	t.Helper()
	srv, err := New(s)
	if err != nil {
		t.Fatal(err)
	}
	srv.ErrorLog = log.New(testWriter{t}, "", 0)
	return srv
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

// get serves a GET of target and returns the status and body.
func get(t *testing.T, h http.Handler, target string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	body, _ := io.ReadAll(rec.Body)
	return rec.Code, string(body)
}

func TestPages(t *testing.T) {
	srv := newServer(t, newStore(t, seedDoc(t)))
	tests := []struct {
		path   string
		status int
		want   []string // substrings of the body
	}{
		{"/", 200, []string{"<title>Who said what, and through whom · quotetrail</title>", "1 article, 11 quotes",
			`<a href="/speaker/1">Khalifa Haftar</a>`, `<td class="state-yes">yes</td>`, `href="/report/drift"`}},
		{"/doc/1", 200, []string{
			`<mark class="quote direct" id="q3" title="Khalifa Haftar, direct, &#34;quoted as saying&#34;">Our relations are crucial, our goal today is to give life to these relations,</mark>`,
			`<mark class="quote indirect" id="q1"`,
			`<span class="speaker" title="Khalifa Haftar">Khalifa Haftar</span>`,
			`<li class="relay"><a href="/speaker/4">TASS</a> <span class="rel">quoted</span></li>`,
			`<li class="distributed"><a href="/speaker/2">PressReader</a> <span class="rel">distributed</span></li>`,
			"11 quotes", "dateline MOSCOW"}},
		{"/search?q=embargo", 200, []string{"Quotes 1–1 of 1 that contain “embargo”",
			"Russia respects the arms embargo", `href="/doc/1#q9"`}},
		{"/search?q=haftar+nothing-like-this", 200, []string{"No quote contains all of “haftar nothing-like-this”"}},
		{"/search?q=Haftar", 200, []string{"Quotes 1–2 of 2 that contain “Haftar”",
			`Speakers called so: <a href="/speaker/1">Khalifa Haftar</a> (6)`}},
		{"/search", 200, []string{`<a href="/search?q=embargo">embargo</a>`}},
		{"/speaker/1", 200, []string{"<h1>Khalifa Haftar</h1>", "6 quotes in 1 article from 1 outlet; 2 second-hand.",
			`<a href="/speaker/4">TASS</a> <span class="num">2</span>`, "Quotes 1–6 of 6", "called Haftar, Khalifa Haftar"}},
		{"/speaker/4", 200, []string{"<h1>TASS</h1>", "Passed on 2 quotes of others as a relay.", "Quotes passed on by TASS"}},
		{"/audit", 200, []string{"<h2>Secondary-only quotes</h2>", "<td>Khalifa Haftar via TASS</td>",
			`<td><a href="/speaker/4">TASS</a></td><td>agency</td><td class="state-yes">yes</td><td>RU</td>`,
			`<tr><td>anonymous</td><td class="num">0</td></tr>`, `<tr><td>unattributed</td><td class="num">0</td></tr>`}},
		{"/report", 200, []string{`<dt><a href="/report/secondary-only">secondary-only</a></dt>`}},
		{"/report/speakers", 200, []string{"Rows 1–5.", `<td><a href="/speaker/6">Dmitry Peskov</a></td>`,
			"<code>quotetrail report speakers</code>"}},
		{"/report/quotes-by", 200, []string{"This report is about one speaker: give a name above."}},
		{"/report/quotes-by?speaker=haftar", 200, []string{"Rows 1–6.", `<td class="q"><a href="/doc/1#q3">Our relations are crucial`,
			"<code>quotetrail report quotes-by --speaker haftar</code>"}},
		{"/report/quotes-by?speaker=lavrov", 404, []string{"No speaker is called &#34;lavrov&#34;"}},
		{"/report/speakers?since=1987", 200, []string{"No rows for these filters."}},
		{"/report/speakers?since=soon", 400, []string{"since &#34;soon&#34; is not a date"}},
		{"/report/speakers?page=0", 400, []string{"page &#34;0&#34; is not a page number"}},
		{"/report/speakers?page=2", 404, nil},
		{"/search?q=embargo&page=2", 404, nil},
		{"/speaker/1?page=2", 404, nil},
		{"/report/nope", 404, []string{"There is nothing at /report/nope."}},
		{"/speaker/999", 404, nil},
		{"/speaker/x", 404, nil},
		{"/doc/0", 404, nil},
		{"/nope", 404, nil},
		{"/static/style.css", 200, []string{"mark.direct"}},
	}
	for _, tt := range tests {
		status, body := get(t, srv, tt.path)
		if status != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, status, tt.status)
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: no %q in\n%s", tt.path, w, body)
			}
		}
	}
}

// The audit page shows the sections of `quotetrail audit`, in order, with
// their rows: here one quote given to two speakers, in two wordings.
func TestAuditPage(t *testing.T) {
	s := newStore(t,
		quotetrail.Document{ID: "a", Publisher: "Daily Planet", Published: "2021-05-01",
			Text: "“We will rebuild the harbour and every road of the island before winter,” Mayor Ana Lopes said."},
		quotetrail.Document{ID: "b", Publisher: "Evening Star", Published: "2021-05-03",
			Text: "“… rebuild the harbour and every road of the island before winter,” Governor Rui Costa said."})
	sections, err := s.AuditSections(context.Background(), auditLimit)
	if err != nil {
		t.Fatal(err)
	}
	status, body := get(t, newServer(t, s), "/audit")
	if status != 200 {
		t.Fatalf("GET /audit: status %d", status)
	}
	at := 0
	for _, sec := range sections {
		i := strings.Index(body[at:], "<h2>"+sec.Title+"</h2>")
		if i < 0 {
			t.Fatalf("GET /audit: no section %q after byte %d in\n%s", sec.Title, at, body)
		}
		at += i
	}
	var speakers, drift *quotetrail.Table
	for _, sec := range sections {
		switch sec.Name {
		case "speakers":
			speakers = sec.Table
		case "drift":
			drift = sec.Table
		}
	}
	if speakers == nil || len(speakers.Rows) != 2 || drift == nil || len(drift.Rows) != 2 {
		t.Fatalf("AuditSections: speakers %v, drift %v; want 2 rows each", speakers, drift)
	}
	for _, want := range []string{
		`<section id="speakers">`, `<a href="/speaker/1">Ana Lopes</a>`, `<a href="/speaker/3">Rui Costa</a>`,
		"We will rebuild the harbour and every road of the island before winter,",
		"… rebuild the harbour and every road of the island before winter,",
		`<td>Daily Planet</td>`, `<td>Evening Star</td>`, `<a href="/report/drift">All of them</a>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("GET /audit: no %q in\n%s", want, body)
		}
	}
}

// The text of an article page is the article's text, whole and in order.
func TestArticleTextWhole(t *testing.T) {
	seed := seedDoc(t)
	s := newStore(t, seed)
	a, err := s.Article(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, p := range highlight(a.Text, a.Quotes) {
		b.WriteString(p.Text)
	}
	if b.String() != seed.Text {
		t.Errorf("the pieces of the article do not make its text")
	}
}

func TestEmptyDatabase(t *testing.T) {
	srv := newServer(t, newStore(t))
	for _, path := range []string{"/", "/search?q=embargo", "/audit", "/report/speakers", "/report/quotes-by?speaker=x"} {
		status, body := get(t, srv, path)
		if status != 200 || !strings.Contains(body, "no documents yet: run quotetrail ingest") {
			t.Errorf("GET %s on an empty database: status %d, body\n%s\nwant 200 and the empty-database message", path, status, body)
		}
	}
}

// Everything a document brings is escaped, and no link it brings runs code.
func TestEscaping(t *testing.T) {
	hostile := quotetrail.Document{
		ID:    `<img src=x onerror=alert(1)>`,
		Title: `"><script>alert('title')</script>`,
		URL:   "javascript:alert(1)",
		Text:  "“<script>alert(1)</script> is what we <b>fear</b>,” the minister said.",
	}
	srv := newServer(t, newStore(t, hostile))
	for _, path := range []string{"/doc/1", "/search?q=script", "/search?q=%3Cscript%3E", "/report/anonymous", "/report/speakers?outlet=%3Cscript%3E"} {
		status, body := get(t, srv, path)
		if status != 200 {
			t.Errorf("GET %s: status %d", path, status)
		}
		for _, bad := range []string{"<script>", "<img src=x", "<b>fear", "javascript:alert"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: unescaped %q in\n%s", path, bad, body)
			}
		}
	}
	_, body := get(t, srv, "/doc/1")
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("GET /doc/1: no escaped text in\n%s", body)
	}
}

func TestHeadersAndMethods(t *testing.T) {
	srv := newServer(t, newStore(t))
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy = %q, want default-src 'none'", csp)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(m, "/search?q=x", strings.NewReader("x")))
		if rec.Code != http.StatusMethodNotAllowed {
			t.Errorf("%s /search: status %d, want 405", m, rec.Code)
		}
	}
	rec = httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest(http.MethodHead, "/", nil))
	if rec.Code != 200 || rec.Body.Len() != 0 {
		t.Errorf("HEAD /: status %d, %d bytes; want 200, none", rec.Code, rec.Body.Len())
	}
}

func TestLoopbackOnly(t *testing.T) {
	h := LoopbackOnly(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	tests := []struct {
		host string
		ok   bool
	}{
		{"127.0.0.1:8080", true},
		{"127.0.0.2", true},
		{"localhost:8080", true},
		{"LOCALHOST", true},
		{"[::1]:8080", true},
		{"evil.example:8080", false},
		{"127.0.0.1.evil.example", false},
		{"192.168.1.10:8080", false},
		{"", false},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.Host = tt.host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if ok := rec.Code == 200; ok != tt.ok {
			t.Errorf("Host %q: status %d, want allowed %v", tt.host, rec.Code, tt.ok)
		}
	}
}

func TestHighlight(t *testing.T) {
	text := "“Ça va,” he said, “très bien.”"
	at := func(sub string) (int, int) {
		i := strings.Index(text, sub)
		return i, i + len(sub)
	}
	q := func(id int64, sub string) quotetrail.QuoteRecord {
		s, e := at(sub)
		return quotetrail.QuoteRecord{ID: id, Kind: "direct", Text: sub, Start: s, End: e, Speaker: "X"}
	}
	outer := q(1, "Ça va,” he said, “très bien.")
	outer.Kind = "mixed"
	inner := q(2, "très bien.")
	inner.MentionStart, inner.MentionEnd = at("he")
	inner.CueStart, inner.CueEnd = at("said")
	bad := q(3, "")
	bad.Start, bad.End = 2, 4 // inside the multi-byte “
	outOfBounds := q(4, "")
	outOfBounds.Start, outOfBounds.End = 10, 1000
	pieces := highlight(text, []quotetrail.QuoteRecord{outer, inner, bad, outOfBounds})
	type p struct {
		text, class string
		anchor      bool
	}
	var got []p
	var all strings.Builder
	for _, x := range pieces {
		got = append(got, p{x.Text, x.Class, x.Anchor})
		all.WriteString(x.Text)
	}
	want := []p{
		{"“", "", false},
		{"Ça va,” he said, “", "quote mixed", true},
		{"très bien.", "quote direct", true},
		{"”", "", false},
	}
	if all.String() != text {
		t.Errorf("pieces make %q, want %q", all.String(), text)
	}
	if len(got) != len(want) {
		t.Fatalf("highlight = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("piece %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	// Outside quotes, the speaker and the cue are marked.
	pieces = highlight(text, []quotetrail.QuoteRecord{inner})
	var classes []string
	for _, x := range pieces {
		classes = append(classes, x.Class)
	}
	if want := []string{"", "speaker", "", "cue", "", "quote direct", ""}; strings.Join(classes, ",") != strings.Join(want, ",") {
		t.Errorf("classes = %q, want %q", classes, want)
	}
}

func TestPaging(t *testing.T) {
	var docs []quotetrail.Document
	for i := range 60 {
		docs = append(docs, quotetrail.Document{ID: fmt.Sprintf("d%02d", i),
			Text: fmt.Sprintf("“The embargo stays, for reason number %d,” Foreign Minister Sergei Lavrov said.", i)})
	}
	srv := newServer(t, newStore(t, docs...))
	status, body := get(t, srv, "/search?q=embargo")
	if status != 200 || !strings.Contains(body, "Quotes 1–50 of 60") || !strings.Contains(body, `<a href="/search?page=2&amp;q=embargo" rel="next">`) ||
		strings.Contains(body, `rel="prev"`) {
		t.Errorf("search page 1: status %d, want quotes 1–50 of 60 and a link to page 2 only\n%s", status, body)
	}
	status, body = get(t, srv, "/search?q=embargo&page=2")
	if status != 200 || !strings.Contains(body, "Quotes 51–60 of 60") || !strings.Contains(body, `<a href="/search?q=embargo" rel="prev">`) ||
		strings.Contains(body, `rel="next"`) || !strings.Contains(body, "reason number 59") {
		t.Errorf("search page 2: status %d, want quotes 51–60 and a link to page 1 only\n%s", status, body)
	}
	status, body = get(t, srv, "/report/quotes-by?speaker=sergei+lavrov&page=2")
	if status != 200 || !strings.Contains(body, "Rows 51–60.") {
		t.Errorf("quotes-by page 2: status %d, want rows 51–60\n%s", status, body)
	}
}
