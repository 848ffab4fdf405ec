package interp

import (
	"math"
	"sort"
	"sync"

	"minipy/vm"
	"minipy/vm/objects"
)

// Cross-interpreter queues (_interpqueues): FIFO queues of xdata that
// live in the runtime, outside every heap, so that any interpreter puts
// and gets; a Queue handle sent to another interpreter names the same
// queue. A queue lives while some handle is bound to it. Waiting is done
// by the Python layer (10 ms polls while the lock is dropped, as
// CPython's _queues.py). Each queue has its own mutex, so that puts and
// gets on different queues, or from different interpreters at once, do
// not contend on the runtime's; the runtime's qmu guards only the map of
// queues (read-locked on every put and get).

type xqueue struct {
	// mu guards the items and dead; the other fields are fixed at creation
	// but refs, which rt.qmu guards.
	mu        sync.Mutex
	maxsize   int
	unboundop int // the default for put: unboundRemove, unboundError, unboundReplace
	fallback  int // 3.14's default xidata fallback, reported only (0 or 1)
	refs      int
	dead      bool // removed from rt.queues
	// The items: a ring of ring[head], ..., n of them, len(ring) a power
	// of two. A slot is 24 bytes and holds a scalar inline: a put of an
	// int costs no Go allocation and a regrowth copies little.
	ring    []qslot
	head, n int
	// boxed holds the values that are not scalars, by the key in their
	// slot's v: the ring holds no pointer, so Go's collector never scans
	// it (200,000 ints waiting in a queue were 6 MB it marked at every
	// cycle, 13 % of the cost of a put and a get).
	boxed   map[uint64]xdata
	nextBox uint64
}

// qslot is an item in a queue.
type qslot struct {
	v       uint64 // a scalar's int64 or float64 bits, else the key of its value in boxed
	interp  int64  // the putter
	kind    xkind
	op      int8
	unbound bool // the putter was closed before the item was taken
}

// isBoxed reports whether the slot's value lives in boxed.
func (s *qslot) isBoxed() bool {
	switch s.kind {
	case xNone, xBool, xInt, xFloat:
		return false
	}
	return !s.unbound
}

// The unbound-item operations, CPython's flags.
const (
	unboundRemove  = 1
	unboundError   = 2
	unboundReplace = 3
)

// qitem is an item taken from a queue.
type qitem struct {
	data    xdata
	interp  int64 // the putter
	op      int
	unbound bool // the putter was closed before the item was taken
}

// Queue status codes returned to the Python layer.
const (
	qOK       = 0
	qFull     = 1
	qEmpty    = 2
	qNotFound = 3
	qBusy     = 4 // getQueueIf: the next item needs the slow path
)

func (q *xqueue) newSlot(x *xdata, interp int64, op int) qslot {
	s := qslot{interp: interp, kind: x.kind, op: int8(op)}
	switch x.kind {
	case xNone:
	case xBool, xInt:
		s.v = uint64(x.i)
	case xFloat:
		s.v = math.Float64bits(x.f)
	default:
		if q.boxed == nil {
			q.boxed = map[uint64]xdata{}
		}
		s.v = q.nextBox
		q.nextBox++
		q.boxed[s.v] = *x
	}
	return s
}

func (q *xqueue) item(s *qslot) qitem {
	it := qitem{interp: s.interp, op: int(s.op), unbound: s.unbound}
	switch {
	case s.unbound:
	case s.isBoxed():
		it.data = q.boxed[s.v]
	case s.kind == xFloat:
		it.data = xdata{kind: xFloat, f: math.Float64frombits(s.v)}
	default:
		it.data = xdata{kind: s.kind, i: int64(s.v)}
	}
	return it
}

func (q *xqueue) push(s qslot) {
	if q.n == len(q.ring) {
		q.resize(max(16, 2*len(q.ring)))
	}
	q.ring[(q.head+q.n)&(len(q.ring)-1)] = s
	q.n++
}

func (q *xqueue) front() *qslot { return &q.ring[q.head] }

func (q *xqueue) pop() {
	if s := &q.ring[q.head]; s.isBoxed() {
		delete(q.boxed, s.v)
	}
	q.ring[q.head] = qslot{}
	q.head = (q.head + 1) & (len(q.ring) - 1)
	q.n--
	// A queue that held many items and now holds few gives memory back.
	if len(q.ring) > 64 && q.n < len(q.ring)/8 {
		q.resize(len(q.ring) / 4)
	}
}

// resize copies the items into a ring of size slots (a power of two that
// holds them).
func (q *xqueue) resize(size int) {
	r := make([]qslot, size)
	for i := 0; i < q.n; i++ {
		r[i] = q.ring[(q.head+i)&(len(q.ring)-1)]
	}
	q.ring, q.head = r, 0
}

func (rt *Runtime) createQueue(maxsize, op, fallback int) int64 {
	// Negative: the defaults, as 3.14's (replace; xidata only).
	if op < 0 {
		op = unboundReplace
	}
	if fallback < 0 {
		fallback = 1
	}
	rt.qmu.Lock()
	defer rt.qmu.Unlock()
	// maxsize <= 0 is unbounded; 3.14 reports the value given.
	id := rt.nextQueue
	rt.nextQueue++
	rt.queues[id] = &xqueue{maxsize: maxsize, unboundop: op, fallback: fallback}
	return id
}

// bindQueue and releaseQueue count the handles of a queue; the last
// release destroys it.
func (rt *Runtime) bindQueue(id int64, delta int) int {
	rt.qmu.Lock()
	q := rt.queues[id]
	if q == nil {
		rt.qmu.Unlock()
		return qNotFound
	}
	q.refs += delta
	var left []xdata
	if q.refs <= 0 && delta < 0 {
		delete(rt.queues, id)
		q.mu.Lock()
		q.dead = true
		// The items nobody will take: the queues and proxies they hold
		// are released (below, without the locks: a queue item may
		// hold the last handle of another queue).
		for i := 0; i < q.n; i++ {
			if s := &q.ring[(q.head+i)&(len(q.ring)-1)]; s.isBoxed() {
				left = append(left, q.boxed[s.v])
			}
		}
		q.ring, q.head, q.n, q.boxed = nil, 0, 0, nil
		q.mu.Unlock()
	}
	rt.qmu.Unlock()
	for i := range left {
		rt.dropItem(&left[i])
	}
	return qOK
}

// dropItem releases what a queue item that will not be loaded holds: the
// queues it retains and the proxy references in it (their owners drop
// the objects at their next safe point).
func (rt *Runtime) dropItem(x *xdata) {
	rt.retainQueues(x, -1)
	x.release()
}

// lockQueue finds queue id and locks it: nil when there is none.
func (rt *Runtime) lockQueue(id int64) *xqueue {
	rt.qmu.RLock()
	q := rt.queues[id]
	rt.qmu.RUnlock()
	if q == nil {
		return nil
	}
	q.mu.Lock()
	if q.dead {
		q.mu.Unlock()
		return nil
	}
	return q
}

func (rt *Runtime) putQueue(id int64, x xdata, interp int64, op int) int {
	q := rt.lockQueue(id)
	if q == nil {
		return qNotFound
	}
	defer q.mu.Unlock()
	if q.maxsize > 0 && q.n >= q.maxsize {
		return qFull
	}
	if op < 0 {
		op = q.unboundop
	}
	q.push(q.newSlot(&x, interp, op))
	return qOK
}

func (rt *Runtime) getQueue(id int64) (qitem, int) {
	return rt.getQueueIf(id, nil)
}

// getQueueIf is getQueue, but an item for which ok (if not nil) is false
// is left in the queue and reported as qBusy (the caller takes the slow
// path).
func (rt *Runtime) getQueueIf(id int64, ok func(*qslot) bool) (qitem, int) {
	q := rt.lockQueue(id)
	if q == nil {
		return qitem{}, qNotFound
	}
	defer q.mu.Unlock()
	if q.n == 0 {
		return qitem{}, qEmpty
	}
	s := q.front()
	if ok != nil && !ok(s) {
		return qitem{}, qBusy
	}
	it := q.item(s)
	q.pop()
	return it, qOK
}

// unbindItems handles the items put by a closed interpreter: removed, or
// marked so that get returns UNBOUND or raises ItemInterpreterDestroyed.
func (rt *Runtime) unbindItems(interp int64) {
	var dropped []xdata
	defer func() {
		// the queues those items held (retainQueues), released without
		// a queue's lock held
		for i := range dropped {
			rt.dropItem(&dropped[i])
		}
	}()
	rt.qmu.RLock()
	qs := make([]*xqueue, 0, len(rt.queues))
	for _, q := range rt.queues {
		qs = append(qs, q)
	}
	rt.qmu.RUnlock()
	for _, q := range qs {
		q.mu.Lock()
		var kept []qslot
		for i := 0; i < q.n; i++ {
			s := q.ring[(q.head+i)&(len(q.ring)-1)]
			if s.interp == interp && !s.unbound {
				if s.isBoxed() {
					dropped = append(dropped, q.boxed[s.v])
					delete(q.boxed, s.v)
				}
				if s.op == unboundRemove {
					continue
				}
				s.unbound, s.v = true, 0
			}
			kept = append(kept, s)
		}
		clear(q.ring)
		q.head, q.n = 0, 0
		for _, s := range kept {
			q.push(s)
		}
		q.mu.Unlock()
	}
}

// qinfo is what queueInfo reports of a queue.
type qinfo struct {
	maxsize, unboundop, fallback, count int
}

func (rt *Runtime) queueInfo(id int64) (qinfo, bool) {
	q := rt.lockQueue(id)
	if q == nil {
		return qinfo{}, false
	}
	defer q.mu.Unlock()
	return qinfo{maxsize: q.maxsize, unboundop: q.unboundop, fallback: q.fallback, count: q.n}, true
}

func (rt *Runtime) queueIDs() []int64 {
	rt.qmu.RLock()
	defer rt.qmu.RUnlock()
	ids := make([]int64, 0, len(rt.queues))
	for id := range rt.queues {
		ids = append(ids, id)
	}
	// Newest first, as 3.14 lists them.
	sort.Slice(ids, func(i, j int) bool { return ids[i] > ids[j] })
	return ids
}

// queueHandleID recognizes a Queue handle of the current interpreter (the
// class the Python layer registered with _register_heap_types) and
// returns its queue id.
func queueHandleID(ts *objects.Thread, o *objects.Object) (int64, bool) {
	th, ok := ts.Owner.(*vm.Thread)
	if !ok {
		return 0, false
	}
	cls := moduleAttr(th, "_interpqueues", "_Queue")
	if cls == nil || o.Type().TypeObject() != cls {
		return 0, false
	}
	idObj := objects.GetAttrString(ts, o, "_id")
	if idObj == nil {
		ts.ClearErr()
		return 0, false
	}
	id, ok := objects.IntValue64(idObj)
	objects.Decref(ts, idObj)
	return id, ok
}

// loadQueueHandle makes the receiver's handle of queue id.
func loadQueueHandle(th *vm.Thread, id int64) *objects.Object {
	ts := th.TS
	m := th.Import(ts, "concurrent.interpreters._queues")
	if m == nil {
		return nil
	}
	defer objects.Decref(ts, m)
	idObj := objects.NewInt(ts, id)
	if idObj == nil {
		return nil
	}
	defer objects.Decref(ts, idObj)
	return objects.CallMethod(ts, m, "Queue", idObj)
}

// moduleAttr is sys.modules[mod].name of th's interpreter (borrowed), or
// nil.
func moduleAttr(th *vm.Thread, mod, name string) *objects.Object {
	ts := th.TS
	m := objects.DictGetItemStr(ts, th.Interp.Modules, mod)
	if m == nil {
		return nil
	}
	d := vm.ModuleDict(m)
	if d == nil {
		return nil
	}
	return objects.DictGetItemStr(ts, d, name)
}

// The fast path of Queue.put and Queue.get. The Queue class of
// concurrent.interpreters._queues is Python, as in 3.14, but its put and
// get are these Go methods (method descriptors in the class body): the
// common call, put(obj) or get() with at most a block flag, of a
// shareable value on a queue that has room (or an item), is done here
// without a Python frame, without the module's wrappers and without
// pickle. Everything else (a timeout, unbounditems, a full queue to wait
// on, an empty one to poll, an unbound item, a value sent by pickle) goes
// to the Python methods they replace, _put and _get, which keep 3.14's
// behaviour and messages.
var (
	queuePutDef = &objects.MethodDef{Name: "put", Fn: queuePut, Doc: "Add the object to the queue."}
	queueGetDef = &objects.MethodDef{Name: "get", Fn: queueGet, Doc: "Return the next object from the queue."}
	// queueMethods are static (immortal, shared) descriptors, made at init
	// and never written after; _interpqueues exposes them as _Queue_put
	// and _Queue_get.
	queueMethods = map[string]*objects.Object{
		"_Queue_put": objects.NewMethodDescriptor(objects.ObjectType, queuePutDef),
		"_Queue_get": objects.NewMethodDescriptor(objects.ObjectType, queueGetDef),
	}
)

// fastBlock reads the optional block argument of the fast path: the
// positional args after the first skip of them, no keywords; ok false
// when the call is not a fast one.
func fastBlock(args []*objects.Object, skip int, kwnames *objects.Object) (block, ok bool) {
	if kwnames != nil && len(objects.TupleItems(kwnames)) > 0 {
		return false, false
	}
	switch len(args) - skip {
	case 0:
		return true, true
	case 1:
		switch args[skip] {
		case objects.True:
			return true, true
		case objects.False:
			return false, true
		}
	}
	return false, false
}

// strID is the attribute name "_id", made once (GetAttrString would make
// and free a str on every put and get).
var strID = objects.StaticStr("_id")

// selfQueueID is self._id, the queue of a Queue handle.
func selfQueueID(ts *objects.Thread, self *objects.Object) (int64, bool) {
	// Straight from the instance dict when it holds it (the Queue class
	// defines no _id descriptor; a subclass that does goes through
	// getattr, as does anything unusual).
	if t := self.Type(); t.DictPtr != nil {
		if dp := t.DictPtr(self); dp != nil && *dp != nil && (*dp).Type() == objects.DictType {
			if v, ok := objects.DictLookupStr(*dp, strID); ok && v != nil && objects.LookupTypeTS(ts, t, strID) == nil {
				return objects.IntValue64(v)
			}
		}
	}
	idObj := objects.GetAttr(ts, self, strID)
	if idObj == nil {
		ts.ClearErr()
		return 0, false
	}
	id, ok := objects.IntValue64(idObj)
	objects.Decref(ts, idObj)
	return id, ok
}

func queuePut(ts *objects.Thread, self *objects.Object, args []*objects.Object, kwnames *objects.Object) *objects.Object {
	if len(args) >= 1 {
		if block, ok := fastBlock(args, 1, kwnames); ok {
			if id, ok := selfQueueID(ts, self); ok {
				if x, ok := exportShareable(ts, args[0]); ok {
					cur, th := hostOf(ts)
					// A queue sent through a queue stays alive while the
					// item waits (as xqPut).
					cur.rt.retainQueues(&x, 1)
					c := cur.rt.putQueue(id, x, cur.ID, -1)
					if c == qOK {
						return objects.NewRef(objects.None)
					}
					cur.rt.retainQueues(&x, -1)
					if c != qFull || !block {
						return queueErr(th, id, c)
					}
				}
			}
		}
	}
	return objects.CallMethodArgs(ts, self, "_put", args, kwnames)
}

func queueGet(ts *objects.Thread, self *objects.Object, args []*objects.Object, kwnames *objects.Object) *objects.Object {
	if block, ok := fastBlock(args, 0, kwnames); ok {
		if id, ok := selfQueueID(ts, self); ok {
			cur, th := hostOf(ts)
			it, c := cur.rt.getQueueIf(id, func(s *qslot) bool { return !s.unbound && s.kind != xPickle })
			switch {
			case c == qOK:
				v := it.data.load(th)
				cur.rt.retainQueues(&it.data, -1)
				return v
			case c == qEmpty && !block, c == qNotFound:
				return queueErr(th, id, c)
			}
		}
	}
	return objects.CallMethodArgs(ts, self, "_get", args, kwnames)
}
