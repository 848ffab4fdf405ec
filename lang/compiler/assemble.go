package compiler

import (
	"fmt"
)

// assemble turns the current unit's flow graph into a Code object, as
// compile.c's assemble(): implicit return, prologue, peephole and
// dead-code removal, line propagation, stack depth, exception table,
// layout with cold (exception-only) blocks last, and jump resolution.
func (c *compiler) assemble(addNone bool) *Code {
	u := c.u
	if l := u.cur.last(); l == nil || l.op != RETURN_VALUE {
		c.unsetLoc()
		if addNone {
			c.loadConst(nil)
		}
		c.emit(RETURN_VALUE, 0)
	}
	flags := c.codeFlags()
	c.insertPrologue(flags)
	c.optimizeCFG()
	c.threadJumps()
	c.inlineExits()
	c.removeUnreachable()
	c.removeNops()
	c.trimConsts()
	c.countPredecessors()
	if c.duplicateExits() {
		c.countPredecessors()
	}
	c.propagateLines()
	depth := c.stackDepth()
	c.labelExceptionTargets()
	for _, b := range c.reachableOrder() {
		for i := range b.instrs {
			if in := &b.instrs[i]; in.op.Info().Flags&FlagBlock != 0 || in.op == POP_BLOCK {
				in.op, in.target = NOP, nil
			}
		}
	}
	c.removeNops()
	c.pushColdBlocksToEnd()
	order := c.layout()

	code := &Code{
		Name: u.name, QualName: u.qualname, Filename: c.filename,
		FirstLineno: u.firstLine, ArgCount: u.argcount + u.posonly,
		PosOnlyArgCount: u.posonly, KwOnlyArgCount: u.kwonly, Flags: flags,
		Consts: u.consts, Names: u.names, VarNames: u.varnames,
		CellVars: u.cellvars, FreeVars: u.freevars, StackSize: depth,
	}
	if u.scope == scopeModule {
		code.FirstLineno = 1
	}
	for _, name := range u.cellvars {
		if i, ok := u.varIdx[name]; ok && i < len(u.ste.VarNames) {
			code.CellArgs = append(code.CellArgs, i)
		} else {
			code.CellArgs = append(code.CellArgs, -1)
		}
	}
	prevLine := 0
	var cur *ExceptionEntry
	for _, b := range order {
		for _, in := range b.instrs {
			idx := len(code.Code)
			arg := in.arg
			if in.target != nil {
				arg = in.target.offset
			}
			if !in.op.HasArg() {
				arg = 0
			}
			code.Code = append(code.Code, Encode(in.op, arg))
			code.LineTable = appendLocation(code.LineTable, prevLine, in.loc)
			prevLine = in.loc.Line
			h := in.except
			if h == nil {
				cur = nil
				continue
			}
			lasti := h.preserveLasti
			d := h.startDepth - 1
			if lasti {
				d--
			}
			if cur != nil && cur.Target == h.offset && cur.End == idx && cur.Depth == d && cur.Lasti == lasti {
				cur.End++
				continue
			}
			code.ExceptionTable = append(code.ExceptionTable, ExceptionEntry{Start: idx, End: idx + 1, Target: h.offset, Depth: d, Lasti: lasti})
			cur = &code.ExceptionTable[len(code.ExceptionTable)-1]
		}
	}
	return code
}

func (c *compiler) codeFlags() int {
	ste := c.u.ste
	flags := 0
	if ste.Type == FunctionBlock {
		flags |= CO_NEWLOCALS | CO_OPTIMIZED
		if ste.Nested {
			flags |= CO_NESTED
		}
		switch {
		case ste.Generator && ste.Coroutine:
			flags |= CO_ASYNC_GENERATOR
		case ste.Generator:
			flags |= CO_GENERATOR
		case ste.Coroutine:
			flags |= CO_COROUTINE
		}
		if ste.VarArgs {
			flags |= CO_VARARGS
		}
		if ste.VarKwargs {
			flags |= CO_VARKEYWORDS
		}
	}
	return flags | c.future
}

func (c *compiler) insertPrologue(flags int) {
	u := c.u
	var pre []instr
	if n := len(u.freevars); n > 0 {
		pre = append(pre, instr{op: COPY_FREE_VARS, arg: n, loc: noLocation})
	}
	for i := range u.cellvars {
		pre = append(pre, instr{op: MAKE_CELL, arg: i, loc: noLocation})
	}
	if flags&(CO_GENERATOR|CO_COROUTINE|CO_ASYNC_GENERATOR) != 0 {
		loc := Location{Line: u.firstLine, EndLine: u.firstLine, Col: -1, EndCol: -1}
		pre = append(pre, instr{op: RETURN_GENERATOR, loc: loc}, instr{op: POP_TOP, loc: loc})
	}
	if len(pre) > 0 {
		u.entry.instrs = append(pre, u.entry.instrs...)
	}
}

// reachableOrder lists the blocks in layout order.
func (c *compiler) reachableOrder() []*block {
	var out []*block
	for b := c.u.entry; b != nil; b = b.next {
		out = append(out, b)
	}
	return out
}

func (c *compiler) constValue(in *instr) (any, bool) {
	if in.op != LOAD_CONST {
		return nil, false
	}
	return c.u.consts[in.arg], true
}

// optimizeCFG is the part of compile.c's optimize_basic_block that shapes
// co_consts and the common code paths: constant conditions, constant
// tuples, `a, b = b, a`, and `x is None` jumps.
func (c *compiler) optimizeCFG() {
	for _, b := range c.reachableOrder() {
		ins := b.instrs
		for i := range ins {
			in := &ins[i]
			var next *instr
			if i+1 < len(ins) {
				next = &ins[i+1]
			}
			switch in.op {
			case LOAD_CONST:
				if next == nil {
					break
				}
				v := c.u.consts[in.arg]
				switch next.op {
				case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
					t, ok := truth(v)
					if !ok {
						break
					}
					in.op = NOP
					if t == (next.op == POP_JUMP_IF_TRUE) {
						next.op = JUMP
					} else {
						next.op, next.target = NOP, nil
					}
				case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
					t, ok := truth(v)
					if !ok {
						break
					}
					if t == (next.op == JUMP_IF_TRUE_OR_POP) {
						next.op = JUMP // the constant is the result
					} else {
						in.op = NOP
						next.op, next.target = NOP, nil
					}
				case IS_OP:
					if v != nil || i+2 >= len(ins) {
						break
					}
					j := &ins[i+2]
					if j.op != POP_JUMP_IF_FALSE && j.op != POP_JUMP_IF_TRUE {
						break
					}
					jumpIfTrue := j.op == POP_JUMP_IF_TRUE
					invert := next.arg == 1
					in.op, next.op = NOP, NOP
					if jumpIfTrue != invert {
						j.op = POP_JUMP_IF_NONE
					} else {
						j.op = POP_JUMP_IF_NOT_NONE
					}
				}
			case BUILD_TUPLE:
				if next != nil && next.op == UNPACK_SEQUENCE && next.arg == in.arg {
					switch in.arg {
					case 1:
						in.op, next.op = NOP, NOP
						continue
					case 2, 3:
						in.op, next.op = NOP, SWAP
						continue
					}
				}
				n := in.arg
				if i < n {
					break
				}
				items := make(ConstTuple, n)
				ok := true
				for k := 0; k < n; k++ {
					v, isConst := c.constValue(&ins[i-n+k])
					if !isConst {
						ok = false
						break
					}
					items[k] = v
				}
				if !ok {
					break
				}
				for k := 0; k < n; k++ {
					ins[i-n+k].op = NOP
				}
				in.op, in.arg = LOAD_CONST, c.addConst(items)
			}
		}
	}
}

// firstInstr returns the first instruction at or after block b (skipping
// empty blocks), with its block.
func firstInstr(b *block) (*instr, *block) {
	for ; b != nil; b = b.next {
		if len(b.instrs) > 0 {
			return &b.instrs[0], b
		}
	}
	return nil, nil
}

// threadJumps retargets jumps to unconditional jumps (compile.c's
// jump_thread cases of optimize_basic_block), on the same line only.
func (c *compiler) threadJumps() {
	for _, b := range c.reachableOrder() {
		for i := 0; i < len(b.instrs); i++ {
			in := &b.instrs[i]
			if in.target == nil || in.op.Info().Flags&FlagBlock != 0 {
				continue
			}
			for guard := 0; guard < 100; guard++ {
				t, tb := firstInstr(in.target)
				if t == nil {
					break
				}
				thread := func(op Opcode) bool {
					if t.target != nil && (in.loc.Line == t.loc.Line || t.loc.Line == -1) && in.target != t.target {
						in.target, in.op = t.target, op
						return true
					}
					return false
				}
				changed := false
				switch in.op {
				case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
					same, other := POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE
					otherOrPop := JUMP_IF_TRUE_OR_POP
					if in.op == JUMP_IF_TRUE_OR_POP {
						same, other, otherOrPop = POP_JUMP_IF_TRUE, POP_JUMP_IF_FALSE, JUMP_IF_FALSE_OR_POP
					}
					switch t.op {
					case same:
						changed = thread(same)
					case JUMP, in.op:
						changed = thread(in.op)
					case otherOrPop, other:
						if in.loc.Line == t.loc.Line && tb.next != nil {
							in.op, in.target = same, tb.next
							changed = true
						}
					}
				case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP:
					if t.op == JUMP {
						changed = thread(in.op)
					}
				}
				if !changed {
					break
				}
			}
		}
	}
}

// inlineExits replaces a jump to a short block without line numbers that
// leaves the function (an implicit return) by a copy of that block
// (compile.c's extend_block).
func (c *compiler) inlineExits() {
	for _, b := range c.reachableOrder() {
		l := b.last()
		if l == nil || l.op != JUMP {
			continue
		}
		t := l.target
		tl := t.last()
		if tl == nil || len(t.instrs) > 4 || (tl.op != RETURN_VALUE && tl.op != RAISE_VARARGS && tl.op != RERAISE) {
			continue
		}
		hasLine := false
		for _, in := range t.instrs {
			if in.loc.Line >= 0 {
				hasLine = true
			}
		}
		if hasLine {
			continue // only blocks without a line (an implicit return None)
		}
		l.op, l.target = NOP, nil
		b.instrs = append(b.instrs, t.instrs...)
	}
}

// removeUnreachable empties the blocks that no path reaches.
func (c *compiler) removeUnreachable() {
	for _, b := range c.u.blocks {
		b.visited = false
	}
	stack := []*block{c.u.entry}
	c.u.entry.visited = true
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		falls := true
		for _, in := range b.instrs {
			if in.target != nil && !in.target.visited {
				in.target.visited = true
				stack = append(stack, in.target)
			}
			if in.op.Info().Flags&(FlagExit|FlagUncondJump) != 0 {
				falls = false
				break
			}
		}
		if falls && b.next != nil && !b.next.visited {
			b.next.visited = true
			stack = append(stack, b.next)
		}
	}
	for _, b := range c.u.blocks {
		if !b.visited {
			b.instrs = nil
			continue
		}
		// Drop what follows an instruction that never falls through.
		for i, in := range b.instrs {
			if in.op.Info().Flags&(FlagExit|FlagUncondJump) != 0 {
				b.instrs = b.instrs[:i+1]
				break
			}
		}
	}
}

func (c *compiler) nextNonEmpty(b *block) *block {
	for b = b.next; b != nil && len(b.instrs) == 0; b = b.next {
	}
	return b
}

// removeNops drops NOPs that carry no line of their own
// (remove_redundant_nops).
func (c *compiler) removeNops() {
	for _, b := range c.reachableOrder() {
		out := b.instrs[:0]
		prevLine := -1
		for i, in := range b.instrs {
			line := in.loc.Line
			if in.op == NOP {
				if line < 0 || prevLine == line {
					continue
				}
				if i < len(b.instrs)-1 {
					nl := b.instrs[i+1].loc.Line
					if nl < 0 || nl == line {
						b.instrs[i+1].loc.Line = line
						continue
					}
				} else if n := c.nextNonEmpty(b); n != nil && n.instrs[0].loc.Line == line {
					continue
				}
			}
			out = append(out, in)
			prevLine = line
		}
		b.instrs = out
	}
}

// trimConsts drops unused constants from the end of co_consts (the first
// stays: it may be the docstring).
func (c *compiler) trimConsts() {
	maxIdx := 0
	for _, b := range c.reachableOrder() {
		for _, in := range b.instrs {
			if in.op == LOAD_CONST || in.op == KW_NAMES {
				maxIdx = max(maxIdx, in.arg)
			}
		}
	}
	if maxIdx+1 < len(c.u.consts) {
		c.u.consts = c.u.consts[:maxIdx+1]
	}
}

func (c *compiler) countPredecessors() {
	for _, b := range c.u.blocks {
		b.preds = 0
	}
	c.u.entry.preds = 1
	for _, b := range c.reachableOrder() {
		if len(b.instrs) == 0 {
			if b.next != nil {
				b.next.preds += b.preds
			}
			continue
		}
		for _, in := range b.instrs {
			if in.target != nil {
				in.target.preds++
			}
		}
		if !b.noFallthrough() && b.next != nil {
			b.next.preds++
		}
	}
}

func isExitWithoutLine(b *block) bool {
	l := b.last()
	if l == nil || (l.op != RETURN_VALUE && l.op != RAISE_VARARGS && l.op != RERAISE) {
		return false
	}
	for _, in := range b.instrs {
		if in.loc.Line >= 0 {
			return false
		}
	}
	return true
}

// duplicateExits gives each jump to a line-less exit block (an implicit
// return) its own copy, which takes the jump's line
// (duplicate_exits_without_lineno), so every return has a line.
func (c *compiler) duplicateExits() bool {
	changed := false
	for _, b := range c.reachableOrder() {
		l := b.last()
		if l == nil || l.target == nil || l.op.Info().Flags&FlagBlock != 0 {
			continue
		}
		_, t := firstInstr(l.target)
		if t == nil || !isExitWithoutLine(t) || t.preds <= 1 {
			continue
		}
		nb := c.newBlock()
		nb.instrs = append([]instr(nil), t.instrs...)
		nb.instrs[0].loc = l.loc
		l.target = nb
		t.preds--
		nb.preds = 1
		nb.next = t.next
		t.next = nb
		changed = true
	}
	return changed
}

func (c *compiler) propagateLines() {
	for _, b := range c.reachableOrder() {
		if len(b.instrs) == 0 {
			continue
		}
		var prev *Location
		for i := range b.instrs {
			in := &b.instrs[i]
			if in.loc.Line < 0 {
				if prev != nil {
					in.loc = *prev
				}
			} else {
				prev = &in.loc
			}
		}
		if prev == nil {
			continue
		}
		if !b.noFallthrough() {
			if n := b.next; n != nil && n.preds == 1 && len(n.instrs) > 0 && n.instrs[0].loc.Line < 0 {
				n.instrs[0].loc = *prev
			}
		}
		if l := b.last(); l.target != nil && l.op.Info().Flags&FlagBlock == 0 {
			t := l.target
			if t.preds == 1 && len(t.instrs) > 0 && t.instrs[0].loc.Line < 0 {
				t.instrs[0].loc = *prev
			}
		}
	}
}

// stackDepth computes the maximum stack depth by abstract interpretation
// and each block's depth on entry (compile.c's stackdepth).
func (c *compiler) stackDepth() int {
	for _, b := range c.u.blocks {
		b.startDepth = -1
	}
	maxDepth := 0
	var work []*block
	push := func(b *block, d int) {
		if b.startDepth < 0 {
			b.startDepth = d
			work = append(work, b)
		} else if b.startDepth != d {
			c.errorAt(c.u.loc, fmt.Sprintf("compiler: inconsistent stack depth (%d vs %d) in %s", b.startDepth, d, c.u.qualname))
		}
		maxDepth = max(maxDepth, d)
	}
	push(c.u.entry, 0)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		depth := b.startDepth
		falls := true
		for _, in := range b.instrs {
			pops, pushes, _ := StackEffect(in.op, in.arg, false)
			if depth < pops {
				c.errorAt(in.loc, fmt.Sprintf("compiler: stack underflow at %s in %s", in.op, c.u.qualname))
			}
			if in.target != nil {
				jp, jpush, _ := StackEffect(in.op, in.arg, true)
				push(in.target, depth-jp+jpush)
			}
			depth += pushes - pops
			maxDepth = max(maxDepth, depth)
			if in.op.Info().Flags&(FlagExit|FlagUncondJump) != 0 {
				falls = false
				break
			}
		}
		if falls && b.next != nil {
			push(b.next, depth)
		}
	}
	return maxDepth
}

// labelExceptionTargets records on every instruction the handler in force
// (label_exception_targets): SETUP_* pushes a handler, POP_BLOCK pops it,
// and each block starts with the stack of handlers of its predecessor.
func (c *compiler) labelExceptionTargets() {
	for _, b := range c.u.blocks {
		b.visited = false
		b.exceptStack = nil
	}
	type item struct {
		b     *block
		stack []*block
	}
	work := []item{{c.u.entry, nil}}
	c.u.entry.visited = true
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		b, stack := it.b, it.stack
		top := func() *block {
			if len(stack) == 0 {
				return nil
			}
			return stack[len(stack)-1]
		}
		handler := top()
		falls := true
		for i := range b.instrs {
			in := &b.instrs[i]
			f := in.op.Info().Flags
			switch {
			case f&FlagBlock != 0:
				t := in.target
				if !t.visited {
					t.visited = true
					t.exceptHandler = true
					work = append(work, item{t, append([]*block(nil), stack...)})
				}
				if f&FlagLasti != 0 {
					t.preserveLasti = true
				}
				stack = append(append([]*block(nil), stack...), t)
				handler = t
			case in.op == POP_BLOCK:
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
				handler = top()
			default:
				in.except = handler
				if in.target != nil && !in.target.visited {
					in.target.visited = true
					work = append(work, item{in.target, append([]*block(nil), stack...)})
				}
			}
			if f&(FlagExit|FlagUncondJump) != 0 {
				falls = false
				break
			}
		}
		if falls && b.next != nil && !b.next.visited {
			b.next.visited = true
			work = append(work, item{b.next, stack})
		}
	}
}

// pushColdBlocksToEnd lays out the blocks reached only through exception
// handlers after all the others (push_cold_blocks_to_end).
func (c *compiler) pushColdBlocksToEnd() {
	entry := c.u.entry
	if entry.next == nil {
		return
	}
	warm := map[*block]bool{}
	stack := []*block{entry}
	warm[entry] = true
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !b.noFallthrough() && b.next != nil && !warm[b.next] {
			warm[b.next] = true
			stack = append(stack, b.next)
		}
		for _, in := range b.instrs {
			if in.target != nil && !warm[in.target] {
				warm[in.target] = true
				stack = append(stack, in.target)
			}
		}
	}
	cold := map[*block]bool{}
	for _, b := range c.reachableOrder() {
		if b.exceptHandler && !warm[b] {
			cold[b] = true
			stack = append(stack, b)
		}
	}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !b.noFallthrough() && b.next != nil && !warm[b.next] && !cold[b.next] {
			cold[b.next] = true
			stack = append(stack, b.next)
		}
		for _, in := range b.instrs {
			if t := in.target; t != nil && !warm[t] && !cold[t] {
				cold[t] = true
				stack = append(stack, t)
			}
		}
	}
	if len(cold) == 0 {
		return
	}
	order := c.reachableOrder()
	for _, b := range order {
		if cold[b] && !b.noFallthrough() && b.next != nil && warm[b.next] {
			j := c.newBlock()
			loc := noLocation
			if l := b.last(); l != nil {
				loc = l.loc
			}
			j.instrs = []instr{{op: JUMP, target: b.next, loc: loc, except: nil}}
			if l := b.last(); l != nil {
				j.instrs[0].except = l.except
			}
			j.next = b.next
			b.next = j
			cold[j] = true
		}
	}
	order = c.reachableOrder()
	var warmList, coldList []*block
	for _, b := range order {
		if cold[b] {
			coldList = append(coldList, b)
		} else {
			warmList = append(warmList, b)
		}
	}
	all := append(warmList, coldList...)
	for i, b := range all {
		if i+1 < len(all) {
			b.next = all[i+1]
		} else {
			b.next = nil
		}
	}
}

// layout assigns instruction offsets, drops jumps to the next
// instruction and picks the forward or backward form of each jump.
func (c *compiler) layout() []*block {
	order := c.reachableOrder()
	for {
		off := 0
		for _, b := range order {
			b.offset = off
			off += len(b.instrs)
		}
		changed := false
		for _, b := range order {
			l := b.last()
			if l == nil || (l.op != JUMP && l.op != JUMP_NO_INTERRUPT) {
				continue
			}
			if l.target.offset == b.offset+len(b.instrs) {
				b.instrs = b.instrs[:len(b.instrs)-1]
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for _, b := range order {
		for i := range b.instrs {
			in := &b.instrs[i]
			if in.target == nil {
				continue
			}
			back := in.target.offset <= b.offset+i
			switch in.op {
			case JUMP:
				in.op = pick(back, JUMP_BACKWARD, JUMP_FORWARD)
			case JUMP_NO_INTERRUPT:
				in.op = pick(back, JUMP_BACKWARD_NO_INTERRUPT, JUMP_FORWARD)
			case POP_JUMP_IF_FALSE:
				in.op = pick(back, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_FORWARD_IF_FALSE)
			case POP_JUMP_IF_TRUE:
				in.op = pick(back, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_FORWARD_IF_TRUE)
			case POP_JUMP_IF_NONE:
				in.op = pick(back, POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_FORWARD_IF_NONE)
			case POP_JUMP_IF_NOT_NONE:
				in.op = pick(back, POP_JUMP_BACKWARD_IF_NOT_NONE, POP_JUMP_FORWARD_IF_NOT_NONE)
			}
		}
	}
	return order
}

func pick(back bool, b, f Opcode) Opcode {
	if back {
		return b
	}
	return f
}
