package finding

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestSortOrdersByPositionThenRule(t *testing.T) {
	in := []Finding{
		{Rule: "b", Line: 2, Column: 1, Message: "m"},
		{Rule: "a", Line: 2, Column: 1, Message: "m"},
		{Rule: "z", Line: 1, Column: 9, Message: "m"},
		{Rule: "a", Line: 2, Column: 1, Message: "m"}, // duplicate, dropped
		{Rule: "c", Line: 0, Column: 0, Message: "m"}, // unknown position first
	}
	got := Sort(slices.Clone(in))
	var rules []string
	for _, f := range got {
		rules = append(rules, f.Rule)
	}
	if want := []string{"c", "z", "a", "b"}; !slices.Equal(rules, want) {
		t.Errorf("order %v, want %v", rules, want)
	}
}

func TestNewReportCounts(t *testing.T) {
	r := NewReport("2026-11-22",
		File{File: "a", Findings: []Finding{{Severity: Error}, {Severity: Warning}, {Severity: Warning}}},
		File{File: "b"},
		File{File: "c", Findings: []Finding{{Severity: Info}}},
	)
	want := Summary{Files: 3, Findings: 4, Errors: 1, Warnings: 2, Infos: 1, AsOf: "2026-11-22"}
	if r.Summary != want {
		t.Errorf("summary %+v, want %+v", r.Summary, want)
	}
	if r.Files[1].Findings == nil {
		t.Error("a clean file must encode its findings as [], not null")
	}
	if !r.Has(Error) || !r.Has(Info) || NewReport("x", File{File: "a", Findings: []Finding{{Severity: Warning}}}).Has(Error) {
		t.Error("Has does not honour the severity threshold")
	}
}

func TestSeverity(t *testing.T) {
	for _, tt := range []struct {
		s, min Severity
		want   bool
	}{
		{Error, Error, true}, {Error, Info, true}, {Warning, Error, false},
		{Warning, Warning, true}, {Info, Warning, false}, {Info, Info, true},
	} {
		if got := tt.s.AtLeast(tt.min); got != tt.want {
			t.Errorf("%s.AtLeast(%s) = %v", tt.s, tt.min, got)
		}
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("ParseSeverity accepted fatal")
	}
	var s Severity
	if err := json.Unmarshal([]byte(`"warn"`), &s); err == nil {
		t.Error("UnmarshalJSON accepted warn")
	}
}

func TestFails(t *testing.T) {
	r := NewReport("x", File{File: "a", Findings: []Finding{{Severity: Warning}}})
	for failOn, want := range map[string]bool{"error": false, "warning": true, "info": true, "never": false} {
		if got := r.Fails(failOn); got != want {
			t.Errorf("Fails(%s) = %v, want %v", failOn, got, want)
		}
	}
}
