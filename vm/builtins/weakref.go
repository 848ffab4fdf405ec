package builtins

import (
	"minipy/vm"
	"minipy/vm/objects"
)

// The _weakref module (the weak reference types of vm/objects/weakref.go)
// and the weakref module: _weakref's names plus the collections and
// finalize, written in Python (weakrefSource, run when weakref is first
// imported).

var weakrefDefs = []*objects.MethodDef{
	{Name: "getweakrefcount", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "getweakrefcount", args, kwnames) {
			return nil
		}
		return objects.NewInt(ts, int64(objects.WeakrefCount(ts, args[0])))
	}},
	{Name: "getweakrefs", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "getweakrefs", args, kwnames) {
			return nil
		}
		return objects.Weakrefs(ts, args[0])
	}},
	{Name: "proxy", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "proxy", args, kwnames, 1, 2) {
			return nil
		}
		var cb *Object
		if len(args) > 1 {
			cb = args[1]
		}
		return objects.NewWeakref(ts, objects.WeakProxyType, args[0], cb)
	}},
}

func init() { registerDefs("_weakref", weakrefDefs) }

func weakrefValues() map[string]*Object {
	return map[string]*Object{
		"ref":               objects.NewRef(objects.WeakrefType.TypeObject()),
		"ReferenceType":     objects.NewRef(objects.WeakrefType.TypeObject()),
		"ProxyType":         objects.NewRef(objects.WeakProxyType.TypeObject()),
		"CallableProxyType": objects.NewRef(objects.WeakCallableProxyType.TypeObject()),
	}
}

func newUnderWeakrefModule(th *vm.Thread) *Object {
	return makeModule(th, "_weakref", "Weak-reference support module.", weakrefDefs, weakrefValues())
}

func newWeakrefModule(th *vm.Thread) *Object {
	m := makeModule(th, "weakref", "Weak reference support for Python.", weakrefDefs, weakrefValues())
	if m == nil {
		return nil
	}
	if !th.ExecFrozen(m, weakrefSource, "<frozen weakref>") {
		objects.Decref(th.TS, m)
		return nil
	}
	return m
}
