package finalize_test

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"

	"minipy/runtime/alloc"
	"minipy/runtime/finalize"
	"minipy/vm/interp"
	"minipy/vm/objects"
)

// run runs src in a fresh interpreter (debug allocator) and closes it.
func run(t testing.TB, src string) (stdout, stderr string, closeErr error) {
	t.Helper()
	var out, errb bytes.Buffer
	in, err := interp.New(interp.Config{Debug: true, Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	in.RunString(src, "<test>")
	closeErr = in.Close()
	return out.String(), errb.String(), closeErr
}

// TestPhase1FixedPoint: finalizers that keep adding finalizable objects to
// what the immortals reach, and immortalize more, all run, each once: the
// reference implementation's two passes would stop early here.
func TestPhase1FixedPoint(t *testing.T) {
	src := `
import sys
class D:
    imm = staticmethod(sys._immortalize)
    def __init__(self, n, holder):
        self.n, self.holder = n, holder
    def __del__(self):
        print("del", self.n)
        if self.n < 6:
            nxt = type(self)(self.n + 1, self.holder)
            if self.n % 2:
                self.imm(nxt)
            else:
                self.holder.append(nxt)
holder = []
sys._immortalize(holder)
holder.append(D(0, holder))
`
	out, stderr, err := run(t, src)
	if err != nil {
		t.Fatal(err)
	}
	want := "del 0\ndel 1\ndel 2\ndel 3\ndel 4\ndel 5\ndel 6\n"
	if out != want || stderr != "" {
		t.Fatalf("stdout %q (want %q), stderr %q", out, want, stderr)
	}
}

// TestNoPythonInPhase2: while Python code is refused (phase 2), running
// any is an internal error, counted, and Close reports it.
func TestNoPythonInPhase2(t *testing.T) {
	var out, errb bytes.Buffer
	in, err := interp.New(interp.Config{Debug: true, Unbuffered: true, Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	in.RunString("x = 1\n", "<test>")
	allow := in.State.RefusePython()
	in.RunString("print('ran')\n", "<refused>")
	allow()
	if out.Len() != 0 {
		t.Fatalf("Python code ran while refused: %q", out.String())
	}
	if !strings.Contains(errb.String(), "SystemError: minipy internal error: Python code run during finalization") {
		t.Fatalf("stderr %q", errb.String())
	}
	if in.Space.NoPythonViolations != 1 {
		t.Fatalf("violations = %d", in.Space.NoPythonViolations)
	}
	in.RunString("print(1)\n", "<allowed>")
	if out.String() != "1\n" {
		t.Fatalf("after allow: %q", out.String())
	}
	if err := in.Close(); err == nil || !strings.Contains(err.Error(), "phase 2") {
		t.Fatalf("Close = %v, want the phase-2 internal error", err)
	}
}

// TestDeferredHoldsBlocks: phase 2 destroys immortals (a cycle of lists
// and a dict holding mortal objects) with every freed block banked and
// its header readable; phase 3 returns them and the heap is empty.
func TestDeferredHoldsBlocks(t *testing.T) {
	sp := objects.NewSpace(alloc.Config{Debug: true})
	ts := sp.NewThread()
	a, b := objects.NewList(ts), objects.NewList(ts)
	objects.ListAppend(ts, a, b)
	objects.ListAppend(ts, b, a)
	d := objects.NewDict(ts)
	k := objects.NewStr(ts, "key-not-static")
	big := objects.NewInt(ts, 1<<40)
	v := objects.NewList(ts, big)
	objects.Decref(ts, big)
	objects.DictSetItem(ts, d, k, v)
	objects.Decref(ts, k)
	objects.Decref(ts, v)
	for _, o := range []*objects.Object{a, b, d} {
		if objects.Immortalize(ts, o) != 1 {
			t.Fatal("Immortalize did not return 1")
		}
	}
	objects.Decref(ts, a) // the creation references: no-ops now
	objects.Decref(ts, b)
	objects.Decref(ts, d)
	before := sp.Heap.AllocatedBlocks()
	if before == 0 {
		t.Fatal("no blocks before finalization")
	}
	r := finalize.Phase1(ts)
	if r.Immortals != 3 || r.Finalized != 0 {
		t.Fatalf("Phase1 = %+v", r)
	}
	if n := finalize.Phase2(ts); n != 3 {
		t.Fatalf("Phase2 destroyed %d", n)
	}
	// Every block phase 2 freed is banked, none reused or released: the
	// deferred count is exactly what left the blocks in use, and the
	// mortals the immortals held (the str, the int, the inner list) are
	// freed but still readable (poisoned by the debug allocator).
	st := sp.Heap.Stats()
	if freed := before - sp.Heap.AllocatedBlocks(); st.Deferred != freed || freed < 6 || !sp.Heap.Deferred() {
		t.Fatalf("after phase 2: %d deferred blocks, %d freed, deferred mode %v", st.Deferred, freed, sp.Heap.Deferred())
	}
	for _, o := range []*objects.Object{k, big, v} {
		if o.Type() != objects.FreedType {
			t.Fatalf("a mortal the immortals held is not a readable freed block: type %s", o.Type().Name)
		}
	}
	// The husks are readable and immortal: a late Decref is a no-op.
	for _, o := range []*objects.Object{a, b, d} {
		if !o.IsImmortal() || o.Type() != objects.FreedType {
			t.Fatalf("husk: immortal %v, type %s", o.IsImmortal(), o.Type().Name)
		}
		objects.Decref(ts, o)
	}
	finalize.Phase3(ts)
	objects.ClearFreeLists(ts)
	if n := sp.Heap.AllocatedBlocks(); n != 0 || sp.Heap.Deferred() || sp.Immortals.Len() != 0 {
		t.Fatalf("after phase 3: %d blocks, deferred %v, %d immortals", n, sp.Heap.Deferred(), sp.Immortals.Len())
	}
}

// graphScript makes a random object graph: lists, dicts and instances,
// with cycles; some instances have a __del__ that mutates the graph,
// resurrects itself, immortalizes a neighbour or itself, or makes a new
// weak reference with a callback; some instances are weakly referenced
// with callbacks (some of which immortalize a neighbour), the weak
// references kept alive by an immortal (their callback must run exactly
// once: at run time if the referent dies then, else in phase 1) or by a
// node of the graph (at most once); a random subset is immortalized; then
// every name is dropped. want counts the lines each __del__ ("del N") and
// each callback of a weak reference kept by an immortal ("wr N") must
// print: exactly one; maybe lists the callbacks that may print at most
// once.
func graphScript(r *rand.Rand) (src string, want map[string]int, maybe map[string]bool) {
	var sb strings.Builder
	sb.WriteString(`import sys, gc, weakref
keep = []
sys._immortalize(keep)
class D:
    imm = staticmethod(sys._immortalize)
    wref = staticmethod(weakref.ref)
    def __init__(self, n, mode):
        self.n, self.mode, self.links = n, mode, []
    def __del__(self):
        print("del", self.n)
        m = self.mode
        if m == 1:
            self.links.clear()
        elif m == 2:
            self.links.append(type(self)(self.n + 100000, 0))
        elif m == 3:
            if self.links:
                self.imm(self.links[0])
        elif m == 4:
            self.links.append(self)
        elif m == 5:
            self.imm(self)
        elif m == 6:
            k = self.n + 200000
            self.imm(self.wref(self, lambda w: print("wr", k)))
class P:
    def __init__(self):
        self.links = []
def link(a, b):
    if type(a) is list:
        a.append(b)
    elif type(a) is dict:
        a[len(a)] = b
    else:
        a.links.append(b)
def wr(node, k, imm_target=None):
    if imm_target is None:
        return weakref.ref(node, lambda w: print("wr", k))
    def cb(w, t=imm_target, imm=sys._immortalize):
        print("wr", k)
        imm(t)
    return weakref.ref(node, cb)
nodes = []
`)
	want = map[string]int{}
	maybe = map[string]bool{}
	n := 2 + r.Intn(12)
	isInstance := make([]bool, n)
	for i := range n {
		switch r.Intn(4) {
		case 0:
			sb.WriteString("nodes.append([])\n")
		case 1:
			sb.WriteString("nodes.append({})\n")
		case 2:
			sb.WriteString("nodes.append(P())\n")
			isInstance[i] = true
		default:
			mode := r.Intn(7)
			fmt.Fprintf(&sb, "nodes.append(D(%d, %d))\n", i, mode)
			isInstance[i] = true
			want[fmt.Sprint("del ", i)] = 1
			switch mode {
			case 2:
				want[fmt.Sprint("del ", i+100000)] = 1
			case 6:
				want[fmt.Sprint("wr ", i+200000)] = 1
			}
		}
	}
	for range r.Intn(2 * n) {
		fmt.Fprintf(&sb, "link(nodes[%d], nodes[%d])\n", r.Intn(n), r.Intn(n))
	}
	for i := range n {
		if !isInstance[i] || r.Intn(3) != 0 {
			continue
		}
		k := 300000 + i
		target := "None"
		if r.Intn(3) == 0 {
			target = fmt.Sprintf("nodes[%d]", r.Intn(n))
		}
		call := fmt.Sprintf("wr(nodes[%d], %d, %s)", i, k, target)
		switch r.Intn(3) {
		case 0:
			fmt.Fprintf(&sb, "sys._immortalize(%s)\n", call)
			want[fmt.Sprint("wr ", k)] = 1
		case 1:
			fmt.Fprintf(&sb, "keep.append(%s)\n", call)
			want[fmt.Sprint("wr ", k)] = 1
		default:
			fmt.Fprintf(&sb, "link(nodes[%d], %s)\n", r.Intn(n), call)
			maybe[fmt.Sprint("wr ", k)] = true
		}
	}
	for i := range n {
		if r.Intn(3) == 0 {
			fmt.Fprintf(&sb, "sys._immortalize(nodes[%d])\n", i)
		}
	}
	if r.Intn(2) == 0 {
		sb.WriteString("gc.collect()\n")
	}
	for range r.Intn(3) {
		fmt.Fprintf(&sb, "nodes[%d] = None\n", r.Intn(n))
	}
	if r.Intn(2) == 0 {
		sb.WriteString("gc.collect()\n")
	}
	sb.WriteString("del nodes\n")
	return sb.String(), want, maybe
}

// TestRandomGraphs is the property test: in each random graph, run in a
// fresh interpreter under the debug allocator and finalized, every
// __del__ runs exactly once, and so does every callback of a weak
// reference kept alive by an immortal (one kept by a mortal node at most
// once); the debug allocator catches no use after free (a freed object's
// slots panic; the panic is reported with the graph); no Python code runs
// in phase 2 and it drops no weakref callback; zero blocks remain.
// MINIPY_FINALIZE_GRAPHS sets the number of graphs (the 10,000);
// the default keeps the suite quick.
func TestRandomGraphs(t *testing.T) {
	count := 300
	if s := os.Getenv("MINIPY_FINALIZE_GRAPHS"); s != "" {
		count, _ = strconv.Atoi(s)
	}
	if testing.Short() {
		count = 30
	}
	var stats struct{ dels, callbacks, immortals, passes int }
	for seed := range count {
		r := rand.New(rand.NewSource(int64(seed)))
		src, want, maybe := graphScript(r)
		in, out, stderr, err := runGraph(t, src)
		if err != nil || stderr != "" {
			t.Fatalf("seed %d: close: %v; stderr:\n%s\nscript:\n%s", seed, err, stderr, src)
		}
		if in.Space.NoPythonViolations != 0 || in.Space.DroppedWeakrefCallbacks != 0 {
			t.Fatalf("seed %d: phase 2 ran Python %d times, dropped %d weakref callbacks\nscript:\n%s",
				seed, in.Space.NoPythonViolations, in.Space.DroppedWeakrefCallbacks, src)
		}
		got := map[string]int{}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if line == "" {
				continue
			}
			if !strings.HasPrefix(line, "del ") && !strings.HasPrefix(line, "wr ") {
				t.Fatalf("seed %d: unexpected output %q", seed, line)
			}
			got[line]++
		}
		for line, c := range got {
			if maybe[line] {
				if c > 1 {
					t.Fatalf("seed %d: %q printed %d times, want at most once\nscript:\n%s", seed, line, c, src)
				}
				delete(got, line)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("seed %d: calls %v, want %v\nscript:\n%s", seed, got, want, src)
		}
		for line := range want {
			if strings.HasPrefix(line, "del ") {
				stats.dels++
			} else {
				stats.callbacks++
			}
		}
		stats.immortals += in.State.Final.Immortals
		stats.passes += in.State.Final.Passes
	}
	t.Logf("%d graphs: %d __del__ and %d weakref callbacks checked, %d immortals finalized in %d phase-1 passes",
		count, stats.dels, stats.callbacks, stats.immortals, stats.passes)
}

// runGraph runs src in a fresh interpreter under the debug allocator and
// closes it; a Go panic (a use after free meets the freed type's slots) is
// returned as the error.
func runGraph(t *testing.T, src string) (in *interp.Interpreter, stdout, stderr string, err error) {
	var out, errb bytes.Buffer
	in, err = interp.New(interp.Config{Debug: true, Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
		stdout, stderr = out.String(), errb.String()
	}()
	in.RunString(src, "<test>")
	err = in.Close()
	return
}

// TestImmortalFileFlushed: an immortal open file's buffered data is
// written out and the file closed when phase 2 destroys it.
func TestImmortalFileFlushed(t *testing.T) {
	path := t.TempDir() + "/out.txt"
	src := fmt.Sprintf("import sys\nf = open(%q, 'w')\nf.write('buffered, never flushed')\nsys._immortalize(f)\n", path)
	if _, stderr, err := run(t, src); err != nil || stderr != "" {
		t.Fatalf("close: %v; stderr %q", err, stderr)
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "buffered, never flushed" {
		t.Fatalf("file holds %q (%v)", b, err)
	}
}
