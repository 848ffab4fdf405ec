package builtins

import (
	"fmt"
	"time"

	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// threading.Semaphore and BoundedSemaphore in Go: a counter, and a
// channel that a release closes (and replaces) to wake the waiters, who
// then look at the counter again. The fields are touched only with the
// interpreter lock held; a waiter reads the channel before it detaches
// (waitClosed, thread_event.go).

type semObject struct {
	objects.Object
	value int64
	bound int64         // BoundedSemaphore's initial value; -1: no bound
	wake  chan struct{} // closed by the next release
}

var semClass = alloc.NewClass[semObject]("threading.Semaphore")

// The semaphore types (subclassable, as CPython's Python classes).
var (
	SemaphoreType        = &objects.Type{Name: "Semaphore", Module: "threading", Flags: objects.FlagBaseType}
	BoundedSemaphoreType = &objects.Type{Name: "BoundedSemaphore", Module: "threading", Flags: objects.FlagBaseType, Base: SemaphoreType}
)

func asSem(o *Object) *semObject { return (*semObject)(ptr(o)) }

func init() {
	objects.SetLayout(SemaphoreType, semClass, false)
	t := SemaphoreType
	t.New = func(ts *objects.Thread, tp *objects.Type, args []*Object, kwnames *Object) *Object {
		s := objects.NewObject(ts, semClass, tp)
		s.value, s.bound = 1, -1
		s.wake = make(chan struct{})
		return &s.Object
	}
	t.Init = func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) int {
		var v *Object
		if !objects.ParseArgs(ts, "Semaphore", args, kwnames, []string{"value"}, 0, &v) {
			return -1
		}
		n, ok := semInitial(ts, v)
		if !ok {
			return -1
		}
		s := asSem(self)
		s.value = n
		if t := self.Type(); t == BoundedSemaphoreType || t.IsSubtype(BoundedSemaphoreType) {
			s.bound = n
		}
		return 0
	}
	t.Dealloc = func(ts *objects.Thread, o *Object) {
		s := asSem(o)
		s.wake = nil
		objects.FreeObject(ts, semClass, s)
	}
	t.Repr = func(ts *objects.Thread, o *Object) *Object {
		s := asSem(o)
		state := fmt.Sprintf("value=%d", s.value)
		if s.bound >= 0 {
			state += fmt.Sprintf("/%d", s.bound)
		}
		return classRepr(ts, o, state)
	}
	t.Methods = []objects.MethodDef{
		{Name: "acquire", Fn: semAcquire},
		{Name: "__enter__", Fn: semAcquire},
		{Name: "release", Fn: semRelease},
		{Name: "__exit__", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			return semRelease(ts, self, nil, nil)
		}},
	}
	t.GetSets = []objects.GetSetDef{
		{Name: "_value", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewInt(ts, asSem(o).value) }},
	}
	BoundedSemaphoreType.GetSets = []objects.GetSetDef{
		{Name: "_initial_value", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewInt(ts, asSem(o).bound) }},
	}
	objects.RegisterStaticType(SemaphoreType, BoundedSemaphoreType)
}

// semInitial reads the initial value (default 1), refusing a negative one
// with CPython's message.
func semInitial(ts *objects.Thread, v *Object) (int64, bool) {
	if v == nil {
		return 1, true
	}
	neg := objects.RichCompareBool(ts, v, objects.SmallInt(0), objects.LT)
	if neg < 0 {
		return 0, false
	}
	if neg == 1 {
		ts.Raise(objects.ValueError, "semaphore initial value must be >= 0")
		return 0, false
	}
	return objects.AsInt64(ts, v)
}

// classRepr is "<module.Qualname at 0x...: state>", with the names of the
// object's class (a subclass shows its own).
func classRepr(ts *objects.Thread, o *Object, state string) *Object {
	cls := o.Type().TypeObject()
	var names [2]string
	for i, attr := range []string{"__module__", "__qualname__"} {
		v := objects.GetAttrString(ts, cls, attr)
		if v == nil {
			return nil
		}
		s := objects.StrOf(ts, v)
		objects.Decref(ts, v)
		if s == nil {
			return nil
		}
		names[i] = objects.StrValue(s)
		objects.Decref(ts, s)
	}
	return objects.NewStr(ts, fmt.Sprintf("<%s.%s at %#x: %s>", names[0], names[1], o.ID(), state))
}

// semAcquire is acquire(blocking=True, timeout=None): takes one unit,
// waiting for a release unless blocking is false; False when none came
// before the timeout.
func semAcquire(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var blockingArg, timeoutArg *Object
	if !objects.ParseArgs(ts, "acquire", args, kwnames, []string{"blocking", "timeout"}, 0, &blockingArg, &timeoutArg) {
		return nil
	}
	blocking := true
	if blockingArg != nil {
		b := objects.IsTrue(ts, blockingArg)
		if b < 0 {
			return nil
		}
		blocking = b == 1
	}
	if timeoutArg == objects.None {
		timeoutArg = nil
	}
	if !blocking && timeoutArg != nil {
		return ts.Raise(objects.ValueError, "can't specify timeout for non-blocking acquire")
	}
	s := asSem(self)
	var deadline time.Time
	for s.value == 0 {
		if !blocking {
			return objects.NewRef(objects.False)
		}
		wait := time.Duration(-1)
		if timeoutArg != nil {
			if deadline.IsZero() {
				secs, ok := semTimeout(ts, timeoutArg)
				if !ok {
					return nil
				}
				deadline = time.Now().Add(time.Duration(secs * 1e9))
				if secs <= 0 {
					return objects.NewRef(objects.False)
				}
			}
			left := time.Until(deadline)
			if left <= 0 {
				return objects.NewRef(objects.False)
			}
			// The lock's own checks of a wait (too large a timeout).
			secs := objects.NewFloat(ts, left.Seconds())
			if secs == nil {
				return nil
			}
			d, ok := acquireArgs(ts, []*Object{objects.True, secs}, nil)
			objects.Decref(ts, secs)
			if !ok {
				return nil
			}
			wait = d
		}
		if _, ok := waitClosed(vmThread(ts), s.wake, wait); !ok {
			return nil
		}
	}
	s.value--
	return objects.NewRef(objects.True)
}

// semTimeout reads a timeout as the sum time + timeout would (an int or
// a float; anything else is the TypeError of that sum).
func semTimeout(ts *objects.Thread, t *Object) (float64, bool) {
	if objects.AsFloat(t) == nil && objects.AsInt(t) == nil {
		ts.Raisef(objects.TypeError, "unsupported operand type(s) for +: 'float' and '%s'", objects.TypeName(t))
		return 0, false
	}
	return objects.FloatAsDouble(ts, t)
}

// semRelease is release(n=1): adds n units and wakes the waiters; a
// BoundedSemaphore refuses to go above its initial value.
func semRelease(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var nArg *Object
	if !objects.ParseArgs(ts, "release", args, kwnames, []string{"n"}, 0, &nArg) {
		return nil
	}
	n := int64(1)
	if nArg != nil {
		small := objects.RichCompareBool(ts, nArg, objects.SmallInt(1), objects.LT)
		if small < 0 {
			return nil
		}
		if small == 1 {
			return ts.Raise(objects.ValueError, "n must be one or more")
		}
		v, ok := objects.AsInt64(ts, nArg)
		if !ok {
			return nil
		}
		n = v
	}
	s := asSem(self)
	if s.bound >= 0 && s.value+n > s.bound {
		return ts.Raise(objects.ValueError, "Semaphore released too many times")
	}
	s.value += n
	close(s.wake)
	s.wake = make(chan struct{})
	return objects.NewRef(objects.None)
}
