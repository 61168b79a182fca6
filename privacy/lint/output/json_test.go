package output

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

func TestJSONGolden(t *testing.T) {
	golden(t, "fixture.json", render(t, JSON, fixture))
}

func TestJSONRoundTrips(t *testing.T) {
	var back finding.Report
	if err := json.Unmarshal([]byte(render(t, JSON, fixture)), &back); err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(back)
	want, _ := json.Marshal(fixture.Report)
	if string(got) != string(want) {
		t.Errorf("round trip lost data:\n%s\nwant\n%s", got, want)
	}
}

// The JSON shape is documented and stable: the examples' committed JSON
// reports, decoded and written again, come out byte for byte the same.
func TestJSONKeepsTheDocumentedShape(t *testing.T) {
	files, err := filepath.Glob("../../../examples/golden/*.json")
	if err != nil || len(files) == 0 {
		t.Skipf("no example reports (%v)", err)
	}
	for _, file := range files {
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var r finding.Report
		if err := json.Unmarshal(want, &r); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if got := render(t, JSON, Input{Report: r}); got != string(want) {
			t.Errorf("%s: JSON output differs from the committed report", file)
		}
	}
}
