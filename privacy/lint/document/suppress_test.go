package document

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/noticelint/noticelint/privacy"
)

// suppressed is a notice with suppressions at every depth that matters:
// the notice itself, the controller, an activity and an object in it.
const suppressed = `title: Privacy notice
x-noticelint-ignore:
  - rule: notice-date
    reason: the notice is dated on the web page that shows it
controller:
  name: Example BV
  x-noticelint-ignore: [{rule: dpo-contact, reason: "TODO: ask legal"}]
activities:
  - name: Payroll
    retention:
      statement: as long as necessary
      x-noticelint-ignore:
        - rule: retention-vague
          reason: the collective agreement sets the period
        - rule: placeholder-text
  - name: Newsletter
    purposes: [{description: News, legal_bases: [consent]}]
`

func TestSuppressionsExtracted(t *testing.T) {
	d, fs := Load("n.yaml", []byte(suppressed))
	if d == nil || len(fs) > 0 {
		t.Fatalf("the schema must accept x-noticelint-ignore on every object: %v", fs)
	}
	want := []Suppression{
		{Rule: "notice-date", Reason: "the notice is dated on the web page that shows it", Scope: "", Pointer: "/x-noticelint-ignore/0", Position: Position{3, 5}},
		{Rule: "dpo-contact", Reason: "TODO: ask legal", Scope: "/controller", Pointer: "/controller/x-noticelint-ignore/0", Position: Position{7, 25}},
		{Rule: "retention-vague", Reason: "the collective agreement sets the period", Scope: "/activities/0/retention", Pointer: "/activities/0/retention/x-noticelint-ignore/0", Position: Position{13, 11}},
		{Rule: "placeholder-text", Scope: "/activities/0/retention", Pointer: "/activities/0/retention/x-noticelint-ignore/1", Position: Position{15, 11}},
	}
	if got := d.Suppressions(); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// The rules judge the notice without its suppressions: no rule can read a
// reason as notice text. The document itself keeps them, and the parts of
// it that hold none are shared, not copied.
func TestRuleValueLeavesSuppressionsOut(t *testing.T) {
	d := mustParse(t, "n.yaml", suppressed)
	before, _ := json.Marshal(d.Value)
	rv := d.RuleValue()
	b, _ := json.Marshal(rv)
	for _, leak := range []string{privacy.SuppressionKey, "TODO", "collective agreement"} {
		if strings.Contains(string(b), leak) {
			t.Errorf("the rules' value holds %q: %s", leak, b)
		}
	}
	if after, _ := json.Marshal(d.Value); string(after) != string(before) || !strings.Contains(string(after), privacy.SuppressionKey) {
		t.Error("extracting the suppressions changed Value")
	}
	root, orig := rv.(map[string]any), d.Value.(map[string]any)
	if !sameMap(root["activities"].([]any)[1], orig["activities"].([]any)[1]) {
		t.Error("an activity without suppressions was copied")
	}
	if sameMap(root["controller"], orig["controller"]) || sameMap(root, orig) {
		t.Error("an object with suppressions was not copied")
	}
	want := map[string]any{
		"title":      "Privacy notice",
		"controller": map[string]any{"name": "Example BV"},
		"activities": []any{
			map[string]any{"name": "Payroll", "retention": map[string]any{"statement": "as long as necessary"}},
			orig["activities"].([]any)[1],
		},
	}
	if !reflect.DeepEqual(rv, want) {
		t.Errorf("got  %#v\nwant %#v", rv, want)
	}
}

// sameMap reports whether a and b are the same map, not merely equal ones.
func sameMap(a, b any) bool {
	return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}

func TestNoSuppressionsNoCopy(t *testing.T) {
	src, err := os.ReadFile("testdata/valid/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	d := mustParse(t, "minimal.yaml", string(src))
	if !sameMap(d.RuleValue(), d.Value) || d.Suppressions() != nil {
		t.Error("a notice without suppressions must be handed to the rules as it is")
	}
	var nilDoc *Document
	if nilDoc.RuleValue() != nil || nilDoc.Suppressions() != nil {
		t.Error("a nil document has no value and no suppressions")
	}
}

func TestSuppressionsJSON(t *testing.T) {
	d := mustParse(t, "n.json", `{
  "title": "T",
  "transfers": [
    {"destination": "US", "x-noticelint-ignore": [
      {"rule": "transfer-safeguards-copy", "reason": "on request"}]}
  ]
}`)
	want := []Suppression{{Rule: "transfer-safeguards-copy", Reason: "on request", Scope: "/transfers/0", Pointer: "/transfers/0/x-noticelint-ignore/0", Position: Position{5, 7}}}
	if got := d.Suppressions(); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// An entry the schema refuses silences nothing and is not returned; the
// list is left out of the rules' value all the same. Validate reports it.
func TestMalformedSuppressions(t *testing.T) {
	d, fs := Load("n.yaml", []byte(`title: T
x-noticelint-ignore: retention-vague
controller:
  x-noticelint-ignore:
    - retention-vague
    - reason: which rule?
    - {rule: 7}
    - {rule: dpo-contact, reason: [a, b]}
    - {rule: notice-date, reson: typo}
`))
	if d == nil {
		t.Fatal(fs)
	}
	got := d.Suppressions()
	if len(got) != 1 || got[0].Rule != "notice-date" || got[0].Reason != "" || got[0].Pointer != "/controller/x-noticelint-ignore/4" {
		t.Errorf("only the entry that names a rule as text counts: %+v", got)
	}
	if b, _ := json.Marshal(d.RuleValue()); strings.Contains(string(b), privacy.SuppressionKey) {
		t.Errorf("malformed lists reach the rules: %s", b)
	}
	var msgs []string
	for _, f := range fs {
		checkFinding(t, f)
		msgs = append(msgs, f.Pointer+": "+f.Message)
	}
	wantMsgs := []string{
		`/x-noticelint-ignore: expected a list for "x-noticelint-ignore", found text ("retention-vague"); write it as a list, even if it has only one item`,
		`/controller/x-noticelint-ignore/0: expected an object (a group of fields) for an item of "x-noticelint-ignore", found text ("retention-vague")`,
		`/controller/x-noticelint-ignore/1: "rule" is required in controller/x-noticelint-ignore/1`,
		`/controller/x-noticelint-ignore/2/rule: expected text (a string) for "rule", found the number 7; if it is meant as text, put it in quotes: "7"`,
		`/controller/x-noticelint-ignore/3/reason: expected text (a string) for "reason", found a list`,
		`/controller/x-noticelint-ignore/4/reson: unknown field "reson" in controller/x-noticelint-ignore/4; did you mean "reason"?`,
	}
	if !reflect.DeepEqual(msgs, wantMsgs) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(msgs, "\n"), strings.Join(wantMsgs, "\n"))
	}
}

// A list written once under an anchor and reused with an alias suppresses
// in every object that uses it; the entries stand where the anchor is.
func TestAliasedSuppressions(t *testing.T) {
	d := mustParse(t, "n.yaml", `activities:
  - name: A
    x-noticelint-ignore: &hr
      - {rule: retention-vague, reason: set by the collective agreement}
  - name: B
    x-noticelint-ignore: *hr
`)
	got := d.Suppressions()
	if len(got) != 2 || got[0].Scope != "/activities/0" || got[1].Scope != "/activities/1" ||
		got[0].Position != (Position{4, 9}) || got[1].Position != got[0].Position {
		t.Errorf("got %+v", got)
	}
}

// Suppressions are extracted once, however many goroutines ask; run with -race.
func TestSuppressionsConcurrent(t *testing.T) {
	d := mustParse(t, "n.yaml", suppressed)
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			if len(d.Suppressions()) != 4 || d.RuleValue() == nil {
				t.Error("suppressions differ between goroutines")
			}
		})
	}
	wg.Wait()
}

// Messages do not list x-noticelint-ignore among the fields every object
// allows, but a misspelling of it is recognised.
func TestSuppressionKeyInMessages(t *testing.T) {
	for src, want := range map[string]string{
		"summary: x":                             "the fields allowed here are: $schema, title, languages, version, effective_date, last_updated, url, data_subjects, collected_from, controller, activities, recipients, transfers, cookies, cookie_consent, rights, children, laws",
		"x-noticelint-ingore: [{rule: a}]":       `did you mean "x-noticelint-ignore"?`,
		"controller: {x-noticelint-ignores: []}": `unknown field "x-noticelint-ignores" in controller; did you mean "x-noticelint-ignore"?`,
	} {
		_, fs := Load("n.yaml", []byte(src))
		if len(fs) != 1 || !strings.Contains(fs[0].Message, want) || strings.HasSuffix(fs[0].Message, privacy.SuppressionKey) {
			t.Errorf("%s:\n got %v\nwant %q", src, fs, want)
		}
	}
}
