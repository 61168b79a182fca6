package output

import (
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// The pages of docs/rules are checked against the rules by the CLI's
// TestRuleDocs; here, the parts a rule may lack and a custom rule's source.
func TestRuleMarkdown(t *testing.T) {
	builtin := fixture.Rules[2] // retention-missing
	builtin.Source = "rego/rules/retention/retention_missing/retention_missing.rego"
	builtin.Examples = finding.Examples{Avoid: "activities:\n  - name: Newsletter", Prefer: "activities:\n  - name: Newsletter\n    retention: {period: P2Y}"}
	page := RuleMarkdown(builtin, "../../")
	for _, want := range []string{
		"# retention-missing: Retention period missing\n\n",
		"- **Source:** [`rego/rules/retention/retention_missing/retention_missing.rego`](../../rego/rules/retention/retention_missing/retention_missing.rego)\n",
		"## Avoid\n\n```yaml\nactivities:\n  - name: Newsletter\n```\n",
		"## Prefer\n\n```yaml\n",
		"## Related resources\n\n- [GDPR Art. 13](https://gdpr-info.eu/art-13-gdpr/)\n",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("no %q in\n%s", want, page)
		}
	}

	custom := fixture.Rules[1] // placeholder-text, a custom rule without examples or resources
	page = RuleMarkdown(custom, SourceURI)
	if !strings.Contains(page, "- **Source:** `policy/content/placeholder_text/placeholder_text.rego`\n") {
		t.Errorf("a custom rule's source is named, not linked:\n%s", page)
	}
	for _, absent := range []string{"## Avoid", "## Prefer", "## Related resources", "github.com"} {
		if strings.Contains(page, absent) {
			t.Errorf("%q in the page of a rule without it:\n%s", absent, page)
		}
	}
}
