package parser

import (
	"fmt"

	"minipy/lang/ast"
)

// exprName is CPython's _PyPegen_get_expr_name: how errors name a node.
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch v := e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case ast.EllipsisValue:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// invalidTarget finds the first sub-expression that cannot be a target.
func invalidTarget(e ast.Expr, del bool) ast.Expr {
	switch e := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	case *ast.Starred:
		if del {
			return e
		}
		return invalidTarget(e.Value, del)
	case *ast.Tuple:
		for _, x := range e.Elts {
			if b := invalidTarget(x, del); b != nil {
				return b
			}
		}
		return nil
	case *ast.List:
		for _, x := range e.Elts {
			if b := invalidTarget(x, del); b != nil {
				return b
			}
		}
		return nil
	}
	return e
}

// setCtx checks that e is a valid target and sets its context (Store/Del).
func (p *xp) setCtx(e ast.Expr, ctx ast.ExprContext) {
	p.checkTarget(e, ctx, "")
	setCtx(e, ctx)
}

func (p *xp) checkTarget(e ast.Expr, ctx ast.ExprContext, suffix string) {
	if bad := invalidTarget(e, ctx == ast.Del); bad != nil {
		verb := "assign to"
		if ctx == ast.Del {
			verb = "delete"
		}
		p.failNode(bad, fmt.Sprintf("cannot %s %s%s", verb, exprName(bad), suffix))
	}
}

func setCtx(e ast.Expr, ctx ast.ExprContext) {
	switch e := e.(type) {
	case *ast.Name:
		e.Ctx = ctx
	case *ast.Attribute:
		e.Ctx = ctx
	case *ast.Subscript:
		e.Ctx = ctx
	case *ast.Starred:
		e.Ctx = ctx
		setCtx(e.Value, ctx)
	case *ast.Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setCtx(x, ctx)
		}
	case *ast.List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			setCtx(x, ctx)
		}
	}
}
