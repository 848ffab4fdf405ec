package alloc

import (
	"runtime"
	"testing"
	"time"
)

// liveSetSize is the number of objects kept alive under Go's GC while measuring.
const liveSetSize = 1_000_000

// BenchmarkAllocFree compares alloc+free of a block in a warm heap with Go's new
// of the same struct, for a float-sized (24 bytes) and a list-sized (40 bytes)
// struct. During each pair, one million objects of the struct made by new and
// one million blocks of the heap are live, so both variants run under the same
// GC load. Run the variants round-robin: -count N, not -benchtime alone.
func BenchmarkAllocFree(b *testing.B) {
	b.Run("float", func(b *testing.B) {
		benchPair(b, floatClass, func(p *tFloat, i int) { p.v = float64(i) })
	})
	b.Run("list", func(b *testing.B) {
		benchPair(b, listClass, func(p *tList, i int) { p.typ = floatType })
	})
}

func benchPair[T any](b *testing.B, c *Class[T], touch func(*T, int)) {
	h := NewHeap(Config{})
	pooled := make([]*T, liveSetSize)
	goNew := make([]*T, liveSetSize)
	for i := range liveSetSize {
		pooled[i] = Alloc(h, c)
		goNew[i] = new(T)
	}
	runtime.GC()
	b.Run("pool", func(b *testing.B) {
		b.ReportAllocs()
		gcs := numGC()
		i := 0
		for b.Loop() {
			p := Alloc(h, c)
			touch(p, i)
			Free(h, c, p)
			i++
		}
		b.ReportMetric(float64(numGC()-gcs), "GCs")
	})
	b.Run("pool-batch", func(b *testing.B) {
		// 64 allocations, then 64 frees in allocation order (not LIFO).
		b.ReportAllocs()
		var batch [64]*T
		gcs := numGC()
		i := 0
		for b.Loop() {
			p := Alloc(h, c)
			touch(p, i)
			if old := batch[i&63]; old != nil {
				Free(h, c, old)
			}
			batch[i&63] = p
			i++
		}
		for _, p := range batch {
			if p != nil {
				Free(h, c, p)
			}
		}
		b.ReportMetric(float64(numGC()-gcs), "GCs")
	})
	b.Run("new", func(b *testing.B) {
		b.ReportAllocs()
		keep := make([]*T, 64) // the new object escapes and is dropped 64 allocations later
		gcs := numGC()
		i := 0
		for b.Loop() {
			p := new(T)
			touch(p, i)
			keep[i&63] = p
			i++
		}
		b.ReportMetric(float64(numGC()-gcs), "GCs")
	})
	runtime.KeepAlive(pooled)
	runtime.KeepAlive(goNew)
	if h.AllocatedBlocks() != liveSetSize {
		b.Fatalf("%d blocks in use, want %d", h.AllocatedBlocks(), liveSetSize)
	}
}

// BenchmarkAllocFreeVsNew measures the same two loops as BenchmarkAllocFree's
// pool and new, interleaved in chunks of 4096 operations, so that a busy
// neighbour on a shared machine slows both alike. One op is one alloc+free and
// one new; the metrics are each loop's ns per operation and their ratio.
func BenchmarkAllocFreeVsNew(b *testing.B) {
	b.Run("float", func(b *testing.B) {
		benchInterleaved(b, floatClass, func(p *tFloat, i int) { p.v = float64(i) })
	})
	b.Run("list", func(b *testing.B) {
		benchInterleaved(b, listClass, func(p *tList, i int) { p.typ = floatType })
	})
}

func benchInterleaved[T any](b *testing.B, c *Class[T], touch func(*T, int)) {
	h := NewHeap(Config{})
	pooled := make([]*T, liveSetSize)
	goNew := make([]*T, liveSetSize)
	for i := range liveSetSize {
		pooled[i] = Alloc(h, c)
		goNew[i] = new(T)
	}
	runtime.GC()
	keep := make([]*T, 64)
	var tPool, tNew time.Duration
	b.ResetTimer()
	for done := 0; done < b.N; {
		k := min(4096, b.N-done)
		t0 := time.Now()
		for i := range k {
			p := Alloc(h, c)
			touch(p, i)
			Free(h, c, p)
		}
		t1 := time.Now()
		for i := range k {
			p := new(T)
			touch(p, i)
			keep[i&63] = p
		}
		t2 := time.Now()
		tPool += t1.Sub(t0)
		tNew += t2.Sub(t1)
		done += k
	}
	b.StopTimer()
	b.ReportMetric(float64(tPool.Nanoseconds())/float64(b.N), "pool-ns/op")
	b.ReportMetric(float64(tNew.Nanoseconds())/float64(b.N), "new-ns/op")
	b.ReportMetric(float64(tNew)/float64(tPool), "new/pool")
	runtime.KeepAlive(pooled)
	runtime.KeepAlive(goNew)
}

func numGC() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}

// BenchmarkAllocFreeLone allocates and frees one block of a class that has no
// other block in use: the pool empties on every Free (an interpreter making and
// dropping one iterator or bound method per call).
func BenchmarkAllocFreeLone(b *testing.B) {
	h := NewHeap(Config{})
	b.ReportAllocs()
	for b.Loop() {
		p := Alloc(h, floatClass)
		p.v = 1
		Free(h, floatClass, p)
	}
}

// BenchmarkChurn keeps 4096 blocks live and replaces a pseudo-random one per op:
// frees land in arbitrary pools, not LIFO.
func BenchmarkChurn(b *testing.B) {
	h := NewHeap(Config{})
	var live [4096]*tFloat
	for i := range live {
		live[i] = Alloc(h, floatClass)
	}
	b.ReportAllocs()
	x := uint64(88172645463325252)
	for b.Loop() {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		i := x % uint64(len(live))
		Free(h, floatClass, live[i])
		p := Alloc(h, floatClass)
		p.v = 1
		live[i] = p
	}
	for _, p := range live {
		Free(h, floatClass, p)
	}
}

// BenchmarkAllocFreeDebug is alloc+free in debug mode: the price of recording
// the free site and of the quarantine, paid by the golden suite's debug run.
func BenchmarkAllocFreeDebug(b *testing.B) {
	h := NewHeap(Config{Debug: true})
	b.ReportAllocs()
	for b.Loop() {
		p := Alloc(h, floatClass)
		p.typ = freedType
		Free(h, floatClass, p)
	}
}
