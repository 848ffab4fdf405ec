package objects

import (
	"strings"
	"testing"

	"minipy/runtime/alloc"
)

// TestImmortalize: the return values (1, then 0; 0 for a static immortal),
// the refcount pinned at the sentinel, the collector's tracking dropped and
// remembered in the registry.
func TestImmortalize(t *testing.T) {
	sp := NewSpace(alloc.Config{Debug: true})
	ts := sp.NewThread()
	l := NewList(ts)
	if !gcIsTracked(l) {
		t.Fatal("a new list should be tracked")
	}
	if got := Immortalize(ts, l); got != 1 {
		t.Fatalf("Immortalize = %d, want 1", got)
	}
	if got := Immortalize(ts, l); got != 0 {
		t.Fatalf("second Immortalize = %d, want 0", got)
	}
	if got := Immortalize(ts, None); got != 0 {
		t.Fatalf("Immortalize(None) = %d, want 0", got)
	}
	if !l.IsImmortal() || GCIsTracked(l) || gcIsTracked(l) {
		t.Fatal("immortal list should be immortal and untracked")
	}
	for range 10 {
		Incref(l)
	}
	Decref(ts, l)
	if l.Refcnt() != ImmortalRefcnt {
		t.Fatalf("refcount moved to %d", l.Refcnt())
	}
	if sp.Immortals.Len() != 1 || sp.Immortals.Entry(0).Obj != l || !sp.Immortals.Entry(0).WasTracked {
		t.Fatal("registry should hold the list, tracked")
	}
	// Give it back (what finalization's phase 2 does).
	SetMortal(l, 1)
	Decref(ts, l)
	sp.Immortals.Reset()
	if n := sp.Heap.AllocatedBlocks(); n != 0 {
		t.Fatalf("%d blocks left", n)
	}
}

// The benchmarks the issue asks for: Incref+Decref of an immortal object
// must be no slower than of a mortal one (both are one compare; the
// immortal path skips the write).
func BenchmarkIncDecrefMortal(b *testing.B) {
	ts := NewSpace(alloc.Config{}).NewThread()
	o := NewList(ts)
	for b.Loop() {
		Incref(o)
		Decref(ts, o)
	}
	Decref(ts, o)
}

func BenchmarkIncDecrefImmortal(b *testing.B) {
	ts := NewSpace(alloc.Config{}).NewThread()
	o := NewList(ts)
	Immortalize(ts, o)
	for b.Loop() {
		Incref(o)
		Decref(ts, o)
	}
}

// TestDebugStrayDecref: under the debug allocator a Decref of a freed
// object (a use after free that touches only the count) panics, naming
// the freed object, instead of passing silently (finalization's property
// test relies on it).
func TestDebugStrayDecref(t *testing.T) {
	sp := NewSpace(alloc.Config{Debug: true})
	ts := sp.NewThread()
	l := NewList(ts)
	Decref(ts, l) // freed: poisoned
	defer func() {
		p := recover()
		if p == nil {
			t.Fatal("a Decref of a freed object did not panic")
		}
		if msg, _ := p.(string); !strings.Contains(msg, "use of a freed object") {
			t.Fatalf("panic %v", p)
		}
	}()
	Decref(ts, l)
}
