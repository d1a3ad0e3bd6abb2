package web

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/quotetrail/quotetrail"
)

// This file holds the handlers: each reads what its page shows, with the
// Store's methods, and returns the page to render.

// isEmpty reports whether the database has no documents.
func (s *Server) isEmpty(r *http.Request) (bool, error) {
	return s.store.Empty(r.Context())
}

type homeData struct {
	Empty    string
	Counts   quotetrail.Counts
	Speakers *tableView
	Relays   *tableView
	Reports  []quotetrail.ReportInfo
}

func (s *Server) home(r *http.Request) (*page, error) {
	counts, err := s.store.Counts(r.Context())
	if err != nil {
		return nil, err
	}
	d := &homeData{Counts: counts, Reports: quotetrail.Reports()}
	if counts.Documents == 0 {
		d.Empty = quotetrail.ErrEmpty.Error()
		return &page{Template: "home", Title: homeTitle, Data: d}, nil
	}
	for _, t := range []struct {
		dst  **tableView
		name string
	}{{&d.Speakers, "speakers"}, {&d.Relays, "relays"}} {
		tab, err := s.store.Report(r.Context(), t.name, quotetrail.Filter{Limit: 10})
		if err != nil {
			return nil, err
		}
		*t.dst = newTableView(tab, 10)
	}
	return &page{Template: "home", Title: homeTitle, Data: d}, nil
}

const homeTitle = "Who said what, and through whom"

type searchData struct {
	Q        string
	Empty    string
	Result   *quotetrail.SearchResult
	Quotes   []quotetrail.QuoteRecord
	From, To int
	Pager    pager
}

func (s *Server) search(r *http.Request) (*page, error) {
	n, err := pageNumber(r)
	if err != nil {
		return nil, err
	}
	f, err := filter(r, n)
	if err != nil {
		return nil, err
	}
	d := &searchData{Q: strings.TrimSpace(r.URL.Query().Get("q"))}
	title := "Search"
	if d.Q != "" {
		title = "Search: " + d.Q
	}
	if empty, err := s.isEmpty(r); err != nil {
		return nil, err
	} else if empty {
		d.Empty = quotetrail.ErrEmpty.Error()
		return &page{Template: "search", Title: title, Data: d}, nil
	}
	if d.Q == "" {
		return &page{Template: "search", Title: title, Data: d}, nil
	}
	if len(d.Q) > 500 {
		return nil, &badRequest{"the search is too long (500 bytes at most)"}
	}
	if d.Result, err = s.store.SearchQuotes(r.Context(), d.Q, f); err != nil {
		return nil, err
	}
	d.Quotes = d.Result.Quotes
	if n > 1 && len(d.Quotes) == 0 {
		return nil, errNotFound // past the last page
	}
	more := len(d.Quotes) > pageSize
	if more {
		d.Quotes = d.Quotes[:pageSize]
	}
	d.From, d.To = f.Offset+1, f.Offset+len(d.Quotes)
	d.Pager = newPager(r, n, more)
	return &page{Template: "search", Title: title, Data: d}, nil
}

type speakerData struct {
	P        *quotetrail.Profile
	Quotes   []quotetrail.QuoteRecord
	From, To int
	Pager    pager
	MaxMonth int
	// Relayed are the first quotes the entity passed on as a relay.
	Relayed []quotetrail.QuoteRecord
}

func (s *Server) speaker(r *http.Request) (*page, error) {
	id, err := pathID(r, "id")
	if err != nil {
		return nil, err
	}
	n, err := pageNumber(r)
	if err != nil {
		return nil, err
	}
	p, err := s.store.Profile(r.Context(), id)
	if err != nil {
		return nil, err
	}
	d := &speakerData{P: p}
	for _, m := range p.Months {
		d.MaxMonth = max(d.MaxMonth, m.Quotes)
	}
	f := quotetrail.Filter{Limit: pageSize + 1, Offset: (n - 1) * pageSize}
	if d.Quotes, err = s.store.SpeakerQuotes(r.Context(), id, f); err != nil {
		return nil, err
	}
	if n > 1 && len(d.Quotes) == 0 {
		return nil, errNotFound
	}
	more := len(d.Quotes) > pageSize
	if more {
		d.Quotes = d.Quotes[:pageSize]
	}
	d.From, d.To = f.Offset+1, f.Offset+len(d.Quotes)
	d.Pager = newPager(r, n, more)
	if p.Relayed > 0 && n == 1 {
		if d.Relayed, err = s.store.RelayedQuotes(r.Context(), id, quotetrail.Filter{Limit: pageSize}); err != nil {
			return nil, err
		}
	}
	return &page{Template: "speaker", Title: p.Name, Data: d}, nil
}

type articleData struct {
	A      *quotetrail.Article
	Pieces []piece
}

func (s *Server) article(r *http.Request) (*page, error) {
	id, err := pathID(r, "id")
	if err != nil {
		return nil, err
	}
	a, err := s.store.Article(r.Context(), id)
	if err != nil {
		return nil, err
	}
	title := a.Title
	if title == "" {
		title = a.ExternalID
	}
	return &page{Template: "article", Title: title, Data: &articleData{A: a, Pieces: highlight(a.Text, a.Quotes)}}, nil
}

type auditData struct {
	Empty    string
	Sections []auditSection
}

// auditSection is a section of quotetrail.Store.AuditSections as the audit
// page shows it.
type auditSection struct {
	quotetrail.AuditSection
	Rows *tableView
	// More is the page with all the rows, "" if none has them.
	More string
}

// auditLimit is the most rows (clusters for the sections on clusters) the
// audit page shows of each section, as `quotetrail audit` does by default.
const auditLimit = 20

// auditMore are the pages that list all the rows of a section of the audit.
var auditMore = map[string]string{
	"secondary-only": "/report/secondary-only",
	"relays":         "/report/relays",
	"anonymous":      "/report/anonymous",
	"drift":          "/report/drift",
}

// audit shows the sections of `quotetrail audit`.
func (s *Server) audit(r *http.Request) (*page, error) {
	d := &auditData{}
	p := &page{Template: "audit", Title: "Audit", Data: d}
	if empty, err := s.isEmpty(r); err != nil {
		return nil, err
	} else if empty {
		d.Empty = quotetrail.ErrEmpty.Error()
		return p, nil
	}
	sections, err := s.store.AuditSections(r.Context(), auditLimit)
	if err != nil {
		return nil, err
	}
	for _, sec := range sections {
		d.Sections = append(d.Sections, auditSection{AuditSection: sec,
			Rows: newTableView(sec.Table, len(sec.Table.Rows)), More: auditMore[sec.Name]})
	}
	return p, nil
}

func (s *Server) reportList(r *http.Request) (*page, error) {
	return &page{Template: "reports", Title: "Reports", Data: quotetrail.Reports()}, nil
}

type reportData struct {
	Info                   quotetrail.ReportInfo
	Empty                  string
	Need                   string // what the reader must give first
	Since, Outlet, Speaker string
	Table                  *tableView
	From, To               int
	Pager                  pager
	CLIHint                string // the command line that prints the report
}

func (s *Server) report(r *http.Request) (*page, error) {
	name := r.PathValue("name")
	var info *quotetrail.ReportInfo
	for _, ri := range quotetrail.Reports() {
		if ri.Name == name {
			info = &ri
		}
	}
	if info == nil {
		return nil, errNotFound
	}
	n, err := pageNumber(r)
	if err != nil {
		return nil, err
	}
	f, err := filter(r, n)
	if err != nil {
		return nil, err
	}
	d := &reportData{Info: *info, Since: f.Since, Outlet: f.Outlet, Speaker: f.Speaker, CLIHint: cliHint(name, f)}
	p := &page{Template: "report", Title: "Report: " + name, Data: d}
	if empty, err := s.isEmpty(r); err != nil {
		return nil, err
	} else if empty {
		d.Empty = quotetrail.ErrEmpty.Error()
		return p, nil
	}
	if info.NeedsSpeaker && f.Speaker == "" {
		d.Need = "This report is about one speaker: give a name above."
		return p, nil
	}
	tab, err := s.store.Report(r.Context(), name, f)
	if errors.Is(err, quotetrail.ErrUnknownSpeaker) {
		d.Need = "No speaker is called " + strconv.Quote(f.Speaker) + ": search for a part of the name."
		p.Status = http.StatusNotFound
		return p, nil
	}
	if err != nil {
		return nil, err
	}
	if n > 1 && len(tab.Rows) == 0 {
		return nil, errNotFound
	}
	more := len(tab.Rows) > pageSize
	d.Table = newTableView(tab, pageSize)
	d.From, d.To = f.Offset+1, f.Offset+len(d.Table.Rows)
	d.Pager = newPager(r, n, more)
	return p, nil
}

// cliHint returns the command line that prints the report f asks for.
func cliHint(name string, f quotetrail.Filter) string {
	args := []string{"quotetrail", "report", name}
	for _, kv := range [][2]string{{"--since", f.Since}, {"--outlet", f.Outlet}, {"--speaker", f.Speaker}} {
		if kv[1] != "" {
			args = append(args, kv[0], shellQuote(kv[1]))
		}
	}
	return strings.Join(args, " ")
}

// shellQuote quotes s for a POSIX shell if it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,/:") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// tableView is a report's table as a page shows it: the columns people read,
// and cells that link to the speaker, relay, article or quote they name.
type tableView struct {
	Columns []string
	Numeric []bool
	Rows    [][]cellView
}

type cellView struct {
	Text  string
	URL   string // "" for no link
	Class string
}

// newTableView returns the first max rows of t as a page shows them.
func newTableView(t *quotetrail.Table, max int) *tableView {
	col := make(map[string]int)
	for i, c := range t.Columns {
		col[c] = i
	}
	// id returns the value of the id column name in row, or 0.
	id := func(row []any, name string) int64 {
		if i, ok := col[name]; ok {
			if v, ok := row[i].(int64); ok {
				return v
			}
		}
		return 0
	}
	tv := &tableView{}
	var keep []int
	for i, c := range t.Columns {
		if !strings.HasSuffix(c, "_id") {
			keep = append(keep, i)
			tv.Columns = append(tv.Columns, c)
			tv.Numeric = append(tv.Numeric, quotetrail.NumericColumn(t.Rows, i))
		}
	}
	rows := t.Rows
	if len(rows) > max {
		rows = rows[:max]
	}
	for _, row := range rows {
		cells := make([]cellView, len(keep))
		for j, i := range keep {
			c := cellView{Text: text(row[i])}
			switch t.Columns[i] {
			case "speaker":
				if n := id(row, "speaker_id"); n != 0 {
					c.URL = "/speaker/" + strconv.FormatInt(n, 10)
				}
			case "relay":
				if n := id(row, "relay_id"); n != 0 {
					c.URL = "/speaker/" + strconv.FormatInt(n, 10)
				}
			case "document":
				if n := id(row, "document_id"); n != 0 {
					c.URL = "/doc/" + strconv.FormatInt(n, 10)
				}
			case "quote":
				c.Class = "q"
				if doc, q := id(row, "document_id"), id(row, "quote_id"); doc != 0 && q != 0 {
					c.URL = (&url.URL{Path: "/doc/" + strconv.FormatInt(doc, 10), Fragment: "q" + strconv.FormatInt(q, 10)}).String()
				}
			case "date", "first", "last":
				c.Class = "date"
			case "state":
				if c.Text != "" {
					c.Class = "state-" + c.Text
				}
			}
			if tv.Numeric[j] {
				c.Class = strings.TrimSpace(c.Class + " num")
			}
			cells[j] = c
		}
		tv.Rows = append(tv.Rows, cells)
	}
	return tv
}

// text formats a report value; NULL is "".
func text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	default:
		return ""
	}
}
