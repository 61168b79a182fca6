package lint

import (
	"cmp"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/noticelint/noticelint/privacy/lint/finding"
	builtin "github.com/noticelint/noticelint/rego"
)

var ruleID = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// rulesPrefix is the package path under which every rule lives.
var rulesPrefix = ast.MustParseRef("data.noticelint.rules")

// builtinDir is the folder of the repository that package rego embeds: a
// built-in rule's file name, relative to it, is prefixed with it in Source.
const builtinDir = "rego/"

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
		if a.Location != nil {
			r.Source, r.Builtin = source(a.Location.File)
		}
		examples, examplesOK := readExamples(a.Custom["examples"])
		r.Examples = examples
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
		case !examplesOK:
			problems = append(problems, fmt.Sprintf("%s: custom.examples needs avoid and prefer, each a YAML fragment of a notice (a block scalar)", where))
		case r.Builtin && r.Examples == (finding.Examples{}):
			problems = append(problems, fmt.Sprintf("%s: a built-in rule needs custom.examples with avoid and prefer", where))
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

// source is the Source of a rule defined in the named module, and whether
// the rule is built in: the built-in rules' modules are named by their path
// in package rego, custom ones carry the name of their directory. (A custom
// file that takes the very name of a built-in one replaces it when the
// bundles merge, so that case cannot be told apart and counts as built in.)
func source(module string) (string, bool) {
	if _, err := fs.Stat(builtin.FS(), module); err == nil && strings.HasPrefix(module, "rules/") {
		return builtinDir + module, true
	}
	return module, false
}

// readExamples reads custom.examples: absent, or an object with a non-blank
// avoid and prefer string. ok is false for anything else.
func readExamples(v any) (e finding.Examples, ok bool) {
	if v == nil {
		return e, true
	}
	m, _ := v.(map[string]any)
	e = finding.Examples{Avoid: strings.TrimSpace(str(m["avoid"])), Prefer: strings.TrimSpace(str(m["prefer"]))}
	return e, len(m) == 2 && e.Avoid != "" && e.Prefer != ""
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
