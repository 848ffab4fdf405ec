package parser

import (
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"minipy/lang/ast"
)

// maxExprDepth bounds the recursion of the hand-written expression parser;
// CPython's parser gives up with "too many nested parentheses"-like errors far
// earlier than a Go stack overflow would happen. CPython 3.11 raises
// "SyntaxError: too complex" style errors via its own C stack limit
// (MAXSTACK = 6000); we report the same message it prints.
const maxExprDepth = 6000

// xp is the hand-written precedence-climbing expression parser. It reads from
// participle's PeekingLexer and builds ast nodes with CPython's positions:
// a node starts at its first token and ends at the end of the last token it
// consumed.
type xp struct {
	lx    *lexer.PeekingLexer
	last  *lexer.Token
	depth int
	// fstr is set while parsing an f-string replacement field: positions of
	// tokens are shifted as CPython 3.11 does.
	fstr *fstrShift
	// genFor is the 'for' of the last generator argument (for errors).
	genFor *lexer.Token
}

// perr is a syntax error raised inside the hand-written parser (carried by
// panic to the Parse boundary and returned to participle as an error).
type perr struct {
	kind, msg       string
	line, col       int // 1-based line, 0-based byte column
	endLine, endCol int // end: 0-based byte column (exclusive)
	noEnd           bool
	eof             bool   // found at an end-of-input token (EOF, a final DEDENT)
	limit           string // "MemoryError": nested beyond the parser stack (CPython MAXSTACK)
	pos             lexer.Position
}

func (e *perr) Error() string            { return e.msg }
func (e *perr) Message() string          { return e.msg }
func (e *perr) Position() lexer.Position { return e.pos }

func (p *xp) peek() *lexer.Token { return p.lx.Peek() }

func (p *xp) next() *lexer.Token {
	t := p.lx.Next()
	p.last = t
	return t
}

func (p *xp) at(k lexer.TokenType) bool { return p.lx.Peek().Type == k }

func (p *xp) accept(k lexer.TokenType) bool {
	if p.lx.Peek().Type == k {
		p.next()
		return true
	}
	return false
}

func (p *xp) expect(k lexer.TokenType) *lexer.Token {
	t := p.peek()
	if t.Type != k {
		p.failTok(t, "invalid syntax")
	}
	return p.next()
}

// tokStart and tokEnd give a token's CPython position (line, 0-based byte col).
func (p *xp) tokStart(t *lexer.Token) (int, int) {
	if p.fstr != nil {
		return p.fstr.shift(t.Pos.Line, t.Pos.Column)
	}
	return t.Pos.Line, t.Pos.Column
}

func (p *xp) tokEnd(t *lexer.Token) (int, int) {
	l, c := tokEndRaw(t)
	if p.fstr != nil {
		return p.fstr.shift(l, c)
	}
	return l, c
}

func tokEndRaw(t *lexer.Token) (int, int) {
	if t.Type == tkString {
		if n := strings.Count(t.Value, "\n"); n > 0 {
			return t.Pos.Line + n, len(t.Value) - strings.LastIndexByte(t.Value, '\n') - 1
		}
	}
	return t.Pos.Line, t.Pos.Column + len(t.Value)
}

// span returns the position from the start of token t to the end of the last
// consumed token.
func (p *xp) span(t *lexer.Token) ast.Pos {
	l, c := p.tokStart(t)
	el, ec := p.tokEnd(p.last)
	return ast.Pos{Lineno: l, ColOffset: c, EndLineno: el, EndColOffset: ec}
}

func (p *xp) posFrom(start ast.Pos) ast.Pos {
	el, ec := p.tokEnd(p.last)
	return ast.Pos{Lineno: start.Lineno, ColOffset: start.ColOffset, EndLineno: el, EndColOffset: ec}
}

func startOf(e ast.Expr) ast.Pos { return *e.Position() }

func (p *xp) failTok(t *lexer.Token, msg string) {
	if t.Type == tkError {
		// a deferred tokenizer error (unclosed bracket, invalid character)
		msg = t.Value
		l, c := p.tokStart(t)
		panic(&perr{kind: "SyntaxError", msg: msg, line: l, col: c, endLine: l, endCol: c + 1, pos: t.Pos, noEnd: strings.HasSuffix(msg, "never closed")})
	}
	if t.Type == tkIndent {
		l, c := p.tokStart(t)
		panic(&perr{kind: "IndentationError", msg: "unexpected indent", line: l, col: c - 1, endLine: l, endCol: c, pos: t.Pos, noEnd: true})
	}
	l, c := p.tokStart(t)
	el, ec := p.tokEnd(t)
	if t.Type == tkNewline || t.Type == tkEOF || t.Type == tkDedent {
		ec = c + 1
		el = l
	}
	panic(&perr{kind: "SyntaxError", msg: msg, line: l, col: c, endLine: el, endCol: ec, pos: t.Pos})
}

func (p *xp) failNode(e ast.Positioned, msg string) {
	pos := e.Position()
	panic(&perr{kind: "SyntaxError", msg: msg, line: pos.Lineno, col: pos.ColOffset, endLine: pos.EndLineno, endCol: pos.EndColOffset,
		pos: lexer.Position{Line: pos.Lineno, Column: pos.ColOffset}})
}

func (p *xp) failSpan(pos ast.Pos, msg string) {
	panic(&perr{kind: "SyntaxError", msg: msg, line: pos.Lineno, col: pos.ColOffset, endLine: pos.EndLineno, endCol: pos.EndColOffset,
		pos: lexer.Position{Line: pos.Lineno, Column: pos.ColOffset}})
}

func (p *xp) enter() {
	p.depth++
	if p.depth > maxExprDepth {
		t := p.peek()
		l, c := p.tokStart(t)
		panic(&perr{kind: "MemoryError", limit: "MemoryError", line: l, col: c, endLine: l, endCol: c + 1, pos: t.Pos})
	}
}

func (p *xp) leave() { p.depth-- }

// run calls f, turning a *perr panic into the returned error.
func runXP(lx *lexer.PeekingLexer, f func(p *xp)) (err error) {
	p := &xp{lx: lx}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*perr); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	f(p)
	return nil
}

// canStartExpr reports whether a token can begin an expression.
func canStartExpr(k lexer.TokenType) bool {
	switch k {
	case tkName, tkNumber, tkString, tkLpar, tkLsqb, tkLbrace, tkMinus, tkPlus, tkTilde,
		tkNot, tkLambda, tkAwait, tkNone, tkTrue, tkFalse, tkEllipsis:
		return true
	}
	return false
}

// ---- expression grammar ----

// starExpressions: star_expression (',' star_expression)* [','] → Tuple if a comma.
func (p *xp) starExpressions() ast.Expr {
	first := p.peek()
	e := p.starExpression()
	if !p.at(tkComma) {
		return e
	}
	elts := []ast.Expr{e}
	for p.accept(tkComma) {
		if !canStartExpr(p.peek().Type) && !p.at(tkStar) {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: p.span(first)}
}

func (p *xp) starExpression() ast.Expr {
	if p.at(tkStar) {
		t := p.next()
		v := p.bitOr()
		return &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(t)}
	}
	return p.expression()
}

// starNamedExpression: '*' bitwise_or | named_expression (list/set items).
func (p *xp) starNamedExpression() ast.Expr {
	if p.at(tkStar) {
		t := p.next()
		v := p.bitOr()
		return &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(t)}
	}
	return p.namedExpression()
}

// expressions: expression (',' expression)* [','].
func (p *xp) expressions() ast.Expr {
	first := p.peek()
	e := p.expression()
	if !p.at(tkComma) {
		return e
	}
	elts := []ast.Expr{e}
	for p.accept(tkComma) {
		if !canStartExpr(p.peek().Type) {
			break
		}
		elts = append(elts, p.expression())
	}
	return &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: p.span(first)}
}

func (p *xp) namedExpression() ast.Expr {
	t := p.peek()
	if t.Type == tkName {
		cp := p.lx.MakeCheckpoint()
		p.next()
		if p.at(tkColonEqual) {
			target := &ast.Name{Id: p.ident(t), Ctx: ast.Store, Pos: p.span(t)}
			p.next()
			v := p.expression()
			return &ast.NamedExpr{Target: target, Value: v, Pos: p.span(t)}
		}
		p.lx.LoadCheckpoint(cp)
	}
	e := p.expression()
	if p.at(tkColonEqual) {
		p.failNode(e, fmt.Sprintf("cannot use assignment expressions with %s", exprName(e)))
	}
	return e
}

func (p *xp) expression() ast.Expr {
	t := p.peek()
	if t.Type == tkLambda {
		p.enter()
		e := p.lambdef()
		p.leave()
		return e
	}
	p.enter()
	first := t
	body := p.disjunction()
	if p.at(tkIf) {
		p.next()
		test := p.disjunction()
		if !p.at(tkElse) {
			p.failSpan(p.span(first), "expected 'else' after 'if' expression")
		}
		p.next()
		orelse := p.expression()
		body = &ast.IfExp{Test: test, Body: body, Orelse: orelse, Pos: p.span(first)}
	}
	p.leave()
	return body
}

func (p *xp) disjunction() ast.Expr {
	first := p.peek()
	e := p.conjunction()
	if !p.at(tkOr) {
		return e
	}
	vals := []ast.Expr{e}
	for p.accept(tkOr) {
		vals = append(vals, p.conjunction())
	}
	return &ast.BoolOp{Op: ast.Or, Values: vals, Pos: p.span(first)}
}

func (p *xp) conjunction() ast.Expr {
	first := p.peek()
	e := p.inversion()
	if !p.at(tkAnd) {
		return e
	}
	vals := []ast.Expr{e}
	for p.accept(tkAnd) {
		vals = append(vals, p.inversion())
	}
	return &ast.BoolOp{Op: ast.And, Values: vals, Pos: p.span(first)}
}

func (p *xp) inversion() ast.Expr {
	if p.at(tkNot) {
		t := p.next()
		p.enter()
		v := p.inversion()
		p.leave()
		return &ast.UnaryOp{Op: ast.Not, Operand: v, Pos: p.span(t)}
	}
	return p.comparison()
}

func (p *xp) compOp() (ast.Cmpop, bool) {
	switch p.peek().Type {
	case tkEqEqual:
		return ast.Eq, true
	case tkNotEqual:
		return ast.NotEq, true
	case tkLess:
		return ast.Lt, true
	case tkLessEqual:
		return ast.LtE, true
	case tkGreater:
		return ast.Gt, true
	case tkGreaterEqual:
		return ast.GtE, true
	case tkIn:
		return ast.In, true
	case tkIs:
		return ast.Is, true
	case tkNot:
		return ast.NotIn, true
	}
	return 0, false
}

func (p *xp) comparison() ast.Expr {
	first := p.peek()
	e := p.bitOr()
	op, ok := p.compOp()
	if !ok {
		return e
	}
	var ops []ast.Cmpop
	var comps []ast.Expr
	for ok {
		if op == ast.NotIn {
			// "not" must be followed by "in" here
			cp := p.lx.MakeCheckpoint()
			p.next()
			if !p.at(tkIn) {
				p.lx.LoadCheckpoint(cp)
				break
			}
			p.next()
		} else {
			p.next()
			if op == ast.Is && p.at(tkNot) {
				p.next()
				op = ast.IsNot
			}
		}
		ops = append(ops, op)
		comps = append(comps, p.bitOr())
		op, ok = p.compOp()
	}
	if len(ops) == 0 {
		return e
	}
	return &ast.Compare{Left: e, Ops: ops, Comparators: comps, Pos: p.span(first)}
}

// binary operator precedence levels (higher binds tighter)
func binOp(k lexer.TokenType) (ast.Operator, int) {
	switch k {
	case tkVbar:
		return ast.BitOr, 1
	case tkCircumflex:
		return ast.BitXor, 2
	case tkAmper:
		return ast.BitAnd, 3
	case tkLeftShift:
		return ast.LShift, 4
	case tkRightShift:
		return ast.RShift, 4
	case tkPlus:
		return ast.Add, 5
	case tkMinus:
		return ast.Sub, 5
	case tkStar:
		return ast.Mult, 6
	case tkSlash:
		return ast.Div, 6
	case tkDoubleSlash:
		return ast.FloorDiv, 6
	case tkPercent:
		return ast.ModOp, 6
	case tkAt:
		return ast.MatMult, 6
	}
	return 0, 0
}

func (p *xp) bitOr() ast.Expr { return p.binary(1) }

// binary parses left-associative binary operators of precedence >= min.
func (p *xp) binary(min int) ast.Expr {
	p.enter()
	first := p.peek()
	left := p.factor()
	for {
		op, prec := binOp(p.peek().Type)
		if prec < min {
			break
		}
		p.next()
		right := p.binary(prec + 1)
		left = &ast.BinOp{Left: left, Op: op, Right: right, Pos: p.span(first)}
	}
	p.leave()
	return left
}

func (p *xp) factor() ast.Expr {
	t := p.peek()
	var op ast.Unaryop
	switch t.Type {
	case tkPlus:
		op = ast.UAdd
	case tkMinus:
		op = ast.USub
	case tkTilde:
		op = ast.Invert
	default:
		return p.power()
	}
	p.next()
	p.enter()
	v := p.factor()
	p.leave()
	return &ast.UnaryOp{Op: op, Operand: v, Pos: p.span(t)}
}

func (p *xp) power() ast.Expr {
	first := p.peek()
	e := p.awaitPrimary()
	if p.at(tkDoubleStar) {
		p.next()
		p.enter()
		r := p.factor()
		p.leave()
		return &ast.BinOp{Left: e, Op: ast.Pow, Right: r, Pos: p.span(first)}
	}
	return e
}

func (p *xp) awaitPrimary() ast.Expr {
	if p.at(tkAwait) {
		t := p.next()
		p.enter()
		v := p.primary()
		p.leave()
		return &ast.Await{Value: v, Pos: p.span(t)}
	}
	return p.primary()
}

func (p *xp) primary() ast.Expr {
	first := p.peek()
	e := p.atom()
	for {
		switch p.peek().Type {
		case tkDot:
			p.next()
			nt := p.peek()
			if nt.Type != tkName {
				p.failTok(nt, "invalid syntax")
			}
			p.next()
			e = &ast.Attribute{Value: e, Attr: p.ident(nt), Ctx: ast.Load, Pos: p.span(first)}
		case tkLpar:
			e = p.call(e, first)
		case tkLsqb:
			p.next()
			s := p.slices()
			p.expect(tkRsqb)
			e = &ast.Subscript{Value: e, Slice: s, Ctx: ast.Load, Pos: p.span(first)}
		default:
			return e
		}
	}
}

func (p *xp) ident(t *lexer.Token) string { return identOf(t.Value) }

// call parses '(' arguments ')' after a primary.
func (p *xp) call(fn ast.Expr, first *lexer.Token) ast.Expr {
	open := p.next()
	p.enter()
	args, kws, gen := p.arguments(open, tkRpar)
	p.expect(tkRpar)
	if gen != nil {
		gen.Pos = p.span(open)
	}
	p.leave()
	return &ast.Call{Func: fn, Args: args, Keywords: kws, Pos: p.span(first)}
}

// arguments parses call arguments up to (not including) the closing token.
func (p *xp) arguments(open *lexer.Token, close lexer.TokenType) ([]ast.Expr, []*ast.Keyword, *ast.GeneratorExp) {
	var args []ast.Expr
	var kws []*ast.Keyword
	sawKw, sawDStar := false, false
	for !p.at(close) {
		t := p.peek()
		switch {
		case t.Type == tkStar:
			p.next()
			v := p.expression()
			s := &ast.Starred{Value: v, Ctx: ast.Load, Pos: p.span(t)}
			if sawDStar {
				// CPython marks the '*' alone.
				p.failTok(t, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, s)
		case t.Type == tkDoubleStar:
			p.next()
			v := p.expression()
			kws = append(kws, &ast.Keyword{Value: v, Pos: p.span(t)})
			sawDStar = true
		default:
			if t.Type == tkName {
				cp := p.lx.MakeCheckpoint()
				p.next()
				if p.at(tkEqual) {
					p.next()
					v := p.expression()
					kws = append(kws, &ast.Keyword{Arg: p.ident(t), Value: v, Pos: p.span(t)})
					sawKw = true
					break
				}
				p.lx.LoadCheckpoint(cp)
			}
			if t.Type == tkTrue || t.Type == tkFalse || t.Type == tkNone {
				if p.peekAfterCommaIs(tkEqual) {
					p.failTok(t, "cannot assign to "+t.Value)
				}
			}
			if !canStartExpr(t.Type) {
				p.failTok(t, "invalid syntax")
			}
			e := p.namedExpression()
			if p.at(tkFor) || p.at(tkAsync) {
				p.genFor = p.peek()
				gens := p.comprehensionClauses()
				e = &ast.GeneratorExp{Elt: e, Generators: gens, Pos: p.span(t)}
				// a lone generator argument spans the call's parentheses
				if len(args) == 0 && len(kws) == 0 && p.at(close) {
					return append(args, e), kws, e.(*ast.GeneratorExp)
				}
				p.failNode(e, "Generator expression must be parenthesized")
			}
			if p.at(tkEqual) {
				p.failNode(e, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if sawDStar {
				p.failTok(p.peek(), "positional argument follows keyword argument unpacking")
			}
			if sawKw {
				p.failTok(p.peek(), "positional argument follows keyword argument")
			}
			p.checkComma(e)
			args = append(args, e)
		}
		if !p.accept(tkComma) {
			break
		}
	}
	return args, kws, nil
}
