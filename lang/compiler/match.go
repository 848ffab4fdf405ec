package compiler

import (
	"math/big"

	"minipy/lang/ast"
)

// Pattern matching, as compile.c 3.11's compiler_match: the subject stays
// on the stack while each case's pattern runs; values captured by a pattern
// are kept on the stack (below what the pattern still works on) and stored
// to their names only when the whole pattern matched. On failure a jump
// goes to the fail_pop block that pops exactly what is on the stack.
type patternContext struct {
	stores           []string
	allowIrrefutable bool
	failPop          []*block
	onTop            int
}

func isWildcard(p ast.Pattern) bool {
	a, ok := p.(*ast.MatchAs)
	return ok && a.Pattern == nil && a.Name == ""
}

func isWildcardStar(p ast.Pattern) bool {
	s, ok := p.(*ast.MatchStar)
	return ok && s.Name == ""
}

func (c *compiler) match(s *ast.Match) {
	c.expr(s.Subject)
	end := c.newBlock()
	cases := len(s.Cases)
	last := s.Cases[cases-1]
	hasDefault := 0
	if isWildcard(last.Pattern) && cases > 1 {
		hasDefault = 1
	}
	for i := 0; i < cases-hasDefault; i++ {
		m := s.Cases[i]
		c.setLoc(m.Pattern)
		if i != cases-hasDefault-1 {
			c.emit(COPY, 1)
		}
		pc := &patternContext{allowIrrefutable: m.Guard != nil || i == cases-1}
		c.pattern(m.Pattern, pc)
		for _, name := range pc.stores {
			c.nameOp(name, ast.Store)
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, pc.failPop[0], false)
		}
		if i != cases-hasDefault-1 {
			c.emit(POP_TOP, 0)
		}
		c.stmts(m.Body)
		c.emitJump(JUMP, end)
		c.setLoc(m.Pattern)
		c.emitAndResetFailPop(pc)
	}
	if hasDefault == 1 {
		c.setLoc(last.Pattern)
		if cases == 1 {
			c.emit(POP_TOP, 0)
		} else {
			c.emit(NOP, 0)
		}
		if last.Guard != nil {
			c.jumpIf(last.Guard, end, false)
		}
		c.stmts(last.Body)
	}
	c.useNextBlock(end)
}

func (c *compiler) ensureFailPop(pc *patternContext, n int) {
	for len(pc.failPop) < n+1 {
		pc.failPop = append(pc.failPop, c.newBlock())
	}
}

func (c *compiler) jumpToFailPop(pc *patternContext, op Opcode) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.emitJump(op, pc.failPop[pops])
}

func (c *compiler) emitAndResetFailPop(pc *patternContext) {
	if len(pc.failPop) == 0 {
		return
	}
	for i := len(pc.failPop) - 1; i > 0; i-- {
		c.useNextBlock(pc.failPop[i])
		c.emit(POP_TOP, 0)
	}
	c.useNextBlock(pc.failPop[0])
	pc.failPop = nil
}

func (c *compiler) patternRotate(count int) {
	for count > 1 {
		c.emit(SWAP, count)
		count--
	}
}

func (c *compiler) patternStoreName(name string, pc *patternContext) {
	if name == "" {
		c.emit(POP_TOP, 0)
		return
	}
	if name == "__debug__" {
		c.errorf("cannot assign to __debug__")
	}
	for _, s := range pc.stores {
		if s == name {
			c.errorf("multiple assignments to name %s in pattern", ConstRepr(name))
		}
	}
	c.patternRotate(pc.onTop + len(pc.stores) + 1)
	pc.stores = append(pc.stores, name)
}

func (c *compiler) patternSubpattern(p ast.Pattern, pc *patternContext) {
	saved := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = saved
}

func (c *compiler) pattern(p ast.Pattern, pc *patternContext) {
	c.setLoc(p)
	switch p := p.(type) {
	case *ast.MatchValue:
		switch p.Value.(type) {
		case *ast.Constant, *ast.Attribute:
		default:
			if _, ok := c.fold(p.Value); !ok {
				c.errorf("patterns may only match literals and attribute lookups")
			}
		}
		c.expr(p.Value)
		c.compareOp(ast.Eq)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	case *ast.MatchSingleton:
		c.loadConst(p.Value)
		c.compareOp(ast.Is)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	case *ast.MatchSequence:
		c.patternSequence(p, pc)
	case *ast.MatchMapping:
		c.patternMapping(p, pc)
	case *ast.MatchClass:
		c.patternClass(p, pc)
	case *ast.MatchStar:
		c.patternStoreName(p.Name, pc)
	case *ast.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name != "" {
					c.errorf("name capture %s makes remaining patterns unreachable", ConstRepr(p.Name))
				}
				c.errorf("wildcard makes remaining patterns unreachable")
			}
			c.patternStoreName(p.Name, pc)
			return
		}
		pc.onTop++
		c.emit(COPY, 1)
		c.pattern(p.Pattern, pc)
		pc.onTop--
		c.patternStoreName(p.Name, pc)
	case *ast.MatchOr:
		c.patternOr(p, pc)
	default:
		c.errorf("unsupported pattern %T", p)
	}
}

func (c *compiler) patternSequence(p *ast.MatchSequence, pc *patternContext) {
	size := len(p.Patterns)
	star := -1
	onlyWildcard, starWildcard := true, false
	for i, sub := range p.Patterns {
		if _, ok := sub.(*ast.MatchStar); ok {
			if star >= 0 {
				c.errorf("multiple starred names in sequence pattern")
			}
			starWildcard = isWildcardStar(sub)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(sub)
	}
	pc.onTop++
	c.emit(MATCH_SEQUENCE, 0)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	if star < 0 {
		c.emit(GET_LEN, 0)
		c.loadConst(big.NewInt(int64(size)))
		c.compareOp(ast.Eq)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	} else if size > 1 {
		c.emit(GET_LEN, 0)
		c.loadConst(big.NewInt(int64(size - 1)))
		c.compareOp(ast.GtE)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		c.emit(POP_TOP, 0)
	case starWildcard:
		c.patternSequenceSubscr(p.Patterns, star, pc)
	default:
		c.patternUnpack(p.Patterns)
		pc.onTop += size
		for _, sub := range p.Patterns {
			pc.onTop--
			c.patternSubpattern(sub, pc)
		}
	}
}

func (c *compiler) patternUnpack(elts []ast.Pattern) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*ast.MatchStar); ok {
			if seenStar {
				c.errorf("multiple starred expressions in sequence pattern")
			}
			if i >= 1<<8 || n-i-1 >= 1<<15 {
				c.errorf("too many expressions in star-unpacking sequence pattern")
			}
			c.emit(UNPACK_EX, i+(n-i-1)<<8)
			seenStar = true
		}
	}
	if !seenStar {
		c.emit(UNPACK_SEQUENCE, n)
	}
}

func (c *compiler) patternSequenceSubscr(patterns []ast.Pattern, star int, pc *patternContext) {
	pc.onTop++
	size := len(patterns)
	for i, sub := range patterns {
		if isWildcard(sub) || i == star {
			continue
		}
		c.emit(COPY, 1)
		if i < star {
			c.loadConst(big.NewInt(int64(i)))
		} else {
			c.emit(GET_LEN, 0)
			c.loadConst(big.NewInt(int64(size - i)))
			c.emit(BINARY_OP, NB_SUBTRACT)
		}
		c.emit(BINARY_SUBSCR, 0)
		c.patternSubpattern(sub, pc)
	}
	pc.onTop--
	c.emit(POP_TOP, 0)
}

func (c *compiler) patternClass(p *ast.MatchClass, pc *patternContext) {
	nargs, nattrs := len(p.Patterns), len(p.KwdAttrs)
	if nattrs != len(p.KwdPatterns) {
		c.errorf("kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs, len(p.KwdPatterns))
	}
	if nattrs > 0 {
		for i, attr := range p.KwdAttrs {
			c.setLoc(p.KwdPatterns[i])
			if attr == "__debug__" {
				c.errorf("cannot assign to __debug__")
			}
			for j := i + 1; j < nattrs; j++ {
				if p.KwdAttrs[j] == attr {
					c.setLoc(p.KwdPatterns[j])
					c.errorf("attribute name repeated in class pattern: %s", attr)
				}
			}
		}
		c.setLoc(p)
	}
	c.expr(p.Cls)
	names := make(ConstTuple, nattrs)
	for i, a := range p.KwdAttrs {
		names[i] = a
	}
	c.loadConst(names)
	c.emit(MATCH_CLASS, nargs)
	c.emit(COPY, 1)
	c.loadConst(nil)
	c.emit(IS_OP, 1)
	pc.onTop++
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	c.emit(UNPACK_SEQUENCE, nargs+nattrs)
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		var sub ast.Pattern
		if i < nargs {
			sub = p.Patterns[i]
		} else {
			sub = p.KwdPatterns[i-nargs]
		}
		if isWildcard(sub) {
			c.emit(POP_TOP, 0)
			continue
		}
		c.patternSubpattern(sub, pc)
	}
}

func (c *compiler) patternMapping(p *ast.MatchMapping, pc *patternContext) {
	size := len(p.Keys)
	if size != len(p.Patterns) {
		c.errorf("keys (%d) / patterns (%d) length mismatch in mapping pattern", size, len(p.Patterns))
	}
	pc.onTop++
	c.emit(MATCH_MAPPING, 0)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	if size == 0 && p.Rest == "" {
		pc.onTop--
		c.emit(POP_TOP, 0)
		return
	}
	if size > 0 {
		c.emit(GET_LEN, 0)
		c.loadConst(big.NewInt(int64(size)))
		c.compareOp(ast.GtE)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	}
	seen := map[any]bool{}
	for i, key := range p.Keys {
		if key == nil {
			c.setLoc(p.Patterns[i])
			c.errorf("can't use NULL keys in MatchMapping (set 'rest' parameter instead)")
		}
		if v, ok := c.fold(key); ok {
			k := setKey(v)
			if seen[k] {
				c.errorf("mapping pattern checks duplicate key (%s)", ConstRepr(v))
			}
			seen[k] = true
		} else if _, ok := key.(*ast.Attribute); !ok {
			c.errorf("mapping pattern keys may only match literals and attribute lookups")
		}
		c.expr(key)
	}
	c.emit(BUILD_TUPLE, size)
	c.emit(MATCH_KEYS, 0)
	pc.onTop += 2
	c.emit(COPY, 1)
	c.loadConst(nil)
	c.emit(IS_OP, 1)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	c.emit(UNPACK_SEQUENCE, size)
	pc.onTop += size - 1
	for _, sub := range p.Patterns {
		pc.onTop--
		c.patternSubpattern(sub, pc)
	}
	pc.onTop -= 2
	if p.Rest != "" {
		c.emit(BUILD_MAP, 0)
		c.emit(SWAP, 3)
		c.emit(DICT_UPDATE, 2)
		c.emit(UNPACK_SEQUENCE, size)
		for n := size; n > 0; n-- {
			c.emit(COPY, 1+n)
			c.emit(SWAP, 2)
			c.emit(DELETE_SUBSCR, 0)
		}
		c.patternStoreName(p.Rest, pc)
	} else {
		c.emit(POP_TOP, 0)
		c.emit(POP_TOP, 0)
	}
}

func (c *compiler) patternOr(p *ast.MatchOr, pc *patternContext) {
	end := c.newBlock()
	size := len(p.Patterns)
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		c.setLoc(alt)
		pc.stores = nil
		pc.allowIrrefutable = i == size-1 && old.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		c.emit(COPY, 1)
		c.pattern(alt, pc)
		nstores := len(pc.stores)
		if i == 0 {
			control = pc.stores
		} else if nstores != len(control) {
			c.errorf("alternative patterns bind different names")
		} else if nstores > 0 {
			for icontrol := nstores - 1; icontrol >= 0; icontrol-- {
				name := control[icontrol]
				istores := -1
				for k, s := range pc.stores {
					if s == name {
						istores = k
					}
				}
				if istores < 0 {
					c.errorf("alternative patterns bind different names")
				}
				if icontrol != istores {
					rotations := istores + 1
					rotated := append([]string(nil), pc.stores[:rotations]...)
					rest := append([]string(nil), pc.stores[rotations:]...)
					at := icontrol - istores
					ns := append(append(append([]string(nil), rest[:at]...), rotated...), rest[at:]...)
					pc.stores = ns
					for ; rotations > 0; rotations-- {
						c.patternRotate(icontrol + 1)
					}
				}
			}
		}
		c.emitJump(JUMP, end)
		c.emitAndResetFailPop(pc)
	}
	*pc = old
	c.emit(POP_TOP, 0)
	c.jumpToFailPop(pc, JUMP)
	c.useNextBlock(end)
	nstores := len(control)
	nrots := nstores + 1 + pc.onTop + len(pc.stores)
	for i := 0; i < nstores; i++ {
		c.patternRotate(nrots)
		name := control[i]
		for _, s := range pc.stores {
			if s == name {
				c.errorf("multiple assignments to name %s in pattern", ConstRepr(name))
			}
		}
		pc.stores = append(pc.stores, name)
	}
	c.emit(POP_TOP, 0)
}
