package objects

// Pickling support of exceptions: __reduce__ and __setstate__ (CPython's
// BaseException_reduce, OSError_reduce, ImportError_reduce).

// excReduceTuple builds (type(self), args[, state]); args and state are
// stolen (state may be nil).
func excReduceTuple(ts *Thread, self, args, state *Object) *Object {
	if args == nil {
		XDecref(ts, state)
		return nil
	}
	if state == nil {
		return NewTupleSteal(ts, NewRef(self.typ.TypeObject()), args)
	}
	return NewTupleSteal(ts, NewRef(self.typ.TypeObject()), args, state)
}

func excBaseReduce(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "BaseException.__reduce__", args, kwnames) {
		return nil
	}
	e := excOf(self)
	return excReduceTuple(ts, self, NewRef(e.args), XNewRef(e.dict))
}

func excSetState(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckOneArg(ts, "BaseException.__setstate__", args, kwnames) {
		return nil
	}
	state := args[0]
	if state == None {
		return None
	}
	if AsDict(state) == nil {
		return ts.Raise(TypeError, "state is not a dictionary")
	}
	for pos := 0; ; {
		k, v, ok := DictNext(state, &pos)
		if !ok {
			return None
		}
		Incref(k)
		Incref(v)
		r := SetAttr(ts, self, k, v)
		Decref(ts, k)
		Decref(ts, v)
		if r < 0 {
			return nil
		}
	}
}

func excOSReduce(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "OSError.__reduce__", args, kwnames) {
		return nil
	}
	e := (*excOS)(unsafePointer(self))
	a := e.args
	if items := TupleItems(a); len(items) == 2 && e.filename != nil {
		if e.filename2 != nil {
			a = NewTuple(ts, items[0], items[1], e.filename, None, e.filename2)
		} else {
			a = NewTuple(ts, items[0], items[1], e.filename)
		}
	} else {
		Incref(a)
	}
	return excReduceTuple(ts, self, a, XNewRef(e.dict))
}

func excImportReduce(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "ImportError.__reduce__", args, kwnames) {
		return nil
	}
	e := (*excImport)(unsafePointer(self))
	var state *Object
	if e.dict != nil && DictLen(e.dict) > 0 || e.name != nil && e.name != None || e.path != nil && e.path != None {
		state = NewDict(ts)
		if e.dict != nil {
			for pos := 0; ; {
				k, v, ok := DictNext(e.dict, &pos)
				if !ok {
					break
				}
				if DictSetItem(ts, state, k, v) < 0 {
					Decref(ts, state)
					return nil
				}
			}
		}
		for _, f := range []struct {
			name string
			v    *Object
		}{{"name", e.name}, {"path", e.path}} {
			if f.v != nil && f.v != None && DictSetItemStr(ts, state, f.name, f.v) < 0 {
				Decref(ts, state)
				return nil
			}
		}
	}
	return excReduceTuple(ts, self, NewRef(e.args), state)
}

// excInitReduce adds the methods (called from exceptions.go's init, after
// the method tables are made).
func excInitReduce() {
	BaseException.Methods = append(BaseException.Methods,
		MethodDef{Name: "__reduce__", Fn: excBaseReduce},
		MethodDef{Name: "__setstate__", Fn: excSetState})
	OSError.Methods = append(OSError.Methods, MethodDef{Name: "__reduce__", Fn: excOSReduce})
	ImportError.Methods = append(ImportError.Methods, MethodDef{Name: "__reduce__", Fn: excImportReduce})
}
