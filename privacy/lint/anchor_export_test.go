package lint

import (
	"github.com/open-policy-agent/opa/v1/ast"

	builtin "github.com/noticelint/noticelint/rego"
)

// FindingsQuery is the query l evaluates, exported for the anchor
// benchmarks, with the id of the rule of each set of findings it returns.
func FindingsQuery(l *Linter) (string, []string) {
	return findingsQuery(l.ordered), ids(l.ordered)
}

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
