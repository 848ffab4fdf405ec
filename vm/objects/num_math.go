package objects

import (
	"math"
	"math/big"
)

// Elementary functions that match the C library CPython calls.
//
// CPython's float ** float is the platform pow(); glibc's (like its exp and
// log) is correctly rounded in all but vanishingly rare cases, while Go's
// math.Pow is often off by an ulp or more. numPow therefore evaluates
// x**y = exp(y*log(x)) in double-double arithmetic (about 100 correct bits)
// and rounds once, which gives the correctly rounded result except when the
// true value lies within about 2**-85 relative of a rounding boundary.
//
// A double-double value is hi+lo with |lo| <= ulp(hi)/2; the error-free
// transformations below (TwoSum, TwoProd via FMA) are the classic ones of
// Dekker and Knuth.

type numDD struct{ hi, lo float64 }

func numTwoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

func numQuickTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

func ddAdd(x, y numDD) numDD {
	s, e := numTwoSum(x.hi, y.hi)
	t, f := numTwoSum(x.lo, y.lo)
	e += t
	s, e = numQuickTwoSum(s, e)
	e += f
	s, e = numQuickTwoSum(s, e)
	return numDD{s, e}
}

func ddMul(x, y numDD) numDD {
	p := x.hi * y.hi
	e := math.FMA(x.hi, y.hi, -p)
	e += x.hi*y.lo + x.lo*y.hi
	s, e := numQuickTwoSum(p, e)
	return numDD{s, e}
}

func ddMulF(x numDD, d float64) numDD {
	p := x.hi * d
	e := math.FMA(x.hi, d, -p)
	e += x.lo * d
	s, e := numQuickTwoSum(p, e)
	return numDD{s, e}
}

// ddDiv is x/y to double-double accuracy (one Newton correction).
func ddDiv(x, y numDD) numDD {
	q1 := x.hi / y.hi
	r := ddAdd(x, ddMulF(y, -q1))
	q2 := r.hi / y.hi
	r = ddAdd(r, ddMulF(y, -q2))
	q3 := r.hi / y.hi
	s, e := numQuickTwoSum(q1, q2)
	return ddAdd(numDD{s, e}, numDD{q3, 0})
}

// Constants computed once at init with math/big: ln 2 and 1/n! as
// double-doubles.
var (
	numLn2DD     numDD
	numInvFactDD [numExpTerms + 1]numDD
)

const numExpTerms = 15

func numBigToDD(b *big.Float) numDD {
	hi, _ := b.Float64()
	r := new(big.Float).SetPrec(b.Prec()).Sub(b, new(big.Float).SetFloat64(hi))
	lo, _ := r.Float64()
	return numDD{hi, lo}
}

func init() {
	const prec = 256
	// ln 2 = 2 atanh(1/3) = 2 sum (1/3)^(2k+1)/(2k+1).
	third := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), big.NewFloat(3).SetPrec(prec))
	ninth := new(big.Float).SetPrec(prec).Mul(third, third)
	pow := new(big.Float).SetPrec(prec).Set(third)
	sum := new(big.Float).SetPrec(prec)
	for k := 0; k < 90; k++ {
		term := new(big.Float).SetPrec(prec).Quo(pow, big.NewFloat(float64(2*k+1)).SetPrec(prec))
		sum.Add(sum, term)
		pow.Mul(pow, ninth)
	}
	sum.Mul(sum, big.NewFloat(2).SetPrec(prec))
	numLn2DD = numBigToDD(sum)
	fact := new(big.Float).SetPrec(prec).SetFloat64(1)
	for n := 0; n <= numExpTerms; n++ {
		if n > 0 {
			fact.Mul(fact, big.NewFloat(float64(n)).SetPrec(prec))
		}
		numInvFactDD[n] = numBigToDD(new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), fact))
	}
}

// ddExpReduced returns s and k with exp(t) = s * 2**k, s in about
// [0.7, 1.42], for finite t of moderate size (|t| < 2000).
func ddExpReduced(t numDD) (numDD, int) {
	k := math.Round(t.hi / numLn2DD.hi)
	r := ddAdd(t, ddMulF(numLn2DD, -k))
	// exp(r) = exp(r/16)**16: the Taylor series of exp(r/16) converges fast.
	r = numDD{r.hi / 16, r.lo / 16}
	// The terms from r**7/7! on are below 2**-40 relative: plain doubles
	// carry them accurately enough; the head is summed in double-double.
	tail := numInvFactDD[numExpTerms].hi
	for n := numExpTerms - 1; n >= 7; n-- {
		tail = tail*r.hi + numInvFactDD[n].hi
	}
	p := numDD{tail, 0}
	for n := 6; n >= 0; n-- {
		p = ddAdd(ddMul(p, r), numInvFactDD[n])
	}
	for i := 0; i < 4; i++ {
		p = ddMul(p, p)
	}
	return p, int(k)
}

// numScaleDD rounds s * 2**k to the nearest float64 once (subnormal and
// overflowing results included).
func numScaleDD(s numDD, k int) float64 {
	if k > -1000 && k < 1000 {
		return math.Ldexp(s.hi+s.lo, k)
	}
	b := new(big.Float).SetPrec(120).SetFloat64(s.hi)
	b.Add(b, new(big.Float).SetFloat64(s.lo))
	b.SetMantExp(b, k)
	f, _ := b.Float64()
	return f
}

// ddLog is log(x) for finite x > 0 as a double-double.
func ddLog(x float64) numDD {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	var l numDD
	if f := m - 1; math.Abs(f) < 1.0/32 {
		// log(1+f) = 2 atanh(s), s = f/(2+f): keeps full relative accuracy
		// near 1.
		two, twoLo := numTwoSum(2, f) // 2+f exactly
		s := ddDiv(numDD{f, 0}, numDD{two, twoLo})
		s2 := ddMul(s, s)
		p := numDD{1.0 / 23, 0}
		for n := 21; n >= 1; n -= 2 {
			p = ddAdd(ddMul(p, s2), ddDiv(numDD{1, 0}, numDD{float64(n), 0}))
		}
		l = ddMulF(ddMul(p, s), 2)
	} else {
		// One Newton step from the double estimate: log m = l0 + log1p(u),
		// u = m exp(-l0) - 1 (tiny).
		l0 := math.Log(m)
		s, k := ddExpReduced(numDD{-l0, 0})
		w := ddMulF(numDD{math.Ldexp(s.hi, k), math.Ldexp(s.lo, k)}, m)
		u := ddAdd(w, numDD{-1, 0})
		corr := ddAdd(u, numDD{-u.hi * u.hi / 2, 0})
		l = ddAdd(numDD{l0, 0}, corr)
	}
	if e != 0 {
		l = ddAdd(l, ddMulF(numLn2DD, float64(e)))
	}
	return l
}

// numPow is the platform pow() for x > 0 finite, x != 1, y finite and
// non-zero, as float_pow calls it; it returns +Inf on overflow.
func numPow(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	}
	if r, ok := numPowHalfInteger(x, y); ok {
		return r
	}
	l := ddLog(x)
	if th := l.hi * y; th > 710 {
		return math.Inf(1)
	} else if th < -746 {
		return 0
	}
	s, k := ddExpReduced(ddMulF(l, y))
	return numScaleDD(s, k)
}

// numPowHalfInteger is numPow for an exponent that is a multiple of 1/2 no
// larger than numPowHalfMax in magnitude (x ** -1.5, x ** 3, ...), when the
// result is far from overflow and underflow: x**k by binary powering, times
// sqrt(x) for a half, inverted for a negative y, all in double-double. That
// is as accurate as the exp(y*log(x)) path (about 100 bits, rounded once)
// at a small fraction of its cost; ok is false when y or x is out of range.
func numPowHalfInteger(x, y float64) (r float64, ok bool) {
	y2 := y * 2
	if y2 != math.Trunc(y2) || math.Abs(y2) > 2*numPowHalfMax {
		return 0, false
	}
	// |log2 x| <= |e|+1, so x and every intermediate power stay within
	// 2**±900, low parts and residuals included: normal numbers, no
	// precision lost to subnormals.
	_, e := math.Frexp(x)
	if e = max(e, -e) + 1; e > 900 || math.Abs(y)*float64(e) > 900 {
		return 0, false
	}
	n := int(math.Abs(y2))
	p, b := numDD{1, 0}, numDD{x, 0}
	for k := n >> 1; k > 0; {
		if k&1 != 0 {
			p = ddMul(p, b)
		}
		k >>= 1
		if k > 0 {
			b = ddMul(b, b)
		}
	}
	if n&1 != 0 {
		p = ddMul(p, ddSqrt(x))
	}
	if y < 0 {
		p = ddDiv(numDD{1, 0}, p)
	}
	return p.hi + p.lo, true
}

// numPowHalfMax bounds the exponents numPowHalfInteger takes: at most
// 2·log2(64) double-double products, whose errors (about 2**-104 each)
// stay well below the 2**-100 the exp/log path guarantees.
const numPowHalfMax = 64

// ddSqrt is sqrt(x) for finite x > 0 as a double-double: one Newton step
// on the correctly rounded square root, with the exact residual x - s*s.
func ddSqrt(x float64) numDD {
	s := math.Sqrt(x)
	r := math.FMA(-s, s, x)
	hi, lo := numQuickTwoSum(s, r/(2*s))
	return numDD{hi, lo}
}

// numExp is a correctly rounded exp (glibc's is, almost always).
func numExp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	}
	s, k := ddExpReduced(numDD{x, 0})
	return numScaleDD(s, k)
}

// numLog is a correctly rounded log for finite x > 0.
func numLog(x float64) float64 {
	if x <= 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return math.Log(x)
	}
	l := ddLog(x)
	return l.hi + l.lo
}
