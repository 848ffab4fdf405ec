package objects

import (
	"unsafe"

	"minipy/runtime/alloc"
)

// The item arrays of lists. An array of up to listBlockMax slots is a heap
// block (one class per power of two from 4), so small lists cost no Go
// allocation; a longer one is a Go slice charged to the heap. The list
// records which (List.block) and, separately, CPython's allocated count
// (List.allocated), which decides growth and __sizeof__: a block may be
// larger than allocated, and growing within it moves nothing.

const listBlockMax = 64

// listItemsType is the type of item-array blocks, so that leak reports and
// the debug allocator can name them; they are never seen as objects.
var listItemsType = &Type{Name: "list items"}

type (
	listItems4 struct {
		Object
		a [4]*Object
	}
	listItems8 struct {
		Object
		a [8]*Object
	}
	listItems16 struct {
		Object
		a [16]*Object
	}
	listItems32 struct {
		Object
		a [32]*Object
	}
	listItems64 struct {
		Object
		a [64]*Object
	}
)

var (
	listItems4Class  = alloc.NewClass[listItems4]("list items")
	listItems8Class  = alloc.NewClass[listItems8]("list items")
	listItems16Class = alloc.NewClass[listItems16]("list items")
	listItems32Class = alloc.NewClass[listItems32]("list items")
	listItems64Class = alloc.NewClass[listItems64]("list items")
)

// listNewBacking returns an empty item slice with room for at least n
// items, and whether it is a block.
func listNewBacking(ts *Thread, n int) ([]*Object, bool) {
	switch {
	case n <= 0:
		return nil, false
	case n <= 4:
		return newObject(ts, listItems4Class, listItemsType).a[:0], true
	case n <= 8:
		return newObject(ts, listItems8Class, listItemsType).a[:0], true
	case n <= 16:
		return newObject(ts, listItems16Class, listItemsType).a[:0], true
	case n <= 32:
		return newObject(ts, listItems32Class, listItemsType).a[:0], true
	case n <= listBlockMax:
		return newObject(ts, listItems64Class, listItemsType).a[:0], true
	}
	ts.heap.Charge(n * ptrSize)
	return make([]*Object, 0, n), false
}

// listFreeBacking releases an item array whose items were moved or
// released already.
func listFreeBacking(ts *Thread, items []*Object, block bool) {
	c := cap(items)
	if c == 0 {
		return
	}
	if !block {
		ts.heap.Uncharge(c * ptrSize)
		return
	}
	hdr := unsafe.Add(unsafe.Pointer(unsafe.SliceData(items[:1])), -int(unsafe.Offsetof(listItems4{}.a)))
	switch c {
	case 4:
		freeObject(ts, listItems4Class, (*listItems4)(hdr))
	case 8:
		freeObject(ts, listItems8Class, (*listItems8)(hdr))
	case 16:
		freeObject(ts, listItems16Class, (*listItems16)(hdr))
	case 32:
		freeObject(ts, listItems32Class, (*listItems32)(hdr))
	case 64:
		freeObject(ts, listItems64Class, (*listItems64)(hdr))
	default:
		panic("minipy: list item block of unknown size")
	}
}

// newListN makes an untracked list of type t with n nil items (the caller
// fills them, then calls gcTrack); allocated is n, as PyList_New(n).
func newListN(ts *Thread, t *Type, n int) *List {
	l := newObject(ts, listClass, t)
	if n > 0 {
		items, block := listNewBacking(ts, n)
		l.items, l.block, l.allocated = items[:n], block, n
	}
	return l
}

func init() {
	registerStatic(listItemsType)
}
