package document

import (
	"cmp"
	"maps"
	"slices"

	"github.com/noticelint/noticelint/privacy"
)

// Suppression is one entry of an x-noticelint-ignore list (see
// privacy.SuppressionKey), with where it stands. Applying it is the
// pipeline's work; the document only finds it.
type Suppression struct {
	// Rule is the rule id as written; "" when the entry names none.
	Rule string
	// Reason is the reason as written; "" when the entry gives none.
	Reason string
	// Scope is the JSON Pointer of the object that lists the suppression:
	// it silences findings whose pointer is Scope or lies below it.
	Scope string
	// Pointer is the JSON Pointer of the entry itself, such as
	// /activities/0/x-noticelint-ignore/0.
	Pointer string
	// Position is the entry's position in the source.
	Position Position
}

// suppressions is what extracting the suppressions of a document yields,
// computed once, on first use.
type suppressions struct {
	list []Suppression
	// value is Document.Value without the suppression lists: the same value
	// when it has none, otherwise a copy of the objects on the way to them
	// that shares everything else.
	value any
}

// Suppressions returns the document's suppressions in the order they are
// written. Only well-formed entries are returned: an object whose rule is
// text and whose reason, if given, is text. Validate reports the others as
// schema findings; they silence nothing. It is safe for concurrent use.
func (d *Document) Suppressions() []Suppression {
	if d == nil {
		return nil
	}
	return d.extracted().list
}

// RuleValue returns the document as the rules judge it: Value without the
// x-noticelint-ignore lists, wherever they are, so that no rule reads a
// suppression as part of the notice (a reason that says "TODO" is not
// placeholder text). It shares Value's memory and must not be modified. It
// is safe for concurrent use.
func (d *Document) RuleValue() any {
	if d == nil {
		return nil
	}
	return d.extracted().value
}

func (d *Document) extracted() *suppressions {
	d.suppressOnce.Do(func() {
		if d.noSuppressions {
			d.suppressed.value = d.Value
			return
		}
		x := &extractor{doc: d}
		d.suppressed.value, _ = x.walk(d.Value)
		d.suppressed.list = x.list
		// Map order is random; an aliased list puts entries of several
		// objects at one position, so the pointer breaks ties.
		slices.SortFunc(d.suppressed.list, func(a, b Suppression) int {
			return cmp.Or(
				cmp.Compare(a.Position.Line, b.Position.Line),
				cmp.Compare(a.Position.Column, b.Position.Column),
				cmp.Compare(a.Pointer, b.Pointer),
			)
		})
	})
	return &d.suppressed
}

// extractor walks a value, collecting suppressions and building the value
// without them. The walk allocates nothing until it finds a suppression
// list: a notice without one costs a single pass over its values.
type extractor struct {
	doc  *Document
	path path
	list []Suppression
}

// walk returns v without its suppression lists, and whether it had any.
// When it had none, the value returned is v itself; otherwise the objects
// and lists on the way to them are copies and all else is shared.
func (x *extractor) walk(v any) (any, bool) {
	switch v := v.(type) {
	case map[string]any:
		var out map[string]any // a copy, made at the first change
		if entries, ok := v[privacy.SuppressionKey]; ok {
			x.collect(entries)
			out = maps.Clone(v)
			delete(out, privacy.SuppressionKey)
		}
		for key, child := range v {
			if key == privacy.SuppressionKey {
				continue
			}
			x.path = append(x.path, pathSeg{key: key, isKey: true})
			stripped, changed := x.walk(child)
			x.path = x.path[:len(x.path)-1]
			if changed {
				if out == nil {
					out = maps.Clone(v)
				}
				out[key] = stripped
			}
		}
		if out != nil {
			return out, true
		}
	case []any:
		var out []any // a copy, made at the first change
		for i, child := range v {
			x.path = append(x.path, pathSeg{index: i})
			stripped, changed := x.walk(child)
			x.path = x.path[:len(x.path)-1]
			if changed {
				if out == nil {
					out = slices.Clone(v)
				}
				out[i] = stripped
			}
		}
		if out != nil {
			return out, true
		}
	}
	return v, false
}

// collect records the well-formed entries of the suppression list at the
// current path.
func (x *extractor) collect(entries any) {
	list, ok := entries.([]any)
	if !ok {
		return
	}
	scope := x.path.String()
	for i, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			continue
		}
		rule, ok := m["rule"].(string)
		if !ok {
			continue
		}
		reason, ok := m["reason"].(string)
		if _, given := m["reason"]; given && !ok {
			continue
		}
		x.path = append(x.path, pathSeg{key: privacy.SuppressionKey, isKey: true}, pathSeg{index: i})
		pointer := x.path.String()
		x.path = x.path[:len(x.path)-2]
		x.list = append(x.list, Suppression{
			Rule:     rule,
			Reason:   reason,
			Scope:    scope,
			Pointer:  pointer,
			Position: x.doc.Position(pointer),
		})
	}
}

// Suggest returns the candidate that word is most likely a misspelling of,
// as messages suggest a field for an unknown one, or "" when none is close.
// The pipeline suggests rule ids with it.
func Suggest(word string, candidates []string) string { return suggest(word, candidates) }
