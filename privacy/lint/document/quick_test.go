package document

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/internal/mutate"
)

// The quick check covers the notice schema: should it not, every
// validation would go to the validator, valid or not.
func TestQuickCoversSchema(t *testing.T) {
	s, err := notice()
	if err != nil {
		t.Fatal(err)
	}
	if s.quick == nil {
		t.Fatalf("the quick check does not cover the notice schema: %v", s.quickErr)
	}
	for name := range s.items {
		if s.quickItems[name] == nil {
			t.Errorf("no quick check for the items of %s", name)
		}
	}
}

// The quick check read from the schema's text (quickNotice), which a
// notice the schema accepts gets without the schema being compiled, is the
// one built from the compiled schema, keyword for keyword.
func TestQuickFromSource(t *testing.T) {
	s, err := notice()
	if err != nil {
		t.Fatal(err)
	}
	fromSource, err := quickNotice()
	if err != nil {
		t.Fatal(err)
	}
	if err := sameQuick(fromSource, s.quick, "", map[[2]*quickSchema]bool{}); err != nil {
		t.Fatal(err)
	}
}

// The quick check refuses to read a keyword it does not know, so that
// Validate falls back on the compiled schema rather than ignore it.
func TestQuickFromSourceRefusesUnknownKeywords(t *testing.T) {
	for _, src := range []string{
		`{"type": "string", "minLength": 2}`,
		`{"properties": {"a": {"uniqueItems": true}}}`,
		`{"$ref": "other.json#/x"}`,
		`{"$ref": "#/$defs/missing"}`,
		`{"$defs": {"a": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}`,
	} {
		if _, err := quickFromSource([]byte(src)); err == nil {
			t.Errorf("quickFromSource(%s) succeeded, want an error", src)
		}
	}
}

// sameQuick reports the first difference between two quick checks, a and
// b, walking both at once.
func sameQuick(a, b *quickSchema, at string, seen map[[2]*quickSchema]bool) error {
	if a == nil || b == nil {
		if a != b {
			return fmt.Errorf("%s: one quick check is nil: %v, %v", at, a, b)
		}
		return nil
	}
	if seen[[2]*quickSchema{a, b}] {
		return nil
	}
	seen[[2]*quickSchema{a, b}] = true
	funcName := func(f func(any) bool) uintptr {
		if f == nil {
			return 0
		}
		return reflect.ValueOf(f).Pointer()
	}
	re := func(r *regexp.Regexp) string {
		if r == nil {
			return "<none>"
		}
		return r.String()
	}
	rat := func(r *big.Rat) string {
		if r == nil {
			return "<none>"
		}
		return r.RatString()
	}
	scalars := []struct {
		name string
		a, b any
	}{
		{"always", a.always, b.always}, {"never", a.never, b.never}, {"types", a.types, b.types},
		{"const", fmt.Sprint(a.constant), fmt.Sprint(b.constant)}, {"enum", fmt.Sprint(a.enum), fmt.Sprint(b.enum)},
		{"enum texts", fmt.Sprint(a.enumText), fmt.Sprint(b.enumText)}, {"has enum", a.hasEnum, b.hasEnum},
		{"format", funcName(a.format), funcName(b.format)},
		{"minProperties", a.minProps, b.minProps}, {"maxProperties", a.maxProps, b.maxProps},
		{"required", fmt.Sprint(a.required), fmt.Sprint(b.required)},
		{"additionalProperties false", a.noAdditional, b.noAdditional},
		{"properties", fmt.Sprint(slices.Sorted(maps.Keys(a.props))), fmt.Sprint(slices.Sorted(maps.Keys(b.props)))},
		{"patternProperties", len(a.patternProps), len(b.patternProps)},
		{"minItems", a.minItems, b.minItems}, {"maxItems", a.maxItems, b.maxItems},
		{"prefixItems", len(a.prefixItems), len(b.prefixItems)},
		{"minLength", a.minLength, b.minLength}, {"maxLength", a.maxLength, b.maxLength},
		{"pattern", re(a.pattern), re(b.pattern)},
		{"minimum", rat(a.minimum), rat(b.minimum)}, {"exclusiveMinimum", rat(a.exclusiveMinimum), rat(b.exclusiveMinimum)},
		{"maximum", rat(a.maximum), rat(b.maximum)}, {"exclusiveMaximum", rat(a.exclusiveMaximum), rat(b.exclusiveMaximum)},
		{"multipleOf", rat(a.multipleOf), rat(b.multipleOf)},
		{"allOf", len(a.allOf), len(b.allOf)}, {"anyOf", len(a.anyOf), len(b.anyOf)}, {"oneOf", len(a.oneOf), len(b.oneOf)},
	}
	for _, s := range scalars {
		if s.a != s.b {
			return fmt.Errorf("%s: %s differs: %v, %v", at, s.name, s.a, s.b)
		}
	}
	pairs := []struct {
		name string
		a, b *quickSchema
	}{
		{"propertyNames", a.propertyNames, b.propertyNames}, {"additionalProperties", a.additional, b.additional},
		{"items", a.items, b.items}, {"$ref", a.ref, b.ref}, {"not", a.not, b.not},
		{"if", a.ifs, b.ifs}, {"then", a.then, b.then}, {"else", a.elses, b.elses},
	}
	for name := range a.props {
		pairs = append(pairs, struct {
			name string
			a, b *quickSchema
		}{"properties/" + name, a.props[name], b.props[name]})
	}
	for _, l := range []struct {
		name string
		a, b []*quickSchema
	}{{"allOf", a.allOf, b.allOf}, {"anyOf", a.anyOf, b.anyOf}, {"oneOf", a.oneOf, b.oneOf}, {"prefixItems", a.prefixItems, b.prefixItems}} {
		for i := range l.a {
			pairs = append(pairs, struct {
				name string
				a, b *quickSchema
			}{fmt.Sprintf("%s/%d", l.name, i), l.a[i], l.b[i]})
		}
	}
	for _, p := range pairs {
		if err := sameQuick(p.a, p.b, at+"/"+p.name, seen); err != nil {
			return err
		}
	}
	return nil
}

// checkQuick checks that the quick check accepts v, and each item of its
// plain lists, exactly when the validator does. Accepting what the
// validator refuses would lose findings; refusing what it accepts only
// costs time, but the notice schema is simple enough for an exact answer.
func checkQuick(t *testing.T, v any) {
	t.Helper()
	s, err := notice()
	if err != nil {
		t.Fatal(err)
	}
	check := func(q *quickSchema, err error, what string) {
		t.Helper()
		if got, want := q.valid(v), err == nil; got != want {
			b, _ := json.Marshal(v)
			t.Fatalf("%s: quick check says valid=%v, the validator %v:\n%s", what, got, err, b)
		}
	}
	check(s.quick, s.compiled.Validate(v), "document")
	fromSource, err := quickNotice()
	if err != nil {
		t.Fatal(err)
	}
	check(fromSource, s.compiled.Validate(v), "document, quick check read from the schema's text")
	obj, _ := v.(map[string]any)
	for name, q := range s.quickItems {
		items, _ := obj[name].([]any)
		for _, it := range items {
			if got, want := q.valid(it), s.items[name].Validate(it) == nil; got != want {
				b, _ := json.Marshal(it)
				t.Fatalf("an item of %s: quick check says valid=%v, the validator %v:\n%s", name, got, want, b)
			}
		}
	}
}

// The quick check agrees with the validator on the seed documents, random
// edits of them, and documents changed value by value, as an editor would.
func TestQuickAgreesWithValidator(t *testing.T) {
	var values []any
	var srcs [][]byte
	for _, s := range seeds(t, validateSeeds...) {
		srcs = append(srcs, s.Src)
		if d, _ := Parse(fuzzName(s.JSON), s.Src); d != nil {
			values = append(values, d.Value)
			checkQuick(t, d.Value)
		}
	}
	n := 1500
	if testing.Short() {
		n = 150
	}
	i := 0
	for v := range mutate.Variants(srcs, n, 5) {
		if d, _ := Parse(fuzzName(i%2 == 0), v); d != nil {
			checkQuick(t, d.Value)
		}
		i++
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2 * n {
		v := deepCopyValue(values[rng.IntN(len(values))])
		for range 1 + rng.IntN(3) {
			v = mutateValue(rng, v, 0)
		}
		checkQuick(t, v)
	}
}

func deepCopyValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, c := range x {
			m[k] = deepCopyValue(c)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, c := range x {
			s[i] = deepCopyValue(c)
		}
		return s
	}
	return v
}

// replacements are values an edit puts in place of another: near misses of
// the schema's enumerations and forms, and values of every type.
var replacements = []any{
	"x", "", "nl", "en-GB", "xx", "P1Y", "P1M2", "2024-13-01", "2024-02-03", "contract", "consent", "Contract", "session",
	"https://example.com", "not a uri", "a@b.c", "not-an-email", "BE", "US", "ZZ", "be", "UK", "Activity-1", "activity 1",
	"processor", "controller", "voluntary", "opt-in",
	json.Number("1"), json.Number("0"), json.Number("-1"), json.Number("1.5"), json.Number("1e3"), json.Number("13.0"), json.Number("100000"),
	true, false, nil, []any{}, map[string]any{}, []any{"x"}, map[string]any{"rule": "x"},
}

var extraKeys = []string{"titel", "x-noticelint-ignore", "email", "name", "unknown", "id", "period", "country", "description"}

// mutateValue changes v at one random place: a member removed or added, an
// item removed or repeated, or a value replaced.
func mutateValue(rng *rand.Rand, v any, depth int) any {
	switch x := v.(type) {
	case map[string]any:
		if len(x) > 0 && rng.IntN(4) != 0 {
			keys := slices.Sorted(func(yield func(string) bool) {
				for k := range x {
					if !yield(k) {
						return
					}
				}
			})
			k := keys[rng.IntN(len(keys))]
			switch rng.IntN(8) {
			case 0:
				delete(x, k)
			case 1:
				x[extraKeys[rng.IntN(len(extraKeys))]] = deepCopyValue(replacements[rng.IntN(len(replacements))])
			default:
				x[k] = mutateValue(rng, x[k], depth+1)
			}
			return x
		}
	case []any:
		if len(x) > 0 && rng.IntN(4) != 0 {
			i := rng.IntN(len(x))
			switch rng.IntN(6) {
			case 0:
				return append(slices.Clone(x[:i]), x[i+1:]...)
			case 1:
				return append(x, deepCopyValue(x[i]))
			default:
				x[i] = mutateValue(rng, x[i], depth+1)
			}
			return x
		}
	}
	if depth == 0 {
		return v
	}
	return deepCopyValue(replacements[rng.IntN(len(replacements))])
}

// A document that the quick check refuses is validated in parts: its list
// items apart, and only those the quick check refuses. The findings are
// those of validating it whole.
func TestValidateInParts(t *testing.T) {
	y, _ := largeNotice(300)
	bad := strings.Replace(string(y), "legal_bases: [contract]", "legal_bases: [contrat]", 1)
	bad = strings.Replace(bad, "  - id: activity-250\n", "  - id: Activity 250\n    naam: x\n", 1)
	bad = strings.Replace(bad, "title: Large notice\n", "title: 5\n", 1)
	d, fs := Parse("large.yaml", []byte(bad))
	if d == nil {
		t.Fatal(fs)
	}
	s, _ := notice()
	whole := &validation{doc: d, schema: s}
	var ve *jsonschema.ValidationError
	if !errors.As(s.compiled.Validate(d.Value), &ve) {
		t.Fatal("the validator accepts the document")
	}
	whole.walk(ve)
	want := finding.Sort(whole.result())
	if got := d.Validate(); !reflect.DeepEqual(got, want) || len(got) != 4 {
		t.Errorf("in parts:\n%v\nwhole:\n%v", got, want)
	}
}
