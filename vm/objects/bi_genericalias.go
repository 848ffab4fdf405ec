package objects

import (
	"strings"

	"minipy/runtime/alloc"
)

// types.GenericAlias (list[int]) and types.UnionType (int | str), as
// CPython 3.11's genericaliasobject.c and unionobject.c: annotations such
// as `def f(x: dict[str, list[int]]) -> int | None` are evaluated when the
// def runs, so ordinary programs need both. Type variables and
// substitution (typing) are not supported: __parameters__ is always ().

type genericAlias struct {
	GCObject
	origin *Object // owned
	args   *Object // owned tuple
}

var genericAliasClass = alloc.NewClass[genericAlias]("types.GenericAlias")

// GenericAliasType is types.GenericAlias.
var GenericAliasType = &Type{Name: "types.GenericAlias", QualName: "GenericAlias", Module: "types",
	Flags: FlagBaseType | FlagHaveGC,
	Doc:   "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."}

// UnionType is types.UnionType.
var UnionType = &Type{Name: "types.UnionType", QualName: "UnionType", Module: "types", Flags: FlagHaveGC,
	Doc: "Represent a PEP 604 union type\n\nE.g. for int | str"}

type unionObj struct {
	GCObject
	args *Object // owned tuple, flattened and without duplicates
}

var unionClass = alloc.NewClass[unionObj]("types.UnionType")

func asGenericAlias(o *Object) *genericAlias {
	if o.typ == GenericAliasType || o.typ.IsSubtype(GenericAliasType) {
		return (*genericAlias)(unsafePointer(o))
	}
	return nil
}

func asUnion(o *Object) *unionObj {
	if o.typ == UnionType {
		return (*unionObj)(unsafePointer(o))
	}
	return nil
}

// NewGenericAlias is types.GenericAlias(origin, args) (borrowed; a
// non-tuple args is one argument).
func NewGenericAlias(ts *Thread, origin, args *Object) *Object {
	return newGenericAliasOfType(ts, GenericAliasType, origin, args)
}

func newGenericAliasOfType(ts *Thread, t *Type, origin, args *Object) *Object {
	var tup *Object
	if AsTuple(args) != nil && args.typ == TupleType {
		tup = NewRef(args)
	} else {
		tup = NewTuple(ts, args)
		if tup == nil {
			return nil
		}
	}
	g := newObject(ts, genericAliasClass, t)
	g.origin = NewRef(origin)
	g.args = tup
	gcTrack(ts, &g.Object)
	return &g.Object
}

// gaReprItem is ga_repr_item: `...`, a nested alias by its repr, a class
// by module.qualname (no module for builtins), anything else by repr.
func gaReprItem(ts *Thread, p *Object, b *strings.Builder) bool {
	if p == Ellipsis {
		b.WriteString("...")
		return true
	}
	if asGenericAlias(p) != nil || asUnion(p) != nil {
		return writeRepr(ts, p, b)
	}
	if p.typ == NoneType {
		b.WriteString("None")
		return true
	}
	q := GetAttrString(ts, p, "__qualname__")
	if q == nil {
		if !ts.ErrMatches(AttributeError) {
			return false
		}
		ts.ClearErr()
		return writeRepr(ts, p, b)
	}
	defer Decref(ts, q)
	m := GetAttrString(ts, p, "__module__")
	if m == nil {
		if !ts.ErrMatches(AttributeError) {
			return false
		}
		ts.ClearErr()
		return writeRepr(ts, p, b)
	}
	defer Decref(ts, m)
	if m == None || (AsStr(m) != nil && StrValue(m) == "builtins") {
		s := StrOf(ts, q)
		if s == nil {
			return false
		}
		b.WriteString(StrValue(s))
		Decref(ts, s)
		return true
	}
	for _, x := range []*Object{m, q} {
		s := StrOf(ts, x)
		if s == nil {
			return false
		}
		b.WriteString(StrValue(s))
		Decref(ts, s)
		if x == m {
			b.WriteByte('.')
		}
	}
	return true
}

func writeRepr(ts *Thread, o *Object, b *strings.Builder) bool {
	r := Repr(ts, o)
	if r == nil {
		return false
	}
	b.WriteString(StrValue(r))
	Decref(ts, r)
	return true
}

// isUnionable is is_unionable of unionobject.c.
func isUnionable(o *Object) bool {
	return o == None || AsType(o) != nil || asGenericAlias(o) != nil || asUnion(o) != nil
}

// unionOr is type.__or__, GenericAlias.__or__ and UnionType.__or__ (and
// their reflections): a | b when both can be in a union.
func unionOr(ts *Thread, a, b *Object) *Object {
	if !isUnionable(a) || !isUnionable(b) {
		return NotImplemented
	}
	var items []*Object
	add := func(o *Object) {
		if u := asUnion(o); u != nil {
			for _, x := range TupleItems(u.args) {
				items = append(items, x)
			}
			return
		}
		if o == None {
			o = NoneType.TypeObject()
		}
		items = append(items, o)
	}
	add(a)
	add(b)
	var uniq []*Object
	for _, x := range items {
		dup := false
		for _, y := range uniq {
			if x == y {
				dup = true
				break
			}
			if asGenericAlias(x) != nil && asGenericAlias(y) != nil {
				r := RichCompareBool(ts, x, y, EQ)
				if r < 0 {
					return nil
				}
				if r == 1 {
					dup = true
					break
				}
			}
		}
		if !dup {
			uniq = append(uniq, x)
		}
	}
	if len(uniq) == 1 {
		return NewRef(uniq[0])
	}
	tup := NewTuple(ts, uniq...)
	if tup == nil {
		return nil
	}
	u := newObject(ts, unionClass, UnionType)
	u.args = tup
	gcTrack(ts, &u.Object)
	return &u.Object
}

// gaAttrExceptions are the names a GenericAlias answers itself; every
// other attribute is its origin's.
var gaAttrExceptions = map[string]bool{"__class__": true, "__origin__": true, "__args__": true, "__unpacked__": true,
	"__parameters__": true, "__typing_unpacked_tuple_args__": true, "__mro_entries__": true, "__reduce_ex__": true,
	"__reduce__": true, "__copy__": true, "__deepcopy__": true}

func classGetItem(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	// Named after the class it is bound to, as CPython's bound
	// classmethod ("list.__class_getitem__", "MyList.__class_getitem__").
	name := "__class_getitem__"
	if t := AsType(self); t != nil {
		name = t.QualName + "." + name
	}
	if !CheckOneArg(ts, name, args, kwnames) {
		return nil
	}
	return NewGenericAlias(ts, self, args[0])
}

// ClassGetItemDef is the __class_getitem__ of list, dict, tuple, set,
// frozenset, enumerate and BaseExceptionGroup.
var ClassGetItemDef = MethodDef{Name: "__class_getitem__", Fn: classGetItem, Flags: MethClass, Doc: "See PEP 585"}

func init() {
	t := GenericAliasType
	t.Dealloc = func(ts *Thread, o *Object) {
		gcUntrack(ts, o)
		g := (*genericAlias)(unsafePointer(o))
		Clear(ts, &g.origin)
		Clear(ts, &g.args)
		freeObject(ts, genericAliasClass, g)
	}
	t.Traverse = func(o *Object, v Visitor) {
		g := (*genericAlias)(unsafePointer(o))
		for _, x := range []*Object{g.origin, g.args} {
			if x != nil {
				v.Visit(x)
			}
		}
	}
	t.Clear = func(ts *Thread, o *Object) {
		g := (*genericAlias)(unsafePointer(o))
		Clear(ts, &g.origin)
		Clear(ts, &g.args)
	}
	t.New = func(ts *Thread, tp *Type, args []*Object, kwnames *Object) *Object {
		if kwnames != nil && len(TupleItems(kwnames)) > 0 {
			return ts.Raise(TypeError, "GenericAlias() takes no keyword arguments")
		}
		if len(args) != 2 {
			return ts.Raisef(TypeError, "GenericAlias expected 2 arguments, got %d", len(args))
		}
		return newGenericAliasOfType(ts, tp, args[0], args[1])
	}
	t.Repr = func(ts *Thread, o *Object) *Object {
		g := (*genericAlias)(unsafePointer(o))
		var b strings.Builder
		if !gaReprItem(ts, g.origin, &b) {
			return nil
		}
		b.WriteByte('[')
		items := TupleItems(g.args)
		if len(items) == 0 {
			b.WriteString("()")
		}
		for i, x := range items {
			if i > 0 {
				b.WriteString(", ")
			}
			if l := AsList(x); l != nil {
				// Callable[[int], str] keeps its argument list.
				b.WriteByte('[')
				for j, y := range ListItems(x) {
					if j > 0 {
						b.WriteString(", ")
					}
					if !gaReprItem(ts, y, &b) {
						return nil
					}
				}
				b.WriteByte(']')
				continue
			}
			if !gaReprItem(ts, x, &b) {
				return nil
			}
		}
		b.WriteByte(']')
		return NewStr(ts, b.String())
	}
	t.Call = func(ts *Thread, o *Object, args []*Object, kwnames *Object) *Object {
		g := (*genericAlias)(unsafePointer(o))
		r := Call(ts, g.origin, args, kwnames)
		if r == nil {
			return nil
		}
		// As CPython: record the alias on the instance when it can.
		n := NewStr(ts, "__orig_class__")
		rc := SetAttr(ts, r, n, o)
		Decref(ts, n)
		if rc < 0 {
			if !ts.ErrMatches(AttributeError) && !ts.ErrMatches(TypeError) {
				Decref(ts, r)
				return nil
			}
			ts.ClearErr()
		}
		return r
	}
	t.GetAttr = func(ts *Thread, o, name *Object) *Object {
		if AsStr(name) != nil && !gaAttrExceptions[StrValue(name)] {
			return GetAttr(ts, (*genericAlias)(unsafePointer(o)).origin, name)
		}
		return GenericGetAttr(ts, o, name)
	}
	t.RichCompare = func(ts *Thread, a, b *Object, op CompareOp) *Object {
		ga, gb := asGenericAlias(a), asGenericAlias(b)
		if ga == nil || gb == nil || (op != EQ && op != NE) {
			return NotImplemented
		}
		r := RichCompareBool(ts, ga.origin, gb.origin, EQ)
		if r == 1 {
			r = RichCompareBool(ts, ga.args, gb.args, EQ)
		}
		if r < 0 {
			return nil
		}
		return Bool((r == 1) == (op == EQ))
	}
	t.Hash = func(ts *Thread, o *Object) int64 {
		g := (*genericAlias)(unsafePointer(o))
		h0 := Hash(ts, g.origin)
		if h0 == -1 && ts.Occurred() {
			return -1
		}
		h1 := Hash(ts, g.args)
		if h1 == -1 && ts.Occurred() {
			return -1
		}
		return h0 ^ h1
	}
	t.GetItem = func(ts *Thread, o, key *Object) *Object {
		r := Repr(ts, o)
		if r == nil {
			return nil
		}
		defer Decref(ts, r)
		return ts.Raisef(TypeError, "%s is not a generic class", StrValue(r))
	}
	t.NumBinary[OpOr] = unionOr
	t.Members = []MemberDef{
		{Name: "__origin__", Get: func(o *Object) *Object { return (*genericAlias)(unsafePointer(o)).origin }},
		{Name: "__args__", Get: func(o *Object) *Object { return (*genericAlias)(unsafePointer(o)).args }},
		{Name: "__unpacked__", Get: func(o *Object) *Object { return False }},
		{Name: "__typing_unpacked_tuple_args__", Get: func(o *Object) *Object { return None }},
	}
	t.GetSets = []GetSetDef{
		{Name: "__parameters__", Get: func(ts *Thread, o *Object) *Object { return NewTuple(ts) }},
	}
	noCheck := func(name, fn string) MethodDef {
		return MethodDef{Name: name, Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckOneArg(ts, name, args, kwnames) {
				return nil
			}
			return ts.Raisef(TypeError, "%s() argument 2 cannot be a parameterized generic", fn)
		}}
	}
	t.Methods = []MethodDef{
		{Name: "__mro_entries__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckOneArg(ts, "__mro_entries__", args, kwnames) {
				return nil
			}
			return NewTuple(ts, (*genericAlias)(unsafePointer(self)).origin)
		}},
		noCheck("__instancecheck__", "isinstance"),
		noCheck("__subclasscheck__", "issubclass"),
		{Name: "__reduce__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckNoArgs(ts, "__reduce__", args, kwnames) {
				return nil
			}
			g := (*genericAlias)(unsafePointer(self))
			return NewTupleSteal(ts, NewRef(self.typ.TypeObject()), NewTuple(ts, g.origin, g.args))
		}},
		{Name: "__dir__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckNoArgs(ts, "__dir__", args, kwnames) {
				return nil
			}
			l := Dir(ts, (*genericAlias)(unsafePointer(self)).origin)
			if l == nil {
				return nil
			}
			for _, n := range []string{"__origin__", "__args__", "__parameters__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", "__unpacked__", "__typing_unpacked_tuple_args__"} {
				s := NewStr(ts, n)
				c := Contains(ts, l, s)
				if c == 0 {
					ListAppend(ts, l, s)
				}
				Decref(ts, s)
			}
			return l
		}},
	}

	u := UnionType
	u.Dealloc = func(ts *Thread, o *Object) {
		gcUntrack(ts, o)
		x := (*unionObj)(unsafePointer(o))
		Clear(ts, &x.args)
		freeObject(ts, unionClass, x)
	}
	u.Traverse = func(o *Object, v Visitor) {
		if a := (*unionObj)(unsafePointer(o)).args; a != nil {
			v.Visit(a)
		}
	}
	u.Clear = func(ts *Thread, o *Object) { Clear(ts, &(*unionObj)(unsafePointer(o)).args) }
	u.Repr = func(ts *Thread, o *Object) *Object {
		var b strings.Builder
		for i, x := range TupleItems((*unionObj)(unsafePointer(o)).args) {
			if i > 0 {
				b.WriteString(" | ")
			}
			if x == NoneType.TypeObject() {
				b.WriteString("None")
				continue
			}
			if !gaReprItem(ts, x, &b) {
				return nil
			}
		}
		return NewStr(ts, b.String())
	}
	u.Hash = func(ts *Thread, o *Object) int64 {
		fs := NewFrozenSet(ts, (*unionObj)(unsafePointer(o)).args)
		if fs == nil {
			return -1
		}
		defer Decref(ts, fs)
		return Hash(ts, fs)
	}
	u.RichCompare = func(ts *Thread, a, b *Object, op CompareOp) *Object {
		ua, ub := asUnion(a), asUnion(b)
		if ua == nil || ub == nil || (op != EQ && op != NE) {
			return NotImplemented
		}
		sa := NewFrozenSet(ts, ua.args)
		if sa == nil {
			return nil
		}
		defer Decref(ts, sa)
		sb := NewFrozenSet(ts, ub.args)
		if sb == nil {
			return nil
		}
		defer Decref(ts, sb)
		return RichCompare(ts, sa, sb, op)
	}
	u.NumBinary[OpOr] = unionOr
	u.GetItem = func(ts *Thread, o, key *Object) *Object {
		r := Repr(ts, o)
		if r == nil {
			return nil
		}
		defer Decref(ts, r)
		return ts.Raisef(TypeError, "%s is not a generic class", StrValue(r))
	}
	u.Members = []MemberDef{
		{Name: "__args__", Get: func(o *Object) *Object { return (*unionObj)(unsafePointer(o)).args }},
	}
	u.GetSets = []GetSetDef{
		{Name: "__parameters__", Get: func(ts *Thread, o *Object) *Object { return NewTuple(ts) }},
	}
	TypeType.NumBinary[OpOr] = unionOr
	registerStatic(GenericAliasType, UnionType)
}

func init() {
	beforeReady = append(beforeReady, func() {
		for _, t := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, BaseExceptionGroup} {
			t.Methods = append(t.Methods, ClassGetItemDef)
		}
	})
}
