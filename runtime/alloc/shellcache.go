package alloc

import "sync"

// The shell cache. A closed interpreter's heap is empty, but its structure
// is not worthless: every class it used has a classState and one spare
// arena (all pools empty, every block zero), and the heap has its pool
// table. Making those afresh was the largest part of what
// interpreters.create() + close() cost the allocator: some sixty
// classStates, arenas and pool tables (11 KB of Go memory, garbage for Go's
// collector, and about 60,000 instructions of set-up and teardown). So
// Release gives that structure, the shell, to a process-wide cache, and the
// next NewHeap takes it whole: one lock, one pass over the classes to point
// them at their new heap.
//
// A shell belongs to no heap while cached. It holds only empty pools, so
// it is process state like the arena cache (arenacache.go), not
// interpreter state. The cache is bounded (maxShells shells of at most
// maxShellBytes of arena memory each), so the process's memory stays flat
// however many interpreters come and go. Debug heaps are never cached:
// their blocks hold poison and their pools free-site records.

const (
	maxShells     = 8
	maxShellBytes = 1 << 20
)

// shell is the reusable structure of a released heap.
type shell struct {
	classes []*classState // each with at most its spare arena, all pools empty
	used    []*pool       // all nil
	pools   []*pool
	freeIDs []uint32
	byAddr  []*arena
	narenas int
	bytes   int // of arena memory
}

var shellCache struct {
	mu   sync.Mutex
	free []*shell
}

// giveShell moves an empty heap's structure into the shell cache, leaving
// the heap holding no memory, as Release promises. It reports false (and
// leaves the heap as it was) when the heap is a debug heap or the cache is
// full; Release then gives its arenas back one by one.
func (h *Heap) giveShell() bool {
	if h.debug || h.deferred > 0 {
		return false
	}
	shellCache.mu.Lock()
	full := len(shellCache.free) >= maxShells
	shellCache.mu.Unlock()
	if full {
		return false
	}
	s := &shell{}
	for _, cs := range h.classes {
		if cs == nil {
			continue
		}
		// A lone empty pool kept on the used list (poolFreed) goes back
		// to its arena, whose other arena (if any) is then released: the
		// class is left with its spare arena alone.
		if pl := cs.used; pl != nil && pl.nfree == pl.n && pl.nextp == nil {
			cs.unlinkUsed(pl)
			cs.retire(pl)
		}
		if cs.used != nil || len(cs.arenas) > 1 {
			return false // not empty: Release's own check panics
		}
		if len(cs.arenas) == 1 {
			a := cs.arenas[0]
			if s.bytes+a.bytes > maxShellBytes {
				cs.spare = nil
				cs.release(a)
				continue
			}
			s.bytes += a.bytes
			s.narenas++
		}
	}
	for _, a := range h.byAddr {
		unregisterArena(a)
	}
	s.classes, s.used, s.pools, s.freeIDs, s.byAddr = h.classes, h.used, h.pools, h.freeIDs, h.byAddr
	shellCache.mu.Lock()
	if len(shellCache.free) >= maxShells {
		shellCache.mu.Unlock()
		for _, a := range s.byAddr {
			registerArena(a)
		}
		return false
	}
	shellCache.free = append(shellCache.free, s)
	shellCache.mu.Unlock()
	// From here on the shell and its classStates may be another heap's
	// (takeShell resets their counts): only h itself is written.
	h.arenasReleased += s.narenas
	h.arenaChange(-s.bytes)
	h.classes, h.used, h.pools, h.freeIDs, h.byAddr = nil, nil, nil, nil, nil
	return true
}

// takeShell gives a new heap (not a debug heap) the structure of a cached
// shell, if there is one: its classes come with their spare arenas, as if
// the heap had made them.
func (h *Heap) takeShell() bool {
	shellCache.mu.Lock()
	n := len(shellCache.free)
	if n == 0 {
		shellCache.mu.Unlock()
		return false
	}
	s := shellCache.free[n-1]
	shellCache.free[n-1] = nil
	shellCache.free = shellCache.free[:n-1]
	shellCache.mu.Unlock()
	h.classes, h.used, h.pools, h.freeIDs, h.byAddr = s.classes, s.used, s.pools, s.freeIDs, s.byAddr
	for _, cs := range h.classes {
		if cs == nil {
			continue
		}
		cs.h = h
		cs.quarantined, cs.deferred = 0, 0
		cs.arenasAllocated, cs.arenasReleased = len(cs.arenas), 0
	}
	for _, a := range h.byAddr {
		registerArena(a)
	}
	h.arenasAllocated = s.narenas
	h.arenasHighWater = s.narenas
	h.arenaChange(s.bytes)
	return true
}

// drainShells empties the shell cache, leaving its memory to Go's GC.
func drainShells() {
	shellCache.mu.Lock()
	defer shellCache.mu.Unlock()
	clear(shellCache.free)
	shellCache.free = shellCache.free[:0]
}
