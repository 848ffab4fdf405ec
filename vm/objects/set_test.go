package objects

import (
	"math"
	"testing"
)

func TestCtrSet(t *testing.T) {
	rng := func(c *ctrT, a, b int64) *Object { return c.own(NewRange(c.ts, a, b, 1)) }
	so := func(c *ctrT, it *Object) *Object { return c.own(NewSet(c.ts, it)) }
	fs := func(c *ctrT, it *Object) *Object { return c.own(NewFrozenSet(c.ts, it)) }
	ctrRun(t, "", []ctrCase{
		{"set([3, 1, 2])", func(c *ctrT) *Object { return c.Set(c.Ints(3, 1, 2)...) }},
		{"set(range(20))", func(c *ctrT) *Object { return so(c, rng(c, 0, 20)) }},
		{"set(range(100, -100, -7))", func(c *ctrT) *Object { return so(c, c.own(NewRange(c.ts, 100, -100, -7))) }},
		{"set([-1, -2, 8, 16, 24, 100, 1000, 2**61, 2**61 - 1, -2**63])", func(c *ctrT) *Object {
			big := func(e int64, d int64) *Object {
				return c.Bin(c.own(Power(c.ts, c.I(2), c.I(e), None)), OpSub, c.I(d))
			}
			return c.Set(c.I(-1), c.I(-2), c.I(8), c.I(16), c.I(24), c.I(100), c.I(1000), big(61, 0), big(61, 1),
				c.own(Negative(c.ts, c.own(Power(c.ts, c.I(2), c.I(63), None)))))
		}},
		{"set()", func(c *ctrT) *Object { return so(c, nil) }},
		{"frozenset()", func(c *ctrT) *Object { return fs(c, nil) }},
		{"frozenset({1, 2})", func(c *ctrT) *Object { return fs(c, c.L(c.Ints(2, 1)...)) }},
		{"(s := set(range(10)), s.discard(3), s.add(33), s.add(3), s)[-1]", func(c *ctrT) *Object {
			s := so(c, rng(c, 0, 10))
			c.M(s, "discard", c.I(3))
			c.M(s, "add", c.I(33))
			c.M(s, "add", c.I(3))
			return s
		}},
		{"(s := set(range(50)), [s.discard(i) for i in range(0, 50, 2)], s)[-1]", func(c *ctrT) *Object {
			s := so(c, rng(c, 0, 50))
			for i := int64(0); i < 50; i += 2 {
				c.M(s, "discard", c.I(i))
			}
			return s
		}},
		{"(s := set([5, 9, 13, 1]), [s.pop() for _ in range(3)], s)", func(c *ctrT) *Object {
			s := c.Set(c.Ints(5, 9, 13, 1)...)
			return c.T(s, c.L(c.M(s, "pop"), c.M(s, "pop"), c.M(s, "pop")), s)
		}},
		{"set().pop()", func(c *ctrT) *Object { return c.M(so(c, nil), "pop") }},
		{"{1}.remove(2)", func(c *ctrT) *Object { return c.M(c.Set(c.I(1)), "remove", c.I(2)) }},
		{"{1}.add([])", func(c *ctrT) *Object { return c.M(c.Set(c.I(1)), "add", c.L()) }},
		{"{frozenset({1})}.__contains__({1})", func(c *ctrT) *Object {
			return c.M(c.Set(fs(c, c.L(c.I(1)))), "__contains__", c.Set(c.I(1)))
		}},
		{"(s := {frozenset({1}), 2}, s.remove({1}), s)[-1]", func(c *ctrT) *Object {
			s := c.Set(fs(c, c.L(c.I(1))), c.I(2))
			return c.Seq(func() *Object { return c.M(s, "remove", c.Set(c.I(1))) }, func() *Object { return s })
		}},
		{"set(range(10)) | set(range(5, 15))", func(c *ctrT) *Object { return c.Bin(so(c, rng(c, 0, 10)), OpOr, so(c, rng(c, 5, 15))) }},
		{"set(range(10)) & set(range(5, 15))", func(c *ctrT) *Object { return c.Bin(so(c, rng(c, 0, 10)), OpAnd, so(c, rng(c, 5, 15))) }},
		{"set(range(10)) - set(range(5, 15))", func(c *ctrT) *Object { return c.Bin(so(c, rng(c, 0, 10)), OpSub, so(c, rng(c, 5, 15))) }},
		{"set(range(10)) ^ set(range(5, 15))", func(c *ctrT) *Object { return c.Bin(so(c, rng(c, 0, 10)), OpXor, so(c, rng(c, 5, 15))) }},
		{"set(range(100)) - {1, 2}", func(c *ctrT) *Object { return c.Bin(so(c, rng(c, 0, 100)), OpSub, c.Set(c.Ints(1, 2)...)) }},
		{"frozenset(range(4)) | {9}", func(c *ctrT) *Object { return c.Bin(fs(c, rng(c, 0, 4)), OpOr, c.Set(c.I(9))) }},
		{"{9} | frozenset(range(4))", func(c *ctrT) *Object { return c.Bin(c.Set(c.I(9)), OpOr, fs(c, rng(c, 0, 4))) }},
		{"{1} | [1]", func(c *ctrT) *Object { return c.Bin(c.Set(c.I(1)), OpOr, c.L(c.I(1))) }},
		{"(s := {1, 2}, s.__ior__({3}), s.__iand__({2, 3}), s.__isub__({3}), s.__ixor__({7}), s)[-1]", func(c *ctrT) *Object {
			s := c.Set(c.Ints(1, 2)...)
			c.own(InplaceOp(c.ts, s, c.Set(c.I(3)), OpOr))
			c.own(InplaceOp(c.ts, s, c.Set(c.Ints(2, 3)...), OpAnd))
			c.own(InplaceOp(c.ts, s, c.Set(c.I(3)), OpSub))
			c.own(InplaceOp(c.ts, s, c.Set(c.I(7)), OpXor))
			return s
		}},
		{"{1, 2} <= {1, 2, 3}", func(c *ctrT) *Object { return c.Cmp(c.Set(c.Ints(1, 2)...), LE, c.Set(c.Ints(1, 2, 3)...)) }},
		{"{1, 2} < {1, 2}", func(c *ctrT) *Object { return c.Cmp(c.Set(c.Ints(1, 2)...), LT, c.Set(c.Ints(1, 2)...)) }},
		{"{1, 2} >= {2}", func(c *ctrT) *Object { return c.Cmp(c.Set(c.Ints(1, 2)...), GE, c.Set(c.I(2))) }},
		{"{1, 2} > {3}", func(c *ctrT) *Object { return c.Cmp(c.Set(c.Ints(1, 2)...), GT, c.Set(c.I(3))) }},
		{"{1, 2} == frozenset({2, 1})", func(c *ctrT) *Object { return c.Cmp(c.Set(c.Ints(1, 2)...), EQ, fs(c, c.L(c.Ints(2, 1)...))) }},
		{"{1, 2} != {1}", func(c *ctrT) *Object { return c.Cmp(c.Set(c.Ints(1, 2)...), NE, c.Set(c.I(1))) }},
		{"{1, 2} == [1, 2]", func(c *ctrT) *Object { return c.Cmp(c.Set(c.Ints(1, 2)...), EQ, c.L(c.Ints(1, 2)...)) }},
		{"{1, 2}.union([5], (6, 1), range(3))", func(c *ctrT) *Object {
			return c.M(c.Set(c.Ints(1, 2)...), "union", c.L(c.I(5)), c.T(c.Ints(6, 1)...), rng(c, 0, 3))
		}},
		{"{1, 2}.union(x=1)", func(c *ctrT) *Object { return c.MK(c.Set(c.Ints(1, 2)...), "union", nil, "x", c.I(1)) }},
		{"{1, 2, 3}.intersection([2, 3, 4], {3})", func(c *ctrT) *Object {
			return c.M(c.Set(c.Ints(1, 2, 3)...), "intersection", c.L(c.Ints(2, 3, 4)...), c.Set(c.I(3)))
		}},
		{"{1, 2, 3}.difference([2], (1,))", func(c *ctrT) *Object {
			return c.M(c.Set(c.Ints(1, 2, 3)...), "difference", c.L(c.I(2)), c.T(c.I(1)))
		}},
		{"{1, 2, 3}.symmetric_difference([3, 4])", func(c *ctrT) *Object {
			return c.M(c.Set(c.Ints(1, 2, 3)...), "symmetric_difference", c.L(c.Ints(3, 4)...))
		}},
		{"{1, 2}.issubset(range(5))", func(c *ctrT) *Object { return c.M(c.Set(c.Ints(1, 2)...), "issubset", rng(c, 0, 5)) }},
		{"{1, 2}.issuperset([1, 9])", func(c *ctrT) *Object { return c.M(c.Set(c.Ints(1, 2)...), "issuperset", c.L(c.Ints(1, 9)...)) }},
		{"{1, 2}.isdisjoint([3])", func(c *ctrT) *Object { return c.M(c.Set(c.Ints(1, 2)...), "isdisjoint", c.L(c.I(3))) }},
		{"{1, 2}.issubset()", func(c *ctrT) *Object { return c.M(c.Set(c.Ints(1, 2)...), "issubset") }},
		{"(s := {1, 2, 3}, s.intersection_update([2, 3], [3]), s.difference_update({3}), s.update([8], [9]), s.symmetric_difference_update({9, 10}), s)[-1]", func(c *ctrT) *Object {
			s := c.Set(c.Ints(1, 2, 3)...)
			c.M(s, "intersection_update", c.L(c.Ints(2, 3)...), c.L(c.I(3)))
			c.M(s, "difference_update", c.Set(c.I(3)))
			c.M(s, "update", c.L(c.I(8)), c.L(c.I(9)))
			c.M(s, "symmetric_difference_update", c.Set(c.Ints(9, 10)...))
			return s
		}},
		{"hash(frozenset())", func(c *ctrT) *Object { return c.I(Hash(c.ts, fs(c, nil))) }},
		{"hash(frozenset(range(100)))", func(c *ctrT) *Object { return c.I(Hash(c.ts, fs(c, rng(c, 0, 100)))) }},
		{"hash(frozenset({frozenset({1}), (1, 2), -1}))", func(c *ctrT) *Object {
			return c.I(Hash(c.ts, fs(c, c.L(fs(c, c.L(c.I(1))), c.T(c.Ints(1, 2)...), c.I(-1)))))
		}},
		{"hash({1})", func(c *ctrT) *Object {
			if h := Hash(c.ts, c.Set(c.I(1))); h != -1 {
				return c.I(h)
			}
			return nil
		}},
		{"set([1], [2])", func(c *ctrT) *Object { return c.Call(SetType.TypeObject(), c.L(c.I(1)), c.L(c.I(2))) }},
		{"set(1)", func(c *ctrT) *Object { return c.Call(SetType.TypeObject(), c.I(1)) }},
		{"frozenset([1, 1, 2])", func(c *ctrT) *Object { return c.Call(FrozenSetType.TypeObject(), c.L(c.Ints(1, 1, 2)...)) }},
		{"(s := {1, 2}, it := iter(s), next(it), s.add(5), next(it))[-1]", func(c *ctrT) *Object {
			s := c.Set(c.Ints(1, 2)...)
			it := c.own(GetIter(c.ts, s))
			ctrNext(c, it)
			c.M(s, "add", c.I(5))
			return ctrNext(c, it)
		}},
		{"{1, 2}.copy()", func(c *ctrT) *Object { return c.M(c.Set(c.Ints(1, 2)...), "copy") }},
		{"{(1, 2), (2, 1), (1, (2,))}", func(c *ctrT) *Object {
			return c.Set(c.T(c.Ints(1, 2)...), c.T(c.Ints(2, 1)...), c.T(c.I(1), c.T(c.I(2))))
		}},
		{"set([0.5, 1.5, -0.0, 1e300])", func(c *ctrT) *Object {
			f := func(v float64) *Object { return c.own(NewFloat(c.ts, v)) }
			return c.Set(f(0.5), f(1.5), f(math.Copysign(0, -1)), f(1e300))
		}},
		{"(s := set(range(8)), s.__sizeof__(), s.update(range(100)), s.__sizeof__())[1::2]", func(c *ctrT) *Object {
			s := so(c, rng(c, 0, 8))
			a := c.M(s, "__sizeof__")
			c.M(s, "update", rng(c, 0, 100))
			return c.T(a, c.M(s, "__sizeof__"))
		}},
	})
}

func TestCtrRangeSlice(t *testing.T) {
	r := func(c *ctrT, a, b, s int64) *Object { return c.own(NewRange(c.ts, a, b, s)) }
	p2 := func(c *ctrT, e int64) *Object { return c.own(Power(c.ts, c.I(2), c.I(e), None)) }
	rc := func(c *ctrT, args ...*Object) *Object { return c.Call(RangeType.TypeObject(), args...) }
	ctrRun(t, "", []ctrCase{
		{"range(5)", func(c *ctrT) *Object { return r(c, 0, 5, 1) }},
		{"range(1, 10, 3)", func(c *ctrT) *Object { return r(c, 1, 10, 3) }},
		{"list(range(10, 0, -3))", func(c *ctrT) *Object { return ctrIterList(c, r(c, 10, 0, -3)) }},
		{"len(range(10, 0, -3))", func(c *ctrT) *Object { return c.I(int64(Len(c.ts, r(c, 10, 0, -3)))) }},
		{"range(10, 0, -3)[-1]", func(c *ctrT) *Object { return c.Get(r(c, 10, 0, -3), c.I(-1)) }},
		{"range(10, 0, -3)[4]", func(c *ctrT) *Object { return c.Get(r(c, 10, 0, -3), c.I(4)) }},
		{"range(10)[1:7:2]", func(c *ctrT) *Object { return c.Get(r(c, 0, 10, 1), c.Sl(c.I(1), c.I(7), c.I(2))) }},
		{"range(10)[::-1]", func(c *ctrT) *Object { return c.Get(r(c, 0, 10, 1), c.Sl(nil, nil, c.I(-1))) }},
		{"range(0, 20, 3)[5:1:-2]", func(c *ctrT) *Object { return c.Get(r(c, 0, 20, 3), c.Sl(c.I(5), c.I(1), c.I(-2))) }},
		{"range(10)['a']", func(c *ctrT) *Object { return c.Get(r(c, 0, 10, 1), c.S("a")) }},
		{"7 in range(1, 10, 3)", func(c *ctrT) *Object { return Bool(Contains(c.ts, r(c, 1, 10, 3), c.I(7)) == 1) }},
		{"8 in range(1, 10, 3)", func(c *ctrT) *Object { return Bool(Contains(c.ts, r(c, 1, 10, 3), c.I(8)) == 1) }},
		{"7.0 in range(1, 10, 3)", func(c *ctrT) *Object { return Bool(Contains(c.ts, r(c, 1, 10, 3), c.own(NewFloat(c.ts, 7))) == 1) }},
		{"range(1, 10, 3).index(7)", func(c *ctrT) *Object { return c.M(r(c, 1, 10, 3), "index", c.I(7)) }},
		{"range(1, 10, 3).index(8)", func(c *ctrT) *Object { return c.M(r(c, 1, 10, 3), "index", c.I(8)) }},
		{"range(1, 10, 3).index(7.0)", func(c *ctrT) *Object { return c.M(r(c, 1, 10, 3), "index", c.own(NewFloat(c.ts, 7))) }},
		{"range(1, 10, 3).index('x')", func(c *ctrT) *Object { return c.M(r(c, 1, 10, 3), "index", c.S("x")) }},
		{"range(1, 10, 3).count(4)", func(c *ctrT) *Object { return c.M(r(c, 1, 10, 3), "count", c.I(4)) }},
		{"range(0) == range(5, 5)", func(c *ctrT) *Object { return c.Cmp(r(c, 0, 0, 1), EQ, r(c, 5, 5, 1)) }},
		{"range(0, 3, 2) == range(0, 4, 2)", func(c *ctrT) *Object { return c.Cmp(r(c, 0, 3, 2), EQ, r(c, 0, 4, 2)) }},
		{"range(1, 2, 5) == range(1, 3, 9)", func(c *ctrT) *Object { return c.Cmp(r(c, 1, 2, 5), EQ, r(c, 1, 3, 9)) }},
		{"range(3) < range(4)", func(c *ctrT) *Object { return c.Cmp(r(c, 0, 3, 1), LT, r(c, 0, 4, 1)) }},
		{"hash(range(1, 20, 5))", func(c *ctrT) *Object { return c.I(Hash(c.ts, r(c, 1, 20, 5))) }},
		{"list(reversed(range(1, 20, 5)))", func(c *ctrT) *Object { return ctrIterList(c, c.M(r(c, 1, 20, 5), "__reversed__")) }},
		{"bool(range(0)), bool(range(2**100))", func(c *ctrT) *Object {
			return c.T(Bool(IsTrue(c.ts, r(c, 0, 0, 1)) == 1), Bool(IsTrue(c.ts, rc(c, p2(c, 100))) == 1))
		}},
		{"range(2**100)", func(c *ctrT) *Object { return rc(c, p2(c, 100)) }},
		{"len(range(2**100))", func(c *ctrT) *Object {
			n := Len(c.ts, rc(c, p2(c, 100)))
			if n < 0 {
				return nil
			}
			return c.I(int64(n))
		}},
		{"range(2**100)[-1]", func(c *ctrT) *Object { return c.Get(rc(c, p2(c, 100)), c.I(-1)) }},
		{"range(0, 2**100, 2**98)[2:]", func(c *ctrT) *Object { return c.Get(rc(c, c.I(0), p2(c, 100), p2(c, 98)), c.Sl(c.I(2), nil, nil)) }},
		{"2**99 in range(0, 2**100, 2**98)", func(c *ctrT) *Object {
			return Bool(Contains(c.ts, rc(c, c.I(0), p2(c, 100), p2(c, 98)), p2(c, 99)) == 1)
		}},
		{"range(2**100).index(2**99)", func(c *ctrT) *Object { return c.M(rc(c, p2(c, 100)), "index", p2(c, 99)) }},
		{"list(reversed(range(2**64, 2**64 + 3)))", func(c *ctrT) *Object {
			return ctrIterList(c, c.M(rc(c, p2(c, 64), c.Bin(p2(c, 64), OpAdd, c.I(3))), "__reversed__"))
		}},
		{"type(iter(range(2**64))).__name__, type(iter(range(5))).__name__, type(iter(range(0, 2**63-1, 2))).__name__", func(c *ctrT) *Object {
			a := c.own(GetIter(c.ts, rc(c, p2(c, 64))))
			b := c.own(GetIter(c.ts, r(c, 0, 5, 1)))
			d := c.own(GetIter(c.ts, r(c, 0, 1<<63-1, 2)))
			return c.T(c.S(TypeName(a)), c.S(TypeName(b)), c.S(TypeName(d)))
		}},
		{"range()", func(c *ctrT) *Object { return rc(c) }},
		{"range(1, 2, 0)", func(c *ctrT) *Object { return rc(c, c.I(1), c.I(2), c.I(0)) }},
		{"range(1.5)", func(c *ctrT) *Object { return rc(c, c.own(NewFloat(c.ts, 1.5))) }},
		{"range(1, 2, 3, 4)", func(c *ctrT) *Object { return rc(c, c.I(1), c.I(2), c.I(3), c.I(4)) }},
		{"(it := iter(range(5)), next(it), it.__length_hint__())[-1]", func(c *ctrT) *Object {
			it := c.own(GetIter(c.ts, r(c, 0, 5, 1)))
			ctrNext(c, it)
			return c.M(it, "__length_hint__")
		}},

		{"slice(1, 2)", func(c *ctrT) *Object { return c.Sl(c.I(1), c.I(2), nil) }},
		{"slice(None, 'a', [])", func(c *ctrT) *Object { return c.Sl(nil, c.S("a"), c.L()) }},
		{"slice(1, 2) == slice(1, 2)", func(c *ctrT) *Object { return c.Cmp(c.Sl(c.I(1), c.I(2), nil), EQ, c.Sl(c.I(1), c.I(2), nil)) }},
		{"slice(1, 2) < slice(1, 3)", func(c *ctrT) *Object { return c.Cmp(c.Sl(c.I(1), c.I(2), nil), LT, c.Sl(c.I(1), c.I(3), nil)) }},
		{"hash(slice(1))", func(c *ctrT) *Object {
			h := Hash(c.ts, c.Sl(nil, c.I(1), nil))
			if h == -1 {
				return nil
			}
			return c.I(h)
		}},
		{"slice(1, 20, 3).indices(10)", func(c *ctrT) *Object { return c.M(c.Sl(c.I(1), c.I(20), c.I(3)), "indices", c.I(10)) }},
		{"slice(None, None, -1).indices(5)", func(c *ctrT) *Object { return c.M(c.Sl(nil, nil, c.I(-1)), "indices", c.I(5)) }},
		{"slice(-100, 100, 2**70).indices(7)", func(c *ctrT) *Object { return c.M(c.Sl(c.I(-100), c.I(100), p2(c, 70)), "indices", c.I(7)) }},
		{"slice(1, 2).indices(-1)", func(c *ctrT) *Object { return c.M(c.Sl(c.I(1), c.I(2), nil), "indices", c.I(-1)) }},
		{"slice(1, 2, 0).indices(5)", func(c *ctrT) *Object { return c.M(c.Sl(c.I(1), c.I(2), c.I(0)), "indices", c.I(5)) }},
		{"slice('a', 2).indices(5)", func(c *ctrT) *Object { return c.M(c.Sl(c.S("a"), c.I(2), nil), "indices", c.I(5)) }},
		{"slice(1, 2, 3).__reduce__()", func(c *ctrT) *Object { return c.M(c.Sl(c.I(1), c.I(2), c.I(3)), "__reduce__") }},
		{"(slice(1, 2, 3).start, slice(4).stop, slice(4).step)", func(c *ctrT) *Object {
			s := c.Sl(c.I(1), c.I(2), c.I(3))
			s4 := c.Sl(nil, c.I(4), nil)
			return c.T(c.own(GetAttrString(c.ts, s, "start")), c.own(GetAttrString(c.ts, s4, "stop")), c.own(GetAttrString(c.ts, s4, "step")))
		}},
	})
}
