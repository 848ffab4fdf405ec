package objects

import "testing"

func TestCtrTupleAndList(t *testing.T) {
	ctrRun(t, "", []ctrCase{
		{"()", func(c *ctrT) *Object { return c.T() }},
		{"(1,)", func(c *ctrT) *Object { return c.T(c.I(1)) }},
		{"(1, 'a', (2, 3))", func(c *ctrT) *Object { return c.T(c.I(1), c.S("a"), c.T(c.I(2), c.I(3))) }},
		{"hash(())", func(c *ctrT) *Object { return c.I(Hash(c.ts, c.T())) }},
		{"hash((1, 2, 3))", func(c *ctrT) *Object { return c.I(Hash(c.ts, c.T(c.Ints(1, 2, 3)...))) }},
		{"hash((-1, (2, -2), ()))", func(c *ctrT) *Object {
			return c.I(Hash(c.ts, c.T(c.I(-1), c.T(c.I(2), c.I(-2)), c.T())))
		}},
		{"hash((1, []))", func(c *ctrT) *Object {
			h := Hash(c.ts, c.T(c.I(1), c.L()))
			if h == -1 {
				return nil
			}
			return c.I(h)
		}},
		{"(1, 2) < (1, 3)", func(c *ctrT) *Object { return c.Cmp(c.T(c.Ints(1, 2)...), LT, c.T(c.Ints(1, 3)...)) }},
		{"(1, 2) < (1, 2, 0)", func(c *ctrT) *Object { return c.Cmp(c.T(c.Ints(1, 2)...), LT, c.T(c.Ints(1, 2, 0)...)) }},
		{"(1, 2) == (1, 2)", func(c *ctrT) *Object { return c.Cmp(c.T(c.Ints(1, 2)...), EQ, c.T(c.Ints(1, 2)...)) }},
		{"(1, 'a') < (1, 2)", func(c *ctrT) *Object { return c.Cmp(c.T(c.I(1), c.S("a")), LT, c.T(c.Ints(1, 2)...)) }},
		{"(1, 2, 3) + (4,)", func(c *ctrT) *Object { return c.Bin(c.T(c.Ints(1, 2, 3)...), OpAdd, c.T(c.I(4))) }},
		{"(1,) + [2]", func(c *ctrT) *Object { return c.Bin(c.T(c.I(1)), OpAdd, c.L(c.I(2))) }},
		{"(1, 2) * 3", func(c *ctrT) *Object { return c.Bin(c.T(c.Ints(1, 2)...), OpMul, c.I(3)) }},
		{"2 * (1, 2)", func(c *ctrT) *Object { return c.Bin(c.I(2), OpMul, c.T(c.Ints(1, 2)...)) }},
		{"(1, 2) * -1", func(c *ctrT) *Object { return c.Bin(c.T(c.Ints(1, 2)...), OpMul, c.I(-1)) }},
		{"(1, 2) * 'a'", func(c *ctrT) *Object { return c.Bin(c.T(c.Ints(1, 2)...), OpMul, c.S("a")) }},
		{"(0, 1, 2, 3, 4, 5)[::2]", func(c *ctrT) *Object { return c.Get(c.T(c.Ints(0, 1, 2, 3, 4, 5)...), c.Sl(nil, nil, c.I(2))) }},
		{"(0, 1, 2, 3, 4, 5)[-2:]", func(c *ctrT) *Object { return c.Get(c.T(c.Ints(0, 1, 2, 3, 4, 5)...), c.Sl(c.I(-2), nil, nil)) }},
		{"(0, 1, 2, 3, 4, 5)[10:1:-3]", func(c *ctrT) *Object {
			return c.Get(c.T(c.Ints(0, 1, 2, 3, 4, 5)...), c.Sl(c.I(10), c.I(1), c.I(-3)))
		}},
		{"(0, 1)[2]", func(c *ctrT) *Object { return c.Get(c.T(c.Ints(0, 1)...), c.I(2)) }},
		{"(0, 1)[-2]", func(c *ctrT) *Object { return c.Get(c.T(c.Ints(0, 1)...), c.I(-2)) }},
		{"(0, 1)['x']", func(c *ctrT) *Object { return c.Get(c.T(c.Ints(0, 1)...), c.S("x")) }},
		{"(0, 1)[::0]", func(c *ctrT) *Object { return c.Get(c.T(c.Ints(0, 1)...), c.Sl(nil, nil, c.I(0))) }},
		{"(1, 2, 1).count(1)", func(c *ctrT) *Object { return c.M(c.T(c.Ints(1, 2, 1)...), "count", c.I(1)) }},
		{"(1, 2, 1).index(1, 1)", func(c *ctrT) *Object { return c.M(c.T(c.Ints(1, 2, 1)...), "index", c.I(1), c.I(1)) }},
		{"(1, 2, 1).index(3)", func(c *ctrT) *Object { return c.M(c.T(c.Ints(1, 2, 1)...), "index", c.I(3)) }},
		{"(1, 2, 1).index()", func(c *ctrT) *Object { return c.M(c.T(c.Ints(1, 2, 1)...), "index") }},
		{"tuple([1, 2])", func(c *ctrT) *Object { return c.Call(TupleType.TypeObject(), c.L(c.Ints(1, 2)...)) }},
		{"tuple(range(3))", func(c *ctrT) *Object { return c.Call(TupleType.TypeObject(), c.own(NewRange(c.ts, 0, 3, 1))) }},
		{"tuple(5)", func(c *ctrT) *Object { return c.Call(TupleType.TypeObject(), c.I(5)) }},

		{"[]", func(c *ctrT) *Object { return c.L() }},
		{"[1, [2, 'x'], ()]", func(c *ctrT) *Object { return c.L(c.I(1), c.L(c.I(2), c.S("x")), c.T()) }},
		{"[1, 2] + [3]", func(c *ctrT) *Object { return c.Bin(c.L(c.Ints(1, 2)...), OpAdd, c.L(c.I(3))) }},
		{"[1, 2] + (3,)", func(c *ctrT) *Object { return c.Bin(c.L(c.Ints(1, 2)...), OpAdd, c.T(c.I(3))) }},
		{"[1, 2] * 2", func(c *ctrT) *Object { return c.Bin(c.L(c.Ints(1, 2)...), OpMul, c.I(2)) }},
		{"[1] * 2.0", func(c *ctrT) *Object { return c.Bin(c.L(c.I(1)), OpMul, c.own(NewFloat(c.ts, 2))) }},
		{"[1, 2] == [1, 2]", func(c *ctrT) *Object { return c.Cmp(c.L(c.Ints(1, 2)...), EQ, c.L(c.Ints(1, 2)...)) }},
		{"[1, 2] >= [1, 2, 3]", func(c *ctrT) *Object { return c.Cmp(c.L(c.Ints(1, 2)...), GE, c.L(c.Ints(1, 2, 3)...)) }},
		{"[1, 2] == (1, 2)", func(c *ctrT) *Object { return c.Cmp(c.L(c.Ints(1, 2)...), EQ, c.T(c.Ints(1, 2)...)) }},
		{"[1] < (1,)", func(c *ctrT) *Object { return c.Cmp(c.L(c.I(1)), LT, c.T(c.I(1))) }},
		{"(l := [1, 2, 3], l.append(4), l.insert(0, 0), l.insert(-1, 9), l.insert(100, 7), l)[-1]", func(c *ctrT) *Object {
			l := c.L(c.Ints(1, 2, 3)...)
			return c.Seq(func() *Object { return c.M(l, "append", c.I(4)) },
				func() *Object { return c.M(l, "insert", c.I(0), c.I(0)) },
				func() *Object { return c.M(l, "insert", c.I(-1), c.I(9)) },
				func() *Object { return c.M(l, "insert", c.I(100), c.I(7)) },
				func() *Object { return l })
		}},
		{"(l := [1, 2, 3], l.pop(), l.pop(0), l)", func(c *ctrT) *Object {
			l := c.L(c.Ints(1, 2, 3)...)
			a := c.M(l, "pop")
			b := c.M(l, "pop", c.I(0))
			return c.T(l, a, b, l)
		}},
		{"[].pop()", func(c *ctrT) *Object { return c.M(c.L(), "pop") }},
		{"[1].pop(3)", func(c *ctrT) *Object { return c.M(c.L(c.I(1)), "pop", c.I(3)) }},
		{"[1].pop(1, 2)", func(c *ctrT) *Object { return c.M(c.L(c.I(1)), "pop", c.I(1), c.I(2)) }},
		{"[1, 2].index(3)", func(c *ctrT) *Object { return c.M(c.L(c.Ints(1, 2)...), "index", c.I(3)) }},
		{"[1, 2, 1].index(1, -1)", func(c *ctrT) *Object { return c.M(c.L(c.Ints(1, 2, 1)...), "index", c.I(1), c.I(-1)) }},
		{"[1, 2].remove(3)", func(c *ctrT) *Object { return c.M(c.L(c.Ints(1, 2)...), "remove", c.I(3)) }},
		{"(l := [1, 2, 1], l.remove(1), l)[-1]", func(c *ctrT) *Object {
			l := c.L(c.Ints(1, 2, 1)...)
			return c.Seq(func() *Object { return c.M(l, "remove", c.I(1)) }, func() *Object { return l })
		}},
		{"[1, 2, 1, 1].count(1)", func(c *ctrT) *Object { return c.M(c.L(c.Ints(1, 2, 1, 1)...), "count", c.I(1)) }},
		{"[].append()", func(c *ctrT) *Object { return c.M(c.L(), "append") }},
		{"[].clear(1)", func(c *ctrT) *Object { return c.M(c.L(), "clear", c.I(1)) }},
		{"(l := [3, 1, 2], l.reverse(), l)[-1]", func(c *ctrT) *Object {
			l := c.L(c.Ints(3, 1, 2)...)
			return c.Seq(func() *Object { return c.M(l, "reverse") }, func() *Object { return l })
		}},
		{"(l := [1, 2], l.extend(range(3)), l.extend((9,)), l.extend(l), l)[-1]", func(c *ctrT) *Object {
			l := c.L(c.Ints(1, 2)...)
			return c.Seq(func() *Object { return c.M(l, "extend", c.own(NewRange(c.ts, 0, 3, 1))) },
				func() *Object { return c.M(l, "extend", c.T(c.I(9))) },
				func() *Object { return c.M(l, "extend", l) },
				func() *Object { return l })
		}},
		{"[].extend(1)", func(c *ctrT) *Object { return c.M(c.L(), "extend", c.I(1)) }},
		{"(l := [1], l.__iadd__((2, 3)), l.__imul__(2), l)[-1]", func(c *ctrT) *Object {
			l := c.L(c.I(1))
			c.own(InplaceOp(c.ts, l, c.T(c.Ints(2, 3)...), OpAdd))
			c.own(InplaceOp(c.ts, l, c.I(2), OpMul))
			return l
		}},
		{"list(range(10))[2:8:3]", func(c *ctrT) *Object {
			return c.Get(c.Call(ListType.TypeObject(), c.own(NewRange(c.ts, 0, 10, 1))), c.Sl(c.I(2), c.I(8), c.I(3)))
		}},
		{"list(range(10))[::-1]", func(c *ctrT) *Object {
			return c.Get(c.Call(ListType.TypeObject(), c.own(NewRange(c.ts, 0, 10, 1))), c.Sl(nil, nil, c.I(-1)))
		}},
		{"[1][1]", func(c *ctrT) *Object { return c.Get(c.L(c.I(1)), c.I(1)) }},
		{"[1][2**100]", func(c *ctrT) *Object { return c.Get(c.L(c.I(1)), c.own(Power(c.ts, c.I(2), c.I(100), None))) }},
		{"list(1, 2)", func(c *ctrT) *Object { return c.Call(ListType.TypeObject(), c.I(1), c.I(2)) }},
	})
}

// ctrListFrom makes list(range(n)).
func ctrListFrom(c *ctrT, n int64) *Object {
	return c.Call(ListType.TypeObject(), c.own(NewRange(c.ts, 0, n, 1)))
}

func TestCtrListAssign(t *testing.T) {
	set := func(c *ctrT, l, key, v *Object) *Object {
		return c.Seq(func() *Object { return c.St(SetItem(c.ts, l, key, v)) }, func() *Object { return l })
	}
	del := func(c *ctrT, l, key *Object) *Object {
		return c.Seq(func() *Object { return c.St(DelItem(c.ts, l, key)) }, func() *Object { return l })
	}
	r := func(c *ctrT, n int64) *Object { return ctrListFrom(c, n) }
	ctrRun(t, "def s(l, k, v):\n    l[k] = v\n    return l\ndef d(l, k):\n    del l[k]\n    return l\n", []ctrCase{
		{"s(list(range(5)), 1, 'x')", func(c *ctrT) *Object { return set(c, r(c, 5), c.I(1), c.S("x")) }},
		{"s(list(range(5)), -6, 'x')", func(c *ctrT) *Object { return set(c, r(c, 5), c.I(-6), c.S("x")) }},
		{"s(list(range(5)), slice(1, 3), [])", func(c *ctrT) *Object { return set(c, r(c, 5), c.Sl(c.I(1), c.I(3), nil), c.L()) }},
		{"s(list(range(5)), slice(1, 2), 'abc')", func(c *ctrT) *Object {
			return set(c, r(c, 5), c.Sl(c.I(1), c.I(2), nil), c.L(c.S("a"), c.S("b"), c.S("c")))
		}},
		{"s(list(range(5)), slice(4, 1), [7, 8])", func(c *ctrT) *Object {
			return set(c, r(c, 5), c.Sl(c.I(4), c.I(1), nil), c.L(c.Ints(7, 8)...))
		}},
		{"s(list(range(5)), slice(None, None, 2), [7, 8, 9])", func(c *ctrT) *Object {
			return set(c, r(c, 5), c.Sl(nil, nil, c.I(2)), c.L(c.Ints(7, 8, 9)...))
		}},
		{"s(list(range(5)), slice(None, None, 2), [7, 8])", func(c *ctrT) *Object {
			return set(c, r(c, 5), c.Sl(nil, nil, c.I(2)), c.L(c.Ints(7, 8)...))
		}},
		{"s(list(range(5)), slice(None, None, -2), (7, 8, 9))", func(c *ctrT) *Object {
			return set(c, r(c, 5), c.Sl(nil, nil, c.I(-2)), c.T(c.Ints(7, 8, 9)...))
		}},
		{"s(list(range(5)), slice(None, None, 2), 1)", func(c *ctrT) *Object { return set(c, r(c, 5), c.Sl(nil, nil, c.I(2)), c.I(1)) }},
		{"s(list(range(5)), slice(0, 1), 1)", func(c *ctrT) *Object { return set(c, r(c, 5), c.Sl(c.I(0), c.I(1), nil), c.I(1)) }},
		{"s(list(range(5)), 'a', 1)", func(c *ctrT) *Object { return set(c, r(c, 5), c.S("a"), c.I(1)) }},
		{"s(list(range(5)), 5, 1)", func(c *ctrT) *Object { return set(c, r(c, 5), c.I(5), c.I(1)) }},
		{"(l := [1, 2], s(l, slice(0, 0), l))[0]", func(c *ctrT) *Object {
			l := c.L(c.Ints(1, 2)...)
			return set(c, l, c.Sl(c.I(0), c.I(0), nil), l)
		}},
		{"d(list(range(10)), slice(1, None, 3))", func(c *ctrT) *Object { return del(c, r(c, 10), c.Sl(c.I(1), nil, c.I(3))) }},
		{"d(list(range(10)), slice(None, None, -3))", func(c *ctrT) *Object { return del(c, r(c, 10), c.Sl(nil, nil, c.I(-3))) }},
		{"d(list(range(10)), slice(8, 2, -2))", func(c *ctrT) *Object { return del(c, r(c, 10), c.Sl(c.I(8), c.I(2), c.I(-2))) }},
		{"d(list(range(10)), slice(2, 5))", func(c *ctrT) *Object { return del(c, r(c, 10), c.Sl(c.I(2), c.I(5), nil)) }},
		{"d(list(range(10)), -1)", func(c *ctrT) *Object { return del(c, r(c, 10), c.I(-1)) }},
		{"d(list(range(10)), 10)", func(c *ctrT) *Object { return del(c, r(c, 10), c.I(10)) }},
	})
}
