package objects

// Adapters between the str/bytes code and types other helpers own, kept in
// one place so that each can switch to the owner's API in one line.

// strNewListSteal makes a list of items (stolen).
func strNewListSteal(ts *Thread, items []*Object) *Object {
	return NewListSteal(ts, items)
}

// strListItems returns the items of a list or tuple (borrowed), or nil.
func strListItems(o *Object) ([]*Object, bool) {
	if t := AsTuple(o); t != nil {
		return t.items, true
	}
	if AsList(o) != nil {
		return ListItems(o), true
	}
	return nil, false
}

// strNewDict makes an empty dict.
func strNewDict(ts *Thread) *Object { return NewDict(ts) }

// strIsDict reports whether o is a dict (or subclass).
func strIsDict(o *Object) bool { return AsDict(o) != nil }

// strDictEach calls f for each item of a dict (borrowed); false from f
// stops with false.
func strDictEach(ts *Thread, d *Object, f func(k, v *Object) bool) bool {
	pos := 0
	for {
		k, v, ok := DictNext(d, &pos)
		if !ok {
			return true
		}
		if !f(k, v) {
			return false
		}
	}
}

// strSliceParts returns the start, stop and step of a slice object
// (borrowed; nil or None when absent), or ok false when key is not a slice.
func strSliceParts(key *Object) (start, stop, step *Object, ok bool) {
	s := AsSlice(key)
	if s == nil {
		return nil, nil, nil, false
	}
	start, stop, step = s.Parts()
	return start, stop, step, true
}

// strExcBufferError is BufferError.
func strExcBufferError() *Type { return BufferError }
