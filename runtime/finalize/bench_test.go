package finalize_test

import (
	"testing"

	"minipy/runtime/alloc"
	"minipy/runtime/finalize"
	"minipy/vm/objects"
)

// benchFinalize finalizes n immortal lists in 2-cycles (the issue's
// scaling check: 10x the objects must take at most 12x the time).
func benchFinalize(b *testing.B, n int) {
	for b.Loop() {
		b.StopTimer()
		sp := objects.NewSpace(alloc.Config{})
		ts := sp.NewThread()
		for i := 0; i < n; i += 2 {
			x, y := objects.NewList(ts), objects.NewList(ts)
			objects.ListAppend(ts, x, y)
			objects.ListAppend(ts, y, x)
			objects.Immortalize(ts, x)
			objects.Immortalize(ts, y)
		}
		b.StartTimer()
		finalize.Phase1(ts)
		finalize.Phase2(ts)
		finalize.Phase3(ts)
		b.StopTimer()
		objects.ClearFreeLists(ts)
		if got := sp.Heap.AllocatedBlocks(); got != 0 {
			b.Fatalf("%d blocks left", got)
		}
		b.StartTimer()
	}
}

func BenchmarkFinalize1e5(b *testing.B) { benchFinalize(b, 100_000) }
func BenchmarkFinalize1e6(b *testing.B) { benchFinalize(b, 1_000_000) }
