package pipeline_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/pipeline"
)

// twoActivities lists suppressions, given as YAML flow sequences, in the
// notice (root), the first activity (first) and its retention (inner).
func twoActivities(root, first, inner string) string {
	src := "title: T\n"
	if root != "" {
		src += "x-noticelint-ignore: " + root + "\n"
	}
	src += "activities:\n  - name: Payroll\n"
	if first != "" {
		src += "    x-noticelint-ignore: " + first + "\n"
	}
	src += "    retention:\n      statement: as long as necessary\n"
	if inner != "" {
		src += "      x-noticelint-ignore: " + inner + "\n"
	}
	return src + "  - name: Orders\n"
}

func TestSuppressions(t *testing.T) {
	rules := []finding.Rule{
		{ID: "a-rule", Severity: finding.Error},
		{ID: "quiet-rule", Severity: finding.Warning},
		{ID: "off-rule", Severity: finding.Warning},
	}
	off := map[string]bool{"off-rule": true}
	tests := []struct {
		name       string
		src        string
		ev         fixed
		want       []string // every finding, loader's included
		suppressed int
	}{
		{
			name: "silences a finding at the object that lists it",
			src:  twoActivities("", "[{rule: quiet-rule, reason: r}]", ""),
			ev:   fixed{{Rule: "quiet-rule", Message: "m", Pointer: "/activities/0"}},
			// The finding is gone; nothing is reported.
			suppressed: 1,
		},
		{
			name: "silences findings below the object, even at missing members",
			src:  twoActivities("", "[{rule: quiet-rule, reason: r}]", ""),
			ev: fixed{
				{Rule: "quiet-rule", Message: "statement", Pointer: "/activities/0/retention/statement"},
				{Rule: "quiet-rule", Message: "missing", Pointer: "/activities/0/retention/period"},
			},
			suppressed: 2,
		},
		{
			name: "does not reach siblings or other rules",
			src:  twoActivities("", "[{rule: quiet-rule, reason: r}]", ""),
			ev: fixed{
				{Rule: "quiet-rule", Message: "sibling", Pointer: "/activities/1"},
				{Rule: "quiet-rule", Message: "parent", Pointer: "/activities"},
				{Rule: "a-rule", Message: "other rule", Pointer: "/activities/0"},
			},
			want: []string{
				"2:1: warning quiet-rule: parent",
				"3:5: error a-rule: other rule",
				"4:27: warning suppression: The suppression of quiet-rule silences nothing: the rule finds no problem in activities/0 or anything in it; remove the suppression.",
				"7:5: warning quiet-rule: sibling",
			},
		},
		{
			name: "a pointer prefix is not an ancestor",
			src:  twoActivities("", "", "[{rule: quiet-rule, reason: r}]"),
			ev:   fixed{{Rule: "quiet-rule", Message: "retention2", Pointer: "/activities/0/retention2"}},
			want: []string{
				"3:5: warning quiet-rule: retention2",
				"6:29: warning suppression: The suppression of quiet-rule silences nothing: the rule finds no problem in activities/0/retention or anything in it; remove the suppression.",
			},
		},
		{
			name: "the notice's own suppression covers everything",
			src:  twoActivities("[{rule: a-rule, reason: r}]", "", ""),
			ev: fixed{
				{Rule: "a-rule", Message: "root", Pointer: ""},
				{Rule: "a-rule", Message: "deep", Pointer: "/activities/1/name"},
			},
			suppressed: 2,
		},
		{
			name: "the innermost suppression silences; an outer one that silences nothing else is reported",
			src:  twoActivities("[{rule: quiet-rule, reason: outer}]", "[{rule: quiet-rule, reason: middle}]", "[{rule: quiet-rule, reason: inner}]"),
			ev:   fixed{{Rule: "quiet-rule", Message: "m", Pointer: "/activities/0/retention/statement"}},
			want: []string{
				"2:23: warning suppression: The suppression of quiet-rule silences nothing: the rule finds no problem anywhere in the notice; remove the suppression.",
				"5:27: warning suppression: The suppression of quiet-rule silences nothing: the rule finds no problem in activities/0 or anything in it; remove the suppression.",
			},
			suppressed: 1,
		},
		{
			name: "an outer suppression silences what no inner one covers",
			src:  twoActivities("[{rule: quiet-rule, reason: outer}]", "[{rule: quiet-rule, reason: inner}]", ""),
			ev: fixed{
				{Rule: "quiet-rule", Message: "first", Pointer: "/activities/0"},
				{Rule: "quiet-rule", Message: "second", Pointer: "/activities/1"},
			},
			suppressed: 2,
		},
		{
			name: "a suppression without a reason still silences, and is reported",
			src:  twoActivities("[{rule: a-rule}]", "[{rule: quiet-rule, reason: '  '}]", ""),
			ev: fixed{
				{Rule: "a-rule", Message: "m", Pointer: "/title"},
				{Rule: "quiet-rule", Message: "m", Pointer: "/activities/0/name"},
			},
			want: []string{
				`2:23: warning suppression: The suppression of a-rule gives no reason; say in "reason" why the rule's finding does not apply here.`,
				`5:27: warning suppression: The suppression of quiet-rule gives no reason; say in "reason" why the rule's finding does not apply here.`,
			},
			suppressed: 2,
		},
		{
			name: "unknown rules, with a suggestion when one is close",
			src:  twoActivities("[{rule: quiet-rul, reason: r}, {rule: zzz, reason: r}, {rule: '', reason: r}]", "", ""),
			ev:   fixed{{Rule: "quiet-rule", Message: "not silenced", Pointer: "/title"}},
			want: []string{
				"1:1: warning quiet-rule: not silenced",
				`2:23: warning suppression: The suppression names the unknown rule "quiet-rul"; did you mean "quiet-rule"?`,
				`2:53: warning suppression: The suppression names the unknown rule "zzz"; noticelint rules lists the rule ids.`,
				`2:77: warning suppression: The suppression names no rule; write the id of the rule whose findings it silences in "rule", or remove it.`,
			},
		},
		{
			name: "noticelint's own findings cannot be suppressed",
			src:  "titel: T\nx-noticelint-ignore:\n  - {rule: schema, reason: r}\n  - {rule: syntax, reason: r}\n  - {rule: suppression, reason: r}\n",
			want: []string{
				`1:1: error schema: unknown field "titel" at the top level; did you mean "title"?`,
				"3:5: warning suppression: Schema findings cannot be suppressed: correct the notice where the schema finding points, and remove the suppression.",
				"4:5: warning suppression: Syntax findings cannot be suppressed: a notice that cannot be read is not checked at all; remove the suppression.",
				"5:5: warning suppression: Findings about suppressions cannot be suppressed: correct or remove the suppression they point at, and remove this one.",
			},
		},
		{
			name: "a repeated suppression is reported, the first one silences",
			src:  twoActivities("", "[{rule: quiet-rule, reason: r}, {rule: quiet-rule, reason: again}]", ""),
			ev:   fixed{{Rule: "quiet-rule", Message: "m", Pointer: "/activities/0"}},
			want: []string{
				"4:58: warning suppression: The suppression of quiet-rule repeats the one at line 4, which silences the same rule here; remove it.",
			},
			suppressed: 1,
		},
		{
			name: "a rule switched off needs no suppression, but the suppression is not reported as silencing nothing",
			src:  twoActivities("[{rule: off-rule, reason: r}]", "[{rule: off-rule}]", ""),
			ev:   fixed{{Rule: "off-rule", Message: "dropped", Pointer: "/title"}},
			want: []string{
				`5:27: warning suppression: The suppression of off-rule gives no reason; say in "reason" why the rule's finding does not apply here.`,
			},
		},
		{
			name: "pointers with escaped segments",
			src:  "title: T\nactivities:\n  - name: P\n    a/b~c:\n      x-noticelint-ignore: [{rule: a-rule, reason: r}, {rule: quiet-rule, reason: r}]\n",
			ev:   fixed{{Rule: "a-rule", Message: "m", Pointer: "/activities/0/a~1b~0c/x"}},
			want: []string{
				`4:5: error schema: unknown field "a/b~c" in activities/0; the fields allowed here are: id, name, purposes, data_subjects, data_categories, special_categories, criminal_data, sources, recipients, retention, automated_decisions, objection, direct_marketing, video_surveillance, provision`,
				"5:56: warning suppression: The suppression of quiet-rule silences nothing: the rule finds no problem in activities/0/a/b~c or anything in it; remove the suppression.",
			},
			suppressed: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := pipeline.Check(context.Background(), tt.ev, pipeline.NewRules(rules, off), document.Limits{}, "n.notice.yaml", []byte(tt.src), "2026-11-22")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, x := range f.Findings {
				got = append(got, x.String())
				if x.Rule == finding.RuleSuppression && (x.Severity != finding.Warning || !strings.Contains(x.Pointer, privacy.SuppressionKey+"/")) {
					t.Errorf("%v: a suppression finding is a warning that points at the entry, not %s %q", x, x.Severity, x.Pointer)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if f.Suppressed != tt.suppressed {
				t.Errorf("suppressed %d, want %d", f.Suppressed, tt.suppressed)
			}
		})
	}
}

// inputOf records the input the rules are handed.
type inputOf struct{ input *[]byte }

func (e inputOf) Evaluate(_ context.Context, doc *document.Document, asOf string) ([]pipeline.Raw, error) {
	b, err := json.Marshal(pipeline.Input(doc, asOf))
	*e.input = b
	return nil, err
}

// The rules never see a suppression: a reason is not notice text.
func TestRulesDoNotSeeSuppressions(t *testing.T) {
	var input []byte
	src := twoActivities("[{rule: a-rule, reason: 'TODO: ask legal'}]", "", "[{rule: a-rule, reason: r}]")
	if _, err := pipeline.Check(context.Background(), inputOf{&input}, pipeline.NewRules([]finding.Rule{{ID: "a-rule", Severity: finding.Error}}, nil), document.Limits{}, "n.notice.yaml", []byte(src), "2026-11-22"); err != nil {
		t.Fatal(err)
	}
	want := `{"as_of":"2026-11-22","notice":{"activities":[{"name":"Payroll","retention":{"statement":"as long as necessary"}},{"name":"Orders"}],"title":"T"},"text":"Payroll\nas long as necessary\nOrders\nT\n"}`
	if string(input) != want {
		t.Errorf("the rules see\n%s\nwant\n%s", input, want)
	}
}

// CheckDocument, which the library and the browser build call, applies the
// suppressions as Check does.
func TestCheckDocumentSuppresses(t *testing.T) {
	doc, fs := document.Load("n.notice.yaml", []byte(twoActivities("", "[{rule: a-rule, reason: r}, {rule: quiet-rule, reason: r}]", "")))
	if doc == nil || len(fs) > 0 {
		t.Fatal(fs)
	}
	rules := pipeline.NewRules([]finding.Rule{{ID: "a-rule", Severity: finding.Error}, {ID: "quiet-rule", Severity: finding.Warning}}, nil)
	got, err := pipeline.CheckDocument(context.Background(), fixed{{Rule: "a-rule", Message: "m", Pointer: "/activities/0/retention"}}, rules, doc, "2026-11-22")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Rule != finding.RuleSuppression || got[0].Pointer != "/activities/0/x-noticelint-ignore/1" {
		t.Errorf("got %v, want only the unused suppression of quiet-rule", got)
	}
}
