package vm

import (
	"fmt"

	"os"
	"path/filepath"
	"runtime"
	"strings"

	"minipy/vm/objects"
)

// RunFile runs the script at path as __main__ and reports an uncaught
// exception as CPython does (its traceback on Interp.Stderr). It returns
// a non-nil error only when the file cannot be read; the process exit
// code is then in th.Interp.ExitCode.
func RunFile(th *Thread, path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	is := th.Interp
	if is.Path == nil {
		is.Path = append([]string{filepath.Dir(path)}, pythonPath()...)
	}
	th.runMain(src, path)
	return nil
}

// RunString runs source text as __main__ (python -c).
func RunString(th *Thread, src, filename string) {
	th.runMain([]byte(src), filename)
}

func pythonPath() []string {
	var out []string
	for _, p := range filepath.SplitList(os.Getenv("PYTHONPATH")) {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// runMain executes src in a fresh __main__ module; a Go panic becomes a
// SystemError naming the Go location.
func (th *Thread) runMain(src []byte, filename string) {
	ts := th.TS
	is := th.Interp
	m := NewModule(ts, "__main__", nil)
	if m == nil {
		th.reportUncaught()
		return
	}
	d := ModuleDict(m)
	objects.DictSetItemStr(ts, d, "__builtins__", is.BuiltinsModule)
	if filename != "<string>" && filename != "<stdin>" {
		fn := objects.NewStr(ts, filename)
		objects.DictSetItemStr(ts, d, "__file__", fn)
		objects.Decref(ts, fn)
	}
	objects.DictSetItemStr(ts, is.Modules, "__main__", m)
	objects.Decref(ts, m)
	ok := th.protect(func() bool { return th.execSource(m, src, filename, nil) })
	if !ok {
		th.reportUncaught()
	} else {
		is.ExitCode = 0
	}
}

// ExecIn runs source text in module m (its dict is the globals), as the
// embedding API's Exec does; false with the exception pending on the
// thread if it raised (a Go panic becomes a SystemError).
func (th *Thread) ExecIn(m *Object, src []byte, filename string) bool {
	return th.protect(func() bool { return th.execSource(m, src, filename, nil) })
}

// protect runs fn and turns a Go panic into a SystemError.
func (th *Thread) protect(fn func() bool) (ok bool) {
	depth, frame := th.depth, th.frame
	defer func() {
		if r := recover(); r != nil {
			buf := make([]byte, 4096)
			n := runtime.Stack(buf, false)
			where := goPanicLocation(string(buf[:n]))
			// Drop the frames the panic abandoned.
			for th.frame != frame && th.frame != nil {
				f := th.frame
				th.frame = f.back
				if f.gen == nil {
					th.popFrameQuiet(f)
				}
			}
			th.depth = depth
			th.TS.Raisef(objects.SystemError, "Go panic: %v (at %s)", r, where)
			ok = false
		}
	}()
	return fn()
}

func (th *Thread) popFrameQuiet(f *Frame) {
	defer func() { recover() }()
	th.popFrame(f)
}

func goPanicLocation(stack string) string {
	lines := strings.Split(stack, "\n")
	for i, l := range lines {
		if strings.Contains(l, "panic(") && i+3 < len(lines) {
			return strings.TrimSpace(lines[i+3])
		}
	}
	return "unknown"
}

// reportUncaught handles the pending exception at the top level, as
// CPython's PyErr_PrintEx: SystemExit sets the exit code; anything else
// is stored in sys.last_type/last_value/last_traceback and given to
// sys.excepthook (CPython's messages when the hook is missing or fails),
// and the exit code becomes 1.
func (th *Thread) reportUncaught() {
	ts := th.TS
	exc := ts.FetchErr()
	if exc == nil {
		return
	}
	defer objects.Decref(ts, exc)
	is := th.Interp
	if exc.Type().IsSubtype(objects.SystemExit) && !is.Inspect {
		th.handleSystemExit(exc)
		return
	}
	is.ExitCode = 1
	// Only the exact type counts, as CPython's run_eval_code_obj.
	is.UnhandledKeyboardInterrupt = exc.Type() == objects.KeyboardInterrupt
	sysDict := th.sysDict()
	if sysDict == nil {
		// No sys module (the minimal builtins of tests).
		fmt.Fprint(is.Stderr, th.FormatException(exc))
		return
	}
	tb := objects.ExcTraceback(exc)
	if tb == nil {
		tb = objects.None
	}
	for _, kv := range [...]struct {
		k string
		v *Object
	}{{"last_type", exc.Type().TypeObject()}, {"last_value", exc}, {"last_traceback", tb}} {
		if objects.DictSetItemStr(ts, sysDict, kv.k, kv.v) < 0 {
			ts.ClearErr()
		}
	}
	hook := objects.DictGetItemStr(ts, sysDict, "excepthook")
	if hook == nil || hook == objects.None {
		th.writeStderr("sys.excepthook is missing\n")
		th.writeStderr(th.FormatException(exc))
		return
	}
	objects.Incref(hook)
	r := objects.Call(ts, hook, []*Object{exc.Type().TypeObject(), exc, tb}, nil)
	objects.Decref(ts, hook)
	if r != nil {
		objects.Decref(ts, r)
		return
	}
	exc2 := ts.FetchErr()
	if exc2 == nil {
		return
	}
	defer objects.Decref(ts, exc2)
	if exc2.Type().IsSubtype(objects.SystemExit) {
		th.handleSystemExit(exc2)
		return
	}
	th.writeStderr("Error in sys.excepthook:\n")
	th.writeStderr(th.FormatException(exc2))
	th.writeStderr("\nOriginal exception was:\n")
	th.writeStderr(th.FormatException(exc))
}

// handleSystemExit is handle_system_exit: the exit code from
// SystemExit.code; a code that is neither None nor an int is printed on
// stderr and the exit code is 1.
func (th *Thread) handleSystemExit(exc *Object) {
	ts := th.TS
	is := th.Interp
	code := objects.SystemExitCode(exc)
	switch {
	case code == objects.None:
		is.ExitCode = 0
	case objects.AsInt(code) != nil:
		v, ok := objects.IntValue64(code)
		if !ok || v != int64(int32(v)) {
			v = -1 // PyLong_AsLong overflow, as CPython's (int) cast ends
		}
		is.ExitCode = int(v)
	default:
		if s := objects.StrOf(ts, code); s != nil {
			th.writeStderr(objects.StrValue(s) + "\n")
			objects.Decref(ts, s)
		}
		ts.ClearErr()
		is.ExitCode = 1
	}
}

// sysDict is the dict of the interpreter's sys module (borrowed), or nil.
func (th *Thread) sysDict() *Object {
	return th.Interp.SysDictOf(th.TS)
}

// writeStderr writes text to sys.stderr and flushes it (PySys_WriteStderr),
// or to the interpreter's Stderr when sys.stderr is missing; nothing when
// it is None. Errors are ignored.
func (th *Thread) writeStderr(text string) {
	ts := th.TS
	saved := ts.FetchErr()
	defer func() {
		ts.ClearErr()
		if saved != nil {
			ts.SetErrSteal(saved)
		}
	}()
	var f *Object
	if d := th.sysDict(); d != nil {
		f = objects.DictGetItemStr(ts, d, "stderr")
	}
	if f == nil {
		fmt.Fprint(th.Interp.Stderr, text)
		return
	}
	if f == objects.None {
		return
	}
	objects.Incref(f)
	defer objects.Decref(ts, f)
	s := objects.NewStr(ts, text)
	if s == nil {
		return
	}
	if r := objects.CallMethod(ts, f, "write", s); r != nil {
		objects.Decref(ts, r)
	}
	objects.Decref(ts, s)
	ts.ClearErr()
	if r := objects.CallMethod(ts, f, "flush"); r != nil {
		objects.Decref(ts, r)
	}
}
