// Package output renders a finding.Report for people and machines. Every
// format is a pure function of its Input, so each is tested once with golden
// files and behaves the same in the CLI and in the library.
package output

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// Input is what every format renders.
type Input struct {
	// Report holds the findings, file by file, and their summary.
	Report finding.Report
	// Rules documents every rule that may appear, sorted by id. The sarif
	// and junit formats list them; the loader's own rules (syntax, schema)
	// are added when missing.
	Rules []finding.Rule
	// Color colours the severities with ANSI codes; only text honours it.
	// The caller decides (the CLI: stdout is a terminal and NO_COLOR is unset).
	Color bool
}

// Format writes its input in one output format.
type Format func(w io.Writer, in Input) error

// formats is the factory behind Lookup and Names: one entry per format,
// each implemented in the file of the same name.
var formats = map[string]Format{
	"github": GitHub,
	"json":   JSON,
	"junit":  JUnit,
	"sarif":  SARIF,
	"text":   Text,
}

// Lookup returns the format with the given name.
func Lookup(name string) (Format, error) {
	if f, ok := formats[name]; ok {
		return f, nil
	}
	return nil, fmt.Errorf("unknown format %q: expected one of %s", name, strings.Join(Names(), ", "))
}

// Names lists the format names, sorted, for flag help.
func Names() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// loaderRules documents the rules the loader reports before any Rego rule
// runs; they have no METADATA block to be read from.
var loaderRules = []finding.Rule{
	{
		ID:          finding.RuleSchema,
		Category:    "loader",
		Title:       "Notice does not match the schema",
		Description: "A field is missing, misspelled, of the wrong type or outside its list of allowed values, so the notice cannot be read as a privacy notice and the rules that depend on that field cannot check it.",
		Severity:    finding.Error,
		Fix:         "Correct the value at the reported pointer as the notice schema (schema/notice.schema.json) describes it.",
		Resources: []finding.Resource{
			{Description: "The notice JSON Schema, generated from the typed model", URL: SourceURI + "schema/notice.schema.json"},
		},
		Examples: finding.Examples{
			Avoid:  "controler:  # misspelt: the notice does not name its controller\n  name: Atelier Voorbeeld BV",
			Prefer: "controller:\n  name: Atelier Voorbeeld BV",
		},
		Source:  "privacy/lint/document/validate.go",
		Builtin: true,
	},
	{
		ID:          finding.RuleSyntax,
		Category:    "loader",
		Title:       "Notice is not well-formed YAML or JSON",
		Description: "The file cannot be parsed as YAML or JSON, or it exceeds a loading limit (its size, its nesting depth, its number of values with YAML aliases expanded, or the length of one text), so no rule can check it. The limits keep a broken or hostile file from exhausting memory or time; the message names the limit that was hit.",
		Severity:    finding.Error,
		Fix:         "Correct the syntax at the reported line and column, then run the check again. For a limit, shrink the notice, or raise the limit with the flag or configuration field the message names (such as --max-depth or limits.max_depth).",
		Resources: []finding.Resource{
			{Description: "YAML 1.2.2, the YAML specification", URL: "https://yaml.org/spec/1.2.2/"},
			{Description: "RFC 8259, the JSON data interchange format", URL: "https://www.rfc-editor.org/rfc/rfc8259"},
		},
		Examples: finding.Examples{
			Avoid:  "title: Privacy notice\nlanguages: [nl, en  # the list is never closed",
			Prefer: "title: Privacy notice\nlanguages: [nl, en]",
		},
		Source:  "privacy/lint/document/document.go",
		Builtin: true,
	},
	{
		ID:          finding.RuleSuppression,
		Category:    "loader",
		Title:       "Suppression is wrong or unused",
		Description: "A notice may silence a rule's findings for one object with x-noticelint-ignore: a list of {rule, reason}. A suppression that gives no reason, names no rule, an unknown rule or one that cannot be suppressed (syntax, schema, suppression), repeats another in the same object, or silences nothing hides the notice's real state from reviewers, so it is reported itself.",
		Severity:    finding.Warning,
		Fix:         "Give the suppression a reason, correct its rule id, or remove it when it no longer silences anything.",
		Resources: []finding.Resource{
			{Description: "How suppressions work (package pipeline)", URL: SourceURI + "privacy/lint/pipeline/pipeline.go"},
		},
		Examples: finding.Examples{
			Avoid:  "activities:\n  - name: Newsletter\n    retention:\n      statement: as long as necessary\n      x-noticelint-ignore:\n        - rule: retention-vague  # no reason given",
			Prefer: "activities:\n  - name: Newsletter\n    retention:\n      statement: as long as necessary\n      x-noticelint-ignore:\n        - rule: retention-vague\n          reason: the subscription terms fix the period; legal is rewriting this section",
		},
		Source:  "privacy/lint/pipeline/suppress.go",
		Builtin: true,
	},
}

// LoaderRules documents the rules the loader reports before any Rego rule
// runs, syntax and schema, sorted by id.
func LoaderRules() []finding.Rule {
	rules := slices.Clone(loaderRules)
	slices.SortFunc(rules, func(a, b finding.Rule) int { return cmp.Compare(a.ID, b.ID) })
	return rules
}

// ruleDocs returns the documentation of every rule the structured formats
// list, sorted by id: in.Rules, the loader's rules unless in.Rules already
// has them, and a bare entry for any rule that has findings but no
// documentation, so that no finding refers to a rule the output omits.
func ruleDocs(in Input) []finding.Rule {
	rules := slices.Clone(in.Rules)
	has := make(map[string]bool, len(rules))
	add := func(r finding.Rule) {
		if !has[r.ID] {
			has[r.ID] = true
			rules = append(rules, r)
		}
	}
	for _, r := range rules {
		has[r.ID] = true
	}
	for _, r := range loaderRules {
		add(r)
	}
	for _, f := range in.Report.Files {
		for _, x := range f.Findings {
			add(finding.Rule{ID: x.Rule})
		}
	}
	slices.SortStableFunc(rules, func(a, b finding.Rule) int { return cmp.Compare(a.ID, b.ID) })
	return rules
}

// errWriter keeps the first write error so formats need not check each line.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func (e *errWriter) write(s string) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}

// plural writes n and the noun, in the plural unless n is 1; "info" is
// uncountable.
func plural(n int, noun string) string {
	if n == 1 || noun == "info" {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
