package interp

import (
	"fmt"
	"strings"
	"sync"

	"minipy/lang/compiler"
	"minipy/vm"
	"minipy/vm/objects"
	pysys "minipy/vm/sys"
)

// The modules of concurrent.interpreters: _interpreters and _interpqueues
// are Go functions over the runtime (with their exception classes in
// Python), concurrent.interpreters and its _queues and _crossinterp are
// Python (xmodule_py.go), as in CPython 3.14. vm/builtins cannot import
// this package, so New gives every interpreter a table with these makers
// added to vm/sys's (natives).

// natives is the table of Go modules every interpreter of this package
// shares: vm/sys's and this package's; built once, read only.
var natives = sync.OnceValue(func() vm.NativeTable { return pysys.WithNatives(registerXIModules) })

func registerXIModules(t vm.NativeTable) {
	t["_interpreters"] = func(th *vm.Thread) *objects.Object {
		return withProxyType(th, frozenModule(th, "_interpreters", interpretersDefs, underInterpretersSource))
	}
	t["_interpqueues"] = func(th *vm.Thread) *objects.Object {
		m := frozenModule(th, "_interpqueues", interpqueuesDefs, underInterpqueuesSource)
		if m == nil {
			return nil
		}
		// The Go fast paths of Queue.put and Queue.get (xqueue.go).
		for name, f := range queueMethods {
			if objects.DictSetItemStr(th.TS, vm.ModuleDict(m), name, f) < 0 {
				objects.Decref(th.TS, m)
				return nil
			}
		}
		return m
	}
	t["concurrent"] = func(th *vm.Thread) *objects.Object {
		return frozenModule(th, "concurrent", nil, "__path__ = []\n")
	}
	t["concurrent.interpreters"] = func(th *vm.Thread) *objects.Object {
		return frozenModule(th, "concurrent.interpreters", nil, interpretersSource)
	}
	t["concurrent.interpreters._queues"] = func(th *vm.Thread) *objects.Object {
		return frozenModule(th, "concurrent.interpreters._queues", nil, queuesSource)
	}
	t["concurrent.interpreters._crossinterp"] = func(th *vm.Thread) *objects.Object {
		return frozenModule(th, "concurrent.interpreters._crossinterp", nil, crossinterpSource)
	}
	registerFutures(t)
}

// xiFuncs holds one static (immortal, shared) function object per
// MethodDef, made at init and never written after.
var xiFuncs = map[*objects.MethodDef]*objects.Object{}

func init() {
	// Filled here, not in their declarations: the functions reach New,
	// which registers these tables (an initialization cycle otherwise).
	interpretersDefs, interpqueuesDefs = interpretersTable(), interpqueuesTable()
	for _, d := range interpretersDefs {
		xiFuncs[d] = objects.NewStaticBuiltinFunction(d, "_interpreters")
	}
	for _, d := range interpqueuesDefs {
		xiFuncs[d] = objects.NewStaticBuiltinFunction(d, "_interpqueues")
	}
}

// frozenModule makes a module of Go functions and Python source.
func frozenModule(th *vm.Thread, name string, defs []*objects.MethodDef, src string) *objects.Object {
	ts := th.TS
	m := vm.NewModule(ts, name, nil)
	if m == nil {
		return nil
	}
	d := vm.ModuleDict(m)
	for _, def := range defs {
		if objects.DictSetItemStr(ts, d, def.Name, xiFuncs[def]) < 0 {
			objects.Decref(ts, m)
			return nil
		}
	}
	// Registered before its source runs, so that a submodule imported by
	// that source finds its parent.
	if objects.DictSetItemStr(ts, th.Interp.Modules, name, m) < 0 || !th.ExecFrozen(m, src, "<frozen "+name+">") {
		objects.Decref(ts, m)
		return nil
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		if parent := objects.DictGetItemStr(ts, th.Interp.Modules, name[:i]); parent != nil {
			if objects.SetAttrString(ts, parent, name[i+1:], m) < 0 {
				objects.Decref(ts, m)
				return nil
			}
		}
	}
	return m
}

// raiseXI raises sys.modules[mod].cls(msg) in th's interpreter (the
// exception classes of these modules are Python classes).
func raiseXI(th *vm.Thread, mod, cls, msg string) *objects.Object {
	ts := th.TS
	c := moduleAttr(th, mod, cls)
	if c == nil {
		return ts.Raisef(objects.RuntimeError, "%s.%s: %s", mod, cls, msg)
	}
	s := objects.NewStr(ts, msg)
	if s == nil {
		return nil
	}
	exc := objects.Call(ts, c, []*objects.Object{s}, nil)
	objects.Decref(ts, s)
	if exc != nil {
		ts.SetErrSteal(exc)
	}
	return nil
}

// raiseChained raises cls(msg) with the pending exception as its cause.
func raiseChained(th *vm.Thread, cls, msg string) *objects.Object {
	ts := th.TS
	cause := ts.FetchErr()
	raiseXI(th, "_interpreters", cls, msg)
	if cause != nil {
		exc := ts.FetchErr()
		if exc != nil {
			objects.SetAttrString(ts, exc, "__cause__", cause)
			ts.SetErrSteal(exc)
		}
		objects.Decref(ts, cause)
	}
	return nil
}

func argID(ts *objects.Thread, o *objects.Object) (int64, bool) {
	return idArg(ts, o, "interpreter ID", "int too big to convert")
}

// idArg reads an interpreter or queue id as 3.14's converters do: an
// int, non-negative, within 64 bits (what names the id; over is the
// OverflowError message, %s the id).
func idArg(ts *objects.Thread, o *objects.Object, what, over string) (int64, bool) {
	i := objects.AsInt(o)
	if i == nil {
		ts.Raisef(objects.TypeError, "%s must be an int, got %s", what, objects.TypeName(o))
		return 0, false
	}
	if i.Sign() < 0 {
		if r := objects.StrOf(ts, o); r != nil {
			ts.Raisef(objects.ValueError, "%s must be a non-negative int, got %s", what, objects.StrValue(r))
			objects.Decref(ts, r)
		}
		return 0, false
	}
	v, ok := i.Int64()
	if !ok {
		if strings.Contains(over, "%s") {
			if r := objects.StrOf(ts, o); r != nil {
				ts.Raisef(objects.OverflowError, over, objects.StrValue(r))
				objects.Decref(ts, r)
			}
		} else {
			ts.Raise(objects.OverflowError, over)
		}
		return 0, false
	}
	return v, true
}

// resolveTarget is the first check of exec, call and prepare_main, made
// before their arguments are looked at (as 3.14 resolves the interpreter
// first): an unknown interpreter, or one this module did not create.
func resolveTarget(th *vm.Thread, cur *Interpreter, idObj *objects.Object, what string) bool {
	return lockTarget(th, cur, idObj, what, false) != nil
}

// targetFor resolves the interpreter of exec, call and prepare_main and
// marks it running; nil with the exception set when it cannot run.
func targetFor(th *vm.Thread, cur *Interpreter, idObj *objects.Object, what string) *xentry {
	return lockTarget(th, cur, idObj, what, true)
}

// lockTarget finds the interpreter idObj names under the runtime's mutex
// and checks it as resolveTarget does; with run, it also refuses one
// already running (or the current one) and marks it running.
func lockTarget(th *vm.Thread, cur *Interpreter, idObj *objects.Object, what string, run bool) *xentry {
	id, ok := argID(th.TS, idObj)
	if !ok {
		return nil
	}
	rt := cur.rt
	rt.mu.Lock()
	e := rt.interps[id]
	var cls, msg string
	switch {
	case e == nil:
		cls, msg = "InterpreterNotFoundError", fmt.Sprintf("unrecognized interpreter ID %d", id)
	case e.whence != whenceStdlib:
		cls, msg = "InterpreterError", fmt.Sprintf("%s unrecognized interpreter %d", what, id)
	case !run:
	case e.running || e.in == cur:
		cls, msg = "InterpreterError", "interpreter already running"
	default:
		e.running = true
	}
	rt.mu.Unlock()
	if cls != "" {
		raiseXI(th, "_interpreters", cls, msg)
		return nil
	}
	return e
}

func (rt *Runtime) doneRunning(e *xentry) {
	rt.mu.Lock()
	e.running, e.caller, e.callee = false, nil, nil
	rt.mu.Unlock()
}

// excInfo is an uncaught exception of another interpreter, as strings
// (ExecutionFailed.excinfo).
type excInfo struct {
	name, qualname, module, msg, formatted, errdisplay string
}

// captureExc takes th's pending exception as an excInfo.
func captureExc(th *vm.Thread) *excInfo {
	ts := th.TS
	exc := ts.FetchErr()
	if exc == nil {
		return &excInfo{name: "SystemError", qualname: "SystemError", module: "builtins",
			msg: "error return without exception set", formatted: "SystemError: error return without exception set"}
	}
	defer objects.Decref(ts, exc)
	t := exc.Type()
	x := &excInfo{name: t.Name, qualname: t.Name, module: "builtins"}
	if q := objects.GetAttrString(ts, t.TypeObject(), "__qualname__"); q != nil {
		if objects.AsStr(q) != nil {
			x.qualname = objects.StrValue(q)
		}
		objects.Decref(ts, q)
	}
	if m := objects.GetAttrString(ts, t.TypeObject(), "__module__"); m != nil {
		if objects.AsStr(m) != nil {
			x.module = objects.StrValue(m)
		}
		objects.Decref(ts, m)
	}
	ts.ClearErr()
	// As 3.14: "Name: msg" whenever str() of the exception works, even
	// when it is empty ("ZeroDivisionError: ").
	haveMsg := false
	if s := objects.StrOf(ts, exc); s != nil {
		x.msg = objects.StrValue(s)
		haveMsg = true
		objects.Decref(ts, s)
	}
	ts.ClearErr()
	x.formatted = x.qualname
	if x.module != "builtins" && x.module != "__main__" {
		x.formatted = x.module + "." + x.qualname
	}
	if haveMsg {
		x.formatted += ": " + x.msg
	}
	x.errdisplay = strings.TrimRight(th.FormatException(exc), "\n")
	ts.ClearErr()
	return x
}

func (x *excInfo) object(ts *objects.Thread) *objects.Object {
	if x == nil {
		return objects.NewRef(objects.None)
	}
	items := make([]*objects.Object, 0, 6)
	for _, s := range []string{x.name, x.qualname, x.module, x.msg, x.formatted, x.errdisplay} {
		o := objects.NewStr(ts, s)
		if o == nil {
			for _, it := range items {
				objects.Decref(ts, it)
			}
			return nil
		}
		items = append(items, o)
	}
	return objects.NewTupleSteal(ts, items...)
}

// scriptCode is the code exec runs: source compiled here (a SyntaxError
// is the caller's, as in 3.14), a code object, or the code of a function
// without closure or parameters.
func scriptCode(th *vm.Thread, o *objects.Object) *compiler.Code {
	ts := th.TS
	switch {
	case objects.AsStr(o) != nil || objects.AsBytes(o) != nil:
		// The runtime's cache (xinterp.go) spares recompiling a str
		// source exec has compiled before.
		rt := th.Interp.Host.(*Interpreter).rt
		src, cacheable := "", objects.AsStr(o) != nil
		if cacheable {
			src = objects.StrValue(o)
			if c := rt.cachedCode(src); c != nil {
				return c
			}
		}
		compile := objects.DictGetItemStr(ts, th.Interp.Builtins, "compile")
		if compile == nil {
			ts.Raise(objects.SystemError, "no builtins.compile")
			return nil
		}
		args := []*objects.Object{o, objects.NewStr(ts, "<script>"), objects.NewStr(ts, "exec")}
		if args[1] == nil || args[2] == nil {
			objects.XDecref(ts, args[1])
			objects.XDecref(ts, args[2])
			return nil
		}
		co := objects.Call(ts, compile, args, nil)
		objects.Decref(ts, args[1])
		objects.Decref(ts, args[2])
		if co == nil {
			return nil
		}
		defer objects.Decref(ts, co)
		c := vm.CompiledCode(co)
		if c != nil && cacheable {
			rt.cacheCode(src, c)
		}
		return c
	case vm.CompiledCode(o) != nil:
		if c := vm.CompiledCode(o); len(c.FreeVars) > 0 {
			ts.Raise(objects.ValueError, "closures not supported")
			return nil
		}
		return vm.CompiledCode(o)
	case o.Type() == vm.FunctionType:
		cl := objects.GetAttrString(ts, o, "__closure__")
		if cl == nil {
			return nil
		}
		closure := cl != objects.None
		objects.Decref(ts, cl)
		if closure {
			ts.Raise(objects.ValueError, "closures not supported")
			return nil
		}
		co := objects.GetAttrString(ts, o, "__code__")
		if co == nil {
			return nil
		}
		c := vm.CompiledCode(co)
		objects.Decref(ts, co)
		if c == nil {
			ts.Raise(objects.TypeError, "unsupported script")
			return nil
		}
		if c.ArgCount > 0 || c.KwOnlyArgCount > 0 || c.Flags&(compiler.CO_VARARGS|compiler.CO_VARKEYWORDS) != 0 {
			ts.Raise(objects.ValueError, "code with args not supported")
			return nil
		}
		if !returnsOnlyNone(c) {
			ts.Raise(objects.ValueError, "code that returns a value is not a script")
			return nil
		}
		return c
	}
	r := objects.Repr(ts, o)
	if r == nil {
		return nil
	}
	ts.Raisef(objects.TypeError, "unsupported script %s", objects.StrValue(r))
	objects.Decref(ts, r)
	return nil
}

// runCode runs c in th's interpreter's __main__ (globals and locals);
// nil when it completed.
func runCode(th *vm.Thread, c *compiler.Code) *excInfo {
	ts := th.TS
	g := mainDict(th)
	if g == nil {
		return captureExc(th)
	}
	co := th.Interp.Host.(*Interpreter).loadedCode(ts, c)
	if co == nil {
		return captureExc(th)
	}
	// Run as builtins.exec(co, g) would, without its argument parsing
	// (a code object without free variables, globals a dict).
	r := th.RunCode(co, g, nil)
	objects.Decref(ts, co)
	if r == nil {
		return captureExc(th)
	}
	objects.Decref(ts, r)
	return nil
}

// returnsOnlyNone is 3.14's _PyCode_ReturnsOnlyNone for exec of a
// function: every return of its code returns the constant None.
func returnsOnlyNone(c *compiler.Code) bool {
	if c.Flags&(compiler.CO_GENERATOR|compiler.CO_COROUTINE|compiler.CO_ASYNC_GENERATOR) != 0 {
		return false // it returns a generator
	}
	for i, ins := range c.Code {
		op, _ := compiler.Decode(ins)
		if op != compiler.RETURN_VALUE {
			continue
		}
		if i == 0 {
			return false
		}
		prev, arg := compiler.Decode(c.Code[i-1])
		if prev != compiler.LOAD_CONST || arg >= len(c.Consts) || c.Consts[arg] != nil {
			return false
		}
	}
	return true
}
