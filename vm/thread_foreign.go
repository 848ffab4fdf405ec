package vm

import (
	"sync"
	"sync/atomic"

	"minipy/vm/objects"
)

// Thread states a goroutine holds in interpreters other than its own, and
// the decrefs other interpreters queue to this one (shared object
// proxies, vm/interp/proxy*.go).
//
// A goroutine that runs as thread T of interpreter A and switches into
// interpreter B (exec, call, a proxy) gets its own thread state in B, made
// once and reused on every later switch into B: its own frame stack, so
// that several goroutines can be inside B at once, and the same
// _thread.get_ident() as T, as CPython's thread states of one OS thread.
// vm/interp keeps the map from goroutine to thread states (Thread.Host).

// ForeignThread makes a thread state of is for the goroutine that runs as
// from in another interpreter. It is not registered yet: the caller
// attaches it (takes is's lock), then calls Register.
func (is *InterpState) ForeignThread(from *Thread) *Thread {
	ts := is.Space.NewThread()
	th := &Thread{TS: ts, Interp: is, RecursionLimit: 1000}
	th.lk.init()
	th.lk.ident = from.lk.ident
	ts.SharedDepth, ts.SharedLimit = &th.depth, &th.RecursionLimit
	th.excInfo = &th.baseExc
	ts.Owner = th
	return th
}

// Register adds a thread state made by ForeignThread to its interpreter's
// threads (its lock held).
// It takes the recursion limit of the interpreter's main thread
// (sys.setrecursionlimit is per interpreter in CPython).
func (th *Thread) Register() {
	if m := th.Interp.MainThread(); m != nil && m.RecursionLimit > 0 {
		th.RecursionLimit = m.RecursionLimit
	}
	th.Interp.threads = append(th.Interp.threads, th)
}

// Unregister removes a thread state from its interpreter (its lock held):
// the goroutine that used it ends or no longer needs it.
func (th *Thread) Unregister() {
	th.TS.ClearErr()
	th.clearExcInfo()
	is := th.Interp
	for i, t := range is.threads {
		if t == th {
			is.threads = append(is.threads[:i], is.threads[i+1:]...)
			break
		}
	}
	th.releaseStacks()
}

// pendingDecrefs are references other interpreters dropped to objects of
// this one (the last proxy of an object went away elsewhere): they are
// released by a thread holding this interpreter's lock at its next safe
// point (RunPending).
type pendingDecrefs struct {
	mu   sync.Mutex
	objs []*Object
	// queued is set with objs non-empty, so that RunPending (twice in
	// every proxy operation) finds nothing to do without the lock.
	queued atomic.Bool
}

// QueueDecref queues the release of a reference to o, an object of is,
// from any goroutine: it happens at is's next safe point (the eval
// breaker of the thread holding its lock, a switch into it, its
// finalization).
func (is *InterpState) QueueDecref(o *Object) {
	p := &is.pending
	p.mu.Lock()
	p.objs = append(p.objs, o)
	p.queued.Store(true)
	p.mu.Unlock()
	g := &is.GIL
	g.mu.Lock()
	if g.holder != nil {
		g.holder.Breaker.Or(breakPending)
	}
	g.mu.Unlock()
}

// RunPending releases the queued references (th holds is's lock); a
// __del__ they run happens here, in this interpreter.
func (th *Thread) RunPending() {
	p := &th.Interp.pending
	for p.queued.Load() {
		p.mu.Lock()
		objs := p.objs
		p.objs = nil
		p.queued.Store(false)
		p.mu.Unlock()
		if len(objs) == 0 {
			return
		}
		saved := th.TS.FetchErr()
		for _, o := range objs {
			objects.Decref(th.TS, o)
		}
		if saved != nil {
			th.TS.SetErrSteal(saved)
		}
	}
}

// HasPending reports whether references wait to be released.
func (is *InterpState) HasPending() bool {
	p := &is.pending
	p.mu.Lock()
	n := len(p.objs)
	p.mu.Unlock()
	return n > 0
}
