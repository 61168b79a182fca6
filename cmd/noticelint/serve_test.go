package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/noticelint/noticelint/wasm"
)

func compressed(t *testing.T, coding string, src []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	var w io.WriteCloser
	switch coding {
	case "gzip":
		w = gzip.NewWriter(&buf)
	case "br":
		w = brotli.NewWriter(&buf)
	}
	w.Write(src)
	w.Close()
	return buf.Bytes()
}

func decoded(t *testing.T, coding string, body []byte) []byte {
	t.Helper()
	var r io.Reader = bytes.NewReader(body)
	switch coding {
	case "gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	case "br":
		r = brotli.NewReader(r)
	case "":
	default:
		t.Fatalf("unexpected Content-Encoding %q", coding)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestServeNegotiatesEncoding(t *testing.T) {
	index := []byte("<!doctype html><title>noticelint</title>")
	engine := bytes.Repeat([]byte("\x00asm engine "), 200)
	fsys := fstest.MapFS{
		"index.html":                     {Data: index},
		"index.html.br":                  {Data: compressed(t, "br", index)},
		"index.html.gz":                  {Data: compressed(t, "gzip", index)},
		"engine.wasm":                    {Data: engine},
		"engine.wasm.gz":                 {Data: compressed(t, "gzip", engine)},
		"favicon.svg":                    {Data: []byte("<svg/>")},
		"examples/reference.notice.yaml": {Data: []byte("title: T\n")},
	}
	h, err := newSiteHandler(fsys)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	client := srv.Client()
	client.Transport.(*http.Transport).DisableCompression = true

	tests := []struct {
		path, accept string
		status       int
		coding, typ  string
		body         []byte
	}{
		{"/", "gzip, deflate, br, zstd", 200, "br", "text/html; charset=utf-8", index},
		{"/index.html", "gzip", 200, "gzip", "text/html; charset=utf-8", index},
		{"/index.html", "br;q=0, gzip;q=0.5", 200, "gzip", "text/html; charset=utf-8", index},
		{"/index.html", "", 200, "", "text/html; charset=utf-8", index},
		{"/index.html", "*", 200, "br", "text/html; charset=utf-8", index},
		{"/engine.wasm", "gzip, br", 200, "gzip", "application/wasm", engine},
		{"/engine.wasm", "identity", 200, "", "application/wasm", engine},
		{"/favicon.svg", "br", 200, "", "image/svg+xml", []byte("<svg/>")},
		{"/examples/reference.notice.yaml", "br", 200, "", "application/yaml; charset=utf-8", []byte("title: T\n")},
		{"/engine.wasm.gz", "gzip", 404, "", "", nil},
		{"/missing.js", "gzip", 404, "", "", nil},
		{"/examples/", "gzip", 404, "", "", nil},
		{"/../index.html", "gzip", 404, "", "", nil},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
		if tt.accept != "" {
			req.Header.Set("Accept-Encoding", tt.accept)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		name := tt.path + " (Accept-Encoding: " + tt.accept + ")"
		if resp.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d", name, resp.StatusCode, tt.status)
			continue
		}
		if got := resp.Header.Get("Content-Security-Policy"); got != contentSecurityPolicy {
			t.Errorf("%s: Content-Security-Policy %q", name, got)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", name, got)
		}
		if tt.status != 200 {
			continue
		}
		if got := resp.Header.Get("Content-Encoding"); got != tt.coding {
			t.Errorf("%s: Content-Encoding %q, want %q", name, got, tt.coding)
		}
		if got := resp.Header.Get("Content-Type"); got != tt.typ {
			t.Errorf("%s: Content-Type %q, want %q", name, got, tt.typ)
		}
		if got := resp.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("%s: Cache-Control %q", name, got)
		}
		hasCopies := tt.path != "/favicon.svg" && !strings.HasPrefix(tt.path, "/examples/")
		if got := resp.Header.Get("Vary"); (got == "Accept-Encoding") != hasCopies {
			t.Errorf("%s: Vary %q", name, got)
		}
		if !bytes.Equal(decoded(t, tt.coding, body), tt.body) {
			t.Errorf("%s: the body does not decode to the file", name)
		}
	}

	// A revalidation gets 304 while the file is unchanged; the ETag differs by encoding.
	etag := func(accept string) string {
		req, _ := http.NewRequest("HEAD", srv.URL+"/engine.wasm", nil)
		req.Header.Set("Accept-Encoding", accept)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.Header.Get("ETag")
	}
	gz, raw := etag("gzip"), etag("")
	if gz == "" || gz == raw {
		t.Errorf("ETags %q (gzip) and %q (identity) must exist and differ", gz, raw)
	}
	req, _ := http.NewRequest("GET", srv.URL+"/engine.wasm", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	req.Header.Set("If-None-Match", gz)
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotModified {
		t.Errorf("revalidation: status %d, want 304", resp.StatusCode)
	}

	resp, err = client.Post(srv.URL+"/", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
		t.Errorf("POST: status %d, Allow %q", resp.StatusCode, resp.Header.Get("Allow"))
	}
}

// The embedded page is complete: every file the page loads, with its
// compressed copies and a known content type.
func TestServeEmbeddedPage(t *testing.T) {
	dist := wasm.Dist()
	h, err := newSiteHandler(dist)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/", "/app.js", "/wasm_exec.js", "/engine.wasm", "/policy.wasm", "/data.json", "/rules.json", "/examples/reference.notice.yaml"} {
		f, ok := h.files[p]
		if !ok {
			t.Errorf("%s is not served", p)
			continue
		}
		if _, ok := f.variants["br"]; !ok {
			t.Errorf("%s has no brotli copy", p)
		}
		if _, ok := f.variants["gzip"]; !ok {
			t.Errorf("%s has no gzip copy", p)
		}
	}
	for p, f := range h.files {
		if f.contentType == "application/octet-stream" {
			t.Errorf("%s is served without a content type", p)
		}
	}
	if got := h.files["/engine.wasm"].contentType; got != "application/wasm" {
		t.Errorf("engine.wasm is served as %q: browsers compile wasm while it downloads only from application/wasm", got)
	}
}

// The page may load nothing from other origins, and index.html's own
// policy (for other servers) must say what the server's says.
func TestContentSecurityPolicy(t *testing.T) {
	allowed := map[string]bool{"'self'": true, "'none'": true, "'wasm-unsafe-eval'": true, "'unsafe-inline'": true, "data:": true, "blob:": true}
	header := parseCSP(contentSecurityPolicy)
	for directive, sources := range header {
		for _, s := range strings.Fields(sources) {
			if !allowed[s] {
				t.Errorf("%s allows %s", directive, s)
			}
		}
	}
	if header["script-src"] != "'self' 'wasm-unsafe-eval'" {
		t.Errorf("script-src is %q, want only 'self' 'wasm-unsafe-eval'", header["script-src"])
	}
	for _, d := range []string{"default-src", "connect-src", "object-src", "base-uri", "frame-ancestors"} {
		if header[d] == "" {
			t.Errorf("the policy sets no %s", d)
		}
	}
	index, err := fs.ReadFile(wasm.Dist(), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)"`).FindSubmatch(index)
	if m == nil {
		t.Skip("index.html has no Content-Security-Policy meta element")
	}
	meta := parseCSP(string(m[1]))
	for d, sources := range meta {
		if header[d] != sources {
			t.Errorf("index.html's policy sets %s %q, the server's %q", d, sources, header[d])
		}
	}
	for d := range header {
		if _, ok := meta[d]; !ok && d != "frame-ancestors" { // frame-ancestors is ignored in meta elements
			t.Errorf("index.html's policy lacks the server's %s", d)
		}
	}
}

func parseCSP(policy string) map[string]string {
	out := map[string]string{}
	for _, d := range strings.Split(policy, ";") {
		name, sources, _ := strings.Cut(strings.TrimSpace(d), " ")
		if name != "" {
			out[name] = strings.Join(strings.Fields(sources), " ")
		}
	}
	return out
}

// noticelint serve prints the page's URL, serves it, and stops cleanly
// when interrupted (here: when its context ends).
func TestServeCommand(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, pw, &stderr)
		pw.Close()
	}()
	lines := bufio.NewScanner(pr)
	if !lines.Scan() {
		t.Fatalf("serve printed nothing; stderr: %s", stderr.String())
	}
	url := regexp.MustCompile(`http://\S+/`).FindString(lines.Text())
	if url == "" {
		t.Fatalf("serve printed no URL: %q", lines.Text())
	}
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Accept-Encoding", "br")
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Contains(decoded(t, resp.Header.Get("Content-Encoding"), body), []byte("app.js")) {
		t.Errorf("GET %s: status %d, a page without app.js", url, resp.StatusCode)
	}
	cancel()
	go io.Copy(io.Discard, pr)
	select {
	case c := <-code:
		if c != exitClean {
			t.Errorf("serve exited with %d; stderr: %s", c, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestServeRejectsArguments(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"serve", "extra"}, &stdout, &stderr); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	if code := run(context.Background(), []string{"serve", "--addr", "256.0.0.1:http-nope"}, &stdout, &stderr); code != exitUsage {
		t.Errorf("bad address: exit %d, want %d", code, exitUsage)
	}
}

func TestPageURL(t *testing.T) {
	for addr, want := range map[string]string{
		"127.0.0.1:8080": "http://127.0.0.1:8080/",
		"0.0.0.0:80":     "http://localhost:80/",
		"[::]:8080":      "http://localhost:8080/",
		"[::1]:8080":     "http://[::1]:8080/",
	} {
		a, err := net.ResolveTCPAddr("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := pageURL(a); got != want {
			t.Errorf("pageURL(%s) = %s, want %s", addr, got, want)
		}
	}
}
