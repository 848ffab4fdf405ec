package objects

import (
	"strings"
	"testing"
)

// TestStrInplaceConcat checks that `s += t` through StrInplaceConcat gives
// the same text, length, kind and indexing as plain concatenation, extends
// in place only a uniquely referenced unhashed str, and leaves the views
// others hold unchanged.
func TestStrInplaceConcat(t *testing.T) {
	ts := strTestSpace(t)
	parts := []string{"a", "bc", "é", "€x", "\U0001F600", strings.Repeat("z", 40)}
	var want strings.Builder
	local := NewStr(ts, "start")
	want.WriteString("start")
	var shared []*Object // earlier values kept alive by a second reference
	for i := range 300 {
		p := parts[i%len(parts)]
		b := NewStr(ts, p)
		a := NewRef(local) // the value stack's reference
		if i%37 == 5 {
			shared = append(shared, NewRef(local))
		}
		r := StrInplaceConcat(ts, a, b, &local)
		Decref(ts, a)
		Decref(ts, b)
		Clear(ts, &local)
		local = r
		want.WriteString(p)
		s := AsStr(local)
		if s.s != want.String() {
			t.Fatalf("step %d: got %q, want %q", i, s.s, want.String())
		}
		n, kind, _ := strMeasure(want.String())
		if s.n != n || s.kind != kind {
			t.Fatalf("step %d: n, kind = %d, %d; want %d, %d", i, s.n, s.kind, n, kind)
		}
		if s.n > 3 {
			// Indexing builds the checkpoint index, which the next append must drop.
			rs := []rune(want.String())
			if got := s.At(s.n - 3); got != rs[len(rs)-3] {
				t.Fatalf("step %d: At = %q, want %q", i, got, rs[len(rs)-3])
			}
		}
	}
	// A shared str is never extended: each kept value still has its text.
	for _, o := range shared {
		if s := AsStr(o).s; !strings.HasPrefix(want.String(), s) || len(s) == len(want.String()) {
			t.Errorf("shared value changed: %q", s)
		}
		Decref(ts, o)
	}
	// A hashed str is not extended in place (it may be a dict key's twin).
	h := Hash(ts, local)
	_ = h
	a := NewRef(local)
	b := NewStr(ts, "!")
	r := StrInplaceConcat(ts, a, b, &local)
	if r == a || local != a {
		t.Errorf("hashed str was extended in place")
	}
	Decref(ts, a)
	Decref(ts, b)
	Decref(ts, r)
	Decref(ts, local)
}

// BenchmarkStrInplaceConcat is `buf += chr(...)` 10000 times per op: linear
// with the in-place path (quadratic before it).
func BenchmarkStrInplaceConcat(bm *testing.B) {
	ts := strTestSpace(bm)
	c := NewStr(ts, "q")
	for bm.Loop() {
		local := NewStr(ts, "")
		for range 10000 {
			a := NewRef(local)
			r := StrInplaceConcat(ts, a, c, &local)
			Decref(ts, a)
			Clear(ts, &local)
			local = r
		}
		Decref(ts, local)
	}
	Decref(ts, c)
}
