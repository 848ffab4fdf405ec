package parser

import (
	"minipy/lang/ast"
)

// patterns parses a case's pattern list: open_sequence_pattern | pattern.
func (p *xp) patterns() ast.Pattern {
	first := p.peek()
	pat := p.maybeStarPattern()
	if !p.at(tkComma) {
		if _, ok := pat.(*ast.MatchStar); ok {
			p.failTok(p.peek(), "invalid syntax")
		}
		return pat
	}
	pats := []ast.Pattern{pat}
	for p.accept(tkComma) {
		if p.at(tkColon) || p.at(tkIf) {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &ast.MatchSequence{Patterns: pats, Pos: p.span(first)}
}

func (p *xp) maybeStarPattern() ast.Pattern {
	if p.at(tkStar) {
		t := p.next()
		nt := p.expect(tkName)
		name := p.ident(nt)
		if name == "_" {
			name = ""
		}
		return &ast.MatchStar{Name: name, Pos: p.span(t)}
	}
	return p.pattern()
}

func (p *xp) pattern() ast.Pattern {
	first := p.peek()
	p.enter()
	defer p.leave()
	pat := p.orPattern()
	if p.accept(tkAs) {
		nt := p.expect(tkName)
		name := p.ident(nt)
		if name == "_" {
			p.failTok(nt, "cannot use '_' as a target")
		}
		return &ast.MatchAs{Pattern: pat, Name: name, Pos: p.span(first)}
	}
	return pat
}

func (p *xp) orPattern() ast.Pattern {
	first := p.peek()
	pat := p.closedPattern()
	if !p.at(tkVbar) {
		return pat
	}
	pats := []ast.Pattern{pat}
	for p.accept(tkVbar) {
		pats = append(pats, p.closedPattern())
	}
	return &ast.MatchOr{Patterns: pats, Pos: p.span(first)}
}

// signedNumber parses NUMBER | '-' NUMBER, with an optional complex tail.
func (p *xp) literalNumber() ast.Expr {
	first := p.peek()
	var e ast.Expr
	if p.at(tkMinus) {
		p.next()
		nt := p.expect(tkNumber)
		c := &ast.Constant{Value: p.number(nt), Pos: p.span(nt)}
		e = &ast.UnaryOp{Op: ast.USub, Operand: c, Pos: p.span(first)}
	} else {
		nt := p.expect(tkNumber)
		e = &ast.Constant{Value: p.number(nt), Pos: p.span(nt)}
	}
	if p.at(tkPlus) || p.at(tkMinus) {
		op := ast.Add
		if p.at(tkMinus) {
			op = ast.Sub
		}
		p.next()
		nt := p.expect(tkNumber)
		c := &ast.Constant{Value: p.number(nt), Pos: p.span(nt)}
		if _, ok := c.Value.(complex128); !ok {
			p.failNode(c, "imaginary number required in complex literal")
		}
		e = &ast.BinOp{Left: e, Op: op, Right: c, Pos: p.span(first)}
	}
	return e
}

func (p *xp) nameOrAttr() ast.Expr {
	first := p.peek()
	var e ast.Expr = &ast.Name{Id: p.ident(first), Ctx: ast.Load, Pos: p.span(first)}
	for p.at(tkDot) {
		p.next()
		nt := p.expect(tkName)
		e = &ast.Attribute{Value: e, Attr: p.ident(nt), Ctx: ast.Load, Pos: p.span(first)}
	}
	return e
}

func (p *xp) closedPattern() ast.Pattern {
	t := p.peek()
	switch t.Type {
	case tkNumber, tkMinus:
		e := p.literalNumber()
		return &ast.MatchValue{Value: e, Pos: *e.Position()}
	case tkString:
		e := p.strings()
		if _, ok := e.(*ast.JoinedStr); ok {
			p.failNode(e, "patterns may only match literals and attribute lookups")
		}
		return &ast.MatchValue{Value: e, Pos: *e.Position()}
	case tkNone, tkTrue, tkFalse:
		p.next()
		var v any
		if t.Type == tkTrue {
			v = true
		} else if t.Type == tkFalse {
			v = false
		}
		return &ast.MatchSingleton{Value: v, Pos: p.span(t)}
	case tkName:
		p.next()
		if !p.at(tkDot) && !p.at(tkLpar) {
			name := p.ident(t)
			if name == "_" {
				return &ast.MatchAs{Pos: p.span(t)}
			}
			return &ast.MatchAs{Name: name, Pos: p.span(t)}
		}
		var cls ast.Expr = &ast.Name{Id: p.ident(t), Ctx: ast.Load, Pos: p.span(t)}
		for p.at(tkDot) {
			p.next()
			nt := p.expect(tkName)
			cls = &ast.Attribute{Value: cls, Attr: p.ident(nt), Ctx: ast.Load, Pos: p.span(t)}
		}
		if !p.at(tkLpar) {
			return &ast.MatchValue{Value: cls, Pos: *cls.Position()}
		}
		return p.classPattern(cls)
	case tkLpar:
		p.next()
		if p.accept(tkRpar) {
			return &ast.MatchSequence{Pos: p.span(t)}
		}
		pat := p.maybeStarPattern()
		if p.accept(tkRpar) {
			if _, ok := pat.(*ast.MatchStar); ok {
				return &ast.MatchSequence{Patterns: []ast.Pattern{pat}, Pos: p.span(t)}
			}
			return pat
		}
		pats := []ast.Pattern{pat}
		for p.accept(tkComma) {
			if p.at(tkRpar) {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(tkRpar)
		return &ast.MatchSequence{Patterns: pats, Pos: p.span(t)}
	case tkLsqb:
		p.next()
		var pats []ast.Pattern
		for !p.at(tkRsqb) {
			pats = append(pats, p.maybeStarPattern())
			if !p.accept(tkComma) {
				break
			}
		}
		p.expect(tkRsqb)
		return &ast.MatchSequence{Patterns: pats, Pos: p.span(t)}
	case tkLbrace:
		return p.mappingPattern()
	}
	p.failTok(t, "invalid syntax")
	return nil
}

func (p *xp) classPattern(cls ast.Expr) ast.Pattern {
	p.next() // '('
	mc := &ast.MatchClass{Cls: cls}
	for !p.at(tkRpar) {
		nt := p.peek()
		if nt.Type == tkName {
			cp := p.lx.MakeCheckpoint()
			p.next()
			if p.accept(tkEqual) {
				mc.KwdAttrs = append(mc.KwdAttrs, p.ident(nt))
				mc.KwdPatterns = append(mc.KwdPatterns, p.pattern())
				if !p.accept(tkComma) {
					break
				}
				continue
			}
			p.lx.LoadCheckpoint(cp)
		}
		pat := p.pattern()
		if len(mc.KwdAttrs) > 0 {
			p.failSpan(*pat.Position(), "positional patterns follow keyword patterns")
		}
		mc.Patterns = append(mc.Patterns, pat)
		if !p.accept(tkComma) {
			break
		}
	}
	p.expect(tkRpar)
	mc.Pos = p.posFrom(*cls.Position())
	return mc
}

func (p *xp) mappingPattern() ast.Pattern {
	t := p.next()
	mm := &ast.MatchMapping{}
	for !p.at(tkRbrace) {
		if p.accept(tkDoubleStar) {
			nt := p.expect(tkName)
			mm.Rest = p.ident(nt)
			p.accept(tkComma)
			break
		}
		var key ast.Expr
		kt := p.peek()
		switch kt.Type {
		case tkNumber, tkMinus:
			key = p.literalNumber()
		case tkString:
			key = p.strings()
		case tkNone, tkTrue, tkFalse:
			key = p.atom()
		case tkName:
			p.next()
			if !p.at(tkDot) {
				p.failTok(kt, "invalid syntax")
			}
			var e ast.Expr = &ast.Name{Id: p.ident(kt), Ctx: ast.Load, Pos: p.span(kt)}
			for p.at(tkDot) {
				p.next()
				nt := p.expect(tkName)
				e = &ast.Attribute{Value: e, Attr: p.ident(nt), Ctx: ast.Load, Pos: p.span(kt)}
			}
			key = e
		default:
			p.failTok(kt, "invalid syntax")
		}
		p.expect(tkColon)
		mm.Keys = append(mm.Keys, key)
		mm.Patterns = append(mm.Patterns, p.pattern())
		if !p.accept(tkComma) {
			break
		}
	}
	p.expect(tkRbrace)
	mm.Pos = p.span(t)
	return mm
}
