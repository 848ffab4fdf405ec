package finalize_test

import (
	"runtime"
	"syscall"
	"testing"
	"time"

	"minipy/runtime/alloc"
	"minipy/runtime/finalize"
	"minipy/vm/objects"
)

// cpuTime is the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchFinalize finalizes n immortal lists in 2-cycles (the issue's
// scaling check: 10x the objects must take at most 12x the time). The
// setup ends with a Go collection, so that one the setup's allocations
// started does not run into the timed part. Besides the wall time it
// reports the CPU time (cpu-ns/op), steadier on a shared machine.
func benchFinalize(b *testing.B, n int) {
	var cpu time.Duration
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
		runtime.GC()
		c0 := cpuTime()
		b.StartTimer()
		finalize.Phase1(ts)
		finalize.Phase2(ts)
		finalize.Phase3(ts)
		b.StopTimer()
		cpu += cpuTime() - c0
		objects.ClearFreeLists(ts)
		if got := sp.Heap.AllocatedBlocks(); got != 0 {
			b.Fatalf("%d blocks left", got)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

func BenchmarkFinalize1e5(b *testing.B) { benchFinalize(b, 100_000) }
func BenchmarkFinalize1e6(b *testing.B) { benchFinalize(b, 1_000_000) }
