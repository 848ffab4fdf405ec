package builtins

import (
	"sort"

	"minipy/vm"
	"minipy/vm/objects"
)

// staticFuncs caches one immortal function object per MethodDef (made at
// first use under a sync-free init: every table is registered in init).
var staticFuncs = map[*objects.MethodDef]*Object{}

// RegisterDefs makes the static function objects of a native module's
// MethodDefs (at init: the map is never written afterwards). vm/stdlib's
// modules register theirs here too.
func RegisterDefs(module string, defs []*objects.MethodDef) { registerDefs(module, defs) }

// StaticFunc is the static function object of a registered MethodDef.
func StaticFunc(d *objects.MethodDef) *Object { return staticFuncs[d] }

// MakeModule is makeModule for the native modules of other packages.
func MakeModule(th *vm.Thread, name, doc string, defs []*objects.MethodDef, values map[string]*Object) *Object {
	return makeModule(th, name, doc, defs, values)
}

func registerDefs(module string, defs []*objects.MethodDef) {
	for _, d := range defs {
		staticFuncs[d] = objects.NewStaticBuiltinFunction(d, module)
	}
}

func init() { registerDefs("io", ioDefs) }

// makeModule makes a module object with the given functions and values;
// values are new references, stolen (nil entries mean an error happened).
func makeModule(th *vm.Thread, name, doc string, defs []*objects.MethodDef, values map[string]*Object) *Object {
	ts := th.TS
	m := vm.NewModule(ts, name, nil)
	if m == nil {
		for _, v := range values {
			objects.XDecref(ts, v)
		}
		return nil
	}
	d := vm.ModuleDict(m)
	ok := true
	if doc != "" {
		s := objects.NewStr(ts, doc)
		ok = s != nil && objects.DictSetItemStr(ts, d, "__doc__", s) >= 0
		objects.XDecref(ts, s)
	}
	for _, def := range defs {
		f := staticFuncs[def]
		if ok && objects.DictSetItemStr(ts, d, def.Name, f) < 0 {
			ok = false
		}
	}
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := values[k]
		if v == nil {
			ok = false
			continue
		}
		if ok && objects.DictSetItemStr(ts, d, k, v) < 0 {
			ok = false
		}
		objects.Decref(ts, v)
	}
	if !ok {
		if !ts.Occurred() {
			ts.Raise(objects.MemoryError, "")
		}
		objects.Decref(ts, m)
		return nil
	}
	return m
}
