package compiler

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"minipy/internal/pyref"
	"minipy/lang/parser"
)

// TestSymtableAgainstCPython builds the symbol tables of the parse-check file
// list (testdata/parsecheck/files.txt, 200+ stdlib files) and of
// testdata/symtable/*.py, and compares them with python3's own symtable
// module, flag for flag (tools/pysymtable.py prints the same format as Dump).
func TestSymtableAgainstCPython(t *testing.T) {
	py := pyref.Require(t)
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
	local, _ := filepath.Glob(filepath.Join(root, "testdata", "symtable", "*.py"))
	paths = append(paths, local...)

	out, err := exec.Command(py, append([]string{filepath.Join(root, "tools", "pysymtable.py")}, paths...)...).Output()
	if err != nil {
		t.Fatalf("pysymtable.py: %v", err)
	}
	want := map[string]string{}
	for _, chunk := range strings.Split(string(out), "=== ")[1:] {
		path, body, _ := strings.Cut(chunk, "\n")
		want[path] = body
	}
	passed, failed := 0, 0
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got, parseErr := symtableDump(path, src)
		if got == want[path] || parseErr && sameErrorLine(got, want[path]) {
			// A file the parser rejects is the parser tests' business
			// (messages are checked there); here only the line must agree.
			passed++
			continue
		}
		failed++
		t.Errorf("%s: symbol tables differ\n%s", path, firstDiff(want[path], got))
	}
	t.Logf("symtable vs CPython: %d passed, %d failed", passed, failed)
}

// symtableDump is Dump, or the error line tools/pysymtable.py prints;
// parseErr tells that the parser rejected the file.
func symtableDump(path string, src []byte) (dump string, parseErr bool) {
	mod, err := parser.ParseFile(path, src)
	if err != nil {
		if se, ok := err.(*parser.SyntaxError); ok {
			return "error: " + se.Msg + " line " + strconv.Itoa(se.Lineno) + "\n", true
		}
		return "error: " + err.Error() + "\n", true
	}
	st, err := BuildSymtable(mod)
	if err != nil {
		se := err.(*SymtableError)
		return "error: " + se.Msg + " line " + strconv.Itoa(se.Lineno) + "\n", false
	}
	return st.Dump(), false
}

// sameErrorLine reports whether two error dumps name the same line.
func sameErrorLine(a, b string) bool {
	if !strings.HasPrefix(a, "error: ") || !strings.HasPrefix(b, "error: ") {
		return false
	}
	la, lb := strings.LastIndex(a, " line "), strings.LastIndex(b, " line ")
	return la >= 0 && lb >= 0 && a[la:] == b[lb:]
}

// firstDiff shows the first differing line with a little context.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			lo := max(0, i-3)
			ctx := strings.Join(w[lo:i], "\n")
			return ctx + "\n- cpython: " + wl + "\n+ minipy:  " + gl
		}
	}
	return ""
}
