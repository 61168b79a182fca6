package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// asOf pins the date the examples are judged at, so the golden files do
// not change with the calendar.
const asOf = "2026-11-22"

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// The examples are the acceptance suite: each one's findings, in JSON and
// text, are committed beside it under examples/golden/.
// exampleFormats are the output formats pinned for every example, with the
// golden file's extension.
var exampleFormats = map[string]string{"json": ".json", "text": ".txt", "sarif": ".sarif", "junit": ".junit.xml", "github": ".github.txt"}

func TestExamplesGolden(t *testing.T) {
	t.Chdir("../..")
	files, err := filepath.Glob("examples/*.notice.yaml")
	if err != nil || len(files) < 6 {
		t.Fatalf("want at least six examples, found %v (%v)", files, err)
	}
	for _, file := range files {
		slug := strings.TrimSuffix(filepath.Base(file), ".notice.yaml")
		for format, ext := range exampleFormats {
			t.Run(slug+"/"+format, func(t *testing.T) {
				code, out, stderr := runCLI(t, "check", "--format", format, "--as-of", asOf, file)
				if stderr != "" {
					t.Errorf("stderr: %s", stderr)
				}
				if want := map[bool]int{true: 1, false: 0}[slug != "reference"]; code != want {
					t.Errorf("exit code %d, want %d", code, want)
				}
				golden(t, filepath.Join("examples", "golden", slug+ext), out)
			})
		}
	}
}

func TestReferenceNoticeIsClean(t *testing.T) {
	t.Chdir("../..")
	code, out, _ := runCLI(t, "check", "--as-of", asOf, "examples/reference.notice.yaml")
	if code != 0 || !strings.Contains(out, "0 errors, 0 warnings") {
		t.Errorf("reference notice: exit %d\n%s", code, out)
	}
}

func TestExitCodes(t *testing.T) {
	t.Chdir("../..")
	tests := []struct {
		name   string
		args   []string
		want   int
		stderr string
	}{
		{"no arguments", nil, 2, "Usage"},
		{"unknown command", []string{"lint"}, 2, `unknown command "lint"`},
		{"no paths", []string{"check"}, 2, "at least one file"},
		{"unknown format", []string{"check", "--format", "xml", "examples"}, 2, `unknown format "xml"`},
		{"bad as-of", []string{"check", "--as-of", "22/11/2026", "examples"}, 2, "expected a date written YYYY-MM-DD"},
		{"impossible as-of", []string{"check", "--as-of", "2026-02-30", "examples"}, 2, "YYYY-MM-DD"},
		{"missing file", []string{"check", "no/such.notice.yaml"}, 2, "no such file"},
		{"unknown flag", []string{"check", "--colour", "examples"}, 2, "flag provided but not defined"},
		{"clean notice", []string{"check", "--as-of", asOf, "examples/reference.notice.yaml"}, 0, ""},
		{"flags after paths", []string{"check", "examples/reference.notice.yaml", "--as-of", asOf, "--format", "json"}, 0, ""},
		{"notice with errors", []string{"check", "--as-of", asOf, "examples/conpro.notice.yaml"}, 1, ""},
		{"directory with errors", []string{"check", "--as-of", asOf, "examples"}, 1, ""},
		{"help", []string{"help"}, 0, ""},
		{"negative timeout", []string{"check", "--timeout", "-1s", "examples"}, 2, "--timeout -1s: expected a positive duration"},
		{"bad timeout", []string{"check", "--timeout", "soon", "examples"}, 2, "invalid value"},
		{"negative limit", []string{"check", "--max-depth", "-3", "examples"}, 2, "--max-depth -3: expected a positive number"},
		{"generous limits", []string{"check", "--as-of", asOf, "--max-bytes", "20000000", "--max-depth", "20", "--max-nodes", "50000", "--max-string-bytes", "5000", "--timeout", "1m", "examples/reference.notice.yaml"}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.want, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.stderr)
			}
		})
	}
}

// Each limit, set by flag, stops a notice that exceeds it with a finding
// that names the limit and its flag.
func TestLimitFlags(t *testing.T) {
	t.Chdir("../..")
	tests := []struct {
		flag, value, want string
	}{
		{"--max-bytes", "1000", "reference.notice.yaml:1:1: error syntax: the file is"},
		{"--max-depth", "3", "nested more than 3 levels deep, the depth limit (max_depth, --max-depth)"},
		{"--max-nodes", "100", "values, the limit (max_nodes, --max-nodes)"},
		{"--max-string-bytes", "40", "(max_string_bytes, --max-string-bytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.flag, func(t *testing.T) {
			code, out, _ := runCLI(t, "check", "--as-of", asOf, tt.flag, tt.value, "examples/reference.notice.yaml")
			if code != exitFindings || !strings.Contains(out, tt.want) || !strings.Contains(out, tt.flag[2:]) {
				t.Errorf("exit %d, output:\n%s\nwant exit 1 and %q", code, out, tt.want)
			}
		})
	}
}

// A directory is searched for notice files only, in a stable order.
func TestDirectoryExpansion(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"b/site.notice.yaml": "title: B\n",
		"a.notice.json":      `{"title": "A"}`,
		"a/c.notice.yml":     "title: C\n",
		"notes.yaml":         "not: a notice\n",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := expand([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	// WalkDir visits each directory's entries in lexical order: "a" before "a.notice.json".
	want := []string{"a/c.notice.yml", "a.notice.json", "b/site.notice.yaml"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != filepath.Join(dir, want[i]) {
			t.Errorf("file %d: got %s, want %s", i, got[i], want[i])
		}
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/noticelint -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test ./cmd/noticelint -update and review the diff):\n%s", path, got)
	}
}
