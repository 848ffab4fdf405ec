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
