package objects

// The immortal registry: the objects sys._immortalize made immortal in
// this interpreter, with whether the cycle collector tracked each, so that
// interpreter finalization (runtime/finalize) can run their finalizers,
// then clear and destroy them, and the heap ends empty. Static immortals
// (None, small ints, built-in types, ...) never enter it: they are shared
// by every interpreter and never freed.

// ImmortalEntry is one immortalized object.
type ImmortalEntry struct {
	Obj *Object
	// WasTracked: the collector tracked Obj when it was immortalized (it
	// is untracked while immortal: immortals are never collected).
	WasTracked bool
	// Finalized: its finalizer ran (for types without a GC head, whose
	// gcFinalized flag does not exist).
	Finalized bool
}

// ImmortalRegistry is an interpreter's list of immortalized objects (in
// its Space). Entries are only appended, so an index stays valid while
// finalizers immortalize more objects.
type ImmortalRegistry struct {
	entries []ImmortalEntry
}

// Len is the number of objects immortalized so far.
func (r *ImmortalRegistry) Len() int { return len(r.entries) }

// Entry returns entry i (a pointer into the registry: valid until the next
// Immortalize).
func (r *ImmortalRegistry) Entry(i int) *ImmortalEntry { return &r.entries[i] }

// Reset forgets every entry (after finalization destroyed them).
func (r *ImmortalRegistry) Reset() { r.entries = nil }

// Immortalize makes o immortal (sys._immortalize): 1 when this call did,
// 0 when o was immortal already. o's references that were counted stay
// with it: they are dropped, with o, at interpreter finalization.
func Immortalize(ts *Thread, o *Object) int {
	if o.IsImmortal() {
		return 0
	}
	tracked := gcIsGC(o) && gcIsTracked(o)
	if tracked {
		// Never collected while immortal: off the generation lists.
		gcUnlink(o)
	}
	o.hdr.Refcnt = ImmortalRefcnt
	ts.Space.Immortals.entries = append(ts.Space.Immortals.entries, ImmortalEntry{Obj: o, WasTracked: tracked})
	return 1
}

// HasFinalizer reports whether o has a finalizer (tp_finalize) not yet run
// as far as the object itself can tell (its GC head's flag).
func HasFinalizer(o *Object) bool {
	if o.typ.Finalize == nil {
		return false
	}
	return !gcIsGC(o) || gcHeadOfAny(o).flags&gcFinalized == 0
}

// CallFinalizerOnce runs o's finalizer if it has one that has not run yet
// (PEP 442's at-most-once, through the GC head's flag), reporting an
// exception as unraisable; the thread's pending exception is kept. It
// reports whether the finalizer ran. Objects without a GC head are
// finalized every time: the caller remembers them.
func CallFinalizerOnce(ts *Thread, o *Object) bool {
	fin := o.typ.Finalize
	if fin == nil {
		return false
	}
	isGC := gcIsGC(o)
	if isGC {
		h := gcHeadOfAny(o)
		if h.flags&gcFinalized != 0 {
			return false
		}
		h.flags |= gcFinalized
	}
	saved := ts.FetchErr()
	fin(ts, o)
	ts.Space.GC.unraisable(ts, "Exception ignored in finalizer", o)
	ts.exc = saved
	return true
}

// MarkFinalized sets o's finalized flag (a GC object whose finalizer the
// caller ran or must never run).
func MarkFinalized(o *Object) {
	if gcIsGC(o) {
		gcHeadOfAny(o).flags |= gcFinalized
	}
}

// MarkVisited sets the walk mark of a container (finalization's walk over
// what the immortals reach) and reports whether it was unset. The walk
// holds a reference to each object it marked and clears the marks at its
// end (ClearVisited): a flag in the GC head, where a Go map would cost
// most of the walk.
func MarkVisited(o *Object) bool {
	h := gcHeadOfAny(o)
	if h.flags&gcVisited != 0 {
		return false
	}
	h.flags |= gcVisited
	return true
}

// ClearVisited clears the mark MarkVisited set.
func ClearVisited(o *Object) { gcHeadOfAny(o).flags &^= gcVisited }

// IsGCObject reports whether o is a container of the cycle collector (it
// has a GC head and a Traverse slot worth walking).
func IsGCObject(o *Object) bool { return gcIsGC(o) }

// SetMortal gives an immortal object the count n (tests that destroy one by
// hand; finalization uses DestroyImmortal). Never use it on a static immortal.
func SetMortal(o *Object, n uint32) { o.hdr.Refcnt = n }

// dyingRefcnt is the count an immortal has while DestroyImmortal runs its
// destructor: mortal, and too high for the Decrefs of its referents'
// destructors (a mortal that still pointed back at it) to bring to zero.
const dyingRefcnt = 1 << 30

// DestroyImmortal runs the destructor of the immortal o (finalization's
// phase 2, its finalizer already run or marked so): its block is freed,
// banked by the heap's deferred mode, and what it held is dropped. During
// the destructor o's count is dyingRefcnt, not 0: a referent that dies
// with it and drops its own reference to o (a reference o's Clear left,
// such as a frame's f_locals dict holding the frame) must neither run the
// destructor again nor make o look immortal to the free (freeObject keeps
// an immortal's block). Afterwards the husk is immortal again, so that a
// later Decref from another destructor is a no-op.
func DestroyImmortal(ts *Thread, o *Object) {
	o.hdr.Refcnt = dyingRefcnt
	Dealloc(ts, o)
	o.hdr.Refcnt = ImmortalRefcnt
}

// GCRetrack puts a container back on the collector's lists (finalization
// re-tracks the immortals that were tracked before they were cleared).
func GCRetrack(ts *Thread, o *Object) {
	if gcIsGC(o) {
		if h := gcHeadOfAny(o); h.prev == nil {
			gcListAppend(h, &ts.Space.GC.gens[0].head)
		}
	}
}

// GCUnlink takes a container off the collector's lists.
func GCUnlink(o *Object) {
	if gcIsGC(o) {
		gcUnlink(o)
	}
}

// SuspendFreeLists empties the interpreter's free lists and keeps this
// thread from parking blocks on them until the returned func is called
// (finalization's phase 2: a destroyed immortal's block must go to the
// heap's deferred bank, never back into use while husks may be touched).
func SuspendFreeLists(ts *Thread) (resume func()) {
	ClearFreeLists(ts)
	saved := ts.free
	ts.free = nil
	return func() { ts.free = saved }
}
