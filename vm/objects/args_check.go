package objects

// Argument checking for built-in functions and methods, with the messages
// CPython 3.11 gives. CPython's built-ins are parsed in a few styles, each
// with its own wording; a Go built-in picks the helper of the style its
// CPython counterpart uses (check with python3):
//
//	METH_NOARGS        CheckNoArgs   "int.bit_length() takes no arguments (1 given)"
//	METH_O             CheckOneArg   "list.append() takes exactly one argument (0 given)"
//	clinic positional  CheckArgs     "get expected at least 1 argument, got 0"
//	PyArg_ParseTuple   CheckArgsOld  "count() takes at least 1 argument (0 given)"
//	clinic keywords    ParseArgs     "split() takes at most 2 arguments (3 given)"
//
// Every helper takes the vectorcall arguments (positional values followed
// by keyword values named in kwnames) and returns false with a TypeError
// set when they do not fit.

// NumPositional is the number of positional arguments in a vectorcall.
func NumPositional(args []*Object, kwnames *Object) int {
	return len(args) - kwCount(kwnames)
}

// CheckNoKw refuses keyword arguments: "name() takes no keyword arguments".
// name is the function's name as CPython prints it ("len", "list.append").
func CheckNoKw(ts *Thread, name string, kwnames *Object) bool {
	if kwCount(kwnames) == 0 {
		return true
	}
	ts.Raisef(TypeError, "%s() takes no keyword arguments", name)
	return false
}

// CheckNoArgs is METH_NOARGS: no arguments at all.
func CheckNoArgs(ts *Thread, name string, args []*Object, kwnames *Object) bool {
	if !CheckNoKw(ts, name, kwnames) {
		return false
	}
	if len(args) != 0 {
		ts.Raisef(TypeError, "%s() takes no arguments (%d given)", name, len(args))
		return false
	}
	return true
}

// CheckOneArg is METH_O: exactly one positional argument.
func CheckOneArg(ts *Thread, name string, args []*Object, kwnames *Object) bool {
	if !CheckNoKw(ts, name, kwnames) {
		return false
	}
	if len(args) != 1 {
		ts.Raisef(TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		return false
	}
	return true
}

// CheckNoPositional refuses positional arguments ("sort() takes no
// positional arguments"), for keyword-only built-ins.
func CheckNoPositional(ts *Thread, name string, args []*Object, kwnames *Object) bool {
	if NumPositional(args, kwnames) == 0 {
		return true
	}
	ts.Raisef(TypeError, "%s() takes no positional arguments", name)
	return false
}

// CheckArgs is Argument Clinic's positional-only check
// (_PyArg_CheckPositional): between min and max positional arguments
// ("divmod expected 2 arguments, got 1", "get expected at least 1
// argument, got 0"). Keywords are refused with "name() takes no keyword
// arguments". max < 0 means no limit.
func CheckArgs(ts *Thread, name string, args []*Object, kwnames *Object, min, max int) bool {
	if !CheckNoKw(ts, name, kwnames) {
		return false
	}
	n := len(args)
	if n < min {
		how := "at least "
		if min == max {
			how = ""
		}
		ts.Raisef(TypeError, "%s expected %s%d argument%s, got %d", name, how, min, typeXPlural(min), n)
		return false
	}
	if max >= 0 && n > max {
		how := "at most "
		if min == max {
			how = ""
		}
		ts.Raisef(TypeError, "%s expected %s%d argument%s, got %d", name, how, max, typeXPlural(max), n)
		return false
	}
	return true
}

// CheckArgsOld is PyArg_ParseTuple's count check ("count() takes at least 1
// argument (0 given)", "takes at most 2 arguments (3 given)", "takes
// exactly 2 arguments (1 given)"). Keywords are refused. max < 0 means no
// limit. An empty name gives PyArg_ParseTuple's anonymous "function takes
// ..." wording.
func CheckArgsOld(ts *Thread, name string, args []*Object, kwnames *Object, min, max int) bool {
	if !CheckNoKw(ts, name, kwnames) {
		return false
	}
	n := len(args)
	if n >= min && (max < 0 || n <= max) {
		return true
	}
	how, m := "at least", min
	switch {
	case min == max:
		how = "exactly"
	case n > max:
		how, m = "at most", max
	}
	fname := name + "()"
	if name == "" {
		fname = "function"
	}
	ts.Raisef(TypeError, "%s takes %s %d argument%s (%d given)", fname, how, m, typeXPlural(m), n)
	return false
}

// ParseArgs is Argument Clinic's keyword parser (_PyArg_UnpackKeywords).
// names lists the parameters in order; a "/" entry ends the positional-only
// ones and a "*" entry starts the keyword-only ones (as in a Python
// signature). The first minPos parameters are required. out receives one
// pointer per parameter (markers excluded): each is set to the argument
// (borrowed) or left as it was when the argument is absent, so callers
// preset defaults.
func ParseArgs(ts *Thread, fname string, args []*Object, kwnames *Object, names []string, minPos int, out ...**Object) bool {
	var params [16]string
	ps := params[:0]
	posonly, maxpos := 0, -1
	for _, n := range names {
		switch n {
		case "/":
			posonly = len(ps)
		case "*":
			maxpos = len(ps)
		default:
			ps = append(ps, n)
		}
	}
	maxargs := len(ps)
	if maxpos < 0 {
		maxpos = maxargs
	}
	nkw := kwCount(kwnames)
	nargs := len(args) - nkw
	if nargs+nkw > maxargs {
		kw := ""
		if nargs == 0 {
			kw = "keyword "
		}
		ts.Raisef(TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, maxargs, kw, typeXPlural(maxargs), nargs+nkw)
		return false
	}
	if nargs > maxpos {
		if maxpos == 0 {
			ts.Raisef(TypeError, "%s() takes no positional arguments", fname)
		} else {
			how := "exactly"
			if minPos < maxpos {
				how = "at most"
			}
			ts.Raisef(TypeError, "%s() takes %s %d positional argument%s (%d given)", fname, how, maxpos, typeXPlural(maxpos), nargs)
		}
		return false
	}
	if minposonly := min(posonly, minPos); nargs < minposonly {
		how := "exactly"
		if minposonly < maxpos {
			how = "at least"
		}
		ts.Raisef(TypeError, "%s() takes %s %d positional argument%s (%d given)", fname, how, minposonly, typeXPlural(minposonly), nargs)
		return false
	}
	for i := 0; i < nargs; i++ {
		*out[i] = args[i]
	}
	var kwn []*Object
	if nkw > 0 {
		kwn = TupleItems(kwnames)
	}
	left := nkw
	for i := max(nargs, posonly); i < maxargs; i++ {
		var v *Object
		if left > 0 {
			v = argsXFindKeyword(kwn, args[nargs:], ps[i])
		} else if i >= minPos {
			break
		}
		if v != nil {
			*out[i] = v
			left--
		} else if i < minPos {
			ts.Raisef(TypeError, "%s() missing required argument '%s' (pos %d)", fname, ps[i], i+1)
			return false
		}
	}
	if left > 0 {
		for i := posonly; i < nargs; i++ {
			if argsXFindKeyword(kwn, args[nargs:], ps[i]) != nil {
				ts.Raisef(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, ps[i], i+1)
				return false
			}
		}
		for _, k := range kwn {
			known := false
			for _, p := range ps[posonly:] {
				if StrValue(k) == p {
					known = true
					break
				}
			}
			if !known {
				r := Repr(ts, k)
				if r == nil {
					return false
				}
				ts.Raisef(TypeError, "%s is an invalid keyword argument for %s()", StrValue(r), fname)
				Decref(ts, r)
				return false
			}
		}
	}
	return true
}

// argsXFindKeyword returns the value passed under name, or nil.
func argsXFindKeyword(kwnames, values []*Object, name string) *Object {
	for i, k := range kwnames {
		if StrValue(k) == name {
			return values[i]
		}
	}
	return nil
}
