package document

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input makes the loader panic or hang, and that
// every finding has a position.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"testdata/malformed", "testdata/valid"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, file := range files {
			if filepath.Ext(file) == ".golden" {
				continue
			}
			src, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(filepath.Ext(file) == ".json", src)
		}
	}
	f.Add(false, []byte("a: &a [*a]\nb: {<<: *a}\n"))
	f.Add(false, []byte("? [x]\n: y\n"))
	f.Add(true, []byte(`{"a": [1e400, "\ud800", -0.0e-0]}`))
	f.Fuzz(func(t *testing.T, isJSON bool, src []byte) {
		name := "fuzz.yaml"
		if isJSON {
			name = "fuzz.json"
		}
		d, fs := Load(name, src)
		if d == nil && len(fs) == 0 {
			t.Fatal("no document and no finding")
		}
		for _, f := range fs {
			if f.Line < 1 || f.Column < 1 {
				t.Fatalf("finding without a position: %v", f)
			}
		}
		if d != nil {
			d.Position("/a/0/b")
			d.Notice()
		}
	})
}
