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
		if !objects.CheckOneArg(ts, "getrefcount", args, kwnames) {
			return nil
		}
		if args[0].IsImmortal() {
			return objects.NewInt(ts, objects.ImmortalRefcnt)
		}
		return objects.NewInt(ts, args[0].Refcnt())
	}),
	fn("getrecursionlimit", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "getrecursionlimit", args, kwnames) {
			return nil
		}
		return objects.NewInt(ts, int64(vmThread(ts).RecursionLimit))
	}),
	fn("setrecursionlimit", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "setrecursionlimit", args, kwnames) {
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
		if !objects.CheckOneArg(ts, "intern", args, kwnames) {
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
		if !objects.CheckNoArgs(ts, "getallocatedblocks", args, kwnames) {
			return nil
		}
		return objects.NewInt(ts, int64(ts.Heap().AllocatedBlocks()))
	}),
	fn("get_int_max_str_digits", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "get_int_max_str_digits", args, kwnames) {
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
		if !objects.CheckNoArgs(ts, "exc_info", args, kwnames) {
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
		if !objects.CheckNoArgs(ts, "exception", args, kwnames) {
			return nil
		}
		e := vmThread(ts).CurrentException()
		if e == nil {
			return objects.None
		}
		return objects.NewRef(e)
	}),
	fn("getdefaultencoding", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "getdefaultencoding", args, kwnames) {
			return nil
		}
		return objects.NewStr(ts, "utf-8")
	}),
	fn("getfilesystemencoding", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "getfilesystemencoding", args, kwnames) {
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
		if !objects.CheckOneArg(ts, "displayhook", args, kwnames) {
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
	is := vmThread(ts).Interp
	if is.Modules == nil {
		return nil
	}
	m := objects.DictGetItemStr(ts, is.Modules, "sys")
	if m == nil {
		return nil
	}
	return objects.DictGetItemStr(ts, vm.ModuleDict(m), name)
}
