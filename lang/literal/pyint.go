package literal

import (
	"fmt"
	"math/big"
	"strings"
)

// ParseIntPython is int(s, base) for a str s (WTF-8), as CPython 3.11's
// PyLong_FromUnicodeObject: Unicode white space around the number is ignored,
// Unicode decimal digits count as ASCII digits, an optional sign, for base 0
// the prefix decides (0x, 0o, 0b, else decimal where a leading zero is only
// allowed for zero), for bases 16, 8 and 2 the prefix is optional, one
// underscore may follow the prefix and single underscores may separate
// digits. base must be 0 or 2..36 (int() itself checks that first, with its
// own message). maxDigits is sys.get_int_max_str_digits() (0: no limit); the
// limit applies to bases that are not powers of two.
//
// Errors are *ValueError with CPython's message: "invalid literal for int()
// with base 10: 'x'" (the repr cut to 200 characters) or "Exceeds the limit
// (4300 digits) for integer string conversion: value has N digits; use
// sys.set_int_max_str_digits() to increase the limit".
func ParseIntPython(s string, base, maxDigits int) (*big.Int, error) {
	ascii := transformDecimalAndSpace(s)
	v, end, err := longFromString(ascii, base, maxDigits)
	if err != nil {
		return nil, err
	}
	if v != nil && end == len(ascii) {
		return v, nil
	}
	return nil, &ValueError{Msg: fmt.Sprintf("invalid literal for int() with base %d: %s", base, truncRunes(QuoteStr(s), 200))}
}

// ParseIntPythonBytes is int(b, base) for bytes or bytearray b (ASCII only;
// the message shows the repr of at most the first 200 bytes).
func ParseIntPythonBytes(b []byte, base, maxDigits int) (*big.Int, error) {
	v, end, err := longFromString(string(b), base, maxDigits)
	if err != nil {
		return nil, err
	}
	if v != nil && end == len(b) {
		return v, nil
	}
	return nil, &ValueError{Msg: fmt.Sprintf("invalid literal for int() with base %d: %s", base, truncRunes(QuoteBytes(b[:min(len(b), 200)]), 200))}
}

// truncRunes is the %.200R of PyUnicode_FromFormat: at most n code points.
func truncRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, w := DecodeRune(s[i:])
		i += w
	}
	return s[:i]
}

// digitValue is _PyLong_DigitValue: 0-35 for digits and letters, 37 otherwise.
func digitValue(s string, i int) int {
	if i >= len(s) {
		return 37 // the C string's terminating NUL
	}
	c := s[i]
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 37
}

// longFromString is CPython's PyLong_FromString over s (a C string: a NUL
// byte ends it). It returns the value and the offset where parsing stopped
// (v == nil: invalid), or the digit-limit error.
func longFromString(s string, base, maxDigits int) (*big.Int, int, error) {
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	p := 0
	for p < len(s) && isPySpace(s[p]) {
		p++
	}
	neg := false
	if at(p) == '+' {
		p++
	} else if at(p) == '-' {
		p++
		neg = true
	}
	errorIfNonzero := false
	if base == 0 {
		switch {
		case at(p) != '0':
			base = 10
		case at(p+1) == 'x' || at(p+1) == 'X':
			base = 16
		case at(p+1) == 'o' || at(p+1) == 'O':
			base = 8
		case at(p+1) == 'b' || at(p+1) == 'B':
			base = 2
		default:
			errorIfNonzero = true
			base = 10
		}
	}
	if at(p) == '0' && (base == 16 && (at(p+1) == 'x' || at(p+1) == 'X') ||
		base == 8 && (at(p+1) == 'o' || at(p+1) == 'O') ||
		base == 2 && (at(p+1) == 'b' || at(p+1) == 'B')) {
		p += 2
		if at(p) == '_' {
			p++
		}
	}
	if at(p) == '_' {
		return nil, p, nil
	}
	start := p
	var digits strings.Builder
	prev := byte(0)
	for digitValue(s, p) < base || at(p) == '_' {
		if s[p] == '_' {
			if prev == '_' {
				return nil, p, nil
			}
		} else {
			digits.WriteByte(s[p])
		}
		prev = s[p]
		p++
	}
	if prev == '_' {
		return nil, p, nil
	}
	if p == start {
		return nil, p, nil
	}
	ds := digits.String()
	if base&(base-1) != 0 && maxDigits > 0 && len(ds) > maxDigits {
		return nil, 0, &ValueError{Msg: fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: "+
			"value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxDigits, len(ds))}
	}
	v, ok := new(big.Int).SetString(ds, base)
	if !ok {
		return nil, p, nil
	}
	if errorIfNonzero && v.Sign() != 0 {
		return nil, p, nil
	}
	if neg {
		v.Neg(v)
	}
	for p < len(s) && isPySpace(s[p]) {
		p++
	}
	if p != len(s) {
		return nil, p, nil
	}
	return v, p, nil
}

// ParseSmallInt is the common case of int(s, base) done without math/big:
// s is an optional sign and digits of base (2 to 36, or 0 with a first
// digit other than 0), nothing else (no spaces, underscores or prefix), and
// the value fits in an int64. ok is false otherwise: ParseIntPython then
// gives the value or the error.
func ParseSmallInt(s string, base int) (v int64, ok bool) {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) == 0 || len(s) > 60 {
		return 0, false
	}
	if base == 0 {
		if s[0] == '0' {
			return 0, false
		}
		base = 10
	}
	if base < 2 || base > 36 {
		return 0, false
	}
	var u uint64
	for i := 0; i < len(s); i++ {
		d := digitValue(s, i)
		if d >= base {
			return 0, false
		}
		if u > (1<<63-1)/uint64(base) {
			return 0, false
		}
		u = u*uint64(base) + uint64(d)
		if u > 1<<63-1 {
			return 0, false
		}
	}
	if neg {
		return -int64(u), true
	}
	return int64(u), true
}
