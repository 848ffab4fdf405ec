package interp

import (
	"strings"
	"testing"
	"time"
)

// TestXInterpExitBusy: the process ends while interpreters are busy in
// ways whose output is not deterministic (what CPython 3.14's goldens
// cannot pin down): their own non-daemon threads contending on a queue,
// one closed while its threads run, daemon threads of main inside a busy
// loop and a long sleep of two others, a non-daemon thread of main calling
// into one. Nothing may crash or hang, and every heap (the main one
// included) must end at zero blocks (Close reports leaks).
func TestXInterpExitBusy(t *testing.T) {
	src := `
from concurrent import interpreters as I
import threading

q = I.create_queue(5)
subs = [I.create() for _ in range(4)]
for n, s in enumerate(subs):
    s.prepare_main(q=q, n=n)
    s.exec("""
import threading
def work():
    for k in range(300):
        try:
            q.put_nowait((n, k, [k]))
        except Exception:
            pass
        try:
            q.get_nowait()
        except Exception:
            pass
for _ in range(2):
    threading.Thread(target=work).start()
""")
busy = I.create()
blocked = I.create()
threading.Thread(target=busy.exec, args=("while True: pass",), daemon=True).start()
threading.Thread(target=blocked.exec, args=("import time\ntime.sleep(100)",), daemon=True).start()

def caller():
    for _ in range(50):
        try:
            subs[0].call(len, [1, 2])
        except I.InterpreterError:
            pass

threading.Thread(target=caller).start()
subs[1].close()
print("end", flush=True)
`
	for round := 0; round < 3; round++ {
		var out lockedBuf
		in, err := New(Config{Debug: true, Stdout: &out, Stderr: &out})
		if err != nil {
			t.Fatal(err)
		}
		var ok bool
		ok, err = execAndClose(in, src, 2*time.Minute)
		if !ok {
			t.Fatalf("round %d: hung; output:\n%s", round, out.String())
		}
		if err != nil {
			t.Fatalf("round %d: %v\noutput:\n%s", round, err, out.String())
		}
		if s := out.String(); !strings.Contains(s, "end") || !strings.Contains(s, "remaining subinterpreters") || strings.Contains(s, "Traceback") {
			t.Fatalf("round %d: output %q", round, s)
		}
	}
}

// execAndClose runs src in in's __main__ and then closes it, on a
// goroutine of its own: false when Exec and Close did not end within
// limit, else the error of either.
func execAndClose(in *Interpreter, src string, limit time.Duration) (bool, error) {
	done := make(chan error, 1)
	go func() {
		if err := in.Exec(src); err != nil {
			done <- err
			return
		}
		done <- in.Close()
	}()
	select {
	case err := <-done:
		return true, err
	case <-time.After(limit):
		return false, nil
	}
}
