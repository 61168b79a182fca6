package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/pipeline"
	builtin "github.com/noticelint/noticelint/rego"
)

// query is the router's query, the one noticelint's engine prepares.
const query = "data.noticelint.main.report"

// example is one notice of examples/ as each command gets it.
type example struct {
	name  string // conpro
	file  string // examples/conpro.notice.yaml, relative to the module root
	input string // the input file for opa eval
}

// noticeExtensions are the files `noticelint check DIR` looks for.
var noticeExtensions = []string{".notice.yaml", ".notice.yml", ".notice.json"}

// prepareExamples finds the notices in root/examples and writes, for each,
// the input opa eval gets into dir.
func prepareExamples(root, dir, asOf string) ([]example, error) {
	entries, err := os.ReadDir(filepath.Join(root, "examples"))
	if err != nil {
		return nil, err
	}
	var out []example
	for _, e := range entries {
		name, ok := "", false
		for _, ext := range noticeExtensions {
			if n, found := strings.CutSuffix(e.Name(), ext); found && !e.IsDir() {
				name, ok = n, true
			}
		}
		if !ok {
			continue
		}
		file := path.Join("examples", e.Name())
		src, err := os.ReadFile(filepath.Join(root, file))
		if err != nil {
			return nil, err
		}
		input, err := opaInput(file, src, asOf)
		if err != nil {
			return nil, err
		}
		ex := example{name: name, file: file, input: filepath.Join(dir, name+".input.json")}
		if err := os.WriteFile(ex.input, input, 0o644); err != nil {
			return nil, err
		}
		out = append(out, ex)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no notices in %s", filepath.Join(root, "examples"))
	}
	return out, nil
}

// opaInput converts a notice, YAML or JSON, into the input the rules see,
// {"notice": ..., "as_of": ...}, as JSON: the value noticelint's engine
// hands to OPA, loaded the same way.
func opaInput(name string, src []byte, asOf string) ([]byte, error) {
	doc, loaded := document.Load(name, src)
	if doc == nil {
		return nil, fmt.Errorf("%s does not load: %v", name, loaded)
	}
	return json.Marshal(pipeline.Input(doc, asOf))
}

// opaDataArgs are the -d arguments that give opa eval the rules and facts
// noticelint embeds, picked the way the engine picks them from rego.FS():
// every .rego file except tests, and each facts/<name>.json mounted at
// data.noticelint.facts.<name> with the loader's prefix syntax,
// "noticelint.facts.<name>:<file>". Paths are relative to the module root.
func opaDataArgs() ([]string, error) {
	var rules, facts []string
	err := fs.WalkDir(builtin.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		file := path.Join("rego", p)
		switch {
		case strings.HasSuffix(p, "_test.rego"):
		case strings.HasSuffix(p, ".rego"):
			rules = append(rules, "-d", file)
		case path.Dir(p) == "facts" && path.Ext(p) == ".json":
			name := strings.TrimSuffix(path.Base(p), ".json")
			facts = append(facts, "-d", "noticelint.facts."+name+":"+file)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(rules) == 0 || len(facts) == 0 {
		return nil, fmt.Errorf("rego.FS() holds %d rule and %d facts files", len(rules)/2, len(facts)/2)
	}
	return append(rules, facts...), nil
}

// raw is a finding as the rules report it.
type raw struct {
	Rule    string `json:"rule"`
	Pointer string `json:"pointer"`
	Message string `json:"message"`
}

func (r raw) String() string { return r.Rule + " " + r.Pointer + ": " + r.Message }

// checked is one file of `noticelint check --format json` output: its
// findings from the rules, without those noticelint reports itself (syntax,
// schema, suppressions), which OPA cannot report, and the number of
// findings its suppressions silenced, which OPA does report.
type checked struct {
	findings   []raw
	suppressed int
}

// noticelintFindings reads `noticelint check --format json` output, by file
// name as given.
func noticelintFindings(out []byte) (map[string]checked, error) {
	var report struct {
		Files []struct {
			File       string `json:"file"`
			Findings   []raw  `json:"findings"`
			Suppressed int    `json:"suppressed"`
		} `json:"files"`
	}
	if err := json.Unmarshal(out, &report); err != nil {
		return nil, fmt.Errorf("reading noticelint's JSON output: %w", err)
	}
	files := map[string]checked{}
	for _, f := range report.Files {
		c := checked{findings: []raw{}, suppressed: f.Suppressed}
		for _, x := range f.Findings {
			if !finding.Reserved(x.Rule) {
				c.findings = append(c.findings, x)
			}
		}
		files[f.File] = c
	}
	return files, nil
}

// opaFindings reads `opa eval --format json` output for the router's query:
// {"result": [{"expressions": [{"value": [findings...]}]}]}.
func opaFindings(out []byte) ([]raw, error) {
	var r struct {
		Result []struct {
			Expressions []struct {
				Value []raw `json:"value"`
			} `json:"expressions"`
		} `json:"result"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return nil, fmt.Errorf("reading opa's JSON output: %w", err)
	}
	if len(r.Result) != 1 || len(r.Result[0].Expressions) != 1 {
		return nil, fmt.Errorf("opa eval: %s is undefined or ambiguous: %s", query, out)
	}
	return r.Result[0].Expressions[0].Value, nil
}

// sameFindings reports an error unless opa reports the findings noticelint
// reports, in any order, and as many more as noticelint's suppressions
// silenced.
func sameFindings(file string, noticelint checked, opa []raw) error {
	a, b := sortedStrings(noticelint.findings), sortedStrings(opa)
	var diff []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			diff = append(diff, "  only noticelint: "+s)
		}
	}
	if len(diff) == 0 && len(b) == len(a)+noticelint.suppressed {
		return nil
	}
	if noticelint.suppressed == 0 {
		for _, s := range b {
			if !slices.Contains(a, s) {
				diff = append(diff, "  only opa:        "+s)
			}
		}
	}
	return fmt.Errorf("%s: noticelint reports %d findings (%d more suppressed), opa eval %d; the comparison would not be fair:\n%s",
		file, len(a), noticelint.suppressed, len(b), strings.Join(diff, "\n"))
}

func sortedStrings(rs []raw) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.String()
	}
	slices.Sort(out)
	return out
}
