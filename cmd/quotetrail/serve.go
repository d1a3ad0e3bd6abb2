package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/quotetrail/quotetrail/web"
)

// serveCommand runs the web view of a database until it is interrupted.
type serveCommand struct{ env }

func (c *serveCommand) Run(ctx context.Context, args []string) error {
	flags := newFlagSet("serve", "[--db PATH] [--addr 127.0.0.1:8080]", c.env)
	db := dbFlag(flags, c.env)
	addr := flags.String("addr", "127.0.0.1:8080", "the `address` to listen on; port 0 picks a free port")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return usagef("unexpected arguments %q", strings.Join(flags.Args(), " "))
	}
	if _, _, err := net.SplitHostPort(*addr); err != nil {
		return usagef("--addr %q: %v", *addr, err)
	}
	store, err := c.openToRead(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	srv, err := web.New(store)
	if err != nil {
		return err
	}
	srv.ErrorLog = log.New(c.stderr, "quotetrail serve: ", log.LstdFlags)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	var h http.Handler = srv
	if web.IsLoopbackHost(ln.Addr().String()) {
		h = web.LoopbackOnly(srv)
	} else {
		fmt.Fprintf(c.stderr, "quotetrail serve: warning: %s is not a loopback address: anyone who can reach it can read the database\n", ln.Addr())
	}
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          srv.ErrorLog,
	}
	fmt.Fprintf(c.stderr, "serving %s on http://%s/ (interrupt to stop)\n", store.Path(), ln.Addr())
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		// An interrupt is how serve ends: not a failure.
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := hs.Shutdown(shutdown); err != nil {
			return fmt.Errorf("shutdown: %w", err)
		}
		if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}
