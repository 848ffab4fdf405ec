package vm

import "minipy/vm/objects"

// What the traceback module (vm/builtins) needs of the built-in exception
// printer, so that traceback.format_exception and friends print exactly
// what an uncaught exception prints.

// FormatExceptionChain is FormatException with or without the chain of
// causes and contexts (traceback.format_exception's chain argument).
func (th *Thread) FormatExceptionChain(exc *Object, chain bool) string {
	p := &excPrinter{th: th}
	if chain {
		p.seen = map[*Object]bool{}
	}
	p.recursive(exc)
	return p.b.String()
}

// FormatExceptionOnly is the last lines of an exception's display: the
// SyntaxError's file, text and carets, "Type: message" with its
// suggestion, and the __notes__ (traceback.format_exception_only).
func (th *Thread) FormatExceptionOnly(exc *Object) string {
	p := &excPrinter{th: th}
	if objects.AsBaseExc(exc) == nil {
		return th.exceptionOnly(exc, "")
	}
	p.b.WriteString(th.exceptionOnly(exc, ""))
	p.notes(exc)
	return p.b.String()
}

// CaretLine is the caret line ("    ~~^^\n") the printer draws under the
// source line src (without its newline) of line number line, for a
// traceback entry or a frame object (its last instruction), or "" when
// there is none.
func CaretLine(o *Object, src string, line int) string {
	var co *Code
	var lasti int
	if tb := asTraceback(o); tb != nil {
		co, lasti = tb.code(), tb.lasti
	} else if o != nil && o.Type() == FrameType {
		fo := (*FrameObject)(ptr(o))
		co, lasti = fo.code(), fo.lasti()
	} else {
		return ""
	}
	if lasti < 0 || lasti >= len(co.locs) {
		return ""
	}
	return caretLine(src, co.locs[lasti], line)
}

// Position is the source span (line, end line, column, end column;
// columns in UTF-8 bytes from 0) of a traceback entry's instruction, as
// CPython's co_positions gives it; ok is false when there is none.
func Position(o *Object) (line, endLine, col, endCol int, ok bool) {
	tb := asTraceback(o)
	if tb == nil {
		return 0, 0, 0, 0, false
	}
	co := tb.code()
	if tb.lasti < 0 || tb.lasti >= len(co.locs) {
		return 0, 0, 0, 0, false
	}
	l := co.locs[tb.lasti]
	return l.Line, l.EndLine, l.Col, l.EndCol, true
}
