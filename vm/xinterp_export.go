package vm

import "minipy/lang/compiler"

// Helpers for concurrent.interpreters (vm/interp/xinterp*.go), which
// moves code between interpreters: a compiled code object is immutable
// and holds no object, so the receiver loads it into its own heap with
// LoadCode.

// CompiledCode returns the compiled code of a code object, or nil when o
// is not a code object.
func CompiledCode(o *Object) *compiler.Code {
	if co := asCode(o); co != nil {
		return co.C
	}
	return nil
}
