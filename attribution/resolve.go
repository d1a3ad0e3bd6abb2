package attribution

import (
	_ "embed"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/quotetrail/quotetrail/quote"
)

// indexNames collects the proper names of the document, so that "Haftar"
// resolves to the fullest form the article uses, "Khalifa Haftar". A name is
// a run of two or more capitalised words; titles at its front are dropped.
func (d *docState) indexNames() {
	d.names = make(map[string]string)
	count := make(map[string]int) // tokens in the stored form
	d.ptoks = make([][]token, len(d.paras))
	labels := 0 // paragraphs led by "LABEL:", as in transcripts
	for _, para := range d.paras {
		// "PENCE: …" or, in a transcript quoted whole, "\"PENCE: …".
		line := strings.TrimLeft(d.text[para.Start:para.End], "\"“")
		if m := matchIf(mayBeLabel(line), labelRe, line); m != nil && !notSpeakers[strings.ToLower(m[1])] {
			labels++
		}
	}
	d.transcriptLabels = labels
	dateline := false
	for pi, para := range d.paras {
		start := para.Start
		// A dateline ("SAO PAULO, April 1 -") is not part of the first
		// sentence: its capitals would pass for a speaker. In a transcript,
		// "JAKE TAPPER:" is a speaker, not a place. A digest repeats the
		// dateline at each item ("TOKYO - Central Bank Governor …"), so a
		// dash-led one counts in any paragraph.
		if m := datelineIndex(d.text[para.Start:para.End]); m != nil {
			lead := strings.TrimSpace(d.text[para.Start : para.Start+m[1]])
			colon := strings.HasSuffix(lead, ":")
			if pi < 4 && !dateline && !(labels >= 2 && colon) || dateline && !colon {
				start += m[1]
				dateline = true
			}
		}
		toks := tokenize(d.text, start, para.End)
		d.lookupVerbs(toks)
		d.ptoks[pi] = toks
		for i := 0; i < len(toks); {
			if !toks[i].isCap() {
				i++
				continue
			}
			j := i
			for j < len(toks) && (toks[j].isCap() || particlesBeforeCap(toks, j)) {
				j++
			}
			// Drop titles and sentence words at the front.
			k := i
			for k < j-1 && (titleWords[toks[k].lower] || nonNames[toks[k].lower] || isNationality(toks[k].lower) ||
				prepositions[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ing")) {
				k++
			}
			// "United States District Judge Victor Marrero": the name
			// starts after the last title.
			for t := j - 2; t >= k; t-- {
				if titleWords[toks[t].lower] {
					k = t + 1
					break
				}
			}
			// "Economic Affairs Allen Wallis" (after "Under Secretary of
			// State for"): a person's name starts at a first name.
			if !orgLike(toks[j-1].lower) && firstNames()[toks[k].text] == 0 {
				k = d.nameStartAtFirstName(toks, k, j, i > 0 && toks[i-1].is("of", "for"))
			}
			// "Fairchild's Bill Fulwider", "Cargill's Spanish unit": the
			// name starts after its owner.
			for t := j - 2; t >= k; t-- {
				if possessive(toks[t].lower) {
					k = t + 1
					break
				}
			}
			if j-k >= 2 && j-k <= 4 && !orgLike(toks[j-1].lower) {
				last := strings.TrimSuffix(toks[j-1].lower, "'s")
				if j-k > count[last] {
					count[last] = j - k
					name := d.text[toks[k].start:toks[j-1].end]
					name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
					d.names[last] = name
				}
			}
			i = j
		}
	}
}

// fullName returns the fullest form in the document of the name m.
func (d *docState) fullName(text string) string {
	f := strings.Fields(text)
	if len(f) == 0 {
		return text
	}
	f[len(f)-1] = strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "’s")
	if w := f[len(f)-1]; strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
		f[len(f)-1] = strings.TrimRight(w, "'’") // "Sanders' charge that …"
	}
	last := strings.ToLower(f[len(f)-1])
	if full, ok := d.names[last]; ok && len(full) >= len(text) {
		return full
	}
	// Strip titles: "Mr. Haftar" -> "Haftar".
	for len(f) > 1 && titleWords[strings.ToLower(f[0])] && !strings.Contains(text, " and ") {
		f = f[1:] // (but "White House and Pentagon spokesmen" keeps its words)
	}
	return strings.Join(f, " ")
}

// resolve gives every speaker its name: the fullest form of a proper name,
// the antecedent of a pronoun (the most recent speaker or name that fits),
// and a plain description for common noun phrases.
func (d *docState) resolve() {
	order := make([]int, 0, len(d.out))
	for i := range d.out {
		if d.out[i].Speaker != nil {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		return d.out[order[a]].Speaker.Span.Start < d.out[order[b]].Speaker.Span.Start
	})
	var lastOrg, lastAny *Mention
	byNoun := make(map[string]*Mention) // "State Radio" under "radio", for a later "the radio"
	var lastUnnamed *Mention            // the latest speaker described by an office ("a bank official")
	var lastOrgLike *Mention            // the latest body that spoke, named or not ("the radio")
	var persons []*Mention              // the people named so far, the latest last
	genders := make(map[string]byte)
	for _, i := range order {
		m := d.out[i].Speaker
		lower := strings.ToLower(m.Text)
		if sp, ok := subjectForm[lower]; ok {
			lower = sp // "him" is resolved as "he"
		}
		switch {
		case relativePronouns[lower] && m.Name != "":
			// "McConnell, now the majority leader, who in 2010 said":
			// named by the frame from the clause's antecedent.
		case subjectPronouns[lower]:
			var ante *Mention
			want := pronounGender[lower]
			switch lower {
			case "he", "she":
				// The latest person whose gender fits.
				for k := len(persons) - 1; k >= 0; k-- {
					if g := genders[persons[k].Name]; g == 0 || g == want {
						ante = persons[k]
						break
					}
				}
			case "it":
				ante = lastOrg
				if lastOrgLike != nil && (lastOrg == nil || lastOrgLike.Span.Start > lastOrg.Span.Start) {
					ante = nil // "The radio … said. It said …": a body the story did not name
				}
				if r := d.relayBefore(m.Span.Start); r != nil && (ante == nil || r.Span.Start > ante.Span.Start) && (lastOrgLike == nil || r.Span.Start > lastOrgLike.Span.Start) {
					// "The Daily Telegraph quoted Simon Keswick as saying …
					// It said": the outlet that quoted, though it was no
					// speaker.
					ante = r
				}
				if reportCue(d.out[i].Cue) {
					// "It earlier reported strikes": the outlet named before,
					// even as an addressee ("told the Iraqi news agency INA").
					if o, ok := d.outletBefore(m.Span.Start); ok {
						ante = &Mention{Name: o.Name, Kind: outletKind(o)}
					}
				}
			default:
				ante = lastAny
			}
			if lower == "he" || lower == "she" {
				// "Prime Minister Turgut Ozal … is expected to receive a
				// welcome. He was in defiant mood, telling Turkish radio":
				// the person the sentence before is about, when named
				// after the latest speaker.
				if subj := d.prevSentencePerson(m.Span.Start); subj != nil && (ante == nil || ante.Span.Start < subj.Span.Start) {
					if g := d.gender(subj, genders); g == 0 || g == want {
						ante = subj
					}
				}
				// "Putin has blamed the West for policies that he said …":
				// the subject of the pronoun's own sentence comes first.
				if subj := d.sentenceName(m.Span.Start); subj != nil && !d.objectInQuote(subj.Span, d.out[i].Span) {
					if g := d.gender(subj, genders); g == 0 || g == want {
						ante = subj
					}
				}
			}
			if ante == nil && lower != "it" {
				ante = d.nearestName(m.Span.Start) // a person: never "it"
			}
			if ante == nil && lower == "it" && lastAny != nil && lastAny.Kind == Person && !knownFirstName(lastAny.Name) {
				ante = lastAny // "Malrite Guaranteed said … It said": a body read as a name
			}
			if ante == nil && lower == "it" {
				// "The state news agency Tanjug was more optimistic. It
				// said …": an outlet named just before, though it was no
				// speaker yet.
				if o, at, ok := d.outletJustBefore(m.Span.Start, 300); ok && (lastAny == nil || at > lastAny.Span.Start) && !addresseeAt(d.text, at) {
					ante = &Mention{Name: o.Name, Kind: outletKind(o)}
				}
			}
			if (lower == "he" || lower == "she") && lastUnnamed != nil && (ante == nil || ante.Span.Start < lastUnnamed.Span.Start) {
				// "…, an IBC spokesman said. He told Reuters …": the
				// unnamed speaker just before, not a name further back.
				c := *lastUnnamed
				if c.Name == "" {
					c.Name = describe(c.Text) // "a British naval source"
				}
				ante = &c
			}
			if ante != nil && want != 0 && ante.Kind == Person && genders[ante.Name] == 0 {
				genders[ante.Name] = want // "she" said it: she is a woman
			}
			if ante != nil {
				m.Name, m.Kind, m.Role = ante.Name, ante.Kind, ante.Role
			} else {
				m.Name = ""
			}
		case m.Name == "" && strings.Contains(strings.TrimSpace(m.Text), " ") && relayReference(m.Text):
			// "the radio said", "the agency added": the outlet the
			// article named before.
			d.resolveReference(m, byNoun)
			if m.Name == "" && lastOrgLike != nil && lastOrgLike.Name != "" && referenceNoun(lastOrgLike.Text) == referenceNoun(m.Text) &&
				!otherOutlet(m.Text, lastOrgLike.Text) {
				// "…, state radio said. The radio, which did not specify
				// the measures, said": the unnamed outlet before, by its
				// description.
				m.Name, m.Kind = lastOrgLike.Name, lastOrgLike.Kind
			}
			if f := strings.Fields(m.Text); m.Name == "" && len(f) >= 3 {
				// "the state radio said": no outlet before, but a
				// description that says which ("state radio").
				m.Name = describe(m.Text)
			}
		case m.Name == "" && (m.Kind == Person || m.Kind == Organisation) && d.roleHolderBefore(m) != "":
			// "The Minister also was quoted as saying" after "Finance
			// Minister Kiichi Miyazawa told a parliamentary committee"
			m.Name, m.Kind = d.roleHolderBefore(m), Person
		case m.Kind == Person && m.Name == "" && startsUpper(m.Text):
			m.Name = d.fullName(m.Text)
		case (m.Name == "" || m.Name == describe(m.Text)) && m.Kind != Person && nameAfterMediaNoun(m.Text) != "":
			// "the trade paper Automotive News": the name after the noun.
			m.Name, m.Kind = nameAfterMediaNoun(m.Text), Media
		case m.Name == "" && !definiteCommon(m):
			// "Russian media", "analysts", "a senior official who asked not
			// to be named": the description is the only name there is.
			m.Name = describe(m.Text)
		}
		if m.Role != "" && m.Org == "" {
			m.Org = roleOrg(m.Role)
		}
		if m.Kind != Person && m.Kind != Organisation || m.Name == "" {
			// (no other kind has spellings to merge)
		} else if c, ok := d.canonical(m.Name); ok {
			m.Name = c // one spelling for every article: Sergey -> Sergei Lavrov
		}
		if !subjectPronouns[lower] {
			if m.Kind == Media || m.Kind == Agency {
				c := *m
				lastOrgLike = &c
			}
			if m.Kind != Media && m.Kind != Agency && startsWithDeterminer(m.Text) && personNoun(m.Text) {
				c := *m
				lastUnnamed = &c
			} else if m.Name != "" && (m.Kind == Person || m.Kind == Organisation) {
				lastUnnamed = nil // a named speaker comes after it
			}
		}
		if m.Name != "" && !subjectPronouns[lower] {
			c := *m
			switch c.Kind {
			case Person:
				persons = append(persons, &c)
				if g := d.gender(&c, genders); g != 0 {
					genders[c.Name] = g
				}
			case Organisation, Agency, Media:
				lastOrg = &c
				if f := strings.Fields(c.Name); len(f) > 1 && startsUpper(c.Name) && !describesOther(f) {
					byNoun[strings.ToLower(f[len(f)-1])] = &c
				}
			}
			for _, w := range wordsIfSeveral(c.Text) {
				if prepositions[w] || relativePronouns[w] {
					break // "an analyst who has obtained a copy of the magazine" is no magazine
				}
				if mediaNouns[w] && hasUpperWord(c.Name) && !relayReference(c.Text) {
					byNoun[w] = &c // "radio Tanzania", then "the radio"
				}
			}
			lastAny = &c
		}
	}
	// Relays named by a pronoun or a description ("it quoted", "the paper
	// said") stand for the latest outlet the article named before them.
	for i := range d.out {
		for j := range d.out[i].Via {
			v := &d.out[i].Via[j]
			if f := strings.Fields(strings.ToLower(v.Text)); len(f) == 2 && f[0] == "the" && f[1] != "group" && orgLike(f[1]) && !mediaNouns[f[1]] {
				// "The company quoted Boyd Jefferies as saying": the
				// company the story named as a speaker before.
				if ante := d.orgSpeakerBefore(v.Span.Start); ante != nil {
					v.Name, v.Kind = ante.Name, ante.Kind
				}
				continue
			}
			if lv := strings.ToLower(v.Text); lv == "he" || lv == "she" {
				// "He quoted Chang as telling …": the latest person who spoke.
				if ante := d.personBefore(v.Span.Start); ante != nil && (d.out[i].Speaker == nil || ante.Name != d.out[i].Speaker.Name) {
					v.Name, v.Kind = ante.Name, ante.Kind
				}
				continue
			}
			if !relayReference(v.Text) || v.Name != "" && v.Name != describe(v.Text) {
				continue // "the Press Association news agency" names itself
			}
			d.resolveReference(v, byNoun)
			if lv := strings.ToLower(v.Text); (lv == "it" || lv == "they") && (v.Name == "" || v.Name == describe(v.Text)) {
				// "…, a Hong Kong newspaper said. … it quoted experts as
				// saying": the outlet that spoke last, named or described.
				if m := d.outletSpeakerBefore(v.Span.Start); m != nil {
					v.Name, v.Kind = m.Name, m.Kind
					if n := d.outletNamedAfter(m, v.Span.Start); n != nil {
						v.Name, v.Kind = n.Name, Media
					}
				}
			}
			if lv := strings.ToLower(v.Text); lv == "they" && (v.Name == "" || v.Name == describe(v.Text)) {
				// "…, foreign ministry sources said. They quoted Jaruzelski
				// as saying": the people who spoke last.
				if m := d.groupSpeakerBefore(v.Span.Start); m != nil {
					v.Name, v.Kind = m.Name, m.Kind
				}
			}
		}
	}
	d.inheritQuotedBy()
	// Segments of one quotation share their group; reported quotes stand
	// alone.
	for i := range d.out {
		if d.out[i].Group < 0 {
			d.out[i].Group = len(d.marks) + i
		}
	}
}

// nearestName finds the last proper name of a person before pos.
//
// A name whose first word is a known first name ("Jose Zaforteza") is
// preferred to a nearer run of capitals that may name an organisation or an
// event ("Geneva Motor Show").
func (d *docState) nearestName(pos int) *Mention {
	var other *Mention
	for pi := len(d.paras) - 1; pi >= 0; pi-- {
		if d.paras[pi].Start >= pos {
			continue
		}
		toks := d.ptoks[pi]
		for i := len(toks) - 1; i >= 0; i-- {
			if toks[i].start >= pos || !toks[i].isCap() || nonNames[toks[i].lower] {
				continue
			}
			full, ok := d.names[strings.TrimSuffix(toks[i].lower, "'s")]
			if !ok {
				continue
			}
			if f := strings.Fields(full); len(f) > 1 && firstNames()[f[0]] != 0 {
				return &Mention{Name: full, Kind: Person}
			}
			if other == nil {
				other = &Mention{Name: full, Kind: Person}
			}
		}
	}
	return other
}

// sentenceName returns the first person's name of the sentence that holds
// pos, when it comes before pos and before any preposition: the subject's
// ("Putin has blamed the West for policies that he said"), not a name in
// an adjunct or a clause ("Citing the share buybacks from Norfolk
// Southern, he said", "The company, to be named <Sharp Appliances>, will
// …, he told Reuters").
func (d *docState) sentenceName(pos int) *Mention {
	toks := d.tokens(0, 0)
	for pi, para := range d.paras {
		if para.Start <= pos && pos < para.End {
			toks = d.ptoks[pi]
			break
		}
	}
	start := 0
	for i, t := range toks {
		if t.start >= pos {
			break
		}
		if t.is(".", "!", "?", ";") || t.kind == tQuote {
			start = i + 1
		}
	}
	for i := start; i < len(toks) && toks[i].start < pos; i++ {
		t := toks[i]
		if i > start && prepositions[t.lower] && !t.isCap() {
			break
		}
		if !t.isCap() || nonNames[t.lower] || i+1 < len(toks) && toks[i+1].isCap() {
			continue
		}
		if full, ok := d.names[strings.TrimSuffix(t.lower, "'s")]; ok {
			// (with its place, so that it is known to come after an
			// unnamed speaker of an earlier sentence)
			return &Mention{Name: full, Kind: Person, Span: quote.Span{Start: t.start, End: t.end}}
		}
	}
	return nil
}

// describe turns a common noun phrase into a name: "the ministry" ->
// "ministry"; "Russian media" stays as it is.
func describe(s string) string {
	f := strings.Fields(s)
	if len(f) > 1 && determiners[strings.ToLower(f[0])] {
		f = f[1:]
	}
	if l := strings.ToLower(f[0]); l != f[0] && !uniqueInstitutions[l] && (commonNoun(l) || determiners[l] || subjectPronouns[l]) &&
		!(len(f) > 1 && startsUpper(f[1])) && !(len(f) > 2 && (f[1] == "of" || f[1] == "for") && startsUpper(f[2])) { // but "State Radio", "Bank of Japan", "Council for Economic Planning" are names
		f[0] = l // "Analysts said" at the start of a sentence: analysts
	}
	return strings.Join(f, " ")
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !determiners[strings.ToLower(strings.Fields(s)[0])]
}

// definiteCommon reports whether m is a common noun phrase that stands for
// someone named elsewhere ("the company", "the spokesman"): it is left
// without a name rather than merged with every other "company".
func definiteCommon(m *Mention) bool {
	if m.Kind == Anonymous || m.Kind == Group {
		return false
	}
	f := strings.Fields(m.Text)
	if len(f) == 2 && uniqueInstitutions[strings.ToLower(f[1])] {
		return false // "the Kremlin" names one body, unlike "the Ministry"
	}
	if len(f) == 2 && determiners[strings.ToLower(f[0])] && (commonNoun(strings.ToLower(f[1])) || orgLike(strings.ToLower(f[1]))) {
		return true // "The Department", "the company"
	}
	// "the official Economic Information newspaper" holds a name.
	return len(f) > 1 && determiners[strings.ToLower(f[0])] && !hasUpperWord(strings.Join(f[1:], " "))
}

// uniqueInstitutions are bodies of which there is one, named with "the".
var uniqueInstitutions = set("kremlin", "pentagon", "vatican", "elysee", "elysée", "knesset", "duma", "politburo", "bundestag")

// labelRe matches a paragraph led by a speaker's label in capitals.
var labelRe = regexp.MustCompile(`^([A-Z][A-Z.'’ -]{0,40}):\s`)

// notSpeakers are labels of notes and sections, not of speakers.
var notSpeakers = set("note", "notes", "update", "updated", "correction", "editor's note",
	"editors note", "source", "sources", "photo", "related", "read more", "also", "watch",
	"advertisement", "full text", "abstract", "letters", "total", "shr", "net", "revs", "qtr",
	"year", "nine mths", "six mths", "oper", "avg shrs", "reuter", "more", "graphic", "video",
	"listen", "see also", "background", "previously", "earlier", "comment", "comments")

// outletJustBefore returns the last outlet the text names in the n bytes
// before pos, and where.
func (d *docState) outletJustBefore(pos, n int) (Outlet, int, bool) {
	lo := max(0, pos-n)
	if i := strings.IndexByte(d.text[lo:pos], ' '); lo > 0 && i >= 0 {
		lo += i + 1 // from a word's start
	}
	ms := d.res.gazetteer().FindAll(d.text[lo:pos])
	if len(ms) == 0 {
		return Outlet{}, 0, false
	}
	last := ms[len(ms)-1]
	return last.Outlet, lo + last.Start, true
}

// addresseeAt reports whether the words before text[at:] make what is
// named there an addressee or an agent ("told Reuters", "said by the BBC"),
// not a subject.
func addresseeAt(text string, at int) bool {
	w := strings.ToLower(wordBefore(text, at, ""))
	if w == "the" {
		i := strings.TrimRight(text[:at], " ")
		w = strings.ToLower(wordBefore(text, len(i)-len("the"), ""))
	}
	switch w {
	case "told", "tells", "telling", "to", "with", "by", "on", "in":
		return true
	}
	return false
}

var pronounGender = map[string]byte{"he": 'm', "she": 'f'}

// gender tells a person's gender, 'm', 'f' or 0 for unknown: from what the
// article has shown (a "she" that referred to them), a title (Mr., Mrs.,
// Ms.) or the first name.
func (d *docState) gender(m *Mention, known map[string]byte) byte {
	if g := known[m.Name]; g != 0 {
		return g
	}
	for _, w := range strings.Fields(m.Text + " " + m.Role) {
		w = strings.ToLower(strings.TrimSuffix(w, "."))
		switch {
		case maleTitles[w]:
			return 'm'
		case femaleTitles[w]:
			return 'f'
		}
	}
	if f := strings.Fields(m.Name); len(f) > 1 {
		return firstNames()[f[0]]
	}
	return 0
}

//go:embed data/firstnames.tsv
var firstNamesTSV string

// firstNames maps first names to the gender they tell.
var firstNames = sync.OnceValue(func() map[string]byte {
	m := make(map[string]byte)
	err := readTable(strings.NewReader(firstNamesTSV), "firstnames.tsv", []string{"name", "gender", "note"},
		func(line int, f []string) error {
			if len(f) < 2 || f[1] != "m" && f[1] != "f" {
				return &DataError{File: "firstnames.tsv", Line: line, Msg: "gender must be m or f"}
			}
			m[f[0]] = f[1][0]
			return nil
		})
	if err != nil {
		panic("attribution: embedded " + err.Error())
	}
	return m
})

// outletSpeakerBefore returns the speaker of the latest quote before pos
// that is an outlet, or nil.
func (d *docState) outletSpeakerBefore(pos int) *Mention {
	var best *Mention
	for i := range d.out {
		m := d.out[i].Speaker
		if m == nil || m.Name == "" || m.Span.Start >= pos || m.Kind != Media && m.Kind != Agency || subjectPronouns[strings.ToLower(m.Text)] {
			continue
		}
		if best == nil || m.Span.Start > best.Span.Start {
			best = m
		}
	}
	return best
}

// outletNamedAfter returns the name that a story gives an outlet it first
// described with an indefinite article, or nil: after "…, a Hong Kong
// newspaper said", a speaker "Wen Hui Bao" that no first name, title or
// role marks as a person, between the description and pos.
func (d *docState) outletNamedAfter(desc *Mention, pos int) *Mention {
	if f := strings.Fields(strings.ToLower(desc.Text)); len(f) < 2 || f[0] != "a" && f[0] != "an" {
		return nil
	}
	var best *Mention
	for i := range d.out {
		m := d.out[i].Speaker
		if m == nil || m.Span.Start <= desc.Span.Start || m.Span.Start >= pos {
			continue
		}
		if best == nil || m.Span.Start > best.Span.Start {
			best = m
		}
	}
	if best == nil || best.Kind != Person && best.Kind != Organisation || best.Role != "" || !startsUpper(best.Name) ||
		knownFirstName(best.Name) || best.Text != best.Name || len(strings.Fields(best.Name)) < 2 {
		return nil
	}
	return best
}

// orgSpeakerBefore returns the speaker of the latest quote before pos that
// is an organisation named by its name, or nil.
func (d *docState) orgSpeakerBefore(pos int) *Mention {
	var best *Mention
	for i := range d.out {
		m := d.out[i].Speaker
		if m == nil || m.Kind != Organisation || !startsUpper(m.Name) || m.Span.Start >= pos {
			continue
		}
		if best == nil || m.Span.Start > best.Span.Start {
			best = m
		}
	}
	return best
}

// groupSpeakerBefore returns the speaker of the latest quote before pos
// when it is plural: unnamed sources or a group ("foreign ministry
// sources"), else nil.
func (d *docState) groupSpeakerBefore(pos int) *Mention {
	var best *Mention
	for i := range d.out {
		m := d.out[i].Speaker
		if m == nil || m.Name == "" || m.Span.Start >= pos || subjectPronouns[strings.ToLower(m.Text)] {
			continue
		}
		if best == nil || m.Span.Start > best.Span.Start {
			best = m
		}
	}
	if best == nil || best.Kind != Anonymous && best.Kind != Group {
		return nil
	}
	return best
}

// wordsIfSeveral returns the lower-case words of s when it has more than
// one, else nil: "radio Tanzania" holds a medium's noun, "Reuters" none.
func wordsIfSeveral(s string) []string {
	if !strings.Contains(strings.TrimSpace(s), " ") {
		return nil
	}
	return strings.Fields(strings.ToLower(s))
}

// canonical returns the one spelling of a name for every article.
func (d *docState) canonical(name string) (string, bool) {
	return d.canon.get(name, d.res.aliases().Canonical)
}

// relayReference reports whether a relay's text refers back to an outlet
// instead of naming it: "it", "the paper", "the agency".
func relayReference(text string) bool {
	f := strings.Fields(text)
	switch {
	case len(f) == 1:
		l := strings.ToLower(f[0])
		return l == "it" || l == "they"
	case len(f) >= 2:
		first, last := strings.ToLower(f[0]), strings.ToLower(f[len(f)-1])
		if first != "the" && first != "this" || !mediaNouns[last] && last != "daily" {
			return false
		}
		for _, w := range f[1:] {
			if startsUpper(w) {
				if lw := strings.ToLower(w); !isNationality(lw) && !weekdays[lw] {
					return false // "the official Economic Information newspaper" names itself
				}
			}
		}
		return true
	}
	return false
}

// otherOutlet reports whether a reference to an outlet sets it apart from
// the outlets named before by where it appears ("the provincial daily",
// "a local paper") and the words of ante, an outlet's mention, do not say
// the same.
func otherOutlet(ref, ante string) bool {
	ante = strings.ToLower(ante)
	for _, w := range strings.Fields(strings.ToLower(ref)) {
		if restrictiveOutletWords[w] && !strings.Contains(ante, w) {
			return true
		}
	}
	return false
}

var restrictiveOutletWords = set("provincial", "regional", "local", "another", "rival", "other", "municipal")

var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// outletBefore returns the last outlet the text names before pos.
func (d *docState) outletBefore(pos int) (Outlet, bool) {
	return d.outletOfKindBefore(pos, "")
}

// outletOfKindBefore returns the last outlet the text names before pos
// that fits the noun a reference uses ("the radio": a broadcaster; "the
// agency": an agency), or the last outlet when none fits or the noun says
// nothing of the kind.
func (d *docState) outletOfKindBefore(pos int, noun string) (Outlet, bool) {
	o, _, ok := d.outletMentionBefore(pos, noun)
	return o, ok
}

// outletMentionBefore is outletOfKindBefore that also returns where the
// outlet is named.
func (d *docState) outletMentionBefore(pos int, noun string) (Outlet, int, bool) {
	if pos <= 0 || pos > len(d.text) {
		return Outlet{}, 0, false
	}
	ms := d.res.gazetteer().FindAll(d.text[:pos])
	if len(ms) == 0 {
		return Outlet{}, 0, false
	}
	want := ""
	switch noun {
	case "radio", "television", "tv", "broadcaster", "network", "channel", "station":
		want = "broadcaster"
	case "agency", "wire":
		want = "agency"
	case "newspaper", "paper", "daily", "weekly":
		want = "newspaper"
	case "magazine":
		want = "magazine"
	}
	for i := len(ms) - 1; i >= 0 && want != ""; i-- {
		// "Tehran radio, monitored by the BBC, said … the radio said":
		// an outlet named with the same noun first.
		if strings.Contains(strings.ToLower(d.text[ms[i].Start:ms[i].End]), noun) {
			return ms[i].Outlet, ms[i].Start, true
		}
	}
	for i := len(ms) - 1; i >= 0 && want != ""; i-- {
		if ms[i].Outlet.Kind == want {
			return ms[i].Outlet, ms[i].Start, true
		}
	}
	if want != "" {
		return Outlet{}, 0, false // "the radio said" after only a newspaper: not that one
	}
	return ms[len(ms)-1].Outlet, ms[len(ms)-1].Start, true
}

// referenceNoun returns the last word of a reference to an outlet ("the
// official radio" -> "radio").
func referenceNoun(text string) string {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// roleOrg finds the organisation named in a role: the capitalised words
// that are not titles or nationalities ("Kremlin spokesman" -> "Kremlin",
// "chief executive of Intel" -> "Intel"), or the noun after "for", "of" or
// "at" ("a spokeswoman for the campaign" -> "campaign").
func roleOrg(role string) string {
	f := strings.Fields(role)
	var org []string
	for i, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",.()<>"))
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "(<")) // ("<International Telecom Japan Inc>": a wire tag)
		switch {
		case unicode.IsUpper(r) && !isNationality(lw) && !determiners[lw] &&
			(!titleWords[lw] || orgLike(lw) || i+1 < len(f) && orgLike(strings.ToLower(f[i+1]))):
			org = append(org, strings.Trim(w, ",()<>"))
		case len(org) > 0 && (lw == "of" || lw == "and" || lw == "for") && i+1 < len(f):
			org = append(org, w)
		case len(org) > 0:
			return strings.Join(org, " ")
		}
	}
	if len(org) > 0 {
		return strings.TrimSuffix(strings.Join(org, " "), "'s")
	}
	for i, w := range f {
		if (w == "for" || w == "of" || w == "at") && i+1 < len(f) {
			return describe(strings.Join(f[i+1:], " "))
		}
	}
	return ""
}

func datelineIndex(s string) []int {
	if !mayBeDateline(s) {
		return nil
	}
	return datelineRe.FindStringSubmatchIndex(s)
}

// mayBeLabel reports whether s opens with a capital and has a colon near
// its start, as "Q:" and "JAKE TAPPER:" do.
func mayBeLabel(s string) bool {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	return strings.IndexByte(s[:min(len(s), 44)], ':') > 0
}

// subjectForm maps object pronouns to the subject pronouns resolved for them.
var subjectForm = map[string]string{"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}

// resolveReference names an outlet referred to by a description or a
// pronoun ("the radio", "the paper", "it"): the latest of the outlets the
// gazetteer finds before it and the outlets the article named as speakers
// (byNoun, for outlets the gazetteer lacks: "State Radio").
func (d *docState) resolveReference(m *Mention, byNoun map[string]*Mention) {
	if otherOutlet(m.Text, "") {
		return // "the provincial daily" after the national Farmers Daily: another paper
	}
	noun := referenceNoun(m.Text)
	o, at, ok := d.outletMentionBefore(m.Span.Start, noun)
	ante := byNoun[noun]
	if ante == nil && noun == "paper" {
		ante = byNoun["newspaper"] // "Ming Pao newspaper …; the paper quoted Deng"
	}
	if ante != nil && ante.Span.Start < m.Span.Start && (!ok || ante.Span.Start > at) {
		m.Name, m.Kind = ante.Name, ante.Kind
		return
	}
	if ok {
		m.Name, m.Kind = o.Name, outletKind(o)
		return
	}
	if name, ok := d.publicationBefore(m.Span.Start, noun); ok {
		m.Name, m.Kind = name, Media
	}
}

// hasUpperWord reports whether s has a word that starts with a capital.
func hasUpperWord(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsUpper(r) && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\n') {
			return true // a word that starts with a capital
		}
		i += size
	}
	return false
}

// nameStartAtFirstName moves the start of a run of capitalised words
// toks[k:j] to a known first name inside it when the words before that are
// no part of a name: words the document also writes in lower case
// ("Billionaire Donald Trump", "Rival Hillary Clinton"), or, after "of" or
// "for", any words ("Under Secretary of State for Economic Affairs Allen
// Wallis"). "Shafi Ahmed Choudhury" keeps its first word.
func (d *docState) nameStartAtFirstName(toks []token, k, j int, afterConnector bool) int {
	for t := k + 1; t < j-1; t++ {
		if firstNames()[toks[t].text] == 0 {
			continue
		}
		if afterConnector {
			return t
		}
		for u := k; u < t; u++ {
			if !titleWords[toks[u].lower] && !roleNouns[toks[u].lower] && !d.usedInLowerCase(toks[u].lower) {
				return k
			}
		}
		return t
	}
	return k
}

// usedInLowerCase reports whether the document writes the word w in lower
// case somewhere, as a common word rather than a name.
func (d *docState) usedInLowerCase(w string) bool {
	if v, ok := d.lowerUse[w]; ok {
		return v
	}
	if d.lowerUse == nil {
		d.lowerUse = make(map[string]bool)
	}
	v := d.findLowerCase(w)
	d.lowerUse[w] = v
	return v
}

func (d *docState) findLowerCase(w string) bool {
	for i := 0; ; {
		j := strings.Index(d.text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isLetterByte(d.text[j-1])
		after := j+len(w) >= len(d.text) || !isLetterByte(d.text[j+len(w)])
		if before && after {
			return true
		}
		i = j + len(w)
	}
}

func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// reportCue reports whether a cue is a verb of reporting what others said
// ("reported", "quoted"), which outlets do.
func reportCue(cue string) bool {
	switch strings.ToLower(cue) {
	case "reported", "reports", "quoted", "quotes", "quoted as saying", "carried", "cited", "citing":
		return true
	}
	return false
}

// personNoun reports whether a description names a person by office
// ("a bank official", "an IBC spokesman"), so that "he" can stand for it.
func personNoun(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	for i := len(f) - 1; i >= 0; i-- {
		w := strings.Trim(f[i], ",.")
		if prepositions[w] {
			continue
		}
		if roleNouns[w] && !strings.HasSuffix(w, "s") || w == "source" {
			return true // "a British naval source"
		}
	}
	return false
}

// startsWithDeterminer reports whether a mention opens with a determiner
// ("an IBC spokesman", "a bank official"): a description, not a name.
func startsWithDeterminer(text string) bool {
	f := strings.Fields(text)
	return len(f) > 1 && (determiners[strings.ToLower(f[0])] || strings.EqualFold(f[0], "one"))
}

// personBefore returns the speaker of the latest quotation before pos who
// is a person with a name, or nil.
func (d *docState) personBefore(pos int) *Mention {
	var best *Mention
	for i := range d.out {
		m := d.out[i].Speaker
		if m == nil || m.Span.Start >= pos || m.Name == "" || m.Kind != Person && m.Kind != Anonymous {
			continue
		}
		if best == nil || m.Span.Start > best.Span.Start {
			best = m
		}
	}
	return best
}

// knownFirstName reports whether a name opens with a first name of the
// first-names file ("Jose Zaforteza"), so that it names a person.
func knownFirstName(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && firstNames()[f[0]] != 0
}

// objectInQuote reports whether name, a span inside the quote q, comes
// after the quote's first verb: "Three others had been arrested, including
// Francesco Del Monte, he said" is not Del Monte's words, but "Frank Newman
// held a meeting, he told Reuters" is Newman's.
func (d *docState) objectInQuote(name, q quote.Span) bool {
	if name.Start < q.Start || name.End > q.End {
		return false
	}
	toks := d.tokens(q.Start, name.Start)
	for k, t := range toks {
		if t.start >= q.Start && t.end <= name.Start && verbLike(d, toks, k) {
			return true
		}
	}
	return false
}

// particlesBeforeCap reports whether toks[j] is a name particle followed by
// a capitalised word, directly or after a second particle ("de Gaulle",
// "de la Serre").
func particlesBeforeCap(toks []token, j int) bool {
	if !nameParticles[toks[j].lower] {
		return false
	}
	if j+1 < len(toks) && toks[j+1].isCap() {
		return true
	}
	return j+2 < len(toks) && nameParticles[toks[j+1].lower] && toks[j+2].isCap()
}

// possessive reports whether the word w ends in "'s".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}
