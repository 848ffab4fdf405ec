package objects

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"minipy/lang/literal"
	"minipy/lang/unicodedata"
)

// Reading numbers from strings as int(), float() and complex() do.

// numToASCII is CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: every
// non-ASCII whitespace becomes ' ', every non-ASCII decimal digit its ASCII
// digit, any other non-ASCII character '?' (which no number accepts).
func numToASCII(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := literal.DecodeRune(s[i:])
		i += n
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case unicodedata.IsSpace(r):
			b = append(b, ' ')
		default:
			if d, ok := unicodedata.Decimal(r); ok {
				b = append(b, byte('0'+d))
			} else {
				b = append(b, '?')
			}
		}
	}
	return string(b)
}

// numIsSpace is Py_ISSPACE: ASCII whitespace only.
func numIsSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}

func numTrimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && numIsSpace(s[i]) {
		i++
	}
	for j > i && numIsSpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

func numIsDigit(c byte) bool { return c >= '0' && c <= '9' }

// numRemoveUnderscores is CPython's _Py_string_to_number_with_underscores
// check: an underscore is allowed only between two digits; false otherwise.
func numRemoveUnderscores(s string) (string, bool) {
	if strings.IndexByte(s, '_') < 0 {
		return s, true
	}
	b := make([]byte, 0, len(s))
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !numIsDigit(prev) || i+1 >= len(s) || !numIsDigit(s[i+1]) {
				return "", false
			}
		} else {
			b = append(b, c)
		}
		prev = c
	}
	return string(b), true
}

// numParseInfNan reads [sign](inf|infinity|nan) case-insensitively at the
// start of s, as _Py_parse_inf_or_nan; n is the length read (0: none).
func numParseInfNan(s string) (v float64, n int) {
	neg := false
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	rest := strings.ToLower(s[i:min(len(s), i+8)])
	switch {
	case strings.HasPrefix(rest, "infinity"):
		v, i = math.Inf(1), i+8
	case strings.HasPrefix(rest, "inf"):
		v, i = math.Inf(1), i+3
	case strings.HasPrefix(rest, "nan"):
		v, i = math.NaN(), i+3
	default:
		return 0, 0
	}
	if neg {
		v = -v
	}
	return v, i
}

// numScanDecimal returns the length of the longest prefix of s that is a
// decimal float literal without sign: digits [. digits] [e [sign] digits]
// with at least one digit in the mantissa (0 when there is none).
func numScanDecimal(s string) int {
	i := 0
	nd := 0
	for i < len(s) && numIsDigit(s[i]) {
		i++
		nd++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && numIsDigit(s[i]) {
			i++
			nd++
		}
	}
	if nd == 0 {
		return 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && numIsDigit(s[j]) {
			for j < len(s) && numIsDigit(s[j]) {
				j++
			}
			i = j
		}
	}
	return i
}

// numParseFloatPrefix reads a signed float (decimal or inf/nan, no
// underscores) at the start of s as _PyOS_ascii_strtod; n is the length read.
func numParseFloatPrefix(s string) (v float64, n int) {
	if v, n := numParseInfNan(s); n > 0 {
		return v, n
	}
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	m := numScanDecimal(s[i:])
	if m == 0 {
		return 0, 0
	}
	f, err := strconv.ParseFloat(s[:i+m], 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, 0
		}
	}
	return f, i + m
}

// ParseFloatStr is float(s) for a str s: ok is false when s is not a float
// literal (the caller raises "could not convert string to float: ...").
func ParseFloatStr(s string) (float64, bool) {
	t := numTrimSpace(numToASCII(s))
	t, ok := numRemoveUnderscores(t)
	if !ok || t == "" {
		return 0, false
	}
	v, n := numParseFloatPrefix(t)
	if n == 0 || n != len(t) {
		return 0, false
	}
	return v, true
}

// floatFromString is float(o) for a str o.
func floatFromString(ts *Thread, o *Object) *Object {
	v, ok := ParseFloatStr(StrValue(o))
	if !ok {
		return ts.Raisef(ValueError, "could not convert string to float: %s", literal.QuoteStr(StrValue(o)))
	}
	return NewFloat(ts, v)
}

// numParseIntASCII parses s as int(s, base) does (base 0 or 2..36), ASCII form
// already: optional whitespace and sign, base prefix, underscores between
// digits. It returns the value and the number of digits (for the digit
// limit) and the base used (base 0 resolved); ok is false for a malformed
// literal.
func numParseIntASCII(s string, base int) (v *big.Int, small int64, isSmall bool, ndigits, effBase int, ok bool) {
	s = numTrimSpace(s)
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		if (p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0)) || (p == 'b' && (base == 2 || base == 0)) {
			if base == 0 {
				base = map[byte]int{'x': 16, 'o': 8, 'b': 2}[p]
			}
			s = s[2:]
			prefixed = true
		}
	}
	if base == 0 {
		// A decimal literal: no leading zeros unless the value is zero.
		base = 10
		if len(s) > 0 && s[0] == '0' {
			for i := 0; i < len(s); i++ {
				if s[i] != '0' && s[i] != '_' {
					return nil, 0, false, 0, base, false
				}
			}
		}
	}
	// Digits with single underscores between them (after a prefix, one
	// leading underscore is allowed: 0x_1f). As in CPython, the digit limit
	// applies to this run even when junk follows it, so the count is
	// returned with ok false in that case.
	digits := make([]byte, 0, len(s))
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if i == 0 && prefixed {
				continue
			}
			if i == 0 || s[i-1] == '_' {
				return nil, 0, false, 0, base, false
			}
			continue
		}
		if numDigitValue(c) >= base {
			break
		}
		digits = append(digits, c)
	}
	if i > 0 && s[i-1] == '_' {
		return nil, 0, false, 0, base, false
	}
	if i < len(s) || len(digits) == 0 {
		return nil, 0, false, len(digits), base, false
	}
	if len(digits) <= 12 || (base <= 16 && len(digits) <= 15) {
		var x int64
		for _, c := range digits {
			x = x*int64(base) + int64(numDigitValue(c))
		}
		if neg {
			x = -x
		}
		return nil, x, true, len(digits), base, true
	}
	b, good := new(big.Int).SetString(string(digits), base)
	if !good {
		return nil, 0, false, 0, base, false
	}
	if neg {
		b.Neg(b)
	}
	return b, 0, false, len(digits), base, true
}

// numDigitValue is the value of an ASCII digit or letter in bases up to 36
// (99 for anything else).
func numDigitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// IntFromString is int(s, base) for a str s: CPython's PyLong_FromUnicodeObject
// with its errors (invalid literal, digit limit for bases that are not powers
// of two).
func IntFromString(ts *Thread, s string, base int) *Object {
	return intFromStringRepr(ts, numToASCII(s), base, literal.QuoteStr(s))
}

// intFromStringRepr parses the ASCII text t; quoted is the repr of the
// original object for the error message (truncated to 200 characters, as
// CPython's %.200R).
func intFromStringRepr(ts *Thread, t string, base int, quoted string) *Object {
	b, small, isSmall, nd, eff, ok := numParseIntASCII(t, base)
	if eff&(eff-1) != 0 {
		if lim := IntMaxStrDigits(ts); lim > 0 && nd > lim {
			return ts.Raisef(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", lim, nd)
		}
	}
	if !ok {
		if r := []rune(quoted); len(r) > 200 {
			quoted = string(r[:200])
		}
		return ts.Raisef(ValueError, "invalid literal for int() with base %d: %s", base, quoted)
	}
	if isSmall {
		return NewInt(ts, small)
	}
	return intFromBig(ts, b)
}

// floatFromHex is float.fromhex(s) (s ASCII-checked by the caller).
func floatFromHex(ts *Thread, s string) *Object {
	bad := func() *Object { return ts.Raise(ValueError, "invalid hexadecimal floating-point string") }
	s = numTrimSpace(s)
	if v, n := numParseInfNan(s); n > 0 {
		if n != len(s) {
			return bad()
		}
		return NewFloat(ts, v)
	}
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	i := 0
	var mant []byte
	for i < len(s) && numDigitValue(s[i]) < 16 {
		mant = append(mant, s[i])
		i++
	}
	fdigits := 0
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && numDigitValue(s[i]) < 16 {
			mant = append(mant, s[i])
			i++
			fdigits++
		}
	}
	if len(mant) == 0 {
		return bad()
	}
	exp := int64(0)
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		if i >= len(s) || !numIsDigit(s[i]) {
			return bad()
		}
		for i < len(s) && numIsDigit(s[i]) {
			if exp < 1<<40 {
				exp = exp*10 + int64(s[i]-'0')
			}
			i++
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(s) {
		return bad()
	}
	if len(mant) > 1<<20 {
		return ts.Raise(OverflowError, "hexadecimal string too long to convert")
	}
	m, _ := new(big.Int).SetString(string(mant), 16)
	exp -= 4 * int64(fdigits)
	var x float64
	if m.Sign() != 0 {
		top := exp + int64(m.BitLen())
		switch {
		case top > 1100:
			return ts.Raise(OverflowError, "hexadecimal value too large to represent as a float")
		case top < -1100:
			x = 0
		default:
			f := new(big.Float).SetInt(m)
			f.SetMantExp(f, int(exp))
			x, _ = f.Float64()
			if math.IsInf(x, 0) {
				return ts.Raise(OverflowError, "hexadecimal value too large to represent as a float")
			}
		}
	}
	if neg {
		x = -x
	}
	return NewFloat(ts, x)
}

// floatHex is float.hex(x).
func floatHex(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return literal.FormatFloat(x)
	}
	if x == 0 {
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	var b strings.Builder
	if x < 0 {
		b.WriteByte('-')
		x = -x
	}
	m, e := math.Frexp(x)
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	const hexd = "0123456789abcdef"
	b.WriteString("0x")
	d := int(m)
	b.WriteByte(hexd[d])
	m -= float64(d)
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		d = int(m)
		b.WriteByte(hexd[d])
		m -= float64(d)
	}
	b.WriteByte('p')
	if e >= 0 {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}
