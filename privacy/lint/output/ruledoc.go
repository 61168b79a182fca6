package output

import (
	"fmt"
	"strings"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// RuleMarkdown is a rule's documentation page in GitHub-flavoured Markdown,
// written from its metadata alone: title, id, severity, category, legal
// references, Rego package and source file, what it checks and why, how to
// fix, the Avoid and Prefer examples and the related resources. Each
// docs/rules/<id>.md of the repository is this page, and `noticelint
// explain --format markdown` prints it.
//
// root is where links to the repository's files start: "../../" from
// docs/rules, SourceURI elsewhere. Only a built-in rule's source is linked;
// a custom rule's is named as found.
func RuleMarkdown(r finding.Rule, root string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %s\n\n", r.ID, r.Title)
	fmt.Fprintf(&b, "- **Severity:** %s\n", r.Severity)
	fmt.Fprintf(&b, "- **Category:** %s\n", r.Category)
	if len(r.References) > 0 {
		fmt.Fprintf(&b, "- **References:** %s\n", strings.Join(r.References, "; "))
	}
	if r.Package != "" {
		fmt.Fprintf(&b, "- **Rego package:** `%s`\n", r.Package)
	}
	switch {
	case r.Source != "" && r.Builtin:
		fmt.Fprintf(&b, "- **Source:** [`%s`](%s%s)\n", r.Source, root, r.Source)
	case r.Source != "":
		fmt.Fprintf(&b, "- **Source:** `%s`\n", r.Source)
	}
	if r.Description != "" {
		fmt.Fprintf(&b, "\n## What it checks and why\n\n%s\n", r.Description)
	}
	if r.Fix != "" {
		fmt.Fprintf(&b, "\n## How to fix\n\n%s\n", r.Fix)
	}
	if r.Examples.Avoid != "" {
		fmt.Fprintf(&b, "\n## Avoid\n\n```yaml\n%s\n```\n", r.Examples.Avoid)
	}
	if r.Examples.Prefer != "" {
		fmt.Fprintf(&b, "\n## Prefer\n\n```yaml\n%s\n```\n", r.Examples.Prefer)
	}
	if len(r.Resources) > 0 {
		b.WriteString("\n## Related resources\n\n")
		for _, res := range r.Resources {
			fmt.Fprintf(&b, "- [%s](%s)\n", res.Description, res.URL)
		}
	}
	return b.String()
}
