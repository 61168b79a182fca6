package output

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// sarifSchemaFile is the OASIS SARIF 2.1.0 schema, shared by the projects
// of this workspace; CI has it, a bare checkout may not.
const sarifSchemaFile = "../../../../shared/reference/sarif-schema-2.1.0.json"

func TestSARIFGolden(t *testing.T) {
	golden(t, "fixture.sarif", render(t, SARIF, fixture))
}

func TestSARIFMatchesTheOASISSchema(t *testing.T) {
	f, err := os.Open(sarifSchemaFile)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s is absent; CI has it", sarifSchemaFile)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := jsonschema.NewCompiler()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, f); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]string{"fixture": render(t, SARIF, fixture), "empty": render(t, SARIF, Input{})}
	// The examples' SARIF, as the CLI writes it: its golden tests pin these files.
	examples, _ := filepath.Glob("../../../examples/golden/*.sarif")
	if len(examples) < 6 {
		t.Errorf("found %d examples' SARIF golden files, want 6", len(examples))
	}
	for _, file := range examples {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(file)] = string(src)
	}
	for name, src := range docs {
		var doc any
		if err := json.Unmarshal([]byte(src), &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := schema.Validate(doc); err != nil {
			t.Errorf("%s: %#v", name, err)
		}
	}
}

// sarifOut is the part of a SARIF log the tests read back.
type sarifOut struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID      string `json:"id"`
					Name    string `json:"name"`
					HelpURI string `json:"helpUri"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID       string          `json:"ruleId"`
			RuleIndex    int             `json:"ruleIndex"`
			Level        string          `json:"level"`
			Suppressions json.RawMessage `json:"suppressions"`
			Locations    []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region *struct{} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
		} `json:"results"`
	} `json:"runs"`
}

func TestSARIFResultsPointAtTheirRules(t *testing.T) {
	var log sarifOut
	if err := json.Unmarshal([]byte(render(t, SARIF, fixture)), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	run := log.Runs[0]
	rules := run.Tool.Driver.Rules
	var ids []string
	for _, r := range rules {
		ids = append(ids, r.ID)
		// Only the rules that ship with noticelint, the loader's included,
		// have a page; placeholder-text is a custom rule in the fixture.
		if wantHelp := r.ID != "placeholder-text"; (r.HelpURI != "") != wantHelp {
			t.Errorf("rule %s: helpUri %q", r.ID, r.HelpURI)
		}
	}
	if got, want := strings.Join(ids, " "), "notice-date placeholder-text retention-missing schema suppression syntax transfer-privacy-shield"; got != want {
		t.Errorf("rules %s, want %s", got, want)
	}
	if len(run.Results) != fixture.Report.Summary.Findings {
		t.Fatalf("%d results, want %d", len(run.Results), fixture.Report.Summary.Findings)
	}
	levels := map[string]int{}
	for _, r := range run.Results {
		levels[r.Level]++
		if rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result of %s has ruleIndex %d, rule %s", r.RuleID, r.RuleIndex, rules[r.RuleIndex].ID)
		}
		if string(r.Suppressions) != "[]" {
			t.Errorf("suppressions %s, want []", r.Suppressions)
		}
		if uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI; strings.HasPrefix(uri, "/") {
			t.Errorf("absolute uri %s", uri)
		}
	}
	if s := fixture.Report.Summary; levels["error"] != s.Errors || levels["warning"] != s.Warnings || levels["note"] != s.Infos {
		t.Errorf("levels %v do not match the summary %+v", levels, s)
	}
	if run.Results[0].Locations[0].PhysicalLocation.Region != nil {
		t.Error("a finding at 0:0 must have no region")
	}
}

// A rule with findings but no documentation still gets a descriptor, so
// that its results' ruleIndex is valid.
func TestSARIFUndocumentedRule(t *testing.T) {
	in := fixture
	in.Rules = nil
	var log sarifOut
	if err := json.Unmarshal([]byte(render(t, SARIF, in)), &log); err != nil {
		t.Fatal(err)
	}
	rules := log.Runs[0].Tool.Driver.Rules
	for _, r := range log.Runs[0].Results {
		if rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result of %s points at rule %s", r.RuleID, rules[r.RuleIndex].ID)
		}
	}
}

func TestArtifactURI(t *testing.T) {
	for file, want := range map[string]string{
		"examples/conpro.notice.yaml":      "examples/conpro.notice.yaml",
		"./examples/a.notice.yaml":         "examples/a.notice.yaml",
		"/home/me/a.notice.yaml":           "home/me/a.notice.yaml",
		`C:\notices\a.notice.yaml`:         "notices/a.notice.yaml",
		`notices\b.notice.yaml`:            "notices/b.notice.yaml",
		"../up/a.notice.yaml":              "../up/a.notice.yaml",
		"notices/web shop, EU.notice.json": "notices/web%20shop,%20EU.notice.json",
		"100%#?.notice.yaml":               "100%25%23%3F.notice.yaml",
		"a:b.notice.yaml":                  "./a:b.notice.yaml",
		"privé.notice.yaml":                "priv%C3%A9.notice.yaml",
	} {
		if got := artifactURI(file); got != want {
			t.Errorf("artifactURI(%q) = %q, want %q", file, got, want)
		}
	}
}

func TestCamelCase(t *testing.T) {
	for id, want := range map[string]string{
		"retention-missing":       "RetentionMissing",
		"transfer-privacy-shield": "TransferPrivacyShield",
		"schema":                  "Schema",
		"art-13-notice":           "Art13Notice",
	} {
		if got := camelCase(id); got != want {
			t.Errorf("camelCase(%q) = %q, want %q", id, got, want)
		}
	}
}
