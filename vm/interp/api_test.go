package interp

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// The Go API: Exec shares __main__ between calls, returns Python
// exceptions as *Error, and Close finalizes, gives the heap back and
// refuses a second use.
func TestInterpreterAPI(t *testing.T) {
	for _, debug := range []bool{false, true} {
		var out bytes.Buffer
		in, err := New(Config{Debug: debug, Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
		if err != nil {
			t.Fatal(err)
		}
		if err := in.Exec("x = 6 * 7\nclass C: pass\nc = C()"); err != nil {
			t.Fatal(err)
		}
		if err := in.Exec("print(x, type(c).__name__, __name__)"); err != nil {
			t.Fatal(err)
		}
		err = in.Exec("def f():\n    return 1 / 0\nf()")
		var pe *Error
		if !errors.As(err, &pe) || pe.Type != "ZeroDivisionError" || pe.Message != "division by zero" ||
			!strings.Contains(pe.Traceback, "line 2, in f") || !strings.HasSuffix(pe.Traceback, "ZeroDivisionError: division by zero\n") {
			t.Fatalf("Exec error: %#v", err)
		}
		if err := in.Exec("raise SystemExit(3)"); !errors.As(err, &pe) || pe.Type != "SystemExit" || pe.Message != "3" {
			t.Fatalf("SystemExit: %#v", err)
		}
		if err := in.Exec("x = ("); !errors.As(err, &pe) || pe.Type != "SyntaxError" {
			t.Fatalf("SyntaxError: %#v", err)
		}
		if err := in.Close(); err != nil {
			t.Fatal(err)
		}
		// sys.stdout is block-buffered on a pipe or a buffer, as CPython's:
		// finalization flushes it.
		if got, want := out.String(), "42 C __main__\n"; got != want {
			t.Fatalf("output %q, want %q", got, want)
		}
		if s := in.Space.Heap.Stats(); s.Arenas != 0 || in.Space.Heap.AllocatedBlocks() != 0 {
			t.Fatalf("after Close: %d arenas, %d blocks", s.Arenas, in.Space.Heap.AllocatedBlocks())
		}
		if err := in.Close(); err != ErrClosed {
			t.Fatalf("second Close: %v", err)
		}
		if err := in.Exec("x = 1"); err != ErrClosed {
			t.Fatalf("Exec after Close: %v", err)
		}
		if code := in.RunString("x = 1", "<string>"); code != 1 {
			t.Fatalf("RunString after Close: %d", code)
		}
	}
}

// Interpreters are created, used and closed while another one runs: the
// first spins until the others are done (a file appears), so they
// certainly overlap.
func TestParallelCreateWhileRunning(t *testing.T) {
	flag := filepath.Join(t.TempDir(), "done")
	var out bytes.Buffer
	a, err := New(Config{Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var aerr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		aerr = a.Exec("import os\nn = 0\nwhile not os.path.exists(" + pyQuote(flag) + "):\n    n += 1\nprint('a done', n > 0)")
	}()
	for i := range 20 {
		var bout bytes.Buffer
		b, err := New(Config{Debug: i%2 == 1, Stdout: &bout, Stderr: &bout, Stdin: strings.NewReader("")})
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Exec("print(sum(range(1000)), [c for c in 'ab'], {1: int})"); err != nil {
			t.Fatal(err)
		}
		if err := b.Close(); err != nil {
			t.Fatal(err)
		}
		if got, want := bout.String(), "499500 ['a', 'b'] {1: <class 'int'>}\n"; got != want {
			t.Fatalf("b printed %q, want %q", got, want)
		}
	}
	if err := os.WriteFile(flag, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if aerr != nil {
		t.Fatal(aerr)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "a done True\n" {
		t.Fatalf("a printed %q", got)
	}
}

// pyQuote is a Python string literal of s (no quotes or backslashes in
// temporary paths on the systems minipy runs on).
func pyQuote(s string) string { return "'" + s + "'" }

// Interpreters created and closed over and over, on several goroutines at
// once, leave the process's memory flat: Close gives each heap back.
func TestParallelCreateCloseCycles(t *testing.T) {
	const workers, cycles = 4, 30
	cycle := func() error {
		var out bytes.Buffer
		in, err := New(Config{Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
		if err != nil {
			return err
		}
		if err := in.Exec("class C:\n    pass\nd = {i: [C()] * 3 for i in range(500)}\ns = ' '.join(map(str, d))"); err != nil {
			return err
		}
		return in.Close()
	}
	run := func() {
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range cycles {
					if err := cycle(); err != nil {
						t.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
	}
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	run() // warm up: static types, parser tables
	before := heap()
	run()
	after := heap()
	t.Logf("Go heap after %d cycles: %d KiB, after %d more: %d KiB", workers*cycles, before>>10, workers*cycles, after>>10)
	if after > before+4<<20 {
		t.Fatalf("the Go heap grew from %d to %d bytes over %d create/close cycles", before, after, workers*cycles)
	}
}
