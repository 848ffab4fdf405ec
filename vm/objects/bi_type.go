package objects

// type's attributes that describe a class: __annotations__ (made empty in
// the class's own dict on first read, as CPython 3.10+), and the layout
// numbers __basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__
// and __flags__, given as CPython 3.11 (64-bit) reports them, since
// programs compare them with CPython's, not with minipy's Go layouts.

func typeAnnotationsGet(ts *Thread, o *Object) *Object {
	t := AsType(o)
	if !t.IsHeapType() {
		return ts.Raisef(AttributeError, "type object '%s' has no attribute '__annotations__'", t.Name)
	}
	if a := DictGetItemStr(ts, t.Dict, "__annotations__"); a != nil {
		if get := a.typ.DescrGet; get != nil {
			return get(ts, a, nil, o)
		}
		return NewRef(a)
	}
	d := NewDict(ts)
	if d == nil {
		return nil
	}
	if DictSetItemStr(ts, t.Dict, "__annotations__", d) < 0 {
		Decref(ts, d)
		return nil
	}
	return d
}

func typeAnnotationsSet(ts *Thread, o, v *Object) int {
	t := AsType(o)
	if !t.IsHeapType() {
		ts.Raisef(TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t.Name)
		return -1
	}
	k := NewStr(ts, "__annotations__")
	defer Decref(ts, k)
	if v == nil {
		if DictGetItem(ts, t.Dict, k) == nil {
			ts.SetErrSteal(NewRef(k))
			ts.Raise(AttributeError, "__annotations__")
			return -1
		}
		return DictDelItem(ts, t.Dict, k)
	}
	return DictSetItem(ts, t.Dict, k, v)
}

var cpythonItemSize = map[string]int{"int": 4, "bool": 4, "bytes": 1, "tuple": 8, "type": 40, "code": 2,
	"frame": 8, "generator": 8, "memoryview": 8}

// cpythonLayout is (basicsize, itemsize, dictoffset, weakrefoffset) of t
// as CPython 3.11 lays it out: a static type's from a table, a class's
// from its solid base plus a weak-reference slot and a managed dict.
func cpythonLayout(t *Type) (basic, item, dictoff, weakoff int) {
	if !t.IsHeapType() {
		if t == TypeType {
			return 904, 40, 264, 368
		}
		basic, ok := cpythonBasicSize[t.Name]
		if !ok {
			switch {
			case t.Name == "int" || t.Name == "bool":
				basic = 24
				if t.Name == "bool" {
					basic = 32
				}
			case t.IsSubtype(BaseException):
				basic = 72
			default:
				basic = map[string]int{"str": 80, "list": 40, "dict": 48, "set": 200, "frozenset": 200,
					"bytes": 33, "bytearray": 56}[t.Name]
			}
		}
		if t.IsSubtype(BaseException) {
			dictoff = 16
		}
		if t == SetType || t == FrozenSetType {
			weakoff = 192
		}
		return basic, cpythonItemSize[t.Name], dictoff, weakoff
	}
	var base *Type
	for _, b := range t.MRO[1:] {
		if !b.IsHeapType() {
			base = b
			break
		}
	}
	if base == nil {
		base = ObjectType
	}
	basic, item, dictoff, weakoff = cpythonLayout(base)
	if t.Base != nil && t.Base.IsHeapType() {
		// A class of a class: the first class added the slots.
		return cpythonLayout(t.Base)
	}
	if weakoff == 0 && item == 0 {
		weakoff = basic
		basic += 8
	}
	// Classes have a __dict__ (minipy has no __slots__ layouts yet).
	if dictoff == 0 {
		if item == 0 {
			dictoff = -(basic + 24) // CPython 3.11's managed dict, before the object
		} else {
			dictoff = -8
			basic += 8
		}
	}
	return basic, item, dictoff, weakoff
}

// cpythonFlags is __flags__ with CPython 3.11's bit values for the
// properties minipy's types share with CPython's.
func cpythonFlags(t *Type) int64 {
	var f int64 = 1 << 12 // READY
	if t.IsHeapType() {
		f |= 1 << 9
	} else {
		f |= 1<<8 | 1<<19 // IMMUTABLETYPE, VALID_VERSION_TAG
	}
	if t.Flags&FlagBaseType != 0 {
		f |= 1 << 10
	}
	if t.IsGC() || t.IsHeapType() {
		f |= 1 << 14
	}
	if t.Flags&FlagAbstract != 0 {
		f |= 1 << 20
	}
	if t.IsHeapType() {
		if _, item, d, _ := cpythonLayout(t); item == 0 && d < 0 {
			f |= 1 << 4 // MANAGED_DICT
		}
	}
	bits := []struct {
		b    *Type
		flag int64
	}{{IntType, 1 << 24}, {ListType, 1 << 25}, {TupleType, 1 << 26}, {BytesType, 1 << 27},
		{StrType, 1 << 28}, {DictType, 1 << 29}, {BaseException, 1 << 30}, {TypeType, 1 << 31}}
	for _, x := range bits {
		if t.IsSubtype(x.b) {
			f |= x.flag
		}
	}
	for _, x := range []*Type{ListType, TupleType, RangeType, MemoryViewType, ByteArrayType} {
		if t.IsSubtype(x) {
			f |= 1 << 5 // SEQUENCE
		}
	}
	if t.IsSubtype(DictType) {
		f |= 1 << 6 // MAPPING
	}
	for _, x := range []*Type{ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType} {
		if t.IsSubtype(x) {
			f |= 1 << 22 // MATCH_SELF
		}
	}
	return f
}

func init() {
	layout := func(name string, pick func(b, i, d, w int) int) GetSetDef {
		return GetSetDef{Name: name, Get: func(ts *Thread, o *Object) *Object {
			return NewInt(ts, int64(pick(cpythonLayout(AsType(o)))))
		}}
	}
	beforeReady = append(beforeReady, func() {
		TypeType.GetSets = append(TypeType.GetSets,
			GetSetDef{Name: "__annotations__", Get: typeAnnotationsGet, Set: typeAnnotationsSet},
			layout("__basicsize__", func(b, i, d, w int) int { return b }),
			layout("__itemsize__", func(b, i, d, w int) int { return i }),
			layout("__dictoffset__", func(b, i, d, w int) int { return d }),
			layout("__weakrefoffset__", func(b, i, d, w int) int { return w }),
			GetSetDef{Name: "__flags__", Get: func(ts *Thread, o *Object) *Object { return NewInt(ts, cpythonFlags(AsType(o))) }},
		)
	})
}

// instanceWeakrefDef is the __weakref__ attribute CPython gives instances
// of classes: the first weak reference to the instance, or None.
var instanceWeakrefDef = GetSetDef{Name: "__weakref__", Get: FirstWeakref,
	Doc: "list of weak references to the object (if defined)"}

// NewInstanceWeakrefDescr makes the __weakref__ descriptor the VM puts in
// the dict of a class that adds a weak-reference slot in CPython's layout
// (owns a reference to t); nil with no error when t adds none.
func NewInstanceWeakrefDescr(ts *Thread, t *Type) *Object {
	if _, item, _, _ := cpythonLayout(t); item != 0 {
		return nil
	}
	for _, b := range t.MRO[1:] {
		if _, _, _, w := cpythonLayout(b); w != 0 || (b.IsHeapType() && b.Dict != nil && DictGetItemStr(ts, b.Dict, "__weakref__") != nil) {
			return nil
		}
	}
	d := newObject(ts, getSetDescrClass, GetSetDescrType)
	d.objclass, d.name, d.def = t, instanceWeakrefDef.Name, &instanceWeakrefDef
	Incref(&t.Object)
	gcTrack(ts, &d.Object)
	return &d.Object
}
