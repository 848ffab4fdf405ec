package objects

// In-place results for the eval loop's arithmetic fast paths: when the
// value stack holds the only reference to an exact int or float operand,
// the operand is dead after the operation, and the VM may store the result
// in it instead of freeing one object and allocating another. Nothing else
// can see the object (its only reference moves from the operand slot to
// the result slot), so this is observably the same as CPython handing the
// freed block straight back from its free list.

// ReuseFloat stores v in o, an exact float whose only reference the caller
// holds, and returns o.
func ReuseFloat(o *Object, v float64) *Object {
	(*Float)(unsafePointer(o)).v = v
	return o
}

// ReuseInt stores v in o, an exact int with an int64 payload whose only
// reference the caller holds, and returns o. v must be outside the small
// int cache's range, whose values are shared objects.
func ReuseInt(o *Object, v int64) *Object {
	(*Int)(unsafePointer(o)).v = v
	return o
}

// ExactIntValue is IntValue64 for an o whose type the caller found to be
// exactly int: the payload without the type test.
func ExactIntValue(o *Object) (v int64, ok bool) {
	i := (*Int)(unsafePointer(o))
	return i.v, i.big == nil
}

// IsSmallInt reports whether v is one of the cached small ints (NewInt
// returns the shared immortal for it).
func IsSmallInt(v int64) bool { return v >= smallIntMin && v <= smallIntMax }

// RangeIterNext advances a range_iterator (o's type must be
// RangeIterType) and returns its next value; ok is false when it is
// exhausted. It is the iterator's IterNext without the int object, for
// FOR_ITER.
func RangeIterNext(o *Object) (v int64, ok bool) {
	r := (*rangeIter)(unsafePointer(o))
	if r.len <= 0 {
		return 0, false
	}
	v = r.start
	r.start = v + r.step
	r.len--
	return v, true
}

// ListIterNext advances a list_iterator (o's type must be ListIterType)
// and returns its next item, borrowed, or nil when it has none left
// without ending it: FOR_ITER's inline path, whose nil case goes on to
// the iterator's IterNext, which ends it.
func ListIterNext(o *Object) *Object {
	p := (*listIter)(unsafePointer(o))
	if p.seq != nil {
		if items := ListItems(p.seq); p.index < len(items) {
			p.index++
			return items[p.index-1]
		}
	}
	return nil
}

// TupleIterNext is ListIterNext for a tuple_iterator.
func TupleIterNext(o *Object) *Object {
	p := (*tupleIter)(unsafePointer(o))
	if p.seq != nil {
		if items := TupleItems(p.seq); p.index < len(items) {
			p.index++
			return items[p.index-1]
		}
	}
	return nil
}
