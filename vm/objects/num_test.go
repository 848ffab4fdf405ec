package objects

import (
	"encoding/hex"
	"math"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"

	"minipy/runtime/alloc"
)

// Edge cases of int, float, complex and bool, each checked against what
// python3 (CPython 3.11) computes for the same expression, run live.

// numH builds operands for one case; it owns every object it returns and
// releases them at the end of the case. A nil operand (an exception is
// pending) makes every later operation return nil.
type numH struct {
	ts   *Thread
	objs []*Object
}

func (h *numH) own(o *Object) *Object {
	if o != nil {
		h.objs = append(h.objs, o)
	}
	return o
}

func (h *numH) release() {
	for _, o := range h.objs {
		Decref(h.ts, o)
	}
	h.objs = nil
}

func anyNil(os ...*Object) bool {
	for _, o := range os {
		if o == nil {
			return true
		}
	}
	return false
}

func (h *numH) I(v int64) *Object { return h.own(NewInt(h.ts, v)) }
func (h *numH) Big(s string) *Object {
	b, ok := new(big.Int).SetString(s, 0)
	if !ok {
		panic(s)
	}
	return h.own(NewIntBig(h.ts, b))
}
func (h *numH) F(v float64) *Object      { return h.own(NewFloat(h.ts, v)) }
func (h *numH) C(re, im float64) *Object { return h.own(NewComplex(h.ts, re, im)) }
func (h *numH) S(s string) *Object       { return h.own(NewStr(h.ts, s)) }
func (h *numH) Bin(op NumberOp, a, b *Object) *Object {
	if anyNil(a, b) {
		return nil
	}
	return h.own(BinaryOp(h.ts, a, b, op))
}
func (h *numH) Cmp(op CompareOp, a, b *Object) *Object {
	if anyNil(a, b) {
		return nil
	}
	return h.own(RichCompare(h.ts, a, b, op))
}
func (h *numH) Pow(a, b, c *Object) *Object {
	if anyNil(a, b, c) {
		return nil
	}
	return h.own(Power(h.ts, a, b, c))
}
func (h *numH) Call(o *Object, name string, args ...*Object) *Object {
	if anyNil(o) || anyNil(args...) {
		return nil
	}
	return h.own(numTestCall(h.ts, o, name, args...))
}
func (h *numH) Hash(o *Object) *Object {
	if o == nil {
		return nil
	}
	v := Hash(h.ts, o)
	if v == -1 && h.ts.Occurred() {
		return nil
	}
	return h.I(v)
}
func (h *numH) Repr(o *Object) *Object {
	if o == nil {
		return nil
	}
	return h.own(Repr(h.ts, o))
}
func (h *numH) Str(o *Object) *Object {
	if o == nil {
		return nil
	}
	return h.own(StrOf(h.ts, o))
}
func (h *numH) New(t *Type, args ...*Object) *Object {
	if anyNil(args...) {
		return nil
	}
	return h.own(t.New(h.ts, t, args, nil))
}
func (h *numH) Unary(f func(*Thread, *Object) *Object, o *Object) *Object {
	if o == nil {
		return nil
	}
	return h.own(f(h.ts, o))
}
func (h *numH) Fmt(o *Object, spec string) *Object { return h.Call(o, "__format__", h.S(spec)) }
func (h *numH) Bool(o *Object) *Object {
	if o == nil {
		return nil
	}
	switch IsTrue(h.ts, o) {
	case 1:
		return True
	case 0:
		return False
	}
	return nil
}

type numCase struct {
	py  string
	run func(h *numH) *Object
}

var nan = math.NaN()
var inf = math.Inf(1)

var numCases = []numCase{
	// Hashes.
	{"hash(-1)", func(h *numH) *Object { return h.Hash(h.I(-1)) }},
	{"hash(-2)", func(h *numH) *Object { return h.Hash(h.I(-2)) }},
	{"hash(2**61)", func(h *numH) *Object { return h.Hash(h.Big("0x2000000000000000")) }},
	{"hash(2**61-1)", func(h *numH) *Object { return h.Hash(h.Big("0x1fffffffffffffff")) }},
	{"hash(-2**61)", func(h *numH) *Object { return h.Hash(h.Big("-0x2000000000000000")) }},
	{"hash(2**64)", func(h *numH) *Object { return h.Hash(h.Big("0x10000000000000000")) }},
	{"hash(-2**100)", func(h *numH) *Object { return h.Hash(h.Big("-0x10000000000000000000000000")) }},
	{"hash(-2**63)", func(h *numH) *Object { return h.Hash(h.I(math.MinInt64)) }},
	{"hash(1.5)", func(h *numH) *Object { return h.Hash(h.F(1.5)) }},
	{"hash(-1.0)", func(h *numH) *Object { return h.Hash(h.F(-1)) }},
	{"hash(-0.0)", func(h *numH) *Object { return h.Hash(h.F(math.Copysign(0, -1))) }},
	{"hash(float('inf'))", func(h *numH) *Object { return h.Hash(h.F(inf)) }},
	{"hash(float('-inf'))", func(h *numH) *Object { return h.Hash(h.F(-inf)) }},
	{"hash(1e300)", func(h *numH) *Object { return h.Hash(h.F(1e300)) }},
	{"hash(5e-324)", func(h *numH) *Object { return h.Hash(h.F(5e-324)) }},
	{"hash(2.0**61)", func(h *numH) *Object { return h.Hash(h.F(math.Ldexp(1, 61))) }},
	{"hash(True)", func(h *numH) *Object { return h.Hash(True) }},
	{"hash(complex(1.5, -2))", func(h *numH) *Object { return h.Hash(h.C(1.5, -2)) }},
	{"hash(complex(0, -1))", func(h *numH) *Object { return h.Hash(h.C(0, -1)) }},
	{"hash(1j) == hash(complex(0.0, 1.0))", func(h *numH) *Object {
		return h.Cmp(EQ, h.Hash(h.C(0, 1)), h.Hash(h.C(0, 1)))
	}},

	// repr and str.
	{"repr(-0.0)", func(h *numH) *Object { return h.Repr(h.F(math.Copysign(0, -1))) }},
	{"repr(1e16)", func(h *numH) *Object { return h.Repr(h.F(1e16)) }},
	{"repr(1e-5)", func(h *numH) *Object { return h.Repr(h.F(1e-5)) }},
	{"repr(0.1+0.2)", func(h *numH) *Object { x := 0.1; return h.Repr(h.F(x + 0.2)) }},
	{"str(2**64)", func(h *numH) *Object { return h.Str(h.Big("0x10000000000000000")) }},
	{"repr(-2**63)", func(h *numH) *Object { return h.Repr(h.I(math.MinInt64)) }},
	{"repr(True)", func(h *numH) *Object { return h.Repr(True) }},
	{"str(False)", func(h *numH) *Object { return h.Str(False) }},
	{"repr(10**4299)[:5]", func(h *numH) *Object {
		r := h.Repr(h.Bin(OpMul, h.Pow(h.I(10), h.I(4298), None), h.I(10)))
		if r == nil {
			return nil
		}
		return h.S(StrValue(r)[:5])
	}},
	{"repr(10**4300)", func(h *numH) *Object { return h.Repr(h.Pow(h.I(10), h.I(4300), None)) }},
	{"repr(-10**4300)", func(h *numH) *Object { return h.Repr(h.Unary(Negative, h.Pow(h.I(10), h.I(4300), None))) }},
	{"hex(-10**5000)[:8]", func(h *numH) *Object {
		p := h.Pow(h.I(10), h.I(5000), None)
		if p == nil {
			return nil
		}
		return h.S(("-" + IntToBase(AsInt(p), 16))[:8])
	}},
	{"repr(complex(0.0, -0.0))", func(h *numH) *Object { return h.Repr(h.C(0, math.Copysign(0, -1))) }},
	{"repr(complex(-0.0, 1))", func(h *numH) *Object { return h.Repr(h.C(math.Copysign(0, -1), 1)) }},
	{"repr(complex(float('nan'), float('inf')))", func(h *numH) *Object { return h.Repr(h.C(nan, inf)) }},

	// round.
	{"round(2.5)", func(h *numH) *Object { return h.Call(h.F(2.5), "__round__") }},
	{"round(3.5)", func(h *numH) *Object { return h.Call(h.F(3.5), "__round__") }},
	{"round(-0.5)", func(h *numH) *Object { return h.Call(h.F(-0.5), "__round__") }},
	{"round(0.125, 2)", func(h *numH) *Object { return h.Call(h.F(0.125), "__round__", h.I(2)) }},
	{"round(0.375, 2)", func(h *numH) *Object { return h.Call(h.F(0.375), "__round__", h.I(2)) }},
	{"round(2.675, 2)", func(h *numH) *Object { return h.Call(h.F(2.675), "__round__", h.I(2)) }},
	{"round(-0.4, 0)", func(h *numH) *Object { return h.Call(h.F(-0.4), "__round__", h.I(0)) }},
	{"round(1234.5, -1)", func(h *numH) *Object { return h.Call(h.F(1234.5), "__round__", h.I(-1)) }},
	{"round(1.5e308, -308)", func(h *numH) *Object { return h.Call(h.F(1.5e308), "__round__", h.I(-308)) }},
	{"round(1e300, 2)", func(h *numH) *Object { return h.Call(h.F(1e300), "__round__", h.I(2)) }},
	{"round(float('inf'))", func(h *numH) *Object { return h.Call(h.F(inf), "__round__") }},
	{"round(float('nan'))", func(h *numH) *Object { return h.Call(h.F(nan), "__round__") }},
	{"round(float('nan'), 2)", func(h *numH) *Object { return h.Call(h.F(nan), "__round__", h.I(2)) }},
	{"round(15, -1)", func(h *numH) *Object { return h.Call(h.I(15), "__round__", h.I(-1)) }},
	{"round(25, -1)", func(h *numH) *Object { return h.Call(h.I(25), "__round__", h.I(-1)) }},
	{"round(-25, -1)", func(h *numH) *Object { return h.Call(h.I(-25), "__round__", h.I(-1)) }},
	{"round(5, -1000)", func(h *numH) *Object { return h.Call(h.I(5), "__round__", h.I(-1000)) }},
	{"round(7, 2)", func(h *numH) *Object { return h.Call(h.I(7), "__round__", h.I(2)) }},
	{"round(1.5, 1.5)", func(h *numH) *Object { return h.Call(h.F(1.5), "__round__", h.F(1.5)) }},

	// nan and infinities in comparisons.
	{"float('nan') == float('nan')", func(h *numH) *Object { return h.Cmp(EQ, h.F(nan), h.F(nan)) }},
	{"float('nan') != float('nan')", func(h *numH) *Object { return h.Cmp(NE, h.F(nan), h.F(nan)) }},
	{"float('nan') < 1", func(h *numH) *Object { return h.Cmp(LT, h.F(nan), h.I(1)) }},
	{"1 >= float('nan')", func(h *numH) *Object { return h.Cmp(GE, h.I(1), h.F(nan)) }},
	{"10**400 != float('nan')", func(h *numH) *Object { return h.Cmp(NE, h.Pow(h.I(10), h.I(400), None), h.F(nan)) }},
	{"2**1024 < float('inf')", func(h *numH) *Object { return h.Cmp(LT, h.Pow(h.I(2), h.I(1024), None), h.F(inf)) }},
	{"-2**1024 > float('-inf')", func(h *numH) *Object {
		return h.Cmp(GT, h.Unary(Negative, h.Pow(h.I(2), h.I(1024), None)), h.F(-inf))
	}},
	{"2**1024 > 1.7976931348623157e308", func(h *numH) *Object {
		return h.Cmp(GT, h.Pow(h.I(2), h.I(1024), None), h.F(math.MaxFloat64))
	}},
	{"2**53+1 == 2.0**53", func(h *numH) *Object { return h.Cmp(EQ, h.I(1<<53+1), h.F(1<<53)) }},
	{"2**53+1 > 2.0**53", func(h *numH) *Object { return h.Cmp(GT, h.I(1<<53+1), h.F(1<<53)) }},
	{"2**63 == 9.223372036854776e18", func(h *numH) *Object { return h.Cmp(EQ, h.Big("0x8000000000000000"), h.F(9.223372036854776e18)) }},
	{"2**63-1 < 9.223372036854776e18", func(h *numH) *Object { return h.Cmp(LT, h.I(math.MaxInt64), h.F(9.223372036854776e18)) }},
	{"10**30 + 1 > 1e30", func(h *numH) *Object {
		return h.Cmp(GT, h.Bin(OpAdd, h.Pow(h.I(10), h.I(30), None), h.I(1)), h.F(1e30))
	}},
	{"-(10**30) < -1e30 + 0.0", func(h *numH) *Object { return h.Cmp(LT, h.Unary(Negative, h.Pow(h.I(10), h.I(30), None)), h.F(-1e30)) }},
	{"1e30 == 10**30", func(h *numH) *Object { return h.Cmp(EQ, h.F(1e30), h.Pow(h.I(10), h.I(30), None)) }},
	{"0.5 < 1", func(h *numH) *Object { return h.Cmp(LT, h.F(0.5), h.I(1)) }},
	{"-0.5 > -1", func(h *numH) *Object { return h.Cmp(GT, h.F(-0.5), h.I(-1)) }},
	{"1j == 1j", func(h *numH) *Object { return h.Cmp(EQ, h.C(0, 1), h.C(0, 1)) }},
	{"complex(2**53) == 2**53+1", func(h *numH) *Object { return h.Cmp(EQ, h.C(1<<53, 0), h.I(1<<53+1)) }},
	{"1j < 2j", func(h *numH) *Object { return h.Cmp(LT, h.C(0, 1), h.C(0, 2)) }},

	// int <-> float conversions.
	{"float(2**1024)", func(h *numH) *Object { return h.Unary(NumberFloat, h.Pow(h.I(2), h.I(1024), None)) }},
	{"float(2**1024 - 2**970)", func(h *numH) *Object {
		return h.Unary(NumberFloat, h.Bin(OpSub, h.Pow(h.I(2), h.I(1024), None), h.Pow(h.I(2), h.I(970), None)))
	}},
	{"float(2**1024 - 2**970 - 1)", func(h *numH) *Object {
		return h.Unary(NumberFloat, h.Bin(OpSub, h.Bin(OpSub, h.Pow(h.I(2), h.I(1024), None), h.Pow(h.I(2), h.I(970), None)), h.I(1)))
	}},
	{"float(2**53 + 1)", func(h *numH) *Object { return h.Unary(NumberFloat, h.I(1<<53+1)) }},
	{"float(2**54 + 3)", func(h *numH) *Object { return h.Unary(NumberFloat, h.I(1<<54+3)) }},
	{"(2**1100) * 1.0", func(h *numH) *Object { return h.Bin(OpMul, h.Pow(h.I(2), h.I(1100), None), h.F(1)) }},
	{"(10**400) / 10**399", func(h *numH) *Object {
		return h.Bin(OpTrueDiv, h.Pow(h.I(10), h.I(400), None), h.Pow(h.I(10), h.I(399), None))
	}},
	{"(10**400) / 3", func(h *numH) *Object { return h.Bin(OpTrueDiv, h.Pow(h.I(10), h.I(400), None), h.I(3)) }},
	{"1 / 10**400", func(h *numH) *Object { return h.Bin(OpTrueDiv, h.I(1), h.Pow(h.I(10), h.I(400), None)) }},
	{"(2**64+1) / 2", func(h *numH) *Object { return h.Bin(OpTrueDiv, h.Big("0x10000000000000001"), h.I(2)) }},
	{"int(3.99)", func(h *numH) *Object { return h.Unary(NumberLong, h.F(3.99)) }},
	{"int(-3.99)", func(h *numH) *Object { return h.Unary(NumberLong, h.F(-3.99)) }},
	{"int(1e300)", func(h *numH) *Object { return h.Unary(NumberLong, h.F(1e300)) }},
	{"int(float('inf'))", func(h *numH) *Object { return h.Unary(NumberLong, h.F(inf)) }},
	{"int(float('nan'))", func(h *numH) *Object { return h.Unary(NumberLong, h.F(nan)) }},
	{"int(True)", func(h *numH) *Object { return h.Unary(NumberLong, True) }},
	{"int(None)", func(h *numH) *Object { return h.Unary(NumberLong, None) }},
	{"float(None)", func(h *numH) *Object { return h.Unary(NumberFloat, None) }},

	// int() and float() of strings.
	{"int('  -0x1F ', 16)", func(h *numH) *Object { return h.New(IntType, h.S("  -0x1F "), h.I(16)) }},
	{"int('0b101', 0)", func(h *numH) *Object { return h.New(IntType, h.S("0b101"), h.I(0)) }},
	{"int('0_7', 0)", func(h *numH) *Object { return h.New(IntType, h.S("0_7"), h.I(0)) }},
	{"int('0_0', 0)", func(h *numH) *Object { return h.New(IntType, h.S("0_0"), h.I(0)) }},
	{"int('1_000_000')", func(h *numH) *Object { return h.New(IntType, h.S("1_000_000")) }},
	{"int('\u0661\u0662\u0663')", func(h *numH) *Object { return h.New(IntType, h.S("\u0661\u0662\u0663")) }},
	{"int('12', 37)", func(h *numH) *Object { return h.New(IntType, h.S("12"), h.I(37)) }},
	{"int(12, 10)", func(h *numH) *Object { return h.New(IntType, h.I(12), h.I(10)) }},
	{"int('1' * 4301)", func(h *numH) *Object { return h.New(IntType, h.S(strings.Repeat("1", 4301))) }},
	{"int('1' * 5000, 16) % 1000", func(h *numH) *Object {
		return h.Bin(OpMod, h.New(IntType, h.S(strings.Repeat("1", 5000)), h.I(16)), h.I(1000))
	}},
	{"int('x' * 300)", func(h *numH) *Object { return h.New(IntType, h.S(strings.Repeat("x", 300))) }},
	{"int('inf')", func(h *numH) *Object { return h.New(IntType, h.S("inf")) }},
	{"int(b' 42 ')", func(h *numH) *Object { return h.New(IntType, h.own(NewBytes(h.ts, []byte(" 42 ")))) }},
	{"int(b'4x')", func(h *numH) *Object { return h.New(IntType, h.own(NewBytes(h.ts, []byte("4x")))) }},
	{"int()", func(h *numH) *Object { return h.New(IntType) }},
	{"float(' -1_000.5e-1_0 ')", func(h *numH) *Object { return h.New(FloatType, h.S(" -1_000.5e-1_0 ")) }},
	{"float('infinity')", func(h *numH) *Object { return h.New(FloatType, h.S("infinity")) }},
	{"float('-NaN')", func(h *numH) *Object { return h.New(FloatType, h.S("-NaN")) }},
	{"float('1e500')", func(h *numH) *Object { return h.New(FloatType, h.S("1e500")) }},
	{"float('0x10')", func(h *numH) *Object { return h.New(FloatType, h.S("0x10")) }},
	{"float('1__0')", func(h *numH) *Object { return h.New(FloatType, h.S("1__0")) }},
	{"float('\u0663.\u0665')", func(h *numH) *Object { return h.New(FloatType, h.S("\u0663.\u0665")) }},
	{"float()", func(h *numH) *Object { return h.New(FloatType) }},
	{"float(10**400)", func(h *numH) *Object { return h.New(FloatType, h.Pow(h.I(10), h.I(400), None)) }},

	// Powers.
	{"(-8)**(1/3)", func(h *numH) *Object { return h.Pow(h.I(-8), h.F(1.0/3), None) }},
	{"0.0**-1", func(h *numH) *Object { return h.Pow(h.F(0), h.I(-1), None) }},
	{"0**-1", func(h *numH) *Object { return h.Pow(h.I(0), h.I(-1), None) }},
	{"10.0**400", func(h *numH) *Object { return h.Pow(h.F(10), h.I(400), None) }},
	{"(-0.0)**3", func(h *numH) *Object { return h.Pow(h.F(math.Copysign(0, -1)), h.I(3), None) }},
	{"(-1.0)**1e300", func(h *numH) *Object { return h.Pow(h.F(-1), h.F(1e300), None) }},
	{"float('nan')**0", func(h *numH) *Object { return h.Pow(h.F(nan), h.I(0), None) }},
	{"1.0**float('nan')", func(h *numH) *Object { return h.Pow(h.F(1), h.F(nan), None) }},
	{"0.5**float('-inf')", func(h *numH) *Object { return h.Pow(h.F(0.5), h.F(-inf), None) }},
	{"float('-inf')**3", func(h *numH) *Object { return h.Pow(h.F(-inf), h.I(3), None) }},
	{"2**-1", func(h *numH) *Object { return h.Pow(h.I(2), h.I(-1), None) }},
	{"2**-1075", func(h *numH) *Object { return h.Pow(h.I(2), h.I(-1075), None) }},
	{"(2**2000)**-1", func(h *numH) *Object { return h.Pow(h.Pow(h.I(2), h.I(2000), None), h.I(-1), None) }},
	{"(-3)**3", func(h *numH) *Object { return h.Pow(h.I(-3), h.I(3), None) }},
	{"(-2)**63", func(h *numH) *Object { return h.Pow(h.I(-2), h.I(63), None) }},
	{"2**64", func(h *numH) *Object { return h.Pow(h.I(2), h.I(64), None) }},
	{"pow(3, -1, 7)", func(h *numH) *Object { return h.Pow(h.I(3), h.I(-1), h.I(7)) }},
	{"pow(2, -1, 4)", func(h *numH) *Object { return h.Pow(h.I(2), h.I(-1), h.I(4)) }},
	{"pow(-2, 3, -5)", func(h *numH) *Object { return h.Pow(h.I(-2), h.I(3), h.I(-5)) }},
	{"pow(5, 0, 1)", func(h *numH) *Object { return h.Pow(h.I(5), h.I(0), h.I(1)) }},
	{"pow(2, 3, 0)", func(h *numH) *Object { return h.Pow(h.I(2), h.I(3), h.I(0)) }},
	{"pow(2.0, 3, 5)", func(h *numH) *Object { return h.Pow(h.F(2), h.I(3), h.I(5)) }},
	{"pow(2**100, 2**100, 10**9+7)", func(h *numH) *Object {
		return h.Pow(h.Pow(h.I(2), h.I(100), None), h.Pow(h.I(2), h.I(100), None), h.I(1000000007))
	}},
	{"1.5 ** 2.5", func(h *numH) *Object { return h.Pow(h.F(1.5), h.F(2.5), None) }},
	{"1.0000001 ** 1e10", func(h *numH) *Object { return h.Pow(h.F(1.0000001), h.F(1e10), None) }},
	{"2.0 ** -1074.5", func(h *numH) *Object { return h.Pow(h.F(2), h.F(-1074.5), None) }},
	{"0.9 ** -7000", func(h *numH) *Object { return h.Pow(h.F(0.9), h.F(-7000), None) }},

	// Shifts and bit operations.
	{"1 << -1", func(h *numH) *Object { return h.Bin(OpLShift, h.I(1), h.I(-1)) }},
	{"1 >> -1", func(h *numH) *Object { return h.Bin(OpRShift, h.I(1), h.I(-1)) }},
	{"-1 >> 100", func(h *numH) *Object { return h.Bin(OpRShift, h.I(-1), h.I(100)) }},
	{"-(2**100) >> 1", func(h *numH) *Object {
		return h.Bin(OpRShift, h.Unary(Negative, h.Pow(h.I(2), h.I(100), None)), h.I(1))
	}},
	{"-(2**100+1) >> 99", func(h *numH) *Object {
		return h.Bin(OpRShift, h.Unary(Negative, h.Bin(OpAdd, h.Pow(h.I(2), h.I(100), None), h.I(1))), h.I(99))
	}},
	{"0 << 2**100", func(h *numH) *Object { return h.Bin(OpLShift, h.I(0), h.Pow(h.I(2), h.I(100), None)) }},
	{"1 << 2**100", func(h *numH) *Object { return h.Bin(OpLShift, h.I(1), h.Pow(h.I(2), h.I(100), None)) }},
	{"-5 >> 2**100", func(h *numH) *Object { return h.Bin(OpRShift, h.I(-5), h.Pow(h.I(2), h.I(100), None)) }},
	{"3 << 62", func(h *numH) *Object { return h.Bin(OpLShift, h.I(3), h.I(62)) }},
	{"-1 << 63", func(h *numH) *Object { return h.Bin(OpLShift, h.I(-1), h.I(63)) }},
	{"2**100 & -2**50", func(h *numH) *Object {
		return h.Bin(OpAnd, h.Pow(h.I(2), h.I(100), None), h.Unary(Negative, h.Pow(h.I(2), h.I(50), None)))
	}},
	{"-2**70 | 5", func(h *numH) *Object { return h.Bin(OpOr, h.Unary(Negative, h.Pow(h.I(2), h.I(70), None)), h.I(5)) }},
	{"-2**70 ^ -1", func(h *numH) *Object { return h.Bin(OpXor, h.Unary(Negative, h.Pow(h.I(2), h.I(70), None)), h.I(-1)) }},
	{"~(2**100)", func(h *numH) *Object { return h.Unary(Invert, h.Pow(h.I(2), h.I(100), None)) }},
	{"-(-2**63)", func(h *numH) *Object { return h.Unary(Negative, h.I(math.MinInt64)) }},
	{"abs(-2**63)", func(h *numH) *Object { return h.Unary(Absolute, h.I(math.MinInt64)) }},
	{"(-2**63) // -1", func(h *numH) *Object { return h.Bin(OpFloorDiv, h.I(math.MinInt64), h.I(-1)) }},
	{"(-2**63) * -1", func(h *numH) *Object { return h.Bin(OpMul, h.I(math.MinInt64), h.I(-1)) }},
	{"(2**63-1) + 1", func(h *numH) *Object { return h.Bin(OpAdd, h.I(math.MaxInt64), h.I(1)) }},
	{"(-2**63) - 1", func(h *numH) *Object { return h.Bin(OpSub, h.I(math.MinInt64), h.I(1)) }},
	{"2**64 - 2**64", func(h *numH) *Object { return h.Bin(OpSub, h.Pow(h.I(2), h.I(64), None), h.Pow(h.I(2), h.I(64), None)) }},

	// Division and modulo signs.
	{"(-7) // 2", func(h *numH) *Object { return h.Bin(OpFloorDiv, h.I(-7), h.I(2)) }},
	{"(-7) % 2", func(h *numH) *Object { return h.Bin(OpMod, h.I(-7), h.I(2)) }},
	{"7 % -2", func(h *numH) *Object { return h.Bin(OpMod, h.I(7), h.I(-2)) }},
	{"divmod(-2**100, 7)", func(h *numH) *Object {
		return h.Bin(OpDivmod, h.Unary(Negative, h.Pow(h.I(2), h.I(100), None)), h.I(7))
	}},
	{"divmod(-7.5, 2)", func(h *numH) *Object { return h.Bin(OpDivmod, h.F(-7.5), h.I(2)) }},
	{"-7.5 % 2", func(h *numH) *Object { return h.Bin(OpMod, h.F(-7.5), h.I(2)) }},
	{"7.5 % -2", func(h *numH) *Object { return h.Bin(OpMod, h.F(7.5), h.I(-2)) }},
	{"-0.0 % 5", func(h *numH) *Object { return h.Bin(OpMod, h.F(math.Copysign(0, -1)), h.I(5)) }},
	{"0.0 // -1", func(h *numH) *Object { return h.Bin(OpFloorDiv, h.F(0), h.I(-1)) }},
	{"1e308 // 1e-308", func(h *numH) *Object { return h.Bin(OpFloorDiv, h.F(1e308), h.F(1e-308)) }},
	{"1 / 0", func(h *numH) *Object { return h.Bin(OpTrueDiv, h.I(1), h.I(0)) }},
	{"1 // 0", func(h *numH) *Object { return h.Bin(OpFloorDiv, h.I(1), h.I(0)) }},
	{"1 % 0", func(h *numH) *Object { return h.Bin(OpMod, h.I(1), h.I(0)) }},
	{"1.0 / 0", func(h *numH) *Object { return h.Bin(OpTrueDiv, h.F(1), h.I(0)) }},
	{"1.0 // 0.0", func(h *numH) *Object { return h.Bin(OpFloorDiv, h.F(1), h.F(0)) }},
	{"1.0 % 0.0", func(h *numH) *Object { return h.Bin(OpMod, h.F(1), h.F(0)) }},
	{"divmod(1.0, 0)", func(h *numH) *Object { return h.Bin(OpDivmod, h.F(1), h.I(0)) }},
	{"1j / 0", func(h *numH) *Object { return h.Bin(OpTrueDiv, h.C(0, 1), h.I(0)) }},
	{"1j // 1", func(h *numH) *Object { return h.Bin(OpFloorDiv, h.C(0, 1), h.I(1)) }},
	{"1 + None", func(h *numH) *Object { return h.Bin(OpAdd, h.I(1), None) }},
	{"1.5 & 1", func(h *numH) *Object { return h.Bin(OpAnd, h.F(1.5), h.I(1)) }},

	// float methods.
	{"float.fromhex('0x1.8p1')", func(h *numH) *Object {
		return h.own(floatFromHexMethod(h.ts, FloatType.TypeObject(), []*Object{h.S("0x1.8p1")}, nil))
	}},
	{"float.fromhex(' -0x1p-1074 ')", func(h *numH) *Object {
		return h.own(floatFromHexMethod(h.ts, FloatType.TypeObject(), []*Object{h.S(" -0x1p-1074 ")}, nil))
	}},
	{"float.fromhex('0x1p-1075')", func(h *numH) *Object {
		return h.own(floatFromHexMethod(h.ts, FloatType.TypeObject(), []*Object{h.S("0x1p-1075")}, nil))
	}},
	{"float.fromhex('0x1.00000000000018p0')", func(h *numH) *Object {
		return h.own(floatFromHexMethod(h.ts, FloatType.TypeObject(), []*Object{h.S("0x1.00000000000018p0")}, nil))
	}},
	{"float.fromhex('0x1p1024')", func(h *numH) *Object {
		return h.own(floatFromHexMethod(h.ts, FloatType.TypeObject(), []*Object{h.S("0x1p1024")}, nil))
	}},
	{"float.fromhex('0x.p1')", func(h *numH) *Object {
		return h.own(floatFromHexMethod(h.ts, FloatType.TypeObject(), []*Object{h.S("0x.p1")}, nil))
	}},
	{"float.fromhex('-Infinity')", func(h *numH) *Object {
		return h.own(floatFromHexMethod(h.ts, FloatType.TypeObject(), []*Object{h.S("-Infinity")}, nil))
	}},
	{"(0.1).hex()", func(h *numH) *Object { return h.Call(h.F(0.1), "hex") }},
	{"(5e-324).hex()", func(h *numH) *Object { return h.Call(h.F(5e-324), "hex") }},
	{"(-0.0).hex()", func(h *numH) *Object { return h.Call(h.F(math.Copysign(0, -1)), "hex") }},
	{"(1.5).as_integer_ratio()", func(h *numH) *Object { return h.Call(h.F(1.5), "as_integer_ratio") }},
	{"(-0.0).as_integer_ratio()", func(h *numH) *Object { return h.Call(h.F(math.Copysign(0, -1)), "as_integer_ratio") }},
	{"float('inf').as_integer_ratio()", func(h *numH) *Object { return h.Call(h.F(inf), "as_integer_ratio") }},
	{"float('nan').as_integer_ratio()", func(h *numH) *Object { return h.Call(h.F(nan), "as_integer_ratio") }},
	{"(3.0).is_integer()", func(h *numH) *Object { return h.Call(h.F(3), "is_integer") }},
	{"float('inf').is_integer()", func(h *numH) *Object { return h.Call(h.F(inf), "is_integer") }},
	{"(1.5).__trunc__()", func(h *numH) *Object { return h.Call(h.F(1.5), "__trunc__") }},
	{"(-1.5).__floor__()", func(h *numH) *Object { return h.Call(h.F(-1.5), "__floor__") }},
	{"(-1.5).__ceil__()", func(h *numH) *Object { return h.Call(h.F(-1.5), "__ceil__") }},
	{"(1.5).conjugate()", func(h *numH) *Object { return h.Call(h.F(1.5), "conjugate") }},
	{"float.__getformat__('double')", func(h *numH) *Object {
		return h.own(floatGetFormat(h.ts, FloatType.TypeObject(), []*Object{h.S("double")}, nil))
	}},
	{"(1.5).hex(1)", func(h *numH) *Object { return h.Call(h.F(1.5), "hex", h.I(1)) }},

	// int methods.
	{"(255).bit_length()", func(h *numH) *Object { return h.Call(h.I(255), "bit_length") }},
	{"(-2**63).bit_length()", func(h *numH) *Object { return h.Call(h.I(math.MinInt64), "bit_length") }},
	{"(-255).bit_count()", func(h *numH) *Object { return h.Call(h.I(-255), "bit_count") }},
	{"(2**100-1).bit_count()", func(h *numH) *Object { return h.Call(h.Bin(OpSub, h.Pow(h.I(2), h.I(100), None), h.I(1)), "bit_count") }},
	{"(7).as_integer_ratio()", func(h *numH) *Object { return h.Call(h.I(7), "as_integer_ratio") }},
	{"True.as_integer_ratio()", func(h *numH) *Object { return h.Call(True, "as_integer_ratio") }},
	{"(2**100).to_bytes(13, 'big')", func(h *numH) *Object { return h.Call(h.Pow(h.I(2), h.I(100), None), "to_bytes", h.I(13), h.S("big")) }},
	{"(2**100).to_bytes(12, 'big')", func(h *numH) *Object { return h.Call(h.Pow(h.I(2), h.I(100), None), "to_bytes", h.I(12), h.S("big")) }},
	{"(1000).to_bytes(2, 'little')", func(h *numH) *Object { return h.Call(h.I(1000), "to_bytes", h.I(2), h.S("little")) }},
	{"(-1).to_bytes(1, 'big')", func(h *numH) *Object { return h.Call(h.I(-1), "to_bytes", h.I(1), h.S("big")) }},
	{"(1).to_bytes()", func(h *numH) *Object { return h.Call(h.I(1), "to_bytes") }},
	{"(1).to_bytes(1, 'middle')", func(h *numH) *Object { return h.Call(h.I(1), "to_bytes", h.I(1), h.S("middle")) }},
	{"(1).to_bytes(-1, 'big')", func(h *numH) *Object { return h.Call(h.I(1), "to_bytes", h.I(-1), h.S("big")) }},
	{"(0).to_bytes(0, 'big')", func(h *numH) *Object { return h.Call(h.I(0), "to_bytes", h.I(0), h.S("big")) }},
	{"int.from_bytes(b'\\xff\\xfe', 'little')", func(h *numH) *Object {
		return h.own(intFromBytes(h.ts, IntType.TypeObject(), []*Object{h.own(NewBytes(h.ts, []byte{0xff, 0xfe})), h.S("little")}, nil))
	}},
	{"int.from_bytes(b'\\x80' + bytes(20), 'big')", func(h *numH) *Object {
		return h.own(intFromBytes(h.ts, IntType.TypeObject(), []*Object{h.own(NewBytes(h.ts, append([]byte{0x80}, make([]byte, 20)...)))}, nil))
	}},
	{"int.from_bytes('ab')", func(h *numH) *Object {
		return h.own(intFromBytes(h.ts, IntType.TypeObject(), []*Object{h.S("ab")}, nil))
	}},
	{"int.from_bytes(b'')", func(h *numH) *Object {
		return h.own(intFromBytes(h.ts, IntType.TypeObject(), []*Object{h.own(NewBytes(h.ts, nil))}, nil))
	}},
	{"(5).__trunc__()", func(h *numH) *Object { return h.Call(h.I(5), "__trunc__") }},
	{"True.__floor__()", func(h *numH) *Object { return h.Call(True, "__floor__") }},
	{"(2**70).__sizeof__()", func(h *numH) *Object { return h.Call(h.Pow(h.I(2), h.I(70), None), "__sizeof__") }},
	{"(0).__sizeof__()", func(h *numH) *Object { return h.Call(h.I(0), "__sizeof__") }},
	{"(1).bit_length(1)", func(h *numH) *Object { return h.Call(h.I(1), "bit_length", h.I(1)) }},

	// format.
	{"format(1234567, ',')", func(h *numH) *Object { return h.Fmt(h.I(1234567), ",") }},
	{"format(-1234567, '_x')", func(h *numH) *Object { return h.Fmt(h.I(-1234567), "_x") }},
	{"format(-42, '#010b')", func(h *numH) *Object { return h.Fmt(h.I(-42), "#010b") }},
	{"format(255, '#X')", func(h *numH) *Object { return h.Fmt(h.I(255), "#X") }},
	{"format(65, 'c')", func(h *numH) *Object { return h.Fmt(h.I(65), "c") }},
	{"format(0x20ac, '*^5c')", func(h *numH) *Object { return h.Fmt(h.I(0x20ac), "*^5c") }},
	{"format(65, 'x>5c')", func(h *numH) *Object { return h.Fmt(h.I(65), "x>5c") }},
	{"format(-1, 'c')", func(h *numH) *Object { return h.Fmt(h.I(-1), "c") }},
	{"format(1234, '08,')", func(h *numH) *Object { return h.Fmt(h.I(1234), "08,") }},
	{"format(1234, '09,')", func(h *numH) *Object { return h.Fmt(h.I(1234), "09,") }},
	{"format(True, '')", func(h *numH) *Object { return h.Fmt(True, "") }},
	{"format(True, 'd')", func(h *numH) *Object { return h.Fmt(True, "d") }},
	{"format(10**30, 'f')", func(h *numH) *Object { return h.Fmt(h.Pow(h.I(10), h.I(30), None), "f") }},
	{"format(10**400, 'e')", func(h *numH) *Object { return h.Fmt(h.Pow(h.I(10), h.I(400), None), "e") }},
	{"format(10**4300, 'x')[:4]", func(h *numH) *Object {
		r := h.Fmt(h.Pow(h.I(10), h.I(4300), None), "x")
		if r == nil {
			return nil
		}
		return h.S(StrValue(r)[:4])
	}},
	{"format(10**4300, 'd')", func(h *numH) *Object { return h.Fmt(h.Pow(h.I(10), h.I(4300), None), "d") }},
	{"format(3.14159, '.2f')", func(h *numH) *Object { return h.Fmt(h.F(3.14159), ".2f") }},
	{"format(-0.0, 'z.1f')", func(h *numH) *Object { return h.Fmt(h.F(math.Copysign(0, -1)), "z.1f") }},
	{"format(-0.04, 'z.1f')", func(h *numH) *Object { return h.Fmt(h.F(-0.04), "z.1f") }},
	{"format(1e100, '')", func(h *numH) *Object { return h.Fmt(h.F(1e100), "") }},
	{"format(1e16, '.3')", func(h *numH) *Object { return h.Fmt(h.F(1e16), ".3") }},
	{"format(100.0, '.3')", func(h *numH) *Object { return h.Fmt(h.F(100), ".3") }},
	{"format(0.5, '%')", func(h *numH) *Object { return h.Fmt(h.F(0.5), "%") }},
	{"format(1.0, 'n')", func(h *numH) *Object { return h.Fmt(h.F(1), "n") }},
	{"format(123.456, '010.2f')", func(h *numH) *Object { return h.Fmt(h.F(123.456), "010.2f") }},
	{"format(1234.5, '012,.1f')", func(h *numH) *Object { return h.Fmt(h.F(1234.5), "012,.1f") }},
	{"format(float('nan'), '+010')", func(h *numH) *Object { return h.Fmt(h.F(nan), "+010") }},
	{"format(float('inf'), '010')", func(h *numH) *Object { return h.Fmt(h.F(inf), "010") }},
	{"format(1.5, '#.0e')", func(h *numH) *Object { return h.Fmt(h.F(1.5), "#.0e") }},
	{"format(1.5, '#g')", func(h *numH) *Object { return h.Fmt(h.F(1.5), "#g") }},
	{"format(1, 'z')", func(h *numH) *Object { return h.Fmt(h.I(1), "z") }},
	{"format(1.5, 'd')", func(h *numH) *Object { return h.Fmt(h.F(1.5), "d") }},
	{"format(1, '.2')", func(h *numH) *Object { return h.Fmt(h.I(1), ".2") }},
	{"format(1, 'abc')", func(h *numH) *Object { return h.Fmt(h.I(1), "abc") }},
	{"format(1.5, ',_')", func(h *numH) *Object { return h.Fmt(h.F(1.5), ",_") }},
	{"format(1, ',x')", func(h *numH) *Object { return h.Fmt(h.I(1), ",x") }},
	{"format(1, '\u20ac')", func(h *numH) *Object { return h.Fmt(h.I(1), "\u20ac") }},
	{"format(1, '+c')", func(h *numH) *Object { return h.Fmt(h.I(1), "+c") }},
	{"format(1.5, '.')", func(h *numH) *Object { return h.Fmt(h.F(1.5), ".") }},
	{"format(1, '9999999999999999999999')", func(h *numH) *Object { return h.Fmt(h.I(1), "9999999999999999999999") }},
	{"format(1+2j, '^20.3f')", func(h *numH) *Object { return h.Fmt(h.C(1, 2), "^20.3f") }},
	{"format(1j, '')", func(h *numH) *Object { return h.Fmt(h.C(0, 1), "") }},
	{"format(-1j, '10')", func(h *numH) *Object { return h.Fmt(h.C(math.Copysign(0, -1), -1), "10") }},
	{"format(1.5-2j, '.2')", func(h *numH) *Object { return h.Fmt(h.C(1.5, -2), ".2") }},
	{"format(1j, '#')", func(h *numH) *Object { return h.Fmt(h.C(0, 1), "#") }},
	{"format(1j, '0')", func(h *numH) *Object { return h.Fmt(h.C(0, 1), "0") }},
	{"format(1j, '=')", func(h *numH) *Object { return h.Fmt(h.C(0, 1), "=") }},
	{"format(1j, '%')", func(h *numH) *Object { return h.Fmt(h.C(0, 1), "%") }},
	{"(1).__format__(1)", func(h *numH) *Object { return h.Call(h.I(1), "__format__", h.I(1)) }},

	// complex.
	{"complex('1+2j')", func(h *numH) *Object { return h.New(ComplexType, h.S("1+2j")) }},
	{"complex(' ( -1.5e3-J ) ')", func(h *numH) *Object { return h.New(ComplexType, h.S(" ( -1.5e3-J ) ")) }},
	{"complex('1+2')", func(h *numH) *Object { return h.New(ComplexType, h.S("1+2")) }},
	{"complex('1_0j')", func(h *numH) *Object { return h.New(ComplexType, h.S("1_0j")) }},
	{"complex(1, 2j)", func(h *numH) *Object { return h.New(ComplexType, h.I(1), h.C(0, 2)) }},
	{"complex(1j, 1j)", func(h *numH) *Object { return h.New(ComplexType, h.C(0, 1), h.C(0, 1)) }},
	{"complex('1', 2)", func(h *numH) *Object { return h.New(ComplexType, h.S("1"), h.I(2)) }},
	{"complex(1, '2')", func(h *numH) *Object { return h.New(ComplexType, h.I(1), h.S("2")) }},
	{"complex(None)", func(h *numH) *Object { return h.New(ComplexType, None) }},
	{"complex(1, None)", func(h *numH) *Object { return h.New(ComplexType, h.I(1), None) }},
	{"complex()", func(h *numH) *Object { return h.New(ComplexType) }},
	{"complex(10**400)", func(h *numH) *Object { return h.New(ComplexType, h.Pow(h.I(10), h.I(400), None)) }},
	{"abs(3+4j)", func(h *numH) *Object { return h.Unary(Absolute, h.C(3, 4)) }},
	{"abs(complex(1e308, 1e308))", func(h *numH) *Object { return h.Unary(Absolute, h.C(1e308, 1e308)) }},
	{"abs(complex(float('inf'), float('nan')))", func(h *numH) *Object { return h.Unary(Absolute, h.C(inf, nan)) }},
	{"abs(complex(5e-324, 5e-324))", func(h *numH) *Object { return h.Unary(Absolute, h.C(5e-324, 5e-324)) }},
	{"(1+2j)/(3-4j)", func(h *numH) *Object { return h.Bin(OpTrueDiv, h.C(1, 2), h.C(3, -4)) }},
	{"(1+2j)*(3-4j)", func(h *numH) *Object { return h.Bin(OpMul, h.C(1, 2), h.C(3, -4)) }},
	{"1j**2", func(h *numH) *Object { return h.Pow(h.C(0, 1), h.I(2), None) }},
	{"(1+1j)**0.5", func(h *numH) *Object { return h.Pow(h.C(1, 1), h.F(0.5), None) }},
	{"0j**-1", func(h *numH) *Object { return h.Pow(h.C(0, 0), h.I(-1), None) }},
	{"0j**0", func(h *numH) *Object { return h.Pow(h.C(0, 0), h.I(0), None) }},
	{"(1e200j)**2", func(h *numH) *Object { return h.Pow(h.C(0, 1e200), h.I(2), None) }},
	{"pow(1j, 2, 3)", func(h *numH) *Object { return h.Pow(h.C(0, 1), h.I(2), h.I(3)) }},
	{"(1+2j).conjugate()", func(h *numH) *Object { return h.Call(h.C(1, 2), "conjugate") }},
	{"bool(0j)", func(h *numH) *Object { return h.Bool(h.C(0, 0)) }},

	// bool.
	{"True & False", func(h *numH) *Object { return h.Bin(OpAnd, True, False) }},
	{"True | 2", func(h *numH) *Object { return h.Bin(OpOr, True, h.I(2)) }},
	{"True ^ True", func(h *numH) *Object { return h.Bin(OpXor, True, True) }},
	{"True + True", func(h *numH) *Object { return h.Bin(OpAdd, True, True) }},
	{"True / 2", func(h *numH) *Object { return h.Bin(OpTrueDiv, True, h.I(2)) }},
	{"-True", func(h *numH) *Object { return h.Unary(Negative, True) }},
	{"~True", func(h *numH) *Object { return h.Unary(Invert, True) }},
	{"+False", func(h *numH) *Object { return h.Unary(Positive, False) }},
	{"bool(-0.0)", func(h *numH) *Object { return h.Bool(h.F(math.Copysign(0, -1))) }},
	{"bool(float('nan'))", func(h *numH) *Object { return h.Bool(h.F(nan)) }},
	{"bool(2**100)", func(h *numH) *Object { return h.Bool(h.Pow(h.I(2), h.I(100), None)) }},
	{"bool(5)", func(h *numH) *Object { return h.New(BoolType, h.I(5)) }},
	{"bool()", func(h *numH) *Object { return h.New(BoolType) }},
	{"bool(1, 2)", func(h *numH) *Object { return h.New(BoolType, h.I(1), h.I(2)) }},
	{"True == 1.0", func(h *numH) *Object { return h.Cmp(EQ, True, h.F(1)) }},
	{"True > False", func(h *numH) *Object { return h.Cmp(GT, True, False) }},
}

// numPython evaluates expressions with python3 and returns gen.py's
// encoding of each result.
func numPython(t *testing.T, exprs []string) []string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err == nil {
		out, err2 := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
		if err2 != nil || strings.TrimSpace(string(out)) != "True" {
			err = exec.ErrNotFound
		}
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 3.11 is required under CI")
		}
		t.Skip("python3 3.11 not found")
	}
	script := `
import sys, math
def enc(v):
    t = type(v)
    if t is bool: return "b" + repr(v)
    if t is int: return "i" + (str(v) if abs(v) < 10**18 else hex(v))
    if t is float: return "f" + repr(v)
    if t is complex: return "c" + repr(v.real) + "," + repr(v.imag)
    if t is tuple: return "t" + ";".join(enc(x) for x in v)
    if t is str: return "s" + v.encode("utf-8", "surrogatepass").hex()
    if t is bytes: return "y" + v.hex()
    return "?" + t.__name__
for line in sys.stdin.read().split("\n"):
    if not line: continue
    expr = bytes.fromhex(line).decode()
    try:
        r = enc(eval(expr))
    except Exception as e:
        r = "!" + type(e).__name__ + ":" + str(e)
    print(r)
`
	var in strings.Builder
	for _, e := range exprs {
		in.WriteString(hex.EncodeToString([]byte(e)) + "\n")
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(in.String())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) != len(exprs) {
		t.Fatalf("python3 returned %d results for %d expressions", len(lines), len(exprs))
	}
	return lines
}

func TestNumEdgeCases(t *testing.T) {
	exprs := make([]string, len(numCases))
	for i, c := range numCases {
		exprs[i] = c.py
	}
	want := numPython(t, exprs)
	ts := numTestSpace(t)
	h := &numH{ts: ts}
	for i, c := range numCases {
		r := c.run(h)
		var got string
		if r == nil {
			got = "!" + numTestExcText(ts)
		} else {
			got = numCorpusEncode(ts, NewRef(r))
		}
		h.release()
		if ts.Occurred() {
			t.Errorf("%s: exception left pending: %s", c.py, numTestExcText(ts))
		}
		if got != want[i] {
			t.Errorf("%s\n  got  %s\n  want %s", c.py, got, want[i])
		}
	}
}

// TestNumHashNanIdentity checks that a nan hashes by identity (3.10+):
// two nan objects differ, one object is stable.
func TestNumHashNanIdentity(t *testing.T) {
	ts := numTestSpace(t)
	a, b := NewFloat(ts, nan), NewFloat(ts, nan)
	defer Decref(ts, a)
	defer Decref(ts, b)
	if Hash(ts, a) != Hash(ts, a) || Hash(ts, a) == Hash(ts, b) || Hash(ts, a) != HashPointer(a) {
		t.Errorf("nan hashes: %d %d", Hash(ts, a), Hash(ts, b))
	}
}

// TestNumSmallIntCache checks that small ints are the static immortals and
// that a value outside the cache is a fresh object.
func TestNumSmallIntCache(t *testing.T) {
	ts := numTestSpace(t)
	for v := int64(smallIntMin); v <= smallIntMax; v++ {
		if o := NewInt(ts, v); !o.IsImmortal() || o != NewInt(ts, v) {
			t.Fatalf("NewInt(%d) is not the cached immortal", v)
		}
	}
	a := NewInt(ts, 257)
	if a.IsImmortal() {
		t.Errorf("257 is immortal")
	}
	Decref(ts, a)
	// Results of arithmetic land in the cache too.
	r := BinaryOp(ts, NewInt(ts, 100), NewInt(ts, 156), OpAdd)
	if r != NewInt(ts, 256) {
		t.Errorf("100+156 is not the cached 256")
	}
	Decref(ts, r)
}

// TestNumIntMaxStrDigits checks the limit's accessor and its error.
func TestNumIntMaxStrDigits(t *testing.T) {
	ts := numTestSpace(t)
	if IntMaxStrDigits(ts) != 4300 {
		t.Errorf("default limit %d", IntMaxStrDigits(ts))
	}
	if SetIntMaxStrDigits(ts, 5) {
		t.Errorf("limit 5 accepted")
	}
	if got := numTestExcText(ts); got != "ValueError:maxdigits must be 0 or larger than 640" {
		t.Errorf("got %s", got)
	}
}

var numTestObjClass = alloc.NewClass[Object]("numtest")

// numTestType makes a ready type named A whose slots setup fills, for the
// conversion protocols (__int__, __index__, __float__) of Go-defined types.
func numTestType(setup func(t *Type)) *Type {
	t := &Type{Name: "A", Flags: FlagBaseType}
	t.Dealloc = func(ts *Thread, o *Object) { freeObject(ts, numTestObjClass, o) }
	setup(t)
	readyType(t)
	return t
}

func (h *numH) A(setup func(t *Type)) *Object {
	return h.own(newObject(h.ts, numTestObjClass, numTestType(setup)))
}

func TestNumConversionProtocols(t *testing.T) {
	cases := []numCase{
		{`int(type("A", (), {"__int__": lambda self: 1.5})())`, func(h *numH) *Object {
			return h.Unary(NumberLong, h.A(func(t *Type) { t.Int = func(ts *Thread, o *Object) *Object { return NewFloat(ts, 1.5) } }))
		}},
		{`float(type("A", (), {"__float__": lambda self: 1})())`, func(h *numH) *Object {
			return h.Unary(NumberFloat, h.A(func(t *Type) { t.Float = func(ts *Thread, o *Object) *Object { return NewInt(ts, 1) } }))
		}},
		{`int(type("A", (), {"__index__": lambda self: 7})())`, func(h *numH) *Object {
			return h.Unary(NumberLong, h.A(func(t *Type) { t.Index = func(ts *Thread, o *Object) *Object { return NewInt(ts, 7) } }))
		}},
		{`float(type("A", (), {"__index__": lambda self: 2**2000})())`, func(h *numH) *Object {
			return h.Unary(NumberFloat, h.A(func(t *Type) {
				t.Index = func(ts *Thread, o *Object) *Object { return NewIntBig(ts, new(big.Int).Lsh(big.NewInt(1), 2000)) }
			}))
		}},
		{`complex(type("A", (), {"__index__": lambda self: 7})())`, func(h *numH) *Object {
			return h.New(ComplexType, h.A(func(t *Type) { t.Index = func(ts *Thread, o *Object) *Object { return NewInt(ts, 7) } }))
		}},
		{`int(type("A", (), {"__index__": lambda self: 1.5})())`, func(h *numH) *Object {
			return h.Unary(NumberLong, h.A(func(t *Type) { t.Index = func(ts *Thread, o *Object) *Object { return NewFloat(ts, 1.5) } }))
		}},
		{`int(type("A", (), {})())`, func(h *numH) *Object {
			return h.Unary(NumberLong, h.A(func(t *Type) {}))
		}},
		{`int("12", type("A", (), {"__index__": lambda self: 16})())`, func(h *numH) *Object {
			return h.New(IntType, h.S("12"), h.A(func(t *Type) { t.Index = func(ts *Thread, o *Object) *Object { return NewInt(ts, 16) } }))
		}},
		{`format(10**30, "c")`, func(h *numH) *Object { return h.Fmt(h.Pow(h.I(10), h.I(30), None), "c") }},
	}
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.py
	}
	want := numPython(t, exprs)
	ts := numTestSpace(t)
	h := &numH{ts: ts}
	for i, c := range cases {
		r := c.run(h)
		var got string
		if r == nil {
			got = "!" + numTestExcText(ts)
		} else {
			got = numCorpusEncode(ts, NewRef(r))
		}
		h.release()
		if got != want[i] {
			t.Errorf("%s\n  got  %s\n  want %s", c.py, got, want[i])
		}
	}
}

func TestNumIntDigitLimitOrder(t *testing.T) {
	cases := []numCase{
		{`int('1'*5000+'x')`, func(h *numH) *Object { return h.New(IntType, h.S(strings.Repeat("1", 5000)+"x")) }},
		{`int('x'+'1'*5000)`, func(h *numH) *Object { return h.New(IntType, h.S("x"+strings.Repeat("1", 5000))) }},
		{`int('1'*2000+'_'+'1'*2400)`, func(h *numH) *Object {
			return h.New(IntType, h.S(strings.Repeat("1", 2000)+"_"+strings.Repeat("1", 2400)))
		}},
		{`int('1'*5000+'__1')`, func(h *numH) *Object { return h.New(IntType, h.S(strings.Repeat("1", 5000)+"__1")) }},
		{`int('1'*5000+'_')`, func(h *numH) *Object { return h.New(IntType, h.S(strings.Repeat("1", 5000)+"_")) }},
		{`int(' 0x' + 'f'*5000 + ' ', 0) % 7`, func(h *numH) *Object {
			return h.Bin(OpMod, h.New(IntType, h.S(" 0x"+strings.Repeat("f", 5000)+" "), h.I(0)), h.I(7))
		}},
		{`int('0' * 4301, 0)`, func(h *numH) *Object { return h.New(IntType, h.S(strings.Repeat("0", 4301)), h.I(0)) }},
	}
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.py
	}
	want := numPython(t, exprs)
	ts := numTestSpace(t)
	h := &numH{ts: ts}
	for i, c := range cases {
		r := c.run(h)
		var got string
		if r == nil {
			got = "!" + numTestExcText(ts)
		} else {
			got = numCorpusEncode(ts, NewRef(r))
		}
		h.release()
		if len(got) > 200 {
			got = got[:200]
		}
		if w := want[i]; len(w) > 200 {
			want[i] = w[:200]
		}
		if got != want[i] {
			t.Errorf("%s\n  got  %s\n  want %s", c.py, got, want[i])
		}
	}
}
