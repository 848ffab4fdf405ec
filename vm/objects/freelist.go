package objects

// Free lists.
//
// Floats and ints outside the small-int cache are made and dropped by the
// million in numeric code (every arithmetic result is a new object), so, as
// CPython keeps a free list of float objects per interpreter, the dealloc of
// an exact float or int parks its block on a short per-interpreter stack
// instead of returning it to the heap, and the next NewFloat or NewInt takes
// it back: a few loads and stores instead of the allocator's pool
// bookkeeping and the zeroing of the block.
//
// A parked block is still a block in use for the heap (its type word and
// Pool are intact, its refcount is 0), so sys.getallocatedblocks counts it,
// as CPython's counts the objects on its free lists. ClearFreeLists returns
// them all to the heap; interpreter finalization calls it before checking
// that the heap is empty. Under the debug allocator there are no free lists
// (Thread.free is nil): every freed block is poisoned and quarantined, so a
// use after free is still caught.

const (
	// floatFreeMax is CPython's PyFloat_MAXFREELIST.
	floatFreeMax = 100
	// intFreeMax: CPython 3.11 keeps no int free list (its small ints and
	// digit arrays differ); minipy's ints are floats' size and as hot.
	intFreeMax = 100
)

// freeLists is one interpreter's free lists (in its Space; every thread of
// the interpreter points at it and uses it under the interpreter's lock).
type freeLists struct {
	nfloat, nint int
	floats       [floatFreeMax]*Float
	ints         [intFreeMax]*Int
	// The tables (index and entry slices) of dropped dicts of the
	// smallest size, emptied: an instance's __dict__ takes one on its
	// first attribute, so making and dropping instances costs no Go
	// allocation (CPython keeps such a free list of dict keys objects).
	// A slice grown as tables come (at most dictKeysFreeMax), not an
	// array in the Space: 3.8 KB that most short-lived interpreters never
	// fill made a sixth of what interpreters.create() allocated.
	keys []dictKeysMem
}

// dictKeysFreeMax is CPython's PyDict_MAXFREELIST.
const dictKeysFreeMax = 80

type dictKeysMem struct {
	indices []uint64
	entries []dictEntry
}

// ClearFreeLists returns every block parked on the interpreter's free lists
// to the heap (interpreter finalization; tests that count blocks).
func ClearFreeLists(ts *Thread) {
	fl := &ts.Space.free
	for ; fl.nfloat > 0; fl.nfloat-- {
		p := fl.floats[fl.nfloat-1]
		fl.floats[fl.nfloat-1] = nil
		freeObject(ts, floatClass, p)
	}
	for ; fl.nint > 0; fl.nint-- {
		p := fl.ints[fl.nint-1]
		fl.ints[fl.nint-1] = nil
		freeObject(ts, intClass, p)
	}
	// Dict tables are Go memory, not blocks: dropping them is enough.
	fl.keys = nil
}

func floatDealloc(ts *Thread, o *Object) {
	p := (*Float)(unsafePointer(o))
	if fl := ts.free; fl != nil && fl.nfloat < floatFreeMax && o.typ == FloatType {
		fl.floats[fl.nfloat] = p
		fl.nfloat++
		return
	}
	freeObject(ts, floatClass, p)
}
