package vm

import (
	"minipy/vm/objects"
)

// The generic slot functions of classes (CPython's slot_* functions in
// Objects/typeobject.c): a class whose dunder is a Python function gets
// these in the corresponding slots, and they call the dunder. Which slot
// gets which function is decided by objects (update_one_slot, in
// objects/type_heap.go) from the table registered in init below.

// lookupMaybeMethod is lookup_maybe_method: name looked up on self's type;
// a Python function comes back unbound (call it with self first), any other
// descriptor bound. nil without an exception set when absent.
func lookupMaybeMethod(ts *objects.Thread, self *Object, name string) (m *Object, unbound bool) {
	d := objects.LookupTypeString(self.Type(), name)
	if d == nil {
		return nil, false
	}
	if d.Type() == FunctionType {
		return objects.NewRef(d), true
	}
	if g := d.Type().DescrGet; g != nil {
		return g(ts, d, self, self.Type().TypeObject()), false
	}
	return objects.NewRef(d), false
}

// callDunder looks name up on self's type and calls it bound to self.
// found is false (and nothing is set) when the type has no such attribute.
func callDunder(ts *objects.Thread, self *Object, name string, args ...*Object) (r *Object, found bool) {
	m, unbound := lookupMaybeMethod(ts, self, name)
	if m == nil {
		return nil, ts.Occurred()
	}
	r = callMethod(ts, m, unbound, self, args, nil)
	objects.Decref(ts, m)
	return r, true
}

// callMethod calls m (from lookupMaybeMethod) with args.
func callMethod(ts *objects.Thread, m *Object, unbound bool, self *Object, args []*Object, kwnames *Object) *Object {
	if unbound {
		all := make([]*Object, 0, len(args)+1)
		all = append(all, self)
		all = append(all, args...)
		return objects.Call(ts, m, all, kwnames)
	}
	return objects.Call(ts, m, args, kwnames)
}

// vectorcallMethod is vectorcall_method: like callDunder, but a missing
// method is an AttributeError naming it.
func vectorcallMethod(ts *objects.Thread, self *Object, name string, args ...*Object) *Object {
	r, found := callDunder(ts, self, name, args...)
	if !found {
		return ts.Raise(objects.AttributeError, name)
	}
	return r
}

func slotUnary(name string) objects.UnaryFunc {
	return func(ts *objects.Thread, a *Object) *Object { return vectorcallMethod(ts, a, name) }
}

func slotRepr(ts *objects.Thread, o *Object) *Object {
	r, found := callDunder(ts, o, "__repr__")
	if !found {
		return objects.ObjectType.Repr(ts, o)
	}
	return r
}

func slotStr(ts *objects.Thread, o *Object) *Object { return vectorcallMethod(ts, o, "__str__") }

func slotHash(ts *objects.Thread, o *Object) int64 {
	m, unbound := lookupMaybeMethod(ts, o, "__hash__")
	if m == objects.None {
		objects.Decref(ts, m)
		m = nil
	}
	if m == nil {
		if ts.Occurred() {
			return -1
		}
		return objects.HashNotImplemented(ts, o)
	}
	r := callMethod(ts, m, unbound, o, nil, nil)
	objects.Decref(ts, m)
	if r == nil {
		return -1
	}
	defer objects.Decref(ts, r)
	if objects.AsInt(r) == nil {
		ts.Raise(objects.TypeError, "__hash__ method should return an integer")
		return -1
	}
	// A value that fits is the hash itself (-1 becomes -2); a bigger one
	// is hashed as an int.
	if v, ok := objects.IntValue64(r); ok {
		if v == -1 {
			return -2
		}
		return v
	}
	return objects.Hash(ts, r)
}

var compareNames = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

func slotRichCompare(ts *objects.Thread, a, b *Object, op objects.CompareOp) *Object {
	r, found := callDunder(ts, a, compareNames[op], b)
	if !found {
		return objects.NewRef(objects.NotImplemented)
	}
	return r
}

func slotCall(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	m, unbound := lookupMaybeMethod(ts, self, "__call__")
	if m == nil {
		if ts.Occurred() {
			return nil
		}
		return ts.Raisef(objects.TypeError, "'%s' object is not callable", self.Type().Name)
	}
	r := callMethod(ts, m, unbound, self, args, kwnames)
	objects.Decref(ts, m)
	return r
}

// slotGetAttr is slot_tp_getattr_hook: __getattribute__, then __getattr__
// on AttributeError.
func slotGetAttr(ts *objects.Thread, o, name *Object) *Object {
	tp := o.Type()
	ga := objects.LookupTypeString(tp, "__getattribute__")
	var r *Object
	if ga == nil {
		r = objects.GenericGetAttr(ts, o, name)
	} else if owner := objects.SlotWrapperOwner(ga); owner != nil {
		// A static base's __getattribute__: its slot, with no call.
		r = owner.GetAttr(ts, o, name)
	} else {
		r, _ = callDunder(ts, o, "__getattribute__", name)
	}
	if r != nil || !ts.ErrMatches(objects.AttributeError) {
		return r
	}
	if objects.LookupTypeString(tp, "__getattr__") == nil {
		return nil
	}
	ts.ClearErr()
	r, _ = callDunder(ts, o, "__getattr__", name)
	return r
}

func slotSetAttr(ts *objects.Thread, o, name, v *Object) int {
	var r *Object
	if v == nil {
		r = vectorcallMethod(ts, o, "__delattr__", name)
	} else {
		r = vectorcallMethod(ts, o, "__setattr__", name, v)
	}
	if r == nil {
		return -1
	}
	objects.Decref(ts, r)
	return 0
}

func slotIter(ts *objects.Thread, o *Object) *Object {
	m, unbound := lookupMaybeMethod(ts, o, "__iter__")
	if m == objects.None {
		objects.Decref(ts, m)
		return ts.Raisef(objects.TypeError, "'%s' object is not iterable", o.Type().Name)
	}
	if m == nil {
		if ts.Occurred() {
			return nil
		}
		if objects.LookupTypeString(o.Type(), "__getitem__") != nil {
			return objects.NewSeqIter(ts, o)
		}
		return ts.Raisef(objects.TypeError, "'%s' object is not iterable", o.Type().Name)
	}
	r := callMethod(ts, m, unbound, o, nil, nil)
	objects.Decref(ts, m)
	return r
}

func slotIterNext(ts *objects.Thread, o *Object) *Object { return vectorcallMethod(ts, o, "__next__") }

func slotDescrGet(ts *objects.Thread, d, obj, typ *Object) *Object {
	get := objects.LookupTypeString(d.Type(), "__get__")
	if get == nil {
		return objects.NewRef(d)
	}
	if obj == nil {
		obj = objects.None
	}
	if typ == nil {
		typ = objects.None
	}
	get = objects.NewRef(get)
	r := objects.Call(ts, get, []*Object{d, obj, typ}, nil)
	objects.Decref(ts, get)
	return r
}

func slotDescrSet(ts *objects.Thread, d, obj, v *Object) int {
	var r *Object
	if v == nil {
		r = vectorcallMethod(ts, d, "__delete__", obj)
	} else {
		r = vectorcallMethod(ts, d, "__set__", obj, v)
	}
	if r == nil {
		return -1
	}
	objects.Decref(ts, r)
	return 0
}

func slotInit(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) int {
	m, unbound := lookupMaybeMethod(ts, self, "__init__")
	if m == nil {
		if ts.Occurred() {
			return -1
		}
		ts.Raise(objects.AttributeError, "__init__")
		return -1
	}
	r := callMethod(ts, m, unbound, self, args, kwnames)
	objects.Decref(ts, m)
	if r == nil {
		return -1
	}
	if r != objects.None {
		ts.Raisef(objects.TypeError, "__init__() should return None, not '%s'", r.Type().Name)
		objects.Decref(ts, r)
		return -1
	}
	return 0
}

// slotNew is slot_tp_new: type.__new__ looked up as an attribute of the
// class (which unwraps the staticmethod), called with the class first.
func slotNew(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
	f := objects.GetAttrString(ts, t.TypeObject(), "__new__")
	if f == nil {
		return nil
	}
	all := make([]*Object, 0, len(args)+1)
	all = append(all, t.TypeObject())
	all = append(all, args...)
	r := objects.Call(ts, f, all, kwnames)
	objects.Decref(ts, f)
	return r
}

// slotFinalize is slot_tp_finalize: __del__, its exception reported as
// unraisable with the __del__ function as the object, as CPython's
// ("Exception ignored in: <function C.__del__ ...>").
func slotFinalize(ts *objects.Thread, o *Object) {
	r, _ := callDunder(ts, o, "__del__")
	if r == nil && ts.Occurred() {
		del := objects.LookupTypeString(o.Type(), "__del__")
		if th, ok := ts.Owner.(*Thread); ok {
			th.WriteUnraisable("", del)
		}
	}
	objects.XDecref(ts, r)
}

// slotBinary is SLOT1BINFULL: a's __op__ and b's __rop__, the right
// operand first when its class derives from the left's and overrides
// __rop__.
func slotBinary(op objects.NumberOp) objects.BinaryFunc {
	name := "__" + objects.NumberOpDunders[op] + "__"
	rname := "__r" + objects.NumberOpDunders[op] + "__"
	var self objects.BinaryFunc
	self = func(ts *objects.Thread, a, b *Object) *Object {
		ta, tb := a.Type(), b.Type()
		doOther := ta != tb && tb.NumBinary[op] != nil && funcAddr(tb.NumBinary[op]) == funcAddr(self)
		if ta.NumBinary[op] != nil && funcAddr(ta.NumBinary[op]) == funcAddr(self) {
			if doOther && tb.IsSubtype(ta) && methodIsOverloaded(a, b, rname) {
				r := maybeCall(ts, b, rname, a)
				if r != objects.NotImplemented {
					return r
				}
				objects.Decref(ts, r)
				doOther = false
			}
			r := maybeCall(ts, a, name, b)
			if r != objects.NotImplemented || ta == tb {
				return r
			}
			objects.Decref(ts, r)
		}
		if doOther {
			return maybeCall(ts, b, rname, a)
		}
		return objects.NewRef(objects.NotImplemented)
	}
	return self
}

// maybeCall is vectorcall_maybe: NotImplemented when the method is absent.
func maybeCall(ts *objects.Thread, self *Object, name string, args ...*Object) *Object {
	r, found := callDunder(ts, self, name, args...)
	if !found {
		return objects.NewRef(objects.NotImplemented)
	}
	return r
}

// methodIsOverloaded is method_is_overloaded: whether right's class has a
// name attribute other than left's.
func methodIsOverloaded(left, right *Object, name string) bool {
	b := objects.LookupTypeString(right.Type(), name)
	if b == nil {
		return false
	}
	return objects.LookupTypeString(left.Type(), name) != b
}

func slotInplace(op objects.NumberOp) objects.BinaryFunc {
	name := "__i" + objects.NumberOpDunders[op] + "__"
	return func(ts *objects.Thread, a, b *Object) *Object { return maybeCall(ts, a, name, b) }
}

// slotPow is slot_nb_power: the binary protocol for two arguments;
// three-argument pow uses only the left operand's __pow__.
func slotPow(ts *objects.Thread, a, b, c *Object) *Object {
	if c == nil || c == objects.None {
		return slotPowBinary(ts, a, b)
	}
	if a.Type().Pow != nil && funcAddr(a.Type().Pow) == funcAddr(objects.TernaryFunc(slotPow)) {
		return vectorcallMethod(ts, a, "__pow__", b, c)
	}
	return objects.NewRef(objects.NotImplemented)
}

// slotPowBinary is SLOT1BINFULL for pow, testing the Pow slot.
func slotPowBinary(ts *objects.Thread, a, b *Object) *Object {
	ta, tb := a.Type(), b.Type()
	isGeneric := func(t *objects.Type) bool {
		return t.Pow != nil && funcAddr(t.Pow) == funcAddr(objects.TernaryFunc(slotPow))
	}
	doOther := ta != tb && isGeneric(tb)
	if isGeneric(ta) {
		if doOther && tb.IsSubtype(ta) && methodIsOverloaded(a, b, "__rpow__") {
			r := maybeCall(ts, b, "__rpow__", a)
			if r != objects.NotImplemented {
				return r
			}
			objects.Decref(ts, r)
			doOther = false
		}
		r := maybeCall(ts, a, "__pow__", b)
		if r != objects.NotImplemented || ta == tb {
			return r
		}
		objects.Decref(ts, r)
	}
	if doOther {
		return maybeCall(ts, b, "__rpow__", a)
	}
	return objects.NewRef(objects.NotImplemented)
}

func slotInplacePow(ts *objects.Thread, a, b, c *Object) *Object {
	return maybeCall(ts, a, "__ipow__", b)
}

func slotLen(ts *objects.Thread, o *Object) int {
	r := vectorcallMethod(ts, o, "__len__")
	if r == nil {
		return -1
	}
	defer objects.Decref(ts, r)
	n, ok := objects.IndexValue(ts, r, objects.OverflowError)
	if !ok {
		return -1
	}
	if n < 0 {
		ts.Raise(objects.ValueError, "__len__() should return >= 0")
		return -1
	}
	return int(n)
}

func slotBool(ts *objects.Thread, o *Object) int {
	m, unbound := lookupMaybeMethod(ts, o, "__bool__")
	if m == nil {
		if ts.Occurred() {
			return -1
		}
		if objects.LookupTypeString(o.Type(), "__len__") == nil {
			return 1
		}
		n := slotLen(ts, o)
		if n < 0 {
			return -1
		}
		if n > 0 {
			return 1
		}
		return 0
	}
	r := callMethod(ts, m, unbound, o, nil, nil)
	objects.Decref(ts, m)
	if r == nil {
		return -1
	}
	defer objects.Decref(ts, r)
	switch r {
	case objects.True:
		return 1
	case objects.False:
		return 0
	}
	ts.Raisef(objects.TypeError, "__bool__ should return bool, returned %s", r.Type().Name)
	return -1
}

func slotGetItem(ts *objects.Thread, o, k *Object) *Object {
	return vectorcallMethod(ts, o, "__getitem__", k)
}

func slotSetItem(ts *objects.Thread, o, k, v *Object) int {
	var r *Object
	if v == nil {
		r = vectorcallMethod(ts, o, "__delitem__", k)
	} else {
		r = vectorcallMethod(ts, o, "__setitem__", k, v)
	}
	if r == nil {
		return -1
	}
	objects.Decref(ts, r)
	return 0
}

func slotContains(ts *objects.Thread, o, item *Object) int {
	m, unbound := lookupMaybeMethod(ts, o, "__contains__")
	if m == objects.None {
		objects.Decref(ts, m)
		ts.Raisef(objects.TypeError, "'%s' object is not a container", o.Type().Name)
		return -1
	}
	if m == nil {
		if ts.Occurred() {
			return -1
		}
		return iterContains(ts, o, item)
	}
	r := callMethod(ts, m, unbound, o, []*Object{item}, nil)
	objects.Decref(ts, m)
	if r == nil {
		return -1
	}
	v := objects.IsTrue(ts, r)
	objects.Decref(ts, r)
	return v
}

// iterContains is _PySequence_IterSearch for `in`.
func iterContains(ts *objects.Thread, o, item *Object) int {
	it := objects.GetIter(ts, o)
	if it == nil {
		return -1
	}
	defer objects.Decref(ts, it)
	for {
		x := objects.IterNext(ts, it)
		if x == nil {
			if ts.Occurred() {
				return -1
			}
			return 0
		}
		c := objects.RichCompareBool(ts, x, item, objects.EQ)
		objects.Decref(ts, x)
		if c != 0 {
			return c
		}
	}
}

func init() {
	g := &objects.Type{
		Repr: slotRepr, Str: slotStr, Hash: slotHash, RichCompare: slotRichCompare,
		GetAttr: slotGetAttr, SetAttr: slotSetAttr, Call: slotCall,
		Iter: slotIter, IterNext: slotIterNext, DescrGet: slotDescrGet, DescrSet: slotDescrSet,
		Init: slotInit, New: slotNew, Finalize: slotFinalize,
		Pow: slotPow, InplacePow: slotInplacePow,
		Neg: slotUnary("__neg__"), Pos: slotUnary("__pos__"), Abs: slotUnary("__abs__"),
		Invert: slotUnary("__invert__"), Int: slotUnary("__int__"), Float: slotUnary("__float__"),
		Index: slotUnary("__index__"), Bool: slotBool,
		Len: slotLen, GetItem: slotGetItem, SetItem: slotSetItem, Contains: slotContains,
	}
	for op := range g.NumBinary {
		g.NumBinary[op] = slotBinary(objects.NumberOp(op))
		g.NumInplace[op] = slotInplace(objects.NumberOp(op))
	}
	objects.SetGenericSlots(g)
}
