package lint_test

import (
	"context"
	"slices"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/internal/mutate"
)

// checkSeeds are the examples and the malformed documents of the loader.
func checkSeeds(tb testing.TB) []mutate.Seed {
	tb.Helper()
	seeds, err := mutate.Seeds("../../examples/*.notice.yaml", "document/testdata/malformed/*")
	if err != nil {
		tb.Fatal(err)
	}
	return seeds
}

// FuzzCheck runs the whole check, loading, validation, every rule and
// shaping, over mutated notices: it must never fail or panic, and every
// finding must be positioned, known, sorted and the same on a second run.
func FuzzCheck(f *testing.F) {
	for _, s := range checkSeeds(f) {
		f.Add(s.JSON, s.Src)
	}
	c := newWholeCheck(f)
	f.Fuzz(c.check)
}

type wholeCheck struct {
	linter *lint.Linter
	known  map[string]bool
}

func newWholeCheck(tb testing.TB) wholeCheck {
	l := newLinter(tb)
	known := map[string]bool{}
	for _, r := range l.Rules() {
		known[r.ID] = true
	}
	return wholeCheck{l, known}
}

func (c wholeCheck) check(t *testing.T, isJSON bool, src []byte) {
	name := "fuzz.notice.yaml"
	if isJSON {
		name = "fuzz.notice.json"
	}
	got, err := c.linter.Check(context.Background(), name, src)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range got.Findings {
		if f.Line < 1 || f.Column < 1 || f.Message == "" || !c.known[f.Rule] && !finding.Reserved(f.Rule) {
			t.Fatalf("malformed finding: %+v", f)
		}
	}
	if !slices.IsSortedFunc(got.Findings, finding.Compare) {
		t.Fatal("findings are not sorted")
	}
	again, err := c.linter.Check(context.Background(), name, src)
	if err != nil || !slices.EqualFunc(got.Findings, again.Findings, func(a, b finding.Finding) bool { return finding.Compare(a, b) == 0 }) {
		t.Fatalf("a second check differs: %v", err)
	}
}

// TestFuzzCheckBriefly runs FuzzCheck's check over random edits of its seeds
// on every go test; go test -fuzz explores much further.
func TestFuzzCheckBriefly(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 40
	}
	c := newWholeCheck(t)
	i := 0
	for v := range mutate.Variants(mutate.Sources(checkSeeds(t)), n, 1) {
		c.check(t, i%2 == 0, v)
		i++
	}
}
