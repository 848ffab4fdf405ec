// Package objects is minipy's object model: the object header, reference
// counting, the type object with its slots, and every built-in type.
//
// # Handles and the header
//
// An object is reached through *Object, a concrete pointer to its header
// (refcount, allocator word, type), as PyObject* is in CPython. Each concrete
// type's struct embeds Object as its first field and is reached by a checked
// cast after a type test (see the As* helpers). The handle is not a Go
// interface: research/vm-prototype.md measured an interface handle 1.7–1.9×
// slower, because Decref through it never inlines.
//
// # The reference rule
//
// One rule everywhere: a function borrows its arguments and returns a new
// reference. Containers own their items. Helpers that steal a reference say so
// in their name (…Steal). A slot or helper that fails returns nil (or -1 for
// int results) with the exception set on the Thread; no panics for Python
// errors. A Go panic is a minipy bug.
//
// # Immortals
//
// An immortal object's refcount is ImmortalRefcnt (3<<30, what CPython 3.14's
// sys.getrefcount reports); Incref and Decref treat any count whose int32 view
// is negative as immortal and leave it alone (one compare, no write). The
// static immortals (None, True, False, NotImplemented, Ellipsis, small ints
// -5..256, (), ”, b”, one-character latin-1 strs, one-byte bytes and every
// built-in type) are process-wide Go values shared by all interpreters, which
// is safe exactly because nobody writes them.
//
// # Interpreter state
//
// There is no package-level interpreter state. Everything an operation needs
// comes through the *Thread argument: its Space (the interpreter's object
// space: heap, cycle collector, per-interpreter data of static types) and its
// pending exception. Package-level variables hold only immutable data built
// at init (static types, static immortals, tables).
//
// This package must never import vm, vm/interp, vm/builtins, vm/sys or
// lang/parser/compiler; it may import runtime/alloc, lang/literal and
// lang/unicodedata.
package objects
