package alloc

import (
	"sync"
	"testing"
	"unsafe"
)

// Release gives every arena back, the spare ones included, and the heap
// stays usable.
func TestRelease(t *testing.T) {
	for _, debug := range []bool{false, true} {
		h := NewHeap(Config{Debug: debug})
		var ps []*tFloat
		for range 5000 {
			ps = append(ps, Alloc(h, floatClass))
		}
		l := Alloc(h, listClass)
		for _, p := range ps {
			Free(h, floatClass, p)
		}
		Free(h, listClass, l)
		if h.Stats().Arenas == 0 {
			t.Fatalf("debug %v: no arena before Release", debug)
		}
		h.Release()
		if s := h.Stats(); s.Arenas != 0 || h.AllocatedBlocks() != 0 {
			t.Fatalf("debug %v: after Release: %d arenas, %d blocks", debug, s.Arenas, h.AllocatedBlocks())
		}
		if err := h.Check(); err != nil {
			t.Fatalf("debug %v: %v", debug, err)
		}
		p := Alloc(h, floatClass)
		Free(h, floatClass, p)
		h.Release()
		if err := h.Check(); err != nil {
			t.Fatalf("debug %v: %v", debug, err)
		}
	}
}

// Heap ids are unique.
func TestHeapID(t *testing.T) {
	a, b := NewHeap(Config{}), NewHeap(Config{})
	if a.ID() == b.ID() || a.ID() == 0 {
		t.Fatalf("heap ids %d and %d", a.ID(), b.ID())
	}
}

// In the check build, HeapOf finds the heap of any block and Attach is
// per goroutine; in the normal build both are inert.
func TestOwnerIndex(t *testing.T) {
	a, b := NewHeap(Config{}), NewHeap(Config{Debug: true})
	pa, pb := Alloc(a, floatClass), Alloc(b, listClass)
	var static tFloat
	ha, hb := HeapOf(unsafe.Pointer(pa)), HeapOf(unsafe.Pointer(pb))
	if !OwnerCheck {
		if ha != nil || hb != nil || Attach(a) != nil || Current() != nil {
			t.Fatal("the normal build keeps no ownership index")
		}
		return
	}
	if ha != a || hb != b || HeapOf(unsafe.Pointer(&static)) != nil {
		t.Fatalf("HeapOf: %p %p, want %p %p", ha, hb, a, b)
	}
	prev := Attach(a)
	if prev != nil || Current() != a {
		t.Fatalf("Attach: prev %p, current %p", prev, Current())
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if Current() != nil {
			t.Error("a new goroutine is attached to no heap")
		}
		p := Attach(b)
		if Current() != b || p != nil {
			t.Error("Attach on another goroutine")
		}
		Restore(p)
	}()
	wg.Wait()
	if Current() != a {
		t.Fatal("another goroutine's Attach changed this one's")
	}
	Restore(prev)
	if Current() != nil {
		t.Fatal("Restore(nil) detaches")
	}
	Free(a, floatClass, pa)
	Free(b, listClass, pb)
	a.Release()
	b.Release()
	if HeapOf(unsafe.Pointer(pa)) != nil || HeapOf(unsafe.Pointer(pb)) != nil {
		t.Fatal("released arenas stay in the index")
	}
}
