// Package finalize is the end of an interpreter's life for its immortal
// objects: the "virtual GC" that runs after module teardown and the last
// cycle collection (see DESIGN.md, "Immortalization and finalization", and
// research/semantics.md §1.2).
//
// sys._immortalize puts an object in its interpreter's registry
// (objects.Space.Immortals) and pins its refcount; it is never freed while
// the program runs. Finalization then destroys the registry's objects in
// three phases, so that the heap ends with zero blocks reached only by
// decrefs and collections, never by sweeping it:
//
//  1. Finalize (Phase1): Python code may run, with everything intact.
//     A pass walks everything the immortals reach through their Traverse
//     slots, clears the weak references to all of it and runs their
//     callbacks, then runs the immortals' finalizers (__del__) not yet
//     run, then those of what they reach; a cycle collection follows.
//     Passes repeat until one runs no callback nor finalizer, the
//     collection finds nothing and the registry stopped growing (a
//     finalizer may rewire the graph or immortalize more objects): a real
//     fixed point, where the reference implementation stops after two
//     passes.
//  2. Clear and destroy (Phase2): no Python code may run (the VM refuses
//     to push a frame while Space.NoPython is set and counts the attempt;
//     weak references are cleared without callbacks). With the heap in
//     deferred-free mode and the free lists suspended, the weak references
//     to the immortals are cleared, every immortal's Clear slot drops its
//     references, then each one's destructor runs (DestroyImmortal); its
//     block is banked, not reused, and the husk is immortal again, so that
//     a late Decref from another destructor is a no-op. A cycle collection
//     takes what that orphaned.
//  3. Release (Phase3): the banked blocks return to the heap.
//
// Order: within a pass, weakref callbacks first (as CPython's collector
// calls them before finalizers), then the immortals' finalizers in the
// order they were immortalized, then the finalizers of what they reach,
// breadth first. Classes are destroyed after every other immortal, so
// that an instance's destructor never meets a destroyed class.
//
// Weak references. A weak reference whose referent phase 2 will destroy
// (an immortal, or anything an immortal reaches) is cleared in phase 1,
// and its callback runs there, exactly once, if the weak reference itself
// is still alive then: held by an immortal or by what one reaches, or by
// anything else still alive after module teardown. One that died first
// (a module global, cleared with its module) never calls back, as in
// CPython. Like the collector (handle_weakrefs), all the weak references
// to what dies are cleared before any callback or finalizer runs, so a
// __del__ of an immortal sees its own weak references dead; unlike it,
// the callback of a weak reference that is itself among the dying runs
// too, since the collector skips those only because garbage may be half
// torn down, and in phase 1 nothing is. A callback detaches from its weak
// reference (__callback__ reads None afterwards), as when a referent dies
// of its refcount. weakref.finalize objects are atexit hooks by default
// and run before phase 1, their referents alive; one with atexit=False
// does nothing after the exit hook ran (finalize's own rule). In phase 2
// a weak reference is cleared without its callback; one still attached
// then (phase 1 missed a path) is dropped and counted in
// Space.DroppedWeakrefCallbacks, which the tests require to stay zero.
package finalize
