package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitUsage    = 2
)

const usage = `noticelint checks GDPR privacy notices written as YAML or JSON.

Usage:
  noticelint check [flags] PATH...   check notice files and directories
  noticelint rules [--format text|json] [--rules DIR]...
                                     list the rules
  noticelint explain [--format text|markdown] RULE
                                     print a rule's documentation
  noticelint schema                  print the notice JSON Schema
  noticelint init [PATH]             write a starter privacy.notice.yaml
  noticelint serve [--addr HOST:PORT]
                                     serve the notice editor, which checks as you
                                     type in the browser (default 127.0.0.1:8080)
  noticelint help

Flags of check:
  --format FORMAT       output format: github, json, junit, sarif, text (default text)
  --output FORMAT=PATH  also write FORMAT to PATH; repeatable
  --as-of YYYY-MM-DD    judge the notices as of this date (default today)
  --fail-on LEVEL       fail on findings at or above error, warning or info, or never (default error)
  --config FILE         configuration file (default: .noticelint.yaml in this directory or above)
  --rules DIR           add custom Rego rules; repeatable

A PATH is a notice file or a directory searched for *.notice.yaml,
*.notice.yml and *.notice.json files.

Exit status: 0 no finding at or above the fail-on level, 1 such findings
(syntax and schema problems are errors), 2 usage or configuration error, or
a file that cannot be read.
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
	switch cmd, rest := args[0], args[1:]; cmd {
	case "check":
		code, err = check(ctx, rest, stdout, stderr)
	case "rules":
		err = listRules(ctx, rest, stdout, stderr)
	case "explain":
		err = explain(ctx, rest, stdout, stderr)
	case "schema":
		err = printSchema(rest, stdout)
	case "init":
		err = initNotice(rest, stdout)
	case "serve":
		err = serve(ctx, rest, stdout, stderr)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
	default:
		err = fmt.Errorf("%w: unknown command %q", errUsage, cmd)
	}
	if err != nil {
		fmt.Fprintf(stderr, "noticelint: %v\n", strings.TrimPrefix(err.Error(), "usage: "))
		return exitUsage
	}
	return code
}

// parseInterleaved parses flags given before, between or after the arguments.
func parseInterleaved(fl *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		if fl.NArg() == 0 {
			return rest, nil
		}
		rest = append(rest, fl.Arg(0))
		args = fl.Args()[1:]
	}
}

// listFlag collects a repeatable flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// isTerminal reports whether w is a terminal, where colour helps a reader.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
