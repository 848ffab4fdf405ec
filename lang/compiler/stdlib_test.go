package compiler

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"minipy/internal/pyref"
	"minipy/lang/parser"
)

// TestCompileStdlib compiles every file of testdata/parsecheck/files.txt
// that CPython compiles, and verifies every code object; files CPython
// rejects at compile time (not parse time) must be rejected here with the
// same message and line. Every code object must also have CPython's
// co_qualname, co_argcount, co_flags, co_varnames, co_cellvars,
// co_freevars, co_names and co_consts (testdata/compile/dump_codeattrs.py),
// and must come back unchanged through Marshal and Unmarshal.
func TestCompileStdlib(t *testing.T) {
	py := needPython(t)
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	stdlib, err := pyref.StdlibDir(py)
	if err != nil {
		t.Fatal(err)
	}
	list, err := pyref.ReadList(filepath.Join(root, "testdata", "parsecheck", "files.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, rel := range list {
		paths = append(paths, filepath.Join(stdlib, rel))
	}
	want := cpythonCodeAttrs(t, py, paths)
	objPassed, objFailed := 0, 0
	passed, failed := 0, 0
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		mod, perr := parser.ParseFile(path, src)
		w := want[path]
		if perr != nil {
			// The parser's business; only count agreement.
			if strings.HasPrefix(w, "error") {
				passed++
			} else {
				failed++
				t.Errorf("%s: parse error %v but CPython compiles it", path, perr)
			}
			continue
		}
		code, err := CompileWith(mod, path, "exec", src, Options{})
		got := "ok"
		if err != nil {
			se := err.(*parser.SyntaxError)
			got = "error " + strconv.Itoa(se.Lineno) + " " + se.Msg
		} else if verr := Verify(code); verr != nil {
			failed++
			t.Errorf("%s: verify: %v", path, verr)
			continue
		}
		status, _, _ := strings.Cut(w, "\n")
		if got != status {
			failed++
			t.Errorf("%s: got %q, CPython %q", path, got, status)
			continue
		}
		passed++
		if code != nil {
			roundTrip(t, path, code) // the code cache's format (marshal.go)
			p, f := compareCodeAttrs(t, path, code, w)
			objPassed += p
			objFailed += f
		}
	}
	t.Logf("compile stdlib sample: %d passed, %d failed", passed, failed)
	t.Logf("code objects with CPython's attributes: %d passed, %d failed", objPassed, objFailed)
}

func needPython(t testing.TB) string { return pyref.Require(t) }
