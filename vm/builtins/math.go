package builtins

import (
	"math"
	"math/big"

	"minipy/vm"
	"minipy/vm/objects"
)

// The math module (Modules/mathmodule.c) with CPython's errors: a NaN
// result from a non-NaN argument is "math domain error" (ValueError), an
// infinite one from a finite argument "math range error" (OverflowError)
// for the functions that can overflow, else a domain error.
//
// The elementary functions are correctly rounded (crmath.go), as glibc's
// are in practice; pow goes through float.__pow__ (the object layer's
// correctly rounded pow). erf, erfc, gamma and lgamma still use Go's
// algorithms (see the report).
var (
	mathExp = crExpF
	mathLog = crLogF
	mathSin = crSin
	mathCos = crCos
	mathTan = crTan
)

func toFloat(ts *objects.Thread, o *Object) (float64, bool) { return objects.FloatAsDouble(ts, o) }

func domainErr(ts *objects.Thread) *Object { return ts.Raise(objects.ValueError, "math domain error") }
func rangeErr(ts *objects.Thread) *Object  { return ts.Raise(objects.OverflowError, "math range error") }

// math1 is CPython's math_1: f applied to one float argument.
func math1(name string, f func(float64) float64, canOverflow bool) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "math."+name, args, kwnames) {
			return nil
		}
		x, ok := toFloat(ts, args[0])
		if !ok {
			return nil
		}
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return domainErr(ts)
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if canOverflow {
				return rangeErr(ts)
			}
			return domainErr(ts)
		}
		return objects.NewFloat(ts, r)
	}}
}

// math2 is math_2: f of two floats.
func math2(name string, f func(x, y float64) float64) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, name, args, kwnames, 2, 2) {
			return nil
		}
		x, ok := toFloat(ts, args[0])
		if !ok {
			return nil
		}
		y, ok := toFloat(ts, args[1])
		if !ok {
			return nil
		}
		r := f(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return domainErr(ts)
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(x) && !math.IsNaN(y) {
			return rangeErr(ts)
		}
		return objects.NewFloat(ts, r)
	}}
}

func floatFn(name string, fn func(ts *objects.Thread, args []*Object) *Object, min, max int) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if min == 1 && max == 1 {
			if !objects.CheckOneArg(ts, "math."+name, args, kwnames) {
				return nil
			}
		} else if name == "log" {
			if !objects.CheckNoKw(ts, "log", kwnames) {
				return nil
			}
			if len(args) < 1 || len(args) > 2 {
				return ts.Raise(objects.TypeError, "math.log requires 1 to 2 arguments")
			}
		} else if !objects.CheckArgs(ts, name, args, kwnames, min, max) {
			return nil
		}
		return fn(ts, args)
	}}
}

func mathAcosh(x float64) float64 {
	if x < 1 {
		return math.NaN()
	}
	return math.Acosh(x)
}

func mathAtanh(x float64) float64 {
	if x >= 1 || x <= -1 {
		if math.Abs(x) == 1 {
			return math.NaN()
		}
		return math.NaN()
	}
	return math.Atanh(x)
}

func mathLogNonPos(f func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		if x <= 0 {
			return math.NaN()
		}
		return f(x)
	}
}

func mathRemainder(x, y float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	if math.IsInf(x, 0) || y == 0 {
		return math.NaN()
	}
	if math.IsInf(y, 0) {
		return x
	}
	return math.Remainder(x, y)
}

func mathFmod(x, y float64) float64 {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) {
		return x
	}
	if math.IsInf(x, 0) || y == 0 {
		if math.IsNaN(y) {
			return y
		}
		return math.NaN()
	}
	return math.Mod(x, y)
}

// mathLogArg is log of an int or float argument (ints beyond float range
// are taken as m * 2**e).
func mathLogArg(ts *objects.Thread, o *Object, f func(float64) float64) (float64, bool) {
	if i := objects.AsInt(o); i != nil {
		b, ok := intBig(ts, o)
		if !ok {
			return 0, false
		}
		if b.Sign() <= 0 {
			domainErr(ts)
			return 0, false
		}
		if b.BitLen() > 1024 {
			// As CPython's loghelper: x = m * 2**e, log(m) + log(2) * e.
			bf := new(big.Float).SetInt(b)
			mant := new(big.Float)
			e := bf.MantExp(mant)
			m, _ := mant.Float64()
			if m == 1 {
				m, e = 0.5, e+1
			}
			return f(m) + f(2.0)*float64(e), true
		}
		x, _ := new(big.Float).SetInt(b).Float64()
		return f(x), true
	}
	x, ok := toFloat(ts, o)
	if !ok {
		return 0, false
	}
	if math.IsNaN(x) {
		return x, true
	}
	if x <= 0 {
		domainErr(ts)
		return 0, false
	}
	return f(x), true
}

func intBig(ts *objects.Thread, o *Object) (*big.Int, bool) {
	s, ok := objects.IntDecimal(ts, objects.AsInt(o))
	if !ok {
		// Beyond the str digit limit: go through hex.
		h := objects.IntToBase(objects.AsInt(o), 16)
		neg := len(h) > 0 && h[0] == '-'
		if neg {
			h = h[1:]
		}
		b, _ := new(big.Int).SetString(h[2:], 16)
		if neg {
			b.Neg(b)
		}
		ts.ClearErr()
		return b, true
	}
	b, _ := new(big.Int).SetString(s, 10)
	return b, true
}

func mathLog2(x float64) float64 { return crLog2(x) }

func log10(x float64) float64 { return fdLog10(x) }

// indexBig is an integer argument as a big.Int (TypeError for non-ints).
func indexBig(ts *objects.Thread, o *Object) (*big.Int, bool) {
	i := objects.NumberIndex(ts, o)
	if i == nil {
		return nil, false
	}
	defer objects.Decref(ts, i)
	if v, ok := objects.IntValue64(i); ok {
		return big.NewInt(v), true
	}
	return intBig(ts, i)
}

func newIntFromBig(ts *objects.Thread, b *big.Int) *Object {
	if b.IsInt64() {
		return objects.NewInt(ts, b.Int64())
	}
	return objects.NewIntBig(ts, b)
}

func mathFloorCeil(name, dunder string, f func(float64) float64) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "math."+name, args, kwnames) {
			return nil
		}
		x := args[0]
		if objects.IsFloat(x) && x.Type() == objects.FloatType {
			return floatToInt(ts, f(objects.FloatValue(x)))
		}
		if objects.LookupTypeString(x.Type(), dunder) != nil {
			return objects.CallMethod(ts, x, dunder)
		}
		if name == "trunc" {
			return ts.Raisef(objects.TypeError, "type %s doesn't define __trunc__ method", objects.TypeName(x))
		}
		v, ok := toFloat(ts, x)
		if !ok {
			return nil
		}
		return floatToInt(ts, f(v))
	}}
}

func floatToInt(ts *objects.Thread, v float64) *Object {
	if math.IsInf(v, 0) {
		return ts.Raise(objects.OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(v) {
		return ts.Raise(objects.ValueError, "cannot convert float NaN to integer")
	}
	if v >= -9e18 && v <= 9e18 {
		return objects.NewInt(ts, int64(v))
	}
	b, _ := big.NewFloat(v).Int(nil)
	return objects.NewIntBig(ts, b)
}

func mathPow(ts *objects.Thread, args []*Object) *Object {
	x, ok := toFloat(ts, args[0])
	if !ok {
		return nil
	}
	y, ok := toFloat(ts, args[1])
	if !ok {
		return nil
	}
	isOddInt := func(v float64) bool { return v == math.Trunc(v) && math.Mod(v, 2) != 0 && math.Abs(v) < 1<<53 }
	switch {
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0):
		if y == 0 {
			return objects.NewFloat(ts, 1)
		}
		if x == 1 {
			return objects.NewFloat(ts, 1)
		}
		return objects.NewFloat(ts, math.Pow(x, y))
	case x == 0:
		if y < 0 {
			return domainErr(ts)
		}
		return objects.NewFloat(ts, math.Pow(x, y))
	case y == 0:
		return objects.NewFloat(ts, 1)
	case x < 0 && y != math.Trunc(y):
		return domainErr(ts)
	}
	// Finite, non-zero: float.__pow__ of |x| is correctly rounded.
	ax := objects.NewFloat(ts, math.Abs(x))
	ay := objects.NewFloat(ts, y)
	r := objects.Power(ts, ax, ay, objects.None)
	objects.Decref(ts, ax)
	objects.Decref(ts, ay)
	if r == nil {
		if ts.ErrMatches(objects.OverflowError) {
			ts.ClearErr()
			return rangeErr(ts)
		}
		return nil
	}
	v := objects.FloatValue(r)
	objects.Decref(ts, r)
	if x < 0 && isOddInt(y) {
		v = -v
	}
	if math.IsInf(v, 0) {
		return rangeErr(ts)
	}
	return objects.NewFloat(ts, v)
}

// fsum is Shewchuk's exact summation as CPython's math_fsum_impl.
func mathFsum(ts *objects.Thread, args []*Object) *Object {
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	failed := false
	ok := objects.Iterate(ts, args[0], func(item *Object) bool {
		x, ok := toFloat(ts, item)
		if !ok {
			failed = true
			return false
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					ts.Raise(objects.OverflowError, "intermediate overflow in fsum")
					failed = true
					return false
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
		return true
	})
	if !ok || failed {
		return nil
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return ts.Raise(objects.ValueError, "-inf + inf in fsum")
		}
		return objects.NewFloat(ts, specialSum)
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		var lo float64
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return objects.NewFloat(ts, hi)
}

func mathIsclose(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var ao, bo, relo, abso *Object
	if !objects.ParseArgs(ts, "isclose", args, kwnames, []string{"a", "b", "*", "rel_tol", "abs_tol"}, 2, &ao, &bo, &relo, &abso) {
		return nil
	}
	a, ok := toFloat(ts, ao)
	if !ok {
		return nil
	}
	b, ok := toFloat(ts, bo)
	if !ok {
		return nil
	}
	rel, abs := 1e-9, 0.0
	if relo != nil {
		if rel, ok = toFloat(ts, relo); !ok {
			return nil
		}
	}
	if abso != nil {
		if abs, ok = toFloat(ts, abso); !ok {
			return nil
		}
	}
	if rel < 0 || abs < 0 {
		return ts.Raise(objects.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return objects.True
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return objects.False
	}
	d := math.Abs(b - a)
	return objects.Bool((d <= math.Abs(rel*b)) || (d <= math.Abs(rel*a)) || d <= abs)
}

// vecHypot is CPython's vector_norm (accurate scaled sum of squares).
func vecHypot(v []float64) float64 {
	max := 0.0
	foundNaN := false
	for _, x := range v {
		x = math.Abs(x)
		if math.IsNaN(x) {
			foundNaN = true
		}
		if x > max {
			max = x
		}
	}
	if math.IsInf(max, 1) {
		return max
	}
	if foundNaN {
		return math.NaN()
	}
	if max == 0 || len(v) <= 1 {
		return max
	}
	_, maxE := math.Frexp(max)
	if maxE < -1023 {
		// Subnormal: scale up first.
		for i := range v {
			v[i] /= math.SmallestNonzeroFloat64
		}
		return math.SmallestNonzeroFloat64 * vecHypot(v)
	}
	scale := math.Ldexp(1.0, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range v {
		x = math.Abs(x) * scale
		pr := x * x
		prLo := math.FMA(x, x, -pr)
		sm := csum + pr
		frac1 += prLo
		frac2 += (csum - sm) + pr
		csum = sm
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2))
	// Differential correction with double-length arithmetic.
	prHi := -h * h
	prLo := math.FMA(-h, h, -prHi)
	sm := csum + prHi
	frac1 += prLo
	frac2 += (csum - sm) + prHi
	x := sm - 1.0 + (frac1 + frac2)
	h += x / (2.0 * h)
	return h / scale
}

func floatsOf(ts *objects.Thread, seq []*Object) ([]float64, bool) {
	out := make([]float64, len(seq))
	for i, o := range seq {
		v, ok := toFloat(ts, o)
		if !ok {
			return nil, false
		}
		out[i] = v
	}
	return out, true
}

func mathHypot(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoKw(ts, "hypot", kwnames) {
		return nil
	}
	v, ok := floatsOf(ts, args)
	if !ok {
		return nil
	}
	return objects.NewFloat(ts, vecHypot(v))
}

func mathDist(ts *objects.Thread, args []*Object) *Object {
	p, q := args[0], args[1]
	var owned []*Object
	defer func() {
		for _, o := range owned {
			objects.Decref(ts, o)
		}
	}()
	seq := func(o *Object) ([]*Object, bool) {
		if objects.AsTuple(o) != nil {
			return objects.TupleItems(o), true
		}
		t := objects.SequenceTuple(ts, o)
		if t == nil {
			return nil, false
		}
		owned = append(owned, t)
		return objects.TupleItems(t), true
	}
	ps, ok := seq(p)
	if !ok {
		return nil
	}
	qs, ok := seq(q)
	if !ok {
		return nil
	}
	if len(ps) != len(qs) {
		return ts.Raise(objects.ValueError, "both points must have the same number of dimensions")
	}
	pv, ok := floatsOf(ts, ps)
	if !ok {
		return nil
	}
	qv, ok := floatsOf(ts, qs)
	if !ok {
		return nil
	}
	for i := range pv {
		pv[i] = math.Abs(pv[i] - qv[i])
	}
	return objects.NewFloat(ts, vecHypot(pv))
}

func mathGcdLcm(name string, lcm bool) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoKw(ts, name, kwnames) {
			return nil
		}
		acc := big.NewInt(0)
		if lcm {
			acc.SetInt64(1)
		}
		for i, a := range args {
			b, ok := indexBig(ts, a)
			if !ok {
				return nil
			}
			b.Abs(b)
			if i == 0 {
				acc = b
				continue
			}
			if lcm {
				if acc.Sign() == 0 || b.Sign() == 0 {
					acc.SetInt64(0)
					continue
				}
				g := new(big.Int).GCD(nil, nil, acc, b)
				acc.Mul(acc, new(big.Int).Quo(b, g))
			} else {
				acc.GCD(nil, nil, acc, b)
			}
		}
		return newIntFromBig(ts, acc)
	}}
}

func mathIsqrt(ts *objects.Thread, args []*Object) *Object {
	b, ok := indexBig(ts, args[0])
	if !ok {
		return nil
	}
	if b.Sign() < 0 {
		return ts.Raise(objects.ValueError, "isqrt() argument must be nonnegative")
	}
	return newIntFromBig(ts, b.Sqrt(b))
}

func mathFactorial(ts *objects.Thread, args []*Object) *Object {
	if objects.IsFloat(args[0]) {
		return ts.Raisef(objects.TypeError, "'%s' object cannot be interpreted as an integer", objects.TypeName(args[0]))
	}
	b, ok := indexBig(ts, args[0])
	if !ok {
		return nil
	}
	if b.Sign() < 0 {
		return ts.Raise(objects.ValueError, "factorial() not defined for negative values")
	}
	if !b.IsInt64() {
		return ts.Raise(objects.OverflowError, "factorial() argument should not exceed 9223372036854775807")
	}
	return newIntFromBig(ts, new(big.Int).MulRange(1, b.Int64()))
}

func mathCombPerm(name string, comb bool) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		min := 2
		if !comb {
			min = 1
		}
		if !objects.CheckArgs(ts, name, args, kwnames, min, 2) {
			return nil
		}
		n, ok := indexBig(ts, args[0])
		if !ok {
			return nil
		}
		var k *big.Int
		if len(args) == 1 || args[1] == objects.None {
			k = new(big.Int).Set(n)
		} else if k, ok = indexBig(ts, args[1]); !ok {
			return nil
		}
		if n.Sign() < 0 {
			return ts.Raise(objects.ValueError, "n must be a non-negative integer")
		}
		if k.Sign() < 0 {
			return ts.Raise(objects.ValueError, "k must be a non-negative integer")
		}
		if k.Cmp(n) > 0 {
			return objects.NewInt(ts, 0)
		}
		what := "k"
		if comb {
			// comb(n, k) == comb(n, n-k): CPython reduces k first.
			if d := new(big.Int).Sub(n, k); d.Cmp(k) < 0 {
				k = d
			}
			what = "min(n - k, k)"
		}
		if !k.IsInt64() {
			return ts.Raisef(objects.OverflowError, "%s must not exceed %d", what, int64(math.MaxInt64))
		}
		kk := k.Int64()
		r := big.NewInt(1)
		t := new(big.Int)
		for i := int64(0); i < kk; i++ {
			t.Sub(n, big.NewInt(i))
			r.Mul(r, t)
			if comb {
				r.Quo(r, big.NewInt(i+1))
			}
		}
		return newIntFromBig(ts, r)
	}}
}

func mathProd(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var it, start *Object
	if !objects.ParseArgs(ts, "prod", args, kwnames, []string{"iterable", "/", "*", "start"}, 1, &it, &start) {
		return nil
	}
	var acc *Object
	if start == nil {
		acc = objects.NewInt(ts, 1)
	} else {
		acc = objects.NewRef(start)
	}
	ok := objects.Iterate(ts, it, func(x *Object) bool {
		r := objects.BinaryOp(ts, acc, x, objects.OpMul)
		if r == nil {
			return false
		}
		objects.Decref(ts, acc)
		acc = r
		return true
	})
	if !ok {
		objects.Decref(ts, acc)
		return nil
	}
	return acc
}

func mathNextafter(ts *objects.Thread, args []*Object) *Object {
	x, ok := toFloat(ts, args[0])
	if !ok {
		return nil
	}
	y, ok := toFloat(ts, args[1])
	if !ok {
		return nil
	}
	if x == y {
		return objects.NewFloat(ts, y) // C's nextafter returns y (the sign of a zero)
	}
	return objects.NewFloat(ts, math.Nextafter(x, y))
}

func mathUlp(ts *objects.Thread, args []*Object) *Object {
	x, ok := toFloat(ts, args[0])
	if !ok {
		return nil
	}
	if math.IsNaN(x) {
		return objects.NewFloat(ts, x)
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return objects.NewFloat(ts, x)
	}
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		x2 = math.Nextafter(x, math.Inf(-1))
		return objects.NewFloat(ts, x-x2)
	}
	return objects.NewFloat(ts, x2-x)
}

func mathFrexp(ts *objects.Thread, args []*Object) *Object {
	x, ok := toFloat(ts, args[0])
	if !ok {
		return nil
	}
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return objects.NewTupleSteal(ts, objects.NewFloat(ts, x), objects.NewInt(ts, 0))
	}
	m, e := math.Frexp(x)
	return objects.NewTupleSteal(ts, objects.NewFloat(ts, m), objects.NewInt(ts, int64(e)))
}

func mathLdexp(ts *objects.Thread, args []*Object) *Object {
	x, ok := toFloat(ts, args[0])
	if !ok {
		return nil
	}
	if objects.AsInt(args[1]) == nil {
		return ts.Raise(objects.TypeError, "Expected an int as second argument to ldexp.")
	}
	e, fits := objects.IntValue64(args[1])
	if !fits {
		if objects.IntToBase(objects.AsInt(args[1]), 16)[0] == '-' {
			e = math.MinInt32
		} else {
			e = math.MaxInt32
		}
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return objects.NewFloat(ts, x)
	}
	if e > 100000 {
		return rangeErr(ts)
	}
	if e < -100000 {
		return objects.NewFloat(ts, math.Copysign(0, x))
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return rangeErr(ts)
	}
	return objects.NewFloat(ts, r)
}

func mathModf(ts *objects.Thread, args []*Object) *Object {
	x, ok := toFloat(ts, args[0])
	if !ok {
		return nil
	}
	if math.IsInf(x, 0) {
		return objects.NewTupleSteal(ts, objects.NewFloat(ts, math.Copysign(0, x)), objects.NewFloat(ts, x))
	}
	i, f := math.Modf(x)
	return objects.NewTupleSteal(ts, objects.NewFloat(ts, f), objects.NewFloat(ts, i))
}

func mathLogFn(ts *objects.Thread, args []*Object) *Object {
	num, ok := mathLogArg(ts, args[0], mathLog)
	if !ok {
		return nil
	}
	if len(args) == 2 {
		den, ok := mathLogArg(ts, args[1], mathLog)
		if !ok {
			return nil
		}
		if den == 0 {
			return ts.Raise(objects.ZeroDivisionError, "float division by zero")
		}
		num /= den
	}
	return objects.NewFloat(ts, num)
}

func logFn(name string, f func(float64) float64) *objects.MethodDef {
	return floatFn(name, func(ts *objects.Thread, args []*Object) *Object {
		r, ok := mathLogArg(ts, args[0], f)
		if !ok {
			return nil
		}
		return objects.NewFloat(ts, r)
	}, 1, 1)
}

var mathDefs []*objects.MethodDef

func init() {
	mathDefs = []*objects.MethodDef{
		math1("acos", crAcos, false), math1("acosh", fdAcosh, false), math1("asin", crAsin, false),
		math1("asinh", fdAsinh, false), math1("atan", crAtanF, false), math1("atanh", fdAtanh, false),
		math1("cbrt", libmCbrt, false), math1("cos", mathCos, false), math1("cosh", fdCosh, true),
		math1("erf", libmErf, false), math1("erfc", libmErfc, false), math1("exp", mathExp, true),
		math1("exp2", crExp2, true), math1("expm1", math.Expm1, true), math1("fabs", math.Abs, false),
		math1("gamma", mathGamma, true), math1("lgamma", mathLgamma, true),
		math1("log1p", func(x float64) float64 {
			if x <= -1 {
				return math.NaN()
			}
			return math.Log1p(x)
		}, false),
		math1("sin", mathSin, false), math1("sinh", fdSinh, true), math1("sqrt", math.Sqrt, false),
		math1("tan", mathTan, false), math1("tanh", fdTanh, false),
		math1("degrees", func(x float64) float64 { return x * (180.0 / math.Pi) }, true),
		math1("radians", func(x float64) float64 { return x * (math.Pi / 180.0) }, false),
		math2("atan2", crAtan2), math2("copysign", math.Copysign), math2("fmod", mathFmod),
		math2("remainder", mathRemainder),
		logFn("log2", mathLog2), logFn("log10", log10),
		floatFn("log", mathLogFn, 1, 2),
		floatFn("pow", mathPow, 2, 2),
		floatFn("fsum", mathFsum, 1, 1),
		floatFn("dist", mathDist, 2, 2),
		floatFn("isqrt", mathIsqrt, 1, 1),
		floatFn("factorial", mathFactorial, 1, 1),
		floatFn("nextafter", mathNextafter, 2, 2),
		floatFn("ulp", mathUlp, 1, 1),
		floatFn("frexp", mathFrexp, 1, 1),
		floatFn("ldexp", mathLdexp, 2, 2),
		floatFn("modf", mathModf, 1, 1),
		floatFn("isfinite", func(ts *objects.Thread, a []*Object) *Object {
			x, ok := toFloat(ts, a[0])
			if !ok {
				return nil
			}
			return objects.Bool(!math.IsInf(x, 0) && !math.IsNaN(x))
		}, 1, 1),
		floatFn("isinf", func(ts *objects.Thread, a []*Object) *Object {
			x, ok := toFloat(ts, a[0])
			if !ok {
				return nil
			}
			return objects.Bool(math.IsInf(x, 0))
		}, 1, 1),
		floatFn("isnan", func(ts *objects.Thread, a []*Object) *Object {
			x, ok := toFloat(ts, a[0])
			if !ok {
				return nil
			}
			return objects.Bool(math.IsNaN(x))
		}, 1, 1),
		mathFloorCeil("floor", "__floor__", math.Floor), mathFloorCeil("ceil", "__ceil__", math.Ceil),
		mathFloorCeil("trunc", "__trunc__", math.Trunc),
		mathGcdLcm("gcd", false), mathGcdLcm("lcm", true),
		mathCombPerm("comb", true), mathCombPerm("perm", false),
		{Name: "prod", Fn: mathProd}, {Name: "isclose", Fn: mathIsclose}, {Name: "hypot", Fn: mathHypot},
	}
	registerDefs("math", mathDefs)
}

func newMathModule(th *vm.Thread) *Object {
	ts := th.TS
	return makeModule(th, "math", "This module provides access to the mathematical functions\ndefined by the C standard.", mathDefs, map[string]*Object{
		"pi": objects.NewFloat(ts, math.Pi), "e": objects.NewFloat(ts, math.E), "tau": objects.NewFloat(ts, 2*math.Pi),
		"inf": objects.NewFloat(ts, math.Inf(1)), "nan": objects.NewFloat(ts, math.Float64frombits(0x7ff8000000000000)),
	})
}
