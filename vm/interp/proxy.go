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
func (in *Interpreter) newRef(o *objects.Object) *objects.ProxyRef {
	objects.Incref(o)
	r := objects.NewProxyRef(in, o)
	in.px.mu.Lock()
	if in.px.refs == nil {
		in.px.refs = map[*objects.ProxyRef]bool{}
	}
	in.px.refs[r] = true
	in.px.mu.Unlock()
	return r
}

// ProxyDrop releases r's reference in in: the decref is queued to in and
// applied at its next safe point (any goroutine may drop the last proxy;
// only a thread holding in's lock may touch its objects).
func (in *Interpreter) ProxyDrop(r *objects.ProxyRef) {
	in.px.mu.Lock()
	live := in.px.refs[r]
	delete(in.px.refs, r)
	in.px.mu.Unlock()
	if live {
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
	if r.Owner == objects.ProxyHost(th.Interp.Host.(*Interpreter)) {
		o := objects.NewRef(r.Obj)
		r.Release()
		return o
	}
	return objects.NewForeignProxy(ts, r)
}

// exportArg converts an operand or a result for the other side: shareable
// values copied, static immortals by identity, anything else as a new
// reference owned by th's interpreter.
func exportArg(th *vm.Thread, o *objects.Object) xdata {
	if x, ok := exportShareable(th.TS, o); ok {
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
			px, ok := exportShareable(th.TS, p)
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

// exportException copies an exception of a built-in type whose args are
// shareable (one thrown into a proxied generator), as exceptions raised in
// the owner come back.
func exportException(th *vm.Thread, o *objects.Object) (xdata, bool) {
	t := o.Type().TypeObject()
	if objects.AsBaseExc(o) == nil || !objects.IsStaticObject(t) {
		return xdata{}, false
	}
	ts := th.TS
	a := objects.GetAttrString(ts, o, "args")
	if a == nil {
		ts.ClearErr()
		return xdata{}, false
	}
	x, ok := exportShareable(ts, a)
	objects.Decref(ts, a)
	if !ok {
		return xdata{}, false
	}
	return xdata{kind: xExc, obj: t, items: []xdata{x}}, true
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
	kind int // pxValue, pxSelf, pxExhausted, pxFailed
	val  xdata
	exc  *proxyExc
}

const (
	pxValue = iota
	pxSelf
	pxExhausted
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
// with the owner's traceback as a note; any other becomes ExecutionFailed
// with its excinfo, as Interpreter.exec reports it.
type proxyExc struct {
	typ  *objects.Object // a static exception type, or nil
	args xdata
	note string
	info *excInfo
}

// captureProxyExc takes th's pending exception.
func captureProxyExc(th *vm.Thread) *proxyExc {
	ts := th.TS
	exc := ts.Err()
	if exc == nil {
		return &proxyExc{info: captureExc(th)}
	}
	t := exc.Type().TypeObject()
	if objects.IsStaticObject(t) {
		if a := objects.GetAttrString(ts, exc, "args"); a != nil {
			x, ok := exportShareable(ts, a)
			objects.Decref(ts, a)
			if ok {
				objects.Incref(exc)
				ts.ClearErr()
				note := strings.TrimRight(th.FormatException(exc), "\n")
				objects.Decref(ts, exc)
				ts.ClearErr()
				return &proxyExc{typ: t, args: x, note: note}
			}
		}
		ts.ClearErr()
		ts.SetErrSteal(objects.NewRef(exc))
	}
	return &proxyExc{info: captureExc(th)}
}

// raise raises e in th's interpreter; always nil.
func (e *proxyExc) raise(th *vm.Thread) *objects.Object {
	ts := th.TS
	if e.typ != nil {
		args := e.args.load(th)
		if args == nil {
			return nil
		}
		exc := objects.Call(ts, e.typ, objects.TupleItems(args), nil)
		objects.Decref(ts, args)
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
