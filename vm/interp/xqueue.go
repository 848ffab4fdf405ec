package interp

import (
	"sort"

	"minipy/vm"
	"minipy/vm/objects"
)

// Cross-interpreter queues (_interpqueues): FIFO queues of xdata that
// live in the runtime, outside every heap, so that any interpreter puts
// and gets; a Queue handle sent to another interpreter names the same
// queue. A queue lives while some handle is bound to it. Waiting is done
// by the Python layer (10 ms polls while the lock is dropped, as
// CPython's _queues.py).

type xqueue struct {
	maxsize   int
	unboundop int // the default for put: unboundRemove, unboundError, unboundReplace
	refs      int
	items     []qitem
}

// The unbound-item operations, CPython's flags.
const (
	unboundRemove  = 1
	unboundError   = 2
	unboundReplace = 3
)

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
)

func (rt *Runtime) createQueue(maxsize, op int) int64 {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	// maxsize <= 0 is unbounded; 3.14 reports the value given.
	id := rt.nextQueue
	rt.nextQueue++
	rt.queues[id] = &xqueue{maxsize: maxsize, unboundop: op}
	return id
}

// bindQueue and releaseQueue count the handles of a queue; the last
// release destroys it.
func (rt *Runtime) bindQueue(id int64, delta int) int {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	q := rt.queues[id]
	if q == nil {
		return qNotFound
	}
	q.refs += delta
	if q.refs <= 0 && delta < 0 {
		delete(rt.queues, id)
	}
	return qOK
}

func (rt *Runtime) putQueue(id int64, x xdata, interp int64, op int) int {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	q := rt.queues[id]
	switch {
	case q == nil:
		return qNotFound
	case q.maxsize > 0 && len(q.items) >= q.maxsize:
		return qFull
	}
	if op < 0 {
		op = q.unboundop
	}
	q.items = append(q.items, qitem{data: x, interp: interp, op: op})
	return qOK
}

func (rt *Runtime) getQueue(id int64) (qitem, int) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	q := rt.queues[id]
	switch {
	case q == nil:
		return qitem{}, qNotFound
	case len(q.items) == 0:
		return qitem{}, qEmpty
	}
	it := q.items[0]
	q.items[0] = qitem{}
	q.items = q.items[1:]
	return it, qOK
}

// unbindItems handles the items put by a closed interpreter: removed, or
// marked so that get returns UNBOUND or raises ItemInterpreterDestroyed.
func (rt *Runtime) unbindItems(interp int64) {
	var dropped []xdata
	defer func() {
		// the queues those items held (retainQueues), released without
		// rt.mu held
		for i := range dropped {
			rt.retainQueues(&dropped[i], -1)
		}
	}()
	rt.mu.Lock()
	defer rt.mu.Unlock()
	for _, q := range rt.queues {
		kept := q.items[:0]
		for _, it := range q.items {
			if it.interp == interp && !it.unbound {
				dropped = append(dropped, it.data)
				if it.op == unboundRemove {
					continue
				}
				it.unbound, it.data = true, xdata{}
			}
			kept = append(kept, it)
		}
		for i := len(kept); i < len(q.items); i++ {
			q.items[i] = qitem{}
		}
		q.items = kept
	}
}

func (rt *Runtime) queueInfo(id int64) (q xqueue, ok bool) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if p := rt.queues[id]; p != nil {
		return xqueue{maxsize: p.maxsize, unboundop: p.unboundop, items: make([]qitem, len(p.items))}, true
	}
	return xqueue{}, false
}

func (rt *Runtime) queueIDs() []int64 {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	ids := make([]int64, 0, len(rt.queues))
	for id := range rt.queues {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
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
