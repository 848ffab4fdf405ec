package vm

import (
	"io"
	"maps"
	"os"
	"sync/atomic"

	"minipy/runtime/finalize"
	"minipy/vm/objects"
)

// Object is the object handle, re-exported for brevity inside vm.
type Object = objects.Object

// Config is what NewInterpState needs besides the object space.
type Config struct {
	// Stdout and Stderr receive print() output and tracebacks (default:
	// os.Stdout, os.Stderr).
	Stdout, Stderr io.Writer
	// Path is the initial import path (sys.path): normally the script's
	// directory then PYTHONPATH's entries. RunFile prepends the script's
	// directory when Path is nil.
	Path []string
	// Argv is sys.argv.
	Argv []string
	// SetupBuiltins fills the builtins dict (vm/builtins installs itself
	// here). When nil, only the types, exceptions and constants of
	// builtins_core.go are installed.
	SetupBuiltins func(th *Thread, builtins *Object) error
	// Natives are the Go modules the interpreter can import
	// (InterpState.SharedNative), built once and shared (vm/sys.Natives);
	// nil leaves SetupBuiltins to register its own in InterpState.Native.
	Natives NativeTable
	// Stdin is sys.stdin's source (InterpState.Stdin).
	Stdin io.Reader
}

// InterpState is the VM's per-interpreter state: builtins, sys.modules,
// the import path and __main__. There is no package-level interpreter
// state: several InterpStates may live in one process, each with its own
// objects.Space. vm/interp owns their life cycle and locks.
type InterpState struct {
	Space    *objects.Space
	Builtins *Object // the builtins dict (owned)
	Modules  *Object // sys.modules (owned dict)
	Path     []string
	Argv     []string
	Stdout   io.Writer
	Stderr   io.Writer
	// SharedNative maps the names of modules written in Go to their
	// makers (sys, math, time, ...): a table built once and shared by
	// every interpreter (Config.Natives; read only). Native holds the
	// interpreter's own makers, looked up first (nil when it has none).
	SharedNative, Native NativeTable
	// Stdin is the source of sys.stdin (vm/sys; nil: an empty stdin).
	Stdin io.Reader
	// BuiltinsModule is the module object named "builtins" (owned).
	BuiltinsModule *Object
	// SysDict is the dict of the sys module (owned; nil until vm/sys
	// makes it), as CPython's interp->sysdict: the runtime finds
	// sys.stdout and the hooks through it, not through sys.modules, so
	// finalizers still print after the modules left sys.modules.
	SysDict *Object
	// builtinsOrig is the builtins dict as set up, its keys and values
	// alternating (owned, or static immortals shared by interpreters:
	// snapshotBuiltins), put back at finalization as CPython's
	// interp->builtins_copy: what a program stored in builtins dies then,
	// with every global still whole. A slice, not a dict: making it costs
	// an interpreter's creation only the increfs.
	builtinsOrig []*Object
	threads      []*Thread
	// interned holds one str per identifier of loaded code (owned).
	interned map[string]*Object
	closed   bool
	// atexit holds the atexit callbacks (atexit.go).
	atexit      []atexitEntry
	atexitCount int
	// noSourceLines is set while finalization clears the modules.
	noSourceLines bool
	// finalizing: Finalize is past the atexit callbacks (IsFinalizing).
	finalizing bool
	// Unraisable delivers exceptions that cannot propagate to
	// sys.unraisablehook (vm/sys sets it); nil: the default report on
	// Stderr.
	Unraisable UnraisableFunc
	// Inspect is python -i: an uncaught SystemExit is printed as any
	// other exception, for the interactive session that follows.
	Inspect bool
	// limits are the embedder's step and memory limits (abort.go).
	limits limits
	// Coverage records what the eval loop executes (only in a build with
	// the coverage tag; nil otherwise).
	Coverage *Coverage
	// GIL is the interpreter's lock (gil.go); liveThreads counts the
	// threads StartThread started that have not ended (threads.go).
	GIL         GIL
	liveThreads int
	// StackSize is _thread.stack_size's setting (goroutine stacks grow
	// as needed: it is only remembered).
	StackSize int64
	// ExitCode is set by RunFile/RunString: 0, 1 after an uncaught
	// exception, or SystemExit's code.
	ExitCode int
	// UnhandledKeyboardInterrupt tells that the program ended by an
	// uncaught KeyboardInterrupt (CPython's _Py_UnhandledKeyboardInterrupt):
	// the command line then dies of SIGINT.
	UnhandledKeyboardInterrupt bool
	// Final is what finalization's virtual GC did, and BlocksBefore the
	// heap's blocks in use when Finalize began (-X showalloc).
	Final        finalize.Result
	BlocksBefore int
	// Host is the embedder's object for this interpreter (vm/interp's
	// *Interpreter, through which concurrent.interpreters reaches the
	// process-wide runtime); OnFinalize, when set, runs in Finalize after
	// the atexit callbacks (vm/interp closes the sub-interpreters there,
	// as Py_FinalizeEx's finalize_subinterpreters).
	Host       any
	OnFinalize func(th *Thread)
	// NoDaemonThreads refuses daemon threads (CPython 3.14's isolated
	// sub-interpreters: concurrent.interpreters.create()).
	NoDaemonThreads bool
	// Sub marks a sub-interpreter (vm/interp): Finalize tears it down as
	// Py_EndInterpreter does, not as Py_FinalizeEx.
	Sub bool
	// OnThreadEnd, when set, runs when a thread of StartThread ends (lock
	// held): vm/interp releases the thread states the goroutine made in
	// other interpreters. pending are decrefs queued by other
	// interpreters (thread_foreign.go).
	OnThreadEnd func(th *Thread)
	pending     pendingDecrefs
	// Signals are the Python-level signal handlers (signals.go).
	Signals SignalState
}

// NewInterpState makes an interpreter's VM state in space and its first
// thread. Finalize releases everything it holds.
func NewInterpState(space *objects.Space, cfg Config) (*InterpState, *Thread, error) {
	// The Go modules' makers are a table shared by every interpreter
	// (made per interpreter, the map was a tenth of the Go memory
	// interpreters.create() allocated).
	is := &InterpState{Space: space, Path: cfg.Path, Argv: cfg.Argv,
		Stdout: cfg.Stdout, Stderr: cfg.Stderr, SharedNative: cfg.Natives, Stdin: cfg.Stdin, interned: map[string]*Object{}}
	is.Coverage = newCoverage()
	if is.Stdout == nil {
		is.Stdout = os.Stdout
	}
	if is.Stderr == nil {
		is.Stderr = os.Stderr
	}
	th := is.NewThread()
	th.Attach() // the creating goroutine runs the interpreter first
	ts := th.TS
	space.GC.OnUnraisable = onGCUnraisable
	is.Builtins = objects.NewDict(ts)
	is.Modules = objects.NewDict(ts)
	if is.Builtins == nil || is.Modules == nil {
		return nil, nil, th.goError()
	}
	setup := cfg.SetupBuiltins
	if setup == nil {
		setup = SetupCoreBuiltins
	}
	if err := setup(th, is.Builtins); err != nil {
		return nil, nil, err
	}
	if err := installVMBuiltins(th, is.Builtins); err != nil {
		return nil, nil, err
	}
	is.internBuiltinNames()
	is.snapshotBuiltins()
	m := NewModule(ts, "builtins", is.Builtins)
	if m == nil {
		return nil, nil, th.goError()
	}
	is.BuiltinsModule = m
	if objects.DictSetItemStr(ts, is.Modules, "builtins", m) < 0 {
		return nil, nil, th.goError()
	}
	return is, th, nil
}

// internBuiltinNames makes the keys of the builtins dict the interned
// strs of their names, as CPython's builtins are interned: a LOAD_GLOBAL
// of a builtin then finds its cached entry by the key's identity, not by
// comparing the text.
//
// The static immortal keys of SetStaticNames are every interpreter's
// interned strs already; only the others are added to the interpreter's
// table.
func (is *InterpState) internBuiltinNames() {
	static := staticNames.Load()
	p := 0
	for {
		k, _, ok := objects.DictNext(is.Builtins, &p)
		if !ok {
			return
		}
		if k.Type() != objects.StrType {
			continue
		}
		if static != nil {
			if _, ok := static.objs[k]; ok {
				continue
			}
		}
		s := objects.StrValue(k)
		if is.interned[s] == nil {
			is.interned[s] = objects.NewRef(k)
		}
	}
}

// staticNames maps the names of the built-ins to their static immortal
// strs (the keys of every builtins dict, vm/builtins), which intern
// returns in every interpreter: making an interpreter then fills no
// table with them. Set once, never written after: interpreters on other
// goroutines read it without a lock.
var staticNames atomic.Pointer[staticNameTable]

// staticNameTable is the table of staticNames: the strs by their text,
// and the set of them (internBuiltinNames asks whether a key is one by
// its address, without hashing its text).
type staticNameTable struct {
	byText map[string]*Object
	objs   map[*Object]struct{}
}

// SetStaticNames records the static immortal strs that intern returns for
// their text in every interpreter (the first call wins). Each must be
// made by objects.StaticStr.
func SetStaticNames(m map[string]*Object) {
	m = maps.Clone(m)
	for _, k := range vmBuiltinKeys { // vm's own (installVMBuiltins)
		if _, ok := m[objects.StrValue(k)]; !ok {
			m[objects.StrValue(k)] = k
		}
	}
	t := &staticNameTable{byText: m, objs: make(map[*Object]struct{}, len(m))}
	for _, o := range m {
		t.objs[o] = struct{}{}
	}
	staticNames.CompareAndSwap(nil, t)
}

// NewThread makes a thread state of the interpreter (one per OS-level
// Python thread).
func (is *InterpState) NewThread() *Thread {
	ts := is.Space.NewThread()
	th := &Thread{TS: ts, Interp: is, RecursionLimit: 1000}
	th.lk.init()
	// One recursion counter for frames and native calls, as CPython's.
	ts.SharedDepth, ts.SharedLimit = &th.depth, &th.RecursionLimit
	th.excInfo = &th.baseExc
	ts.Owner = th
	ts.SetPoll(&th.Breaker, th.pollBuiltin)
	if is.limits.maxSteps > 0 {
		th.Breaker.Or(breakCount)
	}
	is.threads = append(is.threads, th)
	return th
}

// Finalize tears the interpreter's VM state down: the modules are cleared
// as CPython does (their dicts emptied), cycles are collected (classes
// among them), and everything is released, so that the heap ends empty when
// no object leaked.
func (is *InterpState) Finalize(th *Thread) {
	if is.closed {
		return
	}
	is.closed = true
	ts := th.TS
	// As Py_FinalizeEx: wait for the non-daemon threads
	// (threading._shutdown) first (threads.go).
	is.joinThreads(th)
	is.BlocksBefore = is.Space.Heap.AllocatedBlocks()
	ts.ClearErr()
	th.clearExcInfo()
	// As Py_FinalizeEx: the atexit callbacks first (weakref.finalize's
	// among them), then the collection of cycles.
	is.RunExitFuncs(th)
	ts.ClearErr()
	if is.OnFinalize != nil {
		is.OnFinalize(th)
		ts.ClearErr()
	}
	is.shutdownSignals(th)
	// Daemon threads ran during the atexit callbacks, as in CPython; now
	// they are stopped, their frames unwound (threads.go).
	is.stopThreads(th)
	// The main thread's contextvars context goes with the modules (an
	// atexit callback may have set one since clearExcInfo).
	objects.Clear(ts, &th.ContextVars)
	// From here sys.is_finalizing() is true, as after CPython's
	// _PyRuntimeState_SetFinalizing (the atexit callbacks ran).
	is.finalizing = true
	// As Py_FinalizeEx: collect garbage cycles while everything is
	// intact. Py_EndInterpreter goes straight to finalize_modules.
	if !is.Sub {
		objects.Collect(ts, 2)
		ts.ClearErr()
	}
	// Tear the modules down in CPython 3.11's order (finalize_modules).
	// From here on tracebacks show no source lines: CPython can no
	// longer import io to read them.
	is.noSourceLines = true
	is.finalizeModules(ts)
	// The virtual GC's phase 1: immortals' finalizers, with builtins
	// still usable (runtime/finalize). It ends with a collection that
	// found nothing (or, with nothing immortal, changes nothing): no
	// collection is needed after it.
	is.Final = finalize.Phase1(ts)
	// As finalize_clear_sys_builtins_dict: sys's dict, then builtins'.
	if is.SysDict != nil {
		clearModuleDict(ts, is.SysDict)
		ts.ClearErr()
	}
	if is.Builtins != nil {
		objects.DictClear(ts, is.Builtins)
	}
	for _, o := range is.builtinsOrig {
		objects.Decref(ts, o)
	}
	is.builtinsOrig = nil
	objects.Clear(ts, &is.BuiltinsModule)
	objects.Clear(ts, &is.Modules)
	objects.Clear(ts, &is.Builtins)
	objects.Collect(ts, 2)
	ts.ClearErr()
	for k, o := range is.interned {
		delete(is.interned, k)
		objects.Decref(ts, o)
	}
	// The collector's own lists (gc.garbage, gc.callbacks) and the strs
	// interned by sys.intern go last, but before the immortals are
	// destroyed: nothing may hold a husk afterwards.
	is.AtExitClear(ts) // registered during teardown: never run
	objects.GCRelease(ts)
	ts.Space.Interned.Clear(ts)
	// Finalizers run since phase 1 (builtins' teardown, collections) may
	// have immortalized more objects: finalize those before phase 2.
	is.Final.Add(finalize.Phase1(ts))
	// Until here a finalizer found sys's wiped dict (sys.stderr is None:
	// an unraisable error is not reported, as in CPython).
	objects.Clear(ts, &is.SysDict)
	objects.Collect(ts, 2)
	ts.ClearErr()
	is.destroyImmortals(ts)
	objects.GCRelease(ts)
	objects.ClearFreeLists(ts)
	finalize.Phase3(ts)
	for _, t := range is.threads {
		t.releaseStacks()
	}
}

// finalizeModules takes the modules down in the order of CPython 3.11's
// finalize_modules, so that the finalizers it triggers see what they see
// there:
//
//  1. The usual hiding places of user values go first: builtins._ and
//     sys's argv, path, ps1, ps2, last_type, last_value, last_traceback
//     become None, and sys.stdin/stdout/stderr get their __std*__ values
//     back (a replaced stream dies here, while everything is intact).
//  2. Every module leaves sys.modules (each entry first set to None, then
//     the dict emptied), and only a weak reference to it is kept; the
//     builtins dict gets back its contents as set up (restoreBuiltins).
//  3. A collection. A module that nothing else held is gone now, and with
//     it the only strong reference to its dict; the dict lives on in the
//     cycles its functions and classes make with it (func.__globals__), so
//     the collector finds it and runs the finalizers of what it holds with
//     the dict still whole: a __del__ of __main__ reads its globals
//     normally (they are not None yet).
//  4. The modules still alive (held by a finalizer's resurrection, a
//     leaked reference, an extension) are wiped, last imported first:
//     their dicts are emptied in _PyModule_ClearDict's order
//     (clearModuleDict). sys and builtins are left to the end of
//     Finalize, since the immortals' finalizers (phase 1 of
//     runtime/finalize) still use them.
//  5. Another collection takes what the wiping set free.
func (is *InterpState) finalizeModules(ts *objects.Thread) {
	if is.Modules == nil {
		objects.Collect(ts, 2)
		ts.ClearErr()
		return
	}
	is.clearSpecialNames(ts)
	// The names and weak references (nil for a value that takes none)
	// of sys.modules, in import order (owned).
	var names, refs []*Object
	pos := 0
	for {
		k, v, ok := objects.DictNext(is.Modules, &pos)
		if !ok {
			break
		}
		var ref *Object
		if objects.SupportsWeakrefs(v.Type()) {
			ref = objects.NewWeakref(ts, objects.WeakrefType, v, nil)
			ts.ClearErr()
		}
		names = append(names, objects.NewRef(k))
		refs = append(refs, ref)
	}
	for _, name := range names {
		objects.DictSetItem(ts, is.Modules, name, objects.None)
		ts.ClearErr()
	}
	objects.DictClear(ts, is.Modules)
	is.restoreBuiltins(ts)
	objects.Collect(ts, 2)
	ts.ClearErr()
	wiped := false
	for i := len(names) - 1; i >= 0; i-- {
		if ref := refs[i]; ref != nil {
			if o := objects.WeakrefGet(ref); o != nil && o != objects.None {
				wiped = is.wipeModule(ts, o) || wiped
			}
			objects.Decref(ts, ref)
		}
		objects.Decref(ts, names[i])
	}
	// Since the last collection only dead weak references (without
	// callbacks) and names were dropped, unless a module was wiped: that
	// makes no garbage cycle.
	if wiped {
		objects.Collect(ts, 2)
		ts.ClearErr()
	}
}

// restoreBuiltins puts the builtins dict back as it was set up (step 2
// of finalizeModules, CPython's finalize_restore_builtins): names a
// program added or rebound in builtins let go of their values, whose
// finalizers run with builtins whole again.
func (is *InterpState) restoreBuiltins(ts *objects.Thread) {
	if is.Builtins == nil || is.builtinsUnchanged() {
		return
	}
	// The program's values stay alive in saved until the dict is whole.
	saved := objects.DictCopy(ts, is.Builtins)
	objects.DictClear(ts, is.Builtins)
	for i := 0; i+1 < len(is.builtinsOrig); i += 2 {
		objects.DictSetItem(ts, is.Builtins, is.builtinsOrig[i], is.builtinsOrig[i+1])
		ts.ClearErr()
	}
	if saved != nil {
		objects.Decref(ts, saved)
	}
	ts.ClearErr()
}

// snapshotBuiltins fills builtinsOrig. Set up by vm/builtins, the
// builtins dict holds static immortals only, the same in every
// interpreter: their snapshot is made once and shared (sharedBuiltins;
// static immortals need no reference counted), and an interpreter whose
// dict matches it uses it. Any other makes its own, of the final size in
// one allocation (grown by append, the slice was the largest Go
// allocation of interpreters.create(): 9 KB of 53).
func (is *InterpState) snapshotBuiltins() {
	if snap := sharedBuiltins.Load(); snap != nil {
		if is.builtinsOrig = *snap; is.builtinsUnchanged() {
			return
		}
	}
	own := make([]*Object, 0, 2*objects.DictLen(is.Builtins))
	static := true
	for pos := 0; ; {
		k, v, ok := objects.DictNext(is.Builtins, &pos)
		if !ok {
			break
		}
		own = append(own, objects.NewRef(k), objects.NewRef(v))
		static = static && objects.IsStaticObject(k) && objects.IsStaticObject(v)
	}
	is.builtinsOrig = own
	if static {
		sharedBuiltins.CompareAndSwap(nil, &own)
	}
}

// sharedBuiltins is the snapshot of a builtins dict of static immortals
// only (snapshotBuiltins): set once, never written after.
var sharedBuiltins atomic.Pointer[[]*Object]

// builtinsUnchanged tells whether the builtins dict holds exactly what
// builtinsOrig does, in the same order (the usual case: nothing to do).
func (is *InterpState) builtinsUnchanged() bool {
	i, pos := 0, 0
	for {
		k, v, ok := objects.DictNext(is.Builtins, &pos)
		if !ok {
			return i == len(is.builtinsOrig)
		}
		if i+1 >= len(is.builtinsOrig) || is.builtinsOrig[i] != k || is.builtinsOrig[i+1] != v {
			return false
		}
		i += 2
	}
}

// wipeModule empties the dict of module o (borrowed) if it is a module
// other than builtins and sys (step 4 of finalizeModules), and reports
// whether it did.
func (is *InterpState) wipeModule(ts *objects.Thread, o *Object) bool {
	mm := asModule(o)
	if mm == nil || mm.dict == nil || mm.dict == is.Builtins || mm.dict == is.SysDict {
		return false
	}
	objects.Incref(o) // a finalizer may drop the last other reference
	clearModuleDict(ts, mm.dict)
	objects.Decref(ts, o)
	ts.ClearErr()
	return true
}

// SysDictOf returns the sys module's dict (borrowed): SysDict, or the
// dict of sys.modules['sys'] in an interpreter set up without vm/sys;
// nil when there is none.
func (is *InterpState) SysDictOf(ts *objects.Thread) *Object {
	if is.SysDict != nil {
		return is.SysDict
	}
	if is.Modules == nil {
		return nil
	}
	m := objects.DictGetItemStr(ts, is.Modules, "sys")
	if m == nil {
		return nil
	}
	return ModuleDict(m)
}

// clearSpecialNames is step 1 of finalizeModules (CPython's
// finalize_modules_delete_special): names where user values often hide
// are dropped before the modules holding them, which go last.
func (is *InterpState) clearSpecialNames(ts *objects.Thread) {
	if is.Builtins != nil && objects.DictGetItemStr(ts, is.Builtins, "_") != nil {
		objects.DictSetItemStr(ts, is.Builtins, "_", objects.None)
	}
	ts.ClearErr()
	sd := is.SysDictOf(ts)
	ts.ClearErr()
	if sd == nil {
		return
	}
	objects.Incref(sd)
	defer objects.Decref(ts, sd)
	for _, name := range sysSpecialNames {
		if objects.DictGetItem(ts, sd, name) != nil {
			objects.DictSetItem(ts, sd, name, objects.None)
		}
		ts.ClearErr()
	}
	for i, name := range sysStdNames {
		if orig := objects.DictGetItem(ts, sd, sysOrigStdNames[i]); orig != nil {
			objects.Incref(orig)
			objects.DictSetItem(ts, sd, name, orig)
			objects.Decref(ts, orig)
		}
		ts.ClearErr()
	}
}

// The names clearSpecialNames resets in sys, as static strs (hashed once
// per process, no str made per interpreter).
var (
	sysSpecialNames = staticStrs("path", "argv", "ps1", "ps2", "last_type", "last_value",
		"last_traceback", "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__")
	sysStdNames     = staticStrs("stdin", "stdout", "stderr")
	sysOrigStdNames = staticStrs("__stdin__", "__stdout__", "__stderr__")
)

func staticStrs(names ...string) []*Object {
	out := make([]*Object, len(names))
	for i, n := range names {
		out[i] = objects.StaticStr(n)
	}
	return out
}

// destroyImmortals is the virtual GC's phase 2 (runtime/finalize), with
// Python code refused.
func (is *InterpState) destroyImmortals(ts *objects.Thread) {
	allow := is.RefusePython()
	is.Final.Destroyed = finalize.Phase2(ts)
	allow()
}

// RefusePython makes every attempt to run Python code in this interpreter
// an internal error (SystemError, counted in Space.NoPythonViolations)
// until the returned func is called: every thread's frame limit is set
// below any depth, so that pushing a frame goes to depthExceeded, and the
// native recursion bound keeps the real limit meanwhile. No cost on the
// frame push: the limit check is there already.
func (is *InterpState) RefusePython() (allow func()) {
	limits := make([]int, len(is.threads))
	for i, t := range is.threads {
		limits[i] = t.RecursionLimit
		t.TS.SharedLimit = &limits[i]
		t.RecursionLimit = -1
	}
	is.Space.NoPython = true
	return func() {
		is.Space.NoPython = false
		for i, t := range is.threads {
			t.RecursionLimit = limits[i]
			t.TS.SharedLimit = &t.RecursionLimit
		}
	}
}

// clearModuleDict empties a module's dict the way CPython's
// _PyModule_ClearDict does: the values of names starting with one
// underscore become None first, then those of every name but
// __builtins__. The keys stay, so that a finalizer running later reads
// None (sys.stdout is None: print writes nothing) and the builtins are
// still found.
func clearModuleDict(ts *objects.Thread, d *Object) {
	// One slice for both passes, at its final size (grown by append, it
	// was a twentieth of the Go memory interpreters.create() + close()
	// allocated).
	keys := make([]*Object, 0, objects.DictLen(d))
	pass := func(pred func(k string) bool) {
		keys = keys[:0]
		pos := 0
		for {
			k, v, ok := objects.DictNext(d, &pos)
			if !ok {
				break
			}
			if v == objects.None || objects.AsStr(k) == nil {
				continue
			}
			if pred(objects.StrValue(k)) {
				keys = append(keys, objects.NewRef(k))
			}
		}
		for _, k := range keys {
			objects.DictSetItem(ts, d, k, objects.None)
			objects.Decref(ts, k)
		}
	}
	pass(func(k string) bool { return len(k) > 1 && k[0] == '_' && k[1] != '_' })
	pass(func(k string) bool { return k != "__builtins__" })
}

// excEntry is one level of the handled-exception stack (CPython's
// _PyErr_StackItem): the thread's base level, and one per running
// generator.
type excEntry struct {
	value *Object // owned; nil when none
	prev  *excEntry
}

// Eval-breaker bits.
const (
	breakInterrupt uint32 = 1 << iota // KeyboardInterrupt requested (Ctrl-C)
	breakPending                      // pending calls
	breakGIL                          // another thread waits for the interpreter lock
	breakStop                         // finalization stops this thread
	breakCount                        // a step limit is set: count the check (abort.go)
	breakMemory                       // the heap crossed its memory limit (abort.go)
	breakSignal                       // a signal with a Python handler arrived (signals.go)
)

// Thread is the VM's thread state: it wraps the object layer's Thread
// (whose Owner points back here) and holds the frame stack, the data stack
// that frames carve their locals and value stacks from, the
// handled-exception stack and the recursion counter.
type Thread struct {
	TS     *objects.Thread
	Interp *InterpState
	frame  *Frame // the running frame (top of the frame stack)
	// Recursion depth of Python frames and its limit (sys.setrecursionlimit).
	depth          int
	RecursionLimit int
	// Breaker is the eval-breaker word, checked at function entry and
	// backward jumps; other goroutines set bits in it atomically.
	Breaker atomic.Uint32
	// The data stack: chunks of slots handed out LIFO to frames.
	chunks   [][]*Object
	chunkIdx int
	top      int
	// Frame structs are reused.
	framePool []*Frame
	// Handled exceptions (sys.exc_info()).
	baseExc excEntry
	excInfo *excEntry
	// lk is the thread's side of the interpreter lock (gil.go).
	lk threadLock
	// RunningMain is the __main__ dict (borrowed) of a call() of
	// concurrent.interpreters running in this thread: what globals() and
	// locals() are when no Python frame runs (a builtin called directly,
	// such as eval), as CPython 3.13's _PyEval_GetGlobalsFromRunningMain.
	RunningMain *Object
	// ContextVars is the thread's current contextvars.Context (owned; nil
	// until the thread first sets or enters one), which vm/stdlib's
	// _contextvars reads and sets: asyncio enters a context at every task
	// step, so it must be quicker to reach than a Python thread-local.
	ContextVars *Object
	// abortErr is why the embedder aborts this thread's run (abort.go).
	abortErr atomic.Pointer[error]
	// Host is the embedder's per-goroutine record (vm/interp: the thread
	// states this goroutine has in each interpreter it entered).
	Host any
	// inside is the thread state of another interpreter that this
	// thread's goroutine switched into for a proxy operation and runs in
	// now (nil while it runs here): a KeyboardInterrupt follows it
	// (thread_switch.go).
	inside atomic.Pointer[Thread]
}

const chunkSize = 16 << 10 // slots per data-stack chunk (128 KiB)

// allocWindow returns n fresh (nil) slots from the data stack and the
// position to give back to freeWindow.
func (th *Thread) allocWindow(n int) (w []*Object, ci, base int) {
	ci, base = th.chunkIdx, th.top
	if th.chunkIdx < len(th.chunks) {
		c := th.chunks[th.chunkIdx]
		if th.top+n <= len(c) {
			w = c[th.top : th.top+n : th.top+n]
			th.top += n
			return
		}
	}
	return th.allocWindowSlow(n, ci, base)
}

func (th *Thread) allocWindowSlow(n, ci, base int) ([]*Object, int, int) {
	size := chunkSize
	if n > size {
		size = n
	}
	next := th.chunkIdx + 1
	if len(th.chunks) == 0 {
		next = 0
	}
	if next < len(th.chunks) && len(th.chunks[next]) < n {
		th.chunks = th.chunks[:next]
	}
	if next >= len(th.chunks) {
		th.chunks = append(th.chunks, make([]*Object, size))
	}
	th.chunkIdx = next
	th.top = n
	return th.chunks[next][0:n:n], ci, base
}

// freeWindow gives back the window allocated at (ci, base) and everything
// above it.
func (th *Thread) freeWindow(ci, base int) {
	th.chunkIdx, th.top = ci, base
}

func (th *Thread) releaseStacks() {
	th.chunks = nil
	th.chunkIdx, th.top = 0, 0
	th.framePool = nil
}

// CurrentException returns the exception being handled (sys.exc_info()[1],
// borrowed), or nil.
func (th *Thread) CurrentException() *Object {
	for e := th.excInfo; e != nil; e = e.prev {
		if e.value != nil && e.value != objects.None {
			return e.value
		}
	}
	return nil
}

func (th *Thread) clearExcInfo() {
	objects.Clear(th.TS, &th.baseExc.value)
	// Called wherever a thread state is released: its context goes too.
	objects.Clear(th.TS, &th.ContextVars)
}

// IsFinalizing is sys.is_finalizing(): the interpreter is being torn
// down, past its atexit callbacks.
func (is *InterpState) IsFinalizing() bool { return is.finalizing }

// Interrupt asks the thread to raise KeyboardInterrupt at its next check
// of the eval breaker (safe from any goroutine); a signal also interrupts
// a blocking wait. While the thread's goroutine runs in another
// interpreter for a proxy operation, the code running there is
// interrupted instead (thread_switch.go).
func (th *Thread) Interrupt() {
	if !th.deliverSigint() {
		th.deliverInterrupt(true)
	}
}

// InterruptLater asks for KeyboardInterrupt at the thread's next check
// of the eval breaker without waking a blocking wait
// (_thread.interrupt_main: CPython only flags the signal).
func (th *Thread) InterruptLater() {
	if !th.deliverSigint() {
		th.deliverInterrupt(false)
	}
}

// handleBreaker runs when the eval-breaker word is non-zero; false means
// an exception is set.
func (th *Thread) handleBreaker() bool {
	b := th.Breaker.Load()
	if b&breakCount != 0 {
		// The step limit (abort.go): only the count is due, most times.
		if !th.countSteps(1) {
			return false
		}
		if b == breakCount {
			return true
		}
	}
	b = th.Breaker.And(breakCount) // clears the other bits
	if b&breakMemory != 0 && !th.memoryCheck() {
		return false
	}
	if b&(breakGIL|breakStop) != 0 {
		if b&breakStop != 0 || th.lk.stopping.Load() {
			th.raiseStop()
			return false
		}
		th.yieldGIL()
	}
	if b&breakPending != 0 {
		th.RunPending()
	}
	if b&breakInterrupt != 0 {
		th.TS.RaiseNone(objects.KeyboardInterrupt)
		return false
	}
	if b&breakSignal != 0 && !th.runSignals() {
		return false
	}
	return true
}
