// Package interp owns interpreters: their creation, their run and their
// finalization, the process-wide runtime that registers them, the
// concurrent.interpreters modules over it (xinterp*.go, x*.go;
// docs/ARCHITECTURE.md "concurrent.interpreters"), and the Go API for
// programs that embed minipy.
//
// An Interpreter owns one object space (a heap, a cycle collector), the VM
// state (builtins, sys.modules, __main__) and its threads. There is no
// package-level interpreter state: a process may create, run and close
// many interpreters, one after the other (the golden-test harness) or at
// the same time on separate goroutines and cores (TestParallelInterpreters
// under the race detector); they share only the static immortals, which
// nobody writes.
//
// # Embedding
//
//	in, err := interp.New(interp.Config{Stdout: os.Stdout})
//	if err != nil { ... }
//	defer in.Close()                          // finalizes; the heap goes back to Go
//	in.SetMemoryLimit(64 << 20)               // MemoryError past 64 MiB, in this interpreter only
//	in.SetMaxSteps(1e8)                       // or abort after 1e8 calls and loop iterations
//	err = in.Exec("def area(w, h):\n    return w * h")
//	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
//	defer cancel()
//	v, err := in.CallContext(ctx, "area", 6, 7) // v == int64(42)
//	var pe *interp.Error                      // a Python exception: Type, Message, Traceback, Args
//	if errors.As(err, &pe) { ... } else if errors.Is(err, context.DeadlineExceeded) { ... }
//
// Exec runs source in __main__ (shared between calls), Eval evaluates an
// expression, Call calls a function of __main__ by name or a *Value with
// Go arguments (a Kwargs last gives keywords), Get and Set read and bind
// globals of __main__. Values convert between Go and Python (api_value.go
// has the table): nil, bool, the integer types and *big.Int, float64,
// string, []byte, Tuple, []any and other slices, map[string]any and other
// string-keyed maps; a Python object with no Go equivalent (an instance,
// a set, a function) comes back as a *Value, a handle holding a reference
// that can be passed back, called, converted, and released with Close
// (Close of the interpreter releases those left). An uncaught Python
// exception is an *Error, which errors.Is matches against
// &Error{Type: "LookupError"} by class hierarchy.
//
// The *Context methods take a context.Context whose cancellation or
// deadline aborts the run: at the next check of the eval loop (function
// entry, loop iteration), inside long builtin loops (sum, min, list of an
// iterator, sort, join, repeat) and in blocking waits (time.sleep, lock
// acquires, queue gets, join). Python code cannot catch the abort: the
// frames unwind without running except, finally or __exit__ (so a lock
// taken by `with` stays taken), which is what makes the abort certain; the
// interpreter stays usable. The call returns an *AbortError wrapping
// ctx.Err(). The step limit (SetMaxSteps) aborts the same way with
// ErrStepLimit. The memory limit (SetMemoryLimit) counts the heap's
// arenas and its objects' payloads and raises an ordinary MemoryError,
// which Python code may catch. Only the thread that runs the Go call is
// aborted; Python threads it started keep running when the interpreter's
// lock lets them (during later calls). An Interpreter and its Values are
// used by one goroutine at a time; a context may be cancelled from any.
//
// This package may import every vm package; only cmd/ imports it.
package interp
