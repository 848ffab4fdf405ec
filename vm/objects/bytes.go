package objects

import (
	"bytes"
	"math"

	"minipy/lang/literal"
	"minipy/runtime/alloc"
)

// Bytes is a bytes object: an immutable byte string. Its payload is a Go
// slice charged to the heap; it is never modified after creation. b” and
// the 256 one-byte strings are static immortals, as in CPython.
type Bytes struct {
	Object
	b    []byte
	hash int64 // -1 until computed
}

var bytesClass = alloc.NewClass[Bytes]("bytes")

// BytesType is the bytes type.
var BytesType = &Type{Name: "bytes", Flags: FlagBaseType | FlagBytesSubclass,
	Doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object"}

var (
	emptyBytes  Bytes
	oneByteObjs [256]Bytes

	// EmptyBytes is the static immortal b''.
	EmptyBytes = &emptyBytes.Object
)

func init() {
	initStatic(EmptyBytes, BytesType)
	emptyBytes.b = []byte{}
	emptyBytes.hash = 0
	for i := range oneByteObjs {
		p := &oneByteObjs[i]
		initStatic(&p.Object, BytesType)
		p.b = []byte{byte(i)}
		p.hash = HashBytes(p.b)
	}
	BytesType.Dealloc = func(ts *Thread, o *Object) {
		p := (*Bytes)(unsafePointer(o))
		ts.heap.Uncharge(cap(p.b))
		p.b = nil
		freeObject(ts, bytesClass, p)
	}
	BytesType.Repr = func(ts *Thread, o *Object) *Object {
		return newStrASCII(ts, literal.QuoteBytes(BytesValue(o)))
	}
	BytesType.Hash = func(ts *Thread, o *Object) int64 {
		p := (*Bytes)(unsafePointer(o))
		if p.hash == -1 {
			p.hash = HashBytes(p.b)
		}
		return p.hash
	}
	BytesType.RichCompare = bytesRichCompare
	BytesType.Len = func(ts *Thread, o *Object) int { return len(BytesValue(o)) }
	BytesType.GetItem = bytesSubscript
	BytesType.Contains = bytesContains
	BytesType.Iter = bytesIter
	BytesType.NumBinary[OpAdd] = bytesConcatSlot
	BytesType.NumBinary[OpMul] = bytesRepeatSlot
	BytesType.NumBinary[OpMod] = func(ts *Thread, a, b *Object) *Object {
		// Only bytes on the left formats (bytes_mod).
		if AsBytes(a) == nil {
			return NotImplemented
		}
		return bytesModSlot(ts, a, b)
	}
	BytesType.New = bytesNew
	BytesType.Methods = bytesMethodTable(bytesKindBytes)
	registerStatic(BytesType)
}

func emptyBytesObj() *Object { return EmptyBytes }

// NewBytes returns a bytes object holding a copy of b.
func NewBytes(ts *Thread, b []byte) *Object {
	switch len(b) {
	case 0:
		return EmptyBytes
	case 1:
		return &oneByteObjs[b[0]].Object
	}
	return newBytesOwned(ts, append([]byte(nil), b...))
}

// newBytesOwned makes a bytes object that takes ownership of b.
func newBytesOwned(ts *Thread, b []byte) *Object {
	switch len(b) {
	case 0:
		return EmptyBytes
	case 1:
		return &oneByteObjs[b[0]].Object
	}
	p := newObject(ts, bytesClass, BytesType)
	p.b = b
	p.hash = -1
	ts.heap.Charge(cap(b))
	return &p.Object
}

// AsBytes returns o as a *Bytes, or nil when o is not a bytes (or subclass).
func AsBytes(o *Object) *Bytes {
	if o.typ.Flags&FlagBytesSubclass != 0 {
		return (*Bytes)(unsafePointer(o))
	}
	return nil
}

// BytesValue returns the bytes of a bytes object (borrowed: do not modify);
// o must be a bytes.
func BytesValue(o *Object) []byte { return (*Bytes)(unsafePointer(o)).b }

// bytesBufferOf returns the bytes of any object that exports a buffer
// (bytes, bytearray, memoryview): the buffer protocol of this package.
func bytesBufferOf(o *Object) ([]byte, bool) {
	if b := AsBytes(o); b != nil {
		return b.b, true
	}
	if ba := AsByteArray(o); ba != nil {
		return ba.b, true
	}
	if mv := asMemoryView(o); mv != nil {
		if mv.released {
			return nil, false
		}
		return mv.data(), true
	}
	return nil, false
}

// BufferBytes returns the bytes of a bytes-like object (borrowed), or false.
func BufferBytes(o *Object) ([]byte, bool) { return bytesBufferOf(o) }

func bytesRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	ba, bb := AsBytes(a), AsBytes(b)
	if ba == nil || bb == nil {
		return NotImplemented
	}
	return bytesCompareResult(bytes.Compare(ba.b, bb.b), op)
}

func bytesCompareResult(c int, op CompareOp) *Object {
	switch op {
	case LT:
		return Bool(c < 0)
	case LE:
		return Bool(c <= 0)
	case EQ:
		return Bool(c == 0)
	case NE:
		return Bool(c != 0)
	case GT:
		return Bool(c > 0)
	}
	return Bool(c >= 0)
}

func bytesSubscript(ts *Thread, o, key *Object) *Object {
	b := BytesValue(o)
	return bytesSubscriptOf(ts, b, key, "index out of range", "byte", func(start, stop, step int) *Object {
		if step == 1 && start == 0 && stop >= len(b) && o.typ == BytesType {
			return NewRef(o)
		}
		return newBytesOwned(ts, bytesSliceCopy(b, start, stop, step))
	})
}

// bytesSubscriptOf is b[key] for bytes and bytearray: an index gives an int
// (indexMsg when out of range), a slice what slice makes of the adjusted
// indices; kind names the type in the TypeError for other keys.
func bytesSubscriptOf(ts *Thread, b []byte, key *Object, indexMsg, kind string, slice func(start, stop, step int) *Object) *Object {
	if strIsIndexable(key) {
		i, ok := strIndexArg(ts, key, IndexError)
		if !ok {
			proxyIndexFailed(ts, key, kind+" indices must be integers or slices, not %s")
			return nil
		}
		if i < 0 {
			i += int64(len(b))
		}
		if i < 0 || i >= int64(len(b)) {
			return ts.Raise(IndexError, indexMsg)
		}
		return NewInt(ts, int64(b[i]))
	}
	if start, stop, step, isSlice, ok := strSliceArgs(ts, key, len(b)); isSlice {
		if !ok {
			return nil
		}
		return slice(start, stop, step)
	}
	return ts.Raisef(TypeError, "%s indices must be integers or slices, not %s", kind, TypeName(key))
}

// bytesSliceCopy copies b[start:stop:step] for adjusted indices.
func bytesSliceCopy(b []byte, start, stop, step int) []byte {
	n := strSliceLen(start, stop, step)
	if n <= 0 {
		return nil
	}
	if step == 1 {
		return append([]byte(nil), b[start:start+n]...)
	}
	out := make([]byte, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		out[k] = b[i]
	}
	return out
}

// bytesContainsIn is `item in b` for any bytes-like b.
func bytesContainsIn(ts *Thread, b []byte, item *Object) int {
	if strIsIndexable(item) {
		c, ok := bytesByteValue(ts, item, "byte must be in range(0, 256)")
		if !ok {
			return -1
		}
		if bytes.IndexByte(b, c) >= 0 {
			return 1
		}
		return 0
	}
	sub, ok := bytesBufferOf(item)
	if !ok {
		ts.Raisef(TypeError, "a bytes-like object is required, not '%s'", TypeName(item))
		return -1
	}
	if bytes.Contains(b, sub) {
		return 1
	}
	return 0
}

func bytesContains(ts *Thread, o, item *Object) int {
	return bytesContainsIn(ts, BytesValue(o), item)
}

func bytesConcatSlot(ts *Thread, a, b *Object) *Object {
	ab, ok := bytesBufferOf(a)
	if !ok || AsBytes(a) == nil {
		return NotImplemented
	}
	bb, ok := bytesBufferOf(b)
	if !ok {
		if f := b.typ.NumBinary[OpAdd]; f != nil && seqGivesWay(b.typ) && !sameFunc(f, bytesConcatSlot) {
			r := f(ts, a, b)
			if r != NotImplemented {
				return r
			}
		}
		return ts.Raisef(TypeError, "can't concat %s to %s", operandTypeName(ts, b), TypeName(a))
	}
	if len(bb) == 0 && a.typ == BytesType {
		return NewRef(a)
	}
	out := make([]byte, 0, len(ab)+len(bb))
	out = append(append(out, ab...), bb...)
	return newBytesOwned(ts, out)
}

// bytesRepeatCount reads the count of seq*n for bytes and bytearray;
// seqIsA tells which operand is the sequence.
func bytesRepeatCount(ts *Thread, a, b *Object, seq *Object, self BinaryFunc) (int64, *Object, bool) {
	count := b
	if seq == b {
		count = a
	}
	if seq == a {
		if r := proxyOperandFirst(ts, a, b, OpMul); r != NotImplemented {
			return 0, r, false
		}
	}
	if !strIsIndexable(count) {
		if seq == a {
			if f := b.typ.NumBinary[OpMul]; f != nil && seqGivesWay(b.typ) && !sameFunc(f, self) {
				r := f(ts, a, b)
				if r != NotImplemented {
					return 0, r, false
				}
			}
		}
		ts.Raisef(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(count))
		return 0, nil, false
	}
	n, ok := strIndexArg(ts, count, OverflowError)
	if !ok {
		return 0, nil, false
	}
	return n, nil, true
}

func bytesRepeatSlot(ts *Thread, a, b *Object) *Object {
	seq := a
	if AsBytes(a) == nil {
		seq = b
		if AsBytes(b) == nil {
			return NotImplemented
		}
	}
	n, r, ok := bytesRepeatCount(ts, a, b, seq, bytesRepeatSlot)
	if !ok {
		return r
	}
	src := BytesValue(seq)
	if n <= 0 || len(src) == 0 {
		return EmptyBytes
	}
	if n == 1 && seq.typ == BytesType {
		return NewRef(seq)
	}
	if int64(len(src)) > math.MaxInt64/n {
		return ts.Raise(OverflowError, "repeated bytes are too long")
	}
	if int64(len(src)) > strMaxSize/n {
		return ts.RaiseNone(MemoryError)
	}
	if !ts.PayloadFits(int64(len(src)) * n) {
		return nil
	}
	out, ok := repeatPolled(ts, src, int(n))
	if !ok {
		return nil
	}
	return newBytesOwned(ts, out)
}

// bytesIterator iterates the ints of a bytes or bytearray (the bytearray
// may change size while iterated: the position is checked each step).
type bytesIterator struct {
	Object
	seq *Object // nil once exhausted
	pos int
}

var bytesIterClass = alloc.NewClass[bytesIterator]("bytes_iterator")

// BytesIterType and ByteArrayIterType are the iterator types.
var (
	BytesIterType     = &Type{Name: "bytes_iterator"}
	ByteArrayIterType = &Type{Name: "bytearray_iterator"}
)

func init() {
	for _, t := range []*Type{BytesIterType, ByteArrayIterType} {
		t.Dealloc = func(ts *Thread, o *Object) {
			it := (*bytesIterator)(unsafePointer(o))
			Clear(ts, &it.seq)
			freeObject(ts, bytesIterClass, it)
		}
		t.Iter = func(ts *Thread, o *Object) *Object { return NewRef(o) }
		t.IterNext = func(ts *Thread, o *Object) *Object {
			it := (*bytesIterator)(unsafePointer(o))
			if it.seq == nil {
				return nil
			}
			b, _ := bytesBufferOf(it.seq)
			if it.pos >= len(b) {
				Clear(ts, &it.seq)
				return nil
			}
			c := b[it.pos]
			it.pos++
			return NewInt(ts, int64(c))
		}
		registerStatic(t)
	}
}

func bytesIter(ts *Thread, o *Object) *Object {
	t := BytesIterType
	if AsByteArray(o) != nil {
		t = ByteArrayIterType
	}
	it := newObject(ts, bytesIterClass, t)
	it.seq = NewRef(o)
	it.pos = 0
	return &it.Object
}

// bytesFromObject is the shared part of bytes(x) and bytearray(x): the
// bytes for source x with optional encoding and errors. name is the type's
// name for messages.
func bytesFromObject(ts *Thread, name string, x, encoding, errors *Object) ([]byte, bool) {
	// Argument Clinic checks the types of encoding and errors first.
	for _, p := range [...]struct {
		v    *Object
		name string
	}{{encoding, "encoding"}, {errors, "errors"}} {
		if p.v != nil && AsStr(p.v) == nil {
			ts.Raisef(TypeError, "%s() argument '%s' must be str, not %s", name, p.name, strClinicTypeName(p.v))
			return nil, false
		}
	}
	if x == nil {
		if encoding != nil || errors != nil {
			ts.Raise(TypeError, "encoding or errors without sequence argument")
			return nil, false
		}
		return nil, true
	}
	if encoding != nil || errors != nil {
		if AsStr(x) == nil {
			if encoding != nil {
				ts.Raise(TypeError, "encoding without a string argument")
			} else {
				ts.Raise(TypeError, "errors without a string argument")
			}
			return nil, false
		}
		if encoding == nil {
			ts.Raise(TypeError, "string argument without an encoding")
			return nil, false
		}
		enc, errs := "", "strict"
		if AsStr(encoding) == nil {
			ts.Raisef(TypeError, "%s() argument 'encoding' must be str, not %s", name, strClinicTypeName(encoding))
			return nil, false
		}
		enc = StrValue(encoding)
		if errors != nil {
			if AsStr(errors) == nil {
				ts.Raisef(TypeError, "%s() argument 'errors' must be str, not %s", name, strClinicTypeName(errors))
				return nil, false
			}
			errs = StrValue(errors)
		}
		r := Encode(ts, x, enc, errs)
		if r == nil {
			return nil, false
		}
		b := append([]byte(nil), BytesValue(r)...)
		Decref(ts, r)
		return b, true
	}
	if AsStr(x) != nil {
		ts.Raise(TypeError, "string argument without an encoding")
		return nil, false
	}
	if b, ok := bytesBufferOf(x); ok {
		return append([]byte(nil), b...), true
	}
	if strIsIndexable(x) {
		n, ok := strIndexArg(ts, x, OverflowError)
		if !ok && proxyNonIndexName(ts, x) != "" {
			// A proxy of an object without __index__: an iterable.
			return bytesFromIterable(ts, x, "bytes must be in range(0, 256)")
		}
		if !ok {
			return nil, false
		}
		if n < 0 {
			ts.Raise(ValueError, "negative count")
			return nil, false
		}
		if n > strMaxSize {
			ts.RaiseNone(MemoryError)
			return nil, false
		}
		return make([]byte, n), true
	}
	if x.typ.Iter == nil && x.typ.GetItem == nil {
		ts.Raisef(TypeError, "cannot convert '%s' object to %s", TypeName(x), name)
		return nil, false
	}
	// _PyBytes_FromIterator sizes its buffer by the length hint first: a
	// size beyond the machine's budget is a MemoryError (bytes(range(10**12))).
	// (bytearray's grows as it goes.)
	if name == "bytes" {
		if n, ok := ctrLengthHintOf(ts, x, 64); !ok {
			return nil, false
		} else if int64(n) > strMaxSize {
			ts.RaiseNone(MemoryError)
			return nil, false
		}
	}
	return bytesFromIterable(ts, x, "bytes must be in range(0, 256)")
}

// bytesFromIterable collects the ints of an iterable as bytes.
func bytesFromIterable(ts *Thread, x *Object, rangeMsg string) ([]byte, bool) {
	it := GetIter(ts, x)
	if it == nil {
		return nil, false
	}
	defer Decref(ts, it)
	var out []byte
	for {
		v := IterNext(ts, it)
		if v == nil {
			if ts.Occurred() {
				return nil, false
			}
			return out, true
		}
		c, ok := bytesByteValue(ts, v, rangeMsg)
		Decref(ts, v)
		if !ok {
			return nil, false
		}
		out = append(out, c)
	}
}

// bytesByteValue converts an int-like object to a byte.
func bytesByteValue(ts *Thread, v *Object, rangeMsg string) (byte, bool) {
	if !strIsIndexable(v) {
		ts.Raisef(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
		return 0, false
	}
	r := strIndexObj(ts, v)
	if r == nil {
		return 0, false
	}
	c, fits, _ := strIntValue(r)
	Decref(ts, r)
	if !fits || c < 0 || c > 255 {
		ts.Raise(ValueError, rangeMsg)
		return 0, false
	}
	return byte(c), true
}

func bytesNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	var a [3]*Object
	if !strParseArgs(ts, argsKw, "bytes", "bytes", args, kwnames, []string{"source", "encoding", "errors"}, 0, 3, a[:]) {
		return nil
	}
	if a[0] != nil && a[1] == nil && a[2] == nil {
		if AsBytes(a[0]) != nil && a[0].typ == BytesType && t == BytesType {
			return NewRef(a[0])
		}
		if r := bytesCallDunderBytes(ts, a[0]); r != nil || ts.Occurred() {
			if r == nil || t == BytesType {
				return r
			}
			b := append([]byte(nil), BytesValue(r)...)
			Decref(ts, r)
			return bytesSubclassNew(ts, t, b)
		}
	}
	b, ok := bytesFromObject(ts, "bytes", a[0], a[1], a[2])
	if !ok {
		return nil
	}
	if t != BytesType {
		return bytesSubclassNew(ts, t, b)
	}
	return newBytesOwned(ts, b)
}

// bytesCallDunderBytes calls x.__bytes__() when x's type defines it, or
// returns nil without an error.
func bytesCallDunderBytes(ts *Thread, x *Object) *Object {
	if LookupTypeString(x.typ, "__bytes__") == nil {
		return nil
	}
	r := CallMethod(ts, x, "__bytes__")
	if r != nil && AsBytes(r) == nil {
		ts.Raisef(TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(r))
		Decref(ts, r)
		return nil
	}
	return r
}

// strFindMethodDef finds a method body by name in a type's static method
// tables along its MRO (for static types, before type dicts are complete).
func strFindMethodDef(t *Type, name string) MethodFn {
	mro := t.MRO
	if mro == nil {
		mro = []*Type{t}
	}
	for _, c := range mro {
		for i := range c.Methods {
			if c.Methods[i].Name == name && c.Methods[i].Flags == MethInstance {
				return c.Methods[i].Fn
			}
		}
	}
	return nil
}

func bytesSubclassNew(ts *Thread, t *Type, b []byte) *Object {
	p := newObject(ts, bytesClass, t)
	p.b = b
	p.hash = -1
	ts.heap.Charge(cap(b))
	return &p.Object
}
