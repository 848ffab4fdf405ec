package interp

import (
	"context"
	"errors"
	"strings"

	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// The Go API to an interpreter, for embedders and for
// concurrent.interpreters: New makes one, Exec runs source in its
// __main__, Close finalizes it and gives its heap back. Any number of
// interpreters may exist and run at the same time, each on its own
// goroutine: they share nothing but the static immortals, which nobody
// writes (docs/ARCHITECTURE.md, "Many interpreters"). One interpreter is
// used by one goroutine at a time. doc.go has an example; api_value.go
// has calls, globals and value conversion, api_run.go contexts and
// limits.

// ErrClosed is returned by the methods of a closed interpreter.
var ErrClosed = errors.New("interpreter closed")

// Error is a Python exception that reached the top of Exec, Call, Get
// or Set: its type's name, str() of the exception, and the traceback as
// Python prints it. errors.As(err, &pe) finds it; errors.Is(err,
// &Error{Type: "LookupError"}) matches an exception of that class or a
// subclass (the comparison of an Is target that has only a Type).
type Error struct {
	Type      string
	Message   string
	Traceback string
	// Classes are the names of the exception's class and its bases in
	// method resolution order, without object ("KeyError",
	// "LookupError", "Exception", "BaseException").
	Classes []string
	// Args are the exception's args converted to Go values, when they
	// all convert to plain values (no *Value); else nil.
	Args []any
}

// IsA reports whether the exception is an instance of the class named
// name (its class or one of its bases).
func (e *Error) IsA(name string) bool {
	if e.Type == name {
		return true
	}
	for _, c := range e.Classes {
		if c == name {
			return true
		}
	}
	return false
}

// Is makes errors.Is(err, &Error{Type: name}) true for an exception of
// that class or a subclass.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	if !ok || t.Message != "" || t.Traceback != "" || t.Classes != nil || t.Args != nil {
		return false
	}
	return e.IsA(t.Type)
}

func (e *Error) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// Exec runs Python source in the interpreter's __main__ module (made by
// the first Exec, or the one a Run* method made), so that successive calls
// share their globals, as Interpreter.exec of concurrent.interpreters
// does. An uncaught exception (SystemExit included) is returned as an
// *Error; nothing is printed. ExecContext is Exec that a context can
// abort.
func (in *Interpreter) Exec(src string) error {
	return in.ExecContext(context.Background(), src)
}

// pyError fetches the pending exception as an *Error.
func (in *Interpreter) pyError() error {
	ts := in.main.TS
	exc := ts.FetchErr()
	if exc == nil {
		return &Error{Type: "SystemError", Message: "error return without exception set"}
	}
	defer objects.Decref(ts, exc)
	e := &Error{Type: exc.Type().Name, Traceback: in.main.FormatException(exc)}
	for _, t := range exc.Type().MRO {
		if t != objects.ObjectType {
			e.Classes = append(e.Classes, t.Name)
		}
	}
	if args := objects.ExcArgs(exc); args != nil && objects.AsTuple(args) != nil {
		if v, err := in.toGo(args); err == nil {
			if t, ok := v.(Tuple); ok && plain(t) {
				e.Args = t
			} else {
				releaseGo(v)
			}
		}
	}
	if s := objects.StrOf(ts, exc); s != nil {
		e.Message = objects.StrValue(s)
		objects.Decref(ts, s)
	} else {
		ts.ClearErr()
		e.Message = strings.TrimSpace(e.Traceback)
	}
	return e
}

// enter attaches the calling goroutine to the interpreter's heap for the
// ownership check of the check build (alloc.Attach; nothing in the normal
// build) and returns the function that detaches it.
func (in *Interpreter) enter() func() {
	prev := alloc.Attach(in.Space.Heap)
	return func() { alloc.Restore(prev) }
}
