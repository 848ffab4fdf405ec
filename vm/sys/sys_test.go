package sys_test

import (
	"bytes"
	"strings"
	"testing"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
	"minipy/vm/sys"
)

// interp is one interpreter with captured output.
type interp struct {
	sp       *objects.Space
	is       *vm.InterpState
	th       *vm.Thread
	out, err bytes.Buffer
}

func newInterp(t *testing.T, stdin string) *interp {
	t.Helper()
	ip := &interp{sp: objects.NewSpace(alloc.Config{Debug: true})}
	is, th, err := vm.NewInterpState(ip.sp, vm.Config{Stdout: &ip.out, Stderr: &ip.err, Argv: []string{"prog.py", "a1"},
		Path: []string{"/x"}, SetupBuiltins: sys.SetupWith(strings.NewReader(stdin))})
	if err != nil {
		t.Fatal(err)
	}
	ip.is, ip.th = is, th
	return ip
}

// close finalizes the interpreter and checks that its heap is empty.
func (ip *interp) close(t *testing.T) {
	t.Helper()
	ip.is.Finalize(ip.th)
	objects.GCRelease(ip.th.TS)
	ip.sp.Interned.Clear(ip.th.TS)
	if n := ip.sp.Heap.AllocatedBlocks(); n != 0 {
		t.Errorf("%d blocks leaked", n)
	}
}

func run(t *testing.T, src string) (stdout, stderr string, code int) {
	t.Helper()
	ip := newInterp(t, "")
	vm.RunString(ip.th, src, "<string>")
	ip.close(t)
	return ip.out.String(), ip.err.String(), ip.is.ExitCode
}

func TestSysMinipyValues(t *testing.T) {
	out, errOut, _ := run(t, `
import sys
print(sys.getrefcount(None), sys.getrefcount(1), sys.getrefcount(()))
print(sys.version_info)
print(sys.version_info == (3, 11, 0, 'final', 0), tuple(sys.version_info))
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version.major)
print('minipy' in sys.version, sys.version.startswith('3.11'))
print(sys.argv, sys.path)
print(sys.hexversion == 0x030b00f0)
`)
	want := "3221225472 3221225472 3221225472\n" +
		"sys.version_info(major=3, minor=11, micro=0, releaselevel='final', serial=0)\n" +
		"True (3, 11, 0, 'final', 0)\n" +
		"minipy None 0\n" +
		"True True\n" +
		"['prog.py', 'a1'] ['/x']\n" +
		"True\n"
	if out != want || errOut != "" {
		t.Errorf("got\n%s\nstderr %q\nwant\n%s", out, errOut, want)
	}
}

func TestSysExit(t *testing.T) {
	for _, c := range []struct {
		src, stderr string
		code        int
	}{
		{"import sys; sys.exit()", "", 0},
		{"import sys; sys.exit(3)", "", 3},
		{"import sys; sys.exit('bye')", "bye\n", 1},
		{"exit(4)", "", 4},
		{"quit()", "", 0},
	} {
		_, errOut, code := run(t, c.src)
		if errOut != c.stderr || code != c.code {
			t.Errorf("%s: stderr %q code %d, want %q %d", c.src, errOut, code, c.stderr, c.code)
		}
	}
}

// TestStreamsPerInterpreter runs two interpreters at once, each printing
// to its own buffers, and checks block buffering: nothing reaches a
// non-terminal writer before a flush or finalization.
func TestStreamsPerInterpreter(t *testing.T) {
	a, b := newInterp(t, ""), newInterp(t, "")
	vm.RunString(a.th, "print('from a')\nimport sys\nprint('err a', file=sys.stderr)", "<string>")
	vm.RunString(b.th, "print('from b', end='')", "<string>")
	if a.out.Len() != 0 || b.out.Len() != 0 {
		t.Errorf("stdout not block-buffered: %q %q", a.out.String(), b.out.String())
	}
	if a.err.String() != "err a\n" {
		t.Errorf("stderr should be line-buffered, got %q", a.err.String())
	}
	sys.Flush(a.th)
	if a.out.String() != "from a\n" {
		t.Errorf("after Flush: %q", a.out.String())
	}
	a.close(t)
	b.close(t) // finalization flushes
	if b.out.String() != "from b" {
		t.Errorf("finalization did not flush: %q", b.out.String())
	}
}

// TestStreamLineBuffering checks a terminal stream's line buffering.
func TestStreamLineBuffering(t *testing.T) {
	ip := newInterp(t, "")
	var w bytes.Buffer
	s := builtins.NewStdStream(ip.th.TS, "<stdout>", nil, &w, true)
	str := objects.NewStr(ip.th.TS, "ab\ncd")
	r := objects.CallMethod(ip.th.TS, s, "write", str)
	if r == nil {
		t.Fatal("write failed")
	}
	objects.Decref(ip.th.TS, r)
	objects.Decref(ip.th.TS, str)
	if w.String() != "ab\ncd" {
		// CPython's line buffering flushes the whole write when it holds a newline.
		t.Errorf("line-buffered write: %q", w.String())
	}
	objects.Decref(ip.th.TS, s)
	ip.close(t)
}

func TestNativeModulesPerInterpreter(t *testing.T) {
	out, errOut, _ := run(t, `
import gc, math, time, io, sys
import math as m2
print(m2 is math, sys.modules['math'] is math, type(math).__name__)
print(math.__name__, gc.__name__, time.__name__, io.__name__)
try:
    import nosuchmodule
except ImportError as e:
    print(type(e).__name__, e)
`)
	want := "True True module\nmath gc time io\nModuleNotFoundError No module named 'nosuchmodule'\n"
	if out != want || errOut != "" {
		t.Errorf("got %q (stderr %q), want %q", out, errOut, want)
	}
}

func TestStdinInput(t *testing.T) {
	ip := newInterp(t, "hello\nworld")
	vm.RunString(ip.th, "x = input('? ')\ny = input()\nprint(repr(x), repr(y))\ntry:\n    input()\nexcept EOFError as e:\n    print('EOF', e)", "<string>")
	ip.close(t)
	if got, want := ip.out.String(), "? 'hello' 'world'\nEOF EOF when reading a line\n"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

// TestLoopBuiltinsReportMissing checks that the builtins needing the eval
// loop fail cleanly (SystemError) rather than crash while vm lacks them.
func TestLoopBuiltinsReportMissing(t *testing.T) {
	out, _, _ := run(t, `
for f in [lambda: globals(), lambda: locals(), lambda: vars(), lambda: dir(), lambda: eval('1'), lambda: exec('x = 1'), lambda: __import__('math')]:
    try:
        r = f()
        print('ok', type(r).__name__)
    except SystemError as e:
        print('SystemError', 'vm.Thread.' in str(e))
`)
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line != "SystemError True" && !strings.HasPrefix(line, "ok ") {
			t.Errorf("unexpected: %q", line)
		}
	}
}

func TestUnbuffered(t *testing.T) {
	sp := objects.NewSpace(alloc.Config{Debug: true})
	var o, e bytes.Buffer
	is, th, err := vm.NewInterpState(sp, vm.Config{Stdout: &o, Stderr: &e,
		SetupBuiltins: sys.SetupOptions(sys.Options{Unbuffered: true})})
	if err != nil {
		t.Fatal(err)
	}
	vm.RunString(th, "print('x', end='')", "<string>")
	if o.String() != "x" {
		t.Errorf("-u: stdout not written through: %q", o.String())
	}
	is.Finalize(th)
}
