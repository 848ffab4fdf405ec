package objects

import (
	"math"
	"math/big"

	"minipy/lang/literal"
)

// float's constructor, methods and attributes.

func init() {
	t := FloatType
	t.Doc = "Convert a string or number to a floating point number, if possible."
	t.New = floatNew
	t.Methods = append(t.Methods,
		MethodDef{Name: "conjugate", Fn: floatSelfMethod("float.conjugate"), Doc: "Return self, the complex conjugate of any float."},
		MethodDef{Name: "__trunc__", Fn: floatIntMethod("float.__trunc__", math.Trunc), Doc: "Return the Integral closest to x between 0 and x."},
		MethodDef{Name: "__floor__", Fn: floatIntMethod("float.__floor__", math.Floor), Doc: "Return the floor as an Integral."},
		MethodDef{Name: "__ceil__", Fn: floatIntMethod("float.__ceil__", math.Ceil), Doc: "Return the ceiling as an Integral."},
		MethodDef{Name: "__round__", Fn: floatRoundMethod, Doc: "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)."},
		MethodDef{Name: "as_integer_ratio", Fn: floatAsIntegerRatio, Doc: "Return integer ratio."},
		MethodDef{Name: "fromhex", Fn: floatFromHexMethod, Flags: MethClass, Doc: "Create a floating-point number from a hexadecimal string."},
		MethodDef{Name: "hex", Fn: floatHexMethod, Doc: "Return a hexadecimal representation of a floating-point number."},
		MethodDef{Name: "is_integer", Fn: floatIsIntegerMethod, Doc: "Return True if the float is an integer."},
		MethodDef{Name: "__getnewargs__", Fn: floatGetNewArgs},
		MethodDef{Name: "__getformat__", Fn: floatGetFormat, Flags: MethClass, Doc: "You probably don't want to use this function."},
		MethodDef{Name: "__format__", Fn: floatFormatMethod, Doc: "Formats the float according to format_spec."},
	)
	t.GetSets = append(t.GetSets,
		GetSetDef{Name: "real", Get: floatPos, Doc: "the real part of a complex number"},
		GetSetDef{Name: "imag", Get: func(ts *Thread, o *Object) *Object { return NewFloat(ts, 0) }, Doc: "the imaginary part of a complex number"},
	)
}

func floatSelfMethod(name string) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !CheckNoArgs(ts, name, args, kwnames) {
			return nil
		}
		return floatPos(ts, self)
	}
}

func floatIntMethod(name string, f func(float64) float64) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !CheckNoArgs(ts, name, args, kwnames) {
			return nil
		}
		return floatToInt(ts, f(FloatValue(self)))
	}
}

func floatAsIntegerRatio(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "float.as_integer_ratio", args, kwnames) {
		return nil
	}
	x := FloatValue(self)
	if math.IsInf(x, 0) {
		return ts.Raise(OverflowError, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(x) {
		return ts.Raise(ValueError, "cannot convert NaN to integer ratio")
	}
	r, _ := new(big.Float).SetFloat64(x).Rat(nil)
	return NewTupleSteal(ts, intFromBig(ts, new(big.Int).Set(r.Num())), intFromBig(ts, new(big.Int).Set(r.Denom())))
}

func floatFromHexMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckOneArg(ts, "float.fromhex", args, kwnames) {
		return nil
	}
	if AsStr(args[0]) == nil {
		// CPython's float.fromhex reads the string with
		// PyUnicode_AsUTF8AndSize, whose message this is.
		return ts.Raise(TypeError, "bad argument type for built-in operation")
	}
	r := floatFromHex(ts, StrValue(args[0]))
	if r == nil {
		return nil
	}
	if t := AsType(self); t != nil && t != FloatType {
		// float.fromhex on a subclass calls the subclass with the value.
		res := Call(ts, self, []*Object{r}, nil)
		Decref(ts, r)
		return res
	}
	return r
}

func floatHexMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "float.hex", args, kwnames) {
		return nil
	}
	return NewStr(ts, floatHex(FloatValue(self)))
}

func floatIsIntegerMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "float.is_integer", args, kwnames) {
		return nil
	}
	x := FloatValue(self)
	return Bool(!math.IsInf(x, 0) && x == math.Floor(x))
}

func floatGetNewArgs(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "float.__getnewargs__", args, kwnames) {
		return nil
	}
	return NewTupleSteal(ts, NewFloat(ts, FloatValue(self)))
}

func floatGetFormat(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckOneArg(ts, "float.__getformat__", args, kwnames) {
		return nil
	}
	if AsStr(args[0]) == nil {
		return ts.Raisef(TypeError, "__getformat__() argument must be str, not %s", strClinicTypeName(args[0]))
	}
	switch StrValue(args[0]) {
	case "double", "float":
		return NewStr(ts, "IEEE, little-endian")
	}
	return ts.Raise(ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
}

// floatRoundMethod is float.__round__(ndigits=None).
func floatRoundMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckArgs(ts, "__round__", args, kwnames, 0, 1) {
		return nil
	}
	x := FloatValue(self)
	if len(args) == 0 || args[0] == None {
		return floatToInt(ts, math.RoundToEven(x))
	}
	nd, ok := IndexValue(ts, args[0], nil)
	if !ok {
		return nil
	}
	r, ok := FloatRound(ts, x, nd)
	if !ok {
		return nil
	}
	return NewFloat(ts, r)
}

// FloatRound is round(x, ndigits) for a float (literal.RoundFloat: the
// exact value correctly rounded, ties to even, as CPython's double_round).
func FloatRound(ts *Thread, x float64, ndigits int) (float64, bool) {
	r, err := literal.RoundFloat(x, ndigits)
	if err != nil {
		RaiseLiteralError(ts, err)
		return 0, false
	}
	return r, true
}

// floatNew is float.__new__(type, x=0.0, /).
func floatNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	if !CheckArgs(ts, "float", args, kwnames, 0, 1) {
		return nil
	}
	var r *Object
	if len(args) == 0 {
		r = NewFloat(ts, 0)
	} else {
		r = NumberFloat(ts, args[0])
	}
	if r == nil || t == FloatType {
		return r
	}
	p := newObject(ts, floatClass, t)
	p.v = FloatValue(r)
	Decref(ts, r)
	return &p.Object
}

// NumberFloat is float(o) (PyNumber_Float): __float__, then __index__, then
// strings and bytes-like objects.
func NumberFloat(ts *Thread, o *Object) *Object {
	if o.typ == FloatType {
		return NewRef(o)
	}
	if f := o.typ.Float; f != nil {
		r := f(ts, o)
		if r == nil || r.typ == FloatType {
			return r
		}
		if !IsFloat(r) {
			ts.Raisef(TypeError, "%s.__float__ returned non-float (type %s)", TypeName(o), TypeName(r))
			Decref(ts, r)
			return nil
		}
		x := NewFloat(ts, FloatValue(r))
		Decref(ts, r)
		return x
	}
	if o.typ.Index != nil {
		i := NumberIndex(ts, o)
		if i == nil {
			return nil
		}
		defer Decref(ts, i)
		return intFloat(ts, i)
	}
	if AsStr(o) != nil {
		return floatFromString(ts, o)
	}
	if b, ok := numBytesOf(o); ok {
		v, err := literal.ParseFloatPythonBytes(b)
		if err != nil {
			// CPython's message shows the object's repr (bytearray(...)).
			return ts.Raisef(ValueError, "could not convert string to float: %s", numBytesRepr(ts, o))
		}
		return NewFloat(ts, v)
	}
	return ts.Raisef(TypeError, "float() argument must be a string or a real number, not '%s'", TypeName(o))
}

// FloatAsDouble is PyFloat_AsDouble: the value of a float, or of any object
// with __float__ or __index__.
func FloatAsDouble(ts *Thread, o *Object) (float64, bool) {
	if IsFloat(o) {
		return FloatValue(o), true
	}
	if i := AsInt(o); i != nil {
		return intToFloat(ts, i)
	}
	if o.typ.Float == nil && o.typ.Index == nil {
		ts.Raisef(TypeError, "must be real number, not %s", TypeName(o))
		return -1, false
	}
	r := NumberFloat(ts, o)
	if r == nil {
		return -1, false
	}
	v := FloatValue(r)
	Decref(ts, r)
	return v, true
}
