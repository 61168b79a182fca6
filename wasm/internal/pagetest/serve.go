//go:build !js

package pagetest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"time"
)

// DistEnv names the environment variable that points at a page built
// elsewhere (go run ./wasm/build -out DIR), to try changes to the page
// without rebuilding wasm/dist. Such a directory is served as plain files,
// without the compressed copies and headers of `noticelint serve`.
const DistEnv = "NOTICELINT_DIST"

// Server is the page served on a loopback port.
type Server struct {
	// URL is the page's origin, such as http://127.0.0.1:34567.
	URL string
	// What says what serves the page.
	What  string
	close func()
}

// Close stops the server.
func (s *Server) Close() { s.close() }

// Serve serves the page on a free loopback port: with `noticelint serve`,
// the embedded wasm/dist through the command's own handler, or the
// directory $NOTICELINT_DIST names. Building the command's output goes to
// log.
func Serve(ctx context.Context, log io.Writer) (*Server, error) {
	if dir := os.Getenv(DistEnv); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
			return nil, fmt.Errorf("$%s: %w", DistEnv, err)
		}
		srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
		return &Server{URL: srv.URL, What: "the files of " + dir, close: srv.Close}, nil
	}
	return serveCommand(ctx, log)
}

var servingAt = regexp.MustCompile(`serving .* at (http://\S+?)/?\s`)

// serveCommand builds the command line and runs noticelint serve.
func serveCommand(ctx context.Context, log io.Writer) (*Server, error) {
	root, err := ModuleRoot()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "noticelint-serve-")
	if err != nil {
		return nil, err
	}
	bin := filepath.Join(tmp, "noticelint")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/noticelint")
	build.Dir = root
	build.Stdout, build.Stderr = log, log
	if err := build.Run(); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("go build ./cmd/noticelint: %w", err)
	}

	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0")
	cmd.Stderr = log
	out, err := cmd.StdoutPipe()
	if err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	exited := make(chan struct{})
	stop := func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		os.RemoveAll(tmp)
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if m := servingAt.FindStringSubmatch(sc.Text() + "\n"); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
			fmt.Fprintln(log, sc.Text())
		}
		io.Copy(io.Discard, out)
		cmd.Wait() // after the last read: Wait closes the pipe
		close(exited)
	}()
	select {
	case u := <-found:
		return &Server{URL: u, What: "noticelint serve (the embedded wasm/dist)", close: stop}, nil
	case <-exited:
		os.RemoveAll(tmp)
		return nil, errors.New("noticelint serve exited before serving")
	case <-time.After(30 * time.Second):
		stop()
		return nil, errors.New("noticelint serve printed no address within 30s")
	}
}

// ModuleRoot is the directory of the noticelint module's go.mod, found from
// the working directory up.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}
