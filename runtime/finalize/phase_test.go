package finalize_test

import (
	"bytes"
	"strings"
	"testing"

	"minipy/runtime/finalize"
	"minipy/vm/interp"
	"minipy/vm/objects"
)

// newInterp makes an interpreter under the debug allocator whose output
// the test reads.
func newInterp(t *testing.T) (in *interp.Interpreter, out, errb *bytes.Buffer) {
	out, errb = new(bytes.Buffer), new(bytes.Buffer)
	in, err := interp.New(interp.Config{Debug: true, Unbuffered: true, Stdout: out, Stderr: errb, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	return in, out, errb
}

const phaseScript = `
import sys
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "sees", self.other.name)
a, b = N("a"), N("b")
a.other, b.other = b, a
m = N("m")
m.other = a
a.kids = [m]
sys._immortalize(a)
sys._immortalize(b)
del a, b, m
`

// TestPhase1Alone: phase 1 on its own, in a live interpreter: the
// immortals' finalizers, then those of what they reach, run once, each
// with everything intact; nothing is destroyed (the immortals stay
// registered, immortal and readable, their blocks in use, no deferred
// mode); Python code still runs afterwards; a second Phase1 runs nothing;
// the interpreter's own finalization later runs none of them again.
func TestPhase1Alone(t *testing.T) {
	in, out, errb := newInterp(t)
	in.RunString(phaseScript, "<test>")
	sp := in.Space
	var imms []*objects.Object
	for i := range sp.Immortals.Len() {
		imms = append(imms, sp.Immortals.Entry(i).Obj)
	}
	blocks := sp.Heap.AllocatedBlocks()
	ts := in.State.NewThread().TS
	res := finalize.Phase1(ts)
	want := "del a sees b\ndel b sees a\ndel m sees a\n"
	if out.String() != want || errb.String() != "" {
		t.Fatalf("phase 1 printed %q (want %q), stderr %q", out.String(), want, errb.String())
	}
	if res.Immortals != 2 || res.Finalized != 2 || res.Referents != 1 || res.Passes < 1 {
		t.Fatalf("Result %+v", res)
	}
	if sp.Immortals.Len() != 2 || sp.Heap.Deferred() || sp.Heap.Stats().Deferred != 0 {
		t.Fatalf("after phase 1: %d immortals, deferred mode %v", sp.Immortals.Len(), sp.Heap.Deferred())
	}
	for _, o := range imms {
		if !o.IsImmortal() || o.Type() == objects.FreedType || o.Type().Name != "N" {
			t.Fatalf("an immortal was touched by phase 1: immortal %v, type %s", o.IsImmortal(), o.Type().Name)
		}
	}
	if n := sp.Heap.AllocatedBlocks(); n > blocks {
		t.Fatalf("blocks in use grew from %d to %d", blocks, n)
	}
	out.Reset()
	in.RunString("import sys\nprint(len([x for x in range(3)]))\n", "<after>")
	if out.String() != "3\n" {
		t.Fatalf("Python code after phase 1 printed %q", out.String())
	}
	if res := finalize.Phase1(ts); res.Finalized != 0 || res.Referents != 0 || res.Callbacks != 0 {
		t.Fatalf("a second phase 1 ran finalizers: %+v", res)
	}
	out.Reset()
	if err := in.Close(); err != nil {
		t.Fatal(err)
	}
	if out.String() != "" || errb.String() != "" {
		t.Fatalf("finalization ran finalizers again: %q, stderr %q", out.String(), errb.String())
	}
}

// TestPhase2RefusesPython: phase 2 on its own, phase 1 skipped, with
// Python code refused as the interpreter's finalization refuses it: the
// immortals' own __del__s are never called (phase 2 counts them as run),
// and the one a mortal they hold would run when it dies is refused,
// caught and counted; nothing is printed.
func TestPhase2RefusesPython(t *testing.T) {
	in, out, _ := newInterp(t)
	in.RunString(phaseScript, "<test>")
	sp := in.Space
	ts := in.State.NewThread().TS
	allow := in.State.RefusePython()
	if n := finalize.Phase2(ts); n != 2 {
		t.Fatalf("Phase2 destroyed %d", n)
	}
	allow()
	finalize.Phase3(ts)
	if out.String() != "" {
		t.Fatalf("Python code ran in phase 2: %q", out.String())
	}
	if sp.NoPythonViolations != 1 {
		t.Fatalf("%d refused attempts, want 1 (m.__del__)", sp.NoPythonViolations)
	}
	err := in.Close()
	if err == nil || !strings.Contains(err.Error(), "phase 2") {
		t.Fatalf("Close = %v, want the phase-2 internal error reported", err)
	}
}
