package literal

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FloatHex returns float.hex(f): "0x1.8000000000000p+0", always 13 hex digits
// after the point, subnormals as "0x0.xxxxxxxxxxxxxp-1022"; "inf", "-inf",
// "nan" and "-0x0.0p+0" as CPython.
func FloatHex(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return FormatFloat(f)
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead, exp = "0", -1022 // subnormal: 0.mant × 2^-1022
	} else {
		exp -= 1023
	}
	hex := strconv.FormatUint(mant, 16)
	hex = strings.Repeat("0", 13-len(hex)) + hex
	esign := "+"
	if exp < 0 {
		esign, exp = "-", -exp
	}
	return sign + "0x" + lead + "." + hex + "p" + esign + strconv.Itoa(exp)
}

// OverflowError carries the message of the OverflowError CPython raises.
type OverflowError struct{ Msg string }

func (e *OverflowError) Error() string { return e.Msg }

func hexDigitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// ParseFloatHex is float.fromhex(s) for an ASCII-decodable str (the caller
// passes the str's WTF-8; non-ASCII text is simply invalid): optional white
// space, sign, "0x", hex digits with an optional point, optional "p"
// exponent; or inf, infinity, nan. The result is correctly rounded. Errors:
// *ValueError "invalid hexadecimal floating-point string", *OverflowError
// "hexadecimal value too large to represent as a float".
func ParseFloatHex(s string) (float64, error) {
	parseErr := &ValueError{Msg: "invalid hexadecimal floating-point string"}
	p := 0
	for p < len(s) && isPySpace(s[p]) {
		p++
	}
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	// inf and nan (with their own sign).
	if n, f, ok := parseInfNaN(s[p:]); ok {
		p += n
		for p < len(s) && isPySpace(s[p]) {
			p++
		}
		if p != len(s) {
			return 0, parseErr
		}
		return f, nil
	}
	neg := false
	if at(p) == '-' {
		neg = true
		p++
	} else if at(p) == '+' {
		p++
	}
	if at(p) == '0' && (at(p+1) == 'x' || at(p+1) == 'X') {
		p += 2
	}
	var digits []byte
	fdigits := 0
	for hexDigitValue(at(p)) >= 0 {
		digits = append(digits, s[p])
		p++
	}
	if at(p) == '.' {
		p++
		for hexDigitValue(at(p)) >= 0 {
			digits = append(digits, s[p])
			fdigits++
			p++
		}
	}
	if len(digits) == 0 {
		return 0, parseErr
	}
	exp := int64(0)
	if at(p) == 'p' || at(p) == 'P' {
		p++
		eneg := false
		if at(p) == '-' || at(p) == '+' {
			eneg = at(p) == '-'
			p++
		}
		if at(p) < '0' || at(p) > '9' {
			return 0, parseErr
		}
		for '0' <= at(p) && at(p) <= '9' {
			if exp < 1<<40 { // saturate, as strtol does at LONG_MAX
				exp = exp*10 + int64(at(p)-'0')
			}
			p++
		}
		if eneg {
			exp = -exp
		}
	}
	// CPython computes the value (and reports overflow) before it checks
	// for trailing garbage.
	m, _ := new(big.Int).SetString(string(digits), 16)
	var f float64
	if m.Sign() != 0 {
		e := exp - 4*int64(fdigits)
		top := int64(m.BitLen()) + e // the value is below 2^top
		switch {
		case top > 1100:
			return 0, &OverflowError{Msg: "hexadecimal value too large to represent as a float"}
		case top < -1100:
			f = 0
		default:
			bf := new(big.Float).SetPrec(uint(m.BitLen()) + 1).SetInt(m)
			bf.SetMantExp(bf, int(e))
			f, _ = bf.Float64()
			if math.IsInf(f, 0) {
				return 0, &OverflowError{Msg: "hexadecimal value too large to represent as a float"}
			}
		}
	}
	for p < len(s) && isPySpace(s[p]) {
		p++
	}
	if p != len(s) {
		return 0, parseErr
	}
	if neg {
		f = -f
	}
	return f, nil
}

// parseInfNaN is _Py_parse_inf_or_nan: [+-](inf|infinity|nan), any case, at
// the start of s; it returns the length read.
func parseInfNaN(s string) (int, float64, bool) {
	p := 0
	neg := false
	if p < len(s) && (s[p] == '-' || s[p] == '+') {
		neg = s[p] == '-'
		p++
	}
	hasFold := func(word string) bool {
		return len(s)-p >= len(word) && strings.EqualFold(s[p:p+len(word)], word)
	}
	var f float64
	switch {
	case hasFold("inf"):
		p += 3
		if hasFold("inity") {
			p += 5
		}
		f = math.Inf(1)
	case hasFold("nan"):
		p += 3
		f = math.NaN()
	default:
		return 0, 0, false
	}
	if neg {
		f = -f
	}
	return p, f, true
}

// RoundFloat is round(x, ndigits) for a float, as CPython: the exact value
// correctly rounded (ties to even) to ndigits decimal places (negative:
// to tens, hundreds, ...); nan and inf round to themselves. The error is the
// *OverflowError "rounded value too large to represent".
func RoundFloat(x float64, ndigits int) (float64, error) {
	// CPython's NDIGITS_MAX = (int)((DBL_MANT_DIG-DBL_MIN_EXP) * 0.30103) and
	// NDIGITS_MIN = -(int)((DBL_MAX_EXP + 1) * 0.30103).
	const ndigitsMax = 323
	const ndigitsMin = -308
	if math.IsNaN(x) || math.IsInf(x, 0) || ndigits > ndigitsMax {
		return x, nil
	}
	if ndigits < ndigitsMin {
		return 0 * x, nil
	}
	r := new(big.Rat).SetFloat64(x)
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(ndigits))), nil)
	if ndigits >= 0 {
		r.Mul(r, new(big.Rat).SetInt(scale))
	} else {
		r.Quo(r, new(big.Rat).SetInt(scale))
	}
	// Round r to an integer, ties to even.
	q, rem := new(big.Int).QuoRem(r.Num(), r.Denom(), new(big.Int))
	twice := new(big.Int).Mul(new(big.Int).Abs(rem), big.NewInt(2))
	if c := twice.Cmp(r.Denom()); c > 0 || c == 0 && q.Bit(0) == 1 {
		if rem.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	// Back to a double through the decimal string, as CPython does, so the
	// result is the double nearest to the rounded decimal value.
	str := q.String() + "e" + strconv.Itoa(-ndigits)
	f, err := strconv.ParseFloat(str, 64)
	if err != nil && isRangeErr(err) && math.IsInf(f, 0) {
		return 0, &OverflowError{Msg: "rounded value too large to represent"}
	}
	if q.Sign() == 0 && math.Signbit(x) {
		f = math.Copysign(0, -1)
	}
	return f, nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
