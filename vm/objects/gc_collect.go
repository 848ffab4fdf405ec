package objects

// The cycle collector's algorithm, as CPython 3.11's Modules/gcmodule.c
// (gc_collect_main):
//
//  1. merge the younger generations into the one collected ("young");
//  2. update_refs: copy each object's refcount into its gc_refs and mark it
//     collecting; subtract_refs: traverse each and decrement the gc_refs of
//     every referent in the set, leaving in gc_refs the references from
//     outside the set;
//  3. move_unreachable: objects with gc_refs > 0 are reachable, and so is
//     everything they reach; the rest moves to the unreachable list;
//  4. untrack tuples (and, in full collections, dicts) that can never be
//     part of a cycle; move the reachable to the next generation;
//  5. PEP 442: run each unreachable object's Finalize once (a flag in its
//     GC head), holding a reference so it cannot vanish under us;
//  6. compute reachability again inside the unreachable set: what a
//     finalizer resurrected (stored somewhere reachable) survives and
//     moves to the older generation;
//  7. delete_garbage: call Clear on each object still unreachable, which
//     breaks the cycles; refcounting frees the rest.

// gcInSet reports whether o is in the set a running collection examines:
// the collecting bit is set and the count is mortal (see gc.go).
func gcInSet(o *Object) bool { return o.hdr.Refcnt>>30 == 1 }

// gcClearCollecting removes the collecting mark.
func gcClearCollecting(o *Object) {
	if gcInSet(o) {
		o.hdr.Refcnt &^= gcCollectingBit
	}
}

// gcUpdateRefs is update_refs.
func gcUpdateRefs(containers *gcHead) {
	for h := containers.next; h != containers; h = h.next {
		o := gcObjectOf(h)
		if o.IsImmortal() {
			// Never collected: count it as referenced from outside.
			h.refs = 1
			continue
		}
		h.refs = int32(o.hdr.Refcnt)
		o.hdr.Refcnt |= gcCollectingBit
	}
}

// gcDecrefVisitor is visit_decref.
type gcDecrefVisitor struct{}

func (gcDecrefVisitor) Visit(o *Object) {
	if gcInSet(o) {
		gcHeadOfAny(o).refs--
	}
}

// gcSubtractRefs is subtract_refs.
func gcSubtractRefs(containers *gcHead) {
	var v gcDecrefVisitor
	for h := containers.next; h != containers; h = h.next {
		o := gcObjectOf(h)
		if tr := o.typ.Traverse; tr != nil {
			tr(o, v)
		}
	}
}

// gcReachableVisitor is visit_reachable.
type gcReachableVisitor struct {
	young *gcHead
}

func (v *gcReachableVisitor) Visit(o *Object) {
	if !gcInSet(o) {
		return
	}
	h := gcHeadOfAny(o)
	if h.flags&gcUnreachable != 0 {
		// Had gc_refs 0 when move_unreachable passed it, but is reachable
		// after all: back to young, to be scanned again.
		h.flags &^= gcUnreachable
		gcListMove(h, v.young)
		h.refs = 1
	} else if h.refs == 0 {
		h.refs = 1
	}
}

// gcMoveUnreachable is move_unreachable: afterwards young holds the
// reachable objects (no longer marked collecting) and unreachable the
// rest (still marked, with the gcUnreachable flag).
func gcMoveUnreachable(young, unreachable *gcHead) {
	v := gcReachableVisitor{young: young}
	for h := young.next; h != young; {
		if h.refs > 0 {
			o := gcObjectOf(h)
			if tr := o.typ.Traverse; tr != nil {
				tr(o, &v)
			}
			gcClearCollecting(o)
			h = h.next
		} else {
			next := h.next
			gcListMove(h, unreachable)
			h.flags |= gcUnreachable
			h = next
		}
	}
}

// gcDeduceUnreachable is deduce_unreachable.
func gcDeduceUnreachable(base, unreachable *gcHead) {
	gcUpdateRefs(base)
	gcSubtractRefs(base)
	gcListInit(unreachable)
	gcMoveUnreachable(base, unreachable)
}

// gcClearMarks removes the collecting mark and the unreachable flag from
// every object of a list.
func gcClearMarks(list *gcHead) {
	for h := list.next; h != list; h = h.next {
		h.flags &^= gcUnreachable
		gcClearCollecting(gcObjectOf(h))
	}
}

// gcUntrackTuples is untrack_tuples.
func gcUntrackTuples(head *gcHead) {
	for h := head.next; h != head; {
		next := h.next
		o := gcObjectOf(h)
		if o.typ == TupleType {
			tupleMaybeUntrack(o)
		}
		h = next
	}
}

// tupleMaybeUntrack is _PyTuple_MaybeUntrack.
func tupleMaybeUntrack(o *Object) {
	for _, it := range TupleItems(o) {
		if it == nil || gcMayBeTracked(it) {
			return
		}
	}
	gcUnlink(o)
}

// gcUntrackDicts is untrack_dicts (full collections only).
func gcUntrackDicts(head *gcHead) {
	for h := head.next; h != head; {
		next := h.next
		o := gcObjectOf(h)
		if o.typ == DictType {
			d := (*Dict)(unsafePointer(o))
			untrack := true
			for _, e := range d.k.entries[:d.k.nentries] {
				if e.key != nil && (gcMayBeTracked(e.key) || gcMayBeTracked(e.value)) {
					untrack = false
					break
				}
			}
			if untrack {
				gcUnlink(o)
			}
		}
		h = next
	}
}

// gcFinalizeGarbage is finalize_garbage.
func gcFinalizeGarbage(ts *Thread, g *GCState, collectable *gcHead) {
	var seen gcHead
	gcListInit(&seen)
	for !gcListEmpty(collectable) {
		h := collectable.next
		gcListMove(h, &seen)
		o := gcObjectOf(h)
		if h.flags&gcFinalized == 0 && o.typ.Finalize != nil {
			h.flags |= gcFinalized
			Incref(o)
			o.typ.Finalize(ts, o)
			g.unraisable(ts, "Exception ignored in finalizer", o)
			Decref(ts, o)
		}
	}
	gcListMerge(&seen, collectable)
}

// unraisable reports and clears an exception a finalizer or callback left
// set (PyErr_WriteUnraisable).
func (g *GCState) unraisable(ts *Thread, where string, o *Object) {
	if !ts.Occurred() {
		return
	}
	if g.OnUnraisable != nil {
		g.OnUnraisable(ts, where, o)
	}
	ts.ClearErr()
}

// gcDeleteGarbage is delete_garbage.
func gcDeleteGarbage(ts *Thread, g *GCState, collectable, old *gcHead) {
	for !gcListEmpty(collectable) {
		h := collectable.next
		o := gcObjectOf(h)
		if g.Debug&GCDebugSaveAll != 0 {
			ListAppend(ts, g.garbageList(ts), o)
		} else if clear := o.typ.Clear; clear != nil {
			Incref(o)
			clear(ts, o)
			g.unraisable(ts, "Exception ignored in tp_clear of "+o.typ.Name, o)
			Decref(ts, o)
		}
		if collectable.next == h {
			// Still alive: it may die later.
			gcListMove(h, old)
		}
	}
}

// garbageList returns gc.garbage, creating it on first use (borrowed).
func (g *GCState) garbageList(ts *Thread) *Object {
	if g.Garbage == nil {
		g.Garbage = NewListSteal(ts, nil)
	}
	return g.Garbage
}

// collectMain is gc_collect_main: collects generation gen and returns the
// number of unreachable objects found and the number uncollectable.
func (g *GCState) collectMain(ts *Thread, gen int) (collected, uncollectable int) {
	if gen+1 < NumGenerations {
		g.gens[gen+1].count++
	}
	for i := 0; i <= gen; i++ {
		g.gens[i].count = 0
	}
	for i := 0; i < gen; i++ {
		gcListMerge(&g.gens[i].head, &g.gens[gen].head)
	}
	young := &g.gens[gen].head
	old := young
	if gen < NumGenerations-1 {
		old = &g.gens[gen+1].head
	}

	var unreachable gcHead
	gcDeduceUnreachable(young, &unreachable)

	gcUntrackTuples(young)
	if young != old {
		if gen == NumGenerations-2 {
			g.longLivedPending += gcListSize(young)
		}
		gcListMerge(young, old)
	} else {
		gcUntrackDicts(young)
		g.longLivedPending = 0
		g.longLivedTotal = gcListSize(young)
	}

	// No code may run while objects carry the collecting mark.
	gcClearMarks(&unreachable)

	// Weak references to unreachable objects would be cleared here
	// (handle_weakrefs); the weakref type hooks in through ClearWeakrefs.
	if g.ClearWeakrefs != nil {
		collected += g.ClearWeakrefs(ts, g.listObjects(&unreachable))
	}

	gcFinalizeGarbage(ts, g, &unreachable)

	// handle_resurrected_objects
	var final gcHead
	gcDeduceUnreachable(&unreachable, &final)
	gcClearMarks(&final)
	gcListMerge(&unreachable, old)

	collected += gcListSize(&final)
	gcDeleteGarbage(ts, g, &final, old)

	st := &g.Stats[gen]
	st.Collections++
	st.Collected += collected
	st.Uncollectable += uncollectable
	return collected, uncollectable
}

// listObjects returns the objects of a GC list (borrowed).
func (g *GCState) listObjects(list *gcHead) []*Object {
	var out []*Object
	for h := list.next; h != list; h = h.next {
		out = append(out, gcObjectOf(h))
	}
	return out
}

// collectWithCallback runs gc.callbacks around a collection.
func (g *GCState) collectWithCallback(ts *Thread, gen int) int {
	g.invokeCallbacks(ts, "start", gen, 0, 0)
	collected, uncollectable := g.collectMain(ts, gen)
	g.invokeCallbacks(ts, "stop", gen, collected, uncollectable)
	return collected + uncollectable
}

// invokeCallbacks calls each of gc.callbacks with (phase, info).
func (g *GCState) invokeCallbacks(ts *Thread, phase string, gen, collected, uncollectable int) {
	if g.Callbacks == nil || len(ListItems(g.Callbacks)) == 0 {
		return
	}
	info := NewDict(ts)
	DictSetItemStr(ts, info, "generation", NewInt(ts, int64(gen)))
	c := NewInt(ts, int64(collected))
	DictSetItemStr(ts, info, "collected", c)
	Decref(ts, c)
	u := NewInt(ts, int64(uncollectable))
	DictSetItemStr(ts, info, "uncollectable", u)
	Decref(ts, u)
	ph := NewStr(ts, phase)
	// The list may change while the callbacks run: hold it and index afresh.
	cbs := NewRef(g.Callbacks)
	for i := 0; i < len(ListItems(cbs)); i++ {
		cb := NewRef(ListItems(cbs)[i])
		r := Call(ts, cb, []*Object{ph, info}, nil)
		if r == nil {
			g.unraisable(ts, "Exception ignored in garbage collector callback", cb)
		} else {
			Decref(ts, r)
		}
		Decref(ts, cb)
	}
	Decref(ts, cbs)
	Decref(ts, ph)
	Decref(ts, info)
}

// collectGenerations is gc_collect_generations: the oldest generation
// whose count exceeds its threshold.
func (g *GCState) collectGenerations(ts *Thread) int {
	for i := NumGenerations - 1; i >= 0; i-- {
		if g.gens[i].count > g.gens[i].threshold {
			if i == NumGenerations-1 && g.longLivedPending < g.longLivedTotal/4 {
				continue
			}
			return g.collectWithCallback(ts, i)
		}
	}
	return 0
}

// Collect is gc.collect(generation): the number of unreachable objects
// found (0 when a collection is already running). The pending exception,
// if any, is kept aside while finalizers run.
func Collect(ts *Thread, gen int) int {
	g := &ts.Space.GC
	if g.collecting {
		return 0
	}
	g.collecting = true
	saved := ts.FetchErr()
	n := g.collectWithCallback(ts, gen)
	ts.ClearErr()
	ts.exc = saved
	g.collecting = false
	g.due = false
	return n
}

// CollectIfDue runs the automatic collection once generation 0 crossed its
// threshold; the VM calls it at a safe point after GCState.OnDue.
func CollectIfDue(ts *Thread) int {
	g := &ts.Space.GC
	if !g.due {
		return 0
	}
	g.due = false
	if !g.enabled || g.collecting || g.gens[0].threshold == 0 || g.gens[0].count <= g.gens[0].threshold {
		return 0
	}
	g.collecting = true
	saved := ts.FetchErr()
	n := g.collectGenerations(ts)
	ts.ClearErr()
	ts.exc = saved
	g.collecting = false
	return n
}

// CallFinalizerFromDealloc runs o's Finalize from its Dealloc, as CPython's
// PyObject_CallFinalizerFromDealloc: o is resurrected for the call (at most
// once per object for GC types), and true means the finalizer kept it alive,
// so Dealloc must return without freeing.
func CallFinalizerFromDealloc(ts *Thread, o *Object) bool {
	fin := o.typ.Finalize
	if fin == nil {
		return false
	}
	isGC := o.typ.IsGC()
	if isGC && gcHeadOfAny(o).flags&gcFinalized != 0 {
		return false
	}
	o.hdr.Refcnt = 1
	saved := ts.FetchErr()
	fin(ts, o)
	ts.Space.GC.unraisable(ts, "Exception ignored in finalizer", o)
	ts.exc = saved
	if isGC {
		gcHeadOfAny(o).flags |= gcFinalized
	}
	o.hdr.Refcnt--
	return o.hdr.Refcnt != 0
}
