// Package wasm holds noticelint's page for the browser, built into dist/ by
// go run ./wasm/build and embedded here for `noticelint serve`: the page,
// its scripts (boot.js, which starts the checker's worker, worker.js, and
// app.js, the editor), the checker compiled to WebAssembly (engine.wasm,
// from ./engine, and the rules compiled by OPA, policy.wasm) and the
// example notices, each with a gzip (.gz) and a brotli (.br) compressed
// copy beside it. The sources are in ./web; ./build documents every file.
package wasm

import (
	"embed"
	"io/fs"
)

//go:embed dist
var dist embed.FS

// Dist returns the built page: index.html at its root.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // "dist" is a valid path
	}
	return sub
}
