package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/util"

	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/output"
)

// TestOPAGetsWhatTheEngineGets checks, without the opa binary, that what
// anchorbench hands opa eval makes OPA report what noticelint reports: it
// loads the -d arguments with OPA's loader, the one opa eval uses (prefixes
// included), evaluates the router over each example's converted input as
// opa eval does, and compares the result, printed as opa eval --format json
// prints it, with the library's JSON report.
func TestOPAGetsWhatTheEngineGets(t *testing.T) {
	t.Chdir("../..") // the paths are relative to the module root
	ctx := context.Background()
	examples, err := prepareExamples(".", t.TempDir(), asOf)
	if err != nil {
		t.Fatal(err)
	}
	args, err := opaDataArgs()
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for i := 0; i < len(args); i += 2 {
		if args[i] != "-d" || strings.HasSuffix(args[i+1], "_test.rego") {
			t.Fatalf("argument %q %q", args[i], args[i+1])
		}
		paths = append(paths, args[i+1])
	}
	if !slices.Contains(paths, "noticelint.facts.eea:rego/facts/eea.json") {
		t.Fatalf("the EEA facts are not mounted at data.noticelint.facts.eea: %q", paths)
	}
	pq, err := rego.New(rego.Query(query), rego.Load(paths, nil)).PrepareForEval(ctx)
	if err != nil {
		t.Fatal(err)
	}

	l, err := lint.New(ctx, lint.WithAsOf(asOf))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range examples {
		names = append(names, e.file)
	}
	report, err := l.CheckFS(ctx, os.DirFS("."), names)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := output.JSON(&out, output.Input{Report: report}); err != nil {
		t.Fatal(err)
	}
	byFile, err := noticelintFindings(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}

	total := 0
	for _, e := range examples {
		src, err := os.ReadFile(e.input)
		if err != nil {
			t.Fatal(err)
		}
		var input any
		if err := util.Unmarshal(src, &input); err != nil {
			t.Fatal(err)
		}
		value, err := ast.InterfaceToValue(input)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := pq.Eval(ctx, rego.EvalParsedInput(value))
		if err != nil {
			t.Fatal(err)
		}
		printed, err := json.Marshal(map[string]any{"result": rs})
		if err != nil {
			t.Fatal(err)
		}
		got, err := opaFindings(printed)
		if err != nil {
			t.Fatal(err)
		}
		if err := sameFindings(e.file, byFile[e.file], got); err != nil {
			t.Error(err)
		}
		total += len(got)
		if len(got) > 0 {
			if err := sameFindings(e.file, byFile[e.file], got[1:]); err == nil || !strings.Contains(err.Error(), "only noticelint") {
				t.Errorf("%s: a missing finding goes unnoticed: %v", e.file, err)
			}
		}
	}
	if total == 0 {
		t.Error("no findings in any example: the comparison shows nothing")
	}
}

func TestParseBench(t *testing.T) {
	const out = `goos: linux
BenchmarkAnchorExample/conpro-2         	     100	   1234567 ns/op	    987654 opa-ns/op	         1.250 x-opa
BenchmarkAnchorBatch/notices=1000/cores=2-2       	       1	850000000 ns/op	      1176 notices/s	1500 opa-notices/s	 600000000 opa-ns/op	         1.417 x-opa
PASS
`
	got, err := parseBench(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if m := got["BenchmarkAnchorExample/conpro"]; m["ns/op"] != 1234567 || m["opa-ns/op"] != 987654 || m["x-opa"] != 1.25 {
		t.Errorf("conpro: %v", m)
	}
	if m := got["BenchmarkAnchorBatch/notices=1000/cores=2"]; m["notices/s"] != 1176 || m["ns/op"] != 850000000 {
		t.Errorf("batch: %v", m)
	}
	if len(got) != 2 {
		t.Errorf("%d results, want 2: %v", len(got), got)
	}
}

func TestSameFindings(t *testing.T) {
	a := raw{"retention-missing", "/activities/0", "Retention period missing."}
	b := raw{"retention-vague", "/activities/1/retention", "Vague."}
	for _, tt := range []struct {
		name       string
		noticelint checked
		opa        []raw
		ok         bool
	}{
		{"same, any order", checked{findings: []raw{a, b}}, []raw{b, a}, true},
		{"one missing in opa", checked{findings: []raw{a, b}}, []raw{a}, false},
		{"one more in opa", checked{findings: []raw{a}}, []raw{a, b}, false},
		{"one more in opa, suppressed", checked{findings: []raw{a}, suppressed: 1}, []raw{a, b}, true},
		{"suppressed but not in opa", checked{findings: []raw{a}, suppressed: 1}, []raw{a}, false},
	} {
		if err := sameFindings("n.notice.yaml", tt.noticelint, tt.opa); (err == nil) != tt.ok {
			t.Errorf("%s: error %v", tt.name, err)
		}
	}
}
