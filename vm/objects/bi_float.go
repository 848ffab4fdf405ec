package objects

import "math"

// FloatPow is C's pow(x, y) as CPython's float_pow and math.pow see it,
// for all finite and special arguments (IEEE 754 / C99 Annex F special
// cases; numPow for the rest).
func FloatPow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case math.IsInf(y, 0) || math.IsInf(x, 0) || x == 0 || x < 0:
		return math.Pow(x, y)
	}
	return numPow(x, y)
}

// SmallInt is the static immortal int v, for -5 <= v <= 256 (usable
// before any interpreter exists, as in a static type's ClassAttrs).
func SmallInt(v int) *Object { return &smallInts[v-smallIntMin].Object }
