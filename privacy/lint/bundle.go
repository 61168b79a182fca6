package lint

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// bundle is a parsed set of rules: policy modules, their tests and the facts
// they read, as found in an fs.FS laid out like package rego.
type bundle struct {
	modules map[string]*ast.Module // policies, keyed by file name
	tests   map[string]*ast.Module // *_test.rego files
	facts   map[string]any         // data.noticelint.facts.<name>
}

var parserOptions = ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1}

// loadBundle parses every .rego file below fsys and every facts/*.json file.
// prefix distinguishes the bundles' file names, for example "builtin:".
// Tests (*_test.rego) are parsed only when withTests is set: they are half
// of the files, and checking notices does not need them.
func loadBundle(fsys fs.FS, prefix string, withTests bool) (*bundle, error) {
	b := &bundle{modules: map[string]*ast.Module{}, tests: map[string]*ast.Module{}, facts: map[string]any{}}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch {
		case strings.HasSuffix(p, "_test.rego") && !withTests:
		case strings.HasSuffix(p, ".rego"):
			src, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			name := prefix + p
			m, err := ast.ParseModuleWithOpts(name, string(src), parserOptions)
			if err != nil {
				return err
			}
			if strings.HasSuffix(p, "_test.rego") {
				b.tests[name] = m
			} else {
				b.modules[name] = m
			}
		case path.Dir(p) == "facts" && path.Ext(p) == ".json":
			src, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			var v any
			if err := json.Unmarshal(src, &v); err != nil {
				return fmt.Errorf("%s%s: %w", prefix, p, err)
			}
			b.facts[strings.TrimSuffix(path.Base(p), ".json")] = v
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b, nil
}

// data is the base document the rules see.
func (b *bundle) data() map[string]any {
	return map[string]any{"noticelint": map[string]any{"facts": b.facts}}
}

// merge adds other's modules and facts; a facts file may not replace one
// that is already there.
func (b *bundle) merge(other *bundle) error {
	maps.Copy(b.modules, other.modules)
	maps.Copy(b.tests, other.tests)
	for name, v := range other.facts {
		if _, ok := b.facts[name]; ok {
			return fmt.Errorf("facts/%s.json: data.noticelint.facts.%s is already defined", name, name)
		}
		b.facts[name] = v
	}
	return nil
}
