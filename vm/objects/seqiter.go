package objects

import "minipy/runtime/alloc"

// The two iterators of CPython's Objects/iterobject.c: the sequence
// iterator ("iterator": o[0], o[1], ... for objects with __getitem__ but no
// __iter__) and the callable iterator ("callable_iterator": iter(f,
// sentinel)).

// seqIter iterates an object that has __getitem__ but no __iter__ (the old
// sequence protocol): o[0], o[1], ... until IndexError or StopIteration.
type seqIter struct {
	GCObject
	seq   *Object // nil once exhausted
	index int64
}

// callIter calls a callable until it returns the sentinel.
type callIter struct {
	GCObject
	callable, sentinel *Object // nil once exhausted
}

var (
	seqIterClass  = alloc.NewClass[seqIter]("iterator")
	callIterClass = alloc.NewClass[callIter]("callable_iterator")
)

// SeqIterType is the type of sequence iterators ("iterator"); CallIterType
// the type of iter(callable, sentinel).
var (
	SeqIterType  = &Type{Name: "iterator", Flags: FlagHaveGC}
	CallIterType = &Type{Name: "callable_iterator", Flags: FlagHaveGC}
)

func init() {
	s := SeqIterType
	s.Dealloc = func(ts *Thread, o *Object) {
		it := (*seqIter)(unsafePointer(o))
		gcUntrack(ts, o)
		Clear(ts, &it.seq)
		freeObject(ts, seqIterClass, it)
	}
	s.Iter = func(ts *Thread, o *Object) *Object { return NewRef(o) }
	s.IterNext = func(ts *Thread, o *Object) *Object {
		it := (*seqIter)(unsafePointer(o))
		if it.seq == nil {
			return nil
		}
		idx := NewInt(ts, it.index)
		if idx == nil {
			return nil
		}
		r := GetItem(ts, it.seq, idx)
		Decref(ts, idx)
		if r == nil {
			if ts.ErrMatches(IndexError) || ts.ErrMatches(StopIteration) {
				ts.ClearErr()
				Clear(ts, &it.seq)
			}
			return nil
		}
		it.index++
		return r
	}
	s.Traverse = func(o *Object, v Visitor) {
		if q := (*seqIter)(unsafePointer(o)).seq; q != nil {
			v.Visit(q)
		}
	}
	s.Clear = func(ts *Thread, o *Object) { Clear(ts, &(*seqIter)(unsafePointer(o)).seq) }
	s.Methods = []MethodDef{{Name: "__length_hint__", Doc: "Private method returning an estimate of len(list(it)).",
		Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckNoArgs(ts, "iterator.__length_hint__", args, kwnames) {
				return nil
			}
			it := (*seqIter)(unsafePointer(self))
			if it.seq == nil {
				return NewInt(ts, 0)
			}
			if it.seq.typ.Len == nil {
				return NotImplemented
			}
			n := Len(ts, it.seq)
			if n < 0 {
				return nil
			}
			if rest := int64(n) - it.index; rest >= 0 {
				return NewInt(ts, rest)
			}
			return NewInt(ts, 0)
		}}}

	c := CallIterType
	c.Dealloc = func(ts *Thread, o *Object) {
		it := (*callIter)(unsafePointer(o))
		gcUntrack(ts, o)
		Clear(ts, &it.callable)
		Clear(ts, &it.sentinel)
		freeObject(ts, callIterClass, it)
	}
	c.Iter = func(ts *Thread, o *Object) *Object { return NewRef(o) }
	c.IterNext = func(ts *Thread, o *Object) *Object {
		it := (*callIter)(unsafePointer(o))
		if it.callable == nil {
			return nil
		}
		r := Call(ts, it.callable, nil, nil)
		if r == nil {
			if ts.ErrMatches(StopIteration) {
				ts.ClearErr()
				Clear(ts, &it.callable)
				Clear(ts, &it.sentinel)
			}
			return nil
		}
		eq := Equal(ts, r, it.sentinel)
		if eq == 0 {
			return r
		}
		Decref(ts, r)
		if eq > 0 {
			Clear(ts, &it.callable)
			Clear(ts, &it.sentinel)
		}
		return nil
	}
	c.Traverse = func(o *Object, v Visitor) {
		it := (*callIter)(unsafePointer(o))
		if it.callable != nil {
			v.Visit(it.callable)
		}
		if it.sentinel != nil {
			v.Visit(it.sentinel)
		}
	}
	c.Clear = func(ts *Thread, o *Object) {
		it := (*callIter)(unsafePointer(o))
		Clear(ts, &it.callable)
		Clear(ts, &it.sentinel)
	}
	registerStatic(SeqIterType, CallIterType)
}

func newSeqIter(ts *Thread, seq *Object) *Object {
	it := newObject(ts, seqIterClass, SeqIterType)
	it.seq = NewRef(seq)
	gcTrack(ts, &it.Object)
	return &it.Object
}

// NewCallIter is iter(callable, sentinel).
func NewCallIter(ts *Thread, callable, sentinel *Object) *Object {
	it := newObject(ts, callIterClass, CallIterType)
	it.callable = NewRef(callable)
	it.sentinel = NewRef(sentinel)
	gcTrack(ts, &it.Object)
	return &it.Object
}
