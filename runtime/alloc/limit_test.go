package alloc

import "testing"

// The limit reports the first crossing once, re-arms, moves to the
// reserve after a MemoryError and back to the plain limit once the total
// falls under it; Fits refuses what would cross.
func TestHeapLimit(t *testing.T) {
	h := NewHeap(Config{})
	calls := 0
	h.SetLimit(1<<20, func() { calls++ })
	if !h.Fits(1<<20) || h.Fits(1<<20+1) {
		t.Fatal("Fits at the limit")
	}
	h.Charge(1 << 20)
	if calls != 0 || h.Over() {
		t.Fatalf("at the limit: %d calls, over %v", calls, h.Over())
	}
	h.Charge(1)
	h.Charge(100)
	if calls != 1 || !h.Over() {
		t.Fatalf("past the limit: %d calls, over %v", calls, h.Over())
	}
	// The VM raised MemoryError: the reserve (256 KiB here) applies
	// above the total at that moment.
	h.UseReserve()
	h.Charge(200 << 10)
	if calls != 1 {
		t.Fatalf("in the reserve: %d calls", calls)
	}
	h.Charge(100 << 10)
	if calls != 2 {
		t.Fatalf("past the reserve: %d calls", calls)
	}
	h.UseReserve() // a second error does not move the base
	h.Charge(1)
	if calls != 3 {
		t.Fatalf("still past the reserve: %d calls", calls)
	}
	// Back under the limit: the plain limit again.
	h.Uncharge(102 + 300<<10 + 1000)
	h.Charge(2000)
	if calls != 4 {
		t.Fatalf("crossing again: %d calls", calls)
	}
	// No limit: nothing reported.
	h.SetLimit(0, nil)
	h.Charge(1 << 40)
	if h.Over() || !h.Fits(1<<50) {
		t.Fatal("no limit")
	}
	h.Uncharge(1 << 40)
}
