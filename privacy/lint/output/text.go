package output

import (
	"fmt"
	"io"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// Text writes one line per finding, file:line:col: severity rule: message,
// the form editors and CI logs turn into links, then a summary line.
func Text(w io.Writer, r finding.Report) error {
	ew := &errWriter{w: w}
	for _, f := range r.Files {
		for _, x := range f.Findings {
			ew.printf("%s:%d:%d: %s %s: %s\n", f.File, x.Line, x.Column, x.Severity, x.Rule, x.Message)
		}
	}
	s := r.Summary
	ew.printf("%s checked as of %s: %s (%s, %s, %s)\n",
		plural(s.Files, "file"), s.AsOf, plural(s.Findings, "finding"),
		plural(s.Errors, "error"), plural(s.Warnings, "warning"), plural(s.Infos, "info"))
	return ew.err
}

func plural(n int, noun string) string {
	if n == 1 || noun == "info" {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// errWriter keeps the first write error so formats need not check each line.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
