package vm

import (
	"fmt"
	"strings"

	"minipy/lang/compiler"
	"minipy/vm/objects"
)

// binaryFast is BINARY_OP on two exact ints with int64 payloads, or + - *
// / on an exact float and an exact float or int. On success it consumes
// both operands (the stack's references) and returns the result; nil
// means "take the general path", with nothing consumed and no exception
// set (overflow, a zero divisor, a big result, another operator). An
// operand the stack holds the only reference to becomes the result when
// it has the result's type (objects.ReuseInt/ReuseFloat); so does an
// operand whose only other reference is the local that the next
// instruction (next, of the frame whose locals are lp) overwrites with the
// result (s = s + x, s += x). That local is looked up here, only for an
// operand with two references, rather than by the eval loop for every
// operation.
func binaryFast(ts *objects.Thread, a, b *Object, op uint32, lp []*Object, next uint32) *Object {
	ta, tb := a.Type(), b.Type()
	if ta == objects.IntType && tb == objects.IntType {
		x, ok1 := objects.ExactIntValue(a)
		y, ok2 := objects.ExactIntValue(b)
		if !ok1 || !ok2 {
			return nil
		}
		r, kind := intArith(x, y, op)
		switch kind {
		case arithInt:
			var o *Object
			switch {
			case objects.IsSmallInt(r):
				o = objects.NewInt(ts, r)
			case a.Refcnt() == 1 || a.Refcnt() == 2 && a == storedLocal(lp, next):
				objects.Decref(ts, b)
				return objects.ReuseInt(a, r)
			case b.Refcnt() == 1 || b.Refcnt() == 2 && b == storedLocal(lp, next):
				objects.Decref(ts, a)
				return objects.ReuseInt(b, r)
			default:
				o = objects.NewInt(ts, r)
			}
			objects.Decref(ts, a)
			objects.Decref(ts, b)
			return o
		case arithFloat:
			o := objects.NewFloat(ts, float64(x)/float64(y))
			objects.Decref(ts, a)
			objects.Decref(ts, b)
			return o
		}
		return nil
	}
	var x, y float64
	if ta == objects.FloatType {
		x = objects.FloatValue(a)
	} else if ta != objects.IntType {
		return nil
	} else if v, ok := objects.ExactIntValue(a); ok {
		x = float64(v)
	} else {
		return nil
	}
	if tb == objects.FloatType {
		y = objects.FloatValue(b)
	} else if tb != objects.IntType {
		return nil
	} else if v, ok := objects.ExactIntValue(b); ok {
		y = float64(v)
	} else {
		return nil
	}
	if op >= compiler.NB_INPLACE_ADD {
		op -= compiler.NB_INPLACE_ADD
	}
	var r float64
	switch op {
	case compiler.NB_ADD:
		r = x + y
	case compiler.NB_SUBTRACT:
		r = x - y
	case compiler.NB_MULTIPLY:
		r = x * y
	case compiler.NB_TRUE_DIVIDE:
		if y == 0 {
			return nil
		}
		r = x / y
	default:
		return nil
	}
	if ta == objects.FloatType && (a.Refcnt() == 1 || a.Refcnt() == 2 && a == storedLocal(lp, next)) {
		objects.Decref(ts, b)
		return objects.ReuseFloat(a, r)
	}
	if tb == objects.FloatType && (b.Refcnt() == 1 || b.Refcnt() == 2 && b == storedLocal(lp, next)) {
		objects.Decref(ts, a)
		return objects.ReuseFloat(b, r)
	}
	o := objects.NewFloat(ts, r)
	objects.Decref(ts, a)
	objects.Decref(ts, b)
	return o
}

const (
	arithNone  = iota // take the general path
	arithInt          // the result is the int64 r
	arithFloat        // true division of two ints exact in a double
)

// intArith is BINARY_OP on two int64 values: the result and its kind. The
// results are CPython's (floor division and modulo round toward minus
// infinity; / of operands exact in a double is one correctly rounded
// division, as CPython's long_true_divide does for small operands).
func intArith(x, y int64, op uint32) (int64, int) {
	if op >= compiler.NB_INPLACE_ADD {
		op -= compiler.NB_INPLACE_ADD
	}
	switch op {
	case compiler.NB_ADD:
		r := x + y
		if (x^r)&(y^r) < 0 {
			return 0, arithNone
		}
		return r, arithInt
	case compiler.NB_SUBTRACT:
		r := x - y
		if (x^y)&(x^r) < 0 {
			return 0, arithNone
		}
		return r, arithInt
	case compiler.NB_MULTIPLY:
		if x > -(1<<31) && x < 1<<31 && y > -(1<<31) && y < 1<<31 {
			return x * y, arithInt
		}
	case compiler.NB_REMAINDER:
		if y > 0 && x >= 0 {
			return x % y, arithInt
		}
		if y != 0 && y != -1 {
			m := x % y
			if m != 0 && (m^y) < 0 {
				m += y
			}
			return m, arithInt
		}
	case compiler.NB_FLOOR_DIVIDE:
		if y > 0 && x >= 0 {
			return x / y, arithInt
		}
		if y != 0 && y != -1 {
			q, m := x/y, x%y
			if m != 0 && (m^y) < 0 {
				q--
			}
			return q, arithInt
		}
	case compiler.NB_TRUE_DIVIDE:
		if y != 0 && x > -(1<<53) && x < 1<<53 && y > -(1<<53) && y < 1<<53 {
			return 0, arithFloat
		}
	case compiler.NB_AND:
		return x & y, arithInt
	case compiler.NB_OR:
		return x | y, arithInt
	case compiler.NB_XOR:
		return x ^ y, arithInt
	case compiler.NB_RSHIFT:
		if y >= 0 {
			if y > 63 {
				y = 63
			}
			return x >> uint(y), arithInt
		}
	case compiler.NB_LSHIFT:
		if y >= 0 && y < 63 {
			if r := x << uint(y); r>>uint(y) == x {
				return r, arithInt
			}
		}
	}
	return 0, arithNone
}

// floatCompare is COMPARE_OP on two exact floats, or an exact float and
// an exact int small enough to convert exactly; nil for the general path.
// The caller checked that each operand is an exact float or int.
func floatCompare(a, b *Object, op uint32) *Object {
	var x, y float64
	if a.Type() == objects.FloatType {
		x = objects.FloatValue(a)
	} else if v, ok := objects.ExactIntValue(a); ok && v >= -(1<<53) && v <= 1<<53 {
		x = float64(v)
	} else {
		return nil
	}
	if b.Type() == objects.FloatType {
		y = objects.FloatValue(b)
	} else if v, ok := objects.ExactIntValue(b); ok && v >= -(1<<53) && v <= 1<<53 {
		y = float64(v)
	} else {
		return nil
	}
	return objects.Bool(compareOrdered(x, y, op))
}

// compareOrdered is COMPARE_OP's operator op (CPython's Py_LT .. Py_GE
// order) on two Go numbers.
func compareOrdered[T int64 | float64](x, y T, op uint32) bool {
	switch op {
	case 0:
		return x < y
	case 1:
		return x <= y
	case 2:
		return x == y
	case 3:
		return x != y
	case 4:
		return x > y
	}
	return x >= y
}

// unpackSequence is UNPACK_SEQUENCE n on the frame's stack lp with top sp:
// the n items of lp[sp-1] replace it, the first on top. An exact tuple or
// list of the right length is copied straight into place; anything else
// goes through objects.UnpackIterable, into the slots above (the frame has
// one spare slot) and then down over the sequence. false with the
// exception set (the sequence still on the stack) on failure.
func (th *Thread) unpackSequence(lp []*Object, sp, n int) bool {
	ts := th.TS
	seq := lp[sp-1]
	var items []*Object
	switch seq.Type() {
	case objects.TupleType:
		items = objects.TupleItems(seq)
	case objects.ListType:
		items = objects.ListItems(seq)
	}
	if items != nil && len(items) == n {
		out := lp[sp-1 : sp-1+n]
		for i, x := range items {
			objects.Incref(x)
			out[n-1-i] = x
		}
		objects.Decref(ts, seq)
		return true
	}
	out := lp[sp : sp+n]
	if !objects.UnpackIterable(ts, seq, out) {
		return false
	}
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	objects.Decref(ts, seq)
	copy(lp[sp-1:], out)
	return true
}

// rangeNext is FOR_ITER's step of range iterator it: the next value (a
// new reference, see rangeValue), or nil when it is exhausted. One call
// from the eval loop, where Go inlines neither part.
func (th *Thread) rangeNext(it *Object, lp []*Object, next uint32) *Object {
	v, ok := objects.RangeIterNext(it)
	if !ok {
		return nil
	}
	return th.rangeValue(lp, next, v)
}

// rangeValue is the int FOR_ITER over a range pushes (a new reference).
// When the next instruction stores it into a local whose int only that
// local holds, the value goes into that int object: the store puts the
// object back where it was and nothing can see the change, so the loop
// variable costs no allocation and no free (CPython 3.11's FOR_ITER_RANGE
// does the same with _PyLong_AssignValue).
func (th *Thread) rangeValue(lp []*Object, next uint32, v int64) *Object {
	if !objects.IsSmallInt(v) {
		if old := storedLocal(lp, next); old != nil && old.Type() == objects.IntType && old.Refcnt() == 1 {
			if _, ok := objects.IntValue64(old); ok {
				objects.ReuseInt(old, v)
				objects.Incref(old)
				return old
			}
		}
	}
	return objects.NewInt(th.TS, v)
}

// storedLocal is the local that instruction next (the one after the
// current) overwrites, or nil: the operand of a BINARY_OP that it holds
// dies with the store (see binaryFast).
func storedLocal(lp []*Object, next uint32) *Object {
	switch next & 0xff {
	case opSTORE_FAST:
		return lp[next>>8]
	case opSTORE_FAST__LOAD_FAST:
		return lp[next>>8&0xfff]
	}
	return nil
}

// seqItemFast is c[k] (borrowed) for an exact list or tuple and an exact
// int index in range, or nil for the general path (which raises).
func seqItemFast(c, k *Object) *Object {
	var items []*Object
	switch c.Type() {
	case objects.ListType:
		items = objects.ListItems(c)
	case objects.TupleType:
		items = objects.TupleItems(c)
	default:
		return nil
	}
	i, ok := objects.IntValue64(k)
	if !ok {
		return nil
	}
	if i < 0 {
		i += int64(len(items))
	}
	if uint64(i) >= uint64(len(items)) {
		return nil
	}
	return items[i]
}

// intCompareBool is intCompare as 1 or 0, or -1 for the general path.
func intCompareBool(a, b *Object, op uint32) int {
	x, ok1 := objects.ExactIntValue(a)
	y, ok2 := objects.ExactIntValue(b)
	if !ok1 || !ok2 {
		return -1
	}
	if compareOrdered(x, y, op) {
		return 1
	}
	return 0
}

// compareBool is COMPARE_OP op on a and b as 1 or 0 when both are exact
// ints or floats (compared without a bool object), else -1: the general
// path.
func compareBool(a, b *Object, op uint32) int {
	ta, tb := a.Type(), b.Type()
	if ta == objects.IntType && tb == objects.IntType {
		return intCompareBool(a, b, op)
	}
	if (ta == objects.FloatType || ta == objects.IntType) && (tb == objects.FloatType || tb == objects.IntType) {
		return floatCompareBool(a, b, op)
	}
	return -1
}

// floatCompareBool is floatCompare as 1 or 0, or -1 for the general path.
func floatCompareBool(a, b *Object, op uint32) int {
	switch floatCompare(a, b, op) {
	case objects.True:
		return 1
	case objects.False:
		return 0
	}
	return -1
}

// intCompare is COMPARE_OP on two small ints; nil for the general path.
func intCompare(a, b *Object, op uint32) *Object {
	x, ok1 := objects.ExactIntValue(a)
	y, ok2 := objects.ExactIntValue(b)
	if !ok1 || !ok2 {
		return nil
	}
	return objects.Bool(compareOrdered(x, y, op))
}

// binaryOp is BINARY_OP's general path.
func binaryOp(ts *objects.Thread, a, b *Object, op uint32) *Object {
	if op >= compiler.NB_INPLACE_ADD {
		nop := nbOps[op-compiler.NB_INPLACE_ADD]
		if nop == objects.OpPow {
			return objects.InplacePower(ts, a, b)
		}
		return objects.InplaceOp(ts, a, b, nop)
	}
	nop := nbOps[op]
	if nop == objects.OpPow {
		return objects.Power(ts, a, b, objects.None)
	}
	return objects.BinaryOp(ts, a, b, nop)
}

// inplaceTarget returns the variable that instruction next, which follows
// `a += b`, stores the result to, if it is a STORE_FAST of the local or a
// STORE_DEREF of the cell holding a (nil otherwise): str += can then extend
// a in place when nothing else references it (objects.StrInplaceConcat).
// CPython 3.11 does so for STORE_FAST only; a variable that a comprehension
// or closure reads is a cell, and `s += t` on it should not turn quadratic.
func inplaceTarget(co *Code, next uint32, lp []*Object, a *Object) **Object {
	var slot **Object
	switch next & 0xff {
	case opSTORE_FAST:
		slot = &lp[next>>8]
	case opSTORE_FAST__LOAD_FAST:
		slot = &lp[next>>8&0xfff]
	case opSTORE_DEREF:
		slot = &asCell(lp[co.nlocals+int(next>>8)]).ref
	default:
		return nil
	}
	if *slot != a {
		return nil
	}
	return slot
}

// LoadMethod is loadMethod for Go code that calls o.name(...) (a proxied
// method call in its owner): no bound method is made for a function.
func LoadMethod(ts *objects.Thread, o, name *Object) (*Object, bool) { return loadMethod(ts, o, name) }

// loadMethod is LOAD_METHOD: when o's class holds a function (or a
// built-in method descriptor) under name, not shadowed by the instance
// dict, it returns it unbound (true) so that CALL passes o as the first
// argument without making a bound method.
func loadMethod(ts *objects.Thread, o, name *Object) (*Object, bool) {
	tp := o.Type()
	if tp.GetAttr != nil && isGenericGetAttr(tp) {
		descr := objects.LookupTypeTS(ts, tp, name)
		if descr != nil && descr.Type() == FunctionType {
			if tp.DictPtr != nil {
				if dp := tp.DictPtr(o); dp != nil && *dp != nil {
					if objects.DictGetItem(ts, *dp, name) != nil {
						return objects.GetAttr(ts, o, name), false
					}
				}
			}
			return objects.NewRef(descr), true
		}
	}
	return objects.GetMethod(ts, o, name)
}

var genericGetAttrPtr = funcAddr(objects.GetAttrFunc(objects.GenericGetAttr))

func isGenericGetAttr(tp *objects.Type) bool {
	return funcAddr(tp.GetAttr) == genericGetAttrPtr
}

// loadName is LOAD_NAME: locals, globals, builtins.
func (th *Thread) loadName(f *Frame, name *Object) *Object {
	ts := th.TS
	if f.locals != nil {
		if f.locals.Type() == objects.DictType {
			if v := objects.DictGetItem(ts, f.locals, name); v != nil {
				return objects.NewRef(v)
			}
		} else {
			v := objects.GetItem(ts, f.locals, name)
			if v != nil {
				return v
			}
			if !ts.ErrMatches(objects.KeyError) {
				return nil
			}
			ts.ClearErr()
		}
	}
	if v := objects.DictGetItem(ts, f.globals, name); v != nil {
		return objects.NewRef(v)
	}
	if v := objects.DictGetItem(ts, f.builtins, name); v != nil {
		return objects.NewRef(v)
	}
	raiseNameError(ts, "name '%s' is not defined", name)
	return nil
}

// collectionAdd is LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE,
// DICT_UPDATE and DICT_MERGE (c borrowed from the stack, v the item).
func (th *Thread) collectionAdd(op uint32, c, v *Object, lp []*Object, sp int) int {
	ts := th.TS
	switch op {
	case opLIST_APPEND:
		return objects.ListAppend(ts, c, v)
	case opSET_ADD:
		return objects.SetAdd(ts, c, v)
	case opLIST_EXTEND:
		if objects.ListExtend(ts, c, v) < 0 {
			if ts.ErrMatches(objects.TypeError) && v.Type().Iter == nil && v.Type().GetItem == nil {
				ts.ClearErr()
				ts.Raisef(objects.TypeError, "Value after * must be an iterable, not %s", v.Type().Name)
			}
			return -1
		}
		return 0
	case opSET_UPDATE:
		ok := objects.Iterate(ts, v, func(item *Object) bool { return objects.SetAdd(ts, c, item) >= 0 })
		if !ok {
			return -1
		}
		return 0
	case opDICT_UPDATE:
		if objects.DictMerge(ts, c, v, 1) < 0 {
			if ts.ErrMatches(objects.AttributeError) {
				ts.ClearErr()
				ts.Raisef(objects.TypeError, "'%s' object is not a mapping", v.Type().Name)
			}
			return -1
		}
		return 0
	case opDICT_MERGE:
		if objects.DictMerge(ts, c, v, 2) < 0 {
			fname := "function"
			if sp >= 4 && lp[sp-4] != nil {
				fname = calleeName(ts, lp[sp-4])
			}
			if ts.ErrMatches(objects.AttributeError) {
				ts.ClearErr()
				ts.Raisef(objects.TypeError, "%s argument after ** must be a mapping, not %s", fname, v.Type().Name)
			} else if ts.ErrMatches(objects.KeyError) {
				e := ts.FetchErr()
				args := objects.ExcArgs(e)
				if items := objects.TupleItems(args); len(items) == 1 && objects.AsStr(items[0]) != nil {
					ts.Raisef(objects.TypeError, "%s got multiple values for keyword argument '%s'", fname, objects.StrValue(items[0]))
				} else {
					ts.SetErrSteal(objects.NewRef(e))
				}
				objects.Decref(ts, e)
			}
			return -1
		}
		return 0
	}
	return 0
}

// unpackEx is UNPACK_EX: the items in order (before, the rest list,
// after), new references.
func (th *Thread) unpackEx(seq *Object, before, after int) []*Object {
	ts := th.TS
	if seq.Type().Iter == nil && seq.Type().GetItem == nil {
		ts.Raisef(objects.TypeError, "cannot unpack non-iterable %s object", seq.Type().Name)
		return nil
	}
	l := objects.SequenceList(ts, seq)
	if l == nil {
		return nil
	}
	items := objects.ListItems(l)
	if len(items) < before+after {
		ts.Raisef(objects.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
		objects.Decref(ts, l)
		return nil
	}
	out := make([]*Object, 0, before+after+1)
	for _, x := range items[:before] {
		out = append(out, objects.NewRef(x))
	}
	mid := make([]*Object, 0, len(items)-before-after)
	for _, x := range items[before : len(items)-after] {
		mid = append(mid, objects.NewRef(x))
	}
	out = append(out, objects.NewListSteal(ts, mid))
	for _, x := range items[len(items)-after:] {
		out = append(out, objects.NewRef(x))
	}
	objects.Decref(ts, l)
	return out
}

// formatValue is FORMAT_VALUE.
func formatValue(ts *objects.Thread, v *Object, conv int, spec *Object) *Object {
	var c *Object
	switch conv {
	case compiler.FormatConvStr:
		c = objects.StrOf(ts, v)
	case compiler.FormatConvRepr:
		c = objects.Repr(ts, v)
	case compiler.FormatConvASCII:
		c = objects.StrASCIIRepr(ts, v)
	default:
		c = objects.NewRef(v)
	}
	if c == nil {
		return nil
	}
	if spec == nil && c.Type() == objects.StrType {
		return c
	}
	if spec == nil {
		spec = objects.EmptyStr
	}
	r := objects.Format(ts, c, spec)
	objects.Decref(ts, c)
	return r
}

// callEx is CALL_FUNCTION_EX: f(*args, **kw).
func (th *Thread) callEx(fn, args, kw *Object) *Object {
	ts := th.TS
	var tup *Object
	if objects.AsTuple(args) != nil && args.Type() == objects.TupleType {
		tup = objects.NewRef(args)
	} else {
		if args.Type().Iter == nil && args.Type().GetItem == nil {
			return ts.Raisef(objects.TypeError, "%s argument after * must be an iterable, not %s", calleeName(ts, fn), args.Type().Name)
		}
		tup = objects.SequenceTuple(ts, args)
		if tup == nil {
			return nil
		}
	}
	defer objects.Decref(ts, tup)
	pos := objects.TupleItems(tup)
	if kw == nil || objects.DictLen(kw) == 0 {
		return objects.Call(ts, fn, pos, nil)
	}
	if objects.AsDict(kw) == nil {
		return ts.Raisef(objects.TypeError, "%s argument after ** must be a mapping, not %s", calleeName(ts, fn), kw.Type().Name)
	}
	all := make([]*Object, len(pos), len(pos)+objects.DictLen(kw))
	copy(all, pos)
	var names []*Object
	p := 0
	for {
		k, v, ok := objects.DictNext(kw, &p)
		if !ok {
			break
		}
		if objects.AsStr(k) == nil {
			return ts.Raise(objects.TypeError, "keywords must be strings")
		}
		names = append(names, objects.NewRef(k))
		all = append(all, v)
	}
	for _, x := range all {
		objects.Incref(x)
	}
	kwn := objects.NewTupleSteal(ts, names...)
	r := objects.Call(ts, fn, all, kwn)
	objects.Decref(ts, kwn)
	for _, x := range all {
		objects.Decref(ts, x)
	}
	return r
}

// calleeName is how CPython names a callable in call errors ("f()").
func calleeName(ts *objects.Thread, fn *Object) string {
	// _PyObject_FunctionStr: "module.qualname()", without the module when
	// it is builtins or missing; str(fn) when there is no __qualname__.
	saved := ts.FetchErr()
	defer func() {
		ts.ClearErr()
		if saved != nil {
			ts.SetErrSteal(saved)
		}
	}()
	q := objects.GetAttrString(ts, fn, "__qualname__")
	if q == nil {
		ts.ClearErr()
		s := objects.StrOf(ts, fn)
		if s == nil {
			return fn.Type().Name + " object"
		}
		defer objects.Decref(ts, s)
		return objects.StrValue(s)
	}
	defer objects.Decref(ts, q)
	qstr := objects.StrOf(ts, q)
	if qstr == nil {
		return fn.Type().Name + " object"
	}
	qs := objects.StrValue(qstr)
	objects.Decref(ts, qstr)
	m := objects.GetAttrString(ts, fn, "__module__")
	if m == nil {
		ts.ClearErr()
		return qs + "()"
	}
	defer objects.Decref(ts, m)
	if m == objects.None || objects.AsStr(m) == nil || objects.StrValue(m) == "builtins" {
		return qs + "()"
	}
	return objects.StrValue(m) + "." + qs + "()"
}

// displayHook is PRINT_EXPR (interactive mode): sys.displayhook(v), as
// CPython, so the echo goes through sys.stdout (its buffer, a replaced
// stream). Without a sys module (the VM's own tests), repr(v) is written
// to the interpreter's stdout and kept in builtins._.
func (th *Thread) displayHook(v *Object) bool {
	ts := th.TS
	if sys := th.sysModule("sys"); sys != nil {
		hook := objects.DictGetItemStr(ts, ModuleDict(sys), "displayhook")
		if hook == nil {
			ts.Raise(objects.RuntimeError, "lost sys.displayhook")
			return false
		}
		r := objects.CallOneArg(ts, hook, v)
		if r == nil {
			return false
		}
		objects.Decref(ts, r)
		return true
	}
	if v == objects.None {
		return true
	}
	objects.DictSetItemStr(ts, th.Interp.Builtins, "_", objects.None)
	r := objects.Repr(ts, v)
	if r == nil {
		return false
	}
	fmt.Fprintln(th.Interp.Stdout, objects.StrValue(r))
	objects.Decref(ts, r)
	return objects.DictSetItemStr(ts, th.Interp.Builtins, "_", v) >= 0
}

// doRaise is RAISE_VARARGS (e, cause stolen, may be nil). It sets the
// exception and returns true for a bare raise (re-raise: no new traceback
// entry), false otherwise.
func (th *Thread) doRaise(e, cause *Object) bool {
	ts := th.TS
	if e == nil {
		cur := th.CurrentException()
		if cur == nil {
			ts.Raise(objects.RuntimeError, "No active exception to reraise")
			return false
		}
		ts.SetErrSteal(objects.NewRef(cur))
		return true
	}
	var inst *Object
	if t := objects.AsType(e); t != nil && objects.IsExceptionType(e) {
		inst = objects.CallNoArgs(ts, e)
		objects.Decref(ts, e)
		if inst == nil {
			objects.XDecref(ts, cause)
			return false
		}
		if objects.AsBaseExc(inst) == nil {
			ts.Raisef(objects.TypeError, "calling %s should have returned an instance of BaseException, not %s", objects.AsType(e).Name, inst.Type().Name)
			objects.Decref(ts, inst)
			objects.XDecref(ts, cause)
			return false
		}
	} else if objects.AsBaseExc(e) != nil {
		inst = e
	} else {
		objects.Decref(ts, e)
		objects.XDecref(ts, cause)
		ts.Raise(objects.TypeError, "exceptions must derive from BaseException")
		return false
	}
	if cause != nil {
		var c *Object
		if cause == objects.None {
			c = objects.None
		} else if objects.AsType(cause) != nil && objects.IsExceptionType(cause) {
			c = objects.CallNoArgs(ts, cause)
			if c == nil {
				objects.Decref(ts, inst)
				objects.Decref(ts, cause)
				return false
			}
		} else if objects.AsBaseExc(cause) != nil {
			c = objects.NewRef(cause)
		} else {
			objects.Decref(ts, inst)
			objects.Decref(ts, cause)
			ts.Raise(objects.TypeError, "exception causes must derive from BaseException")
			return false
		}
		objects.ExcSetCause(ts, inst, c)
		objects.Decref(ts, c)
		objects.Decref(ts, cause)
	}
	ts.SetErrSteal(inst)
	return false
}

// chainContext sets exc.__context__ to the exception being handled, as
// CPython's _PyErr_SetObject does when an exception is raised.
func (th *Thread) chainContext(exc *Object) {
	cur := th.CurrentException()
	if cur == nil || cur == exc || objects.AsBaseExc(exc) == nil || objects.ExcContext(exc) != nil {
		return
	}
	// Avoid cycles: cut exc out of cur's context chain.
	o := cur
	for {
		ctx := objects.ExcContext(o)
		if ctx == nil {
			break
		}
		if ctx == exc {
			objects.ExcSetContext(th.TS, o, nil)
			break
		}
		o = ctx
	}
	objects.ExcSetContext(th.TS, exc, cur)
}

// excMatch is CHECK_EXC_MATCH: 1, 0 or -1.
func (th *Thread) excMatch(exc, typ *Object) int {
	ts := th.TS
	check := func(t *Object) bool {
		if objects.AsType(t) == nil || !objects.IsExceptionType(t) {
			ts.Raise(objects.TypeError, "catching classes that do not inherit from BaseException is not allowed")
			return false
		}
		return true
	}
	if objects.AsTuple(typ) != nil {
		items := objects.TupleItems(typ)
		for _, t := range items {
			if !check(t) {
				return -1
			}
		}
		for _, t := range items {
			if exc.Type().IsSubtype(objects.AsType(t)) {
				return 1
			}
		}
		return 0
	}
	if !check(typ) {
		return -1
	}
	if exc.Type().IsSubtype(objects.AsType(typ)) {
		return 1
	}
	return 0
}

// lookupSpecial finds a dunder on the type and binds it (CPython's
// _PyObject_LookupSpecial); nil without an exception when missing.
func lookupSpecial(ts *objects.Thread, o *Object, name string) *Object {
	d := objects.LookupTypeString(o.Type(), name)
	if d == nil {
		return nil
	}
	if g := d.Type().DescrGet; g != nil {
		return g(ts, d, o, o.Type().TypeObject())
	}
	return objects.NewRef(d)
}

// beforeWith is BEFORE_WITH (async false) and BEFORE_ASYNC_WITH (async
// true): mgr.__exit__ (__aexit__) and the result of mgr.__enter__()
// (__aenter__()), with CPython's errors for a missing method.
func (th *Thread) beforeWith(mgr *Object, async bool) (*Object, *Object) {
	ts := th.TS
	enterName, exitName, proto := "__enter__", "__exit__", "context manager protocol"
	if async {
		enterName, exitName, proto = "__aenter__", "__aexit__", "asynchronous context manager protocol"
	}
	enter := lookupSpecial(ts, mgr, enterName)
	if enter == nil {
		if !ts.Occurred() {
			ts.Raisef(objects.TypeError, "'%s' object does not support the %s", mgr.Type().Name, proto)
		}
		return nil, nil
	}
	exit := lookupSpecial(ts, mgr, exitName)
	if exit == nil {
		objects.Decref(ts, enter)
		if !ts.Occurred() {
			ts.Raisef(objects.TypeError, "'%s' object does not support the %s (missed %s method)", mgr.Type().Name, proto, exitName)
		}
		return nil, nil
	}
	res := objects.CallNoArgs(ts, enter)
	objects.Decref(ts, enter)
	if res == nil {
		objects.Decref(ts, exit)
		return nil, nil
	}
	return exit, res
}

func plural(n int, s string) string {
	if n == 1 {
		return s
	}
	return s + "s"
}

// nameList is CPython's format_missing list: 'a', 'a' and 'b', 'a', 'b', and 'c'.
func nameList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// checkEGMatch is CHECK_EG_MATCH: with exc and the handler's type typ on
// the stack (both owned there, now in out[0] and out[1]), it leaves
// [exc, None] when nothing matches, else [rest, match] with match as the
// handled exception (sys.exc_info()). false: an exception is set and the
// stack is untouched.
func (th *Thread) checkEGMatch(exc, typ *Object, out []*Object) bool {
	ts := th.TS
	match, rest, ok := objects.ExcGroupMatch(ts, exc, typ)
	if !ok {
		return false
	}
	objects.Decref(ts, typ)
	if match == objects.None {
		objects.Decref(ts, rest)
		out[1] = match
		return true
	}
	old := th.excInfo.value
	th.excInfo.value = objects.NewRef(match)
	objects.XDecref(ts, old)
	objects.Decref(ts, exc)
	out[0], out[1] = rest, match
	return true
}
