package builtins

import (
	"fmt"
	"math"
	"time"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
)

// The _thread module: start_new_thread, the lock types and thread
// identities. A lock is a Go channel of capacity one (a semaphore):
// acquiring without waiting is a non-blocking send; a waiting acquire
// detaches the thread from the interpreter lock (vm/gil.go), so the
// other threads run, and wakes early for Ctrl-C or finalization's stop.
// threading and queue are Python source on top of it (thread_py.go),
// but for threading.Event, Semaphore and BoundedSemaphore, Go types
// (thread_event.go, thread_sem.go).

type lockObject struct {
	objects.Object
	sem chan struct{}
}

type rlockObject struct {
	objects.Object
	sem   chan struct{}
	owner int64 // ident of the owning thread, 0 when unowned
	count int64
}

var (
	lockClass  = alloc.NewClass[lockObject]("_thread.lock")
	rlockClass = alloc.NewClass[rlockObject]("_thread.RLock")
)

// The lock types.
var (
	LockType  = &objects.Type{Name: "lock", Module: "_thread"}
	RLockType = &objects.Type{Name: "RLock", Module: "_thread", Flags: objects.FlagBaseType}
)

// sigint and nsig are Linux's SIGINT and NSIG, for interrupt_main.
const (
	sigint = 2
	nsig   = 65
)

// timeoutMax is _thread.TIMEOUT_MAX (CPython 3.11 on Linux).
const timeoutMax = 9223372036.0

func newLock(ts *objects.Thread) *Object {
	l := objects.NewObject(ts, lockClass, LockType)
	l.sem = make(chan struct{}, 1)
	return &l.Object
}

// acquireSem takes sem for th: at once when free; otherwise, unless
// timeout is 0, detached from the interpreter until it is free, the
// timeout (negative: none) passes, or an interrupt raises (ok false).
// A KeyboardInterrupt asked for during the wait without waking it
// (_thread.interrupt_main) is raised when the wait ends, with the lock
// taken (got and not ok), as CPython's eval breaker raises it right
// after the acquire call returns.
func acquireSem(th *vm.Thread, sem chan struct{}, timeout time.Duration) (got, ok bool) {
	select {
	case sem <- struct{}{}:
		return true, true
	default:
	}
	if timeout == 0 {
		return false, true
	}
	if !th.CheckStop() {
		return false, false
	}
	var expired <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		expired = t.C
	}
	for {
		th.Detach()
		select {
		case sem <- struct{}{}:
			th.Attach()
			return true, th.CheckInterrupts()
		case <-expired:
			th.Attach()
			return false, th.CheckInterrupts()
		case <-th.WakeChan():
		}
		th.Attach()
		if !th.CheckInterrupts() {
			return false, false
		}
	}
}

// acquireArgs parses acquire(blocking=True, timeout=-1) into a wait
// (negative: forever).
func acquireArgs(ts *objects.Thread, args []*Object, kwnames *Object) (time.Duration, bool) {
	var blockingArg, timeoutArg *Object
	if !objects.ParseArgs(ts, "acquire", args, kwnames, []string{"blocking", "timeout"}, 0, &blockingArg, &timeoutArg) {
		return 0, false
	}
	blocking := true
	if blockingArg != nil {
		// blocking is a C int ("i" format): an int or an __index__ object.
		if objects.AsFloat(blockingArg) != nil {
			ts.Raise(objects.TypeError, "'float' object cannot be interpreted as an integer")
			return 0, false
		}
		n, ok := objects.IndexValue(ts, blockingArg, objects.OverflowError)
		if !ok {
			return 0, false
		}
		if n > math.MaxInt32 {
			ts.Raise(objects.OverflowError, "signed integer is greater than maximum")
			return 0, false
		}
		if n < math.MinInt32 {
			ts.Raise(objects.OverflowError, "signed integer is less than minimum")
			return 0, false
		}
		blocking = n != 0
	}
	timeout := -1.0
	if timeoutArg != nil {
		if objects.AsFloat(timeoutArg) == nil && objects.AsInt(timeoutArg) == nil {
			ts.Raisef(objects.TypeError, "'%s' object cannot be interpreted as an integer", objects.TypeName(timeoutArg))
			return 0, false
		}
		v, ok := objects.FloatAsDouble(ts, timeoutArg)
		if !ok {
			return 0, false
		}
		if math.IsNaN(v) {
			ts.Raise(objects.ValueError, "Invalid value NaN (not a number)")
			return 0, false
		}
		timeout = v
	}
	if !blocking && timeout != -1 {
		ts.Raise(objects.ValueError, "can't specify a timeout for a non-blocking call")
		return 0, false
	}
	if timeout < 0 && timeout != -1 {
		ts.Raise(objects.ValueError, "timeout value must be positive")
		return 0, false
	}
	if !blocking {
		return 0, true
	}
	if timeout == -1 {
		return -1, true
	}
	if timeout*1e9 >= 9.223372036854775807e18 {
		ts.Raise(objects.OverflowError, "timestamp out of range for platform time_t")
		return 0, false
	}
	if timeout > timeoutMax {
		ts.Raise(objects.OverflowError, "timeout value is too large")
		return 0, false
	}
	d := time.Duration(timeout * 1e9)
	if d == 0 && timeout > 0 {
		d = 1
	}
	return d, true
}

func lockAcquire(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	d, ok := acquireArgs(ts, args, kwnames)
	if !ok {
		return nil
	}
	l := (*lockObject)(ptr(self))
	got, ok := acquireSem(vmThread(ts), l.sem, d)
	if !ok {
		return nil
	}
	return objects.NewRef(objects.Bool(got))
}

// noArgs wraps a method taking no arguments, checked under its
// qualified name as CPython's METH_NOARGS message shows it
// ("lock.release() takes no arguments (1 given)").
func noArgs(qualname string, fn objects.MethodFn) objects.MethodFn {
	return func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, qualname, args, kwnames) {
			return nil
		}
		return fn(ts, self, nil, nil)
	}
}

func lockRelease(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	l := (*lockObject)(ptr(self))
	select {
	case <-l.sem:
		return objects.None
	default:
		return ts.Raise(objects.RuntimeError, "release unlocked lock")
	}
}

func lockLocked(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	return objects.NewRef(objects.Bool(len((*lockObject)(ptr(self)).sem) == 1))
}

func lockExit(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	return lockRelease(ts, self, nil, nil)
}

func rlockAcquire(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	d, ok := acquireArgs(ts, args, kwnames)
	if !ok {
		return nil
	}
	r := (*rlockObject)(ptr(self))
	th := vmThread(ts)
	me := th.Ident()
	if r.owner == me && r.count > 0 {
		r.count++
		return objects.NewRef(objects.True)
	}
	got, ok := acquireSem(th, r.sem, d)
	if got {
		r.owner, r.count = me, 1
	}
	if !ok {
		return nil
	}
	return objects.NewRef(objects.Bool(got))
}

func rlockRelease(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	r := (*rlockObject)(ptr(self))
	if r.count == 0 || r.owner != vmThread(ts).Ident() {
		return ts.Raise(objects.RuntimeError, "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = 0
		<-r.sem
	}
	return objects.None
}

func init() {
	objects.SetLayout(RLockType, rlockClass, false)
	lt := LockType
	lt.Dealloc = func(ts *objects.Thread, o *Object) {
		l := (*lockObject)(ptr(o))
		l.sem = nil
		objects.FreeObject(ts, lockClass, l)
	}
	lt.Repr = func(ts *objects.Thread, o *Object) *Object {
		state := "unlocked"
		if len((*lockObject)(ptr(o)).sem) == 1 {
			state = "locked"
		}
		return objects.NewStr(ts, fmt.Sprintf("<%s _thread.lock object at 0x%x>", state, o.ID()))
	}
	lt.Methods = []objects.MethodDef{
		{Name: "acquire", Fn: lockAcquire},
		{Name: "acquire_lock", Fn: lockAcquire},
		{Name: "__enter__", Fn: lockAcquire},
		{Name: "release", Fn: noArgs("lock.release", lockRelease)},
		{Name: "release_lock", Fn: noArgs("lock.release_lock", lockRelease)},
		{Name: "__exit__", Fn: lockExit},
		{Name: "locked", Fn: noArgs("lock.locked", lockLocked)},
		{Name: "locked_lock", Fn: noArgs("lock.locked_lock", lockLocked)},
		{Name: "_at_fork_reinit", Fn: noArgs("lock._at_fork_reinit", func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			(*lockObject)(ptr(self)).sem = make(chan struct{}, 1)
			return objects.None
		})},
	}
	rt := RLockType
	rt.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
		r := objects.NewObject(ts, rlockClass, t)
		r.sem = make(chan struct{}, 1)
		return &r.Object
	}
	rt.Dealloc = func(ts *objects.Thread, o *Object) {
		r := (*rlockObject)(ptr(o))
		r.sem = nil
		objects.FreeObject(ts, rlockClass, r)
	}
	rt.Repr = func(ts *objects.Thread, o *Object) *Object {
		r := (*rlockObject)(ptr(o))
		state := "unlocked"
		if r.count > 0 {
			state = "locked"
		}
		// tp_name: the module-qualified name of the static type, the
		// bare name of a class.
		name := o.Type().Name
		if o.Type() == RLockType {
			name = "_thread.RLock"
		}
		return objects.NewStr(ts, fmt.Sprintf("<%s %s object owner=%d count=%d at 0x%x>", state, name, r.owner, r.count, o.ID()))
	}
	rt.Methods = []objects.MethodDef{
		{Name: "acquire", Fn: rlockAcquire},
		{Name: "__enter__", Fn: rlockAcquire},
		{Name: "release", Fn: noArgs("RLock.release", rlockRelease)},
		{Name: "__exit__", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			return rlockRelease(ts, self, nil, nil)
		}},
		{Name: "_is_owned", Fn: noArgs("RLock._is_owned", func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			r := (*rlockObject)(ptr(self))
			return objects.NewRef(objects.Bool(r.count > 0 && r.owner == vmThread(ts).Ident()))
		})},
		// _release_save and _acquire_restore let a Condition wait on an
		// RLock held several times.
		{Name: "_release_save", Fn: noArgs("RLock._release_save", func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			r := (*rlockObject)(ptr(self))
			if r.count == 0 {
				return ts.Raise(objects.RuntimeError, "cannot release un-acquired lock")
			}
			c, o := objects.NewInt(ts, r.count), objects.NewInt(ts, r.owner)
			r.owner, r.count = 0, 0
			<-r.sem
			return objects.NewTupleSteal(ts, c, o)
		})},
		{Name: "_acquire_restore", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckOneArg(ts, "_acquire_restore", args, kwnames) {
				return nil
			}
			st := args[0]
			if objects.AsTuple(st) == nil || len(objects.TupleItems(st)) != 2 {
				return ts.Raise(objects.TypeError, "_acquire_restore() argument 1 must be tuple of 2 ints")
			}
			c, ok1 := objects.IntValue64(objects.TupleItems(st)[0])
			o, ok2 := objects.IntValue64(objects.TupleItems(st)[1])
			if !ok1 || !ok2 {
				return ts.Raise(objects.TypeError, "_acquire_restore() argument 1 must be tuple of 2 ints")
			}
			r := (*rlockObject)(ptr(self))
			got, ok := acquireSem(vmThread(ts), r.sem, -1)
			if got {
				r.owner, r.count = o, c
			}
			if !ok {
				return nil
			}
			return objects.None
		}},
	}
	objects.RegisterStaticType(LockType, RLockType)
	registerDefs("_thread", threadDefs)
}

var threadDefs = []*objects.MethodDef{
	{Name: "start_new_thread", Fn: startNewThread},
	{Name: "start_new", Fn: startNewThread},
	{Name: "allocate_lock", Fn: allocateLock},
	{Name: "allocate", Fn: allocateLock},
	{Name: "get_ident", Fn: getIdent},
	// Goroutines move between OS threads: the native id is the ident.
	{Name: "get_native_id", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "_thread.get_native_id", args, kwnames) {
			return nil
		}
		return objects.NewInt(ts, vmThread(ts).Ident())
	}},
	// daemon_threads_allowed is 3.12's: False in the sub-interpreters of
	// concurrent.interpreters, whose threading refuses daemon threads.
	{Name: "daemon_threads_allowed", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "_thread.daemon_threads_allowed", args, kwnames) {
			return nil
		}
		if vmThread(ts).Interp.NoDaemonThreads {
			return objects.NewRef(objects.False)
		}
		return objects.NewRef(objects.True)
	}},
	{Name: "_count", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "_thread._count", args, kwnames) {
			return nil
		}
		return objects.NewInt(ts, int64(vmThread(ts).Interp.ThreadCount()))
	}},
	{Name: "stack_size", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "stack_size", args, kwnames, 0, 1) {
			return nil
		}
		is := vmThread(ts).Interp
		// As CPython's, a call without an argument sets the size to 0
		// (the default) too.
		old, n := is.StackSize, 0
		if len(args) == 1 {
			var ok bool
			n, ok = objects.IndexValue(ts, args[0], objects.OverflowError)
			if !ok {
				return nil
			}
			// Goroutine stacks grow as needed: a valid size is only
			// remembered, with CPython's checks.
			if n < 0 {
				return ts.Raise(objects.ValueError, "size must be 0 or a positive value")
			}
			if n != 0 && n < 32768 {
				return ts.Raisef(objects.ValueError, "size not valid: %d bytes", n)
			}
		}
		is.StackSize = int64(n)
		return objects.NewInt(ts, old)
	}},
	{Name: "exit", Fn: threadExit},
	{Name: "exit_thread", Fn: threadExit},
	{Name: "interrupt_main", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "interrupt_main", args, kwnames, 0, 1) {
			return nil
		}
		signum := int64(sigint)
		if len(args) == 1 {
			n, ok := objects.IndexValue(ts, args[0], objects.OverflowError)
			if !ok {
				return nil
			}
			if n < 1 || n >= nsig {
				return ts.Raise(objects.ValueError, "signal number out of range")
			}
			signum = int64(n)
		}
		// minipy has no signal module: SIGINT keeps its default Python
		// handler (KeyboardInterrupt at the main thread's next check);
		// any other signal has no Python handler, and CPython ignores it.
		if signum != sigint {
			return objects.None
		}
		if m := vmThread(ts).Interp.MainThread(); m != nil {
			m.InterruptLater()
		}
		return objects.None
	}},
	{Name: "_format_exception", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "_format_exception", args, kwnames) {
			return nil
		}
		return objects.NewStr(ts, vmThread(ts).FormatException(args[0]))
	}},
}

func threadExit(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "_thread.exit", args, kwnames) {
		return nil
	}
	return ts.RaiseNone(objects.SystemExit)
}

func startNewThread(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoKw(ts, "start_new_thread", kwnames) {
		return nil
	}
	if len(args) < 2 {
		return ts.Raisef(objects.TypeError, "start_new_thread expected at least 2 arguments, got %d", len(args))
	}
	if len(args) > 3 {
		return ts.Raisef(objects.TypeError, "start_new_thread expected at most 3 arguments, got %d", len(args))
	}
	fn, fargs := args[0], args[1]
	var kwargs *Object
	if len(args) == 3 {
		kwargs = args[2]
	}
	if !objects.IsCallable(fn) {
		return ts.Raise(objects.TypeError, "first arg must be callable")
	}
	if objects.AsTuple(fargs) == nil {
		return ts.Raise(objects.TypeError, "2nd arg must be a tuple")
	}
	if kwargs != nil && objects.AsDict(kwargs) == nil {
		return ts.Raise(objects.TypeError, "optional 3rd arg must be a dictionary")
	}
	ident, ok := vmThread(ts).StartThread(fn, fargs, kwargs)
	if !ok {
		return nil
	}
	return objects.NewInt(ts, ident)
}

func allocateLock(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "_thread.allocate_lock", args, kwnames) {
		return nil
	}
	return newLock(ts)
}

func getIdent(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "_thread.get_ident", args, kwnames) {
		return nil
	}
	return objects.NewInt(ts, vmThread(ts).Ident())
}

func newThreadModule(th *vm.Thread) *Object {
	ts := th.TS
	return newFrozenModule(th, "_thread", "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.", threadDefs, map[string]*Object{
		"LockType":    objects.NewRef(LockType.TypeObject()),
		"RLock":       objects.NewRef(RLockType.TypeObject()),
		"error":       objects.NewRef(objects.RuntimeError.TypeObject()),
		"TIMEOUT_MAX": objects.NewFloat(ts, timeoutMax),
	}, threadLocalSource)
}

func newThreadingModule(th *vm.Thread) *Object {
	return newFrozenModule(th, "threading", "Thread module emulating a subset of Java's threading model.", nil, map[string]*Object{
		"Event":            objects.NewRef(EventType.TypeObject()),
		"Semaphore":        objects.NewRef(SemaphoreType.TypeObject()),
		"BoundedSemaphore": objects.NewRef(BoundedSemaphoreType.TypeObject()),
	}, threadingSource)
}

func newQueueModule(th *vm.Thread) *Object {
	return newFrozenModule(th, "queue", "A multi-producer, multi-consumer queue.", nil, nil, queueSource)
}

// blockingRead runs read, which reads s.r and may block (a pipe, a
// terminal), detached from the interpreter lock when other threads could
// run meanwhile and the buffer holds nothing. read must not touch
// objects. One thread at a time reads a stream detached; the others wait
// for it (as CPython's buffered reader lock). False means an exception
// (KeyboardInterrupt) is set.
func (s *stream) blockingRead(ts *objects.Thread, read func()) bool {
	th := vmThread(ts)
	if s.pybuf != nil {
		// Reads call Python code: never detached.
		s.curTS = ts
		read()
		return true
	}
	if th.Interp.ThreadCount() == 0 && !s.readBusy {
		read()
		return true
	}
	for s.readBusy {
		if !th.Sleep(time.Millisecond) {
			return false
		}
	}
	if s.r.Buffered() > 0 {
		read()
		return true
	}
	s.readBusy = true
	th.Detach()
	read()
	th.Attach()
	s.readBusy = false
	return true
}
