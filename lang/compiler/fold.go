package compiler

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"minipy/lang/ast"
)

// Constant folding, as CPython 3.11's AST optimizer (ast_opt.c) does, so
// that co_consts look like CPython's: arithmetic on constants, tuples of
// constants, constant subscripts, `-1`, `not <const>` and `__debug__`. It is
// done lazily during code generation (fold is memoised per node) rather
// than by rewriting the tree, so the caller's AST is left untouched.
//
// Limits as CPython's: results bigger than these are not folded.
const (
	maxIntSize        = 128  // bits
	maxCollectionSize = 256  // items
	maxStrSize        = 4096 // characters (bytes here)
	maxTotalItems     = 1024 // items in nested constant tuples
)

// fold returns the constant value of e, or (nil, false).
func (c *compiler) fold(e ast.Expr) (any, bool) {
	if e == nil {
		return nil, false
	}
	if r, ok := c.folded[e]; ok {
		return r.v, r.ok
	}
	v, ok := c.fold1(e)
	c.folded[e] = foldResult{v, ok}
	return v, ok
}

type foldResult struct {
	v  any
	ok bool
}

func (c *compiler) fold1(e ast.Expr) (any, bool) {
	switch e := e.(type) {
	case *ast.Constant:
		return e.Value, true
	case *ast.Name:
		if e.Ctx == ast.Load && e.Id == "__debug__" {
			return c.optimize == 0, true
		}
	case *ast.Tuple:
		if e.Ctx != ast.Load {
			return nil, false
		}
		items := make(ConstTuple, len(e.Elts))
		for i, x := range e.Elts {
			v, ok := c.fold(x)
			if !ok {
				return nil, false
			}
			items[i] = v
		}
		return items, true
	case *ast.UnaryOp:
		v, ok := c.fold(e.Operand)
		if !ok {
			return nil, false
		}
		return foldUnary(e.Op, v)
	case *ast.BinOp:
		l, ok := c.fold(e.Left)
		if !ok {
			return nil, false
		}
		r, ok := c.fold(e.Right)
		if !ok {
			return nil, false
		}
		return foldBinary(e.Op, l, r)
	case *ast.Subscript:
		if e.Ctx != ast.Load {
			return nil, false
		}
		v, ok := c.fold(e.Value)
		if !ok {
			return nil, false
		}
		k, ok := c.fold(e.Slice)
		if !ok {
			return nil, false
		}
		return foldSubscript(v, k)
	}
	return nil, false
}

// asInt returns v as an integer when it is an int or a bool.
func asInt(v any) (*big.Int, bool) {
	switch v := v.(type) {
	case *big.Int:
		return v, true
	case bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

func asFloat(v any) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case *big.Int, bool:
		i, _ := asInt(v)
		if i.BitLen() > 1023 {
			return 0, false
		}
		f, _ := new(big.Float).SetInt(i).Float64()
		return f, true
	}
	return 0, false
}

func truth(v any) (bool, bool) {
	switch v := v.(type) {
	case nil:
		return false, true
	case bool:
		return v, true
	case *big.Int:
		return v.Sign() != 0, true
	case float64:
		return v != 0, true
	case complex128:
		return v != 0, true
	case string:
		return v != "", true
	case []byte:
		return len(v) != 0, true
	case ConstTuple:
		return len(v) != 0, true
	case ConstFrozenset:
		return len(v) != 0, true
	case ast.EllipsisValue, *Code:
		return true, true
	}
	return false, false
}

func foldUnary(op ast.Unaryop, v any) (any, bool) {
	if op == ast.Not {
		t, ok := truth(v)
		return !t, ok
	}
	if i, ok := asInt(v); ok {
		switch op {
		case ast.USub:
			return new(big.Int).Neg(i), true
		case ast.UAdd:
			return new(big.Int).Set(i), true
		case ast.Invert:
			return new(big.Int).Not(i), true
		}
	}
	switch v := v.(type) {
	case float64:
		switch op {
		case ast.USub:
			return -v, true
		case ast.UAdd:
			return v, true
		}
	case complex128:
		switch op {
		case ast.USub:
			return -v, true
		case ast.UAdd:
			return v, true
		}
	}
	return nil, false
}

func seqLen(v any) (int, bool) {
	switch v := v.(type) {
	case string:
		return utf8.RuneCountInString(v), true
	case []byte:
		return len(v), true
	case ConstTuple:
		return len(v), true
	}
	return 0, false
}

func foldBinary(op ast.Operator, l, r any) (any, bool) {
	// bool's &, | and ^ return a bool when both operands are bools.
	if lb, ok := l.(bool); ok {
		if rb, ok := r.(bool); ok {
			switch op {
			case ast.BitAnd:
				return lb && rb, true
			case ast.BitOr:
				return lb || rb, true
			case ast.BitXor:
				return lb != rb, true
			}
		}
	}
	li, lint := asInt(l)
	ri, rint := asInt(r)
	if lint && rint {
		return foldIntOp(op, li, ri)
	}
	_, lc := l.(complex128)
	_, rc := r.(complex128)
	if lc || rc {
		lf, ok1 := asComplex(l)
		rf, ok2 := asComplex(r)
		if !ok1 || !ok2 {
			return nil, false
		}
		switch op {
		case ast.Add:
			return lf + rf, true
		case ast.Sub:
			return lf - rf, true
		case ast.Mult:
			if real(lf) == 0 && imag(lf) == 0 || real(rf) == 0 && imag(rf) == 0 {
				break // signed zeros: leave it to run time
			}
			return complex(real(lf)*real(rf)-imag(lf)*imag(rf), real(lf)*imag(rf)+imag(lf)*real(rf)), true
		}
		return nil, false
	}
	lf, lok := asFloat(l)
	rf, rok := asFloat(r)
	_, lisF := l.(float64)
	_, risF := r.(float64)
	if lok && rok && (lisF || risF) {
		return foldFloatOp(op, lf, rf)
	}
	// Sequences.
	switch op {
	case ast.Add:
		switch a := l.(type) {
		case string:
			if b, ok := r.(string); ok && len(a)+len(b) <= maxStrSize {
				return a + b, true
			}
		case []byte:
			if b, ok := r.([]byte); ok && len(a)+len(b) <= maxStrSize {
				return append(append([]byte{}, a...), b...), true
			}
		case ConstTuple:
			if b, ok := r.(ConstTuple); ok && len(a)+len(b) <= maxCollectionSize {
				return append(append(ConstTuple{}, a...), b...), true
			}
		}
	case ast.Mult:
		seq, n := l, ri
		if !rint {
			seq, n = r, li
			if !lint {
				return nil, false
			}
		}
		if _, ok := seqLen(seq); !ok {
			return nil, false
		}
		if !n.IsInt64() || n.Int64() > maxCollectionSize*maxStrSize {
			return nil, false
		}
		k := max(int(n.Int64()), 0)
		switch s := seq.(type) {
		case string:
			if len(s)*k > maxStrSize {
				return nil, false
			}
			out := ""
			for range k {
				out += s
			}
			return out, true
		case []byte:
			if len(s)*k > maxStrSize {
				return nil, false
			}
			out := []byte{}
			for range k {
				out = append(out, s...)
			}
			return out, true
		case ConstTuple:
			if len(s)*k > maxCollectionSize {
				return nil, false
			}
			out := ConstTuple{}
			for range k {
				out = append(out, s...)
			}
			return out, true
		}
	}
	return nil, false
}

func asComplex(v any) (complex128, bool) {
	if c, ok := v.(complex128); ok {
		return c, true
	}
	f, ok := asFloat(v)
	return complex(f, 0), ok
}

func foldIntOp(op ast.Operator, a, b *big.Int) (any, bool) {
	z := new(big.Int)
	switch op {
	case ast.Add:
		return z.Add(a, b), true
	case ast.Sub:
		return z.Sub(a, b), true
	case ast.Mult:
		if a.Sign() != 0 && b.Sign() != 0 && a.BitLen()+b.BitLen() > maxIntSize {
			return nil, false
		}
		return z.Mul(a, b), true
	case ast.FloorDiv, ast.ModOp:
		if b.Sign() == 0 {
			return nil, false
		}
		q, m := new(big.Int).QuoRem(a, b, new(big.Int))
		if m.Sign() != 0 && m.Sign() != b.Sign() {
			q.Sub(q, big.NewInt(1))
			m.Add(m, b)
		}
		if op == ast.FloorDiv {
			return q, true
		}
		return m, true
	case ast.Div:
		if b.Sign() == 0 {
			return nil, false
		}
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		if math.IsInf(f, 0) {
			return nil, false
		}
		return f, true
	case ast.Pow:
		if b.Sign() < 0 {
			// int ** negative int is float ** float (long_pow).
			fa, ok1 := asFloat(a)
			fb, ok2 := asFloat(b)
			if !ok1 || !ok2 || fa == 0 {
				return nil, false
			}
			r := math.Pow(fa, fb)
			if math.IsInf(r, 0) || math.IsNaN(r) {
				return nil, false
			}
			return r, true
		}
		if b.Sign() > 0 && (!b.IsInt64() || int64(a.BitLen())*b.Int64() > maxIntSize) {
			return nil, false
		}
		return z.Exp(a, b, nil), true
	case ast.LShift:
		if b.Sign() < 0 {
			return nil, false
		}
		if !b.IsInt64() || int64(a.BitLen())+b.Int64() > maxIntSize {
			return nil, false
		}
		return z.Lsh(a, uint(b.Int64())), true
	case ast.RShift:
		if b.Sign() < 0 {
			return nil, false
		}
		if !b.IsInt64() || b.Int64() > 1<<20 {
			return nil, false
		}
		return z.Rsh(a, uint(b.Int64())), true
	case ast.BitAnd:
		return z.And(a, b), true
	case ast.BitOr:
		return z.Or(a, b), true
	case ast.BitXor:
		return z.Xor(a, b), true
	}
	return nil, false
}

func foldFloatOp(op ast.Operator, a, b float64) (any, bool) {
	var r float64
	switch op {
	case ast.Add:
		r = a + b
	case ast.Sub:
		r = a - b
	case ast.Mult:
		r = a * b
	case ast.Div:
		if b == 0 {
			return nil, false
		}
		r = a / b
	case ast.FloorDiv, ast.ModOp:
		if b == 0 || math.IsInf(a, 0) || math.IsInf(b, 0) || math.IsNaN(a) || math.IsNaN(b) {
			return nil, false
		}
		mod := math.Mod(a, b)
		div := (a - mod) / b
		if mod != 0 {
			if (b < 0) != (mod < 0) {
				mod += b
				div -= 1
			}
		} else {
			mod = math.Copysign(0, b)
		}
		var floordiv float64
		if div != 0 {
			floordiv = math.Floor(div)
			if div-floordiv > 0.5 {
				floordiv++
			}
		} else {
			floordiv = math.Copysign(0, a/b)
		}
		if op == ast.ModOp {
			r = mod
		} else {
			r = floordiv
		}
	case ast.Pow:
		// float_pow's ordinary cases; the special ones (complex results,
		// ZeroDivisionError, NaN and infinities) are left to run time.
		if math.IsNaN(a) || math.IsNaN(b) || math.IsInf(a, 0) || math.IsInf(b, 0) ||
			a < 0 && b != math.Trunc(b) || a == 0 && b < 0 {
			return nil, false
		}
		r = math.Pow(a, b)
	default:
		return nil, false
	}
	if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		return nil, false // OverflowError at run time? leave it to the VM
	}
	return r, true
}

func foldSubscript(v, k any) (any, bool) {
	ki, ok := asInt(k)
	if !ok || !ki.IsInt64() {
		return nil, false
	}
	i := int(ki.Int64())
	switch s := v.(type) {
	case string:
		if !utf8.ValidString(s) {
			return nil, false
		}
		rs := []rune(s)
		if i < 0 {
			i += len(rs)
		}
		if i < 0 || i >= len(rs) {
			return nil, false
		}
		return string(rs[i]), true
	case []byte:
		if i < 0 {
			i += len(s)
		}
		if i < 0 || i >= len(s) {
			return nil, false
		}
		return big.NewInt(int64(s[i])), true
	case ConstTuple:
		if i < 0 {
			i += len(s)
		}
		if i < 0 || i >= len(s) {
			return nil, false
		}
		return s[i], true
	}
	return nil, false
}

// formatToFString rewrites `'...%s...' % (a, b)` into an f-string, as
// CPython 3.11's ast_opt.c (optimize_format) does, when the format uses
// only %s, %r and %a with an optional width and precision and the tuple
// has no starred item and is not itself constant. It returns nil when the
// expression stays a BinOp.
func (c *compiler) formatToFString(e *ast.BinOp) *ast.JoinedStr {
	if e.Op != ast.ModOp {
		return nil
	}
	k, ok := e.Left.(*ast.Constant)
	if !ok {
		return nil
	}
	fmtStr, ok := k.Value.(string)
	if !ok {
		return nil
	}
	t, ok := e.Right.(*ast.Tuple)
	if !ok {
		return nil
	}
	if _, isConst := c.fold(t); isConst {
		return nil
	}
	for _, x := range t.Elts {
		if _, ok := x.(*ast.Starred); ok {
			return nil
		}
	}
	pos := 0
	var values []ast.Expr
	literalPart := func() {
		start := pos
		for pos < len(fmtStr) {
			if fmtStr[pos] != '%' {
				pos++
			} else if pos+1 < len(fmtStr) && fmtStr[pos+1] == '%' {
				pos += 2
			} else {
				break
			}
		}
		if pos > start {
			s := strings.ReplaceAll(fmtStr[start:pos], "%%", "%")
			values = append(values, &ast.Constant{Value: s, Pos: ast.Pos{Lineno: -1, ColOffset: -1, EndLineno: -1, EndColOffset: -1}})
		}
	}
	for _, arg := range t.Elts {
		literalPart()
		pos++ // the '%'
		spec, ljust, width, prec, ok := simpleFormatArg(fmtStr, &pos)
		if !ok || (spec != 's' && spec != 'r' && spec != 'a') {
			return nil
		}
		var b strings.Builder
		if !ljust && width > 0 {
			b.WriteByte('>')
		}
		if width >= 0 {
			b.WriteString(strconv.Itoa(width))
		}
		if prec >= 0 {
			b.WriteString("." + strconv.Itoa(prec))
		}
		fv := &ast.FormattedValue{Value: arg, Conversion: int(spec), Pos: *arg.Position()}
		if b.Len() > 0 {
			fv.FormatSpec = &ast.Constant{Value: b.String(), Pos: ast.Pos{Lineno: -1, ColOffset: -1, EndLineno: -1, EndColOffset: -1}}
		}
		values = append(values, fv)
	}
	literalPart()
	if pos < len(fmtStr) {
		return nil
	}
	return &ast.JoinedStr{Values: values, Pos: e.Pos}
}

// simpleFormatArg parses "%[flags][width][.prec]spec" after the '%'
// (ast_opt.c's simple_format_arg_parse, MAXDIGITS 3).
func simpleFormatArg(s string, pos *int) (spec byte, ljust bool, width, prec int, ok bool) {
	width, prec = -1, -1
	p := *pos
	var ch byte
	next := func() bool {
		if p >= len(s) {
			return false
		}
		ch = s[p]
		p++
		return true
	}
	for {
		if !next() {
			return
		}
		if ch == '-' {
			ljust = true
			continue
		}
		if ch == '+' || ch == ' ' || ch == '#' || ch == '0' {
			continue
		}
		break
	}
	if '0' <= ch && ch <= '9' {
		width = 0
		digits := 0
		for '0' <= ch && ch <= '9' {
			width = width*10 + int(ch-'0')
			if !next() {
				return
			}
			if digits++; digits >= 3 {
				return
			}
		}
	}
	if ch == '.' {
		if !next() {
			return
		}
		prec = 0
		digits := 0
		for '0' <= ch && ch <= '9' {
			prec = prec*10 + int(ch-'0')
			if !next() {
				return
			}
			if digits++; digits >= 3 {
				return
			}
		}
	}
	*pos = p
	return ch, ljust, width, prec, true
}
