package objects

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// A tiny evaluator of Python expressions over this package's objects, so
// that tests can be written as Python source and compared with python3
// running the same source: calls (positional and keyword arguments),
// attribute access, subscripts, names of the built-in types and a few
// built-in functions, and int, str, bytes, None/True/False, tuple and list
// literals.

type evalTok struct {
	kind byte // 'n' name, 'i' int, 's' str, 'b' bytes, 'p' punctuation, 0 end
	text string
}

func evalLex(src string) ([]evalTok, error) {
	var toks []evalTok
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			if src[i:j] == "b" && j < len(src) && (src[j] == '\'' || src[j] == '"') {
				s, n, err := evalStrLit(src[j:], true)
				if err != nil {
					return nil, err
				}
				toks = append(toks, evalTok{'b', s})
				i = j + n
				continue
			}
			toks = append(toks, evalTok{'n', src[i:j]})
			i = j
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			toks = append(toks, evalTok{'i', src[i:j]})
			i = j
		case c == '\'' || c == '"':
			s, n, err := evalStrLit(src[i:], false)
			if err != nil {
				return nil, err
			}
			toks = append(toks, evalTok{'s', s})
			i += n
		case (c == '=' || c == '!') && i+1 < len(src) && src[i+1] == '=':
			toks = append(toks, evalTok{'p', src[i : i+2]})
			i += 2
		case strings.IndexByte("()[],.=-", c) >= 0:
			toks = append(toks, evalTok{'p', string(c)})
			i++
		default:
			return nil, fmt.Errorf("bad character %q", c)
		}
	}
	return append(toks, evalTok{}), nil
}

// evalStrLit reads a quoted literal with \n, \t, \\, \', \", \xHH, \uHHHH.
func evalStrLit(s string, bytes bool) (string, int, error) {
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		if c == q {
			return b.String(), i + 1, nil
		}
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'x', 'u':
			n := 2
			if s[i] == 'u' {
				n = 4
			}
			v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil {
				return "", 0, err
			}
			if bytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
			i += n
		default:
			b.WriteByte(s[i])
		}
	}
	return "", 0, fmt.Errorf("unterminated string")
}

type evalParser struct {
	ts   *Thread
	toks []evalTok
	pos  int
	env  map[string]*Object
}

func (p *evalParser) peek() evalTok { return p.toks[p.pos] }
func (p *evalParser) next() evalTok { t := p.toks[p.pos]; p.pos++; return t }
func (p *evalParser) accept(s string) bool {
	if t := p.peek(); t.kind == 'p' && t.text == s {
		p.pos++
		return true
	}
	return false
}

// expr evaluates one expression, a comparison with == or != at most: a new
// reference, or nil with the exception pending (a Go error for malformed
// input).
func (p *evalParser) expr() (*Object, error) {
	a, err := p.primary()
	if err != nil || a == nil {
		return a, err
	}
	for _, op := range []CompareOp{EQ, NE} {
		if p.accept(op.Symbol()) {
			b, err := p.primary()
			if err != nil || b == nil {
				Decref(p.ts, a)
				return nil, err
			}
			r := RichCompare(p.ts, a, b, op)
			Decref(p.ts, a)
			Decref(p.ts, b)
			return r, nil
		}
	}
	return a, nil
}

func (p *evalParser) primary() (*Object, error) {
	ts := p.ts
	var cur *Object
	t := p.next()
	switch {
	case t.kind == 'n':
		v, ok := p.env[t.text]
		if !ok {
			return nil, fmt.Errorf("unknown name %s", t.text)
		}
		cur = NewRef(v)
	case t.kind == 'i':
		v, err := strconv.ParseInt(t.text, 10, 64)
		if err != nil {
			return nil, err
		}
		cur = NewInt(ts, v)
	case t.kind == 'p' && t.text == "-":
		n := p.next()
		v, err := strconv.ParseInt(n.text, 10, 64)
		if err != nil {
			return nil, err
		}
		cur = NewInt(ts, -v)
	case t.kind == 's':
		cur = NewStr(ts, t.text)
	case t.kind == 'b':
		cur = NewBytes(ts, []byte(t.text))
	case t.kind == 'p' && (t.text == "(" || t.text == "["):
		closer := ")"
		if t.text == "[" {
			closer = "]"
		}
		var items []*Object
		trailingComma := false
		for !p.accept(closer) {
			v, err := p.expr()
			if err != nil || v == nil {
				for _, x := range items {
					Decref(ts, x)
				}
				return nil, err
			}
			items = append(items, v)
			trailingComma = p.accept(",")
		}
		switch {
		case closer == "]":
			cur = NewListSteal(ts, items)
		case len(items) == 1 && !trailingComma:
			cur = items[0]
		default:
			cur = NewTupleSteal(ts, items...)
		}
	default:
		return nil, fmt.Errorf("unexpected %q", t.text)
	}
	for {
		switch {
		case p.accept("."):
			name := p.next().text
			r := GetAttrString(ts, cur, name)
			Decref(ts, cur)
			if r == nil {
				p.skip()
				return nil, nil
			}
			cur = r
		case p.accept("["):
			k, err := p.expr()
			if err != nil || k == nil {
				Decref(ts, cur)
				return nil, err
			}
			p.accept("]")
			r := GetItem(ts, cur, k)
			Decref(ts, k)
			Decref(ts, cur)
			if r == nil {
				p.skip()
				return nil, nil
			}
			cur = r
		case p.accept("("):
			var args, names []*Object
			release := func() {
				for _, x := range args {
					Decref(ts, x)
				}
				for _, x := range names {
					Decref(ts, x)
				}
			}
			for !p.accept(")") {
				if t := p.peek(); t.kind == 'n' && p.toks[p.pos+1].kind == 'p' && p.toks[p.pos+1].text == "=" {
					p.pos += 2
					names = append(names, NewStr(ts, t.text))
				}
				v, err := p.expr()
				if err != nil || v == nil {
					release()
					Decref(ts, cur)
					return nil, err
				}
				args = append(args, v)
				p.accept(",")
			}
			var kwnames *Object
			if len(names) > 0 {
				kwnames = NewTuple(ts, names...)
			}
			r := Call(ts, cur, args, kwnames)
			XDecref(ts, kwnames)
			release()
			Decref(ts, cur)
			if r == nil {
				p.skip()
				return nil, nil
			}
			cur = r
		default:
			return cur, nil
		}
	}
}

// skip consumes the rest of the current expression after an exception.
func (p *evalParser) skip() {
	depth := 0
	for {
		t := p.peek()
		if t.kind == 0 {
			return
		}
		if t.kind == 'p' {
			switch t.text {
			case "(", "[":
				depth++
			case ")", "]":
				if depth == 0 {
					return
				}
				depth--
			case ",":
				if depth == 0 {
					return
				}
			}
		}
		p.pos++
	}
}

// evalEnv is the names an expression may use: the static types by name and
// test versions of a few built-in functions.
func evalEnv() map[string]*Object {
	env := map[string]*Object{"None": None, "True": True, "False": False, "NotImplemented": NotImplemented}
	for _, t := range staticTypes {
		if t.Module == "builtins" {
			if _, dup := env[t.Name]; !dup {
				env[t.Name] = t.TypeObject()
			}
		}
	}
	docs := map[string]string{"len": "Return the number of items in a container."}
	fn := func(name string, f MethodFn) {
		env[name] = NewStaticBuiltinFunction(&MethodDef{Name: name, Fn: f, Doc: docs[name]}, "builtins")
	}
	fn("repr", func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !CheckOneArg(ts, "repr", args, kw) {
			return nil
		}
		return Repr(ts, args[0])
	})
	fn("hash", func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !CheckOneArg(ts, "hash", args, kw) {
			return nil
		}
		h := Hash(ts, args[0])
		if h == -1 && ts.Occurred() {
			return nil
		}
		return NewInt(ts, h)
	})
	fn("len", func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !CheckOneArg(ts, "len", args, kw) {
			return nil
		}
		n := Len(ts, args[0])
		if n < 0 {
			return nil
		}
		return NewInt(ts, int64(n))
	})
	fn("getattr", func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !CheckArgs(ts, "getattr", args, kw, 2, 3) {
			return nil
		}
		if AsStr(args[1]) == nil {
			return ts.Raisef(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		r := GetAttr(ts, args[0], args[1])
		if r == nil && len(args) == 3 && ts.ErrMatches(AttributeError) {
			ts.ClearErr()
			return NewRef(args[2])
		}
		return r
	})
	fn("setattr", func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !CheckArgs(ts, "setattr", args, kw, 3, 3) {
			return nil
		}
		if SetAttr(ts, args[0], args[1], args[2]) < 0 {
			return nil
		}
		return None
	})
	fn("delattr", func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !CheckArgs(ts, "delattr", args, kw, 2, 2) {
			return nil
		}
		if SetAttr(ts, args[0], args[1], nil) < 0 {
			return nil
		}
		return None
	})
	fn("isinstance", func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !CheckArgs(ts, "isinstance", args, kw, 2, 2) {
			return nil
		}
		r := IsInstance(ts, args[0], args[1])
		if r < 0 {
			return nil
		}
		return Bool(r == 1)
	})
	fn("issubclass", func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !CheckArgs(ts, "issubclass", args, kw, 2, 2) {
			return nil
		}
		r := IsSubclass(ts, args[0], args[1])
		if r < 0 {
			return nil
		}
		return Bool(r == 1)
	})
	fn("format", func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !CheckArgs(ts, "format", args, kw, 1, 2) {
			return nil
		}
		spec := EmptyStr
		if len(args) == 2 {
			spec = args[1]
		}
		return Format(ts, args[0], spec)
	})
	fn("next", func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !CheckArgs(ts, "next", args, kw, 1, 2) {
			return nil
		}
		return Next(ts, args[0], args[1:]...)
	})
	fn("iter", func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !CheckArgs(ts, "iter", args, kw, 1, 1) {
			return nil
		}
		return GetIter(ts, args[0])
	})
	return env
}

// evalPython evaluates src; the result as typeTestShow formats it.
func evalPython(ts *Thread, env map[string]*Object, src string) string {
	toks, err := evalLex(src)
	if err != nil {
		return "evaluator: " + err.Error()
	}
	p := &evalParser{ts: ts, toks: toks, env: env}
	r, err := p.expr()
	if err != nil {
		return "evaluator: " + err.Error()
	}
	if r == nil && !ts.Occurred() {
		return "evaluator: nil without an exception"
	}
	if r != nil && p.peek().kind != 0 {
		Decref(ts, r)
		return "evaluator: trailing input"
	}
	return typeTestShow(ts, r)
}

// typeTestExprs checks each expression against python3.
func typeTestExprs(t *testing.T, exprs []string) {
	t.Helper()
	ts := typeTestSpace(t)
	env := evalEnv()
	want := typeTestPython(t, "", exprs)
	for i, e := range exprs {
		got := evalPython(ts, env, e)
		if ts.Occurred() {
			t.Errorf("%s: exception left pending: %s", e, typeTestErr(ts))
		}
		if typeTestNoAddr(got) != typeTestNoAddr(want[i]) {
			t.Errorf("%s:\n got  %q\n want %q", e, got, want[i])
		}
	}
}

func TestTypeEvaluator(t *testing.T) {
	typeTestExprs(t, []string{
		"int.__add__(1, 2)",
		"(1, 'a', None)",
		"[1, -2]",
		"type(type).__name__",
		"int.__dict__['__radd__'](2, 10)",
	})
}
