package literal

import (
	"math"
	"strconv"
	"strings"

	"minipy/lang/unicodedata"
)

// ParseFloatPython is float(s) for a str s (WTF-8), as CPython 3.11: Unicode
// white space around the number is ignored, Unicode decimal digits count as
// their ASCII equivalents, underscores are allowed between digits, and "inf",
// "infinity" and "nan" are accepted in any case with an optional sign. The
// error is the ValueError message: could not convert string to float: 'S'.
func ParseFloatPython(s string) (float64, error) {
	if f, ok := parseFloatASCII(transformDecimalAndSpace(s)); ok {
		return f, nil
	}
	return 0, &ValueError{Msg: "could not convert string to float: " + QuoteStr(s)}
}

// ParseFloatPythonBytes is float(b) for bytes or bytearray b: as
// ParseFloatPython but ASCII only, and the message shows b'...'.
func ParseFloatPythonBytes(b []byte) (float64, error) {
	if f, ok := parseFloatASCII(string(b)); ok {
		return f, nil
	}
	return 0, &ValueError{Msg: "could not convert string to float: " + QuoteBytes(b)}
}

// ValueError carries the message of the ValueError CPython raises.
type ValueError struct{ Msg string }

func (e *ValueError) Error() string { return e.Msg }

// transformDecimalAndSpace is CPython's _PyUnicode_TransformDecimalAndSpaceToASCII:
// white space becomes ' ', decimal digits their ASCII digit, and any other
// non-ASCII character '?', which no number accepts (it still counts for the
// checks CPython makes first: misplaced underscores, the digit limit).
func transformDecimalAndSpace(s string) string {
	if isASCIIString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			b.WriteByte(s[i])
			i++
			continue
		}
		r, n := DecodeRune(s[i:])
		i += n
		if unicodedata.IsSpace(r) {
			b.WriteByte(' ')
		} else if d, ok := unicodedata.Decimal(r); ok {
			b.WriteByte(byte('0' + d))
		} else {
			b.WriteByte('?')
		}
	}
	return b.String()
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isPySpace is Py_ISSPACE: the ASCII white space of C's isspace.
func isPySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// removeUnderscores is _Py_string_to_number_with_underscores: an underscore
// must sit between two ASCII digits; ok is false for a misplaced one.
func removeUnderscores(s string) (string, bool) {
	// CPython looks for '_' with strchr, which stops at a NUL byte.
	head := s
	if i := strings.IndexByte(s, 0); i >= 0 {
		head = s[:i]
	}
	if strings.IndexByte(head, '_') < 0 {
		return s, true
	}
	if len(head) != len(s) {
		return "", false // "No embedded NULs allowed" once underscores are seen
	}
	var b strings.Builder
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if prev < '0' || prev > '9' {
				return "", false
			}
		} else {
			b.WriteByte(c)
			if prev == '_' && (c < '0' || c > '9') {
				return "", false
			}
		}
		prev = c
	}
	if prev == '_' {
		return "", false
	}
	return b.String(), true
}

func parseFloatASCII(s string) (float64, bool) {
	s, ok := removeUnderscores(s)
	if !ok {
		return 0, false
	}
	i, j := 0, len(s)
	for i < j && isPySpace(s[i]) {
		i++
	}
	for j > i && isPySpace(s[j-1]) {
		j--
	}
	s = s[i:j]
	if n := scanDecimal(s); n > 0 {
		if n != len(s) {
			return 0, false
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !isRangeErr(err) {
			return 0, false
		}
		return f, true
	}
	// inf, infinity or nan, with an optional sign (_Py_parse_inf_or_nan).
	neg := false
	t := s
	if t != "" && (t[0] == '-' || t[0] == '+') {
		neg = t[0] == '-'
		t = t[1:]
	}
	var f float64
	switch {
	case strings.EqualFold(t, "inf") || strings.EqualFold(t, "infinity"):
		f = math.Inf(1)
	case strings.EqualFold(t, "nan"):
		f = math.Float64frombits(0x7ff8000000000000) // CPython's Py_NAN (Go's math.NaN has a payload bit)
	default:
		return 0, false
	}
	if neg {
		f = -f
	}
	return f, true
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// scanDecimal returns the length of the longest prefix of s that David Gay's
// strtod reads as a decimal number: [+-] digits [. digits] [(e|E) [+-] digits],
// with at least one digit in the mantissa; 0 if there is none.
func scanDecimal(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		k := i + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if k < len(s) && '0' <= s[k] && s[k] <= '9' {
			for k < len(s) && '0' <= s[k] && s[k] <= '9' {
				k++
			}
			i = k
		}
	}
	return i
}

// strtodPrefix is PyOS_string_to_double with an end pointer: the longest
// prefix of s that is a decimal number (David Gay's strtod, no leading white
// space) or inf/infinity/nan with an optional sign; n == 0 when there is none.
func strtodPrefix(s string) (float64, int) {
	if n := scanDecimal(s); n > 0 {
		f, err := strconv.ParseFloat(s[:n], 64)
		if err != nil && !isRangeErr(err) {
			return 0, 0
		}
		return f, n
	}
	if n, f, ok := parseInfNaN(s); ok {
		return f, n
	}
	return 0, 0
}

// ParseComplexPython is complex(s) for a str s (WTF-8), as CPython 3.11:
// "1", "2j", "1+2j", "-1.5e3-inf j" forms (with the legacy "1+j", "-j", "j"),
// optionally in parentheses, white space around, Unicode digits and spaces,
// underscores between digits. Errors are *ValueError: "complex() arg is a
// malformed string", or for misplaced underscores "could not convert string
// to complex: 'S'".
func ParseComplexPython(s string) (re, im float64, err error) {
	malformed := &ValueError{Msg: "complex() arg is a malformed string"}
	t, ok := removeUnderscores(transformDecimalAndSpace(s))
	if !ok {
		return 0, 0, &ValueError{Msg: "could not convert string to complex: " + QuoteStr(s)}
	}
	at := func(i int) byte {
		if i < len(t) {
			return t[i]
		}
		return 0
	}
	p := 0
	for p < len(t) && isPySpace(t[p]) {
		p++
	}
	bracket := false
	if at(p) == '(' {
		bracket = true
		p++
		for p < len(t) && isPySpace(t[p]) {
			p++
		}
	}
	var x, y float64
	if z, n := strtodPrefix(t[p:]); n > 0 {
		p += n
		switch c := at(p); {
		case c == '+' || c == '-':
			x = z
			if v, n := strtodPrefix(t[p:]); n > 0 {
				y = v
				p += n
			} else {
				y = 1
				if c == '-' {
					y = -1
				}
				p++
			}
			if at(p) != 'j' && at(p) != 'J' {
				return 0, 0, malformed
			}
			p++
		case c == 'j' || c == 'J':
			p++
			y = z
		default:
			x = z
		}
	} else {
		y = 1
		if c := at(p); c == '+' || c == '-' {
			if c == '-' {
				y = -1
			}
			p++
		}
		if at(p) != 'j' && at(p) != 'J' {
			return 0, 0, malformed
		}
		p++
	}
	for p < len(t) && isPySpace(t[p]) {
		p++
	}
	if bracket {
		if at(p) != ')' {
			return 0, 0, malformed
		}
		p++
		for p < len(t) && isPySpace(t[p]) {
			p++
		}
	}
	if p != len(t) {
		return 0, 0, malformed
	}
	return x, y, nil
}
