package objects

import (
	"math"
	"math/big"

	"minipy/runtime/alloc"
)

// Range is a range object. start, stop, step and length are owned ints, as
// in CPython (arbitrary precision); when all four fit in int64, fast is
// set and the values are also kept in s, e, st and n for the hot paths.
type Range struct {
	Object
	start, stop, step, length *Object
	fast                      bool
	s, e, st, n               int64
}

var rangeClass = alloc.NewClass[Range]("range")

// RangeType is the range type.
var RangeType = &Type{Name: "range",
	Doc: "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement)."}

// AsRange returns o as a *Range, or nil.
func AsRange(o *Object) *Range {
	if o.typ == RangeType {
		return (*Range)(unsafePointer(o))
	}
	return nil
}

// rangeBig returns the value of an int object as a new big.Int.
func rangeBig(o *Object) *big.Int { return AsInt(o).Big() }

// rangeLength is compute_range_length for big values.
func rangeLength(start, stop, step *big.Int) *big.Int {
	var lo, hi, st *big.Int
	if step.Sign() > 0 {
		lo, hi, st = start, stop, step
	} else {
		lo, hi, st = stop, start, new(big.Int).Neg(step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, st)
	return n.Add(n, big.NewInt(1))
}

// rangeLength64 is compute_range_length when start, stop and step fit in
// int64 and the length cannot overflow; ok is false otherwise.
func rangeLength64(start, stop, step *Object) (int64, bool) {
	lo, ok1 := IntValue64(start)
	hi, ok2 := IntValue64(stop)
	st, ok3 := IntValue64(step)
	if !ok1 || !ok2 || !ok3 || st == 0 {
		return 0, false
	}
	if st < 0 {
		lo, hi = hi, lo
		if st == math.MinInt64 {
			return 0, false
		}
		st = -st
	}
	if lo >= hi {
		return 0, true
	}
	// hi - lo as uint64 never overflows for int64 operands.
	d := uint64(hi) - uint64(lo)
	n := (d-1)/uint64(st) + 1
	if n > math.MaxInt64 {
		return 0, false
	}
	return int64(n), true
}

// newRangeSteal makes a range of the three ints (stolen).
func newRangeSteal(ts *Thread, start, stop, step *Object) *Object {
	var length *Object
	if n, ok := rangeLength64(start, stop, step); ok {
		// The common case costs no big.Int (range() sits in inner loops).
		length = NewInt(ts, n)
	} else {
		length = NewIntBig(ts, rangeLength(rangeBig(start), rangeBig(stop), rangeBig(step)))
	}
	r := newObject(ts, rangeClass, RangeType)
	r.start, r.stop, r.step, r.length = start, stop, step, length
	s, ok1 := IntValue64(start)
	e, ok2 := IntValue64(stop)
	st, ok3 := IntValue64(step)
	n, ok4 := IntValue64(length)
	if ok1 && ok2 && ok3 && ok4 {
		r.fast = true
		r.s, r.e, r.st, r.n = s, e, st, n
	}
	return &r.Object
}

// NewRange is range(start, stop, step) for Go ints (step != 0).
func NewRange(ts *Thread, start, stop, step int64) *Object {
	return newRangeSteal(ts, NewInt(ts, start), NewInt(ts, stop), NewInt(ts, step))
}

func rangeNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	if !ctrNoKw(ts, "range", kwnames) {
		return nil
	}
	var start, stop, step *Object
	switch len(args) {
	case 0:
		return ts.Raise(TypeError, "range expected at least 1 argument, got 0")
	case 1:
		if stop = NumberIndex(ts, args[0]); stop == nil {
			return nil
		}
		start, step = NewInt(ts, 0), NewInt(ts, 1)
	case 2, 3:
		if start = NumberIndex(ts, args[0]); start == nil {
			return nil
		}
		if stop = NumberIndex(ts, args[1]); stop == nil {
			Decref(ts, start)
			return nil
		}
		if len(args) == 3 {
			if step = NumberIndex(ts, args[2]); step == nil {
				Decref(ts, start)
				Decref(ts, stop)
				return nil
			}
			if AsInt(step).Sign() == 0 {
				Decref(ts, start)
				Decref(ts, stop)
				Decref(ts, step)
				return ts.Raise(ValueError, "range() arg 3 must not be zero")
			}
		} else {
			step = NewInt(ts, 1)
		}
	default:
		return ts.Raisef(TypeError, "range expected at most 3 arguments, got %d", len(args))
	}
	return newRangeSteal(ts, start, stop, step)
}

func rangeDealloc(ts *Thread, o *Object) {
	r := (*Range)(unsafePointer(o))
	Clear(ts, &r.start)
	Clear(ts, &r.stop)
	Clear(ts, &r.step)
	Clear(ts, &r.length)
	freeObject(ts, rangeClass, r)
}

func rangeRepr(ts *Thread, o *Object) *Object {
	r := (*Range)(unsafePointer(o))
	parts := []*Object{r.start, r.stop}
	if !(r.fast && r.st == 1) && !(AsInt(r.step).big == nil && AsInt(r.step).v == 1) {
		parts = append(parts, r.step)
	}
	b := []byte("range(")
	b, ok := ctrReprJoin(ts, b, parts)
	if !ok {
		return nil
	}
	b = append(b, ')')
	return NewStr(ts, string(b))
}

func rangeLen(ts *Thread, o *Object) int {
	r := (*Range)(unsafePointer(o))
	if r.fast {
		return int(r.n)
	}
	n, ok := IntValue64(r.length)
	if !ok {
		ts.Raise(OverflowError, "Python int too large to convert to C ssize_t")
		return -1
	}
	return int(n)
}

func rangeBool(ts *Thread, o *Object) int {
	if AsInt((*Range)(unsafePointer(o)).length).Sign() != 0 {
		return 1
	}
	return 0
}

// rangeItem is start + i*step for a big i known to be in range.
func (r *Range) item(ts *Thread, i *big.Int) *Object {
	v := new(big.Int).Mul(i, rangeBig(r.step))
	v.Add(v, rangeBig(r.start))
	return NewIntBig(ts, v)
}

func rangeSubscript(ts *Thread, o, key *Object) *Object {
	r := (*Range)(unsafePointer(o))
	if ctrIsIndex(key) {
		io := NumberIndex(ts, key)
		if io == nil {
			return nil
		}
		if iv, ok := IntValue64(io); ok && r.fast {
			Decref(ts, io)
			if iv < 0 {
				iv += r.n
			}
			if iv < 0 || iv >= r.n {
				return ts.Raise(IndexError, "range object index out of range")
			}
			// start + i*step lies between start and stop: no overflow.
			return NewInt(ts, r.s+iv*r.st)
		}
		i := rangeBig(io)
		Decref(ts, io)
		n := rangeBig(r.length)
		if i.Sign() < 0 {
			i.Add(i, n)
		}
		if i.Sign() < 0 || i.Cmp(n) >= 0 {
			return ts.Raise(IndexError, "range object index out of range")
		}
		return r.item(ts, i)
	}
	if s := AsSlice(key); s != nil {
		// compute_slice: the slice's indices over the range's length.
		idx := sliceIndicesMethod(ts, key, []*Object{r.length}, nil)
		if idx == nil {
			return nil
		}
		parts := TupleItems(idx)
		step := rangeBig(r.step)
		substart := new(big.Int).Mul(rangeBig(parts[0]), step)
		substart.Add(substart, rangeBig(r.start))
		substop := new(big.Int).Mul(rangeBig(parts[1]), step)
		substop.Add(substop, rangeBig(r.start))
		substep := new(big.Int).Mul(rangeBig(parts[2]), step)
		Decref(ts, idx)
		return newRangeSteal(ts, NewIntBig(ts, substart), NewIntBig(ts, substop), NewIntBig(ts, substep))
	}
	return ts.Raisef(TypeError, "range indices must be integers or slices, not %s", TypeName(key))
}

// containsInt is range_contains_long: 1 or 0.
func (r *Range) containsInt(ob *Object) int {
	if r.fast {
		if v, ok := IntValue64(ob); ok {
			var in bool
			if r.st > 0 {
				in = v >= r.s && v < r.e
			} else {
				in = v <= r.s && v > r.e
			}
			if !in {
				return 0
			}
			d := new(big.Int).Sub(big.NewInt(v), big.NewInt(r.s))
			if d.IsInt64() {
				if d.Int64()%r.st == 0 {
					return 1
				}
				return 0
			}
		}
	}
	v := rangeBig(ob)
	start, stop, step := rangeBig(r.start), rangeBig(r.stop), rangeBig(r.step)
	if step.Sign() > 0 {
		if v.Cmp(start) < 0 || v.Cmp(stop) >= 0 {
			return 0
		}
	} else if v.Cmp(start) > 0 || v.Cmp(stop) <= 0 {
		return 0
	}
	d := new(big.Int).Sub(v, start)
	if d.Rem(d, step).Sign() == 0 {
		return 1
	}
	return 0
}

// rangeIsIntKey reports whether ob takes the arithmetic path (exact int or
// bool, as CPython's PyLong_CheckExact || PyBool_Check).
func rangeIsIntKey(ob *Object) bool { return ob.typ == IntType || ob.typ == BoolType }

func rangeContains(ts *Thread, o, ob *Object) int {
	r := (*Range)(unsafePointer(o))
	if rangeIsIntKey(ob) {
		return r.containsInt(ob)
	}
	return ctrIterSearch(ts, o, ob, ctrSearchContains)
}

// Iteration search modes (_PySequence_IterSearch).
const (
	ctrSearchCount = iota
	ctrSearchIndex
	ctrSearchContains
)

// ctrIterSearch is _PySequence_IterSearch: count, index or contains by
// iterating seq.
func ctrIterSearch(ts *Thread, seq, ob *Object, op int) int {
	it := GetIter(ts, seq)
	if it == nil {
		if ts.ErrMatches(TypeError) {
			ts.ClearErr()
			ts.Raisef(TypeError, "argument of type '%s' is not iterable", TypeName(seq))
		}
		return -1
	}
	n := 0
	for {
		x := IterNext(ts, it)
		if x == nil {
			break
		}
		c := Equal(ts, x, ob)
		Decref(ts, x)
		if c < 0 {
			Decref(ts, it)
			return -1
		}
		if c > 0 {
			switch op {
			case ctrSearchContains:
				Decref(ts, it)
				return 1
			case ctrSearchIndex:
				Decref(ts, it)
				return n
			}
			n++
			continue
		}
		if op == ctrSearchIndex {
			n++
		}
	}
	Decref(ts, it)
	if ts.Occurred() {
		return -1
	}
	switch op {
	case ctrSearchIndex:
		ts.Raise(ValueError, "sequence.index(x): x not in sequence")
		return -1
	case ctrSearchContains:
		return 0
	}
	return n
}

func rangeCountMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "range.count", args, kwnames) {
		return nil
	}
	r := (*Range)(unsafePointer(self))
	if rangeIsIntKey(args[0]) {
		return NewInt(ts, int64(r.containsInt(args[0])))
	}
	n := ctrIterSearch(ts, self, args[0], ctrSearchCount)
	if n < 0 {
		return nil
	}
	return NewInt(ts, int64(n))
}

func rangeIndexMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "range.index", args, kwnames) {
		return nil
	}
	r := (*Range)(unsafePointer(self))
	ob := args[0]
	if !rangeIsIntKey(ob) {
		n := ctrIterSearch(ts, self, ob, ctrSearchIndex)
		if n < 0 {
			return nil
		}
		return NewInt(ts, int64(n))
	}
	if r.containsInt(ob) == 0 {
		rep := Repr(ts, ob)
		if rep == nil {
			return nil
		}
		msg := StrValue(rep) + " is not in range"
		Decref(ts, rep)
		return ts.Raise(ValueError, msg)
	}
	d := new(big.Int).Sub(rangeBig(ob), rangeBig(r.start))
	d.Quo(d, rangeBig(r.step))
	return NewIntBig(ts, d)
}

// rangeEquals is range_equals: 1 or 0 (or -1).
func rangeEquals(ts *Thread, a, b *Range) int {
	if a == b {
		return 1
	}
	if c := Equal(ts, a.length, b.length); c <= 0 {
		return c
	}
	if AsInt(a.length).Sign() == 0 {
		return 1
	}
	if c := Equal(ts, a.start, b.start); c <= 0 {
		return c
	}
	if n, ok := IntValue64(a.length); ok && n == 1 {
		return 1
	}
	return Equal(ts, a.step, b.step)
}

func rangeRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	if b.typ != RangeType || (op != EQ && op != NE) {
		return NotImplemented
	}
	c := rangeEquals(ts, (*Range)(unsafePointer(a)), (*Range)(unsafePointer(b)))
	if c < 0 {
		return nil
	}
	return Bool((c == 1) == (op == EQ))
}

func rangeHash(ts *Thread, o *Object) int64 {
	r := (*Range)(unsafePointer(o))
	items := []*Object{r.length, None, None}
	if AsInt(r.length).Sign() != 0 {
		items[1] = r.start
		if n, ok := IntValue64(r.length); !ok || n != 1 {
			items[2] = r.step
		}
	}
	t := NewTuple(ts, items...)
	if t == nil {
		return -1
	}
	h := Hash(ts, t)
	Decref(ts, t)
	return h
}

func rangeReduceMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	r := (*Range)(unsafePointer(self))
	a := NewTuple(ts, r.start, r.stop, r.step)
	return NewTupleSteal(ts, NewRef(RangeType.TypeObject()), a)
}

// rangeIter is the range_iterator (int64) ...
type rangeIter struct {
	Object
	start, step, len int64
}

// ... and longRangeIter the longrange_iterator (arbitrary ints).
type longRangeIter struct {
	Object
	start, step, len *Object
}

var (
	rangeIterClass     = alloc.NewClass[rangeIter]("range_iterator")
	longRangeIterClass = alloc.NewClass[longRangeIter]("longrange_iterator")

	// RangeIterType and LongRangeIterType are the types of iter(range).
	RangeIterType     = &Type{Name: "range_iterator"}
	LongRangeIterType = &Type{Name: "longrange_iterator"}
)

// fastRangeIter makes a range_iterator when everything fits in int64.
func fastRangeIter(ts *Thread, start, step, n int64) *Object {
	it := newObject(ts, rangeIterClass, RangeIterType)
	it.start, it.step, it.len = start, step, n
	return &it.Object
}

func longRangeIterNew(ts *Thread, start, step, n *big.Int) *Object {
	it := newObject(ts, longRangeIterClass, LongRangeIterType)
	it.start, it.step, it.len = NewIntBig(ts, start), NewIntBig(ts, step), NewIntBig(ts, n)
	return &it.Object
}

func rangeIterSlot(ts *Thread, o *Object) *Object {
	r := (*Range)(unsafePointer(o))
	if r.fast {
		// range_iter's check for an overflow of start + len*step.
		ok := r.n == 0 ||
			(r.st > 0 && r.e <= math.MaxInt64-(r.st-1)) ||
			(r.st < 0 && r.e >= math.MinInt64+(-1-r.st))
		if ok {
			return fastRangeIter(ts, r.s, r.st, r.n)
		}
	}
	return longRangeIterNew(ts, rangeBig(r.start), rangeBig(r.step), rangeBig(r.length))
}

// RangeReversed is reversed(range): range(start+(n-1)*step, start-step,
// -step), with CPython's conditions for the int64 iterator.
func RangeReversed(ts *Thread, o *Object) *Object {
	r := (*Range)(unsafePointer(o))
	if r.fast && r.st != math.MinInt64 {
		lstart, lstep := r.s, r.st
		ok := true
		if lstep > 0 {
			ok = uint64(lstart)-(1<<63) >= uint64(lstep)
		} else {
			ok = uint64(math.MaxInt64)-uint64(lstart) >= uint64(-lstep)
		}
		if ok {
			newStop := lstart - lstep
			newStart := newStop + r.n*lstep
			return fastRangeIter(ts, newStart, -lstep, r.n)
		}
	}
	n := rangeBig(r.length)
	step := rangeBig(r.step)
	start := new(big.Int).Sub(n, big.NewInt(1))
	start.Mul(start, step)
	start.Add(start, rangeBig(r.start))
	return longRangeIterNew(ts, start, step.Neg(step), n)
}

func init() {
	t := RangeType
	t.Dealloc = rangeDealloc
	t.Repr = rangeRepr
	t.Hash = rangeHash
	t.RichCompare = rangeRichCompare
	t.Len = rangeLen
	t.Bool = rangeBool
	t.GetItem = rangeSubscript
	t.Contains = rangeContains
	t.Iter = rangeIterSlot
	t.New = rangeNew
	t.Members = []MemberDef{
		{Name: "start", Get: func(o *Object) *Object { return (*Range)(unsafePointer(o)).start }},
		{Name: "stop", Get: func(o *Object) *Object { return (*Range)(unsafePointer(o)).stop }},
		{Name: "step", Get: func(o *Object) *Object { return (*Range)(unsafePointer(o)).step }},
	}
	t.Methods = []MethodDef{
		{Name: "__reversed__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !ctrNoArgs(ts, "range.__reversed__", args, kwnames) {
				return nil
			}
			return RangeReversed(ts, self)
		}, Doc: "Return a reverse iterator."},
		{Name: "__reduce__", Fn: rangeReduceMethod},
		{Name: "count", Fn: rangeCountMethod, Doc: "rangeobject.count(value) -> integer -- return number of occurrences of value"},
		{Name: "index", Fn: rangeIndexMethod, Doc: "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
	}
	registerStatic(t)

	it := RangeIterType
	it.Dealloc = func(ts *Thread, o *Object) { freeObject(ts, rangeIterClass, (*rangeIter)(unsafePointer(o))) }
	it.Iter = func(ts *Thread, o *Object) *Object { return NewRef(o) }
	it.IterNext = func(ts *Thread, o *Object) *Object {
		r := (*rangeIter)(unsafePointer(o))
		if r.len > 0 {
			v := r.start
			r.start = v + r.step
			r.len--
			return NewInt(ts, v)
		}
		return nil
	}
	it.Methods = []MethodDef{{Name: "__length_hint__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		return NewInt(ts, (*rangeIter)(unsafePointer(self)).len)
	}, Doc: "Private method returning an estimate of len(list(it))."}}
	registerStatic(it)

	lt := LongRangeIterType
	lt.Dealloc = func(ts *Thread, o *Object) {
		r := (*longRangeIter)(unsafePointer(o))
		Clear(ts, &r.start)
		Clear(ts, &r.step)
		Clear(ts, &r.len)
		freeObject(ts, longRangeIterClass, r)
	}
	lt.Iter = func(ts *Thread, o *Object) *Object { return NewRef(o) }
	lt.IterNext = func(ts *Thread, o *Object) *Object {
		r := (*longRangeIter)(unsafePointer(o))
		n := rangeBig(r.len)
		if n.Sign() <= 0 {
			return nil
		}
		v := NewRef(r.start)
		next := rangeBig(r.start)
		next.Add(next, rangeBig(r.step))
		nn := NewIntBig(ts, next)
		Decref(ts, r.start)
		r.start = nn
		ln := NewIntBig(ts, n.Sub(n, big.NewInt(1)))
		Decref(ts, r.len)
		r.len = ln
		return v
	}
	lt.Methods = []MethodDef{{Name: "__length_hint__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		return NewRef((*longRangeIter)(unsafePointer(self)).len)
	}, Doc: "Private method returning an estimate of len(list(it))."}}
	registerStatic(lt)
}
