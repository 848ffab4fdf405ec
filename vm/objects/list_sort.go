package objects

// list.sort: a stable merge sort (binary insertion sort on short runs,
// then bottom-up merging) that compares with `<` only, as CPython's
// timsort does, and stops at the first failing comparison leaving every
// item in the list. The list is emptied while it is sorted, so that a key
// function or __lt__ that changes it is detected ("list modified during
// sort") and never sees a half-sorted state.

type listSortItem struct {
	key, value *Object
}

// listSorter holds a sort's state; err is set once a comparison failed.
type listSorter struct {
	ts  *Thread
	err bool
}

// less is key a < key b; after a failure it reports false without calling
// out, so the sort finishes quickly as a permutation of its input.
func (s *listSorter) less(a, b *Object) bool {
	if s.err {
		return false
	}
	if a.typ == b.typ {
		switch a.typ {
		case IntType:
			x, y := (*Int)(unsafePointer(a)), (*Int)(unsafePointer(b))
			if x.big == nil && y.big == nil {
				return x.v < y.v
			}
		case StrType:
			return StrValue(a) < StrValue(b)
		}
	}
	r := RichCompareBool(s.ts, a, b, LT)
	if r < 0 {
		s.err = true
		return false
	}
	return r > 0
}

const listSortRun = 32

// sort sorts items stably by key.
func (s *listSorter) sort(items []listSortItem) {
	n := len(items)
	for lo := 0; lo < n; lo += listSortRun {
		s.insertionSort(items[lo:min(lo+listSortRun, n)])
	}
	if n <= listSortRun {
		return
	}
	tmp := make([]listSortItem, n)
	for width := listSortRun; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			s.merge(items[lo:min(lo+2*width, n)], width, tmp)
		}
	}
}

// insertionSort is a binary insertion sort (stable: an item goes after
// the equal ones).
func (s *listSorter) insertionSort(a []listSortItem) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		lo, hi := 0, i
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if s.less(x.key, a[m].key) {
				hi = m
			} else {
				lo = m + 1
			}
		}
		copy(a[lo+1:i+1], a[lo:i])
		a[lo] = x
	}
}

// merge merges the sorted runs a[:mid] and a[mid:].
func (s *listSorter) merge(a []listSortItem, mid int, tmp []listSortItem) {
	left := tmp[:mid]
	copy(left, a[:mid])
	i, j, k := 0, mid, 0
	for i < len(left) && j < len(a) {
		if s.less(a[j].key, left[i].key) {
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

func listSortMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
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
	items := make([]listSortItem, n)
	failed := false
	for i, v := range saved {
		items[i] = listSortItem{key: v, value: v}
		if key != nil && !failed {
			k := Call(ts, key, []*Object{v}, nil)
			if k == nil {
				failed = true
				for j := 0; j < i; j++ {
					Decref(ts, items[j].key)
				}
				continue
			}
			items[i].key = k
		}
	}
	if !failed && n > 1 {
		if reverse {
			listSortReverse(items)
		}
		s := listSorter{ts: ts}
		s.sort(items)
		failed = s.err
		if reverse {
			listSortReverse(items)
		}
		for i := range items {
			saved[i] = items[i].value
		}
		if key != nil {
			for i := range items {
				Decref(ts, items[i].key)
			}
		}
	} else if !failed && key != nil {
		for i := range items {
			Decref(ts, items[i].key)
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

func listSortReverse(s []listSortItem) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
