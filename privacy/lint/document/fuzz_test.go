package document

import (
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/internal/mutate"
)

// seeds reads the seed corpus matching the patterns.
func seeds(tb testing.TB, patterns ...string) []mutate.Seed {
	tb.Helper()
	out, err := mutate.Seeds(patterns...)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func fuzzName(isJSON bool) string {
	if isJSON {
		return "fuzz.json"
	}
	return "fuzz.yaml"
}

var (
	parseSeeds    = []string{"testdata/malformed/*", "testdata/valid/*"}
	validateSeeds = []string{"../../../examples/*.notice.yaml", "testdata/valid/*", "testdata/malformed/*"}
)

// FuzzParse checks that no input makes the loader panic or hang, and that
// every finding and suppression has a position.
func FuzzParse(f *testing.F) {
	for _, s := range seeds(f, parseSeeds...) {
		f.Add(s.JSON, s.Src)
	}
	f.Add(false, []byte("a: &a [*a]\nb: {<<: *a}\n"))
	f.Add(false, []byte("? [x]\n: y\n"))
	f.Add(true, []byte(`{"a": [1e400, "\ud800", -0.0e-0]}`))
	f.Add(false, []byte("title: T\nx-noticelint-ignore: [{rule: notice-date, reason: draft}]\ncontroller:\n  x-noticelint-ignore:\n    - rule: controller-identity\n"))
	f.Fuzz(checkParse)
}

func checkParse(t *testing.T, isJSON bool, src []byte) {
	d, fs := Load(fuzzName(isJSON), src)
	if d == nil && len(fs) == 0 {
		t.Fatal("no document and no finding")
	}
	for _, f := range fs {
		if f.Line < 1 || f.Column < 1 {
			t.Fatalf("finding without a position: %v", f)
		}
	}
	if d != nil {
		d.Position("/a/0/b")
		d.Notice()
		d.RuleValue()
		for _, s := range d.Suppressions() {
			if pos := d.Position(s.Pointer); pos.Line < 1 {
				t.Fatalf("suppression without a position: %+v", s)
			}
		}
	}
}

// FuzzValidate starts from valid notices and checks that schema validation
// never panics, that every finding it gives sits where its pointer is, and
// that the quick check agrees with the validator.
func FuzzValidate(f *testing.F) {
	for _, s := range seeds(f, validateSeeds...) {
		f.Add(s.JSON, s.Src)
	}
	f.Fuzz(func(t *testing.T, isJSON bool, src []byte) {
		checkValidate(t, isJSON, src)
		if d, _ := Parse(fuzzName(isJSON), src); d != nil {
			checkQuick(t, d.Value)
		}
	})
}

func checkValidate(t *testing.T, isJSON bool, src []byte) {
	d, _ := Parse(fuzzName(isJSON), src)
	if d == nil {
		return
	}
	for _, f := range d.Validate() {
		if f.Rule != "schema" || f.Line < 1 || f.Column < 1 || f.Message == "" {
			t.Fatalf("malformed schema finding: %+v", f)
		}
		if pos := d.Position(f.Pointer); pos != (Position{f.Line, f.Column}) {
			t.Fatalf("finding at %d:%d but its pointer %q is at %v: %s", f.Line, f.Column, f.Pointer, pos, f.Message)
		}
	}
}

// TestFuzzTargetsBriefly runs the fuzz targets' checks over random edits of
// their seeds on every go test; go test -fuzz explores much further.
func TestFuzzTargetsBriefly(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 150
	}
	for _, target := range []struct {
		name  string
		seeds []string
		check func(*testing.T, bool, []byte)
	}{
		{"FuzzParse", parseSeeds, checkParse},
		{"FuzzValidate", validateSeeds, checkValidate},
	} {
		t.Run(target.name, func(t *testing.T) {
			i := 0
			for v := range mutate.Variants(mutate.Sources(seeds(t, target.seeds...)), n, 1) {
				target.check(t, i%2 == 0, v)
				i++
			}
		})
	}
}
