package vm

import (
	"errors"

	"minipy/vm/objects"
)

// Limits and aborts for embedders (vm/interp's Go API).
//
// Abort ends a thread's run from another goroutine (a cancelled
// context.Context) in a way Python code cannot swallow: it is
// finalization's stop (gil.go) applied to one thread. The thread's
// stopping flag and breakStop are set and its blocking wait poked; at its
// next eval-breaker check (function entry, backward jump), builtin poll
// (objects.Poll: long loops in Go) or blocking wait it raises, and the
// eval loop unwinds every frame without running a handler: neither
// `except BaseException` nor `finally` nor a `with` block's __exit__ runs
// (so a lock taken by `with` stays taken), and the stop is raised again
// at every check if Go code swallowed it. The embedder then takes the
// reason back with ClearAbort, which makes the thread usable again.
// CPython has nothing like it (KeyboardInterrupt can be caught);
// starlark-go's Thread.Cancel makes the next instruction fail, which
// starlark cannot catch either.
//
// The step limit counts the eval breaker's checks, a step per function
// entry and per backward jump (a loop iteration), plus PollEvery per poll
// of a builtin's loop: with a limit set, every thread of the interpreter
// has breakCount set in its breaker word, so the check that was already
// there leads to countSteps; without one nothing changes. Past the limit
// the thread aborts with ErrStepLimit.
//
// The memory limit is the heap's (alloc.Heap.SetLimit): crossing it sets
// breakMemory in every thread of the interpreter, and the next check
// raises an ordinary MemoryError if the heap is still over the limit.

// ErrStepLimit is the reason of a run aborted by the step limit.
var ErrStepLimit = errors.New("step limit exceeded")

// limits is an interpreter's step counter and limit, kept under its lock.
type limits struct {
	steps, maxSteps uint64
}

// Abort ends the thread's run (safe from any goroutine): see above. The
// first reason given wins until ClearAbort.
func (th *Thread) Abort(reason error) {
	th.abortErr.CompareAndSwap(nil, &reason)
	th.lk.stopping.Store(true)
	th.Breaker.Or(breakStop)
	th.poke()
}

// ClearAbort returns the reason the thread was aborted (nil if it was
// not) and makes it run normally again; the caller holds the lock and the
// thread has unwound its frames. The pending exception is left alone.
func (th *Thread) ClearAbort() error {
	p := th.abortErr.Swap(nil)
	if p == nil {
		return nil
	}
	th.lk.stopping.Store(false)
	th.Breaker.And(^breakStop)
	select { // a poke nobody waited for
	case <-th.lk.wake:
	default:
	}
	return *p
}

// Aborting reports whether the thread is being aborted.
func (th *Thread) Aborting() bool { return th.abortErr.Load() != nil }

// SetMaxSteps bounds the interpreter's steps (0: no bound) and resets the
// count (lock held).
func (is *InterpState) SetMaxSteps(n uint64) {
	is.limits.maxSteps, is.limits.steps = n, 0
	for _, t := range is.threads {
		if n > 0 {
			t.Breaker.Or(breakCount)
		} else {
			t.Breaker.And(^breakCount)
		}
	}
}

// Steps is the interpreter's step count since SetMaxSteps.
func (is *InterpState) Steps() uint64 { return is.limits.steps }

// ResetSteps starts the step count again from zero.
func (is *InterpState) ResetSteps() { is.limits.steps = 0 }

// countSteps adds n steps; false (the stop raised) past the limit.
func (th *Thread) countSteps(n uint64) bool {
	l := &th.Interp.limits
	l.steps += n
	if l.maxSteps == 0 || l.steps <= l.maxSteps {
		return true
	}
	th.Abort(ErrStepLimit)
	th.raiseStop()
	return false
}

// SetMemoryLimit bounds the interpreter's heap (0: no bound; lock held).
func (is *InterpState) SetMemoryLimit(bytes int64) {
	is.Space.Heap.SetLimit(bytes, is.memoryCrossed)
}

// memoryCrossed runs when an allocation takes the heap past its limit
// (under the lock, from the allocating thread): every thread checks at its
// next breaker check.
func (is *InterpState) memoryCrossed() {
	for _, t := range is.threads {
		t.Breaker.Or(breakMemory)
	}
}

// memoryCheck raises MemoryError when the heap is still over its bound
// (the limit, or the reserve after a MemoryError); either way the next
// crossing reports again.
func (th *Thread) memoryCheck() bool {
	h := th.Interp.Space.Heap
	if !h.OverBound() {
		h.Rearm()
		return true
	}
	th.TS.RaiseNone(objects.MemoryError)
	h.UseReserve()
	return false
}

// pollBuiltin is the check of a builtin's loop (objects.Poll), run when
// the breaker word is non-zero: the stop (an abort or finalization), the
// step limit and the memory limit. The lock hand-off and a Ctrl-C are
// left to the eval loop.
func (th *Thread) pollBuiltin() bool {
	b := th.Breaker.Load()
	if th.lk.stopping.Load() {
		th.raiseStop()
		return false
	}
	if b&breakCount != 0 && !th.countSteps(objects.PollEvery) {
		return false
	}
	if b&breakMemory != 0 {
		th.Breaker.And(^breakMemory)
		if !th.memoryCheck() {
			return false
		}
	}
	return true
}

// Protect runs fn on the thread, turning a Go panic into a SystemError
// (what ExecIn does for source), for embedders that call into Python.
func (th *Thread) Protect(fn func() bool) bool { return th.protect(fn) }
