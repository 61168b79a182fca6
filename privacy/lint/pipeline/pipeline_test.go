package pipeline_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/pipeline"
)

// fixed is an evaluator that returns the same raw findings for any notice.
type fixed []pipeline.Raw

func (f fixed) Evaluate(context.Context, *document.Document, string) ([]pipeline.Raw, error) {
	return f, nil
}

type failing struct{}

func (failing) Evaluate(context.Context, *document.Document, string) ([]pipeline.Raw, error) {
	return nil, errors.New("boom")
}

const src = `title: T
activities:
  - name: Payroll
`

func TestCheck(t *testing.T) {
	rules := []finding.Rule{
		{ID: "a-rule", Severity: finding.Error, References: []string{"GDPR Art. 13"}},
		{ID: "quiet-rule", Severity: finding.Warning},
	}
	tests := []struct {
		name string
		ev   pipeline.Evaluator
		off  map[string]bool
		want []string // finding strings
		err  string
	}{
		{
			name: "positions from pointers, sorted",
			ev: fixed{
				{Rule: "quiet-rule", Message: "second", Pointer: "/activities/0/name"},
				{Rule: "a-rule", Message: "first", Pointer: "/title"},
				{Rule: "a-rule", Message: "missing member points at its parent", Pointer: "/activities/0/retention"},
			},
			want: []string{
				"1:1: error a-rule: first",
				"3:5: error a-rule: missing member points at its parent",
				"3:5: warning quiet-rule: second",
			},
		},
		{
			name: "rules switched off are dropped",
			ev:   fixed{{Rule: "quiet-rule", Message: "m", Pointer: "/title"}},
			off:  map[string]bool{"quiet-rule": true},
		},
		{name: "unknown rule", ev: fixed{{Rule: "nope", Message: "m"}}, err: `rule "nope" reported a malformed finding`},
		{name: "no message", ev: fixed{{Rule: "a-rule"}}, err: `rule "a-rule" reported a malformed finding`},
		{name: "evaluator error names the file", ev: failing{}, err: "n.notice.yaml: boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := pipeline.Check(context.Background(), tt.ev, pipeline.NewRules(rules, tt.off), document.Limits{}, "n.notice.yaml", []byte(src), "2026-11-22")
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, x := range f.Findings {
				if x.Rule != finding.RuleSchema {
					got = append(got, x.String())
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestCheckSyntaxErrorSkipsEvaluator(t *testing.T) {
	f, err := pipeline.Check(context.Background(), failing{}, pipeline.NewRules(nil, nil), document.Limits{}, "n.notice.yaml", []byte("title: [unclosed"), "2026-11-22")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Findings) != 1 || f.Findings[0].Rule != finding.RuleSyntax {
		t.Fatalf("findings %v, want one syntax finding", f.Findings)
	}
}

func TestCheckCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := pipeline.Check(ctx, fixed{}, pipeline.NewRules(nil, nil), document.Limits{}, "n.notice.yaml", []byte(src), "2026-11-22"); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}

func TestText(t *testing.T) {
	for _, tt := range []struct {
		name, notice, want string
	}{
		{"empty", `{}`, ""},
		{"keys left out, members in key order", `{"title": "T", "controller": {"name": "N", "address": {"city": "C"}}}`, "C\nN\nT\n"},
		{"list items in order", `{"languages": ["nl", "fr"]}`, "nl\nfr\n"},
		{"numbers and booleans left out", `{"rights": {"response_time": "P1M", "fee": false}, "version": 3}`, "P1M\n"},
		{"line breaks kept", `{"title": "a\nb"}`, "a\nb\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var v any
			if err := json.Unmarshal([]byte(tt.notice), &v); err != nil {
				t.Fatal(err)
			}
			if got := pipeline.Text(v); got != tt.want {
				t.Errorf("Text = %q, want %q", got, tt.want)
			}
		})
	}
}

func BenchmarkText(b *testing.B) {
	src, err := os.ReadFile("../../../examples/procurios.notice.yaml")
	if err != nil {
		b.Fatal(err)
	}
	doc, _ := document.Load("procurios.notice.yaml", src)
	notice := doc.RuleValue()
	b.ReportAllocs()
	for b.Loop() {
		pipeline.Text(notice)
	}
}
