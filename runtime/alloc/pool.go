package alloc

import (
	"math/bits"
	"slices"
	"unsafe"
)

// Main tunable settings (see doc.go for their reasons and invariants; the
// invariants are checked by TestTunables and, where Go allows, at compile time).
const (
	// PoolBytes is the target size of one pool: blocksPerPool = PoolBytes / size,
	// clamped to [MinBlocksPerPool, MaxBlocksPerPool].
	PoolBytes = 16 << 10
	// MinBlocksPerPool keeps pools of big structs worth their bookkeeping.
	MinBlocksPerPool = 4
	// MaxBlocksPerPool is bounded by the uint16 entries of a pool's free stack.
	MaxBlocksPerPool = 1<<16 - 1
	// MaxPoolsPerArena caps arena growth: a class's k-th live arena has
	// min(2^k, MaxPoolsPerArena) pools, so a rarely used class costs one pool.
	MaxPoolsPerArena = 16
	// DefaultQuarantine is the debug quarantine's length in blocks.
	DefaultQuarantine = 1024
)

// Header.Pool encoding.
const (
	heldQuarantine = 1 << 31 // freed in debug mode, waiting in the quarantine
	heldDeferred   = 1 << 30 // freed in deferred mode, waiting for EndDeferred
	poolIDMask     = heldDeferred - 1
)

const (
	// MaxBlocksPerPool must fit the free stack's uint16 and leave room for MinBlocksPerPool.
	_ = uint(1<<16 - 1 - MaxBlocksPerPool)
	_ = uint(MaxBlocksPerPool - MinBlocksPerPool)
	_ = uint(MinBlocksPerPool - 1)
	// Header is 8 bytes: PoolBytes/8 blocks must fit a pool before clamping matters.
	_ = uint(MaxPoolsPerArena - 1)
)

// Pool states; see doc.go "Pool states".
const (
	poolEmpty uint8 = iota // nothing in use or held; on its arena's free list
	poolUsed               // some blocks available, some in use or held; on the class's used list
	poolFull               // no block available; on no list
)

// pool is one window of blocksPerPool blocks of an arena.
type pool struct {
	base  unsafe.Pointer // first block; nil once the arena is released
	free  []uint16       // free[:nfree]: indices of available blocks below next (all zeroed)
	nfree uint32
	next  uint32 // blocks [next, n) have not been handed out since the pool was last empty
	n     uint32 // blocks in the pool
	nheld uint32 // blocks freed into the quarantine or the deferred list
	id    uint32 // index in Heap.pools; stored in Header.Pool of its blocks in use
	class uint32 // class id
	size  uintptr
	inv   uint64
	shift uint8
	state uint8

	cs    *classState
	arena *arena
	prev  *pool  // used list links (state == poolUsed)
	nextp *pool  // used list, or arena free list (state == poolEmpty)
	sites []site // debug mode: per block, where it was last freed
}

// inUse is the number of blocks allocated and not freed.
func (pl *pool) inUse() int { return int(pl.next - pl.nfree - pl.nheld) }

// index returns the block index of p in pl and whether p is the start of one of
// pl's blocks.
func (pl *pool) index(p unsafe.Pointer) (uint32, bool) {
	if pl.base == nil {
		return 0, false
	}
	q := bits.RotateLeft64(uint64(uintptr(p)-uintptr(pl.base))*pl.inv, -int(pl.shift))
	return uint32(q), q < uint64(pl.n)
}

func (pl *pool) block(idx uint32) unsafe.Pointer { return unsafe.Add(pl.base, uintptr(idx)*pl.size) }

// arena is one Go allocation of npools*blocksPerPool blocks of one class in one
// heap, carved into pools.
type arena struct {
	cs     *classState
	base   unsafe.Pointer // the []T's first element; keeps the memory alive
	end    uintptr        // base + bytes
	bytes  int
	pools  []pool
	free   *pool // empty pools, linked by nextp
	nfree  int   // length of free
	prev   *arena
	next   *arena // bucket list byFree[nfree] (only while 0 < nfree)
	dead   bool   // released
	serial int    // creation order within the heap, for stable reports
}

// classState is one class's state in one heap.
type classState struct {
	info *classInfo
	h    *Heap
	used *pool // pools in state poolUsed, doubly linked; Alloc takes from the head

	// byFree[k] lists the arenas with exactly k empty pools, 1 ≤ k ≤ MaxPoolsPerArena.
	// A pool is taken from the lowest non-empty bucket: the most allocated
	// arena first, so that nearly empty arenas drain and can be released.
	byFree      [MaxPoolsPerArena + 1]*arena
	arenas      []*arena // live arenas, in creation order
	emptyArenas int      // arenas whose pools are all empty (at most 1: the spare)

	usedPools, fullPools, emptyPools int
	quarantined, deferred            int
	arenasAllocated, arenasReleased  int
}

func (h *Heap) classState(c *classInfo) *classState {
	if int(c.id) >= len(h.classes) {
		h.classes = append(h.classes, make([]*classState, int(c.id)+1-len(h.classes))...)
	}
	cs := h.classes[c.id]
	if cs == nil {
		cs = &classState{info: c, h: h}
		h.classes[c.id] = cs
	}
	return cs
}

// allocSlow is Alloc when the class has no used pool (or no state yet).
//
//go:noinline
func (h *Heap) allocSlow(c *classInfo) unsafe.Pointer {
	cs := h.classState(c)
	if cs.used == nil {
		cs.takePool()
	}
	pl := cs.used
	var idx uint32
	if pl.nfree != 0 {
		pl.nfree--
		idx = uint32(pl.free[pl.nfree])
	} else {
		idx = pl.next
		pl.next++
	}
	if pl.nfree == 0 && pl.next == pl.n {
		cs.transition(pl)
	}
	b := pl.block(idx)
	(*Header)(b).Pool = pl.id
	return b
}

// takePool moves an empty pool (from the most allocated arena that has one, or
// from a new arena) to the used list.
func (cs *classState) takePool() {
	var a *arena
	for k := 1; k <= MaxPoolsPerArena; k++ {
		if a = cs.byFree[k]; a != nil {
			break
		}
	}
	if a == nil {
		a = cs.newArena()
	}
	pl := a.free
	a.free = pl.nextp
	pl.nextp = nil
	if a.nfree == len(a.pools) {
		cs.emptyArenas--
	}
	cs.rebucket(a, a.nfree-1)
	cs.emptyPools--
	cs.usedPools++
	pl.state = poolUsed
	cs.pushUsed(pl)
}

func (cs *classState) pushUsed(pl *pool) {
	pl.prev = nil
	pl.nextp = cs.used
	if cs.used != nil {
		cs.used.prev = pl
	}
	cs.used = pl
}

func (cs *classState) unlinkUsed(pl *pool) {
	if pl.prev != nil {
		pl.prev.nextp = pl.nextp
	} else {
		cs.used = pl.nextp
	}
	if pl.nextp != nil {
		pl.nextp.prev = pl.prev
	}
	pl.prev, pl.nextp = nil, nil
}

// rebucket moves a to bucket k (0: no bucket).
func (cs *classState) rebucket(a *arena, k int) {
	if a.nfree > 0 {
		if a.prev != nil {
			a.prev.next = a.next
		} else {
			cs.byFree[a.nfree] = a.next
		}
		if a.next != nil {
			a.next.prev = a.prev
		}
	}
	a.prev, a.next = nil, nil
	a.nfree = k
	if k > 0 {
		a.next = cs.byFree[k]
		if a.next != nil {
			a.next.prev = a
		}
		cs.byFree[k] = a
	}
}

// transition re-evaluates pl's state after its counts changed and moves it
// between lists. Called by the hot paths only when a state may have changed.
//
//go:noinline
func (cs *classState) transition(pl *pool) {
	var s uint8
	switch {
	case pl.next == pl.nfree:
		s = poolEmpty
	case pl.nfree == 0 && pl.next == pl.n:
		s = poolFull
	default:
		s = poolUsed
	}
	if s == pl.state {
		return
	}
	switch pl.state {
	case poolUsed:
		cs.unlinkUsed(pl)
		cs.usedPools--
	case poolFull:
		cs.fullPools--
	}
	pl.state = s
	switch s {
	case poolUsed:
		cs.usedPools++
		cs.pushUsed(pl)
	case poolFull:
		cs.fullPools++
	case poolEmpty:
		// Every block is zeroed and none is held: start carving afresh.
		pl.next, pl.nfree = 0, 0
		cs.emptyPools++
		a := pl.arena
		pl.nextp = a.free
		a.free = pl
		cs.rebucket(a, a.nfree+1)
		if a.nfree == len(a.pools) {
			cs.emptyArenas++
			if cs.emptyArenas > 1 {
				cs.release(a)
			}
		}
	}
}

// newArena allocates an arena with all its pools empty and puts it in its bucket.
func (cs *classState) newArena() *arena {
	h, c := cs.h, cs.info
	np := MaxPoolsPerArena
	if len(cs.arenas) < 4 {
		np = min(np, 1<<len(cs.arenas))
	}
	n := int(c.blocksPerPool)
	a := &arena{
		cs:     cs,
		base:   c.newBlocks(np * n),
		bytes:  np * n * int(c.size),
		pools:  make([]pool, np),
		serial: h.arenasAllocated,
	}
	a.end = uintptr(a.base) + uintptr(a.bytes)
	stacks := make([]uint16, np*n)
	var sites []site
	if h.debug {
		sites = make([]site, np*n)
	}
	for i := range a.pools {
		pl := &a.pools[i]
		*pl = pool{
			base:  unsafe.Add(a.base, i*n*int(c.size)),
			free:  stacks[i*n : (i+1)*n : (i+1)*n],
			n:     uint32(n),
			class: c.id,
			size:  c.size,
			inv:   c.inv,
			shift: c.shift,
			state: poolEmpty,
			cs:    cs,
			arena: a,
		}
		if sites != nil {
			pl.sites = sites[i*n : (i+1)*n : (i+1)*n]
		}
		if k := len(h.freeIDs); k > 0 {
			pl.id = h.freeIDs[k-1]
			h.freeIDs = h.freeIDs[:k-1]
		} else {
			pl.id = uint32(len(h.pools))
			if pl.id > poolIDMask {
				panic("alloc: too many pools")
			}
			h.pools = append(h.pools, nil)
		}
		h.pools[pl.id] = pl
	}
	// Link the free pools so that the first pool is taken first.
	for i := len(a.pools) - 1; i >= 0; i-- {
		a.pools[i].nextp = a.free
		a.free = &a.pools[i]
	}
	cs.rebucket(a, np)
	cs.emptyPools += np
	cs.emptyArenas++
	cs.arenas = append(cs.arenas, a)
	cs.arenasAllocated++
	h.arenasAllocated++
	i, _ := slices.BinarySearchFunc(h.byAddr, uintptr(a.base), func(x *arena, b uintptr) int {
		return cmpUintptr(uintptr(x.base), b)
	})
	h.byAddr = slices.Insert(h.byAddr, i, a)
	h.arenasHighWater = max(h.arenasHighWater, len(h.byAddr))
	return a
}

func cmpUintptr(a, b uintptr) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// release drops an arena whose pools are all empty; Go's GC reclaims its memory
// once nothing points into it.
func (cs *classState) release(a *arena) {
	h := cs.h
	cs.rebucket(a, 0)
	cs.emptyArenas--
	cs.emptyPools -= len(a.pools)
	for i := range a.pools {
		pl := &a.pools[i]
		h.pools[pl.id] = nil
		h.freeIDs = append(h.freeIDs, pl.id)
		pl.base, pl.free, pl.sites, pl.nextp = nil, nil, nil, nil
	}
	a.free = nil
	a.base = nil
	a.dead = true
	cs.arenas = slices.DeleteFunc(cs.arenas, func(x *arena) bool { return x == a })
	i := slices.Index(h.byAddr, a)
	h.byAddr = slices.Delete(h.byAddr, i, i+1)
	cs.arenasReleased++
	h.arenasReleased++
}

// findPool returns the pool holding address p, if any arena of h contains it.
func (h *Heap) findPool(p unsafe.Pointer) *pool {
	i, found := slices.BinarySearchFunc(h.byAddr, uintptr(p), func(x *arena, b uintptr) int {
		return cmpUintptr(uintptr(x.base), b)
	})
	if !found {
		i--
	}
	if i < 0 {
		return nil
	}
	a := h.byAddr[i]
	if uintptr(p) >= a.end {
		return nil
	}
	n := uintptr(a.cs.info.blocksPerPool) * a.cs.info.size
	return &a.pools[(uintptr(p)-uintptr(a.base))/n]
}
