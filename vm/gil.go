package vm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// The interpreter lock (PEP 684's per-interpreter GIL).
//
// A Python thread is a goroutine with its own thread state (*Thread). It
// runs Python code and touches the interpreter's objects only while it
// holds its interpreter's lock (it is "attached"). The lock belongs to the
// InterpState (never to the package), so threads of different
// interpreters run in parallel, and a goroutine may detach from one
// interpreter and attach to another (a thread state per interpreter it
// enters).
//
// Hand-off follows CPython's ceval_gil.c with FORCE_SWITCHING, in Go's
// terms: a thread that finds the lock taken queues itself and waits for
// the switch interval; when no switch happened meanwhile it sets
// breakGIL in the holder's eval-breaker word. The holder sees it at its
// next check (function entry or backward jump) and yields: it hands the
// lock directly to the first waiter and queues itself behind the others,
// so it cannot re-take the lock before the waiter ran (what a plain
// sync.Mutex would allow, starving the waiter). Releasing the lock around
// a blocking call (Detach) hands it to the first waiter the same way.
//
// The single-threaded path costs nothing per instruction: the breaker
// word is checked where it was checked before (a plain load on amd64),
// and the lock is taken once when the interpreter starts.

// GIL is an interpreter's lock. Its zero value is an unlocked lock with
// the default switch interval.
type GIL struct {
	mu       sync.Mutex
	locked   bool
	holder   *Thread
	queue    []*Thread // waiters, first come first served
	switches uint64    // counts hand-overs, so a waiter sees whether any happened
	// intervalUS is sys.getswitchinterval() in microseconds (0: the
	// default 5000), atomic because waiters read it without the lock.
	intervalUS atomic.Uint64
	// gone is set when finalization has stopped the other threads: a
	// straggler that gets the lock afterwards gives it back and ends
	// without touching an object.
	gone      bool
	finalizer *Thread
}

// DefaultSwitchInterval is CPython's sys.getswitchinterval() default.
const DefaultSwitchInterval = 5000 * time.Microsecond

// SwitchInterval is sys.getswitchinterval() in microseconds.
func (is *InterpState) SwitchInterval() uint64 {
	if v := is.GIL.intervalUS.Load(); v != 0 {
		return v
	}
	return uint64(DefaultSwitchInterval / time.Microsecond)
}

// SetSwitchInterval is sys.setswitchinterval (in microseconds, as
// CPython keeps it: 1e-6 * us is what getswitchinterval returns).
func (is *InterpState) SetSwitchInterval(us uint64) {
	if us == 0 {
		// CPython stores 0 and waits at least 1 us; keep "0" distinct
		// from "unset".
		us = 1 << 63
	}
	is.GIL.intervalUS.Store(us)
}

func (g *GIL) interval() time.Duration {
	v := g.intervalUS.Load()
	switch {
	case v == 0:
		return DefaultSwitchInterval
	case v == 1<<63:
		return time.Microsecond
	}
	return time.Duration(v) * time.Microsecond
}

// threadLock is a thread state's part of the lock protocol.
type threadLock struct {
	grant    chan struct{} // the lock handed to this waiting thread
	wake     chan struct{} // pokes a detached blocking wait (interrupt, stop)
	attached bool
	// stopping: finalization stops this thread; it unwinds its frames
	// without running exception handlers and ends.
	stopping atomic.Bool
	// done is closed when the thread's goroutine has finished with the
	// interpreter (threads started by StartThread).
	done chan struct{}
	// Ident is _thread.get_ident() of this thread.
	ident int64
	// timer is waitGrant's switch-interval timer, made at the first wait
	// and reused: a contended lock (many threads calling into one
	// interpreter through proxies) waits once per acquisition.
	timer *time.Timer
}

var threadIdents atomic.Int64 // thread idents: unique in the process

func (l *threadLock) init() {
	l.grant = make(chan struct{}, 1)
	l.wake = make(chan struct{}, 1)
	l.ident = threadIdents.Add(1) + 0x10000
}

// Ident is the thread's identifier (_thread.get_ident()).
func (th *Thread) Ident() int64 { return th.lk.ident }

// Attached reports whether the thread holds its interpreter's lock.
func (th *Thread) Attached() bool { return th.lk.attached }

// setAttached records whether th holds its interpreter's lock. For the
// ownership check of the check build (runtime/alloc/owner.go) the calling
// goroutine's heap follows the lock exactly: it works in th's heap from
// the moment it takes the lock and in none once it drops it, so the
// Increfs of every Python thread are checked, and a goroutine that
// switches interpreters (vm/interp's switchTo: drop one lock, take the
// other, and back) is attached to each in turn. vm/interp's alloc.Attach/
// Restore around New, Exec, Run* and Close nest with this: inside them
// every drop is followed by a take before an object is touched, and
// their Restore puts back what was before.
func (th *Thread) setAttached(on bool) {
	th.lk.attached = on
	if alloc.OwnerCheck {
		if on {
			alloc.Take(th.Interp.Space.Heap)
		} else {
			alloc.Drop()
		}
	}
}

// Attach takes the interpreter's lock for th, waiting for the running
// thread to drop it (at most about the switch interval when that thread
// runs Python code).
func (th *Thread) Attach() {
	g := &th.Interp.GIL
	g.mu.Lock()
	if !g.locked {
		g.locked, g.holder = true, th
		g.switches++
		gone := g.gone && th != g.finalizer
		g.mu.Unlock()
		th.setAttached(true)
		if gone {
			th.abandon()
		}
		return
	}
	g.queue = append(g.queue, th)
	th.waitGrant(g) // unlocks g.mu
}

// waitGrant waits (g.mu held on entry, released) until the lock is handed
// to th, asking the holder to drop it after each switch interval in which
// no hand-over happened.
func (th *Thread) waitGrant(g *GIL) {
	seen := g.switches
	g.mu.Unlock()
	timer := th.lk.timer
	if timer == nil {
		timer = time.NewTimer(g.interval())
		th.lk.timer = timer
	} else {
		// Since Go 1.23 a Reset timer delivers no value of an earlier
		// period.
		timer.Reset(g.interval())
	}
	for {
		select {
		case <-th.lk.grant:
			timer.Stop()
			th.setAttached(true)
			g.mu.Lock()
			gone := g.gone && th != g.finalizer
			g.mu.Unlock()
			if gone {
				th.abandon()
			}
			return
		case <-timer.C:
			g.mu.Lock()
			if g.switches == seen && g.holder != nil {
				g.holder.Breaker.Or(breakGIL)
			}
			seen = g.switches
			g.mu.Unlock()
			timer.Reset(g.interval())
		}
	}
}

// Detach releases the interpreter's lock around a blocking call; the
// thread keeps its thread state and must not touch objects until Attach.
func (th *Thread) Detach() {
	g := &th.Interp.GIL
	th.setAttached(false)
	g.mu.Lock()
	if g.holder != th {
		g.mu.Unlock()
		panic("vm: Detach by a thread that does not hold the interpreter lock")
	}
	g.handOff()
	g.mu.Unlock()
}

// handOff gives the lock to the first waiter, or unlocks it (g.mu held).
func (g *GIL) handOff() {
	if len(g.queue) == 0 {
		g.locked, g.holder = false, nil
		return
	}
	next := g.queue[0]
	copy(g.queue, g.queue[1:])
	g.queue[len(g.queue)-1] = nil
	g.queue = g.queue[:len(g.queue)-1]
	g.holder = next
	g.switches++
	next.lk.grant <- struct{}{}
}

// yieldGIL is the eval breaker's drop request: when another thread waits,
// hand it the lock and queue behind it.
func (th *Thread) yieldGIL() {
	g := &th.Interp.GIL
	g.mu.Lock()
	if len(g.queue) == 0 || g.holder != th {
		g.mu.Unlock()
		return
	}
	th.setAttached(false)
	g.handOff()
	g.queue = append(g.queue, th)
	th.waitGrant(g)
}

// abandon ends a goroutine that got the lock after finalization stopped
// the interpreter's threads (one that was blocked where it could not be
// woken): it gives the lock back and exits without touching an object.
func (th *Thread) abandon() {
	g := &th.Interp.GIL
	th.setAttached(false) // no attachment may outlive the goroutine
	g.mu.Lock()
	g.handOff()
	g.mu.Unlock()
	runtime.Goexit()
}

// WakeChan is a channel a detached blocking wait selects on: it receives
// when the thread is interrupted (Ctrl-C) or stopped by finalization,
// after which the wait re-attaches and calls CheckInterrupts.
func (th *Thread) WakeChan() <-chan struct{} { return th.lk.wake }

func (th *Thread) poke() {
	select {
	case th.lk.wake <- struct{}{}:
	default:
	}
}

// CheckInterrupts handles the breaker bits a blocking wait must honour
// (KeyboardInterrupt, finalization's stop); false means an exception is
// set. The lock hand-off bit is left for the eval loop.
func (th *Thread) CheckInterrupts() bool {
	if th.lk.stopping.Load() {
		th.raiseStop()
		return false
	}
	if th.Breaker.Load()&breakInterrupt != 0 {
		th.Breaker.And(^breakInterrupt)
		th.TS.RaiseNone(objects.KeyboardInterrupt)
		return false
	}
	// A signal's Python handler runs now; the wait goes on unless it
	// raised (PEP 475).
	return th.PendingSignals()
}

// CheckStop is the check a blocking call makes before it waits: false,
// with the stop exception set, when finalization stops the thread. A
// pending KeyboardInterrupt is left to the eval breaker, as CPython checks
// signals only when a wait is interrupted.
func (th *Thread) CheckStop() bool {
	if th.lk.stopping.Load() {
		th.raiseStop()
		return false
	}
	return true
}

// Stop asks th to stop as finalization stops the threads still running
// (safe from any goroutine): concurrent.interpreters stops a daemon
// thread of the finalizing interpreter that runs code in another one, so
// that it unwinds without running handlers once it comes back.
func (th *Thread) Stop() {
	th.lk.stopping.Store(true)
	th.Breaker.Or(breakStop)
	th.poke()
}

// Stopping reports whether finalization is stopping this thread.
func (th *Thread) Stopping() bool { return th.lk.stopping.Load() }

// raiseStop sets the exception that unwinds a stopped thread. It is a
// SystemExit, but handlers never see it: the eval loop skips exception
// handlers while the thread is stopping. The stop bit stays set, so code
// that swallowed the exception meets it again at its next check.
func (th *Thread) raiseStop() {
	th.Breaker.Or(breakStop)
	if !th.TS.Occurred() {
		th.TS.RaiseNone(objects.SystemExit)
	}
}

// Sleep is time.sleep: the thread detaches for d, waking early to raise
// KeyboardInterrupt or to stop. False means an exception is set.
func (th *Thread) Sleep(d time.Duration) bool {
	if !th.CheckStop() {
		return false
	}
	if d <= 0 {
		// time.sleep(0) still lets the other threads run.
		th.yieldGIL()
		return true
	}
	deadline := time.Now().Add(d)
	timer := time.NewTimer(d)
	defer timer.Stop()
	for {
		th.Detach()
		select {
		case <-timer.C:
			th.Attach()
			// A KeyboardInterrupt asked for meanwhile without a wake
			// (interrupt_main) is raised as the sleep returns, as
			// CPython's eval breaker does after the call.
			return th.CheckInterrupts()
		case <-th.lk.wake:
		}
		th.Attach()
		if !th.CheckInterrupts() {
			return false
		}
		if time.Until(deadline) <= 0 {
			return true
		}
	}
}
