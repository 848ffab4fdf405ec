package compiler

import (
	"fmt"
	"sort"

	"minipy/lang/ast"
	"minipy/lang/parser"
)

// scopeType is the kind of a compilation unit (CPython's COMPILER_SCOPE_*).
type scopeType int

const (
	scopeModule scopeType = iota
	scopeClass
	scopeFunction
	scopeAsyncFunction
	scopeLambda
	scopeComprehension
)

// instr is one instruction of a basic block; jumps point at blocks until
// assembly.
type instr struct {
	op     Opcode
	arg    int
	target *block
	loc    Location
	except *block // the handler in force (set by labelExceptionTargets)
}

// block is a basic block of the control-flow graph (compile.c's
// basicblock). next is the block laid out after this one.
type block struct {
	instrs        []instr
	next          *block
	startDepth    int
	visited       bool
	exceptStack   []*block
	preserveLasti bool
	exceptHandler bool // target of a SETUP_*
	cold          bool
	offset        int
	preds         int
	id            int
}

func (b *block) last() *instr {
	if len(b.instrs) == 0 {
		return nil
	}
	return &b.instrs[len(b.instrs)-1]
}

// noFallthrough reports whether control never runs past the block's end.
func (b *block) noFallthrough() bool {
	l := b.last()
	if l == nil {
		return false
	}
	f := l.op.Info().Flags
	return f&(FlagExit|FlagUncondJump) != 0
}

// fblock kinds (compile.c's fblocktype).
type fblockKind int

const (
	fbWhileLoop fblockKind = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
	fbAsyncComprehensionGenerator
)

type fblock struct {
	kind  fblockKind
	block *block
	exit  *block
	// datum: the finally body (fbFinallyTry), the with statement
	// (fbWith/fbAsyncWith), the handler's name (fbHandlerCleanup).
	finalBody []ast.Stmt
	withStmt  ast.Stmt
	name      string
}

// unit is the state of one code object being compiled.
type unit struct {
	ste       *SymbolTable
	scope     scopeType
	name      string
	qualname  string
	private   string
	consts    []any
	constIdx  map[any]int
	names     []string
	nameIdx   map[string]int
	varnames  []string
	varIdx    map[string]int
	cellvars  []string
	cellIdx   map[string]int
	freevars  []string
	freeIdx   map[string]int
	argcount  int
	posonly   int
	kwonly    int
	firstLine int
	blocks    []*block
	entry     *block
	cur       *block
	fblocks   []fblock
	loc       Location
}

func (c *compiler) newBlock() *block {
	b := &block{id: len(c.u.blocks)}
	c.u.blocks = append(c.u.blocks, b)
	return b
}

// useNextBlock makes b the current block, laid out after the current one.
func (c *compiler) useNextBlock(b *block) {
	c.u.cur.next = b
	c.u.cur = b
}

// nextBlock starts a new block after the current one.
func (c *compiler) nextBlock() {
	c.useNextBlock(c.newBlock())
}

func (c *compiler) emit(op Opcode, arg int) {
	c.emitLoc(op, arg, c.u.loc)
}

func (c *compiler) emitLoc(op Opcode, arg int, loc Location) {
	if arg > MaxArg || arg < 0 {
		c.errorf("too many operands (operand %d does not fit in 24 bits)", arg)
	}
	b := c.u.cur
	b.instrs = append(b.instrs, instr{op: op, arg: arg, loc: loc})
}

func (c *compiler) emitNoLine(op Opcode, arg int) {
	c.emitLoc(op, arg, noLocation)
}

func (c *compiler) emitJump(op Opcode, target *block) {
	c.emitJumpLoc(op, target, c.u.loc)
}

func (c *compiler) emitJumpNoLine(op Opcode, target *block) {
	c.emitJumpLoc(op, target, noLocation)
}

// emitJumpLoc ends the current block with a jump, as compile.c keeps jumps
// last in their blocks (setup pseudo-instructions excepted).
func (c *compiler) emitJumpLoc(op Opcode, target *block, loc Location) {
	c.u.cur.instrs = append(c.u.cur.instrs, instr{op: op, target: target, loc: loc})
	if op.Info().Flags&FlagBlock == 0 {
		c.nextBlock()
	}
}

var noLocation = Location{Line: -1, EndLine: -1, Col: -1, EndCol: -1}

func locOf(n ast.Positioned) Location {
	p := n.Position()
	return Location{Line: p.Lineno, EndLine: p.EndLineno, Col: p.ColOffset, EndCol: p.EndColOffset}
}

func (c *compiler) setLoc(n ast.Positioned) { c.u.loc = locOf(n) }
func (c *compiler) unsetLoc()               { c.u.loc = noLocation }

func (c *compiler) addConst(v any) int {
	k := constKey(v)
	if i, ok := c.u.constIdx[k]; ok {
		return i
	}
	i := len(c.u.consts)
	c.u.consts = append(c.u.consts, v)
	c.u.constIdx[k] = i
	return i
}

func (c *compiler) loadConst(v any) { c.emit(LOAD_CONST, c.addConst(v)) }

func addName(list *[]string, idx map[string]int, name string) int {
	if i, ok := idx[name]; ok {
		return i
	}
	i := len(*list)
	*list = append(*list, name)
	idx[name] = i
	return i
}

func (c *compiler) nameIndex(name string) int { return addName(&c.u.names, c.u.nameIdx, name) }

// emitName emits an instruction on a (mangled) name (ADDOP_NAME).
func (c *compiler) emitName(op Opcode, name string) {
	c.emit(op, c.nameIndex(Mangle(c.u.private, name)))
}

// compileError carries a SyntaxError out of the compiler's recursion.
type compileError struct{ err *parser.SyntaxError }

func (c *compiler) errorf(format string, args ...any) {
	c.errorAt(c.u.loc, fmt.Sprintf(format, args...))
}

func (c *compiler) errorAt(loc Location, msg string) {
	panic(compileError{c.syntaxError(loc, msg)})
}

func (c *compiler) syntaxError(loc Location, msg string) *parser.SyntaxError {
	e := &parser.SyntaxError{Kind: "SyntaxError", Msg: msg, Filename: c.filename,
		Lineno: loc.Line, Offset: loc.Col + 1, EndLineno: loc.EndLine, EndOffset: loc.EndCol + 1}
	if c.src != nil {
		e.Text = sourceLine(c.src, loc.Line)
	}
	return e
}

func sourceLine(src []byte, line int) string {
	n := 1
	start := 0
	for i := 0; i < len(src) && n < line; i++ {
		if src[i] == '\n' {
			n++
			start = i + 1
		}
	}
	if n != line || line < 1 {
		return ""
	}
	end := start
	for end < len(src) && src[end] != '\n' {
		end++
	}
	if end < len(src) {
		end++
	}
	return string(src[start:end])
}

// enterScope starts a new unit for the block of node.
func (c *compiler) enterScope(name string, scope scopeType, node ast.Node, firstLine int) {
	ste := c.steOf[node]
	if ste == nil {
		panic(fmt.Sprintf("compiler: no symbol table for %T", node))
	}
	u := &unit{ste: ste, scope: scope, name: name, firstLine: firstLine,
		constIdx: map[any]int{}, nameIdx: map[string]int{}, varIdx: map[string]int{},
		cellIdx: map[string]int{}, freeIdx: map[string]int{}}
	for _, v := range ste.VarNames {
		addName(&u.varnames, u.varIdx, v)
	}
	var cells, frees []string
	for _, s := range ste.Symbols {
		switch s.Scope() {
		case Cell:
			cells = append(cells, s.Name)
		case Free:
			frees = append(frees, s.Name)
		default:
			if s.Flags&DefFreeClass != 0 {
				frees = append(frees, s.Name)
			}
		}
	}
	// co_cellvars lists the parameters that are cells first, in parameter
	// order (they keep their local slot in CPython 3.11), then the other
	// cells sorted by name.
	sort.Strings(cells)
	sort.Strings(frees)
	isCell := map[string]bool{}
	for _, n := range cells {
		isCell[n] = true
	}
	var ordered []string
	for _, v := range ste.VarNames {
		if isCell[v] {
			ordered = append(ordered, v)
			delete(isCell, v)
		}
	}
	for _, n := range cells {
		if isCell[n] {
			ordered = append(ordered, n)
		}
	}
	cells = ordered
	if ste.NeedsClassClosure {
		cells = append([]string{"__class__"}, cells...)
	}
	for _, n := range cells {
		addName(&u.cellvars, u.cellIdx, n)
	}
	for _, n := range frees {
		addName(&u.freevars, u.freeIdx, n)
	}
	if c.u != nil {
		u.private = c.u.private
		c.stack = append(c.stack, c.u)
	}
	c.u = u
	u.entry = c.newBlock()
	u.cur = u.entry
	if scope == scopeModule {
		u.qualname = name
		u.loc = Location{Line: 0, EndLine: 0, Col: -1, EndCol: -1}
	} else {
		c.setQualname()
		u.loc = Location{Line: firstLine, EndLine: firstLine, Col: -1, EndCol: -1}
	}
	c.emit(RESUME, 0)
	c.nestLevel++
}

func (c *compiler) exitScope() {
	c.nestLevel--
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
}

func (c *compiler) setQualname() {
	u := c.u
	var base string
	if n := len(c.stack); n > 0 {
		parent := c.stack[n-1]
		force := false
		if u.scope == scopeFunction || u.scope == scopeAsyncFunction || u.scope == scopeClass {
			if s := parent.ste.Lookup(Mangle(parent.private, u.name)); s != nil && s.Scope() == GlobalExplicit {
				force = true
			}
		}
		if !force && parent.scope != scopeModule {
			if parent.scope == scopeFunction || parent.scope == scopeAsyncFunction || parent.scope == scopeLambda {
				base = parent.qualname + ".<locals>"
			} else {
				base = parent.qualname
			}
		}
	}
	if base != "" {
		u.qualname = base + "." + u.name
	} else {
		u.qualname = u.name
	}
}

func (c *compiler) pushFblock(kind fblockKind, b, exit *block) *fblock {
	if len(c.u.fblocks) >= CO_MAXBLOCKS {
		c.errorf(maxStaticallyNestedBlocksMsg)
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind: kind, block: b, exit: exit})
	return &c.u.fblocks[len(c.u.fblocks)-1]
}

func (c *compiler) popFblock() {
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
}
