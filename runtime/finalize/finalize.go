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
// Each object on the work list holds a reference, so a finalizer that
// rewires the graph cannot free an object the walk still has to visit.
func finalizeReferents(ts *objects.Thread) int {
	reg := &ts.Space.Immortals
	visited := make(map[*Object]struct{})
	var stack []*Object
	for i := 0; i < reg.Len(); i++ {
		o := reg.Entry(i).Obj
		if _, ok := visited[o]; ok {
			continue
		}
		visited[o] = struct{}{}
		stack = append(stack, objects.NewRef(o))
	}
	ran := 0
	var c collector
	for len(stack) > 0 {
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if tr := o.Type().Traverse; tr != nil && objects.IsGCObject(o) {
			c.out = c.out[:0]
			tr(o, &c)
			refs := make([]*Object, 0, len(c.out))
			for _, r := range c.out {
				if _, ok := visited[r]; ok {
					continue
				}
				visited[r] = struct{}{}
				refs = append(refs, objects.NewRef(r))
			}
			for _, r := range refs {
				if objects.IsGCObject(r) && !r.IsImmortal() && objects.CallFinalizerOnce(ts, r) {
					ran++
				}
				stack = append(stack, r)
			}
		}
		objects.Decref(ts, o)
	}
	return ran
}

// Phase1 runs the finalizers of the immortals and of what they reach, to a
// fixed point. Python code may run; its exceptions are reported as
// unraisable and finalization goes on.
func Phase1(ts *objects.Thread) Result {
	var res Result
	reg := &ts.Space.Immortals
	for {
		n := reg.Len()
		res.Passes++
		a := finalizeImmortals(ts)
		b := finalizeReferents(ts)
		res.Finalized += a
		res.Referents += b
		if a == 0 && b == 0 && reg.Len() == n {
			break
		}
	}
	res.Immortals = reg.Len()
	ts.ClearErr()
	return res
}

// Phase2 clears and destroys every immortal with no Python code running
// (the caller refuses frames meanwhile: vm.InterpState.RefusePython). The
// heap stays in deferred-free mode until Phase3. It returns the number of
// immortals destroyed.
func Phase2(ts *objects.Thread) int {
	sp := ts.Space
	reg := &sp.Immortals
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
