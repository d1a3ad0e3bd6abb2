package web

import (
	"bytes"
	"context"
	"image/png"
	"io"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The end-to-end test of the web view runs it in a real headless browser,
// Debian's chromium. Without chromium on $PATH it is skipped, unless
// $QUOTETRAIL_BROWSER_TEST is set (CI sets it): then it fails. Set
// $QUOTETRAIL_SCREENSHOT_DIR to keep the screenshots it takes.

// chromium returns the path of the browser, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("QUOTETRAIL_BROWSER_TEST") != "" {
		t.Fatal("chromium is not installed, and $QUOTETRAIL_BROWSER_TEST asks for the browser test (apt-get install -y chromium)")
	}
	t.Skip("chromium is not installed (apt-get install -y chromium); set QUOTETRAIL_BROWSER_TEST=1 to make this a failure")
	return ""
}

// browse runs a headless chromium with args on url and returns its standard
// output. It gives up after a minute.
func browse(t *testing.T, bin, url string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	profile := t.TempDir()
	args = append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir=" + profile,
	}, append(args, url)...)
	cmd := exec.CommandContext(ctx, bin, args...)
	// The browser's own files stay in the test's directory.
	cmd.Env = append(os.Environ(), "HOME="+profile)
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", url, err, tail(stderr.String(), 2000))
	}
	return stdout.String()
}

// tail returns the last n bytes of s.
func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

func TestBrowser(t *testing.T) {
	bin := chromium(t)
	srv := newServer(t, newStore(t, seedDoc(t)))
	ts := httptest.NewServer(LoopbackOnly(srv)) // on 127.0.0.1, a free port
	defer ts.Close()
	if !IsLoopbackHost(ts.Listener.Addr().String()) {
		t.Fatalf("test server on %s, not a loopback address", ts.Listener.Addr())
	}

	// The seed article: its quotes highlighted in the text, and TASS in the
	// chains of the two quotes it relayed.
	dom := browse(t, bin, ts.URL+"/doc/1", "--dump-dom")
	marks := regexp.MustCompile(`<mark class="quote (direct|indirect|mixed)" id="q(\d+)"[^>]*>([^<]*)</mark>`).FindAllStringSubmatch(dom, -1)
	if len(marks) != 11 {
		t.Errorf("the seed article shows %d highlighted quotes, want 11\n%s", len(marks), dom)
	}
	found := false
	for _, m := range marks {
		if m[1] == "direct" && m[3] == "Our relations are crucial, our goal today is to give life to these relations," {
			found = true
		}
	}
	if !found {
		t.Errorf("the TASS quote is not highlighted as direct; marks: %q", marks)
	}
	chain := regexp.MustCompile(`<li class="said"><a href="/speaker/\d+">Khalifa Haftar</a> <span class="rel">said</span></li>` +
		`<li class="relay"><a href="/speaker/\d+">TASS</a> <span class="rel">quoted</span></li>`)
	if n := len(chain.FindAllString(dom, -1)); n != 2 {
		t.Errorf("the chain Khalifa Haftar said > TASS quoted is shown %d times, want 2 (quotes 3 and 4)\n%s", n, dom)
	}

	// A search.
	dom = browse(t, bin, ts.URL+"/search?q=embargo", "--dump-dom")
	for _, want := range []string{"Quotes 1–1 of 1 that contain “embargo”", "Russia respects the arms embargo", `href="/doc/1#q9"`} {
		if !strings.Contains(dom, want) {
			t.Errorf("search for embargo: no %q in\n%s", want, dom)
		}
	}

	// Screenshots, in the test's directory.
	dir := t.TempDir()
	for name, path := range map[string]string{"article.png": "/doc/1", "search.png": "/search?q=embargo", "audit.png": "/audit"} {
		shot := filepath.Join(dir, name)
		browse(t, bin, ts.URL+path, "--screenshot="+shot, "--window-size=1280,1800", "--hide-scrollbars")
		checkPNG(t, shot, 1280, 1800)
		if keep := os.Getenv("QUOTETRAIL_SCREENSHOT_DIR"); keep != "" {
			copyFile(t, shot, filepath.Join(keep, name))
		}
	}
}

// checkPNG checks that path is a w×h PNG that is not blank.
func checkPNG(t *testing.T, path string, w, h int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot %s: %v", path, err)
	}
	if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
		t.Errorf("screenshot %s is %dx%d, want %dx%d", path, b.Dx(), b.Dy(), w, h)
	}
	// A page that rendered has many colours; a blank one has one.
	colours := make(map[[4]uint32]bool)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y && len(colours) < 50; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, a := img.At(x, y).RGBA()
			colours[[4]uint32{r, g, bl, a}] = true
		}
	}
	if len(colours) < 50 {
		t.Errorf("screenshot %s has %d colours: blank?", path, len(colours))
	}
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot kept in %s", dst)
}
