package objects

// StrInternTable is one interpreter's table of interned strings
// (sys.intern and the identifiers of loaded code). It belongs in the Space
// (one per interpreter, used under the interpreter's lock):
//
//	type Space struct { ...; Interned StrInternTable }
//	func Intern(ts *Thread, s *Object) *Object { return ts.Space.Interned.Intern(ts, s) }
//
// The table holds one reference to each interned string, so an interned
// string lives until the table is cleared when its interpreter finalizes
// (CPython 3.12+ makes them immortal for the same reason: identifiers are
// compared by identity and must stay canonical). The static immortals (” and
// the one-character latin-1 strings) are canonical already and never enter
// the table.
type StrInternTable struct {
	m map[string]*Object
}

// Intern returns the canonical str equal to s (a new reference): s itself
// the first time (then recorded), the recorded object afterwards. s must be
// an exact str; instances of subclasses are returned unchanged, as CPython
// refuses to intern them.
func (t *StrInternTable) Intern(ts *Thread, s *Object) *Object {
	if s.typ != StrType {
		return NewRef(s)
	}
	p := AsStr(s)
	if p.n <= 1 && p.kind == 1 {
		if p.n == 0 {
			return NewRef(EmptyStr)
		}
		return &latin1Strs[p.At(0)].Object
	}
	if c, ok := t.m[p.s]; ok {
		return NewRef(c)
	}
	if t.m == nil {
		t.m = make(map[string]*Object)
	}
	t.m[p.s] = NewRef(s)
	return NewRef(s)
}

// InternString is Intern of a Go WTF-8 string.
func (t *StrInternTable) InternString(ts *Thread, s string) *Object {
	if c, ok := t.m[s]; ok {
		return NewRef(c)
	}
	o := NewStr(ts, s)
	if o == nil {
		return nil
	}
	r := t.Intern(ts, o)
	Decref(ts, o)
	return r
}

// IsInterned reports whether s is the canonical interned object for its text.
func (t *StrInternTable) IsInterned(s *Object) bool {
	p := AsStr(s)
	if p == nil {
		return false
	}
	if s.IsImmortal() && p.n <= 1 {
		return true
	}
	c, ok := t.m[p.s]
	return ok && c == s
}

// Len is the number of strings in the table.
func (t *StrInternTable) Len() int { return len(t.m) }

// Clear releases every interned string (interpreter finalization).
func (t *StrInternTable) Clear(ts *Thread) {
	m := t.m
	t.m = nil
	for _, o := range m {
		Decref(ts, o)
	}
}

// Lookup returns the interned str of text s (borrowed), or nil when s was
// never interned: a name arriving from another interpreter (a proxied
// attribute) reuses it without allocating.
func (t *StrInternTable) Lookup(s string) *Object { return t.m[s] }
