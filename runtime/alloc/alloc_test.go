package alloc

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unsafe"
	"weak"
)

// Block types shaped like the object layer's: header, type word, payload.
type (
	tType  struct{ name string }
	tFloat struct {
		Header
		typ *tType
		v   float64
	}
	tList struct {
		Header
		typ   *tType
		items []*Header
	}
	tOdd struct { // 12 bytes: exercises the exact division with an odd factor
		Header
		a [4]byte
	}
	tBig struct { // bigger than PoolBytes/MinBlocksPerPool
		Header
		typ  *tType
		data [5000]byte
	}
	tNested struct { // Header first through an embedded struct
		tFloat
		extra int
	}
)

var (
	floatClass  = NewClass[tFloat]("float")
	listClass   = NewClass[tList]("list")
	oddClass    = NewClass[tOdd]("odd")
	bigClass    = NewClass[tBig]("big")
	nestedClass = NewClass[tNested]("nested")

	// freedType is what the object layer stores in a freed block's type word in debug mode.
	freedType = &tType{"<freed>"}
	floatType = &tType{"float"}
)

func mustCheck(t *testing.T, h *Heap) {
	t.Helper()
	if err := h.Check(); err != nil {
		t.Fatal(err)
	}
}

func panicOf(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg, _ = r.(string)
			if msg == "" {
				msg = "non-string panic"
			}
		}
	}()
	f()
	return ""
}

func TestNewClassRejectsTypesWithoutHeader(t *testing.T) {
	type headerSecond struct {
		x int
		Header
	}
	type nestedSecond struct {
		x int
		tFloat
	}
	for name, f := range map[string]func(){
		"int":          func() { NewClass[int]("int") },
		"empty struct": func() { NewClass[struct{}]("empty") },
		"header second": func() {
			NewClass[headerSecond]("second")
		},
		"nested second": func() { NewClass[nestedSecond]("nested second") },
		"pointer":       func() { NewClass[*Header]("pointer") },
	} {
		if msg := panicOf(f); !strings.Contains(msg, "does not start with an alloc.Header") {
			t.Errorf("%s: panic %q", name, msg)
		}
	}
	if msg := panicOf(func() { NewClass[Header]("header") }); msg != "" {
		t.Errorf("bare Header rejected: %s", msg)
	}
}

func TestClassGeometry(t *testing.T) {
	for _, tc := range []struct {
		name      string
		size, per int
	}{
		{floatClass.Name(), floatClass.BlockSize(), floatClass.BlocksPerPool()},
		{listClass.Name(), listClass.BlockSize(), listClass.BlocksPerPool()},
		{oddClass.Name(), oddClass.BlockSize(), oddClass.BlocksPerPool()},
		{bigClass.Name(), bigClass.BlockSize(), bigClass.BlocksPerPool()},
	} {
		want := max(MinBlocksPerPool, PoolBytes/tc.size)
		if tc.per != want {
			t.Errorf("%s: %d blocks per pool of %d bytes, want %d", tc.name, tc.per, tc.size, want)
		}
	}
	if got := floatClass.BlockSize(); got != 24 {
		t.Errorf("float block is %d bytes, want 24", got)
	}
	if got := oddClass.BlockSize(); got != 12 {
		t.Errorf("odd block is %d bytes, want 12", got)
	}
}

func TestTunables(t *testing.T) {
	// The invariants doc.go states for the tunables.
	if PoolBytes%8 != 0 || PoolBytes/8 > MaxBlocksPerPool {
		t.Errorf("PoolBytes %d: a pool of 8-byte blocks must fit the uint16 free stack", PoolBytes)
	}
	if MinBlocksPerPool < 2 || MinBlocksPerPool > MaxBlocksPerPool || MaxBlocksPerPool > 1<<16-1 {
		t.Error("block count bounds")
	}
	if MaxPoolsPerArena < 1 || MaxPoolsPerArena&(MaxPoolsPerArena-1) != 0 {
		t.Error("MaxPoolsPerArena must be a power of two ≥ 1 (arenas grow 1, 2, 4, ...)")
	}
	if heldQuarantine&heldDeferred != 0 || poolIDMask&(heldQuarantine|heldDeferred) != 0 {
		t.Error("Header.Pool flags overlap")
	}
	if unsafe.Sizeof(Header{}) != 8 || unsafe.Alignof(Header{}) != 4 {
		t.Error("Header layout changed")
	}
}

func TestInverse(t *testing.T) {
	for x := uint64(1); x < 5000; x += 2 {
		if x*inverse(x) != 1 {
			t.Fatalf("inverse(%d) wrong", x)
		}
	}
}

func TestAllocZeroedWithPool(t *testing.T) {
	h := NewHeap(Config{})
	seen := map[*tFloat]bool{}
	for i := range 3 * floatClass.BlocksPerPool() {
		p := Alloc(h, floatClass)
		if seen[p] {
			t.Fatalf("block %p handed out twice", p)
		}
		seen[p] = true
		if p.Pool == 0 || p.Refcnt != 0 || p.typ != nil || p.v != 0 {
			t.Fatalf("block %d not zeroed with a pool: %+v", i, *p)
		}
		if !h.Owns(unsafe.Pointer(p)) {
			t.Fatalf("heap does not own its block")
		}
		p.Refcnt, p.typ, p.v = 1, floatType, float64(i)
	}
	n := NewHeap(Config{})
	for p := range seen {
		if n.Owns(unsafe.Pointer(p)) {
			t.Fatal("another heap owns the block")
		}
		p.Refcnt = 0
		Free(h, floatClass, p)
		if h.Owns(unsafe.Pointer(p)) || *p != (tFloat{}) {
			t.Fatalf("freed block not zeroed: %+v", *p)
		}
	}
	q := Alloc(h, nestedClass)
	if q.Pool == 0 || !h.Owns(unsafe.Pointer(q)) {
		t.Fatal("nested header not set")
	}
	Free(h, nestedClass, q)
	if h.AllocatedBlocks() != 0 {
		t.Fatalf("%d blocks in use", h.AllocatedBlocks())
	}
	mustCheck(t, h)
}

// model is the test's account of what should be in use.
type model struct {
	live  map[unsafe.Pointer]int // block → class index
	count []int
}

type anyClass struct {
	name  string
	alloc func(*Heap) unsafe.Pointer
	free  func(*Heap, unsafe.Pointer)
	size  int
}

func classOf[T any](c *Class[T]) anyClass {
	return anyClass{
		name:  c.Name(),
		alloc: func(h *Heap) unsafe.Pointer { return unsafe.Pointer(Alloc(h, c)) },
		free:  func(h *Heap, p unsafe.Pointer) { Free(h, c, (*T)(p)) },
		size:  c.BlockSize(),
	}
}

var testClasses = []anyClass{classOf(floatClass), classOf(listClass), classOf(oddClass), classOf(bigClass)}

// stamp writes a block's identity into its Refcnt so overlaps are caught.
func stamp(p unsafe.Pointer, v uint32) { (*Header)(p).Refcnt = v }

func checkModel(t *testing.T, h *Heap, m *model, step int) {
	t.Helper()
	s := h.Stats()
	total := 0
	for _, n := range m.count {
		total += n
	}
	if s.Blocks != total || h.AllocatedBlocks() != total {
		t.Fatalf("step %d: Stats.Blocks %d, AllocatedBlocks %d, model %d", step, s.Blocks, h.AllocatedBlocks(), total)
	}
	byName := map[string]ClassStats{}
	for _, c := range s.Classes {
		byName[c.Name] = c
		if c.Pools != c.UsedPools+c.FullPools+c.EmptyPools ||
			c.Free != c.Pools*c.BlocksPerPool-c.InUse-c.Quarantined-c.Deferred || c.Free < 0 {
			t.Fatalf("step %d: class %s figures inconsistent: %+v", step, c.Name, c)
		}
		if c.Arenas != c.ArenasAllocated-c.ArenasReleased {
			t.Fatalf("step %d: class %s arenas %d != %d - %d", step, c.Name, c.Arenas, c.ArenasAllocated, c.ArenasReleased)
		}
	}
	var bytes int64
	for i, c := range testClasses {
		if byName[c.name].InUse != m.count[i] {
			t.Fatalf("step %d: class %s in use %d, model %d", step, c.name, byName[c.name].InUse, m.count[i])
		}
		bytes += int64(m.count[i] * c.size)
	}
	if s.BlockBytes != bytes {
		t.Fatalf("step %d: BlockBytes %d, model %d", step, s.BlockBytes, bytes)
	}
	if s.Arenas != s.ArenasAllocated-s.ArenasReleased || s.ArenasHighWater < s.Arenas {
		t.Fatalf("step %d: arena counts %+v", step, s)
	}
	mustCheck(t, h)
	live := 0
	h.Live(func(class string, p unsafe.Pointer) bool {
		ci, ok := m.live[p]
		if !ok || testClasses[ci].name != class {
			t.Fatalf("step %d: Live reports %s block %p not in the model", step, class, p)
		}
		live++
		return true
	})
	if live != total {
		t.Fatalf("step %d: Live visited %d blocks, model %d", step, live, total)
	}
}

// TestRandomSequencesKeepStatsExact runs random alloc/free sequences (with bursts
// that grow and drain arenas, and deferred phases) against a model, in both modes.
func TestRandomSequencesKeepStatsExact(t *testing.T) {
	for _, debug := range []bool{false, true} {
		name := "plain"
		if debug {
			name = "debug"
		}
		t.Run(name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, uint64(len(name))))
			h := NewHeap(Config{Debug: debug, Quarantine: 100})
			m := &model{live: map[unsafe.Pointer]int{}, count: make([]int, len(testClasses))}
			var order []unsafe.Pointer // live blocks, for random frees
			stamps := map[unsafe.Pointer]uint32{}
			next := uint32(1)
			alloc := func(ci int) {
				p := testClasses[ci].alloc(h)
				if _, dup := m.live[p]; dup {
					t.Fatalf("block %p handed out while live", p)
				}
				if (*Header)(p).Refcnt != 0 {
					t.Fatalf("block %p not zeroed", p)
				}
				m.live[p] = ci
				m.count[ci]++
				order = append(order, p)
				stamp(p, next)
				stamps[p] = next
				next++
			}
			free := func(i int) {
				p := order[i]
				order[i] = order[len(order)-1]
				order = order[:len(order)-1]
				if (*Header)(p).Refcnt != stamps[p] {
					t.Fatalf("block %p overwritten while live", p)
				}
				ci := m.live[p]
				delete(m.live, p)
				delete(stamps, p)
				m.count[ci]--
				testClasses[ci].free(h, p)
			}
			deferredUntil := -1
			for step := range 6000 {
				switch op := r.IntN(100); {
				case op < 2 && len(order) == 0 || op == 0: // burst: grow several arenas
					ci := r.IntN(len(testClasses))
					for range r.IntN(4000) {
						alloc(ci)
					}
				case op < 4: // drain
					for len(order) > 0 && r.IntN(2000) != 0 {
						free(r.IntN(len(order)))
					}
				case op < 5 && deferredUntil < 0:
					h.BeginDeferred()
					deferredUntil = step + r.IntN(300)
				case op < 55 || len(order) == 0:
					alloc(r.IntN(len(testClasses)))
				default:
					free(r.IntN(len(order)))
				}
				if step == deferredUntil {
					h.EndDeferred()
					deferredUntil = -1
				}
				if step%97 == 0 {
					checkModel(t, h, m, step)
				}
			}
			if deferredUntil >= 0 {
				h.EndDeferred()
			}
			checkModel(t, h, m, -1)
			for len(order) > 0 {
				free(len(order) - 1)
			}
			checkModel(t, h, m, -2)
			if r := h.LeakReport(nil, 3); r != "" {
				t.Fatalf("leaks after freeing everything:\n%s", r)
			}
		})
	}
}

func TestArenasReleasedWhenEmpty(t *testing.T) {
	h := NewHeap(Config{})
	per := floatClass.BlocksPerPool()
	n := per * (1 + 2 + 4 + 8 + MaxPoolsPerArena*3) // fills arenas of 1, 2, 4, 8, 16, 16, 16 pools
	blocks := make([]*tFloat, n)
	for i := range blocks {
		blocks[i] = Alloc(h, floatClass)
	}
	s := h.Stats()
	if s.Arenas != 7 || s.FullPools != s.Pools || s.Blocks != n || s.FreeBlocks != 0 {
		t.Fatalf("after %d allocs: %+v", n, s)
	}
	var firsts []weak.Pointer[tFloat]
	for _, a := range h.classes[floatClass.id].arenas {
		firsts = append(firsts, weak.Make((*tFloat)(a.base)))
	}
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(blocks), func(i, j int) { blocks[i], blocks[j] = blocks[j], blocks[i] })
	for i, p := range blocks {
		Free(h, floatClass, p)
		if i%1000 == 0 {
			mustCheck(t, h)
		}
	}
	clear(blocks)
	s = h.Stats()
	// One arena is left, holding the kept pool (see doc.go, "Pool states").
	if s.Arenas != 1 || s.ArenasReleased != 6 || s.Blocks != 0 || s.EmptyPools != s.Pools-1 || s.UsedPools != 1 || s.FullPools != 0 {
		t.Fatalf("after freeing all: %+v", s)
	}
	mustCheck(t, h)
	// The released arenas' memory went to the process's arena cache
	// (arenacache.go); emptied, it is gone once Go's GC has run: only the
	// spare arena's first block is still reachable.
	arenaCache.drain()
	runtime.GC()
	runtime.GC()
	alive := 0
	for _, w := range firsts {
		if w.Value() != nil {
			alive++
		}
	}
	if alive != 1 {
		t.Fatalf("%d arenas still reachable after release, want 1 (the spare)", alive)
	}
	// The spare serves the next allocation without a new arena.
	p := Alloc(h, floatClass)
	if s := h.Stats(); s.ArenasAllocated != 7 || s.Arenas != 1 {
		t.Fatalf("spare not reused: %+v", s)
	}
	Free(h, floatClass, p)
}

// TestNoThrashAtArenaBoundary alternates alloc/free just past a full arena: the
// spare arena must absorb it without allocating arenas again and again.
func TestNoThrashAtArenaBoundary(t *testing.T) {
	h := NewHeap(Config{})
	per := floatClass.BlocksPerPool()
	for range per { // exactly fills the first arena (1 pool)
		Alloc(h, floatClass)
	}
	for range 1000 {
		Free(h, floatClass, Alloc(h, floatClass))
	}
	if s := h.Stats(); s.ArenasAllocated != 2 || s.ArenasReleased != 0 {
		t.Fatalf("thrash: %+v", s)
	}
	mustCheck(t, h)
}

// TestKeptPool: a lone block allocated and freed in a loop keeps its pool on the
// used list; once another pool joins the list, the kept pool goes to its arena.
func TestKeptPool(t *testing.T) {
	h := NewHeap(Config{})
	for range 10 {
		Free(h, floatClass, Alloc(h, floatClass))
		if s := h.Stats(); s.UsedPools != 1 || s.EmptyPools != 0 || s.Arenas != 1 {
			t.Fatalf("lone alloc/free: %+v", s)
		}
		mustCheck(t, h)
	}
	// Fill the kept pool and one more block (a second arena), then free a block
	// of the full first pool: it rejoins the used list, and the second pool,
	// emptied meanwhile, must not stay there beside it.
	per := floatClass.BlocksPerPool()
	blocks := make([]*tFloat, per+1)
	for i := range blocks {
		blocks[i] = Alloc(h, floatClass)
	}
	Free(h, floatClass, blocks[per]) // second pool: kept (alone; the first is full)
	if s := h.Stats(); s.UsedPools != 1 || s.FullPools != 1 {
		t.Fatalf("second pool not kept: %+v", s)
	}
	Free(h, floatClass, blocks[0])                                              // first pool: full → used; the kept one retires
	if s := h.Stats(); s.UsedPools != 1 || s.EmptyPools != 2 || s.Arenas != 2 { // the second arena has 2 pools
		t.Fatalf("kept pool not retired: %+v", s)
	}
	mustCheck(t, h)
	for _, p := range blocks[1:per] {
		Free(h, floatClass, p)
	}
	if s := h.Stats(); s.Arenas != 1 || s.Blocks != 0 {
		t.Fatalf("after freeing all: %+v", s)
	}
	mustCheck(t, h)
}

func TestMissingFreeShowsInLeakReport(t *testing.T) {
	h := NewHeap(Config{Debug: true})
	var kept []*tFloat
	for i := range 5 {
		p := Alloc(h, floatClass)
		p.Refcnt, p.typ, p.v = 1, floatType, float64(i)+0.5
		kept = append(kept, p)
	}
	l := Alloc(h, listClass)
	l.Refcnt = 2
	for _, p := range kept[:3] {
		Free(h, floatClass, p) // kept[3] and kept[4] are "forgotten"
	}
	describe := func(class string, p unsafe.Pointer) string {
		if class == "float" {
			return "float " + strconv.FormatFloat((*tFloat)(p).v, 'g', -1, 64)
		}
		return "<" + class + ">"
	}
	got := h.LeakReport(describe, 1)
	want := "3 blocks in use in 2 classes\n" +
		"  float: 2\n" +
		"    refcnt=1 float 3.5\n" +
		"    ... and 1 more\n" +
		"  list: 1\n" +
		"    refcnt=2 <list>\n"
	if got != want {
		t.Fatalf("leak report:\n%s\nwant:\n%s", got, want)
	}
	if h.AllocatedBlocks() != 3 {
		t.Fatalf("AllocatedBlocks %d, want 3", h.AllocatedBlocks())
	}
}

func TestDeferredModeKeepsBlocksIntact(t *testing.T) {
	h := NewHeap(Config{})
	var ps []*tFloat
	for i := range 10 {
		p := Alloc(h, floatClass)
		p.Refcnt, p.typ, p.v = 1, floatType, float64(i)
		ps = append(ps, p)
	}
	h.BeginDeferred()
	for _, p := range ps[:6] {
		p.Refcnt = 0
		Free(h, floatClass, p)
	}
	// Freed blocks keep their contents and are not handed out again.
	var fresh []*tFloat
	for range floatClass.BlocksPerPool() {
		fresh = append(fresh, Alloc(h, floatClass))
	}
	for i, p := range ps[:6] {
		if p.typ != floatType || p.v != float64(i) {
			t.Fatalf("deferred block %d changed: %+v", i, *p)
		}
		for _, q := range fresh {
			if q == p {
				t.Fatal("deferred block reused")
			}
		}
	}
	s := h.Stats()
	if s.Deferred != 6 || s.Blocks != 4+len(fresh) {
		t.Fatalf("in deferred mode: %+v", s)
	}
	if msg := panicOf(func() { Free(h, floatClass, ps[0]) }); !strings.Contains(msg, "double free of a float block") {
		t.Fatalf("double free in deferred mode: %q", msg)
	}
	mustCheck(t, h)
	h.EndDeferred()
	s = h.Stats()
	if s.Deferred != 0 || s.Blocks != 4+len(fresh) {
		t.Fatalf("after EndDeferred: %+v", s)
	}
	for _, p := range ps[:6] {
		if *p != (tFloat{}) {
			t.Fatal("released block not zeroed")
		}
	}
	mustCheck(t, h)
	// The released blocks are reusable (LIFO: the last released comes first).
	if q := Alloc(h, floatClass); q != ps[5] {
		t.Fatalf("released block not reused first")
	}
}

func TestDeferredNests(t *testing.T) {
	h := NewHeap(Config{})
	p := Alloc(h, floatClass)
	h.BeginDeferred()
	h.BeginDeferred()
	Free(h, floatClass, p)
	h.EndDeferred()
	if !h.Deferred() || h.Stats().Deferred != 1 {
		t.Fatal("inner EndDeferred released blocks")
	}
	h.EndDeferred()
	if h.Deferred() || h.Stats().Deferred != 0 {
		t.Fatal("outer EndDeferred did not release")
	}
	if msg := panicOf(h.EndDeferred); msg == "" {
		t.Fatal("unbalanced EndDeferred accepted")
	}
}

func TestChargePayload(t *testing.T) {
	h := NewHeap(Config{})
	l := Alloc(h, listClass)
	l.items = make([]*Header, 0, 8)
	h.Charge(8 * 8)
	s := h.Stats()
	if s.Payload != 64 || s.Bytes != 64+int64(listClass.BlockSize()) {
		t.Fatalf("after Charge: %+v", s)
	}
	h.Uncharge(8 * 8)
	l.items = nil
	Free(h, listClass, l)
	if s := h.Stats(); s.Payload != 0 || s.Bytes != 0 {
		t.Fatalf("after Uncharge: %+v", s)
	}
}

func TestDebugMallocStats(t *testing.T) {
	h := NewHeap(Config{})
	for range 3 {
		Alloc(h, floatClass)
	}
	Alloc(h, bigClass)
	h.Charge(1000)
	r := h.DebugMallocStats()
	// Compare line by line with runs of blanks collapsed: the figures matter,
	// not the column widths.
	var lines []string
	for _, l := range strings.Split(r, "\n") {
		lines = append(lines, strings.Join(strings.Fields(l), " "))
	}
	for _, want := range []string{
		"float 24 1 1 3 679",
		"big 5016 1 1 1 3",
		"# arenas allocated current = 2",
		"# bytes in allocated blocks = 5,088",
		"# bytes of payload charged = 1,000",
		"2 arenas, total bytes = 36,432", // 682 × 24 + 4 × 5016
		"Total = 37,432",                 // + 1,000 payload
	} {
		if !slices.Contains(lines, want) {
			t.Errorf("report lacks %q:\n%s", want, r)
		}
	}
}

func TestFreeOfWrongClassOrForeignBlockPanics(t *testing.T) {
	h, g := NewHeap(Config{}), NewHeap(Config{})
	p := Alloc(h, floatClass)
	q := Alloc(g, floatClass)
	var stray tFloat
	stray.Pool = p.Pool // a header that lies
	for name, tc := range map[string]struct {
		f    func()
		want string
	}{
		"wrong class":  {func() { Free(h, nestedClass, (*tNested)(unsafe.Pointer(p))) }, "Free of a float block as a nested block"},
		"foreign heap": {func() { Free(h, floatClass, q) }, "not a block allocated by this heap"},
		"not a block":  {func() { Free(h, floatClass, &stray) }, "not a block allocated by this heap"},
		"interior": {func() {
			Free(h, oddClass, (*tOdd)(unsafe.Add(unsafe.Pointer(Alloc(h, oddClass)), 4)))
		}, "not a block allocated by this heap"},
	} {
		if msg := panicOf(tc.f); !strings.Contains(msg, tc.want) {
			t.Errorf("%s: panic %q, want %q", name, msg, tc.want)
		}
	}
	Free(h, floatClass, p) // still intact after the rejected frees
	Free(g, floatClass, q)
	mustCheck(t, h)
	mustCheck(t, g)
}

func TestAllocFreeMakesNoGoGarbage(t *testing.T) {
	h := NewHeap(Config{})
	warm := make([]*tList, 3*listClass.BlocksPerPool())
	for i := range warm {
		warm[i] = Alloc(h, listClass)
	}
	for _, p := range warm {
		Free(h, listClass, p)
	}
	n := testing.AllocsPerRun(1000, func() {
		f := Alloc(h, floatClass)
		l := Alloc(h, listClass)
		Free(h, floatClass, f)
		Free(h, listClass, l)
	})
	if n != 0 {
		t.Fatalf("%v Go allocations per alloc+free", n)
	}
}

// TestIndexRejectsNonBlockAddresses checks the exact-division trick of doc.go
// ("Major obscurity") over every byte offset of a pool and beyond it.
func TestIndexRejectsNonBlockAddresses(t *testing.T) {
	h := NewHeap(Config{})
	for _, c := range testClasses {
		p := c.alloc(h)
		pl := h.pools[(*Header)(p).Pool]
		size := uintptr(c.size)
		span := uintptr(pl.n) * size
		for off := -int(2 * size); off < int(span+2*size); off++ {
			idx, ok := pl.indexAt(uintptr(pl.base) + uintptr(off))
			want := off >= 0 && uintptr(off) < span && uintptr(off)%size == 0
			if ok != want || ok && uintptr(idx) != uintptr(off)/size {
				t.Fatalf("%s: offset %d: index %d, %v", c.name, off, idx, ok)
			}
		}
		c.free(h, p)
	}
}

// TestArenaCacheReuse: the memory of a heap's released arenas serves the
// next heap's new arenas of the same class, zeroed, and the cache stays
// within its bound.
func TestArenaCacheReuse(t *testing.T) {
	arenaCache.drain()
	drainShells()
	per := floatClass.BlocksPerPool()
	h1 := NewHeap(Config{})
	blocks := make([]*tFloat, per*3) // arenas of 1 and 2 pools
	for i := range blocks {
		blocks[i] = Alloc(h1, floatClass)
		blocks[i].v = float64(i + 1) // dirty every block
	}
	bases := map[uintptr]bool{}
	for _, a := range h1.classes[floatClass.id].arenas {
		bases[uintptr(a.base)] = true
	}
	for _, p := range blocks {
		Free(h1, floatClass, p)
	}
	h1.releaseArenas() // not to the shell cache: this tests the arena cache
	if arenaCache.bytes == 0 || arenaCache.bytes > maxCachedBytes {
		t.Fatalf("cache holds %d bytes after a release", arenaCache.bytes)
	}
	h2 := NewHeap(Config{})
	for i := range blocks {
		blocks[i] = Alloc(h2, floatClass)
		if blocks[i].v != 0 || blocks[i].Pool == 0 {
			t.Fatalf("block %d of a reused arena not zero: %+v", i, *blocks[i])
		}
	}
	reused := 0
	for _, a := range h2.classes[floatClass.id].arenas {
		if bases[uintptr(a.base)] {
			reused++
		}
	}
	if reused != 2 {
		t.Fatalf("%d of 2 arenas reused from the cache", reused)
	}
	mustCheck(t, h2)
	for _, p := range blocks {
		Free(h2, floatClass, p)
	}
	h2.Release()
	// A debug heap's arenas hold poisoned blocks: never cached.
	arenaCache.drain()
	h3 := NewHeap(Config{Debug: true})
	p := Alloc(h3, floatClass)
	Free(h3, floatClass, p)
	h3.Release()
	if arenaCache.bytes != 0 {
		t.Fatalf("a debug heap's arena was cached (%d bytes)", arenaCache.bytes)
	}
}

// TestShellReuse: a released heap's structure (its classes with their
// spare arenas) serves the next heap whole (shellcache.go): the new heap
// starts with those arenas, their blocks zero, and the released heap holds
// no memory; the cache is bounded, and debug heaps never enter it.
func TestShellReuse(t *testing.T) {
	drainShells()
	defer drainShells()
	per := floatClass.BlocksPerPool()
	h1 := NewHeap(Config{})
	var floats []*tFloat
	for i := range per * 3 {
		p := Alloc(h1, floatClass)
		p.v = float64(i + 1)
		floats = append(floats, p)
	}
	l := Alloc(h1, listClass)
	bases := map[uintptr]bool{}
	for _, a := range h1.byAddr {
		bases[uintptr(a.base)] = true
	}
	for _, p := range floats {
		Free(h1, floatClass, p)
	}
	Free(h1, listClass, l)
	h1.Release()
	if s := h1.Stats(); s.Arenas != 0 || s.ArenaBytes != 0 || len(s.Classes) != 0 {
		t.Fatalf("released heap still holds memory: %+v", s)
	}
	if n := len(shellCache.free); n != 1 {
		t.Fatalf("%d shells cached, want 1", n)
	}
	h2 := NewHeap(Config{})
	if n := len(shellCache.free); n != 0 {
		t.Fatalf("%d shells cached after NewHeap, want 0", n)
	}
	s := h2.Stats()
	// One spare arena per class used: float's and list's.
	if s.Arenas != 2 || s.ArenasAllocated != 2 || s.Blocks != 0 || s.UsedPools != 0 {
		t.Fatalf("heap from a shell: %+v", s)
	}
	for _, a := range h2.byAddr {
		if !bases[uintptr(a.base)] {
			t.Fatalf("arena at %#x is not one of the released heap's", uintptr(a.base))
		}
		if a.cs.h != h2 {
			t.Fatal("a shell's class still points at the released heap")
		}
	}
	mustCheck(t, h2)
	floats = floats[:0]
	for range per * 3 {
		p := Alloc(h2, floatClass)
		if p.v != 0 {
			t.Fatalf("block from a shell not zero: %+v", *p)
		}
		floats = append(floats, p)
	}
	mustCheck(t, h2)
	for _, p := range floats {
		Free(h2, floatClass, p)
	}
	mustCheck(t, h2)
	h2.Release()
	// Bounded: maxShells heaps released at once leave maxShells shells.
	var hs []*Heap
	for range maxShells + 3 {
		h := NewHeap(Config{})
		Free(h, floatClass, Alloc(h, floatClass))
		hs = append(hs, h)
	}
	for _, h := range hs {
		h.Release()
	}
	if n := len(shellCache.free); n != maxShells {
		t.Fatalf("%d shells cached, want the bound %d", n, maxShells)
	}
	drainShells()
	hd := NewHeap(Config{Debug: true})
	Free(hd, floatClass, Alloc(hd, floatClass))
	hd.Release()
	if n := len(shellCache.free); n != 0 {
		t.Fatalf("a debug heap's shell was cached")
	}
}

// TestShellsConcurrent: heaps of several goroutines give and take shells
// at once (interpreters made and closed in parallel); every heap works
// and ends empty. Under -race it checks that a shell is touched by one
// heap at a time.
func TestShellsConcurrent(t *testing.T) {
	defer drainShells()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				h := NewHeap(Config{})
				var fs []*tFloat
				for j := range 10 + (g*7+i)%300 {
					p := Alloc(h, floatClass)
					if p.v != 0 {
						t.Errorf("block not zero: %v", p.v)
					}
					p.v = float64(j + 1)
					fs = append(fs, p)
				}
				l := Alloc(h, listClass)
				for j, p := range fs {
					if p.v != float64(j+1) {
						t.Errorf("block %d holds %v", j, p.v)
					}
					Free(h, floatClass, p)
				}
				Free(h, listClass, l)
				if n := h.AllocatedBlocks(); n != 0 {
					t.Errorf("%d blocks left", n)
				}
				h.Release()
			}
		}()
	}
	wg.Wait()
}
