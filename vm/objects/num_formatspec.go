package objects

import (
	"minipy/lang/literal"
)

// The format-spec mini-language is implemented once, in lang/literal (shared
// with the compiler's constant folding); these are the thread-aware adapters
// that turn its errors into Python exceptions.
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]

// FormatSpec is a parsed format spec (literal.FormatSpec).
type FormatSpec = literal.FormatSpec

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

// ParseFormatSpecFor is ParseFormatSpec naming typeName in its errors.
func ParseFormatSpecFor(ts *Thread, spec string, defaultType byte, typeName string) (FormatSpec, bool) {
	defaultAlign := byte('>')
	if defaultType == 's' {
		defaultAlign = '<'
	}
	f, err := literal.ParseFormatSpec(spec, rune(defaultType), defaultAlign, typeName)
	if err != nil {
		RaiseLiteralError(ts, err)
		return f, false
	}
	return f, true
}

// UnknownFormatCode raises CPython's "Unknown format code 'x' for object of
// type 'T'" and returns nil.
func UnknownFormatCode(ts *Thread, code rune, typeName string) *Object {
	return RaiseLiteralError(ts, literal.UnknownFormatCode(code, typeName))
}

// FormatPad pads text (nchars code points long) to the spec's width with its
// fill and alignment (CPython's calc_padding + fill_padding; '=' counts as
// '<').
func FormatPad(text string, nchars int, f *FormatSpec) string { return f.Pad(text, nchars) }

// RaiseLiteralError raises the Python exception for an error returned by
// lang/literal (*literal.ValueError, *literal.OverflowError,
// *literal.MemoryError) and returns nil.
func RaiseLiteralError(ts *Thread, err error) *Object {
	switch e := err.(type) {
	case *literal.ValueError:
		return ts.Raise(ValueError, e.Msg)
	case *literal.OverflowError:
		return ts.Raise(OverflowError, e.Msg)
	case *literal.MemoryError:
		return ts.RaiseNone(MemoryError)
	}
	return ts.Raise(SystemError, err.Error())
}
