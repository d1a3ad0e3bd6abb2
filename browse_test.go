package quotetrail

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

func TestEachQuote(t *testing.T) {
	s := reportStore(t)
	ctx := context.Background()
	var got []*QuoteRecord
	if err := s.EachQuote(ctx, Filter{}, func(q *QuoteRecord) error {
		got = append(got, q)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 7 {
		t.Fatalf("EachQuote gave %d quotes, want 7", len(got))
	}
	q := got[0]
	wantChain := []Link{
		{Position: 0, EntityID: q.SpeakerID, Name: "Khalifa Haftar", Kind: "person", Relation: "said"},
		{Position: 1, EntityID: q.Chain[1].EntityID, Name: "TASS", Kind: "agency", Relation: "quoted"},
		{Position: 2, EntityID: q.Chain[2].EntityID, Name: "Reuters", Kind: "agency", Relation: "published"},
	}
	if q.Text != "We will not lift the embargo," || q.Speaker != "Khalifa Haftar" || q.Mention != "Haftar" ||
		q.Document.ExternalID != "a" || q.Document.Outlet != "Reuters" || q.Document.Published != "1987-03-01T10:00:00" ||
		!reflect.DeepEqual(q.Relays, []string{"TASS"}) || !reflect.DeepEqual(q.Chain, wantChain) {
		t.Errorf("first quote = %+v\nwant Haftar's, relayed by TASS, chain %+v", q, wantChain)
	}
	if q.Chain[1].EntityID == 0 || q.Chain[2].EntityID == 0 {
		t.Errorf("chain %+v: relays and publishers have entities", q.Chain)
	}
	// The unknown speaker's chain starts with a link with no name.
	if u := got[2]; u.SpeakerID != 0 || u.Chain[0].Name != "" || u.Chain[0].Relation != "said" || len(u.Relays) != 0 {
		t.Errorf("unattributed quote = %+v, want no speaker, chain from an unnamed speaker, no relays", u)
	}

	var texts []string
	if err := s.EachQuote(ctx, Filter{Speaker: "peskov"}, func(q *QuoteRecord) error {
		texts = append(texts, q.Text)
		return nil
	}); err != nil || !reflect.DeepEqual(texts, []string{"Moscow is in touch with various Libyan representatives,"}) {
		t.Errorf("EachQuote(Speaker peskov) = %q, %v", texts, err)
	}
	stop := errors.New("stop")
	n := 0
	if err := s.EachQuote(ctx, Filter{}, func(*QuoteRecord) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("EachQuote stopping: %d calls, error %v; want 1, stop", n, err)
	}
	if err := s.EachQuote(ctx, Filter{Speaker: "Lavrov"}, func(*QuoteRecord) error { return nil }); !errors.Is(err, ErrUnknownSpeaker) {
		t.Errorf("EachQuote(Speaker Lavrov) error = %v, want ErrUnknownSpeaker", err)
	}
}

func TestSearchQuotes(t *testing.T) {
	s := reportStore(t)
	ctx := context.Background()
	tests := []struct {
		words string
		f     Filter
		want  []string
		total int
	}{
		{"embargo", Filter{}, []string{"We will not lift the embargo,", "We will NOT lift the embargo!",
			"The arms embargo is an unjust verdict that hurts the Libyan people,",
			"The arms embargo is an unfair verdict that hurts the Libyan people,"}, 4},
		{"EMBARGO  lift", Filter{}, []string{"We will not lift the embargo,", "We will NOT lift the embargo!"}, 2},
		{"embargo", Filter{Limit: 1, Offset: 1}, []string{"We will NOT lift the embargo!"}, 4},
		{"embargo", Filter{Outlet: "Arab News"}, []string{"We will NOT lift the embargo!",
			"The arms embargo is an unjust verdict that hurts the Libyan people,"}, 2},
		// LIKE's wildcards are plain characters.
		{"%", Filter{}, nil, 0},
		{"w_ll", Filter{}, nil, 0},
		{"   ", Filter{}, nil, 0},
	}
	for _, tt := range tests {
		res, err := s.SearchQuotes(ctx, tt.words, tt.f)
		if err != nil {
			t.Errorf("SearchQuotes(%q): %v", tt.words, err)
			continue
		}
		var got []string
		for _, q := range res.Quotes {
			got = append(got, q.Text)
		}
		if !reflect.DeepEqual(got, tt.want) || res.Total != tt.total {
			t.Errorf("SearchQuotes(%q, %+v) = %q, total %d; want %q, %d", tt.words, tt.f, got, res.Total, tt.want, tt.total)
		}
	}
	res, err := s.SearchQuotes(ctx, "haftar", Filter{})
	if err != nil || len(res.Speakers) != 1 || res.Speakers[0].Name != "Khalifa Haftar" || res.Speakers[0].Quotes != 4 {
		t.Errorf("SearchQuotes(haftar).Speakers = %+v, %v; want Khalifa Haftar with 4 quotes", res.Speakers, err)
	}
}

func TestArticle(t *testing.T) {
	s := reportStore(t)
	ctx := context.Background()
	a, err := s.Article(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if a.ExternalID != "a" || a.Publisher != "Reuters" || a.Title != "Title of a" || len(a.Quotes) != 3 {
		t.Errorf("Article(1) = %+v, want document a by Reuters with 3 quotes", a)
	}
	for _, q := range a.Quotes {
		if a.Text[q.Start:q.End] != q.Text {
			t.Errorf("quote %d: text[%d:%d] = %q, want %q", q.ID, q.Start, q.End, a.Text[q.Start:q.End], q.Text)
		}
	}
	if _, err := s.Article(ctx, 99); !errors.Is(err, ErrNotFound) {
		t.Errorf("Article(99) error = %v, want ErrNotFound", err)
	}
}

func TestProfile(t *testing.T) {
	s := reportStore(t)
	ctx := context.Background()
	p, err := s.Profile(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Khalifa Haftar" || p.Quotes != 4 || p.Documents != 3 || p.Outlets != 2 || p.Secondary != 1 ||
		p.First != "1987-03-01" || p.Last != "1987-05-03" || !reflect.DeepEqual(p.Aliases, []string{"Haftar", "Khalifa Haftar"}) {
		t.Errorf("Profile(1) = %+v", p)
	}
	wantMonths := []Count{{Name: "1987-03", Quotes: 1}, {Name: "1987-04", Quotes: 2}, {Name: "1987-05", Quotes: 1}}
	if !reflect.DeepEqual(p.Months, wantMonths) {
		t.Errorf("Months = %+v, want %+v", p.Months, wantMonths)
	}
	if len(p.Relays) != 1 || p.Relays[0].Name != "TASS" || p.Relays[0].Quotes != 1 {
		t.Errorf("Relays = %+v, want TASS 1", p.Relays)
	}
	if want := []Count{{Name: "Arab News", Quotes: 2}, {Name: "Reuters", Quotes: 2}}; !reflect.DeepEqual(p.OutletCounts, want) {
		t.Errorf("OutletCounts = %+v, want %+v", p.OutletCounts, want)
	}

	tass := p.Relays[0].ID
	tp, err := s.Profile(ctx, tass)
	if err != nil || tp.Name != "TASS" || tp.Quotes != 0 || tp.Relayed != 1 {
		t.Errorf("Profile(TASS) = %+v, %v; want no quotes, 1 relayed", tp, err)
	}
	relayed, err := s.RelayedQuotes(ctx, tass, Filter{})
	if err != nil || len(relayed) != 1 || relayed[0].Speaker != "Khalifa Haftar" {
		t.Errorf("RelayedQuotes(TASS) = %+v, %v; want Haftar's quote", relayed, err)
	}
	qs, err := s.SpeakerQuotes(ctx, 1, Filter{Since: "1987-04-02", Limit: 1})
	if err != nil || len(qs) != 1 || qs[0].Text != "We will NOT lift the embargo!" {
		t.Errorf("SpeakerQuotes(1, since 1987-04-02, limit 1) = %+v, %v", qs, err)
	}
	if _, err := s.Profile(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Profile(999) error = %v, want ErrNotFound", err)
	}
}
