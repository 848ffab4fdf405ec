package objects

import "testing"

// BenchmarkListGetItem: l[i] through GetItem (BINARY_SUBSCR), exact list
// and small int index.
func BenchmarkListGetItem(b *testing.B) {
	ts := numBenchThread(b)
	l := NewListSteal(ts, []*Object{NewFloat(ts, 1), NewFloat(ts, 2), NewFloat(ts, 3)})
	k := NewInt(ts, -2)
	for b.Loop() {
		r := GetItem(ts, l, k)
		Decref(ts, r)
	}
	Decref(ts, l)
}

// BenchmarkListSetItem: l[i] = v through SetItem (STORE_SUBSCR).
func BenchmarkListSetItem(b *testing.B) {
	ts := numBenchThread(b)
	l := NewListSteal(ts, []*Object{NewFloat(ts, 1), NewFloat(ts, 2), NewFloat(ts, 3)})
	k := NewInt(ts, 1)
	v := NewFloat(ts, 7)
	for b.Loop() {
		if SetItem(ts, l, k, v) < 0 {
			b.Fatal("SetItem failed")
		}
	}
	Decref(ts, v)
	Decref(ts, l)
}

// benchSortList makes a list of n pseudo-random keys built by mk.
func benchSortList(ts *Thread, n int, mk func(x int64) *Object) *Object {
	items := make([]*Object, n)
	x := int64(1)
	for i := range items {
		x = (x*1103515245 + 12345) % 2147483648
		items[i] = mk(x % 1000000)
	}
	return NewListSteal(ts, items)
}

func benchSort(b *testing.B, mk func(ts *Thread, x int64) *Object) {
	ts := numBenchThread(b)
	src := benchSortList(ts, 10000, func(x int64) *Object { return mk(ts, x) })
	for b.Loop() {
		l := NewListSteal(ts, append([]*Object(nil), ListItems(src)...))
		for _, it := range ListItems(l) {
			Incref(it)
		}
		if ListSort(ts, l, nil, false) < 0 {
			b.Fatal("sort failed")
		}
		Decref(ts, l)
	}
	Decref(ts, src)
}

// BenchmarkListSortInts: sorting 10,000 random ints.
func BenchmarkListSortInts(b *testing.B) {
	benchSort(b, func(ts *Thread, x int64) *Object { return NewInt(ts, x) })
}

// BenchmarkListSortTuples: sorting 10,000 (int, int) tuples (x % 1000, x).
func BenchmarkListSortTuples(b *testing.B) {
	benchSort(b, func(ts *Thread, x int64) *Object {
		return NewTupleSteal(ts, NewInt(ts, x%1000), NewInt(ts, x))
	})
}

// BenchmarkListSortStrs: sorting 10,000 short strs.
func BenchmarkListSortStrs(b *testing.B) {
	benchSort(b, func(ts *Thread, x int64) *Object {
		return NewStr(ts, "n"+string(rune('a'+x%26))+string(rune('a'+x/26%26)))
	})
}

// BenchmarkListAppend: 100,000 appends to a new list (growth by resize).
func BenchmarkListAppend(b *testing.B) {
	ts := numBenchThread(b)
	x := NewFloat(ts, 1)
	for b.Loop() {
		l := NewListSteal(ts, nil)
		for range 100000 {
			ListAppend(ts, l, x)
		}
		Decref(ts, l)
	}
	Decref(ts, x)
}
