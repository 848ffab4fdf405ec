package vm

import (
	"sync/atomic"
	"time"
)

// Python-level signal handlers (the signal module, vm/stdlib/signal.go).
// A signal arrives on any goroutine (os/signal's, or the host's Ctrl-C
// handler through Interrupt); it is recorded in pending and the main
// thread's eval breaker (breakSignal), which runs the handlers at its
// next check, as CPython's trip_signal / _PyErr_CheckSignals. Blocking
// waits wake for it (CheckInterrupts runs the handlers and goes on
// waiting when none raises).

// SignalState is an interpreter's signal handling.
type SignalState struct {
	pending   atomic.Uint64 // signals received and not yet handled (bit n: signal n)
	intercept atomic.Uint64 // signals whose Python handler replaces the default delivery (SIGINT)
	target    atomic.Pointer[Thread]
	// Run calls the Python handler of sig on th (the main thread); false
	// means it raised. Set by the signal module when it installs one.
	Run func(th *Thread, sig int) bool
	// Shutdown, when set, runs at finalization before the modules go:
	// the signal module stops its notifications and drops its handlers.
	Shutdown func(th *Thread)
	// Module is the signal module's own state.
	Module any
}

const sigINT = 2

// SetTarget makes th (the main thread) the one that runs the handlers.
func (s *SignalState) SetTarget(th *Thread) { s.target.Store(th) }

// Intercept routes signal sig to the Python handler (on) or back to its
// default delivery (off): for SIGINT, Ctrl-C then runs the handler
// instead of raising KeyboardInterrupt.
func (s *SignalState) Intercept(sig int, on bool) {
	if on {
		s.intercept.Or(1 << uint(sig))
	} else {
		s.intercept.And(^(uint64(1) << uint(sig)))
	}
}

func (s *SignalState) intercepts(sig int) bool { return s.intercept.Load()&(1<<uint(sig)) != 0 }

// Trip records signal sig and asks the main thread to handle it (safe
// from any goroutine).
func (s *SignalState) Trip(sig int) {
	th := s.target.Load()
	if th == nil || sig <= 0 || sig >= 64 {
		return
	}
	s.pending.Or(1 << uint(sig))
	th.Breaker.Or(breakSignal)
	th.poke()
}

// runSignals runs the handlers of the pending signals on th; false means
// one raised (the others stay pending).
func (th *Thread) runSignals() bool {
	s := &th.Interp.Signals
	if th != s.target.Load() || s.Run == nil {
		return true
	}
	for {
		p := s.pending.Load()
		if p == 0 {
			return true
		}
		sig := 0
		for p&(1<<uint(sig)) == 0 {
			sig++
		}
		s.pending.And(^(uint64(1) << uint(sig)))
		if !s.Run(th, sig) {
			if s.pending.Load() != 0 {
				th.Breaker.Or(breakSignal)
			}
			return false
		}
	}
}

// PendingSignals runs the handlers of signals received meanwhile (for
// builtins that wait or loop long, as PyErr_CheckSignals); false means one
// raised.
func (th *Thread) PendingSignals() bool {
	if th.Breaker.Load()&breakSignal == 0 {
		return true
	}
	th.Breaker.And(^breakSignal)
	return th.runSignals()
}

// deliverSigint is Ctrl-C (or interrupt_main) when the program handles
// SIGINT itself: true when the signal went to its handler.
func (th *Thread) deliverSigint() bool {
	s := &th.Interp.Signals
	if !s.intercepts(sigINT) {
		return false
	}
	s.Trip(sigINT)
	return true
}

// shutdownSignals runs the signal module's Shutdown at finalization.
func (is *InterpState) shutdownSignals(th *Thread) {
	s := &is.Signals
	s.target.Store(nil)
	s.intercept.Store(0)
	s.pending.Store(0)
	if s.Shutdown != nil {
		s.Shutdown(th)
		s.Shutdown, s.Run, s.Module = nil, nil, nil
		th.TS.ClearErr()
	}
}

// Await waits a little for signal sig, just sent to this process, to be
// recorded (os/signal hands it over on another goroutine), so that its
// handler runs before kill() returns as in CPython. It reports whether
// sig is pending.
func (s *SignalState) Await(sig int) bool {
	if sig <= 0 || sig >= 64 || s.Run == nil {
		return false
	}
	for i := 0; i < 200; i++ {
		if s.pending.Load()&(1<<uint(sig)) != 0 {
			return true
		}
		time.Sleep(250 * time.Microsecond)
	}
	return false
}
