package objects

// readyType finishes a type: its header, bases, MRO, inherited slots and
// flags, and its attribute dict. Bases are made ready first.
func readyType(t *Type) {
	if t.Flags&FlagReady != 0 {
		return
	}
	t.Flags |= FlagReady
	if t.typ == nil {
		initStatic(&t.Object, TypeType)
	}
	if t.Base == nil && t != ObjectType {
		if len(t.Bases) > 0 {
			t.Base = t.Bases[0]
		} else {
			t.Base = ObjectType
		}
	}
	if t.Bases == nil && t.Base != nil {
		t.Bases = []*Type{t.Base}
	}
	for _, b := range t.Bases {
		readyType(b)
	}
	if t.QualName == "" {
		t.QualName = t.Name
	}
	if t.Module == "" && !t.IsHeapType() {
		t.Module = "builtins"
	}
	if t.MRO == nil {
		mro, ok := c3MRO(t)
		if !ok {
			panic("minipy: inconsistent MRO for static type " + t.Name)
		}
		t.MRO = mro
	}
	if t.Base != nil {
		inheritSlots(t, t.Base)
		t.Flags |= t.Base.Flags & subclassFlags
	}
	buildTypeDict(t)
}

// subclassFlags are the fast subclass-test flags a type inherits.
const subclassFlags = FlagIntSubclass | FlagListSubclass | FlagTupleSubclass |
	FlagBytesSubclass | FlagStrSubclass | FlagDictSubclass | FlagBaseExcSubclass |
	FlagTypeSubclass | FlagHaveGC

// c3MRO computes the C3 linearization of t and its bases; false when the
// bases admit none (CPython's "Cannot create a consistent method resolution
// order (MRO)").
func c3MRO(t *Type) ([]*Type, bool) {
	seqs := make([][]*Type, 0, len(t.Bases)+1)
	for _, b := range t.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), t.Bases...))
	out := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			return out, true
		}
		var next *Type
	candidates:
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						continue candidates
					}
				}
			}
			next = c
			break
		}
		if next == nil {
			return nil, false
		}
		out = append(out, next)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

// inheritSlots copies the base's slots into t where t defines none, as
// CPython's inherit_slots does. Hash is inherited only together with
// RichCompare, so a type that defines __eq__ alone is not hashable by
// accident.
func inheritSlots(t, b *Type) {
	if t.Dealloc == nil {
		t.Dealloc = b.Dealloc
	}
	if t.Repr == nil {
		t.Repr = b.Repr
	}
	if t.Str == nil {
		t.Str = b.Str
	}
	if t.RichCompare == nil && t.Hash == nil {
		t.RichCompare = b.RichCompare
		t.Hash = b.Hash
	}
	if t.GetAttr == nil {
		t.GetAttr = b.GetAttr
	}
	if t.SetAttr == nil {
		t.SetAttr = b.SetAttr
	}
	if t.Call == nil {
		t.Call = b.Call
	}
	if t.Iter == nil {
		t.Iter = b.Iter
	}
	if t.IterNext == nil {
		t.IterNext = b.IterNext
	}
	if t.DescrGet == nil {
		t.DescrGet = b.DescrGet
	}
	if t.DescrSet == nil {
		t.DescrSet = b.DescrSet
	}
	if t.New == nil {
		t.New = b.New
	}
	if t.Init == nil {
		t.Init = b.Init
	}
	if t.Finalize == nil {
		t.Finalize = b.Finalize
	}
	if t.Traverse == nil && t.Clear == nil {
		t.Traverse = b.Traverse
		t.Clear = b.Clear
	}
	if t.DictPtr == nil {
		t.DictPtr = b.DictPtr
	}
	for i := range t.NumBinary {
		if t.NumBinary[i] == nil {
			t.NumBinary[i] = b.NumBinary[i]
		}
		if t.NumInplace[i] == nil {
			t.NumInplace[i] = b.NumInplace[i]
		}
	}
	inheritUnary(&t.Neg, b.Neg)
	inheritUnary(&t.Pos, b.Pos)
	inheritUnary(&t.Abs, b.Abs)
	inheritUnary(&t.Invert, b.Invert)
	inheritUnary(&t.Int, b.Int)
	inheritUnary(&t.Float, b.Float)
	inheritUnary(&t.Index, b.Index)
	if t.Pow == nil {
		t.Pow = b.Pow
	}
	if t.InplacePow == nil {
		t.InplacePow = b.InplacePow
	}
	if t.Bool == nil {
		t.Bool = b.Bool
	}
	if t.Len == nil {
		t.Len = b.Len
	}
	if t.GetItem == nil {
		t.GetItem = b.GetItem
	}
	if t.SetItem == nil {
		t.SetItem = b.SetItem
	}
	if t.Contains == nil {
		t.Contains = b.Contains
	}
}

func inheritUnary(dst *UnaryFunc, src UnaryFunc) {
	if *dst == nil {
		*dst = src
	}
}
