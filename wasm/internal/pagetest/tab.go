//go:build !js

// Package pagetest drives the noticelint page in headless Chromium for the
// browser tests (wasm/e2e) and the benchmark (wasm/bench): it builds and
// serves the page, opens isolated tabs that record every request, and reads
// the page's state.
package pagetest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Site is the page served on localhost and a browser to open it in.
type Site struct {
	// Browser is a chromedp context whose browser runs.
	Browser context.Context
	// URL is the page's origin, such as http://127.0.0.1:34567.
	URL string
}

// Request is one request a tab made.
type Request struct {
	URL    string
	Type   string
	Status int64
	// Encoding is the response's Content-Encoding, such as br or gzip.
	Encoding string
	// Transferred is the number of bytes received, headers included, as
	// Chromium counts them (encodedDataLength).
	Transferred int64
	// Cached is true if the response came from the browser's cache.
	Cached bool
	done   bool
}

// Tab is a browser tab in a browser context of its own: its storage and
// cache start empty and are not shared with other tabs.
type Tab struct {
	// Ctx runs actions in the tab; it ends at the tab's deadline.
	Ctx    context.Context
	origin string
	cancel []context.CancelFunc

	mu       sync.Mutex
	requests map[network.RequestID]*Request
	order    []network.RequestID
	problems []string
}

// NewTab opens an empty tab that gives up after timeout.
func (s *Site) NewTab(timeout time.Duration) (*Tab, error) {
	u, err := url.Parse(s.URL)
	if err != nil {
		return nil, err
	}
	t := &Tab{origin: u.Scheme + "://" + u.Host, requests: map[network.RequestID]*Request{}}
	tctx, cancelTab := chromedp.NewContext(s.Browser, chromedp.WithNewBrowserContext(), chromedp.WithListener(t.listen))
	ctx, cancelTimeout := context.WithTimeout(tctx, timeout)
	t.Ctx, t.cancel = ctx, []context.CancelFunc{cancelTimeout, cancelTab}
	if err := chromedp.Do(ctx); err != nil { // opens the tab
		t.Close()
		return nil, fmt.Errorf("opening a tab: %w", err)
	}
	return t, nil
}

// Close closes the tab and its browser context.
func (t *Tab) Close() {
	for _, c := range t.cancel {
		c()
	}
}

// Origin is the page's origin.
func (t *Tab) Origin() string { return t.origin }

// sameOrigin reports whether a request for raw stays within the page's
// origin. data:, blob: and about: URLs make no request.
func (t *Tab) sameOrigin(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "data", "blob", "about":
		return true
	}
	return u.Scheme+"://"+u.Host == t.origin
}

func (t *Tab) listen(ev any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		if !t.sameOrigin(ev.Request.URL) {
			t.problems = append(t.problems, "request to another origin: "+ev.Request.URL)
		}
		if _, ok := t.requests[ev.RequestID]; !ok {
			t.order = append(t.order, ev.RequestID)
		}
		t.requests[ev.RequestID] = &Request{URL: ev.Request.URL, Type: string(ev.Type)}
	case *network.EventResponseReceived:
		if r := t.requests[ev.RequestID]; r != nil && ev.Response != nil {
			r.Status = ev.Response.Status
			r.Cached = ev.Response.FromDiskCache || ev.Response.FromPrefetchCache
			for k, v := range ev.Response.Headers {
				if strings.EqualFold(k, "content-encoding") {
					r.Encoding = fmt.Sprint(v)
				}
			}
		}
	case *network.EventLoadingFinished:
		if r := t.requests[ev.RequestID]; r != nil {
			r.Transferred = int64(ev.EncodedDataLength)
			r.done = true
		}
	case *network.EventLoadingFailed:
		if r := t.requests[ev.RequestID]; r != nil && !ev.Canceled {
			t.problems = append(t.problems, fmt.Sprintf("loading %s failed: %s", r.URL, ev.ErrorText))
		}
	case *runtime.EventExceptionThrown:
		t.problems = append(t.problems, "uncaught exception: "+exceptionText(ev.ExceptionDetails))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range ev.Args {
				if a.Description != "" {
					parts = append(parts, a.Description)
				} else {
					parts = append(parts, strings.Trim(string(a.Value), `"`))
				}
			}
			t.problems = append(t.problems, "console."+string(ev.Type)+": "+strings.Join(parts, " "))
		}
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError {
			t.problems = append(t.problems, fmt.Sprintf("browser log (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
		}
	}
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "?"
	}
	s := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		s += " " + d.Exception.Description
	}
	return fmt.Sprintf("%s (%s:%d:%d)", s, d.URL, d.LineNumber+1, d.ColumnNumber+1)
}

// Problems are the requests to other origins, failed loads, uncaught
// exceptions and console or browser errors seen so far.
func (t *Tab) Problems() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]string(nil), t.problems...)
}

// Requests are the tab's finished requests so far, in the order they began.
func (t *Tab) Requests() []Request {
	t.mu.Lock()
	defer t.mu.Unlock()
	var rs []Request
	for _, id := range t.order {
		if r := t.requests[id]; r.done {
			rs = append(rs, *r)
		}
	}
	return rs
}

// ResetRequests forgets the requests recorded so far.
func (t *Tab) ResetRequests() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.requests = map[network.RequestID]*Request{}
	t.order = nil
}

// Eval evaluates a JavaScript expression in the tab, awaiting a promise, and
// decodes its value into T.
func Eval[T any](t *Tab, expr string) (T, error) {
	v, err := chromedp.Run(t.Ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		var zero T
		short := expr
		if len(short) > 80 {
			short = short[:80] + "…"
		}
		return zero, fmt.Errorf("evaluating %s: %w", short, err)
	}
	return v, nil
}

// Do runs actions in the tab.
func (t *Tab) Do(actions ...chromedp.Action[chromedp.Void]) error {
	return chromedp.Do(t.Ctx, actions...)
}

// WaitFor polls a JavaScript expression until it is truthy.
func (t *Tab) WaitFor(expr string, timeout time.Duration) error {
	_, err := chromedp.Run(t.Ctx, chromedp.Poll[bool]("!!("+expr+")",
		chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(10*time.Millisecond)))
	if errors.Is(err, chromedp.ErrPollingTimeout) {
		return fmt.Errorf("waited %s for %s", timeout, expr)
	}
	return err
}
