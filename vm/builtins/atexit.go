package builtins

import (
	"minipy/vm"
	"minipy/vm/objects"
)

// The atexit module over the interpreter's callback list (vm/atexit.go).

func atexitInterp(ts *objects.Thread) *vm.InterpState {
	return ts.Owner.(*vm.Thread).Interp
}

var atexitDefs = []*objects.MethodDef{
	{Name: "register", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		npos := len(args)
		if kwnames != nil {
			npos -= len(objects.TupleItems(kwnames))
		}
		if npos < 1 {
			return ts.Raise(objects.TypeError, "register() takes at least 1 argument (0 given)")
		}
		if !objects.IsCallable(args[0]) {
			return ts.Raise(objects.TypeError, "the first argument must be callable")
		}
		atexitInterp(ts).AtExitRegister(args[0], args[1:], kwnames)
		return objects.NewRef(args[0])
	}},
	{Name: "unregister", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "atexit.unregister", args, kwnames) {
			return nil
		}
		if !atexitInterp(ts).AtExitUnregister(ts, args[0]) {
			return nil
		}
		return objects.None
	}},
	gcNoArgs("_run_exitfuncs", func(ts *objects.Thread) *Object {
		atexitInterp(ts).RunExitFuncs(ts.Owner.(*vm.Thread))
		return objects.None
	}),
	gcNoArgs("_clear", func(ts *objects.Thread) *Object {
		atexitInterp(ts).AtExitClear(ts)
		return objects.None
	}),
	gcNoArgs("_ncallbacks", func(ts *objects.Thread) *Object {
		return objects.NewInt(ts, int64(atexitInterp(ts).AtExitCount()))
	}),
}

func init() { registerDefs("atexit", atexitDefs) }

func newAtexitModule(th *vm.Thread) *Object {
	return makeModule(th, "atexit", "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n", atexitDefs, nil)
}
