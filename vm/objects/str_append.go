package objects

import (
	"math"
	"unsafe"
)

// In-place str concatenation.
//
// `s += t` in a loop would copy s every time, quadratic in the final length.
// CPython makes it linear (BINARY_OP_INPLACE_ADD_UNICODE, and
// unicode_concatenate before it): when the left operand's only references
// are the value stack's and the local variable the result is about to be
// stored back to, nothing else can observe the object, so it is resized in
// place. Go strings are immutable, but a str's text may live in a []byte
// with spare capacity viewed as a string (Str.capa): bytes past len(s) are
// seen by no string header, so writing them and lengthening s changes no
// value anyone holds. Other objects that share the buffer (a str subclass
// instance made from s, a Go string kept by a table) see only their own
// prefix, which never changes. Only the object whose capa is non-zero
// writes past its length, and it is the only one with that buffer's capa:
// capa is set only by strAppend, on a buffer it has just allocated.

// charged is the number of payload bytes charged to the heap for p.
func (p *Str) charged() int {
	return max(len(p.s), int(p.capa))
}

// StrInplaceConcat is `a += b` for two exact strs, where slot is the local
// variable holding a that the result will be stored to (the caller checked
// *slot == a). When a is referenced only by the caller's value stack and
// *slot, is not hashed (nor, therefore, interned or a dict key) and is not
// static, the slot's reference is dropped (*slot becomes nil) and a is
// extended in place; it returns a new reference to a. Otherwise it is
// StrConcat. Either way the caller then releases its own references to a
// and b and stores the result into the slot, as for any binary operation.
func StrInplaceConcat(ts *Thread, a, b *Object, slot **Object) *Object {
	sa, sb := (*Str)(unsafePointer(a)), (*Str)(unsafePointer(b))
	if a.hdr.Refcnt != 2 || sa.hash != -1 || sb.n == 0 || a.typ != StrType || *slot != a {
		return StrConcat(ts, a, b)
	}
	*slot = nil
	a.hdr.Refcnt-- // the slot's reference: the stack's keeps a alive
	sa.strAppend(ts, sb.s, sb.n, sb.kind)
	Incref(a)
	return a
}

// strAppend extends p, which nothing else can observe, with t (n code
// points of kind). The buffer grows geometrically, so a run of appends
// costs time linear in the final length.
func (p *Str) strAppend(ts *Thread, t string, n int, kind uint8) {
	old := len(p.s)
	total := old + len(t)
	if total <= int(p.capa) {
		buf := unsafe.Slice(unsafe.StringData(p.s), p.capa)
		copy(buf[old:], t)
		p.s = unsafe.String(&buf[0], total)
	} else {
		before := p.charged()
		// append picks the growth (and rounds it to Go's size classes); the
		// old text is copied, never written: its capacity is cut to its length.
		buf := append(unsafe.Slice(unsafe.StringData(p.s), old)[:old:old], t...)
		p.s = unsafe.String(&buf[0], total)
		p.capa = 0
		if cap(buf) <= math.MaxUint32 {
			p.capa = uint32(cap(buf))
		}
		ts.heap.Charge(p.charged() - before)
	}
	p.n += n
	p.kind = max(p.kind, kind)
	p.idx = nil // checkpoints cover the old length only; rebuilt on need
}
