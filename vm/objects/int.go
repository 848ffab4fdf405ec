package objects

import (
	"math/big"

	"minipy/runtime/alloc"
)

// Int is an int (and a bool: bool is a subclass sharing the layout). Values
// that fit in int64 live in v with big == nil; others in big.
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
	IntType.Dealloc = func(ts *Thread, o *Object) {
		i := (*Int)(unsafePointer(o))
		if i.big != nil {
			i.big = nil
		}
		freeObject(ts, intClass, i)
	}
	registerStatic(IntType, BoolType)
}

// NewInt returns an int with value v; small ints are static immortals.
func NewInt(ts *Thread, v int64) *Object {
	if v >= smallIntMin && v <= smallIntMax {
		return &smallInts[v-smallIntMin].Object
	}
	return newIntSlow(ts, v)
}

//go:noinline
func newIntSlow(ts *Thread, v int64) *Object {
	p := newObject(ts, intClass, IntType)
	p.v = v
	return &p.Object
}

// AsInt returns o as an *Int, or nil when o is not an int (or bool, or subclass).
func AsInt(o *Object) *Int {
	if o.typ.Flags&FlagIntSubclass != 0 {
		return (*Int)(unsafePointer(o))
	}
	return nil
}
