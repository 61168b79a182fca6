package document

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/malformed")

// jargon is what a policy editor must never read in a message.
var jargon = []string{"jsonschema", "$defs", "#/", "doesn't validate", "yaml:", "additionalProperties", "oneOf", "const", "pattern", "unmarshal"}

// Each malformed document gives exactly one finding, with a position, in
// plain words; the golden file beside it holds the expected line.
func TestMalformed(t *testing.T) {
	files, err := filepath.Glob("testdata/malformed/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range files {
		if strings.HasSuffix(file, ".golden") {
			continue
		}
		n++
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			_, fs := Load(name, src)
			var got strings.Builder
			for _, f := range fs {
				got.WriteString(name + ":" + f.String() + "\n")
			}
			if len(fs) != 1 {
				t.Errorf("got %d findings, want 1:\n%s", len(fs), got.String())
			}
			for _, f := range fs {
				checkFinding(t, f)
			}
			golden := file + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got.String() != string(want) {
				t.Errorf("got:\n%swant:\n%s", got.String(), want)
			}
		})
	}
	if n < 60 {
		t.Errorf("only %d malformed documents; want at least 60", n)
	}
}

// checkFinding checks what every loader finding must satisfy.
func checkFinding(t *testing.T, f finding.Finding) {
	t.Helper()
	if f.Line < 1 || f.Column < 1 {
		t.Errorf("finding without a position: %v", f)
	}
	if f.Rule != finding.RuleSyntax && f.Rule != finding.RuleSchema || f.Severity != finding.Error {
		t.Errorf("rule %q severity %q, want syntax or schema error", f.Rule, f.Severity)
	}
	if f.Message == "" {
		t.Errorf("empty message: %v", f)
	}
	for _, j := range jargon {
		if strings.Contains(f.Message, j) {
			t.Errorf("message contains %q: %s", j, f.Message)
		}
	}
}
