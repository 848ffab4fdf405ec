package builtins

import "math"

// LibmFuncs is the C math library's elementary functions as minipy's
// math module computes them: correctly rounded (crmath.go), or fdlibm's
// algorithm where glibc uses it (sinh, cosh, tanh, asinh, and log1p,
// which is Go's port of the same fdlibm code). Native
// modules that call libm directly in CPython (cmath) use these so that
// their results agree with math's, and with CPython's, to the bit.
type LibmFuncs struct {
	Exp, Log, Log1p, Sin, Cos, Tan, Sinh, Cosh, Tanh, Asinh func(float64) float64
	Atan2                                                   func(y, x float64) float64
}

// Libm holds the functions; it is set at init and never written again.
var Libm = LibmFuncs{
	Exp: crExpF, Log: crLogF, Log1p: math.Log1p, Sin: crSin, Cos: crCos, Tan: crTan,
	Sinh: fdSinh, Cosh: fdCosh, Tanh: fdTanh, Asinh: fdAsinh, Atan2: crAtan2,
}
