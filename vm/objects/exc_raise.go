package objects

// RaiseValue sets exception t with value v (borrowed) as CPython's
// PyErr_SetObject does once normalized: an instance of t is raised as it
// is, None means t(), a tuple is spread as the arguments, anything else
// is the one argument (so sys.exit(None) has args () and sys.exit((1, 2))
// has args (1, 2)). It returns nil.
func (ts *Thread) RaiseValue(t *Type, v *Object) *Object {
	switch {
	case v == nil || v == None:
		return ts.RaiseNone(t)
	case AsBaseExc(v) != nil && v.Type().IsSubtype(t):
		ts.SetErrSteal(NewRef(v))
		return nil
	case AsTuple(v) != nil:
		exc := NewExceptionArgs(ts, t, v)
		if exc != nil {
			ts.SetErrSteal(exc)
		}
		return nil
	}
	return ts.RaiseArg(t, v)
}
