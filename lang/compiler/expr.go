package compiler

import (
	"unicode/utf8"

	"minipy/lang/ast"
)

func binOpArg(op ast.Operator) int {
	switch op {
	case ast.Add:
		return NB_ADD
	case ast.Sub:
		return NB_SUBTRACT
	case ast.Mult:
		return NB_MULTIPLY
	case ast.MatMult:
		return NB_MATRIX_MULTIPLY
	case ast.Div:
		return NB_TRUE_DIVIDE
	case ast.ModOp:
		return NB_REMAINDER
	case ast.Pow:
		return NB_POWER
	case ast.LShift:
		return NB_LSHIFT
	case ast.RShift:
		return NB_RSHIFT
	case ast.BitOr:
		return NB_OR
	case ast.BitXor:
		return NB_XOR
	case ast.BitAnd:
		return NB_AND
	case ast.FloorDiv:
		return NB_FLOOR_DIVIDE
	}
	return NB_ADD
}

func (c *compiler) compareOp(op ast.Cmpop) {
	switch op {
	case ast.Is:
		c.emit(IS_OP, 0)
	case ast.IsNot:
		c.emit(IS_OP, 1)
	case ast.In:
		c.emit(CONTAINS_OP, 0)
	case ast.NotIn:
		c.emit(CONTAINS_OP, 1)
	default:
		c.emit(COMPARE_OP, [...]int{ast.Lt: 0, ast.LtE: 1, ast.Eq: 2, ast.NotEq: 3, ast.Gt: 4, ast.GtE: 5}[op])
	}
}

// comparand compiles the right operand of a comparison: after `in`, a
// list or set display of constants is a tuple or frozenset constant.
func (c *compiler) comparand(op ast.Cmpop, e ast.Expr) {
	if op == ast.In || op == ast.NotIn {
		c.iterExpr(e)
		return
	}
	c.expr(e)
}

func (c *compiler) expr(e ast.Expr) {
	saved := c.u.loc
	c.setLoc(e)
	c.expr1(e)
	c.u.loc = saved
}

func (c *compiler) expr1(e ast.Expr) {
	if v, ok := c.fold(e); ok {
		c.loadConst(v)
		return
	}
	switch e := e.(type) {
	case *ast.NamedExpr:
		c.expr(e.Value)
		c.emit(COPY, 1)
		c.expr(e.Target)
	case *ast.BoolOp:
		jump := JUMP_IF_TRUE_OR_POP
		if e.Op == ast.And {
			jump = JUMP_IF_FALSE_OR_POP
		}
		end := c.newBlock()
		n := len(e.Values) - 1
		for i := 0; i < n; i++ {
			c.expr(e.Values[i])
			c.emitJump(jump, end)
			c.nextBlock()
		}
		c.expr(e.Values[n])
		c.useNextBlock(end)
	case *ast.BinOp:
		if js := c.formatToFString(e); js != nil {
			c.expr1(js)
			return
		}
		c.expr(e.Left)
		c.expr(e.Right)
		c.emit(BINARY_OP, binOpArg(e.Op))
	case *ast.UnaryOp:
		c.expr(e.Operand)
		c.emit([...]Opcode{ast.Invert: UNARY_INVERT, ast.Not: UNARY_NOT, ast.UAdd: UNARY_POSITIVE, ast.USub: UNARY_NEGATIVE}[e.Op], 0)
	case *ast.Lambda:
		c.lambda(e)
	case *ast.IfExp:
		end, next := c.newBlock(), c.newBlock()
		c.jumpIf(e.Test, next, false)
		c.expr(e.Body)
		c.emitJumpNoLine(JUMP, end)
		c.useNextBlock(next)
		c.expr(e.Orelse)
		c.useNextBlock(end)
	case *ast.Dict:
		c.dict(e)
	case *ast.Set:
		c.starunpack(e.Elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false)
	case *ast.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil, GeneratorExpression)
	case *ast.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil, ListComprehension)
	case *ast.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil, SetComprehension)
	case *ast.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value, DictComprehension)
	case *ast.Yield:
		if c.u.ste.Type != FunctionBlock {
			c.errorf("'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(nil)
		}
		c.yield()
	case *ast.YieldFrom:
		if c.u.ste.Type != FunctionBlock {
			c.errorf("'yield' outside function")
		}
		if c.u.scope == scopeAsyncFunction {
			c.errorf("'yield from' inside async function")
		}
		c.expr(e.Value)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		c.yieldFrom(false)
	case *ast.Await:
		if c.u.ste.Type != FunctionBlock {
			c.errorf("'await' outside function")
		}
		if c.u.scope != scopeAsyncFunction && c.u.scope != scopeComprehension {
			c.errorf("'await' outside async function")
		}
		c.expr(e.Value)
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.yieldFrom(true)
	case *ast.Compare:
		c.compare(e)
	case *ast.Call:
		c.call(e)
	case *ast.FormattedValue:
		c.expr(e.Value)
		arg := FormatConvNone
		switch e.Conversion {
		case 's':
			arg = FormatConvStr
		case 'r':
			arg = FormatConvRepr
		case 'a':
			arg = FormatConvASCII
		}
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
			arg |= FormatWithSpec
		}
		c.emit(FORMAT_VALUE, arg)
	case *ast.JoinedStr:
		if len(e.Values) > stackUseGuideline {
			c.loadConst("")
			c.emit(LOAD_METHOD, c.nameIndex("join"))
			c.emit(BUILD_LIST, 0)
			for _, v := range e.Values {
				c.expr(v)
				c.emit(LIST_APPEND, 1)
			}
			c.emit(CALL, 1)
		} else {
			for _, v := range e.Values {
				c.expr(v)
			}
			if len(e.Values) != 1 {
				c.emit(BUILD_STRING, len(e.Values))
			}
		}
	case *ast.Constant:
		c.loadConst(e.Value)
	case *ast.Attribute:
		c.expr(e.Value)
		c.attrLoc(e)
		switch e.Ctx {
		case ast.Load:
			c.emitName(LOAD_ATTR, e.Attr)
		case ast.Store:
			if e.Attr == "__debug__" {
				c.errorf("cannot assign to __debug__")
			}
			c.emitName(STORE_ATTR, e.Attr)
		case ast.Del:
			c.emitName(DELETE_ATTR, e.Attr)
		}
	case *ast.Subscript:
		if e.Ctx == ast.Load {
			c.checkSubscript(e)
		}
		c.expr(e.Value)
		c.expr(e.Slice)
		switch e.Ctx {
		case ast.Load:
			c.emit(BINARY_SUBSCR, 0)
		case ast.Store:
			c.emit(STORE_SUBSCR, 0)
		case ast.Del:
			c.emit(DELETE_SUBSCR, 0)
		}
	case *ast.Starred:
		if e.Ctx == ast.Store {
			c.errorf("starred assignment target must be in a list or tuple")
		}
		c.errorf("can't use starred expression here")
	case *ast.Slice:
		n := 2
		for _, x := range []ast.Expr{e.Lower, e.Upper} {
			if x != nil {
				c.expr(x)
			} else {
				c.loadConst(nil)
			}
		}
		if e.Step != nil {
			n++
			c.expr(e.Step)
		}
		c.emit(BUILD_SLICE, n)
	case *ast.Name:
		c.nameOp(e.Id, e.Ctx)
	case *ast.List:
		switch e.Ctx {
		case ast.Store:
			c.assignmentHelper(e.Elts)
		case ast.Load:
			c.starunpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
		default:
			for _, x := range e.Elts {
				c.expr(x)
			}
		}
	case *ast.Tuple:
		switch e.Ctx {
		case ast.Store:
			c.assignmentHelper(e.Elts)
		case ast.Load:
			c.starunpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
		default:
			for _, x := range e.Elts {
				c.expr(x)
			}
		}
	default:
		c.errorf("unsupported expression %T", e)
	}
}

func (c *compiler) yield() {
	if c.u.ste.Coroutine && c.u.ste.Generator {
		c.emit(ASYNC_GEN_WRAP, 0)
	}
	c.emit(YIELD_VALUE, 0)
	c.emit(RESUME, 1)
}

// yieldFrom emits the SEND loop of `yield from` and `await`.
func (c *compiler) yieldFrom(await bool) {
	start, resume, exit := c.newBlock(), c.newBlock(), c.newBlock()
	c.useNextBlock(start)
	c.emitJump(SEND, exit)
	c.useNextBlock(resume)
	c.emit(YIELD_VALUE, 0)
	if await {
		c.emit(RESUME, 3)
	} else {
		c.emit(RESUME, 2)
	}
	c.emitJump(JUMP_NO_INTERRUPT, start)
	c.useNextBlock(exit)
}

func (c *compiler) assignmentHelper(elts []ast.Expr) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			if seenStar {
				c.errorf("multiple starred expressions in assignment")
			}
			if i >= 1<<8 || n-i-1 >= 1<<15 {
				c.errorf("too many expressions in star-unpacking assignment")
			}
			c.emit(UNPACK_EX, i+(n-i-1)<<8)
			seenStar = true
		}
	}
	if !seenStar {
		c.emit(UNPACK_SEQUENCE, n)
	}
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.expr(s.Value)
		} else {
			c.expr(e)
		}
	}
}

func (c *compiler) allConst(elts []ast.Expr) ([]any, bool) {
	vals := make([]any, len(elts))
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			return nil, false
		}
		v, ok := c.fold(e)
		if !ok {
			return nil, false
		}
		vals[i] = v
	}
	return vals, true
}

func (c *compiler) starunpack(elts []ast.Expr, pushed int, build, add, extend Opcode, tuple bool) {
	n := len(elts)
	if n > 2 {
		if vals, ok := c.allConst(elts); ok {
			if tuple && pushed == 0 {
				c.loadConst(ConstTuple(vals))
			} else {
				c.emit(build, pushed)
				if add == SET_ADD {
					c.loadConst(makeFrozenset(vals))
				} else {
					c.loadConst(ConstTuple(vals))
				}
				c.emit(extend, 1)
				if tuple {
					c.emit(LIST_TO_TUPLE, 0)
				}
			}
			return
		}
	}
	big := n+pushed > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			seenStar = true
		}
	}
	if !seenStar && !big {
		for _, e := range elts {
			c.expr(e)
		}
		if tuple {
			c.emit(BUILD_TUPLE, n+pushed)
		} else {
			c.emit(build, n+pushed)
		}
		return
	}
	built := false
	if big {
		c.emit(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			if !built {
				c.emit(build, i+pushed)
				built = true
			}
			c.expr(s.Value)
			c.emit(extend, 1)
		} else {
			c.expr(e)
			if built {
				c.emit(add, 1)
			}
		}
	}
	if tuple {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) subdict(e *ast.Dict, begin, end int) {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		if keys, ok := c.allConst(e.Keys[begin:end]); ok {
			for _, v := range e.Values[begin:end] {
				c.expr(v)
			}
			c.loadConst(ConstTuple(keys))
			c.emit(BUILD_CONST_KEY_MAP, n)
			return
		}
	}
	if big {
		c.emitNoLine(BUILD_MAP, 0)
	}
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
		if big {
			c.emitNoLine(MAP_ADD, 1)
		}
	}
	if !big {
		c.emit(BUILD_MAP, n)
	}
}

func (c *compiler) dict(e *ast.Dict) {
	n := len(e.Values)
	haveDict := false
	elements := 0
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				c.subdict(e, i-elements, i)
				if haveDict {
					c.emit(DICT_UPDATE, 1)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				c.emit(BUILD_MAP, 0)
				haveDict = true
			}
			c.expr(e.Values[i])
			c.emit(DICT_UPDATE, 1)
		} else if elements*2 > stackUseGuideline {
			c.subdict(e, i-elements, i+1)
			if haveDict {
				c.emit(DICT_UPDATE, 1)
			}
			haveDict = true
			elements = 0
		} else {
			elements++
		}
	}
	if elements > 0 {
		c.subdict(e, n-elements, n)
		if haveDict {
			c.emit(DICT_UPDATE, 1)
		}
		haveDict = true
	}
	if !haveDict {
		c.emit(BUILD_MAP, 0)
	}
}

func (c *compiler) compare(e *ast.Compare) {
	c.checkCompare(e)
	c.expr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.comparand(e.Ops[0], e.Comparators[0])
		c.compareOp(e.Ops[0])
		return
	}
	cleanup := c.newBlock()
	for i := 0; i < n; i++ {
		c.comparand(e.Ops[i], e.Comparators[i])
		c.emit(SWAP, 2)
		c.emit(COPY, 2)
		c.compareOp(e.Ops[i])
		c.emitJump(JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.comparand(e.Ops[n], e.Comparators[n])
	c.compareOp(e.Ops[n])
	end := c.newBlock()
	c.emitJumpNoLine(JUMP, end)
	c.useNextBlock(cleanup)
	c.emit(SWAP, 2)
	c.emit(POP_TOP, 0)
	c.useNextBlock(end)
}

// jumpIf compiles a test that jumps to next when its truth equals cond.
//
// As CPython 3.11's compiler_jump_if, a comparison sets the location and
// leaves it set for the rest of the statement: an assert's
// LOAD_ASSERTION_ERROR and RAISE_VARARGS carry the comparison's position,
// so its traceback underlines the test (`assert n > 0` gets `^^^^^`).
func (c *compiler) jumpIf(e ast.Expr, next *block, cond bool) {
	if _, ok := e.(*ast.Compare); ok {
		c.setLoc(e)
	}
	switch e := e.(type) {
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			c.jumpIf(e.Operand, next, !cond)
			return
		}
	case *ast.BoolOp:
		n := len(e.Values) - 1
		cond2 := e.Op == ast.Or
		next2 := next
		if cond2 != cond {
			next2 = c.newBlock()
		}
		for i := 0; i < n; i++ {
			c.jumpIf(e.Values[i], next2, cond2)
		}
		c.jumpIf(e.Values[n], next, cond)
		if next2 != next {
			c.useNextBlock(next2)
		}
		return
	case *ast.IfExp:
		end, next2 := c.newBlock(), c.newBlock()
		c.jumpIf(e.Test, next2, false)
		c.jumpIf(e.Body, next, cond)
		c.emitJumpNoLine(JUMP, end)
		c.useNextBlock(next2)
		c.jumpIf(e.Orelse, next, cond)
		c.useNextBlock(end)
		return
	case *ast.Compare:
		n := len(e.Ops) - 1
		if n > 0 {
			c.checkCompare(e)
			cleanup := c.newBlock()
			c.expr(e.Left)
			for i := 0; i < n; i++ {
				c.comparand(e.Ops[i], e.Comparators[i])
				c.emit(SWAP, 2)
				c.emit(COPY, 2)
				c.compareOp(e.Ops[i])
				c.emitJump(POP_JUMP_IF_FALSE, cleanup)
			}
			c.comparand(e.Ops[n], e.Comparators[n])
			c.compareOp(e.Ops[n])
			if cond {
				c.emitJump(POP_JUMP_IF_TRUE, next)
			} else {
				c.emitJump(POP_JUMP_IF_FALSE, next)
			}
			end := c.newBlock()
			c.emitJumpNoLine(JUMP, end)
			c.useNextBlock(cleanup)
			c.emit(POP_TOP, 0)
			if !cond {
				c.emitJumpNoLine(JUMP, next)
			}
			c.useNextBlock(end)
			return
		}
	}
	saved := c.u.loc
	c.expr(e)
	if _, ok := e.(*ast.Constant); ok {
		// The jump the optimizer makes of a constant test (`while True:`)
		// keeps the statement's location, as CPython's: a KeyboardInterrupt
		// at its eval-breaker check shows the statement without carets.
		c.u.loc = saved
	}
	if cond {
		c.emitJump(POP_JUMP_IF_TRUE, next)
	} else {
		c.emitJump(POP_JUMP_IF_FALSE, next)
	}
}

// ---- calls ----

func (c *compiler) call(e *ast.Call) {
	if c.methodCall(e) {
		return
	}
	c.checkCaller(e)
	c.setLoc(e.Func)
	if n, ok := e.Func.(*ast.Name); ok && c.isGlobalLoad(n.Id) {
		c.setLoc(e)
		c.expr(e.Func)
		b := c.u.cur
		b.instrs[len(b.instrs)-1].arg |= 1 // LOAD_GLOBAL pushes the NULL
	} else {
		c.emit(PUSH_NULL, 0)
		c.setLoc(e)
		c.expr(e.Func)
	}
	c.setLoc(e)
	c.callHelper(0, e.Args, e.Keywords)
}

// isGlobalLoad reports whether loading name compiles to LOAD_GLOBAL.
func (c *compiler) isGlobalLoad(name string) bool {
	if name == "__debug__" {
		return false
	}
	switch c.scopeOf(Mangle(c.u.private, name)) {
	case GlobalExplicit:
		return true
	case GlobalImplicit:
		return c.u.ste.Type == FunctionBlock
	}
	return false
}

func (c *compiler) methodCall(e *ast.Call) bool {
	meth, ok := e.Func.(*ast.Attribute)
	if !ok || meth.Ctx != ast.Load {
		return false
	}
	nargs, nkw := len(e.Args), len(e.Keywords)
	extra := 0
	if nkw != 0 {
		extra = 1
	}
	if nargs+nkw+extra >= stackUseGuideline {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			return false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	c.validateKeywords(e.Keywords)
	c.expr(meth.Value)
	saved := c.u.loc
	// As CPython 3.11.7: LOAD_METHOD has the attribute's location and
	// PRECALL/CALL the call's, both moved to the attribute name's line
	// when the attribute spans lines (update_start_location_to_match_attr).
	c.setLoc(meth)
	c.matchAttrLoc(meth)
	c.emitName(LOAD_METHOD, meth.Attr)
	for _, a := range e.Args {
		c.expr(a)
	}
	if nkw > 0 {
		for _, k := range e.Keywords {
			c.expr(k.Value)
		}
		c.kwNames(e.Keywords)
	}
	c.setLoc(e)
	c.matchAttrLoc(meth)
	c.emit(CALL, nargs+nkw)
	c.u.loc = saved
	return true
}

// matchAttrLoc is update_start_location_to_match_attr: when the current
// location starts on another line than the one attr ends on, it starts at
// attr's name instead (the name's length counted in characters, as
// CPython does).
func (c *compiler) matchAttrLoc(attr *ast.Attribute) {
	if c.u.loc.Line == attr.EndLineno {
		return
	}
	c.u.loc.Line = attr.EndLineno
	if n := utf8.RuneCountInString(attr.Attr); n <= attr.EndColOffset {
		c.u.loc.Col = attr.EndColOffset - n
	} else {
		c.u.loc.Col, c.u.loc.EndCol = -1, -1
	}
	c.u.loc.EndLine = max(c.u.loc.Line, c.u.loc.EndLine)
}

func (c *compiler) kwNames(kws []*ast.Keyword) {
	names := make(ConstTuple, len(kws))
	for i, k := range kws {
		names[i] = k.Arg
	}
	c.emit(KW_NAMES, c.addConst(names))
}

func (c *compiler) validateKeywords(kws []*ast.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		for _, o := range kws[i+1:] {
			if o.Arg == k.Arg {
				c.setLoc(o)
				c.errorf("keyword argument repeated: %s", k.Arg)
			}
		}
	}
}

func (c *compiler) callHelper(n int, args []ast.Expr, kws []*ast.Keyword) {
	c.validateKeywords(kws)
	nelts, nkw := len(args), len(kws)
	ex := nelts+nkw*2 > stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			ex = true
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			ex = true
		}
	}
	if !ex {
		for _, a := range args {
			c.expr(a)
		}
		if nkw > 0 {
			for _, k := range kws {
				c.expr(k.Value)
			}
			c.kwNames(kws)
		}
		c.emit(CALL, n+nelts+nkw)
		return
	}
	if s, ok := firstStarred(args); n == 0 && nelts == 1 && ok {
		c.expr(s.Value)
	} else {
		c.starunpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	}
	if nkw > 0 {
		haveDict := false
		nseen := 0
		for i, k := range kws {
			if k.Arg == "" {
				if nseen > 0 {
					c.subkwargs(kws, i-nseen, i)
					if haveDict {
						c.emit(DICT_MERGE, 1)
					}
					haveDict = true
					nseen = 0
				}
				if !haveDict {
					c.emit(BUILD_MAP, 0)
					haveDict = true
				}
				c.expr(k.Value)
				c.emit(DICT_MERGE, 1)
			} else {
				nseen++
			}
		}
		if nseen > 0 {
			c.subkwargs(kws, nkw-nseen, nkw)
			if haveDict {
				c.emit(DICT_MERGE, 1)
			}
		}
	}
	if nkw > 0 {
		c.emit(CALL_FUNCTION_EX, 1)
	} else {
		c.emit(CALL_FUNCTION_EX, 0)
	}
}

func firstStarred(args []ast.Expr) (*ast.Starred, bool) {
	if len(args) == 0 {
		return nil, false
	}
	s, ok := args[0].(*ast.Starred)
	return s, ok
}

func (c *compiler) subkwargs(kws []*ast.Keyword, begin, end int) {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		keys := make(ConstTuple, 0, n)
		for _, k := range kws[begin:end] {
			c.expr(k.Value)
			keys = append(keys, k.Arg)
		}
		c.loadConst(keys)
		c.emit(BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.emitNoLine(BUILD_MAP, 0)
	}
	for _, k := range kws[begin:end] {
		c.loadConst(k.Arg)
		c.expr(k.Value)
		if big {
			c.emitNoLine(MAP_ADD, 1)
		}
	}
	if !big {
		c.emit(BUILD_MAP, n)
	}
}

// ---- comprehensions ----

func (c *compiler) comprehension(e ast.Expr, name string, gens []*ast.Comprehension, elt, val ast.Expr, kind int) {
	outerScope := c.u.scope
	outermost := gens[0]
	c.enterScope(name, scopeComprehension, e, e.Position().Lineno)
	c.setLoc(e)
	isAsyncGen := c.u.ste.Coroutine
	if isAsyncGen && kind != GeneratorExpression && outerScope != scopeAsyncFunction && outerScope != scopeComprehension {
		c.errorf("asynchronous comprehension outside of an asynchronous function")
	}
	switch kind {
	case ListComprehension:
		c.emit(BUILD_LIST, 0)
	case SetComprehension:
		c.emit(BUILD_SET, 0)
	case DictComprehension:
		c.emit(BUILD_MAP, 0)
	}
	c.comprehensionGenerator(gens, 0, 0, elt, val, kind)
	if kind != GeneratorExpression {
		c.emit(RETURN_VALUE, 0)
	}
	co := c.assemble(true)
	qualname := c.u.qualname
	c.exitScope()
	c.setLoc(e)
	c.makeClosure(co, 0, qualname)
	c.iterExpr(outermost.Iter)
	if outermost.IsAsync != 0 {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.emit(CALL, 0)
	if isAsyncGen && kind != GeneratorExpression {
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.yieldFrom(true)
	}
}

func (c *compiler) comprehensionGenerator(gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind int) {
	if gens[i].IsAsync != 0 {
		c.asyncComprehensionGenerator(gens, i, depth, elt, val, kind)
	} else {
		c.syncComprehensionGenerator(gens, i, depth, elt, val, kind)
	}
}

func (c *compiler) comprehensionElement(depth int, elt, val ast.Expr, kind int) {
	switch kind {
	case GeneratorExpression:
		c.expr(elt)
		c.yield()
		c.emit(POP_TOP, 0)
	case ListComprehension:
		c.expr(elt)
		c.emit(LIST_APPEND, depth+1)
	case SetComprehension:
		c.expr(elt)
		c.emit(SET_ADD, depth+1)
	case DictComprehension:
		c.expr(elt)
		c.expr(val)
		c.emit(MAP_ADD, depth+1)
	}
}

func (c *compiler) syncComprehensionGenerator(gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind int) {
	start, ifCleanup, anchor := c.newBlock(), c.newBlock(), c.newBlock()
	gen := gens[i]
	if i == 0 {
		c.u.argcount = 1
		c.emit(LOAD_FAST, 0)
	} else {
		var elts []ast.Expr
		switch it := gen.Iter.(type) {
		case *ast.List:
			elts = it.Elts
		case *ast.Tuple:
			elts = it.Elts
		}
		if len(elts) == 1 {
			if _, ok := elts[0].(*ast.Starred); !ok {
				c.expr(elts[0])
				start = nil
			}
		}
		if start != nil {
			c.iterExpr(gen.Iter)
			c.emit(GET_ITER, 0)
		}
	}
	if start != nil {
		depth++
		c.useNextBlock(start)
		c.emitJump(FOR_ITER, anchor)
	}
	c.expr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	if i+1 < len(gens) {
		c.comprehensionGenerator(gens, i+1, depth, elt, val, kind)
	} else {
		c.comprehensionElement(depth, elt, val, kind)
	}
	c.useNextBlock(ifCleanup)
	if start != nil {
		c.emitJump(JUMP, start)
		c.useNextBlock(anchor)
	}
}

func (c *compiler) asyncComprehensionGenerator(gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind int) {
	start, except, ifCleanup := c.newBlock(), c.newBlock(), c.newBlock()
	gen := gens[i]
	if i == 0 {
		c.u.argcount = 1
		c.emit(LOAD_FAST, 0)
	} else {
		c.expr(gen.Iter)
		c.emit(GET_AITER, 0)
	}
	c.useNextBlock(start)
	c.pushFblock(fbAsyncComprehensionGenerator, start, nil)
	c.emitJump(SETUP_FINALLY, except)
	c.emit(GET_ANEXT, 0)
	c.loadConst(nil)
	c.yieldFrom(true)
	c.emit(POP_BLOCK, 0)
	c.expr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	depth++
	if i+1 < len(gens) {
		c.comprehensionGenerator(gens, i+1, depth, elt, val, kind)
	} else {
		c.comprehensionElement(depth, elt, val, kind)
	}
	c.useNextBlock(ifCleanup)
	c.emitJump(JUMP, start)
	c.popFblock()
	c.useNextBlock(except)
	c.emit(END_ASYNC_FOR, 0)
}
