package interp

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestXInterpParallel: two sub-interpreters exec'ing at once in two
// Python threads of the main one, passing items through one queue, then
// a call and a close from each thread. Under `go test -race -tags
// ownercheck` (make racetest) it shows that the switch between
// interpreters (drop the caller's lock, take the target's, run, switch
// back) shares nothing unguarded. The expected sums are computed here
// from first principles.
func TestXInterpParallel(t *testing.T) {
	for _, debug := range []bool{false, true} {
		var out bytes.Buffer
		in, err := New(Config{Debug: debug, Stdout: &out, Stderr: &out})
		if err != nil {
			t.Fatal(err)
		}
		src := `
from concurrent import interpreters as I
import threading
N = 2000
q = I.create_queue()
subs = [I.create(), I.create()]
for k, s in enumerate(subs):
    s.prepare_main(q=q, k=k, N=N)
def drive(s):
    s.exec("""
acc = 0
for n in range(N):
    acc += n * (k + 1)
    q.put((k, n))
""")
    r = s.call(pow, 2, 10)
    assert r == 1024, r
ts = [threading.Thread(target=drive, args=(s,)) for s in subs]
for t in ts:
    t.start()
total = [0, 0]
count = 0
while count < 2 * N:
    k, n = q.get()
    total[k] += n
    count += 1
for t in ts:
    t.join()
for s in subs:
    s.exec("assert acc == (k + 1) * N * (N - 1) // 2")
    s.close()
print(total, q.qsize(), I.list_all())
`
		if err := in.Exec(src); err != nil {
			t.Fatalf("debug %v: %v\n%s", debug, err, out.String())
		}
		if err := in.Close(); err != nil {
			t.Fatalf("debug %v: close: %v", debug, err)
		}
		const n = 2000
		want := "[1999000, 1999000] 0 [Interpreter(0)]\n"
		if n*(n-1)/2 != 1999000 || out.String() != want {
			t.Fatalf("debug %v: got %q, want %q", debug, out.String(), want)
		}
	}
}

// TestXInterpCloseAtExit: interpreters left open, one with a thread
// still running in it, are closed with the main one, their heaps empty.
func TestXInterpCloseAtExit(t *testing.T) {
	var out bytes.Buffer
	in, err := New(Config{Debug: true, Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	src := `
from concurrent import interpreters as I
a = I.create()
a.exec("import threading, time\nthreading.Thread(target=time.sleep, args=(0.1,)).start()\nx = [object() for _ in range(100)]")
b = I.create()
b.exec("import sys\nsys._immortalize([1, 2]) if hasattr(sys, '_immortalize') else None")
`
	if err := in.Exec(src); err != nil {
		t.Fatal(err)
	}
	if err := in.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if !strings.Contains(out.String(), "remaining subinterpreters") {
		t.Fatalf("no warning: %q", out.String())
	}
}

// TestXInterpInterrupt: a Ctrl-C of the main thread while it waits in
// another interpreter's exec reaches the code running there, so a
// program looping in a sub-interpreter can be stopped.
func TestXInterpInterrupt(t *testing.T) {
	var out lockedBuf
	in, err := New(Config{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		done <- in.Exec(`
from concurrent import interpreters as I
i = I.create()
i.exec("ready = 1")
print("looping", flush=True)
try:
    i.exec("while True:\n    pass")
finally:
    i.close()
`)
	}()
	for !strings.Contains(out.String(), "looping") {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	in.Interrupt()
	select {
	case err := <-done:
		var pe *Error
		if !errors.As(err, &pe) || (pe.Type != "KeyboardInterrupt" && pe.Type != "ExecutionFailed") {
			t.Fatalf("got %v, want KeyboardInterrupt or ExecutionFailed", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the interrupt did not stop the sub-interpreter's loop")
	}
	if err := in.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
}

// lockedBuf is an output the test reads while the interpreter writes.
type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
