package objects

// object.__reduce_ex__, object.__reduce__ and object.__getstate__ (CPython's
// Objects/typeobject.c: object___reduce_ex___impl, reduce_newobj,
// object_getstate). The copyreg module they use is Python code, imported
// through the VM (Thread.Owner implementing Importer).

// Importer is implemented by the VM's thread state (Thread.Owner) to import
// a module by name (a new reference, or nil with the exception set).
type Importer interface {
	Import(ts *Thread, name string) *Object
}

// Warner issues a warning at the running Python frame (stacklevel 1) or
// one above it, through the warnings module: false means the filters
// made it an exception, now pending. The VM's thread state is one.
type Warner interface {
	Warn(ts *Thread, category *Type, msg string, stacklevel int) bool
}

// typeXImport imports a module through the VM.
func typeXImport(ts *Thread, name string) *Object {
	if im, ok := ts.Owner.(Importer); ok {
		return im.Import(ts, name)
	}
	return ts.Raisef(SystemError, "importing %s needs the VM", name)
}

// typeXCopyregCall calls copyreg.<fn>(args...).
func typeXCopyreg(ts *Thread, fn string) *Object {
	m := typeXImport(ts, "copyreg")
	if m == nil {
		return nil
	}
	f := GetAttrString(ts, m, fn)
	Decref(ts, m)
	return f
}

// The methods object's table includes (package-level so that their
// initialization precedes every init function).
var (
	objectGetStateDef = &MethodDef{Name: "__getstate__", Fn: objectGetStateMethod, Doc: "Helper for pickle."}
	objectReduceDef   = &MethodDef{Name: "__reduce__", Fn: objectReduce, Doc: "Helper for pickle."}
)

func objectReduceEx(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckOneArg(ts, "object.__reduce_ex__", args, kwnames) {
		return nil
	}
	proto, ok := IndexValue(ts, args[0], OverflowError)
	if !ok {
		return nil
	}
	// A class that overrides __reduce__ is reduced by it.
	if r := LookupTypeString(self.typ, "__reduce__"); r != nil && r != LookupTypeString(ObjectType, "__reduce__") {
		return CallMethod(ts, self, "__reduce__")
	}
	return objectCommonReduce(ts, self, proto)
}

func objectReduce(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "object.__reduce__", args, kwnames) {
		return nil
	}
	return objectCommonReduce(ts, self, 0)
}

func objectCommonReduce(ts *Thread, self *Object, proto int) *Object {
	if proto >= 2 {
		return objectReduceNewobj(ts, self)
	}
	f := typeXCopyreg(ts, "_reduce_ex")
	if f == nil {
		return nil
	}
	p := NewInt(ts, int64(proto))
	r := Call(ts, f, []*Object{self, p}, nil)
	Decref(ts, p)
	Decref(ts, f)
	return r
}

// objectGetNewArgs returns __getnewargs_ex__()'s (args, kwargs) or
// __getnewargs__()'s args (new references; nils when neither exists).
func objectGetNewArgs(ts *Thread, self *Object) (args, kwargs *Object, ok bool) {
	if LookupTypeString(self.typ, "__getnewargs_ex__") != nil {
		r := CallMethod(ts, self, "__getnewargs_ex__")
		if r == nil {
			return nil, nil, false
		}
		defer Decref(ts, r)
		t := AsTuple(r)
		switch {
		case t == nil:
			ts.Raisef(TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", TypeName(r))
		case len(t.Items()) != 2:
			ts.Raisef(TypeError, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(t.Items()))
		case AsTuple(t.Items()[0]) == nil:
			ts.Raisef(TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", TypeName(t.Items()[0]))
		case AsDict(t.Items()[1]) == nil:
			ts.Raisef(TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", TypeName(t.Items()[1]))
		default:
			return NewRef(t.Items()[0]), NewRef(t.Items()[1]), true
		}
		return nil, nil, false
	}
	if LookupTypeString(self.typ, "__getnewargs__") != nil {
		r := CallMethod(ts, self, "__getnewargs__")
		if r == nil {
			return nil, nil, false
		}
		if AsTuple(r) == nil {
			ts.Raisef(TypeError, "__getnewargs__ should return a tuple, not '%s'", TypeName(r))
			Decref(ts, r)
			return nil, nil, false
		}
		return r, nil, true
	}
	return nil, nil, true
}

func objectReduceNewobj(ts *Thread, self *Object) *Object {
	t := self.typ
	if t.New == nil {
		return ts.Raisef(TypeError, "cannot pickle '%s' object", t.Name)
	}
	args, kwargs, ok := objectGetNewArgs(ts, self)
	if !ok {
		return nil
	}
	release := func() {
		XDecref(ts, args)
		XDecref(ts, kwargs)
	}
	hasArgs := args != nil
	isList, isDict := AsList(self) != nil, AsDict(self) != nil
	state := objectGetState(ts, self, !hasArgs && !isList && !isDict)
	if state == nil {
		release()
		return nil
	}
	var newobj, newargs *Object
	if kwargs == nil || DictLen(kwargs) == 0 {
		newobj = typeXCopyreg(ts, "__newobj__")
		items := []*Object{NewRef(t.TypeObject())}
		if args != nil {
			for _, a := range TupleItems(args) {
				items = append(items, NewRef(a))
			}
		}
		newargs = NewTupleSteal(ts, items...)
	} else {
		newobj = typeXCopyreg(ts, "__newobj_ex__")
		newargs = NewTuple(ts, t.TypeObject(), args, kwargs)
	}
	release()
	if newobj == nil {
		XDecref(ts, newargs)
		Decref(ts, state)
		return nil
	}
	listItems, dictItems := None, None
	if isList {
		if listItems = GetIter(ts, self); listItems == nil {
			Decref(ts, newobj)
			Decref(ts, newargs)
			Decref(ts, state)
			return nil
		}
	}
	if isDict {
		items := CallMethod(ts, self, "items")
		if items != nil {
			dictItems = GetIter(ts, items)
			Decref(ts, items)
		}
		if items == nil || dictItems == nil {
			Decref(ts, newobj)
			Decref(ts, newargs)
			Decref(ts, state)
			Decref(ts, listItems)
			return nil
		}
	}
	return NewTupleSteal(ts, newobj, newargs, state, listItems, dictItems)
}

// objectGetState is _PyObject_GetState: o.__getstate__(), where object's
// own implementation refuses (when required) an object whose layout holds
// more than object's and an instance dict.
func objectGetState(ts *Thread, o *Object, required bool) *Object {
	g := GetAttrString(ts, o, "__getstate__")
	if g == nil {
		return nil
	}
	if f := AsBuiltinFunc(g); f != nil && funcPtr(f.def.Fn) == funcPtr(MethodFn(objectGetStateMethod)) && f.self == o {
		Decref(ts, g)
		return objectGetStateDefault(ts, o, required)
	}
	r := Call(ts, g, nil, nil)
	Decref(ts, g)
	return r
}

func objectGetStateDefault(ts *Thread, o *Object, required bool) *Object {
	// CPython refuses (when required) an object whose C layout holds more
	// than object's, an instance dict, a weakref list and the __slots__:
	// here, one whose static solid base is not object.
	static := o.typ
	for static.IsHeapType() && static.Base != nil {
		static = static.Base
	}
	if required && typeXSolidBase(static) != ObjectType {
		return ts.Raisef(TypeError, "cannot pickle '%s' object", TypeName(o))
	}
	state := None
	if dp := o.typ.DictPtr; dp != nil {
		if p := dp(o); p != nil && *p != nil && AsDict(*p) != nil && DictLen(*p) > 0 {
			DictExpose(ts, *p)
			state = *p
		}
	}
	Incref(state)
	names := typeXSlotNames(ts, o.typ)
	if names == nil {
		Decref(ts, state)
		return nil
	}
	defer Decref(ts, names)
	if AsList(names) == nil || len(ListItems(names)) == 0 {
		return state
	}
	slots := NewDict(ts)
	if slots == nil {
		Decref(ts, state)
		return nil
	}
	n := len(ListItems(names))
	for i := 0; i < n; i++ {
		name := ListItems(names)[i]
		v := GetAttr(ts, o, name)
		if v == nil {
			if !ts.ErrMatches(AttributeError) {
				Decref(ts, slots)
				Decref(ts, state)
				return nil
			}
			ts.ClearErr() // an unset slot is simply left out
		} else {
			r := DictSetItem(ts, slots, name, v)
			Decref(ts, v)
			if r < 0 {
				Decref(ts, slots)
				Decref(ts, state)
				return nil
			}
		}
		if len(ListItems(names)) != n {
			Decref(ts, slots)
			Decref(ts, state)
			return ts.Raise(RuntimeError, "__slotsname__ changed size during iteration")
		}
	}
	if DictLen(slots) == 0 {
		Decref(ts, slots)
		return state
	}
	return NewTupleSteal(ts, state, slots)
}

// typeXSlotNames is _PyType_GetSlotNames: cls.__dict__['__slotnames__'],
// else copyreg._slotnames(cls) (a list, or None; a new reference).
func typeXSlotNames(ts *Thread, t *Type) *Object {
	if v := typeXDictGet(t.Dict, typeXStaticStr("__slotnames__")); v != nil {
		if v != None && AsList(v) == nil {
			return ts.Raisef(TypeError, "%s.__slotnames__ should be a list or None, not %s", t.Name, TypeName(v))
		}
		return NewRef(v)
	}
	if !t.IsHeapType() {
		// copyreg._slotnames of a built-in type is [] (it has no
		// __slots__, and caching __slotnames__ on it fails silently).
		return None
	}
	f := typeXCopyreg(ts, "_slotnames")
	if f == nil {
		return nil
	}
	r := CallOneArg(ts, f, t.TypeObject())
	Decref(ts, f)
	if r != nil && r != None && AsList(r) == nil {
		Decref(ts, r)
		return ts.Raise(TypeError, "copyreg._slotnames didn't return a list or None")
	}
	return r
}

func objectGetStateMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "object.__getstate__", args, kwnames) {
		return nil
	}
	return objectGetStateDefault(ts, self, false)
}
