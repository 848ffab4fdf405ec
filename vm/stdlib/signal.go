package stdlib

import (
	"os"
	ossignal "os/signal"
	"syscall"

	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

// _signal: Python signal handlers over os/signal. A signal with a Python
// handler is relayed by a goroutine to vm.SignalState.Trip, and the main
// thread runs the handler at its next eval-breaker check (vm/signals.go).
// SIGINT is not taken from the host: Ctrl-C reaches the interpreter as
// Interrupt (cmd/minipy's handler), which goes to the Python handler when
// there is one. The frame argument of a handler is None here.

const (
	sigDfl  = 0
	sigIgn  = 1
	nsig    = 65
	sigint  = 2
	sigkill = 9
	sigstop = 19
)

// sigState is one interpreter's handlers (vm.SignalState.Module).
type sigState struct {
	handlers [nsig]*Object // owned; nil: the default (SIG_DFL, or default_int_handler for SIGINT)
	ch       chan os.Signal
	quit     chan struct{}
	touched  map[int]bool // signals whose OS disposition was changed
}

var defaultIntHandler = &objects.MethodDef{Name: "default_int_handler", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	return ts.RaiseNone(objects.KeyboardInterrupt)
}, Doc: "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."}

var sigNames = [...]string{"", "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted",
	"Bus error", "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault",
	"User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited",
	"Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
	"Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
	"Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"}

func sigNum(ts *objects.Thread, o *Object) (int, bool) {
	n, ok := objects.IndexValue(ts, o, objects.OverflowError)
	if !ok {
		return 0, false
	}
	if n < 1 || n >= nsig {
		ts.Raise(objects.ValueError, "signal number out of range")
		return 0, false
	}
	return n, true
}

// stateOf is the interpreter's sigState, made (and hooked into the VM)
// at first use.
func stateOf(th *vm.Thread) *sigState {
	s := &th.Interp.Signals
	if st, ok := s.Module.(*sigState); ok {
		return st
	}
	st := &sigState{touched: map[int]bool{}}
	s.Module = st
	s.Run = func(th *vm.Thread, sig int) bool { return st.run(th, sig) }
	s.Shutdown = func(th *vm.Thread) { st.shutdown(th) }
	return st
}

// handler is the handler of sig as getsignal reports it (borrowed).
func (st *sigState) handler(sig int) *Object {
	if h := st.handlers[sig]; h != nil {
		return h
	}
	switch sig {
	case sigint:
		return builtins.StaticFunc(defaultIntHandler)
	case int(syscall.SIGPIPE), int(syscall.SIGXFSZ):
		return objects.SmallInt(sigIgn) // CPython ignores them at startup
	}
	return objects.SmallInt(sigDfl)
}

func (st *sigState) run(th *vm.Thread, sig int) bool {
	ts := th.TS
	h := st.handler(sig)
	if objects.AsInt(h) != nil {
		v, _ := objects.IntValue64(h)
		if v == sigDfl {
			// The default action, now: for SIGINT, death by it.
			ossignal.Reset(syscall.Signal(sig))
			syscall.Kill(os.Getpid(), syscall.Signal(sig))
		}
		return true
	}
	h = objects.NewRef(h)
	defer objects.Decref(ts, h)
	n := objects.NewInt(ts, int64(sig))
	r := objects.Call(ts, h, []*Object{n, objects.None}, nil)
	objects.Decref(ts, n)
	if r == nil {
		return false
	}
	objects.Decref(ts, r)
	return true
}

func (st *sigState) notify(th *vm.Thread, sig int) {
	if st.ch == nil {
		st.ch, st.quit = make(chan os.Signal, 8), make(chan struct{})
		s := &th.Interp.Signals
		go func(ch chan os.Signal, quit chan struct{}) {
			for {
				select {
				case v := <-ch:
					if n, ok := v.(syscall.Signal); ok {
						s.Trip(int(n))
					}
				case <-quit:
					return
				}
			}
		}(st.ch, st.quit)
	}
	ossignal.Notify(st.ch, syscall.Signal(sig))
}

func (st *sigState) shutdown(th *vm.Thread) {
	if st.ch != nil {
		ossignal.Stop(st.ch)
		close(st.quit)
		st.ch = nil
	}
	for sig := range st.touched {
		ossignal.Reset(syscall.Signal(sig))
	}
	st.touched = map[int]bool{}
	for i := range st.handlers {
		objects.Clear(th.TS, &st.handlers[i])
	}
}

func sigSignal(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "signal", args, kwnames, 2, 2) {
		return nil
	}
	th := ts.Owner.(*vm.Thread)
	sig, ok := sigNum(ts, args[0])
	if !ok {
		return nil
	}
	h := args[1]
	isInt := objects.AsInt(h) != nil
	if isInt {
		v, _ := objects.IntValue64(h)
		if v != sigDfl && v != sigIgn {
			isInt = false
			h = nil
		}
	}
	if h == nil || !isInt && !objects.IsCallable(h) {
		return ts.Raise(objects.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	if th.Interp.Sub || th != th.Interp.MainThread() {
		return ts.Raise(objects.ValueError, "signal only works in main thread of the main interpreter")
	}
	if sig == sigkill || sig == sigstop {
		return builtinsRaiseErrno(ts, syscall.EINVAL)
	}
	st := stateOf(th)
	s := &th.Interp.Signals
	s.SetTarget(th)
	old := objects.NewRef(st.handler(sig))
	isDefaultInt := h == builtins.StaticFunc(defaultIntHandler)
	if sig == sigint {
		s.Intercept(sig, !isDefaultInt)
	} else {
		switch {
		case !isInt:
			st.notify(th, sig)
		case isIntValue(h, sigIgn):
			if st.ch != nil {
				ossignal.Reset(syscall.Signal(sig))
			}
			ossignal.Ignore(syscall.Signal(sig))
		default:
			ossignal.Reset(syscall.Signal(sig))
		}
		st.touched[sig] = true
	}
	objects.Clear(ts, &st.handlers[sig])
	st.handlers[sig] = objects.NewRef(h)
	return old
}

func isIntValue(o *Object, v int64) bool {
	x, ok := objects.IntValue64(o)
	return ok && x == v
}

func builtinsRaiseErrno(ts *objects.Thread, e syscall.Errno) *Object {
	return raiseErrno(ts, e, "")
}

func sigGetsignal(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "getsignal", args, kwnames) {
		return nil
	}
	sig, ok := sigNum(ts, args[0])
	if !ok {
		return nil
	}
	return objects.NewRef(stateOf(ts.Owner.(*vm.Thread)).handler(sig))
}

// sigRaise is raise_signal: SIGINT goes the way Ctrl-C goes (the Python
// handler, or KeyboardInterrupt); other signals are sent to the process
// and their handler has run when this returns.
func sigRaise(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "raise_signal", args, kwnames) {
		return nil
	}
	sig, ok := sigNum(ts, args[0])
	if !ok {
		return nil
	}
	th := ts.Owner.(*vm.Thread)
	st := stateOf(th)
	if sig == sigint {
		h := st.handler(sig)
		switch {
		case h == builtins.StaticFunc(defaultIntHandler):
			return ts.RaiseNone(objects.KeyboardInterrupt)
		case isIntValue(h, sigIgn):
			return objects.None
		}
		th.Interp.Signals.SetTarget(th.Interp.MainThread())
		th.Interp.Signals.Trip(sig)
	} else {
		if err := syscall.Kill(os.Getpid(), syscall.Signal(sig)); err != nil {
			return builtinsRaiseErrno(ts, err.(syscall.Errno))
		}
		th.Interp.Signals.Await(sig)
	}
	if !th.PendingSignals() {
		return nil
	}
	return objects.None
}

func sigStrsignal(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "strsignal", args, kwnames) {
		return nil
	}
	sig, ok := sigNum(ts, args[0])
	if !ok {
		return nil
	}
	switch {
	case sig < len(sigNames):
		return objects.NewStr(ts, sigNames[sig])
	case sig >= 34:
		return objects.NewStr(ts, "Real-time signal "+itoaInt(sig-34))
	}
	return objects.NewRef(objects.None)
}

func itoaInt(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoaInt(n/10) + string(rune('0'+n%10))
}

func sigAlarm(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "alarm", args, kwnames) {
		return nil
	}
	n, ok := objects.IndexValue(ts, args[0], objects.OverflowError)
	if !ok {
		return nil
	}
	r, _, _ := syscall.Syscall(syscall.SYS_ALARM, uintptr(uint32(n)), 0, 0)
	return objects.NewInt(ts, int64(r))
}

func sigValid(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "valid_signals", args, kwnames) {
		return nil
	}
	var items []*Object
	for i := 1; i < nsig; i++ {
		if i != 32 && i != 33 { // reserved by the C library's threads
			items = append(items, objects.NewInt(ts, int64(i)))
		}
	}
	l := objects.NewListSteal(ts, items)
	if l == nil {
		return nil
	}
	defer objects.Decref(ts, l)
	return objects.NewSet(ts, l)
}

func sigSiginterrupt(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "siginterrupt", args, kwnames, 2, 2) {
		return nil
	}
	if _, ok := sigNum(ts, args[0]); !ok {
		return nil
	}
	// System calls are restarted after a handler either way here (the
	// handlers run on the interpreter's thread, not in the call).
	return objects.None
}

var signalDefs = []*objects.MethodDef{
	{Name: "signal", Fn: sigSignal},
	{Name: "getsignal", Fn: sigGetsignal},
	{Name: "raise_signal", Fn: sigRaise},
	{Name: "strsignal", Fn: sigStrsignal},
	{Name: "alarm", Fn: sigAlarm},
	{Name: "valid_signals", Fn: sigValid},
	{Name: "siginterrupt", Fn: sigSiginterrupt},
	defaultIntHandler,
}

func init() { registerDefs("_signal", signalDefs) }

func newUnderSignalModule(th *vm.Thread) *Object {
	ts := th.TS
	vals := map[string]*Object{}
	for k, v := range map[string]int64{"SIG_DFL": 0, "SIG_IGN": 1, "NSIG": nsig, "SIG_BLOCK": 0, "SIG_UNBLOCK": 1, "SIG_SETMASK": 2,
		"ITIMER_REAL": 0, "ITIMER_VIRTUAL": 1, "ITIMER_PROF": 2,
		"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6, "SIGIOT": 6, "SIGBUS": 7,
		"SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11, "SIGUSR2": 12, "SIGPIPE": 13, "SIGALRM": 14,
		"SIGTERM": 15, "SIGSTKFLT": 16, "SIGCHLD": 17, "SIGCLD": 17, "SIGCONT": 18, "SIGSTOP": 19, "SIGTSTP": 20,
		"SIGTTIN": 21, "SIGTTOU": 22, "SIGURG": 23, "SIGXCPU": 24, "SIGXFSZ": 25, "SIGVTALRM": 26, "SIGPROF": 27,
		"SIGWINCH": 28, "SIGIO": 29, "SIGPOLL": 29, "SIGPWR": 30, "SIGSYS": 31, "SIGRTMIN": 34, "SIGRTMAX": 64} {
		vals[k] = objects.NewInt(ts, v)
	}
	return makeModule(th, "_signal", "This module provides mechanisms to use signal handlers in Python.", signalDefs, vals)
}
