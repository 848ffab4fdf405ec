package objects

import (
	"math"
	"math/big"
	"strings"

	"minipy/runtime/alloc"
)

// Slice is a slice object (start, stop, step; each owned, None when absent).
type Slice struct {
	GCObject
	start, stop, step *Object
}

var sliceClass = alloc.NewClass[Slice]("slice")

// SliceType is the slice type.
var SliceType = &Type{Name: "slice", Flags: FlagHaveGC,
	Doc: "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2])."}

// AsSlice returns o as a *Slice, or nil.
func AsSlice(o *Object) *Slice {
	if o.typ == SliceType {
		return (*Slice)(unsafePointer(o))
	}
	return nil
}

// NewSlice makes slice(start, stop, step); nil arguments mean None.
func NewSlice(ts *Thread, start, stop, step *Object) *Object {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	s := newObject(ts, sliceClass, SliceType)
	s.start, s.stop, s.step = NewRef(start), NewRef(stop), NewRef(step)
	gcTrack(ts, &s.Object)
	return &s.Object
}

// Parts returns start, stop and step (borrowed; None when absent).
func (s *Slice) Parts() (start, stop, step *Object) { return s.start, s.stop, s.step }

// sliceIndex is _PyEval_SliceIndex: an index clamped to the int range.
func sliceIndex(ts *Thread, v *Object) (int, bool) {
	if AsInt(v) == nil && v.typ.Index == nil {
		ts.Raise(TypeError, "slice indices must be integers or None or have an __index__ method")
		return 0, false
	}
	i, ok := IndexValue(ts, v, nil)
	if !ok {
		proxyIndexFailed(ts, v, "slice indices must be integers or None or have an __index__ method")
	}
	return i, ok
}

// Unpack is PySlice_Unpack: start, stop and step with None filled in,
// before adjusting to a length.
func (s *Slice) Unpack(ts *Thread) (start, stop, step int, ok bool) {
	step = 1
	if s.step != None {
		if step, ok = sliceIndex(ts, s.step); !ok {
			return
		}
		if step == 0 {
			ts.Raise(ValueError, "slice step cannot be zero")
			return 0, 0, 0, false
		}
		if step < -math.MaxInt {
			step = -math.MaxInt
		}
	}
	if s.start == None {
		if step < 0 {
			start = math.MaxInt
		}
	} else if start, ok = sliceIndex(ts, s.start); !ok {
		return
	}
	if s.stop == None {
		if step < 0 {
			stop = math.MinInt
		} else {
			stop = math.MaxInt
		}
	} else if stop, ok = sliceIndex(ts, s.stop); !ok {
		return
	}
	return start, stop, step, true
}

// SliceAdjustIndices is PySlice_AdjustIndices: clamps start and stop to a
// sequence of the given length and returns the slice's length.
func SliceAdjustIndices(length int, start, stop *int, step int) int {
	adj := func(p *int) {
		if *p < 0 {
			*p += length
			if *p < 0 {
				if step < 0 {
					*p = -1
				} else {
					*p = 0
				}
			}
		} else if *p >= length {
			if step < 0 {
				*p = length - 1
			} else {
				*p = length
			}
		}
	}
	adj(start)
	adj(stop)
	if step < 0 {
		if *stop < *start {
			return (*start-*stop-1)/(-step) + 1
		}
	} else if *start < *stop {
		return (*stop-*start-1)/step + 1
	}
	return 0
}

// Indices unpacks the slice and adjusts it to length: start, stop, step
// and the number of items (what sequence types use for s[a:b:c]).
func (s *Slice) Indices(ts *Thread, length int) (start, stop, step, n int, ok bool) {
	start, stop, step, ok = s.Unpack(ts)
	if !ok {
		return
	}
	n = SliceAdjustIndices(length, &start, &stop, step)
	return start, stop, step, n, true
}

func sliceDealloc(ts *Thread, o *Object) {
	s := (*Slice)(unsafePointer(o))
	gcUntrack(ts, o)
	Clear(ts, &s.start)
	Clear(ts, &s.stop)
	Clear(ts, &s.step)
	freeObject(ts, sliceClass, s)
}

func sliceRepr(ts *Thread, o *Object) *Object {
	s := (*Slice)(unsafePointer(o))
	var b strings.Builder
	b.WriteString("slice(")
	for i, x := range []*Object{s.start, s.stop, s.step} {
		if i > 0 {
			b.WriteString(", ")
		}
		r := Repr(ts, x)
		if r == nil {
			return nil
		}
		b.WriteString(StrValue(r))
		Decref(ts, r)
	}
	b.WriteByte(')')
	return NewStr(ts, b.String())
}

// sliceRichCompare compares slices as the tuples (start, stop, step).
func sliceRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	if a.typ != SliceType || b.typ != SliceType {
		return NotImplemented
	}
	x, y := (*Slice)(unsafePointer(a)), (*Slice)(unsafePointer(b))
	if a == b {
		switch op {
		case EQ, LE, GE:
			return True
		case NE, LT, GT:
			return False
		}
	}
	t1 := NewTuple(ts, x.start, x.stop, x.step)
	if t1 == nil {
		return nil
	}
	t2 := NewTuple(ts, y.start, y.stop, y.step)
	if t2 == nil {
		Decref(ts, t1)
		return nil
	}
	r := RichCompare(ts, t1, t2, op)
	Decref(ts, t1)
	Decref(ts, t2)
	return r
}

func sliceNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	if kwnames != nil && len(TupleItems(kwnames)) > 0 {
		return ts.Raise(TypeError, "slice() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return ts.Raise(TypeError, "slice expected at least 1 argument, got 0")
	case 1:
		return NewSlice(ts, nil, args[0], nil)
	case 2:
		return NewSlice(ts, args[0], args[1], nil)
	case 3:
		return NewSlice(ts, args[0], args[1], args[2])
	}
	return ts.Raisef(TypeError, "slice expected at most 3 arguments, got %d", len(args))
}

// sliceIndicesMethod is slice.indices(len), exact for arbitrary ints.
func sliceIndicesMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !ctrOneArg(ts, "slice.indices", args, kwnames) {
		return nil
	}
	s := (*Slice)(unsafePointer(self))
	lo := NumberIndex(ts, args[0])
	if lo == nil {
		return nil
	}
	length := new(big.Int).Set(AsInt(lo).Big())
	Decref(ts, lo)
	if length.Sign() < 0 {
		return ts.Raise(ValueError, "length should not be negative")
	}
	get := func(v *Object, dflt *big.Int) (*big.Int, bool) {
		if v == None {
			return dflt, true
		}
		if AsInt(v) == nil && v.typ.Index == nil {
			ts.Raise(TypeError, "slice indices must be integers or None or have an __index__ method")
			return nil, false
		}
		x := NumberIndex(ts, v)
		if x == nil {
			proxyIndexFailed(ts, v, "slice indices must be integers or None or have an __index__ method")
			return nil, false
		}
		r := new(big.Int).Set(AsInt(x).Big())
		Decref(ts, x)
		return r, true
	}
	step, ok := get(s.step, big.NewInt(1))
	if !ok {
		return nil
	}
	if step.Sign() == 0 {
		return ts.Raise(ValueError, "slice step cannot be zero")
	}
	neg := step.Sign() < 0
	lower, upper := big.NewInt(0), new(big.Int).Set(length)
	if neg {
		lower = big.NewInt(-1)
		upper = new(big.Int).Add(lower, length)
	}
	clamp := func(v *Object, dflt *big.Int) (*big.Int, bool) {
		x, ok := get(v, dflt)
		if !ok || v == None {
			return x, ok
		}
		if x.Sign() < 0 {
			x.Add(x, length)
			if x.Cmp(lower) < 0 {
				x.Set(lower)
			}
		} else if x.Cmp(upper) > 0 {
			x.Set(upper)
		}
		return x, true
	}
	startDflt, stopDflt := lower, upper
	if neg {
		startDflt, stopDflt = upper, lower
	}
	start, ok := clamp(s.start, startDflt)
	if !ok {
		return nil
	}
	stop, ok := clamp(s.stop, stopDflt)
	if !ok {
		return nil
	}
	items := []*Object{NewIntBig(ts, start), NewIntBig(ts, stop), NewIntBig(ts, step)}
	return NewTupleSteal(ts, items...)
}

func sliceReduce(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := (*Slice)(unsafePointer(self))
	a := NewTuple(ts, s.start, s.stop, s.step)
	if a == nil {
		return nil
	}
	return NewTupleSteal(ts, NewRef(SliceType.TypeObject()), a)
}

func init() {
	t := SliceType
	t.Dealloc = sliceDealloc
	t.Repr = sliceRepr
	t.RichCompare = sliceRichCompare
	t.New = sliceNew
	t.Traverse = func(o *Object, v Visitor) {
		s := (*Slice)(unsafePointer(o))
		v.Visit(s.start)
		v.Visit(s.stop)
		v.Visit(s.step)
	}
	t.Members = []MemberDef{
		{Name: "start", Get: func(o *Object) *Object { return (*Slice)(unsafePointer(o)).start }},
		{Name: "stop", Get: func(o *Object) *Object { return (*Slice)(unsafePointer(o)).stop }},
		{Name: "step", Get: func(o *Object) *Object { return (*Slice)(unsafePointer(o)).step }},
	}
	t.Methods = []MethodDef{
		{Name: "indices", Fn: sliceIndicesMethod, Doc: "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices."},
		{Name: "__reduce__", Fn: sliceReduce, Doc: "Return state information for pickling."},
	}
	registerStatic(t)
}
