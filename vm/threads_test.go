package vm_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
	pysys "minipy/vm/sys"
)

// The interpreter lock and Python threads (vm/gil.go, vm/threads.go,
// vm/builtins/thread.go). These tests run under `go test -race` in
// `make test` (the race target): every object access of a thread must be
// ordered by the lock's hand-offs. Expected values come from first
// principles (counts, structure), never wall-clock times.

// runThreaded runs src in a fresh interpreter under the debug allocator,
// finalizes it (which joins and stops the threads) and checks the heap is
// empty; a run that does not end within limit fails the test.
func runThreaded(t *testing.T, src string, limit time.Duration) (stdout, stderr string) {
	t.Helper()
	type result struct{ out, err string }
	done := make(chan result, 1)
	go func() {
		sp := objects.NewSpace(alloc.Config{Debug: true})
		var o, e bytes.Buffer
		is, th, err := vm.NewInterpState(sp, vm.Config{Stdout: &o, Stderr: &e,
			SetupBuiltins: pysys.SetupOptions(pysys.Options{Stdin: strings.NewReader("")})})
		if err != nil {
			t.Error(err)
			done <- result{}
			return
		}
		vm.RunString(th, src, "<string>")
		is.Finalize(th)
		if n := sp.Heap.AllocatedBlocks(); n != 0 {
			t.Errorf("%d blocks leaked", n)
		}
		done <- result{o.String(), e.String()}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-time.After(limit):
		t.Fatalf("the program did not end within %v (deadlock?)", limit)
	}
	return "", ""
}

func expect(t *testing.T, gotOut, gotErr, wantOut string) {
	t.Helper()
	if gotErr != "" {
		t.Errorf("stderr: %s", gotErr)
	}
	if gotOut != wantOut {
		t.Errorf("stdout = %q, want %q", gotOut, wantOut)
	}
}

// Many threads incrementing a global under a Lock lose no update.
func TestThreadsLockCounter(t *testing.T) {
	out, errs := runThreaded(t, `
import threading, sys
sys.setswitchinterval(0.0005)
n = 0
lock = threading.Lock()
def inc():
    global n
    for _ in range(3000):
        with lock:
            n += 1
ts = [threading.Thread(target=inc) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(n)
`, time.Minute)
	expect(t, out, errs, "24000\n")
}

// Two CPU-bound threads that never block play ping-pong by spinning on
// a shared variable: each of the 40 turns needs the switch interval to
// take the lock from the spinning thread (forced switching).
func TestThreadsForcedSwitch(t *testing.T) {
	out, errs := runThreaded(t, `
import threading, sys
sys.setswitchinterval(0.001)
turn = 0
log = []
def player(i):
    global turn
    for _ in range(20):
        while turn != i:
            pass
        log.append(i)
        turn = 1 - i
ts = [threading.Thread(target=player, args=(i,)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(log == [0, 1] * 20)
`, time.Minute)
	expect(t, out, errs, "True\n")
}

// time.sleep detaches: both threads are observed inside their sleep at
// the same time.
func TestThreadsSleepDetaches(t *testing.T) {
	out, errs := runThreaded(t, `
import threading, time
asleep = 0
seen = []
meet = threading.Barrier(2)
def sleeper():
    global asleep
    meet.wait()
    asleep += 1
    time.sleep(0.2)
    seen.append(asleep)
    asleep -= 1
ts = [threading.Thread(target=sleeper) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(max(seen))
`, time.Minute)
	expect(t, out, errs, "2\n")
}

// Blocking waits detach too: a thread blocked on a lock, a queue and an
// Event lets the main thread run, and each wakes when it should.
func TestThreadsBlockingWaits(t *testing.T) {
	out, errs := runThreaded(t, `
import threading, queue
q = queue.Queue()
ev = threading.Event()
lk = threading.Lock()
lk.acquire()
got = []
def w1(): got.append(q.get())
def w2(): got.append(ev.wait())
def w3():
    with lk: got.append("lock")
ts = [threading.Thread(target=f) for f in (w1, w2, w3)]
for t in ts: t.start()
q.put("item"); ev.set(); lk.release()
for t in ts: t.join()
print(sorted(map(str, got)))
`, time.Minute)
	expect(t, out, errs, "['True', 'item', 'lock']\n")
}

// At exit the non-daemon threads are joined; daemon threads (spinning,
// sleeping, blocked on a lock or a queue) and _thread threads are stopped
// with their frames unwound (no finally clause runs, nothing printed),
// and the heap ends empty.
func TestThreadsShutdown(t *testing.T) {
	out, errs := runThreaded(t, `
import threading, time, queue, _thread
started = threading.Semaphore(0)
def spin():
    started.release()
    try:
        while True: pass
    finally:
        print("finally must not run")
def sleep():
    started.release()
    try:
        while True: time.sleep(0.01)
    except BaseException:
        print("handler must not run")
def lock():
    lk = threading.Lock(); lk.acquire(); started.release(); lk.acquire()
def get():
    q = queue.Queue(); started.release(); q.get()
class Noisy:
    def __del__(self): print("__del__ runs no Python while stopping")
def holds():
    x = Noisy()
    started.release()
    while True: time.sleep(0.01)
for f in (spin, sleep, lock, get, holds):
    threading.Thread(target=f, daemon=True).start()
_thread.start_new_thread(sleep, ())
for _ in range(6): started.acquire()
printed = threading.Event()
def late():
    printed.wait()
    time.sleep(0.05)
    print("joined")
threading.Thread(target=late).start()
print("main ends")
printed.set()
`, time.Minute)
	if errs != "" {
		t.Errorf("stderr: %s", errs)
	}
	// __del__ of the stopped thread's object may or may not run (its
	// frame is unwound without Python), but never prints: Python code
	// is refused in a stopping thread.
	if out != "main ends\njoined\n" {
		t.Errorf("stdout = %q", out)
	}
}

// sys._immortalize is atomic: N threads immortalizing one object get
// exactly one 1 between them.
func TestThreadsImmortalizeOnce(t *testing.T) {
	out, errs := runThreaded(t, `
import threading, sys
sys.setswitchinterval(0.0001)
obj = [object()]
results = []
meet = threading.Barrier(16)
def imm():
    meet.wait()
    results.append(sys._immortalize(obj))
ts = [threading.Thread(target=imm) for _ in range(16)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results).count(1), sorted(results).count(0), sys._is_immortal(obj))
`, time.Minute)
	expect(t, out, errs, "1 15 True\n")
}

// An exception in a thread of _thread goes to sys.unraisablehook; one in
// a threading.Thread to threading.excepthook ("Exception in thread").
func TestThreadsExceptionReports(t *testing.T) {
	_, errs := runThreaded(t, `
import threading, _thread
def boom(): raise ValueError("boom")
t = threading.Thread(target=boom, name="Named"); t.start(); t.join()
lk = _thread.allocate_lock(); lk.acquire()
def raw():
    try: boom()
    finally: lk.release()
_thread.start_new_thread(raw, ())
lk.acquire()
import time; time.sleep(0.05)
`, time.Minute)
	for _, want := range []string{
		"Exception in thread Named:\nTraceback (most recent call last):\n",
		"ValueError: boom\n",
		"Exception ignored in thread started by: <function raw at 0x",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

// A thread started while the modules are torn down (after the threads
// were stopped) is refused with CPython 3.12's RuntimeError.
func TestThreadsStartAtShutdown(t *testing.T) {
	out, errs := runThreaded(t, `
import _thread
class Late:
    def __del__(self, start=_thread.start_new_thread):
        try:
            start(print, ("never",))
        except RuntimeError as e:
            print("RuntimeError", e)
keep = Late()
`, time.Minute)
	expect(t, out, errs, "RuntimeError can't create new thread at interpreter shutdown\n")
}

// The lock alone, from Go: goroutines with their own thread states take
// turns; the race detector checks that the hand-offs order their writes.
func TestThreadsGILAttachDetach(t *testing.T) {
	sp := objects.NewSpace(alloc.Config{Debug: true})
	is, main, err := vm.NewInterpState(sp, vm.Config{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{},
		SetupBuiltins: pysys.SetupOptions(pysys.Options{Stdin: strings.NewReader("")})})
	if err != nil {
		t.Fatal(err)
	}
	const workers, rounds = 6, 2000
	ths := make([]*vm.Thread, workers)
	for i := range ths {
		ths[i] = is.NewThread()
	}
	if !main.Attached() {
		t.Fatal("the first thread is not attached after NewInterpState")
	}
	main.Detach()
	counter := 0 // guarded by the interpreter lock alone
	done := make(chan struct{})
	for _, th := range ths {
		go func(th *vm.Thread) {
			for i := 0; i < rounds; i++ {
				th.Attach()
				counter++
				th.Detach()
			}
			done <- struct{}{}
		}(th)
	}
	for range ths {
		select {
		case <-done:
		case <-time.After(time.Minute):
			t.Fatal("deadlock")
		}
	}
	main.Attach()
	if counter != workers*rounds {
		t.Errorf("counter = %d, want %d", counter, workers*rounds)
	}
	is.Finalize(main)
	if n := sp.Heap.AllocatedBlocks(); n != 0 {
		t.Errorf("%d blocks leaked", n)
	}
}
