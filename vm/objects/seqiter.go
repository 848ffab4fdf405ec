package objects

import "minipy/runtime/alloc"

// seqIter iterates an object that has __getitem__ but no __iter__ (the old
// sequence protocol): o[0], o[1], ... until IndexError or StopIteration.
type seqIter struct {
	Object
	seq   *Object // nil once exhausted
	index int64
}

var seqIterClass = alloc.NewClass[seqIter]("iterator")

// SeqIterType is the type of such iterators ("iterator").
var SeqIterType = &Type{Name: "iterator", Flags: FlagHaveGC}

func init() {
	SeqIterType.Dealloc = func(ts *Thread, o *Object) {
		it := (*seqIter)(unsafePointer(o))
		Clear(ts, &it.seq)
		freeObject(ts, seqIterClass, it)
	}
	SeqIterType.Iter = func(ts *Thread, o *Object) *Object { return NewRef(o) }
	SeqIterType.IterNext = func(ts *Thread, o *Object) *Object {
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
	SeqIterType.Traverse = func(o *Object, v Visitor) {
		if s := (*seqIter)(unsafePointer(o)).seq; s != nil {
			v.Visit(s)
		}
	}
	registerStatic(SeqIterType)
}

func newSeqIter(ts *Thread, seq *Object) *Object {
	it := newObject(ts, seqIterClass, SeqIterType)
	it.seq = NewRef(seq)
	return &it.Object
}
