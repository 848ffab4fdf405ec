package objects

import "unsafe"

// unsafePointer converts a header pointer for the checked casts of the As*
// helpers: every concrete struct embeds Object first, so the header's address
// is the struct's.
func unsafePointer(o *Object) unsafe.Pointer { return unsafe.Pointer(o) }
