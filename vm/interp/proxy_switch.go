package interp

import (
	"sync"
)

// interpProxy is an interpreter's part of the shared object proxies: the
// goroutines that have a thread state in it (xinterp.go's osThread), and
// (proxy.go) the targets other interpreters hold to its objects.
type interpProxy struct {
	mu      sync.Mutex
	threads map[*osThread]bool
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

// closeProxies runs first in Close (in's lock held): the goroutines that
// made thread states in in forget them (Finalize releases them).
func (in *Interpreter) closeProxies() {
	in.forgetThreads()
}
