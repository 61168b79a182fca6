package document

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The YAML package reports errors as text such as "yaml: line 3: mapping
// values are not allowed in this context". The line is often that of the
// enclosing construct rather than of the culprit, and there is no column.
// yamlSyntaxError finds the culprit itself: the shortest prefix of the file
// that fails with the same problem ends at the culprit. It searches lines,
// then characters, so it parses O(log n) prefixes, and only on this error
// path.

// yamlSyntaxError turns an error from the YAML package into a finding with
// the culprit's line and column and a message in plain words.
func yamlSyntaxError(src []byte, err error, read int) *syntaxError {
	problem, _ := splitYAMLError(err.Error())
	lines := lineStarts(src, true)
	l := culpritLine(src, lines, problem, read)
	text := func(l int) string { return string(src[lines[l-1]:lineEnd(src, lines[l-1], true)]) }
	// The column costs more parses; some problems do without it.
	column := 0
	col := func() int {
		if column == 0 {
			column = culpritColumn(src, lines[l-1], lineEnd(src, lines[l-1], true), problem)
		}
		return column
	}

	// A quote left open runs on over the following lines and fails where
	// the text after it no longer makes sense, on the line that closes it;
	// blame the quote.
	if problem != endOfStream && l > 1 && strings.ContainsAny(text(l), "\"'") && yamlProblem(src[:lines[l-1]]) == endOfStream {
		ql := culpritLine(src, lines, endOfStream, lines[l-1])
		qcol := culpritColumn(src, lines[ql-1], lineEnd(src, lines[ql-1], true), endOfStream)
		if q := runeAt(text(ql), qcol); q == '"' || q == '\'' {
			return syntaxAt(Position{ql, qcol}, fmt.Sprintf("the quote %c opened here is not closed on this line, so the text runs on to line %d; close the quote", q, l))
		}
	}

	// A field name without its ':' reads as the start of a text value,
	// which the next line continues until its own ':' fails.
	if problem == "mapping values are not allowed in this context" {
		if colons := valueColons(text(l)); len(colons) > 0 && columnOf(text(l), colons[0]) == col() {
			if p := prevLine(src, lines, l); p > 1 && indentOf(text(p)) == indentOf(text(l)) && len(valueColons(text(p))) == 0 && !strings.HasPrefix(strings.TrimSpace(text(p)), "-") {
				if pp := prevLine(src, lines, p); pp > 0 {
					if c := valueColons(text(pp)); len(c) > 0 && strings.TrimSpace(text(pp)[c[len(c)-1]+1:]) == "" && indentOf(text(pp)) < indentOf(text(p)) {
						return syntaxAt(Position{p, firstNonBlank(text(p))}, "the ':' after the field name is missing on this line; write it as \"name: value\"")
					}
				}
			}
		}
	}
	c, msg := explainYAML(problem, text(l), col)
	return syntaxAt(Position{l, c}, msg)
}

// endOfStream is the YAML problem of a quote that is never closed.
const endOfStream = "found unexpected end of stream"

// prevLine returns the last line before l that is neither blank nor a
// comment, or 0.
func prevLine(src []byte, lines []int, l int) int {
	for p := l - 1; p >= 1; p-- {
		t := strings.TrimSpace(string(src[lines[p-1]:lineEnd(src, lines[p-1], true)]))
		if t != "" && !strings.HasPrefix(t, "#") {
			return p
		}
	}
	return 0
}

// indentOf counts the leading spaces of line.
func indentOf(line string) int { return len(line) - len(strings.TrimLeft(line, " ")) }

// splitYAMLError splits "yaml: line 3: problem" into the problem and the line.
func splitYAMLError(s string) (string, int) {
	s = strings.TrimPrefix(s, "yaml: ")
	if rest, ok := strings.CutPrefix(s, "line "); ok {
		if num, problem, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				return problem, n
			}
		}
	}
	return s, 0
}

// yamlProblem parses every document of src and returns the problem of the
// first error, or "".
func yamlProblem(src []byte) string {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var n yaml.Node
		err := dec.Decode(&n)
		if errors.Is(err, io.EOF) {
			return ""
		}
		if err != nil {
			problem, _ := splitYAMLError(err.Error())
			return problem
		}
	}
}

// culpritLine returns the 1-based line that first makes a prefix of src
// fail with problem. The parser failed having read the first read bytes, so
// the culprit is not after them, and usually just before: search down from
// there, in growing steps, then bisect.
func culpritLine(src []byte, lines []int, problem string, read int) int {
	n := len(lines)
	fails := func(l int) bool { // whether lines 1..l fail with problem
		end := len(src)
		if l < n {
			end = lines[l]
		}
		return yamlProblem(src[:end]) == problem
	}
	hi := n
	if read > 0 && read < len(src) {
		// The line holding the last byte read.
		hi, _ = slices.BinarySearch(lines, read)
		hi = max(1, min(hi, n))
	}
	for step := 1; ; step *= 2 {
		l := hi - step
		if l < 1 {
			return firstTrue(1, hi, fails)
		}
		if !fails(l) {
			return firstTrue(l+1, hi, fails)
		}
		hi = l
	}
}

// firstTrue returns the smallest i in [lo, hi] with f(i), assuming f(hi)
// and monotony.
func firstTrue(lo, hi int, f func(int) bool) int {
	for lo < hi {
		mid := lo + (hi-lo)/2
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return hi
}

// culpritColumn returns the 1-based column, on the line [start, end), of
// the first character whose inclusion makes the prefix fail with problem,
// or the first non-blank character when no prefix of the line does.
func culpritColumn(src []byte, start, end int, problem string) int {
	// Bisect on byte offsets, each snapped to the end of a character.
	snap := func(i int) int {
		for i < end && !utf8.RuneStart(src[i]) {
			i++
		}
		return i
	}
	fails := func(i int) bool { return yamlProblem(src[:snap(i)]) == problem }
	if start == end || !fails(end) {
		return firstNonBlank(string(src[start:end]))
	}
	e := snap(firstTrue(start+1, end, fails))
	return utf8.RuneCount(src[start:e])
}

// firstNonBlank returns the 1-based column of the first character of line
// that is not a space or tab, or 1.
func firstNonBlank(line string) int {
	col := 1
	for _, r := range line {
		if r != ' ' && r != '\t' {
			return col
		}
		col++
	}
	return 1
}

// runeAt returns the character at 1-based column col of line, or 0.
func runeAt(line string, col int) rune {
	c := 1
	for _, r := range line {
		if c == col {
			return r
		}
		c++
	}
	return 0
}

// columnOf returns the 1-based column of byte offset off in line.
func columnOf(line string, off int) int {
	return utf8.RuneCountInString(line[:off]) + 1
}

// valueColons returns the byte offsets of the colons in line that YAML
// reads as "key: value" separators: followed by a space or the line's end
// and outside quotes.
func valueColons(line string) []int {
	var out []int
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			if i == 0 || line[i-1] == ' ' || line[i-1] == '\t' || line[i-1] == '[' || line[i-1] == '{' || line[i-1] == ',' {
				quote = c
			}
		case c == '#' && (i == 0 || line[i-1] == ' '):
			return out
		case c == ':' && (i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t'):
			out = append(out, i)
		}
	}
	return out
}

// explainYAML returns the column of the culprit, refined where the problem
// names a character, and a message in plain words.
func explainYAML(problem, line string, col func() int) (int, string) {
	indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
	switch {
	case strings.Contains(problem, "tab character"),
		problem == "found character that cannot start any token" && strings.Contains(indent, "\t"):
		c := 0
		if i := strings.IndexByte(line, '\t'); i >= 0 {
			c = columnOf(line, i)
		} else {
			c = col()
		}
		return c, "a tab is used for indentation here; YAML allows only spaces for indentation"

	case problem == "found character that cannot start any token":
		r := runeAt(line, col())
		if r == '\t' {
			return col(), "a tab cannot start a value here; use spaces"
		}
		return col(), fmt.Sprintf("a value cannot start with %q; put the value in quotes", r)

	case problem == "mapping values are not allowed in this context":
		colons := valueColons(line)
		if len(colons) > 0 && columnOf(line, colons[0]) == col() {
			// The only "key: value" on the line: the line itself is misplaced.
			return firstNonBlank(line), "this line is indented more than the field above it, which already has a value; align it with that field, or, if the line continues the text above, put that text in quotes"
		}
		return col(), "unexpected ':' inside a value; if the value contains ': ', put the whole value in quotes"

	case problem == "did not find expected key":
		if r := runeAt(line, col()); r == ']' || r == '}' {
			return col(), fmt.Sprintf("unexpected %q: there is no open bracket for it to close", r)
		}
		if col() > firstNonBlank(line) && strings.TrimSpace(line) != "" {
			return col(), "unexpected text after the end of the value; if the value goes on, put all of it in the quotes"
		}
		return firstNonBlank(line), "this line does not line up with the fields around it; check its indentation (fields of the same object start in the same column)"

	case problem == "did not find expected '-' indicator":
		return firstNonBlank(line), "this line does not line up with the list around it; check its indentation (items of a list start with \"- \" in the same column)"

	case problem == "could not find expected ':'":
		return firstNonBlank(line), "expected a field written as \"name: value\"; the ':' after the name is missing, or a text value continues on this line without quotes"

	case problem == "did not find expected ',' or ']'", problem == "did not find expected ',' or '}'":
		open, close, what := byte('['), byte(']'), "list"
		if strings.HasSuffix(problem, "'}'") {
			open, close, what = '{', '}', "object"
		}
		c := col()
		if i := lastUnclosed(line, c, open, close); i >= 0 {
			c = columnOf(line, i)
		}
		return c, fmt.Sprintf("the %s opened with '%c' here is not closed with '%c', or a ',' is missing between its items", what, open, close)

	case problem == endOfStream:
		if r := runeAt(line, col()); r == '"' || r == '\'' {
			return col(), fmt.Sprintf("the quote %c opened here is never closed", r)
		}
		return col(), "the file ends in the middle of a value"

	case problem == "did not find expected node content":
		return col(), "a value is missing here"

	case problem == "found unknown escape character":
		return col(), "unknown escape sequence after '\\' in double-quoted text; write \\\\ for a backslash, or use single quotes"

	case strings.HasPrefix(problem, "unknown anchor '"):
		name := strings.TrimSuffix(strings.TrimPrefix(problem, "unknown anchor '"), "' referenced")
		c := 0
		if i := strings.Index(line, "*"+name); i >= 0 {
			c = columnOf(line, i)
		} else {
			c = col()
		}
		return c, fmt.Sprintf("the alias *%s refers to an anchor &%s that is not defined before it", name, name)

	case strings.HasPrefix(problem, "exceeded max depth"):
		return col(), "the document is nested too deeply"
	}
	return col(), "the YAML is not well-formed: " + problem
}

// lastUnclosed returns the byte offset of the last open bracket in line
// before column col that is not closed before it, or -1.
func lastUnclosed(line string, col int, open, close byte) int {
	var stack []int
	c := 1
	for i := 0; i < len(line) && c <= col; i++ {
		switch line[i] {
		case open:
			stack = append(stack, i)
		case close:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
		if line[i] < 0x80 || line[i] >= 0xC0 {
			c++
		}
	}
	if len(stack) == 0 {
		return -1
	}
	return stack[len(stack)-1]
}
