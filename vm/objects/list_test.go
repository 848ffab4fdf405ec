package objects

import "testing"

func TestCtrListSort(t *testing.T) {
	lower := func(c *ctrT) *Object { return c.own(GetAttrString(c.ts, StrType.TypeObject(), "lower")) }
	strs := func(c *ctrT, ss ...string) *Object {
		items := make([]*Object, len(ss))
		for i, s := range ss {
			items[i] = c.S(s)
		}
		return c.L(items...)
	}
	sorted := func(c *ctrT, l *Object, kw ...any) *Object {
		return c.Seq(func() *Object { return c.MK(l, "sort", nil, kw...) }, func() *Object { return l })
	}
	ctrRun(t, "def srt(l, **kw):\n    l.sort(**kw)\n    return l\nimport random\nrandom.seed(5)\nR = [random.randrange(1000) for _ in range(300)]\n", []ctrCase{
		{"srt([3, 1, 2])", func(c *ctrT) *Object { return sorted(c, c.L(c.Ints(3, 1, 2)...)) }},
		{"srt([3, 1, 2], reverse=True)", func(c *ctrT) *Object { return sorted(c, c.L(c.Ints(3, 1, 2)...), "reverse", True) }},
		{"srt(['b', 'A', 'a', 'B', 'c', 'C', 'a'], key=str.lower)", func(c *ctrT) *Object {
			return sorted(c, strs(c, "b", "A", "a", "B", "c", "C", "a"), "key", lower(c))
		}},
		{"srt(['b', 'A', 'a', 'B', 'c', 'C', 'a'], key=str.lower, reverse=True)", func(c *ctrT) *Object {
			return sorted(c, strs(c, "b", "A", "a", "B", "c", "C", "a"), "key", lower(c), "reverse", True)
		}},
		{"srt(['b', 'A', 'a', 'B'], key=None)", func(c *ctrT) *Object { return sorted(c, strs(c, "b", "A", "a", "B"), "key", None) }},
		{"srt([3, 'a', 1])", func(c *ctrT) *Object { return sorted(c, c.L(c.I(3), c.S("a"), c.I(1))) }},
		{"srt([1, 2], x=1)", func(c *ctrT) *Object { return sorted(c, c.L(c.Ints(1, 2)...), "x", c.I(1)) }},
		{"[1].sort(1)", func(c *ctrT) *Object { return c.M(c.L(c.I(1)), "sort", c.I(1)) }},
		{"srt(['1', 'x'], key=int)", func(c *ctrT) *Object { return sorted(c, strs(c, "1", "x"), "key", IntType.TypeObject()) }},
		{"srt([2.5, 1, -3, 2**70, -2**70, 0.5])", func(c *ctrT) *Object {
			return sorted(c, c.L(c.own(NewFloat(c.ts, 2.5)), c.I(1), c.I(-3), c.own(Power(c.ts, c.I(2), c.I(70), None)),
				c.own(Negative(c.ts, c.own(Power(c.ts, c.I(2), c.I(70), None)))), c.own(NewFloat(c.ts, 0.5))))
		}},
		{"srt([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')])", func(c *ctrT) *Object {
			return sorted(c, c.L(c.T(c.I(2), c.S("b")), c.T(c.I(1), c.S("z")), c.T(c.I(2), c.S("a")), c.T(c.I(1), c.S("a"))))
		}},
		{"srt(list(R))", func(c *ctrT) *Object { return sorted(c, c.L(ctrRandomInts(c)...)) }},
		{"srt(list(R), reverse=True)", func(c *ctrT) *Object { return sorted(c, c.L(ctrRandomInts(c)...), "reverse", True) }},
	})
}

// ctrRandomInts is python's R (random.seed(5); 300 randrange(1000)),
// computed once by python3.
func ctrRandomInts(c *ctrT) []*Object {
	out := ctrPython(c.t, "import random\nrandom.seed(5)\nR = [random.randrange(1000) for _ in range(300)]", []string{"' '.join(map(str, R))"})
	var vals []int64
	s := out[0]
	s = s[1 : len(s)-1]
	var v int64
	in := false
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			v = v*10 + int64(s[i]-'0')
			in = true
			continue
		}
		if in {
			vals = append(vals, v)
		}
		v, in = 0, false
	}
	return c.Ints(vals...)
}

func TestCtrRecursiveRepr(t *testing.T) {
	ctrRun(t, "", []ctrCase{
		{"repr((l := [1], l.append(l), l)[-1])", func(c *ctrT) *Object {
			l := c.L(c.I(1))
			ListAppend(c.ts, l, l)
			r := c.show(l)
			ctrListClear(c, l)
			return c.S(r)
		}},
		{"repr((d := {}, d.__setitem__(1, d), d)[-1])", func(c *ctrT) *Object {
			d := c.D()
			DictSetItem(c.ts, d, c.I(1), d)
			r := c.show(d)
			DictClear(c.ts, d)
			return c.S(r)
		}},
		{"repr((l := [], l.append((l, {2: l})), l)[-1])", func(c *ctrT) *Object {
			l := c.L()
			ListAppend(c.ts, l, c.T(l, c.D(c.I(2), l)))
			r := c.show(l)
			ctrListClear(c, l)
			return c.S(r)
		}},
	})
}

// ctrListClear empties a list (breaking a test's cycle).
func ctrListClear(c *ctrT, l *Object) { (*List)(unsafePointer(l)).clearItems(c.ts) }
