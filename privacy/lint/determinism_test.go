package lint_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path"
	"runtime"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/output"
)

// The same notices give byte-identical output in every format, run after
// run and whatever the number of cores the parallel check uses.
func TestDeterministicOutput(t *testing.T) {
	l := newLinter(t)
	fsys := os.DirFS("../..")
	var names []string
	for _, dir := range []string{"examples", "privacy/lint/document/testdata/malformed"} {
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".golden") && !e.IsDir() {
				names = append(names, path.Join(dir, e.Name()))
			}
		}
	}
	render := func() map[string][]byte {
		report, err := l.CheckFS(context.Background(), fsys, names)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]byte{}
		for _, name := range output.Names() {
			format, err := output.Lookup(name)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := format(&b, output.Input{Report: report, Rules: l.Rules()}); err != nil {
				t.Fatal(err)
			}
			out[name] = b.Bytes()
		}
		return out
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var want map[string][]byte
	for _, procs := range []int{1, 2, 8, 2} {
		runtime.GOMAXPROCS(procs)
		got := render()
		if want == nil {
			want = got
			continue
		}
		for name := range want {
			if !bytes.Equal(got[name], want[name]) {
				t.Errorf("%s output with GOMAXPROCS=%d differs from the first run", name, procs)
			}
		}
	}
	t.Logf("%d files, %d formats: identical across runs and GOMAXPROCS 1, 2 and 8", len(names), len(want))
}
