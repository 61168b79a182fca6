package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// A notice may silence a rule's finding for one element with a reason
// (x-noticelint-ignore); the CLI shows what was silenced in its summary and
// reports the suppressions that are wrong: one without a reason, one for an
// unknown rule, one that silences nothing. The golden files beside the
// notice hold the text and JSON output.
func TestSuppressionsGolden(t *testing.T) {
	const notice = "testdata/suppress/shop.notice.yaml"
	for format, ext := range map[string]string{"json": ".json", "text": ".txt"} {
		t.Run(format, func(t *testing.T) {
			code, out, stderr := runCLI(t, "check", "--format", format, "--as-of", asOf, notice)
			if code != exitClean || stderr != "" {
				t.Errorf("exit %d, stderr %q: the findings about suppressions are warnings", code, stderr)
			}
			golden(t, filepath.Join("testdata", "suppress", "shop"+ext), out)
		})
	}
	if code, _, _ := runCLI(t, "check", "--fail-on", "warning", "--as-of", asOf, notice); code != exitFindings {
		t.Errorf("--fail-on warning: exit %d, want %d", code, exitFindings)
	}
}

// A suppression of a rule the configuration switches off is not reported
// as silencing nothing: the rule may be switched on again.
func TestSuppressionsOfRulesSwitchedOff(t *testing.T) {
	code, out, stderr := runCLI(t, "check", "--config", "testdata/suppress/noticelint.yaml", "--as-of", asOf, "testdata/suppress/shop.notice.yaml")
	if code != exitClean || stderr != "" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if strings.Contains(out, "retention-missing") {
		t.Errorf("the suppression of retention-missing, switched off, is reported:\n%s", out)
	}
	golden(t, filepath.Join("testdata", "suppress", "off.txt"), out)
}
