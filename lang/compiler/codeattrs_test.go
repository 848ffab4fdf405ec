package compiler

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"minipy/internal/pyref"
)

func attrRepr(v any) string {
	switch v := v.(type) {
	case *Code:
		return "<code " + v.Name + ">"
	case ConstFrozenset:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = attrRepr(x)
		}
		sort.Strings(parts)
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	case ConstTuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = attrRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return ConstRepr(v)
}

// dumpCodeAttrs prints code objects as testdata/compile/dump_codeattrs.py does.
func dumpCodeAttrs(co *Code, out *[]string) {
	*out = append(*out, "\x1d "+co.QualName,
		fmt.Sprintf("%s argcount=%d posonly=%d kwonly=%d flags=%#x firstlineno=%d",
			co.Name, co.ArgCount, co.PosOnlyArgCount, co.KwOnlyArgCount, co.Flags, co.FirstLineno),
		"varnames: "+strings.Join(co.VarNames, " "),
		"cellvars: "+strings.Join(co.CellVars, " "),
		"freevars: "+strings.Join(co.FreeVars, " "),
		"names: "+strings.Join(co.Names, " "))
	var cs []string
	for _, k := range co.Consts {
		cs = append(cs, attrRepr(k))
	}
	*out = append(*out, "consts: "+strings.Join(cs, " | "))
	for _, k := range co.Consts {
		if sub, ok := k.(*Code); ok {
			dumpCodeAttrs(sub, out)
		}
	}
}

// TestCodeAttrsAgainstCPython compiles testdata/compile/codeattrs.py and
// compares every code object's co_qualname, co_argcount, co_flags,
// co_varnames, co_cellvars, co_freevars, co_names and co_consts (by value)
// with python3's.
func TestCodeAttrsAgainstCPython(t *testing.T) {
	py := needPython(t)
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "testdata", "compile", "codeattrs.py")
	want := cpythonCodeAttrs(t, py, []string{path})
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	co, err := CompileSource(src, path, "exec", Options{})
	if err != nil {
		t.Fatal(err)
	}
	passed, failed := compareCodeAttrs(t, path, co, want[path])
	t.Logf("code attributes vs CPython: %d passed, %d failed", passed, failed)
}

// cpythonCodeAttrs runs testdata/compile/dump_codeattrs.py: per file, "error LINE MSG"
// or "ok" and the code objects' attributes.
func cpythonCodeAttrs(t *testing.T, py string, paths []string) map[string]string {
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, append([]string{filepath.Join(root, "testdata", "compile", "dump_codeattrs.py")}, paths...)...).Output()
	if err != nil {
		t.Fatalf("dump_codeattrs.py: %v", err)
	}
	res := map[string]string{}
	for _, chunk := range strings.Split(string(out), "\x1c ")[1:] {
		p, body, _ := strings.Cut(chunk, "\n")
		res[p] = body
	}
	return res
}

// compareCodeAttrs compares co's code objects with python's dump ("ok\n"
// then one section per code object), reporting each difference.
func compareCodeAttrs(t *testing.T, path string, co *Code, want string) (passed, failed int) {
	var lines []string
	dumpCodeAttrs(co, &lines)
	gotObjs := strings.Split(strings.Join(lines, "\n")+"\n", "\x1d ")
	wantObjs := strings.Split(strings.TrimPrefix(want, "ok\n"), "\x1d ")
	for i := 1; i < len(wantObjs) || i < len(gotObjs); i++ {
		var g, w string
		if i < len(gotObjs) {
			g = gotObjs[i]
		}
		if i < len(wantObjs) {
			w = wantObjs[i]
		}
		if g == w {
			passed++
			continue
		}
		failed++
		t.Errorf("%s: code object %d differs:\n%s", path, i, firstDiff(w, g))
	}
	return passed, failed
}
