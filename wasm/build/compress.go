package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/andybalholm/brotli"
)

// Compressed copies sit beside the file they compress.
const (
	gzipExt   = ".gz"
	brotliExt = ".br"
)

func isCompressed(name string) bool {
	return strings.HasSuffix(name, gzipExt) || strings.HasSuffix(name, brotliExt)
}

// compress writes a gzip and a brotli copy beside every file below dir,
// both at their best compression, each only when it is smaller than the
// file. Both encoders are deterministic Go code, pinned by go.sum, and the
// gzip header holds no name or time: the copies are reproducible.
func (b *builder) compress(dir string) error {
	files, err := listFiles(dir)
	if err != nil {
		return err
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for _, name := range files {
		src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			return err
		}
		for ext, enc := range map[string]func([]byte) ([]byte, error){gzipExt: gzipBytes, brotliExt: brotliBytes} {
			wg.Go(func() {
				out, err := enc(src)
				if err == nil && len(out) < len(src) {
					err = os.WriteFile(filepath.Join(dir, filepath.FromSlash(name))+ext, out, 0o644)
				}
				if err != nil {
					mu.Lock()
					errs = append(errs, fmt.Errorf("%s%s: %w", name, ext, err))
					mu.Unlock()
				}
			})
		}
	}
	wg.Wait()
	return errors.Join(errs...)
}

func gzipBytes(src []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(src); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func brotliBytes(src []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	if _, err := w.Write(src); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decompress returns the content of a compressed copy.
func decompress(name string, src []byte) ([]byte, error) {
	var r io.Reader
	switch {
	case strings.HasSuffix(name, gzipExt):
		zr, err := gzip.NewReader(bytes.NewReader(src))
		if err != nil {
			return nil, err
		}
		r = zr
	case strings.HasSuffix(name, brotliExt):
		r = brotli.NewReader(bytes.NewReader(src))
	default:
		return nil, fmt.Errorf("%s is not a compressed copy", name)
	}
	return io.ReadAll(r)
}

// listFiles returns the slash-separated paths of the regular files below
// dir that are not compressed copies, sorted.
func listFiles(dir string) ([]string, error) {
	var names []string
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && !isCompressed(p) {
			names = append(names, p)
		}
		return nil
	})
	slices.Sort(names)
	return names, err
}

// assetSize is the size of one file as served: raw, and the copy a browser
// accepting gzip, or brotli, gets (the file itself when it has no copy).
type assetSize struct {
	Name               string
	Raw, Gzip, Brotli  int64
	hasGzip, hasBrotli bool
}

type sizes []assetSize

// assetSizes measures every file below dir and its compressed copies.
func assetSizes(dir string) (sizes, error) {
	names, err := listFiles(dir)
	if err != nil {
		return nil, err
	}
	var s sizes
	for _, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		a := assetSize{Name: name, Raw: fi.Size(), Gzip: fi.Size(), Brotli: fi.Size()}
		if fi, err := os.Stat(p + gzipExt); err == nil {
			a.Gzip, a.hasGzip = fi.Size(), true
		}
		if fi, err := os.Stat(p + brotliExt); err == nil {
			a.Brotli, a.hasBrotli = fi.Size(), true
		}
		s = append(s, a)
	}
	return s, nil
}

// total sums the sizes of the files that match keep.
func (s sizes) total(keep func(name string) bool) assetSize {
	t := assetSize{Name: "total"}
	for _, a := range s {
		if keep(a.Name) {
			t.Raw += a.Raw
			t.Gzip += a.Gzip
			t.Brotli += a.Brotli
		}
	}
	return t
}

func (s sizes) String() string {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\traw\tgzip\tbrotli\t")
	row := func(a assetSize) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t\n", a.Name, a.Raw, a.Gzip, a.Brotli)
	}
	for _, a := range s {
		row(a)
	}
	row(s.total(func(string) bool { return true }))
	tw.Flush()
	return buf.String()
}

// neededToCheck reports whether the page needs the file to check its first
// notice: everything but the examples it does not show first, and
// wasm_exec.js, which worker.js holds (the file is there for engine.js
// outside the page, under Node for instance).
func neededToCheck(name string) bool {
	if name == goSupport {
		return false
	}
	return path.Dir(name) != examplesDir || path.Base(name) == "reference.notice.yaml"
}
