package builtins

import (
	"unsafe"

	"minipy/vm/objects"
)

// ptr reaches a concrete struct from its handle after the caller checked
// the type (every struct here embeds the header first).
func ptr(o *objects.Object) unsafe.Pointer { return unsafe.Pointer(o) }
