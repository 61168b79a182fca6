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
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/noticelint/noticelint/privacy/lint/document"
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
	src, err := os.ReadFile(*profileNotice)
	if err != nil {
		t.Fatal(err)
	}
	doc, findings := document.Parse(*profileNotice, src)
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
	pq, err := rego.New(rego.Query(query), rego.Compiler(c), rego.Store(inmem.NewFromObject(b.data()))).PrepareForEval(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	input, err := ast.InterfaceToValue(pipeline.Input(doc, "2026-11-22"))
	if err != nil {
		t.Fatal(err)
	}
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
	src, err := os.ReadFile(*timeNotice)
	if err != nil {
		t.Fatal(err)
	}
	doc, findings := document.Parse(*timeNotice, src)
	if doc == nil {
		t.Fatal(findings)
	}
	ctx := context.Background()
	l, err := New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, err := loadBundle(builtin.FS(), "", false)
	if err != nil {
		t.Fatal(err)
	}
	c, err := compile(b.modules)
	if err != nil {
		t.Fatal(err)
	}
	store := inmem.NewFromObject(b.data())
	input, err := ast.InterfaceToValue(pipeline.Input(doc, "2026-11-22"))
	if err != nil {
		t.Fatal(err)
	}
	best := func(q string) time.Duration {
		pq, err := rego.New(rego.Query(q), rego.Compiler(c), rego.Store(store)).PrepareForEval(ctx)
		if err != nil {
			t.Fatal(err)
		}
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
	for _, r := range l.Rules() {
		times[r.ID] = best(r.Package + ".report")
		sum += times[r.ID]
	}
	ids := slices.SortedFunc(maps.Keys(times), func(a, b string) int { return cmp.Compare(times[b], times[a]) })
	for _, id := range ids {
		fmt.Printf("%9.3f ms  %s\n", float64(times[id])/1e6, id)
	}
	fmt.Printf("%9.3f ms  sum of the rules\n%9.3f ms  whole evaluation\n", float64(sum)/1e6, float64(best(query))/1e6)
}
