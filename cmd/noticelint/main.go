// Command noticelint checks GDPR privacy notices written as YAML or JSON.
//
//	noticelint check [--format text|json] [--as-of YYYY-MM-DD] PATH...
//
// A PATH is a notice file or a directory, searched for *.notice.yaml,
// *.notice.yml and *.notice.json files. Exit status: 0 when no finding is an
// error, 1 when at least one is (syntax and schema problems included), 2 for
// a usage error or when a file cannot be read.
package main

import (
	"context"
	"os"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}
