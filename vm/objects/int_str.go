package objects

import (
	"math/big"
	"strconv"
)

// Writing ints as text (repr, str, hex, oct, bin) and the 3.11 limit on the
// number of decimal digits.

func init() {
	IntType.Repr = intRepr
	BoolType.Repr = func(ts *Thread, o *Object) *Object {
		if AsInt(o).v != 0 {
			return NewStr(ts, "True")
		}
		return NewStr(ts, "False")
	}
}

func intRepr(ts *Thread, o *Object) *Object {
	s, ok := IntDecimal(ts, AsInt(o))
	if !ok {
		return nil
	}
	return NewStr(ts, s)
}

// IntDecimal is str(i) of an int (bools print as numbers here), raising the
// 3.11 ValueError when it has more digits than the interpreter's limit.
func IntDecimal(ts *Thread, i *Int) (string, bool) {
	if i.big == nil {
		return strconv.FormatInt(i.v, 10), true
	}
	lim := IntMaxStrDigits(ts)
	// 0.30103 > log10(2): bitlen*0.30103-1 digits is a safe lower bound, so
	// huge values are refused without converting them first.
	if lim > 0 && float64(i.big.BitLen())*0.30102999566398-1 > float64(lim) {
		ts.Raisef(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim)
		return "", false
	}
	s := i.big.Text(10)
	nd := len(s)
	if i.big.Sign() < 0 {
		nd--
	}
	if lim > 0 && nd > lim {
		ts.Raisef(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim)
		return "", false
	}
	return s, true
}

// intFormatBase writes |i| in base 2, 8, 10 or 16 (lower-case digits) and
// reports whether i is negative. Base 10 does not check the digit limit.
func intFormatBase(i *Int, base int) (digits string, neg bool) {
	if i.big == nil {
		neg = i.v < 0
		return strconv.FormatUint(intAbsU(i.v), base), neg
	}
	neg = i.big.Sign() < 0
	return new(big.Int).Abs(i.big).Text(base), neg
}

// IntToBase is bin(), oct() and hex() of an int: base 2, 8 or 16 with its
// 0b/0o/0x prefix after the sign.
func IntToBase(i *Int, base int) string {
	d, neg := intFormatBase(i, base)
	prefix := map[int]string{2: "0b", 8: "0o", 16: "0x"}[base]
	if neg {
		return "-" + prefix + d
	}
	return prefix + d
}
