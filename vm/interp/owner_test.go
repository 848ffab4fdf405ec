//go:build ownercheck

package interp

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
)

// The ownership check of the check build (go test -tags ownercheck; make
// racetest): touching an object of another interpreter's heap panics,
// naming the object's type, before the refcount is written.
func TestOwnershipCheck(t *testing.T) {
	for _, debug := range []bool{false, true} {
		a := newQuiet(t, debug)
		b := newQuiet(t, debug)
		if err := a.Exec("x = [1, 2]\nclass K: pass\nk = K()"); err != nil {
			t.Fatal(err)
		}
		if err := b.Exec("pass"); err != nil {
			t.Fatal(err)
		}
		x := mainGlobal(t, a, "x")
		k := mainGlobal(t, a, "k")
		before := x.Refcnt()

		// Decref by a thread of another interpreter.
		expectViolation(t, "decref of a 'list' object", func() { objects.Decref(b.main.TS, x) })
		// Incref by a goroutine working in another interpreter.
		expectViolation(t, "incref of a 'K' object", func() {
			defer b.enter()()
			objects.Incref(k)
		})
		// Storing it in another interpreter's dict increfs it there.
		expectViolation(t, "incref of a 'list' object", func() {
			defer b.enter()()
			objects.DictSetItemStr(b.main.TS, vm.ModuleDict(mainModule(t, b)), "y", x)
		})
		if x.Refcnt() != before {
			t.Fatalf("the refcount changed: %d, was %d", x.Refcnt(), before)
		}
		// The owner may, and static immortals are everybody's.
		func() {
			defer a.enter()()
			objects.Incref(x)
			objects.Decref(a.main.TS, x)
		}()
		func() {
			defer b.enter()()
			objects.Incref(objects.None)
			objects.Decref(b.main.TS, objects.EmptyTuple)
		}()
		for _, in := range []*Interpreter{a, b} {
			if err := in.Close(); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func newQuiet(t *testing.T, debug bool) *Interpreter {
	var out bytes.Buffer
	in, err := New(Config{Debug: debug, Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func mainModule(t *testing.T, in *Interpreter) *objects.Object {
	m := objects.DictGetItemStr(in.main.TS, in.State.Modules, "__main__")
	if m == nil {
		t.Fatal("no __main__")
	}
	return m
}

// mainGlobal is a global of in's __main__ (borrowed).
func mainGlobal(t *testing.T, in *Interpreter, name string) *objects.Object {
	v := objects.DictGetItemStr(in.main.TS, vm.ModuleDict(mainModule(t, in)), name)
	if v == nil {
		t.Fatalf("no %s in __main__", name)
	}
	if alloc.HeapOf(v.Ptr()) != in.Space.Heap {
		t.Fatalf("%s is not in its interpreter's heap", name)
	}
	return v
}

func expectViolation(t *testing.T, want string, fn func()) {
	t.Helper()
	msg := func() (msg string) {
		defer func() {
			if r := recover(); r != nil {
				msg = fmt.Sprint(r)
			}
		}()
		fn()
		return ""
	}()
	if !strings.Contains(msg, "ownership violation: "+want) {
		t.Fatalf("want a panic with %q, got %q", want, msg)
	}
}

// installProbe defines probe(name) in in's __main__ (its lock held by the
// caller): it increfs and decrefs objs[name] from whatever thread calls
// it, and returns None, or the ownership violation's message as a str.
func installProbe(t *testing.T, in *Interpreter, objs map[string]*objects.Object) {
	t.Helper()
	def := &objects.MethodDef{Name: "probe", Fn: func(ts *objects.Thread, _ *objects.Object, args []*objects.Object, _ *objects.Object) (r *objects.Object) {
		o := objs[objects.StrValue(args[0])]
		defer func() {
			if p := recover(); p != nil {
				r = objects.NewStr(ts, fmt.Sprint(p))
			}
		}()
		objects.Incref(o)
		objects.Decref(ts, o)
		return objects.NewRef(objects.None)
	}}
	defer in.enter()()
	ts := in.main.TS
	f := objects.NewBuiltinFunction(ts, def, nil, nil)
	if f == nil || objects.DictSetItemStr(ts, vm.ModuleDict(mainModule(t, in)), "probe", f) < 0 {
		t.Fatal("cannot install probe")
	}
	objects.Decref(ts, f)
}

// probed is what the probes recorded in the list named name of in's
// __main__: "ok" or the violation's message up to the address, joined by
// "|".
func probed(t *testing.T, in *Interpreter, name string) string {
	t.Helper()
	if err := in.Exec("_r = '|'.join('ok' if v is None else v.split(' (')[0] for v in " + name + ")"); err != nil {
		t.Fatal(err)
	}
	defer in.enter()()
	return objects.StrValue(mainGlobal(t, in, "_r"))
}

// The goroutine's heap follows the interpreter lock: a Python thread
// started by _thread/threading is checked on Incref too, and a thread
// that switches into another interpreter (concurrent.interpreters) works
// in that one's heap there and in its own again after the switch back.
func TestOwnershipThreads(t *testing.T) {
	a := newQuiet(t, true)
	b := newQuiet(t, false)
	if err := a.Exec("x = [1, 2]\nfrom concurrent import interpreters as I\ns = I.create()\ns.exec('y = [3]')"); err != nil {
		t.Fatal(err)
	}
	if err := b.Exec("z = [4]"); err != nil {
		t.Fatal(err)
	}
	e, msg := a.rt.lookup(1)
	if e == nil {
		t.Fatal(msg)
	}
	sub := e.in
	sub.main.Attach()
	objs := map[string]*objects.Object{"x": mainGlobal(t, a, "x"), "z": mainGlobal(t, b, "z")}
	func() {
		defer sub.enter()()
		objs["y"] = mainGlobal(t, sub, "y")
	}()
	installProbe(t, sub, objs)
	sub.main.Detach()
	installProbe(t, a, objs)
	installProbe(t, b, objs)

	// A thread of b touching an object of a, and its own.
	if err := b.Exec("import threading\nout = []\nt = threading.Thread(target=lambda: out.extend([probe('x'), probe('z')]))\nt.start()\nt.join()"); err != nil {
		t.Fatal(err)
	}
	const bad = "minipy: ownership violation: incref of a 'list' object"
	if got, want := probed(t, b, "out"), bad+"|ok"; got != want {
		t.Fatalf("b's thread: %q, want %q", got, want)
	}

	// A thread of a switching into the sub-interpreter and back.
	src := `
import threading
out = []
def run():
    out.append(probe('x'))
    s.exec("r = '|'.join('ok' if v is None else v.split(' (')[0] for v in [probe('y'), probe('x')])")
    out.append(probe('x'))
    out.append(probe('y'))
t = threading.Thread(target=run)
t.start()
t.join()
`
	if err := a.Exec(src); err != nil {
		t.Fatal(err)
	}
	if got, want := probed(t, a, "out"), "ok|ok|"+bad; got != want {
		t.Fatalf("a's thread, outside the switch: %q, want %q", got, want)
	}
	var got string
	func() {
		defer sub.enter()()
		sub.main.Attach()
		defer sub.main.Detach()
		got = objects.StrValue(mainGlobal(t, sub, "r"))
	}()
	if want := "ok|" + bad; got != want {
		t.Fatalf("a's thread, inside the switch: %q, want %q", got, want)
	}
	if err := a.Exec("s.close()"); err != nil {
		t.Fatal(err)
	}
	for _, in := range []*Interpreter{a, b} {
		if err := in.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
