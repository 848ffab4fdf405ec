package vm

import (
	"fmt"
	"strings"

	"minipy/vm/objects"
)

// Exceptions that cannot propagate (raised by __del__, a generator's
// finalization, a collector callback) go to sys.unraisablehook, as
// CPython's PyErr_WriteUnraisable: vm/sys installs InterpState.Unraisable,
// which builds the sys.UnraisableHookArgs object and calls the hook; without
// it (the minimal builtins of tests) the default report goes to
// InterpState.Stderr.

// UnraisableFunc delivers an unraisable exception (exc, borrowed) with its
// message (errMsg, "" for the default "Exception ignored in") and the object
// concerned (obj, borrowed, may be nil) to sys.unraisablehook.
type UnraisableFunc func(th *Thread, exc *Object, errMsg string, obj *Object)

// WriteUnraisable reports the pending exception as unraisable and clears
// it (PyErr_WriteUnraisableMsg). obj is borrowed and may be nil.
func (th *Thread) WriteUnraisable(errMsg string, obj *Object) {
	ts := th.TS
	if th.lk.stopping.Load() {
		// A thread stopped by finalization reports nothing (gil.go).
		ts.ClearErr()
		return
	}
	exc := ts.FetchErr()
	if exc == nil {
		return
	}
	if tb := objects.ExcTraceback(exc); tb == nil && th.frame != nil {
		// As PyErr_WriteUnraisable: the traceback of the current frame
		// when the exception has none.
		addTraceback(ts, exc, th.frame, th.frame.pc-1)
	}
	if h := th.Interp.Unraisable; h != nil {
		h(th, exc, errMsg, obj)
	} else {
		fmt.Fprint(th.Interp.Stderr, th.FormatUnraisable(exc.Type().TypeObject(), exc, objects.ExcTraceback(exc), errMsg, obj))
	}
	objects.Decref(ts, exc)
	ts.ClearErr()
}

// onGCUnraisable is the collector's OnUnraisable: its "where" strings
// become CPython's messages.
func onGCUnraisable(ts *objects.Thread, where string, obj *Object) {
	th, ok := ts.Owner.(*Thread)
	if !ok {
		return
	}
	if where == "Exception ignored in finalizer" {
		where = "" // PyObject_CallFinalizer: "Exception ignored in: <obj>"
	}
	th.WriteUnraisable(where, obj)
}

// FormatUnraisable is the text of the default sys.unraisablehook
// (write_unraisable_exc_file): "Exception ignored in: <repr>", the
// traceback, then "Type: value". Arguments are borrowed; None or nil
// values are left out.
func (th *Thread) FormatUnraisable(excType, excValue, excTb *Object, errMsg string, obj *Object) string {
	ts := th.TS
	var b strings.Builder
	if obj != nil && obj != objects.None {
		if errMsg != "" {
			b.WriteString(errMsg + ": ")
		} else {
			b.WriteString("Exception ignored in: ")
		}
		if r := objects.Repr(ts, obj); r != nil {
			b.WriteString(objects.StrValue(r))
			objects.Decref(ts, r)
		} else {
			ts.ClearErr()
			b.WriteString("<object repr() failed>")
		}
		b.WriteString("\n")
	} else if errMsg != "" {
		b.WriteString(errMsg + ":\n")
	}
	if asTraceback(excTb) != nil {
		b.WriteString("Traceback (most recent call last):\n")
		th.formatTraceback(&b, excTb)
	}
	t := objects.AsType(excType)
	if t == nil {
		return b.String()
	}
	if t.Module != "" && t.Module != "builtins" && t.Module != "__main__" {
		b.WriteString(t.Module + ".")
	}
	name := t.QualName
	if name == "" {
		name = t.Name
	}
	b.WriteString(name)
	if excValue != nil && excValue != objects.None {
		b.WriteString(": ")
		if s := objects.StrOf(ts, excValue); s != nil {
			b.WriteString(objects.StrValue(s))
			objects.Decref(ts, s)
		} else {
			ts.ClearErr()
			b.WriteString("<exception str() failed>")
		}
	}
	b.WriteString("\n")
	return b.String()
}
