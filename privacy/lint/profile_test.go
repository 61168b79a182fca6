package lint

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/pipeline"
	builtin "github.com/noticelint/noticelint/rego"
)

var (
	profileNotice = flag.String("profile-rules", "", "notice file whose evaluation time to break down by rule file")
	timeNotice    = flag.String("time-rules", "", "notice file whose evaluation time to measure rule by rule")
)

// TestProfileRules prints where evaluating one notice spends its time, per
// Rego file, for rule authors chasing a slow rule:
//
//	go test ./privacy/lint -run ProfileRules -v -profile-rules ../../examples/procurios.notice.yaml
func TestProfileRules(t *testing.T) {
	if *profileNotice == "" {
		t.Skip("pass -profile-rules FILE")
	}
	r := newRuleRunner(t, *profileNotice)
	pq, input := r.prepare(findingsQuery(r.rules)), r.input
	for range 5 { // warm caches such as compiled regular expressions
		if _, err := pq.Eval(context.Background(), rego.EvalParsedInput(input)); err != nil {
			t.Fatal(err)
		}
	}
	p := profiler.New()
	if _, err := pq.Eval(context.Background(), rego.EvalParsedInput(input), rego.EvalQueryTracer(p)); err != nil {
		t.Fatal(err)
	}
	perFile := map[string]int64{}
	for _, s := range p.ReportTopNResults(-1, []string{"total_time_ns"}) {
		perFile[s.Location.File] += s.ExprTimeNs
	}
	files := slices.SortedFunc(maps.Keys(perFile), func(a, b string) int { return cmp.Compare(perFile[b], perFile[a]) })
	for _, f := range files {
		fmt.Printf("%9.2f ms  %s\n", float64(perFile[f])/1e6, cmp.Or(f, "(query)"))
	}
}

// TestTimeRules prints how long each rule takes to evaluate one notice on
// its own, the fastest of many runs, without a tracer's overhead; the sum
// exceeds a whole evaluation by the work the rules share.
//
//	go test ./privacy/lint -run TimeRules -v -time-rules ../../examples/procurios.notice.yaml
func TestTimeRules(t *testing.T) {
	if *timeNotice == "" {
		t.Skip("pass -time-rules FILE")
	}
	r := newRuleRunner(t, *timeNotice)
	ctx, input := context.Background(), r.input
	best := func(q string) time.Duration {
		pq := r.prepare(q)
		fastest := time.Duration(math.MaxInt64)
		for range 50 {
			start := time.Now()
			if _, err := pq.Eval(ctx, rego.EvalParsedInput(input)); err != nil {
				t.Fatal(err)
			}
			fastest = min(fastest, time.Since(start))
		}
		return fastest
	}
	times := map[string]time.Duration{}
	var sum time.Duration
	for _, rule := range r.rules {
		times[rule.ID] = best(rule.Package + ".report")
		sum += times[rule.ID]
	}
	ids := slices.SortedFunc(maps.Keys(times), func(a, b string) int { return cmp.Compare(times[b], times[a]) })
	for _, id := range ids {
		fmt.Printf("%9.3f ms  %s\n", float64(times[id])/1e6, id)
	}
	fmt.Printf("%9.3f ms  sum of the rules\n%9.3f ms  whole evaluation\n", float64(sum)/1e6, float64(best(findingsQuery(r.rules)))/1e6)
}

// ruleRunner prepares queries over the built-in rules, compiled once, for
// one notice's input, as New does.
type ruleRunner struct {
	t        *testing.T
	compiler *ast.Compiler
	store    storage.Store
	rules    []finding.Rule
	input    ast.Value
}

func newRuleRunner(t *testing.T, file string) *ruleRunner {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	doc, findings := document.Parse(file, src)
	if doc == nil {
		t.Fatal(findings)
	}
	b, err := loadBundle(builtin.FS(), "", false)
	if err != nil {
		t.Fatal(err)
	}
	c, err := compile(b.modules)
	if err != nil {
		t.Fatal(err)
	}
	rules, err := rulesFromAnnotations(c)
	if err != nil {
		t.Fatal(err)
	}
	input, err := ast.InterfaceToValue(pipeline.Input(doc, "2026-11-22"))
	if err != nil {
		t.Fatal(err)
	}
	return &ruleRunner{t, c, inmem.NewFromObject(b.data()), rules, input}
}

func (r *ruleRunner) prepare(query string) rego.PreparedEvalQuery {
	r.t.Helper()
	pq, err := rego.New(rego.Query(query), rego.Compiler(r.compiler), rego.Store(r.store)).PrepareForEval(context.Background())
	if err != nil {
		r.t.Fatal(err)
	}
	return pq
}
