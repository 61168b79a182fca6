package pipeline

import (
	"fmt"
	"strings"

	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// suppress applies the document's suppressions to the rules' findings (see
// the package documentation): it returns the findings no suppression
// silences, followed by one finding for each suppression that is wrong, and
// the number of findings silenced. found is reused.
func (rs Rules) suppress(doc *document.Document, found []finding.Finding) ([]finding.Finding, int) {
	sups := doc.Suppressions()
	if len(sups) == 0 {
		return found, 0
	}
	// The suppressions that can silence anything, by rule and object; the
	// first of several of the same rule in the same object.
	active := make(map[scopedRule]int, len(sups))
	for i, s := range sups {
		k := scopedRule{s.Rule, s.Scope}
		if _, dup := active[k]; !dup && rs.suppressible(s.Rule) {
			active[k] = i
		}
	}
	used := make([]bool, len(sups))
	kept := found[:0]
	silenced := 0
	for _, f := range found {
		if i, ok := covering(active, f); ok {
			used[i] = true
			silenced++
			continue
		}
		kept = append(kept, f)
	}
	for i, s := range sups {
		if msg := rs.problem(sups, i, active, used[i]); msg != "" {
			kept = append(kept, finding.Finding{
				Rule:     finding.RuleSuppression,
				Severity: finding.Warning,
				Message:  msg,
				Pointer:  s.Pointer,
				Line:     s.Position.Line,
				Column:   s.Position.Column,
			})
		}
	}
	return kept, silenced
}

// scopedRule is a rule id and the pointer of the object a suppression of it
// is listed in.
type scopedRule struct{ rule, scope string }

// suppressible reports whether a suppression of the rule with this id can
// silence findings: the rule is known and is not one of noticelint's own.
func (rs Rules) suppressible(id string) bool {
	_, known := rs.byID[id]
	return known && !finding.Reserved(id)
}

// covering returns the suppression that silences f: the one of f's rule in
// the innermost object that holds f's pointer, from the pointer itself up
// to the notice. The cost is linear in the length of the pointer.
func covering(active map[scopedRule]int, f finding.Finding) (int, bool) {
	p := f.Pointer
	for {
		if i, ok := active[scopedRule{f.Rule, p}]; ok {
			return i, true
		}
		if p == "" {
			return 0, false
		}
		p = p[:max(strings.LastIndexByte(p, '/'), 0)]
	}
}

// problem returns the message of the finding about suppression i, or "" when
// it is right. An entry gets one finding at most: the first problem of
// those below, in order, since a suppression that must be corrected or
// removed needs no reason first.
func (rs Rules) problem(sups []document.Suppression, i int, active map[scopedRule]int, used bool) string {
	s := sups[i]
	_, known := rs.byID[s.Rule]
	switch {
	case strings.TrimSpace(s.Rule) == "":
		return `The suppression names no rule; write the id of the rule whose findings it silences in "rule", or remove it.`
	case finding.Reserved(s.Rule):
		return reservedMessage(s.Rule)
	case !known:
		msg := fmt.Sprintf("The suppression names the unknown rule %q", s.Rule)
		if sug := document.Suggest(s.Rule, rs.ids); sug != "" {
			return msg + fmt.Sprintf("; did you mean %q?", sug)
		}
		return msg + "; noticelint rules lists the rule ids."
	case active[scopedRule{s.Rule, s.Scope}] != i:
		first := sups[active[scopedRule{s.Rule, s.Scope}]]
		return fmt.Sprintf("The suppression of %s repeats the one at line %d, which silences the same rule here; remove it.", s.Rule, first.Position.Line)
	case !used && !rs.off[s.Rule]:
		return fmt.Sprintf("The suppression of %s silences nothing: the rule finds no problem %s; remove the suppression.", s.Rule, within(s.Scope))
	case strings.TrimSpace(s.Reason) == "":
		return fmt.Sprintf(`The suppression of %s gives no reason; say in "reason" why the rule's finding does not apply here.`, s.Rule)
	}
	return ""
}

// reservedMessage explains why the findings of one of noticelint's own
// rules cannot be suppressed.
func reservedMessage(id string) string {
	switch id {
	case finding.RuleSyntax:
		return "Syntax findings cannot be suppressed: a notice that cannot be read is not checked at all; remove the suppression."
	case finding.RuleSchema:
		return "Schema findings cannot be suppressed: correct the notice where the schema finding points, and remove the suppression."
	}
	return "Findings about suppressions cannot be suppressed: correct or remove the suppression they point at, and remove this one."
}

// within says where a suppression applies: "anywhere in the notice" or
// "in activities/0 or anything in it".
func within(scope string) string {
	if scope == "" {
		return "anywhere in the notice"
	}
	segs := strings.Split(scope[1:], "/")
	for i, s := range segs {
		segs[i] = strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
	}
	return "in " + strings.Join(segs, "/") + " or anything in it"
}
