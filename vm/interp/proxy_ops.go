package interp

import (
	"math"

	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

// The operations of a proxy, run in the owner on the proxied object o
// with operands already converted (objects.ProxyOp numbers them; the
// type's slots and methods are in vm/objects/proxy.go). One table drives
// every forwarded operation: TestProxyOpTable checks that each ProxyOp
// has an entry, and vm/objects' test that each slot of the type has one.
//
// Binary operators, comparisons and pow run the whole protocol in the
// owner when the other operand arrived there as one of its own objects (a
// copy, or an object of the owner come home), and only o's side when it
// arrived as a proxy: that operand's own side then runs in its own
// interpreter (the caller's protocol, or the proxy slot's reflected
// forward), so that no method runs twice and no forward ping-pongs.

type proxyRun func(th *vm.Thread, o *objects.Object, args []*objects.Object, kwnames *objects.Object) *objects.Object

var proxyRuns []proxyRun

func isProxy(o *objects.Object) bool { return objects.AsProxy(o) != nil }

func none() *objects.Object { return objects.NewRef(objects.None) }

func statusNone(r int) *objects.Object {
	if r < 0 {
		return nil
	}
	return none()
}

func boolResult(r int) *objects.Object {
	if r < 0 {
		return nil
	}
	return newBool(r != 0)
}

func notImplemented() *objects.Object { return objects.NewRef(objects.NotImplemented) }

func init() {
	t := make([]proxyRun, objects.NumProxyOps)
	unary := func(f func(ts *objects.Thread, o *objects.Object) *objects.Object) proxyRun {
		return func(th *vm.Thread, o *objects.Object, _ []*objects.Object, _ *objects.Object) *objects.Object {
			return f(th.TS, o)
		}
	}
	t[objects.PxGetAttr] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		return objects.GetAttr(th.TS, o, a[0])
	}
	t[objects.PxSetAttr] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		return statusNone(objects.SetAttr(th.TS, o, a[0], a[1]))
	}
	t[objects.PxDelAttr] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		return statusNone(objects.SetAttr(th.TS, o, a[0], nil))
	}
	t[objects.PxCall] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
		return objects.Call(th.TS, o, a, kw)
	}
	t[objects.PxRepr] = unary(objects.Repr)
	t[objects.PxStr] = unary(objects.StrOf)
	t[objects.PxHash] = unary(func(ts *objects.Thread, o *objects.Object) *objects.Object {
		h := objects.Hash(ts, o)
		if h == -1 && ts.Occurred() {
			return nil
		}
		return objects.NewInt(ts, h)
	})
	t[objects.PxBool] = unary(func(ts *objects.Thread, o *objects.Object) *objects.Object {
		return boolResult(objects.IsTrue(ts, o))
	})
	t[objects.PxLen] = unary(func(ts *objects.Thread, o *objects.Object) *objects.Object {
		n := objects.Len(ts, o)
		if n < 0 {
			return nil
		}
		return objects.NewInt(ts, int64(n))
	})
	t[objects.PxIter] = unary(objects.GetIter)
	t[objects.PxNext] = unary(proxyNext)
	t[objects.PxContains] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		return boolResult(objects.Contains(th.TS, o, a[0]))
	}
	t[objects.PxGetItem] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		return objects.GetItem(th.TS, o, a[0])
	}
	t[objects.PxSetItem] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		return statusNone(objects.SetItem(th.TS, o, a[0], a[1]))
	}
	t[objects.PxDelItem] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		return statusNone(objects.DelItem(th.TS, o, a[0]))
	}
	t[objects.PxNeg] = unary(objects.Negative)
	t[objects.PxPos] = unary(objects.Positive)
	t[objects.PxAbs] = unary(objects.Absolute)
	t[objects.PxInvert] = unary(objects.Invert)
	t[objects.PxInt] = unary(objects.NumberLong)
	t[objects.PxFloat] = unary(objects.NumberFloat)
	t[objects.PxIndex] = unary(objects.NumberIndex)
	t[objects.PxPow] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		if !isProxy(a[0]) {
			return objects.Power(th.TS, o, a[0], a[1])
		}
		if f := o.Type().Pow; f != nil {
			return f(th.TS, o, a[0], a[1])
		}
		return notImplemented()
	}
	t[objects.PxRPow] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		if !isProxy(a[0]) {
			return objects.Power(th.TS, a[0], o, a[1])
		}
		if f := o.Type().Pow; f != nil {
			return f(th.TS, a[0], o, a[1])
		}
		return notImplemented()
	}
	t[objects.PxIPow] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		if !isProxy(a[0]) {
			return objects.InplacePower(th.TS, o, a[0])
		}
		if f := o.Type().InplacePow; f != nil {
			return f(th.TS, o, a[0], a[1])
		}
		return notImplemented()
	}
	t[objects.PxDescrGet] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		f := o.Type().DescrGet
		if f == nil {
			return objects.NewRef(o)
		}
		inst, cls := a[0], a[1]
		if inst == objects.None {
			inst = nil
		}
		if cls == objects.None {
			cls = nil
		}
		return f(th.TS, o, inst, cls)
	}
	t[objects.PxCallMethod] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
		ts := th.TS
		m, unbound := vm.LoadMethod(ts, o, a[0])
		if m == nil {
			return nil
		}
		var r *objects.Object
		if unbound {
			all := append([]*objects.Object{o}, a[1:]...)
			r = objects.Call(ts, m, all, kw)
		} else {
			r = objects.Call(ts, m, a[1:], kw)
		}
		objects.Decref(ts, m)
		return r
	}
	t[objects.PxCallable] = unary(func(ts *objects.Thread, o *objects.Object) *objects.Object {
		return newBool(objects.IsCallable(o))
	})
	t[objects.PxRepeatCount] = unary(func(ts *objects.Thread, o *objects.Object) *objects.Object {
		if objects.AsInt(o) == nil && o.Type().Index == nil {
			return ts.Raisef(objects.TypeError, "can't multiply sequence by non-int of type '%s'", objects.TypeName(o))
		}
		return objects.NumberIndex(ts, o)
	})
	t[objects.PxIndexCheck] = unary(func(ts *objects.Thread, o *objects.Object) *objects.Object {
		if objects.AsInt(o) != nil || o.Type().Index != nil {
			return none()
		}
		return objects.NewStr(ts, objects.TypeName(o))
	})
	t[objects.PxTypeName] = unary(func(ts *objects.Thread, o *objects.Object) *objects.Object {
		return objects.NewStr(ts, objects.TypeName(o))
	})
	t[objects.PxIsSubclassOf] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
		if isProxy(a[0]) {
			// A class of the caller's: no class of this interpreter
			// derives from it (a proxy is never a base).
			if objects.AsType(o) == nil {
				return th.TS.Raise(objects.TypeError, "issubclass() arg 1 must be a class")
			}
			return newBool(false)
		}
		return boolResult(objects.IsSubclass(th.TS, o, a[0]))
	}
	for op := objects.CompareOp(0); op <= objects.GE; op++ {
		op := op
		t[objects.PxCompare+objects.ProxyOp(op)] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
			if !isProxy(a[0]) {
				return objects.RichCompare(th.TS, o, a[0], op)
			}
			if f := o.Type().RichCompare; f != nil {
				return f(th.TS, o, a[0], op)
			}
			return notImplemented()
		}
	}
	for op := objects.CompareOp(0); op <= objects.GE; op++ {
		op := op
		t[objects.PxRCompare+objects.ProxyOp(op)] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
			if !isProxy(a[0]) {
				return objects.RichCompare(th.TS, a[0], o, op)
			}
			if f := o.Type().RichCompare; f != nil {
				return f(th.TS, o, a[0], op.Swapped())
			}
			return notImplemented()
		}
	}
	for i := range objects.NumberOpDunders {
		op := objects.NumberOp(i)
		t[objects.PxBinary+objects.ProxyOp(op)] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
			if !isProxy(a[0]) {
				return objects.BinaryOp(th.TS, o, a[0], op)
			}
			if f := o.Type().NumBinary[op]; f != nil {
				return f(th.TS, o, a[0])
			}
			return notImplemented()
		}
		t[objects.PxRBinary+objects.ProxyOp(op)] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
			if !isProxy(a[0]) {
				return objects.BinaryOp(th.TS, a[0], o, op)
			}
			if f := o.Type().NumBinary[op]; f != nil {
				return f(th.TS, a[0], o)
			}
			return notImplemented()
		}
		t[objects.PxInplace+objects.ProxyOp(op)] = func(th *vm.Thread, o *objects.Object, a []*objects.Object, _ *objects.Object) *objects.Object {
			if !isProxy(a[0]) {
				return objects.InplaceOp(th.TS, o, a[0], op)
			}
			if f := o.Type().NumInplace[op]; f != nil {
				return f(th.TS, o, a[0])
			}
			return notImplemented()
		}
	}
	for i, name := range objects.ProxyMethodNames {
		t[objects.PxMethod+objects.ProxyOp(i)] = specialRun(name)
	}
	proxyRuns = t
}

// runProxyOp runs op on o (an object of th's interpreter).
func runProxyOp(th *vm.Thread, op objects.ProxyOp, o *objects.Object, args []*objects.Object, kwnames *objects.Object) *objects.Object {
	return proxyRuns[op](th, o, args, kwnames)
}

// specialRun is a special method looked up by name: what the builtin or
// statement that looks it up does with o.
func specialRun(name string) proxyRun {
	switch name {
	case "__format__":
		return func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
			if !objects.CheckArgs(th.TS, "__format__", a, kw, 1, 1) {
				return nil
			}
			return objects.Format(th.TS, o, a[0])
		}
	case "__reversed__":
		return callType(builtins.ReversedType)
	case "__bytes__":
		return callType(objects.BytesType)
	case "__complex__":
		return callType(objects.ComplexType)
	case "__dir__":
		return func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
			if !objects.CheckArgs(th.TS, "__dir__", a, kw, 0, 0) {
				return nil
			}
			l := objects.Dir(th.TS, o)
			if l == nil {
				return nil
			}
			// A tuple of strs: copied back, where a list would be a proxy.
			r := objects.NewTuple(th.TS, objects.ListItems(l)...)
			objects.Decref(th.TS, l)
			return r
		}
	case "__length_hint__":
		return func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
			if objects.LookupTypeString(o.Type(), "__length_hint__") == nil {
				return notImplemented()
			}
			return callSpecial(th, o, "__length_hint__", a, kw)
		}
	case "__enter__", "__aenter__":
		// The with statement looks both methods up before calling
		// __enter__: without __exit__, __enter__ does not run.
		exit, kind := "__exit__", "context manager"
		if name == "__aenter__" {
			exit, kind = "__aexit__", "asynchronous context manager"
		}
		return func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
			t := o.Type()
			if objects.LookupTypeString(t, name) != nil && objects.LookupTypeString(t, exit) == nil {
				return th.TS.Raisef(objects.TypeError, "'%s' object does not support the %s protocol (missed %s method)", objects.TypeName(o), kind, exit)
			}
			return callSpecial(th, o, name, a, kw)
		}
	case "__set_name__":
		// A proxy in a class body: type() calls __set_name__ when the
		// object's type has one.
		return func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
			if objects.LookupTypeString(o.Type(), name) == nil {
				return none()
			}
			return callSpecial(th, o, name, a, kw)
		}
	case "__floor__", "__ceil__":
		// math.floor/ceil of an object without the method use its float
		// value ("must be real number, not T" when it has none).
		round := math.Floor
		if name == "__ceil__" {
			round = math.Ceil
		}
		return func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
			if objects.LookupTypeString(o.Type(), name) != nil {
				return callSpecial(th, o, name, a, kw)
			}
			v, ok := objects.FloatAsDouble(th.TS, o)
			if !ok {
				return nil
			}
			f := objects.NewFloat(th.TS, round(v))
			defer objects.Decref(th.TS, f)
			return objects.NumberLong(th.TS, f)
		}
	case "__fspath__":
		// os.fspath's check of the result too, so that its message names
		// the object's type, not the proxy's.
		return func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
			r := callSpecial(th, o, "__fspath__", a, kw)
			if r != nil && objects.AsStr(r) == nil && objects.AsBytes(r) == nil {
				defer objects.Decref(th.TS, r)
				return th.TS.Raisef(objects.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", objects.TypeName(o), objects.TypeName(r))
			}
			return r
		}
	case "__instancecheck__":
		return func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
			if !objects.CheckArgs(th.TS, "__instancecheck__", a, kw, 1, 1) {
				return nil
			}
			return boolResult(objects.IsInstance(th.TS, a[0], o))
		}
	case "__subclasscheck__":
		return func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
			if !objects.CheckArgs(th.TS, "__subclasscheck__", a, kw, 1, 1) {
				return nil
			}
			return boolResult(objects.IsSubclass(th.TS, a[0], o))
		}
	}
	return func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
		return callSpecial(th, o, name, a, kw)
	}
}

// callType calls a built-in type with o (reversed(o), bytes(o), ...).
func callType(t *objects.Type) proxyRun {
	return func(th *vm.Thread, o *objects.Object, a []*objects.Object, kw *objects.Object) *objects.Object {
		all := append([]*objects.Object{o}, a...)
		return objects.Call(th.TS, t.TypeObject(), all, kw)
	}
}

// callSpecial calls type(o).name bound to o, as the VM's special-method
// lookup does.
func callSpecial(th *vm.Thread, o *objects.Object, name string, a []*objects.Object, kw *objects.Object) *objects.Object {
	ts := th.TS
	m := objects.LookupTypeString(o.Type(), name)
	if m == nil {
		switch name {
		case "__enter__", "__exit__":
			return ts.Raisef(objects.TypeError, "'%s' object does not support the context manager protocol", objects.TypeName(o))
		case "__aenter__", "__aexit__":
			return ts.Raisef(objects.TypeError, "'%s' object does not support the asynchronous context manager protocol", objects.TypeName(o))
		case "__round__", "__trunc__", "__floor__", "__ceil__":
			return ts.Raisef(objects.TypeError, "type %s doesn't define %s method", objects.TypeName(o), name)
		case "__fspath__":
			return ts.Raisef(objects.TypeError, "expected str, bytes or os.PathLike object, not %s", objects.TypeName(o))
		case "__await__":
			return ts.Raisef(objects.TypeError, "object %s can't be used in 'await' expression", objects.TypeName(o))
		case "__aiter__":
			return ts.Raisef(objects.TypeError, "'async for' requires an object with __aiter__ method, got %s", objects.TypeName(o))
		case "__anext__":
			return ts.Raisef(objects.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", objects.TypeName(o))
		}
		return ts.Raisef(objects.AttributeError, "'%s' object has no attribute '%s'", objects.TypeName(o), name)
	}
	all := append([]*objects.Object{o}, a...)
	if f := m.Type().DescrGet; f != nil {
		b := f(ts, m, o, o.Type().TypeObject())
		if b == nil {
			return nil
		}
		r := objects.Call(ts, b, a, kw)
		objects.Decref(ts, b)
		return r
	}
	return objects.Call(ts, m, all, kw)
}
