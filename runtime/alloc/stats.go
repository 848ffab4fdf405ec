package alloc

import (
	"fmt"
	"strings"
	"unsafe"
)

// ClassStats are one class's figures in one heap.
type ClassStats struct {
	Name          string
	BlockSize     int // bytes per block
	BlocksPerPool int

	Arenas     int // live arenas
	Pools      int // pools of live arenas (= UsedPools + FullPools + EmptyPools)
	UsedPools  int // some blocks available, some in use or held
	FullPools  int // no block available
	EmptyPools int // nothing in use or held

	InUse       int // blocks allocated and not freed
	Free        int // blocks available for Alloc (= Pools*BlocksPerPool - InUse - Quarantined - Deferred)
	Quarantined int // debug mode: freed, waiting in the quarantine
	Deferred    int // freed in deferred mode, waiting for EndDeferred

	ArenasAllocated int // ever
	ArenasReleased  int // ever
}

// Stats are a heap's figures; exact at any time.
type Stats struct {
	Arenas          int // live arenas (all classes)
	ArenasAllocated int // ever
	ArenasReleased  int // ever
	ArenasHighWater int // most arenas live at once

	Pools, UsedPools, FullPools, EmptyPools int

	Blocks      int // blocks in use (= AllocatedBlocks)
	FreeBlocks  int
	Quarantined int
	Deferred    int

	ArenaBytes int64 // memory held in arenas
	BlockBytes int64 // bytes of the blocks in use
	Payload    int64 // bytes charged by Charge and not uncharged
	Bytes      int64 // BlockBytes + Payload: what the heap's objects use

	Classes []ClassStats // classes used in this heap, by class id
}

// classStats walks cs's pools; the per-pool counts are the ground truth.
func (cs *classState) stats() ClassStats {
	c := cs.info
	s := ClassStats{
		Name:            c.name,
		BlockSize:       int(c.size),
		BlocksPerPool:   int(c.blocksPerPool),
		Arenas:          len(cs.arenas),
		Quarantined:     cs.quarantined,
		Deferred:        cs.deferred,
		ArenasAllocated: cs.arenasAllocated,
		ArenasReleased:  cs.arenasReleased,
	}
	for _, a := range cs.arenas {
		s.Pools += len(a.pools)
		for i := range a.pools {
			pl := &a.pools[i]
			s.InUse += pl.inUse()
			switch pl.state {
			case poolUsed:
				s.UsedPools++
			case poolFull:
				s.FullPools++
			case poolEmpty:
				s.EmptyPools++
			}
		}
	}
	s.Free = s.Pools*s.BlocksPerPool - s.InUse - s.Quarantined - s.Deferred
	return s
}

// Stats returns the heap's figures.
func (h *Heap) Stats() Stats {
	s := Stats{
		Arenas:          len(h.byAddr),
		ArenasAllocated: h.arenasAllocated,
		ArenasReleased:  h.arenasReleased,
		ArenasHighWater: h.arenasHighWater,
		Payload:         h.payload,
	}
	for _, cs := range h.classes {
		if cs == nil {
			continue
		}
		c := cs.stats()
		s.Classes = append(s.Classes, c)
		s.Pools += c.Pools
		s.UsedPools += c.UsedPools
		s.FullPools += c.FullPools
		s.EmptyPools += c.EmptyPools
		s.Blocks += c.InUse
		s.FreeBlocks += c.Free
		s.Quarantined += c.Quarantined
		s.Deferred += c.Deferred
		s.ArenaBytes += int64(c.Pools * c.BlocksPerPool * c.BlockSize)
		s.BlockBytes += int64(c.InUse * c.BlockSize)
	}
	s.Bytes = s.BlockBytes + s.Payload
	return s
}

// AllocatedBlocks returns the number of blocks in use (sys.getallocatedblocks()).
func (h *Heap) AllocatedBlocks() int {
	n := 0
	for _, cs := range h.classes {
		if cs == nil {
			continue
		}
		for _, a := range cs.arenas {
			for i := range a.pools {
				n += a.pools[i].inUse()
			}
		}
	}
	return n
}

// DebugMallocStats returns a report in the spirit of sys._debugmallocstats().
func (h *Heap) DebugMallocStats() string {
	s := h.Stats()
	var b strings.Builder
	fmt.Fprintf(&b, "Small block allocator: %d classes in use, pools of ~%d bytes, arenas of up to %d pools.\n\n",
		len(s.Classes), PoolBytes, MaxPoolsPerArena)
	fmt.Fprintf(&b, "%-20s %6s %6s %9s %13s %12s\n", "class", "size", "arenas", "num pools", "blocks in use", "avail blocks")
	fmt.Fprintf(&b, "%-20s %6s %6s %9s %13s %12s\n", "-----", "----", "------", "---------", "-------------", "------------")
	for _, c := range s.Classes {
		fmt.Fprintf(&b, "%-20s %6d %6d %9d %13d %12d\n", c.Name, c.BlockSize, c.Arenas, c.Pools, c.InUse, c.Free)
	}
	line := func(label string, v int64) { fmt.Fprintf(&b, "%-44s= %15s\n", label, group(v)) }
	b.WriteByte('\n')
	line("# arenas allocated total", int64(s.ArenasAllocated))
	line("# arenas reclaimed", int64(s.ArenasReleased))
	line("# arenas highwater mark", int64(s.ArenasHighWater))
	line("# arenas allocated current", int64(s.Arenas))
	line(fmt.Sprintf("%d arenas, total bytes", s.Arenas), s.ArenaBytes)
	b.WriteByte('\n')
	line("# bytes in allocated blocks", s.BlockBytes)
	var avail, empty int64
	for _, c := range s.Classes {
		avail += int64(c.Free-c.EmptyPools*c.BlocksPerPool) * int64(c.BlockSize)
		empty += int64(c.EmptyPools*c.BlocksPerPool) * int64(c.BlockSize)
	}
	line("# bytes in available blocks", avail)
	line(fmt.Sprintf("%d unused pools, bytes", s.EmptyPools), empty)
	held := s.ArenaBytes - s.BlockBytes - avail - empty
	if s.Quarantined > 0 || s.Deferred > 0 {
		line(fmt.Sprintf("# bytes held (%d quarantined, %d deferred)", s.Quarantined, s.Deferred), held)
	}
	line("# bytes of payload charged", s.Payload)
	line("Total", s.ArenaBytes+s.Payload)
	return b.String()
}

func plural(n int, noun string) string {
	switch {
	case n == 1:
		return "1 " + noun
	case strings.HasSuffix(noun, "s"):
		return fmt.Sprintf("%d %ses", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// group formats v with thousands separators, as _debugmallocstats does.
func group(v int64) string {
	s := fmt.Sprint(v)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Live calls fn for every block in use, class by class (in class id order), until
// fn returns false. fn may allocate and free in this heap: blocks allocated or
// freed during the walk may or may not be visited; every other block in use is
// visited once.
func (h *Heap) Live(fn func(class string, p unsafe.Pointer) bool) {
	for ci := 0; ci < len(h.classes); ci++ {
		cs := h.classes[ci]
		if cs == nil {
			continue
		}
		arenas := append([]*arena(nil), cs.arenas...) // the walk may release arenas
		for _, a := range arenas {
			for i := range a.pools {
				pl := &a.pools[i]
				for idx := uint32(0); idx < pl.n && !a.dead; idx++ {
					p := pl.block(idx)
					if (*Header)(p).Pool == pl.id && !fn(cs.info.name, p) {
						return
					}
				}
			}
		}
	}
}

// LeakReport lists the blocks still in use by class, with describe(p) for the
// first perClass blocks of each (describe may be nil). It returns "" when no block
// is in use. describe is called after the walk, so it may allocate in this heap.
func (h *Heap) LeakReport(describe func(class string, p unsafe.Pointer) string, perClass int) string {
	type classLeak struct {
		name  string
		size  int
		n     int
		first []unsafe.Pointer
	}
	var leaks []*classLeak
	var cur *classLeak
	total := 0
	h.Live(func(class string, p unsafe.Pointer) bool {
		if cur == nil || cur.name != class {
			cur = &classLeak{name: class}
			leaks = append(leaks, cur)
		}
		cur.n++
		total++
		if len(cur.first) < perClass {
			cur.first = append(cur.first, p)
		}
		return true
	})
	if total == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s in use in %s\n", plural(total, "block"), plural(len(leaks), "class"))
	for _, l := range leaks {
		fmt.Fprintf(&b, "  %s: %d\n", l.name, l.n)
		for _, p := range l.first {
			fmt.Fprintf(&b, "    refcnt=%d", (*Header)(p).Refcnt)
			if describe != nil {
				b.WriteString(" ")
				b.WriteString(describe(l.name, p))
			}
			b.WriteByte('\n')
		}
		if l.n > len(l.first) {
			fmt.Fprintf(&b, "    ... and %d more\n", l.n-len(l.first))
		}
	}
	return b.String()
}
