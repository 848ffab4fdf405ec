package objects

// The integer-conversion protocol (PyNumber_Index, PyNumber_AsSsize_t).

// NumberIndex is operator.index(o) (PyNumber_Index): an exact int, or TypeError
// "'X' object cannot be interpreted as an integer".
func NumberIndex(ts *Thread, o *Object) *Object {
	if o.typ == IntType {
		return NewRef(o)
	}
	if AsInt(o) != nil {
		return intPos(ts, o)
	}
	if o.typ.Index == nil {
		return ts.Raisef(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	r := o.typ.Index(ts, o)
	if r == nil {
		return nil
	}
	if AsInt(r) == nil {
		ts.Raisef(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
		Decref(ts, r)
		return nil
	}
	if r.typ != IntType {
		x := intPos(ts, r)
		Decref(ts, r)
		return x
	}
	return r
}

// IndexValue is PyNumber_AsSsize_t: o.__index__() as a Go int. When the value
// does not fit, exc (OverflowError or IndexError) is raised with CPython's
// "cannot fit 'int' into an index-sized integer"; with exc nil the value is
// clamped instead.
func IndexValue(ts *Thread, o *Object, exc *Type) (int, bool) {
	r := NumberIndex(ts, o)
	if r == nil {
		return -1, false
	}
	i := AsInt(r)
	if i.big == nil {
		v := i.v
		Decref(ts, r)
		return int(v), true
	}
	neg := i.big.Sign() < 0
	Decref(ts, r)
	if exc == nil {
		if neg {
			return -1 << 63, true
		}
		return 1<<63 - 1, true
	}
	ts.Raisef(exc, "cannot fit '%s' into an index-sized integer", TypeName(o))
	return -1, false
}
