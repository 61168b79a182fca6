// Package pipeline is the part of a check that does not depend on the rule
// engine: load the notice, hand it to an Evaluator, turn the rules' raw
// findings into positioned findings with their rule's severity, and sort
// them. The OPA engine (package lint) and the browser build (wasm/) both run
// it, so a document gets the same findings in both, byte for byte.
package pipeline

import (
	"context"
	"fmt"

	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// Raw is a finding as a rule reports it: the router tags it with the rule
// id; the rule gives the message and the JSON Pointer.
type Raw struct {
	Rule    string `json:"rule"`
	Message string `json:"message"`
	Pointer string `json:"pointer"`
}

// Evaluator runs the rules over a loaded notice, judged as of a date
// (YYYY-MM-DD), and returns their raw findings in any order.
type Evaluator interface {
	Evaluate(ctx context.Context, doc *document.Document, asOf string) ([]Raw, error)
}

// Input is the value the rules see: {"notice": ..., "as_of": "YYYY-MM-DD"}.
func Input(doc *document.Document, asOf string) map[string]any {
	return map[string]any{"notice": doc.Value, "as_of": asOf}
}

// Rules is the set of rules a check reports for, by id, with their
// severities as configured. Findings of rules it does not hold are an error;
// findings of rules it marks off are dropped.
type Rules struct {
	byID map[string]finding.Rule
	off  map[string]bool
}

// NewRules indexes rules by id. off names rules whose findings are dropped.
func NewRules(rules []finding.Rule, off map[string]bool) Rules {
	r := Rules{byID: make(map[string]finding.Rule, len(rules)), off: off}
	for _, rule := range rules {
		r.byID[rule.ID] = rule
	}
	return r
}

// Check loads src, runs ev over it unless it is not well-formed, and
// returns every finding, sorted with finding.Sort. Syntax and schema
// problems are findings; an error means the check itself failed.
func Check(ctx context.Context, ev Evaluator, rules Rules, name string, src []byte, asOf string) (finding.File, error) {
	doc, loaded := document.Load(name, src)
	if doc == nil {
		return finding.File{File: name, Findings: loaded}, nil
	}
	found, err := CheckDocument(ctx, ev, rules, doc, asOf)
	if err != nil {
		return finding.File{File: name}, err
	}
	return finding.File{File: name, Findings: finding.Sort(append(loaded, found...))}, nil
}

// CheckDocument runs ev over a loaded document and shapes the raw findings.
func CheckDocument(ctx context.Context, ev Evaluator, rules Rules, doc *document.Document, asOf string) ([]finding.Finding, error) {
	// Evaluators may notice cancellation late or not at all.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	raw, err := ev.Evaluate(ctx, doc, asOf)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Name, err)
	}
	out := make([]finding.Finding, 0, len(raw))
	for _, r := range raw {
		f, err := rules.shape(doc, r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", doc.Name, err)
		}
		if !rules.off[f.Rule] {
			out = append(out, f)
		}
	}
	return finding.Sort(out), nil
}

// shape gives a raw finding its rule's severity and references and the
// source position of its pointer.
func (rs Rules) shape(doc *document.Document, r Raw) (finding.Finding, error) {
	rule, ok := rs.byID[r.Rule]
	if !ok || r.Message == "" {
		return finding.Finding{}, fmt.Errorf("rule %q reported a malformed finding %+v", r.Rule, r)
	}
	pos := doc.Position(r.Pointer)
	return finding.Finding{
		Rule:       r.Rule,
		Severity:   rule.Severity,
		Message:    r.Message,
		Pointer:    r.Pointer,
		Line:       pos.Line,
		Column:     pos.Column,
		References: rule.References,
	}, nil
}
