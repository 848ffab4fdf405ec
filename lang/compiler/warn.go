package compiler

import (
	"fmt"
	"math/big"

	"minipy/lang/ast"
)

// Compile-time SyntaxWarnings, as CPython 3.11's compiler gives them: an
// `is` against a literal, an assert of a parenthesised tuple, and a call
// or subscript of a literal that cannot support it ("perhaps you missed a
// comma?"). They are reported through Options.Warn in the order code
// generation meets them, so a construct compiled twice (a finally body)
// warns twice, as in CPython.

// Warning is one compile-time warning: the line is the start of the
// construct (CPython's u_lineno at the time).
type Warning struct {
	Filename string
	Line     int
	Msg      string
	// Col and EndCol are 0-based byte offsets, EndLine the last line, of
	// the construct: the position of the SyntaxError it becomes when the
	// warnings filters turn it into an error.
	Col, EndLine, EndCol int
}

func (c *compiler) warn(n ast.Positioned, format string, args ...any) {
	if c.onWarn == nil {
		return
	}
	p := n.Position()
	c.onWarn(Warning{Filename: c.filename, Line: p.Lineno, Msg: fmt.Sprintf(format, args...),
		Col: p.ColOffset, EndLine: p.EndLineno, EndCol: p.EndColOffset})
}

// constType is the Python type name of a folded constant.
func constType(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case *big.Int:
		return "int"
	case float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case ast.EllipsisValue:
		return "ellipsis"
	case ConstTuple:
		return "tuple"
	case ConstFrozenset:
		return "frozenset"
	}
	return ""
}

// inferType is compile.c's infer_type: the type a node evaluates to when
// its kind alone tells, else "".
func (c *compiler) inferType(e ast.Expr) string {
	if v, ok := c.fold(e); ok {
		return constType(v)
	}
	switch e.(type) {
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.Lambda:
		return "function"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	case *ast.Slice:
		return "slice"
	}
	return ""
}

// checkCompare warns of the first `is`/`is not` with a literal operand
// (None, True, False and ... are fine).
func (c *compiler) checkCompare(e *ast.Compare) {
	isArg := func(x ast.Expr) bool {
		v, ok := c.fold(x)
		if !ok {
			return true
		}
		switch v.(type) {
		case nil, bool, ast.EllipsisValue:
			return true
		}
		return false
	}
	left := isArg(e.Left)
	for i, op := range e.Ops {
		right := isArg(e.Comparators[i])
		if (op == ast.Is || op == ast.IsNot) && (!left || !right) {
			if op == ast.Is {
				c.warn(e, "\"is\" with a literal. Did you mean \"==\"?")
			} else {
				c.warn(e, "\"is not\" with a literal. Did you mean \"!=\"?")
			}
			return
		}
		left = right
	}
}

// checkCaller warns when the called expression is a literal or display.
func (c *compiler) checkCaller(call *ast.Call) {
	f := call.Func
	switch f.(type) {
	case *ast.Constant, *ast.Tuple, *ast.List, *ast.ListComp, *ast.Dict, *ast.DictComp,
		*ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.JoinedStr, *ast.FormattedValue:
	default:
		if _, ok := c.fold(f); !ok {
			return
		}
	}
	c.warn(call, "'%s' object is not callable; perhaps you missed a comma?", c.inferType(f))
}

// checkSubscript warns when a loaded subscript's value cannot be
// subscripted (a number, None, ..., a set, a generator, a lambda), or is
// a sequence literal indexed by something that is neither an int nor a
// slice.
func (c *compiler) checkSubscript(e *ast.Subscript) {
	v := e.Value
	constVal, isConst := c.fold(v)
	subscripter := false
	if isConst {
		switch constVal.(type) {
		case nil, ast.EllipsisValue, *big.Int, bool, float64, complex128, ConstFrozenset:
			subscripter = true
		}
	} else {
		switch v.(type) {
		case *ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.Lambda:
			subscripter = true
		}
	}
	if subscripter {
		c.warn(e, "'%s' object is not subscriptable; perhaps you missed a comma?", c.inferType(v))
		return
	}
	idx := c.inferType(e.Slice)
	if idx == "" || idx == "int" || idx == "bool" || idx == "slice" {
		return
	}
	if isConst {
		switch constVal.(type) {
		case string, []byte, ConstTuple:
		default:
			return
		}
	} else {
		switch v.(type) {
		case *ast.Tuple, *ast.List, *ast.ListComp, *ast.JoinedStr, *ast.FormattedValue:
		default:
			return
		}
	}
	c.warn(e, "%s indices must be integers or slices, not %s; perhaps you missed a comma?", c.inferType(v), idx)
}

// checkAssert warns of `assert (test, msg)`: a non-empty tuple is always
// true.
func (c *compiler) checkAssert(s *ast.Assert) {
	if t, ok := s.Test.(*ast.Tuple); ok && len(t.Elts) > 0 {
		c.warn(s, "assertion is always true, perhaps remove parentheses?")
	}
}
