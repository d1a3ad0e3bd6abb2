package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail"
)

// This file kills ingests mid-way and checks that the database is
// consistent and that running the same command again completes the work.

// cliEnv names the variable that makes the test binary run the command line
// it holds (a JSON array) instead of the tests: the killed ingest runs in a
// process of its own without a second cgo build.
const cliEnv = "QUOTETRAIL_TEST_CLI"

// TestCLIProcess is not a test: it is the quotetrail command when cliEnv is
// set, started by TestIngestKilled.
func TestCLIProcess(t *testing.T) {
	argv := os.Getenv(cliEnv)
	if argv == "" {
		t.Skip("runs quotetrail in a subprocess of TestIngestKilled")
	}
	var args []string
	if err := json.Unmarshal([]byte(argv), &args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// cliProcess returns the command that runs quotetrail args in a subprocess.
func cliProcess(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	argv, err := json.Marshal(args)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestCLIProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), cliEnv+"="+string(argv))
	return cmd
}

// Synthetic wire stories: names, places and phrases to combine.
var (
	synthNames  = []string{"Maria Lopez", "John Carter", "Aiko Tanaka", "Omar Haddad", "Elena Petrova", "David Okafor", "Sophie Martin", "Lars Nilsson"}
	synthRoles  = []string{"Finance Minister", "central bank governor", "union leader", "company spokesman", "Foreign Minister", "trade representative"}
	synthPlaces = []string{"LONDON", "TOKYO", "PARIS", "NAIROBI", "LIMA", "OSLO", "CAIRO", "MANILA"}
	synthQuotes = []string{
		"We expect growth to pick up in the second half of the year",
		"There is no question of a devaluation",
		"The talks were constructive, but much remains to be done",
		"We will not accept any deal that hurts our farmers",
		"Prices have stabilised and we see no reason to act now",
		"This is a difficult time for the whole industry",
	}
	synthFiller = []string{
		"Markets were little changed after the announcement, with trading volumes below average.",
		"Analysts said the figures were broadly in line with expectations.",
		"The government is due to publish its budget proposals next month.",
		"Exports rose 4.2 percent in the quarter, led by machinery and chemicals.",
		"The decision follows weeks of negotiations between the two sides.",
	}
)

// synthCorpus writes n synthetic wire stories as JSON Lines to path and
// returns them, by id. Each has three to five quotations.
func synthCorpus(t *testing.T, path string, n int) map[string]quotetrail.Document {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	rng := rand.New(rand.NewPCG(6, 6))
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	docs := make(map[string]quotetrail.Document, n)
	for i := range n {
		var b strings.Builder
		name, role := pick(synthNames), pick(synthRoles)
		fmt.Fprintf(&b, "%s, March %d (Reuters) - %s %s said on Tuesday that story %d would not be the last.\n\n",
			pick(synthPlaces), 1+i%28, role, name, i)
		for q := range 3 + rng.IntN(3) {
			speaker := pick(synthNames)
			switch q % 3 {
			case 0:
				fmt.Fprintf(&b, "“%s,” %s told reporters.\n\n", pick(synthQuotes), speaker)
			case 1:
				fmt.Fprintf(&b, "“%s,” said %s, a %s.\n\n", pick(synthQuotes), speaker, pick(synthRoles))
			default:
				fmt.Fprintf(&b, "%s said %s.\n\n", speaker, strings.ToLower(pick(synthQuotes)[:1])+pick(synthQuotes)[1:])
			}
			for range 2 + rng.IntN(4) {
				b.WriteString(pick(synthFiller))
				b.WriteByte(' ')
			}
			b.WriteString("\n\n")
		}
		doc := quotetrail.Document{ID: fmt.Sprintf("synth-%05d", i), Text: b.String(), Publisher: "Reuters"}
		docs[doc.ID] = doc
		line, err := json.Marshal(map[string]string{"id": doc.ID, "text": doc.Text, "publisher": doc.Publisher})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// docRow is what the test compares of a stored document.
type docRow struct {
	Hash          string
	Quotes, Hops  int
	SpeakerQuotes int // quotes with a speaker entity
}

// dbState is the content of a database, in the terms the tests compare.
type dbState struct {
	Docs     map[string]docRow // by external id
	Entities []string          // "name/kind", sorted
	Aliases  int
}

// readState checks the integrity of the database at path and returns its
// content. It opens the database for writing, as a new ingest would, so
// that SQLite recovers its write-ahead log.
func readState(t *testing.T, path string) dbState {
	t.Helper()
	s, err := quotetrail.Open(path)
	if err != nil {
		t.Fatalf("open %s after the ingest: %v", path, err)
	}
	defer s.Close()
	ctx := context.Background()
	query := func(q string) [][]any {
		t.Helper()
		_, rows, err := s.Query(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return rows
	}
	if rows := query("PRAGMA integrity_check"); !reflect.DeepEqual(rows, [][]any{{"ok"}}) {
		t.Errorf("PRAGMA integrity_check = %v, want ok", rows)
	}
	if rows := query("PRAGMA foreign_key_check"); len(rows) != 0 {
		t.Errorf("PRAGMA foreign_key_check = %v, want no rows", rows)
	}
	st := dbState{Docs: make(map[string]docRow)}
	for _, r := range query(`SELECT d.external_id, d.content_hash,
			(SELECT count(*) FROM quotes q WHERE q.document_id = d.id),
			(SELECT count(*) FROM hops h JOIN quotes q ON q.id = h.quote_id WHERE q.document_id = d.id),
			(SELECT count(*) FROM quotes q WHERE q.document_id = d.id AND q.speaker_entity_id IS NOT NULL)
		FROM documents d`) {
		id := r[0].(string)
		if _, dup := st.Docs[id]; dup {
			t.Errorf("document %s stored twice", id)
		}
		st.Docs[id] = docRow{Hash: r[1].(string), Quotes: int(r[2].(int64)), Hops: int(r[3].(int64)), SpeakerQuotes: int(r[4].(int64))}
	}
	for _, r := range query(`SELECT name || '/' || kind FROM entities ORDER BY 1`) {
		st.Entities = append(st.Entities, r[0].(string))
	}
	st.Aliases = int(query(`SELECT count(*) FROM aliases`)[0][0].(int64))
	return st
}

// TestIngestKilled kills an ingest mid-way, with SIGKILL (nothing to clean
// up) and with SIGINT (Ctrl-C: the documents extracted so far are
// committed), and checks that the database is consistent, holds whole
// documents only, and that the same command run again makes it equal to a
// clean ingest.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests a generated corpus several times")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "wire.jsonl")
	docs := synthCorpus(t, corpus, 6000)

	// What a fresh extraction finds in each document.
	want := make(map[string]int, len(docs))
	for id, d := range docs {
		want[id] = len(quotetrail.Extract(d).Quotes)
	}
	cleanDB := filepath.Join(dir, "clean.db")
	if code, _, errOut := cli(t, "", "ingest", "--db", cleanDB, corpus); code != 0 {
		t.Fatalf("clean ingest: exit %d, %s", code, errOut)
	}
	clean := readState(t, cleanDB)
	if len(clean.Docs) != len(docs) {
		t.Fatalf("clean ingest stored %d documents, want %d", len(clean.Docs), len(docs))
	}
	for id, row := range clean.Docs {
		if row.Quotes != want[id] {
			t.Fatalf("clean ingest: document %s has %d quotes, extraction finds %d", id, row.Quotes, want[id])
		}
	}

	for _, tt := range []struct {
		name string
		sig  os.Signal
	}{{"SIGKILL", syscall.SIGKILL}, {"SIGINT", os.Interrupt}} {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(dir, tt.name+".db")
			args := []string{"ingest", "--db", db, "--jobs", "2", corpus}
			cmd := cliProcess(t, args...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			// Wait for the first batch to be committed, then let the
			// ingest run into the middle of another one.
			deadline := time.Now().Add(30 * time.Second)
			for committed(db) == 0 {
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatalf("no document committed after 30 s; stderr:\n%s", stderr.String())
				}
				time.Sleep(10 * time.Millisecond)
			}
			time.Sleep(time.Duration(50+rand.IntN(200)) * time.Millisecond)
			select {
			case err := <-exited:
				t.Fatalf("the ingest ended (%v) before it was killed: make the corpus larger", err)
			default:
			}
			if err := cmd.Process.Signal(tt.sig); err != nil {
				t.Fatal(err)
			}
			err := <-exited
			t.Logf("%s: %v; stderr: %s", tt.name, err, stderr.String())

			partial := readState(t, db)
			if len(partial.Docs) == 0 || len(partial.Docs) >= len(docs) {
				t.Fatalf("after %s: %d documents stored, want some but not all %d", tt.name, len(partial.Docs), len(docs))
			}
			if tt.sig == syscall.SIGKILL && len(partial.Docs)%batchSize != 0 {
				t.Errorf("after SIGKILL: %d documents, want whole batches of %d", len(partial.Docs), batchSize)
			}
			if tt.sig == os.Interrupt && !strings.Contains(stderr.String(), "quotetrail: interrupted") {
				t.Errorf("after SIGINT: stderr %q, want it to say it was interrupted", stderr.String())
			}
			for id, row := range partial.Docs {
				if row != clean.Docs[id] {
					t.Errorf("after %s: document %s is %+v, want %+v as in a clean ingest (a half document)", tt.name, id, row, clean.Docs[id])
				}
			}

			again := cliProcess(t, args...)
			out, err := again.CombinedOutput()
			wantSummary := fmt.Sprintf("ingested %d documents (%d new, 0 revised, %d already known), ",
				len(docs), len(docs)-len(partial.Docs), len(partial.Docs))
			if err != nil || !strings.HasPrefix(string(out), wantSummary) {
				t.Errorf("ingest again: %v, output %q; want success and %q...", err, out, wantSummary)
			}
			if final := readState(t, db); !reflect.DeepEqual(final, clean) {
				t.Errorf("after %s and a second ingest: %d documents, %d entities, %d aliases; want the %d, %d, %d of a clean ingest",
					tt.name, len(final.Docs), len(final.Entities), final.Aliases, len(clean.Docs), len(clean.Entities), clean.Aliases)
				for id, row := range clean.Docs {
					if final.Docs[id] != row {
						t.Errorf("document %s = %+v, want %+v", id, final.Docs[id], row)
						break
					}
				}
			}
		})
	}
}

// committed returns the number of documents committed to the database at
// path, or 0 if it cannot be read yet.
func committed(path string) int {
	s, err := quotetrail.OpenReadOnly(path)
	if err != nil {
		return 0
	}
	defer s.Close()
	_, rows, err := s.Query(context.Background(), "SELECT count(*) FROM documents")
	if err != nil || len(rows) != 1 {
		return 0
	}
	return int(rows[0][0].(int64))
}
