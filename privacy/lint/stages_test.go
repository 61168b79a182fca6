package lint_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/document"
)

// BenchmarkCheckStages splits the check of each example, and of generated
// notices of 100 and 1,000 activities, into its stages: parsing, loading
// (parsing and schema validation) and evaluating the rules over the loaded
// document, to show where a check's time goes.
func BenchmarkCheckStages(b *testing.B) {
	l := newLinter(b)
	type notice struct {
		name, file string
		src        []byte
	}
	var notices []notice
	files, _ := filepath.Glob("../../examples/*.notice.yaml")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		notices = append(notices, notice{strings.TrimSuffix(filepath.Base(file), ".notice.yaml"), file, src})
	}
	for _, n := range []int{100, 1000} {
		notices = append(notices, notice{fmt.Sprintf("activities=%d", n), "generated.notice.json", generatedNotice(b, n)})
	}
	for _, n := range notices {
		b.Run(n.name+"/parse", func(b *testing.B) {
			for b.Loop() {
				document.Parse(n.file, n.src)
			}
		})
		b.Run(n.name+"/load", func(b *testing.B) {
			for b.Loop() {
				document.Load(n.file, n.src)
			}
		})
		doc, _ := document.Load(n.file, n.src)
		b.Run(n.name+"/evaluate", func(b *testing.B) {
			for b.Loop() {
				if _, err := l.CheckDocument(context.Background(), doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
