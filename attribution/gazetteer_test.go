package attribution

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDefaultGazetteer(t *testing.T) {
	g := DefaultGazetteer()
	if n := g.Len(); n < 120 {
		t.Errorf("DefaultGazetteer().Len() = %d, want >= 120", n)
	}
	kinds := map[string]int{}
	for _, o := range g.outlets {
		kinds[o.Kind]++
		if o.Name == "" || o.Country == "" || o.State == "" || o.Kind == "" {
			t.Errorf("outlet %+v: name, kind, country and state must be filled", o)
		}
	}
	if kinds["agency"] < 80 || kinds["broadcaster"] < 30 || kinds["newspaper"] < 30 {
		t.Errorf("DefaultGazetteer() has %v outlets by kind, want >= 80 agencies, 30 broadcasters, 30 newspapers", kinds)
	}
	// LoadGazetteer rejects an alias of two outlets; check the index too.
	for key, ps := range g.byKey {
		for _, p := range ps[1:] {
			if p.outlet != ps[0].outlet {
				t.Errorf("alias %q: outlets %s and %s", key, g.outlets[ps[0].outlet].Name, g.outlets[p.outlet].Name)
			}
		}
	}
	// Every name and alias, as written, finds its own outlet: by Lookup,
	// with a generic word if it is marked "~", and by FindAll in a sentence.
	for _, row := range g.rows {
		for _, s := range row.specs {
			if s.block {
				continue
			}
			name := s.text
			if s.near {
				name += " news agency"
			}
			if o, ok := g.Lookup(name); !ok || o.Name != row.outlet.Name {
				t.Errorf("agencies.tsv:%d: Lookup(%q) = %q, %v, want %q", row.line, name, o.Name, ok, row.outlet.Name)
			}
			text := "The statement was carried by " + name + " on Monday."
			ms := g.FindAll(text)
			if len(ms) != 1 || ms[0].Outlet.Name != row.outlet.Name {
				t.Errorf("agencies.tsv:%d: FindAll(%q) = %v, want one mention of %q", row.line, text, mentionStrings(text, ms), row.outlet.Name)
			}
		}
	}
}

// mentionStrings formats mentions as "text=Name" for test messages.
func mentionStrings(text string, ms []OutletMention) []string {
	var s []string
	for _, m := range ms {
		s = append(s, text[m.Start:m.End]+"="+m.Outlet.Name)
	}
	return s
}

var findAllTests = []struct {
	text string
	want []string // "text=Name", in order
}{
	{"the TASS news agency quoted Haftar as saying", []string{"TASS=TASS"}},
	{"The Soviet news agency Tass said on Tuesday.", []string{"Tass=TASS"}},
	{"ITAR-TASS and Itar Tass and the Telegraph Agency of the Soviet Union",
		[]string{"ITAR-TASS=TASS", "Itar Tass=TASS", "Telegraph Agency of the Soviet Union=TASS"}},
	// The acronym after the full name is part of the same mention.
	{"the official Saudi Press Agency (SPA) said.", []string{"Saudi Press Agency (SPA)=SPA"}},
	{"the Emirates news agency WAM quoted him as saying.", []string{"Emirates news agency WAM=WAM"}},
	{"the official Iraqi news agency INA said", []string{"Iraqi news agency INA=INA"}},
	{"Islamic Republic News Agency, IRNA, said", []string{"Islamic Republic News Agency=IRNA", "IRNA=IRNA"}},
	{"He told Reuters in an interview.", []string{"Reuters=Reuters"}},
	{"MOSCOW, March 3 - (Reuter) -", []string{"Reuter=Reuters"}},
	{"REUTERS REPORTS", []string{"REUTERS=Reuters"}},
	{"Xinhua’s report and Xinhua's and TASS’s", []string{"Xinhua=Xinhua", "Xinhua=Xinhua", "TASS=TASS"}},
	{"The New China News Agency said", []string{"New China News Agency=Xinhua"}},
	{"WASHINGTON (AP) — The Associated Press reported", []string{"AP=AP", "Associated Press=AP"}},
	// AP only in capitals and at word boundaries; "AP-style" names AP.
	{"CAP, ap, Ap, MAPS and the AP-style guide", []string{"AP=AP"}},
	{"a map of the region", nil},
	{"a MAP standard and the Moroccan news agency MAP reported", []string{"MAP=MAP"}},
	{"ROAD MAP TO PEACE", nil},
	{"the official news agency PAP said", []string{"PAP=PAP"}},
	{"the spa town, <Montedison SPA> of Italy", nil},
	{"SANTA ANA, Calif., March 5 - ANA said", []string{"ANA=ANA-MPA"}},
	{"the Guardian Council and the Guardian said, in today's Guardian newspaper", []string{"the Guardian=The Guardian", "Guardian=The Guardian"}},
	{"the guardian of the child", nil},
	{"The Times of India and The Times and the New York Times", []string{"The Times of India=Times of India", "The Times=The Times", "New York Times=New York Times"}},
	{"the ancient city of Petra; the Jordanian news agency Petra said", []string{"Petra=Petra"}},
	{"Sputnik V vaccine, and Sputnik news agency", []string{"Sputnik=Sputnik"}},
	{"Bloomberg said; Bloomberg News reported", []string{"Bloomberg News=Bloomberg"}},
	{"the Nikkei average rose; the Nikkei newspaper said", []string{"Nikkei=Nikkei"}},
	{"the Dow Jones industrial average and FT-SE 100 index", nil},
	{"the Financial Times (FT) reported", []string{"Financial Times (FT)=Financial Times"}},
	{"Tehran radio, monitored by the BBC in London, said", []string{"Tehran radio=IRIB", "BBC=BBC"}},
	{"Radio Moscow and Moscow Radio", []string{"Radio Moscow=Radio Moscow", "Moscow Radio=Radio Moscow"}},
	{"Agence France Presse and Agence France-Presse", []string{"Agence France Presse=AFP", "Agence France-Presse=AFP"}},
	{"the People’s Daily said", []string{"People’s Daily=People's Daily"}},
	{"an al-Jazeera report, Al Jazeera said", []string{"al-Jazeera=Al Jazeera", "Al Jazeera=Al Jazeera"}},
	{"Ärger in Łódź: ČTK and CTK reported", []string{"ČTK=CTK", "CTK=CTK"}},
	{"the eastern Anatolia region; the Anatolia news agency", []string{"Anatolia=Anadolu"}},
	{"Kyodo News said", []string{"Kyodo News=Kyodo"}},
	{"dpa and DPA", []string{"dpa=dpa", "DPA=dpa"}},
	{"TASSE, XTASS, TASS1", nil},
	// All-caps aliases match only in capitals.
	{"the al-Rai al-Aam newspaper; Efe Soyman; RIA and Ria", []string{"RIA=RIA Novosti"}},
	// Company names, tickers and compounds are other names.
	{"BADEN, March 2 - BBC AG Brown Boveri und Cie <BBCZ.Z> said", nil},
	{"RTE Corp, AFP Imaging Corp and PBS Building Systems of America Inc said", nil},
	{"the news staffs of CBS Inc <CBS> and Capital Cities/ABC Inc <CCB>", nil},
	{"Royal Bank of Canada <RT.TO> and the New York Times (NYT.A)", []string{"New York Times=New York Times"}},
	{"The Times-Herald, NOS/VE and the new FT-70 terminal", nil},
	{"the right-wing Popular Alliance (AP) party", nil},
	{"the Iranian National News Agency; Lebanon's National News Agency", []string{"National News Agency=NNA"}},
	{"the Zimbabwe Banking Corporation (ZBC) said, and <Arab Banking Corp> (ABC)", nil},
	{"anti-BBC protesters and the AP-style guide", []string{"BBC=BBC", "AP=AP"}},
	{"CCTV captured their arrival; state broadcaster CCTV said", []string{"CCTV=CCTV"}},
	{"the state-owned Zambia Daily Mail newspaper said", []string{"Zambia Daily Mail=Zambia Daily Mail"}},
	{"", nil},
}

func TestGazetteerFindAll(t *testing.T) {
	g := DefaultGazetteer()
	for _, tt := range findAllTests {
		got := mentionStrings(tt.text, g.FindAll(tt.text))
		if !slices.Equal(got, tt.want) {
			t.Errorf("FindAll(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestGazetteerFindAllOffsets(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct {
		text       string
		start, end int
	}{
		{"the TASS news agency quoted Haftar as saying", 4, 8},
		{"“We won,” Xinhua’s reporter wrote.", 14, 20}, // “ is 3 bytes
		{"Haftar told RIA Novosti on Monday", 12, 23},
	}
	for _, tt := range tests {
		ms := g.FindAll(tt.text)
		if len(ms) != 1 || ms[0].Start != tt.start || ms[0].End != tt.end {
			t.Errorf("FindAll(%q) = %+v, want one mention at [%d, %d)", tt.text, ms, tt.start, tt.end)
		}
	}
}

func TestGazetteerLookup(t *testing.T) {
	g := DefaultGazetteer()
	tests := []struct {
		name string
		want string // "" for not found
	}{
		{"TASS", "TASS"},
		{"Tass", "TASS"},
		{"tass", "TASS"},
		{"ITAR-TASS", "TASS"},
		{"Itar Tass", "TASS"},
		{"the TASS news agency", "TASS"},
		{"the official Soviet news agency Tass", "TASS"},
		{"the official Saudi Press Agency", "SPA"},
		{"the official Saudi Press Agency (SPA)", "SPA"},
		{"SPA news agency", "SPA"},
		{"SPA", ""}, // "~": Italian companies end in SPA
		{"Reuters", "Reuters"},
		{"Reuter", "Reuters"},
		{"Reuters'", "Reuters"},
		{"the Associated Press", "AP"},
		{"AP", "AP"},
		{"ap", ""},
		{"Ap", ""},
		{"Xinhua's", "Xinhua"},
		{"Xinhua’s", "Xinhua"},
		{"state-run Xinhua news agency", "Xinhua"},
		{"the semi-official Fars news agency", "Fars"},
		{"Fars", ""}, // the province
		{"the Emirates news agency WAM", "WAM"},
		{"Iran's official IRNA news agency", "IRNA"},
		{"Iranian news agency IRNA", "IRNA"},
		{"the People's Daily newspaper", "People's Daily"},
		{"the Communist Party daily Pravda", "Pravda"},
		{"Radio Moscow", "Radio Moscow"},
		{"Tehran Radio", "IRIB"},
		{"Petra", ""},
		{"the Jordanian news agency Petra", "Petra"},
		{"the Guardian", "The Guardian"},
		{"The Guardian newspaper", "The Guardian"},
		{"Guardian Council", ""},
		{"Times", ""},
		{"the Times", "The Times"},
		{"Moscow", ""},
		{"official", ""},
		{"news agency", ""},
		{"", ""},
		{"()", ""},
	}
	for _, tt := range tests {
		o, ok := g.Lookup(tt.name)
		if o.Name != tt.want || ok != (tt.want != "") {
			t.Errorf("Lookup(%q) = %q, %v, want %q", tt.name, o.Name, ok, tt.want)
		}
	}
	o, _ := g.Lookup("TASS")
	if o.Kind != "agency" || o.Country != "RU" || o.State != "yes" || !slices.Contains(o.Aliases, "ITAR-TASS") {
		t.Errorf("Lookup(TASS) = %+v", o)
	}
	for name, state := range map[string]string{"Reuters": "no", "AFP": "no", "AP": "no", "BBC": "public", "NHK": "public",
		"Xinhua": "yes", "KCNA": "yes", "IRNA": "yes", "Saudi Press Agency": "yes", "WAM": "yes"} {
		if o, _ := g.Lookup(name); o.State != state {
			t.Errorf("Lookup(%q).State = %q, want %q", name, o.State, state)
		}
	}
}

const gazHeader = "name\tkind\tcountry\tstate\taliases\tnote\n"

func TestLoadGazetteerErrors(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"name\tkind\tcountry\tstate\n", "user.tsv:1: want 6 columns, got 4"},
		{gazHeader + "Quotetrail Wire\tagency\tGB\tno\n", "user.tsv:2: want 6 columns, got 4"},
		{gazHeader + "Quotetrail Wire\tagency\tGB\tno\t\n", ""},
		{gazHeader + "Quotetrail Wire\tagency\tUK\tno\t\n", `user.tsv:2: unknown country "UK" (want an ISO 3166-1 alpha-2 code)`},
		{gazHeader + "Quotetrail Wire\tagency\tgb\tno\t\n", `user.tsv:2: unknown country "gb" (want an ISO 3166-1 alpha-2 code)`},
		{gazHeader + "Quotetrail Wire\twire\tGB\tno\t\n", `user.tsv:2: unknown kind "wire" (want agency, broadcaster, newspaper or magazine)`},
		{gazHeader + "Quotetrail Wire\tagency\tGB\tmaybe\t\n", `user.tsv:2: state is "maybe", want yes, public or no`},
		{gazHeader + "\tagency\tGB\tno\t\n", "user.tsv:2: empty name"},
		{gazHeader + "Quotetrail Wire\tagency\tGB\tno\tQW||QTW\n", `user.tsv:2: alias "" must start with a letter or digit`},
		{gazHeader + "Quotetrail Wire\tagency\tGB\tno\t=\n", `user.tsv:2: alias "=" must start with a letter or digit`},
		{gazHeader + "Quotetrail Wire\tagency\tGB\tno\tQW\n" +
			"# another outlet\n" +
			"Quick Wire\tagency\tUS\tno\tqw\n",
			`user.tsv:4: alias "qw" of Quick Wire is also an alias of Quotetrail Wire on line 2`},
		{gazHeader + "Quotetrail Wire\tagency\tGB\tno\t\n" +
			"Quotetrail-Wire\tnewspaper\tUS\tno\t\n",
			`user.tsv:3: alias "Quotetrail-Wire" of Quotetrail-Wire is also an alias of Quotetrail Wire on line 2`},
		// Variants of one alias within an outlet, and a blocker that is
		// another outlet's alias, are fine.
		{gazHeader + "Quotetrail Wire\tagency\tGB\tno\tQW|qw|!Quick Wire\n" +
			"Quick Wire\tagency\tUS\tno\t\n", ""},
	}
	for _, tt := range tests {
		_, err := LoadGazetteer(strings.NewReader(tt.in), "user.tsv")
		if tt.want == "" {
			if err != nil {
				t.Errorf("LoadGazetteer(%q) = %v, want no error", tt.in, err)
			}
			continue
		}
		var de *DataError
		if !errors.As(err, &de) || err.Error() != tt.want {
			t.Errorf("LoadGazetteer(%q) = %v, want *DataError %q", tt.in, err, tt.want)
		}
	}
}

func TestGazetteerMerge(t *testing.T) {
	base := DefaultGazetteer()
	user, err := LoadGazetteer(strings.NewReader(gazHeader+
		"Quotetrail Wire\tagency\tGB\tno\t=QTW|Quotetrail News Service\n"+
		"# replaces the built-in entry\n"+
		"Reuters\tagency\tGB\tno\tReuter|Reuters News\tuser note\n"+
		"# takes \"Tass\" from TASS\n"+
		"Tass Weekly\tmagazine\tRU\tno\tTass\n"), "user.tsv")
	if err != nil {
		t.Fatal(err)
	}
	m := base.Merge(user)
	if got, want := m.Len(), base.Len()+2; got != want {
		t.Errorf("Merge: Len() = %d, want %d", got, want)
	}
	tests := []struct {
		g    *Gazetteer
		text string
		want []string
	}{
		{m, "QTW and qtw and Quotetrail News Service", []string{"QTW=Quotetrail Wire", "Quotetrail News Service=Quotetrail Wire"}},
		{m, "Reuters News, Tass and TASS", []string{"Reuters News=Reuters", "Tass=Tass Weekly", "TASS=Tass Weekly"}},
		{m, "ITAR-TASS", []string{"ITAR-TASS=TASS"}},
		{base, "QTW, Reuters News, Tass", []string{"Reuters=Reuters", "Tass=TASS"}},
	}
	for _, tt := range tests {
		if got := mentionStrings(tt.text, tt.g.FindAll(tt.text)); !slices.Equal(got, tt.want) {
			t.Errorf("FindAll(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if o, _ := m.Lookup("Reuter"); o.Note != "user note" {
		t.Errorf("merged Lookup(Reuter) = %+v, want the user's entry", o)
	}
	if o, _ := m.Lookup("ITAR-TASS"); o.Name != "TASS" || slices.Contains(o.Aliases, "Tass") {
		t.Errorf("merged Lookup(ITAR-TASS) = %q, %q, want TASS without the alias Tass", o.Name, o.Aliases)
	}
	if base.Merge(nil) != base || base.Merge(&Gazetteer{}) != base {
		t.Errorf("Merge(empty) is not the receiver")
	}
}

func TestGazetteerZero(t *testing.T) {
	var g Gazetteer
	if _, ok := g.Lookup("TASS"); ok || g.Len() != 0 || g.FindAll("TASS said") != nil {
		t.Errorf("zero Gazetteer is not empty")
	}
}

// checkMentions checks the invariants of FindAll's result.
func checkMentions(t *testing.T, text string, ms []OutletMention) {
	t.Helper()
	// Rune starts as Go decodes text: an invalid byte is a rune of its own.
	starts := map[int]bool{len(text): true}
	for i := range text {
		starts[i] = true
	}
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("FindAll(%q): mention [%d, %d) out of order or bounds (previous end %d)", text, m.Start, m.End, prev)
		}
		if !starts[m.Start] || !starts[m.End] || !utf8.ValidString(text[m.Start:m.End]) {
			t.Fatalf("FindAll(%q): mention [%d, %d) not on rune starts, or not valid UTF-8", text, m.Start, m.End)
		}
		if m.Outlet.Name == "" {
			t.Fatalf("FindAll(%q): mention [%d, %d) has no outlet", text, m.Start, m.End)
		}
		prev = m.End
	}
}

func FuzzFindAll(f *testing.F) {
	for _, tt := range findAllTests {
		f.Add(tt.text)
	}
	f.Add("AP\xffTASS \xe2\x80 Reuters (SPA")
	f.Add("000000000000000000000 TAss\x85") // found by the fuzzer: a stray continuation byte after a mention
	f.Add("\xffAA ANA")                     // found by the fuzzer: a non-ASCII byte before a word in capitals
	g := DefaultGazetteer()
	f.Fuzz(func(t *testing.T, text string) {
		checkMentions(t, text, g.FindAll(text))
		g.Lookup(text)
	})
}

// benchText is wire copy of the kind FindAll reads, with a few mentions.
const benchText = `MOSCOW, March 3 - Marshal Khalifa Haftar said on Tuesday that talks with the
government in Tripoli had failed, the TASS news agency reported. "We will not stop until the
capital is free," TASS quoted Haftar as saying. The official Saudi Press Agency (SPA) said King
Salman had telephoned the Russian president. Oil prices rose by 1.2 pct to 65.40 dlrs a barrel in
London trading, dealers told Reuters, after Iran's official news agency IRNA said the tanker had
been released. Analysts said the market would remain volatile until the OPEC meeting later this
month, and that inventories in the United States were expected to fall for a third week.
`

func BenchmarkFindAll(b *testing.B) {
	g := DefaultGazetteer()
	text := strings.Repeat(benchText, 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.FindAll(text)
	}
}

// BenchmarkFindAllReuters reads the Reuters-21578 corpus (research use only;
// never copied into the repository). Set QUOTETRAIL_CORPUS to the directory
// that holds reuters21578.jsonl; the default is ../../shared/corpus.
func BenchmarkFindAllReuters(b *testing.B) {
	dir := os.Getenv("QUOTETRAIL_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus")
	}
	file, err := os.Open(filepath.Join(dir, "reuters21578.jsonl"))
	if err != nil {
		b.Skip(err)
	}
	defer file.Close()
	var texts []string
	size := 0
	sc := bufio.NewScanner(file)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, doc.Text)
		size += len(doc.Text)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	g := DefaultGazetteer()
	b.SetBytes(int64(size))
	n := 0
	for b.Loop() {
		n = 0
		for _, text := range texts {
			n += len(g.FindAll(text))
		}
	}
	b.ReportMetric(float64(n), "mentions")
}

func ExampleGazetteer_FindAll() {
	g := DefaultGazetteer()
	text := `"We will win," the official Saudi Press Agency (SPA) quoted him as saying, and TASS’s correspondent agreed.`
	for _, m := range g.FindAll(text) {
		fmt.Printf("%d-%d %q %s %s %s\n", m.Start, m.End, text[m.Start:m.End], m.Outlet.Name, m.Outlet.Country, m.Outlet.State)
	}
	// Output:
	// 28-52 "Saudi Press Agency (SPA)" SPA SA yes
	// 79-83 "TASS" TASS RU yes
}

func ExampleGazetteer_Lookup() {
	o, ok := DefaultGazetteer().Lookup("the state-run Xinhua news agency")
	fmt.Println(o.Name, o.Kind, o.Country, o.State, ok)
	// Output:
	// Xinhua agency CN yes true
}
