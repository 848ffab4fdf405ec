package objects

import (
	"fmt"
	"sync/atomic"

	"minipy/runtime/alloc"
)

// Space is one interpreter's object space: its heap, its cycle collector and
// the per-interpreter data of static types. vm/interp owns one per
// interpreter; it is used only under that interpreter's lock.
type Space struct {
	Heap *alloc.Heap
	// ProxyHost is this interpreter as the owner of shared object
	// proxies (proxy.go); nil outside vm/interp.
	ProxyHost ProxyHost
	GC        GCState
	Num       NumConfig // int <-> str digit limit (sys.set_int_max_str_digits)
	// Interned holds the strs interned at run time (sys.intern, the
	// identifiers of loaded code): per interpreter and mortal, as in
	// CPython's default build. The interpreter clears it at finalization.
	Interned StrInternTable
	// Types is the per-interpreter data of static types (subclass lists).
	Types TypeSpace
	// Immortals are the objects sys._immortalize made immortal here
	// (immortal.go); runtime/finalize destroys them at finalization.
	Immortals ImmortalRegistry
	// NoPython is set during finalization's phase 2, when no Python code
	// may run; the VM refuses to push a frame and counts the attempt in
	// NoPythonViolations (an internal error tests check).
	NoPython           bool
	NoPythonViolations int
	// DroppedWeakrefCallbacks counts the weakref callbacks phase 2 cleared
	// without calling them (weakref.go): phase 1 runs those of everything
	// phase 2 destroys, so tests expect none.
	DroppedWeakrefCallbacks int

	debug bool      // the heap poisons freed blocks (see freeObject)
	free  freeLists // dead floats and ints kept for reuse (freelist.go)
	// weakrefs maps each weakly referenced object to its weak references
	// (weakref.go).
	weakrefs map[*Object][]*Weakref
}

// Intern returns the interned str equal to s (a str; borrowed), interning s
// itself when none is (sys.intern). It returns a new reference.
func Intern(ts *Thread, s *Object) *Object { return ts.Space.Interned.Intern(ts, s) }

// InternString is Intern for a Go string.
func InternString(ts *Thread, s string) *Object { return ts.Space.Interned.InternString(ts, s) }

// NewSpace makes an object space with a fresh heap.
func NewSpace(cfg alloc.Config) *Space {
	readyStaticTypes()
	s := &Space{Heap: alloc.NewHeap(cfg), debug: cfg.Debug}
	s.GC.init()
	s.GC.ClearWeakrefs = gcHandleWeakrefs
	return s
}

// NewThread makes a thread state bound to the space.
func (s *Space) NewThread() *Thread {
	ts := &Thread{Space: s, heap: s.Heap, RecursionLimit: 1000}
	if !s.debug {
		ts.free = &s.free
	}
	return ts
}

// Thread is the per-thread state the object layer needs: the space it works
// in and the exception being raised. The VM's thread state wraps it (Owner
// points back to it, for slots that must call into the VM).
type Thread struct {
	Space *Space
	heap  *alloc.Heap
	free  *freeLists // &Space.free; nil under the debug allocator
	exc   *Object    // the pending exception (owned), or nil

	// depth counts nested native calls that may recurse (repr of nested
	// containers, __eq__ from a dict lookup): CPython's C recursion limit,
	// so deep data structures give RecursionError, not a Go stack overflow.
	depth          int
	RecursionLimit int
	// SharedDepth and SharedLimit, when set (by the VM), replace depth and
	// RecursionLimit: Python frames and native calls then count on one
	// counter against sys.getrecursionlimit(), as in CPython 3.11, so the
	// check that trips (and the message it gives) is the one CPython's does.
	SharedDepth *int
	SharedLimit *int

	// reprActive are the containers whose repr this thread is building
	// (Py_ReprEnter's list), so that a recursive container prints [...].
	reprActive []*Object

	// Owner is the VM's thread state wrapping this one.
	Owner any

	// poll is the VM's check for long-running builtins (poll.go).
	pollWord *atomic.Uint32
	pollFn   func() bool
	pollTick uint32 // items taken by IterNext, polled every PollEvery
}

// Heap is the heap objects are allocated from.
func (ts *Thread) Heap() *alloc.Heap { return ts.heap }

// Occurred reports whether an exception is pending.
func (ts *Thread) Occurred() bool { return ts.exc != nil }

// Err returns the pending exception (borrowed) or nil.
func (ts *Thread) Err() *Object { return ts.exc }

// SetErrSteal makes exc (a new reference, stolen) the pending exception,
// replacing any pending one.
func (ts *Thread) SetErrSteal(exc *Object) {
	old := ts.exc
	ts.exc = exc
	XDecref(ts, old)
}

// FetchErr takes the pending exception (a new reference) and clears it.
func (ts *Thread) FetchErr() *Object {
	e := ts.exc
	ts.exc = nil
	return e
}

// ClearErr drops the pending exception.
func (ts *Thread) ClearErr() { Clear(ts, &ts.exc) }

// ErrMatches reports whether the pending exception is an instance of t.
func (ts *Thread) ErrMatches(t *Type) bool {
	return ts.exc != nil && ts.exc.typ.IsSubtype(t)
}

// Raise sets a new exception of type t with message msg and returns nil, so
// a failing slot can `return ts.Raise(TypeError, "...")`.
func (ts *Thread) Raise(t *Type, msg string) *Object {
	m := NewStr(ts, msg)
	if m == nil {
		return nil
	}
	ts.RaiseArgSteal(t, m)
	return nil
}

// Raisef is Raise with fmt.Sprintf formatting (of Go values).
func (ts *Thread) Raisef(t *Type, format string, args ...any) *Object {
	return ts.Raise(t, fmt.Sprintf(format, args...))
}

// RaiseArg sets a new exception t(arg) (arg borrowed), e.g. KeyError(key).
func (ts *Thread) RaiseArg(t *Type, arg *Object) *Object {
	ts.RaiseArgSteal(t, NewRef(arg))
	return nil
}

// RaiseArgSteal is RaiseArg that steals arg.
func (ts *Thread) RaiseArgSteal(t *Type, arg *Object) {
	args := NewTupleSteal(ts, arg)
	if args == nil {
		return
	}
	exc := NewExceptionArgs(ts, t, args)
	Decref(ts, args)
	if exc != nil {
		ts.SetErrSteal(exc)
	}
}

// RaiseNone sets a new exception t() with no arguments.
func (ts *Thread) RaiseNone(t *Type) *Object {
	exc := NewExceptionArgs(ts, t, EmptyTuple)
	if exc != nil {
		ts.SetErrSteal(exc)
	}
	return nil
}

// EnterRecursive guards a native call that may recurse; false means a
// RecursionError is set. Pair each true with LeaveRecursive.
func (ts *Thread) EnterRecursive(where string) bool {
	if ts.SharedDepth == nil {
		if ts.depth >= ts.RecursionLimit {
			ts.Raise(RecursionError, "maximum recursion depth exceeded"+where)
			return false
		}
		ts.depth++
		return true
	}
	// The shared counter follows sys.setrecursionlimit; the thread's own
	// bounds the Go stack whatever limit a program sets.
	if *ts.SharedDepth >= *ts.SharedLimit || ts.depth >= MaxNativeDepth {
		ts.Raise(RecursionError, "maximum recursion depth exceeded"+where)
		return false
	}
	*ts.SharedDepth++
	ts.depth++
	return true
}

// MaxNativeDepth bounds nested native calls (each a few Go frames, some
// running a nested eval loop) so that the Go stack stays far below its
// 1 GB limit when a program raises the recursion limit very high (CPython
// would overflow its C stack there).
const MaxNativeDepth = 20000

// EnterNative counts a nested native level (a nested eval loop) against
// MaxNativeDepth only; false with RecursionError set beyond it.
func (ts *Thread) EnterNative() bool {
	if ts.depth >= MaxNativeDepth {
		ts.Raise(RecursionError, "maximum recursion depth exceeded")
		return false
	}
	ts.depth++
	return true
}

// LeaveNative ends an EnterNative.
func (ts *Thread) LeaveNative() { ts.depth-- }

// LeaveRecursive ends an EnterRecursive.
func (ts *Thread) LeaveRecursive() {
	if ts.SharedDepth != nil {
		*ts.SharedDepth--
	}
	ts.depth--
}
