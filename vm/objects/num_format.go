package objects

import (
	"math"
	"strings"

	"minipy/lang/literal"
)

// __format__ of int, float and complex (CPython's format_long_internal,
// format_float_internal and format_complex_internal, with
// calc_number_widths and fill_number). The locale is always C: 'n' groups
// nothing and uses '.'.

// numField is a number split for padding: sign, prefix (0x), the digits to
// group, and the remainder (decimal point, fraction, exponent, '%').
type numField struct {
	signChar byte // '-' when the number is negative, else 0
	prefix   string
	digits   string
	decimal  bool   // the remainder starts with a decimal point
	rest     string // after the digits (including the decimal point)
	group    int    // digits per group, 0 for none
	sep      string
}

// numGroup is _PyUnicode_InsertThousandsGrouping: digits grouped from the
// right, padded with leading zeros to at least minWidth characters.
func numGroup(digits string, minWidth, group int, sep string) string {
	minWidth = max(minWidth, 0)
	var parts []string // right to left
	remaining := len(digits)
	broken := false
	if group > 0 {
		for {
			l := min(group, max(max(remaining, minWidth), 1))
			nZeros := max(0, l-remaining)
			nChars := max(0, min(remaining, l))
			parts = append(parts, strings.Repeat("0", nZeros)+digits[remaining-nChars:remaining])
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
		l := max(max(remaining, minWidth), 1)
		nZeros := max(0, l-remaining)
		nChars := max(0, min(remaining, l))
		parts = append(parts, strings.Repeat("0", nZeros)+digits[remaining-nChars:remaining])
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
		if i > 0 {
			b.WriteString(sep)
		}
	}
	return b.String()
}

// numFormatField lays a numField out in the spec's width (calc_number_widths
// followed by fill_number). upper upper-cases prefix and digits ('X').
func numFormatField(n *numField, f *FormatSpec, upper bool) string {
	var sign string
	switch f.Sign {
	case '+':
		if n.signChar == '-' {
			sign = "-"
		} else {
			sign = "+"
		}
	case ' ':
		if n.signChar == '-' {
			sign = "-"
		} else {
			sign = " "
		}
	default:
		if n.signChar == '-' {
			sign = "-"
		}
	}
	nonDigit := len(sign) + len(n.prefix) + numRuneCount(n.rest)
	minWidth := 0
	if f.Fill == '0' && f.Align == '=' {
		minWidth = f.Width - nonDigit
	}
	grouped := ""
	if len(n.digits) > 0 {
		grouped = numGroup(n.digits, minWidth, n.group, n.sep)
	}
	prefix := n.prefix
	if upper {
		prefix = strings.ToUpper(prefix)
		grouped = strings.ToUpper(grouped)
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
	fill := string(literal.AppendRune(nil, f.Fill))
	var b strings.Builder
	b.WriteString(strings.Repeat(fill, lpad))
	b.WriteString(sign)
	b.WriteString(prefix)
	b.WriteString(strings.Repeat(fill, spad))
	b.WriteString(grouped)
	b.WriteString(n.rest)
	b.WriteString(strings.Repeat(fill, rpad))
	return b.String()
}

// numRuneCount counts the code points of a WTF-8 string.
func numRuneCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		_, size := literal.DecodeRune(s[i:])
		i += size
	}
	return n
}

// numSplitFloatText splits PyOS_double_to_string output as parse_number
// does: leading digits, then the rest.
func numSplitFloatText(s string) numField {
	var n numField
	if strings.HasPrefix(s, "-") {
		n.signChar = '-'
		s = s[1:]
	}
	i := 0
	for i < len(s) && numIsDigit(s[i]) {
		i++
	}
	n.digits, n.rest = s[:i], s[i:]
	n.decimal = strings.HasPrefix(n.rest, ".")
	return n
}

func numSetGrouping(n *numField, f *FormatSpec) {
	switch f.Thousands {
	case ',':
		n.group, n.sep = 3, ","
	case '_':
		n.group, n.sep = 3, "_"
		switch f.Type {
		case 'b', 'o', 'x', 'X':
			n.group = 4
		}
	}
}

// numFormatMaxSize bounds widths and precisions: beyond it the result
// would not fit in memory (CPython fails the allocation with MemoryError).
const numFormatMaxSize = 1 << 28

// numCheckSize raises MemoryError for absurd widths and precisions (a
// precision above INT_MAX is CPython's "precision too big"). Integer
// presentation types (intType) reject any precision later, with their own
// message.
func numCheckSize(ts *Thread, f *FormatSpec, intType bool) bool {
	if intType {
		if f.Width > numFormatMaxSize {
			ts.RaiseNone(MemoryError)
			return false
		}
		return true
	}
	if f.Precision > math.MaxInt32 {
		ts.Raise(ValueError, "precision too big")
		return false
	}
	if f.Width > numFormatMaxSize || f.Precision > numFormatMaxSize {
		ts.RaiseNone(MemoryError)
		return false
	}
	return true
}

// IntFormat is format(i, spec) for an int object o.
func IntFormat(ts *Thread, o *Object, spec string) *Object {
	if spec == "" {
		return StrOf(ts, o)
	}
	f, ok := ParseFormatSpecFor(ts, spec, 'd', TypeName(o))
	if !ok || !numCheckSize(ts, &f, f.Type != 'e' && f.Type != 'E' && f.Type != 'f' && f.Type != 'F' && f.Type != 'g' && f.Type != 'G' && f.Type != '%') {
		return nil
	}
	switch f.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		s, ok := intFormatSpec(ts, AsInt(o), &f)
		if !ok {
			return nil
		}
		return NewStr(ts, s)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		v, ok := intToFloat(ts, AsInt(o))
		if !ok {
			return nil
		}
		s, ok := floatFormatSpec(ts, v, &f)
		if !ok {
			return nil
		}
		return NewStr(ts, s)
	}
	return UnknownFormatCode(ts, f.Type, TypeName(o))
}

func intFormatSpec(ts *Thread, i *Int, f *FormatSpec) (string, bool) {
	if f.Precision != -1 {
		ts.Raise(ValueError, "Precision not allowed in integer format specifier")
		return "", false
	}
	if f.NoNegZero {
		ts.Raise(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
		return "", false
	}
	var n numField
	if f.Type == 'c' {
		if f.Sign != 0 {
			ts.Raise(ValueError, "Sign not allowed with integer format specifier 'c'")
			return "", false
		}
		if f.Alt {
			ts.Raise(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
			return "", false
		}
		if i.big != nil {
			ts.Raise(OverflowError, "Python int too large to convert to C long")
			return "", false
		}
		if i.v < 0 || i.v > 0x10ffff {
			ts.Raise(OverflowError, "%c arg not in range(0x110000)")
			return "", false
		}
		n.rest = string(literal.AppendRune(nil, rune(i.v)))
		return numFormatField(&n, f, false), true
	}
	base := 10
	prefix := ""
	switch f.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	var digits string
	var neg bool
	if base == 10 {
		s, ok := IntDecimal(ts, i)
		if !ok {
			return "", false
		}
		digits, neg = strings.TrimPrefix(s, "-"), strings.HasPrefix(s, "-")
	} else {
		digits, neg = intFormatBase(i, base)
	}
	if neg {
		n.signChar = '-'
	}
	if f.Alt {
		n.prefix = prefix
	}
	n.digits = digits
	if f.Type != 'n' {
		numSetGrouping(&n, f)
	}
	return numFormatField(&n, f, f.Type == 'X'), true
}

// FloatFormat is format(x, spec) for a float object o.
func FloatFormat(ts *Thread, o *Object, spec string) *Object {
	if spec == "" {
		return StrOf(ts, o)
	}
	f, ok := ParseFormatSpecFor(ts, spec, 0, TypeName(o))
	if !ok || !numCheckSize(ts, &f, false) {
		return nil
	}
	switch f.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		s, ok := floatFormatSpec(ts, FloatValue(o), &f)
		if !ok {
			return nil
		}
		return NewStr(ts, s)
	}
	return UnknownFormatCode(ts, f.Type, TypeName(o))
}

// numFloatText is the PyOS_double_to_string step shared by float and
// complex formatting.
func numFloatText(ts *Thread, v float64, f *FormatSpec, typ rune, defaultPrec int) (string, bool) {
	if f.Precision > math.MaxInt32 {
		ts.Raise(ValueError, "precision too big")
		return "", false
	}
	var flags literal.FloatFlags
	if f.Alt {
		flags |= literal.FloatAlt
	}
	if f.NoNegZero {
		flags |= literal.FloatNoNegZero
	}
	if typ == 0 {
		flags |= literal.FloatAddDot0
		typ = 'r'
		defaultPrec = 0
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
	return literal.FormatFloatMode(v, byte(typ), prec, flags), true
}

func floatFormatSpec(ts *Thread, v float64, f *FormatSpec) (string, bool) {
	typ := f.Type
	pct := false
	if typ == '%' {
		typ = 'f'
		v *= 100
		pct = true
	}
	text, ok := numFloatText(ts, v, f, typ, 6)
	if !ok {
		return "", false
	}
	if pct {
		text += "%"
	}
	if f.Sign != '+' && f.Sign != ' ' && f.Width == -1 && f.Type != 'n' && f.Thousands == 0 {
		return text, true
	}
	n := numSplitFloatText(text)
	if f.Type != 'n' {
		numSetGrouping(&n, f)
	}
	return numFormatField(&n, f, false), true
}

// ComplexFormat is format(z, spec) for a complex object o.
func ComplexFormat(ts *Thread, o *Object, spec string) *Object {
	if spec == "" {
		return StrOf(ts, o)
	}
	f, ok := ParseFormatSpecFor(ts, spec, 0, TypeName(o))
	if !ok || !numCheckSize(ts, &f, false) {
		return nil
	}
	switch f.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return UnknownFormatCode(ts, f.Type, TypeName(o))
	}
	if f.Fill == '0' {
		return ts.Raise(ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if f.Align == '=' {
		return ts.Raise(ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	c := AsComplex(o)
	re, im := c.re, c.im
	skipRe, parens := false, false
	typ := f.Type
	if typ == 0 {
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	reText, ok := numFloatText(ts, re, &f, typ, 6)
	if !ok {
		return nil
	}
	imText, _ := numFloatText(ts, im, &f, typ, 6)
	if typ == 0 {
		// The omitted type is like str(): no ".0" on integral parts.
		reText = literal.FormatFloatMode(re, 'r', 0, numAltFlags(&f))
		imText = literal.FormatFloatMode(im, 'r', 0, numAltFlags(&f))
		if f.Precision >= 0 {
			reText = literal.FormatFloatMode(re, 'g', f.Precision, numAltFlags(&f))
			imText = literal.FormatFloatMode(im, 'g', f.Precision, numAltFlags(&f))
		}
	}
	tmp := f
	tmp.Fill, tmp.Align, tmp.Width = 0, '<', -1
	reN, imN := numSplitFloatText(reText), numSplitFloatText(imText)
	if f.Type != 'n' {
		numSetGrouping(&reN, &f)
		numSetGrouping(&imN, &f)
	}
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	if !skipRe {
		b.WriteString(numFormatField(&reN, &tmp, false))
		tmp.Sign = '+'
	}
	b.WriteString(numFormatField(&imN, &tmp, false))
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	s := b.String()
	return NewStr(ts, FormatPad(s, len(s), &f))
}

func numAltFlags(f *FormatSpec) literal.FloatFlags {
	var flags literal.FloatFlags
	if f.Alt {
		flags |= literal.FloatAlt
	}
	if f.NoNegZero {
		flags |= literal.FloatNoNegZero
	}
	return flags
}

// numFormatArg checks the single str argument of __format__.
func numFormatArg(ts *Thread, args []*Object, kwnames *Object) (string, bool) {
	if !CheckOneArg(ts, "__format__", args, kwnames) {
		return "", false
	}
	if AsStr(args[0]) == nil {
		ts.Raisef(TypeError, "__format__() argument must be str, not %s", TypeName(args[0]))
		return "", false
	}
	return StrValue(args[0]), true
}

func intFormatMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	spec, ok := numFormatArg(ts, args, kwnames)
	if !ok {
		return nil
	}
	return IntFormat(ts, self, spec)
}

func floatFormatMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	spec, ok := numFormatArg(ts, args, kwnames)
	if !ok {
		return nil
	}
	return FloatFormat(ts, self, spec)
}

func complexFormatMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	spec, ok := numFormatArg(ts, args, kwnames)
	if !ok {
		return nil
	}
	return ComplexFormat(ts, self, spec)
}
