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
//  1. Finalize (Phase1): Python code may run. Every immortal's finalizer
//     (__del__) runs at most once while everything is intact, then the
//     finalizers of everything reachable from the immortals through their
//     Traverse slots; passes repeat until one runs no finalizer and the
//     registry stopped growing (a finalizer may rewire the graph or
//     immortalize more objects): a real fixed point, where the reference
//     implementation stops after two passes.
//  2. Clear and destroy (Phase2): no Python code may run (the VM refuses to
//     push a frame while Space.NoPython is set and counts the attempt).
//     With the heap in deferred-free mode and the free lists suspended,
//     every immortal's Clear slot drops its references, then each is given
//     a count of 1 and dropped, so its ordinary Dealloc runs; its block is
//     banked, not reused, and its count set back to immortal so that a
//     late Decref from another destructor is a no-op on the husk. A cycle
//     collection takes what that orphaned.
//  3. Release (Phase3): the banked blocks return to the heap.
//
// Classes are destroyed after every other immortal, so that an instance's
// destructor never meets a destroyed class.
package finalize
