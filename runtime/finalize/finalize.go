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
}

// Add adds the counts of a later Phase1 run.
func (r *Result) Add(o Result) {
	r.Immortals = o.Immortals
	r.Finalized += o.Finalized
	r.Referents += o.Referents
	r.Passes += o.Passes
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

// finalizeReferents walks everything reachable from the immortals through
// Traverse and runs the finalizers not yet run; it reports how many ran.
// The walk keeps a reference to every container it marked until its end,
// so a finalizer that rewires the graph cannot free an object the walk
// still has to visit (nor one whose mark is still set). Only containers
// are walked: other objects neither traverse nor have finalizers.
func finalizeReferents(ts *objects.Thread) int {
	reg := &ts.Space.Immortals
	var seen []*Object // marked, each with a reference
	heap := ts.Space.Heap
	mark := func(o *Object) bool {
		// Static immortals (built-in types, reached from classes) belong
		// to no heap: every interpreter shares them, so the walk must not
		// write their marks (nothing to finalize there; they reference
		// only other static objects).
		if !objects.IsGCObject(o) || !heap.Owns(o.Ptr()) || !objects.MarkVisited(o) {
			return false
		}
		seen = append(seen, objects.NewRef(o))
		return true
	}
	for i := 0; i < reg.Len(); i++ {
		mark(reg.Entry(i).Obj)
	}
	ran := 0
	var c collector
	for next := 0; next < len(seen); next++ {
		o := seen[next]
		tr := o.Type().Traverse
		if tr == nil {
			continue
		}
		c.out = c.out[:0]
		tr(o, &c)
		first := len(seen)
		for _, r := range c.out {
			mark(r)
		}
		// Finalizers run only once the references are held: one may drop
		// what the traversal just reported.
		for _, r := range seen[first:] {
			if !r.IsImmortal() && objects.CallFinalizerOnce(ts, r) {
				ran++
			}
		}
	}
	for _, o := range seen {
		objects.ClearVisited(o)
	}
	for _, o := range seen {
		objects.Decref(ts, o)
	}
	return ran
}

// Phase1 runs the finalizers of the immortals and of what they reach, to a
// fixed point: passes repeat until one runs no finalizer, the registry
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
		a := finalizeImmortals(ts)
		b := finalizeReferents(ts)
		g := objects.Collect(ts, objects.NumGenerations-1)
		ts.ClearErr()
		res.Finalized += a
		res.Referents += b
		if a == 0 && b == 0 && g == 0 && reg.Len() == n {
			break
		}
	}
	res.Immortals = reg.Len()
	return res
}

// Phase2 clears and destroys every immortal with no Python code running
// (the caller refuses frames meanwhile: vm.InterpState.RefusePython). The
// heap stays in deferred-free mode until Phase3. It returns the number of
// immortals destroyed.
func Phase2(ts *objects.Thread) int {
	sp := ts.Space
	reg := &sp.Immortals
	if reg.Len() == 0 {
		return 0
	}
	sp.Heap.BeginDeferred()
	resume := objects.SuspendFreeLists(ts)
	n := reg.Len()
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
		objects.SetMortal(o, 1)
		objects.Decref(ts, o)
		// The block is banked: a later Decref of this husk by another
		// destructor must be a no-op.
		objects.SetImmortal(o)
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
