package objects

import (
	"minipy/lang/literal"
	"minipy/lang/unicodedata"
)

// The format-spec mini-language parser shared by int, float, complex and str
// __format__ (CPython's Python/formatter_unicode.c,
// parse_internal_render_format_spec), with CPython 3.11's error messages.
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]

// FormatSpec is a parsed format spec.
type FormatSpec struct {
	Fill      rune // ' ' unless given (or '0' from the 0 flag)
	Align     byte // '<', '>', '=' or '^' (the type's default when not given)
	Sign      byte // 0, '+', '-' or ' '
	NoNegZero bool // the z option
	Alt       bool // the # option
	Width     int  // -1 when not given
	Thousands byte // 0, ',' or '_'
	Precision int  // -1 when not given
	Type      rune // the presentation type (the default when not given)

	// FillGiven and AlignGiven tell whether the spec set them explicitly.
	FillGiven, AlignGiven bool
}

// ParseFormatSpec parses spec for a type whose default presentation type is
// defaultType: 's' for str (default alignment '<'), 'd' for int, 0 for float
// and complex (default alignment '>'). The type name in the "Invalid format
// specifier" message is derived from defaultType (str, int, float); use
// ParseFormatSpecFor to name another type. On error it returns false with
// CPython's ValueError set.
func ParseFormatSpec(ts *Thread, spec string, defaultType byte) (FormatSpec, bool) {
	name := "float"
	switch defaultType {
	case 's':
		name = "str"
	case 'd':
		name = "int"
	}
	return ParseFormatSpecFor(ts, spec, defaultType, name)
}

func numIsAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// ParseFormatSpecFor is ParseFormatSpec naming typeName in its errors.
func ParseFormatSpecFor(ts *Thread, spec string, defaultType byte, typeName string) (FormatSpec, bool) {
	var runes []rune
	for i := 0; i < len(spec); {
		r, n := literal.DecodeRune(spec[i:])
		runes = append(runes, r)
		i += n
	}
	defaultAlign := byte('>')
	if defaultType == 's' {
		defaultAlign = '<'
	}
	f := FormatSpec{Fill: ' ', Align: defaultAlign, Width: -1, Precision: -1, Type: rune(defaultType)}
	pos, end := 0, len(runes)
	if end-pos >= 2 && numIsAlign(runes[pos+1]) {
		f.Align = byte(runes[pos+1])
		f.Fill = runes[pos]
		f.FillGiven, f.AlignGiven = true, true
		pos += 2
	} else if end-pos >= 1 && numIsAlign(runes[pos]) {
		f.Align = byte(runes[pos])
		f.AlignGiven = true
		pos++
	}
	if end-pos >= 1 && (runes[pos] == '+' || runes[pos] == '-' || runes[pos] == ' ') {
		f.Sign = byte(runes[pos])
		pos++
	}
	if end-pos >= 1 && runes[pos] == 'z' {
		f.NoNegZero = true
		pos++
	}
	if end-pos >= 1 && runes[pos] == '#' {
		f.Alt = true
		pos++
	}
	if !f.FillGiven && end-pos >= 1 && runes[pos] == '0' {
		f.Fill = '0'
		if !f.AlignGiven && defaultAlign == '>' {
			f.Align = '='
		}
		pos++
	}
	n, consumed, ok := numGetInteger(ts, runes, &pos)
	if !ok {
		return f, false
	}
	if consumed > 0 {
		f.Width = n
	}
	if end-pos > 0 && runes[pos] == ',' {
		f.Thousands = ','
		pos++
	}
	if end-pos > 0 && runes[pos] == '_' {
		if f.Thousands != 0 {
			ts.Raise(ValueError, "Cannot specify both ',' and '_'.")
			return f, false
		}
		f.Thousands = '_'
		pos++
	}
	if end-pos > 0 && runes[pos] == ',' && f.Thousands == '_' {
		ts.Raise(ValueError, "Cannot specify both ',' and '_'.")
		return f, false
	}
	if end-pos > 0 && runes[pos] == '.' {
		pos++
		n, consumed, ok := numGetInteger(ts, runes, &pos)
		if !ok {
			return f, false
		}
		if consumed == 0 {
			ts.Raise(ValueError, "Format specifier missing precision")
			return f, false
		}
		f.Precision = n
	}
	if end-pos > 1 {
		ts.Raisef(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
		return f, false
	}
	if end-pos == 1 {
		f.Type = runes[pos]
	}
	if f.Thousands != 0 {
		switch f.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.Thousands == '_' {
				break
			}
			fallthrough
		default:
			if f.Type > 32 && f.Type < 128 {
				ts.Raisef(ValueError, "Cannot specify '%c' with '%c'.", f.Thousands, f.Type)
			} else {
				ts.Raisef(ValueError, "Cannot specify '%c' with '\\x%x'.", f.Thousands, f.Type)
			}
			return f, false
		}
	}
	return f, true
}

// numGetInteger reads a run of decimal digits (any Unicode decimal, as
// CPython's get_integer); consumed is the number read.
func numGetInteger(ts *Thread, runes []rune, pos *int) (n, consumed int, ok bool) {
	const maxInt = 1<<63 - 1
	for *pos < len(runes) {
		d, isDec := unicodedata.Decimal(runes[*pos])
		if !isDec {
			break
		}
		if n > (maxInt-d)/10 {
			ts.Raise(ValueError, "Too many decimal digits in format string")
			return 0, 0, false
		}
		n = n*10 + d
		*pos++
		consumed++
	}
	return n, consumed, true
}

// UnknownFormatCode raises CPython's "Unknown format code 'x' for object of
// type 'T'" and returns nil.
func UnknownFormatCode(ts *Thread, code rune, typeName string) *Object {
	if code <= 127 {
		return ts.Raisef(ValueError, "Unknown format code '%c' for object of type '%s'", code, typeName)
	}
	return ts.Raisef(ValueError, "Unknown format code '\\x%x' for object of type '%s'", code, typeName)
}

// FormatPad pads text (nchars code points long) to the spec's width with its
// fill and alignment (CPython's calc_padding + fill_padding; '=' counts as
// '<'). str.__format__ and complex use it.
func FormatPad(text string, nchars int, f *FormatSpec) string {
	if f.Width <= nchars {
		return text
	}
	total := f.Width
	var lpad int
	switch f.Align {
	case '>':
		lpad = total - nchars
	case '^':
		lpad = (total - nchars) / 2
	}
	rpad := total - nchars - lpad
	fill := literal.AppendRune(nil, f.Fill)
	b := make([]byte, 0, len(text)+(lpad+rpad)*len(fill))
	for i := 0; i < lpad; i++ {
		b = append(b, fill...)
	}
	b = append(b, text...)
	for i := 0; i < rpad; i++ {
		b = append(b, fill...)
	}
	return string(b)
}
