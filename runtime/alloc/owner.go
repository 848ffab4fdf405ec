package alloc

import "sync/atomic"

// Ownership. Every block belongs to one heap, and a heap to one
// interpreter: a goroutine may touch a block (even its refcount) only while
// it works for the owning interpreter. The check build (go build -tags
// ownercheck; owner_check.go) makes that checkable: a process-wide index
// finds the heap of any block from its address (HeapOf), and a goroutine
// records the heap it works in (Take/Drop as it takes and drops an
// interpreter lock, Attach/Restore around vm/interp's API calls), so that
// the object layer's Incref/Decref can fail loudly on a block of another
// interpreter's heap. In the normal build (owner_nocheck.go) OwnerCheck is
// false, the index is not kept and Attach, Take and Drop do nothing: the
// checks compile away.

var heapIDs atomic.Int64

// ID is the heap's number, unique in the process (1, 2, ...), for messages.
func (h *Heap) ID() int64 { return h.id }

// Release gives every arena of an empty heap back (the spare arena each
// class keeps included), so that the heap holds no memory; it is what
// closing an interpreter does after finalization. The heap's structure
// goes whole to the shell cache (shellcache.go) for the next NewHeap, or,
// when that is full, its arenas' memory to the arena cache
// (arenacache.go) or to Go. It panics if a
// block is still in use or held (a leak, which Close reports first).
func (h *Heap) Release() {
	if n := h.AllocatedBlocks(); n != 0 || h.deferred > 0 {
		panic("alloc: Release of a heap with blocks in use")
	}
	for h.quarantine.n > 0 {
		b := h.quarantine.buf[h.quarantine.head]
		h.quarantine.buf[h.quarantine.head] = blockRef{}
		h.quarantine.head = (h.quarantine.head + 1) % len(h.quarantine.buf)
		h.quarantine.n--
		h.releaseHeld(b)
	}
	if !h.giveShell() {
		h.releaseArenas()
	}
}

// releaseArenas gives every arena of an empty heap back, one by one, to
// the arena cache (arenacache.go) or to Go's GC.
func (h *Heap) releaseArenas() {
	for _, cs := range h.classes {
		if cs == nil {
			continue
		}
		for len(cs.arenas) > 0 {
			a := cs.arenas[len(cs.arenas)-1]
			if cs.spare == a {
				cs.spare = nil
			}
			cs.release(a)
		}
		cs.used = nil
		if int(cs.id) < len(h.used) {
			h.used[cs.id] = nil
		}
	}
}
