package interp

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCheckInput: the prompt that follows each input in CPython 3.11's
// REPL ("... " for InputIncomplete). Observed by driving python3 through a
// pty; cmd/minipy's TestREPLMatchesPython replays the cases that do not
// end in an error on python3 at every run.
func TestCheckInput(t *testing.T) {
	cases := []struct {
		src  string
		want InputState
	}{
		{"1 + 2\n", InputComplete},
		{"\n", InputComplete},
		{"# c\n", InputComplete},
		{"   \n", InputComplete},
		{"x = [1,\n2]\n", InputComplete},
		{"print(1); print(2)\n", InputComplete},
		{"def f():\n", InputIncomplete},
		{"def f():\n    return 1\n", InputIncomplete},
		{"def f():\n    return 1\n\n", InputComplete},
		{"if 1: print(1)\n", InputIncomplete},
		{"if 1: print(1)\n\n", InputComplete},
		{"if 1:\n   \n", InputIncomplete},
		{"if 1:\n   \n  pass\n", InputIncomplete},
		{"if 1:\n  pass\nelse:\n", InputIncomplete},
		{"if 1:\n  pass\nelse:\n\n", InputError},
		{"try:\n  x\n", InputIncomplete},
		{"try:\n  x\n\n", InputError},
		{"def g():\n\n", InputError},
		{"@dec\n", InputIncomplete},
		{"@dec\n\n", InputError},
		{"class A:\n  def m(self):\n    pass\n\n  x = 1\n", InputIncomplete},
		{"(1,\n", InputIncomplete},
		{"(1,\n\n", InputIncomplete},
		{"(1,\n\n2)\n", InputComplete},
		{"x = 1 + \\\n", InputIncomplete},
		{"x = '''a\n", InputIncomplete},
		{"x = '''a\n\n", InputIncomplete},
		{"x = '''a\n\nb'''\n", InputComplete},
		{"x =\n", InputError},
		{"1 +* 2\n", InputError},
		{"def f(:\n", InputError},
		{"if x:\n  1 +* 2\n", InputError},
		{"'abc\n", InputError},
	}
	for _, c := range cases {
		if got := CheckInput(c.src); got != c.want {
			t.Errorf("CheckInput(%q) = %v, want %v", c.src, got, c.want)
		}
	}
}

// newTestConsole makes an interpreter (debug allocator) and a console on
// it, with output captured; the cleanup checks the heap ends empty.
func newTestConsole(t *testing.T) (*Console, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	in, err := New(Config{Debug: true, Stdout: &stdout, Stderr: &stderr, Argv: []string{""}})
	if err != nil {
		t.Fatal(err)
	}
	con, err := in.NewConsole()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		con.Close()
		if err := in.Close(); err != nil {
			t.Error(err)
		}
	})
	return con, &stdout, &stderr
}

func TestConsoleSession(t *testing.T) {
	con, stdout, stderr := newTestConsole(t)
	lines := []string{
		"def f(x):", "    return x * 2", "",
		"f(21)", "_ + 1", "None", "1/0", "print('still here')",
		"raise SystemExit(7)", "print('not run')",
	}
	var more []bool
	for _, l := range lines {
		more = append(more, con.Push(l))
		if _, exited := con.Exited(); exited {
			break
		}
	}
	if diff := cmp.Diff([]bool{true, true, false, false, false, false, false, false, false}, more); diff != "" {
		t.Errorf("continuation prompts (-want +got):\n%s", diff)
	}
	if got, want := stdout.String(), "42\n43\nstill here\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	wantErr := "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n"
	if got := stderr.String(); got != wantErr {
		t.Errorf("stderr = %q, want %q", got, wantErr)
	}
	if status, exited := con.Exited(); !exited || status != 7 {
		t.Errorf("Exited() = %d, %v; want 7, true", status, exited)
	}
}

// completionScript defines the namespace the completion cases run in,
// both in minipy and in python3 (whose rlcompleter is the reference).
const completionScript = `class K:
    v = 5
    value = 6
    @property
    def p(self):
        raise AssertionError("the completer ran a property")
    def meth(self):
        pass
    _hidden = 1

class Kl(K):
    def __init__(self, a, *, b=1):
        pass

class L:
    def __new__(cls):
        return object.__new__(cls)

class Ne(L):
    pass

k = K()
`

// completionCases are prefixes whose completions do not depend on which
// builtins minipy has yet.
var completionCases = []string{"K.v", "K.me", "k.", "k.me", "K._h", "k.p", "k.__cla", "whi", "tr", "fin", "pri", "k.zz", "nosuch.", "K.v.re", "Kl", "L", "Ne"}

func TestConsoleComplete(t *testing.T) {
	con, _, stderr := newTestConsole(t)
	for _, l := range strings.Split(completionScript, "\n") {
		con.Push(l)
	}
	con.Push("")
	if stderr.Len() != 0 {
		t.Fatalf("setting up: %s", stderr)
	}
	got := map[string][]string{}
	for _, c := range completionCases {
		got[c] = con.Complete(c)
		if got[c] == nil {
			got[c] = []string{}
		}
	}
	want := pythonCompletions(t)
	if want == nil {
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("completions (-python3 +minipy):\n%s", diff)
	}
}

// pythonCompletions runs rlcompleter on completionCases in python3;
// without python3 it skips the test (fails on CI).
func pythonCompletions(t *testing.T) map[string][]string {
	py, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3 is needed on CI: %v", err)
		}
		t.Skipf("python3 not available: %v", err)
		return nil
	}
	prog := completionScript + `
import rlcompleter, json, sys
c = rlcompleter.Completer(globals())
out = {}
for text in json.loads(sys.argv[1]):
    r, i = [], 0
    while (m := c.complete(text, i)) is not None:
        r.append(m)
        i += 1
    out[text] = sorted(set(r))
print(json.dumps(out))
`
	arg, _ := json.Marshal(completionCases)
	out, err := exec.Command(py, "-c", prog, string(arg)).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var m map[string][]string
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("python3's answer %q: %v", out, err)
	}
	return m
}
