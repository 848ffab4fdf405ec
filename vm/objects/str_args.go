package objects

import (
	"math"
	"strconv"
)

// Argument parsing for the methods of str, bytes and bytearray, with the
// exact messages CPython 3.11 gives. CPython's methods use four parsing
// styles, each with its own wording, so each method names its style.

type strArgStyle int

const (
	argsNone strArgStyle = iota // METH_NOARGS: "str.lower() takes no arguments (1 given)"
	argsOne                     // METH_O: "str.join() takes exactly one argument (0 given)"
	argsPos                     // Argument Clinic, positional only: "center expected at least 1 argument, got 0"
	argsVar                     // PyArg_ParseTuple: "count() takes at least 1 argument (0 given)"
	argsKw                      // Argument Clinic with keywords: "split() takes at most 2 arguments (3 given)"
)

func strPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// strParseArgs fills out[i] with argument i (positional or named by kw[i]),
// leaving nil for those not given. tname is the type's name, mname the
// method's.
func strParseArgs(ts *Thread, style strArgStyle, tname, mname string, args []*Object,
	kwnames *Object, kw []string, min, max int, out []*Object) bool {
	nkw := 0
	var names []*Object
	if kwnames != nil {
		names = TupleItems(kwnames)
		nkw = len(names)
	}
	npos := len(args) - nkw
	if nkw > 0 && style != argsKw {
		switch style {
		case argsVar:
			ts.Raisef(TypeError, "%s() takes no keyword arguments", mname)
		default:
			ts.Raisef(TypeError, "%s.%s() takes no keyword arguments", tname, mname)
		}
		return false
	}
	switch style {
	case argsNone:
		if npos != 0 {
			ts.Raisef(TypeError, "%s.%s() takes no arguments (%d given)", tname, mname, npos)
			return false
		}
	case argsOne:
		if npos != 1 {
			ts.Raisef(TypeError, "%s.%s() takes exactly one argument (%d given)", tname, mname, npos)
			return false
		}
	case argsPos:
		if npos < min || npos > max {
			switch {
			case min == max:
				ts.Raisef(TypeError, "%s expected %d argument%s, got %d", mname, min, strPlural(min), npos)
			case npos < min:
				ts.Raisef(TypeError, "%s expected at least %d argument%s, got %d", mname, min, strPlural(min), npos)
			default:
				ts.Raisef(TypeError, "%s expected at most %d argument%s, got %d", mname, max, strPlural(max), npos)
			}
			return false
		}
	case argsVar:
		if npos < min || npos > max {
			if npos < min {
				ts.Raisef(TypeError, "%s() takes at least %d argument%s (%d given)", mname, min, strPlural(min), npos)
			} else {
				ts.Raisef(TypeError, "%s() takes at most %d argument%s (%d given)", mname, max, strPlural(max), npos)
			}
			return false
		}
	case argsKw:
		return strParseArgsKw(ts, mname, args, kwnames, kw, 0, min, max, out)
	}
	copy(out, args[:npos])
	for i, nm := range names {
		name := StrValue(nm)
		found := false
		for j, k := range kw {
			if k == name {
				if j < npos {
					ts.Raisef(TypeError, "argument for %s() given by name ('%s') and position (%d)", mname, name, j+1)
					return false
				}
				out[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			ts.Raisef(TypeError, "'%s' is an invalid keyword argument for %s()", name, mname)
			return false
		}
	}
	for j := 0; j < min && j < len(out); j++ {
		if out[j] == nil {
			if nkw == 0 && style == argsKw {
				ts.Raisef(TypeError, "%s() takes at least %d positional argument%s (%d given)", mname, min, strPlural(min), npos)
			} else {
				ts.Raisef(TypeError, "%s() missing required argument '%s' (pos %d)", mname, kw[j], j+1)
			}
			return false
		}
	}
	return true
}

// strParseArgsKw is Argument Clinic's keyword parsing
// (_PyArg_UnpackKeywords, whose checks and their order decide the message):
// kw names every parameter; the first posOnly are positional-only and the
// first min are required.
func strParseArgsKw(ts *Thread, mname string, args []*Object, kwnames *Object, kw []string,
	posOnly, minArgs, maxArgs int, out []*Object) bool {
	var names []*Object
	if kwnames != nil {
		names = TupleItems(kwnames)
	}
	nkw := len(names)
	npos := len(args) - nkw
	if len(args) > maxArgs {
		kwWord := ""
		if npos == 0 {
			kwWord = "keyword "
		}
		ts.Raisef(TypeError, "%s() takes at most %d %sargument%s (%d given)", mname, maxArgs, kwWord, strPlural(maxArgs), len(args))
		return false
	}
	if npos < posOnly && npos < minArgs {
		need := minArgs
		if posOnly < need {
			need = posOnly
		}
		word := "at least"
		if need == maxArgs {
			word = "exactly"
		}
		ts.Raisef(TypeError, "%s() takes %s %d positional argument%s (%d given)", mname, word, need, strPlural(need), npos)
		return false
	}
	copy(out, args[:npos])
	left := nkw
	for i := max(npos, posOnly); i < maxArgs; i++ {
		found := false
		if left > 0 {
			for j, nm := range names {
				if StrValue(nm) == kw[i] {
					out[i] = args[npos+j]
					found = true
					left--
					break
				}
			}
		}
		if !found && i < minArgs {
			ts.Raisef(TypeError, "%s() missing required argument '%s' (pos %d)", mname, kw[i], i+1)
			return false
		}
	}
	if left > 0 {
		for i := posOnly; i < npos; i++ {
			for _, nm := range names {
				if StrValue(nm) == kw[i] {
					ts.Raisef(TypeError, "argument for %s() given by name ('%s') and position (%d)", mname, kw[i], i+1)
					return false
				}
			}
		}
		for _, nm := range names {
			valid := false
			for _, k := range kw[posOnly:] {
				if k == StrValue(nm) {
					valid = true
					break
				}
			}
			if !valid {
				ts.Raisef(TypeError, "'%s' is an invalid keyword argument for %s()", StrValue(nm), mname)
				return false
			}
		}
	}
	return true
}

// strClinicTypeName is how Argument Clinic names an argument's type in
// "must be X, not Y" messages: None for None, else the type's name.
func strClinicTypeName(o *Object) string {
	if o == None {
		return "None"
	}
	return TypeName(o)
}

// strCIntArg is Argument Clinic's C int conversion.
func strCIntArg(ts *Thread, o *Object) (int64, bool) {
	if AsInt(o) == nil && o.typ.Index == nil {
		ts.Raisef(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
		return 0, false
	}
	r := strIndexObj(ts, o)
	if r == nil {
		return 0, false
	}
	v, ok, neg := strIntValue(r)
	Decref(ts, r)
	if !ok || v > math.MaxInt32 || v < math.MinInt32 {
		if neg {
			ts.Raise(OverflowError, "Python int too small to convert to C int")
		} else {
			ts.Raise(OverflowError, "Python int too large to convert to C int")
		}
		return 0, false
	}
	return v, true
}

// strIntValue reads an int object: its value when it fits in int64, else
// ok false with the sign in neg.
func strIntValue(o *Object) (v int64, ok bool, neg bool) {
	i := AsInt(o)
	if i.big == nil {
		return i.v, true, i.v < 0
	}
	if i.big.IsInt64() {
		return i.big.Int64(), true, i.big.Sign() < 0
	}
	return 0, false, i.big.Sign() < 0
}

// strIsIndexable reports whether o has __index__ (PyIndex_Check).
func strIsIndexable(o *Object) bool {
	return AsInt(o) != nil || o.typ.Index != nil
}

// strIndexObj is operator.index(o) as a new reference to an int, or nil
// with a TypeError.
func strIndexObj(ts *Thread, o *Object) *Object { return NumberIndex(ts, o) }

// strIndexArg is PyNumber_AsSsize_t(o, exc): an index, with exc("cannot fit
// 'int' into an index-sized integer") for ints beyond int64.
func strIndexArg(ts *Thread, o *Object, exc *Type) (int64, bool) {
	v, ok := IndexValue(ts, o, exc)
	return int64(v), ok
}

// strSsizeArg is Argument Clinic's Py_ssize_t conversion.
func strSsizeArg(ts *Thread, o *Object) (int64, bool) {
	if AsInt(o) == nil && o.typ.Index == nil {
		ts.Raisef(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
		return 0, false
	}
	r := strIndexObj(ts, o)
	if r == nil {
		return 0, false
	}
	v, ok, _ := strIntValue(r)
	Decref(ts, r)
	if !ok {
		ts.Raise(OverflowError, "Python int too large to convert to C ssize_t")
		return 0, false
	}
	return v, true
}

// strSliceIndex is _PyEval_SliceIndex: None leaves def, ints beyond int64
// are clamped.
func strSliceIndex(ts *Thread, o *Object, def int64) (int64, bool) {
	if o == nil || o == None {
		return def, true
	}
	if !strIsIndexable(o) {
		ts.Raise(TypeError, "slice indices must be integers or None or have an __index__ method")
		return 0, false
	}
	v, ok := IndexValue(ts, o, nil) // clamped beyond int64
	if !ok {
		proxyIndexFailed(ts, o, "slice indices must be integers or None or have an __index__ method")
	}
	return int64(v), ok
}

// strAdjustRange is ADJUST_INDICES of the find family: start and end as
// slice bounds clamped to [0, n].
func strAdjustRange(start, end int64, n int) (int, int) {
	ln := int64(n)
	if end > ln {
		end = ln
	} else if end < 0 {
		end += ln
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += ln
		if start < 0 {
			start = 0
		}
	}
	return int(start), int(end)
}

// strParseRange reads the optional start and end arguments of the find
// family (borrowed, may be nil).
func strParseRange(ts *Thread, a, b *Object) (int64, int64, bool) {
	start, ok := strSliceIndex(ts, a, 0)
	if !ok {
		return 0, 0, false
	}
	end, ok := strSliceIndex(ts, b, math.MaxInt64)
	if !ok {
		return 0, 0, false
	}
	return start, end, true
}

// strSliceArgs decodes a slice key for a sequence of length n: start, stop
// and step adjusted as slice.indices does. isSlice is false when key is not
// a slice; ok is false (with an exception set) when its bounds are bad.
func strSliceArgs(ts *Thread, key *Object, n int) (start, stop, step int, isSlice, ok bool) {
	a, b, c, is := strSliceParts(key)
	if !is {
		return 0, 0, 0, false, false
	}
	st, ok := strSliceIndex(ts, c, 1)
	if !ok {
		return 0, 0, 0, true, false
	}
	if st == 0 {
		ts.Raise(ValueError, "slice step cannot be zero")
		return 0, 0, 0, true, false
	}
	if st < -math.MaxInt64 {
		st = -math.MaxInt64
	}
	var defStart, defStop int64 = 0, math.MaxInt64
	if st < 0 {
		defStart, defStop = math.MaxInt64, math.MinInt64
	}
	s0, ok := strSliceIndex(ts, a, defStart)
	if !ok {
		return 0, 0, 0, true, false
	}
	s1, ok := strSliceIndex(ts, b, defStop)
	if !ok {
		return 0, 0, 0, true, false
	}
	ln := int64(n)
	adj := func(v int64) int64 {
		if v < 0 {
			v += ln
			if v < 0 {
				if st < 0 {
					return -1
				}
				return 0
			}
		} else if v >= ln {
			if st < 0 {
				return ln - 1
			}
			return ln
		}
		return v
	}
	return int(adj(s0)), int(adj(s1)), int(st), true, true
}

// strItoa formats an int64 in decimal.
func strItoa(v int64) string { return strconv.FormatInt(v, 10) }
