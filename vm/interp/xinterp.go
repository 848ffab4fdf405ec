package interp

import (
	"fmt"
	"sort"
	"sync"
	"time"

	"minipy/lang/compiler"
	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

// The process-wide runtime of concurrent.interpreters (CPython's
// _PyRuntime): the registry of interpreters with their ids (the main one
// is 0) and where they came from, and the cross-interpreter queues
// (xqueue.go). It is no package-level state: New makes one for the first
// (main) interpreter of a process, or a test harness makes one per
// program, and every interpreter reaches it through its Interpreter
// (InterpState.Host). Its mutex guards the registry only;
// it is never held while Python code runs. The queues have locks of
// their own (xqueue.go).

// Where an interpreter came from: the values of CPython's
// _interpreters.WHENCE_*.
const (
	whenceUnknown = 0
	whenceRuntime = 1 // the main interpreter
	whenceCAPI    = 3 // the Go API (New with a runtime that has a main)
	whenceStdlib  = 5 // concurrent.interpreters.create()
)

// Runtime is the state shared by the interpreters of one process.
type Runtime struct {
	mu         sync.Mutex
	interps    map[int64]*xentry
	finalized  int64 // sub-interpreters closed with their heap at zero blocks
	nextInterp int64
	main       *Interpreter
	qmu        sync.RWMutex // guards queues and nextQueue (xqueue.go)
	queues     map[int64]*xqueue
	nextQueue  int64
	// errs are the failures of closing sub-interpreters (leaks), which
	// the main interpreter's Close reports.
	errs []error
	// codes caches the compiled code of the source strings that exec
	// runs (compiler.Code is immutable and holds no object: every
	// interpreter loads its own code object from it), so that a loop
	// of interp.exec("x = 1") compiles once.
	codeMu sync.Mutex
	codes  map[string]*compiler.Code
}

// Bounds of the code cache: sources up to maxCachedSource bytes, at most
// maxCachedCodes of them (the cache is emptied when full).
const (
	maxCachedSource = 16 << 10
	maxCachedCodes  = 256
)

// cachedCode returns the cached code of src, or nil.
func (rt *Runtime) cachedCode(src string) *compiler.Code {
	rt.codeMu.Lock()
	defer rt.codeMu.Unlock()
	return rt.codes[src]
}

// cacheCode remembers the code compiled from src.
func (rt *Runtime) cacheCode(src string, c *compiler.Code) {
	if len(src) > maxCachedSource {
		return
	}
	rt.codeMu.Lock()
	defer rt.codeMu.Unlock()
	if rt.codes == nil || len(rt.codes) >= maxCachedCodes {
		rt.codes = map[string]*compiler.Code{}
	}
	rt.codes[src] = c
}

// Bounds of an interpreter's cache of loaded code objects (loadedCode):
// at most maxLoadedCodes of them (emptied when full).
const maxLoadedCodes = 64

// loadedCode is the code object of c in in's heap (a new reference; nil
// with the exception set). An interpreter keeps the code objects that exec
// and call loaded, by compiled code, so that a loop of exec("x = 1") or
// call(f) makes no code object, interns no name and makes no constant: the
// runtime's cache gives the same *compiler.Code for the same source, a
// function sent by call carries its own, and a code object is
// immutable to Python (its quickened instructions and inline caches are
// the interpreter's, as those of a function run again). The caller holds
// in's lock, which guards the cache; Close drops it (dropLoadedCode)
// before finalizing.
func (in *Interpreter) loadedCode(ts *objects.Thread, c *compiler.Code) *objects.Object {
	if co := in.codes[c]; co != nil {
		return objects.NewRef(co)
	}
	co := vm.LoadCode(ts, c)
	if co == nil || in.closed {
		// Closing: its cache was dropped before finalization, which may
		// still run code sent to it.
		return co
	}
	if in.codes == nil || len(in.codes) >= maxLoadedCodes {
		in.dropLoadedCode(ts)
		in.codes = map[*compiler.Code]*objects.Object{}
	}
	in.codes[c] = objects.NewRef(co)
	return co
}

// dropLoadedCode releases the cached code objects (in's lock held).
func (in *Interpreter) dropLoadedCode(ts *objects.Thread) {
	codes := in.codes
	in.codes = nil
	for _, co := range codes {
		objects.Decref(ts, co)
	}
}

// xentry is an interpreter in the registry.
type xentry struct {
	in     *Interpreter
	whence int
	// refs counts the Interpreter handles that own a reference
	// (_interpreters.incref/decref): at zero the interpreter is closed.
	refs int
	// running is set while a thread runs in its __main__ through exec,
	// call or prepare_main (is_running).
	running bool
	// caller is the thread that entered it (exec, call, prepare_main)
	// while running: a Ctrl-C of that thread is passed on (Interrupt) to
	// callee, the thread state that runs there.
	caller, callee *vm.Thread
	// ending counts the threads of other interpreters that ended and
	// release their thread state in it (threadEnded). Their join has
	// returned already, so a close meanwhile waits for them instead of
	// refusing as for a proxy operation.
	ending int
	// cfg is what its sub-interpreters inherit (output, debug heap).
	cfg Config
}

// NewRuntime makes an empty runtime; the first interpreter New makes in
// it is the main one (id 0).
func NewRuntime() *Runtime {
	return &Runtime{interps: map[int64]*xentry{}, queues: map[int64]*xqueue{}, nextQueue: 1}
}

// register gives a new interpreter its id in rt and its hooks.
func (rt *Runtime) register(in *Interpreter, cfg Config, whence int) {
	rt.mu.Lock()
	if rt.main == nil {
		rt.main, whence = in, whenceRuntime
	} else if whence == whenceUnknown {
		whence = whenceCAPI
	}
	in.ID = rt.nextInterp
	rt.nextInterp++
	rt.interps[in.ID] = &xentry{in: in, whence: whence, cfg: cfg}
	rt.mu.Unlock()
	in.rt = rt
	in.State.Host = in
	// create()'s interpreters are 3.14's isolated ones: no daemon threads.
	in.State.NoDaemonThreads = whence == whenceStdlib
	in.State.Sub = whence != whenceRuntime
	in.State.OnThreadEnd = rt.threadEnded
	in.Space.ProxyHost = in
	if whence == whenceRuntime {
		// As Py_FinalizeEx's finalize_subinterpreters: the interpreters
		// still alive are closed when the main one ends.
		// Its own proxies stay usable until then (its atexit callbacks,
		// the sub-interpreters' finalization), and are invalidated
		// before its modules are torn down.
		in.State.OnFinalize = func(th *vm.Thread) {
			rt.closeAll(th)
			in.closeProxies(th)
		}
	}
}

// Runtime is the runtime the interpreter belongs to.
func (in *Interpreter) Runtime() *Runtime { return in.rt }

// hostOf is the Interpreter of a thread state.
func hostOf(ts *objects.Thread) (*Interpreter, *vm.Thread) {
	th := ts.Owner.(*vm.Thread)
	return th.Interp.Host.(*Interpreter), th
}

// lookup finds a live interpreter: nil with InterpreterNotFoundError's
// message when there is none.
func (rt *Runtime) lookup(id int64) (*xentry, string) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if e := rt.interps[id]; e != nil {
		return e, ""
	}
	return nil, fmt.Sprintf("unrecognized interpreter ID %d", id)
}

// createSub makes a sub-interpreter for create(): a new heap, lock, sys,
// builtins and __main__, with the output and debug mode of the creating
// one. The caller's lock is dropped meanwhile.
func (rt *Runtime) createSub(th *vm.Thread, parent *Interpreter) (*Interpreter, error) {
	rt.mu.Lock()
	cfg := rt.interps[parent.ID].cfg
	rt.mu.Unlock()
	cfg.Inspect = false
	cfg.XOptions = nil
	cfg.Runtime, cfg.whence = rt, whenceStdlib
	cfg.Path = append([]string(nil), th.Interp.Path...)
	th.Detach()
	in, err := New(cfg)
	if err == nil {
		// New left the new interpreter's lock held by this goroutine;
		// exec and call take it when they switch in.
		in.main.Detach()
	}
	th.Attach()
	return in, err
}

// switchTo runs fn in target's interpreter on this goroutine: the
// caller's lock is dropped (its other threads run meanwhile), target's
// taken with this goroutine's thread state there (made at its first
// switch into target, reused afterwards: osThread), then the other way
// round. Pending output of both sides is flushed at the switch, so that
// their lines come out in the order they were printed; decrefs queued to
// either side by other interpreters are applied when it is entered. The
// goroutine's heap for the ownership check follows the locks (vm/gil.go,
// setAttached).
func (rt *Runtime) switchTo(th *vm.Thread, target *Interpreter, fn func(tth *vm.Thread)) {
	rt.switchVia(th, target, true, fn)
}

// switchVia is switchTo; record says whether target's entry notes the
// caller and callee thread states (for interruptCallees and stopCallees).
// They are recorded before th's lock is dropped (by the flush or the
// switch), so that the finalization of th's interpreter (stopCallees)
// finds every thread that marked an interpreter running: an Interrupt
// given to tth before it runs is raised at its first check.
func (rt *Runtime) switchVia(th *vm.Thread, target *Interpreter, record bool, fn func(tth *vm.Thread)) {
	tth, fresh := rt.threadIn(th, target)
	if record {
		rt.mu.Lock()
		if e := rt.interps[target.ID]; e != nil {
			e.caller, e.callee = th, tth
		}
		rt.mu.Unlock()
	}
	flushStdout(th)
	th.Detach()
	tth.Attach()
	if fresh {
		tth.Register()
	}
	tth.RunPending()
	fn(tth)
	flushStdout(tth)
	tth.Detach()
	th.Attach()
	th.RunPending()
}

// osThread is a goroutine's record of the thread states it has in the
// interpreters it entered (the "OS thread" of CPython's thread states):
// the first switch into an interpreter makes one, later switches reuse
// it, so two goroutines can be inside one interpreter at once, each with
// its own frames, and A -> B -> A re-entry finds its first state again.
// Reached from each of its thread states (vm.Thread.Host). mu guards
// states against the release by a closing interpreter.
type osThread struct {
	mu     sync.Mutex
	states map[*Interpreter]*vm.Thread
	// depth counts this goroutine's nested proxy switches (a bound on
	// A -> B -> A -> ... recursion, whose frames no single thread state
	// counts).
	depth int
}

// osThreadOf is the goroutine record of th, made at its first switch.
func osThreadOf(th *vm.Thread) *osThread {
	if ot, ok := th.Host.(*osThread); ok {
		return ot
	}
	ot := &osThread{states: map[*Interpreter]*vm.Thread{th.Interp.Host.(*Interpreter): th}}
	th.Host = ot
	return ot
}

// threadIn is the thread state of th's goroutine in target; fresh when
// made now (the caller registers it once it holds target's lock).
func (rt *Runtime) threadIn(th *vm.Thread, target *Interpreter) (*vm.Thread, bool) {
	ot := osThreadOf(th)
	ot.mu.Lock()
	tth := ot.states[target]
	ot.mu.Unlock()
	if tth != nil {
		return tth, false
	}
	tth = target.State.ForeignThread(th)
	tth.Host = ot
	ot.mu.Lock()
	ot.states[target] = tth
	ot.mu.Unlock()
	target.px.mu.Lock()
	if target.px.threads == nil {
		target.px.threads = map[*osThread]bool{}
	}
	target.px.threads[ot] = true
	target.px.mu.Unlock()
	return tth, true
}

// forgetThreads drops in's thread states from the goroutines that made
// them (in is closing: its finalization releases the states).
func (in *Interpreter) forgetThreads() {
	in.px.mu.Lock()
	ots := in.px.threads
	in.px.threads = nil
	in.px.mu.Unlock()
	for ot := range ots {
		ot.mu.Lock()
		delete(ot.states, in)
		ot.mu.Unlock()
	}
}

// threadEnded releases the thread states a finished thread of in (th)
// made in other interpreters, switching into each (lock of in held).
func (rt *Runtime) threadEnded(th *vm.Thread) {
	ot, ok := th.Host.(*osThread)
	if !ok {
		return
	}
	home := th.Interp.Host.(*Interpreter)
	ot.mu.Lock()
	var others []*Interpreter
	for in := range ot.states {
		if in != home {
			others = append(others, in)
		}
	}
	ot.mu.Unlock()
	for _, in := range others {
		if !rt.enterEnding(in, 1) {
			continue
		}
		ot.mu.Lock()
		tth := ot.states[in]
		delete(ot.states, in)
		ot.mu.Unlock()
		if tth != nil {
			th.Detach()
			tth.Attach()
			tth.RunPending()
			tth.Unregister()
			tth.Detach()
			th.Attach()
		}
		in.px.mu.Lock()
		delete(in.px.threads, ot)
		in.px.mu.Unlock()
		rt.enterEnding(in, -1)
	}
}

// enterEnding counts (d = 1, false when in is gone) or uncounts (d = -1)
// a thread-end release in in (xentry.ending).
func (rt *Runtime) enterEnding(in *Interpreter, d int) bool {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	e := rt.interps[in.ID]
	if e == nil || e.in != in {
		return false
	}
	e.ending += d
	return true
}

// flushStdout flushes sys.stdout and sys.stderr of th's interpreter,
// keeping any pending exception. A stream that is still the built-in
// TextIOWrapper is flushed in Go (no attribute lookup, no method call:
// this runs twice on every exec and call); any other object's flush
// method is called.
func flushStdout(th *vm.Thread) {
	ts := th.TS
	sys := objects.DictGetItemStr(ts, th.Interp.Modules, "sys")
	if sys == nil {
		return
	}
	if d := vm.ModuleDict(sys); d != nil && sys.Type() == vm.ModuleType {
		out := objects.DictGetItemStr(ts, d, "stdout")
		errs := objects.DictGetItemStr(ts, d, "stderr")
		if out != nil && errs != nil && out.Type() == builtins.TextIOWrapperType && errs.Type() == builtins.TextIOWrapperType {
			// Built-in streams are flushed in Go, and not at all when
			// they hold nothing (the fast path of every proxy switch).
			p1, _ := builtins.StreamPending(out)
			p2, _ := builtins.StreamPending(errs)
			if !p1 && !p2 {
				return
			}
			saved := ts.FetchErr()
			builtins.FlushStream(ts, out)
			ts.ClearErr()
			builtins.FlushStream(ts, errs)
			ts.ClearErr()
			if saved != nil {
				ts.SetErrSteal(saved)
			}
			return
		}
	}
	saved := ts.FetchErr()
	for _, name := range [...]string{"stdout", "stderr"} {
		if f := objects.GetAttrString(ts, sys, name); f != nil {
			if pending, known := builtins.StreamPending(f); pending || !known {
				objects.XDecref(ts, objects.CallMethod(ts, f, "flush"))
			}
			objects.Decref(ts, f)
		}
		ts.ClearErr()
	}
	if saved != nil {
		ts.SetErrSteal(saved)
	}
}

// destroy closes interpreter id from th (Interpreter.close, or the last
// owning handle released). The message is empty on success, else the
// error's class name and message.
func (rt *Runtime) destroy(th *vm.Thread, cur *Interpreter, id int64, restrict bool) (string, string) {
	rt.mu.Lock()
	e := rt.interps[id]
	switch {
	case e == nil:
		rt.mu.Unlock()
		return "InterpreterNotFoundError", fmt.Sprintf("unrecognized interpreter ID %d", id)
	case restrict && e.whence != whenceStdlib:
		rt.mu.Unlock()
		return "InterpreterError", fmt.Sprintf("cannot destroy unrecognized interpreter %d", id)
	case e.in == cur:
		rt.mu.Unlock()
		return "InterpreterError", "cannot destroy the current interpreter"
	case e.running || e.in.proxyBusy():
		rt.mu.Unlock()
		return "InterpreterError", "interpreter running"
	case e.ending > 0:
		// A thread that ended (and was joined) still releases its
		// thread state there: wait for it, unlocked (it takes th's
		// interpreter lock back before it is done), and look again.
		rt.mu.Unlock()
		th.Detach()
		for {
			time.Sleep(50 * time.Microsecond)
			rt.mu.Lock()
			n := e.ending
			rt.mu.Unlock()
			if n == 0 {
				break
			}
		}
		th.Attach()
		return rt.destroy(th, cur, id, restrict)
	}
	if !e.in.beginClose() {
		// A proxy operation entered since the check above (proxy
		// operations count themselves without the runtime's mutex:
		// proxy_switch.go).
		rt.mu.Unlock()
		return "InterpreterError", "interpreter running"
	}
	delete(rt.interps, id)
	rt.mu.Unlock()
	rt.finalizeSub(th, e.in)
	// After the finalization, as 3.14 destroys the interpreter: the items
	// its threads put while close() joined them are unbound too.
	rt.unbindItems(id)
	// A proxy item unbound there may have held the last reference to an
	// object of th's interpreter: released before close() returns.
	th.RunPending()
	return "", ""
}

// finalizeSub closes a sub-interpreter from th (runtime/finalize through
// Close: its threads, atexit callbacks, modules, immortals), switching to
// it for the finalization; its heap is given back. A leak is kept for the
// main interpreter's Close to report.
func (rt *Runtime) finalizeSub(th *vm.Thread, in *Interpreter) {
	flushStdout(th)
	th.Detach()
	tth, fresh := rt.threadIn(th, in)
	tth.Attach()
	if fresh {
		tth.Register()
	}
	err := in.closeOn(tth)
	th.Attach()
	th.RunPending()
	if err != nil {
		rt.mu.Lock()
		rt.errs = append(rt.errs, fmt.Errorf("interpreter %d: %w", in.ID, err))
		rt.mu.Unlock()
	}
	if err == nil {
		// Counted for the stress test: every close reached the check.
		rt.mu.Lock()
		rt.finalized++
		rt.mu.Unlock()
	}
}

// closeAll closes every interpreter but the main one (th's), newest
// first, when the main one finalizes. One still running (a thread of
// main inside it) is left alone.
func (rt *Runtime) closeAll(th *vm.Thread) {
	rt.mu.Lock()
	remaining := len(rt.interps) > 1
	rt.mu.Unlock()
	if remaining {
		// 3.14 warns so (through the warnings machinery, which is gone
		// at this point of finalization in minipy: written directly).
		flushStdout(th)
		fmt.Fprintln(th.Interp.Stderr, "<sys>:0: RuntimeWarning: remaining subinterpreters; close them with Interpreter.close()")
	}
	rt.stopCallees(th)
	for {
		rt.mu.Lock()
		var ids []int64
		for id, e := range rt.interps {
			if e.in != rt.main && !e.running && !e.in.proxyBusy() {
				ids = append(ids, id)
			}
		}
		rt.mu.Unlock()
		if len(ids) == 0 {
			return
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] > ids[j] })
		rt.destroy(th, rt.main, ids[0], false)
	}
}

// stopCallees ends, at the finalization of th's interpreter, the code
// that its remaining (daemon) threads run in other interpreters through
// exec or call, and the interpreters that code runs in in turn: CPython
// 3.14 abandons such threads, frozen, with their interpreters never
// finalized; minipy gives both heaps back. The calling thread is told to
// stop (it unwinds without running handlers when it comes back, so no
// ExecutionFailed is reported), the code in the callee gets a
// KeyboardInterrupt, and th waits (unlocked) until they are out, up to
// two seconds as stopThreads waits.
func (rt *Runtime) stopCallees(th *vm.Thread) {
	rt.mu.Lock()
	var running []*xentry
	callers := map[*vm.Thread]bool{}
	for changed := true; changed; {
		changed = false
		for _, e := range rt.interps {
			// The code runs on the caller goroutine's own thread state
			// in e.in (e.callee, made by threadIn), not on e.in's main
			// thread: that is the one to interrupt, and the caller of
			// any interpreter that code entered in turn.
			if !e.running || e.caller == nil || e.callee == nil || callers[e.callee] {
				continue
			}
			if (e.caller.Interp == th.Interp && e.caller != th) || callers[e.caller] {
				callers[e.callee] = true
				running = append(running, e)
				e.caller.Stop()
				e.callee.Interrupt()
				changed = true
			}
		}
	}
	rt.mu.Unlock()
	if len(running) == 0 {
		return
	}
	th.Detach()
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) {
		busy := false
		rt.mu.Lock()
		for _, e := range running {
			busy = busy || e.running
		}
		rt.mu.Unlock()
		if !busy {
			break
		}
		time.Sleep(time.Millisecond)
	}
	th.Attach()
}

// Err reports the sub-interpreters that leaked when they were closed.
func (rt *Runtime) Err() error {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if len(rt.errs) == 0 {
		return nil
	}
	return rt.errs[0]
}

// interruptCallees passes a Ctrl-C of th on to the interpreters th runs in
// through exec or call (and those they run in): their code raises
// KeyboardInterrupt, which comes back as ExecutionFailed, instead of
// looping on unaware while the caller waits. (3.14 does not interrupt
// them; its process then ignores Ctrl-C until the code ends.)
func (rt *Runtime) interruptCallees(th *vm.Thread) {
	rt.mu.Lock()
	var targets []*vm.Thread
	callers := map[*vm.Thread]bool{th: true}
	for changed := true; changed; {
		changed = false
		for _, e := range rt.interps {
			if e.running && e.callee != nil && callers[e.caller] && !callers[e.callee] {
				callers[e.callee] = true
				targets = append(targets, e.callee)
				changed = true
			}
		}
	}
	rt.mu.Unlock()
	for _, t := range targets {
		t.Interrupt()
	}
}
