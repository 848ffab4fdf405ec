package vm

import (
	"unsafe"

	"minipy/vm/objects"
)

// ptr is the address of an object, for the checked casts to vm's own
// object structs (each embeds objects.Object or objects.GCObject first).
func ptr(o *Object) unsafe.Pointer { return unsafe.Pointer(o) }

// goError turns the pending Python exception into a Go error (for the API
// boundary) and clears it.
func (th *Thread) goError() error {
	exc := th.TS.FetchErr()
	if exc == nil {
		return &PyError{Text: "unknown error"}
	}
	defer objects.Decref(th.TS, exc)
	return &PyError{Text: th.formatExceptionOnly(exc)}
}

// PyError is a Python exception at the Go API boundary.
type PyError struct{ Text string }

func (e *PyError) Error() string { return e.Text }

// funcAddr is the code address of a func value (to compare slot funcs).
func funcAddr[F any](f F) uintptr { return *(*uintptr)(unsafe.Pointer(&f)) }

// insAt is instruction i of code (a Code's ins), without a bounds check:
// the eval loop's pc and the slots it peeks at stay within the code, whose
// jumps the compiler resolved and whose last instruction never falls
// through.
func insAt(code unsafe.Pointer, i int) uint32 {
	return *(*uint32)(unsafe.Add(code, uintptr(i)*4))
}
