package vm

import (
	"time"

	"minipy/vm/objects"
)

// Python threads (_thread.start_new_thread) and how finalization ends
// them. See gil.go for the lock.

// StartThread starts a Python thread that calls fn(*args, **kwargs) (args
// a tuple, kwargs a dict or nil; all borrowed) in a new goroutine with its
// own thread state. An exception fn raises other than SystemExit goes to
// sys.unraisablehook ("Exception ignored in thread started by"), as
// CPython's thread_run. It returns the new thread's ident, or false with
// RuntimeError set once finalization has stopped the threads.
func (th *Thread) StartThread(fn, args, kwargs *Object) (int64, bool) {
	is := th.Interp
	g := &is.GIL
	g.mu.Lock()
	gone := g.gone
	g.mu.Unlock()
	if gone {
		th.TS.Raise(objects.RuntimeError, "can't create new thread at interpreter shutdown")
		return 0, false
	}
	nt := is.NewThread()
	nt.RecursionLimit = th.RecursionLimit
	nt.lk.done = make(chan struct{})
	is.liveThreads++
	objects.Incref(fn)
	objects.Incref(args)
	if kwargs != nil {
		objects.Incref(kwargs)
	}
	go nt.bootstrap(fn, args, kwargs)
	return nt.Ident(), true
}

func (nt *Thread) bootstrap(fn, args, kwargs *Object) {
	nt.Attach()
	ts := nt.TS
	ok := true
	if !nt.CheckInterrupts() {
		ok = false
	} else {
		ok = nt.protect(func() bool {
			r := callArgsKwargs(ts, fn, args, kwargs)
			objects.XDecref(ts, r)
			return r != nil
		})
	}
	if !ok {
		switch {
		case nt.Stopping():
			ts.ClearErr()
		case ts.ErrMatches(objects.SystemExit):
			ts.ClearErr()
		default:
			nt.WriteUnraisable("Exception ignored in thread started by", fn)
		}
	}
	objects.Decref(ts, fn)
	objects.Decref(ts, args)
	objects.XDecref(ts, kwargs)
	if !nt.Stopping() {
		nt.dropLocals()
	}
	if nt.Interp.OnThreadEnd != nil {
		nt.Interp.OnThreadEnd(nt)
	}
	nt.endThread()
	close(nt.lk.done)
	nt.Detach()
}

// dropLocals frees the ended thread's values in _thread._local objects,
// as CPython clears a thread state's dict when the thread ends
// (_thread._local_thread_ended, thread_py.go; only once _thread is loaded,
// since no local exists before).
func (th *Thread) dropLocals() {
	ts := th.TS
	is := th.Interp
	if is.Modules == nil {
		return
	}
	m := objects.DictGetItemStr(ts, is.Modules, "_thread")
	if m == nil {
		ts.ClearErr()
		return
	}
	objects.Incref(m)
	var r *Object
	id := objects.NewInt(ts, th.Ident())
	if id != nil {
		r = objects.CallMethod(ts, m, "_local_thread_ended", id)
	}
	if r == nil {
		th.WriteUnraisable("Exception ignored in thread-local cleanup", nil)
	}
	objects.XDecref(ts, r)
	objects.XDecref(ts, id)
	objects.Decref(ts, m)
}

// endThread releases a finished thread's state (lock held).
func (th *Thread) endThread() {
	ts := th.TS
	ts.ClearErr()
	th.clearExcInfo()
	is := th.Interp
	for i, t := range is.threads {
		if t == th {
			is.threads = append(is.threads[:i], is.threads[i+1:]...)
			break
		}
	}
	is.liveThreads--
	th.releaseStacks()
}

// ThreadCount is _thread._count(): the threads started by StartThread
// that have not ended.
func (is *InterpState) ThreadCount() int { return is.liveThreads }

// callArgsKwargs is fn(*args, **kwargs) with args a tuple and kwargs a
// dict or nil.
func callArgsKwargs(ts *objects.Thread, fn, args, kwargs *Object) *Object {
	items := objects.TupleItems(args)
	if kwargs == nil || objects.DictLen(kwargs) == 0 {
		return objects.Call(ts, fn, items, nil)
	}
	all := append([]*Object(nil), items...)
	var names []*Object
	pos := 0
	for {
		k, v, ok := objects.DictNext(kwargs, &pos)
		if !ok {
			break
		}
		if objects.AsStr(k) == nil {
			for _, n := range names {
				objects.Decref(ts, n)
			}
			return ts.Raise(objects.TypeError, "keywords must be strings")
		}
		names = append(names, objects.NewRef(k))
		all = append(all, v)
	}
	kw := objects.NewTupleSteal(ts, names...)
	if kw == nil {
		return nil
	}
	r := objects.Call(ts, fn, all, kw)
	objects.Decref(ts, kw)
	return r
}

// stopThreads follows the atexit callbacks in finalization: the threads
// still running (daemon threads, threads of _thread) are stopped
// at their next eval-breaker check or blocking wait, their frames unwound
// without running exception handlers, and their thread states released.
// A thread blocked where it cannot be woken (a read of a pipe) is
// abandoned after a grace period: when its read returns it finds the
// interpreter gone and ends without touching an object.
func (is *InterpState) stopThreads(th *Thread) {
	if is.liveThreads > 0 {
		var waits []chan struct{}
		for _, t := range is.threads {
			if t == th || t.lk.done == nil {
				continue
			}
			t.lk.stopping.Store(true)
			t.Breaker.Or(breakStop)
			t.poke()
			waits = append(waits, t.lk.done)
		}
		th.Detach()
		deadline := time.NewTimer(2 * time.Second)
	wait:
		for _, c := range waits {
			select {
			case <-c:
			case <-deadline.C:
				break wait
			}
		}
		deadline.Stop()
		th.Attach()
	}
	g := &is.GIL
	g.mu.Lock()
	g.gone, g.finalizer = true, th
	g.mu.Unlock()
}

// joinThreads is the first step of finalization (Py_FinalizeEx's
// wait_for_thread_shutdown): threading._shutdown() joins the non-daemon
// threads when threading was imported. The remaining threads keep running
// through the atexit callbacks and are stopped after them (stopThreads).
func (is *InterpState) joinThreads(th *Thread) {
	ts := th.TS
	if is.Modules != nil {
		if m := objects.DictGetItemStr(ts, is.Modules, "threading"); m != nil {
			objects.Incref(m)
			r := objects.CallMethod(ts, m, "_shutdown")
			if r == nil {
				th.WriteUnraisable("", nil)
			}
			objects.XDecref(ts, r)
			objects.Decref(ts, m)
		}
		ts.ClearErr()
	}
}

// MainThread is the interpreter's first thread state (the one
// NewInterpState made; StartThread's threads come after it).
func (is *InterpState) MainThread() *Thread {
	if len(is.threads) == 0 {
		return nil
	}
	return is.threads[0]
}
