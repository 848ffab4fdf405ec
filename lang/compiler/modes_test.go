package compiler

import (
	"fmt"
	"strings"
	"testing"

	"minipy/internal/pyref"
)

// TestModesAndOptimize compiles snippets in the three modes and at -O and
// -OO, and compares the opcode sequence, co_consts and co_names with
// python3's compile(src, "<s>", mode, optimize=N) (PRECALL and NOP aside).
func TestModesAndOptimize(t *testing.T) {
	pyref.Require(t)
	cases := []struct {
		src, mode string
		opt       int
	}{
		{"1 + 2 * x", "eval", 0},
		{"f(x)\n", "single", 0},
		{"if x:\n    y\n    z = 2\n", "single", 0},
		{"def f():\n    '''doc'''\n    assert x, 'm'\n    return __debug__\n", "exec", 0},
		{"def f():\n    '''doc'''\n    assert x, 'm'\n    return __debug__\n", "exec", 1},
		{"'''mod doc'''\ndef f():\n    '''doc'''\n    assert x, 'm'\n    return __debug__\n", "exec", 2},
		{"class C:\n    '''doc'''\n    x: int\n", "exec", 2},
	}
	script := `
import dis, sys, types
src, mode, opt = sys.argv[1], sys.argv[2], int(sys.argv[3])
def walk(co):
    ops = [i.opname for i in dis.get_instructions(co) if i.opname not in ("PRECALL", "NOP")]
    consts = [("<code %s>" % c.co_name) if isinstance(c, types.CodeType) else repr(c) for c in co.co_consts]
    print(co.co_qualname, " ".join(ops), "|", " ".join(consts), "|", " ".join(co.co_names))
    for c in co.co_consts:
        if isinstance(c, types.CodeType): walk(c)
walk(compile(src, "<s>", mode, optimize=opt, dont_inherit=True))
`
	for _, tc := range cases {
		want := string(pyref.Run(t, script, nil, tc.src, tc.mode, fmt.Sprint(tc.opt)))
		co, err := CompileSource([]byte(tc.src), "<s>", tc.mode, Options{Optimize: tc.opt})
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		if err := Verify(co); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		var walk func(c *Code)
		walk = func(c *Code) {
			var ops, consts []string
			for _, ins := range c.Code {
				if op, _ := Decode(ins); op != NOP {
					ops = append(ops, op.String())
				}
			}
			for _, k := range c.Consts {
				if sub, ok := k.(*Code); ok {
					consts = append(consts, "<code "+sub.Name+">")
				} else {
					consts = append(consts, ConstRepr(k))
				}
			}
			fmt.Fprintln(&b, c.QualName, strings.Join(ops, " "), "|", strings.Join(consts, " "), "|", strings.Join(c.Names, " "))
			for _, k := range c.Consts {
				if sub, ok := k.(*Code); ok {
					walk(sub)
				}
			}
		}
		walk(co)
		if b.String() != want {
			t.Errorf("%q mode %s -O%d:\n%s", tc.src, tc.mode, tc.opt, firstDiff(want, b.String()))
		}
	}
}
