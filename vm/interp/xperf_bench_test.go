package interp

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// Benchmarks of the concurrent.interpreters hot paths, each a Python loop
// run in a main interpreter (b.N iterations of the timed statement, the
// set-up excluded), for profiles without process start-up:
//
//	go test ./vm/interp -run '^$' -bench '^BenchmarkX' -cpuprofile /tmp/x.prof
//
// make benchinterp compares the same operations with CPython 3.14
// (bench/interp/xbench.py).

func benchPython(b *testing.B, setup, stmt string) {
	var out bytes.Buffer
	in, err := New(Config{Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	// One run: the set-up, then the loop timed by perf_counter.
	src := fmt.Sprintf("%s\nimport time\nt0 = time.perf_counter()\nfor _ in range(%d):\n    %s\nprint(time.perf_counter() - t0, flush=True)\n", setup, b.N, stmt)
	b.ResetTimer()
	if code := in.RunString(src, "<bench>"); code != 0 {
		b.Fatalf("exit %d: %s", code, out.String())
	}
	b.StopTimer()
	var secs float64
	if _, err := fmt.Sscan(out.String(), &secs); err != nil {
		b.Fatalf("output %q: %v", out.String(), err)
	}
	b.ReportMetric(secs*1e9/float64(b.N), "loop-ns/op")
}

const xsetup = `
from concurrent import interpreters
interp = interpreters.create()
interp.exec("x = 1")
def small():
    return 42
q = interpreters.create_queue()
`

func BenchmarkXCreateClose(b *testing.B) {
	benchPython(b, xsetup, "interpreters.create().close()")
}

func BenchmarkXExec(b *testing.B) {
	benchPython(b, xsetup, `interp.exec("x = 1")`)
}

func BenchmarkXCall(b *testing.B) {
	benchPython(b, xsetup, "interp.call(small)")
}

// BenchmarkXQueue is one put and one get of an int, in one interpreter.
func BenchmarkXQueue(b *testing.B) {
	benchPython(b, xsetup, "q.put(1); q.get()")
}
