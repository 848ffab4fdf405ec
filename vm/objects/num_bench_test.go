package objects

import (
	"math/big"
	"testing"

	"minipy/runtime/alloc"
)

func numBenchThread(b *testing.B) *Thread {
	return NewSpace(alloc.Config{}).NewThread()
}

// BenchmarkNumIntAddSmall: the int64 fast path with a result in the small-int
// cache (no allocation at all).
func BenchmarkNumIntAddSmall(b *testing.B) {
	ts := numBenchThread(b)
	x, y := NewInt(ts, 100), NewInt(ts, 56)
	b.ReportAllocs()
	for b.Loop() {
		r := intAdd(ts, x, y)
		Decref(ts, r)
	}
}

// BenchmarkNumIntAdd: the int64 fast path through the generic BinaryOp, with
// a result outside the cache (allocated from the interpreter's heap).
func BenchmarkNumIntAdd(b *testing.B) {
	ts := numBenchThread(b)
	x, y := NewInt(ts, 1<<40), NewInt(ts, 12345)
	b.ReportAllocs()
	for b.Loop() {
		r := BinaryOp(ts, x, y, OpAdd)
		Decref(ts, r)
	}
	Decref(ts, x)
	Decref(ts, y)
}

// BenchmarkNumIntCompare: x < y on the fast path through RichCompare.
func BenchmarkNumIntCompare(b *testing.B) {
	ts := numBenchThread(b)
	x, y := NewInt(ts, 1<<40), NewInt(ts, 1<<41)
	b.ReportAllocs()
	for b.Loop() {
		r := RichCompare(ts, x, y, LT)
		Decref(ts, r)
	}
	Decref(ts, x)
	Decref(ts, y)
}

// BenchmarkNumBigMul: a 3000-bit by 3000-bit multiplication.
func BenchmarkNumBigMul(b *testing.B) {
	ts := numBenchThread(b)
	x := NewIntBig(ts, new(big.Int).Lsh(big.NewInt(3), 3000))
	y := NewIntBig(ts, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 3001), big.NewInt(12345)))
	b.ReportAllocs()
	for b.Loop() {
		r := BinaryOp(ts, x, y, OpMul)
		Decref(ts, r)
	}
	Decref(ts, x)
	Decref(ts, y)
}

// BenchmarkNumFloatAdd: float + float.
func BenchmarkNumFloatAdd(b *testing.B) {
	ts := numBenchThread(b)
	x, y := NewFloat(ts, 1.5), NewFloat(ts, 2.25)
	b.ReportAllocs()
	for b.Loop() {
		r := BinaryOp(ts, x, y, OpAdd)
		Decref(ts, r)
	}
	Decref(ts, x)
	Decref(ts, y)
}

// BenchmarkNumFloatPow: x ** -1.5 (as in nbody), correctly rounded.
func BenchmarkNumFloatPow(b *testing.B) {
	ts := numBenchThread(b)
	x, y := NewFloat(ts, 3.7), NewFloat(ts, -1.5)
	b.ReportAllocs()
	for b.Loop() {
		r := Power(ts, x, y, None)
		Decref(ts, r)
	}
	Decref(ts, x)
	Decref(ts, y)
}

// BenchmarkNumFloatRepr: repr of a float.
func BenchmarkNumFloatRepr(b *testing.B) {
	ts := numBenchThread(b)
	x := NewFloat(ts, 0.1)
	b.ReportAllocs()
	for b.Loop() {
		r := Repr(ts, x)
		Decref(ts, r)
	}
	Decref(ts, x)
}

// BenchmarkNumFloatPowGeneral: x ** 1.37, through exp(y*log(x)) in
// double-double (the path x ** -1.5 took before numPowHalfInteger).
func BenchmarkNumFloatPowGeneral(b *testing.B) {
	ts := numBenchThread(b)
	x, y := NewFloat(ts, 3.7), NewFloat(ts, 1.37)
	b.ReportAllocs()
	for b.Loop() {
		r := Power(ts, x, y, None)
		Decref(ts, r)
	}
	Decref(ts, x)
	Decref(ts, y)
}
