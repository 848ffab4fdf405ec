package parser

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"minipy/lang/ast"
	"minipy/lang/literal"
)

func (p *xp) number(t *lexer.Token) any {
	s := t.Value
	last := s[len(s)-1]
	if last == 'j' || last == 'J' {
		f, err := literal.ParseImag(s)
		if err != nil {
			p.failTok(t, err.Error())
		}
		return complex(0, f)
	}
	if len(s) < 19 && s[0] != '0' && strings.IndexAny(s, "._eE") < 0 {
		// fast path: a small decimal int
		v, err := strconv.ParseInt(s, 10, 64)
		if err == nil {
			return big.NewInt(v)
		}
	}
	if !(len(s) > 1 && s[0] == '0' && (s[1]|0x20 == 'x' || s[1]|0x20 == 'o' || s[1]|0x20 == 'b')) && strings.ContainsAny(s, ".eE") {
		f, err := literal.ParseFloat(s)
		if err != nil {
			p.failTok(t, err.Error())
		}
		return f
	}
	n, err := literal.ParseInt(s)
	if err != nil {
		if errors.Is(err, literal.ErrIntTooLong) {
			l, _ := p.tokStart(t)
			panic(&perr{kind: "SyntaxError", msg: err.Error(), line: l, col: -1, endLine: l, endCol: -1, pos: t.Pos, noEnd: true})
		}
		p.failTok(t, err.Error())
	}
	return n
}

// strPrefix splits a string token into its flags and body.
type strTok struct {
	raw, bytes, fmt, u bool
	body               string
	bodyOff            int // byte offset of body within the token value
}

func splitStr(v string) strTok {
	var s strTok
	i := 0
	for ; i < len(v) && v[i] != '"' && v[i] != '\''; i++ {
		switch v[i] | 0x20 {
		case 'r':
			s.raw = true
		case 'b':
			s.bytes = true
		case 'f':
			s.fmt = true
		case 'u':
			s.u = true
		}
	}
	q := 1
	if len(v)-i >= 6 && v[i+1] == v[i] && v[i+2] == v[i] {
		q = 3
	}
	s.bodyOff = i + q
	s.body = v[i+q : len(v)-q]
	return s
}

// strings parses one or more adjacent string literals (implicit
// concatenation), including f-strings, as CPython 3.11's
// _PyPegen_concatenate_strings does.
func (p *xp) strings() ast.Expr {
	first := p.peek()
	var buf [4]*lexer.Token
	toks := buf[:0]
	for p.at(tkString) {
		toks = append(toks, p.next())
	}
	pos := p.span(first)
	s0 := splitStr(first.Value)
	bytesMode := s0.bytes
	anyF := false
	for _, t := range toks {
		s := splitStr(t.Value)
		if s.bytes != bytesMode {
			p.failTok(p.peek(), "cannot mix bytes and nonbytes literals") // CPython: at the token after the strings
		}
		if s.fmt {
			anyF = true
		}
	}
	if bytesMode {
		var b []byte
		for _, t := range toks {
			s := splitStr(t.Value)
			d, err := literal.DecodeBytes(s.body, s.raw)
			if err != nil {
				p.failLiteral(t, err)
			}
			b = append(b, d...)
		}
		if b == nil {
			b = []byte{}
		}
		return &ast.Constant{Value: b, Pos: pos}
	}
	kind := ""
	if s0.u {
		kind = "u"
	}
	if !anyF {
		if len(toks) == 1 {
			return &ast.Constant{Value: p.decodeStrTok(toks[0], s0), Kind: kind, Pos: pos}
		}
		var sb strings.Builder
		for _, t := range toks {
			sb.WriteString(p.decodeStrTok(t, splitStr(t.Value)))
		}
		return &ast.Constant{Value: sb.String(), Kind: kind, Pos: pos}
	}
	fb := &fbuilder{p: p, pos: pos, kind: kind}
	for _, t := range toks {
		s := splitStr(t.Value)
		if !s.fmt {
			fb.lit.WriteString(p.decodeStrTok(t, s))
			continue
		}
		fb.t = t
		fb.tokStr = t.Value
		sl, sc := p.tokStart(t)
		el, ec := p.tokEnd(t)
		fb.tpos = ast.Pos{Lineno: sl, ColOffset: sc, EndLineno: el, EndColOffset: ec}
		body := s.body
		i := 0
		fb.parse(body, s.bodyOff, &i, s.raw, 0, &fb.values)
	}
	fb.flush(&fb.values, 0)
	return &ast.JoinedStr{Values: fb.values, Pos: pos}
}

func (p *xp) decodeStrTok(t *lexer.Token, s strTok) string {
	if s.raw {
		return s.body
	}
	d, err := literal.DecodeStr(s.body, false)
	if err != nil {
		p.failLiteral(t, err)
	}
	return d
}

// fbuilder accumulates the parts of an f-string concatenation.
type fbuilder struct {
	p      *xp
	pos    ast.Pos // the whole concatenation: top-level parts
	tpos   ast.Pos // the current token: format-spec parts (CPython 3.11)
	kind   string
	lit    strings.Builder
	values []ast.Expr
	t      *lexer.Token
	tokStr string
}

func (f *fbuilder) flush(into *[]ast.Expr, lvl int) {
	if f.lit.Len() > 0 {
		pos := f.pos
		if lvl > 0 {
			pos = f.tpos
		}
		*into = append(*into, &ast.Constant{Value: f.lit.String(), Kind: f.kind, Pos: pos})
		f.lit.Reset()
	}
}

// fail reports an error of the f-string scanner where CPython's
// string_parser does: at the token after the string literals.
func (f *fbuilder) fail(msg string) {
	f.p.failTok(f.p.peek(), msg)
}

// parse scans an f-string body from *i; at recursion level > 0 it stops at
// the '}' closing a format spec.
func (f *fbuilder) parse(body string, bodyOff int, i *int, raw bool, lvl int, into *[]ast.Expr) {
	for {
		// literal part
		s := *i
		start := s
		doubled := false
		for s < len(body) {
			ch := body[s]
			s++
			if !raw && ch == '\\' && s < len(body) {
				ch = body[s]
				s++
				if ch == 'N' {
					if s < len(body) && body[s] == '{' {
						s++
						for s < len(body) {
							c := body[s]
							s++
							if c == '}' {
								break
							}
						}
					}
					continue
				}
			}
			if ch == '{' || ch == '}' {
				if lvl == 0 {
					if s < len(body) && body[s] == ch {
						doubled = true
						break
					}
					if ch == '}' {
						f.fail("f-string: single '}' is not allowed")
					}
				}
				s--
				break
			}
		}
		lit := body[start:s]
		if lit != "" {
			if raw {
				f.lit.WriteString(lit)
			} else {
				d, err := literal.DecodeStr(lit, false)
				if err != nil {
					f.p.failTok(f.t, err.Error())
				}
				f.lit.WriteString(d)
			}
		}
		if doubled {
			*i = s + 1
			continue
		}
		*i = s
		if s >= len(body) || body[s] == '}' {
			break
		}
		// expression part: body[s] == '{'
		f.expr(body, bodyOff, i, raw, lvl, into)
	}
	if lvl == 0 && *i < len(body) {
		f.fail("f-string: unexpected end of string")
	}
	if lvl != 0 && (*i >= len(body) || body[*i] != '}') {
		f.fail("f-string: expecting '}'")
	}
}

func (f *fbuilder) expr(body string, bodyOff int, i *int, raw bool, lvl int, into *[]ast.Expr) {
	if lvl >= 2 {
		f.fail("f-string: expressions nested too deeply")
	}
	braceAt := *i
	s := *i + 1
	exprStart := s
	var quote byte
	strType := 0
	var stack []byte
	for ; s < len(body); s++ {
		ch := body[s]
		if ch == '\\' {
			f.fail("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if strType == 3 {
					if s+2 < len(body) && body[s+1] == ch && body[s+2] == ch {
						s += 2
						strType, quote = 0, 0
					}
				} else {
					strType, quote = 0, 0
				}
			}
			continue
		}
		if ch == '\'' || ch == '"' {
			if s+2 < len(body) && body[s+1] == ch && body[s+2] == ch {
				strType = 3
				s += 2
			} else {
				strType = 1
			}
			quote = ch
		} else if ch == '[' || ch == '{' || ch == '(' {
			if len(stack) >= maxParens {
				f.fail("f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		} else if ch == '#' {
			f.fail("f-string expression part cannot include '#'")
		} else if len(stack) == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<') {
			if s+1 < len(body) {
				next := body[s+1]
				if ch == '!' && next == '=' || ch == '=' && next == '=' || ch == '<' && next == '=' || ch == '>' && next == '=' {
					s++
					continue
				}
			}
			if ch == '>' || ch == '<' {
				continue
			}
			break
		} else if ch == ']' || ch == '}' || ch == ')' {
			if len(stack) == 0 {
				f.fail(fmt.Sprintf("f-string: unmatched '%c'", ch))
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}') {
				f.fail(fmt.Sprintf("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open))
			}
		}
	}
	exprEnd := s
	if quote != 0 {
		f.fail("f-string: unterminated string")
	}
	if len(stack) > 0 {
		f.fail(fmt.Sprintf("f-string: unmatched '%c'", stack[len(stack)-1]))
	}
	if s >= len(body) {
		f.fail("f-string: expecting '}'")
	}
	value := f.compile(body[exprStart:exprEnd], bodyOff+braceAt)
	conversion := -1
	var spec ast.Expr
	debug := false
	if body[s] == '=' {
		s++
		for s < len(body) && (body[s] == ' ' || body[s] == '\t' || body[s] == '\n' || body[s] == '\r' || body[s] == '\f' || body[s] == '\v') {
			s++
		}
		if s >= len(body) {
			f.fail("f-string: expecting '}'")
		}
		f.lit.WriteString(body[exprStart:s])
		debug = true
	}
	if body[s] == '!' {
		s++
		if s >= len(body) {
			f.fail("f-string: expecting '}'")
		}
		conversion = int(body[s])
		s++
		if !(conversion == 's' || conversion == 'r' || conversion == 'a') {
			f.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if s >= len(body) {
		f.fail("f-string: expecting '}'")
	}
	if body[s] == ':' {
		s++
		if s >= len(body) {
			f.fail("f-string: expecting '}'")
		}
		// the format spec is its own JoinedStr; literal text pending in
		// the outer builder stays there
		outer := f.lit.String()
		f.lit.Reset()
		var parts []ast.Expr
		*i = s
		f.parse(body, bodyOff, i, raw, lvl+1, &parts)
		f.flush(&parts, lvl+1)
		f.lit.WriteString(outer)
		s = *i
		if parts == nil {
			parts = []ast.Expr{}
		}
		spec = &ast.JoinedStr{Values: parts, Pos: f.tpos}
	}
	if s >= len(body) || body[s] != '}' {
		f.fail("f-string: expecting '}'")
	}
	s++
	*i = s
	if debug && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	// literal text before a replacement field spans the whole concatenation
	// at any level; only a format spec's trailing text spans its token
	f.flush(into, 0)
	// a FormattedValue spans the whole concatenation even inside a format
	// spec, whose JoinedStr and Constants span only the current token
	// (CPython 3.11's fstring_parse arguments)
	*into = append(*into, &ast.FormattedValue{Value: value, Conversion: conversion, FormatSpec: spec, Pos: f.pos})
}

// fstrShift maps positions inside a replacement field's sub-parse to the
// file, as CPython 3.11's fstring_find_expr_location and the parser's
// starting_lineno/starting_col_offset do.
type fstrShift struct {
	line0, col0 int
}

func (s *fstrShift) shift(l, c int) (int, int) {
	if l == 1 {
		return s.line0, s.col0 + c
	}
	return s.line0 + l - 1, c
}

// compile parses a replacement field's expression text. braceOff is the
// offset of its '{' within the token text.
func (f *fbuilder) compile(text string, braceOff int) ast.Expr {
	if strings.TrimLeft(text, " \t\n\f") == "" {
		f.fail("f-string: empty expression not allowed")
	}
	tok := f.tokStr
	lines, cols := 0, 0
	newlineAfterBrace := true
	for k := braceOff + 1; k < len(tok) && tok[k] != '}' && tok[k] != '\n'; k++ {
		if c := tok[k]; c != ' ' && c != '\t' && c != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	if !newlineAfterBrace {
		st := braceOff
		for st > 0 && tok[st] != '\n' {
			st--
		}
		cols = braceOff - st
		if tok[st] == '\n' {
			cols--
		}
	}
	lines = strings.Count(tok[:braceOff], "\n")
	sh := &fstrShift{line0: f.t.Pos.Line + lines}
	if lines == 0 {
		sh.col0 = f.t.Pos.Column + cols
	} else {
		sh.col0 = cols
	}
	if f.p.fstr != nil {
		// nested f-string inside a replacement field: compose shifts
		l, c := f.p.fstr.shift(sh.line0, sh.col0)
		if sh.line0 == 1 {
			sh.line0, sh.col0 = l, c
		} else {
			sh.line0 = l
		}
	}
	src := "(" + text + ")"
	toks, serr := tokenizeString(f.t.Pos.Filename, src)
	if serr != nil {
		f.fail("f-string: " + serr.Msg)
	}
	lx, _ := lexer.Upgrade(&sliceLexer{toks: toks})
	sub := &xp{lx: lx, fstr: sh, depth: f.p.depth}
	defer func() {
		// errors inside a replacement field are prefixed, as CPython does
		if r := recover(); r != nil {
			if e, ok := r.(*perr); ok && e.limit == "" && !strings.HasPrefix(e.msg, "f-string") {
				e.msg = "f-string: " + e.msg
				// CPython reports the sub-parser's own columns (on the real line)
				if e.line == sh.line0 {
					e.col -= sh.col0
				}
				if e.endLine == sh.line0 {
					e.endCol -= sh.col0
				}
			}
			panic(r)
		}
	}()
	e := sub.starExpressions()
	if !sub.at(tkNewline) && !sub.at(tkEOF) {
		sub.failTok(sub.peek(), "invalid syntax")
	}
	return e
}

// failLiteral reports a bad escape as CPython does: on the string token's
// last line, at its last character, no end. A non-ASCII character in bytes
// is reported on the whole token.
func (p *xp) failLiteral(t *lexer.Token, err error) {
	if err.Error() == literal.MsgBytesNonASCII {
		p.failTok(t, err.Error())
	}
	l, c := p.tokEnd(t)
	panic(&perr{kind: "SyntaxError", msg: err.Error(), line: l, col: c, endLine: l, endCol: c, noEnd: true, pos: t.Pos})
}
