package lint_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/finding"
)

const shieldNotice = `title: Shop
transfers:
  - destination: US
    recipient: Mail Inc.
    mechanism: privacy_shield
`

// Legal facts change with time: the same notice is judged by the date.
func TestCheckAsOf(t *testing.T) {
	tests := []struct {
		asOf string
		want bool
	}{
		{"2020-07-15", false},
		{"2020-07-16", true},
		{"2026-11-22", true},
	}
	base := newLinter(t)
	for _, tt := range tests {
		l, err := base.WithAsOf(tt.asOf)
		if err != nil {
			t.Fatal(err)
		}
		file, err := l.Check(context.Background(), "shop.notice.yaml", []byte(shieldNotice))
		if err != nil {
			t.Fatal(err)
		}
		got := slices.ContainsFunc(file.Findings, func(f finding.Finding) bool { return f.Rule == "transfer-privacy-shield" })
		if got != tt.want {
			t.Errorf("as of %s: transfer-privacy-shield reported %v, want %v", tt.asOf, got, tt.want)
		}
	}
}

func TestFindingPositions(t *testing.T) {
	file, err := newLinter(t).Check(context.Background(), "shop.notice.yaml", []byte(shieldNotice))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range file.Findings {
		if f.Rule == "transfer-privacy-shield" {
			if f.Pointer != "/transfers/0/mechanism" || f.Line != 5 || f.Column != 5 || f.Severity != finding.Error || len(f.References) == 0 {
				t.Errorf("got %+v", f)
			}
			return
		}
	}
	t.Fatal("no transfer-privacy-shield finding")
}

// Syntax and schema problems are findings with a position, not errors.
func TestLoaderFindings(t *testing.T) {
	tests := []struct {
		name, src, rule string
		line, column    int
	}{
		{"bad.notice.yaml", "title: [unclosed\n", finding.RuleSyntax, 1, 8},
		{"bad.notice.json", `{"title": "x",}`, finding.RuleSyntax, 1, 14},
		{"typo.notice.yaml", "title: x\ncontroler:\n  name: X\n", finding.RuleSchema, 2, 1},
	}
	l := newLinter(t)
	for _, tt := range tests {
		file, err := l.Check(context.Background(), tt.name, []byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(file.Findings, func(f finding.Finding) bool { return f.Rule == tt.rule })
		if i < 0 {
			t.Errorf("%s: no %s finding in %v", tt.name, tt.rule, file.Findings)
			continue
		}
		if f := file.Findings[i]; f.Line != tt.line || f.Column != tt.column || f.Severity != finding.Error {
			t.Errorf("%s: got %s, want %d:%d error", tt.name, f, tt.line, tt.column)
		}
	}
}

func TestCheckFS(t *testing.T) {
	fsys := fstest.MapFS{
		"b.notice.yaml": {Data: []byte(shieldNotice)},
		"a.notice.json": {Data: []byte(`{"title": "A"}`)},
		"c.notice.yaml": {Data: []byte("title: [\n")},
	}
	names := []string{"b.notice.yaml", "a.notice.json", "c.notice.yaml"}
	report, err := newLinter(t).CheckFS(context.Background(), fsys, names)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range report.Files {
		if f.File != names[i] {
			t.Errorf("file %d is %s, want %s: files keep the order given", i, f.File, names[i])
		}
	}
	if s := report.Summary; s.Files != 3 || s.Findings != s.Errors+s.Warnings+s.Infos || s.AsOf != "2026-11-22" {
		t.Errorf("summary %+v", s)
	}
	if _, err := newLinter(t).CheckFS(context.Background(), fsys, []string{"missing.notice.yaml"}); err == nil {
		t.Error("a missing file must be an error")
	}
}

// A Linter is shared by goroutines; every check sees the same findings.
func TestConcurrentChecks(t *testing.T) {
	l := newLinter(t)
	want, err := l.Check(context.Background(), "shop.notice.yaml", []byte(shieldNotice))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			got, err := l.Check(context.Background(), "shop.notice.yaml", []byte(shieldNotice))
			if err != nil || !slices.EqualFunc(got.Findings, want.Findings, func(a, b finding.Finding) bool { return finding.Compare(a, b) == 0 }) {
				t.Errorf("concurrent check differs: %v %v", got.Findings, err)
			}
		})
	}
	wg.Wait()
}

func TestCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := newLinter(t).Check(ctx, "shop.notice.yaml", []byte(shieldNotice))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestInvalidAsOf(t *testing.T) {
	if _, err := lint.New(context.Background(), lint.WithAsOf("22/11/2026")); err == nil {
		t.Error("New accepted a malformed date")
	}
	if _, err := newLinter(t).WithAsOf("2026-02-30"); err == nil {
		t.Error("WithAsOf accepted an impossible date")
	}
}

func TestRulesDocumented(t *testing.T) {
	l := newLinter(t)
	rules := l.Rules()
	if len(rules) < 39 {
		t.Errorf("%d rules, want the 39 of the catalogue at least", len(rules))
	}
	r, ok := l.Rule("retention-missing")
	if !ok || r.Severity != finding.Error || r.Category != "retention" || r.Title == "" || r.Fix == "" {
		t.Errorf("retention-missing: %+v", r)
	}
}

func Example() {
	ctx := context.Background()
	l, err := lint.New(ctx, lint.WithAsOf("2026-11-22")) // prepare the rules once
	if err != nil {
		panic(err)
	}
	src := []byte(`title: Shop
controller:
  name: Shop BV
  address: {city: Gent, country: BE}
  contact: {email: privacy@shop.example}
activities:
  - name: Orders
    purposes:
      - description: Delivering orders
        legal_bases: [contract]
`)
	file, err := l.Check(ctx, "shop.notice.yaml", src)
	if err != nil {
		panic(err)
	}
	for _, f := range file.Findings {
		if f.Severity == finding.Error {
			fmt.Printf("%s:%d:%d: %s\n", file.File, f.Line, f.Column, f.Rule)
		}
	}
	// Output:
	// shop.notice.yaml:1:1: complaint-right
	// shop.notice.yaml:1:1: rights-contact
	// shop.notice.yaml:1:1: rights-incomplete
	// shop.notice.yaml:7:5: retention-missing
}
