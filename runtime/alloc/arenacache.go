package alloc

import (
	"sync"
	"unsafe"
)

// The arena cache. Creating an interpreter touches some sixty block
// classes, each of which gets its first arena; closing it releases them
// all. Allocating and zeroing that memory afresh from Go was most of the
// cost of interpreters.create() + close() (and work for Go's collector).
// So a released arena's memory, whose blocks are all zero outside debug
// mode (Free zeroes a block at once), is kept in a process-wide cache, by
// class and pool count, for the next heap that needs such an arena: it
// belongs to no heap while cached, and to the heap that takes it from then
// on, as memory fresh from Go would. The cache is bounded (maxCachedBytes
// in all), so the process's memory stays flat however many interpreters
// come and go; beyond the bound an arena is left to Go's GC as before.
//
// It is process state like Go's own heap, not interpreter state: it holds
// no object, only zeroed memory, and its mutex is taken only when an arena
// is created or released (never on Alloc or Free).

// maxCachedBytes bounds the memory the cache keeps: a few interpreters'
// worth of arenas.
const maxCachedBytes = 32 << 20

// cachedArena is the memory of a released arena: its blocks (all zero)
// and the backing array of its pools' free stacks.
type cachedArena struct {
	base   unsafe.Pointer
	bytes  int // of blocks, from base
	stacks []uint16
}

type cacheKey struct {
	class uint32
	pools int
}

var arenaCache = &arenaCacheT{byKey: map[cacheKey][]cachedArena{}}

type arenaCacheT struct {
	mu    sync.Mutex
	byKey map[cacheKey][]cachedArena
	bytes int
}

// take returns the memory of a cached arena of class with npools pools.
func (c *arenaCacheT) take(class uint32, npools int) (cachedArena, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := cacheKey{class, npools}
	l := c.byKey[k]
	if len(l) == 0 {
		return cachedArena{}, false
	}
	m := l[len(l)-1]
	l[len(l)-1] = cachedArena{}
	c.byKey[k] = l[:len(l)-1]
	c.bytes -= len(m.stacks)*2 + m.bytes
	return m, true
}

// put keeps the memory of a released arena, if the cache has room.
func (c *arenaCacheT) put(class uint32, npools int, m cachedArena) {
	c.mu.Lock()
	defer c.mu.Unlock()
	size := len(m.stacks)*2 + m.bytes
	if c.bytes+size > maxCachedBytes {
		return
	}
	k := cacheKey{class, npools}
	c.byKey[k] = append(c.byKey[k], m)
	c.bytes += size
}

// drain empties the cache, leaving its memory to Go's GC.
func (c *arenaCacheT) drain() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.byKey)
	c.bytes = 0
}
