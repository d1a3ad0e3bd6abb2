package htmldoc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file finds the article body of a page and renders it as text.

// bodyText returns the text of the article body of the page root.
func bodyText(root *html.Node) string {
	var w textWriter
	for _, n := range content(root) {
		w.node(n)
	}
	w.endParagraph()
	return strings.Join(w.paras, "\n\n")
}

// content returns the elements that hold the article body, trying in
// turn: the <article> with the most text (a page of teasers has several,
// the story itself is the longest), the element marked
// itemprop="articleBody", <main> or role="main", the element that holds
// the most paragraph text with its siblings that hold paragraphs too (the
// way readability tools guess), and <body>. Elements inside boilerplate (a
// "related stories" <aside>) are not candidates.
func content(root *html.Node) []*html.Node {
	var articles, marked, mains, paras []*html.Node
	var body *html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if dropped(n) {
			return false
		}
		switch {
		case n.DataAtom == atom.Body:
			body = n
		case n.DataAtom == atom.Article:
			articles = append(articles, n)
		case n.DataAtom == atom.Main, strings.EqualFold(attr(n, "role"), "main"):
			mains = append(mains, n)
		case n.DataAtom == atom.P:
			paras = append(paras, n)
		}
		if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
			marked = append(marked, n)
		}
		return true
	})
	for _, cands := range [][]*html.Node{articles, marked, mains} {
		if best := mostText(cands); best != nil {
			return []*html.Node{best}
		}
	}
	// Each paragraph counts for its parent, and half for its grandparent,
	// so that a story split into <div>s of paragraphs is still found whole.
	score := make(map[*html.Node]int)
	var best *html.Node
	for _, p := range paras {
		n := textLen(p)
		if n == 0 {
			continue
		}
		for i, a := 0, p.Parent; i < 2 && a != nil && a.Type == html.ElementNode; i, a = i+1, a.Parent {
			score[a] += n >> i
			if best == nil || score[a] > score[best] {
				best = a
			}
		}
	}
	switch {
	case best == nil && body == nil:
		return nil
	case best == nil:
		return []*html.Node{body}
	case best.Parent == nil:
		return []*html.Node{best}
	}
	// A story split into sections: the siblings of the best element that
	// score at least a fifth of it are part of it.
	var out []*html.Node
	for c := best.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == best || score[c] > 0 && score[c] >= score[best]/5 {
			out = append(out, c)
		}
	}
	return out
}

// mostText returns the node of ns with the most text, or nil if none has
// any.
func mostText(ns []*html.Node) *html.Node {
	var best *html.Node
	most := 0
	for _, n := range ns {
		if l := textLen(n); l > most {
			best, most = n, l
		}
	}
	return best
}

// textLen returns the number of bytes of text under n that are not in
// dropped elements, white space excluded.
func textLen(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			for _, r := range c.Data {
				if !unicode.IsSpace(r) {
					total += utf8.RuneLen(r)
				}
			}
		case html.ElementNode:
			return c == n || !dropped(c)
		}
		return true
	})
	return total
}

// droppedTags are the elements that never hold article text: navigation,
// page furniture, scripts, forms and embedded objects.
var droppedTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Menu: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Iframe: true, atom.Svg: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Audio: true, atom.Video: true, atom.Dialog: true,
}

// droppedRoles are the ARIA roles of page furniture.
var droppedRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"menu": true, "menubar": true, "search": true, "dialog": true, "alertdialog": true, "toolbar": true,
}

// boilerplateWords are the words of class and id names that mark
// boilerplate: "share-buttons", "related_stories", "newsletter-signup",
// "ad-slot". A class name is split at '-' and '_' and matches if one of its
// parts is one of these words.
var boilerplateWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
	"share": true, "sharing": true, "social": true, "related": true, "recommended": true, "recirculation": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true, "paywall": true,
	"promo": true, "ad": true, "ads": true, "advert": true, "advertisement": true, "sponsored": true,
	"comment": true, "comments": true, "cookie": true, "cookies": true, "consent": true,
	"sidebar": true, "popup": true, "modal": true, "masthead": true, "toolbar": true, "footer": true,
	"hidden": true, "sr": true, // "sr-only": text for screen readers ("Share on X")
}

// notPrefixes are the first parts of class names that negate or qualify
// the rest ("has-sidebar", "no-ads"): such a name marks nothing.
var notPrefixes = map[string]bool{"has": true, "no": true, "with": true, "without": true, "is": true}

// dropped reports whether the element n and everything in it is left out of
// the article text. The document's own containers (html, body, main,
// article) are never dropped for their class names.
func dropped(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if droppedTags[n.DataAtom] {
		return true
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") ||
		droppedRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if style := strings.ToLower(attr(n, "style")); strings.Contains(strings.ReplaceAll(style, " ", ""), "display:none") {
		return true
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	return boilerplateName(attr(n, "class")) || boilerplateName(attr(n, "id"))
}

// boilerplateName reports whether one of the space-separated names of a
// class or id attribute marks boilerplate.
func boilerplateName(names string) bool {
	for _, name := range strings.Fields(names) {
		parts := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '-' || r == '_' })
		if len(parts) == 0 || notPrefixes[parts[0]] {
			continue
		}
		for _, p := range parts {
			if boilerplateWords[p] {
				return true
			}
		}
	}
	return false
}

// blockTags are the elements that begin and end a paragraph of the text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Tr: true, atom.Caption: true,
	atom.Figure: true, atom.Figcaption: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Hr: true, atom.Center: true, atom.Fieldset: true, atom.Body: true, atom.Html: true,
}

// textWriter renders elements as paragraphs of text.
type textWriter struct {
	paras []string
	cur   strings.Builder // the paragraph being written
	space bool            // white space was seen since the last word
	pre   int             // depth of <pre> elements
}

func (w *textWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if dropped(n) {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && blockTags[n.DataAtom]
	if block {
		w.endParagraph()
	}
	switch n.DataAtom {
	case atom.Br:
		w.lineBreak()
	case atom.Pre:
		w.pre++
		defer func() { w.pre-- }()
	case atom.Td, atom.Th:
		w.space = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
	if block {
		w.endParagraph()
	}
}

// text adds a text node, collapsing white space outside <pre>.
func (w *textWriter) text(s string) {
	if w.pre > 0 {
		for i, line := range strings.Split(s, "\n") {
			if i > 0 {
				w.lineBreak()
			}
			w.word(strings.TrimRightFunc(line, unicode.IsSpace))
		}
		return
	}
	for len(s) > 0 {
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			w.word(s)
			return
		}
		w.word(s[:i])
		w.space = true
		s = strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	}
}

// word adds text without white space to the paragraph.
func (w *textWriter) word(s string) {
	if s == "" {
		return
	}
	if w.space && w.cur.Len() > 0 && !strings.HasSuffix(w.cur.String(), "\n") {
		w.cur.WriteByte(' ')
	}
	w.space = false
	w.cur.WriteString(s)
}

// lineBreak ends a line inside the paragraph (<br>).
func (w *textWriter) lineBreak() {
	if w.cur.Len() > 0 && !strings.HasSuffix(w.cur.String(), "\n") {
		w.cur.WriteByte('\n')
	}
	w.space = false
}

// endParagraph finishes the paragraph being written, if it has any text.
func (w *textWriter) endParagraph() {
	if p := strings.TrimRight(w.cur.String(), "\n"); p != "" {
		w.paras = append(w.paras, p)
	}
	w.cur.Reset()
	w.space = false
}
