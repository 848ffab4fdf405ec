package objects

import "slices"

// list.sort: a stable merge sort (binary insertion sort on short runs,
// then bottom-up merging) that compares with `<` only, as CPython's
// timsort does, and stops at the first failing comparison leaving every
// item in the list. The list is emptied while it is sorted, so that a key
// function or __lt__ that changes it is detected ("list modified during
// sort") and never sees a half-sorted state.

// listSorter holds a sort's state; err is set once a comparison failed.
//
// As CPython's list.sort (since 3.7), the keys are scanned once before
// sorting: when all are exact ints that fit in 64 bits, or all exact strs,
// or all exact floats, `<` is done inline without the rich comparison
// protocol, whose result it equals for those types (a key's type cannot
// change during the sort). When all keys are non-empty exact tuples, the
// same holds for their first items (unsafe_tuple_compare): the later items
// are compared with the protocol.
type listSorter struct {
	ts    *Thread
	err   bool
	kind  listSortKind // of the keys, or of the tuple keys' first items
	tuple bool         // every key is a non-empty exact tuple
}

type listSortKind uint8

const (
	sortGeneric listSortKind = iota
	sortInt                  // exact ints with no big part
	sortStr                  // exact strs (WTF-8 byte order is code point order)
	sortFloat                // exact floats
)

// listSortKindOf is the kind of o alone.
func listSortKindOf(o *Object) listSortKind {
	switch o.typ {
	case IntType:
		if (*Int)(unsafePointer(o)).big == nil {
			return sortInt
		}
	case StrType:
		return sortStr
	case FloatType:
		return sortFloat
	}
	return sortGeneric
}

// prepare chooses the comparison for keys (at least one).
func (s *listSorter) prepare(keys []*Object) {
	s.tuple = true
	for _, k := range keys {
		if k.typ != TupleType || len((*Tuple)(unsafePointer(k)).items) == 0 {
			s.tuple = false
			break
		}
	}
	first := func(o *Object) *Object {
		if s.tuple {
			return (*Tuple)(unsafePointer(o)).items[0]
		}
		return o
	}
	s.kind = listSortKindOf(first(keys[0]))
	if s.kind == sortGeneric {
		return
	}
	for _, k := range keys[1:] {
		if listSortKindOf(first(k)) != s.kind {
			s.kind = sortGeneric
			return
		}
	}
}

// less is key a < key b; after a failure it reports false without calling
// out, so the sort finishes quickly as a permutation of its input.
func (s *listSorter) less(a, b *Object) bool {
	if s.err {
		return false
	}
	if s.tuple {
		return s.tupleLess(a, b)
	}
	return s.keyLess(a, b)
}

// keyLess is a < b for two keys of kind s.kind.
func (s *listSorter) keyLess(a, b *Object) bool {
	switch s.kind {
	case sortInt:
		return (*Int)(unsafePointer(a)).v < (*Int)(unsafePointer(b)).v
	case sortStr:
		return (*Str)(unsafePointer(a)).s < (*Str)(unsafePointer(b)).s
	case sortFloat:
		return (*Float)(unsafePointer(a)).v < (*Float)(unsafePointer(b)).v
	}
	return s.lessGeneric(a, b)
}

func (s *listSorter) lessGeneric(a, b *Object) bool {
	r := RichCompareBool(s.ts, a, b, LT)
	if r < 0 {
		s.err = true
		return false
	}
	return r > 0
}

// tupleLess is CPython's unsafe_tuple_compare: the first items that are
// not equal decide, with the first items' kind for index 0.
func (s *listSorter) tupleLess(a, b *Object) bool {
	x, y := (*Tuple)(unsafePointer(a)).items, (*Tuple)(unsafePointer(b)).items
	n := min(len(x), len(y))
	i := 0
	for ; i < n; i++ {
		v, w := x[i], y[i]
		if v == w {
			continue
		}
		var eq bool
		if i == 0 && s.kind != sortGeneric {
			switch s.kind {
			case sortInt:
				eq = (*Int)(unsafePointer(v)).v == (*Int)(unsafePointer(w)).v
			case sortStr:
				eq = (*Str)(unsafePointer(v)).s == (*Str)(unsafePointer(w)).s
			case sortFloat:
				eq = (*Float)(unsafePointer(v)).v == (*Float)(unsafePointer(w)).v
			}
		} else if kv := listSortKindOf(v); kv != sortGeneric && kv == listSortKindOf(w) {
			// Exact ints, strs or floats: == is what the protocol says.
			switch kv {
			case sortInt:
				eq = (*Int)(unsafePointer(v)).v == (*Int)(unsafePointer(w)).v
			case sortStr:
				eq = (*Str)(unsafePointer(v)).s == (*Str)(unsafePointer(w)).s
			case sortFloat:
				eq = (*Float)(unsafePointer(v)).v == (*Float)(unsafePointer(w)).v
			}
		} else {
			k := RichCompareBool(s.ts, v, w, EQ)
			if k < 0 {
				s.err = true
				return false
			}
			eq = k > 0
		}
		if !eq {
			break
		}
	}
	if i >= n {
		return len(x) < len(y)
	}
	if i == 0 {
		return s.keyLess(x[0], y[0])
	}
	return s.lessGeneric(x[i], y[i])
}

const listSortRun = 32

// listMergeSort sorts a stably by less: binary insertion sort on runs of
// listSortRun, then bottom-up merging (a merge whose halves are already in
// order costs one comparison). It is instantiated for pointer-free element
// types only (indices, values with indices): while Go's GC is marking,
// every pointer written to the heap pays a write barrier, and a sort
// writes n log n elements.
//
// poll is called after about every PollEvery*listSortRun elements moved (a
// sort of ten million items takes a second; objects.Poll); when it reports
// false the sort stops, leaving a permutation of its input.
func listMergeSort[E any](a []E, less func(x, y E) bool, poll func() bool) {
	n := len(a)
	const pollSpan = PollEvery * listSortRun
	for lo := 0; lo < n; lo += listSortRun {
		listInsertionSort(a[lo:min(lo+listSortRun, n)], less)
		if lo%pollSpan == 0 && lo > 0 && !poll() {
			return
		}
	}
	if n <= listSortRun {
		return
	}
	tmp := make([]E, n)
	moved := 0
	for width := listSortRun; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			listMerge(a[lo:min(lo+2*width, n)], width, tmp, less)
			if moved += 2 * width; moved >= pollSpan {
				moved = 0
				if !poll() {
					return
				}
			}
		}
	}
}

// listInsertionSort is a binary insertion sort (stable: an item goes after
// the equal ones).
func listInsertionSort[E any](a []E, less func(x, y E) bool) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		lo, hi := 0, i
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if less(x, a[m]) {
				hi = m
			} else {
				lo = m + 1
			}
		}
		copy(a[lo+1:i+1], a[lo:i])
		a[lo] = x
	}
}

// listMerge merges the sorted runs a[:mid] and a[mid:] (mid <= len(tmp)).
func listMerge[E any](a []E, mid int, tmp []E, less func(x, y E) bool) {
	if !less(a[mid], a[mid-1]) {
		return // already in order
	}
	left := tmp[:mid]
	copy(left, a[:mid])
	i, j, k := 0, mid, 0
	for i < len(left) && j < len(a) {
		if less(a[j], left[i]) {
			a[k] = a[j]
			j++
		} else {
			a[k] = left[i]
			i++
		}
		k++
	}
	copy(a[k:], left[i:])
}

// listSortIntKey is an int key with its item's index.
type listSortIntKey struct {
	v int64
	i uint32
}

// poll is the sort's check for cancellation (objects.Poll); after a
// failure the comparisons stop calling out.
func (s *listSorter) poll() bool {
	if !s.ts.Poll() {
		s.err = true
		return false
	}
	return true
}

// sort returns the permutation that sorts keys stably: perm[k] is the
// index of the k-th smallest key.
func (s *listSorter) sort(keys []*Object) []uint32 {
	n := len(keys)
	perm := make([]uint32, n)
	if s.kind == sortInt && !s.tuple {
		// The values themselves, next to each other: no pointer to chase.
		iv := make([]listSortIntKey, n)
		for i, k := range keys {
			iv[i] = listSortIntKey{(*Int)(unsafePointer(k)).v, uint32(i)}
		}
		listMergeSort(iv, func(x, y listSortIntKey) bool { return x.v < y.v }, s.poll)
		for k := range iv {
			perm[k] = iv[k].i
		}
		return perm
	}
	for i := range perm {
		perm[i] = uint32(i)
	}
	if s.kind == sortStr && !s.tuple {
		// The texts side by side; the sort moves indices, not strings
		// (which hold pointers).
		sv := make([]string, n)
		for i, k := range keys {
			sv[i] = (*Str)(unsafePointer(k)).s
		}
		listMergeSort(perm, func(i, j uint32) bool { return sv[i] < sv[j] }, s.poll)
		return perm
	}
	if s.kind == sortFloat && !s.tuple {
		fv := make([]listSortFloatKey, n)
		for i, k := range keys {
			fv[i] = listSortFloatKey{(*Float)(unsafePointer(k)).v, uint32(i)}
		}
		listMergeSort(fv, func(x, y listSortFloatKey) bool { return x.v < y.v }, s.poll)
		for k := range fv {
			perm[k] = fv[k].i
		}
		return perm
	}
	if cols := s.tupleColumns(keys); cols != nil {
		listMergeSort(perm, func(i, j uint32) bool { return cols.less(i, j) }, s.poll)
		return perm
	}
	listMergeSort(perm, func(i, j uint32) bool { return s.less(keys[i], keys[j]) }, s.poll)
	return perm
}

// listSortFloatKey is listSortIntKey for float keys.
type listSortFloatKey struct {
	v float64
	i uint32
}

// listSortColumns holds the items of tuple keys column by column, when
// every key is a tuple of the same length whose items at each position
// are all exact ints with no big part or all exact strs. The tuples then
// compare as their rows of values: == and < on those types are what the
// rich comparisons return, and the sort reads no tuple or item object
// (the keys' objects are scattered in memory; the columns are not).
type listSortColumns struct {
	ints [][]int64  // per position: the values, or nil for a str column
	strs [][]string // per position: the texts, or nil for an int column
}

// listSortMaxColumns bounds the tuple length the column path takes.
const listSortMaxColumns = 8

// tupleColumns returns the columns of keys (at least one),
// or nil when they do not qualify.
func (s *listSorter) tupleColumns(keys []*Object) *listSortColumns {
	if !s.tuple {
		return nil
	}
	first := (*Tuple)(unsafePointer(keys[0])).items
	width := len(first)
	if width > listSortMaxColumns {
		return nil
	}
	kinds := make([]listSortKind, width)
	for j, x := range first {
		kinds[j] = listSortKindOf(x)
		if kinds[j] != sortInt && kinds[j] != sortStr {
			return nil
		}
	}
	for _, k := range keys {
		items := (*Tuple)(unsafePointer(k)).items
		if len(items) != width {
			return nil
		}
		for j, x := range items {
			if listSortKindOf(x) != kinds[j] {
				return nil
			}
		}
	}
	n := len(keys)
	c := &listSortColumns{ints: make([][]int64, width), strs: make([][]string, width)}
	for j, kind := range kinds {
		if kind == sortInt {
			col := make([]int64, n)
			for i, k := range keys {
				col[i] = (*Int)(unsafePointer((*Tuple)(unsafePointer(k)).items[j])).v
			}
			c.ints[j] = col
		} else {
			col := make([]string, n)
			for i, k := range keys {
				col[i] = (*Str)(unsafePointer((*Tuple)(unsafePointer(k)).items[j])).s
			}
			c.strs[j] = col
		}
	}
	return c
}

// less compares rows i and j of the columns as tuples.
func (c *listSortColumns) less(i, j uint32) bool {
	for p, col := range c.ints {
		if col != nil {
			if x, y := col[i], col[j]; x != y {
				return x < y
			}
			continue
		}
		if x, y := c.strs[p][i], c.strs[p][j]; x != y {
			return x < y
		}
	}
	return false
}

func listSortMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	// Argument Clinic counts all the arguments before it looks at the
	// positional ones.
	if len(args) > 2 {
		return ts.Raisef(TypeError, "sort() takes at most 2 arguments (%d given)", len(args))
	}
	if len(args) > 0 && (kwnames == nil || len(args) > len(TupleItems(kwnames))) {
		return ts.Raise(TypeError, "sort() takes no positional arguments")
	}
	var key *Object
	reverse := false
	if kwnames != nil {
		for i, name := range TupleItems(kwnames) {
			v := args[i]
			switch StrValue(name) {
			case "key":
				if v != None {
					key = v
				}
			case "reverse":
				r, ok := IndexValue(ts, v, OverflowError)
				if !ok {
					return nil
				}
				reverse = r != 0
			default:
				return ts.Raisef(TypeError, "'%s' is an invalid keyword argument for sort()", StrValue(name))
			}
		}
	}
	if ListSort(ts, self, key, reverse) < 0 {
		return nil
	}
	return None
}

// ListSort sorts a list in place (list.sort(key=key, reverse=reverse); key
// may be nil); 0 or -1.
func ListSort(ts *Thread, self, key *Object, reverse bool) int {
	l := (*List)(unsafePointer(self))
	saved, savedAlloc, savedBlock := l.items, l.allocated, l.block
	// allocated -1 marks the sort (CPython's sentinel): any change to the
	// list during the sort resets it.
	l.items, l.allocated, l.block = nil, -1, false
	n := len(saved)
	keys := saved
	failed := false
	if key != nil {
		keys = make([]*Object, n)
		arg := make([]*Object, 1) // one argument slice for all the calls
		for i, v := range saved {
			arg[0] = v
			k := Call(ts, key, arg, nil)
			if k == nil {
				failed = true
				for j := 0; j < i; j++ {
					Decref(ts, keys[j])
				}
				keys = nil
				break
			}
			keys[i] = k
		}
	}
	if !failed && n > 1 {
		if reverse {
			slices.Reverse(saved)
			if key != nil {
				slices.Reverse(keys)
			}
		}
		s := listSorter{ts: ts}
		s.prepare(keys)
		perm := s.sort(keys)
		failed = s.err
		sorted := make([]*Object, n)
		for k, i := range perm {
			sorted[k] = saved[i]
		}
		copy(saved, sorted)
		if reverse {
			slices.Reverse(saved)
		}
	}
	if keys != nil && key != nil {
		for _, k := range keys {
			Decref(ts, k)
		}
	}
	final, finalBlock := l.items, l.block
	modified := l.allocated != -1
	l.items, l.allocated, l.block = saved, savedAlloc, savedBlock
	if final != nil {
		for i, x := range final {
			final[i] = nil
			XDecref(ts, x)
		}
		listFreeBacking(ts, final, finalBlock)
	}
	if failed {
		return -1
	}
	if modified {
		ts.Raise(ValueError, "list modified during sort")
		return -1
	}
	return 0
}
