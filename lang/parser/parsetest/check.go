package parsetest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	"minipy/lang/ast"
	"minipy/lang/parser"
)

// Parse runs parser.ParseFile, turning a Go panic into an error (a panic is a
// parser bug; the harness reports it as a failure rather than dying).
func Parse(filename string, src []byte) (mod *ast.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, fmt.Errorf("Go panic: %v\n%s", r, debug.Stack())
		}
	}()
	return parser.ParseFile(filename, src)
}

// Check compares minipy's parse of the file at root/rec.Path with CPython's
// record. It returns "" when they agree: an identical dump with attributes
// when CPython parses the file, a *parser.SyntaxError at the same line when
// CPython rejects it. Otherwise it returns a description of the difference.
func Check(root string, rec Record) string {
	full := filepath.Join(root, filepath.FromSlash(rec.Path))
	src, err := os.ReadFile(full)
	if err != nil {
		return err.Error()
	}
	mod, err := Parse(full, src)
	if rec.OK {
		if err != nil {
			return "CPython parses it; minipy: " + err.Error()
		}
		got := ast.Dump(mod, true)
		if got != rec.Dump {
			return "dumps differ\n" + firstDiff(got, rec.Dump)
		}
		return ""
	}
	if err == nil {
		return fmt.Sprintf("CPython rejects it (%s at line %d: %s); minipy parses it", rec.ErrType, rec.Lineno, rec.Msg)
	}
	var se *parser.SyntaxError
	if !errors.As(err, &se) {
		return fmt.Sprintf("CPython: %s at line %d: %s; minipy: not a SyntaxError: %v", rec.ErrType, rec.Lineno, rec.Msg, err)
	}
	if se.Lineno != rec.Lineno {
		return fmt.Sprintf("CPython: %s at line %d: %s; minipy: %s at line %d: %s", rec.ErrType, rec.Lineno, rec.Msg, se.Kind, se.Lineno, se.Msg)
	}
	return ""
}
