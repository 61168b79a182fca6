// Package output renders a finding.Report for people and machines. Every
// format is a pure function of the report, so each is tested once with
// golden files and behaves the same in the CLI and in the library.
package output

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// Format writes a report in one output format.
type Format func(w io.Writer, r finding.Report) error

var formats = map[string]Format{
	"text": Text,
	"json": JSON,
}

// Lookup returns the format with the given name.
func Lookup(name string) (Format, error) {
	if f, ok := formats[name]; ok {
		return f, nil
	}
	return nil, fmt.Errorf("unknown format %q: expected one of %s", name, strings.Join(Names(), ", "))
}

// Names lists the format names, sorted, for flag help.
func Names() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
