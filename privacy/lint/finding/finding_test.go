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
		File{File: "a", Findings: []Finding{{Severity: Error}, {Severity: Warning}, {Severity: Warning}}, Suppressed: 2},
		File{File: "b", Suppressed: 1},
		File{File: "c", Findings: []Finding{{Severity: Info}}},
	)
	want := Summary{Files: 3, Findings: 4, Errors: 1, Warnings: 2, Infos: 1, Suppressed: 3, AsOf: "2026-11-22"}
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

func TestReserved(t *testing.T) {
	for id, want := range map[string]bool{RuleSyntax: true, RuleSchema: true, RuleSuppression: true, "retention-vague": false, "": false} {
		if Reserved(id) != want {
			t.Errorf("Reserved(%q) = %v", id, !want)
		}
	}
}

// A file without suppressed findings encodes as before; the summary always
// counts them.
func TestSuppressedJSON(t *testing.T) {
	b, err := json.Marshal(NewReport("2026-11-22", File{File: "a"}, File{File: "b", Suppressed: 2}))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"files":[{"file":"a","findings":[]},{"file":"b","findings":[],"suppressed":2}],"summary":{"files":2,"findings":0,"errors":0,"warnings":0,"infos":0,"suppressed":2,"as_of":"2026-11-22"}}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}
