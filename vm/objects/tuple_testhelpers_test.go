package objects

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"minipy/runtime/alloc"
)

// Test helpers for the containers and the cycle collector: a space whose
// heap must be empty at the end of each test, an arena of owned references
// released at the end, builders for Go-side values, and a bridge to python3
// (CPython 3.11, the reference) evaluating the same cases.

type ctrT struct {
	t     testing.TB
	ts    *Thread
	owned []*Object
}

// ctrTest makes a debug space; at the end of the test the arena is
// released, a full collection runs when gc is set, and the heap must hold
// zero blocks and zero payload bytes.
func ctrTest(t testing.TB) *ctrT {
	t.Helper()
	sp := NewSpace(alloc.Config{Debug: true})
	c := &ctrT{t: t, ts: sp.NewThread()}
	t.Cleanup(func() {
		ts := c.ts
		if ts.Occurred() {
			t.Errorf("exception left pending: %s", c.err())
		}
		for i := len(c.owned) - 1; i >= 0; i-- {
			XDecref(ts, c.owned[i])
		}
		c.owned = nil
		GCRelease(ts)
		if n := sp.Heap.AllocatedBlocks(); n != 0 {
			t.Errorf("heap holds %d blocks at the end of the test:\n%s", n,
				sp.Heap.LeakReport(func(class string, p unsafe.Pointer) string { return (*Object)(p).typ.Name }, 5))
		}
		if s := sp.Heap.Stats(); s.Payload != 0 {
			t.Errorf("heap payload is %d bytes at the end of the test", s.Payload)
		}
	})
	return c
}

// own registers a new reference for release at the end (nil passes).
func (c *ctrT) own(o *Object) *Object {
	if o != nil {
		c.owned = append(c.owned, o)
	}
	return o
}

func (c *ctrT) I(v int64) *Object  { return c.own(NewInt(c.ts, v)) }
func (c *ctrT) S(s string) *Object { return c.own(NewStr(c.ts, s)) }

// Ints makes ints of the values.
func (c *ctrT) Ints(vs ...int64) []*Object {
	out := make([]*Object, len(vs))
	for i, v := range vs {
		out[i] = c.I(v)
	}
	return out
}

func (c *ctrT) L(items ...*Object) *Object { return c.own(NewList(c.ts, items...)) }
func (c *ctrT) T(items ...*Object) *Object { return c.own(NewTuple(c.ts, items...)) }

// D makes a dict of key, value pairs.
func (c *ctrT) D(kv ...*Object) *Object {
	d := c.own(NewDict(c.ts))
	for i := 0; i < len(kv); i += 2 {
		if DictSetItem(c.ts, d, kv[i], kv[i+1]) < 0 {
			c.t.Fatalf("D: %s", c.err())
		}
	}
	return d
}

// Set makes a set of the items (added in order).
func (c *ctrT) Set(items ...*Object) *Object {
	return c.own(NewSet(c.ts, c.L(items...)))
}

// M calls self.name(*args) (result owned by the arena; nil on error).
func (c *ctrT) M(self *Object, name string, args ...*Object) *Object {
	return c.MK(self, name, args)
}

// MK calls self.name(*args, **kw) with kw as "name", value pairs.
func (c *ctrT) MK(self *Object, name string, args []*Object, kw ...any) *Object {
	if self == nil {
		return nil
	}
	f := GetAttrString(c.ts, self, name)
	if f == nil {
		return nil
	}
	defer Decref(c.ts, f)
	return c.callKw(f, args, kw...)
}

// callKw calls f(*args, **kw) (result owned by the arena).
func (c *ctrT) callKw(f *Object, args []*Object, kw ...any) *Object {
	all := append([]*Object(nil), args...)
	var names []*Object
	for i := 0; i < len(kw); i += 2 {
		names = append(names, NewStr(c.ts, kw[i].(string)))
		all = append(all, kw[i+1].(*Object))
	}
	var kwnames *Object
	if len(names) > 0 {
		kwnames = NewTupleSteal(c.ts, names...)
	}
	r := Call(c.ts, f, all, kwnames)
	XDecref(c.ts, kwnames)
	return c.own(r)
}

// Call calls a type or function object.
func (c *ctrT) Call(f *Object, args ...*Object) *Object { return c.callKw(f, args) }

// Bin applies a binary operator.
func (c *ctrT) Bin(a *Object, op NumberOp, b *Object) *Object {
	if a == nil || b == nil {
		return nil
	}
	return c.own(BinaryOp(c.ts, a, b, op))
}

// Cmp applies a comparison.
func (c *ctrT) Cmp(a *Object, op CompareOp, b *Object) *Object {
	if a == nil || b == nil {
		return nil
	}
	return c.own(RichCompare(c.ts, a, b, op))
}

// Get is o[key].
func (c *ctrT) Get(o, key *Object) *Object {
	if o == nil || key == nil {
		return nil
	}
	return c.own(GetItem(c.ts, o, key))
}

// Sl makes a slice; nil parts are None.
func (c *ctrT) Sl(start, stop, step *Object) *Object { return c.own(NewSlice(c.ts, start, stop, step)) }

// N is None (for slice parts and arguments).
func (c *ctrT) N() *Object { return None }

// Seq runs steps and returns the last result, or nil at the first failure
// (a step that returns nil with an exception set).
func (c *ctrT) Seq(steps ...func() *Object) *Object {
	var r *Object
	for _, s := range steps {
		r = s()
		if r == nil && c.ts.Occurred() {
			return nil
		}
	}
	return r
}

// IntResult turns an int status (0/-1) into None or nil.
func (c *ctrT) St(status int) *Object {
	if status < 0 {
		return nil
	}
	return None
}

// show is the repr of r (borrowed), or the pending exception.
func (c *ctrT) show(r *Object) string {
	if r == nil {
		return c.err()
	}
	s := Repr(c.ts, r)
	if s == nil {
		return "repr failed: " + c.err()
	}
	defer Decref(c.ts, s)
	return StrValue(s)
}

// err takes the pending exception and formats it as "!! Type: message".
func (c *ctrT) err() string {
	ts := c.ts
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

type ctrCase struct {
	py  string
	go_ func(c *ctrT) *Object
}

// ctrRun evaluates each case in Go and in python3 and compares the reprs.
func ctrRun(t *testing.T, setup string, cases []ctrCase) {
	t.Helper()
	c := ctrTest(t)
	exprs := make([]string, len(cases))
	for i, k := range cases {
		exprs[i] = k.py
	}
	want := ctrPython(t, setup, exprs)
	for i, k := range cases {
		got := c.show(k.go_(c))
		if c.ts.Occurred() {
			t.Errorf("%s: exception left pending: %s", k.py, c.err())
		}
		if got != want[i] {
			t.Errorf("%s:\n got  %q\n want %q", k.py, got, want[i])
		}
	}
}

// ctrPython evaluates each expression with python3 (PYTHONHASHSEED=0) and
// returns "repr(value)" or "!! Type: message" per expression.
func ctrPython(t testing.TB, setup string, exprs []string) []string {
	t.Helper()
	var b strings.Builder
	b.WriteString(setup + "\n")
	b.WriteString("def _show(src):\n")
	b.WriteString("    try:\n        r = repr(eval(src, globals()))\n")
	b.WriteString("    except BaseException as e:\n        r = '!! ' + type(e).__name__ + ': ' + str(e)\n")
	b.WriteString("    print(r.encode('utf-8').hex())\n")
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
	cmd.Stderr = nil
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 failed: %v\n%s\n%s", err, out, b.String())
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) != len(exprs) {
		t.Fatalf("python3 printed %d lines for %d expressions", len(lines), len(exprs))
	}
	for i, l := range lines {
		var s []byte
		if _, err := fmt.Sscanf(l, "%x", &s); err != nil && l != "" {
			t.Fatalf("cannot read python3 output %q: %v", l, err)
		}
		lines[i] = string(s)
	}
	return lines
}

// ctrNeedSeed0 re-runs the named test in a child process with
// PYTHONHASHSEED=0 (str hashes are keyed at package init) and reports
// whether the caller is already that child.
func ctrNeedSeed0(t *testing.T, name string) bool {
	if os.Getenv("PYTHONHASHSEED") == "0" {
		return true
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^"+name+"$", "-test.v")
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s with PYTHONHASHSEED=0 failed: %v\n%s", name, err, out)
	}
	if !strings.Contains(string(out), "--- PASS: "+name) {
		t.Fatalf("%s did not run in the child:\n%s", name, out)
	}
	return false
}
