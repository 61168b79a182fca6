package lint_test

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

var update = flag.Bool("update", false, "rewrite generated files")

// The README's rule table is generated from the rules' metadata; this test
// fails when it is stale (go test ./privacy/lint -run README -update).
func TestREADMERuleTable(t *testing.T) {
	const path = "../../README.md"
	const start, end = "<!-- rules:start -->\n", "<!-- rules:end -->"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	before, rest, ok1 := strings.Cut(string(src), start)
	_, after, ok2 := strings.Cut(rest, end)
	if !ok1 || !ok2 {
		t.Fatalf("%s lacks the %q and %q markers", path, start, end)
	}
	want := before + start + ruleTable(newLinter(t).Rules()) + end + after
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(src) != want {
		t.Errorf("the rule table in %s is stale: run go test ./privacy/lint -run README -update", path)
	}
}

func ruleTable(rules []finding.Rule) string {
	var b strings.Builder
	b.WriteString("| id | severity | what it flags | references |\n|---|---|---|---|\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "| [`%s`](docs/rules/%s.md) | %s | %s | %s |\n", r.ID, r.ID, r.Severity, r.Title, strings.Join(r.References, "; "))
	}
	return b.String()
}
