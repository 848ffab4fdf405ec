package objects

import "fmt"

// weakref.proxy: forwards every operation to the referent, or raises
// ReferenceError once it is dead (CPython's proxy_* functions).

// proxyReferent returns the referent (a new reference) or raises
// ReferenceError.
func proxyReferent(ts *Thread, o *Object) *Object {
	r := asWeakref(o).referent
	if r == nil {
		return ts.Raise(ReferenceError, "weakly-referenced object no longer exists")
	}
	return NewRef(r)
}

// unproxy replaces a live proxy argument by its referent (a new
// reference either way); nil with ReferenceError for a dead one.
func unproxy(ts *Thread, o *Object) *Object {
	if o.typ == WeakProxyType || o.typ == WeakCallableProxyType {
		return proxyReferent(ts, o)
	}
	return NewRef(o)
}

func proxyUnary(f func(ts *Thread, r *Object) *Object) UnaryFunc {
	return func(ts *Thread, o *Object) *Object {
		r := proxyReferent(ts, o)
		if r == nil {
			return nil
		}
		defer Decref(ts, r)
		return f(ts, r)
	}
}

func proxyBinary(f func(ts *Thread, a, b *Object) *Object) BinaryFunc {
	return func(ts *Thread, a, b *Object) *Object {
		x := unproxy(ts, a)
		if x == nil {
			return nil
		}
		defer Decref(ts, x)
		y := unproxy(ts, b)
		if y == nil {
			return nil
		}
		defer Decref(ts, y)
		return f(ts, x, y)
	}
}

func initProxyType(t *Type) {
	t.Dealloc = weakrefDealloc
	t.Traverse = weakrefTraverse
	t.Clear = weakrefClear
	t.GetAttr = func(ts *Thread, o, name *Object) *Object {
		r := proxyReferent(ts, o)
		if r == nil {
			return nil
		}
		defer Decref(ts, r)
		return GetAttr(ts, r, name)
	}
	t.SetAttr = func(ts *Thread, o, name, value *Object) int {
		r := proxyReferent(ts, o)
		if r == nil {
			return -1
		}
		defer Decref(ts, r)
		return SetAttr(ts, r, name, value)
	}
	t.Repr = func(ts *Thread, o *Object) *Object {
		tail, ok := weakrefReprTail(ts, o)
		if !ok {
			return nil
		}
		return NewStr(ts, fmt.Sprintf("<weakproxy at %#x%s", o.ID(), tail))
	}
	t.Str = proxyUnary(StrOf)
	t.Hash = func(ts *Thread, o *Object) int64 {
		ts.Raisef(TypeError, "unhashable type: '%s'", typeFullName(o.typ))
		return -1
	}
	t.RichCompare = func(ts *Thread, a, b *Object, op CompareOp) *Object {
		x := unproxy(ts, a)
		if x == nil {
			return nil
		}
		defer Decref(ts, x)
		y := unproxy(ts, b)
		if y == nil {
			return nil
		}
		defer Decref(ts, y)
		return RichCompare(ts, x, y, op)
	}
	t.Bool = func(ts *Thread, o *Object) int {
		r := proxyReferent(ts, o)
		if r == nil {
			return -1
		}
		defer Decref(ts, r)
		return IsTrue(ts, r)
	}
	t.Len = func(ts *Thread, o *Object) int {
		r := proxyReferent(ts, o)
		if r == nil {
			return -1
		}
		defer Decref(ts, r)
		return Len(ts, r)
	}
	t.GetItem = proxyBinary(GetItem)
	t.SetItem = func(ts *Thread, o, key, value *Object) int {
		r := proxyReferent(ts, o)
		if r == nil {
			return -1
		}
		defer Decref(ts, r)
		if value == nil {
			return DelItem(ts, r, key)
		}
		return SetItem(ts, r, key, value)
	}
	t.Contains = func(ts *Thread, o, item *Object) int {
		r := proxyReferent(ts, o)
		if r == nil {
			return -1
		}
		defer Decref(ts, r)
		return Contains(ts, r, item)
	}
	t.Iter = proxyUnary(GetIter)
	for op := NumberOp(0); op < numNumberOps; op++ {
		if op == OpPow {
			continue
		}
		op := op
		t.NumBinary[op] = proxyBinary(func(ts *Thread, a, b *Object) *Object { return BinaryOp(ts, a, b, op) })
	}
	if t == WeakCallableProxyType {
		t.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
			r := proxyReferent(ts, o)
			if r == nil {
				return nil
			}
			defer Decref(ts, r)
			return Call(ts, r, args, kwnames)
		}
	}
}
