package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// One build serves every test of the process: building the engine takes a
// while. It is not compressed: the committed copies are checked by
// decompressing them, which is fast and does not depend on the encoder.
var (
	tmpRoot string // removed by TestMain

	engineOnce sync.Once
	engineDir  string
	engineErr  error

	pageOnce sync.Once
	pageErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if tmpRoot != "" {
		os.RemoveAll(tmpRoot)
	}
	os.Exit(code)
}

func testBuilder(t *testing.T) *builder {
	t.Helper()
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	return &builder{root: root}
}

// needTools skips the test when the build cannot run here: in short mode,
// or without Node and npm. CI has both.
func needTools(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("building the browser engine takes a while; skipped in short mode")
	}
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH: the browser build and its tests need Node.js with npm", tool)
		}
	}
}

// builtEngine returns a directory holding engine.wasm, wasm_exec.js,
// policy.wasm, data.json and rules.json, freshly built, with the npm
// packages engine.js imports installed.
func builtEngine(t *testing.T) string {
	t.Helper()
	needTools(t)
	engineOnce.Do(func() {
		b := testBuilder(t)
		tmpRoot, engineErr = os.MkdirTemp("", "noticelint-wasm-*")
		if engineErr != nil {
			return
		}
		engineDir = filepath.Join(tmpRoot, "dist")
		if engineErr = os.Mkdir(engineDir, 0o755); engineErr != nil {
			return
		}
		ctx := context.Background()
		if engineErr = b.engine(ctx, engineDir); engineErr != nil {
			return
		}
		engineErr = b.npmCI(ctx, filepath.Join(b.root, filepath.FromSlash(webDir)))
	})
	if engineErr != nil {
		t.Fatalf("building the engine: %v", engineErr)
	}
	return engineDir
}

// builtDist returns a directory holding the whole output, uncompressed.
func builtDist(t *testing.T) string {
	t.Helper()
	dir := builtEngine(t)
	pageOnce.Do(func() { pageErr = testBuilder(t).page(context.Background(), dir) })
	if pageErr != nil {
		t.Fatalf("building the page: %v", pageErr)
	}
	return dir
}

// The browser engine must not link OPA: that is what keeps it small. The
// rules reach it compiled to their own wasm module.
func TestEngineLinksNoOPA(t *testing.T) {
	b := testBuilder(t)
	cmd := exec.Command("go", "list", "-deps", enginePkg)
	cmd.Dir = b.root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, modulePath+"/privacy/lint/pipeline") {
		t.Fatalf("go list -deps %s does not list the pipeline package; got %v", enginePkg, deps)
	}
	var outside []string
	for _, d := range deps {
		if strings.HasPrefix(d, "github.com/open-policy-agent/") {
			t.Errorf("the browser engine depends on %s", d)
		}
		if first, _, _ := strings.Cut(d, "/"); strings.Contains(first, ".") {
			outside = append(outside, d)
		}
	}
	t.Logf("packages beyond the standard library: %s", strings.Join(outside, " "))
}

// The committed wasm/dist, which `noticelint serve` embeds, must be what
// the build makes of the current sources.
func TestDistUpToDate(t *testing.T) {
	fresh := builtDist(t)
	committed := filepath.Join(testBuilder(t).root, filepath.FromSlash(distDir))
	problems, err := compareDist(fresh, committed)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Errorf("%s is stale; rebuild it with\n\n\t%s\n\nand commit it:\n\t%s", distDir, refresh, strings.Join(problems, "\n\t"))
	}
}

// compareDist lists how committed differs from fresh, an uncompressed
// build: files missing, extra or different, and compressed copies that do
// not hold their file.
func compareDist(fresh, committed string) ([]string, error) {
	want, err := listFiles(fresh)
	if err != nil {
		return nil, err
	}
	got, err := listFiles(committed)
	if err != nil {
		return []string{fmt.Sprintf("%s cannot be read: %v", distDir, err)}, nil
	}
	var problems []string
	for _, name := range want {
		if !slices.Contains(got, name) {
			problems = append(problems, name+" is missing")
			continue
		}
		a, err := os.ReadFile(filepath.Join(fresh, filepath.FromSlash(name)))
		if err != nil {
			return nil, err
		}
		b, err := os.ReadFile(filepath.Join(committed, filepath.FromSlash(name)))
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(a, b) {
			problems = append(problems, name+" differs")
		}
	}
	for _, name := range got {
		if !slices.Contains(want, name) {
			problems = append(problems, name+" is not made by the build")
		}
	}
	// Compressed copies: each beside its file, holding exactly it.
	err = filepath.WalkDir(committed, func(p string, d os.DirEntry, err error) error {
		if err != nil || !isCompressed(p) {
			return err
		}
		rel, _ := filepath.Rel(committed, p)
		rel = filepath.ToSlash(rel)
		raw, err := os.ReadFile(p[:len(p)-len(filepath.Ext(p))])
		if err != nil {
			problems = append(problems, rel+" has no uncompressed file beside it")
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if content, err := decompress(p, src); err != nil || !bytes.Equal(content, raw) {
			problems = append(problems, rel+" does not hold its file")
		}
		return nil
	})
	return problems, err
}

// Everything the page needs to check a notice must download in at most
// 2 MB, compressed as served to a browser (brotli; Chromium asks for it
// from localhost too). The sizes are those of the committed build, which
// TestDistUpToDate ties to the sources.
func TestDownloadSize(t *testing.T) {
	const budget = 2_000_000
	dir := filepath.Join(testBuilder(t).root, filepath.FromSlash(distDir))
	s, err := assetSizes(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(s) == 0 {
		t.Fatalf("%s is empty; build it with %s", distDir, refresh)
	}
	t.Logf("%s:\n%s", distDir, s)
	needed := s.total(neededToCheck)
	t.Logf("needed to check a notice: %d bytes brotli, %d gzip, %d raw (budget %d)", needed.Brotli, needed.Gzip, needed.Raw, budget)
	if needed.Brotli > budget {
		t.Errorf("the page needs %d bytes (brotli) to check a notice; the budget is %d", needed.Brotli, budget)
	}
	for _, a := range s {
		if neededToCheck(a.Name) && a.Raw > 1024 && (!a.hasBrotli || !a.hasGzip) {
			t.Errorf("%s has no compressed copies", a.Name)
		}
	}
}

func TestCompareDist(t *testing.T) {
	fresh, committed := t.TempDir(), t.TempDir()
	write := func(dir, name string, content []byte) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	same := []byte("same content, long enough to compress, long enough to compress")
	gz, err := gzipBytes(same)
	if err != nil {
		t.Fatal(err)
	}
	br, err := brotliBytes(same)
	if err != nil {
		t.Fatal(err)
	}
	write(fresh, "index.html", same)
	write(committed, "index.html", same)
	write(committed, "index.html.gz", gz)
	write(committed, "index.html.br", br)
	if problems, err := compareDist(fresh, committed); err != nil || len(problems) > 0 {
		t.Fatalf("identical builds: %v %v", problems, err)
	}

	write(fresh, "app.js", []byte("new"))
	write(fresh, "examples/a.notice.yaml", []byte("a"))
	write(committed, "examples/a.notice.yaml", []byte("b"))
	write(committed, "old.js", []byte("old"))
	write(committed, "index.html.br", gz)
	write(committed, "gone.css.gz", gz)
	problems, err := compareDist(fresh, committed)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"app.js is missing",
		"examples/a.notice.yaml differs",
		"old.js is not made by the build",
		"gone.css.gz has no uncompressed file beside it",
		"index.html.br does not hold its file",
	}
	slices.Sort(want)
	slices.Sort(problems)
	if !slices.Equal(problems, want) {
		t.Errorf("problems\n\t%s\nwant\n\t%s", strings.Join(problems, "\n\t"), strings.Join(want, "\n\t"))
	}
}
