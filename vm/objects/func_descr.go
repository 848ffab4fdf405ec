package objects

import "minipy/runtime/alloc"

// staticmethod, classmethod, property and the bound method ("method"):
// the plain descriptor types of CPython's funcobject.c and descrobject.c.

// funcWrapperDescr is the layout of staticmethod and classmethod.
type funcWrapperDescr struct {
	GCObject
	callable *Object // nil until __init__ ran
	dict     *Object
}

// methodObj is a bound method: a callable and the object it is bound to.
type methodObj struct {
	GCObject
	fn   *Object
	self *Object
}

// propertyObj is a property.
type propertyObj struct {
	GCObject
	get, set, del, doc *Object // nil for None (doc: nil for None too)
	name               *Object // set by __set_name__
	getterDoc          bool    // doc was taken from fget
}

var (
	funcWrapperDescrClass = alloc.NewClass[funcWrapperDescr]("staticmethod")
	methodObjClass        = alloc.NewClass[methodObj]("method")
	propertyObjClass      = alloc.NewClass[propertyObj]("property")
)

// The types.
var (
	StaticMethodType = &Type{Name: "staticmethod", Flags: FlagBaseType | FlagHaveGC,
		Doc: "staticmethod(function) -> method\n\nConvert a function to be a static method."}
	ClassMethodType = &Type{Name: "classmethod", Flags: FlagBaseType | FlagHaveGC,
		Doc: "classmethod(function) -> method\n\nConvert a function to be a class method."}
	MethodType   = &Type{Name: "method", Flags: FlagHaveGC, Doc: "Create a bound instance method object."}
	PropertyType = &Type{Name: "property", Flags: FlagBaseType | FlagHaveGC,
		Doc: "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x"}
)

// newStaticStaticMethod wraps an immortal callable in an immortal
// staticmethod (static types' static methods).
func newStaticStaticMethod(callable *Object) *Object {
	sm := &funcWrapperDescr{callable: callable}
	initStatic(&sm.Object, StaticMethodType)
	return &sm.Object
}

// NewStaticMethod is staticmethod(callable).
func NewStaticMethod(ts *Thread, callable *Object) *Object {
	return newFuncWrapper(ts, StaticMethodType, callable)
}

// NewClassMethod is classmethod(callable).
func NewClassMethod(ts *Thread, callable *Object) *Object {
	return newFuncWrapper(ts, ClassMethodType, callable)
}

func newFuncWrapper(ts *Thread, t *Type, callable *Object) *Object {
	o := funcWrapperNew(ts, t, nil, nil)
	if o == nil {
		return nil
	}
	if funcWrapperInit(ts, o, []*Object{callable}, nil) < 0 {
		Decref(ts, o)
		return nil
	}
	return o
}

// NewMethod binds fn to self (a bound method, PyMethod_New).
func NewMethod(ts *Thread, fn, self *Object) *Object {
	m := newObject(ts, methodObjClass, MethodType)
	m.fn = NewRef(fn)
	m.self = NewRef(self)
	gcTrack(ts, &m.Object)
	return &m.Object
}

// MethodParts returns a bound method's function and self (borrowed), or
// nils when o is not a bound method.
func MethodParts(o *Object) (fn, self *Object) {
	if o.typ != MethodType {
		return nil, nil
	}
	m := (*methodObj)(unsafePointer(o))
	return m.fn, m.self
}

func funcWrapperNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	sm := newObject(ts, funcWrapperDescrClass, t)
	gcTrack(ts, &sm.Object)
	return &sm.Object
}

// funcWrapperInit is staticmethod.__init__ / classmethod.__init__: store
// the callable and copy its __module__, __name__, __qualname__ and __doc__
// into the instance dict (functools.wraps style, 3.10+).
func funcWrapperInit(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
	name := o.typ.Name
	if !CheckNoKw(ts, name, kwnames) || !CheckArgs(ts, name, args, nil, 1, 1) {
		return -1
	}
	sm := (*funcWrapperDescr)(unsafePointer(o))
	old := sm.callable
	sm.callable = NewRef(args[0])
	XDecref(ts, old)
	for _, attr := range [...]string{"__module__", "__name__", "__qualname__", "__doc__"} {
		v := GetAttrString(ts, args[0], attr)
		if v == nil {
			if !ts.ErrMatches(AttributeError) {
				return -1
			}
			ts.ClearErr()
			continue
		}
		if sm.dict == nil {
			sm.dict = NewDict(ts)
		}
		r := DictSetItemStr(ts, sm.dict, attr, v)
		Decref(ts, v)
		if r < 0 {
			return -1
		}
	}
	return 0
}

// funcWrapperIsAbstract is __isabstractmethod__ of a wrapped callable.
func typeXIsAbstract(ts *Thread, f *Object) *Object {
	if f == nil || f == None {
		return False
	}
	v := GetAttrString(ts, f, "__isabstractmethod__")
	if v == nil {
		if ts.ErrMatches(AttributeError) {
			ts.ClearErr()
			return False
		}
		return nil
	}
	t := IsTrue(ts, v)
	Decref(ts, v)
	if t < 0 {
		return nil
	}
	return Bool(t == 1)
}

func init() {
	for _, t := range []*Type{StaticMethodType, ClassMethodType} {
		t.Dealloc = func(ts *Thread, o *Object) {
			sm := (*funcWrapperDescr)(unsafePointer(o))
			gcUntrack(ts, o)
			Clear(ts, &sm.callable)
			Clear(ts, &sm.dict)
			freeObject(ts, funcWrapperDescrClass, sm)
		}
		t.Traverse = func(o *Object, v Visitor) {
			sm := (*funcWrapperDescr)(unsafePointer(o))
			if sm.callable != nil {
				v.Visit(sm.callable)
			}
			if sm.dict != nil {
				v.Visit(sm.dict)
			}
		}
		t.Clear = func(ts *Thread, o *Object) {
			sm := (*funcWrapperDescr)(unsafePointer(o))
			Clear(ts, &sm.callable)
			Clear(ts, &sm.dict)
		}
		t.New = funcWrapperNew
		t.Init = funcWrapperInit
		t.GetAttr = GenericGetAttr
		t.SetAttr = GenericSetAttr
		t.DictPtr = func(o *Object) **Object {
			if o.IsImmortal() {
				return nil // the static ones (str.maketrans) have no dict and are never written
			}
			return &(*funcWrapperDescr)(unsafePointer(o)).dict
		}
		name := t.Name
		t.Repr = func(ts *Thread, o *Object) *Object {
			sm := (*funcWrapperDescr)(unsafePointer(o))
			if sm.callable == nil {
				return defaultRepr(ts, o)
			}
			r := Repr(ts, sm.callable)
			if r == nil {
				return nil
			}
			s := NewStr(ts, "<"+name+"("+StrValue(r)+")>")
			Decref(ts, r)
			return s
		}
		t.Members = []MemberDef{
			{Name: "__func__", Get: func(o *Object) *Object { return (*funcWrapperDescr)(unsafePointer(o)).callable }},
			{Name: "__wrapped__", Get: func(o *Object) *Object { return (*funcWrapperDescr)(unsafePointer(o)).callable }},
		}
		t.GetSets = []GetSetDef{
			{Name: "__isabstractmethod__", Get: func(ts *Thread, o *Object) *Object {
				return typeXIsAbstract(ts, (*funcWrapperDescr)(unsafePointer(o)).callable)
			}},
			{Name: "__dict__", Get: typeXGetInstanceDict, Set: typeXSetInstanceDict},
		}
	}
	StaticMethodType.DescrGet = func(ts *Thread, o, obj, typ *Object) *Object {
		sm := (*funcWrapperDescr)(unsafePointer(o))
		if sm.callable == nil {
			return ts.Raise(RuntimeError, "uninitialized staticmethod object")
		}
		return NewRef(sm.callable)
	}
	StaticMethodType.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
		sm := (*funcWrapperDescr)(unsafePointer(o))
		if sm.callable == nil {
			return ts.Raise(RuntimeError, "uninitialized staticmethod object")
		}
		return Call(ts, sm.callable, args, kwnames)
	}
	ClassMethodType.DescrGet = func(ts *Thread, o, obj, typ *Object) *Object {
		cm := (*funcWrapperDescr)(unsafePointer(o))
		if cm.callable == nil {
			return ts.Raise(RuntimeError, "uninitialized classmethod object")
		}
		if typ == nil {
			typ = obj.typ.TypeObject()
		}
		if get := cm.callable.typ.DescrGet; get != nil {
			return get(ts, cm.callable, typ, typ)
		}
		return NewMethod(ts, cm.callable, typ)
	}

	// method
	m := MethodType
	m.Dealloc = func(ts *Thread, o *Object) {
		b := (*methodObj)(unsafePointer(o))
		gcUntrack(ts, o)
		Clear(ts, &b.fn)
		Clear(ts, &b.self)
		freeObject(ts, methodObjClass, b)
	}
	m.Traverse = func(o *Object, v Visitor) {
		b := (*methodObj)(unsafePointer(o))
		if b.fn != nil {
			v.Visit(b.fn)
		}
		if b.self != nil {
			v.Visit(b.self)
		}
	}
	m.Clear = func(ts *Thread, o *Object) {
		b := (*methodObj)(unsafePointer(o))
		Clear(ts, &b.fn)
		Clear(ts, &b.self)
	}
	m.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
		b := (*methodObj)(unsafePointer(o))
		var buf [8]*Object
		all := buf[:0]
		if len(args)+1 > len(buf) {
			all = make([]*Object, 0, len(args)+1)
		}
		all = append(append(all, b.self), args...)
		return Call(ts, b.fn, all, kwnames)
	}
	m.DescrGet = func(ts *Thread, o, obj, typ *Object) *Object { return NewRef(o) }
	m.Repr = func(ts *Thread, o *Object) *Object {
		b := (*methodObj)(unsafePointer(o))
		name := "?"
		for _, attr := range [...]string{"__qualname__", "__name__"} {
			v := GetAttrString(ts, b.fn, attr)
			if v == nil {
				if !ts.ErrMatches(AttributeError) {
					return nil
				}
				ts.ClearErr()
				continue
			}
			if AsStr(v) != nil {
				name = StrValue(v)
			}
			Decref(ts, v)
			break
		}
		r := Repr(ts, b.self)
		if r == nil {
			return nil
		}
		s := NewStr(ts, "<bound method "+name+" of "+StrValue(r)+">")
		Decref(ts, r)
		return s
	}
	m.RichCompare = func(ts *Thread, a, c *Object, op CompareOp) *Object {
		if c.typ != MethodType || (op != EQ && op != NE) {
			return NotImplemented
		}
		ma, mc := (*methodObj)(unsafePointer(a)), (*methodObj)(unsafePointer(c))
		eq := 0
		if ma.self == mc.self {
			if eq = Equal(ts, ma.fn, mc.fn); eq < 0 {
				return nil
			}
		}
		return Bool((eq == 1) == (op == EQ))
	}
	m.Hash = func(ts *Thread, o *Object) int64 {
		b := (*methodObj)(unsafePointer(o))
		h := Hash(ts, b.fn)
		if h == -1 && ts.Occurred() {
			return -1
		}
		h ^= HashPointer(b.self)
		if h == -1 {
			h = -2
		}
		return h
	}
	// Attributes not found on the method come from its function
	// (method_getattro).
	m.GetAttr = func(ts *Thread, o, name *Object) *Object {
		if !typeXAttrName(ts, name) {
			return nil
		}
		if descr := LookupType(o.typ, name); descr != nil {
			if get := descr.typ.DescrGet; get != nil {
				Incref(descr)
				r := get(ts, descr, o, o.typ.TypeObject())
				Decref(ts, descr)
				return r
			}
			return NewRef(descr)
		}
		return GetAttr(ts, (*methodObj)(unsafePointer(o)).fn, name)
	}
	m.Members = []MemberDef{
		{Name: "__func__", Get: func(o *Object) *Object { return (*methodObj)(unsafePointer(o)).fn }},
		{Name: "__self__", Get: func(o *Object) *Object { return (*methodObj)(unsafePointer(o)).self }},
	}
	m.GetSets = []GetSetDef{
		{Name: "__doc__", Get: func(ts *Thread, o *Object) *Object {
			return GetAttrString(ts, (*methodObj)(unsafePointer(o)).fn, "__doc__")
		}},
	}

	// property
	p := PropertyType
	p.Dealloc = func(ts *Thread, o *Object) {
		pr := (*propertyObj)(unsafePointer(o))
		gcUntrack(ts, o)
		propertyClear(ts, pr)
		freeObject(ts, propertyObjClass, pr)
	}
	p.Traverse = func(o *Object, v Visitor) {
		pr := (*propertyObj)(unsafePointer(o))
		for _, x := range [...]*Object{pr.get, pr.set, pr.del, pr.doc, pr.name} {
			if x != nil {
				v.Visit(x)
			}
		}
	}
	p.Clear = func(ts *Thread, o *Object) { propertyClear(ts, (*propertyObj)(unsafePointer(o))) }
	p.New = func(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
		pr := newObject(ts, propertyObjClass, t)
		gcTrack(ts, &pr.Object)
		return &pr.Object
	}
	p.Init = propertyInit
	p.GetAttr = GenericGetAttr
	p.DescrGet = func(ts *Thread, o, obj, typ *Object) *Object {
		pr := (*propertyObj)(unsafePointer(o))
		if obj == nil || obj == None {
			return NewRef(o)
		}
		if pr.get == nil {
			return propertyError(ts, pr, obj, "getter")
		}
		return Call(ts, pr.get, []*Object{obj}, nil)
	}
	p.DescrSet = func(ts *Thread, o, obj, value *Object) int {
		pr := (*propertyObj)(unsafePointer(o))
		fn, what := pr.set, "setter"
		if value == nil {
			fn, what = pr.del, "deleter"
		}
		if fn == nil {
			propertyError(ts, pr, obj, what)
			return -1
		}
		var r *Object
		if value == nil {
			r = Call(ts, fn, []*Object{obj}, nil)
		} else {
			r = Call(ts, fn, []*Object{obj, value}, nil)
		}
		if r == nil {
			return -1
		}
		Decref(ts, r)
		return 0
	}
	noneIfNil := func(x *Object) *Object {
		if x == nil {
			return None
		}
		return x
	}
	p.Members = []MemberDef{
		{Name: "fget", Get: func(o *Object) *Object { return noneIfNil((*propertyObj)(unsafePointer(o)).get) }},
		{Name: "fset", Get: func(o *Object) *Object { return noneIfNil((*propertyObj)(unsafePointer(o)).set) }},
		{Name: "fdel", Get: func(o *Object) *Object { return noneIfNil((*propertyObj)(unsafePointer(o)).del) }},
		{Name: "__doc__", Get: func(o *Object) *Object { return noneIfNil((*propertyObj)(unsafePointer(o)).doc) },
			Set: func(ts *Thread, o, value *Object) int {
				pr := (*propertyObj)(unsafePointer(o))
				old := pr.doc
				pr.doc = nil
				if value != nil && value != None {
					pr.doc = NewRef(value)
				}
				XDecref(ts, old)
				return 0
			}},
	}
	p.GetSets = []GetSetDef{
		{Name: "__isabstractmethod__", Get: func(ts *Thread, o *Object) *Object {
			pr := (*propertyObj)(unsafePointer(o))
			for _, f := range [...]*Object{pr.get, pr.set, pr.del} {
				r := typeXIsAbstract(ts, f)
				if r != False {
					return r
				}
			}
			return False
		}},
	}
	copyWith := func(which int) MethodFn {
		name := [...]string{"getter", "setter", "deleter"}[which]
		return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckOneArg(ts, "property."+name, args, kwnames) {
				return nil
			}
			return propertyCopy(ts, self, which, args[0])
		}
	}
	p.Methods = []MethodDef{
		{Name: "getter", Fn: copyWith(0), Doc: "Descriptor to obtain a copy of the property with a different getter."},
		{Name: "setter", Fn: copyWith(1), Doc: "Descriptor to obtain a copy of the property with a different setter."},
		{Name: "deleter", Fn: copyWith(2), Doc: "Descriptor to obtain a copy of the property with a different deleter."},
		{Name: "__set_name__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckArgs(ts, "__set_name__", args, kwnames, 2, 2) {
				return nil
			}
			pr := (*propertyObj)(unsafePointer(self))
			old := pr.name
			pr.name = NewRef(args[1])
			XDecref(ts, old)
			return None
		}, Doc: "Method to set name of a property."},
	}
	registerStatic(StaticMethodType, ClassMethodType, MethodType, PropertyType)
}

func propertyClear(ts *Thread, pr *propertyObj) {
	Clear(ts, &pr.get)
	Clear(ts, &pr.set)
	Clear(ts, &pr.del)
	Clear(ts, &pr.doc)
	Clear(ts, &pr.name)
}

// propertyError raises "property 'x' of 'C' object has no getter" and its
// variants.
func propertyError(ts *Thread, pr *propertyObj, obj *Object, what string) *Object {
	qual := StrRepr(obj.typ.QualName)
	if pr.name != nil {
		r := Repr(ts, pr.name)
		if r == nil {
			return nil
		}
		ts.Raisef(AttributeError, "property %s of %s object has no %s", StrValue(r), qual, what)
		Decref(ts, r)
		return nil
	}
	return ts.Raisef(AttributeError, "property of %s object has no %s", qual, what)
}

// propertyInit is property.__init__(fget=None, fset=None, fdel=None, doc=None).
func propertyInit(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
	var fget, fset, fdel, doc *Object
	if !ParseArgs(ts, "property", args, kwnames, []string{"fget", "fset", "fdel", "doc"}, 0, &fget, &fset, &fdel, &doc) {
		return -1
	}
	pr := (*propertyObj)(unsafePointer(o))
	set := func(slot **Object, v *Object) {
		old := *slot
		*slot = nil
		if v != nil && v != None {
			*slot = NewRef(v)
		}
		XDecref(ts, old)
	}
	set(&pr.get, fget)
	set(&pr.set, fset)
	set(&pr.del, fdel)
	set(&pr.doc, doc)
	pr.getterDoc = false
	if pr.doc == nil && pr.get != nil {
		d := GetAttrString(ts, pr.get, "__doc__")
		if d == nil {
			if !ts.ErrMatches(AttributeError) {
				return -1
			}
			ts.ClearErr()
		} else {
			set(&pr.doc, d)
			Decref(ts, d)
			pr.getterDoc = true
		}
	}
	return 0
}

// propertyCopy is property.getter/setter/deleter: a new property of the
// same type with one function replaced (CPython's property_copy).
func propertyCopy(ts *Thread, self *Object, which int, fn *Object) *Object {
	pr := (*propertyObj)(unsafePointer(self))
	fs := [3]*Object{pr.get, pr.set, pr.del}
	fs[which] = fn
	for i, f := range fs {
		if f == nil {
			fs[i] = None
		}
	}
	doc := pr.doc
	if doc == nil || (pr.getterDoc && fs[0] != None) {
		doc = None
	}
	r := Call(ts, self.typ.TypeObject(), []*Object{fs[0], fs[1], fs[2], doc}, nil)
	if r == nil {
		return nil
	}
	if pr.name != nil && r.typ.IsSubtype(PropertyType) {
		np := (*propertyObj)(unsafePointer(r))
		old := np.name
		np.name = NewRef(pr.name)
		XDecref(ts, old)
	}
	return r
}
