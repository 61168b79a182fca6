package output

import (
	"encoding/xml"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// JUnit writes the report as JUnit XML, which CI servers (GitLab, Jenkins,
// GitHub test reporters) show as test results. Each checked file is a
// <testsuite> named after the file; each rule of ruleDocs is a <testcase>
// in it, classname the file and name the rule id. A rule with findings in
// the file fails: the <failure> message counts the findings, its type is
// their highest severity and its body lists them as text does,
// file:line:col: severity rule-id: message. A rule without findings passes.
// <testsuites> totals the tests and failures of all suites.
func JUnit(w io.Writer, in Input) error {
	rules := ruleDocs(in)
	suites := junitSuites{Name: toolName, Suites: []junitSuite{}}
	for _, f := range in.Report.Files {
		byRule := map[string][]finding.Finding{}
		for _, x := range f.Findings {
			byRule[x.Rule] = append(byRule[x.Rule], x)
		}
		suite := junitSuite{Name: f.File, Tests: len(rules), Cases: make([]junitCase, len(rules))}
		for i, r := range rules {
			suite.Cases[i] = junitCase{ClassName: f.File, Name: r.ID}
			found := byRule[r.ID]
			if len(found) == 0 {
				continue
			}
			worst := found[0].Severity
			var body strings.Builder
			for _, x := range found {
				if x.Severity.AtLeast(worst) {
					worst = x.Severity
				}
				body.WriteString(findingLine(f.File, x, string(x.Severity)))
			}
			suite.Cases[i].Failure = &junitFailure{
				Message: plural(len(found), "finding"),
				Type:    string(worst),
				Body:    xmlText(body.String()),
			}
			suite.Failures++
		}
		suites.Tests += suite.Tests
		suites.Failures += suite.Failures
		suites.Suites = append(suites.Suites, suite)
	}
	ew := &errWriter{w: w}
	ew.write(xml.Header)
	out, err := xml.MarshalIndent(suites, "", "  ")
	if err != nil {
		return err
	}
	ew.write(string(out))
	ew.write("\n")
	return ew.err
}

// xmlText escapes s as XML character data. Unlike encoding/xml it keeps
// newlines and tabs as they are, so the failure body stays readable; it
// writes a carriage return as a reference, which parsers would otherwise
// drop, and replaces characters XML 1.0 cannot hold with U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '\r':
			b.WriteString("&#xD;")
		case r == '\t' || r == '\n' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= utf8.MaxRune:
			b.WriteRune(r)
		default:
			b.WriteRune(utf8.RuneError)
		}
	}
	return b.String()
}

// The JUnit XML elements noticelint writes: the common subset the CI
// viewers read.
type (
	junitSuites struct {
		XMLName  xml.Name     `xml:"testsuites"`
		Name     string       `xml:"name,attr"`
		Tests    int          `xml:"tests,attr"`
		Failures int          `xml:"failures,attr"`
		Suites   []junitSuite `xml:"testsuite"`
	}
	junitSuite struct {
		Name     string      `xml:"name,attr"`
		Tests    int         `xml:"tests,attr"`
		Failures int         `xml:"failures,attr"`
		Cases    []junitCase `xml:"testcase"`
	}
	junitCase struct {
		ClassName string        `xml:"classname,attr"`
		Name      string        `xml:"name,attr"`
		Failure   *junitFailure `xml:"failure"`
	}
	junitFailure struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Body    string `xml:",innerxml"`
	}
)
