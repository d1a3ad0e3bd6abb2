package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

// serveURL matches the line serve prints when it listens.
var serveURL = regexp.MustCompile(`on (http://127\.0\.0\.1:\d+/)`)

// TestServe runs serve on a free loopback port, reads a page, and
// interrupts it: the interrupt is a clean exit.
func TestServe(t *testing.T) {
	db := seedDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	codec := make(chan int, 1)
	var stdout strings.Builder
	go func() {
		codec <- run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, strings.NewReader(""), &stdout, pw)
		pw.Close()
	}()
	// Read stderr until serve says where it listens; drain the rest.
	urlc := make(chan string, 1)
	var stderr strings.Builder
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			stderr.WriteString(sc.Text() + "\n")
			if m := serveURL.FindStringSubmatch(sc.Text()); m != nil {
				urlc <- m[1]
			}
		}
		close(urlc)
	}()
	var base string
	select {
	case u, ok := <-urlc:
		if !ok {
			t.Fatalf("serve ended before listening: exit %d", <-codec)
		}
		base = u
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not say where it listens within 30 s")
	}

	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get(base + "search?q=crucial")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Our relations are crucial,") {
		t.Errorf("GET /search?q=crucial: status %d, body\n%s", resp.StatusCode, body)
	}
	// A Host that is not loopback is refused (DNS rebinding).
	req, _ := http.NewRequest(http.MethodGet, base, nil)
	req.Host = "quotes.example.com"
	if resp, err := client.Do(req); err != nil {
		t.Error(err)
	} else {
		resp.Body.Close()
		if resp.StatusCode != http.StatusMisdirectedRequest {
			t.Errorf("GET / with Host quotes.example.com: status %d, want 421", resp.StatusCode)
		}
	}

	cancel()
	select {
	case code := <-codec:
		if code != 0 {
			t.Errorf("serve interrupted: exit %d, want 0; stderr\n%s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop within 30 s of the interrupt")
	}
}

func TestServeUsage(t *testing.T) {
	db := seedDB(t)
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"serve", "--db", db, "--addr", "8080"}, 2, `--addr "8080": address 8080: missing port in address`},
		{[]string{"serve", "--db", db, "extra"}, 2, `unexpected arguments "extra"`},
		{[]string{"serve", "-h"}, 0, "usage: quotetrail serve [--db PATH] [--addr 127.0.0.1:8080]"},
	} {
		code, _, errOut := cli(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.stderr) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d, stderr with %q", strings.Join(tt.args, " "), code, errOut, tt.code, tt.stderr)
		}
	}
}
