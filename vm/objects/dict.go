package objects

import (
	"unsafe"

	"minipy/runtime/alloc"
)

// Dict is a dict object: CPython 3.11's compact, insertion-ordered table
// (Objects/dictobject.c, combined tables only).
//
// The table has two parts. indices is a hash table of 2^log2 slots, each
// 1, 2, 4 or 8 bytes wide by the table size (as CPython's DK_IXSIZE), holding
// an index into entries, dkixEmpty or dkixDummy (a deleted slot). entries
// holds the items in insertion order; a deleted item keeps its place with a
// nil key until the next resize compacts the array. Probing is CPython's:
// i = (i*5 + perturb + 1) & mask, perturb >>= 5, starting from hash & mask.
// At most 2/3 of the slots are usable (USABLE_FRACTION); a full table grows
// to the next power of two >= used*3 (GROWTH_RATE).
//
// A dict starts untracked by the cycle collector and is tracked as soon as
// it stores a key or value that may be tracked (CPython's MAINTAIN_TRACKING),
// so gc.is_tracked({}) is False as in CPython.
//
// Static dicts (the dicts of static types, built at init by NewStaticDict
// and staticDictSet) belong to no heap: their payload is not charged to any
// heap, they are immortal, and they are never written after init.
type Dict struct {
	GCObject
	used   int // number of live items (ma_used)
	k      dictKeys
	static bool // built at init, belongs to no heap
	// inline: the attribute values of one instance, not yet seen by
	// Python code as a dict (CPython 3.11's inline values): never tracked
	// on its own, its owner's Traverse visits its items (layout.go).
	inline bool
}

type dictKeys struct {
	log2    uint8 // DK_LOG_SIZE: the index table has 1<<log2 slots
	ixShift uint8 // the index width is 1<<ixShift bytes
	// general is set once a key that is not an exact str was stored
	// (DICT_KEYS_GENERAL); while clear, lookups of str keys take the fast
	// path that cannot fail or call out.
	general bool
	// nonInt is set once a key that is not a plain int was stored (an
	// exact int whose hash is its value: |v| < 2**61-1, v != -1). While
	// clear, an entry whose hash equals a plain int key's holds an equal
	// int, so int lookups compare hashes only, never touching the stored
	// key object.
	nonInt   bool
	indices  []uint64 // the index table, viewed at ixShift width
	entries  []dictEntry
	nentries int // entries used, deleted ones included (dk_nentries)
	usable   int // entries left before a resize (dk_usable)
	// ver is the key set's version for the VM's caches (dk_version,
	// dict_cache.go): 0 when none is assigned; reset to 0 whenever a key
	// is added or deleted.
	ver uint64
}

type dictEntry struct {
	hash  int64
	key   *Object // nil: deleted (or not yet used)
	value *Object
}

const (
	dkixEmpty = -1
	dkixDummy = -2
	dkixError = -3

	dictLogMinSize = 3 // PyDict_LOG_MINSIZE
	dictMinSize    = 1 << dictLogMinSize
	perturbShift   = 5

	dictEntrySize = int(unsafe.Sizeof(dictEntry{}))
)

// dictEmptyIndices is the index table of an empty dict (CPython's
// Py_EMPTY_KEYS): eight empty slots and no usable entry, so the first
// insertion resizes. It is read, never written.
var dictEmptyIndices = []uint64{^uint64(0)}

var dictClass = alloc.NewClass[Dict]("dict")

// DictType is the dict type.
var DictType = &Type{Name: "dict", Flags: FlagBaseType | FlagDictSubclass | FlagHaveGC}

// AsDict returns o as a *Dict, or nil when o is not a dict (or subclass).
func AsDict(o *Object) *Dict {
	if o.typ.Flags&FlagDictSubclass != 0 {
		return (*Dict)(unsafePointer(o))
	}
	return nil
}

// dictUsableFraction is USABLE_FRACTION(n).
func dictUsableFraction(n int) int { return (n << 1) / 3 }

// dictLog2KeySize is calculate_log2_keysize: the smallest table (>= 8) of
// at least minsize slots.
func dictLog2KeySize(minsize int) uint8 {
	log2 := uint8(dictLogMinSize)
	for (1 << log2) < minsize {
		log2++
	}
	return log2
}

// dictEstimateLog2KeySize is estimate_log2_keysize: a table that can hold n
// items without resizing.
func dictEstimateLog2KeySize(n int) uint8 { return dictLog2KeySize((n*3 + 1) / 2) }

func (d *Dict) emptyKeys() {
	d.k = dictKeys{log2: dictLogMinSize, indices: dictEmptyIndices}
}

// newKeys gives d a fresh table of 1<<log2 slots (the old one must have
// been released or moved away).
func (k *dictKeys) init(log2 uint8) {
	size := 1 << log2
	var shift uint8
	switch {
	case log2 < 8:
		shift = 0
	case log2 < 16:
		shift = 1
	case log2 < 32:
		shift = 2
	default:
		shift = 3
	}
	words := (size<<shift + 7) / 8
	ix := make([]uint64, words)
	for i := range ix {
		ix[i] = ^uint64(0) // every slot dkixEmpty, at any width
	}
	usable := dictUsableFraction(size)
	*k = dictKeys{
		log2:    log2,
		ixShift: shift,
		indices: ix,
		entries: make([]dictEntry, usable),
		usable:  usable,
	}
}

// initFrom is init, taking a table of the smallest size from ts's free
// list when there is one.
func (k *dictKeys) initFrom(ts *Thread, log2 uint8) {
	if log2 != dictLogMinSize || ts == nil {
		k.init(log2) // static dicts are filled at init without a thread
		return
	}
	if fl := ts.free; fl != nil && len(fl.keys) > 0 {
		n := len(fl.keys) - 1
		m := fl.keys[n]
		fl.keys[n] = dictKeysMem{}
		fl.keys = fl.keys[:n]
		m.indices[0] = ^uint64(0)
		usable := len(m.entries)
		*k = dictKeys{log2: log2, indices: m.indices, entries: m.entries, usable: usable}
		return
	}
	k.init(log2)
}

// recycle parks the table of a freed dict, when of the smallest size
// (its entries no longer hold references), on ts's free list. Only a
// freed dict's table: a Go loop over a live dict's entries may still
// read a table the dict dropped (a clear or resize by a callback).
func (k *dictKeys) recycle(ts *Thread) {
	fl := ts.free
	if fl == nil || len(fl.keys) >= dictKeysFreeMax || k.log2 != dictLogMinSize || len(k.indices) != 1 ||
		&k.indices[0] == &dictEmptyIndices[0] || len(k.entries) != dictUsableFraction(dictMinSize) {
		return
	}
	clear(k.entries)
	fl.keys = append(fl.keys, dictKeysMem{indices: k.indices, entries: k.entries})
}

// charge is the payload size the table charges to its heap.
func (k *dictKeys) charge() int {
	if len(k.entries) == 0 {
		return 0
	}
	return len(k.indices)*8 + len(k.entries)*dictEntrySize
}

func (k *dictKeys) mask() uint64 { return 1<<k.log2 - 1 }

// index reads slot i of the index table.
func (k *dictKeys) index(i uint64) int {
	p := unsafe.Pointer(unsafe.SliceData(k.indices))
	switch k.ixShift {
	case 0:
		return int(*(*int8)(unsafe.Add(p, i)))
	case 1:
		return int(*(*int16)(unsafe.Add(p, i<<1)))
	case 2:
		return int(*(*int32)(unsafe.Add(p, i<<2)))
	}
	return int(*(*int64)(unsafe.Add(p, i<<3)))
}

// setIndex writes slot i of the index table.
func (k *dictKeys) setIndex(i uint64, ix int) {
	p := unsafe.Pointer(unsafe.SliceData(k.indices))
	switch k.ixShift {
	case 0:
		*(*int8)(unsafe.Add(p, i)) = int8(ix)
	case 1:
		*(*int16)(unsafe.Add(p, i<<1)) = int16(ix)
	case 2:
		*(*int32)(unsafe.Add(p, i<<2)) = int32(ix)
	default:
		*(*int64)(unsafe.Add(p, i<<3)) = int64(ix)
	}
}

// findEmptySlot is find_empty_slot: the first empty index slot on hash's
// probe sequence (the key is known to be absent).
func (k *dictKeys) findEmptySlot(hash int64) uint64 {
	mask := k.mask()
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for k.index(i) >= 0 {
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
	return i
}

// findSlot returns the index slot holding entry ix (for deletion).
func (k *dictKeys) findSlot(hash int64, ix int) uint64 {
	mask := k.mask()
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for k.index(i) != ix {
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
	return i
}

// dictHash is Hash with the fast paths of the common key types.
func dictHash(ts *Thread, key *Object) int64 {
	switch key.typ {
	case StrType:
		if h := (*Str)(unsafePointer(key)).hash; h != -1 {
			return h
		}
		return StrHash(key)
	case IntType:
		if i := (*Int)(unsafePointer(key)); i.big == nil {
			return dictHashInt64(i.v)
		}
	}
	return Hash(ts, key)
}

// dictHashInt64 is HashInt64 without the division for the usual values.
func dictHashInt64(v int64) int64 {
	if v >= 0 && v < 1<<61-1 {
		return v
	}
	return HashInt64(v)
}

// lookup finds key (with its hash) and returns its entry index, dkixEmpty
// when absent, or dkixError with an exception set (a failing __eq__).
func (d *Dict) lookup(ts *Thread, key *Object, hash int64) int {
	if ix, ok := d.k.probe(key, hash); ok {
		return ix
	}
	return d.lookupSlow(ts, key, hash)
}

// dictIndex is the width of an index table slot.
type dictIndex interface {
	~int8 | ~int16 | ~int32 | ~int64
}

// probe is the lookup without calling out: keys compare by identity or,
// for exact strs and ints, by value. ok is false when an entry of equal
// hash needs a real __eq__ (then lookupSlow decides).
func (k *dictKeys) probe(key *Object, hash int64) (int, bool) {
	p := unsafe.Pointer(unsafe.SliceData(k.indices))
	n := 1 << k.log2
	if !k.nonInt && dictPlainInt(key) {
		switch k.ixShift {
		case 0:
			return dictProbeHash(unsafe.Slice((*int8)(p), n), k.entries, hash), true
		case 1:
			return dictProbeHash(unsafe.Slice((*int16)(p), n), k.entries, hash), true
		case 2:
			return dictProbeHash(unsafe.Slice((*int32)(p), n), k.entries, hash), true
		}
		return dictProbeHash(unsafe.Slice((*int64)(p), n), k.entries, hash), true
	}
	switch k.ixShift {
	case 0:
		return dictProbe(unsafe.Slice((*int8)(p), n), k.entries, key, hash)
	case 1:
		return dictProbe(unsafe.Slice((*int16)(p), n), k.entries, key, hash)
	case 2:
		return dictProbe(unsafe.Slice((*int32)(p), n), k.entries, key, hash)
	}
	return dictProbe(unsafe.Slice((*int64)(p), n), k.entries, key, hash)
}

func dictProbe[I dictIndex](indices []I, entries []dictEntry, key *Object, hash int64) (int, bool) {
	mask := uint64(len(indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := int(indices[i&mask])
		if ix >= 0 {
			ep := &entries[ix]
			if ep.key == key {
				return ix, true
			}
			if ep.hash == hash {
				switch dictFastEq(ep.key, key) {
				case 1:
					return ix, true
				case -1:
					return 0, false
				}
			}
		} else if ix == dkixEmpty {
			return dkixEmpty, true
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// dictProbeHash is the probe of a plain int key in a table of plain int
// keys: equal hashes mean equal values.
func dictProbeHash[I dictIndex](indices []I, entries []dictEntry, hash int64) int {
	mask := uint64(len(indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := int(indices[i&mask])
		if ix >= 0 {
			if entries[ix].hash == hash {
				return ix
			}
		} else if ix == dkixEmpty {
			return dkixEmpty
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// dictPlainInt reports whether key is an exact int whose hash is its value.
func dictPlainInt(key *Object) bool {
	if key.typ != IntType {
		return false
	}
	i := (*Int)(unsafePointer(key))
	return i.big == nil && i.v != -1 && i.v > -(1<<61-1) && i.v < 1<<61-1
}

// lookupSlow is CPython's generic lookup, calling __eq__ and restarting
// when the comparison changed the dict.
func (d *Dict) lookupSlow(ts *Thread, key *Object, hash int64) int {
restart:
	k := &d.k
	entries := k.entries
	mask := k.mask()
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := k.index(i)
		if ix >= 0 {
			ep := &entries[ix]
			if ep.key == key {
				return ix
			}
			if ep.hash == hash {
				startkey := ep.key
				cmp := dictFastEq(startkey, key)
				if cmp < 0 {
					Incref(startkey)
					cmp = RichCompareBool(ts, startkey, key, EQ)
					if cmp < 0 {
						Decref(ts, startkey)
						return dkixError
					}
					// The comparison may have mutated the dict.
					same := len(d.k.entries) > ix && &d.k.entries[0] == &entries[0] && d.k.entries[ix].key == startkey
					Decref(ts, startkey)
					if !same {
						goto restart
					}
				}
				if cmp > 0 {
					return ix
				}
			}
		} else if ix == dkixEmpty {
			return dkixEmpty
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// lookupStr is the lookup of an exact str key in a table of exact str keys:
// identity, else equal hash and equal text. It cannot fail.
func (k *dictKeys) lookupStr(key *Object, hash int64) int {
	ix, _ := k.probe(key, hash)
	return ix
}

// dictFastEq compares two keys of the same hash without calling out when
// both are exact strs or exact ints: 1 equal, 0 not, -1 unknown.
func dictFastEq(a, b *Object) int {
	if a.typ != b.typ {
		return -1
	}
	switch a.typ {
	case StrType:
		if (*Str)(unsafePointer(a)).s == (*Str)(unsafePointer(b)).s {
			return 1
		}
		return 0
	case IntType:
		x, y := (*Int)(unsafePointer(a)), (*Int)(unsafePointer(b))
		if x.big == nil && y.big == nil {
			if x.v == y.v {
				return 1
			}
			return 0
		}
	}
	return -1
}

// NewDict returns a new empty dict.
func NewDict(ts *Thread) *Object {
	d := newObject(ts, dictClass, DictType)
	d.emptyKeys()
	gcCountAlloc(&ts.Space.GC)
	return &d.Object
}

// newDictPresized is _PyDict_NewPresized: a dict whose table holds n items
// without resizing.
func newDictPresized(ts *Thread, n int) *Object {
	o := NewDict(ts)
	if n > dictUsableFraction(dictMinSize) {
		d := (*Dict)(unsafePointer(o))
		d.k.init(dictEstimateLog2KeySize(n))
		ts.heap.Charge(d.k.charge())
	}
	return o
}

// DictReserve gives d, a dict of the running heap, one table that holds n
// items in all, so that filling it does not regrow it step by step (each
// regrowth a Go allocation and a reinsertion of every key): every new
// interpreter fills its builtins and sys dicts with a known number of
// names.
func DictReserve(ts *Thread, o *Object, n int) {
	if o.Type() != DictType {
		return
	}
	d := (*Dict)(unsafePointer(o))
	if d.static || d.inline {
		return
	}
	if log2 := dictEstimateLog2KeySize(n); log2 > d.k.log2 {
		d.resize(ts, log2)
	}
}

// NewStaticDict returns an immortal dict that belongs to no heap, for the
// dicts of static types: filled at init by staticDictSet, never written
// afterwards, never tracked.
func NewStaticDict() *Object {
	d := &Dict{static: true}
	initStatic(&d.Object, DictType)
	d.emptyKeys()
	return &d.Object
}

// staticDictSet stores key: value in a static dict at init. The references
// are taken (static dicts are never freed). key must be hashable without
// error (static strs).
func staticDictSet(d *Object, key, value *Object) {
	dd := (*Dict)(unsafePointer(d))
	if !dd.static {
		panic("minipy: staticDictSet on a heap dict")
	}
	var hash int64
	if key.typ == StrType {
		hash = StrHash(key)
	} else {
		hash = key.typ.Hash(nil, key)
	}
	// Only identity and exact-str comparisons can happen for static keys;
	// anything else would need a thread.
	ix := dd.lookupStatic(key, hash)
	Incref(value)
	if ix >= 0 {
		dd.k.entries[ix].value = value
		return
	}
	Incref(key)
	if dd.k.usable <= 0 {
		dd.resize(nil, dictLog2KeySize(dd.used*3))
	}
	if key.typ != StrType {
		dd.k.general = true
	}
	dd.k.insertNew(key, value, hash)
	dd.used++
}

// lookupStatic is lookup for staticDictSet: keys compare by identity or as
// exact strs.
func (d *Dict) lookupStatic(key *Object, hash int64) int {
	k := &d.k
	mask := k.mask()
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := k.index(i)
		if ix >= 0 {
			ep := &k.entries[ix]
			if ep.key == key || ep.hash == hash && dictFastEq(ep.key, key) == 1 {
				return ix
			}
		} else if ix == dkixEmpty {
			return dkixEmpty
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// insertNew appends a new entry (key absent, a usable entry left).
func (k *dictKeys) insertNew(key, value *Object, hash int64) {
	if !k.nonInt && !dictPlainInt(key) {
		k.nonInt = true
	}
	pos := k.findEmptySlot(hash)
	k.setIndex(pos, k.nentries)
	k.entries[k.nentries] = dictEntry{hash: hash, key: key, value: value}
	k.nentries++
	k.usable--
	k.ver = 0
}

// resize moves d's items into a fresh table of 1<<log2 slots, in order,
// dropping deleted entries (dictresize). ts is nil for static dicts.
func (d *Dict) resize(ts *Thread, log2 uint8) {
	old := d.k
	d.k.initFrom(ts, log2)
	d.k.general = old.general
	d.k.nonInt = old.nonInt
	n := 0
	for _, e := range old.entries[:old.nentries] {
		if e.key != nil {
			d.k.entries[n] = e
			n++
		}
	}
	// build_indices
	mask := d.k.mask()
	for ix, e := range d.k.entries[:n] {
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for d.k.index(i) != dkixEmpty {
			perturb >>= perturbShift
			i = (i*5 + perturb + 1) & mask
		}
		d.k.setIndex(i, ix)
	}
	d.k.nentries = n
	d.k.usable -= n
	if !d.static {
		ts.heap.Charge(d.k.charge() - old.charge())
	}
}

// maintainTracking starts tracking d when it stores an object that may be
// part of a cycle (MAINTAIN_TRACKING).
func (d *Dict) maintainTracking(ts *Thread, key, value *Object) {
	if d.gc.prev == nil && !d.static && !d.inline && (gcMayBeTracked(key) || gcMayBeTracked(value)) {
		gcLink(&ts.Space.GC, &d.Object)
	}
}

// DictGetItem returns d[key] (borrowed), or nil when key is missing. Errors
// from hashing or comparing are swallowed (PyDict_GetItem); use
// DictGetItemErr to see them.
func DictGetItem(ts *Thread, d, key *Object) *Object {
	dd := (*Dict)(unsafePointer(d))
	if key.typ == StrType && !dd.k.general {
		h := (*Str)(unsafePointer(key)).hash
		if h == -1 {
			h = StrHash(key)
		}
		ix := dd.k.lookupStr(key, h)
		if ix < 0 {
			return nil
		}
		return dd.k.entries[ix].value
	}
	hash := int64(-1)
	if key.typ == IntType && (*Int)(unsafePointer(key)).big == nil {
		hash = dictHashInt64((*Int)(unsafePointer(key)).v)
	}
	if hash != -1 {
		if ix, ok := dd.k.probe(key, hash); ok {
			if ix < 0 {
				return nil
			}
			return dd.k.entries[ix].value
		}
	}
	saved := ts.FetchErr()
	r := DictGetItemErr(ts, d, key)
	ts.ClearErr()
	ts.exc = saved
	return r
}

// DictGetItemErr returns d[key] (borrowed), or nil: with an exception set
// when hashing or comparing failed, without one when key is missing
// (PyDict_GetItemWithError).
func DictGetItemErr(ts *Thread, d, key *Object) *Object {
	hash := dictHash(ts, key)
	if hash == -1 {
		return nil
	}
	return dictGetItemHash(ts, d, key, hash)
}

// dictGetItemHash is DictGetItemErr with the key's hash known.
func dictGetItemHash(ts *Thread, d, key *Object, hash int64) *Object {
	dd := (*Dict)(unsafePointer(d))
	ix := dd.lookup(ts, key, hash)
	if ix < 0 {
		return nil
	}
	return dd.k.entries[ix].value
}

// DictGetItemStr returns d[name] (borrowed) for a Go string name, or nil.
func DictGetItemStr(ts *Thread, d *Object, name string) *Object {
	k := NewStr(ts, name)
	if k == nil {
		ts.ClearErr()
		return nil
	}
	r := DictGetItem(ts, d, k)
	Decref(ts, k)
	return r
}

// DictSetItem is d[key] = value (both borrowed); 0 or -1.
func DictSetItem(ts *Thread, d, key, value *Object) int {
	hash := dictHash(ts, key)
	if hash == -1 {
		return -1
	}
	return dictSetItemHash(ts, d, key, value, hash)
}

// DictSetItemStr is DictSetItem with a Go string key.
func DictSetItemStr(ts *Thread, d *Object, name string, value *Object) int {
	k := NewStr(ts, name)
	if k == nil {
		return -1
	}
	r := DictSetItem(ts, d, k, value)
	Decref(ts, k)
	return r
}

// dictSetItemHash is insertdict with the hash known.
func dictSetItemHash(ts *Thread, d, key, value *Object, hash int64) int {
	dd := (*Dict)(unsafePointer(d))
	if dd.static {
		ts.Raise(SystemError, "a static dict cannot be modified")
		return -1
	}
	if !dd.k.general && key.typ != StrType {
		// Leaving the str-only layout: CPython's insertion_resize(mp, 0).
		if len(dd.k.entries) > 0 {
			dd.resize(ts, dictLog2KeySize(dd.used*3))
		}
		dd.k.general = true
	}
	ix := dd.lookup(ts, key, hash)
	if ix == dkixError {
		return -1
	}
	dd.maintainTracking(ts, key, value)
	if ix == dkixEmpty {
		if dd.k.usable <= 0 {
			dd.resize(ts, dictLog2KeySize(dd.used*3))
		}
		dd.k.insertNew(NewRef(key), NewRef(value), hash)
		dd.used++
		return 0
	}
	ep := &dd.k.entries[ix]
	old := ep.value
	if old != value {
		ep.value = NewRef(value)
		Decref(ts, old) // may run code that mutates d: ep is not used after
	}
	return 0
}

// DictDelItem is del d[key]; 0, or -1 with KeyError (or the hash/compare
// error) set.
func DictDelItem(ts *Thread, d, key *Object) int {
	hash := dictHash(ts, key)
	if hash == -1 {
		return -1
	}
	dd := (*Dict)(unsafePointer(d))
	ix := dd.lookup(ts, key, hash)
	if ix == dkixError {
		return -1
	}
	if ix == dkixEmpty {
		ts.RaiseArg(KeyError, key)
		return -1
	}
	k, v := dd.delEntry(ix)
	Decref(ts, k)
	Decref(ts, v)
	return 0
}

// delEntry removes entry ix and returns its key and value (owned by the
// caller, who decrefs them once d is consistent: delitem_common).
func (d *Dict) delEntry(ix int) (key, value *Object) {
	ep := &d.k.entries[ix]
	pos := d.k.findSlot(ep.hash, ix)
	d.k.setIndex(pos, dkixDummy)
	key, value = ep.key, ep.value
	ep.key, ep.value = nil, nil
	d.used--
	d.k.ver = 0
	return key, value
}

// DictNext iterates over d: start with pos 0; each call returns a key and
// value (borrowed) and advances pos; ok is false at the end. d must not
// change size during the iteration.
func DictNext(d *Object, pos *int) (key, value *Object, ok bool) {
	dd := (*Dict)(unsafePointer(d))
	i := *pos
	for i < dd.k.nentries {
		e := &dd.k.entries[i]
		i++
		if e.key != nil {
			*pos = i
			return e.key, e.value, true
		}
	}
	*pos = i
	return nil, nil, false
}

// DictLen is len(d).
func DictLen(d *Object) int { return (*Dict)(unsafePointer(d)).used }

// dictClearItems empties d, releasing its items and table (dict.clear and
// dealloc). The items are released after d is consistent again, since their
// destructors may look at it.
func (d *Dict) clearItems(ts *Thread) { d.dropItems(ts, false) }

// dropItems empties d; with recycle (d is being freed, so no loop of Go
// code can still be reading its table) the table goes to the free list.
func (d *Dict) dropItems(ts *Thread, recycle bool) {
	old := d.k
	d.emptyKeys()
	d.used = 0
	if !d.static {
		ts.heap.Uncharge(old.charge())
	}
	for i := range old.entries[:old.nentries] {
		e := &old.entries[i]
		if e.key != nil {
			k, v := e.key, e.value
			e.key, e.value = nil, nil
			Decref(ts, k)
			Decref(ts, v)
		}
	}
	if recycle && !d.static {
		old.recycle(ts)
	}
}

func dictDealloc(ts *Thread, o *Object) {
	d := (*Dict)(unsafePointer(o))
	gcUntrack(ts, o)
	if !trashBegin(ts, o) {
		return
	}
	d.dropItems(ts, true)
	freeObject(ts, dictClass, d)
	trashEnd(ts)
}

func dictTraverse(o *Object, v Visitor) {
	d := (*Dict)(unsafePointer(o))
	for i := range d.k.entries[:d.k.nentries] {
		e := &d.k.entries[i]
		if e.key != nil {
			v.Visit(e.key)
			v.Visit(e.value)
		}
	}
}

func dictClearSlot(ts *Thread, o *Object) {
	(*Dict)(unsafePointer(o)).clearItems(ts)
}

func init() {
	DictType.Dealloc = dictDealloc
	DictType.Traverse = dictTraverse
	DictType.Clear = dictClearSlot
	DictType.Len = func(ts *Thread, o *Object) int { return (*Dict)(unsafePointer(o)).used }
	registerStatic(DictType)
}
