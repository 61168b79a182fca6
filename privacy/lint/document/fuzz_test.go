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
	f.Add(false, []byte("title: T\nx-noticelint-ignore: [{rule: notice-date, reason: draft}]\ncontroller:\n  x-noticelint-ignore:\n    - rule: controller-identity\n"))
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
			d.RuleValue()
			for _, s := range d.Suppressions() {
				if pos := d.Position(s.Pointer); pos.Line < 1 {
					t.Fatalf("suppression without a position: %+v", s)
				}
			}
		}
	})
}

// FuzzValidate starts from valid notices and checks that schema validation
// never panics and that every finding it gives sits where its pointer is.
func FuzzValidate(f *testing.F) {
	files, _ := filepath.Glob("../../../examples/*.notice.yaml")
	valid, _ := filepath.Glob("testdata/valid/*")
	malformed, _ := filepath.Glob("testdata/malformed/*")
	for _, file := range append(append(files, valid...), malformed...) {
		if filepath.Ext(file) == ".golden" {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(filepath.Ext(file) == ".json", src)
	}
	f.Fuzz(func(t *testing.T, isJSON bool, src []byte) {
		name := "fuzz.yaml"
		if isJSON {
			name = "fuzz.json"
		}
		d, _ := Parse(name, src)
		if d == nil {
			return
		}
		for _, f := range d.Validate() {
			if f.Rule != "schema" || f.Line < 1 || f.Column < 1 || f.Message == "" {
				t.Fatalf("malformed schema finding: %+v", f)
			}
			if pos := d.Position(f.Pointer); pos != (Position{f.Line, f.Column}) {
				t.Fatalf("finding at %d:%d but its pointer %q is at %v: %s", f.Line, f.Column, f.Pointer, pos, f.Message)
			}
		}
	})
}
