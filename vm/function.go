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
	// The docstring is the first constant when it is a str (the compiler
	// puts None there otherwise), as CPython 3.11's PyFunction_New.
	if len(co.consts) > 0 && objects.AsStr(co.consts[0]) != nil {
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
	// field is a settable attribute: kind is the type a new value must
	// have ("any", "str", "tuple", "dict"), lazy makes an empty dict on
	// first read, nilable lets None or del clear it. The messages are
	// func_set_* of CPython's funcobject.c.
	field := func(name string, get func(f *Function) **Object, kind string, lazy, nilable bool) objects.GetSetDef {
		return objects.GetSetDef{
			Name: name,
			Get: func(ts *objects.Thread, o *Object) *Object {
				p := get((*Function)(ptr(o)))
				if *p == nil {
					if lazy {
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
				if name == "__dict__" {
					if v == nil {
						ts.Raise(objects.TypeError, "cannot delete __dict__")
						return -1
					}
					if objects.AsDict(v) == nil {
						ts.Raisef(objects.TypeError, "__dict__ must be set to a dictionary, not a '%s'", objects.TypeName(v))
						return -1
					}
				} else if v == nil || v == objects.None {
					if !nilable {
						ts.Raisef(objects.TypeError, "%s must be set to a string object", name)
						return -1
					}
					objects.Clear(ts, p)
					return 0
				}
				bad := false
				switch kind {
				case "str":
					bad = objects.AsStr(v) == nil
				case "tuple":
					bad = objects.AsTuple(v) == nil
				case "dict":
					bad = objects.AsDict(v) == nil
				}
				if bad {
					article := "a"
					if kind == "str" {
						kind = "string"
					}
					ts.Raisef(objects.TypeError, "%s must be set to %s %s object", name, article, kind)
					return -1
				}
				old := *p
				*p = objects.NewRef(v)
				objects.XDecref(ts, old)
				return 0
			},
		}
	}
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
		field("__name__", func(f *Function) **Object { return &f.name }, "str", false, false),
		field("__qualname__", func(f *Function) **Object { return &f.qualname }, "str", false, false),
		field("__module__", func(f *Function) **Object { return &f.module }, "any", false, true),
		field("__doc__", func(f *Function) **Object { return &f.doc }, "any", false, true),
		field("__defaults__", func(f *Function) **Object { return &f.defaults }, "tuple", false, true),
		field("__kwdefaults__", func(f *Function) **Object { return &f.kwdefaults }, "dict", false, true),
		field("__annotations__", func(f *Function) **Object { return &f.annotations }, "dict", true, true),
		field("__dict__", func(f *Function) **Object { return &f.dict }, "dict", true, false),
		ro("__globals__", func(f *Function) *Object { return f.globals }),
		ro("__closure__", func(f *Function) *Object { return f.closure }),
		{Name: "__code__", Get: func(ts *objects.Thread, o *Object) *Object {
			return objects.NewRef((*Function)(ptr(o)).code)
		}, Set: functionSetCode},
		ro("__builtins__", func(f *Function) *Object { return f.builtins }),
	}
	objects.RegisterStaticType(c, f)
}

// functionSetCode is func.__code__ = code: the new code must have as many
// free variables as the function has cells (func_set_code).
func functionSetCode(ts *objects.Thread, o, v *Object) int {
	f := (*Function)(ptr(o))
	if v == nil || v.Type() != CodeType {
		ts.Raise(objects.TypeError, "__code__ must be set to a code object")
		return -1
	}
	co := asCode(v)
	nclosure := 0
	if f.closure != nil {
		nclosure = len(objects.TupleItems(f.closure))
	}
	if nfree := co.nfree; nfree != nclosure {
		ts.Raisef(objects.ValueError, "%s() requires a code object with %d free vars, not %d",
			objects.StrValue(f.name), nclosure, nfree)
		return -1
	}
	// Frames running this function borrow its code, globals and builtins
	// (frame.go): make them own those before the old code can go.
	if th, ok := ts.Owner.(*Thread); ok {
		for fr := th.frame; fr != nil; fr = fr.back {
			if fr.fn == o && fr.gen == nil {
				objects.Incref(fr.codeObj)
				objects.Incref(fr.globals)
				objects.Incref(fr.builtins)
				fr.fn = nil
				objects.Decref(ts, o)
			}
		}
	}
	old := f.code
	f.code, f.co = objects.NewRef(v), co
	objects.Decref(ts, old)
	return 0
}
