package output

import (
	"io"
	"strconv"
	"strings"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// GitHub writes one GitHub Actions workflow command per finding, which the
// runner turns into an annotation on the file and line:
//
//	::error file=PATH,line=L,col=C,title=RULE::MESSAGE
//
// Warnings become ::warning and info ::notice; line and col are left out
// when unknown (0). Values are escaped as the runner expects (the escapeData
// and escapeProperty functions of actions/toolkit): %, CR and LF in the
// message, and also : and , in property values. Files without findings and
// the summary print nothing.
func GitHub(w io.Writer, in Input) error {
	ew := &errWriter{w: w}
	for _, f := range in.Report.Files {
		for _, x := range f.Findings {
			props := "file=" + githubProperty.Replace(f.File)
			if x.Line > 0 {
				props += ",line=" + strconv.Itoa(x.Line)
				if x.Column > 0 {
					props += ",col=" + strconv.Itoa(x.Column)
				}
			}
			props += ",title=" + githubProperty.Replace(x.Rule)
			ew.printf("::%s %s::%s\n", githubCommand(x.Severity), props, githubData.Replace(x.Message))
		}
	}
	return ew.err
}

// githubCommand is the workflow command that annotates at a severity.
func githubCommand(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "error"
	case finding.Info:
		return "notice"
	}
	return "warning"
}

// Escapes of workflow command values. strings.Replacer replaces in one pass,
// so the % of an escape is never escaped again.
var (
	githubData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)
