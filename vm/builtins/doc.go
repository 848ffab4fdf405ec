// Package builtins is minipy's builtins module and its native modules
// written in Go: gc, math, time, io (with the file and stream objects
// sys.stdout and friends are made of), os with os.path (posixpath), and
// _pickle (the pickler and unpickler; pickle, copyreg and copy are
// Python source run at first import, as weakref's collections are), and
// traceback and linecache (Python source over hooks into the VM's
// exception printer, traceback.go).
// None of CPython's standard library is imported: each module is the Go
// counterpart of CPython 3.11's C module (or, for os and time.strptime,
// of the part of the Python module that ordinary scripts use).
//
// # Exactness
//
// Messages, argument forms and values follow CPython 3.11; the goldens
// under testdata/golden/builtins and testdata/golden/modules pin them.
// Floating-point results that CPython takes from glibc are computed as
// glibc does: correctly rounded elementary functions (crmath.go), glibc's
// cbrt, and CPython's own Lanczos gamma/lgamma (mathgamma.go). Layout
// numbers (object.__sizeof__, sys.getsizeof, type.__basicsize__) are
// CPython's, not minipy's Go layouts.
//
// # Per interpreter
//
// Nothing here holds interpreter state at package level: the function
// objects are static immortals (shared, never written), and every module
// object, stream and buffer is made per interpreter by Setup and the
// module makers that RegisterNative puts in a vm.NativeTable (vm/sys's
// shared one, or the interpreter's own). The vm's
// importer calls a maker the first time `import name` asks for it.
//
//	is, th, err := vm.NewInterpState(space, vm.Config{Stdout: w, Stderr: e,
//	        SetupBuiltins: sys.Setup})   // vm/sys: builtins + sys + natives
//
// # Reference rule
//
// As in vm/objects: functions borrow their arguments and return new
// references; nil (or -1) means an exception is set on the thread.
//
// # What needs the eval loop
//
// exec, eval, globals, locals, vars() and dir() without argument and
// __import__ need the running frame: they call vm.Thread's RunCode,
// FrameGlobals, FrameLocals and ImportModule, found through small
// interfaces (loop.go) so that this package builds whatever vm exports;
// a missing method gives a SystemError naming it.
//
// This package imports vm and vm/objects; it must never import vm/sys or
// vm/interp (vm/sys imports it), and vm must never import it.
package builtins
