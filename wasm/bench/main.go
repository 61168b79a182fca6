//go:build !js

// Command bench measures the noticelint page in headless Chromium on this
// machine and prints a table: the bytes the page downloads before its first
// findings, the time from the start of navigation to the first findings with
// where that time goes (the checker's fetch, compile, initialisation and
// warm-up in its worker, in parallel with the page's own script; then the
// first check), and the time to re-check each example after an edit.
//
//	go run ./wasm/bench [-runs 5] [-edits 30] [-url http://127.0.0.1:8080]
//
// It serves the committed page (wasm/dist; go run ./wasm/build refreshes it)
// on a loopback port with `noticelint serve`, which sends the precompressed
// copies the browser accepts, or measures the server at -url. Each cold load
// runs in a fresh browser context: empty HTTP cache, no compiled code
// cached. The budgets of the issue are printed beside the results; the
// command exits with status 1 when one is exceeded.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/noticelint/noticelint/wasm/internal/browser"
	"github.com/noticelint/noticelint/wasm/internal/pagetest"
)

// The budgets.
const (
	budgetBytes      = 2_000_000
	budgetFirst      = 1500 * time.Millisecond
	aimFirst         = 500 * time.Millisecond
	budgetRecheckMs  = 20.0
	defaultExample   = "conpro"
	navigationPrefix = "noticelint:"
)

var examples = []string{"rops-online", "socomec", "conpro", "smet-jet", "procurios", "reference"}

func main() {
	runs := flag.Int("runs", 5, "cold loads to time")
	edits := flag.Int("edits", 30, "edits to time per example")
	url := flag.String("url", "", "measure the page served at this `origin` instead of starting noticelint serve")
	flag.Parse()
	if err := run(*runs, *edits, *url, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
}

func run(runs, edits int, origin string, out io.Writer) error {
	ctx := context.Background()
	path, err := browser.FindOrInstall(ctx, os.Stderr)
	if err != nil {
		return err
	}
	what := origin
	if origin == "" {
		srv, err := pagetest.Serve(ctx, io.Discard)
		if err != nil {
			return err
		}
		defer srv.Close()
		origin, what = srv.URL, srv.What+" at "+srv.URL
	}
	origin = strings.TrimSuffix(origin, "/")

	bctx, stop, err := browser.Start(ctx, path)
	if err != nil {
		return err
	}
	defer stop()
	site := &pagetest.Site{Browser: bctx, URL: origin}
	version, _ := browserVersion(site)

	fmt.Fprintf(out, "noticelint page benchmark: %s, headless, %d CPUs (%s); page: %s\n\n",
		version, runtime.NumCPU(), runtime.GOARCH, what)

	failed := false

	// Cold loads.
	var loads []load
	for i := range runs {
		l, err := coldLoad(site, "?example="+defaultExample)
		if err != nil {
			return fmt.Errorf("cold load %d: %w", i+1, err)
		}
		loads = append(loads, l)
	}
	warm, err := warmLoad(site, "?example="+defaultExample)
	if err != nil {
		return fmt.Errorf("warm load: %w", err)
	}

	// Download.
	first := loads[0]
	fmt.Fprintf(out, "Download: everything the page fetches until its first findings (?example=%s, cold cache);\n", defaultExample)
	fmt.Fprintln(out, "the checker's worker reports its own requests (encoding: compressed or identity)")
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\tencoding\tbytes on the wire\t")
	var total int64
	for _, r := range first.requests {
		fmt.Fprintf(tw, "%s\t%s\t%s\t\n", shortURL(r.URL, origin), cmp.Or(r.Encoding, "identity"), bytes(r.Transferred))
		total += r.Transferred
	}
	status := verdict(total <= budgetBytes)
	failed = failed || total > budgetBytes
	fmt.Fprintf(tw, "total, %d requests\t\t%s\t  %s (budget %s)\n", len(first.requests), bytes(total), status, bytes(budgetBytes))
	tw.Flush()
	if foreign := foreignRequests(first.problems); len(foreign) > 0 {
		failed = true
		fmt.Fprintf(out, "FAIL: requests to other origins: %s\n", strings.Join(foreign, ", "))
	}
	fmt.Fprintln(out)

	// Time to first findings.
	fmt.Fprintf(out, "Time to first findings: milliseconds since navigation start, median of %d cold loads (min-max); warm = reload with the HTTP cache\n", runs)
	tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "milestone\tcold\trange\twarm\t")
	for _, m := range milestones {
		vals := collect(loads, func(l load) float64 { return l.at[m.key] })
		if len(vals) == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s-%s\t%s\t\n", m.label, ms(median(vals)), ms(slices.Min(vals)), ms(slices.Max(vals)), ms(warm.at[m.key]))
	}
	tw.Flush()
	firstVals := collect(loads, func(l load) float64 { return l.at["first-findings"] })
	med := time.Duration(median(firstVals) * float64(time.Millisecond))
	failed = failed || med > budgetFirst
	fmt.Fprintf(out, "first findings after %s (cold, median): %s (budget %s, aim %s)\n\n", med.Round(time.Millisecond), verdict(med <= budgetFirst), budgetFirst, aimFirst)

	fmt.Fprintln(out, "Where the time goes (cold, median):")
	tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "phase\tms\twhat\t")
	for _, p := range phases {
		var vals []float64 // a phase may take no time
		for _, l := range loads {
			vals = append(vals, p.value(l))
		}
		if len(vals) == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t\n", p.label, ms(median(vals)), p.what)
	}
	tw.Flush()
	fmt.Fprintln(out)

	// Re-checks.
	fmt.Fprintf(out, "Re-check after an edit, median of %d edits per example (a character added to or removed from a value):\n", edits)
	fmt.Fprintln(out, "  edit: the editor applies the keystroke; re-check: from the page asking for the check, when typing pauses,")
	fmt.Fprintln(out, "  to the findings drawn, of which engine is engine.check in the checker's worker, to worker and back the")
	fmt.Fprintln(out, "  messages' ways, page the underlines and the list (p90, max of the re-check); to frame: keystroke to the")
	fmt.Fprintln(out, "  next frame after")
	tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "example\tlines\tfindings\tedit\tre-check\tengine\tto worker\tback\tpage\tp90\tmax\tto frame\t")
	for _, ex := range examples {
		r, err := rechecks(site, ex, edits)
		if err != nil {
			return fmt.Errorf("re-checking %s: %w", ex, err)
		}
		p90 := percentile(r.total, 0.9)
		ok := median(r.total) <= budgetRecheckMs
		failed = failed || !ok
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", ex, r.lines, r.findings, ms2(median(r.edit)),
			ms2(median(r.total)), verdict(ok), ms2(median(r.engine)), ms2(median(r.toWorker)), ms2(median(r.back)), ms2(median(r.page)),
			ms2(p90), ms2(slices.Max(r.total)), ms2(median(r.frame)))
	}
	tw.Flush()
	fmt.Fprintf(out, "budget: %.0f ms per re-check (median)\n", budgetRecheckMs)
	if failed {
		fmt.Fprintln(out, "\nFAIL: a budget is exceeded")
		os.Exit(1)
	}
	return nil
}

func verdict(ok bool) string {
	if ok {
		return "ok"
	}
	return "OVER"
}

// A milestone is a performance mark of the page (noticelint:<key>; the
// checker's worker reports its own, which the page marks on its clock) or a
// resource's end.
var milestones = []struct{ key, label string }{
	{"html", "index.html received"},
	{"start", "checker started (boot.js)"},
	{"fetched", "engine files received"},
	{"engineCompiled", "engine.wasm compiled"},
	{"policyReady", "policy instantiated, data loaded"},
	{"policyWarm", "policy warmed up (helper thread)"},
	{"goReady", "Go engine initialised"},
	{"warm", "notice schema's quick check read"},
	{"ready", "checker ready"},
	{"app.js", "app.js received"},
	{"main", "page script running"},
	{"first-request", "first check asked for"},
	{"firstCheckStart", "first check started"},
	{"firstCheck", "first check done"},
	{"first-findings", "first findings shown"},
}

// phases split the time to the first findings. The checker (in its worker)
// and the page (its script, the editor) start together; the first check
// waits for both.
var phases = []struct {
	label, what string
	value       func(load) float64
}{
	{"checker: start", "navigation to boot.js running", func(l load) float64 { return l.at["start"] }},
	{"checker: fetch", "engine files fetched (wasm, facts, rule docs)", func(l load) float64 { return l.at["fetched"] - l.at["start"] }},
	{"checker: compile", "engine.wasm compiled after the last file arrived (it compiles while it downloads)", func(l load) float64 {
		return max(0, l.at["engineCompiled"]-l.at["fetched"])
	}},
	{"checker: init", "Go runtime and packages initialised in the worker", func(l load) float64 {
		return max(0, l.at["goReady"]-max(l.at["engineCompiled"], l.at["fetched"]))
	}},
	{"checker: warm-up", "schema's quick check read, policy ready", func(l load) float64 { return max(0, l.at["ready"]-l.at["goReady"]) }},
	{"page: script", "navigation to app.js running (index.html, app.js, CSS)", func(l load) float64 { return l.at["main"] }},
	{"page: editor", "page script running to the first check asked for (example fetched, editor)", func(l load) float64 {
		return max(0, l.at["first-request"]-l.at["main"])
	}},
	{"wait", "first check asked for until the worker starts it", func(l load) float64 {
		return max(0, l.at["firstCheckStart"]-l.at["first-request"])
	}},
	{"first check", "engine.check of the example, in the worker", func(l load) float64 { return l.firstCheckMs }},
	{"render", "result to the page, underlines and findings panel", func(l load) float64 { return l.at["first-findings"] - l.at["firstCheck"] }},
}

// load is what one page load measured.
type load struct {
	at           map[string]float64 // milestone → ms since navigation start
	firstCheckMs float64
	requests     []pagetest.Request
	problems     []string
}

func coldLoad(site *pagetest.Site, query string) (load, error) {
	tab, err := site.NewTab(2 * time.Minute)
	if err != nil {
		return load{}, err
	}
	defer tab.Close()
	if err := tab.Load(site.URL, query); err != nil {
		return load{}, err
	}
	return measure(tab)
}

// warmLoad loads the page, then reloads it with the browser's cache.
func warmLoad(site *pagetest.Site, query string) (load, error) {
	tab, err := site.NewTab(2 * time.Minute)
	if err != nil {
		return load{}, err
	}
	defer tab.Close()
	if err := tab.Load(site.URL, query); err != nil {
		return load{}, err
	}
	tab.ResetRequests()
	if err := tab.Load(site.URL, query); err != nil {
		return load{}, err
	}
	return measure(tab)
}

func measure(tab *pagetest.Tab) (load, error) {
	type timing struct {
		Marks        map[string]float64 `json:"marks"`
		Resources    map[string]float64 `json:"resources"`
		FirstCheckMs float64            `json:"firstCheckMs"`
	}
	tm, err := pagetest.Eval[timing](tab, `(() => {
		const t = window.noticelint.timings();
		const marks = {};
		for (const [k, v] of Object.entries(t.marks)) marks[k.replace(/^`+navigationPrefix+`/, '')] = v;
		const resources = {};
		for (const e of performance.getEntriesByType('resource')) resources[new URL(e.name).pathname.replace(/^\//, '')] = e.responseEnd;
		const nav = performance.getEntriesByType('navigation')[0];
		resources['index.html'] = nav ? nav.responseEnd : 0;
		return { marks, resources, firstCheckMs: (t.engine && t.engine.firstCheckMs) || 0 };
	})()`)
	if err != nil {
		return load{}, err
	}
	at := map[string]float64{}
	for k, v := range tm.Marks {
		at[k] = v
	}
	at["html"] = tm.Resources["index.html"]
	at["app.js"] = tm.Resources["app.js"]
	for _, f := range []string{"engine.wasm", "policy.wasm", "data.json", "rules.json", "worker.js"} {
		at["fetched"] = max(at["fetched"], tm.Resources[f])
	}
	workerReqs, err := tab.WorkerRequests()
	if err != nil {
		return load{}, err
	}
	problems := tab.Problems()
	for _, r := range workerReqs {
		if !tab.SameOrigin(r.URL) {
			problems = append(problems, "request to another origin: "+r.URL)
		}
	}
	var reqs []pagetest.Request
	for _, r := range append(tab.Requests(), workerReqs...) {
		if strings.HasPrefix(r.URL, "data:") || strings.HasPrefix(r.URL, "blob:") || strings.HasSuffix(r.URL, "/favicon.svg") {
			continue // no request, or not needed to check
		}
		reqs = append(reqs, r)
	}
	return load{at: at, firstCheckMs: tm.FirstCheckMs, requests: reqs, problems: problems}, nil
}

type recheck struct {
	lines, findings                                  int
	edit, engine, toWorker, back, page, total, frame []float64
}

// rechecks types into a value of the example, alternately adding and
// removing a character, and times each check the page runs.
func rechecks(site *pagetest.Site, example string, n int) (recheck, error) {
	tab, err := site.NewTab(2 * time.Minute)
	if err != nil {
		return recheck{}, err
	}
	defer tab.Close()
	if err := tab.Load(site.URL, "?example="+example); err != nil {
		return recheck{}, err
	}
	type result struct {
		Lines    int       `json:"lines"`
		Findings int       `json:"findings"`
		Edit     []float64 `json:"edit"`
		Engine   []float64 `json:"engine"`
		ToWorker []float64 `json:"toWorker"`
		Back     []float64 `json:"back"`
		Page     []float64 `json:"page"`
		Total    []float64 `json:"total"`
		Frame    []float64 `json:"frame"`
		Missed   int       `json:"missed"`
	}
	r, err := pagetest.Eval[result](tab, fmt.Sprintf(`(async (n) => {
		const nl = window.noticelint;
		const v = nl.editor.view;
		const doc = v.state.doc;
		// The first "key: value" line after the top comments: the title.
		let at = 0;
		for (let i = 1; i <= doc.lines && !at; i++) {
			const l = doc.line(i);
			if (/^\s*[a-z_]+: [^#\s]/.test(l.text)) at = l.to;
		}
		const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		const out = { lines: doc.lines, findings: document.querySelectorAll('#finding-list > li.finding').length,
			edit: [], engine: [], toWorker: [], back: [], page: [], total: [], frame: [], missed: 0 };
		await frame();
		for (let i = 0; i < n; i++) {
			const checks = nl.checks;
			const t0 = performance.now();
			v.dispatch(i %% 2 === 0 ? { changes: { from: at, insert: 'x' } } : { changes: { from: at, to: at + 1 } });
			const t1 = performance.now();
			await nl.checkNow(); // resolves once the findings are drawn
			const t2 = performance.now();
			await frame();
			if (nl.checks !== checks + 1) out.missed++;
			const c = nl.lastCheck;
			out.edit.push(t1 - t0);
			out.engine.push(c.engine);
			out.toWorker.push(c.toWorker);
			out.back.push(c.back);
			out.page.push(c.render);
			out.total.push(t2 - t1);
			out.frame.push(performance.now() - t0);
		}
		return out;
	})(%d)`, n))
	if err != nil {
		return recheck{}, err
	}
	if p := tab.Problems(); len(p) > 0 {
		return recheck{}, fmt.Errorf("%s", strings.Join(p, "; "))
	}
	if r.Missed > 0 {
		return recheck{}, fmt.Errorf("%d of %d edits were not checked once each", r.Missed, n)
	}
	return recheck{lines: r.Lines, findings: r.Findings, edit: r.Edit, engine: r.Engine, toWorker: r.ToWorker,
		back: r.Back, page: r.Page, total: r.Total, frame: r.Frame}, nil
}

func browserVersion(site *pagetest.Site) (string, error) {
	tab, err := site.NewTab(30 * time.Second)
	if err != nil {
		return "", err
	}
	defer tab.Close()
	ua, err := pagetest.Eval[string](tab, `navigator.userAgent`)
	if err != nil {
		return "", err
	}
	for _, f := range strings.Fields(ua) {
		if strings.HasPrefix(f, "HeadlessChrome/") || strings.HasPrefix(f, "Chrome/") {
			return "Chromium " + f[strings.Index(f, "/")+1:], nil
		}
	}
	return ua, nil
}

func foreignRequests(problems []string) []string {
	var out []string
	for _, p := range problems {
		if u, ok := strings.CutPrefix(p, "request to another origin: "); ok {
			out = append(out, u)
		}
	}
	return out
}

func collect(loads []load, f func(load) float64) []float64 {
	var out []float64
	for _, l := range loads {
		if v := f(l); v > 0 {
			out = append(out, v)
		}
	}
	return out
}

func median(v []float64) float64 { return percentile(v, 0.5) }

func percentile(v []float64, p float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	i := p * float64(len(s)-1)
	lo := int(i)
	if lo+1 >= len(s) {
		return s[lo]
	}
	return s[lo] + (s[lo+1]-s[lo])*(i-float64(lo))
}

func ms(v float64) string  { return fmt.Sprintf("%.0f", v) }
func ms2(v float64) string { return fmt.Sprintf("%.1f ms", v) }

func bytes(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func shortURL(u, origin string) string {
	s := strings.TrimPrefix(u, origin+"/")
	if s == "" || strings.HasPrefix(s, "?") {
		return "index.html" + s
	}
	return s
}
