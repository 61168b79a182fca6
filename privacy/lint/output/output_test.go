package output

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixture is the small report every format renders to its golden file:
// findings in two files and a clean third, all three severities, a finding
// at an unknown position (0:0), a rule with findings of two severities, a
// documented rule without findings, a custom (not built-in) rule, a loader
// finding, and messages and a
// file name with characters that need escaping somewhere: quotes, %, commas,
// colons, <, &, braces, a space and a newline.
var fixture = Input{
	Report: finding.NewReport("2026-11-22",
		finding.File{File: "notices/shop.notice.yaml", Findings: []finding.Finding{
			{Rule: "notice-date", Severity: finding.Info, Message: `The notice gives no "last updated" date.`, Pointer: "", References: []string{"GDPR Art. 12(1)"}},
			{Rule: "retention-missing", Severity: finding.Error, Message: `Activity "Newsletter" does not say how long its data is kept: give a period, or 100% of the criteria.`, Pointer: "/activities/0", Line: 7, Column: 5, References: []string{"GDPR Art. 13(2)(a)", "GDPR Art. 14(2)(a)"}},
			{Rule: "placeholder-text", Severity: finding.Warning, Message: `The notice still contains the placeholder "[.....]"; replace it with the real information.`, Pointer: "/activities/0/purposes/1", Line: 9, Column: 9},
			{Rule: "placeholder-text", Severity: finding.Info, Message: `The notice still contains the placeholder "<company>".`, Pointer: "/controller/name", Line: 12, Column: 3},
		}},
		finding.File{File: "notices/clean.notice.yaml"},
		finding.File{File: "notices/web shop, EU.notice.json", Findings: []finding.Finding{
			{Rule: finding.RuleSchema, Severity: finding.Error, Message: "/controller/email: \"dpo@\" is not an e-mail address,\nexpected <name>@<domain> & a {dot}", Pointer: "/controller/email", Line: 3, Column: 14},
			{Rule: "retention-missing", Severity: finding.Error, Message: `Activity "Orders, returns & refunds" does not say how long its data is kept.`, Pointer: "/activities/1", Line: 20, Column: 5, References: []string{"GDPR Art. 13(2)(a)", "GDPR Art. 14(2)(a)"}},
		}},
	),
	Rules: []finding.Rule{
		{
			ID: "notice-date", Category: "notice", Title: "Notice is undated",
			Description: "A notice should say when it was last updated, so that people can tell whether it changed.",
			Severity:    finding.Info, References: []string{"GDPR Art. 12(1)"},
			Fix:     "Add last_updated with the date of the latest change.",
			Package: "data.noticelint.rules.notice.notice_date",
			Builtin: true,
		},
		{
			ID: "placeholder-text", Category: "content", Title: "Placeholder text left in the notice",
			Description: "Template placeholders such as [.....] or <company> tell the reader nothing.",
			Severity:    finding.Warning, References: []string{"GDPR Art. 12(1)", "GDPR Art. 12(1)"},
			Fix:     "Replace every placeholder with the real information.",
			Package: "data.noticelint.rules.content.placeholder_text",
			Source:  "policy/content/placeholder_text/placeholder_text.rego",
		},
		{
			ID: "retention-missing", Category: "retention", Title: "Retention period missing",
			Description: "Every activity must say how long its data is kept, or by which criteria that period is set.",
			Severity:    finding.Error, References: []string{"GDPR Art. 13(2)(a)", "GDPR Art. 14(2)(a)"},
			Fix:       "Add retention with a period, such as 2 years after the end of the contract, or the criteria.",
			Resources: []finding.Resource{{Description: "GDPR Art. 13", URL: "https://gdpr-info.eu/art-13-gdpr/"}},
			Package:   "data.noticelint.rules.retention.retention_missing",
			Builtin:   true,
		},
		{
			ID: "transfer-privacy-shield", Category: "transfers", Title: "Transfer relies on the Privacy Shield",
			Description: "The EU-US Privacy Shield was invalidated on 2020-07-16 (Schrems II).",
			Severity:    finding.Error, References: []string{"GDPR Art. 45", "GDPR Art. 46"},
			Fix:     "Name the current transfer mechanism, such as the EU-US Data Privacy Framework or standard contractual clauses.",
			Package: "data.noticelint.rules.transfers.transfer_privacy_shield",
			Builtin: true,
		},
	},
}

// render runs a format over its input and fails the test on error.
func render(t *testing.T, format Format, in Input) string {
	t.Helper()
	var b bytes.Buffer
	if err := format(&b, in); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// golden compares got with testdata/name, or rewrites that file under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update to accept it):\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestLookup(t *testing.T) {
	want := []string{"github", "json", "junit", "sarif", "text"}
	if got := Names(); !slices.Equal(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
	for _, name := range want {
		if f, err := Lookup(name); err != nil || f == nil {
			t.Errorf("Lookup(%q) = %v, %v", name, f, err)
		}
	}
	if _, err := Lookup("xml"); err == nil || !strings.Contains(err.Error(), "github, json, junit, sarif, text") {
		t.Errorf("Lookup(xml) error %v should list the formats", err)
	}
}

// Every format is a pure function of its input: it leaves the input as it
// was and writes the same bytes every time, whatever the map order.
func TestFormatsArePure(t *testing.T) {
	before := render(t, JSON, fixture)
	rules := slices.Clone(fixture.Rules)
	for _, name := range Names() {
		f, _ := Lookup(name)
		first := render(t, f, fixture)
		for range 5 {
			if again := render(t, f, fixture); again != first {
				t.Fatalf("%s: output changes between runs", name)
			}
		}
	}
	if render(t, JSON, fixture) != before || !reflect.DeepEqual(rules, fixture.Rules) {
		t.Error("a format changed its input")
	}
}

// An empty report, as a library caller may build it, renders in every format.
func TestFormatsAcceptEmptyInput(t *testing.T) {
	for _, name := range Names() {
		f, _ := Lookup(name)
		var b bytes.Buffer
		if err := f(&b, Input{}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// failingWriter fails every write, to check that formats report write errors.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestFormatsReportWriteErrors(t *testing.T) {
	for _, name := range Names() {
		f, _ := Lookup(name)
		if err := f(failingWriter{}, fixture); err == nil {
			t.Errorf("%s: no error from a failing writer", name)
		}
	}
}
