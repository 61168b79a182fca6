//go:build !js

// Package e2e tests the noticelint page in a real browser: Debian's Chromium,
// headless, driven over the DevTools protocol, against the built page
// (wasm/dist) served on localhost by the same handler as `noticelint serve`.
//
// TestMain finds Chromium, or installs Debian's chromium package when it runs
// as root, and fails when it can do neither, unless NOTICELINT_SKIP_BROWSER=1.
// The page is the committed wasm/dist (go run ./wasm/build refreshes it), served
// by `noticelint serve` on a free loopback port; NOTICELINT_DIST may name
// another build of the page to try.
package e2e

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/noticelint/noticelint/wasm/internal/browser"
	"github.com/noticelint/noticelint/wasm/internal/pagetest"
)

var screenshot = flag.String("screenshot", "",
	"where TestScreenshot writes the page's screenshot (default $NOTICELINT_SCREENSHOT, else noticelint-page.png in the temporary directory)")

var (
	// site is the page under test; nil when the tests skip.
	site *pagetest.Site
	// skipReason says why the browser tests skip, when they do.
	skipReason string
	// served says what serves the page.
	served string
)

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(run(m))
}

func run(m *testing.M) int {
	ctx := context.Background()
	path, err := browser.FindOrInstall(ctx, os.Stderr)
	if err != nil {
		if os.Getenv(browser.SkipEnv) == "1" {
			skipReason = fmt.Sprintf("no browser (%v) and %s=1", err, browser.SkipEnv)
			return m.Run()
		}
		fmt.Fprintf(os.Stderr, "FAIL: the browser tests need Chromium: %v\n(set %s=1 to skip them)\n", err, browser.SkipEnv)
		return 1
	}

	srv, err := pagetest.Serve(ctx, os.Stderr)
	if err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: serving the page: %v\n", err)
		return 1
	}
	defer srv.Close()
	served = srv.What + " at " + srv.URL
	fmt.Fprintf(os.Stderr, "e2e: %s, in %s\n", served, path)

	bctx, stop, err := browser.Start(ctx, path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: %v\n", err)
		return 1
	}
	defer stop()
	site = &pagetest.Site{Browser: bctx, URL: srv.URL}
	return m.Run()
}

// open opens a new tab, in a browser context of its own (empty storage,
// empty cache), that fails t on any request to another origin, any uncaught
// exception and any console error.
func open(t *testing.T) *pagetest.Tab {
	t.Helper()
	if site == nil {
		t.Skip(skipReason)
	}
	tab, err := site.NewTab(90 * time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, p := range tab.Problems() {
			t.Error(p)
		}
		tab.Close()
	})
	return tab
}

// screenshotPath is where TestScreenshot writes.
func screenshotPath() string {
	if *screenshot != "" {
		return *screenshot
	}
	if p := os.Getenv("NOTICELINT_SCREENSHOT"); p != "" {
		return p
	}
	return filepath.Join(os.TempDir(), "noticelint-page.png")
}
