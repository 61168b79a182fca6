package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/output"
)

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitUsage    = 2
)

const usage = `noticelint checks GDPR privacy notices written as YAML or JSON.

Usage:
  noticelint check [--format FORMAT] [--as-of YYYY-MM-DD] PATH...
  noticelint help

A PATH is a notice file or a directory searched for *.notice.yaml,
*.notice.yml and *.notice.json files.

Exit status: 0 no errors found, 1 errors found (syntax and schema problems
included), 2 usage error or unreadable file.
`

// errUsage marks errors that are the caller's, reported with exit status 2.
var errUsage = errors.New("usage")

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	code := exitClean
	switch args[0] {
	case "check":
		code, err = check(ctx, args[1:], stdout, stderr)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
	default:
		err = fmt.Errorf("%w: unknown command %q", errUsage, args[0])
	}
	if err != nil {
		fmt.Fprintf(stderr, "noticelint: %v\n", strings.TrimPrefix(err.Error(), "usage: "))
		return exitUsage
	}
	return code
}

func check(ctx context.Context, args []string, stdout, stderr io.Writer) (int, error) {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "text", "output format: "+strings.Join(output.Names(), ", "))
	asOf := fl.String("as-of", time.Now().UTC().Format(time.DateOnly), "judge the notices as of this date, YYYY-MM-DD")
	paths, err := parseInterleaved(fl, args)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", errUsage, err)
	}
	write, err := output.Lookup(*format)
	if err != nil {
		return 0, fmt.Errorf("%w: --format: %v", errUsage, err)
	}
	if _, err := time.Parse(time.DateOnly, *asOf); err != nil || !privacy.Date(*asOf).Valid() {
		return 0, fmt.Errorf("%w: --as-of %q: expected a date written YYYY-MM-DD", errUsage, *asOf)
	}
	if len(paths) == 0 {
		return 0, fmt.Errorf("%w: check needs at least one file or directory", errUsage)
	}
	files, err := expand(paths)
	if err != nil {
		return 0, err
	}
	l, err := lint.New(ctx, lint.WithAsOf(*asOf))
	if err != nil {
		return 0, err
	}
	report, err := l.CheckFS(ctx, osFS{}, files)
	if err != nil {
		return 0, err
	}
	in := output.Input{
		Report: report,
		Rules:  l.Rules(),
		Color:  *format == "text" && isTerminal(stdout) && os.Getenv("NO_COLOR") == "",
	}
	if err := write(stdout, in); err != nil {
		return 0, err
	}
	if report.Has(finding.Error) {
		return exitFindings, nil
	}
	return exitClean, nil
}

// parseInterleaved parses flags given before, between or after the paths.
func parseInterleaved(fl *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		if fl.NArg() == 0 {
			return rest, nil
		}
		rest = append(rest, fl.Arg(0))
		args = fl.Args()[1:]
	}
}

// expand turns the paths into the notice files to check: files as given,
// directories searched for notice files in lexical order.
func expand(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && isNotice(d.Name()) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return slices.Compact(files), nil
}

func isNotice(name string) bool {
	for _, ext := range []string{".notice.yaml", ".notice.yml", ".notice.json"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// isTerminal reports whether w is a terminal, where colour helps a reader.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// osFS reads files by the names given on the command line, relative or
// absolute, so that findings name files exactly as the user wrote them.
type osFS struct{}

func (osFS) Open(name string) (fs.File, error) { return os.Open(name) }
