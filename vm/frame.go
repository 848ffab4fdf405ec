package vm

import (
	"fmt"

	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// Frame is the execution state of one code object. Frames are Go structs
// reused from a per-thread pool; their locals, cells and value stack are a
// window of the thread's data stack (a generator's frame lives in the
// generator, with a window of its own).
type Frame struct {
	co   *Code
	fobj *Object // owned frame object, made on demand (frameObject)
	fn   *Object // owned; nil for module code run directly
	// codeObj, globals and builtins are borrowed from fn when fn is set
	// (fn owns them and the frame owns fn), owned otherwise: a call
	// then costs one incref, not four.
	codeObj  *Object
	globals  *Object
	builtins *Object
	locals   *Object // owned mapping for module and class bodies; nil in functions
	// flocals is the dict that f_locals and locals() return in a function
	// frame (owned, made on first use, refreshed on each use), as 3.11's
	// frame->f_locals: it keeps what it holds alive until the frame ends.
	flocals  *Object
	lp       []*Object
	pc, sp   int
	back     *Frame
	gen      *Generator
	entry    bool // returning from this frame returns from eval
	ci, base int  // data-stack position to give back
	kwnames  *Object
	// Set when the frame stopped: yielded (suspended) or not.
	yielded bool
	// dropEx is the number of operands that stay on this frame's stack
	// while a callee it started runs in the same loop: 3 (4 with a
	// keyword dict) for a Python function called by CALL_FUNCTION_EX, 1
	// (the class) for the __init__ of a class called by CALL, when
	// initObj is the new instance (owned). finishCall drops them.
	dropEx  int8
	initObj *Object
}

// pushFrame makes a frame for co, with the window of the data stack, and
// makes it the running frame. nil with RecursionError set when the depth
// limit is reached. fn, globals, builtins and locals are borrowed.
func (th *Thread) pushFrame(co *Code, fn, globals, builtins, locals *Object) *Frame {
	if th.depth >= th.RecursionLimit {
		th.depthExceeded()
		return nil
	}
	th.depth++
	var f *Frame
	if n := len(th.framePool); n > 0 {
		f = th.framePool[n-1]
		th.framePool = th.framePool[:n-1]
	} else {
		f = new(Frame)
	}
	f.lp, f.ci, f.base = th.allocWindow(co.size)
	// Popped stack slots are not nil'ed, so a reused window may hold
	// stale handles: the locals must start empty.
	for i := range f.lp[:co.nlp] {
		f.lp[i] = nil
	}
	f.co = co
	f.codeObj = &co.Object
	f.globals = globals
	f.builtins = builtins
	if fn != nil {
		objects.Incref(fn)
		f.fn = fn
	} else {
		f.fn = nil // a pooled frame may hold a stale one (popCallFrame)
		objects.Incref(f.codeObj)
		objects.Incref(globals)
		objects.Incref(builtins)
	}
	f.locals = objects.XNewRef(locals)
	f.pc = 0
	f.sp = co.nlp
	f.back = th.frame
	f.entry = false
	th.frame = f
	return f
}

// pushCallFrame is pushFrame for the common call of a Python function
// (callable, borrowed) whose code binds its arguments by copying
// (len(args) == co.fastArgc): the arguments' references move from the
// caller's stack into the new frame's first locals (the caller must not
// drop them). nil with RecursionError set when the depth limit is
// reached (the arguments are then still the caller's).
func (th *Thread) pushCallFrame(co *Code, fn *Function, callable *Object, args []*Object) *Frame {
	if th.depth >= th.RecursionLimit {
		th.depthExceeded()
		return nil
	}
	th.depth++
	var f *Frame
	if n := len(th.framePool); n > 0 {
		f = th.framePool[n-1]
		th.framePool = th.framePool[:n-1]
	} else {
		f = new(Frame)
	}
	// The window, inline (allocWindow's fast path).
	size := co.size
	if ci := th.chunkIdx; ci < len(th.chunks) && th.top+size <= len(th.chunks[ci]) {
		top := th.top
		f.lp, f.ci, f.base = th.chunks[ci][top:top+size:top+size], ci, top
		th.top = top + size
	} else {
		f.lp, f.ci, f.base = th.allocWindowSlow(size, th.chunkIdx, th.top)
	}
	nlp := co.nlp
	locals := f.lp[:nlp]
	in := locals[:len(args)]
	for i, a := range args {
		in[i] = a
	}
	// Popped stack slots are not nil'ed, so a reused window may hold
	// stale handles: the other locals must start empty.
	// Written as an index loop, not `for i := range rest`: Go turns that
	// form into a memclrHasPointers call, dearer than the few stores a
	// function's remaining locals take.
	for i := len(args); i < len(locals); i++ {
		locals[i] = nil
	}
	f.co = co
	f.codeObj = &co.Object
	f.globals = fn.globals
	f.builtins = fn.builtins
	objects.Incref(callable)
	f.fn = callable
	// RESUME only checks the eval breaker: skip it when nothing is
	// asked (one dispatch less per call).
	f.pc = 0
	if th.Breaker.Load() == 0 {
		f.pc = co.entryPC
	}
	f.sp = nlp
	f.back = th.frame
	f.entry = false
	th.frame = f
	return f
}

// popCallFrame is popFrame for a frame of a Python function that made
// no frame object and no locals dict (the common case): the same steps,
// in the same order, without the checks of clearFrame.
func (th *Thread) popCallFrame(f *Frame) {
	if f.fobj != nil || f.locals != nil || f.flocals != nil || f.fn == nil {
		th.popFrame(f)
		return
	}
	th.frame = f.back
	ts := th.TS
	lp := f.lp
	sp := f.sp
	if sp > len(lp) {
		sp = len(lp)
	}
	f.sp = f.co.nlp
	for i := 0; i < sp; i++ {
		if x := lp[i]; x != nil {
			lp[i] = nil
			objects.Decref(ts, x)
		}
	}
	// co, codeObj, globals, builtins, fn, back and lp are left as they
	// are: nothing reads a pooled frame, and pushFrame and pushCallFrame
	// set every one of them (popFrame's path clears them, for frames
	// that other objects may still see).
	objects.Decref(ts, f.fn)
	th.chunkIdx, th.top = f.ci, f.base
	th.depth--
	th.framePool = append(th.framePool, f)
}

// clearFrame drops every reference the frame holds (the code object
// too: f.co must not be used afterwards).
func clearFrame(ts *objects.Thread, f *Frame) {
	if f.fobj != nil && releaseFrameObject(ts, f) {
		return // the frame object owns the locals now
	}
	if f.fn == nil && f.codeObj == nil {
		return // already cleared
	}
	lp := f.lp
	sp := f.sp
	f.sp = f.co.nlp
	for i := 0; i < sp; i++ {
		if x := lp[i]; x != nil {
			lp[i] = nil
			objects.Decref(ts, x)
		}
	}
	objects.Clear(ts, &f.locals)
	objects.Clear(ts, &f.flocals)
	if f.fn != nil {
		f.globals, f.builtins, f.codeObj = nil, nil, nil
		objects.Clear(ts, &f.fn)
		return
	}
	objects.Clear(ts, &f.globals)
	objects.Clear(ts, &f.builtins)
	objects.Clear(ts, &f.codeObj)
}

// popFrame ends a frame pushed by pushFrame: clears it, gives back its
// window and its struct, and makes its caller the running frame.
func (th *Thread) popFrame(f *Frame) {
	th.frame = f.back
	clearFrame(th.TS, f)
	f.co = nil
	f.back = nil
	f.lp = nil
	th.freeWindow(f.ci, f.base)
	th.depth--
	th.framePool = append(th.framePool, f)
}

// FrameObject is a frame as Python code sees it (tb_frame, gi_frame):
// CPython 3.11's PyFrameObject. While its frame runs, the frame holds a
// reference to it (Frame.fobj) and it reads the frame's state through f.
// When the frame ends while someone else still refers to the frame object
// (a traceback, a saved gi_frame), the frame object takes ownership of the
// frame's locals, function, globals and code (takeOwnership, CPython's
// take_ownership in frameobject.c): that is why a traceback keeps the
// locals of the frames it passes through alive until it dies. Otherwise
// the frame object dies with the frame and the locals are released at
// once.
type FrameObject struct {
	objects.GCObject
	f    *Frame  // the running frame, or &own once the frame ended
	own  Frame   // the ended frame's state (lp is a heap-charged slice)
	back *Object // owned f_back, set when the frame ended while f_back existed
}

var frameObjClass = alloc.NewClass[FrameObject]("frame")

// FrameType is the type of frame objects.
var FrameType = &objects.Type{Name: "frame", Flags: objects.FlagHaveGC}

// frameObject returns f's frame object (a new reference), making it on
// first use (_PyFrame_GetFrameObject).
func frameObject(ts *objects.Thread, f *Frame) *Object {
	if f.fobj == nil {
		fo := objects.NewObject(ts, frameObjClass, FrameType)
		fo.f = f
		f.fobj = &fo.Object // the frame's reference
	}
	return objects.NewRef(f.fobj)
}

// GetFrame is sys._getframe(depth): the frame object of the running
// frame's depth-th caller (a new reference), or nil with ValueError.
func (th *Thread) GetFrame(depth int) *Object {
	f := th.frame
	for ; f != nil && depth > 0; depth-- {
		f = f.back
	}
	if f == nil {
		return th.TS.Raise(objects.ValueError, "call stack is not deep enough")
	}
	return frameObject(th.TS, f)
}

// asFrameObject returns the FrameObject of o, or nil.
func asFrameObject(o *Object) *FrameObject {
	if o != nil && o.Type() == FrameType {
		return (*FrameObject)(ptr(o))
	}
	return nil
}

// releaseFrameObject is the first step of clearing frame f: it drops the
// frame's reference to its frame object. It reports whether the frame
// object took ownership of the frame's state (somebody else still refers
// to it), in which case the frame holds nothing any more.
func releaseFrameObject(ts *objects.Thread, f *Frame) bool {
	o := f.fobj
	f.fobj = nil
	fo := (*FrameObject)(ptr(o))
	if o.Refcnt() > 1 && f.codeObj != nil {
		takeOwnership(ts, fo, f)
		objects.Decref(ts, o)
		return true
	}
	fo.f = nil
	objects.Decref(ts, o)
	return false
}

// takeOwnership moves the state of the ending frame f into fo (CPython's
// take_ownership): the locals, cells and value stack are copied into a
// slice of the frame object's own, f is left empty, and f_back becomes
// the frame object of f's caller (made if needed), which keeps the
// caller's locals alive the same way when it ends in turn.
func takeOwnership(ts *objects.Thread, fo *FrameObject, f *Frame) {
	own := &fo.own
	n := f.sp
	own.lp = make([]*Object, n)
	ts.Heap().Charge(8 * n)
	copy(own.lp, f.lp[:n])
	for i := range f.lp[:n] {
		f.lp[i] = nil
	}
	own.sp = n
	f.sp = 0
	own.pc = f.pc
	own.co = f.co
	own.fn, f.fn = f.fn, nil
	own.codeObj, f.codeObj = f.codeObj, nil
	own.globals, f.globals = f.globals, nil
	own.builtins, f.builtins = f.builtins, nil
	own.locals, f.locals = f.locals, nil
	own.flocals, f.flocals = f.flocals, nil
	own.yielded = f.yielded
	fo.f = own
	if f.back != nil {
		fo.back = frameObject(ts, f.back)
	}
	objects.GCTrack(ts, &fo.Object)
}

// clearOwnedLocals drops the locals and stack of an ended frame kept by
// its frame object (frame.clear(), the collector's Clear); the code and
// globals stay, so the frame object can still be shown.
func clearOwnedLocals(ts *objects.Thread, fo *FrameObject) {
	own := &fo.own
	for i, x := range own.lp {
		if x != nil {
			own.lp[i] = nil
			objects.Decref(ts, x)
		}
	}
	objects.Clear(ts, &own.locals)
}

func (fo *FrameObject) code() *Code { return fo.f.co }

// lasti is the instruction the frame is at: the last one run.
func (fo *FrameObject) lasti() int { return fo.f.pc - 1 }

func (fo *FrameObject) lineno() int { return fo.code().lineAt(fo.lasti()) }

// localsOf is f_locals / locals() of frame f (a new reference): the
// mapping of module and class bodies, else the frame's dict of its fast
// locals and cells, brought up to date (3.11's
// _PyFrame_FastToLocalsWithError: bound names set, unbound ones removed).
func localsOf(ts *objects.Thread, f *Frame) *Object {
	if f.locals != nil {
		return objects.NewRef(f.locals)
	}
	if f.flocals == nil {
		if f.flocals = objects.NewDict(ts); f.flocals == nil {
			return nil
		}
	}
	d := f.flocals
	co := f.co
	sync := func(name, v *Object) bool {
		if v != nil {
			return objects.DictSetItem(ts, d, name, v) >= 0
		}
		if objects.DictDelItem(ts, d, name) < 0 {
			if !ts.ErrMatches(objects.KeyError) {
				return false
			}
			ts.ClearErr()
		}
		return true
	}
	for i, n := range co.varnames {
		var v *Object
		if i < len(f.lp) {
			v = f.lp[i]
		}
		if !sync(n, v) {
			return nil
		}
	}
	for i, n := range co.cellfree {
		var v *Object
		if k := co.nlocals + i; k < len(f.lp) {
			if c := f.lp[k]; c != nil && c.Type() == CellType {
				v = asCell(c).ref
			}
		}
		if !sync(n, v) {
			return nil
		}
	}
	return objects.NewRef(d)
}

// Traceback is a traceback entry (tb_frame, tb_lineno, tb_next).
type Traceback struct {
	objects.GCObject
	frame *Object // owned FrameObject
	next  *Object // owned or nil
	lasti int
}

var tracebackClass = alloc.NewClass[Traceback]("traceback")

// TracebackType is the type of traceback objects.
var TracebackType = &objects.Type{Name: "traceback", Flags: objects.FlagHaveGC}

// addTraceback prepends an entry for frame f at instruction lasti to exc's
// traceback (PyTraceBack_Here).
func addTraceback(ts *objects.Thread, exc *Object, f *Frame, lasti int) {
	if objects.AsBaseExc(exc) == nil {
		return
	}
	fo := frameObject(ts, f)
	tb := objects.NewObject(ts, tracebackClass, TracebackType)
	tb.frame = fo
	tb.next = objects.XNewRef(objects.ExcTraceback(exc))
	tb.lasti = lasti
	objects.GCTrack(ts, &tb.Object)
	objects.ExcSetTraceback(ts, exc, &tb.Object)
	objects.Decref(ts, &tb.Object)
}

func asTraceback(o *Object) *Traceback {
	if o != nil && o.Type() == TracebackType {
		return (*Traceback)(ptr(o))
	}
	return nil
}

func (tb *Traceback) code() *Code { return (*FrameObject)(ptr(tb.frame)).code() }
func (tb *Traceback) lineno() int { return tb.code().lineAt(tb.lasti) }

func init() {
	t := FrameType
	t.Dealloc = func(ts *objects.Thread, o *Object) {
		objects.GCUntrack(ts, o)
		fo := (*FrameObject)(ptr(o))
		var code *Object
		if fo.f == &fo.own {
			// frame_dealloc's order: the function, the f_locals dict,
			// the locals, f_back, and the code object last.
			own := &fo.own
			if own.fn != nil {
				objects.Clear(ts, &own.fn)
			} else {
				code = own.codeObj
				objects.Clear(ts, &own.globals)
				objects.Clear(ts, &own.builtins)
			}
			objects.Clear(ts, &own.flocals)
			objects.Clear(ts, &own.locals)
			for i, x := range own.lp {
				if x != nil {
					own.lp[i] = nil
					objects.Decref(ts, x)
				}
			}
			ts.Heap().Uncharge(8 * len(own.lp))
			*own = Frame{}
		}
		fo.f = nil
		objects.Clear(ts, &fo.back)
		objects.FreeObject(ts, frameObjClass, fo)
		objects.XDecref(ts, code)
	}
	t.Traverse = func(o *Object, v objects.Visitor) {
		fo := (*FrameObject)(ptr(o))
		if fo.back != nil {
			v.Visit(fo.back)
		}
		if fo.f != &fo.own {
			return // a running frame's references are the frame's
		}
		own := &fo.own
		for _, x := range own.lp {
			if x != nil {
				v.Visit(x)
			}
		}
		for _, x := range [...]*Object{own.fn, own.locals, own.flocals} {
			if x != nil {
				v.Visit(x)
			}
		}
		if own.fn == nil {
			for _, x := range [...]*Object{own.codeObj, own.globals, own.builtins} {
				if x != nil {
					v.Visit(x)
				}
			}
		}
	}
	t.Clear = func(ts *objects.Thread, o *Object) {
		fo := (*FrameObject)(ptr(o))
		objects.Clear(ts, &fo.back)
		if fo.f == &fo.own {
			clearOwnedLocals(ts, fo)
		}
	}
	t.GetAttr = objects.GenericGetAttr
	t.Repr = func(ts *objects.Thread, o *Object) *Object {
		fo := (*FrameObject)(ptr(o))
		co := fo.code()
		return objects.NewStr(ts, fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", o.ID(), co.C.Filename, fo.lineno(), co.C.Name))
	}
	fget := func(g func(ts *objects.Thread, fo *FrameObject) *Object) func(ts *objects.Thread, o *Object) *Object {
		return func(ts *objects.Thread, o *Object) *Object { return g(ts, (*FrameObject)(ptr(o))) }
	}
	t.GetSets = []objects.GetSetDef{
		{Name: "f_code", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object { return objects.NewRef(fo.f.codeObj) })},
		{Name: "f_globals", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object { return objects.NewRef(fo.f.globals) })},
		{Name: "f_builtins", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object { return objects.NewRef(fo.f.builtins) })},
		{Name: "f_locals", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object { return localsOf(ts, fo.f) })},
		{Name: "f_back", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object {
			if fo.f != &fo.own {
				if b := fo.f.back; b != nil {
					return frameObject(ts, b)
				}
				return objects.None
			}
			if fo.back != nil {
				return objects.NewRef(fo.back)
			}
			return objects.None
		})},
		{Name: "f_lineno", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object { return objects.NewInt(ts, int64(fo.lineno())) })},
		{Name: "f_lasti", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object { return objects.NewInt(ts, int64(fo.lasti()*2)) })},
		{Name: "f_trace", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object { return objects.None })},
	}
	t.Methods = []objects.MethodDef{
		{Name: "clear", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, "clear", args, kwnames) {
				return nil
			}
			fo := (*FrameObject)(ptr(self))
			if fo.f != &fo.own {
				if g := fo.f.gen; g != nil && !g.running {
					th := ts.Owner.(*Thread)
					if th.genClose(g) < 0 {
						return nil
					}
					return objects.None
				}
				return ts.Raise(objects.RuntimeError, "cannot clear an executing frame")
			}
			clearOwnedLocals(ts, fo)
			return objects.None
		}},
	}
	tt := TracebackType
	tt.Dealloc = func(ts *objects.Thread, o *Object) {
		objects.GCUntrack(ts, o)
		tb := (*Traceback)(ptr(o))
		// tb_dealloc's order: the rest of the chain first, so the
		// innermost frame's locals go first.
		objects.Clear(ts, &tb.next)
		objects.Clear(ts, &tb.frame)
		objects.FreeObject(ts, tracebackClass, tb)
	}
	tt.Traverse = func(o *Object, v objects.Visitor) {
		tb := (*Traceback)(ptr(o))
		if tb.frame != nil {
			v.Visit(tb.frame)
		}
		if tb.next != nil {
			v.Visit(tb.next)
		}
	}
	tt.Clear = func(ts *objects.Thread, o *Object) {
		tb := (*Traceback)(ptr(o))
		objects.Clear(ts, &tb.next)
	}
	tt.GetAttr = objects.GenericGetAttr
	tget := func(g func(ts *objects.Thread, tb *Traceback) *Object) func(ts *objects.Thread, o *Object) *Object {
		return func(ts *objects.Thread, o *Object) *Object { return g(ts, (*Traceback)(ptr(o))) }
	}
	tt.GetSets = []objects.GetSetDef{
		{Name: "tb_frame", Get: tget(func(ts *objects.Thread, tb *Traceback) *Object { return objects.NewRef(tb.frame) })},
		{Name: "tb_next", Get: tget(func(ts *objects.Thread, tb *Traceback) *Object {
			if tb.next != nil {
				return objects.NewRef(tb.next)
			}
			return objects.None
		}), Set: setTbNext},
		{Name: "tb_lineno", Get: tget(func(ts *objects.Thread, tb *Traceback) *Object { return objects.NewInt(ts, int64(tb.lineno())) })},
		{Name: "tb_lasti", Get: tget(func(ts *objects.Thread, tb *Traceback) *Object { return objects.NewInt(ts, int64(tb.lasti*2)) })},
	}
	objects.RegisterStaticType(t, tt)
}

// setTbNext is tb_next's setter (writable since Python 3.7; unittest
// cuts its own frames off the end of a failure's traceback with it), with
// CPython's checks.
func setTbNext(ts *objects.Thread, o, v *Object) int {
	if v == nil {
		ts.Raise(objects.TypeError, "can't delete tb_next attribute")
		return -1
	}
	tb := (*Traceback)(ptr(o))
	if v == objects.None {
		objects.Clear(ts, &tb.next)
		return 0
	}
	if v.Type() != TracebackType {
		ts.Raisef(objects.TypeError, "expected traceback object or None, got '%s'", objects.TypeName(v))
		return -1
	}
	for c := v; c != nil; c = (*Traceback)(ptr(c)).next {
		if c == o {
			ts.Raise(objects.ValueError, "traceback loop detected")
			return -1
		}
	}
	old := tb.next
	tb.next = objects.NewRef(v)
	objects.XDecref(ts, old)
	return 0
}

// depthExceeded raises the error of a frame that may not be pushed: the
// RecursionError, or, while finalization forbids Python code (phase 2 of
// the virtual GC sets the limit below any depth), an internal error that
// is also counted for the tests.
func (th *Thread) depthExceeded() {
	if sp := th.TS.Space; sp.NoPython {
		sp.NoPythonViolations++
		th.TS.Raise(objects.SystemError, "minipy internal error: Python code run during finalization (phase 2)")
		return
	}
	th.TS.Raise(objects.RecursionError, "maximum recursion depth exceeded")
}
