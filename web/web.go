// Package web is the local web view of a quotetrail database: pages, rendered
// on the server, to search the quotes, read everything a speaker said and
// through whom, read an article with its quotes highlighted and each quote's
// citation chain, run the named reports, and browse the audit (second-hand
// quotes, relays and state control, anonymous and unattributed quotes).
//
// It sits above the root package in the import ladder: quote ← attribution ←
// quotetrail ← web ← cmd/quotetrail. It only reads: every query is a method
// of quotetrail.Store, with parameters; the pages come from html/template,
// which escapes every value; they need no JavaScript (the Content Security
// Policy allows none). cmd/quotetrail's serve command runs it on a loopback
// address.
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/quotetrail/quotetrail"
)

//go:embed templates/*.html static/*
var files embed.FS

// pageSize is how many quotes or report rows a page shows.
const pageSize = 50

// Server serves the web view of one Store. It is safe for concurrent use.
type Server struct {
	store *quotetrail.Store
	mux   *http.ServeMux
	pages map[string]*template.Template
	// Timeout bounds the queries of one request (default 10 seconds).
	Timeout time.Duration
	// ErrorLog receives the errors of the requests that fail; nil logs
	// with the log package.
	ErrorLog *log.Logger
}

// New returns a Server that reads store, which should be open read-only.
func New(store *quotetrail.Store) (*Server, error) {
	s := &Server{store: store, mux: http.NewServeMux(), pages: make(map[string]*template.Template), Timeout: 10 * time.Second}
	layout, err := template.New("layout.html").Funcs(funcs).ParseFS(files, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(files, "templates/*.html")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(files, n)
		if err != nil {
			return nil, err
		}
		s.pages[name] = t
	}
	static, err := fs.Sub(files, "static")
	if err != nil {
		return nil, err
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /{$}", s.handle(s.home))
	s.mux.HandleFunc("GET /search", s.handle(s.search))
	s.mux.HandleFunc("GET /speaker/{id}", s.handle(s.speaker))
	s.mux.HandleFunc("GET /doc/{id}", s.handle(s.article))
	s.mux.HandleFunc("GET /audit", s.handle(s.audit))
	s.mux.HandleFunc("GET /report", s.handle(s.reportList))
	s.mux.HandleFunc("GET /report/{name}", s.handle(s.report))
	s.mux.HandleFunc("GET /", s.handle(func(*http.Request) (*page, error) { return nil, errNotFound }))
	return s, nil
}

// ServeHTTP serves the pages, with headers that forbid scripts, frames and
// sniffing.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	s.mux.ServeHTTP(w, r)
}

// LoopbackOnly returns h behind a check that the request's Host is a
// loopback name or address (localhost, 127.0.0.1, [::1]), so that a web page
// elsewhere cannot reach the server through a DNS name that resolves to
// 127.0.0.1 (DNS rebinding). Other requests get 421 Misdirected Request.
func LoopbackOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !IsLoopbackHost(r.Host) {
			http.Error(w, "quotetrail serves loopback addresses only", http.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// IsLoopbackHost reports whether hostport ("127.0.0.1:8080", "localhost",
// "[::1]:80") names the loopback interface.
func IsLoopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// page is what a handler renders: the template name and its data.
type page struct {
	Template string
	Title    string
	Data     any
	Status   int // 0: 200
}

// layoutData is the data of layout.html: the page's title, the search box's
// words, and the page's own data.
type layoutData struct {
	Title string
	Q     string
	Data  any
}

var (
	errNotFound   = errors.New("not found")
	errBadRequest = errors.New("bad request")
)

// badRequest is an error the reader caused, shown to them as it is.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }
func (e *badRequest) Unwrap() error { return errBadRequest }

// handle turns a page function into a handler: it bounds the request's
// queries in time and renders the page, or an error page.
func (s *Server) handle(fn func(*http.Request) (*page, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.Timeout)
		defer cancel()
		r = r.WithContext(ctx)
		p, err := fn(r)
		if err != nil {
			p = s.errorPage(r, err)
		}
		s.render(w, r, p)
	}
}

// errorPage returns the page that shows err.
func (s *Server) errorPage(r *http.Request, err error) *page {
	var br *badRequest
	switch {
	case errors.As(err, &br):
		return &page{Template: "error", Title: "Bad request", Data: br.msg, Status: http.StatusBadRequest}
	case errors.Is(err, errNotFound), errors.Is(err, quotetrail.ErrNotFound):
		return &page{Template: "error", Title: "Not found", Data: "There is nothing at " + r.URL.Path + ".", Status: http.StatusNotFound}
	case errors.Is(err, quotetrail.ErrUnknownSpeaker):
		return &page{Template: "error", Title: "Unknown speaker", Data: "No speaker has that name: search for a part of it.", Status: http.StatusNotFound}
	case errors.Is(err, context.DeadlineExceeded):
		s.logf("%s: %v", r.URL, err)
		return &page{Template: "error", Title: "Too slow", Data: "The query took too long: narrow it down.", Status: http.StatusServiceUnavailable}
	}
	s.logf("%s: %v", r.URL, err)
	return &page{Template: "error", Title: "Error", Data: "Something went wrong reading the database (the server's log says what).", Status: http.StatusInternalServerError}
}

// render writes p, through a buffer so that a template error never leaves
// half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, p *page) {
	t := s.pages[p.Template]
	if t == nil {
		s.logf("%s: no template %q", r.URL, p.Template)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, "layout.html", layoutData{Title: p.Title, Q: r.URL.Query().Get("q"), Data: p.Data}); err != nil {
		s.logf("%s: render %s: %v", r.URL, p.Template, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if p.Status != 0 {
		w.WriteHeader(p.Status)
	}
	if r.Method != http.MethodHead {
		w.Write([]byte(b.String()))
	}
}

func (s *Server) logf(format string, args ...any) {
	if s.ErrorLog != nil {
		s.ErrorLog.Printf(format, args...)
		return
	}
	log.Printf(format, args...)
}

// pathID returns the positive integer path value name.
func pathID(r *http.Request, name string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, errNotFound
	}
	return id, nil
}

// pageNumber returns the 1-based page number of the query parameter page.
func pageNumber(r *http.Request) (int, error) {
	v := r.URL.Query().Get("page")
	if v == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 1_000_000 {
		return 0, &badRequest{fmt.Sprintf("page %q is not a page number", v)}
	}
	return n, nil
}

// pager holds the links to the previous and next pages of a list.
type pager struct {
	Page       int
	Prev, Next string // URLs, "" when there is none
}

// newPager returns the pager of page n of the list at r's URL, which has more
// pages if more is set.
func newPager(r *http.Request, n int, more bool) pager {
	p := pager{Page: n}
	link := func(n int) string {
		q := r.URL.Query()
		if n == 1 {
			q.Del("page")
		} else {
			q.Set("page", strconv.Itoa(n))
		}
		u := url.URL{Path: r.URL.Path, RawQuery: q.Encode()}
		return u.String()
	}
	if n > 1 {
		p.Prev = link(n - 1)
	}
	if more {
		p.Next = link(n + 1)
	}
	return p
}

// filter returns the report filter of r's query parameters since, outlet and
// speaker, for page n.
func filter(r *http.Request, n int) (quotetrail.Filter, error) {
	q := r.URL.Query()
	f := quotetrail.Filter{
		Since:   strings.TrimSpace(q.Get("since")),
		Outlet:  strings.TrimSpace(q.Get("outlet")),
		Speaker: strings.TrimSpace(q.Get("speaker")),
		// One more row than shown tells whether there is a next page.
		Limit:  pageSize + 1,
		Offset: (n - 1) * pageSize,
	}
	if err := f.Validate(); err != nil {
		return f, &badRequest{err.Error()}
	}
	return f, nil
}

var funcs = template.FuncMap{
	"join": strings.Join,
	// plural returns "1 quote", "2 quotes".
	"plural": func(n int, word string) string {
		if n == 1 {
			return "1 " + word
		}
		return strconv.Itoa(n) + " " + word + "s"
	},
}
