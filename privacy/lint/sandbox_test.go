package lint_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/document"
)

// customRule is a team rule whose report has the given body.
func customRule(id, body string) fstest.MapFS {
	pkg := strings.ReplaceAll(id, "-", "_")
	return fstest.MapFS{"team/" + pkg + "/" + pkg + ".rego": {Data: []byte(fmt.Sprintf(`# METADATA
# title: Team rule
# description: A rule a team wrote.
# custom:
#   id: %s
#   severity: warning
#   references:
#     - GDPR Art. 12(1)
#   fix: Fix it.
# scope: package
package noticelint.rules.team.%s

report contains {"message": "found", "pointer": ""} if {
	%s
}
`, id, pkg, body))}}
}

// A custom rule may not reach the network, the clock, randomness, files,
// the environment or the runtime: New refuses it and says why.
func TestSandboxRefusesImpureBuiltins(t *testing.T) {
	calls := map[string]string{
		"http.send":                      `http.send({"method": "GET", "url": "https://example.com"}).status_code == 200`,
		"net.lookup_ip_addr":             `count(net.lookup_ip_addr("example.com")) > 0`,
		"net.cidr_contains":              `net.cidr_contains("10.0.0.0/8", "10.1.1.1")`,
		"opa.runtime":                    `opa.runtime().env.HOME != ""`,
		"time.now_ns":                    `time.now_ns() > 0`,
		"rand.intn":                      `rand.intn("x", 10) == 1`,
		"uuid.rfc4122":                   `uuid.rfc4122("x") != ""`,
		"crypto.x509.parse_certificates": `count(crypto.x509.parse_certificates("")) > 0`,
		"io.jwt.decode_verify":           `io.jwt.decode_verify("", {})[0]`,
		"trace":                          `trace("x")`,
		"numbers.range":                  `count(numbers.range(1, 1000000000000)) > 0`,
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			_, err := lint.New(context.Background(), lint.WithRules(customRule("team-check", call), "team-rules"))
			if err == nil {
				t.Fatalf("a rule calling %s was accepted", name)
			}
			want := "team-rules/team/team_check/team_check.rego:14: rego_type_error: " + name + " is not allowed in noticelint rules"
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q\nwant it to contain %q", err, want)
			}
		})
	}
}

// A rule whose work explodes is stopped at the deadline with an error that
// names it, instead of hanging the check.
func TestSandboxDeadline(t *testing.T) {
	explode := `
	some a in input.notice.activities
	some b in input.notice.activities
	some c in input.notice.activities
	some d in input.notice.activities
	a.name == concat("", [b.name, c.name, d.name])`
	l, err := lint.New(context.Background(), lint.WithAsOf("2026-11-22"),
		lint.WithTimeout(200*time.Millisecond), lint.WithRules(customRule("team-explosion", explode), "team-rules"))
	if err != nil {
		t.Fatal(err)
	}
	src := generatedNotice(t, 1000) // 10^12 combinations
	_, err = l.Check(context.Background(), "big.notice.json", src)
	if err == nil || !strings.Contains(err.Error(), "big.notice.json: evaluating the rules took longer than the 200ms deadline (lint.WithTimeout, --timeout)") {
		t.Fatalf("error %v, want the deadline named", err)
	}
	// A caller's own cancellation is not reported as the deadline.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := l.Check(ctx, "big.notice.json", src); err == nil || strings.Contains(err.Error(), "deadline (lint.WithTimeout") {
		t.Fatalf("error %v, want the caller's cancellation", err)
	}
}

func TestTimeoutMustBePositive(t *testing.T) {
	if _, err := lint.New(context.Background(), lint.WithTimeout(-time.Second)); err == nil {
		t.Fatal("a negative timeout was accepted")
	}
}

// Limits set through the library apply to Check and CheckFS; CheckFS
// refuses a file above the size limit without reading it.
func TestWithLimits(t *testing.T) {
	l, err := lint.New(context.Background(), lint.WithAsOf("2026-11-22"), lint.WithLimits(document.Limits{MaxBytes: 1000, MaxDepth: 4}))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"big.notice.yaml":  {Data: []byte("title: " + strings.Repeat("x", 2000))},
		"deep.notice.yaml": {Data: []byte("title: T\nlaws: [[[[[x]]]]]\n")},
	}
	report, err := l.CheckFS(context.Background(), fsys, []string{"big.notice.yaml", "deep.notice.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"1:1: error syntax: the file is 2,007 bytes, above the size limit of 1,000 bytes (max_bytes, --max-bytes); split it or raise the limit",
		"2:11: error syntax: the document is nested more than 4 levels deep, the depth limit (max_depth, --max-depth); a notice is about eight levels deep",
	}
	for i, f := range report.Files {
		if len(f.Findings) != 1 || f.Findings[0].String() != want[i] {
			t.Errorf("%s: got %v\nwant %s", f.File, f.Findings, want[i])
		}
	}
}
