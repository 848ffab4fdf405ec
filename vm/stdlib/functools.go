package stdlib

import (
	"minipy/vm"
	"minipy/vm/objects"
)

// _functools in Go: partial, reduce, cmp_to_key (KeyWrapper) and the
// _lru_cache_wrapper type; functools itself is Python source
// (functools_py.go) over these.
//
// partial: a the function, b the positional tuple, c the keyword dict.
// KeyWrapper: a the comparison function, b the wrapped object (nil for
// the factory cmp_to_key returns).
// _lru_cache_wrapper: a the function, b the cache dict (in LRU order:
// oldest first), c the CacheInfo type; i the maxsize (-1: unbounded), j
// the hits, k the misses, flag typed.

var (
	partialT = newGType("partial", "functools", true)
	keyT     = newGType("KeyWrapper", "functools", false)
	lruT     = newGType("_lru_cache_wrapper", "functools", true)
)

// kwdMark separates positional from keyword arguments in cache keys: a
// bare object, unique and immortal, shared by every interpreter.
var kwdMark = &objects.Object{}

var functoolsDefs = []*objects.MethodDef{
	{Name: "reduce", Fn: reduceFunc, Doc: "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty."},
	{Name: "cmp_to_key", Fn: cmpToKey, Doc: "Convert a cmp= function into a key= function."},
}

func newUnderFunctoolsModule(th *vm.Thread) *Object {
	return makeModule(th, "_functools", "Tools that operate on functions.", functoolsDefs, map[string]*Object{
		"partial":            objects.NewRef(partialT.t.TypeObject()),
		"KeyWrapper":         objects.NewRef(keyT.t.TypeObject()),
		"_lru_cache_wrapper": objects.NewRef(lruT.t.TypeObject()),
	})
}

func init() {
	objects.InitStatic(kwdMark, objects.ObjectType)
	registerDefs("_functools", functoolsDefs)
	initPartial()
	initKeyWrapper()
	initLRU()
}

func reduceFunc(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
	if !objects.CheckNoKw(ts, "reduce", kw) || !objects.CheckArgs(ts, "reduce", args, kw, 2, 3) {
		return nil
	}
	it := objects.GetIter(ts, args[1])
	if it == nil {
		if ts.ErrMatches(objects.TypeError) {
			ts.ClearErr()
			return ts.Raise(objects.TypeError, "reduce() arg 2 must support iteration")
		}
		return nil
	}
	defer objects.Decref(ts, it)
	var acc *Object
	if len(args) == 3 {
		acc = objects.NewRef(args[2])
	}
	for {
		item := objects.IterNext(ts, it)
		if item == nil {
			break
		}
		if acc == nil {
			acc = item
			continue
		}
		next := objects.Call(ts, args[0], []*Object{acc, item}, nil)
		objects.Decref(ts, item)
		objects.Decref(ts, acc)
		if next == nil {
			return nil
		}
		acc = next
	}
	if ts.Occurred() {
		objects.XDecref(ts, acc)
		return nil
	}
	if acc == nil {
		return ts.Raise(objects.TypeError, "reduce() of empty iterable with no initial value")
	}
	return acc
}

// ---- partial ----

func initPartial() {
	partialT.withDict()
	t := partialT.t
	t.Doc = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"
	t.New = func(ts *objects.Thread, typ *objects.Type, args []*Object, kw *Object) *Object {
		npos := objects.NumPositional(args, kw)
		if npos < 1 {
			return ts.Raise(objects.TypeError, "type 'partial' takes at least one argument")
		}
		fn := args[0]
		var preArgs []*Object
		var preKw *Object
		// A plain partial of a plain partial is flattened into one.
		if fn.Type() == partialT.t && typ == partialT.t {
			inner := asG(fn)
			if inner.dict == nil || objects.DictLen(inner.dict) == 0 {
				preArgs = objects.TupleItems(inner.b)
				preKw = inner.c
				fn = inner.a
			}
		}
		if !objects.IsCallable(fn) {
			return ts.Raise(objects.TypeError, "the first argument must be callable")
		}
		all := append(append([]*Object(nil), preArgs...), args[1:npos]...)
		tup := objects.NewTuple(ts, all...)
		if tup == nil {
			return nil
		}
		var kwd *Object
		if preKw != nil {
			kwd = objects.DictCopy(ts, preKw)
		} else {
			kwd = objects.NewDict(ts)
		}
		if kwd == nil {
			objects.Decref(ts, tup)
			return nil
		}
		for i, k := range kwTuple(kw) {
			if objects.DictSetItem(ts, kwd, k, args[npos+i]) < 0 {
				objects.Decref(ts, tup)
				objects.Decref(ts, kwd)
				return nil
			}
		}
		x := partialT.alloc(ts, typ)
		x.a, x.b, x.c = objects.NewRef(fn), tup, kwd
		return track(ts, x)
	}
	t.Call = func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
		x := asG(o)
		pre := objects.TupleItems(x.b)
		nkw := objects.DictLen(x.c)
		if nkw == 0 {
			if len(pre) == 0 {
				return objects.Call(ts, x.a, args, kw)
			}
			all := make([]*Object, 0, len(pre)+len(args))
			all = append(append(all, pre...), args...)
			return objects.Call(ts, x.a, all, kw)
		}
		// Merge the stored keywords with the call's (the call's win).
		npos := objects.NumPositional(args, kw)
		merged := objects.DictCopy(ts, x.c)
		if merged == nil {
			return nil
		}
		defer objects.Decref(ts, merged)
		for i, k := range kwTuple(kw) {
			if objects.DictSetItem(ts, merged, k, args[npos+i]) < 0 {
				return nil
			}
		}
		all := make([]*Object, 0, len(pre)+npos+objects.DictLen(merged))
		all = append(append(all, pre...), args[:npos]...)
		var names []*Object
		pos := 0
		for {
			k, v, ok := objects.DictNext(merged, &pos)
			if !ok {
				break
			}
			names = append(names, k)
			all = append(all, v)
		}
		kwn := objects.NewTuple(ts, names...)
		if kwn == nil {
			return nil
		}
		defer objects.Decref(ts, kwn)
		return objects.Call(ts, x.a, all, kwn)
	}
	t.Members = []objects.MemberDef{
		{Name: "func", Get: func(o *Object) *Object { return asG(o).a }, Doc: "function object to use in future partial calls"},
		{Name: "args", Get: func(o *Object) *Object { return asG(o).b }, Doc: "tuple of arguments to future partial calls"},
		{Name: "keywords", Get: func(o *Object) *Object { return asG(o).c }, Doc: "dictionary of keyword arguments to future partial calls"},
	}
	t.Repr = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		name := o.Type().Name
		if o.Type() == partialT.t {
			name = "functools.partial"
		}
		var kn, kv []*Object
		pos := 0
		for {
			k, v, ok := objects.DictNext(x.c, &pos)
			if !ok {
				break
			}
			if !k.Type().IsSubtype(objects.StrType) {
				continue
			}
			kn, kv = append(kn, k), append(kv, v)
		}
		return argsRepr(ts, o, name, append([]*Object{x.a}, objects.TupleItems(x.b)...), kn, kv)
	}
	t.Methods = []objects.MethodDef{
		{Name: "__reduce__", Fn: func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object {
			x := asG(o)
			d := objects.None
			if x.dict != nil {
				d = x.dict
			}
			state := objects.NewTuple(ts, x.a, x.b, x.c, d)
			fnt := objects.NewTuple(ts, x.a)
			if state == nil || fnt == nil {
				objects.XDecref(ts, state)
				objects.XDecref(ts, fnt)
				return nil
			}
			return objects.NewTupleSteal(ts, objects.NewRef(o.Type().TypeObject()), fnt, state)
		}},
		{Name: "__setstate__", Fn: partialSetState},
		objects.ClassGetItemDef,
	}
}

func kwTuple(kw *Object) []*Object {
	if kw == nil {
		return nil
	}
	return objects.TupleItems(kw)
}

func partialSetState(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
	if !objects.CheckOneArg(ts, "__setstate__", args, kw) {
		return nil
	}
	st := args[0]
	if st.Type() != objects.TupleType || len(objects.TupleItems(st)) != 4 {
		return ts.Raise(objects.TypeError, "invalid partial state")
	}
	it := objects.TupleItems(st)
	fn, fargs, kwds, dict := it[0], it[1], it[2], it[3]
	if !objects.IsCallable(fn) || !fargs.Type().IsSubtype(objects.TupleType) ||
		(kwds != objects.None && objects.AsDict(kwds) == nil) {
		return ts.Raise(objects.TypeError, "invalid partial state")
	}
	x := asG(o)
	var newArgs *Object
	if fargs.Type() == objects.TupleType {
		newArgs = objects.NewRef(fargs)
	} else {
		newArgs = objects.NewTuple(ts, objects.TupleItems(fargs)...)
	}
	var newKw *Object
	if kwds == objects.None {
		newKw = objects.NewDict(ts)
	} else if kwds.Type() == objects.DictType {
		newKw = objects.NewRef(kwds)
	} else {
		newKw = objects.DictCopy(ts, kwds)
	}
	var newDict *Object
	if dict != objects.None {
		newDict = objects.NewRef(dict)
	}
	oldA, oldB, oldC, oldD := x.a, x.b, x.c, x.dict
	x.a, x.b, x.c, x.dict = objects.NewRef(fn), newArgs, newKw, newDict
	objects.XDecref(ts, oldA)
	objects.XDecref(ts, oldB)
	objects.XDecref(ts, oldC)
	objects.XDecref(ts, oldD)
	return objects.None
}

// ---- cmp_to_key ----

func cmpToKey(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
	var cmp *Object
	if !objects.ParseArgs(ts, "cmp_to_key", args, kw, []string{"mycmp"}, 1, &cmp) {
		return nil
	}
	x := keyT.alloc(ts, keyT.t)
	x.a = objects.NewRef(cmp)
	return track(ts, x)
}

func initKeyWrapper() {
	t := keyT.t
	t.Call = func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
		var obj *Object
		if !objects.ParseArgs(ts, "K", args, kw, []string{"obj"}, 1, &obj) {
			return nil
		}
		x := keyT.alloc(ts, keyT.t)
		x.a, x.b = objects.NewRef(asG(o).a), objects.NewRef(obj)
		return track(ts, x)
	}
	t.RichCompare = func(ts *objects.Thread, a, b *Object, op objects.CompareOp) *Object {
		if b.Type() != keyT.t {
			return ts.Raise(objects.TypeError, "other argument must be K instance")
		}
		x, y := asG(a), asG(b)
		if x.b == nil || y.b == nil {
			return ts.Raise(objects.AttributeError, "object")
		}
		r := objects.Call(ts, x.a, []*Object{x.b, y.b}, nil)
		if r == nil {
			return nil
		}
		defer objects.Decref(ts, r)
		zero := objects.NewInt(ts, 0)
		defer objects.Decref(ts, zero)
		return objects.RichCompare(ts, r, zero, op)
	}
	t.Members = []objects.MemberDef{{Name: "obj", Get: func(o *Object) *Object { return asG(o).b },
		Set: func(ts *objects.Thread, o, v *Object) int {
			x := asG(o)
			old := x.b
			x.b = objects.XNewRef(v)
			objects.XDecref(ts, old)
			return 0
		}, Doc: "Value wrapped by a key function."}}
	t.Hash = func(ts *objects.Thread, o *Object) int64 {
		ts.Raisef(objects.TypeError, "unhashable type: '%s'", typeFullName(o.Type()))
		return -1
	}
}

// ---- _lru_cache_wrapper ----

func initLRU() {
	lruT.withDict()
	t := lruT.t
	t.Doc = "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n"
	t.New = func(ts *objects.Thread, typ *objects.Type, args []*Object, kw *Object) *Object {
		var fn, maxsize, typed, infoType *Object
		if !objects.ParseArgs(ts, "_lru_cache_wrapper", args, kw, []string{"user_function", "maxsize", "typed", "cache_info_type"}, 4, &fn, &maxsize, &typed, &infoType) {
			return nil
		}
		if !objects.IsCallable(fn) {
			return ts.Raise(objects.TypeError, "the first argument must be callable")
		}
		n := int64(-1)
		if maxsize != objects.None {
			if maxsize.Type().IsSubtype(objects.IntType) {
				v, ok := objects.AsInt64(ts, maxsize)
				if !ok {
					return nil
				}
				n = max(v, 0)
			} else {
				return ts.Raise(objects.TypeError, "maxsize should be integer or None")
			}
		}
		tb := objects.IsTrue(ts, typed)
		if tb < 0 {
			return nil
		}
		cache := objects.NewDict(ts)
		if cache == nil {
			return nil
		}
		x := lruT.alloc(ts, typ)
		x.a, x.b, x.c, x.i, x.flag = objects.NewRef(fn), cache, objects.NewRef(infoType), n, tb == 1
		return track(ts, x)
	}
	t.Call = lruCall
	t.DescrGet = func(ts *objects.Thread, o, inst, _ *Object) *Object {
		if inst == nil || inst == objects.None {
			return objects.NewRef(o)
		}
		return objects.NewMethod(ts, o, inst)
	}
	self := func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object { return objects.NewRef(o) }
	t.Methods = []objects.MethodDef{
		{Name: "cache_info", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoArgs(ts, "cache_info", args, kw) {
				return nil
			}
			x := asG(o)
			vals := []*Object{objects.NewInt(ts, x.j), objects.NewInt(ts, x.k), objects.None, objects.NewInt(ts, int64(objects.DictLen(x.b)))}
			if x.i >= 0 {
				vals[2] = objects.NewInt(ts, x.i)
			} else {
				objects.Incref(objects.None)
			}
			r := objects.Call(ts, x.c, vals, nil)
			decrefAll(ts, vals)
			return r
		}, Doc: "Report cache statistics"},
		{Name: "cache_clear", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoArgs(ts, "cache_clear", args, kw) {
				return nil
			}
			x := asG(o)
			x.j, x.k = 0, 0
			objects.DictClear(ts, x.b)
			return objects.None
		}, Doc: "Clear the cache and cache statistics"},
		{Name: "__reduce__", Fn: func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object {
			return objects.GetAttrString(ts, o, "__qualname__")
		}},
		{Name: "__copy__", Fn: self},
		{Name: "__deepcopy__", Fn: self},
	}
}

// lruKey builds the cache key of a call: the lone argument itself when it
// is an exact int or str, else a tuple of the arguments, the keyword mark
// and keyword pairs, and with typed the argument types.
func lruKey(ts *objects.Thread, args []*Object, kw *Object, typed bool) *Object {
	nkw := kwCount(kw)
	npos := len(args) - nkw
	if nkw == 0 && !typed && npos == 1 {
		if t := args[0].Type(); t == objects.IntType || t == objects.StrType {
			return objects.NewRef(args[0])
		}
	}
	items := make([]*Object, 0, len(args)*3+1)
	items = append(items, args[:npos]...)
	if nkw > 0 {
		items = append(items, kwdMark)
		for i, k := range objects.TupleItems(kw) {
			items = append(items, k, args[npos+i])
		}
	}
	if typed {
		for _, a := range args[:npos] {
			items = append(items, a.Type().TypeObject())
		}
		for _, a := range args[npos:] {
			items = append(items, a.Type().TypeObject())
		}
	}
	return objects.NewTuple(ts, items...)
}

func lruCall(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
	x := asG(o)
	if x.i == 0 {
		x.k++
		return objects.Call(ts, x.a, args, kw)
	}
	key := lruKey(ts, args, kw, x.flag)
	if key == nil {
		return nil
	}
	defer objects.Decref(ts, key)
	r := objects.DictGetItemErr(ts, x.b, key)
	if r != nil {
		x.j++
		objects.Incref(r)
		if x.i > 0 {
			// Move the entry to the newest end.
			if objects.DictDelItem(ts, x.b, key) < 0 || objects.DictSetItem(ts, x.b, key, r) < 0 {
				objects.Decref(ts, r)
				return nil
			}
		}
		return r
	}
	if ts.Occurred() {
		return nil
	}
	x.k++
	r = objects.Call(ts, x.a, args, kw)
	if r == nil {
		return nil
	}
	if x.i > 0 {
		// A recursive call may have filled the entry meanwhile: keep it.
		if objects.DictGetItemErr(ts, x.b, key) != nil {
			return r
		}
		if ts.Occurred() {
			objects.Decref(ts, r)
			return nil
		}
		for int64(objects.DictLen(x.b)) >= x.i {
			pos := 0
			oldest, _, ok := objects.DictNext(x.b, &pos)
			if !ok {
				break
			}
			objects.Incref(oldest)
			rc := objects.DictDelItem(ts, x.b, oldest)
			objects.Decref(ts, oldest)
			if rc < 0 {
				objects.Decref(ts, r)
				return nil
			}
		}
	}
	if objects.DictSetItem(ts, x.b, key, r) < 0 {
		objects.Decref(ts, r)
		return nil
	}
	return r
}
