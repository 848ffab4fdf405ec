package objects

// The gc module's surface, as Go functions the VM exposes (Modules/gcmodule.c).

// GCEnable is gc.enable().
func GCEnable(ts *Thread) { ts.Space.GC.enabled = true }

// GCDisable is gc.disable().
func GCDisable(ts *Thread) { ts.Space.GC.enabled = false }

// GCIsEnabled is gc.isenabled().
func GCIsEnabled(ts *Thread) bool { return ts.Space.GC.enabled }

// GCGetCount is gc.get_count().
func GCGetCount(ts *Thread) [NumGenerations]int {
	g := &ts.Space.GC
	return [NumGenerations]int{g.gens[0].count, g.gens[1].count, g.gens[2].count}
}

// GCGetThreshold is gc.get_threshold().
func GCGetThreshold(ts *Thread) [NumGenerations]int {
	g := &ts.Space.GC
	return [NumGenerations]int{g.gens[0].threshold, g.gens[1].threshold, g.gens[2].threshold}
}

// GCSetThreshold is gc.set_threshold(t0[, t1[, t2]]): the thresholds not
// given are left alone.
func GCSetThreshold(ts *Thread, thresholds ...int) {
	g := &ts.Space.GC
	for i, t := range thresholds {
		if i < NumGenerations {
			g.gens[i].threshold = t
		}
	}
}

// GCGetDebug and GCSetDebug are gc.get_debug() and gc.set_debug(flags).
func GCGetDebug(ts *Thread) int        { return ts.Space.GC.Debug }
func GCSetDebug(ts *Thread, flags int) { ts.Space.GC.Debug = flags }

// GCGarbage is gc.garbage (borrowed; created on first use).
func GCGarbage(ts *Thread) *Object { return ts.Space.GC.garbageList(ts) }

// GCCallbacks is gc.callbacks (borrowed; created on first use).
func GCCallbacks(ts *Thread) *Object {
	g := &ts.Space.GC
	if g.Callbacks == nil {
		g.Callbacks = NewListSteal(ts, nil)
	}
	return g.Callbacks
}

// GCGetObjects is gc.get_objects(generation): a new list of the tracked
// objects of one generation, or of all when gen is -1. ValueError for a
// generation out of range, as CPython.
func GCGetObjects(ts *Thread, gen int) *Object {
	g := &ts.Space.GC
	if gen >= NumGenerations {
		return ts.Raisef(ValueError, "generation parameter must be less than the number of available generations (%d)", NumGenerations)
	}
	if gen < -1 {
		return ts.Raise(ValueError, "generation parameter cannot be negative")
	}
	result := NewListSteal(ts, nil)
	add := func(head *gcHead) {
		for h := head.next; h != head; h = h.next {
			o := gcObjectOf(h)
			if o != result {
				ListAppend(ts, result, o)
			}
		}
	}
	if gen == -1 {
		for i := range g.gens {
			add(&g.gens[i].head)
		}
	} else {
		add(&g.gens[gen].head)
	}
	return result
}

// gcIsGC is PyObject_IS_GC: a container whose type has a GC head.
func gcIsGC(o *Object) bool {
	if !o.typ.IsGC() {
		return false
	}
	if t := AsType(o); t != nil {
		// type_is_gc: classes are containers; static types never are.
		return t.IsHeapType()
	}
	return true
}

// gcCollectVisitor gathers referents.
type gcCollectVisitor struct {
	out []*Object
}

func (v *gcCollectVisitor) Visit(o *Object) { v.out = append(v.out, o) }

// GCGetReferents is gc.get_referents(*objs): a new list of the objects the
// containers among objs refer to.
func GCGetReferents(ts *Thread, objs []*Object) *Object {
	var v gcCollectVisitor
	for _, o := range objs {
		if !gcIsGC(o) || o.typ.Traverse == nil {
			continue
		}
		o.typ.Traverse(o, &v)
	}
	out := make([]*Object, len(v.out))
	for i, x := range v.out {
		out[i] = NewRef(x)
	}
	return NewListSteal(ts, out)
}

// gcFindVisitor reports whether a traversal meets one of targets.
type gcFindVisitor struct {
	targets []*Object
	found   bool
}

func (v *gcFindVisitor) Visit(o *Object) {
	if v.found {
		return
	}
	for _, t := range v.targets {
		if o == t {
			v.found = true
			return
		}
	}
}

// GCGetReferrers is gc.get_referrers(*objs): a new list of the tracked
// objects that refer to any of objs.
func GCGetReferrers(ts *Thread, objs []*Object) *Object {
	g := &ts.Space.GC
	result := NewListSteal(ts, nil)
	var found []*Object
	for i := range g.gens {
		head := &g.gens[i].head
		for h := head.next; h != head; h = h.next {
			o := gcObjectOf(h)
			if o == result || o.typ.Traverse == nil {
				continue
			}
			v := gcFindVisitor{targets: objs}
			o.typ.Traverse(o, &v)
			if v.found {
				found = append(found, o)
			}
		}
	}
	for _, o := range found {
		ListAppend(ts, result, o)
	}
	return result
}

// GCIsTracked is gc.is_tracked(o).
func GCIsTracked(o *Object) bool {
	return gcIsGC(o) && !o.IsImmortal() && gcIsTracked(o)
}

// GCIsFinalized is gc.is_finalized(o).
func GCIsFinalized(o *Object) bool {
	return gcIsGC(o) && !o.IsImmortal() && gcHeadOfAny(o).flags&gcFinalized != 0
}

// GCFreeze is gc.freeze(): every tracked object moves to the permanent
// generation, which collections ignore.
func GCFreeze(ts *Thread) {
	g := &ts.Space.GC
	for i := range g.gens {
		gcListMerge(&g.gens[i].head, &g.permanent)
		g.gens[i].count = 0
	}
}

// GCUnfreeze is gc.unfreeze(): the permanent generation goes back to the
// oldest one.
func GCUnfreeze(ts *Thread) {
	g := &ts.Space.GC
	gcListMerge(&g.permanent, &g.gens[NumGenerations-1].head)
}

// GCGetFreezeCount is gc.get_freeze_count().
func GCGetFreezeCount(ts *Thread) int { return gcListSize(&ts.Space.GC.permanent) }

// GCGetStats is gc.get_stats() as Go values.
func GCGetStats(ts *Thread) [NumGenerations]GCStats { return ts.Space.GC.Stats }

// GCRelease drops the collector's own references (gc.garbage and
// gc.callbacks) when an interpreter is finalized.
func GCRelease(ts *Thread) {
	g := &ts.Space.GC
	Clear(ts, &g.Garbage)
	Clear(ts, &g.Callbacks)
}
