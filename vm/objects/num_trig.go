package objects

import (
	"math"
	"math/big"
	"sync"
)

// Correctly rounded (to about 2**-100) sin, cos and atan2 for complex
// exponentiation, which CPython computes with glibc's (correctly rounded)
// functions. Go's math.Sin and math.Cos lose accuracy near multiples of
// pi/2, where the results are tiny.

const numTrigTerms = 30

var (
	numTrigOnce  sync.Once
	numPiBig     *big.Float // pi to 1200 bits, for reducing huge arguments
	numPiDD      numDD
	numPio2      [3]float64 // pi/2 as a triple-double
	numInvFact30 [numTrigTerms + 1]numDD
)

func numTrigInit() {
	numTrigOnce.Do(func() {
		const prec = 1200
		// Machin: pi = 16 atan(1/5) - 4 atan(1/239).
		atanInv := func(n int64) *big.Float {
			x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), new(big.Float).SetPrec(prec).SetInt64(n))
			x2 := new(big.Float).SetPrec(prec).Mul(x, x)
			pow := new(big.Float).SetPrec(prec).Set(x)
			sum := new(big.Float).SetPrec(prec)
			eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -prec-8)
			for k := int64(0); ; k++ {
				term := new(big.Float).SetPrec(prec).Quo(pow, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
				if k%2 == 0 {
					sum.Add(sum, term)
				} else {
					sum.Sub(sum, term)
				}
				if term.Cmp(eps) < 0 {
					break
				}
				pow.Mul(pow, x2)
			}
			return sum
		}
		pi := new(big.Float).SetPrec(prec).Mul(atanInv(5), big.NewFloat(16).SetPrec(prec))
		pi.Sub(pi, new(big.Float).SetPrec(prec).Mul(atanInv(239), big.NewFloat(4).SetPrec(prec)))
		numPiBig = pi
		numPiDD = numBigToDD(pi)
		half := new(big.Float).SetPrec(prec).Quo(pi, big.NewFloat(2).SetPrec(prec))
		for i := range numPio2 {
			f, _ := half.Float64()
			numPio2[i] = f
			half.Sub(half, new(big.Float).SetFloat64(f))
		}
		fact := new(big.Float).SetPrec(256).SetFloat64(1)
		for n := 0; n <= numTrigTerms; n++ {
			if n > 0 {
				fact.Mul(fact, big.NewFloat(float64(n)).SetPrec(256))
			}
			numInvFact30[n] = numBigToDD(new(big.Float).SetPrec(256).Quo(big.NewFloat(1).SetPrec(256), fact))
		}
	})
}

// numReducePio2 returns r and k with x = k*pi/2 + r, |r| <= about pi/4.
func numReducePio2(x float64) (numDD, int) {
	if math.Abs(x) < 1<<20 {
		k := math.Round(x / numPio2[0])
		r := numDD{x, 0}
		for _, p := range numPio2 {
			r = ddAdd(r, ddMulF(numDD{p, 0}, -k))
		}
		return r, int(int64(k) & 3)
	}
	const prec = 1200
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	half := new(big.Float).SetPrec(prec).Quo(numPiBig, big.NewFloat(2).SetPrec(prec))
	q := new(big.Float).SetPrec(prec).Quo(bx, half)
	// k = round(q)
	q.Add(q, big.NewFloat(0.5).SetPrec(prec))
	ki, _ := q.Int(nil)
	if q.Sign() < 0 && !q.IsInt() {
		ki.Sub(ki, big.NewInt(1))
	}
	kf := new(big.Float).SetPrec(prec).SetInt(ki)
	r := new(big.Float).SetPrec(prec).Sub(bx, kf.Mul(kf, half))
	return numBigToDD(r), int(new(big.Int).And(ki, big.NewInt(3)).Int64())
}

// ddSinCosReduced computes sin r and cos r for |r| <= about pi/4.
func ddSinCosReduced(r numDD) (s, c numDD) {
	r2 := ddMul(r, r)
	s = numInvFact30[numTrigTerms-1]
	for n := numTrigTerms - 3; n >= 1; n -= 2 {
		s = ddAdd(ddMul(s, r2), numDD{numInvFact30[n].hi * numTrigSign(n), numInvFact30[n].lo * numTrigSign(n)})
	}
	s = ddMul(s, r)
	c = numInvFact30[numTrigTerms]
	for n := numTrigTerms - 2; n >= 0; n -= 2 {
		c = ddAdd(ddMul(c, r2), numDD{numInvFact30[n].hi * numTrigSign(n), numInvFact30[n].lo * numTrigSign(n)})
	}
	return s, c
}

// numTrigSign is the sign of the x**n/n! term of sin/cos: + for n = 0, 1
// mod 4, - for 2, 3.
func numTrigSign(n int) float64 {
	if n%4 >= 2 {
		return -1
	}
	return 1
}

func ddSinCos(x float64) (s, c numDD) {
	numTrigInit()
	r, k := numReducePio2(x)
	s, c = ddSinCosReduced(r)
	neg := func(d numDD) numDD { return numDD{-d.hi, -d.lo} }
	switch k {
	case 1:
		s, c = c, neg(s)
	case 2:
		s, c = neg(s), neg(c)
	case 3:
		s, c = neg(c), s
	}
	return s, c
}

// numSin and numCos are correctly rounded sin and cos.
func numSin(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return math.Sin(x)
	}
	s, _ := ddSinCos(x)
	return s.hi + s.lo
}

func numCos(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.Cos(x)
	}
	_, c := ddSinCos(x)
	return c.hi + c.lo
}

// numAtan2 is a correctly rounded atan2 (C99 special cases from math.Atan2).
func numAtan2(y, x float64) float64 {
	if x == 0 || y == 0 || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
		return math.Atan2(y, x)
	}
	numTrigInit()
	ay, ax := math.Abs(y), math.Abs(x)
	swap := ay > ax
	if swap {
		ay, ax = ax, ay
	}
	// atan(t) for t = ay/ax <= 1; atan(t) = pi/2 - atan(1/t) above 1.
	t := ddDiv(numDD{ay, 0}, numDD{ax, 0})
	if t.hi == 0 || t.hi < 1e-300 || math.IsNaN(t.lo) {
		return math.Atan2(y, x)
	}
	// Newton on tan: a = a0 + (t - tan a0) cos^2 a0 = a0 + (t cos a0 - sin a0) cos a0.
	a0 := math.Atan(t.hi)
	s, c := ddSinCos(a0)
	d := ddAdd(ddMul(t, c), numDD{-s.hi, -s.lo})
	a := ddAdd(numDD{a0, 0}, ddMul(d, c))
	if swap {
		a = ddAdd(numDD{numPio2[0], numPio2[1]}, numDD{-a.hi, -a.lo})
	}
	if x < 0 {
		a = ddAdd(numPiDD, numDD{-a.hi, -a.lo})
	}
	r := a.hi + a.lo
	if y < 0 {
		r = -r
	}
	return r
}

// numCPow is C's pow() for any arguments: the C99 special cases (which
// math.Pow follows), and numPow for the finite positive ones.
func numCPow(x, y float64) float64 {
	if x > 0 && x != 1 && !math.IsInf(x, 0) && y != 0 && !math.IsInf(y, 0) && !math.IsNaN(y) {
		return numPow(x, y)
	}
	return math.Pow(x, y)
}
