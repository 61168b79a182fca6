package document

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// fastYAML parses the YAML that notices are written in, block mappings and
// sequences of plain, quoted and block texts and one-line flow lists and
// objects, into the node tree the YAML package would build, several times
// faster. It returns nil for anything else: syntax it does not read, and
// every error, which the YAML package then reads and words. The nodes carry
// what the builder reads (kind, style, value, line, column and content),
// equal to the YAML package's; FuzzFastYAML compares the two.
func fastYAML(src []byte) *yaml.Node {
	return (&fastParser{src: src}).parse()
}

// parse reads p.src as fastYAML does.
func (p *fastParser) parse() *yaml.Node {
	src := p.src
	// Tabs, carriage returns and the line breaks and byte order mark that
	// YAML reads specially are left to the YAML package.
	if bytes.IndexByte(src, '\t') >= 0 || bytes.IndexByte(src, '\r') >= 0 ||
		bytes.Contains(src, []byte("\u0085")) || bytes.Contains(src, []byte("\u2028")) ||
		bytes.Contains(src, []byte("\u2029")) || bytes.Contains(src, utf8BOM) {
		return nil
	}
	p.text, p.line = string(src), 1
	if n := p.skipToContent(); n != 0 || !p.isKey(p.off) {
		return nil
	}
	root := p.mapping(0)
	if p.bail {
		return nil // the mapping ends only at the end of the source
	}
	return root
}

// fastParser reads src line by line. Between values, off is at the start
// of a line.
type fastParser struct {
	src []byte
	// text is src as a string: names and texts written without escapes or
	// folds are substrings of it, so that reading one allocates nothing.
	text      string
	off       int
	line      int // 1-based line of off
	lineStart int // offset of the start of that line
	bail      bool
	depth     int

	// anchor is the anchor written before the value being read, which the
	// next node made takes, at anchorLine:anchorColumn; anchors holds the
	// nodes anchored so far, the latest for each name, as aliases refer to
	// them.
	anchor                   string
	anchorLine, anchorColumn int
	anchors                  map[string]*yaml.Node

	chunk []yaml.Node // nodes are allocated from chunks
	// nodes, keys and items count the nodes made, the keys among them and
	// the items of sequences, for positions.
	nodes, keys, items int
	stack              []*yaml.Node    // members and items of the collections being read
	buf                strings.Builder // builds folded and escaped texts
}

// positions returns a table sized for the values read, aliases not expanded.
func (p *fastParser) positions() *positions {
	return &positions{
		nodes:   make([]posNode, 0, p.nodes-p.keys),
		members: make([]posMember, 0, p.keys),
		elems:   make([]int32, 0, p.items),
	}
}

// fastMaxDepth bounds the nesting it reads, far below the YAML package's own
// limit, so that a document too deep for that is left to it.
const fastMaxDepth = 100

func (p *fastParser) fail() *yaml.Node {
	p.bail = true
	return nil
}

func (p *fastParser) node(kind yaml.Kind, style yaml.Style, value string, off int) *yaml.Node {
	if len(p.chunk) == cap(p.chunk) {
		p.chunk = make([]yaml.Node, 0, 64)
	}
	p.chunk = p.chunk[:len(p.chunk)+1]
	p.nodes++
	n := &p.chunk[len(p.chunk)-1]
	n.Kind, n.Style, n.Value = kind, style, value
	if p.anchor == "" {
		n.Line, n.Column = p.line, p.column(off)
		return n
	}
	// An anchored value is where its anchor is written.
	n.Anchor, n.Line, n.Column = p.anchor, p.anchorLine, p.anchorColumn
	if p.anchors == nil {
		p.anchors = map[string]*yaml.Node{}
	}
	p.anchors[p.anchor] = n
	p.anchor = ""
	return n
}

func isAnchorByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// name reads the name of an anchor or alias after the & or * at off, which
// must be followed by a space or line break, and moves past it.
func (p *fastParser) name(off int) string {
	i := off + 1
	for i < len(p.src) && isAnchorByte(p.src[i]) {
		i++
	}
	if i == off+1 || i < len(p.src) && p.src[i] != ' ' && p.src[i] != '\n' {
		p.bail = true
		return ""
	}
	p.off = i
	return p.text[off+1 : i]
}

// alias reads an alias, the whole value, at off.
func (p *fastParser) alias() *yaml.Node {
	start := p.off
	name := p.name(start)
	if p.bail || p.anchors[name] == nil {
		return p.fail()
	}
	n := p.node(yaml.AliasNode, 0, name, start)
	n.Alias = p.anchors[name]
	p.endOfLine()
	return n
}

// column returns the 1-based column, in characters, of off on the current line.
func (p *fastParser) column(off int) int {
	line := p.src[p.lineStart:off]
	for _, c := range line {
		if c >= utf8.RuneSelf {
			return utf8.RuneCount(line) + 1
		}
	}
	return len(line) + 1
}

// content gives a collection the nodes on the stack from base.
func (p *fastParser) content(n *yaml.Node, base int) {
	n.Content = make([]*yaml.Node, len(p.stack)-base)
	copy(n.Content, p.stack[base:])
	if n.Kind == yaml.MappingNode {
		p.keys += len(n.Content) / 2
	} else {
		p.items += len(n.Content)
	}
	clear(p.stack[base:])
	p.stack = p.stack[:base]
}

// lineEnd returns the offset of the line break ending the line at off, or len(src).
func (p *fastParser) lineEnd(off int) int {
	if i := bytes.IndexByte(p.src[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(p.src)
}

// nextLine moves to the line after the line break at brk, or to the end.
func (p *fastParser) nextLine(brk int) {
	if brk >= len(p.src) {
		p.off = len(p.src)
		p.lineStart = p.off
		return
	}
	p.off = brk + 1
	p.line++
	p.lineStart = p.off
}

// skipToContent skips blank and comment lines from the start of a line and
// returns the indentation of the next line with content, leaving off at its
// start, or -1 at the end of the source.
func (p *fastParser) skipToContent() int {
	for p.off < len(p.src) {
		i := p.off
		for i < len(p.src) && p.src[i] == ' ' {
			i++
		}
		if i == len(p.src) {
			p.off = i
			return -1
		}
		switch p.src[i] {
		case '\n':
			p.nextLine(i)
			continue
		case '#':
			p.nextLine(p.lineEnd(i))
			continue
		}
		if i == p.off && (p.src[i] == '%' || p.marker(i)) {
			p.bail = true
			return -1
		}
		return i - p.off
	}
	return -1
}

// marker reports whether a document marker, --- or ..., starts at off.
func (p *fastParser) marker(off int) bool {
	s := p.src[off:]
	return len(s) >= 3 && (string(s[:3]) == "---" || string(s[:3]) == "...") && (len(s) == 3 || s[3] == ' ' || s[3] == '\n')
}

// endOfLine accepts what may follow a value on its line, spaces and a
// comment, and moves to the next line.
func (p *fastParser) endOfLine() {
	i := p.off
	for i < len(p.src) && p.src[i] == ' ' {
		i++
	}
	switch {
	case i == len(p.src) || p.src[i] == '\n':
	case p.src[i] == '#' && i > p.off:
		i = p.lineEnd(i)
	default:
		p.bail = true
		return
	}
	p.nextLine(i)
}

func isKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '$' || c == '/'
}

// keyEnd returns the end of the field name at off, which is followed by ':'
// and a space or line break, or -1. Names are kept to letters, digits and a
// few signs, and short: the YAML package limits a simple key to 1024
// characters.
func (p *fastParser) keyEnd(off int) int {
	i := off
	if i >= len(p.src) || !isKeyByte(p.src[i]) || p.src[i] == '-' || p.src[i] == '.' || p.src[i] == '/' {
		return -1
	}
	for i < len(p.src) && isKeyByte(p.src[i]) {
		i++
	}
	if i-off > 256 || i >= len(p.src) || p.src[i] != ':' || i+1 < len(p.src) && p.src[i+1] != ' ' && p.src[i+1] != '\n' {
		return -1
	}
	return i
}

func (p *fastParser) isKey(off int) bool { return p.keyEnd(off) >= 0 }

// mapping reads a block mapping whose first key is at off, indented ind.
func (p *fastParser) mapping(ind int) *yaml.Node {
	if p.depth++; p.depth > fastMaxDepth {
		return p.fail()
	}
	defer func() { p.depth-- }()
	m := p.node(yaml.MappingNode, 0, "", p.off)
	base := len(p.stack)
	for {
		end := p.keyEnd(p.off)
		if end < 0 {
			return p.fail()
		}
		k := p.node(yaml.ScalarNode, 0, p.text[p.off:end], p.off)
		p.off = end + 1
		v := p.mappingValue(ind, end+1)
		if p.bail {
			return nil
		}
		p.stack = append(p.stack, k, v)
		n := p.skipToContent()
		if p.bail {
			return nil
		}
		if n < ind {
			break
		}
		if n > ind {
			return p.fail()
		}
		p.off += n
	}
	p.content(m, base)
	return m
}

// mappingValue reads the value of a member of a mapping indented ind,
// after the ':' that ends at colonEnd.
func (p *fastParser) mappingValue(ind, colonEnd int) *yaml.Node {
	p.skipSpaces()
	if p.off < len(p.src) && p.src[p.off] == '&' {
		at := p.off
		if p.anchor = p.name(at); p.bail {
			return nil
		}
		p.anchorLine, p.anchorColumn = p.line, p.column(at)
		p.skipSpaces()
		if p.off < len(p.src) && p.src[p.off] == '*' {
			return p.fail()
		}
	}
	if p.off < len(p.src) && p.src[p.off] != '\n' && !(p.src[p.off] == '#' && p.off > colonEnd) {
		return p.inline(ind)
	}
	// Nothing on the line: the value is on the next lines, or null.
	var empty *yaml.Node
	if p.anchor == "" {
		empty = p.node(yaml.ScalarNode, 0, "", colonEnd)
	}
	p.nextLine(p.lineEnd(p.off))
	n := p.skipToContent()
	if p.bail {
		return nil
	}
	at := p.off + n
	switch {
	case n > ind && p.isItem(at):
		return p.sequence(n)
	case n > ind && p.isKey(at):
		p.off = at
		return p.mapping(n)
	case n > ind:
		return p.fail()
	case n == ind && p.isItem(at):
		return p.sequence(n)
	case empty == nil:
		return p.fail() // an anchored null
	}
	empty.Tag = "!!null"
	return empty
}

// isItem reports whether a sequence entry, a "-" followed by a space or a
// line break, starts at off.
func (p *fastParser) isItem(off int) bool {
	return off < len(p.src) && p.src[off] == '-' && (off+1 == len(p.src) || p.src[off+1] == ' ' || p.src[off+1] == '\n')
}

// sequence reads a block sequence at the start of the current line, its
// entries indented ind.
func (p *fastParser) sequence(ind int) *yaml.Node {
	if p.depth++; p.depth > fastMaxDepth {
		return p.fail()
	}
	defer func() { p.depth-- }()
	s := p.node(yaml.SequenceNode, 0, "", p.off+ind)
	base := len(p.stack)
	for {
		p.off += ind + 1
		p.skipSpaces()
		var item *yaml.Node
		switch {
		case p.off >= len(p.src) || p.src[p.off] == '\n' || p.src[p.off] == '#':
			// The item starts on a later line; an empty one is left to the
			// YAML package.
			p.nextLine(p.lineEnd(p.off))
			n := p.skipToContent()
			if p.bail {
				return nil
			}
			at := p.off + n
			switch {
			case n > ind && p.isKey(at):
				p.off = at
				item = p.mapping(n)
			case n > ind && p.isItem(at):
				item = p.sequence(n)
			default:
				return p.fail()
			}
		case p.isItem(p.off):
			return p.fail()
		case p.isKey(p.off):
			item = p.mapping(p.off - p.lineStart)
		default:
			item = p.inline(ind)
		}
		if p.bail {
			return nil
		}
		p.stack = append(p.stack, item)
		n := p.skipToContent()
		if p.bail {
			return nil
		}
		if n < ind || !p.isItem(p.off+n) {
			break
		}
		if n > ind {
			return p.fail()
		}
	}
	p.content(s, base)
	return s
}

// inline reads a value that starts on the current line at off, in a block
// collection indented ind, and moves to the line after it.
func (p *fastParser) inline(ind int) *yaml.Node {
	var n *yaml.Node
	switch c := p.src[p.off]; c {
	case '"', '\'':
		n = p.quoted()
	case '[', '{':
		n = p.flow()
	case '|', '>':
		return p.block(ind)
	case '*':
		if p.anchor != "" {
			return p.fail()
		}
		return p.alias()
	case '&', '!', '%', '@', '`', '?', ':', ',', ']', '}', '#':
		return p.fail()
	case '-':
		if p.off+1 >= len(p.src) || p.src[p.off+1] == ' ' || p.src[p.off+1] == '\n' {
			return p.fail()
		}
		return p.plain(ind)
	default:
		return p.plain(ind)
	}
	if p.bail {
		return nil
	}
	p.endOfLine()
	return n
}

// plainLine returns the end of the plain text on the line from off, before
// trailing spaces and any comment, and whether the line has a comment. It
// fails on what would end a plain text early or make it a key.
func (p *fastParser) plainLine(off int) (end int, comment bool) {
	eol := p.lineEnd(off)
	line := p.src[off:eol]
	if i := bytes.Index(line, []byte(" #")); i >= 0 {
		line, comment = line[:i], true
	}
	line = bytes.TrimRight(line, " ")
	if bytes.Contains(line, []byte(": ")) || len(line) > 0 && line[len(line)-1] == ':' {
		p.bail = true
	}
	return off + len(line), comment
}

// plain reads a plain text, which may go on over more lines indented more
// than ind.
func (p *fastParser) plain(ind int) *yaml.Node {
	start := p.off
	end, comment := p.plainLine(start)
	if p.bail {
		return nil
	}
	n := p.node(yaml.ScalarNode, 0, "", start)
	first := p.src[start:end]
	p.nextLine(p.lineEnd(end))
	if comment {
		n.Value = p.text[start:end]
		return n
	}
	// Continuation lines: folded into one text, a blank line giving a line break.
	b := &p.buf
	b.Reset()
	more := false
	for {
		blank, off, line := 0, p.off, p.line
		next := -1
		for off < len(p.src) {
			i := off
			for i < len(p.src) && p.src[i] == ' ' {
				i++
			}
			if i < len(p.src) && p.src[i] == '\n' {
				blank++
				off = i + 1
				line++
				continue
			}
			if i < len(p.src) {
				next = i
			}
			break
		}
		if next < 0 || next-off <= ind || p.src[next] == '#' {
			break
		}
		// A continuation line: anything unusual on it is left to the YAML package.
		switch p.src[next] {
		case '-', '&', '*', '!', '%', '@', '`', '?', ':', ',', '[', ']', '{', '}', '|', '>', '\'', '"':
			p.bail = true
			return nil
		}
		p.off, p.line, p.lineStart = off, line, off
		end, comment := p.plainLine(next)
		if p.bail || comment {
			p.bail = true
			return nil
		}
		if !more {
			b.Write(first)
			more = true
		}
		if blank == 0 {
			b.WriteByte(' ')
		}
		for range blank {
			b.WriteByte('\n')
		}
		b.Write(p.src[next:end])
		p.nextLine(p.lineEnd(end))
	}
	if more {
		n.Value = b.String()
	} else {
		n.Value = p.text[start:end]
	}
	return n
}

// quoted reads a quoted text that ends on its line.
func (p *fastParser) quoted() *yaml.Node {
	start := p.off
	q := p.src[start]
	eol := p.lineEnd(start)
	b := &p.buf
	b.Reset()
	escaped := false
	i := start + 1
	for ; i < eol; i++ {
		c := p.src[i]
		if c == q {
			if q == '\'' && i+1 < eol && p.src[i+1] == '\'' {
				if !escaped {
					b.Write(p.src[start+1 : i])
					escaped = true
				}
				b.WriteByte('\'')
				i++
				continue
			}
			break
		}
		if c == '\\' && q == '"' {
			if !escaped {
				b.Write(p.src[start+1 : i])
				escaped = true
			}
			n := p.escape(i, eol)
			if n == 0 {
				return p.fail()
			}
			i += n - 1
			continue
		}
		if escaped {
			b.WriteByte(c)
		}
	}
	if i >= eol {
		return p.fail()
	}
	style := yaml.DoubleQuotedStyle
	if q == '\'' {
		style = yaml.SingleQuotedStyle
	}
	n := p.node(yaml.ScalarNode, style, "", start)
	if escaped {
		n.Value = b.String()
	} else {
		n.Value = p.text[start+1 : i]
	}
	p.off = i + 1
	return n
}

// escape decodes the escape sequence at i into p.text and returns its
// length, or 0 for one it leaves to the YAML package.
func (p *fastParser) escape(i, eol int) int {
	if i+1 >= eol {
		return 0
	}
	b := &p.buf
	switch p.src[i+1] {
	case '"', '\\':
		b.WriteByte(p.src[i+1])
	case 'n':
		b.WriteByte('\n')
	case 't':
		b.WriteByte('\t')
	case 'r':
		b.WriteByte('\r')
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'u':
		if i+6 > eol {
			return 0
		}
		r, ok := hex4(p.src[i+2 : i+6])
		if !ok || utf16.IsSurrogate(r) || r == 0 {
			return 0
		}
		b.WriteRune(r)
		return 6
	default:
		return 0
	}
	return 2
}

// flow reads a flow list or object that ends on its line.
func (p *fastParser) flow() *yaml.Node {
	if p.depth++; p.depth > fastMaxDepth {
		return p.fail()
	}
	defer func() { p.depth-- }()
	open := p.src[p.off]
	kind, closer := yaml.SequenceNode, byte(']')
	if open == '{' {
		kind, closer = yaml.MappingNode, '}'
	}
	n := p.node(kind, yaml.FlowStyle, "", p.off)
	base := len(p.stack)
	p.off++
	p.skipSpaces()
	if p.off < len(p.src) && p.src[p.off] == closer {
		p.off++
		p.content(n, base)
		return n
	}
	for {
		if kind == yaml.MappingNode {
			end := p.keyEnd(p.off)
			if end < 0 || end+1 >= len(p.src) || p.src[end+1] != ' ' {
				return p.fail()
			}
			p.stack = append(p.stack, p.node(yaml.ScalarNode, 0, p.text[p.off:end], p.off))
			p.off = end + 1
			p.skipSpaces()
		}
		item := p.flowItem()
		if p.bail {
			return nil
		}
		p.stack = append(p.stack, item)
		p.skipSpaces()
		if p.off >= len(p.src) {
			return p.fail()
		}
		switch p.src[p.off] {
		case closer:
			p.off++
			p.content(n, base)
			return n
		case ',':
			p.off++
			p.skipSpaces()
			if p.off < len(p.src) && p.src[p.off] == closer {
				return p.fail()
			}
		default:
			return p.fail()
		}
	}
}

func (p *fastParser) skipSpaces() {
	for p.off < len(p.src) && p.src[p.off] == ' ' {
		p.off++
	}
}

// flowItem reads a value inside a flow list or object.
func (p *fastParser) flowItem() *yaml.Node {
	if p.off >= len(p.src) {
		return p.fail()
	}
	switch c := p.src[p.off]; c {
	case '"', '\'':
		return p.quoted()
	case '[', '{':
		return p.flow()
	case '&', '*', '!', '%', '@', '`', '?', ':', ',', ']', '}', '#', '|', '>', '\n':
		return p.fail()
	case '-':
		if p.off+1 >= len(p.src) || p.src[p.off+1] == ' ' {
			return p.fail()
		}
	}
	start := p.off
	i := start
	for i < len(p.src) {
		c := p.src[i]
		if c == ',' || c == ']' || c == '}' {
			break
		}
		// The YAML package ends a plain text in a flow collection at a '?'
		// too.
		if c == '[' || c == '{' || c == ':' || c == '#' || c == '?' || c == '\n' {
			return p.fail()
		}
		i++
	}
	end := i
	for end > start && p.src[end-1] == ' ' {
		end--
	}
	if end == start {
		return p.fail()
	}
	n := p.node(yaml.ScalarNode, 0, p.text[start:end], start)
	p.off = i
	return n
}

// block reads a literal (|) or folded (>) block text in a block collection
// indented ind. Its lines must all have the same indentation;
// more indented lines, leading blank lines and indentation indicators are
// left to the YAML package.
func (p *fastParser) block(ind int) *yaml.Node {
	start := p.off
	style := yaml.LiteralStyle
	if p.src[start] == '>' {
		style = yaml.FoldedStyle
	}
	p.off++
	chomp := byte(0)
	if p.off < len(p.src) && (p.src[p.off] == '-' || p.src[p.off] == '+') {
		chomp = p.src[p.off]
		p.off++
	}
	if p.off < len(p.src) && p.src[p.off] != ' ' && p.src[p.off] != '\n' {
		return p.fail()
	}
	n := p.node(yaml.ScalarNode, style, "", start)
	p.endOfLine()
	if p.bail || p.off >= len(p.src) {
		return p.fail()
	}
	b := &p.buf
	b.Reset()
	indent, blank, lines := 0, 0, 0
	for p.off < len(p.src) {
		i := p.off
		for i < len(p.src) && p.src[i] == ' ' {
			i++
		}
		if i < len(p.src) && p.src[i] == '\n' {
			if i != p.off || lines == 0 {
				return p.fail() // a line of spaces, or a leading blank line
			}
			blank++
			p.nextLine(i)
			continue
		}
		if i == len(p.src) {
			if i != p.off {
				return p.fail()
			}
			break
		}
		lead := i - p.off
		if lines == 0 {
			if lead <= ind {
				return p.fail()
			}
			indent = lead
		}
		if lead < indent {
			break
		}
		if lead > indent {
			return p.fail()
		}
		eol := p.lineEnd(i)
		if eol == len(p.src) {
			return p.fail() // no final line break
		}
		if lines > 0 {
			switch {
			case style == yaml.LiteralStyle:
				b.WriteByte('\n')
			case blank == 0:
				b.WriteByte(' ')
			}
			for range blank {
				b.WriteByte('\n')
			}
		}
		b.Write(p.src[i:eol])
		lines++
		blank = 0
		p.nextLine(eol)
	}
	switch chomp {
	case 0:
		b.WriteByte('\n')
	case '+':
		b.WriteByte('\n')
		for range blank {
			b.WriteByte('\n')
		}
	}
	n.Value = b.String()
	return n
}
