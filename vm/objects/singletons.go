package objects

// The singletons None, NotImplemented and Ellipsis: static immortals.

var (
	NoneType           = &Type{Name: "NoneType"}
	NotImplementedType = &Type{Name: "NotImplementedType"}
	EllipsisType       = &Type{Name: "ellipsis"}

	noneObj, notImplementedObj, ellipsisObj Object

	// None, NotImplemented and Ellipsis are the singletons' handles.
	None           = &noneObj
	NotImplemented = &notImplementedObj
	Ellipsis       = &ellipsisObj
)

func init() {
	initStatic(None, NoneType)
	initStatic(NotImplemented, NotImplementedType)
	initStatic(Ellipsis, EllipsisType)
	NoneType.Repr = func(ts *Thread, o *Object) *Object { return NewStr(ts, "None") }
	NoneType.Bool = func(ts *Thread, o *Object) int { return 0 }
	NotImplementedType.Repr = func(ts *Thread, o *Object) *Object { return NewStr(ts, "NotImplemented") }
	// CPython 3.9+ deprecates the truth of NotImplemented (a forgotten
	// "return NotImplemented" test); true, after a DeprecationWarning.
	NotImplementedType.Bool = func(ts *Thread, o *Object) int {
		if w, ok := ts.Owner.(Warner); ok &&
			!w.Warn(ts, DeprecationWarning, "NotImplemented should not be used in a boolean context", 1) {
			return -1
		}
		return 1
	}
	EllipsisType.Repr = func(ts *Thread, o *Object) *Object { return NewStr(ts, "Ellipsis") }
	// Calling the type returns the singleton (CPython's none_new and
	// friends); the message names EllipsisType although the type is
	// "ellipsis", as CPython's does.
	for _, x := range []struct {
		t    *Type
		obj  *Object
		name string
	}{{NoneType, None, "NoneType"}, {NotImplementedType, NotImplemented, "NotImplementedType"}, {EllipsisType, Ellipsis, "EllipsisType"}} {
		obj, name := x.obj, x.name
		x.t.New = func(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
			if len(args) > 0 {
				return ts.Raisef(TypeError, "%s takes no arguments", name)
			}
			return obj
		}
	}
	reduceName := func(name string) MethodDef {
		return MethodDef{Name: "__reduce__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !CheckNoArgs(ts, name+".__reduce__", args, kwnames) {
				return nil
			}
			return NewStr(ts, name)
		}}
	}
	NotImplementedType.Methods = []MethodDef{reduceName("NotImplemented")}
	EllipsisType.Methods = []MethodDef{reduceName("Ellipsis")}
	registerStatic(NoneType, NotImplementedType, EllipsisType)
}

// NewNone returns a new reference to None (a no-op on the immortal).
func NewNone() *Object { return None }

// Bool returns True or False.
func Bool(b bool) *Object {
	if b {
		return True
	}
	return False
}
