//go:build ownercheck

package alloc

import (
	"runtime"
	"testing"
	"unsafe"
)

// A released arena's memory serves other heaps (the arena cache and the
// shell cache hand it to the next heap that needs it), while a HeapOf may
// still be reading an older snapshot of the index that lists it under the
// heap that released it. That is safe because a goroutine can only ask
// about a block it got after the block was allocated, so after the new
// heap registered the arena: the snapshot it loads lists the new owner.
// This checks that the current index names the new heap for every block
// of it, however the memory came to it.
func TestIndexAfterReuse(t *testing.T) {
	type rng struct{ base, end uintptr }
	for round := range 5 {
		a := NewHeap(Config{})
		var fs []*tFloat
		var ls []*tList
		var bs []*tBig
		for range 20000 {
			fs = append(fs, Alloc(a, floatClass))
		}
		for range 3000 {
			ls = append(ls, Alloc(a, listClass))
		}
		for range 50 {
			bs = append(bs, Alloc(a, bigClass))
		}
		for _, p := range fs {
			Free(a, floatClass, p)
		}
		for _, p := range ls {
			Free(a, listClass, p)
		}
		for _, p := range bs {
			Free(a, bigClass, p)
		}
		snap := spans.Load() // what a concurrent HeapOf may be reading
		var old []rng
		for _, s := range *snap {
			if s.a.cs.h == a {
				old = append(old, rng{s.base, s.end})
			}
		}
		a.Release()
		runtime.GC()
		runtime.GC()

		b := NewHeap(Config{})
		var bbig []*tBig
		var blist []*tList
		for range 3000 {
			bbig = append(bbig, Alloc(b, bigClass))
			blist = append(blist, Alloc(b, listClass))
		}
		reused := 0
		for _, arena := range b.byAddr {
			lo, hi := uintptr(arena.base), arena.end
			for _, r := range old {
				if lo < r.end && r.base < hi {
					reused++
				}
			}
		}
		for _, p := range bbig {
			if h := HeapOf(unsafe.Pointer(p)); h != b {
				t.Fatalf("round %d: HeapOf names heap %v for a block of heap %d (%d arenas reused)", round, h, b.ID(), reused)
			}
		}
		for _, p := range blist {
			if h := HeapOf(unsafe.Pointer(p)); h != b {
				t.Fatalf("round %d: HeapOf names heap %v for a block of heap %d (%d arenas reused)", round, h, b.ID(), reused)
			}
		}
		runtime.KeepAlive(snap)
		for _, p := range bbig {
			Free(b, bigClass, p)
		}
		for _, p := range blist {
			Free(b, listClass, p)
		}
		b.Release()
	}
}
