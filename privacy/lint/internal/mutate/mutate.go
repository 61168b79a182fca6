// Package mutate reads seed documents and derives inputs from them by random
// edits, so that a fuzz target's body can run briefly on every `go test`,
// without the fuzzing engine's instrumented build. `go test -fuzz` explores
// further.
package mutate

import (
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// Seed is one document of a seed corpus.
type Seed struct {
	Src  []byte
	JSON bool // the file is named *.json, so the loader reads it as JSON
}

// Seeds reads the files matching the glob patterns, golden files (*.golden)
// excepted, in the order of the patterns.
func Seeds(patterns ...string) ([]Seed, error) {
	var out []Seed
	for _, pattern := range patterns {
		files, err := filepath.Glob(pattern)
		if err != nil {
			return nil, err
		}
		for _, file := range files {
			if filepath.Ext(file) == ".golden" {
				continue
			}
			src, err := os.ReadFile(file)
			if err != nil {
				return nil, err
			}
			out = append(out, Seed{Src: src, JSON: filepath.Ext(file) == ".json"})
		}
	}
	return out, nil
}

// Sources returns the seeds' documents.
func Sources(seeds []Seed) [][]byte {
	out := make([][]byte, len(seeds))
	for i, s := range seeds {
		out[i] = s.Src
	}
	return out
}

// Variants yields n variants of the seeds, each a seed with one to four
// random edits: a byte flipped, a byte from a small alphabet of YAML and
// JSON syntax inserted, a slice deleted or duplicated, or the end cut off.
// The same seed value gives the same variants.
func Variants(seeds [][]byte, n int, seed uint64) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		if len(seeds) == 0 {
			return
		}
		rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		for range n {
			b := append([]byte(nil), seeds[rng.IntN(len(seeds))]...)
			for range 1 + rng.IntN(4) {
				b = edit(rng, b)
			}
			if !yield(b) {
				return
			}
		}
	}
}

// syntax are bytes that change how YAML or JSON reads a document.
const syntax = "{}[]:,-'\"#&*!|>?\n\t \\0\x00\xff~%@`"

func edit(rng *rand.Rand, b []byte) []byte {
	if len(b) == 0 {
		return []byte{syntax[rng.IntN(len(syntax))]}
	}
	i := rng.IntN(len(b))
	switch rng.IntN(5) {
	case 0:
		b[i] ^= byte(1 << rng.IntN(8))
	case 1:
		b = append(b[:i], append([]byte{syntax[rng.IntN(len(syntax))]}, b[i:]...)...)
	case 2:
		j := min(len(b), i+1+rng.IntN(64))
		b = append(b[:i], b[j:]...)
	case 3:
		j := min(len(b), i+1+rng.IntN(64))
		b = append(b[:j], append(append([]byte(nil), b[i:j]...), b[j:]...)...)
	case 4:
		b = b[:i]
	}
	return b
}
