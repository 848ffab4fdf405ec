package builtins_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"minipy/internal/pyref"
	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
	"minipy/vm/sys"
)

// runMinipy runs src as __main__ in a fresh interpreter set up with
// sys.Setup (stdin from stdin), finalizes it and checks that the heap is
// empty afterwards.
func runMinipy(t *testing.T, src, stdin string) (stdout, stderr string, code int) {
	t.Helper()
	sp := objects.NewSpace(alloc.Config{Debug: true})
	var o, e bytes.Buffer
	is, th, err := vm.NewInterpState(sp, vm.Config{Stdout: &o, Stderr: &e, Argv: []string{"-c"},
		SetupBuiltins: sys.SetupWith(strings.NewReader(stdin))})
	if err != nil {
		t.Fatal(err)
	}
	vm.RunString(th, src, "<string>")
	sys.Flush(th)
	is.Finalize(th)
	// What vm.Finalize does not release yet (see the report).
	objects.GCRelease(th.TS)
	sp.Interned.Clear(th.TS)
	if n := sp.Heap.AllocatedBlocks(); n != 0 {
		t.Errorf("%d blocks leaked", n)
	}
	return o.String(), e.String(), is.ExitCode
}

// prelude is run before every snippet under both interpreters: t() prints
// a value's repr or the exception it raised.
const prelude = `
def t(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
`

// compare runs a snippet under python3 and minipy and diffs stdout.
func compare(t *testing.T, name, src, stdin string) {
	t.Helper()
	want := string(pyref.Run(t, prelude+src, []byte(stdin)))
	got, errOut, _ := runMinipy(t, prelude+src, stdin)
	if got != want {
		gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
		var diff strings.Builder
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				diff.WriteString("  minipy:  " + g + "\n  python3: " + w + "\n")
			}
		}
		t.Errorf("%s: output differs:\n%s\nstderr:\n%s", name, diff.String(), errOut)
	}
}

// TestScripts runs every testdata/*.py under both interpreters.
func TestScripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no scripts")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			stdin := ""
			if b, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".stdin"); err == nil {
				stdin = string(b)
			}
			compare(t, name, string(src), stdin)
		})
	}
}
