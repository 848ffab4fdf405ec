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
