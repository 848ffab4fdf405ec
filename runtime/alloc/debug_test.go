package alloc

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

// nextLine returns "dir/file.go:N+1" for a call on line N: the way a free site on
// the next line is named.
func nextLine() string {
	_, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", shortFile(file), line+1)
}

// dealloc plays the object layer: poison the type word, then return the block.
// With SiteSkip 1 the free site is dealloc's caller.
func dealloc(h *Heap, p *tFloat) {
	p.typ = freedType
	Free(h, floatClass, p)
}

func TestUseAfterFreeIsPoisonedAndQuarantined(t *testing.T) {
	const q = 50
	h := NewHeap(Config{Debug: true, Quarantine: q, SiteSkip: 1})
	p := Alloc(h, floatClass)
	p.Refcnt, p.typ, p.v = 1, floatType, 2.5
	p.Refcnt = 0
	site := nextLine()
	dealloc(h, p)

	// The block keeps its poison and the allocator knows what and where it was.
	if p.typ != freedType || p.v != 2.5 {
		t.Fatalf("freed block changed: %+v", *p)
	}
	class, where, ok := h.FreedInfo(unsafe.Pointer(p))
	if !ok || class != "float" || !strings.Contains(where, "TestUseAfterFreeIsPoisonedAndQuarantined ("+site+")") {
		t.Fatalf("FreedInfo = %q, %q, %v; want float freed at %s", class, where, ok, site)
	}
	if h.AllocatedBlocks() != 0 || h.Stats().Quarantined != 1 {
		t.Fatalf("quarantined block counted wrong: %+v", h.Stats())
	}
	// It is not reused while in quarantine, even though its pool has room...
	var others []*tFloat
	for range q - 1 {
		o := Alloc(h, floatClass)
		if o == p {
			t.Fatal("quarantined block reused")
		}
		o.typ = floatType
		dealloc(h, o)
		others = append(others, o)
		if p.typ != freedType {
			t.Fatal("poison lost while in quarantine")
		}
	}
	mustCheck(t, h)
	// ...and leaves it after q more frees: available again, still poisoned
	// until it is reused, and still described by FreedInfo.
	o := Alloc(h, floatClass)
	dealloc(h, o)
	if p.Pool != 0 || p.typ != freedType {
		t.Fatalf("block left the quarantine wrongly: %+v", *p)
	}
	if class, where, ok := h.FreedInfo(unsafe.Pointer(p)); !ok || class != "float" || !strings.Contains(where, site) {
		t.Fatal("FreedInfo forgot a freed block after the quarantine")
	}
	if h.Stats().Quarantined != q {
		t.Fatalf("quarantine holds %d, want %d", h.Stats().Quarantined, q)
	}
	mustCheck(t, h)
	if r := Alloc(h, floatClass); r != p {
		t.Fatal("block not reusable after leaving the quarantine")
	} else if *r != (tFloat{Header: Header{Pool: r.Pool}}) {
		t.Fatalf("reused block not zeroed: %+v", *r)
	} else if _, _, ok := h.FreedInfo(unsafe.Pointer(r)); ok {
		t.Fatal("FreedInfo reports a block in use")
	}
	mustCheck(t, h)
}

func TestDoubleFreeIsCaught(t *testing.T) {
	for _, debug := range []bool{false, true} {
		h := NewHeap(Config{Debug: debug, SiteSkip: 1})
		p := Alloc(h, floatClass)
		first := nextLine()
		dealloc(h, p)
		var second string
		msg := panicOf(func() {
			second = nextLine()
			dealloc(h, p)
		})
		p.typ = nil // the test's dealloc poisoned a free block before Free panicked
		if !strings.Contains(msg, "double free of a float block") {
			t.Fatalf("debug=%v: panic %q", debug, msg)
		}
		if debug && (!strings.Contains(msg, "freed at alloc.TestDoubleFreeIsCaught ("+first+")") ||
			!strings.Contains(msg, "freed again at alloc.TestDoubleFreeIsCaught.func1 ("+second+")")) {
			t.Fatalf("panic does not name both sites %s and %s: %q", first, second, msg)
		}
		mustCheck(t, h)
	}
}

// TestDoubleFreeAfterQuarantine: a block that already left the quarantine (zeroed,
// on its pool's free stack) is still caught, with its recorded site.
func TestDoubleFreeAfterQuarantine(t *testing.T) {
	h := NewHeap(Config{Debug: true, Quarantine: 1, SiteSkip: 1})
	p := Alloc(h, floatClass)
	o := Alloc(h, floatClass)
	first := nextLine()
	dealloc(h, p)
	dealloc(h, o) // pushes p out of the quarantine
	msg := panicOf(func() { dealloc(h, p) })
	if !strings.Contains(msg, "double free of a float block") || !strings.Contains(msg, first) {
		t.Fatalf("panic %q, want a double free naming %s", msg, first)
	}
}

func TestSiteDepth(t *testing.T) {
	h := NewHeap(Config{Debug: true, SiteDepth: 2})
	p := Alloc(h, floatClass)
	site := nextLine()
	dealloc(h, p)
	_, where, _ := h.FreedInfo(unsafe.Pointer(p))
	if !strings.HasPrefix(where, "alloc.dealloc (") || !strings.Contains(where, " <- alloc.TestSiteDepth ("+site+")") {
		t.Fatalf("site %q", where)
	}
}

func TestDeferredInDebugGoesThroughQuarantine(t *testing.T) {
	h := NewHeap(Config{Debug: true, Quarantine: 4})
	var ps []*tFloat
	for range 10 {
		ps = append(ps, Alloc(h, floatClass))
	}
	h.BeginDeferred()
	for _, p := range ps {
		dealloc(h, p)
	}
	if s := h.Stats(); s.Deferred != 10 || s.Quarantined != 0 {
		t.Fatalf("deferred: %+v", s)
	}
	mustCheck(t, h)
	h.EndDeferred()
	if s := h.Stats(); s.Deferred != 0 || s.Quarantined != 4 || s.Blocks != 0 {
		t.Fatalf("after EndDeferred: %+v", s)
	}
	// The last 4 are in the quarantine; the first 6 went through it and are
	// available again, keeping their poison until reused.
	for i, p := range ps {
		quarantined := p.Pool&heldQuarantine != 0
		if p.typ != freedType || quarantined != (i >= 6) || !quarantined && p.Pool != 0 {
			t.Fatalf("block %d: %+v", i, *p)
		}
	}
	mustCheck(t, h)
}

func TestOwnsAndFreedInfoOnStrangers(t *testing.T) {
	h := NewHeap(Config{Debug: true})
	g := NewHeap(Config{Debug: true})
	p := Alloc(h, floatClass)
	q := Alloc(g, floatClass)
	var static tFloat // like a static immortal: Pool 0
	for name, tc := range map[string]struct {
		p    unsafe.Pointer
		owns bool
	}{
		"own block":     {unsafe.Pointer(p), true},
		"foreign block": {unsafe.Pointer(q), false},
		"static":        {unsafe.Pointer(&static), false},
	} {
		if got := h.Owns(tc.p); got != tc.owns {
			t.Errorf("%s: Owns = %v", name, got)
		}
		if _, _, ok := h.FreedInfo(tc.p); ok {
			t.Errorf("%s: FreedInfo reports a block not freed", name)
		}
	}
	dealloc(h, p)
	if !h.Owns(unsafe.Pointer(p)) {
		t.Error("a quarantined block is still the heap's")
	}
	if _, _, ok := g.FreedInfo(unsafe.Pointer(p)); ok {
		t.Error("another heap describes our freed block")
	}
}

func TestLiveStopsEarly(t *testing.T) {
	h := NewHeap(Config{})
	for range 10 {
		Alloc(h, floatClass)
	}
	n := 0
	h.Live(func(string, unsafe.Pointer) bool { n++; return n < 3 })
	if n != 3 {
		t.Fatalf("Live went on after false: %d calls", n)
	}
}

// TestLiveMayFree: fn frees every block it is shown, draining arenas during the walk.
func TestLiveMayFree(t *testing.T) {
	h := NewHeap(Config{})
	for range 20 * floatClass.BlocksPerPool() {
		Alloc(h, floatClass)
	}
	n := 0
	h.Live(func(_ string, p unsafe.Pointer) bool {
		Free(h, floatClass, (*tFloat)(p))
		n++
		return true
	})
	if n != 20*floatClass.BlocksPerPool() || h.AllocatedBlocks() != 0 {
		t.Fatalf("visited %d, %d left", n, h.AllocatedBlocks())
	}
	mustCheck(t, h)
}
