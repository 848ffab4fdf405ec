package vm

// A goroutine that switches from one interpreter to another for a proxy
// operation (vm/interp's proxy switch) leaves its thread state th waiting
// in the first and runs on its thread state tth in the second, where it
// may switch on again. A KeyboardInterrupt asked of th meanwhile (Ctrl-C
// of the main thread, _thread.interrupt_main) must stop the code that
// runs now, in the last interpreter of the chain: the request follows
// th.inside to it, and is delivered exactly once. The interrupt bit moves
// with the goroutine: into tth when it switches there (a request that
// came just before), back to th when it returns (a request the operation
// did not check), so that it is raised where the goroutine runs.
//
// EnterSwitch and LeaveSwitch run on the switching goroutine; Interrupt
// on any. A request that lands on a thread state the goroutine has just
// left is moved on by whichever side comes second (the atomic take of
// the bit makes it one move).

// maxInsideChain bounds the walk along inside (a goroutine's nested
// switches are bounded far below it by vm/interp's maxProxyDepth).
const maxInsideChain = 1 << 10

// EnterSwitch records that th's goroutine now runs on tth (a thread state
// of another interpreter) and moves a pending KeyboardInterrupt there. It
// returns what LeaveSwitch needs: tth's own record, set when the goroutine
// re-enters an interpreter it switched out of further up (A -> B -> A).
func (th *Thread) EnterSwitch(tth *Thread) (saved *Thread) {
	saved = tth.inside.Swap(nil)
	th.inside.Store(tth)
	th.moveInterrupt(tth, true)
	return saved
}

// LeaveSwitch undoes EnterSwitch when the goroutine comes back to th,
// with a KeyboardInterrupt tth did not raise.
func (th *Thread) LeaveSwitch(tth, saved *Thread) {
	th.inside.Store(nil)
	tth.inside.Store(saved)
	tth.moveInterrupt(th, false)
}

// moveInterrupt moves a pending KeyboardInterrupt request from th to t;
// false when th had none.
func (th *Thread) moveInterrupt(t *Thread, wake bool) bool {
	if th.Breaker.Load()&breakInterrupt == 0 || th.Breaker.And(^breakInterrupt)&breakInterrupt == 0 {
		return false
	}
	t.Breaker.Or(breakInterrupt)
	if wake {
		t.poke()
	}
	return true
}

// current is the thread state th's goroutine runs on now.
func (th *Thread) current() *Thread {
	t := th
	for i := 0; i < maxInsideChain; i++ {
		n := t.inside.Load()
		if n == nil {
			break
		}
		t = n
	}
	return t
}

// deliverInterrupt sets the KeyboardInterrupt request where th's goroutine
// runs, waking a blocking wait there when wake is set.
func (th *Thread) deliverInterrupt(wake bool) {
	t := th.current()
	t.Breaker.Or(breakInterrupt)
	if wake {
		t.poke()
	}
	// The goroutine may have moved on (or back) since: follow it. When
	// the bit is gone from t, the switch moved it or t raised it.
	for i := 0; i < maxInsideChain; i++ {
		u := th.current()
		if u == t || !t.moveInterrupt(u, wake) {
			return
		}
		t = u
	}
}
