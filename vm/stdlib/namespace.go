package stdlib

import (
	"strings"

	"minipy/vm"
	"minipy/vm/objects"
)

// types.SimpleNamespace in Go (CPython's is a C type, so its name in
// messages is module-qualified): a gobj whose state is its __dict__.

var namespaceT = newGType("SimpleNamespace", "types", true)

// newUnderTypesModule is the small native part of types.
func newUnderTypesModule(th *vm.Thread) *Object {
	return makeModule(th, "_types", "", nil, map[string]*Object{
		"SimpleNamespace": objects.NewRef(namespaceT.t.TypeObject()),
	})
}

func init() {
	namespaceT.withDict()
	t := namespaceT.t
	t.Doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"
	t.New = func(ts *objects.Thread, typ *objects.Type, args []*Object, kw *Object) *Object {
		x := namespaceT.alloc(ts, typ)
		if x.dict = objects.NewDict(ts); x.dict == nil {
			objects.FreeObject(ts, namespaceT.c, x)
			return nil
		}
		return track(ts, x)
	}
	t.Init = func(ts *objects.Thread, o *Object, args []*Object, kw *Object) int {
		npos := objects.NumPositional(args, kw)
		if npos > 0 {
			ts.Raise(objects.TypeError, "no positional arguments expected")
			return -1
		}
		x := asG(o)
		for i, k := range kwTuple(kw) {
			if objects.DictSetItem(ts, x.dict, k, args[npos+i]) < 0 {
				return -1
			}
		}
		return 0
	}
	t.Hash = func(ts *objects.Thread, o *Object) int64 {
		ts.Raisef(objects.TypeError, "unhashable type: '%s'", typeFullName(o.Type()))
		return -1
	}
	t.ClassAttrs = append(t.ClassAttrs, objects.ClassAttr{Name: "__hash__", Value: objects.None})
	t.Repr = func(ts *objects.Thread, o *Object) *Object {
		name := "namespace"
		if o.Type() != namespaceT.t {
			name = o.Type().Name
		}
		if r := objects.ReprEnter(ts, o); r != 0 {
			if r > 0 {
				return objects.NewStr(ts, name+"(...)")
			}
			return nil
		}
		defer objects.ReprLeave(ts, o)
		var b strings.Builder
		b.WriteString(name + "(")
		x := asG(o)
		if x.dict != nil {
			pos, first := 0, true
			for {
				k, v, ok := objects.DictNext(x.dict, &pos)
				if !ok {
					break
				}
				if !k.Type().IsSubtype(objects.StrType) {
					continue
				}
				if !first {
					b.WriteString(", ")
				}
				first = false
				objects.Incref(v)
				s, ok := reprStr(ts, v)
				objects.Decref(ts, v)
				if !ok {
					return nil
				}
				b.WriteString(objects.StrValue(k) + "=" + s)
			}
		}
		b.WriteString(")")
		return objects.NewStr(ts, b.String())
	}
	t.RichCompare = func(ts *objects.Thread, a, b *Object, op objects.CompareOp) *Object {
		if (op != objects.EQ && op != objects.NE) || !a.Type().IsSubtype(namespaceT.t) || !b.Type().IsSubtype(namespaceT.t) {
			return objects.NewRef(objects.NotImplemented)
		}
		da, db := nsDict(ts, a), nsDict(ts, b)
		if da == nil || db == nil {
			objects.XDecref(ts, da)
			objects.XDecref(ts, db)
			return nil
		}
		defer objects.Decref(ts, da)
		defer objects.Decref(ts, db)
		return objects.RichCompare(ts, da, db, op)
	}
	t.Methods = []objects.MethodDef{{Name: "__reduce__", Fn: func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object {
		d := nsDict(ts, o)
		if d == nil {
			return nil
		}
		return objects.NewTupleSteal(ts, objects.NewRef(o.Type().TypeObject()), objects.NewTuple(ts), d)
	}, Doc: "Return state information for pickling"}}
}

func nsDict(ts *objects.Thread, o *Object) *Object {
	x := asG(o)
	if x.dict == nil {
		if x.dict = objects.NewDict(ts); x.dict == nil {
			return nil
		}
	}
	return objects.NewRef(x.dict)
}
