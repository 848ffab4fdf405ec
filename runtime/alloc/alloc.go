package alloc

import (
	"fmt"
	"math"
	"math/bits"
	"reflect"
	"sync/atomic"
	"unsafe"
)

// Header is the first field of every block type (objects.Object embeds it first).
type Header struct {
	Refcnt uint32 // owned by the object layer (the refcount); the allocator only reads it for reports
	Pool   uint32 // written by the allocator: the pool id while in use, 0 while free, id|held flag while held
}

// Config selects the heap's mode at creation.
type Config struct {
	// Debug: freed blocks are not zeroed (the object layer poisons them), their free
	// site is recorded, they wait in a FIFO quarantine before reuse, and a double
	// free panics naming both sites.
	Debug bool
	// Quarantine is the number of freed blocks held back in debug mode
	// (0 means DefaultQuarantine).
	Quarantine int
	// SiteSkip is the number of frames above Free's caller to skip when naming a
	// free site (the object layer's dealloc plumbing), SiteDepth how many frames
	// the site names from there (0 means 1). Seven frames above Free are
	// recorded: SiteSkip + SiteDepth ≤ 7.
	SiteSkip, SiteDepth int
}

// Heap is one interpreter's allocator. It is not safe for concurrent use: the
// owning interpreter's lock serialises every call.
type Heap struct {
	// The fields the hot paths read come first.
	used  []*pool // by class id: the head of the class's used list (nil: none)
	pools []*pool // by pool id; pools[0] is nil: id 0 means "no pool"
	// slow is Debug || deferred > 0: Free leaves the fast path.
	slow bool

	classes []*classState // by class id; nil until the class is first used here
	freeIDs []uint32      // pool ids of released arenas, for reuse

	debug    bool
	deferred int // BeginDeferred nesting depth

	deferredBlocks blockBank // freed during deferred mode, released at EndDeferred
	quarantine     ring      // debug mode: freed blocks waiting before reuse

	byAddr []*arena // every live arena of every class, sorted by base address

	payload    int64 // bytes charged by Charge minus Uncharge
	payloadMax int64 // Charge reports past this (limit.go); math.MaxInt64 without a limit
	payloadLow int64 // Uncharge reports under this (limit.go); math.MinInt64 without a limit
	lim        limitState

	arenasAllocated, arenasReleased, arenasHighWater int

	cfg        Config
	siteFrames int   // debug: PCs recorded per free: Free's frame + SiteSkip + SiteDepth
	id         int64 // unique in the process (owner.go)
}

// NewHeap returns an empty heap.
func NewHeap(cfg Config) *Heap {
	if cfg.Quarantine <= 0 {
		cfg.Quarantine = DefaultQuarantine
	}
	if cfg.SiteDepth <= 0 {
		cfg.SiteDepth = 1
	}
	// Sized for every class there is (all are made at package init), so
	// that classState never regrows them one class at a time.
	h := &Heap{
		debug: cfg.Debug,
		slow:  cfg.Debug,
		cfg:   cfg,
		id:    heapIDs.Add(1),
	}
	// The structure of a closed interpreter's heap, if one is cached
	// (shellcache.go), else new tables.
	if cfg.Debug || !h.takeShell() {
		nc := int(classIDs.Load())
		h.classes = make([]*classState, 0, nc)
		h.used = make([]*pool, 0, nc)
		h.pools = make([]*pool, 1, 64)
	}
	h.payloadMax, h.payloadLow = math.MaxInt64, math.MinInt64
	if cfg.Debug {
		h.quarantine.buf = make([]blockRef, cfg.Quarantine)
	}
	h.siteFrames = min(siteDepth, 1+cfg.SiteSkip+cfg.SiteDepth)
	return h
}

// Debug reports whether the heap runs in debug mode.
func (h *Heap) Debug() bool { return h.debug }

// classInfo is the type-erased description of a class, shared by all heaps.
type classInfo struct {
	id            uint32
	name          string
	size          uintptr // unsafe.Sizeof(T)
	blocksPerPool uint32
	inv           uint64                     // multiplicative inverse of size's odd part, mod 2^64
	shift         uint8                      // trailing zero bits of size
	newBlocks     func(n int) unsafe.Pointer // make([]T, n), its first element
	clear         func(p unsafe.Pointer)     // *(*T)(p) = T{}
}

// Class is one block class: one Go struct type T whose first field is a Header
// (directly, or as the first field of its first field, recursively). Classes are
// created at package init, are immutable and are shared by every heap.
type Class[T any] struct {
	classInfo
}

// classIDs numbers classes process-wide; it is written only by NewClass, which
// runs at package init.
var classIDs atomic.Uint32

var headerType = reflect.TypeFor[Header]()

// NewClass makes the class of T. It panics if T does not start with a Header.
func NewClass[T any](name string) *Class[T] {
	t := reflect.TypeFor[T]()
	for u := t; u != headerType; u = u.Field(0).Type {
		if u.Kind() != reflect.Struct || u.NumField() == 0 || u.Field(0).Offset != 0 {
			panic(fmt.Sprintf("alloc.NewClass(%q): %v does not start with an alloc.Header", name, t))
		}
	}
	size := t.Size()
	n := uintptr(PoolBytes) / size
	if n < MinBlocksPerPool {
		n = MinBlocksPerPool
	}
	if n > MaxBlocksPerPool {
		n = MaxBlocksPerPool
	}
	tz := bits.TrailingZeros64(uint64(size))
	c := &Class[T]{classInfo{
		id:            classIDs.Add(1) - 1,
		name:          name,
		size:          size,
		blocksPerPool: uint32(n),
		inv:           inverse(uint64(size) >> tz),
		shift:         uint8(tz),
		newBlocks: func(n int) unsafe.Pointer {
			return unsafe.Pointer(unsafe.SliceData(make([]T, n)))
		},
		clear: func(p unsafe.Pointer) { *(*T)(p) = *new(T) },
	}}
	return c
}

// Name returns the class's name.
func (c *Class[T]) Name() string { return c.name }

// BlockSize returns the size of one block in bytes.
func (c *Class[T]) BlockSize() int { return int(c.size) }

// BlocksPerPool returns the number of blocks in each pool of the class.
func (c *Class[T]) BlocksPerPool() int { return int(c.blocksPerPool) }

// inverse returns x⁻¹ mod 2^64 for odd x (Newton's iteration doubles the
// number of correct low bits each step: 3 → 6 → 12 → 24 → 48 → 96).
func inverse(x uint64) uint64 {
	y := x // correct to 3 bits for odd x
	for range 5 {
		y *= 2 - x*y
	}
	return y
}

// Alloc returns a zeroed block of class c with its Header.Pool set.
func Alloc[T any](h *Heap, c *Class[T]) *T {
	if id := uint(c.id); id < uint(len(h.used)) {
		if pl := h.used[id]; pl != nil {
			// A pool on the used list has at least one available block.
			nf := pl.nfree - 1
			idx := pl.free[nf]
			pl.nfree = nf
			if nf == 0 {
				pl.cs.poolFull(pl)
			}
			b := unsafe.Add(pl.base, uintptr(idx)*pl.size)
			(*Header)(b).Pool = pl.id
			return (*T)(b)
		}
	}
	return (*T)(h.allocSlow(&c.classInfo))
}

// Free returns block p of class c to the heap. The caller has already released
// everything p referenced. Outside debug mode the block is zeroed at once.
func Free[T any](h *Heap, c *Class[T], p *T) {
	id := uint((*Header)(unsafe.Pointer(p)).Pool)
	if id < uint(len(h.pools)) && !h.slow {
		if pl := h.pools[id]; pl != nil && pl.class == c.id {
			// Exact division by the block size (see inverse): a pointer that is
			// not the start of one of pl's blocks gives an index ≥ n.
			idx := bits.RotateLeft64(uint64(uintptr(unsafe.Pointer(p))-uintptr(pl.base))*pl.inv, -int(pl.shift))
			if idx < uint64(pl.n) {
				*p = *new(T)
				nf := pl.nfree
				pl.free[nf] = uint16(idx)
				nf++
				pl.nfree = nf
				if nf == 1 || nf == pl.n {
					pl.cs.poolFreed(pl)
				}
				return
			}
		}
	}
	h.freeSlow(&c.classInfo, unsafe.Pointer(p))
}

// Charge adds n bytes of payload (Go slices owned by objects of this heap) to the
// heap's statistics. Past a memory limit it reports (limit.go).
func (h *Heap) Charge(n int) {
	h.payload += int64(n)
	if h.payload > h.payloadMax {
		h.overLimit()
	}
}

// Uncharge removes n bytes of payload from the heap's statistics.
func (h *Heap) Uncharge(n int) {
	h.payload -= int64(n)
	if h.payload < h.payloadLow {
		h.underLimit()
	}
}
