package document

import (
	"fmt"
	"unicode/utf8"
)

// lineBreak returns the length of the line break that starts at src[i], or
// 0. YAML also breaks lines at NEL, LS and PS, as the YAML parser does, so
// that line numbers agree with the parser's.
func lineBreak(src []byte, i int, yaml bool) int {
	if i < 0 || i >= len(src) {
		return 0
	}
	switch src[i] {
	case '\n':
		return 1
	case '\r':
		if i+1 < len(src) && src[i+1] == '\n' {
			return 2
		}
		return 1
	case 0xC2:
		if yaml && i+1 < len(src) && src[i+1] == 0x85 {
			return 2
		}
	case 0xE2:
		if yaml && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// lineStarts returns the byte offset at which each line starts; lines[0] is 0.
func lineStarts(src []byte, yaml bool) []int {
	lines := []int{0}
	for i := 0; i < len(src); {
		if n := lineBreak(src, i, yaml); n > 0 {
			i += n
			lines = append(lines, i)
			continue
		}
		i++
	}
	return lines
}

// lineEnd returns the offset of the line break that ends the line starting
// at start, or len(src).
func lineEnd(src []byte, start int, yaml bool) int {
	for i := start; i < len(src); i++ {
		if lineBreak(src, i, yaml) > 0 {
			return i
		}
	}
	return len(src)
}

// posAt returns the position of byte offset off. It scans from the start,
// so it is meant for error paths only.
func posAt(src []byte, off int, yaml bool) Position {
	if off > len(src) {
		off = len(src)
	}
	line, start := 1, 0
	for i := 0; i < off; {
		if n := lineBreak(src, i, yaml); n > 0 {
			i += n
			if i <= off {
				line, start = line+1, i
			}
			continue
		}
		i++
	}
	return Position{line, utf8.RuneCount(src[start:off]) + 1}
}

// checkText reports the first byte sequence that cannot be text of the
// given format: invalid UTF-8 or a control character. A NUL usually means a
// binary file, so it says so.
func checkText(src []byte, yaml bool) *syntaxError {
	if len(src) >= 2 && (src[0] == 0xFF && src[1] == 0xFE || src[0] == 0xFE && src[1] == 0xFF) {
		return syntaxAt(Position{1, 1}, "the file is saved as UTF-16; save it as UTF-8 text")
	}
	for i := 0; i < len(src); {
		c := src[i]
		if c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t' {
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return syntaxAt(posAt(src, i, yaml), fmt.Sprintf("the file is not valid UTF-8 text: the byte 0x%02X here cannot be read; if this is a notice, save it as UTF-8 text", c))
		case r == 0:
			return syntaxAt(posAt(src, i, yaml), "the file contains a NUL character (U+0000): it looks like a binary file, not a YAML or JSON text")
		case r < 0x20 || r == 0x7F && yaml || yaml && r >= 0x80 && r <= 0x9F && r != 0x85 || yaml && (r == 0xFFFE || r == 0xFFFF):
			return syntaxAt(posAt(src, i, yaml), fmt.Sprintf("the file contains the invisible control character U+%04X here; remove it", r))
		}
		i += size
	}
	return nil
}
