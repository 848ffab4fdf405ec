package interp

import (
	"errors"
	"strings"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
)

// The Go API to an interpreter, for embedders and (later) for
// concurrent.interpreters: New makes one, Exec runs source in its
// __main__, Close finalizes it and gives its heap back. Any number of
// interpreters may exist and run at the same time, each on its own
// goroutine: they share nothing but the static immortals, which nobody
// writes (docs/ARCHITECTURE.md, "Many interpreters"). One interpreter is
// used by one goroutine at a time (until it has a lock of its own).
//
//	in, err := interp.New(interp.Config{Stdout: &out})
//	if err != nil { ... }
//	defer in.Close()
//	if err := in.Exec("x = 6 * 7\nprint(x)"); err != nil {
//		var pe *interp.Error
//		errors.As(err, &pe) // pe.Type == "ZeroDivisionError", pe.Traceback, ...
//	}

// ErrClosed is returned by the methods of a closed interpreter.
var ErrClosed = errors.New("interpreter closed")

// Error is a Python exception that reached the top of Exec: its type's
// name, str() of the exception, and the traceback as Python prints it.
type Error struct {
	Type      string
	Message   string
	Traceback string
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
// *Error; nothing is printed.
func (in *Interpreter) Exec(src string) error {
	if in.closed {
		return ErrClosed
	}
	defer in.enter()()
	th := in.main
	ts := th.TS
	m := objects.DictGetItemStr(ts, in.State.Modules, "__main__")
	if m == nil || vm.ModuleDict(m) == nil {
		m = vm.NewModule(ts, "__main__", nil)
		if m == nil {
			return in.pyError()
		}
		objects.DictSetItemStr(ts, vm.ModuleDict(m), "__builtins__", in.State.BuiltinsModule)
		r := objects.DictSetItemStr(ts, in.State.Modules, "__main__", m)
		objects.Decref(ts, m)
		if r < 0 {
			return in.pyError()
		}
	}
	objects.Incref(m) // the module may leave sys.modules while it runs
	defer objects.Decref(ts, m)
	if !th.ExecIn(m, []byte(src), "<string>") {
		return in.pyError()
	}
	return nil
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
