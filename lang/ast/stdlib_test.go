package ast_test

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"testing"

	. "minipy/lang/ast"
)

var allStdlib = flag.Bool("all", false, "TestDumpStdlibTrees: every stdlib file instead of the sample")

// treeScript prints, for each file named on stdin (JSON list, relative to
// argv[1]), two lines: CPython's tree as JSON (constants tagged so that
// floats, big ints, lone surrogates and bytes survive exactly) and
// ast.dump(tree, include_attributes=True). Files CPython rejects print two
// empty lines.
const treeScript = `
import ast, json, os, sys
sys.set_int_max_str_digits(0)
ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
def const(v):
    if v is None: return {"_c": "None"}
    if v is True or v is False: return {"_c": "bool", "v": v}
    if v is ...: return {"_c": "Ellipsis"}
    if isinstance(v, int): return {"_c": "int", "v": str(v)}
    if isinstance(v, float): return {"_c": "float", "v": v.hex()}
    if isinstance(v, complex): return {"_c": "complex", "re": v.real.hex(), "im": v.imag.hex()}
    if isinstance(v, str): return {"_c": "str", "v": v.encode("utf-8", "surrogatepass").hex()}
    if isinstance(v, bytes): return {"_c": "bytes", "v": v.hex()}
    raise TypeError(type(v))
def conv(x):
    if isinstance(x, ENUMS): return type(x).__name__
    if isinstance(x, ast.AST):
        d = {"_t": type(x).__name__}
        for f in x._fields:
            v = getattr(x, f, None)
            d[f] = const(v) if f == "value" and isinstance(x, (ast.Constant, ast.MatchSingleton)) else conv(v)
        for a in x._attributes:
            d[a] = getattr(x, a, None)
        return d
    if isinstance(x, list): return [conv(i) for i in x]
    return x
root = sys.argv[1]
for p in json.load(sys.stdin):
    with open(os.path.join(root, p), "rb") as f:
        src = f.read()
    try:
        t = ast.parse(src)
    except (SyntaxError, ValueError):
        print(); print(); continue
    print(json.dumps(conv(t)))
    print(ast.dump(t, include_attributes=True))
`

// TestDumpStdlibTrees checks Dump (and Walk) on real trees independently of
// the parser: CPython's trees for the stdlib sample (or, with -all, the whole
// stdlib) are rebuilt as Go nodes, and Dump must print exactly ast.dump.
func TestDumpStdlibTrees(t *testing.T) {
	py := python3(t)
	out, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		t.Fatal(err)
	}
	root := strings.TrimSpace(string(out))
	var paths []string
	if *allStdlib {
		out, err := exec.Command(py, "-c", `
import os, sys
r = sys.argv[1]
for d, ds, fs in os.walk(r):
    ds[:] = [x for x in ds if x != "site-packages"]
    for f in fs:
        if f.endswith(".py"): print(os.path.relpath(os.path.join(d, f), r))
`, root).Output()
		if err != nil {
			t.Fatal(err)
		}
		paths = strings.Fields(string(out))
	} else {
		b, err := os.ReadFile("../../testdata/parsecheck/files.txt")
		if err != nil {
			t.Fatal(err)
		}
		// Every third file of the parser's sample keeps this under a few
		// seconds; -all covers everything (1,781 files passed when written).
		i := 0
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				if i%3 == 0 {
					paths = append(paths, l)
				}
				i++
			}
		}
	}
	in, _ := json.Marshal(paths)
	cmd := exec.Command(py, "-c", treeScript, root)
	cmd.Stdin = strings.NewReader(string(in))
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReaderSize(stdout, 1<<20)
	var passed, failed int
	for _, p := range paths {
		js, err1 := br.ReadString('\n')
		want, err2 := br.ReadString('\n')
		if err1 != nil || err2 != nil {
			t.Fatalf("python output ended early at %s", p)
		}
		if js == "\n" {
			continue
		}
		var j any
		if err := json.Unmarshal([]byte(js), &j); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		tree := decodeNode(t, j)
		got := Dump(tree, true)
		if want = strings.TrimSuffix(want, "\n"); got != want {
			failed++
			t.Errorf("%s: Dump differs from ast.dump: %s", p, firstDiff(got, want))
		} else {
			passed++
		}
		Inspect(tree, func(Node) bool { return true })
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%d passed, %d failed (Dump of CPython's trees)\n", passed, failed)
}

// decodeNode builds the Go node for a JSON node of treeScript by reflection:
// the Go field of a Python field is its CamelCase name.
func decodeNode(t *testing.T, j any) Node {
	m := j.(map[string]any)
	name := m["_t"].(string)
	n := NewNode(name)
	if n == nil {
		t.Fatalf("no Go node for %s", name)
	}
	v := reflect.ValueOf(n).Elem()
	for k, jv := range m {
		if k == "_t" {
			continue
		}
		f := v.FieldByName(camel(k))
		if !f.IsValid() {
			t.Fatalf("%s has no Go field for %s", name, k)
		}
		setField(t, f, jv)
	}
	return n
}

func camel(s string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts {
		parts[i] = strings.ToUpper(p[:1]) + p[1:]
	}
	return strings.Join(parts, "")
}

var nodeType = reflect.TypeFor[Node]()

func setField(t *testing.T, f reflect.Value, jv any) {
	if jv == nil {
		return // None: zero value (nil, "" or, for level, 0)
	}
	switch {
	case f.Kind() == reflect.Slice:
		l := jv.([]any)
		s := reflect.MakeSlice(f.Type(), len(l), len(l))
		for i, e := range l {
			setField(t, s.Index(i), e)
		}
		f.Set(s)
	case f.Kind() == reflect.String:
		f.SetString(jv.(string))
	case f.Kind() == reflect.Int && f.Type().Name() == "int":
		f.SetInt(int64(jv.(float64)))
	case f.Kind() == reflect.Int: // an enum: find the value whose String is the class name
		for i := int64(1); i < 64; i++ {
			f.SetInt(i)
			if f.Interface().(fmt.Stringer).String() == jv.(string) {
				return
			}
		}
		t.Fatalf("no %s named %s", f.Type(), jv)
	case f.Type() == reflect.TypeFor[any]():
		f.Set(reflect.ValueOf(decodeConst(t, jv.(map[string]any))).Convert(f.Type()))
		if jv.(map[string]any)["_c"] == "None" {
			f.SetZero()
		}
	case f.Type().Implements(nodeType) || f.Kind() == reflect.Interface:
		f.Set(reflect.ValueOf(decodeNode(t, jv)))
	default:
		t.Fatalf("cannot set %s from %v", f.Type(), jv)
	}
}

func decodeConst(t *testing.T, m map[string]any) any {
	float := func(s any) float64 {
		f, err := strconv.ParseFloat(s.(string), 64)
		if err != nil {
			t.Fatalf("float %v: %v", s, err)
		}
		return f
	}
	unhex := func(s any) []byte {
		b, err := hex.DecodeString(s.(string))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	switch m["_c"] {
	case "None":
		return struct{}{} // replaced by nil by the caller
	case "bool":
		return m["v"].(bool)
	case "Ellipsis":
		return EllipsisValue{}
	case "int":
		n, ok := new(big.Int).SetString(m["v"].(string), 10)
		if !ok {
			t.Fatalf("int %v", m["v"])
		}
		return n
	case "float":
		return float(m["v"])
	case "complex":
		return complex(float(m["re"]), float(m["im"]))
	case "str":
		return string(unhex(m["v"]))
	case "bytes":
		return unhex(m["v"])
	}
	t.Fatalf("bad constant %v", m)
	return nil
}
