package objects

// __reduce__ of bound methods, method-wrappers and the descriptors of
// built-in types (CPython's method___reduce__, wrapper_reduce and
// descr_reduce): each pickles as getattr(owner, name).

func init() {
	beforeReady = append(beforeReady, func() {
		add := func(t *Type, fn MethodFn) {
			t.Methods = append(t.Methods, MethodDef{Name: "__reduce__", Fn: fn})
		}
		add(MethodType, func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckNoArgs(ts, "__reduce__", args, kwnames) {
				return nil
			}
			m := (*methodObj)(unsafePointer(self))
			name := GetAttrString(ts, m.fn, "__name__")
			if name == nil {
				return nil
			}
			return getattrReduce(ts, m.self, name)
		})
		descr := func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckNoArgs(ts, "__reduce__", args, kwnames) {
				return nil
			}
			d := descrOf(self)
			name := NewStr(ts, d.name)
			if name == nil {
				return nil
			}
			return getattrReduce(ts, d.objclass.TypeObject(), name)
		}
		for _, t := range []*Type{MethodDescrType, ClassMethodDescrType, WrapperDescrType, GetSetDescrType, MemberDescrType} {
			add(t, descr)
		}
		add(MethodWrapperType, func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckNoArgs(ts, "__reduce__", args, kwnames) {
				return nil
			}
			w := (*methodWrapper)(unsafePointer(self))
			name := NewStr(ts, descrOf(w.descr).name)
			if name == nil {
				return nil
			}
			return getattrReduce(ts, w.self, name)
		})
	})
}

// getattrReduce returns (builtins.getattr, (obj, name)), stealing name.
func getattrReduce(ts *Thread, obj, name *Object) *Object {
	m := typeXImport(ts, "builtins")
	if m == nil {
		Decref(ts, name)
		return nil
	}
	ga := GetAttrString(ts, m, "getattr")
	Decref(ts, m)
	if ga == nil {
		Decref(ts, name)
		return nil
	}
	return NewTupleSteal(ts, ga, NewTupleSteal(ts, NewRef(obj), name))
}
