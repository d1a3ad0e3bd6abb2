package attribution

// This file reads the sources that a relay quotes or cites: "the agency
// reported, citing customs officials", "The newspaper, quoting
// administration officials, said", "Press reports citing diplomatic
// sources said". The source becomes the speaker and the relay goes on its
// chain.

import "strings"

// citing reads "RELAY reported, citing X" and "RELAY said, quoting X" after
// the verb at toks[v]: X becomes the speaker and the subject the relay.
func (d *docState) citing(a *attr, toks []token, v int) {
	k := v + 1
	for k < len(toks) && k-v <= 4 && !toks[k].is(",") {
		k++ // "reported on Tuesday, citing"
	}
	if v+1 < len(toks) && toks[v+1].is("citing", "quoting") {
		k = v // "the office said quoting customs figures"
	}
	if k+2 >= len(toks) || !toks[k].is(",") && k != v || !toks[k+1].is("citing", "quoting") {
		return
	}
	end := k + 2
	for end < len(toks) && !toks[end].is(",", ".", ";") && toks[end].kind != tQuote {
		end++
	}
	if end == k+2 || !sourceHead(phraseHead(toks[k+2:end])) {
		// "citing the sharper decline in Pennzoil this morning", "citing
		// strength in imports and exports in the Pacific Rim": a reason.
		return
	}
	src, ok := d.sourceAfter(toks, k+2, end)
	if ok && src.lo > k+2 && !(src.lo == k+3 && determiners[toks[k+2].lower]) {
		return // the source opens the phrase, not a name at its end ("quoting a reporter's tweet on comments made on MSNBC")
	}
	if !ok || !sourceHead(phraseHead(toks[src.lo:src.hi])) || timeNouns[toks[src.hi-1].lower] || timeWords[toks[src.hi-1].lower] {
		return
	}
	relay := d.relay(a.speaker, "reported")
	a.via = append([]Mention{relay}, a.via...)
	a.speaker = src
	a.evidence.End = toks[end-1].end
}

// subjectRelays reads the relays in the apposition of a speaker, between its
// name and its verb at toks[v]: "A military spokesman, quoted by the Iraqi
// news agency, said" puts the agency on the chain; "The newspaper, quoting
// administration officials, said" makes the officials the speakers and the
// newspaper their relay.
func (d *docState) subjectRelays(a *attr, toks []token, v int) {
	p := a.speaker
	if p.pronoun {
		return
	}
	// "A communique published by the official TAP news agency said", "A
	// police statement broadcast over Radio Malaysia called on …": the
	// document speaks, and the outlet that published it is its relay.
	if k := p.lo - 2; k > 0 && (p.mention.Kind == Media || p.mention.Kind == Agency || mentionsMedia(toks[p.lo:p.hi])) && toks[k+1].is("by", "over", "on") &&
		toks[k].is("published", "carried", "issued", "released", "distributed", "broadcast", "aired", "televised", "printed") {
		if doc, ok := d.npEndingAt(toks, k, 0); ok && !doc.pronoun && documentNouns[phraseHead(toks[doc.lo:doc.hi]).lower] {
			a.via = append([]Mention{d.relay(p, "carried")}, a.via...)
			a.speaker = doc
			return
		}
	}
	for k := p.lo - 1; k > 0 && p.lo-k <= 6 && toks[k].kind == tWord; k-- {
		if !toks[k].is("quoting", "citing") {
			continue
		}
		// "Press reports citing diplomatic sources at the meeting said":
		// the subject read back from the verb is the source's place; the
		// relay is the phrase before "citing".
		r, ok := d.npEndingAt(toks, k, 0)
		src, ok2 := d.sourceAfter(toks, k+1, v)
		if ok && ok2 && !r.pronoun && (r.mention.Kind == Media || r.mention.Kind == Agency || r.mention.Kind == Document) &&
			sourceHead(phraseHead(toks[src.lo:src.hi])) {
			a.via = append([]Mention{d.relay(r, "quoted")}, a.via...)
			a.speaker = src
		}
		return
	}
	for k := 0; k < v-1; k++ {
		if toks[k].start < p.mention.Span.End {
			continue
		}
		if toks[k].is("quoting", "citing") {
			end := k + 1
			for end < v && !toks[end].is(",") {
				end++
			}
			if src, ok := d.sourceAfter(toks, k+1, end); ok && sourceHead(phraseHead(toks[src.lo:src.hi])) {
				relay := d.relay(p, "quoted")
				a.via = append([]Mention{relay}, a.via...)
				a.speaker = src
			}
			return
		}
	}
	a.via = append(d.relayAppositions(toks, p, v), a.via...)
}

// sourceAfter reads the source named after "quoting" or "citing" in
// toks[lo:end]: the whole phrase when it is short ("sources close to the
// negotiations"), else the noun phrase that ends it.
func (d *docState) sourceAfter(toks []token, lo, end int) (np, bool) {
	for k := lo + 1; k+2 < end; k++ {
		if !toks[k+1].is("by") || !toks[k].is("supplied", "provided", "compiled", "released", "given", "issued") {
			continue
		}
		if w := strings.TrimSuffix(toks[k-1].lower, "s"); !documentNouns[w] && !toks[k-1].is("figures", "data", "statistics") {
			break
		}
		// "quoting figures supplied by the head of the Majlis (parliament)
		// budget and planning committee": the source is who supplied them,
		// named by the whole phrase when it is short.
		if end-(k+2) <= 14 && sourceHead(phraseHead(toks[k+2:end])) {
			p := np{lo: k + 2, hi: end, generic: true}
			p.mention = Mention{Span: spanOf(toks, k+2, end), Text: d.textOf(toks, k+2, end), Kind: Person}
			if q, ok := d.npEndingAt(toks, end, k+2); ok && q.lo == k+2 {
				p = q
			}
			return p, true
		}
		break
	}
	p, ok := d.npEndingAt(toks, end, lo)
	if ok && p.lo == lo {
		return p, true
	}
	if q, ok := d.shortPhrase(toks, lo, end); ok {
		return q, true
	}
	if h := headEnd(toks, lo, end); h < end {
		// "diplomatic sources at the meeting", "the pilot organisation in
		// this south-western Dutch port city": the source ends before its
		// place.
		if q, ok := d.npEndingAt(toks, h, lo); ok {
			return q, true
		}
	}
	return p, ok
}

// sourceHead reports whether the last word of a phrase after "citing" can
// name a source of words: a name, people or a body, a document or an
// outlet ("citing officials", "citing a report"), not a reason ("citing
// company policy").
func sourceHead(t token) bool {
	w := strings.TrimSuffix(t.lower, "'s")
	return t.isCap() || speakerNouns[w] || groupNouns[w] || mediaNouns[w] || documentNouns[w] || roleNouns[w] ||
		strings.HasSuffix(w, "s") && (speakerNouns[strings.TrimSuffix(w, "s")] || roleNouns[strings.TrimSuffix(w, "s")])
}

// phraseHead returns the head word of a noun phrase: the last word before
// a preposition or a post-modifier ("sources close to the talks",
// "officials familiar with the plan"), else its last word.
func phraseHead(toks []token) token {
	return toks[headEnd(toks, 0, len(toks))-1]
}

// headEnd returns where the noun phrase in toks[lo:hi] ends before its
// post-modifier: the index of the first preposition or post-modifier word
// after toks[lo], else hi.
func headEnd(toks []token, lo, hi int) int {
	for k := lo + 1; k < hi; k++ {
		if prepositions[toks[k].lower] || toks[k].is("close", "familiar", "near", "who", "which", "that") {
			return k
		}
	}
	return hi
}
