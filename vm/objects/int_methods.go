package objects

import (
	"math/big"
	"math/bits"
)

// int's constructor, methods and attributes, and bool's.

func init() {
	t := IntType
	t.Doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4"
	t.New = intNew
	t.Methods = append(t.Methods,
		MethodDef{Name: "conjugate", Fn: intSelfMethod("int.conjugate"), Doc: "Returns self, the complex conjugate of any int."},
		MethodDef{Name: "bit_length", Fn: intBitLength, Doc: "Number of bits necessary to represent self in binary."},
		MethodDef{Name: "bit_count", Fn: intBitCount, Doc: "Number of ones in the binary representation of the absolute value of self."},
		MethodDef{Name: "as_integer_ratio", Fn: intAsIntegerRatio, Doc: "Return integer ratio."},
		MethodDef{Name: "__trunc__", Fn: intSelfMethod("int.__trunc__"), Doc: "Truncating an Integral returns itself."},
		MethodDef{Name: "__floor__", Fn: intSelfMethod("int.__floor__"), Doc: "Flooring an Integral returns itself."},
		MethodDef{Name: "__ceil__", Fn: intSelfMethod("int.__ceil__"), Doc: "Ceiling of an Integral returns itself."},
		MethodDef{Name: "__round__", Fn: intRoundMethod, Doc: "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
		MethodDef{Name: "__getnewargs__", Fn: intGetNewArgs},
		MethodDef{Name: "__format__", Fn: intFormatMethod, Doc: "Convert to a string according to format_spec."},
		MethodDef{Name: "__sizeof__", Fn: intSizeof, Doc: "Returns size in memory, in bytes."},
	)
	t.GetSets = append(t.GetSets,
		GetSetDef{Name: "real", Get: intPos, Doc: "the real part of a complex number"},
		GetSetDef{Name: "imag", Get: func(ts *Thread, o *Object) *Object { return NewInt(ts, 0) }, Doc: "the imaginary part of a complex number"},
		GetSetDef{Name: "numerator", Get: intPos, Doc: "the numerator of a rational number in lowest terms"},
		GetSetDef{Name: "denominator", Get: func(ts *Thread, o *Object) *Object { return NewInt(ts, 1) }, Doc: "the denominator of a rational number in lowest terms"},
	)

	b := BoolType
	b.Doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed."
	b.New = boolNew
	b.NumBinary[OpAnd] = boolAnd
	b.NumBinary[OpOr] = boolOr
	b.NumBinary[OpXor] = boolXor
}

// intSelfMethod is a no-argument method returning int(self).
func intSelfMethod(name string) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !CheckNoArgs(ts, name, args, kwnames) {
			return nil
		}
		return intPos(ts, self)
	}
}

func intBitLength(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "int.bit_length", args, kwnames) {
		return nil
	}
	return NewInt(ts, int64(AsInt(self).BitLen()))
}

func intBitCount(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "int.bit_count", args, kwnames) {
		return nil
	}
	i := AsInt(self)
	if i.big == nil {
		return NewInt(ts, int64(bits.OnesCount64(intAbsU(i.v))))
	}
	n := 0
	for _, w := range i.big.Bits() {
		n += bits.OnesCount(uint(w))
	}
	return NewInt(ts, int64(n))
}

func intAsIntegerRatio(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "int.as_integer_ratio", args, kwnames) {
		return nil
	}
	return NewTupleSteal(ts, intPos(ts, self), NewInt(ts, 1))
}

func intGetNewArgs(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "int.__getnewargs__", args, kwnames) {
		return nil
	}
	return NewTupleSteal(ts, intPos(ts, self))
}

func intSizeof(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "int.__sizeof__", args, kwnames) {
		return nil
	}
	// CPython's layout: a 24-byte header and 30-bit digits of 4 bytes, at
	// least one.
	return NewInt(ts, int64(24+4*max(1, (AsInt(self).BitLen()+29)/30)))
}

// intRoundMethod is int.__round__(ndigits=None): a negative ndigits rounds
// to a multiple of 10**-ndigits, ties to even.
func intRoundMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckArgs(ts, "__round__", args, kwnames, 0, 1) {
		return nil
	}
	// An explicit None is an error here (round(x, None) calls
	// __round__() without it).
	if len(args) == 0 {
		return intPos(ts, self)
	}
	nd := NumberIndex(ts, args[0])
	if nd == nil {
		return nil
	}
	defer Decref(ts, nd)
	n := AsInt(nd)
	if n.Sign() >= 0 {
		return intPos(ts, self)
	}
	x := AsInt(self)
	// 10**k > 2*|x| rounds to zero; checking it first keeps absurd ndigits
	// from building absurd powers.
	if n.big != nil || n.v < -1<<40 || float64(-n.v) > float64(x.BitLen())*0.30103+2 {
		return NewInt(ts, 0)
	}
	var tmp big.Int
	xb := x.bigOf(&tmp)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n.v), nil)
	q, r := intDivmodBig(xb, p)
	// Round q*p+r to the nearest multiple of p, ties to the even q.
	twice := new(big.Int).Lsh(r, 1)
	if c := twice.Cmp(p); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return intFromBig(ts, q.Mul(q, p))
}

// intNew is int.__new__(type, x=0, /, base=10).
func intNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	var x, obase *Object
	if !ParseArgs(ts, "int", args, kwnames, []string{"", "/", "base"}, 0, &x, &obase) {
		return nil
	}
	r := intNewExact(ts, x, obase)
	if r == nil || t == IntType {
		return r
	}
	// A subclass instance: the same layout with t as its type.
	i := AsInt(r)
	p := newObject(ts, intClass, t)
	if i.big != nil {
		p.big = new(big.Int).Set(i.big)
		ts.heap.Charge(intBigCharge(p.big))
	} else {
		p.v = i.v
	}
	Decref(ts, r)
	return &p.Object
}

func intNewExact(ts *Thread, x, obase *Object) *Object {
	if x == nil {
		if obase != nil {
			return ts.Raise(TypeError, "int() missing string argument")
		}
		return NewInt(ts, 0)
	}
	if obase == nil {
		return NumberLong(ts, x)
	}
	base, ok := IndexValue(ts, obase, nil)
	if !ok {
		return nil
	}
	if (base != 0 && base < 2) || base > 36 {
		return ts.Raise(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	if AsStr(x) != nil {
		return IntFromString(ts, StrValue(x), base)
	}
	if b, ok := numBytesOf(x); ok {
		return intFromBytesText(ts, b, base)
	}
	return ts.Raise(TypeError, "int() can't convert non-string with explicit base")
}

// NumberLong is int(o) (PyNumber_Long): __int__, then __index__, then the
// deprecated __trunc__, then strings and bytes-like objects in base 10.
func NumberLong(ts *Thread, o *Object) *Object {
	if o.typ == IntType {
		return NewRef(o)
	}
	if f := o.typ.Int; f != nil {
		r := f(ts, o)
		if r == nil || r.typ == IntType {
			return r
		}
		if AsInt(r) == nil {
			ts.Raisef(TypeError, "__int__ returned non-int (type %s)", TypeName(r))
			Decref(ts, r)
			return nil
		}
		x := intPos(ts, r)
		Decref(ts, r)
		return x
	}
	if o.typ.Index != nil {
		return NumberIndex(ts, o)
	}
	if r, found := numCallSpecial(ts, o, "__trunc__"); found {
		if r == nil || r.typ == IntType {
			return r
		}
		defer Decref(ts, r)
		if AsInt(r) != nil {
			return intPos(ts, r)
		}
		if r.typ.Index == nil {
			return ts.Raisef(TypeError, "__trunc__ returned non-Integral (type %s)", TypeName(r))
		}
		return NumberIndex(ts, r)
	}
	if AsStr(o) != nil {
		return IntFromString(ts, StrValue(o), 10)
	}
	if b, ok := numBytesOf(o); ok {
		return intFromBytesText(ts, b, 10)
	}
	return ts.Raisef(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(o))
}

// numCallSpecial looks a special method up on o's type (not the instance)
// and calls it with no arguments (_PyObject_LookupSpecial + call); found is
// false when the type has no such attribute.
func numCallSpecial(ts *Thread, o *Object, name string) (r *Object, found bool) {
	f := LookupTypeString(o.typ, name)
	if f == nil {
		return nil, false
	}
	if g := f.typ.DescrGet; g != nil {
		bound := g(ts, f, o, o.typ.TypeObject())
		if bound == nil {
			return nil, true
		}
		r = Call(ts, bound, nil, nil)
		Decref(ts, bound)
		return r, true
	}
	return Call(ts, f, nil, nil), true
}

// numBytesRepr is repr(o) for an error message ("" when repr fails).
func numBytesRepr(ts *Thread, o *Object) string {
	r := Repr(ts, o)
	if r == nil {
		ts.ClearErr()
		return ""
	}
	s := StrValue(r)
	Decref(ts, r)
	return s
}

// boolNew is bool(x=False, /).
func boolNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	if !CheckNoKw(ts, "bool", kwnames) {
		return nil
	}
	if len(args) > 1 {
		return ts.Raisef(TypeError, "bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return False
	}
	switch IsTrue(ts, args[0]) {
	case 1:
		return True
	case 0:
		return False
	}
	return nil
}

func boolBitOp(ts *Thread, a, b *Object, op NumberOp) *Object {
	if (a == True || a == False) && (b == True || b == False) {
		x, y := a == True, b == True
		switch op {
		case OpAnd:
			return Bool(x && y)
		case OpOr:
			return Bool(x || y)
		}
		return Bool(x != y)
	}
	return intBitOp(ts, a, b, op)
}

func boolAnd(ts *Thread, a, b *Object) *Object { return boolBitOp(ts, a, b, OpAnd) }
func boolOr(ts *Thread, a, b *Object) *Object  { return boolBitOp(ts, a, b, OpOr) }
func boolXor(ts *Thread, a, b *Object) *Object { return boolBitOp(ts, a, b, OpXor) }
