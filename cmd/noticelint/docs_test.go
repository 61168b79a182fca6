package main

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/output"
)

// docsDir holds the rules' documentation: a page per built-in rule and per
// loader rule, and an index, every file generated from the rules' metadata.
const docsDir = "docs/rules"

// regenerate is the command that rewrites docsDir.
const regenerate = "go test ./cmd/noticelint -run TestRuleDocs -update"

// generated heads every generated file.
const generated = "<!-- Generated from the rules' metadata by `" + regenerate + "`: do not edit. -->\n\n"

// ruleDocs is the content docsDir must have, by file name: the page
// output.RuleMarkdown writes for each rule, with links relative to
// docs/rules, and the index.
func ruleDocs(t *testing.T) (map[string]string, []finding.Rule) {
	t.Helper()
	l, err := lint.New(context.Background()) // the built-in rules, no configuration
	if err != nil {
		t.Fatal(err)
	}
	rules, loader := l.Rules(), output.LoaderRules()
	files := map[string]string{"README.md": generated + ruleIndex(rules, loader)}
	for _, r := range append(slices.Clone(rules), loader...) {
		files[r.ID+".md"] = generated + output.RuleMarkdown(r, "../../")
	}
	return files, append(rules, loader...)
}

func ruleIndex(rules, loader []finding.Rule) string {
	var b strings.Builder
	b.WriteString("# Rules\n\n")
	b.WriteString("One page per rule, written from the rule's metadata: the `# METADATA` block\n")
	b.WriteString("of its Rego file under `rego/rules/`, or for the loader's two rules\n")
	b.WriteString("`privacy/lint/output/output.go`. `noticelint explain RULE` prints the same\n")
	b.WriteString("documentation, and the SARIF output links each rule to its page.\n\n")
	table := func(rules []finding.Rule) {
		b.WriteString("| id | severity | category | what it flags |\n|---|---|---|---|\n")
		for _, r := range rules {
			fmt.Fprintf(&b, "| [`%s`](%s.md) | %s | %s | %s |\n", r.ID, r.ID, r.Severity, r.Category, r.Title)
		}
	}
	table(rules)
	b.WriteString("\n## Problems loading a notice\n\n")
	b.WriteString("Before any rule runs, the notice must be well-formed YAML or JSON and match\n")
	b.WriteString("the notice schema. The loader reports what is not under these two ids.\n\n")
	table(loader)
	return b.String()
}

// docs/rules is generated; this test fails when a page is missing, extra or
// different from what the rules' metadata says.
func TestRuleDocs(t *testing.T) {
	t.Chdir("../..")
	want, rules := ruleDocs(t)
	entries, err := os.ReadDir(docsDir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var have []string
	for _, e := range entries {
		have = append(have, e.Name())
	}
	if *update {
		if err := os.MkdirAll(docsDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, name := range have {
			if _, ok := want[name]; !ok {
				if err := os.Remove(filepath.Join(docsDir, name)); err != nil {
					t.Fatal(err)
				}
			}
		}
		for name, body := range want {
			if err := os.WriteFile(filepath.Join(docsDir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	var stale []string
	for _, name := range have {
		if _, ok := want[name]; !ok {
			stale = append(stale, name+" is extra")
		}
	}
	for _, name := range slices.Sorted(maps.Keys(want)) {
		got, err := os.ReadFile(filepath.Join(docsDir, name))
		switch {
		case err != nil:
			stale = append(stale, name+" is missing")
		case string(got) != want[name]:
			stale = append(stale, name+" differs")
		}
	}
	if len(stale) > 0 {
		t.Errorf("%s is stale (%s): run %s", docsDir, strings.Join(stale, ", "), regenerate)
	}

	// Every link the pages and SARIF make resolves: the helpUri is the
	// page's address, and a built-in rule's source file exists.
	for _, r := range rules {
		if uri := output.HelpURI(r.ID); uri != output.SourceURI+docsDir+"/"+r.ID+".md" {
			t.Errorf("%s: helpUri %s is not the address of %s/%s.md", r.ID, uri, docsDir, r.ID)
		}
		if _, err := os.Stat(r.Source); err != nil || !r.Builtin {
			t.Errorf("%s: source %q of a built-in rule: %v", r.ID, r.Source, err)
		}
	}
}

// explain prints the examples and the links; --format markdown prints the
// page of docs/rules with absolute links.
func TestExplainGolden(t *testing.T) {
	for _, tt := range []struct{ golden, format, rule string }{
		{"transfer-privacy-shield.txt", "text", "transfer-privacy-shield"},
		{"transfer-privacy-shield.md", "markdown", "transfer-privacy-shield"},
		{"syntax.txt", "text", "syntax"},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			code, out, stderr := runCLI(t, "explain", "--format", tt.format, tt.rule)
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			golden(t, filepath.Join("testdata", "explain", tt.golden), out)
		})
	}
}
