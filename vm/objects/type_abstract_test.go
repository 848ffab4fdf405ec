package objects

import "testing"

// The generic protocol (abstract.go): operators and their TypeErrors,
// iteration and unpacking helpers, compared with python3.

func TestTypeAbstractProtocol(t *testing.T) {
	setup := `
def unpack2(x):
    a, b = x
    return (a, b)
def iadd(x, y):
    x += y
    return x
def ipow(x, y):
    x **= y
    return x
def contains(a, b):
    return a in b
import operator
`
	I := func(ts *Thread, v int64) *Object { return NewInt(ts, v) }
	S := func(ts *Thread, s string) *Object { return NewStr(ts, s) }
	two := func(f func(ts *Thread, a, b *Object) *Object, a, b func(ts *Thread) *Object) func(ts *Thread) string {
		return func(ts *Thread) string {
			x, y := a(ts), b(ts)
			r := f(ts, x, y)
			Decref(ts, x)
			Decref(ts, y)
			return typeTestShow(ts, r)
		}
	}
	one := func(f func(ts *Thread, a *Object) *Object, a func(ts *Thread) *Object) func(ts *Thread) string {
		return func(ts *Thread) string {
			x := a(ts)
			r := f(ts, x)
			Decref(ts, x)
			return typeTestShow(ts, r)
		}
	}
	i1 := func(ts *Thread) *Object { return I(ts, 1) }
	i1000 := func(ts *Thread) *Object { return I(ts, 1000) }
	sa := func(ts *Thread) *Object { return S(ts, "a") }
	flt := func(ts *Thread) *Object { return NewFloat(ts, 1.5) }
	lst := func(items ...int64) func(ts *Thread) *Object {
		return func(ts *Thread) *Object {
			l := NewList(ts)
			for _, v := range items {
				ListAppend(ts, l, I(ts, v))
			}
			return l
		}
	}
	op := func(o NumberOp) func(ts *Thread, a, b *Object) *Object {
		return func(ts *Thread, a, b *Object) *Object { return BinaryOp(ts, a, b, o) }
	}
	cmp := func(o CompareOp) func(ts *Thread, a, b *Object) *Object {
		return func(ts *Thread, a, b *Object) *Object { return RichCompare(ts, a, b, o) }
	}
	unpack := func(ts *Thread, x *Object) *Object {
		var out [2]*Object
		if !UnpackIterable(ts, x, out[:]) {
			return nil
		}
		return NewTupleSteal(ts, out[0], out[1])
	}
	iter := func(f func(ts *Thread) *Object) func(ts *Thread) *Object {
		return func(ts *Thread) *Object {
			x := f(ts)
			it := GetIter(ts, x)
			Decref(ts, x)
			return it
		}
	}
	cases := []typeTestCase{
		{"1 + 'a'", two(op(OpAdd), i1, sa)},
		{"1000 + 1000", two(op(OpAdd), i1000, i1000)},
		{"'a' * 1.5", two(op(OpMul), sa, flt)},
		{"1 @ 1", two(op(OpMatMul), i1, i1)},
		{"divmod(1, 'a')", two(op(OpDivmod), i1, sa)},
		{"1 << 'a'", two(op(OpLShift), i1, sa)},
		{"iadd(1, 'a')", two(func(ts *Thread, a, b *Object) *Object { return InplaceOp(ts, a, b, OpAdd) }, i1, sa)},
		{"ipow(1, 'a')", two(func(ts *Thread, a, b *Object) *Object { return InplacePower(ts, a, b) }, i1, sa)},
		{"pow(1, 'a')", two(func(ts *Thread, a, b *Object) *Object { return Power(ts, a, b, None) }, i1, sa)},
		{"pow(1, 'a', 3)", two(func(ts *Thread, a, b *Object) *Object { return Power(ts, a, b, I(ts, 3)) }, i1, sa)},
		{"1 < 'a'", two(cmp(LT), i1, sa)},
		{"'a' >= 1", two(cmp(GE), sa, i1)},
		{"1 == 'a'", two(cmp(EQ), i1, sa)},
		{"1 != 'a'", two(cmp(NE), i1, sa)},
		{"-'a'", one(Negative, sa)},
		{"+'a'", one(Positive, sa)},
		{"~1.5", one(Invert, flt)},
		{"abs('a')", one(Absolute, sa)},
		{"len(1)", one(func(ts *Thread, a *Object) *Object {
			if n := Len(ts, a); n >= 0 {
				return I(ts, int64(n))
			}
			return nil
		}, i1)},
		{"hash([])", one(func(ts *Thread, a *Object) *Object {
			if h := Hash(ts, a); h != -1 {
				return I(ts, h)
			}
			return nil
		}, lst())},
		{"1[0]", two(GetItem, i1, func(ts *Thread) *Object { return I(ts, 0) })},
		{"int[0]", two(GetItem, func(ts *Thread) *Object { return IntType.TypeObject() }, func(ts *Thread) *Object { return I(ts, 0) })},
		{"iter(1)", one(GetIter, i1)},
		{"next(1)", one(func(ts *Thread, a *Object) *Object { return Next(ts, a) }, i1)},
		{"next(iter([]), 5)", one(func(ts *Thread, a *Object) *Object { return Next(ts, a, I(ts, 5)) }, iter(lst()))},
		{"next(iter([]))", one(func(ts *Thread, a *Object) *Object { return Next(ts, a) }, iter(lst()))},
		{"contains(1, 2)", two(func(ts *Thread, a, b *Object) *Object {
			if r := Contains(ts, b, a); r >= 0 {
				return Bool(r == 1)
			}
			return nil
		}, i1, func(ts *Thread) *Object { return I(ts, 2) })},
		{"unpack2(1)", one(unpack, i1)},
		{"unpack2([1])", one(unpack, lst(1))},
		{"unpack2([1, 2])", one(unpack, lst(1, 2))},
		{"unpack2([1, 2, 3])", one(unpack, lst(1, 2, 3))},
		{"unpack2(iter([1, 2, 3]))", one(unpack, iter(lst(1, 2, 3)))},
		{"unpack2(iter([1]))", one(unpack, iter(lst(1)))},
		{"unpack2(iter([1, 2]))", one(unpack, iter(lst(1, 2)))},
		{"operator.length_hint(iter([1, 2, 3]))", one(func(ts *Thread, a *Object) *Object {
			if n := LengthHint(ts, a, 0); n >= 0 {
				return I(ts, int64(n))
			}
			return nil
		}, iter(lst(1, 2, 3)))},
		{"operator.length_hint(1, 5)", one(func(ts *Thread, a *Object) *Object { return I(ts, int64(LengthHint(ts, a, 5))) }, i1)},
		{"format(1.5, '')", two(Format, flt, func(ts *Thread) *Object { return EmptyStr })},
		{"format(object(), 'x')", two(Format, func(ts *Thread) *Object { return typeTestCall(ts, ObjectType.TypeObject()) }, sa)},
		{"getattr(1, 'x')", one(func(ts *Thread, a *Object) *Object { return GetAttrString(ts, a, "x") }, i1)},
		{"int(1.5)", one(IntOf, flt)},
		{"float(1)", one(FloatOf, i1)},
		{"1(2)", one(func(ts *Thread, a *Object) *Object { return CallOneArg(ts, a, a) }, i1)},
		{"sum([1, 2, 3])", one(func(ts *Thread, a *Object) *Object {
			sum := I(ts, 0)
			ok := Iterate(ts, a, func(x *Object) bool {
				n := BinaryOp(ts, sum, x, OpAdd)
				Decref(ts, sum)
				sum = n
				return n != nil
			})
			if !ok {
				XDecref(ts, sum)
				return nil
			}
			return sum
		}, lst(1, 2, 3))},
	}
	typeTestRun(t, setup, cases)
}
