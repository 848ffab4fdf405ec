// Package interp owns interpreters: their creation, their run and their
// finalization, and (in a later issue) their locks, thread states and the
// registry that lets several run in parallel in one process.
//
// An Interpreter owns one object space (a heap, a cycle collector), the VM
// state (builtins, sys.modules, __main__) and its threads. There is no
// package-level interpreter state: a process may create, run and close
// many interpreters, as the golden-test harness does.
//
// This package may import every vm package; only cmd/ imports it.
package interp

import (
	"fmt"
	"io"
	"sync/atomic"
	"unsafe"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
	pysys "minipy/vm/sys"
)

// Config says how to make an interpreter.
type Config struct {
	// Debug turns on the debug allocator: freed blocks are poisoned and
	// quarantined, double frees caught (-X dev, and the golden suite's
	// second run).
	Debug bool
	// Stdout and Stderr receive the interpreter's output and Stdin feeds
	// its sys.stdin (default: the process's).
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	// Argv is sys.argv; Path the initial sys.path (nil: the script's
	// directory, then PYTHONPATH).
	Argv []string
	Path []string
}

// Interpreter is one Python interpreter.
type Interpreter struct {
	ID    int64
	Space *objects.Space
	State *vm.InterpState
	main  *vm.Thread
}

var nextID atomic.Int64 // interpreter ids, as CPython's: the main one is 0

// New creates an interpreter with its heap, builtins and sys.
func New(cfg Config) (*Interpreter, error) {
	// SiteSkip/SiteDepth: report the code that dropped the last reference
	// (Decref → dealloc → the type's Dealloc → FreeObject → alloc.Free).
	space := objects.NewSpace(alloc.Config{Debug: cfg.Debug, SiteSkip: 3, SiteDepth: 2})
	setup := pysys.Setup
	if cfg.Stdin != nil {
		setup = pysys.SetupWith(cfg.Stdin)
	}
	st, th, err := vm.NewInterpState(space, vm.Config{
		Stdout: cfg.Stdout, Stderr: cfg.Stderr, Argv: cfg.Argv, Path: cfg.Path,
		SetupBuiltins: setup, // builtins, sys and the native modules
	})
	if err != nil {
		return nil, err
	}
	return &Interpreter{ID: nextID.Add(1) - 1, Space: space, State: st, main: th}, nil
}

// RunFile runs a script as __main__ and returns the process exit status
// (0, 1 after an uncaught exception, or SystemExit's code); the uncaught
// exception's traceback has gone to Stderr.
func (in *Interpreter) RunFile(path string) (int, error) {
	if err := vm.RunFile(in.main, path); err != nil {
		return 2, err
	}
	return in.State.ExitCode, nil
}

// RunString runs source text as __main__ (python -c).
func (in *Interpreter) RunString(src, filename string) int {
	vm.RunString(in.main, src, filename)
	return in.State.ExitCode
}

// Close finalizes the interpreter. Afterwards its heap must hold no block:
// Close reports what is left as a leak.
func (in *Interpreter) Close() error {
	in.State.Finalize(in.main)
	if n := in.Space.Heap.AllocatedBlocks(); n != 0 {
		return &LeakError{Blocks: n, Report: in.Space.Heap.LeakReport(describeBlock, 5)}
	}
	return nil
}

// LeakError reports the blocks left in a heap after finalization.
type LeakError struct {
	Blocks int
	Report string
}

func (e *LeakError) Error() string {
	return fmt.Sprintf("%d blocks leaked after finalization:\n%s", e.Blocks, e.Report)
}

// Interrupt asks the running program to raise KeyboardInterrupt at its
// next safe point; it may be called from any goroutine (a signal handler).
func (in *Interpreter) Interrupt() { in.main.Interrupt() }

// InterruptedExit reports whether the program ended by an uncaught
// exception after an Interrupt: the process then dies of SIGINT, as
// CPython's does after an uncaught KeyboardInterrupt.
func (in *Interpreter) InterruptedExit() bool { return in.State.ExitCode == 1 }

// LiveRefs is the sum of the reference counts of the objects still in the
// heap (CPython's total refcount, for -X showalloc).
func (in *Interpreter) LiveRefs() int64 {
	var total int64
	in.Space.Heap.Live(func(class string, p unsafe.Pointer) bool {
		if o := (*objects.Object)(p); !o.IsImmortal() {
			total += o.Refcnt()
		}
		return true
	})
	return total
}
