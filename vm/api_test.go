package vm_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

type (
	Object      = objects.Object
	Thread      = vm.Thread
	InterpState = vm.InterpState
)

var panicDef = &objects.MethodDef{Name: "boom", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var m map[string]int
	m["x"] = 1 // a deliberate Go panic: a minipy bug stand-in
	return objects.None
}}

var panicFunc = objects.NewStaticBuiltinFunction(panicDef, "builtins")

func newTestInterp(t *testing.T, extra func(th *Thread, b *Object) error) (*objects.Space, *InterpState, *Thread, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	sp := objects.NewSpace(alloc.Config{Debug: true})
	var o, e bytes.Buffer
	is, th, err := vm.NewInterpState(sp, vm.Config{Stdout: &o, Stderr: &e, SetupBuiltins: func(th *Thread, b *Object) error {
		if err := builtins.Setup(th, b); err != nil {
			return err
		}
		if extra != nil {
			return extra(th, b)
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	return sp, is, th, &o, &e
}

func finish(t *testing.T, sp *objects.Space, is *InterpState, th *Thread) {
	t.Helper()
	is.Finalize(th)
	if n := sp.Heap.AllocatedBlocks(); n != 0 {
		t.Errorf("%d blocks leaked", n)
	}
}

func TestGoPanicBecomesSystemError(t *testing.T) {
	sp, is, th, o, e := newTestInterp(t, func(th *Thread, b *Object) error {
		objects.DictSetItemStr(th.TS, b, "boom", panicFunc)
		return nil
	})
	vm.RunString(th, "print('a')\ndef f():\n    boom()\nf()\n", "<string>")
	if o.String() != "a\n" || is.ExitCode != 1 {
		t.Errorf("stdout %q exit %d", o.String(), is.ExitCode)
	}
	if !strings.Contains(e.String(), "SystemError: Go panic: assignment to entry in nil map") || !strings.Contains(e.String(), "api_test.go") {
		t.Errorf("stderr: %s", e.String())
	}
	// The interpreter keeps working after the panic.
	o.Reset()
	vm.RunString(th, "print(sum if False else 2 + 2)\n", "<string>")
	if o.String() != "4\n" {
		t.Errorf("after panic: %q %s", o.String(), e.String())
	}
	finish(t, sp, is, th)
}

func TestInterruptRaisesKeyboardInterrupt(t *testing.T) {
	sp, is, th, _, e := newTestInterp(t, nil)
	go func() {
		time.Sleep(50 * time.Millisecond)
		th.Interrupt()
	}()
	vm.RunString(th, "i = 0\nwhile True:\n    i += 1\n", "<string>")
	if is.ExitCode != 1 || !strings.HasSuffix(e.String(), "KeyboardInterrupt\n") {
		t.Errorf("exit %d stderr %q", is.ExitCode, e.String())
	}
	finish(t, sp, is, th)
}

func TestManyInterpreters(t *testing.T) {
	for i := 0; i < 3; i++ {
		sp, is, th, o, _ := newTestInterp(t, nil)
		vm.RunString(th, "class A:\n    pass\nx = [A() for _ in range(100)]\nprint(len(x))\n", "<string>")
		if o.String() != "100\n" {
			t.Errorf("run %d: %q", i, o.String())
		}
		finish(t, sp, is, th)
	}
}
