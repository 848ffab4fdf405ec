//go:build ownercheck

package alloc

import (
	"runtime"
	"testing"
)

// An arena's memory stays allocated for as long as any snapshot of the
// index holds its span. HeapOf reads a snapshot without a lock, and
// Release drops arenas while other heaps grow: if a released arena's
// memory could be reclaimed while a snapshot (or, during release, the
// index itself) still listed it, Go could hand the same addresses to
// another heap's new arena, and HeapOf would name the old heap for a
// block of the new one, a false ownership violation.
func TestIndexKeepsArenaMemory(t *testing.T) {
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
		for _, arena := range b.byAddr {
			lo, hi := uintptr(arena.base), arena.end
			for _, r := range old {
				if lo < r.end && r.base < hi {
					t.Fatalf("round %d: a new arena [%#x, %#x) of heap %d reuses memory of a released arena [%#x, %#x) still in an index snapshot",
						round, lo, hi, b.ID(), r.base, r.end)
				}
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
