// Package vm is minipy's eval loop and the object types bound to it:
// code, function, cell, generator (and coroutine, async generator), frame,
// traceback, module, super and
// classes made at run time (heap types; their generic dunder slots are
// here), plus imports of .py modules and packages.
//
// # Shape
//
// The loop (eval.go) is a switch over []uint32 instructions (8-bit opcode,
// 24-bit argument; CPython 3.11's opcodes as lang/compiler emits them).
// Python-to-Python calls push a frame and reload inside the same loop (so
// do bound methods, f(*args) with a tuple, and a class call whose __init__
// is a Python function: Frame.dropEx and finishCall keep their operands on
// the caller's stack until the callee returns); only calls from Go (slots,
// builtins) recurse in Go. RecursionError comes from
// Thread's depth counter. Frames are pooled Go structs; their locals, cells
// and value stack are a window of the thread's chunked data stack. A slot
// that fails returns nil with the exception set on the thread; there is no
// panic or defer on the hot path. A Go panic is caught once per module run
// (Thread.protect) and becomes a SystemError naming the Go location.
//
// # Caches
//
// cache.go holds the inline caches (one entry per name of a code object:
// LOAD_GLOBAL index hints and builtins keyed by the globals' keys
// version; attribute caches keyed by the type's version tag, with an
// index hint into the instance dict); objects.LookupTypeTS is the
// per-Space type attribute cache. Whoever changes a class's dict, bases
// or MRO outside type.__setattr__ must call objects.TypeModified first.
// code.go's quicken fuses instruction pairs into superinstructions
// (opcodes 177-255 of lang/compiler's table) in the code's own copy of
// the instructions, keeping every offset.
//
// # State
//
// No package-level interpreter state. InterpState (NewInterpState,
// Finalize) holds builtins, sys.modules, the import path and the native
// module table; Thread (InterpState.NewThread) wraps an *objects.Thread
// (whose Owner is the *Thread) and holds the frame stack, data stack,
// handled-exception stack (sys.exc_info), recursion depth and the
// eval-breaker word (Thread.Interrupt sets it from any goroutine).
// Thread.Import (PyImport_ImportModule) imports a module by dotted name
// for Go code; it makes *Thread the objects.Importer that
// object.__reduce_ex__ uses to reach copyreg.
//
// # Threads and the lock
//
// InterpState.GIL is the interpreter's lock (gil.go): a thread runs Python
// code or touches objects only between Thread.Attach and Thread.Detach.
// A waiting thread sets breakGIL in the holder's breaker word after the
// switch interval; the holder hands the lock over at its next check.
// Blocking calls (Thread.Sleep, lock waits in vm/builtins) detach.
// Thread.StartThread runs a function in a new goroutine with its own
// thread state (threads.go); Finalize first joins the non-daemon threads
// (threading._shutdown) and stops the others, whose frames unwind
// without running exception handlers.
//
// # Entry points
//
//	is, th, err := vm.NewInterpState(space, vm.Config{Stdout: w, Stderr: e, SetupBuiltins: ...})
//	err = vm.RunFile(th, "script.py")   // uncaught exception: traceback on Stderr
//	vm.RunString(th, "print(1)", "<string>")
//	code := is.ExitCode                 // 0, 1, or SystemExit's code
//	is.Finalize(th)                     // afterwards the heap holds zero blocks
//
// Config.SetupBuiltins fills the builtins dict (vm/builtins); without it
// builtins_core.go installs only the types, exceptions and constants
// (vm's own tests are in package vm_test and install vm/builtins).
// InterpState.SharedNative (a table shared by interpreters) and
// InterpState.Native (the interpreter's own) map module names to Go
// module makers (sys, math, ...). Thread.FormatException
// renders an exception as CPython's excepthook does (traceback.go);
// Thread.WriteUnraisable reports an exception that cannot propagate
// through sys.unraisablehook (unraisable.go).
//
// # Frames and tracebacks
//
// A Frame gets its FrameObject on demand (frameObject: tracebacks,
// sys._getframe, gi_frame) and owns a reference to it. When the frame
// ends while somebody else still holds the frame object, the frame object
// takes ownership of the locals, function and globals (takeOwnership,
// CPython 3.11's take_ownership) and f_back becomes the caller's frame
// object: a traceback keeps its frames' locals alive until it dies, which
// is when CPython runs their __del__. Python frames and native calls share
// one recursion counter (objects.Thread.DepthPtr = &Thread.depth).
//
// # Classes
//
// __build_class__ (class.go) runs the class body with a namespace dict and
// calls the metaclass; type.__new__ reaches Thread.NewClass through
// objects.ClassMaker, which allocates the class (a heapType block) and has
// objects.ReadyHeapType lay out its instances and fill its slots. The
// generic slot functions a dunder defined in Python gets (CPython's slot_*
// functions) are in slots.go, registered with objects.SetGenericSlots.
// Classes are tracked by the cycle collector: vm installs type's Dealloc,
// Traverse and Clear and its instance layout (heapType) on
// objects.TypeType at init.
//
// # Reference rule
//
// As in vm/objects: functions borrow their arguments and return new
// references; the value stack owns what is on it.
//
// This package must never import vm/interp, vm/builtins or vm/sys; it
// imports vm/objects, runtime/alloc, lang/compiler and lang/parser.
package vm
