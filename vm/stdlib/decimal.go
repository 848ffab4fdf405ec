package stdlib

import (
	"math/bits"

	"minipy/vm"
	"minipy/vm/objects"
)

// _decimal_core: the Go half of decimal (decimal_py.go is the rest).
//
// decimal's Decimal class is a Python subclass of DecimalBase, a gobj
// whose fields hold the number: a the coefficient (an int >= 0), b the
// exponent (an int, or 'n', 'N', 'F' for NaN, sNaN and Infinity), i the
// sign (0 or 1) and flag whether it is special. The Python code reads and
// writes them as _int, _exp, _sign and _special; new() makes an instance
// without running Python code. The fast_* functions compute the common
// cases (finite operands whose coefficients and exponents fit in an
// int64, an exact result the context needs no rounding for) entirely in
// Go and return None for everything else, which the Python code then
// computes in full (rounding, signals, specials).

var decBaseT = newGType("DecimalBase", "decimal", true)

// decCoreDefs are _decimal_core's functions.
var decCoreDefs []*objects.MethodDef

func newUnderDecimalCoreModule(th *vm.Thread) *Object {
	return makeModule(th, "_decimal_core", "Go helpers of the decimal module.", decCoreDefs, map[string]*Object{
		"DecimalBase": objects.NewRef(decBaseT.t.TypeObject()),
	})
}

func isDec(o *Object) bool { return o.Type().IsSubtype(decBaseT.t) }

// decSmall reads a finite Decimal's sign, coefficient and exponent when
// they fit in int64s.
func decSmall(o *Object) (sign int64, coef, exp int64, ok bool) {
	x := asG(o)
	if x.flag || x.a == nil || x.b == nil {
		return 0, 0, 0, false
	}
	ci := objects.AsInt(x.a)
	ei := objects.AsInt(x.b)
	if ci == nil || ei == nil {
		return 0, 0, 0, false
	}
	c, ok1 := ci.Int64()
	e, ok2 := ei.Int64()
	if !ok1 || !ok2 || c < 0 {
		return 0, 0, 0, false
	}
	return x.i, c, e, true
}

// decCtx is what the fast paths need of a Context.
type decCtx struct {
	prec, emin, emax, rmode int64
}

func decCtxOf(ts *objects.Thread, ctx *Object) (decCtx, bool) {
	var c decCtx
	for _, f := range [...]struct {
		name string
		p    *int64
	}{{"_prec", &c.prec}, {"_Emin", &c.emin}, {"_Emax", &c.emax}, {"_rmode", &c.rmode}} {
		v := objects.GetAttrString(ts, ctx, f.name)
		if v == nil {
			ts.ClearErr()
			return c, false
		}
		n, ok := objects.IntValue64(v)
		objects.Decref(ts, v)
		if !ok {
			return c, false
		}
		*f.p = n
	}
	return c, true
}

var decPow10 = func() [19]uint64 {
	var p [19]uint64
	p[0] = 1
	for i := 1; i < 19; i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// decFits reports whether the exact result (coef, exp) needs no rounding
// or clamping in the context (what _finalize's fast path tests).
func decFits(c decCtx, coef uint64, exp int64) bool {
	if c.prec < 19 && coef >= decPow10[c.prec] {
		return false
	}
	return exp >= c.emin && exp <= c.emax-c.prec+1
}

// decMake makes an instance of cls (a subtype of DecimalBase).
func decMake(ts *objects.Thread, cls *objects.Type, sign int64, coef, exp *Object, special bool) *Object {
	x := decBaseT.alloc(ts, cls)
	x.a = coef
	x.b = exp
	x.i = sign
	x.flag = special
	return track(ts, x)
}

func decMakeSmall(ts *objects.Thread, cls *objects.Type, sign int64, coef uint64, exp int64) *Object {
	c := objects.NewIntUint64(ts, coef)
	if c == nil {
		return nil
	}
	e := objects.NewInt(ts, exp)
	if e == nil {
		objects.Decref(ts, c)
		return nil
	}
	return decMake(ts, cls, sign, c, e, false)
}

// decScale is c * 10**d when it fits in an int64.
func decScale(c uint64, d int64) (uint64, bool) {
	if d < 0 || d > 18 {
		return 0, false
	}
	hi, lo := bits.Mul64(c, decPow10[d])
	if hi != 0 || lo > 1<<62 {
		return 0, false
	}
	return lo, true
}

// decOperands reads the fast path's operands: two Decimals (or a Decimal
// and an int), the context and the class of results.
func decOperands(ts *objects.Thread, args []*Object) (a, b [3]int64, c decCtx, cls *objects.Type, ok bool) {
	if len(args) < 4 || !isDec(args[0]) {
		return
	}
	cls = objects.AsType(args[3])
	if cls == nil || !cls.IsSubtype(decBaseT.t) {
		return
	}
	var okA, okB bool
	a[0], a[1], a[2], okA = decSmall(args[0])
	if isDec(args[1]) {
		b[0], b[1], b[2], okB = decSmall(args[1])
	} else if args[1].Type() == objects.IntType {
		v, fits := objects.IntValue64(args[1])
		if fits && v > -(1<<62) {
			okB = true
			if v < 0 {
				b[0], b[1] = 1, -v
			} else {
				b[1] = v
			}
		}
	}
	if !okA || !okB {
		return
	}
	c, ok = decCtxOf(ts, args[2])
	return
}

func init() {
	t := decBaseT.t
	t.Doc = "The storage of a Decimal: sign, coefficient and exponent."
	field := func(name string, get func(ts *objects.Thread, x *gobj) *Object, set func(ts *objects.Thread, x *gobj, v *Object) int) objects.GetSetDef {
		return objects.GetSetDef{Name: name,
			Get: func(ts *objects.Thread, o *Object) *Object { return get(ts, asG(o)) },
			Set: func(ts *objects.Thread, o, v *Object) int {
				if v == nil {
					ts.Raisef(objects.AttributeError, "cannot delete %s", name)
					return -1
				}
				return set(ts, asG(o), v)
			}}
	}
	ref := func(p *Object) *Object {
		if p == nil {
			return objects.NewRef(objects.None)
		}
		return objects.NewRef(p)
	}
	t.GetSets = append(t.GetSets,
		field("_int", func(_ *objects.Thread, x *gobj) *Object { return ref(x.a) }, func(ts *objects.Thread, x *gobj, v *Object) int {
			old := x.a
			x.a = objects.NewRef(v)
			objects.XDecref(ts, old)
			return 0
		}),
		field("_exp", func(_ *objects.Thread, x *gobj) *Object { return ref(x.b) }, func(ts *objects.Thread, x *gobj, v *Object) int {
			old := x.b
			x.b = objects.NewRef(v)
			objects.XDecref(ts, old)
			return 0
		}),
		field("_sign", func(ts *objects.Thread, x *gobj) *Object { return objects.NewInt(ts, x.i) }, func(ts *objects.Thread, x *gobj, v *Object) int {
			n, ok := objects.IntValue64(v)
			if !ok {
				ts.Raise(objects.TypeError, "_sign must be an int")
				return -1
			}
			x.i = n
			return 0
		}),
		field("_special", func(_ *objects.Thread, x *gobj) *Object { return objects.NewRef(objects.Bool(x.flag)) }, func(ts *objects.Thread, x *gobj, v *Object) int {
			r := objects.IsTrue(ts, v)
			if r < 0 {
				return -1
			}
			x.flag = r == 1
			return 0
		}),
	)

	decCoreDefs = []*objects.MethodDef{
		{Name: "new", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			// new(cls, sign, coef, exp, special)
			if len(args) != 5 || kwCount(kw) != 0 {
				ts.Raise(objects.TypeError, "new() takes 5 arguments")
				return nil
			}
			cls := objects.AsType(args[0])
			if cls == nil || !cls.IsSubtype(decBaseT.t) {
				ts.Raise(objects.TypeError, "new(): not a Decimal class")
				return nil
			}
			sign, ok := objects.IntValue64(args[1])
			if !ok {
				ts.Raise(objects.TypeError, "new(): sign must be an int")
				return nil
			}
			special := objects.IsTrue(ts, args[4])
			if special < 0 {
				return nil
			}
			return decMake(ts, cls, sign, objects.NewRef(args[2]), objects.NewRef(args[3]), special == 1)
		}},
		// fast_add(a, b, ctx, cls, negate_b): a + b (a - b), or None.
		{Name: "fast_add", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			a, b, c, cls, ok := decOperands(ts, args)
			if !ok || len(args) != 5 {
				return objects.NewRef(objects.None)
			}
			if objects.IsTrue(ts, args[4]) == 1 {
				b[0] ^= 1
			}
			ca, cb := uint64(a[1]), uint64(b[1])
			exp := a[2]
			if a[2] > b[2] {
				if ca, ok = decScale(ca, a[2]-b[2]); !ok {
					return objects.NewRef(objects.None)
				}
				exp = b[2]
			} else if b[2] > a[2] {
				if cb, ok = decScale(cb, b[2]-a[2]); !ok {
					return objects.NewRef(objects.None)
				}
			}
			var sign int64
			var coef uint64
			switch {
			case a[0] == b[0]:
				sign, coef = a[0], ca+cb
			case ca > cb:
				sign, coef = a[0], ca-cb
			case cb > ca:
				sign, coef = b[0], cb-ca
			default:
				// an exact zero of operands of opposite signs: -0 only
				// when rounding toward -infinity (ROUND_FLOOR is 1)
				if c.rmode == 1 {
					sign = 1
				}
			}
			if !decFits(c, coef, exp) {
				return objects.NewRef(objects.None)
			}
			return decMakeSmall(ts, cls, sign, coef, exp)
		}},
		// fast_mul(a, b, ctx, cls): a * b, or None.
		{Name: "fast_mul", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			a, b, c, cls, ok := decOperands(ts, args)
			if !ok {
				return objects.NewRef(objects.None)
			}
			hi, coef := bits.Mul64(uint64(a[1]), uint64(b[1]))
			exp := a[2] + b[2]
			if hi != 0 || coef > 1<<62 || !decFits(c, coef, exp) {
				return objects.NewRef(objects.None)
			}
			return decMakeSmall(ts, cls, a[0]^b[0], coef, exp)
		}},
		// fast_cmp(a, b): -1, 0 or 1 for finite Decimals (or ints) that
		// fit, else None.
		{Name: "fast_cmp", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if len(args) != 2 || !isDec(args[0]) {
				return objects.NewRef(objects.None)
			}
			sa, ca, ea, okA := decSmall(args[0])
			var sb, cb, eb int64
			okB := false
			if isDec(args[1]) {
				sb, cb, eb, okB = decSmall(args[1])
			} else if args[1].Type() == objects.IntType {
				if v, fits := objects.IntValue64(args[1]); fits && v > -(1<<62) {
					okB = true
					if v < 0 {
						sb, cb = 1, -v
					} else {
						cb = v
					}
				}
			}
			if !okA || !okB {
				return objects.NewRef(objects.None)
			}
			if ca == 0 && cb == 0 {
				return objects.NewInt(ts, 0)
			}
			if ca == 0 || cb == 0 || sa != sb {
				// the signs decide (a zero counts as neither)
				va, vb := decSignum(sa, ca), decSignum(sb, cb)
				return objects.NewInt(ts, cmp3(va, vb))
			}
			ua, ub := uint64(ca), uint64(cb)
			var fit bool
			if ea > eb {
				ua, fit = decScale(ua, ea-eb)
			} else {
				ub, fit = decScale(ub, eb-ea)
			}
			if !fit {
				return objects.NewRef(objects.None)
			}
			r := int64(0)
			if ua > ub {
				r = 1
			} else if ua < ub {
				r = -1
			}
			if sa == 1 {
				r = -r
			}
			return objects.NewInt(ts, r)
		}},
		// parse(cls, s): the Decimal of a plain numeric string (sign,
		// digits, point, exponent; at most 18 digits), else None.
		{Name: "parse", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if len(args) != 2 || objects.AsStr(args[1]) == nil {
				return objects.NewRef(objects.None)
			}
			cls := objects.AsType(args[0])
			if cls == nil || !cls.IsSubtype(decBaseT.t) {
				return objects.NewRef(objects.None)
			}
			sign, coef, exp, ok := decParsePlain(objects.StrValue(args[1]))
			if !ok {
				return objects.NewRef(objects.None)
			}
			return decMakeSmall(ts, cls, sign, coef, exp)
		}},
	}
	registerDefs("_decimal_core", decCoreDefs)
}

func decSignum(sign, coef int64) int64 {
	if coef == 0 {
		return 0
	}
	if sign == 1 {
		return -1
	}
	return 1
}

func cmp3(a, b int64) int64 {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// decParsePlain reads [sign] digits [. digits] [e [sign] digits] with at
// most 18 digits of coefficient and a small exponent.
func decParsePlain(s string) (sign int64, coef uint64, exp int64, ok bool) {
	i, n := 0, len(s)
	if i < n && (s[i] == '+' || s[i] == '-') {
		if s[i] == '-' {
			sign = 1
		}
		i++
	}
	nd, frac, ndig := 0, 0, 0
	seenPoint := false
	for ; i < n; i++ {
		ch := s[i]
		if ch >= '0' && ch <= '9' {
			ndig++
			if coef != 0 || ch != '0' {
				nd++
			}
			if nd > 18 {
				return 0, 0, 0, false
			}
			coef = coef*10 + uint64(ch-'0')
			if seenPoint {
				frac++
			}
			continue
		}
		if ch == '.' && !seenPoint {
			seenPoint = true
			continue
		}
		break
	}
	if ndig == 0 {
		return 0, 0, 0, false
	}
	if i < n {
		if s[i] != 'e' && s[i] != 'E' {
			return 0, 0, 0, false
		}
		i++
		eneg := false
		if i < n && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		if i == n {
			return 0, 0, 0, false
		}
		var e int64
		for ; i < n; i++ {
			ch := s[i]
			if ch < '0' || ch > '9' || e > 1e12 {
				return 0, 0, 0, false
			}
			e = e*10 + int64(ch-'0')
		}
		if eneg {
			e = -e
		}
		exp = e
	}
	return sign, coef, exp - int64(frac), true
}
