package objects

import "strings"

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
		var r *Object
		if b.typ == ProxyType {
			r = proxyReflectedCompare(ts, a, b, op)
		} else {
			r = b.typ.RichCompare(ts, b, a, op.Swapped())
		}
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
		var r *Object
		if b.typ == ProxyType {
			r = proxyReflectedCompare(ts, a, b, op)
		} else {
			r = b.typ.RichCompare(ts, b, a, op.Swapped())
		}
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
		op.Symbol(), operandTypeName(ts, a), operandTypeName(ts, b))
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
	if a.typ == FloatType {
		if r := floatFastOp(ts, a, b, op); r != nil {
			return r
		}
	}
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
	if a.typ == FloatType {
		// float has no in-place slots: a += b is a + b.
		if r := floatFastOp(ts, a, b, op); r != nil {
			return r
		}
	}
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
		sym, operandTypeName(ts, a), operandTypeName(ts, b))
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
		operandTypeName(ts, a), operandTypeName(ts, b), operandTypeName(ts, c))
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
	if key.typ == IntType && (*Int)(unsafePointer(key)).big == nil {
		// list[i] and tuple[i] with an in-range index: what their slots do,
		// without the dispatch and the index protocol.
		var items []*Object
		switch o.typ {
		case ListType:
			items = (*List)(unsafePointer(o)).items
		case TupleType:
			items = (*Tuple)(unsafePointer(o)).items
		}
		i := (*Int)(unsafePointer(key)).v
		if i < 0 {
			i += int64(len(items))
		}
		if uint64(i) < uint64(len(items)) {
			return NewRef(items[i])
		}
	}
	if o.typ.GetItem == nil {
		if t := AsType(o); t != nil {
			if t == TypeType {
				// PyObject_GetItem's special case: type[int] (type has
				// no __class_getitem__, which its instances would find).
				return NewGenericAlias(ts, o, key)
			}
			// PyObject_GetItem: a class may define __class_getitem__.
			if meth := GetAttrString(ts, o, "__class_getitem__"); meth != nil {
				r := CallOneArg(ts, meth, key)
				Decref(ts, meth)
				return r
			} else if !ts.ErrMatches(AttributeError) {
				return nil
			}
			ts.ClearErr()
			return ts.Raisef(TypeError, "type '%s' is not subscriptable", t.Name)
		}
		return ts.Raisef(TypeError, "'%s' object is not subscriptable", TypeName(o))
	}
	return o.typ.GetItem(ts, o, key)
}

// SetItem is o[key] = value; 0 or -1.
func SetItem(ts *Thread, o, key, value *Object) int {
	if o.typ == ListType && value != nil && key.typ == IntType && (*Int)(unsafePointer(key)).big == nil {
		// list[i] = v with an in-range index, as listAssSubscript.
		items := (*List)(unsafePointer(o)).items
		i := (*Int)(unsafePointer(key)).v
		if i < 0 {
			i += int64(len(items))
		}
		if uint64(i) < uint64(len(items)) {
			old := items[i]
			items[i] = NewRef(value)
			Decref(ts, old)
			return 0
		}
	}
	if o.typ.SetItem == nil {
		ts.Raisef(TypeError, "'%s' object does not support item assignment", TypeName(o))
		return -1
	}
	return o.typ.SetItem(ts, o, key, value)
}

// DelItem is del o[key]; 0 or -1.
func DelItem(ts *Thread, o, key *Object) int {
	if o.typ.SetItem == nil {
		ts.Raisef(TypeError, "'%s' object doesn't support item deletion", TypeName(o))
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
	if it.typ.IterNext == nil {
		return ts.Raisef(TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	// Builtins consuming an iterator (sum, list, min, any, ...) poll
	// here for cancellation (poll.go).
	if ts.pollTick++; ts.pollTick&(PollEvery-1) == 0 && !ts.Poll() {
		return nil
	}
	r := it.typ.IterNext(ts, it)
	if r == nil && ts.ErrMatches(StopIteration) {
		ts.ClearErr()
	}
	return r
}

// GetAttr is getattr(o, name); name must be a str.
func GetAttr(ts *Thread, o, name *Object) *Object {
	if AsStr(name) == nil {
		return ts.Raisef(TypeError, "attribute name must be string, not '%s'", TypeName(name))
	}
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
	if AsStr(name) == nil {
		ts.Raisef(TypeError, "attribute name must be string, not '%s'", TypeName(name))
		return -1
	}
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
	if !callChecksDepth(callable, args, kwnames) {
		return callable.typ.Call(ts, callable, args, kwnames)
	}
	if !ts.EnterRecursive(" while calling a Python object") {
		return nil
	}
	r := callable.typ.Call(ts, callable, args, kwnames)
	ts.LeaveRecursive()
	return r
}

// callChecksDepth tells whether CPython 3.11 checks the recursion limit
// when it calls callable, as a deep recursion executes the call: callables
// without a vectorcall, which go through _PyObject_MakeTpCall (instances
// with __call__, classes), do; Python functions and bound methods do not
// (the frame they run counts), nor do the built-in types constructed by a
// vectorcall or a specialized instruction (list(x), str(x)). C functions
// and method descriptors check in their METH_O and METH_NOARGS forms (the
// specialized CALL_NO_KW_BUILTIN_O keeps the check; the FASTCALL forms
// skip it): a call with at most one argument besides self, except the
// built-ins that are FASTCALL or specialized (fastcallBuiltins).
func callChecksDepth(callable *Object, args []*Object, kwnames *Object) bool {
	t := callable.typ
	if t.Flags&FlagNoCallCheck != 0 {
		return false
	}
	nkw := 0
	if kwnames != nil {
		nkw = len(TupleItems(kwnames))
	}
	switch t {
	case BuiltinFuncType:
		f := (*BuiltinFunc)(unsafePointer(callable))
		if nkw != 0 || len(args) > 1 {
			return false
		}
		return !f.fastcall
	case MethodDescrType, ClassMethodDescrType:
		return nkw == 0 && len(args) <= 2
	}
	if ty := AsType(callable); ty != nil && ty.Flags&FlagVectorcallNew != 0 {
		return false
	}
	return true
}

// fastcallBuiltins are the built-in functions CPython 3.11 calls without
// the recursion check even with one argument: METH_FASTCALL ones, and len
// and isinstance, which have specialized instructions.
var fastcallBuiltins = map[string]bool{
	"iter": true, "next": true, "len": true, "isinstance": true, "format": true, "sum": true,
	"sorted": true, "print": true, "input": true, "open": true, "round": true, "exec": true,
	"eval": true, "compile": true, "getattr": true, "aiter": true, "anext": true, "breakpoint": true,
}

// CallMethodArgs calls o.name(*args) with vectorcall arguments.
func CallMethodArgs(ts *Thread, o *Object, name string, args []*Object, kwnames *Object) *Object {
	if o.typ == ProxyType {
		if r, ok := proxyCallSpecial(ts, o, name, args, kwnames); ok {
			return r
		}
	}
	m := GetAttrString(ts, o, name)
	if m == nil {
		return nil
	}
	r := Call(ts, m, args, kwnames)
	Decref(ts, m)
	return r
}

// CallMethod calls o.name(args...) with positional arguments.
func CallMethod(ts *Thread, o *Object, name string, args ...*Object) *Object {
	return CallMethodArgs(ts, o, name, args, nil)
}

// SetAttrString is SetAttr with a Go string name (value nil deletes).
func SetAttrString(ts *Thread, o *Object, name string, value *Object) int {
	n := NewStr(ts, name)
	if n == nil {
		return -1
	}
	r := SetAttr(ts, o, n, value)
	Decref(ts, n)
	return r
}

// HasAttr is hasattr(o, name): 1, 0, or -1 for an error other than
// AttributeError.
func HasAttr(ts *Thread, o, name *Object) int {
	r := GetAttr(ts, o, name)
	if r == nil {
		if ts.ErrMatches(AttributeError) {
			ts.ClearErr()
			return 0
		}
		return -1
	}
	Decref(ts, r)
	return 1
}

// IsCallable is callable(o).
func IsCallable(o *Object) bool { return o.typ.Call != nil }

// InplacePower is a **= b.
func InplacePower(ts *Thread, a, b *Object) *Object {
	if f := a.typ.InplacePow; f != nil {
		r := f(ts, a, b, None)
		if r != NotImplemented {
			return r
		}
	}
	r := Power(ts, a, b, None)
	if r == nil && ts.ErrMatches(TypeError) {
		e := ts.Err()
		if args := TupleItems(excOf(e).args); len(args) == 1 && AsStr(args[0]) != nil &&
			strings.HasPrefix(StrValue(args[0]), "unsupported operand type(s) for ** or pow(): ") {
			ts.ClearErr()
			return binaryOpError(ts, a, b, "**=")
		}
	}
	return r
}

// Next is the built-in next(it[, default]).
func Next(ts *Thread, it *Object, dflt ...*Object) *Object {
	if it.typ.IterNext == nil {
		return ts.Raisef(TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	r := it.typ.IterNext(ts, it)
	if r != nil {
		return r
	}
	if ts.Occurred() {
		if len(dflt) == 0 || !ts.ErrMatches(StopIteration) {
			return nil
		}
		ts.ClearErr()
	}
	if len(dflt) > 0 {
		return NewRef(dflt[0])
	}
	return ts.RaiseNone(StopIteration)
}

// Iterate calls f with each item of the iterable o (borrowed for the call).
// f returns false to stop early. Iterate returns false exactly when an
// exception is pending (from iterating or from f).
func Iterate(ts *Thread, o *Object, f func(item *Object) bool) bool {
	it := GetIter(ts, o)
	if it == nil {
		return false
	}
	for {
		x := IterNext(ts, it)
		if x == nil {
			Decref(ts, it)
			return !ts.Occurred()
		}
		more := f(x)
		Decref(ts, x)
		if !more {
			Decref(ts, it)
			return !ts.Occurred()
		}
	}
}

// UnpackIterable fills out with exactly len(out) items of o (new
// references), with CPython's messages for UNPACK_SEQUENCE ("cannot unpack
// non-iterable int object", "not enough values to unpack (expected 3, got
// 2)", "too many values to unpack (expected 2)").
func UnpackIterable(ts *Thread, o *Object, out []*Object) bool {
	if t := AsTuple(o); t != nil && o.typ == TupleType || AsList(o) != nil && o.typ == ListType {
		var items []*Object
		if t != nil {
			items = t.Items()
		} else {
			items = ListItems(o)
		}
		if len(items) == len(out) {
			for i, x := range items {
				out[i] = NewRef(x)
			}
			return true
		}
		if len(items) < len(out) {
			ts.Raisef(ValueError, "not enough values to unpack (expected %d, got %d)", len(out), len(items))
		} else {
			ts.Raisef(ValueError, "too many values to unpack (expected %d)", len(out))
		}
		return false
	}
	if o.typ.Iter == nil && o.typ.GetItem == nil {
		ts.Raisef(TypeError, "cannot unpack non-iterable %s object", TypeName(o))
		return false
	}
	it := GetIter(ts, o)
	if it == nil {
		return false
	}
	defer Decref(ts, it)
	release := func(n int) {
		for i := 0; i < n; i++ {
			Clear(ts, &out[i])
		}
	}
	for i := range out {
		x := IterNext(ts, it)
		if x == nil {
			release(i)
			if !ts.Occurred() {
				ts.Raisef(ValueError, "not enough values to unpack (expected %d, got %d)", len(out), i)
			}
			return false
		}
		out[i] = x
	}
	x := IterNext(ts, it)
	if x != nil {
		Decref(ts, x)
		release(len(out))
		ts.Raisef(ValueError, "too many values to unpack (expected %d)", len(out))
		return false
	}
	if ts.Occurred() {
		release(len(out))
		return false
	}
	return true
}

// LengthHint is operator.length_hint(o, dflt): len(o), else
// o.__length_hint__(), else dflt; -1 with an exception set on error.
func LengthHint(ts *Thread, o *Object, dflt int) int {
	if o.typ.Len != nil {
		n := o.typ.Len(ts, o)
		if n >= 0 {
			return n
		}
		if !ts.ErrMatches(TypeError) {
			return -1
		}
		ts.ClearErr()
	}
	meth := LookupTypeString(o.typ, "__length_hint__")
	if meth == nil {
		return dflt
	}
	Incref(meth)
	var r *Object
	if get := meth.typ.DescrGet; get != nil {
		bound := get(ts, meth, o, o.typ.TypeObject())
		if bound != nil {
			r = Call(ts, bound, nil, nil)
			Decref(ts, bound)
		}
	} else {
		r = Call(ts, meth, []*Object{o}, nil)
	}
	Decref(ts, meth)
	if r == nil {
		if ts.ErrMatches(TypeError) {
			ts.ClearErr()
			return dflt
		}
		return -1
	}
	defer Decref(ts, r)
	if r == NotImplemented {
		return dflt
	}
	if AsInt(r) == nil {
		ts.Raisef(TypeError, "__length_hint__ must be an integer, not %s", TypeName(r))
		return -1
	}
	n, ok := IndexValue(ts, r, OverflowError)
	if !ok {
		return -1
	}
	if n < 0 {
		ts.Raise(ValueError, "__length_hint__() should return >= 0")
		return -1
	}
	return n
}

// IntOf is int(o) (PyNumber_Long).
func IntOf(ts *Thread, o *Object) *Object {
	if o.typ == IntType {
		return NewRef(o)
	}
	return Call(ts, IntType.TypeObject(), []*Object{o}, nil)
}

// FloatOf is float(o) (PyNumber_Float).
func FloatOf(ts *Thread, o *Object) *Object {
	if o.typ == FloatType {
		return NewRef(o)
	}
	return Call(ts, FloatType.TypeObject(), []*Object{o}, nil)
}

// GetItemIndex is o[i] for a Go int index.
func GetItemIndex(ts *Thread, o *Object, i int) *Object {
	k := NewInt(ts, int64(i))
	if k == nil {
		return nil
	}
	r := GetItem(ts, o, k)
	Decref(ts, k)
	return r
}

// CallNoArgs is f().
func CallNoArgs(ts *Thread, f *Object) *Object { return Call(ts, f, nil, nil) }

// CallOneArg is f(x).
func CallOneArg(ts *Thread, f, x *Object) *Object {
	args := [1]*Object{x}
	return Call(ts, f, args[:], nil)
}

// Dir is dir(o): the sorted list of o.__dir__().
func Dir(ts *Thread, o *Object) *Object {
	meth := LookupTypeString(o.typ, "__dir__")
	if meth == nil {
		return ts.Raise(TypeError, "object does not provide __dir__")
	}
	Incref(meth)
	var r *Object
	if get := meth.typ.DescrGet; get != nil {
		if bound := get(ts, meth, o, o.typ.TypeObject()); bound != nil {
			r = Call(ts, bound, nil, nil)
			Decref(ts, bound)
		}
	} else {
		r = Call(ts, meth, []*Object{o}, nil)
	}
	Decref(ts, meth)
	if r == nil {
		return nil
	}
	l := SequenceList(ts, r)
	Decref(ts, r)
	if l == nil {
		return nil
	}
	if ListSort(ts, l, nil, false) < 0 {
		Decref(ts, l)
		return nil
	}
	return l
}

// Vars is vars(o): o.__dict__.
func Vars(ts *Thread, o *Object) *Object {
	r := GetAttrString(ts, o, "__dict__")
	if r == nil && ts.ErrMatches(AttributeError) {
		ts.ClearErr()
		return ts.Raise(TypeError, "vars() argument must have __dict__ attribute")
	}
	return r
}

// AsInt64 is o.__index__() as an int64 (PyLong_AsLongLong after
// PyNumber_Index): TypeError "'float' object cannot be interpreted as an
// integer" for a non-integer, OverflowError "Python int too large to
// convert to C long" when it does not fit.
func AsInt64(ts *Thread, o *Object) (int64, bool) {
	r := NumberIndex(ts, o)
	if r == nil {
		return -1, false
	}
	v, ok := IntValue64(r)
	Decref(ts, r)
	if !ok {
		ts.Raise(OverflowError, "Python int too large to convert to C long")
		return -1, false
	}
	return v, true
}
