package objects

// StrASCIIIterType is the type of iter(s) for an ASCII string: CPython
// 3.11 has a type of its own for them (str_ascii_iterator); minipy shares
// the implementation of StrIterType and only the name differs.
var StrASCIIIterType = &Type{Name: "str_ascii_iterator"}

// initStrASCIIIter copies StrIterType's slots (called from str.go's init,
// once those are set).
func initStrASCIIIter() {
	t := StrASCIIIterType
	t.Dealloc = StrIterType.Dealloc
	t.Iter = StrIterType.Iter
	t.IterNext = StrIterType.IterNext
	registerStatic(t)
}

// __length_hint__ of the str and bytes iterators (CPython has them;
// list(), bytes() and operator.length_hint use them to size a result).
func init() {
	beforeReady = append(beforeReady, func() {
		strHint := MethodDef{Name: "__length_hint__", Doc: "Private method returning an estimate of len(list(it)).",
			Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
				if !CheckNoArgs(ts, "__length_hint__", args, kwnames) {
					return nil
				}
				it := (*strIterator)(unsafePointer(self))
				if it.str == nil {
					return NewInt(ts, 0)
				}
				s := (*Str)(unsafePointer(it.str))
				if s.n == len(s.s) {
					return NewInt(ts, int64(len(s.s)-it.pos))
				}
				n := 0
				for _, c := range []byte(s.s[it.pos:]) {
					if c&0xC0 != 0x80 {
						n++
					}
				}
				return NewInt(ts, int64(n))
			}}
		StrIterType.Methods = append(StrIterType.Methods, strHint)
		StrASCIIIterType.Methods = append(StrASCIIIterType.Methods, strHint)
		BytesIterType.Methods = append(BytesIterType.Methods, MethodDef{Name: "__length_hint__",
			Doc: "Private method returning an estimate of len(list(it)).",
			Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
				if !CheckNoArgs(ts, "__length_hint__", args, kwnames) {
					return nil
				}
				it := (*bytesIterator)(unsafePointer(self))
				if it.seq == nil {
					return NewInt(ts, 0)
				}
				b, _ := bytesBufferOf(it.seq)
				return NewInt(ts, int64(max(len(b)-it.pos, 0)))
			}})
	})
}

// isSeqConcatType tells the built-in sequences whose + is concatenation
// (sq_concat in CPython), for the slot wrappers.
func isSeqConcatType(t *Type) bool {
	switch t {
	case StrType, BytesType, ByteArrayType, ListType, TupleType:
		return true
	}
	return false
}
