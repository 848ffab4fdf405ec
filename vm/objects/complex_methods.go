package objects

import "minipy/lang/literal"

// complex's constructor, methods and attributes.

func init() {
	t := ComplexType
	t.Doc = "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0."
	t.New = complexNew
	t.Methods = append(t.Methods,
		MethodDef{Name: "conjugate", Fn: complexConjugate, Doc: "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
		MethodDef{Name: "__getnewargs__", Fn: complexGetNewArgs},
		MethodDef{Name: "__format__", Fn: complexFormatMethod, Doc: "Convert to a string according to format_spec."},
		MethodDef{Name: "__complex__", Fn: complexComplexMethod, Doc: "Convert this value to exact type complex."},
	)
	t.GetSets = append(t.GetSets,
		GetSetDef{Name: "real", Get: func(ts *Thread, o *Object) *Object { return NewFloat(ts, AsComplex(o).re) }, Doc: "the real part of a complex number"},
		GetSetDef{Name: "imag", Get: func(ts *Thread, o *Object) *Object { return NewFloat(ts, AsComplex(o).im) }, Doc: "the imaginary part of a complex number"},
	)
}

func complexConjugate(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "complex.conjugate", args, kwnames) {
		return nil
	}
	c := AsComplex(self)
	return NewComplex(ts, c.re, -c.im)
}

func complexGetNewArgs(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "complex.__getnewargs__", args, kwnames) {
		return nil
	}
	c := AsComplex(self)
	return NewTupleSteal(ts, NewFloat(ts, c.re), NewFloat(ts, c.im))
}

func complexComplexMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "complex.__complex__", args, kwnames) {
		return nil
	}
	return complexPos(ts, self)
}

// complexNew is complex.__new__(type, real=0, imag=0).
func complexNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	var r, i *Object
	if !ParseArgs(ts, "complex", args, kwnames, []string{"real", "imag"}, 0, &r, &i) {
		return nil
	}
	return complexNewValues(ts, t, r, i)
}

// complexNewValues is complex_new_impl: complex(r, i) as an instance of t
// (r and i nil when absent).
func complexNewValues(ts *Thread, t *Type, r, i *Object) *Object {
	mk := func(re, im float64) *Object {
		if t == ComplexType {
			return NewComplex(ts, re, im)
		}
		p := newObject(ts, complexClass, t)
		p.re, p.im = re, im
		return &p.Object
	}
	if r == nil {
		r = NewInt(ts, 0)
	}
	if r.typ == ComplexType && i == nil && t == ComplexType {
		return NewRef(r)
	}
	if AsStr(r) != nil {
		if i != nil {
			ts.Raise(TypeError, "complex() can't take second arg if first is a string")
			return nil
		}
		re, im, err := literal.ParseComplexPython(StrValue(r))
		if err != nil {
			RaiseLiteralError(ts, err)
			return nil
		}
		return mk(re, im)
	}
	if i != nil && AsStr(i) != nil {
		ts.Raise(TypeError, "complex() second arg can't be a string")
		return nil
	}
	// __complex__ first (the result must be a complex).
	var own *Object
	if AsComplex(r) == nil {
		if res, found := numCallSpecial(ts, r, "__complex__"); found {
			if res == nil {
				return nil
			}
			if AsComplex(res) == nil {
				ts.Raisef(TypeError, "__complex__ returned non-complex (type %s)", TypeName(res))
				Decref(ts, res)
				return nil
			}
			own = res
			r = res
		}
	}
	if own != nil {
		defer Decref(ts, own)
	}
	if AsComplex(r) == nil && r.typ.Float == nil && r.typ.Index == nil {
		ts.Raisef(TypeError, "complex() first argument must be a string or a number, not '%s'", TypeName(r))
		return nil
	}
	if i != nil && AsComplex(i) == nil && i.typ.Float == nil && i.typ.Index == nil {
		ts.Raisef(TypeError, "complex() second argument must be a number, not '%s'", TypeName(i))
		return nil
	}
	var crRe, crIm, ciRe, ciIm float64
	crComplex, ciComplex := false, false
	if c := AsComplex(r); c != nil {
		crRe, crIm, crComplex = c.re, c.im, true
	} else {
		v, ok := FloatAsDouble(ts, r)
		if !ok {
			return nil
		}
		crRe = v
	}
	if i == nil {
		ciRe = crIm
	} else if c := AsComplex(i); c != nil {
		ciRe, ciIm, ciComplex = c.re, c.im, true
	} else {
		v, ok := FloatAsDouble(ts, i)
		if !ok {
			return nil
		}
		ciRe = v
	}
	if ciComplex {
		crRe -= ciIm
	}
	if crComplex && i != nil {
		ciRe += crIm
	}
	return mk(crRe, ciRe)
}

// ParseComplexStr is complex(s) for a str s: CPython's
// complex_subtype_from_string grammar (optional parentheses, <float>,
// <float>j, <float><signed-float>j, and the legacy <sign>j forms).
func ParseComplexStr(s string) (re, im float64, ok bool) {
	re, im, err := literal.ParseComplexPython(s)
	return re, im, err == nil
}
