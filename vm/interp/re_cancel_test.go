package interp

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// A catastrophic regular expression ((a*)*b against many a's runs for
// ages in CPython too) stays interruptible: a cancelled context ends the
// run, and Ctrl-C raises KeyboardInterrupt inside the match, which Python
// code can catch. The interpreter stays usable and leaks nothing.
func TestRegexCancel(t *testing.T) {
	const src = "import re\nre.match(r'(a*)*b', 'a' * 40)"
	for _, debug := range []bool{false, true} {
		in, _ := newTestInterp(t, debug)
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		start := time.Now()
		err := in.ExecContext(ctx, src)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("err = %v, want DeadlineExceeded", err)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("took %v", d)
		}
		if err := in.Exec("import re\nok = re.match('a+', 'aaa').group()"); err != nil {
			t.Fatal(err)
		}
		if v, err := in.Get("ok"); err != nil || v != "aaa" {
			t.Fatalf("ok = %v, %v", v, err)
		}
		closeTestInterp(t, in)
	}
}

func TestRegexKeyboardInterrupt(t *testing.T) {
	in, out := newTestInterp(t, true)
	go func() {
		time.Sleep(200 * time.Millisecond)
		in.Interrupt()
	}()
	src := "import re\ntry:\n    re.search(r'(x+x+)+y', 'x' * 40)\nexcept KeyboardInterrupt:\n    print('interrupted')\n"
	if err := in.Exec(src); err != nil {
		t.Fatal(err)
	}
	closeTestInterp(t, in) // flushes the output
	if !strings.Contains(out.String(), "interrupted") {
		t.Fatalf("output %q", out.String())
	}
}
