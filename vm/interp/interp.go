package interp

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unsafe"

	"minipy/lang/compiler"
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
	// Argv is sys.argv; Path the initial sys.path (nil: RunFile makes it
	// the script's directory, then PYTHONPATH's entries; see SysPath).
	Argv []string
	Path []string
	// Unbuffered makes sys.stdout and sys.stderr write through (-u).
	Unbuffered bool
	// XOptions are the -X options as given ("dev", "name=value"), kept in
	// sys._xoptions as CPython does, known to minipy or not.
	XOptions []string
	// Inspect is -i: an interactive session follows the program, so an
	// uncaught SystemExit is printed as a traceback instead of ending it.
	Inspect bool
	// Runtime is the process-wide runtime the interpreter joins
	// (xinterp.go); nil: a new one, of which it is the main interpreter.
	Runtime *Runtime
	whence  int // for create(): whenceStdlib
}

// Interpreter is one Python interpreter.
type Interpreter struct {
	ID     int64
	Space  *objects.Space
	State  *vm.InterpState
	main   *vm.Thread
	closed bool        // set by Close
	rt     *Runtime    // the process's interpreters (xinterp.go)
	embed  *embedState // the embedding API's handles (api_run.go)
	px     interpProxy // the proxies of its objects (proxy*.go)
	// codes are the code objects exec and call loaded (xinterp.go, loadedCode),
	// guarded by its lock.
	codes map[*compiler.Code]*objects.Object
}

// New creates an interpreter with its heap, builtins and sys.
func New(cfg Config) (*Interpreter, error) {
	// SiteSkip/SiteDepth: report the code that dropped the last reference
	// (Decref → dealloc → the type's Dealloc → FreeObject → alloc.Free).
	space := objects.NewSpace(alloc.Config{Debug: cfg.Debug, SiteSkip: 3, SiteDepth: 2})
	defer alloc.Restore(alloc.Attach(space.Heap))
	stdin := cfg.Stdin
	if stdin == nil {
		stdin = os.Stdin
	}
	setup := pysys.SetupOptions(pysys.Options{Stdin: stdin, Unbuffered: cfg.Unbuffered})
	st, th, err := vm.NewInterpState(space, vm.Config{
		Stdout: cfg.Stdout, Stderr: cfg.Stderr, Argv: cfg.Argv, Path: cfg.Path,
		SetupBuiltins: setup, // builtins and sys
		Natives:       natives(),
	})
	if err != nil {
		return nil, err
	}
	st.Inspect = cfg.Inspect
	in := &Interpreter{Space: space, State: st, main: th}
	rt := cfg.Runtime
	if rt == nil {
		rt = NewRuntime()
	}
	rcfg := cfg
	rcfg.Runtime = nil
	rt.register(in, rcfg, cfg.whence) // its id: the main one is 0
	if err := in.setXOptions(cfg.XOptions); err != nil {
		return nil, err
	}
	return in, nil
}

// setXOptions fills sys._xoptions: "-X name=value" maps name to the str
// value, "-X name" to True.
func (in *Interpreter) setXOptions(opts []string) error {
	ts := in.main.TS
	d := objects.NewDict(ts)
	if d == nil {
		return in.fetchError()
	}
	defer objects.Decref(ts, d)
	for _, o := range opts {
		name, val, hasVal := strings.Cut(o, "=")
		v := objects.NewRef(objects.True)
		if hasVal {
			objects.Decref(ts, v)
			v = objects.NewStr(ts, val)
		}
		r := objects.DictSetItemStr(ts, d, name, v)
		objects.Decref(ts, v)
		if r < 0 {
			return in.fetchError()
		}
	}
	return in.setSys("_xoptions", d)
}

// setSys sets an attribute of the interpreter's sys module.
func (in *Interpreter) setSys(name string, v *objects.Object) error {
	ts := in.main.TS
	sys := objects.DictGetItemStr(ts, in.State.Modules, "sys")
	if sys == nil {
		return nil
	}
	if objects.SetAttrString(ts, sys, name, v) < 0 {
		return in.fetchError()
	}
	return nil
}

// SetPath sets the initial import path: sys.path and the interpreter's
// copy used before sys exists.
func (in *Interpreter) SetPath(dirs []string) error {
	ts := in.main.TS
	in.State.Path = dirs
	items := make([]*objects.Object, len(dirs))
	for i, d := range dirs {
		if items[i] = objects.NewStr(ts, d); items[i] == nil {
			for _, x := range items[:i] {
				objects.Decref(ts, x)
			}
			return in.fetchError()
		}
	}
	l := objects.NewListSteal(ts, items)
	if l == nil {
		return in.fetchError()
	}
	defer objects.Decref(ts, l)
	return in.setSys("path", l)
}

// SysPath is CPython's initial sys.path for a program: first (the
// script's directory with symbolic links resolved, "" for -c and stdin, the
// working directory for -m), then the entries of pythonPath (PYTHONPATH's
// value) made absolute, an empty entry being the working directory.
func SysPath(first, pythonPath string) []string {
	out := []string{first}
	pp := pythonPath
	if pp == "" {
		return out
	}
	for _, p := range filepath.SplitList(pp) {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		out = append(out, p)
	}
	return out
}

// ScriptDir is sys.path[0] for a script: its directory, absolute, with
// symbolic links resolved as CPython does.
func ScriptDir(script string) string {
	p := script
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	return filepath.Dir(p)
}

// RunFile runs a script as __main__ and returns the process exit status
// (0, 1 after an uncaught exception, or SystemExit's code); the uncaught
// exception's traceback has gone to Stderr.
func (in *Interpreter) RunFile(path string) (int, error) {
	if in.closed {
		return 1, ErrClosed
	}
	defer in.enter()()
	if in.State.Path == nil {
		if err := in.SetPath(SysPath(ScriptDir(path), os.Getenv("PYTHONPATH"))); err != nil {
			return 1, err
		}
	}
	if err := vm.RunFile(in.main, path); err != nil {
		return 2, err
	}
	return in.State.ExitCode, nil
}

// RunModule runs a module found on sys.path as __main__ (python -m) and
// returns the exit status; sys.argv[0] becomes the module's path.
func (in *Interpreter) RunModule(name string) int {
	if in.closed {
		return 1
	}
	defer in.enter()()
	vm.RunModule(in.main, name)
	return in.State.ExitCode
}

// RunString runs source text as __main__ (python -c).
func (in *Interpreter) RunString(src, filename string) int {
	if in.closed {
		return 1
	}
	defer in.enter()()
	vm.RunString(in.main, src, filename)
	return in.State.ExitCode
}

// Close finalizes the interpreter (runtime/finalize: threads, atexit,
// modules, the virtual GC over its immortals). Afterwards its heap must
// hold no block: Close reports what is left as a leak; otherwise it gives
// the heap's memory back (every arena). An interpreter is closed once;
// later calls return ErrClosed.
func (in *Interpreter) Close() error { return in.closeOn(in.main) }

// closeOn is Close on the thread state th of in (holding in's lock): a
// sub-interpreter is finalized on the thread state of the goroutine that
// closes it, as CPython makes one on the closing OS thread.
func (in *Interpreter) closeOn(th *vm.Thread) error {
	if in.closed {
		return ErrClosed
	}
	in.closed = true
	defer in.enter()()
	in.closeEmbed()
	if in.rt == nil || in.rt.main != in {
		// The main interpreter's proxies are invalidated in its
		// OnFinalize, once the others are closed (xinterp.go).
		in.closeProxies(th)
	}
	in.dropLoadedCode(th.TS)
	in.State.Finalize(th)
	if n := in.Space.NoPythonViolations; n != 0 {
		return fmt.Errorf("internal error: %d attempts to run Python code during finalization's phase 2", n)
	}
	if in.rt != nil && in.rt.main == in {
		if err := in.rt.Err(); err != nil {
			return err
		}
	}
	if n := in.Space.Heap.AllocatedBlocks(); n != 0 {
		return &LeakError{Blocks: n, Report: in.Space.Heap.LeakReport(describeBlock, 5)}
	}
	in.Space.Heap.Release()
	in.Space.ReleaseTypeCache()
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
func (in *Interpreter) Interrupt() {
	in.main.Interrupt()
	if in.rt != nil {
		in.rt.interruptCallees(in.main)
	}
}

// InterruptedExit reports whether the program ended by an uncaught
// KeyboardInterrupt (from Ctrl-C or raised by the program): the process
// then dies of SIGINT, as CPython's does.
func (in *Interpreter) InterruptedExit() bool {
	return in.State.ExitCode == 1 && in.State.UnhandledKeyboardInterrupt
}

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
