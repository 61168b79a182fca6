package lint

import (
	"github.com/open-policy-agent/opa/v1/ast"

	builtin "github.com/noticelint/noticelint/rego"
)

// Query is the router's query, exported for the anchor benchmarks.
const Query = query

// BuiltinForOPA returns what New compiles, for the anchor benchmarks to
// prepare the same query with OPA alone: the built-in policy modules parsed
// as New parses them (tests excluded), the data they read and the
// capabilities they are compiled under.
func BuiltinForOPA() (map[string]*ast.Module, map[string]any, *ast.Capabilities, error) {
	b, err := loadBundle(builtin.FS(), "", false)
	if err != nil {
		return nil, nil, nil, err
	}
	return b.modules, b.data(), capabilities(), nil
}
