package stdlib

import (
	"strings"

	"minipy/vm"
	"minipy/vm/objects"
)

// _collections.deque in Go: a ring buffer. s is the buffer (its length
// is the capacity, a power of two), i the head's position, j the length,
// k the maxlen (-1: unbounded), m a mutation count that iterators check.
// The iterators: a the deque, i the next index, j the count when made.

var (
	dequeT    = newGType("deque", "collections", true)
	dequeItT  = newGType("_deque_iterator", "_collections", false)
	dequeRevT = newGType("_deque_reverse_iterator", "_collections", false)
)

func newUnderCollectionsModule(th *vm.Thread) *Object {
	return makeModule(th, "_collections", "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n", nil, map[string]*Object{
		"deque":                   objects.NewRef(dequeT.t.TypeObject()),
		"_deque_iterator":         objects.NewRef(dequeItT.t.TypeObject()),
		"_deque_reverse_iterator": objects.NewRef(dequeRevT.t.TypeObject()),
	})
}

func dqAt(x *gobj, i int64) **Object {
	return &x.s[(x.i+i)&int64(len(x.s)-1)]
}

// dqGrow doubles the buffer (unrolling it so the head is at 0).
func dqGrow(ts *objects.Thread, x *gobj) {
	n := len(x.s) * 2
	if n == 0 {
		n = 8
	}
	ns := make([]*Object, n)
	for i := int64(0); i < x.j; i++ {
		ns[i] = *dqAt(x, i)
	}
	ts.Heap().Charge((n - len(x.s)) * wordSize)
	x.s, x.i = ns, 0
}

func dqPushRight(ts *objects.Thread, x *gobj, v *Object) {
	if x.k == 0 {
		objects.Decref(ts, v)
		return
	}
	if int(x.j) == len(x.s) {
		dqGrow(ts, x)
	}
	*dqAt(x, x.j) = v
	x.j++
	x.m++
	if x.k > 0 && x.j > x.k {
		objects.Decref(ts, dqPopLeft(x))
	}
}

func dqPushLeft(ts *objects.Thread, x *gobj, v *Object) {
	if x.k == 0 {
		objects.Decref(ts, v)
		return
	}
	if int(x.j) == len(x.s) {
		dqGrow(ts, x)
	}
	x.i = (x.i - 1) & int64(len(x.s)-1)
	x.s[x.i] = v
	x.j++
	x.m++
	if x.k > 0 && x.j > x.k {
		objects.Decref(ts, dqPopRight(x))
	}
}

func dqPopLeft(x *gobj) *Object {
	p := dqAt(x, 0)
	v := *p
	*p = nil
	x.i = (x.i + 1) & int64(len(x.s)-1)
	x.j--
	x.m++
	return v
}

func dqPopRight(x *gobj) *Object {
	p := dqAt(x, x.j-1)
	v := *p
	*p = nil
	x.j--
	x.m++
	return v
}

// dqItems copies the items (borrowed) in order.
func dqItems(x *gobj) []*Object {
	out := make([]*Object, x.j)
	for i := range out {
		out[i] = *dqAt(x, int64(i))
	}
	return out
}

func dqClear(ts *objects.Thread, x *gobj) {
	for x.j > 0 {
		objects.Decref(ts, dqPopRight(x))
	}
	x.m++
}

// dqExtend appends (or prepends, left) every item of iterable.
func dqExtend(ts *objects.Thread, x *gobj, iterable *Object, left bool) bool {
	if iterable == &x.Object {
		// Extending by itself: take a snapshot first.
		l := objects.SequenceList(ts, iterable)
		if l == nil {
			return false
		}
		defer objects.Decref(ts, l)
		iterable = l
	}
	it := objects.GetIter(ts, iterable)
	if it == nil {
		return false
	}
	defer objects.Decref(ts, it)
	for {
		v := objects.IterNext(ts, it)
		if v == nil {
			return !ts.Occurred()
		}
		if left {
			dqPushLeft(ts, x, v)
		} else {
			dqPushRight(ts, x, v)
		}
	}
}

func newDeque(ts *objects.Thread, t *objects.Type, maxlen int64) *gobj {
	x := dequeT.alloc(ts, t)
	x.k = maxlen
	track(ts, x)
	return x
}

// dqIndex normalises a subscript (negative from the end); ok is false
// with IndexError set when out of range.
func dqIndex(ts *objects.Thread, x *gobj, key *Object) (int64, bool) {
	if objects.LookupTypeString(key.Type(), "__index__") == nil {
		ts.Raisef(objects.TypeError, "sequence index must be integer, not '%s'", objects.TypeName(key))
		return 0, false
	}
	n, ok := objects.IndexValue(ts, key, objects.IndexError)
	if !ok {
		return 0, false
	}
	i := int64(n)
	if i < 0 {
		i += x.j
	}
	if i < 0 || i >= x.j {
		ts.Raise(objects.IndexError, "deque index out of range")
		return 0, false
	}
	return i, true
}

// dqDelAt removes the item at index i by rotating it to an end.
func dqDelAt(ts *objects.Thread, x *gobj, i int64) {
	v := *dqAt(x, i)
	for k := i; k > 0; k-- {
		*dqAt(x, k) = *dqAt(x, k-1)
	}
	*dqAt(x, 0) = v
	objects.Decref(ts, dqPopLeft(x))
}

func dqCopy(ts *objects.Thread, o *Object) *Object {
	x := asG(o)
	if o.Type() == dequeT.t {
		y := newDeque(ts, dequeT.t, x.k)
		for _, v := range dqItems(x) {
			dqPushRight(ts, y, objects.NewRef(v))
		}
		return &y.Object
	}
	if x.k < 0 {
		return objects.CallOneArg(ts, o.Type().TypeObject(), o)
	}
	ml := objects.NewInt(ts, x.k)
	defer objects.Decref(ts, ml)
	return objects.Call(ts, o.Type().TypeObject(), []*Object{o, ml}, nil)
}

func dqMaxlenObj(ts *objects.Thread, x *gobj) *Object {
	if x.k < 0 {
		return objects.None
	}
	return objects.NewInt(ts, x.k)
}

// dqFind returns the index of the first item equal to v in [start, stop),
// -1 when none, -2 on error (set; a mutation raises exc).
func dqFind(ts *objects.Thread, x *gobj, v *Object, start, stop int64, exc *objects.Type) int64 {
	m := x.m
	for i := start; i < stop && i < x.j; i++ {
		item := objects.NewRef(*dqAt(x, i))
		r := objects.RichCompareBool(ts, item, v, objects.EQ)
		objects.Decref(ts, item)
		if r < 0 {
			return -2
		}
		if x.m != m {
			ts.Raise(exc, "deque mutated during iteration")
			return -2
		}
		if r == 1 {
			return i
		}
	}
	return -1
}

func notInDeque(ts *objects.Thread, v *Object) *Object {
	s, ok := reprStr(ts, v)
	if !ok {
		return nil
	}
	return ts.Raisef(objects.ValueError, "%s is not in deque", s)
}

func init() {
	t := dequeT.t
	t.Doc = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints."
	t.Hash = func(ts *objects.Thread, o *Object) int64 {
		ts.Raisef(objects.TypeError, "unhashable type: '%s'", typeFullName(o.Type()))
		return -1
	}
	// __hash__ is None in the dict (as for every unhashable type), while
	// the slot gives CPython's message with the module-qualified name.
	t.ClassAttrs = append(t.ClassAttrs, objects.ClassAttr{Name: "__hash__", Value: objects.None})
	t.Clear = func(ts *objects.Thread, o *Object) {
		x := asG(o)
		dqClear(ts, x)
		gclear(ts, x)
	}
	t.New = func(ts *objects.Thread, typ *objects.Type, args []*Object, kw *Object) *Object {
		return &newDeque(ts, typ, -1).Object
	}
	t.Init = func(ts *objects.Thread, o *Object, args []*Object, kw *Object) int {
		var iterable, maxlen *Object
		if !objects.ParseArgs(ts, "deque", args, kw, []string{"iterable", "maxlen"}, 0, &iterable, &maxlen) {
			return -1
		}
		x := asG(o)
		ml := int64(-1)
		if maxlen != nil && maxlen != objects.None {
			if !maxlen.Type().IsSubtype(objects.IntType) {
				ts.Raise(objects.TypeError, "an integer is required")
				return -1
			}
			n, ok := objects.AsInt64(ts, maxlen)
			if !ok {
				return -1
			}
			if n < 0 {
				ts.Raise(objects.ValueError, "maxlen must be non-negative")
				return -1
			}
			ml = n
		}
		x.k = ml
		if x.j > 0 {
			dqClear(ts, x)
		}
		if iterable != nil && !dqExtend(ts, x, iterable, false) {
			return -1
		}
		return 0
	}
	t.Iter = func(ts *objects.Thread, o *Object) *Object {
		y := dequeItT.alloc(ts, dequeItT.t)
		y.a, y.j = objects.NewRef(o), asG(o).m
		return track(ts, y)
	}
	t.Len = func(ts *objects.Thread, o *Object) int { return int(asG(o).j) }
	t.GetItem = func(ts *objects.Thread, o, key *Object) *Object {
		x := asG(o)
		i, ok := dqIndex(ts, x, key)
		if !ok {
			return nil
		}
		return objects.NewRef(*dqAt(x, i))
	}
	t.SetItem = func(ts *objects.Thread, o, key, v *Object) int {
		x := asG(o)
		i, ok := dqIndex(ts, x, key)
		if !ok {
			return -1
		}
		if v == nil {
			dqDelAt(ts, x, i)
			return 0
		}
		p := dqAt(x, i)
		old := *p
		*p = objects.NewRef(v)
		objects.Decref(ts, old)
		return 0
	}
	t.Contains = func(ts *objects.Thread, o, v *Object) int {
		r := dqFind(ts, asG(o), v, 0, asG(o).j, objects.RuntimeError)
		if r == -2 {
			return -1
		}
		return b2i(r >= 0)
	}
	t.Repr = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		name := o.Type().Name
		if r := objects.ReprEnter(ts, o); r != 0 {
			if r > 0 {
				return objects.NewStr(ts, "[...]")
			}
			return nil
		}
		defer objects.ReprLeave(ts, o)
		var b strings.Builder
		b.WriteString(name + "([")
		for i, v := range dqItems(x) {
			if i > 0 {
				b.WriteString(", ")
			}
			objects.Incref(v)
			s, ok := reprStr(ts, v)
			objects.Decref(ts, v)
			if !ok {
				return nil
			}
			b.WriteString(s)
		}
		b.WriteString("]")
		if x.k >= 0 {
			b.WriteString(", maxlen=")
			b.WriteString(itoa(x.k))
		}
		b.WriteString(")")
		return objects.NewStr(ts, b.String())
	}
	t.RichCompare = func(ts *objects.Thread, a, b *Object, op objects.CompareOp) *Object {
		if !b.Type().IsSubtype(dequeT.t) {
			return objects.NewRef(objects.NotImplemented)
		}
		xs, ys := dqItems(asG(a)), dqItems(asG(b))
		for _, v := range xs {
			objects.Incref(v)
		}
		for _, v := range ys {
			objects.Incref(v)
		}
		defer decrefAll(ts, xs)
		defer decrefAll(ts, ys)
		return seqCompare(ts, xs, ys, op)
	}
	t.NumBinary[objects.OpAdd] = func(ts *objects.Thread, a, b *Object) *Object {
		if !a.Type().IsSubtype(dequeT.t) {
			return objects.NewRef(objects.NotImplemented)
		}
		if !b.Type().IsSubtype(dequeT.t) {
			return ts.Raisef(objects.TypeError, "can only concatenate deque (not \"%s\") to deque", objects.TypeName(b))
		}
		c := dqCopy(ts, a)
		if c == nil {
			return nil
		}
		if !dqExtend(ts, asG(c), b, false) {
			objects.Decref(ts, c)
			return nil
		}
		return c
	}
	t.NumInplace[objects.OpAdd] = func(ts *objects.Thread, a, b *Object) *Object {
		if !dqExtend(ts, asG(a), b, false) {
			return nil
		}
		return objects.NewRef(a)
	}
	repeat := func(ts *objects.Thread, x *gobj, n int64) bool {
		items := dqItems(x)
		if n <= 0 {
			dqClear(ts, x)
			return true
		}
		for r := int64(1); r < n; r++ {
			for _, v := range items {
				dqPushRight(ts, x, objects.NewRef(v))
			}
			if x.k >= 0 && x.j >= x.k && r > x.k {
				break
			}
		}
		return true
	}
	t.NumBinary[objects.OpMul] = func(ts *objects.Thread, a, b *Object) *Object {
		if !a.Type().IsSubtype(dequeT.t) {
			a, b = b, a
		}
		if objects.LookupTypeString(b.Type(), "__index__") == nil {
			return objects.NewRef(objects.NotImplemented)
		}
		n, ok := objects.AsInt64(ts, b)
		if !ok {
			return nil
		}
		c := dqCopy(ts, a)
		if c == nil {
			return nil
		}
		repeat(ts, asG(c), n)
		return c
	}
	t.NumInplace[objects.OpMul] = func(ts *objects.Thread, a, b *Object) *Object {
		if objects.LookupTypeString(b.Type(), "__index__") == nil {
			return objects.NewRef(objects.NotImplemented)
		}
		n, ok := objects.AsInt64(ts, b)
		if !ok {
			return nil
		}
		repeat(ts, asG(a), n)
		return objects.NewRef(a)
	}
	t.GetSets = []objects.GetSetDef{{Name: "maxlen", Get: func(ts *objects.Thread, o *Object) *Object {
		return dqMaxlenObj(ts, asG(o))
	}, Doc: "maximum size of a deque or None if unbounded"}}
	one := func(name string, f func(ts *objects.Thread, x *gobj, v *Object) *Object) objects.MethodDef {
		return objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckOneArg(ts, "deque."+name, args, kw) {
				return nil
			}
			return f(ts, asG(o), args[0])
		}}
	}
	none := func(name string, f func(ts *objects.Thread, o *Object) *Object) objects.MethodDef {
		return objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoArgs(ts, "deque."+name, args, kw) {
				return nil
			}
			return f(ts, o)
		}}
	}
	t.Methods = []objects.MethodDef{
		one("append", func(ts *objects.Thread, x *gobj, v *Object) *Object {
			dqPushRight(ts, x, objects.NewRef(v))
			return objects.None
		}),
		one("appendleft", func(ts *objects.Thread, x *gobj, v *Object) *Object {
			dqPushLeft(ts, x, objects.NewRef(v))
			return objects.None
		}),
		none("pop", func(ts *objects.Thread, o *Object) *Object {
			x := asG(o)
			if x.j == 0 {
				return ts.Raise(objects.IndexError, "pop from an empty deque")
			}
			return dqPopRight(x)
		}),
		none("popleft", func(ts *objects.Thread, o *Object) *Object {
			x := asG(o)
			if x.j == 0 {
				return ts.Raise(objects.IndexError, "pop from an empty deque")
			}
			return dqPopLeft(x)
		}),
		one("extend", func(ts *objects.Thread, x *gobj, v *Object) *Object {
			if !dqExtend(ts, x, v, false) {
				return nil
			}
			return objects.None
		}),
		one("extendleft", func(ts *objects.Thread, x *gobj, v *Object) *Object {
			if !dqExtend(ts, x, v, true) {
				return nil
			}
			return objects.None
		}),
		none("clear", func(ts *objects.Thread, o *Object) *Object {
			dqClear(ts, asG(o))
			return objects.None
		}),
		none("copy", dqCopy),
		none("__copy__", dqCopy),
		none("reverse", func(ts *objects.Thread, o *Object) *Object {
			x := asG(o)
			for i, k := int64(0), x.j-1; i < k; i, k = i+1, k-1 {
				p, q := dqAt(x, i), dqAt(x, k)
				*p, *q = *q, *p
			}
			x.m++
			return objects.None
		}),
		one("count", func(ts *objects.Thread, x *gobj, v *Object) *Object {
			n, start := int64(0), int64(0)
			for {
				r := dqFind(ts, x, v, start, x.j, objects.RuntimeError)
				if r == -2 {
					return nil
				}
				if r < 0 {
					return objects.NewInt(ts, n)
				}
				n, start = n+1, r+1
			}
		}),
		one("remove", func(ts *objects.Thread, x *gobj, v *Object) *Object {
			r := dqFind(ts, x, v, 0, x.j, objects.IndexError)
			if r == -2 {
				return nil
			}
			if r < 0 {
				return notInDeque(ts, v)
			}
			dqDelAt(ts, x, r)
			return objects.None
		}),
		{Name: "index", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckArgs(ts, "index", args, kw, 1, 3) {
				return nil
			}
			x := asG(o)
			bound := func(a *Object, dflt int64) (int64, bool) {
				n, ok := objects.AsInt64(ts, a)
				if !ok {
					return 0, false
				}
				if n < 0 {
					n += x.j
					if n < 0 {
						n = 0
					}
				}
				return min(n, x.j), true
			}
			start, stop := int64(0), x.j
			var ok bool
			if len(args) > 1 {
				if start, ok = bound(args[1], 0); !ok {
					return nil
				}
			}
			if len(args) > 2 {
				if stop, ok = bound(args[2], x.j); !ok {
					return nil
				}
			}
			r := dqFind(ts, x, args[0], start, stop, objects.RuntimeError)
			if r == -2 {
				return nil
			}
			if r < 0 {
				return notInDeque(ts, args[0])
			}
			return objects.NewInt(ts, r)
		}},
		{Name: "insert", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckArgs(ts, "insert", args, kw, 2, 2) {
				return nil
			}
			x := asG(o)
			n, ok := objects.AsInt64(ts, args[0])
			if !ok {
				return nil
			}
			if x.k >= 0 && x.j >= x.k {
				return ts.Raise(objects.IndexError, "deque already at its maximum size")
			}
			if n < 0 {
				n += x.j
				if n < 0 {
					n = 0
				}
			}
			if n > x.j {
				n = x.j
			}
			dqPushRight(ts, x, objects.NewRef(args[1]))
			for k := x.j - 1; k > n; k-- {
				p, q := dqAt(x, k), dqAt(x, k-1)
				*p, *q = *q, *p
			}
			return objects.None
		}},
		{Name: "rotate", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckArgs(ts, "rotate", args, kw, 0, 1) {
				return nil
			}
			x := asG(o)
			n := int64(1)
			if len(args) == 1 {
				var ok bool
				if n, ok = objects.AsInt64(ts, args[0]); !ok {
					return nil
				}
			}
			if x.j <= 1 {
				return objects.None
			}
			n %= x.j
			if n < 0 {
				n += x.j
			}
			for ; n > 0; n-- {
				v := dqPopRight(x)
				x.i = (x.i - 1) & int64(len(x.s)-1)
				x.s[x.i] = v
				x.j++
			}
			x.m++
			return objects.None
		}},
		{Name: "__reversed__", Fn: func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object {
			y := dequeRevT.alloc(ts, dequeRevT.t)
			y.a, y.j = objects.NewRef(o), asG(o).m
			return track(ts, y)
		}},
		{Name: "__reduce__", Fn: func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object {
			x := asG(o)
			var args *Object
			if x.k < 0 {
				args = objects.NewTuple(ts)
			} else {
				args = objects.NewTupleSteal(ts, objects.NewTuple(ts), objects.NewInt(ts, x.k))
			}
			it := objects.GetIter(ts, o)
			if args == nil || it == nil {
				objects.XDecref(ts, args)
				objects.XDecref(ts, it)
				return nil
			}
			st := objects.None
			if d := o.Type().DictPtr; d != nil {
				if p := d(o); p != nil && *p != nil {
					st = *p
				}
			}
			return objects.NewTupleSteal(ts, objects.NewRef(o.Type().TypeObject()), args, objects.NewRef(st), it)
		}},
		objects.ClassGetItemDef,
	}

	for _, g := range []*gtype{dequeItT, dequeRevT} {
		rev := g == dequeRevT
		g.t.Iter = selfIter
		g.t.IterNext = func(ts *objects.Thread, o *Object) *Object {
			y := asG(o)
			if y.a == nil {
				return nil
			}
			x := asG(y.a)
			if x.m != y.j {
				return ts.Raise(objects.RuntimeError, "deque mutated during iteration")
			}
			if y.i >= x.j {
				objects.Clear(ts, &y.a)
				return nil
			}
			idx := y.i
			if rev {
				idx = x.j - 1 - y.i
			}
			y.i++
			return objects.NewRef(*dqAt(x, idx))
		}
		g.t.Methods = []objects.MethodDef{{Name: "__length_hint__", Fn: func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object {
			y := asG(o)
			if y.a == nil {
				return objects.NewInt(ts, 0)
			}
			return objects.NewInt(ts, max(asG(y.a).j-y.i, 0))
		}}}
	}
}

// typeFullName is module.name for a static type outside builtins.
func typeFullName(t *objects.Type) string {
	if t.Module != "" && t.Module != "builtins" && !t.IsHeapType() {
		return t.Module + "." + t.Name
	}
	return t.Name
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [24]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// seqCompare compares two item runs as lists do: the first unequal pair
// decides, else the lengths.
func seqCompare(ts *objects.Thread, xs, ys []*Object, op objects.CompareOp) *Object {
	i := 0
	for ; i < len(xs) && i < len(ys); i++ {
		r := objects.RichCompareBool(ts, xs[i], ys[i], objects.EQ)
		if r < 0 {
			return nil
		}
		if r == 0 {
			break
		}
	}
	if i >= len(xs) || i >= len(ys) {
		a, b := len(xs), len(ys)
		var res bool
		switch op {
		case objects.LT:
			res = a < b
		case objects.LE:
			res = a <= b
		case objects.EQ:
			res = a == b
		case objects.NE:
			res = a != b
		case objects.GT:
			res = a > b
		case objects.GE:
			res = a >= b
		}
		return objects.NewRef(boolObj(b2i(res)))
	}
	switch op {
	case objects.EQ:
		return objects.NewRef(objects.False)
	case objects.NE:
		return objects.NewRef(objects.True)
	}
	return objects.RichCompare(ts, xs[i], ys[i], op)
}
