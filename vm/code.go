package vm

import (
	"fmt"
	"math/big"

	"minipy/lang/ast"
	"minipy/lang/compiler"
	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// Code is a code object: a compiler.Code loaded into objects. Constants,
// names and variable names become objects once, when the code is loaded.
// A code object holds only immutable values (constants and nested code
// objects), so it is not tracked by the cycle collector.
type Code struct {
	Object
	C        *compiler.Code
	ins      []uint32
	consts   []*Object // owned
	names    []*Object // owned str
	varnames []*Object // owned str
	cellfree []*Object // owned str: cell names then free names
	name     *Object   // owned str
	qualname *Object   // owned str
	filename *Object   // owned str
	nlocals  int
	ncells   int
	nfree    int
	nlp      int // len(localsplus): locals, cells, frees
	size     int // nlp + stack size
	// fastArgc is the number of arguments of a call that binds by
	// copying them into the first locals: C.ArgCount for a function
	// with only positional parameters (no *args, **kwargs, keyword-only
	// parameters) that is not a generator; -1 otherwise.
	fastArgc int
	// entryPC is where pushCallFrame starts the code when no eval
	// breaker request is pending: 1 past a leading RESUME 0 (whose only
	// work is that check), else 0.
	entryPC int
	locs    []compiler.Location
	charged int
	// Inline caches, one per entry of names (cache.go): all the
	// instructions of this code that use a name share its entry.
	gcache []globalCache
	acache []attrCaches
}

var codeClass = alloc.NewClass[Code]("code")

// CodeType is the type of code objects.
var CodeType = &objects.Type{Name: "code"}

func asCode(o *Object) *Code {
	if o.Type() == CodeType {
		return (*Code)(ptr(o))
	}
	return nil
}

// LoadCode turns a compiled code object into a code object (a new
// reference), making objects of its constants.
func LoadCode(ts *objects.Thread, c *compiler.Code) *Object {
	co := objects.NewObject(ts, codeClass, CodeType)
	co.C = c
	co.ins = append([]uint32(nil), c.Code...)
	co.nlocals = len(c.VarNames)
	co.ncells = len(c.CellVars)
	co.nfree = len(c.FreeVars)
	co.nlp = co.nlocals + co.ncells + co.nfree
	co.size = co.nlp + c.StackSize + 1
	co.fastArgc = -1
	if c.Flags&(coGenerator|compiler.CO_VARARGS|compiler.CO_VARKEYWORDS) == 0 && c.KwOnlyArgCount == 0 {
		co.fastArgc = c.ArgCount
	}
	co.locs = c.Locations()
	co.charged = 8 * (len(c.Consts) + len(c.Names) + len(c.VarNames) + co.ncells + co.nfree + len(co.ins)/2)
	ts.Heap().Charge(co.charged)
	o := &co.Object
	ok := true
	var is *InterpState
	if th, isTh := ts.Owner.(*Thread); isTh {
		is = th.Interp
	}
	mk := func(s string) *Object {
		r := is.intern(ts, s)
		if r == nil {
			ok = false
		}
		return r
	}
	co.name, co.qualname, co.filename = mk(c.Name), mk(c.QualName), mk(c.Filename)
	for _, s := range c.Names {
		co.names = append(co.names, mk(s))
	}
	for _, s := range c.VarNames {
		co.varnames = append(co.varnames, mk(s))
	}
	for _, s := range c.CellVars {
		co.cellfree = append(co.cellfree, mk(s))
	}
	for _, s := range c.FreeVars {
		co.cellfree = append(co.cellfree, mk(s))
	}
	for _, k := range c.Consts {
		v := loadConst(ts, k)
		co.consts = append(co.consts, v)
		if v == nil {
			ok = false
		}
	}
	if !ok {
		objects.Decref(ts, o)
		return nil
	}
	quicken(co.ins)
	if len(co.ins) > 0 && co.ins[0] == compiler.Encode(compiler.RESUME, 0) {
		co.entryPC = 1
	}
	co.gcache = make([]globalCache, len(co.names))
	co.acache = make([]attrCaches, len(co.names))
	return o
}

func loadConst(ts *objects.Thread, k any) *Object {
	switch v := k.(type) {
	case nil:
		return objects.None
	case bool:
		return objects.Bool(v)
	case *big.Int:
		if v.IsInt64() {
			return objects.NewInt(ts, v.Int64())
		}
		return objects.NewIntBig(ts, v)
	case float64:
		return objects.NewFloat(ts, v)
	case complex128:
		return objects.NewComplex(ts, real(v), imag(v))
	case string:
		if len(v) <= 40 && objects.StrIsIdentifier(v) {
			if th, isTh := ts.Owner.(*Thread); isTh {
				return th.Interp.intern(ts, v)
			}
		}
		return objects.NewStr(ts, v)
	case []byte:
		return objects.NewBytes(ts, v)
	case ast.EllipsisValue:
		return objects.Ellipsis
	case *compiler.Code:
		return LoadCode(ts, v)
	case compiler.ConstTuple:
		items := make([]*Object, len(v))
		for i, x := range v {
			items[i] = loadConst(ts, x)
			if items[i] == nil {
				for _, y := range items[:i] {
					objects.Decref(ts, y)
				}
				return nil
			}
		}
		return objects.NewTupleSteal(ts, items...)
	case compiler.ConstFrozenset:
		t := loadConst(ts, compiler.ConstTuple(v))
		if t == nil {
			return nil
		}
		r := objects.NewFrozenSet(ts, t)
		objects.Decref(ts, t)
		return r
	}
	return ts.Raisef(objects.SystemError, "unknown constant %T", k)
}

// quicken fuses instruction pairs (and a load pair with the BINARY_OP
// after it) into superinstructions in place: the later slots keep their
// instructions, so that a jump to them still works, and the fused one
// skips them.
func quicken(ins []uint32) {
	for i := 0; i+1 < len(ins); i++ {
		op, arg := compiler.Decode(ins[i])
		op2, arg2 := compiler.Decode(ins[i+1])
		// The BINARY_OP fusions need the instruction after the BINARY_OP
		// (binaryFast peeks at it), which a BINARY_OP always has: code
		// ends with a return or a raise.
		if i+3 < len(ins) && op == compiler.LOAD_FAST && arg < 1<<12 && arg2 < 1<<12 && compiler.Opcode(ins[i+2]&0xff) == compiler.BINARY_OP {
			switch op2 {
			case compiler.LOAD_CONST:
				ins[i] = compiler.Encode(compiler.LOAD_FAST_CONST__BINARY_OP, arg|arg2<<12)
				continue
			case compiler.LOAD_FAST:
				ins[i] = compiler.Encode(compiler.LOAD_FAST_FAST__BINARY_OP, arg|arg2<<12)
				continue
			}
		}
		// The end of a loop body.
		if op2 == compiler.JUMP_BACKWARD {
			switch {
			case op == compiler.POP_TOP:
				ins[i] = compiler.Encode(compiler.POP_TOP__JUMP_BACKWARD, arg2)
				continue
			case op == compiler.STORE_FAST && arg < 1<<12 && arg2 < 1<<12:
				ins[i] = compiler.Encode(compiler.STORE_FAST__JUMP_BACKWARD, arg|arg2<<12)
				continue
			}
		}
		// A comparison with a constant and the jump on its result.
		if i+3 < len(ins) && op2 == compiler.LOAD_CONST && op == compiler.LOAD_FAST && arg < 1<<12 && arg2 < 1<<12 &&
			compiler.Opcode(ins[i+2]&0xff) == compiler.COMPARE_OP && isPopJumpBool(compiler.Opcode(ins[i+3]&0xff)) {
			ins[i] = compiler.Encode(compiler.LOAD_FAST_CONST__COMPARE_OP, arg|arg2<<12)
			continue
		}
		if i+2 < len(ins) && op == compiler.LOAD_CONST && op2 == compiler.COMPARE_OP && isPopJumpBool(compiler.Opcode(ins[i+2]&0xff)) {
			ins[i] = compiler.Encode(compiler.LOAD_CONST__COMPARE_OP, arg)
			continue
		}
		if i+2 < len(ins) && op2 == compiler.BINARY_OP {
			switch op {
			case compiler.LOAD_CONST:
				ins[i] = compiler.Encode(compiler.LOAD_CONST__BINARY_OP, arg)
				continue
			case compiler.LOAD_FAST:
				ins[i] = compiler.Encode(compiler.LOAD_FAST__BINARY_OP, arg)
				continue
			}
		}
		if (arg >= 1<<12 || arg2 >= 1<<12) && op != compiler.COMPARE_OP {
			continue
		}
		var f compiler.Opcode
		switch {
		case op == compiler.COMPARE_OP && isPopJumpBool(op2):
			// The jump keeps its slot (and its target operand).
			ins[i] = compiler.Encode(compiler.COMPARE_OP__POP_JUMP, arg)
			continue
		case op == compiler.LOAD_FAST && op2 == compiler.LOAD_FAST:
			f = compiler.LOAD_FAST__LOAD_FAST
		case op == compiler.LOAD_FAST && op2 == compiler.LOAD_CONST:
			f = compiler.LOAD_FAST__LOAD_CONST
		case op == compiler.STORE_FAST && op2 == compiler.LOAD_FAST:
			f = compiler.STORE_FAST__LOAD_FAST
		case op == compiler.STORE_FAST && op2 == compiler.STORE_FAST:
			f = compiler.STORE_FAST__STORE_FAST
		case op == compiler.LOAD_FAST && op2 == compiler.LOAD_ATTR:
			f = compiler.LOAD_FAST__LOAD_ATTR
		case op == compiler.LOAD_FAST && op2 == compiler.LOAD_METHOD:
			f = compiler.LOAD_FAST__LOAD_METHOD
		case op == compiler.COPY && op2 == compiler.COPY:
			f = compiler.COPY__COPY
		case op == compiler.SWAP && op2 == compiler.SWAP:
			f = compiler.SWAP__SWAP
		default:
			continue
		}
		ins[i] = compiler.Encode(f, arg|arg2<<12)
	}
}

// isPopJumpBool reports whether op is one of the POP_JUMP_*_IF_FALSE/TRUE
// (the jumps COMPARE_OP__POP_JUMP takes over).
func isPopJumpBool(op compiler.Opcode) bool {
	switch op {
	case compiler.POP_JUMP_FORWARD_IF_FALSE, compiler.POP_JUMP_FORWARD_IF_TRUE,
		compiler.POP_JUMP_BACKWARD_IF_FALSE, compiler.POP_JUMP_BACKWARD_IF_TRUE:
		return true
	}
	return false
}

func codeDealloc(ts *objects.Thread, o *Object) {
	co := (*Code)(ptr(o))
	for _, s := range [][]*Object{co.consts, co.names, co.varnames, co.cellfree} {
		for i := range s {
			objects.Clear(ts, &s[i])
		}
	}
	objects.Clear(ts, &co.name)
	objects.Clear(ts, &co.qualname)
	objects.Clear(ts, &co.filename)
	ts.Heap().Uncharge(co.charged)
	*co = Code{Object: co.Object}
	objects.FreeObject(ts, codeClass, co)
}

// lineAt is the source line of instruction i (0 when unknown).
func (co *Code) lineAt(i int) int {
	if i < 0 || i >= len(co.locs) {
		return 0
	}
	return co.locs[i].Line
}

func strTuple(ts *objects.Thread, s []*Object) *Object {
	items := make([]*Object, len(s))
	for i, x := range s {
		items[i] = objects.NewRef(x)
	}
	return objects.NewTupleSteal(ts, items...)
}

func init() {
	t := CodeType
	t.Dealloc = codeDealloc
	t.Repr = func(ts *objects.Thread, o *Object) *Object {
		co := (*Code)(ptr(o))
		return objects.NewStr(ts, fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>",
			co.C.Name, o.ID(), co.C.Filename, co.C.FirstLineno))
	}
	t.Hash = func(ts *objects.Thread, o *Object) int64 { return objects.HashPointer(o) }
	t.GetAttr = objects.GenericGetAttr
	get := func(f func(ts *objects.Thread, co *Code) *Object) func(ts *objects.Thread, o *Object) *Object {
		return func(ts *objects.Thread, o *Object) *Object { return f(ts, (*Code)(ptr(o))) }
	}
	t.GetSets = []objects.GetSetDef{
		{Name: "co_name", Get: get(func(ts *objects.Thread, co *Code) *Object { return objects.NewRef(co.name) })},
		{Name: "co_qualname", Get: get(func(ts *objects.Thread, co *Code) *Object { return objects.NewRef(co.qualname) })},
		{Name: "co_filename", Get: get(func(ts *objects.Thread, co *Code) *Object { return objects.NewRef(co.filename) })},
		{Name: "co_firstlineno", Get: get(func(ts *objects.Thread, co *Code) *Object { return objects.NewInt(ts, int64(co.C.FirstLineno)) })},
		{Name: "co_argcount", Get: get(func(ts *objects.Thread, co *Code) *Object { return objects.NewInt(ts, int64(co.C.ArgCount)) })},
		{Name: "co_posonlyargcount", Get: get(func(ts *objects.Thread, co *Code) *Object { return objects.NewInt(ts, int64(co.C.PosOnlyArgCount)) })},
		{Name: "co_kwonlyargcount", Get: get(func(ts *objects.Thread, co *Code) *Object { return objects.NewInt(ts, int64(co.C.KwOnlyArgCount)) })},
		{Name: "co_flags", Get: get(func(ts *objects.Thread, co *Code) *Object { return objects.NewInt(ts, int64(co.C.Flags)) })},
		{Name: "co_nlocals", Get: get(func(ts *objects.Thread, co *Code) *Object { return objects.NewInt(ts, int64(co.nlocals)) })},
		{Name: "co_varnames", Get: get(func(ts *objects.Thread, co *Code) *Object { return strTuple(ts, co.varnames) })},
		{Name: "co_names", Get: get(func(ts *objects.Thread, co *Code) *Object { return strTuple(ts, co.names) })},
		{Name: "co_cellvars", Get: get(func(ts *objects.Thread, co *Code) *Object { return strTuple(ts, co.cellfree[:co.ncells]) })},
		{Name: "co_freevars", Get: get(func(ts *objects.Thread, co *Code) *Object { return strTuple(ts, co.cellfree[co.ncells:]) })},
		{Name: "co_consts", Get: get(func(ts *objects.Thread, co *Code) *Object { return strTuple(ts, co.consts) })},
		{Name: "co_stacksize", Get: get(func(ts *objects.Thread, co *Code) *Object { return objects.NewInt(ts, int64(co.C.StackSize)) })},
		{Name: "co_code", Get: get(codeBytes)},
	}
	t.Methods = []objects.MethodDef{
		{Name: "co_lines", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, "code.co_lines", args, kwnames) {
				return nil
			}
			return codeLines(ts, (*Code)(ptr(self)))
		}},
		{Name: "co_positions", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, "code.co_positions", args, kwnames) {
				return nil
			}
			return codePositions(ts, (*Code)(ptr(self)))
		}},
	}
	objects.RegisterStaticType(t)
}

// codeBytes is co_code: a 2-byte code unit per instruction, opcode then
// the low byte of its operand, as CPython's units are. The shape matches
// f_lasti and co_lines (2 x the instruction index) and real opcodes keep
// CPython's numbers, but minipy has no EXTENDED_ARG or CACHE units: an
// operand above 255 is cut to its low byte (see lang/compiler's doc).
func codeBytes(ts *objects.Thread, co *Code) *Object {
	b := make([]byte, 0, 2*len(co.C.Code))
	for _, w := range co.C.Code {
		b = append(b, byte(w), byte(w>>8))
	}
	return objects.NewBytes(ts, b)
}

// lineOrNone is a line or column number, or None where unknown.
func lineOrNone(ts *objects.Thread, n int, known bool) *Object {
	if !known {
		return objects.NewRef(objects.None)
	}
	return objects.NewInt(ts, int64(n))
}

// codeLines is co_lines(): an iterator of (start, end, line) over the
// bytes of co_code (2 per instruction, as f_lasti counts), one per run of
// instructions on one line (line None where unknown), as CPython's.
func codeLines(ts *objects.Thread, co *Code) *Object {
	var items []*Object
	n := len(co.C.Code)
	for i := 0; i < n; {
		line := co.lineAt(i)
		j := i + 1
		for j < n && co.lineAt(j) == line {
			j++
		}
		items = append(items, objects.NewTupleSteal(ts, objects.NewInt(ts, int64(2*i)), objects.NewInt(ts, int64(2*j)),
			lineOrNone(ts, line, line > 0)))
		i = j
	}
	return iterOver(ts, items)
}

// codePositions is co_positions(): an iterator of (line, end_line,
// column, end_column) per instruction, None where unknown.
func codePositions(ts *objects.Thread, co *Code) *Object {
	items := make([]*Object, len(co.C.Code))
	for i := range items {
		var l compiler.Location
		if i < len(co.locs) {
			l = co.locs[i]
		}
		known := l.Line > 0
		items[i] = objects.NewTupleSteal(ts, lineOrNone(ts, l.Line, known), lineOrNone(ts, l.EndLine, known && l.EndLine > 0),
			lineOrNone(ts, l.Col, known && l.Col >= 0), lineOrNone(ts, l.EndCol, known && l.EndCol >= 0))
	}
	return iterOver(ts, items)
}

// iterOver is an iterator over items (stolen), through a list.
func iterOver(ts *objects.Thread, items []*Object) *Object {
	l := objects.NewListSteal(ts, items)
	if l == nil {
		return nil
	}
	it := objects.GetIter(ts, l)
	objects.Decref(ts, l)
	return it
}

// LookupName returns the interpreter's str object for an identifier of
// its code (borrowed: the key its dicts store under that name), or nil
// when none is recorded. vm/interp loads the attribute names proxy
// operations carry from other interpreters with it, so that the owner's
// lookup matches by identity and makes no str.
func (is *InterpState) LookupName(s string) *Object {
	if m := staticNames.Load(); m != nil {
		if o := m.byText[s]; o != nil {
			return o
		}
	}
	return is.interned[s]
}

// intern returns the interpreter's one str object for an identifier (a new
// reference), so that names in code objects and the dict keys they store
// are the same object and dict lookups succeed on identity. With no
// interpreter (is nil) it makes a fresh str.
func (is *InterpState) intern(ts *objects.Thread, s string) *Object {
	if is == nil || is.interned == nil {
		return objects.NewStr(ts, s)
	}
	if m := staticNames.Load(); m != nil {
		if o := m.byText[s]; o != nil {
			return o // immortal: no reference to count
		}
	}
	if o, ok := is.interned[s]; ok {
		return objects.NewRef(o)
	}
	o := objects.NewStr(ts, s)
	if o == nil {
		return nil
	}
	is.interned[s] = objects.NewRef(o)
	return o
}
