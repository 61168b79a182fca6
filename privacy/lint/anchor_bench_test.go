package lint_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/util"

	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/pipeline"
)

// The anchor benchmarks compare noticelint with its anchor: OPA evaluating
// the same rules, data and input with a prepared query and nothing else
// ("bare OPA"). Each sub-benchmark runs the two alternately, swapping which
// goes first, so that machine noise hits both alike, and reports
//
//	ns/op      noticelint: the library's Check, or CheckFS for a batch
//	opa-ns/op  bare OPA on the same notice or batch
//	x-opa      the ratio of the two, noticelint over OPA
//
// Bare OPA is prepared from the modules New parses from rego.FS() (tests
// excluded), a store holding the facts at data.noticelint.facts.<name> and
// the same restricted capabilities. It gets what a user of OPA alone has:
// the input {"notice": ..., "as_of": ...} as JSON bytes, decoded the way
// `opa eval -i` decodes its input (util.Unmarshal, then ast.InterfaceToValue,
// as OPA's cmd/eval.go does) and then evaluated. Decoding is timed because
// noticelint's parsing is. noticelint gets the notice's source (YAML for the
// examples, JSON for the generated notices) and loads, validates, evaluates
// and shapes it. Before timing, each benchmark checks that both report the
// same findings.
//
// cmd/anchorbench runs these with whole-process timings of the noticelint
// and opa command lines and prints one table; docs/performance.md explains
// the figures and the targets.

const anchorAsOf = "2026-11-22"

// BenchmarkAnchorExample compares one check of each example notice.
// Target: x-opa at most 1.5.
func BenchmarkAnchorExample(b *testing.B) {
	l, o := newLinter(b), newBareOPA(b)
	for _, e := range exampleNotices(b) {
		b.Run(e.name, func(b *testing.B) {
			e.sameFindings(b, l, o)
			interleave(b, e.check(l), e.eval(o))
		})
	}
}

// BenchmarkAnchorActivities compares checks of generated notices of 10 to
// 10,000 activities. Targets: x-opa at most 1.5; ns/activity flat from
// 1,000 activities on (linear growth).
func BenchmarkAnchorActivities(b *testing.B) {
	l, o := newLinter(b), newBareOPA(b)
	for _, n := range []int{10, 100, 1000, 10000} {
		e := newAnchorNotice(b, "generated.notice.json", generatedNotice(b, n))
		b.Run(fmt.Sprintf("activities=%d", n), func(b *testing.B) {
			e.sameFindings(b, l, o)
			nl, op := interleave(b, e.check(l), e.eval(o))
			b.ReportMetric(nl/float64(n), "ns/activity")
			b.ReportMetric(op/float64(n), "opa-ns/activity")
		})
	}
}

// BenchmarkAnchorMemory shows why ns/activity rises from 1,000 to 10,000
// activities for OPA alone: one rule, the same work per activity (look up
// two fields), over activities that differ only in size. Small activities
// cost the same per activity at any count; activities with 20 more fields,
// whose values OPA must step over in memory, cost more per activity once
// the notice no longer fits in the processor's caches. No target; it
// explains the growth of BenchmarkAnchorActivities.
func BenchmarkAnchorMemory(b *testing.B) {
	mod := ast.MustParseModuleWithOpts(`package x
report contains i if {
	some i, activity in input.notice.activities
	activity.provision.requirement == "statutory"
}`, ast.ParserOptions{RegoVersion: ast.RegoV1})
	pq, err := rego.New(rego.Query("data.x.report"), rego.ParsedModule(mod)).PrepareForEval(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	for _, extra := range []int{0, 20} {
		for _, n := range []int{1000, 10000} {
			activities := make([]any, n)
			for i := range activities {
				a := map[string]any{"name": fmt.Sprint("Activity ", i), "provision": map[string]any{"requirement": "voluntary"}}
				for f := range extra {
					a[fmt.Sprint("field_", f)] = map[string]any{"text": fmt.Sprint("value ", f, " of activity ", i), "list": []any{"a", "b"}}
				}
				activities[i] = a
			}
			input, err := ast.InterfaceToValue(map[string]any{"notice": map[string]any{"activities": activities}})
			if err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("extra-fields=%d/activities=%d", extra, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := pq.Eval(context.Background(), rego.EvalParsedInput(input)); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/activity")
			})
		}
	}
}

// BenchmarkAnchorBatch compares 1,000 notices, the examples in turn, checked
// on two cores: CheckFS against bare OPA in two goroutines. GOMAXPROCS is 2
// during the benchmark, whatever -cpu says, and the garbage collector runs
// as in the command line, which is what checks a batch (cmd/noticelint:
// GOGC 400 under a 512 MiB soft limit), unless GOGC or GOMEMLIMIT is set.
// Both sides run under the same settings. Target: under 1 s (ns/op under
// 1e9), at least 1,000 notices/s.
func BenchmarkAnchorBatch(b *testing.B) {
	const notices, cores = 1000, 2
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(cores))
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(512 << 20))
	}
	l, o := newLinter(b), newBareOPA(b)
	examples := exampleNotices(b)
	fsys := fstest.MapFS{}
	names := make([]string, notices)
	inputs := make([][]byte, notices)
	for i := range notices {
		e := examples[i%len(examples)]
		names[i] = fmt.Sprintf("%04d-%s", i, e.file)
		fsys[names[i]] = &fstest.MapFile{Data: e.src}
		inputs[i] = e.input
	}
	b.Run(fmt.Sprintf("notices=%d/cores=%d", notices, cores), func(b *testing.B) {
		ctx := context.Background()
		nl, op := interleave(b,
			func() error { _, err := l.CheckFS(ctx, fsys, names); return err },
			func() error { return o.evalAll(ctx, inputs, cores) })
		b.ReportMetric(notices/(nl/1e9), "notices/s")
		b.ReportMetric(notices/(op/1e9), "opa-notices/s")
	})
}

// BenchmarkAnchorPrepare compares the start-up work a process does before
// it can check a notice: lint.New against parsing the same modules and facts
// and preparing the query with OPA alone. No target; it explains the
// whole-process figures of cmd/anchorbench.
func BenchmarkAnchorPrepare(b *testing.B) {
	ctx := context.Background()
	interleave(b,
		func() error { _, err := lint.New(ctx, lint.WithAsOf(anchorAsOf)); return err },
		func() error { _, err := prepareBareOPA(); return err })
}

// interleave runs noticelint and opa alternately until b.Loop stops, and
// reports their mean times per call and the ratio (see the top of the file).
func interleave(b *testing.B, noticelint, opa func() error) (nl, op float64) {
	b.Helper()
	var tn, to time.Duration
	swap := false
	for b.Loop() {
		first, second := noticelint, opa
		if swap {
			first, second = opa, noticelint
		}
		t0 := time.Now()
		if err := first(); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if err := second(); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if swap {
			to, tn = to+t1.Sub(t0), tn+t2.Sub(t1)
		} else {
			tn, to = tn+t1.Sub(t0), to+t2.Sub(t1)
		}
		swap = !swap
	}
	nl = float64(tn.Nanoseconds()) / float64(b.N)
	op = float64(to.Nanoseconds()) / float64(b.N)
	b.ReportMetric(nl, "ns/op")
	b.ReportMetric(op, "opa-ns/op")
	b.ReportMetric(nl/op, "x-opa")
	return nl, op
}

// bareOPA is the anchor: OPA's prepared query over the built-in rules.
type bareOPA struct {
	pq  rego.PreparedEvalQuery
	ids []string // the rule of each set of findings the query returns
}

func newBareOPA(tb testing.TB) *bareOPA {
	tb.Helper()
	o, err := prepareBareOPA()
	if err != nil {
		tb.Fatal(err)
	}
	return o
}

func prepareBareOPA() (*bareOPA, error) {
	modules, data, caps, err := lint.BuiltinForOPA()
	if err != nil {
		return nil, err
	}
	l, err := lint.New(context.Background())
	if err != nil {
		return nil, err
	}
	query, ids := lint.FindingsQuery(l)
	opts := []func(*rego.Rego){
		rego.Query(query),
		rego.Store(inmem.NewFromObject(data)),
		rego.Capabilities(caps),
	}
	for _, name := range slices.Sorted(maps.Keys(modules)) {
		opts = append(opts, rego.ParsedModule(modules[name]))
	}
	pq, err := rego.New(opts...).PrepareForEval(context.Background())
	if err != nil {
		return nil, err
	}
	return &bareOPA{pq, ids}, nil
}

// eval decodes input as opa eval -i does and returns the query's value: one
// set of findings per rule, in the order of o.ids.
func (o *bareOPA) eval(ctx context.Context, input []byte) ([]any, error) {
	var v any
	if err := util.Unmarshal(input, &v); err != nil {
		return nil, err
	}
	value, err := ast.InterfaceToValue(v)
	if err != nil {
		return nil, err
	}
	rs, err := o.pq.Eval(ctx, rego.EvalParsedInput(value))
	if err != nil {
		return nil, err
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return nil, errors.New("the findings query is undefined")
	}
	sets, ok := rs[0].Expressions[0].Value.([]any)
	if !ok || len(sets) != len(o.ids) {
		return nil, fmt.Errorf("the findings query gave a %T, not %d sets", rs[0].Expressions[0].Value, len(o.ids))
	}
	return sets, nil
}

// findings lists the findings of sets, as eval returns them, as "rule
// pointer message" lines.
func (o *bareOPA) findings(sets []any) []string {
	var out []string
	for i, set := range sets {
		for _, x := range set.([]any) {
			m, _ := x.(map[string]any)
			out = append(out, fmt.Sprint(o.ids[i], " ", m["pointer"], " ", m["message"]))
		}
	}
	return out
}

// evalAll evaluates every input on the given number of goroutines.
func (o *bareOPA) evalAll(ctx context.Context, inputs [][]byte, workers int) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(inputs); i = int(next.Add(1)) - 1 {
				if _, err := o.eval(ctx, inputs[i]); err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// anchorNotice is one notice as each side gets it.
type anchorNotice struct {
	name, file string
	src        []byte // for noticelint
	input      []byte // for bare OPA: {"notice": ..., "as_of": ...} as JSON
}

func newAnchorNotice(tb testing.TB, file string, src []byte) anchorNotice {
	tb.Helper()
	doc, loaded := document.Load(file, src)
	if doc == nil {
		tb.Fatalf("%s: %v", file, loaded)
	}
	input, err := json.Marshal(pipeline.Input(doc, anchorAsOf))
	if err != nil {
		tb.Fatal(err)
	}
	name := file[:strings.Index(file, ".notice.")]
	return anchorNotice{name: name, file: file, src: src, input: input}
}

// exampleNotices reads the notices that `noticelint check examples/` checks.
func exampleNotices(tb testing.TB) []anchorNotice {
	tb.Helper()
	var files []string
	for _, ext := range []string{"yaml", "yml", "json"} {
		f, _ := filepath.Glob("../../examples/*.notice." + ext)
		files = append(files, f...)
	}
	if len(files) == 0 {
		tb.Fatal("no examples")
	}
	slices.Sort(files)
	out := make([]anchorNotice, len(files))
	for i, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = newAnchorNotice(tb, filepath.Base(file), src)
	}
	return out
}

func (e anchorNotice) check(l *lint.Linter) func() error {
	return func() error {
		_, err := l.Check(context.Background(), e.file, e.src)
		return err
	}
}

func (e anchorNotice) eval(o *bareOPA) func() error {
	return func() error {
		_, err := o.eval(context.Background(), e.input)
		return err
	}
}

// sameFindings fails unless bare OPA reports the findings (rule, pointer,
// message) noticelint reports for the notice, and as many more as the
// notice's suppressions silenced. Findings noticelint reports itself
// (syntax, schema, suppressions) are left out: OPA cannot report them.
func (e anchorNotice) sameFindings(tb testing.TB, l *lint.Linter, o *bareOPA) {
	tb.Helper()
	f, err := l.Check(context.Background(), e.file, e.src)
	if err != nil {
		tb.Fatal(err)
	}
	var got []string
	for _, x := range f.Findings {
		if !finding.Reserved(x.Rule) {
			got = append(got, x.Rule+" "+x.Pointer+" "+x.Message)
		}
	}
	set, err := o.eval(context.Background(), e.input)
	if err != nil {
		tb.Fatal(err)
	}
	want := o.findings(set)
	slices.Sort(got)
	slices.Sort(want)
	agree := len(want) == len(got)+f.Suppressed
	for _, g := range got {
		agree = agree && slices.Contains(want, g)
	}
	if !agree {
		tb.Fatalf("%s: noticelint and OPA disagree:\nnoticelint (%d, %d more suppressed):\n%s\nOPA (%d):\n%s", e.file,
			len(got), f.Suppressed, strings.Join(got, "\n"), len(want), strings.Join(want, "\n"))
	}
}
