package objects

import "minipy/runtime/alloc"

// dict views (dict_keys, dict_values, dict_items) and the dict iterators.

// dictView is a view on a dict.
type dictView struct {
	GCObject
	dict *Object // owned
}

var dictViewClass = alloc.NewClass[dictView]("dict_view")

// The view types.
var (
	DictKeysType   = &Type{Name: "dict_keys", Flags: FlagHaveGC}
	DictValuesType = &Type{Name: "dict_values", Flags: FlagHaveGC}
	DictItemsType  = &Type{Name: "dict_items", Flags: FlagHaveGC}
)

func newDictView(ts *Thread, t *Type, d *Object) *Object {
	v := newObject(ts, dictViewClass, t)
	v.dict = NewRef(d)
	gcTrack(ts, &v.Object)
	return &v.Object
}

func viewDict(o *Object) *Dict { return (*Dict)(unsafePointer((*dictView)(unsafePointer(o)).dict)) }

// isDictViewSet reports whether o is a keys or items view (set-like).
func isDictViewSet(o *Object) bool { return o.typ == DictKeysType || o.typ == DictItemsType }

func dictViewLen(ts *Thread, o *Object) int { return viewDict(o).used }

func dictViewRepr(ts *Thread, o *Object) *Object {
	if r := ReprEnter(ts, o); r != 0 {
		if r > 0 {
			return NewStr(ts, "...")
		}
		return nil
	}
	seq := SequenceList(ts, o)
	if seq == nil {
		ReprLeave(ts, o)
		return nil
	}
	r := Repr(ts, seq)
	Decref(ts, seq)
	ReprLeave(ts, o)
	if r == nil {
		return nil
	}
	s := o.typ.Name + "(" + StrValue(r) + ")"
	Decref(ts, r)
	return NewStr(ts, s)
}

func dictKeysContains(ts *Thread, o, key *Object) int {
	return DictContains(ts, &viewDict(o).Object, key)
}

func dictItemsContains(ts *Thread, o, item *Object) int {
	t := AsTuple(item)
	if t == nil || len(t.items) != 2 {
		return 0
	}
	key, value := t.items[0], t.items[1]
	found := DictGetItemErr(ts, &viewDict(o).Object, key)
	if found == nil {
		if ts.Occurred() {
			return -1
		}
		return 0
	}
	Incref(found)
	r := Equal(ts, found, value)
	Decref(ts, found)
	return r
}

// allContainedIn is all_contained_in: every item of self is in other.
func allContainedIn(ts *Thread, self, other *Object) int {
	return iterAll(ts, self, func(x *Object) int { return Contains(ts, other, x) })
}

func dictViewRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	if AsAnySet(b) == nil && !isDictViewSet(b) {
		return NotImplemented
	}
	la := Len(ts, a)
	if la < 0 {
		return nil
	}
	lb := Len(ts, b)
	if lb < 0 {
		return nil
	}
	ok := 0
	switch op {
	case EQ, NE:
		if la == lb {
			ok = allContainedIn(ts, a, b)
		}
		if op == NE && ok >= 0 {
			ok = 1 - ok
		}
	case LT:
		if la < lb {
			ok = allContainedIn(ts, a, b)
		}
	case LE:
		if la <= lb {
			ok = allContainedIn(ts, a, b)
		}
	case GT:
		if la > lb {
			ok = allContainedIn(ts, b, a)
		}
	case GE:
		if la >= lb {
			ok = allContainedIn(ts, b, a)
		}
	}
	if ok < 0 {
		return nil
	}
	return Bool(ok > 0)
}

// dictViewToSet is dictviews_to_set.
func dictViewToSet(ts *Thread, o *Object) *Object {
	if o.typ == DictKeysType {
		if d := (*dictView)(unsafePointer(o)).dict; d.typ == DictType {
			return NewSet(ts, d)
		}
	}
	return NewSet(ts, o)
}

func dictViewSub(ts *Thread, a, b *Object) *Object {
	return setApply(ts, dictViewToSet(ts, a), (*Set).differenceUpdate, b)
}

func dictViewOr(ts *Thread, a, b *Object) *Object {
	return setApply(ts, dictViewToSet(ts, a), (*Set).updateInternal, b)
}

func dictViewXor(ts *Thread, a, b *Object) *Object {
	return setApply(ts, dictViewToSet(ts, a), (*Set).symmetricDifferenceUpdate, b)
}

// dictViewAnd is _PyDictView_Intersect.
func dictViewAnd(ts *Thread, a, b *Object) *Object {
	self, other := a, b
	if !isDictViewSet(self) {
		self, other = other, self
	}
	lenSelf := dictViewLen(ts, self)
	if other.typ == SetType {
		if lenSelf <= asSet(other).used {
			return setIntersectionMulti(ts, other, []*Object{self})
		}
	}
	if isDictViewSet(other) && dictViewLen(ts, other) > lenSelf {
		self, other = other, self
	}
	result := NewSet(ts, nil)
	if result == nil {
		return nil
	}
	it := GetIter(ts, other)
	if it == nil {
		Decref(ts, result)
		return nil
	}
	contains := dictKeysContains
	if self.typ == DictItemsType {
		contains = dictItemsContains
	}
	for {
		key := IterNext(ts, it)
		if key == nil {
			break
		}
		rv := contains(ts, self, key)
		if rv > 0 && SetAdd(ts, result, key) < 0 {
			rv = -1
		}
		Decref(ts, key)
		if rv < 0 {
			Decref(ts, it)
			Decref(ts, result)
			return nil
		}
	}
	Decref(ts, it)
	if ts.Occurred() {
		Decref(ts, result)
		return nil
	}
	return result
}

func dictViewIsDisjoint(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, self.typ.Name+".isdisjoint", args, kwnames) {
		return nil
	}
	other := args[0]
	if self == other {
		return Bool(dictViewLen(ts, self) == 0)
	}
	if isDictViewSet(other) || other.typ == SetType || other.typ == FrozenSetType {
		lenSelf := dictViewLen(ts, self)
		lenOther := Len(ts, other)
		if lenOther < 0 {
			return nil
		}
		if lenOther > lenSelf {
			self, other = other, self
		}
	}
	return iterNone(ts, other, func(x *Object) int { return Contains(ts, self, x) })
}

// dictIter iterates a dict's keys, values or items, forwards or backwards.
type dictIter struct {
	GCObject
	dict   *Object // nil once exhausted
	used   int     // the dict's size when made; -1 once a change was seen
	pos    int
	remain int
}

var dictIterClass = alloc.NewClass[dictIter]("dict_iterator")

// The dict iterator types.
var (
	DictKeyIterType       = &Type{Name: "dict_keyiterator", Flags: FlagHaveGC}
	DictValueIterType     = &Type{Name: "dict_valueiterator", Flags: FlagHaveGC}
	DictItemIterType      = &Type{Name: "dict_itemiterator", Flags: FlagHaveGC}
	DictRevKeyIterType    = &Type{Name: "dict_reversekeyiterator", Flags: FlagHaveGC}
	DictRevValueIterType  = &Type{Name: "dict_reversevalueiterator", Flags: FlagHaveGC}
	DictRevItemIterType   = &Type{Name: "dict_reverseitemiterator", Flags: FlagHaveGC}
	dictForwardIterTypes  = []*Type{DictKeyIterType, DictValueIterType, DictItemIterType}
	dictReverseIterTypes  = []*Type{DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType}
	dictViewIterOfType    = map[*Type]*Type{DictKeysType: DictKeyIterType, DictValuesType: DictValueIterType, DictItemsType: DictItemIterType}
	dictViewRevIterOfType = map[*Type]*Type{DictKeysType: DictRevKeyIterType, DictValuesType: DictRevValueIterType, DictItemsType: DictRevItemIterType}
)

func newDictIter(ts *Thread, t *Type, d *Object) *Object {
	dd := (*Dict)(unsafePointer(d))
	it := newObject(ts, dictIterClass, t)
	it.dict = NewRef(d)
	it.used = dd.used
	it.remain = dd.used
	if t == DictRevKeyIterType || t == DictRevValueIterType || t == DictRevItemIterType {
		it.pos = dd.k.nentries - 1
	}
	gcTrack(ts, &it.Object)
	return &it.Object
}

// dictIterEntry advances a forward iterator to its next entry, raising
// CPython's RuntimeErrors when the dict changed; nil at the end or on error.
func dictIterEntry(ts *Thread, it *dictIter) *dictEntry {
	if it.dict == nil {
		return nil
	}
	d := (*Dict)(unsafePointer(it.dict))
	if it.used != d.used {
		it.used = -1
		ts.Raise(RuntimeError, "dictionary changed size during iteration")
		return nil
	}
	i := it.pos
	n := d.k.nentries
	for i < n && d.k.entries[i].key == nil {
		i++
	}
	if i >= n {
		Clear(ts, &it.dict)
		return nil
	}
	if it.remain == 0 {
		ts.Raise(RuntimeError, "dictionary keys changed during iteration")
		Clear(ts, &it.dict)
		return nil
	}
	it.pos = i + 1
	it.remain--
	return &d.k.entries[i]
}

// dictRevIterEntry is dictreviter_iternext's walk.
func dictRevIterEntry(ts *Thread, it *dictIter) *dictEntry {
	if it.dict == nil {
		return nil
	}
	d := (*Dict)(unsafePointer(it.dict))
	if it.used != d.used {
		it.used = -1
		ts.Raise(RuntimeError, "dictionary changed size during iteration")
		return nil
	}
	i := it.pos
	if i >= d.k.nentries {
		i = d.k.nentries - 1
	}
	for i >= 0 && d.k.entries[i].key == nil {
		i--
	}
	if i < 0 {
		it.pos = -1
		Clear(ts, &it.dict)
		return nil
	}
	it.pos = i - 1
	it.remain--
	return &d.k.entries[i]
}

func dictIterNextKind(ts *Thread, o *Object, kind int, rev bool) *Object {
	it := (*dictIter)(unsafePointer(o))
	var e *dictEntry
	if rev {
		e = dictRevIterEntry(ts, it)
	} else {
		e = dictIterEntry(ts, it)
	}
	if e == nil {
		return nil
	}
	switch kind {
	case 0:
		return NewRef(e.key)
	case 1:
		return NewRef(e.value)
	}
	return NewTuple(ts, e.key, e.value)
}

func dictViewDealloc(ts *Thread, o *Object) {
	v := (*dictView)(unsafePointer(o))
	gcUntrack(ts, o)
	Clear(ts, &v.dict)
	freeObject(ts, dictViewClass, v)
}

func dictViewReversed(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, self.typ.Name+".__reversed__", args, kwnames) {
		return nil
	}
	return newDictIter(ts, dictViewRevIterOfType[self.typ], (*dictView)(unsafePointer(self)).dict)
}

func init() {
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		t.Dealloc = dictViewDealloc
		t.Traverse = func(o *Object, v Visitor) { v.Visit((*dictView)(unsafePointer(o)).dict) }
		t.Len = dictViewLen
		t.Repr = dictViewRepr
		iterType := dictViewIterOfType[t]
		t.Iter = func(ts *Thread, o *Object) *Object {
			return newDictIter(ts, iterType, (*dictView)(unsafePointer(o)).dict)
		}
		t.Methods = []MethodDef{
			{Name: "__reversed__", Fn: dictViewReversed, Doc: "Return a reverse iterator over the dict " + t.Name[5:] + "."},
		}
		t.GetSets = []GetSetDef{{Name: "mapping", Get: func(ts *Thread, o *Object) *Object {
			return NewMappingProxy(ts, (*dictView)(unsafePointer(o)).dict)
		}, Doc: "dictionary that this view refers to"}}
	}
	for _, t := range []*Type{DictKeysType, DictItemsType} {
		t.RichCompare = dictViewRichCompare
		t.NumBinary[OpSub] = dictViewSub
		t.NumBinary[OpAnd] = dictViewAnd
		t.NumBinary[OpOr] = dictViewOr
		t.NumBinary[OpXor] = dictViewXor
		t.Methods = append(t.Methods, MethodDef{Name: "isdisjoint", Fn: dictViewIsDisjoint, Doc: "Return True if the view and the given iterable have a null intersection."})
	}
	DictKeysType.Contains = dictKeysContains
	DictItemsType.Contains = dictItemsContains
	registerStatic(DictKeysType, DictValuesType, DictItemsType)

	lengthHint := func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		it := (*dictIter)(unsafePointer(self))
		n := 0
		if it.dict != nil && it.used == (*Dict)(unsafePointer(it.dict)).used {
			n = it.remain
		}
		return NewInt(ts, int64(n))
	}
	for kind, t := range dictForwardIterTypes {
		kind := kind
		t.IterNext = func(ts *Thread, o *Object) *Object { return dictIterNextKind(ts, o, kind, false) }
	}
	for kind, t := range dictReverseIterTypes {
		kind := kind
		t.IterNext = func(ts *Thread, o *Object) *Object { return dictIterNextKind(ts, o, kind, true) }
	}
	for _, t := range append(append([]*Type(nil), dictForwardIterTypes...), dictReverseIterTypes...) {
		t.Dealloc = func(ts *Thread, o *Object) {
			it := (*dictIter)(unsafePointer(o))
			gcUntrack(ts, o)
			Clear(ts, &it.dict)
			freeObject(ts, dictIterClass, it)
		}
		t.Traverse = func(o *Object, v Visitor) {
			if d := (*dictIter)(unsafePointer(o)).dict; d != nil {
				v.Visit(d)
			}
		}
		t.Iter = func(ts *Thread, o *Object) *Object { return NewRef(o) }
		t.Methods = []MethodDef{{Name: "__length_hint__", Fn: lengthHint, Doc: "Private method returning an estimate of len(list(it))."}}
		registerStatic(t)
	}
}
