package stdlib

import (
	"strings"

	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

// The operator module: CPython's _operator in Go. The functions are
// static immortals taking the vectorcall arguments; itemgetter,
// attrgetter and methodcaller are native callable types (gobj: a holds
// the tuple of items, attribute paths or call arguments, b the method
// name and c the keyword dict of methodcaller).

type fn = func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object

// binary makes a two-argument function (clinic positional wording).
func binary(name string, f func(ts *objects.Thread, a, b *Object) *Object) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckNoKw(ts, "_operator."+name, kw) || !objects.CheckArgs(ts, name, args, kw, 2, 2) {
			return nil
		}
		return f(ts, args[0], args[1])
	}, Doc: "Same as " + name + "(a, b)."}
}

// unary makes a METH_O function.
func unary(name string, f func(ts *objects.Thread, a *Object) *Object) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckOneArg(ts, "_operator."+name, args, kw) {
			return nil
		}
		return f(ts, args[0])
	}}
}

func boolObj(r int) *Object {
	switch r {
	case 1:
		return objects.True
	case 0:
		return objects.False
	}
	return nil
}

// isSequence is PySequence_Check: the type has an item getter and is
// not a dict.
func isSequence(o *Object) bool {
	t := o.Type()
	if t.IsSubtype(objects.DictType) {
		return false
	}
	return objects.LookupTypeString(t, "__getitem__") != nil
}

func concatOp(inplace bool) func(ts *objects.Thread, a, b *Object) *Object {
	return func(ts *objects.Thread, a, b *Object) *Object {
		if !isSequence(a) {
			return ts.Raisef(objects.TypeError, "'%s' object can't be concatenated", objects.TypeName(a))
		}
		if inplace {
			return objects.InplaceOp(ts, a, b, objects.OpAdd)
		}
		return objects.BinaryOp(ts, a, b, objects.OpAdd)
	}
}

// countOrIndex walks seq comparing each item with x: index mode stops at
// the first equal item.
func countOrIndex(ts *objects.Thread, seq, x *Object, index bool) *Object {
	it := objects.GetIter(ts, seq)
	if it == nil {
		if ts.ErrMatches(objects.TypeError) {
			ts.ClearErr()
			return ts.Raisef(objects.TypeError, "argument of type '%s' is not iterable", objects.TypeName(seq))
		}
		return nil
	}
	defer objects.Decref(ts, it)
	var n int64
	for {
		item := objects.IterNext(ts, it)
		if item == nil {
			break
		}
		r := objects.RichCompareBool(ts, item, x, objects.EQ)
		objects.Decref(ts, item)
		if r < 0 {
			return nil
		}
		if r == 1 {
			if index {
				return objects.NewInt(ts, n)
			}
			n++
		} else if index {
			n++
		}
	}
	if ts.Occurred() {
		return nil
	}
	if index {
		return ts.Raise(objects.ValueError, "sequence.index(x): x not in sequence")
	}
	return objects.NewInt(ts, n)
}

var operatorDefs []*objects.MethodDef

// operatorAliases maps the dunder names operator.py defines to the
// function they name.
var operatorAliases = map[string]string{}

func init() {
	bin := func(name string, op objects.NumberOp) *objects.MethodDef {
		return binary(name, func(ts *objects.Thread, a, b *Object) *Object { return objects.BinaryOp(ts, a, b, op) })
	}
	ibin := func(name string, op objects.NumberOp) *objects.MethodDef {
		return binary(name, func(ts *objects.Thread, a, b *Object) *Object { return objects.InplaceOp(ts, a, b, op) })
	}
	cmp := func(name string, op objects.CompareOp) *objects.MethodDef {
		return binary(name, func(ts *objects.Thread, a, b *Object) *Object { return objects.RichCompare(ts, a, b, op) })
	}
	d := []*objects.MethodDef{
		bin("add", objects.OpAdd), bin("sub", objects.OpSub), bin("mul", objects.OpMul),
		bin("matmul", objects.OpMatMul), bin("truediv", objects.OpTrueDiv),
		bin("floordiv", objects.OpFloorDiv), bin("mod", objects.OpMod),
		bin("lshift", objects.OpLShift), bin("rshift", objects.OpRShift),
		bin("and_", objects.OpAnd), bin("or_", objects.OpOr), bin("xor", objects.OpXor),
		ibin("iadd", objects.OpAdd), ibin("isub", objects.OpSub), ibin("imul", objects.OpMul),
		ibin("imatmul", objects.OpMatMul), ibin("itruediv", objects.OpTrueDiv),
		ibin("ifloordiv", objects.OpFloorDiv), ibin("imod", objects.OpMod),
		ibin("ilshift", objects.OpLShift), ibin("irshift", objects.OpRShift),
		ibin("iand", objects.OpAnd), ibin("ior", objects.OpOr), ibin("ixor", objects.OpXor),
		binary("pow", func(ts *objects.Thread, a, b *Object) *Object { return objects.Power(ts, a, b, objects.None) }),
		binary("ipow", func(ts *objects.Thread, a, b *Object) *Object { return objects.InplacePower(ts, a, b) }),
		cmp("lt", objects.LT), cmp("le", objects.LE), cmp("eq", objects.EQ),
		cmp("ne", objects.NE), cmp("gt", objects.GT), cmp("ge", objects.GE),
		binary("is_", func(ts *objects.Thread, a, b *Object) *Object { return boolObj(b2i(a == b)) }),
		binary("is_not", func(ts *objects.Thread, a, b *Object) *Object { return boolObj(b2i(a != b)) }),
		binary("concat", concatOp(false)), binary("iconcat", concatOp(true)),
		binary("contains", func(ts *objects.Thread, a, b *Object) *Object { return boolObj(objects.Contains(ts, a, b)) }),
		binary("countOf", func(ts *objects.Thread, a, b *Object) *Object { return countOrIndex(ts, a, b, false) }),
		binary("indexOf", func(ts *objects.Thread, a, b *Object) *Object { return countOrIndex(ts, a, b, true) }),
		binary("getitem", objects.GetItem),
		binary("delitem", func(ts *objects.Thread, a, b *Object) *Object {
			if objects.DelItem(ts, a, b) < 0 {
				return nil
			}
			return objects.None
		}),
		{Name: "setitem", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, "_operator.setitem", kw) || !objects.CheckArgs(ts, "setitem", args, kw, 3, 3) {
				return nil
			}
			if objects.SetItem(ts, args[0], args[1], args[2]) < 0 {
				return nil
			}
			return objects.None
		}, Doc: "Same as a[b] = c."},
		unary("neg", objects.Negative), unary("pos", objects.Positive),
		unary("abs", objects.Absolute), unary("inv", objects.Invert), unary("invert", objects.Invert),
		unary("index", objects.NumberIndex),
		unary("not_", func(ts *objects.Thread, a *Object) *Object {
			r := objects.IsTrue(ts, a)
			if r < 0 {
				return nil
			}
			return boolObj(1 - r)
		}),
		unary("truth", func(ts *objects.Thread, a *Object) *Object { return boolObj(objects.IsTrue(ts, a)) }),
		{Name: "length_hint", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, "_operator.length_hint", kw) || !objects.CheckArgs(ts, "length_hint", args, kw, 1, 2) {
				return nil
			}
			dflt := 0
			if len(args) == 2 {
				n, ok := objects.AsInt64(ts, args[1])
				if !ok {
					return nil
				}
				dflt = int(n)
			}
			n := objects.LengthHint(ts, args[0], dflt)
			if n < 0 && ts.Occurred() {
				return nil
			}
			return objects.NewInt(ts, int64(n))
		}, Doc: "Return an estimate of the number of items in obj."},
		{Name: "call", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if objects.NumPositional(args, kw) < 1 {
				return ts.Raise(objects.TypeError, "call expected at least 1 argument, got 0")
			}
			return objects.Call(ts, args[0], args[1:], kw)
		}, Doc: "Same as obj(*args, **kwargs)."},
		{Name: "_compare_digest", Fn: compareDigest},
	}
	operatorDefs = d
	registerDefs("_operator", operatorDefs)
	for _, n := range []string{"abs", "add", "and", "call", "concat", "contains", "delitem", "eq",
		"floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift",
		"imatmul", "imod", "imul", "index", "inv", "invert", "ior", "ipow", "irshift", "isub",
		"itruediv", "ixor", "le", "lshift", "lt", "matmul", "mod", "mul", "ne", "neg", "not",
		"or", "pos", "pow", "rshift", "setitem", "sub", "truediv", "xor"} {
		target := n
		if n == "and" || n == "or" || n == "not" {
			target = n + "_"
		}
		operatorAliases["__"+n+"__"] = target
	}
	initGetters()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// compareDigest is _operator._compare_digest for str (ASCII) and bytes.
func compareDigest(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
	if !objects.CheckArgs(ts, "_compare_digest", args, kw, 2, 2) {
		return nil
	}
	a, b := args[0], args[1]
	if a.Type().IsSubtype(objects.StrType) && b.Type().IsSubtype(objects.StrType) {
		return boolObj(b2i(objects.StrValue(a) == objects.StrValue(b)))
	}
	r := objects.RichCompareBool(ts, a, b, objects.EQ)
	if r < 0 {
		return nil
	}
	return boolObj(r)
}

var operatorAll = []string{"abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf",
	"delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv",
	"ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow",
	"irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint",
	"lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos",
	"pow", "rshift", "setitem", "sub", "truediv", "truth", "xor"}

func newOperatorModule(th *vm.Thread) *Object { return operatorModule(th, "operator") }

func newUnderOperatorModule(th *vm.Thread) *Object { return operatorModule(th, "_operator") }

// operatorModule makes operator (operator.py: the public functions, the
// dunder aliases and __all__) or _operator (the functions only, with
// _compare_digest).
func operatorModule(th *vm.Thread, name string) *Object {
	ts := th.TS
	values := map[string]*Object{
		"itemgetter":   objects.NewRef(itemgetterT.t.TypeObject()),
		"attrgetter":   objects.NewRef(attrgetterT.t.TypeObject()),
		"methodcaller": objects.NewRef(methodcallerT.t.TypeObject()),
	}
	byName := map[string]*Object{}
	for _, d := range operatorDefs {
		byName[d.Name] = builtins.StaticFunc(d)
	}
	for alias, target := range operatorAliases {
		values[alias] = objects.NewRef(byName[target])
	}
	defs := operatorDefs
	if name == "_operator" {
		for alias := range operatorAliases {
			delete(values, alias)
		}
		return makeModule(th, name, "Operator interface.", defs, values)
	}
	defs = defs[:len(defs)-1] // _compare_digest stays private to _operator
	names := make([]*Object, len(operatorAll))
	for i, n := range operatorAll {
		names[i] = objects.NewStr(ts, n)
	}
	values["__all__"] = objects.NewListSteal(ts, names)
	m := makeModule(th, "operator", "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.", defs, values)
	if m != nil && !th.ExecFrozen(m, "import builtins\n_abs = builtins.abs\ndel builtins\n", "<frozen operator>") {
		objects.Decref(ts, m)
		return nil
	}
	return m
}

// ---- itemgetter, attrgetter, methodcaller ----

var (
	itemgetterT   = newGType("itemgetter", "operator", false)
	attrgetterT   = newGType("attrgetter", "operator", false)
	methodcallerT = newGType("methodcaller", "operator", false)
)

func initGetters() {
	ig := itemgetterT.t
	ig.Doc = "Return a callable object that fetches the given item(s) from its operand."
	ig.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		if !objects.CheckNoKw(ts, "itemgetter", kw) {
			return nil
		}
		if len(args) == 0 {
			return ts.Raise(objects.TypeError, "itemgetter expected 1 argument, got 0")
		}
		x := itemgetterT.alloc(ts, t)
		x.a = objects.NewTuple(ts, args...)
		return track(ts, x)
	}
	ig.Call = func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckNoKw(ts, "itemgetter", kw) || !objects.CheckArgs(ts, "itemgetter", args, kw, 1, 1) {
			return nil
		}
		items := objects.TupleItems(asG(o).a)
		if len(items) == 1 {
			return objects.GetItem(ts, args[0], items[0])
		}
		out := make([]*Object, len(items))
		for i, k := range items {
			if out[i] = objects.GetItem(ts, args[0], k); out[i] == nil {
				decrefAll(ts, out[:i])
				return nil
			}
		}
		return objects.NewTupleSteal(ts, out...)
	}
	ig.Repr = func(ts *objects.Thread, o *Object) *Object { return getterRepr(ts, o, "operator.itemgetter") }
	ig.Methods = []objects.MethodDef{{Name: "__reduce__", Fn: func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object {
		return objects.NewTuple(ts, o.Type().TypeObject(), asG(o).a)
	}, Doc: "Return state information for pickling"}}

	ag := attrgetterT.t
	ag.Doc = "Return a callable object that fetches the given attribute(s) from its operand."
	ag.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		if !objects.CheckNoKw(ts, "attrgetter", kw) {
			return nil
		}
		if len(args) == 0 {
			return ts.Raise(objects.TypeError, "attrgetter expected 1 argument, got 0")
		}
		// Each dotted name becomes a tuple of its parts, looked up in turn.
		paths := make([]*Object, len(args))
		for i, a := range args {
			if !a.Type().IsSubtype(objects.StrType) {
				decrefAll(ts, paths[:i])
				return ts.Raise(objects.TypeError, "attribute name must be a string")
			}
			parts := strings.Split(objects.StrValue(a), ".")
			ps := make([]*Object, len(parts))
			for j, p := range parts {
				ps[j] = objects.NewStr(ts, p)
			}
			paths[i] = objects.NewTupleSteal(ts, ps...)
		}
		x := attrgetterT.alloc(ts, t)
		x.a = objects.NewTupleSteal(ts, paths...)
		x.b = objects.NewTuple(ts, args...)
		return track(ts, x)
	}
	ag.Call = func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckNoKw(ts, "attrgetter", kw) || !objects.CheckArgs(ts, "attrgetter", args, kw, 1, 1) {
			return nil
		}
		paths := objects.TupleItems(asG(o).a)
		get := func(p *Object) *Object {
			cur := objects.NewRef(args[0])
			for _, name := range objects.TupleItems(p) {
				next := objects.GetAttr(ts, cur, name)
				objects.Decref(ts, cur)
				if next == nil {
					return nil
				}
				cur = next
			}
			return cur
		}
		if len(paths) == 1 {
			return get(paths[0])
		}
		out := make([]*Object, len(paths))
		for i, p := range paths {
			if out[i] = get(p); out[i] == nil {
				decrefAll(ts, out[:i])
				return nil
			}
		}
		return objects.NewTupleSteal(ts, out...)
	}
	ag.Repr = func(ts *objects.Thread, o *Object) *Object {
		return argsRepr(ts, o, "operator.attrgetter", objects.TupleItems(asG(o).b), nil, nil)
	}
	ag.Methods = []objects.MethodDef{{Name: "__reduce__", Fn: func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object {
		return objects.NewTuple(ts, o.Type().TypeObject(), asG(o).b)
	}, Doc: "Return state information for pickling"}}

	mc := methodcallerT.t
	mc.Doc = "Return a callable object that calls the given method on its operand."
	mc.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
		npos := objects.NumPositional(args, kw)
		if npos < 1 {
			return ts.Raise(objects.TypeError, "methodcaller needs at least one argument, the method name")
		}
		if !args[0].Type().IsSubtype(objects.StrType) {
			return ts.Raise(objects.TypeError, "method name must be a string")
		}
		x := methodcallerT.alloc(ts, t)
		x.b = objects.NewRef(args[0])
		x.a = objects.NewTuple(ts, args[1:npos]...)
		if kw != nil {
			x.c = objects.NewRef(kw)
			setS(ts, x, append([]*Object(nil), args[npos:]...))
			for _, v := range x.s {
				objects.Incref(v)
			}
		}
		return track(ts, x)
	}
	mc.Call = func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckNoKw(ts, "methodcaller", kw) || !objects.CheckArgs(ts, "methodcaller", args, kw, 1, 1) {
			return nil
		}
		x := asG(o)
		m := objects.GetAttr(ts, args[0], x.b)
		if m == nil {
			return nil
		}
		defer objects.Decref(ts, m)
		call := append(append([]*Object(nil), objects.TupleItems(x.a)...), x.s...)
		return objects.Call(ts, m, call, x.c)
	}
	mc.Repr = func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		pos := append([]*Object{x.b}, objects.TupleItems(x.a)...)
		var names []*Object
		if x.c != nil {
			names = objects.TupleItems(x.c)
		}
		return argsRepr(ts, o, "operator.methodcaller", pos, names, x.s)
	}
	mc.Methods = []objects.MethodDef{{Name: "__reduce__", Fn: methodcallerReduce, Doc: "Return state information for pickling"}}
}

func methodcallerReduce(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object {
	x := asG(o)
	t := o.Type().TypeObject()
	if x.c == nil {
		args := append([]*Object{x.b}, objects.TupleItems(x.a)...)
		at := objects.NewTuple(ts, args...)
		if at == nil {
			return nil
		}
		return objects.NewTupleSteal(ts, objects.NewRef(t), at)
	}
	// With keywords: (functools.partial(type, name, **kwargs), args).
	th := ts.Owner.(*vm.Thread)
	ft := th.ImportModule("functools", nil, nil, nil, 0)
	if ft == nil {
		return nil
	}
	partial := objects.GetAttrString(ts, ft, "partial")
	objects.Decref(ts, ft)
	if partial == nil {
		return nil
	}
	p := objects.Call(ts, partial, append([]*Object{t, x.b}, x.s...), x.c)
	objects.Decref(ts, partial)
	if p == nil {
		return nil
	}
	return objects.NewTupleSteal(ts, p, objects.NewRef(x.a))
}

// getterRepr is "name(item, ...)" with recursion protection.
func getterRepr(ts *objects.Thread, o *Object, name string) *Object {
	return argsRepr(ts, o, name, objects.TupleItems(asG(o).a), nil, nil)
}

// argsRepr writes name(pos..., k=v...), "name(...)" when o is already
// being represented.
func argsRepr(ts *objects.Thread, o *Object, name string, pos, kwnames, kwvals []*Object) *Object {
	if r := objects.ReprEnter(ts, o); r != 0 {
		if r > 0 {
			return objects.NewStr(ts, name+"(...)")
		}
		return nil
	}
	defer objects.ReprLeave(ts, o)
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	for i, p := range pos {
		if i > 0 {
			b.WriteString(", ")
		}
		s, ok := reprStr(ts, p)
		if !ok {
			return nil
		}
		b.WriteString(s)
	}
	for i, k := range kwnames {
		if i > 0 || len(pos) > 0 {
			b.WriteString(", ")
		}
		s, ok := reprStr(ts, kwvals[i])
		if !ok {
			return nil
		}
		b.WriteString(objects.StrValue(k) + "=" + s)
	}
	b.WriteByte(')')
	return objects.NewStr(ts, b.String())
}
