package stdlib

import (
	crand "crypto/rand"
	"crypto/sha512"
	binenc "encoding/binary"
	"math/big"
	"time"

	"minipy/vm"
	"minipy/vm/objects"
)

// _random.Random in Go: the MT19937 Mersenne Twister (Matsumoto and
// Nishimura's generator, seeded by init_by_array), so that a seeded
// random stream equals CPython's. gobj use: ix holds the 624 state words,
// i the position of the next word. random.py (random_py.go) builds the
// Random class and the distributions over random() and getrandbits().

var randomT = newGType("Random", "_random", true)

const mtN, mtM = 624, 397

func mtInitGenrand(st []int, s uint32) {
	st[0] = int(s)
	for i := 1; i < mtN; i++ {
		prev := uint32(st[i-1])
		st[i] = int(1812433253*(prev^(prev>>30)) + uint32(i))
	}
}

func mtInitByArray(x *gobj, key []uint32) {
	st := x.ix
	mtInitGenrand(st, 19650218)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		prev := uint32(st[i-1])
		st[i] = int((uint32(st[i]) ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j))
		i++
		j++
		if i >= mtN {
			st[0] = st[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := uint32(st[i-1])
		st[i] = int((uint32(st[i]) ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i))
		i++
		if i >= mtN {
			st[0] = st[mtN-1]
			i = 1
		}
	}
	st[0] = 0x80000000
	x.i = mtN
}

func mtNext(x *gobj) uint32 {
	st := x.ix
	if x.i >= mtN {
		mix := func(a, b int) uint32 {
			y := (uint32(st[a]) & 0x80000000) | (uint32(st[b]) & 0x7fffffff)
			v := y >> 1
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			return v
		}
		for k := 0; k < mtN; k++ {
			st[k] = int(uint32(st[(k+mtM)%mtN]) ^ mix(k, (k+1)%mtN))
		}
		x.i = 0
	}
	y := uint32(st[x.i])
	x.i++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// randomSeed seeds x from arg: None (the system's entropy), an int (its
// absolute value), str/bytes/bytearray (version 2: the bytes followed by
// their SHA-512, as one big-endian int), anything else by its hash.
func randomSeed(ts *objects.Thread, x *gobj, arg *Object) bool {
	var n *big.Int
	switch {
	case arg == nil || arg == objects.None:
		var b [32]byte
		if _, err := crand.Read(b[:]); err != nil {
			binenc.LittleEndian.PutUint64(b[:], uint64(time.Now().UnixNano()))
		}
		n = new(big.Int).SetBytes(b[:])
	case arg.Type().IsSubtype(objects.IntType):
		iv := objects.IntOf(ts, arg)
		if iv == nil {
			return false
		}
		s := objects.Repr(ts, iv)
		objects.Decref(ts, iv)
		if s == nil {
			return false
		}
		n, _ = new(big.Int).SetString(objects.StrValue(s), 10)
		objects.Decref(ts, s)
	case arg.Type().IsSubtype(objects.StrType), arg.Type().IsSubtype(objects.BytesType), arg.Type().IsSubtype(objects.ByteArrayType):
		var raw []byte
		if arg.Type().IsSubtype(objects.StrType) {
			raw = []byte(objects.StrValue(arg))
		} else {
			b := objects.CallMethod(ts, arg, "hex")
			if b == nil {
				return false
			}
			h := objects.StrValue(b)
			objects.Decref(ts, b)
			raw = make([]byte, len(h)/2)
			for i := range raw {
				raw[i] = unhex(h[2*i])<<4 | unhex(h[2*i+1])
			}
		}
		sum := sha512.Sum512(raw)
		n = new(big.Int).SetBytes(append(raw, sum[:]...))
	default:
		h := objects.Hash(ts, arg)
		if h == -1 && ts.Occurred() {
			return false
		}
		n = big.NewInt(h)
	}
	n.Abs(n)
	// The key is n's 32-bit words, least significant first.
	var key []uint32
	for _, w := range n.Bits() {
		key = append(key, uint32(w), uint32(uint64(w)>>32))
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	mtInitByArray(x, key)
	return true
}

func unhex(c byte) byte {
	if c >= 'a' {
		return c - 'a' + 10
	}
	return c - '0'
}

func newUnderRandomModule(th *vm.Thread) *Object {
	return makeModule(th, "_random", "Module implements the Mersenne Twister random number generator.", nil, map[string]*Object{
		"Random": objects.NewRef(randomT.t.TypeObject()),
	})
}

func init() {
	t := randomT.t
	t.Doc = "Random() -> create a random number generator with its own internal state."
	t.New = func(ts *objects.Thread, typ *objects.Type, args []*Object, kw *Object) *Object {
		if typ == randomT.t && !objects.CheckNoKw(ts, "Random", kw) {
			return nil
		}
		npos := objects.NumPositional(args, kw)
		if npos > 1 && typ == randomT.t {
			return ts.Raise(objects.TypeError, "Random() requires 0 or 1 argument")
		}
		x := randomT.alloc(ts, typ)
		setIx(ts, x, make([]int, mtN))
		var arg *Object
		if npos == 1 {
			arg = args[0]
		}
		// A subclass's __init__ checks its own arguments (and seeds).
		track(ts, x)
		if !randomSeed(ts, x, arg) {
			objects.Decref(ts, &x.Object)
			return nil
		}
		return &x.Object
	}
	t.Methods = []objects.MethodDef{
		{Name: "random", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoArgs(ts, "random", args, kw) {
				return nil
			}
			x := asG(o)
			a, b := mtNext(x)>>5, mtNext(x)>>6
			return objects.NewFloat(ts, (float64(a)*67108864.0+float64(b))*(1.0/9007199254740992.0))
		}, Doc: "random() -> x in the interval [0, 1)."},
		{Name: "seed", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckArgsOld(ts, "seed", args, kw, 0, 1) {
				return nil
			}
			var arg *Object
			if len(args) == 1 {
				arg = args[0]
			}
			if !randomSeed(ts, asG(o), arg) {
				return nil
			}
			return objects.None
		}, Doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
		{Name: "getstate", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoArgs(ts, "getstate", args, kw) {
				return nil
			}
			x := asG(o)
			items := make([]*Object, mtN+1)
			for i, w := range x.ix {
				items[i] = objects.NewInt(ts, int64(uint32(w)))
			}
			items[mtN] = objects.NewInt(ts, x.i)
			return objects.NewTupleSteal(ts, items...)
		}, Doc: "getstate() -> tuple containing the current state."},
		{Name: "setstate", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckOneArg(ts, "setstate", args, kw) {
				return nil
			}
			st := args[0]
			if !st.Type().IsSubtype(objects.TupleType) {
				return ts.Raise(objects.TypeError, "state vector must be a tuple")
			}
			items := objects.TupleItems(st)
			if len(items) != mtN+1 {
				return ts.Raise(objects.ValueError, "state vector is the wrong size")
			}
			words := make([]int, mtN)
			for i := 0; i < mtN; i++ {
				v, ok := objects.AsInt64(ts, items[i])
				if !ok {
					return nil
				}
				if v < 0 || v > 0xffffffff {
					return ts.Raise(objects.OverflowError, "Python int too large to convert to C unsigned long")
				}
				words[i] = int(v)
			}
			pos, ok := objects.AsInt64(ts, items[mtN])
			if !ok {
				return nil
			}
			if pos < 0 || pos > mtN {
				return ts.Raise(objects.ValueError, "invalid state")
			}
			x := asG(o)
			copy(x.ix, words)
			x.i = pos
			return objects.None
		}, Doc: "setstate(state) -> None.  Restores generator state."},
		{Name: "getrandbits", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckOneArg(ts, "getrandbits", args, kw) {
				return nil
			}
			k, ok := objects.AsInt64(ts, args[0])
			if !ok {
				return nil
			}
			if k < 0 {
				return ts.Raise(objects.ValueError, "number of bits must be non-negative")
			}
			x := asG(o)
			if k == 0 {
				return objects.NewInt(ts, 0)
			}
			if k <= 32 {
				return objects.NewInt(ts, int64(mtNext(x)>>(32-k)))
			}
			// Words from least to most significant; the last keeps its
			// high bits.
			words := make([]big.Word, 0, (k+63)/64)
			var cur uint64
			for i, left := 0, k; left > 0; i, left = i+1, left-32 {
				r := mtNext(x)
				if left < 32 {
					r >>= 32 - left
				}
				if i%2 == 0 {
					cur = uint64(r)
				} else {
					cur |= uint64(r) << 32
					words = append(words, big.Word(cur))
					cur = 0
				}
				if left <= 32 && i%2 == 0 {
					words = append(words, big.Word(cur))
				}
			}
			return objects.NewIntBig(ts, new(big.Int).SetBits(words))
		}, Doc: "getrandbits(k) -> x.  Generates an int with k random bits."},
	}
}
