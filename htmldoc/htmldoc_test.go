package htmldoc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A news page as content management systems write them: the story in an
// <article>, wrapped in navigation, a share bar, related links, a newsletter
// form, scripts and a footer.
const newsPage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Haftar in Moscow: talks on Libya | The Daily Planet</title>
<meta property="og:title" content="Haftar meets Lavrov in Moscow">
<meta property="og:site_name" content="The Daily Planet">
<meta property="og:url" content="https://planet.example/world/haftar-moscow">
<meta property="article:published_time" content="2020-01-13T09:30:00Z">
<meta name="author" content="Jane Smith">
<meta property="article:author" content="https://planet.example/staff/jane-smith">
<link rel="canonical" href="https://planet.example/world/haftar-moscow?ref=canonical">
<script>window.dataLayer = [{"page": "article"}];</script>
<style>.share { display: flex }</style>
</head>
<body class="has-sidebar">
<header class="site-header"><a href="/">The Daily Planet</a>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/world">World</a></div>
<main>
<article>
  <header><h1>Haftar meets Lavrov in Moscow</h1><p class="byline">By Jane Smith</p></header>
  <div class="share-buttons"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
  <p>MOSCOW (Reuters) - Libyan commander Khalifa Haftar met Russian Foreign Minister
     Sergei Lavrov on Monday.</p>
  <p>&ldquo;Our relations are <em>crucial</em>,&rdquo; the TASS news agency quoted Haftar as saying.</p>
  <figure><img src="haftar.jpg" alt="Haftar"><figcaption>Khalifa Haftar in Moscow. Photo: Reuters</figcaption></figure>
  <div class="ad-slot">Advertisement</div>
  <p>Talks   went on
     late into the night.</p>
  <aside class="related"><h2>Related</h2><ul><li><a href="/a">Libya talks stall</a></li></ul></aside>
  <form class="newsletter"><p>Sign up for our newsletter</p><input type="email"></form>
  <footer><p>&copy; 2020 The Daily Planet</p></footer>
</article>
</main>
<aside role="complementary"><p>Most read: a cat.</p></aside>
<footer class="site-footer"><p>Contact us</p></footer>
<script>trackPageView();</script>
</body>
</html>`

const newsText = "MOSCOW (Reuters) - Libyan commander Khalifa Haftar met Russian Foreign Minister Sergei Lavrov on Monday.\n\n" +
	"“Our relations are crucial,” the TASS news agency quoted Haftar as saying.\n\n" +
	"Khalifa Haftar in Moscow. Photo: Reuters\n\n" +
	"Talks went on late into the night."

// A page without <article> or <main>: the story is the <div> with the most
// paragraphs, split in two sections; the sidebar has paragraphs too.
const divPage = `<html><head>
<title>Strike ends at the port</title>
<meta name="date" content="1987-03-02">
<meta name="author" content="Staff Reporter">
<meta property="article:author" content="https://paper.example/staff">
</head><body>
<div id="top-menu"><a href="/">Home</a> | <a href="/business">Business</a></div>
<div id="story">
  <div class="section"><p>Dock workers ended a three-day strike on Sunday.</p>
  <p>"We have an agreement," union leader Tom Baker said.</p></div>
  <div class="section"><p>Ships began unloading at dawn.<br>Traffic was normal by noon.</p></div>
</div>
<div id="sidebar"><p>Weather: sunny.</p><p>Markets: up.</p></div>
<div class="cookie-consent"><p>We use cookies.</p></div>
</body></html>`

// Metadata in JSON-LD only, and the body marked with itemprop="articleBody".
const linkedDataPage = `<html><head>
<title>Page</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Wire Daily", "url": "https://wire.example/"},
  {"@type": ["NewsArticle"], "headline": "Ministers agree on budget",
   "datePublished": "2021-05-04T08:00:00+02:00", "url": "https://wire.example/budget",
   "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chan"}],
   "publisher": {"@type": "Organization", "name": "Wire Daily"}}
]}
</script>
<script type="application/ld+json">{broken json</script>
</head><body>
<div class="page"><div itemprop="articleBody">
<p>Ministers agreed on the budget&nbsp;on Tuesday.</p>
<div class="sr-only">Share this article</div>
<blockquote><p>“It is a fair deal,” the finance minister said.</p></blockquote>
</div>
<div class="comments"><p>First!</p></div>
</div></body></html>`

// A page of teasers: several <article>s, the story is the longest; inline
// markup, <pre> and hidden elements.
const teaserPage = `<html><head><meta property="og:title" content="  Storm  hits   coast "></head><body>
<article class="teaser"><p>Short teaser about something else.</p></article>
<article class="story">
<h2>Storm hits coast</h2>
<p>The storm made landfall at <b>6 a.m.</b>, officials said.<span hidden>tracking pixel</span></p>
<div style="display: none">Hidden promo</div>
<div aria-hidden="true">Icon text</div>
<pre>Wind   speed: 120 km/h
Rain:  80 mm</pre>
<ul><li>Schools closed</li><li>Roads flooded</li></ul>
</article>
<article class="teaser"><p>Another teaser.</p></article>
</body></html>`

// A page in windows-1252, declared with http-equiv: the curly quotes are
// bytes 0x93 and 0x94.
var legacyPage = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">" +
	"<title>Caf\xe9 talks</title></head><body><p>\x93We agree,\x94 the caf\xe9 owner said.</p></body></html>"

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		page string
		want Article
	}{
		{"article with boilerplate", newsPage, Article{
			Title:     "Haftar meets Lavrov in Moscow",
			Text:      newsText,
			URL:       "https://planet.example/world/haftar-moscow",
			Publisher: "The Daily Planet",
			Published: "2020-01-13T09:30:00Z",
			Author:    "Jane Smith",
		}},
		{"paragraphs in divs", divPage, Article{
			Title: "Strike ends at the port",
			Text: "Dock workers ended a three-day strike on Sunday.\n\n" +
				"\"We have an agreement,\" union leader Tom Baker said.\n\n" +
				"Ships began unloading at dawn.\nTraffic was normal by noon.",
			Published: "1987-03-02",
			Author:    "Staff Reporter",
		}},
		{"JSON-LD and articleBody", linkedDataPage, Article{
			Title: "Ministers agree on budget",
			Text: "Ministers agreed on the budget on Tuesday.\n\n" +
				"“It is a fair deal,” the finance minister said.",
			URL:       "https://wire.example/budget",
			Publisher: "Wire Daily",
			Published: "2021-05-04T08:00:00+02:00",
			Author:    "Ann Lee and Bo Chan",
		}},
		{"teasers, pre and hidden elements", teaserPage, Article{
			Title: "Storm hits coast",
			Text: "Storm hits coast\n\n" +
				"The storm made landfall at 6 a.m., officials said.\n\n" +
				"Wind   speed: 120 km/h\nRain:  80 mm\n\n" +
				"Schools closed\n\nRoads flooded",
		}},
		{"declared legacy charset", legacyPage, Article{
			Title: "Café talks",
			Text:  "“We agree,” the café owner said.",
		}},
		{"plain text, no markup", "Just a line of text.", Article{Text: "Just a line of text."}},
		{"empty", "", Article{}},
	}
	for _, tt := range tests {
		got, err := Parse(strings.NewReader(tt.page))
		if err != nil {
			t.Errorf("%s: Parse error: %v", tt.name, err)
			continue
		}
		if got != tt.want {
			t.Errorf("%s: Parse =\n%#v\nwant\n%#v", tt.name, got, tt.want)
			if got.Text != tt.want.Text {
				t.Errorf("%s: Text =\n%s\nwant\n%s", tt.name, got.Text, tt.want.Text)
			}
		}
	}
}

// Invalid UTF-8 in a page that declares none is left in place, for the
// caller to repair and count.
func TestParseKeepsInvalidUTF8(t *testing.T) {
	got := ParseBytes([]byte("<p>caf\xe9 au lait</p>"))
	if got.Text != "caf\xe9 au lait" {
		t.Errorf("ParseBytes(invalid UTF-8).Text = %q, want %q", got.Text, "caf\xe9 au lait")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{newsPage, divPage, linkedDataPage, teaserPage, legacyPage, "<p>a<br>b</p>", "<pre>\n\n</pre>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		a := ParseBytes([]byte(page))
		if utf8.ValidString(page) && !strings.Contains(strings.ToLower(page), "charset") && !utf8.ValidString(a.Text) {
			t.Errorf("ParseBytes(%q).Text = %q: invalid UTF-8 from valid input", page, a.Text)
		}
		if strings.Contains(a.Text, "\n\n\n") || strings.HasPrefix(a.Text, "\n") || strings.HasSuffix(a.Text, "\n") {
			t.Errorf("ParseBytes(%q).Text = %q: paragraphs not separated by exactly one blank line", page, a.Text)
		}
	})
}
