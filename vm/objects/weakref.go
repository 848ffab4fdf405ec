package objects

import (
	"fmt"

	"minipy/runtime/alloc"
)

// Weak references (CPython's Objects/weakrefobject.c).
//
// A referent's weak references are not kept in the referent's own block (no
// struct has a tp_weaklist slot): the space maps each weakly referenced
// object to its list, in CPython's order (the basic ref without callback
// first, then the basic proxy, then the others, newest first). When the
// referent dies, dealloc (or SubtypeDealloc, after __del__) clears them and
// calls their callbacks (ClearWeakrefsOf); the cycle collector clears those
// to unreachable objects before any finalizer runs (gcHandleWeakrefs).
// Looking the map up costs nothing while no weak reference exists.

// Weakref is a weakref.ref, weakref.ProxyType or weakref.CallableProxyType.
type Weakref struct {
	GCObject
	referent *Object // borrowed; nil once cleared
	callback *Object // owned or nil
	hash     int64   // cached hash of the referent; -1 until computed
}

var weakrefClass = alloc.NewClass[Weakref]("weakref")

// The weak reference types.
var (
	WeakrefType            = &Type{Name: "ReferenceType", QualName: "ReferenceType", Module: "weakref", Flags: FlagHaveGC}
	WeakProxyType          = &Type{Name: "ProxyType", QualName: "ProxyType", Module: "weakref", Flags: FlagHaveGC}
	WeakCallableProxyType  = &Type{Name: "CallableProxyType", QualName: "CallableProxyType", Module: "weakref", Flags: FlagHaveGC}
	weakrefableStaticTypes = map[*Type]bool{}
)

// nonGCWeakrefable lists the types marked weakrefable that are not
// containers (set at init only).
var nonGCWeakrefable []*Type

// mayHaveWeakrefs is a cheap filter before the map lookup: false for the
// static types whose instances cannot be weakly referenced, and for most
// of them without a lookup.
func mayHaveWeakrefs(t *Type) bool {
	if t.Flags&FlagHaveGC != 0 || (t.layout != nil && t.layout.weakref) {
		return true
	}
	for _, x := range nonGCWeakrefable {
		if x == t {
			return true
		}
	}
	return false
}

// MarkWeakrefable records, at init, that the instances of a static type
// without a base-type layout (functions, code, generators, methods...)
// support weak references.
func MarkWeakrefable(t *Type) {
	weakrefableStaticTypes[t] = true
	if t.Flags&FlagHaveGC == 0 {
		nonGCWeakrefable = append(nonGCWeakrefable, t)
	}
}

// SupportsWeakrefs reports whether instances of t can be weakly referenced
// (_PyType_SUPPORTS_WEAKREFS).
func SupportsWeakrefs(t *Type) bool {
	if t == TypeType || weakrefableStaticTypes[t] || typeXHasWeakref(t) {
		return true
	}
	for b := t; b != nil; b = b.Base {
		if weakrefableStaticTypes[b] {
			return true
		}
	}
	return false
}

func asWeakref(o *Object) *Weakref { return (*Weakref)(unsafePointer(o)) }

// IsWeakref reports whether o is a ref or a proxy.
func IsWeakref(o *Object) bool {
	return o.typ == WeakrefType || o.typ == WeakProxyType || o.typ == WeakCallableProxyType || isRefSubclass(o)
}

// isRefSubclass reports whether o is an instance of a class derived from
// weakref.ref.
func isRefSubclass(o *Object) bool {
	return o.typ.IsHeapType() && o.typ.IsSubtype(WeakrefType)
}

func (s *Space) weakList(o *Object) []*Weakref { return s.weakrefs[o] }

// unlink removes w from its referent's list and marks it dead
// (clear_weakref without the callback).
func (w *Weakref) unlink(s *Space) {
	o := w.referent
	if o == nil {
		return
	}
	w.referent = nil
	l := s.weakrefs[o]
	for i, x := range l {
		if x == w {
			l = append(l[:i:i], l[i+1:]...)
			break
		}
	}
	if len(l) == 0 {
		delete(s.weakrefs, o)
	} else {
		s.weakrefs[o] = l
	}
}

// NewWeakref is weakref.ref(o, callback) (t is WeakrefType) or
// weakref.proxy(o, callback) (t is WeakProxyType; a callable o gets a
// CallableProxyType), or an instance of t, a class derived from ref.
// callback may be nil or None. Arguments borrowed.
func NewWeakref(ts *Thread, t *Type, o, callback *Object) *Object {
	if !SupportsWeakrefs(o.typ) {
		return ts.Raisef(TypeError, "cannot create weak reference to '%s' object", TypeName(o))
	}
	if callback == None {
		callback = nil
	}
	s := ts.Space
	l := s.weakList(o)
	proxy := t == WeakProxyType
	if proxy && o.typ.Call != nil {
		t = WeakCallableProxyType
	}
	// The basic ref and proxy (no callback) come first and are shared.
	var ref, prox *Weakref
	i := 0
	if i < len(l) && l[i].callback == nil && l[i].Object.typ == WeakrefType {
		ref = l[i]
		i++
	}
	if i < len(l) && l[i].callback == nil && (l[i].Object.typ == WeakProxyType || l[i].Object.typ == WeakCallableProxyType) {
		prox = l[i]
		i++
	}
	if callback == nil {
		if t == WeakrefType && ref != nil {
			return NewRef(&ref.Object)
		}
		if proxy && prox != nil {
			return NewRef(&prox.Object)
		}
	}
	w := newObject(ts, weakrefClass, t)
	w.referent, w.callback, w.hash = o, XNewRef(callback), -1
	if s.weakrefs == nil {
		s.weakrefs = map[*Object][]*Weakref{}
	}
	at := i // the others go after the basic ones, newest first
	if callback == nil && t == WeakrefType {
		at = 0
	}
	l = append(l, nil)
	copy(l[at+1:], l[at:])
	l[at] = w
	s.weakrefs[o] = l
	gcTrack(ts, &w.Object)
	return &w.Object
}

// WeakrefGet returns the referent of a weak reference (borrowed), or nil
// when it is dead.
func WeakrefGet(w *Object) *Object { return asWeakref(w).referent }

// WeakrefCount is weakref.getweakrefcount(o).
func WeakrefCount(ts *Thread, o *Object) int { return len(ts.Space.weakrefs[o]) }

// Weakrefs returns a new list of o's weak references (getweakrefs).
func Weakrefs(ts *Thread, o *Object) *Object {
	l := ts.Space.weakrefs[o]
	items := make([]*Object, len(l))
	for i, w := range l {
		items[i] = NewRef(&w.Object)
	}
	return NewListSteal(ts, items)
}

// FirstWeakref is o.__weakref__: its first weak reference or None (a new
// reference).
func FirstWeakref(ts *Thread, o *Object) *Object {
	if l := ts.Space.weakrefs[o]; len(l) > 0 {
		return NewRef(&l[0].Object)
	}
	return NewRef(None)
}

// ClearWeakrefsOf is PyObject_ClearWeakRefs: o is dying (refcount 0); its
// weak references are cleared, then the callbacks of those still alive
// are called with them. The pending exception is kept.
func ClearWeakrefsOf(ts *Thread, o *Object) {
	s := ts.Space
	l := s.weakrefs[o]
	if len(l) == 0 {
		return
	}
	delete(s.weakrefs, o)
	type pending struct{ w, cb *Object }
	var calls []pending
	for _, w := range l {
		w.referent = nil
		cb := w.callback
		w.callback = nil
		if cb == nil {
			continue
		}
		if s.NoPython && w.Object.hdr.Refcnt > 0 {
			// Finalization's phase 2: no Python code may run, and the
			// callbacks of what phase 2 destroys ran in phase 1
			// (HandleWeakrefsAtShutdown). One left means phase 1 missed
			// a path: counted, never called.
			s.DroppedWeakrefCallbacks++
			Decref(ts, cb)
			continue
		}
		if w.Object.hdr.Refcnt > 0 {
			calls = append(calls, pending{NewRef(&w.Object), cb})
		} else {
			Decref(ts, cb)
		}
	}
	if len(calls) == 0 {
		return
	}
	exc := ts.FetchErr()
	for _, c := range calls {
		callWeakrefCallback(ts, c.cb, c.w)
		Decref(ts, c.w)
		Decref(ts, c.cb)
	}
	if exc != nil {
		ts.SetErrSteal(exc)
	}
}

// HasWeakrefs reports whether o is weakly referenced (one map lookup, none
// while no weak reference exists).
func HasWeakrefs(ts *Thread, o *Object) bool {
	return len(ts.Space.weakrefs) != 0 && len(ts.Space.weakrefs[o]) != 0
}

// HasAnyWeakrefs reports whether any object of the interpreter is weakly
// referenced.
func HasAnyWeakrefs(ts *Thread) bool { return len(ts.Space.weakrefs) != 0 }

// HandleWeakrefsAtShutdown is finalization's handle_weakrefs (phase 1 of
// the virtual GC, runtime/finalize): dying are objects that phase 2 will
// destroy (the immortals and what they reach), all still intact. As
// CPython's collector does for garbage, every weak reference to them is
// cleared first, so that no callback can reach a dying object through
// one, then the callbacks run, each with its weak reference, once: the
// callback is detached from it (as when a referent dies of its refcount,
// where __callback__ reads None afterwards). Unlike the collector, the
// callback of a weak reference that is itself among the dying runs too:
// the collector skips those because garbage may be half torn down when
// they would run, and nothing is torn down in phase 1. An exception in a
// callback is reported as unraisable. The pending exception is kept. It
// returns the number of callbacks called; repeat until it returns 0,
// since a callback may make new weak references.
func HandleWeakrefsAtShutdown(ts *Thread, dying []*Object) int {
	s := ts.Space
	if len(s.weakrefs) == 0 {
		return 0
	}
	var toCall []*Weakref
	for _, o := range dying {
		l := s.weakrefs[o]
		if len(l) == 0 {
			continue
		}
		delete(s.weakrefs, o)
		for _, w := range l {
			w.referent = nil
			if w.callback == nil {
				continue
			}
			Incref(&w.Object) // a listed weak reference is alive
			toCall = append(toCall, w)
		}
	}
	if len(toCall) == 0 {
		return 0
	}
	exc := ts.FetchErr()
	for _, w := range toCall {
		if cb := w.callback; cb != nil {
			w.callback = nil
			callWeakrefCallback(ts, cb, &w.Object)
			Decref(ts, cb)
		}
		Decref(ts, &w.Object)
	}
	if exc != nil {
		ts.SetErrSteal(exc)
	}
	return len(toCall)
}

// ClearWeakrefsNoCallback clears o's weak references without calling any
// callback (finalization's phase 2, before it destroys the immortal o);
// a callback still attached is dropped and counted in
// Space.DroppedWeakrefCallbacks (phase 1 should have run it).
func ClearWeakrefsNoCallback(ts *Thread, o *Object) {
	s := ts.Space
	l := s.weakrefs[o]
	if len(l) == 0 {
		return
	}
	delete(s.weakrefs, o)
	for _, w := range l {
		w.referent = nil
		if w.callback != nil {
			s.DroppedWeakrefCallbacks++
			Clear(ts, &w.callback)
		}
	}
}

func callWeakrefCallback(ts *Thread, cb, w *Object) {
	r := CallOneArg(ts, cb, w)
	if r == nil {
		ts.Space.GC.unraisable(ts, "", cb)
		return
	}
	Decref(ts, r)
}

// deallocClearWeakrefs is dealloc's hook: an object of a static type
// dies with weak references (instances of classes are handled by
// SubtypeDealloc, after their __del__).
func deallocClearWeakrefs(ts *Thread, o *Object) {
	if !mayHaveWeakrefs(o.typ) {
		return // ints, floats, strs...: no map lookup
	}
	if _, ok := ts.Space.weakrefs[o]; ok && !IsWeakref(o) {
		ClearWeakrefsOf(ts, o)
	}
}

// gcHandleWeakrefs is handle_weakrefs (CPython 3.11 gcmodule.c): weak
// references that are themselves unreachable are cleared (their callbacks
// never run); the weak references to unreachable objects are cleared, and
// the callbacks of those that are reachable are called; the unreachable
// ones' callbacks are not. It returns how many weakrefs the calls freed.
func gcHandleWeakrefs(ts *Thread, unreachable []*Object) int {
	s := ts.Space
	if len(s.weakrefs) == 0 {
		return 0
	}
	inSet := make(map[*Object]bool, len(unreachable))
	for _, o := range unreachable {
		inSet[o] = true
	}
	for _, o := range unreachable {
		if IsWeakref(o) {
			asWeakref(o).unlink(s)
		}
	}
	var toCall []*Weakref
	for _, o := range unreachable {
		l := s.weakrefs[o]
		if len(l) == 0 {
			continue
		}
		delete(s.weakrefs, o)
		for _, w := range l {
			w.referent = nil
			if w.callback == nil || inSet[&w.Object] {
				continue
			}
			if s.NoPython {
				// Finalization's phase 2 (see ClearWeakrefsOf).
				s.DroppedWeakrefCallbacks++
				Clear(ts, &w.callback)
				continue
			}
			Incref(&w.Object)
			toCall = append(toCall, w)
		}
	}
	freed := 0
	for _, w := range toCall {
		if cb := w.callback; cb != nil {
			Incref(cb)
			callWeakrefCallback(ts, cb, &w.Object)
			Decref(ts, cb)
		}
		if w.Object.hdr.Refcnt == 1 {
			freed++
		}
		Decref(ts, &w.Object)
	}
	return freed
}

func weakrefDealloc(ts *Thread, o *Object) {
	w := asWeakref(o)
	gcUntrack(ts, o)
	w.unlink(ts.Space)
	Clear(ts, &w.callback)
	freeObject(ts, weakrefClass, w)
}

func weakrefTraverse(o *Object, v Visitor) {
	if cb := asWeakref(o).callback; cb != nil {
		v.Visit(cb)
	}
}

func weakrefClear(ts *Thread, o *Object) {
	w := asWeakref(o)
	w.unlink(ts.Space)
	Clear(ts, &w.callback)
}

// weakrefReprTail is "; to 'T' at 0x... (name)>" or "; dead>".
func weakrefReprTail(ts *Thread, o *Object) (string, bool) {
	r := asWeakref(o).referent
	if r == nil {
		return "; dead>", true
	}
	Incref(r)
	defer Decref(ts, r)
	name := ""
	n := GetAttrString(ts, r, "__name__")
	if n == nil && ts.ErrMatches(AttributeError) {
		ts.ClearErr()
	}
	if n != nil {
		if AsStr(n) != nil {
			name = " (" + StrValue(n) + ")"
		} else {
			s := Repr(ts, n)
			if s == nil {
				Decref(ts, n)
				return "", false
			}
			name = " (" + StrValue(s) + ")"
			Decref(ts, s)
		}
		Decref(ts, n)
	} else if ts.Occurred() {
		return "", false
	}
	return fmt.Sprintf("; to '%s' at %#x%s>", typeFullName(r.typ), r.ID(), name), true
}

// typeFullName is _PyType_Name's fully qualified form used by weakref
// reprs (tp_name: "module.Name" for classes, the bare name for builtins).
func typeFullName(t *Type) string {
	if t.IsHeapType() {
		return t.Name
	}
	if t.Module != "" && t.Module != "builtins" {
		return t.Module + "." + t.Name
	}
	return t.Name
}

func init() {
	t := WeakrefType
	t.Dealloc = weakrefDealloc
	t.Traverse = weakrefTraverse
	t.Clear = weakrefClear
	t.GetAttr = GenericGetAttr
	t.Flags |= FlagBaseType
	SetLayout(t, weakrefClass, false)
	t.New = func(ts *Thread, sub *Type, args []*Object, kwnames *Object) *Object {
		if !CheckNoKw(ts, "ref", kwnames) || !unpackRefArgs(ts, "__new__", len(args)) {
			return nil
		}
		var cb *Object
		if len(args) > 1 {
			cb = args[1]
		}
		return NewWeakref(ts, sub, args[0], cb)
	}
	t.Init = func(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
		// weakref___init__: the arguments were used by __new__.
		n := len(args)
		if kwnames != nil {
			n -= len(TupleItems(kwnames))
		}
		if !unpackRefArgs(ts, "__init__", n) {
			return -1
		}
		return 0
	}
	t.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
		if !CheckNoKw(ts, "weakref", kwnames) {
			return nil
		}
		if len(args) != 0 {
			return ts.Raisef(TypeError, "weakref expected 0 arguments, got %d", len(args))
		}
		if r := asWeakref(o).referent; r != nil {
			return NewRef(r)
		}
		return NewRef(None)
	}
	t.Hash = func(ts *Thread, o *Object) int64 {
		w := asWeakref(o)
		if w.hash != -1 {
			return w.hash
		}
		if w.referent == nil {
			ts.Raise(TypeError, "weak object has gone away")
			return -1
		}
		r := NewRef(w.referent)
		h := Hash(ts, r)
		Decref(ts, r)
		w.hash = h
		return h
	}
	t.RichCompare = func(ts *Thread, a, b *Object, op CompareOp) *Object {
		if (op != EQ && op != NE) || (b.typ != WeakrefType && !isRefSubclass(b)) {
			return NewRef(NotImplemented)
		}
		ra, rb := asWeakref(a).referent, asWeakref(b).referent
		if ra == nil || rb == nil {
			res := a == b
			if op == NE {
				res = !res
			}
			return NewRef(Bool(res))
		}
		Incref(ra)
		Incref(rb)
		r := RichCompare(ts, ra, rb, op)
		Decref(ts, ra)
		Decref(ts, rb)
		return r
	}
	t.Repr = func(ts *Thread, o *Object) *Object {
		tail, ok := weakrefReprTail(ts, o)
		if !ok {
			return nil
		}
		return NewStr(ts, fmt.Sprintf("<weakref at %#x%s", o.ID(), tail))
	}
	t.GetSets = []GetSetDef{{Name: "__callback__", Get: func(ts *Thread, o *Object) *Object {
		if cb := asWeakref(o).callback; cb != nil {
			return NewRef(cb)
		}
		return NewRef(None)
	}}}
	t.Methods = []MethodDef{{Name: "__class_getitem__", Flags: MethClass, Fn: func(ts *Thread, cls *Object, args []*Object, kwnames *Object) *Object {
		return classGetItem(ts, cls, args, kwnames)
	}}}
	for _, p := range []*Type{WeakProxyType, WeakCallableProxyType} {
		initProxyType(p)
	}
	MarkWeakrefable(TypeType)
	MarkWeakrefable(BuiltinFuncType)
	MarkWeakrefable(MethodType)
	registerStatic(WeakrefType, WeakProxyType, WeakCallableProxyType)
}

// unpackRefArgs checks ref's (ob[, callback]) count as PyArg_UnpackTuple.
func unpackRefArgs(ts *Thread, name string, n int) bool {
	switch {
	case n < 1:
		ts.Raisef(TypeError, "%s expected at least 1 argument, got %d", name, n)
		return false
	case n > 2:
		ts.Raisef(TypeError, "%s expected at most 2 arguments, got %d", name, n)
		return false
	}
	return true
}
