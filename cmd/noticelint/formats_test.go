package main

import (
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"
)

// Every example's SARIF is SARIF 2.1.0 and its JUnit XML parses, with
// failures exactly when the notice has findings. The SARIF golden files
// are validated against the OASIS schema in package output.
func TestExampleFormatsAreValid(t *testing.T) {
	t.Chdir("../..")
	files, _ := filepath.Glob("examples/*.notice.yaml")
	for _, file := range files {
		slug := strings.TrimSuffix(filepath.Base(file), ".notice.yaml")
		t.Run(slug, func(t *testing.T) {
			_, sarif, _ := runCLI(t, "check", "--format", "sarif", "--as-of", asOf, file)
			var doc map[string]any
			if err := json.Unmarshal([]byte(sarif), &doc); err != nil || doc["version"] != "2.1.0" {
				t.Fatalf("SARIF: %v, version %v", err, doc["version"])
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
