package stdlib

import (
	"unsafe"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

// Object is the VM's object header.
type Object = objects.Object

func ptr(o *Object) unsafe.Pointer { return unsafe.Pointer(o) }

// registerDefs and makeModule are vm/builtins' (one table of static
// function objects for every native module).
func registerDefs(module string, defs []*objects.MethodDef) { builtins.RegisterDefs(module, defs) }

func makeModule(th *vm.Thread, name, doc string, defs []*objects.MethodDef, values map[string]*Object) *Object {
	return builtins.MakeModule(th, name, doc, defs, values)
}

// Register adds this package's module makers to t; the importer calls a
// maker the first time a program imports its module.
func Register(t vm.NativeTable) {
	t["_operator"] = newUnderOperatorModule
	t["operator"] = newOperatorModule
	t["itertools"] = newItertoolsModule
	t["_functools"] = newUnderFunctoolsModule
	t["_collections"] = newUnderCollectionsModule
	t["_heapq"] = newUnderHeapqModule
	t["_types"] = newUnderTypesModule
	t["_random"] = newUnderRandomModule
	t["struct"] = newStructModule
	t["_struct"] = newStructModule
	t["_bisect"] = newUnderBisectModule
	t["_re"] = newUnderReModule
	t["binascii"] = newBinasciiModule
	t["_hashlib"] = newUnderHashlibModule
	t["_blake2"] = newUnderBlake2Module
	t["unicodedata"] = newUnicodedataModule
	t["cmath"] = newCmathModule
	t["_collections_abc"] = func(th *vm.Thread) *Object { return aliasModule(th, "collections.abc") }
	for name, fm := range frozenModules {
		fm := fm
		t[name] = func(th *vm.Thread) *Object { return fm.make(th) }
	}
	t["_subprocess"] = newUnderSubprocessModule
	t["zlib"] = newZlibModule
	t["_signal"] = newUnderSignalModule
	t["_decimal_core"] = newUnderDecimalCoreModule
	registerPackages(t)
}

// frozenModule is a module written in Python, run at first import.
type frozenModule struct {
	name, doc, src string
}

func (fm frozenModule) make(th *vm.Thread) *Object {
	m := makeModule(th, fm.name, fm.doc, nil, nil)
	if m == nil {
		return nil
	}
	if !th.ExecFrozen(m, fm.src, "<frozen "+fm.name+">") {
		objects.Decref(th.TS, m)
		return nil
	}
	return m
}

// frozenModules lists the Python-source modules by import name; each
// source file adds its entry at init.
var frozenModules = map[string]frozenModule{}

func addFrozen(name, doc, src string) {
	frozenModules[name] = frozenModule{name, doc, src}
}

// ---- a generic native object layout ----

// gobj is the one struct of every native type of this package: a few
// owned references, a variable-length run of owned references, integer
// state and a flag. Each type gets its own allocation class of this
// struct, and shared Dealloc/Traverse/Clear functions, so a new iterator
// type is just its constructor and its next function.
type gobj struct {
	objects.GCObject
	a, b, c, d *Object
	s          []*Object // owned, charged to the heap
	ix         []int     // charged to the heap
	i, j, k, m int64
	flag       bool
	dict       *Object // __dict__ of the types that have one (withDict)
}

func asG(o *Object) *gobj { return (*gobj)(ptr(o)) }

const wordSize = 8

// gtype describes one native type of this package.
type gtype struct {
	t *objects.Type
	c *alloc.Class[gobj]
}

// newGType makes a GC-tracked static type whose instances are gobj
// blocks, with the shared memory-management slots.
func newGType(name, module string, base bool) *gtype {
	flags := objects.FlagHaveGC
	if base {
		flags |= objects.FlagBaseType
	}
	g := &gtype{t: &objects.Type{Name: name, Module: module, Flags: flags},
		c: alloc.NewClass[gobj](module + "." + name)}
	objects.SetLayout(g.t, g.c, false)
	t := g.t
	t.Dealloc = func(ts *objects.Thread, o *Object) {
		x := asG(o)
		objects.GCUntrack(ts, o)
		gclear(ts, x)
		ts.Heap().Uncharge((cap(x.s) + cap(x.ix)) * wordSize)
		x.s, x.ix = nil, nil
		objects.FreeObject(ts, g.c, x)
	}
	t.Traverse = func(o *Object, v objects.Visitor) {
		x := asG(o)
		for _, p := range [...]*Object{x.a, x.b, x.c, x.d, x.dict} {
			if p != nil {
				v.Visit(p)
			}
		}
		for _, p := range x.s {
			if p != nil {
				v.Visit(p)
			}
		}
	}
	t.Clear = func(ts *objects.Thread, o *Object) { gclear(ts, asG(o)) }
	objects.RegisterStaticType(t)
	return g
}

func gclear(ts *objects.Thread, x *gobj) {
	objects.Clear(ts, &x.a)
	objects.Clear(ts, &x.b)
	objects.Clear(ts, &x.c)
	objects.Clear(ts, &x.d)
	objects.Clear(ts, &x.dict)
	for i := range x.s {
		objects.Clear(ts, &x.s[i])
	}
}

// alloc makes an instance of type t (g's type or a subclass of it); the
// caller fills it and calls track.
func (g *gtype) alloc(ts *objects.Thread, t *objects.Type) *gobj {
	return objects.NewObject(ts, g.c, t)
}

// setS gives x an owned slice of n references (charged).
func setS(ts *objects.Thread, x *gobj, s []*Object) {
	ts.Heap().Charge(cap(s) * wordSize)
	x.s = s
}

func setIx(ts *objects.Thread, x *gobj, ix []int) {
	ts.Heap().Charge(cap(ix) * wordSize)
	x.ix = ix
}

func track(ts *objects.Thread, x *gobj) *Object {
	objects.GCTrack(ts, &x.Object)
	return &x.Object
}

func selfIter(ts *objects.Thread, o *Object) *Object { return objects.NewRef(o) }

// kwCount is the number of keyword arguments of a vectorcall.
func kwCount(kwnames *Object) int {
	if kwnames == nil {
		return 0
	}
	return len(objects.TupleItems(kwnames))
}

func decrefAll(ts *objects.Thread, s []*Object) {
	for _, o := range s {
		objects.XDecref(ts, o)
	}
}

func reprStr(ts *objects.Thread, o *Object) (string, bool) {
	r := objects.Repr(ts, o)
	if r == nil {
		return "", false
	}
	s := objects.StrValue(r)
	objects.Decref(ts, r)
	return s, true
}

// withDict gives g's instances a __dict__ (made on first use).
func (g *gtype) withDict() {
	t := g.t
	t.DictPtr = func(o *Object) **Object { return &asG(o).dict }
	t.GetAttr = objects.GenericGetAttr
	t.SetAttr = objects.GenericSetAttr
	t.GetSets = append(t.GetSets, objects.GetSetDef{Name: "__dict__", Get: func(ts *objects.Thread, o *Object) *Object {
		x := asG(o)
		if x.dict == nil {
			if x.dict = objects.NewDict(ts); x.dict == nil {
				return nil
			}
		}
		return objects.NewRef(x.dict)
	}, Set: func(ts *objects.Thread, o, v *Object) int {
		if v == nil {
			ts.Raise(objects.TypeError, "cannot delete __dict__")
			return -1
		}
		if objects.AsDict(v) == nil {
			ts.Raisef(objects.TypeError, "__dict__ must be set to a dictionary, not a '%s'", objects.TypeName(v))
			return -1
		}
		x := asG(o)
		old := x.dict
		x.dict = objects.NewRef(v)
		objects.XDecref(ts, old)
		return 0
	}})
}

// aliasModule makes (or finds in sys.modules) the frozen module name, for
// a second import name of the same module object (_collections_abc is
// collections.abc). The frozen module is made directly: importing it by
// name would import its parent package first.
func aliasModule(th *vm.Thread, name string) *Object {
	ts := th.TS
	if mods := th.Interp.Modules; mods != nil {
		if m := objects.DictGetItemStr(ts, mods, name); m != nil {
			return objects.NewRef(m)
		}
	}
	m := frozenModules[name].make(th)
	if m == nil {
		return nil
	}
	if mods := th.Interp.Modules; mods != nil && objects.DictSetItemStr(ts, mods, name, m) < 0 {
		objects.Decref(ts, m)
		return nil
	}
	return m
}
