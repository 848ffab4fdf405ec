package objects

import "unsafe"

// dict's slots and methods beyond the core table (dict.go): repr,
// comparison, merging, the Python-visible methods and operators.

// dictContainsHash is `key in d` with key's hash known: 1, 0 or -1.
func dictContainsHash(ts *Thread, d, key *Object, hash int64) int {
	ix := (*Dict)(unsafePointer(d)).lookup(ts, key, hash)
	if ix == dkixError {
		return -1
	}
	if ix >= 0 {
		return 1
	}
	return 0
}

// DictContains is `key in d`: 1, 0 or -1.
func DictContains(ts *Thread, d, key *Object) int {
	hash := dictHash(ts, key)
	if hash == -1 {
		return -1
	}
	return dictContainsHash(ts, d, key, hash)
}

// DictClear is d.clear().
func DictClear(ts *Thread, d *Object) { (*Dict)(unsafePointer(d)).clearItems(ts) }

// clone copies d's table as it is, deleted slots included
// (clone_combined_dict_keys), for copy() of a compact dict.
func (d *Dict) cloneInto(ts *Thread, dst *Dict) {
	k := d.k
	dst.k = k
	dst.k.indices = append([]uint64(nil), k.indices...)
	dst.k.entries = make([]dictEntry, len(k.entries))
	copy(dst.k.entries, k.entries[:k.nentries])
	for i := range dst.k.entries[:k.nentries] {
		e := &dst.k.entries[i]
		if e.key != nil {
			Incref(e.key)
			Incref(e.value)
		}
	}
	dst.used = d.used
	ts.heap.Charge(dst.k.charge())
}

// DictCopy is d.copy() (PyDict_Copy): always an exact dict.
func DictCopy(ts *Thread, o *Object) *Object {
	d := (*Dict)(unsafePointer(o))
	if d.used == 0 {
		return NewDict(ts)
	}
	if d.used >= d.k.nentries*2/3 && !d.static {
		r := NewDict(ts)
		nd := (*Dict)(unsafePointer(r))
		d.cloneInto(ts, nd)
		if d.gc.prev != nil {
			gcLink(&ts.Space.GC, r)
		}
		return r
	}
	r := NewDict(ts)
	if DictMerge(ts, r, o, 1) < 0 {
		Decref(ts, r)
		return nil
	}
	return r
}

// DictMerge is dict_merge: merges mapping b into a. override 1 replaces
// existing keys, 0 keeps them, 2 raises KeyError on a duplicate (the
// **kwargs check).
func DictMerge(ts *Thread, a, b *Object, override int) int {
	mp := (*Dict)(unsafePointer(a))
	if bd := AsDict(b); bd != nil && ctrSameUnary(b.typ.Iter, dictIterSlot) {
		if bd == mp || bd.used == 0 {
			return 0
		}
		if mp.used == 0 {
			override = 1
			if !bd.static && bd.used == bd.k.nentries &&
				(bd.k.log2 == dictLogMinSize || dictUsableFraction((1<<bd.k.log2)/2) < bd.used) {
				ts.heap.Uncharge(mp.k.charge())
				bd.cloneInto(ts, mp)
				if bd.gc.prev != nil && mp.gc.prev == nil {
					gcLink(&ts.Space.GC, a)
				}
				return 0
			}
		}
		if dictUsableFraction(1<<mp.k.log2) < bd.used {
			if !mp.k.general && bd.k.general {
				mp.k.general = true
			}
			mp.resize(ts, dictEstimateLog2KeySize(mp.used+bd.used))
		}
		orig := bd.k.nentries
		for pos := 0; pos < bd.k.nentries; pos++ {
			e := bd.k.entries[pos]
			if e.key == nil {
				continue
			}
			key, value := NewRef(e.key), NewRef(e.value)
			err := 0
			if override == 1 {
				err = dictSetItemHash(ts, a, key, value, e.hash)
			} else {
				err = dictContainsHash(ts, a, key, e.hash)
				if err == 0 {
					err = dictSetItemHash(ts, a, key, value, e.hash)
				} else if err > 0 {
					if override != 0 {
						ts.RaiseArg(KeyError, key)
						err = -1
					} else {
						err = 0
					}
				}
			}
			Decref(ts, value)
			Decref(ts, key)
			if err != 0 {
				return -1
			}
			if orig != bd.k.nentries {
				ts.Raise(RuntimeError, "dict mutated during update")
				return -1
			}
		}
		return 0
	}
	// A generic mapping: keys(), then b[key] for each.
	keys := CallMethodString(ts, b, "keys")
	if keys == nil {
		return -1
	}
	ok := Iterate(ts, keys, func(key *Object) bool {
		if override != 1 {
			c := DictContains(ts, a, key)
			if c != 0 {
				if c > 0 && override != 0 {
					ts.RaiseArg(KeyError, key)
					c = -1
				}
				return c >= 0
			}
		}
		value := GetItem(ts, b, key)
		if value == nil {
			return false
		}
		status := DictSetItem(ts, a, key, value)
		Decref(ts, value)
		return status >= 0
	})
	Decref(ts, keys)
	if !ok {
		return -1
	}
	return 0
}

// CallMethodString calls o.name() with no arguments.
func CallMethodString(ts *Thread, o *Object, name string, args ...*Object) *Object {
	if o.typ == ProxyType {
		if r, ok := proxyCallSpecial(ts, o, name, args, nil); ok {
			return r
		}
	}
	m := GetAttrString(ts, o, name)
	if m == nil {
		return nil
	}
	r := Call(ts, m, args, nil)
	Decref(ts, m)
	return r
}

// DictMergeFromSeq2 is PyDict_MergeFromSeq2: the (key, value) pairs of an
// iterable.
func DictMergeFromSeq2(ts *Thread, d, seq2 *Object, override bool) int {
	it := GetIter(ts, seq2)
	if it == nil {
		return -1
	}
	for i := 0; ; i++ {
		item := IterNext(ts, it)
		if item == nil {
			break
		}
		var kv []*Object
		var fast *Object
		if l := AsList(item); l != nil {
			fast = NewRef(item)
			kv = l.items
		} else if t := AsTuple(item); t != nil {
			fast = NewRef(item)
			kv = t.items
		} else if item.typ.Iter != nil || item.typ.GetItem != nil {
			fast = SequenceList(ts, item)
			if fast != nil {
				kv = ListItems(fast)
			}
		}
		if fast == nil {
			Decref(ts, item)
			Decref(ts, it)
			if !ts.Occurred() || ts.ErrMatches(TypeError) {
				ts.ClearErr()
				ts.Raisef(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return -1
		}
		if len(kv) != 2 {
			ts.Raisef(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
			Decref(ts, fast)
			Decref(ts, item)
			Decref(ts, it)
			return -1
		}
		key, value := NewRef(kv[0]), NewRef(kv[1])
		status := 0
		if override {
			status = DictSetItem(ts, d, key, value)
		} else if c := DictContains(ts, d, key); c < 0 {
			status = -1
		} else if c == 0 {
			status = DictSetItem(ts, d, key, value)
		}
		Decref(ts, key)
		Decref(ts, value)
		Decref(ts, fast)
		Decref(ts, item)
		if status < 0 {
			Decref(ts, it)
			return -1
		}
	}
	Decref(ts, it)
	if ts.Occurred() {
		return -1
	}
	return 0
}

// dictUpdateArg is dict_update_arg: a dict, a mapping (has keys()), or an
// iterable of pairs.
func dictUpdateArg(ts *Thread, d, arg *Object) int {
	if arg.typ == DictType {
		return DictMerge(ts, d, arg, 1)
	}
	keys := GetAttrString(ts, arg, "keys")
	if keys == nil {
		if !ts.ErrMatches(AttributeError) {
			return -1
		}
		ts.ClearErr()
		return DictMergeFromSeq2(ts, d, arg, true)
	}
	Decref(ts, keys)
	return DictMerge(ts, d, arg, 1)
}

// dictUpdateCommon is dict.update / dict.__init__: one optional positional
// argument, then the keyword arguments.
func dictUpdateCommon(ts *Thread, self *Object, args []*Object, kwnames *Object, name string) int {
	nkw := 0
	if kwnames != nil {
		nkw = len(TupleItems(kwnames))
	}
	npos := len(args) - nkw
	if npos > 1 {
		ts.Raisef(TypeError, "%s expected at most 1 argument, got %d", name, npos)
		return -1
	}
	if npos == 1 && dictUpdateArg(ts, self, args[0]) < 0 {
		return -1
	}
	for i := 0; i < nkw; i++ {
		if DictSetItem(ts, self, TupleItems(kwnames)[i], args[npos+i]) < 0 {
			return -1
		}
	}
	return 0
}

func dictRepr(ts *Thread, o *Object) *Object {
	d := (*Dict)(unsafePointer(o))
	if r := ReprEnter(ts, o); r != 0 {
		if r > 0 {
			return NewStr(ts, "{...}")
		}
		return nil
	}
	if d.used == 0 {
		ReprLeave(ts, o)
		return NewStr(ts, "{}")
	}
	b := []byte{'{'}
	first := true
	ok := true
	for pos := 0; pos < d.k.nentries; pos++ {
		e := d.k.entries[pos]
		if e.key == nil {
			continue
		}
		key, value := NewRef(e.key), NewRef(e.value)
		if !first {
			b = append(b, ", "...)
		}
		first = false
		r := Repr(ts, key)
		if r != nil {
			b = append(b, StrValue(r)...)
			b = append(b, ": "...)
			Decref(ts, r)
			r = Repr(ts, value)
			if r != nil {
				b = append(b, StrValue(r)...)
				Decref(ts, r)
			}
		}
		Decref(ts, key)
		Decref(ts, value)
		if r == nil {
			ok = false
			break
		}
	}
	ReprLeave(ts, o)
	if !ok {
		return nil
	}
	b = append(b, '}')
	return NewStr(ts, string(b))
}

// dictEqual is dict_equal: 1, 0 or -1.
func dictEqual(ts *Thread, a, b *Dict) int {
	if a.used != b.used {
		return 0
	}
	for i := 0; i < a.k.nentries; i++ {
		e := a.k.entries[i]
		if e.key == nil {
			continue
		}
		key, aval := NewRef(e.key), NewRef(e.value)
		bval := dictGetItemHash(ts, &b.Object, key, e.hash)
		if bval == nil {
			Decref(ts, key)
			Decref(ts, aval)
			if ts.Occurred() {
				return -1
			}
			return 0
		}
		Incref(bval)
		cmp := RichCompareBool(ts, aval, bval, EQ)
		Decref(ts, key)
		Decref(ts, aval)
		Decref(ts, bval)
		if cmp <= 0 {
			return cmp
		}
	}
	return 1
}

func dictRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	if AsDict(a) == nil || AsDict(b) == nil || (op != EQ && op != NE) {
		return NotImplemented
	}
	c := dictEqual(ts, AsDict(a), AsDict(b))
	if c < 0 {
		return nil
	}
	return Bool((c == 1) == (op == EQ))
}

// dictLookupMissing calls type(d).__missing__(d, key) for a dict subclass
// that defines it; found reports whether it does.
func dictLookupMissing(ts *Thread, o, key *Object) (r *Object, found bool) {
	if o.typ == DictType {
		return nil, false
	}
	m := LookupTypeString(o.typ, "__missing__")
	if m == nil {
		return nil, false
	}
	var bound *Object
	if get := m.typ.DescrGet; get != nil {
		bound = get(ts, m, o, o.typ.TypeObject())
		if bound == nil {
			return nil, true
		}
	} else {
		bound = NewRef(m)
	}
	r = Call(ts, bound, []*Object{key}, nil)
	Decref(ts, bound)
	return r, true
}

func dictSubscript(ts *Thread, o, key *Object) *Object {
	hash := dictHash(ts, key)
	if hash == -1 {
		return nil
	}
	d := (*Dict)(unsafePointer(o))
	ix := d.lookup(ts, key, hash)
	if ix == dkixError {
		return nil
	}
	if ix >= 0 {
		return NewRef(d.k.entries[ix].value)
	}
	if r, found := dictLookupMissing(ts, o, key); found {
		return r
	}
	return ts.RaiseArg(KeyError, key)
}

func dictAssSubscript(ts *Thread, o, key, value *Object) int {
	if value == nil {
		return DictDelItem(ts, o, key)
	}
	return DictSetItem(ts, o, key, value)
}

func dictContainsSlot(ts *Thread, o, key *Object) int { return DictContains(ts, o, key) }

func dictOr(ts *Thread, a, b *Object) *Object {
	if AsDict(a) == nil || AsDict(b) == nil {
		return NotImplemented
	}
	r := DictCopy(ts, a)
	if r == nil {
		return nil
	}
	if dictUpdateArg(ts, r, b) < 0 {
		Decref(ts, r)
		return nil
	}
	return r
}

func dictIor(ts *Thread, a, b *Object) *Object {
	if dictUpdateArg(ts, a, b) < 0 {
		return nil
	}
	return NewRef(a)
}

func dictGetMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrArgRange(ts, "get", args, kwnames, 1, 2) {
		return nil
	}
	v := DictGetItemErr(ts, self, args[0])
	if v != nil {
		return NewRef(v)
	}
	if ts.Occurred() {
		return nil
	}
	if len(args) == 2 {
		return NewRef(args[1])
	}
	return None
}

// DictSetDefault is d.setdefault(key, dflt): the value (borrowed) or nil.
func DictSetDefault(ts *Thread, d, key, dflt *Object) *Object {
	hash := dictHash(ts, key)
	if hash == -1 {
		return nil
	}
	dd := (*Dict)(unsafePointer(d))
	ix := dd.lookup(ts, key, hash)
	if ix == dkixError {
		return nil
	}
	if ix >= 0 {
		return dd.k.entries[ix].value
	}
	if dictSetItemHash(ts, d, key, dflt, hash) < 0 {
		return nil
	}
	return dflt
}

func dictSetDefaultMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrArgRange(ts, "setdefault", args, kwnames, 1, 2) {
		return nil
	}
	dflt := None
	if len(args) == 2 {
		dflt = args[1]
	}
	r := DictSetDefault(ts, self, args[0], dflt)
	if r == nil {
		return nil
	}
	return NewRef(r)
}

// DictPop is d.pop(key[, dflt]) (dflt nil: KeyError when missing).
func DictPop(ts *Thread, d, key, dflt *Object) *Object {
	dd := (*Dict)(unsafePointer(d))
	if dd.used == 0 {
		if dflt != nil {
			return NewRef(dflt)
		}
		return ts.RaiseArg(KeyError, key)
	}
	hash := dictHash(ts, key)
	if hash == -1 {
		return nil
	}
	ix := dd.lookup(ts, key, hash)
	if ix == dkixError {
		return nil
	}
	if ix == dkixEmpty {
		if dflt != nil {
			return NewRef(dflt)
		}
		return ts.RaiseArg(KeyError, key)
	}
	k, v := dd.delEntry(ix)
	Decref(ts, k)
	return v
}

func dictPopMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrArgRange(ts, "pop", args, kwnames, 1, 2) {
		return nil
	}
	var dflt *Object
	if len(args) == 2 {
		dflt = args[1]
	}
	return DictPop(ts, self, args[0], dflt)
}

func dictPopitemMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "dict.popitem", args, kwnames) {
		return nil
	}
	d := (*Dict)(unsafePointer(self))
	if d.used == 0 {
		return ts.Raise(KeyError, "popitem(): dictionary is empty")
	}
	i := d.k.nentries - 1
	for d.k.entries[i].key == nil {
		i--
	}
	key, value := d.delEntry(i)
	d.k.nentries = i
	return NewTupleSteal(ts, key, value)
}

func dictKeysMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "dict.keys", args, kwnames) {
		return nil
	}
	return newDictView(ts, DictKeysType, self)
}

func dictValuesMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "dict.values", args, kwnames) {
		return nil
	}
	return newDictView(ts, DictValuesType, self)
}

func dictItemsMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "dict.items", args, kwnames) {
		return nil
	}
	return newDictView(ts, DictItemsType, self)
}

func dictUpdateMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if dictUpdateCommon(ts, self, args, kwnames, "update") < 0 {
		return nil
	}
	return None
}

func dictClearMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "dict.clear", args, kwnames) {
		return nil
	}
	DictClear(ts, self)
	return None
}

func dictCopyMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "dict.copy", args, kwnames) {
		return nil
	}
	return DictCopy(ts, self)
}

func dictContainsMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "dict.__contains__", args, kwnames) {
		return nil
	}
	r := DictContains(ts, self, args[0])
	if r < 0 {
		return nil
	}
	return Bool(r > 0)
}

func dictGetitemMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "dict.__getitem__", args, kwnames) {
		return nil
	}
	return dictSubscript(ts, self, args[0])
}

func dictSizeofMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "dict.__sizeof__", args, kwnames) {
		return nil
	}
	d := (*Dict)(unsafePointer(self))
	// As CPython's _PyDict_SizeOf for a combined table: the object (48
	// bytes), and the keys object (header, indices and entries) unless it
	// is the shared empty one.
	n := 48
	if len(d.k.entries) > 0 {
		size := 1 << d.k.log2
		esize := 24
		if !d.k.general {
			esize = 16
		}
		n += 32 + size<<d.k.ixShift + dictUsableFraction(size)*esize
	}
	return NewInt(ts, int64(n))
}

func dictFromkeysMethod(ts *Thread, cls *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoKw(ts, "dict.fromkeys", kwnames) || !ctrArgRange(ts, "fromkeys", args, kwnames, 1, 2) {
		return nil
	}
	iterable := args[0]
	value := None
	if len(args) == 2 {
		value = args[1]
	}
	var d *Object
	if cls == DictType.TypeObject() {
		d = NewDict(ts)
	} else {
		d = Call(ts, cls, nil, nil)
	}
	if d == nil {
		return nil
	}
	if d.typ == DictType {
		mp := (*Dict)(unsafePointer(d))
		if iterable.typ == DictType {
			src := (*Dict)(unsafePointer(iterable))
			mp.k.general = src.k.general
			ts.heap.Uncharge(mp.k.charge())
			mp.k.init(dictEstimateLog2KeySize(src.used))
			mp.k.general = src.k.general
			mp.k.nonInt = src.k.nonInt
			ts.heap.Charge(mp.k.charge())
			for i := 0; i < src.k.nentries; i++ {
				e := src.k.entries[i]
				if e.key != nil && dictSetItemHash(ts, d, e.key, value, e.hash) < 0 {
					Decref(ts, d)
					return nil
				}
			}
			return d
		}
		if iterable.typ == SetType || iterable.typ == FrozenSetType {
			src := asSet(iterable)
			ts.heap.Uncharge(mp.k.charge())
			mp.k.init(dictEstimateLog2KeySize(src.used))
			mp.k.general = true
			ts.heap.Charge(mp.k.charge())
			pos := 0
			for {
				e, ok := src.next(&pos)
				if !ok {
					break
				}
				if dictSetItemHash(ts, d, e.key, value, e.hash) < 0 {
					Decref(ts, d)
					return nil
				}
			}
			return d
		}
	}
	if !Iterate(ts, iterable, func(key *Object) bool {
		if d.typ == DictType {
			return DictSetItem(ts, d, key, value) >= 0
		}
		return SetItem(ts, d, key, value) >= 0
	}) {
		Decref(ts, d)
		return nil
	}
	return d
}

func dictIterSlot(ts *Thread, o *Object) *Object { return newDictIter(ts, DictKeyIterType, o) }

// ctrSameUnary reports whether two unary slots are the same function (a
// subclass that overrides __iter__ must be merged through its iterator).
func ctrSameUnary(a, b UnaryFunc) bool {
	return *(*uintptr)(unsafe.Pointer(&a)) == *(*uintptr)(unsafe.Pointer(&b))
}

func dictNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	if t == DictType {
		return NewDict(ts)
	}
	d := newObject(ts, dictClass, t)
	d.emptyKeys()
	gcTrack(ts, &d.Object)
	return &d.Object
}

func dictInit(ts *Thread, self *Object, args []*Object, kwnames *Object) int {
	return dictUpdateCommon(ts, self, args, kwnames, "dict")
}

// dictAsItems is for tests and debugging: the live entries in order.
func dictAsItems(d *Object) []dictEntry {
	dd := (*Dict)(unsafePointer(d))
	out := make([]dictEntry, 0, dd.used)
	for _, e := range dd.k.entries[:dd.k.nentries] {
		if e.key != nil {
			out = append(out, e)
		}
	}
	return out
}

func init() {
	t := DictType
	t.Repr = dictRepr
	t.RichCompare = dictRichCompare
	t.GetItem = dictSubscript
	t.SetItem = dictAssSubscript
	t.Contains = dictContainsSlot
	t.Iter = dictIterSlot
	t.NumBinary[OpOr] = dictOr
	t.NumInplace[OpOr] = dictIor
	t.New = dictNew
	t.Init = dictInit
	t.Methods = []MethodDef{
		{Name: "__contains__", Fn: dictContainsMethod, Doc: "True if the dictionary has the specified key, else False."},
		{Name: "__getitem__", Fn: dictGetitemMethod, Doc: "x.__getitem__(y) <==> x[y]"},
		{Name: "__sizeof__", Fn: dictSizeofMethod, Doc: "D.__sizeof__() -> size of D in memory, in bytes"},
		{Name: "get", Fn: dictGetMethod, Doc: "Return the value for key if key is in the dictionary, else default."},
		{Name: "setdefault", Fn: dictSetDefaultMethod, Doc: "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default."},
		{Name: "pop", Fn: dictPopMethod, Doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError."},
		{Name: "popitem", Fn: dictPopitemMethod, Doc: "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty."},
		{Name: "keys", Fn: dictKeysMethod, Doc: "D.keys() -> a set-like object providing a view on D's keys"},
		{Name: "items", Fn: dictItemsMethod, Doc: "D.items() -> a set-like object providing a view on D's items"},
		{Name: "values", Fn: dictValuesMethod, Doc: "D.values() -> an object providing a view on D's values"},
		{Name: "update", Fn: dictUpdateMethod, Doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]"},
		{Name: "fromkeys", Fn: dictFromkeysMethod, Flags: MethClass, Doc: "Create a new dictionary with keys from iterable and values set to value."},
		{Name: "clear", Fn: dictClearMethod, Doc: "D.clear() -> None.  Remove all items from D."},
		{Name: "copy", Fn: dictCopyMethod, Doc: "D.copy() -> a shallow copy of D"},
		{Name: "__reversed__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !ctrNoArgs(ts, "dict.__reversed__", args, kwnames) {
				return nil
			}
			return newDictIter(ts, DictRevKeyIterType, self)
		}, Doc: "Return a reverse iterator over the dict keys."},
	}
}

// NewStaticDictOf returns a static dict (NewStaticDict) of the given items
// in order, with room for extra more keys before its table must grow: a
// template that DictFillStatic copies into heap dicts. keys must be static
// strs, values static immortals.
func NewStaticDictOf(keys, values []*Object, extra int) *Object {
	d := NewStaticDict()
	dd := (*Dict)(unsafePointer(d))
	dd.resize(nil, dictEstimateLog2KeySize(len(keys)+extra))
	for i, k := range keys {
		staticDictSet(d, k, values[i])
	}
	return d
}

// DictFillStatic fills the empty heap dict dst with the items of the
// static dict src (NewStaticDictOf), copying src's table whole: one copy
// of the index and entry tables instead of an insertion per key (the
// builtins dict of every new interpreter). It reports false, changing
// nothing, when dst is not an empty heap dict or src not a static one.
func DictFillStatic(ts *Thread, dst, src *Object) bool {
	d, s := (*Dict)(unsafePointer(dst)), (*Dict)(unsafePointer(src))
	if dst.typ != DictType || src.typ != DictType || d.static || d.inline || d.used != 0 || !s.static {
		return false
	}
	ts.heap.Uncharge(d.k.charge())
	s.cloneInto(ts, d)
	d.k.ver = 0 // a key set of this dict's own (dict_cache.go)
	for _, e := range d.k.entries[:d.k.nentries] {
		if e.key != nil {
			if d.maintainTracking(ts, e.key, e.value); d.gc.prev != nil {
				break
			}
		}
	}
	return true
}
