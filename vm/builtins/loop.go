package builtins

import (
	"minipy/vm"
	"minipy/vm/objects"
)

// The eval-loop services some builtins need. vm does not export them yet;
// these interfaces name the methods of *vm.Thread they will use as soon as
// vm has them, so that nothing here has to change when it does.

// codeRunner runs a code object with the given namespaces (new reference).
type codeRunner interface {
	RunCode(code, globals, locals *objects.Object) *objects.Object
}

// frameNamespaces gives the running Python frame's namespaces: globals
// borrowed, locals a new reference (a dict snapshot of fast locals for
// functions, as CPython's locals()). Both nil when no Python frame runs.
type frameNamespaces interface {
	FrameGlobals() *objects.Object
	FrameLocals() *objects.Object
}

// importer is __import__(name, globals, locals, fromlist, level).
type importer interface {
	ImportModule(name string, globals, locals, fromlist *objects.Object, level int) *objects.Object
}

func vmThread(ts *objects.Thread) *vm.Thread { return ts.Owner.(*vm.Thread) }

func missingLoop(ts *objects.Thread, what string) *objects.Object {
	return ts.Raisef(objects.SystemError, "%s needs vm.Thread.%s, which vm does not provide yet", what, loopMethod[what])
}

var loopMethod = map[string]string{
	"exec()": "RunCode", "eval()": "RunCode", "globals()": "FrameGlobals",
	"locals()": "FrameLocals", "vars()": "FrameLocals", "dir()": "FrameLocals",
	"__import__()": "ImportModule",
}

// currentGlobals is globals() (borrowed) or nil with an error set.
func currentGlobals(ts *objects.Thread, what string) *objects.Object {
	fn, ok := any(vmThread(ts)).(frameNamespaces)
	if !ok {
		return missingLoop(ts, what)
	}
	g := fn.FrameGlobals()
	if g == nil && !ts.Occurred() {
		return ts.Raise(objects.SystemError, "no current frame")
	}
	return g
}

// currentLocals is locals() (new reference) or nil with an error set.
func currentLocals(ts *objects.Thread, what string) *objects.Object {
	fn, ok := any(vmThread(ts)).(frameNamespaces)
	if !ok {
		return missingLoop(ts, what)
	}
	l := fn.FrameLocals()
	if l == nil && !ts.Occurred() {
		return ts.Raise(objects.SystemError, "no current frame")
	}
	return l
}
