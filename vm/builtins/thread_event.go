package builtins

import (
	"time"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
)

// threading.Event in Go: a flag and a channel that set() closes, so that
// every waiter wakes at once without a Python-level condition and lock
// (Thread.start and join wait on one each). clear() gives the event a
// fresh channel for later waiters. The fields are touched only with the
// interpreter lock held; a waiter reads the channel before it detaches
// and then only selects on it.

type eventObject struct {
	objects.Object
	set  bool
	done chan struct{} // closed while set is true
}

var eventClass = alloc.NewClass[eventObject]("threading.Event")

// EventType is threading.Event (subclassable, as CPython's Python class).
var EventType = &objects.Type{Name: "Event", Module: "threading", Flags: objects.FlagBaseType}

func asEvent(o *Object) *eventObject { return (*eventObject)(ptr(o)) }

func init() {
	objects.SetLayout(EventType, eventClass, false)
	t := EventType
	t.New = func(ts *objects.Thread, tp *objects.Type, args []*Object, kwnames *Object) *Object {
		e := objects.NewObject(ts, eventClass, tp)
		e.done = make(chan struct{})
		return &e.Object
	}
	// __init__ takes no argument, and says so as the Python method of
	// CPython's class does.
	t.Init = func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) int {
		npos := objects.NumPositional(args, kwnames)
		if npos > 0 {
			ts.Raisef(objects.TypeError, "Event.__init__() takes 1 positional argument but %d were given", npos+1)
			return -1
		}
		if kwnames != nil && len(objects.TupleItems(kwnames)) > 0 {
			ts.Raisef(objects.TypeError, "Event.__init__() got an unexpected keyword argument '%s'", objects.StrValue(objects.TupleItems(kwnames)[0]))
			return -1
		}
		return 0
	}
	t.Dealloc = func(ts *objects.Thread, o *Object) {
		e := asEvent(o)
		e.done = nil
		objects.FreeObject(ts, eventClass, e)
	}
	t.Repr = eventRepr
	isSet := noArgs("Event.is_set", func(ts *objects.Thread, self *Object, _ []*Object, _ *Object) *Object {
		return objects.NewRef(objects.Bool(asEvent(self).set))
	})
	t.Methods = []objects.MethodDef{
		{Name: "is_set", Fn: isSet},
		{Name: "isSet", Fn: isSet},
		{Name: "set", Fn: noArgs("Event.set", func(ts *objects.Thread, self *Object, _ []*Object, _ *Object) *Object {
			if e := asEvent(self); !e.set {
				e.set = true
				close(e.done)
			}
			return objects.NewRef(objects.None)
		})},
		{Name: "clear", Fn: noArgs("Event.clear", func(ts *objects.Thread, self *Object, _ []*Object, _ *Object) *Object {
			if e := asEvent(self); e.set {
				e.set = false
				e.done = make(chan struct{})
			}
			return objects.NewRef(objects.None)
		})},
		{Name: "wait", Fn: eventWait},
	}
	objects.RegisterStaticType(EventType)
}

// eventRepr is "<module.Qualname at 0x...: set>" (classRepr).
func eventRepr(ts *objects.Thread, o *Object) *Object {
	state := "unset"
	if asEvent(o).set {
		state = "set"
	}
	return classRepr(ts, o, state)
}

// eventWait is Event.wait(timeout=None): True at once when the flag is
// set; otherwise it waits for set() (True) or the timeout (False). The
// timeout is read as CPython's Condition.wait reads it: compared with 0
// (a zero or negative one only looks), then given to a lock's acquire,
// whose checks and messages apply.
func eventWait(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var timeoutArg *Object
	if !objects.ParseArgs(ts, "wait", args, kwnames, []string{"timeout"}, 0, &timeoutArg) {
		return nil
	}
	e := asEvent(self)
	if e.set {
		return objects.NewRef(objects.True)
	}
	wait := time.Duration(-1)
	if timeoutArg != nil && timeoutArg != objects.None {
		positive := objects.RichCompareBool(ts, timeoutArg, objects.SmallInt(0), objects.GT)
		if positive < 0 {
			return nil
		}
		if positive == 0 {
			return objects.NewRef(objects.False)
		}
		d, ok := acquireArgs(ts, []*Object{objects.True, timeoutArg}, nil)
		if !ok {
			return nil
		}
		wait = d
	}
	got, ok := waitClosed(vmThread(ts), e.done, wait)
	if !ok {
		return nil
	}
	return objects.NewRef(objects.Bool(got))
}

// waitClosed waits, detached from the interpreter, until done is closed
// (true), the timeout passes (false; negative: none) or an interrupt
// raises (ok false), as acquireSem waits for a lock.
func waitClosed(th *vm.Thread, done chan struct{}, timeout time.Duration) (got, ok bool) {
	if !th.CheckStop() {
		return false, false
	}
	var expired <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		expired = t.C
	}
	for {
		th.Detach()
		select {
		case <-done:
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
