package regex

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"minipy/lang/unicodedata"
)

// Flags are Python's re flag values.
type Flags uint32

// The flag bits, as in Python's re module.
const (
	FlagTemplate   Flags = 1
	FlagIgnoreCase Flags = 2
	FlagLocale     Flags = 4
	FlagMultiline  Flags = 8
	FlagDotAll     Flags = 16
	FlagUnicode    Flags = 32
	FlagVerbose    Flags = 64
	FlagDebug      Flags = 128
	FlagASCII      Flags = 256
)

// MaxRepeat is the largest repeat count ({n}); larger ones are an
// OverflowError in CPython.
const MaxRepeat = 1<<32 - 2

// Error is a pattern error. Kind is "" for re.error, or the name of the
// built-in exception CPython raises instead ("ValueError",
// "OverflowError"). Pos is -1 when the error has no position.
type Error struct {
	Msg  string
	Pos  int
	Kind string
}

func (e *Error) Error() string {
	if e.Pos < 0 {
		return e.Msg
	}
	return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
}

type nodeKind uint8

const (
	nEmpty   nodeKind = iota
	nChar             // ch (folded when fold)
	nAny              // . (dotall in flags)
	nSet              // set
	nAssert           // ch: one of the assert* kinds
	nConcat           // subs
	nAlt              // subs
	nGroup            // group, sub; group 0: non-capturing
	nRepeat           // sub, min, max (-1 infinite), greed
	nBackref          // group
	nLook             // sub, neg, behind
	nAtomic           // sub
	nCond             // group, sub (yes), no
)

const (
	greedy uint8 = iota
	lazy
	possessive
)

// Assertion kinds.
const (
	assertBegin       = iota // ^ without MULTILINE, and \A
	assertBeginLine          // ^ with MULTILINE
	assertEnd                // $ without MULTILINE
	assertEndLine            // $ with MULTILINE
	assertEndString          // \Z
	assertBoundary           // \b
	assertNonBoundary        // \B
)

type node struct {
	kind       nodeKind
	ch         rune
	fold       bool // nChar, nBackref: ignore case
	ascii      bool // ignore case / word classes in ASCII only
	dotall     bool
	set        *charSet
	subs       []*node
	sub, no    *node
	min, max   int
	greed      uint8
	group      int
	neg        bool
	behind     bool
	isRepeated bool // a repeat node (for "multiple repeat")
}

type parser struct {
	src      []rune
	i        int
	bytes    bool
	flags    Flags
	ngroups  int
	names    map[string]int
	open     map[int]bool // groups not yet closed
	widths   map[int][2]int
	lookbeh  int // > 0 inside a lookbehind: groups opened at or after lbFirst
	lbFirst  int
	atStart  bool // nothing but global flags seen yet
	maxDepth int
	// condPos and condOrder record conditionals on groups not yet
	// opened where they appear (the first position for each).
	condPos   map[int]int
	condOrder []int
}

func perr(msg string, pos int) *Error { return &Error{Msg: msg, Pos: pos} }

func (p *parser) eof() bool { return p.i >= len(p.src) }

func (p *parser) peek() rune {
	if p.i < len(p.src) {
		return p.src[p.i]
	}
	return -1
}

// skipVerbose skips whitespace and comments in VERBOSE mode.
func (p *parser) skipVerbose() {
	if p.flags&FlagVerbose == 0 {
		return
	}
	for p.i < len(p.src) {
		c := p.src[p.i]
		if c == '#' {
			for p.i < len(p.src) && p.src[p.i] != '\n' {
				p.i++
			}
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			p.i++
			continue
		}
		break
	}
}

// parse reads the whole pattern.
func parse(src []rune, isBytes bool, flags Flags) (*node, *parser, *Error) {
	p := &parser{src: src, bytes: isBytes, flags: flags, names: map[string]int{},
		open: map[int]bool{}, widths: map[int][2]int{}, atStart: true, condPos: map[int]int{}}
	n, err := p.alternation(0)
	if err != nil {
		return nil, nil, err
	}
	if p.eof() {
		for _, g := range p.condOrder {
			if g > p.ngroups {
				return nil, nil, perr(fmt.Sprintf("invalid group reference %d", g), p.condPos[g])
			}
		}
	}
	if !p.eof() {
		if p.src[p.i] == ')' {
			return nil, nil, perr("unbalanced parenthesis", p.i)
		}
		return nil, nil, perr("internal error in regular expression parser", p.i)
	}
	return n, p, nil
}

func (p *parser) alternation(depth int) (*node, *Error) {
	if depth > 500 {
		return nil, &Error{Msg: "too many nested groups", Pos: -1, Kind: "RecursionError"}
	}
	var alts []*node
	for {
		seq, err := p.sequence(depth)
		if err != nil {
			return nil, err
		}
		alts = append(alts, seq)
		if p.peek() != '|' {
			break
		}
		p.i++
		p.atStart = false
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &node{kind: nAlt, subs: alts}, nil
}

func (p *parser) sequence(depth int) (*node, *Error) {
	var items []*node
	for {
		p.skipVerbose()
		if p.eof() {
			break
		}
		c := p.src[p.i]
		if c == '|' || c == ')' {
			break
		}
		start := p.i
		if c == '*' || c == '+' || c == '?' || (c == '{' && p.isRepeatBrace()) {
			if len(items) == 0 {
				return nil, perr("nothing to repeat", start)
			}
			last := items[len(items)-1]
			if last.isRepeated {
				return nil, perr("multiple repeat", start)
			}
			if last.kind == nAssert || last.kind == nEmpty {
				return nil, perr("nothing to repeat", start)
			}
			r, err := p.repeat(last)
			if err != nil {
				return nil, err
			}
			items[len(items)-1] = r
			continue
		}
		item, err := p.atom(depth)
		if err != nil {
			return nil, err
		}
		if item == nil { // a comment or flags group: nothing to add
			continue
		}
		p.atStart = false
		items = append(items, item)
	}
	switch len(items) {
	case 0:
		return &node{kind: nEmpty}, nil
	case 1:
		return items[0], nil
	}
	return &node{kind: nConcat, subs: items}, nil
}

// isRepeatBrace reports whether the '{' at p.i starts a {m,n} repeat (an
// ill-formed one is a literal brace).
func (p *parser) isRepeatBrace() bool {
	j := p.i + 1
	digits := 0
	for j < len(p.src) && isDigit(p.src[j]) {
		j++
		digits++
	}
	if j < len(p.src) && p.src[j] == ',' {
		j++
		for j < len(p.src) && isDigit(p.src[j]) {
			j++
		}
	} else if digits == 0 {
		return false
	}
	return j < len(p.src) && p.src[j] == '}'
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func (p *parser) repeat(item *node) (*node, *Error) {
	start := p.i
	c := p.src[p.i]
	p.i++
	min, max := 0, -1
	switch c {
	case '*':
	case '+':
		min = 1
	case '?':
		max = 1
	case '{':
		j := p.i
		for isDigit(p.src[p.i]) {
			p.i++
		}
		lo := string(p.src[j:p.i])
		hi := lo
		if p.src[p.i] == ',' {
			p.i++
			k := p.i
			for isDigit(p.src[p.i]) {
				p.i++
			}
			hi = string(p.src[k:p.i])
		}
		p.i++ // '}'
		if lo != "" {
			v, err := strconv.ParseUint(lo, 10, 64)
			if err != nil || v > MaxRepeat {
				return nil, &Error{Msg: "the repetition number is too large", Pos: -1, Kind: "OverflowError"}
			}
			min = int(v)
		}
		if hi != "" {
			v, err := strconv.ParseUint(hi, 10, 64)
			if err != nil || v > MaxRepeat {
				return nil, &Error{Msg: "the repetition number is too large", Pos: -1, Kind: "OverflowError"}
			}
			max = int(v)
			if max < min {
				return nil, perr("min repeat greater than max repeat", start+1)
			}
		}
	}
	g := greedy
	if p.i < len(p.src) {
		switch p.src[p.i] {
		case '?':
			g = lazy
			p.i++
		case '+':
			g = possessive
			p.i++
		}
	}
	return &node{kind: nRepeat, sub: item, min: min, max: max, greed: g, isRepeated: true}, nil
}

func (p *parser) fold() bool  { return p.flags&FlagIgnoreCase != 0 }
func (p *parser) ascii() bool { return p.bytes || p.flags&FlagASCII != 0 }

func (p *parser) charNode(c rune) *node {
	n := &node{kind: nChar, ch: c}
	if p.fold() {
		n.ascii = p.ascii()
		if isCased(c, n.ascii) {
			n.fold = true
			n.ch = foldKey(c, n.ascii)
		}
	}
	return n
}

func (p *parser) atom(depth int) (*node, *Error) {
	c := p.src[p.i]
	start := p.i
	p.i++
	switch c {
	case '.':
		return &node{kind: nAny, dotall: p.flags&FlagDotAll != 0}, nil
	case '^':
		if p.flags&FlagMultiline != 0 {
			return &node{kind: nAssert, ch: assertBeginLine}, nil
		}
		return &node{kind: nAssert, ch: assertBegin}, nil
	case '$':
		if p.flags&FlagMultiline != 0 {
			return &node{kind: nAssert, ch: assertEndLine}, nil
		}
		return &node{kind: nAssert, ch: assertEnd}, nil
	case '[':
		return p.class(start)
	case '\\':
		return p.escape(start)
	case '(':
		return p.group(start, depth)
	}
	return p.charNode(c), nil
}

// readHex reads exactly n hex digits after an escape starting at start.
func (p *parser) readHex(start, n int) (rune, *Error) {
	j := p.i
	for p.i < len(p.src) && p.i-j < n && isHex(p.src[p.i]) {
		p.i++
	}
	if p.i-j < n {
		return 0, perr("incomplete escape "+string(p.src[start:p.i]), start)
	}
	v, _ := strconv.ParseUint(string(p.src[j:p.i]), 16, 32)
	return rune(v), nil
}

func isHex(c rune) bool {
	return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func isOctal(c rune) bool { return c >= '0' && c <= '7' }

// commonEscape handles the escapes that mean one character both inside
// and outside a class; ok is false when c is not one of them.
func (p *parser) commonEscape(c rune, start int) (rune, bool, *Error) {
	switch c {
	case 'a':
		return 7, true, nil
	case 'f':
		return '\f', true, nil
	case 'n':
		return '\n', true, nil
	case 'r':
		return '\r', true, nil
	case 't':
		return '\t', true, nil
	case 'v':
		return '\v', true, nil
	case '\\':
		return '\\', true, nil
	case 'x':
		r, err := p.readHex(start, 2)
		return r, true, err
	case 'u', 'U':
		if p.bytes {
			return 0, true, perr("bad escape \\"+string(c), start)
		}
		n := 4
		if c == 'U' {
			n = 8
		}
		r, err := p.readHex(start, n)
		if err == nil && (r > unicode.MaxRune || r < 0) {
			return 0, true, perr("bad escape "+string(p.src[start:p.i]), start)
		}
		return r, true, err
	case 'N':
		if p.bytes {
			return 0, true, perr("bad escape \\N", start)
		}
		if p.peek() != '{' {
			return 0, true, perr("missing {", p.i)
		}
		p.i++
		j := p.i
		for p.i < len(p.src) && p.src[p.i] != '}' {
			p.i++
		}
		if p.i >= len(p.src) {
			return 0, true, perr("missing }, unterminated name", j)
		}
		name := string(p.src[j:p.i])
		p.i++
		if name == "" {
			return 0, true, perr("missing character name", j)
		}
		r, ok := unicodedata.Lookup(name)
		if !ok {
			return 0, true, perr(fmt.Sprintf("undefined character name %s", pyQuote(name)), start)
		}
		return r, true, nil
	case '0':
		// \0 and up to two more octal digits.
		v := rune(0)
		for k := 0; k < 2 && p.i < len(p.src) && isOctal(p.src[p.i]); k++ {
			v = v*8 + p.src[p.i] - '0'
			p.i++
		}
		return v, true, nil
	}
	return 0, false, nil
}

// pyQuote is Python's repr of a str without escapes to worry about (names).
func pyQuote(s string) string {
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		return "\"" + s + "\""
	}
	return "'" + strings.ReplaceAll(s, "'", "\\'") + "'"
}

func isASCIILetter(c rune) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

func (p *parser) escape(start int) (*node, *Error) {
	if p.eof() {
		return nil, perr("bad escape (end of pattern)", start)
	}
	c := p.src[p.i]
	p.i++
	switch c {
	case 'A':
		return &node{kind: nAssert, ch: assertBegin}, nil
	case 'Z':
		return &node{kind: nAssert, ch: assertEndString}, nil
	case 'b':
		return &node{kind: nAssert, ch: assertBoundary, ascii: p.ascii()}, nil
	case 'B':
		return &node{kind: nAssert, ch: assertNonBoundary, ascii: p.ascii()}, nil
	case 'd', 'D', 's', 'S', 'w', 'W':
		s := &charSet{}
		s.addCategory(c, p.ascii())
		s.finish(false, false)
		return &node{kind: nSet, set: s}, nil
	}
	if r, ok, err := p.commonEscape(c, start); ok {
		if err != nil {
			return nil, err
		}
		return p.charNode(r), nil
	}
	if isDigit(c) {
		// Three octal digits are a character; otherwise one or two
		// digits are a group reference.
		if isOctal(c) && p.i+1 < len(p.src) && isOctal(p.src[p.i]) && isOctal(p.src[p.i+1]) {
			v := (c-'0')*64 + (p.src[p.i]-'0')*8 + p.src[p.i+1] - '0'
			p.i += 2
			if v > 0o377 {
				return nil, perr(fmt.Sprintf("octal escape value %s outside of range 0-0o377", string(p.src[start:p.i])), start)
			}
			return p.charNode(v), nil
		}
		g := int(c - '0')
		if p.i < len(p.src) && isDigit(p.src[p.i]) {
			g = g*10 + int(p.src[p.i]-'0')
			p.i++
		}
		return p.backref(g, start+1)
	}
	if isASCIILetter(c) {
		return nil, perr("bad escape \\"+string(c), start)
	}
	return p.charNode(c), nil
}

func (p *parser) backref(g, pos int) (*node, *Error) {
	if g > p.ngroups {
		return nil, perr(fmt.Sprintf("invalid group reference %d", g), pos)
	}
	if p.open[g] {
		return nil, perr("cannot refer to an open group", pos-1)
	}
	if p.lookbeh > 0 && g >= p.lbFirst {
		return nil, perr("cannot refer to group defined in the same lookbehind subpattern", p.i)
	}
	return &node{kind: nBackref, group: g, fold: p.fold(), ascii: p.ascii()}, nil
}

// class parses [...] starting after '[' (start is the '[').
func (p *parser) class(start int) (*node, *Error) {
	s := &charSet{}
	neg := false
	if p.peek() == '^' {
		neg = true
		p.i++
	}
	first := true
	for {
		if p.eof() {
			return nil, perr("unterminated character set", start)
		}
		c := p.src[p.i]
		if c == ']' && !first {
			p.i++
			break
		}
		first = false
		itemStart := p.i
		lo, isCat, err := p.classItem(s)
		if err != nil {
			return nil, err
		}
		if p.peek() == '-' && p.i+1 < len(p.src) && p.src[p.i+1] != ']' {
			p.i++
			hiStart := p.i
			hi, hiCat, err := p.classItem(nil)
			if err != nil {
				return nil, err
			}
			if isCat || hiCat {
				return nil, perr("bad character range "+string(p.src[itemStart:p.i]), itemStart)
			}
			_ = hiStart
			if hi < lo {
				return nil, perr("bad character range "+string(p.src[itemStart:p.i]), itemStart)
			}
			s.addRange(lo, hi)
			continue
		}
		if p.eof() && p.i > itemStart && p.src[p.i-1] == '-' {
			// "[a-" : unterminated.
		}
		if !isCat {
			s.addRange(lo, lo)
		}
	}
	s.finish(neg, false)
	if p.fold() {
		s.foldCase(p.ascii())
	}
	return &node{kind: nSet, set: s}, nil
}

// classItem reads one class member: a character (returned) or a
// category escape (added to s when s is not nil; isCat true).
func (p *parser) classItem(s *charSet) (rune, bool, *Error) {
	if p.eof() {
		return 0, false, perr("unterminated character set", p.i)
	}
	c := p.src[p.i]
	start := p.i
	p.i++
	if c != '\\' {
		return c, false, nil
	}
	if p.eof() {
		return 0, false, perr("bad escape (end of pattern)", start)
	}
	c = p.src[p.i]
	p.i++
	switch c {
	case 'd', 'D', 's', 'S', 'w', 'W':
		if s != nil {
			s.addCategory(c, p.ascii())
		}
		return 0, true, nil
	case 'b':
		return 8, false, nil
	}
	if r, ok, err := p.commonEscape(c, start); ok {
		return r, false, err
	}
	if isOctal(c) {
		v := c - '0'
		for k := 0; k < 2 && p.i < len(p.src) && isOctal(p.src[p.i]); k++ {
			v = v*8 + p.src[p.i] - '0'
			p.i++
		}
		if v > 0o377 {
			return 0, false, perr(fmt.Sprintf("octal escape value %s outside of range 0-0o377", string(p.src[start:p.i])), start)
		}
		return v, false, nil
	}
	if isDigit(c) || isASCIILetter(c) {
		return 0, false, perr("bad escape \\"+string(c), start)
	}
	return c, false, nil
}

// groupName reads a name up to term; pos is where the name starts.
func (p *parser) groupName(term rune, unterminated string) (string, int, *Error) {
	j := p.i
	for p.i < len(p.src) && p.src[p.i] != term {
		p.i++
	}
	if p.i >= len(p.src) {
		return "", j, perr(unterminated, j)
	}
	name := string(p.src[j:p.i])
	p.i++
	if name == "" {
		return "", j, perr("missing group name", j)
	}
	return name, j, nil
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if i == 0 {
			if r != '_' && !unicodedata.IsIdentifierStart(r) {
				return false
			}
		} else if r != '_' && !unicodedata.IsIdentifierContinue(r) {
			return false
		}
	}
	return s != ""
}

func (p *parser) checkName(name string, pos int) *Error {
	ok := isIdentifier(name)
	if ok && p.bytes {
		for _, r := range name {
			if r > 127 {
				ok = false
			}
		}
	}
	if !ok {
		return perr("bad character in group name "+pyQuote(name), pos)
	}
	return nil
}

func (p *parser) group(start, depth int) (*node, *Error) {
	capture := true
	var name string
	var namePos int
	if p.peek() == '?' {
		p.i++
		if p.eof() {
			return nil, perr("unexpected end of pattern", p.i)
		}
		c := p.src[p.i]
		p.i++
		switch c {
		case ':':
			capture = false
		case '>':
			sub, err := p.groupBody(start, depth)
			if err != nil {
				return nil, err
			}
			return &node{kind: nAtomic, sub: sub}, nil
		case 'P':
			if p.eof() {
				return nil, perr("unexpected end of pattern", p.i)
			}
			c2 := p.src[p.i]
			p.i++
			switch c2 {
			case '<':
				var err *Error
				name, namePos, err = p.groupName('>', "missing >, unterminated name")
				if err != nil {
					return nil, err
				}
				if err := p.checkName(name, namePos); err != nil {
					return nil, err
				}
			case '=':
				name, pos, err := p.groupName(')', "missing ), unterminated name")
				if err != nil {
					return nil, err
				}
				if err := p.checkName(name, pos); err != nil {
					return nil, err
				}
				g, ok := p.names[name]
				if !ok {
					return nil, perr("unknown group name "+pyQuote(name), pos)
				}
				return p.backref(g, pos+1)
			default:
				return nil, perr("unknown extension ?P"+string(c2), start+1)
			}
		case '#':
			for p.i < len(p.src) && p.src[p.i] != ')' {
				p.i++
			}
			if p.eof() {
				return nil, perr("missing ), unterminated comment", start)
			}
			p.i++
			return nil, nil
		case '=', '!':
			return p.look(start, depth, c == '!', false)
		case '<':
			if p.eof() {
				return nil, perr("unexpected end of pattern", p.i)
			}
			c2 := p.src[p.i]
			p.i++
			if c2 != '=' && c2 != '!' {
				return nil, perr("unknown extension ?<"+string(c2), start+1)
			}
			return p.look(start, depth, c2 == '!', true)
		case '(':
			return p.conditional(start, depth)
		default:
			if c == '-' || isFlagChar(c) {
				p.i--
				return p.flagGroup(start, depth)
			}
			return nil, perr("unknown extension ?"+string(c), start+1)
		}
	}
	g := 0
	if capture {
		p.ngroups++
		g = p.ngroups
		if name != "" {
			if old, ok := p.names[name]; ok {
				return nil, perr(fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyQuote(name), g, old), namePos)
			}
			p.names[name] = g
		}
		p.open[g] = true
	}
	sub, err := p.groupBody(start, depth)
	if err != nil {
		return nil, err
	}
	if !capture {
		// Wrapped, so that (?:a*)* is not a "multiple repeat".
		return &node{kind: nGroup, sub: sub}, nil
	}
	delete(p.open, g)
	return &node{kind: nGroup, group: g, sub: sub}, nil
}

// groupBody parses an alternation and its closing ')'.
func (p *parser) groupBody(start, depth int) (*node, *Error) {
	p.atStart = false
	sub, err := p.alternation(depth + 1)
	if err != nil {
		return nil, err
	}
	if p.peek() != ')' {
		return nil, perr("missing ), unterminated subpattern", start)
	}
	p.i++
	return sub, nil
}

func (p *parser) look(start, depth int, neg, behind bool) (*node, *Error) {
	if behind {
		if p.lookbeh == 0 {
			p.lbFirst = p.ngroups + 1
		}
		p.lookbeh++
	}
	sub, err := p.groupBody(start, depth)
	if behind {
		p.lookbeh--
	}
	if err != nil {
		return nil, err
	}
	return &node{kind: nLook, sub: sub, neg: neg, behind: behind}, nil
}

func (p *parser) conditional(start, depth int) (*node, *Error) {
	name, pos, err := p.groupName(')', "missing ), unterminated name")
	if err != nil {
		return nil, err
	}
	var g int
	if isDigits(name) {
		v, e := strconv.Atoi(name)
		if e != nil || v == 0 {
			return nil, perr("bad group number", pos)
		}
		g = v
	} else {
		if err := p.checkName(name, pos); err != nil {
			return nil, err
		}
		v, ok := p.names[name]
		if !ok {
			return nil, perr("unknown group name "+pyQuote(name), pos)
		}
		g = v
	}
	if p.lookbeh > 0 && g >= p.lbFirst {
		return nil, perr("cannot refer to group defined in the same lookbehind subpattern", p.i)
	}
	p.atStart = false
	yes, err := p.sequence(depth + 1)
	if err != nil {
		return nil, err
	}
	var no *node
	if p.peek() == '|' {
		p.i++
		no, err = p.sequence(depth + 1)
		if err != nil {
			return nil, err
		}
		if p.peek() == '|' {
			return nil, perr("conditional backref with more than two branches", p.i)
		}
	}
	if p.peek() != ')' {
		return nil, perr("missing ), unterminated subpattern", start)
	}
	p.i++
	if g > p.ngroups {
		// A later group may define it: checked at the end of the pattern.
		if _, seen := p.condPos[g]; !seen {
			p.condPos[g] = pos
			p.condOrder = append(p.condOrder, g)
		}
	}
	return &node{kind: nCond, group: g, sub: yes, no: no}, nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if !isDigit(r) {
			return false
		}
	}
	return s != ""
}

func isFlagChar(c rune) bool { return strings.ContainsRune("aiLmsux", c) }

func flagOf(c rune) Flags {
	switch c {
	case 'a':
		return FlagASCII
	case 'i':
		return FlagIgnoreCase
	case 'L':
		return FlagLocale
	case 'm':
		return FlagMultiline
	case 's':
		return FlagDotAll
	case 'u':
		return FlagUnicode
	case 'x':
		return FlagVerbose
	}
	return 0
}

const typeFlags = FlagASCII | FlagLocale | FlagUnicode

// flagGroup parses (?flags) or (?flags-flags:...); p.i is after '?'.
func (p *parser) flagGroup(start, depth int) (*node, *Error) {
	var on, off Flags
	for p.i < len(p.src) && isFlagChar(p.src[p.i]) {
		c := p.src[p.i]
		p.i++
		f := flagOf(c)
		if err := p.checkFlagChar(c); err != nil {
			return nil, err
		}
		on |= f
		if on&typeFlags != 0 && on&typeFlags&(on&typeFlags-1) != 0 {
			return nil, perr("bad inline flags: flags 'a', 'u' and 'L' are incompatible", p.i)
		}
	}
	if p.eof() {
		return nil, perr("missing -, : or )", p.i)
	}
	if p.src[p.i] == ')' {
		p.i++
		if !p.atStart {
			return nil, perr("global flags not at the start of the expression", start)
		}
		p.flags |= on
		return nil, nil
	}
	if p.src[p.i] == '-' {
		p.i++
		if p.eof() {
			return nil, perr("missing flag", p.i)
		}
		for p.i < len(p.src) && isFlagChar(p.src[p.i]) {
			c := p.src[p.i]
			p.i++
			f := flagOf(c)
			if f&typeFlags != 0 {
				return nil, perr("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", p.i)
			}
			off |= f
		}
		if off == 0 {
			if p.eof() || !isASCIILetter(p.src[p.i]) {
				return nil, perr("missing flag", p.i)
			}
			return nil, perr("unknown flag", p.i)
		}
		if on&off != 0 {
			return nil, perr("bad inline flags: flag turned on and off", p.i)
		}
		if p.eof() {
			return nil, perr("missing :", p.i)
		}
		if p.src[p.i] != ':' {
			if isASCIILetter(p.src[p.i]) {
				return nil, perr("unknown flag", p.i)
			}
			return nil, perr("missing :", p.i)
		}
	} else if p.src[p.i] != ':' {
		if isASCIILetter(p.src[p.i]) {
			return nil, perr("unknown flag", p.i)
		}
		return nil, perr("missing -, : or )", p.i)
	}
	p.i++ // ':'
	saved := p.flags
	if on&typeFlags != 0 {
		p.flags &^= typeFlags
	}
	p.flags = (p.flags | on) &^ off
	sub, err := p.groupBody(start, depth)
	p.flags = saved
	if err != nil {
		return nil, err
	}
	return &node{kind: nGroup, sub: sub}, nil
}

func (p *parser) checkFlagChar(c rune) *Error {
	if p.bytes && c == 'u' {
		return perr("bad inline flags: cannot use 'u' flag with a bytes pattern", p.i)
	}
	if !p.bytes && c == 'L' {
		return perr("bad inline flags: cannot use 'L' flag with a str pattern", p.i)
	}
	return nil
}
