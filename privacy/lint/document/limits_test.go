package document

import (
	"runtime"
	"strings"
	"testing"
)

// Each limit, hit in YAML and in JSON, gives one syntax finding that names
// the limit and where it was hit.
func TestLimits(t *testing.T) {
	small := Limits{MaxBytes: 200, MaxDepth: 3, MaxNodes: 10, MaxStringBytes: 20}
	tests := []struct {
		name, file, src string
		want            string
		pos             Position
	}{
		{"size yaml", "n.yaml", "title: " + strings.Repeat("x", 300), "the file is 307 bytes, above the size limit of 200 bytes (max_bytes, --max-bytes)", Position{1, 1}},
		{"size json", "n.json", `{"title": "` + strings.Repeat("x", 300) + `"}`, "above the size limit of 200 bytes", Position{1, 1}},
		{"depth yaml", "n.yaml", "a:\n  b:\n    c:\n      d: 1\n", "nested more than 3 levels deep, the depth limit (max_depth, --max-depth)", Position{4, 10}},
		{"depth json", "n.json", `{"a": {"b": {"c": {"d": 1}}}}`, "nested more than 3 levels deep", Position{1, 25}},
		{"nodes yaml", "n.yaml", "laws: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]", "more than 10 values, the limit (max_nodes, --max-nodes)", Position{1, 32}},
		{"nodes json", "n.json", `{"laws": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}`, "more than 10 values", Position{1, 35}},
		{"aliases", "n.yaml", "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n", "the aliases in this document expand to more than 10 values, the limit (max_nodes, --max-nodes); the alias *a here alone expands to 4 values", Position{2, 5}},
		{"text yaml", "n.yaml", "title: " + strings.Repeat("x", 21), "this value is 21 bytes long, above the limit of 20 bytes (max_string_bytes, --max-string-bytes)", Position{1, 8}},
		{"key yaml", "n.yaml", strings.Repeat("k", 21) + ": 1", "this field name is 21 bytes long", Position{1, 1}},
		{"text json", "n.json", `{"title": "` + strings.Repeat("x", 21) + `"}`, "this text is 21 bytes long", Position{1, 11}},
		{"escaped text json", "n.json", `{"title": "` + strings.Repeat(`\n`, 21) + `"}`, "this text is 21 bytes long", Position{1, 11}},
		{"key json", "n.json", `{"` + strings.Repeat("k", 21) + `": 1}`, "this text is 21 bytes long", Position{1, 2}},
		{"number json", "n.json", `{"version": ` + strings.Repeat("1", 21) + `}`, "this number is 21 bytes long", Position{1, 13}},
		// A * in text, not an alias, once made the alias check fail on a
		// document above the node or depth limit.
		{"nodes yaml with a star", "n.yaml", "laws: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nnote: '*'\n", "more than 10 values", Position{1, 32}},
		{"depth yaml with a star", "n.yaml", "a:\n  b:\n    c:\n      d:\n        e:\n          f:\n            g: 1\nnote: '*'\n", "nested more than 3 levels deep", Position{5, 9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, fs := small.Load(tt.file, []byte(tt.src))
			if d != nil || len(fs) != 1 {
				t.Fatalf("got document %v and findings %v, want one syntax finding", d != nil, fs)
			}
			f := fs[0]
			if f.Rule != "syntax" || !strings.Contains(f.Message, tt.want) || (Position{f.Line, f.Column}) != tt.pos {
				t.Errorf("got %v\nwant %q at %v", f, tt.want, tt.pos)
			}
		})
	}
}

// The zero Limits are the defaults, and a document within them loads.
func TestDefaultLimits(t *testing.T) {
	if got := (Limits{}).WithDefaults(); got != DefaultLimits() {
		t.Errorf("zero limits = %+v, want the defaults %+v", got, DefaultLimits())
	}
	src := "title: " + strings.Repeat("x", 100_000) + "\nlaws: [" + strings.Repeat("law, ", 10_000) + "law]\n"
	if d, fs := Load("n.yaml", []byte(src)); d == nil {
		t.Fatalf("a document within the default limits was refused: %v", fs)
	}
}

// Hostile documents at the default limits are refused without allocating
// memory in proportion to what they would expand to.
func TestLimitsBoundMemory(t *testing.T) {
	tests := []struct {
		name, file, src string
		maxAlloc        uint64
	}{
		{"billion laughs", "n.yaml", billionLaughs(), 1 << 20},
		{"deep flow", "n.yaml", strings.Repeat("[", 5_000_000), 1 << 20},
		{"deep flow in a value", "n.yaml", "title: x\nlaws:\n  - " + strings.Repeat("{a: [", 1_000_000), 1 << 20},
		{"deep json", "n.json", strings.Repeat("[", 5_000_000), 8 << 20},
		{"too large", "n.json", strings.Repeat(" ", 20_000_000), 1 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			d, fs := Load(tt.file, src)
			runtime.ReadMemStats(&after)
			if d != nil || len(fs) != 1 || fs[0].Rule != "syntax" {
				t.Fatalf("got %v, want one syntax finding", fs)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > tt.maxAlloc {
				t.Errorf("loading allocated %d bytes, want at most %d: %v", alloc, tt.maxAlloc, fs[0])
			}
		})
	}
}

// billionLaughs nests ten aliases, each used ten times in the next: a few
// hundred bytes that would expand to ten billion values.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i <= 10; i++ {
		ref := "*a" + string(rune('0'+i-1))
		if i == 10 {
			b.WriteString("title: [")
		} else {
			b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		}
		b.WriteString(strings.Repeat(ref+", ", 9) + ref + "]\n")
	}
	return b.String()
}

// The flow pre-scan counts only brackets that YAML reads as flow
// collections, so brackets in text never trip the depth limit.
func TestFlowTooDeep(t *testing.T) {
	deep := strings.Repeat("[", 6) + strings.Repeat("]", 6)
	tests := []struct {
		src  string
		want int
	}{
		{"laws: " + deep, 11},
		{"laws:\n  - " + deep, 15},
		{"a: {b: [c, {d: [e]}]}", -1},
		{"title: Notice [[[[[[[ draft", -1},
		{"title: '[[[[[[[' # [[[[[[[", -1},
		{`title: "[[[[[[[\" [[[[[[["`, -1},
		{"laws: ['[[[[[[[', \"{{{{{{{\"]", -1},
		{"text: |\n  plain [[[[[[[ text\n", -1},
	}
	for _, tt := range tests {
		if got := flowTooDeep([]byte(tt.src), 4); got != tt.want {
			t.Errorf("flowTooDeep(%q) = %d, want %d", tt.src, got, tt.want)
		}
	}
}
