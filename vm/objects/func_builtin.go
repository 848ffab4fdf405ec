package objects

import "minipy/runtime/alloc"

// BuiltinFunc is a builtin_function_or_method: a Go function, either a
// module-level function (self is the module, or nil) or a built-in method
// bound to its object (self is the instance, or the type for class and
// static methods).
type BuiltinFunc struct {
	GCObject
	def    *MethodDef // name, body, doc (never written after creation)
	self   *Object    // __self__ (owned), nil for a plain function
	module *Object    // __module__ (owned), nil when unknown
	owner  *Type      // the type whose method this is, for __qualname__; nil for functions
	static bool       // call the body with a nil self (a static method)
	// fastcall: CPython 3.11 calls this built-in without the recursion
	// check even with one argument (callChecksDepth); computed once at
	// creation, as a map lookup by name per call is too slow.
	fastcall bool
}

var builtinFuncClass = alloc.NewClass[BuiltinFunc]("builtin_function_or_method")

// BuiltinFuncType is the type of built-in functions and bound built-in methods.
var BuiltinFuncType = &Type{Name: "builtin_function_or_method", Flags: FlagHaveGC}

// NewBuiltinFunction makes a module-level built-in function (self is the
// module, passed to fn as self; nil for none) in ts's heap. module is the
// value of __module__ (a str, or nil for None).
func NewBuiltinFunction(ts *Thread, def *MethodDef, self, module *Object) *Object {
	f := newObject(ts, builtinFuncClass, BuiltinFuncType)
	f.def = def
	f.self = XNewRef(self)
	f.module = XNewRef(module)
	f.fastcall = builtinIsFastcall(f)
	gcTrack(ts, &f.Object)
	return &f.Object
}

// NewStaticBuiltinFunction makes an immortal built-in function shared by all
// interpreters (no self; __module__ is module, or None when empty); for
// functions registered at init.
func NewStaticBuiltinFunction(def *MethodDef, module string) *Object {
	f := &BuiltinFunc{def: def}
	if module != "" {
		f.module = typeXStaticStr(module)
	}
	f.fastcall = builtinIsFastcall(f)
	initStatic(&f.Object, BuiltinFuncType)
	return &f.Object
}

// newBoundBuiltin binds a method of type owner to self (an instance, or a
// type for class methods).
func newBoundBuiltin(ts *Thread, def *MethodDef, self *Object, owner *Type) *Object {
	f := newObject(ts, builtinFuncClass, BuiltinFuncType)
	f.def = def
	f.self = NewRef(self)
	f.owner = owner
	f.fastcall = builtinIsFastcall(f)
	gcTrack(ts, &f.Object)
	return &f.Object
}

// newStaticTypeBuiltin makes the immortal builtin a static type's dict holds
// for a static method or __new__: bound to the type for display, called with
// a nil self when static.
func newStaticTypeBuiltin(t *Type, def *MethodDef, static bool) *Object {
	f := &BuiltinFunc{def: def, self: t.TypeObject(), owner: t, static: static}
	f.fastcall = builtinIsFastcall(f)
	initStatic(&f.Object, BuiltinFuncType)
	return &f.Object
}

// XNewRef is NewRef that accepts nil.
func XNewRef(o *Object) *Object {
	if o != nil {
		Incref(o)
	}
	return o
}

// AsBuiltinFunc returns o as a *BuiltinFunc, or nil.
func AsBuiltinFunc(o *Object) *BuiltinFunc {
	if o.typ == BuiltinFuncType {
		return (*BuiltinFunc)(unsafePointer(o))
	}
	return nil
}

// Self is __self__ (borrowed; nil for a plain function).
func (f *BuiltinFunc) Self() *Object { return f.self }

// Name is the function's name.
func (f *BuiltinFunc) Name() string { return f.def.Name }

func builtinIsFunction(f *BuiltinFunc) bool {
	return f.self == nil || TypeName(f.self) == "module"
}

// builtinIsFastcall tells the built-in functions that CPython 3.11 calls
// without the recursion check even with one argument (fastcallBuiltins).
func builtinIsFastcall(f *BuiltinFunc) bool {
	return builtinIsFunction(f) && fastcallBuiltins[f.def.Name]
}

func init() {
	t := BuiltinFuncType
	t.Dealloc = func(ts *Thread, o *Object) {
		f := (*BuiltinFunc)(unsafePointer(o))
		gcUntrack(ts, o)
		Clear(ts, &f.self)
		Clear(ts, &f.module)
		freeObject(ts, builtinFuncClass, f)
	}
	t.Traverse = func(o *Object, v Visitor) {
		f := (*BuiltinFunc)(unsafePointer(o))
		if f.self != nil {
			v.Visit(f.self)
		}
		if f.module != nil {
			v.Visit(f.module)
		}
	}
	t.Clear = func(ts *Thread, o *Object) {
		f := (*BuiltinFunc)(unsafePointer(o))
		Clear(ts, &f.self)
		Clear(ts, &f.module)
	}
	t.Repr = func(ts *Thread, o *Object) *Object {
		f := (*BuiltinFunc)(unsafePointer(o))
		if builtinIsFunction(f) {
			return NewStr(ts, "<built-in function "+f.def.Name+">")
		}
		return NewStr(ts, "<built-in method "+f.def.Name+" of "+TypeName(f.self)+" object at "+formatAddr(f.self)+">")
	}
	t.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
		f := (*BuiltinFunc)(unsafePointer(o))
		if f.static {
			return f.def.Fn(ts, nil, args, kwnames)
		}
		return f.def.Fn(ts, f.self, args, kwnames)
	}
	t.RichCompare = func(ts *Thread, a, b *Object, op CompareOp) *Object {
		if b.typ != BuiltinFuncType || (op != EQ && op != NE) {
			return NotImplemented
		}
		fa, fb := (*BuiltinFunc)(unsafePointer(a)), (*BuiltinFunc)(unsafePointer(b))
		return Bool((fa.def == fb.def && fa.self == fb.self) == (op == EQ))
	}
	t.Hash = func(ts *Thread, o *Object) int64 {
		f := (*BuiltinFunc)(unsafePointer(o))
		var h int64
		if f.self != nil {
			h = HashPointer(f.self)
		}
		h ^= int64(funcPtr(f.def.Fn) >> 4)
		if h == -1 {
			h = -2
		}
		return h
	}
	t.GetAttr = GenericGetAttr
	t.GetSets = []GetSetDef{
		{Name: "__name__", Get: func(ts *Thread, o *Object) *Object {
			return NewStr(ts, (*BuiltinFunc)(unsafePointer(o)).def.Name)
		}},
		{Name: "__qualname__", Get: func(ts *Thread, o *Object) *Object {
			f := (*BuiltinFunc)(unsafePointer(o))
			if builtinIsFunction(f) {
				return NewStr(ts, f.def.Name)
			}
			owner := f.owner
			if owner == nil {
				owner = f.self.typ
				if st := AsType(f.self); st != nil {
					owner = st
				}
			}
			return NewStr(ts, owner.QualName+"."+f.def.Name)
		}},
		{Name: "__self__", Get: func(ts *Thread, o *Object) *Object {
			f := (*BuiltinFunc)(unsafePointer(o))
			if f.self == nil {
				if f.owner == nil && f.module != nil && o.IsImmortal() {
					return staticFuncModule(ts, f)
				}
				return None
			}
			return NewRef(f.self)
		}},
		{Name: "__doc__", Get: func(ts *Thread, o *Object) *Object {
			return typeXDocObject(ts, typeXDocBody((*BuiltinFunc)(unsafePointer(o)).def.Doc))
		}},
		{Name: "__text_signature__", Get: func(ts *Thread, o *Object) *Object {
			f := (*BuiltinFunc)(unsafePointer(o))
			return typeXSignatureObject(ts, f.def.Name, f.def.Doc)
		}},
	}
	t.Members = []MemberDef{
		{Name: "__module__", Get: func(o *Object) *Object {
			f := (*BuiltinFunc)(unsafePointer(o))
			if f.module == nil {
				return None
			}
			return f.module
		}, Set: func(ts *Thread, o, value *Object) int {
			f := (*BuiltinFunc)(unsafePointer(o))
			if o.IsImmortal() {
				ts.Raise(AttributeError, "readonly attribute")
				return -1
			}
			old := f.module
			f.module = XNewRef(value)
			XDecref(ts, old)
			return 0
		}},
	}
	registerStatic(t)
}

// staticFuncModule is __self__ of a module function shared by all
// interpreters (NewStaticBuiltinFunction): in CPython the module that
// made it, here the module of its __module__ in the running interpreter
// (sys.modules, imported if need be), as it cannot hold one module per
// interpreter. None when that module cannot be had.
func staticFuncModule(ts *Thread, f *BuiltinFunc) *Object {
	if AsStr(f.module) == nil {
		return None
	}
	im, ok := ts.Owner.(Importer)
	if !ok {
		return None
	}
	m := im.Import(ts, StrValue(f.module))
	if m == nil {
		ts.ClearErr()
		return None
	}
	return m
}
