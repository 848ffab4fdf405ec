package vm

import (
	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// heapType is a class made at run time: a type object and what vm keeps
// about it.
type heapType struct {
	objects.Type
}

var heapTypeClass = alloc.NewClass[heapType]("type")

// NewClass implements objects.ClassMaker: type(name, bases, ns, **kw) and
// type.__new__(meta, name, bases, ns, **kw).
func (th *Thread) NewClass(ts *objects.Thread, meta *objects.Type, args []*Object, kwnames *Object) *Object {
	npos := objects.NumPositional(args, kwnames)
	if npos != 3 {
		return ts.Raise(objects.TypeError, "type.__new__() takes exactly 3 arguments")
	}
	nameObj, basesObj, ns := args[0], args[1], args[2]
	if objects.AsStr(nameObj) == nil {
		return ts.Raisef(objects.TypeError, "type.__new__() argument 1 must be str, not %s", nameObj.Type().Name)
	}
	if objects.AsTuple(basesObj) == nil {
		return ts.Raisef(objects.TypeError, "type.__new__() argument 2 must be tuple, not %s", basesObj.Type().Name)
	}
	if objects.AsDict(ns) == nil {
		return ts.Raisef(objects.TypeError, "type.__new__() argument 3 must be dict, not %s", ns.Type().Name)
	}
	// The most derived metaclass, before the bases are checked
	// (_PyType_CalculateMetaclass).
	winner := meta
	for _, b := range objects.TupleItems(basesObj) {
		bm := b.Type()
		if winner.IsSubtype(bm) {
			continue
		}
		if bm.IsSubtype(winner) {
			winner = bm
			continue
		}
		return ts.Raise(objects.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	meta = winner
	var bases []*objects.Type
	for _, b := range objects.TupleItems(basesObj) {
		bt := objects.AsType(b)
		if bt == nil {
			return ts.Raisef(objects.TypeError, "bases must be types")
		}
		bases = append(bases, bt)
	}
	dict := objects.DictCopy(ts, ns)
	if dict == nil {
		return nil
	}
	ht := objects.NewObject(ts, heapTypeClass, meta) // holds a reference to meta
	t := &ht.Type
	o := &t.Object
	t.Name = objects.StrValue(nameObj)
	t.QualName = t.Name
	t.Flags = objects.FlagHeapType | objects.FlagBaseType
	t.Dict = dict
	for _, b := range bases {
		objects.Incref(&b.Object)
	}
	t.Bases = bases
	if q := objects.DictGetItemStr(ts, dict, "__qualname__"); q != nil {
		if objects.AsStr(q) == nil {
			objects.Decref(ts, o)
			return ts.Raisef(objects.TypeError, "type __qualname__ must be a str, not %s", q.Type().Name)
		}
		t.QualName = objects.StrValue(q)
		k := objects.NewStr(ts, "__qualname__")
		objects.DictDelItem(ts, dict, k)
		objects.Decref(ts, k)
	}
	if m := objects.DictGetItemStr(ts, dict, "__module__"); m != nil && objects.AsStr(m) != nil {
		t.Module = objects.StrValue(m)
	} else if th.frame != nil {
		if n := objects.DictGetItemStr(ts, th.frame.globals, "__name__"); n != nil {
			objects.DictSetItemStr(ts, dict, "__module__", n)
			if objects.AsStr(n) != nil {
				t.Module = objects.StrValue(n)
			}
		}
	}
	// A missing __doc__ becomes None after __dict__ and __weakref__ are
	// added below, the order of CPython's class dicts.
	if d := objects.DictGetItemStr(ts, dict, "__doc__"); d != nil && objects.AsStr(d) != nil {
		t.Doc = objects.StrValue(d)
	}
	// __new__ is a static method, __init_subclass__ and __class_getitem__
	// class methods, implicitly.
	for _, w := range [...]struct {
		name string
		mk   func(*objects.Thread, *Object) *Object
	}{{"__new__", objects.NewStaticMethod}, {"__init_subclass__", objects.NewClassMethod}, {"__class_getitem__", objects.NewClassMethod}} {
		if f := objects.DictGetItemStr(ts, dict, w.name); f != nil && f.Type() == FunctionType {
			sm := w.mk(ts, f)
			if sm == nil {
				objects.Decref(ts, o)
				return nil
			}
			objects.DictSetItemStr(ts, dict, w.name, sm)
			objects.Decref(ts, sm)
		}
	}
	// A class that defines __eq__ without __hash__ is unhashable.
	if objects.DictGetItemStr(ts, dict, "__eq__") != nil && objects.DictGetItemStr(ts, dict, "__hash__") == nil {
		objects.DictSetItemStr(ts, dict, "__hash__", objects.None)
	}
	var cell *Object
	if c := objects.DictGetItemStr(ts, dict, "__classcell__"); c != nil {
		if c.Type() != CellType {
			objects.Decref(ts, o)
			return ts.Raisef(objects.TypeError, "__classcell__ must be a nonlocal cell, not <class '%s'>", c.Type().Name)
		}
		cell = objects.NewRef(c)
		k := objects.NewStr(ts, "__classcell__")
		objects.DictDelItem(ts, dict, k)
		objects.Decref(ts, k)
	}
	if objects.ReadyHeapType(ts, t) < 0 {
		objects.XDecref(ts, cell)
		objects.Decref(ts, o)
		return nil
	}
	objects.GCTrack(ts, o)
	// t.Bases, not bases: a class with no bases derives from object and
	// is among object.__subclasses__() (ReadyHeapType filled t.Bases).
	for _, b := range t.Bases {
		objects.AddSubclass(ts, b, t)
	}
	if cell != nil {
		c := asCell(cell)
		old := c.ref
		c.ref = objects.NewRef(o)
		objects.XDecref(ts, old)
		objects.Decref(ts, cell)
	}
	// __set_name__, then __init_subclass__ of the parent.
	pos := 0
	var names, vals []*Object
	for {
		k, v, ok := objects.DictNext(dict, &pos)
		if !ok {
			break
		}
		names = append(names, objects.NewRef(k))
		vals = append(vals, objects.NewRef(v))
	}
	failed := false
	for i := range names {
		if !failed {
			if sn := lookupSpecial(ts, vals[i], "__set_name__"); sn != nil {
				r := objects.Call(ts, sn, []*Object{o, names[i]}, nil)
				objects.Decref(ts, sn)
				if r == nil {
					failed = true
					setNameError(ts, vals[i], names[i], t)
				} else {
					objects.Decref(ts, r)
				}
			} else if ts.Occurred() {
				failed = true
			}
		}
		objects.Decref(ts, names[i])
		objects.Decref(ts, vals[i])
	}
	if failed {
		objects.Decref(ts, o)
		return nil
	}
	if !th.initSubclass(t, args[3:], kwnames) {
		objects.Decref(ts, o)
		return nil
	}
	return o
}

// initSubclass calls super(t, t).__init_subclass__(**kw).
func (th *Thread) initSubclass(t *objects.Type, kwvals []*Object, kwnames *Object) bool {
	ts := th.TS
	for _, b := range t.MRO[1:] {
		if b.Dict == nil {
			continue
		}
		d := objects.DictGetItemStr(ts, b.Dict, "__init_subclass__")
		if d == nil {
			continue
		}
		var m *Object
		if g := d.Type().DescrGet; g != nil {
			m = g(ts, d, nil, t.TypeObject())
			if d.Type() == objects.ClassMethodType || m == nil {
			} else if b == objects.ObjectType {
				// object.__init_subclass__ is a class method descriptor.
			}
		} else {
			m = objects.NewRef(d)
		}
		if m == nil {
			return false
		}
		r := objects.Call(ts, m, kwvals, kwnames)
		objects.Decref(ts, m)
		if r == nil {
			return false
		}
		objects.Decref(ts, r)
		return true
	}
	return true
}

// heapTypeDealloc is type's Dealloc (type_dealloc); freeObject drops the
// class's reference to its metaclass.
func heapTypeDealloc(ts *objects.Thread, o *Object) {
	objects.GCUntrack(ts, o)
	ht := (*heapType)(ptr(o))
	objects.HeapTypeRelease(ts, &ht.Type)
	objects.FreeObject(ts, heapTypeClass, ht)
}

func heapTypeTraverse(o *Object, v objects.Visitor) {
	if t := objects.AsType(o); t.IsHeapType() {
		objects.HeapTypeTraverse(t, v)
	}
}

func heapTypeClear(ts *objects.Thread, o *Object) {
	if t := objects.AsType(o); t.IsHeapType() {
		objects.HeapTypeClear(ts, t)
	}
}

// buildClass is __build_class__(func, name, *bases, metaclass=..., **kw).
func buildClass(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	th := ts.Owner.(*Thread)
	npos := objects.NumPositional(args, kwnames)
	if npos < 2 {
		return ts.Raise(objects.TypeError, "__build_class__: not enough arguments")
	}
	fn := asFunction(args[0])
	if fn == nil {
		return ts.Raise(objects.TypeError, "__build_class__: func must be a function")
	}
	name := args[1]
	if objects.AsStr(name) == nil {
		return ts.Raise(objects.TypeError, "__build_class__: name is not a string")
	}
	origBases := objects.NewTuple(ts, args[2:npos]...)
	if origBases == nil {
		return nil
	}
	defer objects.Decref(ts, origBases)
	bases := updateBases(ts, origBases)
	if bases == nil {
		return nil
	}
	defer objects.Decref(ts, bases)
	var meta *Object
	var kwv []*Object
	var kwn []*Object
	if kwnames != nil {
		for i, k := range objects.TupleItems(kwnames) {
			if objects.StrValue(k) == "metaclass" {
				meta = args[npos+i]
				continue
			}
			kwn = append(kwn, objects.NewRef(k))
			kwv = append(kwv, args[npos+i])
		}
	}
	var kwt *Object
	if len(kwn) > 0 {
		kwt = objects.NewTupleSteal(ts, kwn...)
		defer objects.Decref(ts, kwt)
	}
	if meta == nil {
		if bs := objects.TupleItems(bases); len(bs) > 0 {
			meta = bs[0].Type().TypeObject()
		} else {
			meta = objects.TypeType.TypeObject()
		}
	}
	if mt := objects.AsType(meta); mt != nil {
		winner := mt
		for _, b := range objects.TupleItems(bases) {
			bm := b.Type()
			if winner.IsSubtype(bm) {
				continue
			}
			if bm.IsSubtype(winner) {
				winner = bm
				continue
			}
			return ts.Raise(objects.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = winner.TypeObject()
	}
	// The namespace: meta.__prepare__(name, bases, **kw) or a dict.
	var ns *Object
	if prep := objects.GetAttrString(ts, meta, "__prepare__"); prep != nil {
		a := append([]*Object{name, bases}, kwv...)
		ns = objects.Call(ts, prep, a, kwt)
		objects.Decref(ts, prep)
		if ns == nil {
			return nil
		}
	} else {
		ts.ClearErr()
		ns = objects.NewDict(ts)
		if ns == nil {
			return nil
		}
	}
	defer objects.Decref(ts, ns)
	if bases != origBases {
		k := objects.NewStr(ts, "__orig_bases__")
		r := objects.SetItem(ts, ns, k, origBases)
		objects.Decref(ts, k)
		if r < 0 {
			return nil
		}
	}
	co := asCode(fn.code)
	f := th.pushFrame(co, args[0], fn.globals, fn.builtins, ns)
	if f == nil {
		return nil
	}
	cell := th.eval(f, false)
	if cell == nil {
		return nil
	}
	a := append([]*Object{name, bases, ns}, kwv...)
	cls := objects.Call(ts, meta, a, kwt)
	if cls != nil && cell.Type() == CellType {
		if c := asCell(cell); c.ref != cls {
			if c.ref == nil {
				objects.Decref(ts, cls)
				cls = ts.Raisef(objects.RuntimeError, "__class__ not set defining '%s' as %s. Was __classcell__ propagated to type.__new__?", objects.StrValue(name), "<class>")
			} else {
				objects.Decref(ts, cls)
				cls = ts.Raisef(objects.TypeError, "__class__ set to %s defining '%s' as %s", "<class>", objects.StrValue(name), "<class>")
			}
		}
	}
	objects.Decref(ts, cell)
	return cls
}

// updateBases is update_bases of CPython's bltinmodule.c: a base that is
// not a class but has __mro_entries__ (list[int]) is replaced by what that
// returns. New reference; bases itself when nothing changed.
func updateBases(ts *objects.Thread, bases *Object) *Object {
	items := objects.TupleItems(bases)
	var out []*Object
	changed := false
	for i, b := range items {
		if objects.AsType(b) == nil {
			// An attribute lookup on the base itself (not only its type):
			// typing.NamedTuple is a function carrying __mro_entries__.
			meth := objects.GetAttrString(ts, b, "__mro_entries__")
			if meth == nil {
				if !ts.ErrMatches(objects.AttributeError) {
					return nil
				}
				ts.ClearErr()
			} else {
				r := objects.CallOneArg(ts, meth, bases)
				objects.Decref(ts, meth)
				if r == nil {
					return nil
				}
				if objects.AsTuple(r) == nil {
					objects.Decref(ts, r)
					return ts.Raise(objects.TypeError, "__mro_entries__ must return a tuple")
				}
				if !changed {
					out = append(out, items[:i]...)
					changed = true
				}
				out = append(out, objects.TupleItems(r)...)
				// The tuple's items stay alive in out's new tuple below;
				// keep r until then.
				defer objects.Decref(ts, r)
				continue
			}
		}
		if changed {
			out = append(out, b)
		}
	}
	if !changed {
		return objects.NewRef(bases)
	}
	return objects.NewTuple(ts, out...)
}

func init() {
	tt := objects.TypeType
	tt.Dealloc = heapTypeDealloc
	tt.Traverse = heapTypeTraverse
	tt.Clear = heapTypeClear
	objects.SetLayout(tt, heapTypeClass, false).SupportsWeakrefs()
}

// setNameError wraps the error of a failed __set_name__ call as CPython
// 3.11 does: a RuntimeError naming the attribute, caused by the original.
func setNameError(ts *objects.Thread, val, name *Object, t *objects.Type) {
	orig := ts.FetchErr()
	r := objects.Repr(ts, name)
	if r == nil {
		objects.Decref(ts, orig)
		return
	}
	ts.Raisef(objects.RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'", objects.TypeName(val), objects.StrValue(r), t.Name)
	objects.Decref(ts, r)
	exc := ts.FetchErr()
	objects.ExcSetCause(ts, exc, orig)
	objects.ExcSetContext(ts, exc, orig)
	objects.Decref(ts, orig)
	ts.SetErrSteal(exc)
}
