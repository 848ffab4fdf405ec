package objects

import (
	"math"

	"minipy/lang/literal"
	"minipy/runtime/alloc"
)

// Complex is a complex object.
type Complex struct {
	Object
	re, im float64
}

var complexClass = alloc.NewClass[Complex]("complex")

// ComplexType is the complex type.
var ComplexType = &Type{Name: "complex", Flags: FlagBaseType}

func init() {
	t := ComplexType
	t.Dealloc = func(ts *Thread, o *Object) { freeObject(ts, complexClass, (*Complex)(unsafePointer(o))) }
	t.Repr = func(ts *Thread, o *Object) *Object {
		c := (*Complex)(unsafePointer(o))
		return NewStr(ts, literal.FormatComplex(c.re, c.im))
	}
	t.Hash = func(ts *Thread, o *Object) int64 {
		c := (*Complex)(unsafePointer(o))
		return hashComplex(o, c.re, c.im)
	}
	t.RichCompare = complexRichCompare
	t.NumBinary[OpAdd] = complexAdd
	t.NumBinary[OpSub] = complexSub
	t.NumBinary[OpMul] = complexMul
	t.NumBinary[OpTrueDiv] = complexTrueDiv
	t.Pow = complexPow
	t.Neg = func(ts *Thread, o *Object) *Object {
		c := (*Complex)(unsafePointer(o))
		return NewComplex(ts, -c.re, -c.im)
	}
	t.Pos = complexPos
	t.Abs = complexAbs
	t.Bool = func(ts *Thread, o *Object) int {
		c := (*Complex)(unsafePointer(o))
		if c.re != 0 || c.im != 0 {
			return 1
		}
		return 0
	}
	registerStatic(t)
}

// NewComplex returns a new complex re+imj.
func NewComplex(ts *Thread, re, im float64) *Object {
	p := newObject(ts, complexClass, ComplexType)
	p.re, p.im = re, im
	return &p.Object
}

// AsComplex returns o as a *Complex, or nil when o is not a complex (or subclass).
func AsComplex(o *Object) *Complex {
	if o.typ == ComplexType || o.typ.IsSubtype(ComplexType) {
		return (*Complex)(unsafePointer(o))
	}
	return nil
}

// Value is the complex's value.
func (c *Complex) Value() complex128 { return complex(c.re, c.im) }

func complexPos(ts *Thread, o *Object) *Object {
	if o.typ == ComplexType {
		return NewRef(o)
	}
	c := (*Complex)(unsafePointer(o))
	return NewComplex(ts, c.re, c.im)
}

// complexOperand converts an operand of a complex operator: complex, float
// or int; notImpl for anything else; err when an int is too large.
func complexOperand(ts *Thread, o *Object) (re, im float64, notImpl, err bool) {
	if c := AsComplex(o); c != nil {
		return c.re, c.im, false, false
	}
	f, ni, e := floatOperand(ts, o)
	return f, 0, ni, e
}

func complexOperands(ts *Thread, a, b *Object) (x, y complex128, done bool, r *Object) {
	ar, ai, ni, err := complexOperand(ts, a)
	if ni {
		return 0, 0, true, NotImplemented
	}
	if err {
		return 0, 0, true, nil
	}
	br, bi, ni, err := complexOperand(ts, b)
	if ni {
		return 0, 0, true, NotImplemented
	}
	if err {
		return 0, 0, true, nil
	}
	return complex(ar, ai), complex(br, bi), false, nil
}

func newComplex128(ts *Thread, c complex128) *Object { return NewComplex(ts, real(c), imag(c)) }

func complexAdd(ts *Thread, a, b *Object) *Object {
	x, y, done, r := complexOperands(ts, a, b)
	if done {
		return r
	}
	return NewComplex(ts, real(x)+real(y), imag(x)+imag(y))
}

func complexSub(ts *Thread, a, b *Object) *Object {
	x, y, done, r := complexOperands(ts, a, b)
	if done {
		return r
	}
	return NewComplex(ts, real(x)-real(y), imag(x)-imag(y))
}

// complexProd is CPython's _Py_c_prod; the float64 conversions keep Go
// from fusing the multiply-adds, which would change the rounding.
func complexProd(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// complexQuot is CPython's _Py_c_quot (Smith's algorithm); ok is false for a
// zero divisor.
func complexQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

func complexMul(ts *Thread, a, b *Object) *Object {
	x, y, done, r := complexOperands(ts, a, b)
	if done {
		return r
	}
	return newComplex128(ts, complexProd(x, y))
}

func complexTrueDiv(ts *Thread, a, b *Object) *Object {
	x, y, done, r := complexOperands(ts, a, b)
	if done {
		return r
	}
	q, ok := complexQuot(x, y)
	if !ok {
		return ts.Raise(ZeroDivisionError, "complex division by zero")
	}
	return newComplex128(ts, q)
}

func complexPow(ts *Thread, a, b, c *Object) *Object {
	x, y, done, r := complexOperands(ts, a, b)
	if done {
		return r
	}
	if c != None {
		return ts.Raise(ValueError, "complex modulo")
	}
	return complexPowValues(ts, x, y)
}

// complexPowValues is CPython's complex_pow: small integral exponents by
// repeated multiplication, the rest through polar form.
func complexPowValues(ts *Thread, a, b complex128) *Object {
	var p complex128
	edom := false
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		if n >= 0 {
			p = complexPowU(a, n)
		} else {
			var ok bool
			p, ok = complexQuot(1, complexPowU(a, -n))
			edom = !ok
		}
	} else {
		p, edom = complexPowGeneral(a, b)
	}
	if edom {
		return ts.Raise(ZeroDivisionError, "0.0 to a negative or complex power")
	}
	if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		return ts.Raise(OverflowError, "complex exponentiation")
	}
	return newComplex128(ts, p)
}

func complexPowU(x complex128, n int) complex128 {
	r := complex128(1)
	p := x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexProd(r, p)
		}
		p = complexProd(p, p)
	}
	return r
}

// complexPowGeneral is CPython's _Py_c_pow; edom reports 0 to a negative or
// complex power.
func complexPowGeneral(a, b complex128) (complex128, bool) {
	if real(b) == 0 && imag(b) == 0 {
		return 1, false
	}
	if real(a) == 0 && imag(a) == 0 {
		return 0, imag(b) != 0 || real(b) < 0
	}
	vabs := numHypot(real(a), imag(a))
	length := numCPow(vabs, real(b))
	at := numAtan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= numExp(at * imag(b))
		phase += imag(b) * numLog(vabs)
	}
	// libm's cos and sin of an infinite angle fail with EDOM, which
	// complex_pow reports as this ZeroDivisionError.
	if math.IsInf(phase, 0) {
		return 0, true
	}
	return complex(length*numCos(phase), length*numSin(phase)), false
}

func complexAbs(ts *Thread, o *Object) *Object {
	c := (*Complex)(unsafePointer(o))
	var r float64
	switch {
	case math.IsInf(c.re, 0) || math.IsInf(c.im, 0):
		r = math.Inf(1)
	case math.IsNaN(c.re) || math.IsNaN(c.im):
		r = math.NaN()
	default:
		r = numHypot(c.re, c.im)
		if math.IsInf(r, 0) {
			return ts.Raise(OverflowError, "absolute value too large")
		}
	}
	return NewFloat(ts, r)
}

// numHypot is a correctly rounded hypot (glibc's is, Go's math.Hypot is
// not always): x*x+y*y as an exact double-double, then its square root
// corrected once.
func numHypot(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Inf(1)
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	if x < y {
		x, y = y, x
	}
	if y == 0 {
		return x
	}
	// Scale by a power of two so that the squares neither overflow nor
	// lose bits to underflow.
	_, e := math.Frexp(x)
	scale := -e
	x, y = math.Ldexp(x, scale), math.Ldexp(y, scale)
	if y < 0x1p-600 {
		return math.Ldexp(x, -scale) // y is far below half an ulp of x
	}
	sq := ddAdd(ddMul(numDD{x, 0}, numDD{x, 0}), ddMul(numDD{y, 0}, numDD{y, 0}))
	r := math.Sqrt(sq.hi)
	// r + (sq - r*r) / (2r)
	rr := ddMul(numDD{r, 0}, numDD{r, 0})
	d := ddAdd(sq, numDD{-rr.hi, -rr.lo})
	res := ddAdd(numDD{r, 0}, numDD{d.hi / (2 * r), 0})
	return math.Ldexp(res.hi+res.lo, -scale)
}

func complexRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	c := AsComplex(a)
	if c == nil {
		return NotImplemented
	}
	if op != EQ && op != NE {
		return NotImplemented
	}
	var eq bool
	switch {
	case AsInt(b) != nil:
		// Exact: only a complex with zero imaginary part can equal an int.
		eq = c.im == 0 && floatCompareInt(c.re, AsInt(b)) == 0
	case IsFloat(b):
		eq = c.re == FloatValue(b) && c.im == 0
	case AsComplex(b) != nil:
		d := AsComplex(b)
		eq = c.re == d.re && c.im == d.im
	default:
		return NotImplemented
	}
	return Bool(eq == (op == EQ))
}
