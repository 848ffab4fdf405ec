package alloc

import (
	"fmt"
	"slices"
	"unsafe"
)

// Check verifies every invariant of doc.go over the whole heap and returns the
// first violation found. It is O(blocks): for tests and debug builds, never for
// the hot path.
func (h *Heap) Check() error {
	var quarantined, deferred, arenas int
	for ci, cs := range h.classes {
		if cs == nil {
			continue
		}
		if cs.id != uint32(ci) || cs.h != h {
			return fmt.Errorf("class %d: state in the wrong slot", ci)
		}
		if err := cs.check(); err != nil {
			return fmt.Errorf("class %s: %w", cs.info.name, err)
		}
		quarantined += cs.quarantined
		deferred += cs.deferred
		arenas += len(cs.arenas)
	}
	if arenas != len(h.byAddr) {
		return fmt.Errorf("%d arenas in classes, %d in the address index", arenas, len(h.byAddr))
	}
	for i, a := range h.byAddr {
		if a.dead || a.cs.h != h {
			return fmt.Errorf("address index holds a released or foreign arena")
		}
		if i > 0 && h.byAddr[i-1].end > uintptr(a.base) {
			return fmt.Errorf("address index not sorted or arenas overlap")
		}
	}
	if quarantined != h.quarantine.n {
		return fmt.Errorf("%d blocks flagged quarantined, quarantine holds %d", quarantined, h.quarantine.n)
	}
	if deferred != h.deferredBlocks.n {
		return fmt.Errorf("%d blocks flagged deferred, deferred list holds %d", deferred, h.deferredBlocks.n)
	}
	if !h.debug && quarantined != 0 {
		return fmt.Errorf("quarantine used outside debug mode")
	}
	if h.deferred == 0 && deferred != 0 {
		return fmt.Errorf("deferred blocks outside deferred mode")
	}
	for id, pl := range h.pools {
		if pl != nil && (pl.id != uint32(id) || pl.arena.dead) {
			return fmt.Errorf("pool table slot %d holds pool %d", id, pl.id)
		}
	}
	return nil
}

func (cs *classState) check() error {
	h := cs.h
	used := 0
	if mirror := h.used[cs.id]; mirror != cs.used && !(h.debug && mirror == nil) {
		return fmt.Errorf("Heap.used does not mirror the used list's head")
	}
	for pl, prev := cs.used, (*pool)(nil); pl != nil; prev, pl = pl, pl.nextp {
		if pl.state != poolUsed || pl.prev != prev || pl.cs != cs {
			return fmt.Errorf("used list holds pool %d in state %d", pl.id, pl.state)
		}
		used++
	}
	var nUsed, nEmptyArenas, quarantined, deferred int
	for _, a := range cs.arenas {
		if a.dead || a.cs != cs {
			return fmt.Errorf("released or foreign arena in the class's list")
		}
		freeList := 0
		for pl := a.free; pl != nil; pl = pl.nextp {
			if pl.state != poolEmpty || pl.arena != a {
				return fmt.Errorf("arena free list holds pool %d in state %d", pl.id, pl.state)
			}
			freeList++
		}
		if freeList != a.nfree {
			return fmt.Errorf("arena free list has %d pools, nfree is %d", freeList, a.nfree)
		}
		inBucket := false
		for b := cs.byFree[a.nfree]; a.nfree > 0 && b != nil; b = b.next {
			inBucket = inBucket || b == a
		}
		if a.nfree > 0 && !inBucket {
			return fmt.Errorf("arena with %d empty pools not in its bucket", a.nfree)
		}
		if a.nfree == len(a.pools) {
			nEmptyArenas++
			if cs.spare != a {
				return fmt.Errorf("an arena with all pools empty is not the spare")
			}
		}
		for i := range a.pools {
			pl := &a.pools[i]
			if h.pools[pl.id] != pl {
				return fmt.Errorf("pool %d not in the pool table", pl.id)
			}
			q, d, err := pl.check()
			if err != nil {
				return fmt.Errorf("pool %d: %w", pl.id, err)
			}
			quarantined += q
			deferred += d
			if pl.state == poolUsed {
				nUsed++
			}
		}
	}
	for k, b := range cs.byFree {
		for ; b != nil; b = b.next {
			if b.nfree != k || k == 0 || !slices.Contains(cs.arenas, b) {
				return fmt.Errorf("bucket %d holds an arena with %d empty pools", k, b.nfree)
			}
		}
	}
	switch {
	case nUsed != used:
		return fmt.Errorf("%d pools in state used, %d on the used list", nUsed, used)
	case nEmptyArenas > 1 || (nEmptyArenas == 1) != (cs.spare != nil):
		return fmt.Errorf("%d arenas with all pools empty, spare %v (at most 1 may be kept)", nEmptyArenas, cs.spare != nil)
	case quarantined != cs.quarantined || deferred != cs.deferred:
		return fmt.Errorf("quarantined/deferred %d/%d, counters %d/%d", quarantined, deferred, cs.quarantined, cs.deferred)
	}
	return nil
}

// check verifies one pool's counts, free stack and block headers, and returns
// its numbers of quarantined and deferred blocks.
func (pl *pool) check() (quarantined, deferred int, err error) {
	if pl.nfree > pl.n || pl.nheld > pl.n-pl.nfree || len(pl.free) != int(pl.n) {
		return 0, 0, fmt.Errorf("counts nfree=%d nheld=%d n=%d", pl.nfree, pl.nheld, pl.n)
	}
	var want uint8
	head := pl.cs.used
	switch {
	case pl.nfree == pl.n && head == pl && pl.nextp == nil:
		want = poolUsed // kept: alone on the used list
	case pl.nfree == pl.n:
		want = poolEmpty
	case pl.nfree == 0:
		want = poolFull
	default:
		want = poolUsed
	}
	if pl.state != want {
		return 0, 0, fmt.Errorf("state %d, counts say %d", pl.state, want)
	}
	isFree := make([]bool, pl.n)
	for _, idx := range pl.free[:pl.nfree] {
		if uint32(idx) >= pl.n || isFree[idx] {
			return 0, 0, fmt.Errorf("free stack entry %d invalid or repeated", idx)
		}
		isFree[idx] = true
	}
	for idx := uint32(0); idx < pl.n; idx++ {
		p := pl.block(idx)
		hp := (*Header)(p).Pool
		switch {
		case isFree[idx]:
			// In debug mode only the Header is cleared: the rest keeps its poison.
			if hp != 0 || !pl.cs.h.debug && !zeroed(p, pl.size) {
				return 0, 0, fmt.Errorf("available block %d not zeroed", idx)
			}
		case hp == pl.id:
		case hp == pl.id|heldQuarantine:
			quarantined++
		case hp == pl.id|heldDeferred:
			deferred++
		default:
			return 0, 0, fmt.Errorf("block %d in use has Header.Pool %#x", idx, hp)
		}
	}
	if quarantined+deferred != int(pl.nheld) {
		return 0, 0, fmt.Errorf("%d held blocks, nheld %d", quarantined+deferred, pl.nheld)
	}
	return quarantined, deferred, nil
}

func zeroed(p unsafe.Pointer, size uintptr) bool {
	for _, b := range unsafe.Slice((*byte)(p), size) {
		if b != 0 {
			return false
		}
	}
	return true
}
