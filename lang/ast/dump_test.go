package ast_test

import (
	"math"
	"math/big"
	"strings"
	"testing"

	. "minipy/lang/ast"
)

// Small constructors: positions are left zero in the trees compared without
// attributes.
func name(id string) *Name        { return &Name{Id: id, Ctx: Load} }
func store(id string) *Name       { return &Name{Id: id, Ctx: Store} }
func num(i int64) *Constant       { return &Constant{Value: big.NewInt(i)} }
func str(s string) *Constant      { return &Constant{Value: s} }
func expr(e Expr) *ExprStmt       { return &ExprStmt{Value: e} }
func mod(body ...Stmt) *Module    { return &Module{Body: body} }
func arg(a string) *Arg           { return &Arg{Arg: a} }
func pass() *Pass                 { return &Pass{} }
func body(s ...Stmt) []Stmt       { return s }
func exprs(e ...Expr) []Expr      { return e }
func big10(s string) *big.Int     { n, _ := new(big.Int).SetString(s, 10); return n }
func noArgs() *Arguments          { return &Arguments{} }
func call(f Expr, a ...Expr) Expr { return &Call{Func: f, Args: a} }

type dumpCase struct {
	src   string
	tree  Node
	attrs bool
}

var dumpCases = []dumpCase{
	{src: "", tree: mod()},
	{src: "x = 1", attrs: true, tree: mod(&Assign{
		Targets: exprs(&Name{Id: "x", Ctx: Store, Pos: Pos{1, 0, 1, 1}}),
		Value:   &Constant{Value: big.NewInt(1), Pos: Pos{1, 4, 1, 5}},
		Pos:     Pos{1, 0, 1, 5},
	})},
	{src: "x = u'é'\nf(*a, k=2, **kw)", attrs: true, tree: mod(
		&Assign{
			Targets: exprs(&Name{Id: "x", Ctx: Store, Pos: Pos{1, 0, 1, 1}}),
			Value:   &Constant{Value: "é", Kind: "u", Pos: Pos{1, 4, 1, 9}},
			Pos:     Pos{1, 0, 1, 9},
		},
		&ExprStmt{Value: &Call{
			Func: &Name{Id: "f", Ctx: Load, Pos: Pos{2, 0, 2, 1}},
			Args: exprs(&Starred{Value: &Name{Id: "a", Ctx: Load, Pos: Pos{2, 3, 2, 4}}, Ctx: Load, Pos: Pos{2, 2, 2, 4}}),
			Keywords: []*Keyword{
				{Arg: "k", Value: &Constant{Value: big.NewInt(2), Pos: Pos{2, 8, 2, 9}}, Pos: Pos{2, 6, 2, 9}},
				{Value: &Name{Id: "kw", Ctx: Load, Pos: Pos{2, 13, 2, 15}}, Pos: Pos{2, 11, 2, 15}},
			},
			Pos: Pos{2, 0, 2, 16},
		}, Pos: Pos{2, 0, 2, 16}},
	)},
	{src: "def f(a, /, b=1, *c, d, e=2, **g) -> int: pass", tree: mod(&FunctionDef{
		Name: "f",
		Args: &Arguments{
			Posonlyargs: []*Arg{arg("a")}, Args: []*Arg{arg("b")}, Vararg: arg("c"),
			Kwonlyargs: []*Arg{arg("d"), arg("e")}, KwDefaults: exprs(nil, num(2)),
			Kwarg: arg("g"), Defaults: exprs(num(1)),
		},
		Body: body(pass()), Returns: name("int"),
	})},
	{src: "@d\nasync def g(x: int):\n    await x\n    async for i in y: break\n    async with a as b, c: continue", tree: mod(&AsyncFunctionDef{
		Name:          "g",
		Args:          &Arguments{Args: []*Arg{{Arg: "x", Annotation: name("int")}}},
		DecoratorList: exprs(name("d")),
		Body: body(
			expr(&Await{Value: name("x")}),
			&AsyncFor{Target: store("i"), Iter: name("y"), Body: body(&Break{})},
			&AsyncWith{Items: []*WithItem{{ContextExpr: name("a"), OptionalVars: store("b")}, {ContextExpr: name("c")}}, Body: body(&Continue{})},
		),
	})},
	{src: "class C(B, metaclass=M):\n    '''doc'''\n    x: int = 3\n    y: str", tree: mod(&ClassDef{
		Name: "C", Bases: exprs(name("B")),
		Keywords: []*Keyword{{Arg: "metaclass", Value: name("M")}},
		Body: body(
			expr(str("doc")),
			&AnnAssign{Target: store("x"), Annotation: name("int"), Value: num(3), Simple: 1},
			&AnnAssign{Target: store("y"), Annotation: name("str"), Simple: 1},
		),
	})},
	{src: "x = {**a, 1: 2}", tree: mod(&Assign{Targets: exprs(store("x")), Value: &Dict{Keys: exprs(nil, num(1)), Values: exprs(name("a"), num(2))}})},
	{src: "f'{x!r:>{y}} {z=}'", tree: mod(expr(&JoinedStr{Values: exprs(
		&FormattedValue{Value: name("x"), Conversion: 'r', FormatSpec: &JoinedStr{Values: exprs(str(">"), &FormattedValue{Value: name("y"), Conversion: -1})}},
		str(" z="),
		&FormattedValue{Value: name("z"), Conversion: 'r'},
	)}))},
	{src: "match x:\n case [1, *r] | {'k': v, **kw} | C(1, a=b) | None | (p as q) | _: pass\n case [*_] if g: pass", tree: mod(&Match{
		Subject: name("x"),
		Cases: []*MatchCase{{
			Pattern: &MatchOr{Patterns: []Pattern{
				&MatchSequence{Patterns: []Pattern{&MatchValue{Value: num(1)}, &MatchStar{Name: "r"}}},
				&MatchMapping{Keys: exprs(str("k")), Patterns: []Pattern{&MatchAs{Name: "v"}}, Rest: "kw"},
				&MatchClass{Cls: name("C"), Patterns: []Pattern{&MatchValue{Value: num(1)}}, KwdAttrs: []string{"a"}, KwdPatterns: []Pattern{&MatchAs{Name: "b"}}},
				&MatchSingleton{Value: nil},
				&MatchAs{Pattern: &MatchAs{Name: "p"}, Name: "q"},
				&MatchAs{},
			}},
			Body: body(pass()),
		}, {
			Pattern: &MatchSequence{Patterns: []Pattern{&MatchStar{}}},
			Guard:   name("g"),
			Body:    body(pass()),
		}},
	})},
	{src: "from . import a as b\nfrom x.y import *\nimport m, n.o as p", tree: mod(
		&ImportFrom{Names: []*Alias{{Name: "a", Asname: "b"}}, Level: 1},
		&ImportFrom{Module: "x.y", Names: []*Alias{{Name: "*"}}},
		&Import{Names: []*Alias{{Name: "m"}, {Name: "n.o", Asname: "p"}}},
	)},
	{src: "a[1:2, ::3]\ndel a[i], b.c", tree: mod(
		expr(&Subscript{Value: name("a"), Ctx: Load, Slice: &Tuple{Ctx: Load, Elts: exprs(
			&Slice{Lower: num(1), Upper: num(2)}, &Slice{Step: num(3)})}}),
		&Delete{Targets: exprs(
			&Subscript{Value: name("a"), Slice: name("i"), Ctx: Del},
			&Attribute{Value: name("b"), Attr: "c", Ctx: Del})},
	)},
	{src: "x = 1j + 1.5 + 10**100 + b'\\x00\\'' + ... + True + None + 1e300*1e300 + 2.5j + 1e-7 + 1e22 + 123456789012345678.0", tree: mod(&Assign{
		Targets: exprs(store("x")),
		Value: chainAdd(
			&Constant{Value: complex(0, 1)}, &Constant{Value: 1.5},
			&BinOp{Left: num(10), Op: Pow, Right: num(100)},
			&Constant{Value: []byte("\x00'")}, &Constant{Value: EllipsisValue{}},
			&Constant{Value: true}, &Constant{Value: nil},
			&BinOp{Left: &Constant{Value: 1e300}, Op: Mult, Right: &Constant{Value: 1e300}},
			&Constant{Value: complex(0, 2.5)}, &Constant{Value: 1e-7}, &Constant{Value: 1e22},
			&Constant{Value: 123456789012345678.0},
		),
	})},
	{src: "x = 123456789012345678901234567890 - -a ** ~b // +c @ d % e << f >> g | h ^ i & j / k", tree: mod(&Assign{
		Targets: exprs(store("x")),
		Value: &BinOp{
			Left: &BinOp{
				Left: &BinOp{
					Left: &BinOp{
						Left: &Constant{Value: big10("123456789012345678901234567890")},
						Op:   Sub,
						Right: &BinOp{
							Left: &BinOp{
								Left: &BinOp{
									Left:  &UnaryOp{Op: USub, Operand: &BinOp{Left: name("a"), Op: Pow, Right: &UnaryOp{Op: Invert, Operand: name("b")}}},
									Op:    FloorDiv,
									Right: &UnaryOp{Op: UAdd, Operand: name("c")},
								},
								Op: MatMult, Right: name("d"),
							},
							Op: ModOp, Right: name("e"),
						},
					},
					Op: LShift, Right: name("f"),
				},
				Op: RShift, Right: name("g"),
			},
			Op: BitOr,
			Right: &BinOp{Left: name("h"), Op: BitXor, Right: &BinOp{Left: name("i"), Op: BitAnd,
				Right: &BinOp{Left: name("j"), Op: Div, Right: name("k")}}},
		},
	})},
	{src: "a < b <= c > d >= e == f != g is h is not i in j not in k\nnot (a and b or c)\n(y := 2)\nx += 1", tree: mod(
		expr(&Compare{Left: name("a"), Ops: []Cmpop{Lt, LtE, Gt, GtE, Eq, NotEq, Is, IsNot, In, NotIn},
			Comparators: exprs(name("b"), name("c"), name("d"), name("e"), name("f"), name("g"), name("h"), name("i"), name("j"), name("k"))}),
		expr(&UnaryOp{Op: Not, Operand: &BoolOp{Op: Or, Values: exprs(&BoolOp{Op: And, Values: exprs(name("a"), name("b"))}, name("c"))}}),
		expr(&NamedExpr{Target: store("y"), Value: num(2)}),
		&AugAssign{Target: store("x"), Op: Add, Value: num(1)},
	)},
	{src: "lambda *, k: (yield)\n[x for x in y if x if not x for z in x]\n{a for a in b}\n{k: v async for k, v in d}\n(g for g in h)\n{1, 2}\n[*a, b]\n(a, b) = c, [d] = e\ny = yield from z\na if b else c", tree: mod(
		expr(&Lambda{Args: &Arguments{Kwonlyargs: []*Arg{arg("k")}, KwDefaults: exprs(nil)}, Body: &Yield{}}),
		expr(&ListComp{Elt: name("x"), Generators: []*Comprehension{
			{Target: store("x"), Iter: name("y"), Ifs: exprs(name("x"), &UnaryOp{Op: Not, Operand: name("x")})},
			{Target: store("z"), Iter: name("x")},
		}}),
		expr(&SetComp{Elt: name("a"), Generators: []*Comprehension{{Target: store("a"), Iter: name("b")}}}),
		expr(&DictComp{Key: name("k"), Value: name("v"), Generators: []*Comprehension{{Target: &Tuple{Elts: exprs(store("k"), store("v")), Ctx: Store}, Iter: name("d"), IsAsync: 1}}}),
		expr(&GeneratorExp{Elt: name("g"), Generators: []*Comprehension{{Target: store("g"), Iter: name("h")}}}),
		expr(&Set{Elts: exprs(num(1), num(2))}),
		expr(&List{Elts: exprs(&Starred{Value: name("a"), Ctx: Load}, name("b")), Ctx: Load}),
		&Assign{Targets: exprs(&Tuple{Elts: exprs(store("a"), store("b")), Ctx: Store}, &Tuple{Elts: exprs(store("c"), &List{Elts: exprs(store("d")), Ctx: Store}), Ctx: Store}), Value: name("e")},
		&Assign{Targets: exprs(store("y")), Value: &YieldFrom{Value: name("z")}},
		expr(&IfExp{Test: name("b"), Body: name("a"), Orelse: name("c")}),
	)},
	{src: "for i in r:\n    pass\nelse:\n    return\nwhile 1:\n    return x\nif a:\n    pass\nelif b:\n    raise\nelse:\n    raise E from F\nwith a, b as (c, d): pass\nglobal g, h\nnonlocal n\nassert x, 'm'\nassert y", tree: mod(
		&For{Target: store("i"), Iter: name("r"), Body: body(pass()), Orelse: body(&Return{})},
		&While{Test: num(1), Body: body(&Return{Value: name("x")})},
		&If{Test: name("a"), Body: body(pass()), Orelse: body(&If{Test: name("b"), Body: body(&Raise{}), Orelse: body(&Raise{Exc: name("E"), Cause: name("F")})})},
		&With{Items: []*WithItem{{ContextExpr: name("a")}, {ContextExpr: name("b"), OptionalVars: &Tuple{Elts: exprs(store("c"), store("d")), Ctx: Store}}}, Body: body(pass())},
		&Global{Names: []string{"g", "h"}},
		&Nonlocal{Names: []string{"n"}},
		&Assert{Test: name("x"), Msg: str("m")},
		&Assert{Test: name("y")},
	)},
	{src: "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\ntry:\n    pass\nexcept* (A, B):\n    pass", tree: mod(
		&Try{Body: body(pass()), Handlers: []ExcepthandlerNode{
			&ExceptHandler{Type: name("E"), Name: "e", Body: body(pass())},
			&ExceptHandler{Body: body(pass())},
		}, Orelse: body(pass()), Finalbody: body(pass())},
		&TryStar{Body: body(pass()), Handlers: []ExcepthandlerNode{
			&ExceptHandler{Type: &Tuple{Elts: exprs(name("A"), name("B")), Ctx: Load}, Body: body(pass())},
		}},
	)},
	{src: "'\\ud800' + '\\x00\\n\\t\\\\\"\\'' + '\\u200b\\U0001f600\\xa0'", tree: mod(expr(chainAdd(
		str("\xed\xa0\x80"), str("\x00\n\t\\\"'"), str("\u200b\U0001f600\u00a0"))))},
	{src: "'\\'' + \"'\"", tree: mod(expr(chainAdd(str("'"), str("'"))))},
	{src: "x = -0.0, 1e16, 1e-5, 0.0001, 5e-324, 1.7976931348623157e308, 1e400, 3e16j, 1.5e-7j", tree: mod(&Assign{
		Targets: exprs(store("x")),
		Value: &Tuple{Ctx: Load, Elts: exprs(
			&UnaryOp{Op: USub, Operand: &Constant{Value: 0.0}}, &Constant{Value: 1e16}, &Constant{Value: 1e-5},
			&Constant{Value: 0.0001}, &Constant{Value: 5e-324}, &Constant{Value: 1.7976931348623157e308},
			&Constant{Value: math.Inf(1)}, &Constant{Value: complex(0, 3e16)}, &Constant{Value: complex(0, 1.5e-7)},
		)},
	})},
}

func chainAdd(es ...Expr) Expr {
	e := es[0]
	for _, r := range es[1:] {
		e = &BinOp{Left: e, Op: Add, Right: r}
	}
	return e
}

// The reference: for each source, ast.dump with and without attributes, and
// the preorder list of node class names by ast.iter_child_nodes, without the
// enum nodes (Load(), Add()...), which are not Nodes in Go.
const dumpScript = `
import ast, json, sys
ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
def pre(n, out):
    if isinstance(n, ENUMS):
        return
    out.append(type(n).__name__)
    for c in ast.iter_child_nodes(n):
        pre(c, out)
    return out
res = []
for src in json.load(sys.stdin):
    t = ast.parse(src)
    res.append([ast.dump(t), ast.dump(t, include_attributes=True), pre(t, [])])
json.dump(res, sys.stdout)
`

func TestDumpMatchesCPython(t *testing.T) {
	var srcs []string
	for _, c := range dumpCases {
		srcs = append(srcs, c.src)
	}
	var want [][3]any
	runPython(t, dumpScript, srcs, &want)
	for i, c := range dumpCases {
		w := want[i][0].(string)
		if c.attrs {
			w = want[i][1].(string)
		}
		if got := Dump(c.tree, c.attrs); got != w {
			t.Errorf("source %q:\n got %s\nwant %s\n%s", c.src, got, w, firstDiff(got, w))
		}
		var names []string
		Inspect(c.tree, func(n Node) bool {
			if n != nil {
				names = append(names, className(n))
			}
			return true
		})
		var wantNames []string
		for _, n := range want[i][2].([]any) {
			wantNames = append(wantNames, n.(string))
		}
		if strings.Join(names, " ") != strings.Join(wantNames, " ") {
			t.Errorf("source %q: Walk order\n got %v\nwant %v", c.src, names, wantNames)
		}
	}
}

func className(n Node) string {
	s, _, _ := strings.Cut(Dump(n, false), "(")
	return s
}

func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-40)
	return "first difference at byte " + itoa(i) + ": got ..." + a[lo:min(len(a), i+40)] + "... want ..." + b[lo:min(len(b), i+40)] + "..."
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }
