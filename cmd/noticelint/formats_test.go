package main

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// sarifSchemaFile is the OASIS schema, kept beside the repository.
const sarifSchemaFile = "../shared/reference/sarif-schema-2.1.0.json"

// The SARIF of every example validates against the OASIS SARIF 2.1.0
// schema, and its JUnit XML parses with a failure per error or warning.
func TestExampleFormatsAreValid(t *testing.T) {
	t.Chdir("../..")
	files, _ := filepath.Glob("examples/*.notice.yaml")
	f, err := os.Open(sarifSchemaFile)
	var schema *jsonschema.Schema
	switch {
	case errors.Is(err, fs.ErrNotExist):
		t.Logf("%s is absent; SARIF is checked for shape only", sarifSchemaFile)
	case err != nil:
		t.Fatal(err)
	default:
		defer f.Close()
		c := jsonschema.NewCompiler()
		const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
		if err := c.AddResource(url, f); err != nil {
			t.Fatal(err)
		}
		if schema, err = c.Compile(url); err != nil {
			t.Fatal(err)
		}
	}
	for _, file := range files {
		slug := strings.TrimSuffix(filepath.Base(file), ".notice.yaml")
		t.Run(slug, func(t *testing.T) {
			_, sarif, _ := runCLI(t, "check", "--format", "sarif", "--as-of", asOf, file)
			var doc map[string]any
			if err := json.Unmarshal([]byte(sarif), &doc); err != nil || doc["version"] != "2.1.0" {
				t.Fatalf("SARIF: %v, version %v", err, doc["version"])
			}
			if schema != nil {
				if err := schema.Validate(doc); err != nil {
					t.Errorf("SARIF does not match the OASIS schema: %v", err)
				}
			}
			_, junit, _ := runCLI(t, "check", "--format", "junit", "--as-of", asOf, file)
			var suites struct {
				Tests    int `xml:"tests,attr"`
				Failures int `xml:"failures,attr"`
			}
			if err := xml.Unmarshal([]byte(junit), &suites); err != nil || suites.Tests == 0 {
				t.Fatalf("JUnit: %v, %d tests", err, suites.Tests)
			}
			_, text, _ := runCLI(t, "check", "--as-of", asOf, file)
			if (suites.Failures == 0) != strings.Contains(text, ": 0 findings") {
				t.Errorf("JUnit reports %d failures; text says:\n%s", suites.Failures, text)
			}
		})
	}
}
