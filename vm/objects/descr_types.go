package objects

// Descriptors of static types (CPython's Objects/descrobject.c): what
// buildTypeDict puts in a built-in type's dict. Descriptors of static types
// are static immortals, made once at ready time and never written after;
// the bound objects they hand out (a bound method, a method-wrapper) are
// ordinary heap objects of the calling thread's interpreter.

import "minipy/runtime/alloc"

// descrCommon is the part every descriptor shares: the type that defines it
// (__objclass__) and its name.
type descrCommon struct {
	GCObject
	objclass *Type
	name     string
}

// MethodDescr is a method_descriptor (an instance method of a built-in type)
// or a classmethod_descriptor (a class method), by its type.
type MethodDescr struct {
	descrCommon
	def *MethodDef
}

// GetSetDescr is a getset_descriptor: a computed attribute.
type GetSetDescr struct {
	descrCommon
	def *GetSetDef
}

// MemberDescr is a member_descriptor: an attribute stored in the instance.
type MemberDescr struct {
	descrCommon
	def *MemberDef
}

// WrapperDescr is a wrapper_descriptor ("slot wrapper"): a dunder method
// that calls one of the type's slots.
type WrapperDescr struct {
	descrCommon
	slot *SlotDef
}

// methodWrapper is a slot wrapper bound to an instance ("method-wrapper").
type methodWrapper struct {
	GCObject
	descr *Object // the WrapperDescr (owned)
	self  *Object // owned
}

var (
	methodWrapperClass = alloc.NewClass[methodWrapper]("method-wrapper")
	getSetDescrClass   = alloc.NewClass[GetSetDescr]("getset_descriptor")
)

// The descriptor types.
var (
	MethodDescrType      = &Type{Name: "method_descriptor"}
	ClassMethodDescrType = &Type{Name: "classmethod_descriptor"}
	GetSetDescrType      = &Type{Name: "getset_descriptor", Flags: FlagHaveGC}
	MemberDescrType      = &Type{Name: "member_descriptor"}
	WrapperDescrType     = &Type{Name: "wrapper_descriptor"}
	MethodWrapperType    = &Type{Name: "method-wrapper", Flags: FlagHaveGC}
)

func descrOf(o *Object) *descrCommon { return (*descrCommon)(unsafePointer(o)) }

// descrCheck is CPython's descr_check: class access (obj nil) gives the
// descriptor itself (ok false, result set); an instance of the wrong type
// gives a TypeError (ok false, result nil).
func descrCheck(ts *Thread, d *descrCommon, obj *Object) (res *Object, ok bool) {
	if obj == nil {
		return NewRef(&d.Object), false
	}
	if !obj.typ.IsSubtype(d.objclass) {
		ts.Raisef(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			d.name, d.objclass.Name, TypeName(obj))
		return nil, false
	}
	return nil, true
}

// descrRepr formats <kind 'name' of 'type' objects>.
func descrRepr(kind string) UnaryFunc {
	return func(ts *Thread, o *Object) *Object {
		d := descrOf(o)
		return NewStr(ts, "<"+kind+" '"+d.name+"' of '"+d.objclass.Name+"' objects>")
	}
}

// descrGetSets are the attributes every descriptor has.
func descrGetSets(doc func(o *Object) string) []GetSetDef {
	return []GetSetDef{
		{Name: "__name__", Get: func(ts *Thread, o *Object) *Object { return NewStr(ts, descrOf(o).name) }},
		{Name: "__qualname__", Get: func(ts *Thread, o *Object) *Object {
			d := descrOf(o)
			return NewStr(ts, d.objclass.QualName+"."+d.name)
		}},
		{Name: "__objclass__", Get: func(ts *Thread, o *Object) *Object { return NewRef(descrOf(o).objclass.TypeObject()) }},
		{Name: "__doc__", Get: func(ts *Thread, o *Object) *Object { return typeXDocObject(ts, typeXDocBody(doc(o))) }},
		{Name: "__text_signature__", Get: func(ts *Thread, o *Object) *Object {
			return typeXSignatureObject(ts, descrOf(o).name, doc(o))
		}},
	}
}

// typeXDocObject is a doc string as __doc__ reports it: None when empty.
func typeXDocObject(ts *Thread, doc string) *Object {
	if doc == "" {
		return None
	}
	return NewStr(ts, doc)
}

func init() {
	// method_descriptor
	MethodDescrType.Repr = descrRepr("method")
	MethodDescrType.GetSets = descrGetSets(func(o *Object) string { return (*MethodDescr)(unsafePointer(o)).def.Doc })
	MethodDescrType.DescrGet = func(ts *Thread, o, obj, typ *Object) *Object {
		d := (*MethodDescr)(unsafePointer(o))
		if r, ok := descrCheck(ts, &d.descrCommon, obj); !ok {
			return r
		}
		return newBoundBuiltin(ts, d.def, obj, d.objclass)
	}
	MethodDescrType.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
		d := (*MethodDescr)(unsafePointer(o))
		if len(args)-kwCount(kwnames) < 1 {
			return ts.Raisef(TypeError, "unbound method %s.%s() needs an argument", d.objclass.QualName, d.name)
		}
		self := args[0]
		if !self.typ.IsSubtype(d.objclass) {
			return ts.Raisef(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				d.name, d.objclass.Name, TypeName(self))
		}
		return d.def.Fn(ts, self, args[1:], kwnames)
	}

	// classmethod_descriptor
	ClassMethodDescrType.Repr = descrRepr("method")
	ClassMethodDescrType.GetSets = MethodDescrType.GetSets
	ClassMethodDescrType.DescrGet = func(ts *Thread, o, obj, typ *Object) *Object {
		d := (*MethodDescr)(unsafePointer(o))
		if typ == nil {
			if obj == nil {
				return ts.Raisef(TypeError, "descriptor '%s' for type '%s' needs either an object or a type",
					d.name, d.objclass.Name)
			}
			typ = obj.typ.TypeObject()
		}
		t := AsType(typ)
		if t == nil {
			return ts.Raisef(TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
				d.name, d.objclass.Name, TypeName(typ))
		}
		if !t.IsSubtype(d.objclass) {
			return ts.Raisef(TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
				d.name, d.objclass.Name, t.Name)
		}
		return newBoundBuiltin(ts, d.def, typ, d.objclass)
	}
	ClassMethodDescrType.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
		d := (*MethodDescr)(unsafePointer(o))
		if len(args)-kwCount(kwnames) < 1 {
			return ts.Raisef(TypeError, "descriptor '%s' of '%s' object needs an argument", d.name, d.objclass.Name)
		}
		t := AsType(args[0])
		if t == nil {
			return ts.Raisef(TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
				d.name, d.objclass.Name, TypeName(args[0]))
		}
		if !t.IsSubtype(d.objclass) {
			return ts.Raisef(TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
				d.name, d.objclass.Name, t.Name)
		}
		return d.def.Fn(ts, args[0], args[1:], kwnames)
	}

	// getset_descriptor: static ones, and those the VM puts in classes
	// (NewInstanceDictDescr), which own a reference to their class.
	GetSetDescrType.Dealloc = func(ts *Thread, o *Object) {
		d := (*GetSetDescr)(unsafePointer(o))
		gcUntrack(ts, o)
		cls := d.objclass
		d.objclass = nil
		if cls != nil {
			Decref(ts, &cls.Object)
		}
		freeObject(ts, getSetDescrClass, d)
	}
	GetSetDescrType.Traverse = func(o *Object, v Visitor) {
		if c := (*GetSetDescr)(unsafePointer(o)).objclass; c != nil {
			v.Visit(&c.Object)
		}
	}
	GetSetDescrType.Clear = func(ts *Thread, o *Object) {}
	GetSetDescrType.Repr = descrRepr("attribute")
	GetSetDescrType.GetSets = descrGetSets(func(o *Object) string { return (*GetSetDescr)(unsafePointer(o)).def.Doc })
	GetSetDescrType.DescrGet = func(ts *Thread, o, obj, typ *Object) *Object {
		d := (*GetSetDescr)(unsafePointer(o))
		if r, ok := descrCheck(ts, &d.descrCommon, obj); !ok {
			return r
		}
		if d.def.Get == nil {
			return ts.Raisef(AttributeError, "attribute '%s' of '%s' objects is not readable", d.name, d.objclass.Name)
		}
		return d.def.Get(ts, obj)
	}
	GetSetDescrType.DescrSet = func(ts *Thread, o, obj, value *Object) int {
		d := (*GetSetDescr)(unsafePointer(o))
		if !obj.typ.IsSubtype(d.objclass) {
			ts.Raisef(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				d.name, d.objclass.Name, TypeName(obj))
			return -1
		}
		if d.def.Set == nil {
			ts.Raisef(AttributeError, "attribute '%s' of '%s' objects is not writable", d.name, d.objclass.Name)
			return -1
		}
		return d.def.Set(ts, obj, value)
	}

	// member_descriptor
	MemberDescrType.Repr = descrRepr("member")
	MemberDescrType.GetSets = descrGetSets(func(o *Object) string { return (*MemberDescr)(unsafePointer(o)).def.Doc })
	MemberDescrType.DescrGet = func(ts *Thread, o, obj, typ *Object) *Object {
		d := (*MemberDescr)(unsafePointer(o))
		if r, ok := descrCheck(ts, &d.descrCommon, obj); !ok {
			return r
		}
		v := d.def.Get(obj)
		if v == nil {
			if !ts.Occurred() {
				ts.Raisef(AttributeError, "'%s' object has no attribute '%s'", TypeName(obj), d.name)
			}
			return nil
		}
		return NewRef(v)
	}
	MemberDescrType.DescrSet = func(ts *Thread, o, obj, value *Object) int {
		d := (*MemberDescr)(unsafePointer(o))
		if !obj.typ.IsSubtype(d.objclass) {
			ts.Raisef(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				d.name, d.objclass.Name, TypeName(obj))
			return -1
		}
		if d.def.Set == nil {
			ts.Raise(AttributeError, "readonly attribute")
			return -1
		}
		return d.def.Set(ts, obj, value)
	}

	// wrapper_descriptor
	WrapperDescrType.Repr = descrRepr("slot wrapper")
	WrapperDescrType.GetSets = descrGetSets(func(o *Object) string { return (*WrapperDescr)(unsafePointer(o)).slot.Doc })
	WrapperDescrType.DescrGet = func(ts *Thread, o, obj, typ *Object) *Object {
		d := (*WrapperDescr)(unsafePointer(o))
		if r, ok := descrCheck(ts, &d.descrCommon, obj); !ok {
			return r
		}
		w := newObject(ts, methodWrapperClass, MethodWrapperType)
		w.descr = NewRef(o)
		w.self = NewRef(obj)
		gcTrack(ts, &w.Object)
		return &w.Object
	}
	WrapperDescrType.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
		d := (*WrapperDescr)(unsafePointer(o))
		if len(args)-kwCount(kwnames) < 1 {
			return ts.Raisef(TypeError, "descriptor '%s' of '%s' object needs an argument", d.name, d.objclass.Name)
		}
		self := args[0]
		if !self.typ.IsSubtype(d.objclass) {
			return ts.Raisef(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
				d.name, d.objclass.Name, TypeName(self))
		}
		return callSlotWrapper(ts, d, self, args[1:], kwnames)
	}

	// method-wrapper
	MethodWrapperType.Dealloc = func(ts *Thread, o *Object) {
		w := (*methodWrapper)(unsafePointer(o))
		gcUntrack(ts, o)
		Clear(ts, &w.descr)
		Clear(ts, &w.self)
		freeObject(ts, methodWrapperClass, w)
	}
	MethodWrapperType.Traverse = func(o *Object, v Visitor) {
		w := (*methodWrapper)(unsafePointer(o))
		if w.self != nil {
			v.Visit(w.self)
		}
	}
	MethodWrapperType.Clear = func(ts *Thread, o *Object) {
		Clear(ts, &(*methodWrapper)(unsafePointer(o)).self)
	}
	MethodWrapperType.Repr = func(ts *Thread, o *Object) *Object {
		w := (*methodWrapper)(unsafePointer(o))
		d := (*WrapperDescr)(unsafePointer(w.descr))
		return NewStr(ts, "<method-wrapper '"+d.name+"' of "+TypeName(w.self)+" object at "+formatAddr(w.self)+">")
	}
	MethodWrapperType.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
		w := (*methodWrapper)(unsafePointer(o))
		if w.self == nil {
			return ts.Raise(SystemError, "method-wrapper used after clear")
		}
		return callSlotWrapper(ts, (*WrapperDescr)(unsafePointer(w.descr)), w.self, args, kwnames)
	}
	MethodWrapperType.RichCompare = func(ts *Thread, a, b *Object, op CompareOp) *Object {
		if b.typ != MethodWrapperType || (op != EQ && op != NE) {
			return NotImplemented
		}
		wa, wb := (*methodWrapper)(unsafePointer(a)), (*methodWrapper)(unsafePointer(b))
		return Bool((wa.descr == wb.descr && wa.self == wb.self) == (op == EQ))
	}
	MethodWrapperType.Hash = func(ts *Thread, o *Object) int64 {
		w := (*methodWrapper)(unsafePointer(o))
		h := HashPointer(w.self) ^ HashPointer(w.descr)
		if h == -1 {
			h = -2
		}
		return h
	}
	MethodWrapperType.GetSets = []GetSetDef{
		{Name: "__self__", Get: func(ts *Thread, o *Object) *Object { return NewRef((*methodWrapper)(unsafePointer(o)).self) }},
		{Name: "__name__", Get: func(ts *Thread, o *Object) *Object {
			return NewStr(ts, descrOf((*methodWrapper)(unsafePointer(o)).descr).name)
		}},
		{Name: "__qualname__", Get: func(ts *Thread, o *Object) *Object {
			d := descrOf((*methodWrapper)(unsafePointer(o)).descr)
			return NewStr(ts, d.objclass.QualName+"."+d.name)
		}},
		{Name: "__objclass__", Get: func(ts *Thread, o *Object) *Object {
			return NewRef(descrOf((*methodWrapper)(unsafePointer(o)).descr).objclass.TypeObject())
		}},
		{Name: "__doc__", Get: func(ts *Thread, o *Object) *Object {
			return typeXDocObject(ts, typeXDocBody((*WrapperDescr)(unsafePointer((*methodWrapper)(unsafePointer(o)).descr)).slot.Doc))
		}},
		{Name: "__text_signature__", Get: func(ts *Thread, o *Object) *Object {
			d := (*WrapperDescr)(unsafePointer((*methodWrapper)(unsafePointer(o)).descr))
			return typeXSignatureObject(ts, d.name, d.slot.Doc)
		}},
	}

	for _, t := range []*Type{MethodDescrType, ClassMethodDescrType, GetSetDescrType, MemberDescrType,
		WrapperDescrType, MethodWrapperType} {
		t.GetAttr = GenericGetAttr
	}
	registerStatic(MethodDescrType, ClassMethodDescrType, GetSetDescrType, MemberDescrType,
		WrapperDescrType, MethodWrapperType)
}

// kwCount is the number of keyword arguments named by kwnames.
func kwCount(kwnames *Object) int {
	if kwnames == nil {
		return 0
	}
	return len(TupleItems(kwnames))
}

// newStaticMethodDescr and friends make the immortal descriptors of a
// static type's dict.
func newStaticMethodDescr(t *Type, def *MethodDef) *Object {
	d := &MethodDescr{def: def}
	d.objclass, d.name = t, def.Name
	if def.Flags == MethClass {
		initStatic(&d.Object, ClassMethodDescrType)
	} else {
		initStatic(&d.Object, MethodDescrType)
	}
	return &d.Object
}

func newStaticGetSetDescr(t *Type, def *GetSetDef) *Object {
	d := &GetSetDescr{def: def}
	d.objclass, d.name = t, def.Name
	initStatic(&d.Object, GetSetDescrType)
	return &d.Object
}

func newStaticMemberDescr(t *Type, def *MemberDef) *Object {
	d := &MemberDescr{def: def}
	d.objclass, d.name = t, def.Name
	initStatic(&d.Object, MemberDescrType)
	return &d.Object
}

func newStaticWrapperDescr(t *Type, s *SlotDef) *Object {
	d := &WrapperDescr{slot: s}
	d.objclass, d.name = t, s.Name
	initStatic(&d.Object, WrapperDescrType)
	return &d.Object
}
