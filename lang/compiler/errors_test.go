package compiler

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"minipy/internal/pyref"
	"minipy/lang/parser"
)

// readCases splits testdata/compile/errors.txt as testdata/compile/gen_errors.py
// does.
func readCases(t *testing.T, root string) (names []string, srcs map[string]string) {
	data, err := os.ReadFile(filepath.Join(root, "testdata", "compile", "errors.txt"))
	if err != nil {
		t.Fatal(err)
	}
	srcs = map[string]string{}
	var name string
	var lines []string
	flush := func(last bool) {
		if name == "" {
			return
		}
		s := strings.Join(lines, "\n") + "\n"
		if last {
			s = strings.TrimRight(strings.Join(lines, "\n"), "\n") + "\n"
		}
		names = append(names, name)
		srcs[name] = s
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "### ") {
			flush(false)
			name, lines = strings.TrimSpace(line[4:]), nil
		} else if name != "" {
			lines = append(lines, line)
		}
	}
	flush(true)
	return names, srcs
}

// TestCompileErrorGoldens compiles each case of testdata/compile/errors.txt
// and compares line, offset and message with errors.golden (written by
// testdata/compile/gen_errors.py from python3).
func TestCompileErrorGoldens(t *testing.T) {
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	names, srcs := readCases(t, root)
	golden, err := os.ReadFile(filepath.Join(root, "testdata", "compile", "errors.golden"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(golden)), "\n") {
		n, r, _ := strings.Cut(line, ": ")
		want[n] = r
	}
	passed := 0
	for _, name := range names {
		got := "ok"
		_, err := CompileSource([]byte(srcs[name]), "<case>", "exec", Options{})
		if err != nil {
			se, ok := err.(*parser.SyntaxError)
			if !ok {
				t.Errorf("%s: error is %T, not *parser.SyntaxError", name, err)
				continue
			}
			got = fmt.Sprintf("%d:%d: %s", se.Lineno, se.Offset, se.Msg)
		}
		if got != want[name] {
			t.Errorf("%s: got %q, python3 %q", name, got, want[name])
			continue
		}
		passed++
	}
	t.Logf("compile error goldens: %d passed, %d failed", passed, len(names)-passed)
}

// TestCompileErrorGoldensFresh checks errors.golden against python3.
func TestCompileErrorGoldensFresh(t *testing.T) {
	py := needPython(t)
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, filepath.Join(root, "testdata", "compile", "gen_errors.py"), "--check").Output()
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join(root, "testdata", "compile", "errors.golden"))
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != string(golden) {
		t.Errorf("testdata/compile/errors.golden is stale: run python3 testdata/compile/gen_errors.py")
	}
}
