package alloc

import "math"

// The memory limit of a heap (interp's SetMemoryLimit): the bytes of its
// arenas plus the payload charged (Charge: the Go-allocated backing arrays
// of lists, tuples, strs, bytes, dicts, sets, big ints, frames) held
// against a bound. The heap cannot fail an allocation (Alloc and the Go
// slices behind Charge have no error path), so it reports instead: the
// first Charge or new arena that takes the total past the limit calls the
// OnLimit callback once (the VM sets a bit in the running threads'
// eval-breaker words, and MemoryError is raised at the next check), and
// Fits lets the object layer refuse a big payload before allocating it
// (MemoryError at once, as CPython's failed malloc).
//
// After a MemoryError the VM calls UseReserve: the next report comes past
// the total at that time + reserve (an eighth of the limit, at least 256
// KiB), so that the code handling the error, or the next run's
// compilation, can allocate a little while it frees what it holds. Once the total is back under the
// limit (Uncharge, an arena released) the plain limit applies again. So
// the heap never exceeds limit + reserve by more than twice what is
// allocated between two checks of the eval loop, and a program that
// catches MemoryError and keeps allocating meets it again.
//
// Cost without a limit: Charge and Uncharge compare the payload with a
// bound (math.MaxInt64 and math.MinInt64 then), one predictable branch
// each; newArena and release are slow paths already.

// limitState is the part of a Heap the limit keeps.
type limitState struct {
	limit      int64  // 0: none
	arenaBytes int64  // bytes of live arenas
	armed      bool   // a crossing is reported (cleared by the report, set by Rearm)
	reserve    bool   // after a MemoryError: the bound is base + reserve
	base       int64  // the total when the reserve was entered (at least limit)
	onLimit    func() // called when the bound is crossed while armed
}

// SetLimit sets the heap's memory limit in bytes (0: none) and the
// function called when an allocation crosses it.
func (h *Heap) SetLimit(limit int64, onLimit func()) {
	h.lim.limit = max(limit, 0)
	h.lim.onLimit = onLimit
	h.lim.reserve = false
	h.Rearm()
}

// Limit is the heap's memory limit in bytes (0: none).
func (h *Heap) Limit() int64 { return h.lim.limit }

// InUse is the bytes the limit counts: live arenas plus charged payload.
func (h *Heap) InUse() int64 { return h.lim.arenaBytes + h.payload }

// Over reports whether the heap is past its limit.
func (h *Heap) Over() bool { return h.lim.limit > 0 && h.InUse() > h.lim.limit }

// OverBound reports whether the heap is past its bound: the limit, or
// after a MemoryError the total then + the reserve (UseReserve). A
// crossing reported before a MemoryError that was raised at once (Fits
// refusing a payload) is then no reason for another.
func (h *Heap) OverBound() bool { return h.lim.limit > 0 && h.InUse() > h.bound() }

// bound is the total past which a crossing is reported.
func (h *Heap) bound() int64 {
	if h.lim.reserve {
		return h.lim.base + max(h.lim.limit/8, 256<<10)
	}
	return h.lim.limit
}

// Fits reports whether n more bytes of payload stay within the limit
// (always true without one).
func (h *Heap) Fits(n int64) bool {
	return h.lim.limit == 0 || n <= h.bound()-h.InUse()
}

// Rearm makes the next crossing of the bound report again.
func (h *Heap) Rearm() {
	h.lim.armed = h.lim.limit > 0
	h.setBounds()
}

// UseReserve is called after a MemoryError: the bound moves to the
// current total + reserve until the total is back under the limit.
func (h *Heap) UseReserve() {
	if h.lim.limit > 0 && !h.lim.reserve {
		// The base is where the error found the total (past the limit by
		// what was allocated since the crossing); further errors in the
		// reserve do not move it, so catching MemoryError in a loop
		// cannot creep upwards.
		h.lim.reserve = true
		h.lim.base = max(h.lim.limit, h.InUse())
	}
	h.Rearm()
}

// setBounds sets the payloads at which Charge and Uncharge report.
func (h *Heap) setBounds() {
	h.payloadMax, h.payloadLow = math.MaxInt64, math.MinInt64
	if h.lim.armed {
		h.payloadMax = h.bound() - h.lim.arenaBytes
	}
	if h.lim.reserve {
		h.payloadLow = h.lim.limit - h.lim.arenaBytes
	}
}

// overLimit runs when Charge takes the payload past payloadMax.
//
//go:noinline
func (h *Heap) overLimit() {
	if !h.lim.armed {
		h.setBounds()
		return
	}
	h.lim.armed = false
	h.setBounds()
	if h.lim.onLimit != nil {
		h.lim.onLimit()
	}
}

// underLimit runs when Uncharge takes the payload under payloadLow: the
// total is back under the limit, which applies again.
//
//go:noinline
func (h *Heap) underLimit() {
	h.lim.reserve = false
	h.Rearm()
}

// arenaChange accounts an arena allocated (n > 0) or released (n < 0).
func (h *Heap) arenaChange(n int) {
	h.lim.arenaBytes += int64(n)
	if h.lim.limit == 0 {
		return
	}
	h.setBounds()
	switch {
	case n > 0 && h.payload > h.payloadMax:
		h.overLimit()
	case n < 0 && h.payload < h.payloadLow:
		h.underLimit()
	}
}
