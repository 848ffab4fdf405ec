package parser

import (
	"fmt"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"minipy/lang/ast"
)

// The statement grammar, for participle. Leading keywords are hoisted into
// stmtG's alternatives (no reflect.New of a struct whose branch fails on its
// first token); everything below the statement level (expressions, targets,
// parameters, with-items, patterns and the simple statements) is parsed by
// the hand-written parser behind participle's Parseable hook.

type stmtG struct {
	Pos       lexer.Position
	Simple    *simpleLine `parser:"  @@"`
	If        *ifStmt     `parser:"| \"if\" @@"`
	Def       *funcDef    `parser:"| \"def\" @@"`
	For       *forStmt    `parser:"| \"for\" @@"`
	Class     *classDef   `parser:"| \"class\" @@"`
	Try       *tryStmt    `parser:"| \"try\" @@"`
	With      *withStmt   `parser:"| \"with\" @@"`
	While     *whileStmt  `parser:"| \"while\" @@"`
	Decorated *decorated  `parser:"| @@"`
	Async     *asyncStmt  `parser:"| \"async\" @@"`
	Match     *matchStmt  `parser:"| @@"`
}

// simpleLine is a run of consecutive simple_stmts lines: small statements
// separated by ';', an optional trailing ';', NEWLINE; again while the next
// line starts with a simple statement. It is hand-written: participle's
// per-node bookkeeping (branches, reflection) cost far more than parsing the
// statements themselves, and most statements are simple.
type simpleLine struct {
	Stmts []ast.Stmt
	Semi  *lexer.Token // the last line's trailing ';': it ends a compound statement in CPython
}

func (x *simpleLine) Parse(lx *lexer.PeekingLexer) error {
	return x.parse(lx, false)
}

// inlineBody is the simple_stmts of a block on its header's line
// ("if x: pass"): one line only.
type inlineBody struct{ simpleLine }

func (x *inlineBody) Parse(lx *lexer.PeekingLexer) error {
	return x.parse(lx, true)
}

func (x *simpleLine) parse(lx *lexer.PeekingLexer, oneLine bool) error {
	if !canStartSmall(lx.Peek().Type) {
		return participle.NextMatch
	}
	p := &xp{lx: lx}
	x.Stmts = make([]ast.Stmt, 0, 4)
	for canStartSmall(p.peek().Type) {
		x.Semi = nil
		for {
			x.Stmts = append(x.Stmts, p.smallStmt())
			if !p.at(tkSemi) {
				break
			}
			semi := p.next()
			if !canStartSmall(p.peek().Type) {
				x.Semi = semi
				break
			}
		}
		if !p.at(tkNewline) {
			p.failTok(p.peek(), "invalid syntax")
		}
		p.next()
		if oneLine {
			break
		}
	}
	return nil
}

type block struct {
	Stmts  []*stmtG    `parser:"  Newline Indent @@+ Dedent"`
	Simple *inlineBody `parser:"| @@"`
}

type ifStmt struct {
	Test  *namedExprP   `parser:"@@ \":\""`
	Body  *block        `parser:"@@"`
	Elifs []*elifClause `parser:"@@*"`
	Else  *block        `parser:"( \"else\" \":\" @@ )?"`
}

type elifClause struct {
	Pos  lexer.Position
	Test *namedExprP `parser:"\"elif\" @@ \":\""`
	Body *block      `parser:"@@"`
}

type whileStmt struct {
	Test *namedExprP `parser:"@@ \":\""`
	Body *block      `parser:"@@"`
	Else *block      `parser:"( \"else\" \":\" @@ )?"`
}

type forStmt struct {
	Target *targetsP   `parser:"@@ \"in\""`
	Iter   *starExprsP `parser:"@@ \":\""`
	Body   *block      `parser:"@@"`
	Else   *block      `parser:"( \"else\" \":\" @@ )?"`
}

type tryStmt struct {
	Body        *block     `parser:"\":\" @@"`
	Handlers    []*handler `parser:"( @@+"`
	Else        *block     `parser:"  ( \"else\" \":\" @@ )?"`
	Finally     *block     `parser:"  ( \"finally\" \":\" @@ )?"`
	FinallyOnly *block     `parser:"| \"finally\" \":\" @@ )"`
}

type handler struct {
	Pos   lexer.Position
	Star  bool         `parser:"\"except\" @\"*\"?"`
	Type  *expressionP `parser:"( @@"`
	Name  *lexer.Token `parser:"  ( \"as\" @Name )? )?"`
	Colon lexer.Token  `parser:"@\":\""`
	Body  *block       `parser:"@@"`
}

type withStmt struct {
	Items *withItemsP `parser:"@@ \":\""`
	Body  *block      `parser:"@@"`
}

type funcDef struct {
	Name    lexer.Token  `parser:"@Name"`
	Params  *paramsP     `parser:"@@"`
	Returns *expressionP `parser:"( \"->\" @@ )? \":\""`
	Body    *block       `parser:"@@"`
}

type classDef struct {
	Name lexer.Token `parser:"@Name"`
	Args *classArgsP `parser:"@@? \":\""`
	Body *block      `parser:"@@"`
}

type asyncStmt struct {
	Def  *funcDef  `parser:"  \"def\" @@"`
	With *withStmt `parser:"| \"with\" @@"`
	For  *forStmt  `parser:"| \"for\" @@"`
}

type decorated struct {
	Decos []*decorator `parser:"@@+"`
	Def   *defPart     `parser:"@@"`
}

type decorator struct {
	Expr *namedExprP `parser:"\"@\" @@ Newline"`
}

type defPart struct {
	Pos   lexer.Position
	Async bool      `parser:"@\"async\"?"`
	Func  *funcDef  `parser:"( \"def\" @@"`
	Class *classDef `parser:"| \"class\" @@ )"`
}

type matchStmt struct {
	Kw      lexer.Token  `parser:"@MatchKw"`
	Subject *subjectP    `parser:"@@ \":\" Newline Indent"`
	Cases   []*caseBlock `parser:"@@+ Dedent"`
}

type caseBlock struct {
	Pos     lexer.Position
	Pattern *patternsP  `parser:"\"case\" @@"`
	Guard   *namedExprP `parser:"( \"if\" @@ )? \":\""`
	Body    *block      `parser:"@@"`
}

// ---- Parseable leaves ----
//
// Each runs the hand-written parser on participle's PeekingLexer. Their
// syntax errors propagate as *perr panics up to parseChunk: they are final,
// participle must not backtrack over them and report a vaguer error.

type namedExprP struct{ E ast.Expr }

func (x *namedExprP) Parse(lx *lexer.PeekingLexer) error {
	if !canStartExpr(lx.Peek().Type) {
		return participle.NextMatch
	}
	p := xp{lx: lx}
	x.E = p.namedExpression()
	if p.at(tkEqual) {
		// "if x = 1:" (CPython's invalid_named_expression)
		p.next()
		p.bitOr()
		if !p.at(tkEqual) && !p.at(tkColonEqual) {
			pos := p.posFrom(*x.E.Position())
			if _, ok := x.E.(*ast.Name); ok {
				p.failSpan(pos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			switch x.E.(type) {
			case *ast.Compare, *ast.BoolOp, *ast.Lambda, *ast.IfExp, *ast.Tuple, *ast.List, *ast.GeneratorExp:
			default:
				p.failNode(x.E, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(x.E)))
			}
		}
	}
	return nil
}

type expressionP struct{ E ast.Expr }

func (x *expressionP) Parse(lx *lexer.PeekingLexer) error {
	if !canStartExpr(lx.Peek().Type) {
		return participle.NextMatch
	}
	p := &xp{lx: lx}
	x.E = p.expression()
	if p.at(tkComma) {
		// except a, b: — CPython's message for the common mistake
		for p.accept(tkComma) {
			p.expression()
		}
		p.failSpan(p.posFrom(startOf(x.E)), "multiple exception types must be parenthesized")
	}
	return nil
}

type starExprsP struct{ E ast.Expr }

func (x *starExprsP) Parse(lx *lexer.PeekingLexer) error {
	if !canStartExpr(lx.Peek().Type) && lx.Peek().Type != tkStar {
		return participle.NextMatch
	}
	p := xp{lx: lx}
	x.E = p.starExpressions()
	return nil
}

type subjectP struct{ E ast.Expr }

func (x *subjectP) Parse(lx *lexer.PeekingLexer) error {
	if !canStartExpr(lx.Peek().Type) && lx.Peek().Type != tkStar {
		return participle.NextMatch
	}
	p := &xp{lx: lx}
	first := p.peek()
	e := p.starNamedExpression()
	if p.at(tkComma) {
		elts := []ast.Expr{e}
		for p.accept(tkComma) {
			if p.at(tkColon) {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		e = &ast.Tuple{Elts: elts, Ctx: ast.Load, Pos: p.span(first)}
	}
	x.E = e
	return nil
}

type targetsP struct{ E ast.Expr }

func (x *targetsP) Parse(lx *lexer.PeekingLexer) error {
	if !canStartExpr(lx.Peek().Type) && lx.Peek().Type != tkStar {
		return participle.NextMatch
	}
	p := xp{lx: lx}
	x.E = p.starTargets()
	return nil
}

type patternsP struct{ P ast.Pattern }

func (x *patternsP) Parse(lx *lexer.PeekingLexer) error {
	p := xp{lx: lx}
	x.P = p.patterns()
	return nil
}

type paramsP struct{ A *ast.Arguments }

func (x *paramsP) Parse(lx *lexer.PeekingLexer) error {
	p := &xp{lx: lx}
	if !p.at(tkLpar) {
		p.failTok(p.peek(), "expected '('")
	}
	p.next()
	x.A = p.params(tkRpar, true)
	p.expect(tkRpar)
	return nil
}

type classArgsP struct {
	Args []ast.Expr
	Kws  []*ast.Keyword
}

func (x *classArgsP) Parse(lx *lexer.PeekingLexer) error {
	if lx.Peek().Type != tkLpar {
		return participle.NextMatch
	}
	p := &xp{lx: lx}
	open := p.next()
	args, kws, gen := p.arguments(open, tkRpar)
	if gen != nil {
		// a generator is no base class list: CPython fails at its 'for'
		p.failTok(p.genFor, "invalid syntax")
	}
	p.expect(tkRpar)
	x.Args, x.Kws = args, kws
	return nil
}

type withItemsP struct{ Items []*ast.WithItem }

func (x *withItemsP) Parse(lx *lexer.PeekingLexer) error {
	if !canStartExpr(lx.Peek().Type) {
		return participle.NextMatch
	}
	p := xp{lx: lx}
	x.Items = p.withItems()
	return nil
}

// withItems parses with-items, trying the parenthesized form first as
// CPython does: '(' ','.with_item+ ','? ')' ':'.
func (p *xp) withItems() []*ast.WithItem {
	if p.at(tkLpar) {
		cp := p.lx.MakeCheckpoint()
		last := p.last
		if items, ok := p.tryParenItems(); ok {
			return items
		}
		p.lx.LoadCheckpoint(cp)
		p.last = last
	}
	var items []*ast.WithItem
	for {
		items = append(items, p.withItem())
		if !p.accept(tkComma) {
			break
		}
	}
	return items
}

func (p *xp) tryParenItems() (items []*ast.WithItem, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, isErr := r.(*perr); !isErr {
				panic(r)
			}
			items, ok = nil, false
		}
	}()
	p.next()
	for !p.at(tkRpar) {
		items = append(items, p.withItem())
		if !p.accept(tkComma) {
			break
		}
	}
	if !p.accept(tkRpar) || !p.at(tkColon) || len(items) == 0 {
		return nil, false
	}
	return items, true
}

func (p *xp) withItem() *ast.WithItem {
	e := p.expression()
	item := &ast.WithItem{ContextExpr: e}
	if p.accept(tkAs) {
		t := p.starTarget()
		p.setCtx(t, ast.Store)
		item.OptionalVars = t
	}
	return item
}
