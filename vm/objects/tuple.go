package objects

import "minipy/runtime/alloc"

// Tuple is a tuple object. Its items are owned. Tuples are tracked by the
// cycle collector when made; a collection untracks those that hold only
// objects that cannot be part of a cycle (as CPython's untrack_tuples).
type Tuple struct {
	GCObject
	items []*Object
}

var tupleClass = alloc.NewClass[Tuple]("tuple")

// Tuples of up to tupleInlineMax items keep them in the same block (as
// CPython's tuples do), so making one costs no Go allocation: one block
// class per length, items aliasing the inline array. Longer tuples hold a
// Go slice charged to the heap.
const tupleInlineMax = 8

type (
	tuple1 struct {
		Tuple
		a [1]*Object
	}
	tuple2 struct {
		Tuple
		a [2]*Object
	}
	tuple3 struct {
		Tuple
		a [3]*Object
	}
	tuple4 struct {
		Tuple
		a [4]*Object
	}
	tuple5 struct {
		Tuple
		a [5]*Object
	}
	tuple6 struct {
		Tuple
		a [6]*Object
	}
	tuple7 struct {
		Tuple
		a [7]*Object
	}
	tuple8 struct {
		Tuple
		a [8]*Object
	}
)

var (
	tuple1Class = alloc.NewClass[tuple1]("tuple")
	tuple2Class = alloc.NewClass[tuple2]("tuple")
	tuple3Class = alloc.NewClass[tuple3]("tuple")
	tuple4Class = alloc.NewClass[tuple4]("tuple")
	tuple5Class = alloc.NewClass[tuple5]("tuple")
	tuple6Class = alloc.NewClass[tuple6]("tuple")
	tuple7Class = alloc.NewClass[tuple7]("tuple")
	tuple8Class = alloc.NewClass[tuple8]("tuple")
)

// tupleAllocN allocates an untracked tuple of type t with n nil items; the
// caller fills them and calls gcTrack.
func tupleAllocN(ts *Thread, t *Type, n int) *Tuple {
	var p *Tuple
	switch n {
	case 0:
		return newObject(ts, tupleClass, t)
	case 1:
		q := newObject(ts, tuple1Class, t)
		q.items, p = q.a[:], &q.Tuple
	case 2:
		q := newObject(ts, tuple2Class, t)
		q.items, p = q.a[:], &q.Tuple
	case 3:
		q := newObject(ts, tuple3Class, t)
		q.items, p = q.a[:], &q.Tuple
	case 4:
		q := newObject(ts, tuple4Class, t)
		q.items, p = q.a[:], &q.Tuple
	case 5:
		q := newObject(ts, tuple5Class, t)
		q.items, p = q.a[:], &q.Tuple
	case 6:
		q := newObject(ts, tuple6Class, t)
		q.items, p = q.a[:], &q.Tuple
	case 7:
		q := newObject(ts, tuple7Class, t)
		q.items, p = q.a[:], &q.Tuple
	case 8:
		q := newObject(ts, tuple8Class, t)
		q.items, p = q.a[:], &q.Tuple
	default:
		p = newObject(ts, tupleClass, t)
		p.items = make([]*Object, n)
		ts.heap.Charge(n * ptrSize)
	}
	return p
}

// tupleFree returns a tuple's block (its items already released; n is
// the number of items it was made with).
func tupleFree(ts *Thread, p *Tuple, n int) {
	if p.typ != TupleType {
		n = -n // a subclass instance: a tupleClass block (newTupleSliceSteal)
	}
	switch n {
	case 1:
		freeObject(ts, tuple1Class, (*tuple1)(unsafePointer(&p.Object)))
	case 2:
		freeObject(ts, tuple2Class, (*tuple2)(unsafePointer(&p.Object)))
	case 3:
		freeObject(ts, tuple3Class, (*tuple3)(unsafePointer(&p.Object)))
	case 4:
		freeObject(ts, tuple4Class, (*tuple4)(unsafePointer(&p.Object)))
	case 5:
		freeObject(ts, tuple5Class, (*tuple5)(unsafePointer(&p.Object)))
	case 6:
		freeObject(ts, tuple6Class, (*tuple6)(unsafePointer(&p.Object)))
	case 7:
		freeObject(ts, tuple7Class, (*tuple7)(unsafePointer(&p.Object)))
	case 8:
		freeObject(ts, tuple8Class, (*tuple8)(unsafePointer(&p.Object)))
	default:
		if n < 0 {
			n = -n
		}
		if n > 0 {
			ts.heap.Uncharge(n * ptrSize)
		}
		freeObject(ts, tupleClass, p)
	}
}

// TupleType is the tuple type.
var TupleType = &Type{Name: "tuple", Flags: FlagBaseType | FlagTupleSubclass | FlagHaveGC,
	Doc: "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object."}

var emptyTuple Tuple

// EmptyTuple is the static immortal ().
var EmptyTuple = &emptyTuple.Object

const ptrSize = 8

// NewTupleSteal makes a tuple of items, stealing the references.
func NewTupleSteal(ts *Thread, items ...*Object) *Object {
	if len(items) == 0 {
		return EmptyTuple
	}
	t := tupleAllocN(ts, TupleType, len(items))
	copy(t.items, items)
	gcTrack(ts, &t.Object)
	return &t.Object
}

// NewTuple makes a tuple of items (borrowed).
func NewTuple(ts *Thread, items ...*Object) *Object {
	for _, it := range items {
		Incref(it)
	}
	return NewTupleSteal(ts, items...)
}

// newTupleSliceSteal makes a tuple that takes over items (the slice and its
// references).
func newTupleSliceSteal(ts *Thread, t *Type, items []*Object) *Object {
	if len(items) == 0 && t == TupleType {
		return EmptyTuple
	}
	var p *Tuple
	if len(items) <= tupleInlineMax && t == TupleType {
		p = tupleAllocN(ts, t, len(items))
		copy(p.items, items)
	} else {
		p = newObject(ts, tupleClass, t)
		p.items = items[:len(items):len(items)]
		ts.heap.Charge(len(items) * ptrSize)
	}
	gcTrack(ts, &p.Object)
	return &p.Object
}

// AsTuple returns o as a *Tuple, or nil when o is not a tuple (or subclass).
func AsTuple(o *Object) *Tuple {
	if o.typ.Flags&FlagTupleSubclass != 0 {
		return (*Tuple)(unsafePointer(o))
	}
	return nil
}

// Items are the tuple's items (borrowed; do not modify).
func (t *Tuple) Items() []*Object { return t.items }

// TupleItems returns the items of a tuple object; o must be a tuple.
func TupleItems(o *Object) []*Object { return (*Tuple)(unsafePointer(o)).items }

func tupleDealloc(ts *Thread, o *Object) {
	t := (*Tuple)(unsafePointer(o))
	gcUntrack(ts, o)
	if !trashBegin(ts, o) {
		return
	}
	items := t.items
	n := len(items)
	// Last item first, as CPython's tupledealloc (__del__ order is
	// observable).
	for i := n - 1; i >= 0; i-- {
		it := items[i]
		items[i] = nil
		XDecref(ts, it)
	}
	t.items = nil
	tupleFree(ts, t, n)
	trashEnd(ts)
}

func tupleTraverse(o *Object, v Visitor) {
	for _, it := range (*Tuple)(unsafePointer(o)).items {
		if it != nil {
			v.Visit(it)
		}
	}
}

func tupleRepr(ts *Thread, o *Object) *Object {
	items := TupleItems(o)
	if len(items) == 0 {
		return NewStr(ts, "()")
	}
	if r := ReprEnter(ts, o); r != 0 {
		if r > 0 {
			return NewStr(ts, "(...)")
		}
		return nil
	}
	b := []byte{'('}
	b, ok := ctrReprJoin(ts, b, items)
	ReprLeave(ts, o)
	if !ok {
		return nil
	}
	if len(items) == 1 {
		b = append(b, ',')
	}
	b = append(b, ')')
	return NewStr(ts, string(b))
}

// The xxHash constants of CPython 3.11's tuplehash.
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

func tupleHash(ts *Thread, o *Object) int64 {
	items := TupleItems(o)
	acc := xxPrime5
	for _, it := range items {
		lane := uint64(Hash(ts, it))
		if lane == ^uint64(0) {
			return -1
		}
		acc += lane * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796
	}
	return int64(acc)
}

// ctrCompareSeqs is the rich comparison of two sequences' items, as
// tuplerichcompare and list_richcompare: the first differing pair decides,
// else the lengths. The item slices are re-read after each comparison
// through get, since a list may change under a comparison.
func ctrCompareSeqs(ts *Thread, get func(side int) []*Object, op CompareOp) *Object {
	i := 0
	for {
		v, w := get(0), get(1)
		if i >= len(v) || i >= len(w) {
			break
		}
		a, b := NewRef(v[i]), NewRef(w[i])
		k := RichCompareBool(ts, a, b, EQ)
		Decref(ts, a)
		Decref(ts, b)
		if k < 0 {
			return nil
		}
		if k == 0 {
			break
		}
		i++
	}
	v, w := get(0), get(1)
	if i >= len(v) || i >= len(w) {
		return ctrCompareInts(len(v), len(w), op)
	}
	switch op {
	case EQ:
		return False
	case NE:
		return True
	}
	a, b := NewRef(v[i]), NewRef(w[i])
	r := RichCompare(ts, a, b, op)
	Decref(ts, a)
	Decref(ts, b)
	return r
}

// ctrCompareInts is Py_RETURN_RICHCOMPARE on two Go ints.
func ctrCompareInts(a, b int, op CompareOp) *Object {
	var r bool
	switch op {
	case LT:
		r = a < b
	case LE:
		r = a <= b
	case EQ:
		r = a == b
	case NE:
		r = a != b
	case GT:
		r = a > b
	case GE:
		r = a >= b
	}
	return Bool(r)
}

func tupleRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	if AsTuple(a) == nil || AsTuple(b) == nil {
		return NotImplemented
	}
	// CPython's tuplerichcompare: the items of a tuple never change and
	// the caller holds both tuples, so no item needs a reference of its own
	// during the comparisons (ctrCompareSeqs is for lists, which may change).
	x, y := TupleItems(a), TupleItems(b)
	i := 0
	for ; i < len(x) && i < len(y); i++ {
		if x[i] == y[i] {
			continue
		}
		k := RichCompareBool(ts, x[i], y[i], EQ)
		if k < 0 {
			return nil
		}
		if k == 0 {
			break
		}
	}
	if i >= len(x) || i >= len(y) {
		return ctrCompareInts(len(x), len(y), op)
	}
	switch op {
	case EQ:
		return False
	case NE:
		return True
	}
	return RichCompare(ts, x[i], y[i], op)
}

func tupleLen(ts *Thread, o *Object) int { return len(TupleItems(o)) }

func tupleContains(ts *Thread, o, item *Object) int {
	for _, it := range TupleItems(o) {
		if r := Equal(ts, it, item); r != 0 {
			return r
		}
	}
	return 0
}

func tupleSubscript(ts *Thread, o, key *Object) *Object {
	items := TupleItems(o)
	if ctrIsIndex(key) {
		i, ok := IndexValue(ts, key, IndexError)
		if !ok {
			proxyIndexFailed(ts, key, "tuple indices must be integers or slices, not %s")
			return nil
		}
		if i < 0 {
			i += len(items)
		}
		if i < 0 || i >= len(items) {
			return ts.Raise(IndexError, "tuple index out of range")
		}
		return NewRef(items[i])
	}
	if s := AsSlice(key); s != nil {
		start, _, step, n, ok := s.Indices(ts, len(items))
		if !ok {
			return nil
		}
		if n <= 0 {
			return EmptyTuple
		}
		if step == 1 && n == len(items) && o.typ == TupleType {
			return NewRef(o)
		}
		out := make([]*Object, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			out[k] = NewRef(items[i])
		}
		return newTupleSliceSteal(ts, TupleType, out)
	}
	return ts.Raisef(TypeError, "tuple indices must be integers or slices, not %s", TypeName(key))
}

// TupleGetSlice is t[lo:hi] for 0 <= lo <= hi <= len(t).
func TupleGetSlice(ts *Thread, o *Object, lo, hi int) *Object {
	items := TupleItems(o)
	if lo == 0 && hi == len(items) && o.typ == TupleType {
		return NewRef(o)
	}
	out := make([]*Object, hi-lo)
	for i := range out {
		out[i] = NewRef(items[lo+i])
	}
	return newTupleSliceSteal(ts, TupleType, out)
}

func tupleConcat(ts *Thread, a, b *Object) *Object {
	if AsTuple(a) == nil {
		return NotImplemented
	}
	if AsTuple(b) == nil {
		if r := ctrOtherFirst(ts, a, b, b, OpAdd, tupleConcat); r != NotImplemented {
			return r
		}
		return ts.Raisef(TypeError, "can only concatenate tuple (not \"%s\") to tuple", operandTypeName(ts, b))
	}
	x, y := TupleItems(a), TupleItems(b)
	if len(y) == 0 && a.typ == TupleType {
		return NewRef(a)
	}
	if len(x) == 0 && b.typ == TupleType {
		return NewRef(b)
	}
	out := make([]*Object, 0, len(x)+len(y))
	for _, it := range x {
		out = append(out, NewRef(it))
	}
	for _, it := range y {
		out = append(out, NewRef(it))
	}
	return newTupleSliceSteal(ts, TupleType, out)
}

// ctrRepeatSize checks that len*count items fit (MemoryError otherwise, as
// CPython raises for sizes beyond PY_SSIZE_T_MAX / sizeof(PyObject *)).
func ctrRepeatSize(ts *Thread, length, count int) bool {
	// Go cannot recover from an allocation it cannot satisfy, so item
	// arrays past the machine's budget raise MemoryError up front, where
	// CPython's malloc fails ([0] * 10**12).
	if length > 0 && int64(count) > strMaxSize/ptrSize/int64(length) {
		ts.RaiseNone(MemoryError)
		return false
	}
	// The interpreter's memory limit (interp.Config.MemoryLimit).
	return ts.PayloadFits(int64(length) * int64(count) * ptrSize)
}

// ctrHintFits checks a length hint before an item array of that size is
// preallocated (list(range(10**12)), tuple(...)): MemoryError beyond the
// budget, as CPython's preallocation fails.
func ctrHintFits(ts *Thread, hint int) bool {
	if int64(hint) > strMaxSize/ptrSize {
		ts.RaiseNone(MemoryError)
		return false
	}
	return ts.PayloadFits(int64(hint) * ptrSize)
}

func tupleRepeat(ts *Thread, a, b *Object) *Object {
	seq, c, r := ctrRepeatOperands(ts, a, b, func(o *Object) bool { return AsTuple(o) != nil }, tupleRepeat)
	if r != True {
		return r
	}
	items := TupleItems(seq)
	if len(items) == 0 || c == 0 {
		return EmptyTuple
	}
	if c == 1 && seq.typ == TupleType {
		return NewRef(seq)
	}
	if !ctrRepeatSize(ts, len(items), c) {
		return nil
	}
	out := make([]*Object, 0, len(items)*c)
	for k := 0; k < c; k++ {
		for _, it := range items {
			out = append(out, NewRef(it))
		}
	}
	return newTupleSliceSteal(ts, TupleType, out)
}

func tupleCount(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "tuple.count", args, kwnames) {
		return nil
	}
	n := 0
	for _, it := range TupleItems(self) {
		r := Equal(ts, it, args[0])
		if r < 0 {
			return nil
		}
		n += r
	}
	return NewInt(ts, int64(n))
}

func tupleIndex(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrArgRange(ts, "index", args, kwnames, 1, 3) {
		return nil
	}
	items := TupleItems(self)
	start, stop, ok := ctrIndexArgs(ts, args[1:], len(items))
	if !ok {
		return nil
	}
	for i := start; i < stop && i < len(items); i++ {
		r := Equal(ts, items[i], args[0])
		if r < 0 {
			return nil
		}
		if r > 0 {
			return NewInt(ts, int64(i))
		}
	}
	return ts.Raise(ValueError, "tuple.index(x): x not in tuple")
}

func tupleGetnewargs(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "tuple.__getnewargs__", args, kwnames) {
		return nil
	}
	t := TupleGetSlice(ts, self, 0, len(TupleItems(self)))
	if t == nil {
		return nil
	}
	return NewTupleSteal(ts, t)
}

// SequenceTuple is tuple(iterable) (PySequence_Tuple): the object itself
// for an exact tuple.
func SequenceTuple(ts *Thread, o *Object) *Object {
	if o.typ == TupleType {
		return NewRef(o)
	}
	if l := AsList(o); l != nil {
		out := make([]*Object, len(l.items))
		for i, it := range l.items {
			out[i] = NewRef(it)
		}
		return newTupleSliceSteal(ts, TupleType, out)
	}
	items, ok := ctrCollect(ts, o)
	if !ok {
		return nil
	}
	return newTupleSliceSteal(ts, TupleType, items)
}

// ctrCollect drains an iterable into a new slice of owned references.
func ctrCollect(ts *Thread, o *Object) ([]*Object, bool) {
	it := GetIter(ts, o)
	if it == nil {
		return nil, false
	}
	// PyObject_LengthHint, as PySequence_Tuple and list_extend: a size
	// the machine cannot give is a MemoryError before any item is taken
	// (tuple(range(10**12))).
	var items []*Object
	n, ok := ctrLengthHintOf(ts, o, 0)
	if !ok || (n > 0 && !ctrHintFits(ts, n)) {
		Decref(ts, it)
		return nil, false
	}
	if n > 0 {
		items = make([]*Object, 0, n)
	}
	for {
		x := IterNext(ts, it)
		if x == nil {
			break
		}
		items = append(items, x)
	}
	Decref(ts, it)
	if ts.Occurred() {
		for _, x := range items {
			Decref(ts, x)
		}
		return nil, false
	}
	return items, true
}

// ctrLengthHint is a cheap length estimate for preallocation: len() of the
// built-in containers, else 0 (never calls out).
func ctrLengthHint(ts *Thread, o *Object) int {
	switch {
	case AsTuple(o) != nil:
		return len(TupleItems(o))
	case AsList(o) != nil:
		return len(AsList(o).items)
	case AsDict(o) != nil:
		return AsDict(o).used
	case AsAnySet(o) != nil:
		return AsAnySet(o).used
	}
	return 0
}

func tupleNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	if t == TupleType && !ctrNoKw(ts, "tuple", kwnames) {
		return nil
	}
	if kwnames != nil && len(TupleItems(kwnames)) > 0 {
		return ts.Raise(TypeError, "tuple() takes no keyword arguments")
	}
	if len(args) > 1 {
		return ts.Raisef(TypeError, "tuple expected at most 1 argument, got %d", len(args))
	}
	var tup *Object
	if len(args) == 0 {
		tup = EmptyTuple
	} else {
		tup = SequenceTuple(ts, args[0])
		if tup == nil {
			return nil
		}
	}
	if t == TupleType {
		return tup
	}
	items := TupleItems(tup)
	out := make([]*Object, len(items))
	for i, it := range items {
		out[i] = NewRef(it)
	}
	Decref(ts, tup)
	return newTupleSliceSteal(ts, t, out)
}

// tupleIter is the tuple_iterator.
type tupleIter struct {
	GCObject
	index int
	seq   *Object // nil once exhausted
}

var tupleIterClass = alloc.NewClass[tupleIter]("tuple_iterator")

// TupleIterType is the type of iter(tuple).
var TupleIterType = &Type{Name: "tuple_iterator", Flags: FlagHaveGC}

func tupleIterNew(ts *Thread, o *Object) *Object {
	it := newObject(ts, tupleIterClass, TupleIterType)
	it.seq = NewRef(o)
	gcTrack(ts, &it.Object)
	return &it.Object
}

func init() {
	initStatic(EmptyTuple, TupleType)
	t := TupleType
	t.Dealloc = tupleDealloc
	t.Traverse = tupleTraverse
	t.Repr = tupleRepr
	t.Hash = tupleHash
	t.RichCompare = tupleRichCompare
	t.Len = tupleLen
	t.Contains = tupleContains
	t.GetItem = tupleSubscript
	t.NumBinary[OpAdd] = tupleConcat
	t.NumBinary[OpMul] = tupleRepeat
	t.Iter = tupleIterNew
	t.New = tupleNew
	t.Methods = []MethodDef{
		{Name: "__getnewargs__", Fn: tupleGetnewargs},
		{Name: "index", Fn: tupleIndex, Doc: "Return first index of value.\n\nRaises ValueError if the value is not present."},
		{Name: "count", Fn: tupleCount, Doc: "Return number of occurrences of value."},
	}
	registerStatic(t)

	it := TupleIterType
	it.Dealloc = func(ts *Thread, o *Object) {
		p := (*tupleIter)(unsafePointer(o))
		gcUntrack(ts, o)
		Clear(ts, &p.seq)
		freeObject(ts, tupleIterClass, p)
	}
	it.Traverse = func(o *Object, v Visitor) {
		if s := (*tupleIter)(unsafePointer(o)).seq; s != nil {
			v.Visit(s)
		}
	}
	it.Iter = func(ts *Thread, o *Object) *Object { return NewRef(o) }
	it.IterNext = func(ts *Thread, o *Object) *Object {
		p := (*tupleIter)(unsafePointer(o))
		if p.seq == nil {
			return nil
		}
		items := TupleItems(p.seq)
		if p.index < len(items) {
			p.index++
			return NewRef(items[p.index-1])
		}
		Clear(ts, &p.seq)
		return nil
	}
	it.Methods = []MethodDef{
		{Name: "__length_hint__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			p := (*tupleIter)(unsafePointer(self))
			n := 0
			if p.seq != nil {
				n = len(TupleItems(p.seq)) - p.index
			}
			return NewInt(ts, int64(n))
		}, Doc: "Private method returning an estimate of len(list(it))."},
	}
	registerStatic(it)
}
