package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestShowAlloc: -X showalloc (and its alias -X showrefcount) prints the
// heap's blocks in use before and after finalization and the number of
// immortals finalized, and ends with CPython's "[R refs, B blocks]" line:
// zero blocks for a program that immortalized objects (semantics.md case
// 16: python -X showrefcount -c "import sys; sys._immortalize(object())"
// prints [0 refs, 0 blocks] with the virtual GC).
func TestShowAlloc(t *testing.T) {
	bin, err := filepath.Abs(buildMinipy(t))
	if err != nil {
		t.Fatal(err)
	}
	script := `
import sys, weakref
class A:
    def __del__(self):
        print("A.__del__")
a, b = [], []
a.append(b)
b.append(a)
for o in (a, b, A()):
    sys._immortalize(o)
keep = [weakref.ref(A, lambda w: print("callback"))]
sys._immortalize(keep)
sys._immortalize(A)
print("end")
`
	line := regexp.MustCompile(`(?m)^finalization: (\d+) blocks in use before, (\d+) after; (\d+) immortals finalized \((\d+) finalizers of immortals and (\d+) of objects they reach run, (\d+) weakref callbacks, (\d+) passes\)$`)
	for _, c := range []struct {
		args                    []string
		stdout                  string
		immortals, fins, cbacks int
	}{
		{[]string{"-X", "showalloc", "-c", script}, "end\ncallback\nA.__del__\n", 5, 1, 1},
		{[]string{"-X", "showrefcount", "-c", "import sys; sys._immortalize(object())"}, "", 1, 0, 0},
	} {
		cmd := exec.Command(bin, c.args...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%v: %v\n%s", c.args[:2], err, stderr.String())
		}
		if stdout.String() != c.stdout {
			t.Errorf("%v: stdout %q, want %q", c.args[:2], stdout.String(), c.stdout)
		}
		errText := stderr.String()
		if !strings.HasSuffix(errText, "\n[0 refs, 0 blocks]\n") {
			t.Errorf("%v: stderr does not end with [0 refs, 0 blocks]:\n%s", c.args[:2], errText)
		}
		m := line.FindStringSubmatch(errText)
		if m == nil {
			t.Fatalf("%v: no finalization line in:\n%s", c.args[:2], errText)
		}
		n := make([]int, len(m))
		for i := 1; i < len(m); i++ {
			n[i], _ = strconv.Atoi(m[i])
		}
		if n[1] == 0 || n[2] != 0 || n[3] != c.immortals || n[4] != c.fins || n[6] != c.cbacks || n[7] < 1 {
			t.Errorf("%v: %q: want blocks before > 0, 0 after, %d immortals, %d finalizers, %d callbacks, a pass at least",
				c.args[:2], m[0], c.immortals, c.fins, c.cbacks)
		}
		if strings.Contains(errText, "leaked") {
			t.Errorf("%v: a leak was reported:\n%s", c.args[:2], errText)
		}
	}
}
