package parser

import (
	"minipy/lang/ast"
)

// lowering turns participle's statement structs into ast statements. Errors
// are raised as *perr panics (recovered by the caller).

func endPos(s []ast.Stmt) (int, int) {
	p := s[len(s)-1].Position()
	return p.EndLineno, p.EndColOffset
}

func setEnd(pos *ast.Pos, body []ast.Stmt) {
	pos.EndLineno, pos.EndColOffset = endPos(body)
}

// setEndBlock sets a compound statement's end to its last block's last
// non-whitespace token: a trailing ';' counts, as in CPython.
func setEndBlock(pos *ast.Pos, b *block, body []ast.Stmt) {
	var l *simpleLine
	if b.Simple != nil {
		l = &b.Simple.simpleLine
	} else {
		l = b.Stmts[len(b.Stmts)-1].Simple
	}
	if l != nil && l.Semi != nil {
		pos.EndLineno, pos.EndColOffset = l.Semi.Pos.Line, l.Semi.Pos.Column+1
		return
	}
	setEnd(pos, body)
}

func lowerBlock(b *block) []ast.Stmt {
	if b.Simple != nil {
		return lowerSimple(&b.Simple.simpleLine, nil)
	}
	out := make([]ast.Stmt, 0, len(b.Stmts))
	for _, s := range b.Stmts {
		out = lowerStmt(s, out)
	}
	return out
}

func lowerSimple(l *simpleLine, out []ast.Stmt) []ast.Stmt {
	if out == nil {
		return l.Stmts
	}
	return append(out, l.Stmts...)
}

func startPos(line, col int) ast.Pos { return ast.Pos{Lineno: line, ColOffset: col} }

func lowerStmt(g *stmtG, out []ast.Stmt) []ast.Stmt {
	pos := startPos(g.Pos.Line, g.Pos.Column)
	switch {
	case g.Simple != nil:
		return lowerSimple(g.Simple, out)
	case g.If != nil:
		s := g.If
		var orelse []ast.Stmt
		var elseBlock *block // the block orelse came from; nil when it is an elif If
		if s.Else != nil {
			orelse = lowerBlock(s.Else)
			elseBlock = s.Else
		}
		for i := len(s.Elifs) - 1; i >= 0; i-- {
			e := s.Elifs[i]
			body := lowerBlock(e.Body)
			n := &ast.If{Test: e.Test.E, Body: body, Orelse: orelse, Pos: startPos(e.Pos.Line, e.Pos.Column)}
			switch {
			case elseBlock != nil:
				setEndBlock(&n.Pos, elseBlock, orelse)
			case orelse != nil:
				setEnd(&n.Pos, orelse)
			default:
				setEndBlock(&n.Pos, e.Body, body)
			}
			orelse = []ast.Stmt{n}
			elseBlock = nil
		}
		body := lowerBlock(s.Body)
		n := &ast.If{Test: s.Test.E, Body: body, Orelse: orelse, Pos: pos}
		switch {
		case elseBlock != nil:
			setEndBlock(&n.Pos, elseBlock, orelse)
		case orelse != nil:
			setEnd(&n.Pos, orelse)
		default:
			setEndBlock(&n.Pos, s.Body, body)
		}
		return append(out, n)
	case g.While != nil:
		s := g.While
		body := lowerBlock(s.Body)
		n := &ast.While{Test: s.Test.E, Body: body, Pos: pos}
		setEndBlock(&n.Pos, s.Body, body)
		if s.Else != nil {
			n.Orelse = lowerBlock(s.Else)
			setEndBlock(&n.Pos, s.Else, n.Orelse)
		}
		return append(out, n)
	case g.For != nil:
		return append(out, lowerFor(g.For, pos, false))
	case g.Try != nil:
		return append(out, lowerTry(g.Try, pos))
	case g.With != nil:
		return append(out, lowerWith(g.With, pos, false))
	case g.Def != nil:
		return append(out, lowerDef(g.Def, pos, false, nil))
	case g.Class != nil:
		return append(out, lowerClass(g.Class, pos, nil))
	case g.Async != nil:
		a := g.Async
		switch {
		case a.Def != nil:
			return append(out, lowerDef(a.Def, pos, true, nil))
		case a.With != nil:
			return append(out, lowerWith(a.With, pos, true))
		default:
			return append(out, lowerFor(a.For, pos, true))
		}
	case g.Decorated != nil:
		d := g.Decorated
		decos := make([]ast.Expr, len(d.Decos))
		for i, x := range d.Decos {
			decos[i] = x.Expr.E
		}
		dp := d.Def
		dpos := startPos(dp.Pos.Line, dp.Pos.Column)
		if dp.Func != nil {
			return append(out, lowerDef(dp.Func, dpos, dp.Async, decos))
		}
		return append(out, lowerClass(dp.Class, dpos, decos))
	case g.Match != nil:
		m := g.Match
		n := &ast.Match{Subject: m.Subject.E, Pos: startPos(m.Kw.Pos.Line, m.Kw.Pos.Column)}
		for _, c := range m.Cases {
			mc := &ast.MatchCase{Pattern: c.Pattern.P, Body: lowerBlock(c.Body)}
			if c.Guard != nil {
				mc.Guard = c.Guard.E
			}
			n.Cases = append(n.Cases, mc)
		}
		setEndBlock(&n.Pos, m.Cases[len(m.Cases)-1].Body, n.Cases[len(n.Cases)-1].Body)
		return append(out, n)
	}
	return out
}

func lowerFor(s *forStmt, pos ast.Pos, async bool) ast.Stmt {
	body := lowerBlock(s.Body)
	var orelse []ast.Stmt
	if s.Else != nil {
		orelse = lowerBlock(s.Else)
	}
	if orelse != nil {
		setEndBlock(&pos, s.Else, orelse)
	} else {
		setEndBlock(&pos, s.Body, body)
	}
	if async {
		return &ast.AsyncFor{Target: s.Target.E, Iter: s.Iter.E, Body: body, Orelse: orelse, Pos: pos}
	}
	return &ast.For{Target: s.Target.E, Iter: s.Iter.E, Body: body, Orelse: orelse, Pos: pos}
}

func lowerWith(s *withStmt, pos ast.Pos, async bool) ast.Stmt {
	body := lowerBlock(s.Body)
	setEndBlock(&pos, s.Body, body)
	if async {
		return &ast.AsyncWith{Items: s.Items.Items, Body: body, Pos: pos}
	}
	return &ast.With{Items: s.Items.Items, Body: body, Pos: pos}
}

func lowerTry(s *tryStmt, pos ast.Pos) ast.Stmt {
	if s.FinallyOnly != nil {
		s.Finally = s.FinallyOnly
	}
	body := lowerBlock(s.Body)
	var handlers []ast.ExcepthandlerNode
	star, plain := false, false
	for _, h := range s.Handlers {
		hb := lowerBlock(h.Body)
		eh := &ast.ExceptHandler{Body: hb, Pos: startPos(h.Pos.Line, h.Pos.Column)}
		if h.Type != nil {
			eh.Type = h.Type.E
		}
		if h.Name != nil {
			eh.Name = identOf(h.Name.Value)
		}
		if len(handlers) > 0 && h.Star != star {
			// CPython marks the keyword ("except", or "except*" through
			// its star, written together as usual).
			span := 6
			if h.Star {
				span = 7
			}
			panic(&perr{kind: "SyntaxError", msg: "cannot have both 'except' and 'except*' on the same 'try'",
				line: eh.Pos.Lineno, col: eh.Pos.ColOffset, endLine: eh.Pos.Lineno, endCol: eh.Pos.ColOffset + span})
		}
		if h.Star {
			star = true
			if h.Type == nil {
				failAt(startPos(h.Colon.Pos.Line, h.Colon.Pos.Column), "expected one or more exception types")
			}
		} else {
			plain = true
		}
		setEndBlock(&eh.Pos, h.Body, hb)
		handlers = append(handlers, eh)
	}
	if star && plain {
		failAt(pos, "cannot have both 'except' and 'except*' on the same 'try'")
	}
	var orelse, final []ast.Stmt
	last, lastBlock := body, s.Body
	if len(handlers) > 0 {
		last, lastBlock = handlers[len(handlers)-1].(*ast.ExceptHandler).Body, s.Handlers[len(handlers)-1].Body
	}
	if s.Else != nil {
		if len(handlers) == 0 {
			failAt(pos, "expected 'except' or 'finally' block")
		}
		orelse = lowerBlock(s.Else)
		last, lastBlock = orelse, s.Else
	}
	if s.Finally != nil {
		final = lowerBlock(s.Finally)
		last, lastBlock = final, s.Finally
	}
	if len(handlers) == 0 && final == nil {
		failAt(pos, "expected 'except' or 'finally' block")
	}
	setEndBlock(&pos, lastBlock, last)
	if star {
		return &ast.TryStar{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final, Pos: pos}
	}
	return &ast.Try{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final, Pos: pos}
}

func lowerDef(f *funcDef, pos ast.Pos, async bool, decos []ast.Expr) ast.Stmt {
	body := lowerBlock(f.Body)
	setEndBlock(&pos, f.Body, body)
	var ret ast.Expr
	if f.Returns != nil {
		ret = f.Returns.E
	}
	if async {
		return &ast.AsyncFunctionDef{Name: identOf(f.Name.Value), Args: f.Params.A, Body: body, DecoratorList: decos, Returns: ret, Pos: pos}
	}
	return &ast.FunctionDef{Name: identOf(f.Name.Value), Args: f.Params.A, Body: body, DecoratorList: decos, Returns: ret, Pos: pos}
}

func lowerClass(c *classDef, pos ast.Pos, decos []ast.Expr) ast.Stmt {
	body := lowerBlock(c.Body)
	setEndBlock(&pos, c.Body, body)
	n := &ast.ClassDef{Name: identOf(c.Name.Value), Body: body, DecoratorList: decos, Pos: pos}
	if c.Args != nil {
		n.Bases, n.Keywords = c.Args.Args, c.Args.Kws
	}
	return n
}

func identOf(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return nfkc(s)
		}
	}
	return s
}

func failAt(pos ast.Pos, msg string) {
	panic(&perr{kind: "SyntaxError", msg: msg, line: pos.Lineno, col: pos.ColOffset, endLine: pos.Lineno, endCol: pos.ColOffset + 1})
}
