package ast_test

import (
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	. "minipy/lang/ast"
)

// TestConstantReprMatchesCPython compares ConstantRepr with repr() over
// floats and complexes chosen to hit every branch of the float format
// (exponent thresholds, subnormals, integral values, signs, inf/nan).
func TestConstantReprMatchesCPython(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var vals []float64
	for _, f := range []float64{0, 1, -1, 0.1, 1e16, 1e15, 9999999999999998, 1e-4, 1e-5, 1.5e-5,
		5e-324, math.MaxFloat64, 123456789012345678, 0.30000000000000004, 100, 1e22, 2.5} {
		vals = append(vals, f, -f)
	}
	for range 300 {
		vals = append(vals, math.Float64frombits(r.Uint64()))
		vals = append(vals, float64(r.IntN(1000000))*math.Pow(10, float64(r.IntN(50)-25)))
	}
	var in [][2]string
	var consts []any
	for i, f := range vals {
		if math.IsNaN(f) {
			continue
		}
		g := vals[(i*7+3)%len(vals)]
		consts = append(consts, f, complex(0, f), complex(f, g))
		in = append(in, [2]string{"f", strconv.FormatUint(math.Float64bits(f), 10)})
		in = append(in, [2]string{"c", strconv.FormatUint(math.Float64bits(0), 10) + " " + strconv.FormatUint(math.Float64bits(f), 10)})
		in = append(in, [2]string{"c", strconv.FormatUint(math.Float64bits(f), 10) + " " + strconv.FormatUint(math.Float64bits(g), 10)})
	}
	consts = append(consts, math.Inf(1), math.NaN(), complex(math.Inf(1), math.NaN()), complex(math.Copysign(0, -1), 1))
	in = append(in, [2]string{"f", strconv.FormatUint(math.Float64bits(math.Inf(1)), 10)},
		[2]string{"f", strconv.FormatUint(math.Float64bits(math.NaN()), 10)},
		[2]string{"c", strconv.FormatUint(math.Float64bits(math.Inf(1)), 10) + " " + strconv.FormatUint(math.Float64bits(math.NaN()), 10)},
		[2]string{"c", strconv.FormatUint(math.Float64bits(math.Copysign(0, -1)), 10) + " " + strconv.FormatUint(math.Float64bits(1), 10)})
	var want []string
	runPython(t, `
import json, struct, sys
def f(b): return struct.unpack('<d', struct.pack('<Q', int(b)))[0]
out = []
for k, v in json.load(sys.stdin):
    if k == 'f':
        out.append(repr(f(v)))
    else:
        a, b = v.split()
        out.append(repr(complex(f(a), f(b))))
json.dump(out, sys.stdout)
`, in, &want)
	for i, c := range consts {
		if got := ConstantRepr(c); got != want[i] {
			t.Errorf("ConstantRepr(%v) = %s, CPython %s", c, got, want[i])
		}
	}
	for _, c := range []struct {
		v    any
		want string
	}{{nil, "None"}, {true, "True"}, {false, "False"}, {EllipsisValue{}, "Ellipsis"},
		{big.NewInt(-12), "-12"}, {[]byte{}, "b''"}, {"", "''"}} {
		if got := ConstantRepr(c.v); got != c.want {
			t.Errorf("ConstantRepr(%#v) = %s, want %s", c.v, got, c.want)
		}
	}
}

// TestDumpMalformed: a tree with missing required fields, nil list items,
// typed nil pointers and zero enums must dump without panicking.
func TestDumpMalformed(t *testing.T) {
	var nilCall *Call
	var nilArg *Arg
	trees := []Node{
		nil,
		&Module{Body: []Stmt{nil, &ExprStmt{}, &ExprStmt{Value: nilCall}}},
		&BinOp{},
		&FunctionDef{Args: &Arguments{Vararg: nilArg, Args: []*Arg{nil}}},
		&Constant{Value: 3}, // a Go int is not a valid constant value
		&Constant{Value: (*big.Int)(nil)},
		&Compare{Ops: []Cmpop{0, 99}},
		&Name{Ctx: 7},
	}
	for _, n := range trees {
		Dump(n, true)
		Dump(n, false)
		Inspect(n, func(Node) bool { return true })
	}
	if got := Dump(&Name{Id: "x"}, false); got != "Name(id='x', ctx=ExprContext(0)())" {
		t.Errorf("zero enum dumps as %s", got)
	}
}

// TestGeneratedUpToDate regenerates nodes_gen.go from python3's ast module
// and compares it with the committed file.
func TestGeneratedUpToDate(t *testing.T) {
	py := python3(t)
	if _, err := exec.LookPath("gofmt"); err != nil {
		t.Skip("no gofmt in PATH")
	}
	out := filepath.Join(t.TempDir(), "nodes_gen.go")
	if b, err := exec.Command(py, "../../tools/gen_ast.py", out).CombinedOutput(); err != nil {
		t.Fatalf("gen_ast.py: %v\n%s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("nodes_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(committed) {
		t.Error("nodes_gen.go is stale: run go generate ./lang/ast")
	}
}
