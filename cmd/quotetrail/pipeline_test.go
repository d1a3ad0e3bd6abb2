package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// An error from emit stops the reader and the workers: extractAll returns
// instead of blocking on a full queue.
func TestExtractAllStopsOnEmitError(t *testing.T) {
	var ids []string
	for i := range 200 {
		ids = append(ids, fmt.Sprint(i))
	}
	in := strings.NewReader(jsonl(ids...))
	stop := errors.New("stop")
	n := 0
	err := extractAll(context.Background(), nil, in, 2, func(*item) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if err != stop || n != 3 {
		t.Errorf("extractAll with emit failing on the 3rd item: %d items, error %v; want 3, %v", n, err, stop)
	}
}

func TestExtractAllCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := extractAll(ctx, nil, strings.NewReader(jsonl("a", "b", "c", "d", "e")), 2, func(*item) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("extractAll cancelled after the first item: %d items, error %v; want 1, context.Canceled", n, err)
	}
}
