package objects

import (
	"math"
	"math/big"
)

// Numeric hashing exactly as CPython (Python/pyhash.c, Objects/longobject.c):
// the hash of a number x is x reduced modulo the Mersenne prime 2**61-1 (with
// the sign of x), so that equal ints, floats, complexes and Fractions hash
// alike. A hash of -1 becomes -2 (-1 is the error value).

// The parameters of numeric hashing, as sys.hash_info reports them.
const (
	HashBits    = 61              // sys.hash_info.hash_bits
	HashModulus = 1<<HashBits - 1 // sys.hash_info.modulus
	HashInf     = 314159          // sys.hash_info.inf
	HashImag    = 1000003         // sys.hash_info.imag
	HashWidth   = 64              // sys.hash_info.width
	hashBits    = HashBits
	hashModulus = HashModulus
	hashInf     = HashInf
	hashImag    = HashImag
)

// hashFix maps -1 to -2.
func hashFix(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

// HashInt64 is hash(v) for an int v.
func HashInt64(v int64) int64 {
	if v >= 0 {
		return int64(uint64(v) % hashModulus)
	}
	return hashFix(-int64(intAbsU(v) % hashModulus))
}

// hashBig is hash(b) for an int b.
func hashBig(b *big.Int) int64 {
	if b.IsInt64() {
		return HashInt64(b.Int64())
	}
	m := new(big.Int).Abs(b)
	m.Mod(m, big.NewInt(hashModulus))
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	return hashFix(h)
}

func intHash(ts *Thread, o *Object) int64 {
	i := AsInt(o)
	if i.big == nil {
		return HashInt64(i.v)
	}
	return hashBig(i.big)
}

// HashPointer is CPython's _Py_HashPointer: the address rotated by 4 bits
// (the low bits of an aligned address carry no information). object.__hash__
// and the hash of a float nan (3.10+) use it.
func HashPointer(o *Object) int64 {
	y := uint64(o.ID())
	y = y>>4 | y<<60
	return hashFix(int64(y))
}

// HashFloat64 is CPython's _Py_HashDouble(inst, v): a nan hashes by the
// identity of the float object holding it (inst may be nil for other values).
func HashFloat64(inst *Object, v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		if inst == nil {
			return 0
		}
		return HashPointer(inst)
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	// Process 28 bits at a time: x is m*2**e's numerator reduced mod P.
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	// Multiply by 2**e, which is 2**(e mod 61) modulo P.
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	return hashFix(int64(x) * sign)
}

// hashComplex combines the hashes of the parts as CPython's complex_hash.
func hashComplex(inst *Object, re, im float64) int64 {
	hr := uint64(HashFloat64(inst, re))
	hi := uint64(HashFloat64(inst, im))
	return hashFix(int64(hr + hashImag*hi))
}
