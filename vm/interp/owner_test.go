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
