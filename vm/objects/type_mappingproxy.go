package objects

import "minipy/runtime/alloc"

// mappingproxy: a read-only view of a mapping (type.__dict__).

type mappingProxy struct {
	GCObject
	mapping *Object
}

var mappingProxyClass = alloc.NewClass[mappingProxy]("mappingproxy")

// MappingProxyType is types.MappingProxyType.
var MappingProxyType = &Type{Name: "mappingproxy", Flags: FlagHaveGC}

// NewMappingProxy makes a read-only proxy of mapping (borrowed).
func NewMappingProxy(ts *Thread, mapping *Object) *Object {
	p := newObject(ts, mappingProxyClass, MappingProxyType)
	p.mapping = NewRef(mapping)
	gcTrack(ts, &p.Object)
	return &p.Object
}

func proxyOf(o *Object) *Object { return (*mappingProxy)(unsafePointer(o)).mapping }

// proxyForward calls the mapping's method of the same name.
func proxyForward(name string) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		return CallMethodArgs(ts, proxyOf(self), name, args, kwnames)
	}
}

func init() {
	t := MappingProxyType
	t.Dealloc = func(ts *Thread, o *Object) {
		p := (*mappingProxy)(unsafePointer(o))
		gcUntrack(ts, o)
		Clear(ts, &p.mapping)
		freeObject(ts, mappingProxyClass, p)
	}
	t.Traverse = func(o *Object, v Visitor) {
		if m := proxyOf(o); m != nil {
			v.Visit(m)
		}
	}
	t.New = func(ts *Thread, _ *Type, args []*Object, kwnames *Object) *Object {
		var m *Object
		if !ParseArgs(ts, "mappingproxy", args, kwnames, []string{"mapping"}, 1, &m) {
			return nil
		}
		if m.typ.GetItem == nil || AsList(m) != nil || AsTuple(m) != nil {
			return ts.Raisef(TypeError, "mappingproxy() argument must be a mapping, not %s", TypeName(m))
		}
		return NewMappingProxy(ts, m)
	}
	t.GetAttr = GenericGetAttr
	t.Len = func(ts *Thread, o *Object) int { return Len(ts, proxyOf(o)) }
	t.GetItem = func(ts *Thread, o, key *Object) *Object { return GetItem(ts, proxyOf(o), key) }
	t.Contains = func(ts *Thread, o, key *Object) int { return Contains(ts, proxyOf(o), key) }
	t.Iter = func(ts *Thread, o *Object) *Object { return GetIter(ts, proxyOf(o)) }
	t.Str = func(ts *Thread, o *Object) *Object { return StrOf(ts, proxyOf(o)) }
	t.Repr = func(ts *Thread, o *Object) *Object {
		r := Repr(ts, proxyOf(o))
		if r == nil {
			return nil
		}
		s := NewStr(ts, "mappingproxy("+StrValue(r)+")")
		Decref(ts, r)
		return s
	}
	t.RichCompare = func(ts *Thread, a, b *Object, op CompareOp) *Object {
		return RichCompare(ts, proxyOf(a), b, op)
	}
	t.Methods = []MethodDef{
		{Name: "get", Fn: proxyForward("get"), Doc: "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
		{Name: "keys", Fn: proxyForward("keys"), Doc: "D.keys() -> a set-like object providing a view on D's keys"},
		{Name: "values", Fn: proxyForward("values"), Doc: "D.values() -> an object providing a view on D's values"},
		{Name: "items", Fn: proxyForward("items"), Doc: "D.items() -> a set-like object providing a view on D's items"},
		{Name: "copy", Fn: proxyForward("copy"), Doc: "D.copy() -> a shallow copy of D"},
	}
	registerStatic(t)
}
