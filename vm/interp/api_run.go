package interp

import (
	"context"
	"strings"

	"minipy/vm"
	"minipy/vm/objects"
)

// Running under a context, a step limit and a memory limit (the
// embedding API; doc.go has the overview, vm/abort.go the mechanism).

// ErrStepLimit is the reason (errors.Is) of a run that exceeded the step
// limit of SetMaxSteps.
var ErrStepLimit = vm.ErrStepLimit

// AbortError is returned by a run that was ended from Go: its context was
// cancelled or passed its deadline (Err is ctx.Err(): errors.Is(err,
// context.Canceled) works), or it exceeded the step limit (Err is
// ErrStepLimit). Python code cannot catch the abort: no except, finally
// or __exit__ ran while the frames were unwound. Traceback is where the
// run was when it stopped.
type AbortError struct {
	Err       error
	Traceback string
}

func (e *AbortError) Error() string { return "interp: run aborted: " + e.Err.Error() }

// Unwrap returns the reason.
func (e *AbortError) Unwrap() error { return e.Err }

// embedState is what the embedding API keeps per interpreter.
type embedState struct {
	handles map[*Value]struct{} // live Values, released by Close
}

func (in *Interpreter) embedded() *embedState {
	if in.embed == nil {
		in.embed = &embedState{handles: map[*Value]struct{}{}}
	}
	return in.embed
}

// SetMaxSteps bounds the work of the interpreter's runs (0: no bound) and
// starts the count from zero. A step is a function entry or a loop
// iteration (a backward jump) of Python code, and PollEvery items of a
// builtin's loop (sum, join, sort, repeat), counted over all the
// interpreter's threads. A run that exceeds it ends with an *AbortError
// whose Err is ErrStepLimit; the count keeps its value until ResetSteps or
// SetMaxSteps, so later runs fail at once until then.
func (in *Interpreter) SetMaxSteps(n uint64) {
	if !in.closed {
		in.State.SetMaxSteps(n)
	}
}

// Steps is the number of steps counted since SetMaxSteps or ResetSteps
// (counted only while a step limit is set).
func (in *Interpreter) Steps() uint64 { return in.State.Steps() }

// ResetSteps starts the step count again from zero.
func (in *Interpreter) ResetSteps() { in.State.ResetSteps() }

// PollEvery is how many items a builtin's loop handles between its checks
// of cancellation and limits (and the steps such a check counts).
const PollEvery = objects.PollEvery

// SetMemoryLimit bounds the interpreter's heap in bytes (0: no bound): the
// arenas of its object blocks plus the Go-allocated payloads its objects
// own (the item arrays of lists, tuples, dicts and sets, the bytes of
// strs and bytes, big ints' digits, frames). A request that cannot fit
// ([0] * 10**9) raises MemoryError at once; growth past the limit (a loop
// of appends) raises MemoryError at the next check (function entry, loop
// iteration, builtin poll). It is an ordinary MemoryError, which Python
// code may catch; other interpreters are not affected. The interpreter's
// own start-up objects count too (MemoryInUse after New).
func (in *Interpreter) SetMemoryLimit(bytes int64) {
	if !in.closed {
		in.State.SetMemoryLimit(bytes)
	}
}

// MemoryInUse is the bytes the memory limit counts now.
func (in *Interpreter) MemoryInUse() int64 { return in.Space.Heap.InUse() }

// ExecContext is Exec that ctx can abort (see AbortError): a cancellation
// or deadline is noticed at the next check of the eval loop (function
// entry, loop iteration), inside builtins' long loops, and in blocking
// waits (time.sleep, lock acquires, queue gets). It aborts the thread that
// runs the source, not the Python threads that source started.
func (in *Interpreter) ExecContext(ctx context.Context, src string) error {
	if in.closed {
		return ErrClosed
	}
	defer in.enter()()
	return in.run(ctx, func() bool { return in.execMain(src) })
}

// execMain runs src in __main__ (lock held): false with the exception set.
func (in *Interpreter) execMain(src string) bool {
	th := in.main
	m := in.mainModule()
	if m == nil {
		return false
	}
	defer objects.Decref(th.TS, m) // the module may leave sys.modules while it runs
	return th.ExecIn(m, []byte(src), "<string>")
}

// mainModule returns __main__ (a new reference), made on first use; nil
// with the exception set on failure.
func (in *Interpreter) mainModule() *objects.Object {
	ts := in.main.TS
	m := objects.DictGetItemStr(ts, in.State.Modules, "__main__")
	if m != nil && vm.ModuleDict(m) != nil {
		return objects.NewRef(m)
	}
	m = vm.NewModule(ts, "__main__", nil)
	if m == nil {
		return nil
	}
	objects.DictSetItemStr(ts, vm.ModuleDict(m), "__builtins__", in.State.BuiltinsModule)
	if objects.DictSetItemStr(ts, in.State.Modules, "__main__", m) < 0 {
		objects.Decref(ts, m)
		return nil
	}
	return m
}

// run runs fn (false: a Python exception is set) on the main thread under
// ctx and turns its outcome into an error.
func (in *Interpreter) run(ctx context.Context, fn func() bool) error {
	th := in.main
	if err := ctx.Err(); err != nil {
		return &AbortError{Err: err}
	}
	var stop func() bool
	var fired chan struct{}
	if ctx.Done() != nil {
		fired = make(chan struct{})
		stop = context.AfterFunc(ctx, func() {
			th.Abort(ctx.Err())
			close(fired)
		})
	}
	ok := th.Protect(fn)
	if stop != nil && !stop() {
		<-fired // the abort is under way: let it finish before clearing it
	}
	return in.finish(ok)
}

// finish clears an abort and returns the run's error (lock held).
func (in *Interpreter) finish(ok bool) error {
	th := in.main
	ts := th.TS
	if reason := th.ClearAbort(); reason != nil {
		if ok {
			// The run was done before the abort was noticed.
			ts.ClearErr()
			return nil
		}
		e := &AbortError{Err: reason}
		if exc := ts.FetchErr(); exc != nil {
			tb := th.FormatException(exc)
			objects.Decref(ts, exc)
			// The last line names the stop's SystemExit, which nobody saw.
			tb = strings.TrimSuffix(tb, "\n")
			if i := strings.LastIndexByte(tb, '\n'); i >= 0 {
				tb = tb[:i+1]
			} else {
				tb = ""
			}
			e.Traceback = tb
		}
		return e
	}
	if !ok {
		return in.pyError()
	}
	return nil
}

// closeEmbed runs first in Close: the Values still held are released and
// the limits lifted, so that finalization runs unhindered.
func (in *Interpreter) closeEmbed() {
	in.State.SetMaxSteps(0)
	in.State.SetMemoryLimit(0)
	in.main.ClearAbort()
	if in.embed == nil {
		return
	}
	for v := range in.embed.handles {
		v.release()
	}
}
