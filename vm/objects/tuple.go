package objects

import "minipy/runtime/alloc"

// Tuple is a tuple object. Its items are owned.
type Tuple struct {
	Object
	items []*Object
}

var tupleClass = alloc.NewClass[Tuple]("tuple")

// TupleType is the tuple type.
var TupleType = &Type{Name: "tuple", Flags: FlagBaseType | FlagTupleSubclass | FlagHaveGC}

var emptyTuple Tuple

// EmptyTuple is the static immortal ().
var EmptyTuple = &emptyTuple.Object

func init() {
	initStatic(EmptyTuple, TupleType)
	TupleType.Dealloc = func(ts *Thread, o *Object) {
		t := (*Tuple)(unsafePointer(o))
		items := t.items
		t.items = nil
		for _, it := range items {
			XDecref(ts, it)
		}
		ts.heap.Uncharge(cap(items) * ptrSize)
		freeObject(ts, tupleClass, t)
	}
	registerStatic(TupleType)
}

const ptrSize = 8

// NewTupleSteal makes a tuple of items, stealing the references.
func NewTupleSteal(ts *Thread, items ...*Object) *Object {
	if len(items) == 0 {
		return EmptyTuple
	}
	t := newObject(ts, tupleClass, TupleType)
	t.items = make([]*Object, len(items))
	copy(t.items, items)
	ts.heap.Charge(cap(t.items) * ptrSize)
	return &t.Object
}

// NewTuple makes a tuple of items (borrowed).
func NewTuple(ts *Thread, items ...*Object) *Object {
	for _, it := range items {
		Incref(it)
	}
	return NewTupleSteal(ts, items...)
}

// AsTuple returns o as a *Tuple, or nil when o is not a tuple (or subclass).
func AsTuple(o *Object) *Tuple {
	if o.typ.Flags&FlagTupleSubclass != 0 {
		return (*Tuple)(unsafePointer(o))
	}
	return nil
}

// Items are the tuple's items (borrowed; do not modify).
func (t *Tuple) Items() []*Object { return t.items }

// TupleItems returns the items of a tuple object; o must be a tuple.
func TupleItems(o *Object) []*Object { return (*Tuple)(unsafePointer(o)).items }
