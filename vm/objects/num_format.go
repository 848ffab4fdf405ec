package objects

import (
	"math/big"

	"minipy/lang/literal"
)

// __format__ of int, float and complex: the formatting itself is
// lang/literal's (CPython's format_long_internal, format_float_internal and
// format_complex_internal); these adapters unwrap the objects and raise its
// errors. Empty specs give str(o), which honours subclasses' __str__.

// IntFormat is format(i, spec) for an int object o.
func IntFormat(ts *Thread, o *Object, spec string) *Object {
	if spec == "" {
		return StrOf(ts, o)
	}
	var tmp big.Int
	s, err := literal.FormatIntSpec(AsInt(o).bigOf(&tmp), spec, TypeName(o), IntMaxStrDigits(ts))
	if err != nil {
		return RaiseLiteralError(ts, err)
	}
	return NewStr(ts, s)
}

// FloatFormat is format(x, spec) for a float object o.
func FloatFormat(ts *Thread, o *Object, spec string) *Object {
	if spec == "" {
		return StrOf(ts, o)
	}
	s, err := literal.FormatFloatSpec(FloatValue(o), spec, TypeName(o))
	if err != nil {
		return RaiseLiteralError(ts, err)
	}
	return NewStr(ts, s)
}

// ComplexFormat is format(z, spec) for a complex object o.
func ComplexFormat(ts *Thread, o *Object, spec string) *Object {
	if spec == "" {
		return StrOf(ts, o)
	}
	c := AsComplex(o)
	s, err := literal.FormatComplexSpec(c.re, c.im, spec, TypeName(o))
	if err != nil {
		return RaiseLiteralError(ts, err)
	}
	return NewStr(ts, s)
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
