package interp

import (
	"fmt"
	"strings"

	"minipy/vm"
	"minipy/vm/objects"
)

// Shared object proxies (PEP 797): *Interpreter is the objects.ProxyHost
// of the proxies to its objects. An operation on a proxy living elsewhere
// converts its operands in the caller (natively shareable values are
// copied, static immortals pass by identity, anything else becomes a
// proxy owned by the caller), switches the goroutine into the owner with
// its thread state there, runs the operation (proxy_ops.go), converts the
// result the same way (the proxied object itself comes back as the same
// proxy), switches back, and makes the result or re-raises the exception
// (proxyExc). docs/ARCHITECTURE.md "Shared object proxies".

// maxProxyDepth bounds a goroutine's nested switches (A -> B -> A -> ...),
// whose frames no single thread state counts: deeper gives RecursionError
// instead of exhausting the Go stack.
const maxProxyDepth = 200

// ProxyName names the interpreter in messages.
func (in *Interpreter) ProxyName() string { return fmt.Sprintf("interpreter %d", in.ID) }

// newRef makes a reference to o (an object of in, whose lock the caller
// holds) for a proxy in another interpreter, registered so that closing
// in invalidates it.
// Once in is closing (closeProxies has run), a new reference is born
// dead: code of its finalization (a __del__, an atexit callback) may
// still send its objects away, and those must not outlive its heap.
func (in *Interpreter) newRef(o *objects.Object) *objects.ProxyRef {
	in.px.mu.Lock()
	defer in.px.mu.Unlock()
	if in.px.closing {
		r := objects.NewProxyRef(in, nil)
		r.Dead.Store(true)
		return r
	}
	objects.Incref(o)
	r := objects.NewProxyRef(in, o)
	if in.px.refs == nil {
		in.px.refs = map[*objects.ProxyRef]bool{}
	}
	in.px.refs[r] = true
	return r
}

// ProxyDrop releases r's reference in in: the decref is queued to in and
// applied at its next safe point (any goroutine may drop the last proxy;
// only a thread holding in's lock may touch its objects).
func (in *Interpreter) ProxyDrop(r *objects.ProxyRef) {
	// Queued under the lock that closeProxies takes: either the decref is
	// queued before in starts closing (and closeProxies applies it), or r
	// is no longer live.
	in.px.mu.Lock()
	defer in.px.mu.Unlock()
	if in.px.refs[r] {
		delete(in.px.refs, r)
		in.State.QueueDecref(r.Obj)
	}
}

// exportProxy sends a proxy: a copy in the receiver points at the same
// object (a new holder of its reference; a proxy in its owner makes the
// reference first).
func exportProxy(ts *objects.Thread, p *objects.Proxy) (xdata, bool) {
	if r := p.Ref(); r != nil {
		r.Acquire()
		return xdata{kind: xProxy, ref: r}, true
	}
	o := p.Local()
	if o == nil {
		return xdata{}, false
	}
	return xdata{kind: xProxy, ref: p.Owner().(*Interpreter).newRef(o)}, true
}

// loadProxy makes the receiver's object of a reference: the object itself
// in its owner (a proxy that came home), else a new proxy.
func loadProxy(th *vm.Thread, r *objects.ProxyRef) *objects.Object {
	ts := th.TS
	if in := th.Interp.Host.(*Interpreter); r.Owner == objects.ProxyHost(in) && !r.Dead.Load() {
		o := objects.NewRef(r.Obj)
		if r.ReleaseHolder() {
			// th holds in's lock: the reference is dropped at once.
			in.px.mu.Lock()
			live := in.px.refs[r]
			delete(in.px.refs, r)
			in.px.mu.Unlock()
			if live {
				objects.Decref(ts, r.Obj)
			}
		}
		return o
	}
	return objects.NewForeignProxy(ts, r)
}

// exportArg converts an operand or a result for the other side: shareable
// values copied, static immortals by identity, anything else as a new
// reference owned by th's interpreter.
func exportArg(th *vm.Thread, o *objects.Object) xdata {
	if x, ok := copyForProxy(th.TS, o); ok {
		return x
	}
	if objects.IsStaticObject(o) {
		return xdata{kind: xStatic, obj: o}
	}
	if o.Type() == objects.ComplexType {
		return xdata{kind: xComplex, c: objects.AsComplex(o).Value()}
	}
	if sl := objects.AsSlice(o); sl != nil {
		// Immutable: copied (a subscript's slice), as an exact slice
		// of shareable parts.
		a, b, c := sl.Parts()
		x := xdata{kind: xSlice, items: make([]xdata, 0, 3)}
		for _, p := range []*objects.Object{a, b, c} {
			px, ok := copyForProxy(th.TS, p)
			if !ok {
				for i := range x.items {
					x.items[i].release()
				}
				goto proxied
			}
			x.items = append(x.items, px)
		}
		return x
	}
	if x, ok := exportException(th, o); ok {
		return x
	}
proxied:
	return xdata{kind: xProxy, ref: th.Interp.Host.(*Interpreter).newRef(o)}
}

// excAttrs are the attributes of built-in exceptions that their
// constructor does not set back from args (OSError(2, 'msg', 'f').args is
// (2, 'msg')), copied with the exception when they are shareable.
var excAttrs = []string{"filename", "filename2", "name", "path"}

// maxExcChain bounds the __cause__/__context__ links copied with an
// exception (a chain may be a cycle made by hand).
const maxExcChain = 16

// copyForProxy is exportShareable for the operands and results of
// proxies, exceptions' args included: an int of any size is copied (3.14
// pickles one beyond 64 bits, which a proxy never does, and a proxy of an
// int would die with its sender), also inside a tuple. False (no
// exception set) when o is not copied.
func copyForProxy(ts *objects.Thread, o *objects.Object) (xdata, bool) {
	switch o.Type() {
	case objects.IntType:
		if i := objects.AsInt(o); i != nil {
			if _, small := i.Int64(); !small {
				return xdata{kind: xBigInt, s: i.Big().String()}, true
			}
		}
	case objects.TupleType:
		items := objects.TupleItems(o)
		x := xdata{kind: xTuple, items: make([]xdata, len(items))}
		for i, it := range items {
			var ok bool
			if x.items[i], ok = copyForProxy(ts, it); !ok {
				for j := range x.items[:i] {
					x.items[j].release()
				}
				return xdata{}, false
			}
		}
		return x, true
	}
	return exportShareable(ts, o)
}

// exportException copies an exception of a built-in type whose args are
// shareable (raised in the owner, or thrown into a proxied generator):
// items are its args, its extra attributes (name, value pairs), its
// notes, its __cause__ and its __context__ (copied the same way, or None
// when they are not copyable: the note of the owner's traceback still
// shows them); i is __suppress_context__. No exception is left set.
func exportException(th *vm.Thread, o *objects.Object) (xdata, bool) {
	return exportExc(th, o, 0)
}

func exportExc(th *vm.Thread, o *objects.Object, depth int) (xdata, bool) {
	t := o.Type().TypeObject()
	if objects.AsBaseExc(o) == nil || !objects.IsStaticObject(t) {
		return xdata{}, false
	}
	ts := th.TS
	args, ok := copyForProxy(ts, objects.ExcArgs(o))
	if !ok {
		if t != objects.StopIteration.TypeObject() {
			return xdata{}, false
		}
		// A generator's return value ends `yield from p` (send, throw):
		// carried whatever it is, a proxy when it is not shareable.
		args = xdata{kind: xTuple}
		for _, a := range objects.TupleItems(objects.ExcArgs(o)) {
			args.items = append(args.items, exportArg(th, a))
		}
	}
	x := xdata{kind: xExc, obj: t, items: []xdata{args, {kind: xTuple}, {kind: xTuple}, {kind: xNone}, {kind: xNone}}}
	for _, name := range excAttrs {
		v := objects.GetAttrString(ts, o, name)
		if v == nil {
			ts.ClearErr()
			continue
		}
		if v != objects.None {
			if vx, ok := copyForProxy(ts, v); ok {
				x.items[1].items = append(x.items[1].items, xdata{kind: xStr, s: name}, vx)
			}
		}
		objects.Decref(ts, v)
	}
	if notes := objects.GetAttrString(ts, o, "__notes__"); notes == nil {
		ts.ClearErr()
	} else {
		if objects.AsList(notes) != nil {
			for _, n := range objects.ListItems(notes) {
				if objects.AsStr(n) != nil {
					x.items[2].items = append(x.items[2].items, xdata{kind: xStr, s: objects.StrValue(n)})
				}
			}
		}
		objects.Decref(ts, notes)
	}
	if depth < maxExcChain {
		for i, c := range []*objects.Object{objects.ExcCause(o), objects.ExcContext(o)} {
			if c != nil {
				if cx, ok := exportExc(th, c, depth+1); ok {
					x.items[3+i] = cx
				}
			}
		}
	}
	if objects.ExcSuppressContext(o) {
		x.i = 1
	}
	return x, true
}

// loadException makes the copy an xExc describes.
func (x *xdata) loadException(th *vm.Thread) *objects.Object {
	ts := th.TS
	args := x.items[0].load(th)
	if args == nil {
		for i := 1; i < len(x.items); i++ {
			x.items[i].release()
		}
		return nil
	}
	exc := objects.Call(ts, x.obj, objects.TupleItems(args), nil)
	objects.Decref(ts, args)
	if exc == nil || objects.AsBaseExc(exc) == nil {
		objects.XDecref(ts, exc)
		for i := 1; i < len(x.items); i++ {
			x.items[i].release()
		}
		if exc != nil {
			return ts.Raise(objects.SystemError, "a copied exception type made no exception")
		}
		return nil
	}
	// The rest is best effort: the exception itself is what counts.
	attrs := x.items[1].items
	for i := 0; i+1 < len(attrs); i += 2 {
		if v := attrs[i+1].load(th); v != nil {
			objects.SetAttrString(ts, exc, attrs[i].s, v)
			objects.Decref(ts, v)
		}
		ts.ClearErr()
	}
	for _, n := range x.items[2].items {
		if s := objects.NewStr(ts, n.s); s != nil {
			objects.XDecref(ts, objects.CallMethod(ts, exc, "add_note", s))
			objects.Decref(ts, s)
		}
		ts.ClearErr()
	}
	for i := 3; i <= 4; i++ {
		if x.items[i].kind == xNone {
			continue
		}
		c := x.items[i].load(th)
		if c == nil {
			ts.ClearErr()
			continue
		}
		if i == 3 {
			objects.ExcSetCause(ts, exc, c)
		} else {
			objects.ExcSetContext(ts, exc, c)
		}
		objects.Decref(ts, c)
	}
	// As the owner's exception says (ExcSetCause sets it, `from None`
	// sets it without a cause, a cause may be set by hand without it).
	suppress := objects.False
	if x.i != 0 {
		suppress = objects.True
	}
	objects.SetAttrString(ts, exc, "__suppress_context__", suppress)
	ts.ClearErr()
	return exc
}

// release drops the references x holds (a value that will not be loaded).
func (x *xdata) release() {
	switch x.kind {
	case xProxy:
		x.ref.Release()
	case xTuple, xSlice, xExc:
		for i := range x.items {
			x.items[i].release()
		}
	}
}

// pxResult is what an operation in the owner gives back.
type pxResult struct {
	kind int // pxValue, pxSelf, pxExhausted, pxStopped, pxFailed
	val  xdata
	exc  *proxyExc
}

const (
	pxValue = iota
	pxSelf
	pxExhausted
	pxStopped // exhausted with a value (val): a generator's return
	pxFailed
)

// closedError raises the RuntimeError of a proxy whose owner is closed.
func closedError(ts *objects.Thread, owner *Interpreter) *objects.Object {
	return ts.Raisef(objects.RuntimeError, "the interpreter that owns the proxied object (%s) was closed", owner.ProxyName())
}

// ProxyForward runs op of proxy p in its owner in.
func (in *Interpreter) ProxyForward(ts *objects.Thread, p *objects.Object, op objects.ProxyOp, args []*objects.Object, kwnames *objects.Object) *objects.Object {
	cur, th := hostOf(ts)
	px := objects.AsProxy(p)
	if cur == in {
		o := px.Local()
		if o == nil {
			return closedError(ts, in)
		}
		// Operands that are proxies of this interpreter's objects are
		// those objects, as they would be after a switch.
		copied := false
		for i, a := range args {
			if pa := objects.AsProxy(a); pa != nil && pa.Local() != nil {
				if !copied {
					args, copied = append([]*objects.Object(nil), args...), true
				}
				args[i] = pa.Local()
			}
		}
		return runProxyOp(th, op, o, args, kwnames)
	}
	r := px.Ref()
	if r == nil || r.Dead.Load() {
		return closedError(ts, in)
	}
	ot := osThreadOf(th)
	if ot.depth >= maxProxyDepth {
		return ts.Raise(objects.RecursionError, "maximum recursion depth exceeded in a proxied call")
	}
	var buf [4]xdata
	xs := buf[:0]
	for _, a := range args {
		xs = append(xs, exportArg(th, a))
	}
	switch op {
	case objects.PxGetAttr, objects.PxSetAttr, objects.PxDelAttr, objects.PxCallMethod:
		xs[0].name = xs[0].kind == xStr
	}
	var kw xdata
	if kwnames != nil {
		kw = exportArg(th, kwnames)
	}
	if !cur.rt.enterProxy(in) {
		for i := range xs {
			xs[i].release()
		}
		// in is being closed: its closeProxies will drop the reference;
		// the proxy is dead from now on, and its repr safe at once.
		r.Dead.Store(true)
		if op == objects.PxRepr {
			return objects.Repr(ts, p)
		}
		return closedError(ts, in)
	}
	ot.depth++
	tth, sw := cur.rt.proxyEnter(th, in)
	res := runInOwner(tth, op, r, xs, kwnames != nil, &kw)
	cur.rt.proxyLeave(th, tth, sw)
	ot.depth--
	cur.rt.leaveProxy(in)
	switch res.kind {
	case pxSelf:
		return objects.NewRef(p)
	case pxExhausted:
		return nil
	case pxStopped:
		v := res.val.load(th)
		if v == nil {
			return nil
		}
		e := objects.CallOneArg(ts, objects.StopIteration.TypeObject(), v)
		objects.Decref(ts, v)
		if e != nil {
			ts.SetErrSteal(e)
		}
		return nil
	case pxFailed:
		return res.exc.raise(th)
	}
	return res.val.load(th)
}

// runInOwner makes the operands in the owner, runs op on r's object and
// converts the outcome for the caller.
func runInOwner(th *vm.Thread, op objects.ProxyOp, r *objects.ProxyRef, xs []xdata, hasKw bool, kw *xdata) (res pxResult) {
	ts := th.TS
	var buf [4]*objects.Object
	args := buf[:0]
	defer func() {
		for _, a := range args {
			objects.Decref(ts, a)
		}
	}()
	var kwnames *objects.Object
	for i := range xs {
		a := xs[i].load(th)
		if a == nil {
			for j := i + 1; j < len(xs); j++ {
				xs[j].release()
			}
			if hasKw {
				kw.release()
			}
			return pxResult{kind: pxFailed, exc: captureProxyExc(th)}
		}
		args = append(args, a)
	}
	if hasKw {
		if kwnames = kw.load(th); kwnames == nil {
			return pxResult{kind: pxFailed, exc: captureProxyExc(th)}
		}
		defer objects.Decref(ts, kwnames)
	}
	if r.Dead.Load() {
		closedError(ts, r.Owner.(*Interpreter))
		return pxResult{kind: pxFailed, exc: captureProxyExc(th)}
	}
	o := r.Obj
	v := runProxyOp(th, op, o, args, kwnames)
	if v == nil && op == objects.PxNext && ts.ErrMatches(objects.StopIteration) {
		// A generator's return value: the caller raises StopIteration
		// with it (a proxy when it is not shareable), so `yield from p`
		// gets it.
		e := ts.FetchErr()
		val := objects.StopIterationValue(e)
		if val == objects.None {
			objects.Decref(ts, e)
			return pxResult{kind: pxExhausted}
		}
		x := exportArg(th, val)
		objects.Decref(ts, e)
		return pxResult{kind: pxStopped, val: x}
	}
	switch {
	case v == nil && !ts.Occurred():
		return pxResult{kind: pxExhausted}
	case v == nil:
		return pxResult{kind: pxFailed, exc: captureProxyExc(th)}
	case v == o && !isShareable(ts, o):
		// The proxied object itself (p += x, with p as q, iter of an
		// iterator): the same proxy. A shareable one (int(p) of an int)
		// is copied as any result.
		objects.Decref(ts, v)
		return pxResult{kind: pxSelf}
	}
	x := exportArg(th, v)
	objects.Decref(ts, v)
	return pxResult{kind: pxValue, val: x}
}

// proxyExc is an exception raised in the owner, for the caller: a
// built-in exception type with shareable args is raised again as itself
// (exportException) with the owner's traceback as a note; any other
// becomes ExecutionFailed with its excinfo, as Interpreter.exec reports
// it.
type proxyExc struct {
	exc  xdata // an xExc, or kind xNone
	note string
	info *excInfo
}

// captureProxyExc takes th's pending exception.
func captureProxyExc(th *vm.Thread) *proxyExc {
	ts := th.TS
	exc := ts.FetchErr()
	if exc == nil {
		return &proxyExc{info: captureExc(th)}
	}
	if x, ok := exportException(th, exc); ok {
		note := tracebackNote(th, exc)
		objects.Decref(ts, exc)
		return &proxyExc{exc: x, note: note}
	}
	if info := executionFailedInfo(th, exc); info != nil {
		objects.Decref(ts, exc)
		return &proxyExc{info: info}
	}
	ts.SetErrSteal(exc)
	return &proxyExc{info: captureExc(th)}
}

// executionFailedInfo is the excinfo of exc when it is an ExecutionFailed
// (one that crossed before: a callback's exception on its way back, or a
// failed Interpreter.exec), so that it crosses again as itself instead of
// as an ExecutionFailed about an ExecutionFailed; nil otherwise.
func executionFailedInfo(th *vm.Thread, exc *objects.Object) *excInfo {
	ts := th.TS
	defer ts.ClearErr()
	str := func(o *objects.Object, name string) (string, bool) {
		v := objects.GetAttrString(ts, o, name)
		if v == nil {
			return "", false
		}
		defer objects.Decref(ts, v)
		if objects.AsStr(v) == nil {
			return "", false
		}
		return objects.StrValue(v), true
	}
	t := exc.Type().TypeObject()
	if m, _ := str(t, "__module__"); m != "concurrent.interpreters" {
		return nil
	}
	if q, _ := str(t, "__qualname__"); q != "ExecutionFailed" {
		return nil
	}
	info := objects.GetAttrString(ts, exc, "excinfo")
	if info == nil {
		return nil
	}
	defer objects.Decref(ts, info)
	kind := objects.GetAttrString(ts, info, "type")
	if kind == nil {
		return nil
	}
	defer objects.Decref(ts, kind)
	var x excInfo
	for _, f := range []struct {
		o    *objects.Object
		name string
		dst  *string
	}{{kind, "__name__", &x.name}, {kind, "__qualname__", &x.qualname}, {kind, "__module__", &x.module},
		{info, "msg", &x.msg}, {info, "formatted", &x.formatted}, {info, "errdisplay", &x.errdisplay}} {
		v, ok := str(f.o, f.name)
		if !ok {
			return nil
		}
		*f.dst = v
	}
	return &x
}

// raise raises e in th's interpreter; always nil.
func (e *proxyExc) raise(th *vm.Thread) *objects.Object {
	ts := th.TS
	if e.exc.kind == xExc {
		exc := e.exc.load(th)
		if exc == nil {
			return nil
		}
		if e.note != "" {
			if n := objects.NewStr(ts, e.note); n != nil {
				objects.XDecref(ts, objects.CallMethod(ts, exc, "add_note", n))
				objects.Decref(ts, n)
			}
			ts.ClearErr()
		}
		ts.SetErrSteal(exc)
		return nil
	}
	m := th.Import(ts, "concurrent.interpreters")
	if m == nil {
		return nil
	}
	defer objects.Decref(ts, m)
	info := e.info.object(ts)
	if info == nil {
		return nil
	}
	ns := objects.CallMethod(ts, m, "_excinfo", info)
	objects.Decref(ts, info)
	if ns == nil {
		return nil
	}
	exc := objects.CallMethod(ts, m, "ExecutionFailed", ns)
	objects.Decref(ts, ns)
	if exc != nil {
		ts.SetErrSteal(exc)
	}
	return nil
}

// proxyNext is next(obj) for a proxy's __next__: exhaustion is nil with
// no exception, or with StopIteration set when it carries a value (a
// generator's return), which runInOwner sends back.
func proxyNext(ts *objects.Thread, o *objects.Object) *objects.Object {
	if o.Type().IterNext == nil {
		return objects.IterNext(ts, o) // the "not an iterator" TypeError
	}
	r := o.Type().IterNext(ts, o)
	if r == nil && ts.ErrMatches(objects.StopIteration) && objects.StopIterationValue(ts.Err()) == objects.None {
		ts.ClearErr()
	}
	return r
}

// tracebackNote is exc's formatted traceback without its own notes (the
// copy carries them as notes already; an exception crossing several
// times would otherwise repeat them in every note).
func tracebackNote(th *vm.Thread, exc *objects.Object) string {
	ts := th.TS
	notes := objects.GetAttrString(ts, exc, "__notes__")
	if notes == nil {
		ts.ClearErr()
	} else if objects.SetAttrString(ts, exc, "__notes__", nil) < 0 {
		ts.ClearErr()
		objects.Decref(ts, notes)
		notes = nil
	}
	text := strings.TrimRight(th.FormatException(exc), "\n")
	ts.ClearErr()
	if notes != nil {
		objects.SetAttrString(ts, exc, "__notes__", notes)
		ts.ClearErr()
		objects.Decref(ts, notes)
	}
	return text
}
