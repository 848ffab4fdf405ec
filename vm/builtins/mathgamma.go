package builtins

import (
	"math"

	"minipy/vm/objects"
)

// gamma and lgamma as CPython 3.11's mathmodule.c computes them (its own
// Lanczos approximation, m_tgamma and m_lgamma), and cbrt as glibc's
// s_cbrt.c (CPython calls libm's cbrt), so that results agree to the
// last bit. The exp, log, pow, sin and cos they call are the correctly
// rounded ones, as glibc's are in practice. An EDOM result is NaN and an
// ERANGE one infinite, as math1 expects.

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

var gammaIntegral = [23]float64{
	1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
	3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
	1307674368000.0, 20922789888000.0, 355687428096000.0,
	6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
	51090942171709440000.0, 1124000727777607680000.0,
}

func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := 12; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := 0; i < 13; i++ {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// cRound is C's round(): halves away from zero.
func cRound(x float64) float64 { return math.Round(x) }

func mSinpi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	n := int(cRound(2.0 * y))
	var r float64
	switch n {
	case 0:
		r = mathSin(math.Pi * y)
	case 1:
		r = mathCos(math.Pi * (y - 0.5))
	case 2:
		r = mathSin(math.Pi * (1.0 - y))
	case 3:
		r = -mathCos(math.Pi * (y - 1.5))
	default:
		r = mathSin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

func mathGamma(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return x
	}
	if math.IsInf(x, -1) || x == 0 {
		return math.NaN() // EDOM
	}
	if x == math.Floor(x) {
		if x < 0.0 {
			return math.NaN()
		}
		if x <= 23 {
			return gammaIntegral[int(x)-1]
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return 1.0 / x
	}
	if absx > 200.0 {
		if x < 0.0 {
			return 0.0 / mSinpi(x)
		}
		return math.Inf(1)
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0.0 {
		r = -math.Pi / mSinpi(absx) / absx * mathExp(y) / lanczosSum(absx)
		r -= z * r
		if absx < 140.0 {
			r /= libmPow(y, absx-0.5)
		} else {
			sp := libmPow(y, absx/2.0-0.25)
			r /= sp
			r /= sp
		}
	} else {
		r = lanczosSum(absx) / mathExp(y)
		r += z * r
		if absx < 140.0 {
			r *= libmPow(y, absx-0.5)
		} else {
			sp := libmPow(y, absx/2.0-0.25)
			r *= sp
			r *= sp
		}
	}
	return r
}

func mathLgamma(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Inf(1)
	}
	if x == math.Floor(x) && x <= 2.0 {
		if x <= 0.0 {
			return math.NaN() // EDOM: a pole
		}
		return 0.0
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -mathLog(absx)
	}
	r := mathLog(lanczosSum(absx)) - lanczosG
	r += (absx - 0.5) * (mathLog(absx+lanczosG-0.5) - 1)
	if x < 0.0 {
		r = logPi - mathLog(math.Abs(mSinpi(absx))) - mathLog(absx) - r
	}
	return r
}

// libmCbrt is glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c).
func libmCbrt(x float64) float64 {
	const cbrt2 = 1.2599210498948731648
	const sqrCbrt2 = 1.5874010519681994748
	factor := [5]float64{1.0 / sqrCbrt2, 1.0 / cbrt2, 1.0, cbrt2, sqrCbrt2}
	xm, xe := math.Frexp(math.Abs(x))
	if xe == 0 && (x == 0 || math.IsNaN(x) || math.IsInf(x, 0)) {
		return x + x
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x + x
	}
	u := 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 +
		((-1.83469277483613086 + (0.784932344976639262-0.145263899385486377*xm)*xm) * xm)) * xm)) * xm)) * xm)
	t2 := u * u * u
	ym := u * (t2 + 2.0*xm) / (2.0*t2 + xm) * factor[2+xe%3]
	if x <= 0.0 {
		ym = -ym
	}
	return math.Ldexp(ym, xe/3)
}

func libmPow(x, y float64) float64 { return objects.FloatPow(x, y) }
