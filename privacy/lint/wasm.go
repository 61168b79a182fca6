package lint

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"
	opabundle "github.com/open-policy-agent/opa/v1/bundle"
	opacompile "github.com/open-policy-agent/opa/v1/compile"

	builtin "github.com/noticelint/noticelint/rego"
)

// WasmEntrypoint is the entry point of the rules compiled to WebAssembly:
// the router's report, every finding of every rule tagged with its rule's
// id. New's query (findingsQuery) asks each rule for its findings instead.
const WasmEntrypoint = "noticelint/main/report"

// WasmPolicy is the built-in rules compiled to WebAssembly with OPA's wasm
// target, for the browser build. Evaluate Module's WasmEntrypoint with the
// input {"notice": ..., "as_of": "YYYY-MM-DD", "text": ...} (pipeline.Input) after
// loading Data as its data document.
type WasmPolicy struct {
	// Module is the wasm binary (OPA's policy ABI 1.x).
	Module []byte
	// Data is the base document the rules read: the legal facts under
	// noticelint.facts, exactly as New gives them to OPA's evaluator.
	Data map[string]any
}

// CompileWasm compiles the built-in rules to WebAssembly under the same
// restricted builtins as New. The result depends only on the rules and the
// OPA version: modules are compiled in a fixed order.
func CompileWasm(ctx context.Context) (*WasmPolicy, error) {
	b, err := loadBundle(builtin.FS(), "", false)
	if err != nil {
		return nil, fmt.Errorf("loading the built-in rules: %w", err)
	}
	bndl := &opabundle.Bundle{Data: b.data(), Manifest: opabundle.Manifest{Roots: &[]string{"noticelint"}}}
	for _, name := range slices.Sorted(maps.Keys(b.modules)) {
		m := b.modules[name]
		bndl.Modules = append(bndl.Modules, opabundle.ModuleFile{Path: name, URL: name, Parsed: m, Raw: []byte(m.String())})
	}
	c := opacompile.New().
		WithTarget(opacompile.TargetWasm).
		WithEntrypoints(WasmEntrypoint).
		WithCapabilities(capabilities()).
		WithRegoVersion(ast.RegoV1).
		WithBundle(bndl)
	if err := c.Build(ctx); err != nil {
		return nil, fmt.Errorf("compiling the rules to wasm: %w", err)
	}
	mods := c.Bundle().WasmModules
	if len(mods) != 1 {
		return nil, fmt.Errorf("compiling the rules to wasm: %d modules, want 1", len(mods))
	}
	return &WasmPolicy{Module: mods[0].Raw, Data: b.data()}, nil
}
