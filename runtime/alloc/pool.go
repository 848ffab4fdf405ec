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
	_ = uint(MinBlocksPerPool - 2) // n ≥ 2: see poolFreed
	// The smallest block (a bare 8-byte Header) must not need clamping.
	_ = uint(MaxBlocksPerPool - PoolBytes/8)
	// Arenas grow 1, 2, 4, ... pools: MaxPoolsPerArena is a power of two ≥ 1.
	_ = uint(MaxPoolsPerArena - 1)
	_ = uint(0 - MaxPoolsPerArena&(MaxPoolsPerArena-1))
)

// Pool states; see doc.go "Pool states".
const (
	poolEmpty uint8 = iota // nothing in use or held; on its arena's free list
	poolUsed               // some blocks available, some in use or held (or kept); on the class's used list
	poolFull               // no block available; on no list
)

// pool is one window of blocksPerPool blocks of an arena.
type pool struct {
	base  unsafe.Pointer // first block; nil once the arena is released
	free  []uint16       // free[:nfree]: indices of the available blocks (all zeroed); len n
	nfree uint32
	n     uint32 // blocks in the pool
	nheld uint32 // blocks freed into the quarantine or the deferred list
	id    uint32 // index in Heap.pools; stored in Header.Pool of its blocks in use
	class uint32 // class id
	// Copies of the class's geometry, so that Free needs no second pointer chase.
	size  uintptr
	inv   uint64
	shift uint8
	state uint8 // poolEmpty, poolUsed or poolFull

	cs    *classState
	arena *arena
	prev  *pool  // used list links (state == poolUsed)
	nextp *pool  // used list, or arena free list (state == poolEmpty)
	sites []site // debug mode: per block, where it was last freed (made at the pool's first free)
}

// inUse is the number of blocks allocated and not freed.
func (pl *pool) inUse() int { return int(pl.n - pl.nfree - pl.nheld) }

// index returns the block index of p in pl and whether p is the start of one of
// pl's blocks.
func (pl *pool) index(p unsafe.Pointer) (uint32, bool) { return pl.indexAt(uintptr(p)) }

// indexAt is index on an address.
func (pl *pool) indexAt(addr uintptr) (uint32, bool) {
	if pl.base == nil {
		return 0, false
	}
	q := bits.RotateLeft64(uint64(addr-uintptr(pl.base))*pl.inv, -int(pl.shift))
	return uint32(q), q < uint64(pl.n)
}

func (pl *pool) block(idx uint32) unsafe.Pointer { return unsafe.Add(pl.base, uintptr(idx)*pl.size) }

// arena is one Go allocation of npools*blocksPerPool blocks of one class in one
// heap, carved into pools.
type arena struct {
	cs    *classState
	base  unsafe.Pointer // the []T's first element; keeps the memory alive
	end   uintptr        // base + bytes
	bytes int
	pools []pool
	// stacks is the backing array of the pools' free stacks.
	stacks []uint16
	free   *pool // empty pools, linked by nextp
	nfree  int   // length of free
	prev   *arena
	next   *arena // bucket list byFree[nfree] (only while 0 < nfree)
	dead   bool   // released
}

// classState is one class's state in one heap.
type classState struct {
	h    *Heap
	id   uint32 // info.id
	info *classInfo
	// used is the head of the used list (pools in state poolUsed, doubly linked
	// through prev and nextp). Outside debug mode h.used[id] mirrors it, where
	// Alloc finds it in one load; in debug mode h.used[id] stays nil, so that
	// every Alloc takes the slow path, which zeroes the block.
	used *pool

	// byFree[k] lists the arenas with exactly k empty pools, 1 ≤ k ≤ MaxPoolsPerArena.
	// A pool is taken from the lowest non-empty bucket: the most allocated
	// arena first, so that nearly empty arenas drain and can be released.
	byFree [MaxPoolsPerArena + 1]*arena
	arenas []*arena // live arenas, in creation order
	spare  *arena   // the one arena whose pools are all empty, if any

	quarantined, deferred           int
	arenasAllocated, arenasReleased int
}

func (h *Heap) classState(c *classInfo) *classState {
	if int(c.id) >= len(h.classes) {
		h.classes = append(h.classes, make([]*classState, int(c.id)+1-len(h.classes))...)
		h.used = append(h.used, make([]*pool, int(c.id)+1-len(h.used))...)
	}
	cs := h.classes[c.id]
	if cs == nil {
		cs = &classState{h: h, id: c.id, info: c}
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
	pl.nfree--
	idx := uint32(pl.free[pl.nfree])
	if pl.nfree == 0 {
		cs.poolFull(pl)
	}
	b := pl.block(idx)
	if h.debug {
		// An available block keeps its poison until reused (see releaseHeld).
		c.clear(b)
	}
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
	if a == cs.spare {
		cs.spare = nil
	}
	cs.rebucket(a, a.nfree-1)
	pl.state = poolUsed
	cs.pushUsed(pl)
}

func (cs *classState) pushUsed(pl *pool) {
	pl.prev = nil
	pl.nextp = cs.used
	if cs.used != nil {
		cs.used.prev = pl
	}
	cs.setUsed(pl)
}

func (cs *classState) setUsed(pl *pool) {
	cs.used = pl
	if !cs.h.debug {
		cs.h.used[cs.id] = pl
	}
}

func (cs *classState) unlinkUsed(pl *pool) {
	if pl.prev != nil {
		pl.prev.nextp = pl.nextp
	} else {
		cs.setUsed(pl.nextp)
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

// poolFull moves the used list's head, whose last available block Alloc has
// just taken, off the list (used → full).
//
//go:noinline
func (cs *classState) poolFull(pl *pool) {
	cs.unlinkUsed(pl)
	pl.state = poolFull
}

// poolFreed handles a pool whose available count has just become 1 (full →
// used) or n (used → empty). A pool that empties while it is alone on the used
// list stays there: a lone object allocated and freed again and again would
// otherwise move a pool between lists on every call.
//
//go:noinline
func (cs *classState) poolFreed(pl *pool) {
	if pl.state == poolFull { // nfree == 1 (n ≥ 2: not also empty)
		pl.state = poolUsed
		// A kept empty pool is kept only while alone on the list.
		if head := cs.used; head != nil && head.nfree == head.n {
			cs.unlinkUsed(head)
			cs.retire(head)
		}
		cs.pushUsed(pl)
		return
	}
	if pl.nfree != pl.n {
		return
	}
	if pl.prev == nil && pl.nextp == nil {
		// Kept, alone on the used list. If that leaves its arena otherwise
		// empty, it plays the spare: release the other one.
		if a := pl.arena; a.nfree == len(a.pools)-1 && cs.spare != nil {
			s := cs.spare
			cs.spare = nil
			cs.release(s)
		}
		return
	}
	cs.unlinkUsed(pl)
	cs.retire(pl)
}

// retire puts an empty pool, off the used list, on its arena's free list, and
// releases the arena if all its pools are empty and the class has a spare.
func (cs *classState) retire(pl *pool) {
	pl.state = poolEmpty
	a := pl.arena
	pl.nextp = a.free
	a.free = pl
	cs.rebucket(a, a.nfree+1)
	if a.nfree == len(a.pools) {
		if cs.spare == nil {
			cs.spare = a
		} else {
			cs.release(a)
		}
	}
}

// descending is maxDescending-1, ..., 1, 0: its last n entries are the free
// stack of a fresh pool of n blocks. Made at init and never written.
var descending = func() []uint16 {
	d := make([]uint16, maxDescending)
	for i := range d {
		d[i] = uint16(maxDescending - 1 - i)
	}
	return d
}()

// maxDescending covers every class: a block is at least a Header (8 bytes),
// so a pool has at most PoolBytes/8 blocks (or MinBlocksPerPool).
const maxDescending = max(PoolBytes/8, MinBlocksPerPool)

// newArena allocates an arena with all its pools empty and puts it in its bucket.
func (cs *classState) newArena() *arena {
	h, c := cs.h, cs.info
	np := MaxPoolsPerArena
	if k := len(cs.arenas); k < 31 && 1<<k < np {
		np = 1 << k
	}
	n := int(c.blocksPerPool)
	a := &arena{
		cs:    cs,
		bytes: np * n * int(c.size),
		pools: make([]pool, np),
	}
	// Zeroed memory of an arena another heap released (arenacache.go),
	// else fresh from Go.
	if m, ok := arenaCache.take(c.id, np); ok {
		a.base, a.stacks = m.base, m.stacks
	} else {
		a.base, a.stacks = c.newBlocks(np*n), make([]uint16, np*n)
	}
	a.end = uintptr(a.base) + uintptr(a.bytes)
	stacks := a.stacks
	for i := range a.pools {
		pl := &a.pools[i]
		*pl = pool{
			base:  unsafe.Add(a.base, i*n*int(c.size)),
			free:  stacks[i*n : (i+1)*n : (i+1)*n],
			nfree: uint32(n),
			n:     uint32(n),
			class: c.id,
			size:  c.size,
			inv:   c.inv,
			shift: c.shift,
			state: poolEmpty,
			cs:    cs,
			arena: a,
		}
		// Pop order is address order, as pymalloc's carving of a fresh
		// pool: the stack holds n-1, ..., 1, 0, copied from the shared
		// descending table (a loop writing them one by one was about 7 %
		// of interpreters.create() + close(), which makes some sixty
		// arenas).
		if n <= len(descending) {
			copy(pl.free, descending[len(descending)-n:])
		} else {
			for j := range n {
				pl.free[j] = uint16(n - 1 - j)
			}
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
	cs.spare = a // newArena runs only when no arena has an empty pool: there was no spare
	cs.arenas = append(cs.arenas, a)
	cs.arenasAllocated++
	h.arenasAllocated++
	h.arenaChange(a.bytes)
	i, _ := slices.BinarySearchFunc(h.byAddr, uintptr(a.base), func(x *arena, b uintptr) int {
		return cmpUintptr(uintptr(x.base), b)
	})
	h.byAddr = slices.Insert(h.byAddr, i, a)
	registerArena(a)
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

// release drops an arena whose pools are all empty: its memory goes to the
// process's arena cache (arenacache.go) when its blocks are all zero (a
// heap outside debug mode), else Go's GC reclaims it once nothing points
// into it.
func (cs *classState) release(a *arena) {
	h := cs.h
	// Out of the ownership index first, while a.base still holds the
	// memory (owner_check.go, span).
	unregisterArena(a)
	cs.rebucket(a, 0)
	mem := cachedArena{base: a.base, bytes: a.bytes, stacks: a.stacks}
	a.stacks = nil
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
	// Cached once out of the ownership index (above; the check build),
	// so that the heap taking it registers it afresh.
	if !h.debug {
		arenaCache.put(cs.id, len(a.pools), mem)
	}
	cs.arenasReleased++
	h.arenasReleased++
	h.arenaChange(-a.bytes)
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
