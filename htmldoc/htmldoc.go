// Package htmldoc reads a news article from an HTML page: the body text,
// without navigation, menus, share widgets and other boilerplate, and the
// metadata of its <meta> tags (og:site_name, article:published_time,
// author, og:url, og:title).
//
// It sits at the bottom of quotetrail's ladder, beside quote: it imports
// nothing of quotetrail's, only golang.org/x/net/html, and the root package
// quotetrail uses it to read *.html files. It is pure Go.
package htmldoc

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// Article is what Parse found in a page. Every field is "" when the page
// does not give it.
type Article struct {
	// Title is og:title, else twitter:title, else the headline of a
	// JSON-LD NewsArticle, else the page's <title>.
	Title string
	// Text is the article body: paragraphs separated by one blank line,
	// runs of white space inside a paragraph made one space, a <br> kept as
	// a line break.
	Text string
	// URL is og:url, else <link rel="canonical">, else the JSON-LD url.
	URL string
	// Publisher is og:site_name, else the JSON-LD publisher's name.
	Publisher string
	// Published is article:published_time (or another date meta tag, or
	// the JSON-LD datePublished), as written in the page.
	Published string
	// Author is the author meta tag, else article:author when it is a name
	// rather than a link, else the JSON-LD author's name.
	Author string
}

// Parse reads an HTML page from r and returns its article. A page that
// declares a character set other than UTF-8 (a byte order mark, <meta
// charset> or <meta http-equiv="Content-Type">) is decoded from it; any
// other page is taken as UTF-8, and its invalid bytes are left for the
// caller to repair. The only errors are those of reading r.
func Parse(r io.Reader) (Article, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Article{}, err
	}
	return ParseBytes(data), nil
}

// ParseBytes is Parse on a page in memory.
func ParseBytes(data []byte) Article {
	root := parse(data)
	if label := declaredCharset(root); label != "" {
		if enc, name := charset.Lookup(label); enc != nil && name != "utf-8" {
			if utf, _, err := transform.Bytes(enc.NewDecoder(), data); err == nil {
				root = parse(utf)
			}
		}
	}
	var a Article
	m := collectMeta(root)
	a.Title = first(m.props["og:title"], m.props["twitter:title"], m.ld.Headline, m.title)
	a.URL = first(m.props["og:url"], m.canonical, m.ld.URL)
	a.Publisher = first(m.props["og:site_name"], m.ld.publisher())
	a.Published = first(m.props["article:published_time"], m.props["og:published_time"],
		m.props["datepublished"], m.props["date"], m.props["pubdate"], m.props["dc.date.issued"],
		m.props["dc.date"], m.props["parsely-pub-date"], m.ld.DatePublished, m.timeDatetime)
	a.Author = first(m.props["author"], nameNotLink(m.props["article:author"]), m.props["dc.creator"],
		m.props["parsely-author"], m.ld.author())
	a.Text = bodyText(root)
	return a
}

func parse(data []byte) *html.Node {
	// html.Parse fails only when reading fails, and a bytes.Reader does not.
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return &html.Node{Type: html.DocumentNode}
	}
	return root
}

// first returns the first of values that is not blank, trimmed.
func first(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return collapse(v)
		}
	}
	return ""
}

// nameNotLink returns s unless it is a URL: article:author is often the
// link to the author's profile.
func nameNotLink(s string) string {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "/") {
		return ""
	}
	return s
}

// collapse makes every run of white space in s one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// declaredCharset returns the character set that the <meta> tags of the page
// declare, or "".
func declaredCharset(root *html.Node) string {
	var label string
	walk(root, func(n *html.Node) bool {
		if label != "" {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			if cs := attr(n, "charset"); cs != "" {
				label = cs
			} else if strings.EqualFold(attr(n, "http-equiv"), "content-type") {
				if _, after, ok := strings.Cut(strings.ToLower(attr(n, "content")), "charset="); ok {
					label = strings.Trim(after, ` "';`)
				}
			}
		}
		return n.DataAtom != atom.Body // the declaration is in the head
	})
	return label
}

// walk calls fn for n and, while fn returns true, for its descendants, in
// document order.
func walk(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

// meta is the metadata of a page.
type meta struct {
	props        map[string]string // <meta property|name|itemprop> by lowercase key, first one wins
	title        string            // <title>
	canonical    string            // <link rel="canonical">
	timeDatetime string            // the datetime of the first <time itemprop="datePublished"> or <time pubdate>
	ld           linkedData
}

func collectMeta(root *html.Node) *meta {
	m := &meta{props: make(map[string]string)}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Meta:
			content, ok := "", false
			for _, a := range n.Attr {
				if a.Key == "content" {
					content, ok = a.Val, true
				}
			}
			if !ok {
				break
			}
			for _, key := range []string{"property", "name", "itemprop"} {
				if k := strings.ToLower(strings.TrimSpace(attr(n, key))); k != "" {
					if _, seen := m.props[k]; !seen && strings.TrimSpace(content) != "" {
						m.props[k] = content
					}
				}
			}
		case atom.Title:
			if m.title == "" {
				m.title = textOf(n)
			}
		case atom.Link:
			if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				m.canonical = attr(n, "href")
			}
		case atom.Time:
			if m.timeDatetime == "" && (strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate")) {
				m.timeDatetime = attr(n, "datetime")
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				m.ld.merge(textOf(n))
			}
			return false
		}
		return true
	})
	return m
}

// hasToken reports whether the space-separated list s holds tok,
// ignoring case.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// textOf returns the text under n, with its white space collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return true
	})
	return collapse(b.String())
}

// linkedData is the part of a schema.org NewsArticle (JSON-LD) that Parse
// uses when the <meta> tags lack it.
type linkedData struct {
	Headline      string          `json:"headline"`
	DatePublished string          `json:"datePublished"`
	URL           string          `json:"url"`
	Author        json.RawMessage `json:"author"`    // an object, a list of them, or a string
	Publisher     json.RawMessage `json:"publisher"` // an object or a string
	found         bool
}

// articleTypes are the schema.org types whose JSON-LD describes the article.
var articleTypes = map[string]bool{
	"NewsArticle": true, "Article": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"BlogPosting": true, "OpinionNewsArticle": true, "WebPage": false,
}

// merge reads one <script type="application/ld+json">: an object, a list
// of them or an @graph, and keeps the first article it describes. Broken
// JSON is ignored: it is the page's problem, not the reader's.
func (ld *linkedData) merge(src string) {
	if ld.found {
		return
	}
	var raw json.RawMessage
	if json.Unmarshal([]byte(src), &raw) != nil {
		return
	}
	var objs []json.RawMessage
	if json.Unmarshal(raw, &objs) != nil {
		var graph struct {
			Graph []json.RawMessage `json:"@graph"`
		}
		if json.Unmarshal(raw, &graph) == nil && len(graph.Graph) > 0 {
			objs = graph.Graph
		} else {
			objs = []json.RawMessage{raw}
		}
	}
	for _, o := range objs {
		var t struct {
			Type json.RawMessage `json:"@type"`
		}
		if json.Unmarshal(o, &t) != nil || !isArticleType(t.Type) {
			continue
		}
		var got linkedData
		if json.Unmarshal(o, &got) == nil {
			*ld = got
			ld.found = true
			return
		}
	}
}

// isArticleType reports whether a JSON-LD @type (a string or a list of
// them) names an article.
func isArticleType(raw json.RawMessage) bool {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return articleTypes[one]
	}
	var many []string
	if json.Unmarshal(raw, &many) == nil {
		for _, t := range many {
			if articleTypes[t] {
				return true
			}
		}
	}
	return false
}

func (ld *linkedData) author() string    { return names(ld.Author) }
func (ld *linkedData) publisher() string { return names(ld.Publisher) }

// names returns the name of a JSON-LD Person or Organization, of a list of
// them (joined with " and "), or a plain string.
func names(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var one struct {
		Name string `json:"name"`
	}
	if json.Unmarshal(raw, &one) == nil {
		return one.Name
	}
	var many []json.RawMessage
	if json.Unmarshal(raw, &many) != nil {
		return ""
	}
	var out []string
	for _, m := range many {
		if n := names(m); n != "" {
			out = append(out, n)
		}
	}
	return strings.Join(out, " and ")
}
