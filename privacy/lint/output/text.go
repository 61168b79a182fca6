package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// ANSI colours of the severities in text output.
var severityColor = map[finding.Severity]string{
	finding.Error:   "\x1b[31m", // red
	finding.Warning: "\x1b[33m", // yellow
	finding.Info:    "\x1b[34m", // blue
}

const colorReset = "\x1b[0m"

// Text writes the findings grouped by file, for people and editors. Each
// file with findings gets a header line, its name and counts, then one line
// per finding,
//
//	file:line:col: severity rule-id: message
//
// the shape editors and CI logs turn into links; a message of several lines
// continues on lines indented by four spaces, so that every line that starts
// a finding has that shape. A blank line separates files; files without
// findings print nothing but are counted in the summary line that ends the
// output:
//
//	N files checked as of YYYY-MM-DD: N findings (N errors, N warnings, N info)
//
// followed by ", N suppressed" when suppressions (x-noticelint-ignore)
// silenced findings, which are not counted among the findings.
//
// With in.Color the severities are coloured (error red, warning yellow, info
// blue) and nothing else changes.
func Text(w io.Writer, in Input) error {
	ew := &errWriter{w: w}
	first := true
	for _, f := range in.Report.Files {
		if len(f.Findings) == 0 {
			continue
		}
		if !first {
			ew.write("\n")
		}
		first = false
		var errs, warns, infos int
		for _, x := range f.Findings {
			switch x.Severity {
			case finding.Error:
				errs++
			case finding.Warning:
				warns++
			case finding.Info:
				infos++
			}
		}
		ew.printf("%s: %s (%s, %s, %s)\n", f.File, plural(len(f.Findings), "finding"),
			plural(errs, "error"), plural(warns, "warning"), plural(infos, "info"))
		for _, x := range f.Findings {
			sev := string(x.Severity)
			if c, ok := severityColor[x.Severity]; ok && in.Color {
				sev = c + sev + colorReset
			}
			ew.write(findingLine(f.File, x, sev))
		}
	}
	if !first {
		ew.write("\n")
	}
	s := in.Report.Summary
	ew.printf("%s checked as of %s: %s (%s, %s, %s)",
		plural(s.Files, "file"), s.AsOf, plural(s.Findings, "finding"),
		plural(s.Errors, "error"), plural(s.Warnings, "warning"), plural(s.Infos, "info"))
	if s.Suppressed > 0 {
		ew.printf(", %d suppressed", s.Suppressed)
	}
	ew.write("\n")
	return ew.err
}

// findingLine formats a finding as one line (and a newline),
// file:line:col: severity rule-id: message, with the severity as given (it
// may be coloured). A message of several lines continues on lines indented
// by four spaces, so that only the first line has the shape editors read.
func findingLine(file string, x finding.Finding, severity string) string {
	msg := strings.ReplaceAll(x.Message, "\n", "\n    ")
	return fmt.Sprintf("%s:%d:%d: %s %s: %s\n", file, x.Line, x.Column, severity, x.Rule, msg)
}
