package alloc

import (
	"fmt"
	"path"
	"reflect"
	"runtime"
	"strings"
	"unsafe"
)

// siteDepth is the number of return PCs recorded per debug free: enough for
// Free's own frame, the object layer's dealloc plumbing (Config.SiteSkip) and a
// few frames of context (Config.SiteDepth).
const siteDepth = 8

// site is a free site: the return PCs from Free's frame upwards.
type site struct{ pcs [siteDepth]uintptr }

// blockRef names one block of a pool.
type blockRef struct {
	pl  *pool
	idx uint32
}

// ring is the debug quarantine: a FIFO of freed blocks, oldest first.
type ring struct {
	buf     []blockRef
	head, n int
}

// push appends b; when the ring was full it returns the oldest entry, which
// leaves the quarantine.
func (r *ring) push(b blockRef) (old blockRef, evicted bool) {
	if r.n == len(r.buf) {
		old, evicted = r.buf[r.head], true
		r.buf[r.head] = b
		r.head = (r.head + 1) % len(r.buf)
		return old, evicted
	}
	r.buf[(r.head+r.n)%len(r.buf)] = b
	r.n++
	return blockRef{}, false
}

// freeSlow is Free in debug or deferred mode, and the diagnosis of a bad Free.
//
//go:noinline
func (h *Heap) freeSlow(c *classInfo, p unsafe.Pointer) {
	hdr := (*Header)(p)
	pl, idx := h.checkFree(c, p)
	if h.deferred > 0 || h.debug {
		if h.debug {
			if pl.sites == nil {
				pl.sites = make([]site, pl.n)
			}
			// Unwinding costs per frame: record only what formatSite will show.
			s := &pl.sites[idx]
			n := runtime.Callers(2, s.pcs[:h.siteFrames])
			clear(s.pcs[n:])
		}
		pl.nheld++
		if h.deferred > 0 {
			hdr.Pool = pl.id | heldDeferred
			pl.cs.deferred++
			h.deferredBlocks.push(blockRef{pl, idx})
			return
		}
		h.quarantineBlock(blockRef{pl, idx})
		return
	}
	c.clear(p)
	pl.pushFree(idx)
}

// checkFree returns p's pool and index, or panics describing why p cannot be
// freed as a block of class c: that is always a minipy bug.
func (h *Heap) checkFree(c *classInfo, p unsafe.Pointer) (*pool, uint32) {
	hdr := (*Header)(p)
	id := hdr.Pool & poolIDMask
	var pl *pool
	if id != 0 && id < uint32(len(h.pools)) {
		pl = h.pools[id]
	}
	if pl != nil {
		if idx, ok := pl.index(p); ok {
			if pl.class != c.id {
				panic(fmt.Sprintf("alloc: Free of a %s block as a %s block (%p)", pl.cs.info.name, c.name, p))
			}
			if hdr.Pool&^poolIDMask != 0 {
				h.doubleFree(pl, idx, p)
			}
			return pl, idx
		}
	}
	if id == 0 {
		if pl = h.findPool(p); pl != nil {
			if idx, ok := pl.index(p); ok {
				h.doubleFree(pl, idx, p)
			}
		}
	}
	panic(fmt.Sprintf("alloc: Free of %p as a %s block: not a block allocated by this heap", p, c.name))
}

func (h *Heap) doubleFree(pl *pool, idx uint32, p unsafe.Pointer) {
	var again site
	runtime.Callers(3, again.pcs[:])
	msg := fmt.Sprintf("alloc: double free of a %s block (%p)", pl.cs.info.name, p)
	if pl.sites != nil {
		msg += "; freed at " + h.formatSite(&pl.sites[idx])
	}
	panic(msg + "; freed again at " + h.formatSite(&again))
}

// quarantineBlock puts a freed block (already counted in pl.nheld) into the
// quarantine; the oldest quarantined block leaves it and becomes reusable.
func (h *Heap) quarantineBlock(b blockRef) {
	(*Header)(b.pl.block(b.idx)).Pool = b.pl.id | heldQuarantine
	b.pl.cs.quarantined++
	if old, ok := h.quarantine.push(b); ok {
		h.releaseHeld(old)
	}
}

// releaseHeld makes a quarantined or deferred block reusable: zeroed and on its
// pool's free stack. In debug mode only its Header.Pool is cleared: the object
// layer's poison stays until Alloc reuses (and zeroes) the block, so a late use
// after free still meets it.
func (h *Heap) releaseHeld(b blockRef) {
	pl := b.pl
	p := pl.block(b.idx)
	if (*Header)(p).Pool&heldQuarantine != 0 {
		pl.cs.quarantined--
	} else {
		pl.cs.deferred--
	}
	if h.debug {
		(*Header)(p).Pool = 0
	} else {
		pl.cs.info.clear(p)
	}
	pl.nheld--
	pl.pushFree(b.idx)
}

// pushFree makes block idx (zeroed, not held) available again.
func (pl *pool) pushFree(idx uint32) {
	pl.free[pl.nfree] = uint16(idx)
	pl.nfree++
	if pl.nfree == 1 || pl.nfree == pl.n {
		pl.cs.poolFreed(pl)
	}
}

// BeginDeferred enters deferred-free mode (interpreter finalization): blocks
// freed from now on stay intact and are not reused until the matching
// EndDeferred. Calls nest.
func (h *Heap) BeginDeferred() {
	h.deferred++
	h.slow = true
}

// EndDeferred leaves one level of deferred-free mode; leaving the outermost
// releases every block freed meanwhile (through the quarantine in debug mode).
func (h *Heap) EndDeferred() {
	if h.deferred == 0 {
		panic("alloc: EndDeferred without BeginDeferred")
	}
	h.deferred--
	if h.deferred > 0 {
		return
	}
	h.slow = h.debug
	bank := h.deferredBlocks
	h.deferredBlocks = blockBank{}
	for _, chunk := range bank.chunks {
		for _, b := range chunk {
			if h.debug {
				b.pl.cs.deferred--
				h.quarantineBlock(b)
			} else {
				h.releaseHeld(b)
			}
		}
	}
}

// blockBank is the list of blocks freed in deferred mode, in chunks of a
// fixed size: banking a million blocks (finalization's phase 2) never
// copies the list, as append's growth would, each time into fresh pages.
type blockBank struct {
	chunks [][]blockRef
	n      int
}

const bankChunk = 4096

func (b *blockBank) push(r blockRef) {
	if k := len(b.chunks); k == 0 || len(b.chunks[k-1]) == bankChunk {
		b.chunks = append(b.chunks, make([]blockRef, 0, bankChunk))
	}
	last := &b.chunks[len(b.chunks)-1]
	*last = append(*last, r)
	b.n++
}

// Deferred reports whether the heap is in deferred-free mode.
func (h *Heap) Deferred() bool { return h.deferred > 0 }

// FreedInfo reports, for a block of this heap that is not in use, its class and
// (in debug mode) where it was last freed. ok is false when p is not a block of
// this heap or is in use.
func (h *Heap) FreedInfo(p unsafe.Pointer) (class, site string, ok bool) {
	pl := h.findPool(p)
	if pl == nil {
		return "", "", false
	}
	idx, ok := pl.index(p)
	if !ok || (*Header)(p).Pool == pl.id {
		return "", "", false
	}
	if pl.sites != nil && pl.sites[idx].pcs[0] != 0 {
		site = h.formatSite(&pl.sites[idx])
	}
	return pl.cs.info.name, site, true
}

// Owns reports whether p (which must point at a Header) is a block of this heap
// that is in use, or freed but held (quarantined, or deferred). It is O(1): the
// pool id in the header is only a hint, confirmed by p's address.
func (h *Heap) Owns(p unsafe.Pointer) bool {
	id := (*Header)(p).Pool & poolIDMask
	if id == 0 || id >= uint32(len(h.pools)) {
		return false
	}
	pl := h.pools[id]
	if pl == nil {
		return false
	}
	_, ok := pl.index(p)
	return ok
}

var allocPkg = reflect.TypeFor[Header]().PkgPath()

// formatSite names the frame SiteSkip frames above Free's caller, and SiteDepth
// frames from there, innermost first.
func (h *Heap) formatSite(s *site) string {
	n := 0
	for n < len(s.pcs) && s.pcs[n] != 0 {
		n++
	}
	frames := runtime.CallersFrames(s.pcs[:n])
	skip, depth := h.cfg.SiteSkip, h.cfg.SiteDepth
	var parts []string
	for {
		f, more := frames.Next()
		fn := f.Function
		inAlloc := strings.HasPrefix(fn, allocPkg+".Free") || strings.HasPrefix(fn, allocPkg+".(*Heap).")
		switch {
		case fn == "" || inAlloc:
		case skip > 0:
			skip--
		default:
			parts = append(parts, fmt.Sprintf("%s (%s:%d)", path.Base(fn), shortFile(f.File), f.Line))
			depth--
		}
		if !more || depth == 0 {
			break
		}
	}
	if len(parts) == 0 {
		return "?"
	}
	return strings.Join(parts, " <- ")
}

// shortFile keeps the last two elements of a source path.
func shortFile(file string) string {
	i := strings.LastIndexByte(file, '/')
	if i > 0 {
		if j := strings.LastIndexByte(file[:i], '/'); j >= 0 {
			return file[j+1:]
		}
	}
	return file
}
