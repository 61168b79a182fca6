package document

import (
	"bytes"
	"fmt"
	"reflect"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/noticelint/noticelint/privacy/lint/internal/mutate"
)

// sameNodes reports the first difference between two node trees in what
// the builder reads, or "".
func sameNodes(fast, slow *yaml.Node, at string) string {
	if fast.Kind != slow.Kind || fast.Style != slow.Style || fast.Value != slow.Value ||
		fast.Line != slow.Line || fast.Column != slow.Column || fast.Anchor != slow.Anchor ||
		(fast.Alias == nil) != (slow.Alias == nil) || len(fast.Content) != len(slow.Content) ||
		fast.Style&yaml.TaggedStyle != 0 && fast.Tag != slow.Tag {
		return fmt.Sprintf("%s: fast {kind %d style %d %q at %d:%d, %d children}, yaml {kind %d style %d %q at %d:%d, %d children}",
			at, fast.Kind, fast.Style, fast.Value, fast.Line, fast.Column, len(fast.Content),
			slow.Kind, slow.Style, slow.Value, slow.Line, slow.Column, len(slow.Content))
	}
	for i := range fast.Content {
		if d := sameNodes(fast.Content[i], slow.Content[i], fmt.Sprintf("%s/%d", at, i)); d != "" {
			return d
		}
	}
	return ""
}

// checkFastYAML checks that whatever fastYAML reads, the YAML package reads
// alike and without error, and that loading gives the same document either
// way.
func checkFastYAML(t *testing.T, src []byte) {
	src = bytes.TrimPrefix(src, utf8BOM)
	if checkText(src, true) != nil {
		return
	}
	fast := fastYAML(src)
	if fast == nil {
		return
	}
	slow, err := decodeYAML(src)
	if err != nil {
		t.Fatalf("fastYAML reads what the YAML package refuses (%s: %s):\n%s", err.pos, err.message, src)
	}
	if d := sameNodes(fast, slow, ""); d != "" {
		t.Fatalf("%s\nsource:\n%s", d, src)
	}
	for _, l := range []Limits{{}, {MaxDepth: 3, MaxNodes: 40, MaxStringBytes: 12}} {
		l = l.WithDefaults()
		df, ef := parseYAMLWith(src, l, true)
		ds, es := parseYAMLWith(src, l, false)
		if !reflect.DeepEqual(ef, es) || (df == nil) != (ds == nil) {
			t.Fatalf("parse differs: %v vs %v", ef, es)
		}
		if df == nil {
			continue
		}
		if !reflect.DeepEqual(df.Value, ds.Value) || !reflect.DeepEqual(df.invalid, ds.invalid) || df.noSuppressions != ds.noSuppressions {
			t.Fatalf("values differ:\n%#v\n%#v", df.Value, ds.Value)
		}
		var ptrs []string
		allPointers(df.Value, "", &ptrs)
		for _, p := range ptrs {
			if a, b := df.Position(p), ds.Position(p); a != b {
				t.Fatalf("position of %q: %v vs %v", p, a, b)
			}
		}
	}
}

func allPointers(v any, prefix string, out *[]string) {
	*out = append(*out, prefix, prefix+"/x", prefix+"/0")
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			allPointers(c, prefix+"/"+escapePointer(k), out)
		}
	case []any:
		for i, c := range x {
			allPointers(c, fmt.Sprintf("%s/%d", prefix, i), out)
		}
	}
}

var fastYAMLSeeds = []string{"../../../examples/*.notice.yaml", "testdata/valid/*.yaml", "testdata/malformed/*.yaml"}

// FuzzFastYAML checks fastYAML against the YAML package (see checkFastYAML).
func FuzzFastYAML(f *testing.F) {
	for _, s := range seeds(f, fastYAMLSeeds...) {
		f.Add(s.Src)
	}
	for _, s := range fastYAMLCases {
		f.Add([]byte(s))
	}
	f.Fuzz(checkFastYAML)
}

// fastYAMLCases are documents at the edges of what fastYAML reads.
var fastYAMLCases = []string{
	"a:\nb: 1\n",
	"a:   \nb:\n",
	"a: # c\nb: 1 # d\n",
	"a:\n  - x\n  - y\nb:\n- z\n- {k: v}\n",
	"a: >-\n  text\n  more\n\n  para  \n  end\n\n# c\nb: |+\n  x\n\n\nc: 1\n",
	"a: >\n  one\n\n\n  two\nb: |\n  x\n  y\n",
	"a: |-\n  x\n\n",
	"a: x\n  y\n\n  z\nb: \"q\\u00e9 \\\"\" # c\nc: 'it''s'\n",
	"a: [x, {k: v, l: 'w'}, [], {}]\n",
	"é: 1\nb: é [x]\nc: [é, 'é']\n",
	"- a\n- b\n",
	"a: -1\nb: - 1\n",
	"a: b: c\n",
	"a: x\n # c\n  y\n",
	"a:\n  b: 1\n c: 2\n",
	"a:\n    - x\n  - y\n",
	"a: [x,]\n",
	"a: [x, , y]\n",
	"a: {k: v, k2}\n",
	"a: 'x\n  y'\n",
	"a:\n- id: a\n  name: b\n- id: c\n  list:\n  - x\n  - y\n  more: z\n",
	"a:\n  - id: a\n    b: x\n      y\n  - z\n",
	"a: 1\n---\nb: 2\n",
	"a: 1\n...\n",
	"a: x #c\n  y\n",
	"a: http://x.y/z?q=1#f\nb: a#b\n",
	"a: |\n   x\n  y\n",
	"a: |\n  x\n   y\n",
	"a: |2\n  x\n",
	"a: \"\\x41\\t\\/\"\n",
	"x-noticelint-ignore: [{rule: r, reason: why}]\n",
	"a: {b: [c, {d: e}]}\n",
	"a: [a b,  c  ]  # c\n",
	"a:\n- - x\n",
	"a:\n-\n",
	"key with space: 1\n",
	"a: !!str 1\n",
	"a: &x 1\nb: *x\n",
	"a: 1\n  \n",
	"a: 1\nb",
	"a: 1\nb:",
	"a: >-\n  x",
	"a: ? x\n",
	"a: \"x\" y\n",
	"a: [x] y\n",
	"a: &x\n  - p\nb: &y\n  k: v\nc: &z >-\n  t\nd: &w 'q'\ne: &v [1]\nf: *x\ng:\n  - *y\n",
	"a: &x # c\n  k: v\nb: &y\n\n  - z\nc: &x 2\nd: *x\n",
	"a:   &x    1\nb: *x   # c\nc: *y\n",
	"a: &x\nb: 1\n",
	"a: &x\n  b: *x\n",
	"a: & x\n",
	"a:\n  - >-\n    folded\n    text\n  - |\n    lit\n  - x\n",
	"a:\n- >\n  x\n- y\n",
	"a:\n  - # c\n    k: v\n  -\n    - x\n  -\n  - z\n",
	"a:\n  -\n",
}

// Every case, the examples and random edits of them keep fastYAML equal to
// the YAML package.
func TestFastYAML(t *testing.T) {
	for _, s := range fastYAMLCases {
		checkFastYAML(t, []byte(s))
	}
	var srcs [][]byte
	for _, s := range seeds(t, fastYAMLSeeds...) {
		srcs = append(srcs, s.Src)
	}
	for _, s := range fastYAMLCases {
		srcs = append(srcs, []byte(s))
	}
	n := 3000
	if testing.Short() {
		n = 300
	}
	for v := range mutate.Variants(srcs, n, 3) {
		checkFastYAML(t, v)
	}
}

// fastYAML reads the examples, which use what notices commonly use.
func TestFastYAMLReadsExamples(t *testing.T) {
	for _, s := range seeds(t, "../../../examples/*.notice.yaml") {
		if fastYAML(s.Src) == nil {
			t.Errorf("fastYAML does not read an example:\n%.200s", s.Src)
		}
	}
	y, _ := largeNotice(10)
	if fastYAML(y) == nil {
		t.Error("fastYAML does not read the generated notice")
	}
}
