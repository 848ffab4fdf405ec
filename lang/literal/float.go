package literal

import (
	"bytes"
	"math"
	"strconv"
	"strings"
)

// FloatFlags are the options of FormatFloatMode, CPython's Py_DTSF_* flags.
type FloatFlags uint8

const (
	// FloatSign writes '+' before a non-negative value (Py_DTSF_SIGN).
	FloatSign FloatFlags = 1 << iota
	// FloatAddDot0 writes ".0" after an integral value in fixed notation
	// (Py_DTSF_ADD_DOT_0), as repr(1.0) == '1.0'.
	FloatAddDot0
	// FloatAlt is the '#' option: keep the decimal point and, for 'g',
	// trailing zeros (Py_DTSF_ALT).
	FloatAlt
	// FloatNoNegZero is the 'z' option of format specs (Py_DTSF_NO_NEG_0):
	// a value that rounds to zero is written without '-'.
	FloatNoNegZero
)

// FormatFloat returns repr(f) (which is also str(f)) as CPython prints it:
// the shortest digit string that reads back as f, in fixed notation when the
// decimal exponent e of d.ddd×10^e is in -4 <= e < 16 (always with a decimal
// point, 1.0), else in exponent notation (1e+16, 1.5e-05); inf, -inf, nan.
func FormatFloat(f float64) string {
	return FormatFloatMode(f, 'r', 0, FloatAddDot0)
}

// FormatFloatMode is CPython's PyOS_double_to_string. code is 'e', 'f' or
// 'g' (upper case 'E', 'F', 'G' also write E, INF and NAN) with prec digits
// after the point ('e', 'f') or significant digits ('g'; 0 means 1), or 'r'
// for the shortest repr digits (prec ignored). Digits are correctly rounded,
// ties to even on the exact binary value, as David Gay's dtoa. 'g' switches to
// exponent notation when the decimal exponent is < -4 or >= prec (>= prec-1
// with FloatAddDot0) and drops trailing zeros unless FloatAlt is set.
//
// The format-spec and %-format types map onto it as in CPython: no type means
// 'r' with FloatAddDot0 when no precision is given, else 'g' with
// FloatAddDot0; '%' is 'f' of f*100 followed by '%'; 'n' is 'g'; '%r'-style
// repr is FormatFloat. FormatFloatSpec does all of that.
func FormatFloatMode(f float64, code byte, prec int, flags FloatFlags) string {
	upper := false
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	if prec < 0 {
		prec = 0
	}
	neg := math.Signbit(f)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		var b strings.Builder
		if math.IsNaN(f) {
			neg = false // CPython ignores the sign of a nan
		}
		if neg {
			b.WriteByte('-')
		} else if flags&FloatSign != 0 {
			b.WriteByte('+')
		}
		s := "inf"
		if math.IsNaN(f) {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		b.WriteString(s)
		return b.String()
	}
	a := math.Abs(f)

	// digits and decpt as David Gay's dtoa returns them: the significant
	// digits without trailing zeros, and the position of the decimal point
	// (value = 0.DIGITS × 10^decpt); zero is "0" with decpt 1.
	var digits []byte
	var decpt int
	var dbuf [40]byte
	switch code {
	case 'r':
		digits, decpt = eDigits(dbuf[:0], a, -1)
	case 'e':
		prec++ // significant digits
		digits, decpt = eDigits(dbuf[:0], a, prec)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = eDigits(dbuf[:0], a, prec)
	case 'f':
		digits, decpt = fDigits(dbuf[:0], a, prec)
	default:
		return ""
	}

	useExp := false
	vdigitsEnd := len(digits)
	addDot0 := flags&FloatAddDot0 != 0
	alt := flags&FloatAlt != 0
	switch code {
	case 'e':
		useExp = true
		vdigitsEnd = prec
	case 'f':
		vdigitsEnd = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vdigitsEnd = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vdigitsStart := 0
	if decpt <= 0 {
		vdigitsStart = decpt - 1
	}
	if !useExp && addDot0 {
		vdigitsEnd = max(vdigitsEnd, decpt+1)
	} else {
		vdigitsEnd = max(vdigitsEnd, decpt)
	}
	if flags&FloatNoNegZero != 0 && len(digits) == 1 && digits[0] == '0' {
		neg = false
	}

	var obuf [48]byte
	b := obuf[:0]
	if neg {
		b = append(b, '-')
	} else if flags&FloatSign != 0 {
		b = append(b, '+')
	}
	// Exactly one of the branches below writes the decimal point.
	if decpt <= 0 {
		b = appendZeros(b, decpt-vdigitsStart)
		b = append(b, '.')
		b = appendZeros(b, -decpt)
	} else {
		b = appendZeros(b, -vdigitsStart)
	}
	if 0 < decpt && decpt <= len(digits) {
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	} else {
		b = append(b, digits...)
	}
	if len(digits) < decpt {
		b = appendZeros(b, decpt-len(digits))
		b = append(b, '.')
		b = appendZeros(b, vdigitsEnd-decpt)
	} else {
		b = appendZeros(b, vdigitsEnd-len(digits))
	}
	if b[len(b)-1] == '.' && !alt {
		b = b[:len(b)-1]
	}
	if useExp {
		if upper {
			b = append(b, 'E')
		} else {
			b = append(b, 'e')
		}
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return string(b)
}

func appendZeros(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, '0')
	}
	return b
}

// eDigits returns the significant digits of a >= 0 rounded to n digits (n < 0:
// the shortest that round-trip), trailing zeros removed, and the decimal point
// position. The digits are built in buf.
func eDigits(buf []byte, a float64, n int) ([]byte, int) {
	if a == 0 {
		return append(buf, '0'), 1
	}
	prec := n - 1
	if n < 0 {
		prec = -1
	}
	// A double has at most 767 significant decimal digits: asking strconv
	// for more only adds zeros, which the caller pads anyway.
	prec = min(prec, 800)
	s := strconv.AppendFloat(buf, a, 'e', prec, 64) // d.ddde±XX
	e := bytes.LastIndexByte(s, 'e')
	exp := 0
	for _, c := range s[e+2:] {
		exp = exp*10 + int(c-'0')
	}
	if s[e+1] == '-' {
		exp = -exp
	}
	digits := s[:e]
	if len(digits) > 1 {
		digits = append(digits[:1], digits[2:]...) // drop the point
	}
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	return digits, exp + 1
}

// fDigits returns the digits of a >= 0 rounded to n places after the point,
// leading and trailing zeros removed, and the decimal point position. A value
// that rounds to zero gives "0" with position 1, as zero itself.
func fDigits(buf []byte, a float64, n int) ([]byte, int) {
	if a == 0 {
		return append(buf, '0'), 1
	}
	// A double has at most 1074 decimal places: more only adds zeros.
	s := strconv.AppendFloat(buf, a, 'f', min(n, 1100), 64)
	decpt := len(s)
	if i := bytes.IndexByte(s, '.'); i >= 0 {
		decpt = i
		s = append(s[:i], s[i+1:]...)
	}
	lead := 0
	for lead < len(s) && s[lead] == '0' {
		lead++
	}
	s = s[lead:]
	decpt -= lead
	for len(s) > 0 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if len(s) == 0 {
		return append(buf[:0], '0'), 1
	}
	return s, decpt
}

// FormatComplex returns repr(complex(re, im)) as CPython 3.11 prints it:
// "1j" when the real part is +0.0, else "(re+imj)", each part in the shortest
// repr form without a trailing ".0" ("(1+2j)", "(-0-1j)", "(nan+infj)").
func FormatComplex(re, im float64) string {
	if re == 0 && !math.Signbit(re) {
		return FormatFloatMode(im, 'r', 0, 0) + "j"
	}
	return "(" + FormatFloatMode(re, 'r', 0, 0) + FormatFloatMode(im, 'r', 0, FloatSign) + "j)"
}
