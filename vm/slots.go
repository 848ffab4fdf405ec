package vm

import (
	"minipy/vm/objects"
)

// callDunder looks name up on self's type and calls it bound to self.
// found is false (and nothing is set) when the type has no such attribute.
func callDunder(ts *objects.Thread, self *Object, name string, args ...*Object) (r *Object, found bool) {
	d := objects.LookupTypeString(self.Type(), name)
	if d == nil {
		return nil, false
	}
	if d.Type() == FunctionType {
		all := make([]*Object, 0, len(args)+1)
		all = append(all, self)
		all = append(all, args...)
		return objects.Call(ts, d, all, nil), true
	}
	var m *Object
	if g := d.Type().DescrGet; g != nil {
		m = g(ts, d, self, self.Type().TypeObject())
		if m == nil {
			return nil, true
		}
	} else {
		m = objects.NewRef(d)
	}
	r = objects.Call(ts, m, args, nil)
	objects.Decref(ts, m)
	return r, true
}

func dunderUnary(name string) objects.UnaryFunc {
	return func(ts *objects.Thread, a *Object) *Object {
		r, ok := callDunder(ts, a, name)
		if !ok {
			return ts.Raisef(objects.TypeError, "'%s' object has no attribute '%s'", a.Type().Name, name)
		}
		return r
	}
}

func dunderStrResult(name string) objects.UnaryFunc {
	return func(ts *objects.Thread, a *Object) *Object {
		r, _ := callDunder(ts, a, name)
		if r != nil && objects.AsStr(r) == nil {
			t := r.Type().Name
			objects.Decref(ts, r)
			return ts.Raisef(objects.TypeError, "%s returned non-string (type %s)", name, t)
		}
		return r
	}
}

// binarySlot is SLOT1BINFULL: a.__op__(b), then b.__rop__(a).
func binarySlot(op objects.NumberOp) objects.BinaryFunc {
	name := "__" + objects.NumberOpDunders[op] + "__"
	rname := "__r" + objects.NumberOpDunders[op] + "__"
	return func(ts *objects.Thread, a, b *Object) *Object {
		slotA := a.Type().IsHeapType() && objects.LookupTypeString(a.Type(), name) != nil
		if slotA {
			r, _ := callDunder(ts, a, name, b)
			if r != objects.NotImplemented || a.Type() == b.Type() {
				return r
			}
			objects.Decref(ts, r)
		}
		if b.Type().IsHeapType() && a.Type() != b.Type() {
			if r, ok := callDunder(ts, b, rname, a); ok {
				return r
			}
		}
		return objects.NewRef(objects.NotImplemented)
	}
}

func inplaceSlot(op objects.NumberOp) objects.BinaryFunc {
	name := "__i" + objects.NumberOpDunders[op] + "__"
	return func(ts *objects.Thread, a, b *Object) *Object {
		r, ok := callDunder(ts, a, name, b)
		if !ok {
			return objects.NewRef(objects.NotImplemented)
		}
		return r
	}
}

func richCompareSlot(ts *objects.Thread, a, b *Object, op objects.CompareOp) *Object {
	names := [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
	r, ok := callDunder(ts, a, names[op], b)
	if !ok {
		return objects.NewRef(objects.NotImplemented)
	}
	return r
}

func hashSlot(ts *objects.Thread, o *Object) int64 {
	d := objects.LookupTypeString(o.Type(), "__hash__")
	if d == objects.None {
		ts.Raisef(objects.TypeError, "unhashable type: '%s'", o.Type().Name)
		return -1
	}
	r, _ := callDunder(ts, o, "__hash__")
	if r == nil {
		return -1
	}
	defer objects.Decref(ts, r)
	if objects.AsInt(r) == nil {
		ts.Raise(objects.TypeError, "__hash__ method should return an integer")
		return -1
	}
	h := objects.Hash(ts, r)
	return h
}

func lenSlot(ts *objects.Thread, o *Object) int {
	r, _ := callDunder(ts, o, "__len__")
	if r == nil {
		return -1
	}
	defer objects.Decref(ts, r)
	if objects.AsInt(r) == nil {
		ts.Raisef(objects.TypeError, "'%s' object cannot be interpreted as an integer", r.Type().Name)
		return -1
	}
	n, ok := objects.IntValue64(r)
	if !ok {
		ts.Raise(objects.OverflowError, "cannot fit 'int' into an index-sized integer")
		return -1
	}
	if n < 0 {
		ts.Raise(objects.ValueError, "__len__() should return >= 0")
		return -1
	}
	return int(n)
}

func boolSlot(ts *objects.Thread, o *Object) int {
	r, found := callDunder(ts, o, "__bool__")
	if !found {
		n := lenSlot(ts, o)
		if n < 0 {
			return -1
		}
		if n > 0 {
			return 1
		}
		return 0
	}
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

func initSlot(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) int {
	d := objects.LookupTypeString(self.Type(), "__init__")
	if d == nil {
		return 0
	}
	var r *Object
	if d.Type() == FunctionType {
		all := make([]*Object, 0, len(args)+1)
		all = append(all, self)
		all = append(all, args...)
		r = objects.Call(ts, d, all, kwnames)
	} else {
		m := d.Type().DescrGet(ts, d, self, self.Type().TypeObject())
		if m == nil {
			return -1
		}
		r = objects.Call(ts, m, args, kwnames)
		objects.Decref(ts, m)
	}
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

func newSlot(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
	d := objects.LookupTypeString(t, "__new__")
	if d == nil {
		return ts.Raise(objects.TypeError, "no __new__")
	}
	f := d
	if g := d.Type().DescrGet; g != nil {
		f = g(ts, d, nil, t.TypeObject())
		if f == nil {
			return nil
		}
	} else {
		objects.Incref(f)
	}
	all := make([]*Object, 0, len(args)+1)
	all = append(all, t.TypeObject())
	all = append(all, args...)
	r := objects.Call(ts, f, all, kwnames)
	objects.Decref(ts, f)
	return r
}

func callSlot(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	d := objects.LookupTypeString(self.Type(), "__call__")
	if d == nil {
		return ts.Raisef(objects.TypeError, "'%s' object is not callable", self.Type().Name)
	}
	var m *Object
	if g := d.Type().DescrGet; g != nil {
		m = g(ts, d, self, self.Type().TypeObject())
		if m == nil {
			return nil
		}
	} else {
		m = objects.NewRef(d)
	}
	r := objects.Call(ts, m, args, kwnames)
	objects.Decref(ts, m)
	return r
}

func getattrSlot(ts *objects.Thread, o, name *Object) *Object {
	var r *Object
	if ga := objects.LookupTypeString(o.Type(), "__getattribute__"); ga != nil && ga.Type() == FunctionType {
		r, _ = callDunder(ts, o, "__getattribute__", name)
	} else {
		r = objects.GenericGetAttr(ts, o, name)
	}
	if r != nil || !ts.ErrMatches(objects.AttributeError) {
		return r
	}
	if objects.LookupTypeString(o.Type(), "__getattr__") == nil {
		return nil
	}
	ts.ClearErr()
	r, _ = callDunder(ts, o, "__getattr__", name)
	return r
}

func setattrSlot(ts *objects.Thread, o, name, v *Object) int {
	var r *Object
	var found bool
	if v == nil {
		if d := objects.LookupTypeString(o.Type(), "__delattr__"); d != nil && d.Type() == FunctionType {
			r, found = callDunder(ts, o, "__delattr__", name)
		}
	} else if d := objects.LookupTypeString(o.Type(), "__setattr__"); d != nil && d.Type() == FunctionType {
		r, found = callDunder(ts, o, "__setattr__", name, v)
	}
	if !found {
		return objects.GenericSetAttr(ts, o, name, v)
	}
	if r == nil {
		return -1
	}
	objects.Decref(ts, r)
	return 0
}

func wireSlots(ts *objects.Thread, t *objects.Type) {
	has := func(name string) bool {
		for _, b := range t.MRO {
			if !b.IsHeapType() {
				return false
			}
			if b.Dict != nil && objects.DictGetItemStr(ts, b.Dict, name) != nil {
				return true
			}
		}
		return false
	}
	hasOwn := func(name string) bool {
		return has(name)
	}
	if hasOwn("__repr__") {
		t.Repr = dunderStrResult("__repr__")
	}
	if hasOwn("__str__") {
		t.Str = dunderStrResult("__str__")
	}
	if hasOwn("__hash__") {
		t.Hash = hashSlot
	}
	for _, n := range []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"} {
		if hasOwn(n) {
			t.RichCompare = richCompareSlot
		}
	}
	for op := objects.NumberOp(0); op < objects.OpXor+1; op++ {
		d := objects.NumberOpDunders[op]
		if op == objects.OpPow {
			if hasOwn("__pow__") || hasOwn("__rpow__") {
				bs := binarySlot(op)
				t.Pow = func(ts *objects.Thread, a, b, c *Object) *Object {
					if c != objects.None && c != nil {
						r, _ := callDunder(ts, a, "__pow__", b, c)
						return r
					}
					return bs(ts, a, b)
				}
			}
			if hasOwn("__ipow__") {
				t.InplacePow = func(ts *objects.Thread, a, b, c *Object) *Object {
					r, _ := callDunder(ts, a, "__ipow__", b)
					return r
				}
			}
			continue
		}
		if hasOwn("__"+d+"__") || hasOwn("__r"+d+"__") {
			t.NumBinary[op] = binarySlot(op)
		}
		if hasOwn("__i" + d + "__") {
			t.NumInplace[op] = inplaceSlot(op)
		}
	}
	if hasOwn("__neg__") {
		t.Neg = dunderUnary("__neg__")
	}
	if hasOwn("__pos__") {
		t.Pos = dunderUnary("__pos__")
	}
	if hasOwn("__abs__") {
		t.Abs = dunderUnary("__abs__")
	}
	if hasOwn("__invert__") {
		t.Invert = dunderUnary("__invert__")
	}
	if hasOwn("__int__") {
		t.Int = dunderUnary("__int__")
	}
	if hasOwn("__float__") {
		t.Float = dunderUnary("__float__")
	}
	if hasOwn("__index__") {
		t.Index = dunderUnary("__index__")
	}
	if hasOwn("__bool__") || hasOwn("__len__") {
		t.Bool = boolSlot
	}
	if hasOwn("__len__") {
		t.Len = lenSlot
	}
	if hasOwn("__getitem__") {
		t.GetItem = func(ts *objects.Thread, o, k *Object) *Object {
			r, _ := callDunder(ts, o, "__getitem__", k)
			return r
		}
	}
	if hasOwn("__setitem__") || hasOwn("__delitem__") {
		t.SetItem = func(ts *objects.Thread, o, k, v *Object) int {
			var r *Object
			var ok bool
			if v == nil {
				r, ok = callDunder(ts, o, "__delitem__", k)
				if !ok {
					ts.Raisef(objects.AttributeError, "__delitem__")
					return -1
				}
			} else {
				r, ok = callDunder(ts, o, "__setitem__", k, v)
				if !ok {
					ts.Raisef(objects.TypeError, "'%s' object does not support item assignment", o.Type().Name)
					return -1
				}
			}
			if r == nil {
				return -1
			}
			objects.Decref(ts, r)
			return 0
		}
	}
	if hasOwn("__contains__") {
		t.Contains = func(ts *objects.Thread, o, item *Object) int {
			r, _ := callDunder(ts, o, "__contains__", item)
			if r == nil {
				return -1
			}
			v := objects.IsTrue(ts, r)
			objects.Decref(ts, r)
			return v
		}
	}
	if hasOwn("__iter__") {
		t.Iter = func(ts *objects.Thread, o *Object) *Object {
			r, _ := callDunder(ts, o, "__iter__")
			if r != nil && r.Type().IterNext == nil {
				tn := r.Type().Name
				objects.Decref(ts, r)
				return ts.Raisef(objects.TypeError, "iter() returned non-iterator of type '%s'", tn)
			}
			return r
		}
	}
	if hasOwn("__next__") {
		t.IterNext = func(ts *objects.Thread, o *Object) *Object {
			r, _ := callDunder(ts, o, "__next__")
			return r
		}
	}
	if hasOwn("__call__") {
		t.Call = callSlot
	}
	if hasOwn("__getattr__") || hasOwn("__getattribute__") {
		t.GetAttr = getattrSlot
	}
	if hasOwn("__setattr__") || hasOwn("__delattr__") {
		t.SetAttr = setattrSlot
	}
	if hasOwn("__get__") {
		t.DescrGet = func(ts *objects.Thread, d, obj, typ *Object) *Object {
			if obj == nil {
				obj = objects.None
			}
			if typ == nil {
				typ = objects.None
			}
			r, _ := callDunder(ts, d, "__get__", obj, typ)
			return r
		}
	}
	if hasOwn("__set__") || hasOwn("__delete__") {
		t.DescrSet = func(ts *objects.Thread, d, obj, v *Object) int {
			var r *Object
			if v == nil {
				r, _ = callDunder(ts, d, "__delete__", obj)
			} else {
				r, _ = callDunder(ts, d, "__set__", obj, v)
			}
			if r == nil {
				return -1
			}
			objects.Decref(ts, r)
			return 0
		}
	}
	if hasOwn("__init__") {
		t.Init = initSlot
	}
	if hasOwn("__new__") {
		t.New = newSlot
	}
	if hasOwn("__del__") {
		t.Finalize = func(ts *objects.Thread, o *Object) {
			r, _ := callDunder(ts, o, "__del__")
			if r == nil && ts.Occurred() {
				// slot_tp_finalize: reported with the __del__ function.
				del := objects.LookupTypeString(o.Type(), "__del__")
				ts.Owner.(*Thread).WriteUnraisable("", del)
			}
			objects.XDecref(ts, r)
		}
	}
}
