// Package pipeline is the part of a check that does not depend on the rule
// engine: load the notice, hand it to an Evaluator, turn the rules' raw
// findings into positioned findings with their rule's severity, apply the
// notice's suppressions, and sort them. The OPA engine (package lint) and
// the browser build (wasm/) both run it, so a document gets the same
// findings in both, byte for byte.
//
// # Suppressions
//
// Any object of a notice may list suppressions under x-noticelint-ignore,
// each a rule id and a reason:
//
//	retention:
//	  statement: as long as the contract runs
//	  x-noticelint-ignore:
//	    - rule: retention-vague
//	      reason: the contract term is fixed in the annex
//
// A suppression silences the findings of its rule whose pointer is the
// object that lists it or lies below it; the innermost suppression that
// covers a finding is the one that silences it. The rules never see the
// lists (document.Document.RuleValue). Syntax, schema and suppression
// findings cannot be suppressed. A suppression is itself reported, under
// the rule id finding.RuleSuppression with severity warning, when it gives
// no reason, names no rule, an unknown rule or one of those that cannot be
// suppressed, repeats another suppression of the same rule in the same
// object, or silences nothing. A suppression of a rule that is switched off
// silences nothing but is not reported for it: it may be needed again when
// the rule is switched back on.
package pipeline

import (
	"context"
	"fmt"
	"slices"
	"strings"

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

// Input is the value the rules see: {"notice": ..., "as_of": "YYYY-MM-DD",
// "text": ...}, where the notice is the document without its suppression
// lists (document.Document.RuleValue) and text is every string of the
// notice (Text). Every Evaluator hands the rules this value.
func Input(doc *document.Document, asOf string) map[string]any {
	notice := doc.RuleValue()
	return map[string]any{"notice": notice, "as_of": asOf, "text": Text(notice)}
}

// Text is every string value of v, object keys left out, each followed by
// a line break, with the members of each object in key order. Rules that
// look for words anywhere in a notice search it first: finding a word in
// one string costs a fraction of writing out the notice in Rego.
func Text(v any) string {
	var b strings.Builder
	b.Grow(textLen(v))
	appendText(&b, v)
	return b.String()
}

func textLen(v any) int {
	switch v := v.(type) {
	case string:
		return len(v) + 1
	case []any:
		n := 0
		for _, x := range v {
			n += textLen(x)
		}
		return n
	case map[string]any:
		n := 0
		for _, x := range v {
			n += textLen(x)
		}
		return n
	}
	return 0
}

func appendText(b *strings.Builder, v any) {
	switch v := v.(type) {
	case string:
		b.WriteString(v)
		b.WriteByte('\n')
	case []any:
		for _, x := range v {
			appendText(b, x)
		}
	case map[string]any:
		var buf [16]string // the keys of most objects, without allocating
		keys := buf[:0]
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			appendText(b, v[k])
		}
	}
}

// Rules is the set of rules a check reports for, by id, with their
// severities as configured. Findings of rules it does not hold are an error;
// findings of rules it marks off are dropped.
type Rules struct {
	byID map[string]finding.Rule
	ids  []string // the ids in the order given, for suggestions
	off  map[string]bool
}

// NewRules indexes rules by id. off names rules whose findings are dropped.
func NewRules(rules []finding.Rule, off map[string]bool) Rules {
	r := Rules{byID: make(map[string]finding.Rule, len(rules)), ids: make([]string, 0, len(rules)), off: off}
	for _, rule := range rules {
		r.byID[rule.ID] = rule
		r.ids = append(r.ids, rule.ID)
	}
	return r
}

// Check loads src under limits, runs ev over it unless it is not
// well-formed, applies the notice's suppressions and returns every finding,
// sorted with finding.Sort, and the number of findings suppressed. Syntax
// and schema problems, and limits exceeded, are findings; an error means
// the check itself failed.
func Check(ctx context.Context, ev Evaluator, rules Rules, limits document.Limits, name string, src []byte, asOf string) (finding.File, error) {
	doc, loaded := limits.Load(name, src)
	if doc == nil {
		return finding.File{File: name, Findings: loaded}, nil
	}
	found, suppressed, err := check(ctx, ev, rules, doc, asOf)
	if err != nil {
		return finding.File{File: name}, err
	}
	return finding.File{File: name, Findings: finding.Sort(append(loaded, found...)), Suppressed: suppressed}, nil
}

// CheckDocument runs ev over a loaded document, shapes the raw findings and
// applies the document's suppressions: it returns the findings no
// suppression silences and the findings about the suppressions themselves.
// The loader's findings (document.Load) are not among them. The findings
// are sorted with finding.Sort.
func CheckDocument(ctx context.Context, ev Evaluator, rules Rules, doc *document.Document, asOf string) ([]finding.Finding, error) {
	found, _, err := check(ctx, ev, rules, doc, asOf)
	if err != nil {
		return nil, err
	}
	return finding.Sort(found), nil
}

// check is CheckDocument, unsorted, that also counts the findings
// suppressed. Check sorts its findings once, with the loader's.
func check(ctx context.Context, ev Evaluator, rules Rules, doc *document.Document, asOf string) ([]finding.Finding, int, error) {
	// Evaluators may notice cancellation late or not at all.
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	raw, err := ev.Evaluate(ctx, doc, asOf)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", doc.Name, err)
	}
	out := make([]finding.Finding, 0, len(raw))
	for _, r := range raw {
		f, err := rules.shape(doc, r)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %w", doc.Name, err)
		}
		if !rules.off[f.Rule] {
			out = append(out, f)
		}
	}
	out, suppressed := rules.suppress(doc, out)
	return out, suppressed, nil
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
