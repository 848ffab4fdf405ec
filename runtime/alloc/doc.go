// Package alloc is minipy's small-object allocator: per-interpreter heaps of
// arenas, pools and blocks in the shape of CPython's obmalloc.
package alloc
