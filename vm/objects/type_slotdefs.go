package objects

import "unsafe"

// SlotDef is one entry of the slot table (CPython's slotdefs): the dunder
// name a slot is known by, whether a type fills it, and the body of the slot
// wrapper that exposes it to Python (int.__add__, list.__len__, ...).
// buildTypeDict adds a wrapper for each slot a static type fills itself;
// the VM, when it creates a class, walks the same table to wire each dunder
// the class defines into its slot (the reverse direction), so that the two
// can never drift.
type SlotDef struct {
	Name string
	Doc  string
	// Keywords: the wrapper accepts keyword arguments (__init__, __call__).
	Keywords bool
	// Defined reports whether t fills the slot.
	Defined func(t *Type) bool
	// wrapsUnary: the wrapper takes no argument besides self.
	wrapsUnary bool
	// wrap calls t's slot for self with the wrapper's arguments.
	wrap func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object
}

// SlotDefs is the slot table, in CPython's order. Immutable after init.
var SlotDefs []*SlotDef

// callSlotWrapper runs a slot wrapper (bound or called through the descriptor).
func callSlotWrapper(ts *Thread, d *WrapperDescr, self *Object, args []*Object, kwnames *Object) *Object {
	if !d.slot.Keywords && kwCount(kwnames) > 0 {
		return ts.Raisef(TypeError, "wrapper %s() takes no keyword arguments", d.name)
	}
	return d.slot.wrap(ts, d.objclass, self, args, kwnames)
}

// typeXNumArgs is CPython's check_num_args for slot wrappers.
func typeXNumArgs(ts *Thread, args []*Object, n int) bool {
	if len(args) == n {
		return true
	}
	s := "s"
	if n == 1 {
		s = ""
	}
	ts.Raisef(TypeError, "expected %d argument%s, got %d", n, s, len(args))
	return false
}

// typeXUnpack is PyArg_UnpackTuple with an empty name (hence the leading
// space of CPython's message).
func typeXUnpack(ts *Thread, args []*Object, min, max int) bool {
	if len(args) < min {
		ts.Raisef(TypeError, " expected %s%d argument%s, got %d", typeXAtLeast(min != max), min, typeXPlural(min), len(args))
		return false
	}
	if len(args) > max {
		ts.Raisef(TypeError, " expected %s%d argument%s, got %d", typeXAtMost(min != max), max, typeXPlural(max), len(args))
		return false
	}
	return true
}

func typeXAtLeast(b bool) string {
	if b {
		return "at least "
	}
	return ""
}

func typeXAtMost(b bool) string {
	if b {
		return "at most "
	}
	return ""
}

func typeXPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// funcPtr is the code identity of a func value, to tell whether a type's
// slot is the same function as another type's (inherited or overridden).
func funcPtr[F any](f F) uintptr {
	return *(*uintptr)(unsafe.Pointer(&f))
}

func slotUnary(name, doc string, get func(t *Type) UnaryFunc) *SlotDef {
	return &SlotDef{Name: name, Doc: doc, wrapsUnary: true,
		Defined: func(t *Type) bool { return get(t) != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 0) {
				return nil
			}
			return get(t)(ts, self)
		}}
}

func slotBinary(name, doc string, get func(t *Type) BinaryFunc, reflected bool) *SlotDef {
	repeat := name == "__mul__" || name == "__rmul__" || name == "__imul__"
	return &SlotDef{Name: name, Doc: doc,
		Defined: func(t *Type) bool { return get(t) != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if repeat && typeXSeqRepeat(t) {
				// CPython's wrap_indexargfunc of sq_repeat: the count
				// must be an index.
				if !typeXUnpack(ts, args, 1, 1) {
					return nil
				}
				if AsInt(args[0]) == nil && args[0].typ.Index == nil {
					return ts.Raisef(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(args[0]))
				}
			} else if !typeXNumArgs(ts, args, 1) {
				return nil
			}
			if reflected {
				return get(t)(ts, args[0], self)
			}
			return get(t)(ts, self, args[0])
		}}
}

// typeXSeqRepeat tells the built-in sequences whose * is CPython's
// sq_repeat (their __mul__, __rmul__ and __imul__ take an index).
func typeXSeqRepeat(t *Type) bool {
	switch t {
	case StrType, BytesType, ByteArrayType, ListType, TupleType:
		return true
	}
	return false
}

func slotTernary(name, doc string, get func(t *Type) TernaryFunc, reflected bool) *SlotDef {
	return &SlotDef{Name: name, Doc: doc,
		Defined: func(t *Type) bool { return get(t) != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXUnpack(ts, args, 1, 2) {
				return nil
			}
			mod := None
			if len(args) == 2 {
				mod = args[1]
			}
			if reflected {
				return get(t)(ts, args[0], self, mod)
			}
			return get(t)(ts, self, args[0], mod)
		}}
}

func slotCompare(op CompareOp) *SlotDef {
	name := [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}[op]
	return &SlotDef{Name: name, Doc: "Return self" + op.Symbol() + "value.",
		Defined: func(t *Type) bool { return t.RichCompare != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 1) {
				return nil
			}
			return t.RichCompare(ts, self, args[0], op)
		}}
}

// typeXAttrName checks that an attribute name is a str.
func typeXAttrName(ts *Thread, name *Object) bool {
	if AsStr(name) == nil {
		ts.Raisef(TypeError, "attribute name must be string, not '%s'", TypeName(name))
		return false
	}
	return true
}

// typeXHackCheck refuses object.__setattr__(SomeType, ...) and the like:
// calling a base's setattr slot that a built-in subclass overrides
// (CPython's hackcheck).
func typeXHackCheck(ts *Thread, self *Object, fn SetAttrFunc, what string) bool {
	for b := self.typ; b != nil; b = b.Base {
		if funcPtr(b.SetAttr) == funcPtr(fn) {
			return true
		}
		if !b.IsHeapType() {
			ts.Raisef(TypeError, "can't apply this %s to %s object", what, TypeName(self))
			return false
		}
	}
	return true
}

func init() {
	var defs []*SlotDef
	add := func(d ...*SlotDef) { defs = append(defs, d...) }
	add(slotUnary("__repr__", "Return repr(self).", func(t *Type) UnaryFunc { return t.Repr }))
	add(&SlotDef{Name: "__hash__", wrapsUnary: true, Doc: "Return hash(self).",
		Defined: func(t *Type) bool { return t.Hash != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 0) {
				return nil
			}
			h := t.Hash(ts, self)
			if h == -1 && ts.Occurred() {
				return nil
			}
			return NewInt(ts, h)
		}})
	add(&SlotDef{Name: "__call__", Doc: "Call self as a function.", Keywords: true,
		Defined: func(t *Type) bool { return t.Call != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !ts.EnterRecursive(" while calling a Python object") {
				return nil
			}
			r := t.Call(ts, self, args, kwnames)
			ts.LeaveRecursive()
			return r
		}})
	add(slotUnary("__str__", "Return str(self).", func(t *Type) UnaryFunc { return t.Str }))
	add(&SlotDef{Name: "__getattribute__", Doc: "Return getattr(self, name).",
		Defined: func(t *Type) bool { return t.GetAttr != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 1) || !typeXAttrName(ts, args[0]) {
				return nil
			}
			return t.GetAttr(ts, self, args[0])
		}})
	add(&SlotDef{Name: "__setattr__", Doc: "Implement setattr(self, name, value).",
		Defined: func(t *Type) bool { return t.SetAttr != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 2) || !typeXAttrName(ts, args[0]) ||
				!typeXHackCheck(ts, self, t.SetAttr, "__setattr__") {
				return nil
			}
			if t.SetAttr(ts, self, args[0], args[1]) < 0 {
				return nil
			}
			return None
		}})
	add(&SlotDef{Name: "__delattr__", Doc: "Implement delattr(self, name).",
		Defined: func(t *Type) bool { return t.SetAttr != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 1) || !typeXAttrName(ts, args[0]) ||
				!typeXHackCheck(ts, self, t.SetAttr, "__delattr__") {
				return nil
			}
			if t.SetAttr(ts, self, args[0], nil) < 0 {
				return nil
			}
			return None
		}})
	for op := LT; op <= GE; op++ {
		add(slotCompare(op))
	}
	add(slotUnary("__iter__", "Implement iter(self).", func(t *Type) UnaryFunc { return t.Iter }))
	add(&SlotDef{Name: "__next__", wrapsUnary: true, Doc: "Implement next(self).",
		Defined: func(t *Type) bool { return t.IterNext != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 0) {
				return nil
			}
			r := t.IterNext(ts, self)
			if r == nil && !ts.Occurred() {
				ts.RaiseNone(StopIteration)
			}
			return r
		}})
	add(&SlotDef{Name: "__get__", Doc: "Return an attribute of instance, which is of type owner.",
		Defined: func(t *Type) bool { return t.DescrGet != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXUnpack(ts, args, 1, 2) {
				return nil
			}
			obj, typ := args[0], (*Object)(nil)
			if len(args) == 2 {
				typ = args[1]
			}
			if obj == None {
				obj = nil
			}
			if typ == None {
				typ = nil
			}
			if obj == nil && typ == nil {
				return ts.Raise(TypeError, "__get__(None, None) is invalid")
			}
			return t.DescrGet(ts, self, obj, typ)
		}})
	add(&SlotDef{Name: "__set__", Doc: "Set an attribute of instance to value.",
		Defined: func(t *Type) bool { return t.DescrSet != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 2) || t.DescrSet(ts, self, args[0], args[1]) < 0 {
				return nil
			}
			return None
		}})
	add(&SlotDef{Name: "__delete__", Doc: "Delete an attribute of instance.",
		Defined: func(t *Type) bool { return t.DescrSet != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 1) || t.DescrSet(ts, self, args[0], nil) < 0 {
				return nil
			}
			return None
		}})
	add(&SlotDef{Name: "__init__", Doc: "Initialize self.  See help(type(self)) for accurate signature.", Keywords: true,
		Defined: func(t *Type) bool { return t.Init != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if t.Init(ts, self, args, kwnames) < 0 {
				return nil
			}
			return None
		}})
	add(&SlotDef{Name: "__del__",
		Defined: func(t *Type) bool { return t.Finalize != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 0) {
				return nil
			}
			t.Finalize(ts, self)
			if ts.Occurred() {
				return nil
			}
			return None
		}})

	// Number slots, in CPython's order.
	binop := func(op NumberOp, sym string) {
		n := NumberOpDunders[op]
		get := func(t *Type) BinaryFunc { return t.NumBinary[op] }
		if op == OpDivmod {
			add(slotBinary("__divmod__", "Return divmod(self, value).", get, false),
				slotBinary("__rdivmod__", "Return divmod(value, self).", get, true))
			return
		}
		r := slotBinary("__r"+n+"__", "Return value"+sym+"self.", get, true)
		if op == OpAdd {
			// Sequence concatenation is CPython's sq_concat, which has no
			// reflected wrapper: str, bytes, list, ... have no __radd__.
			r.Defined = func(t *Type) bool { return get(t) != nil && !isSeqConcatType(t) }
		}
		add(slotBinary("__"+n+"__", "Return self"+sym+"value.", get, false), r)
	}
	unop := func(name, doc string, get func(t *Type) UnaryFunc) { add(slotUnary(name, doc, get)) }
	binop(OpAdd, "+")
	binop(OpSub, "-")
	binop(OpMul, "*")
	binop(OpMod, "%")
	binop(OpDivmod, "")
	add(slotTernary("__pow__", "Return pow(self, value, mod).", func(t *Type) TernaryFunc { return t.Pow }, false),
		slotTernary("__rpow__", "Return pow(value, self, mod).", func(t *Type) TernaryFunc { return t.Pow }, true))
	unop("__neg__", "-self", func(t *Type) UnaryFunc { return t.Neg })
	unop("__pos__", "+self", func(t *Type) UnaryFunc { return t.Pos })
	unop("__abs__", "abs(self)", func(t *Type) UnaryFunc { return t.Abs })
	add(&SlotDef{Name: "__bool__", wrapsUnary: true, Doc: "True if self else False",
		Defined: func(t *Type) bool { return t.Bool != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 0) {
				return nil
			}
			r := t.Bool(ts, self)
			if r < 0 {
				return nil
			}
			return Bool(r != 0)
		}})
	unop("__invert__", "~self", func(t *Type) UnaryFunc { return t.Invert })
	binop(OpLShift, "<<")
	binop(OpRShift, ">>")
	binop(OpAnd, "&")
	binop(OpXor, "^")
	binop(OpOr, "|")
	unop("__int__", "int(self)", func(t *Type) UnaryFunc { return t.Int })
	unop("__float__", "float(self)", func(t *Type) UnaryFunc { return t.Float })
	inop := func(op NumberOp, sym string) {
		add(slotBinary("__i"+NumberOpDunders[op]+"__", "Return self"+sym+"=value.",
			func(t *Type) BinaryFunc { return t.NumInplace[op] }, false))
	}
	inop(OpAdd, "+")
	inop(OpSub, "-")
	inop(OpMul, "*")
	inop(OpMod, "%")
	add(slotTernary("__ipow__", "Return self**=value.", func(t *Type) TernaryFunc { return t.InplacePow }, false))
	inop(OpLShift, "<<")
	inop(OpRShift, ">>")
	inop(OpAnd, "&")
	inop(OpXor, "^")
	inop(OpOr, "|")
	binop(OpFloorDiv, "//")
	binop(OpTrueDiv, "/")
	inop(OpFloorDiv, "//")
	inop(OpTrueDiv, "/")
	unop("__index__", "Return self converted to an integer, if self is suitable for use as an index into a list.",
		func(t *Type) UnaryFunc { return t.Index })
	binop(OpMatMul, "@")
	inop(OpMatMul, "@")

	// Mapping and sequence slots.
	add(&SlotDef{Name: "__len__", wrapsUnary: true, Doc: "Return len(self).",
		Defined: func(t *Type) bool { return t.Len != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 0) {
				return nil
			}
			n := t.Len(ts, self)
			if n < 0 {
				return nil
			}
			return NewInt(ts, int64(n))
		}})
	add(slotBinary("__getitem__", "Return self[key].", func(t *Type) BinaryFunc { return t.GetItem }, false))
	add(&SlotDef{Name: "__setitem__", Doc: "Set self[key] to value.",
		Defined: func(t *Type) bool { return t.SetItem != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXUnpack(ts, args, 2, 2) || t.SetItem(ts, self, args[0], args[1]) < 0 {
				return nil
			}
			return None
		}})
	add(&SlotDef{Name: "__delitem__", Doc: "Delete self[key].",
		Defined: func(t *Type) bool { return t.SetItem != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 1) || t.SetItem(ts, self, args[0], nil) < 0 {
				return nil
			}
			return None
		}})
	add(&SlotDef{Name: "__contains__", Doc: "Return key in self.",
		Defined: func(t *Type) bool { return t.Contains != nil },
		wrap: func(ts *Thread, t *Type, self *Object, args []*Object, kwnames *Object) *Object {
			if !typeXNumArgs(ts, args, 1) {
				return nil
			}
			r := t.Contains(ts, self, args[0])
			if r < 0 {
				return nil
			}
			return Bool(r != 0)
		}})
	// Doc strings carry CPython's text signatures ("__add__($self, value,
	// /)\n--\n\n..."), which __text_signature__ reads and __doc__ strips.
	sigs := map[string]string{
		"__getattribute__": "($self, name, /)", "__setattr__": "($self, name, value, /)",
		"__delattr__": "($self, name, /)", "__init__": "($self, /, *args, **kwargs)",
		"__call__": "($self, /, *args, **kwargs)", "__pow__": "($self, value, mod=None, /)",
		"__rpow__": "($self, value, mod=None, /)", "__ipow__": "($self, value, /)",
		"__setitem__": "($self, key, value, /)", "__delitem__": "($self, key, /)",
		"__contains__": "($self, key, /)", "__getitem__": "($self, key, /)",
		"__get__": "($self, instance, owner=None, /)", "__set__": "($self, instance, value, /)",
		"__delete__": "($self, instance, /)",
	}
	for _, d := range defs {
		if d.Name == "__del__" {
			continue
		}
		sig, ok := sigs[d.Name]
		if !ok {
			sig = "($self, value, /)"
			if d.wrapsUnary {
				sig = "($self, /)"
			}
		}
		d.Doc = d.Name + sig + "\n--\n\n" + d.Doc
	}
	SlotDefs = defs
	buildSlotGroups()
}
