package objects

import (
	"math"
	"math/big"

	"minipy/runtime/alloc"
)

// Int is an int (and a bool: bool is a subclass sharing the layout).
//
// Invariant: a value that fits in int64 lives in v with big == nil; any other
// value lives in big (never modified after the object is made, so that its
// word slice, charged to the heap at creation, is uncharged exactly at
// dealloc). Every constructor normalizes, so two equal ints always take the
// same representation and the int64 fast path is a nil test.
type Int struct {
	Object
	v   int64
	big *big.Int
}

var intClass = alloc.NewClass[Int]("int")

// IntType and BoolType are the int and bool types.
var (
	IntType  = &Type{Name: "int", Flags: FlagBaseType | FlagIntSubclass}
	BoolType = &Type{Name: "bool", Base: IntType}
)

const (
	smallIntMin = -5
	smallIntMax = 256
)

var (
	smallInts         [smallIntMax - smallIntMin + 1]Int
	trueObj, falseObj Int

	// True and False are the bool singletons.
	True  = &trueObj.Object
	False = &falseObj.Object
)

func init() {
	for i := range smallInts {
		initStatic(&smallInts[i].Object, IntType)
		smallInts[i].v = int64(i + smallIntMin)
	}
	initStatic(True, BoolType)
	trueObj.v = 1
	initStatic(False, BoolType)
	IntType.Dealloc = intDealloc
	registerStatic(IntType, BoolType)
}

func intDealloc(ts *Thread, o *Object) {
	i := (*Int)(unsafePointer(o))
	if i.big != nil {
		ts.heap.Uncharge(intBigCharge(i.big))
		i.big = nil
	}
	if fl := ts.free; fl != nil && fl.nint < intFreeMax && o.typ == IntType {
		fl.ints[fl.nint] = i
		fl.nint++
		return
	}
	freeObject(ts, intClass, i)
}

// intBigCharge is the payload size charged to the heap for a big value.
func intBigCharge(b *big.Int) int { return cap(b.Bits()) * 8 }

// NewInt returns an int with value v; small ints are static immortals.
func NewInt(ts *Thread, v int64) *Object {
	if v >= smallIntMin && v <= smallIntMax {
		return &smallInts[v-smallIntMin].Object
	}
	return newIntSlow(ts, v)
}

//go:noinline
func newIntSlow(ts *Thread, v int64) *Object {
	p := newIntBlock(ts)
	p.v = v
	return &p.Object
}

// newIntBlock returns a zero exact int (refcount 1), from the free list
// when it has one.
func newIntBlock(ts *Thread) *Int {
	if fl := ts.free; fl != nil && fl.nint > 0 {
		fl.nint--
		p := fl.ints[fl.nint]
		p.hdr.Refcnt = 1
		p.v = 0
		return p
	}
	return newObject(ts, intClass, IntType)
}

// NewIntBig returns an int with the value of b. b is not retained.
func NewIntBig(ts *Thread, b *big.Int) *Object {
	if b.IsInt64() {
		return NewInt(ts, b.Int64())
	}
	return newIntBigSteal(ts, new(big.Int).Set(b))
}

// newIntBigSteal is NewIntBig that keeps b (the caller must not touch it
// afterwards).
func newIntBigSteal(ts *Thread, b *big.Int) *Object {
	if b.IsInt64() {
		return NewInt(ts, b.Int64())
	}
	p := newIntBlock(ts)
	p.big = b
	ts.heap.Charge(intBigCharge(b))
	return &p.Object
}

// NewIntUint64 returns an int with value v.
func NewIntUint64(ts *Thread, v uint64) *Object {
	if v <= math.MaxInt64 {
		return NewInt(ts, int64(v))
	}
	return newIntBigSteal(ts, new(big.Int).SetUint64(v))
}

// AsInt returns o as an *Int, or nil when o is not an int (or bool, or subclass).
func AsInt(o *Object) *Int {
	if o.typ.Flags&FlagIntSubclass != 0 {
		return (*Int)(unsafePointer(o))
	}
	return nil
}

// Int64 returns the value when it fits in int64.
func (i *Int) Int64() (int64, bool) { return i.v, i.big == nil }

// Big returns the value as a new big.Int (the caller may modify it).
func (i *Int) Big() *big.Int {
	if i.big != nil {
		return new(big.Int).Set(i.big)
	}
	return big.NewInt(i.v)
}

// bigOf returns the value as a big.Int that must not be modified: i's own
// when it is big, else tmp set to the value.
func (i *Int) bigOf(tmp *big.Int) *big.Int {
	if i.big != nil {
		return i.big
	}
	return tmp.SetInt64(i.v)
}

// Sign is -1, 0 or +1.
func (i *Int) Sign() int {
	if i.big != nil {
		return i.big.Sign()
	}
	switch {
	case i.v < 0:
		return -1
	case i.v > 0:
		return 1
	}
	return 0
}

// BitLen is the number of bits of |i| (int.bit_length()).
func (i *Int) BitLen() int {
	if i.big != nil {
		return i.big.BitLen()
	}
	v := i.v
	if v < 0 {
		if v == math.MinInt64 {
			return 64
		}
		v = -v
	}
	n := 0
	for ; v != 0; v >>= 1 {
		n++
	}
	return n
}

// IntValue64 returns the value of an int object that fits in int64; ok is
// false when o is not an int or does not fit.
func IntValue64(o *Object) (v int64, ok bool) {
	i := AsInt(o)
	if i == nil || i.big != nil {
		return 0, false
	}
	return i.v, true
}
