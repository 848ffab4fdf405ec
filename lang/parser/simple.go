package parser

import (
	"fmt"

	"github.com/alecthomas/participle/v2/lexer"

	"minipy/lang/ast"
)

func augOp(k lexer.TokenType) (ast.Operator, bool) {
	switch k {
	case tkPlusEqual:
		return ast.Add, true
	case tkMinEqual:
		return ast.Sub, true
	case tkStarEqual:
		return ast.Mult, true
	case tkSlashEqual:
		return ast.Div, true
	case tkDoubleSlashEqual:
		return ast.FloorDiv, true
	case tkPercentEqual:
		return ast.ModOp, true
	case tkDoubleStarEqual:
		return ast.Pow, true
	case tkLeftShiftEqual:
		return ast.LShift, true
	case tkRightShiftEqual:
		return ast.RShift, true
	case tkAmperEqual:
		return ast.BitAnd, true
	case tkVbarEqual:
		return ast.BitOr, true
	case tkCircumflexEqual:
		return ast.BitXor, true
	case tkAtEqual:
		return ast.MatMult, true
	}
	return 0, false
}

func canStartSmall(k lexer.TokenType) bool {
	switch k {
	case tkPass, tkBreak, tkContinue, tkReturn, tkRaise, tkGlobal, tkNonlocal, tkDel,
		tkAssert, tkImport, tkFrom, tkYield, tkStar:
		return true
	}
	return canStartExpr(k)
}

// smallStmt parses one simple statement (no trailing ';' or NEWLINE).
func (p *xp) smallStmt() ast.Stmt {
	t := p.peek()
	switch t.Type {
	case tkPass:
		p.next()
		return &ast.Pass{Pos: p.span(t)}
	case tkBreak:
		p.next()
		return &ast.Break{Pos: p.span(t)}
	case tkContinue:
		p.next()
		return &ast.Continue{Pos: p.span(t)}
	case tkReturn:
		p.next()
		var v ast.Expr
		if canStartExpr(p.peek().Type) || p.at(tkStar) {
			v = p.starExpressions()
		}
		return &ast.Return{Value: v, Pos: p.span(t)}
	case tkRaise:
		p.next()
		r := &ast.Raise{}
		if canStartExpr(p.peek().Type) {
			r.Exc = p.expression()
			if p.accept(tkFrom) {
				r.Cause = p.expression()
			}
		}
		r.Pos = p.span(t)
		return r
	case tkGlobal, tkNonlocal:
		p.next()
		var names []string
		for {
			nt := p.peek()
			if nt.Type != tkName {
				p.failTok(nt, "invalid syntax")
			}
			p.next()
			names = append(names, p.ident(nt))
			if !p.accept(tkComma) {
				break
			}
		}
		if t.Type == tkGlobal {
			return &ast.Global{Names: names, Pos: p.span(t)}
		}
		return &ast.Nonlocal{Names: names, Pos: p.span(t)}
	case tkDel:
		p.next()
		var targets []ast.Expr
		for {
			e := p.starTarget()
			p.setCtx(e, ast.Del)
			targets = append(targets, e)
			if !p.accept(tkComma) || !canStartExpr(p.peek().Type) {
				break
			}
		}
		return &ast.Delete{Targets: targets, Pos: p.span(t)}
	case tkAssert:
		p.next()
		a := &ast.Assert{Test: p.expression()}
		if p.accept(tkComma) {
			a.Msg = p.expression()
		}
		a.Pos = p.span(t)
		return a
	case tkImport:
		p.next()
		var names []*ast.Alias
		for {
			nt := p.peek()
			name := p.dottedName()
			a := &ast.Alias{Name: name}
			if p.accept(tkAs) {
				at := p.expect(tkName)
				a.Asname = p.ident(at)
			}
			a.Pos = p.span(nt)
			names = append(names, a)
			if !p.accept(tkComma) {
				break
			}
		}
		return &ast.Import{Names: names, Pos: p.span(t)}
	case tkFrom:
		return p.importFrom()
	}
	return p.exprStmt()
}

func (p *xp) dottedName() string {
	nt := p.peek()
	if nt.Type != tkName {
		p.failTok(nt, "invalid syntax")
	}
	p.next()
	name := p.ident(nt)
	for p.at(tkDot) {
		p.next()
		nt = p.peek()
		if nt.Type != tkName {
			p.failTok(nt, "invalid syntax")
		}
		p.next()
		name += "." + p.ident(nt)
	}
	return name
}

func (p *xp) importFrom() ast.Stmt {
	t := p.next()
	level := 0
	for {
		if p.accept(tkDot) {
			level++
		} else if p.accept(tkEllipsis) {
			level += 3
		} else {
			break
		}
	}
	module := ""
	if !p.at(tkImport) {
		module = p.dottedName()
	}
	if !p.at(tkImport) {
		p.failTok(p.peek(), "invalid syntax")
	}
	p.next()
	var names []*ast.Alias
	if st := p.peek(); st.Type == tkStar {
		p.next()
		names = append(names, &ast.Alias{Name: "*", Pos: p.span(st)})
		return &ast.ImportFrom{Module: module, Names: names, Level: level, Pos: p.span(t)}
	}
	paren := p.accept(tkLpar)
	for {
		nt := p.peek()
		if nt.Type != tkName {
			p.failTok(nt, "invalid syntax")
		}
		p.next()
		a := &ast.Alias{Name: p.ident(nt)}
		if p.accept(tkAs) {
			at := p.expect(tkName)
			a.Asname = p.ident(at)
		}
		a.Pos = p.span(nt)
		names = append(names, a)
		if !p.accept(tkComma) {
			break
		}
		if paren && p.at(tkRpar) {
			break
		}
		if !paren && !p.at(tkName) {
			p.failTok(p.peek(), "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(tkRpar)
	}
	return &ast.ImportFrom{Module: module, Names: names, Level: level, Pos: p.span(t)}
}

func (p *xp) rhs() ast.Expr {
	if p.at(tkYield) {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

func (p *xp) exprStmt() ast.Stmt {
	t := p.peek()
	e := p.rhs()
	if n, ok := e.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") && canStartExpr(p.peek().Type) && !p.at(tkLpar) {
		// Python 2's print/exec statements (CPython's invalid_legacy_expression)
		cp := p.lx.MakeCheckpoint()
		last := p.last
		parsed := func() (ok bool) {
			defer func() {
				if r := recover(); r != nil {
					if _, isErr := r.(*perr); !isErr {
						panic(r)
					}
					ok = false
				}
			}()
			p.starExpressions()
			return true
		}()
		if parsed {
			p.failSpan(p.span(t), fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id))
		}
		p.lx.LoadCheckpoint(cp)
		p.last = last
	}
	if p.at(tkColonEqual) {
		if _, ok := e.(*ast.Name); !ok {
			p.failNode(e, fmt.Sprintf("cannot use assignment expressions with %s", exprName(e)))
		}
	}
	switch k := p.peek().Type; k {
	case tkColon:
		switch e.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		case *ast.Tuple:
			p.failNode(e, "only single target (not tuple) can be annotated")
		case *ast.List:
			p.failNode(e, "only single target (not list) can be annotated")
		default:
			p.failNode(e, "illegal target for annotation")
		}
		p.next()
		simple := 0
		if _, ok := e.(*ast.Name); ok && t.Type != tkLpar {
			simple = 1
		}
		setCtx(e, ast.Store)
		ann := p.expression()
		var v ast.Expr
		if p.accept(tkEqual) {
			v = p.rhs()
		}
		return &ast.AnnAssign{Target: e, Annotation: ann, Value: v, Simple: simple, Pos: p.span(t)}
	case tkEqual:
		targets := []ast.Expr{e}
		bare := t.Type == tkYield // an unparenthesized yield as a target
		var value ast.Expr
		for p.accept(tkEqual) {
			vt := p.peek().Type
			v := p.rhs()
			if p.at(tkEqual) {
				if vt == tkYield {
					p.failNode(v, "assignment to yield expression not possible")
				}
				targets = append(targets, v)
				continue
			}
			value = v
		}
		if bare {
			p.failNode(e, "assignment to yield expression not possible")
		}
		for _, tg := range targets {
			p.assignTarget(tg, len(targets) == 1 && !isTupleish(value))
		}
		return &ast.Assign{Targets: targets, Value: value, Pos: p.span(t)}
	default:
		if op, ok := augOp(k); ok {
			switch e.(type) {
			case *ast.Name, *ast.Attribute, *ast.Subscript:
			default:
				p.failNode(e, fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(e)))
			}
			p.next()
			setCtx(e, ast.Store)
			v := p.rhs()
			return &ast.AugAssign{Target: e, Op: op, Value: v, Pos: p.span(t)}
		}
	}
	return &ast.ExprStmt{Value: e, Pos: p.span(t)}
}

func isTupleish(e ast.Expr) bool {
	_, ok := e.(*ast.Tuple)
	return ok
}

func (p *xp) assignTarget(e ast.Expr, single bool) {
	bad := invalidTarget(e, false)
	if bad == nil {
		setCtx(e, ast.Store)
		return
	}
	if single && bad == e {
		switch c := e.(type) {
		case *ast.List, *ast.Tuple, *ast.GeneratorExp, *ast.Compare, *ast.BoolOp, *ast.Lambda, *ast.IfExp, *ast.NamedExpr:
			// not a bitwise_or: CPython's invalid_named_expression does not apply
		case *ast.UnaryOp:
			if c.Op != ast.Not {
				p.failNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)))
			}
		case *ast.Constant:
			if c.Value == nil || c.Value == true || c.Value == false {
				break
			}
			p.failNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)))
		default:
			p.failNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)))
		}
	}
	p.failNode(bad, fmt.Sprintf("cannot assign to %s", exprName(bad)))
}
