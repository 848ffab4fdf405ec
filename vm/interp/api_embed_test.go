package interp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// newTestInterp makes an interpreter whose output goes to the returned
// buffer; closeTestInterp closes it and checks its heap is back to zero
// blocks (Close reports a leak as an error).
func newTestInterp(t *testing.T, debug bool) (*Interpreter, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	in, err := New(Config{Debug: debug, Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	return in, &out
}

func closeTestInterp(t *testing.T, in *Interpreter) {
	t.Helper()
	if err := in.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if n := in.Space.Heap.AllocatedBlocks(); n != 0 {
		t.Fatalf("after Close: %d blocks", n)
	}
}

// Each of these runs forever (or for hours) unless cancelled, in a place
// of its own: the eval loop's checks (a loop, a loop whose every
// exception is caught, a recursion), a builtin's loop, a blocking wait.
var cancelCases = []struct{ name, src string }{
	{"while", "while True: pass"},
	{"except_base", "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass\n    finally:\n        flag = 'finally ran'"},
	{"handler_loop", "def f():\n    try:\n        f()\n    except BaseException:\n        f()\nwhile True:\n    try:\n        f()\n    except BaseException:\n        pass"},
	{"sleep", "import time\ntime.sleep(100)"},
	{"sum_range", "x = sum(range(10**15))"},
	{"all_map", "x = all(map(bool, range(1, 10**15)))"},
	{"min_gen", "x = min(i for i in range(10**15))"},
	{"lock", "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire()"},
	{"threading_lock", "import threading\nl = threading.Lock()\nl.acquire()\ntry:\n    l.acquire()\nexcept BaseException:\n    while True: pass"},
	{"queue_get", "import queue\nq = queue.Queue()\nq.get()"},
	{"interp_queue_get", "from concurrent import interpreters\nq = interpreters.create_queue()\nq.get()"},
	{"thread_join", "import threading, time\ndef w():\n    while True: time.sleep(0.01)\nt = threading.Thread(target=w, daemon=True)\nt.start()\nt.join()"},
	{"sort", "l = [str(i) for i in range(10**6)]\nwhile True:\n    l.sort(reverse=True)\n    l.sort()"},
	{"join", "l = ['ab'] * 10**7\nwhile True:\n    s = ''.join(l)"},
	{"repeat", "while True:\n    s = 'ab' * 10**8\n    del s"},
	{"with", "import threading\nl = threading.Lock()\nwith l:\n    while True: pass"},
	{"gen_finally", "def g():\n    try:\n        while True:\n            yield 1\n    finally:\n        while True: pass\nfor x in g():\n    pass"},
}

// A cancelled or timed-out context ends the run at once wherever it is,
// Python code cannot catch it, and the interpreter stays usable and
// leaks nothing.
func TestEmbedCancel(t *testing.T) {
	for i, c := range cancelCases {
		t.Run(c.name, func(t *testing.T) {
			in, _ := newTestInterp(t, i%2 == 1)
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- in.ExecContext(ctx, c.src) }()
			time.Sleep(150 * time.Millisecond)
			start := time.Now()
			cancel()
			var err error
			select {
			case err = <-done:
			case <-time.After(20 * time.Second):
				t.Fatal("the run did not end after cancel")
			}
			t.Logf("ended %v after cancel", time.Since(start))
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("err = %v, want context.Canceled", err)
			}
			var ae *AbortError
			if !errors.As(err, &ae) || !strings.HasPrefix(ae.Traceback, "Traceback (most recent call last):\n") {
				t.Fatalf("no AbortError with a traceback: %#v", err)
			}
			if v, err := in.Get("flag"); err == nil {
				t.Fatalf("a finally clause ran: flag = %v", v)
			}
			// Usable again, with its state.
			if err := in.Exec("y = 6 * 7"); err != nil {
				t.Fatal(err)
			}
			if v, err := in.Get("y"); err != nil || v != int64(42) {
				t.Fatalf("y = %v, %v", v, err)
			}
			closeTestInterp(t, in)
		})
	}
}

// A deadline works as a cancel (DeadlineExceeded), a context cancelled
// before the call runs nothing, and a call that ends first is unaffected.
func TestEmbedDeadline(t *testing.T) {
	in, out := newTestInterp(t, false)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := in.ExecContext(ctx, "n = 0\nwhile True:\n    n += 1")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %v", d)
	}
	if n, err := in.Get("n"); err != nil || n.(int64) <= 0 {
		t.Fatalf("n = %v, %v", n, err)
	}
	if err := in.ExecContext(ctx, "print('not run')"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("expired context: %v", err)
	}
	if _, err := in.CallContext(ctx, "print", "not run"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("expired context: %v", err)
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	defer cancel2()
	if err := in.ExecContext(ctx2, "def f(x):\n    return x * 2\nprint('ran')"); err != nil {
		t.Fatal(err)
	}
	if r, err := in.CallContext(ctx2, "f", 21); err != nil || r != int64(42) {
		t.Fatalf("f(21) = %v, %v", r, err)
	}
	// Cancellation through CallContext, of a function that catches
	// everything.
	if err := in.Exec("def spin():\n    while True:\n        try:\n            while True: pass\n        except BaseException:\n            pass"); err != nil {
		t.Fatal(err)
	}
	ctx3, cancel3 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel3()
	if _, err := in.CallContext(ctx3, "spin"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("spin: %v", err)
	}
	closeTestInterp(t, in)
	if got := out.String(); got != "ran\n" {
		t.Fatalf("output %q", got)
	}
}

// The step limit ends runs that exceed it (loops, recursion, builtins'
// loops) with ErrStepLimit, which Python code cannot catch either.
func TestEmbedStepLimit(t *testing.T) {
	in, _ := newTestInterp(t, false)
	defer closeTestInterp(t, in)
	in.SetMaxSteps(10000)
	for _, src := range []string{
		"for i in range(10**9): pass",
		"while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass",
		"def f(n):\n    return n if n == 0 else f(n - 1)\nwhile True:\n    f(100)",
		"x = sum(range(10**12))",
		"x = sorted(range(10**7), key=lambda i: -i)",
	} {
		in.ResetSteps()
		err := in.Exec(src)
		if !errors.Is(err, ErrStepLimit) {
			t.Fatalf("%q: err = %v", src, err)
		}
		if s := in.Steps(); s <= 10000 || s > 10000+2*PollEvery {
			t.Fatalf("%q: %d steps counted", src, s)
		}
	}
	// Within the limit: a loop of 1000 iterations with a call each is
	// about 2000 steps.
	in.ResetSteps()
	if err := in.Exec("def g(i):\n    return i\nt = 0\nfor i in range(1000):\n    t += g(i)"); err != nil {
		t.Fatal(err)
	}
	if s := in.Steps(); s < 2000 || s > 2100 {
		t.Fatalf("%d steps for 1000 iterations with a call", s)
	}
	// Steps add up over runs until reset; no limit, no count.
	in.SetMaxSteps(0)
	if err := in.Exec("for i in range(10**5): pass"); err != nil {
		t.Fatal(err)
	}
	if s := in.Steps(); s != 0 {
		t.Fatalf("%d steps counted without a limit", s)
	}
}

// The memory limit raises MemoryError, an ordinary exception, in the
// interpreter that has it, both for a request too big to fit and for
// growth step by step; another interpreter running meanwhile is not
// affected.
func TestEmbedMemoryLimit(t *testing.T) {
	var wg sync.WaitGroup
	var otherErr error
	var otherOut string
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		// The other interpreter allocates far past the first one's limit,
		// over and over, until the first is done.
		defer wg.Done()
		other, out := newTestInterp(t, false)
		if otherErr = other.Exec("rounds = 0"); otherErr != nil {
			return
		}
		for {
			select {
			case <-stop:
				otherErr = other.Exec("print(rounds > 0, len(big))")
				if err := other.Close(); otherErr == nil {
					otherErr = err
				}
				otherOut = out.String()
				return
			default:
			}
			if otherErr = other.Exec("big = [0] * (4 * 10**6)\nbig2 = 'x' * 10**7\nrounds += 1"); otherErr != nil {
				return
			}
		}
	}()
	for _, debug := range []bool{false, true} {
		in, out := newTestInterp(t, debug)
		limit := in.MemoryInUse() + 4<<20
		in.SetMemoryLimit(limit)
		var pe *Error
		for _, src := range []string{
			"x = [0] * 10**9",
			"x = 'ab' * 10**9",
			"x = b'ab' * 10**9",
			"x = list(range(10**9))",
			"x = 3 ** (10**8)",
			"x = 1 << 10**8",
			"x = (1 << 10**7) * (1 << 10**7)",
			"x = ','.join(['ab' * 10**5] * 100)",
			"l = []\nwhile True:\n    l.append(0)",
			"d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1",
			"l = []\nwhile True:\n    l.append(str(len(l)))",
			"l = []\nfor i in range(10**9):\n    l += [i]",
		} {
			err := in.Exec(src)
			if !errors.As(err, &pe) || pe.Type != "MemoryError" {
				t.Fatalf("%q: err = %v", src, err)
			}
			if used := in.MemoryInUse(); used > limit+limit/8+2<<20 {
				t.Fatalf("%q: %d bytes in use for a limit of %d", src, used, limit)
			}
			if err := in.Exec("l = d = x = None"); err != nil {
				t.Fatalf("after %q: %v", src, err)
			}
		}
		// Python code catches it, frees and goes on.
		if err := in.Exec("try:\n    l = []\n    while True:\n        l.append([0])\nexcept MemoryError:\n    n = len(l)\n    l = None\n    print('caught', n > 1000)\ntry:\n    x = [0] * 10**9\nexcept MemoryError:\n    print('caught again')\nx = [0] * 10**5\nprint(len(x))"); err != nil {
			t.Fatal(err)
		}
		// Catching it and allocating on does not creep past the limit.
		if err := in.Exec("l = []\nerrors = 0\nwhile errors < 50:\n    try:\n        l.append(list(range(100)))\n    except MemoryError:\n        errors += 1\nprint('errors', errors)"); err != nil {
			t.Fatal(err)
		}
		if used := in.MemoryInUse(); used > limit+limit/8+2<<20 {
			t.Fatalf("caught in a loop: %d bytes in use for a limit of %d", used, limit)
		}
		in.SetMemoryLimit(0)
		if err := in.Exec("l = None\nx = [0] * (4 * 10**6)\nprint(len(x))"); err != nil {
			t.Fatal(err)
		}
		closeTestInterp(t, in)
		if got, want := out.String(), "caught True\ncaught again\n100000\nerrors 50\n4000000\n"; got != want {
			t.Fatalf("output %q, want %q", got, want)
		}
	}
	close(stop)
	wg.Wait()
	if otherErr != nil {
		t.Fatalf("the other interpreter: %v", otherErr)
	}
	if otherOut != "True 4000000\n" {
		t.Fatalf("the other interpreter printed %q", otherOut)
	}
}

// Values go from Go to Python and back unchanged; Python checks what it
// received against literals.
func TestEmbedConversions(t *testing.T) {
	in, _ := newTestInterp(t, true)
	defer closeTestInterp(t, in)
	if err := in.Exec("def ident(x):\n    return x\ndef typ(x):\n    return type(x).__name__"); err != nil {
		t.Fatal(err)
	}
	big100 := new(big.Int).Lsh(big.NewInt(1), 100)
	negBig := new(big.Int).Neg(new(big.Int).Mul(big100, big.NewInt(3)))
	cases := []struct {
		go_    any
		want   any    // what comes back (nil: go_ itself)
		py     string // a Python literal equal to it
		pytype string
	}{
		{nil, nil, "None", "NoneType"},
		{true, nil, "True", "bool"},
		{false, nil, "False", "bool"},
		{int64(-7), nil, "-7", "int"},
		{42, int64(42), "42", "int"},
		{int32(-5), int64(-5), "-5", "int"},
		{uint8(255), int64(255), "255", "int"},
		{uint64(1 << 63), new(big.Int).Lsh(big.NewInt(1), 63), "2**63", "int"},
		{int64(-1 << 63), nil, "-2**63", "int"},
		{big100, nil, "2**100", "int"},
		{negBig, nil, "-3 * 2**100", "int"},
		{big.NewInt(12), int64(12), "12", "int"},
		{1.5, nil, "1.5", "float"},
		{float32(0.25), 0.25, "0.25", "float"},
		{"héllo\x00\U0001F600", nil, "'héllo\\x00\\U0001F600'", "str"},
		{"", nil, "''", "str"},
		{[]byte("a\x00b"), nil, "b'a\\x00b'", "bytes"},
		{[]byte{}, nil, "b''", "bytes"},
		{[]any{int64(1), "a", nil, []any{}}, nil, "[1, 'a', None, []]", "list"},
		{Tuple{int64(1), Tuple{}, Tuple{2.5}}, nil, "(1, (), (2.5,))", "tuple"},
		{map[string]any{"a": int64(1), "b": []any{true}}, nil, "{'a': 1, 'b': [True]}", "dict"},
		{[]string{"x", "y"}, []any{"x", "y"}, "['x', 'y']", "list"},
		{[]int{1, 2}, []any{int64(1), int64(2)}, "[1, 2]", "list"},
		{map[string]int{"k": 3}, map[string]any{"k": int64(3)}, "{'k': 3}", "dict"},
		{[2]float64{1, 2}, []any{1.0, 2.0}, "[1.0, 2.0]", "list"},
	}
	for _, c := range cases {
		want := c.want
		if want == nil && c.go_ != nil {
			want = c.go_
		}
		if err := in.Set("v", c.go_); err != nil {
			t.Fatalf("Set(%#v): %v", c.go_, err)
		}
		if err := in.Exec(fmt.Sprintf("assert v == %s and typ(v) == %q, (v, typ(v))", c.py, c.pytype)); err != nil {
			t.Fatalf("%#v in Python: %v", c.go_, err)
		}
		got, err := in.Get("v")
		if err != nil {
			t.Fatal(err)
		}
		if !equalGo(got, want) {
			t.Fatalf("Get: %#v, want %#v", got, want)
		}
		got, err = in.Call("ident", c.go_)
		if err != nil || !equalGo(got, want) {
			t.Fatalf("ident(%#v) = %#v, %v", c.go_, got, err)
		}
		got, err = in.Eval(c.py)
		if err != nil || !equalGo(got, want) {
			t.Fatalf("eval %s = %#v, %v", c.py, got, err)
		}
	}
	// Keyword arguments.
	if err := in.Exec("def kw(a, *, b=0, c=0):\n    return (a, b, c)"); err != nil {
		t.Fatal(err)
	}
	if r, err := in.Call("kw", 1, Kwargs{"c": "z"}); err != nil || !equalGo(r, Tuple{int64(1), int64(0), "z"}) {
		t.Fatalf("kw: %#v, %v", r, err)
	}
	// Unconvertible Go values are errors, and leave nothing behind.
	cyc := []any{nil}
	cyc[0] = cyc
	for _, v := range []any{struct{}{}, make(chan int), map[int]int{1: 2}, []any{1, func() {}}, cyc, (*big.Int)(nil)} {
		if err := in.Set("w", v); err == nil || errors.As(err, new(*Error)) {
			t.Fatalf("Set(%T): %v", v, err)
		}
		if _, err := in.Call("ident", v); err == nil {
			t.Fatalf("ident(%T) did not fail", v)
		}
	}
}

func equalGo(a, b any) bool {
	if x, ok := a.(*big.Int); ok {
		y, ok := b.(*big.Int)
		return ok && x.Cmp(y) == 0
	}
	switch x := a.(type) {
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equalGo(x[i], y[i]) {
				return false
			}
		}
		return true
	case Tuple:
		y, ok := b.(Tuple)
		return ok && equalGo([]any(x), []any(y))
	}
	return reflect.DeepEqual(a, b)
}

// Objects with no Go equivalent come back as handles that can be passed
// back, called, converted and closed; Close of the interpreter releases
// those still held.
func TestEmbedValues(t *testing.T) {
	in, _ := newTestInterp(t, true)
	if err := in.Exec("class P:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'P({self.x})'\n    def double(self):\n        return P(self.x * 2)\ns = {1, 2, 3}\nd = {1: 'a'}\nl = [1]\nl.append(l)\nclass I(int): pass\ni = I(5)"); err != nil {
		t.Fatal(err)
	}
	p, err := in.Call("P", 21)
	if err != nil {
		t.Fatal(err)
	}
	pv, ok := p.(*Value)
	if !ok || pv.Type() != "P" || pv.String() != "P(21)" {
		t.Fatalf("P(21) = %#v", p)
	}
	if x, err := pv.Attr("x"); err != nil || x != int64(21) {
		t.Fatalf("p.x = %v, %v", x, err)
	}
	m, err := pv.Attr("double")
	if err != nil {
		t.Fatal(err)
	}
	r, err := m.(*Value).Call()
	if err != nil || r.(*Value).String() != "P(42)" {
		t.Fatalf("p.double() = %v, %v", r, err)
	}
	if err := in.Set("q", pv); err != nil { // back into Python
		t.Fatal(err)
	}
	if ok, err := in.Eval("q.x == 21 and isinstance(q, P)"); err != nil || ok != true {
		t.Fatalf("q: %v, %v", ok, err)
	}
	for name, typ := range map[string]string{"s": "set", "d": "dict", "i": "I"} {
		v, err := in.Get(name)
		if err != nil || v.(*Value).Type() != typ {
			t.Fatalf("%s = %#v, %v", name, v, err)
		}
		if n, err := in.Call("len", v); name != "i" && (err != nil || n.(int64) < 1) {
			t.Fatalf("len(%s) = %v, %v", name, n, err)
		}
	}
	// A list that contains itself: the inner reference stays a handle.
	l, err := in.Get("l")
	if err != nil {
		t.Fatal(err)
	}
	ls := l.([]any)
	if len(ls) != 2 || ls[0] != int64(1) || ls[1].(*Value).Type() != "list" {
		t.Fatalf("l = %#v", l)
	}
	if g, err := ls[1].(*Value).Go(); err != nil || len(g.([]any)) != 2 {
		t.Fatalf("l[1].Go() = %#v, %v", g, err)
	}
	// Functions kept as handles.
	fv, err := in.GetValue("len")
	if err != nil {
		t.Fatal(err)
	}
	if n, err := in.Call(fv, "abc"); err != nil || n != int64(3) {
		t.Fatalf("len('abc') = %v, %v", n, err)
	}
	if err := fv.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Call(fv, "abc"); err == nil {
		t.Fatal("call of a released value")
	}
	fv.Close() // twice is fine
	// A handle of another interpreter is refused.
	other, _ := newTestInterp(t, false)
	if err := other.Set("p", pv); err == nil {
		t.Fatal("a Value used in another interpreter")
	}
	closeTestInterp(t, other)
	// The other handles (pv, m, r, s, d, i, l's) are left to Close.
	closeTestInterp(t, in)
	if pv.String() != "<released minipy value>" {
		t.Fatal("handle alive after Close")
	}
	if _, err := in.Call("len", "x"); err != ErrClosed {
		t.Fatalf("Call after Close: %v", err)
	}
}

// Python exceptions are *Error values: type, message, traceback, class
// hierarchy for errors.Is, simple args.
func TestEmbedErrors(t *testing.T) {
	in, _ := newTestInterp(t, false)
	defer closeTestInterp(t, in)
	if err := in.Exec("def f(d):\n    return d['k']\nclass E(ValueError):\n    pass\ndef g():\n    raise E('bad', 3, object())"); err != nil {
		t.Fatal(err)
	}
	_, err := in.Call("f", map[string]any{})
	var pe *Error
	if !errors.As(err, &pe) || pe.Type != "KeyError" || pe.Message != "'k'" ||
		!strings.Contains(pe.Traceback, "line 2, in f") || !equalGo(pe.Args, []any{"k"}) {
		t.Fatalf("f({}): %#v", err)
	}
	if !errors.Is(err, &Error{Type: "LookupError"}) || !errors.Is(err, &Error{Type: "Exception"}) || errors.Is(err, &Error{Type: "ValueError"}) {
		t.Fatalf("errors.Is on %v", pe.Classes)
	}
	_, err = in.Call("g")
	if !errors.As(err, &pe) || pe.Type != "E" || !pe.IsA("ValueError") || pe.Args != nil {
		t.Fatalf("g(): %#v", err)
	}
	if _, err := in.Get("nope"); !errors.As(err, &pe) || pe.Type != "NameError" || pe.Message != "name 'nope' is not defined" {
		t.Fatalf("Get(nope): %v", err)
	}
	if _, err := in.Call("f"); !errors.As(err, &pe) || pe.Type != "TypeError" {
		t.Fatalf("f(): %v", err)
	}
	if _, err := in.Call(3); err == nil || errors.As(err, &pe) {
		t.Fatalf("Call(3): %v", err)
	}
	if _, err := in.Eval("1 +"); !errors.As(err, &pe) || pe.Type != "SyntaxError" {
		t.Fatalf("Eval syntax error: %v", err)
	}
}
