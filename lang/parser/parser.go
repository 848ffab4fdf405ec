package parser

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"minipy/lang/ast"
)

// stmtParser is built once; participle parsers are safe for concurrent use.
var stmtParser = sync.OnceValue(func() *participle.Parser[stmtG] {
	return participle.MustBuild[stmtG](participle.Lexer(lexDef{}), participle.UseLookahead(1))
})

// ParseFile parses a module. src is the file's raw bytes (decoded as CPython
// does: BOM, PEP 263 cookie, else UTF-8). The error, if any, is a
// *SyntaxError.
func ParseFile(filename string, src []byte) (*ast.Module, error) {
	text, err := decodeSource(filename, src)
	if err != nil {
		return nil, err
	}
	body, err := parseStmts(filename, text)
	if err != nil {
		return nil, err
	}
	return &ast.Module{Body: body}, nil
}

// ParseInteractive parses source as the REPL's 'single' mode does.
func ParseInteractive(filename string, src []byte) (*ast.Interactive, error) {
	text, err := decodeSource(filename, src)
	if err != nil {
		return nil, err
	}
	body, err := parseStmts(filename, text)
	if err != nil {
		return nil, err
	}
	// 'single' mode takes one statement (a simple line may hold several)
	if len(body) > 1 {
		first := body[0].Position()
		for _, s := range body[1:] {
			pos := s.Position()
			if pos.Lineno <= first.EndLineno {
				continue
			}
			if isSimple(body[0]) {
				line := lineText(text, first.EndLineno)
				col := len(strings.TrimRight(line, "\n"))
				return nil, newSyntaxError("SyntaxError", "multiple statements found while compiling a single statement",
					filename, text, first.EndLineno, col+1, first.EndLineno, col+1)
			}
			return nil, newSyntaxError("SyntaxError", "invalid syntax", filename, text,
				pos.Lineno, pos.ColOffset+1, pos.Lineno, pos.ColOffset+2)
		}
	}
	return &ast.Interactive{Body: body}, nil
}

// ParseExpr parses source in 'eval' mode.
func ParseExpr(filename string, src []byte) (*ast.Expression, error) {
	text, err := decodeSource(filename, src)
	if err != nil {
		return nil, err
	}
	toks, serr := tokenizeString(filename, text)
	if serr != nil {
		return nil, serr
	}
	lx, _ := lexer.Upgrade(&sliceLexer{toks: toks})
	var e ast.Expr
	perror := runXP(lx, func(p *xp) {
		e = p.expressions()
		for p.accept(tkNewline) {
		}
		if !p.at(tkEOF) {
			p.failTok(p.peek(), "invalid syntax")
		}
	})
	if perror != nil {
		var pe *perr
		if errors.As(perror, &pe) && pe.limit != "" {
			return nil, &LimitError{Kind: pe.limit, Msg: pe.msg}
		}
		return nil, toSyntaxError(perror, filename, text, toks)
	}
	return &ast.Expression{Body: e}, nil
}

// Dump is ast.Dump (CPython's ast.dump, with positions when asked).
func Dump(tree ast.Node, includeAttributes bool) string { return ast.Dump(tree, includeAttributes) }

func parseStmts(filename, text string) (body []ast.Stmt, rerr error) {
	toks, serr := tokenizeString(filename, text)
	if serr != nil {
		return nil, earlierParseError(filename, text, toks, serr)
	}
	markSoftKeywords(toks)
	body = []ast.Stmt{}
	p := stmtParser()
	start := 0
	for start < len(toks) && toks[start].Type != tkEOF {
		end, longRun := chunkEnd(toks, start)
		chunk := toks[start : end+1]
		// the chunk ends with an EOF at the next statement's position; its
		// Value is that token's (non-empty), "" only at the real end
		next := toks[end]
		toks[end] = lexer.Token{Type: tkEOF, Pos: next.Pos, Value: next.Value}
		var err error
		n := len(body)
		body, err = parseChunk(p, chunk, body)
		if err != nil {
			var pe *perr
			if errors.As(err, &pe) && pe.limit != "" {
				return nil, &LimitError{Kind: pe.limit, Msg: pe.msg}
			}
			return nil, toSyntaxError(err, filename, text, chunk)
		}
		toks[end] = next
		if longRun {
			// only a long logical line can nest deeper than the limit
			for _, s := range body[n:] {
				if tooDeep(s, 2) {
					return nil, &LimitError{Kind: "RecursionError", Msg: "maximum recursion depth exceeded during ast construction"}
				}
			}
		}
		start = end
	}
	return body, nil
}

func parseChunk(p *participle.Parser[stmtG], chunk []lexer.Token, body []ast.Stmt) (out []ast.Stmt, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*perr); ok {
				err = e
				return
			}
			if _, bug := r.(runtime.Error); bug {
				panic(r) // a bug in this package: let tests and fuzzers see it
			}
			// a participle panic (e.g. "branch accepted but did not progress
			// the lexer"): report it as a syntax error, never crash
			err = &perr{kind: "SyntaxError", msg: "invalid syntax", line: chunk[0].Pos.Line, col: chunk[0].Pos.Column,
				endLine: chunk[0].Pos.Line, endCol: chunk[0].Pos.Column + 1, pos: chunk[0].Pos}
		}
	}()
	lx, err := lexer.Upgrade(&sliceLexer{toks: chunk})
	if err != nil {
		return nil, err
	}
	g, err := p.ParseFromLexer(lx)
	if err != nil {
		return nil, err
	}
	return lowerStmt(g, body), nil
}

// chunkEnd returns the index where the top-level statement starting at
// start ends (the first token of the next one, or EOF).
// longRun reports a logical line longer than astDepthLimit tokens.
func chunkEnd(toks []lexer.Token, start int) (end int, longRun bool) {
	depth := 0
	decorator := toks[start].Type == tkAt
	// consecutive simple statements form one chunk (one participle call)
	simple := canStartSmall(toks[start].Type)
	lineStart := start
	for i := start; i < len(toks); i++ {
		switch toks[i].Type {
		case tkEOF:
			return i, longRun || i-lineStart > astDepthLimit-100
		case tkIndent:
			depth++
		case tkDedent:
			depth--
		case tkNewline:
			if i-lineStart > astDepthLimit-100 {
				longRun = true
			}
			lineStart = i
		default:
			continue
		}
		if depth > 0 || i+1 >= len(toks) {
			continue
		}
		next := toks[i+1].Type
		switch next {
		case tkDedent, tkElif, tkElse, tkExcept, tkFinally, tkIndent:
			continue
		}
		if simple && toks[i].Type == tkNewline && canStartSmall(next) {
			continue
		}
		if toks[i].Type == tkNewline && decorator {
			if next == tkAt {
				continue
			}
			if next == tkDef || next == tkClass || next == tkAsync {
				decorator = false
				continue
			}
		}
		return i + 1, longRun
	}
	return len(toks) - 1, longRun
}

// markSoftKeywords retypes a line-initial "match" that starts a match
// statement: the logical line ends with ':' and an indented block follows.
func markSoftKeywords(toks []lexer.Token) {
	for i := range toks {
		t := &toks[i]
		if t.Type != tkName || t.Value != "match" {
			continue
		}
		if i > 0 {
			switch toks[i-1].Type {
			case tkNewline, tkIndent, tkDedent:
			default:
				continue
			}
		}
		if i+1 < len(toks) {
			switch toks[i+1].Type {
			case tkEqual, tkDot, tkNewline, tkColon, tkComma, tkRpar, tkEOF:
				continue
			}
			if _, ok := augOp(toks[i+1].Type); ok {
				continue
			}
		}
		for j := i + 1; j < len(toks); j++ {
			if toks[j].Type == tkNewline || toks[j].Type == tkEOF {
				if toks[j-1].Type == tkColon {
					t.Type = tkMatchKw
				}
				break
			}
		}
	}
}

// toSyntaxError maps participle and parser errors to CPython's messages.
func toSyntaxError(err error, filename, text string, toks []lexer.Token) *SyntaxError {
	var pe *perr
	if errors.As(err, &pe) {
		if pe.limit != "" {
			return nil
		}
		if nc := neverClosed(toks, &lexer.Token{Pos: lexer.Position{Line: pe.line, Column: pe.col}}); nc != nil && pe.msg == "invalid syntax" || nc != nil && strings.HasPrefix(pe.msg, "expected '") {
			return perrToSyntax(nc, filename, text)
		}
		return perrToSyntax(pe, filename, text)
	}
	var se *SyntaxError
	if errors.As(err, &se) {
		return se
	}
	var ute *participle.UnexpectedTokenError
	if errors.As(err, &ute) {
		idx := -1
		for i := range toks {
			if toks[i].Pos == ute.Unexpected.Pos && toks[i].Type == ute.Unexpected.Type {
				idx = i
				break
			}
		}
		t := ute.Unexpected
		tp := &t
		if idx >= 0 {
			tp = &toks[idx]
		}
		expect := ute.Error()
		if i := strings.Index(expect, "(expected "); i >= 0 {
			expect = expect[i+len("(expected "):]
		} else {
			expect = ""
		}
		if nc := neverClosed(toks, tp); nc != nil {
			return perrToSyntax(nc, filename, text)
		}
		return perrToSyntax(unexpected(toks, idx, tp, expect), filename, text)
	}
	var pce participle.Error
	if errors.As(err, &pce) {
		pos := pce.Position()
		return newSyntaxError("SyntaxError", "invalid syntax", filename, text, pos.Line, pos.Column+1, pos.Line, pos.Column+2)
	}
	return &SyntaxError{Kind: "SyntaxError", Msg: err.Error(), Filename: filename}
}

func perrToSyntax(pe *perr, filename, text string) *SyntaxError {
	if !pe.noEnd && pe.limit == "" {
		if se := eofSyntaxError(pe, filename, text); se != nil {
			return se
		}
	}
	endCol1 := pe.endCol + 1
	if pe.noEnd {
		if strings.HasSuffix(pe.msg, "never closed") {
			endCol1 = 0
		} else {
			endCol1 = -1
		}
	}
	return newSyntaxError(pe.kind, pe.msg, filename, text, pe.line, pe.col+1, pe.endLine, endCol1)
}

var blockNames = map[lexer.TokenType]string{
	tkIf: "'if' statement", tkElif: "'elif' statement", tkElse: "'else' statement",
	tkWhile: "'while' statement", tkFor: "'for' statement", tkWith: "'with' statement",
	tkTry: "'try' statement", tkExcept: "'except' statement", tkFinally: "'finally' statement",
	tkDef: "function definition", tkClass: "class definition", tkMatchKw: "'match' statement",
}

// unexpected builds the error for a token participle could not accept.
func unexpected(toks []lexer.Token, idx int, t *lexer.Token, expect string) *perr {
	// Found at the end of the input (before t may be moved back to the
	// NEWLINE CPython points at): perrToSyntax places it as CPython.
	endOfInput := t.Type == tkEOF || t.Type == tkDedent
	mk := func(kind, msg string) *perr {
		l, c := t.Pos.Line, t.Pos.Column
		el, ec := tokEndRaw(t)
		if t.Type == tkNewline || t.Type == tkEOF || t.Type == tkDedent || t.Type == tkIndent {
			el, ec = l, c+1
		}
		return &perr{kind: kind, msg: msg, line: l, col: c, endLine: el, endCol: ec, pos: t.Pos,
			eof: endOfInput}
	}
	switch t.Type {
	case tkError:
		e := mk("SyntaxError", t.Value)
		e.noEnd = strings.HasSuffix(t.Value, "never closed")
		return e
	case tkIndent:
		if idx >= 2 && toks[idx-1].Type == tkNewline && toks[idx-2].Type != tkColon || idx == 0 {
			// CPython's offset is the indentation width (no caret is shown)
			e := mk("IndentationError", "unexpected indent")
			e.col--
			e.noEnd = true
			return e
		}
	}
	if idx >= 1 && t.Type != tkColon {
		switch toks[idx-1].Type {
		case tkTry, tkFinally, tkElse:
			return mk("SyntaxError", "expected ':'")
		}
	}
	if t.Type == tkNewline && idx >= 1 && idx+1 < len(toks) && toks[idx-1].Type == tkColon && toks[idx+1].Type != tkIndent {
		idx++
		t = &toks[idx]
	}
	// a block was expected after "...:" NEWLINE
	if idx >= 2 && toks[idx-1].Type == tkNewline && toks[idx-2].Type == tkColon && t.Type != tkIndent {
		// find the line's first token
		j := idx - 2
		for j > 0 {
			k := toks[j-1].Type
			if k == tkNewline || k == tkIndent || k == tkDedent {
				break
			}
			j--
		}
		if t.Type == tkEOF && t.Value == "" {
			// at end of input CPython points at the NEWLINE
			t = &toks[idx-1]
		}
		kw := toks[j]
		name := ""
		if kw.Type == tkAsync && j+1 < len(toks) {
			kw = toks[j+1]
		}
		if n, ok := blockNames[kw.Type]; ok {
			name = n
		} else if kw.Type == tkName && kw.Value == "case" {
			name = "'case' statement"
		} else if kw.Type == tkExcept && j+1 < len(toks) && toks[j+1].Type == tkStar {
			name = "'except*' statement"
		}
		if name != "" {
			if kw.Type == tkExcept && j+1 < len(toks) && toks[j+1].Type == tkStar {
				name = "'except*' statement"
			}
			return mk("IndentationError", fmt.Sprintf("expected an indented block after %s on line %d", name, kw.Pos.Line))
		}
		return mk("IndentationError", "expected an indented block")
	}
	if strings.HasPrefix(expect, `":"`) {
		// except clauses have no forced ':' in CPython's grammar: only a
		// NEWLINE right after the header gets "expected ':'"
		j := idx
		for j > 0 {
			k := toks[j-1].Type
			if k == tkNewline || k == tkIndent || k == tkDedent {
				break
			}
			j--
		}
		if idx < 0 || toks[j].Type != tkExcept || t.Type == tkNewline {
			return mk("SyntaxError", "expected ':'")
		}
	}
	if strings.Contains(expect, `"except"`) || strings.Contains(expect, `"finally"`) {
		if t.Type != tkExcept && t.Type != tkFinally {
			return mk("SyntaxError", "expected 'except' or 'finally' block")
		}
	}
	return mk("SyntaxError", "invalid syntax")
}

// neverClosed returns the "'(' was never closed" error when input ended
// inside a bracket opened on a line before the failing token (CPython's
// check of the tokenizer's level on a parse error).
func neverClosed(toks []lexer.Token, at *lexer.Token) *perr {
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-3; i-- {
		t := &toks[i]
		if t.Type == tkError && strings.HasSuffix(t.Value, "never closed") {
			if at.Type == tkError || at.Pos.Line <= t.Pos.Line {
				return nil
			}
			return &perr{kind: "SyntaxError", msg: t.Value, line: t.Pos.Line, col: t.Pos.Column,
				endLine: t.Pos.Line, endCol: t.Pos.Column + 1, noEnd: true, pos: t.Pos}
		}
	}
	return nil
}

// earlierParseError decides between a tokenizer error and a parse error in
// the tokens before it. CPython tokenizes lazily, so a parse error found
// first wins, unless it is the generic "invalid syntax", which CPython
// replaces by a tokenizer error found later in the file.
func earlierParseError(filename, text string, toks []lexer.Token, serr *SyntaxError) error {
	if len(toks) == 0 {
		return serr
	}
	// the partial stream ends at the failing line: cut it at the last
	// complete logical line so the cut itself is no error
	n := len(toks)
	for n > 0 && toks[n-1].Type != tkNewline {
		n--
	}
	if n == 0 {
		return serr
	}
	part := make([]lexer.Token, n, n+1)
	copy(part, toks[:n])
	// the cut is placed at the tokenizer error's line, so that an error
	// at the cut never counts as earlier
	part = append(part, lexer.Token{Type: tkEOF, Value: "<cut>", Pos: lexer.Position{Filename: filename, Line: serr.Lineno, Offset: -2}})
	p := stmtParser()
	for start := 0; start < len(part) && part[start].Type != tkEOF; {
		end, _ := chunkEnd(part, start)
		chunk := part[start : end+1]
		next := part[end]
		part[end] = lexer.Token{Type: tkEOF, Pos: next.Pos, Value: next.Value}
		if _, err := parseChunk(p, chunk, nil); err != nil {
			se := toSyntaxError(err, filename, text, chunk)
			if se != nil && se.Msg != "invalid syntax" && se.Lineno < serr.Lineno {
				return se
			}
			return serr
		}
		part[end] = next
		start = end
	}
	return serr
}

// isSimple reports whether s is a simple (not a compound) statement.
func isSimple(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.If, *ast.While, *ast.For, *ast.AsyncFor, *ast.Try, *ast.TryStar, *ast.With, *ast.AsyncWith,
		*ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Match:
		return false
	}
	return true
}

// eofSyntaxError places an error found at the end of the input where
// CPython's ENDMARKER is: the end of the last line (blank or not), with no
// end offset (so no caret) and the line's text ending in a newline. nil
// when pe is not past the end of text.
func eofSyntaxError(pe *perr, filename, text string) *SyntaxError {
	lines := strings.Split(text, "\n")
	n := len(lines)
	if strings.HasSuffix(text, "\n") {
		n--
	}
	if n == 0 {
		return nil
	}
	last := lines[n-1]
	if !(pe.line > n || pe.eof && pe.line == n && pe.col >= len(last)) {
		return nil
	}
	se := newSyntaxError(pe.kind, pe.msg, filename, text, n, len(last)+1, n, -1)
	se.Text = last + "\n"
	se.EndLineno, se.EndOffset = n, -1
	se.AtEnd = true
	return se
}
