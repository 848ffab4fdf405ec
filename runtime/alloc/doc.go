// Package alloc is minipy's object allocator: one heap per interpreter, carved
// into arenas, pools and blocks in the shape of CPython's obmalloc, in Go terms.
//
// # Where it sits
//
//	 Object-specific allocation    int  float  list  dict  str ...     vm/objects
//	   (refcounts, types, dealloc)   |     |     |     |     |
//	+3 ------------------------------+-----+-----+-----+-----+-------------------
//	 Object allocator                Alloc[T] / Free[T] (this package)
//	   one Heap per interpreter:  Heap -> classes -> arenas -> pools -> blocks
//	+2 ------------------------------------------------------------------------
//	 Go allocator + GC               make([]T, n) for arenas and their side tables;
//	                                 Go slices for variable-size payloads (list
//	                                 items, str bytes, dict tables), charged here
//	+1 ------------------------------------------------------------------------
//	 Go runtime: mheap, spans, OS memory
//	 0 ------------------------------------------------------------------------
//
// This package imports only the Go standard library. It must never import
// anything of minipy: the object layer (vm/objects) builds on it, not the other
// way round. It knows nothing of object layouts beyond the Header at offset 0.
//
// # Why
//
// "Memory management is where the rubber meets the road -- if we do the wrong
// thing at any level, the results will not be good." (Wilson, Johnstone, Neely
// and Boles, "Dynamic Storage Allocation: A Survey and Critical Review", 1995,
// as quoted at the top of obmalloc, Vladimir Marangozov's allocator of 2000.)
// obmalloc's bet, kept here: most objects are small and short-lived, so serve
// them from per-class free lists that cost a few loads and stores, and take and
// give back memory in big chunks.
// In Go there is a second reason. Every object made with new is garbage for Go's
// collector, and while a GC cycle marks, every pointer store pays the write
// barrier (research/vm-prototype.md measured the eval loop 5x slower then).
// Blocks from a heap are recycled by refcounting, not collected: in steady state
// alloc and free make no Go garbage at all, so GC cycles stay rare.
//
// # Strategy
//
// Go's collector must see every pointer, so memory cannot be handed out as raw
// bytes: a block class is one Go struct type T (NewClass[T], made at package
// init), not a byte size, and its memory is a []T, which Go scans with T's
// pointer map. Classes are process-wide and immutable; each Heap keeps its own
// state per class, made on first use. The hierarchy, per heap and class:
//
//   - an arena is one Go allocation, make([]T, npools*blocksPerPool): the unit in
//     which memory is taken from Go and given back. An arena made while its
//     class has k live arenas has min(2^k, MaxPoolsPerArena) pools, so a class
//     used once costs one pool while a busy class gets 16-pool arenas.
//   - a pool is a window of blocksPerPool consecutive blocks of an arena (about
//     PoolBytes of T), with a side free stack of block indices ([]uint16) and
//     counts. Free finds a block's pool in O(1) through Header.Pool, the pool id
//     written at Alloc, and its index by address arithmetic on the pool's base
//     (Go's GC does not move heap objects).
//   - a block is one T. Its first field is a Header (directly, or as the first
//     field of its first field, recursively; NewClass checks with reflect).
//
// Unlike obmalloc, pools are not shared between size classes: a pool's memory
// has T's pointer map for life, so an arena belongs to one class of one heap.
//
// The free stack lives beside the blocks, not in them (obmalloc links free
// blocks through their first word): a freed block can keep the object layer's
// poison in debug mode and in deferred mode stay intact, and (outside debug
// mode) a free block is all zeros, so Go's GC sees no stale pointer in it.
//
// # Main tunable settings
//
// (pool.go; TestTunables and compile-time checks enforce the invariants)
//
//   - PoolBytes = 16 KiB, the target pool size (CPython 3.10+ uses 16 KiB pools
//     too). blocksPerPool = clamp(PoolBytes/size, MinBlocksPerPool,
//     MaxBlocksPerPool). Invariant: PoolBytes/8 ≤ MaxBlocksPerPool (the smallest
//     block is a bare 8-byte Header).
//   - MinBlocksPerPool = 4: a pool of a big struct still holds a few blocks.
//     Invariant: 2 ≤ MinBlocksPerPool ≤ MaxBlocksPerPool (with n ≥ 2, a pool
//     whose available count becomes 1 cannot also have become empty).
//   - MaxBlocksPerPool = 65535: free-stack entries are uint16.
//   - MaxPoolsPerArena = 16 (a full arena ≈ 256 KiB, obmalloc's arena size
//     before 3.10). Invariant: a power of two, so geometric growth reaches it.
//   - DefaultQuarantine = 1024 blocks (Config.Quarantine overrides it).
//   - Header.Pool holds a pool id below 2^30; bit 31 marks a quarantined block,
//     bit 30 a deferred one. Pool ids are 1-based: 0 means "no pool", so a
//     zeroed (free) block or a static object is never taken for a block in use.
//
// # Blocks
//
// A block is in one of three conditions, told apart by its Header.Pool:
//
//   - available: on its pool's free stack, all zeros (Pool == 0; in debug mode
//     only the Header is zero, the rest keeps the poison until reuse);
//   - in use: handed out by Alloc and not freed (Pool == its pool's id);
//   - held: freed, but kept intact or poisoned, not reusable yet: in the debug
//     quarantine (Pool == id | bit 31) or freed in deferred mode (id | bit 30).
//
// Alloc pops an available block and writes Pool; Free checks Pool (a block not
// in use panics: double free, or not a block of this heap), zeroes the block
// and pushes it, or holds it in debug and deferred mode. Nothing else writes a
// block: Refcnt and everything after the Header belong to the object layer.
//
// # Pool states
//
// A pool is in exactly one of three states, a function of its counts (n
// blocks, nfree available on the free stack, nheld freed but held in the
// quarantine or the deferred list; in use = n - nfree - nheld):
//
//   - empty: nfree == n, and not kept (below). Nothing is in use or held;
//     every block is zeroed. The pool is on its arena's free list.
//   - used: 0 < nfree < n, or nfree == n for a kept pool. The pool is on its
//     class's used list, whose head Heap.used[class id] is where Alloc takes
//     blocks from.
//   - full: nfree == 0. No block is available; the pool is on no list. Its
//     blocks are all in use or held.
//
// Transitions: the hot paths call poolFull when nfree becomes 0 and poolFreed
// when it becomes 1 or n; nothing else changes a pool's state.
//
//   - empty → used: Alloc finds the used list empty (takePool): a pool leaves
//     an arena's free list for the used list.
//   - used → full: Alloc takes the last available block of the list's head:
//     off the used list.
//   - full → used: a block becomes available (Free, or a held block released):
//     back on the used list, at its head, so that it is used next.
//   - used → empty: the last block in use or held becomes available: off the
//     used list, onto its arena's free list. A pool with held blocks is never
//     empty.
//   - kept: a pool that empties while it is alone on the used list stays there
//     (state used), or a lone object allocated and freed in a loop would move
//     a pool between lists twice per iteration (obmalloc pays that; its moves
//     are cheaper than ours). It becomes empty as soon as another pool joins
//     the list. If keeping it leaves its arena otherwise empty, the class's
//     spare arena is released: the kept pool's arena serves as the spare.
//
// List invariants, checked by Heap.Check:
//
//   - a pool is on its class's used list iff its state is used;
//   - a used pool has 0 < nfree < n, except a kept pool (nfree == n), which is
//     then the only pool on the list;
//   - a pool is on its arena's free list iff its state is empty;
//   - an available block (in free[:nfree]) is all zeros; a block not available
//     has Header.Pool == pool id (in use), or pool id|flag (held);
//   - Heap.pools[id] == pool iff the pool belongs to a live arena of this heap.
//
// # Arena management
//
// Each class keeps its arenas in buckets byFree[k], k = 1..MaxPoolsPerArena:
// an arena is in bucket k iff it has k empty pools (k ≥ 1); arenas with no
// empty pool are in no bucket. takePool takes from the lowest non-empty bucket:
// the most allocated arena first, obmalloc's heuristic (its usable_arenas list
// is kept sorted by free pools for the same reason), so that nearly empty
// arenas drain and can be released. A new arena is made only when every bucket
// is empty. Bucketing replaces obmalloc's sorted list and its nfp2lasta index
// (3.8, bpo-37029, which fixed the list's quadratic re-sorting) with O(1) moves.
//
// An arena whose pools are all empty is released — dropped from every list and
// from Heap.pools, its memory left to Go's GC — unless it is the class's only
// such arena: one all-empty arena (the spare) is kept so that a program
// oscillating around an arena boundary does not make and drop arenas in a loop.
// Invariant: a class has at most one arena whose pools are all empty, and
// classState.spare points at it. After all its blocks are freed a class holds
// one arena: the spare, or the kept pool's.
//
// # The debug allocator (Config.Debug)
//
// Free does not zero the block: the object layer has already poisoned it (its
// type word points at a "freed" type whose slots fail loudly). The allocator
// records the free site (runtime.Callers; named by FreedInfo, skipping
// Config.SiteSkip frames of the object layer's dealloc plumbing), flags the
// header (Pool |= bit 31) and puts the block in a FIFO quarantine of
// Config.Quarantine blocks. When it leaves the quarantine it becomes available
// (Pool = 0) but keeps the poison until Alloc hands it out again: in debug mode
// Heap.used stays nil, so every Alloc takes the slow path, which zeroes the
// block. A use after free thus meets the poison, not a new object, for at least
// the next Quarantine frees, and usually much longer. Free of a block that is held or already free
// (Pool == 0) panics naming the class and both free sites: a double free is a
// minipy bug. The per-block sites stay until the block is reused, so FreedInfo
// and the double-free message work after the quarantine too.
//
// # Deferred-free mode (interpreter finalization)
//
// Between BeginDeferred and EndDeferred (they nest), Free leaves the block
// intact and flags it (Pool |= bit 30); it is held, not reused. The outermost
// EndDeferred releases them all: zeroed and available, or in debug mode into
// the quarantine. Finalization can thus free objects that others still point
// at, and read them, until it is done.
//
// # Statistics
//
// Stats, AllocatedBlocks and DebugMallocStats are exact at any time: the
// pools' counts and states are the ground truth, summed on demand (as
// sys.getallocatedblocks sums obmalloc's pools), so the hot paths update no
// counter besides the pool's own; per-class counters track only held blocks
// and arenas made and released. Payload bytes (Go
// slices owned by objects) are charged by the object layer with Charge and
// Uncharge. A block is freed only through Free — when its refcount reaches
// zero, by the cycle collector or by finalization — never by sweeping a heap,
// so a block still in use at the end is a leak, and LeakReport lists it.
//
// # Using it
//
// The object layer declares one class per object struct at package init
// (var floatClass = alloc.NewClass[Float]("float")), allocates with
// alloc.Alloc(heap, floatClass) and, in the type's dealloc, after releasing
// the object's references, returns the block with alloc.Free. In debug mode it
// poisons the block first (its type word becomes the freed type) and sets
// Config.SiteSkip to the number of its own dealloc frames between Free and the
// code that dropped the last reference, so that FreedInfo names that code.
// Payload slices are reported with Charge and Uncharge. Heap.Check verifies
// every invariant below (O(blocks): for tests).
//
// # Concurrency
//
// A Heap is used by one interpreter at a time, under that interpreter's lock:
// no atomics, no maps and no interfaces on the hot paths. Classes are shared by
// all heaps and never written after NewClass. The one process-wide structure
// is the arena cache (arenacache.go): the zeroed memory of arenas released by
// heaps outside debug mode, kept (up to 32 MiB) for the next new arena of the
// same class and size in any heap, so that interpreters created and closed
// one after another reuse their memory instead of allocating and clearing it
// afresh. Its mutex is taken only when an arena is created or released.
//
// # Major obscurity
//
// Free turns a block address into its index without a division: with size =
// odd·2^s and inv the inverse of odd modulo 2^64, rotate_right((p-base)·inv, s)
// equals (p-base)/size when size divides p-base, and exceeds (2^64-1)/size
// otherwise (Granlund and Montgomery's divisibility test, which holds for every
// 64-bit value, so p below base is caught too). One multiply and one
// rotate thus give the index and reject any pointer that is not the start of a
// block of the pool: a pointer into another heap's memory whose stale header
// names a pool of ours fails the same "index < n" test.
package alloc
