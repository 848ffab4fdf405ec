package objects

import (
	"math"
	"math/big"
	"math/bits"
)

// The number slots of int. Each binary slot returns NotImplemented unless
// both operands are ints (bools and subclasses included); results are always
// exact ints. Values that fit in int64 take a fast path with explicit
// overflow checks; everything else goes through math/big.

// intMaxBits bounds the size of results we agree to build (about 128 MiB of
// digits): beyond it CPython would run out of memory, we say so at once.
const intMaxBits = 1 << 30

func init() {
	t := IntType
	t.NumBinary[OpAdd] = intAdd
	t.NumBinary[OpSub] = intSub
	t.NumBinary[OpMul] = intMul
	t.NumBinary[OpTrueDiv] = intTrueDiv
	t.NumBinary[OpFloorDiv] = intFloorDiv
	t.NumBinary[OpMod] = intMod
	t.NumBinary[OpDivmod] = intDivmod
	t.NumBinary[OpLShift] = intLShift
	t.NumBinary[OpRShift] = intRShift
	t.NumBinary[OpAnd] = intAnd
	t.NumBinary[OpOr] = intOr
	t.NumBinary[OpXor] = intXor
	t.Pow = intPow
	t.Neg = intNeg
	t.Pos = intPos
	t.Abs = intAbs
	t.Invert = intInvert
	t.Bool = intBool
	t.Int = intPos
	t.Index = intPos
	t.Float = intFloat
	t.RichCompare = intRichCompare
	t.Hash = intHash
}

func intOperands(a, b *Object) (*Int, *Int) {
	x, y := AsInt(a), AsInt(b)
	if x == nil || y == nil {
		return nil, nil
	}
	return x, y
}

// intFromBig makes an int from a freshly computed big.Int (kept).
func intFromBig(ts *Thread, b *big.Int) *Object { return newIntBigSteal(ts, b) }

func intAdd(ts *Thread, a, b *Object) *Object {
	x, y := intOperands(a, b)
	if x == nil {
		return NotImplemented
	}
	if x.big == nil && y.big == nil {
		s := x.v + y.v
		if (s^x.v)&(s^y.v) >= 0 {
			return NewInt(ts, s)
		}
	}
	var t1, t2 big.Int
	return intFromBig(ts, new(big.Int).Add(x.bigOf(&t1), y.bigOf(&t2)))
}

func intSub(ts *Thread, a, b *Object) *Object {
	x, y := intOperands(a, b)
	if x == nil {
		return NotImplemented
	}
	if x.big == nil && y.big == nil {
		s := x.v - y.v
		if (x.v^y.v)&(s^x.v) >= 0 {
			return NewInt(ts, s)
		}
	}
	var t1, t2 big.Int
	return intFromBig(ts, new(big.Int).Sub(x.bigOf(&t1), y.bigOf(&t2)))
}

// intMul64 multiplies with an overflow check.
func intMul64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	neg := (a < 0) != (b < 0)
	ua, ub := intAbsU(a), intAbsU(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return int64(-lo), true
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

func intAbsU(a int64) uint64 {
	if a < 0 {
		return uint64(-a) // also right for MinInt64: -MinInt64 wraps to 1<<63
	}
	return uint64(a)
}

func intMul(ts *Thread, a, b *Object) *Object {
	x, y := intOperands(a, b)
	if x == nil {
		return NotImplemented
	}
	if x.big == nil && y.big == nil {
		if p, ok := intMul64(x.v, y.v); ok {
			return NewInt(ts, p)
		}
	}
	if x.BitLen()+y.BitLen() > intMaxBits {
		return ts.RaiseNone(MemoryError)
	}
	if !ts.PayloadFits(int64(x.BitLen()+y.BitLen()) / 8) { // the memory limit
		return nil
	}
	var t1, t2 big.Int
	return intFromBig(ts, new(big.Int).Mul(x.bigOf(&t1), y.bigOf(&t2)))
}

// intDivmodBig computes floor division and modulo (sign of the divisor).
func intDivmodBig(x, y *big.Int) (q, r *big.Int) {
	q, r = new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && r.Sign() != y.Sign() {
		q.Sub(q, big.NewInt(1))
		r.Add(r, y)
	}
	return q, r
}

// intDivmod64 is floor division and modulo; ok is false on overflow
// (MinInt64 // -1).
func intDivmod64(a, b int64) (q, r int64, ok bool) {
	if b == -1 {
		if a == math.MinInt64 {
			return 0, 0, false
		}
		return -a, 0, true
	}
	q, r = a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r, true
}

func intDivOperands(ts *Thread, a, b *Object, msg string) (x, y *Int, r *Object) {
	x, y = intOperands(a, b)
	if x == nil {
		return nil, nil, NotImplemented
	}
	if y.big == nil && y.v == 0 {
		return nil, nil, ts.Raise(ZeroDivisionError, msg)
	}
	return x, y, nil
}

func intFloorDiv(ts *Thread, a, b *Object) *Object {
	x, y, r := intDivOperands(ts, a, b, "integer division or modulo by zero")
	if x == nil {
		return r
	}
	if x.big == nil && y.big == nil {
		if q, _, ok := intDivmod64(x.v, y.v); ok {
			return NewInt(ts, q)
		}
	}
	var t1, t2 big.Int
	q, _ := intDivmodBig(x.bigOf(&t1), y.bigOf(&t2))
	return intFromBig(ts, q)
}

func intMod(ts *Thread, a, b *Object) *Object {
	x, y, r := intDivOperands(ts, a, b, "integer modulo by zero")
	if x == nil {
		return r
	}
	if x.big == nil && y.big == nil {
		if _, m, ok := intDivmod64(x.v, y.v); ok {
			return NewInt(ts, m)
		}
	}
	var t1, t2 big.Int
	_, m := intDivmodBig(x.bigOf(&t1), y.bigOf(&t2))
	return intFromBig(ts, m)
}

func intDivmod(ts *Thread, a, b *Object) *Object {
	x, y, r := intDivOperands(ts, a, b, "integer division or modulo by zero")
	if x == nil {
		return r
	}
	var qo, mo *Object
	if x.big == nil && y.big == nil {
		if q, m, ok := intDivmod64(x.v, y.v); ok {
			qo, mo = NewInt(ts, q), NewInt(ts, m)
		}
	}
	if qo == nil {
		var t1, t2 big.Int
		q, m := intDivmodBig(x.bigOf(&t1), y.bigOf(&t2))
		qo, mo = intFromBig(ts, q), intFromBig(ts, m)
	}
	return NewTupleSteal(ts, qo, mo)
}

// intToFloat converts an int to the nearest float (ties to even), or raises
// OverflowError as CPython's PyLong_AsDouble.
func intToFloat(ts *Thread, i *Int) (float64, bool) {
	if i.big == nil {
		return float64(i.v), true
	}
	f, _ := new(big.Float).SetInt(i.big).Float64()
	if math.IsInf(f, 0) {
		ts.Raise(OverflowError, "int too large to convert to float")
		return 0, false
	}
	return f, true
}

// IntToFloat64 is PyLong_AsDouble: o must be an int.
func IntToFloat64(ts *Thread, o *Object) (float64, bool) { return intToFloat(ts, AsInt(o)) }

func intTrueDiv(ts *Thread, a, b *Object) *Object {
	x, y, r := intDivOperands(ts, a, b, "division by zero")
	if x == nil {
		return r
	}
	const exact = 1 << 53
	if x.big == nil && y.big == nil && x.v >= -exact && x.v <= exact && y.v >= -exact && y.v <= exact {
		return NewFloat(ts, float64(x.v)/float64(y.v))
	}
	var t1, t2 big.Int
	f, _ := new(big.Rat).SetFrac(x.bigOf(&t1), y.bigOf(&t2)).Float64()
	if math.IsInf(f, 0) {
		return ts.Raise(OverflowError, "integer division result too large for a float")
	}
	if f == 0 && (x.Sign() < 0) != (y.Sign() < 0) {
		f = math.Copysign(0, -1) // CPython: the sign of a zero quotient is the sign of a/b
	}
	return NewFloat(ts, f)
}

func intPow(ts *Thread, a, b, c *Object) *Object {
	x, y := intOperands(a, b)
	if x == nil {
		return NotImplemented
	}
	if c != None {
		m := AsInt(c)
		if m == nil {
			return NotImplemented
		}
		return intPowMod(ts, x, y, m)
	}
	if y.Sign() < 0 {
		fx, ok := intToFloat(ts, x)
		if !ok {
			return nil
		}
		fy, ok := intToFloat(ts, y)
		if !ok {
			return nil
		}
		return floatPowValues(ts, fx, fy)
	}
	if x.big == nil && y.big == nil {
		if p, ok := intPow64(x.v, y.v); ok {
			return NewInt(ts, p)
		}
		switch x.v {
		case 0, 1:
			return NewInt(ts, x.v)
		case -1:
			return NewInt(ts, 1-2*(y.v&1))
		}
	}
	if y.big != nil || float64(x.BitLen())*float64(y.v) > intMaxBits {
		if x.big == nil && x.v >= -1 && x.v <= 1 {
			if x.v == -1 && y.big.Bit(0) == 0 {
				return NewInt(ts, 1)
			}
			return NewInt(ts, x.v)
		}
		return ts.RaiseNone(MemoryError)
	}
	if !ts.PayloadFits(int64(float64(x.BitLen())*float64(y.v)) / 8) { // the memory limit
		return nil
	}
	var t1 big.Int
	return intFromBig(ts, new(big.Int).Exp(x.bigOf(&t1), big.NewInt(y.v), nil))
}

// intPow64 is a**b for b >= 0 by repeated squaring; false on overflow.
func intPow64(a, b int64) (int64, bool) {
	r := int64(1)
	for b > 0 {
		if b&1 != 0 {
			var ok bool
			if r, ok = intMul64(r, a); !ok {
				return 0, false
			}
		}
		b >>= 1
		if b > 0 {
			var ok bool
			if a, ok = intMul64(a, a); !ok {
				return 0, false
			}
		}
	}
	return r, true
}

// intPowMod is pow(x, y, m) as CPython 3.8+: a negative exponent uses the
// modular inverse; the result takes the sign of m.
func intPowMod(ts *Thread, x, y, m *Int) *Object {
	if m.Sign() == 0 {
		return ts.Raise(ValueError, "pow() 3rd argument cannot be 0")
	}
	var t1, t2, t3 big.Int
	mb := new(big.Int).Abs(m.bigOf(&t3))
	if mb.IsInt64() && mb.Int64() == 1 {
		return NewInt(ts, 0)
	}
	base := new(big.Int).Mod(x.bigOf(&t1), mb)
	exp := y.bigOf(&t2)
	if exp.Sign() < 0 {
		if base.ModInverse(base, mb) == nil {
			return ts.Raise(ValueError, "base is not invertible for the given modulus")
		}
		exp = new(big.Int).Neg(exp)
	}
	r := new(big.Int).Exp(base, exp, mb)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Sub(r, mb)
	}
	return intFromBig(ts, r)
}

// intShiftCount reads a shift count: false with ValueError when negative;
// big counts are reported with ok and big=true.
func intShiftCount(ts *Thread, y *Int) (n int64, huge bool, ok bool) {
	if y.Sign() < 0 {
		ts.Raise(ValueError, "negative shift count")
		return 0, false, false
	}
	if y.big != nil {
		return 0, true, true
	}
	return y.v, false, true
}

func intLShift(ts *Thread, a, b *Object) *Object {
	x, y := intOperands(a, b)
	if x == nil {
		return NotImplemented
	}
	n, huge, ok := intShiftCount(ts, y)
	if !ok {
		return nil
	}
	if x.Sign() == 0 {
		return NewInt(ts, 0)
	}
	if huge {
		return ts.Raise(OverflowError, "too many digits in integer")
	}
	if x.big == nil && n < 63 {
		r := x.v << uint(n)
		if r>>uint(n) == x.v {
			return NewInt(ts, r)
		}
	}
	if int64(x.BitLen())+n > intMaxBits {
		return ts.RaiseNone(MemoryError)
	}
	if !ts.PayloadFits((int64(x.BitLen()) + n) / 8) { // the memory limit
		return nil
	}
	var t1 big.Int
	return intFromBig(ts, new(big.Int).Lsh(x.bigOf(&t1), uint(n)))
}

func intRShift(ts *Thread, a, b *Object) *Object {
	x, y := intOperands(a, b)
	if x == nil {
		return NotImplemented
	}
	n, huge, ok := intShiftCount(ts, y)
	if !ok {
		return nil
	}
	if huge || n >= int64(x.BitLen())+1 {
		if x.Sign() < 0 {
			return NewInt(ts, -1)
		}
		return NewInt(ts, 0)
	}
	if x.big == nil {
		if n >= 63 {
			n = 63
		}
		return NewInt(ts, x.v>>uint(n))
	}
	// big.Int.Rsh on negative values rounds toward -inf, as Python does.
	return intFromBig(ts, new(big.Int).Rsh(x.big, uint(n)))
}

func intBitOp(ts *Thread, a, b *Object, op NumberOp) *Object {
	x, y := intOperands(a, b)
	if x == nil {
		return NotImplemented
	}
	if x.big == nil && y.big == nil {
		var r int64
		switch op {
		case OpAnd:
			r = x.v & y.v
		case OpOr:
			r = x.v | y.v
		default:
			r = x.v ^ y.v
		}
		return NewInt(ts, r)
	}
	var t1, t2 big.Int
	xb, yb := x.bigOf(&t1), y.bigOf(&t2)
	r := new(big.Int)
	switch op {
	case OpAnd:
		r.And(xb, yb)
	case OpOr:
		r.Or(xb, yb)
	default:
		r.Xor(xb, yb)
	}
	return intFromBig(ts, r)
}

func intAnd(ts *Thread, a, b *Object) *Object { return intBitOp(ts, a, b, OpAnd) }
func intOr(ts *Thread, a, b *Object) *Object  { return intBitOp(ts, a, b, OpOr) }
func intXor(ts *Thread, a, b *Object) *Object { return intBitOp(ts, a, b, OpXor) }

func intNeg(ts *Thread, a *Object) *Object {
	x := AsInt(a)
	if x.big == nil && x.v != math.MinInt64 {
		return NewInt(ts, -x.v)
	}
	var t1 big.Int
	return intFromBig(ts, new(big.Int).Neg(x.bigOf(&t1)))
}

// intPos is +x, int(x) and x.__index__(): x itself for an exact int, an
// exact int copy for bools and subclasses.
func intPos(ts *Thread, a *Object) *Object {
	if a.typ == IntType {
		return NewRef(a)
	}
	x := AsInt(a)
	if x.big == nil {
		return NewInt(ts, x.v)
	}
	return NewIntBig(ts, x.big)
}

func intAbs(ts *Thread, a *Object) *Object {
	if AsInt(a).Sign() < 0 {
		return intNeg(ts, a)
	}
	return intPos(ts, a)
}

func intInvert(ts *Thread, a *Object) *Object {
	x := AsInt(a)
	if x.big == nil {
		return NewInt(ts, ^x.v)
	}
	return intFromBig(ts, new(big.Int).Not(x.big))
}

func intBool(ts *Thread, a *Object) int {
	if AsInt(a).Sign() != 0 {
		return 1
	}
	return 0
}

func intFloat(ts *Thread, a *Object) *Object {
	f, ok := intToFloat(ts, AsInt(a))
	if !ok {
		return nil
	}
	return NewFloat(ts, f)
}

// intCompare is -1, 0 or +1.
func intCompare(x, y *Int) int {
	if x.big == nil && y.big == nil {
		switch {
		case x.v < y.v:
			return -1
		case x.v > y.v:
			return 1
		}
		return 0
	}
	var t1, t2 big.Int
	return x.bigOf(&t1).Cmp(y.bigOf(&t2))
}

// compareResult turns a three-way comparison into the answer to op.
func compareResult(c int, op CompareOp) bool {
	switch op {
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case GT:
		return c > 0
	}
	return c >= 0
}

func intRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	x, y := intOperands(a, b)
	if x == nil {
		return NotImplemented
	}
	return Bool(compareResult(intCompare(x, y), op))
}
