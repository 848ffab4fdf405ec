package compiler

import (
	"fmt"
	"strings"

	"minipy/lang/ast"
)

// Symbol flags, numbered as CPython 3.11's symtable.h so that a table can be
// compared with python3's `symtable` module bit for bit.
const (
	DefGlobal    = 1 << 0 // global statement
	DefLocal     = 1 << 1 // assignment in the block
	DefParam     = 1 << 2 // formal parameter
	DefNonlocal  = 1 << 3 // nonlocal statement
	Use          = 1 << 4 // name is read
	DefFree      = 1 << 5 // (unused here; kept for the numbering)
	DefFreeClass = 1 << 6 // free variable of a method, bound in the class body
	DefImport    = 1 << 7 // bound by an import
	DefAnnot     = 1 << 8 // annotated (x: int)
	DefCompIter  = 1 << 9 // a comprehension's iteration variable

	DefBound = DefLocal | DefParam | DefImport

	scopeShift = 11
	scopeMask  = 0xf
)

// Scope is where a name lives at run time.
type Scope int

// Scopes, numbered as CPython's.
const (
	ScopeNone Scope = iota
	Local
	GlobalExplicit
	GlobalImplicit
	Free
	Cell
)

// BlockType is the kind of a symbol table.
type BlockType int

// Block types, numbered as CPython's _symtable.TYPE_*.
const (
	FunctionBlock BlockType = iota
	ClassBlock
	ModuleBlock
	annotationBlock // `from __future__ import annotations`: never analysed
)

func (b BlockType) String() string {
	return [...]string{"function", "class", "module", "annotation"}[b]
}

// Comprehension kinds of a FunctionBlock made for a comprehension.
const (
	NoComprehension = iota
	ListComprehension
	DictComprehension
	SetComprehension
	GeneratorExpression
)

// Symbol is one name of a block with its flags and, after analysis, its scope.
type Symbol struct {
	Name  string
	Flags int
}

// Scope is the symbol's scope after analysis.
func (s *Symbol) Scope() Scope { return Scope(s.Flags >> scopeShift & scopeMask) }

// SymbolTable is one block: the module, a class body, a function, lambda or
// comprehension. It records every name the block uses, how, and (after
// analysis) where each lives.
type SymbolTable struct {
	Type     BlockType
	Name     string
	Node     ast.Node // the Module, FunctionDef, ClassDef, Lambda or comprehension
	Lineno   int
	Children []*SymbolTable

	// Symbols in the order of first use, as CPython's ste_symbols dict.
	Symbols  []*Symbol
	index    map[string]int
	VarNames []string // parameters, in order

	Nested              bool // a function block inside a function
	Generator           bool
	Coroutine           bool
	Comprehension       int
	VarArgs, VarKwargs  bool
	ReturnsValue        bool
	HasFree, ChildFree  bool
	NeedsClassClosure   bool // a class whose methods use __class__ or super()
	compIterTarget      bool
	compIterExpr        int
	directives          map[string]ast.Pos
	futureAnnotations   bool
	annotationsDisabled bool
}

// Lookup returns the named symbol (mangled as the block sees it) or nil.
func (t *SymbolTable) Lookup(name string) *Symbol {
	if i, ok := t.index[name]; ok {
		return t.Symbols[i]
	}
	return nil
}

func (t *SymbolTable) flags(name string) int {
	if s := t.Lookup(name); s != nil {
		return s.Flags
	}
	return 0
}

// SymtableError is a SyntaxError found while building or analysing the
// symbol tables.
type SymtableError struct {
	Msg string
	ast.Pos
}

func (e *SymtableError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Lineno, e.Msg)
}

// builder walks the AST as CPython's symtable.c does.
type builder struct {
	top     *SymbolTable
	cur     *SymbolTable
	stack   []*SymbolTable
	private string // the enclosing class name, for name mangling
	future  bool   // from __future__ import annotations
	err     *SymtableError
}

// BuildSymtable builds and analyses the symbol tables of a module.
func BuildSymtable(mod *ast.Module) (*SymbolTable, error) {
	b := &builder{future: hasFutureAnnotations(mod.Body)}
	b.enter("top", ModuleBlock, mod, 0)
	for _, s := range mod.Body {
		b.stmt(s)
		if b.err != nil {
			return nil, b.err
		}
	}
	b.exit()
	if err := analyzeModule(b.top); err != nil {
		return nil, err
	}
	return b.top, nil
}

// hasFutureAnnotations reports whether the module starts (after its
// docstring) with `from __future__ import annotations` among its future
// imports.
func hasFutureAnnotations(body []ast.Stmt) bool {
	for i, s := range body {
		if i == 0 {
			if e, ok := s.(*ast.ExprStmt); ok {
				if c, ok := e.Value.(*ast.Constant); ok {
					if _, ok := c.Value.(string); ok {
						continue
					}
				}
			}
		}
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" {
			return false
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

func (b *builder) fail(pos ast.Pos, format string, args ...any) {
	if b.err == nil {
		b.err = &SymtableError{Msg: fmt.Sprintf(format, args...), Pos: pos}
	}
}

func (b *builder) enter(name string, typ BlockType, node ast.Node, lineno int) {
	t := &SymbolTable{Type: typ, Name: name, Node: node, Lineno: lineno, index: map[string]int{}}
	prev := b.cur
	if prev != nil {
		t.compIterExpr = prev.compIterExpr
		if prev.Nested || prev.Type == FunctionBlock {
			t.Nested = true
		}
	}
	b.stack = append(b.stack, t)
	b.cur = t
	if typ == annotationBlock {
		return
	}
	if typ == ModuleBlock {
		b.top = t
	}
	if prev != nil {
		prev.Children = append(prev.Children, t)
	}
}

func (b *builder) exit() {
	b.stack = b.stack[:len(b.stack)-1]
	if n := len(b.stack); n > 0 {
		b.cur = b.stack[n-1]
	} else {
		b.cur = nil
	}
}

// Mangle applies private name mangling: __x inside class C becomes _C__x.
func Mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") ||
		strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

func (b *builder) addDef(name string, flag int, pos ast.Pos) {
	b.addDefIn(b.cur, name, flag, pos)
}

func (b *builder) addDefIn(t *SymbolTable, name string, flag int, pos ast.Pos) {
	mangled := Mangle(b.private, name)
	val := flag
	i, ok := t.index[mangled]
	if ok {
		old := t.Symbols[i].Flags
		if flag&DefParam != 0 && old&DefParam != 0 {
			b.fail(pos, "duplicate argument '%s' in function definition", name)
			return
		}
		val |= old
	}
	if t.compIterTarget {
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.fail(pos, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
			return
		}
		val |= DefCompIter
	}
	if ok {
		t.Symbols[i].Flags = val
	} else {
		t.index[mangled] = len(t.Symbols)
		t.Symbols = append(t.Symbols, &Symbol{Name: mangled, Flags: val})
	}
	if flag&DefParam != 0 {
		t.VarNames = append(t.VarNames, mangled)
	} else if flag&DefGlobal != 0 {
		g := b.top
		if j, ok := g.index[mangled]; ok {
			g.Symbols[j].Flags |= flag
		} else {
			g.index[mangled] = len(g.Symbols)
			g.Symbols = append(g.Symbols, &Symbol{Name: mangled, Flags: flag})
		}
	}
}

func (b *builder) recordDirective(name string, pos ast.Pos) {
	if b.cur.directives == nil {
		b.cur.directives = map[string]ast.Pos{}
	}
	mangled := Mangle(b.private, name)
	if _, ok := b.cur.directives[mangled]; !ok {
		b.cur.directives[mangled] = pos
	}
}

func (b *builder) stmts(list []ast.Stmt) {
	for _, s := range list {
		if b.err != nil {
			return
		}
		b.stmt(s)
	}
}

func (b *builder) exprs(list []ast.Expr) {
	for _, e := range list {
		if e != nil && b.err == nil {
			b.expr(e)
		}
	}
}

func (b *builder) optExpr(e ast.Expr) {
	if e != nil {
		b.expr(e)
	}
}

func (b *builder) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		b.funcDef(s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s, s.Pos, false)
	case *ast.AsyncFunctionDef:
		b.funcDef(s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s, s.Pos, true)
	case *ast.ClassDef:
		b.addDef(s.Name, DefLocal, s.Pos)
		b.exprs(s.Bases)
		for _, k := range s.Keywords {
			b.expr(k.Value)
		}
		b.exprs(s.DecoratorList)
		b.enter(s.Name, ClassBlock, s, s.Lineno)
		saved := b.private
		b.private = s.Name
		b.stmts(s.Body)
		b.private = saved
		b.exit()
	case *ast.Return:
		if s.Value != nil {
			b.expr(s.Value)
			b.cur.ReturnsValue = true
		}
	case *ast.Delete:
		b.exprs(s.Targets)
	case *ast.Assign:
		b.exprs(s.Targets)
		b.expr(s.Value)
	case *ast.AnnAssign:
		if name, ok := s.Target.(*ast.Name); ok {
			cur := b.cur.flags(Mangle(b.private, name.Id))
			if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.top && s.Simple != 0 {
				if cur&DefGlobal != 0 {
					b.fail(s.Pos, "annotated name '%s' can't be global", name.Id)
				} else {
					b.fail(s.Pos, "annotated name '%s' can't be nonlocal", name.Id)
				}
				return
			}
			if s.Simple != 0 {
				b.addDef(name.Id, DefAnnot|DefLocal, name.Pos)
			} else if s.Value != nil {
				b.addDef(name.Id, DefLocal, name.Pos)
			}
		} else {
			b.expr(s.Target)
		}
		b.annotation(s.Annotation)
		b.optExpr(s.Value)
	case *ast.AugAssign:
		b.expr(s.Target)
		b.expr(s.Value)
	case *ast.For:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.AsyncFor:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.Match:
		b.expr(s.Subject)
		for _, c := range s.Cases {
			b.pattern(c.Pattern)
			b.optExpr(c.Guard)
			b.stmts(c.Body)
		}
	case *ast.Raise:
		b.optExpr(s.Exc)
		b.optExpr(s.Cause)
	case *ast.Try:
		b.stmts(s.Body)
		b.stmts(s.Orelse)
		b.handlers(s.Handlers)
		b.stmts(s.Finalbody)
	case *ast.TryStar:
		b.stmts(s.Body)
		b.stmts(s.Orelse)
		b.handlers(s.Handlers)
		b.stmts(s.Finalbody)
	case *ast.Assert:
		b.expr(s.Test)
		b.optExpr(s.Msg)
	case *ast.Import:
		for _, a := range s.Names {
			b.alias(a)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			b.alias(a)
		}
	case *ast.Global:
		b.declare(s.Names, DefGlobal, "global", s.Pos)
	case *ast.Nonlocal:
		b.declare(s.Names, DefNonlocal, "nonlocal", s.Pos)
	case *ast.ExprStmt:
		b.expr(s.Value)
	case *ast.Pass, *ast.Break, *ast.Continue:
	case *ast.With:
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *ast.AsyncWith:
		b.withItems(s.Items)
		b.stmts(s.Body)
	default:
		panic(fmt.Sprintf("symtable: unknown statement %T", s))
	}
}

// declare handles a global or nonlocal statement: each name gets flag,
// unless the block already used, bound or annotated it (CPython's errors,
// kind being "global" or "nonlocal").
func (b *builder) declare(names []string, flag int, kind string, pos ast.Pos) {
	for _, name := range names {
		cur := b.cur.flags(Mangle(b.private, name))
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			var msg string
			switch {
			case cur&DefParam != 0:
				msg = "name '%s' is parameter and " + kind
			case cur&Use != 0:
				msg = "name '%s' is used prior to " + kind + " declaration"
			case cur&DefAnnot != 0:
				msg = "annotated name '%s' can't be " + kind
			default:
				msg = "name '%s' is assigned to before " + kind + " declaration"
			}
			b.fail(pos, msg, name)
			return
		}
		b.addDef(name, flag, pos)
		b.recordDirective(name, pos)
	}
}

func (b *builder) funcDef(name string, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr,
	returns ast.Expr, node ast.Node, pos ast.Pos, async bool) {
	b.addDef(name, DefLocal, pos)
	b.exprs(args.Defaults)
	b.exprs(args.KwDefaults)
	b.annotations(args, returns)
	b.exprs(decorators)
	b.enter(name, FunctionBlock, node, pos.Lineno)
	if async {
		b.cur.Coroutine = true
	}
	b.arguments(args)
	b.stmts(body)
	b.exit()
}

func (b *builder) handlers(hs []ast.ExcepthandlerNode) {
	for _, h := range hs {
		h := h.(*ast.ExceptHandler)
		b.optExpr(h.Type)
		if h.Name != "" {
			b.addDef(h.Name, DefLocal, h.Pos)
		}
		b.stmts(h.Body)
	}
}

func (b *builder) withItems(items []*ast.WithItem) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		b.optExpr(it.OptionalVars)
	}
}

func (b *builder) alias(a *ast.Alias) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if b.cur.Type != ModuleBlock {
			b.fail(a.Pos, "import * only allowed at module level")
		}
		return
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	b.addDef(name, DefImport, a.Pos)
}

// annotation visits an annotation in the current block; under `from
// __future__ import annotations` it is only checked in a detached block,
// since it is compiled to a string.
func (b *builder) annotation(e ast.Expr) {
	if b.future {
		b.enter("_annotation", annotationBlock, e, e.Position().Lineno)
		b.expr(e)
		b.exit()
		return
	}
	b.expr(e)
}

func (b *builder) annotations(a *ast.Arguments, returns ast.Expr) {
	if b.future {
		b.enter("_annotation", annotationBlock, a, 0)
	}
	argAnnots := func(list []*ast.Arg) {
		for _, arg := range list {
			if arg.Annotation != nil {
				b.expr(arg.Annotation)
			}
		}
	}
	argAnnots(a.Posonlyargs)
	argAnnots(a.Args)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.expr(a.Kwarg.Annotation)
	}
	argAnnots(a.Kwonlyargs)
	if b.future {
		b.exit()
	}
	if returns != nil {
		b.annotation(returns)
	}
}

func (b *builder) arguments(a *ast.Arguments) {
	for _, list := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, arg := range list {
			b.addDef(arg.Arg, DefParam, arg.Pos)
		}
	}
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, a.Vararg.Pos)
		b.cur.VarArgs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, a.Kwarg.Pos)
		b.cur.VarKwargs = true
	}
}

func (b *builder) raiseIfAnnotationBlock(what string, e ast.Expr) bool {
	if b.cur.Type == annotationBlock {
		b.fail(*e.Position(), "%s cannot be used within an annotation", what)
		return true
	}
	return false
}

func (b *builder) raiseIfComprehension(e ast.Expr) {
	kind := [...]string{"", "list comprehension", "dict comprehension", "set comprehension", "generator expression"}
	b.fail(*e.Position(), "'yield' inside %s", kind[b.cur.Comprehension])
}

func (b *builder) expr(e ast.Expr) {
	if b.err != nil {
		return
	}
	switch e := e.(type) {
	case *ast.NamedExpr:
		if b.raiseIfAnnotationBlock("named expression", e) {
			return
		}
		if b.cur.compIterExpr > 0 {
			b.fail(e.Pos, "assignment expression cannot be used in a comprehension iterable expression")
			return
		}
		if b.cur.Comprehension != NoComprehension {
			b.extendNamedExprScope(e.Target.(*ast.Name))
		}
		b.expr(e.Value)
		b.expr(e.Target)
	case *ast.BoolOp:
		b.exprs(e.Values)
	case *ast.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *ast.UnaryOp:
		b.expr(e.Operand)
	case *ast.Lambda:
		b.exprs(e.Args.Defaults)
		b.exprs(e.Args.KwDefaults)
		b.enter("lambda", FunctionBlock, e, e.Lineno)
		b.arguments(e.Args)
		b.expr(e.Body)
		b.exit()
	case *ast.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *ast.Dict:
		b.exprs(e.Keys)
		b.exprs(e.Values)
	case *ast.Set:
		b.exprs(e.Elts)
	case *ast.GeneratorExp:
		b.comprehension(e, "genexpr", e.Generators, e.Elt, nil, GeneratorExpression)
	case *ast.ListComp:
		b.comprehension(e, "listcomp", e.Generators, e.Elt, nil, ListComprehension)
	case *ast.SetComp:
		b.comprehension(e, "setcomp", e.Generators, e.Elt, nil, SetComprehension)
	case *ast.DictComp:
		b.comprehension(e, "dictcomp", e.Generators, e.Key, e.Value, DictComprehension)
	case *ast.Yield:
		b.yield(e, e.Value)
	case *ast.YieldFrom:
		b.yield(e, e.Value)
	case *ast.Await:
		if b.raiseIfAnnotationBlock("await expression", e) {
			return
		}
		b.expr(e.Value)
		b.cur.Coroutine = true
	case *ast.Compare:
		b.expr(e.Left)
		b.exprs(e.Comparators)
	case *ast.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	case *ast.FormattedValue:
		b.expr(e.Value)
		b.optExpr(e.FormatSpec)
	case *ast.JoinedStr:
		b.exprs(e.Values)
	case *ast.Constant:
	case *ast.Attribute:
		b.expr(e.Value)
	case *ast.Subscript:
		b.expr(e.Value)
		b.expr(e.Slice)
	case *ast.Starred:
		b.expr(e.Value)
	case *ast.Slice:
		b.optExpr(e.Lower)
		b.optExpr(e.Upper)
		b.optExpr(e.Step)
	case *ast.Name:
		flag := DefLocal
		if e.Ctx == ast.Load {
			flag = Use
		}
		b.addDef(e.Id, flag, e.Pos)
		// super() counts as a use of __class__.
		if e.Ctx == ast.Load && b.cur.Type == FunctionBlock && e.Id == "super" {
			b.addDef("__class__", Use, e.Pos)
		}
	case *ast.List:
		b.exprs(e.Elts)
	case *ast.Tuple:
		b.exprs(e.Elts)
	default:
		panic(fmt.Sprintf("symtable: unknown expression %T", e))
	}
}

// yield handles yield and yield from (value may be nil for a bare yield):
// the block becomes a generator; neither may appear in an annotation or a
// comprehension.
func (b *builder) yield(e, value ast.Expr) {
	if b.raiseIfAnnotationBlock("yield expression", e) {
		return
	}
	b.optExpr(value)
	b.cur.Generator = true
	if b.cur.Comprehension != NoComprehension {
		b.raiseIfComprehension(e)
	}
}

func (b *builder) pattern(p ast.Pattern) {
	if b.err != nil {
		return
	}
	switch p := p.(type) {
	case *ast.MatchValue:
		b.expr(p.Value)
	case *ast.MatchSingleton:
	case *ast.MatchSequence:
		b.patterns(p.Patterns)
	case *ast.MatchStar:
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, p.Pos)
		}
	case *ast.MatchMapping:
		b.exprs(p.Keys)
		b.patterns(p.Patterns)
		if p.Rest != "" {
			b.addDef(p.Rest, DefLocal, p.Pos)
		}
	case *ast.MatchClass:
		b.expr(p.Cls)
		b.patterns(p.Patterns)
		b.patterns(p.KwdPatterns)
	case *ast.MatchAs:
		if p.Pattern != nil {
			b.pattern(p.Pattern)
		}
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, p.Pos)
		}
	case *ast.MatchOr:
		b.patterns(p.Patterns)
	default:
		panic(fmt.Sprintf("symtable: unknown pattern %T", p))
	}
}

func (b *builder) patterns(ps []ast.Pattern) {
	for _, p := range ps {
		b.pattern(p)
	}
}

// comprehension gives a comprehension its own function block. The outermost
// iterable is evaluated in the enclosing block and passed in as ".0".
func (b *builder) comprehension(e ast.Expr, name string, gens []*ast.Comprehension, elt, value ast.Expr, kind int) {
	outer := gens[0]
	b.cur.compIterExpr++
	b.expr(outer.Iter)
	b.cur.compIterExpr--
	b.enter(name, FunctionBlock, e, e.Position().Lineno)
	b.cur.Comprehension = kind
	if outer.IsAsync != 0 {
		b.cur.Coroutine = true
	}
	b.addDef(".0", DefParam, *e.Position())
	b.cur.compIterTarget = true
	b.expr(outer.Target)
	b.cur.compIterTarget = false
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		b.cur.compIterTarget = true
		b.expr(g.Target)
		b.cur.compIterTarget = false
		b.cur.compIterExpr++
		b.expr(g.Iter)
		b.cur.compIterExpr--
		b.exprs(g.Ifs)
		if g.IsAsync != 0 {
			b.cur.Coroutine = true
		}
	}
	if value != nil {
		b.expr(value)
	}
	b.expr(elt)
	isGen := kind == GeneratorExpression
	b.cur.Generator = isGen
	isAsync := b.cur.Coroutine && !isGen
	b.exit()
	if isAsync {
		b.cur.Coroutine = true
	}
}

// extendNamedExprScope binds a walrus target inside a comprehension in the
// nearest enclosing function or module block (PEP 572).
func (b *builder) extendNamedExprScope(target *ast.Name) {
	name := target.Id
	for i := len(b.stack) - 1; i >= 0; i-- {
		t := b.stack[i]
		if t.Comprehension != NoComprehension {
			if t.flags(name)&DefCompIter != 0 {
				b.fail(target.Pos, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
				return
			}
			continue
		}
		switch t.Type {
		case FunctionBlock:
			if t.flags(name)&DefGlobal != 0 {
				b.addDef(name, DefGlobal, target.Pos)
			} else {
				b.addDef(name, DefNonlocal, target.Pos)
			}
			b.recordDirective(name, target.Pos)
			b.addDefIn(t, name, DefLocal, target.Pos)
			return
		case ModuleBlock:
			b.addDef(name, DefGlobal, target.Pos)
			b.recordDirective(name, target.Pos)
			b.addDefIn(t, name, DefGlobal, target.Pos)
			return
		case ClassBlock:
			b.fail(target.Pos, "assignment expression within a comprehension cannot be used in a class body")
			return
		}
	}
}
