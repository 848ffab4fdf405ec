package objects

import (
	"crypto/rand"
	"encoding/binary"
	"math/bits"
	"os"
	"strconv"
)

// Hashing of str and bytes, as CPython 3.11 does it (Python/pyhash.c):
// SipHash-1-3 (one compression round per 8-byte word, three finalization
// rounds) keyed by the first 16 bytes of the hash secret, over the PEP 393
// form of a str (1, 2 or 4 little-endian bytes per code point by its widest
// character) or the bytes themselves. The empty input hashes to 0, and a
// result of -1 becomes -2. Py_HASH_CUTOFF is 0 in CPython 3.11, so there is
// no small-string special case.
//
// The secret is derived from PYTHONHASHSEED once, when the package is
// initialized, and never changes afterwards (every interpreter in the process
// shares it, as CPython's sub-interpreters do):
//   - unset, empty or "random": 24 random bytes;
//   - "0": all zero (randomization disabled);
//   - another integer in [0, 4294967295]: the bytes of CPython's lcg_urandom
//     (the linear congruential generator x = x*214013 + 2531011, one byte
//     (x >> 16) & 0xff per step) seeded with that integer.
//
// CPython refuses to start on any other value; minipy cannot stop a process
// from a package initializer, so it uses a random key and reports the error
// through HashSeedInfo for the command line to act on.

// strHashSecret is the process-wide key: k0 and k1 are the little-endian words
// of the secret's first 16 bytes.
type strHashSecret struct {
	k0, k1     uint64
	seed       uint32
	randomized bool
	err        string
}

var strHashKey = strHashLoadKey(os.Getenv("PYTHONHASHSEED"))

// HashSeedInfo describes the hash key: the PYTHONHASHSEED value in use
// (meaningful when not randomized), whether the key is random, and the error
// message CPython would have given for an invalid PYTHONHASHSEED ("" when
// valid).
func HashSeedInfo() (seed uint32, randomized bool, err string) {
	return strHashKey.seed, strHashKey.randomized, strHashKey.err
}

func strHashLoadKey(env string) strHashSecret {
	var secret [24]byte
	var h strHashSecret
	if env == "" || env == "random" {
		h.randomized = true
		if _, err := rand.Read(secret[:]); err != nil {
			h.err = "failed to get random numbers to initialize Python"
		}
	} else {
		v, err := strconv.ParseUint(env, 10, 32)
		if err != nil {
			h.err = "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]"
			h.randomized = true
			rand.Read(secret[:])
		} else {
			h.seed = uint32(v)
			if v != 0 {
				strHashLCG(uint32(v), secret[:])
			}
		}
	}
	h.k0 = binary.LittleEndian.Uint64(secret[0:8])
	h.k1 = binary.LittleEndian.Uint64(secret[8:16])
	return h
}

// strHashLCG fills buf from CPython's lcg_urandom sequence.
func strHashLCG(x uint32, buf []byte) {
	for i := range buf {
		x = x*214013 + 2531011
		buf[i] = byte(x >> 16)
	}
}

// sipState is a SipHash-1-3 computation fed a word at a time, so that a
// str's PEP 393 form can be hashed without building it.
type sipState struct {
	v0, v1, v2, v3 uint64
}

func newSipState(k0, k1 uint64) sipState {
	return sipState{
		v0: k0 ^ 0x736f6d6570736575,
		v1: k1 ^ 0x646f72616e646f6d,
		v2: k0 ^ 0x6c7967656e657261,
		v3: k1 ^ 0x7465646279746573,
	}
}

// sipRound is one SipRound, on values so that it inlines and the state
// stays in registers.
func sipRound(v0, v1, v2, v3 uint64) (uint64, uint64, uint64, uint64) {
	v0 += v1
	v1 = bits.RotateLeft64(v1, 13) ^ v0
	v0 = bits.RotateLeft64(v0, 32)
	v2 += v3
	v3 = bits.RotateLeft64(v3, 16) ^ v2
	v0 += v3
	v3 = bits.RotateLeft64(v3, 21) ^ v0
	v2 += v1
	v1 = bits.RotateLeft64(v1, 17) ^ v2
	v2 = bits.RotateLeft64(v2, 32)
	return v0, v1, v2, v3
}

func (s *sipState) round() { s.v0, s.v1, s.v2, s.v3 = sipRound(s.v0, s.v1, s.v2, s.v3) }

func (s *sipState) word(m uint64) {
	s.v3 ^= m
	s.round()
	s.v0 ^= m
}

// finish takes the last partial word (tail holds the remaining bytes, low
// byte first) and the total length in bytes.
func (s *sipState) finish(tail uint64, total int) uint64 {
	b := uint64(total)<<56 | tail
	s.word(b)
	s.v2 ^= 0xff
	s.round()
	s.round()
	s.round()
	return (s.v0 ^ s.v1) ^ (s.v2 ^ s.v3)
}

// siphash13 hashes a byte string.
func siphash13(k0, k1 uint64, b []byte) uint64 {
	s := newSipState(k0, k1)
	n := len(b)
	for len(b) >= 8 {
		s.word(binary.LittleEndian.Uint64(b))
		b = b[8:]
	}
	var tail uint64
	for i := len(b) - 1; i >= 0; i-- {
		tail = tail<<8 | uint64(b[i])
	}
	return s.finish(tail, n)
}

// siphash13String is siphash13 of a Go string's bytes, written with the
// state in locals so that the compiler keeps it in registers (the hot
// path of str hashing).
func siphash13String(k0, k1 uint64, b string) uint64 {
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	n := len(b)
	for len(b) >= 8 {
		m := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		v3 ^= m
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
		v0 ^= m
		b = b[8:]
	}
	t := uint64(n) << 56
	for i := len(b) - 1; i >= 0; i-- {
		t |= uint64(b[i]) << (8 * uint(i))
	}
	v3 ^= t
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0 ^= t
	v2 ^= 0xff
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	return (v0 ^ v1) ^ (v2 ^ v3)
}

// strHashFix applies CPython's rule that a hash is never -1.
func strHashFix(x uint64) int64 {
	h := int64(x)
	if h == -1 {
		return -2
	}
	return h
}

// HashBytes is hash() of a bytes object (or any buffer) holding b.
func HashBytes(b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	return strHashFix(siphash13(strHashKey.k0, strHashKey.k1, b))
}

// strComputeHash hashes a str's PEP 393 form.
func strComputeHash(s *Str) int64 {
	if s.n == 0 {
		return 0
	}
	k0, k1 := strHashKey.k0, strHashKey.k1
	if len(s.s) == s.n {
		return strHashFix(siphash13String(k0, k1, s.s))
	}
	st := newSipState(k0, k1)
	width := uint(s.kind) * 8
	var acc uint64
	var fill uint // bits in acc
	str := s.s
	for i := 0; i < len(str); {
		var r rune
		if c := str[i]; c < 0x80 {
			r = rune(c)
			i++
		} else {
			var size int
			r, size = decodeWTF8(str[i:])
			i += size
		}
		acc |= uint64(r) << fill
		fill += width
		if fill == 64 {
			st.word(acc)
			acc, fill = 0, 0
		}
	}
	return strHashFix(st.finish(acc, s.n*int(s.kind)))
}
