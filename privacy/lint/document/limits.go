package document

import (
	"fmt"
	"strconv"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// Limits bound what loading one document may cost, so that a hostile or
// broken file gives a finding that names the limit instead of exhausting
// memory or time. A zero field takes its default; see DefaultLimits.
type Limits struct {
	// MaxBytes is the largest source accepted, in bytes.
	MaxBytes int `json:"max_bytes,omitempty"`
	// MaxDepth is the deepest nesting of objects and lists. A notice is
	// about eight levels deep.
	MaxDepth int `json:"max_depth,omitempty"`
	// MaxNodes is the most values (objects, lists, texts, numbers...) a
	// document may hold, YAML aliases expanded: it stops "billion laughs"
	// documents, whose few bytes expand to billions of values.
	MaxNodes int `json:"max_nodes,omitempty"`
	// MaxStringBytes is the longest text, field name or number literal, in bytes.
	MaxStringBytes int `json:"max_string_bytes,omitempty"`
}

// DefaultLimits are generous for any real notice: a notice of 10,000
// activities is about 4 MB and 200,000 values.
func DefaultLimits() Limits {
	return Limits{
		MaxBytes:       10_000_000,
		MaxDepth:       64,
		MaxNodes:       1_000_000,
		MaxStringBytes: 1_000_000,
	}
}

// WithDefaults returns l with its zero fields set to the defaults.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits()
	if l.MaxBytes <= 0 {
		l.MaxBytes = d.MaxBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = d.MaxDepth
	}
	if l.MaxNodes <= 0 {
		l.MaxNodes = d.MaxNodes
	}
	if l.MaxStringBytes <= 0 {
		l.MaxStringBytes = d.MaxStringBytes
	}
	return l
}

// Messages for each limit. Each names the limit and its option so that a
// user who needs more knows what to raise.
func tooBig(size, limit int) string {
	return fmt.Sprintf("the file is %s bytes, above the size limit of %s bytes (max_bytes, --max-bytes); split it or raise the limit", groupDigits(size), groupDigits(limit))
}

func tooDeep(limit int) string {
	return fmt.Sprintf("the document is nested more than %d levels deep, the depth limit (max_depth, --max-depth); a notice is about eight levels deep", limit)
}

func tooManyNodes(limit int) string {
	return fmt.Sprintf("the document holds more than %s values, the limit (max_nodes, --max-nodes); YAML aliases count once for every place they are used", groupDigits(limit))
}

func tooLong(what string, size, limit int) string {
	return fmt.Sprintf("this %s is %s bytes long, above the limit of %s bytes (max_string_bytes, --max-string-bytes)", what, groupDigits(size), groupDigits(limit))
}

// groupDigits writes 1000000 as 1,000,000.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// flowTooDeep finds where YAML flow collections ([...] and {...}) nest
// deeper than limit, before the YAML parser sees them: the parser would
// spend memory on every level of a document such as "[[[[..." before
// giving up. Like the builder, it counts the outermost collection as level
// 0. It skips comments and quoted text; a bracket in plain text
// counts only inside a flow collection, where YAML reads it as one, or
// where it starts a value. It returns the offset of the first bracket too
// deep, or -1.
func flowTooDeep(src []byte, limit int) int {
	depth := 0
	valueStart := true // at the start of a line, after "- ", ": " or a flow indicator
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n':
			valueStart = true
			continue
		case c == ' ' || c == '\t' || c == '\r':
			continue
		case c == '#' && (i == 0 || src[i-1] == ' ' || src[i-1] == '\t' || src[i-1] == '\n'):
			for i < len(src) && src[i] != '\n' {
				i++
			}
			i--
			continue
		case (c == '"' || c == '\'') && (valueStart || depth > 0):
			i = skipQuoted(src, i)
		case (c == '[' || c == '{') && (valueStart || depth > 0):
			if depth++; depth > limit+1 {
				return i
			}
			valueStart = true
			continue
		case (c == ']' || c == '}') && depth > 0:
			depth--
		case c == ',' && depth > 0:
			valueStart = true
			continue
		case (c == '-' || c == ':' || c == '?') && (i+1 == len(src) || src[i+1] == ' ' || src[i+1] == '\n' || depth > 0 && c == ':'):
			valueStart = true
			continue
		}
		valueStart = false
	}
	return -1
}

// skipQuoted returns the offset of the quote that closes the quoted text
// starting at i, or the last offset when it is not closed.
func skipQuoted(src []byte, i int) int {
	q := src[i]
	for i++; i < len(src); i++ {
		switch {
		case q == '"' && src[i] == '\\':
			i++
		case src[i] == q && q == '\'' && i+1 < len(src) && src[i+1] == '\'':
			i++ // '' is an escaped quote
		case src[i] == q:
			return i
		}
	}
	return len(src) - 1
}

// Oversize returns the finding for a source of size bytes when that is
// above the size limit, so that a caller can refuse a file before reading
// it; ok is false when the size is within the limit.
func (l Limits) Oversize(size int64) (f finding.Finding, ok bool) {
	l = l.WithDefaults()
	if size <= int64(l.MaxBytes) {
		return finding.Finding{}, false
	}
	return syntaxAt(Position{1, 1}, tooBig(int(min(size, 1<<62)), l.MaxBytes)).finding(), true
}
