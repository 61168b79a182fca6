package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/noticelint/noticelint/wasm"
)

// The page's Content-Security-Policy: its own origin only, plus compiling
// WebAssembly. CodeMirror sets style attributes, hence 'unsafe-inline' for
// styles; data: and blob: serve icons and downloads. index.html repeats it
// in a meta element for other servers.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
	"worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// securityHeaders go with every response.
var securityHeaders = map[string]string{
	"Content-Security-Policy":      contentSecurityPolicy,
	"X-Content-Type-Options":       "nosniff",
	"Referrer-Policy":              "no-referrer",
	"X-Frame-Options":              "DENY",
	"Cross-Origin-Opener-Policy":   "same-origin",
	"Cross-Origin-Resource-Policy": "same-origin",
	"Permissions-Policy":           "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}

// contentTypes by file extension; everything the page is made of.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".mjs":  "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".json": "application/json",
	".wasm": "application/wasm",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".yaml": "application/yaml; charset=utf-8",
	".yml":  "application/yaml; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
}

// encodings a file may have a compressed copy in, the preferred first.
var encodings = []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

// serve runs the web page until ctx is done or the process is interrupted.
func serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	if rest, err := parseInterleaved(fl, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return fmt.Errorf("%w: serve takes no arguments, got %q", errUsage, rest[0])
	}
	h, err := newSiteHandler(wasm.Dist())
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveOn(ctx, ln, h, stdout)
}

// serveOn serves h on ln, printing the page's URL, until ctx is done; then
// it lets requests in flight finish.
func serveOn(ctx context.Context, ln net.Listener, h http.Handler, stdout io.Writer) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	fmt.Fprintf(stdout, "noticelint: serving the notice editor at %s (Ctrl+C stops)\n", pageURL(ln.Addr()))
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(stdout, "noticelint: stopped")
	return nil
}

// pageURL is the address to open in a browser: a loopback address for a
// server listening on every interface.
func pageURL(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return "http://" + a.String() + "/"
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// siteHandler serves the files of a built page, each in the best encoding
// the browser accepts among those built beside it.
type siteHandler struct {
	files map[string]*siteFile // by URL path, "/" for index.html
}

// siteFile is a file and its compressed copies.
type siteFile struct {
	contentType string
	variants    map[string]variant // by content coding, "" for none
}

type variant struct {
	content []byte
	etag    string
}

func newSiteHandler(fsys fs.FS) (*siteHandler, error) {
	h := &siteHandler{files: map[string]*siteFile{}}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".gz") || strings.HasSuffix(p, ".br") {
			return err
		}
		f := &siteFile{contentType: contentType(p), variants: map[string]variant{}}
		for _, enc := range append([]struct{ name, ext string }{{"", ""}}, encodings...) {
			content, err := fs.ReadFile(fsys, p+enc.ext)
			if errors.Is(err, fs.ErrNotExist) && enc.name != "" {
				continue
			} else if err != nil {
				return err
			}
			sum := sha256.Sum256(content)
			f.variants[enc.name] = variant{content, `"` + base64.RawURLEncoding.EncodeToString(sum[:18]) + `"`}
		}
		h.files["/"+p] = f
		return nil
	})
	if err != nil {
		return nil, err
	}
	index, ok := h.files["/index.html"]
	if !ok {
		return nil, errors.New("the built page has no index.html; build it with go run ./wasm/build")
	}
	h.files["/"] = index
	return h, nil
}

func contentType(name string) string {
	if t, ok := contentTypes[path.Ext(name)]; ok {
		return t
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func (h *siteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for k, v := range securityHeaders {
		w.Header().Set(k, v)
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	f, ok := h.files[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	coding := ""
	for _, enc := range encodings {
		if _, ok := f.variants[enc.name]; ok && accepts(r.Header.Get("Accept-Encoding"), enc.name) {
			coding = enc.name
			break
		}
	}
	v := f.variants[coding]
	hdr := w.Header()
	hdr.Set("Content-Type", f.contentType)
	if len(f.variants) > 1 {
		hdr.Set("Vary", "Accept-Encoding")
	}
	if coding != "" {
		hdr.Set("Content-Encoding", coding)
	}
	// The files keep their names from build to build: browsers revalidate
	// every time, and get 304 Not Modified while the file is unchanged.
	hdr.Set("Cache-Control", "no-cache")
	hdr.Set("ETag", v.etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(v.content))
}

// accepts reports whether an Accept-Encoding header value accepts coding
// with a quality above zero.
func accepts(header, coding string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			if k, v, ok := strings.Cut(strings.TrimSpace(p), "="); ok && strings.EqualFold(k, "q") {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					q = f
				}
			}
		}
		switch name = strings.TrimSpace(name); {
		case strings.EqualFold(name, coding):
			return q > 0
		case name == "*":
			star = q > 0
		}
	}
	return star
}
