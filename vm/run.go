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
	ok := th.protect(func() bool { return th.execSource(m, src, filename) })
	if !ok {
		th.reportUncaught()
	} else {
		is.ExitCode = 0
	}
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

// reportUncaught handles the pending exception at the top level:
// SystemExit sets the exit code, anything else prints its traceback and
// sets exit code 1.
func (th *Thread) reportUncaught() {
	ts := th.TS
	exc := ts.FetchErr()
	if exc == nil {
		return
	}
	defer objects.Decref(ts, exc)
	is := th.Interp
	if exc.Type().IsSubtype(objects.SystemExit) && !is.Inspect {
		code := objects.SystemExitCode(exc)
		switch {
		case code == objects.None:
			is.ExitCode = 0
		case objects.AsInt(code) != nil:
			v, _ := objects.IntValue64(code)
			is.ExitCode = int(v)
		default:
			s := objects.StrOf(ts, code)
			if s != nil {
				fmt.Fprintln(is.Stderr, objects.StrValue(s))
				objects.Decref(ts, s)
			}
			ts.ClearErr()
			is.ExitCode = 1
		}
		return
	}
	fmt.Fprint(is.Stderr, th.FormatException(exc))
	is.ExitCode = 1
}
