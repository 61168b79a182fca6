package lint_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/document"
)

// BenchmarkCheckStages splits the check of each example into its stages:
// parsing, loading (parsing and schema validation) and evaluating the rules
// over the loaded document, to show where a check's time goes.
func BenchmarkCheckStages(b *testing.B) {
	l := newLinter(b)
	files, _ := filepath.Glob("../../examples/*.notice.yaml")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(file), ".notice.yaml")
		b.Run(name+"/parse", func(b *testing.B) {
			for b.Loop() {
				document.Parse(file, src)
			}
		})
		b.Run(name+"/load", func(b *testing.B) {
			for b.Loop() {
				document.Load(file, src)
			}
		})
		doc, _ := document.Load(file, src)
		b.Run(name+"/evaluate", func(b *testing.B) {
			for b.Loop() {
				if _, err := l.CheckDocument(context.Background(), doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
