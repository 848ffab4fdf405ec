package objects

import "strings"

// readyType finishes a static type, in CPython's type_ready order: header,
// bases, MRO, the dict (slot wrappers for the slots the type fills itself,
// then its methods, members and getsets), __new__, slot inheritance along
// the MRO, and __hash__ = None for a type left without a hash. Bases are
// made ready first.
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
	if t.layout == nil && t.Base != nil {
		t.layout = t.Base.layout // the same struct as its base's
	}
	if t.QualName == "" {
		t.QualName = t.Name
	}
	if t.Module == "" && !t.IsHeapType() {
		t.Module = "builtins"
	}
	if t.MRO == nil {
		mro, err := c3MRO(t)
		if err != "" {
			panic("minipy: static type " + t.Name + ": " + err)
		}
		t.MRO = mro
	}
	ownNew := t.New != nil
	typeXSetNew(t)
	d := buildTypeDict(t, ownNew)
	typeXInherit(t)
	if t.Hash == nil && !d.has("__hash__") {
		d.set("__hash__", None)
	}
}

// typeXSetNew is CPython's type_ready_set_new: a static type with object
// as its base and no New of its own cannot be instantiated from Python
// ("cannot create 'X' instances"; its New stays nil); the others without a
// New inherit their base's. (buildTypeDict adds __new__ for a type with its
// own New.)
func typeXSetNew(t *Type) {
	if t.New == nil && t.Base != ObjectType && t.Base != nil {
		t.New = t.Base.New
	}
}

// typeXNewMethod is the __new__ static method of a type with its own New
// (CPython's tp_new_wrapper), bound to the type for display.
func typeXNewMethod(t *Type) *Object {
	def := &MethodDef{Name: "__new__", Doc: "Create and return a new object.  See help(type) for accurate signature.",
		Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			return typeXNewWrapper(ts, t, args, kwnames)
		}}
	return newStaticTypeBuiltin(t, def, false)
}

// typeXNewWrapper is T.__new__(S, ...) (CPython's tp_new_wrapper): S must be
// a subtype of T whose nearest static base allocates as T does.
func typeXNewWrapper(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	if len(args)-kwCount(kwnames) < 1 {
		return ts.Raisef(TypeError, "%s.__new__(): not enough arguments", t.Name)
	}
	sub := AsType(args[0])
	if sub == nil {
		return ts.Raisef(TypeError, "%s.__new__(X): X is not a type object (%s)", t.Name, TypeName(args[0]))
	}
	if !sub.IsSubtype(t) {
		return ts.Raisef(TypeError, "%s.__new__(%s): %s is not a subtype of %s", t.Name, sub.Name, sub.Name, t.Name)
	}
	// The nearest class whose __new__ is not a Python one (CPython walks
	// past slot_tp_new).
	static := sub
	for static != nil && genericSlots != nil && funcPtr(static.New) == funcPtr(genericSlots.New) {
		static = static.Base
	}
	if static != nil && funcPtr(static.New) != funcPtr(t.New) {
		return ts.Raisef(TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t.Name, sub.Name, static.Name)
	}
	return t.New(ts, sub, args[1:], kwnames)
}

// typeXInherit fills the slots t leaves empty from each type of its MRO in
// turn (CPython's type_ready_inherit), and the subclass-test flags from its
// solid base.
func typeXInherit(t *Type) {
	if t.Base != nil {
		t.Flags |= t.Base.Flags & subclassFlags
	}
	for _, b := range t.MRO[1:] {
		inheritSlots(t, b)
	}
}

// subclassFlags are the fast subclass-test flags a type inherits.
const subclassFlags = FlagIntSubclass | FlagListSubclass | FlagTupleSubclass |
	FlagBytesSubclass | FlagStrSubclass | FlagDictSubclass | FlagBaseExcSubclass |
	FlagTypeSubclass | FlagHaveGC

// c3MRO computes the C3 linearization of t and its bases; on failure it
// returns CPython's message ("Cannot create a consistent method resolution
// order (MRO) for bases ...").
func c3MRO(t *Type) ([]*Type, string) {
	seqs := make([][]*Type, 0, len(t.Bases)+1)
	for _, b := range t.Bases {
		seqs = append(seqs, b.MRO)
	}
	seqs = append(seqs, t.Bases)
	out := []*Type{t}
	for {
		var next *Type
		remaining := false
	candidates:
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			remaining = true
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
		if !remaining {
			return out, ""
		}
		if next == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, "Cannot create a consistent method resolution\norder (MRO) for bases " + strings.Join(names, ", ")
		}
		out = append(out, next)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

// inheritSlots copies b's slots into t where t defines none, as CPython's
// inherit_slots does. Hash is inherited only together with RichCompare, so
// a type that defines __eq__ alone is not hashable by accident. New is not
// inherited here (typeXSetNew decides).
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
