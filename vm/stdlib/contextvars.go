package stdlib

import (
	"minipy/vm"
	"minipy/vm/objects"
)

// The native half of _contextvars: the current Context of the running
// thread lives in its thread state (vm.Thread.ContextVars), read and set
// by these two functions; the rest of the module is Python
// (contextvars_py.go, run in the same module).

var contextvarsDefs = []*objects.MethodDef{
	{Name: "_get_context", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckNoArgs(ts, "_get_context", args, kw) {
			return nil
		}
		if c := ts.Owner.(*vm.Thread).ContextVars; c != nil {
			return objects.NewRef(c)
		}
		return objects.None
	}, Doc: "The current thread's Context, or None."},
	{Name: "_set_context", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckOneArg(ts, "_set_context", args, kw) {
			return nil
		}
		th := ts.Owner.(*vm.Thread)
		old := th.ContextVars
		if args[0] == objects.None {
			th.ContextVars = nil
		} else {
			th.ContextVars = objects.NewRef(args[0])
		}
		objects.XDecref(ts, old)
		return objects.None
	}, Doc: "Make a Context (or None) the current thread's."},
}

func init() { registerDefs("_contextvars", contextvarsDefs) }

// newUnderContextvarsModule makes _contextvars: the native functions,
// then the Python source run in the same module.
func newUnderContextvarsModule(th *vm.Thread) *Object {
	m := makeModule(th, "_contextvars", "Context Variables", contextvarsDefs, nil)
	if m == nil {
		return nil
	}
	if !th.ExecFrozen(m, underContextvarsSource, "<frozen _contextvars>") {
		objects.Decref(th.TS, m)
		return nil
	}
	return m
}
