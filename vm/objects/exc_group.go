package objects

import "strconv"

// BaseExceptionGroup and ExceptionGroup (PEP 654), as CPython 3.11's
// Objects/exceptions.c.

func excInitGroups() {
	t := BaseExceptionGroup
	excSetLayout(t, excGrpClass, func(p *excGroup) excFields { return excFields{&p.msg, &p.excs} })
	layoutNew := t.New
	t.New = func(ts *Thread, cls *Type, args []*Object, kwnames *Object) *Object {
		npos := NumPositional(args, kwnames)
		if !CheckArgsOld(ts, "BaseExceptionGroup.__new__", args[:npos], nil, 2, 2) {
			return nil
		}
		msg, seq := args[0], args[1]
		if AsStr(msg) == nil {
			return ts.Raisef(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeName(msg))
		}
		if seq.typ.GetItem == nil || AsDict(seq) != nil {
			return ts.Raise(TypeError, "second argument (exceptions) must be a sequence")
		}
		excs := SequenceTuple(ts, seq)
		if excs == nil {
			return nil
		}
		items := TupleItems(excs)
		if len(items) == 0 {
			Decref(ts, excs)
			return ts.Raise(ValueError, "second argument (exceptions) must be a non-empty sequence")
		}
		nestedBase := false
		for i, x := range items {
			if AsBaseExc(x) == nil {
				Decref(ts, excs)
				return ts.Raisef(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
			}
			if !x.typ.IsSubtype(Exception) {
				nestedBase = true
			}
		}
		switch {
		case cls == BaseExceptionGroup:
			if !nestedBase {
				cls = ExceptionGroup
			}
		case cls == ExceptionGroup:
			if nestedBase {
				Decref(ts, excs)
				return ts.Raise(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
			}
		default:
			if nestedBase && cls.IsSubtype(Exception) {
				Decref(ts, excs)
				return ts.Raisef(TypeError, "Cannot nest BaseExceptions in '%s'", cls.Name)
			}
		}
		o := layoutNew(ts, cls, args, kwnames)
		if o == nil {
			Decref(ts, excs)
			return nil
		}
		g := (*excGroup)(unsafePointer(o))
		g.msg = NewRef(msg)
		g.excs = excs
		return o
	}
	t.Init = func(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
		if !CheckNoKw(ts, o.typ.Name, kwnames) {
			return -1
		}
		return excSetArgs(ts, o, args)
	}
	t.Str = func(ts *Thread, o *Object) *Object {
		g := (*excGroup)(unsafePointer(o))
		if g.msg == nil || g.excs == nil {
			return excBaseStr(ts, o) // cleared by the collector
		}
		n := len(TupleItems(g.excs))
		s := "s"
		if n == 1 {
			s = ""
		}
		return NewStr(ts, StrValue(g.msg)+" ("+strconv.Itoa(n)+" sub-exception"+s+")")
	}
	t.Members = []MemberDef{
		{Name: "message", Doc: "exception message", Get: func(o *Object) *Object { return (*excGroup)(unsafePointer(o)).msg }},
		{Name: "exceptions", Doc: "nested exceptions", Get: func(o *Object) *Object { return (*excGroup)(unsafePointer(o)).excs }},
	}
	t.Methods = []MethodDef{
		{Name: "derive", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckOneArg(ts, "BaseExceptionGroup.derive", args, kwnames) {
				return nil
			}
			g := (*excGroup)(unsafePointer(self))
			if g.msg == nil {
				return ts.Raise(ValueError, "exception group was cleared")
			}
			return Call(ts, BaseExceptionGroup.TypeObject(), []*Object{g.msg, args[0]}, nil)
		}},
		{Name: "split", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			return excGroupSplitMethod(ts, self, args, kwnames, true)
		}},
		{Name: "subgroup", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			return excGroupSplitMethod(ts, self, args, kwnames, false)
		}},
	}
}

// excMatcher is a split/subgroup condition: an exception type, a tuple of
// them, or a predicate.
type excMatcher struct {
	value     *Object
	predicate bool
	ids       map[*Object]bool // PREP_RERAISE_STAR: match these instances
}

func excGroupMatcher(ts *Thread, v *Object) (excMatcher, bool) {
	if v.typ.Call != nil && AsType(v) == nil {
		return excMatcher{value: v, predicate: true}, true
	}
	if IsExceptionType(v) {
		return excMatcher{value: v}, true
	}
	if t := AsTuple(v); t != nil {
		ok := true
		for _, x := range t.Items() {
			if !IsExceptionType(x) {
				ok = false
				break
			}
		}
		if ok {
			return excMatcher{value: v}, true
		}
	}
	ts.Raise(TypeError, "expected a function, exception type or tuple of exception types")
	return excMatcher{}, false
}

func (m excMatcher) match(ts *Thread, exc *Object) int {
	if m.ids != nil {
		if m.ids[exc] {
			return 1
		}
		return 0
	}
	if m.predicate {
		r := Call(ts, m.value, []*Object{exc}, nil)
		if r == nil {
			return -1
		}
		t := IsTrue(ts, r)
		Decref(ts, r)
		return t
	}
	if t := AsTuple(m.value); t != nil {
		for _, x := range t.Items() {
			if exc.typ.IsSubtype(AsType(x)) {
				return 1
			}
		}
		return 0
	}
	if exc.typ.IsSubtype(AsType(m.value)) {
		return 1
	}
	return 0
}

func excGroupSplitMethod(ts *Thread, self *Object, args []*Object, kwnames *Object, rest bool) *Object {
	name := "BaseExceptionGroup.subgroup"
	if rest {
		name = "BaseExceptionGroup.split"
	}
	if !CheckOneArg(ts, name, args, kwnames) {
		return nil
	}
	m, ok := excGroupMatcher(ts, args[0])
	if !ok {
		return nil
	}
	match, restv, ok := excGroupSplit(ts, self, m, rest)
	if !ok {
		return nil
	}
	if !rest {
		return excOrNone(match)
	}
	return NewTupleSteal(ts, excOrNone(match), excOrNone(restv))
}

// excOrNone turns a nil result into None (stealing r otherwise).
func excOrNone(r *Object) *Object {
	if r == nil {
		return None
	}
	return r
}

// excGroupSplit is CPython's exceptiongroup_split_recursive: new references
// (nil for none) to the matching part and, with rest, the rest.
func excGroupSplit(ts *Thread, exc *Object, m excMatcher, rest bool) (match, restv *Object, ok bool) {
	is := m.match(ts, exc)
	if is < 0 {
		return nil, nil, false
	}
	if is == 1 {
		return NewRef(exc), nil, true
	}
	if !exc.typ.IsSubtype(BaseExceptionGroup) {
		if rest {
			return nil, NewRef(exc), true
		}
		return nil, nil, true
	}
	g := (*excGroup)(unsafePointer(exc))
	if g.excs == nil {
		return nil, nil, true
	}
	var matches, rests []*Object
	release := func() {
		for _, x := range matches {
			Decref(ts, x)
		}
		for _, x := range rests {
			Decref(ts, x)
		}
	}
	for _, e := range TupleItems(g.excs) {
		mm, rr, ok := excGroupSplit(ts, e, m, rest)
		if !ok {
			release()
			return nil, nil, false
		}
		if mm != nil {
			matches = append(matches, mm)
		}
		if rr != nil {
			rests = append(rests, rr)
		}
	}
	match, ok = excGroupSubset(ts, exc, matches)
	if ok && rest {
		restv, ok = excGroupSubset(ts, exc, rests)
	}
	release()
	if !ok {
		XDecref(ts, match)
		return nil, nil, false
	}
	return match, restv, true
}

// excGroupSubset derives a group holding excs from orig, copying its
// traceback, context, cause and notes (nil when excs is empty).
func excGroupSubset(ts *Thread, orig *Object, excs []*Object) (*Object, bool) {
	if len(excs) == 0 {
		return nil, true
	}
	lst := NewList(ts, excs...)
	if lst == nil {
		return nil, false
	}
	derive := GetAttrString(ts, orig, "derive")
	if derive == nil {
		Decref(ts, lst)
		return nil, false
	}
	eg := Call(ts, derive, []*Object{lst}, nil)
	Decref(ts, derive)
	Decref(ts, lst)
	if eg == nil {
		return nil, false
	}
	if !eg.typ.IsSubtype(BaseExceptionGroup) {
		Decref(ts, eg)
		ts.Raise(TypeError, "derive must return an instance of BaseExceptionGroup")
		return nil, false
	}
	o := excOf(orig)
	ExcSetTraceback(ts, eg, o.traceback)
	ExcSetContext(ts, eg, o.context)
	// PyException_SetCause: __suppress_context__ becomes True even when
	// the cause is None.
	ExcSetCause(ts, eg, o.cause)
	notes := GetAttrString(ts, orig, "__notes__")
	if notes == nil {
		if !ts.ErrMatches(AttributeError) {
			Decref(ts, eg)
			return nil, false
		}
		ts.ClearErr()
	} else if notes.typ.GetItem == nil || AsDict(notes) != nil {
		Decref(ts, notes) // not a sequence: ignored, as CPython does
	} else {
		// A copy, so that the parts have lists of their own.
		cp := SequenceList(ts, notes)
		Decref(ts, notes)
		if cp == nil {
			Decref(ts, eg)
			return nil, false
		}
		n := NewStr(ts, "__notes__")
		r := SetAttr(ts, eg, n, cp)
		Decref(ts, n)
		Decref(ts, cp)
		if r < 0 {
			Decref(ts, eg)
			return nil, false
		}
	}
	return eg, true
}
