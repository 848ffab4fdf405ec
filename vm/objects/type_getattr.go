package objects

// The generic attribute protocol (CPython's PyObject_GenericGetAttr and
// PyObject_GenericSetAttr) and the attribute access of type objects.

// GenericGetAttr is object.__getattribute__: a data descriptor of the type
// first, then the instance __dict__, then a non-data descriptor or plain
// class attribute.
func GenericGetAttr(ts *Thread, o, name *Object) *Object {
	if !typeXAttrName(ts, name) {
		return nil
	}
	tp := o.typ
	descr := LookupTypeTS(ts, tp, name)
	var get DescrGetFunc
	if descr != nil {
		Incref(descr)
		get = descr.typ.DescrGet
		if get != nil && descr.typ.DescrSet != nil {
			r := get(ts, descr, o, tp.TypeObject())
			Decref(ts, descr)
			return r
		}
	}
	if tp.DictPtr != nil {
		if dp := tp.DictPtr(o); dp != nil && *dp != nil {
			d := NewRef(*dp)
			v := typeXMappingGet(ts, d, name)
			Decref(ts, d)
			if v != nil || ts.Occurred() {
				XDecref(ts, descr)
				return v
			}
		}
	}
	if get != nil {
		r := get(ts, descr, o, tp.TypeObject())
		Decref(ts, descr)
		return r
	}
	if descr != nil {
		return descr
	}
	return RaiseAttributeError(ts, o, name)
}

// RaiseAttributeError raises "'T' object has no attribute 'name'" with the
// exception's name and obj attributes set, as CPython 3.11 does.
func RaiseAttributeError(ts *Thread, o, name *Object) *Object {
	ts.Raisef(AttributeError, "'%s' object has no attribute '%s'", TypeName(o), StrValue(name))
	SetAttributeErrorContext(ts, o, name)
	return nil
}

// SetAttributeErrorContext fills name and obj of a pending AttributeError
// that has none yet (CPython's set_attribute_error_context).
func SetAttributeErrorContext(ts *Thread, o, name *Object) {
	e := ts.Err()
	if e == nil || !e.typ.IsSubtype(AttributeError) {
		return
	}
	x := (*excAttribute)(unsafePointer(e))
	if x.name == nil && x.obj == nil {
		x.name = NewRef(name)
		x.obj = NewRef(o)
	}
}

// typeXMappingGet looks key up in a mapping (an instance dict), returning a
// new reference, or nil: with an exception set on error, without one when
// the key is absent.
func typeXMappingGet(ts *Thread, d, key *Object) *Object {
	if AsDict(d) != nil {
		return XNewRef(DictGetItemErr(ts, d, key))
	}
	v := GetItem(ts, d, key)
	if v == nil && ts.ErrMatches(KeyError) {
		ts.ClearErr()
	}
	return v
}

// GenericSetAttr is object.__setattr__ (value nil: __delattr__): a data
// descriptor of the type, else the instance __dict__.
func GenericSetAttr(ts *Thread, o, name, value *Object) int {
	if !typeXAttrName(ts, name) {
		return -1
	}
	tp := o.typ
	descr := LookupTypeTS(ts, tp, name)
	if descr != nil {
		if set := descr.typ.DescrSet; set != nil {
			Incref(descr)
			r := set(ts, descr, o, value)
			Decref(ts, descr)
			return r
		}
	}
	if tp.DictPtr != nil {
		if dp := tp.DictPtr(o); dp != nil {
			return typeXSetInDict(ts, o, dp, name, value)
		}
	}
	if descr == nil {
		RaiseAttributeError(ts, o, name)
		return -1
	}
	ts.Raisef(AttributeError, "'%s' object attribute '%s' is read-only", TypeName(o), StrValue(name))
	return -1
}

// typeXSetInDict sets or deletes name in the instance dict at *dp, making
// the dict on first use.
func typeXSetInDict(ts *Thread, o *Object, dp **Object, name, value *Object) int {
	if *dp == nil {
		if value == nil {
			RaiseAttributeError(ts, o, name)
			return -1
		}
		d := newInstanceDict(ts, o)
		if d == nil {
			return -1
		}
		*dp = d
	}
	d := NewRef(*dp)
	defer Decref(ts, d)
	if value != nil {
		if AsDict(d) != nil {
			return DictSetItem(ts, d, name, value)
		}
		return SetItem(ts, d, name, value)
	}
	if AsDict(d) != nil && DictDelItem(ts, d, name) < 0 || AsDict(d) == nil && DelItem(ts, d, name) < 0 {
		if ts.ErrMatches(KeyError) {
			ts.ClearErr()
			RaiseAttributeError(ts, o, name)
		}
		return -1
	}
	return 0
}

// typeGetAttr is type.__getattribute__ (CPython's type_getattro): a data
// descriptor of the metatype, then the type's own MRO (calling __get__ with
// no instance), then a non-data attribute of the metatype.
func typeGetAttr(ts *Thread, o, name *Object) *Object {
	if !typeXAttrName(ts, name) {
		return nil
	}
	t := AsType(o)
	meta := o.typ
	metaAttr := LookupTypeTS(ts, meta, name)
	var metaGet DescrGetFunc
	if metaAttr != nil {
		Incref(metaAttr)
		metaGet = metaAttr.typ.DescrGet
		if metaGet != nil && metaAttr.typ.DescrSet != nil {
			r := metaGet(ts, metaAttr, o, meta.TypeObject())
			Decref(ts, metaAttr)
			return r
		}
	}
	if attr := LookupTypeTS(ts, t, name); attr != nil {
		Incref(attr)
		XDecref(ts, metaAttr)
		if get := attr.typ.DescrGet; get != nil {
			r := get(ts, attr, nil, o)
			Decref(ts, attr)
			return r
		}
		return attr
	}
	if metaGet != nil {
		r := metaGet(ts, metaAttr, o, meta.TypeObject())
		Decref(ts, metaAttr)
		return r
	}
	if metaAttr != nil {
		return metaAttr
	}
	ts.Raisef(AttributeError, "type object '%s' has no attribute '%s'", t.Name, StrValue(name))
	SetAttributeErrorContext(ts, o, name)
	return nil
}

// typeSetAttr is type.__setattr__: static types are immutable; a heap
// type's attributes live in its dict.
func typeSetAttr(ts *Thread, o, name, value *Object) int {
	if !typeXAttrName(ts, name) {
		return -1
	}
	t := AsType(o)
	if !t.IsHeapType() || t.Flags&FlagImmutable != 0 {
		r := Repr(ts, name)
		if r == nil {
			return -1
		}
		ts.Raisef(TypeError, "cannot set %s attribute of immutable type '%s'", StrValue(r), t.Name)
		Decref(ts, r)
		return -1
	}
	// Whatever the path (a metatype's data descriptor such as __doc__
	// may write the dict too), cached lookups through t end here.
	TypeModified(ts, t)
	if descr := LookupTypeTS(ts, o.typ, name); descr != nil {
		if set := descr.typ.DescrSet; set != nil {
			Incref(descr)
			r := set(ts, descr, o, value)
			Decref(ts, descr)
			return r
		}
	}
	if value == nil {
		if DelItem(ts, t.Dict, name) < 0 {
			if ts.ErrMatches(KeyError) {
				ts.ClearErr()
				ts.Raisef(AttributeError, "type object '%s' has no attribute '%s'", t.Name, StrValue(name))
			}
			return -1
		}
	} else if SetItem(ts, t.Dict, name, value) < 0 {
		return -1
	}
	// A dunder rewires the slots it feeds (update_slot).
	if n := StrValue(name); len(n) > 4 && n[:2] == "__" && n[len(n)-2:] == "__" {
		UpdateSlot(ts, t, n)
	}
	return 0
}

// GetMethod is CPython's _PyObject_GetMethod, for the VM's LOAD_METHOD: when
// o's type holds a built-in method descriptor (or slot wrapper) under name
// and the instance dict does not shadow it, it returns the descriptor
// (borrowed reference made new) with unbound true, so that the caller calls
// it with o prepended and no bound method is made. Otherwise it returns
// getattr(o, name) and false.
func GetMethod(ts *Thread, o, name *Object) (meth *Object, unbound bool) {
	tp := o.typ
	if funcPtr(tp.GetAttr) != funcPtr(GetAttrFunc(GenericGetAttr)) || AsStr(name) == nil {
		if tp == ProxyType {
			return proxyGetMethod(ts, o, name) // proxy.go
		}
		return GetAttr(ts, o, name), false
	}
	descr := LookupTypeTS(ts, tp, name)
	if descr == nil || (descr.typ != MethodDescrType && descr.typ != WrapperDescrType) {
		return GetAttr(ts, o, name), false
	}
	if tp.DictPtr != nil {
		if dp := tp.DictPtr(o); dp != nil && *dp != nil {
			// An instance attribute shadows a non-data descriptor.
			return GetAttr(ts, o, name), false
		}
	}
	return NewRef(descr), true
}
