// Command anchorbench measures noticelint against its anchor, OPA evaluating
// the same rules, data and input, and prints one table of figures and
// ratios, all measured in one run:
//
//   - whole-process wall time of `noticelint check --format json examples/`
//     against one `opa eval` per example (their sum), and of each example
//     alone, the median of -runs runs;
//   - in-process times from the anchor benchmarks of privacy/lint (go test
//     -bench '^BenchmarkAnchor'): each example and generated notices of 10 to
//     10,000 activities through the library's Check against OPA's prepared
//     query, 1,000 notices on two cores, and the start-up work, lint.New
//     against OPA parsing the rules and preparing the query.
//
// It builds noticelint into a temporary directory and uses the opa binary of
// the OPA version noticelint links (v1.22.2): -opa, else opa on PATH if it is
// that version, else one it installs once with go install into the user's
// cache directory. opa eval gets the same .rego files (tests excluded), the
// facts mounted at data.noticelint.facts.<name> and, for each example, the
// input the rules see, {"notice": ..., "as_of": ...}, as JSON. Before timing,
// it checks that opa eval and noticelint report the same findings for every
// example, and stops if they do not.
//
// Usage, from the module:
//
//	go run ./cmd/anchorbench [-runs 20] [-benchtime 1s] [-bench=false] [-opa PATH] [-keep]
//
// docs/performance.md explains the figures and the targets.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"slices"
	"strings"
	"time"
)

func main() {
	var o options
	flag.IntVar(&o.runs, "runs", 20, "timed runs of each command; the table shows the median")
	flag.StringVar(&o.benchtime, "benchtime", "1s", "go test -benchtime for the in-process benchmarks")
	flag.BoolVar(&o.bench, "bench", true, "run the in-process benchmarks")
	flag.StringVar(&o.opa, "opa", "", "the opa binary to use (default: find or install the version noticelint links)")
	flag.BoolVar(&o.keep, "keep", false, "keep the temporary directory with the noticelint binary and opa's inputs")
	flag.Parse()
	if o.runs < 1 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, o); err != nil {
		fmt.Fprintln(os.Stderr, "anchorbench:", err)
		os.Exit(1)
	}
}

type options struct {
	runs      int
	benchtime string
	bench     bool
	opa       string
	keep      bool
}

// asOf is the date notices are judged at, the one the anchor benchmarks of
// privacy/lint use.
const asOf = "2026-11-22"

func run(ctx context.Context, o options) error {
	loadBefore := loadAverage()
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "anchorbench-")
	if err != nil {
		return err
	}
	if o.keep {
		logf("keeping %s", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}

	version, err := opaVersion(ctx, root)
	if err != nil {
		return err
	}
	noticelint, err := buildNoticelint(ctx, root, tmp)
	if err != nil {
		return fmt.Errorf("building noticelint: %w", err)
	}
	opa, err := findOPA(ctx, o.opa, version)
	if err != nil {
		return err
	}
	examples, err := prepareExamples(root, tmp, asOf)
	if err != nil {
		return err
	}
	data, err := opaDataArgs()
	if err != nil {
		return err
	}

	// The processes to time: noticelint over the directory, and noticelint
	// and opa eval over each example.
	check := func(paths ...string) *process {
		argv := append([]string{noticelint, "check", "--as-of", asOf, "--format", "json"}, paths...)
		return &process{argv: argv, dir: root, exitOK: []int{1}} // 1: there are findings
	}
	all := check("examples/")
	var single, evals []*process
	for _, e := range examples {
		single = append(single, check(e.file))
		argv := append([]string{opa, "eval", "--format", "json"}, data...)
		evals = append(evals, &process{argv: append(argv, "-i", e.input, query), dir: root})
	}
	logf("noticelint: %s", join(all.argv))
	logf("opa eval, in %s, for each example: %s", root, join(evals[0].argv))

	// A first round, not timed, warms the page cache and checks that both
	// report the same findings.
	findings := map[string]int{}
	if err := all.run(ctx, false); err != nil {
		return err
	}
	byFile, err := noticelintFindings(all.lastOut)
	if err != nil {
		return err
	}
	if len(byFile) != len(examples) {
		return fmt.Errorf("noticelint checked %d files in examples/, anchorbench found %d notices", len(byFile), len(examples))
	}
	for i, e := range examples {
		if err := evals[i].run(ctx, false); err != nil {
			return err
		}
		got, err := opaFindings(evals[i].lastOut)
		if err != nil {
			return err
		}
		if err := single[i].run(ctx, false); err != nil {
			return err
		}
		one, err := noticelintFindings(single[i].lastOut)
		if err != nil {
			return err
		}
		for _, files := range []map[string]checked{byFile, one} {
			nl, ok := files[e.file]
			if !ok {
				return fmt.Errorf("noticelint's report has no %s", e.file)
			}
			if err := sameFindings(e.file, nl, got); err != nil {
				return err
			}
		}
		findings[e.name] = len(got)
	}
	logf("opa eval and noticelint report the same findings for all %d examples", len(examples))

	logf("timing %d runs of each command", o.runs)
	var sums []time.Duration // opa eval over every example, per run
	for r := range o.runs {
		if err := all.run(ctx, true); err != nil {
			return err
		}
		var sum time.Duration
		for i := range examples {
			pair := []*process{evals[i], single[i]}
			if r%2 == 1 {
				slices.Reverse(pair)
			}
			for _, p := range pair {
				if err := p.run(ctx, true); err != nil {
					return err
				}
			}
			sum += evals[i].elapsed[r]
		}
		sums = append(sums, sum)
	}

	var bench map[string]map[string]float64
	if o.bench {
		if bench, err = runBenchmarks(ctx, root, o.benchtime); err != nil {
			return err
		}
	}

	t := &table{}
	t.title("noticelint against its anchor, OPA %s; notices judged as of %s", version, asOf)
	t.title("%d CPUs (%s), GOMAXPROCS %d; load average %.2f before, %.2f after",
		runtime.NumCPU(), cpuModel(), runtime.GOMAXPROCS(0), loadBefore, loadAverage())
	t.header()
	t.section("Whole process: wall time, median of %d runs", o.runs)
	nl, op := seconds(median(all.elapsed)), seconds(median(sums))
	t.row(fmt.Sprintf("  check examples/ vs %d opa eval, one per notice", len(examples)), nl, op, "≤ 1", nl <= op)
	for i, e := range examples {
		nl, op := seconds(median(single[i].elapsed)), seconds(median(evals[i].elapsed))
		t.row(fmt.Sprintf("  check %s (%d findings)", e.file, findings[e.name]), nl, op, "≤ 1", nl <= op)
	}
	if bench != nil {
		var missing []string
		result := func(name string) map[string]float64 {
			m, ok := bench[name]
			if !ok {
				missing = append(missing, name)
			}
			return m
		}
		t.section("In process: the library against OPA's prepared query, go test -bench, -benchtime %s", o.benchtime)
		m := result("BenchmarkAnchorPrepare")
		t.info("  start-up: lint.New vs parse and PrepareForEval", m["ns/op"]/1e9, m["opa-ns/op"]/1e9)
		for _, e := range examples {
			m := result("BenchmarkAnchorExample/" + e.name)
			t.row("  check "+e.file, m["ns/op"]/1e9, m["opa-ns/op"]/1e9, "≤ 1.5", m["x-opa"] <= 1.5)
		}
		per := map[int][2]float64{}
		for _, n := range []int{10, 100, 1000, 10000} {
			m := result(fmt.Sprintf("BenchmarkAnchorActivities/activities=%d", n))
			per[n] = [2]float64{m["ns/op"], m["opa-ns/op"]}
			t.row(fmt.Sprintf("  check %s generated activities", thousands(n)), m["ns/op"]/1e9, m["opa-ns/op"]/1e9, "≤ 1.5", m["x-opa"] <= 1.5)
		}
		// Linear: ten times the activities take at most 11 times as long.
		nl, op := per[10000][0]/per[1000][0], per[10000][1]/per[1000][1]
		t.growth("  growth from 1,000 to 10,000 activities", nl, op, "≤ ×11", nl <= 11)
		// Why: OPA alone, one rule, the same work per activity; only the
		// activities' size differs (BenchmarkAnchorMemory).
		for _, extra := range []int{0, 20} {
			small := result(fmt.Sprintf("BenchmarkAnchorMemory/extra-fields=%d/activities=1000", extra))
			large := result(fmt.Sprintf("BenchmarkAnchorMemory/extra-fields=%d/activities=10000", extra))
			t.add(rowFormat, fmt.Sprintf("    OPA, one rule, activities with %d extra fields", extra), "", fmt.Sprintf("×%.1f", large["ns/op"]/small["ns/op"]), "", "", "")
		}
		m = result("BenchmarkAnchorBatch/notices=1000/cores=2")
		batch := m["ns/op"] / 1e9
		t.row("  1,000 notices on 2 cores (the examples in turn)", batch, m["opa-ns/op"]/1e9, "< 1 s", batch < 1)
		t.rate("    throughput", m["notices/s"], m["opa-notices/s"])
		if len(missing) > 0 {
			return fmt.Errorf("go test -bench reported no result for %s", strings.Join(missing, ", "))
		}
	}
	t.print(os.Stdout)
	return nil
}
