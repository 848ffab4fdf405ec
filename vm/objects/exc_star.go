package objects

// except* support for the eval loop (CPython 3.11's CHECK_EG_MATCH and
// PREP_RERAISE_STAR: exception_group_match in ceval.c and
// _PyExc_PrepReraiseStar in Objects/exceptions.c).

// excStarTypeValid is check_except_star_type_valid: the handler's type
// must be an exception class (or a tuple of them) and no exception group.
func excStarTypeValid(ts *Thread, t *Object) bool {
	items := []*Object{t}
	if AsTuple(t) != nil {
		items = TupleItems(t)
	}
	for _, x := range items {
		if !IsExceptionType(x) {
			ts.Raise(TypeError, "catching classes that do not inherit from BaseException is not allowed")
			return false
		}
	}
	for _, x := range items {
		if AsType(x).IsSubtype(BaseExceptionGroup) {
			ts.Raise(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
			return false
		}
	}
	return true
}

// ExcGroupMatch is CHECK_EG_MATCH's work: the part of exc (borrowed)
// that matches the except* type t (borrowed) and the rest, as new
// references, None for none. A naked exception that matches is wrapped in
// ExceptionGroup("", (exc,)). ok false means an exception is set.
func ExcGroupMatch(ts *Thread, exc, t *Object) (match, rest *Object, ok bool) {
	if !excStarTypeValid(ts, t) {
		return nil, nil, false
	}
	if exc == None {
		return NewRef(None), NewRef(None), true
	}
	m := excMatcher{value: t}
	if m.match(ts, exc) == 1 {
		if exc.typ.IsSubtype(BaseExceptionGroup) {
			return NewRef(exc), NewRef(None), true
		}
		excs := NewTuple(ts, exc)
		if excs == nil {
			return nil, nil, false
		}
		w := newExcGroup(ts, excs)
		Decref(ts, excs)
		if w == nil {
			return nil, nil, false
		}
		return w, NewRef(None), true
	}
	if exc.typ.IsSubtype(BaseExceptionGroup) {
		mm, rr, ok := excGroupSplit(ts, exc, m, true)
		if !ok {
			return nil, nil, false
		}
		return excOrNone(mm), excOrNone(rr), true
	}
	return NewRef(None), NewRef(None), true
}

// newExcGroup is _PyExc_CreateExceptionGroup("", excs): BaseExceptionGroup
// called with an empty message (it picks ExceptionGroup when it can).
func newExcGroup(ts *Thread, excs *Object) *Object {
	msg := NewStr(ts, "")
	if msg == nil {
		return nil
	}
	r := Call(ts, BaseExceptionGroup.TypeObject(), []*Object{msg, excs}, nil)
	Decref(ts, msg)
	return r
}

// excSameMetadata is is_same_exception_metadata: a re-raised group keeps
// the traceback, cause and context of the original. CPython 3.11 also
// compares a notes field that add_note never sets (__notes__ lives in the
// instance dict), so notes do not count: a group re-raised after add_note
// in the handler is still a re-raise, and its note is lost.
func excSameMetadata(a, b *Object) bool {
	ea, eb := excOf(a), excOf(b)
	return ea.traceback == eb.traceback && ea.cause == eb.cause && ea.context == eb.context
}

// excLeafIDs adds the leaf exceptions of exc (a group or not) to ids.
func excLeafIDs(exc *Object, ids map[*Object]bool) {
	if exc == None {
		return
	}
	if !exc.typ.IsSubtype(BaseExceptionGroup) {
		ids[exc] = true
		return
	}
	g := (*excGroup)(unsafePointer(exc))
	if g.excs == nil {
		return
	}
	for _, e := range TupleItems(g.excs) {
		excLeafIDs(e, ids)
	}
}

// PrepReraiseStar is PREP_RERAISE_STAR's work (_PyExc_PrepReraiseStar):
// given the exception orig that entered the try/except* and the list excs
// of what each handler raised or re-raised (None for nothing), it returns
// what leaves the statement (a new reference: None when nothing).
// Re-raised parts are projected back onto orig's structure; new ones are
// grouped with them in ExceptionGroup("", [...]).
func PrepReraiseStar(ts *Thread, orig, excs *Object) *Object {
	items := ListItems(excs)
	if len(items) == 0 {
		return NewRef(None)
	}
	if !orig.typ.IsSubtype(BaseExceptionGroup) {
		// A naked exception was wrapped: only one handler ran.
		return NewRef(items[0])
	}
	var raised, reraised []*Object
	for _, e := range items {
		if e == None {
			continue
		}
		if excSameMetadata(e, orig) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	// exception_group_projection: the part of orig whose leaves are in
	// the re-raised groups.
	var owned *Object
	if len(reraised) > 0 {
		ids := map[*Object]bool{}
		for _, e := range reraised {
			excLeafIDs(e, ids)
		}
		mm, _, ok := excGroupSplit(ts, orig, excMatcher{ids: ids}, false)
		if !ok {
			return nil
		}
		owned = mm
	}
	if len(raised) == 0 {
		if owned != nil {
			return owned
		}
		return NewRef(None)
	}
	if owned != nil {
		raised = append(raised, owned)
	}
	var r *Object
	if len(raised) == 1 {
		r = NewRef(raised[0])
	} else if lst := NewList(ts, raised...); lst != nil {
		r = newExcGroup(ts, lst)
		Decref(ts, lst)
	}
	XDecref(ts, owned)
	return r
}

// ExcGroupExceptions is the tuple items of an exception group's
// exceptions (borrowed; nil once the collector cleared it).
func ExcGroupExceptions(e *Object) []*Object {
	g := (*excGroup)(unsafePointer(e))
	if g.excs == nil {
		return nil
	}
	return TupleItems(g.excs)
}
