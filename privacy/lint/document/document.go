// Package document loads a privacy notice written as YAML or JSON, keeps the
// source position of every value, validates it against the notice schema and
// turns every syntax and schema problem into a finding that a policy editor,
// not only a programmer, understands.
//
// The package works on bytes only: it opens no file, reads no environment and
// does not depend on the rule engine, so that the same code runs in the
// command-line tool and, compiled to WebAssembly, in a browser.
package document

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// Position is a 1-based line and column in the source. The column counts
// Unicode code points (characters), not bytes. 0:0 means unknown.
type Position struct{ Line, Column int }

// String formats the position as line:column.
func (p Position) String() string { return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column) }

// Document is a parsed notice together with the source position of every
// value in it.
type Document struct {
	// Name is the name the document was parsed under, such as its file name.
	Name string
	// Value is the document in the JSON data model: map[string]any, []any,
	// string, json.Number, bool and nil.
	Value any

	// pos holds the source position of every value (positions.go).
	pos *positions
	// invalid lists values that JSON cannot hold, such as .inf in YAML or
	// 1e99999 in JSON. Value holds their literal text; Validate reports them.
	invalid []invalidValue

	// suppressOnce guards suppressed: the suppressions and the value the
	// rules see, extracted from Value on first use (suppress.go).
	suppressOnce sync.Once
	suppressed   suppressions
	// noSuppressions is set by the parsers when no object has the
	// suppression key, which spares a walk over the whole document.
	noSuppressions bool
}

// invalidValue is a number the document writes but JSON cannot hold.
type invalidValue struct {
	pointer string
	message string
}

// utf8BOM is accepted at the start of a file and skipped. It has no width,
// so skipping it keeps columns as an editor shows them.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Parse parses src as a notice. A name ending in .json (in any case) is
// parsed as strict JSON (RFC 8259); anything else as YAML. On a syntax
// problem Parse returns a nil *Document and one finding with rule
// finding.RuleSyntax.
//
// Parse does not validate; numbers that JSON cannot hold (such as .inf) are
// kept as their literal text and reported by Validate.
func Parse(name string, src []byte) (*Document, []finding.Finding) {
	return Limits{}.Parse(name, src)
}

// Parse is the package's Parse under the limits l.
func (l Limits) Parse(name string, src []byte) (*Document, []finding.Finding) {
	l = l.WithDefaults()
	if f, ok := l.Oversize(int64(len(src))); ok {
		return nil, []finding.Finding{f}
	}
	src = bytes.TrimPrefix(src, utf8BOM)
	isJSON := len(name) >= 5 && strings.EqualFold(name[len(name)-5:], ".json")
	if e := checkText(src, !isJSON); e != nil {
		return nil, []finding.Finding{e.finding()}
	}
	if len(bytes.Trim(src, " \t\r\n")) == 0 {
		return nil, []finding.Finding{syntaxAt(Position{1, 1}, "the file is empty; expected a notice: an object with fields such as title, controller and activities").finding()}
	}
	var (
		d   *Document
		err *syntaxError
	)
	if isJSON {
		d, err = parseJSON(src, l)
	} else {
		d, err = parseYAML(src, l)
	}
	if err != nil {
		return nil, []finding.Finding{err.finding()}
	}
	d.Name = name
	return d, nil
}

// Load parses and validates src. It returns the document, nil when src is
// not well-formed, and all findings sorted with finding.Sort.
func Load(name string, src []byte) (*Document, []finding.Finding) {
	return Limits{}.Load(name, src)
}

// Load is the package's Load under the limits l.
func (l Limits) Load(name string, src []byte) (*Document, []finding.Finding) {
	d, fs := l.Parse(name, src)
	if d == nil {
		return nil, fs
	}
	return d, finding.Sort(append(fs, d.Validate()...))
}

// Position returns the source position of the value that the JSON Pointer
// (RFC 6901) points to. For an object member it is the position of the
// member's key, for an array element that of the element, for "" that of
// the root value. When the pointer does not exist, such as a field that a
// rule finds missing, it returns the position of the nearest ancestor that
// does. The cost is linear in the length of the pointer.
func (d *Document) Position(pointer string) Position {
	if d == nil || d.pos == nil {
		return Position{}
	}
	t := d.pos
	n := t.root
	if !strings.HasPrefix(pointer, "/") {
		return t.nodes[n].pos
	}
	rest := pointer[1:]
	for {
		seg, next, more := strings.Cut(rest, "/")
		child := t.child(n, unescapePointer(seg))
		if child < 0 {
			return t.nodes[n].pos
		}
		n = child
		if !more {
			return t.nodes[n].pos
		}
		rest = next
	}
}

// arrayIndex parses an RFC 6901 array index: decimal digits without a
// leading zero.
func arrayIndex(seg string) (int, bool) {
	if seg == "" || len(seg) > 9 || (len(seg) > 1 && seg[0] == '0') {
		return 0, false
	}
	n := 0
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// escapePointer escapes one reference token per RFC 6901.
func escapePointer(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// unescapePointer undoes escapePointer.
func unescapePointer(s string) string {
	if !strings.Contains(s, "~") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}

// Notice decodes the document into the typed model. Fields the model does
// not know are ignored (Validate reports them); a value of the wrong type is
// an error.
func (d *Document) Notice() (*privacy.Notice, error) {
	if d == nil {
		return nil, fmt.Errorf("no document")
	}
	if len(d.invalid) > 0 {
		return nil, fmt.Errorf("%s: %s", d.invalid[0].pointer, d.invalid[0].message)
	}
	b, err := json.Marshal(d.Value)
	if err != nil {
		return nil, err
	}
	var n privacy.Notice
	if err := json.Unmarshal(b, &n); err != nil {
		return nil, err
	}
	return &n, nil
}

// syntaxError is a problem that makes the source unreadable.
type syntaxError struct {
	pos     Position
	message string
	pointer string
}

func syntaxAt(pos Position, message string) *syntaxError {
	return &syntaxError{pos: pos, message: message}
}

func (e *syntaxError) finding() finding.Finding {
	pos := e.pos
	if pos.Line < 1 {
		pos = Position{1, 1}
	}
	if pos.Column < 1 {
		pos.Column = 1
	}
	return finding.Finding{
		Rule:     finding.RuleSyntax,
		Severity: finding.Error,
		Message:  e.message,
		Pointer:  e.pointer,
		Line:     pos.Line,
		Column:   pos.Column,
	}
}

// path is the pointer of the value being built, kept as segments so that a
// pointer string is made only when a finding needs one.
type path []pathSeg

type pathSeg struct {
	key   string
	index int
	isKey bool
}

func (p path) String() string {
	var b strings.Builder
	for _, s := range p {
		b.WriteByte('/')
		if s.isKey {
			b.WriteString(escapePointer(s.key))
		} else {
			b.WriteString(strconv.Itoa(s.index))
		}
	}
	return b.String()
}
