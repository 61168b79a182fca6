package lint

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

var ruleID = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// rulesPrefix is the package path under which every rule lives.
var rulesPrefix = ast.MustParseRef("data.noticelint.rules")

// rulesFromAnnotations reads every rule's metadata from the compiled modules'
// package annotations and checks that it is complete.
func rulesFromAnnotations(c *ast.Compiler) ([]finding.Rule, error) {
	var rules []finding.Rule
	var problems []string
	for _, entry := range c.GetAnnotationSet().Flatten() {
		a := entry.Annotations
		if a.Scope != "package" || !entry.Path.HasPrefix(rulesPrefix) || len(entry.Path) != len(rulesPrefix)+2 {
			continue
		}
		category := strings.Trim(entry.Path[len(rulesPrefix)].String(), `"`)
		name := strings.Trim(entry.Path[len(rulesPrefix)+1].String(), `"`)
		r := finding.Rule{
			ID:          str(a.Custom["id"]),
			Category:    category,
			Title:       a.Title,
			Description: strings.TrimSpace(a.Description),
			Severity:    finding.Severity(str(a.Custom["severity"])),
			References:  strs(a.Custom["references"]),
			Fix:         strings.TrimSpace(str(a.Custom["fix"])),
			Package:     entry.Path.String(),
		}
		for _, rr := range a.RelatedResources {
			r.Resources = append(r.Resources, finding.Resource{Description: rr.Description, URL: rr.Ref.String()})
		}
		where := fmt.Sprintf("%s (%s)", r.Package, a.Location)
		switch {
		case r.ID == "":
			problems = append(problems, fmt.Sprintf("%s: METADATA has no custom.id; it must be %q, the package name with dashes", where, strings.ReplaceAll(name, "_", "-")))
		case r.ID != strings.ReplaceAll(name, "_", "-"):
			problems = append(problems, fmt.Sprintf("%s: custom.id %q must be the package name with dashes, %q", where, r.ID, strings.ReplaceAll(name, "_", "-")))
		case !ruleID.MatchString(r.ID) || r.ID == finding.RuleSyntax || r.ID == finding.RuleSchema:
			problems = append(problems, fmt.Sprintf("%s: custom.id %q is not a free kebab-case id", where, r.ID))
		case r.Title == "" || r.Description == "" || r.Fix == "":
			problems = append(problems, fmt.Sprintf("%s: METADATA needs a title, a description and custom.fix", where))
		case len(r.References) == 0:
			problems = append(problems, fmt.Sprintf("%s: custom.references lists no legal reference", where))
		}
		if _, err := finding.ParseSeverity(string(r.Severity)); err != nil {
			problems = append(problems, fmt.Sprintf("%s: custom.severity: %v", where, err))
		}
		rules = append(rules, r)
	}
	slices.SortFunc(rules, func(a, b finding.Rule) int { return cmp.Compare(a.ID, b.ID) })
	for i := 1; i < len(rules); i++ {
		if rules[i].ID == rules[i-1].ID {
			problems = append(problems, fmt.Sprintf("rule id %q is used by %s and %s", rules[i].ID, rules[i-1].Package, rules[i].Package))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("rule metadata:\n  %s", strings.Join(problems, "\n  "))
	}
	return rules, nil
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strs(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
