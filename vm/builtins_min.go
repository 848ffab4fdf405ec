package vm

// A minimal builtins module for vm's own tests, until vm/builtins (which
// installs itself through Config.SetupBuiltins) replaces it. Only what the
// tests need: print, len, range (the type), isinstance, repr, type and the
// built-in types and exceptions.

import (
	"strings"

	"minipy/vm/objects"
)

func minPrint(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	th := ts.Owner.(*Thread)
	npos := objects.NumPositional(args, kwnames)
	sep, end := " ", "\n"
	var file *Object
	if kwnames != nil {
		for i, k := range objects.TupleItems(kwnames) {
			v := args[npos+i]
			switch objects.StrValue(k) {
			case "sep":
				if v != objects.None {
					sep = objects.StrValue(v)
				}
			case "end":
				if v != objects.None {
					end = objects.StrValue(v)
				}
			case "file":
				if v != objects.None {
					file = v
				}
			case "flush":
			default:
				return ts.Raisef(objects.TypeError, "'%s' is an invalid keyword argument for print()", objects.StrValue(k))
			}
		}
	}
	var b strings.Builder
	for i, a := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
		}
		s := objects.StrOf(ts, a)
		if s == nil {
			return nil
		}
		b.WriteString(objects.StrValue(s))
		objects.Decref(ts, s)
	}
	b.WriteString(end)
	if file != nil {
		s := objects.NewStr(ts, b.String())
		r := objects.CallMethod(ts, file, "write", s)
		objects.Decref(ts, s)
		if r == nil {
			return nil
		}
		objects.Decref(ts, r)
		return objects.None
	}
	th.Interp.Stdout.Write([]byte(b.String()))
	return objects.None
}

var minBuiltinDefs = []*objects.MethodDef{
	{Name: "print", Fn: minPrint},
	{Name: "len", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "len", args, kwnames) {
			return nil
		}
		n := objects.Len(ts, args[0])
		if n < 0 {
			return nil
		}
		return objects.NewInt(ts, int64(n))
	}},
	{Name: "repr", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "repr", args, kwnames) {
			return nil
		}
		return objects.Repr(ts, args[0])
	}},
	{Name: "isinstance", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "isinstance", args, kwnames, 2, 2) {
			return nil
		}
		r := objects.IsInstance(ts, args[0], args[1])
		if r < 0 {
			return nil
		}
		return objects.Bool(r == 1)
	}},
	{Name: "iter", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "iter", args, kwnames) {
			return nil
		}
		return objects.GetIter(ts, args[0])
	}},
	{Name: "next", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "next", args, kwnames, 1, 2) {
			return nil
		}
		return objects.Next(ts, args[0], args[1:]...)
	}},
}

// builtinNames are the types minimal builtins expose by name.
var minBuiltinTypes = []*objects.Type{
	objects.IntType, objects.BoolType, objects.FloatType, objects.ComplexType, objects.StrType,
	objects.BytesType, objects.ByteArrayType, objects.ListType, objects.TupleType, objects.DictType,
	objects.SetType, objects.FrozenSetType, objects.RangeType, objects.SliceType, objects.ObjectType,
	objects.TypeType, objects.PropertyType, objects.StaticMethodType, objects.ClassMethodType,
	objects.MemoryViewType,
}

var minBuiltinFuncs []*Object

// vmBuiltinDefs are the builtins that need the eval loop; they are
// installed whatever fills the rest of the builtins.
var vmBuiltinDefs = []*objects.MethodDef{
	{Name: "__build_class__", Fn: buildClass, Doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement."},
}

var vmBuiltinFuncs []*Object

func init() {
	for _, d := range minBuiltinDefs {
		minBuiltinFuncs = append(minBuiltinFuncs, objects.NewStaticBuiltinFunction(d, "builtins"))
	}
	for _, d := range vmBuiltinDefs {
		vmBuiltinFuncs = append(vmBuiltinFuncs, objects.NewStaticBuiltinFunction(d, "builtins"))
	}
}

// SetupMinimalBuiltins fills builtins with the minimal set above (the
// default of Config.SetupBuiltins).
func SetupMinimalBuiltins(th *Thread, builtins *Object) error {
	ts := th.TS
	for i, d := range minBuiltinDefs {
		if objects.DictSetItemStr(ts, builtins, d.Name, minBuiltinFuncs[i]) < 0 {
			return th.goError()
		}
	}
	for _, t := range minBuiltinTypes {
		if objects.DictSetItemStr(ts, builtins, t.Name, t.TypeObject()) < 0 {
			return th.goError()
		}
	}
	for _, t := range append([]*objects.Type{objects.BaseException}, objects.BuiltinExceptions...) {
		if objects.DictSetItemStr(ts, builtins, t.Name, t.TypeObject()) < 0 {
			return th.goError()
		}
	}
	for k, v := range map[string]*Object{"None": objects.None, "True": objects.True, "False": objects.False,
		"Ellipsis": objects.Ellipsis, "NotImplemented": objects.NotImplemented} {
		objects.DictSetItemStr(ts, builtins, k, v)
	}
	return nil
}

// installVMBuiltins adds what only the VM can provide: __build_class__,
// super, and __name__.
func installVMBuiltins(th *Thread, builtins *Object) error {
	ts := th.TS
	for i, d := range vmBuiltinDefs {
		if objects.DictSetItemStr(ts, builtins, d.Name, vmBuiltinFuncs[i]) < 0 {
			return th.goError()
		}
	}
	if objects.DictSetItemStr(ts, builtins, "super", SuperType.TypeObject()) < 0 {
		return th.goError()
	}
	if objects.DictGetItemStr(ts, builtins, "__name__") == nil {
		n := objects.NewStr(ts, "builtins")
		objects.DictSetItemStr(ts, builtins, "__name__", n)
		objects.Decref(ts, n)
	}
	return nil
}
