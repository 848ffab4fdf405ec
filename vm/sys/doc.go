// Package sys is minipy's sys module, made per interpreter.
//
//	is, th, err := vm.NewInterpState(space, vm.Config{Stdout: w, Stderr: e,
//	        SetupBuiltins: sys.Setup})
//
// Setup fills the builtins (vm/builtins), registers the native modules
// (vm/builtins' and vm/stdlib's) and makes the sys module, which it puts in sys.modules at once (CPython
// always has sys loaded). sys.stdout, sys.stderr and sys.stdin are
// vm/builtins text streams over the interpreter's injected writers
// (InterpState.Stdout/Stderr) and the reader given by Stdin (os.Stdin when
// unset), so a test harness can run many interpreters in one process and
// capture each one's output. They are flushed by Flush and when
// interpreter finalization releases them.
//
// Reference rule as in vm/objects. No package-level interpreter state.
// This package imports vm, vm/builtins, vm/stdlib and vm/objects; vm and vm/builtins
// must never import it.
package sys
