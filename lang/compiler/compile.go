package compiler

import (
	"fmt"
	"math/big"
	"strings"

	"minipy/lang/ast"
	"minipy/lang/parser"
)

// Options adjust compilation.
type Options struct {
	// Optimize is python's -O level: 1 drops asserts and sets __debug__
	// false, 2 also drops docstrings.
	Optimize int
	// Warn, when set, receives the compile-time SyntaxWarnings (warn.go)
	// as they are met.
	Warn func(Warning)
}

// compiler is the state of one Compile call.
type compiler struct {
	filename    string
	src         []byte
	optimize    int
	interactive bool
	future      int // CO_FUTURE_* flags
	futureLine  int // line of the last leading future import
	steOf       map[ast.Node]*SymbolTable
	folded      map[ast.Expr]foldResult
	u           *unit
	stack       []*unit
	nestLevel   int
	onWarn      func(Warning)
}

// stackUseGuideline bounds how many items a construct pushes before
// switching to an incremental form (compile.c's STACK_USE_GUIDELINE).
const stackUseGuideline = 30

// Compile compiles a parsed module: tree is an *ast.Module (mode "exec"),
// *ast.Interactive ("single": expression statements print their value) or
// *ast.Expression ("eval"). Errors are *parser.SyntaxError.
func Compile(tree ast.Node, filename, mode string) (*Code, error) {
	return CompileWith(tree, filename, mode, nil, Options{})
}

// CompileSource parses and compiles src; a compile error then carries its
// source line (SyntaxError.Text).
func CompileSource(src []byte, filename, mode string, opts Options) (*Code, error) {
	var tree ast.Node
	var err error
	switch mode {
	case "exec":
		tree, err = parser.ParseFile(filename, src)
	case "single":
		tree, err = parser.ParseInteractive(filename, src)
	case "eval":
		tree, err = parser.ParseExpr(filename, src)
	default:
		return nil, fmt.Errorf("compile() mode must be 'exec', 'eval' or 'single'")
	}
	if err != nil {
		return nil, err
	}
	return CompileWith(tree, filename, mode, src, opts)
}

// CompileWith is Compile with the source text (for error lines; may be nil)
// and options.
func CompileWith(tree ast.Node, filename, mode string, src []byte, opts Options) (code *Code, err error) {
	c := &compiler{filename: filename, src: src, optimize: opts.Optimize, onWarn: opts.Warn,
		steOf: map[ast.Node]*SymbolTable{}, folded: map[ast.Expr]foldResult{}}
	var body []ast.Stmt
	var mod *ast.Module
	switch t := tree.(type) {
	case *ast.Module:
		if mode != "exec" {
			return nil, fmt.Errorf("compile: mode %q needs an ast.Module", mode)
		}
		body, mod = t.Body, t
	case *ast.Interactive:
		if mode != "single" {
			return nil, fmt.Errorf("compile: mode %q needs an ast.Interactive", mode)
		}
		body, mod = t.Body, &ast.Module{Body: t.Body}
		c.interactive = true
	case *ast.Expression:
		if mode != "eval" {
			return nil, fmt.Errorf("compile: mode %q needs an ast.Expression", mode)
		}
		mod = &ast.Module{Body: []ast.Stmt{&ast.ExprStmt{Value: t.Body, Pos: *t.Body.Position()}}}
	default:
		return nil, fmt.Errorf("compile: unsupported tree %T", tree)
	}
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileError)
			if !ok {
				panic(r)
			}
			code, err = nil, ce.err
		}
	}()
	if err := c.parseFuture(body); err != nil {
		return nil, err
	}
	st, err := BuildSymtable(mod)
	if err != nil {
		se := err.(*SymtableError)
		return nil, c.syntaxError(Location{Line: se.Lineno, EndLine: se.EndLineno, Col: se.ColOffset, EndCol: se.EndColOffset}, se.Msg)
	}
	c.indexSymtables(st)
	c.steOf[tree] = st
	c.enterScopeTop(st, tree)
	switch t := tree.(type) {
	case *ast.Module:
		c.body(t.Body)
		code = c.assemble(true)
	case *ast.Interactive:
		for _, s := range t.Body {
			c.stmt(s)
		}
		code = c.assemble(true)
	case *ast.Expression:
		c.expr(t.Body)
		code = c.assemble(false)
	}
	return code, nil
}

func (c *compiler) enterScopeTop(st *SymbolTable, tree ast.Node) {
	c.steOf[tree] = st
	c.enterScope("<module>", scopeModule, tree, 1)
}

func (c *compiler) indexSymtables(t *SymbolTable) {
	c.steOf[t.Node] = t
	for _, ch := range t.Children {
		c.indexSymtables(ch)
	}
}

// parseFuture checks the leading `from __future__ import` statements
// (CPython's future.c).
func (c *compiler) parseFuture(body []ast.Stmt) error {
	done := false
	for i, s := range body {
		if i == 0 && isDocstring(s) {
			continue
		}
		imp, ok := s.(*ast.ImportFrom)
		if done || !ok || imp.Module != "__future__" || imp.Level != 0 {
			done = true
			continue
		}
		for _, a := range imp.Names {
			switch a.Name {
			case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
				"print_function", "unicode_literals", "generator_stop":
			case "barry_as_FLUFL":
				c.future |= CO_FUTURE_BARRY_AS_BDFL
			case "annotations":
				c.future |= CO_FUTURE_ANNOTATIONS
			case "braces":
				return c.syntaxError(locOf(s), "not a chance")
			default:
				return c.syntaxError(locOf(s), "future feature "+a.Name+" is not defined")
			}
		}
		c.futureLine = imp.Lineno
	}
	return nil
}

func isDocstring(s ast.Stmt) bool {
	e, ok := s.(*ast.ExprStmt)
	if !ok {
		return false
	}
	k, ok := e.Value.(*ast.Constant)
	if !ok {
		return false
	}
	_, ok = k.Value.(string)
	return ok
}

func docstring(body []ast.Stmt) (string, bool) {
	if len(body) == 0 || !isDocstring(body[0]) {
		return "", false
	}
	return body[0].(*ast.ExprStmt).Value.(*ast.Constant).Value.(string), true
}

// findAnn reports whether a body has annotated assignments outside nested
// functions and classes (they need SETUP_ANNOTATIONS).
func findAnn(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.With:
			if findAnn(s.Body) {
				return true
			}
		case *ast.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *ast.Try:
			for _, h := range s.Handlers {
				if findAnn(h.(*ast.ExceptHandler).Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		case *ast.TryStar:
			for _, h := range s.Handlers {
				if findAnn(h.(*ast.ExceptHandler).Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		case *ast.Match:
			for _, m := range s.Cases {
				if findAnn(m.Body) {
					return true
				}
			}
		}
	}
	return false
}

// body compiles a module or class body: SETUP_ANNOTATIONS, the docstring
// into __doc__, then the statements.
func (c *compiler) body(stmts []ast.Stmt) {
	if len(stmts) > 0 {
		c.setLoc(stmts[0])
	}
	if findAnn(stmts) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	if len(stmts) == 0 {
		return
	}
	i := 0
	if c.optimize < 2 {
		if _, ok := docstring(stmts); ok {
			i = 1
			c.expr(stmts[0].(*ast.ExprStmt).Value)
			c.unsetLoc()
			c.nameOp("__doc__", ast.Store)
		}
	}
	for ; i < len(stmts); i++ {
		c.stmt(stmts[i])
	}
}

// ---- names ----

type opType int

const (
	opFast opType = iota
	opGlobal
	opDeref
	opName
)

func (c *compiler) scopeOf(name string) Scope {
	if s := c.u.ste.Lookup(name); s != nil {
		return s.Scope()
	}
	return ScopeNone
}

func (c *compiler) nameOp(name string, ctx ast.ExprContext) {
	mangled := Mangle(c.u.private, name)
	if ctx != ast.Load && name == "__debug__" {
		c.errorf("cannot assign to __debug__")
	}
	optype := opName
	isFunc := c.u.ste.Type == FunctionBlock
	var derefIdx int
	switch c.scopeOf(mangled) {
	case Free:
		optype = opDeref
		derefIdx = len(c.u.cellvars) + addName(&c.u.freevars, c.u.freeIdx, mangled)
	case Cell:
		optype = opDeref
		derefIdx = addName(&c.u.cellvars, c.u.cellIdx, mangled)
	case Local:
		if isFunc {
			optype = opFast
		}
	case GlobalImplicit:
		if isFunc {
			optype = opGlobal
		}
	case GlobalExplicit:
		optype = opGlobal
	}
	switch optype {
	case opDeref:
		switch ctx {
		case ast.Load:
			if c.u.ste.Type == ClassBlock {
				c.emit(LOAD_CLASSDEREF, derefIdx)
			} else {
				c.emit(LOAD_DEREF, derefIdx)
			}
		case ast.Store:
			c.emit(STORE_DEREF, derefIdx)
		case ast.Del:
			c.emit(DELETE_DEREF, derefIdx)
		}
	case opFast:
		i := addName(&c.u.varnames, c.u.varIdx, mangled)
		c.emit([...]Opcode{ast.Load: LOAD_FAST, ast.Store: STORE_FAST, ast.Del: DELETE_FAST}[ctx], i)
	case opGlobal:
		i := c.nameIndex(mangled)
		switch ctx {
		case ast.Load:
			c.emit(LOAD_GLOBAL, i<<1)
		case ast.Store:
			c.emit(STORE_GLOBAL, i)
		case ast.Del:
			c.emit(DELETE_GLOBAL, i)
		}
	case opName:
		i := c.nameIndex(mangled)
		c.emit([...]Opcode{ast.Load: LOAD_NAME, ast.Store: STORE_NAME, ast.Del: DELETE_NAME}[ctx], i)
	}
}

// ---- statements ----

func (c *compiler) stmts(list []ast.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s ast.Stmt) {
	c.setLoc(s)
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.function(s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s, false)
	case *ast.AsyncFunctionDef:
		c.function(s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s, true)
	case *ast.ClassDef:
		c.class(s)
	case *ast.Return:
		c.returnStmt(s)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.expr(t)
		}
	case *ast.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(COPY, 1)
			}
			c.expr(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.For:
		c.forStmt(s)
	case *ast.AsyncFor:
		c.asyncFor(s)
	case *ast.While:
		c.while(s)
	case *ast.If:
		end := c.newBlock()
		next := end
		if len(s.Orelse) > 0 {
			next = c.newBlock()
		}
		c.jumpIf(s.Test, next, false)
		c.stmts(s.Body)
		if len(s.Orelse) > 0 {
			c.emitJumpNoLine(JUMP, end)
			c.useNextBlock(next)
			c.stmts(s.Orelse)
		}
		c.useNextBlock(end)
	case *ast.With:
		c.with(s, s.Items, s.Body, 0, false)
	case *ast.AsyncWith:
		c.checkAsync("'async with' outside async function")
		c.with(s, s.Items, s.Body, 0, true)
	case *ast.Match:
		c.match(s)
	case *ast.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.setLoc(s)
		c.emit(RAISE_VARARGS, n)
		c.nextBlock()
	case *ast.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s)
		} else {
			c.tryExcept(s)
		}
	case *ast.TryStar:
		if len(s.Finalbody) > 0 {
			c.tryStarFinally(s)
		} else {
			c.tryStarExcept(s)
		}
	case *ast.Assert:
		c.assert(s)
	case *ast.Import:
		c.importStmt(s)
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.Global, *ast.Nonlocal:
	case *ast.ExprStmt:
		if c.interactive && c.nestLevel <= 1 {
			c.expr(s.Value)
			c.emit(PRINT_EXPR, 0)
			return
		}
		if _, ok := c.fold(s.Value); ok {
			c.emit(NOP, 0) // a constant statement, after folding
			return
		}
		c.expr(s.Value)
		c.unsetLoc()
		c.emit(POP_TOP, 0)
	case *ast.Pass:
		c.emit(NOP, 0)
	case *ast.Break:
		loop := c.unwindFblockStack(false, true)
		if loop == nil {
			c.setLoc(s)
			c.errorf("'break' outside loop")
		}
		c.unwindFblock(*loop, false)
		c.setLoc(s)
		c.emitJump(JUMP, loop.exit)
		c.nextBlock()
	case *ast.Continue:
		loop := c.unwindFblockStack(false, true)
		if loop == nil {
			c.setLoc(s)
			c.errorf("'continue' not properly in loop")
		}
		c.setLoc(s)
		c.emitJump(JUMP, loop.block)
		c.nextBlock()
	default:
		c.errorf("unsupported statement %T", s)
	}
}

func (c *compiler) checkAsync(msg string) {
	if c.u.scope != scopeAsyncFunction {
		c.errorf("%s", msg)
	}
}

func (c *compiler) returnStmt(s *ast.Return) {
	_, isConst := s.Value.(*ast.Constant)
	preserveTOS := s.Value != nil && !isConst
	if c.u.ste.Type != FunctionBlock {
		c.errorf("'return' outside function")
	}
	if s.Value != nil && c.u.ste.Coroutine && c.u.ste.Generator {
		c.errorf("'return' with value in async generator")
	}
	if preserveTOS {
		c.expr(s.Value)
	} else if s.Value != nil {
		c.setLoc(s.Value)
		c.emit(NOP, 0)
	}
	if s.Value == nil || s.Value.Position().Lineno != s.Lineno {
		c.setLoc(s)
		c.emit(NOP, 0)
	}
	c.unwindFblockStack(preserveTOS, false)
	if s.Value == nil {
		c.loadConst(nil)
	} else if !preserveTOS {
		v, _ := c.fold(s.Value)
		c.loadConst(v)
	}
	// No new block (unlike raise, break, continue), as compile.c: a
	// function ending in `return` gets no unreachable implicit return,
	// hence no extra None in co_consts.
	c.emit(RETURN_VALUE, 0)
}

// unwindFblock emits the code that leaves one frame block on a return,
// break or continue.
func (c *compiler) unwindFblock(info fblock, preserveTOS bool) {
	switch info.kind {
	case fbWhileLoop, fbExceptionHandler, fbExceptionGroupHandler, fbAsyncComprehensionGenerator:
	case fbForLoop:
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
	case fbTryExcept:
		c.emit(POP_BLOCK, 0)
	case fbFinallyTry:
		c.emit(POP_BLOCK, 0)
		if preserveTOS {
			c.pushFblock(fbPopValue, nil, nil)
		}
		c.stmts(info.finalBody)
		if preserveTOS {
			c.popFblock()
		}
		c.unsetLoc()
	case fbFinallyEnd:
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_BLOCK, 0)
		c.emit(POP_EXCEPT, 0)
	case fbWith, fbAsyncWith:
		c.setLoc(info.withStmt)
		c.emit(POP_BLOCK, 0)
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.callExitWithNones()
		if info.kind == fbAsyncWith {
			c.emit(GET_AWAITABLE, 2)
			c.loadConst(nil)
			c.yieldFrom(true)
		}
		c.emit(POP_TOP, 0)
		c.unsetLoc()
	case fbHandlerCleanup:
		if info.name != "" {
			c.emit(POP_BLOCK, 0)
		}
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_BLOCK, 0)
		c.emit(POP_EXCEPT, 0)
		if info.name != "" {
			c.loadConst(nil)
			c.nameOp(info.name, ast.Store)
			c.nameOp(info.name, ast.Del)
		}
	case fbPopValue:
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
	}
}

// unwindFblockStack unwinds every frame block (down to the innermost loop
// when loop is set, which it returns).
func (c *compiler) unwindFblockStack(preserveTOS, loop bool) *fblock {
	n := len(c.u.fblocks)
	if n == 0 {
		return nil
	}
	top := c.u.fblocks[n-1]
	if top.kind == fbExceptionGroupHandler {
		c.errorf("'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if loop && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
		t := top
		return &t
	}
	c.u.fblocks = c.u.fblocks[:n-1]
	c.unwindFblock(top, preserveTOS)
	r := c.unwindFblockStack(preserveTOS, loop)
	c.u.fblocks = append(c.u.fblocks, top)
	return r
}

func (c *compiler) callExitWithNones() {
	c.loadConst(nil)
	c.loadConst(nil)
	c.loadConst(nil)
	c.emit(CALL, 2)
}

func (c *compiler) forStmt(s *ast.For) {
	start, cleanup, end := c.newBlock(), c.newBlock(), c.newBlock()
	c.pushFblock(fbForLoop, start, end)
	c.iterExpr(s.Iter)
	c.emit(GET_ITER, 0)
	c.useNextBlock(start)
	c.emitJump(FOR_ITER, cleanup)
	c.expr(s.Target)
	c.stmts(s.Body)
	c.unsetLoc()
	c.emitJump(JUMP, start)
	c.useNextBlock(cleanup)
	c.popFblock()
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

// iterExpr compiles the iterable of a for loop: a list or set display of
// constants becomes a tuple or frozenset constant (ast_opt.c's fold_iter).
func (c *compiler) iterExpr(e ast.Expr) {
	if v, ok := c.constCollection(e); ok {
		saved := c.u.loc
		c.setLoc(e)
		c.loadConst(v)
		c.u.loc = saved // as visiting the folded constant would
		return
	}
	c.expr(e)
}

// constCollection folds a list or set display whose items are all
// constants into a tuple or frozenset constant.
func (c *compiler) constCollection(e ast.Expr) (any, bool) {
	var elts []ast.Expr
	set := false
	switch e := e.(type) {
	case *ast.List:
		elts = e.Elts
	case *ast.Set:
		elts, set = e.Elts, true
	default:
		return nil, false
	}
	items := make([]any, len(elts))
	for i, x := range elts {
		v, ok := c.fold(x)
		if !ok {
			return nil, false
		}
		items[i] = v
	}
	if set {
		return makeFrozenset(items), true
	}
	return ConstTuple(items), true
}

// makeFrozenset drops duplicates as a Python set would (1, 1.0 and True
// are one element).
func makeFrozenset(items []any) ConstFrozenset {
	seen := map[any]bool{}
	out := ConstFrozenset{}
	for _, v := range items {
		k := setKey(v)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, v)
	}
	return out
}

func setKey(v any) any {
	switch x := v.(type) {
	case bool, *big.Int:
		i, _ := asInt(x)
		return "n" + i.String()
	case float64:
		if x == float64(int64(x)) && x < 1e18 && x > -1e18 {
			return "n" + big.NewInt(int64(x)).String()
		}
		if x == 0 {
			return "n0"
		}
	case complex128:
		if imag(x) == 0 {
			return setKey(real(x))
		}
	}
	return constKey(v)
}

func (c *compiler) asyncFor(s *ast.AsyncFor) {
	c.checkAsync("'async for' outside async function")
	start, except, end := c.newBlock(), c.newBlock(), c.newBlock()
	c.expr(s.Iter)
	c.emit(GET_AITER, 0)
	c.useNextBlock(start)
	c.pushFblock(fbForLoop, start, end)
	c.emitJump(SETUP_FINALLY, except)
	c.emit(GET_ANEXT, 0)
	c.loadConst(nil)
	c.yieldFrom(true)
	c.emit(POP_BLOCK, 0)
	c.expr(s.Target)
	c.stmts(s.Body)
	c.unsetLoc()
	c.emitJump(JUMP, start)
	c.popFblock()
	c.useNextBlock(except)
	c.setLoc(s.Iter)
	c.emit(END_ASYNC_FOR, 0)
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) while(s *ast.While) {
	loop, body, end, anchor := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.useNextBlock(loop)
	c.pushFblock(fbWhileLoop, loop, end)
	c.jumpIf(s.Test, anchor, false)
	c.useNextBlock(body)
	c.stmts(s.Body)
	c.setLoc(s)
	c.jumpIf(s.Test, body, true)
	c.popFblock()
	c.useNextBlock(anchor)
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) popExceptAndReraise() {
	c.emit(COPY, 3)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 1)
}

func (c *compiler) tryFinally(s *ast.Try) {
	body, end, exit, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.emitJump(SETUP_FINALLY, end)
	c.useNextBlock(body)
	fb := c.pushFblock(fbFinallyTry, body, end)
	fb.finalBody = s.Finalbody
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.emitNoLine(POP_BLOCK, 0)
	c.popFblock()
	c.stmts(s.Finalbody)
	c.emitJumpNoLine(JUMP, exit)
	c.useNextBlock(end)
	c.unsetLoc()
	c.emitJump(SETUP_CLEANUP, cleanup)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFblock(fbFinallyEnd, end, nil)
	c.stmts(s.Finalbody)
	c.popFblock()
	c.emit(RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(exit)
}

func (c *compiler) tryStarFinally(s *ast.TryStar) {
	body, end, exit, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.emitJump(SETUP_FINALLY, end)
	c.useNextBlock(body)
	fb := c.pushFblock(fbFinallyTry, body, end)
	fb.finalBody = s.Finalbody
	if len(s.Handlers) > 0 {
		c.tryStarExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.emitNoLine(POP_BLOCK, 0)
	c.popFblock()
	c.stmts(s.Finalbody)
	c.emitJumpNoLine(JUMP, exit)
	c.useNextBlock(end)
	c.unsetLoc()
	c.emitJump(SETUP_CLEANUP, cleanup)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFblock(fbFinallyEnd, end, nil)
	c.stmts(s.Finalbody)
	c.popFblock()
	c.emit(RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(exit)
}

func (c *compiler) tryExcept(s *ast.Try) {
	body, except, end, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.emitJump(SETUP_FINALLY, except)
	c.useNextBlock(body)
	c.pushFblock(fbTryExcept, body, nil)
	c.stmts(s.Body)
	c.popFblock()
	c.emitNoLine(POP_BLOCK, 0)
	c.stmts(s.Orelse)
	c.emitJumpNoLine(JUMP, end)
	n := len(s.Handlers)
	c.useNextBlock(except)
	c.unsetLoc()
	c.emitJump(SETUP_CLEANUP, cleanup)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFblock(fbExceptionHandler, nil, nil)
	for i, hn := range s.Handlers {
		h := hn.(*ast.ExceptHandler)
		c.setLoc(h)
		if h.Type == nil && i < n-1 {
			c.errorf("default 'except:' must be last")
		}
		next := c.newBlock()
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(CHECK_EXC_MATCH, 0)
			c.emitJump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			cleanupEnd, cleanupBody := c.newBlock(), c.newBlock()
			c.nameOp(h.Name, ast.Store)
			c.emitJump(SETUP_CLEANUP, cleanupEnd)
			c.useNextBlock(cleanupBody)
			fb := c.pushFblock(fbHandlerCleanup, cleanupBody, nil)
			fb.name = h.Name
			c.stmts(h.Body)
			c.popFblock()
			c.unsetLoc()
			c.emit(POP_BLOCK, 0)
			c.emit(POP_BLOCK, 0)
			c.emit(POP_EXCEPT, 0)
			c.loadConst(nil)
			c.nameOp(h.Name, ast.Store)
			c.nameOp(h.Name, ast.Del)
			c.emitJump(JUMP, end)
			c.useNextBlock(cleanupEnd)
			c.unsetLoc()
			c.loadConst(nil)
			c.nameOp(h.Name, ast.Store)
			c.nameOp(h.Name, ast.Del)
			c.emit(RERAISE, 1)
		} else {
			cleanupBody := c.newBlock()
			c.emit(POP_TOP, 0)
			c.useNextBlock(cleanupBody)
			c.pushFblock(fbHandlerCleanup, cleanupBody, nil)
			c.stmts(h.Body)
			c.popFblock()
			c.unsetLoc()
			c.emit(POP_BLOCK, 0)
			c.emit(POP_EXCEPT, 0)
			c.emitJump(JUMP, end)
		}
		c.useNextBlock(next)
	}
	c.unsetLoc()
	c.popFblock()
	c.emit(RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(end)
}

func (c *compiler) tryStarExcept(s *ast.TryStar) {
	body, except, orelse, end, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	reraiseStar := c.newBlock()
	c.emitJump(SETUP_FINALLY, except)
	c.useNextBlock(body)
	c.pushFblock(fbTryExcept, body, nil)
	c.stmts(s.Body)
	c.popFblock()
	c.emitNoLine(POP_BLOCK, 0)
	c.emitJumpNoLine(JUMP, orelse)
	n := len(s.Handlers)
	c.useNextBlock(except)
	c.unsetLoc()
	c.emitJump(SETUP_CLEANUP, cleanup)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFblock(fbExceptionGroupHandler, nil, nil)
	for i, hn := range s.Handlers {
		h := hn.(*ast.ExceptHandler)
		c.setLoc(h)
		next := c.newBlock()
		if i == 0 {
			c.emit(COPY, 1)
			c.emit(BUILD_LIST, 0)
			c.emit(SWAP, 2)
		}
		var noMatch *block
		if h.Type != nil {
			noMatch = c.newBlock()
			c.expr(h.Type)
			c.emit(CHECK_EG_MATCH, 0)
			c.emit(COPY, 1)
			c.emitJump(POP_JUMP_IF_NONE, noMatch)
		}
		cleanupEnd, cleanupBody := c.newBlock(), c.newBlock()
		if h.Name != "" {
			c.nameOp(h.Name, ast.Store)
		} else {
			c.emit(POP_TOP, 0)
		}
		c.emitJump(SETUP_CLEANUP, cleanupEnd)
		c.useNextBlock(cleanupBody)
		fb := c.pushFblock(fbHandlerCleanup, cleanupBody, nil)
		fb.name = h.Name
		c.stmts(h.Body)
		c.popFblock()
		c.unsetLoc()
		c.emit(POP_BLOCK, 0)
		if h.Name != "" {
			c.loadConst(nil)
			c.nameOp(h.Name, ast.Store)
			c.nameOp(h.Name, ast.Del)
		}
		c.emitJump(JUMP, next)
		c.useNextBlock(cleanupEnd)
		if h.Name != "" {
			c.loadConst(nil)
			c.nameOp(h.Name, ast.Store)
			c.nameOp(h.Name, ast.Del)
		}
		c.emit(LIST_APPEND, 3)
		c.emit(POP_TOP, 0)
		c.emitJump(JUMP, next)
		if noMatch != nil {
			c.useNextBlock(noMatch)
			c.emit(POP_TOP, 0)
		}
		c.useNextBlock(next)
		if i == n-1 {
			c.emit(LIST_APPEND, 1)
			c.emitJump(JUMP, reraiseStar)
		}
	}
	c.unsetLoc()
	c.popFblock()
	reraise := c.newBlock()
	c.useNextBlock(reraiseStar)
	c.emit(PREP_RERAISE_STAR, 0)
	c.emit(COPY, 1)
	c.emitJump(POP_JUMP_IF_NOT_NONE, reraise)
	c.emit(POP_TOP, 0)
	c.emit(POP_BLOCK, 0)
	c.emit(POP_EXCEPT, 0)
	c.emitJump(JUMP, end)
	c.useNextBlock(reraise)
	c.emit(POP_BLOCK, 0)
	c.emit(SWAP, 2)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(orelse)
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) with(s ast.Stmt, items []*ast.WithItem, body []ast.Stmt, pos int, async bool) {
	item := items[pos]
	blk, final, exit, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.expr(item.ContextExpr)
	if async {
		c.emit(BEFORE_ASYNC_WITH, 0)
		c.emit(GET_AWAITABLE, 1)
		c.loadConst(nil)
		c.yieldFrom(true)
	} else {
		c.emit(BEFORE_WITH, 0)
	}
	c.emitJump(SETUP_WITH, final)
	c.useNextBlock(blk)
	kind := fbWith
	if async {
		kind = fbAsyncWith
	}
	fb := c.pushFblock(kind, blk, final)
	fb.withStmt = s
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	pos++
	if pos == len(items) {
		c.stmts(body)
	} else {
		c.with(s, items, body, pos, async)
	}
	c.unsetLoc()
	c.emit(POP_BLOCK, 0)
	c.popFblock()
	c.setLoc(s)
	c.callExitWithNones()
	if async {
		c.emit(GET_AWAITABLE, 2)
		c.loadConst(nil)
		c.yieldFrom(true)
	}
	c.emit(POP_TOP, 0)
	c.emitJump(JUMP, exit)
	c.useNextBlock(final)
	c.emitJump(SETUP_CLEANUP, cleanup)
	c.emit(PUSH_EXC_INFO, 0)
	c.emit(WITH_EXCEPT_START, 0)
	if async {
		c.emit(GET_AWAITABLE, 2)
		c.loadConst(nil)
		c.yieldFrom(true)
	}
	c.withExceptFinish(cleanup)
	c.useNextBlock(exit)
}

func (c *compiler) withExceptFinish(cleanup *block) {
	exit := c.newBlock()
	c.emitJump(POP_JUMP_IF_TRUE, exit)
	c.emit(RERAISE, 2)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(exit)
	c.emit(POP_TOP, 0)
	c.emit(POP_BLOCK, 0)
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0)
	c.emit(POP_TOP, 0)
}

func (c *compiler) assert(s *ast.Assert) {
	if c.optimize > 0 {
		return
	}
	c.checkAssert(s)
	end := c.newBlock()
	c.jumpIf(s.Test, end, true)
	c.emit(LOAD_ASSERTION_ERROR, 0)
	if s.Msg != nil {
		c.expr(s.Msg)
		c.emit(CALL, 0)
	}
	c.emit(RAISE_VARARGS, 1)
	c.useNextBlock(end)
}

func (c *compiler) importStmt(s *ast.Import) {
	for _, a := range s.Names {
		c.setLoc(s)
		c.loadConst(big.NewInt(0))
		c.loadConst(nil)
		c.emitName(IMPORT_NAME, a.Name)
		if a.Asname != "" {
			c.importAs(a.Name, a.Asname)
		} else {
			name := a.Name
			if i := strings.IndexByte(name, '.'); i >= 0 {
				name = name[:i]
			}
			c.nameOp(name, ast.Store)
		}
	}
}

func (c *compiler) importAs(name, asname string) {
	parts := strings.Split(name, ".")
	if len(parts) > 1 {
		for i, attr := range parts[1:] {
			c.emit(IMPORT_FROM, c.nameIndex(attr))
			if i == len(parts)-2 {
				break
			}
			c.emit(SWAP, 2)
			c.emit(POP_TOP, 0)
		}
		c.nameOp(asname, ast.Store)
		c.emit(POP_TOP, 0)
		return
	}
	c.nameOp(asname, ast.Store)
}

func (c *compiler) importFrom(s *ast.ImportFrom) {
	c.loadConst(big.NewInt(int64(s.Level)))
	names := make(ConstTuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	if s.Lineno > c.futureLine && s.Module == "__future__" {
		c.errorf("from __future__ imports must occur at the beginning of the file")
	}
	c.loadConst(names)
	c.emitName(IMPORT_NAME, s.Module)
	for i, a := range s.Names {
		if i == 0 && a.Name == "*" {
			c.emit(IMPORT_STAR, 0)
			return
		}
		c.emitName(IMPORT_FROM, a.Name)
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		c.nameOp(store, ast.Store)
	}
	c.emit(POP_TOP, 0)
}

func (c *compiler) augAssign(s *ast.AugAssign) {
	e := s.Target
	c.setLoc(e)
	switch t := e.(type) {
	case *ast.Attribute:
		c.expr(t.Value)
		c.emit(COPY, 1)
		c.attrLoc(t)
		c.emitName(LOAD_ATTR, t.Attr)
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(COPY, 2)
		c.emit(COPY, 2)
		c.emit(BINARY_SUBSCR, 0)
	case *ast.Name:
		c.nameOp(t.Id, ast.Load)
	default:
		c.errorf("invalid node type for augmented assignment")
	}
	c.setLoc(s)
	c.expr(s.Value)
	c.setLoc(s)
	c.emit(BINARY_OP, binOpArg(s.Op)+NB_INPLACE_ADD)
	c.setLoc(e)
	switch t := e.(type) {
	case *ast.Attribute:
		c.attrLoc(t)
		c.emit(SWAP, 2)
		c.emitName(STORE_ATTR, t.Attr)
	case *ast.Subscript:
		c.emit(SWAP, 3)
		c.emit(SWAP, 2)
		c.emit(STORE_SUBSCR, 0)
	case *ast.Name:
		c.nameOp(t.Id, ast.Store)
	}
}

// attrLoc moves the location to the attribute's own line when it is on a
// later line than the object (update_start_location_to_match_attr).
func (c *compiler) attrLoc(e *ast.Attribute) {
	if e.Lineno != e.EndLineno {
		c.u.loc.Line = e.EndLineno
		c.u.loc.Col = max(e.EndColOffset-len(e.Attr), 0)
	}
}

func (c *compiler) annAssign(s *ast.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.expr(s.Target)
	}
	switch t := s.Target.(type) {
	case *ast.Name:
		if s.Simple != 0 && (c.u.scope == scopeModule || c.u.scope == scopeClass) {
			c.annotationValue(s.Annotation)
			c.emitName(LOAD_NAME, "__annotations__")
			c.loadConst(Mangle(c.u.private, t.Id))
			c.emit(STORE_SUBSCR, 0)
		}
	case *ast.Attribute:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
		}
	case *ast.Subscript:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
			c.checkAnnSubscr(t.Slice)
		}
	default:
		c.errorf("invalid node type for annotated assignment")
	}
	if s.Simple == 0 && c.future&CO_FUTURE_ANNOTATIONS == 0 &&
		(c.u.scope == scopeModule || c.u.scope == scopeClass) {
		c.checkAnnExpr(s.Annotation)
	}
}

func (c *compiler) checkAnnExpr(e ast.Expr) {
	c.expr(e)
	c.emit(POP_TOP, 0)
}

func (c *compiler) checkAnnSubscr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Slice:
		for _, x := range []ast.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				c.checkAnnExpr(x)
			}
		}
	case *ast.Tuple:
		for _, x := range e.Elts {
			c.checkAnnSubscr(x)
		}
	default:
		c.checkAnnExpr(e)
	}
}

// annotationValue pushes an annotation: its value, or under `from
// __future__ import annotations` its source text.
func (c *compiler) annotationValue(e ast.Expr) {
	if c.future&CO_FUTURE_ANNOTATIONS != 0 {
		c.setLoc(e)
		c.loadConst(Unparse(e))
		return
	}
	c.expr(e)
}

// ---- functions and classes ----

func (c *compiler) defaultArguments(args *ast.Arguments) int {
	flags := 0
	if len(args.Defaults) > 0 {
		for _, d := range args.Defaults {
			c.expr(d)
		}
		c.emit(BUILD_TUPLE, len(args.Defaults))
		flags |= MakeFunctionDefaults
	}
	var keys ConstTuple
	for i, a := range args.Kwonlyargs {
		if i < len(args.KwDefaults) && args.KwDefaults[i] != nil {
			keys = append(keys, Mangle(c.u.private, a.Arg))
			c.expr(args.KwDefaults[i])
		}
	}
	if len(keys) > 0 {
		c.loadConst(keys)
		c.emit(BUILD_CONST_KEY_MAP, len(keys))
		flags |= MakeFunctionKwDefaults
	}
	return flags
}

func (c *compiler) annotations(args *ast.Arguments, returns ast.Expr) bool {
	n := 0
	one := func(a *ast.Arg, starred bool) {
		if a == nil || a.Annotation == nil {
			return
		}
		c.loadConst(Mangle(c.u.private, a.Arg))
		if st, ok := a.Annotation.(*ast.Starred); ok && starred && c.future&CO_FUTURE_ANNOTATIONS == 0 {
			c.expr(st.Value)
			c.emit(UNPACK_SEQUENCE, 1)
		} else {
			c.annotationValue(a.Annotation)
		}
		n += 2
	}
	for _, a := range args.Args {
		one(a, false)
	}
	for _, a := range args.Posonlyargs {
		one(a, false)
	}
	one(args.Vararg, true)
	for _, a := range args.Kwonlyargs {
		one(a, false)
	}
	one(args.Kwarg, false)
	if returns != nil {
		c.loadConst("return")
		c.annotationValue(returns)
		n += 2
	}
	if n > 0 {
		c.emit(BUILD_TUPLE, n)
		return true
	}
	return false
}

func (c *compiler) function(name string, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr,
	returns ast.Expr, node ast.Stmt, async bool) {
	for _, d := range decorators {
		c.expr(d)
	}
	firstLine := node.Position().Lineno
	if len(decorators) > 0 {
		firstLine = decorators[0].Position().Lineno
	}
	c.setLoc(node)
	flags := c.defaultArguments(args)
	if c.annotations(args, returns) {
		flags |= MakeFunctionAnnotations
	}
	scope := scopeFunction
	if async {
		scope = scopeAsyncFunction
	}
	c.enterScope(name, scope, node, firstLine)
	doc, hasDoc := docstring(body)
	if hasDoc && c.optimize < 2 {
		c.addConst(doc)
	} else {
		hasDoc = false
		c.addConst(nil)
	}
	c.u.argcount = len(args.Args)
	c.u.posonly = len(args.Posonlyargs)
	c.u.kwonly = len(args.Kwonlyargs)
	start := 0
	if hasDoc {
		start = 1
	}
	for _, s := range body[start:] {
		c.stmt(s)
	}
	co := c.assemble(true)
	qualname := c.u.qualname
	c.exitScope()
	c.setLoc(node)
	c.makeClosure(co, flags, qualname)
	for range decorators {
		c.emit(CALL, 0)
	}
	c.nameOp(name, ast.Store)
}

func (c *compiler) makeClosure(co *Code, flags int, qualname string) {
	if len(co.FreeVars) > 0 {
		for _, name := range co.FreeVars {
			var arg int
			if c.u.scope == scopeClass && name == "__class__" || c.scopeOf(name) == Cell {
				i, ok := c.u.cellIdx[name]
				if !ok {
					c.errorf("compiler: no cell %q for a closure", name)
				}
				arg = i
			} else {
				i, ok := c.u.freeIdx[name]
				if !ok {
					c.errorf("compiler: no free variable %q for a closure", name)
				}
				arg = len(c.u.cellvars) + i
			}
			c.emit(LOAD_CLOSURE, arg)
		}
		flags |= MakeFunctionClosure
		c.emit(BUILD_TUPLE, len(co.FreeVars))
	}
	c.loadConst(co)
	c.emit(MAKE_FUNCTION, flags)
}

func (c *compiler) class(s *ast.ClassDef) {
	for _, d := range s.DecoratorList {
		c.expr(d)
	}
	firstLine := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstLine = s.DecoratorList[0].Position().Lineno
	}
	c.enterScope(s.Name, scopeClass, s, firstLine)
	c.u.private = s.Name
	c.setLoc(s)
	c.nameOp("__name__", ast.Load)
	c.nameOp("__module__", ast.Store)
	c.loadConst(c.u.qualname)
	c.nameOp("__qualname__", ast.Store)
	c.body(s.Body)
	c.unsetLoc()
	if c.u.ste.NeedsClassClosure {
		c.emit(LOAD_CLOSURE, c.u.cellIdx["__class__"])
		c.emit(COPY, 1)
		c.nameOp("__classcell__", ast.Store)
	} else {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	co := c.assemble(true)
	c.exitScope()
	c.setLoc(s)
	c.emit(PUSH_NULL, 0)
	c.emit(LOAD_BUILD_CLASS, 0)
	c.makeClosure(co, 0, "")
	c.loadConst(s.Name)
	c.callHelper(2, s.Bases, s.Keywords)
	for range s.DecoratorList {
		c.emit(CALL, 0)
	}
	c.nameOp(s.Name, ast.Store)
}

func (c *compiler) lambda(e *ast.Lambda) {
	flags := c.defaultArguments(e.Args)
	c.enterScope("<lambda>", scopeLambda, e, e.Lineno)
	c.addConst(nil)
	c.u.argcount = len(e.Args.Args)
	c.u.posonly = len(e.Args.Posonlyargs)
	c.u.kwonly = len(e.Args.Kwonlyargs)
	c.expr(e.Body)
	var co *Code
	if c.u.ste.Generator {
		co = c.assemble(false)
	} else {
		c.emit(RETURN_VALUE, 0)
		co = c.assemble(true)
	}
	qualname := c.u.qualname
	c.exitScope()
	c.setLoc(e)
	c.makeClosure(co, flags, qualname)
}
