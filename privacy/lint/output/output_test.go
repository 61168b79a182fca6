package output

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

var report = finding.NewReport("2026-11-22",
	finding.File{File: "a.notice.yaml", Findings: []finding.Finding{
		{Rule: "retention-missing", Severity: finding.Error, Message: "No retention.", Pointer: "/activities/0", Line: 7, Column: 5, References: []string{"GDPR Art. 13(2)(a)"}},
		{Rule: "notice-date", Severity: finding.Info, Message: "Undated.", Line: 1, Column: 1},
	}},
)

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, report); err != nil {
		t.Fatal(err)
	}
	want := "a.notice.yaml:7:5: error retention-missing: No retention.\n" +
		"a.notice.yaml:1:1: info notice-date: Undated.\n" +
		"1 file checked as of 2026-11-22: 2 findings (1 error, 0 warnings, 1 info)\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestJSONRoundTrips(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, report); err != nil {
		t.Fatal(err)
	}
	var back finding.Report
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Summary != report.Summary || len(back.Files[0].Findings) != 2 || back.Files[0].Findings[0].Pointer != "/activities/0" {
		t.Errorf("round trip lost data: %+v", back)
	}
}

func TestLookup(t *testing.T) {
	if !slices.IsSorted(Names()) || !slices.Contains(Names(), "json") || !slices.Contains(Names(), "text") {
		t.Errorf("Names() = %v", Names())
	}
	if _, err := Lookup("xml"); err == nil || !strings.Contains(err.Error(), "json, text") {
		t.Errorf("Lookup(xml) error %v should list the formats", err)
	}
}
