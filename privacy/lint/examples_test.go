package lint_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/output"
)

// Every built-in rule, and each of the loader's rules, documents itself with
// two notice fragments: the Avoid one makes it fire, the Prefer one does
// not. A fragment is checked as a notice of its own, as of the linter's
// fixed date (2026-11-22), and only the rule's own findings count: other
// rules may well fire on a fragment, which is a part of a notice. A fragment
// must be a valid notice, if an incomplete one: no syntax or schema finding,
// except from the Avoid fragment of the syntax or schema rule itself.
func TestRuleExamples(t *testing.T) {
	l := newLinter(t)
	rules := append(l.Rules(), output.LoaderRules()...)
	for _, r := range rules {
		t.Run(r.ID, func(t *testing.T) {
			if !r.Builtin {
				t.Fatalf("%s is not marked built in (Source %q)", r.ID, r.Source)
			}
			if r.Examples.Avoid == "" || r.Examples.Prefer == "" {
				t.Fatalf("%s: METADATA needs custom.examples with avoid and prefer", r.ID)
			}
			for _, ex := range []struct {
				name, src string
				fire      bool
			}{
				{"avoid", r.Examples.Avoid, true},
				{"prefer", r.Examples.Prefer, false},
			} {
				file, err := l.Check(context.Background(), r.ID+"."+ex.name+".notice.yaml", []byte(ex.src))
				if err != nil {
					t.Fatal(err)
				}
				var own, loader []finding.Finding
				for _, f := range file.Findings {
					switch {
					case f.Rule == r.ID:
						own = append(own, f)
					case f.Rule == finding.RuleSyntax || f.Rule == finding.RuleSchema:
						loader = append(loader, f)
					}
				}
				if len(loader) > 0 {
					t.Errorf("the %s fragment is not a valid notice:\n%s\n%s", ex.name, findings(loader), ex.src)
				}
				switch {
				case ex.fire && len(own) == 0:
					t.Errorf("the avoid fragment does not make %s fire:\n%s", r.ID, ex.src)
				case !ex.fire && len(own) > 0:
					t.Errorf("the prefer fragment makes %s fire:\n%s\n%s", r.ID, findings(own), ex.src)
				}
			}
		})
	}
	if len(rules) < 41 {
		t.Errorf("%d rules with examples, want the 39 of the catalogue and the loader's two at least", len(rules))
	}
}

func findings(fs []finding.Finding) string {
	var lines []string
	for _, f := range fs {
		lines = append(lines, "  "+f.String())
	}
	return strings.Join(slices.Compact(lines), "\n")
}
