package objects

import (
	"minipy/lang/literal"
)

// Reading numbers from strings as int(), float() and complex() do, and
// float.fromhex/float.hex. The parsing is lang/literal's (CPython's rules
// and messages, shared with the compiler); these adapters unwrap the objects
// and raise its errors.

// ParseFloatStr is float(s) for a str s: ok is false when s is not a float
// literal (the caller raises "could not convert string to float: ...").
func ParseFloatStr(s string) (float64, bool) {
	v, err := literal.ParseFloatPython(s)
	return v, err == nil
}

// floatFromString is float(o) for a str o.
func floatFromString(ts *Thread, o *Object) *Object {
	v, err := literal.ParseFloatPython(StrValue(o))
	if err != nil {
		return RaiseLiteralError(ts, err)
	}
	return NewFloat(ts, v)
}

// IntFromString is int(s, base) for a str s: CPython's PyLong_FromUnicodeObject
// with its errors (invalid literal, digit limit for bases that are not powers
// of two).
func IntFromString(ts *Thread, s string, base int) *Object {
	if v, ok := literal.ParseSmallInt(s, base); ok {
		return NewInt(ts, v)
	}
	v, err := literal.ParseIntPython(s, base, IntMaxStrDigits(ts))
	if err != nil {
		return RaiseLiteralError(ts, err)
	}
	return intFromBig(ts, v)
}

// intFromBytes is int(b, base) for the contents b of a bytes-like object
// (ASCII only; the message shows b'...').
func intFromBytesText(ts *Thread, b []byte, base int) *Object {
	v, err := literal.ParseIntPythonBytes(b, base, IntMaxStrDigits(ts))
	if err != nil {
		return RaiseLiteralError(ts, err)
	}
	return intFromBig(ts, v)
}

// floatFromHex is float.fromhex(s).
func floatFromHex(ts *Thread, s string) *Object {
	v, err := literal.ParseFloatHex(s)
	if err != nil {
		return RaiseLiteralError(ts, err)
	}
	return NewFloat(ts, v)
}

// floatHex is float.hex(x).
func floatHex(x float64) string { return literal.FloatHex(x) }
