package config

import (
	"testing"
	"time"

	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
)

func TestParse(t *testing.T) {
	src := `# team defaults
as_of: 2026-01-01
fail_on: warning
rules:
  notice-date: off
  retention-vague: error
rule_dirs: [policy]
ignore: ["drafts/**", "*.draft.notice.yaml"]
timeout: 30s
limits:
  max_bytes: 20000000
  max_depth: 32
`
	c, err := Parse(".noticelint.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.AsOf != "2026-01-01" || c.FailOn != "warning" || len(c.RuleDirs) != 1 || c.RuleDirs[0] != "policy" {
		t.Errorf("got %+v", c)
	}
	if c.Timeout != 30*time.Second || c.Limits != (document.Limits{MaxBytes: 20_000_000, MaxDepth: 32}) {
		t.Errorf("timeout %v, limits %+v", c.Timeout, c.Limits)
	}
	if !c.Rules["notice-date"].Off || c.Rules["retention-vague"].Severity != finding.Error {
		t.Errorf("rules %+v", c.Rules)
	}
	for rel, want := range map[string]bool{
		"drafts/a.notice.yaml":       true,
		"drafts":                     true,
		"draftsman/a.notice.yaml":    false,
		"shop.draft.notice.yaml":     true,
		"sub/shop.draft.notice.yaml": false,
		"examples/shop.notice.yaml":  false,
	} {
		if got := c.Ignored(rel); got != want {
			t.Errorf("Ignored(%q) = %v, want %v", rel, got, want)
		}
	}
}

func TestEmptyConfig(t *testing.T) {
	for _, src := range []string{"", "# nothing yet\n"} {
		c, err := Parse(".noticelint.yaml", []byte(src))
		if err != nil || c.AsOf != "" || len(c.Rules) != 0 {
			t.Errorf("%q: %+v, %v", src, c, err)
		}
	}
}

// Every mistake names the file, line and column and what was expected.
func TestParseErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown field", "fail_on: error\nfailon: warning\n", `c.yaml:2:1: unknown field "failon"; expected one of: as_of, fail_on, rules, rule_dirs, ignore, timeout, limits`},
		{"bad timeout", "timeout: soon\n", `c.yaml:1:1: timeout "soon": expected a positive duration such as 10s or 1m`},
		{"negative timeout", "timeout: -5s\n", `c.yaml:1:1: timeout "-5s": expected a positive duration such as 10s or 1m`},
		{"limits not an object", "limits: 5\n", `c.yaml:1:1: limits must be an object with fields such as max_bytes and max_depth`},
		{"unknown limit", "limits:\n  max_size: 5\n", `c.yaml:2:3: unknown limit "max_size"; expected one of: max_bytes, max_depth, max_nodes, max_string_bytes`},
		{"limit not a number", "limits:\n  max_depth: deep\n", `c.yaml:2:3: max_depth must be a positive whole number`},
		{"limit zero", "limits:\n  max_nodes: 0\n", `c.yaml:2:3: max_nodes must be a positive whole number`},
		{"bad severity", "rules:\n  notice-date: of\n", `c.yaml:2:3: rule "notice-date": expected off, error, warning or info`},
		{"bad fail_on", "fail_on: errors\n", `c.yaml:1:1: fail_on "errors": expected error, warning, info or never`},
		{"bad date", "as_of: 1 Jan 2026\n", `c.yaml:1:1: as_of "1 Jan 2026": expected a date written YYYY-MM-DD`},
		{"impossible date", "as_of: 2026-02-30\n", `c.yaml:1:1: as_of "2026-02-30": expected a date written YYYY-MM-DD`},
		{"rules not a map", "rules: [notice-date]\n", `c.yaml:1:1: rules must map rule ids to off or a severity (error, warning, info)`},
		{"dirs not a list", "rule_dirs: policy\n", `c.yaml:1:1: rule_dirs must be a list of text`},
		{"number in ignore", "ignore:\n  - drafts/**\n  - 7\n", `c.yaml:3:5: ignore must be a list of text`},
		{"bad pattern", "ignore: [\"[\"]\n", `c.yaml:1:10: ignore pattern "[" is malformed`},
		{"not an object", "- fail_on\n", `c.yaml:1:1: the configuration must be an object with fields such as fail_on and rules`},
		{"syntax", "rules:\n\tnotice-date: off\n", `c.yaml:2:1: a tab is used for indentation here; YAML allows only spaces for indentation`},
	}
	for _, tt := range tests {
		_, err := Parse("c.yaml", []byte(tt.src))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s:\n got %v\nwant %s", tt.name, err, tt.want)
		}
	}
}

func TestCheckRuleIDs(t *testing.T) {
	c, err := Parse("c.yaml", []byte("rules:\n  notice-date: off\n  retention-vauge: info\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = c.CheckRuleIDs(func(id string) bool { return id == "notice-date" })
	if err == nil || err.Error() != `c.yaml:3:3: unknown rule "retention-vauge"; noticelint rules lists the rule ids` {
		t.Errorf("got %v", err)
	}
}
