package literal

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"minipy/lang/unicodedata"
)

// FormatSpec is a parsed format specification (the format-spec mini-language
// of str.format, f-strings and format()), as CPython 3.11's
// parse_internal_render_format_spec leaves it.
type FormatSpec struct {
	Fill      rune // ' ' unless given
	Align     byte // '<', '>', '^' or '=' (the type's default when not given)
	Sign      byte // 0, '+', '-' or ' '
	NoNegZero bool // 'z'
	Alt       bool // '#'
	Width     int  // -1 when not given
	Grouping  byte // 0, ',' or '_'
	Precision int  // -1 when not given
	Type      rune // 0 when not given (or the default type)
	// under4 is '_' with b/o/x/X: group by four digits.
	under4 bool
}

// ParseFormatSpec parses spec with CPython's rules; defaultType and
// defaultAlign are the type's defaults ('d' and '>' for int, 0 and '>' for
// float and complex, 's' and '<' for str); typeName is the type's name for
// the "Invalid format specifier" message. Errors are *ValueError.
func ParseFormatSpec(spec string, defaultType rune, defaultAlign byte, typeName string) (FormatSpec, error) {
	var rbuf [32]rune // specs are short: no allocation
	rs := rbuf[:0]
	for i := 0; i < len(spec); {
		r, n := DecodeRune(spec[i:])
		rs = append(rs, r)
		i += n
	}
	f := FormatSpec{Fill: ' ', Align: defaultAlign, Width: -1, Precision: -1, Type: defaultType}
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	pos, end := 0, len(rs)
	fillGiven, alignGiven := false, false
	if end-pos >= 2 && isAlign(rs[pos+1]) {
		f.Align = byte(rs[pos+1])
		f.Fill = rs[pos]
		fillGiven, alignGiven = true, true
		pos += 2
	} else if end-pos >= 1 && isAlign(rs[pos]) {
		f.Align = byte(rs[pos])
		alignGiven = true
		pos++
	}
	if end-pos >= 1 && (rs[pos] == ' ' || rs[pos] == '+' || rs[pos] == '-') {
		f.Sign = byte(rs[pos])
		pos++
	}
	if end-pos >= 1 && rs[pos] == 'z' {
		f.NoNegZero = true
		pos++
	}
	if end-pos >= 1 && rs[pos] == '#' {
		f.Alt = true
		pos++
	}
	if !fillGiven && end-pos >= 1 && rs[pos] == '0' {
		f.Fill = '0'
		if !alignGiven && defaultAlign == '>' {
			f.Align = '='
		}
		pos++
	}
	getInteger := func() (int, int, error) {
		acc, n := 0, 0
		for pos < end {
			d, ok := unicodedata.Decimal(rs[pos])
			if !ok {
				break
			}
			if acc > (math.MaxInt64-d)/10 {
				return 0, 0, &ValueError{Msg: "Too many decimal digits in format string"}
			}
			acc = acc*10 + d
			pos++
			n++
		}
		return acc, n, nil
	}
	w, n, err := getInteger()
	if err != nil {
		return f, err
	}
	if n > 0 {
		f.Width = w
	}
	if pos < end && rs[pos] == ',' {
		f.Grouping = ','
		pos++
	}
	if pos < end && rs[pos] == '_' {
		if f.Grouping != 0 {
			return f, &ValueError{Msg: "Cannot specify both ',' and '_'."}
		}
		f.Grouping = '_'
		pos++
	}
	if pos < end && rs[pos] == ',' && f.Grouping == '_' {
		return f, &ValueError{Msg: "Cannot specify both ',' and '_'."}
	}
	if pos < end && rs[pos] == '.' {
		pos++
		p, n, err := getInteger()
		if err != nil {
			return f, err
		}
		if n == 0 {
			return f, &ValueError{Msg: "Format specifier missing precision"}
		}
		f.Precision = p
	}
	if end-pos > 1 {
		return f, &ValueError{Msg: fmt.Sprintf("Invalid format specifier '%s' for object of type '%s'", spec, truncRunes(typeName, 200))}
	}
	if end-pos == 1 {
		f.Type = rs[pos]
	}
	if f.Grouping != 0 {
		switch f.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.Grouping == '_' {
				f.under4 = true
				break
			}
			fallthrough
		default:
			if f.Type > 32 && f.Type < 128 {
				return f, &ValueError{Msg: fmt.Sprintf("Cannot specify '%c' with '%c'.", f.Grouping, f.Type)}
			}
			return f, &ValueError{Msg: fmt.Sprintf("Cannot specify '%c' with '\\x%x'.", f.Grouping, f.Type)}
		}
	}
	return f, nil
}

// maxFormatBytes bounds the text a format spec may ask for; beyond it the
// spec gives a *MemoryError, as CPython's allocation would fail.
const maxFormatBytes = 1 << 30

// tooBig reports a width or precision whose output could not be allocated.
func (f *FormatSpec) tooBig() bool {
	return f.Width > maxFormatBytes/utf8.UTFMax || f.Precision > maxFormatBytes/utf8.UTFMax
}

// MemoryError is returned where CPython raises MemoryError (with no message).
type MemoryError struct{}

func (e *MemoryError) Error() string { return "out of memory" }

// UnknownFormatCode is the ValueError for presentation type t, which the
// type typeName does not support (characters outside 33..127 are written as
// \x escapes, as CPython's unknown_presentation_type).
func UnknownFormatCode(t rune, typeName string) error {
	if t > 32 && t < 128 {
		return &ValueError{Msg: fmt.Sprintf("Unknown format code '%c' for object of type '%s'", t, truncRunes(typeName, 200))}
	}
	return &ValueError{Msg: fmt.Sprintf("Unknown format code '\\x%x' for object of type '%s'", t, truncRunes(typeName, 200))}
}

func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		_, w := DecodeRune(s[i:])
		i += w
		n++
	}
	return n
}

func writeFill(b *strings.Builder, fill rune, n int) {
	if fill < utf8.RuneSelf {
		for ; n > 0; n-- {
			b.WriteByte(byte(fill))
		}
		return
	}
	var buf [utf8.UTFMax]byte
	enc := AppendRune(buf[:0], fill)
	for ; n > 0; n-- {
		b.Write(enc)
	}
}

// fillLen is the length in bytes of n fill characters.
func fillLen(fill rune, n int) int {
	if n <= 0 {
		return 0
	}
	if fill < utf8.RuneSelf {
		return n
	}
	var buf [utf8.UTFMax]byte
	return n * len(AppendRune(buf[:0], fill))
}

// calcPadding is CPython's calc_padding.
func calcPadding(nchars, width int, align byte) (lpad, rpad int) {
	total := nchars
	if width >= 0 && width > nchars {
		total = width
	}
	switch align {
	case '>':
		lpad = total - nchars
	case '^':
		lpad = (total - nchars) / 2
	}
	return lpad, total - nchars - lpad
}

// FormatStrSpec is format(s, spec) for a str (WTF-8): alignment, fill, width
// and precision (truncation), type 's' only.
func FormatStrSpec(s, spec, typeName string) (string, error) {
	if spec == "" {
		return s, nil
	}
	f, err := ParseFormatSpec(spec, 's', '<', typeName)
	if err != nil {
		return "", err
	}
	if f.Type != 's' {
		return "", UnknownFormatCode(f.Type, typeName)
	}
	switch {
	case f.Sign == ' ':
		return "", &ValueError{Msg: "Space not allowed in string format specifier"}
	case f.Sign != 0:
		return "", &ValueError{Msg: "Sign not allowed in string format specifier"}
	case f.NoNegZero:
		return "", &ValueError{Msg: "Negative zero coercion (z) not allowed in string format specifier"}
	case f.Alt:
		return "", &ValueError{Msg: "Alternate form (#) not allowed in string format specifier"}
	case f.Align == '=':
		return "", &ValueError{Msg: "'=' alignment not allowed in string format specifier"}
	}
	if f.Width > maxFormatBytes/utf8.UTFMax {
		return "", &MemoryError{}
	}
	n := runeCount(s)
	if f.Precision >= 0 && n > f.Precision {
		s = truncRunes(s, f.Precision)
		n = f.Precision
	}
	return f.Pad(s, n), nil
}

// Pad pads text (nchars code points long) to the spec's width with its fill
// and alignment ('=' counts as '<'): CPython's calc_padding plus
// fill_padding, for str and complex.
func (f *FormatSpec) Pad(text string, nchars int) string {
	if f.Width <= nchars {
		return text
	}
	lpad, rpad := calcPadding(nchars, f.Width, f.Align)
	var b strings.Builder
	b.Grow(fillLen(f.Fill, lpad) + len(text) + fillLen(f.Fill, rpad))
	writeFill(&b, f.Fill, lpad)
	b.WriteString(text)
	writeFill(&b, f.Fill, rpad)
	return b.String()
}

// numberParts is the layout CPython's calc_number_widths computes:
// <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>.
type numberParts struct {
	sign      string
	prefix    string
	digits    string // ungrouped, no sign
	decimal   bool
	remainder string
}

// groupDigits is _PyUnicode_InsertThousandsGrouping: digits grouped by size
// (0: no grouping) with sep, left-padded with zeros to minWidth.
func groupDigits(digits string, minWidth, size int, sep string) string {
	if size == 0 && minWidth <= len(digits) {
		return digits // nothing to insert (the common case)
	}
	if minWidth < 0 {
		minWidth = 0
	}
	var pieces []string // right to left
	remaining := len(digits)
	pos := len(digits)
	useSep := false
	fill := func(nChars, nZeros int) {
		if useSep {
			pieces = append(pieces, sep)
		}
		pieces = append(pieces, digits[pos-nChars:pos])
		pos -= nChars
		pieces = append(pieces, strings.Repeat("0", nZeros))
	}
	broken := false
	if size > 0 {
		for {
			l := min(size, max(remaining, minWidth, 1))
			nZeros := max(0, l-remaining)
			nChars := max(0, min(remaining, l))
			fill(nChars, nZeros)
			useSep = true
			remaining -= nChars
			minWidth -= l
			if remaining <= 0 && minWidth <= 0 {
				broken = true
				break
			}
			minWidth -= len(sep)
		}
	}
	if !broken {
		l := max(remaining, minWidth, 1)
		nZeros := max(0, l-remaining)
		nChars := max(0, min(remaining, l))
		fill(nChars, nZeros)
	}
	var b strings.Builder
	for i := len(pieces) - 1; i >= 0; i-- {
		b.WriteString(pieces[i])
	}
	return b.String()
}

// layoutNumber is calc_number_widths plus fill_number.
func layoutNumber(p numberParts, f *FormatSpec, upper bool) string {
	sign := ""
	switch f.Sign {
	case '+':
		sign = "+"
		if p.sign == "-" {
			sign = "-"
		}
	case ' ':
		sign = " "
		if p.sign == "-" {
			sign = "-"
		}
	default:
		sign = p.sign
	}
	size, sep := 0, ""
	switch {
	case f.under4:
		size, sep = 4, "_"
	case f.Grouping == ',':
		size, sep = 3, ","
	case f.Grouping == '_':
		size, sep = 3, "_"
	}
	nDecimal := 0
	if p.decimal {
		nDecimal = 1
	}
	nonDigit := len(sign) + len(p.prefix) + nDecimal + runeCount(p.remainder)
	minWidth := 0
	if f.Fill == '0' && f.Align == '=' {
		minWidth = f.Width - nonDigit
	}
	grouped := ""
	if len(p.digits) > 0 {
		grouped = groupDigits(p.digits, minWidth, size, sep)
	}
	prefix := p.prefix
	if upper {
		grouped = strings.ToUpper(grouped)
		prefix = strings.ToUpper(prefix)
	}
	var lpad, spad, rpad int
	if pad := f.Width - (nonDigit + len(grouped)); pad > 0 {
		switch f.Align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	var b strings.Builder
	b.Grow(fillLen(f.Fill, lpad) + len(sign) + len(prefix) + fillLen(f.Fill, spad) + len(grouped) +
		nDecimal + len(p.remainder) + fillLen(f.Fill, rpad))
	writeFill(&b, f.Fill, lpad)
	b.WriteString(sign)
	b.WriteString(prefix)
	writeFill(&b, f.Fill, spad)
	b.WriteString(grouped)
	if p.decimal {
		b.WriteByte('.')
	}
	b.WriteString(p.remainder)
	writeFill(&b, f.Fill, rpad)
	return b.String()
}

// splitNumber is parse_number over a formatted float without its sign.
func splitNumber(s string) numberParts {
	var p numberParts
	if strings.HasPrefix(s, "-") {
		p.sign = "-"
		s = s[1:]
	}
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	p.digits = s[:i]
	rest := s[i:]
	if strings.HasPrefix(rest, ".") {
		p.decimal = true
		rest = rest[1:]
	}
	p.remainder = rest
	return p
}

// FormatFloatSpec is format(f, spec) for a float: types e E f F g G n %
// and none, with fill, alignment, sign, z, #, 0, width, grouping and
// precision, exactly as CPython 3.11 ('n' uses the C locale: no grouping).
// An empty spec gives repr(f).
func FormatFloatSpec(f float64, spec, typeName string) (string, error) {
	if spec == "" {
		return FormatFloat(f), nil
	}
	fs, err := ParseFormatSpec(spec, 0, '>', typeName)
	if err != nil {
		return "", err
	}
	switch fs.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return formatFloatInternal(f, &fs)
	}
	return "", UnknownFormatCode(fs.Type, typeName)
}

func formatFloatInternal(val float64, f *FormatSpec) (string, error) {
	if f.Precision > math.MaxInt32 {
		return "", &ValueError{Msg: "precision too big"}
	}
	if f.tooBig() {
		return "", &MemoryError{}
	}
	var flags FloatFlags
	if f.Alt {
		flags |= FloatAlt
	}
	if f.NoNegZero {
		flags |= FloatNoNegZero
	}
	typ := f.Type
	defaultPrec := 6
	if typ == 0 {
		flags |= FloatAddDot0
		typ = 'r'
		defaultPrec = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		val *= 100
		pct = true
	}
	prec := f.Precision
	if prec < 0 {
		prec = defaultPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	s := FormatFloatMode(val, byte(typ), prec, flags)
	if pct {
		s += "%"
	}
	if f.Sign != '+' && f.Sign != ' ' && f.Width == -1 && f.Type != 'n' && f.Grouping == 0 {
		return s, nil
	}
	return layoutNumber(splitNumber(s), f, false), nil
}

// FormatComplexSpec is format(complex(re, im), spec): types e E f F g G n
// and none; no zero padding and no '=' alignment, as CPython 3.11. An empty
// spec gives repr.
func FormatComplexSpec(re, im float64, spec, typeName string) (string, error) {
	if spec == "" {
		return FormatComplex(re, im), nil
	}
	f, err := ParseFormatSpec(spec, 0, '>', typeName)
	if err != nil {
		return "", err
	}
	switch f.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", UnknownFormatCode(f.Type, typeName)
	}
	if f.Precision > math.MaxInt32 {
		return "", &ValueError{Msg: "precision too big"}
	}
	if f.Fill == '0' {
		return "", &ValueError{Msg: "Zero padding is not allowed in complex format specifier"}
	}
	if f.Align == '=' {
		return "", &ValueError{Msg: "'=' alignment flag is not allowed in complex format specifier"}
	}
	if f.tooBig() {
		return "", &MemoryError{}
	}
	var flags FloatFlags
	if f.Alt {
		flags |= FloatAlt
	}
	if f.NoNegZero {
		flags |= FloatNoNegZero
	}
	typ := f.Type
	defaultPrec := 6
	skipRe, parens := false, false
	if typ == 0 {
		typ = 'r'
		defaultPrec = 0
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if typ == 'n' {
		typ = 'g'
	}
	prec := f.Precision
	if prec < 0 {
		prec = defaultPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	tmp := f
	tmp.Fill, tmp.Align, tmp.Width = 0, '<', -1
	reStr := layoutNumber(splitNumber(FormatFloatMode(re, byte(typ), prec, flags)), &tmp, false)
	if !skipRe {
		tmp.Sign = '+'
	}
	imStr := layoutNumber(splitNumber(FormatFloatMode(im, byte(typ), prec, flags)), &tmp, false)
	if skipRe {
		reStr = ""
	}
	body := reStr + imStr + "j"
	if parens {
		body = "(" + body + ")"
	}
	return f.Pad(body, len(body)), nil
}

// IntDigitsError is the ValueError of converting an int with more than
// maxDigits decimal digits to text.
func IntDigitsError(maxDigits int) error {
	return &ValueError{Msg: fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion; "+
		"use sys.set_int_max_str_digits() to increase the limit", maxDigits)}
}

// FormatIntSpec is format(v, spec) for an int: types b c d o x X n and none,
// and e E f F g G % through float(v); maxDigits is the
// sys.get_int_max_str_digits() limit for decimal output (0: none). An empty
// spec gives str(v) (a bool's format(True, ”) is 'True': the caller handles
// empty specs of subclasses that override __str__).
func FormatIntSpec(v *big.Int, spec, typeName string, maxDigits int) (string, error) {
	decimal := func() (string, error) {
		// 0.30103 > log10(2): bitlen*0.30103-1 digits is a safe lower
		// bound, so huge values are refused without converting them.
		if maxDigits > 0 && float64(v.BitLen())*0.30102999566398-1 > float64(maxDigits) {
			return "", IntDigitsError(maxDigits)
		}
		var s string
		if v.IsInt64() {
			s = strconv.FormatInt(v.Int64(), 10) // no big.nat conversion
		} else {
			s = v.String()
		}
		if maxDigits > 0 && len(s)-btoi(v.Sign() < 0) > maxDigits {
			return "", IntDigitsError(maxDigits)
		}
		return s, nil
	}
	if spec == "" {
		return decimal()
	}
	f, err := ParseFormatSpec(spec, 'd', '>', typeName)
	if err != nil {
		return "", err
	}
	switch f.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		fv, _ := new(big.Float).SetInt(v).Float64()
		if math.IsInf(fv, 0) {
			return "", &OverflowError{Msg: "int too large to convert to float"}
		}
		return formatFloatInternal(fv, &f)
	default:
		return "", UnknownFormatCode(f.Type, typeName)
	}
	if f.Precision != -1 {
		return "", &ValueError{Msg: "Precision not allowed in integer format specifier"}
	}
	if f.NoNegZero {
		return "", &ValueError{Msg: "Negative zero coercion (z) not allowed in integer format specifier"}
	}
	if f.tooBig() {
		return "", &MemoryError{}
	}
	var p numberParts
	if f.Type == 'c' {
		if f.Sign != 0 {
			return "", &ValueError{Msg: "Sign not allowed with integer format specifier 'c'"}
		}
		if f.Alt {
			return "", &ValueError{Msg: "Alternate form (#) not allowed with integer format specifier 'c'"}
		}
		if !v.IsInt64() {
			return "", &OverflowError{Msg: "Python int too large to convert to C long"}
		}
		x := v.Int64()
		if x < 0 || x > 0x10ffff {
			return "", &OverflowError{Msg: "%c arg not in range(0x110000)"}
		}
		// The character is a "remainder": never grouped or zero-padded.
		p.remainder = string(AppendRune(nil, rune(x)))
		return layoutNumber(p, &f, false), nil
	}
	base, prefix := 10, ""
	switch f.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	var digits string
	if base == 10 {
		s, err := decimal()
		if err != nil {
			return "", err
		}
		digits = s
	} else if v.IsInt64() {
		digits = strconv.FormatInt(v.Int64(), base)
	} else {
		digits = v.Text(base)
	}
	if strings.HasPrefix(digits, "-") {
		p.sign = "-"
		digits = digits[1:]
	}
	p.digits = digits
	if f.Alt {
		p.prefix = prefix
	}
	return layoutNumber(p, &f, f.Type == 'X'), nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
