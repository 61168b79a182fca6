package output

import (
	"regexp"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

func TestTextGolden(t *testing.T) {
	golden(t, "fixture.txt", render(t, Text, fixture))
}

func TestTextColorGolden(t *testing.T) {
	in := fixture
	in.Color = true
	got := render(t, Text, in)
	golden(t, "fixture-color.txt", got)
	// Colour changes nothing but the severities.
	plain := regexp.MustCompile("\x1b\\[[0-9]+m").ReplaceAllString(got, "")
	if plain != render(t, Text, fixture) {
		t.Error("colour changes more than the severities")
	}
	for _, want := range []string{"\x1b[31merror\x1b[0m", "\x1b[33mwarning\x1b[0m", "\x1b[34minfo\x1b[0m"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in coloured output", want)
		}
	}
}

// Every finding starts a line file:line:col: severity rule-id: message,
// the shape editors turn into links; the other lines are a header per file,
// blank separators, indented continuations of a message, and the summary.
func TestTextLineShapes(t *testing.T) {
	var (
		findingLine = regexp.MustCompile(`^notices/[^:]+:\d+:\d+: (error|warning|info) [a-z-]+: \S`)
		header      = regexp.MustCompile(`^notices/[^:]+: \d+ findings? \(\d+ errors?, \d+ warnings?, \d+ info\)$`)
		summary     = regexp.MustCompile(`^\d+ files? checked as of \d{4}-\d\d-\d\d: \d+ findings? \(\d+ errors?, \d+ warnings?, \d+ info\)$`)
	)
	lines := strings.Split(strings.TrimSuffix(render(t, Text, fixture), "\n"), "\n")
	var findings, headers int
	for i, line := range lines {
		switch {
		case findingLine.MatchString(line):
			findings++
		case header.MatchString(line):
			headers++
		case line == "", strings.HasPrefix(line, "    "):
		case i == len(lines)-1 && summary.MatchString(line):
		default:
			t.Errorf("line %d has no known shape: %q", i+1, line)
		}
	}
	if s := fixture.Report.Summary; findings != s.Findings || headers != 2 {
		t.Errorf("%d finding lines and %d headers, want %d and 2 (the clean file has none)", findings, headers, s.Findings)
	}
}

func TestTextCleanReportIsOneLine(t *testing.T) {
	in := Input{Report: finding.NewReport("2026-11-22", finding.File{File: "examples/reference.notice.yaml"})}
	want := "1 file checked as of 2026-11-22: 0 findings (0 errors, 0 warnings, 0 info)\n"
	if got := render(t, Text, in); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Findings that suppressions silenced are counted after the others, only
// when there are some.
func TestTextCountsSuppressed(t *testing.T) {
	in := Input{Report: finding.NewReport("2026-11-22", finding.File{File: "a.notice.yaml", Suppressed: 2}, finding.File{File: "b.notice.yaml"})}
	want := "2 files checked as of 2026-11-22: 0 findings (0 errors, 0 warnings, 0 info), 2 suppressed\n"
	if got := render(t, Text, in); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
