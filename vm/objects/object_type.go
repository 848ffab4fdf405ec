package objects

import (
	"strings"

	"minipy/runtime/alloc"
)

// ObjectType and TypeType: the roots of the type system (CPython's
// object and type, Objects/typeobject.c).
var (
	ObjectType = &Type{Name: "object", Flags: FlagBaseType,
		Doc: "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"}
	TypeType = &Type{Name: "type", Flags: FlagBaseType | FlagTypeSubclass | FlagHaveGC,
		Doc: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"}
)

// ClassMaker is implemented by the VM's thread state (Thread.Owner) to
// create classes at run time: type(name, bases, ns, **kw) and
// type.__new__(meta, name, bases, ns). Classes are the VM's business
// (their instances, the dunders wired into slots, __init_subclass__,
// __set_name__); see ReadyHeapType and SlotDefs.
type ClassMaker interface {
	NewClass(ts *Thread, meta *Type, args []*Object, kwnames *Object) *Object
}

// bareObject is an instance of object itself.
var bareObjectClass = alloc.NewClass[Object]("object")

// objectNew is object.__new__ (CPython's object_new): the excess-argument
// rules, then an instance of t.
func objectNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	if len(args) > 0 {
		if funcPtr(t.New) != funcPtr(NewFunc(objectNew)) {
			return ts.Raise(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if funcPtr(t.Init) == funcPtr(InitFunc(objectInit)) {
			return ts.Raisef(TypeError, "%s() takes no arguments", t.Name)
		}
	}
	if t.Flags&FlagAbstract != 0 {
		return abstractInstanceError(ts, t)
	}
	if typeXStaticBase(t).layout == ObjectType.layout {
		// object's struct (object, io's bases and other static types
		// that add no fields of their own).
		// A class's instance is a HeapInstance (newObject), tracked
		// already.
		return newObject(ts, bareObjectClass, t)
	}
	return ts.Raisef(TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t.Name, typeXSolidBase(t).Name)
}

// UsesObjectNew tells whether t's instances are made by object.__new__
// (the class and its bases define no __new__ of their own).
func UsesObjectNew(t *Type) bool { return funcPtr(t.New) == funcPtr(NewFunc(objectNew)) }

// objectInit is object.__init__ (CPython's object_init).
func objectInit(ts *Thread, self *Object, args []*Object, kwnames *Object) int {
	if len(args) > 0 {
		t := self.typ
		if funcPtr(t.Init) != funcPtr(InitFunc(objectInit)) {
			ts.Raise(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
			return -1
		}
		if funcPtr(t.New) == funcPtr(NewFunc(objectNew)) {
			ts.Raisef(TypeError, "%s() takes no arguments", t.Name)
			return -1
		}
	}
	return 0
}

// objectRichCompare is object's default comparison: identity for ==, the
// inverse of __eq__ for !=, NotImplemented otherwise.
func objectRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	switch op {
	case EQ:
		if a == b {
			return True
		}
		return NotImplemented
	case NE:
		rc := a.typ.RichCompare
		if rc == nil {
			return NotImplemented
		}
		r := rc(ts, a, b, EQ)
		if r == nil || r == NotImplemented {
			return r
		}
		t := IsTrue(ts, r)
		Decref(ts, r)
		if t < 0 {
			return nil
		}
		return Bool(t == 0)
	}
	return NotImplemented
}

// typeXName is a type's name as repr and error messages show it
// (module.qualname, module omitted for builtins).
func typeXName(t *Type) string {
	if t.Module != "" && t.Module != "builtins" {
		return t.Module + "." + t.QualName
	}
	return t.QualName
}

// objectDir is object.__dir__: the instance __dict__'s keys and the
// attributes of the class and its bases.
func objectDir(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "object.__dir__", args, kwnames) {
		return nil
	}
	out := NewList(ts)
	seen := map[string]bool{}
	add := func(d *Object) bool {
		if d == nil || AsDict(d) == nil {
			return true
		}
		for pos := 0; ; {
			k, _, ok := DictNext(d, &pos)
			if !ok {
				return true
			}
			if AsStr(k) != nil {
				if seen[StrValue(k)] {
					continue
				}
				seen[StrValue(k)] = true
			}
			if ListAppend(ts, out, k) < 0 {
				return false
			}
		}
	}
	if dp := self.typ.DictPtr; dp != nil {
		if p := dp(self); p != nil && !add(*p) {
			Decref(ts, out)
			return nil
		}
	}
	for _, t := range self.typ.MRO {
		if !add(t.Dict) {
			Decref(ts, out)
			return nil
		}
	}
	return out
}

// typeDir is type.__dir__: the attributes of the class and its bases.
func typeDir(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "type.__dir__", args, kwnames) {
		return nil
	}
	out := NewList(ts)
	seen := map[string]bool{}
	for _, t := range AsType(self).MRO {
		for pos := 0; ; {
			k, _, ok := DictNext(t.Dict, &pos)
			if !ok {
				break
			}
			if AsStr(k) != nil {
				if seen[StrValue(k)] {
					continue
				}
				seen[StrValue(k)] = true
			}
			if ListAppend(ts, out, k) < 0 {
				Decref(ts, out)
				return nil
			}
		}
	}
	return out
}

// typeCall is type.__call__: type(x), class creation through the VM, or
// instantiation (New, then Init when the result is an instance).
func typeCall(ts *Thread, callable *Object, args []*Object, kwnames *Object) *Object {
	t := AsType(callable)
	if t == TypeType {
		npos := NumPositional(args, kwnames)
		if npos == 1 && kwCount(kwnames) == 0 {
			return NewRef(args[0].typ.TypeObject())
		}
		if npos != 3 {
			if npos == 1 {
				return ts.Raise(TypeError, "type() takes no keyword arguments")
			}
			return ts.Raise(TypeError, "type() takes 1 or 3 arguments")
		}
	}
	if t.New == nil {
		return ts.Raisef(TypeError, "cannot create '%s' instances", typeXName(t))
	}
	obj := t.New(ts, t, args, kwnames)
	if obj == nil {
		return nil
	}
	if !obj.typ.IsSubtype(t) {
		return obj
	}
	if init := obj.typ.Init; init != nil {
		if init(ts, obj, args, kwnames) < 0 {
			Decref(ts, obj)
			return nil
		}
	}
	return obj
}

// typeNew is type.__new__: class creation, done by the VM.
func typeNew(ts *Thread, meta *Type, args []*Object, kwnames *Object) *Object {
	npos := NumPositional(args, kwnames)
	if npos != 3 {
		return ts.Raisef(TypeError, "type.__new__() takes exactly 3 arguments (%d given)", npos)
	}
	if cm, ok := ts.Owner.(ClassMaker); ok {
		return cm.NewClass(ts, meta, args, kwnames)
	}
	return ts.Raise(SystemError, "class creation needs the VM")
}

func typeInit(ts *Thread, self *Object, args []*Object, kwnames *Object) int {
	npos := NumPositional(args, kwnames)
	if npos == 1 && kwCount(kwnames) != 0 {
		ts.Raise(TypeError, "type.__init__() takes no keyword arguments")
		return -1
	}
	if npos != 1 && npos != 3 {
		ts.Raise(TypeError, "type.__init__() takes 1 or 3 arguments")
		return -1
	}
	return 0
}

func typeRepr(ts *Thread, o *Object) *Object {
	return NewStr(ts, "<class '"+typeXName(AsType(o))+"'>")
}

// typeXTupleOf makes a tuple of types.
func typeXTupleOf(ts *Thread, ts2 []*Type) *Object {
	items := make([]*Object, len(ts2))
	for i, t := range ts2 {
		items[i] = NewRef(t.TypeObject())
	}
	return NewTupleSteal(ts, items...)
}

// typeXStrAttr is a getset over a string field of heap types, read-only on
// static ones (typeSetAttr refuses before it is reached).
func typeXHeapStrSetter(name string, field func(t *Type) *string) func(ts *Thread, o, v *Object) int {
	return func(ts *Thread, o, v *Object) int {
		t := AsType(o)
		if v == nil {
			ts.Raisef(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, t.Name)
			return -1
		}
		if AsStr(v) == nil {
			ts.Raisef(TypeError, "can only assign string to %s.%s, not '%s'", t.Name, name, TypeName(v))
			return -1
		}
		*field(t) = StrValue(v)
		return 0
	}
}

// TypeSpace is the per-interpreter data of static types: what CPython keeps
// mutable on a built-in type (its subclass list) lives here, since static
// types are shared and never written.
type TypeSpace struct {
	// subclasses maps a type to the classes created from it in this
	// interpreter (weak in CPython; the VM removes a class when it dies).
	subclasses map[*Type][]*Type
	// cache is the type attribute cache (typecache.go), made when the
	// first class gets a version tag; static types need none to be
	// cached, but a space with no class yet has no table either.
	cache *typeCache
	// dictKeysVer is the last dict keys version given (dict_cache.go).
	dictKeysVer uint64
}

// typeSpaceOf returns ts's TypeSpace.
func typeSpaceOf(ts *Thread) *TypeSpace {
	return &ts.Space.Types
}

// AddSubclass records that sub (a class made at run time) derives from
// base, for base.__subclasses__(). The VM calls it when it creates a class.
func AddSubclass(ts *Thread, base, sub *Type) {
	s := typeSpaceOf(ts)
	if s == nil {
		return
	}
	if s.subclasses == nil {
		s.subclasses = map[*Type][]*Type{}
	}
	s.subclasses[base] = append(s.subclasses[base], sub)
}

// RemoveSubclass forgets sub (the VM calls it when the class dies).
func RemoveSubclass(ts *Thread, base, sub *Type) {
	s := typeSpaceOf(ts)
	if s == nil {
		return
	}
	l := s.subclasses[base]
	for i, x := range l {
		if x == sub {
			s.subclasses[base] = append(l[:i:i], l[i+1:]...)
			return
		}
	}
}

// typeXStaticSubclasses are the static types whose Bases include each
// static type (immutable after readyStaticTypes).
func typeXStaticSubclasses(t *Type) []*Type {
	var out []*Type
	for _, s := range staticTypes {
		for _, b := range s.Bases {
			if b == t {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

func typeSubclasses(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "type.__subclasses__", args, kwnames) {
		return nil
	}
	t := AsType(self)
	var subs []*Type
	if !t.IsHeapType() {
		subs = typeXStaticSubclasses(t)
	}
	if s := typeSpaceOf(ts); s != nil {
		subs = append(subs, s.subclasses[t]...)
	}
	items := make([]*Object, len(subs))
	for i, s := range subs {
		items[i] = NewRef(s.TypeObject())
	}
	return NewListSteal(ts, items)
}

func init() {
	o := ObjectType
	o.New = objectNew
	o.Init = objectInit
	o.Dealloc = func(ts *Thread, x *Object) { freeObject(ts, bareObjectClass, x) }
	o.Repr = defaultRepr
	o.Str = func(ts *Thread, x *Object) *Object { return Repr(ts, x) }
	o.Hash = func(ts *Thread, x *Object) int64 { return HashPointer(x) }
	o.RichCompare = objectRichCompare
	o.GetAttr = GenericGetAttr
	o.SetAttr = GenericSetAttr
	o.Methods = []MethodDef{
		{Name: "__dir__", Fn: objectDir, Doc: "Default dir() implementation."},
		{Name: "__format__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckOneArg(ts, "object.__format__", args, kwnames) {
				return nil
			}
			if AsStr(args[0]) == nil {
				return ts.Raisef(TypeError, "__format__() argument must be str, not %s", TypeName(args[0]))
			}
			if StrValue(args[0]) != "" {
				return ts.Raisef(TypeError, "unsupported format string passed to %s.__format__", TypeName(self))
			}
			return StrOf(ts, self)
		}, Doc: "Default object formatter."},
		{Name: "__init_subclass__", Flags: MethClass, Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			// Bound to the class, the method is named after it
			// (_PyObject_FunctionStr of a builtin method).
			name := "object.__init_subclass__"
			if t := AsType(self); t != nil {
				name = t.QualName + ".__init_subclass__"
			}
			if !CheckNoArgs(ts, name, args, kwnames) {
				return nil
			}
			return None
		}, Doc: "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n"},
		{Name: "__subclasshook__", Flags: MethClass, Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			return NotImplemented
		}, Doc: "Abstract classes can override this to customize issubclass().\n\nThis is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n"},
	}
	o.Methods = append(o.Methods,
		*objectGetStateDef, *objectReduceDef, *objectSizeofDef,
		MethodDef{Name: "__reduce_ex__", Fn: objectReduceEx, Doc: "Helper for pickle."})
	o.GetSets = []GetSetDef{
		{Name: "__class__", Doc: "the object's class",
			Get: func(ts *Thread, x *Object) *Object { return NewRef(x.typ.TypeObject()) },
			Set: func(ts *Thread, x, v *Object) int {
				if v == nil {
					ts.Raise(TypeError, "can't delete __class__ attribute")
					return -1
				}
				nt := AsType(v)
				if nt == nil {
					ts.Raisef(TypeError, "__class__ must be set to a class, not '%s' object", TypeName(v))
					return -1
				}
				if !nt.IsHeapType() || !x.typ.IsHeapType() {
					ts.Raise(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
					return -1
				}
				if !typeXCompatibleForAssignment(ts, x.typ, nt) {
					return -1
				}
				old := x.typ
				Incref(&nt.Object)
				x.typ = nt
				Decref(ts, &old.Object)
				return 0
			}},
	}

	t := TypeType
	t.Call = typeCall
	t.New = typeNew
	t.Init = typeInit
	t.Repr = typeRepr
	t.GetAttr = typeGetAttr
	t.SetAttr = typeSetAttr
	t.Methods = []MethodDef{
		{Name: "mro", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckNoArgs(ts, "type.mro", args, kwnames) {
				return nil
			}
			mro := AsType(self).MRO
			items := make([]*Object, len(mro))
			for i, m := range mro {
				items[i] = NewRef(m.TypeObject())
			}
			return NewListSteal(ts, items)
		}, Doc: "Return a type's method resolution order."},
		{Name: "__subclasses__", Fn: typeSubclasses, Doc: "Return a list of immediate subclasses."},
		{Name: "__instancecheck__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckOneArg(ts, "type.__instancecheck__", args, kwnames) {
				return nil
			}
			return Bool(typeXRecursiveIsInstance(args[0], AsType(self)))
		}, Doc: "Check if an object is an instance."},
		{Name: "__subclasscheck__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckOneArg(ts, "type.__subclasscheck__", args, kwnames) {
				return nil
			}
			r := typeXRecursiveIsSubclass(ts, args[0], self)
			if r < 0 {
				return nil
			}
			return Bool(r == 1)
		}, Doc: "Check if a class is a subclass."},
		{Name: "__dir__", Fn: typeDir, Doc: "Specialized __dir__ implementation for types."},
		{Name: "__prepare__", Flags: MethClass, Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			return NewDict(ts)
		}, Doc: "__prepare__() -> dict\nused to create the namespace for the class statement"},
	}
	t.GetSets = []GetSetDef{
		{Name: "__name__", Get: func(ts *Thread, x *Object) *Object {
			n := AsType(x).Name
			if i := strings.LastIndexByte(n, '.'); i >= 0 && !AsType(x).IsHeapType() {
				n = n[i+1:]
			}
			return NewStr(ts, n)
		}, Set: typeXHeapStrSetter("__name__", func(t *Type) *string { return &t.Name })},
		{Name: "__qualname__", Get: func(ts *Thread, x *Object) *Object { return NewStr(ts, AsType(x).QualName) },
			Set: typeXHeapStrSetter("__qualname__", func(t *Type) *string { return &t.QualName })},
		{Name: "__bases__", Get: func(ts *Thread, x *Object) *Object {
			if t := AsType(x); t.basesTuple != nil {
				return NewRef(t.basesTuple)
			}
			return typeXTupleOf(ts, AsType(x).Bases)
		}, Set: typeSetBases},
		{Name: "__base__", Get: func(ts *Thread, x *Object) *Object {
			if b := AsType(x).Base; b != nil {
				return NewRef(b.TypeObject())
			}
			return None
		}},
		{Name: "__mro__", Get: func(ts *Thread, x *Object) *Object {
			if t := AsType(x); t.mroTuple != nil {
				return NewRef(t.mroTuple)
			}
			return typeXTupleOf(ts, AsType(x).MRO)
		}},
		{Name: "__module__", Get: func(ts *Thread, x *Object) *Object {
			tt := AsType(x)
			if tt.IsHeapType() {
				if v := typeXDictGet(tt.Dict, typeXNames["__module__"]); v != nil {
					return NewRef(v)
				}
				return ts.Raise(AttributeError, "__module__")
			}
			return NewStr(ts, tt.Module)
		}, Set: typeSetModule},
		{Name: "__abstractmethods__", Get: func(ts *Thread, x *Object) *Object {
			tt := AsType(x)
			if tt != TypeType {
				if v := typeXDictGet(tt.Dict, typeXNames["__abstractmethods__"]); v != nil {
					return NewRef(v)
				}
			}
			return ts.Raise(AttributeError, "__abstractmethods__")
		}, Set: typeSetAbstractMethods},
		{Name: "__dict__", Get: func(ts *Thread, x *Object) *Object { return NewMappingProxy(ts, AsType(x).Dict) }},
		{Name: "__doc__", Get: func(ts *Thread, x *Object) *Object {
			tt := AsType(x)
			if !tt.IsHeapType() {
				return typeXDocObject(ts, typeXDocBody(tt.Doc))
			}
			v := typeXDictGet(tt.Dict, typeXNames["__doc__"])
			if v == nil {
				return None
			}
			if get := v.typ.DescrGet; get != nil {
				return get(ts, v, nil, x)
			}
			return NewRef(v)
		}, Set: typeSetDoc},
		{Name: "__text_signature__", Get: func(ts *Thread, x *Object) *Object { return None }},
	}
	registerStatic(ObjectType, TypeType)
}

// IsInstance is isinstance(o, cls): 1, 0 or -1 with an exception set. cls
// may be a type, a tuple of them (nested), or an object whose type defines
// __instancecheck__.
func IsInstance(ts *Thread, o, cls *Object) int {
	if o.typ.TypeObject() == cls {
		return 1
	}
	if t := AsType(cls); t != nil && cls.typ == TypeType {
		if o.typ == ProxyType && !o.typ.IsSubtype(t) {
			return proxyIsInstance(ts, o, t)
		}
		return typeXBool(typeXRecursiveIsInstance(o, t))
	}
	if u := asUnion(cls); u != nil {
		cls = u.args // int | str checks as (int, str)
	}
	if tup := AsTuple(cls); tup != nil {
		if !ts.EnterRecursive(" in __instancecheck__") {
			return -1
		}
		defer ts.LeaveRecursive()
		for _, c := range tup.Items() {
			if r := IsInstance(ts, o, c); r != 0 {
				return r
			}
		}
		return 0
	}
	if check := LookupTypeString(cls.typ, "__instancecheck__"); check != nil {
		r := typeXCallSpecial(ts, check, cls, o)
		if r == nil {
			return -1
		}
		t := IsTrue(ts, r)
		Decref(ts, r)
		return t
	}
	ts.Raise(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	return -1
}

// IsSubclass is issubclass(derived, cls): 1, 0 or -1.
func IsSubclass(ts *Thread, derived, cls *Object) int {
	if t := AsType(cls); t != nil && cls.typ == TypeType {
		if d := AsType(derived); d != nil {
			return typeXBool(d.IsSubtype(t))
		}
		return typeXRecursiveIsSubclass(ts, derived, cls)
	}
	if u := asUnion(cls); u != nil {
		cls = u.args
	}
	if tup := AsTuple(cls); tup != nil {
		if !ts.EnterRecursive(" in __subclasscheck__") {
			return -1
		}
		defer ts.LeaveRecursive()
		for _, c := range tup.Items() {
			if r := IsSubclass(ts, derived, c); r != 0 {
				return r
			}
		}
		return 0
	}
	if check := LookupTypeString(cls.typ, "__subclasscheck__"); check != nil {
		r := typeXCallSpecial(ts, check, cls, derived)
		if r == nil {
			return -1
		}
		t := IsTrue(ts, r)
		Decref(ts, r)
		return t
	}
	if AsType(derived) == nil {
		ts.Raise(TypeError, "issubclass() arg 1 must be a class")
		return -1
	}
	ts.Raise(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	return -1
}

func typeXBool(b bool) int {
	if b {
		return 1
	}
	return 0
}

// typeXCallSpecial calls a special method found on a type with self and one
// argument, binding it as a descriptor would.
func typeXCallSpecial(ts *Thread, meth, self, arg *Object) *Object {
	Incref(meth)
	defer Decref(ts, meth)
	if get := meth.typ.DescrGet; get != nil {
		bound := get(ts, meth, self, self.typ.TypeObject())
		if bound == nil {
			return nil
		}
		r := Call(ts, bound, []*Object{arg}, nil)
		Decref(ts, bound)
		return r
	}
	return Call(ts, meth, []*Object{self, arg}, nil)
}

func typeXRecursiveIsInstance(o *Object, t *Type) bool {
	return o.typ.IsSubtype(t)
}

// typeXRecursiveIsSubclass is issubclass for a derived that is a type (or
// fails as CPython does for a non-class).
func typeXRecursiveIsSubclass(ts *Thread, derived, cls *Object) int {
	d, c := AsType(derived), AsType(cls)
	if d == nil && derived.typ == ProxyType && c != nil {
		return proxyIsSubclass(ts, derived, cls)
	}
	if d == nil {
		ts.Raise(TypeError, "issubclass() arg 1 must be a class")
		return -1
	}
	if c == nil {
		ts.Raise(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
		return -1
	}
	return typeXBool(d.IsSubtype(c))
}

// typeSetAbstractMethods is the setter of type.__abstractmethods__ (abc
// sets it on every class it makes): the value lives in the class dict,
// and a true value marks the class abstract for object.__new__.
func typeSetAbstractMethods(ts *Thread, x, value *Object) int {
	t := AsType(x)
	if t == TypeType || !t.IsHeapType() {
		ts.Raisef(TypeError, "cannot set '__abstractmethods__' attribute of immutable type '%s'", t.Name)
		return -1
	}
	name := typeXNames["__abstractmethods__"]
	abstract := false
	if value == nil {
		if DictDelItem(ts, t.Dict, name) < 0 {
			if ts.ErrMatches(KeyError) {
				ts.ClearErr()
				ts.Raise(AttributeError, "__abstractmethods__")
			}
			return -1
		}
	} else {
		r := IsTrue(ts, value)
		if r < 0 || DictSetItem(ts, t.Dict, name, value) < 0 {
			return -1
		}
		abstract = r == 1
	}
	TypeModified(ts, t)
	if abstract {
		t.Flags |= FlagAbstract
	} else {
		t.Flags &^= FlagAbstract
	}
	return 0
}

// abstractInstanceError is object.__new__'s refusal for an abstract
// class, naming its abstract methods in sorted order as CPython 3.11 does.
func abstractInstanceError(ts *Thread, t *Type) *Object {
	names := typeXDictGet(t.Dict, typeXNames["__abstractmethods__"])
	if names == nil {
		return ts.Raisef(TypeError, "Can't instantiate abstract class %s", t.Name)
	}
	l := SequenceList(ts, names)
	if l == nil {
		return nil
	}
	defer Decref(ts, l)
	if ListSort(ts, l, nil, false) < 0 {
		return nil
	}
	items := ListItems(l)
	parts := make([]string, 0, len(items))
	for _, it := range items {
		s := StrOf(ts, it)
		if s == nil {
			return nil
		}
		parts = append(parts, StrValue(s))
		Decref(ts, s)
	}
	plural := "s"
	if len(parts) == 1 {
		plural = ""
	}
	return ts.Raisef(TypeError, "Can't instantiate abstract class %s with abstract method%s %s", t.Name, plural, strings.Join(parts, ", "))
}

// typeSetModule is the setter of type.__module__: a heap type keeps it in
// its dict (namedtuple and friends set it after making the class).
func typeSetModule(ts *Thread, x, value *Object) int {
	t := AsType(x)
	if !t.IsHeapType() || t.Flags&FlagImmutable != 0 {
		ts.Raisef(TypeError, "cannot set '__module__' attribute of immutable type '%s'", t.Name)
		return -1
	}
	if value == nil {
		ts.Raisef(TypeError, "cannot delete '__module__' attribute of immutable type '%s'", t.Name)
		return -1
	}
	TypeModified(ts, t)
	return DictSetItem(ts, t.Dict, typeXNames["__module__"], value)
}

// typeSetDoc is the setter of type.__doc__ (heap types keep it in their
// dict).
func typeSetDoc(ts *Thread, x, value *Object) int {
	t := AsType(x)
	if !t.IsHeapType() || t.Flags&FlagImmutable != 0 {
		ts.Raisef(TypeError, "cannot set '__doc__' attribute of immutable type '%s'", t.Name)
		return -1
	}
	if value == nil {
		ts.Raisef(TypeError, "cannot delete '__doc__' attribute of immutable type '%s'", t.Name)
		return -1
	}
	TypeModified(ts, t)
	return DictSetItem(ts, t.Dict, typeXNames["__doc__"], value)
}
