package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/topdown"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/output"
	builtin "github.com/noticelint/noticelint/rego"
)

// The dates every document is checked at: the rules depend on the date
// (Privacy Shield was valid until 2020-07-16, the EU-US Data Privacy
// Framework applies from 2023-07-10, ...).
var parityDates = []string{"2020-01-01", "2026-11-22"}

// parityDoc is one document of the parity test.
type parityDoc struct {
	kind string // examples, testdata or rule tests
	name string
	src  []byte
	asOf []string // dates beyond parityDates
}

// The browser engine reports exactly what the command line reports, byte
// for byte in JSON, for every example, every test document of the loader
// and every notice the Rego tests give the rules.
func TestParity(t *testing.T) {
	dist := builtEngine(t)
	b := testBuilder(t)
	docs := append(fileDocs(t, b.root, "examples", "examples/*.notice.yaml"),
		fileDocs(t, b.root, "testdata", "privacy/lint/document/testdata/*/*")...)
	docs = append(docs, ruleTestDocs(t)...)

	type job struct {
		Name   string  `json:"name"`
		Text   *string `json:"text,omitempty"`
		Base64 *string `json:"base64,omitempty"`
		AsOf   string  `json:"asOf"`
	}
	var (
		jobs []job
		want []string
		of   []parityDoc
	)
	ctx := context.Background()
	l, err := lint.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, d := range docs {
		counts[d.kind]++
		dates := slices.Clone(parityDates)
		for _, a := range d.asOf {
			if !slices.Contains(dates, a) {
				dates = append(dates, a)
			}
		}
		for _, date := range dates {
			j := job{Name: d.name, AsOf: date}
			if utf8.Valid(d.src) {
				s := string(d.src)
				j.Text = &s
			} else {
				s := base64.StdEncoding.EncodeToString(d.src)
				j.Base64 = &s
			}
			jobs = append(jobs, j)
			want = append(want, nativeJSON(t, l, d.name, d.src, date))
			of = append(of, d)
		}
	}

	in, err := json.Marshal(map[string]any{"jobs": jobs})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", "check.mjs", filepath.Join(b.root, filepath.FromSlash(webDir), "src", "engine.js"), dist)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node check.mjs: %v\n%s", err, stderr.Bytes())
	}
	var res struct {
		Version string `json:"version"`
		Rules   int    `json:"rules"`
		Results []struct {
			JSON    *string `json:"json"`
			Compact string  `json:"compact"`
			Error   string  `json:"error"`
		} `json:"results"`
		Timings map[string]float64 `json:"timings"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("reading the engine's output: %v", err)
	}
	if len(res.Results) != len(jobs) {
		t.Fatalf("the engine answered %d checks of %d", len(res.Results), len(jobs))
	}
	if n := len(l.Rules()); res.Rules != n {
		t.Errorf("the engine knows %d rules, the command line %d", res.Rules, n)
	}
	failed := 0
	for i, r := range res.Results {
		switch {
		case r.JSON == nil:
			failed++
			t.Errorf("%s as of %s: the engine failed: %s", jobs[i].Name, jobs[i].AsOf, r.Error)
		case *r.JSON != want[i]:
			failed++
			if failed <= 10 {
				t.Errorf("%s as of %s (%s): the engine's report differs from the command line's:\n%s",
					jobs[i].Name, jobs[i].AsOf, of[i].kind, firstDifference(want[i], *r.JSON))
			}
		case r.Compact != compactJSON(t, want[i]):
			// The page gets the report without indentation.
			failed++
			if failed <= 10 {
				t.Errorf("%s as of %s (%s): the engine's compact report is not the command line's without indentation:\n%s",
					jobs[i].Name, jobs[i].AsOf, of[i].kind, firstDifference(compactJSON(t, want[i]), r.Compact))
			}
		}
	}
	t.Logf("%d examples, %d loader test documents, %d notices from the Rego tests: %d checks, %d identical; rules version %s",
		counts["examples"], counts["testdata"], counts["rule tests"], len(jobs), len(jobs)-failed, res.Version)
	t.Logf("engine timings under Node (ms since start): %v", res.Timings)
}

// compactJSON is the JSON text without its indentation, with the final
// newline json.Encoder writes.
func compactJSON(t *testing.T, s string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Compact(&buf, []byte(s)); err != nil {
		t.Fatal(err)
	}
	return buf.String() + "\n"
}

// nativeJSON is what `noticelint check --format json --as-of DATE NAME`
// prints for the document.
func nativeJSON(t *testing.T, l *lint.Linter, name string, src []byte, asOf string) string {
	t.Helper()
	l, err := l.WithAsOf(asOf)
	if err != nil {
		t.Fatal(err)
	}
	f, err := l.Check(context.Background(), name, src)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var buf bytes.Buffer
	if err := output.JSON(&buf, output.Input{Report: finding.NewReport(asOf, f), Rules: l.Rules()}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// fileDocs reads the files matching pattern below root, golden files aside.
func fileDocs(t *testing.T, root, kind, pattern string) []parityDoc {
	t.Helper()
	names, err := fs.Glob(os.DirFS(root), pattern)
	if err != nil {
		t.Fatal(err)
	}
	var docs []parityDoc
	for _, name := range names {
		// Fuzz corpora (testdata/fuzz/FuzzX/...) are not documents.
		if strings.HasSuffix(name, ".golden") || strings.Contains(name, "/testdata/fuzz/") {
			continue
		}
		if fi, err := os.Stat(filepath.Join(root, filepath.FromSlash(name))); err != nil || fi.IsDir() {
			continue
		}
		src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		// Examples keep their path, as the command line prints it; test
		// documents their base name, whose extension picks the parser.
		if kind != "examples" {
			name = path.Base(name)
		}
		docs = append(docs, parityDoc{kind: kind, name: name, src: src})
	}
	if len(docs) == 0 {
		t.Fatalf("no documents match %s", pattern)
	}
	return docs
}

// ruleTestDocs returns every notice the Rego tests give the rules (the
// notice of each `with input as ...`), as JSON documents. The tests build
// their inputs from tables and helper functions, so the inputs are taken
// from the evaluation itself: each test runs with a tracer that records the
// input in effect, fully evaluated.
func ruleTestDocs(t *testing.T) []parityDoc {
	t.Helper()
	ctx := context.Background()
	modules := map[string]*ast.Module{}
	var tests []ast.Ref
	err := fs.WalkDir(builtin.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		src, err := fs.ReadFile(builtin.FS(), p)
		if err != nil {
			return err
		}
		m, err := ast.ParseModuleWithOpts(p, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
		if err != nil {
			return err
		}
		modules[p] = m
		if strings.HasSuffix(p, "_test.rego") {
			for _, r := range m.Rules {
				if name := r.Head.Name.String(); strings.HasPrefix(name, "test_") {
					ref := m.Package.Path.Copy().Append(ast.StringTerm(name))
					if !slices.ContainsFunc(tests, func(r ast.Ref) bool { return r.Equal(ref) }) {
						tests = append(tests, ref)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	c := ast.NewCompiler().WithDefaultRegoVersion(ast.RegoV1)
	if c.Compile(modules); c.Failed() {
		t.Fatal(c.Errors)
	}
	policy, err := lint.CompileWasm(ctx)
	if err != nil {
		t.Fatal(err)
	}
	store := inmem.NewFromObject(policy.Data)
	tr := &inputTracer{seen: map[*ast.Term]bool{}, notices: map[string]map[string]bool{}}
	for _, ref := range tests {
		_, err := rego.New(rego.Compiler(c), rego.Store(store), rego.ParsedQuery(ast.NewBody(ast.NewExpr(ast.NewTerm(ref)))), rego.QueryTracer(tr)).Eval(ctx)
		if err != nil {
			t.Fatalf("%s: %v", ref, err)
		}
	}
	if len(tests) == 0 || len(tr.notices) == 0 {
		t.Fatalf("found %d Rego tests and %d notices in them", len(tests), len(tr.notices))
	}
	var docs []parityDoc
	for i, notice := range slices.Sorted(maps.Keys(tr.notices)) {
		docs = append(docs, parityDoc{
			kind: "rule tests",
			name: fmt.Sprintf("rule-test-%03d.notice.json", i+1),
			src:  []byte(notice),
			asOf: slices.Sorted(maps.Keys(tr.notices[notice])),
		})
	}
	t.Logf("%d Rego tests give the rules %d distinct notices", len(tests), len(docs))
	return docs
}

// inputTracer records the notice of every input an evaluation sees, as
// indented JSON, with the as_of dates it is given with.
type inputTracer struct {
	seen    map[*ast.Term]bool
	notices map[string]map[string]bool
}

func (*inputTracer) Enabled() bool               { return true }
func (*inputTracer) Config() topdown.TraceConfig { return topdown.TraceConfig{} }

func (tr *inputTracer) TraceEvent(e topdown.Event) {
	in := e.Input()
	if in == nil || tr.seen[in] {
		return
	}
	tr.seen[in] = true
	obj, ok := in.Value.(ast.Object)
	if !ok {
		return
	}
	notice := obj.Get(ast.StringTerm("notice"))
	if notice == nil || !ast.IsConstant(notice.Value) {
		return
	}
	v, err := ast.JSON(notice.Value)
	if err != nil {
		return
	}
	src, err := indentJSON(v)
	if err != nil {
		return
	}
	dates := tr.notices[string(src)]
	if dates == nil {
		dates = map[string]bool{}
		tr.notices[string(src)] = dates
	}
	if at := obj.Get(ast.StringTerm("as_of")); at != nil {
		if asOf, ok := at.Value.(ast.String); ok && privacy.Date(asOf).Valid() {
			dates[string(asOf)] = true
		}
	}
}

// firstDifference shows where two texts part, with a little context.
func firstDifference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  command line: %q\n  browser:      %q", i+1, w, g)
		}
	}
	return "(they differ only in line endings)"
}
