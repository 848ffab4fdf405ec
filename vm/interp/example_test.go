package interp_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"minipy/vm/interp"
)

// An interpreter made, used and closed from Go: Exec calls share
// __main__, an uncaught exception comes back as an *interp.Error, and
// Close flushes sys.stdout, finalizes and gives the heap back.
func Example() {
	var out bytes.Buffer
	in, err := interp.New(interp.Config{Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
	if err != nil {
		panic(err)
	}
	in.Exec("x = 6 * 7")
	err = in.Exec("print(x)\n1 / 0")
	fmt.Println("error:", err)
	if err := in.Close(); err != nil {
		panic(err)
	}
	fmt.Print(out.String())
	// Output:
	// error: ZeroDivisionError: division by zero
	// 42
}

// Calling a Python function with Go arguments, reading a global back, and
// an object with no Go equivalent kept as a handle.
func ExampleInterpreter_Call() {
	in, err := interp.New(interp.Config{Stdout: io.Discard, Stdin: strings.NewReader("")})
	if err != nil {
		panic(err)
	}
	defer in.Close()
	in.Exec("def stats(xs, *, scale=1):\n    return {'n': len(xs), 'sum': sum(xs) * scale, 'big': 2 ** 70}\nseen = {1, 2}")
	r, err := in.Call("stats", []int{1, 2, 3}, interp.Kwargs{"scale": 10})
	fmt.Println(r, err)
	seen, _ := in.Get("seen") // a set: no Go equivalent
	v := seen.(*interp.Value)
	n, _ := in.Call("len", v) // passed back as an argument
	fmt.Println(v.Type(), v, n)
	v.Close()
	// Output:
	// map[big:1180591620717411303424 n:3 sum:60] <nil>
	// set {1, 2} 2
}

// A run cancelled by its context's deadline: the loop catches every
// exception, but not the abort.
func ExampleInterpreter_ExecContext() {
	in, err := interp.New(interp.Config{Stdout: io.Discard, Stdin: strings.NewReader("")})
	if err != nil {
		panic(err)
	}
	defer in.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err = in.ExecContext(ctx, "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass")
	fmt.Println(errors.Is(err, context.DeadlineExceeded), err)
	fmt.Println(in.Eval("'still usable'"))
	// Output:
	// true interp: run aborted: context deadline exceeded
	// still usable <nil>
}

// The step limit and the memory limit.
func ExampleInterpreter_SetMemoryLimit() {
	var out bytes.Buffer
	in, err := interp.New(interp.Config{Stdout: &out, Stdin: strings.NewReader("")})
	if err != nil {
		panic(err)
	}
	in.SetMemoryLimit(in.MemoryInUse() + 8<<20)
	err = in.Exec("try:\n    x = [0] * 10**9\nexcept MemoryError:\n    print('caught')\nl = []\nwhile True:\n    l.append(len(l))")
	fmt.Println(err)
	in.SetMaxSteps(1000)
	err = in.Exec("for i in range(10**6): pass")
	fmt.Println(errors.Is(err, interp.ErrStepLimit), in.Steps())
	if err := in.Close(); err != nil {
		panic(err)
	}
	fmt.Print(out.String())
	// Output:
	// MemoryError
	// true 1001
	// caught
}
