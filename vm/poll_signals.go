package vm

import "minipy/vm/objects"

// PollSignals is objects.Poll for a builtin that, as CPython's regular
// expression engine does, also answers Ctrl-C while it runs: a
// catastrophic backtracking match may take minutes, and never reaches
// the eval loop's checks. False means an exception is set.
func (th *Thread) PollSignals() bool {
	b := th.Breaker.Load()
	if b == 0 {
		return true
	}
	if !th.pollBuiltin() {
		return false
	}
	if b&breakInterrupt != 0 {
		th.Breaker.And(^breakInterrupt)
		th.TS.RaiseNone(objects.KeyboardInterrupt)
		return false
	}
	return th.PendingSignals()
}
