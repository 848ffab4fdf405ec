package finalize

import (
	"minipy/vm/objects"
)

// Object is the object handle.
type Object = objects.Object

// Result is what finalization did, for -X showalloc.
type Result struct {
	// Immortals is the number of objects in the registry at the end of
	// phase 1; Finalized how many of them had a finalizer run.
	Immortals, Finalized int
	// Referents is the number of finalizers run on objects reached from
	// the immortals; Passes the number of phase-1 passes.
	Referents, Passes int
	// Callbacks is the number of weakref callbacks phase 1 ran (weak
	// references to what phase 2 destroys).
	Callbacks int
	// Destroyed is the number of immortals phase 2 destroyed.
	Destroyed int
}

// Add adds the counts of a later Phase1 run.
func (r *Result) Add(o Result) {
	r.Immortals = o.Immortals
	r.Finalized += o.Finalized
	r.Referents += o.Referents
	r.Passes += o.Passes
	r.Callbacks += o.Callbacks
}

// collector gathers a Traverse's references.
type collector struct{ out []*Object }

func (c *collector) Visit(o *Object) { c.out = append(c.out, o) }

// finalizeImmortals runs the finalizer of every registered immortal that
// has not run yet; it reports how many ran.
func finalizeImmortals(ts *objects.Thread) int {
	reg := &ts.Space.Immortals
	ran := 0
	// The registry may grow while finalizers run: Len is re-read.
	for i := 0; i < reg.Len(); i++ {
		e := reg.Entry(i)
		o := e.Obj
		if !o.IsImmortal() {
			objects.SetImmortal(o) // defensive, as the reference implementation
		}
		if e.Finalized || o.Type().Finalize == nil {
			e.Finalized = true
			continue
		}
		if !objects.IsGCObject(o) {
			e.Finalized = true // no GC head to remember it: the entry does
		}
		if objects.CallFinalizerOnce(ts, o) {
			ran++
		}
		reg.Entry(i).Finalized = true
	}
	return ran
}

// walk returns everything the immortals reach through Traverse: the
// containers (the immortals first, then breadth first), and the other
// objects reached that have weak references, each with a reference, so
// that a finalizer or callback that rewires the graph cannot free an
// object still to be handled. Only containers are walked: other objects
// neither traverse nor have finalizers. The marks are cleared before it
// returns (no Python code runs during the walk).
func walk(ts *objects.Thread) (seen, weak []*Object) {
	reg := &ts.Space.Immortals
	seen = make([]*Object, 0, reg.Len()) // at least the immortals: no regrowth for them
	heap := ts.Space.Heap
	mark := func(o *Object) {
		if !objects.IsGCObject(o) {
			if objects.HasWeakrefs(ts, o) {
				weak = append(weak, objects.NewRef(o))
			}
			return
		}
		// Static immortals (built-in types, reached from classes) belong
		// to no heap: every interpreter shares them, so the walk must not
		// write their marks (nothing to finalize there; they reference
		// only other static objects).
		if heap.Owns(o.Ptr()) && objects.MarkVisited(o) {
			seen = append(seen, objects.NewRef(o))
		}
	}
	for i := 0; i < reg.Len(); i++ {
		mark(reg.Entry(i).Obj)
	}
	var c collector
	for next := 0; next < len(seen); next++ {
		tr := seen[next].Type().Traverse
		if tr == nil {
			continue
		}
		c.out = c.out[:0]
		tr(seen[next], &c)
		for _, r := range c.out {
			mark(r)
		}
	}
	for _, o := range seen {
		objects.ClearVisited(o)
	}
	return seen, weak
}

// pass is one pass of phase 1 over what phase 2 would destroy now (the
// immortals and what they reach): first the weak references to it are
// cleared and their callbacks run (as the collector's handle_weakrefs,
// before any finalizer), then the finalizers not yet run, the immortals'
// first. Everything is intact throughout. It reports how many callbacks
// and finalizers ran.
func pass(ts *objects.Thread) (callbacks, immortals, referents int) {
	seen, weak := walk(ts)
	if objects.HasAnyWeakrefs(ts) {
		dying := append(seen[:len(seen):len(seen)], weak...)
		callbacks = objects.HandleWeakrefsAtShutdown(ts, dying)
	}
	immortals = finalizeImmortals(ts)
	for _, o := range seen {
		if !o.IsImmortal() && objects.CallFinalizerOnce(ts, o) {
			referents++
		}
	}
	for _, o := range seen {
		objects.Decref(ts, o)
	}
	for _, o := range weak {
		objects.Decref(ts, o)
	}
	return callbacks, immortals, referents
}

// Phase1 runs, with everything intact, the weakref callbacks and the
// finalizers of the immortals and of what they reach, to a fixed point:
// passes repeat until one runs no callback nor finalizer, the registry
// stopped growing, and a cycle collection finds nothing (the finalizers of
// garbage it collects may immortalize more objects). Python code may run;
// its exceptions are reported as unraisable and finalization goes on.
// Calling it again later (after more Python code ran) finalizes what was
// immortalized meanwhile.
func Phase1(ts *objects.Thread) Result {
	var res Result
	reg := &ts.Space.Immortals
	if reg.Len() == 0 {
		return res // nothing immortalized: no pass, no extra collection
	}
	for {
		n := reg.Len()
		res.Passes++
		w, a, b := pass(ts)
		g := objects.Collect(ts, objects.NumGenerations-1)
		ts.ClearErr()
		res.Callbacks += w
		res.Finalized += a
		res.Referents += b
		if w == 0 && a == 0 && b == 0 && g == 0 && reg.Len() == n {
			break
		}
	}
	res.Immortals = reg.Len()
	return res
}

// Phase2 clears and destroys every immortal with no Python code running
// (the caller refuses frames meanwhile: vm.InterpState.RefusePython; Phase2
// itself sets Space.NoPython, so that weak references are cleared without
// callbacks even when called alone). The heap stays in deferred-free mode
// until Phase3. It returns the number of immortals destroyed.
func Phase2(ts *objects.Thread) int {
	sp := ts.Space
	reg := &sp.Immortals
	if reg.Len() == 0 {
		return 0
	}
	// No Python code from here on: weak references are cleared without
	// their callbacks (ClearWeakrefsOf, the collector), even when the
	// caller did not refuse Python code itself.
	wasNoPython := sp.NoPython
	sp.NoPython = true
	defer func() { sp.NoPython = wasNoPython }()
	sp.Heap.BeginDeferred()
	resume := objects.SuspendFreeLists(ts)
	n := reg.Len()
	// The weak references to the immortals go first, without callbacks
	// (phase 1 ran them; one attached since is dropped and counted):
	// nothing can reach a husk through one.
	for i := 0; i < n; i++ {
		objects.ClearWeakrefsNoCallback(ts, reg.Entry(i).Obj)
	}
	// Pass A: break every reference an immortal holds. Other immortals stay
	// immortal meanwhile, so only mortal objects die here.
	for i := 0; i < n; i++ {
		o := reg.Entry(i).Obj
		if cl := o.Type().Clear; cl != nil && objects.IsGCObject(o) {
			cl(ts, o)
		}
	}
	// Pass B: destroy them, classes last (an instance's dealloc reads its
	// class).
	destroy := func(o *Object) {
		objects.MarkFinalized(o) // finalized in phase 1 (or has no finalizer)
		objects.DestroyImmortal(ts, o)
	}
	for i := 0; i < n; i++ {
		if o := reg.Entry(i).Obj; objects.AsType(o) == nil {
			destroy(o)
		}
	}
	for i := n - 1; i >= 0; i-- {
		if o := reg.Entry(i).Obj; objects.AsType(o) != nil {
			destroy(o)
		}
	}
	objects.Collect(ts, objects.NumGenerations-1)
	ts.ClearErr()
	resume()
	reg.Reset()
	return n
}

// Phase3 frees the blocks banked since Phase2.
func Phase3(ts *objects.Thread) {
	if ts.Space.Heap.Deferred() {
		ts.Space.Heap.EndDeferred()
	}
}
