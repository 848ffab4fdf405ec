package objects

import (
	"minipy/runtime/alloc"
)

// List is a list object. items is a Go slice whose capacity follows
// CPython's over-allocation (list_resize) and is charged to the heap.
// Every method re-reads l.items after calling out (a comparison, a
// destructor), because Python code may have changed the list meanwhile.
type List struct {
	GCObject
	items     []*Object
	allocated int  // CPython's allocated: growth and __sizeof__ follow it
	block     bool // items is backed by a heap block (list_items.go)
}

var listClass = alloc.NewClass[List]("list")

// ListType is the list type.
var ListType = &Type{Name: "list", Flags: FlagBaseType | FlagListSubclass | FlagHaveGC,
	Doc: "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified."}

// AsList returns o as a *List, or nil when o is not a list (or subclass).
func AsList(o *Object) *List {
	if o.typ.Flags&FlagListSubclass != 0 {
		return (*List)(unsafePointer(o))
	}
	return nil
}

// ListItems returns the items of a list object (borrowed; the slice is
// valid until the list is next modified).
func ListItems(o *Object) []*Object { return (*List)(unsafePointer(o)).items }

// Items are the list's items (borrowed).
func (l *List) Items() []*Object { return l.items }

// NewList makes a list of items (borrowed).
func NewList(ts *Thread, items ...*Object) *Object {
	l := newListN(ts, ListType, len(items))
	for i, it := range items {
		l.items[i] = NewRef(it)
	}
	gcTrack(ts, &l.Object)
	return &l.Object
}

// NewListSteal makes a list that takes over items (the slice and its
// references; nil entries are not allowed).
func NewListSteal(ts *Thread, items []*Object) *Object {
	return newListOf(ts, ListType, items)
}

func newListOf(ts *Thread, t *Type, items []*Object) *Object {
	l := newObject(ts, listClass, t)
	if len(items) > 0 {
		l.items, l.allocated = items, len(items)
		ts.heap.Charge(cap(items) * ptrSize)
	}
	gcTrack(ts, &l.Object)
	return &l.Object
}

// resize is list_resize: makes len(l.items) == n, reallocating with
// CPython's growth pattern when the capacity does not fit. New slots are
// nil; the caller fills them.
func (l *List) resize(ts *Thread, n int) {
	allocated := l.allocated
	if allocated >= n && n >= allocated>>1 {
		l.items = l.items[:n]
		return
	}
	newAlloc := (n + n>>3 + 6) &^ 3
	if n-len(l.items) > newAlloc-n {
		newAlloc = (n + 3) &^ 3
	}
	if n == 0 {
		newAlloc = 0
	}
	// An array already big enough (and not twice too big) is reused in
	// place: the "realloc" moves nothing.
	if c := cap(l.items); newAlloc > 0 && newAlloc <= c && (c == 4 && l.block || newAlloc > c/2) {
		l.items = l.items[:n]
		l.allocated = newAlloc
		return
	}
	want := newAlloc
	if n > listBlockMax && n > len(l.items) {
		// Growing a Go slice: CPython's 1/8 over-allocation would copy
		// every item about 8 times over a run of appends (realloc often
		// grows in place; a Go slice never does), so the array gets half
		// as much again, while allocated (growth, __sizeof__) stays
		// CPython's.
		want = max(newAlloc, n+n>>1)
	}
	items, block := listNewBacking(ts, want)
	if newAlloc > 0 {
		items = items[:n]
		copy(items, l.items)
	}
	old, oldBlock := l.items, l.block
	l.items, l.block, l.allocated = items, block, newAlloc
	listFreeBacking(ts, old, oldBlock)
}

// preallocateExact is list_preallocate_exact: room for n items (rounded up
// to even, as CPython 3.11) in a list that has no item array yet.
func (l *List) preallocateExact(ts *Thread, n int) {
	n = (n + 1) &^ 1
	items, block := listNewBacking(ts, n)
	l.items, l.block, l.allocated = items, block, n
}

// ListAppend appends x (borrowed); 0 (it cannot fail short of running out
// of memory).
func ListAppend(ts *Thread, lo, x *Object) int {
	l := (*List)(unsafePointer(lo))
	n := len(l.items)
	if n < l.allocated {
		l.items = append(l.items, NewRef(x))
		return 0
	}
	l.resize(ts, n+1)
	l.items[n] = NewRef(x)
	return 0
}

// ListAppendSteal is ListAppend stealing x.
func ListAppendSteal(ts *Thread, lo, x *Object) int {
	l := (*List)(unsafePointer(lo))
	n := len(l.items)
	if n < l.allocated {
		l.items = append(l.items, x)
		return 0
	}
	l.resize(ts, n+1)
	l.items[n] = x
	return 0
}

func listDealloc(ts *Thread, o *Object) {
	l := (*List)(unsafePointer(o))
	gcUntrack(ts, o)
	if !trashBegin(ts, o) {
		return
	}
	l.clearItems(ts)
	freeObject(ts, listClass, l)
	trashEnd(ts)
}

func listTraverse(o *Object, v Visitor) {
	for _, it := range (*List)(unsafePointer(o)).items {
		if it != nil {
			v.Visit(it)
		}
	}
}

// listClearItems empties the list; the items are released after the list
// is consistent (their destructors may look at it).
func (l *List) clearItems(ts *Thread) {
	items, block := l.items, l.block
	if cap(items) == 0 {
		l.items, l.allocated, l.block = nil, 0, false
		return
	}
	l.items, l.allocated, l.block = nil, 0, false
	// Last item first, as CPython's list_clear and list_dealloc: the order
	// in which the items' __del__ methods run is observable.
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		items[i] = nil
		XDecref(ts, it)
	}
	listFreeBacking(ts, items, block)
}

func listClearSlot(ts *Thread, o *Object) { (*List)(unsafePointer(o)).clearItems(ts) }

// ReprEnter guards the repr of a container against recursion (Py_ReprEnter):
// 0 to go ahead (pair with ReprLeave), 1 when o's repr is already being
// built further up (print "[...]"), -1 on error.
func ReprEnter(ts *Thread, o *Object) int {
	for _, x := range ts.reprActive {
		if x == o {
			return 1
		}
	}
	ts.reprActive = append(ts.reprActive, o)
	return 0
}

// ReprLeave ends a ReprEnter that returned 0.
func ReprLeave(ts *Thread, o *Object) {
	for i := len(ts.reprActive) - 1; i >= 0; i-- {
		if ts.reprActive[i] == o {
			ts.reprActive = append(ts.reprActive[:i], ts.reprActive[i+1:]...)
			return
		}
	}
}

func listRepr(ts *Thread, o *Object) *Object {
	l := (*List)(unsafePointer(o))
	if len(l.items) == 0 {
		return NewStr(ts, "[]")
	}
	if r := ReprEnter(ts, o); r != 0 {
		if r > 0 {
			return NewStr(ts, "[...]")
		}
		return nil
	}
	b := []byte{'['}
	ok := true
	// The list may change while its items' reprs run: index afresh.
	for i := 0; i < len(l.items); i++ {
		if i > 0 {
			b = append(b, ", "...)
		}
		x := NewRef(l.items[i])
		r := Repr(ts, x)
		Decref(ts, x)
		if r == nil {
			ok = false
			break
		}
		b = append(b, StrValue(r)...)
		Decref(ts, r)
	}
	ReprLeave(ts, o)
	if !ok {
		return nil
	}
	b = append(b, ']')
	return NewStr(ts, string(b))
}

func listRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	if AsList(a) == nil || AsList(b) == nil {
		return NotImplemented
	}
	x, y := (*List)(unsafePointer(a)), (*List)(unsafePointer(b))
	if len(x.items) != len(y.items) && (op == EQ || op == NE) {
		return Bool(op == NE)
	}
	return ctrCompareSeqs(ts, func(side int) []*Object {
		if side == 0 {
			return x.items
		}
		return y.items
	}, op)
}

func listLen(ts *Thread, o *Object) int { return len((*List)(unsafePointer(o)).items) }

func listContains(ts *Thread, o, x *Object) int {
	l := (*List)(unsafePointer(o))
	for i := 0; i < len(l.items); i++ {
		it := NewRef(l.items[i])
		r := Equal(ts, it, x)
		Decref(ts, it)
		if r != 0 {
			return r
		}
	}
	return 0
}

// listSlice is l[lo:hi] for valid bounds.
func (l *List) slice(ts *Thread, lo, hi int) *Object {
	out := make([]*Object, hi-lo)
	for i := range out {
		out[i] = NewRef(l.items[lo+i])
	}
	return NewListSteal(ts, out)
}

func listSubscript(ts *Thread, o, key *Object) *Object {
	l := (*List)(unsafePointer(o))
	if ctrIsIndex(key) {
		i, ok := IndexValue(ts, key, IndexError)
		if !ok {
			proxyIndexFailed(ts, key, "list indices must be integers or slices, not %s")
			return nil
		}
		if i < 0 {
			i += len(l.items)
		}
		if i < 0 || i >= len(l.items) {
			return ts.Raise(IndexError, "list index out of range")
		}
		return NewRef(l.items[i])
	}
	if s := AsSlice(key); s != nil {
		start, _, step, n, ok := s.Indices(ts, len(l.items))
		if !ok {
			return nil
		}
		if n <= 0 {
			return NewListSteal(ts, nil)
		}
		if step == 1 {
			return l.slice(ts, start, start+n)
		}
		out := make([]*Object, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			out[k] = NewRef(l.items[i])
		}
		return NewListSteal(ts, out)
	}
	return ts.Raisef(TypeError, "list indices must be integers or slices, not %s", TypeName(key))
}

// ctrSequenceFast is PySequence_Fast: the items of a list or tuple, or of a
// new list made from any other iterable (TypeError msg when o is not
// iterable). release drops what was taken.
func ctrSequenceFast(ts *Thread, o *Object, msg string) (items []*Object, release func(), ok bool) {
	if l := AsList(o); l != nil {
		return l.items, func() {}, true
	}
	if t := AsTuple(o); t != nil {
		return t.items, func() {}, true
	}
	if o.typ.Iter == nil && o.typ.GetItem == nil {
		ts.Raise(TypeError, msg)
		return nil, nil, false
	}
	items, ok = ctrCollect(ts, o)
	if !ok {
		if ts.ErrMatches(TypeError) {
			ts.ClearErr()
			ts.Raise(TypeError, msg)
		}
		return nil, nil, false
	}
	return items, func() {
		for _, x := range items {
			Decref(ts, x)
		}
	}, true
}

// assSlice is list_ass_slice: l[lo:hi] = v (v nil deletes).
func (l *List) assSlice(ts *Thread, lo, hi int, v *Object) int {
	var src []*Object
	release := func() {}
	if v != nil {
		if v == &l.Object {
			// l[a:b] = l: copy first.
			src = append([]*Object(nil), l.items...)
		} else {
			var ok bool
			src, release, ok = ctrSequenceFast(ts, v, "can only assign an iterable")
			if !ok {
				return -1
			}
		}
	}
	n := len(l.items)
	if lo < 0 {
		lo = 0
	} else if lo > n {
		lo = n
	}
	if hi < lo {
		hi = lo
	} else if hi > n {
		hi = n
	}
	recycled := append([]*Object(nil), l.items[lo:hi]...)
	d := len(src) - (hi - lo)
	for _, x := range src {
		Incref(x)
	}
	release()
	if d < 0 {
		copy(l.items[hi+d:], l.items[hi:])
		for i := n + d; i < n; i++ {
			l.items[i] = nil
		}
		l.resize(ts, n+d)
	} else if d > 0 {
		l.resize(ts, n+d)
		copy(l.items[hi+d:], l.items[hi:n])
	}
	copy(l.items[lo:], src)
	// Last first, as CPython's list_ass_slice releases its recycle array.
	for i := len(recycled) - 1; i >= 0; i-- {
		Decref(ts, recycled[i])
	}
	return 0
}

func listAssSubscript(ts *Thread, o, key, value *Object) int {
	l := (*List)(unsafePointer(o))
	if ctrIsIndex(key) {
		i, ok := IndexValue(ts, key, IndexError)
		if !ok {
			proxyIndexFailed(ts, key, "list indices must be integers or slices, not %s")
			return -1
		}
		if i < 0 {
			i += len(l.items)
		}
		if i < 0 || i >= len(l.items) {
			ts.Raise(IndexError, "list assignment index out of range")
			return -1
		}
		if value == nil {
			return l.assSlice(ts, i, i+1, nil)
		}
		old := l.items[i]
		l.items[i] = NewRef(value)
		Decref(ts, old)
		return 0
	}
	s := AsSlice(key)
	if s == nil {
		ts.Raisef(TypeError, "list indices must be integers or slices, not %s", TypeName(key))
		return -1
	}
	start, stop, step, ok := s.Unpack(ts)
	if !ok {
		return -1
	}
	n := SliceAdjustIndices(len(l.items), &start, &stop, step)
	if step == 1 {
		return l.assSlice(ts, start, stop, value)
	}
	if (step < 0 && start < stop) || (step > 0 && start > stop) {
		stop = start
	}
	if value == nil {
		if n <= 0 {
			return 0
		}
		if step < 0 {
			stop = start + 1
			start = stop + step*(n-1) - 1
			step = -step
		}
		// Keep every item not on the slice's path, in order.
		var garbage []*Object
		items := l.items
		w := start
		for r := start; r < len(items); r++ {
			if r < start+step*n && (r-start)%step == 0 {
				garbage = append(garbage, items[r])
				continue
			}
			items[w] = items[r]
			w++
		}
		for i := w; i < len(items); i++ {
			items[i] = nil
		}
		l.resize(ts, w)
		for _, x := range garbage {
			Decref(ts, x)
		}
		return 0
	}
	var src []*Object
	release := func() {}
	if value == o {
		src = append([]*Object(nil), l.items...)
	} else {
		src, release, ok = ctrSequenceFast(ts, value, "must assign iterable to extended slice")
		if !ok {
			return -1
		}
	}
	if len(src) != n {
		ts.Raisef(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(src), n)
		release()
		return -1
	}
	if n == 0 {
		release()
		return 0
	}
	garbage := make([]*Object, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		garbage[k] = l.items[i]
		l.items[i] = NewRef(src[k])
	}
	release()
	for _, x := range garbage {
		Decref(ts, x)
	}
	return 0
}

// ListExtend is list.extend(iterable); 0 or -1. The item array grows as
// CPython's list_extend grows it, so sys.getsizeof agrees.
func ListExtend(ts *Thread, lo, iterable *Object) int {
	l := (*List)(unsafePointer(lo))
	if AsList(iterable) != nil && iterable.typ == ListType || iterable.typ == TupleType || iterable == lo {
		var src []*Object
		if iterable == lo {
			src = append([]*Object(nil), l.items...)
		} else if iterable.typ == ListType {
			src = (*List)(unsafePointer(iterable)).items
		} else {
			src = TupleItems(iterable)
		}
		if len(src) == 0 {
			return 0
		}
		n := len(l.items)
		if cap(l.items) == 0 {
			l.preallocateExact(ts, len(src))
			l.items = l.items[:len(src)]
		} else {
			l.resize(ts, n+len(src))
		}
		for i, x := range src {
			l.items[n+i] = NewRef(x)
		}
		return 0
	}
	it := GetIter(ts, iterable)
	if it == nil {
		return -1
	}
	hint, ok := ctrLengthHintOf(ts, iterable, 8)
	if !ok || (hint > 0 && !ctrHintFits(ts, len(l.items)+hint)) {
		Decref(ts, it)
		return -1
	}
	m := len(l.items)
	if cap(l.items) == 0 {
		if hint > 0 {
			l.preallocateExact(ts, hint)
		}
	} else if hint > 0 {
		l.resize(ts, m+hint)
		l.items = l.items[:m]
	}
	for {
		x := IterNext(ts, it)
		if x == nil {
			break
		}
		n := len(l.items)
		if n < l.allocated {
			l.items = append(l.items, x)
		} else {
			l.resize(ts, n+1)
			l.items[n] = x
		}
	}
	Decref(ts, it)
	if ts.Occurred() {
		return -1
	}
	if len(l.items) < l.allocated {
		l.resize(ts, len(l.items))
	}
	return 0
}

// ctrLengthHintOf is PyObject_LengthHint: len(o), else o.__length_hint__(),
// else dflt; false with an exception set on error.
func ctrLengthHintOf(ts *Thread, o *Object, dflt int) (int, bool) {
	if o.typ.Len != nil {
		n := o.typ.Len(ts, o)
		if n >= 0 {
			return n, true
		}
		if !ts.ErrMatches(TypeError) {
			return -1, false
		}
		ts.ClearErr()
	}
	if LookupTypeString(o.typ, "__length_hint__") == nil {
		return dflt, true
	}
	r := CallMethodString(ts, o, "__length_hint__")
	if r == nil {
		if ts.ErrMatches(TypeError) {
			ts.ClearErr()
			return dflt, true
		}
		return -1, false
	}
	defer Decref(ts, r)
	if r == NotImplemented {
		return dflt, true
	}
	if AsInt(r) == nil {
		ts.Raisef(TypeError, "__length_hint__ must be an integer, not %s", TypeName(r))
		return -1, false
	}
	n, ok := IndexValue(ts, r, OverflowError)
	if !ok {
		return -1, false
	}
	if n < 0 {
		ts.Raise(ValueError, "__length_hint__() should return >= 0")
		return -1, false
	}
	return n, true
}

// SequenceList is list(iterable) (PySequence_List).
func SequenceList(ts *Thread, o *Object) *Object {
	r := NewListSteal(ts, nil)
	if ListExtend(ts, r, o) < 0 {
		Decref(ts, r)
		return nil
	}
	return r
}

// ctrOtherFirst gives the other operand's own number slot a chance before a
// sequence slot raises its TypeError: CPython tries both operands' number
// slots before falling back to sq_concat/sq_repeat.
//
// Only classes made at run time get that chance: the built-in sequences
// keep their repeat and concat in the same number slots, so calling theirs
// would answer for the wrong operand.
func ctrOtherFirst(ts *Thread, a, b, other *Object, op NumberOp, mine BinaryFunc) *Object {
	if f := other.typ.NumBinary[op]; f != nil && seqGivesWay(other.typ) && !sameFunc(f, mine) {
		return f(ts, a, b)
	}
	return NotImplemented
}

func listConcat(ts *Thread, a, b *Object) *Object {
	if AsList(a) == nil {
		return NotImplemented
	}
	if AsList(b) == nil {
		if r := ctrOtherFirst(ts, a, b, b, OpAdd, listConcat); r != NotImplemented {
			return r
		}
		return ts.Raisef(TypeError, "can only concatenate list (not \"%s\") to list", operandTypeName(ts, b))
	}
	x, y := ListItems(a), ListItems(b)
	out := make([]*Object, 0, len(x)+len(y))
	for _, it := range x {
		out = append(out, NewRef(it))
	}
	for _, it := range y {
		out = append(out, NewRef(it))
	}
	return NewListSteal(ts, out)
}

// ctrRepeatOperands sorts out seq * n / n * seq for a sequence type: the
// sequence, the count, or a result to return (NotImplemented, the other
// operand's answer, or nil with CPython's "can't multiply sequence" error).
func ctrRepeatOperands(ts *Thread, a, b *Object, isSeq func(*Object) bool, mine BinaryFunc) (seq *Object, count int, r *Object) {
	seq, n := a, b
	if !isSeq(a) {
		seq, n = b, a
	}
	if seq == a {
		if r := proxyOperandFirst(ts, a, b, OpMul); r != NotImplemented {
			return nil, 0, r
		}
	}
	if !ctrIsIndex(n) {
		if r := ctrOtherFirst(ts, a, b, n, OpMul, mine); r != NotImplemented {
			return nil, 0, r
		}
		return nil, 0, ts.Raisef(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(n))
	}
	c, ok := IndexValue(ts, n, OverflowError)
	if !ok {
		return nil, 0, nil
	}
	if c < 0 {
		c = 0
	}
	return seq, c, True
}

func listRepeat(ts *Thread, a, b *Object) *Object {
	seq, c, r := ctrRepeatOperands(ts, a, b, func(o *Object) bool { return AsList(o) != nil }, listRepeat)
	if r != True {
		return r
	}
	items := ListItems(seq)
	if len(items) == 0 || c == 0 {
		return NewListSteal(ts, nil)
	}
	if !ctrRepeatSize(ts, len(items), c) {
		return nil
	}
	out := make([]*Object, 0, len(items)*c)
	for k := 0; k < c; k++ {
		for _, it := range items {
			out = append(out, NewRef(it))
		}
		// A long fill polls for cancellation (poll.go).
		if len(out)&^(PollEvery-1) != (len(out)-len(items))&^(PollEvery-1) && !ts.Poll() {
			for _, x := range out {
				Decref(ts, x)
			}
			return nil
		}
	}
	return NewListSteal(ts, out)
}

func listInplaceConcat(ts *Thread, a, b *Object) *Object {
	if AsList(a) == nil {
		return NotImplemented
	}
	if ListExtend(ts, a, b) < 0 {
		return nil
	}
	return NewRef(a)
}

func listInplaceRepeat(ts *Thread, a, b *Object) *Object {
	if AsList(a) == nil {
		return NotImplemented
	}
	if !ctrIsIndex(b) {
		return ts.Raisef(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(b))
	}
	c, ok := IndexValue(ts, b, OverflowError)
	if !ok {
		return nil
	}
	l := (*List)(unsafePointer(a))
	n := len(l.items)
	if c <= 0 || n == 0 {
		l.clearItems(ts)
		return NewRef(a)
	}
	if c == 1 {
		return NewRef(a)
	}
	if !ctrRepeatSize(ts, n, c) {
		return nil
	}
	l.resize(ts, n*c)
	for k := 1; k < c; k++ {
		for i := 0; i < n; i++ {
			l.items[k*n+i] = NewRef(l.items[i])
		}
	}
	return NewRef(a)
}

// listMethod builds a method body that checks self is a list.
func listAppendMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "list.append", args, kwnames) {
		return nil
	}
	ListAppend(ts, self, args[0])
	return None
}

func listExtendMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "list.extend", args, kwnames) {
		return nil
	}
	if ListExtend(ts, self, args[0]) < 0 {
		return nil
	}
	return None
}

// ListInsert is list.insert(i, x) with a Go index.
func ListInsert(ts *Thread, lo *Object, where int, x *Object) int {
	l := (*List)(unsafePointer(lo))
	n := len(l.items)
	if where < 0 {
		where += n
		if where < 0 {
			where = 0
		}
	}
	if where > n {
		where = n
	}
	l.resize(ts, n+1)
	copy(l.items[where+1:], l.items[where:n])
	l.items[where] = NewRef(x)
	return 0
}

func listInsertMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrArgRange(ts, "insert", args, kwnames, 2, 2) {
		return nil
	}
	i, ok := IndexValue(ts, args[0], OverflowError)
	if !ok {
		return nil
	}
	ListInsert(ts, self, i, args[1])
	return None
}

func listPopMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrArgRange(ts, "pop", args, kwnames, 0, 1) {
		return nil
	}
	l := (*List)(unsafePointer(self))
	i := -1
	if len(args) == 1 {
		// Argument Clinic's Py_ssize_t conversion, with its message.
		v, ok := strSsizeArg(ts, args[0])
		if !ok {
			return nil
		}
		i = int(v)
	}
	n := len(l.items)
	if n == 0 {
		return ts.Raise(IndexError, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return ts.Raise(IndexError, "pop index out of range")
	}
	v := l.items[i]
	copy(l.items[i:], l.items[i+1:])
	l.items[n-1] = nil
	l.resize(ts, n-1)
	return v
}

func listRemoveMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "list.remove", args, kwnames) {
		return nil
	}
	l := (*List)(unsafePointer(self))
	for i := 0; i < len(l.items); i++ {
		it := NewRef(l.items[i])
		r := Equal(ts, it, args[0])
		Decref(ts, it)
		if r < 0 {
			return nil
		}
		if r > 0 {
			if i < len(l.items) && l.assSlice(ts, i, i+1, nil) < 0 {
				return nil
			}
			return None
		}
	}
	return ts.Raise(ValueError, "list.remove(x): x not in list")
}

func listIndexMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrArgRange(ts, "index", args, kwnames, 1, 3) {
		return nil
	}
	l := (*List)(unsafePointer(self))
	start, stop, ok := ctrIndexArgs(ts, args[1:], len(l.items))
	if !ok {
		return nil
	}
	for i := start; i < stop && i < len(l.items); i++ {
		it := NewRef(l.items[i])
		r := Equal(ts, it, args[0])
		Decref(ts, it)
		if r < 0 {
			return nil
		}
		if r > 0 {
			return NewInt(ts, int64(i))
		}
	}
	rep := Repr(ts, args[0])
	if rep == nil {
		return nil
	}
	msg := StrValue(rep) + " is not in list"
	Decref(ts, rep)
	return ts.Raise(ValueError, msg)
}

func listCountMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "list.count", args, kwnames) {
		return nil
	}
	l := (*List)(unsafePointer(self))
	n := 0
	for i := 0; i < len(l.items); i++ {
		it := NewRef(l.items[i])
		r := Equal(ts, it, args[0])
		Decref(ts, it)
		if r < 0 {
			return nil
		}
		n += r
	}
	return NewInt(ts, int64(n))
}

func listClearMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "list.clear", args, kwnames) {
		return nil
	}
	(*List)(unsafePointer(self)).clearItems(ts)
	return None
}

func listCopyMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "list.copy", args, kwnames) {
		return nil
	}
	l := (*List)(unsafePointer(self))
	return l.slice(ts, 0, len(l.items))
}

func listReverseMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "list.reverse", args, kwnames) {
		return nil
	}
	ctrReverse((*List)(unsafePointer(self)).items)
	return None
}

func ctrReverse(s []*Object) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func listSizeofMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrNoArgs(ts, "list.__sizeof__", args, kwnames) {
		return nil
	}
	l := (*List)(unsafePointer(self))
	// CPython's PyListObject is 40 bytes (with the GC head, 56 for sys.getsizeof).
	return NewInt(ts, int64(40+l.allocated*ptrSize))
}

func listInit(ts *Thread, self *Object, args []*Object, kwnames *Object) int {
	if kwnames != nil && len(TupleItems(kwnames)) > 0 && self.typ == ListType {
		ts.Raise(TypeError, "list() takes no keyword arguments")
		return -1
	}
	if len(args) > 1 {
		ts.Raisef(TypeError, "list expected at most 1 argument, got %d", len(args))
		return -1
	}
	l := (*List)(unsafePointer(self))
	l.clearItems(ts)
	if len(args) == 1 {
		it := args[0]
		// list___init___impl: an iterable with a length gets an exact array.
		if it.typ.Len != nil {
			n := Len(ts, it)
			if n < 0 {
				// As CPython: a __len__ raising TypeError only
				// loses the preallocation.
				if !ts.ErrMatches(TypeError) {
					return -1
				}
				ts.ClearErr()
				n = 0
			}
			if n > 0 && !ctrHintFits(ts, n) {
				return -1
			}
			if n > 0 && cap(l.items) == 0 {
				l.preallocateExact(ts, n)
			}
		}
		return ListExtend(ts, self, it)
	}
	return 0
}

func listNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	return newListOf(ts, t, nil)
}

// listIter is the list_iterator and list_reverseiterator.
type listIter struct {
	GCObject
	index int
	seq   *Object // nil once exhausted
}

var listIterClass = alloc.NewClass[listIter]("list_iterator")

// ListIterType and ListRevIterType are the types of iter(list) and
// reversed(list).
var (
	ListIterType    = &Type{Name: "list_iterator", Flags: FlagHaveGC}
	ListRevIterType = &Type{Name: "list_reverseiterator", Flags: FlagHaveGC}
)

func listIterNew(ts *Thread, o *Object) *Object {
	it := newObject(ts, listIterClass, ListIterType)
	it.seq = NewRef(o)
	gcTrack(ts, &it.Object)
	return &it.Object
}

// ListReversed is reversed(list).
func ListReversed(ts *Thread, o *Object) *Object {
	it := newObject(ts, listIterClass, ListRevIterType)
	it.seq = NewRef(o)
	it.index = len(ListItems(o)) - 1
	gcTrack(ts, &it.Object)
	return &it.Object
}

func listIterDealloc(ts *Thread, o *Object) {
	p := (*listIter)(unsafePointer(o))
	gcUntrack(ts, o)
	Clear(ts, &p.seq)
	freeObject(ts, listIterClass, p)
}

func listIterTraverse(o *Object, v Visitor) {
	if s := (*listIter)(unsafePointer(o)).seq; s != nil {
		v.Visit(s)
	}
}

func init() {
	t := ListType
	t.Dealloc = listDealloc
	t.Traverse = listTraverse
	t.Clear = listClearSlot
	t.Repr = listRepr
	t.RichCompare = listRichCompare
	t.Len = listLen
	t.Contains = listContains
	t.GetItem = listSubscript
	t.SetItem = listAssSubscript
	t.NumBinary[OpAdd] = listConcat
	t.NumBinary[OpMul] = listRepeat
	t.NumInplace[OpAdd] = listInplaceConcat
	t.NumInplace[OpMul] = listInplaceRepeat
	t.Iter = listIterNew
	t.New = listNew
	t.Init = listInit
	t.Methods = []MethodDef{
		// list has its own __getitem__ method (METH_O|METH_COEXIST), with
		// that style's message, next to the slot.
		{Name: "__getitem__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !ctrOneArg(ts, "list.__getitem__", args, kwnames) {
				return nil
			}
			return listSubscript(ts, self, args[0])
		}, Doc: "x.__getitem__(y) <==> x[y]"},
		{Name: "__reversed__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !ctrNoArgs(ts, "list.__reversed__", args, kwnames) {
				return nil
			}
			return ListReversed(ts, self)
		}, Doc: "Return a reverse iterator over the list."},
		{Name: "__sizeof__", Fn: listSizeofMethod, Doc: "Return the size of the list in memory, in bytes."},
		{Name: "clear", Fn: listClearMethod, Doc: "Remove all items from list."},
		{Name: "copy", Fn: listCopyMethod, Doc: "Return a shallow copy of the list."},
		{Name: "append", Fn: listAppendMethod, Doc: "Append object to the end of the list."},
		{Name: "insert", Fn: listInsertMethod, Doc: "Insert object before index."},
		{Name: "extend", Fn: listExtendMethod, Doc: "Extend list by appending elements from the iterable."},
		{Name: "pop", Fn: listPopMethod, Doc: "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
		{Name: "remove", Fn: listRemoveMethod, Doc: "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
		{Name: "index", Fn: listIndexMethod, Doc: "Return first index of value.\n\nRaises ValueError if the value is not present."},
		{Name: "count", Fn: listCountMethod, Doc: "Return number of occurrences of value."},
		{Name: "reverse", Fn: listReverseMethod, Doc: "Reverse *IN PLACE*."},
		{Name: "sort", Fn: listSortMethod, Doc: "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order."},
	}
	registerStatic(t)

	lengthHint := func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		p := (*listIter)(unsafePointer(self))
		n := 0
		if p.seq != nil {
			if self.typ == ListIterType {
				n = len(ListItems(p.seq)) - p.index
			} else {
				n = p.index + 1
				if n > len(ListItems(p.seq)) {
					n = 0
				}
			}
			if n < 0 {
				n = 0
			}
		}
		return NewInt(ts, int64(n))
	}
	for _, it := range []*Type{ListIterType, ListRevIterType} {
		it.Dealloc = listIterDealloc
		it.Traverse = listIterTraverse
		it.Iter = func(ts *Thread, o *Object) *Object { return NewRef(o) }
		it.Methods = []MethodDef{{Name: "__length_hint__", Fn: lengthHint, Doc: "Private method returning an estimate of len(list(it))."}}
	}
	ListIterType.IterNext = func(ts *Thread, o *Object) *Object {
		p := (*listIter)(unsafePointer(o))
		if p.seq == nil {
			return nil
		}
		items := ListItems(p.seq)
		if p.index < len(items) {
			p.index++
			return NewRef(items[p.index-1])
		}
		Clear(ts, &p.seq)
		return nil
	}
	ListRevIterType.IterNext = func(ts *Thread, o *Object) *Object {
		p := (*listIter)(unsafePointer(o))
		if p.seq == nil {
			return nil
		}
		items := ListItems(p.seq)
		if p.index >= 0 && p.index < len(items) {
			p.index--
			return NewRef(items[p.index+1])
		}
		p.index = -1
		Clear(ts, &p.seq)
		return nil
	}
	registerStatic(ListIterType, ListRevIterType)
}
