package interp

import (
	"sync"
	"sync/atomic"

	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

// interpProxy is an interpreter's part of the shared object proxies: the
// count of proxy operations running in it, the goroutines that have a
// thread state in it (xinterp.go's osThread), and the targets other
// interpreters hold to its objects (proxy.go).
type interpProxy struct {
	// active counts the threads inside for a proxy operation: the
	// interpreter is not closed meanwhile (destroy answers
	// InterpreterError('interpreter running')). closeBegun is set once
	// destroy has committed to closing it. Both are atomics, not fields
	// under the runtime's mutex, so that the proxy operations of many
	// threads into one interpreter do not all take one process-wide lock
	// twice per call: an entry adds itself and then looks at closeBegun,
	// destroy sets closeBegun and then looks at active (beginClose), so
	// one of the two always sees the other.
	active     atomic.Int64
	closeBegun atomic.Bool

	mu      sync.Mutex
	threads map[*osThread]bool
	refs    map[*objects.ProxyRef]bool
	closing bool // closeProxies ran: new references are born dead
}

// enterProxy marks a thread as inside in for a proxy operation, so that
// in is not closed meanwhile; false when in is closed or closing.
func (rt *Runtime) enterProxy(in *Interpreter) bool {
	p := &in.px
	p.active.Add(1)
	if !p.closeBegun.Load() {
		return true
	}
	p.active.Add(-1)
	// closeBegun may be destroy's tentative mark, withdrawn when another
	// thread is inside (beginClose): under the runtime's mutex, which
	// destroy holds from the mark to the withdrawal, it is final.
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if p.closeBegun.Load() {
		return false
	}
	p.active.Add(1)
	return true
}

func (rt *Runtime) leaveProxy(in *Interpreter) { in.px.active.Add(-1) }

// proxyBusy reports whether a thread is inside in for a proxy operation.
func (in *Interpreter) proxyBusy() bool { return in.px.active.Load() > 0 }

// beginClose marks in as closing for destroy (the runtime's mutex held):
// false, with the mark withdrawn, when a proxy operation runs in it.
func (in *Interpreter) beginClose() bool {
	p := &in.px
	p.closeBegun.Store(true)
	if p.active.Load() == 0 {
		return true
	}
	p.closeBegun.Store(false)
	return false
}

// proxyEnter and proxyLeave are switchTo for a proxy operation, the hot
// path of every operation on a proxy living outside its owner: th's lock
// dropped, target's taken with this goroutine's thread state tth there
// (returned), the operation run by the caller between the two (no
// closure: its operands stay on the caller's stack), and back. Compared
// with switchVia, the owner's entry records no caller (many threads may
// be inside one owner through proxies at once): th records tth instead
// (vm.Thread.EnterSwitch), so that a KeyboardInterrupt of th (Ctrl-C,
// _thread.interrupt_main) stops the code running in the owner. The output
// of a side is flushed only when one of its streams holds some
// (pendingOutput), and the decrefs queued to it are looked at without a
// lock (vm's RunPending).
func (rt *Runtime) proxyEnter(th *vm.Thread, target *Interpreter) (tth *vm.Thread, saved *vm.Thread) {
	tth, fresh := rt.threadIn(th, target)
	if pendingOutput(th) {
		flushStdout(th)
	}
	th.Detach()
	tth.Attach()
	if fresh {
		tth.Register()
	}
	saved = th.EnterSwitch(tth)
	tth.RunPending()
	return tth, saved
}

// proxyLeave switches back from tth to th (saved is proxyEnter's).
func (rt *Runtime) proxyLeave(th, tth, saved *vm.Thread) {
	if pendingOutput(tth) {
		flushStdout(tth)
	}
	th.LeaveSwitch(tth, saved)
	tth.Detach()
	th.Attach()
	th.RunPending()
}

// Static keys for pendingOutput's lookups: immortal strs with their hash
// computed, shared by every interpreter and never written.
var (
	strSys    = objects.StaticStr("sys")
	strStdout = objects.StaticStr("stdout")
	strStderr = objects.StaticStr("stderr")
)

// pendingOutput reports whether sys.stdout or sys.stderr of th's
// interpreter may hold output to flush before a switch: false only when
// both are the built-in TextIOWrapper with nothing buffered (the common
// case, answered with three dict lookups and no allocation).
func pendingOutput(th *vm.Thread) bool {
	ts := th.TS
	sys := objects.DictGetItem(ts, th.Interp.Modules, strSys)
	if sys == nil || sys.Type() != vm.ModuleType {
		return sys != nil
	}
	d := vm.ModuleDict(sys)
	if d == nil {
		return true
	}
	for _, k := range [...]*objects.Object{strStdout, strStderr} {
		f := objects.DictGetItem(ts, d, k)
		if f == nil || f.Type() != builtins.TextIOWrapperType {
			return f != nil
		}
		if p, _ := builtins.StreamPending(f); p {
			return true
		}
	}
	return false
}

// closeProxies runs first in Close (in's lock held, before any of its
// finalization): every proxy elsewhere to an object of in is invalidated
// (its operations raise RuntimeError from now on) and its reference
// dropped here, the decrefs queued by other interpreters are applied, and
// the goroutines that made thread states in in forget them (Finalize
// releases them).
func (in *Interpreter) closeProxies(th *vm.Thread) {
	in.px.mu.Lock()
	refs := in.px.refs
	in.px.refs = nil
	in.px.closing = true
	in.px.mu.Unlock()
	for r := range refs {
		r.Dead.Store(true)
		objects.Decref(th.TS, r.Obj)
	}
	th.RunPending()
	in.forgetThreads()
}

// withProxyType adds the SharedObjectProxy type to the _interpreters
// module m (concurrent.interpreters re-exports it).
func withProxyType(th *vm.Thread, m *objects.Object) *objects.Object {
	if m == nil {
		return nil
	}
	if objects.SetAttrString(th.TS, m, "SharedObjectProxy", objects.ProxyType.TypeObject()) < 0 {
		objects.Decref(th.TS, m)
		return nil
	}
	return m
}
