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
	EllipsisType.Repr = func(ts *Thread, o *Object) *Object { return NewStr(ts, "Ellipsis") }
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
