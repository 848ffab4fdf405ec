package parser

import (
	"fmt"

	"minipy/lang/ast"
	"strings"
	"unicode/utf8"
)

// SyntaxError is a Python SyntaxError (or one of its subclasses
// IndentationError and TabError, named by Kind). Offset and EndOffset are
// 1-based character columns as in CPython's SyntaxError.offset; EndOffset may
// be 0 or -1 where CPython leaves it so.
type SyntaxError struct {
	Kind      string
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string
	// AtEnd: the parser found the error at the end of the input (it
	// wanted more), which CPython places at the end of the last line;
	// the REPL reads it as an incomplete statement.
	AtEnd bool
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Lineno, e.Offset, e.Kind, e.Msg)
}

// Format returns what CPython prints for an uncaught SyntaxError after the
// traceback header: the file line, the source line, the caret line and the
// message (pythonrun.c's print_error_text).
func (e *SyntaxError) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Lineno)
	if e.Text != "" {
		// CPython's print_error_text works on the UTF-8 bytes of the line:
		// the character offsets become byte offsets first
		text := e.Text
		offset := charToByteCol(text, e.Offset)
		endOffset := charToByteCol(text, e.EndOffset)
		if e.EndLineno > e.Lineno {
			endOffset = -1
		}
		reps := 1
		if endOffset > 0 && endOffset > offset {
			reps = endOffset - offset
		}
		offset--
		for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
			text = text[1:]
			offset--
		}
		text = strings.TrimRight(text, "\n")
		if i := strings.IndexByte(text, '\n'); i >= 0 && i < offset {
			text = text[i+1:]
			offset -= i + 1
		}
		if offset > len(text) {
			offset = len(text)
		}
		b.WriteString("    ")
		b.WriteString(text)
		b.WriteByte('\n')
		if offset >= 0 {
			b.WriteString("    ")
			b.WriteString(strings.Repeat(" ", offset))
			b.WriteString(strings.Repeat("^", reps))
			b.WriteByte('\n')
		}
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}

// newSyntaxError builds a SyntaxError at a byte position: col1 and endCol1 are
// 1-based byte columns in the given source lines (values <= 0 are kept as
// they are, as CPython's -1 and 0 markers).
func newSyntaxError(kind, msg, filename, src string, line, col1, endLine, endCol1 int) *SyntaxError {
	if endCol1 == -2 {
		endCol1 = col1
	}
	text := lineText(src, line)
	e := &SyntaxError{Kind: kind, Msg: msg, Filename: filename, Lineno: line, EndLineno: endLine, Text: text}
	e.Offset = byteColToChars(text, col1)
	if endLine == line {
		e.EndOffset = byteColToChars(text, endCol1)
	} else {
		e.EndOffset = byteColToChars(lineText(src, endLine), endCol1)
	}
	return e
}

// byteColToChars converts a 1-based byte column into a 1-based character
// column of line.
func byteColToChars(line string, col1 int) int {
	if col1 <= 1 {
		return col1
	}
	if col1-1 > len(line) {
		return utf8.RuneCountInString(line) + (col1 - 1 - len(line)) + 1
	}
	return utf8.RuneCountInString(line[:col1-1]) + 1
}

// LimitError is input nested beyond what CPython's parser accepts, reported
// with the exception CPython raises: Kind is "MemoryError" (its parser stack,
// MAXSTACK) or "RecursionError" (converting a too deep tree).
type LimitError struct {
	Kind string
	Msg  string
}

func (e *LimitError) Error() string {
	if e.Msg == "" {
		return e.Kind
	}
	return e.Kind + ": " + e.Msg
}

// astDepthLimit is CPython 3.11's depth limit when building the ast objects
// (the recursion limit, 1000, times COMPILER_STACK_FRAME_SCALE, 3).
const astDepthLimit = 3000

// tooDeep reports whether n nests deeper than astDepthLimit, counting the
// depth d of n itself (the Module is depth 1). It stops descending at the limit.
func tooDeep(n ast.Node, d int) bool {
	if d > astDepthLimit {
		return true
	}
	deep := false
	ast.Inspect(n, func(c ast.Node) bool {
		if deep || c == nil || c == n {
			return !deep
		}
		if tooDeep(c, d+1) {
			deep = true
		}
		return false
	})
	return deep
}

// charToByteCol converts a 1-based character column of line into a 1-based
// byte column (values <= 0 are kept).
func charToByteCol(line string, col1 int) int {
	if col1 <= 1 {
		return col1
	}
	n := 0
	for i := range line {
		if n == col1-1 {
			return i + 1
		}
		n++
	}
	return len(line) + (col1 - 1 - n) + 1
}
