package vm

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"minipy/lang/ast"
	"minipy/lang/compiler"
	"minipy/lang/parser"
	"minipy/vm/objects"
)

// Printing exceptions as CPython 3.11's default sys.excepthook does (the C
// code of Python/pythonrun.c, print_exception_recursive and friends, and
// Python/traceback.c): the chain of causes and contexts, each traceback
// with its source lines and caret lines, the "Type: message" line, the
// "Did you mean" suggestion, the __notes__, and exception groups drawn in
// nested boxes ("+-+---------------- 1 ----------------").

// Limits of the exception-group display (PyErr_Display's defaults).
const (
	excGroupMaxWidth  = 15
	excGroupMaxDepth  = 10
	tbRecursiveCutoff = 3    // identical lines shown before "[Previous line repeated ...]"
	tbDefaultLimit    = 1000 // PyTraceBack_LIMIT, when sys.tracebacklimit is unset
)

// excPrinter is CPython's struct exception_print_context.
type excPrinter struct {
	th         *Thread
	b          strings.Builder
	groupDepth int // exception_group_depth
	needClose  bool
	seen       map[*Object]bool
}

// FormatException renders exc with its chain and tracebacks exactly as
// CPython's default excepthook prints it.
func (th *Thread) FormatException(exc *Object) string {
	p := &excPrinter{th: th, seen: map[*Object]bool{}}
	p.recursive(exc)
	return p.b.String()
}

func (p *excPrinter) indent() int { return 2 * p.groupDepth }

func (p *excPrinter) margin() string {
	if p.groupDepth > 0 {
		return "| "
	}
	return ""
}

// writeMargin is write_indented_margin.
func (p *excPrinter) writeMargin() {
	p.b.WriteString(strings.Repeat(" ", p.indent()))
	p.b.WriteString(p.margin())
}

// recursive is print_exception_recursive.
func (p *excPrinter) recursive(exc *Object) {
	if p.seen != nil {
		p.causeAndContext(exc)
	}
	if objects.AsBaseExc(exc) != nil && exc.Type().IsSubtype(objects.BaseExceptionGroup) {
		p.group(exc)
	} else {
		p.exception(exc)
	}
}

// causeAndContext is print_exception_cause_and_context: the cause, or else
// (unless suppressed) the context, printed first, unless already shown.
func (p *excPrinter) causeAndContext(exc *Object) {
	p.seen[exc] = true
	if objects.AsBaseExc(exc) == nil {
		return
	}
	if c := objects.ExcCause(exc); c != nil {
		if !p.seen[c] {
			p.chained(c, "The above exception was the direct cause of the following exception:\n")
		}
		return
	}
	if objects.ExcSuppressContext(exc) {
		return
	}
	if c := objects.ExcContext(exc); c != nil && !p.seen[c] {
		p.chained(c, "During handling of the above exception, another exception occurred:\n")
	}
}

// chained is print_chained.
func (p *excPrinter) chained(exc *Object, message string) {
	needClose := p.needClose
	p.recursive(exc)
	p.needClose = needClose
	p.writeMargin()
	p.b.WriteString("\n")
	p.writeMargin()
	p.b.WriteString(message)
	p.writeMargin()
	p.b.WriteString("\n")
}

// exception is print_exception: traceback, message line, notes.
func (p *excPrinter) exception(exc *Object) {
	th := p.th
	if objects.AsBaseExc(exc) == nil {
		// print_exception_invalid_type
		p.writeMargin()
		fmt.Fprintf(&p.b, "TypeError: print_exception(): Exception expected for value, %s found\n", objects.TypeName(exc))
		return
	}
	if tb := objects.ExcTraceback(exc); tb != nil && asTraceback(tb) != nil {
		header, headerMargin := "Traceback (most recent call last):\n", p.margin()
		if exc.Type().IsSubtype(objects.BaseExceptionGroup) {
			header = "Exception Group Traceback (most recent call last):\n"
			if p.groupDepth == 1 {
				headerMargin = "+ "
			}
		}
		th.printTraceback(&p.b, tb, p.indent(), p.margin(), headerMargin, header)
	}
	pad := strings.Repeat(" ", p.indent()) + p.margin()
	p.b.WriteString(th.exceptionOnly(exc, pad))
	p.notes(exc)
}

// notes is print_exception_notes.
func (p *excPrinter) notes(exc *Object) {
	ts := p.th.TS
	notes := objects.GetAttrString(ts, exc, "__notes__")
	if notes == nil {
		ts.ClearErr()
		return
	}
	defer objects.Decref(ts, notes)
	if notes.Type().GetItem == nil || objects.AsDict(notes) != nil {
		p.writeMargin()
		if r := objects.Repr(ts, notes); r != nil {
			p.b.WriteString(objects.StrValue(r))
			objects.Decref(ts, r)
		} else {
			ts.ClearErr()
			p.b.WriteString("<__notes__ repr() failed>")
		}
		p.b.WriteString("\n")
		return
	}
	n := objects.Len(ts, notes)
	if n < 0 {
		ts.ClearErr()
		return
	}
	for i := 0; i < n; i++ {
		idx := objects.NewInt(ts, int64(i))
		note := objects.GetItem(ts, notes, idx)
		objects.Decref(ts, idx)
		if note == nil {
			ts.ClearErr()
			return
		}
		s := objects.StrOf(ts, note)
		objects.Decref(ts, note)
		if s == nil {
			ts.ClearErr()
			p.b.WriteString("<note str() failed>")
		} else {
			for _, line := range splitLinesKeepEnds(objects.StrValue(s)) {
				p.writeMargin()
				p.b.WriteString(line)
			}
			objects.Decref(ts, s)
		}
		p.b.WriteString("\n")
	}
}

// splitLinesKeepEnds is str.splitlines(keepends=True).
func splitLinesKeepEnds(s string) []string {
	var out []string
	rs := []rune(s)
	start := 0
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			end := i + 1
			if rs[i] == '\r' && i+1 < len(rs) && rs[i+1] == '\n' {
				end++
				i++
			}
			out = append(out, string(rs[start:end]))
			start = end
		}
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}

// group is print_exception_group: the group itself, then each of its
// exceptions in a numbered box, at most excGroupMaxWidth of them and
// excGroupMaxDepth levels deep.
func (p *excPrinter) group(exc *Object) {
	if p.groupDepth > excGroupMaxDepth {
		p.writeMargin()
		fmt.Fprintf(&p.b, "... (max_group_depth is %d)\n", excGroupMaxDepth)
		return
	}
	if p.groupDepth == 0 {
		p.groupDepth++
	}
	p.exception(exc)
	excs := objects.ExcGroupExceptions(exc)
	num := len(excs)
	n := num
	if num > excGroupMaxWidth {
		n = excGroupMaxWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			// The closing line may be drawn by a nested group instead.
			p.needClose = true
		}
		p.b.WriteString(strings.Repeat(" ", p.indent()))
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		truncated := i >= excGroupMaxWidth
		if truncated {
			fmt.Fprintf(&p.b, "%s+---------------- ... ----------------\n", lead)
		} else {
			fmt.Fprintf(&p.b, "%s+---------------- %d ----------------\n", lead, i+1)
		}
		p.groupDepth++
		if !truncated {
			p.recursive(excs[i])
		} else {
			rem := num - excGroupMaxWidth
			p.writeMargin()
			s := "s"
			if rem == 1 {
				s = ""
			}
			fmt.Fprintf(&p.b, "and %d more exception%s\n", rem, s)
		}
		if last && p.needClose {
			p.b.WriteString(strings.Repeat(" ", p.indent()))
			p.b.WriteString("+------------------------------------\n")
			p.needClose = false
		}
		p.groupDepth--
	}
	if p.groupDepth == 1 {
		p.groupDepth--
	}
}

// tracebackLimit is sys.tracebacklimit, or 1000 when unset.
func (th *Thread) tracebackLimit() int {
	d := th.Interp.SysDictOf(th.TS)
	if d == nil {
		return tbDefaultLimit
	}
	v := objects.DictGetItemStr(th.TS, d, "tracebacklimit")
	if v == nil || objects.AsInt(v) == nil {
		return tbDefaultLimit
	}
	n, ok := objects.IntValue64(v)
	if !ok {
		if objects.AsInt(v).Sign() < 0 {
			return 0
		}
		return 1 << 62
	}
	if n < 0 {
		return 0
	}
	return int(n)
}

// formatTraceback writes the entries of a traceback with no indentation
// (PyTraceBack_Print after its header).
func (th *Thread) formatTraceback(b *strings.Builder, tbo *Object) {
	th.printEntries(b, tbo, th.tracebackLimit(), 0, "")
}

// printTraceback is _PyTraceBack_Print_Indented: the header, then the
// entries, each line indented and margined (inside exception groups).
func (th *Thread) printTraceback(b *strings.Builder, tbo *Object, indent int, margin, headerMargin, header string) {
	limit := th.tracebackLimit()
	if limit <= 0 {
		return
	}
	b.WriteString(strings.Repeat(" ", indent))
	b.WriteString(headerMargin)
	b.WriteString(header)
	th.printEntries(b, tbo, limit, indent, margin)
}

// printEntries is tb_printinternal: the last limit entries, a run of more
// than three identical lines shown as "[Previous line repeated N more
// times]".
func (th *Thread) printEntries(b *strings.Builder, tbo *Object, limit, indent int, margin string) {
	depth := 0
	for tb := asTraceback(tbo); tb != nil; tb = asTraceback(tb.next) {
		depth++
	}
	tb := asTraceback(tbo)
	for tb != nil && depth > limit {
		depth--
		tb = asTraceback(tb.next)
	}
	var lastFile, lastName string
	lastLine, cnt := -1, 0
	repeated := func() {
		if cnt > tbRecursiveCutoff {
			n := cnt - tbRecursiveCutoff
			s := "s"
			if n == 1 {
				s = ""
			}
			fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, s)
		}
	}
	files := map[string][]string{}
	for ; tb != nil; tb = asTraceback(tb.next) {
		co := tb.code()
		line := tb.lineno()
		file, name := co.C.Filename, co.C.Name
		if lastLine == -1 || file != lastFile || line != lastLine || name != lastName {
			repeated()
			lastFile, lastName, lastLine, cnt = file, name, line, 0
		}
		cnt++
		if cnt > tbRecursiveCutoff {
			continue
		}
		pad := strings.Repeat(" ", indent) + margin
		fmt.Fprintf(b, "%s  File \"%s\", line %d, in %s\n", pad, file, line, name)
		src, ok := th.sourceLine(files, file, line)
		if !ok {
			continue
		}
		stripped := strings.TrimLeft(src, " \t\f")
		fmt.Fprintf(b, "%s    %s\n", pad, stripped)
		if tb.lasti >= 0 && tb.lasti < len(co.locs) {
			if c := caretLine(src, co.locs[tb.lasti], line); c != "" {
				b.WriteString(pad + c)
			}
		}
	}
	repeated()
}

// sourceLine is line number line of file (without its newline), as
// _Py_DisplaySourceLine finds it: the file by its name, else a file of
// that base name in a directory of sys.path. cache holds files read.
func (th *Thread) sourceLine(cache map[string][]string, file string, line int) (string, bool) {
	if line <= 0 || th.Interp.noSourceLines {
		return "", false
	}
	lines, ok := cache[file]
	if !ok {
		data, err := os.ReadFile(file)
		if err != nil && !filepath.IsAbs(file) {
			for _, dir := range th.Interp.Path {
				if data, err = os.ReadFile(filepath.Join(dir, file)); err == nil {
					break
				}
			}
		}
		if err == nil {
			lines = strings.SplitAfter(string(data), "\n")
		}
		cache[file] = lines
	}
	if line > len(lines) {
		return "", false
	}
	s := lines[line-1]
	s = strings.TrimSuffix(s, "\n")
	s = strings.TrimSuffix(s, "\r")
	return s, true
}

// exceptionOnly is the "Type: message" line with its suggestion and its
// newline (print_exception_file_and_line, print_exception_message and
// print_exception_suggestions); pad is the group indentation and margin.
func (th *Thread) exceptionOnly(exc *Object, pad string) string {
	var b strings.Builder
	ts := th.TS
	t := exc.Type()
	name := t.QualName
	if name == "" {
		name = t.Name
	}
	if t.Module != "" && t.Module != "builtins" && t.Module != "__main__" {
		name = t.Module + "." + name
	}
	isSyntax := t.IsSubtype(objects.SyntaxError)
	if isSyntax {
		b.WriteString(th.syntaxErrorLines(exc, pad))
	}
	b.WriteString(pad)
	s := objects.StrOf(ts, exc)
	if s == nil {
		ts.ClearErr()
		return b.String() + name + ": <exception str() failed>\n"
	}
	defer objects.Decref(ts, s)
	msg := objects.StrValue(s)
	if isSyntax {
		if m := objects.GetAttrString(ts, exc, "msg"); m != nil {
			if objects.AsStr(m) != nil {
				msg = objects.StrValue(m)
			}
			objects.Decref(ts, m)
		}
		ts.ClearErr()
	}
	if t.IsSubtype(objects.NameError) {
		if sug := th.nameErrorSuggestion(exc); sug != "" {
			msg += ". Did you mean: '" + sug + "'?"
		}
	} else if t.IsSubtype(objects.AttributeError) {
		if sug := th.attributeErrorSuggestion(exc); sug != "" {
			msg += ". Did you mean: '" + sug + "'?"
		}
	}
	if msg == "" {
		return b.String() + name + "\n"
	}
	return b.String() + name + ": " + msg + "\n"
}

// formatExceptionOnly is the last line(s): "Type: message".
func (th *Thread) formatExceptionOnly(exc *Object) string { return th.exceptionOnly(exc, "") }

// syntaxErrorLines is print_exception_file_and_line with print_error_text:
// the File line (margined) and the offending text with its carets.
func (th *Thread) syntaxErrorLines(exc *Object, pad string) string {
	ts := th.TS
	get := func(n string) *Object {
		v := objects.GetAttrString(ts, exc, n)
		if v == nil {
			ts.ClearErr()
		}
		return v
	}
	var b strings.Builder
	fn, ln := get("filename"), get("lineno")
	if fn != nil && objects.AsStr(fn) != nil && ln != nil && objects.AsInt(ln) != nil {
		l, _ := objects.IntValue64(ln)
		fmt.Fprintf(&b, "%s  File \"%s\", line %d\n", pad, objects.StrValue(fn), l)
	}
	text, off, endOff := get("text"), get("offset"), get("end_offset")
	if text != nil && objects.AsStr(text) != nil {
		src := strings.TrimRight(objects.StrValue(text), "\n")
		stripped := strings.TrimLeft(src, " \t\f")
		indent := len([]rune(src)) - len([]rune(stripped))
		fmt.Fprintf(&b, "    %s\n", stripped)
		if off != nil && objects.AsInt(off) != nil {
			o, _ := objects.IntValue64(off)
			e := o + 1
			if endOff != nil && objects.AsInt(endOff) != nil {
				if v, _ := objects.IntValue64(endOff); v > o {
					e = v
				}
			}
			start := int(o) - 1 - indent
			if start >= 0 {
				b.WriteString("    " + strings.Repeat(" ", start) + strings.Repeat("^", int(e-o)) + "\n")
			}
		}
	}
	for _, x := range []*Object{fn, ln, text, off, endOff} {
		objects.XDecref(ts, x)
	}
	return b.String()
}

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' }

// charOffset converts a UTF-8 byte offset in s to a character offset.
func charOffset(s string, byteOff int) int {
	if byteOff > len(s) {
		byteOff = len(s)
	}
	return len([]rune(s[:byteOff]))
}

// caretLine is CPython 3.11's error-location line under a traceback's
// source line ("    ~~~^^^~~"), or "" when it is elided (the location
// spans the whole stripped line and there is no operator or subscript to
// point at). src is the line without its newline.
func caretLine(src string, loc compiler.Location, line int) string {
	if loc.Line != line || loc.Line <= 0 || loc.EndLine <= 0 || loc.Col < 0 || loc.EndCol < 0 {
		return ""
	}
	start := charOffset(src, loc.Col)
	end := charOffset(src, loc.EndCol)
	left, right := -1, -1
	primary, secondary := "^", "^"
	if loc.Line == loc.EndLine {
		if loc.EndCol <= len(src) && loc.Col <= loc.EndCol {
			seg := src[loc.Col:loc.EndCol]
			if l, r, p, s, ok := caretAnchors(seg); ok {
				left = charOffset(seg, l) + start
				right = charOffset(seg, r) + start
				primary, secondary = p, s
			}
		}
	} else {
		// A multi-line expression: up to the line's last non-blank.
		i := len(src) - 1
		for i >= 0 && isWS(src[i]) {
			i--
		}
		end = charOffset(src, i+1)
	}
	runes := []rune(src)
	lead := 0
	for lead < len(runes) && (runes[lead] == ' ' || runes[lead] == '\t' || runes[lead] == '\f') {
		lead++
	}
	special := left != -1 || right != -1
	if end-start == len(runes)-lead && !special {
		return ""
	}
	var b strings.Builder
	b.WriteString("    ")
	for off := lead + 1; off <= end; off++ {
		switch {
		case off <= start:
			b.WriteByte(' ')
		case special && left < off && off <= right:
			b.WriteString(secondary)
		default:
			b.WriteString(primary)
		}
	}
	b.WriteByte('\n')
	return b.String()
}

// caretAnchors is extract_anchors_from_line: it parses the highlighted
// segment and, for a binary operation or a subscript, returns the byte
// range of the operator or of the brackets and the characters to draw.
func caretAnchors(seg string) (left, right int, primary, secondary string, ok bool) {
	primary, secondary = "^", "^"
	tree, err := parser.ParseFile("<segment>", []byte(seg))
	if err != nil || len(tree.Body) != 1 {
		return 0, 0, primary, secondary, false
	}
	es, isExpr := tree.Body[0].(*ast.ExprStmt)
	if !isExpr {
		return 0, 0, primary, secondary, false
	}
	switch e := es.Value.(type) {
	case *ast.BinOp:
		lend, rstart := e.Left.Position().EndColOffset, e.Right.Position().ColOffset
		for i := lend; i < rstart && i < len(seg); i++ {
			if isWS(seg[i]) {
				continue
			}
			left, right = i, i+1
			if i+1 < rstart && !isWS(seg[i+1]) {
				right++
			}
			if i+1 < rstart && seg[i] == ')' {
				continue
			}
			primary, secondary = "~", "^"
			break
		}
		return left, right, primary, secondary, true
	case *ast.Subscript:
		left = e.Value.Position().EndColOffset
		right = e.Slice.Position().EndColOffset + 1
		for left < len(seg) && (isWS(seg[left]) || seg[left] != '[') {
			left++
		}
		for right < len(seg) && (isWS(seg[right]) || seg[right] != ']') {
			right++
		}
		if right < len(seg) {
			right++
		}
		return left, right, "~", "^", true
	}
	return 0, 0, primary, secondary, false
}
