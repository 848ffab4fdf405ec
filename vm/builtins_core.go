package vm

// The builtins the VM itself provides. vm/builtins (through
// Config.SetupBuiltins) fills the builtins module; whatever fills it, the
// VM adds __build_class__, super and __name__ (installVMBuiltins). When an
// embedder gives no SetupBuiltins, SetupCoreBuiltins installs only what
// needs no Go function: the built-in types, the exceptions and the
// constants (the print, len, ... of vm's own tests come from vm/builtins,
// which those tests, in package vm_test, install).

import (
	"minipy/vm/objects"
)

// coreBuiltinTypes are the types the core builtins expose by name.
var coreBuiltinTypes = []*objects.Type{
	objects.IntType, objects.BoolType, objects.FloatType, objects.ComplexType, objects.StrType,
	objects.BytesType, objects.ByteArrayType, objects.ListType, objects.TupleType, objects.DictType,
	objects.SetType, objects.FrozenSetType, objects.RangeType, objects.SliceType, objects.ObjectType,
	objects.TypeType, objects.PropertyType, objects.StaticMethodType, objects.ClassMethodType,
	objects.MemoryViewType,
}

// vmBuiltinDefs are the builtins that need the eval loop; they are
// installed whatever fills the rest of the builtins.
var vmBuiltinDefs = []*objects.MethodDef{
	{Name: "__build_class__", Fn: buildClass, Doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement."},
}

// vmBuiltinFuncs are their static function objects, vmBuiltinKeys the
// static strs of their names and of "super", the keys installVMBuiltins
// stores them under (static, so that every interpreter's builtins dict
// holds static immortals only: snapshotBuiltins shares its snapshot).
var vmBuiltinFuncs, vmBuiltinKeys []*Object

func init() {
	for _, d := range vmBuiltinDefs {
		vmBuiltinFuncs = append(vmBuiltinFuncs, objects.NewStaticBuiltinFunction(d, "builtins"))
		vmBuiltinKeys = append(vmBuiltinKeys, objects.StaticStr(d.Name))
	}
	vmBuiltinKeys = append(vmBuiltinKeys, objects.StaticStr("super"))
}

// SetupCoreBuiltins fills builtins with the types, exceptions and
// constants (the default of Config.SetupBuiltins).
func SetupCoreBuiltins(th *Thread, builtins *Object) error {
	ts := th.TS
	for _, t := range coreBuiltinTypes {
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
	for i := range vmBuiltinDefs {
		if objects.DictSetItem(ts, builtins, vmBuiltinKeys[i], vmBuiltinFuncs[i]) < 0 {
			return th.goError()
		}
	}
	if objects.DictSetItem(ts, builtins, vmBuiltinKeys[len(vmBuiltinDefs)], SuperType.TypeObject()) < 0 {
		return th.goError()
	}
	if objects.DictGetItemStr(ts, builtins, "__name__") == nil {
		n := objects.NewStr(ts, "builtins")
		objects.DictSetItemStr(ts, builtins, "__name__", n)
		objects.Decref(ts, n)
	}
	return nil
}
