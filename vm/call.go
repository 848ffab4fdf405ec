package vm

import (
	"fmt"

	"minipy/lang/compiler"
	"minipy/vm/objects"
)

// functionCall is the Call slot of functions: a call from Go (a native
// slot, a builtin) runs the function's frame in a nested eval.
func functionCall(ts *objects.Thread, callable *Object, args []*Object, kwnames *Object) *Object {
	th := ts.Owner.(*Thread)
	fn := (*Function)(ptr(callable))
	co := asCode(fn.code)
	if co.C.Flags&coGenerator != 0 {
		return th.makeGenerator(fn, co, args, kwnames)
	}
	// The frame counts toward the recursion limit (pushFrame), once, as
	// CPython's entry into _PyEval_EvalFrameDefault; the nested eval loop
	// counts toward the bound of the Go stack.
	if !ts.EnterNative() {
		return nil
	}
	defer ts.LeaveNative()
	if kwnames == nil && len(args) == co.fastArgc {
		if th.depth >= th.RecursionLimit {
			th.depthExceeded()
			return nil
		}
		for _, a := range args {
			objects.Incref(a)
		}
		return th.eval(th.pushCallFrame(co, fn, callable, args), false)
	}
	f := th.pushFrame(co, callable, fn.globals, fn.builtins, nil)
	if f == nil {
		return nil
	}
	if !th.bindArgs(fn, co, f.lp, args, kwnames) {
		th.popFrame(f)
		return nil
	}
	return th.eval(f, false)
}

// pushExFrame is CALL_FUNCTION_EX of the Python function fnc with the
// positional arguments cargs and, when hasKw, the keyword dict kw (all
// borrowed): when cargs is an exact tuple and kw empty, it pushes the
// function's frame with the arguments bound and returns 1 (the frame is
// th.frame); 0 when the general path must make the call (a generator, a
// tuple subclass or iterable, keywords, the recursion limit, which the
// general path reports); -1 with the exception set when the arguments
// do not bind.
func (th *Thread) pushExFrame(fnc, cargs *Object, hasKw bool, kw *Object) int {
	if cargs.Type() != objects.TupleType || hasKw && (kw.Type() != objects.DictType || objects.DictLen(kw) != 0) {
		return 0
	}
	if th.depth >= th.RecursionLimit {
		return 0
	}
	fn := (*Function)(ptr(fnc))
	co := fn.co
	args := objects.TupleItems(cargs)
	if len(args) == co.fastArgc {
		for _, a := range args {
			objects.Incref(a)
		}
		th.pushCallFrame(co, fn, fnc, args)
		return 1
	}
	if co.C.Flags&coGenerator != 0 {
		return 0
	}
	f := th.pushFrame(co, fnc, fn.globals, fn.builtins, nil)
	if !th.bindArgs(fn, co, f.lp, args, nil) {
		th.popFrame(f)
		return -1
	}
	return 1
}

// finishCall completes, in the caller f, a call whose callee ran in the
// same loop with operands left on f's stack (f.dropEx): r is the
// callee's result (a new reference), or nil when it raised. For a class
// call it checks that __init__ returned None and makes the result the
// instance, as slot_tp_init and type_call do. It drops the operands in
// the order of the general path and returns the new stack pointer and
// the call's result (nil with the exception set).
func (th *Thread) finishCall(f *Frame, lp []*Object, sp int, r *Object) (int, *Object) {
	ts := th.TS
	if obj := f.initObj; obj != nil {
		f.initObj = nil
		f.dropEx = 0
		if r != nil {
			if r != objects.None {
				ts.Raisef(objects.TypeError, "__init__() should return None, not '%s'", r.Type().Name)
				objects.Decref(ts, r)
				r = nil
			} else {
				objects.Decref(ts, r)
				r, obj = obj, nil
			}
		}
		if obj != nil {
			objects.Decref(ts, obj)
		}
		th.depth-- // the class call's own level (_PyObject_MakeTpCall)
		sp--
		objects.Decref(ts, lp[sp]) // the class
		return sp, r
	}
	if f.dropEx == 4 {
		sp--
		objects.Decref(ts, lp[sp])
	}
	f.dropEx = 0
	objects.Decref(ts, lp[sp-2])
	objects.Decref(ts, lp[sp-1])
	sp -= 2
	if x := lp[sp-1]; x != nil {
		objects.Decref(ts, x)
	}
	return sp - 1, r
}

var (
	strInit     = objects.StaticStr("__init__")
	slotInitPtr = funcAddr(objects.InitFunc(slotInit))
)

// pushInitFrame is CALL of a class (callable, on the stack at lp[base+1]
// above a NULL at lp[base], with the arguments above it) whose instances
// object.__new__ makes and whose __init__ is a Python function binding
// its arguments by copying: it makes the instance and pushes __init__'s
// frame with the instance and the arguments moved into its locals; the
// class moves down to lp[base] and stays there until __init__ returns
// (finishCall). 1 when pushed, 0 when the general path must make the
// call (it also reports the recursion limit), -1 with the exception set
// when object.__new__ failed.
func (th *Thread) pushInitFrame(f *Frame, callable *Object, lp []*Object, base, sp int) int {
	ts := th.TS
	t := objects.AsType(callable)
	if t.Flags&objects.FlagHeapType == 0 || funcAddr(t.Init) != slotInitPtr || !objects.UsesObjectNew(t) {
		return 0
	}
	init := objects.LookupTypeTS(ts, t, strInit)
	if init == nil || init.Type() != FunctionType {
		return 0
	}
	fn := (*Function)(ptr(init))
	co := fn.co
	if co.fastArgc != sp-base-1 || th.depth+1 >= th.RecursionLimit {
		return 0
	}
	obj := t.New(ts, t, lp[base+2:sp], nil)
	if obj == nil {
		return -1
	}
	// The class call counts one level, as _PyObject_MakeTpCall's
	// recursion check, and __init__'s frame another.
	th.depth++
	lp[base] = callable
	lp[base+1] = obj
	objects.Incref(obj)
	f.initObj = obj
	f.dropEx = 1
	th.pushCallFrame(co, fn, init, lp[base+1:sp])
	return 1
}

// bindArgs binds a call's arguments (borrowed) to the parameters in the
// locals lp, with CPython's errors.
func (th *Thread) bindArgs(fn *Function, co *Code, lp []*Object, args []*Object, kwnames *Object) bool {
	c := co.C
	nkw := 0
	if kwnames != nil {
		nkw = len(objects.TupleItems(kwnames))
	}
	npos := len(args) - nkw
	argcount := c.ArgCount
	total := argcount + c.KwOnlyArgCount
	if npos == argcount && nkw == 0 && c.Flags&(compiler.CO_VARARGS|compiler.CO_VARKEYWORDS) == 0 && c.KwOnlyArgCount == 0 {
		for i, a := range args {
			objects.Incref(a)
			lp[i] = a
		}
		return true
	}
	return th.bindArgsSlow(fn, co, lp, args, npos, kwnames, total)
}

func (th *Thread) bindArgsSlow(fn *Function, co *Code, lp []*Object, args []*Object, npos int, kwnames *Object, total int) bool {
	ts := th.TS
	c := co.C
	argcount := c.ArgCount
	fname := objects.StrValue(fn.qualname)
	var kwdict *Object
	if c.Flags&compiler.CO_VARKEYWORDS != 0 {
		kwdict = objects.NewDict(ts)
		if kwdict == nil {
			return false
		}
		i := total
		if c.Flags&compiler.CO_VARARGS != 0 {
			i++
		}
		lp[i] = kwdict
	}
	n := npos
	if n > argcount {
		n = argcount
	}
	for i := 0; i < n; i++ {
		lp[i] = objects.NewRef(args[i])
	}
	if c.Flags&compiler.CO_VARARGS != 0 {
		t := objects.NewTuple(ts, args[n:npos]...)
		if t == nil {
			return false
		}
		lp[total] = t
	}
	if kwnames != nil {
		names := objects.TupleItems(kwnames)
		for k, name := range names {
			v := args[npos+k]
			j := -1
			ns := objects.StrValue(name)
			for p := c.PosOnlyArgCount; p < total; p++ {
				if c.VarNames[p] == ns {
					j = p
					break
				}
			}
			if j < 0 {
				if kwdict != nil {
					if objects.DictSetItem(ts, kwdict, name, v) < 0 {
						return false
					}
					continue
				}
				for p := 0; p < c.PosOnlyArgCount; p++ {
					if c.VarNames[p] == ns {
						ts.Raisef(objects.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname, ns)
						return false
					}
				}
				ts.Raisef(objects.TypeError, "%s() got an unexpected keyword argument '%s'", fname, ns)
				return false
			}
			if lp[j] != nil {
				ts.Raisef(objects.TypeError, "%s() got multiple values for argument '%s'", fname, ns)
				return false
			}
			lp[j] = objects.NewRef(v)
		}
	}
	if npos > argcount && c.Flags&compiler.CO_VARARGS == 0 {
		th.tooManyPositional(fn, co, lp, npos)
		return false
	}
	// Defaults for missing positional parameters.
	if npos < argcount {
		var defs []*Object
		if fn.defaults != nil {
			defs = objects.TupleItems(fn.defaults)
		}
		m := argcount - len(defs)
		var missing []string
		for i := npos; i < m; i++ {
			if lp[i] == nil {
				missing = append(missing, c.VarNames[i])
			}
		}
		if len(missing) > 0 {
			ts.Raisef(objects.TypeError, "%s() missing %d required positional %s: %s", fname, len(missing), plural(len(missing), "argument"), nameList(missing))
			return false
		}
		for i := m; i < argcount; i++ {
			if i >= npos && lp[i] == nil {
				lp[i] = objects.NewRef(defs[i-m])
			}
		}
	}
	if c.KwOnlyArgCount > 0 {
		var missing []string
		for i := argcount; i < total; i++ {
			if lp[i] != nil {
				continue
			}
			if fn.kwdefaults != nil {
				if d := objects.DictGetItemStr(ts, fn.kwdefaults, c.VarNames[i]); d != nil {
					lp[i] = objects.NewRef(d)
					continue
				}
			}
			missing = append(missing, c.VarNames[i])
		}
		if len(missing) > 0 {
			ts.Raisef(objects.TypeError, "%s() missing %d required keyword-only %s: %s", fname, len(missing), plural(len(missing), "argument"), nameList(missing))
			return false
		}
	}
	return true
}

func (th *Thread) tooManyPositional(fn *Function, co *Code, lp []*Object, npos int) {
	c := co.C
	argcount := c.ArgCount
	ndefs := 0
	if fn.defaults != nil {
		ndefs = len(objects.TupleItems(fn.defaults))
	}
	kwonlyGiven := 0
	for i := argcount; i < argcount+c.KwOnlyArgCount; i++ {
		if lp[i] != nil {
			kwonlyGiven++
		}
	}
	var sig string
	if ndefs > 0 {
		sig = fmt.Sprintf("from %d to %d positional arguments", argcount-ndefs, argcount)
	} else {
		sig = fmt.Sprintf("%d positional %s", argcount, plural(argcount, "argument"))
	}
	var kwonly string
	if kwonlyGiven > 0 {
		kwonly = fmt.Sprintf(" positional %s (and %d keyword-only %s)", plural(npos, "argument"), kwonlyGiven, plural(kwonlyGiven, "argument"))
	}
	was := "were"
	if npos == 1 && kwonlyGiven == 0 {
		was = "was"
	}
	if kwonly != "" {
		th.TS.Raisef(objects.TypeError, "%s() takes %s but %d%s were given", objects.StrValue(fn.qualname), sig, npos, kwonly)
		return
	}
	th.TS.Raisef(objects.TypeError, "%s() takes %s but %d %s given", objects.StrValue(fn.qualname), sig, npos, was)
}

// CallObject calls a Python callable from Go (args borrowed).
func (th *Thread) CallObject(fn *Object, args ...*Object) *Object {
	return objects.Call(th.TS, fn, args, nil)
}

// runCode runs a module-level code object with globals and locals (both
// borrowed) and returns the result.
func (th *Thread) runCode(codeObj, globals, locals *Object) *Object {
	ts := th.TS
	if objects.DictGetItemStr(ts, globals, "__builtins__") == nil {
		if objects.DictSetItemStr(ts, globals, "__builtins__", th.Interp.BuiltinsModule) < 0 {
			return nil
		}
	}
	builtins := th.Interp.Builtins
	f := th.pushFrame(asCode(codeObj), nil, globals, builtins, locals)
	if f == nil {
		return nil
	}
	return th.eval(f, false)
}

// RunCode runs a code object (exec/eval) with globals and locals (both
// borrowed; locals nil means globals) and returns its result.
func (th *Thread) RunCode(code, globals, locals *Object) *Object {
	if asCode(code) == nil {
		return th.TS.Raisef(objects.TypeError, "expected a code object, not %s", code.Type().Name)
	}
	if locals == nil {
		locals = globals
	}
	return th.runCode(code, globals, locals)
}

// FrameGlobals is the running Python frame's globals (borrowed), or nil.
func (th *Thread) FrameGlobals() *Object {
	if th.frame == nil {
		return th.RunningMain
	}
	return th.frame.globals
}

// FrameLocals is locals() of the running Python frame (a new reference):
// the locals mapping of module and class bodies; for a function, the
// frame's one locals dict refreshed from its fast locals and cells, as
// CPython's PyFrame_FastToLocals (so names exec() stored there stay, and
// unbound locals are removed); nil when no frame runs.
func (th *Thread) FrameLocals() *Object {
	if th.frame == nil {
		return objects.XNewRef(th.RunningMain)
	}
	return localsOf(th.TS, th.frame)
}
