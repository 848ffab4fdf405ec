package vm

import (
	"fmt"

	"minipy/lang/compiler"
	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// Coroutines and async generators (genobject.c 3.11). Both are Generator
// objects of another type: the frame machinery of gen.go drives them.
// An async generator's `yield v` runs ASYNC_GEN_WRAP first, so that the
// awaitables of __anext__/asend/athrow tell the values it yields (wrapped:
// they end the await with StopIteration(v)) from those that its awaits
// pass through to the event loop (returned as they are).
//
// Left out: the "coroutine ... was never awaited" RuntimeWarning, the
// sys.set_asyncgen_hooks hooks, cr_origin tracking and types.coroutine.

// CoroutineType is the type of the objects async def functions return.
var CoroutineType = &objects.Type{Name: "coroutine", Flags: objects.FlagHaveGC}

// AsyncGeneratorType is the type of async generator objects.
var AsyncGeneratorType = &objects.Type{Name: "async_generator", Flags: objects.FlagHaveGC}

// genType is the type of the generator a call of co makes.
func genType(co *Code) *objects.Type {
	switch {
	case co.C.Flags&compiler.CO_COROUTINE != 0:
		return CoroutineType
	case co.C.Flags&compiler.CO_ASYNC_GENERATOR != 0:
		return AsyncGeneratorType
	}
	return GeneratorType
}

// kind names g in error messages.
func (g *Generator) kind() string {
	switch g.Type() {
	case CoroutineType:
		return "coroutine"
	case AsyncGeneratorType:
		return "async generator"
	}
	return "generator"
}

// asyncAux is the layout of the small helper objects: coroutine_wrapper
// (a: the coroutine), async_generator_asend (a: the generator, b: the
// value to send), async_generator_athrow (a: the generator, b: the
// arguments tuple or nil for aclose) and async_generator_wrapped_value
// (a: the value).
type asyncAux struct {
	objects.GCObject
	a, b  *Object
	state int
}

const (
	awaitInit = iota
	awaitIter
	awaitClosed
)

var asyncAuxClass = alloc.NewClass[asyncAux]("async_aux")

var (
	coroWrapperType  = &objects.Type{Name: "coroutine_wrapper", Flags: objects.FlagHaveGC}
	asendType        = &objects.Type{Name: "async_generator_asend", Flags: objects.FlagHaveGC}
	athrowType       = &objects.Type{Name: "async_generator_athrow", Flags: objects.FlagHaveGC}
	wrappedValueType = &objects.Type{Name: "async_generator_wrapped_value", Flags: objects.FlagHaveGC}
)

func newAux(ts *objects.Thread, t *objects.Type, a, b *Object) *Object {
	x := objects.NewObject(ts, asyncAuxClass, t)
	if a != nil {
		x.a = objects.NewRef(a)
	}
	if b != nil {
		x.b = objects.NewRef(b)
	}
	o := &x.Object
	objects.GCTrack(ts, o)
	return o
}

func auxOf(o *Object) *asyncAux { return (*asyncAux)(ptr(o)) }

// asyncGenWrap is ASYNC_GEN_WRAP (v borrowed).
func asyncGenWrap(ts *objects.Thread, v *Object) *Object {
	return newAux(ts, wrappedValueType, v, nil)
}

// isCoroutine reports whether o is a coroutine object.
func isCoroutine(o *Object) bool { return o.Type() == CoroutineType }

// yieldFromCoroutine checks GET_YIELD_FROM_ITER's operand v: only a
// coroutine's code may delegate to a coroutine.
func yieldFromCoroutine(ts *objects.Thread, co *Code, v *Object) bool {
	if isCoroutine(v) && co.C.Flags&(compiler.CO_COROUTINE|compiler.CO_ITERABLE_COROUTINE) == 0 {
		ts.Raise(objects.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
		return false
	}
	return true
}

// getAwaitableIter is _PyCoro_GetAwaitableIter: o itself when it is a
// coroutine, else the iterator its __await__ returns.
func getAwaitableIter(ts *objects.Thread, o *Object) *Object {
	if isCoroutine(o) {
		return objects.NewRef(o)
	}
	if objects.LookupTypeString(o.Type(), "__await__") != nil {
		res := objects.CallMethod(ts, o, "__await__")
		if res == nil {
			return nil
		}
		if isCoroutine(res) {
			objects.Decref(ts, res)
			return ts.Raise(objects.TypeError, "__await__() returned a coroutine")
		}
		if res.Type().IterNext == nil {
			ts.Raisef(objects.TypeError, "__await__() returned non-iterator of type '%s'", res.Type().Name)
			objects.Decref(ts, res)
			return nil
		}
		return res
	}
	return ts.Raisef(objects.TypeError, "object %s can't be used in 'await' expression", o.Type().Name)
}

// getAwaitable is GET_AWAITABLE (o borrowed); where tells an await (0)
// from the awaits of __aenter__ (1) and __aexit__ (2).
func getAwaitable(ts *objects.Thread, o *Object, where uint32) *Object {
	it := getAwaitableIter(ts, o)
	if it == nil {
		if where != 0 && objects.LookupTypeString(o.Type(), "__await__") == nil {
			ts.ClearErr()
			which := "__aenter__"
			if where == 2 {
				which = "__aexit__"
			}
			ts.Raisef(objects.TypeError, "'async with' received an object from %s that does not implement __await__: %s", which, o.Type().Name)
		}
		return nil
	}
	if isCoroutine(it) && (*Generator)(ptr(it)).yieldFrom() != nil {
		objects.Decref(ts, it)
		return ts.Raise(objects.RuntimeError, "coroutine is being awaited already")
	}
	return it
}

// getAIter is GET_AITER (o borrowed).
func getAIter(ts *objects.Thread, o *Object) *Object {
	if objects.LookupTypeString(o.Type(), "__aiter__") == nil {
		return ts.Raisef(objects.TypeError, "'async for' requires an object with __aiter__ method, got %s", o.Type().Name)
	}
	it := objects.CallMethod(ts, o, "__aiter__")
	if it == nil {
		return nil
	}
	if objects.LookupTypeString(it.Type(), "__anext__") == nil {
		objects.Decref(ts, it)
		return ts.Raisef(objects.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", it.Type().Name)
	}
	return it
}

// getANext is GET_ANEXT (aiter borrowed): the awaitable of its __anext__.
func getANext(ts *objects.Thread, aiter *Object) *Object {
	if aiter.Type() == AsyncGeneratorType {
		return newAux(ts, asendType, aiter, nil)
	}
	if objects.LookupTypeString(aiter.Type(), "__anext__") == nil {
		return ts.Raisef(objects.TypeError, "'async for' requires an iterator with __anext__ method, got %s", aiter.Type().Name)
	}
	next := objects.CallMethod(ts, aiter, "__anext__")
	if next == nil {
		return nil
	}
	aw := getAwaitableIter(ts, next)
	if aw == nil {
		cause := ts.FetchErr()
		ts.Raisef(objects.TypeError, "'async for' received an invalid object from __anext__: %s", next.Type().Name)
		e := ts.FetchErr()
		objects.ExcSetCause(ts, e, cause)
		objects.ExcSetContext(ts, e, cause)
		objects.Decref(ts, cause)
		ts.SetErrSteal(e)
	}
	objects.Decref(ts, next)
	return aw
}

// asyncGenUnwrap is async_gen_unwrap_value: r is what the generator
// returned (nil at its end or on error).
func asyncGenUnwrap(ts *objects.Thread, g *Generator, r *Object) *Object {
	if r == nil {
		if !ts.Occurred() {
			ts.RaiseNone(objects.StopAsyncIteration)
		}
		if ts.ErrMatches(objects.StopAsyncIteration) || ts.ErrMatches(objects.GeneratorExit) {
			g.agClosed = true
		}
		g.agRunningAsync = false
		return nil
	}
	if r.Type() == wrappedValueType {
		stopIteration(ts, auxOf(r).a)
		objects.Decref(ts, r)
		g.agRunningAsync = false
		return nil
	}
	return r
}

// agenSend is gen_send on an async generator: its end is
// StopAsyncIteration.
func (th *Thread) agenSend(g *Generator, v *Object) *Object {
	r, done := th.genSend(g, v, false)
	if done {
		if r != nil {
			objects.Decref(th.TS, r)
			th.TS.RaiseNone(objects.StopAsyncIteration)
		}
		return nil
	}
	return r
}

// agenThrow is _gen_throw on an async generator (exc stolen), its end
// StopAsyncIteration.
func (th *Thread) agenThrow(g *Generator, exc *Object) *Object {
	ts := th.TS
	if !g.started || g.finished {
		g.finished = true
		clearFrame(ts, &g.frame)
		ts.SetErrSteal(exc)
		return nil
	}
	r := th.genThrow(g, exc, false)
	if r == nil && ts.ErrMatches(objects.StopIteration) {
		// The frame returned.
		ts.ClearErr()
		ts.RaiseNone(objects.StopAsyncIteration)
	}
	return r
}

func asendSend(ts *objects.Thread, o, v *Object) *Object {
	x := auxOf(o)
	if x.state == awaitClosed {
		return ts.Raise(objects.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	th, g := genOf(ts, x.a)
	if x.state == awaitInit {
		if g.agRunningAsync {
			return ts.Raise(objects.RuntimeError, "anext(): asynchronous generator is already running")
		}
		if v == nil || v == objects.None {
			v = x.b
			if v == nil {
				v = objects.None
			}
		}
		x.state = awaitIter
	}
	if v == nil {
		v = objects.None
	}
	g.agRunningAsync = true
	r := asyncGenUnwrap(ts, g, th.agenSend(g, v))
	if r == nil {
		x.state = awaitClosed
	}
	return r
}

func asendThrow(ts *objects.Thread, o *Object, args []*Object) *Object {
	x := auxOf(o)
	if x.state == awaitClosed {
		return ts.Raise(objects.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	exc := throwArgs(ts, args)
	if exc == nil {
		return nil
	}
	th, g := genOf(ts, x.a)
	r := asyncGenUnwrap(ts, g, th.agenThrow(g, exc))
	if r == nil {
		x.state = awaitClosed
	}
	return r
}

func throwArgs(ts *objects.Thread, args []*Object) *Object {
	var val, tb *Object
	if len(args) > 1 {
		val = args[1]
	}
	if len(args) > 2 {
		tb = args[2]
	}
	return normalizeThrow(ts, args[0], val, tb)
}

// athrowSend is async_gen_athrow_send; x.b nil means aclose().
func athrowSend(ts *objects.Thread, o, v *Object) *Object {
	x := auxOf(o)
	if x.state == awaitClosed {
		return ts.Raise(objects.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	th, g := genOf(ts, x.a)
	if g.finished {
		x.state = awaitClosed
		return ts.RaiseNone(objects.StopIteration)
	}
	var r *Object
	if x.state == awaitInit {
		if g.agRunningAsync {
			x.state = awaitClosed
			if x.b == nil {
				return ts.Raise(objects.RuntimeError, "aclose(): asynchronous generator is already running")
			}
			return ts.Raise(objects.RuntimeError, "athrow(): asynchronous generator is already running")
		}
		if g.agClosed {
			x.state = awaitClosed
			return ts.RaiseNone(objects.StopAsyncIteration)
		}
		if v != objects.None {
			return ts.Raise(objects.RuntimeError, "can't send non-None value to a just-started coroutine")
		}
		x.state = awaitIter
		g.agRunningAsync = true
		if x.b == nil {
			g.agClosed = true
			exc := objects.NewExceptionArgs(ts, objects.GeneratorExit, objects.EmptyTuple)
			if exc == nil {
				return nil
			}
			r = th.agenThrow(g, exc)
			if r != nil && r.Type() == wrappedValueType {
				objects.Decref(ts, r)
				return athrowIgnored(ts, x, g)
			}
		} else {
			exc := throwArgs(ts, objects.TupleItems(x.b))
			if exc == nil {
				return nil
			}
			r = asyncGenUnwrap(ts, g, th.agenThrow(g, exc))
		}
		if r == nil {
			return athrowCheckError(ts, x, g)
		}
		return r
	}
	r = th.agenSend(g, v)
	if x.b != nil {
		return asyncGenUnwrap(ts, g, r)
	}
	if r == nil {
		return athrowCheckError(ts, x, g)
	}
	if r.Type() == wrappedValueType {
		objects.Decref(ts, r)
		return athrowIgnored(ts, x, g)
	}
	return r
}

func athrowIgnored(ts *objects.Thread, x *asyncAux, g *Generator) *Object {
	g.agRunningAsync = false
	x.state = awaitClosed
	return ts.Raise(objects.RuntimeError, "async generator ignored GeneratorExit")
}

func athrowCheckError(ts *objects.Thread, x *asyncAux, g *Generator) *Object {
	g.agRunningAsync = false
	x.state = awaitClosed
	if x.b == nil && (ts.ErrMatches(objects.StopAsyncIteration) || ts.ErrMatches(objects.GeneratorExit)) {
		ts.ClearErr()
		ts.RaiseNone(objects.StopIteration)
	}
	return nil
}

func athrowThrow(ts *objects.Thread, o *Object, args []*Object) *Object {
	x := auxOf(o)
	if x.state == awaitClosed {
		return ts.Raise(objects.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	exc := throwArgs(ts, args)
	if exc == nil {
		return nil
	}
	th, g := genOf(ts, x.a)
	r := th.agenThrow(g, exc)
	if x.b != nil {
		return asyncGenUnwrap(ts, g, r)
	}
	if r != nil && r.Type() == wrappedValueType {
		objects.Decref(ts, r)
		g.agRunningAsync = false
		x.state = awaitClosed
		return ts.Raise(objects.RuntimeError, "async generator ignored GeneratorExit")
	}
	if r == nil && (ts.ErrMatches(objects.StopAsyncIteration) || ts.ErrMatches(objects.GeneratorExit)) {
		ts.ClearErr()
		ts.RaiseNone(objects.StopIteration)
	}
	return r
}

func init() {
	gt := GeneratorType
	var send, throw, closeM objects.MethodDef
	for _, m := range gt.Methods {
		switch m.Name {
		case "send":
			send = m
		case "throw":
			throw = m
		case "close":
			closeM = m
		}
	}
	common := func(t *objects.Type, prefix string) {
		t.Dealloc, t.Finalize, t.Traverse, t.Clear, t.GetAttr = gt.Dealloc, gt.Finalize, gt.Traverse, gt.Clear, gt.GetAttr
		t.Repr = func(ts *objects.Thread, o *Object) *Object {
			g := (*Generator)(ptr(o))
			return objects.NewStr(ts, fmt.Sprintf("<%s object %s at %#x>", t.Name, objects.StrValue(g.qualname), o.ID()))
		}
		for _, d := range gt.GetSets {
			switch d.Name {
			case "gi_suspended":
				if prefix == "ag" {
					continue // 3.11 has no ag_suspended
				}
				d.Name = prefix + d.Name[2:]
			case "gi_running":
				d.Name = prefix + d.Name[2:]
				if prefix == "ag" {
					// ag_running is ag_running_async: an await of the
					// generator's __anext__/asend/athrow is in progress.
					d.Get = func(ts *objects.Thread, o *Object) *Object { return objects.Bool((*Generator)(ptr(o)).agRunningAsync) }
				}
			case "gi_code", "gi_frame":
				d.Name = prefix + d.Name[2:]
			case "gi_yieldfrom":
				d.Name = prefix + "_await"
			}
			t.GetSets = append(t.GetSets, d)
		}
	}

	ct := CoroutineType
	common(ct, "cr")
	ct.Methods = []objects.MethodDef{send, throw, closeM,
		{Name: "__await__", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, "__await__", args, kwnames) {
				return nil
			}
			return newAux(ts, coroWrapperType, self, nil)
		}},
	}
	ct.GetSets = append(ct.GetSets, objects.GetSetDef{Name: "cr_origin", Get: func(ts *objects.Thread, o *Object) *Object { return objects.None }})
	objects.RegisterStaticType(ct)

	at := AsyncGeneratorType
	common(at, "ag")
	at.Methods = []objects.MethodDef{
		{Name: "__aiter__", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, "__aiter__", args, kwnames) {
				return nil
			}
			return objects.NewRef(self)
		}},
		{Name: "__anext__", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, "__anext__", args, kwnames) {
				return nil
			}
			return newAux(ts, asendType, self, nil)
		}},
		{Name: "asend", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckOneArg(ts, "asend", args, kwnames) {
				return nil
			}
			return newAux(ts, asendType, self, args[0])
		}},
		{Name: "athrow", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckArgs(ts, "athrow", args, kwnames, 1, 3) {
				return nil
			}
			t := objects.NewTuple(ts, args...)
			o := newAux(ts, athrowType, self, t)
			objects.Decref(ts, t)
			return o
		}},
		{Name: "aclose", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, "aclose", args, kwnames) {
				return nil
			}
			return newAux(ts, athrowType, self, nil)
		}},
	}
	objects.RegisterStaticType(at)

	// The helper objects.
	for _, t := range []*objects.Type{coroWrapperType, asendType, athrowType, wrappedValueType} {
		t.Dealloc = func(ts *objects.Thread, o *Object) {
			x := auxOf(o)
			objects.GCUntrack(ts, o)
			objects.Clear(ts, &x.a)
			objects.Clear(ts, &x.b)
			objects.FreeObject(ts, asyncAuxClass, x)
		}
		t.Traverse = func(o *Object, v objects.Visitor) {
			x := auxOf(o)
			if x.a != nil {
				v.Visit(x.a)
			}
			if x.b != nil {
				v.Visit(x.b)
			}
		}
		t.Clear = func(ts *objects.Thread, o *Object) {
			x := auxOf(o)
			objects.Clear(ts, &x.a)
			objects.Clear(ts, &x.b)
		}
	}
	self := func(ts *objects.Thread, o *Object) *Object { return objects.NewRef(o) }
	awaitSelf := objects.MethodDef{Name: "__await__", Fn: func(ts *objects.Thread, s *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "__await__", args, kwnames) {
			return nil
		}
		return objects.NewRef(s)
	}}
	closeAux := objects.MethodDef{Name: "close", Fn: func(ts *objects.Thread, s *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "close", args, kwnames) {
			return nil
		}
		auxOf(s).state = awaitClosed
		return objects.None
	}}
	oneArg := func(name string, fn func(ts *objects.Thread, o, v *Object) *Object) objects.MethodDef {
		return objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, s *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckOneArg(ts, name, args, kwnames) {
				return nil
			}
			return fn(ts, s, args[0])
		}}
	}
	throwM := func(fn func(ts *objects.Thread, o *Object, args []*Object) *Object) objects.MethodDef {
		return objects.MethodDef{Name: "throw", Fn: func(ts *objects.Thread, s *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckArgs(ts, "throw", args, kwnames, 1, 3) {
				return nil
			}
			return fn(ts, s, args)
		}}
	}

	// coroutine_wrapper delegates to the coroutine's own methods.
	cw := coroWrapperType
	cw.Iter = self
	cw.IterNext = func(ts *objects.Thread, o *Object) *Object {
		return objects.CallMethod(ts, auxOf(o).a, "send", objects.None)
	}
	delegate := func(name string) objects.MethodDef {
		return objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, s *Object, args []*Object, kwnames *Object) *Object {
			return objects.CallMethodArgs(ts, auxOf(s).a, name, args, kwnames)
		}}
	}
	cw.Methods = []objects.MethodDef{delegate("send"), delegate("throw"), delegate("close")}

	as := asendType
	as.Iter = self
	as.IterNext = func(ts *objects.Thread, o *Object) *Object { return asendSend(ts, o, nil) }
	as.Methods = []objects.MethodDef{awaitSelf, oneArg("send", asendSend), throwM(asendThrow), closeAux}

	ath := athrowType
	ath.Iter = self
	ath.IterNext = func(ts *objects.Thread, o *Object) *Object { return athrowSend(ts, o, objects.None) }
	ath.Methods = []objects.MethodDef{awaitSelf, oneArg("send", athrowSend), throwM(athrowThrow), closeAux}

	objects.RegisterStaticType(cw, as, ath, wrappedValueType)
}

// AIter is the built-in aiter(o).
func AIter(ts *objects.Thread, o *Object) *Object {
	if objects.LookupTypeString(o.Type(), "__aiter__") == nil {
		return ts.Raisef(objects.TypeError, "'%s' object is not an async iterable", o.Type().Name)
	}
	it := objects.CallMethod(ts, o, "__aiter__")
	if it != nil && objects.LookupTypeString(it.Type(), "__anext__") == nil {
		ts.Raisef(objects.TypeError, "aiter() returned not an async iterator of type '%s'", it.Type().Name)
		objects.Decref(ts, it)
		return nil
	}
	return it
}

// ANext is the built-in anext(o[, dflt]); dflt may be nil.
func ANext(ts *objects.Thread, o, dflt *Object) *Object {
	if objects.LookupTypeString(o.Type(), "__anext__") == nil {
		return ts.Raisef(objects.TypeError, "'%s' object is not an async iterator", o.Type().Name)
	}
	aw := objects.CallMethod(ts, o, "__anext__")
	if dflt == nil || aw == nil {
		return aw
	}
	r := newAux(ts, anextAwaitableType, aw, dflt)
	objects.Decref(ts, aw)
	return r
}

// anextAwaitableType is the awaitable of anext(it, default)
// (a: __anext__'s awaitable, b: the default): StopAsyncIteration from
// the awaitable becomes StopIteration(default).
var anextAwaitableType = &objects.Type{Name: "anext_awaitable", Flags: objects.FlagHaveGC}

// anextProxy calls meth of the awaitable's iterator (IterNext when meth
// is empty).
func anextProxy(ts *objects.Thread, o *Object, meth string, args []*Object) *Object {
	x := auxOf(o)
	var it *Object
	if isCoroutine(x.a) {
		it = newAux(ts, coroWrapperType, x.a, nil)
	} else {
		it = getAwaitableIter(ts, x.a)
	}
	if it == nil {
		return nil
	}
	var r *Object
	if meth == "" {
		r = it.Type().IterNext(ts, it)
	} else {
		r = objects.CallMethodArgs(ts, it, meth, args, nil)
	}
	objects.Decref(ts, it)
	if r == nil && ts.ErrMatches(objects.StopAsyncIteration) {
		ts.ClearErr()
		stopIteration(ts, x.b)
	}
	return r
}

func init() {
	t := anextAwaitableType
	a := asendType
	t.Dealloc, t.Traverse, t.Clear = a.Dealloc, a.Traverse, a.Clear
	t.Iter = a.Iter
	t.IterNext = func(ts *objects.Thread, o *Object) *Object { return anextProxy(ts, o, "", nil) }
	proxy := func(name string, min, max int) objects.MethodDef {
		return objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, s *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckArgs(ts, name, args, kwnames, min, max) {
				return nil
			}
			return anextProxy(ts, s, name, args)
		}}
	}
	for _, m := range a.Methods {
		if m.Name == "__await__" {
			t.Methods = append(t.Methods, m)
		}
	}
	t.Methods = append(t.Methods, proxy("send", 1, 1), proxy("throw", 1, 3), proxy("close", 0, 0))
	objects.RegisterStaticType(t)
}
