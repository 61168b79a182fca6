// Package wire carries a check's data across the boundary between the
// browser engine (wasm/engine) and the policy OPA compiled the rules to:
// the rules' input out as JSON, their raw findings back from JSON. It does
// exactly what encoding/json does for these values, without reflection:
// compiled to WebAssembly, encoding/json's reflection is a sizeable part of
// a re-check, and its code runs cold on the first one.
//
// The package is plain Go, so that its tests run natively and compare it
// with encoding/json.
package wire

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/noticelint/noticelint/privacy/lint/pipeline"
)

// AppendValue appends the JSON encoding of v to dst: the bytes
// encoding/json's Encoder writes with SetEscapeHTML(false), without its
// final newline. v is a value of the JSON data model as package document
// builds it (map[string]any, []any, string, json.Number, bool and nil);
// other values go through encoding/json.
func AppendValue(dst []byte, v any) ([]byte, error) {
	switch v := v.(type) {
	case nil:
		return append(dst, "null"...), nil
	case string:
		return appendString(dst, v), nil
	case json.Number:
		s := string(v)
		if s == "" {
			s = "0" // as encoding/json writes the zero Number
		}
		if !validNumber(s) {
			return dst, fmt.Errorf("json: invalid number literal %q", s)
		}
		return append(dst, s...), nil
	case bool:
		if v {
			return append(dst, "true"...), nil
		}
		return append(dst, "false"...), nil
	case map[string]any:
		if v == nil {
			return append(dst, "null"...), nil
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		dst = append(dst, '{')
		for i, k := range keys {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendString(dst, k)
			dst = append(dst, ':')
			var err error
			if dst, err = AppendValue(dst, v[k]); err != nil {
				return dst, err
			}
		}
		return append(dst, '}'), nil
	case []any:
		if v == nil {
			return append(dst, "null"...), nil
		}
		dst = append(dst, '[')
		for i, x := range v {
			if i > 0 {
				dst = append(dst, ',')
			}
			var err error
			if dst, err = AppendValue(dst, x); err != nil {
				return dst, err
			}
		}
		return append(dst, ']'), nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return dst, err
	}
	// json.Marshal escapes HTML characters; the Encoder used before did
	// not. Both are the same JSON value; only the rare value of another
	// type takes this way.
	return append(dst, b...), nil
}

const hex = "0123456789abcdef"

// appendString is encoding/json's appendString with escapeHTML false.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// validNumber reports whether s is a JSON number (RFC 8259).
func validNumber(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
		if s == "" {
			return false
		}
	}
	switch {
	case s[0] == '0':
		s = s[1:]
	case '1' <= s[0] && s[0] <= '9':
		s = s[1:]
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	default:
		return false
	}
	if len(s) >= 2 && s[0] == '.' && '0' <= s[1] && s[1] <= '9' {
		s = s[2:]
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	}
	if len(s) >= 2 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if s[0] == '+' || s[0] == '-' {
			s = s[1:]
			if s == "" {
				return false
			}
		}
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	}
	return s == ""
}

// DecodeResultSet reads the result set the policy's evaluation returns,
// [{"result": [raw finding, ...]}] or [] when the entry point is undefined,
// and returns the raw findings: what encoding/json would decode from the
// "result" value of the first entry into []pipeline.Raw.
func DecodeResultSet(src []byte) ([]pipeline.Raw, error) {
	d := &decoder{src: src}
	var raw []pipeline.Raw
	first := true
	err := d.nullOr(func() error {
		return d.array(func() error {
			if !first {
				return d.skip()
			}
			first = false
			return d.nullOr(func() error {
				return d.object(func(key string) error {
					if key != "result" && !strings.EqualFold(key, "result") {
						return d.skip()
					}
					return d.findings(&raw)
				})
			})
		})
	})
	if err == nil {
		d.space()
		if d.off < len(d.src) {
			err = d.errorf("data after the result set")
		}
	}
	if err != nil {
		return nil, err
	}
	if raw == nil {
		raw = []pipeline.Raw{}
	}
	return raw, nil
}

// findings decodes a list of raw findings into *out exactly as
// encoding/json decodes into a []pipeline.Raw: null leaves it unchanged,
// and a list decoded into a list already there (a repeated "result") reuses
// its elements.
func (d *decoder) findings(out *[]pipeline.Raw) error {
	if d.null() {
		return nil
	}
	list := *out
	if list == nil {
		list = []pipeline.Raw{}
	}
	i := 0
	err := d.array(func() error {
		if i < cap(list) {
			list = list[:max(len(list), i+1)]
		} else {
			list = append(list, pipeline.Raw{})
		}
		r := &list[i]
		i++
		if d.null() {
			return nil
		}
		return d.object(func(key string) error {
			var field *string
			switch {
			case key == "rule" || strings.EqualFold(key, "rule"):
				field = &r.Rule
			case key == "message" || strings.EqualFold(key, "message"):
				field = &r.Message
			case key == "pointer" || strings.EqualFold(key, "pointer"):
				field = &r.Pointer
			default:
				return d.skip()
			}
			if d.null() {
				return nil
			}
			s, err := d.str()
			if err != nil {
				return err
			}
			*field = s
			return nil
		})
	})
	if err != nil {
		return err
	}
	*out = list[:i]
	return nil
}

// decoder reads JSON text, strictly.
type decoder struct {
	src []byte
	off int
}

func (d *decoder) errorf(format string, args ...any) error {
	return fmt.Errorf("the policy's result, at byte %d: %s", d.off, fmt.Sprintf(format, args...))
}

func (d *decoder) space() {
	for d.off < len(d.src) {
		switch d.src[d.off] {
		case ' ', '\t', '\n', '\r':
			d.off++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, 0 at the end.
func (d *decoder) peek() byte {
	d.space()
	if d.off < len(d.src) {
		return d.src[d.off]
	}
	return 0
}

// nullOr reads a null, or else calls read.
func (d *decoder) nullOr(read func() error) error {
	if d.null() {
		return nil
	}
	return read()
}

// null consumes a null, if that is what comes next.
func (d *decoder) null() bool {
	if d.peek() == 'n' && strings.HasPrefix(string(d.src[d.off:min(d.off+4, len(d.src))]), "null") {
		d.off += 4
		return true
	}
	return false
}

func (d *decoder) expect(c byte) error {
	if d.peek() != c {
		if d.off >= len(d.src) {
			return d.errorf("expected %q, found the end", c)
		}
		return d.errorf("expected %q, found %q", c, d.src[d.off])
	}
	d.off++
	return nil
}

// array reads an array, calling elem for each element.
func (d *decoder) array(elem func() error) error {
	if err := d.expect('['); err != nil {
		return err
	}
	if d.peek() == ']' {
		d.off++
		return nil
	}
	for {
		if err := elem(); err != nil {
			return err
		}
		switch d.peek() {
		case ',':
			d.off++
		case ']':
			d.off++
			return nil
		default:
			return d.errorf("expected ',' or ']' in an array")
		}
	}
}

// object reads an object, calling member for each member's value.
func (d *decoder) object(member func(key string) error) error {
	if err := d.expect('{'); err != nil {
		return err
	}
	if d.peek() == '}' {
		d.off++
		return nil
	}
	for {
		if d.peek() != '"' {
			return d.errorf("expected a member name")
		}
		key, err := d.str()
		if err != nil {
			return err
		}
		if err := d.expect(':'); err != nil {
			return err
		}
		if err := member(key); err != nil {
			return err
		}
		switch d.peek() {
		case ',':
			d.off++
		case '}':
			d.off++
			return nil
		default:
			return d.errorf("expected ',' or '}' in an object")
		}
	}
}

// skip reads any value.
func (d *decoder) skip() error {
	switch c := d.peek(); {
	case c == '{':
		return d.object(func(string) error { return d.skip() })
	case c == '[':
		return d.array(d.skip)
	case c == '"':
		_, err := d.str()
		return err
	case c == '-' || ('0' <= c && c <= '9'):
		start := d.off
		for d.off < len(d.src) && strings.IndexByte("+-.0123456789eE", d.src[d.off]) >= 0 {
			d.off++
		}
		if !validNumber(string(d.src[start:d.off])) {
			return d.errorf("invalid number")
		}
		return nil
	default:
		for _, lit := range []string{"true", "false", "null"} {
			if strings.HasPrefix(string(d.src[d.off:min(d.off+len(lit), len(d.src))]), lit) {
				d.off += len(lit)
				return nil
			}
		}
		return d.errorf("expected a value")
	}
}

var errString = errors.New("expected a string")

// str reads a string, decoding escapes as encoding/json does: invalid
// UTF-8 and unpaired surrogates become U+FFFD.
func (d *decoder) str() (string, error) {
	if d.peek() != '"' {
		return "", d.errorf("%v", errString)
	}
	d.off++
	start := d.off
	// The common case: no escape, valid UTF-8.
fast:
	for i := start; i < len(d.src); i++ {
		switch c := d.src[i]; {
		case c == '"':
			if s := d.src[start:i]; utf8.Valid(s) {
				d.off = i + 1
				return string(s), nil
			}
			break fast
		case c == '\\' || c < 0x20:
			break fast
		}
	}
	var b []byte
	i := start
	for {
		if i >= len(d.src) {
			d.off = i
			return "", d.errorf("unterminated string")
		}
		c := d.src[i]
		switch {
		case c == '"':
			d.off = i + 1
			return string(b), nil
		case c < 0x20:
			d.off = i
			return "", d.errorf("control character in a string")
		case c == '\\':
			if i+1 >= len(d.src) {
				d.off = i
				return "", d.errorf("unterminated string")
			}
			switch e := d.src[i+1]; e {
			case '"', '\\', '/':
				b = append(b, e)
				i += 2
			case 'b':
				b, i = append(b, '\b'), i+2
			case 'f':
				b, i = append(b, '\f'), i+2
			case 'n':
				b, i = append(b, '\n'), i+2
			case 'r':
				b, i = append(b, '\r'), i+2
			case 't':
				b, i = append(b, '\t'), i+2
			case 'u':
				r, ok := hex4(d.src[i+2:])
				if !ok {
					d.off = i
					return "", d.errorf("invalid \\u escape")
				}
				i += 6
				if utf16.IsSurrogate(r) {
					if r2, ok := hex4(d.src[min(i+2, len(d.src)):]); ok && i+1 < len(d.src) && d.src[i] == '\\' && d.src[i+1] == 'u' {
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							r = dec
							i += 6
						} else {
							r = utf8.RuneError
						}
					} else {
						r = utf8.RuneError
					}
				}
				b = utf8.AppendRune(b, r)
			default:
				d.off = i
				return "", d.errorf("invalid escape")
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRune(d.src[i:])
			b = utf8.AppendRune(b, r) // U+FFFD for invalid UTF-8
			i += size
		}
	}
}

// hex4 reads four hexadecimal digits.
func hex4(s []byte) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
