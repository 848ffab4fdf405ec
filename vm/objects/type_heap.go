package objects

import (
	"sort"
	"strings"
	"unsafe"

	"minipy/runtime/alloc"
)

// Classes made at run time (heap types): readying them (CPython's
// type_new with its __slots__ processing, best_base and solid_base), the
// slots of their instances (subtype_dealloc, subtype_traverse,
// subtype_clear), the dispatch of their dunders to slots
// (fixup_slot_dispatchers and update_slot), and __class__ assignment.

// staticTpName is a type's tp_name as CPython's error messages show it:
// a static type of a module other than builtins is module-qualified
// ("_thread.lock"), a class or a builtin type is not.
func staticTpName(t *Type) string {
	if !t.IsHeapType() && t.Module != "" && t.Module != "builtins" {
		return t.Module + "." + t.Name
	}
	return t.Name
}

// ReadyHeapType finishes a class made at run time (type(name, bases, ns) in
// the VM, which allocates t, sets Name, QualName, Module, Bases, Flags
// (FlagHeapType) and Dict). It checks the bases, picks the solid base,
// computes the MRO, lays the instances out (__slots__, __dict__), fills in
// the class's dict (slot members, __dict__ and __weakref__ descriptors,
// __doc__) and its slots. 0, or -1 with CPython's error.
func ReadyHeapType(ts *Thread, t *Type) int {
	TypeModified(ts, t)
	if len(t.Bases) == 0 {
		t.Bases = []*Type{ObjectType}
	}
	for i, b := range t.Bases {
		if b.Flags&FlagBaseType == 0 {
			ts.Raisef(TypeError, "type '%s' is not an acceptable base type", staticTpName(b))
			return -1
		}
		for _, c := range t.Bases[:i] {
			if c == b {
				ts.Raisef(TypeError, "duplicate base class %s", b.Name)
				return -1
			}
		}
	}
	base := typeXBestBase(ts, t.Bases)
	if base == nil {
		return -1
	}
	t.Base = base
	mro, err := c3MRO(t)
	if err != "" {
		ts.Raise(TypeError, err)
		return -1
	}
	t.MRO = mro
	if t.Dict == nil {
		if t.Dict = NewDict(ts); t.Dict == nil {
			return -1
		}
	}
	if typeXLayOut(ts, t) < 0 {
		return -1
	}
	t.Flags |= FlagHaveGC
	t.Dealloc = SubtypeDealloc
	t.Traverse = subtypeTraverse
	t.Clear = subtypeClear
	typeXInherit(t)
	if t.New == nil {
		t.New = base.New
	}
	fixupSlots(t)
	t.mroTuple = typeXTupleOf(ts, mro)
	t.basesTuple = typeXTupleOf(ts, t.Bases)
	t.Flags |= FlagReady
	return 0
}

// typeXStaticBase is the nearest static type among t and its bases: the
// one whose struct t's instances are (or extend).
func typeXStaticBase(t *Type) *Type {
	for t.IsHeapType() {
		t = t.Base
	}
	return t
}

// typeXSolidBase is CPython's solid_base: the nearest base that fixes the
// instance layout. A class is solid when it adds __slots__ values (a
// __dict__ or __weakref__ alone do not count, as extra_ivars has it); a
// static type when its struct differs from its base's.
func typeXSolidBase(t *Type) *Type {
	for t.Base != nil {
		if t.IsHeapType() {
			if len(t.slotNames) > 0 {
				return t
			}
		} else if t.layout != t.Base.layout {
			return t
		}
		t = t.Base
	}
	return t
}

// typeXBestBase picks the base whose layout every other base's layout
// extends (CPython's best_base).
func typeXBestBase(ts *Thread, bases []*Type) *Type {
	var base, winner *Type
	for _, b := range bases {
		candidate := typeXSolidBase(b)
		switch {
		case winner == nil:
			winner, base = candidate, b
		case winner.IsSubtype(candidate):
		case candidate.IsSubtype(winner):
			winner, base = candidate, b
		default:
			ts.Raise(TypeError, "multiple bases have instance lay-out conflict")
			return nil
		}
	}
	return base
}

// typeXHasWeakref reports whether t's instances can be weakly referenced
// through its class's layout (CPython's tp_weaklistoffset != 0); it also
// decides where __weakref__ appears, as in CPython. SupportsWeakrefs
// (weakref.go) adds the static types marked weakrefable.
func typeXHasWeakref(t *Type) bool {
	for ; t != nil; t = t.Base {
		if t.IsHeapType() {
			if t.Flags&FlagAddedWeakref != 0 {
				return true
			}
			continue
		}
		return t.layout != nil && t.layout.weakref
	}
	return false
}

// typeXLayOut is type_new's slot and dict processing: it reads __slots__
// from t's dict, decides whether instances get a __dict__ and a
// __weakref__, chooses t.ext and puts the descriptors in t's dict.
func typeXLayOut(ts *Thread, t *Type) int {
	base := t.Base
	static := typeXStaticBase(base)
	l := static.layout
	mayAddDict := base.DictPtr == nil && static.Flags&FlagTypeSubclass == 0
	mayAddWeak := !typeXHasWeakref(base) && (l == nil || !l.itemsize)
	addDict, addWeak := false, false
	var own []string
	slots := typeXDictGet(t.Dict, typeXStrKey("__slots__"))
	if slots == nil {
		addDict, addWeak = mayAddDict, mayAddWeak
	} else {
		var names []*Object
		if AsStr(slots) != nil {
			names = []*Object{slots}
		} else {
			tup := SequenceTuple(ts, slots)
			if tup == nil {
				return -1
			}
			defer Decref(ts, tup)
			names = TupleItems(tup)
		}
		if len(names) > 0 && l != nil && l.itemsize {
			ts.Raisef(TypeError, "nonempty __slots__ not supported for subtype of '%s'", base.Name)
			return -1
		}
		for _, n := range names {
			if AsStr(n) == nil {
				ts.Raisef(TypeError, "__slots__ items must be strings, not '%s'", TypeName(n))
				return -1
			}
			s := StrValue(n)
			if !typeXIsIdentifier(s) {
				ts.Raise(TypeError, "__slots__ must be identifiers")
				return -1
			}
			switch s {
			case "__dict__":
				if !mayAddDict || addDict {
					ts.Raise(TypeError, "__dict__ slot disallowed: we already got one")
					return -1
				}
				addDict = true
			case "__weakref__":
				if !mayAddWeak || addWeak {
					ts.Raise(TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
					return -1
				}
				addWeak = true
			default:
				own = append(own, typeXMangle(t.Name, s))
			}
		}
		for _, s := range own {
			if typeXDictGet(t.Dict, typeXStrKey(s)) != nil {
				ts.Raisef(ValueError, "'%s' in __slots__ conflicts with class variable", s)
				return -1
			}
		}
		sort.Strings(own)
	}
	t.slotNames = own
	t.nslots = len(own)
	if base.IsHeapType() {
		t.nslots += base.nslots
	}
	needExt := base.ext != nil || t.nslots > 0 || addDict || l == nil || !l.hasGC
	if needExt {
		if l == nil || l.extAlloc == nil {
			ts.Raisef(TypeError, "type '%s' is not an acceptable base type", static.Name)
			return -1
		}
		t.ext = l
		t.gcOffset = l.gcOffset
	}
	if addDict {
		t.DictPtr = heapExtDictPtr
	}
	if addWeak {
		t.Flags |= FlagAddedWeakref
	}
	first := t.nslots - len(own)
	for i, s := range own {
		d := newSlotMember(ts, t, s, first+i)
		if d == nil || DictSetItemStr(ts, t.Dict, s, d) < 0 {
			XDecref(ts, d)
			return -1
		}
		Decref(ts, d)
	}
	for _, g := range [...]struct {
		add  bool
		def  *GetSetDef
		name string
	}{{addDict, &heapDictDef, "__dict__"}, {addWeak, &heapWeakrefDef, "__weakref__"}} {
		if !g.add || typeXDictGet(t.Dict, typeXStrKey(g.name)) != nil {
			continue
		}
		d := newHeapGetSetDescr(ts, t, g.def)
		if d == nil || DictSetItemStr(ts, t.Dict, g.name, d) < 0 {
			XDecref(ts, d)
			return -1
		}
		Decref(ts, d)
	}
	if typeXDictGet(t.Dict, typeXStrKey("__doc__")) == nil {
		if DictSetItemStr(ts, t.Dict, "__doc__", None) < 0 {
			return -1
		}
	}
	return 0
}

// typeXStrKey makes a static str key for typeXDictGet without allocating
// from a heap (the names are short-lived lookups).
func typeXStrKey(name string) *Object {
	if k, ok := typeXNames[name]; ok {
		return k
	}
	k := &Str{s: name}
	k.n, k.kind, _ = strMeasure(name)
	initStatic(&k.Object, StrType)
	k.hash = strComputeHash(k)
	return &k.Object
}

// typeXIsIdentifier is str.isidentifier for __slots__ names.
func typeXIsIdentifier(s string) bool { return StrIsIdentifier(s) }

// typeXMangle is _Py_Mangle: __name inside class C is _C__name.
func typeXMangle(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	c := strings.TrimLeft(class, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}

// heapDictDef and heapWeakrefDef are the __dict__ and __weakref__
// attributes a class adds (subtype_getsets_full).
var (
	heapDictDef = GetSetDef{Name: "__dict__", Get: heapDictGet, Set: typeXSetInstanceDict,
		Doc: "dictionary for instance variables (if defined)"}
	heapWeakrefDef = GetSetDef{Name: "__weakref__", Get: FirstWeakref,
		Doc: "list of weak references to the object (if defined)"}
)

// heapDictGet is the __dict__ getter of a class's instances: the dict made
// on first use, and exposed: from now on it is an object of its own for
// the collector (CPython 3.11 materializes the dict from inline values).
func heapDictGet(ts *Thread, o *Object) *Object {
	dp := o.typ.DictPtr(o)
	if *dp == nil {
		*dp = NewDict(ts)
		if *dp == nil {
			return nil
		}
	}
	DictExpose(ts, *dp)
	return NewRef(*dp)
}

// newHeapGetSetDescr makes a getset descriptor of class t (it owns a
// reference to t).
func newHeapGetSetDescr(ts *Thread, t *Type, def *GetSetDef) *Object {
	d := newObject(ts, getSetDescrClass, GetSetDescrType)
	d.objclass, d.name, d.def = t, def.Name, def
	Incref(&t.Object)
	gcTrack(ts, &d.Object)
	return &d.Object
}

var memberDescrClass = alloc.NewClass[MemberDescr]("member_descriptor")

// newSlotMember makes the member descriptor of __slots__ value i of class
// t (CPython's PyMemberDef with T_OBJECT_EX).
func newSlotMember(ts *Thread, t *Type, name string, i int) *Object {
	def := &MemberDef{Name: name,
		Get: func(o *Object) *Object { return extOf(o).slots[i] },
		Set: func(ts *Thread, o, v *Object) int {
			s := &extOf(o).slots[i]
			if v == nil {
				if *s == nil {
					ts.Raise(AttributeError, name)
					return -1
				}
				Clear(ts, s)
				return 0
			}
			old := *s
			*s = NewRef(v)
			XDecref(ts, old)
			return 0
		}}
	d := newObject(ts, memberDescrClass, MemberDescrType)
	d.objclass, d.name, d.def = t, name, def
	Incref(&t.Object)
	gcTrack(ts, &d.Object)
	return &d.Object
}

// SubtypeDealloc is the Dealloc of every class (CPython's subtype_dealloc):
// the finalizer (__del__) first, which may resurrect the instance; then the
// __slots__ values and the instance __dict__; then the static base's
// Dealloc, whose freeObject frees the block and drops the reference to the
// class.
func SubtypeDealloc(ts *Thread, o *Object) {
	if o.typ.Finalize != nil && CallFinalizerFromDealloc(ts, o) {
		return
	}
	if len(ts.Space.weakrefs) != 0 {
		ClearWeakrefsOf(ts, o) // after __del__, as subtype_dealloc
	}
	t := o.typ // __del__ may have assigned __class__
	static := typeXStaticBase(t)
	h := gcHeadOfAny(o)
	if h.prev != nil {
		// Out of the collector before anything is released: destructors
		// run from here may start a collection.
		gcListRemove(h)
	}
	if t.ext != nil {
		e := extOf(o)
		for i := range e.slots {
			Clear(ts, &e.slots[i])
		}
		if static.DictPtr == nil {
			Clear(ts, &e.dict)
		}
		if !t.ext.hasGC && h.flags&gcTrashed == 0 {
			// The static Dealloc knows nothing of the collector: uncount
			// the container here (gcUntrack's other half).
			if g := &ts.Space.GC; g.gens[0].count > 0 {
				g.gens[0].count--
			}
			h.flags |= gcTrashed
		}
	}
	static.Dealloc(ts, o)
}

func subtypeTraverse(o *Object, v Visitor) {
	t := o.typ
	v.Visit(&t.Object) // the instance's reference to its class
	static := typeXStaticBase(t)
	if t.ext != nil {
		e := extOf(o)
		for _, s := range e.slots {
			if s != nil {
				v.Visit(s)
			}
		}
		if d := e.dict; d != nil && static.DictPtr == nil {
			if dictIsInline(d) {
				// Inline values are the instance's own; their keys belong
				// to the class in CPython (shared keys) and are not
				// visited.
				for pos := 0; ; {
					_, val, ok := DictNext(d, &pos)
					if !ok {
						break
					}
					v.Visit(val)
				}
			} else {
				v.Visit(d)
			}
		}
	}
	if tr := static.Traverse; tr != nil {
		tr(o, v)
	}
}

func subtypeClear(ts *Thread, o *Object) {
	t := o.typ
	static := typeXStaticBase(t)
	if t.ext != nil {
		e := extOf(o)
		for i := range e.slots {
			Clear(ts, &e.slots[i])
		}
		if static.DictPtr == nil {
			Clear(ts, &e.dict)
		}
	}
	if c := static.Clear; c != nil {
		c(ts, o)
	}
}

// typeXCompatibleForAssignment is CPython's compatible_for_assignment
// (__class__ assignment): the same struct, the same __slots__, the same
// __dict__.
func typeXCompatibleForAssignment(ts *Thread, oldto, newto *Type) bool {
	return typeXCompatibleFor(ts, oldto, newto, "__class__")
}

// typeXCompatibleFor is compatible_for_assignment for attr (__class__ or
// __bases__), naming attr in its error.
func typeXCompatibleFor(ts *Thread, oldto, newto *Type, attr string) bool {
	// CPython compares tp_free first: the GC'd types free differently
	// from object, int, str and the other types without GC.
	if oldto.Flags&FlagHaveGC != newto.Flags&FlagHaveGC {
		ts.Raisef(TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr, newto.Name, oldto.Name)
		return false
	}
	newbase, oldbase := newto, oldto
	for newbase.IsHeapType() && len(newbase.slotNames) == 0 && newbase.Base != nil {
		newbase = newbase.Base
	}
	for oldbase.IsHeapType() && len(oldbase.slotNames) == 0 && oldbase.Base != nil {
		oldbase = oldbase.Base
	}
	ok := newbase == oldbase ||
		(newbase.Base == oldbase.Base && typeXSameSlots(newbase, oldbase))
	ok = ok && oldto.ext == newto.ext && oldto.nslots == newto.nslots &&
		(oldto.DictPtr == nil) == (newto.DictPtr == nil) &&
		typeXStaticBase(oldto) == typeXStaticBase(newto)
	if !ok {
		ts.Raisef(TypeError, "%s assignment: '%s' object layout differs from '%s'", attr, newto.Name, oldto.Name)
	}
	return ok
}

func typeXSameSlots(a, b *Type) bool {
	if len(a.slotNames) != len(b.slotNames) {
		return false
	}
	for i := range a.slotNames {
		if a.slotNames[i] != b.slotNames[i] {
			return false
		}
	}
	return true
}

// Dunder dispatch (CPython's update_one_slot). Each slot of a class is
// decided by looking its dunders up along the MRO: a slot wrapper of a
// static base gives that base's function ("specific"); a Python function
// or any other attribute gives the VM's generic function for the slot,
// which calls the dunder; nothing found leaves the slot empty.

// slotGroup is the dunders that feed one slot field of Type.
type slotGroup struct {
	off   uintptr // the field's offset in Type
	names []string
	defs  []*SlotDef // the wrapper each name's slot wrapper must have (nil: none)
}

var (
	// slotGroups in SlotDefs order, and by dunder name; built at init.
	slotGroups       []*slotGroup
	slotGroupsByName map[string]*slotGroup
	// genericSlots holds the VM's generic slot functions, one per slot
	// field (SetGenericSlots); immutable after init.
	genericSlots *Type
)

// SetGenericSlots registers the VM's generic slot functions: the field of
// g for each slot is the function a class gets when one of the slot's
// dunders is defined in Python (slot_tp_repr, slot_nb_add, ...). Call it
// from an init function.
func SetGenericSlots(g *Type) { genericSlots = g }

var typeFieldNew = unsafe.Offsetof(Type{}.New)

func typeXSlotWord(t *Type, off uintptr) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(t), off))
}

func typeXSetSlotWord(t *Type, off uintptr, w unsafe.Pointer) {
	*(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(t), off)) = w
}

// fixupSlots is fixup_slot_dispatchers: every dunder slot of class t.
func fixupSlots(t *Type) {
	for _, g := range slotGroups {
		updateOneSlot(t, g)
	}
}

// updateOneSlot is update_one_slot.
func updateOneSlot(t *Type, g *slotGroup) {
	var specific, generic unsafe.Pointer
	useGeneric := false
	gen := unsafe.Pointer(nil)
	if genericSlots != nil {
		gen = typeXSlotWord(genericSlots, g.off)
	}
	for i, name := range g.names {
		descr := LookupType(t, typeXStrKey(name))
		if descr == nil {
			continue
		}
		if descr.typ == WrapperDescrType && g.defs[i] != nil && (*WrapperDescr)(unsafePointer(descr)).slot == g.defs[i] {
			d := (*WrapperDescr)(unsafePointer(descr))
			generic = gen
			w := typeXSlotWord(d.objclass, g.off)
			if (specific == nil || specific == w) && t.IsSubtype(d.objclass) {
				specific = w
			} else {
				useGeneric = true
			}
		} else if g.off == typeFieldNew && typeXIsNewWrapper(descr) {
			specific = typeXSlotWord(t.Base, g.off)
		} else if descr == None && name == "__hash__" {
			f := HashFunc(HashNotImplemented)
			specific = *(*unsafe.Pointer)(unsafe.Pointer(&f))
		} else {
			useGeneric = true
			generic = gen
		}
	}
	if specific != nil && !useGeneric {
		typeXSetSlotWord(t, g.off, specific)
	} else {
		typeXSetSlotWord(t, g.off, generic)
	}
}

// typeXIsNewWrapper reports whether o is the __new__ of a static type
// (tp_new_wrapper).
func typeXIsNewWrapper(o *Object) bool {
	f := AsBuiltinFunc(o)
	return f != nil && f.owner != nil && f.def.Name == "__new__" && !f.owner.IsHeapType()
}

// HashNotImplemented is the hash slot of unhashable types (__hash__ = None).
func HashNotImplemented(ts *Thread, o *Object) int64 {
	ts.Raisef(TypeError, "unhashable type: '%s'", TypeName(o))
	return -1
}

// UpdateSlot is update_slot: after the class attribute name of t changed,
// the slots fed by that dunder are recomputed for t and every class
// derived from it. Names that feed no slot are ignored.
func UpdateSlot(ts *Thread, t *Type, name string) {
	g := slotGroupsByName[name]
	if g == nil {
		return
	}
	typeXUpdateSubclasses(ts, t, g, 0)
}

func typeXUpdateSubclasses(ts *Thread, t *Type, g *slotGroup, depth int) {
	if depth > 1000 {
		return
	}
	updateOneSlot(t, g)
	for _, s := range typeSpaceOf(ts).subclasses[t] {
		typeXUpdateSubclasses(ts, s, g, depth+1)
	}
}

// buildSlotGroups makes slotGroups from SlotDefs (called by the init
// that builds SlotDefs).
func buildSlotGroups() {
	var probe Type
	base := uintptr(unsafe.Pointer(&probe))
	fieldOf := func(name string) uintptr {
		var p unsafe.Pointer
		switch name {
		case "__repr__":
			p = unsafe.Pointer(&probe.Repr)
		case "__str__":
			p = unsafe.Pointer(&probe.Str)
		case "__hash__":
			p = unsafe.Pointer(&probe.Hash)
		case "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__":
			p = unsafe.Pointer(&probe.RichCompare)
		case "__getattribute__", "__getattr__":
			p = unsafe.Pointer(&probe.GetAttr)
		case "__setattr__", "__delattr__":
			p = unsafe.Pointer(&probe.SetAttr)
		case "__call__":
			p = unsafe.Pointer(&probe.Call)
		case "__iter__":
			p = unsafe.Pointer(&probe.Iter)
		case "__next__":
			p = unsafe.Pointer(&probe.IterNext)
		case "__get__":
			p = unsafe.Pointer(&probe.DescrGet)
		case "__set__", "__delete__":
			p = unsafe.Pointer(&probe.DescrSet)
		case "__init__":
			p = unsafe.Pointer(&probe.Init)
		case "__new__":
			p = unsafe.Pointer(&probe.New)
		case "__del__":
			p = unsafe.Pointer(&probe.Finalize)
		case "__pow__", "__rpow__":
			p = unsafe.Pointer(&probe.Pow)
		case "__ipow__":
			p = unsafe.Pointer(&probe.InplacePow)
		case "__neg__":
			p = unsafe.Pointer(&probe.Neg)
		case "__pos__":
			p = unsafe.Pointer(&probe.Pos)
		case "__abs__":
			p = unsafe.Pointer(&probe.Abs)
		case "__invert__":
			p = unsafe.Pointer(&probe.Invert)
		case "__bool__":
			p = unsafe.Pointer(&probe.Bool)
		case "__int__":
			p = unsafe.Pointer(&probe.Int)
		case "__float__":
			p = unsafe.Pointer(&probe.Float)
		case "__index__":
			p = unsafe.Pointer(&probe.Index)
		case "__len__":
			p = unsafe.Pointer(&probe.Len)
		case "__getitem__":
			p = unsafe.Pointer(&probe.GetItem)
		case "__setitem__", "__delitem__":
			p = unsafe.Pointer(&probe.SetItem)
		case "__contains__":
			p = unsafe.Pointer(&probe.Contains)
		default:
			for op := NumberOp(0); op < numNumberOps; op++ {
				d := NumberOpDunders[op]
				switch name {
				case "__" + d + "__", "__r" + d + "__":
					p = unsafe.Pointer(&probe.NumBinary[op])
				case "__i" + d + "__":
					p = unsafe.Pointer(&probe.NumInplace[op])
				}
			}
		}
		if p == nil {
			panic("minipy: no slot field for " + name)
		}
		return uintptr(p) - base
	}
	slotGroupsByName = map[string]*slotGroup{}
	byOff := map[uintptr]*slotGroup{}
	add := func(name string, def *SlotDef) {
		off := fieldOf(name)
		g := byOff[off]
		if g == nil {
			g = &slotGroup{off: off}
			byOff[off] = g
			slotGroups = append(slotGroups, g)
		}
		g.names = append(g.names, name)
		g.defs = append(g.defs, def)
		slotGroupsByName[name] = g
	}
	for _, d := range SlotDefs {
		add(d.Name, d)
		if d.Name == "__getattribute__" {
			add("__getattr__", nil)
		}
	}
	add("__new__", nil)
}

func init() {
	m := MemberDescrType
	m.Flags |= FlagHaveGC
	m.Dealloc = func(ts *Thread, o *Object) {
		d := (*MemberDescr)(unsafePointer(o))
		gcUntrack(ts, o)
		cls := d.objclass
		d.objclass = nil
		freeObject(ts, memberDescrClass, d)
		if cls != nil {
			Decref(ts, &cls.Object)
		}
	}
	m.Traverse = func(o *Object, v Visitor) {
		if c := (*MemberDescr)(unsafePointer(o)).objclass; c != nil {
			v.Visit(&c.Object)
		}
	}
	m.Clear = func(ts *Thread, o *Object) {}
}

// SlotWrapperOwner returns the static type whose slot a slot wrapper
// (wrapper_descriptor) calls, or nil when o is not one.
func SlotWrapperOwner(o *Object) *Type {
	if o.typ != WrapperDescrType {
		return nil
	}
	return (*WrapperDescr)(unsafePointer(o)).objclass
}

// NewSeqIter is iter(o) for a sequence with __getitem__ only.
func NewSeqIter(ts *Thread, o *Object) *Object { return newSeqIter(ts, o) }

// HeapTypeTraverse is type_traverse for a class: its dict, its bases and
// its __mro__ and __bases__ tuples (a class made at run time by a
// metaclass made at run time has its metaclass visited by
// subtypeTraverse).
func HeapTypeTraverse(t *Type, v Visitor) {
	if t.Dict != nil {
		v.Visit(t.Dict)
	}
	for _, b := range t.Bases {
		v.Visit(&b.Object)
	}
	if t.mroTuple != nil {
		v.Visit(t.mroTuple)
	}
	if t.basesTuple != nil {
		v.Visit(t.basesTuple)
	}
}

// HeapTypeClear is type_clear: the dict is emptied (not dropped: the class
// stays usable while the garbage it belongs to is torn down) and the
// __mro__ tuple, which holds the class, released.
func HeapTypeClear(ts *Thread, t *Type) {
	TypeModified(ts, t)
	if t.Dict != nil {
		DictClear(ts, t.Dict)
	}
	Clear(ts, &t.mroTuple)
}

// HeapTypeRelease drops what a dying class owns (type_dealloc).
func HeapTypeRelease(ts *Thread, t *Type) {
	TypeModified(ts, t)
	for _, b := range t.Bases {
		RemoveSubclass(ts, b, t)
	}
	Clear(ts, &t.Dict)
	Clear(ts, &t.mroTuple)
	Clear(ts, &t.basesTuple)
	bases := t.Bases
	t.Bases = nil
	t.MRO = nil
	for _, b := range bases {
		Decref(ts, &b.Object)
	}
}
