package lint_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// FuzzCheck runs the whole check, loading, validation, every rule and
// shaping, over mutated notices: it must never fail or panic, and every
// finding must be positioned, known, sorted and the same on a second run.
func FuzzCheck(f *testing.F) {
	files, _ := filepath.Glob("../../examples/*.notice.yaml")
	malformed, _ := filepath.Glob("document/testdata/malformed/*")
	for _, file := range append(files, malformed...) {
		if filepath.Ext(file) == ".golden" {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(filepath.Ext(file) == ".json", src)
	}
	l := newLinter(f)
	known := map[string]bool{finding.RuleSyntax: true, finding.RuleSchema: true}
	for _, r := range l.Rules() {
		known[r.ID] = true
	}
	f.Fuzz(func(t *testing.T, isJSON bool, src []byte) {
		name := "fuzz.notice.yaml"
		if isJSON {
			name = "fuzz.notice.json"
		}
		got, err := l.Check(context.Background(), name, src)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range got.Findings {
			if f.Line < 1 || f.Column < 1 || f.Message == "" || !known[f.Rule] && !finding.Reserved(f.Rule) {
				t.Fatalf("malformed finding: %+v", f)
			}
		}
		if !slices.IsSortedFunc(got.Findings, finding.Compare) {
			t.Fatal("findings are not sorted")
		}
		again, err := l.Check(context.Background(), name, src)
		if err != nil || !slices.EqualFunc(got.Findings, again.Findings, func(a, b finding.Finding) bool { return finding.Compare(a, b) == 0 }) {
			t.Fatalf("a second check differs: %v", err)
		}
	})
}
