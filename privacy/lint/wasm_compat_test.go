package lint

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	opabundle "github.com/open-policy-agent/opa/v1/bundle"
	opacompile "github.com/open-policy-agent/opa/v1/compile"

	builtin "github.com/noticelint/noticelint/rego"
)

// The browser runs the rules compiled to WebAssembly, so every builtin the
// rules may call must be one OPA's wasm target implements natively. OPA
// records that per builtin in builtin_metadata.json ("wasm": true); read it
// from the OPA module this build uses.
func TestAllowedBuiltinsAreWasmNative(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/open-policy-agent/opa").Output()
	if err != nil {
		t.Skipf("cannot locate the OPA module: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "builtin_metadata.json"))
	if err != nil {
		t.Fatal(err)
	}
	var meta map[string]json.RawMessage
	if err := json.Unmarshal(src, &meta); err != nil {
		t.Fatal(err)
	}
	for _, name := range allowedBuiltins {
		var b struct {
			Wasm bool `json:"wasm"`
		}
		if err := json.Unmarshal(meta[name], &b); err != nil || !b.Wasm {
			t.Errorf("builtin %s is not implemented natively by OPA's wasm target", name)
		}
	}
	for _, name := range []string{"http.send", "time.now_ns", "opa.runtime", "rand.intn", "net.lookup_ip_addr", "sprintf"} {
		for _, b := range capabilities().Builtins {
			if b.Name == name {
				t.Errorf("builtin %s must not be allowed", name)
			}
		}
	}
}

// The rules must also compile to a wasm module: the planner supports less
// than the evaluator, for example in how a rule iterates over packages.
func TestRulesCompileToWasm(t *testing.T) {
	if testing.Short() {
		t.Skip("compiling to wasm takes a few seconds")
	}
	b, err := loadBundle(builtin.FS(), "", false)
	if err != nil {
		t.Fatal(err)
	}
	bndl := &opabundle.Bundle{Data: b.data(), Manifest: opabundle.Manifest{Roots: &[]string{"noticelint"}}}
	for name, m := range b.modules {
		bndl.Modules = append(bndl.Modules, opabundle.ModuleFile{Path: name, URL: name, Parsed: m, Raw: []byte(m.String())})
	}
	c := opacompile.New().
		WithTarget(opacompile.TargetWasm).
		WithEntrypoints(WasmEntrypoint).
		WithCapabilities(capabilities()).
		WithRegoVersion(ast.RegoV1).
		WithBundle(bndl)
	if err := c.Build(context.Background()); err != nil {
		t.Fatal(err)
	}
	mods := c.Bundle().WasmModules
	if len(mods) != 1 || !bytes.HasPrefix(mods[0].Raw, []byte("\x00asm")) {
		t.Fatalf("no wasm module built: %d modules", len(mods))
	}
	t.Logf("wasm module: %d bytes", len(mods[0].Raw))
}
