package interp_test

import (
	"bytes"
	"fmt"
	"strings"

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
