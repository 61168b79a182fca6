package document

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/noticelint/noticelint/schema"
)

// largeNotice returns a valid notice with n activities, as YAML and as JSON.
func largeNotice(n int) (yamlSrc, jsonSrc []byte) {
	var b strings.Builder
	b.WriteString("title: Large notice\nlanguages: [nl, fr-BE]\nlast_updated: 2024-05-25\ncontroller:\n  name: Example BV\n  address:\n    country: BE\n  contact:\n    email: privacy@example.com\nactivities:\n")
	for i := range n {
		fmt.Fprintf(&b, `  - id: activity-%d
    name: Activity number %d
    purposes:
      - description: Purpose %d of the activity
        legal_bases: [contract]
    recipients: [{name: Host %d, role: processor}]
    retention: {period: P7Y}
`, i, i, i, i)
	}
	yamlSrc = []byte(b.String())
	d, fs := Parse("large.yaml", yamlSrc)
	if d == nil {
		panic(fmt.Sprint(fs))
	}
	jsonSrc, err := json.Marshal(d.Value)
	if err != nil {
		panic(err)
	}
	return yamlSrc, jsonSrc
}

func BenchmarkLoad(b *testing.B) {
	y, j := largeNotice(10_000)
	for _, tc := range []struct {
		name string
		src  []byte
	}{{"yaml", y}, {"json", j}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.src)))
			for b.Loop() {
				d, fs := Load("large."+tc.name, tc.src)
				if d == nil || len(fs) > 0 {
					b.Fatal(fs)
				}
			}
		})
	}
}

// A notice with 10,000 activities loads and validates well under a second,
// even on a slow or busy machine.
func TestLargeNotice(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	y, j := largeNotice(10_000)
	for name, src := range map[string][]byte{"large.yaml": y, "large.json": j} {
		start := time.Now()
		d, fs := Load(name, src)
		elapsed := time.Since(start)
		if d == nil || len(fs) > 0 {
			t.Fatalf("%s: %v", name, fs[:min(len(fs), 5)])
		}
		if elapsed > 5*time.Second {
			t.Errorf("%s (%d bytes) took %v", name, len(src), elapsed)
		}
		if got := d.Position("/activities/9999/retention/period"); got.Line == 0 {
			t.Errorf("no position for the last activity")
		}
	}
	// Errors in a large file are found, with their position, in bounded time.
	bad := strings.Replace(string(y), "  - id: activity-9000\n    name:", "  - id: activity-9000\n   name:", 1)
	start := time.Now()
	_, fs := Load("large.yaml", []byte(bad))
	t.Logf("error at %v found in %v", fs, time.Since(start))
	if len(fs) != 1 || fs[0].Line != 9000*7+12 || time.Since(start) > 20*time.Second {
		t.Errorf("%v after %v", fs, time.Since(start))
	}
}

func BenchmarkParse(b *testing.B) {
	y, _ := largeNotice(10_000)
	b.SetBytes(int64(len(y)))
	for b.Loop() {
		if d, fs := Parse("large.yaml", y); d == nil {
			b.Fatal(fs)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	y, _ := largeNotice(10_000)
	d, fs := Parse("large.yaml", y)
	if d == nil {
		b.Fatal(fs)
	}
	for b.Loop() {
		if fs := d.Validate(); len(fs) > 0 {
			b.Fatal(fs)
		}
	}
}

// BenchmarkCompileSchema measures compiling the notice schema, which a
// process pays once, before validating a notice the quick check refuses;
// the command line pays it while it prepares the rules.
func BenchmarkCompileSchema(b *testing.B) {
	for b.Loop() {
		if _, err := compileNotice(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQuickFromSource measures reading the quick check from the
// schema's text, which is all a process (the browser page first) pays
// before validating a notice the schema accepts.
func BenchmarkQuickFromSource(b *testing.B) {
	src := schema.Notice()
	for b.Loop() {
		if _, err := quickFromSource(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateErrors validates a large notice with two schema errors,
// as an editor re-checks a notice being written: the validator, whose
// errors word the findings, runs only on the parts that have them.
func BenchmarkValidateErrors(b *testing.B) {
	y, _ := largeNotice(10_000)
	bad := strings.Replace(string(y), "legal_bases: [contract]", "legal_bases: [contrat]", 1)
	bad = strings.Replace(bad, "title: Large notice\n", "title: 5\n", 1)
	d, fs := Parse("large.yaml", []byte(bad))
	if d == nil {
		b.Fatal(fs)
	}
	for b.Loop() {
		if fs := d.Validate(); len(fs) != 2 {
			b.Fatal(fs)
		}
	}
}
