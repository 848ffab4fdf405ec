package objects

import "testing"

// ctrIterList drains an iterator into a list (nil and the exception on
// failure; the items seen so far are dropped).
func ctrIterList(c *ctrT, it *Object) *Object {
	if it == nil {
		return nil
	}
	return c.Call(ListType.TypeObject(), it)
}

// ctrNext is next(it) with StopIteration as an error, as python's next().
func ctrNext(c *ctrT, it *Object) *Object {
	r := IterNext(c.ts, it)
	if r == nil && !c.ts.Occurred() {
		c.ts.RaiseNone(StopIteration)
	}
	return c.own(r)
}

func TestCtrDict(t *testing.T) {
	d3 := func(c *ctrT) *Object { return c.D(c.I(1), c.S("a"), c.I(2), c.S("b"), c.I(3), c.S("c")) }
	st := func(c *ctrT, status int, o *Object) *Object {
		if status < 0 {
			return nil
		}
		return o
	}
	ctrRun(t, "def d3(): return {1: 'a', 2: 'b', 3: 'c'}\n", []ctrCase{
		{"{}", func(c *ctrT) *Object { return c.D() }},
		{"d3()", d3},
		{"(d := d3(), d.__setitem__(1, 'z'), d)[-1]", func(c *ctrT) *Object {
			d := d3(c)
			return st(c, DictSetItem(c.ts, d, c.I(1), c.S("z")), d)
		}},
		{"(d := d3(), d.__delitem__(1), d.__setitem__(1, 'z'), d)[-1]", func(c *ctrT) *Object {
			d := d3(c)
			DictDelItem(c.ts, d, c.I(1))
			return st(c, DictSetItem(c.ts, d, c.I(1), c.S("z")), d)
		}},
		// A copy of a static template's table (the builtins dict of a new
		// interpreter), then grown past the template's room.
		{"(d := {'a': None, 'b': True, 'c': 'x'}, d.__setitem__('d', 1), d.__setitem__('e', 2), d.__delitem__('b'), d)[-1]", func(c *ctrT) *Object {
			tmpl := NewStaticDictOf([]*Object{StaticStr("a"), StaticStr("b"), StaticStr("c")}, []*Object{None, True, StaticStr("x")}, 1)
			d := c.D()
			if !DictFillStatic(c.ts, d, tmpl) || DictFillStatic(c.ts, d, tmpl) || DictFillStatic(c.ts, d, d) {
				c.ts.RaiseNone(SystemError)
				return nil
			}
			if DictSetItem(c.ts, d, c.S("d"), c.I(1)) < 0 || DictSetItem(c.ts, d, c.S("e"), c.I(2)) < 0 {
				return nil
			}
			return st(c, DictDelItem(c.ts, d, c.S("b")), d)
		}},
		{"d3()[4]", func(c *ctrT) *Object { return c.Get(d3(c), c.I(4)) }},
		{"d3()['x']", func(c *ctrT) *Object { return c.Get(d3(c), c.S("x")) }},
		{"d3()[[1]]", func(c *ctrT) *Object { return c.Get(d3(c), c.L(c.I(1))) }},
		{"d3().__delitem__(9)", func(c *ctrT) *Object { return c.St(DictDelItem(c.ts, d3(c), c.I(9))) }},
		{"{1: 2, 1.0: 3, True: 4}", func(c *ctrT) *Object {
			return c.D(c.I(1), c.I(2), c.own(NewFloat(c.ts, 1)), c.I(3), True, c.I(4))
		}},
		{"d3() == {3: 'c', 2: 'b', 1: 'a'}", func(c *ctrT) *Object {
			return c.Cmp(d3(c), EQ, c.D(c.I(3), c.S("c"), c.I(2), c.S("b"), c.I(1), c.S("a")))
		}},
		{"d3() != {3: 'c', 2: 'b', 1: 'x'}", func(c *ctrT) *Object {
			return c.Cmp(d3(c), NE, c.D(c.I(3), c.S("c"), c.I(2), c.S("b"), c.I(1), c.S("x")))
		}},
		{"d3() < d3()", func(c *ctrT) *Object { return c.Cmp(d3(c), LT, d3(c)) }},
		{"d3().get(2)", func(c *ctrT) *Object { return c.M(d3(c), "get", c.I(2)) }},
		{"d3().get(5)", func(c *ctrT) *Object { return c.M(d3(c), "get", c.I(5)) }},
		{"d3().get(5, 'd')", func(c *ctrT) *Object { return c.M(d3(c), "get", c.I(5), c.S("d")) }},
		{"d3().get()", func(c *ctrT) *Object { return c.M(d3(c), "get") }},
		{"(d := d3(), d.setdefault(5), d.setdefault(1, 'q'), d)", func(c *ctrT) *Object {
			d := d3(c)
			return c.T(d, c.M(d, "setdefault", c.I(5)), c.M(d, "setdefault", c.I(1), c.S("q")), d)
		}},
		{"(d := d3(), d.pop(2), d.pop(7, None), d)", func(c *ctrT) *Object {
			d := d3(c)
			return c.T(d, c.M(d, "pop", c.I(2)), c.M(d, "pop", c.I(7), None), d)
		}},
		{"d3().pop(7)", func(c *ctrT) *Object { return c.M(d3(c), "pop", c.I(7)) }},
		{"{}.pop(7)", func(c *ctrT) *Object { return c.M(c.D(), "pop", c.I(7)) }},
		{"(d := d3(), d.popitem(), d.popitem(), d.__setitem__(9, 9), d)", func(c *ctrT) *Object {
			d := d3(c)
			a, b := c.M(d, "popitem"), c.M(d, "popitem")
			DictSetItem(c.ts, d, c.I(9), c.I(9))
			return c.T(d, a, b, None, d)
		}},
		{"{}.popitem()", func(c *ctrT) *Object { return c.M(c.D(), "popitem") }},
		{"(d := d3(), d.clear(), d)[-1]", func(c *ctrT) *Object {
			d := d3(c)
			return c.Seq(func() *Object { return c.M(d, "clear") }, func() *Object { return d })
		}},
		{"(d := d3(), d.__delitem__(2), d.copy())[-1]", func(c *ctrT) *Object {
			d := d3(c)
			DictDelItem(c.ts, d, c.I(2))
			return c.M(d, "copy")
		}},
		{"dict([(1, 2), [3, 4], 'ab'])", func(c *ctrT) *Object {
			return c.Call(DictType.TypeObject(), c.L(c.T(c.Ints(1, 2)...), c.L(c.Ints(3, 4)...), c.S("ab")))
		}},
		{"dict([1])", func(c *ctrT) *Object { return c.Call(DictType.TypeObject(), c.L(c.I(1))) }},
		{"dict([(1, 2, 3)])", func(c *ctrT) *Object { return c.Call(DictType.TypeObject(), c.L(c.T(c.Ints(1, 2, 3)...))) }},
		{"dict(1)", func(c *ctrT) *Object { return c.Call(DictType.TypeObject(), c.I(1)) }},
		{"dict({}, {})", func(c *ctrT) *Object { return c.Call(DictType.TypeObject(), c.D(), c.D()) }},
		{"dict(d3(), x=1, y=2)", func(c *ctrT) *Object {
			return c.callKw(DictType.TypeObject(), []*Object{d3(c)}, "x", c.I(1), "y", c.I(2))
		}},
		{"(d := d3(), d.update([(4, 'd')], z=0), d)[-1]", func(c *ctrT) *Object {
			d := d3(c)
			return c.Seq(func() *Object { return c.MK(d, "update", []*Object{c.L(c.T(c.I(4), c.S("d")))}, "z", c.I(0)) },
				func() *Object { return d })
		}},
		{"dict.fromkeys('abca')", func(c *ctrT) *Object { return c.M(DictType.TypeObject(), "fromkeys", c.S("abca")) }},
		{"dict.fromkeys(d3(), 0)", func(c *ctrT) *Object { return c.M(DictType.TypeObject(), "fromkeys", d3(c), c.I(0)) }},
		{"dict.fromkeys({5, 1, 3})", func(c *ctrT) *Object { return c.M(DictType.TypeObject(), "fromkeys", c.Set(c.Ints(5, 1, 3)...)) }},
		{"dict.fromkeys()", func(c *ctrT) *Object { return c.M(DictType.TypeObject(), "fromkeys") }},
		{"d3() | {1: 'x', 9: 'y'}", func(c *ctrT) *Object { return c.Bin(d3(c), OpOr, c.D(c.I(1), c.S("x"), c.I(9), c.S("y"))) }},
		{"d3() | [(1, 2)]", func(c *ctrT) *Object { return c.Bin(d3(c), OpOr, c.L(c.T(c.Ints(1, 2)...))) }},
		{"(d := d3(), d.__ior__([(7, 7)]))[-1]", func(c *ctrT) *Object {
			return c.own(InplaceOp(c.ts, d3(c), c.L(c.T(c.Ints(7, 7)...)), OpOr))
		}},
		{"d3().keys()", func(c *ctrT) *Object { return c.M(d3(c), "keys") }},
		{"d3().values()", func(c *ctrT) *Object { return c.M(d3(c), "values") }},
		{"d3().items()", func(c *ctrT) *Object { return c.M(d3(c), "items") }},
		{"len(d3().items())", func(c *ctrT) *Object { return c.I(int64(Len(c.ts, c.M(d3(c), "items")))) }},
		{"(2, 'b') in d3().items()", func(c *ctrT) *Object {
			return Bool(Contains(c.ts, c.M(d3(c), "items"), c.T(c.I(2), c.S("b"))) == 1)
		}},
		{"(2, 'x') in d3().items()", func(c *ctrT) *Object {
			return Bool(Contains(c.ts, c.M(d3(c), "items"), c.T(c.I(2), c.S("x"))) == 1)
		}},
		{"'b' in d3().values()", func(c *ctrT) *Object { return Bool(Contains(c.ts, c.M(d3(c), "values"), c.S("b")) == 1) }},
		{"d3().keys() & {2, 3, 4}", func(c *ctrT) *Object { return c.Bin(c.M(d3(c), "keys"), OpAnd, c.Set(c.Ints(2, 3, 4)...)) }},
		{"[3, 9] & d3().keys()", func(c *ctrT) *Object { return c.Bin(c.L(c.Ints(3, 9)...), OpAnd, c.M(d3(c), "keys")) }},
		{"d3().keys() | [5]", func(c *ctrT) *Object { return c.Bin(c.M(d3(c), "keys"), OpOr, c.L(c.I(5))) }},
		{"d3().keys() - {1}", func(c *ctrT) *Object { return c.Bin(c.M(d3(c), "keys"), OpSub, c.Set(c.I(1))) }},
		{"{1, 7} - d3().keys()", func(c *ctrT) *Object { return c.Bin(c.Set(c.Ints(1, 7)...), OpSub, c.M(d3(c), "keys")) }},
		{"d3().keys() ^ (1, 8)", func(c *ctrT) *Object { return c.Bin(c.M(d3(c), "keys"), OpXor, c.T(c.Ints(1, 8)...)) }},
		{"{1: 10, 2: 20, 3: 30}.items() - {(1, 10)}", func(c *ctrT) *Object {
			d := c.D(c.I(1), c.I(10), c.I(2), c.I(20), c.I(3), c.I(30))
			return c.Bin(c.M(d, "items"), OpSub, c.Set(c.T(c.I(1), c.I(10))))
		}},
		{"d3().keys() == {1, 2, 3}", func(c *ctrT) *Object { return c.Cmp(c.M(d3(c), "keys"), EQ, c.Set(c.Ints(1, 2, 3)...)) }},
		{"d3().keys() < {1, 2, 3, 4}", func(c *ctrT) *Object { return c.Cmp(c.M(d3(c), "keys"), LT, c.Set(c.Ints(1, 2, 3, 4)...)) }},
		{"d3().keys() == [1, 2, 3]", func(c *ctrT) *Object { return c.Cmp(c.M(d3(c), "keys"), EQ, c.L(c.Ints(1, 2, 3)...)) }},
		{"d3().keys().isdisjoint([4, 5])", func(c *ctrT) *Object { return c.M(c.M(d3(c), "keys"), "isdisjoint", c.L(c.Ints(4, 5)...)) }},
		{"d3().keys() - 1", func(c *ctrT) *Object { return c.Bin(c.M(d3(c), "keys"), OpSub, c.I(1)) }},
		{"list(reversed(d3()))", func(c *ctrT) *Object { return ctrIterList(c, c.M(d3(c), "__reversed__")) }},
		{"list(reversed(d3().items()))", func(c *ctrT) *Object { return ctrIterList(c, c.M(c.M(d3(c), "items"), "__reversed__")) }},
		{"list(d3().values())", func(c *ctrT) *Object { return ctrIterList(c, c.M(d3(c), "values")) }},
		{"(d := d3(), it := iter(d), next(it), d.__setitem__(4, 4), next(it))[-1]", func(c *ctrT) *Object {
			d := d3(c)
			it := c.own(GetIter(c.ts, d))
			ctrNext(c, it)
			DictSetItem(c.ts, d, c.I(4), c.I(4))
			return ctrNext(c, it)
		}},
		{"(d := {1: 1, 2: 2}, it := iter(d), next(it), d.__delitem__(1), d.__setitem__(3, 3), next(it), next(it))[-1]", func(c *ctrT) *Object {
			d := c.D(c.I(1), c.I(1), c.I(2), c.I(2))
			it := c.own(GetIter(c.ts, d))
			ctrNext(c, it)
			DictDelItem(c.ts, d, c.I(1))
			DictSetItem(c.ts, d, c.I(3), c.I(3))
			ctrNext(c, it)
			return ctrNext(c, it)
		}},
		{"(it := iter(d3()), next(it), it.__length_hint__())[-1]", func(c *ctrT) *Object {
			it := c.own(GetIter(c.ts, d3(c)))
			ctrNext(c, it)
			return c.M(it, "__length_hint__")
		}},
		{"d3().keys().mapping", func(c *ctrT) *Object { return c.own(GetAttrString(c.ts, c.M(d3(c), "keys"), "mapping")) }},
		{"d3().__sizeof__()", func(c *ctrT) *Object { return c.M(d3(c), "__sizeof__") }},
		{"{}.__sizeof__()", func(c *ctrT) *Object { return c.M(c.D(), "__sizeof__") }},
	})
}

// TestCtrDictBig checks order and contents across resizes and deletions
// against python3.
func TestCtrDictBig(t *testing.T) {
	build := func(c *ctrT) *Object {
		d := c.D()
		for i := int64(0); i < 1000; i++ {
			DictSetItem(c.ts, d, c.I(i*7919%1009), c.I(i))
		}
		for i := int64(0); i < 1009; i += 3 {
			DictDelItem(c.ts, d, c.I(i))
			c.ts.ClearErr()
		}
		for i := int64(2000); i < 2100; i++ {
			DictSetItem(c.ts, d, c.I(i), c.S("v"))
		}
		return d
	}
	py := "(d := {}, [d.__setitem__(i*7919%1009, i) for i in range(1000)], [d.pop(i, None) for i in range(0, 1009, 3)], [d.__setitem__(i, 'v') for i in range(2000, 2100)], d)[-1]"
	ctrRun(t, "", []ctrCase{
		{py, build},
		{"len(" + py + ")", func(c *ctrT) *Object { return c.I(int64(DictLen(build(c)))) }},
		{py + ".__sizeof__()", func(c *ctrT) *Object { return c.M(build(c), "__sizeof__") }},
	})
}

// TestCtrDictStrKeys checks str keys (the str-only fast path and the switch
// to the general layout) under PYTHONHASHSEED=0.
func TestCtrDictStrKeys(t *testing.T) {
	if !ctrNeedSeed0(t, "TestCtrDictStrKeys") {
		return
	}
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"}
	build := func(c *ctrT) *Object {
		d := c.D()
		for i, w := range words {
			DictSetItem(c.ts, d, c.S(w), c.I(int64(i)))
		}
		return d
	}
	ctrRun(t, "words = "+ctrPyList(words)+"\n", []ctrCase{
		{"{w: i for i, w in enumerate(words)}", build},
		{"set(words)", func(c *ctrT) *Object { return c.own(NewSet(c.ts, c.M(build(c), "keys"))) }},
		{"frozenset(words)", func(c *ctrT) *Object { return c.own(NewFrozenSet(c.ts, c.M(build(c), "keys"))) }},
		{"hash(frozenset(words))", func(c *ctrT) *Object { return c.I(Hash(c.ts, c.own(NewFrozenSet(c.ts, c.M(build(c), "keys"))))) }},
		{"hash(tuple(words))", func(c *ctrT) *Object { return c.I(Hash(c.ts, c.own(SequenceTuple(c.ts, c.M(build(c), "keys"))))) }},
		{"set('abcdefghijklmnopqrstuvwxyz')", func(c *ctrT) *Object { return c.own(NewSet(c.ts, c.S("abcdefghijklmnopqrstuvwxyz"))) }},
		{"({w: i for i, w in enumerate(words)} | {1: 2})", func(c *ctrT) *Object { return c.Bin(build(c), OpOr, c.D(c.I(1), c.I(2))) }},
		{"{w: i for i, w in enumerate(words)}['zeta']", func(c *ctrT) *Object {
			return NewRef(DictGetItemStr(c.ts, build(c), "zeta"))
		}},
	})
}

func ctrPyList(ss []string) string {
	s := "["
	for i, w := range ss {
		if i > 0 {
			s += ", "
		}
		s += "'" + w + "'"
	}
	return s + "]"
}
