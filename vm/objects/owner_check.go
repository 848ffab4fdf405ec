//go:build ownercheck

package objects

import (
	"fmt"
	"unsafe"

	"minipy/runtime/alloc"
)

// ownerCheck is true in the check build (go test -tags ownercheck): every
// refcount change of a mortal object checks that the object belongs to the
// heap the caller works in, and a violation panics naming the object's
// type (runtime/alloc/owner.go). Incref has no thread: it checks against
// the heap the goroutine is attached to (alloc.Attach), when it is
// attached to one; Decref checks against the thread's own heap.
const ownerCheck = true

func checkIncref(o *Object) {
	h := alloc.HeapOf(unsafe.Pointer(o))
	if h == nil {
		return
	}
	if cur := alloc.Current(); cur != nil && cur != h {
		ownerViolation("incref", o, h, cur)
	}
}

func checkDecref(ts *Thread, o *Object) {
	h := alloc.HeapOf(unsafe.Pointer(o))
	if h == nil || ts == nil || ts.Space == nil {
		return
	}
	if cur := ts.Space.Heap; cur != h {
		ownerViolation("decref", o, h, cur)
	}
}

func ownerViolation(op string, o *Object, owner, cur *alloc.Heap) {
	name := "?"
	if o.typ != nil {
		name = o.typ.Name
	}
	panic(fmt.Sprintf("minipy: ownership violation: %s of a '%s' object (%p) of heap %d by code working in heap %d",
		op, name, o, owner.ID(), cur.ID()))
}
