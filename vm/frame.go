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
	co *Code
	fn *Object // owned; nil for module code run directly
	// codeObj, globals and builtins are borrowed from fn when fn is set
	// (fn owns them and the frame owns fn), owned otherwise: a call
	// then costs one incref, not four.
	codeObj  *Object
	globals  *Object
	builtins *Object
	locals   *Object // owned mapping for module and class bodies; nil in functions
	// localsDict is a function frame's locals() dict (owned, made on the
	// first call of locals(), kept for the frame's life as CPython's
	// f_locals).
	localsDict *Object
	lp         []*Object
	pc, sp     int
	back       *Frame
	gen        *Generator
	entry      bool // returning from this frame returns from eval
	ci, base   int  // data-stack position to give back
	kwnames    *Object
	// Set when the frame stopped: yielded (suspended) or not.
	yielded bool
}

// pushFrame makes a frame for co, with the window of the data stack, and
// makes it the running frame. nil with RecursionError set when the depth
// limit is reached. fn, globals, builtins and locals are borrowed.
func (th *Thread) pushFrame(co *Code, fn, globals, builtins, locals *Object) *Frame {
	if th.depth >= th.RecursionLimit {
		th.TS.Raise(objects.RecursionError, "maximum recursion depth exceeded")
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

// clearFrame drops every reference the frame holds (the code object
// too: f.co must not be used afterwards).
func clearFrame(ts *objects.Thread, f *Frame) {
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
	if f.localsDict != nil {
		objects.Clear(ts, &f.localsDict)
	}
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

// FrameObject is a frame as Python code sees it (tb_frame,
// sys._getframe): a snapshot of the code, globals and line of a frame.
type FrameObject struct {
	objects.GCObject
	code    *Object // owned
	globals *Object // owned
	locals  *Object // owned or nil
	back    *Object // owned or nil
	lasti   int
}

var frameObjClass = alloc.NewClass[FrameObject]("frame")

// FrameType is the type of frame objects.
var FrameType = &objects.Type{Name: "frame", Flags: objects.FlagHaveGC}

func newFrameObject(ts *objects.Thread, f *Frame, lasti int) *Object {
	fo := objects.NewObject(ts, frameObjClass, FrameType)
	fo.code = objects.NewRef(f.codeObj)
	fo.globals = objects.NewRef(f.globals)
	if f.locals != nil {
		fo.locals = objects.NewRef(f.locals)
	}
	fo.lasti = lasti
	objects.GCTrack(ts, &fo.Object)
	return &fo.Object
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
	fo := newFrameObject(ts, f, lasti)
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

func (tb *Traceback) code() *Code   { return asCode((*FrameObject)(ptr(tb.frame)).code) }
func (tb *Traceback) lineno() int   { return tb.code().lineAt(tb.lasti) }
func (fo *FrameObject) lineno() int { return asCode(fo.code).lineAt(fo.lasti) }

func init() {
	t := FrameType
	t.Dealloc = func(ts *objects.Thread, o *Object) {
		objects.GCUntrack(ts, o)
		fo := (*FrameObject)(ptr(o))
		objects.Clear(ts, &fo.code)
		objects.Clear(ts, &fo.globals)
		objects.Clear(ts, &fo.locals)
		objects.Clear(ts, &fo.back)
		objects.FreeObject(ts, frameObjClass, fo)
	}
	t.Traverse = func(o *Object, v objects.Visitor) {
		fo := (*FrameObject)(ptr(o))
		for _, x := range [...]*Object{fo.code, fo.globals, fo.locals, fo.back} {
			if x != nil {
				v.Visit(x)
			}
		}
	}
	t.Clear = func(ts *objects.Thread, o *Object) {
		fo := (*FrameObject)(ptr(o))
		objects.Clear(ts, &fo.globals)
		objects.Clear(ts, &fo.locals)
		objects.Clear(ts, &fo.back)
	}
	t.GetAttr = objects.GenericGetAttr
	t.Repr = func(ts *objects.Thread, o *Object) *Object {
		fo := (*FrameObject)(ptr(o))
		co := asCode(fo.code)
		return objects.NewStr(ts, fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", o.ID(), co.C.Filename, fo.lineno(), co.C.Name))
	}
	fget := func(g func(ts *objects.Thread, fo *FrameObject) *Object) func(ts *objects.Thread, o *Object) *Object {
		return func(ts *objects.Thread, o *Object) *Object { return g(ts, (*FrameObject)(ptr(o))) }
	}
	t.GetSets = []objects.GetSetDef{
		{Name: "f_code", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object { return objects.NewRef(fo.code) })},
		{Name: "f_globals", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object { return objects.NewRef(fo.globals) })},
		{Name: "f_locals", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object {
			if fo.locals != nil {
				return objects.NewRef(fo.locals)
			}
			return objects.NewDict(ts)
		})},
		{Name: "f_back", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object {
			if fo.back != nil {
				return objects.NewRef(fo.back)
			}
			return objects.None
		})},
		{Name: "f_lineno", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object { return objects.NewInt(ts, int64(fo.lineno())) })},
		{Name: "f_lasti", Get: fget(func(ts *objects.Thread, fo *FrameObject) *Object { return objects.NewInt(ts, int64(fo.lasti*2)) })},
	}

	tt := TracebackType
	tt.Dealloc = func(ts *objects.Thread, o *Object) {
		objects.GCUntrack(ts, o)
		tb := (*Traceback)(ptr(o))
		objects.Clear(ts, &tb.frame)
		objects.Clear(ts, &tb.next)
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
		})},
		{Name: "tb_lineno", Get: tget(func(ts *objects.Thread, tb *Traceback) *Object { return objects.NewInt(ts, int64(tb.lineno())) })},
		{Name: "tb_lasti", Get: tget(func(ts *objects.Thread, tb *Traceback) *Object { return objects.NewInt(ts, int64(tb.lasti*2)) })},
	}
	objects.RegisterStaticType(t, tt)
}
