package objects

import (
	"math"
	"testing"
)

// ctrGoFunc makes a built-in function object running fn (for key functions
// and callbacks in tests).
func ctrGoFunc(c *ctrT, name string, fn func(ts *Thread, args []*Object) *Object) *Object {
	def := &MethodDef{Name: name, Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		return fn(ts, args)
	}}
	return c.own(NewBuiltinFunction(c.ts, def, nil, nil))
}

func TestCtrMoreSequences(t *testing.T) {
	nan := func(c *ctrT) *Object { return c.own(NewFloat(c.ts, math.NaN())) }
	ctrRun(t, "nan = float('nan')\ndef modsort():\n    l = [3, 1, 2]\n    try:\n        l.sort(key=lambda x: l.append(x) or x)\n    except ValueError as e:\n        return (str(e), l)\n", []ctrCase{
		{"(l := [nan], l == l, l == [float('nan')], nan in l, l.count(nan), l.index(nan))[1:]", func(c *ctrT) *Object {
			n := nan(c)
			l := c.L(n)
			return c.T(c.Cmp(l, EQ, l), c.Cmp(l, EQ, c.L(nan(c))), Bool(Contains(c.ts, l, n) == 1), c.M(l, "count", n), c.M(l, "index", n))
		}},
		{"(d := {nan: 1}, d.get(nan), d.get(float('nan')), (nan,) == (nan,), {nan} == {nan})[1:]", func(c *ctrT) *Object {
			n := nan(c)
			d := c.D(n, c.I(1))
			t1 := c.T(n)
			return c.T(c.M(d, "get", n), c.M(d, "get", nan(c)), c.Cmp(t1, EQ, c.T(n)), c.Cmp(c.Set(n), EQ, c.Set(n)))
		}},
		{"(l := [3, 1, 2], l.sort(key=lambda x: l.append(x)))[-1]", func(c *ctrT) *Object {
			l := c.L(c.Ints(3, 1, 2)...)
			key := ctrGoFunc(c, "k", func(ts *Thread, args []*Object) *Object {
				ListAppend(ts, l, args[0])
				return None
			})
			return c.MK(l, "sort", nil, "key", key)
		}},
		{"modsort()", func(c *ctrT) *Object {
			l := c.L(c.Ints(3, 1, 2)...)
			key := ctrGoFunc(c, "k", func(ts *Thread, args []*Object) *Object {
				ListAppend(ts, l, args[0])
				return NewRef(args[0])
			})
			c.MK(l, "sort", nil, "key", key)
			e := c.own(c.ts.FetchErr())
			return c.T(c.own(StrOf(c.ts, e)), l)
		}},
		{"[].__sizeof__(), list(range(5)).__sizeof__(), list(iter(range(5))).__sizeof__(), list((1, 2, 3)).__sizeof__()", func(c *ctrT) *Object {
			r5 := c.own(NewRange(c.ts, 0, 5, 1))
			return c.T(c.M(c.L(), "__sizeof__"), c.M(ctrListFrom(c, 5), "__sizeof__"),
				c.M(c.Call(ListType.TypeObject(), c.own(GetIter(c.ts, r5))), "__sizeof__"),
				c.M(c.Call(ListType.TypeObject(), c.T(c.Ints(1, 2, 3)...)), "__sizeof__"))
		}},
		{"(l := [2, 1], l.sort(key=lambda x: (l.append(x), l.clear(), x)[-1]))[-1]", func(c *ctrT) *Object {
			l := c.L(c.Ints(2, 1)...)
			key := ctrGoFunc(c, "k", func(ts *Thread, args []*Object) *Object {
				ListAppend(ts, l, args[0])
				(*List)(unsafePointer(l)).clearItems(ts)
				return NewRef(args[0])
			})
			return c.MK(l, "sort", nil, "key", key)
		}},
		{"list(reversed([1, 2, 3]))", func(c *ctrT) *Object { return ctrIterList(c, c.own(ListReversed(c.ts, c.L(c.Ints(1, 2, 3)...)))) }},
		{"(it := iter([1, 2, 3]), next(it), it.__length_hint__(), list(it), it.__length_hint__())[2:]", func(c *ctrT) *Object {
			it := c.own(GetIter(c.ts, c.L(c.Ints(1, 2, 3)...)))
			ctrNext(c, it)
			h := c.M(it, "__length_hint__")
			return c.T(h, ctrIterList(c, it), c.M(it, "__length_hint__"))
		}},
		{"(l := [1, 2, 3], it := reversed(l), next(it), l.clear(), list(it))[-1]", func(c *ctrT) *Object {
			l := c.L(c.Ints(1, 2, 3)...)
			it := c.own(ListReversed(c.ts, l))
			ctrNext(c, it)
			c.M(l, "clear")
			return ctrIterList(c, it)
		}},
		{"(l := [1, 2], it := iter(l), next(it), l.append(3), list(it))[-1]", func(c *ctrT) *Object {
			l := c.L(c.Ints(1, 2)...)
			it := c.own(GetIter(c.ts, l))
			ctrNext(c, it)
			c.M(l, "append", c.I(3))
			return ctrIterList(c, it)
		}},
		{"(it := iter((1, 2)), next(it), it.__length_hint__())[-1]", func(c *ctrT) *Object {
			it := c.own(GetIter(c.ts, c.T(c.Ints(1, 2)...)))
			ctrNext(c, it)
			return c.M(it, "__length_hint__")
		}},
		{"(s := {1, 2, 3}, it := iter(s), next(it), it.__length_hint__())[-1]", func(c *ctrT) *Object {
			it := c.own(GetIter(c.ts, c.Set(c.Ints(1, 2, 3)...)))
			ctrNext(c, it)
			return c.M(it, "__length_hint__")
		}},
		{"type(iter([])).__name__, type(reversed([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__, type(iter(set())).__name__", func(c *ctrT) *Object {
			names := []*Object{}
			for _, it := range []*Object{GetIter(c.ts, c.L()), ListReversed(c.ts, c.L()), GetIter(c.ts, c.T(c.I(1))), GetIter(c.ts, c.D()),
				GetIter(c.ts, c.M(c.D(), "values")), GetIter(c.ts, c.M(c.D(), "items")), c.M(c.D(), "__reversed__"), GetIter(c.ts, c.Set())} {
				names = append(names, c.S(TypeName(it)))
				if it.typ != DictRevKeyIterType {
					c.own(it)
				}
			}
			return c.T(names...)
		}},
		{"(l := [], [l.append(i) for i in range(10)], l.__sizeof__())[-1] - [].__sizeof__()", func(c *ctrT) *Object {
			l := c.L()
			for i := int64(0); i < 10; i++ {
				ListAppend(c.ts, l, c.I(i))
			}
			return c.Bin(c.M(l, "__sizeof__"), OpSub, c.M(c.L(), "__sizeof__"))
		}},
	})
}
