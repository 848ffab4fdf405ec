package objects

// Argument checks for the container types' built-in methods, with the
// messages CPython gives for METH_NOARGS, METH_O and positional-only
// Argument Clinic methods.

// ctrNoKw rejects keyword arguments: "name() takes no keyword arguments".
func ctrNoKw(ts *Thread, name string, kwnames *Object) bool {
	if kwnames != nil && len(TupleItems(kwnames)) > 0 {
		ts.Raisef(TypeError, "%s() takes no keyword arguments", name)
		return false
	}
	return true
}

// ctrNoArgs is METH_NOARGS: "list.clear() takes no arguments (1 given)".
func ctrNoArgs(ts *Thread, qualname string, args []*Object, kwnames *Object) bool {
	if !ctrNoKw(ts, qualname, kwnames) {
		return false
	}
	if len(args) != 0 {
		ts.Raisef(TypeError, "%s() takes no arguments (%d given)", qualname, len(args))
		return false
	}
	return true
}

// ctrOneArg is METH_O: "list.append() takes exactly one argument (0 given)".
func ctrOneArg(ts *Thread, qualname string, args []*Object, kwnames *Object) bool {
	if !ctrNoKw(ts, qualname, kwnames) {
		return false
	}
	if len(args) != 1 {
		ts.Raisef(TypeError, "%s() takes exactly one argument (%d given)", qualname, len(args))
		return false
	}
	return true
}

// ctrArgRange is _PyArg_CheckPositional for positional-only methods:
// "pop expected at most 1 argument, got 2".
func ctrArgRange(ts *Thread, name string, args []*Object, kwnames *Object, lo, hi int) bool {
	if !ctrNoKw(ts, name, kwnames) {
		return false
	}
	n := len(args)
	if n < lo {
		ts.Raisef(TypeError, "%s expected %s%d argument%s, got %d", name, ctrAtLeast(lo, hi), lo, ctrPlural(lo), n)
		return false
	}
	if n > hi {
		ts.Raisef(TypeError, "%s expected %s%d argument%s, got %d", name, ctrAtMost(lo, hi), hi, ctrPlural(hi), n)
		return false
	}
	return true
}

// ctrAtLeast and ctrAtMost qualify the count as _PyArg_CheckPositional
// does: nothing when the count is fixed ("insert expected 2 arguments").
func ctrAtLeast(lo, hi int) string {
	if lo == hi {
		return ""
	}
	return "at least "
}

func ctrAtMost(lo, hi int) string {
	if lo == hi {
		return ""
	}
	return "at most "
}

func ctrPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// ctrIsIndex is PyIndex_Check.
func ctrIsIndex(o *Object) bool { return AsInt(o) != nil || o.typ.Index != nil }

// ctrJoinReprs builds open + repr(items[0]) + sep + ... + close; false with
// an exception set when a repr fails.
func ctrReprJoin(ts *Thread, b []byte, items []*Object) ([]byte, bool) {
	for i, x := range items {
		if i > 0 {
			b = append(b, ", "...)
		}
		r := Repr(ts, x)
		if r == nil {
			return b, false
		}
		b = append(b, StrValue(r)...)
		Decref(ts, r)
	}
	return b, true
}

// ctrIndexArgs parses the optional start and stop arguments of index()
// methods (slice indices clamped to the int range, negatives from the end).
func ctrIndexArgs(ts *Thread, args []*Object, length int) (start, stop int, ok bool) {
	start, stop = 0, length
	if len(args) > 0 {
		if start, ok = ctrClinicIndex(ts, args[0]); !ok {
			return
		}
		if start < 0 {
			start += length
			if start < 0 {
				start = 0
			}
		}
	}
	if len(args) > 1 {
		if stop, ok = ctrClinicIndex(ts, args[1]); !ok {
			return
		}
		if stop < 0 {
			stop += length
			if stop < 0 {
				stop = 0
			}
		}
	}
	return start, stop, true
}

// ctrClinicIndex is Argument Clinic's slice_index converter (None is not
// accepted by index()'s converter in 3.11: _PyEval_SliceIndexNotNone).
func ctrClinicIndex(ts *Thread, v *Object) (int, bool) {
	if !ctrIsIndex(v) {
		ts.Raise(TypeError, "slice indices must be integers or have an __index__ method")
		return 0, false
	}
	return IndexValue(ts, v, nil)
}
