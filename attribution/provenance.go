package attribution

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// datelineRe matches a dateline at the start of a paragraph: "MOSCOW:",
// "ABU DHABI, June 29 -", "NEW YORK, Nov. 19 (UPI) —", "LONDON (Reuters) -",
// with the city's country or state: "OSAKA, Japan, April 27 -",
// "CLEARWATER, Fla., March 3 -".
var datelineRe = regexp.MustCompile(`^([A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:,\s+[A-Z][A-Za-z]+\.?(?:\s[A-Z][A-Za-z]+\.?)?(?:,\s+[A-Z][A-Za-z]{1,9}\.?\s+\d{1,2}))?(?:,\s+[A-Z][A-Za-z]{1,9}\.?\s+\d{1,2})?\s*(?:\(([A-Za-z][A-Za-z -]{0,30})\))?\s*(?::|-|—|–|--)\s`)

// creditRe matches a wire or photo credit in parentheses at the end of a
// paragraph: "(AFP)", "(Reuters)", "(AP Photo/John Smith)".
var creditRe = regexp.MustCompile(`\(([A-Z][A-Za-z]{1,20})(?: Photo[^)]*)?\)\s*$`)

// copyrightRe matches a copyright or distribution line: "© PressReader. All
// rights reserved."
var copyrightRe = regexp.MustCompile(`^(?:©|\(c\)|Copyright)\s*(?:\d{4}\s+)?([^.,©]{2,60}?)[.,]`)

// bylineRe matches "By John Smith" and "By John Smith, Associated Press".
var bylineRe = regexp.MustCompile(`^By ([A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3})(?:,? (?:and [A-Z][^,]+)?)?(?:,\s*(.+))?$`)

// platforms distribute articles that others publish.
var platforms = set("pressreader", "factiva", "lexisnexis", "newsbank", "proquest",
	"yahoo news", "msn", "apple news", "google news", "newsnow", "flipboard", "smartnews")

// provenance reads how the article reached the reader from its own text:
// dateline and wire credit near the top, byline, photo credits in captions,
// and the platform's copyright line at the bottom.
func (d *docState) provenance() Provenance {
	var p Provenance
	gz := d.res.gazetteer()
	for i, para := range d.paras {
		s := d.text[para.Start:para.End]
		if i < 4 && p.Dateline == "" {
			if m := matchDateline(s); m != nil && !strings.Contains(m[1], "  ") {
				p.Dateline = strings.TrimSpace(m[1])
				if m[2] != "" {
					if o, ok := gz.Lookup(m[2]); ok {
						p.Wire = o.Name
					} else {
						p.Wire = m[2]
					}
				}
			}
		}
		if i < 4 && p.Author == "" {
			if m := matchIf(strings.HasPrefix(s, "By "), bylineRe, s); m != nil {
				p.Author = m[1]
				if o, ok := gz.Lookup(m[2]); ok && m[2] != "" && p.Wire == "" {
					p.Wire = o.Name
				}
			}
		}
		if m := matchIf(strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(c)") || strings.HasPrefix(s, "Copyright"), copyrightRe, s); m != nil {
			name := strings.TrimSpace(m[1])
			if platforms[strings.ToLower(name)] {
				p.Platform = name
			} else if p.Publisher == "" {
				p.Publisher = name
			}
			continue
		}
		if m := matchIf(strings.HasSuffix(strings.TrimSpace(s), ")"), creditRe, s); m != nil {
			o, ok := gz.Lookup(m[1])
			if !ok {
				continue
			}
			if i < 3 && len(s) < 12 || strings.HasPrefix(s, "(") {
				if p.Wire == "" {
					p.Wire = o.Name
				}
			} else if i >= len(d.paras)/2 && p.PhotoCredit == "" {
				// A caption at the end of the article.
				p.PhotoCredit = o.Name
			}
		}
	}
	return p
}

// matchIf runs re on s only when a cheap test says it may match: the
// provenance patterns run on every paragraph.
func matchIf(maybe bool, re *regexp.Regexp, s string) []string {
	if !maybe {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// mayBeDateline reports whether s opens with two capital letters, as every
// dateline does.
func mayBeDateline(s string) bool {
	if len(s) < 3 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	c := s[1]
	return c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c == '-' || c == ' ' || c == 0xE2 // N'DJAMENA, N’DJAMENA
}

func matchDateline(s string) []string {
	if len(s) > 160 {
		// A dateline is at the very start: "OSAKA, Japan, April 27 (Reuters) -".
		n := 160
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
	}
	return matchIf(mayBeDateline(s), datelineRe, s)
}
