package vm

import (
	"fmt"

	"minipy/runtime/alloc"
	"minipy/vm/objects"
)

// Function is a function object (def, lambda, comprehension, class body).
type Function struct {
	objects.GCObject
	code        *Object // owned *Code
	co          *Code   // the same, typed
	globals     *Object // owned dict
	builtins    *Object // owned dict
	name        *Object
	qualname    *Object
	module      *Object
	doc         *Object
	defaults    *Object // tuple or nil
	kwdefaults  *Object // dict or nil
	closure     *Object // tuple of cells or nil
	dict        *Object // __dict__ or nil
	annotations *Object // dict or nil
}

var functionClass = alloc.NewClass[Function]("function")

// FunctionType is the type of Python functions.
var FunctionType = &objects.Type{Name: "function", Flags: objects.FlagHaveGC | objects.FlagNoCallCheck}

func asFunction(o *Object) *Function {
	if o.Type() == FunctionType {
		return (*Function)(ptr(o))
	}
	return nil
}

// NewFunction makes a function of a code object with its globals (both
// borrowed). qualname is the code's.
func NewFunction(ts *objects.Thread, code, globals *Object) *Object {
	co := asCode(code)
	f := objects.NewObject(ts, functionClass, FunctionType)
	f.code = objects.NewRef(code)
	f.co = co
	f.globals = objects.NewRef(globals)
	f.name = objects.NewRef(co.name)
	f.qualname = objects.NewRef(co.qualname)
	f.doc = objects.None
	if len(co.consts) > 0 && objects.AsStr(co.consts[0]) != nil && co.C.Flags&0x4000000 != 0 {
		f.doc = objects.NewRef(co.consts[0])
	}
	if b := objects.DictGetItemStr(ts, globals, "__builtins__"); b != nil {
		if m := asModule(b); m != nil {
			b = m.dict
		}
		if objects.AsDict(b) != nil {
			f.builtins = objects.NewRef(b)
		}
	}
	if f.builtins == nil {
		if th, ok := ts.Owner.(*Thread); ok {
			f.builtins = objects.NewRef(th.Interp.Builtins)
		}
	}
	if m := objects.DictGetItemStr(ts, globals, "__name__"); m != nil {
		f.module = objects.NewRef(m)
	} else {
		f.module = objects.None
	}
	objects.GCTrack(ts, &f.Object)
	return &f.Object
}

func functionDealloc(ts *objects.Thread, o *Object) {
	objects.GCUntrack(ts, o)
	f := (*Function)(ptr(o))
	functionClear(ts, o)
	objects.Clear(ts, &f.code)
	objects.FreeObject(ts, functionClass, f)
}

func functionClear(ts *objects.Thread, o *Object) {
	f := (*Function)(ptr(o))
	objects.Clear(ts, &f.globals)
	objects.Clear(ts, &f.builtins)
	objects.Clear(ts, &f.name)
	objects.Clear(ts, &f.qualname)
	objects.Clear(ts, &f.module)
	objects.Clear(ts, &f.doc)
	objects.Clear(ts, &f.defaults)
	objects.Clear(ts, &f.kwdefaults)
	objects.Clear(ts, &f.closure)
	objects.Clear(ts, &f.dict)
	objects.Clear(ts, &f.annotations)
}

func functionTraverse(o *Object, v objects.Visitor) {
	f := (*Function)(ptr(o))
	for _, x := range [...]*Object{f.globals, f.builtins, f.module, f.doc, f.defaults, f.kwdefaults, f.closure, f.dict, f.annotations, f.name, f.qualname} {
		if x != nil {
			v.Visit(x)
		}
	}
}

// Cell is a cell object: a variable shared between a function and the
// functions nested in it.
type Cell struct {
	objects.GCObject
	ref *Object // owned, nil when empty
}

var cellClass = alloc.NewClass[Cell]("cell")

// CellType is the type of cells.
var CellType = &objects.Type{Name: "cell", Flags: objects.FlagHaveGC}

// NewCell makes a cell holding v (borrowed; may be nil).
func NewCell(ts *objects.Thread, v *Object) *Object {
	c := objects.NewObject(ts, cellClass, CellType)
	c.ref = objects.XNewRef(v)
	objects.GCTrack(ts, &c.Object)
	return &c.Object
}

func asCell(o *Object) *Cell { return (*Cell)(ptr(o)) }

func init() {
	c := CellType
	c.Dealloc = func(ts *objects.Thread, o *Object) {
		objects.GCUntrack(ts, o)
		cl := asCell(o)
		objects.Clear(ts, &cl.ref)
		objects.FreeObject(ts, cellClass, cl)
	}
	c.Traverse = func(o *Object, v objects.Visitor) {
		if r := asCell(o).ref; r != nil {
			v.Visit(r)
		}
	}
	c.Clear = func(ts *objects.Thread, o *Object) { objects.Clear(ts, &asCell(o).ref) }
	c.GetAttr = objects.GenericGetAttr
	c.Repr = func(ts *objects.Thread, o *Object) *Object {
		cl := asCell(o)
		if cl.ref == nil {
			return objects.NewStr(ts, fmt.Sprintf("<cell at %#x: empty>", o.ID()))
		}
		return objects.NewStr(ts, fmt.Sprintf("<cell at %#x: %s object at %#x>", o.ID(), cl.ref.Type().Name, cl.ref.ID()))
	}
	c.GetSets = []objects.GetSetDef{{Name: "cell_contents",
		Get: func(ts *objects.Thread, o *Object) *Object {
			if r := asCell(o).ref; r != nil {
				return objects.NewRef(r)
			}
			return ts.Raise(objects.ValueError, "Cell is empty")
		},
		Set: func(ts *objects.Thread, o, v *Object) int {
			cl := asCell(o)
			old := cl.ref
			cl.ref = objects.XNewRef(v)
			objects.XDecref(ts, old)
			return 0
		}}}

	f := FunctionType
	f.Dealloc = functionDealloc
	f.Traverse = functionTraverse
	f.Clear = functionClear
	f.Call = functionCall
	f.GetAttr = objects.GenericGetAttr
	f.SetAttr = objects.GenericSetAttr
	f.DictPtr = func(o *Object) **Object { return &(*Function)(ptr(o)).dict }
	f.DescrGet = func(ts *objects.Thread, descr, obj, typ *Object) *Object {
		if obj == nil || obj == objects.None {
			return objects.NewRef(descr)
		}
		return objects.NewMethod(ts, descr, obj)
	}
	f.Repr = func(ts *objects.Thread, o *Object) *Object {
		fn := (*Function)(ptr(o))
		return objects.NewStr(ts, fmt.Sprintf("<function %s at %#x>", objects.StrValue(fn.qualname), o.ID()))
	}
	f.Hash = func(ts *objects.Thread, o *Object) int64 { return objects.HashPointer(o) }
	field := func(get func(f *Function) **Object, kind string, nilable bool) objects.GetSetDef {
		return objects.GetSetDef{
			Get: func(ts *objects.Thread, o *Object) *Object {
				p := get((*Function)(ptr(o)))
				if *p == nil {
					if kind == "lazy" {
						*p = objects.NewDict(ts)
						if *p == nil {
							return nil
						}
						return objects.NewRef(*p)
					}
					return objects.None
				}
				return objects.NewRef(*p)
			},
			Set: func(ts *objects.Thread, o, v *Object) int {
				p := get((*Function)(ptr(o)))
				if v == nil || v == objects.None {
					if !nilable {
						ts.Raisef(objects.TypeError, "__%s__ must be set to a %s object", kind, kind)
						return -1
					}
					objects.Clear(ts, p)
					return 0
				}
				switch kind {
				case "str":
					if objects.AsStr(v) == nil {
						ts.Raise(objects.TypeError, "__name__ must be set to a string object")
						return -1
					}
				case "tuple":
					if objects.AsTuple(v) == nil {
						ts.Raise(objects.TypeError, "__defaults__ must be set to a tuple object")
						return -1
					}
				case "dict", "lazy":
					if objects.AsDict(v) == nil {
						ts.Raise(objects.TypeError, "__kwdefaults__ must be set to a dict object")
						return -1
					}
				}
				old := *p
				*p = objects.NewRef(v)
				objects.XDecref(ts, old)
				return 0
			},
		}
	}
	gs := func(name string, g objects.GetSetDef) objects.GetSetDef { g.Name = name; return g }
	ro := func(name string, get func(f *Function) *Object) objects.GetSetDef {
		return objects.GetSetDef{Name: name, Get: func(ts *objects.Thread, o *Object) *Object {
			r := get((*Function)(ptr(o)))
			if r == nil {
				return objects.None
			}
			return objects.NewRef(r)
		}}
	}
	f.GetSets = []objects.GetSetDef{
		gs("__name__", field(func(f *Function) **Object { return &f.name }, "str", false)),
		gs("__qualname__", field(func(f *Function) **Object { return &f.qualname }, "str", false)),
		gs("__module__", field(func(f *Function) **Object { return &f.module }, "any", true)),
		gs("__doc__", field(func(f *Function) **Object { return &f.doc }, "any", true)),
		gs("__defaults__", field(func(f *Function) **Object { return &f.defaults }, "tuple", true)),
		gs("__kwdefaults__", field(func(f *Function) **Object { return &f.kwdefaults }, "dict", true)),
		gs("__annotations__", field(func(f *Function) **Object { return &f.annotations }, "lazy", true)),
		gs("__dict__", field(func(f *Function) **Object { return &f.dict }, "lazy", false)),
		ro("__globals__", func(f *Function) *Object { return f.globals }),
		ro("__closure__", func(f *Function) *Object { return f.closure }),
		ro("__code__", func(f *Function) *Object { return f.code }),
		ro("__builtins__", func(f *Function) *Object { return f.builtins }),
	}
	objects.RegisterStaticType(c, f)
}
