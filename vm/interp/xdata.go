package interp

import (
	"math/big"

	"minipy/lang/compiler"
	"minipy/vm"
	"minipy/vm/objects"
)

// Cross-interpreter data (CPython's _PyXIData): a value of one
// interpreter held as Go data, which belongs to no heap, so that another
// interpreter makes its own equal object from it. The natively shareable
// values (None, bool, int, float, str, bytes, tuples of them, queue
// handles) are copied; other values are sent as the bytes of
// pickle.dumps, made in the sender and loaded in the receiver; a
// function without closure is sent as its compiled code (immutable, no
// objects), loaded into the receiver and bound to its __main__.

type xkind uint8

const (
	xNone xkind = iota
	xBool
	xInt
	xFloat
	xStr
	xBytes
	xTuple
	xQueue
	xPickle
	xFunc
	xProxy   // a shared object proxy: ref (proxy.go)
	xStatic  // a static immortal, by identity: obj (proxies only)
	xSlice   // a slice of shareables: items start, stop, step (proxies only)
	xExc     // an exception of a built-in type: obj the type, items its args, attributes, notes, cause and context (proxies only; proxy.go)
	xComplex // an exact complex: c (proxies only)
	xBigInt  // an exact int beyond 64 bits: s its decimal digits (proxies only)
)

type xdata struct {
	kind  xkind
	i     int64
	f     float64
	s     string
	b     []byte
	items []xdata
	code  *compiler.Code // xFunc
	// defaults of an xFunc (a tuple, or nil).
	defaults *xdata
	// ref is an xProxy's reference (one holder count, which load takes
	// over); obj an xStatic's object.
	ref *objects.ProxyRef
	obj *objects.Object
	c   complex128
	// name: an xStr that is an attribute name (proxies): loaded as the
	// receiver's interned str when it has one.
	name bool
}

// exportShareable copies a natively shareable value; false (no exception
// set) when o is not one.
func exportShareable(ts *objects.Thread, o *objects.Object) (xdata, bool) {
	switch t := o.Type(); {
	case o == objects.None:
		return xdata{kind: xNone}, true
	case o == objects.True || o == objects.False:
		return xdata{kind: xBool, i: b2i(o == objects.True)}, true
	case t == objects.IntType:
		i := objects.AsInt(o)
		if v, ok := i.Int64(); ok {
			return xdata{kind: xInt, i: v}, true
		}
		// As 3.14: an int beyond 64 bits is not sent natively (call and
		// queues pickle it), though is_shareable says yes.
		return xdata{}, false
	case t == objects.FloatType:
		return xdata{kind: xFloat, f: objects.FloatValue(o)}, true
	case t == objects.StrType:
		return xdata{kind: xStr, s: objects.StrValue(o)}, true
	case t == objects.BytesType:
		return xdata{kind: xBytes, b: append([]byte(nil), objects.BytesValue(o)...)}, true
	case t == objects.TupleType:
		items := objects.TupleItems(o)
		x := xdata{kind: xTuple, items: make([]xdata, len(items))}
		for i, it := range items {
			var ok bool
			if x.items[i], ok = exportShareable(ts, it); !ok {
				// The proxies among the items before it hold
				// references.
				for j := range x.items[:i] {
					x.items[j].release()
				}
				return xdata{}, false
			}
		}
		return x, true
	}
	if p := objects.AsProxy(o); p != nil {
		return exportProxy(ts, p)
	}
	if id, ok := queueHandleID(ts, o); ok {
		return xdata{kind: xQueue, i: id}, true
	}
	return xdata{}, false
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// isShareable is is_shareable(): the types CPython registers as shareable.
// A tuple counts whatever its items, an int whatever its size (as 3.14
// answers; sending them checks).
func isShareable(ts *objects.Thread, o *objects.Object) bool {
	if t := o.Type(); t == objects.TupleType || t == objects.IntType || t == objects.MemoryViewType || t == objects.ProxyType {
		// memoryview: 3.14 shares the buffer; minipy says yes here but
		// sends it by pickle, which memoryview refuses.
		return true
	}
	_, ok := exportShareable(ts, o)
	return ok
}

// exportValue copies o, natively or else by pickle; false with an
// exception set when it cannot be pickled.
func exportValue(th *vm.Thread, o *objects.Object) (xdata, bool) {
	if x, ok := exportShareable(th.TS, o); ok {
		return x, true
	}
	ts := th.TS
	m := th.Import(ts, "pickle")
	if m == nil {
		return xdata{}, false
	}
	b := objects.CallMethod(ts, m, "dumps", o)
	objects.Decref(ts, m)
	if b == nil {
		return xdata{}, false
	}
	defer objects.Decref(ts, b)
	if objects.AsBytes(b) == nil {
		ts.Raise(objects.TypeError, "pickle.dumps did not return bytes")
		return xdata{}, false
	}
	return xdata{kind: xPickle, b: append([]byte(nil), objects.BytesValue(b)...)}, true
}

// load makes x's object in th's interpreter (a new reference).
func (x *xdata) load(th *vm.Thread) *objects.Object {
	ts := th.TS
	switch x.kind {
	case xNone:
		return objects.NewRef(objects.None)
	case xBool:
		if x.i != 0 {
			return objects.NewRef(objects.True)
		}
		return objects.NewRef(objects.False)
	case xInt:
		return objects.NewInt(ts, x.i)
	case xFloat:
		return objects.NewFloat(ts, x.f)
	case xStr:
		if x.name {
			if o := th.Interp.LookupName(x.s); o != nil {
				return objects.NewRef(o)
			}
			if o := ts.Space.Interned.Lookup(x.s); o != nil {
				return objects.NewRef(o)
			}
		}
		return objects.NewStr(ts, x.s)
	case xBytes:
		return objects.NewBytes(ts, x.b)
	case xTuple:
		items := make([]*objects.Object, len(x.items))
		for i := range x.items {
			if items[i] = x.items[i].load(th); items[i] == nil {
				for _, it := range items[:i] {
					objects.Decref(ts, it)
				}
				return nil
			}
		}
		return objects.NewTupleSteal(ts, items...)
	case xQueue:
		return loadQueueHandle(th, x.i)
	case xPickle:
		m := th.Import(ts, "pickle")
		if m == nil {
			return nil
		}
		b := objects.NewBytes(ts, x.b)
		if b == nil {
			objects.Decref(ts, m)
			return nil
		}
		r := objects.CallMethod(ts, m, "loads", b)
		objects.Decref(ts, b)
		objects.Decref(ts, m)
		return r
	case xFunc:
		return x.loadFunc(th)
	case xProxy:
		return loadProxy(th, x.ref)
	case xStatic:
		return objects.NewRef(x.obj)
	case xComplex:
		return objects.NewComplex(ts, real(x.c), imag(x.c))
	case xBigInt:
		b, ok := new(big.Int).SetString(x.s, 10)
		if !ok {
			return ts.Raise(objects.SystemError, "bad cross-interpreter int")
		}
		return objects.NewIntBig(ts, b)
	case xExc:
		return x.loadException(th)
	case xSlice:
		var parts [3]*objects.Object
		for i := range parts {
			if parts[i] = x.items[i].load(th); parts[i] == nil {
				for _, p := range parts[:i] {
					objects.Decref(ts, p)
				}
				return nil
			}
		}
		r := objects.NewSlice(ts, parts[0], parts[1], parts[2])
		for _, p := range parts {
			objects.Decref(ts, p)
		}
		return r
	}
	return ts.Raise(objects.SystemError, "unknown cross-interpreter data")
}

// The attribute names exportFunc and importableFunc read on every call,
// made once (GetAttrString would make, hash and free a str each time).
var (
	strClosure  = objects.StaticStr("__closure__")
	strCode     = objects.StaticStr("__code__")
	strDefaults = objects.StaticStr("__defaults__")
	strModule   = objects.StaticStr("__module__")
)

// exportFunc sends a function without closure as its code (and its
// defaults, when shareable): the receiver binds it to its own __main__,
// so the names it uses resolve there. what names the refusal.
func exportFunc(th *vm.Thread, f *objects.Object) (xdata, bool) {
	ts := th.TS
	if f.Type() != vm.FunctionType {
		return xdata{}, false
	}
	cl := objects.GetAttr(ts, f, strClosure)
	if cl == nil {
		return xdata{}, false
	}
	closure := cl != objects.None
	objects.Decref(ts, cl)
	if closure {
		return xdata{}, false
	}
	co := objects.GetAttr(ts, f, strCode)
	if co == nil {
		return xdata{}, false
	}
	c := vm.CompiledCode(co)
	objects.Decref(ts, co)
	if c == nil {
		return xdata{}, false
	}
	x := xdata{kind: xFunc, code: c}
	d := objects.GetAttr(ts, f, strDefaults)
	if d == nil {
		return xdata{}, false
	}
	defer objects.Decref(ts, d)
	if d != objects.None {
		dx, ok := exportShareable(ts, d)
		if !ok {
			return xdata{}, false
		}
		x.defaults = &dx
	}
	return x, true
}

// importableFunc tells a function of another module than __main__ (a
// library function such as concurrent.interpreters.get_current): that one
// is pickled by name, as 3.14 does, and runs with its own module's
// globals in the receiver, not bound to the receiver's __main__.
func importableFunc(th *vm.Thread, f *objects.Object) bool {
	ts := th.TS
	if f.Type() != vm.FunctionType {
		return false
	}
	m := objects.GetAttr(ts, f, strModule)
	if m == nil {
		ts.ClearErr()
		return false
	}
	defer objects.Decref(ts, m)
	if objects.AsStr(m) == nil {
		return false
	}
	name := objects.StrValue(m)
	return name != "__main__" && name != "" && objects.DictGetItemStr(ts, th.Interp.Modules, name) != nil
}

// retainQueues binds (delta 1) or releases (-1) the queues that x holds
// natively (a queue handle, or one in a tuple).
func (rt *Runtime) retainQueues(x *xdata, delta int) {
	switch x.kind {
	case xQueue:
		rt.bindQueue(x.i, delta)
	case xTuple:
		for i := range x.items {
			rt.retainQueues(&x.items[i], delta)
		}
	}
}

func (x *xdata) loadFunc(th *vm.Thread) *objects.Object {
	ts := th.TS
	g := mainDict(th)
	if g == nil {
		return nil
	}
	// The code object loaded for this compiled code before, as exec's
	// (functions of one code share their code object).
	co := th.Interp.Host.(*Interpreter).loadedCode(ts, x.code)
	if co == nil {
		return nil
	}
	f := vm.NewFunction(ts, co, g)
	objects.Decref(ts, co)
	if f == nil || x.defaults == nil {
		return f
	}
	d := x.defaults.load(th)
	if d == nil || objects.SetAttrString(ts, f, "__defaults__", d) < 0 {
		objects.XDecref(ts, d)
		objects.Decref(ts, f)
		return nil
	}
	objects.Decref(ts, d)
	return f
}

// mainDict is the dict of th's interpreter's __main__ (borrowed), made
// when the interpreter has none yet.
func mainDict(th *vm.Thread) *objects.Object {
	ts := th.TS
	is := th.Interp
	m := objects.DictGetItemStr(ts, is.Modules, "__main__")
	if m == nil || vm.ModuleDict(m) == nil {
		m = vm.NewModule(ts, "__main__", nil)
		if m == nil {
			return nil
		}
		objects.DictSetItemStr(ts, vm.ModuleDict(m), "__builtins__", is.BuiltinsModule)
		r := objects.DictSetItemStr(ts, is.Modules, "__main__", m)
		objects.Decref(ts, m)
		if r < 0 {
			return nil
		}
	}
	return vm.ModuleDict(m)
}
