package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// writeTree creates files under a temporary directory and changes into it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return dir
}

const undated = "title: Shop\n" // no date: notice-date (info), and errors from other rules

func TestFailOn(t *testing.T) {
	writeTree(t, map[string]string{"shop.notice.yaml": undated})
	tests := []struct {
		failOn string
		want   int
	}{{"error", 1}, {"info", 1}, {"never", 0}}
	for _, tt := range tests {
		if code, _, stderr := runCLI(t, "check", "--fail-on", tt.failOn, "shop.notice.yaml"); code != tt.want {
			t.Errorf("--fail-on %s: exit %d, want %d (%s)", tt.failOn, code, tt.want, stderr)
		}
	}
	if code, _, stderr := runCLI(t, "check", "--fail-on", "fatal", "shop.notice.yaml"); code != 2 || !strings.Contains(stderr, "expected error, warning, info or never") {
		t.Errorf("--fail-on fatal: exit %d, %s", code, stderr)
	}
}

// The configuration is found from the working directory upwards; flags win.
func TestConfigFile(t *testing.T) {
	dir := writeTree(t, map[string]string{
		".noticelint.yaml":          "fail_on: never\nas_of: 2019-01-01\nrules:\n  notice-date: off\nignore: [\"drafts/**\"]\n",
		"notices/shop.notice.yaml":  undated,
		"drafts/broken.notice.yaml": "title: [\n",
	})
	t.Chdir(filepath.Join(dir, "notices"))
	code, out, stderr := runCLI(t, "check", "--format", "json", "..")
	if code != 0 {
		t.Fatalf("exit %d, want 0 from fail_on: never (%s)", code, stderr)
	}
	var r finding.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Summary.AsOf != "2019-01-01" || len(r.Files) != 1 || !strings.HasSuffix(r.Files[0].File, "shop.notice.yaml") {
		t.Errorf("the configuration was not applied: %+v", r.Summary)
	}
	for _, f := range r.Files[0].Findings {
		if f.Rule == "notice-date" {
			t.Error("notice-date is off in the configuration")
		}
	}
	if code, _, _ := runCLI(t, "check", "--fail-on", "error", "shop.notice.yaml"); code != 1 {
		t.Errorf("--fail-on must override the configuration: exit %d", code)
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct{ config, want string }{
		{"fail_on: sometimes\n", `.noticelint.yaml:1:1: fail_on "sometimes": expected error, warning, info or never`},
		{"rules:\n  notice-dat: off\n", `.noticelint.yaml:2:3: unknown rule "notice-dat"; noticelint rules lists the rule ids`},
		{"rule_dirs: [missing]\n", "--rules missing: not a directory"},
	}
	for _, tt := range tests {
		writeTree(t, map[string]string{".noticelint.yaml": tt.config, "shop.notice.yaml": undated})
		code, _, stderr := runCLI(t, "check", "shop.notice.yaml")
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%q: exit %d, stderr %q, want %q", tt.config, code, stderr, tt.want)
		}
	}
}

// Several outputs in one run: text to the terminal, SARIF and JUnit to files.
func TestOutputs(t *testing.T) {
	writeTree(t, map[string]string{"shop.notice.yaml": undated})
	code, out, stderr := runCLI(t, "check", "--output", "sarif=out.sarif", "--output", "junit=out.xml", "shop.notice.yaml")
	if code != 1 || !strings.Contains(out, "shop.notice.yaml:") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	sarif, err := os.ReadFile("out.sarif")
	if err != nil || !json.Valid(sarif) || !strings.Contains(string(sarif), `"version": "2.1.0"`) {
		t.Errorf("out.sarif: %v", err)
	}
	junit, err := os.ReadFile("out.xml")
	var suites struct {
		Failures int `xml:"failures,attr"`
	}
	if err != nil || xml.Unmarshal(junit, &suites) != nil || suites.Failures == 0 {
		t.Errorf("out.xml: %v, %+v", err, suites)
	}
	if code, _, stderr := runCLI(t, "check", "--output", "sarif", "shop.notice.yaml"); code != 2 || !strings.Contains(stderr, "expected FORMAT=PATH") {
		t.Errorf("--output sarif: exit %d, %s", code, stderr)
	}
}

func TestRulesAndExplain(t *testing.T) {
	code, out, _ := runCLI(t, "rules")
	if code != 0 || !strings.Contains(out, "transfer-privacy-shield") || !strings.Contains(out, "SEVERITY") {
		t.Errorf("rules: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, "rules", "--format", "json")
	var rules []finding.Rule
	if code != 0 || json.Unmarshal([]byte(out), &rules) != nil || len(rules) < 39 {
		t.Errorf("rules --format json: exit %d, %d rules", code, len(rules))
	}
	code, out, _ = runCLI(t, "explain", "transfer-privacy-shield")
	for _, want := range []string{"Transfer relies on an invalidated framework", "How to fix:", "Avoid:\n", "mechanism: privacy_shield", "Prefer:\n", "C-311/18", "docs/rules/transfer-privacy-shield.md"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("explain: exit %d, no %q in\n%s", code, want, out)
		}
	}
	code, out, _ = runCLI(t, "explain", "schema", "--format", "markdown")
	for _, want := range []string{"# schema: Notice does not match the schema\n", "## Avoid\n\n```yaml\ncontroler:", "## Prefer\n"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("explain schema --format markdown: exit %d, no %q in\n%s", code, want, out)
		}
	}
	if code, _, stderr := runCLI(t, "explain", "--format", "html", "schema"); code != 2 || !strings.Contains(stderr, "expected text or markdown") {
		t.Errorf("explain --format html: exit %d %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "explain", "no-such-rule"); code != 2 || !strings.Contains(stderr, `unknown rule "no-such-rule"`) {
		t.Errorf("explain no-such-rule: exit %d %s", code, stderr)
	}
}

// A team's rules show up in rules, explain and check alike.
func TestCustomRulesInCLI(t *testing.T) {
	rules, err := filepath.Abs("../../privacy/lint/testdata/rules/good")
	if err != nil {
		t.Fatal(err)
	}
	writeTree(t, map[string]string{"shop.notice.yaml": undated})
	if code, out, _ := runCLI(t, "rules", "--rules", rules); code != 0 || !strings.Contains(out, "notice-url") {
		t.Errorf("rules --rules: exit %d", code)
	}
	if code, out, _ := runCLI(t, "explain", "--rules", rules, "notice-url"); code != 0 || !strings.Contains(out, "Notice URL missing") ||
		!strings.Contains(out, "Prefer:\n  title: Privacy notice\n  url: ") || !strings.Contains(out, "Source: ") || !strings.Contains(out, "notice_url.rego") || strings.Contains(out, "Documentation:") {
		t.Errorf("explain --rules: exit %d\n%s", code, out)
	}
	// Each format names the custom rule's finding as it names a built-in one.
	for format, want := range map[string]string{
		"text":   ": warning notice-url: ",
		"json":   `"rule": "notice-url"`,
		"sarif":  `"ruleId": "notice-url"`,
		"junit":  `name="notice-url"`,
		"github": "title=notice-url::",
	} {
		if _, out, _ := runCLI(t, "check", "--rules", rules, "--format", format, "shop.notice.yaml"); !strings.Contains(out, want) {
			t.Errorf("the custom rule is not in the %s output (want %q):\n%s", format, want, out)
		}
	}
}

func TestSchemaAndInit(t *testing.T) {
	code, out, _ := runCLI(t, "schema")
	if code != 0 || !json.Valid([]byte(out)) || !strings.Contains(out, "2020-12") {
		t.Errorf("schema: exit %d", code)
	}
	writeTree(t, map[string]string{})
	if code, out, _ := runCLI(t, "init"); code != 0 || !strings.Contains(out, "privacy.notice.yaml") {
		t.Fatalf("init: exit %d", code)
	}
	src, _ := os.ReadFile("privacy.notice.yaml")
	if !strings.HasPrefix(string(src), "# yaml-language-server: $schema=") {
		t.Error("the starter lacks the schema modeline")
	}
	if code, out, _ := runCLI(t, "check", "privacy.notice.yaml"); code != 0 || !strings.Contains(out, "0 findings") {
		t.Errorf("the starter notice is not clean: exit %d\n%s", code, out)
	}
	if code, _, stderr := runCLI(t, "init"); code != 2 || !strings.Contains(stderr, "already exists") {
		t.Errorf("init over an existing file: exit %d %s", code, stderr)
	}
	os.Mkdir("sub", 0o755)
	if code, _, _ := runCLI(t, "init", "sub"); code != 0 {
		t.Errorf("init sub: exit %d", code)
	}
	if _, err := os.Stat("sub/privacy.notice.yaml"); err != nil {
		t.Error(err)
	}
}
