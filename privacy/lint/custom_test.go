package lint_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// A team's own rules follow the built-in conventions and then behave like them.
func TestCustomRules(t *testing.T) {
	l, err := lint.New(context.Background(), lint.WithAsOf("2026-11-22"), lint.WithRules(os.DirFS("testdata/rules/good"), "testdata/rules/good"))
	if err != nil {
		t.Fatal(err)
	}
	r, ok := l.Rule("notice-url")
	if !ok || r.Severity != finding.Warning || r.Category != "team" || r.Title != "Notice URL missing" {
		t.Fatalf("notice-url: %+v", r)
	}
	if r.Builtin || r.Source != "testdata/rules/good/team/notice_url/notice_url.rego" || !strings.HasPrefix(r.Examples.Prefer, "title: Privacy notice\nurl: ") {
		t.Errorf("notice-url: built in %v, source %q, examples %+v", r.Builtin, r.Source, r.Examples)
	}
	file, err := l.Check(context.Background(), "x.notice.yaml", []byte("title: x\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(file.Findings, func(f finding.Finding) bool { return f.Rule == "notice-url" }) {
		t.Errorf("the custom rule did not fire: %v", file.Findings)
	}
}

// Broken custom rules give an error that names the file and the problem.
func TestBrokenCustomRules(t *testing.T) {
	tests := []struct{ dir, want string }{
		{"no-id", `data.noticelint.rules.team.no_id (testdata/rules/no-id/team/no_id/no_id.rego:1): METADATA has no custom.id; it must be "no-id", the package name with dashes`},
		{"clash", `rule id "retention-missing" is used by data.noticelint.rules.retention.retention_missing and data.noticelint.rules.team.retention_missing`},
		{"syntax", "testdata/rules/syntax/team/broken/broken.rego:21: rego_parse_error: unexpected eof token"},
		{"builtin", "testdata/rules/builtin/team/phone_home/phone_home.rego:20: rego_type_error: http.send is not allowed in noticelint rules"},
		{"misspelt", `undefined ref: input.notice.adress`},
		{"half-examples", "team/half_examples/half_examples.rego:1): custom.examples needs avoid and prefer"},
		{"no-report", "no-report (data.noticelint.rules.team.no_report): the package defines no report rule"},
	}
	for _, tt := range tests {
		dir := "testdata/rules/" + tt.dir
		_, err := lint.New(context.Background(), lint.WithRules(os.DirFS(dir), dir))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v\nwant it to contain %q", tt.dir, err, tt.want)
		}
	}
}

// Examples are optional for a team's own rules, unlike the built-in ones.
func TestCustomRuleWithoutExamples(t *testing.T) {
	rule := fstest.MapFS{"team/notice_version/notice_version.rego": {Data: []byte(`# METADATA
# title: Notice version missing
# description: Our notices carry a version label, so that readers can tell them apart.
# custom:
#   id: notice-version
#   severity: info
#   references: [GDPR Art. 12(1)]
#   fix: Add version with the notice's version label.
# scope: package
package noticelint.rules.team.notice_version

report contains {"message": "The notice has no version label.", "pointer": ""} if not input.notice.version
`)}}
	l, err := lint.New(context.Background(), lint.WithRules(rule, "policy"))
	if err != nil {
		t.Fatal(err)
	}
	r, ok := l.Rule("notice-version")
	if !ok || r.Examples != (finding.Examples{}) || r.Builtin || r.Source != "policy/team/notice_version/notice_version.rego" {
		t.Errorf("notice-version: %+v", r)
	}
	if r, _ := l.Rule("retention-missing"); !r.Builtin || r.Source != "rego/rules/retention/retention_missing/retention_missing.rego" {
		t.Errorf("retention-missing: built in %v, source %q", r.Builtin, r.Source)
	}
}

func TestRuleSettings(t *testing.T) {
	base := newLinter(t)
	l, err := base.WithRuleSettings(map[string]lint.RuleSetting{
		"notice-date":     {Off: true},
		"retention-vague": {Severity: finding.Error},
	})
	if err != nil {
		t.Fatal(err)
	}
	src := []byte("title: x\nactivities:\n  - name: A\n    retention: {statement: as long as necessary}\n")
	file, err := l.Check(context.Background(), "x.notice.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range file.Findings {
		if f.Rule == "notice-date" {
			t.Error("a disabled rule reported a finding")
		}
		if f.Rule == "retention-vague" && f.Severity != finding.Error {
			t.Errorf("retention-vague has severity %s, want error", f.Severity)
		}
	}
	if r, _ := l.Rule("retention-vague"); r.Severity != finding.Error || l.Enabled("notice-date") {
		t.Error("the rule documentation does not show the settings")
	}
	if r, _ := base.Rule("retention-vague"); r.Severity != finding.Warning {
		t.Error("WithRuleSettings changed the original linter")
	}
	if _, err := base.WithRuleSettings(map[string]lint.RuleSetting{"no-such-rule": {Off: true}}); err == nil {
		t.Error("an unknown rule id was accepted")
	}
}

// A custom rule whose report is not a set of findings, each an object with
// a message and a pointer, makes the check fail with an error that names
// the rule, rather than give a finding without a message or none at all.
func TestCustomRuleReportShape(t *testing.T) {
	tests := []struct{ report, want string }{
		{`report := 3`, "rule notice-version returned number, not a set of findings"},
		{`report := {"message": "m", "pointer": ""}`, "rule notice-version returned object, not a set of findings"},
		{`report contains "no version" if not input.notice.version`, `rule "notice-version" reported a malformed finding`},
		{`report contains {"pointer": ""} if not input.notice.version`, `rule "notice-version" reported a malformed finding`},
		{`report contains {"message": 1, "pointer": ""} if not input.notice.version`, `rule "notice-version" reported a malformed finding`},
	}
	for _, tt := range tests {
		rule := fstest.MapFS{"team/notice_version/notice_version.rego": {Data: []byte(`# METADATA
# title: Notice version missing
# description: Our notices carry a version label.
# custom:
#   id: notice-version
#   severity: info
#   references: [GDPR Art. 12(1)]
#   fix: Add version.
# scope: package
package noticelint.rules.team.notice_version

` + tt.report + "\n")}}
		l, err := lint.New(context.Background(), lint.WithRules(rule, "policy"))
		if err != nil {
			t.Errorf("%s: %v", tt.report, err)
			continue
		}
		_, err = l.Check(context.Background(), "x.notice.yaml", []byte("title: x\n"))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v\nwant it to contain %q", tt.report, err, tt.want)
		}
	}
}
