package stdlib

import (
	"math/big"
	"math/bits"
	"strconv"
	"strings"

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

// decCtxT is the storage of a Context: i prec, j Emin, k Emax, m the
// rounding mode (an index into decimal's _RNAMES), ix capitals, clamp,
// the flag bits and the trap bits.
var decCtxT = newGType("ContextBase", "decimal", true)

// decCoreDefs are _decimal_core's functions.
var decCoreDefs []*objects.MethodDef

func newUnderDecimalCoreModule(th *vm.Thread) *Object {
	return makeModule(th, "_decimal_core", "Go helpers of the decimal module.", decCoreDefs, map[string]*Object{
		"DecimalBase": objects.NewRef(decBaseT.t.TypeObject()),
		"ContextBase": objects.NewRef(decCtxT.t.TypeObject()),
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
	x                       *gobj
}

func decCtxOf(ts *objects.Thread, ctx *Object) (decCtx, bool) {
	if !ctx.Type().IsSubtype(decCtxT.t) {
		return decCtx{}, false
	}
	x := asG(ctx)
	return decCtx{prec: x.i, emin: x.j, emax: x.k, rmode: x.m, x: x}, len(x.ix) == 4
}

func decCtxInit() {
	t := decCtxT.t
	t.Doc = "The storage of a decimal Context."
	t.New = func(ts *objects.Thread, typ *objects.Type, args []*Object, kw *Object) *Object {
		x := decCtxT.alloc(ts, typ)
		setIx(ts, x, make([]int, 4))
		return track(ts, x)
	}
	intField := func(name string, p func(x *gobj) *int64) objects.GetSetDef {
		return objects.GetSetDef{Name: name,
			Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewInt(ts, *p(asG(o))) },
			Set: func(ts *objects.Thread, o, v *Object) int {
				n, ok := objects.IntValue64(v)
				if v == nil || !ok {
					ts.Raisef(objects.TypeError, "%s must be an int", name)
					return -1
				}
				*p(asG(o)) = n
				return 0
			}}
	}
	ixField := func(name string, i int) objects.GetSetDef {
		return objects.GetSetDef{Name: name,
			Get: func(ts *objects.Thread, o *Object) *Object {
				x := asG(o)
				if len(x.ix) <= i {
					return objects.NewInt(ts, 0)
				}
				return objects.NewInt(ts, int64(x.ix[i]))
			},
			Set: func(ts *objects.Thread, o, v *Object) int {
				n, ok := objects.IntValue64(v)
				if v == nil || !ok {
					ts.Raisef(objects.TypeError, "%s must be an int", name)
					return -1
				}
				x := asG(o)
				if len(x.ix) <= i {
					ts.Raise(objects.TypeError, "uninitialized context")
					return -1
				}
				x.ix[i] = int(n)
				return 0
			}}
	}
	t.GetSets = append(t.GetSets,
		intField("_prec", func(x *gobj) *int64 { return &x.i }),
		intField("_Emin", func(x *gobj) *int64 { return &x.j }),
		intField("_Emax", func(x *gobj) *int64 { return &x.k }),
		intField("_rmode", func(x *gobj) *int64 { return &x.m }),
		ixField("_capitals", 0), ixField("_clamp", 1), ixField("_flags", 2), ixField("_traps", 3),
	)
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
	decCtxInit()
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
	decMoreInit()
	decFinishInit()
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

// Condition bits of decimal_py.go's Context (_S_INEXACT, _S_ROUNDED).
const (
	decInexact = 64
	decRounded = 128
)

var bigTen = big.NewInt(10)

// decPow10Tab holds 10**0 .. 10**99 (read only after init).
var decPow10Tab = func() []*big.Int {
	t := make([]*big.Int, 100)
	t[0] = big.NewInt(1)
	for i := 1; i < len(t); i++ {
		t[i] = new(big.Int).Mul(t[i-1], bigTen)
	}
	return t
}()

// decPow10Big is 10**n (shared for small n: never modify the result).
func decPow10Big(n int64) *big.Int {
	if n < int64(len(decPow10Tab)) {
		return decPow10Tab[n]
	}
	return new(big.Int).Exp(bigTen, big.NewInt(n), nil)
}

// decDigits is the number of decimal digits of c > 0.
func decDigits(c *big.Int) int64 {
	if c.IsUint64() {
		u := c.Uint64()
		n := int64(1)
		for n < 19 && u >= decPow10[n] {
			n++
		}
		if n == 19 && u >= 10*decPow10[18] {
			n = 20
		}
		return n
	}
	return int64(len(c.String()))
}

// decRound drops the last drop (>= 1) digits of coef under rounding mode
// (decimal's _R_* numbering): the new coefficient and whether it was
// inexact.
func decRound(sign int64, coef *big.Int, drop int64, mode int64) (*big.Int, bool) {
	p := decPow10Big(drop)
	q, r := new(big.Int).QuoRem(coef, p, new(big.Int))
	if r.Sign() == 0 {
		return q, false
	}
	half := new(big.Int).Rsh(p, 1)
	cmp := r.Cmp(half)
	var up bool
	switch mode {
	case 0: // CEILING
		up = sign == 0
	case 1: // FLOOR
		up = sign == 1
	case 2: // UP
		up = true
	case 3: // DOWN
	case 4: // HALF_UP
		up = cmp >= 0
	case 5: // HALF_DOWN
		up = cmp > 0
	case 6: // HALF_EVEN
		up = cmp > 0 || (cmp == 0 && q.Bit(0) == 1)
	default: // 05UP
		d := new(big.Int).Mod(q, big.NewInt(5))
		up = d.Sign() == 0
	}
	if up {
		q.Add(q, big.NewInt(1))
	}
	return q, true
}

// decFinish fits an exact result into the context when it lands in the
// normal range (no overflow, subnormal or clamping) and no condition it
// raises is trapped: the Decimal, with the conditions added to the
// context's flags. Anything else is None, for the Python code.
func decFinish(ts *objects.Thread, c decCtx, cls *objects.Type, sign int64, coef *big.Int, exp int64, conds int) *Object {
	if coef.Sign() == 0 {
		return objects.NewRef(objects.None)
	}
	nd := decDigits(coef)
	if nd > c.prec {
		drop := nd - c.prec
		var inexact bool
		coef, inexact = decRound(sign, coef, drop, c.rmode)
		exp += drop
		conds |= decRounded
		if inexact {
			conds |= decInexact
		}
		if nd = decDigits(coef); nd > c.prec {
			coef.Quo(coef, bigTen)
			exp++
			nd--
		}
	}
	adj := exp + nd - 1
	if adj < c.emin || adj > c.emax || (c.x.ix[1] != 0 && exp > c.emax-c.prec+1) {
		return objects.NewRef(objects.None)
	}
	if conds&c.x.ix[3] != 0 {
		return objects.NewRef(objects.None)
	}
	c.x.ix[2] |= conds
	ci := objects.NewIntBig(ts, coef)
	if ci == nil {
		return nil
	}
	e := objects.NewInt(ts, exp)
	if e == nil {
		objects.Decref(ts, ci)
		return nil
	}
	return decMake(ts, cls, sign, ci, e, false)
}

func decMoreInit() {
	decCoreDefs = append(decCoreDefs,
		// fast_div(a, b, ctx, cls): a / b, or None.
		&objects.MethodDef{Name: "fast_div", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			a, b, c, cls, ok := decOperands(ts, args)
			if !ok || a[1] == 0 || b[1] == 0 {
				return objects.NewRef(objects.None)
			}
			ca, cb := big.NewInt(a[1]), big.NewInt(b[1])
			ideal := a[2] - b[2]
			shift := decDigits(cb) - decDigits(ca) + c.prec + 1
			if shift < 0 {
				return objects.NewRef(objects.None)
			}
			ca.Mul(ca, decPow10Big(shift))
			q, r := new(big.Int).QuoRem(ca, cb, new(big.Int))
			exp := ideal - shift
			if r.Sign() != 0 {
				q.Mul(q, bigTen)
				q.Add(q, big.NewInt(1))
				exp--
			} else {
				// exact: strip zeros toward the ideal exponent
				for exp < ideal && !q.IsUint64() {
					qq, rr := new(big.Int).QuoRem(q, bigTen, new(big.Int))
					if rr.Sign() != 0 {
						break
					}
					q = qq
					exp++
				}
				if q.IsUint64() {
					u := q.Uint64()
					for exp < ideal && u%10 == 0 {
						u /= 10
						exp++
					}
					q.SetUint64(u)
				}
			}
			return decFinish(ts, c, cls, a[0]^b[0], q, exp, 0)
		}},
		// fast_quantize(a, e, ctx, cls, mode): a.quantize(e) with rounding
		// mode (an index, or -1 for the context's), or None.
		&objects.MethodDef{Name: "fast_quantize", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if len(args) != 5 || !isDec(args[1]) {
				return objects.NewRef(objects.None)
			}
			a, b, c, cls, ok := decOperands(ts, args[:4])
			if !ok || a[1] == 0 {
				return objects.NewRef(objects.None)
			}
			mode, okm := objects.IntValue64(args[4])
			if !okm {
				return objects.NewRef(objects.None)
			}
			if mode < 0 {
				mode = c.rmode
			}
			e := b[2]
			coef := big.NewInt(a[1])
			conds := 0
			if a[2] >= e {
				if a[2]-e > c.prec {
					return objects.NewRef(objects.None)
				}
				coef.Mul(coef, decPow10Big(a[2]-e))
			} else {
				var inexact bool
				coef, inexact = decRound(a[0], coef, e-a[2], mode)
				conds = decRounded
				if inexact {
					conds |= decInexact
				}
			}
			if coef.Sign() == 0 || decDigits(coef) > c.prec {
				return objects.NewRef(objects.None)
			}
			return decFinish(ts, c, cls, a[0], coef, e, conds)
		}},
	)
}

// decCoefDigits is the decimal digits of a Decimal's coefficient.
func decCoefDigits(ts *objects.Thread, c *Object) (string, bool) {
	if v, ok := objects.IntValue64(c); ok && v >= 0 {
		return strconv.FormatInt(v, 10), true
	}
	ci := objects.AsInt(c)
	if ci == nil {
		return "", false
	}
	b := ci.Big()
	if b.Sign() < 0 {
		return "", false
	}
	return b.String(), true
}

// decSciString is the spec's to-scientific-string (or, with eng, the
// engineering string) of a finite Decimal.
func decSciString(neg bool, digits string, exp int64, eng, capitals bool) string {
	var sb strings.Builder
	if neg {
		sb.WriteByte('-')
	}
	nd := int64(len(digits))
	left := exp + nd
	var point int64
	switch {
	case exp <= 0 && left > -6:
		point = left
	case !eng:
		point = 1
	case digits == "0":
		point = (left+1)%3 - 1
		if point < -1 {
			point += 3
		}
	default:
		point = (left-1)%3 + 1
		if point <= 0 {
			point += 3
		}
	}
	switch {
	case point <= 0:
		sb.WriteString("0.")
		sb.WriteString(strings.Repeat("0", int(-point)))
		sb.WriteString(digits)
	case point >= nd:
		sb.WriteString(digits)
		sb.WriteString(strings.Repeat("0", int(point-nd)))
	default:
		sb.WriteString(digits[:point])
		sb.WriteByte('.')
		sb.WriteString(digits[point:])
	}
	if left != point {
		if capitals {
			sb.WriteByte('E')
		} else {
			sb.WriteByte('e')
		}
		e := left - point
		if e >= 0 {
			sb.WriteByte('+')
		}
		sb.WriteString(strconv.FormatInt(e, 10))
	}
	return sb.String()
}

// decHashModulus is sys.hash_info.modulus (2**61 - 1).
const decHashModulus = 1<<61 - 1

func decMulMod(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	_, r := bits.Div64(hi%decHashModulus, lo, decHashModulus)
	return r
}

func decPowMod(b uint64, e uint64) uint64 {
	r := uint64(1)
	for e > 0 {
		if e&1 == 1 {
			r = decMulMod(r, b)
		}
		b = decMulMod(b, b)
		e >>= 1
	}
	return r
}

func decFinishInit() {
	// 10**-1 modulo the hash modulus (the modulus is prime).
	inv10 := decPowMod(10, decHashModulus-2)
	decCoreDefs = append(decCoreDefs,
		// to_sci(a, capitals, eng): str(a) of a finite Decimal, else None.
		&objects.MethodDef{Name: "to_sci", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if len(args) != 3 || !isDec(args[0]) {
				return objects.NewRef(objects.None)
			}
			x := asG(args[0])
			if x.flag || x.a == nil || x.b == nil {
				return objects.NewRef(objects.None)
			}
			exp, ok := objects.IntValue64(x.b)
			if !ok || exp > 1<<60 || exp < -(1<<60) {
				return objects.NewRef(objects.None)
			}
			digits, ok := decCoefDigits(ts, x.a)
			if !ok {
				return objects.NewRef(objects.None)
			}
			capitals := objects.IsTrue(ts, args[1])
			eng := objects.IsTrue(ts, args[2])
			if capitals < 0 || eng < 0 {
				return nil
			}
			return objects.NewStr(ts, decSciString(x.i == 1, digits, exp, eng == 1, capitals == 1))
		}},
		// hash_finite(a): hash(a) of a finite Decimal, else None.
		&objects.MethodDef{Name: "hash_finite", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if len(args) != 1 || !isDec(args[0]) {
				return objects.NewRef(objects.None)
			}
			x := asG(args[0])
			if x.flag || x.a == nil || x.b == nil {
				return objects.NewRef(objects.None)
			}
			exp, ok := objects.IntValue64(x.b)
			ci := objects.AsInt(x.a)
			if !ok || ci == nil {
				return objects.NewRef(objects.None)
			}
			var c uint64
			if v, small := ci.Int64(); small && v >= 0 {
				c = uint64(v) % decHashModulus
			} else {
				m := new(big.Int).Mod(ci.Big(), new(big.Int).SetUint64(decHashModulus))
				c = m.Uint64()
			}
			var h uint64
			if exp >= 0 {
				h = decMulMod(c, decPowMod(10, uint64(exp)))
			} else {
				h = decMulMod(c, decPowMod(inv10, uint64(-exp)))
			}
			r := int64(h)
			if x.i == 1 {
				r = -r
			}
			if r == -1 {
				r = -2
			}
			return objects.NewInt(ts, r)
		}},
	)
}
