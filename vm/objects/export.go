package objects

import "minipy/runtime/alloc"

// The object-layer API for packages above (vm, vm/builtins, vm/interp) that
// define their own object types: function, code, frame, generator, cell,
// module, traceback. They follow the same rules as the types in this
// package (see doc.go): allocate from the thread's heap, register static
// types at init, track containers for the cycle collector.

// NewObject allocates a block of class c from ts's heap and gives it
// refcount 1 and type t.
func NewObject[T any](ts *Thread, c *alloc.Class[T], t *Type) *T { return newObject(ts, c, t) }

// FreeObject returns an object's block to the heap; call it last in the
// type's Dealloc, after releasing every reference the object held.
func FreeObject[T any](ts *Thread, c *alloc.Class[T], p *T) { freeObject(ts, c, p) }

// RegisterStaticType records built-in types defined outside this package;
// call it from an init function. They are made ready with the others when
// the first Space is created.
func RegisterStaticType(types ...*Type) { registerStatic(types...) }

// InitStatic gives a static immortal object (a Go value made at init and
// shared by all interpreters) its header.
func InitStatic(o *Object, t *Type) { initStatic(o, t) }

// GCTrack starts tracking a fully initialised container object (its struct
// embeds GCObject first) in the cycle collector.
func GCTrack(ts *Thread, o *Object) {
	if o.IsImmortal() {
		// Tracked late (a frame object when its frame ends) after it was
		// immortalized: immortals stay off the collector's lists.
		return
	}
	gcTrack(ts, o)
}

// GCUntrack stops tracking a container object; call it first in Dealloc.
func GCUntrack(ts *Thread, o *Object) { gcUntrack(ts, o) }
