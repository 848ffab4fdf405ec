package objects

import (
	"math/rand"
	"testing"
	"unsafe"

	"minipy/runtime/alloc"
)

// gcTestObj is a test-only container with a finalizer: it holds one
// reference (ref), counts its finalizer calls in *finalized, and, when
// resurrect is set, appends itself to that list from its finalizer.
type gcTestObj struct {
	GCObject
	ref       *Object
	resurrect *Object
	finalized *int
}

var gcTestObjClass = alloc.NewClass[gcTestObj]("gctestobj")

var gcTestObjType = &Type{Name: "gctestobj", Flags: FlagHaveGC}

func init() {
	t := gcTestObjType
	t.Dealloc = func(ts *Thread, o *Object) {
		if CallFinalizerFromDealloc(ts, o) {
			return
		}
		p := (*gcTestObj)(unsafePointer(o))
		gcUntrack(ts, o)
		Clear(ts, &p.ref)
		Clear(ts, &p.resurrect)
		freeObject(ts, gcTestObjClass, p)
	}
	t.Traverse = func(o *Object, v Visitor) {
		p := (*gcTestObj)(unsafePointer(o))
		if p.ref != nil {
			v.Visit(p.ref)
		}
		if p.resurrect != nil {
			v.Visit(p.resurrect)
		}
	}
	t.Clear = func(ts *Thread, o *Object) {
		p := (*gcTestObj)(unsafePointer(o))
		Clear(ts, &p.ref)
	}
	t.Finalize = func(ts *Thread, o *Object) {
		p := (*gcTestObj)(unsafePointer(o))
		*p.finalized++
		if p.resurrect != nil {
			ListAppend(ts, p.resurrect, o)
		}
	}
	registerStatic(t)
}

func newGCTestObj(ts *Thread, ref *Object, counter *int) *Object {
	p := newObject(ts, gcTestObjClass, gcTestObjType)
	p.ref = XNewRef(ref)
	p.finalized = counter
	gcTrack(ts, &p.Object)
	return &p.Object
}

// gcTestSpace is a space whose heap must be empty at the end of the test
// (no collection is run for the test: every cycle must have been freed).
func gcTestSpace(t *testing.T) *Thread {
	sp := NewSpace(alloc.Config{Debug: true})
	ts := sp.NewThread()
	t.Cleanup(func() {
		if ts.Occurred() {
			t.Errorf("exception left pending")
		}
		GCRelease(ts)
		if n := sp.Heap.AllocatedBlocks(); n != 0 {
			t.Errorf("heap holds %d blocks at the end of the test", n)
		}
		if s := sp.Heap.Stats(); s.Payload != 0 {
			t.Errorf("heap payload is %d bytes at the end of the test", s.Payload)
		}
	})
	return ts
}

// TestGCCollectCounts builds cycles through each container and checks
// what Collect returns against gc.collect() in python3.
func TestGCCollectCounts(t *testing.T) {
	setup := `import gc
gc.disable()
def run(build):
    gc.collect()
    build()
    return gc.collect()
def listself():
    l = []; l.append(l)
def dictself():
    d = {}; d[1] = d
def tuplecycle():
    l = []; t = (l, 1); l.append(t)
def mixed():
    a = [1, 2]; d = {'a': a}; s = set([tuple([3, 4])]); t = (d, s); a.append(t)
def chain():
    l = [[[]]]; l[0][0].append(l)
def nocycle():
    l = [[1], (2, [3]), {4: [5]}]
def keepalive():
    global KEEP
    l = []; l.append(l); KEEP = l
`
	exprs := []string{"run(listself)", "run(dictself)", "run(tuplecycle)", "run(mixed)", "run(chain)", "run(nocycle)", "run(keepalive)"}
	want := ctrPython(t, setup, exprs)
	ts := gcTestSpace(t)
	var keep *Object
	builds := []func(){
		func() { l := NewList(ts); ListAppend(ts, l, l); Decref(ts, l) },
		func() { d := NewDict(ts); DictSetItem(ts, d, NewInt(ts, 1), d); Decref(ts, d) },
		func() {
			l := NewList(ts)
			tup := NewTuple(ts, l, NewInt(ts, 1))
			ListAppend(ts, l, tup)
			Decref(ts, tup)
			Decref(ts, l)
		},
		func() {
			a := NewList(ts, NewInt(ts, 1), NewInt(ts, 2))
			d := NewDict(ts)
			k := NewStr(ts, "a")
			DictSetItem(ts, d, k, a)
			Decref(ts, k)
			p := NewTuple(ts, NewInt(ts, 3), NewInt(ts, 4))
			pl := NewList(ts, p)
			s := NewSet(ts, pl)
			tup := NewTuple(ts, d, s)
			ListAppend(ts, a, tup)
			for _, o := range []*Object{tup, s, pl, p, d, a} {
				Decref(ts, o)
			}
		},
		func() {
			inner := NewList(ts)
			mid := NewList(ts, inner)
			l := NewList(ts, mid)
			ListAppend(ts, inner, l)
			Decref(ts, inner)
			Decref(ts, mid)
			Decref(ts, l)
		},
		func() {
			a, b, c := NewList(ts, NewInt(ts, 1)), NewList(ts, NewInt(ts, 3)), NewList(ts, NewInt(ts, 5))
			t2 := NewTuple(ts, NewInt(ts, 2), b)
			d := NewDict(ts)
			DictSetItem(ts, d, NewInt(ts, 4), c)
			l := NewList(ts, a, t2, d)
			for _, o := range []*Object{l, d, t2, c, b, a} {
				Decref(ts, o)
			}
		},
		func() { l := NewList(ts); ListAppend(ts, l, l); keep = l },
	}
	for i, b := range builds {
		Collect(ts, 2)
		b()
		got := Collect(ts, 2)
		if want[i] != itoa(got) {
			t.Errorf("%s: Collect found %d, python3 %s", exprs[i], got, want[i])
		}
	}
	// The kept cycle survives; dropping it makes it collectable.
	if n := len(ListItems(keep)); n != 1 || ListItems(keep)[0] != keep {
		t.Errorf("kept list damaged: %d items", n)
	}
	Decref(ts, keep)
	if n := Collect(ts, 2); n != 1 {
		t.Errorf("dropped kept cycle: Collect found %d, want 1", n)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

// TestGCSetCycle: a set holding an object that holds the set (sets hold
// only hashable objects; the test type hashes by identity).
func TestGCSetCycle(t *testing.T) {
	ts := gcTestSpace(t)
	var n int
	o := newGCTestObj(ts, nil, &n)
	l := NewList(ts, o)
	s := NewSet(ts, l)
	if s == nil {
		t.Fatalf("set of the test object: %v", ts.FetchErr())
	}
	Decref(ts, l)
	(*gcTestObj)(unsafePointer(o)).ref = NewRef(s)
	fs := NewFrozenSet(ts, s) // and a frozenset in the cycle
	DictSetItem(ts, gcTestNewDict(ts, o), fs, fs)
	Decref(ts, fs)
	Decref(ts, s)
	Decref(ts, o)
	if got := Collect(ts, 2); got != 5 {
		t.Errorf("Collect found %d, want 5 (set, frozenset, dict, tuple, object)", got)
	}
}

// gcTestNewDict gives a test object a dict held in a tuple with its set.
func gcTestNewDict(ts *Thread, o *Object) *Object {
	p := (*gcTestObj)(unsafePointer(o))
	d := NewDict(ts)
	tup := NewTuple(ts, p.ref, d)
	Decref(ts, d)
	old := p.ref
	p.ref = tup
	Decref(ts, old)
	return d
}

// TestGCFinalizerOnce: a finalizer in a cycle runs exactly once, and the
// object is freed.
func TestGCFinalizerOnce(t *testing.T) {
	ts := gcTestSpace(t)
	var n1, n2 int
	a := newGCTestObj(ts, nil, &n1)
	b := newGCTestObj(ts, a, &n2)
	(*gcTestObj)(unsafePointer(a)).ref = NewRef(b) // a <-> b
	Decref(ts, a)
	Decref(ts, b)
	if n1 != 0 || n2 != 0 {
		t.Fatalf("finalizers ran before collection: %d %d", n1, n2)
	}
	if got := Collect(ts, 2); got != 2 {
		t.Errorf("Collect found %d, want 2", got)
	}
	if n1 != 1 || n2 != 1 {
		t.Errorf("finalizers ran %d and %d times, want 1 and 1", n1, n2)
	}
	// Without a cycle, dealloc runs the finalizer once too.
	var n3 int
	c := newGCTestObj(ts, nil, &n3)
	Decref(ts, c)
	if n3 != 1 {
		t.Errorf("dealloc ran the finalizer %d times", n3)
	}
}

// TestGCResurrection: a finalizer that stores its object in a list keeps it
// alive and intact; once dropped again it is collected without a second
// finalizer call.
func TestGCResurrection(t *testing.T) {
	ts := gcTestSpace(t)
	var n int
	saved := NewList(ts)
	a := newGCTestObj(ts, nil, &n)
	inner := NewList(ts, a) // a -> inner -> a
	pa := (*gcTestObj)(unsafePointer(a))
	pa.ref = inner
	pa.resurrect = NewRef(saved)
	Decref(ts, a)
	got := Collect(ts, 2)
	if n != 1 {
		t.Fatalf("finalizer ran %d times, want 1", n)
	}
	if got != 0 {
		t.Errorf("Collect found %d with the cycle resurrected, want 0", got)
	}
	if len(ListItems(saved)) != 1 || ListItems(saved)[0] != a {
		t.Fatalf("object not resurrected into the list")
	}
	// The resurrected object and its cycle are intact.
	if pa.ref != inner || len(ListItems(inner)) != 1 || ListItems(inner)[0] != a {
		t.Fatalf("resurrected object was cleared")
	}
	if !GCIsTracked(a) || !GCIsFinalized(a) {
		t.Errorf("resurrected object: tracked %v finalized %v", GCIsTracked(a), GCIsFinalized(a))
	}
	// Drop it again: collected, the finalizer does not run twice.
	Clear(ts, &pa.resurrect)
	(*List)(unsafePointer(saved)).clearItems(ts)
	if got := Collect(ts, 2); got != 2 {
		t.Errorf("second Collect found %d, want 2", got)
	}
	if n != 1 {
		t.Errorf("finalizer ran %d times in all, want 1", n)
	}
	Decref(ts, saved)
}

// TestGCRandomGraphs builds random graphs of lists, dicts, tuples, sets and
// finalizer objects, drops every outside reference and checks that one
// collection frees everything and runs each finalizer once.
func TestGCRandomGraphs(t *testing.T) {
	for seed := int64(1); seed <= 20; seed++ {
		ts := gcTestSpace(t)
		rng := rand.New(rand.NewSource(seed))
		n := 50 + rng.Intn(150)
		var objs []*Object
		counters := make([]int, n)
		fins := 0
		for i := 0; i < n; i++ {
			var o *Object
			switch rng.Intn(4) {
			case 0:
				o = NewList(ts)
			case 1:
				o = NewDict(ts)
			case 2:
				o = newGCTestObj(ts, nil, &counters[i])
				fins++
			case 3:
				o = NewSet(ts, nil)
			}
			objs = append(objs, o)
		}
		for e := 0; e < n*2; e++ {
			a, b := objs[rng.Intn(n)], objs[rng.Intn(n)]
			switch {
			case AsList(a) != nil:
				ListAppend(ts, a, b)
			case AsDict(a) != nil:
				k := NewInt(ts, int64(e))
				DictSetItem(ts, a, k, b)
				Decref(ts, k)
			case a.typ == gcTestObjType:
				p := (*gcTestObj)(unsafePointer(a))
				if p.ref == nil {
					p.ref = NewRef(b)
				} else if t2 := NewTuple(ts, p.ref, b); t2 != nil {
					old := p.ref
					p.ref = t2
					Decref(ts, old)
				}
			default:
				// Sets hold only hashable things: a tuple naming b.
				tb := NewTupleSteal(ts, NewInt(ts, int64(e)), NewRef(b))
				if SetAdd(ts, a, tb) < 0 {
					ts.ClearErr()
				}
				Decref(ts, tb)
			}
		}
		for _, o := range objs {
			Decref(ts, o)
		}
		Collect(ts, 2)
		for i, c := range counters {
			if c > 1 {
				t.Errorf("seed %d: finalizer %d ran %d times", seed, i, c)
			}
		}
		total := 0
		for _, c := range counters {
			total += c
		}
		if total != fins {
			t.Errorf("seed %d: %d finalizers ran of %d", seed, total, fins)
		}
		GCRelease(ts)
		if b := ts.Space.Heap.AllocatedBlocks(); b != 0 {
			t.Fatalf("seed %d: %d blocks left after Collect:\n%s", seed, b, ts.Space.Heap.LeakReport(func(class string, p unsafe.Pointer) string {
				o := (*Object)(p)
				return o.typ.Name + " refcnt " + itoa(int(o.hdr.Refcnt)) + " tracked " + itoa(btoi(GCIsTracked(o)))
			}, 5))
		}
	}
}

func TestGCModuleSurface(t *testing.T) {
	ts := gcTestSpace(t)
	if !GCIsEnabled(ts) {
		t.Error("gc not enabled at start")
	}
	if th := GCGetThreshold(ts); th != [3]int{700, 10, 10} {
		t.Errorf("thresholds %v", th)
	}
	Collect(ts, 2)
	base := GCGetCount(ts)
	if base != [3]int{0, 0, 0} {
		t.Errorf("count after full collection %v", base)
	}
	// Counts follow allocations of containers, as CPython's.
	var ls []*Object
	for i := 0; i < 5; i++ {
		ls = append(ls, NewList(ts))
	}
	if c := GCGetCount(ts); c[0] != 5 {
		t.Errorf("count after 5 lists: %v", c)
	}
	Decref(ts, ls[4])
	ls = ls[:4]
	if c := GCGetCount(ts); c[0] != 4 {
		t.Errorf("count after freeing one: %v", c)
	}
	Collect(ts, 0)
	if c := GCGetCount(ts); c != [3]int{0, 1, 0} {
		t.Errorf("count after collecting gen 0: %v", c)
	}
	// Tracking: empty dicts and dicts of atoms are not tracked; lists are.
	d := NewDict(ts)
	one := NewInt(ts, 1)
	DictSetItem(ts, d, one, one)
	if GCIsTracked(d) {
		t.Error("dict of atoms tracked")
	}
	DictSetItem(ts, d, one, ls[0])
	if !GCIsTracked(d) || !GCIsTracked(ls[0]) {
		t.Error("dict of a list or list not tracked")
	}
	tup := NewTuple(ts, one, one)
	if !GCIsTracked(tup) {
		t.Error("new tuple not tracked")
	}
	Collect(ts, 2)
	if GCIsTracked(tup) {
		t.Error("tuple of atoms still tracked after a collection")
	}
	if GCIsTracked(one) || GCIsTracked(IntType.TypeObject()) {
		t.Error("atom or static type tracked")
	}
	// get_referents / get_referrers.
	refs := GCGetReferents(ts, []*Object{d})
	if items := ListItems(refs); len(items) != 2 || items[0] != one || items[1] != ls[0] {
		t.Errorf("get_referents(d) = %d items", len(items))
	}
	Decref(ts, refs)
	rr := GCGetReferrers(ts, []*Object{ls[0]})
	if items := ListItems(rr); len(items) != 1 || items[0] != d {
		t.Errorf("get_referrers(l) = %d items", len(items))
	}
	Decref(ts, rr)
	// get_objects sees the tracked containers, not itself.
	objs := GCGetObjects(ts, -1)
	seen := map[*Object]bool{}
	for _, o := range ListItems(objs) {
		seen[o] = true
	}
	if !seen[d] || !seen[ls[1]] || seen[objs] || seen[tup] {
		t.Errorf("get_objects: d %v list %v itself %v tuple %v", seen[d], seen[ls[1]], seen[objs], seen[tup])
	}
	Decref(ts, objs)
	if GCGetObjects(ts, 3) != nil {
		t.Error("get_objects(3) did not fail")
	}
	ts.ClearErr()
	// freeze keeps objects out of collections.
	GCFreeze(ts)
	if GCGetFreezeCount(ts) == 0 {
		t.Error("freeze moved nothing")
	}
	GCUnfreeze(ts)
	if GCGetFreezeCount(ts) != 0 {
		t.Error("unfreeze left objects")
	}
	// set_threshold and the automatic collection at a safe point.
	GCSetThreshold(ts, 3)
	due := 0
	ts.Space.GC.OnDue = func() { due++ }
	cyc := func() {
		l := NewList(ts)
		ListAppend(ts, l, l)
		Decref(ts, l)
	}
	for i := 0; i < 4; i++ {
		cyc()
	}
	if due != 1 {
		t.Errorf("OnDue called %d times", due)
	}
	if n := CollectIfDue(ts); n != 4 {
		t.Errorf("CollectIfDue found %d, want 4", n)
	}
	if CollectIfDue(ts) != 0 {
		t.Error("second CollectIfDue collected")
	}
	GCDisable(ts)
	for i := 0; i < 5; i++ {
		cyc()
	}
	if n := CollectIfDue(ts); n != 0 {
		t.Errorf("disabled gc collected %d", n)
	}
	GCEnable(ts)
	if n := Collect(ts, 2); n != 5 {
		t.Errorf("Collect found %d, want 5", n)
	}
	st := GCGetStats(ts)
	if st[2].Collections == 0 || st[2].Collected < 5 {
		t.Errorf("stats %+v", st)
	}
	// DEBUG_SAVEALL keeps garbage in gc.garbage.
	GCSetDebug(ts, GCDebugSaveAll)
	cyc()
	Collect(ts, 2)
	if g := ListItems(GCGarbage(ts)); len(g) != 1 || AsList(g[0]) == nil {
		t.Errorf("gc.garbage has %d items", len(g))
	}
	GCSetDebug(ts, 0)
	(*List)(unsafePointer(GCGarbage(ts))).clearItems(ts)
	Collect(ts, 2)
	// Callbacks get ("start", info) and ("stop", info).
	var phases []string
	def := &MethodDef{Name: "cb", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		info := args[1]
		phases = append(phases, StrValue(args[0])+":"+itoa(int(gcTestIntOrZero(DictGetItemStr(ts, info, "collected")))))
		return None
	}}
	cb := NewBuiltinFunction(ts, def, nil, nil)
	ListAppend(ts, GCCallbacks(ts), cb)
	Decref(ts, cb)
	cyc()
	Collect(ts, 1)
	if len(phases) != 2 || phases[0] != "start:0" || phases[1] != "stop:1" {
		t.Errorf("callback phases %v", phases)
	}
	for _, l := range ls {
		Decref(ts, l)
	}
	Decref(ts, d)
	Decref(ts, one)
	Decref(ts, tup)
}

// gcTestIntOrZero is the int64 value of an int object, or 0.
func gcTestIntOrZero(o *Object) int64 {
	if o == nil {
		return 0
	}
	v, _ := IntValue64(o)
	return v
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestGCTrashcanDeepNesting frees a million nested lists, tuples and dicts
// without exhausting the Go stack.
func TestGCTrashcanDeepNesting(t *testing.T) {
	ts := gcTestSpace(t)
	o := NewList(ts)
	for i := 0; i < 1000000; i++ {
		var n *Object
		switch i % 3 {
		case 0:
			n = NewList(ts, o)
		case 1:
			n = NewTuple(ts, o)
		default:
			n = NewDict(ts)
			DictSetItem(ts, n, None, o)
		}
		Decref(ts, o)
		o = n
	}
	Decref(ts, o)
	if c := GCGetCount(ts)[0]; c != 0 {
		t.Errorf("gen 0 count %d after freeing everything", c)
	}
}
