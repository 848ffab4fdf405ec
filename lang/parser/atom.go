package parser

import (
	"github.com/alecthomas/participle/v2/lexer"

	"minipy/lang/ast"
)

func (p *xp) atom() ast.Expr {
	t := p.peek()
	switch t.Type {
	case tkName:
		p.next()
		return &ast.Name{Id: p.ident(t), Ctx: ast.Load, Pos: p.span(t)}
	case tkNumber:
		p.next()
		return &ast.Constant{Value: p.number(t), Pos: p.span(t)}
	case tkString:
		return p.strings()
	case tkNone:
		p.next()
		return &ast.Constant{Value: nil, Pos: p.span(t)}
	case tkTrue:
		p.next()
		return &ast.Constant{Value: true, Pos: p.span(t)}
	case tkFalse:
		p.next()
		return &ast.Constant{Value: false, Pos: p.span(t)}
	case tkEllipsis:
		p.next()
		return &ast.Constant{Value: ast.EllipsisValue{}, Pos: p.span(t)}
	case tkLpar:
		return p.paren()
	case tkLsqb:
		return p.list()
	case tkLbrace:
		return p.brace()
	}
	p.failTok(t, "invalid syntax")
	return nil
}

func (p *xp) paren() ast.Expr {
	open := p.next()
	p.enter()
	defer p.leave()
	if p.accept(tkRpar) {
		return &ast.Tuple{Ctx: ast.Load, Pos: p.span(open)}
	}
	if p.at(tkYield) {
		e := p.yieldExpr()
		p.expect(tkRpar)
		return e
	}
	first := p.starNamedExpression()
	if p.at(tkFor) || p.at(tkAsync) {
		if _, ok := first.(*ast.Starred); ok {
			p.failNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensionClauses()
		p.expect(tkRpar)
		return &ast.GeneratorExp{Elt: first, Generators: gens, Pos: p.span(open)}
	}
	if p.accept(tkRpar) {
		if s, ok := first.(*ast.Starred); ok {
			p.failNode(s, "cannot use starred expression here")
		}
		return first
	}
	if !p.at(tkComma) {
		p.checkComma(first)
		p.expect(tkRpar)
	}
	elts := []ast.Expr{first}
	for p.accept(tkComma) {
		if p.at(tkRpar) {
			break
		}
		e := p.starNamedExpression()
		elts = append(elts, e)
		p.checkComma(e)
	}
	p.checkCompTarget(elts)
	p.expect(tkRpar)
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: p.span(open)}
}

func (p *xp) list() ast.Expr {
	open := p.next()
	p.enter()
	defer p.leave()
	if p.accept(tkRsqb) {
		return &ast.List{Ctx: ast.Load, Pos: p.span(open)}
	}
	first := p.starNamedExpression()
	if p.at(tkFor) || p.at(tkAsync) {
		if _, ok := first.(*ast.Starred); ok {
			p.failNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensionClauses()
		p.expect(tkRsqb)
		return &ast.ListComp{Elt: first, Generators: gens, Pos: p.span(open)}
	}
	elts := []ast.Expr{first}
	p.checkComma(first)
	for p.accept(tkComma) {
		if p.at(tkRsqb) {
			break
		}
		e := p.starNamedExpression()
		elts = append(elts, e)
		p.checkComma(e)
	}
	p.checkCompTarget(elts)
	p.expect(tkRsqb)
	return &ast.List{Elts: elts, Ctx: ast.Load, Pos: p.span(open)}
}

func (p *xp) brace() ast.Expr {
	open := p.next()
	p.enter()
	defer p.leave()
	if p.accept(tkRbrace) {
		return &ast.Dict{Pos: p.span(open)}
	}
	if p.at(tkDoubleStar) {
		return p.dictRest(open, nil, nil)
	}
	first := p.starNamedExpression()
	if p.at(tkColon) {
		if _, ok := first.(*ast.Starred); ok {
			p.failNode(first, "cannot use a starred expression in a dictionary value")
		}
		colon := p.next()
		if !canStartExpr(p.peek().Type) {
			p.failTok(colon, "expression expected after dictionary key and ':'")
		}
		v := p.expression()
		if p.at(tkFor) || p.at(tkAsync) {
			gens := p.comprehensionClauses()
			p.expect(tkRbrace)
			return &ast.DictComp{Key: first, Value: v, Generators: gens, Pos: p.span(open)}
		}
		return p.dictRest(open, first, v)
	}
	if p.at(tkFor) || p.at(tkAsync) {
		if _, ok := first.(*ast.Starred); ok {
			p.failNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensionClauses()
		p.expect(tkRbrace)
		return &ast.SetComp{Elt: first, Generators: gens, Pos: p.span(open)}
	}
	elts := []ast.Expr{first}
	p.checkComma(first)
	for p.accept(tkComma) {
		if p.at(tkRbrace) {
			break
		}
		e := p.starNamedExpression()
		elts = append(elts, e)
		p.checkComma(e)
	}
	p.checkCompTarget(elts)
	p.expect(tkRbrace)
	return &ast.Set{Elts: elts, Pos: p.span(open)}
}

// dictRest parses the remaining items of a dict display; key/value is the
// first item when already parsed (a nil key means "**value").
func (p *xp) dictRest(open *lexer.Token, key, value ast.Expr) ast.Expr {
	var keys, vals []ast.Expr
	if value != nil {
		keys = append(keys, key)
		vals = append(vals, value)
		if !p.accept(tkComma) {
			p.expect(tkRbrace)
			return &ast.Dict{Keys: keys, Values: vals, Pos: p.span(open)}
		}
	}
	for !p.at(tkRbrace) {
		if st := p.peek(); st.Type == tkDoubleStar {
			p.next()
			keys = append(keys, nil)
			vals = append(vals, p.bitOr())
			if p.at(tkFor) || p.at(tkAsync) {
				p.failSpan(p.span(st), "dict unpacking cannot be used in dict comprehension")
			}
		} else {
			k := p.expression()
			if !p.at(tkColon) {
				p.failNode(k, "':' expected after dictionary key")
			}
			colon := p.next()
			if !canStartExpr(p.peek().Type) {
				p.failTok(colon, "expression expected after dictionary key and ':'")
			}
			keys = append(keys, k)
			vals = append(vals, p.expression())
		}
		if !p.accept(tkComma) {
			break
		}
	}
	p.expect(tkRbrace)
	return &ast.Dict{Keys: keys, Values: vals, Pos: p.span(open)}
}

// comprehensionClauses parses ('async'? 'for' targets 'in' disjunction ('if' disjunction)*)+.
func (p *xp) comprehensionClauses() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for p.at(tkFor) || p.at(tkAsync) {
		isAsync := 0
		if p.accept(tkAsync) {
			isAsync = 1
			if !p.at(tkFor) {
				p.failTok(p.peek(), "invalid syntax")
			}
		}
		p.next()
		target := p.starTargets()
		if !p.at(tkIn) {
			p.failTok(p.peek(), "invalid syntax")
		}
		p.next()
		iter := p.disjunction()
		var ifs []ast.Expr
		for p.accept(tkIf) {
			ifs = append(ifs, p.disjunction())
		}
		gens = append(gens, &ast.Comprehension{Target: target, Iter: iter, Ifs: ifs, IsAsync: isAsync})
	}
	return gens
}

// starTargets parses a for-target list (bitwise_or level items) and sets Store.
func (p *xp) starTargets() ast.Expr {
	first := p.peek()
	e := p.starTarget()
	if p.at(tkComma) {
		elts := []ast.Expr{e}
		for p.accept(tkComma) {
			if !canStartExpr(p.peek().Type) && !p.at(tkStar) {
				break
			}
			elts = append(elts, p.starTarget())
		}
		e = &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: p.span(first)}
	}
	p.setCtx(e, ast.Store)
	return e
}

func (p *xp) starTarget() ast.Expr {
	if p.at(tkStar) {
		t := p.next()
		v := p.bitOr()
		return &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(t)}
	}
	return p.bitOr()
}

func (p *xp) yieldExpr() ast.Expr {
	t := p.next()
	if p.accept(tkFrom) {
		v := p.expression()
		return &ast.YieldFrom{Value: v, Pos: p.span(t)}
	}
	if canStartExpr(p.peek().Type) || p.at(tkStar) {
		v := p.starExpressions()
		return &ast.Yield{Value: v, Pos: p.span(t)}
	}
	return &ast.Yield{Pos: p.span(t)}
}

// slices parses the inside of a subscript.
func (p *xp) slices() ast.Expr {
	first := p.peek()
	s := p.slice()
	if !p.at(tkComma) {
		if _, ok := s.(*ast.Starred); ok {
			return &ast.Tuple{Elts: []ast.Expr{s}, Ctx: ast.Load, Pos: p.span(first)}
		}
		return s
	}
	elts := []ast.Expr{s}
	for p.accept(tkComma) {
		if p.at(tkRsqb) {
			break
		}
		elts = append(elts, p.slice())
	}
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: p.span(first)}
}

func (p *xp) slice() ast.Expr {
	first := p.peek()
	var lower ast.Expr
	if p.at(tkStar) {
		t := p.next()
		v := p.bitOr()
		return &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(t)}
	}
	if !p.at(tkColon) {
		lower = p.namedExpression()
		if !p.at(tkColon) {
			return lower
		}
		if _, ok := lower.(*ast.NamedExpr); ok {
			p.failTok(p.peek(), "invalid syntax")
		}
	}
	p.next()
	var upper, step ast.Expr
	if canStartExpr(p.peek().Type) {
		upper = p.expression()
	}
	if p.accept(tkColon) {
		if canStartExpr(p.peek().Type) {
			step = p.expression()
		}
	}
	return &ast.Slice{Lower: lower, Upper: upper, Step: step, Pos: p.span(first)}
}

func (p *xp) lambdef() ast.Expr {
	t := p.next()
	args := p.params(tkColon, false)
	p.expect(tkColon)
	body := p.expression()
	return &ast.Lambda{Args: args, Body: body, Pos: p.span(t)}
}

// params parses a parameter list up to (not including) the closing token;
// annotations are allowed only for def.
func (p *xp) params(close lexer.TokenType, annotations bool) *ast.Arguments {
	a := &ast.Arguments{}
	var plain []*ast.Arg
	var defaults []ast.Expr
	seenSlash, seenStar := false, false
	param := func() *ast.Arg {
		nt := p.peek()
		if nt.Type != tkName {
			p.failTok(nt, "invalid syntax")
		}
		p.next()
		arg := &ast.Arg{Arg: p.ident(nt)}
		if annotations && p.accept(tkColon) {
			arg.Annotation = p.expression()
		}
		arg.Pos = p.span(nt)
		return arg
	}
	for !p.at(close) {
		t := p.peek()
		switch t.Type {
		case tkSlash:
			if seenSlash {
				p.failTok(t, "/ may appear only once")
			}
			if seenStar {
				p.failTok(t, "/ must be ahead of *")
			}
			if len(plain) == 0 {
				if p.peekAfterCommaIs(tkComma) {
					p.failTok(t, "at least one argument must precede /")
				}
				p.failTok(t, "invalid syntax")
			}
			p.next()
			seenSlash = true
			a.Posonlyargs = plain
			plain = nil
		case tkStar:
			if seenStar {
				p.failTok(t, "* argument may appear only once")
			}
			p.next()
			seenStar = true
			if p.at(tkName) {
				nt := p.peek()
				p.next()
				arg := &ast.Arg{Arg: p.ident(nt)}
				if annotations && p.accept(tkColon) {
					if p.at(tkStar) {
						st := p.next()
						v := p.expression()
						arg.Annotation = &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(st)}
					} else {
						arg.Annotation = p.expression()
					}
				}
				arg.Pos = p.span(nt)
				a.Vararg = arg
				if p.at(tkEqual) {
					p.failTok(p.peek(), "var-positional argument cannot have default value")
				}
			} else if p.at(close) || (p.at(tkComma) && (p.peekAfterCommaIs(close) || p.peekAfterCommaIs(tkDoubleStar))) {
				p.failTok(t, "named arguments must follow bare *")
			}
		case tkDoubleStar:
			p.next()
			a.Kwarg = param()
			if p.at(tkEqual) {
				p.failTok(p.peek(), "var-keyword argument cannot have default value")
			}
			p.accept(tkComma)
			if !p.at(close) {
				p.failTok(p.peek(), "arguments cannot follow var-keyword argument")
			}
			goto done
		default:
			arg := param()
			var def ast.Expr
			if p.accept(tkEqual) {
				def = p.expression()
			}
			if seenStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def != nil {
					defaults = append(defaults, def)
				} else if len(defaults) > 0 {
					p.failNode(arg, "non-default argument follows default argument")
				}
				plain = append(plain, arg)
			}
		}
		if !p.accept(tkComma) {
			break
		}
	}
done:
	a.Args = plain
	a.Defaults = defaults
	if a.Posonlyargs == nil {
		a.Posonlyargs = []*ast.Arg{}
	}
	return a
}

func (p *xp) peekAfterCommaIs(k lexer.TokenType) bool {
	cp := p.lx.MakeCheckpoint()
	p.lx.Next()
	ok := p.lx.Peek().Type == k
	p.lx.LoadCheckpoint(cp)
	return ok
}

// checkComma reports two juxtaposed expressions inside brackets as CPython's
// invalid_expression rule does ("Perhaps you forgot a comma?"), except after
// a name followed by a string and for soft keywords.
func (p *xp) checkComma(e ast.Expr) {
	t := p.peek()
	if !canStartExpr(t.Type) || t.Type == tkNot {
		return
	}
	if _, ok := e.(*ast.Starred); ok {
		return
	}
	if n, ok := e.(*ast.Name); ok && (t.Type == tkString || n.Id == "match" || n.Id == "case" || n.Id == "_") {
		return
	}
	if t.Type == tkName && (t.Value == "match" || t.Value == "case" || t.Value == "_") {
		return
	}
	start := *e.Position()
	if t.Type == tkLambda {
		return
	}
	p.disjunction()
	start.EndLineno, start.EndColOffset = p.tokEnd(p.last)
	p.failSpan(start, "invalid syntax. Perhaps you forgot a comma?")
}

// checkCompTarget reports "[a, b for ...]" (CPython's
// invalid_comprehension).
func (p *xp) checkCompTarget(elts []ast.Expr) {
	if len(elts) > 1 && (p.at(tkFor) || p.at(tkAsync)) {
		pos := *elts[0].Position()
		last := elts[len(elts)-1].Position()
		pos.EndLineno, pos.EndColOffset = last.EndLineno, last.EndColOffset
		p.failSpan(pos, "did you forget parentheses around the comprehension target?")
	}
}
