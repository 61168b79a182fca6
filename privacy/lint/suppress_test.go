package lint_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// suppressedNotice silences retention-vague for its payroll activity, with
// a reason that a rule reading it would take for placeholder text, and
// suppresses rights-fee, which has nothing to find.
const suppressedNotice = `title: Shop
activities:
  - name: Payroll
    retention:
      statement: as long as necessary
      x-noticelint-ignore:
        - rule: retention-vague
          reason: "TODO: the collective agreement sets the period; link it"
        - rule: rights-fee
          reason: kept for when fees come back
`

func rulesOf(fs []finding.Finding) map[string][]finding.Finding {
	by := map[string][]finding.Finding{}
	for _, f := range fs {
		by[f.Rule] = append(by[f.Rule], f)
	}
	return by
}

// The built-in rules, through the OPA engine: the suppressed finding is
// gone, the rules do not read the reason, and the suppression that
// silences nothing is reported where it is written.
func TestSuppressionsWithTheRules(t *testing.T) {
	l := newLinter(t)
	file, err := l.Check(context.Background(), "shop.notice.yaml", []byte(suppressedNotice))
	if err != nil {
		t.Fatal(err)
	}
	by := rulesOf(file.Findings)
	if len(by["retention-vague"]) > 0 || len(by["placeholder-text"]) > 0 || len(by["schema"]) > 0 {
		t.Errorf("findings %v", file.Findings)
	}
	if got := by[finding.RuleSuppression]; len(got) != 1 || got[0].Line != 9 || got[0].Column != 11 ||
		!strings.Contains(got[0].Message, "The suppression of rights-fee silences nothing") {
		t.Errorf("suppression findings %v", got)
	}
	if file.Suppressed != 1 {
		t.Errorf("suppressed %d, want 1", file.Suppressed)
	}
	// Without the suppression, the rule fires where the suppression was.
	plain, err := l.Check(context.Background(), "shop.notice.yaml", []byte(strings.Split(suppressedNotice, "      x-noticelint-ignore:")[0]))
	if err != nil {
		t.Fatal(err)
	}
	if got := rulesOf(plain.Findings)["retention-vague"]; len(got) != 1 || got[0].Pointer != "/activities/0/retention" {
		t.Errorf("retention-vague without the suppression: %v", got)
	}
}

// A suppression of a rule the configuration switches off is not reported
// as silencing nothing; a changed severity changes nothing about it.
func TestSuppressionsAndRuleSettings(t *testing.T) {
	l, err := newLinter(t).WithRuleSettings(map[string]lint.RuleSetting{
		"rights-fee":      {Off: true},
		"retention-vague": {Severity: finding.Error},
	})
	if err != nil {
		t.Fatal(err)
	}
	file, err := l.Check(context.Background(), "shop.notice.yaml", []byte(suppressedNotice))
	if err != nil {
		t.Fatal(err)
	}
	if by := rulesOf(file.Findings); len(by[finding.RuleSuppression]) > 0 || len(by["retention-vague"]) > 0 || file.Suppressed != 1 {
		t.Errorf("findings %v, %d suppressed", file.Findings, file.Suppressed)
	}
}

// A team's rule may not take an id that noticelint's own findings use.
func TestCustomRuleWithReservedID(t *testing.T) {
	fsys := fstest.MapFS{"team/suppression/suppression.rego": {Data: []byte(`# METADATA
# title: A rule that takes a reserved id
# description: It would be confused with noticelint's findings about suppressions.
# custom:
#   id: suppression
#   severity: warning
#   references:
#     - GDPR Art. 12(1)
#   fix: Rename the package.
# scope: package
package noticelint.rules.team.suppression

report contains {"message": "m", "pointer": ""} if false
`)}}
	_, err := lint.New(context.Background(), lint.WithRules(fsys, "policy"))
	if err == nil || !strings.Contains(err.Error(), `the rule id "suppression" is taken by noticelint's own findings`) {
		t.Errorf("got %v", err)
	}
}
