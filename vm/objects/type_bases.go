package objects

// typeSetBases is the setter of type.__bases__ (CPython's type_set_bases):
// a class made at run time may change its bases to classes of the same
// instance layout. Its MRO and those of its subclasses are recomputed,
// the subclass lists moved and the dunder slots looked up again; when an
// MRO cannot be made, everything is put back.
func typeSetBases(ts *Thread, x, value *Object) int {
	t := AsType(x)
	if !t.IsHeapType() || t.Flags&FlagImmutable != 0 {
		ts.Raisef(TypeError, "cannot set '__bases__' attribute of immutable type '%s'", t.Name)
		return -1
	}
	if value == nil {
		ts.Raisef(TypeError, "cannot delete '__bases__' attribute of immutable type '%s'", t.Name)
		return -1
	}
	tup := AsTuple(value)
	if tup == nil {
		ts.Raisef(TypeError, "can only assign tuple to %s.__bases__, not %s", t.Name, TypeName(value))
		return -1
	}
	items := tup.Items()
	if len(items) == 0 {
		ts.Raisef(TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t.Name)
		return -1
	}
	bases := make([]*Type, len(items))
	for i, it := range items {
		b := AsType(it)
		if b == nil {
			ts.Raisef(TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t.Name, TypeName(it))
			return -1
		}
		if b.IsSubtype(t) || typeXBaseChainHas(b, t) {
			ts.Raise(TypeError, "a __bases__ item causes an inheritance cycle")
			return -1
		}
		bases[i] = b
	}
	newBase := typeXBestBase(ts, bases)
	if newBase == nil {
		return -1
	}
	if !typeXCompatibleFor(ts, t.Base, newBase, "__bases__") {
		return -1
	}

	// Switch, then compute the MROs of t and of every class below it; on
	// failure restore the old bases and the MROs already replaced.
	TypeModified(ts, t)
	oldBases, oldBase := t.Bases, t.Base
	t.Bases, t.Base = bases, newBase
	type saved struct {
		t   *Type
		mro []*Type
	}
	var done []saved
	var remro func(c *Type, depth int) bool
	remro = func(c *Type, depth int) bool {
		mro, err := c3MRO(c)
		if err != "" {
			ts.Raise(TypeError, err)
			return false
		}
		if depth > 1000 {
			ts.Raise(RecursionError, "maximum recursion depth exceeded")
			return false
		}
		done = append(done, saved{c, c.MRO})
		c.MRO = mro
		for _, sub := range typeSpaceOf(ts).subclasses[c] {
			if !remro(sub, depth+1) {
				return false
			}
		}
		return true
	}
	if !remro(t, 0) {
		for i := len(done) - 1; i >= 0; i-- {
			done[i].t.MRO = done[i].mro
		}
		t.Bases, t.Base = oldBases, oldBase
		return -1
	}
	for _, b := range bases {
		Incref(&b.Object)
	}
	for _, b := range oldBases {
		RemoveSubclass(ts, b, t)
	}
	for _, b := range bases {
		AddSubclass(ts, b, t)
	}
	Clear(ts, &t.basesTuple)
	t.basesTuple = NewRef(value)
	for _, d := range done {
		Clear(ts, &d.t.mroTuple)
		d.t.mroTuple = typeXTupleOf(ts, d.t.MRO)
		fixupSlots(d.t)
	}
	for _, b := range oldBases {
		Decref(ts, &b.Object)
	}
	return 0
}

// typeXBaseChainHas tells whether t is on b's tp_base chain (a class
// whose MRO is stale may still name t there).
func typeXBaseChainHas(b, t *Type) bool {
	for x := b; x != nil; x = x.Base {
		if x == t {
			return true
		}
	}
	return false
}
