package interp

import (
	"fmt"
	"sort"

	"minipy/vm"
	"minipy/vm/objects"
)

// The functions of _interpreters and _interpqueues.

type obj = objects.Object

func def(name string, fn objects.MethodFn) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: fn, Flags: objects.MethStatic}
}

var interpretersDefs []*objects.MethodDef

func interpretersTable() []*objects.MethodDef {
	return []*objects.MethodDef{
		def("create", xiCreate),
		def("destroy", xiDestroy),
		def("list_all", xiListAll),
		def("get_current", xiGetCurrent),
		def("get_main", xiGetMain),
		def("whence", xiWhence),
		def("is_running", xiIsRunning),
		def("incref", xiIncref),
		def("decref", xiDecref),
		def("set___main___attrs", xiSetMainAttrs),
		def("exec", xiExec),
		def("call", xiCall),
		def("is_shareable", xiIsShareable),
	}
}

func pair(ts *objects.Thread, id int64, whence int) *obj {
	return objects.NewTupleSteal(ts, objects.NewInt(ts, id), objects.NewInt(ts, int64(whence)))
}

func xiCreate(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	var cfgArg, reqrefs *obj
	if !objects.ParseArgs(ts, "create", args, kwnames, []string{"config", "*", "reqrefs"}, 0, &cfgArg, &reqrefs) {
		return nil
	}
	cur, th := hostOf(ts)
	in, err := cur.rt.createSub(th, cur)
	if err != nil {
		return raiseXI(th, "_interpreters", "InterpreterError", "interpreter creation failed")
	}
	return objects.NewInt(ts, in.ID)
}

func xiDestroy(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	var idObj, restrict *obj
	if !objects.ParseArgs(ts, "destroy", args, kwnames, []string{"id", "*", "restrict"}, 1, &idObj, &restrict) {
		return nil
	}
	id, ok := argID(ts, idObj)
	if !ok {
		return nil
	}
	cur, th := hostOf(ts)
	if cls, msg := cur.rt.destroy(th, cur, id, restrict != nil && objects.IsTrue(ts, restrict) == 1); cls != "" {
		return raiseXI(th, "_interpreters", cls, msg)
	}
	return objects.NewRef(objects.None)
}

func xiListAll(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	var ready *obj
	if !objects.ParseArgs(ts, "list_all", args, kwnames, []string{"*", "require_ready"}, 0, &ready) {
		return nil
	}
	cur, _ := hostOf(ts)
	rt := cur.rt
	rt.mu.Lock()
	ids := make([]int64, 0, len(rt.interps))
	whence := map[int64]int{}
	for id, e := range rt.interps {
		ids = append(ids, id)
		whence[id] = e.whence
	}
	rt.mu.Unlock()
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	items := make([]*obj, 0, len(ids))
	for _, id := range ids {
		p := pair(ts, id, whence[id])
		if p == nil {
			for _, it := range items {
				objects.Decref(ts, it)
			}
			return nil
		}
		items = append(items, p)
	}
	return objects.NewListSteal(ts, items)
}

func xiGetCurrent(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	cur, _ := hostOf(ts)
	e, _ := cur.rt.lookup(cur.ID)
	w := whenceUnknown
	if e != nil {
		w = e.whence
	}
	return pair(ts, cur.ID, w)
}

func xiGetMain(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	cur, _ := hostOf(ts)
	return pair(ts, cur.rt.main.ID, whenceRuntime)
}

// entryArg resolves the interpreter id argument of fname.
func entryArg(ts *objects.Thread, fname string, args []*obj, kwnames *obj) (*xentry, *Interpreter, *vm.Thread) {
	var idObj *obj
	if !objects.ParseArgs(ts, fname, args, kwnames, []string{"id"}, 1, &idObj) {
		return nil, nil, nil
	}
	cur, th := hostOf(ts)
	id, ok := argID(ts, idObj)
	if !ok {
		return nil, nil, nil
	}
	e, msg := cur.rt.lookup(id)
	if e == nil {
		raiseXI(th, "_interpreters", "InterpreterNotFoundError", msg)
	}
	return e, cur, th
}

func xiWhence(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	e, cur, _ := entryArg(ts, "whence", args, kwnames)
	if e == nil {
		return nil
	}
	cur.rt.mu.Lock()
	w := e.whence
	cur.rt.mu.Unlock()
	return objects.NewInt(ts, int64(w))
}

func xiIsRunning(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	e, cur, _ := entryArg(ts, "is_running", args, kwnames)
	if e == nil {
		return nil
	}
	cur.rt.mu.Lock()
	// The main interpreter runs its __main__ for the whole program.
	r := e.running || e.in == cur || e.whence == whenceRuntime
	cur.rt.mu.Unlock()
	return newBool(r)
}

func xiIncref(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	e, cur, _ := entryArg(ts, "incref", args, kwnames)
	if e == nil {
		return nil
	}
	cur.rt.mu.Lock()
	e.refs++
	cur.rt.mu.Unlock()
	return objects.NewRef(objects.None)
}

// xiDecref releases a handle's reference: at zero the interpreter is
// closed, unless it runs (it is then closed with the main one).
func xiDecref(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	var idObj *obj
	if !objects.ParseArgs(ts, "decref", args, kwnames, []string{"id"}, 1, &idObj) {
		return nil
	}
	id, ok := argID(ts, idObj)
	if !ok {
		return nil
	}
	cur, th := hostOf(ts)
	// An interpreter already closed: nothing to release (a handle's
	// __del__ at shutdown, when the exception classes may be gone).
	e, _ := cur.rt.lookup(id)
	if e == nil {
		return objects.NewRef(objects.None)
	}
	rt := cur.rt
	rt.mu.Lock()
	e.refs--
	last := e.refs <= 0 && !e.running && e.in != cur && e.whence == whenceStdlib && rt.interps[e.in.ID] == e
	rt.mu.Unlock()
	if last {
		rt.destroy(th, cur, e.in.ID, false)
	}
	return objects.NewRef(objects.None)
}

func xiIsShareable(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	var o *obj
	if !objects.ParseArgs(ts, "is_shareable", args, kwnames, []string{"obj"}, 1, &o) {
		return nil
	}
	return newBool(isShareable(ts, o))
}

func xiSetMainAttrs(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	var idObj, ns, restrict *obj
	if !objects.ParseArgs(ts, "set___main___attrs", args, kwnames, []string{"id", "updates", "*", "restrict"}, 2, &idObj, &ns, &restrict) {
		return nil
	}
	cur, th := hostOf(ts)
	if !resolveTarget(th, cur, idObj, "cannot update __main__ for") {
		return nil
	}
	if objects.AsDict(ns) == nil || objects.DictLen(ns) == 0 {
		return ts.Raise(objects.ValueError, "arg 2 must be a non-empty dict")
	}
	type kv struct {
		k string
		v xdata
	}
	var vals []kv
	pos := 0
	for {
		k, v, ok := objects.DictNext(ns, &pos)
		if !ok {
			break
		}
		if objects.AsStr(k) == nil {
			return ts.Raise(objects.TypeError, "bad argument type for built-in operation")
		}
		x, ok := exportShareable(ts, v)
		if !ok {
			r := objects.Repr(ts, v)
			if r == nil {
				return nil
			}
			msg := objects.StrValue(r) + " does not support cross-interpreter data"
			objects.Decref(ts, r)
			return raiseXI(th, "_interpreters", "NotShareableError", msg)
		}
		vals = append(vals, kv{objects.StrValue(k), x})
	}
	e := targetFor(th, cur, idObj, "cannot update __main__ for")
	if e == nil {
		return nil
	}
	var fail *excInfo
	cur.rt.switchTo(th, e.in, func(tth *vm.Thread) {
		tts := tth.TS
		g := mainDict(tth)
		if g == nil {
			fail = captureExc(tth)
			return
		}
		for _, p := range vals {
			v := p.v.load(tth)
			if v == nil || objects.DictSetItemStr(tts, g, p.k, v) < 0 {
				objects.XDecref(tts, v)
				fail = captureExc(tth)
				return
			}
			objects.Decref(tts, v)
		}
	})
	cur.rt.doneRunning(e)
	if fail != nil {
		return ts.Raisef(objects.RuntimeError, "%s", fail.formatted)
	}
	return objects.NewRef(objects.None)
}

func xiExec(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	var idObj, code, restrict *obj
	if !objects.ParseArgs(ts, "exec", args, kwnames, []string{"id", "code", "shared", "*", "restrict"}, 2, &idObj, &code, new(*obj), &restrict) {
		return nil
	}
	cur, th := hostOf(ts)
	if !resolveTarget(th, cur, idObj, "cannot exec code for") {
		return nil
	}
	c := scriptCode(th, code)
	if c == nil {
		return nil
	}
	e := targetFor(th, cur, idObj, "cannot exec code for")
	if e == nil {
		return nil
	}
	var fail *excInfo
	cur.rt.switchTo(th, e.in, func(tth *vm.Thread) { fail = runCode(tth, c) })
	cur.rt.doneRunning(e)
	return fail.object(ts)
}

// xiCall is _interpreters.call(id, callable, args, kwargs): it returns
// (result, None) or (None, excinfo).
func xiCall(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	var idObj, fn, cargs, ckw, restrict *obj
	if !objects.ParseArgs(ts, "call", args, kwnames, []string{"id", "callable", "args", "kwargs", "*", "preserve_exc", "restrict"}, 2, &idObj, &fn, &cargs, &ckw, new(*obj), &restrict) {
		return nil
	}
	cur, th := hostOf(ts)
	if !resolveTarget(th, cur, idObj, "cannot make a call in") {
		return nil
	}
	if !objects.IsCallable(fn) {
		r := objects.Repr(ts, fn)
		if r == nil {
			return nil
		}
		ts.Raisef(objects.TypeError, "expected a callable, got %s", objects.StrValue(r))
		objects.Decref(ts, r)
		return nil
	}
	// The callable: a function without closure as its code, anything
	// else by pickle.
	fx, ok := xdata{}, false
	if !importableFunc(th, fn) {
		fx, ok = exportFunc(th, fn)
	}
	if !ok {
		if ts.Occurred() {
			return nil
		}
		if fn.Type() == vm.FunctionType && !importableFunc(th, fn) {
			return raiseXI(th, "_interpreters", "NotShareableError", "only stateless functions are shareable")
		}
		if fx, ok = exportValue(th, fn); !ok {
			return raiseChained(th, "NotShareableError", "func not shareable")
		}
	}
	var ax []xdata
	if cargs != nil && cargs != objects.None {
		if objects.AsTuple(cargs) == nil {
			return ts.Raise(objects.TypeError, "args must be a tuple")
		}
		for _, a := range objects.TupleItems(cargs) {
			x, ok := exportValue(th, a)
			if !ok {
				// As 3.14: "<args> does not support ...", caused by the
				// same error for the argument.
				ts.ClearErr()
				notShareable(th, a)
				return raiseChainedRepr(th, cargs)
			}
			ax = append(ax, x)
		}
	}
	var kx []xdata
	var knames []string
	if ckw != nil && ckw != objects.None {
		if objects.AsDict(ckw) == nil {
			return ts.Raise(objects.TypeError, "kwargs must be a dict")
		}
		pos := 0
		for {
			k, v, ok := objects.DictNext(ckw, &pos)
			if !ok {
				break
			}
			x, ok := exportValue(th, v)
			if !ok {
				ts.ClearErr()
				notShareable(th, v)
				return raiseChainedRepr(th, ckw)
			}
			knames = append(knames, objects.StrValue(k))
			kx = append(kx, x)
		}
	}
	e := targetFor(th, cur, idObj, "cannot make a call in")
	if e == nil {
		return nil
	}
	var fail *excInfo
	var res xdata
	var stage int
	cur.rt.switchTo(th, e.in, func(tth *vm.Thread) {
		fail, res, stage = callIn(tth, &fx, ax, knames, kx)
	})
	cur.rt.doneRunning(e)
	if fail != nil && stage == stageResult {
		return raiseXI(th, "_interpreters", "NotShareableError", "object does not support cross-interpreter data")
	}
	if fail != nil && stage != stageCall {
		// What could not be made over there (a pickle naming a class of
		// the caller's __main__) was not shareable, as 3.14 reports it:
		// the receiver's error becomes an Exception chained as the cause.
		if s := objects.NewStr(ts, fail.formatted); s != nil {
			ts.RaiseArgSteal(objects.Exception, s)
		}
		what := "args not shareable"
		if stage == stageFunc {
			what = "func not shareable"
		}
		return raiseChained(th, "NotShareableError", what)
	}
	if fail != nil {
		return objects.NewTupleSteal(ts, objects.NewRef(objects.None), fail.object(ts))
	}
	r := res.load(th)
	cur.rt.retainQueues(&res, -1)
	if r == nil {
		return nil
	}
	return objects.NewTupleSteal(ts, r, objects.NewRef(objects.None))
}

// The stages of callIn: where it failed.
const (
	stageFunc = iota
	stageArgs
	stageCall
	stageResult
)

// callIn makes the callable and arguments in th's interpreter, calls, and
// sends the result back.
func callIn(th *vm.Thread, fx *xdata, ax []xdata, knames []string, kx []xdata) (fail *excInfo, res xdata, stage int) {
	ts := th.TS
	var all []*obj
	defer func() {
		for _, o := range all {
			objects.XDecref(ts, o)
		}
	}()
	f := fx.load(th)
	if f == nil {
		return captureExc(th), xdata{}, stageFunc
	}
	all = append(all, f)
	stage = stageArgs
	for i := range ax {
		a := ax[i].load(th)
		if a == nil {
			return captureExc(th), xdata{}, stage
		}
		all = append(all, a)
	}
	for i := range kx {
		a := kx[i].load(th)
		if a == nil {
			return captureExc(th), xdata{}, stage
		}
		all = append(all, a)
	}
	var kw *obj
	if len(knames) > 0 {
		names := make([]*obj, len(knames))
		for i, n := range knames {
			if names[i] = objects.NewStr(ts, n); names[i] == nil {
				for _, x := range names[:i] {
					objects.Decref(ts, x)
				}
				return captureExc(th), xdata{}, stage
			}
		}
		if kw = objects.NewTupleSteal(ts, names...); kw == nil {
			return captureExc(th), xdata{}, stage
		}
		defer objects.Decref(ts, kw)
	}
	stage = stageCall
	saved := th.RunningMain
	th.RunningMain = mainDict(th)
	r := objects.Call(ts, f, all[1:], kw)
	th.RunningMain = saved
	if r == nil {
		return captureExc(th), xdata{}, stage
	}
	defer objects.Decref(ts, r)
	// A function returned (one of this __main__) goes back as its code,
	// as 3.14 sends a stateless function.
	x, ok := xdata{}, false
	if !importableFunc(th, r) {
		x, ok = exportFunc(th, r)
	}
	if !ok {
		ts.ClearErr()
		x, ok = exportValue(th, r)
	}
	if !ok {
		return captureExc(th), xdata{}, stageResult
	}
	// A queue made here outlives its handle here (released with r) until
	// the caller holds its own: xiCall releases it after loading.
	if in, _ := hostOf(ts); in != nil {
		in.rt.retainQueues(&x, 1)
	}
	return nil, x, stage
}

var interpqueuesDefs []*objects.MethodDef

func interpqueuesTable() []*objects.MethodDef {
	return []*objects.MethodDef{
		def("create", xqCreate),
		def("bind", xqBind),
		def("release", xqRelease),
		def("put", xqPut),
		def("get", xqGet),
		def("get_maxsize", xqGetMaxsize),
		def("get_queue_defaults", xqDefaults),
		def("get_count", xqCount),
		def("is_full", xqIsFull),
		def("list_all", xqListAll),
	}
}

func newBool(b bool) *obj {
	if b {
		return objects.NewRef(objects.True)
	}
	return objects.NewRef(objects.False)
}

func qid(ts *objects.Thread, o *obj) (int64, bool) {
	return idArg(ts, o, "queue ID", "max queue ID is 9223372036854775807, got %s")
}

// queueErr raises the exception of a queue status code.
func queueErr(th *vm.Thread, id int64, code int) *obj {
	switch code {
	case qFull:
		return raiseXI(th, "_interpqueues", "_QueueFull", fmt.Sprintf("queue %d is full", id))
	case qEmpty:
		return raiseXI(th, "_interpqueues", "_QueueEmpty", fmt.Sprintf("queue %d is empty", id))
	}
	return raiseXI(th, "_interpqueues", "QueueNotFoundError", fmt.Sprintf("queue %d not found", id))
}

func xqCreate(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	var ms, op, fallback *obj
	if !objects.ParseArgs(ts, "create", args, kwnames, []string{"maxsize", "unboundop", "fallback"}, 1, &ms, &op, &fallback) {
		return nil
	}
	m, ok := objects.AsInt64(ts, ms)
	if !ok {
		return nil
	}
	o, f, ok := queueOpts(ts, op, fallback)
	if !ok {
		return nil
	}
	cur, _ := hostOf(ts)
	return objects.NewInt(ts, cur.rt.createQueue(int(m), o, f))
}

// queueOpts reads the unboundop and fallback arguments of create and put
// as 3.14 does: ints, a negative (or missing) one meaning the default
// (for create: replace and xidata-only; for put: the queue's), any other
// value than 1-3 and 0-1 a ValueError, the unboundop checked first.
func queueOpts(ts *objects.Thread, op, fallback *obj) (int, int, bool) {
	o, f := int64(-1), int64(-1)
	var ok bool
	if op != nil {
		if o, ok = objects.AsInt64(ts, op); !ok {
			return 0, 0, false
		}
	}
	if fallback != nil {
		if f, ok = objects.AsInt64(ts, fallback); !ok {
			return 0, 0, false
		}
	}
	if o >= 0 && (o < unboundRemove || o > unboundReplace) {
		ts.Raisef(objects.ValueError, "unsupported unboundop %d", o)
		return 0, 0, false
	}
	if f > 1 {
		ts.Raisef(objects.ValueError, "unsupported fallback %d", f)
		return 0, 0, false
	}
	return int(max(o, -1)), int(max(f, -1)), true
}

func oneQueue(ts *objects.Thread, fname string, args []*obj, kwnames *obj) (int64, *Interpreter, *vm.Thread, bool) {
	var idObj *obj
	if !objects.ParseArgs(ts, fname, args, kwnames, []string{"qid"}, 1, &idObj) {
		return 0, nil, nil, false
	}
	id, ok := qid(ts, idObj)
	cur, th := hostOf(ts)
	return id, cur, th, ok
}

func xqBind(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	id, cur, th, ok := oneQueue(ts, "bind", args, kwnames)
	if !ok {
		return nil
	}
	if c := cur.rt.bindQueue(id, 1); c != qOK {
		return queueErr(th, id, c)
	}
	return objects.NewRef(objects.None)
}

func xqRelease(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	id, cur, th, ok := oneQueue(ts, "release", args, kwnames)
	if !ok {
		return nil
	}
	// As 3.14: an unknown queue is an error (a handle keeps its queue
	// alive, so Queue.__del__ never meets one).
	if c := cur.rt.bindQueue(id, -1); c != qOK {
		return queueErr(th, id, c)
	}
	return objects.NewRef(objects.None)
}

func xqPut(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	var idObj, o, op, fallback *obj
	if !objects.ParseArgs(ts, "put", args, kwnames, []string{"qid", "obj", "unboundop", "fallback"}, 2, &idObj, &o, &op, &fallback) {
		return nil
	}
	id, ok := qid(ts, idObj)
	if !ok {
		return nil
	}
	// The fallback (how a value without cross-interpreter data would be
	// sent) is checked only: minipy sends such values by pickle anyway.
	u, _, ok := queueOpts(ts, op, fallback)
	if !ok {
		return nil
	}
	cur, th := hostOf(ts)
	x, ok := xdata{}, false
	if !importableFunc(th, o) {
		x, ok = exportFunc(th, o)
	}
	if !ok {
		x, ok = exportValue(th, o)
	}
	if !ok {
		ts.ClearErr()
		return notShareable(th, o)
	}
	// A queue sent through a queue stays alive while the item waits (3.14:
	// the item's data holds a reference to it).
	cur.rt.retainQueues(&x, 1)
	if c := cur.rt.putQueue(id, x, cur.ID, int(u)); c != qOK {
		cur.rt.retainQueues(&x, -1)
		return queueErr(th, id, c)
	}
	return objects.NewRef(objects.None)
}

func xqGet(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	id, cur, th, ok := oneQueue(ts, "get", args, kwnames)
	if !ok {
		return nil
	}
	it, c := cur.rt.getQueue(id)
	if c != qOK {
		return queueErr(th, id, c)
	}
	if it.unbound {
		return objects.NewTupleSteal(ts, objects.NewRef(objects.None), objects.NewInt(ts, int64(it.op)))
	}
	v := it.data.load(th)
	cur.rt.retainQueues(&it.data, -1)
	if v == nil {
		return nil
	}
	return objects.NewTupleSteal(ts, v, objects.NewRef(objects.None))
}

// queueQuery is the shape of the _interpqueues functions that read one
// queue's state: its id argument resolved, then f of a snapshot of it
// (QueueNotFoundError when it is gone).
func queueQuery(ts *objects.Thread, fname string, args []*obj, kwnames *obj, f func(q qinfo) *obj) *obj {
	id, cur, th, ok := oneQueue(ts, fname, args, kwnames)
	if !ok {
		return nil
	}
	q, found := cur.rt.queueInfo(id)
	if !found {
		return queueErr(th, id, qNotFound)
	}
	return f(q)
}

func xqGetMaxsize(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	return queueQuery(ts, "get_maxsize", args, kwnames, func(q qinfo) *obj {
		return objects.NewInt(ts, int64(q.maxsize))
	})
}

func xqDefaults(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	return queueQuery(ts, "get_queue_defaults", args, kwnames, func(q qinfo) *obj {
		return objects.NewTupleSteal(ts, objects.NewInt(ts, int64(q.unboundop)), objects.NewInt(ts, int64(q.fallback)))
	})
}

func xqCount(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	return queueQuery(ts, "get_count", args, kwnames, func(q qinfo) *obj {
		return objects.NewInt(ts, int64(q.count))
	})
}

func xqIsFull(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	return queueQuery(ts, "is_full", args, kwnames, func(q qinfo) *obj {
		return newBool(q.maxsize > 0 && q.count >= q.maxsize)
	})
}

func xqListAll(ts *objects.Thread, _ *obj, args []*obj, kwnames *obj) *obj {
	cur, _ := hostOf(ts)
	var items []*obj
	for _, id := range cur.rt.queueIDs() {
		q, found := cur.rt.queueInfo(id)
		if !found {
			continue
		}
		t := objects.NewTupleSteal(ts, objects.NewInt(ts, id), objects.NewInt(ts, int64(q.unboundop)), objects.NewInt(ts, int64(q.fallback)))
		if t == nil {
			for _, it := range items {
				objects.Decref(ts, it)
			}
			return nil
		}
		items = append(items, t)
	}
	return objects.NewListSteal(ts, items)
}

// notShareable raises NotShareableError("<repr> does not support
// cross-interpreter data"), 3.14's message.
func notShareable(th *vm.Thread, o *obj) *obj {
	ts := th.TS
	r := objects.Repr(ts, o)
	if r == nil {
		return nil
	}
	msg := objects.StrValue(r) + " does not support cross-interpreter data"
	objects.Decref(ts, r)
	return raiseXI(th, "_interpreters", "NotShareableError", msg)
}

// raiseChainedRepr raises notShareable(o) caused by the pending
// exception.
func raiseChainedRepr(th *vm.Thread, o *obj) *obj {
	ts := th.TS
	cause := ts.FetchErr()
	notShareable(th, o)
	if cause != nil {
		if exc := ts.FetchErr(); exc != nil {
			objects.SetAttrString(ts, exc, "__cause__", cause)
			ts.SetErrSteal(exc)
		}
		objects.Decref(ts, cause)
	}
	return nil
}
