package objects

import (
	"math"
	"math/big"

	"minipy/lang/literal"
	"minipy/runtime/alloc"
)

// Float is a float object.
type Float struct {
	Object
	v float64
}

var floatClass = alloc.NewClass[Float]("float")

// FloatType is the float type.
var FloatType = &Type{Name: "float", Flags: FlagBaseType}

func init() {
	t := FloatType
	t.Dealloc = floatDealloc
	t.Repr = floatRepr
	t.Hash = func(ts *Thread, o *Object) int64 { return HashFloat64(o, FloatValue(o)) }
	t.RichCompare = floatRichCompare
	t.NumBinary[OpAdd] = floatAdd
	t.NumBinary[OpSub] = floatSub
	t.NumBinary[OpMul] = floatMul
	t.NumBinary[OpTrueDiv] = floatTrueDiv
	t.NumBinary[OpFloorDiv] = floatFloorDiv
	t.NumBinary[OpMod] = floatMod
	t.NumBinary[OpDivmod] = floatDivmod
	t.Pow = floatPow
	t.Neg = func(ts *Thread, o *Object) *Object { return NewFloat(ts, -FloatValue(o)) }
	t.Pos = floatPos
	t.Abs = func(ts *Thread, o *Object) *Object { return NewFloat(ts, math.Abs(FloatValue(o))) }
	t.Bool = func(ts *Thread, o *Object) int {
		if FloatValue(o) != 0 {
			return 1
		}
		return 0
	}
	t.Int = floatTrunc
	t.Float = floatPos
	registerStatic(t)
}

// NewFloat returns a new float with value v.
func NewFloat(ts *Thread, v float64) *Object {
	if fl := ts.free; fl != nil && fl.nfloat > 0 {
		fl.nfloat--
		p := fl.floats[fl.nfloat]
		p.hdr.Refcnt = 1
		p.v = v
		return &p.Object
	}
	return newFloatHeap(ts, v)
}

//go:noinline
func newFloatHeap(ts *Thread, v float64) *Object {
	p := newObject(ts, floatClass, FloatType)
	p.v = v
	return &p.Object
}

// AsFloat returns o as a *Float, or nil when o is not a float (or subclass).
func AsFloat(o *Object) *Float {
	if o.typ == FloatType || o.typ.IsSubtype(FloatType) {
		return (*Float)(unsafePointer(o))
	}
	return nil
}

// Value is the float's value.
func (f *Float) Value() float64 { return f.v }

// FloatValue is the value of a float object; o must be a float.
func FloatValue(o *Object) float64 { return (*Float)(unsafePointer(o)).v }

// IsFloat reports whether o is a float (or subclass).
func IsFloat(o *Object) bool { return o.typ == FloatType || o.typ.IsSubtype(FloatType) }

func floatRepr(ts *Thread, o *Object) *Object {
	return NewStr(ts, literal.FormatFloat(FloatValue(o)))
}

// floatPos is +x and float(x) of a float: x itself for an exact float.
func floatPos(ts *Thread, o *Object) *Object {
	if o.typ == FloatType {
		return NewRef(o)
	}
	return NewFloat(ts, FloatValue(o))
}

// floatOperand converts an operand of a float operator: floats and ints
// (ok=true), anything else gives notImpl. An int too large for a float
// raises OverflowError (err=true).
func floatOperand(ts *Thread, o *Object) (v float64, notImpl, err bool) {
	if o.typ == FloatType || IsFloat(o) {
		return FloatValue(o), false, false
	}
	if i := AsInt(o); i != nil {
		f, ok := intToFloat(ts, i)
		return f, false, !ok
	}
	return 0, true, false
}

// floatOperands converts both operands; r is non-nil (NotImplemented or nil
// with an exception) when the slot must return it.
func floatOperands(ts *Thread, a, b *Object) (x, y float64, done bool, r *Object) {
	x, ni, err := floatOperand(ts, a)
	if ni {
		return 0, 0, true, NotImplemented
	}
	if err {
		return 0, 0, true, nil
	}
	y, ni, err = floatOperand(ts, b)
	if ni {
		return 0, 0, true, NotImplemented
	}
	if err {
		return 0, 0, true, nil
	}
	return x, y, false, nil
}

// floatFastOp is a op b for an exact float a and an exact float or an int
// that fits in 64 bits, for + - * and / by non-zero: what binaryOp1 would
// reach through float's slots (b's type has no reflected slot that takes
// precedence), without the slot dispatch. It returns nil for anything else.
func floatFastOp(ts *Thread, a, b *Object, op NumberOp) *Object {
	x := (*Float)(unsafePointer(a)).v
	var y float64
	switch {
	case b.typ == FloatType:
		y = (*Float)(unsafePointer(b)).v
	case b.typ == IntType && (*Int)(unsafePointer(b)).big == nil:
		y = float64((*Int)(unsafePointer(b)).v) // correctly rounded, as PyLong_AsDouble
	default:
		return nil
	}
	switch op {
	case OpAdd:
		return NewFloat(ts, x+y)
	case OpSub:
		return NewFloat(ts, x-y)
	case OpMul:
		return NewFloat(ts, x*y)
	case OpTrueDiv:
		if y != 0 {
			return NewFloat(ts, x/y)
		}
	}
	return nil
}

func floatAdd(ts *Thread, a, b *Object) *Object {
	x, y, done, r := floatOperands(ts, a, b)
	if done {
		return r
	}
	return NewFloat(ts, x+y)
}

func floatSub(ts *Thread, a, b *Object) *Object {
	x, y, done, r := floatOperands(ts, a, b)
	if done {
		return r
	}
	return NewFloat(ts, x-y)
}

func floatMul(ts *Thread, a, b *Object) *Object {
	x, y, done, r := floatOperands(ts, a, b)
	if done {
		return r
	}
	return NewFloat(ts, x*y)
}

func floatTrueDiv(ts *Thread, a, b *Object) *Object {
	x, y, done, r := floatOperands(ts, a, b)
	if done {
		return r
	}
	if y == 0 {
		return ts.Raise(ZeroDivisionError, "float division by zero")
	}
	return NewFloat(ts, x/y)
}

// floatDivmodValues is CPython's _float_div_mod: floor quotient and modulo
// with the sign of the divisor, exact in the corner cases (signed zeros).
func floatDivmodValues(vx, wx float64) (floordiv, mod float64) {
	mod = math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

func floatFloorDiv(ts *Thread, a, b *Object) *Object {
	x, y, done, r := floatOperands(ts, a, b)
	if done {
		return r
	}
	if y == 0 {
		return ts.Raise(ZeroDivisionError, "float floor division by zero")
	}
	q, _ := floatDivmodValues(x, y)
	return NewFloat(ts, q)
}

func floatMod(ts *Thread, a, b *Object) *Object {
	x, y, done, r := floatOperands(ts, a, b)
	if done {
		return r
	}
	if y == 0 {
		return ts.Raise(ZeroDivisionError, "float modulo")
	}
	m := math.Mod(x, y)
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
		}
	} else {
		m = math.Copysign(0, y)
	}
	return NewFloat(ts, m)
}

func floatDivmod(ts *Thread, a, b *Object) *Object {
	x, y, done, r := floatOperands(ts, a, b)
	if done {
		return r
	}
	if y == 0 {
		return ts.Raise(ZeroDivisionError, "float divmod()")
	}
	q, m := floatDivmodValues(x, y)
	return NewTupleSteal(ts, NewFloat(ts, q), NewFloat(ts, m))
}

func floatPow(ts *Thread, a, b, c *Object) *Object {
	if c != None {
		return ts.Raise(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	x, y, done, r := floatOperands(ts, a, b)
	if done {
		return r
	}
	return floatPowValues(ts, x, y)
}

// floatIsOddInteger is CPython's DOUBLE_IS_ODD_INTEGER.
func floatIsOddInteger(x float64) bool { return math.Mod(math.Abs(x), 2.0) == 1.0 }

// floatPowValues is CPython's float_pow after conversion: the special cases
// are sorted out here rather than left to the platform pow; a negative base
// with a fractional exponent gives a complex result.
func floatPowValues(ts *Thread, iv, iw float64) *Object {
	if iw == 0 {
		return NewFloat(ts, 1.0)
	}
	if math.IsNaN(iv) {
		return NewFloat(ts, iv)
	}
	if math.IsNaN(iw) {
		if iv == 1.0 {
			return NewFloat(ts, 1.0)
		}
		return NewFloat(ts, iw)
	}
	if math.IsInf(iw, 0) {
		iv = math.Abs(iv)
		if iv == 1.0 {
			return NewFloat(ts, 1.0)
		}
		if (iw > 0) == (iv > 1.0) {
			return NewFloat(ts, math.Abs(iw))
		}
		return NewFloat(ts, 0.0)
	}
	if math.IsInf(iv, 0) {
		odd := floatIsOddInteger(iw)
		if iw > 0 {
			if odd {
				return NewFloat(ts, iv)
			}
			return NewFloat(ts, math.Abs(iv))
		}
		if odd {
			return NewFloat(ts, math.Copysign(0, iv))
		}
		return NewFloat(ts, 0.0)
	}
	if iv == 0 {
		if iw < 0 {
			return ts.Raise(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if floatIsOddInteger(iw) {
			return NewFloat(ts, iv)
		}
		return NewFloat(ts, 0.0)
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return complexPowValues(ts, complex(iv, 0), complex(iw, 0))
		}
		iv = -iv
		negate = floatIsOddInteger(iw)
	}
	if iv == 1.0 {
		if negate {
			return NewFloat(ts, -1.0)
		}
		return NewFloat(ts, 1.0)
	}
	ix := numPow(iv, iw)
	if math.IsInf(ix, 0) {
		return numRaiseERange(ts)
	}
	if negate {
		ix = -ix
	}
	return NewFloat(ts, ix)
}

// numRaiseERange raises OverflowError(34, 'Numerical result out of range'),
// what CPython's PyErr_SetFromErrno(ERANGE) gives on Linux.
func numRaiseERange(ts *Thread) *Object {
	args := NewTupleSteal(ts, NewInt(ts, 34), NewStr(ts, "Numerical result out of range"))
	if args == nil {
		return nil
	}
	exc := NewExceptionArgs(ts, OverflowError, args)
	Decref(ts, args)
	if exc != nil {
		ts.SetErrSteal(exc)
	}
	return nil
}

// floatCompareInt compares a float with an int exactly, as CPython's
// float_richcompare: -1, 0, +1, or 2 when f is a nan (unordered).
func floatCompareInt(f float64, i *Int) int {
	if math.IsNaN(f) {
		return 2
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return 1
		}
		return -1
	}
	if i.big == nil && i.v >= -1<<53 && i.v <= 1<<53 {
		g := float64(i.v)
		switch {
		case f < g:
			return -1
		case f > g:
			return 1
		}
		return 0
	}
	fl := math.Floor(f)
	fb, _ := new(big.Float).SetFloat64(fl).Int(nil)
	var tmp big.Int
	c := fb.Cmp(i.bigOf(&tmp))
	if fl == f {
		return c
	}
	// f lies strictly between floor(f) and floor(f)+1.
	if c >= 0 {
		return 1
	}
	return -1
}

func floatRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	if !IsFloat(a) {
		return NotImplemented
	}
	x := FloatValue(a)
	var c int
	switch {
	case IsFloat(b):
		y := FloatValue(b)
		switch {
		case math.IsNaN(x) || math.IsNaN(y):
			c = 2
		case x < y:
			c = -1
		case x > y:
			c = 1
		}
	case AsInt(b) != nil:
		c = floatCompareInt(x, AsInt(b))
	default:
		return NotImplemented
	}
	if c == 2 {
		return Bool(op == NE)
	}
	return Bool(compareResult(c, op))
}

// floatToInt converts a float to an int by truncation, raising CPython's
// errors for inf and nan.
func floatToInt(ts *Thread, f float64) *Object {
	if math.IsNaN(f) {
		return ts.Raise(ValueError, "cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return ts.Raise(OverflowError, "cannot convert float infinity to integer")
	}
	t := math.Trunc(f)
	if t >= -9.2e18 && t <= 9.2e18 {
		return NewInt(ts, int64(t))
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return intFromBig(ts, b)
}

func floatTrunc(ts *Thread, o *Object) *Object { return floatToInt(ts, FloatValue(o)) }
