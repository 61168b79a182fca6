//go:build !js

package pagetest

import (
	"fmt"
	"strconv"
	"time"

	"github.com/chromedp/chromedp"
)

// PageFinding is a finding as the page lists it in its findings panel.
type PageFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
}

func (f PageFinding) String() string {
	return fmt.Sprintf("%d:%d: %s %s: %s", f.Line, f.Column, f.Severity, f.Rule, f.Message)
}

// Cursor is the editor's cursor, 1-based, the column in characters.
type Cursor struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// Load navigates to the page with query (such as "?example=conpro") and
// waits until it has shown its first findings.
func (t *Tab) Load(siteURL, query string) error {
	if err := t.Do(chromedp.Navigate(siteURL + "/" + query)); err != nil {
		return err
	}
	return t.WaitReady()
}

// WaitReady waits until the page has checked the notice once, or failed.
func (t *Tab) WaitReady() error {
	if err := t.WaitFor(`['ready', 'error'].includes(document.documentElement.dataset.state)`, 30*time.Second); err != nil {
		return err
	}
	state, err := Eval[string](t, `document.documentElement.dataset.state`)
	if err != nil {
		return err
	}
	if state != "ready" {
		msg, _ := Eval[string](t, `document.getElementById('notice').textContent`)
		return fmt.Errorf("the page did not start: %s", msg)
	}
	return nil
}

// Findings are the findings the panel lists, in its order.
func (t *Tab) Findings() ([]PageFinding, error) {
	return Eval[[]PageFinding](t, `Array.from(document.querySelectorAll('#finding-list > li.finding'), (li) => ({
		rule: li.dataset.rule,
		severity: li.dataset.severity,
		message: li.querySelector('.message').textContent,
		line: Number(li.dataset.line),
		column: Number(li.dataset.column),
	}))`)
}

// Checks is the number of checks the page has run.
func (t *Tab) Checks() (int, error) {
	s, err := Eval[string](t, `document.getElementById('findings').dataset.checks`)
	if err != nil {
		return 0, err
	}
	return strconv.Atoi(s)
}

// WaitCheck waits until the page has run more than n checks and no edit
// waits for a check.
func (t *Tab) WaitCheck(n int) error {
	return t.WaitFor(fmt.Sprintf(`Number(document.getElementById('findings').dataset.checks) > %d && !window.noticelint.pending`, n), 20*time.Second)
}

// Cursor is the editor's cursor position.
func (t *Tab) Cursor() (Cursor, error) {
	return Eval[Cursor](t, `window.noticelint.editor.cursor()`)
}

// Text is the editor's text.
func (t *Tab) Text() (string, error) {
	return Eval[string](t, `window.noticelint.editor.text()`)
}

// WorkerRequests are the requests the page's checker worker made, as its
// resource timing entries report them: a tab's DevTools session does not
// see a dedicated worker's requests. Encoding is "compressed" when fewer
// bytes came than the body holds, else "identity"; Transferred counts
// headers and body as the browser received them (transferSize, 0 when
// served from the cache).
func (t *Tab) WorkerRequests() ([]Request, error) {
	type entry struct {
		URL             string `json:"url"`
		Status          int64  `json:"status"`
		TransferSize    int64  `json:"transferSize"`
		EncodedBodySize int64  `json:"encodedBodySize"`
		DecodedBodySize int64  `json:"decodedBodySize"`
	}
	es, err := Eval[[]entry](t, `window.noticelint.workerRequests()`)
	if err != nil {
		return nil, err
	}
	rs := make([]Request, 0, len(es))
	for _, e := range es {
		enc := "identity"
		if e.EncodedBodySize < e.DecodedBodySize {
			enc = "compressed"
		}
		rs = append(rs, Request{URL: e.URL, Type: "Worker", Status: e.Status, Encoding: enc,
			Transferred: e.TransferSize, Cached: e.TransferSize == 0, done: true})
	}
	return rs, nil
}

// SameOrigin reports whether a request for raw stays within the page's
// origin; data:, blob: and about: URLs make no request.
func (t *Tab) SameOrigin(raw string) bool { return t.sameOrigin(raw) }
