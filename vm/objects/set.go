package objects

import (
	"unsafe"

	"minipy/runtime/alloc"
)

// Set is a set or frozenset: CPython 3.11's open-addressing table
// (Objects/setobject.c), so that iteration order matches CPython's. Each
// probe looks at the slot and up to setLinearProbes following slots before
// the perturbed jump i = (i*5 + 1 + perturb) & mask; perturb >>= 5. fill
// counts active and dummy (deleted) slots, used the active ones; the table
// grows when fill*5 >= mask*3. Tables of eight slots live in the object
// itself (small), as CPython's smalltable.
type Set struct {
	GCObject
	fill   int
	used   int
	mask   int
	table  []setEntry // len mask+1; aliases small for the minimum size
	hash   int64      // frozenset hash cache, -1 until computed
	finger int        // where set.pop starts looking
	small  [setMinSize]setEntry
}

type setEntry struct {
	hash int64
	key  *Object // nil: unused; setDummy: deleted
}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setEntrySize    = int(unsafe.Sizeof(setEntry{}))
)

// setDummyObj marks a deleted slot (its hash is -1).
var setDummyObj Object

var setDummy = &setDummyObj

var setClass = alloc.NewClass[Set]("set")

// SetType and FrozenSetType are the set and frozenset types.
var (
	SetType = &Type{Name: "set", Flags: FlagBaseType | FlagHaveGC,
		Doc: "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements."}
	FrozenSetType = &Type{Name: "frozenset", Flags: FlagBaseType | FlagHaveGC,
		Doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements."}
)

// AsAnySet returns o as a *Set when it is a set or frozenset (or a
// subclass of either), else nil.
func AsAnySet(o *Object) *Set {
	t := o.typ
	if t == SetType || t == FrozenSetType || t.IsSubtype(SetType) || t.IsSubtype(FrozenSetType) {
		return (*Set)(unsafePointer(o))
	}
	return nil
}

// IsSet reports whether o is a set (or subclass), not a frozenset.
func IsSet(o *Object) bool { return o.typ == SetType || o.typ.IsSubtype(SetType) }

// IsFrozenSet reports whether o is a frozenset (or subclass).
func IsFrozenSet(o *Object) bool { return o.typ == FrozenSetType || o.typ.IsSubtype(FrozenSetType) }

func asSet(o *Object) *Set { return (*Set)(unsafePointer(o)) }

// newSetOf makes an empty set of type t (set, frozenset or a subclass).
func newSetOf(ts *Thread, t *Type) *Set {
	s := newObject(ts, setClass, t)
	s.mask = setMinSize - 1
	s.table = s.small[:]
	s.hash = -1
	gcTrack(ts, &s.Object)
	return s
}

// NewSet is set(iterable); iterable may be nil for an empty set.
func NewSet(ts *Thread, iterable *Object) *Object {
	return makeNewSet(ts, SetType, iterable)
}

// NewFrozenSet is frozenset(iterable); iterable may be nil.
func NewFrozenSet(ts *Thread, iterable *Object) *Object {
	return makeNewSet(ts, FrozenSetType, iterable)
}

// makeNewSet is make_new_set.
func makeNewSet(ts *Thread, t *Type, iterable *Object) *Object {
	s := newSetOf(ts, t)
	if iterable != nil && s.updateInternal(ts, iterable) < 0 {
		Decref(ts, &s.Object)
		return nil
	}
	return &s.Object
}

// makeNewSetBaseType is make_new_set_basetype: results of operations on a
// subclass instance are plain sets or frozensets.
func makeNewSetBaseType(ts *Thread, t *Type, iterable *Object) *Object {
	if t != SetType && t != FrozenSetType {
		if t.IsSubtype(SetType) {
			t = SetType
		} else {
			t = FrozenSetType
		}
	}
	return makeNewSet(ts, t, iterable)
}

// SetAdd is set.add(key); 0 or -1.
func SetAdd(ts *Thread, so, key *Object) int {
	hash := dictHash(ts, key)
	if hash == -1 {
		return -1
	}
	return asSet(so).addEntry(ts, key, hash)
}

// SetContains is `key in s` for a set or frozenset: 1, 0 or -1.
func SetContains(ts *Thread, so, key *Object) int {
	return asSet(so).containsKey(ts, key)
}

// SetDiscard removes key if present: 1 found, 0 not, -1 error.
func SetDiscard(ts *Thread, so, key *Object) int {
	return asSet(so).discardKey(ts, key)
}

// SetLen is len(s).
func SetLen(so *Object) int { return asSet(so).used }

// SetNext iterates over a set: start with pos 0; returns each key
// (borrowed) and false at the end.
func SetNext(so *Object, pos *int) (*Object, bool) {
	s := asSet(so)
	for *pos <= s.mask {
		e := &s.table[*pos]
		*pos++
		if e.key != nil && e.key != setDummy {
			return e.key, true
		}
	}
	return nil, false
}

// next is set_next with the entry.
func (s *Set) next(pos *int) (*setEntry, bool) {
	for *pos <= s.mask {
		e := &s.table[*pos]
		*pos++
		if e.key != nil && e.key != setDummy {
			return e, true
		}
	}
	return nil, false
}

// lookKey is set_lookkey: the entry holding key, or the empty entry that
// ends its probe sequence (key nil); nil with an exception set on error.
func (s *Set) lookKey(ts *Thread, key *Object, hash int64) *setEntry {
restart:
	table := s.table
	mask := uint64(s.mask)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := uint64(0); ; j++ {
			e := &table[i+j]
			if e.hash == 0 && e.key == nil {
				return e
			}
			if e.hash == hash {
				startkey := e.key
				if startkey == key {
					return e
				}
				if c := dictFastEq(startkey, key); c >= 0 {
					if c > 0 {
						return e
					}
				} else {
					Incref(startkey)
					cmp := RichCompareBool(ts, startkey, key, EQ)
					Decref(ts, startkey)
					if cmp < 0 {
						return nil
					}
					if &s.table[0] != &table[0] || e.key != startkey {
						goto restart
					}
					if cmp > 0 {
						return e
					}
					mask = uint64(s.mask)
				}
			}
			if int(j) >= probes {
				break
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry is set_add_entry (key borrowed).
func (s *Set) addEntry(ts *Thread, key *Object, hash int64) int {
	Incref(key) // held across comparisons that may free it
restart:
	table := s.table
	mask := uint64(s.mask)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	var freeslot *setEntry
	var e *setEntry
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := uint64(0); ; j++ {
			e = &table[i+j]
			if e.hash == 0 && e.key == nil {
				goto foundUnusedOrDummy
			}
			if e.hash == hash {
				startkey := e.key
				if startkey == key {
					goto foundActive
				}
				c := dictFastEq(startkey, key)
				if c < 0 {
					Incref(startkey)
					c = RichCompareBool(ts, startkey, key, EQ)
					Decref(ts, startkey)
					if c < 0 {
						Decref(ts, key)
						return -1
					}
					if c == 0 && (&s.table[0] != &table[0] || e.key != startkey) {
						goto restart
					}
					mask = uint64(s.mask)
				}
				if c > 0 {
					goto foundActive
				}
			} else if e.hash == -1 && freeslot == nil {
				freeslot = e
			}
			if int(j) >= probes {
				break
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
foundUnusedOrDummy:
	if freeslot != nil {
		s.used++
		freeslot.key = key
		freeslot.hash = hash
		return 0
	}
	s.fill++
	s.used++
	e.key = key
	e.hash = hash
	if uint64(s.fill)*5 < mask*3 {
		return 0
	}
	if s.used > 50000 {
		s.resize(ts, s.used*2)
	} else {
		s.resize(ts, s.used*4)
	}
	return 0
foundActive:
	Decref(ts, key)
	return 0
}

// setInsertClean is set_insert_clean: key is known absent and the table
// has no dummies.
func setInsertClean(table []setEntry, mask uint64, key *Object, hash int64) {
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{hash: hash, key: key}
			return
		}
		if i+setLinearProbes <= mask {
			for j := uint64(1); j <= setLinearProbes; j++ {
				if table[i+j].key == nil {
					table[i+j] = setEntry{hash: hash, key: key}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// tableCharge is the payload the table charges to the heap.
func (s *Set) tableCharge() int {
	if s.mask+1 == setMinSize {
		return 0
	}
	return (s.mask + 1) * setEntrySize
}

// resize is set_table_resize: the smallest table > minused.
func (s *Set) resize(ts *Thread, minused int) {
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	old := s.table
	oldCharge := s.tableCharge()
	var oldCopy [setMinSize]setEntry
	if len(old) == setMinSize {
		oldCopy = s.small
		old = oldCopy[:]
	}
	var table []setEntry
	if newsize == setMinSize {
		s.small = [setMinSize]setEntry{}
		table = s.small[:]
	} else {
		table = make([]setEntry, newsize)
	}
	s.table = table
	s.mask = newsize - 1
	ts.heap.Charge(s.tableCharge() - oldCharge)
	mask := uint64(s.mask)
	s.fill = s.used
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			setInsertClean(table, mask, e.key, e.hash)
		}
	}
}

func (s *Set) containsEntry(ts *Thread, key *Object, hash int64) int {
	e := s.lookKey(ts, key, hash)
	if e == nil {
		return -1
	}
	if e.key != nil {
		return 1
	}
	return 0
}

// containsKey is set_contains_key.
func (s *Set) containsKey(ts *Thread, key *Object) int {
	hash := dictHash(ts, key)
	if hash == -1 {
		return -1
	}
	return s.containsEntry(ts, key, hash)
}

// discardEntry is set_discard_entry: 1 found, 0 not found, -1 error.
func (s *Set) discardEntry(ts *Thread, key *Object, hash int64) int {
	e := s.lookKey(ts, key, hash)
	if e == nil {
		return -1
	}
	if e.key == nil {
		return 0
	}
	old := e.key
	e.key = setDummy
	e.hash = -1
	s.used--
	Decref(ts, old)
	return 1
}

func (s *Set) discardKey(ts *Thread, key *Object) int {
	hash := dictHash(ts, key)
	if hash == -1 {
		return -1
	}
	return s.discardEntry(ts, key, hash)
}

// clearInternal is set_clear_internal: empties the table, releasing the
// keys once the set is consistent.
func (s *Set) clearInternal(ts *Thread) {
	if s.fill == 0 && s.mask+1 == setMinSize {
		return
	}
	old := s.table
	var oldCopy [setMinSize]setEntry
	if len(old) == setMinSize {
		oldCopy = s.small
		old = oldCopy[:]
	}
	ts.heap.Uncharge(s.tableCharge())
	s.small = [setMinSize]setEntry{}
	s.table = s.small[:]
	s.mask = setMinSize - 1
	s.fill, s.used = 0, 0
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			Decref(ts, e.key)
		}
	}
}

// merge is set_merge (other is a set or frozenset).
func (s *Set) merge(ts *Thread, other *Set) int {
	if other == s || other.used == 0 {
		return 0
	}
	if (s.fill+other.used)*5 >= s.mask*3 {
		s.resize(ts, (s.used+other.used)*2)
	}
	if s.fill == 0 && s.mask == other.mask && other.fill == other.used {
		for i, e := range other.table {
			if e.key != nil {
				s.table[i] = setEntry{hash: e.hash, key: NewRef(e.key)}
			}
		}
		s.fill = other.fill
		s.used = other.used
		return 0
	}
	if s.fill == 0 {
		s.fill = other.used
		s.used = other.used
		mask := uint64(s.mask)
		for _, e := range other.table {
			if e.key != nil && e.key != setDummy {
				setInsertClean(s.table, mask, NewRef(e.key), e.hash)
			}
		}
		return 0
	}
	for i := 0; i <= other.mask; i++ {
		e := other.table[i]
		if e.key != nil && e.key != setDummy {
			if s.addEntry(ts, e.key, e.hash) < 0 {
				return -1
			}
		}
	}
	return 0
}

// updateInternal is set_update_internal.
func (s *Set) updateInternal(ts *Thread, other *Object) int {
	if o := AsAnySet(other); o != nil {
		return s.merge(ts, o)
	}
	if other.typ == DictType {
		d := (*Dict)(unsafePointer(other))
		if (s.fill+d.used)*5 >= s.mask*3 {
			s.resize(ts, (s.used+d.used)*2)
		}
		for i := 0; i < d.k.nentries; i++ {
			e := d.k.entries[i]
			if e.key != nil {
				if s.addEntry(ts, e.key, e.hash) < 0 {
					return -1
				}
			}
		}
		return 0
	}
	if !Iterate(ts, other, func(key *Object) bool { return SetAdd(ts, &s.Object, key) >= 0 }) {
		return -1
	}
	return 0
}

func setDealloc(ts *Thread, o *Object) {
	s := asSet(o)
	gcUntrack(ts, o)
	if !trashBegin(ts, o) {
		return
	}
	s.clearInternal(ts)
	s.table = nil
	freeObject(ts, setClass, s)
	trashEnd(ts)
}

func setTraverse(o *Object, v Visitor) {
	s := asSet(o)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			v.Visit(e.key)
		}
	}
}

func setClearSlot(ts *Thread, o *Object) { asSet(o).clearInternal(ts) }

func setLen(ts *Thread, o *Object) int { return asSet(o).used }

// setContainsSlot is `key in s`; an unhashable set key is looked up as a
// frozenset (set_contains).
func setContainsSlot(ts *Thread, o, key *Object) int {
	s := asSet(o)
	rv := s.containsKey(ts, key)
	if rv < 0 && IsSet(key) && ts.ErrMatches(TypeError) {
		ts.ClearErr()
		tmp := makeNewSet(ts, FrozenSetType, key)
		if tmp == nil {
			return -1
		}
		rv = s.containsKey(ts, tmp)
		Decref(ts, tmp)
	}
	return rv
}

func setRepr(ts *Thread, o *Object) *Object {
	s := asSet(o)
	name := o.typ.Name
	if s.used == 0 {
		return NewStr(ts, name+"()")
	}
	if r := ReprEnter(ts, o); r != 0 {
		if r > 0 {
			return NewStr(ts, name+"(...)")
		}
		return nil
	}
	keys := make([]*Object, 0, s.used)
	pos := 0
	for {
		e, ok := s.next(&pos)
		if !ok {
			break
		}
		keys = append(keys, NewRef(e.key))
	}
	var b []byte
	exact := o.typ == SetType
	if !exact {
		b = append(b, name...)
		b = append(b, '(')
	}
	b = append(b, '{')
	b, ok := ctrReprJoin(ts, b, keys)
	for _, k := range keys {
		Decref(ts, k)
	}
	ReprLeave(ts, o)
	if !ok {
		return nil
	}
	b = append(b, '}')
	if !exact {
		b = append(b, ')')
	}
	return NewStr(ts, string(b))
}

func setShuffleBits(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

func frozensetHash(ts *Thread, o *Object) int64 {
	s := asSet(o)
	if s.hash != -1 {
		return s.hash
	}
	var hash uint64
	for _, e := range s.table {
		hash ^= setShuffleBits(uint64(e.hash))
	}
	if (s.mask+1-s.fill)&1 != 0 {
		hash ^= setShuffleBits(0)
	}
	if (s.fill-s.used)&1 != 0 {
		hash ^= setShuffleBits(^uint64(0))
	}
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	if hash == ^uint64(0) {
		hash = 590923713
	}
	s.hash = int64(hash)
	return s.hash
}

// setCopy is set_copy: a new set of the base type with the same items.
func setCopy(ts *Thread, o *Object) *Object {
	return makeNewSetBaseType(ts, o.typ, o)
}

// setIntersection is set_intersection.
func setIntersection(ts *Thread, so, other *Object) *Object {
	if so == other {
		return setCopy(ts, so)
	}
	ro := makeNewSetBaseType(ts, so.typ, nil)
	if ro == nil {
		return nil
	}
	result := asSet(ro)
	if o := AsAnySet(other); o != nil {
		a, b := asSet(so), o
		if b.used > a.used {
			a, b = b, a
		}
		pos := 0
		for {
			e, ok := b.next(&pos)
			if !ok {
				break
			}
			key, hash := NewRef(e.key), e.hash
			rv := a.containsEntry(ts, key, hash)
			if rv > 0 {
				if result.addEntry(ts, key, hash) < 0 {
					rv = -1
				}
			}
			Decref(ts, key)
			if rv < 0 {
				Decref(ts, ro)
				return nil
			}
		}
		return ro
	}
	it := GetIter(ts, other)
	if it == nil {
		Decref(ts, ro)
		return nil
	}
	s := asSet(so)
	for {
		key := IterNext(ts, it)
		if key == nil {
			break
		}
		hash := dictHash(ts, key)
		rv := -1
		if hash != -1 {
			rv = s.containsEntry(ts, key, hash)
			if rv > 0 && result.addEntry(ts, key, hash) < 0 {
				rv = -1
			}
		}
		Decref(ts, key)
		if rv < 0 {
			Decref(ts, it)
			Decref(ts, ro)
			return nil
		}
		if rv > 0 && result.used >= s.used {
			break
		}
	}
	Decref(ts, it)
	if ts.Occurred() {
		Decref(ts, ro)
		return nil
	}
	return ro
}

// setSwapBodies exchanges the contents of two sets (set_swap_bodies), so
// that an in-place operation can build its result separately. The frozen
// hash is swapped too, as CPython does.
func setSwapBodies(a, b *Set) {
	aSmall := a.mask+1 == setMinSize
	bSmall := b.mask+1 == setMinSize
	a.fill, b.fill = b.fill, a.fill
	a.used, b.used = b.used, a.used
	a.mask, b.mask = b.mask, a.mask
	a.table, b.table = b.table, a.table
	a.small, b.small = b.small, a.small
	if bSmall {
		a.table = a.small[:]
	}
	if aSmall {
		b.table = b.small[:]
	}
	a.hash, b.hash = b.hash, a.hash
}

// intersectionUpdate replaces s's contents with s & other.
func setIntersectionUpdate(ts *Thread, so, other *Object) int {
	tmp := setIntersection(ts, so, other)
	if tmp == nil {
		return -1
	}
	setSwapBodies(asSet(so), asSet(tmp))
	Decref(ts, tmp)
	return 0
}

// differenceUpdate is set_difference_update_internal.
func (s *Set) differenceUpdate(ts *Thread, other *Object) int {
	if other == &s.Object {
		s.clearInternal(ts)
		return 0
	}
	if o := AsAnySet(other); o != nil {
		var src *Object
		if o.used>>3 > s.used {
			src = setIntersection(ts, &s.Object, other)
			if src == nil {
				return -1
			}
		} else {
			src = NewRef(other)
		}
		so := asSet(src)
		pos := 0
		for {
			e, ok := so.next(&pos)
			if !ok {
				break
			}
			key := NewRef(e.key)
			r := s.discardEntry(ts, key, e.hash)
			Decref(ts, key)
			if r < 0 {
				Decref(ts, src)
				return -1
			}
		}
		Decref(ts, src)
	} else {
		if !Iterate(ts, other, func(key *Object) bool { return s.discardKey(ts, key) >= 0 }) {
			return -1
		}
	}
	if s.fill-s.used <= s.mask/4 {
		return 0
	}
	if s.used > 50000 {
		s.resize(ts, s.used*2)
	} else {
		s.resize(ts, s.used*4)
	}
	return 0
}

// setApply applies the in-place operation op (updateInternal,
// differenceUpdate, ...) with other to the new set r, whose reference it
// takes over: it returns r, or nil when r is nil or op fails (r released).
func setApply(ts *Thread, r *Object, op func(*Set, *Thread, *Object) int, other *Object) *Object {
	if r == nil {
		return nil
	}
	if op(asSet(r), ts, other) < 0 {
		Decref(ts, r)
		return nil
	}
	return r
}

// setCopyAndDifference is set_copy_and_difference.
func setCopyAndDifference(ts *Thread, so, other *Object) *Object {
	return setApply(ts, setCopy(ts, so), (*Set).differenceUpdate, other)
}

// setDifference is set_difference.
func setDifference(ts *Thread, so, other *Object) *Object {
	var otherSize int
	o := AsAnySet(other)
	switch {
	case o != nil:
		otherSize = o.used
	case other.typ == DictType:
		otherSize = DictLen(other)
	default:
		return setCopyAndDifference(ts, so, other)
	}
	s := asSet(so)
	if s.used>>2 > otherSize {
		return setCopyAndDifference(ts, so, other)
	}
	ro := makeNewSetBaseType(ts, so.typ, nil)
	if ro == nil {
		return nil
	}
	result := asSet(ro)
	pos := 0
	for {
		e, ok := s.next(&pos)
		if !ok {
			break
		}
		key, hash := NewRef(e.key), e.hash
		var rv int
		if o != nil {
			rv = o.containsEntry(ts, key, hash)
		} else {
			rv = dictContainsHash(ts, other, key, hash)
		}
		if rv == 0 && result.addEntry(ts, key, hash) < 0 {
			rv = -1
		}
		Decref(ts, key)
		if rv < 0 {
			Decref(ts, ro)
			return nil
		}
	}
	return ro
}

// symmetricDifferenceUpdate is set_symmetric_difference_update.
func (s *Set) symmetricDifferenceUpdate(ts *Thread, other *Object) int {
	if other == &s.Object {
		s.clearInternal(ts)
		return 0
	}
	step := func(key *Object, hash int64) int {
		Incref(key)
		rv := s.discardEntry(ts, key, hash)
		if rv == 0 {
			rv = s.addEntry(ts, key, hash)
		}
		Decref(ts, key)
		if rv < 0 {
			return -1
		}
		return 0
	}
	if other.typ == DictType {
		pos := 0
		d := (*Dict)(unsafePointer(other))
		for pos < d.k.nentries {
			e := d.k.entries[pos]
			pos++
			if e.key != nil && step(e.key, e.hash) < 0 {
				return -1
			}
		}
		return 0
	}
	var oo *Object
	if AsAnySet(other) != nil {
		oo = NewRef(other)
	} else {
		oo = makeNewSetBaseType(ts, s.typ, other)
		if oo == nil {
			return -1
		}
	}
	o := asSet(oo)
	pos := 0
	for {
		e, ok := o.next(&pos)
		if !ok {
			break
		}
		if step(e.key, e.hash) < 0 {
			Decref(ts, oo)
			return -1
		}
	}
	Decref(ts, oo)
	return 0
}

// setSymmetricDifference is set_symmetric_difference.
func setSymmetricDifference(ts *Thread, so, other *Object) *Object {
	return setApply(ts, makeNewSetBaseType(ts, so.typ, other), (*Set).symmetricDifferenceUpdate, so)
}

// setIsSubset is set_issubset.
func setIsSubset(ts *Thread, so, other *Object) *Object {
	o := AsAnySet(other)
	if o == nil {
		tmp := makeNewSet(ts, SetType, other)
		if tmp == nil {
			return nil
		}
		r := setIsSubset(ts, so, tmp)
		Decref(ts, tmp)
		return r
	}
	s := asSet(so)
	if s.used > o.used {
		return False
	}
	pos := 0
	for {
		e, ok := s.next(&pos)
		if !ok {
			break
		}
		key := NewRef(e.key)
		rv := o.containsEntry(ts, key, e.hash)
		Decref(ts, key)
		if rv < 0 {
			return nil
		}
		if rv == 0 {
			return False
		}
	}
	return True
}

// setIsSuperset is set_issuperset.
func setIsSuperset(ts *Thread, so, other *Object) *Object {
	if AsAnySet(other) != nil {
		return setIsSubset(ts, other, so)
	}
	s := asSet(so)
	switch iterAll(ts, other, func(key *Object) int { return s.containsKey(ts, key) }) {
	case -1:
		return nil
	case 0:
		return False
	}
	return True
}

func setRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	if AsAnySet(b) == nil {
		return NotImplemented
	}
	v, w := asSet(a), asSet(b)
	switch op {
	case EQ:
		if v.used != w.used {
			return False
		}
		if v.hash != -1 && w.hash != -1 && v.hash != w.hash {
			return False
		}
		return setIsSubset(ts, a, b)
	case NE:
		r := setRichCompare(ts, a, b, EQ)
		if r == nil {
			return nil
		}
		return Bool(r == False)
	case LE:
		return setIsSubset(ts, a, b)
	case GE:
		return setIsSuperset(ts, a, b)
	case LT:
		if v.used >= w.used {
			return False
		}
		return setIsSubset(ts, a, b)
	case GT:
		if v.used <= w.used {
			return False
		}
		return setIsSuperset(ts, a, b)
	}
	return NotImplemented
}

// The operators: both operands must be sets or frozensets.
func setOr(ts *Thread, a, b *Object) *Object {
	if AsAnySet(a) == nil || AsAnySet(b) == nil {
		return NotImplemented
	}
	r := setCopy(ts, a)
	if a == b {
		return r
	}
	return setApply(ts, r, (*Set).updateInternal, b)
}

func setAnd(ts *Thread, a, b *Object) *Object {
	if AsAnySet(a) == nil || AsAnySet(b) == nil {
		return NotImplemented
	}
	return setIntersection(ts, a, b)
}

func setSub(ts *Thread, a, b *Object) *Object {
	if AsAnySet(a) == nil || AsAnySet(b) == nil {
		return NotImplemented
	}
	return setDifference(ts, a, b)
}

func setXor(ts *Thread, a, b *Object) *Object {
	if AsAnySet(a) == nil || AsAnySet(b) == nil {
		return NotImplemented
	}
	return setSymmetricDifference(ts, a, b)
}

// setInplace makes the in-place operator slot (|=, &=, -=, ^=) that
// applies op to the set a: both operands must be sets (a not frozen).
func setInplace(op func(s *Set, ts *Thread, other *Object) int) func(ts *Thread, a, b *Object) *Object {
	return func(ts *Thread, a, b *Object) *Object {
		if AsAnySet(b) == nil || !IsSet(a) {
			return NotImplemented
		}
		if op(asSet(a), ts, b) < 0 {
			return nil
		}
		return NewRef(a)
	}
}

// setKeyRetry runs op on key and, when key is an unhashable set, again on
// frozenset(key) (set.remove/discard and `in`).
func setKeyRetry(ts *Thread, key *Object, op func(k *Object) int) int {
	rv := op(key)
	if rv < 0 && IsSet(key) && ts.ErrMatches(TypeError) {
		ts.ClearErr()
		tmp := makeNewSet(ts, FrozenSetType, key)
		if tmp == nil {
			return -1
		}
		rv = op(tmp)
		Decref(ts, tmp)
	}
	return rv
}

// The methods.

func setAddMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "set.add", args, kwnames) {
		return nil
	}
	if SetAdd(ts, self, args[0]) < 0 {
		return nil
	}
	return None
}

func setClearMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "set.clear", args, kwnames) {
		return nil
	}
	asSet(self).clearInternal(ts)
	return None
}

func setCopyMethod(qual string) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !ctrNoArgs(ts, qual, args, kwnames) {
			return nil
		}
		if self.typ == FrozenSetType {
			return NewRef(self)
		}
		return setCopy(ts, self)
	}
}

func setDiscardMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "set.discard", args, kwnames) {
		return nil
	}
	s := asSet(self)
	if setKeyRetry(ts, args[0], func(k *Object) int { return s.discardKey(ts, k) }) < 0 {
		return nil
	}
	return None
}

func setRemoveMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "set.remove", args, kwnames) {
		return nil
	}
	s := asSet(self)
	rv := setKeyRetry(ts, args[0], func(k *Object) int { return s.discardKey(ts, k) })
	if rv < 0 {
		return nil
	}
	if rv == 0 {
		return ts.RaiseArg(KeyError, args[0])
	}
	return None
}

func setPopMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "set.pop", args, kwnames) {
		return nil
	}
	s := asSet(self)
	if s.used == 0 {
		return ts.Raise(KeyError, "pop from an empty set")
	}
	i := s.finger & s.mask
	for s.table[i].key == nil || s.table[i].key == setDummy {
		i++
		if i > s.mask {
			i = 0
		}
	}
	key := s.table[i].key
	s.table[i] = setEntry{hash: -1, key: setDummy}
	s.used--
	s.finger = i + 1
	return key
}

// setVarargs wraps a METH_VARARGS method: keywords are refused with the
// qualified name.
func setVarargs(qual string, f func(ts *Thread, self *Object, args []*Object) *Object) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !ctrNoKw(ts, qual, kwnames) {
			return nil
		}
		return f(ts, self, args)
	}
}

func setUnion(ts *Thread, self *Object, args []*Object) *Object {
	r := setCopy(ts, self)
	for _, o := range args {
		if o != self {
			r = setApply(ts, r, (*Set).updateInternal, o)
		}
	}
	return r
}

func setUpdate(ts *Thread, self *Object, args []*Object) *Object {
	for _, o := range args {
		if asSet(self).updateInternal(ts, o) < 0 {
			return nil
		}
	}
	return None
}

func setIntersectionMulti(ts *Thread, self *Object, args []*Object) *Object {
	if len(args) == 0 {
		return setCopy(ts, self)
	}
	r := NewRef(self)
	for _, o := range args {
		n := setIntersection(ts, r, o)
		Decref(ts, r)
		if n == nil {
			return nil
		}
		r = n
	}
	return r
}

func setIntersectionUpdateMulti(ts *Thread, self *Object, args []*Object) *Object {
	tmp := setIntersectionMulti(ts, self, args)
	if tmp == nil {
		return nil
	}
	setSwapBodies(asSet(self), asSet(tmp))
	Decref(ts, tmp)
	return None
}

func setDifferenceMulti(ts *Thread, self *Object, args []*Object) *Object {
	if len(args) == 0 {
		return setCopy(ts, self)
	}
	r := setDifference(ts, self, args[0])
	for _, o := range args[1:] {
		r = setApply(ts, r, (*Set).differenceUpdate, o)
	}
	return r
}

func setDifferenceUpdateMulti(ts *Thread, self *Object, args []*Object) *Object {
	for _, o := range args {
		if asSet(self).differenceUpdate(ts, o) < 0 {
			return nil
		}
	}
	return None
}

func setOneArg(qual string, f func(ts *Thread, self, other *Object) *Object) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !ctrOneArg(ts, qual, args, kwnames) {
			return nil
		}
		return f(ts, self, args[0])
	}
}

func setIsDisjoint(ts *Thread, so, other *Object) *Object {
	if so == other {
		return Bool(asSet(so).used == 0)
	}
	if other.typ == SetType || other.typ == FrozenSetType {
		a, b := asSet(so), asSet(other)
		if b.used > a.used {
			a, b = b, a
		}
		pos := 0
		for {
			e, ok := b.next(&pos)
			if !ok {
				break
			}
			key := NewRef(e.key)
			rv := a.containsEntry(ts, key, e.hash)
			Decref(ts, key)
			if rv < 0 {
				return nil
			}
			if rv > 0 {
				return False
			}
		}
		return True
	}
	s := asSet(so)
	return iterNone(ts, other, func(key *Object) int { return s.containsKey(ts, key) })
}

// iterAll reports whether pred holds for every item of the iterable o
// (pred and iterAll: 1 true, 0 false, -1 error with the exception set); it
// stops at the first item that is not 1.
func iterAll(ts *Thread, o *Object, pred func(x *Object) int) int {
	r := 1
	if !Iterate(ts, o, func(x *Object) bool {
		r = pred(x)
		return r > 0
	}) {
		return -1
	}
	return r
}

// iterNone is True when pred (1 true, 0 false, -1 error) holds for no item
// of the iterable o, False when it holds for one, nil on error: isdisjoint.
func iterNone(ts *Thread, o *Object, pred func(x *Object) int) *Object {
	r := 0
	if !Iterate(ts, o, func(x *Object) bool {
		r = pred(x)
		return r == 0
	}) || r < 0 {
		return nil
	}
	return Bool(r == 0)
}

func setSymDiffUpdateMethod(ts *Thread, self, other *Object) *Object {
	if asSet(self).symmetricDifferenceUpdate(ts, other) < 0 {
		return nil
	}
	return None
}

func setContainsMethod(ts *Thread, self, key *Object) *Object {
	r := setContainsSlot(ts, self, key)
	if r < 0 {
		return nil
	}
	return Bool(r > 0)
}

func setReduceMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	keys := SequenceList(ts, self)
	if keys == nil {
		return nil
	}
	a := NewTupleSteal(ts, keys)
	var state *Object = None
	if dp := self.typ.DictPtr; dp != nil {
		if d := *dp(self); d != nil {
			DictExpose(ts, d)
			state = d
		}
	}
	return NewTupleSteal(ts, NewRef(self.typ.TypeObject()), a, NewRef(state))
}

func setSizeofMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	name := "set.__sizeof__"
	if self.typ.IsSubtype(FrozenSetType) {
		name = "frozenset.__sizeof__"
	}
	if !ctrNoArgs(ts, name, args, kwnames) {
		return nil
	}
	s := asSet(self)
	// CPython's PySetObject is 200 bytes with its small table.
	n := 200
	if s.mask+1 != setMinSize {
		n += (s.mask + 1) * 16
	}
	return NewInt(ts, int64(n))
}

func setInit(ts *Thread, self *Object, args []*Object, kwnames *Object) int {
	if !ctrNoKw(ts, "set", kwnames) {
		return -1
	}
	if len(args) > 1 {
		ts.Raisef(TypeError, "%s expected at most 1 argument, got %d", self.typ.Name, len(args))
		return -1
	}
	s := asSet(self)
	if s.fill != 0 {
		s.clearInternal(ts)
	}
	s.hash = -1
	if len(args) == 1 {
		return s.updateInternal(ts, args[0])
	}
	return 0
}

func setNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	if t == SetType && !ctrNoKw(ts, "set", kwnames) {
		return nil
	}
	return &newSetOf(ts, t).Object
}

func frozensetNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	if t == FrozenSetType && !ctrNoKw(ts, "frozenset", kwnames) {
		return nil
	}
	if len(args) > 1 {
		return ts.Raisef(TypeError, "frozenset expected at most 1 argument, got %d", len(args))
	}
	var iterable *Object
	if len(args) == 1 {
		iterable = args[0]
		if t == FrozenSetType && iterable.typ == FrozenSetType {
			return NewRef(iterable)
		}
	}
	return makeNewSet(ts, t, iterable)
}

// setIter is the set_iterator.
type setIter struct {
	GCObject
	set    *Object // nil once exhausted
	used   int     // the set's size when the iterator was made
	pos    int
	remain int
}

var setIterClass = alloc.NewClass[setIter]("set_iterator")

// SetIterType is the type of iter(set).
var SetIterType = &Type{Name: "set_iterator", Flags: FlagHaveGC}

func setIterNew(ts *Thread, o *Object) *Object {
	it := newObject(ts, setIterClass, SetIterType)
	it.set = NewRef(o)
	it.used = asSet(o).used
	it.remain = it.used
	gcTrack(ts, &it.Object)
	return &it.Object
}

func init() {
	setDummyObj.hdr.Refcnt = ImmortalRefcnt
	setDummyObj.typ = ObjectType

	common := func(t *Type) {
		t.Dealloc = setDealloc
		t.Traverse = setTraverse
		t.Clear = setClearSlot
		t.Repr = setRepr
		t.RichCompare = setRichCompare
		t.Len = setLen
		t.Contains = setContainsSlot
		t.Iter = setIterNew
		t.NumBinary[OpOr] = setOr
		t.NumBinary[OpAnd] = setAnd
		t.NumBinary[OpSub] = setSub
		t.NumBinary[OpXor] = setXor
	}
	common(SetType)
	common(FrozenSetType)
	SetType.NumInplace[OpOr] = setInplace((*Set).updateInternal)
	SetType.NumInplace[OpAnd] = setInplace(func(s *Set, ts *Thread, other *Object) int {
		return setIntersectionUpdate(ts, &s.Object, other)
	})
	SetType.NumInplace[OpSub] = setInplace((*Set).differenceUpdate)
	SetType.NumInplace[OpXor] = setInplace((*Set).symmetricDifferenceUpdate)
	SetType.New = setNew
	SetType.Init = setInit
	FrozenSetType.New = frozensetNew
	FrozenSetType.Hash = frozensetHash

	SetType.Methods = []MethodDef{
		{Name: "add", Fn: setAddMethod, Doc: "Add an element to a set.\n\nThis has no effect if the element is already present."},
		{Name: "clear", Fn: setClearMethod, Doc: "Remove all elements from this set."},
		{Name: "__contains__", Fn: setOneArg("set.__contains__", setContainsMethod), Doc: "x.__contains__(y) <==> y in x."},
		{Name: "copy", Fn: setCopyMethod("set.copy"), Doc: "Return a shallow copy of a set."},
		{Name: "discard", Fn: setDiscardMethod, Doc: "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."},
		{Name: "difference", Fn: setVarargs("set.difference", setDifferenceMulti), Doc: "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"},
		{Name: "difference_update", Fn: setVarargs("set.difference_update", setDifferenceUpdateMulti), Doc: "Remove all elements of another set from this set."},
		{Name: "intersection", Fn: setVarargs("set.intersection", setIntersectionMulti), Doc: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
		{Name: "intersection_update", Fn: setVarargs("set.intersection_update", setIntersectionUpdateMulti), Doc: "Update a set with the intersection of itself and another."},
		{Name: "isdisjoint", Fn: setOneArg("set.isdisjoint", setIsDisjoint), Doc: "Return True if two sets have a null intersection."},
		{Name: "issubset", Fn: setOneArg("set.issubset", setIsSubset), Doc: "Report whether another set contains this set."},
		{Name: "issuperset", Fn: setOneArg("set.issuperset", setIsSuperset), Doc: "Report whether this set contains another set."},
		{Name: "pop", Fn: setPopMethod, Doc: "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
		{Name: "__reduce__", Fn: setReduceMethod, Doc: "Return state information for pickling."},
		{Name: "remove", Fn: setRemoveMethod, Doc: "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
		{Name: "__sizeof__", Fn: setSizeofMethod, Doc: "S.__sizeof__() -> size of S in memory, in bytes"},
		{Name: "symmetric_difference", Fn: setOneArg("set.symmetric_difference", setSymmetricDifference), Doc: "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"},
		{Name: "symmetric_difference_update", Fn: setOneArg("set.symmetric_difference_update", setSymDiffUpdateMethod), Doc: "Update a set with the symmetric difference of itself and another."},
		{Name: "union", Fn: setVarargs("set.union", setUnion), Doc: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
		{Name: "update", Fn: setVarargs("set.update", setUpdate), Doc: "Update a set with the union of itself and others."},
	}
	FrozenSetType.Methods = []MethodDef{
		{Name: "__contains__", Fn: setOneArg("frozenset.__contains__", setContainsMethod), Doc: "x.__contains__(y) <==> y in x."},
		{Name: "copy", Fn: setCopyMethod("frozenset.copy"), Doc: "Return a shallow copy of a set."},
		{Name: "difference", Fn: setVarargs("frozenset.difference", setDifferenceMulti), Doc: "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"},
		{Name: "intersection", Fn: setVarargs("frozenset.intersection", setIntersectionMulti), Doc: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
		{Name: "isdisjoint", Fn: setOneArg("frozenset.isdisjoint", setIsDisjoint), Doc: "Return True if two sets have a null intersection."},
		{Name: "issubset", Fn: setOneArg("frozenset.issubset", setIsSubset), Doc: "Report whether another set contains this set."},
		{Name: "issuperset", Fn: setOneArg("frozenset.issuperset", setIsSuperset), Doc: "Report whether this set contains another set."},
		{Name: "__reduce__", Fn: setReduceMethod, Doc: "Return state information for pickling."},
		{Name: "__sizeof__", Fn: setSizeofMethod, Doc: "S.__sizeof__() -> size of S in memory, in bytes"},
		{Name: "symmetric_difference", Fn: setOneArg("frozenset.symmetric_difference", setSymmetricDifference), Doc: "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"},
		{Name: "union", Fn: setVarargs("frozenset.union", setUnion), Doc: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
	}
	registerStatic(SetType, FrozenSetType)

	it := SetIterType
	it.Dealloc = func(ts *Thread, o *Object) {
		p := (*setIter)(unsafePointer(o))
		gcUntrack(ts, o)
		Clear(ts, &p.set)
		freeObject(ts, setIterClass, p)
	}
	it.Traverse = func(o *Object, v Visitor) {
		if s := (*setIter)(unsafePointer(o)).set; s != nil {
			v.Visit(s)
		}
	}
	it.Iter = func(ts *Thread, o *Object) *Object { return NewRef(o) }
	it.IterNext = func(ts *Thread, o *Object) *Object {
		p := (*setIter)(unsafePointer(o))
		if p.set == nil {
			return nil
		}
		s := asSet(p.set)
		if p.used != s.used {
			p.used = -1 // sticky
			return ts.Raise(RuntimeError, "Set changed size during iteration")
		}
		i := p.pos
		for i <= s.mask && (s.table[i].key == nil || s.table[i].key == setDummy) {
			i++
		}
		p.pos = i + 1
		if i > s.mask {
			Clear(ts, &p.set)
			return nil
		}
		p.remain--
		return NewRef(s.table[i].key)
	}
	it.Methods = []MethodDef{
		{Name: "__length_hint__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			p := (*setIter)(unsafePointer(self))
			n := 0
			if p.set != nil && p.used == asSet(p.set).used {
				n = p.remain
			}
			return NewInt(ts, int64(n))
		}, Doc: "Private method returning an estimate of len(list(it))."},
	}
	registerStatic(it)
}
