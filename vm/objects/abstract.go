package objects

// The abstract object protocol (CPython's Objects/abstract.c and object.c):
// generic operations that dispatch through type slots and raise CPython's
// TypeErrors when a slot is missing. Each borrows its arguments and returns
// a new reference, or nil with an exception set.

// TypeName is the name CPython uses for o's type in error messages.
func TypeName(o *Object) string { return o.typ.Name }

// Repr is repr(o).
func Repr(ts *Thread, o *Object) *Object {
	if o.typ.Repr == nil {
		return defaultRepr(ts, o)
	}
	if !ts.EnterRecursive(" while getting the repr of an object") {
		return nil
	}
	r := o.typ.Repr(ts, o)
	ts.LeaveRecursive()
	if r != nil && AsStr(r) == nil {
		ts.Raisef(TypeError, "__repr__ returned non-string (type %s)", TypeName(r))
		Decref(ts, r)
		return nil
	}
	return r
}

// StrOf is str(o) (PyObject_Str).
func StrOf(ts *Thread, o *Object) *Object {
	if o.typ == StrType {
		return NewRef(o)
	}
	if o.typ.Str == nil {
		return Repr(ts, o)
	}
	if !ts.EnterRecursive(" while getting the str of an object") {
		return nil
	}
	r := o.typ.Str(ts, o)
	ts.LeaveRecursive()
	if r != nil && AsStr(r) == nil {
		ts.Raisef(TypeError, "__str__ returned non-string (type %s)", TypeName(r))
		Decref(ts, r)
		return nil
	}
	return r
}

// defaultRepr is object.__repr__: <module.qualname object at 0x...>.
func defaultRepr(ts *Thread, o *Object) *Object {
	t := o.typ
	name := t.QualName
	if t.Module != "" && t.Module != "builtins" {
		name = t.Module + "." + name
	}
	return NewStr(ts, "<"+name+" object at "+formatAddr(o)+">")
}

// formatAddr is %p of an object as CPython prints it (0x...).
func formatAddr(o *Object) string {
	const hexdigits = "0123456789abcdef"
	v := uint64(o.ID())
	buf := make([]byte, 0, 18)
	for shift := 60; shift >= 0; shift -= 4 {
		d := (v >> uint(shift)) & 0xf
		if d == 0 && len(buf) == 0 {
			continue
		}
		buf = append(buf, hexdigits[d])
	}
	if len(buf) == 0 {
		buf = append(buf, '0')
	}
	return "0x" + string(buf)
}

// Hash is hash(o); -1 with an exception set on failure.
func Hash(ts *Thread, o *Object) int64 {
	if o.typ.Hash == nil {
		ts.Raisef(TypeError, "unhashable type: '%s'", TypeName(o))
		return -1
	}
	return o.typ.Hash(ts, o)
}

// IsTrue is bool(o) as 1, 0, or -1 on error.
func IsTrue(ts *Thread, o *Object) int {
	switch o {
	case True:
		return 1
	case False, None:
		return 0
	}
	if o.typ.Bool != nil {
		return o.typ.Bool(ts, o)
	}
	if o.typ.Len != nil {
		n := o.typ.Len(ts, o)
		if n < 0 {
			return -1
		}
		if n > 0 {
			return 1
		}
		return 0
	}
	return 1
}

// RichCompare is `a op b` with CPython's reflected-operand protocol.
func RichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	if !ts.EnterRecursive(" in comparison") {
		return nil
	}
	r := richCompare(ts, a, b, op)
	ts.LeaveRecursive()
	return r
}

func richCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	checkedReverse := false
	if a.typ != b.typ && b.typ.IsSubtype(a.typ) && b.typ.RichCompare != nil {
		checkedReverse = true
		r := b.typ.RichCompare(ts, b, a, op.Swapped())
		if r != NotImplemented {
			return r
		}
	}
	if a.typ.RichCompare != nil {
		r := a.typ.RichCompare(ts, a, b, op)
		if r != NotImplemented {
			return r
		}
	}
	if !checkedReverse && b.typ.RichCompare != nil {
		r := b.typ.RichCompare(ts, b, a, op.Swapped())
		if r != NotImplemented {
			return r
		}
	}
	switch op {
	case EQ:
		return Bool(a == b)
	case NE:
		return Bool(a != b)
	}
	return ts.Raisef(TypeError, "'%s' not supported between instances of '%s' and '%s'",
		op.Symbol(), TypeName(a), TypeName(b))
}

// RichCompareBool is RichCompare reduced to 1, 0 or -1, with the identity
// shortcut for == and != that containers use.
func RichCompareBool(ts *Thread, a, b *Object, op CompareOp) int {
	if a == b {
		switch op {
		case EQ:
			return 1
		case NE:
			return 0
		}
	}
	r := RichCompare(ts, a, b, op)
	if r == nil {
		return -1
	}
	t := IsTrue(ts, r)
	Decref(ts, r)
	return t
}

// Equal is RichCompareBool(a, b, EQ).
func Equal(ts *Thread, a, b *Object) int { return RichCompareBool(ts, a, b, EQ) }

// BinaryOp applies a binary number operator with CPython's protocol: the
// right operand's slot goes first when its type is a proper subclass of the
// left's; NotImplemented from both gives a TypeError.
func BinaryOp(ts *Thread, a, b *Object, op NumberOp) *Object {
	r := binaryOp1(ts, a, b, op)
	if r == NotImplemented {
		return binaryOpError(ts, a, b, NumberOpSymbols[op])
	}
	return r
}

func binaryOp1(ts *Thread, a, b *Object, op NumberOp) *Object {
	sa := a.typ.NumBinary[op]
	var sb BinaryFunc
	if b.typ != a.typ {
		sb = b.typ.NumBinary[op]
		if sb != nil && sa != nil && sameFunc(sa, sb) {
			sb = nil
		}
	}
	if sa != nil {
		if sb != nil && b.typ.IsSubtype(a.typ) {
			r := sb(ts, a, b)
			if r != NotImplemented {
				return r
			}
			sb = nil
		}
		r := sa(ts, a, b)
		if r != NotImplemented {
			return r
		}
	}
	if sb != nil {
		return sb(ts, a, b)
	}
	return NotImplemented
}

// InplaceOp applies an augmented assignment operator: the left operand's
// in-place slot first, then the binary protocol.
func InplaceOp(ts *Thread, a, b *Object, op NumberOp) *Object {
	if f := a.typ.NumInplace[op]; f != nil {
		r := f(ts, a, b)
		if r != NotImplemented {
			return r
		}
	}
	r := binaryOp1(ts, a, b, op)
	if r == NotImplemented {
		return binaryOpError(ts, a, b, NumberOpSymbols[op]+"=")
	}
	return r
}

func binaryOpError(ts *Thread, a, b *Object, sym string) *Object {
	return ts.Raisef(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
		sym, TypeName(a), TypeName(b))
}

// Power is pow(a, b, c) (c is None for the two-argument form).
func Power(ts *Thread, a, b, c *Object) *Object {
	sa := a.typ.Pow
	var sb TernaryFunc
	if b.typ != a.typ {
		sb = b.typ.Pow
	}
	if sa != nil {
		r := sa(ts, a, b, c)
		if r != NotImplemented {
			return r
		}
	}
	if sb != nil {
		r := sb(ts, a, b, c)
		if r != NotImplemented {
			return r
		}
	}
	if c == None {
		return binaryOpError(ts, a, b, "** or pow()")
	}
	return ts.Raisef(TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
		TypeName(a), TypeName(b), TypeName(c))
}

// unaryOp applies a unary slot or raises CPython's "bad operand type".
func unaryOp(ts *Thread, o *Object, f UnaryFunc, sym string) *Object {
	if f == nil {
		return ts.Raisef(TypeError, "bad operand type for %s: '%s'", sym, TypeName(o))
	}
	return f(ts, o)
}

// Negative, Positive, Absolute and Invert are -o, +o, abs(o) and ~o.
func Negative(ts *Thread, o *Object) *Object { return unaryOp(ts, o, o.typ.Neg, "unary -") }
func Positive(ts *Thread, o *Object) *Object { return unaryOp(ts, o, o.typ.Pos, "unary +") }
func Absolute(ts *Thread, o *Object) *Object { return unaryOp(ts, o, o.typ.Abs, "abs()") }
func Invert(ts *Thread, o *Object) *Object   { return unaryOp(ts, o, o.typ.Invert, "unary ~") }

// Len is len(o); -1 with an exception set on failure.
func Len(ts *Thread, o *Object) int {
	if o.typ.Len == nil {
		ts.Raisef(TypeError, "object of type '%s' has no len()", TypeName(o))
		return -1
	}
	return o.typ.Len(ts, o)
}

// GetItem is o[key].
func GetItem(ts *Thread, o, key *Object) *Object {
	if o.typ.GetItem == nil {
		if AsType(o) != nil {
			return ts.Raisef(TypeError, "type '%s' is not subscriptable", AsType(o).Name)
		}
		return ts.Raisef(TypeError, "'%s' object is not subscriptable", TypeName(o))
	}
	return o.typ.GetItem(ts, o, key)
}

// SetItem is o[key] = value; 0 or -1.
func SetItem(ts *Thread, o, key, value *Object) int {
	if o.typ.SetItem == nil {
		ts.Raisef(TypeError, "'%s' object does not support item assignment", TypeName(o))
		return -1
	}
	return o.typ.SetItem(ts, o, key, value)
}

// DelItem is del o[key]; 0 or -1.
func DelItem(ts *Thread, o, key *Object) int {
	if o.typ.SetItem == nil {
		ts.Raisef(TypeError, "'%s' object does not support item deletion", TypeName(o))
		return -1
	}
	return o.typ.SetItem(ts, o, key, nil)
}

// Contains is `item in container`: 1, 0 or -1.
func Contains(ts *Thread, container, item *Object) int {
	if container.typ.Contains != nil {
		return container.typ.Contains(ts, container, item)
	}
	it := GetIter(ts, container)
	if it == nil {
		if ts.ErrMatches(TypeError) {
			ts.ClearErr()
			ts.Raisef(TypeError, "argument of type '%s' is not iterable", TypeName(container))
		}
		return -1
	}
	defer Decref(ts, it)
	for {
		x := IterNext(ts, it)
		if x == nil {
			if ts.Occurred() {
				return -1
			}
			return 0
		}
		eq := Equal(ts, x, item)
		Decref(ts, x)
		if eq != 0 {
			return eq
		}
	}
}

// GetIter is iter(o).
func GetIter(ts *Thread, o *Object) *Object {
	if o.typ.Iter == nil {
		if o.typ.GetItem != nil {
			return newSeqIter(ts, o)
		}
		return ts.Raisef(TypeError, "'%s' object is not iterable", TypeName(o))
	}
	it := o.typ.Iter(ts, o)
	if it != nil && it.typ.IterNext == nil {
		ts.Raisef(TypeError, "iter() returned non-iterator of type '%s'", TypeName(it))
		Decref(ts, it)
		return nil
	}
	return it
}

// IterNext is next(it) without a default: nil with no exception set means
// the iterator is exhausted. A StopIteration raised by a Python-level
// __next__ is folded into exhaustion.
func IterNext(ts *Thread, it *Object) *Object {
	r := it.typ.IterNext(ts, it)
	if r == nil && ts.ErrMatches(StopIteration) {
		ts.ClearErr()
	}
	return r
}

// GetAttr is getattr(o, name) for a str name.
func GetAttr(ts *Thread, o, name *Object) *Object {
	if o.typ.GetAttr == nil {
		return ts.Raisef(AttributeError, "'%s' object has no attribute '%s'", TypeName(o), StrValue(name))
	}
	return o.typ.GetAttr(ts, o, name)
}

// GetAttrString is GetAttr with a Go string name.
func GetAttrString(ts *Thread, o *Object, name string) *Object {
	n := NewStr(ts, name)
	if n == nil {
		return nil
	}
	r := GetAttr(ts, o, n)
	Decref(ts, n)
	return r
}

// SetAttr is setattr(o, name, value), or delattr when value is nil.
func SetAttr(ts *Thread, o, name, value *Object) int {
	if o.typ.SetAttr == nil {
		verb := "assign to"
		if value == nil {
			verb = "delete"
		}
		ts.Raisef(TypeError, "'%s' object has no attributes (%s .%s)", TypeName(o), verb, StrValue(name))
		return -1
	}
	return o.typ.SetAttr(ts, o, name, value)
}

// Call calls a callable with positional args and keyword values named by
// kwnames (a tuple of str, or nil).
func Call(ts *Thread, callable *Object, args []*Object, kwnames *Object) *Object {
	if callable.typ.Call == nil {
		return ts.Raisef(TypeError, "'%s' object is not callable", TypeName(callable))
	}
	if !ts.EnterRecursive(" while calling a Python object") {
		return nil
	}
	r := callable.typ.Call(ts, callable, args, kwnames)
	ts.LeaveRecursive()
	return r
}
