package attribution

import (
	"sort"
	"strings"

	"github.com/quotetrail/quotetrail/quote"
)

// Resolver finds and attributes quotations. The zero Resolver uses the
// built-in lexicon of reporting verbs and gazetteer of news outlets; it is
// safe for concurrent use.
type Resolver struct {
	// Finder finds the quotation marks.
	Finder quote.Finder
	// Lexicon and Gazetteer replace the built-in ones when set (see
	// DefaultLexicon, DefaultGazetteer and their Merge methods).
	Lexicon   *Lexicon
	Gazetteer *Gazetteer
	// Aliases replaces the built-in spellings of names (DefaultAliases).
	Aliases *Aliases
}

func (r *Resolver) aliases() *Aliases {
	if r.Aliases != nil {
		return r.Aliases
	}
	return DefaultAliases()
}

func (r *Resolver) lexicon() *Lexicon {
	if r.Lexicon != nil {
		return r.Lexicon
	}
	return DefaultLexicon()
}

func (r *Resolver) gazetteer() *Gazetteer {
	if r.Gazetteer != nil {
		return r.Gazetteer
	}
	return DefaultGazetteer()
}

// docState is the per-call state of Analyze.
type docState struct {
	res   *Resolver
	text  string
	paras []quote.Span
	ptoks [][]token // the tokens of each paragraph
	verbs []Verb    // the verb readings of the tokens
	// transcriptLabels counts the paragraphs led by a speaker's label.
	transcriptLabels int
	// lowerUse caches whether the document writes a word in lower case,
	// outlets the gazetteer's answer for a phrase.
	lowerUse map[string]bool
	outlets  memo[Outlet]
	marks    []quote.Quote // every quotation found by the Finder
	out      []Quote
	names    map[string]string // last word of a name (lower case) -> fullest form
	claims   []quote.Span      // text already covered by an attribution
	said     []quote.Span      // the speaker and verb of an attribution that leads a direct quotation
	asks     []quote.Span      // the verbs of the questions that questions read
	canon    memo[string]      // names looked up in the aliases
}

// Analyze finds the quotations of text, direct and reported, attributes them
// and reads the article's provenance.
func (r *Resolver) Analyze(text string) Analysis {
	d := &docState{res: r, text: text}
	d.paras = quote.Paragraphs(text)
	d.marks = r.Finder.Find(text)
	d.indexNames()
	d.direct()
	d.reported()
	d.resolve()
	sort.SliceStable(d.out, func(i, j int) bool { return d.out[i].Start < d.out[j].Start })
	// Number the quotations 0, 1, … in the order they start; the segments
	// of one quotation share its number.
	renum := make(map[int]int)
	for i := range d.out {
		g, ok := renum[d.out[i].Group]
		if !ok {
			g = len(renum)
			renum[d.out[i].Group] = g
		}
		d.out[i].Group = g
	}
	return Analysis{Quotes: d.out, Provenance: d.provenance()}
}

// claimed reports whether s overlaps text already covered by a quotation
// or by the attribution of a direct one.
func (d *docState) claimed(s quote.Span) bool {
	return d.quoted(s) || overlapsAny(d.said, s)
}

// quoted reports whether s overlaps text already covered by a quotation.
func (d *docState) quoted(s quote.Span) bool {
	return overlapsAny(d.claims, s)
}

func overlapsAny(spans []quote.Span, s quote.Span) bool {
	for _, c := range spans {
		if c.Overlaps(s) {
			return true
		}
	}
	return false
}

// tokens returns the tokens that lie within [start, end), all in one
// paragraph.
func (d *docState) tokens(start, end int) []token {
	pi := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].End >= start }) // first paragraph ending at or after start
	if pi >= len(d.paras) {
		return nil
	}
	toks := d.ptoks[pi]
	lo := sort.Search(len(toks), func(i int) bool { return toks[i].start >= start })
	hi := sort.Search(len(toks), func(i int) bool { return toks[i].end > end })
	if hi < lo {
		return nil
	}
	return toks[lo:hi]
}

// lookupVerbs looks every word of toks up in the lexicon once, keeping its
// verb reading (nouns such as "statement" are not verbs here).
func (d *docState) lookupVerbs(toks []token) {
	lex := d.res.lexicon()
	if d.verbs == nil {
		d.verbs = make([]Verb, 0, len(toks)/8+8)
	}
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord {
			continue
		}
		if len(t.lower) < 3 || t.lower[0] <= '9' {
			continue // no verb is that short or starts with a digit
		}
		switch t.lower {
		case "the", "and", "that", "for", "was", "with", "from", "his", "has", "are", "were", "have", "its",
			"this", "but", "not", "had", "will", "would", "which", "who", "their", "been", "they", "she", "her",
			"pct", "dlrs", "mln", "year", "company", "share", "shares", "billion", "percent", "than", "also",
			"about", "into", "after", "other", "more", "over", "there", "some", "such", "under", "first",
			"two", "three", "one", "new", "market", "prices", "price", "bank", "trade", "government", "oil", "week",
			"month", "stock", "inc", "corp", "reuter", "last", "cts", "net", "shr", "april", "march", "june":
			continue // the commonest words of news copy, none a verb of speech
		}
		f := lex.lookupLowerVerb(t.lower)
		if f == nil {
			continue // most words
		}
		v, ok := Verb{}, false
		if i+1 < len(toks) && toks[i+1].kind == tWord {
			// "pointed out", "called for": the particle goes with the verb,
			// whose reading the first word carries.
			v, ok = f.phrasalWith(toks[i+1].lower)
			if ok && v.Lemma == "go on" && (i+2 >= len(toks) || !toks[i+2].is(":") && toks[i+2].kind != tQuote) {
				// "She went on: …", but not "went on to win", "went on
				// the offensive", "as the day went on".
				v, ok = Verb{}, false
			}
		}
		if !ok {
			v, ok = f.verb, f.isVerb
		}
		if ok {
			d.verbs = append(d.verbs, v)
			t.verb = int32(len(d.verbs))
		}
	}
}

// verb returns the verb reading of t.
func (d *docState) verb(t token) (Verb, bool) {
	if t.verb == 0 {
		return Verb{}, false
	}
	return d.verbs[t.verb-1], true
}

// verbAt looks toks[i] up as a verb: a word of the lexicon's verbs that does
// not follow a determiner or a possessive ("each state", "the group's call"
// are nouns).
func (d *docState) verbAt(toks []token, i int) (Verb, bool) {
	v, ok := d.verb(toks[i])
	if !ok {
		return Verb{}, false // most words: no lexicon entry at all
	}
	if i > 0 {
		p := toks[i-1]
		if nounMarkers[p.lower] && !(p.is("news") && p.isCap()) || strings.HasSuffix(p.lower, "'s") || p.is("united") || p.is("of") && i > 1 && titleWords[toks[i-2].lower] {
			// "secretary of state" is a title, not the verb "state".
			return Verb{}, false
		}
	}
	if i+1 < len(toks) && strings.HasSuffix(toks[i].lower, "s") && !strings.HasSuffix(toks[i].lower, "ss") &&
		(toks[i+1].is("have", "had", "which", "said", "say") || toks[i+1].is("are", "were") && v.Lemma != "say") &&
		i > 0 && toks[i-1].kind == tWord && !subjectPronouns[toks[i-1].lower] {
		// "Newspaper reports have said", "local press reports which said",
		// "owners in four states are causing": the plural noun, whose verb
		// comes after it. (But "the ones State now says are …".)
		return Verb{}, false
	}
	if toks[i].is("call", "calls") && (i > 0 && toks[i-1].is("roll", "conference", "phone", "social", "clarion", "wake-up", "curtain", "casting", "judgment", "kick") ||
		i+1 < len(toks) && toks[i+1].is("center", "centers", "centre", "centres", "sheet", "sheets", "log", "logs", "records", "letters", "sign", "signs")) {
		// "the roll call vote", "a conference call", "call centers"
		return Verb{}, false
	}
	if i > 0 && pluralNouns[toks[i].lower] && !subjectPronouns[toks[i-1].lower] && !toks[i-1].isCap() && !isAdverb(toks[i-1]) {
		// "the emails that Mrs. Clinton had given", "1,200 Clinton emails
		// now deemed classified": the plural noun (but "she emails").
		return Verb{}, false
	}
	if i > 0 && i+1 < len(toks) && nounVerbs[toks[i].lower] && toks[i-1].kind == tWord && !subjectPronouns[toks[i-1].lower] &&
		(auxiliaries[toks[i+1].lower] || toks[i+1].kind == tWord && !toks[i+1].isCap() && strings.HasSuffix(toks[i+1].lower, "ed") && !toks[i+1].is("need", "feed", "seed")) {
		// "The October report exceeded expectations", "the last claim was
		// a video clip", "Two other emails highlight": the noun, with the
		// verb of its own clause after it.
		return Verb{}, false
	}
	if i > 0 && i+1 < len(toks) && mediaNouns[toks[i-1].lower] && toks[i].is("reports", "accounts") && toks[i+1].kind == tWord && !toks[i+1].isCap() &&
		(toks[i+1].verb != 0 || toks[i+1].is("is", "are", "was", "were", "have", "had", "say", "said")) {
		// "as newspaper reports suggested", "Television reports showed":
		// the plural noun after its medium, and its verb.
		return Verb{}, false
	}
	if v.Lemma == toks[i].lower && !toks[i].isCap() && i > 1 && !strings.HasSuffix(toks[i-1].lower, "s") {
		// "a weekend Jakarta report quoting": after "a" or "an" and its
		// modifiers, the bare form is a noun.
		for j := i - 1; j >= 0 && i-j <= 3 && toks[j].kind == tWord; j-- {
			if toks[j].is("a", "an") {
				return Verb{}, false
			}
			if prepositions[toks[j].lower] || subjectPronouns[toks[j].lower] {
				break
			}
		}
	}
	if (toks[i].lower == "state" || toks[i].lower == "states") && !(i+1 < len(toks) && toks[i+1].is(":") ||
		i+2 < len(toks) && toks[i+1].is("that") && !toks[i+2].is("will", "would", "have", "has", "had", "are", "were", "is", "was", "can", "could", "voted", "hold", "held") ||
		(i+1 == len(toks) || toks[i+1].is(",", ".")) && (i <= 3 || quoteBefore(toks, i, 4))) { // ("the ad states," right after the quote)
		// "Illinois state Rep. Carol Ammons", "state radio said", "the 13
		// states where", "Most Southern states that": the noun, far more
		// often than the verb, which news copy writes "states that" or
		// "“…,” the ad states.".
		return Verb{}, false
	}
	return v, true
}

// quoteBefore reports whether a quotation mark is among the n tokens before
// toks[i].
func quoteBefore(toks []token, i, n int) bool {
	for j := i - 1; j >= 0 && i-j <= n; j-- {
		if toks[j].kind == tQuote {
			return true
		}
	}
	return false
}

// nounVerbs are the forms of reporting verbs that are more often nouns:
// "the report", "his claim", "her emails".
var nounVerbs = set("report", "reports", "claim", "claims", "tweet", "tweets", "email", "emails",
	"comment", "comments", "statement", "statements", "promise", "promises", "pledge", "pledges", "warning", "warnings")

// pluralNouns are forms of reporting verbs that are nearly always plural
// nouns unless a subject comes right before them.
var pluralNouns = set("emails", "e-mails", "tweets", "statements", "comments", "warnings", "remarks")

// auxiliaries open the verb phrase of a clause: "the report was", "the
// claim will".
var auxiliaries = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
	"may", "might", "must", "should", "did", "does", "didn't", "doesn't", "isn't", "wasn't")

// nounMarkers before a word make it a noun: "the call", "each state", "a
// joint statement".
var nounMarkers = set("the", "a", "an", "this", "these", "those", "his", "her", "its", "their",
	"our", "my", "your", "each", "every", "no", "such", "another", "public", "new", "joint", "formal",
	"former", "federal", "local", "national", "whole", "entire", "own", "home", "one",
	"news",                                                                                             // "a news report", but "Automotive News reported" names an outlet
	"percentage", "basis", "talking", "starting", "turning", "focal", "vantage", "boiling", "breaking") // "one percentage point to 19 pct"

// afterVerb returns the index of the first token after the verb at
// toks[v]: past its particle when it is a phrasal verb ("pointed out").
func afterVerb(toks []token, v int, verb Verb) int {
	return v + 1 + strings.Count(verb.Lemma, " ")
}
