package stdlib

import (
	"minipy/vm"
	"minipy/vm/objects"
)

// The itertools module in Go. Every iterator is a gobj (module.go); the
// comment above each type says what its fields hold. Exhaustion drops
// the source iterator (the field becomes nil), as CPython does, so a
// spent iterator keeps nothing alive.

var (
	countT    = newGType("count", "itertools", true)
	repeatT   = newGType("repeat", "itertools", true)
	chainT    = newGType("chain", "itertools", true)
	isliceT   = newGType("islice", "itertools", true)
	cycleT    = newGType("cycle", "itertools", true)
	accumT    = newGType("accumulate", "itertools", true)
	compressT = newGType("compress", "itertools", true)
	dropT     = newGType("dropwhile", "itertools", true)
	takeT     = newGType("takewhile", "itertools", true)
	ffalseT   = newGType("filterfalse", "itertools", true)
	starmapT  = newGType("starmap", "itertools", true)
	pairT     = newGType("pairwise", "itertools", true)
	zipLongT  = newGType("zip_longest", "itertools", true)
	groupbyT  = newGType("groupby", "itertools", true)
	grouperT  = newGType("_grouper", "itertools", false)
	teeT      = newGType("_tee", "itertools", false)
	teeDataT  = newGType("_tee_dataobject", "itertools", false)
	productT  = newGType("product", "itertools", true)
	combT     = newGType("combinations", "itertools", true)
	cwrT      = newGType("combinations_with_replacement", "itertools", true)
	permT     = newGType("permutations", "itertools", true)
)

var itertoolsTypes = []*gtype{countT, repeatT, chainT, isliceT, cycleT, accumT, compressT, dropT,
	takeT, ffalseT, starmapT, pairT, zipLongT, groupbyT, grouperT, teeT, teeDataT, productT,
	combT, cwrT, permT}

func newItertoolsModule(th *vm.Thread) *Object {
	values := map[string]*Object{}
	for _, g := range itertoolsTypes {
		values[g.t.Name] = objects.NewRef(g.t.TypeObject())
	}
	return makeModule(th, "itertools", "Functional tools for creating and using iterators.", itertoolsDefs, values)
}

var itertoolsDefs = []*objects.MethodDef{{Name: "tee", Fn: teeFunc, Doc: "Returns a tuple of n independent iterators."}}

func init() {
	registerDefs("itertools", itertoolsDefs)
	for _, g := range itertoolsTypes {
		g.t.Iter = selfIter
	}
	initCount()
	initSimpleIters()
	initCombinatorics()
	initGroupbyTee()
}

// isNumber is PyNumber_Check (count's start and step).
func isNumber(o *Object) bool {
	t := o.Type()
	if t.IsSubtype(objects.IntType) || t.IsSubtype(objects.FloatType) || t.IsSubtype(objects.ComplexType) {
		return true
	}
	for _, n := range []string{"__index__", "__int__", "__float__", "__complex__"} {
		if objects.LookupTypeString(t, n) != nil {
			return true
		}
	}
	return false
}

// isIntOne: count's repr omits a step that is the int 1.
func isIntOne(o *Object) bool {
	if o.Type() != objects.IntType {
		return false
	}
	v, ok := objects.IntValue64(o)
	return ok && v == 1
}

// count: a the next value, b the step.
// repeat: a the object, i the times left, flag set when times was given.
func initCount() {
	c := countT.t
	c.Doc = "Return a count object whose .__next__() method returns consecutive values."
	c.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		var start, step *Object
		if !objects.ParseArgs(ts, "count", args, kw, []string{"start", "step"}, 0, &start, &step) {
			return nil
		}
		if (start != nil && !isNumber(start)) || (step != nil && !isNumber(step)) {
			return ts.Raise(objects.TypeError, "a number is required")
		}
		x := countT.alloc(ts, t)
		if start == nil {
			x.a = objects.NewInt(ts, 0)
		} else {
			x.a = objects.NewRef(start)
		}
		if step == nil {
			x.b = objects.NewInt(ts, 1)
		} else {
			x.b = objects.NewRef(step)
		}
		return track(ts, x)
	}
	c.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		next := objects.BinaryOp(ts, x.a, x.b, objects.OpAdd)
		if next == nil {
			return nil
		}
		r := x.a
		x.a = next
		return r
	}
	c.Repr = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		pos := []*Object{x.a}
		if !isIntOne(x.b) {
			pos = append(pos, x.b)
		}
		return argsRepr(ts, o, o.Type().Name, pos, nil, nil)
	}

	r := repeatT.t
	r.Doc = "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly."
	r.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		var obj, times *Object
		if !objects.ParseArgs(ts, "repeat", args, kw, []string{"object", "times"}, 1, &obj, &times) {
			return nil
		}
		x := repeatT.alloc(ts, t)
		if times != nil {
			n, ok := objects.AsInt64(ts, times)
			if !ok {
				objects.FreeObject(ts, repeatT.c, x)
				return nil
			}
			x.i, x.flag = max(n, 0), true
		}
		x.a = objects.NewRef(obj)
		return track(ts, x)
	}
	r.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if x.flag {
			if x.i <= 0 {
				return nil
			}
			x.i--
		}
		return objects.NewRef(x.a)
	}
	r.Repr = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if !x.flag {
			return argsRepr(ts, o, o.Type().Name, []*Object{x.a}, nil, nil)
		}
		n := objects.NewInt(ts, x.i)
		defer objects.Decref(ts, n)
		return argsRepr(ts, o, o.Type().Name, []*Object{x.a, n}, nil, nil)
	}
	r.Methods = []objects.MethodDef{{Name: "__length_hint__", Fn: func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object {
		x := asG(o)
		if !x.flag {
			return ts.Raise(objects.TypeError, "len() of unsized object")
		}
		return objects.NewInt(ts, x.i)
	}, Doc: "Private method returning an estimate of len(list(it))."}}
}

// iterNextOrNil advances the iterator in *slot; at its end (or on error)
// it drops the iterator so the spent object holds nothing.
func iterNextOrNil(ts *objects.Thread, slot **Object) *Object {
	if *slot == nil {
		return nil
	}
	item := objects.IterNext(ts, *slot)
	if item == nil {
		objects.Clear(ts, slot)
	}
	return item
}

// callPred is bool(fn(item)); a None fn means bool(item) when noneIsBool
// (filterfalse), else it is called like any other (and fails).
func callPred(ts *objects.Thread, fn, item *Object, noneIsBool bool) int {
	if fn == objects.None && noneIsBool {
		return objects.IsTrue(ts, item)
	}
	r := objects.CallOneArg(ts, fn, item)
	if r == nil {
		return -1
	}
	defer objects.Decref(ts, r)
	return objects.IsTrue(ts, r)
}

func initSimpleIters() {
	// chain: a the iterator over the iterables, b the current iterator.
	ch := chainT.t
	ch.Doc = "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted."
	newChain := func(ts *objects.Thread, t *objects.Type, source *Object) *Object {
		x := chainT.alloc(ts, t)
		x.a = source
		return track(ts, x)
	}
	ch.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		if !objects.CheckNoKw(ts, "chain", kw) {
			return nil
		}
		tup := objects.NewTuple(ts, args...)
		if tup == nil {
			return nil
		}
		src := objects.GetIter(ts, tup)
		objects.Decref(ts, tup)
		if src == nil {
			return nil
		}
		return newChain(ts, t, src)
	}
	ch.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		for x.a != nil || x.b != nil {
			if x.b != nil {
				if item := iterNextOrNil(ts, &x.b); item != nil || ts.Occurred() {
					return item
				}
			}
			next := iterNextOrNil(ts, &x.a)
			if next == nil {
				return nil
			}
			x.b = objects.GetIter(ts, next)
			objects.Decref(ts, next)
			if x.b == nil {
				return nil
			}
		}
		return nil
	}
	ch.Methods = []objects.MethodDef{{Name: "from_iterable", Flags: objects.MethClass, Fn: func(ts *objects.Thread, cls *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckOneArg(ts, "chain.from_iterable", args, kw) {
			return nil
		}
		src := objects.GetIter(ts, args[0])
		if src == nil {
			return nil
		}
		return newChain(ts, (*objects.Type)(ptr(cls)), src)
	}, Doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
		objects.ClassGetItemDef}

	// islice: a the source, i the index of the next item to yield, j the
	// stop (-1: none), k the step, ix[0] the items consumed so far.
	is := isliceT.t
	is.Doc = "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator."
	is.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		if !objects.CheckNoKw(ts, "islice", kw) || !objects.CheckArgs(ts, "islice", args, kw, 2, 4) {
			return nil
		}
		start, stop, step := int64(0), int64(-1), int64(1)
		idx := func(o *Object, msg string, out *int64) bool {
			if o == objects.None {
				return true
			}
			n, ok := objects.AsInt64(ts, o)
			if !ok || n < 0 {
				if ok || ts.ErrMatches(objects.TypeError) || ts.ErrMatches(objects.OverflowError) {
					ts.ClearErr()
					ts.Raise(objects.ValueError, msg)
				}
				return false
			}
			*out = n
			return true
		}
		const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
		if len(args) == 2 {
			if !idx(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", &stop) {
				return nil
			}
		} else {
			if !idx(args[1], idxMsg, &start) || !idx(args[2], idxMsg, &stop) {
				return nil
			}
			if len(args) == 4 && args[3] != objects.None {
				n, ok := objects.AsInt64(ts, args[3])
				if !ok || n < 1 {
					if ok || ts.ErrMatches(objects.TypeError) || ts.ErrMatches(objects.OverflowError) {
						ts.ClearErr()
						return ts.Raise(objects.ValueError, "Step for islice() must be a positive integer or None.")
					}
					return nil
				}
				step = n
			}
		}
		it := objects.GetIter(ts, args[0])
		if it == nil {
			return nil
		}
		x := isliceT.alloc(ts, t)
		x.a, x.i, x.j, x.k = it, start, stop, step
		return track(ts, x)
	}
	is.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if x.a == nil {
			return nil
		}
		// ix[0] counts the items consumed from the source.
		if x.ix == nil {
			setIx(ts, x, make([]int, 1))
		}
		for int64(x.ix[0]) < x.i {
			item := iterNextOrNil(ts, &x.a)
			if item == nil {
				return nil
			}
			objects.Decref(ts, item)
			x.ix[0]++
		}
		if x.j != -1 && x.i >= x.j {
			objects.Clear(ts, &x.a)
			return nil
		}
		item := iterNextOrNil(ts, &x.a)
		if item == nil {
			return nil
		}
		x.ix[0]++
		x.i += x.k
		if x.j != -1 && x.i > x.j {
			x.i = x.j
		}
		return item
	}

	// cycle: a the source (nil once spent), b the saved items (a list),
	// i the replay position.
	cy := cycleT.t
	cy.Doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."
	cy.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		if !objects.CheckArgs(ts, "cycle", args, kw, 1, 1) {
			return nil
		}
		it := objects.GetIter(ts, args[0])
		if it == nil {
			return nil
		}
		saved := objects.NewList(ts)
		if saved == nil {
			objects.Decref(ts, it)
			return nil
		}
		x := cycleT.alloc(ts, t)
		x.a, x.b = it, saved
		return track(ts, x)
	}
	cy.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if x.a != nil {
			item := iterNextOrNil(ts, &x.a)
			if item != nil {
				if objects.ListAppend(ts, x.b, item) < 0 {
					objects.Decref(ts, item)
					return nil
				}
				return item
			}
			if ts.Occurred() {
				return nil
			}
		}
		items := objects.ListItems(x.b)
		if len(items) == 0 {
			return nil
		}
		if int(x.i) >= len(items) {
			x.i = 0
		}
		item := items[x.i]
		x.i++
		return objects.NewRef(item)
	}

	// accumulate: a the source, b the function (nil: +), c the running
	// total, d the initial value not yet yielded.
	ac := accumT.t
	ac.Doc = "Return series of accumulated sums (or other binary function results)."
	ac.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		var iterable, fn, initial *Object
		if !objects.ParseArgs(ts, "accumulate", args, kw, []string{"iterable", "func", "*", "initial"}, 1, &iterable, &fn, &initial) {
			return nil
		}
		it := objects.GetIter(ts, iterable)
		if it == nil {
			return nil
		}
		x := accumT.alloc(ts, t)
		x.a = it
		if fn != nil && fn != objects.None {
			x.b = objects.NewRef(fn)
		}
		if initial != nil && initial != objects.None {
			x.d = objects.NewRef(initial)
		}
		return track(ts, x)
	}
	ac.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if x.d != nil {
			x.c = x.d
			x.d = nil
			return objects.NewRef(x.c)
		}
		item := iterNextOrNil(ts, &x.a)
		if item == nil {
			return nil
		}
		if x.c == nil {
			x.c = item
			return objects.NewRef(item)
		}
		var next *Object
		if x.b == nil {
			next = objects.BinaryOp(ts, x.c, item, objects.OpAdd)
		} else {
			next = objects.Call(ts, x.b, []*Object{x.c, item}, nil)
		}
		objects.Decref(ts, item)
		if next == nil {
			return nil
		}
		objects.Decref(ts, x.c)
		x.c = next
		return objects.NewRef(next)
	}

	// compress: a the data, b the selectors.
	cp := compressT.t
	cp.Doc = "Return data elements corresponding to true selector elements."
	cp.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		var data, sel *Object
		if !objects.ParseArgs(ts, "compress", args, kw, []string{"data", "selectors"}, 2, &data, &sel) {
			return nil
		}
		its := iterList(ts, []*Object{data, sel})
		if its == nil {
			return nil
		}
		x := compressT.alloc(ts, t)
		x.a, x.b = its[0], its[1]
		return track(ts, x)
	}
	cp.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		for {
			if x.a == nil || x.b == nil {
				return nil
			}
			item := iterNextOrNil(ts, &x.a)
			if item == nil {
				return nil
			}
			s := iterNextOrNil(ts, &x.b)
			if s == nil {
				objects.Decref(ts, item)
				return nil
			}
			r := objects.IsTrue(ts, s)
			objects.Decref(ts, s)
			if r == 1 {
				return item
			}
			objects.Decref(ts, item)
			if r < 0 {
				return nil
			}
		}
	}

	// dropwhile, takewhile, filterfalse, starmap: a the function, b the
	// source; flag: dropwhile has stopped dropping, takewhile has ended.
	predNew := func(g *gtype, name string) {
		g.t.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
			if !objects.CheckArgs(ts, name, args, kw, 2, 2) {
				return nil
			}
			it := objects.GetIter(ts, args[1])
			if it == nil {
				return nil
			}
			x := g.alloc(ts, t)
			x.a, x.b = objects.NewRef(args[0]), it
			return track(ts, x)
		}
	}
	predNew(dropT, "dropwhile")
	predNew(takeT, "takewhile")
	predNew(ffalseT, "filterfalse")
	predNew(starmapT, "starmap")
	dropT.t.Doc = "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted."
	takeT.t.Doc = "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."
	ffalseT.t.Doc = "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false."
	starmapT.t.Doc = "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."
	dropT.t.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		for {
			item := iterNextOrNil(ts, &x.b)
			if item == nil || x.flag {
				return item
			}
			r := callPred(ts, x.a, item, false)
			if r == 0 {
				x.flag = true
				return item
			}
			objects.Decref(ts, item)
			if r < 0 {
				return nil
			}
		}
	}
	takeT.t.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if x.flag {
			return nil
		}
		item := iterNextOrNil(ts, &x.b)
		if item == nil {
			return nil
		}
		r := callPred(ts, x.a, item, false)
		if r == 1 {
			return item
		}
		objects.Decref(ts, item)
		if r == 0 {
			x.flag = true
		}
		return nil
	}
	ffalseT.t.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		for {
			item := iterNextOrNil(ts, &x.b)
			if item == nil {
				return nil
			}
			r := callPred(ts, x.a, item, true)
			if r == 0 {
				return item
			}
			objects.Decref(ts, item)
			if r < 0 {
				return nil
			}
		}
	}
	starmapT.t.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		item := iterNextOrNil(ts, &x.b)
		if item == nil {
			return nil
		}
		args := objects.SequenceTuple(ts, item)
		objects.Decref(ts, item)
		if args == nil {
			return nil
		}
		defer objects.Decref(ts, args)
		return objects.Call(ts, x.a, objects.TupleItems(args), nil)
	}

	// pairwise: a the source, b the previous item.
	pw := pairT.t
	pw.Doc = "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ..."
	pw.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		if !objects.CheckArgs(ts, "pairwise", args, kw, 1, 1) {
			return nil
		}
		it := objects.GetIter(ts, args[0])
		if it == nil {
			return nil
		}
		x := pairT.alloc(ts, t)
		x.a = it
		return track(ts, x)
	}
	pw.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if x.b == nil {
			if x.b = iterNextOrNil(ts, &x.a); x.b == nil {
				return nil
			}
		}
		item := iterNextOrNil(ts, &x.a)
		if item == nil {
			objects.Clear(ts, &x.b)
			return nil
		}
		old := x.b
		x.b = objects.NewRef(item)
		return objects.NewTupleSteal(ts, old, item)
	}

	// zip_longest: s the iterators (nil once spent), a the fill value,
	// i how many are still active.
	zl := zipLongT.t
	zl.Doc = "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument."
	zl.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		npos := objects.NumPositional(args, kw)
		fill := objects.None
		if kw != nil {
			for i, k := range objects.TupleItems(kw) {
				if objects.StrValue(k) != "fillvalue" {
					return ts.Raise(objects.TypeError, "zip_longest() got an unexpected keyword argument")
				}
				fill = args[npos+i]
			}
		}
		its := iterList(ts, args[:npos])
		if its == nil && npos > 0 {
			return nil
		}
		x := zipLongT.alloc(ts, t)
		setS(ts, x, its)
		x.a, x.i = objects.NewRef(fill), int64(len(its))
		return track(ts, x)
	}
	zl.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if len(x.s) == 0 || x.i == 0 {
			return nil
		}
		out := make([]*Object, len(x.s))
		for i := range x.s {
			var item *Object
			if x.s[i] != nil {
				item = iterNextOrNil(ts, &x.s[i])
				if item == nil {
					if ts.Occurred() {
						decrefAll(ts, out[:i])
						return nil
					}
					x.i--
					if x.i == 0 {
						decrefAll(ts, out[:i])
						return nil
					}
				}
			}
			if item == nil {
				item = objects.NewRef(x.a)
			}
			out[i] = item
		}
		return objects.NewTupleSteal(ts, out...)
	}
}

// iterList returns iter(x) for each x, or nil with an error set.
func iterList(ts *objects.Thread, xs []*Object) []*Object {
	its := make([]*Object, len(xs))
	for i, x := range xs {
		if its[i] = objects.GetIter(ts, x); its[i] == nil {
			decrefAll(ts, its[:i])
			return nil
		}
	}
	return its
}

// ---- product, combinations, combinations_with_replacement, permutations ----
//
// Each holds its pools as tuples and its position as indices (ix); flag
// is set once the last tuple was produced; j is set after the first one.

func parseR(ts *objects.Thread, o *Object) (int, bool) {
	n, ok := objects.AsInt64(ts, o)
	if !ok {
		return 0, false
	}
	if n < 0 {
		ts.Raise(objects.ValueError, "r must be non-negative")
		return 0, false
	}
	return int(n), true
}

func initCombinatorics() {
	// product: s the pools (repeated), ix one index per pool.
	pr := productT.t
	pr.Doc = "Cartesian product of input iterables.  Equivalent to nested for-loops."
	pr.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		npos := objects.NumPositional(args, kw)
		repeat := int64(1)
		if kw != nil {
			for i, k := range objects.TupleItems(kw) {
				if objects.StrValue(k) != "repeat" {
					return ts.Raisef(objects.TypeError, "'%s' is an invalid keyword argument for product()", objects.StrValue(k))
				}
				n, ok := objects.AsInt64(ts, args[npos+i])
				if !ok {
					return nil
				}
				if n < 0 {
					return ts.Raise(objects.ValueError, "repeat argument cannot be negative")
				}
				repeat = n
			}
		}
		pools := make([]*Object, 0, npos)
		for _, a := range args[:npos] {
			p := objects.SequenceTuple(ts, a)
			if p == nil {
				decrefAll(ts, pools)
				return nil
			}
			pools = append(pools, p)
		}
		all := make([]*Object, 0, int(repeat)*npos)
		for r := int64(0); r < repeat; r++ {
			for _, p := range pools {
				all = append(all, objects.NewRef(p))
			}
		}
		decrefAll(ts, pools)
		x := productT.alloc(ts, t)
		setS(ts, x, all)
		setIx(ts, x, make([]int, len(all)))
		for _, p := range all {
			if len(objects.TupleItems(p)) == 0 {
				x.flag = true
			}
		}
		return track(ts, x)
	}
	pr.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if x.flag {
			return nil
		}
		if x.j != 0 {
			// Advance the rightmost index that can move; reset those after it.
			i := len(x.ix) - 1
			for ; i >= 0; i-- {
				x.ix[i]++
				if x.ix[i] < len(objects.TupleItems(x.s[i])) {
					break
				}
				x.ix[i] = 0
			}
			if i < 0 {
				x.flag = true
				return nil
			}
		}
		x.j = 1
		out := make([]*Object, len(x.ix))
		for i, k := range x.ix {
			out[i] = objects.NewRef(objects.TupleItems(x.s[i])[k])
		}
		return objects.NewTupleSteal(ts, out...)
	}

	poolNew := func(g *gtype, name string, rRequired bool) {
		g.t.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
			var iterable, robj *Object
			min := 1
			if rRequired {
				min = 2
			}
			if !objects.ParseArgs(ts, name, args, kw, []string{"iterable", "r"}, min, &iterable, &robj) {
				return nil
			}
			pool := objects.SequenceTuple(ts, iterable)
			if pool == nil {
				return nil
			}
			n := len(objects.TupleItems(pool))
			r := n
			if robj != nil && robj != objects.None {
				if !rRequired && robj.Type() != objects.IntType && !robj.Type().IsSubtype(objects.IntType) {
					objects.Decref(ts, pool)
					return ts.Raise(objects.TypeError, "Expected int as r")
				}
				var ok bool
				if r, ok = parseR(ts, robj); !ok {
					objects.Decref(ts, pool)
					return nil
				}
			}
			x := g.alloc(ts, t)
			x.a, x.i = pool, int64(r)
			switch g {
			case combT:
				ix := make([]int, r)
				for i := range ix {
					ix[i] = i
				}
				setIx(ts, x, ix)
				x.flag = r > n
			case cwrT:
				setIx(ts, x, make([]int, r))
				x.flag = n == 0 && r > 0
			case permT:
				// ix: the n indices, then the r cycle counters.
				ix := make([]int, n+r)
				for i := 0; i < n; i++ {
					ix[i] = i
				}
				for i := 0; i < r; i++ {
					ix[n+i] = n - i
				}
				setIx(ts, x, ix)
				x.flag = r > n
			}
			return track(ts, x)
		}
	}
	poolNew(combT, "combinations", true)
	poolNew(cwrT, "combinations_with_replacement", true)
	poolNew(permT, "permutations", false)
	combT.t.Doc = "Return successive r-length combinations of elements in the iterable."
	cwrT.t.Doc = "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."
	permT.t.Doc = "Return successive r-length permutations of elements in the iterable."

	pick := func(ts *objects.Thread, x *gobj, ix []int) *Object {
		pool := objects.TupleItems(x.a)
		out := make([]*Object, len(ix))
		for i, k := range ix {
			out[i] = objects.NewRef(pool[k])
		}
		return objects.NewTupleSteal(ts, out...)
	}
	combT.t.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if x.flag {
			return nil
		}
		n, r := len(objects.TupleItems(x.a)), int(x.i)
		if x.j != 0 {
			i := r - 1
			for i >= 0 && x.ix[i] == i+n-r {
				i--
			}
			if i < 0 {
				x.flag = true
				return nil
			}
			x.ix[i]++
			for k := i + 1; k < r; k++ {
				x.ix[k] = x.ix[k-1] + 1
			}
		}
		x.j = 1
		return pick(ts, x, x.ix)
	}
	cwrT.t.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if x.flag {
			return nil
		}
		n, r := len(objects.TupleItems(x.a)), int(x.i)
		if x.j != 0 {
			i := r - 1
			for i >= 0 && x.ix[i] == n-1 {
				i--
			}
			if i < 0 {
				x.flag = true
				return nil
			}
			v := x.ix[i] + 1
			for k := i; k < r; k++ {
				x.ix[k] = v
			}
		}
		x.j = 1
		return pick(ts, x, x.ix)
	}
	permT.t.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if x.flag {
			return nil
		}
		n, r := len(objects.TupleItems(x.a)), int(x.i)
		idx, cyc := x.ix[:n], x.ix[n:]
		if x.j != 0 {
			// The cycle counters walk the permutations in lexicographic
			// order of positions: rotate the tail at i when a counter
			// runs out, else swap one element into place.
			i := r - 1
			for ; i >= 0; i-- {
				cyc[i]--
				if cyc[i] == 0 {
					first := idx[i]
					copy(idx[i:], idx[i+1:])
					idx[n-1] = first
					cyc[i] = n - i
					continue
				}
				k := cyc[i]
				idx[i], idx[n-k] = idx[n-k], idx[i]
				break
			}
			if i < 0 {
				x.flag = true
				return nil
			}
		}
		x.j = 1
		return pick(ts, x, idx[:r])
	}
}

// ---- groupby and tee ----

// groupby: a the source, b the key function (nil: identity), c the
// target key, d the current key, s[0] the current value; i is the
// generation, bumped each time a new group starts so older _grouper
// objects stop. _grouper: a its groupby, b its key, j its generation.
//
// _tee_dataobject: a the shared source, b the next chunk, s the values
// read so far (up to teeChunk). _tee: a its chunk, i its position in it.

const teeChunk = 57

func initGroupbyTee() {
	gb := groupbyT.t
	gb.Doc = "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping."
	gb.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		var iterable, key *Object
		if !objects.ParseArgs(ts, "groupby", args, kw, []string{"iterable", "key"}, 1, &iterable, &key) {
			return nil
		}
		it := objects.GetIter(ts, iterable)
		if it == nil {
			return nil
		}
		x := groupbyT.alloc(ts, t)
		x.a = it
		if key != nil && key != objects.None {
			x.b = objects.NewRef(key)
		}
		setS(ts, x, make([]*Object, 1))
		return track(ts, x)
	}
	// step reads the next value and its key into the groupby.
	step := func(ts *objects.Thread, x *gobj) bool {
		v := iterNextOrNil(ts, &x.a)
		if v == nil {
			return false
		}
		k := v
		if x.b != nil {
			if k = objects.CallOneArg(ts, x.b, v); k == nil {
				objects.Decref(ts, v)
				return false
			}
		} else {
			objects.Incref(k)
		}
		objects.Clear(ts, &x.s[0])
		objects.Clear(ts, &x.d)
		x.s[0], x.d = v, k
		return true
	}
	gb.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		x.i++
		for {
			if x.d != nil {
				if x.c == nil {
					break
				}
				r := objects.RichCompareBool(ts, x.c, x.d, objects.EQ)
				if r < 0 {
					return nil
				}
				if r == 0 {
					break
				}
			}
			if !step(ts, x) {
				return nil
			}
		}
		objects.Clear(ts, &x.c)
		x.c = objects.NewRef(x.d)
		g := grouperT.alloc(ts, grouperT.t)
		g.a, g.b, g.j = objects.NewRef(o), objects.NewRef(x.c), x.i
		return objects.NewTupleSteal(ts, objects.NewRef(x.c), track(ts, g))
	}
	grouperT.t.IterNext = func(ts *objects.Thread, o *Object) *Object {
		g := asG(o)
		x := asG(g.a)
		if x.i != g.j {
			return nil
		}
		if x.s[0] == nil && !step(ts, x) {
			return nil
		}
		r := objects.RichCompareBool(ts, g.b, x.d, objects.EQ)
		if r <= 0 {
			return nil
		}
		v := x.s[0]
		x.s[0] = nil
		objects.Clear(ts, &x.d)
		return v
	}

	tt := teeT.t
	tt.Doc = "Iterator wrapped to make it copyable."
	tt.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		if !objects.CheckArgs(ts, "_tee", args, kw, 1, 1) {
			return nil
		}
		return teeFromIterable(ts, args[0])
	}
	tt.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if int(x.i) >= teeChunk {
			d := asG(x.a)
			if d.b == nil {
				d.b = newTeeData(ts, d.a)
			}
			next := objects.NewRef(d.b)
			objects.Decref(ts, x.a)
			x.a, x.i = next, 0
		}
		d := asG(x.a)
		if int(x.i) < len(d.s) {
			v := d.s[x.i]
			x.i++
			return objects.NewRef(v)
		}
		if d.flag {
			return ts.Raise(objects.RuntimeError, "cannot re-enter the tee iterator")
		}
		d.flag = true
		v := iterNextOrNil(ts, &d.a)
		d.flag = false
		if v == nil {
			return nil
		}
		if len(d.s) == 0 {
			setS(ts, d, make([]*Object, 0, teeChunk))
		}
		d.s = append(d.s, v)
		x.i++
		return objects.NewRef(v)
	}
	copyTee := func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object {
		x := asG(o)
		y := teeT.alloc(ts, teeT.t)
		y.a, y.i = objects.NewRef(x.a), x.i
		return track(ts, y)
	}
	tt.Methods = []objects.MethodDef{{Name: "__copy__", Fn: copyTee, Doc: "Returns an independent iterator."}}
}

func newTeeData(ts *objects.Thread, it *Object) *Object {
	d := teeDataT.alloc(ts, teeDataT.t)
	d.a = objects.XNewRef(it)
	return track(ts, d)
}

func teeFromIterable(ts *objects.Thread, iterable *Object) *Object {
	it := objects.GetIter(ts, iterable)
	if it == nil {
		return nil
	}
	defer objects.Decref(ts, it)
	if it.Type() == teeT.t {
		x := asG(it)
		y := teeT.alloc(ts, teeT.t)
		y.a, y.i = objects.NewRef(x.a), x.i
		return track(ts, y)
	}
	y := teeT.alloc(ts, teeT.t)
	y.a = newTeeData(ts, it)
	return track(ts, y)
}

func teeFunc(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
	if !objects.CheckArgs(ts, "tee", args, kw, 1, 2) {
		return nil
	}
	n := int64(2)
	if len(args) == 2 {
		var ok bool
		if n, ok = objects.AsInt64(ts, args[1]); !ok {
			return nil
		}
		if n < 0 {
			return ts.Raise(objects.ValueError, "n must be >= 0")
		}
	}
	if n == 0 {
		return objects.NewTuple(ts)
	}
	it := objects.GetIter(ts, args[0])
	if it == nil {
		return nil
	}
	defer objects.Decref(ts, it)
	out := make([]*Object, n)
	// An iterator with __copy__ is copied; anything else is wrapped in a _tee.
	var first *Object
	if objects.LookupTypeString(it.Type(), "__copy__") != nil {
		first = objects.NewRef(it)
	} else {
		first = teeFromIterable(ts, it)
		if first == nil {
			return nil
		}
	}
	out[0] = first
	for i := int64(1); i < n; i++ {
		c := objects.CallMethod(ts, first, "__copy__")
		if c == nil {
			decrefAll(ts, out[:i])
			return nil
		}
		out[i] = c
	}
	return objects.NewTupleSteal(ts, out...)
}
