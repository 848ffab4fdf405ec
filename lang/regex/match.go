package regex

import (
	"bytes"
	"errors"
)

// Mode says how a match is anchored.
type Mode uint8

const (
	// Search tries every start position from pos on.
	Search Mode = iota
	// Match is anchored at pos.
	Match
	// FullMatch is anchored at pos and must end at endpos.
	FullMatch
)

// ErrInterrupted is returned when the poll function asked to stop.
var ErrInterrupted = errors.New("regex: match interrupted")

// pollSteps is how many machine steps pass between two polls.
const pollSteps = 1 << 14

// Frame kinds of the backtrack stack.
const (
	fBranch  = iota // resume at pc, pos
	fSave           // restore caps[a] = b, lastIndex = pc
	fReg            // restore regs[pc] = {a, b}
	fRepOneG        // greedy single repeat: give back one character, down to a
	fRepOneL        // lazy single repeat: take one more character, up to a; item at b
	fBarrier        // atomic group or lookaround: a = position, b = kind, pc = continuation
)

type frame struct {
	kind int32
	pc   int32
	pos  int
	a, b int
}

type reg struct{ count, start int }

// machine is the per-match state, reused between matches.
type machine struct {
	stack []frame
	caps  []int
	regs  []reg
	last  int
	// mustAdvance is the start position where an empty match is refused
	// (-1: none).
	mustAdvance int
}

func (re *Regexp) getMachine() *machine {
	if m := re.cache.Swap(nil); m != nil {
		return m
	}
	return &machine{caps: make([]int, 2*(re.Groups+1)), regs: make([]reg, re.nregs)}
}

func (re *Regexp) putMachine(m *machine) {
	if cap(m.stack) > 1<<16 {
		m.stack = nil // do not keep a huge stack alive
	}
	re.cache.Store(m)
}

// Options of a match.
type Options struct {
	Mode Mode
	// MustAdvance refuses an empty match at the start position (the
	// match after an empty match in findall, sub, split, finditer).
	MustAdvance bool
	// Poll, when not nil, is asked every few thousand steps; false
	// stops the match with ErrInterrupted.
	Poll Poller
}

// Poller is what a long match polls (the VM's thread: an interface, so
// that passing it allocates nothing).
type Poller interface{ PollSignals() bool }

// PollFunc adapts a function to Poller.
type PollFunc func() bool

// PollSignals calls f.
func (f PollFunc) PollSignals() bool { return f() }

// MatchBytes matches re against s[:end] (bytes, or an ASCII str) from
// pos. On success caps (at least 2*(Groups+1) long) holds the start and
// end of every group (-1: unset) and lastIndex the last group closed
// (-1: none).
func (re *Regexp) MatchBytes(s []byte, pos, end int, o *Options, caps []int) (lastIndex int, ok bool, err error) {
	m := re.getMachine()
	defer re.putMachine(m)
	return run(re, m, s[:end], pos, o, caps)
}

// MatchRunes is MatchBytes for a str given as code points.
func (re *Regexp) MatchRunes(s []rune, pos, end int, o *Options, caps []int) (lastIndex int, ok bool, err error) {
	m := re.getMachine()
	defer re.putMachine(m)
	return run(re, m, s[:end], pos, o, caps)
}

type char interface{ ~byte | ~rune }

func run[E char](re *Regexp, m *machine, s []E, pos int, o *Options, caps []int) (int, bool, error) {
	steps := 0
	end := len(s)
	if pos > end || pos < 0 {
		return -1, false, nil
	}
	mode, poll := o.Mode, o.Poll
	m.mustAdvance = -1
	if o.MustAdvance {
		m.mustAdvance = pos
	}
	for start := pos; start <= end; start++ {
		if mode == Search && start > pos {
			if re.anchored {
				break
			}
		}
		if mode == Search {
			// Skip to a possible start.
			if len(re.prefix) > 0 {
				start = findPrefix(s, re.prefix, start, re.prefixBytes)
				if start < 0 {
					break
				}
			} else if re.first != nil {
				for start < end && !re.first.has(rune(s[start])) {
					start++
				}
				if start >= end {
					break
				}
			}
		}
		ok, err := execAt(re, m, s, start, mode == FullMatch, &steps, poll)
		if err != nil {
			return -1, false, err
		}
		if ok {
			copy(caps, m.caps)
			return m.last, true, nil
		}
		if mode != Search {
			break
		}
	}
	return -1, false, nil
}

func findPrefix[E char](s []E, prefix []rune, from int, pb []byte) int {
	if b, ok := any(s).([]byte); ok {
		if pb == nil {
			return -1 // a code point above 255: not in bytes
		}
		if i := bytes.Index(b[from:], pb); i >= 0 {
			return from + i
		}
		return -1
	}
	n := len(prefix)
	c0 := E(prefix[0])
	if rune(c0) != prefix[0] {
		return -1 // not representable in this subject (a non-byte in bytes)
	}
outer:
	for i := from; i+n <= len(s); i++ {
		if s[i] != c0 {
			continue
		}
		for k := 1; k < n; k++ {
			if rune(s[i+k]) != prefix[k] {
				continue outer
			}
		}
		return i
	}
	return -1
}

// one reports whether instruction in matches character c.
func one(in *inst, c rune) bool {
	switch in.op {
	case opChar:
		return c == in.r
	case opCharFold:
		return foldKey(c, in.ascii) == in.r
	case opAny:
		return c != '\n'
	case opAnyAll:
		return true
	case opSet:
		return in.set.has(c)
	}
	return false
}

func assert[E char](kind int, ascii bool, s []E, pos int) bool {
	end := len(s)
	switch kind {
	case assertBegin:
		return pos == 0
	case assertBeginLine:
		return pos == 0 || s[pos-1] == '\n'
	case assertEnd:
		return pos == end || (pos == end-1 && s[pos] == '\n')
	case assertEndLine:
		return pos == end || s[pos] == '\n'
	case assertEndString:
		return pos == end
	case assertBoundary, assertNonBoundary:
		before := pos > 0 && isWord(rune(s[pos-1]), ascii)
		after := pos < end && isWord(rune(s[pos]), ascii)
		if kind == assertBoundary {
			// CPython: no boundary in an empty string.
			return end > 0 && before != after
		}
		return end > 0 && before == after
	}
	return false
}

// execAt runs the program anchored at start.
func execAt[E char](re *Regexp, m *machine, s []E, start int, full bool, steps *int, poll Poller) (bool, error) {
	prog := re.prog
	caps := m.caps
	for i := range caps {
		caps[i] = -1
	}
	m.last = -1
	stack := m.stack[:0]
	// Every return keeps the stack's storage and the step count.
	st := *steps
	pc, pos := 0, start
	end := len(s)
	for {
		st++
		if st&(pollSteps-1) == 0 && poll != nil && !poll.PollSignals() {
			m.stack, *steps = stack[:0], st
			return false, ErrInterrupted
		}
		in := &prog[pc]
		switch in.op {
		case opChar:
			if pos < end && rune(s[pos]) == in.r {
				pos++
				pc++
				continue
			}
			goto fail
		case opCharFold, opAny, opAnyAll, opSet:
			if pos < end && one(in, rune(s[pos])) {
				pos++
				pc++
				continue
			}
			goto fail
		case opSplit:
			if g := in.guard; g != nil && (pos >= end || !g.has(rune(s[pos]))) {
				pc = in.y // the first branch cannot start here
				continue
			}
			stack = append(stack, frame{kind: fBranch, pc: int32(in.y), pos: pos})
			pc = in.x
			continue
		case opJmp:
			pc = in.x
			continue
		case opSave:
			old := m.last
			stack = append(stack, frame{kind: fSave, a: in.n, b: caps[in.n], pc: int32(old)})
			caps[in.n] = pos
			if in.n&1 == 1 {
				m.last = in.n / 2
			}
			pc++
			continue
		case opAssert:
			if assert(in.n, in.ascii, s, pos) {
				pc++
				continue
			}
			goto fail
		case opBackref:
			g := in.n
			a, b := caps[2*g], caps[2*g+1]
			if a < 0 || b < 0 {
				goto fail
			}
			n := b - a
			if pos+n > end {
				goto fail
			}
			okRef := true
			if in.fold {
				for k := 0; k < n; k++ {
					if foldKey(rune(s[a+k]), in.ascii) != foldKey(rune(s[pos+k]), in.ascii) {
						okRef = false
						break
					}
				}
			} else {
				for k := 0; k < n; k++ {
					if s[a+k] != s[pos+k] {
						okRef = false
						break
					}
				}
			}
			if !okRef {
				goto fail
			}
			pos += n
			pc++
			continue
		case opRepOne:
			item := &prog[pc+1]
			max := end - pos
			if in.max >= 0 && in.max < max {
				max = in.max
			}
			if in.min > max {
				goto fail
			}
			if in.greed == lazy {
				// Take the minimum, then one more at each backtrack.
				k := 0
				for k < in.min && one(item, rune(s[pos+k])) {
					k++
				}
				if k < in.min {
					goto fail
				}
				pos += k
				if in.max < 0 || in.min < in.max {
					lim := end
					if in.max >= 0 {
						lim = pos - k + in.max
					}
					stack = append(stack, frame{kind: fRepOneL, pc: int32(in.x), pos: pos, a: lim, b: pc + 1})
				}
				pc = in.x
				continue
			}
			k := 0
			switch item.op {
			case opChar:
				for k < max && rune(s[pos+k]) == item.r {
					k++
				}
			case opAnyAll:
				k = max
			case opAny:
				for k < max && s[pos+k] != '\n' {
					k++
				}
			default:
				for k < max && one(item, rune(s[pos+k])) {
					k++
				}
			}
			st += k >> 4
			if k < in.min {
				goto fail
			}
			if k > in.min {
				stack = append(stack, frame{kind: fRepOneG, pc: int32(in.x), pos: pos + k, a: pos + in.min})
			}
			pos += k
			pc = in.x
			continue
		case opRepStart:
			r := &m.regs[in.n]
			stack = append(stack, frame{kind: fReg, pc: int32(in.n), a: r.count, b: r.start})
			r.count, r.start = 0, -1
			pc++
			continue
		case opRepLoop:
			r := &m.regs[in.n]
			c := r.count
			if c < in.min {
				// A required iteration: it does not count for the
				// empty-iteration check (sre sets last_ptr only for the
				// optional ones).
				pc++
				continue
			}
			if pos == r.start || (in.max >= 0 && c >= in.max) ||
				(in.guard != nil && (pos >= end || !in.guard.has(rune(s[pos])))) {
				pc = in.x
				continue
			}
			if in.greed == lazy {
				// Exit first; on backtrack, run one more iteration.
				stack = append(stack, frame{kind: fBranch, pc: int32(-pc - 1), pos: pos})
				pc = in.x
				continue
			}
			stack = append(stack, frame{kind: fBranch, pc: int32(in.x), pos: pos})
			stack = append(stack, frame{kind: fReg, pc: int32(in.n), a: r.count, b: r.start})
			r.start = pos
			pc++
			continue
		case opRepEnd:
			r := &m.regs[in.n]
			stack = append(stack, frame{kind: fReg, pc: int32(in.n), a: r.count, b: r.start})
			r.count++
			pc = in.x
			continue
		case opBarrier:
			if in.behind {
				if pos < in.min {
					if in.n == barNegLook {
						pc = in.x
						continue
					}
					goto fail
				}
				stack = append(stack, frame{kind: fBarrier, pc: int32(in.x), pos: pos, b: in.n})
				pos -= in.min
				pc++
				continue
			}
			stack = append(stack, frame{kind: fBarrier, pc: int32(in.x), pos: pos, b: in.n})
			pc++
			continue
		case opCut:
			// Find this construct's barrier.
			bi := len(stack) - 1
			for stack[bi].kind != fBarrier {
				bi--
			}
			bar := stack[bi]
			if in.n == barNegLook {
				// The body matched: the negative lookaround fails. Undo
				// down to the barrier, then backtrack past it.
				for len(stack) > bi+1 {
					f := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					undo(m, f)
				}
				stack = stack[:bi]
				goto fail
			}
			// Drop the alternatives inside, keep the undo records.
			w := bi
			for k := bi + 1; k < len(stack); k++ {
				if f := stack[k]; f.kind == fSave || f.kind == fReg {
					stack[w] = f
					w++
				}
			}
			stack = stack[:w]
			if in.n == barLook {
				pos = bar.pos
			}
			pc++
			continue
		case opCond:
			g := in.n
			if caps[2*g] >= 0 && caps[2*g+1] >= 0 {
				pc++
			} else {
				pc = in.x
			}
			continue
		case opMatch:
			if (full && pos != end) || (pos == start && start == m.mustAdvance) {
				goto fail
			}
			caps[0], caps[1] = start, pos
			m.stack, *steps = stack[:0], st
			return true, nil
		case opFail:
			goto fail
		}
		panic("regex: bad opcode")

	fail:
		for {
			if len(stack) == 0 {
				m.stack, *steps = stack[:0], st
				return false, nil
			}
			f := &stack[len(stack)-1]
			switch f.kind {
			case fBranch:
				fr := *f
				stack = stack[:len(stack)-1]
				if fr.pc < 0 {
					// A lazy loop's next iteration: RepLoop at -pc-1.
					lp := int(-fr.pc - 1)
					r := &m.regs[prog[lp].n]
					pos = fr.pos
					stack = append(stack, frame{kind: fReg, pc: int32(prog[lp].n), a: r.count, b: r.start})
					r.start = pos
					pc = lp + 1
				} else {
					pc, pos = int(fr.pc), fr.pos
				}
			case fSave, fReg:
				undo(m, *f)
				stack = stack[:len(stack)-1]
				continue
			case fRepOneG:
				p := f.pos - 1
				if p < f.a {
					stack = stack[:len(stack)-1]
					continue
				}
				// When the continuation starts with a literal, give back
				// characters until one is in front of it.
				if nx := &prog[f.pc]; nx.op == opChar {
					for p >= f.a && (p >= end || rune(s[p]) != nx.r) {
						p--
					}
					if p < f.a {
						stack = stack[:len(stack)-1]
						continue
					}
				}
				f.pos = p
				if p == f.a {
					stack = stack[:len(stack)-1]
				}
				pc, pos = int(f.pc), p
			case fRepOneL:
				p := f.pos
				if p >= f.a || p >= end || !one(&prog[f.b], rune(s[p])) {
					stack = stack[:len(stack)-1]
					continue
				}
				p++
				f.pos = p
				pc, pos = int(f.pc), p
			case fBarrier:
				stack = stack[:len(stack)-1]
				if f.b == barNegLook {
					// The body failed: the negative lookaround holds.
					pc, pos = int(f.pc), f.pos
					break
				}
				continue
			}
			break
		}
		st++
		if st&(pollSteps-1) == 0 && poll != nil && !poll.PollSignals() {
			m.stack, *steps = stack[:0], st
			return false, ErrInterrupted
		}
	}
}

func undo(m *machine, f frame) {
	if f.kind == fSave {
		m.caps[f.a] = f.b
		m.last = int(f.pc)
	} else if f.kind == fReg {
		m.regs[f.pc] = reg{f.a, f.b}
	}
}
