package vm

import "minipy/vm/objects"

// The VM's types whose instances can be weakly referenced, as in CPython
// (they have a tp_weaklistoffset there).
func init() {
	for _, t := range []*objects.Type{FunctionType, CodeType, GeneratorType, CoroutineType, AsyncGeneratorType} {
		objects.MarkWeakrefable(t)
	}
}

// ExecFrozen runs Python source embedded in a native module (src) in
// module m, as a frozen module: path names it in tracebacks.
func (th *Thread) ExecFrozen(m *Object, src, path string) bool {
	if mo := asModule(m); mo != nil {
		mo.origin = originFrozen
	}
	return th.execSource(m, []byte(src), path)
}
