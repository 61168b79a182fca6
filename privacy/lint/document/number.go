package document

import (
	"math/big"
	"strings"
)

// Numbers bigger than these are rejected: the validator turns numbers into
// exact rationals, and 1e999999999 would take it minutes, or fail outright.
const (
	maxNumberLen = 400  // characters in the literal, or digits after conversion
	maxExponent  = 9999 // magnitude of a decimal exponent
)

// numberKind says what a plain YAML scalar or a JSON number literal is.
type numberKind int

const (
	notNumber numberKind = iota
	validNumber
	tooLarge
)

// yamlNumber resolves a plain YAML scalar as a number of the YAML 1.2 core
// schema (also accepting the underscores and 0b binary form of YAML 1.1) and
// rewrites it as a JSON number: 0x1F becomes 31, 1_000 becomes 1000, +.5
// becomes 0.5. Infinity and NaN are handled by the caller.
func yamlNumber(s string) (string, numberKind) {
	if s == "" || len(s) > 4*maxNumberLen {
		return "", notNumber
	}
	sign := ""
	body := s
	switch body[0] {
	case '-':
		sign, body = "-", body[1:]
	case '+':
		body = body[1:]
	}
	if body == "" || body[0] == '_' || !(body[0] >= '0' && body[0] <= '9' || body[0] == '.') {
		return "", notNumber
	}
	body = strings.ReplaceAll(body, "_", "")
	if len(body) > 2 && body[0] == '0' {
		base := 0
		switch body[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			digits := body[2:]
			var n big.Int
			if !validDigits(digits, base) {
				return "", notNumber
			}
			if len(digits) > maxNumberLen {
				return "", tooLarge
			}
			n.SetString(digits, base)
			if sign == "-" && n.Sign() != 0 {
				n.Neg(&n)
			}
			return n.String(), validNumber
		}
	}
	return decimalNumber(sign, body)
}

func validDigits(s string, base int) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'f':
			d = int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			d = int(c-'A') + 10
		default:
			return false
		}
		if d >= base {
			return false
		}
	}
	return true
}

// decimalNumber parses digits [. digits] [e [sign] digits], at least one
// digit before the exponent, and writes it as JSON.
func decimalNumber(sign, s string) (string, numberKind) {
	i := 0
	intStart := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	intPart := s[intStart:i]
	frac, hasFrac := "", false
	if i < len(s) && s[i] == '.' {
		hasFrac = true
		i++
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		frac = s[start:i]
	}
	if intPart == "" && frac == "" {
		return "", notNumber
	}
	exp := ""
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		start := i
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		digits := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if digits == i {
			return "", notNumber
		}
		exp = s[start:i]
		if len(strings.TrimLeft(s[digits:i], "0")) > len("9999") || atoiSmall(s[digits:i]) > maxExponent {
			return "", tooLarge
		}
	}
	if i != len(s) {
		return "", notNumber
	}
	if len(s) > maxNumberLen {
		return "", tooLarge
	}
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	out := sign + intPart
	if hasFrac {
		if frac == "" {
			frac = "0"
		}
		out += "." + frac
	}
	return out + exp, validNumber
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// atoiSmall parses up to a few decimal digits; callers bound the length.
func atoiSmall(s string) int {
	n := 0
	for i := 0; i < len(s) && n <= maxExponent; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
