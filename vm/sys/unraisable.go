package sys

import (
	"fmt"

	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

// sys.unraisablehook: vm.Thread.WriteUnraisable calls deliverUnraisable
// (installed as InterpState.Unraisable by New), which packs the exception
// into an UnraisableHookArgs and calls the hook, as CPython's
// _PyErr_WriteUnraisableMsg.

var unraisableArgsType = builtins.NewStructSeqType("UnraisableHookArgs",
	[]string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}, 5)

func init() {
	sysDefs = append(sysDefs, fn("unraisablehook", defaultUnraisableHook))
}

// deliverUnraisable is vm.InterpState.Unraisable.
func deliverUnraisable(th *vm.Thread, exc *Object, errMsg string, obj *Object) {
	ts := th.TS
	tb := objects.ExcTraceback(exc)
	if tb == nil {
		tb = objects.None
	}
	msg := objects.None
	if errMsg != "" {
		msg = objects.NewStr(ts, errMsg)
	} else {
		objects.Incref(msg)
	}
	if obj == nil {
		obj = objects.None
	}
	args := unraisableArgsType.NewSteal(ts, objects.NewRef(exc.Type().TypeObject()), objects.NewRef(exc),
		objects.NewRef(tb), msg, objects.NewRef(obj))
	if args == nil {
		ts.ClearErr()
		return
	}
	defer objects.Decref(ts, args)
	hook := sysAttr(ts, "unraisablehook")
	if hook == nil || hook == objects.None {
		writeUnraisableArgs(th, args)
		ts.ClearErr()
		return
	}
	objects.Incref(hook)
	r := objects.CallOneArg(ts, hook, args)
	if r != nil {
		objects.Decref(ts, r)
		objects.Decref(ts, hook)
		return
	}
	// The hook failed: report its own exception with the default hook.
	e := ts.FetchErr()
	etb := objects.ExcTraceback(e)
	if etb == nil {
		etb = objects.None
	}
	args2 := unraisableArgsType.NewSteal(ts, objects.NewRef(e.Type().TypeObject()), objects.NewRef(e),
		objects.NewRef(etb), objects.NewStr(ts, "Exception ignored in sys.unraisablehook"), objects.NewRef(hook))
	objects.Decref(ts, e)
	objects.Decref(ts, hook)
	if args2 != nil {
		writeUnraisableArgs(th, args2)
		objects.Decref(ts, args2)
	}
	ts.ClearErr()
}

// writeUnraisableArgs prints args the default way on sys.stderr.
func writeUnraisableArgs(th *vm.Thread, args *Object) bool {
	ts := th.TS
	var vals [5]*Object
	for i, n := range unraisableArgsType.Fields {
		v := objects.GetAttrString(ts, args, n)
		if v == nil {
			for _, x := range vals[:i] {
				objects.Decref(ts, x)
			}
			return false
		}
		vals[i] = v
	}
	defer func() {
		for _, x := range vals {
			objects.Decref(ts, x)
		}
	}()
	msg := ""
	if vals[3] != objects.None {
		s := objects.StrOf(ts, vals[3])
		if s == nil {
			return false
		}
		msg = objects.StrValue(s)
		objects.Decref(ts, s)
	}
	text := th.FormatUnraisable(vals[0], vals[1], vals[2], msg, vals[4])
	errs := sysAttr(ts, "stderr")
	if errs == nil || errs == objects.None {
		// As write_unraisable_exc: no report when sys.stderr is None or
		// missing (sys's dict wiped at exit); the interpreter's Stderr
		// only when there is no sys at all.
		if th.Interp.SysDictOf(ts) == nil {
			fmt.Fprint(th.Interp.Stderr, text)
		}
		return true
	}
	so := objects.NewStr(ts, text)
	w := objects.CallMethod(ts, errs, "write", so)
	objects.Decref(ts, so)
	if w == nil {
		return false
	}
	objects.Decref(ts, w)
	return builtins.FlushStream(ts, errs)
}

// defaultUnraisableHook is sys.unraisablehook / sys.__unraisablehook__.
func defaultUnraisableHook(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "unraisablehook", args, kwnames) {
		return nil
	}
	if args[0].Type() != unraisableArgsType.T {
		return ts.Raise(objects.TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs")
	}
	if !writeUnraisableArgs(vmThread(ts), args[0]) {
		return nil
	}
	return objects.None
}
