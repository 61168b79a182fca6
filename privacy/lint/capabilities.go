package lint

import (
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// allowedBuiltins are the only builtins rules may call: pure functions that
// OPA's WebAssembly target implements natively (builtin_metadata.json marks
// them "wasm": true), so the same rules run unchanged in the browser. Nothing
// here reaches the network, the clock, randomness, files or the environment.
var allowedBuiltins = []string{
	// Operators and the internals the compiler rewrites them to.
	"assign", "eq", "equal", "neq", "lt", "lte", "gt", "gte",
	"plus", "minus", "mul", "div", "rem", "abs", "round", "ceil", "floor",
	"and", "or", "internal.member_2", "internal.member_3", "internal.template_string",
	// Aggregates and collections.
	"count", "sum", "product", "max", "min", "sort", "all", "any",
	"array.concat", "array.slice", "array.reverse", "intersection", "union",
	"object.get", "object.keys", "object.union", "object.remove", "object.filter",
	// Types.
	"is_string", "is_number", "is_boolean", "is_array", "is_object", "is_set", "is_null", "type_name",
	// Strings.
	"concat", "contains", "startswith", "endswith", "lower", "upper", "split", "replace",
	"substring", "indexof", "trim", "trim_space", "trim_prefix", "trim_suffix", "trim_left", "trim_right",
	"strings.replace_n", "format_int", "to_number",
	"regex.match", "regex.find_all_string_submatch_n", "regex.is_valid",
	// Documents.
	"walk", "json.marshal",
}

// capabilities returns OPA's capabilities cut down to allowedBuiltins, with
// no network access. extra names builtins added on top, such as print for tests.
func capabilities(extra ...string) *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	allowed := append(slices.Clone(allowedBuiltins), extra...)
	caps.Builtins = slices.DeleteFunc(caps.Builtins, func(b *ast.Builtin) bool {
		return !slices.Contains(allowed, b.Name)
	})
	caps.AllowNet = []string{}
	return caps
}

// testBuiltins are allowed in _test.rego files on top of allowedBuiltins:
// print names failing table cases, numbers.range builds long test strings.
// numbers.range stays out of rules: one call can allocate without bound.
var testBuiltins = []string{"print", "internal.print", "internal.test_case", "numbers.range"}

// explainForbidden rewrites the compiler's "undefined function" errors for
// builtins that OPA has but noticelint withholds, so that a rule author
// learns why the call is refused rather than suspecting a typo.
func explainForbidden(errs ast.Errors) ast.Errors {
	known := map[string]bool{}
	for _, b := range ast.CapabilitiesForThisVersion().Builtins {
		known[b.Name] = true
	}
	for _, e := range errs {
		name, ok := strings.CutPrefix(e.Message, "undefined function ")
		if ok && known[name] && !slices.Contains(allowedBuiltins, name) {
			e.Message = name + " is not allowed in noticelint rules: rules may call only pure builtins, with no access to the network, the clock, randomness, files or the environment, that OPA's WebAssembly target supports (see privacy/lint/capabilities.go)"
		}
	}
	return errs
}
