package objects

import (
	"unsafe"

	"minipy/runtime/alloc"
)

// Object is the header every object starts with. Concrete types embed it as
// their first field.
type Object struct {
	hdr alloc.Header // refcount and the allocator's pool word
	typ *Type
}

// ImmortalRefcnt is the refcount of immortal objects, as CPython 3.14 reports
// it from sys.getrefcount. Any count whose int32 view is negative is immortal
// (so a mortal count that overflows 2^31 saturates into immortality, as in
// CPython).
const ImmortalRefcnt = 3 << 30

// Type returns the object's type (borrowed).
func (o *Object) Type() *Type { return o.typ }

// Refcnt returns the reference count as sys.getrefcount sees it (without the
// call's own reference).
func (o *Object) Refcnt() int64 { return int64(o.hdr.Refcnt) }

// IsImmortal reports whether the object is immortal.
func (o *Object) IsImmortal() bool { return int32(o.hdr.Refcnt) < 0 }

// Incref adds a reference. Immortals are left alone.
func Incref(o *Object) {
	if int32(o.hdr.Refcnt) >= 0 {
		if ownerCheck {
			checkIncref(o)
		}
		o.hdr.Refcnt++
	}
}

// XIncref is Incref that accepts nil.
func XIncref(o *Object) {
	if o != nil && int32(o.hdr.Refcnt) >= 0 {
		if ownerCheck {
			checkIncref(o)
		}
		o.hdr.Refcnt++
	}
}

// Decref drops a reference; the last one deallocates the object. It must stay
// within Go's inlining budget: the rare path is in dealloc.
func Decref(ts *Thread, o *Object) {
	if int32(o.hdr.Refcnt) >= 0 {
		if ownerCheck {
			checkDecref(ts, o)
		}
		o.hdr.Refcnt--
		if o.hdr.Refcnt == 0 {
			Dealloc(ts, o)
		}
	}
}

// Unref is Decref split for the eval loop: Go inlines nothing costing more
// than 20 into a function as big as eval, so Decref is a call there, and a
// call makes Go reload every live value from the stack afterwards. Unref
// drops the reference and reports whether it was the last one; only then
// must the caller call Dealloc:
//
//	if objects.Unref(ts, o) {
//		objects.Dealloc(ts, o)
//	}
func Unref(ts *Thread, o *Object) bool {
	if int32(o.hdr.Refcnt) >= 0 {
		if ownerCheck {
			checkDecref(ts, o)
		}
		o.hdr.Refcnt--
		return o.hdr.Refcnt == 0
	}
	return false
}

// XDecref is Decref that accepts nil.
func XDecref(ts *Thread, o *Object) {
	if o != nil {
		Decref(ts, o)
	}
}

// NewRef increfs o and returns it: `return NewRef(x)` reads as "a new reference".
func NewRef(o *Object) *Object {
	Incref(o)
	return o
}

// Clear drops the reference held in *slot and nils it (Py_CLEAR): the slot is
// emptied before the decref so that a destructor running during the decref
// never sees the dying object through it.
func Clear(ts *Thread, slot **Object) {
	if o := *slot; o != nil {
		*slot = nil
		Decref(ts, o)
	}
}

// SetImmortal makes o immortal by value. It is for static objects made at
// init and for the immortalization machinery; it does not register o anywhere.
func SetImmortal(o *Object) { o.hdr.Refcnt = ImmortalRefcnt }

// Dealloc frees o, whose last reference is gone (Decref, or Unref's true).
//
//go:noinline
func Dealloc(ts *Thread, o *Object) {
	// Exact floats and small-payload ints die by the million in numeric
	// code: they go straight onto the free list (floatDealloc's and
	// intDealloc's common case), skipping the weak-reference check (they
	// take no weak references) and the indirect call through the type.
	switch o.typ {
	case FloatType:
		if fl := ts.free; fl != nil && fl.nfloat < floatFreeMax {
			fl.floats[fl.nfloat] = (*Float)(unsafePointer(o))
			fl.nfloat++
			return
		}
	case IntType:
		if i := (*Int)(unsafePointer(o)); i.big == nil {
			if fl := ts.free; fl != nil && fl.nint < intFreeMax {
				fl.ints[fl.nint] = i
				fl.nint++
				return
			}
		}
	}
	if len(ts.Space.weakrefs) != 0 && o.typ.Flags&FlagHeapType == 0 {
		deallocClearWeakrefs(ts, o)
	}
	o.typ.Dealloc(ts, o)
}

// Ptr returns o's address, for the allocator's reports and for id().
func (o *Object) Ptr() unsafe.Pointer { return unsafe.Pointer(o) }

// ID is the value of id(o).
func (o *Object) ID() uintptr { return uintptr(unsafe.Pointer(o)) }

// initHeader sets a freshly allocated object's header: refcount 1 and type.
func initHeader(o *Object, t *Type) {
	o.hdr.Refcnt = 1
	o.typ = t
}

// initStatic sets the header of a static immortal object.
func initStatic(o *Object, t *Type) {
	o.hdr.Refcnt = ImmortalRefcnt
	o.typ = t
}

// sameFunc reports whether two slot funcs are the same function (so that an
// operator is not tried twice when both operands share an inherited slot).
func sameFunc(a, b BinaryFunc) bool {
	return *(*uintptr)(unsafe.Pointer(&a)) == *(*uintptr)(unsafe.Pointer(&b))
}
