//go:build ownercheck

package alloc

import (
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// OwnerCheck is true in the check build: HeapOf and Attach work, and the
// object layer checks every refcount change against them.
const OwnerCheck = true

// span is one live arena in the process-wide index, with the heap it
// belonged to when registered. mem keeps the arena's memory allocated for
// as long as any snapshot of the index lists the span. The memory may
// still serve another heap meanwhile (the arena and shell caches hand it
// on), but only after that heap registered it afresh: a goroutine asking
// HeapOf about a block of it got the block after that, so it loads a
// snapshot naming the new heap (TestIndexAfterReuse).
type span struct {
	base, end uintptr
	mem       unsafe.Pointer
	a         *arena
	h         *Heap // a's heap when registered: a shell's arenas change heaps (shellcache.go)
}

// spans is the index of every live arena of every heap, sorted by base
// address. Readers load it without a lock (HeapOf runs on every refcount
// change of the check build); writers, at arena creation and release,
// copy it under spansMu.
var (
	spans   atomic.Pointer[[]span]
	spansMu sync.Mutex
)

func registerArena(a *arena) {
	spansMu.Lock()
	defer spansMu.Unlock()
	var cur []span
	if p := spans.Load(); p != nil {
		cur = *p
	}
	s := span{uintptr(a.base), a.end, a.base, a, a.cs.h}
	i, _ := slices.BinarySearchFunc(cur, s.base, func(x span, b uintptr) int { return cmpUintptr(x.base, b) })
	next := slices.Insert(slices.Clip(cur), i, s)
	spans.Store(&next)
}

func unregisterArena(a *arena) {
	spansMu.Lock()
	defer spansMu.Unlock()
	p := spans.Load()
	if p == nil {
		return
	}
	next := slices.DeleteFunc(slices.Clone(*p), func(x span) bool { return x.a == a })
	spans.Store(&next)
}

// HeapOf returns the heap whose arena holds the block at p, or nil when p
// is in no arena (a static object, or memory Go allocated directly).
func HeapOf(p unsafe.Pointer) *Heap {
	sp := spans.Load()
	if sp == nil {
		return nil
	}
	s := *sp
	addr := uintptr(p)
	i, found := slices.BinarySearchFunc(s, addr, func(x span, b uintptr) int { return cmpUintptr(x.base, b) })
	if !found {
		i--
	}
	if i < 0 || addr >= s[i].end {
		return nil
	}
	return s[i].h
}

// attached maps a goroutine (getg's token) to the heap it works in. An
// entry must not outlive its goroutine: the token is the address of the
// goroutine's g, which Go reuses for a later goroutine, which would then
// start out attached to a heap it never entered.
var attached sync.Map

func setCurrent(h *Heap) {
	if h == nil {
		attached.Delete(getg())
		return
	}
	attached.Store(getg(), h)
}

// Attach records that the calling goroutine works in h from now on (it
// runs h's interpreter) and returns the heap it worked in before (nil:
// none), for Restore. vm/interp brackets New, Exec, Run* and Close with
// Attach and Restore: their code runs under the interpreter's main thread
// state, which holds the lock between calls on behalf of whichever
// goroutine calls.
func Attach(h *Heap) (prev *Heap) {
	prev = Current()
	setCurrent(h)
	return prev
}

// Restore undoes Attach: the goroutine works in prev again (nil: none).
func Restore(prev *Heap) { setCurrent(prev) }

// Take records that the calling goroutine has taken the lock of h's
// interpreter (vm's Thread.Attach): it works in h until Drop. Unlike
// Attach it does not nest: a goroutine holds at most one interpreter
// lock, and whoever drops one takes another (or returns from an Attach,
// whose Restore puts back what was before) before touching an object.
func Take(h *Heap) { setCurrent(h) }

// Drop records that the calling goroutine has dropped its interpreter
// lock (vm's Thread.Detach, a hand-off, a thread's end): it works in no
// heap until it takes a lock again.
func Drop() { setCurrent(nil) }

// Current returns the heap the calling goroutine is attached to, or nil.
func Current() *Heap {
	if v, ok := attached.Load(getg()); ok {
		return v.(*Heap)
	}
	return nil
}
