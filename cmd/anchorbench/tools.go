package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

const (
	modulePath = "github.com/noticelint/noticelint"
	opaModule  = "github.com/open-policy-agent/opa"
)

// logf reports what the program does, on standard error.
func logf(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }

// moduleRoot finds the noticelint module above the working directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if src, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			if bytes.HasPrefix(src, []byte("module "+modulePath+"\n")) {
				return dir, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("run anchorbench inside the %s module", modulePath)
		}
		dir = parent
	}
}

// goCommand runs the go command in dir, its output on standard error.
func goCommand(ctx context.Context, dir string, env []string, args ...string) error {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	logf("$ %s", join(slices.Concat(env, []string{"go"}, args)))
	return cmd.Run()
}

// buildNoticelint builds the command line into dir.
func buildNoticelint(ctx context.Context, root, dir string) (string, error) {
	bin := filepath.Join(dir, "noticelint")
	return bin, goCommand(ctx, root, nil, "build", "-o", bin, "./cmd/noticelint")
}

// opaVersion is the OPA version noticelint links, as go.mod requires it.
func opaVersion(ctx context.Context, root string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", "list", "-m", "-f", "{{if .Replace}}replaced{{else}}{{.Version}}{{end}}", opaModule)
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go list -m %s: %w", opaModule, err)
	}
	v := strings.TrimSpace(string(out))
	if v == "replaced" {
		return "", fmt.Errorf("go.mod replaces %s; pass -opa", opaModule)
	}
	return v, nil
}

// findOPA returns an opa binary of the given version (v1.22.2): explicit if
// set, else opa on PATH if it is that version, else one installed with go
// install into the user's cache directory, installing it there if needed.
func findOPA(ctx context.Context, explicit, version string) (string, error) {
	want := strings.TrimPrefix(version, "v")
	if explicit != "" {
		got, err := binaryVersion(ctx, explicit)
		if err != nil {
			return "", err
		}
		if got != want {
			return "", fmt.Errorf("%s is OPA %s, not %s, the version noticelint links", explicit, got, want)
		}
		logf("opa: using %s (OPA %s)", explicit, got)
		return explicit, nil
	}
	if p, err := exec.LookPath("opa"); err == nil {
		if got, err := binaryVersion(ctx, p); err == nil && got == want {
			logf("opa: using %s from PATH (OPA %s)", p, got)
			return p, nil
		}
		logf("opa: %s on PATH is not OPA %s; not using it", p, want)
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	gobin := filepath.Join(cache, "noticelint-anchorbench", "opa-"+version)
	bin := filepath.Join(gobin, "opa")
	if got, err := binaryVersion(ctx, bin); err == nil && got == want {
		logf("opa: using %s (OPA %s, installed by an earlier run)", bin, got)
		return bin, nil
	}
	logf("opa: installing OPA %s into %s (once; later runs reuse it)", version, gobin)
	if err := goCommand(ctx, os.TempDir(), []string{"GOBIN=" + gobin, "GOFLAGS=", "GOWORK=off"}, "install", opaModule+"@"+version); err != nil {
		return "", fmt.Errorf("installing opa: %w", err)
	}
	got, err := binaryVersion(ctx, bin)
	if err != nil {
		return "", err
	}
	if got != want {
		return "", fmt.Errorf("%s reports OPA %s, not %s", bin, got, want)
	}
	return bin, nil
}

// binaryVersion runs `opa version` and returns the version it reports.
func binaryVersion(ctx context.Context, bin string) (string, error) {
	out, err := exec.CommandContext(ctx, bin, "version").Output()
	if err != nil {
		return "", fmt.Errorf("%s version: %w", bin, err)
	}
	for line := range strings.Lines(string(out)) {
		if v, ok := strings.CutPrefix(line, "Version: "); ok {
			return strings.TrimSpace(v), nil
		}
	}
	return "", fmt.Errorf("%s version: no version in %q", bin, out)
}

// process is one command line to time.
type process struct {
	argv    []string
	exitOK  []int // exit statuses that are not failures
	dir     string
	lastOut []byte
	elapsed []time.Duration
}

// run runs the process once and records its wall time, from start to exit.
func (p *process) run(ctx context.Context, record bool) error {
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, p.argv[0], p.argv[1:]...)
	cmd.Dir = p.dir
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	if exit, ok := errors.AsType[*exec.ExitError](err); ok && slices.Contains(p.exitOK, exit.ExitCode()) {
		err = nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w\n%s", strings.Join(p.argv, " "), err, stderr.Bytes())
	}
	p.lastOut = stdout.Bytes()
	if record {
		p.elapsed = append(p.elapsed, elapsed)
	}
	return nil
}

// median of the durations.
func median(ds []time.Duration) time.Duration {
	s := slices.Sorted(slices.Values(ds))
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// benchLine is one result line of go test -bench: the benchmark's name
// without the GOMAXPROCS suffix, and its metrics by unit.
var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)

// parseBench reads go test -bench output.
func parseBench(r io.Reader) (map[string]map[string]float64, error) {
	out := map[string]map[string]float64{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		m := benchLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		fields := strings.Fields(m[2])
		if len(fields)%2 != 0 {
			return nil, fmt.Errorf("cannot read benchmark line %q", sc.Text())
		}
		metrics := map[string]float64{}
		for i := 0; i < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				return nil, fmt.Errorf("cannot read benchmark line %q: %w", sc.Text(), err)
			}
			metrics[fields[i+1]] = v
		}
		out[m[1]] = metrics
	}
	return out, sc.Err()
}

// runBenchmarks runs the anchor benchmarks of privacy/lint, echoing go
// test's output on standard error, and returns their results.
func runBenchmarks(ctx context.Context, root, benchtime string) (map[string]map[string]float64, error) {
	args := []string{"test", "-run", "^$", "-bench", "^BenchmarkAnchor", "-benchtime", benchtime, "-count", "1", "./privacy/lint"}
	logf("$ %s", join(append([]string{"go"}, args...)))
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = root
	cmd.Stdout = io.MultiWriter(&out, os.Stderr)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go test -bench: %w", err)
	}
	return parseBench(&out)
}

// loadAverage is the one-minute load average, or -1 where unknown.
func loadAverage() float64 {
	src, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return -1
	}
	f := strings.Fields(string(src))
	if len(f) == 0 {
		return -1
	}
	v, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return -1
	}
	return v
}

// cpuModel is the processor's model name, where /proc/cpuinfo tells it.
func cpuModel() string {
	src, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for line := range strings.Lines(string(src)) {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

// join formats a command line for the shell, quoting where needed.
func join(argv []string) string {
	out := make([]string, len(argv))
	for i, a := range argv {
		out[i] = a
		if a == "" || strings.ContainsAny(a, " \t\n'\"\\$*?[]{}()<>|&;#~") {
			out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	return strings.Join(out, " ")
}
