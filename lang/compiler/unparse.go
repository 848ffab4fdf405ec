package compiler

import (
	"math"
	"math/big"
	"strings"

	"minipy/lang/ast"
	"minipy/lang/literal"
)

// Unparse returns the source text of an expression as CPython's
// ast_unparse.c writes it: the string an annotation becomes under `from
// __future__ import annotations`.
func Unparse(e ast.Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.b.String()
}

// Precedences, as ast_unparse.c's.
const (
	prTuple = iota
	prTest
	prOr
	prAnd
	prNot
	prCmp
	prExpr
	prBXor
	prBAnd
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
	prBOr = prExpr
)

type unparser struct{ b strings.Builder }

func (u *unparser) w(s string) { u.b.WriteString(s) }

func (u *unparser) paren(cond bool, f func()) {
	if cond {
		u.w("(")
	}
	f()
	if cond {
		u.w(")")
	}
}

var binOpText = map[ast.Operator]struct {
	s string
	p int
}{
	ast.Add: {" + ", prArith}, ast.Sub: {" - ", prArith}, ast.Mult: {" * ", prTerm}, ast.MatMult: {" @ ", prTerm},
	ast.Div: {" / ", prTerm}, ast.ModOp: {" % ", prTerm}, ast.FloorDiv: {" // ", prTerm}, ast.LShift: {" << ", prShift},
	ast.RShift: {" >> ", prShift}, ast.BitOr: {" | ", prBOr}, ast.BitXor: {" ^ ", prBXor}, ast.BitAnd: {" & ", prBAnd},
	ast.Pow: {" ** ", prPower},
}

var cmpText = map[ast.Cmpop]string{ast.Eq: " == ", ast.NotEq: " != ", ast.Lt: " < ", ast.LtE: " <= ", ast.Gt: " > ",
	ast.GtE: " >= ", ast.Is: " is ", ast.IsNot: " is not ", ast.In: " in ", ast.NotIn: " not in "}

func (u *unparser) exprs(list []ast.Expr, sep string) {
	for i, e := range list {
		if i > 0 {
			u.w(sep)
		}
		u.expr(e, prTest)
	}
}

func (u *unparser) expr(e ast.Expr, level int) {
	switch e := e.(type) {
	case *ast.BoolOp:
		op, p := " and ", prAnd
		if e.Op == ast.Or {
			op, p = " or ", prOr
		}
		u.paren(level > p, func() {
			for i, v := range e.Values {
				if i > 0 {
					u.w(op)
				}
				u.expr(v, p+1)
			}
		})
	case *ast.BinOp:
		t := binOpText[e.Op]
		right := 0
		if e.Op == ast.Pow {
			right = 1
		}
		u.paren(level > t.p, func() {
			u.expr(e.Left, t.p+right)
			u.w(t.s)
			u.expr(e.Right, t.p+1-right)
		})
	case *ast.UnaryOp:
		s, p := map[ast.Unaryop]string{ast.Invert: "~", ast.Not: "not ", ast.UAdd: "+", ast.USub: "-"}[e.Op], prFactor
		if e.Op == ast.Not {
			p = prNot
		}
		u.paren(level > p, func() {
			u.w(s)
			u.expr(e.Operand, p)
		})
	case *ast.Lambda:
		u.paren(level > prTest, func() {
			u.w("lambda")
			if a := u.argsText(e.Args); a != "" {
				u.w(" " + a)
			}
			u.w(": ")
			u.expr(e.Body, prTest)
		})
	case *ast.IfExp:
		u.paren(level > prTest, func() {
			u.expr(e.Body, prTest+1)
			u.w(" if ")
			u.expr(e.Test, prTest+1)
			u.w(" else ")
			u.expr(e.Orelse, prTest)
		})
	case *ast.Dict:
		u.w("{")
		for i := range e.Values {
			if i > 0 {
				u.w(", ")
			}
			if e.Keys[i] == nil {
				u.w("**")
				u.expr(e.Values[i], prExpr)
			} else {
				u.expr(e.Keys[i], prTest)
				u.w(": ")
				u.expr(e.Values[i], prTest)
			}
		}
		u.w("}")
	case *ast.Set:
		if len(e.Elts) == 0 {
			u.w("{*()}")
			return
		}
		u.w("{")
		u.exprs(e.Elts, ", ")
		u.w("}")
	case *ast.ListComp:
		u.w("[")
		u.expr(e.Elt, prTest)
		u.comps(e.Generators)
		u.w("]")
	case *ast.SetComp:
		u.w("{")
		u.expr(e.Elt, prTest)
		u.comps(e.Generators)
		u.w("}")
	case *ast.DictComp:
		u.w("{")
		u.expr(e.Key, prTest)
		u.w(": ")
		u.expr(e.Value, prTest)
		u.comps(e.Generators)
		u.w("}")
	case *ast.GeneratorExp:
		u.w("(")
		u.expr(e.Elt, prTest)
		u.comps(e.Generators)
		u.w(")")
	case *ast.Await:
		u.paren(level > prAwait, func() { u.w("await "); u.expr(e.Value, prAtom) })
	case *ast.Yield:
		u.paren(true, func() {
			u.w("yield")
			if e.Value != nil {
				u.w(" ")
				u.expr(e.Value, prTest)
			}
		})
	case *ast.YieldFrom:
		u.paren(true, func() { u.w("yield from "); u.expr(e.Value, prTest) })
	case *ast.Compare:
		u.paren(level > prCmp, func() {
			u.expr(e.Left, prCmp+1)
			for i, op := range e.Ops {
				u.w(cmpText[op])
				u.expr(e.Comparators[i], prCmp+1)
			}
		})
	case *ast.Call:
		u.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*ast.GeneratorExp); ok {
				u.expr(g, prTest)
				return
			}
		}
		u.w("(")
		first := true
		for _, a := range e.Args {
			if !first {
				u.w(", ")
			}
			first = false
			u.expr(a, prTest)
		}
		for _, k := range e.Keywords {
			if !first {
				u.w(", ")
			}
			first = false
			if k.Arg == "" {
				u.w("**")
			} else {
				u.w(k.Arg + "=")
			}
			u.expr(k.Value, prTest)
		}
		u.w(")")
	case *ast.Constant:
		u.constant(e.Value)
	case *ast.JoinedStr:
		u.w("f" + literal.QuoteStr(u.fstringBody(e.Values)))
	case *ast.FormattedValue:
		u.w("f" + literal.QuoteStr(u.fstringBody([]ast.Expr{e})))
	case *ast.Attribute:
		u.expr(e.Value, prAtom)
		if k, ok := e.Value.(*ast.Constant); ok {
			if _, isInt := k.Value.(*big.Int); isInt {
				u.w(" ")
			}
		}
		u.w("." + e.Attr)
	case *ast.Subscript:
		u.expr(e.Value, prAtom)
		u.w("[")
		if t, ok := e.Slice.(*ast.Tuple); ok && len(t.Elts) > 0 {
			for i, x := range t.Elts {
				if i > 0 {
					u.w(", ")
				}
				u.expr(x, prTest)
			}
			if len(t.Elts) == 1 {
				u.w(",")
			}
		} else {
			u.expr(e.Slice, prTuple)
		}
		u.w("]")
	case *ast.Starred:
		u.w("*")
		u.expr(e.Value, prExpr)
	case *ast.Name:
		u.w(e.Id)
	case *ast.List:
		u.w("[")
		u.exprs(e.Elts, ", ")
		u.w("]")
	case *ast.Tuple:
		if len(e.Elts) == 0 {
			u.w("()")
			return
		}
		u.paren(level > prTuple, func() {
			u.exprs(e.Elts, ", ")
			if len(e.Elts) == 1 {
				u.w(",")
			}
		})
	case *ast.Slice:
		if e.Lower != nil {
			u.expr(e.Lower, prTest)
		}
		u.w(":")
		if e.Upper != nil {
			u.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			u.w(":")
			u.expr(e.Step, prTest)
		}
	case *ast.NamedExpr:
		u.paren(level > prTuple, func() {
			u.expr(e.Target, prAtom)
			u.w(" := ")
			u.expr(e.Value, prAtom)
		})
	}
}

func (u *unparser) fstringBody(values []ast.Expr) string {
	var b strings.Builder
	for _, v := range values {
		switch v := v.(type) {
		case *ast.Constant:
			s, _ := v.Value.(string)
			b.WriteString(strings.NewReplacer("{", "{{", "}", "}}").Replace(s))
		case *ast.FormattedValue:
			var inner unparser
			inner.expr(v.Value, prTest+1)
			t := inner.b.String()
			b.WriteString("{")
			if strings.HasPrefix(t, "{") {
				b.WriteString(" ")
			}
			b.WriteString(t)
			if v.Conversion > 0 {
				b.WriteString("!" + string(rune(v.Conversion)))
			}
			if v.FormatSpec != nil {
				b.WriteString(":")
				if js, ok := v.FormatSpec.(*ast.JoinedStr); ok {
					b.WriteString(u.fstringBody(js.Values))
				}
			}
			b.WriteString("}")
		}
	}
	return b.String()
}

func (u *unparser) comps(gens []*ast.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			u.w(" async for ")
		} else {
			u.w(" for ")
		}
		u.expr(g.Target, prTuple)
		u.w(" in ")
		u.expr(g.Iter, prTest+1)
		for _, c := range g.Ifs {
			u.w(" if ")
			u.expr(c, prTest+1)
		}
	}
}

func (u *unparser) argsText(a *ast.Arguments) string {
	var parts []string
	one := func(arg *ast.Arg, def ast.Expr) string {
		s := arg.Arg
		if def != nil {
			var v unparser
			v.expr(def, prTest)
			s += "=" + v.b.String()
		}
		return s
	}
	pos := append(append([]*ast.Arg{}, a.Posonlyargs...), a.Args...)
	off := len(pos) - len(a.Defaults)
	for i, arg := range pos {
		var d ast.Expr
		if i >= off {
			d = a.Defaults[i-off]
		}
		parts = append(parts, one(arg, d))
		if len(a.Posonlyargs) > 0 && i == len(a.Posonlyargs)-1 {
			parts = append(parts, "/")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		if a.Vararg != nil {
			parts = append(parts, "*"+a.Vararg.Arg)
		} else {
			parts = append(parts, "*")
		}
	}
	for i, arg := range a.Kwonlyargs {
		var d ast.Expr
		if i < len(a.KwDefaults) {
			d = a.KwDefaults[i]
		}
		parts = append(parts, one(arg, d))
	}
	if a.Kwarg != nil {
		parts = append(parts, "**"+a.Kwarg.Arg)
	}
	return strings.Join(parts, ", ")
}

func (u *unparser) constant(v any) {
	switch v := v.(type) {
	case ast.EllipsisValue:
		u.w("...")
	case float64:
		if math.IsInf(v, 0) {
			if v < 0 {
				u.w("-")
			}
			u.w("1e309")
			return
		}
		u.w(ConstRepr(v))
	case complex128:
		if math.IsInf(imag(v), 0) && real(v) == 0 {
			u.w("1e309j")
			return
		}
		u.w(ConstRepr(v))
	default:
		u.w(ConstRepr(v))
	}
}

// ConstRepr is the Python repr of a constant.
func ConstRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *big.Int:
		return v.String()
	case float64:
		return literal.FormatFloat(v)
	case complex128:
		return literal.FormatComplex(real(v), imag(v))
	case string:
		return literal.QuoteStr(v)
	case []byte:
		return literal.QuoteBytes(v)
	case ast.EllipsisValue:
		return "Ellipsis"
	case *Code:
		return "<code object " + v.Name + ", file \"" + v.Filename + "\", line " + itoa(v.FirstLineno) + ">"
	case ConstTuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case ConstFrozenset:
		if len(v) == 0 {
			return "frozenset()"
		}
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	}
	return "?"
}
