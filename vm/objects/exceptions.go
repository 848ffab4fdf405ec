package objects

import "minipy/runtime/alloc"

// BaseExc is the layout of BaseException and the subclasses that add no
// fields.
type BaseExc struct {
	Object
	args            *Object // tuple
	notes           *Object // list or nil
	traceback       *Object
	cause           *Object
	context         *Object
	suppressContext bool
	dict            *Object
}

var baseExcClass = alloc.NewClass[BaseExc]("BaseException")

// The built-in exception types.
var (
	BaseException     = &Type{Name: "BaseException", Flags: FlagBaseType | FlagBaseExcSubclass | FlagHaveGC}
	Exception         = newExcType("Exception", BaseException)
	TypeError         = newExcType("TypeError", Exception)
	ValueError        = newExcType("ValueError", Exception)
	RuntimeError      = newExcType("RuntimeError", Exception)
	RecursionError    = newExcType("RecursionError", RuntimeError)
	SystemError       = newExcType("SystemError", Exception)
	MemoryError       = newExcType("MemoryError", Exception)
	AttributeError    = newExcType("AttributeError", Exception)
	LookupError       = newExcType("LookupError", Exception)
	KeyError          = newExcType("KeyError", LookupError)
	IndexError        = newExcType("IndexError", LookupError)
	OverflowError     = newExcType("OverflowError", ArithmeticError)
	ArithmeticError   = newExcType("ArithmeticError", Exception)
	ZeroDivisionError = newExcType("ZeroDivisionError", ArithmeticError)
	StopIteration     = newExcType("StopIteration", Exception)
)

func newExcType(name string, base *Type) *Type {
	t := &Type{Name: name, Base: base, Flags: FlagBaseType | FlagBaseExcSubclass | FlagHaveGC}
	registerStatic(t)
	return t
}

func init() {
	BaseException.Dealloc = func(ts *Thread, o *Object) {
		e := (*BaseExc)(unsafePointer(o))
		Clear(ts, &e.args)
		Clear(ts, &e.notes)
		Clear(ts, &e.traceback)
		Clear(ts, &e.cause)
		Clear(ts, &e.context)
		Clear(ts, &e.dict)
		freeObject(ts, baseExcClass, e)
	}
	registerStatic(BaseException)
}

// NewExceptionArgs makes an exception of type t with the tuple args
// (borrowed), as calling t(*args) would.
func NewExceptionArgs(ts *Thread, t *Type, args *Object) *Object {
	e := newObject(ts, baseExcClass, t)
	e.args = NewRef(args)
	return &e.Object
}
