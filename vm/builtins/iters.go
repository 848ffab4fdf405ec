package builtins

import (
	"fmt"

	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// The iterator types of bltinmodule.c and enumobject.c: enumerate, zip,
// map, filter and reversed. They are containers (GC-tracked) and their
// repr is object's default ("<zip object at 0x...>"), as in CPython.

type enumIter struct {
	objects.GCObject
	it    *Object
	index int64
	big   *Object // the index once it no longer fits an int64 (or a non-int start)
}

type zipIter struct {
	objects.GCObject
	its    []*Object // charged to the heap
	strict bool
}

type mapIter struct {
	objects.GCObject
	fn  *Object
	its []*Object // charged to the heap
}

type filterIter struct {
	objects.GCObject
	fn, it *Object
}

type reversedIter struct {
	objects.GCObject
	seq   *Object // nil once exhausted
	index int
}

var (
	enumClass     = alloc.NewClass[enumIter]("enumerate")
	zipClass      = alloc.NewClass[zipIter]("zip")
	mapClass      = alloc.NewClass[mapIter]("map")
	filterClass   = alloc.NewClass[filterIter]("filter")
	reversedClass = alloc.NewClass[reversedIter]("reversed")
)

// The iterator types.
var (
	EnumerateType = &objects.Type{Name: "enumerate", Module: "builtins", Flags: objects.FlagHaveGC | objects.FlagBaseType,
		Doc: "Return an enumerate object."}
	ZipType      = &objects.Type{Name: "zip", Module: "builtins", Flags: objects.FlagHaveGC | objects.FlagBaseType}
	MapType      = &objects.Type{Name: "map", Module: "builtins", Flags: objects.FlagHaveGC | objects.FlagBaseType}
	FilterType   = &objects.Type{Name: "filter", Module: "builtins", Flags: objects.FlagHaveGC | objects.FlagBaseType}
	ReversedType = &objects.Type{Name: "reversed", Module: "builtins", Flags: objects.FlagHaveGC | objects.FlagBaseType}
)

const ptrSize = 8

func chargeSlice(ts *objects.Thread, n int)   { ts.Heap().Charge(n * ptrSize) }
func unchargeSlice(ts *objects.Thread, n int) { ts.Heap().Uncharge(n * ptrSize) }

func selfIter(ts *objects.Thread, o *Object) *Object { return objects.NewRef(o) }

func clearAll(ts *objects.Thread, s []*Object) {
	for i := range s {
		objects.Clear(ts, &s[i])
	}
}

func visitAll(s []*Object, v objects.Visitor) {
	for _, o := range s {
		if o != nil {
			v.Visit(o)
		}
	}
}

// kwError is the "'x' is an invalid keyword argument for f()" error.
func kwError(ts *objects.Thread, fname string, k *Object) *Object {
	r := objects.Repr(ts, k)
	if r == nil {
		return nil
	}
	defer objects.Decref(ts, r)
	return ts.Raisef(objects.TypeError, "%s is an invalid keyword argument for %s()", objects.StrValue(r), fname)
}

// iterAll returns iter(x) of each x, or nil with an error set.
func iterAll(ts *objects.Thread, xs []*Object) []*Object {
	its := make([]*Object, len(xs))
	for i, x := range xs {
		its[i] = objects.GetIter(ts, x)
		if its[i] == nil {
			clearAll(ts, its[:i])
			return nil
		}
	}
	return its
}

func init() {
	objects.SetLayout(EnumerateType, enumClass, false)
	objects.SetLayout(ZipType, zipClass, false)
	objects.SetLayout(MapType, mapClass, false)
	objects.SetLayout(FilterType, filterClass, false)
	objects.SetLayout(ReversedType, reversedClass, false)
	e := EnumerateType
	e.Methods = append(e.Methods, objects.ClassGetItemDef)
	e.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
		var iterable, start *Object
		if objects.NumPositional(args, kwnames) == 0 {
			found := false
			if kwnames != nil {
				for _, k := range objects.TupleItems(kwnames) {
					found = found || objects.StrValue(k) == "iterable"
				}
			}
			if !found {
				// Without the iterable, CPython's enumerate names the
				// first unknown keyword, else the first keyword.
				if kwnames != nil && len(objects.TupleItems(kwnames)) > 0 {
					kws := objects.TupleItems(kwnames)
					bad := objects.StrValue(kws[0])
					for _, k := range kws {
						if objects.StrValue(k) != "start" {
							bad = objects.StrValue(k)
							break
						}
					}
					return ts.Raisef(objects.TypeError, "'%s' is an invalid keyword argument for enumerate()", bad)
				}
				return ts.Raise(objects.TypeError, "enumerate() missing required argument 'iterable'")
			}
		}
		if !objects.ParseArgs(ts, "enumerate", args, kwnames, []string{"iterable", "start"}, 1, &iterable, &start) {
			return nil
		}
		var idx int64
		var big *Object
		if start != nil {
			s := objects.NumberIndex(ts, start)
			if s == nil {
				return nil
			}
			if v, ok := objects.IntValue64(s); ok {
				idx = v
				objects.Decref(ts, s)
			} else {
				big = s
			}
		}
		it := objects.GetIter(ts, iterable)
		if it == nil {
			objects.XDecref(ts, big)
			return nil
		}
		o := objects.NewObject(ts, enumClass, t)
		o.it, o.index, o.big = it, idx, big
		objects.GCTrack(ts, &o.Object)
		return &o.Object
	}
	e.Dealloc = func(ts *objects.Thread, o *Object) {
		x := (*enumIter)(ptr(o))
		objects.GCUntrack(ts, o)
		objects.Clear(ts, &x.it)
		objects.Clear(ts, &x.big)
		objects.FreeObject(ts, enumClass, x)
	}
	e.Traverse = func(o *Object, v objects.Visitor) {
		x := (*enumIter)(ptr(o))
		visitAll([]*Object{x.it, x.big}, v)
	}
	e.Clear = func(ts *objects.Thread, o *Object) {
		x := (*enumIter)(ptr(o))
		objects.Clear(ts, &x.it)
		objects.Clear(ts, &x.big)
	}
	e.Iter = selfIter
	e.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := (*enumIter)(ptr(o))
		if x.it == nil {
			return nil
		}
		item := objects.IterNext(ts, x.it)
		if item == nil {
			return nil
		}
		var idx *Object
		if x.big == nil && x.index < 1<<62 {
			idx = objects.NewInt(ts, x.index)
			x.index++
		} else {
			if x.big == nil {
				x.big = objects.NewInt(ts, x.index)
			}
			idx = objects.NewRef(x.big)
			one := objects.NewInt(ts, 1)
			n := objects.BinaryOp(ts, x.big, one, objects.OpAdd)
			objects.Decref(ts, one)
			if n == nil {
				objects.Decref(ts, idx)
				objects.Decref(ts, item)
				return nil
			}
			objects.Decref(ts, x.big)
			x.big = n
		}
		return objects.NewTupleSteal(ts, idx, item)
	}

	z := ZipType
	z.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
		npos := objects.NumPositional(args, kwnames)
		strict := false
		if kwnames != nil {
			for i, k := range objects.TupleItems(kwnames) {
				if objects.StrValue(k) != "strict" {
					return kwError(ts, "zip", k)
				}
				r := objects.IsTrue(ts, args[npos+i])
				if r < 0 {
					return nil
				}
				strict = r == 1
			}
		}
		its := iterAll(ts, args[:npos])
		if its == nil && npos > 0 {
			return nil
		}
		o := objects.NewObject(ts, zipClass, t)
		o.its, o.strict = its, strict
		chargeSlice(ts, len(its))
		objects.GCTrack(ts, &o.Object)
		return &o.Object
	}
	z.Dealloc = func(ts *objects.Thread, o *Object) {
		x := (*zipIter)(ptr(o))
		objects.GCUntrack(ts, o)
		clearAll(ts, x.its)
		unchargeSlice(ts, len(x.its))
		x.its = nil
		objects.FreeObject(ts, zipClass, x)
	}
	z.Traverse = func(o *Object, v objects.Visitor) { visitAll((*zipIter)(ptr(o)).its, v) }
	z.Clear = func(ts *objects.Thread, o *Object) { clearAll(ts, (*zipIter)(ptr(o)).its) }
	z.Iter = selfIter
	z.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := (*zipIter)(ptr(o))
		if len(x.its) == 0 || x.its[0] == nil {
			return nil
		}
		items := make([]*Object, len(x.its))
		for i, it := range x.its {
			item := objects.IterNext(ts, it)
			if item == nil {
				clearAll(ts, items[:i])
				if ts.Occurred() || !x.strict {
					return nil
				}
				if i > 0 {
					return ts.Raisef(objects.ValueError, "zip() argument %d is shorter than argument%s", i+1, zipRange(i))
				}
				for j := 1; j < len(x.its); j++ {
					extra := objects.IterNext(ts, x.its[j])
					if extra != nil {
						objects.Decref(ts, extra)
						return ts.Raisef(objects.ValueError, "zip() argument %d is longer than argument%s", j+1, zipRange(j))
					}
					if ts.Occurred() {
						return nil
					}
				}
				return nil
			}
			items[i] = item
		}
		return objects.NewTupleSteal(ts, items...)
	}

	m := MapType
	m.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoKw(ts, "map", kwnames) {
			return nil
		}
		if len(args) < 2 {
			return ts.Raise(objects.TypeError, "map() must have at least two arguments.")
		}
		its := iterAll(ts, args[1:])
		if its == nil {
			return nil
		}
		o := objects.NewObject(ts, mapClass, t)
		o.fn, o.its = objects.NewRef(args[0]), its
		chargeSlice(ts, len(its))
		objects.GCTrack(ts, &o.Object)
		return &o.Object
	}
	m.Dealloc = func(ts *objects.Thread, o *Object) {
		x := (*mapIter)(ptr(o))
		objects.GCUntrack(ts, o)
		objects.Clear(ts, &x.fn)
		clearAll(ts, x.its)
		unchargeSlice(ts, len(x.its))
		x.its = nil
		objects.FreeObject(ts, mapClass, x)
	}
	m.Traverse = func(o *Object, v objects.Visitor) {
		x := (*mapIter)(ptr(o))
		visitAll([]*Object{x.fn}, v)
		visitAll(x.its, v)
	}
	m.Clear = func(ts *objects.Thread, o *Object) {
		x := (*mapIter)(ptr(o))
		objects.Clear(ts, &x.fn)
		clearAll(ts, x.its)
	}
	m.Iter = selfIter
	m.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := (*mapIter)(ptr(o))
		if x.fn == nil {
			return nil
		}
		var buf [4]*Object
		items := buf[:0]
		for _, it := range x.its {
			if it == nil {
				clearAll(ts, items)
				return nil
			}
			item := objects.IterNext(ts, it)
			if item == nil {
				clearAll(ts, items)
				return nil
			}
			items = append(items, item)
		}
		r := objects.Call(ts, x.fn, items, nil)
		clearAll(ts, items)
		return r
	}

	f := FilterType
	f.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoKw(ts, "filter", kwnames) {
			return nil
		}
		if !objects.CheckArgs(ts, "filter", args, nil, 2, 2) {
			return nil
		}
		it := objects.GetIter(ts, args[1])
		if it == nil {
			return nil
		}
		o := objects.NewObject(ts, filterClass, t)
		o.fn, o.it = objects.NewRef(args[0]), it
		objects.GCTrack(ts, &o.Object)
		return &o.Object
	}
	f.Dealloc = func(ts *objects.Thread, o *Object) {
		x := (*filterIter)(ptr(o))
		objects.GCUntrack(ts, o)
		objects.Clear(ts, &x.fn)
		objects.Clear(ts, &x.it)
		objects.FreeObject(ts, filterClass, x)
	}
	f.Traverse = func(o *Object, v objects.Visitor) {
		x := (*filterIter)(ptr(o))
		visitAll([]*Object{x.fn, x.it}, v)
	}
	f.Clear = func(ts *objects.Thread, o *Object) {
		x := (*filterIter)(ptr(o))
		objects.Clear(ts, &x.fn)
		objects.Clear(ts, &x.it)
	}
	f.Iter = selfIter
	f.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := (*filterIter)(ptr(o))
		for x.it != nil {
			item := objects.IterNext(ts, x.it)
			if item == nil {
				return nil
			}
			var t int
			if x.fn == objects.None || x.fn == objects.BoolType.TypeObject() {
				t = objects.IsTrue(ts, item)
			} else {
				r := objects.CallOneArg(ts, x.fn, item)
				if r == nil {
					objects.Decref(ts, item)
					return nil
				}
				t = objects.IsTrue(ts, r)
				objects.Decref(ts, r)
			}
			if t < 0 {
				objects.Decref(ts, item)
				return nil
			}
			if t == 1 {
				return item
			}
			objects.Decref(ts, item)
		}
		return nil
	}

	r := ReversedType
	r.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoKw(ts, "reversed", kwnames) || !objects.CheckArgs(ts, "reversed", args, nil, 1, 1) {
			return nil
		}
		seq := args[0]
		if m := objects.LookupTypeString(seq.Type(), "__reversed__"); m != nil {
			if m == objects.None {
				return ts.Raisef(objects.TypeError, "'%s' object is not reversible", objects.TypeName(seq))
			}
			return objects.CallMethod(ts, seq, "__reversed__")
		}
		st := seq.Type()
		if st.GetItem == nil || st.IsSubtype(objects.DictType) {
			return ts.Raisef(objects.TypeError, "'%s' object is not reversible", objects.TypeName(seq))
		}
		// A sequence without __len__ fails in Len ("has no len()"), as
		// CPython's PySequence_Size.
		n := objects.Len(ts, seq)
		if n < 0 {
			return nil
		}
		o := objects.NewObject(ts, reversedClass, t)
		o.seq, o.index = objects.NewRef(seq), n-1
		objects.GCTrack(ts, &o.Object)
		return &o.Object
	}
	r.Dealloc = func(ts *objects.Thread, o *Object) {
		x := (*reversedIter)(ptr(o))
		objects.GCUntrack(ts, o)
		objects.Clear(ts, &x.seq)
		objects.FreeObject(ts, reversedClass, x)
	}
	r.Traverse = func(o *Object, v objects.Visitor) { visitAll([]*Object{(*reversedIter)(ptr(o)).seq}, v) }
	r.Clear = func(ts *objects.Thread, o *Object) { objects.Clear(ts, &(*reversedIter)(ptr(o)).seq) }
	r.Iter = selfIter
	r.IterNext = func(ts *objects.Thread, o *Object) *Object {
		x := (*reversedIter)(ptr(o))
		if x.seq == nil {
			return nil
		}
		if x.index >= 0 {
			item := objects.GetItemIndex(ts, x.seq, x.index)
			if item != nil {
				x.index--
				return item
			}
			if !ts.ErrMatches(objects.IndexError) && !ts.ErrMatches(objects.StopIteration) {
				return nil
			}
			ts.ClearErr()
		}
		x.index = -1
		objects.Clear(ts, &x.seq)
		return nil
	}
	r.Methods = []objects.MethodDef{{Name: "__length_hint__", Doc: "Private method returning an estimate of len(list(it)).",
		Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, "reversed.__length_hint__", args, kwnames) {
				return nil
			}
			x := (*reversedIter)(ptr(self))
			if x.seq == nil {
				return objects.NewInt(ts, 0)
			}
			n := objects.Len(ts, x.seq)
			if n < 0 {
				return nil
			}
			if n < x.index+1 {
				return objects.NewInt(ts, 0)
			}
			return objects.NewInt(ts, int64(x.index+1))
		}}}

	objects.RegisterStaticType(EnumerateType, ZipType, MapType, FilterType, ReversedType, quitterType)
}

// zipRange names the arguments before the i-th (0-based): "1" or "s 1-i".
func zipRange(i int) string {
	if i == 1 {
		return " 1"
	}
	return fmt.Sprintf("s 1-%d", i)
}

// ---- exit and quit (site.py's Quitter) ----

type quitter struct {
	objects.Object
	name string
}

var quitterType = &objects.Type{Name: "Quitter", QualName: "Quitter", Module: "_sitebuiltins"}

var quitExit, quitQuit = &quitter{name: "exit"}, &quitter{name: "quit"}

func init() {
	q := quitterType
	q.Repr = func(ts *objects.Thread, o *Object) *Object {
		return objects.NewStr(ts, "Use "+(*quitter)(ptr(o)).name+"() or Ctrl-D (i.e. EOF) to exit")
	}
	q.Call = func(ts *objects.Thread, o *Object, args []*Object, kwnames *Object) *Object {
		npos := objects.NumPositional(args, kwnames)
		code := objects.None
		if npos > 1 {
			return ts.Raisef(objects.TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", npos+1)
		}
		if npos == 1 {
			code = args[0]
		}
		if kwnames != nil {
			for i, k := range objects.TupleItems(kwnames) {
				if objects.StrValue(k) != "code" {
					return ts.Raisef(objects.TypeError, "Quitter.__call__() got an unexpected keyword argument '%s'", objects.StrValue(k))
				}
				if npos == 1 {
					return ts.Raise(objects.TypeError, "Quitter.__call__() got multiple values for argument 'code'")
				}
				code = args[npos+i]
			}
		}
		// As site.Quitter: shut sys.stdin first, ignoring any error.
		if in := sysAttr(ts, "stdin"); in != nil && in != objects.None {
			if r := objects.CallMethod(ts, in, "close"); r != nil {
				objects.Decref(ts, r)
			} else {
				ts.ClearErr()
			}
		}
		return ts.RaiseArg(objects.SystemExit, code)
	}
	objects.InitStatic(&quitExit.Object, quitterType)
	objects.InitStatic(&quitQuit.Object, quitterType)
}
