package sys

import (
	"fmt"
	"math"

	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

func vmThread(ts *objects.Thread) *vm.Thread { return ts.Owner.(*vm.Thread) }

func fn(name string, f objects.MethodFn) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: f}
}

var sysDefs = []*objects.MethodDef{
	fn("exit", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "exit", args, kwnames, 0, 1) {
			return nil
		}
		if len(args) == 0 {
			return ts.RaiseNone(objects.SystemExit)
		}
		return ts.RaiseValue(objects.SystemExit, args[0])
	}),
	fn("getrefcount", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "sys.getrefcount", args, kwnames) {
			return nil
		}
		if args[0].IsImmortal() {
			return objects.NewInt(ts, objects.ImmortalRefcnt)
		}
		return objects.NewInt(ts, args[0].Refcnt())
	}),
	fn("getrecursionlimit", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "sys.getrecursionlimit", args, kwnames) {
			return nil
		}
		return objects.NewInt(ts, int64(vmThread(ts).RecursionLimit))
	}),
	fn("setrecursionlimit", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "sys.setrecursionlimit", args, kwnames) {
			return nil
		}
		if objects.IsFloat(args[0]) {
			return ts.Raise(objects.TypeError, "'float' object cannot be interpreted as an integer")
		}
		v, ok := objects.IndexValue(ts, args[0], objects.OverflowError)
		if !ok {
			if ts.ErrMatches(objects.OverflowError) {
				ts.ClearErr()
				ts.Raise(objects.OverflowError, "Python int too large to convert to C int")
			}
			return nil
		}
		if v < 1 {
			return ts.Raise(objects.ValueError, "recursion limit must be greater or equal than 1")
		}
		if v > math.MaxInt32 {
			return ts.Raise(objects.OverflowError, "Python int too large to convert to C int")
		}
		vmThread(ts).RecursionLimit = v
		return objects.None
	}),
	fn("intern", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "sys.intern", args, kwnames) {
			return nil
		}
		if objects.AsStr(args[0]) == nil {
			return ts.Raisef(objects.TypeError, "intern() argument must be str, not %s", objects.TypeName(args[0]))
		}
		if args[0].Type() != objects.StrType {
			return ts.Raisef(objects.TypeError, "can't intern %s", objects.TypeName(args[0]))
		}
		return objects.Intern(ts, args[0])
	}),
	fn("getallocatedblocks", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "sys.getallocatedblocks", args, kwnames) {
			return nil
		}
		return objects.NewInt(ts, int64(ts.Heap().AllocatedBlocks()))
	}),
	fn("get_int_max_str_digits", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "sys.get_int_max_str_digits", args, kwnames) {
			return nil
		}
		return objects.NewInt(ts, int64(objects.IntMaxStrDigits(ts)))
	}),
	fn("set_int_max_str_digits", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		var maxdigits *Object
		if !objects.ParseArgs(ts, "set_int_max_str_digits", args, kwnames, []string{"maxdigits"}, 1, &maxdigits) {
			return nil
		}
		v, ok := objects.IndexValue(ts, maxdigits, objects.OverflowError)
		if !ok {
			return nil
		}
		if !objects.SetIntMaxStrDigits(ts, v) {
			return nil
		}
		return objects.None
	}),
	fn("exc_info", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "sys.exc_info", args, kwnames) {
			return nil
		}
		e := vmThread(ts).CurrentException()
		if e == nil {
			return objects.NewTuple(ts, objects.None, objects.None, objects.None)
		}
		tb := objects.ExcTraceback(e)
		if tb == nil {
			tb = objects.None
		}
		return objects.NewTuple(ts, e.Type().TypeObject(), e, tb)
	}),
	fn("exception", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "sys.exception", args, kwnames) {
			return nil
		}
		e := vmThread(ts).CurrentException()
		if e == nil {
			return objects.None
		}
		return objects.NewRef(e)
	}),
	fn("getdefaultencoding", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "sys.getdefaultencoding", args, kwnames) {
			return nil
		}
		return objects.NewStr(ts, "utf-8")
	}),
	fn("getfilesystemencoding", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "sys.getfilesystemencoding", args, kwnames) {
			return nil
		}
		return objects.NewStr(ts, "utf-8")
	}),
	fn("getsizeof", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		var o, dflt *Object
		if !objects.ParseArgs(ts, "getsizeof", args, kwnames, []string{"object", "default"}, 1, &o, &dflt) {
			return nil
		}
		if objects.LookupTypeString(o.Type(), "__sizeof__") == nil {
			if dflt != nil {
				return objects.NewRef(dflt)
			}
			return ts.Raisef(objects.TypeError, "Type %s doesn't define __sizeof__", objects.TypeName(o))
		}
		r := objects.CallMethod(ts, o, "__sizeof__")
		if r == nil {
			if dflt != nil && ts.ErrMatches(objects.TypeError) {
				ts.ClearErr()
				return objects.NewRef(dflt)
			}
			return nil
		}
		n, ok := objects.IndexValue(ts, r, objects.OverflowError)
		objects.Decref(ts, r)
		if !ok {
			return nil
		}
		if n < 0 {
			return ts.Raise(objects.ValueError, "__sizeof__() should return >= 0")
		}
		// CPython adds the GC header of containers, and the two pointers
		// before the object of classes whose instances have a dict
		// (_PyType_PreHeaderSize).
		if o.Type().IsGC() {
			n += 16
		}
		if o.Type().IsHeapType() && o.Type().DictPtr != nil {
			n += 16
		}
		return objects.NewInt(ts, int64(n))
	}),
	fn("displayhook", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "sys.displayhook", args, kwnames) {
			return nil
		}
		v := args[0]
		if v == objects.None {
			return objects.None
		}
		th := vmThread(ts)
		if objects.DictSetItemStr(ts, th.Interp.Builtins, "_", objects.None) < 0 {
			return nil
		}
		r := objects.Repr(ts, v)
		if r == nil {
			return nil
		}
		s := objects.StrValue(r) + "\n"
		objects.Decref(ts, r)
		out := sysAttr(ts, "stdout")
		if out == nil || out == objects.None {
			return ts.Raise(objects.RuntimeError, "lost sys.stdout")
		}
		so := objects.NewStr(ts, s)
		w := objects.CallMethod(ts, out, "write", so)
		objects.Decref(ts, so)
		if w == nil {
			return nil
		}
		objects.Decref(ts, w)
		if objects.DictSetItemStr(ts, th.Interp.Builtins, "_", v) < 0 {
			return nil
		}
		return objects.None
	}),
	fn("_getframe", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		var depth *Object
		if !objects.ParseArgs(ts, "_getframe", args, kwnames, []string{"depth", "/"}, 0, &depth) {
			return nil
		}
		d := 0
		if depth != nil {
			v, ok := objects.IndexValue(ts, depth, objects.OverflowError)
			if !ok {
				return nil
			}
			d = v
		}
		return vmThread(ts).GetFrame(d)
	}),
	fn("getswitchinterval", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "sys.getswitchinterval", args, kwnames) {
			return nil
		}
		us := vmThread(ts).Interp.SwitchInterval()
		if us == 1<<63 {
			us = 0 // set to less than a microsecond
		}
		return objects.NewFloat(ts, 1e-6*float64(us))
	}),
	fn("setswitchinterval", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "sys.setswitchinterval", args, kwnames) {
			return nil
		}
		v, ok := objects.FloatAsDouble(ts, args[0])
		if !ok {
			return nil
		}
		if v <= 0 {
			return ts.Raise(objects.ValueError, "switch interval must be strictly positive")
		}
		// Kept in microseconds, as CPython does (whose unsigned long
		// conversion gives 0 for huge values).
		us := uint64(0)
		if f := 1e6 * v; f < 1<<63 {
			us = uint64(f)
		}
		vmThread(ts).Interp.SetSwitchInterval(us)
		return objects.None
	}),
	noArgs("is_finalizing", func(ts *objects.Thread) *Object {
		return objects.Bool(ts.Owner.(*vm.Thread).Interp.IsFinalizing())
	}),
	noArgs("gettrace", func(ts *objects.Thread) *Object { return objects.None }),
	noArgs("getprofile", func(ts *objects.Thread) *Object { return objects.None }),
	noArgs("getfilesystemencodeerrors", func(ts *objects.Thread) *Object { return objects.NewStr(ts, "surrogateescape") }),
	noArgs("getdlopenflags", func(ts *objects.Thread) *Object { return objects.NewInt(ts, 2) }),
	// Tracing and profiling hooks are not supported: None (turning them
	// off) is accepted, anything else is refused plainly.
	hookSetter("settrace"),
	hookSetter("setprofile"),
	fn("audit", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if len(args) == 0 {
			return ts.Raise(objects.TypeError, "audit() missing 1 required positional argument: 'event'")
		}
		if objects.AsStr(args[0]) == nil {
			return ts.Raisef(objects.TypeError, "expected str for argument 'event', not %s", objects.TypeName(args[0]))
		}
		return objects.None
	}),
	fn("addaudithook", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		var hook *Object
		if !objects.ParseArgs(ts, "addaudithook", args, kwnames, []string{"hook"}, 1, &hook) {
			return nil
		}
		return objects.None
	}),
	fn("call_tracing", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "call_tracing", args, kwnames, 2, 2) {
			return nil
		}
		if objects.AsTuple(args[1]) == nil {
			return ts.Raisef(objects.TypeError, "call_tracing() argument 2 must be tuple, not %s", objects.TypeName(args[1]))
		}
		return objects.Call(ts, args[0], objects.TupleItems(args[1]), nil)
	}),
	fn("excepthook", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "excepthook", args, kwnames, 3, 3) {
			return nil
		}
		th := vmThread(ts)
		exc := args[1]
		if objects.AsBaseExc(exc) == nil {
			return ts.Raise(objects.TypeError, "print_exception(): Exception expected for value, "+objects.TypeName(exc)+" found")
		}
		text := th.FormatException(exc)
		errs := sysAttr(ts, "stderr")
		if errs == nil || errs == objects.None {
			fmt.Fprint(th.Interp.Stderr, text)
			return objects.None
		}
		so := objects.NewStr(ts, text)
		w := objects.CallMethod(ts, errs, "write", so)
		objects.Decref(ts, so)
		if w == nil {
			return nil
		}
		objects.Decref(ts, w)
		if !builtins.FlushStream(ts, errs) {
			return nil
		}
		return objects.None
	}),
}

func sysAttr(ts *objects.Thread, name string) *Object {
	d := vmThread(ts).Interp.SysDictOf(ts)
	if d == nil {
		return nil
	}
	return objects.DictGetItemStr(ts, d, name)
}

func noArgs(name string, f func(ts *objects.Thread) *Object) *objects.MethodDef {
	return fn(name, func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "sys."+name, args, kwnames) {
			return nil
		}
		return f(ts)
	})
}

func hookSetter(name string) *objects.MethodDef {
	return fn(name, func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "sys."+name, args, kwnames) {
			return nil
		}
		if args[0] != objects.None {
			return ts.Raisef(objects.NotImplementedError, "sys.%s() with a function is not supported by minipy", name)
		}
		return objects.None
	})
}
