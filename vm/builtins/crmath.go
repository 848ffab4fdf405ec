package builtins

import (
	"math"
	"math/big"
	"sync"
)

// Correctly rounded elementary functions. glibc's libm (which CPython's
// math module calls) returns the correctly rounded result for these in
// all but astronomically rare cases, while Go's math package is only
// accurate to about 1 ulp. Each function here evaluates in math/big at
// crPrec bits (more where cancellation eats bits) and rounds once to
// float64. Special values (NaN, infinities, zeros, overflow) are decided
// in float64 before any big arithmetic.

const crPrec = 112

// crConsts holds pi and ln 2 to crConstPrec bits: enough to reduce
// sin(1e308) modulo pi/2. Built once, never written afterwards.
const crConstPrec = 2400

var (
	crOnce       sync.Once
	crPi, crLn2  *big.Float
	crLn10       *big.Float
	crHalfPiHigh *big.Float
)

func crInit() {
	crOnce.Do(func() {
		p := uint(crConstPrec + 64)
		// pi = 16 atan(1/5) - 4 atan(1/239) (Machin).
		a := crAtanSeries(new(big.Float).SetPrec(p).Quo(bigF(p, 1), bigF(p, 5)), p)
		b := crAtanSeries(new(big.Float).SetPrec(p).Quo(bigF(p, 1), bigF(p, 239)), p)
		a.Mul(a, bigF(p, 16))
		b.Mul(b, bigF(p, 4))
		crPi = new(big.Float).SetPrec(p).Sub(a, b)
		// ln 2 = 2 atanh(1/3).
		crLn2 = crAtanhSeries(new(big.Float).SetPrec(p).Quo(bigF(p, 1), bigF(p, 3)), p)
		crLn2.Mul(crLn2, bigF(p, 2))
		crLn10 = crLog(bigF(p, 10), p)
		crHalfPiHigh = new(big.Float).SetPrec(p).Quo(crPi, bigF(p, 2))
	})
}

func bigF(p uint, x float64) *big.Float { return new(big.Float).SetPrec(p).SetFloat64(x) }

func tiny(x float64) bool { return math.Abs(x) < 0x1p-28 }

// crAtanSeries is x - x^3/3 + x^5/5 - ... (|x| small).
func crAtanSeries(x *big.Float, p uint) *big.Float {
	x2 := new(big.Float).SetPrec(p).Mul(x, x)
	sum := new(big.Float).SetPrec(p).Set(x)
	pow := new(big.Float).SetPrec(p).Set(x)
	t := new(big.Float).SetPrec(p)
	for k := 3; ; k += 2 {
		pow.Mul(pow, x2)
		pow.Neg(pow)
		t.Quo(pow, bigF(p, float64(k)))
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -int(p)-8 {
			break
		}
		sum.Add(sum, t)
	}
	return sum
}

// crAtanhSeries is x + x^3/3 + x^5/5 + ... (|x| small).
func crAtanhSeries(x *big.Float, p uint) *big.Float {
	x2 := new(big.Float).SetPrec(p).Mul(x, x)
	sum := new(big.Float).SetPrec(p).Set(x)
	pow := new(big.Float).SetPrec(p).Set(x)
	t := new(big.Float).SetPrec(p)
	for k := 3; ; k += 2 {
		pow.Mul(pow, x2)
		t.Quo(pow, bigF(p, float64(k)))
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -int(p)-8 {
			break
		}
		sum.Add(sum, t)
	}
	return sum
}

// crLog is ln x for x > 0.
func crLog(x *big.Float, p uint) *big.Float {
	m := new(big.Float).SetPrec(p + 32)
	e := x.MantExp(m) // x = m * 2^e, m in [0.5, 1)
	if m.Cmp(bigF(p, math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	num := new(big.Float).SetPrec(p+32).Sub(m, bigF(p, 1))
	den := new(big.Float).SetPrec(p+32).Add(m, bigF(p, 1))
	z := num.Quo(num, den)
	r := crAtanhSeries(z, p+32)
	r.SetMantExp(r, 1)
	if e != 0 && crLn2 != nil {
		t := new(big.Float).SetPrec(p+32).Mul(crLn2, bigF(p, float64(e)))
		r.Add(r, t)
	} else if e != 0 {
		// Only while crInit computes ln 10 (e is 4): ln2 from scratch.
		l2 := crAtanhSeries(new(big.Float).SetPrec(p+32).Quo(bigF(p, 1), bigF(p, 3)), p+32)
		l2.SetMantExp(l2, 1)
		r.Add(r, l2.Mul(l2, bigF(p, float64(e))))
	}
	return r
}

// crExp is e^x for |x| < 1000.
func crExp(x *big.Float, p uint) *big.Float {
	crInit()
	wp := p + 64
	q := new(big.Float).SetPrec(wp).Quo(x, crLn2)
	qf, _ := q.Float64()
	k := math.Round(qf)
	r := new(big.Float).SetPrec(wp).Mul(crLn2, bigF(wp, k))
	r.Sub(new(big.Float).SetPrec(wp).Set(x), r)
	const halvings = 10
	r.SetMantExp(r, -halvings)
	sum := bigF(wp, 1)
	term := bigF(wp, 1)
	for i := 1; ; i++ {
		term.Mul(term, r)
		term.Quo(term, bigF(wp, float64(i)))
		if term.Sign() == 0 || term.MantExp(nil) < -int(wp)-8 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// crAtan is atan x (any finite x).
func crAtan(x *big.Float, p uint) *big.Float {
	crInit()
	wp := p + 32
	v := new(big.Float).SetPrec(wp).Abs(x)
	inv := v.Cmp(bigF(wp, 1)) > 0
	if inv {
		v.Quo(bigF(wp, 1), v)
	}
	// Halve the angle three times: atan v = 2 atan(v / (1 + sqrt(1 + v^2))).
	const halvings = 3
	for i := 0; i < halvings; i++ {
		s := new(big.Float).SetPrec(wp).Mul(v, v)
		s.Add(s, bigF(wp, 1))
		s.Sqrt(s)
		s.Add(s, bigF(wp, 1))
		v.Quo(v, s)
	}
	r := crAtanSeries(v, wp)
	r.SetMantExp(r, halvings)
	if inv {
		r.Sub(crHalfPiHigh, r)
	}
	if x.Sign() < 0 {
		r.Neg(r)
	}
	return r
}

// crSinCos returns sin x and cos x (finite x).
func crSinCos(xf float64, p uint) (s, c *big.Float) {
	crInit()
	_, ex := math.Frexp(xf)
	wp := p + 64
	if ex > 0 {
		wp += uint(ex)
	}
	x := bigF(wp, xf)
	q := new(big.Float).SetPrec(wp).Quo(x, crHalfPiHigh)
	kb, _ := q.Int(nil)
	// Round to nearest.
	fr := new(big.Float).SetPrec(wp).Sub(q, new(big.Float).SetPrec(wp).SetInt(kb))
	if fr.Cmp(bigF(wp, 0.5)) > 0 {
		kb.Add(kb, big.NewInt(1))
	} else if fr.Cmp(bigF(wp, -0.5)) < 0 {
		kb.Sub(kb, big.NewInt(1))
	}
	r := new(big.Float).SetPrec(wp).Mul(crHalfPiHigh, new(big.Float).SetPrec(wp).SetInt(kb))
	r.Sub(x, r)
	quad := new(big.Int).And(kb, big.NewInt(3)).Int64()
	tp := p + 32
	if e := r.MantExp(nil); e < 0 {
		tp += uint(-e)
	}
	r2 := new(big.Float).SetPrec(tp).Mul(r, r)
	sinR := new(big.Float).SetPrec(tp).Set(r)
	term := new(big.Float).SetPrec(tp).Set(r)
	for i := 1; ; i++ {
		term.Mul(term, r2)
		term.Quo(term, bigF(tp, float64((2*i)*(2*i+1))))
		term.Neg(term)
		if term.Sign() == 0 || term.MantExp(nil)-sinR.MantExp(nil) < -int(tp)-8 {
			break
		}
		sinR.Add(sinR, term)
	}
	cosR := bigF(tp, 1)
	term = bigF(tp, 1)
	for i := 1; ; i++ {
		term.Mul(term, r2)
		term.Quo(term, bigF(tp, float64((2*i-1)*(2*i))))
		term.Neg(term)
		if term.Sign() == 0 || term.MantExp(nil) < -int(tp)-8 {
			break
		}
		cosR.Add(cosR, term)
	}
	switch quad {
	case 0:
		return sinR, cosR
	case 1:
		return cosR, sinR.Neg(sinR)
	case 2:
		return sinR.Neg(sinR), cosR.Neg(cosR)
	default:
		return cosR.Neg(cosR), sinR
	}
}

func f64(b *big.Float) float64 { v, _ := b.Float64(); return v }

func special(x float64) bool { return math.IsNaN(x) || math.IsInf(x, 0) || x == 0 }

func crSin(x float64) float64 {
	if special(x) || tiny(x) {
		if math.IsInf(x, 0) {
			return math.NaN()
		}
		return x
	}
	s, _ := crSinCos(x, crPrec)
	return f64(s)
}

func crCos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if x == 0 {
		return 1
	}
	_, c := crSinCos(x, crPrec)
	return f64(c)
}

func crTan(x float64) float64 {
	if special(x) || tiny(x) {
		if math.IsInf(x, 0) {
			return math.NaN()
		}
		return x
	}
	s, c := crSinCos(x, crPrec)
	return f64(s.Quo(s, c))
}

func crExpF(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	case x == 0:
		return 1
	}
	return f64(crExp(bigF(crPrec, x), crPrec))
}

func crExp2(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 1024:
		return math.Inf(1)
	case x < -1080:
		return 0
	case x == math.Trunc(x):
		return math.Ldexp(1, int(x))
	}
	crInit()
	t := new(big.Float).SetPrec(crPrec+64).Mul(bigF(crPrec+64, x), crLn2)
	return f64(crExp(t, crPrec))
}

func crExpm1(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0 || tiny(x):
		return x
	case x > 710:
		return math.Inf(1)
	case x < -40:
		return -1
	}
	p := uint(crPrec + 40)
	e := crExp(bigF(p, x), p)
	return f64(e.Sub(e, bigF(p, 1)))
}

func crLogF(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case x == 1:
		return 0
	}
	crInit()
	return f64(crLog(bigF(crPrec, x), crPrec))
}

func crLogBase(x float64, base *big.Float) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case x == 1:
		return 0
	}
	crInit()
	l := crLog(bigF(crPrec+32, x), crPrec+32)
	return f64(l.Quo(l, base))
}

func crLog2(x float64) float64 {
	if m, e := math.Frexp(x); m == 0.5 && !math.IsInf(x, 0) {
		return float64(e - 1)
	}
	crInit()
	return crLogBase(x, crLn2)
}

func crLog10(x float64) float64 { crInit(); return crLogBase(x, crLn10) }

func crAtanF(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0 || tiny(x):
		return x
	case math.IsInf(x, 0):
		return math.Copysign(math.Pi/2, x)
	}
	return f64(crAtan(bigF(crPrec, x), crPrec))
}

func crAsin(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0 || tiny(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case math.Abs(x) == 1:
		return math.Copysign(math.Pi/2, x)
	}
	p := uint(crPrec + 32)
	bx := bigF(p, x)
	d := new(big.Float).SetPrec(p).Mul(bx, bx)
	d.Sub(bigF(p, 1), d)
	d.Sqrt(d)
	return f64(crAtan(d.Quo(bx, d), crPrec))
}

func crAcos(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return math.Pi
	}
	p := uint(crPrec + 32)
	n := new(big.Float).SetPrec(p).Sub(bigF(p, 1), bigF(p, x))
	d := new(big.Float).SetPrec(p).Add(bigF(p, 1), bigF(p, x))
	n.Quo(n, d)
	n.Sqrt(n)
	r := crAtan(n, crPrec)
	return f64(r.SetMantExp(r, 1))
}

func crAtan2(y, x float64) float64 {
	if special(x) || special(y) {
		return math.Atan2(y, x)
	}
	crInit()
	p := uint(crPrec + 32)
	q := new(big.Float).SetPrec(p).Quo(bigF(p, math.Abs(y)), bigF(p, math.Abs(x)))
	var r *big.Float
	if q.MantExp(nil) > 1100 {
		r = new(big.Float).SetPrec(p).Set(crHalfPiHigh)
	} else {
		r = crAtan(q, p)
	}
	if x < 0 {
		pi := new(big.Float).SetPrec(p).Set(crPi)
		r = pi.Sub(pi, r)
	}
	v := f64(r)
	return math.Copysign(v, y)
}

func crSinh(x float64) float64 {
	switch {
	case special(x) || tiny(x):
		return x
	case math.Abs(x) > 711:
		return math.Copysign(math.Inf(1), x)
	}
	p := uint(crPrec + 32)
	e := crExp(bigF(p, x), p)
	inv := new(big.Float).SetPrec(p).Quo(bigF(p, 1), e)
	e.Sub(e, inv)
	return f64(e.SetMantExp(e, -1))
}

func crCosh(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0) || math.Abs(x) > 711:
		return math.Inf(1)
	case x == 0:
		return 1
	}
	p := uint(crPrec + 32)
	e := crExp(bigF(p, x), p)
	inv := new(big.Float).SetPrec(p).Quo(bigF(p, 1), e)
	e.Add(e, inv)
	return f64(e.SetMantExp(e, -1))
}

func crTanh(x float64) float64 {
	switch {
	case special(x) || tiny(x):
		if math.IsInf(x, 0) {
			return math.Copysign(1, x)
		}
		return x
	case math.Abs(x) > 40:
		return math.Copysign(1, x)
	}
	p := uint(crPrec + 32)
	e := crExp(bigF(p, 2*x), p)
	n := new(big.Float).SetPrec(p).Sub(e, bigF(p, 1))
	d := new(big.Float).SetPrec(p).Add(e, bigF(p, 1))
	return f64(n.Quo(n, d))
}

func crAsinh(x float64) float64 {
	if special(x) || tiny(x) {
		return x
	}
	crInit()
	p := uint(crPrec + 32)
	ax := bigF(p, math.Abs(x))
	s := new(big.Float).SetPrec(p).Mul(ax, ax)
	s.Add(s, bigF(p, 1))
	s.Sqrt(s)
	s.Add(s, ax)
	return math.Copysign(f64(crLog(s, crPrec)), x)
}

func crAcosh(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 1:
		return math.NaN()
	case x == 1:
		return 0
	}
	crInit()
	p := uint(crPrec + 32)
	bx := bigF(p, x)
	s := new(big.Float).SetPrec(p).Mul(bx, bx)
	s.Sub(s, bigF(p, 1))
	s.Sqrt(s)
	s.Add(s, bx)
	return f64(crLog(s, crPrec))
}

func crAtanhF(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0 || tiny(x):
		return x
	case math.Abs(x) >= 1:
		return math.NaN()
	}
	crInit()
	p := uint(crPrec + 32)
	n := new(big.Float).SetPrec(p).Add(bigF(p, 1), bigF(p, x))
	d := new(big.Float).SetPrec(p).Sub(bigF(p, 1), bigF(p, x))
	n.Quo(n, d)
	r := crLog(n, crPrec)
	return f64(r.SetMantExp(r, -1))
}

// The hyperbolic functions follow fdlibm, as glibc's do (they are not
// correctly rounded there): expm1 for small arguments, exp beyond.
func fdSinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	ax := math.Abs(x)
	switch {
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (2.0*t - t*t/(t+1.0))
		}
		return h * (t + t/(t+1.0))
	case ax < 709.782712893384:
		return h * crExpF(ax)
	case ax <= 710.4758600739439:
		w := crExpF(0.5 * ax)
		t := h * w
		return t * w
	}
	return math.Copysign(math.Inf(1), x)
}

func fdCosh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	switch {
	case ax < 0.5*math.Ln2:
		t := math.Expm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := crExpF(ax)
		return 0.5*t + 0.5/t
	case ax < 709.782712893384:
		return 0.5 * crExpF(ax)
	case ax <= 710.4758600739439:
		w := crExpF(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

func fdTanh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	var z float64
	switch {
	case ax >= 22:
		z = 1
	case ax < 0x1p-55:
		return x
	case ax >= 1:
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

// The inverse hyperbolic functions and log10 follow fdlibm's formulas, as
// glibc's do, over the correctly rounded log and fdlibm's log1p.
const fdLn2 = 6.93147180559945286227e-01

func fdAsinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	ax := math.Abs(x)
	var w float64
	switch {
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = crLogF(ax) + fdLn2
	case ax > 2:
		w = crLogF(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

func fdAcosh(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x < 1:
		return math.NaN()
	case x >= 0x1p28:
		if math.IsInf(x, 1) {
			return x
		}
		return crLogF(x) + fdLn2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return crLogF(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}

func fdAtanh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case ax >= 1:
		return math.NaN()
	case ax < 0x1p-28:
		return x
	}
	var t float64
	if ax < 0.5 {
		t = ax + ax
		t = 0.5 * math.Log1p(t+t*ax/(1-ax))
	} else {
		t = 0.5 * math.Log1p((ax+ax)/(1-ax))
	}
	return math.Copysign(t, x)
}

func fdLog10(x float64) float64 {
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	}
	// x = m * 2^k with m in [1, 2), then moved to [0.5, 1) when k < 0.
	m, k := math.Frexp(x)
	m *= 2
	k--
	i := 0
	if k < 0 {
		i = 1
		m /= 2
	}
	y := float64(k + i)
	z := y*log10_2lo + ivln10*crLogF(m)
	return z + y*log10_2hi
}
