// Command build writes wasm/dist: the noticelint page and everything it
// needs to check notices in the browser, which `noticelint serve` embeds.
//
//	go run ./wasm/build [-out DIR]
//
// It needs Go and Node with npm (npm ci fetches the locked JavaScript
// packages). The output is a function of the sources: the same inputs give
// the same bytes. Files:
//
//	engine.wasm    wasm/engine: loading, schema validation, positions, shaping (GOOS=js GOARCH=wasm)
//	wasm_exec.js   Go's JavaScript support for it, from that toolchain's GOROOT/lib/wasm
//	policy.wasm    the built-in Rego rules compiled by OPA to WebAssembly
//	data.json      the facts the rules read, loaded into the policy as data
//	rules.json     {"version": fingerprint of the rules, "rules": their documentation}
//	boot.js        wasm/web/src/boot.js: starts the checker (checker.js) first, bundled by esbuild
//	app.js         wasm/web/src/main.js and its imports (checker.js, CodeMirror), bundled
//	worker.js      wasm/web/src/worker.js: the checker's worker, with engine.js, OPA's SDK and wasm_exec.js, bundled
//	examples/      the example notices
//	the files of wasm/web/static (index.html, styles)
//
// and beside each a .gz and a .br compressed copy, which the server sends
// to browsers that accept them.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	out := flag.String("out", "", "output `directory` (default wasm/dist in the repository)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./wasm/build [-out DIR]\n\nBuilds the noticelint page into wasm/dist.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(context.Background(), *out); err != nil {
		fmt.Fprintf(os.Stderr, "build: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out string) error {
	start := time.Now()
	root, err := repoRoot()
	if err != nil {
		return err
	}
	if out == "" {
		out = filepath.Join(root, distDir)
	}
	out, err = filepath.Abs(out)
	if err != nil {
		return err
	}
	// Build beside the destination and swap it in at the end, so that a
	// failed build leaves the previous output whole.
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(out), ".dist-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	b := &builder{root: root, log: os.Stderr}
	if err := b.engine(ctx, tmp); err != nil {
		return err
	}
	if err := b.page(ctx, tmp); err != nil {
		return err
	}
	if err := b.compress(tmp); err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	if err := os.Chmod(out, 0o755); err != nil {
		return err
	}
	sizes, err := assetSizes(out)
	if err != nil {
		return err
	}
	fmt.Fprint(os.Stderr, sizes.String())
	fmt.Fprintf(os.Stderr, "wrote %s in %s\n", out, time.Since(start).Round(100*time.Millisecond))
	return nil
}
