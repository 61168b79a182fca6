package document

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/noticelint/noticelint/privacy"
)

// parseJSON parses src as strict JSON (RFC 8259), which is not blank and is
// valid UTF-8. A small tokenizer of its own, rather than encoding/json,
// gives every key and element its line and column and every error a
// position and a message in plain words.
func parseJSON(src []byte, l Limits) (*Document, *syntaxError) {
	// A notice takes about 16 bytes of JSON a value; starting the tables
	// near their size spares copying them as they grow. The guess is kept
	// small enough that a file of long texts does not waste much.
	guess := min(len(src)/16, l.MaxNodes, 1<<16) + 1
	t := &positions{nodes: make([]posNode, 0, guess), members: make([]posMember, 0, guess*3/4), elems: make([]int32, 0, guess/4)}
	p := &jsonParser{src: src, text: string(src), line: 1, limits: l, t: t}
	p.skipSpace()
	v, root := p.value(0)
	if p.err == nil {
		p.skipSpace()
		if p.off < len(p.src) {
			p.fail(p.off, "unexpected text after the end of the JSON document; a notice file holds exactly one object")
		}
	}
	if p.err != nil {
		return nil, p.err
	}
	p.t.root = root
	return &Document{Value: v, pos: p.t, invalid: p.invalid, noSuppressions: !p.suppressions}, nil
}

type jsonParser struct {
	limits Limits
	// suppressions is set when some object has privacy.SuppressionKey.
	suppressions bool
	nodes        int
	src          []byte
	// text is src as a string: every text, name and number of the document
	// is a substring of it, so that reading one allocates nothing.
	text      string
	off       int
	line      int
	lineStart int
	// colOff and col cache the column of a recent offset on the current
	// line, so that positions on one long line cost linear time in total.
	colLine int
	colOff  int
	col     int
	path    path
	invalid []invalidValue
	err     *syntaxError

	t *positions
	// members, elems and items hold the members and elements of the objects
	// and arrays being read, innermost last, until each is closed.
	members []posMember
	elems   []int32
	items   []any
}

// pos returns the position of offset off, which is on the current line at
// or after the last offset asked for.
func (p *jsonParser) pos(off int) Position {
	if p.colLine != p.line || off < p.colOff {
		p.colLine, p.colOff, p.col = p.line, p.lineStart, 1
	}
	p.col += utf8.RuneCount(p.src[p.colOff:off])
	p.colOff = off
	return Position{p.line, p.col}
}

// fail records the first error, at offset off on the current line.
func (p *jsonParser) fail(off int, format string, args ...any) {
	if p.err == nil {
		p.err = &syntaxError{pos: p.pos(off), message: fmt.Sprintf(format, args...)}
	}
}

// failAt records the first error at a position computed earlier.
func (p *jsonParser) failAt(pos Position, format string, args ...any) {
	if p.err == nil {
		p.err = &syntaxError{pos: pos, message: fmt.Sprintf(format, args...)}
	}
}

// skipSpace skips JSON white space, counting lines. Comments are not white
// space in JSON; the caller reports them.
func (p *jsonParser) skipSpace() {
	for p.off < len(p.src) {
		switch p.src[p.off] {
		case ' ', '\t':
		case '\n':
			p.line++
			p.lineStart = p.off + 1
		case '\r':
			if p.off+1 >= len(p.src) || p.src[p.off+1] != '\n' {
				p.line++
				p.lineStart = p.off + 1
			}
		default:
			return
		}
		p.off++
	}
}

// value reads a value and returns it with its node in p.t, or -1 after
// recording an error.
func (p *jsonParser) value(depth int) (any, int32) {
	if p.off >= len(p.src) {
		p.fail(p.off, "the file ends where a value was expected")
		return nil, -1
	}
	if depth > p.limits.MaxDepth {
		p.fail(p.off, "%s", tooDeep(p.limits.MaxDepth))
		return nil, -1
	}
	if p.nodes++; p.nodes > p.limits.MaxNodes {
		p.fail(p.off, "%s", tooManyNodes(p.limits.MaxNodes))
		return nil, -1
	}
	start := p.pos(p.off)
	switch c := p.src[p.off]; {
	case c == '{':
		return p.object(start, depth)
	case c == '[':
		return p.array(start, depth)
	case c == '"':
		s, ok := p.str()
		if !ok {
			return nil, -1
		}
		return s, p.t.add(start)
	case c == '-' || c >= '0' && c <= '9':
		return p.number(), p.t.add(start)
	default:
		if word := p.word(); word != "" {
			switch word {
			case "true":
				return true, p.t.add(start)
			case "false":
				return false, p.t.add(start)
			case "null":
				return nil, p.t.add(start)
			}
			p.badWord(word)
			return nil, -1
		}
		p.unexpected("a value")
		return nil, -1
	}
}

func (p *jsonParser) object(start Position, depth int) (any, int32) {
	p.off++
	m := map[string]any{}
	node := p.t.add(start)
	base := len(p.members)
	closed := func() (any, int32) {
		p.t.closeObject(node, p.members[base:])
		p.members = p.members[:base]
		return m, node
	}
	p.skipSpace()
	if p.off < len(p.src) && p.src[p.off] == '}' {
		p.off++
		return closed()
	}
	for {
		if p.off >= len(p.src) {
			p.failAt(start, "the file ends before the '{' here is closed with '}'")
			return nil, -1
		}
		if p.src[p.off] != '"' {
			if word := p.word(); word != "" {
				p.fail(p.off-len(word), "a field name must be in double quotes, like \"%s\"", word)
			} else {
				p.unexpected("a field name in double quotes")
			}
			return nil, -1
		}
		keyPos := p.pos(p.off)
		key, ok := p.str()
		if !ok {
			return nil, -1
		}
		p.suppressions = p.suppressions || key == privacy.SuppressionKey
		if _, dup := m[key]; dup {
			p.path = append(p.path, pathSeg{key: key, isKey: true})
			p.failAt(keyPos, "duplicate key %q, first at line %d; a field may appear only once", key, p.firstKey(base, key).Line)
			p.err.pointer = p.path.String()
			return nil, -1
		}
		p.skipSpace()
		if p.off >= len(p.src) || p.src[p.off] != ':' {
			if p.off < len(p.src) && p.src[p.off] == '=' {
				p.fail(p.off, "expected ':' after the field name %q, found '='", key)
			} else if p.off >= len(p.src) || !p.special() {
				p.fail(p.off, "expected ':' after the field name %q", key)
			}
			return nil, -1
		}
		p.off++
		p.skipSpace()
		p.path = append(p.path, pathSeg{key: key, isKey: true})
		v, child := p.value(depth + 1)
		p.path = p.path[:len(p.path)-1]
		if p.err != nil {
			return nil, -1
		}
		p.t.nodes[child].pos = keyPos
		m[key] = v
		p.members = append(p.members, posMember{key, child})
		p.skipSpace()
		if p.off >= len(p.src) {
			p.failAt(start, "the file ends before the '{' here is closed with '}'")
			return nil, -1
		}
		switch p.src[p.off] {
		case '}':
			p.off++
			return closed()
		case ',':
			comma := p.off
			p.off++
			p.skipSpace()
			if p.off < len(p.src) && p.src[p.off] == '}' {
				p.failAt(p.posBefore(comma), "unexpected ',' before '}': remove the comma after the last field")
				return nil, -1
			}
		case '"':
			p.fail(p.off, "a ',' is missing between two fields")
			return nil, -1
		case ']':
			p.fail(p.off, "unexpected ']': the object opened with '{' at line %d, column %d must be closed with '}'", start.Line, start.Column)
			return nil, -1
		default:
			if !p.special() {
				p.fail(p.off, "expected ',' or '}' after the value of %q", key)
			}
			return nil, -1
		}
	}
}

func (p *jsonParser) array(start Position, depth int) (any, int32) {
	p.off++
	node := p.t.add(start)
	base := len(p.elems)
	closed := func() (any, int32) {
		items := make([]any, len(p.elems)-base)
		copy(items, p.items[base:])
		clear(p.items[base:])
		p.items = p.items[:base]
		p.t.closeArray(node, p.elems[base:])
		p.elems = p.elems[:base]
		return items, node
	}
	p.skipSpace()
	if p.off < len(p.src) && p.src[p.off] == ']' {
		p.off++
		return closed()
	}
	for i := 0; ; i++ {
		p.path = append(p.path, pathSeg{index: i})
		v, child := p.value(depth + 1)
		p.path = p.path[:len(p.path)-1]
		if p.err != nil {
			return nil, -1
		}
		p.items, p.elems = append(p.items, v), append(p.elems, child)
		p.skipSpace()
		if p.off >= len(p.src) {
			p.failAt(start, "the file ends before the '[' here is closed with ']'")
			return nil, -1
		}
		switch p.src[p.off] {
		case ']':
			p.off++
			return closed()
		case ',':
			comma := p.off
			p.off++
			p.skipSpace()
			if p.off < len(p.src) && p.src[p.off] == ']' {
				p.failAt(p.posBefore(comma), "unexpected ',' before ']': remove the comma after the last item")
				return nil, -1
			}
		case '}':
			p.fail(p.off, "unexpected '}': the list opened with '[' at line %d, column %d must be closed with ']'", start.Line, start.Column)
			return nil, -1
		default:
			if !p.special() {
				p.fail(p.off, "expected ',' or ']' after a list item; a ',' may be missing")
			}
			return nil, -1
		}
	}
}

// firstKey returns the position of the member key among the members of the
// object being read, which start at base.
func (p *jsonParser) firstKey(base int, key string) Position {
	for _, m := range p.members[base:] {
		if m.key == key {
			return p.t.nodes[m.node].pos
		}
	}
	return Position{}
}

// posBefore returns the position of an offset passed since, which may be on
// an earlier line; it is only used on error paths.
func (p *jsonParser) posBefore(off int) Position {
	return posAt(p.src, off, false)
}

// str reads a string token starting at the opening quote.
func (p *jsonParser) str() (string, bool) {
	open := p.off
	p.off++
	start := p.off
	// Fast path: no escapes.
	for p.off < len(p.src) {
		c := p.src[p.off]
		if c == '"' {
			if p.off-start > p.limits.MaxStringBytes {
				p.fail(open, "%s", tooLong("text", p.off-start, p.limits.MaxStringBytes))
				return "", false
			}
			s := p.text[start:p.off]
			p.off++
			return s, true
		}
		if c == '\\' || c < 0x20 {
			break
		}
		p.off++
	}
	var b strings.Builder
	b.Write(p.src[start:p.off])
	for p.off < len(p.src) {
		c := p.src[p.off]
		switch {
		case c == '"':
			if b.Len() > p.limits.MaxStringBytes {
				p.fail(open, "%s", tooLong("text", b.Len(), p.limits.MaxStringBytes))
				return "", false
			}
			p.off++
			return b.String(), true
		case c == '\n' || c == '\r':
			p.fail(open, "this text is not closed with '\"' before the end of the line; a line break inside text must be written as \\n")
			return "", false
		case c == '\t':
			p.fail(p.off, "a tab inside text must be written as \\t")
			return "", false
		case c < 0x20:
			p.fail(p.off, "the control character U+%04X inside text must be written as \\u%04X", c, c)
			return "", false
		case c == '\\':
			r, n := p.escape()
			if n == 0 {
				return "", false
			}
			b.WriteRune(r)
			p.off += n
		default:
			b.WriteByte(c)
			p.off++
		}
	}
	p.fail(open, "this text is not closed with '\"' before the end of the file")
	return "", false
}

// escape decodes the escape sequence at p.off and returns its rune and
// length, or a length of 0 after recording an error.
func (p *jsonParser) escape() (rune, int) {
	s := p.src[p.off:]
	if len(s) < 2 {
		p.fail(p.off, "the text ends with a lone '\\'")
		return 0, 0
	}
	switch s[1] {
	case '"':
		return '"', 2
	case '\\':
		return '\\', 2
	case '/':
		return '/', 2
	case 'b':
		return '\b', 2
	case 'f':
		return '\f', 2
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 't':
		return '\t', 2
	case 'u':
		r, ok := hex4(s[2:])
		if !ok {
			p.fail(p.off, "invalid escape %q: \\u must be followed by four hexadecimal digits", escapeText(s, 6))
			return 0, 0
		}
		if utf16.IsSurrogate(r) {
			if len(s) >= 12 && s[6] == '\\' && s[7] == 'u' {
				if r2, ok := hex4(s[8:]); ok {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						return dec, 12
					}
				}
			}
			return utf8.RuneError, 6 // a lone surrogate, as encoding/json reads it
		}
		return r, 6
	}
	p.fail(p.off, "invalid escape %q in text; write a backslash as \\\\", escapeText(s, 2))
	return 0, 0
}

func escapeText(s []byte, n int) string {
	n = min(n, len(s))
	for n < len(s) && !utf8.RuneStart(s[n]) {
		n++
	}
	return string(s[:n])
}

func hex4(s []byte) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case c >= '0' && c <= '9':
			r = r*16 + rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r*16 + rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r*16 + rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// number reads a number token: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *jsonParser) number() any {
	start := p.off
	i := p.off
	src := p.src
	if i < len(src) && src[i] == '-' {
		i++
		if i < len(src) && (src[i] == 'I' || src[i] == 'N') {
			p.off = i
			p.badWord("-" + p.word())
			return nil
		}
	}
	digits := i
	for i < len(src) && isDigit(src[i]) {
		i++
	}
	switch {
	case i == digits:
		p.fail(start, "'-' must be followed by digits")
		return nil
	case src[digits] == '0' && i-digits > 1:
		p.fail(start, "a number cannot start with 0; if it is a code, such as a postal code, put it in double quotes")
		return nil
	}
	if i < len(src) && src[i] == '.' {
		i++
		fd := i
		for i < len(src) && isDigit(src[i]) {
			i++
		}
		if i == fd {
			p.fail(start, "a decimal point must be followed by digits")
			return nil
		}
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		i++
		if i < len(src) && (src[i] == '+' || src[i] == '-') {
			i++
		}
		ed := i
		for i < len(src) && isDigit(src[i]) {
			i++
		}
		if i == ed {
			p.fail(start, "the exponent of this number has no digits")
			return nil
		}
	}
	if i < len(src) && (src[i] >= 'a' && src[i] <= 'z' || src[i] >= 'A' && src[i] <= 'Z' || src[i] == '_' || src[i] == '.') {
		p.fail(start, "this is not a valid number; if it is text, put it in double quotes")
		return nil
	}
	if i-start > p.limits.MaxStringBytes {
		p.fail(start, "%s", tooLong("number", i-start, p.limits.MaxStringBytes))
		return nil
	}
	p.off = i
	lit := p.text[start:i]
	if _, kind := decimalNumber("", strings.TrimPrefix(lit, "-")); kind == tooLarge {
		p.invalid = append(p.invalid, invalidValue{pointer: p.path.String(), message: quoteValue(lit) + " is too large to be a valid number"})
		return lit
	}
	return json.Number(lit)
}

// word reads a run of letters, digits and similar characters, as an
// unquoted word would be written, and advances past it.
func (p *jsonParser) word() string {
	start := p.off
	for p.off < len(p.src) {
		c := p.src[p.off]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '+' || c >= 0x80 {
			p.off++
			continue
		}
		break
	}
	return p.text[start:p.off]
}

// badWord reports an unquoted word where a value was expected.
func (p *jsonParser) badWord(word string) {
	at := p.off - len(word)
	switch strings.ToLower(strings.TrimLeft(word, "+-")) {
	case "nan", "infinity", "inf":
		p.fail(at, "%s is not allowed in JSON: numbers must be finite", word)
	case "true", "false", "null":
		p.fail(at, "%s must be written in lower case: %s", word, strings.ToLower(word))
	default:
		if word[0] == '+' || word[0] == '.' {
			p.fail(at, "%q is not a valid JSON number; write numbers like 12 or 0.5, without a leading '+'", word)
			return
		}
		p.fail(at, "text must be in double quotes: write \"%s\", not %s", word, word)
	}
}

// special reports the characters that are always wrong in JSON, wherever
// they appear, with a message of their own. It reports whether it did.
func (p *jsonParser) special() bool {
	if p.off >= len(p.src) {
		return false
	}
	switch p.src[p.off] {
	case '/':
		if p.off+1 < len(p.src) && (p.src[p.off+1] == '/' || p.src[p.off+1] == '*') {
			p.fail(p.off, "a comment is not allowed in JSON")
			return true
		}
	case '#':
		p.fail(p.off, "a comment is not allowed in JSON")
		return true
	case '\'':
		p.fail(p.off, "text must be in double quotes (\"), not single quotes (')")
		return true
	}
	return false
}

// unexpected reports the character at p.off where what was expected.
func (p *jsonParser) unexpected(what string) {
	if p.off >= len(p.src) {
		p.fail(p.off, "the file ends where %s was expected", what)
		return
	}
	if p.special() {
		return
	}
	switch c := p.src[p.off]; c {
	case ',':
		p.fail(p.off, "unexpected ',': %s is missing before it", what)
	case '}', ']':
		p.fail(p.off, "unexpected '%c': %s was expected", c, what)
	default:
		r, _ := utf8.DecodeRune(p.src[p.off:])
		p.fail(p.off, "unexpected %q: %s was expected", r, what)
	}
}
