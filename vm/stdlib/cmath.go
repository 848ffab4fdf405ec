package stdlib

import (
	"math"

	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

// cmath in Go, with CPython's algorithms (Modules/cmathmodule.c, which
// follows C99 Annex G): the branch cuts, the rescalings that avoid
// spurious overflow and underflow, and the special-value tables
// (cmath_special.go, generated from python3). The real functions are the
// ones the math module uses (builtins.Libm), so results agree with
// CPython's to the bit.

type cerr int

const (
	cOK     cerr = iota
	cEDOM        // ValueError: math domain error
	cERANGE      // OverflowError: math range error
)

const (
	cmLargeDouble = math.MaxFloat64 / 4
	dblMin        = 0x1p-1022
	cmScaleUp     = 53
	cmScaleDown   = -27
)

var (
	cmSqrtLargeDouble = math.Sqrt(cmLargeDouble)
	cmLogLargeDouble  = math.Log(cmLargeDouble)
	cmSqrtDblMin      = math.Sqrt(dblMin)
)

// sclass is CPython's special_type: the row/column of a value in the
// special-value tables.
func sclass(d float64) int {
	switch {
	case math.IsNaN(d):
		return 6
	case math.IsInf(d, -1):
		return 0
	case math.IsInf(d, 1):
		return 5
	case d == 0:
		if math.Signbit(d) {
			return 2
		}
		return 3
	case d < 0:
		return 1
	}
	return 4
}

func finite(d float64) bool { return !math.IsInf(d, 0) && !math.IsNaN(d) }

func special(name string, re, im float64) (float64, float64) {
	v := cmathSpecial[name][sclass(re)][sclass(im)]
	return v[0], v[1]
}

// hypot is glibc's (2.35 and later): Borges' correction of the naive
// sqrt(x*x + y*y) ("An Improved Algorithm for hypot(a,b)"), with the
// inputs scaled when huge or tiny. It agrees with the C library bit for
// bit, which a correctly rounded hypot does not.
func hypot(x, y float64) float64 {
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	ax, ay := math.Abs(x), math.Abs(y)
	if ax < ay {
		ax, ay = ay, ax
	}
	const scale, large, tiny, eps = 0x1p-600, 0x1p+511, 0x1p-511, 0x1p-54
	switch {
	case ax > large:
		if ay <= ax*eps {
			return ax + ay
		}
		return hypotKernel(ax*scale, ay*scale) / scale
	case ay < tiny:
		if ax >= ay/eps {
			return ax + ay
		}
		return hypotKernel(ax/scale, ay/scale) * scale
	case ay <= ax*eps:
		return ax + ay
	}
	return hypotKernel(ax, ay)
}

// hypotKernel refines h = sqrt(ax² + ay²) (ax >= ay) by one correction
// step computed from the rounding error of h².
func hypotKernel(ax, ay float64) float64 {
	h := math.Sqrt(ax*ax + ay*ay)
	var t1, t2 float64
	if h <= 2*ay {
		d := h - ay
		t1 = ax * (2*d - ax)
		t2 = (d - 2*(ax-ay)) * d
	} else {
		d := h - ax
		t1 = 2 * d * (ax - 2*ay)
		t2 = (4*d-ay)*ay + d*d
	}
	return h - (t1+t2)/(2*h)
}

func cSqrt(re, im float64) (float64, float64, cerr) {
	if !finite(re) || !finite(im) {
		r, i := special("sqrt", re, im)
		return r, i, cOK
	}
	if re == 0 && im == 0 {
		return 0, im, cOK
	}
	ax, ay := math.Abs(re), math.Abs(im)
	var s float64
	if ax < dblMin && ay < dblMin {
		// Subnormal parts: scale up so that hypot keeps its precision.
		ax = math.Ldexp(ax, cmScaleUp)
		s = math.Ldexp(math.Sqrt(ax+hypot(ax, math.Ldexp(ay, cmScaleUp))), cmScaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if re >= 0 {
		return s, math.Copysign(d, im), cOK
	}
	return d, math.Copysign(s, im), cOK
}

func cLog(re, im float64) (float64, float64, cerr) {
	lm := &builtins.Libm
	if !finite(re) || !finite(im) {
		r, i := special("log", re, im)
		return r, i, cOK
	}
	ax, ay := math.Abs(re), math.Abs(im)
	var r float64
	switch {
	case ax > cmLargeDouble || ay > cmLargeDouble:
		r = lm.Log(hypot(ax/2, ay/2)) + math.Ln2
	case ax < dblMin && ay < dblMin:
		if ax == 0 && ay == 0 {
			return math.Inf(-1), lm.Atan2(im, re), cEDOM
		}
		r = lm.Log(hypot(math.Ldexp(ax, 53), math.Ldexp(ay, 53))) - 53*math.Ln2
	default:
		h := hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			// Near 1 the log1p form keeps the relative accuracy.
			am, an := math.Max(ax, ay), math.Min(ax, ay)
			r = lm.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			r = lm.Log(h)
		}
	}
	return r, lm.Atan2(im, re), cOK
}

func cAcos(re, im float64) (float64, float64, cerr) {
	lm := &builtins.Libm
	if !finite(re) || !finite(im) {
		r, i := special("acos", re, im)
		return r, i, cOK
	}
	if math.Abs(re) > cmLargeDouble || math.Abs(im) > cmLargeDouble {
		return lm.Atan2(math.Abs(im), re),
			-math.Copysign(lm.Log(hypot(re/2, im/2))+math.Ln2*2, im), cOK
	}
	ar, ai, _ := cSqrt(1-re, -im)
	br, bi, _ := cSqrt(1+re, im)
	return 2 * lm.Atan2(ar, br), lm.Asinh(br*ai - bi*ar), cOK
}

func cAcosh(re, im float64) (float64, float64, cerr) {
	lm := &builtins.Libm
	if !finite(re) || !finite(im) {
		r, i := special("acosh", re, im)
		return r, i, cOK
	}
	if math.Abs(re) > cmLargeDouble || math.Abs(im) > cmLargeDouble {
		return lm.Log(hypot(re/2, im/2)) + math.Ln2*2, lm.Atan2(im, re), cOK
	}
	ar, ai, _ := cSqrt(re-1, im)
	br, bi, _ := cSqrt(re+1, im)
	return lm.Asinh(ar*br + ai*bi), 2 * lm.Atan2(ai, br), cOK
}

func cAsinh(re, im float64) (float64, float64, cerr) {
	lm := &builtins.Libm
	if !finite(re) || !finite(im) {
		r, i := special("asinh", re, im)
		return r, i, cOK
	}
	if math.Abs(re) > cmLargeDouble || math.Abs(im) > cmLargeDouble {
		big := lm.Log(hypot(re/2, im/2)) + math.Ln2*2
		var r float64
		if im >= 0 {
			r = math.Copysign(big, re)
		} else {
			r = -math.Copysign(big, -re)
		}
		return r, lm.Atan2(im, math.Abs(re)), cOK
	}
	ar, ai, _ := cSqrt(1+im, -re)
	br, bi, _ := cSqrt(1-im, re)
	return lm.Asinh(ar*bi - br*ai), lm.Atan2(im, ar*br-ai*bi), cOK
}

func cAsin(re, im float64) (float64, float64, cerr) {
	// asin(z) = -i asinh(iz)
	r, i, e := cAsinh(-im, re)
	return i, -r, e
}

func cAtanh(re, im float64) (float64, float64, cerr) {
	lm := &builtins.Libm
	if !finite(re) || !finite(im) {
		r, i := special("atanh", re, im)
		return r, i, cOK
	}
	if re < 0 {
		r, i, e := cAtanh(-re, -im)
		return -r, -i, e
	}
	ay := math.Abs(im)
	switch {
	case re > cmSqrtLargeDouble || ay > cmSqrtLargeDouble:
		// Large |z|: atanh(z) is about 1/z + i pi/2.
		h := hypot(re/2, im/2)
		return re / 4 / h / h, math.Copysign(math.Pi/2, im), cOK
	case re == 1 && ay < cmSqrtDblMin:
		if ay == 0 {
			return math.Inf(1), im, cEDOM
		}
		return -lm.Log(math.Sqrt(ay) / math.Sqrt(hypot(ay, 2))),
			math.Copysign(lm.Atan2(2, -ay)/2, im), cOK
	}
	return lm.Log1p(4*re/((1-re)*(1-re)+ay*ay)) / 4,
		-lm.Atan2(-2*im, (1-re)*(1+re)-ay*ay) / 2, cOK
}

func cAtan(re, im float64) (float64, float64, cerr) {
	r, i, e := cAtanh(-im, re)
	return i, -r, e
}

// infByTrig is the (+-inf +-inf i) result for an infinite real part and
// finite nonzero imaginary part: the signs of cos and sin of im.
func infByTrig(im float64) (float64, float64) {
	lm := &builtins.Libm
	return math.Copysign(math.Inf(1), lm.Cos(im)), math.Copysign(math.Inf(1), lm.Sin(im))
}

func overflowed(r, i float64) cerr {
	if math.IsInf(r, 0) || math.IsInf(i, 0) {
		return cERANGE
	}
	return cOK
}

func cCosh(re, im float64) (float64, float64, cerr) {
	lm := &builtins.Libm
	if !finite(re) || !finite(im) {
		var r, i float64
		if math.IsInf(re, 0) && finite(im) && im != 0 {
			r, i = infByTrig(im)
			if re < 0 {
				i = -i
			}
		} else {
			r, i = special("cosh", re, im)
		}
		if math.IsInf(im, 0) && !math.IsNaN(re) {
			return r, i, cEDOM
		}
		return r, i, cOK
	}
	var r, i float64
	if math.Abs(re) > cmLogLargeDouble {
		// cosh(re) alone would overflow where the product does not.
		x1 := re - math.Copysign(1, re)
		r = lm.Cos(im) * lm.Cosh(x1) * math.E
		i = lm.Sin(im) * lm.Sinh(x1) * math.E
	} else {
		r = lm.Cos(im) * lm.Cosh(re)
		i = lm.Sin(im) * lm.Sinh(re)
	}
	return r, i, overflowed(r, i)
}

func cCos(re, im float64) (float64, float64, cerr) { return cCosh(-im, re) }

func cSinh(re, im float64) (float64, float64, cerr) {
	lm := &builtins.Libm
	if !finite(re) || !finite(im) {
		var r, i float64
		if math.IsInf(re, 0) && finite(im) && im != 0 {
			r, i = infByTrig(im)
			if re < 0 {
				r = -r
			}
		} else {
			r, i = special("sinh", re, im)
		}
		if math.IsInf(im, 0) && !math.IsNaN(re) {
			return r, i, cEDOM
		}
		return r, i, cOK
	}
	var r, i float64
	if math.Abs(re) > cmLogLargeDouble {
		x1 := re - math.Copysign(1, re)
		r = lm.Cos(im) * lm.Sinh(x1) * math.E
		i = lm.Sin(im) * lm.Cosh(x1) * math.E
	} else {
		r = lm.Cos(im) * lm.Sinh(re)
		i = lm.Sin(im) * lm.Cosh(re)
	}
	return r, i, overflowed(r, i)
}

func cSin(re, im float64) (float64, float64, cerr) {
	r, i, e := cSinh(-im, re)
	return i, -r, e
}

func cTanh(re, im float64) (float64, float64, cerr) {
	lm := &builtins.Libm
	if !finite(re) || !finite(im) {
		var r, i float64
		if math.IsInf(re, 0) && finite(im) && im != 0 {
			r = math.Copysign(1, re)
			i = math.Copysign(0, 2*lm.Sin(im)*lm.Cos(im))
		} else {
			r, i = special("tanh", re, im)
		}
		if math.IsInf(im, 0) && finite(re) {
			return r, i, cEDOM
		}
		return r, i, cOK
	}
	if math.Abs(re) > cmLogLargeDouble {
		return math.Copysign(1, re), 4 * lm.Sin(im) * lm.Cos(im) * lm.Exp(-2*math.Abs(re)), cOK
	}
	// tanh(x+iy) = (tanh x (1 + tan²y) + i tan y sech²x) / (1 + tanh²x tan²y)
	tx := lm.Tanh(re)
	ty := lm.Tan(im)
	cx := 1 / lm.Cosh(re)
	txty := tx * ty
	denom := 1 + txty*txty
	return tx * (1 + ty*ty) / denom, ((ty / denom) * cx) * cx, cOK
}

func cTan(re, im float64) (float64, float64, cerr) {
	r, i, e := cTanh(-im, re)
	return i, -r, e
}

func cExp(re, im float64) (float64, float64, cerr) {
	lm := &builtins.Libm
	if !finite(re) || !finite(im) {
		var r, i float64
		if math.IsInf(re, 0) && finite(im) && im != 0 {
			if re > 0 {
				r, i = infByTrig(im)
			} else {
				r, i = math.Copysign(0, lm.Cos(im)), math.Copysign(0, lm.Sin(im))
			}
		} else {
			r, i = special("exp", re, im)
		}
		if math.IsInf(im, 0) && (finite(re) || math.IsInf(re, 1)) {
			return r, i, cEDOM
		}
		return r, i, cOK
	}
	var r, i float64
	if re > cmLogLargeDouble {
		l := lm.Exp(re - 1)
		r = l * lm.Cos(im) * math.E
		i = l * lm.Sin(im) * math.E
	} else {
		l := lm.Exp(re)
		r = l * lm.Cos(im)
		i = l * lm.Sin(im)
	}
	return r, i, overflowed(r, i)
}

func cLog10(re, im float64) (float64, float64, cerr) {
	r, i, e := cLog(re, im)
	return r / math.Ln10, i / math.Ln10, e
}

// cQuot is complex division as CPython's _Py_c_quot (Smith's method);
// a zero divisor is a domain error.
func cQuot(ar, ai, br, bi float64) (float64, float64, bool) {
	absR, absI := math.Abs(br), math.Abs(bi)
	switch {
	case absR >= absI:
		if absR == 0 {
			return 0, 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return (ar + ai*ratio) / denom, (ai - ar*ratio) / denom, true
	case absI >= absR:
		ratio := br / bi
		denom := br*ratio + bi
		return (ar*ratio + ai) / denom, (ai*ratio - ar) / denom, true
	}
	return math.NaN(), math.NaN(), true
}

// complexArg converts an argument as the "D" format does: a complex, an
// object with __complex__, or a real number.
func complexArg(ts *objects.Thread, o *Object) (float64, float64, bool) {
	if c := objects.AsComplex(o); c != nil {
		v := c.Value()
		return real(v), imag(v), true
	}
	if f := objects.LookupTypeString(o.Type(), "__complex__"); f != nil {
		var res *Object
		if g := f.Type().DescrGet; g != nil {
			bound := g(ts, f, o, o.Type().TypeObject())
			if bound == nil {
				return 0, 0, false
			}
			res = objects.Call(ts, bound, nil, nil)
			objects.Decref(ts, bound)
		} else {
			res = objects.Call(ts, f, nil, nil)
		}
		if res == nil {
			return 0, 0, false
		}
		defer objects.Decref(ts, res)
		c := objects.AsComplex(res)
		if c == nil {
			ts.Raisef(objects.TypeError, "__complex__ returned non-complex (type %s)", objects.TypeName(res))
			return 0, 0, false
		}
		v := c.Value()
		return real(v), imag(v), true
	}
	f, ok := objects.FloatAsDouble(ts, o)
	return f, 0, ok
}

func cmathResult(ts *objects.Thread, r, i float64, e cerr) *Object {
	switch e {
	case cEDOM:
		return ts.Raise(objects.ValueError, "math domain error")
	case cERANGE:
		return ts.Raise(objects.OverflowError, "math range error")
	}
	return objects.NewComplex(ts, r, i)
}

var cmathDefs []*objects.MethodDef

func newCmathModule(th *vm.Thread) *Object {
	ts := th.TS
	values := map[string]*Object{
		"pi":   objects.NewFloat(ts, math.Pi),
		"e":    objects.NewFloat(ts, math.E),
		"tau":  objects.NewFloat(ts, 2*math.Pi),
		"inf":  objects.NewFloat(ts, math.Inf(1)),
		"infj": objects.NewComplex(ts, 0, math.Inf(1)),
		"nan":  objects.NewFloat(ts, math.NaN()),
		"nanj": objects.NewComplex(ts, 0, math.NaN()),
	}
	return makeModule(th, "cmath", "This module provides access to mathematical functions for complex\nnumbers.", cmathDefs, values)
}

func init() {
	one := func(name string, f func(re, im float64) (float64, float64, cerr)) *objects.MethodDef {
		return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckOneArg(ts, "cmath."+name, args, kw) {
				return nil
			}
			re, im, ok := complexArg(ts, args[0])
			if !ok {
				return nil
			}
			r, i, e := f(re, im)
			return cmathResult(ts, r, i, e)
		}}
	}
	test := func(name string, f func(re, im float64) bool) *objects.MethodDef {
		return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckOneArg(ts, "cmath."+name, args, kw) {
				return nil
			}
			re, im, ok := complexArg(ts, args[0])
			if !ok {
				return nil
			}
			return objects.Bool(f(re, im))
		}}
	}
	cmathDefs = []*objects.MethodDef{
		one("acos", cAcos), one("acosh", cAcosh), one("asin", cAsin), one("asinh", cAsinh),
		one("atan", cAtan), one("atanh", cAtanh), one("cos", cCos), one("cosh", cCosh),
		one("exp", cExp), one("log10", cLog10), one("sin", cSin), one("sinh", cSinh),
		one("sqrt", cSqrt), one("tan", cTan), one("tanh", cTanh),
		test("isfinite", func(re, im float64) bool { return finite(re) && finite(im) }),
		test("isnan", func(re, im float64) bool { return math.IsNaN(re) || math.IsNaN(im) }),
		test("isinf", func(re, im float64) bool { return math.IsInf(re, 0) || math.IsInf(im, 0) }),
		{Name: "log", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, "log", kw) || !objects.CheckArgs(ts, "log", args, kw, 1, 2) {
				return nil
			}
			re, im, ok := complexArg(ts, args[0])
			if !ok {
				return nil
			}
			r, i, e := cLog(re, im)
			if len(args) == 2 {
				bre, bim, ok := complexArg(ts, args[1])
				if !ok {
					return nil
				}
				var br, bi float64
				br, bi, e = cLog(bre, bim)
				var fine bool
				if r, i, fine = cQuot(r, i, br, bi); !fine {
					e = cEDOM
				}
			}
			return cmathResult(ts, r, i, e)
		}},
		{Name: "phase", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckOneArg(ts, "cmath.phase", args, kw) {
				return nil
			}
			re, im, ok := complexArg(ts, args[0])
			if !ok {
				return nil
			}
			return objects.NewFloat(ts, builtins.Libm.Atan2(im, re))
		}},
		{Name: "polar", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckOneArg(ts, "cmath.polar", args, kw) {
				return nil
			}
			re, im, ok := complexArg(ts, args[0])
			if !ok {
				return nil
			}
			phi := builtins.Libm.Atan2(im, re)
			var r float64
			switch {
			case math.IsInf(re, 0):
				r = math.Abs(re)
			case math.IsInf(im, 0):
				r = math.Abs(im)
			case math.IsNaN(re) || math.IsNaN(im):
				r = math.NaN()
			default:
				r = hypot(re, im)
				if math.IsInf(r, 0) {
					return ts.Raise(objects.OverflowError, "math range error")
				}
			}
			return objects.NewTupleSteal(ts, objects.NewFloat(ts, r), objects.NewFloat(ts, phi))
		}},
		{Name: "rect", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, "rect", kw) || !objects.CheckArgs(ts, "rect", args, kw, 2, 2) {
				return nil
			}
			r, ok := objects.FloatAsDouble(ts, args[0])
			if !ok {
				return nil
			}
			phi, ok := objects.FloatAsDouble(ts, args[1])
			if !ok {
				return nil
			}
			lm := &builtins.Libm
			var re, im float64
			switch {
			case !finite(r) || !finite(phi):
				if math.IsInf(r, 0) && finite(phi) && phi != 0 {
					re, im = infByTrig(phi)
					if r < 0 {
						re, im = -re, -im
					}
				} else {
					re, im = special("rect", r, phi)
				}
				if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
					return ts.Raise(objects.ValueError, "math domain error")
				}
			case phi == 0:
				re, im = r, r*phi
			default:
				re, im = r*lm.Cos(phi), r*lm.Sin(phi)
			}
			return objects.NewComplex(ts, re, im)
		}},
		{Name: "isclose", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var a, b, relObj, absObj *Object
			if !objects.ParseArgs(ts, "isclose", args, kw, []string{"a", "b", "*", "rel_tol", "abs_tol"}, 2, &a, &b, &relObj, &absObj) {
				return nil
			}
			ar, ai, ok := complexArg(ts, a)
			if !ok {
				return nil
			}
			br, bi, ok := complexArg(ts, b)
			if !ok {
				return nil
			}
			rel, abs := 1e-09, 0.0
			if relObj != nil {
				if rel, ok = objects.FloatAsDouble(ts, relObj); !ok {
					return nil
				}
			}
			if absObj != nil {
				if abs, ok = objects.FloatAsDouble(ts, absObj); !ok {
					return nil
				}
			}
			if rel < 0 || abs < 0 {
				return ts.Raise(objects.ValueError, "tolerances must be non-negative")
			}
			if ar == br && ai == bi {
				return objects.True
			}
			if math.IsInf(ar, 0) || math.IsInf(ai, 0) || math.IsInf(br, 0) || math.IsInf(bi, 0) {
				return objects.False
			}
			diff := hypot(ar-br, ai-bi)
			return objects.Bool(diff <= rel*hypot(br, bi) || diff <= rel*hypot(ar, ai) || diff <= abs)
		}},
	}
	registerDefs("cmath", cmathDefs)
}
