package regex

import "sync/atomic"

type opcode uint8

const (
	opChar     opcode = iota // r
	opCharFold               // r is a fold key; ascii: ASCII folding
	opAny                    // any but '\n'
	opAnyAll                 // any
	opSet                    // set
	opSplit                  // try x, then y
	opJmp                    // x
	opSave                   // slot n
	opAssert                 // n: assert kind; ascii for \b
	opBackref                // group n (fold: ignore case)
	opRepOne                 // single-character repeat of the next instruction: min, max, greed; x: continuation
	opRepStart               // counter n: reset
	opRepLoop                // counter n, min, max, greed; x: exit; body at pc+1
	opRepEnd                 // counter n: count++, jump to x (the RepLoop)
	opBarrier                // n: barrier kind; x: continuation for negative lookarounds; min: lookbehind width
	opCut                    // n: barrier kind (end of an atomic group or lookaround body)
	opCond                   // group n; x: the no branch
	opMatch
	opFail
)

// Barrier kinds.
const (
	barAtomic  = iota
	barLook    // positive lookahead/lookbehind
	barNegLook // negative lookahead/lookbehind
)

type inst struct {
	op       opcode
	greed    uint8
	fold     bool
	ascii    bool
	behind   bool
	n        int
	x, y     int
	min, max int
	r        rune
	set      *charSet
	guard    *firsts // opSplit, opRepLoop: the first characters of the branch tried first
}

// Regexp is a compiled pattern.
type Regexp struct {
	prog        []inst
	Groups      int            // number of capturing groups
	Names       map[string]int // named groups
	ByNumber    []string       // the name of each group ("": none)
	Flags       Flags          // the flags in effect (inline global flags included)
	nregs       int
	anchored    bool // starts with \A (or ^ without MULTILINE)
	first       *firsts
	prefix      []rune // literal prefix (no folding)
	prefixBytes []byte // the prefix as bytes, when every code point is below 256
	bytes       bool
	cache       atomic.Pointer[machine]
}

// Compile parses and compiles pattern. isBytes says the pattern is a
// bytes pattern (one code point per byte); flags are the re flags.
func Compile(pattern []rune, isBytes bool, flags Flags) (*Regexp, *Error) {
	if isBytes {
		if flags&FlagUnicode != 0 {
			return nil, &Error{Msg: "cannot use UNICODE flag with a bytes pattern", Pos: -1, Kind: "ValueError"}
		}
		if flags&FlagLocale != 0 && flags&FlagASCII != 0 {
			return nil, &Error{Msg: "ASCII and LOCALE flags are incompatible", Pos: -1, Kind: "ValueError"}
		}
	} else {
		if flags&FlagLocale != 0 {
			return nil, &Error{Msg: "cannot use LOCALE flag with a str pattern", Pos: -1, Kind: "ValueError"}
		}
		if flags&FlagASCII != 0 && flags&FlagUnicode != 0 {
			return nil, &Error{Msg: "ASCII and UNICODE flags are incompatible", Pos: -1, Kind: "ValueError"}
		}
	}
	tree, p, err := parse(pattern, isBytes, flags)
	if err != nil {
		return nil, err
	}
	fl := p.flags
	if !isBytes && fl&FlagASCII == 0 {
		fl |= FlagUnicode
	}
	if fl&FlagASCII != 0 && fl&FlagUnicode != 0 {
		return nil, &Error{Msg: "ASCII and UNICODE flags are incompatible", Pos: -1, Kind: "ValueError"}
	}
	c := &compiler{}
	if err := c.check(tree, false); err != nil {
		return nil, err
	}
	tree = simplify(tree)
	c.emit(tree)
	c.add(inst{op: opMatch})
	re := &Regexp{prog: c.prog, Groups: p.ngroups, Names: p.names, Flags: fl, nregs: c.nregs, bytes: isBytes}
	re.ByNumber = make([]string, p.ngroups+1)
	for name, g := range p.names {
		re.ByNumber[g] = name
	}
	re.analyze(tree)
	return re, nil
}

type compiler struct {
	prog  []inst
	nregs int
}

func (c *compiler) add(i inst) int {
	c.prog = append(c.prog, i)
	return len(c.prog) - 1
}

// width returns the minimum and maximum widths of n (max -1: unbounded).
func width(n *node, gw map[int][2]int) (int, int) {
	switch n.kind {
	case nEmpty, nAssert, nLook:
		return 0, 0
	case nChar, nAny, nSet:
		return 1, 1
	case nConcat:
		lo, hi := 0, 0
		for _, s := range n.subs {
			a, b := width(s, gw)
			lo = min(lo+a, widthCap)
			if hi >= 0 {
				if b < 0 {
					hi = -1
				} else {
					hi = min(hi+b, widthCap)
				}
			}
		}
		return lo, hi
	case nAlt:
		lo, hi := -1, 0
		for _, s := range n.subs {
			a, b := width(s, gw)
			if lo < 0 || a < lo {
				lo = a
			}
			if hi >= 0 && (b < 0 || b > hi) {
				hi = b
			}
		}
		return lo, hi
	case nGroup, nAtomic:
		a, b := width(n.sub, gw)
		if n.kind == nGroup && n.group > 0 && gw != nil {
			gw[n.group] = [2]int{a, b}
		}
		return a, b
	case nRepeat:
		a, b := width(n.sub, gw)
		lo := satMul(a, n.min)
		if n.max < 0 || b < 0 {
			if b == 0 {
				return lo, 0
			}
			return lo, -1
		}
		return lo, satMul(b, n.max)
	case nBackref:
		if w, ok := gw[n.group]; ok {
			return w[0], w[1]
		}
		return 0, -1
	case nCond:
		a, b := width(n.sub, gw)
		c, d := 0, 0
		if n.no != nil {
			c, d = width(n.no, gw)
		}
		if c < a {
			a = c
		}
		if b >= 0 && (d < 0 || d > b) {
			b = d
		}
		return a, b
	}
	return 0, -1
}

// widthCap bounds computed widths (no overflow from nested repeats).
const widthCap = 1 << 40

func satMul(a, b int) int {
	if a != 0 && b > widthCap/a {
		return widthCap
	}
	return min(a*b, widthCap)
}

// check computes group widths and rejects variable-width lookbehinds.
func (c *compiler) check(n *node, _ bool) *Error {
	gw := map[int][2]int{}
	var walk func(n *node) *Error
	walk = func(n *node) *Error {
		if n == nil {
			return nil
		}
		switch n.kind {
		case nLook:
			if n.behind {
				lo, hi := width(n.sub, gw)
				if lo > 1<<32-1 {
					return &Error{Msg: "looks too much behind", Pos: -1}
				}
				if lo != hi {
					return &Error{Msg: "look-behind requires fixed-width pattern", Pos: -1}
				}
				n.min = lo
			}
		case nGroup:
			if err := walk(n.sub); err != nil {
				return err
			}
			width(n, gw)
			return nil
		}
		for _, s := range n.subs {
			if err := walk(s); err != nil {
				return err
			}
		}
		if err := walk(n.sub); err != nil {
			return err
		}
		return walk(n.no)
	}
	return walk(n)
}

// simplify rewrites the tree into an equivalent faster one: a
// non-capturing group around one item is the item, and an alternation of
// single characters and plain classes is one class (so (?:a|b)* runs as
// one repeat of [ab], without a backtrack entry per character).
func simplify(n *node) *node {
	if n == nil {
		return nil
	}
	for i, s := range n.subs {
		n.subs[i] = simplify(s)
	}
	n.sub = simplify(n.sub)
	n.no = simplify(n.no)
	switch n.kind {
	case nGroup:
		if n.group == 0 && n.sub != nil && n.sub.kind != nEmpty {
			return n.sub
		}
	case nAlt:
		merged := &charSet{}
		for _, s := range n.subs {
			switch {
			case s.kind == nChar && !s.fold:
				merged.addRange(s.ch, s.ch)
			case s.kind == nSet && !s.set.neg && !s.set.fold && !s.set.folded:
				merged.ranges = append(merged.ranges, s.set.ranges...)
				merged.cats |= s.set.cats
			default:
				return n
			}
		}
		merged.finish(false, false)
		return &node{kind: nSet, set: merged}
	}
	return n
}

// single reports whether n matches exactly one character by itself (a
// candidate for opRepOne).
func single(n *node) bool {
	return n.kind == nChar || n.kind == nAny || n.kind == nSet
}

func (c *compiler) emitSingle(n *node) {
	switch n.kind {
	case nChar:
		if n.fold {
			c.add(inst{op: opCharFold, r: n.ch, ascii: n.ascii})
		} else {
			c.add(inst{op: opChar, r: n.ch})
		}
	case nAny:
		if n.dotall {
			c.add(inst{op: opAnyAll})
		} else {
			c.add(inst{op: opAny})
		}
	case nSet:
		c.add(inst{op: opSet, set: n.set})
	}
}

func (c *compiler) emit(n *node) {
	switch n.kind {
	case nEmpty:
	case nChar, nAny, nSet:
		c.emitSingle(n)
	case nAssert:
		c.add(inst{op: opAssert, n: int(n.ch), ascii: n.ascii})
	case nConcat:
		for _, s := range n.subs {
			c.emit(s)
		}
	case nAlt:
		// split L1, next; L1: alt0; jmp end; next: split L2, next2 ...
		var jumps []int
		for i, s := range n.subs {
			if i < len(n.subs)-1 {
				sp := c.add(inst{op: opSplit, guard: guardOf(s)})
				c.prog[sp].x = sp + 1
				c.emit(s)
				jumps = append(jumps, c.add(inst{op: opJmp}))
				c.prog[sp].y = len(c.prog)
			} else {
				c.emit(s)
			}
		}
		for _, j := range jumps {
			c.prog[j].x = len(c.prog)
		}
	case nGroup:
		if n.group == 0 {
			c.emit(n.sub)
			return
		}
		c.add(inst{op: opSave, n: 2 * n.group})
		c.emit(n.sub)
		c.add(inst{op: opSave, n: 2*n.group + 1})
	case nBackref:
		c.add(inst{op: opBackref, n: n.group, fold: n.fold, ascii: n.ascii})
	case nRepeat:
		if n.greed == possessive {
			// As sre: each iteration is atomic, and so is the whole
			// repeat ((?:ab|a){2}+ never retries the first iteration).
			sub := n.sub
			if !single(sub) {
				sub = &node{kind: nAtomic, sub: sub}
			}
			c.emitAtomic(&node{kind: nRepeat, sub: sub, min: n.min, max: n.max, greed: greedy})
			return
		}
		if n.max == 0 {
			return
		}
		if single(n.sub) {
			pc := c.add(inst{op: opRepOne, min: n.min, max: n.max, greed: n.greed})
			c.emitSingle(n.sub)
			c.prog[pc].x = len(c.prog)
			return
		}
		if n.min == 0 && n.max == 1 {
			sp := c.add(inst{op: opSplit})
			c.emit(n.sub)
			if n.greed == lazy {
				c.prog[sp].x, c.prog[sp].y = len(c.prog), sp+1
			} else {
				c.prog[sp].x, c.prog[sp].y = sp+1, len(c.prog)
			}
			return
		}
		r := c.nregs
		c.nregs++
		c.add(inst{op: opRepStart, n: r})
		loop := c.add(inst{op: opRepLoop, n: r, min: n.min, max: n.max, greed: n.greed, guard: guardOf(n.sub)})
		c.emit(n.sub)
		c.add(inst{op: opRepEnd, n: r, x: loop})
		c.prog[loop].x = len(c.prog)
	case nAtomic:
		c.emitAtomic(n.sub)
	case nLook:
		kind := barLook
		if n.neg {
			kind = barNegLook
		}
		b := c.add(inst{op: opBarrier, n: kind, behind: n.behind, min: n.min})
		c.emit(n.sub)
		c.add(inst{op: opCut, n: kind})
		c.prog[b].x = len(c.prog)
	case nCond:
		pc := c.add(inst{op: opCond, n: n.group})
		c.emit(n.sub)
		j := c.add(inst{op: opJmp})
		c.prog[pc].x = len(c.prog)
		if n.no != nil {
			c.emit(n.no)
		}
		c.prog[j].x = len(c.prog)
	}
}

func (c *compiler) emitAtomic(sub *node) {
	b := c.add(inst{op: opBarrier, n: barAtomic})
	c.emit(sub)
	c.add(inst{op: opCut, n: barAtomic})
	c.prog[b].x = len(c.prog)
}

// analyze finds what a search can skip by: an anchor at the start, a
// literal prefix, or the set of possible first characters.
func (re *Regexp) analyze(tree *node) {
	n := tree
	for (n.kind == nConcat && len(n.subs) > 0) || (n.kind == nGroup) {
		if n.kind == nGroup {
			n = n.sub
		} else {
			n = n.subs[0]
		}
	}
	if n.kind == nAssert && n.ch == assertBegin {
		re.anchored = true
		return
	}
	var lits []*node
	if tree.kind == nConcat {
		lits = tree.subs
	} else {
		lits = []*node{tree}
	}
	for _, l := range lits {
		if l.kind != nChar || l.fold {
			break
		}
		re.prefix = append(re.prefix, l.ch)
	}
	if len(re.prefix) > 0 {
		re.prefixBytes = make([]byte, len(re.prefix))
		for i, r := range re.prefix {
			if r > 255 {
				re.prefixBytes = nil
				break
			}
			re.prefixBytes[i] = byte(r)
		}
		return
	}
	re.first = guardOf(tree) // nil: every position is a candidate
}

// firsts is the set of characters a match can start with: literals and
// whole classes, with a bitmap for the first 256 code points.
type firsts struct {
	lit  *charSet
	sets []*charSet
	bits [4]uint64
}

// seal finishes the literal set and fills the bitmap.
func (f *firsts) seal() {
	f.lit.finish(false, false)
	for c := rune(0); c < 256; c++ {
		if f.slowHas(c) {
			f.bits[c>>6] |= 1 << (c & 63)
		}
	}
}

func (f *firsts) has(c rune) bool {
	if c < 256 {
		return f.bits[c>>6]&(1<<(c&63)) != 0
	}
	return f.slowHas(c)
}

func (f *firsts) slowHas(c rune) bool {
	if f.lit.has(c) {
		return true
	}
	for _, s := range f.sets {
		if s.has(c) {
			return true
		}
	}
	return false
}

// guardOf is the set of first characters of n when it is known and n
// cannot match the empty string (a split can then skip a branch that
// cannot start here), or nil.
func guardOf(n *node) *firsts {
	f := &firsts{lit: &charSet{}}
	if empty, known := f.of(n); empty || !known {
		return nil
	}
	f.seal()
	return f
}

// of adds the characters n can start with; empty says n can match the
// empty string (the next item's first characters count too), known is
// false when the set cannot be told (a dot, a backreference).
func (f *firsts) of(n *node) (empty, known bool) {
	switch n.kind {
	case nEmpty, nAssert, nLook:
		return true, true
	case nChar:
		if n.fold {
			if n.ascii {
				f.lit.addRange(n.ch, n.ch)
				f.lit.addRange(n.ch|0x20, n.ch|0x20)
			} else {
				eachFold(n.ch, func(o rune) { f.lit.addRange(o, o) })
			}
		} else {
			f.lit.addRange(n.ch, n.ch)
		}
		return false, true
	case nSet:
		f.sets = append(f.sets, n.set)
		return false, true
	case nConcat:
		for _, sub := range n.subs {
			e, k := f.of(sub)
			if !k {
				return false, false
			}
			if !e {
				return false, true
			}
		}
		return true, true
	case nAlt:
		empty := false
		for _, sub := range n.subs {
			e, k := f.of(sub)
			if !k {
				return false, false
			}
			empty = empty || e
		}
		return empty, true
	case nGroup, nAtomic:
		return f.of(n.sub)
	case nRepeat:
		if n.max == 0 {
			return true, true
		}
		e, k := f.of(n.sub)
		return e || n.min == 0, k
	}
	return false, false
}
