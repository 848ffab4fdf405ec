package objects

import "testing"

// FuzzNumParse feeds arbitrary text to the number parsers and the
// format-spec machinery: every input must give a value or a Python
// exception, never a Go panic, and leave the heap balanced.
func FuzzNumParse(f *testing.F) {
	for _, s := range []string{"12", " -0x1_f ", "1e5", "inf", "(1+2j)", "0x1.8p3", ",.2f", "*^#010_x", "z=+20.5%", "\u20ac<9c", "", "1__2", "j"} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, base int) {
		ts := numTestSpace(t)
		drop := func(o *Object) {
			if o != nil {
				Decref(ts, o)
			}
			ts.ClearErr()
		}
		if base < 0 || base > 36 || base == 1 {
			base = 10
		}
		drop(IntFromString(ts, s, base))
		ParseFloatStr(s)
		ParseComplexStr(s)
		drop(floatFromHex(ts, s))
		i := NewInt(ts, int64(base)*1234567)
		fl := NewFloat(ts, float64(base)/7)
		c := NewComplex(ts, float64(base), -1.5)
		if len(s) < 40 {
			drop(IntFormat(ts, i, s))
			drop(FloatFormat(ts, fl, s))
			drop(ComplexFormat(ts, c, s))
		}
		Decref(ts, i)
		Decref(ts, fl)
		Decref(ts, c)
	})
}
