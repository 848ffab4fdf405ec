package objects

import (
	"minipy/runtime/alloc"
)

// MemoryView is a memoryview of a bytes or bytearray: one dimension, item
// formats 'B', 'b' and 'c' (itemsize 1). A view covers the exporter's bytes
// from start with the given step for n items. While it is not released it
// counts as an export of a bytearray, which then cannot be resized.
type MemoryView struct {
	Object
	obj      *Object // the exporter (owned); nil once released
	start    int
	step     int
	n        int
	format   byte
	readonly bool
	released bool
}

var memoryViewClass = alloc.NewClass[MemoryView]("memoryview")

// MemoryViewType is the memoryview type.
var MemoryViewType = &Type{Name: "memoryview", Flags: FlagHaveGC}

func init() {
	t := MemoryViewType
	t.Dealloc = func(ts *Thread, o *Object) {
		mv := (*MemoryView)(unsafePointer(o))
		mv.release(ts)
		freeObject(ts, memoryViewClass, mv)
	}
	t.Traverse = func(o *Object, v Visitor) {
		if x := (*MemoryView)(unsafePointer(o)).obj; x != nil {
			v.Visit(x)
		}
	}
	t.Clear = func(ts *Thread, o *Object) { (*MemoryView)(unsafePointer(o)).release(ts) }
	t.Repr = func(ts *Thread, o *Object) *Object {
		mv := asMemoryView(o)
		if mv.released {
			return NewStr(ts, "<released memory at "+formatAddr(o)+">")
		}
		return NewStr(ts, "<memory at "+formatAddr(o)+">")
	}
	t.Len = func(ts *Thread, o *Object) int {
		mv := asMemoryView(o)
		if !mv.check(ts) {
			return -1
		}
		return mv.n
	}
	t.GetItem = memoryViewGetItem
	// memoryview has its own __iter__ in 3.11 (hasattr and the Iterable
	// ABC see it); the sequence iterator gives the items.
	t.Iter = func(ts *Thread, o *Object) *Object {
		if !asMemoryView(o).check(ts) {
			return nil
		}
		return newSeqIter(ts, o)
	}
	t.SetItem = memoryViewSetItem
	t.RichCompare = memoryViewRichCompare
	t.Hash = func(ts *Thread, o *Object) int64 {
		mv := asMemoryView(o)
		if !mv.check(ts) {
			return -1
		}
		if !mv.readonly {
			ts.Raise(ValueError, "cannot hash writable memoryview object")
			return -1
		}
		return HashBytes(mv.data())
	}
	t.New = func(ts *Thread, tp *Type, args []*Object, kwnames *Object) *Object {
		var a [1]*Object
		if !strParseArgs(ts, argsKw, "memoryview", "memoryview", args, kwnames, []string{"object"}, 1, 1, a[:]) {
			return nil
		}
		return NewMemoryView(ts, a[0])
	}
	t.Methods = memoryViewMethods()
	t.GetSets = memoryViewGetSets()
	registerStatic(t)
}

func asMemoryView(o *Object) *MemoryView {
	if o.typ == MemoryViewType {
		return (*MemoryView)(unsafePointer(o))
	}
	return nil
}

// NewMemoryView is memoryview(obj) for a bytes, bytearray or memoryview.
func NewMemoryView(ts *Thread, obj *Object) *Object {
	if src := asMemoryView(obj); src != nil {
		if !src.check(ts) {
			return nil
		}
		return newMemoryViewOf(ts, src.obj, src.start, src.step, src.n, src.format)
	}
	if AsBytes(obj) != nil {
		return newMemoryViewOf(ts, obj, 0, 1, len(BytesValue(obj)), 'B')
	}
	if ba := AsByteArray(obj); ba != nil {
		return newMemoryViewOf(ts, obj, 0, 1, len(ba.b), 'B')
	}
	return ts.Raisef(TypeError, "memoryview: a bytes-like object is required, not '%s'", TypeName(obj))
}

func newMemoryViewOf(ts *Thread, obj *Object, start, step, n int, format byte) *Object {
	mv := newObject(ts, memoryViewClass, MemoryViewType)
	mv.obj = NewRef(obj)
	mv.start, mv.step, mv.n, mv.format = start, step, n, format
	mv.readonly = AsBytes(obj) != nil
	mv.released = false
	if ba := AsByteArray(obj); ba != nil {
		ba.exports++
	}
	return &mv.Object
}

func (mv *MemoryView) release(ts *Thread) {
	if mv.released || mv.obj == nil {
		mv.released = true
		return
	}
	mv.released = true
	if ba := AsByteArray(mv.obj); ba != nil {
		ba.exports--
	}
	Clear(ts, &mv.obj)
}

func (mv *MemoryView) check(ts *Thread) bool {
	if mv.released {
		ts.Raise(ValueError, "operation forbidden on released memoryview object")
		return false
	}
	return true
}

// base is the exporter's whole buffer.
func (mv *MemoryView) base() []byte {
	b, _ := bytesBufferOf(mv.obj)
	return b
}

// data returns the viewed bytes: a sub-slice when contiguous, else a copy.
func (mv *MemoryView) data() []byte {
	b := mv.base()
	if mv.step == 1 {
		return b[mv.start : mv.start+mv.n]
	}
	out := make([]byte, mv.n)
	for k, i := 0, mv.start; k < mv.n; k, i = k+1, i+mv.step {
		out[k] = b[i]
	}
	return out
}

func (mv *MemoryView) item(ts *Thread, c byte) *Object {
	switch mv.format {
	case 'b':
		return NewInt(ts, int64(int8(c)))
	case 'c':
		return NewBytes(ts, []byte{c})
	}
	return NewInt(ts, int64(c))
}

func memoryViewGetItem(ts *Thread, o, key *Object) *Object {
	mv := asMemoryView(o)
	if !mv.check(ts) {
		return nil
	}
	if strIsIndexable(key) {
		i, ok := strIndexArg(ts, key, IndexError)
		if !ok {
			return nil
		}
		if i < 0 {
			i += int64(mv.n)
		}
		if i < 0 || i >= int64(mv.n) {
			return ts.Raise(IndexError, "index out of bounds on dimension 1")
		}
		return mv.item(ts, mv.base()[mv.start+int(i)*mv.step])
	}
	if start, stop, step, isSlice, ok := strSliceArgs(ts, key, mv.n); isSlice {
		if !ok {
			return nil
		}
		n := max(strSliceLen(start, stop, step), 0)
		return newMemoryViewOf(ts, mv.obj, mv.start+start*mv.step, mv.step*step, n, mv.format)
	}
	return ts.Raise(TypeError, "memoryview: invalid slice key")
}

func memoryViewSetItem(ts *Thread, o, key, value *Object) int {
	mv := asMemoryView(o)
	if !mv.check(ts) {
		return -1
	}
	if mv.readonly {
		ts.Raise(TypeError, "cannot modify read-only memory")
		return -1
	}
	if value == nil {
		ts.Raise(TypeError, "cannot delete memory")
		return -1
	}
	b := mv.base()
	if strIsIndexable(key) {
		i, ok := strIndexArg(ts, key, IndexError)
		if !ok {
			return -1
		}
		if i < 0 {
			i += int64(mv.n)
		}
		if i < 0 || i >= int64(mv.n) {
			ts.Raise(IndexError, "index out of bounds on dimension 1")
			return -1
		}
		var c byte
		switch mv.format {
		case 'c':
			vb, isBuf := bytesBufferOf(value)
			if !isBuf || len(vb) != 1 {
				ts.Raisef(ValueError, "memoryview: invalid value for format 'c'")
				return -1
			}
			c = vb[0]
		case 'b':
			v, ok := strIndexArg(ts, value, OverflowError)
			if !ok {
				return -1
			}
			if v < -128 || v > 127 {
				ts.Raise(ValueError, "memoryview: invalid value for format 'b'")
				return -1
			}
			c = byte(int8(v))
		default:
			if !strIsIndexable(value) {
				ts.Raisef(TypeError, "memoryview: invalid type for format 'B'")
				return -1
			}
			v, ok := strIndexArg(ts, value, OverflowError)
			if !ok {
				return -1
			}
			if v < 0 || v > 255 {
				ts.Raise(ValueError, "memoryview: invalid value for format 'B'")
				return -1
			}
			c = byte(v)
		}
		b[mv.start+int(i)*mv.step] = c
		return 0
	}
	start, stop, step, isSlice, ok := strSliceArgs(ts, key, mv.n)
	if !isSlice {
		ts.Raise(TypeError, "memoryview: invalid slice key")
		return -1
	}
	if !ok {
		return -1
	}
	src, isBuf := bytesBufferOf(value)
	if !isBuf {
		ts.Raisef(TypeError, "a bytes-like object is required, not '%s'", TypeName(value))
		return -1
	}
	n := max(strSliceLen(start, stop, step), 0)
	if len(src) != n {
		ts.Raise(ValueError, "memoryview assignment: lvalue and rvalue have different structures")
		return -1
	}
	src = append([]byte(nil), src...)
	for k, i := 0, mv.start+start*mv.step; k < n; k, i = k+1, i+step*mv.step {
		b[i] = src[k]
	}
	return 0
}

func memoryViewRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	if op != EQ && op != NE {
		return NotImplemented
	}
	mv := asMemoryView(a)
	if mv == nil {
		return NotImplemented
	}
	if a == b {
		return Bool(op == EQ)
	}
	if mv.released {
		return Bool(op == NE)
	}
	other, ok := bytesBufferOf(b)
	if !ok {
		if m2 := asMemoryView(b); m2 != nil && m2.released {
			return Bool(op == NE)
		}
		return NotImplemented
	}
	format2 := byte('B')
	if m2 := asMemoryView(b); m2 != nil {
		format2 = m2.format
	}
	eq := string(mv.data()) == string(other)
	if eq && mv.format != format2 {
		// Items are compared as values: 'b' and 'B' agree only below 128,
		// 'c' items (bytes) never equal ints.
		if mv.format == 'c' || format2 == 'c' {
			eq = len(other) == 0
		} else {
			for _, c := range other {
				if c >= 0x80 {
					eq = false
					break
				}
			}
		}
	}
	return Bool(eq == (op == EQ))
}

func memoryViewMethods() []MethodDef {
	m := func(name string, fn MethodFn) MethodDef { return MethodDef{Name: name, Fn: fn} }
	noargs := func(name string, f func(ts *Thread, mv *MemoryView, self *Object) *Object) MethodDef {
		return m(name, func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, "memoryview", name, args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			mv := asMemoryView(self)
			if name != "release" && name != "__enter__" && !mv.check(ts) {
				return nil
			}
			return f(ts, mv, self)
		})
	}
	return []MethodDef{
		m("tobytes", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			var a [1]*Object
			if !strParseArgs(ts, argsKw, "memoryview", "tobytes", args, kwnames, []string{"order"}, 0, 1, a[:]) {
				return nil
			}
			mv := asMemoryView(self)
			if !mv.check(ts) {
				return nil
			}
			return NewBytes(ts, mv.data())
		}),
		noargs("tolist", func(ts *Thread, mv *MemoryView, self *Object) *Object {
			d := mv.data()
			items := make([]*Object, len(d))
			for i, c := range d {
				items[i] = mv.item(ts, c)
			}
			return strNewListSteal(ts, items)
		}),
		m("hex", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			var a [2]*Object
			if !strParseArgs(ts, argsKw, "memoryview", "hex", args, kwnames, []string{"sep", "bytes_per_sep"}, 0, 2, a[:]) {
				return nil
			}
			mv := asMemoryView(self)
			if !mv.check(ts) {
				return nil
			}
			return bytesHex(ts, mv.data(), a[0], a[1])
		}),
		noargs("release", func(ts *Thread, mv *MemoryView, self *Object) *Object {
			mv.release(ts)
			return None
		}),
		noargs("toreadonly", func(ts *Thread, mv *MemoryView, self *Object) *Object {
			r := newMemoryViewOf(ts, mv.obj, mv.start, mv.step, mv.n, mv.format)
			asMemoryView(r).readonly = true
			return r
		}),
		noargs("__enter__", func(ts *Thread, mv *MemoryView, self *Object) *Object {
			if !mv.check(ts) {
				return nil
			}
			return NewRef(self)
		}),
		m("__exit__", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			asMemoryView(self).release(ts)
			return None
		}),
		m("cast", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			var a [2]*Object
			if !strParseArgs(ts, argsKw, "memoryview", "cast", args, kwnames, []string{"format", "shape"}, 1, 2, a[:]) {
				return nil
			}
			mv := asMemoryView(self)
			if !mv.check(ts) {
				return nil
			}
			f := AsStr(a[0])
			if f == nil {
				return ts.Raisef(TypeError, "cast() argument 'format' must be str, not %s", strClinicTypeName(a[0]))
			}
			if f.s != "B" && f.s != "b" && f.s != "c" {
				return ts.Raise(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
			}
			if mv.step != 1 {
				return ts.Raise(TypeError, "memoryview: casts are restricted to C-contiguous views")
			}
			r := newMemoryViewOf(ts, mv.obj, mv.start, 1, mv.n, f.s[0])
			asMemoryView(r).readonly = mv.readonly
			return r
		}),
	}
}

func memoryViewGetSets() []GetSetDef {
	g := func(name string, f func(ts *Thread, mv *MemoryView) *Object) GetSetDef {
		return GetSetDef{Name: name, Get: func(ts *Thread, o *Object) *Object {
			mv := asMemoryView(o)
			if !mv.check(ts) {
				return nil
			}
			return f(ts, mv)
		}}
	}
	return []GetSetDef{
		g("obj", func(ts *Thread, mv *MemoryView) *Object { return NewRef(mv.obj) }),
		g("nbytes", func(ts *Thread, mv *MemoryView) *Object { return NewInt(ts, int64(mv.n)) }),
		g("readonly", func(ts *Thread, mv *MemoryView) *Object { return Bool(mv.readonly) }),
		g("itemsize", func(ts *Thread, mv *MemoryView) *Object { return NewInt(ts, 1) }),
		g("format", func(ts *Thread, mv *MemoryView) *Object { return NewStr(ts, string(mv.format)) }),
		g("ndim", func(ts *Thread, mv *MemoryView) *Object { return NewInt(ts, 1) }),
		g("shape", func(ts *Thread, mv *MemoryView) *Object {
			return NewTupleSteal(ts, NewInt(ts, int64(mv.n)))
		}),
		g("strides", func(ts *Thread, mv *MemoryView) *Object {
			return NewTupleSteal(ts, NewInt(ts, int64(mv.step)))
		}),
		g("suboffsets", func(ts *Thread, mv *MemoryView) *Object { return NewRef(EmptyTuple) }),
		g("c_contiguous", func(ts *Thread, mv *MemoryView) *Object { return Bool(mv.step == 1 || mv.n <= 1) }),
		g("f_contiguous", func(ts *Thread, mv *MemoryView) *Object { return Bool(mv.step == 1 || mv.n <= 1) }),
		g("contiguous", func(ts *Thread, mv *MemoryView) *Object { return Bool(mv.step == 1 || mv.n <= 1) }),
	}
}
