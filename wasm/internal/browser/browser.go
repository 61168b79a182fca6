//go:build !js

// Package browser finds or installs Debian's Chromium and starts it
// headless for the page's end-to-end tests and benchmark.
package browser

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/chromedp/chromedp"
)

// SkipEnv names the environment variable that, set to 1, lets the browser
// tests skip when no Chromium can be found or installed. Without it they fail.
const SkipEnv = "NOTICELINT_SKIP_BROWSER"

// PathEnv names the environment variable that points at a Chromium or
// Chrome binary to use instead of searching $PATH.
const PathEnv = "NOTICELINT_CHROMIUM"

// names are the binaries searched for on $PATH, Debian's first.
var names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"}

// Find returns the path of a Chromium or Chrome binary: $NOTICELINT_CHROMIUM
// if set, else the first of names on $PATH.
func Find() (string, error) {
	if p := os.Getenv(PathEnv); p != "" {
		if _, err := exec.LookPath(p); err != nil {
			return "", fmt.Errorf("$%s=%s: %w", PathEnv, p, err)
		}
		return p, nil
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no chromium, chromium-browser or google-chrome on $PATH")
}

// FindOrInstall returns a browser binary, installing Debian's chromium
// package first if none is found and this process may: it runs as root and
// apt-get exists. The installer's output goes to log.
func FindOrInstall(ctx context.Context, log io.Writer) (string, error) {
	p, err := Find()
	if err == nil || os.Getenv(PathEnv) != "" {
		return p, err
	}
	apt, aptErr := exec.LookPath("apt-get")
	if aptErr != nil || os.Geteuid() != 0 {
		return "", fmt.Errorf("%w; install Debian's chromium package (apt-get install chromium) or set $%s", err, PathEnv)
	}
	fmt.Fprintln(log, "browser: no Chromium found; installing Debian's chromium package (apt-get update && apt-get install -y chromium)")
	for _, args := range [][]string{
		{"update"},
		{"install", "-y", "--no-install-recommends", "chromium"},
	} {
		cmd := exec.CommandContext(ctx, apt, args...)
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		cmd.Stdout, cmd.Stderr = log, log
		if err := cmd.Run(); err != nil {
			return "", fmt.Errorf("apt-get %s: %w", args[0], err)
		}
	}
	return Find()
}

// Start starts the browser at path headless with a new, empty profile and
// returns a chromedp context for it, and a function that stops the browser
// and removes the profile.
//
// The flags keep Chromium from reaching out on its own (component updates,
// sync, field trials, safe browsing), so that every request it makes is one
// the page asked for.
func Start(ctx context.Context, path string) (context.Context, func(), error) {
	profile, err := os.MkdirTemp("", "noticelint-chromium-")
	if err != nil {
		return nil, nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.UserDataDir(profile),
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,InterestFeedContentSuggestions,CalculateNativeWinOcclusion,AutofillServerCommunication"),
		chromedp.WindowSize(1400, 900),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	stop := func() {
		cancelBrowser()
		cancelAlloc()
		os.RemoveAll(profile)
	}
	if err := chromedp.Do(bctx); err != nil { // starts the browser
		stop()
		return nil, nil, fmt.Errorf("starting %s: %w", filepath.Base(path), err)
	}
	return bctx, stop, nil
}
