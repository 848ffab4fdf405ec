package finalize_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"minipy/runtime/alloc"
	"minipy/runtime/finalize"
	"minipy/vm/interp"
	"minipy/vm/objects"
)

// weakGraph is a space with weak references around immortals, built
// without the VM: the callbacks are Go functions, so a call is seen even
// where no Python frame would be pushed (the VM's refusal of Python code
// in phase 2 catches frames only).
type weakGraph struct {
	sp    *objects.Space
	ts    *objects.Thread
	phase string
	calls []string // "phase:name" for each callback call
	keep  []*objects.Object
	w3, u *objects.Object
}

func newWeakGraph(t *testing.T) *weakGraph {
	g := &weakGraph{sp: objects.NewSpace(alloc.Config{Debug: true}), phase: "runtime"}
	ts := g.sp.NewThread()
	g.ts = ts
	cbDef := &objects.MethodDef{Name: "cb", Fn: func(ts *objects.Thread, self *objects.Object, args []*objects.Object, kw *objects.Object) *objects.Object {
		if len(args) != 1 || objects.WeakrefGet(args[0]) != nil {
			t.Errorf("callback called with %d args, referent cleared: %v", len(args), len(args) == 1 && objects.WeakrefGet(args[0]) == nil)
		}
		g.calls = append(g.calls, g.phase+":"+objects.StrValue(self))
		return objects.NewRef(objects.None)
	}}
	callback := func(name string) *objects.Object {
		s := objects.NewStr(ts, name)
		f := objects.NewBuiltinFunction(ts, cbDef, s, nil)
		objects.Decref(ts, s)
		return f
	}
	target := func(name string) *objects.Object {
		return objects.NewBuiltinFunction(ts, &objects.MethodDef{Name: name}, nil, nil)
	}
	weak := func(o *objects.Object, cbName string) *objects.Object {
		var cb *objects.Object
		if cbName != "" {
			cb = callback(cbName)
			defer objects.Decref(ts, cb)
		}
		w := objects.NewWeakref(ts, objects.WeakrefType, o, cb)
		if w == nil {
			t.Fatal("NewWeakref failed")
		}
		return w
	}
	// imm: an immortal with a weak reference whose callback must run.
	imm := target("imm")
	objects.Immortalize(ts, imm)
	// holder: an immortal list holding a mortal (weakly referenced with
	// a callback) and the two weak references.
	holder := objects.NewList(ts)
	objects.Immortalize(ts, holder)
	mortal := target("mortal")
	objects.ListAppend(ts, holder, mortal)
	objects.Decref(ts, mortal)
	for _, w := range []*objects.Object{weak(imm, "imm"), weak(mortal, "mortal")} {
		objects.ListAppend(ts, holder, w)
		g.keep = append(g.keep, w) // alive whatever order holder dies in
	}
	// w3: a weak reference without callback to the immortal, held here.
	g.w3 = weak(imm, "")
	// u: a mortal nothing immortal reaches, with a weak reference (held
	// by the immortal list) whose callback runs when u dies, not before.
	g.u = target("u")
	wu := weak(g.u, "u")
	objects.ListAppend(ts, holder, wu)
	objects.Decref(ts, wu)
	return g
}

// release drops what the test held and checks that the heap is empty.
func (g *weakGraph) release(t *testing.T) {
	objects.Decref(g.ts, g.w3)
	for _, w := range g.keep {
		objects.Decref(g.ts, w)
	}
	if g.u != nil {
		objects.Decref(g.ts, g.u)
	}
	objects.ClearFreeLists(g.ts)
	if n := g.sp.Heap.AllocatedBlocks(); n != 0 {
		t.Fatalf("%d blocks left", n)
	}
}

// TestPhase1Weakrefs: phase 1 clears the weak references to what phase 2
// will destroy (an immortal and a mortal it holds) and runs their
// callbacks, once, with everything intact; a mortal that nothing immortal
// reaches keeps its weak reference; phase 2 then calls nothing.
func TestPhase1Weakrefs(t *testing.T) {
	g := newWeakGraph(t)
	ts := g.ts
	g.phase = "phase1"
	res := finalize.Phase1(ts)
	got := slices.Clone(g.calls)
	slices.Sort(got)
	if want := []string{"phase1:imm", "phase1:mortal"}; !slices.Equal(got, want) || res.Callbacks != 2 {
		t.Fatalf("phase 1 callbacks %v (Result.Callbacks %d), want %v", got, res.Callbacks, want)
	}
	if objects.WeakrefGet(g.w3) != nil {
		t.Fatal("the weak reference to the immortal is still alive after phase 1")
	}
	if res := finalize.Phase1(ts); res.Callbacks != 0 || len(g.calls) != 2 {
		t.Fatalf("a second phase 1 ran callbacks again: %+v, %v", res, g.calls)
	}
	// u dies of its refcount: its callback runs then, as at run time.
	g.phase = "runtime"
	objects.Decref(ts, g.u)
	g.u = nil
	if len(g.calls) != 3 || g.calls[2] != "runtime:u" {
		t.Fatalf("calls %v, want runtime:u last", g.calls)
	}
	g.phase = "phase2"
	finalize.Phase2(ts)
	if len(g.calls) != 3 || g.sp.DroppedWeakrefCallbacks != 0 {
		t.Fatalf("phase 2 called %v, dropped %d callbacks", g.calls[3:], g.sp.DroppedWeakrefCallbacks)
	}
	if g.sp.NoPython {
		t.Fatal("Phase2 left NoPython set")
	}
	finalize.Phase3(ts)
	g.release(t)
}

// TestPhase2WeakrefsNoCallback: phase 2 on its own (phase 1 skipped)
// clears weak references without calling a single callback, both those to
// the immortals and those to the mortals their clearing orphans; it counts
// what it dropped.
func TestPhase2WeakrefsNoCallback(t *testing.T) {
	g := newWeakGraph(t)
	ts := g.ts
	// u is not the immortals': it dies now, with Python code allowed, so
	// that only the immortals and what they hold are left for phase 2.
	g.phase = "runtime"
	objects.Decref(ts, g.u)
	g.u = nil
	g.calls = nil
	g.phase = "phase2"
	if n := finalize.Phase2(ts); n != 2 {
		t.Fatalf("Phase2 destroyed %d immortals, want 2", n)
	}
	if len(g.calls) != 0 {
		t.Fatalf("phase 2 called weakref callbacks: %v", g.calls)
	}
	if g.sp.DroppedWeakrefCallbacks != 2 {
		t.Fatalf("dropped %d callbacks, want 2 (the immortal's and the mortal's)", g.sp.DroppedWeakrefCallbacks)
	}
	if objects.WeakrefGet(g.w3) != nil {
		t.Fatal("the weak reference to the destroyed immortal is still alive")
	}
	finalize.Phase3(ts)
	g.release(t)
}

// TestWeakrefCallbacksAtShutdown: in a whole interpreter, callbacks of
// weak references to immortals and to mortals they hold run in phase 1,
// exactly once, before the __del__s (as the collector's handle_weakrefs
// before its finalizers), Python ones and built-in ones alike; a weak
// reference that died before its referent never calls back; phase 2 runs
// and drops nothing. The module-level weak reference is still alive in
// phase 1: the immortal reaches __main__'s dict (O.__del__.__globals__),
// so the module teardown, which wipes only the modules still alive (as
// CPython's finalize_modules), leaves that dict whole; its callback comes
// first, the newest weak reference with a callback heading the list.
func TestWeakrefCallbacksAtShutdown(t *testing.T) {
	src := `
import sys, weakref
log = []
sys._immortalize(log)
class O:
    def __init__(self, n):
        self.n, self.log = n, log
    def __del__(self):
        print("del", self.n, len(self.log))
def cb(name):
    return lambda w: print("cb", name, w() is None)
a = O("a")
m = O("m")
a.m = m
a.refs = [weakref.ref(a, cb("a")), weakref.ref(m, cb("m")), weakref.ref(a, log.append)]
sys._immortalize(a)
gone = weakref.ref(a, cb("never"))
del gone
mortal_ref = weakref.ref(a, cb("module-level"))
del a, m
print("end")
`
	var out, errb bytes.Buffer
	in, err := interp.New(interp.Config{Debug: true, Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	in.RunString(src, "<test>")
	if err := in.Close(); err != nil {
		t.Fatal(err)
	}
	want := "end\ncb module-level True\ncb a True\ncb m True\ndel a 1\ndel m 1\n"
	if out.String() != want || errb.String() != "" {
		t.Fatalf("stdout %q, want %q; stderr %q", out.String(), want, errb.String())
	}
	if in.Space.NoPythonViolations != 0 || in.Space.DroppedWeakrefCallbacks != 0 {
		t.Fatalf("phase 2: %d Python runs, %d dropped callbacks", in.Space.NoPythonViolations, in.Space.DroppedWeakrefCallbacks)
	}
	if f := in.State.Final; f.Callbacks != 4 {
		t.Fatalf("Result.Callbacks = %d, want 4", f.Callbacks)
	}
}
