package vm

import (
	"fmt"

	"minipy/lang/ast"
	"minipy/lang/compiler"
	"minipy/lang/parser"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"minipy/vm/objects"
)

// RunFile runs the script at path as __main__ and reports an uncaught
// exception as CPython does (its traceback on Interp.Stderr). It returns
// a non-nil error only when the file cannot be read; the process exit
// code is then in th.Interp.ExitCode.
func RunFile(th *Thread, path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	is := th.Interp
	if is.Path == nil {
		is.Path = append([]string{filepath.Dir(path)}, pythonPath()...)
	}
	th.runMain(src, path)
	return nil
}

// RunString runs source text as __main__ (python -c).
func RunString(th *Thread, src, filename string) {
	th.runMain([]byte(src), filename)
}

func pythonPath() []string {
	var out []string
	for _, p := range filepath.SplitList(os.Getenv("PYTHONPATH")) {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// runMain executes src in a fresh __main__ module; a Go panic becomes a
// SystemError naming the Go location.
func (th *Thread) runMain(src []byte, filename string) {
	ts := th.TS
	is := th.Interp
	m := NewModule(ts, "__main__", nil)
	if m == nil {
		th.reportUncaught()
		return
	}
	d := ModuleDict(m)
	objects.DictSetItemStr(ts, d, "__builtins__", is.BuiltinsModule)
	if filename != "<string>" && filename != "<stdin>" {
		fn := objects.NewStr(ts, filename)
		objects.DictSetItemStr(ts, d, "__file__", fn)
		objects.Decref(ts, fn)
	}
	objects.DictSetItemStr(ts, is.Modules, "__main__", m)
	objects.Decref(ts, m)
	ok := th.protect(func() bool { return th.execSource(m, src, filename) })
	if !ok {
		th.reportUncaught()
	} else {
		is.ExitCode = 0
	}
}

// protect runs fn and turns a Go panic into a SystemError.
func (th *Thread) protect(fn func() bool) (ok bool) {
	depth, frame := th.depth, th.frame
	defer func() {
		if r := recover(); r != nil {
			buf := make([]byte, 4096)
			n := runtime.Stack(buf, false)
			where := goPanicLocation(string(buf[:n]))
			// Drop the frames the panic abandoned.
			for th.frame != frame && th.frame != nil {
				f := th.frame
				th.frame = f.back
				if f.gen == nil {
					th.popFrameQuiet(f)
				}
			}
			th.depth = depth
			th.TS.Raisef(objects.SystemError, "Go panic: %v (at %s)", r, where)
			ok = false
		}
	}()
	return fn()
}

func (th *Thread) popFrameQuiet(f *Frame) {
	defer func() { recover() }()
	th.popFrame(f)
}

func goPanicLocation(stack string) string {
	lines := strings.Split(stack, "\n")
	for i, l := range lines {
		if strings.Contains(l, "panic(") && i+3 < len(lines) {
			return strings.TrimSpace(lines[i+3])
		}
	}
	return "unknown"
}

// reportUncaught handles the pending exception at the top level:
// SystemExit sets the exit code, anything else prints its traceback and
// sets exit code 1.
func (th *Thread) reportUncaught() {
	ts := th.TS
	exc := ts.FetchErr()
	if exc == nil {
		return
	}
	defer objects.Decref(ts, exc)
	is := th.Interp
	if exc.Type().IsSubtype(objects.SystemExit) && !is.Inspect {
		code := objects.SystemExitCode(exc)
		switch {
		case code == objects.None:
			is.ExitCode = 0
		case objects.AsInt(code) != nil:
			v, _ := objects.IntValue64(code)
			is.ExitCode = int(v)
		default:
			s := objects.StrOf(ts, code)
			if s != nil {
				fmt.Fprintln(is.Stderr, objects.StrValue(s))
				objects.Decref(ts, s)
			}
			ts.ClearErr()
			is.ExitCode = 1
		}
		return
	}
	fmt.Fprint(is.Stderr, th.FormatException(exc))
	is.ExitCode = 1
}

// FormatException renders exc with its chain and tracebacks exactly as
// CPython's default excepthook prints it.
func (th *Thread) FormatException(exc *Object) string {
	var b strings.Builder
	seen := map[*Object]bool{}
	th.formatChain(&b, exc, seen)
	return b.String()
}

func (th *Thread) formatChain(b *strings.Builder, exc *Object, seen map[*Object]bool) {
	seen[exc] = true
	if objects.AsBaseExc(exc) != nil {
		if c := objects.ExcCause(exc); c != nil && !seen[c] {
			th.formatChain(b, c, seen)
			b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		} else if c := objects.ExcContext(exc); c != nil && !seen[c] && !objects.ExcSuppressContext(exc) {
			th.formatChain(b, c, seen)
			b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
		}
		if tb := objects.ExcTraceback(exc); tb != nil && asTraceback(tb) != nil {
			b.WriteString("Traceback (most recent call last):\n")
			th.formatTraceback(b, tb)
		}
	}
	b.WriteString(th.formatExceptionOnly(exc))
}

func (th *Thread) formatTraceback(b *strings.Builder, tbo *Object) {
	var lastFile, lastName string
	lastLine, repeat := -1, 0
	flush := func() {
		if repeat > 3 {
			n := repeat - 3
			fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, map[bool]string{true: "", false: "s"}[n == 1])
		}
	}
	for tb := asTraceback(tbo); tb != nil; tb = asTraceback(tb.next) {
		co := tb.code()
		line := tb.lineno()
		file, name := co.C.Filename, co.C.Name
		if file == lastFile && name == lastName && line == lastLine {
			repeat++
			if repeat > 3 {
				continue
			}
		} else {
			flush()
			lastFile, lastName, lastLine, repeat = file, name, line, 1
		}
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", file, line, name)
		src := sourceLine(file, line)
		if src == "" {
			continue
		}
		stripped := strings.Trim(src, " \t\f\r\n")
		fmt.Fprintf(b, "    %s\n", stripped)
		if tb.lasti >= 0 && tb.lasti < len(co.locs) {
			b.WriteString(caretLine(src, co.locs[tb.lasti], line))
		}
	}
	flush()
}

func sourceLine(file string, line int) string {
	data, err := os.ReadFile(file)
	if err != nil || line <= 0 {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if line > len(lines) {
		return ""
	}
	return lines[line-1]
}

// formatExceptionOnly is the last line(s): "Type: message".
func (th *Thread) formatExceptionOnly(exc *Object) string {
	ts := th.TS
	t := exc.Type()
	name := t.QualName
	if name == "" {
		name = t.Name
	}
	if t.Module != "" && t.Module != "builtins" && t.Module != "__main__" {
		name = t.Module + "." + name
	}
	var prefix string
	if t.IsSubtype(objects.SyntaxError) {
		prefix = th.syntaxErrorLines(exc)
	}
	s := objects.StrOf(ts, exc)
	if s == nil {
		ts.ClearErr()
		return prefix + name + ": <exception str() failed>\n"
	}
	defer objects.Decref(ts, s)
	msg := objects.StrValue(s)
	if t.IsSubtype(objects.SyntaxError) {
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
		return prefix + name + "\n"
	}
	return prefix + name + ": " + msg + "\n"
}

func (th *Thread) syntaxErrorLines(exc *Object) string {
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
		fmt.Fprintf(&b, "  File \"%s\", line %d\n", objects.StrValue(fn), l)
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
// source line ("    ~~~^^^~~"), or "" when it is elided.
func caretLine(src string, loc compiler.Location, line int) string {
	if loc.Line != line || loc.Line <= 0 || loc.EndLine <= 0 || loc.Col < 0 || loc.EndCol < 0 {
		return ""
	}
	src = strings.TrimRight(src, "\r\n")
	start := charOffset(src, loc.Col)
	end := charOffset(src, loc.EndCol)
	left, right := -1, -1
	primary, secondary := "^", "^"
	if loc.Line == loc.EndLine {
		if loc.EndCol <= len(src) && loc.Col <= loc.EndCol {
			seg := src[loc.Col:loc.EndCol]
			if l, r, ok := caretAnchors(seg); ok {
				left = charOffset(seg, l) + start
				right = charOffset(seg, r) + start
				primary, secondary = "~", "^"
			}
		}
	} else {
		i := len(src) - 1
		for i >= 0 && isWS(src[i]) {
			i--
		}
		end = charOffset(src, i+1)
	}
	runes := []rune(src)
	trunc := 0
	for trunc < len(runes) && (runes[trunc] == ' ' || runes[trunc] == '\t' || runes[trunc] == '\f') {
		trunc++
	}
	stripped := strings.Trim(src, " \t\f\r\n")
	special := left != -1 || right != -1
	if end-start == len([]rune(stripped)) && !special {
		return ""
	}
	var b strings.Builder
	b.WriteString("    ")
	for off := trunc + 1; off <= end; off++ {
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

// caretAnchors parses the highlighted segment; for a binary operation or
// a subscript it returns the byte range of the operator or the brackets.
func caretAnchors(seg string) (left, right int, ok bool) {
	tree, err := parser.ParseFile("<segment>", []byte(seg))
	if err != nil || len(tree.Body) != 1 {
		return 0, 0, false
	}
	es, isExpr := tree.Body[0].(*ast.ExprStmt)
	if !isExpr {
		return 0, 0, false
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
			return left, right, true
		}
		return left, right, left != 0 || right != 0
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
		return left, right, true
	}
	return 0, 0, false
}
