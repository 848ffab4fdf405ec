package objects

// Support for the VM's inline caches over dicts (LOAD_GLOBAL, attribute
// reads and writes of instances), after CPython 3.11's dict keys versions
// and index hints.
//
// An index hint is the position of a key in a dict's entry table: while
// the entry at that position still holds the same key object, it is that
// key's live entry (a dict holds a key once; a deleted entry's key is
// nil), whatever happened to the dict in between. A keys version names
// the dict's key set: DictKeysVersion assigns one from the Space's
// counter, and adding or deleting a key resets it to 0 (clear and copy
// make a new table, whose version is 0 or that of an equal key set), so
// a cached "this key is absent" stays true while the version is the same.
// Versions are unique within a Space, so a dict that dies and another
// made at its address cannot be confused.

// DictHintIndex returns the entry index of key in d, -1 when d has no
// such key, or -2 when the lookup is not a pure one (key not an exact
// str, or d holding other keys, where a comparison could run Python code).
func DictHintIndex(d, key *Object) int {
	dd := (*Dict)(unsafePointer(d))
	if key.typ != StrType || dd.k.general {
		return -2
	}
	h := (*Str)(unsafePointer(key)).hash
	if h == -1 {
		h = StrHash(key)
	}
	return dd.k.lookupStr(key, h)
}

// hintKeyIs reports whether a stored key is key (an exact str): the same
// object, or an exact str of the same text (names in code are interned,
// keys stored from Go are often not).
func hintKeyIs(stored, key *Object) bool {
	return stored == key || stored != nil && stored.typ == StrType && key.typ == StrType &&
		(*Str)(unsafePointer(stored)).s == (*Str)(unsafePointer(key)).s
}

// DictHintGet returns the value (borrowed) of the entry at ix when it
// holds key (an exact str), or nil.
func DictHintGet(d *Object, ix int, key *Object) *Object {
	k := &(*Dict)(unsafePointer(d)).k
	if uint(ix) < uint(k.nentries) {
		if e := &k.entries[ix]; hintKeyIs(e.key, key) {
			return e.value
		}
	}
	return nil
}

// DictHintSet replaces the value of the entry at ix when it holds key (an
// exact str) and reports whether it did; value is borrowed.
func DictHintSet(ts *Thread, d *Object, ix int, key, value *Object) bool {
	dd := (*Dict)(unsafePointer(d))
	k := &dd.k
	if uint(ix) >= uint(k.nentries) || !hintKeyIs(k.entries[ix].key, key) {
		return false
	}
	dd.maintainTracking(ts, key, value)
	e := &k.entries[ix]
	old := e.value
	if old != value {
		e.value = NewRef(value)
		Decref(ts, old) // may run code that mutates d: e is not used after
	}
	return true
}

// DictLookupStr returns d[key] (borrowed) or nil for an exact str key in a
// dict of exact str keys; ok is false when the lookup is not that pure
// one and the caller must take the general path.
func DictLookupStr(d, key *Object) (v *Object, ok bool) {
	dd := (*Dict)(unsafePointer(d))
	if key.typ != StrType || dd.k.general {
		return nil, false
	}
	h := (*Str)(unsafePointer(key)).hash
	if h == -1 {
		h = StrHash(key)
	}
	ix := dd.k.lookupStr(key, h)
	if ix < 0 {
		return nil, true
	}
	return dd.k.entries[ix].value, true
}

// DictKeysVersion returns the version of d's key set, assigning one when
// it has none (0 only when the Space's versions are exhausted).
func DictKeysVersion(ts *Thread, d *Object) uint64 {
	k := &(*Dict)(unsafePointer(d)).k
	if k.ver == 0 {
		s := &ts.Space.Types
		s.dictKeysVer++
		k.ver = s.dictKeysVer
	}
	return k.ver
}

// DictKeysVersionIs reports whether d's key set still has version v (a
// value DictKeysVersion returned).
func DictKeysVersionIs(d *Object, v uint64) bool {
	return (*Dict)(unsafePointer(d)).k.ver == v
}
