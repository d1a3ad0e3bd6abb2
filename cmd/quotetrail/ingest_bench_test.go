package main

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkIngestReuters measures a whole ingest of the Reuters-21578 wire
// stories into a fresh database: reading, extraction on --jobs workers and
// the single writer. It is skipped when the corpus (in ../shared, not in the
// repository) is absent. scripts/bench-ingest.sh times the same as a
// command, with its peak memory.
func BenchmarkIngestReuters(b *testing.B) {
	corpus := "../../../shared/corpus/reuters21578.jsonl"
	fi, err := os.Stat(corpus)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	b.SetBytes(fi.Size())
	for i := 0; i < b.N; i++ {
		db := filepath.Join(b.TempDir(), "bench.db")
		if code, _, errOut := cli(b, "", "ingest", "--db", db, corpus); code != 0 {
			b.Fatalf("ingest: exit %d: %s", code, errOut)
		}
	}
}
