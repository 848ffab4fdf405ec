package interp

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestXInterpExitStopsCallees: when the main interpreter ends while its
// daemon threads run code in sub-interpreters (a busy loop in a nested
// exec, a queue get, a long call), that code is stopped and its
// goroutines end. A busy loop left spinning for the rest of the process
// starved every later test (the stress test's runtime.GC() never
// finished its sweep under the spinning goroutines): stopCallees
// interrupted the callee interpreter's main thread state instead of the
// per-goroutine one that runs the code.
func TestXInterpExitStopsCallees(t *testing.T) {
	src := `
from concurrent import interpreters as I
import threading, time

a = I.create()
b = I.create()
i = I.create()
q = I.create_queue()
started = I.create_queue()
for s in (a, b, i):
    s.prepare_main(started=started, q=q)
threading.Thread(target=a.call, args=(time.sleep, 100), daemon=True).start()
threading.Thread(target=i.exec, args=("started.put('i')\nq.get()",), daemon=True).start()
threading.Thread(target=b.exec, args=("""
from concurrent import interpreters as I
c = I.create()
c.prepare_main(started=started)
c.exec("started.put('c')\\nwhile True: pass")
""",), daemon=True).start()
print(sorted([started.get(), started.get()]))
while not a.is_running():
    time.sleep(0.001)
print("exit", flush=True)
`
	runtime.GC()
	g0 := runtime.NumGoroutine()
	var out lockedBuf
	in, err := New(Config{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	ok, err := execAndClose(in, src, time.Minute)
	if !ok {
		t.Fatalf("hung; output:\n%s", out.String())
	}
	// The goroutines first: a callee left running also leaks its
	// interpreter's heap (Close's error), the lesser symptom.
	if n := waitGoroutines(g0, 10*time.Second); n > g0 {
		buf := make([]byte, 1<<20)
		buf = buf[:runtime.Stack(buf, true)]
		t.Errorf("%d goroutines left after the close, %d before: the daemon threads' code in the sub-interpreters still runs\n%s", n, g0, buf)
	}
	if err != nil {
		t.Fatalf("%v\noutput:\n%s", err, out.String())
	}
	if s := out.String(); !strings.Contains(s, "['c', 'i']\nexit\n") {
		t.Fatalf("output %q", s)
	}
}

// TestXInterpCloseAfterJoin: close() right after joining a thread that
// ran code in the interpreter succeeds. The thread's goroutine releases
// its thread state there after the join returned (the thread's end,
// threadEnded), which close() took for a proxy operation in progress
// ("interpreter running"; golden interpreters/threads failed so now and
// then).
func TestXInterpCloseAfterJoin(t *testing.T) {
	src := `
from concurrent import interpreters as I
import threading
for k in range(300):
    s = I.create()
    t = s.call_in_thread(len, [1])
    t.join()
    s.close()
    u = I.create()
    t = threading.Thread(target=u.exec, args=("x = 1",))
    t.start()
    t.join()
    u.close()
print(I.list_all())
`
	var out lockedBuf
	in, err := New(Config{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	err = in.Exec(src)
	if cerr := in.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatalf("%v\noutput:\n%s", err, out.String())
	}
	if s := out.String(); s != "[Interpreter(0)]\n" {
		t.Fatalf("output %q", s)
	}
}
