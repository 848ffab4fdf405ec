package vm

import (
	"fmt"

	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// Generator is a generator object. Its frame lives inside it, with a
// window of its own (a generator outlives the call that made it).
type Generator struct {
	objects.GCObject
	frame    Frame
	code     *Object // owned: gi_code outlives the frame
	name     *Object
	qualname *Object
	running  bool
	started  bool
	finished bool
	exc      excEntry
	// Async generators (gen_coro.go): ag_closed, ag_running_async.
	agClosed, agRunningAsync bool
}

var generatorClass = alloc.NewClass[Generator]("generator")

// GeneratorType is the type of generator objects.
var GeneratorType = &objects.Type{Name: "generator", Flags: objects.FlagHaveGC}

func asGenerator(o *Object) *Generator {
	if t := o.Type(); t == GeneratorType || t == CoroutineType {
		return (*Generator)(ptr(o))
	}
	return nil
}

// makeGenerator is the call of a generator function: bind the arguments
// into the generator's frame and run it to RETURN_GENERATOR.
func (th *Thread) makeGenerator(fn *Function, co *Code, args []*Object, kwnames *Object) *Object {
	ts := th.TS
	g := objects.NewObject(ts, generatorClass, genType(co))
	f := &g.frame
	f.lp = make([]*Object, co.size)
	ts.Heap().Charge(8 * co.size)
	f.co = co
	f.codeObj = &co.Object
	f.fn = objects.NewRef(&fn.Object)
	f.globals = fn.globals
	f.builtins = fn.builtins
	f.sp = co.nlp
	g.code = objects.NewRef(&co.Object)
	f.gen = g
	g.name = objects.NewRef(fn.name)
	g.qualname = objects.NewRef(fn.qualname)
	o := &g.Object
	if !th.bindArgs(fn, co, f.lp, args, kwnames) {
		objects.Decref(ts, o)
		return nil
	}
	// Run the prologue (cells, free variables) up to RETURN_GENERATOR.
	if th.depth >= th.RecursionLimit {
		objects.Decref(ts, o)
		th.depthExceeded()
		return nil
	}
	th.depth++
	f.back = th.frame
	th.frame = f
	r := th.eval(f, false)
	th.frame = f.back
	f.back = nil
	th.depth--
	if r == nil {
		g.finished = true
		objects.Decref(ts, o)
		return nil
	}
	objects.Decref(ts, r)
	objects.GCTrack(ts, o)
	return o
}

// genSend resumes g with v (borrowed), or with the pending exception when
// throwing. It returns the yielded value (done false), or the return
// value (done true), or nil with an exception set.
func (th *Thread) genSend(g *Generator, v *Object, throwing bool) (*Object, bool) {
	ts := th.TS
	if g.running {
		ts.Raisef(objects.ValueError, "%s already executing", g.kind())
		return nil, false
	}
	if g.finished {
		if g.Type() == CoroutineType {
			ts.ClearErr()
			ts.Raise(objects.RuntimeError, "cannot reuse already awaited coroutine")
			return nil, false
		}
		if throwing {
			return nil, false
		}
		return nil, true
	}
	f := &g.frame
	if !throwing {
		if !g.started && v != objects.None {
			ts.Raisef(objects.TypeError, "can't send non-None value to a just-started %s", g.kind())
			return nil, false
		}
		f.lp[f.sp] = objects.NewRef(v)
		f.sp++
	}
	if th.depth >= th.RecursionLimit {
		th.depthExceeded()
		return nil, false
	}
	// The nested eval loop counts toward the bound of the Go stack.
	if !ts.EnterNative() {
		return nil, false
	}
	defer ts.LeaveNative()
	g.started = true
	th.depth++
	f.back = th.frame
	th.frame = f
	g.exc.prev = th.excInfo
	th.excInfo = &g.exc
	g.running = true
	self := &g.Object
	objects.Incref(self)
	r := th.eval(f, throwing)
	g.running = false
	th.excInfo = g.exc.prev
	g.exc.prev = nil
	th.frame = f.back
	f.back = nil
	th.depth--
	if f.yielded {
		objects.Decref(ts, self)
		return r, false
	}
	g.finished = true
	clearFrame(ts, f)
	objects.Clear(ts, &g.exc.value)
	if r == nil && (ts.ErrMatches(objects.StopIteration) || g.Type() == AsyncGeneratorType && ts.ErrMatches(objects.StopAsyncIteration)) {
		cause := ts.FetchErr()
		ts.Raisef(objects.RuntimeError, "%s raised %s", g.kind(), cause.Type().Name)
		e := ts.FetchErr()
		objects.ExcSetCause(ts, e, cause)
		objects.ExcSetContext(ts, e, cause)
		objects.Decref(ts, cause)
		ts.SetErrSteal(e)
	}
	objects.Decref(ts, self)
	return r, true
}

// Inline resumption (CPython 3.12's FOR_ITER_GEN): FOR_ITER over a plain
// generator does not go through IterNext and a nested eval; it makes the
// generator's frame the running frame of the same eval loop, as a call
// does, and YIELD_VALUE, RETURN_VALUE or an uncaught exception in that
// frame (not marked entry) hand control back to the caller's FOR_ITER.
// The state changes are genSend's, split into resumeInline and the two
// ways back. The generator is not increfed as genSend does: the caller's
// value stack holds the iterator until FOR_ITER is done with it.

// resumeInline starts running g's frame above caller (suspended at its
// FOR_ITER), with None sent. It reports false when g cannot be resumed
// this way (running, finished, or at the recursion limit: genSend then
// raises the proper error).
func (th *Thread) resumeInline(g *Generator, caller *Frame) bool {
	if g.running || g.finished || th.depth >= th.RecursionLimit {
		return false
	}
	f := &g.frame
	f.lp[f.sp] = objects.NewNone()
	f.sp++
	g.started = true
	th.depth++
	f.back = caller
	th.frame = f
	g.exc.prev = th.excInfo
	th.excInfo = &g.exc
	g.running = true
	f.entry = false
	return true
}

// suspendInline is the yield of a frame resumed by resumeInline: it
// returns the caller's frame, running again.
func (th *Thread) suspendInline(f *Frame) *Frame {
	g := f.gen
	g.running = false
	th.excInfo = g.exc.prev
	g.exc.prev = nil
	caller := f.back
	th.frame = caller
	f.back = nil
	th.depth--
	return caller
}

// finishInline ends a frame resumed by resumeInline that returned or
// raised (failed: the exception is set on the thread) and returns the
// caller's frame, running again.
func (th *Thread) finishInline(f *Frame, failed bool) *Frame {
	ts := th.TS
	g := f.gen
	caller := th.suspendInline(f)
	g.finished = true
	clearFrame(ts, f)
	objects.Clear(ts, &g.exc.value)
	if failed && ts.ErrMatches(objects.StopIteration) {
		cause := ts.FetchErr()
		ts.Raisef(objects.RuntimeError, "%s raised %s", g.kind(), cause.Type().Name)
		e := ts.FetchErr()
		objects.ExcSetCause(ts, e, cause)
		objects.ExcSetContext(ts, e, cause)
		objects.Decref(ts, cause)
		ts.SetErrSteal(e)
	}
	return caller
}

// stopIteration sets StopIteration(v) (v not None) or a bare StopIteration.
func stopIteration(ts *objects.Thread, v *Object) {
	if v == nil || v == objects.None {
		ts.RaiseNone(objects.StopIteration)
		return
	}
	e := objects.CallOneArg(ts, objects.StopIteration.TypeObject(), v)
	if e != nil {
		ts.SetErrSteal(e)
	}
}

// sendTo is SEND: send v into recv. done reports that recv finished and r
// is its return value.
func (th *Thread) sendTo(recv, v *Object) (*Object, bool) {
	ts := th.TS
	if g := asGenerator(recv); g != nil {
		r, done := th.genSend(g, v, false)
		if done && r == nil && !ts.Occurred() {
			return objects.None, true
		}
		return r, done
	}
	var r *Object
	if v == objects.None && recv.Type().IterNext != nil {
		r = recv.Type().IterNext(ts, recv)
	} else {
		r = objects.CallMethod(ts, recv, "send", v)
	}
	if r != nil {
		return r, false
	}
	if !ts.Occurred() {
		return objects.None, true
	}
	if ts.ErrMatches(objects.StopIteration) {
		e := ts.FetchErr()
		val := objects.NewRef(objects.StopIterationValue(e))
		objects.Decref(ts, e)
		return val, true
	}
	return nil, false
}

// yieldFrom returns the iterator g delegates to (borrowed) when g is
// suspended in a `yield from`/`await`, else nil.
func (g *Generator) yieldFrom() *Object {
	f := &g.frame
	if !g.started || g.finished || f.pc >= len(f.co.ins) {
		return nil
	}
	ins := f.co.ins[f.pc]
	if ins&0xff == opRESUME && ins>>8 >= 2 {
		return f.lp[f.sp-1]
	}
	return nil
}

// genThrow is generator.throw with the exception already normalized
// (exc stolen).
func (th *Thread) genThrow(g *Generator, exc *Object, closing bool) *Object {
	ts := th.TS
	if yf := g.yieldFrom(); yf != nil {
		objects.Incref(yf)
		var r *Object
		if exc.Type().IsSubtype(objects.GeneratorExit) && !closing {
			// Close the subiterator, then raise in this frame.
			if th.closeIter(yf) < 0 {
				objects.Decref(ts, yf)
				objects.Decref(ts, exc)
				return th.resumeThrow(g)
			}
			objects.Decref(ts, yf)
			ts.SetErrSteal(exc)
			return th.resumeThrow(g)
		}
		if sg := asGenerator(yf); sg != nil {
			g.running = true
			r = th.genThrow(sg, exc, closing)
			g.running = false
		} else {
			meth := objects.GetAttrString(ts, yf, "throw")
			if meth == nil {
				objects.Decref(ts, yf)
				if !ts.ErrMatches(objects.AttributeError) {
					objects.Decref(ts, exc)
					return th.resumeThrow(g)
				}
				ts.ClearErr()
				ts.SetErrSteal(exc)
				return th.resumeThrow(g)
			}
			g.running = true
			r = objects.CallOneArg(ts, meth, exc)
			g.running = false
			objects.Decref(ts, meth)
			objects.Decref(ts, exc)
		}
		objects.Decref(ts, yf)
		if r != nil {
			return r
		}
		// The subiterator ended: leave the yield-from loop as SEND does.
		f := &g.frame
		f.sp--
		objects.Decref(ts, f.lp[f.sp])
		f.lp[f.sp] = nil
		send := f.co.ins[f.pc-2]
		f.pc = int(send >> 8)
		if ts.ErrMatches(objects.StopIteration) {
			e := ts.FetchErr()
			val := objects.NewRef(objects.StopIterationValue(e))
			objects.Decref(ts, e)
			g.started = true
			f.lp[f.sp] = val
			f.sp++
			return th.resumeSend(g)
		}
		return th.resumeThrow(g)
	}
	ts.SetErrSteal(exc)
	return th.resumeThrow(g)
}

// resumeThrow resumes g raising the pending exception; the result is the
// next yielded value, or nil with StopIteration/another exception set.
func (th *Thread) resumeThrow(g *Generator) *Object {
	r, done := th.genSend(g, nil, true)
	if done && r != nil {
		stopIteration(th.TS, r)
		objects.Decref(th.TS, r)
		return nil
	}
	return r
}

// resumeSend resumes g whose frame already has the sent value pushed.
func (th *Thread) resumeSend(g *Generator) *Object {
	f := &g.frame
	f.sp--
	v := f.lp[f.sp]
	f.lp[f.sp] = nil
	r, done := th.genSend(g, v, false)
	objects.Decref(th.TS, v)
	if done {
		if r == nil {
			if !th.TS.Occurred() {
				th.TS.RaiseNone(objects.StopIteration)
			}
			return nil
		}
		stopIteration(th.TS, r)
		objects.Decref(th.TS, r)
		return nil
	}
	return r
}

// closeIter calls it.close() if it has one (0 or -1).
func (th *Thread) closeIter(it *Object) int {
	ts := th.TS
	if g := asGenerator(it); g != nil {
		return th.genClose(g)
	}
	m := objects.GetAttrString(ts, it, "close")
	if m == nil {
		if ts.ErrMatches(objects.AttributeError) {
			ts.ClearErr()
			return 0
		}
		return -1
	}
	r := objects.CallNoArgs(ts, m)
	objects.Decref(ts, m)
	if r == nil {
		return -1
	}
	objects.Decref(ts, r)
	return 0
}

// genClose is generator.close().
func (th *Thread) genClose(g *Generator) int {
	ts := th.TS
	if g.finished {
		return 0
	}
	if !g.started {
		g.finished = true
		clearFrame(ts, &g.frame)
		return 0
	}
	exc := objects.NewExceptionArgs(ts, objects.GeneratorExit, objects.EmptyTuple)
	if exc == nil {
		return -1
	}
	var r *Object
	if yf := g.yieldFrom(); yf != nil {
		objects.Incref(yf)
		g.running = true
		err := th.closeIter(yf)
		g.running = false
		objects.Decref(ts, yf)
		if err < 0 {
			objects.Decref(ts, exc)
			r = th.resumeThrow(g)
		} else {
			ts.SetErrSteal(exc)
			r = th.resumeThrow(g)
		}
	} else {
		ts.SetErrSteal(exc)
		r = th.resumeThrow(g)
	}
	if r != nil {
		objects.Decref(ts, r)
		ts.Raisef(objects.RuntimeError, "%s ignored GeneratorExit", g.kind())
		return -1
	}
	if ts.ErrMatches(objects.StopIteration) || ts.ErrMatches(objects.GeneratorExit) {
		ts.ClearErr()
		return 0
	}
	if !ts.Occurred() {
		return 0
	}
	return -1
}

// normalizeThrow builds the exception of throw(typ[, val[, tb]]) (new ref).
func normalizeThrow(ts *objects.Thread, typ, val, tb *Object) *Object {
	if tb != nil && tb != objects.None && asTraceback(tb) == nil {
		return ts.Raise(objects.TypeError, "throw() third argument must be a traceback object")
	}
	var exc *Object
	if objects.AsType(typ) != nil && objects.IsExceptionType(typ) {
		if val != nil && objects.AsBaseExc(val) != nil && val.Type().IsSubtype(objects.AsType(typ)) {
			exc = objects.NewRef(val)
		} else if val == nil || val == objects.None {
			exc = objects.CallNoArgs(ts, typ)
		} else if objects.AsTuple(val) != nil {
			exc = objects.Call(ts, typ, objects.TupleItems(val), nil)
		} else {
			exc = objects.CallOneArg(ts, typ, val)
		}
		if exc == nil {
			return nil
		}
	} else if objects.AsBaseExc(typ) != nil {
		if val != nil && val != objects.None {
			return ts.Raise(objects.TypeError, "instance exception may not have a separate value")
		}
		exc = objects.NewRef(typ)
	} else {
		return ts.Raisef(objects.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
	}
	if tb != nil && tb != objects.None {
		objects.ExcSetTraceback(ts, exc, tb)
	}
	return exc
}

func genOf(ts *objects.Thread, o *Object) (*Thread, *Generator) {
	return ts.Owner.(*Thread), (*Generator)(ptr(o))
}

func init() {
	t := GeneratorType
	t.Dealloc = func(ts *objects.Thread, o *Object) {
		g := (*Generator)(ptr(o))
		objects.GCUntrack(ts, o)
		if g.started && !g.finished {
			if objects.CallFinalizerFromDealloc(ts, o) {
				objects.GCTrack(ts, o)
				return
			}
		}
		f := &g.frame
		clearFrame(ts, f)
		objects.Clear(ts, &g.code)
		ts.Heap().Uncharge(8 * len(f.lp))
		f.lp = nil
		objects.Clear(ts, &g.name)
		objects.Clear(ts, &g.qualname)
		objects.Clear(ts, &g.exc.value)
		objects.FreeObject(ts, generatorClass, g)
	}
	t.Finalize = func(ts *objects.Thread, o *Object) {
		th, g := genOf(ts, o)
		if g.started && !g.finished {
			th.genClose(g)
		}
	}
	t.Traverse = func(o *Object, v objects.Visitor) {
		g := (*Generator)(ptr(o))
		f := &g.frame
		for i := 0; i < f.sp && i < len(f.lp); i++ {
			if x := f.lp[i]; x != nil {
				v.Visit(x)
			}
		}
		for _, x := range [...]*Object{f.fn, f.locals, f.flocals, g.exc.value, g.code, f.fobj} {
			if x != nil {
				v.Visit(x)
			}
		}
	}
	t.Clear = func(ts *objects.Thread, o *Object) {
		g := (*Generator)(ptr(o))
		if !g.running {
			g.finished = true
			clearFrame(ts, &g.frame)
		}
		objects.Clear(ts, &g.exc.value)
	}
	t.GetAttr = objects.GenericGetAttr
	t.Iter = func(ts *objects.Thread, o *Object) *Object { return objects.NewRef(o) }
	t.IterNext = func(ts *objects.Thread, o *Object) *Object {
		th, g := genOf(ts, o)
		r, done := th.genSend(g, objects.None, false)
		if done && r != nil {
			if r != objects.None {
				stopIteration(ts, r)
			}
			objects.Decref(ts, r)
			return nil
		}
		return r
	}
	t.Repr = func(ts *objects.Thread, o *Object) *Object {
		g := (*Generator)(ptr(o))
		return objects.NewStr(ts, fmt.Sprintf("<generator object %s at %#x>", objects.StrValue(g.qualname), o.ID()))
	}
	t.Methods = []objects.MethodDef{
		{Name: "send", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckOneArg(ts, "send", args, kwnames) {
				return nil
			}
			th, g := genOf(ts, self)
			r, done := th.genSend(g, args[0], false)
			if done {
				if r == nil {
					if !ts.Occurred() {
						ts.RaiseNone(objects.StopIteration)
					}
					return nil
				}
				stopIteration(ts, r)
				objects.Decref(ts, r)
				return nil
			}
			return r
		}},
		{Name: "throw", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckArgs(ts, "throw", args, kwnames, 1, 3) {
				return nil
			}
			var val, tb *Object
			if len(args) > 1 {
				val = args[1]
			}
			if len(args) > 2 {
				tb = args[2]
			}
			exc := normalizeThrow(ts, args[0], val, tb)
			if exc == nil {
				return nil
			}
			th, g := genOf(ts, self)
			if g.running {
				objects.Decref(ts, exc)
				return ts.Raisef(objects.ValueError, "%s already executing", g.kind())
			}
			if !g.started {
				// A just-started generator is closed by the throw, which
				// is raised at its first line (CPython runs the frame with
				// the exception: one traceback entry, the def line).
				addTraceback(ts, exc, &g.frame, g.frame.pc-1)
				g.finished = true
				clearFrame(ts, &g.frame)
				ts.SetErrSteal(exc)
				return nil
			}
			return th.genThrow(g, exc, false)
		}},
		{Name: "close", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, "close", args, kwnames) {
				return nil
			}
			th, g := genOf(ts, self)
			if th.genClose(g) < 0 {
				return nil
			}
			return objects.None
		}},
	}
	gget := func(fn func(ts *objects.Thread, g *Generator) *Object) func(ts *objects.Thread, o *Object) *Object {
		return func(ts *objects.Thread, o *Object) *Object { return fn(ts, (*Generator)(ptr(o))) }
	}
	t.GetSets = []objects.GetSetDef{
		{Name: "gi_running", Get: gget(func(ts *objects.Thread, g *Generator) *Object { return objects.Bool(g.running) })},
		{Name: "gi_suspended", Get: gget(func(ts *objects.Thread, g *Generator) *Object {
			return objects.Bool(g.started && !g.finished && !g.running)
		})},
		{Name: "gi_code", Get: gget(func(ts *objects.Thread, g *Generator) *Object { return objects.NewRef(g.code) })},
		{Name: "gi_frame", Get: gget(func(ts *objects.Thread, g *Generator) *Object {
			if g.finished {
				return objects.None
			}
			return frameObject(ts, &g.frame)
		})},
		{Name: "gi_yieldfrom", Get: gget(func(ts *objects.Thread, g *Generator) *Object {
			if yf := g.yieldFrom(); yf != nil {
				return objects.NewRef(yf)
			}
			return objects.None
		})},
		{Name: "__name__", Get: gget(func(ts *objects.Thread, g *Generator) *Object { return objects.NewRef(g.name) })},
		{Name: "__qualname__", Get: gget(func(ts *objects.Thread, g *Generator) *Object { return objects.NewRef(g.qualname) })},
	}
	objects.RegisterStaticType(t)
}
