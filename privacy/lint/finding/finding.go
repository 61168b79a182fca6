// Package finding holds what a check reports: findings with their rule,
// severity, message and position, and the report that collects them. It has
// no dependency on the rule engine, so every front end (the CLI, the library
// and the browser build) shapes and prints findings with the same code.
package finding

import (
	"cmp"
	"fmt"
	"slices"
)

// Rule ids of the findings noticelint itself reports rather than a rule:
// the loader's, before any rule runs, and the check's about suppressions.
// No rule may take one of these ids, and no finding of theirs can be
// suppressed.
const (
	// RuleSyntax reports a document that is not well-formed YAML or JSON.
	RuleSyntax = "syntax"
	// RuleSchema reports a document that does not match the notice schema.
	RuleSchema = "schema"
	// RuleSuppression reports a suppression (x-noticelint-ignore) that is
	// wrong: it gives no reason, names an unknown rule or one whose findings
	// cannot be suppressed, repeats another, or silences nothing. Its
	// findings are warnings.
	RuleSuppression = "suppression"
)

// Reserved reports whether id is one of the rule ids noticelint reports
// itself: RuleSyntax, RuleSchema or RuleSuppression.
func Reserved(id string) bool {
	return id == RuleSyntax || id == RuleSchema || id == RuleSuppression
}

// Finding is one problem found in a notice.
type Finding struct {
	// Rule is the stable, kebab-case id of the rule that found the problem.
	Rule string `json:"rule"`
	// Severity is how serious the problem is.
	Severity Severity `json:"severity"`
	// Message says what is wrong, in words a policy editor understands.
	Message string `json:"message"`
	// Pointer is the JSON Pointer (RFC 6901) of the offending value, or of the object that lacks it.
	Pointer string `json:"pointer"`
	// Line is the 1-based line of the pointed value in the source; 0 when unknown.
	Line int `json:"line"`
	// Column is the 1-based column, counted in characters; 0 when unknown.
	Column int `json:"column"`
	// References are the legal provisions the rule rests on, such as "GDPR Art. 13(2)(a)".
	References []string `json:"references,omitempty"`
}

// String formats the finding as line:col: severity rule: message.
func (f Finding) String() string {
	return fmt.Sprintf("%d:%d: %s %s: %s", f.Line, f.Column, f.Severity, f.Rule, f.Message)
}

// Compare orders findings by position, then rule, message and pointer, so
// that output is stable whatever order the rules produced them in.
func Compare(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(a.Pointer, b.Pointer),
		cmp.Compare(a.Severity.rank(), b.Severity.rank()),
	)
}

// Sort sorts findings in place with Compare and drops exact duplicates.
func Sort(fs []Finding) []Finding {
	slices.SortFunc(fs, Compare)
	return slices.CompactFunc(fs, func(a, b Finding) bool {
		return Compare(a, b) == 0 && slices.Equal(a.References, b.References)
	})
}
