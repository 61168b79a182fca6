package document

import (
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// quickSchema answers the one question that most validations ask, whether
// the schema accepts a value, without what makes the validator slow: it
// builds no error tree, joins no locations and tracks no evaluated
// properties. Validate asks it first and runs the validator, whose errors
// become the findings, only on what it does not accept.
//
// It is built from the compiled schema, so that it reads the keywords
// exactly as the validator does and reuses the validator's regular
// expressions and format checks. It may refuse a value the validator
// accepts, which costs only time, but must never accept a value the
// validator refuses: a keyword it does not implement makes
// compileQuick fail, and Validate then uses the validator alone.
type quickSchema struct {
	always, never bool // a boolean schema

	types uint8 // the types allowed, as bits; 0 for any

	constant []any // the const value, when there is one
	enum     []any // enum values that are not text
	enumText map[string]struct{}
	hasEnum  bool

	format func(any) bool

	// Objects.
	minProps, maxProps int
	required           []string
	props              map[string]*quickSchema
	patternProps       []quickPattern
	propertyNames      *quickSchema
	additional         *quickSchema // additionalProperties as a schema
	noAdditional       bool         // additionalProperties: false

	// Arrays.
	minItems, maxItems int
	prefixItems        []*quickSchema
	items              *quickSchema // items of draft 2020, or items as one schema before it

	// Texts.
	minLength, maxLength int
	pattern              *regexp.Regexp

	// Numbers.
	minimum, exclusiveMinimum, maximum, exclusiveMaximum, multipleOf *big.Rat

	// Applicators that check the value in place.
	ref              *quickSchema
	not              *quickSchema
	allOf            []*quickSchema
	anyOf            []*quickSchema
	oneOf            []*quickSchema
	ifs, then, elses *quickSchema
}

type quickPattern struct {
	re     *regexp.Regexp
	schema *quickSchema
}

// JSON types as bits, in the validator's names.
const (
	typeNull uint8 = 1 << iota
	typeBoolean
	typeNumber
	typeString
	typeArray
	typeObject
	typeInteger // only in quickSchema.types: a number without a fraction
)

var typeBits = map[string]uint8{
	"null": typeNull, "boolean": typeBoolean, "number": typeNumber, "integer": typeInteger,
	"string": typeString, "array": typeArray, "object": typeObject,
}

// quickCompiler builds quickSchemas, one per compiled schema.
type quickCompiler struct {
	formats map[string]func(any) bool // the compiler's own formats, before jsonschema.Formats
	built   map[*jsonschema.Schema]*quickSchema
	// inPlace lists, for cycle detection, the schemas a schema applies to
	// the same value ($ref, allOf, not...).
	inPlace map[*quickSchema][]*quickSchema
}

// compileQuick builds the quickSchema of s, or fails when s uses a keyword
// that quickSchema does not implement. It requires the schemas to have been
// compiled with format assertions on.
func compileQuick(c *jsonschema.Compiler, roots ...*jsonschema.Schema) ([]*quickSchema, error) {
	qc := &quickCompiler{formats: c.Formats, built: map[*jsonschema.Schema]*quickSchema{}, inPlace: map[*quickSchema][]*quickSchema{}}
	out := make([]*quickSchema, len(roots))
	for i, r := range roots {
		q, err := qc.build(r)
		if err != nil {
			return nil, err
		}
		out[i] = q
	}
	if err := noInPlaceCycle(qc.inPlace); err != nil {
		return nil, err
	}
	return out, nil
}

// noInPlaceCycle fails when the in-place applicators of quick schemas
// ($ref, allOf, not...) form a cycle: a loop the validator reports as an
// error, and on which quickSchema.valid would recurse forever.
func noInPlaceCycle(inPlace map[*quickSchema][]*quickSchema) error {
	state := map[*quickSchema]int{} // 1 visiting, 2 done
	var visit func(q *quickSchema) bool
	visit = func(q *quickSchema) bool {
		switch state[q] {
		case 1:
			return false
		case 2:
			return true
		}
		state[q] = 1
		for _, n := range inPlace[q] {
			if !visit(n) {
				return false
			}
		}
		state[q] = 2
		return true
	}
	for q := range inPlace {
		if !visit(q) {
			return fmt.Errorf("the schema refers to itself in place")
		}
	}
	return nil
}

func (qc *quickCompiler) build(s *jsonschema.Schema) (*quickSchema, error) {
	if s == nil {
		return nil, nil
	}
	if q, ok := qc.built[s]; ok {
		return q, nil
	}
	q := &quickSchema{}
	qc.built[s] = q
	switch {
	case s.RecursiveRef != nil, s.DynamicRef != nil, s.RecursiveAnchor, s.DynamicAnchor != "",
		len(s.Dependencies) > 0, len(s.DependentRequired) > 0, len(s.DependentSchemas) > 0,
		s.UnevaluatedProperties != nil, s.UnevaluatedItems != nil, s.RegexProperties,
		s.UniqueItems, s.Contains != nil, s.AdditionalItems != nil,
		s.ContentEncoding != "" || s.ContentMediaType != "" || s.ContentSchema != nil,
		len(s.Extensions) > 0:
		return nil, fmt.Errorf("%s uses a keyword the quick check does not implement", s.Location)
	}
	if s.Always != nil {
		q.always, q.never = *s.Always, !*s.Always
		return q, nil
	}
	for _, t := range s.Types {
		bit, ok := typeBits[t]
		if !ok {
			return nil, fmt.Errorf("%s: unknown type %q", s.Location, t)
		}
		q.types |= bit
	}
	if len(s.Constant) > 0 {
		q.constant = s.Constant[:1]
	}
	if len(s.Enum) > 0 {
		q.hasEnum = true
		for _, e := range s.Enum {
			if t, ok := e.(string); ok {
				if q.enumText == nil {
					q.enumText = map[string]struct{}{}
				}
				q.enumText[t] = struct{}{}
			} else {
				q.enum = append(q.enum, e)
			}
		}
	}
	if s.Format != "" {
		if f, ok := qc.formats[s.Format]; ok {
			q.format = f
		} else {
			q.format = jsonschema.Formats[s.Format]
		}
	}
	q.minProps, q.maxProps, q.required = s.MinProperties, s.MaxProperties, s.Required
	var err error
	if len(s.Properties) > 0 {
		q.props = make(map[string]*quickSchema, len(s.Properties))
		for name, ps := range s.Properties {
			if q.props[name], err = qc.build(ps); err != nil {
				return nil, err
			}
		}
	}
	for re, ps := range s.PatternProperties {
		p := quickPattern{re: re}
		if p.schema, err = qc.build(ps); err != nil {
			return nil, err
		}
		q.patternProps = append(q.patternProps, p)
	}
	if q.propertyNames, err = qc.build(s.PropertyNames); err != nil {
		return nil, err
	}
	switch a := s.AdditionalProperties.(type) {
	case nil:
	case bool:
		q.noAdditional = !a
	case *jsonschema.Schema:
		if q.additional, err = qc.build(a); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%s: additionalProperties of type %T", s.Location, a)
	}
	q.minItems, q.maxItems = s.MinItems, s.MaxItems
	for _, ps := range s.PrefixItems {
		p, err := qc.build(ps)
		if err != nil {
			return nil, err
		}
		q.prefixItems = append(q.prefixItems, p)
	}
	switch it := s.Items.(type) {
	case nil:
	case *jsonschema.Schema:
		if s.Items2020 != nil || len(s.PrefixItems) > 0 {
			return nil, fmt.Errorf("%s: items of two drafts", s.Location)
		}
		if q.items, err = qc.build(it); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%s: items as a list", s.Location)
	}
	if s.Items2020 != nil {
		if q.items, err = qc.build(s.Items2020); err != nil {
			return nil, err
		}
	}
	q.minLength, q.maxLength, q.pattern = s.MinLength, s.MaxLength, s.Pattern
	q.minimum, q.exclusiveMinimum, q.maximum, q.exclusiveMaximum, q.multipleOf = s.Minimum, s.ExclusiveMinimum, s.Maximum, s.ExclusiveMaximum, s.MultipleOf

	one := func(s *jsonschema.Schema) (*quickSchema, error) {
		p, err := qc.build(s)
		if p != nil {
			qc.inPlace[q] = append(qc.inPlace[q], p)
		}
		return p, err
	}
	many := func(ss []*jsonschema.Schema) ([]*quickSchema, error) {
		var out []*quickSchema
		for _, s := range ss {
			p, err := one(s)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
		return out, nil
	}
	if q.ref, err = one(s.Ref); err != nil {
		return nil, err
	}
	if q.not, err = one(s.Not); err != nil {
		return nil, err
	}
	if q.allOf, err = many(s.AllOf); err != nil {
		return nil, err
	}
	if q.anyOf, err = many(s.AnyOf); err != nil {
		return nil, err
	}
	if q.oneOf, err = many(s.OneOf); err != nil {
		return nil, err
	}
	if q.ifs, err = one(s.If); err != nil {
		return nil, err
	}
	if q.then, err = one(s.Then); err != nil {
		return nil, err
	}
	if q.elses, err = one(s.Else); err != nil {
		return nil, err
	}
	return q, nil
}

// quickType returns the JSON type of v as a bit, or 0 for a Go value that
// is not JSON, which the validator refuses.
func quickType(v any) uint8 {
	switch v.(type) {
	case nil:
		return typeNull
	case bool:
		return typeBoolean
	case json.Number, float32, float64, int, int8, int32, int64, uint, uint8, uint32, uint64:
		return typeNumber
	case string:
		return typeString
	case []any:
		return typeArray
	case map[string]any:
		return typeObject
	}
	return 0
}

// rat returns a number as the validator reads it, or nil.
func rat(v any) *big.Rat {
	r, ok := new(big.Rat).SetString(fmt.Sprint(v))
	if !ok {
		return nil
	}
	return r
}

// valid reports whether the schema accepts v. A false answer may be wrong;
// a true one may not.
func (q *quickSchema) valid(v any) bool {
	if q.always {
		return true
	}
	if q.never {
		return false
	}
	t := quickType(v)
	if t == 0 {
		return false
	}
	if q.types != 0 && q.types&t == 0 {
		// A number may still be an integer the types allow.
		if t != typeNumber || q.types&typeInteger == 0 || !isInteger(v) {
			return false
		}
	}
	if q.constant != nil {
		if eq, ok := sameJSON(v, q.constant[0]); !ok || !eq {
			return false
		}
	}
	if q.hasEnum && !q.inEnum(v) {
		return false
	}
	if q.format != nil && !q.format(v) {
		return false
	}
	switch t {
	case typeObject:
		if !q.validObject(v.(map[string]any)) {
			return false
		}
	case typeArray:
		if !q.validArray(v.([]any)) {
			return false
		}
	case typeString:
		s := v.(string)
		if q.minLength != -1 || q.maxLength != -1 {
			n := utf8.RuneCountInString(s)
			if q.minLength != -1 && n < q.minLength || q.maxLength != -1 && n > q.maxLength {
				return false
			}
		}
		if q.pattern != nil && !q.pattern.MatchString(s) {
			return false
		}
	case typeNumber:
		if q.minimum != nil || q.exclusiveMinimum != nil || q.maximum != nil || q.exclusiveMaximum != nil || q.multipleOf != nil {
			n := rat(v)
			if n == nil ||
				q.minimum != nil && n.Cmp(q.minimum) < 0 ||
				q.exclusiveMinimum != nil && n.Cmp(q.exclusiveMinimum) <= 0 ||
				q.maximum != nil && n.Cmp(q.maximum) > 0 ||
				q.exclusiveMaximum != nil && n.Cmp(q.exclusiveMaximum) >= 0 ||
				q.multipleOf != nil && !new(big.Rat).Quo(n, q.multipleOf).IsInt() {
				return false
			}
		}
	}
	if q.ref != nil && !q.ref.valid(v) {
		return false
	}
	if q.not != nil {
		// The validator accepts v only if not's schema refuses it, which a
		// false answer of ours does not prove.
		return false
	}
	for _, s := range q.allOf {
		if !s.valid(v) {
			return false
		}
	}
	if len(q.anyOf) > 0 {
		ok := false
		for _, s := range q.anyOf {
			if s.valid(v) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if len(q.oneOf) > 0 || q.ifs != nil {
		// Both depend on a subschema refusing the value, which a false
		// answer of ours does not prove.
		return false
	}
	return true
}

// isInteger reports whether a number has no fractional part, as the
// validator decides it.
func isInteger(v any) bool {
	n := rat(v)
	return n != nil && n.IsInt()
}

func (q *quickSchema) inEnum(v any) bool {
	if s, ok := v.(string); ok {
		_, in := q.enumText[s]
		return in
	}
	for _, e := range q.enum {
		if eq, ok := sameJSON(v, e); ok && eq {
			return true
		}
	}
	return false
}

func (q *quickSchema) validObject(m map[string]any) bool {
	if q.minProps != -1 && len(m) < q.minProps || q.maxProps != -1 && len(m) > q.maxProps {
		return false
	}
	for _, name := range q.required {
		if _, ok := m[name]; !ok {
			return false
		}
	}
	for name, val := range m {
		evaluated := false
		if ps, ok := q.props[name]; ok {
			evaluated = true
			if !ps.valid(val) {
				return false
			}
		}
		for _, p := range q.patternProps {
			if p.re.MatchString(name) {
				evaluated = true
				if !p.schema.valid(val) {
					return false
				}
			}
		}
		if q.propertyNames != nil && !q.propertyNames.valid(name) {
			return false
		}
		if !evaluated {
			if q.noAdditional {
				return false
			}
			if q.additional != nil && !q.additional.valid(val) {
				return false
			}
		}
	}
	return true
}

func (q *quickSchema) validArray(a []any) bool {
	if q.minItems != -1 && len(a) < q.minItems || q.maxItems != -1 && len(a) > q.maxItems {
		return false
	}
	for i, it := range a {
		switch {
		case i < len(q.prefixItems):
			if !q.prefixItems[i].valid(it) {
				return false
			}
		case q.items != nil:
			if !q.items.valid(it) {
				return false
			}
		default:
			return true
		}
	}
	return true
}

// sameJSON reports whether two values are equal as the validator compares
// them: numbers by value, objects and arrays member by member. ok is false
// for a value that is not JSON.
func sameJSON(a, b any) (equal, ok bool) {
	ta, tb := quickType(a), quickType(b)
	if ta == 0 || tb == 0 {
		return false, false
	}
	if ta != tb {
		return false, true
	}
	switch ta {
	case typeArray:
		x, y := a.([]any), b.([]any)
		if len(x) != len(y) {
			return false, true
		}
		for i := range x {
			if eq, ok := sameJSON(x[i], y[i]); !ok || !eq {
				return false, ok
			}
		}
		return true, true
	case typeObject:
		x, y := a.(map[string]any), b.(map[string]any)
		if len(x) != len(y) {
			return false, true
		}
		for k, xv := range x {
			yv, in := y[k]
			if !in {
				return false, true
			}
			if eq, ok := sameJSON(xv, yv); !ok || !eq {
				return false, ok
			}
		}
		return true, true
	case typeNumber:
		x, y := rat(a), rat(b)
		if x == nil || y == nil {
			return false, false
		}
		return x.Cmp(y) == 0, true
	}
	return a == b, true
}
