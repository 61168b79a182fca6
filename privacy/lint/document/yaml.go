package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"

	"github.com/noticelint/noticelint/privacy"
)

// parseYAML parses src, which is not blank, into a Document. It builds the
// value from the node tree itself rather than letting the YAML package
// decode into interfaces, so that it controls how scalars resolve, keeps
// every position and can refuse duplicate keys and alias bombs.
func parseYAML(src []byte, l Limits) (*Document, *syntaxError) {
	return parseYAMLWith(src, l, true)
}

// parseYAMLWith is parseYAML, reading src with fastYAML first when fast is
// set; the tests compare the two ways.
func parseYAMLWith(src []byte, l Limits, fast bool) (*Document, *syntaxError) {
	if off := flowTooDeep(src, l.MaxDepth); off >= 0 {
		return nil, syntaxAt(posAt(src, off, true), tooDeep(l.MaxDepth))
	}
	var root *yaml.Node
	t := &positions{}
	if fast {
		p := &fastParser{src: src}
		if root = p.parse(); root != nil {
			t = p.positions()
		}
	}
	if root == nil {
		var err *syntaxError
		if root, err = decodeYAML(src); err != nil {
			return nil, err
		}
	}
	b := &yamlBuilder{limits: l, t: t}
	if bytes.IndexByte(src, '*') >= 0 {
		if err := checkAliases(root, l); err != nil {
			return nil, err
		}
	}
	v, node := b.value(root, 0)
	if b.err != nil {
		return nil, b.err
	}
	b.t.root = node
	return &Document{Value: v, pos: b.t, invalid: b.invalid, noSuppressions: !b.suppressions}, nil
}

// decodeYAML reads src, which is not blank, with the YAML package and
// returns the root node of its one document.
func decodeYAML(src []byte) (*yaml.Node, *syntaxError) {
	r := &countingReader{r: bytes.NewReader(src)}
	dec := yaml.NewDecoder(r)
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			msg := "the file holds no notice"
			if bytes.IndexByte(src, '#') >= 0 {
				msg = "the file holds only comments"
			}
			return nil, syntaxAt(Position{1, 1}, msg+"; expected a notice: an object with fields such as title, controller and activities")
		}
		return nil, yamlSyntaxError(src, err, r.n)
	}
	for {
		var next yaml.Node
		err := dec.Decode(&next)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, yamlSyntaxError(src, err, r.n)
		}
		// A lone "---" at the end opens an empty document; that is harmless.
		if !emptyDocument(&next) {
			return nil, syntaxAt(Position{next.Line, next.Column},
				"a second YAML document starts here; a notice file must hold exactly one document, so remove this \"---\" line or split the file")
		}
	}
	var root *yaml.Node
	if len(doc.Content) > 0 {
		root = doc.Content[0]
	}
	if root == nil {
		root = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Line: doc.Line, Column: doc.Column}
	}
	return root, nil
}

// countingReader counts the bytes the YAML parser has read. The parser
// reads in small chunks, so when it fails the culprit is among the last
// bytes read.
type countingReader struct {
	r *bytes.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// emptyDocument reports whether a document holds nothing but an empty,
// untagged null, as a trailing "---" produces.
func emptyDocument(doc *yaml.Node) bool {
	if len(doc.Content) == 0 {
		return true
	}
	n := doc.Content[0]
	return len(doc.Content) == 1 && n.Kind == yaml.ScalarNode && n.Value == "" && n.Style == 0 && n.Anchor == ""
}

// yamlBuilder turns a node tree into a Value and its positions.
type yamlBuilder struct {
	limits Limits
	// suppressions is set when some object has privacy.SuppressionKey.
	suppressions bool
	err          *syntaxError
	nodes        int
	path         path
	invalid      []invalidValue

	t *positions
	// members and elems hold the members and elements of the mappings and
	// sequences being built, innermost last, until each is done.
	members []posMember
	elems   []int32
}

func nodePos(n *yaml.Node) Position { return Position{n.Line, n.Column} }

func (b *yamlBuilder) fail(n *yaml.Node, format string, args ...any) {
	if b.err == nil {
		b.err = &syntaxError{pos: nodePos(n), message: fmt.Sprintf(format, args...), pointer: b.path.String()}
	}
}

// value builds the value of n and returns it with its node in b.t, or -1
// after recording an error. The node holds n's own position; a mapping
// replaces it with the position of the member's key.
func (b *yamlBuilder) value(n *yaml.Node, depth int) (any, int32) {
	if b.err != nil {
		return nil, -1
	}
	if depth > b.limits.MaxDepth {
		b.fail(n, "%s", tooDeep(b.limits.MaxDepth))
		return nil, -1
	}
	b.nodes++
	if b.nodes > b.limits.MaxNodes {
		b.fail(n, "%s", tooManyNodes(b.limits.MaxNodes))
		return nil, -1
	}
	if len(n.Value) > b.limits.MaxStringBytes {
		b.fail(n, "%s", tooLong("value", len(n.Value), b.limits.MaxStringBytes))
		return nil, -1
	}
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias == nil {
			b.fail(n, "the alias *%s refers to an anchor &%s that is not defined before it", n.Value, n.Value)
			return nil, -1
		}
		b.nodes-- // the alias itself produces no value
		v, node := b.value(n.Alias, depth)
		if node >= 0 {
			// The element is where the alias is written; its members stay
			// where the anchor defines them. The node was built for this
			// use alone, so it can move.
			b.t.nodes[node].pos = nodePos(n)
		}
		return v, node
	case yaml.ScalarNode:
		return b.scalar(n), b.t.add(nodePos(n))
	case yaml.SequenceNode:
		return b.sequence(n, depth)
	case yaml.MappingNode:
		return b.mapping(n, depth)
	case yaml.DocumentNode:
		if len(n.Content) == 1 {
			return b.value(n.Content[0], depth)
		}
	}
	b.fail(n, "this YAML construct cannot be read as part of a notice")
	return nil, -1
}

func (b *yamlBuilder) sequence(n *yaml.Node, depth int) (any, int32) {
	items := make([]any, len(n.Content))
	node := b.t.add(nodePos(n))
	base := len(b.elems)
	for i, c := range n.Content {
		b.path = append(b.path, pathSeg{index: i})
		v, child := b.value(c, depth+1)
		b.path = b.path[:len(b.path)-1]
		if b.err != nil {
			return nil, -1
		}
		items[i] = v
		b.elems = append(b.elems, child)
	}
	b.t.closeArray(node, b.elems[base:])
	b.elems = b.elems[:base]
	return items, node
}

func (b *yamlBuilder) mapping(n *yaml.Node, depth int) (any, int32) {
	m := make(map[string]any, len(n.Content)/2)
	node := b.t.add(nodePos(n))
	base := len(b.members)
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Style == 0 && k.Value == "<<" {
			merges = append(merges, v)
			continue
		}
		key, ok := b.key(k)
		if !ok {
			return nil, -1
		}
		b.suppressions = b.suppressions || key == privacy.SuppressionKey
		if _, dup := m[key]; dup {
			b.path = append(b.path, pathSeg{key: key, isKey: true})
			b.fail(k, "duplicate key %q, first at line %d; a field may appear only once", key, b.firstKey(base, key).Line)
			return nil, -1
		}
		b.path = append(b.path, pathSeg{key: key, isKey: true})
		val, child := b.value(v, depth+1)
		b.path = b.path[:len(b.path)-1]
		if b.err != nil {
			return nil, -1
		}
		b.t.nodes[child].pos = nodePos(k)
		m[key] = val
		b.members = append(b.members, posMember{key, child})
	}
	// Merged keys never override the mapping's own keys; among several
	// merged mappings the first wins (YAML merge key semantics).
	for _, mv := range merges {
		sources := []*yaml.Node{mv}
		if mv.Kind == yaml.SequenceNode {
			sources = mv.Content
		}
		for _, s := range sources {
			if resolveAlias(s).Kind != yaml.MappingNode {
				b.fail(s, "the merge key << must be followed by a mapping, an alias to one, or a list of those")
				return nil, -1
			}
			v, source := b.value(s, depth+1)
			if b.err != nil {
				return nil, -1
			}
			sm, _ := v.(map[string]any)
			for key, val := range sm {
				if _, ok := m[key]; !ok {
					m[key] = val
					b.members = append(b.members, posMember{key, b.t.member(source, key)})
				}
			}
		}
	}
	b.t.closeObject(node, b.members[base:])
	b.members = b.members[:base]
	return m, node
}

// firstKey returns the position of the member key among the members of the
// mapping being built, which start at base.
func (b *yamlBuilder) firstKey(base int, key string) Position {
	for _, m := range b.members[base:] {
		if m.key == key {
			return b.t.nodes[m.node].pos
		}
	}
	return Position{}
}

func resolveAlias(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// key returns the name of a mapping key. JSON has text keys only.
func (b *yamlBuilder) key(k *yaml.Node) (string, bool) {
	t := resolveAlias(k)
	if t.Kind == yaml.ScalarNode {
		if len(t.Value) > b.limits.MaxStringBytes {
			b.fail(k, "%s", tooLong("field name", len(t.Value), b.limits.MaxStringBytes))
			return "", false
		}
		return t.Value, true
	}
	if k.Kind == yaml.AliasNode && k.Alias == nil {
		b.fail(k, "the alias *%s refers to an anchor &%s that is not defined before it", k.Value, k.Value)
		return "", false
	}
	b.fail(k, "a field name must be plain text, not a list or an object")
	return "", false
}

// scalar resolves a scalar with the YAML 1.2 core schema, narrowed: only
// true and false are booleans, so that NO (Norway), yes, on and off stay
// text, and dates such as 2020-06-05 stay text too.
func (b *yamlBuilder) scalar(n *yaml.Node) any {
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return n.Value
	}
	if n.Style&yaml.TaggedStyle != 0 {
		switch n.Tag {
		case "!", "!!str", "!!binary", "!!timestamp", "tag:yaml.org,2002:str", "tag:yaml.org,2002:binary", "tag:yaml.org,2002:timestamp":
			return n.Value
		}
	}
	s := n.Value
	switch s {
	case "", "~", "null", "Null", "NULL":
		return nil
	case "true", "True", "TRUE":
		return true
	case "false", "False", "FALSE":
		return false
	case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
		b.invalidNumber(s, "is infinity, which is not a valid number")
		return s
	case ".nan", ".NaN", ".NAN":
		b.invalidNumber(s, "means \"not a number\", which is not a valid number")
		return s
	}
	num, kind := yamlNumber(s)
	switch kind {
	case validNumber:
		return json.Number(num)
	case tooLarge:
		b.invalidNumber(s, "is too large to be a valid number")
	}
	return s
}

func (b *yamlBuilder) invalidNumber(literal, problem string) {
	b.invalid = append(b.invalid, invalidValue{
		pointer: b.path.String(),
		message: fmt.Sprintf("%s %s; if it is meant as text, put it in quotes", quoteValue(literal), problem),
	})
}

// checkAliases refuses alias cycles and alias bombs ("billion laughs")
// before any value is built. It sizes every anchored node once, so it costs
// time linear in the node tree whatever the aliases expand to.
func checkAliases(root *yaml.Node, l Limits) *syntaxError {
	s := &aliasSizer{memo: map[*yaml.Node]int{}, maxNodes: l.MaxNodes, maxDepth: l.MaxDepth}
	total := s.size(root, 0)
	switch {
	case s.cycle != nil:
		return syntaxAt(nodePos(s.cycle), fmt.Sprintf("the alias *%s refers to a value that contains the alias itself, so it never ends", s.cycle.Value))
	case total > l.MaxNodes && s.biggest != nil:
		return syntaxAt(nodePos(s.biggest), fmt.Sprintf("the aliases in this document expand to more than %s values, the limit (max_nodes, --max-nodes); the alias *%s here alone expands to %s", groupDigits(l.MaxNodes), s.biggest.Value, s.countWords(s.biggestSize)))
	}
	return nil
}

type aliasSizer struct {
	maxNodes    int
	maxDepth    int
	memo        map[*yaml.Node]int // anchored nodes; -1 while being sized
	cycle       *yaml.Node
	biggest     *yaml.Node
	biggestSize int
}

// size counts the values n produces, saturating just above the node limit.
func (s *aliasSizer) size(n *yaml.Node, depth int) int {
	if s.cycle != nil || depth > 2*s.maxDepth {
		return s.maxNodes + 1
	}
	if n.Kind == yaml.AliasNode {
		if n.Alias == nil {
			return 1 // the builder reports the unknown anchor
		}
		if v, ok := s.memo[n.Alias]; ok && v < 0 {
			s.cycle = n
			return s.maxNodes + 1
		}
		size := s.size(n.Alias, depth+1)
		if s.biggest == nil || size > s.biggestSize {
			s.biggest, s.biggestSize = n, size
		}
		return size
	}
	if n.Anchor != "" {
		if v, ok := s.memo[n]; ok && v >= 0 {
			return v
		}
		s.memo[n] = -1
	}
	total := 1
	for _, c := range n.Content {
		total += s.size(c, depth+1)
		if total > s.maxNodes {
			total = s.maxNodes + 1
		}
	}
	if n.Anchor != "" {
		s.memo[n] = total
	}
	return total
}

// countWords writes a count such as "more than 1000000 values".
func (s *aliasSizer) countWords(n int) string {
	if n > s.maxNodes {
		return fmt.Sprintf("more than %s values", groupDigits(s.maxNodes))
	}
	return fmt.Sprintf("%s values", groupDigits(n))
}
