package quotetrail

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// corpusDocs reads up to n documents of a JSON Lines corpus in ../shared,
// skipping the benchmark when the file is absent (the corpus is not part of
// the repository).
func corpusDocs(b *testing.B, path string, n int) ([]Document, int64) {
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var docs []Document
	var size int64
	for sc.Scan() && (n <= 0 || len(docs) < n) {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, Document{ID: r.ID, Text: r.Text})
		size += int64(len(r.Text))
	}
	return docs, size
}

// BenchmarkExtractReuters measures extraction alone (no I/O, no database) on
// the Reuters-21578 wire stories; MB/s is in article text.
func BenchmarkExtractReuters(b *testing.B) {
	docs, size := corpusDocs(b, "../shared/corpus/reuters21578.jsonl", 0)
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Extract(d)
		}
	}
}

// BenchmarkExtractPolNeAR measures extraction on the PolNeAR dev articles,
// longer political stories with many quotes.
func BenchmarkExtractPolNeAR(b *testing.B) {
	docs, size := corpusDocs(b, "../shared/eval/polnear/dev.jsonl", 0)
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Extract(d)
		}
	}
}
