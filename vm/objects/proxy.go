package objects

import (
	"strings"
	"sync/atomic"

	"minipy/runtime/alloc"
)

// Shared object proxies (PEP 797): concurrent.interpreters.SharedObjectProxy.
//
// A proxy is an object of one interpreter that stands for an object of
// another (its owner): every operation on it runs in the owner, on the
// calling goroutine, which switches there and back (vm/interp/proxy*.go:
// ProxyHost). This file has the type: its slots send each operation
// through one table of operations (ProxyOp), which vm/interp runs in the
// owner with the arguments and the result converted.
//
// A proxy living in its owner (SharedObjectProxy(obj) before it is sent
// anywhere) holds obj directly, as any container: the cycle collector sees
// the reference, and operations run without a switch. A proxy living
// elsewhere holds a ProxyRef: one strong reference to obj taken inside the
// owner and shared by the copies of the proxy in other interpreters
// (counted atomically, so that copying a proxy needs no switch); when the
// last one goes, the owner is asked to drop the reference at its next safe
// point.

// ProxyHost is the owner interpreter of proxied objects (vm/interp's
// *Interpreter).
type ProxyHost interface {
	// ProxyForward runs operation op of the proxy p (an object of ts's
	// interpreter) in the owner: args (borrowed) are the other operands,
	// kwnames the keyword names of a call. It returns a new reference, nil
	// with an exception set, or nil without one for an exhausted iterator.
	ProxyForward(ts *Thread, p *Object, op ProxyOp, args []*Object, kwnames *Object) *Object
	// ProxyDrop releases r's reference inside the owner (its last proxy
	// is gone); called from any interpreter.
	ProxyDrop(r *ProxyRef)
	// ProxyName names the owner in messages ("interpreter 3").
	ProxyName() string
}

// ProxyRef is one strong reference to Obj, an object of Owner, held for
// the proxies of other interpreters. It lives in no heap.
type ProxyRef struct {
	Owner ProxyHost
	Obj   *Object
	refs  atomic.Int64
	// Dead is set when the owner closes (or is found closing by an
	// operation): Obj is gone, or about to be, and every operation raises
	// RuntimeError.
	Dead atomic.Bool
}

// NewProxyRef is a reference to obj for proxies elsewhere; the caller has
// taken the strong reference inside the owner and passes it here.
func NewProxyRef(owner ProxyHost, obj *Object) *ProxyRef {
	r := &ProxyRef{Owner: owner, Obj: obj}
	r.refs.Store(1)
	return r
}

// Acquire counts one more holder of r (a copy of a proxy in transit).
func (r *ProxyRef) Acquire() { r.refs.Add(1) }

// Release drops one holder; the last one asks the owner to drop Obj.
func (r *ProxyRef) Release() {
	if r.refs.Add(-1) == 0 {
		r.Owner.ProxyDrop(r)
	}
}

// ReleaseHolder drops one holder and reports whether it was the last: the
// caller, a thread of the owner, then drops Obj itself (a proxy that came
// home, whose reference need not wait for a safe point).
func (r *ProxyRef) ReleaseHolder() bool { return r.refs.Add(-1) == 0 }

// Proxy is a SharedObjectProxy object.
type Proxy struct {
	GCObject
	owner ProxyHost
	obj   *Object   // in the owner: a strong reference (nil once cleared)
	ref   *ProxyRef // elsewhere: the shared reference (nil once cleared)
}

var sopClass = alloc.NewClass[Proxy]("SharedObjectProxy")

// ProxyType is concurrent.interpreters.SharedObjectProxy.
var ProxyType = &Type{Name: "SharedObjectProxy", QualName: "SharedObjectProxy",
	Module: "concurrent.interpreters", Flags: FlagHaveGC,
	Doc: "SharedObjectProxy(obj)\n--\n\nA proxy to obj: every operation on it runs in the interpreter that made it."}

// AsProxy returns o as a *Proxy, or nil.
func AsProxy(o *Object) *Proxy {
	if o.typ == ProxyType {
		return (*Proxy)(unsafePointer(o))
	}
	return nil
}

// NewLocalProxy makes a proxy in its owner (ts's interpreter) to obj.
func NewLocalProxy(ts *Thread, owner ProxyHost, obj *Object) *Object {
	p := newObject(ts, sopClass, ProxyType)
	p.owner, p.obj = owner, NewRef(obj)
	gcTrack(ts, &p.Object)
	return &p.Object
}

// NewForeignProxy makes a proxy in ts's interpreter to r's object,
// stealing the holder count the caller has on r.
func NewForeignProxy(ts *Thread, r *ProxyRef) *Object {
	p := newObject(ts, sopClass, ProxyType)
	p.owner, p.ref = r.Owner, r
	gcTrack(ts, &p.Object)
	return &p.Object
}

// Owner is the interpreter that owns the proxied object.
func (p *Proxy) Owner() ProxyHost { return p.owner }

// Local is the proxied object when the proxy lives in its owner
// (borrowed), else nil.
func (p *Proxy) Local() *Object { return p.obj }

// Ref is the shared reference of a proxy living outside its owner, else
// nil.
func (p *Proxy) Ref() *ProxyRef { return p.ref }

// Target is the proxied object, to be touched only inside the owner, and
// whether it is still alive (nil, false: the owner closed, or the proxy
// was cleared).
func (p *Proxy) Target() (*Object, bool) {
	if p.obj != nil {
		return p.obj, true
	}
	if p.ref == nil || p.ref.Dead.Load() {
		return nil, false
	}
	return p.ref.Obj, true
}

func sopDealloc(ts *Thread, o *Object) {
	gcUntrack(ts, o)
	sopClear(ts, o)
	freeObject(ts, sopClass, (*Proxy)(unsafePointer(o)))
}

func sopClear(ts *Thread, o *Object) {
	p := (*Proxy)(unsafePointer(o))
	Clear(ts, &p.obj)
	if r := p.ref; r != nil {
		p.ref = nil
		r.Release()
	}
}

// ProxyOp numbers the operations a proxy forwards: one per slot of its
// type (the binary operators and comparisons one per operator and side)
// and one per special method looked up by name (ProxyMethodNames).
type ProxyOp int

const (
	PxGetAttr ProxyOp = iota // args: name
	PxSetAttr                // args: name, value
	PxDelAttr                // args: name
	PxCall                   // args: the call's; kwnames
	PxRepr
	PxStr
	PxHash
	PxBool
	PxLen
	PxIter
	PxNext
	PxContains // args: item
	PxGetItem  // args: key
	PxSetItem  // args: key, value
	PxDelItem  // args: key
	PxNeg
	PxPos
	PxAbs
	PxInvert
	PxInt
	PxFloat
	PxIndex
	PxPow      // self ** args[0] (mod args[1])
	PxRPow     // args[0] ** self (mod args[1])
	PxIPow     // self **= args[0]
	PxDescrGet // args: instance (or None), owner class (or None)
	// PxCallMethod is self.name(*args) in one switch (LOAD_METHOD then
	// CALL on a proxy): args name, then the call's; kwnames.
	PxCallMethod
	// PxCallable is callable(self): whether its type has a call slot.
	PxCallable
	// PxRepeatCount is self as the count of seq * self once self's side
	// declined: self's index, or CPython's "can't multiply sequence"
	// TypeError naming self's type.
	PxRepeatCount
	// PxIsSubclassOf is issubclass(self, args[0]) for a class args[0]
	// of the caller's (a proxied class has no __bases__ there to walk).
	PxIsSubclassOf
	// PxIndexCheck is None when self has an index, else its type's name
	// (proxyIndexFailed).
	PxIndexCheck
	// PxTypeName is the name of self's type, for the TypeError of an
	// operator both operands declined (operandTypeName).
	PxTypeName
	// PxCompare + CompareOp: self op args[0], self's side only.
	PxCompare
	// PxRCompare + CompareOp: args[0] op self, where args[0]'s side has
	// run in the caller (richCompare's reflected step).
	PxRCompare = PxCompare + 6
	// PxBinary + NumberOp: self op args[0], self's side; PxRBinary +
	// NumberOp: args[0] op self, self's side; PxInplace + NumberOp:
	// self op= args[0].
	PxBinary  = PxRCompare + 6
	PxRBinary = PxBinary + ProxyOp(numNumberOps)
	PxInplace = PxRBinary + ProxyOp(numNumberOps)
	// PxMethod + i: the special method ProxyMethodNames[i].
	PxMethod = PxInplace + ProxyOp(numNumberOps)
)

// ProxyMethodNames are the special methods the VM and the builtins look
// up by name on a type (not through a slot); the proxy type defines each,
// forwarding it.
var ProxyMethodNames = []string{
	"__enter__", "__exit__", "__aenter__", "__aexit__",
	"__format__", "__reversed__", "__length_hint__", "__dir__",
	"__round__", "__trunc__", "__floor__", "__ceil__", "__complex__", "__bytes__",
	"__instancecheck__", "__subclasscheck__", "__fspath__",
	"__await__", "__aiter__", "__anext__", "__set_name__",
}

// proxyOwnMethods are the proxy's own attributes: a proxy is never
// pickled. Every other attribute, the special methods of
// ProxyMethodNames included, is the object's (so hasattr(p, '__enter__')
// is asked of the object).
var proxyOwnMethods = map[string]bool{"__reduce__": true, "__reduce_ex__": true}

// proxySpecialIndex maps ProxyMethodNames to their index.
var proxySpecialIndex = func() map[string]int {
	m := map[string]int{}
	for i, n := range ProxyMethodNames {
		m[n] = i
	}
	return m
}()

// proxyCallSpecial is the runtime's call of special method name on a
// proxy o after finding it on o's type (CallMethod): the forwarding method
// of the proxy type, whose run in the owner gives the operation's own
// errors when the object lacks the method. ok is false for other names.
func proxyCallSpecial(ts *Thread, o *Object, name string, args []*Object, kwnames *Object) (r *Object, ok bool) {
	i, ok := proxySpecialIndex[name]
	if !ok {
		return nil, false
	}
	return (*Proxy)(unsafePointer(o)).owner.ProxyForward(ts, o, PxMethod+ProxyOp(i), args, kwnames), true
}

// NumProxyOps is the number of operations.
var NumProxyOps = int(PxMethod) + len(ProxyMethodNames)

var proxyOpNames = [...]string{
	"__getattribute__", "__setattr__", "__delattr__", "__call__", "__repr__", "__str__",
	"__hash__", "__bool__", "__len__", "__iter__", "__next__", "__contains__",
	"__getitem__", "__setitem__", "__delitem__", "__neg__", "__pos__", "__abs__",
	"__invert__", "__int__", "__float__", "__index__", "__pow__", "__rpow__", "__ipow__",
	"__get__", "<method call>", "<callable>", "<repeat count>", "<issubclass of>", "<index check>", "<type name>",
}

// ProxyOpName is the special method an operation stands for.
func ProxyOpName(op ProxyOp) string {
	switch {
	case op < PxCompare:
		return proxyOpNames[op]
	case op < PxRCompare:
		return compareDunders[op-PxCompare]
	case op < PxBinary:
		return "reflected " + compareDunders[op-PxRCompare]
	case op < PxRBinary:
		return "__" + NumberOpDunders[op-PxBinary] + "__"
	case op < PxInplace:
		return "__r" + NumberOpDunders[op-PxRBinary] + "__"
	case op < PxMethod:
		return "__i" + NumberOpDunders[op-PxInplace] + "__"
	}
	return ProxyMethodNames[op-PxMethod]
}

var compareDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// proxyReflectedCompare is the reflected step of a op b for a proxy b
// (richCompare): b's owner runs the whole protocol when a arrives there
// as its own object, so that the TypeError names the operands as written,
// and only b's side otherwise.
func proxyReflectedCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	if a.typ == ProxyType {
		return b.typ.RichCompare(ts, b, a, op.Swapped())
	}
	return sopForward(ts, b, PxRCompare+ProxyOp(op), a)
}

// forward runs op of the proxy o.
func sopForward(ts *Thread, o *Object, op ProxyOp, args ...*Object) *Object {
	return (*Proxy)(unsafePointer(o)).owner.ProxyForward(ts, o, op, args, nil)
}

// sopStatus turns a forwarded operation's None result into 0 or -1.
func sopStatus(ts *Thread, r *Object) int {
	if r == nil {
		return -1
	}
	Decref(ts, r)
	return 0
}

// sopInt turns a forwarded operation's int result into a Go int.
func sopInt(ts *Thread, r *Object) int64 {
	if r == nil {
		return -1
	}
	defer Decref(ts, r)
	v, ok := AsInt64(ts, r)
	if !ok {
		return -1
	}
	return v
}

func sopUnary(op ProxyOp) UnaryFunc {
	return func(ts *Thread, a *Object) *Object { return sopForward(ts, a, op) }
}

// sopBinary is a binary operator slot. It is called with the proxy on
// the left, on the right or both: the left proxy's owner runs its side
// (and the whole protocol when the other operand arrives there as an
// object of its own, not a proxy); when that declines and the right
// operand is a proxy of another owner, that owner runs the reflected side.
func sopBinary(op NumberOp) BinaryFunc {
	return func(ts *Thread, a, b *Object) *Object {
		pa, pb := AsProxy(a), AsProxy(b)
		if pa == nil {
			return sopForward(ts, b, PxRBinary+ProxyOp(op), a)
		}
		r := sopForward(ts, a, PxBinary+ProxyOp(op), b)
		if r != NotImplemented || pb == nil || pb.owner == pa.owner {
			return r
		}
		Decref(ts, r)
		return sopForward(ts, b, PxRBinary+ProxyOp(op), a)
	}
}

func sopInplace(op NumberOp) BinaryFunc {
	return func(ts *Thread, a, b *Object) *Object {
		return sopForward(ts, a, PxInplace+ProxyOp(op), b)
	}
}

func sopPow(ts *Thread, a, b, c *Object) *Object {
	pa, pb := AsProxy(a), AsProxy(b)
	if pa == nil {
		return sopForward(ts, b, PxRPow, a, c)
	}
	r := sopForward(ts, a, PxPow, b, c)
	if r != NotImplemented || pb == nil || pb.owner == pa.owner {
		return r
	}
	Decref(ts, r)
	return sopForward(ts, b, PxRPow, a, c)
}

func sopMethod(i int) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		return (*Proxy)(unsafePointer(self)).owner.ProxyForward(ts, self, PxMethod+ProxyOp(i), args, kwnames)
	}
}

func sopRepr(ts *Thread, o *Object) *Object {
	p := (*Proxy)(unsafePointer(o))
	if _, ok := p.Target(); !ok {
		// Safe after the owner closed, as the PEP asks.
		return NewStr(ts, "<SharedObjectProxy of a closed interpreter at "+formatAddr(o)+">")
	}
	return sopForward(ts, o, PxRepr)
}

// sopNew is SharedObjectProxy(obj): a proxy owned by the current
// interpreter. Proxies never chain: a proxy of a proxy is a copy of it.
func sopNew(ts *Thread, _ *Type, args []*Object, kwnames *Object) *Object {
	if len(args) == 3 && AsTuple(args[1]) != nil {
		// class C(p): the class statement calls type(p), the proxy
		// type, as the metaclass. A proxied class cannot be a base (its
		// layout and methods live in its owner).
		for _, b := range TupleItems(args[1]) {
			if AsProxy(b) != nil {
				return ts.Raise(TypeError, "cannot subclass a SharedObjectProxy: the proxied class lives in its owner interpreter")
			}
		}
	}
	if !CheckArgs(ts, "SharedObjectProxy", args, kwnames, 1, 1) {
		return nil
	}
	host := ts.Space.ProxyHost
	if host == nil {
		return ts.Raise(RuntimeError, "SharedObjectProxy needs an interpreter of concurrent.interpreters")
	}
	if p := AsProxy(args[0]); p != nil {
		if p.ref != nil {
			p.ref.Acquire()
			return NewForeignProxy(ts, p.ref)
		}
		return NewLocalProxy(ts, p.owner, p.obj)
	}
	return NewLocalProxy(ts, host, args[0])
}

func init() {
	t := ProxyType
	t.Dealloc = sopDealloc
	t.Clear = sopClear
	t.Traverse = func(o *Object, v Visitor) {
		// Only the owner sees the reference (gc.get_referents is [obj]
		// there and [] elsewhere): other interpreters' collectors never
		// touch an object of the owner.
		if p := (*Proxy)(unsafePointer(o)); p.obj != nil {
			v.Visit(p.obj)
		}
	}
	t.Repr = sopRepr
	t.Str = sopUnary(PxStr)
	t.Hash = func(ts *Thread, o *Object) int64 {
		h := sopInt(ts, sopForward(ts, o, PxHash))
		if h == -1 && !ts.Occurred() {
			h = -2
		}
		return h
	}
	t.RichCompare = func(ts *Thread, a, b *Object, op CompareOp) *Object {
		return sopForward(ts, a, PxCompare+ProxyOp(op), b)
	}
	t.GetAttr = func(ts *Thread, o, name *Object) *Object {
		if AsStr(name) != nil && proxyOwnMethods[StrValue(name)] {
			return GenericGetAttr(ts, o, name)
		}
		return sopForward(ts, o, PxGetAttr, name)
	}
	t.SetAttr = func(ts *Thread, o, name, value *Object) int {
		if value == nil {
			return sopStatus(ts, sopForward(ts, o, PxDelAttr, name))
		}
		return sopStatus(ts, sopForward(ts, o, PxSetAttr, name, value))
	}
	t.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
		return (*Proxy)(unsafePointer(o)).owner.ProxyForward(ts, o, PxCall, args, kwnames)
	}
	t.Iter = sopUnary(PxIter)
	t.IterNext = func(ts *Thread, o *Object) *Object { return sopForward(ts, o, PxNext) }
	t.DescrGet = func(ts *Thread, descr, obj, typ *Object) *Object {
		if obj == nil {
			obj = None
		}
		if typ == nil {
			typ = None
		}
		return sopForward(ts, descr, PxDescrGet, obj, typ)
	}
	t.New = sopNew
	for op := NumberOp(0); op < numNumberOps; op++ {
		if op == OpPow {
			continue // ternary: Pow, InplacePow
		}
		t.NumBinary[op] = sopBinary(op)
		if op != OpDivmod {
			t.NumInplace[op] = sopInplace(op)
		}
	}
	t.Pow = sopPow
	t.InplacePow = func(ts *Thread, a, b, c *Object) *Object { return sopForward(ts, a, PxIPow, b, c) }
	t.Neg = sopUnary(PxNeg)
	t.Pos = sopUnary(PxPos)
	t.Abs = sopUnary(PxAbs)
	t.Invert = sopUnary(PxInvert)
	t.Bool = func(ts *Thread, o *Object) int {
		r := sopForward(ts, o, PxBool)
		if r == nil {
			return -1
		}
		defer Decref(ts, r)
		return IsTrue(ts, r)
	}
	t.Int = sopUnary(PxInt)
	t.Float = sopUnary(PxFloat)
	t.Index = sopUnary(PxIndex)
	t.Len = func(ts *Thread, o *Object) int { return int(sopInt(ts, sopForward(ts, o, PxLen))) }
	t.GetItem = func(ts *Thread, o, key *Object) *Object { return sopForward(ts, o, PxGetItem, key) }
	t.SetItem = func(ts *Thread, o, key, value *Object) int {
		if value == nil {
			return sopStatus(ts, sopForward(ts, o, PxDelItem, key))
		}
		return sopStatus(ts, sopForward(ts, o, PxSetItem, key, value))
	}
	t.Contains = func(ts *Thread, o, item *Object) int {
		r := sopForward(ts, o, PxContains, item)
		if r == nil {
			return -1
		}
		defer Decref(ts, r)
		return IsTrue(ts, r)
	}
	for i, name := range ProxyMethodNames {
		t.Methods = append(t.Methods, MethodDef{Name: name, Fn: sopMethod(i)})
	}
	// A proxy is shared, never pickled (its object stays in its owner).
	noPickle := func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		return ts.Raisef(TypeError, "cannot pickle '%s' object", TypeName(self))
	}
	t.Methods = append(t.Methods, MethodDef{Name: "__reduce__", Fn: noPickle},
		MethodDef{Name: "__reduce_ex__", Fn: noPickle})
	registerStatic(t)
}

// IsStaticObject reports whether o is a static immortal (a Go value
// shared by every interpreter and never written: None, the built-in types,
// their functions), which may cross between interpreters by identity.
func IsStaticObject(o *Object) bool { return o.hdr.Pool == 0 && o.IsImmortal() }

// BinaryOp1 is the binary operator protocol without the final TypeError:
// NotImplemented (a new reference) when neither operand's slot applies.
func BinaryOp1(ts *Thread, a, b *Object, op NumberOp) *Object {
	if a.typ == FloatType {
		if r := floatFastOp(ts, a, b, op); r != nil {
			return r
		}
	}
	return binaryOp1(ts, a, b, op)
}

// proxyIsInstance is isinstance(proxy, t) for a class t: CPython's
// fallback to the instance's __class__ (forwarded: a built-in type comes
// back as itself), so that a proxy of a list is an instance of list.
func proxyIsInstance(ts *Thread, o *Object, t *Type) int {
	c := GetAttrString(ts, o, "__class__")
	if c == nil {
		if ts.ErrMatches(AttributeError) {
			ts.ClearErr()
			return 0
		}
		return -1
	}
	defer Decref(ts, c)
	if ct := AsType(c); ct != nil {
		return typeXBool(ct.IsSubtype(t))
	}
	return 0
}

// proxyIsSubclass is issubclass(proxy, cls) for a class cls: asked of
// the owner, where the proxied object is (or is not) a class.
func proxyIsSubclass(ts *Thread, o, cls *Object) int {
	r := sopForward(ts, o, PxIsSubclassOf, cls)
	if r == nil {
		return -1
	}
	defer Decref(ts, r)
	return IsTrue(ts, r)
}

// A proxy method is what LOAD_METHOD finds on a proxy (GetMethod): the
// name, called with the proxy first, so that p.name(args) is one
// forwarded operation (PxCallMethod) instead of a getattr returning a
// proxy of a bound method and a call of that.
type proxyMethod struct {
	Object
	name *Object
}

var proxyMethodClass = alloc.NewClass[proxyMethod]("SharedObjectProxy method")

// ProxyMethodType is the type of those (never seen by Python code: the
// VM calls it at once).
var ProxyMethodType = &Type{Name: "SharedObjectProxy_method", Module: "concurrent.interpreters"}

// proxyGetMethod is GetMethod for a proxy: unbound (called with the
// proxy first) unless the name is one of the proxy's own methods.
func proxyGetMethod(ts *Thread, o, name *Object) (*Object, bool) {
	if AsStr(name) == nil || proxyOwnMethods[StrValue(name)] {
		return GetAttr(ts, o, name), false
	}
	m := newObject(ts, proxyMethodClass, ProxyMethodType)
	m.name = NewRef(name)
	return &m.Object, true
}

func init() {
	t := ProxyMethodType
	t.Dealloc = func(ts *Thread, o *Object) {
		m := (*proxyMethod)(unsafePointer(o))
		Clear(ts, &m.name)
		freeObject(ts, proxyMethodClass, m)
	}
	t.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
		m := (*proxyMethod)(unsafePointer(o))
		nkw := 0
		if kwnames != nil {
			nkw = len(TupleItems(kwnames))
		}
		if len(args)-nkw < 1 || AsProxy(args[0]) == nil {
			return ts.Raise(TypeError, "a SharedObjectProxy method needs its proxy")
		}
		p := args[0]
		all := make([]*Object, 0, len(args))
		all = append(all, m.name)
		all = append(all, args[1:]...)
		return (*Proxy)(unsafePointer(p)).owner.ProxyForward(ts, p, PxCallMethod, all, kwnames)
	}
	registerStatic(t)
}

// seqGivesWay reports whether a built-in sequence's concatenation or
// repetition lets the other operand's number slot try first: for classes
// made at run time (CPython tries both operands' number slots before
// sq_concat) and for proxies (whose slot runs the proxied object's side
// in its owner). The built-in sequences keep concat and repeat in their
// number slots, so calling theirs would answer for the wrong operand.
func seqGivesWay(t *Type) bool { return t.IsHeapType() || t == ProxyType }

// proxyOperandFirst is seq * b for a built-in sequence seq and a proxy b:
// b's side runs first (in its owner, the whole protocol when seq arrives
// there as a copy: b's __index__ or __rmul__), as CPython tries both
// operands' number slots before sq_repeat; NotImplemented when b is no
// proxy or its side declines (the sequence then reads b's index).
func proxyOperandFirst(ts *Thread, a, b *Object, op NumberOp) *Object {
	if b.typ != ProxyType {
		return NotImplemented
	}
	r := b.typ.NumBinary[op](ts, a, b)
	if r != NotImplemented || op != OpMul {
		return r
	}
	// The sequence reads b's index next (one more switch): first make
	// sure there is one, so that the error names b's object's type.
	n := sopForward(ts, b, PxRepeatCount)
	if n == nil {
		return nil
	}
	Decref(ts, n)
	return NotImplemented
}

// Callable is callable(o): for a proxy, asked of its object's type in
// the owner; 1, 0, or -1 with an exception set (the owner closed).
func Callable(ts *Thread, o *Object) int {
	if o.typ != ProxyType {
		return typeXBool(o.typ.Call != nil)
	}
	r := sopForward(ts, o, PxCallable)
	if r == nil {
		return -1
	}
	defer Decref(ts, r)
	return IsTrue(ts, r)
}

// proxyIndexFailed is called when the index of key, a sequence's
// subscript or slice bound, failed. For a proxy of an object without
// __index__ (the proxy type has the slot, so the sequence asked for the
// index), the error becomes the sequence's own TypeError naming that
// object's type (format has at most one %s for it), as for the object
// itself; otherwise the error stands.
func proxyIndexFailed(ts *Thread, key *Object, format string) {
	name := proxyNonIndexName(ts, key)
	if name == "" {
		return
	}
	if strings.Contains(format, "%s") {
		ts.Raisef(TypeError, format, name)
	} else {
		ts.Raise(TypeError, format)
	}
}

// proxyNonIndexName is, after the index of key failed with a TypeError,
// the name of the type of key's object when key is a proxy and that type
// has no __index__ (the error is then cleared); "" otherwise, the error
// left as it is.
func proxyNonIndexName(ts *Thread, key *Object) string {
	if key.typ != ProxyType || !ts.ErrMatches(TypeError) {
		return ""
	}
	exc := ts.FetchErr()
	r := sopForward(ts, key, PxIndexCheck)
	if r == nil {
		ts.SetErrSteal(exc)
		return ""
	}
	defer Decref(ts, r)
	if AsStr(r) == nil {
		ts.SetErrSteal(exc)
		return ""
	}
	Decref(ts, exc)
	return StrValue(r)
}

// operandTypeName is the type name an operator's TypeError shows for o:
// for a proxy, its object's (asked of the owner, on this error path only),
// so that the message is the one the objects themselves give.
func operandTypeName(ts *Thread, o *Object) string {
	if o.typ != ProxyType {
		return TypeName(o)
	}
	exc := ts.FetchErr()
	defer func() {
		if exc != nil {
			ts.SetErrSteal(exc)
		}
	}()
	r := sopForward(ts, o, PxTypeName)
	if r == nil {
		ts.ClearErr() // a closed owner: the proxy's own name
		return TypeName(o)
	}
	defer Decref(ts, r)
	if AsStr(r) == nil {
		return TypeName(o)
	}
	return StrValue(r)
}
