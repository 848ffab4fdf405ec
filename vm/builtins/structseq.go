package builtins

import (
	"strings"

	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// Struct sequences (CPython's PyStructSequence: sys.version_info,
// time.struct_time, sys.float_info, ...): a tuple of the visible fields
// with a name for each, plus hidden named fields (struct_time's tm_zone).
// Here they are their own type holding a tuple, not a tuple subclass:
// indexing, slicing, len, iteration, comparison and hashing go to that
// tuple; isinstance(x, tuple) is False (a known difference).

type structSeq struct {
	objects.GCObject
	tup    *Object   // the visible fields (owned)
	hidden []*Object // the hidden fields (owned; charged)
}

var structSeqClass = alloc.NewClass[structSeq]("structseq")

// StructSeqType describes one struct sequence type.
type StructSeqType struct {
	T       *objects.Type
	Fields  []string // visible then hidden
	Visible int
}

// NewStructSeqType makes a static struct sequence type named name (as
// "sys.version_info"); call it at init.
func NewStructSeqType(name string, fields []string, visible int) *StructSeqType {
	qual := name
	mod := ""
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		mod, qual = name[:i], name[i+1:]
	}
	st := &StructSeqType{Fields: fields, Visible: visible}
	t := &objects.Type{Name: name, QualName: qual, Module: mod, Flags: objects.FlagHaveGC}
	st.T = t
	t.Dealloc = func(ts *objects.Thread, o *Object) {
		s := (*structSeq)(ptr(o))
		objects.GCUntrack(ts, o)
		objects.Clear(ts, &s.tup)
		clearAll(ts, s.hidden)
		unchargeSlice(ts, len(s.hidden))
		s.hidden = nil
		objects.FreeObject(ts, structSeqClass, s)
	}
	t.Traverse = func(o *Object, v objects.Visitor) {
		s := (*structSeq)(ptr(o))
		visitAll([]*Object{s.tup}, v)
		visitAll(s.hidden, v)
	}
	t.Clear = func(ts *objects.Thread, o *Object) {
		s := (*structSeq)(ptr(o))
		objects.Clear(ts, &s.tup)
		clearAll(ts, s.hidden)
	}
	tupOf := func(ts *objects.Thread, o *Object) *Object {
		s := (*structSeq)(ptr(o))
		if s.tup == nil {
			return objects.NewTuple(ts)
		}
		return objects.NewRef(s.tup)
	}
	t.Len = func(ts *objects.Thread, o *Object) int { return visible }
	t.GetItem = func(ts *objects.Thread, o, key *Object) *Object {
		tp := tupOf(ts, o)
		defer objects.Decref(ts, tp)
		return objects.GetItem(ts, tp, key)
	}
	t.Contains = func(ts *objects.Thread, o, x *Object) int {
		tp := tupOf(ts, o)
		defer objects.Decref(ts, tp)
		return objects.Contains(ts, tp, x)
	}
	t.Iter = func(ts *objects.Thread, o *Object) *Object {
		tp := tupOf(ts, o)
		defer objects.Decref(ts, tp)
		return objects.GetIter(ts, tp)
	}
	t.Hash = func(ts *objects.Thread, o *Object) int64 {
		tp := tupOf(ts, o)
		defer objects.Decref(ts, tp)
		return objects.Hash(ts, tp)
	}
	t.RichCompare = func(ts *objects.Thread, a, b *Object, op objects.CompareOp) *Object {
		ta := tupOf(ts, a)
		defer objects.Decref(ts, ta)
		if b.Type() == t {
			tb := tupOf(ts, b)
			defer objects.Decref(ts, tb)
			return objects.RichCompare(ts, ta, tb, op)
		}
		if objects.AsTuple(b) == nil {
			return objects.NotImplemented
		}
		return objects.RichCompare(ts, ta, b, op)
	}
	t.Repr = func(ts *objects.Thread, o *Object) *Object {
		s := (*structSeq)(ptr(o))
		var b strings.Builder
		b.WriteString(name + "(")
		for i, it := range objects.TupleItems(s.tup) {
			if i > 0 {
				b.WriteString(", ")
			}
			r := objects.Repr(ts, it)
			if r == nil {
				return nil
			}
			b.WriteString(fields[i] + "=" + objects.StrValue(r))
			objects.Decref(ts, r)
		}
		b.WriteString(")")
		return objects.NewStr(ts, b.String())
	}
	for i, f := range fields {
		i := i
		t.GetSets = append(t.GetSets, objects.GetSetDef{Name: f, Get: func(ts *objects.Thread, o *Object) *Object {
			s := (*structSeq)(ptr(o))
			if i < visible {
				return objects.NewRef(objects.TupleItems(s.tup)[i])
			}
			return objects.NewRef(s.hidden[i-visible])
		}})
	}
	t.Members = nil
	t.ClassAttrs = []objects.ClassAttr{{Name: "n_sequence_fields", Value: objects.SmallInt(visible)},
		{Name: "n_fields", Value: objects.SmallInt(len(fields))}, {Name: "n_unnamed_fields", Value: objects.SmallInt(0)}}
	t.New = func(ts *objects.Thread, tp *objects.Type, args []*Object, kwnames *Object) *Object {
		var seq, dict *Object
		if !objects.ParseArgs(ts, name, args, kwnames, []string{"sequence", "dict"}, 1, &seq, &dict) {
			return nil
		}
		l := objects.SequenceList(ts, seq)
		if l == nil {
			return nil
		}
		defer objects.Decref(ts, l)
		items := objects.ListItems(l)
		n := len(items)
		switch {
		case n < visible && visible == len(fields):
			return ts.Raisef(objects.TypeError, "%s() takes a %d-sequence (%d-sequence given)", name, visible, n)
		case n < visible:
			return ts.Raisef(objects.TypeError, "%s() takes an at least %d-sequence (%d-sequence given)", name, visible, n)
		case n > len(fields) && visible == len(fields):
			return ts.Raisef(objects.TypeError, "%s() takes a %d-sequence (%d-sequence given)", name, visible, n)
		case n > len(fields):
			return ts.Raisef(objects.TypeError, "%s() takes an at most %d-sequence (%d-sequence given)", name, len(fields), n)
		}
		if dict != nil && dict != objects.None && objects.AsDict(dict) == nil {
			return ts.Raisef(objects.TypeError, "%s() takes a dict as second arg, if any", name)
		}
		vals := append([]*Object(nil), items...)
		for i := n; i < len(fields); i++ {
			v := objects.None
			if dict != nil && dict != objects.None {
				if x := objects.DictGetItemStr(ts, dict, fields[i]); x != nil {
					v = x
				}
			}
			vals = append(vals, v)
		}
		return st.New(ts, vals...)
	}
	objects.RegisterStaticType(t)
	return st
}

// New makes an instance from the values of all fields (borrowed).
func (st *StructSeqType) New(ts *objects.Thread, values ...*Object) *Object {
	for _, v := range values {
		if v == nil {
			return nil
		}
	}
	tup := objects.NewTuple(ts, values[:st.Visible]...)
	if tup == nil {
		return nil
	}
	s := objects.NewObject(ts, structSeqClass, st.T)
	s.tup = tup
	for _, v := range values[st.Visible:] {
		s.hidden = append(s.hidden, objects.NewRef(v))
	}
	chargeSlice(ts, len(s.hidden))
	objects.GCTrack(ts, &s.Object)
	return &s.Object
}

// NewSteal is New taking ownership of values (nil entries mean an error
// happened making them: the others are released and nil returned).
func (st *StructSeqType) NewSteal(ts *objects.Thread, values ...*Object) *Object {
	r := st.New(ts, values...)
	for _, v := range values {
		objects.XDecref(ts, v)
	}
	return r
}
