package objects

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"minipy/runtime/alloc"
)

// Helpers for the tests of the type machinery, the generic protocol and the
// exceptions: a space whose heap must be empty at the end of the test, and
// a bridge to python3 (CPython 3.11, the reference) that evaluates Python
// expressions and reports each result as the Go side does.

// typeTestSpace makes a debug space and thread and checks, when the test
// ends, that no exception is pending and every block was freed.
func typeTestSpace(t testing.TB) *Thread {
	t.Helper()
	sp := NewSpace(alloc.Config{Debug: true})
	ts := sp.NewThread()
	t.Cleanup(func() {
		if ts.Occurred() {
			t.Errorf("exception left pending: %s", typeTestErr(ts))
		}
		if n := sp.Heap.AllocatedBlocks(); n != 0 {
			t.Errorf("heap holds %d blocks at the end of the test", n)
		}
	})
	return ts
}

// typeTestPython evaluates each expression with python3 and returns, per
// expression, "repr(value)" or "!! Type: message". Without python3 3.11 the
// test is skipped, except under CI=true where it fails.
func typeTestPython(t testing.TB, setup string, exprs []string) []string {
	t.Helper()
	var b strings.Builder
	b.WriteString("import sys\n")
	b.WriteString(setup + "\n")
	b.WriteString("def _show(src):\n")
	b.WriteString("    try:\n        r = repr(eval(src))\n")
	b.WriteString("    except BaseException as e:\n        r = '!! ' + type(e).__name__ + ': ' + str(e)\n")
	b.WriteString("    print(ascii(r))\n")
	for _, e := range exprs {
		b.WriteString("_show(" + strconv.Quote(e) + ")\n")
	}
	if err := exec.Command("python3", "-c", "import sys; assert sys.version_info[:2] == (3, 11)").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3 3.11 is needed: %v", err)
		}
		t.Skipf("python3 3.11 not available: %v", err)
	}
	cmd := exec.Command("python3", "-c", b.String())
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 failed: %v\n%s", err, b.String())
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) != len(exprs) {
		t.Fatalf("python3 printed %d lines for %d expressions", len(lines), len(exprs))
	}
	for i, l := range lines {
		// ascii() output is a Python str literal; decode it.
		s, err := typeTestUnquote(l)
		if err != nil {
			t.Fatalf("cannot read python3 output %q: %v", l, err)
		}
		lines[i] = s
	}
	return lines
}

// typeTestUnquote reads a Python ascii() string literal.
func typeTestUnquote(l string) (string, error) {
	if len(l) < 2 {
		return "", fmt.Errorf("short literal")
	}
	q := l[0]
	body := l[1 : len(l)-1]
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		switch body[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '\\', '\'', '"':
			b.WriteByte(body[i])
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[body[i]]
			v, err := strconv.ParseUint(body[i+1:i+1+n], 16, 32)
			if err != nil {
				return "", err
			}
			b.WriteRune(rune(v))
			i += n
		default:
			return "", fmt.Errorf("escape \\%c", body[i])
		}
	}
	_ = q
	return b.String(), nil
}

// typeTestShow is the Go side of _show: the repr of r (a new reference,
// released), or the pending exception as "!! Type: message".
func typeTestShow(ts *Thread, r *Object) string {
	if r == nil {
		return typeTestErr(ts)
	}
	defer Decref(ts, r)
	s := Repr(ts, r)
	if s == nil {
		return "repr failed: " + typeTestErr(ts)
	}
	defer Decref(ts, s)
	return StrValue(s)
}

// typeTestErr takes the pending exception and formats it as _show does.
func typeTestErr(ts *Thread) string {
	e := ts.FetchErr()
	if e == nil {
		return "!! <no exception>"
	}
	defer Decref(ts, e)
	s := StrOf(ts, e)
	if s == nil {
		ts.ClearErr()
		return "!! " + TypeName(e) + ": <str failed>"
	}
	defer Decref(ts, s)
	return "!! " + TypeName(e) + ": " + StrValue(s)
}

// Builders for Go-side expressions.

func typeTestStr(ts *Thread, s string) *Object { return NewStr(ts, s) }

// typeTestAttr is getattr(o, name).
func typeTestAttr(ts *Thread, o *Object, name string) *Object { return GetAttrString(ts, o, name) }

// typeTestCallKw calls f with positional args and keyword pairs "name", value.
// f and the arguments are stolen (released after the call); a nil f means
// an exception is pending.
func typeTestCallKw(ts *Thread, f *Object, args []*Object, kw ...any) *Object {
	if f == nil {
		for _, a := range args {
			Decref(ts, a)
		}
		return nil
	}
	defer Decref(ts, f)
	var names []*Object
	all := append([]*Object(nil), args...)
	for i := 0; i < len(kw); i += 2 {
		names = append(names, NewStr(ts, kw[i].(string)))
		all = append(all, kw[i+1].(*Object))
	}
	var kwnames *Object
	if len(names) > 0 {
		kwnames = NewTupleSteal(ts, names...)
	}
	r := Call(ts, f, all, kwnames)
	for _, a := range all {
		Decref(ts, a)
	}
	XDecref(ts, kwnames)
	return r
}

// typeTestCall calls f(args...), stealing f and the arguments.
func typeTestCall(ts *Thread, f *Object, args ...*Object) *Object {
	return typeTestCallKw(ts, f, args)
}

// typeTestCompare checks Go results against python3's for the same cases.
type typeTestCase struct {
	py  string
	go_ func(ts *Thread) string
}

func typeTestRun(t *testing.T, setup string, cases []typeTestCase) {
	t.Helper()
	ts := typeTestSpace(t)
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.py
	}
	want := typeTestPython(t, setup, exprs)
	for i, c := range cases {
		got := c.go_(ts)
		if ts.Occurred() {
			t.Errorf("%s: exception left pending: %s", c.py, typeTestErr(ts))
		}
		if typeTestNoAddr(got) != typeTestNoAddr(want[i]) {
			t.Errorf("%s:\n got  %q\n want %q", c.py, got, want[i])
		}
	}
}

// typeTestNoAddr removes " at 0x..." addresses from a repr.
func typeTestNoAddr(s string) string {
	for {
		i := strings.Index(s, " at 0x")
		if i < 0 {
			return s
		}
		j := i + len(" at 0x")
		for j < len(s) && strings.IndexByte("0123456789abcdef", s[j]) >= 0 {
			j++
		}
		s = s[:i] + s[j:]
	}
}
