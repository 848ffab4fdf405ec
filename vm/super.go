package vm

import (
	"fmt"

	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// Super is a super object: attribute lookup that starts after typ in the
// MRO of obj's type.
type Super struct {
	objects.GCObject
	typ     *Object // owned type
	obj     *Object // owned or nil
	objType *Object // owned type or nil
}

var superClass = alloc.NewClass[Super]("super")

// SuperType is the type of super objects (the builtin super).
var SuperType = &objects.Type{Name: "super", Flags: objects.FlagHaveGC | objects.FlagBaseType}

func superCheck(ts *objects.Thread, t *objects.Type, obj *Object) *objects.Type {
	if ot := objects.AsType(obj); ot != nil && ot.IsSubtype(t) {
		return ot
	}
	if obj.Type().IsSubtype(t) {
		return obj.Type()
	}
	ts.Raise(objects.TypeError, "super(type, obj): obj must be an instance or subtype of type")
	return nil
}

func superNew(ts *objects.Thread, tp *objects.Type, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoKw(ts, "super", kwnames) || !objects.CheckArgs(ts, "super()", args, nil, 0, 2) {
		return nil
	}
	var typ, obj *Object
	if len(args) == 0 {
		th := ts.Owner.(*Thread)
		f := th.frame
		if f == nil || f.co == nil {
			return ts.Raise(objects.RuntimeError, "super(): no current frame")
		}
		co := f.co
		if co.C.ArgCount == 0 && co.C.Flags&0x4 == 0 {
			return ts.Raise(objects.RuntimeError, "super(): no arguments")
		}
		obj = f.lp[0]
		for i, c := range co.C.CellArgs {
			if c == 0 {
				obj = asCell(f.lp[co.nlocals+i]).ref
			}
		}
		if obj == nil {
			return ts.Raise(objects.RuntimeError, "super(): arg[0] deleted")
		}
		for i, n := range co.C.FreeVars {
			if n == "__class__" {
				c := asCell(f.lp[co.nlocals+co.ncells+i])
				if c.ref == nil {
					return ts.Raise(objects.RuntimeError, "super(): empty __class__ cell")
				}
				typ = c.ref
			}
		}
		if typ == nil {
			return ts.Raise(objects.RuntimeError, "super(): __class__ cell not found")
		}
		if objects.AsType(typ) == nil {
			return ts.Raisef(objects.RuntimeError, "super(): __class__ is not a type (%s)", typ.Type().Name)
		}
	} else {
		typ = args[0]
		if objects.AsType(typ) == nil {
			return ts.Raisef(objects.TypeError, "super() argument 1 must be a type, not %s", typ.Type().Name)
		}
		if len(args) == 2 && args[1] != objects.None {
			obj = args[1]
		}
	}
	var ot *objects.Type
	if obj != nil {
		ot = superCheck(ts, objects.AsType(typ), obj)
		if ot == nil {
			return nil
		}
	}
	s := objects.NewObject(ts, superClass, tp)
	if tp.IsHeapType() {
		objects.Incref(&tp.Object)
	}
	s.typ = objects.NewRef(typ)
	s.obj = objects.XNewRef(obj)
	if ot != nil {
		s.objType = objects.NewRef(ot.TypeObject())
	}
	objects.GCTrack(ts, &s.Object)
	return &s.Object
}

func superGetAttr(ts *objects.Thread, o, name *Object) *Object {
	s := (*Super)(ptr(o))
	if s.objType != nil && objects.StrValue(name) != "__class__" {
		start := objects.AsType(s.objType)
		mro := start.MRO
		t := objects.AsType(s.typ)
		i := 0
		for i < len(mro) && mro[i] != t {
			i++
		}
		for i++; i < len(mro); i++ {
			if mro[i].Dict == nil {
				continue
			}
			d := objects.DictGetItem(ts, mro[i].Dict, name)
			if d == nil {
				continue
			}
			if g := d.Type().DescrGet; g != nil {
				var inst *Object
				if s.obj != s.objType {
					inst = s.obj
				}
				return g(ts, d, inst, s.objType)
			}
			return objects.NewRef(d)
		}
	}
	return objects.GenericGetAttr(ts, o, name)
}

func init() {
	objects.SetLayout(SuperType, superClass, false)
	t := SuperType
	t.New = superNew
	t.GetAttr = superGetAttr
	t.Dealloc = func(ts *objects.Thread, o *Object) {
		objects.GCUntrack(ts, o)
		s := (*Super)(ptr(o))
		objects.Clear(ts, &s.typ)
		objects.Clear(ts, &s.obj)
		objects.Clear(ts, &s.objType)
		tp := o.Type()
		objects.FreeObject(ts, superClass, s)
		if tp.IsHeapType() {
			objects.Decref(ts, &tp.Object)
		}
	}
	t.Traverse = func(o *Object, v objects.Visitor) {
		s := (*Super)(ptr(o))
		for _, x := range [...]*Object{s.typ, s.obj, s.objType} {
			if x != nil {
				v.Visit(x)
			}
		}
	}
	t.Clear = func(ts *objects.Thread, o *Object) {
		s := (*Super)(ptr(o))
		objects.Clear(ts, &s.obj)
		objects.Clear(ts, &s.objType)
	}
	t.Repr = func(ts *objects.Thread, o *Object) *Object {
		s := (*Super)(ptr(o))
		tn := objects.AsType(s.typ).Name
		if s.objType != nil {
			return objects.NewStr(ts, fmt.Sprintf("<super: <class '%s'>, <%s object>>", tn, objects.AsType(s.objType).Name))
		}
		return objects.NewStr(ts, fmt.Sprintf("<super: <class '%s'>, NULL>", tn))
	}
	member := func(get func(s *Super) *Object) func(o *Object) *Object {
		return func(o *Object) *Object {
			if r := get((*Super)(ptr(o))); r != nil {
				return r
			}
			return objects.None
		}
	}
	t.Members = []objects.MemberDef{
		{Name: "__thisclass__", Get: member(func(s *Super) *Object { return s.typ }), Doc: "the class invoking super()"},
		{Name: "__self__", Get: member(func(s *Super) *Object { return s.obj }), Doc: "the instance invoking super(); may be None"},
		{Name: "__self_class__", Get: member(func(s *Super) *Object { return s.objType }), Doc: "the type of the instance invoking super(); may be None"},
	}
	// super_descr_get: an unbound super bound to an instance.
	t.DescrGet = func(ts *objects.Thread, o, obj, typ *Object) *Object {
		s := (*Super)(ptr(o))
		if obj == nil || obj == objects.None || s.obj != nil {
			return objects.NewRef(o)
		}
		return objects.Call(ts, o.Type().TypeObject(), []*Object{s.typ, obj}, nil)
	}
	objects.RegisterStaticType(t)
}
