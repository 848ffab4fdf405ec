package interp

import (
	"sync"

	"minipy/vm"
	"minipy/vm/objects"
)

// interpProxy is an interpreter's part of the shared object proxies: the
// goroutines that have a thread state in it (xinterp.go's osThread), and
// (proxy.go) the targets other interpreters hold to its objects.
type interpProxy struct {
	mu      sync.Mutex
	threads map[*osThread]bool
	refs    map[*objects.ProxyRef]bool
	closing bool // closeProxies ran: new references are born dead
}

// enterProxy marks a thread as inside in for a proxy operation (or the
// release of its thread state), so that in is not closed meanwhile; false
// when in is closed or closing.
func (rt *Runtime) enterProxy(in *Interpreter) bool {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	e := rt.interps[in.ID]
	if e == nil || e.in != in {
		return false
	}
	e.proxies++
	return true
}

func (rt *Runtime) leaveProxy(in *Interpreter) {
	rt.mu.Lock()
	if e := rt.interps[in.ID]; e != nil && e.in == in {
		e.proxies--
	}
	rt.mu.Unlock()
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
