package objects

// TypeFlags are properties of a type (CPython's Py_TPFLAGS_*).
type TypeFlags uint64

const (
	FlagBaseType    TypeFlags = 1 << iota // may be subclassed
	FlagHeapType                          // created at run time (a class statement); mortal, in a heap
	FlagHaveGC                            // instances are containers the cycle collector tracks
	FlagReady                             // Ready has run
	FlagIntSubclass                       // fast subclass tests, as CPython's *_SUBCLASS flags
	FlagListSubclass
	FlagTupleSubclass
	FlagBytesSubclass
	FlagStrSubclass
	FlagDictSubclass
	FlagBaseExcSubclass
	FlagTypeSubclass
	FlagImmutable // attributes may not be set (static types)
	FlagAbstract
	FlagAddedWeakref // a class that added __weakref__ to its instances
	// FlagNoCallCheck: calling an instance does not check the recursion
	// limit at the call (functions, bound methods: their frame counts).
	FlagNoCallCheck
	// FlagVectorcallNew: calling the type itself does not check it (the
	// built-in types CPython 3.11 constructs through a vectorcall or a
	// specialized instruction).
	FlagVectorcallNew
)

// Type is a type object. Static (built-in) types are process-wide immortal
// Go values, never written after Ready; classes made at run time are heap
// types owned by one interpreter.
type Type struct {
	// A heap type is a container the cycle collector may track (a class
	// sits in cycles through its methods' globals and its instances), so
	// every type carries the GC head; static types never use theirs.
	GCObject
	Name     string // tp_name: "int", "dict_keys", or a class's __name__
	QualName string
	Module   string // "builtins" for the built-in types
	Doc      string
	Flags    TypeFlags

	Base  *Type   // the solid base
	Bases []*Type // __bases__
	MRO   []*Type // __mro__, computed by C3 at Ready
	Dict  *Object // the type's attribute dict (a dict object)
	// version is the type attribute cache's tag (typecache.go); 0: none.
	version uint32

	// Static definitions turned into descriptors in Dict at Ready.
	Methods []MethodDef
	GetSets []GetSetDef
	Members []MemberDef
	// ClassAttrs are plain values in the dict of a static type (as
	// struct sequences' n_fields); each value must be a static immortal.
	ClassAttrs []ClassAttr

	// Object protocol.
	Dealloc     DeallocFunc
	Repr        UnaryFunc
	Str         UnaryFunc
	Hash        HashFunc
	RichCompare RichCompareFunc
	GetAttr     GetAttrFunc
	SetAttr     SetAttrFunc
	Call        CallFunc
	Iter        UnaryFunc
	IterNext    IterNextFunc
	DescrGet    DescrGetFunc
	DescrSet    DescrSetFunc
	New         NewFunc
	Init        InitFunc
	Finalize    FinalizeFunc
	Traverse    TraverseFunc
	Clear       ClearFunc
	// DictPtr finds an instance's __dict__ slot (tp_dictoffset); nil when
	// instances have no dict.
	DictPtr func(o *Object) **Object

	// Instance layout (layout.go). layout is the struct of a static
	// type's instances (its own, or its base's); ext is set on a class
	// whose instances extend it (nil: they are blocks of the static
	// struct itself). nslots counts the __slots__ values of the extension,
	// slotNames are the class's own (mangled, sorted). gcOffset, when not
	// 0, is where the GC head of an instance lies (an extension of a
	// struct without one).
	// mroTuple and basesTuple are a class's __mro__ and __bases__ as
	// tuple objects (owned), as CPython keeps them: the MRO tuple holds
	// the class itself, so a class is always in a cycle, freed by the
	// collector.
	mroTuple, basesTuple *Object

	layout    *Layout
	ext       *Layout
	nslots    int
	slotNames []string
	gcOffset  uintptr

	// Number protocol. Binary slots are indexed by NumberOp; OpPow's entry is
	// unused (pow is ternary).
	NumBinary  [numNumberOps]BinaryFunc
	NumInplace [numNumberOps]BinaryFunc
	Pow        TernaryFunc
	InplacePow TernaryFunc
	Neg        UnaryFunc
	Pos        UnaryFunc
	Abs        UnaryFunc
	Invert     UnaryFunc
	Bool       InquiryFunc
	Int        UnaryFunc
	Float      UnaryFunc
	Index      UnaryFunc

	// Sequence and mapping protocol.
	Len      LenFunc
	GetItem  BinaryFunc
	SetItem  SetItemFunc
	Contains ContainsFunc
}

// ClassAttr is a name and a static immortal value of a static type's dict.
type ClassAttr struct {
	Name  string
	Value *Object
}

// MethodFlags say how a MethodDef binds.
type MethodFlags int

const (
	MethInstance MethodFlags = iota // bound to the instance (method_descriptor)
	MethClass                       // bound to the type (classmethod_descriptor)
	MethStatic                      // not bound (staticmethod)
)

// MethodFn is a built-in method body: self is the bound object (the type for
// class methods, nil for static methods); args/kwnames as in CallFunc.
type MethodFn func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object

// MethodDef defines a built-in method of a static type.
type MethodDef struct {
	Name  string
	Fn    MethodFn
	Flags MethodFlags
	Doc   string
}

// GetSetDef defines a computed attribute (getset_descriptor). Set may be nil
// (read-only); it receives nil to delete.
type GetSetDef struct {
	Name string
	Get  func(ts *Thread, o *Object) *Object
	Set  func(ts *Thread, o, value *Object) int
	Doc  string
}

// MemberDef defines a plain attribute stored in the instance struct
// (member_descriptor), read through Get and written through Set (nil:
// read-only).
type MemberDef struct {
	Name string
	Get  func(o *Object) *Object // returns a borrowed reference or nil (AttributeError)
	Set  func(ts *Thread, o, value *Object) int
	Doc  string
}

// AsType returns o as a *Type, or nil when o is not a type.
func AsType(o *Object) *Type {
	if o.typ.Flags&FlagTypeSubclass != 0 {
		return (*Type)(unsafePointer(o))
	}
	return nil
}

// TypeObject returns the type as an object handle.
func (t *Type) TypeObject() *Object { return &t.Object }

// IsSubtype reports whether t is b or a subclass of it (by the MRO).
func (t *Type) IsSubtype(b *Type) bool {
	if t == b {
		return true
	}
	if t.MRO != nil {
		for _, m := range t.MRO {
			if m == b {
				return true
			}
		}
		return false
	}
	for x := t.Base; x != nil; x = x.Base {
		if x == b {
			return true
		}
	}
	return b == ObjectType
}

// IsHeapType reports whether t was created at run time.
func (t *Type) IsHeapType() bool { return t.Flags&FlagHeapType != 0 }

// IsGC reports whether instances of t are tracked by the cycle collector.
func (t *Type) IsGC() bool { return t.Flags&FlagHaveGC != 0 }
