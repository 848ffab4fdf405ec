package vm

import (
	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// Module is a module object: a name and a namespace dict.
type Module struct {
	objects.GCObject
	dict *Object // owned
	// origin is what the repr says of a module without __file__: made in
	// Go (Interp.NativeMaker) or run from embedded source (ExecFrozen), as
	// CPython's BuiltinImporter and FrozenImporter modules show.
	origin moduleOrigin
}

type moduleOrigin uint8

const (
	originNone moduleOrigin = iota
	originBuiltin
	originFrozen
)

var moduleClass = alloc.NewClass[Module]("module")

// ModuleType is the type of modules.
var ModuleType = &objects.Type{Name: "module", Flags: objects.FlagHaveGC | objects.FlagBaseType}

func asModule(o *Object) *Module {
	if o.Type() == ModuleType {
		return (*Module)(ptr(o))
	}
	return nil
}

// NewModule makes a module named name; dict (borrowed) is its namespace,
// or nil for a fresh one with __name__, __doc__, __package__, __loader__
// and __spec__ set to None.
func NewModule(ts *objects.Thread, name string, dict *Object) *Object {
	return newModuleOf(ts, ModuleType, name, dict)
}

// newModuleOf makes a module of type tp (module or a subclass).
func newModuleOf(ts *objects.Thread, tp *objects.Type, name string, dict *Object) *Object {
	m := objects.NewObject(ts, moduleClass, tp)
	if dict == nil {
		dict = objects.NewDict(ts)
		if dict == nil {
			objects.FreeObject(ts, moduleClass, m)
			return nil
		}
	} else {
		objects.Incref(dict)
	}
	m.dict = dict
	o := &m.Object
	objects.GCTrack(ts, o)
	if objects.DictGetItemStr(ts, dict, "__name__") == nil {
		n := objects.NewStr(ts, name)
		if n == nil {
			objects.Decref(ts, o)
			return nil
		}
		objects.DictSetItemStr(ts, dict, "__name__", n)
		objects.Decref(ts, n)
		for _, k := range []string{"__doc__", "__package__", "__loader__", "__spec__"} {
			objects.DictSetItemStr(ts, dict, k, objects.None)
		}
	}
	return o
}

// ModuleDict returns a module's namespace (borrowed), or nil when m is not
// a module.
func ModuleDict(m *Object) *Object {
	if mm := asModule(m); mm != nil {
		return mm.dict
	}
	return nil
}

func init() {
	t := ModuleType
	objects.SetLayout(t, moduleClass, false).SupportsWeakrefs()
	t.Dealloc = func(ts *objects.Thread, o *Object) {
		objects.GCUntrack(ts, o)
		m := (*Module)(ptr(o))
		objects.Clear(ts, &m.dict)
		objects.FreeObject(ts, moduleClass, m)
	}
	t.Traverse = func(o *Object, v objects.Visitor) {
		if d := (*Module)(ptr(o)).dict; d != nil {
			v.Visit(d)
		}
	}
	t.Clear = func(ts *objects.Thread, o *Object) { objects.Clear(ts, &(*Module)(ptr(o)).dict) }
	t.DictPtr = func(o *Object) **Object { return &(*Module)(ptr(o)).dict }
	t.SetAttr = objects.GenericSetAttr
	t.GetAttr = func(ts *objects.Thread, o, name *Object) *Object {
		r := objects.GenericGetAttr(ts, o, name)
		if coverageOn && r != nil {
			coverAttr(ts, o, name)
		}
		if r != nil || !ts.ErrMatches(objects.AttributeError) {
			return r
		}
		m := (*Module)(ptr(o))
		if m.dict == nil {
			return nil
		}
		if g := objects.DictGetItemStr(ts, m.dict, "__getattr__"); g != nil {
			ts.ClearErr()
			return objects.CallOneArg(ts, g, name)
		}
		ts.ClearErr()
		if n := objects.DictGetItemStr(ts, m.dict, "__name__"); n != nil && objects.AsStr(n) != nil {
			ts.Raisef(objects.AttributeError, "module '%s' has no attribute '%s'", objects.StrValue(n), objects.StrValue(name))
		} else {
			ts.Raisef(objects.AttributeError, "module has no attribute '%s'", objects.StrValue(name))
		}
		objects.SetAttributeErrorContext(ts, o, name) // for the "Did you mean" suggestion
		return nil
	}
	t.Repr = func(ts *objects.Thread, o *Object) *Object {
		m := (*Module)(ptr(o))
		name := "?"
		if n := objects.DictGetItemStr(ts, m.dict, "__name__"); n != nil && objects.AsStr(n) != nil {
			name = objects.StrValue(n)
		}
		if f := objects.DictGetItemStr(ts, m.dict, "__file__"); f != nil && objects.AsStr(f) != nil {
			return objects.NewStr(ts, "<module '"+name+"' from '"+objects.StrValue(f)+"'>")
		}
		if name == "builtins" || name == "sys" || m.origin == originBuiltin {
			return objects.NewStr(ts, "<module '"+name+"' (built-in)>")
		}
		if m.origin == originFrozen {
			return objects.NewStr(ts, "<module '"+name+"' (frozen)>")
		}
		return objects.NewStr(ts, "<module '"+name+"'>")
	}
	t.New = func(ts *objects.Thread, tp *objects.Type, args []*Object, kwnames *Object) *Object {
		var name, doc *Object
		if !objects.ParseArgs(ts, "module", args, kwnames, []string{"name", "doc"}, 1, &name, &doc) {
			return nil
		}
		if objects.AsStr(name) == nil {
			return ts.Raisef(objects.TypeError, "module.__init__() argument 'name' must be str, not %s", name.Type().Name)
		}
		m := newModuleOf(ts, tp, objects.StrValue(name), nil)
		if m != nil && doc != nil {
			objects.DictSetItemStr(ts, ModuleDict(m), "__doc__", doc)
		}
		return m
	}
	t.GetSets = []objects.GetSetDef{{Name: "__dict__", Get: func(ts *objects.Thread, o *Object) *Object {
		return objects.NewRef((*Module)(ptr(o)).dict)
	}}}
	t.Methods = []objects.MethodDef{{Name: "__dir__", Fn: moduleDir, Doc: "__dir__() -> list\nspecialized dir() implementation"}}
	objects.RegisterStaticType(t)
}

// moduleDir is module.__dir__: the names of the module's dict, or what a
// __dir__ function defined in the module returns (PEP 562).
func moduleDir(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "__dir__", args, kwnames) {
		return nil
	}
	d := (*Module)(ptr(self)).dict
	if d == nil || objects.AsDict(d) == nil {
		return ts.Raise(objects.TypeError, "<module>.__dict__ is not a dictionary")
	}
	if f := objects.DictGetItemStr(ts, d, "__dir__"); f != nil {
		return objects.CallNoArgs(ts, f)
	}
	return objects.SequenceList(ts, d)
}
