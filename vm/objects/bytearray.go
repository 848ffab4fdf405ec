package objects

import (
	"bytes"

	"minipy/lang/literal"
	"minipy/runtime/alloc"
)

// ByteArray is a bytearray: a mutable byte string. The payload is a Go
// slice charged to the heap by its capacity (re-charged whenever it is
// reallocated). While memoryviews export it (exports > 0) it may be
// modified in place but not resized, as CPython's BufferError rule.
type ByteArray struct {
	Object
	b       []byte
	exports int
}

var byteArrayClass = alloc.NewClass[ByteArray]("bytearray")

// ByteArrayType is the bytearray type.
var ByteArrayType = &Type{Name: "bytearray", Flags: FlagBaseType,
	Doc: "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array"}

func init() {
	ByteArrayType.Dealloc = func(ts *Thread, o *Object) {
		p := (*ByteArray)(unsafePointer(o))
		ts.heap.Uncharge(cap(p.b))
		p.b = nil
		freeObject(ts, byteArrayClass, p)
	}
	ByteArrayType.Repr = func(ts *Thread, o *Object) *Object {
		return NewStr(ts, literal.QuoteByteArrayNamed(o.typ.Name, AsByteArray(o).b))
	}
	ByteArrayType.RichCompare = byteArrayRichCompare
	ByteArrayType.Len = func(ts *Thread, o *Object) int { return len(AsByteArray(o).b) }
	ByteArrayType.GetItem = byteArraySubscript
	ByteArrayType.SetItem = byteArraySetItem
	ByteArrayType.Contains = func(ts *Thread, o, item *Object) int {
		return bytesContainsIn(ts, AsByteArray(o).b, item)
	}
	ByteArrayType.Iter = bytesIter
	ByteArrayType.NumBinary[OpAdd] = byteArrayConcatSlot
	ByteArrayType.NumBinary[OpMul] = byteArrayRepeatSlot
	ByteArrayType.NumBinary[OpMod] = func(ts *Thread, a, b *Object) *Object {
		// Only a bytearray on the left formats (bytearray_mod).
		if AsByteArray(a) == nil {
			return NotImplemented
		}
		return bytesModSlot(ts, a, b)
	}
	ByteArrayType.NumInplace[OpAdd] = byteArrayInplaceConcat
	ByteArrayType.NumInplace[OpMul] = byteArrayInplaceRepeat
	ByteArrayType.New = byteArrayNew
	ByteArrayType.Methods = append(bytesMethodTable(bytesKindByteArray), byteArrayOwnMethods()...)
	registerStatic(ByteArrayType)
}

// AsByteArray returns o as a *ByteArray, or nil.
func AsByteArray(o *Object) *ByteArray {
	if o.typ == ByteArrayType || o.typ.IsSubtype(ByteArrayType) {
		return (*ByteArray)(unsafePointer(o))
	}
	return nil
}

// Bytes returns the current contents (borrowed: valid until the next
// mutation).
func (ba *ByteArray) Bytes() []byte { return ba.b }

// NewByteArray returns a new bytearray holding a copy of b.
func NewByteArray(ts *Thread, b []byte) *Object {
	return newByteArrayOwned(ts, append([]byte(nil), b...))
}

func newByteArrayOwned(ts *Thread, b []byte) *Object {
	p := newObject(ts, byteArrayClass, ByteArrayType)
	p.b = b
	p.exports = 0
	ts.heap.Charge(cap(b))
	return &p.Object
}

// setData replaces the payload, keeping the heap's charge exact.
func (ba *ByteArray) setData(ts *Thread, nb []byte) {
	ts.heap.Uncharge(cap(ba.b))
	ba.b = nb
	ts.heap.Charge(cap(nb))
}

// checkResize refuses a size change while the buffer is exported.
func (ba *ByteArray) checkResize(ts *Thread, newLen int) bool {
	if ba.exports > 0 && newLen != len(ba.b) {
		ts.Raise(strExcBufferError(), "Existing exports of data: object cannot be re-sized")
		return false
	}
	return true
}

// resizeTo replaces the contents with nb (already built), checking exports.
func (ba *ByteArray) replace(ts *Thread, nb []byte) bool {
	if !ba.checkResize(ts, len(nb)) {
		return false
	}
	if ba.exports > 0 {
		copy(ba.b, nb)
		return true
	}
	ba.setData(ts, nb)
	return true
}

func byteArrayRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	ab, ok1 := bytesBufferOf(a)
	bb, ok2 := bytesBufferOf(b)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	return bytesCompareResult(bytes.Compare(ab, bb), op)
}

func byteArraySubscript(ts *Thread, o, key *Object) *Object {
	b := AsByteArray(o).b
	return bytesSubscriptOf(ts, b, key, "bytearray index out of range", "bytearray", func(start, stop, step int) *Object {
		return newByteArrayOwned(ts, bytesSliceCopy(b, start, stop, step))
	})
}

func byteArraySetItem(ts *Thread, o, key, value *Object) int {
	ba := AsByteArray(o)
	if strIsIndexable(key) {
		i, ok := strIndexArg(ts, key, IndexError)
		if !ok {
			return -1
		}
		var c byte
		if value != nil {
			// CPython converts the value before checking the index.
			if c, ok = bytesByteValue(ts, value, "byte must be in range(0, 256)"); !ok {
				return -1
			}
		}
		if i < 0 {
			i += int64(len(ba.b))
		}
		if i < 0 || i >= int64(len(ba.b)) {
			ts.Raise(IndexError, "bytearray index out of range")
			return -1
		}
		if value == nil {
			if !ba.checkResize(ts, len(ba.b)-1) {
				return -1
			}
			nb := append(append([]byte(nil), ba.b[:i]...), ba.b[i+1:]...)
			ba.setData(ts, nb)
			return 0
		}
		ba.b[i] = c
		return 0
	}
	start, stop, step, isSlice, ok := strSliceArgs(ts, key, len(ba.b))
	if !isSlice {
		ts.Raisef(TypeError, "bytearray indices must be integers or slices, not %s", TypeName(key))
		return -1
	}
	if !ok {
		return -1
	}
	var src []byte
	if value != nil {
		if value == o {
			src = append([]byte(nil), ba.b...)
		} else if b, isBuf := bytesBufferOf(value); isBuf {
			src = append([]byte(nil), b...)
		} else if strIsIndexable(value) || AsStr(value) != nil || (value.typ.Iter == nil && value.typ.GetItem == nil) {
			ts.Raise(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			return -1
		} else {
			b, ok := bytesFromIterable(ts, value, "byte must be in range(0, 256)")
			if !ok {
				return -1
			}
			src = b
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		nb := make([]byte, 0, len(ba.b)-(stop-start)+len(src))
		nb = append(append(append(nb, ba.b[:start]...), src...), ba.b[stop:]...)
		if !ba.replace(ts, nb) {
			return -1
		}
		return 0
	}
	n := strSliceLen(start, stop, step)
	if value != nil && len(src) == 0 {
		// CPython deletes the items when an empty value is assigned to
		// an extended slice.
		value = nil
	}
	if value == nil {
		if n <= 0 {
			return 0
		}
		if !ba.checkResize(ts, len(ba.b)-n) {
			return -1
		}
		drop := make(map[int]bool, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			drop[i] = true
		}
		nb := make([]byte, 0, len(ba.b)-n)
		for i, c := range ba.b {
			if !drop[i] {
				nb = append(nb, c)
			}
		}
		ba.setData(ts, nb)
		return 0
	}
	if len(src) != n {
		ts.Raisef(ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		return -1
	}
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		ba.b[i] = src[k]
	}
	return 0
}

func byteArrayConcatSlot(ts *Thread, a, b *Object) *Object {
	if AsByteArray(a) == nil {
		return NotImplemented
	}
	ab := AsByteArray(a).b
	bb, ok := bytesBufferOf(b)
	if !ok {
		if f := b.typ.NumBinary[OpAdd]; f != nil && seqGivesWay(b.typ) && !sameFunc(f, byteArrayConcatSlot) && !sameFunc(f, bytesConcatSlot) {
			r := f(ts, a, b)
			if r != NotImplemented {
				return r
			}
		}
		return ts.Raisef(TypeError, "can't concat %s to %s", operandTypeName(ts, b), TypeName(a))
	}
	out := make([]byte, 0, len(ab)+len(bb))
	return newByteArrayOwned(ts, append(append(out, ab...), bb...))
}

func byteArrayInplaceConcat(ts *Thread, a, b *Object) *Object {
	ba := AsByteArray(a)
	bb, ok := bytesBufferOf(b)
	if !ok {
		return ts.Raisef(TypeError, "can't concat %s to %s", operandTypeName(ts, b), TypeName(a))
	}
	if len(bb) > 0 {
		if !ba.checkResize(ts, len(ba.b)+len(bb)) {
			return nil
		}
		old := cap(ba.b)
		ba.b = append(ba.b, bb...)
		ts.heap.Charge(cap(ba.b) - old)
	}
	return NewRef(a)
}

func byteArrayRepeatSlot(ts *Thread, a, b *Object) *Object {
	seq := a
	if AsByteArray(a) == nil {
		seq = b
		if AsByteArray(b) == nil {
			return NotImplemented
		}
	}
	n, r, ok := bytesRepeatCount(ts, a, b, seq, byteArrayRepeatSlot)
	if !ok {
		return r
	}
	src := AsByteArray(seq).b
	if n <= 0 {
		return newByteArrayOwned(ts, nil)
	}
	if int64(len(src)) > strMaxSize/n {
		return ts.RaiseNone(MemoryError)
	}
	if !ts.PayloadFits(int64(len(src)) * n) {
		return nil
	}
	return newByteArrayOwned(ts, bytes.Repeat(src, int(n)))
}

func byteArrayInplaceRepeat(ts *Thread, a, b *Object) *Object {
	ba := AsByteArray(a)
	if !strIsIndexable(b) {
		return ts.Raisef(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(b))
	}
	n, ok := strIndexArg(ts, b, OverflowError)
	if !ok {
		return nil
	}
	if n < 0 {
		n = 0
	}
	if len(ba.b) > 0 && int64(len(ba.b)) > strMaxSize/max(n, 1) {
		return ts.RaiseNone(MemoryError)
	}
	if !ts.PayloadFits(int64(len(ba.b)) * n) {
		return nil
	}
	if !ba.replace(ts, bytes.Repeat(ba.b, int(n))) {
		return nil
	}
	return NewRef(a)
}

func byteArrayNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	var a [3]*Object
	if !strParseArgs(ts, argsKw, "bytearray", "bytearray", args, kwnames, []string{"source", "encoding", "errors"}, 0, 3, a[:]) {
		return nil
	}
	b, ok := bytesFromObject(ts, "bytearray", a[0], a[1], a[2])
	if !ok {
		if a[0] != nil && ts.ErrMatches(ValueError) && a[1] == nil && !strIsIndexable(a[0]) {
			// CPython's bytearray says "byte", bytes says "bytes".
			ts.ClearErr()
			ts.Raise(ValueError, "byte must be in range(0, 256)")
		}
		return nil
	}
	p := newObject(ts, byteArrayClass, t)
	p.b = b
	p.exports = 0
	ts.heap.Charge(cap(b))
	return &p.Object
}

func byteArrayOwnMethods() []MethodDef {
	m := func(name string, fn MethodFn) MethodDef { return MethodDef{Name: name, Fn: fn} }
	return []MethodDef{
		m("append", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsOne, "bytearray", "append", args, kwnames, nil, 1, 1, nil) {
				return nil
			}
			c, ok := bytesByteValue(ts, args[0], "byte must be in range(0, 256)")
			if !ok {
				return nil
			}
			ba := AsByteArray(self)
			if !ba.checkResize(ts, len(ba.b)+1) {
				return nil
			}
			old := cap(ba.b)
			ba.b = append(ba.b, c)
			ts.heap.Charge(cap(ba.b) - old)
			return None
		}),
		m("extend", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsOne, "bytearray", "extend", args, kwnames, nil, 1, 1, nil) {
				return nil
			}
			x := args[0]
			var add []byte
			if b, ok := bytesBufferOf(x); ok {
				add = append([]byte(nil), b...)
			} else if x.typ.Iter == nil && x.typ.GetItem == nil {
				return ts.Raisef(TypeError, "can't extend bytearray with %s", TypeName(x))
			} else {
				b, ok := bytesFromIterable(ts, x, "byte must be in range(0, 256)")
				if !ok {
					return nil
				}
				add = b
			}
			ba := AsByteArray(self)
			if len(add) > 0 {
				if !ba.checkResize(ts, len(ba.b)+len(add)) {
					return nil
				}
				old := cap(ba.b)
				ba.b = append(ba.b, add...)
				ts.heap.Charge(cap(ba.b) - old)
			}
			return None
		}),
		m("insert", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			var a [2]*Object
			if !strParseArgs(ts, argsPos, "bytearray", "insert", args, kwnames, nil, 2, 2, a[:]) {
				return nil
			}
			i, ok := strSsizeArg(ts, a[0])
			if !ok {
				return nil
			}
			c, ok := bytesByteValue(ts, a[1], "byte must be in range(0, 256)")
			if !ok {
				return nil
			}
			ba := AsByteArray(self)
			n := int64(len(ba.b))
			if i < 0 {
				i += n
				if i < 0 {
					i = 0
				}
			}
			if i > n {
				i = n
			}
			if !ba.checkResize(ts, len(ba.b)+1) {
				return nil
			}
			nb := make([]byte, 0, len(ba.b)+1)
			nb = append(append(append(nb, ba.b[:i]...), c), ba.b[i:]...)
			ba.setData(ts, nb)
			return None
		}),
		m("pop", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			var a [1]*Object
			if !strParseArgs(ts, argsPos, "bytearray", "pop", args, kwnames, nil, 0, 1, a[:]) {
				return nil
			}
			ba := AsByteArray(self)
			i := int64(-1)
			if a[0] != nil {
				var ok bool
				if i, ok = strSsizeArg(ts, a[0]); !ok {
					return nil
				}
			}
			if len(ba.b) == 0 {
				return ts.Raise(IndexError, "pop from empty bytearray")
			}
			if i < 0 {
				i += int64(len(ba.b))
			}
			if i < 0 || i >= int64(len(ba.b)) {
				return ts.Raise(IndexError, "pop index out of range")
			}
			if !ba.checkResize(ts, len(ba.b)-1) {
				return nil
			}
			c := ba.b[i]
			ba.setData(ts, append(append([]byte(nil), ba.b[:i]...), ba.b[i+1:]...))
			return NewInt(ts, int64(c))
		}),
		m("remove", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsOne, "bytearray", "remove", args, kwnames, nil, 1, 1, nil) {
				return nil
			}
			c, ok := bytesByteValue(ts, args[0], "byte must be in range(0, 256)")
			if !ok {
				return nil
			}
			ba := AsByteArray(self)
			i := bytes.IndexByte(ba.b, c)
			if i < 0 {
				return ts.Raise(ValueError, "value not found in bytearray")
			}
			if !ba.checkResize(ts, len(ba.b)-1) {
				return nil
			}
			ba.setData(ts, append(append([]byte(nil), ba.b[:i]...), ba.b[i+1:]...))
			return None
		}),
		m("reverse", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, "bytearray", "reverse", args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			b := AsByteArray(self).b
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			return None
		}),
		m("clear", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, "bytearray", "clear", args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			ba := AsByteArray(self)
			if !ba.checkResize(ts, 0) {
				return nil
			}
			ba.setData(ts, nil)
			return None
		}),
		m("copy", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, "bytearray", "copy", args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			return NewByteArray(ts, AsByteArray(self).b)
		}),
	}
}
