package vm

import "minipy/vm/objects"

// The atexit callbacks of an interpreter (CPython's atexit module state):
// Finalize runs them, last registered first, before the modules are torn
// down. The atexit module (vm/builtins) and weakref.finalize register
// through the methods here.

// atexitEntry is one registered call: func with its positional arguments
// followed by the values of the keywords named in kwnames (all owned).
type atexitEntry struct {
	fn      *Object
	args    []*Object
	kwnames *Object // tuple of str or nil
}

func (e *atexitEntry) release(ts *objects.Thread) {
	objects.Clear(ts, &e.fn)
	for i := range e.args {
		objects.Clear(ts, &e.args[i])
	}
	e.args = nil
	objects.Clear(ts, &e.kwnames)
}

// AtExitRegister records fn(*args, **kw) (args holds the positional
// arguments then the keyword values named by kwnames; all borrowed).
func (is *InterpState) AtExitRegister(fn *Object, args []*Object, kwnames *Object) {
	e := atexitEntry{fn: objects.NewRef(fn), kwnames: objects.XNewRef(kwnames)}
	for _, a := range args {
		e.args = append(e.args, objects.NewRef(a))
	}
	is.atexit = append(is.atexit, e)
	is.atexitCount++
}

// AtExitUnregister removes every registration of fn (compared with ==, as
// atexit.unregister). It returns false with an exception set when a
// comparison fails. As CPython 3.11, the slots are emptied but
// _ncallbacks() does not go down.
func (is *InterpState) AtExitUnregister(ts *objects.Thread, fn *Object) bool {
	for i := range is.atexit {
		e := &is.atexit[i]
		if e.fn == nil {
			continue
		}
		eq := objects.RichCompareBool(ts, e.fn, fn, objects.EQ)
		if eq < 0 {
			return false
		}
		if eq > 0 {
			e.release(ts)
		}
	}
	return true
}

// AtExitCount is atexit._ncallbacks().
func (is *InterpState) AtExitCount() int { return is.atexitCount }

// AtExitClear drops every callback (atexit._clear).
func (is *InterpState) AtExitClear(ts *objects.Thread) {
	entries := is.atexit
	is.atexit, is.atexitCount = nil, 0
	for i := range entries {
		entries[i].release(ts)
	}
}

// RunExitFuncs calls the callbacks registered so far, last registered
// first (atexit._run_exitfuncs, atexit_callfuncs); each failure, SystemExit
// included, is reported as "Exception ignored in atexit callback" and the
// next one runs. Then every callback is dropped, those registered by the
// callbacks too (never run, as CPython 3.11).
func (is *InterpState) RunExitFuncs(th *Thread) {
	ts := th.TS
	for i := len(is.atexit) - 1; i >= 0; i-- {
		if i >= len(is.atexit) { // _clear() ran in a callback
			continue
		}
		e := is.atexit[i]
		if e.fn == nil {
			continue
		}
		is.atexit[i] = atexitEntry{}
		r := objects.Call(ts, e.fn, e.args, e.kwnames)
		if r == nil {
			th.WriteUnraisable("Exception ignored in atexit callback", e.fn)
		} else {
			objects.Decref(ts, r)
		}
		e.release(ts)
	}
	is.AtExitClear(ts)
}
