package objects

// builtin_function_or_method.__reduce__ (CPython's meth_reduce): a
// module-level builtin pickles as its name, looked up in its __module__;
// a bound builtin method as getattr(self, name).

func init() {
	beforeReady = append(beforeReady, func() {
		BuiltinFuncType.Methods = append(BuiltinFuncType.Methods, MethodDef{
			Name: "__reduce__", Fn: builtinFuncReduce,
		})
	})
}

func builtinFuncReduce(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckNoArgs(ts, "__reduce__", args, kwnames) {
		return nil
	}
	f := (*BuiltinFunc)(unsafePointer(self))
	if builtinIsFunction(f) {
		return NewStr(ts, f.def.Name)
	}
	m := typeXImport(ts, "builtins")
	if m == nil {
		return nil
	}
	ga := GetAttrString(ts, m, "getattr")
	Decref(ts, m)
	if ga == nil {
		return nil
	}
	name := NewStr(ts, f.def.Name)
	if name == nil {
		Decref(ts, ga)
		return nil
	}
	return NewTupleSteal(ts, ga, NewTupleSteal(ts, NewRef(f.self), name))
}
