package output

import (
	"encoding/xml"
	"strings"
	"testing"
)

func TestJUnitGolden(t *testing.T) {
	golden(t, "fixture.junit.xml", render(t, JUnit, fixture))
}

// junitOut is the JUnit document as a CI viewer reads it back.
type junitOut struct {
	XMLName  xml.Name `xml:"testsuites"`
	Name     string   `xml:"name,attr"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Suites   []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Cases    []struct {
			ClassName string `xml:"classname,attr"`
			Name      string `xml:"name,attr"`
			Failure   *struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Body    string `xml:",chardata"`
			} `xml:"failure"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func TestJUnitCountsAreConsistent(t *testing.T) {
	var doc junitOut
	if err := xml.Unmarshal([]byte(render(t, JUnit, fixture)), &doc); err != nil {
		t.Fatal(err)
	}
	const rules = 7 // four documented rules and the three of the loader: syntax, schema and suppression
	files := fixture.Report.Files
	if doc.Name != "noticelint" || len(doc.Suites) != len(files) {
		t.Fatalf("testsuites %q with %d suites, want noticelint with %d", doc.Name, len(doc.Suites), len(files))
	}
	var tests, failures, failed int
	for i, s := range doc.Suites {
		if s.Name != files[i].File || s.Tests != len(s.Cases) || s.Tests != rules {
			t.Errorf("suite %q: tests=%d with %d cases, want %s with %d", s.Name, s.Tests, len(s.Cases), files[i].File, rules)
		}
		perRule := map[string]int{}
		for _, f := range files[i].Findings {
			perRule[f.Rule]++
		}
		var suiteFailures, findings int
		for _, c := range s.Cases {
			if c.ClassName != s.Name {
				t.Errorf("case %s: classname %q, want %q", c.Name, c.ClassName, s.Name)
			}
			if (c.Failure != nil) != (perRule[c.Name] > 0) {
				t.Errorf("%s %s: failure %v, but %d findings", s.Name, c.Name, c.Failure != nil, perRule[c.Name])
			}
			if c.Failure == nil {
				continue
			}
			suiteFailures++
			lines := strings.Count(c.Failure.Body, "\n"+s.Name+":") + 1
			findings += lines
			if !strings.HasPrefix(c.Failure.Body, s.Name+":") {
				t.Errorf("%s %s: failure body %q should list file:line:col lines", s.Name, c.Name, c.Failure.Body)
			}
			if want := plural(perRule[c.Name], "finding"); c.Failure.Message != want || lines != perRule[c.Name] {
				t.Errorf("%s %s: message %q with %d lines, want %q", s.Name, c.Name, c.Failure.Message, lines, want)
			}
		}
		if s.Failures != suiteFailures || findings != len(files[i].Findings) {
			t.Errorf("suite %s: failures=%d, counted %d failures and %d findings, want %d findings", s.Name, s.Failures, suiteFailures, findings, len(files[i].Findings))
		}
		tests += s.Tests
		failures += s.Failures
		failed += suiteFailures
	}
	if doc.Tests != tests || doc.Failures != failures || failures != failed {
		t.Errorf("testsuites tests=%d failures=%d, suites add up to %d and %d", doc.Tests, doc.Failures, tests, failures)
	}
}

// The failure type is the most serious severity among the rule's findings.
func TestJUnitFailureTypeIsTheHighestSeverity(t *testing.T) {
	var doc junitOut
	if err := xml.Unmarshal([]byte(render(t, JUnit, fixture)), &doc); err != nil {
		t.Fatal(err)
	}
	for _, c := range doc.Suites[0].Cases {
		if c.Name == "placeholder-text" && (c.Failure == nil || c.Failure.Type != "warning") {
			t.Errorf("placeholder-text (a warning and an info) failed with %+v, want type warning", c.Failure)
		}
	}
}

func TestXMLText(t *testing.T) {
	got := xmlText("a < b & c > d\n\te\r\x01\xff")
	if want := "a &lt; b &amp; c &gt; d\n\te&#xD;\uFFFD\uFFFD"; got != want {
		t.Errorf("xmlText = %q, want %q", got, want)
	}
	var back struct {
		Body string `xml:",chardata"`
	}
	if err := xml.Unmarshal([]byte("<x>"+got+"</x>"), &back); err != nil || back.Body != "a < b & c > d\n\te\r\uFFFD\uFFFD" {
		t.Errorf("read back %q, %v", back.Body, err)
	}
}
