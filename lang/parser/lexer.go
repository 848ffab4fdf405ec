package parser

import (
	"fmt"
	"io"
	"minipy/lang/unicodedata"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// maxParens is CPython's MAXLEVEL: 200 nested brackets parse, 201 do not.
const maxParens = 200

// maxIndent is CPython's MAXINDENT.
const maxIndent = 100

type paren struct {
	ch        byte
	line, col int // 1-based line, 0-based byte column
}

// tokenizer turns decoded source (UTF-8, "\n" line ends) into tokens.
// Token positions: Pos.Line is 1-based, Pos.Column is the 0-based UTF-8 byte
// column (CPython's col_offset), Pos.Offset the byte offset in src.
type tokenizer struct {
	filename  string
	src       string
	pos       int
	line      int
	lineStart int
	toks      []lexer.Token
	indents   []int
	alts      []int
	parens    []paren
	err       *SyntaxError
	// lineHasTok is true once the current logical line produced a token.
	lineHasTok bool
}

// Tokenize lexes a whole source file (raw bytes, decoded as CPython does) and
// returns its tokens, ending with EOF. It is exported for tests and fuzzing.
func Tokenize(filename string, src []byte) ([]lexer.Token, error) {
	text, err := decodeSource(filename, src)
	if err != nil {
		return nil, err
	}
	toks, serr := tokenizeString(filename, text)
	if serr != nil {
		return toks, serr
	}
	return toks, nil
}

func tokenizeString(filename, text string) ([]lexer.Token, *SyntaxError) {
	t := &tokenizer{filename: filename, src: text, line: 1}
	t.toks = make([]lexer.Token, 0, len(text)/7+16)
	t.indents = append(make([]int, 0, 16), 0)
	t.alts = append(make([]int, 0, 16), 0)
	t.run()
	return t.toks, t.err
}

func (t *tokenizer) emit(kind lexer.TokenType, start, startLine, startCol int) {
	t.toks = append(t.toks, lexer.Token{
		Type:  kind,
		Value: t.src[start:t.pos],
		Pos:   lexer.Position{Filename: t.filename, Offset: start, Line: startLine, Column: startCol},
	})
	t.lineHasTok = true
}

// lineText returns the source line with the given 1-based number.
func lineText(src string, line int) string {
	start := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(src[start:], '\n')
		if i < 0 {
			return ""
		}
		start += i + 1
	}
	end := strings.IndexByte(src[start:], '\n')
	if end < 0 {
		return src[start:]
	}
	return src[start : start+end+1]
}

// fail records a tokenizer error. col1 and endCol1 are 1-based byte columns
// (CPython's offsets before conversion to characters).
func (t *tokenizer) fail(kind, msg string, line, col1, endLine, endCol1 int) {
	if t.err == nil {
		t.err = newSyntaxError(kind, msg, t.filename, t.src, line, col1, endLine, endCol1)
	}
}

func (t *tokenizer) col() int { return t.pos - t.lineStart }

func (t *tokenizer) newline() {
	t.line++
	t.lineStart = t.pos
}

func (t *tokenizer) run() {
	src := t.src
	atBOL := true
	for t.err == nil {
		if atBOL {
			atBOL = false
			if !t.indentation() {
				return
			}
			continue
		}
		// skip whitespace
		for t.pos < len(src) {
			c := src[t.pos]
			if c == ' ' || c == '\t' || c == '\f' {
				t.pos++
			} else {
				break
			}
		}
		if t.pos >= len(src) {
			t.finish()
			return
		}
		c := src[t.pos]
		start, sline, scol := t.pos, t.line, t.col()
		switch {
		case c == '#':
			i := strings.IndexByte(src[t.pos:], '\n')
			if i < 0 {
				t.pos = len(src)
			} else {
				t.pos += i
			}
		case c == '\n':
			t.pos++
			if len(t.parens) == 0 && t.lineHasTok {
				t.emit(tkNewline, start, sline, scol)
				t.lineHasTok = false
				t.newline()
				atBOL = true
			} else {
				t.newline()
				if len(t.parens) == 0 {
					atBOL = true
				}
			}
		case c == '\\':
			if t.pos+1 < len(src) && src[t.pos+1] == '\n' {
				t.pos += 2
				t.newline()
				if t.pos >= len(src) {
					t.fail("SyntaxError", "unexpected EOF while parsing", sline, scol+2, sline, 0)
					return
				}
			} else if t.pos+1 >= len(src) {
				t.fail("SyntaxError", "unexpected EOF while parsing", sline, scol+2, sline, 0)
				return
			} else {
				t.fail("SyntaxError", "unexpected character after line continuation character", sline, scol+2, sline, 0)
				return
			}
		case c >= '0' && c <= '9' || c == '.' && t.pos+1 < len(src) && isDigit(src[t.pos+1]):
			t.number()
		case c == '"' || c == '\'':
			t.str(start, sline, scol)
		case isIdentStartASCII(c) || c >= 0x80:
			t.name(start, sline, scol)
		default:
			t.op(start, sline, scol)
		}
	}
}

// indentation measures the indentation of a new line and emits INDENT/DEDENT.
// It returns false at the end of input (after emitting the final tokens).
func (t *tokenizer) indentation() bool {
	src := t.src
	col, alt := 0, 0
	for t.pos < len(src) {
		c := src[t.pos]
		if c == ' ' {
			col++
			alt++
		} else if c == '\t' {
			col = (col/8 + 1) * 8
			alt++
		} else if c == '\f' {
			col, alt = 0, 0
		} else {
			break
		}
		t.pos++
	}
	if t.pos >= len(src) {
		t.finish()
		return false
	}
	c := src[t.pos]
	if c == '#' || c == '\n' || c == '\\' {
		// blank or comment-only line: no indentation tokens
		if c == '\\' && (t.pos+1 >= len(src) || src[t.pos+1] != '\n') {
			// a continuation char not followed by newline is handled by run
		}
		return true
	}
	top := t.indents[len(t.indents)-1]
	alttop := t.alts[len(t.alts)-1]
	switch {
	case col == top:
		if alt != alttop {
			t.fail("TabError", "inconsistent use of tabs and spaces in indentation", t.line, 1, t.line, 0)
			return false
		}
	case col > top:
		if len(t.indents) >= maxIndent {
			t.fail("IndentationError", "too many levels of indentation", t.line, 1, t.line, 0)
			return false
		}
		if alt <= alttop {
			t.fail("TabError", "inconsistent use of tabs and spaces in indentation", t.line, 1, t.line, 0)
			return false
		}
		t.indents = append(t.indents, col)
		t.alts = append(t.alts, alt)
		t.toks = append(t.toks, lexer.Token{Type: tkIndent, Value: "",
			Pos: lexer.Position{Filename: t.filename, Offset: t.pos, Line: t.line, Column: t.col()}})
	default:
		for len(t.indents) > 1 && col < t.indents[len(t.indents)-1] {
			t.indents = t.indents[:len(t.indents)-1]
			t.alts = t.alts[:len(t.alts)-1]
			t.toks = append(t.toks, lexer.Token{Type: tkDedent, Value: "",
				Pos: lexer.Position{Filename: t.filename, Offset: t.pos, Line: t.line, Column: t.col()}})
		}
		if col != t.indents[len(t.indents)-1] {
			// CPython's offset is just past the end of the line
			end := strings.IndexByte(t.src[t.pos:], '\n')
			if end < 0 {
				end = len(t.src) - t.pos
			}
			t.fail("IndentationError", "unindent does not match any outer indentation level", t.line, t.col()+end+1, t.line, -1)
			return false
		}
		if alt != t.alts[len(t.alts)-1] {
			t.fail("TabError", "inconsistent use of tabs and spaces in indentation", t.line, 1, t.line, 0)
			return false
		}
	}
	return true
}

// finish emits the implicit NEWLINE, the closing DEDENTs and EOF. An open
// bracket becomes an error token rather than an error, so that a parse error
// earlier in the file is still reported first (as CPython does).
func (t *tokenizer) finish() {
	if len(t.parens) > 0 {
		p := t.parens[len(t.parens)-1]
		t.toks = append(t.toks, lexer.Token{Type: tkError, Value: fmt.Sprintf("'%c' was never closed", p.ch),
			Pos: lexer.Position{Filename: t.filename, Offset: -1, Line: p.line, Column: p.col}})
	} else if t.lineHasTok {
		t.toks = append(t.toks, lexer.Token{Type: tkNewline, Value: "",
			Pos: lexer.Position{Filename: t.filename, Offset: t.pos, Line: t.line, Column: t.col()}})
	}
	for len(t.indents) > 1 {
		t.indents = t.indents[:len(t.indents)-1]
		t.toks = append(t.toks, lexer.Token{Type: tkDedent, Value: "",
			Pos: lexer.Position{Filename: t.filename, Offset: t.pos, Line: t.line, Column: t.col()}})
	}
	t.toks = append(t.toks, lexer.Token{Type: tkEOF, Value: "",
		Pos: lexer.Position{Filename: t.filename, Offset: t.pos, Line: t.line, Column: t.col()}})
}

func isDigit(c byte) bool           { return c >= '0' && c <= '9' }
func isHex(c byte) bool             { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func isIdentStartASCII(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }
func isIdentCharASCII(c byte) bool  { return isIdentStartASCII(c) || isDigit(c) }

func (t *tokenizer) peekByte(off int) byte {
	if t.pos+off < len(t.src) {
		return t.src[t.pos+off]
	}
	return 0
}

func (t *tokenizer) name(start, sline, scol int) {
	src := t.src
	// string prefix?
	for t.pos < len(src) {
		c := src[t.pos]
		if c < 0x80 {
			if !isIdentCharASCII(c) {
				break
			}
			t.pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[t.pos:])
		if t.pos == start {
			if !isIDStart(r) {
				t.invalidChar(r, sline, scol)
				return
			}
		} else if !isIDContinue(r) {
			break
		}
		t.pos += size
	}
	if t.pos < len(src) && (src[t.pos] == '"' || src[t.pos] == '\'') && isStringPrefix(src[start:t.pos]) {
		t.str(start, sline, scol)
		return
	}
	word := src[start:t.pos]
	kind := tkName
	if len(word) >= 2 && len(word) <= 8 {
		if k, ok := keywords[word]; ok {
			kind = k
		}
	}
	t.emit(kind, start, sline, scol)
}

func (t *tokenizer) invalidChar(r rune, line, col int) {
	if unicodedata.IsPrintable(r) {
		t.fail("SyntaxError", fmt.Sprintf("invalid character '%c' (U+%04X)", r, r), line, col+1, line, 0)
	} else {
		t.fail("SyntaxError", fmt.Sprintf("invalid non-printable character U+%04X", r), line, col+1, line, 0)
	}
}

func isStringPrefix(p string) bool {
	switch len(p) {
	case 1:
		switch p[0] | 0x20 {
		case 'r', 'u', 'b', 'f':
			return true
		}
	case 2:
		a, b := p[0]|0x20, p[1]|0x20
		return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'))
	}
	return false
}

// str scans a string literal whose prefix (if any) starts at start and whose
// opening quote is at t.pos.
func (t *tokenizer) str(start, sline, scol int) {
	src := t.src
	q := src[t.pos]
	triple := t.pos+2 < len(src) && src[t.pos+1] == q && src[t.pos+2] == q
	if triple {
		t.pos += 3
		for {
			if t.pos >= len(src) {
				last := t.line
				if strings.HasSuffix(src, "\n") {
					last--
				}
				t.fail("SyntaxError", fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", last),
					sline, scol+1, sline, scol+1)
				return
			}
			c := src[t.pos]
			switch c {
			case '\\':
				t.pos++
				if t.pos < len(src) {
					if src[t.pos] == '\n' {
						t.pos++
						t.newline()
					} else {
						t.pos++
					}
				}
				continue
			case '\n':
				t.pos++
				t.newline()
				continue
			}
			t.pos++
			if c == q && t.pos+1 < len(src) && src[t.pos] == q && src[t.pos+1] == q {
				t.pos += 2
				break
			}
		}
	} else {
		t.pos++
		for {
			if t.pos >= len(src) || src[t.pos] == '\n' {
				t.fail("SyntaxError", fmt.Sprintf("unterminated string literal (detected at line %d)", t.line),
					sline, scol+1, sline, scol+1)
				return
			}
			c := src[t.pos]
			t.pos++
			if c == q {
				break
			}
			if c == '\\' && t.pos < len(src) {
				if src[t.pos] == '\n' {
					t.pos++
					t.newline()
				} else {
					t.pos++
				}
			}
		}
	}
	t.emit(tkString, start, sline, scol)
}

func (t *tokenizer) op(start, sline, scol int) {
	src := t.src
	c := src[t.pos]
	c1 := t.peekByte(1)
	c2 := t.peekByte(2)
	kind := lexer.TokenType(0)
	n := 1
	switch c {
	case '(':
		kind = tkLpar
	case ')':
		kind = tkRpar
	case '[':
		kind = tkLsqb
	case ']':
		kind = tkRsqb
	case '{':
		kind = tkLbrace
	case '}':
		kind = tkRbrace
	case ',':
		kind = tkComma
	case ';':
		kind = tkSemi
	case '~':
		kind = tkTilde
	case ':':
		kind, n = pick2(c1, '=', tkColonEqual, tkColon)
	case '+':
		kind, n = pick2(c1, '=', tkPlusEqual, tkPlus)
	case '-':
		if c1 == '>' {
			kind, n = tkRarrow, 2
		} else {
			kind, n = pick2(c1, '=', tkMinEqual, tkMinus)
		}
	case '*':
		if c1 == '*' {
			kind, n = pick2(c2, '=', tkDoubleStarEqual, tkDoubleStar)
			n++
		} else {
			kind, n = pick2(c1, '=', tkStarEqual, tkStar)
		}
	case '/':
		if c1 == '/' {
			kind, n = pick2(c2, '=', tkDoubleSlashEqual, tkDoubleSlash)
			n++
		} else {
			kind, n = pick2(c1, '=', tkSlashEqual, tkSlash)
		}
	case '|':
		kind, n = pick2(c1, '=', tkVbarEqual, tkVbar)
	case '&':
		kind, n = pick2(c1, '=', tkAmperEqual, tkAmper)
	case '^':
		kind, n = pick2(c1, '=', tkCircumflexEqual, tkCircumflex)
	case '%':
		kind, n = pick2(c1, '=', tkPercentEqual, tkPercent)
	case '@':
		kind, n = pick2(c1, '=', tkAtEqual, tkAt)
	case '=':
		kind, n = pick2(c1, '=', tkEqEqual, tkEqual)
	case '!':
		if c1 == '=' {
			kind, n = tkNotEqual, 2
		}
	case '<':
		switch c1 {
		case '<':
			kind, n = pick2(c2, '=', tkLeftShiftEqual, tkLeftShift)
			n++
		case '=':
			kind, n = tkLessEqual, 2
		default:
			kind = tkLess
		}
	case '>':
		switch c1 {
		case '>':
			kind, n = pick2(c2, '=', tkRightShiftEqual, tkRightShift)
			n++
		case '=':
			kind, n = tkGreaterEqual, 2
		default:
			kind = tkGreater
		}
	case '.':
		if c1 == '.' && c2 == '.' {
			kind, n = tkEllipsis, 3
		} else {
			kind = tkDot
		}
	}
	if kind == 0 {
		if c >= 0x80 {
			r, _ := utf8.DecodeRuneInString(src[t.pos:])
			t.invalidChar(r, sline, scol)
			return
		}
		if c < ' ' && c != '\t' || c == 0x7f {
			t.fail("SyntaxError", fmt.Sprintf("invalid non-printable character U+%04X", c), sline, scol+1, sline, 0)
			return
		}
		// '$', '?', '!', '`': the parser reports "invalid syntax" here
		t.pos++
		t.toks = append(t.toks, lexer.Token{Type: tkError, Value: "invalid syntax",
			Pos: lexer.Position{Filename: t.filename, Offset: start, Line: sline, Column: scol}})
		t.lineHasTok = true
		return
	}
	switch kind {
	case tkLpar, tkLsqb, tkLbrace:
		if len(t.parens) >= maxParens {
			t.fail("SyntaxError", "too many nested parentheses", sline, scol+1, sline, scol+2)
			return
		}
		t.parens = append(t.parens, paren{c, sline, scol})
	case tkRpar, tkRsqb, tkRbrace:
		if len(t.parens) == 0 {
			t.fail("SyntaxError", fmt.Sprintf("unmatched '%c'", c), sline, scol+1, sline, scol+1)
			return
		}
		p := t.parens[len(t.parens)-1]
		t.parens = t.parens[:len(t.parens)-1]
		want := map[byte]byte{'(': ')', '[': ']', '{': '}'}[p.ch]
		if want != c {
			if p.line != sline {
				t.fail("SyntaxError", fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, p.ch, p.line), sline, scol+1, sline, scol+1)
			} else {
				t.fail("SyntaxError", fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, p.ch), sline, scol+1, sline, scol+1)
			}
			return
		}
	}
	t.pos += n
	t.emit(kind, start, sline, scol)
}

func pick2(next, want byte, yes, no lexer.TokenType) (lexer.TokenType, int) {
	if next == want {
		return yes, 2
	}
	return no, 1
}

// number scans a numeric literal with CPython's tokenizer rules and errors.
func (t *tokenizer) number() {
	src := t.src
	start, sline, scol := t.pos, t.line, t.col()
	next := func() byte {
		t.pos++
		if t.pos < len(src) {
			return src[t.pos]
		}
		return 0
	}
	cur := func() byte {
		if t.pos < len(src) {
			return src[t.pos]
		}
		return 0
	}
	// errHere reports at the current position as CPython's syntaxerror(tok)
	// does: offset = bytes consumed so far on the line.
	errHere := func(msg string) {
		t.fail("SyntaxError", msg, t.line, t.col(), t.line, -2)
	}
	// decimalTail consumes digits with single underscores; on "_" not
	// followed by a digit it reports "invalid decimal literal".
	decimalTail := func() bool {
		for {
			for isDigit(cur()) {
				t.pos++
			}
			if cur() != '_' {
				return true
			}
			if !isDigit(next()) {
				errHere("invalid decimal literal")
				return false
			}
		}
	}
	endOK := func(kind string) bool {
		c := cur()
		r := false
		rest := src[t.pos:]
		switch c {
		case 'a':
			r = strings.HasPrefix(rest, "and")
		case 'e':
			r = strings.HasPrefix(rest, "else")
		case 'f':
			r = strings.HasPrefix(rest, "for")
		case 'i':
			r = len(rest) > 1 && (rest[1] == 'f' || rest[1] == 'n' || rest[1] == 's')
		case 'o':
			r = strings.HasPrefix(rest, "or")
		case 'n':
			r = strings.HasPrefix(rest, "not")
		}
		if r {
			return true
		}
		if isIdentCharASCII(c) || c >= 0x80 {
			// CPython backs up over c: the offset is c's 0-based column
			errHere("invalid " + kind + " literal")
			return false
		}
		return true
	}
	radix := func(kind string, ok func(byte) bool) {
		c := next()
		for {
			if c == '_' {
				c = next()
			}
			if !ok(c) {
				if kind == "octal" && isDigit(c) || kind == "binary" && isDigit(c) {
					t.pos++
					errHere(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
				} else {
					errHere("invalid " + kind + " literal")
				}
				return
			}
			for ok(c) {
				c = next()
			}
			if c != '_' {
				break
			}
		}
		if kind == "octal" && isDigit(c) || kind == "binary" && isDigit(c) {
			t.pos++
			errHere(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
			return
		}
		if endOK(kind) {
			t.emit(tkNumber, start, sline, scol)
		}
	}
	fraction := func() {
		// at '.', 'e', 'E', 'j', 'J' or end
		if cur() == '.' {
			t.pos++
			if isDigit(cur()) {
				if !decimalTail() {
					return
				}
			}
		}
		if c := cur(); c == 'e' || c == 'E' {
			save := t.pos
			c = next()
			if c == '+' || c == '-' {
				c = next()
				if !isDigit(c) {
					errHere("invalid decimal literal")
					return
				}
			} else if !isDigit(c) {
				t.pos = save
				if !endOK("decimal") {
					return
				}
				t.emit(tkNumber, start, sline, scol)
				return
			}
			if !decimalTail() {
				return
			}
		}
		if c := cur(); c == 'j' || c == 'J' {
			t.pos++
			if endOK("imaginary") {
				t.emit(tkNumber, start, sline, scol)
			}
			return
		}
		if endOK("decimal") {
			t.emit(tkNumber, start, sline, scol)
		}
	}
	c := src[t.pos]
	if c == '.' {
		fraction()
		return
	}
	if c == '0' {
		c = next()
		switch c {
		case 'x', 'X':
			radix("hexadecimal", isHex)
			return
		case 'o', 'O':
			radix("octal", func(c byte) bool { return c >= '0' && c <= '7' })
			return
		case 'b', 'B':
			radix("binary", func(c byte) bool { return c == '0' || c == '1' })
			return
		}
		nonzero := false
		for {
			for cur() == '0' {
				t.pos++
			}
			if cur() != '_' {
				break
			}
			if !isDigit(next()) {
				errHere("invalid decimal literal")
				return
			}
		}
		zerosEnd := t.col() // CPython's caret covers the leading zeros
		if isDigit(cur()) {
			nonzero = true
			if !decimalTail() {
				return
			}
		}
		c = cur()
		if c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J' {
			fraction()
			return
		}
		if nonzero {
			t.fail("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
				sline, scol+1, sline, zerosEnd+1)
			// CPython's tokenizer gives the line up to where it stopped.
			if t.err != nil && t.err.Lineno == t.line {
				t.err.Text = t.src[t.lineStart:t.pos]
			}
			return
		}
		if endOK("decimal") {
			t.emit(tkNumber, start, sline, scol)
		}
		return
	}
	if !decimalTail() {
		return
	}
	fraction()
}

// lexDef is the participle lexer definition for Python source. It lexes
// the whole input up front (the tokenizer needs the indent stack anyway).
type lexDef struct{}

// Symbols implements lexer.Definition.
func (lexDef) Symbols() map[string]lexer.TokenType { return symbols }

// Lex implements lexer.Definition.
func (lexDef) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	toks, err := Tokenize(filename, b)
	if err != nil {
		return nil, err
	}
	return &sliceLexer{toks: toks}, nil
}

// sliceLexer replays already lexed tokens to participle.
type sliceLexer struct {
	toks []lexer.Token
	i    int
}

func (s *sliceLexer) Next() (lexer.Token, error) {
	if s.i >= len(s.toks) {
		return s.toks[len(s.toks)-1], nil
	}
	tok := s.toks[s.i]
	s.i++
	return tok, nil
}
