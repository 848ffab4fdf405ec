package builtins

import (
	"minipy/vm"
	"minipy/vm/objects"
)

// The traceback and linecache modules: Python source (tracebackSource,
// linecacheSource) run at first import, on three hooks into the VM's own
// exception printer (vm/traceback.go), so that format_exception and
// print_exc print what an uncaught exception prints.

var tracebackDefs = []*objects.MethodDef{
	// _format_full(exc, chain): the whole display of exc, as the default
	// excepthook prints it, with or without its chain.
	{Name: "_format_full", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "_format_full", args, kwnames, 2, 2) {
			return nil
		}
		chain := objects.IsTrue(ts, args[1])
		if chain < 0 {
			return nil
		}
		th := ts.Owner.(*vm.Thread)
		s := th.FormatExceptionChain(args[0], chain == 1)
		if ts.Occurred() {
			return nil
		}
		return objects.NewStr(ts, s)
	}},
	// _format_only(exc): the last lines of the display (SyntaxError
	// text and carets, "Type: message", notes).
	{Name: "_format_only", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "_format_only", args, kwnames) {
			return nil
		}
		th := ts.Owner.(*vm.Thread)
		s := th.FormatExceptionOnly(args[0])
		if ts.Occurred() {
			return nil
		}
		return objects.NewStr(ts, s)
	}},
	// _carets(tb, line, lineno): the caret line under source line line
	// of traceback entry tb, or "".
	{Name: "_carets", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "_carets", args, kwnames, 3, 3) {
			return nil
		}
		if objects.AsStr(args[1]) == nil {
			return objects.NewStr(ts, "")
		}
		n, ok := objects.IntValue64(args[2])
		if !ok {
			return objects.NewStr(ts, "")
		}
		return objects.NewStr(ts, vm.CaretLine(args[0], objects.StrValue(args[1]), int(n)))
	}},
	// _positions(tb): (lineno, end_lineno, colno, end_colno) of a
	// traceback entry, or None.
	{Name: "_positions", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "_positions", args, kwnames) {
			return nil
		}
		l, el, c, ec, ok := vm.Position(args[0])
		if !ok {
			return objects.None
		}
		return objects.NewTupleSteal(ts, objects.NewInt(ts, int64(l)), objects.NewInt(ts, int64(el)), objects.NewInt(ts, int64(c)), objects.NewInt(ts, int64(ec)))
	}},
}

func init() { registerDefs("traceback", tracebackDefs) }

func newTracebackModule(th *vm.Thread) *Object {
	return newFrozenModule(th, "traceback", "Extract, format and print information about Python stack traces.", tracebackDefs, nil, tracebackSource)
}

func newLinecacheModule(th *vm.Thread) *Object {
	return newFrozenModule(th, "linecache", "Cache lines from Python source files.", nil, nil, linecacheSource)
}
