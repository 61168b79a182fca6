//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"go.yaml.in/yaml/v3"

	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/wasm/internal/pagetest"
)

// asOf is the date the tests judge notices at, so that the page and the
// native engine agree whatever the day.
const asOf = "2026-01-15"

var examples = []string{"rops-online", "socomec", "conpro", "smet-jet", "procurios", "reference"}

var (
	lintersMu sync.Mutex
	linters   = map[string]*lint.Linter{} // by as-of date
)

// native checks text with the command line's engine, as of date, and
// formats the findings as the page lists them.
func native(t *testing.T, name, text, date string) []string {
	t.Helper()
	lintersMu.Lock()
	l := linters[date]
	if l == nil {
		var err error
		if l, err = lint.New(context.Background(), lint.WithAsOf(date)); err != nil {
			lintersMu.Unlock()
			t.Fatal(err)
		}
		linters[date] = l
	}
	lintersMu.Unlock()
	file, err := l.Check(context.Background(), name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range file.Findings {
		out = append(out, pagetest.PageFinding{
			Rule: f.Rule, Severity: string(f.Severity), Message: f.Message, Line: f.Line, Column: f.Column,
		}.String())
	}
	return out
}

func listed(t *testing.T, tab *pagetest.Tab) []string {
	t.Helper()
	fs, err := tab.Findings()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range fs {
		out = append(out, f.String())
	}
	return out
}

// sameFindings fails t unless the page lists exactly the findings the
// native engine gives for the page's text.
func sameFindings(t *testing.T, tab *pagetest.Tab, name, date string) []string {
	t.Helper()
	text, err := tab.Text()
	if err != nil {
		t.Fatal(err)
	}
	want := native(t, name, text, date)
	got := listed(t, tab)
	if !slices.Equal(got, want) {
		t.Errorf("%s as of %s: the page lists %d findings, the native engine gives %d%s",
			name, date, len(got), len(want), diff(got, want))
	}
	return got
}

// diff describes how the page's list differs from the native one.
func diff(page, native []string) string {
	count := map[string]int{}
	for _, f := range native {
		count[f]++
	}
	var extra, missing []string
	for _, f := range page {
		if count[f] > 0 {
			count[f]--
		} else {
			extra = append(extra, f)
		}
	}
	for _, f := range native {
		if count[f] > 0 {
			count[f]--
			missing = append(missing, f)
		}
	}
	var b strings.Builder
	if len(extra) > 0 {
		b.WriteString("\nonly on the page:\n\t" + strings.Join(extra, "\n\t"))
	}
	if len(missing) > 0 {
		b.WriteString("\nonly from the native engine:\n\t" + strings.Join(missing, "\n\t"))
	}
	if len(extra) == 0 && len(missing) == 0 {
		b.WriteString("\nthe same findings in another order")
	}
	return b.String()
}

func readExample(t *testing.T, slug string) string {
	t.Helper()
	root, err := pagetest.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(root, "examples", slug+".notice.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func load(t *testing.T, tab *pagetest.Tab, query string) {
	t.Helper()
	if err := tab.Load(site.URL, query); err != nil {
		t.Fatal(err)
	}
}

func eval[T any](t *testing.T, tab *pagetest.Tab, expr string) T {
	t.Helper()
	v, err := pagetest.Eval[T](tab, expr)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func do(t *testing.T, tab *pagetest.Tab, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := tab.Do(actions...); err != nil {
		t.Fatal(err)
	}
}

// TestExamples loads every example by URL and compares what the page lists
// with the native engine's findings for the same text.
func TestExamples(t *testing.T) {
	tab := open(t)
	for _, slug := range examples {
		load(t, tab, "?example="+slug+"&as-of="+asOf)
		name := slug + ".notice.yaml"
		if got := eval[string](t, tab, `document.getElementById('example').value`); got != slug {
			t.Errorf("?example=%s: the picker shows %q", slug, got)
		}
		if got := eval[string](t, tab, `document.getElementById('doc-name').textContent`); got != name {
			t.Errorf("?example=%s: the document is %q", slug, got)
		}
		text, err := tab.Text()
		if err != nil {
			t.Fatal(err)
		}
		if text != readExample(t, slug) {
			t.Errorf("?example=%s: the editor does not hold examples/%s", slug, name)
		}
		got := sameFindings(t, tab, name, asOf)
		if slug == "reference" && len(got) != 0 {
			t.Errorf("the reference notice has findings: %v", got)
		}
		if slug != "reference" && len(got) == 0 {
			t.Errorf("?example=%s: no findings listed", slug)
		}
		t.Logf("?example=%s: %d findings", slug, len(got))
	}
}

// TestConpro checks the example the issue names: its findings are listed
// and underlined in the editor, with the rule's explanation and references.
func TestConpro(t *testing.T) {
	tab := open(t)
	load(t, tab, "?example=conpro&as-of="+asOf)
	got := sameFindings(t, tab, "conpro.notice.yaml", asOf)
	if len(got) == 0 {
		t.Fatal("no findings for conpro")
	}
	summary := eval[string](t, tab, `document.getElementById('summary').textContent`)
	t.Logf("summary: %s", summary)
	if !strings.Contains(summary, "error") {
		t.Errorf("summary %q gives no error count", summary)
	}
	// The findings on screen are underlined and marked in the gutter.
	if n := eval[int](t, tab, `document.querySelectorAll('.cm-lintRange-error, .cm-lintRange-warning').length`); n == 0 {
		t.Error("nothing is underlined")
	}
	if n := eval[int](t, tab, `document.querySelectorAll('.cm-lint-marker').length`); n == 0 {
		t.Error("no lint marker in the gutter")
	}
	// The privacy shield finding links its references and explains the rule.
	item := `document.querySelector('#finding-list > li[data-rule="transfer-privacy-shield"]')`
	links := eval[[]string](t, tab, `Array.from(`+item+`.querySelectorAll('.refs a'), (a) => a.textContent + ' ' + a.href)`)
	if len(links) == 0 {
		t.Error("transfer-privacy-shield: no reference is a link")
	}
	t.Logf("references: %v", links)
	do(t, tab, chromedp.Click(chromedp.CSS(`#finding-list > li[data-rule="transfer-privacy-shield"] details > summary`)))
	explain := eval[string](t, tab, item+`.querySelector('details').textContent`)
	if !eval[bool](t, tab, item+`.querySelector('details').open`) || !strings.Contains(explain, "How to fix it") {
		t.Errorf("the explanation did not open with a fix: %q", explain)
	}
	hasExamples := eval[bool](t, tab, `!!window.noticelint.engine.rules().find((r) => r.id === 'transfer-privacy-shield')?.examples?.avoid`)
	if hasExamples && !(strings.Contains(explain, "Avoid") && strings.Contains(explain, "Prefer")) {
		t.Errorf("the explanation does not show the rule's examples: %q", explain)
	}
}

// TestEdit edits conpro with the keyboard: the findings follow the text.
func TestEdit(t *testing.T) {
	tab := open(t)
	load(t, tab, "?example=conpro&as-of="+asOf)
	before := sameFindings(t, tab, "conpro.notice.yaml", asOf)

	// Go to the first privacy shield transfer and replace its mechanism.
	do(t, tab, chromedp.Click(chromedp.CSS(`#finding-list > li[data-rule="transfer-privacy-shield"] .finding-go`)))
	c, err := tab.Cursor()
	if err != nil {
		t.Fatal(err)
	}
	line := eval[string](t, tab, fmt.Sprintf(`window.noticelint.editor.view.state.doc.line(%d).text`, c.Line))
	if strings.TrimSpace(line) != "mechanism: privacy_shield" {
		t.Fatalf("the cursor is on line %d, %q, not on the mechanism", c.Line, line)
	}
	checks, err := tab.Checks()
	if err != nil {
		t.Fatal(err)
	}
	do(t, tab, chromedp.KeyEvent(kb.End), chromedp.KeyEvent(strings.Repeat(kb.Backspace, len("privacy_shield"))), chromedp.KeyEvent("sccs_2021"))
	if err := tab.WaitCheck(checks); err != nil {
		t.Fatal(err)
	}
	line = eval[string](t, tab, fmt.Sprintf(`window.noticelint.editor.view.state.doc.line(%d).text`, c.Line))
	if strings.TrimSpace(line) != "mechanism: sccs_2021" {
		t.Fatalf("after typing, line %d is %q", c.Line, line)
	}
	after := sameFindings(t, tab, "conpro.notice.yaml", asOf)
	count := func(fs []string, rule string) (n int) {
		for _, f := range fs {
			if strings.Contains(f, " "+rule+": ") {
				n++
			}
		}
		return n
	}
	if count(after, "transfer-privacy-shield") != count(before, "transfer-privacy-shield")-1 {
		t.Errorf("transfer-privacy-shield: %d findings before the edit, %d after", count(before, "transfer-privacy-shield"), count(after, "transfer-privacy-shield"))
	}

	// A syntax error is reported where it is, and undo brings the findings back.
	// The pause makes the break an undo step of its own: the editor groups
	// keystrokes less than half a second apart.
	fixed, _ := tab.Text()
	checks, _ = tab.Checks()
	do(t, tab, chromedp.Sleep(700*time.Millisecond), chromedp.KeyEvent(": ]["))
	if err := tab.WaitCheck(checks); err != nil {
		t.Fatal(err)
	}
	broken := sameFindings(t, tab, "conpro.notice.yaml", asOf)
	if len(broken) == 0 || !strings.Contains(broken[0], " syntax: ") {
		t.Errorf("after breaking the YAML: %v", broken)
	}
	// Typing may make several undo steps, one per pause.
	for range 4 {
		if text, _ := tab.Text(); text == fixed {
			break
		}
		checks, _ = tab.Checks()
		do(t, tab, chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
		if err := tab.WaitCheck(checks); err != nil {
			t.Fatal(err)
		}
	}
	if text, _ := tab.Text(); text != fixed {
		t.Fatal("undo did not restore the text")
	}
	undone := sameFindings(t, tab, "conpro.notice.yaml", asOf)
	if !slices.Equal(undone, after) {
		t.Errorf("undo did not restore the findings: %d, want %d", len(undone), len(after))
	}
	t.Logf("findings: %d before, %d after the edit, %d with broken YAML, %d after undo", len(before), len(after), len(broken), len(undone))
}

// TestClickFinding clicks findings in the panel: the cursor lands on their
// line and column, in view, with the editor focused.
func TestClickFinding(t *testing.T) {
	tab := open(t)
	load(t, tab, "?example=conpro&as-of="+asOf)
	fs, err := tab.Findings()
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) < 3 {
		t.Fatalf("%d findings", len(fs))
	}
	for _, i := range []int{len(fs) - 1, 0, len(fs) / 2} {
		f := fs[i]
		do(t, tab, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#finding-list > li[data-index="%d"] .finding-go`, i))))
		c, err := tab.Cursor()
		if err != nil {
			t.Fatal(err)
		}
		if c.Line != f.Line || c.Column != f.Column {
			t.Errorf("clicking %s: the cursor is at %d:%d", f, c.Line, c.Column)
		}
		status := eval[string](t, tab, `document.getElementById('status-cursor').textContent`)
		if want := fmt.Sprintf("Line %d, column %d", f.Line, f.Column); status != want {
			t.Errorf("status bar %q, want %q", status, want)
		}
		if !eval[bool](t, tab, `document.activeElement.classList.contains('cm-content')`) {
			t.Errorf("clicking %s: the editor does not have the focus", f)
		}
		// The cursor's line is scrolled on screen (the editor scrolls at its
		// next frame), and underlined.
		inView := `(() => {
			const v = window.noticelint.editor.view;
			const r = v.coordsAtPos(v.state.selection.main.head);
			const box = v.scrollDOM.getBoundingClientRect();
			return !!r && r.top >= box.top && r.bottom <= box.bottom;
		})()`
		if err := tab.WaitFor(inView, 3*time.Second); err != nil {
			t.Errorf("clicking %s: the cursor is not scrolled into view", f)
		}
		underlined := `(() => {
			const v = window.noticelint.editor.view;
			const line = v.state.doc.lineAt(v.state.selection.main.head);
			return Array.from(v.dom.querySelectorAll('.cm-lintRange')).some((el) => {
				const p = v.posAtDOM(el);
				return p >= line.from && p <= line.to;
			});
		})()`
		if err := tab.WaitFor(underlined, 3*time.Second); err != nil {
			t.Errorf("clicking %s: nothing is underlined on the cursor's line", f)
		}
	}
}

// TestAsOf judges conpro before the Privacy Shield was invalidated, with the
// date control; by default the page judges as of today.
func TestAsOf(t *testing.T) {
	tab := open(t)
	load(t, tab, "?example=conpro")
	if got, want := eval[string](t, tab, `document.getElementById('as-of').value`), time.Now().Format(time.DateOnly); got != want {
		t.Errorf("the as-of date defaults to %s, want today %s", got, want)
	}
	checks, _ := tab.Checks()
	const before = "2020-07-01"
	do(t, tab, chromedp.Evaluate[chromedp.Void](`(() => { const d = document.getElementById('as-of');
		d.value = '`+before+`'; d.dispatchEvent(new Event('change', { bubbles: true })); })()`))
	if err := tab.WaitCheck(checks); err != nil {
		t.Fatal(err)
	}
	got := sameFindings(t, tab, "conpro.notice.yaml", before)
	for _, f := range got {
		if strings.Contains(f, "transfer-privacy-shield") {
			t.Errorf("as of %s, the Privacy Shield was valid: %s", before, f)
		}
	}
	if loc := eval[string](t, tab, `location.search`); !strings.Contains(loc, "as-of="+before) {
		t.Errorf("the URL does not keep the date: %s", loc)
	}
}

// TestPicker switches examples with the picker, and survives a wrong name.
func TestPicker(t *testing.T) {
	tab := open(t)
	load(t, tab, "?example=nonexistent&as-of="+asOf)
	if msg := eval[string](t, tab, `document.getElementById('notice').textContent`); !strings.Contains(msg, "nonexistent") {
		t.Errorf("no word about the unknown example: %q", msg)
	}
	checks, _ := tab.Checks()
	do(t, tab, chromedp.SetValue(chromedp.ID("example"), "socomec"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('example').dispatchEvent(new Event('change'))`))
	if err := tab.WaitCheck(checks); err != nil {
		t.Fatal(err)
	}
	if loc := eval[string](t, tab, `location.search`); !strings.Contains(loc, "example=socomec") {
		t.Errorf("the URL does not name the example: %s", loc)
	}
	sameFindings(t, tab, "socomec.notice.yaml", asOf)
}

// TestDraft edits an example, reloads and finds the edit; Revert brings the
// published text back.
func TestDraft(t *testing.T) {
	tab := open(t)
	load(t, tab, "?example=procurios&as-of="+asOf)
	original := readExample(t, "procurios")
	checks, _ := tab.Checks()
	do(t, tab, chromedp.Click(chromedp.CSS(".cm-line")),
		chromedp.KeyEvent(kb.Home, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.KeyEvent("# my draft note"), chromedp.KeyEvent(kb.Enter))
	if err := tab.WaitCheck(checks); err != nil {
		t.Fatal(err)
	}
	edited, _ := tab.Text()
	if !strings.HasPrefix(edited, "# my draft note\n") {
		t.Fatalf("typing gave %q…", edited[:min(40, len(edited))])
	}
	if err := tab.Do(chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := tab.WaitReady(); err != nil {
		t.Fatal(err)
	}
	if got, _ := tab.Text(); got != edited {
		t.Fatalf("after reload the editor holds %q…, want the draft", got[:min(40, len(got))])
	}
	if eval[bool](t, tab, `document.getElementById('revert').hidden`) {
		t.Error("no Revert button for an edited example")
	}
	sameFindings(t, tab, "procurios.notice.yaml", asOf)

	do(t, tab, chromedp.Click(chromedp.ID("revert")))
	if got, _ := tab.Text(); got != original {
		t.Error("Revert did not bring back the published example")
	}
	if err := tab.Do(chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := tab.WaitReady(); err != nil {
		t.Fatal(err)
	}
	if got, _ := tab.Text(); got != original {
		t.Error("after Revert and reload, the draft came back")
	}
}

// jsonNotice converts an example to JSON, as a user's own file might be.
func jsonNotice(t *testing.T, slug string) []byte {
	t.Helper()
	var v any
	if err := yaml.Unmarshal([]byte(readExample(t, slug)), &v); err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// TestOpenFile opens a JSON notice from disk with the Open button's file
// input, and finds it again after a reload.
func TestOpenFile(t *testing.T) {
	tab := open(t)
	load(t, tab, "?as-of="+asOf)
	path := filepath.Join(t.TempDir(), "ours.notice.json")
	if err := os.WriteFile(path, jsonNotice(t, "smet-jet"), 0o644); err != nil {
		t.Fatal(err)
	}
	checks, _ := tab.Checks()
	do(t, tab, chromedp.SetUploadFiles(chromedp.ID("file"), []string{path}))
	if err := tab.WaitCheck(checks); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, tab, `document.getElementById('doc-name').textContent + ' ' + document.getElementById('status-format').textContent`); got != "ours.notice.json JSON" {
		t.Errorf("opened %q", got)
	}
	if got := sameFindings(t, tab, "ours.notice.json", asOf); len(got) == 0 {
		t.Error("no findings for the JSON notice")
	}
	if err := tab.Do(chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := tab.WaitReady(); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, tab, `document.getElementById('doc-name').textContent`); got != "ours.notice.json" {
		t.Errorf("after reload the page shows %q", got)
	}
	// The picker goes to an example and back to the file.
	for _, pick := range []string{"conpro", "file"} {
		checks, _ := tab.Checks()
		do(t, tab, chromedp.SetValue(chromedp.ID("example"), pick),
			chromedp.Evaluate[chromedp.Void](`document.getElementById('example').dispatchEvent(new Event('change'))`))
		if err := tab.WaitCheck(checks); err != nil {
			t.Fatal(err)
		}
	}
	if got := eval[string](t, tab, `document.getElementById('doc-name').textContent`); got != "ours.notice.json" {
		t.Errorf("back from an example, the page shows %q", got)
	}
	sameFindings(t, tab, "ours.notice.json", asOf)
}

// TestDropFile drops a YAML file on the page.
func TestDropFile(t *testing.T) {
	tab := open(t)
	load(t, tab, "?example=reference&as-of="+asOf)
	path := filepath.Join(t.TempDir(), "dropped.notice.yaml")
	if err := os.WriteFile(path, []byte(readExample(t, "rops-online")), 0o644); err != nil {
		t.Fatal(err)
	}
	checks, _ := tab.Checks()
	if err := dropFile(tab, path); err != nil {
		t.Fatal(err)
	}
	if err := tab.WaitCheck(checks); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, tab, `document.getElementById('doc-name').textContent`); got != "dropped.notice.yaml" {
		t.Errorf("after the drop the page shows %q", got)
	}
	sameFindings(t, tab, "dropped.notice.yaml", asOf)
}

// TestDownload saves the edited notice through the Download button.
func TestDownload(t *testing.T) {
	tab := open(t)
	load(t, tab, "?example=smet-jet&as-of="+asOf)
	dir := t.TempDir()
	if err := allowDownloads(tab, dir); err != nil {
		t.Fatal(err)
	}
	checks, _ := tab.Checks()
	do(t, tab, chromedp.Click(chromedp.CSS(".cm-line")),
		chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.KeyEvent("# downloaded"))
	if err := tab.WaitCheck(checks); err != nil {
		t.Fatal(err)
	}
	want, _ := tab.Text()
	do(t, tab, chromedp.Click(chromedp.ID("download")))
	path := filepath.Join(dir, "smet-jet.notice.yaml")
	deadline := time.Now().Add(10 * time.Second)
	for {
		got, err := os.ReadFile(path)
		if err == nil && string(got) == want {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no download at %s matching the editor (%v)", path, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestScreenshot writes a screenshot of the page with conpro and one
// explanation open, for a person to look at.
func TestScreenshot(t *testing.T) {
	tab := open(t)
	load(t, tab, "?example=conpro&as-of="+asOf)
	do(t, tab,
		chromedp.Click(chromedp.CSS(`#finding-list > li[data-rule="transfer-privacy-shield"] .finding-go`)),
		chromedp.Click(chromedp.CSS(`#finding-list > li[data-rule="transfer-privacy-shield"] details > summary`)),
	)
	// The highlighter parses in the background once the view has moved.
	if err := tab.WaitFor(`document.querySelector('.cm-activeLine span[class]')`, 5*time.Second); err != nil {
		t.Log(err)
	}
	png, err := chromedp.Run(tab.Ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	path := screenshotPath()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot of the page: %s", path)
}

// TestRequests records every request of a cold load and of working with the
// page: each goes to the page's origin, succeeds, and is made once; the page
// forbids itself any other origin.
func TestRequests(t *testing.T) {
	tab := open(t)
	load(t, tab, "?example=conpro&as-of="+asOf)
	first := eval[float64](t, tab, `performance.getEntriesByName('noticelint:first-findings')[0].startTime`)
	t.Logf("first findings %.0f ms after navigation start (cold cache; %s)", first, served)

	checks, _ := tab.Checks()
	do(t, tab, chromedp.SetValue(chromedp.ID("example"), "smet-jet"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('example').dispatchEvent(new Event('change'))`))
	if err := tab.WaitCheck(checks); err != nil {
		t.Fatal(err)
	}
	// The checker's worker reports its own requests: the tab's DevTools
	// session does not see them.
	worker, err := tab.WorkerRequests()
	if err != nil {
		t.Fatal(err)
	}
	if len(worker) < 4 {
		t.Errorf("the checker's worker reports %d requests, want its engine files", len(worker))
	}
	seen := map[string]int{}
	var total int64
	for _, r := range append(tab.Requests(), worker...) {
		if strings.HasPrefix(r.URL, "data:") || strings.HasPrefix(r.URL, "blob:") {
			continue
		}
		if !strings.HasPrefix(r.URL, site.URL+"/") {
			t.Errorf("request to another origin: %s", r.URL)
		}
		if r.Status != 200 {
			t.Errorf("%s: HTTP %d", r.URL, r.Status)
		}
		seen[r.URL]++
		total += r.Transferred
		t.Logf("%-60s %8d bytes %s", strings.TrimPrefix(r.URL, site.URL), r.Transferred, r.Encoding)
	}
	for u, n := range seen {
		// The browser asks for the icon again when the page's address changes.
		if n > 1 && !strings.HasSuffix(u, "/favicon.svg") {
			t.Errorf("%s fetched %d times", u, n)
		}
	}
	if len(seen) < 5 {
		t.Errorf("only %d requests recorded", len(seen))
	}
	t.Logf("%d requests, %d bytes", len(seen), total)

	csp := eval[string](t, tab, `document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? ''`)
	for _, want := range []string{"default-src 'self'", "connect-src 'self'", "script-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("the page's Content-Security-Policy lacks %q: %q", want, csp)
		}
	}
}

// TestCharacterColumns checks that columns count characters, not UTF-16
// code units: a finding after two emoji on its line is underlined, and
// reached, where it is.
func TestCharacterColumns(t *testing.T) {
	tab := open(t)
	load(t, tab, "?example=reference&as-of="+asOf)
	path := filepath.Join(t.TempDir(), "emoji.notice.yaml")
	text := "title: \"Café 😀 notice\"\ncontroller: {name: \"😀😀 BV\", bogus: 1}\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	checks, _ := tab.Checks()
	do(t, tab, chromedp.SetUploadFiles(chromedp.ID("file"), []string{path}))
	if err := tab.WaitCheck(checks); err != nil {
		t.Fatal(err)
	}
	got := sameFindings(t, tab, "emoji.notice.yaml", asOf)
	i := slices.IndexFunc(got, func(f string) bool { return strings.Contains(f, " schema: ") })
	if i < 0 {
		t.Fatalf("no schema finding for the unknown field: %v", got)
	}
	if !strings.HasPrefix(got[i], "2:29: ") {
		t.Errorf("the unknown field is reported at %s, want 2:29", got[i])
	}
	do(t, tab, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#finding-list > li[data-index="%d"] .finding-go`, i))))
	at := eval[string](t, tab, `(() => { const v = window.noticelint.editor.view; const p = v.state.selection.main.head;
		return v.state.doc.sliceString(p, p + 5); })()`)
	if at != "bogus" {
		t.Errorf("clicking %s put the cursor before %q, not before the field", got[i], at)
	}
	underlined := eval[string](t, tab, `Array.from(document.querySelectorAll('.cm-lintRange-error'), (el) => el.textContent).join('|')`)
	if !strings.Contains(underlined, "bogus") {
		t.Errorf("the unknown field is not underlined: %q", underlined)
	}
}
