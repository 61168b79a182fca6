package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"

	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/pipeline"
	"github.com/noticelint/noticelint/wasm/internal/wire"
)

const (
	modulePath = "github.com/noticelint/noticelint"
	distDir    = "wasm/dist" // the committed output, embedded by package wasm
	webDir     = "wasm/web"  // package.json, src/ (main.js, engine.js), static/
	enginePkg  = "./wasm/engine"
	refresh    = "go run ./wasm/build"
)

// The files the engine needs, beside the page's own.
const (
	engineFile   = "engine.wasm"
	goSupport    = "wasm_exec.js"
	policyFile   = "policy.wasm"
	dataFile     = "data.json"
	rulesFile    = "rules.json"
	appFile      = "app.js"
	bootFile     = "boot.js"
	workerFile   = "worker.js"
	examplesDir  = "examples"
	opaUnused    = "./src/opa-unused.js"      // replaces the packages behind the SDK's JavaScript builtins
	warmupPkg    = "noticelint-warmup-inputs" // the name policy-warmup.js imports its samples by
	staticDir    = "static"
	npmLockStamp = ".noticelint-npm-ci" // in node_modules: sha256 of the package-lock.json installed
)

// builder writes the parts of the output. log receives the commands it runs.
type builder struct {
	root string
	log  io.Writer
}

// repoRoot is the directory of this module's go.mod, found from the working
// directory upwards.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if mod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && goModDirective(mod, "module") == modulePath {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("not inside the %s module; run the build from the repository", modulePath)
		}
		dir = parent
	}
}

// goModDirective returns the argument of a one-line go.mod directive.
func goModDirective(mod []byte, name string) string {
	sc := bufio.NewScanner(bytes.NewReader(mod))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 && f[0] == name {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}

// toolchain is the Go toolchain engine.wasm is built with: go.mod's
// toolchain, or its go version. Pinning it (GOTOOLCHAIN, which fetches it
// from the module proxy when the installed Go differs) makes engine.wasm
// and wasm_exec.js the same whichever Go runs the build.
func (b *builder) toolchain() (string, error) {
	mod, err := os.ReadFile(filepath.Join(b.root, "go.mod"))
	if err != nil {
		return "", err
	}
	if tc := goModDirective(mod, "toolchain"); tc != "" {
		return tc, nil
	}
	if v := goModDirective(mod, "go"); v != "" {
		return "go" + v, nil
	}
	return "", errors.New("go.mod names no go version")
}

// engine writes what checking needs: engine.wasm, wasm_exec.js,
// policy.wasm, data.json and rules.json.
func (b *builder) engine(ctx context.Context, out string) error {
	tc, err := b.toolchain()
	if err != nil {
		return err
	}
	env := append(os.Environ(), "GOTOOLCHAIN="+tc, "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0", "GOFLAGS=", "GOWASM=")
	if err := b.cmd(ctx, b.root, env, "go", "build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w -buildid=",
		"-o", filepath.Join(out, engineFile), enginePkg); err != nil {
		return err
	}
	goroot, err := b.output(ctx, b.root, env, "go", "env", "GOROOT")
	if err != nil {
		return err
	}
	if err := copyFile(filepath.Join(strings.TrimSpace(goroot), "lib", "wasm", goSupport), filepath.Join(out, goSupport)); err != nil {
		return fmt.Errorf("Go's JavaScript support: %w", err)
	}
	return b.policy(ctx, out)
}

// policy compiles the rules to wasm and writes them with their data and
// documentation.
func (b *builder) policy(ctx context.Context, out string) error {
	p, err := lint.CompileWasm(ctx)
	if err != nil {
		return err
	}
	data, err := indentJSON(p.Data)
	if err != nil {
		return err
	}
	l, err := lint.New(ctx)
	if err != nil {
		return err
	}
	rules := l.Rules()
	doc, err := indentJSON(rules)
	if err != nil {
		return err
	}
	h := sha256.New()
	for _, part := range [][]byte{p.Module, data, doc} {
		fmt.Fprintf(h, "%d\n", len(part))
		h.Write(part)
	}
	rulesJSON, err := indentJSON(struct {
		Version string         `json:"version"`
		Rules   []finding.Rule `json:"rules"`
	}{hex.EncodeToString(h.Sum(nil))[:12], rules})
	if err != nil {
		return err
	}
	for name, content := range map[string][]byte{policyFile: p.Module, dataFile: data, rulesFile: rulesJSON} {
		if err := os.WriteFile(filepath.Join(out, name), content, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// entryPoints are the page's scripts, each bundled with its imports: the
// output file, its source in wasm/web and its format. boot.js is a classic
// script, which index.html runs as soon as it arrives, before it parses on.
var entryPoints = []struct{ out, src, format string }{
	{bootFile, "src/boot.js", "iife"},    // starts the checker before anything else
	{appFile, "src/main.js", "esm"},      // the page: editor, findings, documents
	{workerFile, "src/worker.js", "esm"}, // the checker's worker: engine.js and OPA's SDK, after wasm_exec.js
}

// page writes the examples, the static files and the scripts. worker.js
// starts with out's wasm_exec.js, which engine writes first: the worker
// then has Go's support without a request of its own.
func (b *builder) page(ctx context.Context, out string) error {
	examples, err := filepath.Glob(filepath.Join(b.root, "examples", "*.notice.yaml"))
	if err != nil {
		return err
	}
	if len(examples) == 0 {
		return errors.New("no examples/*.notice.yaml")
	}
	for _, src := range examples {
		if err := copyFile(src, filepath.Join(out, examplesDir, filepath.Base(src))); err != nil {
			return err
		}
	}
	web := filepath.Join(b.root, filepath.FromSlash(webDir))
	static := filepath.Join(web, staticDir)
	if err := copyTree(static, out); err != nil {
		return fmt.Errorf("the page's static files: %w", err)
	}
	byFormat := map[string][]string{}
	var formats []string
	for _, e := range entryPoints {
		if _, err := os.Stat(filepath.Join(web, filepath.FromSlash(e.src))); err != nil {
			return fmt.Errorf("the page's entry point: %w", err)
		}
		if byFormat[e.format] == nil {
			formats = append(formats, e.format)
		}
		byFormat[e.format] = append(byFormat[e.format], strings.TrimSuffix(e.out, ".js")+"="+e.src)
	}
	support, err := os.ReadFile(filepath.Join(out, goSupport))
	if err != nil {
		return fmt.Errorf("the worker needs Go's JavaScript support: %w", err)
	}
	if err := b.npmCI(ctx, web); err != nil {
		return err
	}
	samples, err := os.MkdirTemp("", "noticelint-warmup-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(samples)
	warmup := filepath.Join(samples, "inputs.json")
	if err := b.warmupInputs(warmup); err != nil {
		return err
	}
	for _, format := range formats {
		args := append([]string{filepath.Join("node_modules", "esbuild", "bin", "esbuild")}, byFormat[format]...)
		args = append(args, "--bundle", "--format="+format, "--platform=browser", "--target=es2022",
			"--minify", "--legal-comments=eof", "--charset=utf8", "--log-level=warning",
			"--alias:yaml="+opaUnused, "--alias:sprintf-js="+opaUnused, "--alias:"+warmupPkg+"="+warmup,
			"--outdir="+out)
		if err := b.cmd(ctx, web, nil, "node", args...); err != nil {
			return err
		}
	}
	// wasm_exec.js defines globalThis.Go, which engine.js then uses instead
	// of importing wasm_exec.js. The bundle imports nothing, so the two
	// make one module.
	worker := filepath.Join(out, workerFile)
	bundle, err := os.ReadFile(worker)
	if err != nil {
		return err
	}
	return os.WriteFile(worker, append(append(support, '\n'), bundle...), 0o644)
}

// warmupExamples are the notices whose rules' input worker.js evaluates
// the policy on while the engine starts (wasm/web/src/policy-warmup.js):
// the complete reference notice, which the rules walk through without
// finding anything, and one that gives many findings. warmupAsOf is the
// date they are judged at; any date will do.
var warmupExamples = []string{"reference", "conpro"}

const warmupAsOf = "2026-01-01"

// warmupInputs writes to path the rules' input (pipeline.Input) for each
// of warmupExamples, a JSON list of JSON texts.
func (b *builder) warmupInputs(path string) error {
	inputs := []string{}
	for _, slug := range warmupExamples {
		name := slug + ".notice.yaml"
		src, err := os.ReadFile(filepath.Join(b.root, "examples", name))
		if err != nil {
			return err
		}
		doc, _ := document.Load(name, src)
		if doc == nil {
			return fmt.Errorf("examples/%s does not load", name)
		}
		in, err := wire.AppendValue(nil, pipeline.Input(doc, warmupAsOf))
		if err != nil {
			return err
		}
		inputs = append(inputs, string(in))
	}
	out, err := json.Marshal(inputs)
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}

// npmCI installs the locked packages of wasm/web, unless node_modules
// already holds exactly them.
func (b *builder) npmCI(ctx context.Context, web string) error {
	unlock, err := lockDir(web)
	if err != nil {
		return err
	}
	defer unlock()
	lock, err := os.ReadFile(filepath.Join(web, "package-lock.json"))
	if err != nil {
		return fmt.Errorf("%s: %w (run npm install in %s and commit the lockfile)", webDir, err, webDir)
	}
	sum := sha256.Sum256(lock)
	want := hex.EncodeToString(sum[:])
	stamp := filepath.Join(web, "node_modules", npmLockStamp)
	if got, err := os.ReadFile(stamp); err == nil && string(got) == want {
		return nil
	}
	// Scripts stay off: esbuild runs without its postinstall step.
	if err := b.cmd(ctx, web, nil, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"); err != nil {
		return err
	}
	return os.WriteFile(stamp, []byte(want), 0o644)
}

// cmd runs a command in dir, with env when not nil, logging it.
func (b *builder) cmd(ctx context.Context, dir string, env []string, name string, args ...string) error {
	_, err := b.run(ctx, dir, env, false, name, args...)
	return err
}

// output runs a command and returns its standard output.
func (b *builder) output(ctx context.Context, dir string, env []string, name string, args ...string) (string, error) {
	return b.run(ctx, dir, env, true, name, args...)
}

func (b *builder) run(ctx context.Context, dir string, env []string, capture bool, name string, args ...string) (string, error) {
	c := exec.CommandContext(ctx, name, args...)
	c.Dir = dir
	c.Env = env
	var stdout, stderr bytes.Buffer
	c.Stderr = &stderr
	c.Stdout = &stderr
	if capture {
		c.Stdout = &stdout
	}
	if b.log != nil {
		rel, _ := filepath.Rel(b.root, dir)
		fmt.Fprintf(b.log, "[%s] %s %s\n", filepath.ToSlash(rel), name, strings.Join(args, " "))
	}
	if err := c.Run(); err != nil {
		return "", fmt.Errorf("%s %s: %w\n%s", name, strings.Join(args, " "), err, stderr.Bytes())
	}
	if b.log != nil && stderr.Len() > 0 {
		b.log.Write(stderr.Bytes())
	}
	return stdout.String(), nil
}

// indentJSON encodes v as the repository writes JSON: two-space indents,
// no HTML escaping, a final newline.
func indentJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func copyFile(src, dst string) error {
	content, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, content, 0o644)
}

// copyTree copies the regular files below src into dst, keeping their
// relative paths. Names starting with a dot are skipped.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != src && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if isCompressed(path.Base(filepath.ToSlash(rel))) {
			return fmt.Errorf("%s: compressed copies are made by the build", p)
		}
		return copyFile(p, filepath.Join(dst, rel))
	})
}
