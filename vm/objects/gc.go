package objects

import "unsafe"

// The cycle collector's data: the GC header of container objects and the
// per-interpreter collector state. The algorithm is in gc_collect.go, the
// gc module's surface in gc_module.go.
//
// # Layout: GCObject
//
// Every object whose type has FlagHaveGC embeds GCObject (not Object) as its
// first field:
//
//	type List struct {
//		GCObject // Object header, then the collector's link
//		items []*Object
//	}
//
// Promotion keeps &l.Object and l.typ working as before. GCObject is the
// Object header followed by a gcHead: the intrusive doubly linked list of
// CPython's PyGC_Head (next/prev), plus gc_refs and flags as plain fields
// (CPython packs them into the low bits of the pointers; Go's collector must
// see real pointers, so they are separate words). An object is tracked when
// its head is on one of the generation lists (prev != nil).
//
// Rules for types with FlagHaveGC (CPython's PyObject_GC_Track/UnTrack):
//   - call gcTrack(ts, o) once the new object is fully initialized (it also
//     counts the allocation towards generation 0's threshold);
//   - call gcUntrack(ts, o) first thing in Dealloc, before clearing fields;
//   - Traverse visits every owned reference; Clear drops those that can form
//     cycles.
//
// # The "collecting" mark
//
// During a collection the objects being examined carry gcCollectingBit in
// their refcount word (bit 30, below the immortal range: a mortal count never
// reaches 2^30). A visitor decides whether a referent belongs to the
// collection by reading only the referent's header, never its gcHead, so a
// reference to an object of any layout (an immortal, a type without a GC
// head) is simply ignored. No refcount operation happens while the mark is
// set: it is removed before any finalizer or Clear runs.
//
// # Counts and thresholds
//
// As CPython 3.11: generation 0 counts container allocations minus
// deallocations; a collection of generation g bumps g+1's count and zeroes
// the counts of 0..g. Automatic collection is not started inside the
// allocation that crosses the threshold (finalizers would then run in the
// middle of arbitrary Go code); gcTrack marks the collection due and calls
// GCState.OnDue, and the VM runs CollectIfDue at its next safe point (the
// eval breaker), which is what CPython 3.12 does too.

// gcHead is the collector's link in a container object.
type gcHead struct {
	next, prev *gcHead // the generation list; prev == nil: untracked
	refs       int32   // gc_refs during a collection (a refcount: < 2^30)
	flags      uint32
}

// gcHead flags.
const (
	gcFinalized   = 1 << iota // tp_finalize has run (PEP 442: at most once)
	gcUnreachable             // in the unreachable list of a running collection
	gcTrashed                 // dealloc deferred by the trashcan (already untracked)
	gcVisited                 // seen by finalization's walk (runtime/finalize)
)

// gcCollectingBit marks, in the refcount word, the objects of the set a
// collection is examining (CPython's PREV_MASK_COLLECTING).
const gcCollectingBit = 1 << 30

// GCObject is the header of container objects: Object, then the
// collector's link. See the package comment in gc.go.
type GCObject struct {
	Object
	gc gcHead
}

// gcHeadOffset is where a GCObject's gcHead lies from its Object.
const gcHeadOffset = unsafe.Offsetof(GCObject{}.gc)

// gcHeadOf returns the GC head of a container object (its type embeds
// GCObject).
func gcHeadOf(o *Object) *gcHead { return &(*GCObject)(unsafe.Pointer(o)).gc }

// gcObjectOf is the inverse of gcHeadOf.
func gcObjectOf(h *gcHead) *Object {
	off := gcHeadOffset
	if x := h.flags >> gcOffsetShift; x != 0 {
		off = uintptr(x) // a head after an extension (layout.go)
	}
	return (*Object)(unsafe.Add(unsafe.Pointer(h), -int(off)))
}

// NumGenerations is the number of collector generations.
const NumGenerations = 3

type gcGeneration struct {
	head      gcHead // sentinel of a circular list
	threshold int
	count     int
}

// Debug flags of gc.set_debug.
const (
	GCDebugStats         = 1
	GCDebugCollectable   = 2
	GCDebugUncollectable = 4
	GCDebugSaveAll       = 32
	GCDebugLeak          = GCDebugCollectable | GCDebugUncollectable | GCDebugSaveAll
)

// GCState is one interpreter's cycle collector.
type GCState struct {
	gens       [NumGenerations]gcGeneration
	permanent  gcHead // gc.freeze()'s generation
	enabled    bool
	collecting bool
	due        bool

	// long_lived_total/pending: CPython's guard against quadratic full
	// collections (a full collection only when pending > total/4).
	longLivedTotal, longLivedPending int

	// Garbage is gc.garbage (a list, created on first use; owned).
	Garbage *Object
	// Callbacks is gc.callbacks (a list, created on first use; owned).
	Callbacks *Object
	// Debug holds gc.set_debug's flags.
	Debug int

	// Stats are gc.get_stats(): per generation, collections, collected and
	// uncollectable.
	Stats [NumGenerations]GCStats

	// trashDepth and trash are the trashcan (CPython's Py_TRASHCAN_BEGIN):
	// container deallocs nested deeper than trashLimit are queued and run
	// when the outermost one returns, so freeing a deeply nested structure
	// never exhausts the Go stack.
	trashDepth int
	trash      []*Object

	// OnUnraisable, when set (by the VM), reports an exception raised by a
	// finalizer, a Clear or a gc callback (sys.unraisablehook); the
	// collector clears the exception either way.
	OnUnraisable func(ts *Thread, where string, obj *Object)

	// ClearWeakrefs, when set (by the weakref type), clears the weak
	// references to the given unreachable objects before their finalizers
	// run, calling the callbacks of reachable weakrefs (handle_weakrefs),
	// and returns how many weakrefs it cleared.
	ClearWeakrefs func(ts *Thread, unreachable []*Object) int

	// OnDue, when set (by the VM), is called when generation 0 crosses its
	// threshold, so that the VM can run CollectIfDue at its next safe point.
	OnDue func()
}

// GCStats are one generation's entry in gc.get_stats().
type GCStats struct {
	Collections, Collected, Uncollectable int
}

func (g *GCState) init() {
	for i := range g.gens {
		h := &g.gens[i].head
		h.next, h.prev = h, h
	}
	g.permanent.next, g.permanent.prev = &g.permanent, &g.permanent
	g.gens[0].threshold = 700
	g.gens[1].threshold = 10
	g.gens[2].threshold = 10
	g.enabled = true
}

// gcListInit makes h an empty circular list.
func gcListInit(h *gcHead) { h.next, h.prev = h, h }

func gcListEmpty(h *gcHead) bool { return h.next == h }

// gcListAppend links node at the end of list.
func gcListAppend(node, list *gcHead) {
	last := list.prev
	last.next = node
	node.prev = last
	node.next = list
	list.prev = node
}

// gcListRemove unlinks node and marks it untracked.
func gcListRemove(node *gcHead) {
	node.prev.next = node.next
	node.next.prev = node.prev
	node.next, node.prev = nil, nil
}

// gcListMove moves node from its list to the end of list.
func gcListMove(node, list *gcHead) {
	node.prev.next = node.next
	node.next.prev = node.prev
	gcListAppend(node, list)
}

// gcListMerge appends from's nodes to to, leaving from empty.
func gcListMerge(from, to *gcHead) {
	if gcListEmpty(from) {
		return
	}
	tail := to.prev
	tail.next = from.next
	from.next.prev = tail
	to.prev = from.prev
	from.prev.next = to
	gcListInit(from)
}

func gcListSize(h *gcHead) int {
	n := 0
	for p := h.next; p != h; p = p.next {
		n++
	}
	return n
}

// gcTrack starts tracking a new container object (its type embeds GCObject)
// and counts its allocation towards generation 0, as CPython's
// _PyObject_GC_Link plus PyObject_GC_Track. Call it once, after the object
// is fully initialized.
func gcTrack(ts *Thread, o *Object) {
	g := &ts.Space.GC
	gcLink(g, o)
	gcCountAlloc(g)
}

// gcLink puts an untracked container on generation 0's list (no counting).
func gcLink(g *GCState, o *Object) {
	h := gcHeadOf(o)
	if h.prev != nil {
		return
	}
	gcListAppend(h, &g.gens[0].head)
}

// gcCountAlloc counts a container allocation and notes a due collection.
func gcCountAlloc(g *GCState) {
	g.gens[0].count++
	if g.gens[0].count > g.gens[0].threshold && g.enabled && g.gens[0].threshold != 0 &&
		!g.collecting && !g.due {
		g.due = true
		if g.OnDue != nil {
			g.OnDue()
		}
	}
}

// gcUntrack stops tracking a dying container and uncounts it (CPython's
// PyObject_GC_UnTrack plus the count decrement of PyObject_GC_Del). Call it
// first thing in Dealloc; it is safe on an object that is not tracked.
func gcUntrack(ts *Thread, o *Object) {
	h := gcHeadOf(o)
	if h.prev != nil {
		gcListRemove(h)
	}
	if h.flags&gcTrashed != 0 {
		return // the trashcan's second call: uncounted already
	}
	g := &ts.Space.GC
	if g.gens[0].count > 0 {
		g.gens[0].count--
	}
}

// trashLimit is how deep container deallocs nest before the trashcan
// defers them (CPython's _PyTrash_UNWIND_LEVEL).
const trashLimit = 50

// trashBegin starts a container's dealloc after its gcUntrack: false means
// the dealloc was queued (return at once); true means go ahead and call
// trashEnd when done.
func trashBegin(ts *Thread, o *Object) bool {
	g := &ts.Space.GC
	if g.trashDepth >= trashLimit {
		gcHeadOf(o).flags |= gcTrashed
		g.trash = append(g.trash, o)
		return false
	}
	g.trashDepth++
	return true
}

// trashEnd ends a dealloc begun by trashBegin; the outermost one runs the
// queued deallocs.
func trashEnd(ts *Thread) {
	g := &ts.Space.GC
	g.trashDepth--
	if g.trashDepth > 0 {
		return
	}
	for len(g.trash) > 0 {
		o := g.trash[len(g.trash)-1]
		g.trash[len(g.trash)-1] = nil
		g.trash = g.trash[:len(g.trash)-1]
		o.typ.Dealloc(ts, o)
	}
	if cap(g.trash) > 1024 {
		g.trash = nil
	}
}

// gcUnlink stops tracking a live container without uncounting it (the
// untracking of atomic tuples and dicts, PyObject_GC_UnTrack on a live
// object).
func gcUnlink(o *Object) {
	// gcHeadOfAny: a class extending a static type without a GC head (a
	// str subclass with a __dict__) keeps its head after the extension.
	h := gcHeadOfAny(o)
	if h.prev != nil {
		gcListRemove(h)
	}
}

// gcIsTracked reports whether a container (its type embeds GCObject) is on
// a generation list.
func gcIsTracked(o *Object) bool { return gcHeadOfAny(o).prev != nil }

// gcMayBeTracked is CPython's _PyObject_GC_MAY_BE_TRACKED: whether holding o
// can make a container part of a cycle (dicts start untracked and become
// tracked when such a key or value is stored).
func gcMayBeTracked(o *Object) bool {
	if o.typ.Flags&FlagHaveGC == 0 || o.IsImmortal() {
		return false
	}
	if o.typ == TupleType {
		return gcIsTracked(o)
	}
	return true
}
