package document

import (
	"encoding/json"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint/finding"
)

func mustParse(t *testing.T, name, src string) *Document {
	t.Helper()
	d, fs := Parse(name, []byte(src))
	if d == nil || len(fs) > 0 {
		t.Fatalf("Parse(%s): %v", name, fs)
	}
	return d
}

func TestPositionsYAML(t *testing.T) {
	src := "" +
		"title: Privacy notice\n" + // 1
		"languages: [nl, \"fr-BE\"]\n" + // 2
		"controller:\n" + // 3
		"  name: Exämple BV\n" + // 4
		"  contact: {email: a@example.com, phone: \"1\"}\n" + // 5
		"activities:\n" + // 6
		"  - name: Newsletter\n" + // 7
		"    purposes:\n" + // 8
		"      - description: News\n" + // 9
		"        legal_bases:\n" + // 10
		"          - consent\n" + // 11
		"  -   name: Orders\n" + // 12
		"  - Ünïcode: x\n" + // 13
		"    after: y\n" // 14
	d := mustParse(t, "n.yaml", src)
	for _, tc := range []struct {
		pointer string
		want    Position
	}{
		{"", Position{1, 1}},
		{"/title", Position{1, 1}},
		{"/languages", Position{2, 1}},
		{"/languages/0", Position{2, 13}},
		{"/languages/1", Position{2, 17}},
		{"/controller/name", Position{4, 3}},
		{"/controller/contact", Position{5, 3}},
		{"/controller/contact/email", Position{5, 13}},
		{"/controller/contact/phone", Position{5, 35}},
		{"/activities/0", Position{7, 5}}, // a mapping in a list: its first key
		{"/activities/0/purposes/0/legal_bases/0", Position{11, 13}},
		{"/activities/1", Position{12, 7}},
		{"/activities/1/name", Position{12, 7}},
		{"/activities/2/after", Position{14, 5}}, // columns count characters, not bytes
	} {
		if got := d.Position(tc.pointer); got != tc.want {
			t.Errorf("Position(%q) = %v, want %v", tc.pointer, got, tc.want)
		}
	}
}

func TestPositionsJSON(t *testing.T) {
	src := "{\n" +
		"  \"title\": \"Privé\", \"version\": \"1\",\n" +
		"  \"languages\": [ \"nl\",\n" +
		"     \"fr\" ],\n" +
		"  \"activities\": [{\"name\": \"N\"}, {\"name\": \"Ö\", \"id\": \"x\"}]\n" +
		"}"
	d := mustParse(t, "n.json", src)
	for _, tc := range []struct {
		pointer string
		want    Position
	}{
		{"", Position{1, 1}},
		{"/title", Position{2, 3}},
		{"/version", Position{2, 21}},
		{"/languages/0", Position{3, 18}},
		{"/languages/1", Position{4, 6}},
		{"/activities/0", Position{5, 18}},
		{"/activities/1", Position{5, 33}},
		{"/activities/1/id", Position{5, 47}},
	} {
		if got := d.Position(tc.pointer); got != tc.want {
			t.Errorf("Position(%q) = %v, want %v", tc.pointer, got, tc.want)
		}
	}
}

func TestPositionFallback(t *testing.T) {
	d := mustParse(t, "n.yaml", "title: x\ncontroller:\n  name: y\nactivities:\n  - name: a\n")
	for pointer, want := range map[string]Position{
		"/controller/address/country": {2, 1}, // missing: the controller
		"/controller/name/deeper":     {3, 3}, // below a scalar
		"/activities/7/name":          {4, 1}, // no such element
		"/activities/00":              {4, 1}, // not an RFC 6901 index
		"/activities/-":               {4, 1},
		"/nothing":                    {1, 1}, // the root
		"not a pointer":               {1, 1},
	} {
		if got := d.Position(pointer); got != want {
			t.Errorf("Position(%q) = %v, want %v", pointer, got, want)
		}
	}
	var nilDoc *Document
	if got := nilDoc.Position("/x"); got != (Position{}) {
		t.Errorf("nil document: %v", got)
	}
}

func TestPointerEscaping(t *testing.T) {
	d := mustParse(t, "n.json", "{\n \"a/b\": 1,\n \"c~d\": {\"~1\": 2},\n \"\": 3\n}")
	for pointer, want := range map[string]Position{
		"/a~1b":     {2, 2},
		"/c~0d":     {3, 2},
		"/c~0d/~01": {3, 10},
		"/":         {4, 2}, // the empty key
		"/a/b":      {1, 1}, // "a" does not exist
	} {
		if got := d.Position(pointer); got != want {
			t.Errorf("Position(%q) = %v, want %v", pointer, got, want)
		}
	}
	// The finding for an unknown key with a slash points at that key.
	_, fs := Load("n.json", []byte("{\n  \"title\": \"x\",\n  \"a/b\": 1\n}"))
	if len(fs) != 1 || fs[0].Pointer != "/a~1b" || fs[0].Line != 3 || fs[0].Column != 3 {
		t.Errorf("findings %v", fs)
	}
	// Keys the validator URL-escapes come back as plain pointers.
	_, fs = Load("n.yaml", []byte("controller:\n  name: x\n  \"na me%\": y\n"))
	if len(fs) != 1 || fs[0].Pointer != "/controller/na me%" || fs[0].Line != 3 {
		t.Errorf("findings %v", fs)
	}
}

func TestScalarsYAML(t *testing.T) {
	d := mustParse(t, "n.yaml", `
country: NO
answers: [yes, no, on, off, y, n, Yes, NO]
bools: [true, false, True, FALSE]
date: 2020-06-05
datetime: 2001-12-14t21:59:43.10-05:00
nulls: [~, null, Null]
empty:
ints: [0x1F, 0o17, 0b101, 1_000, +12, -7, 007, 123456789012345678901234567890]
floats: [1.5, .5, -1., 1e3, 6.02E+23, 00.25]
quoted: ["12", '1.0', "true", !!str 12]
block: |
  two
  lines
`)
	want := map[string]any{
		"country":  "NO",
		"answers":  []any{"yes", "no", "on", "off", "y", "n", "Yes", "NO"},
		"bools":    []any{true, false, true, false},
		"date":     "2020-06-05",
		"datetime": "2001-12-14t21:59:43.10-05:00",
		"nulls":    []any{nil, nil, nil},
		"empty":    nil,
		"ints":     []any{json.Number("31"), json.Number("15"), json.Number("5"), json.Number("1000"), json.Number("12"), json.Number("-7"), json.Number("7"), json.Number("123456789012345678901234567890")},
		"floats":   []any{json.Number("1.5"), json.Number("0.5"), json.Number("-1.0"), json.Number("1e3"), json.Number("6.02E+23"), json.Number("0.25")},
		"quoted":   []any{"12", "1.0", "true", "12"},
		"block":    "two\nlines\n",
	}
	if !reflect.DeepEqual(d.Value, want) {
		t.Errorf("got  %#v\nwant %#v", d.Value, want)
	}
	// Every number must be valid JSON.
	for _, n := range d.Value.(map[string]any)["floats"].([]any) {
		if !json.Valid([]byte(n.(json.Number))) {
			t.Errorf("%s is not a JSON number", n)
		}
	}
}

func TestInvalidNumbers(t *testing.T) {
	for _, src := range []string{"title: .inf", "title: -.Inf", "title: .NaN", "title: 1e99999", "title: 0x" + strings.Repeat("F", 500)} {
		d, fs := Load("n.yaml", []byte(src))
		if d == nil || len(fs) != 1 || fs[0].Rule != finding.RuleSchema || fs[0].Pointer != "/title" || !strings.Contains(fs[0].Message, "not a valid number") && !strings.Contains(fs[0].Message, "too large") {
			t.Errorf("%s: %v", src, fs)
		}
		if _, err := d.Notice(); err == nil {
			t.Errorf("%s: Notice() did not fail", src)
		}
	}
	// A huge exponent in JSON must neither hang nor crash the validator.
	_, fs := Load("n.json", []byte(`{"children": {"directed_at_children": true, "parental_consent_below_age": 1e999999999}}`))
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "too large") {
		t.Errorf("%v", fs)
	}
}

func TestBOM(t *testing.T) {
	d, fs := Parse("n.yaml", []byte("\xEF\xBB\xBFtitle: x\nversion: \"1\"\n"))
	if d == nil || len(fs) > 0 {
		t.Fatal(fs)
	}
	if got := d.Position("/version"); got != (Position{2, 1}) {
		t.Errorf("got %v", got)
	}
	if got := d.Position("/title"); got != (Position{1, 1}) {
		t.Errorf("got %v", got)
	}
	d, fs = Parse("n.json", []byte("\xEF\xBB\xBF{\"title\": \"x\", \"version\": 1}"))
	if d == nil || len(fs) > 0 {
		t.Fatal(fs)
	}
	if got := d.Position("/version"); got != (Position{1, 16}) {
		t.Errorf("got %v", got)
	}
}

func TestAliasesAndMerge(t *testing.T) {
	d := mustParse(t, "n.yaml", `
base: &base
  name: Base
  city: Gent
other: &other
  city: Brussel
  country: BE
merged:
  <<: [*base, *other]
  name: Own
list: [*base]
`)
	want := map[string]any{"name": "Own", "city": "Gent", "country": "BE"}
	if got := d.Value.(map[string]any)["merged"]; !reflect.DeepEqual(got, want) {
		t.Errorf("merged = %v, want %v", got, want)
	}
	for pointer, pos := range map[string]Position{
		"/merged/name":    {10, 3}, // own key
		"/merged/city":    {4, 3},  // from the first merged mapping, where it is defined
		"/merged/country": {7, 3},
		"/list/0":         {11, 8}, // where the alias is written
		"/list/0/city":    {4, 3},
	} {
		if got := d.Position(pointer); got != pos {
			t.Errorf("Position(%q) = %v, want %v", pointer, got, pos)
		}
	}
}

func TestAliasLimits(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
		pos             Position
	}{
		{"cycle", "a: &a [*a]\n", "contains the alias itself", Position{1, 8}},
		{"cycle map", "a: &a\n  b: *a\n", "contains the alias itself", Position{2, 6}},
		{"bad merge", "a: &a [1]\nb:\n  <<: *a\n", "merge key", Position{3, 7}},
		{"seq key", "? [a, b]\n: c\n", "must be plain text", Position{1, 3}},
		{"deep alias", deepAliases(1200), "nested more than 64 levels", Position{1, 10}},
		{"deep flow", strings.Repeat("[", 3000) + strings.Repeat("]", 3000), "nested more than 64 levels", Position{1, 66}},
	} {
		d, fs := Parse("n.yaml", []byte(tc.src))
		if d != nil || len(fs) != 1 || fs[0].Rule != finding.RuleSyntax || !strings.Contains(fs[0].Message, tc.want) || (Position{fs[0].Line, fs[0].Column}) != tc.pos {
			t.Errorf("%s: got %v, want %q at %v", tc.name, fs, tc.want, tc.pos)
		}
	}
}

// deepAliases nests n anchors, each inside the next, so that expanding them
// goes n levels deep.
func deepAliases(n int) string {
	var b strings.Builder
	b.WriteString("a0: &a0 [x]\n")
	for i := 1; i <= n; i++ {
		b.WriteString("a" + itoa(i) + ": &a" + itoa(i) + " [*a" + itoa(i-1) + "]\n")
	}
	return b.String()
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestJSONStrict(t *testing.T) {
	for _, tc := range []struct {
		src, want string
		pos       Position
	}{
		{`{"a": 1 /* x */}`, "a comment is not allowed in JSON", Position{1, 9}},
		{`{"a": [1, 2,]}`, "unexpected ',' before ']'", Position{1, 12}},
		{`{"a": +1}`, "without a leading '+'", Position{1, 7}},
		{`{"a": .5}`, "not a valid JSON number", Position{1, 7}},
		{`{"a": 1.}`, "decimal point", Position{1, 7}},
		{`{"a": -Infinity}`, "-Infinity is not allowed", Position{1, 7}},
		{`{"a": True}`, "lower case", Position{1, 7}},
		{`{"a": yes}`, `double quotes: write "yes"`, Position{1, 7}},
		{`{"a": "\x"}`, `invalid escape "\\x"`, Position{1, 8}},
		{`{"a": "\u12"}`, `\u must be followed by four`, Position{1, 8}},
		{"{\"a\": \"x\ty\"}", `tab inside text`, Position{1, 9}},
		{`{"a" 1}`, `expected ':' after the field name "a"`, Position{1, 6}},
		{`{"a": 1]`, `must be closed with '}'`, Position{1, 8}},
		{`[1, 2}`, `must be closed with ']'`, Position{1, 6}},
		{`{"a": [1 2]}`, `a ',' may be missing`, Position{1, 10}},
		{`{"a": 1,, "b": 2}`, `unexpected ','`, Position{1, 9}},
		{`{"a": }`, `a value was expected`, Position{1, 7}},
		{`{"a": 1} x`, `after the end of the JSON document`, Position{1, 10}},
		{"{\n\"a\":", "the file ends where a value was expected", Position{2, 5}},
		{"# x\n{}", "a comment is not allowed in JSON", Position{1, 1}},
		{strings.Repeat("[", 2000), "nested more than 64 levels", Position{1, 66}},
	} {
		d, fs := Parse("n.json", []byte(tc.src))
		if d != nil || len(fs) != 1 {
			t.Errorf("%s: %v", tc.src, fs)
			continue
		}
		f := fs[0]
		if !strings.Contains(f.Message, tc.want) || (Position{f.Line, f.Column}) != tc.pos {
			t.Errorf("%s: got %v, want %q at %v", tc.src, f, tc.want, tc.pos)
		}
	}
	d := mustParse(t, "n.json", `{"s": "a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\ud800", "n": [0, -0, 1.5e-3, 12E+2], "b": [true, false, null]}`)
	want := map[string]any{
		"s": "a\"\\/\b\f\n\r\té😀\uFFFD",
		"n": []any{json.Number("0"), json.Number("-0"), json.Number("1.5e-3"), json.Number("12E+2")},
		"b": []any{true, false, nil},
	}
	if !reflect.DeepEqual(d.Value, want) {
		t.Errorf("got %#v", d.Value)
	}
}

func TestNameSelectsFormat(t *testing.T) {
	// YAML accepts what strict JSON refuses; the name decides.
	src := []byte("{title: x}")
	if d, _ := Parse("notice.yaml", src); d == nil {
		t.Error("YAML flow mapping refused")
	}
	if d, _ := Parse("notice.JSON", src); d != nil {
		t.Error("unquoted key accepted as JSON")
	}
	if d, _ := Parse("notice", []byte(`{"title": "x"}`)); d == nil {
		t.Error("JSON refused as YAML")
	}
}

func TestValidNotices(t *testing.T) {
	for _, name := range []string{"minimal.yaml", "minimal.json"} {
		src, err := os.ReadFile("testdata/valid/" + name)
		if err != nil {
			t.Fatal(err)
		}
		d, fs := Load(name, src)
		if d == nil || len(fs) > 0 {
			t.Errorf("%s: %v", name, fs)
			continue
		}
		n, err := d.Notice()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n.Title != "Privacy notice" || n.Controller == nil || n.Controller.Address.Country != "NO" ||
			n.Controller.DPO.Designated == nil || *n.Controller.DPO.Designated ||
			len(n.Activities) != 1 || n.Activities[0].Purposes[0].LegalBases[0] != privacy.LegalBasisConsent ||
			n.Activities[0].Retention.Period != "P1Y" || n.LastUpdated != "2020-06-05" ||
			n.Children.ParentalConsentBelowAge != 13 || !reflect.DeepEqual(n.Languages, []privacy.LanguageTag{"nl", "fr-BE"}) {
			t.Errorf("%s: decoded %+v", name, n)
		}
	}
}

func TestNoticeWrongType(t *testing.T) {
	d := mustParse(t, "n.yaml", "title: [a]\n")
	if _, err := d.Notice(); err == nil {
		t.Error("a list decoded as a title")
	}
}

func TestSeveralSchemaFindings(t *testing.T) {
	d, fs := Load("n.yaml", []byte(`title: 5
activities:
  - name: A
    purposes:
      - description: x
        legal_bases: [consent, 7, contrat]
  - naam: B
`))
	if d == nil {
		t.Fatal(fs)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.String()+" @"+f.Pointer)
	}
	want := []string{
		`1:1: error schema: expected text (a string) for "title", found the number 5; if it is meant as text, put it in quotes: "5" @/title`,
		`6:32: error schema: expected text (a string) for an item of "legal_bases", found the number 7; if it is meant as text, put it in quotes: "7" @/activities/0/purposes/0/legal_bases/1`,
		`6:35: error schema: "contrat" is not an allowed value for "legal_bases"; did you mean "contract"? Expected one of: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests @/activities/0/purposes/0/legal_bases/2`,
		`7:5: error schema: "name" is required in activities/1 @/activities/1`,
		`7:5: error schema: unknown field "naam" in activities/1; did you mean "name"? @/activities/1/naam`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMessages(t *testing.T) {
	for src, want := range map[string]string{
		"controller: {address: {country: be}}":                                     `"be" is not an ISO 3166-1 alpha-2 country code; write it in capitals: "BE"`,
		"controller: {address: {country: EL}}":                                     `(Greece is GR)`,
		"controller: {address: {country: XX}}":                                     `"XX" is not an ISO 3166-1 alpha-2 country code, such as BE, FR or US`,
		"last_updated: 05/06/2020":                                                 `if that is day, month and year, write 2020-06-05`,
		"cookies: [{name: a, duration: 2 years}]":                                  `or session, for "duration"; found "2 years"; for "2 years" write P2Y`,
		"rights: {response_time: p1m}":                                             `did you mean P1M?`,
		"languages: [fr_be]":                                                       `did you mean "fr-BE"?`,
		"languages: [English]":                                                     `did you mean "en"?`,
		"controller: {contact: {email: 'mailto:a@example.com'}}":                   `without "mailto:"`,
		"children: {directed_at_children: true, parental_consent_below_age: 12.5}": `expected a whole number for "parental_consent_below_age", found the number 12.5`,
		"children: {directed_at_children: true, parental_consent_below_age: '12'}": `write the number without quotes`,
		"children: {directed_at_children: true, parental_consent_below_age: 0}":    `must be at least 1; found 0`,
		"rights: {complaint: {stated: no}}":                                        `expected true or false for "stated", found text ("no"); write false`,
		"titel: x":                                                                 `unknown field "titel" at the top level; did you mean "title"?`,
		"Data-Subjects: [x]":                                                       `did you mean "data_subjects"?`,
		"controller: {dpo: {designated: true, email: a@b.c}}":                      `unknown field "email" in controller/dpo; it belongs inside "contact"`,
		"rights: {fee: fre}":                                                       `"fre" is not an allowed value for "fee"; did you mean "free"?`,
		"url: ''":                                                                  `"" is not a full web address for "url"`,
		"rights: {response_time: ''}":                                              `expected an ISO 8601 duration such as P1M or P7Y for "response_time"; found ""`,
	} {
		_, fs := Load("n.yaml", []byte(src))
		if len(fs) != 1 || !strings.Contains(fs[0].Message, want) {
			t.Errorf("%s:\n got %v\nwant %q", src, fs, want)
			continue
		}
		checkFinding(t, fs[0])
	}
}

// Validate compiles the schema once and is safe from many goroutines;
// run with -race.
func TestConcurrentValidate(t *testing.T) {
	docs := []*Document{
		mustParse(t, "a.yaml", "title: 5\nactivities: [{naam: x}]\n"),
		mustParse(t, "b.json", `{"transfers": [{"destination": "UK"}]}`),
	}
	want := [][]finding.Finding{docs[0].Validate(), docs[1].Validate()}
	var wg sync.WaitGroup
	for i := range 32 {
		wg.Go(func() {
			d := docs[i%2]
			if got := d.Validate(); !reflect.DeepEqual(got, want[i%2]) {
				t.Errorf("goroutine %d: %v", i, got)
			}
		})
	}
	wg.Wait()
	if len(want[0]) != 3 || len(want[1]) != 1 {
		t.Errorf("findings %v", want)
	}
}
