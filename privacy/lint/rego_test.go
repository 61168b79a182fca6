package lint

import (
	"context"
	"encoding/json"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"

	builtin "github.com/noticelint/noticelint/rego"
	"github.com/noticelint/noticelint/schema"
)

// TestRego runs every _test.rego of the built-in rules with OPA's tester,
// compiled as in production (schema type checks, restricted builtins) plus
// print, which the table tests use to name failing cases.
func TestRego(t *testing.T) {
	b, err := loadBundle(builtin.FS(), "", true)
	if err != nil {
		t.Fatal(err)
	}
	modules := maps.Clone(b.modules)
	maps.Copy(modules, b.tests)
	c, err := compile(modules, testBuiltins...)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := tester.NewRunner().
		SetCompiler(c).
		SetStore(inmem.NewFromObject(b.data())).
		CapturePrintOutput(true).
		RaiseBuiltinErrors(true).
		Run(context.Background(), modules)
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for r := range ch {
		ran++
		name := r.Package + "." + r.Name
		switch {
		case r.Error != nil:
			t.Errorf("%s: %v", name, r.Error)
		case r.Fail:
			t.Errorf("%s failed (%s)\n%s", name, r.Location, r.Output)
		case r.Skip:
			t.Logf("%s skipped", name)
		}
	}
	if ran == 0 {
		t.Fatal("no Rego test ran")
	}
	t.Logf("%d Rego tests", ran)
}

// TestRuleLayout checks Regal's convention: one rule per folder
// rules/<category>/<rule_name>/<rule_name>.rego, declaring the package
// noticelint.rules.<category>.<rule_name>, with its _test.rego beside it
// holding cases that fire and cases that stay quiet.
func TestRuleLayout(t *testing.T) {
	b, err := loadBundle(builtin.FS(), "", true)
	if err != nil {
		t.Fatal(err)
	}
	rules := 0
	for _, name := range slices.Sorted(maps.Keys(b.modules)) {
		dir, file := path.Split(name)
		parts := strings.Split(strings.Trim(dir, "/"), "/")
		if parts[0] != "rules" {
			continue
		}
		rules++
		if len(parts) != 3 || file != parts[2]+".rego" {
			t.Errorf("%s: a rule lives in rules/<category>/<rule_name>/<rule_name>.rego", name)
			continue
		}
		want := "data.noticelint.rules." + parts[1] + "." + parts[2]
		if got := b.modules[name].Package.Path.String(); got != want {
			t.Errorf("%s: package %s, want %s", name, got, want)
		}
		test, ok := b.tests[dir+parts[2]+"_test.rego"]
		if !ok {
			t.Errorf("%s: no %s_test.rego beside it", name, parts[2])
			continue
		}
		src, _ := fs.ReadFile(builtin.FS(), dir+parts[2]+"_test.rego")
		if !strings.Contains(string(src), `"want": set()`) || !strings.Contains(string(src), `"want": {"`) {
			t.Errorf("%s: its tests need cases that fire (\"want\": {...}) and cases that stay quiet (\"want\": set())", name)
		}
		if got := test.Package.Path.String(); got != want+"_test" {
			t.Errorf("%s: test package %s, want %s_test", dir+parts[2]+"_test.rego", got, want)
		}
	}
	if rules == 0 {
		t.Fatal("no rules found")
	}
}

// TestRulesCompile loads the linter and checks every rule's metadata.
func TestRulesCompile(t *testing.T) {
	l, err := New(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range l.Rules() {
		if !strings.Contains(r.Package, r.Category) {
			t.Errorf("%s: category %q not in package %s", r.ID, r.Category, r.Package)
		}
		for _, res := range r.Resources {
			if !strings.HasPrefix(res.URL, "https://") || res.Description == "" {
				t.Errorf("%s: related resource %+v needs a description and an https link", r.ID, res)
			}
		}
	}
}

// TestRuleFieldNames catches a misspelt field that schema type checking
// cannot see, such as one read from a helper function's untyped argument:
// every constant key a rule reads must be a property of the notice schema,
// a key of the facts, or a key of an object the rules build themselves.
func TestRuleFieldNames(t *testing.T) {
	b, err := loadBundle(builtin.FS(), "", true)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	var collectKeys func(v any)
	collectKeys = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				known[k] = true
				collectKeys(x)
			}
		case []any:
			for _, x := range v {
				collectKeys(x)
			}
		}
	}
	var notice any
	if err := json.Unmarshal(schema.Notice(), &notice); err != nil {
		t.Fatal(err)
	}
	collectKeys(notice)
	collectKeys(b.facts)
	for _, m := range b.modules {
		ast.WalkTerms(m, func(term *ast.Term) bool {
			if obj, ok := term.Value.(ast.Object); ok {
				obj.Foreach(func(k, _ *ast.Term) {
					if s, ok := k.Value.(ast.String); ok {
						known[string(s)] = true
					}
				})
			}
			return false
		})
	}
	known["notice"], known["as_of"], known["text"] = true, true, true
	namespaces := map[string]bool{}
	for name := range ast.BuiltinMap {
		if head, _, ok := strings.Cut(name, "."); ok {
			namespaces[head] = true
		}
	}
	for _, name := range slices.Sorted(maps.Keys(b.modules)) {
		m := b.modules[name]
		imports := map[ast.Var]ast.Ref{}
		for _, imp := range m.Imports {
			imports[imp.Name()] = imp.Path.Value.(ast.Ref)
		}
		ast.WalkRefs(m, func(ref ast.Ref) bool {
			head, _ := ref[0].Value.(ast.Var)
			if path, ok := imports[head]; head == "data" || namespaces[string(head)] || ok && !path.HasPrefix(ast.MustParseRef("data.noticelint.facts")) {
				return false // a package path, a builtin, or a rule of another package
			}
			for _, term := range ref[1:] {
				if s, ok := term.Value.(ast.String); ok && !known[string(s)] {
					t.Errorf("%s:%d: %s reads %s, which no schema property, fact or rule object has", name, term.Location.Row, ref, s)
				}
			}
			return false
		})
	}
}
