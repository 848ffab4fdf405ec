package objects

import (
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"minipy/runtime/alloc"
)

// The built-in exception hierarchy of Python 3.11 (CPython's
// Objects/exceptions.c). Every exception struct starts with BaseExc; the
// types that add fields (StopIteration.value, OSError.errno, ...) have their
// own layout, whose Dealloc/Traverse/Clear/New are inherited by the
// subclasses that add nothing. __notes__ lives in the instance __dict__, as
// in CPython.

// BaseExc is the layout of BaseException and the subclasses that add no
// fields.
type BaseExc struct {
	GCObject
	args            *Object // tuple, never nil once made
	traceback       *Object // nil for None
	cause           *Object // nil for None
	context         *Object // nil for None
	dict            *Object // instance __dict__, made on first use
	suppressContext bool
}

type excStopIteration struct {
	BaseExc
	value *Object
}

type excSystemExit struct {
	BaseExc
	code *Object
}

type excImport struct {
	BaseExc
	msg, name, path *Object
}

type excOS struct {
	BaseExc
	errno, strerror, filename, filename2 *Object
	written                              int64 // BlockingIOError.characters_written; -1: unset
}

type excSyntax struct {
	BaseExc
	msg, filename, lineno, offset, text, endLineno, endOffset, printFileAndLine *Object
}

type excUnicode struct {
	BaseExc
	encoding, object, reason *Object
	start, end               int64
}

type excName struct {
	BaseExc
	name *Object
}

type excAttribute struct {
	BaseExc
	name, obj *Object
}

type excGroup struct {
	BaseExc
	msg, excs *Object
}

// excFields lists a layout's own reference fields (up to 8; nil entries end it).
type excFields [8]**Object

var (
	baseExcClass = alloc.NewClass[BaseExc]("BaseException")
	excStopClass = alloc.NewClass[excStopIteration]("StopIteration")
	excExitClass = alloc.NewClass[excSystemExit]("SystemExit")
	excImpClass  = alloc.NewClass[excImport]("ImportError")
	excOSClass   = alloc.NewClass[excOS]("OSError")
	excSynClass  = alloc.NewClass[excSyntax]("SyntaxError")
	excUniClass  = alloc.NewClass[excUnicode]("UnicodeError")
	excNameClass = alloc.NewClass[excName]("NameError")
	excAttrClass = alloc.NewClass[excAttribute]("AttributeError")
	excGrpClass  = alloc.NewClass[excGroup]("BaseExceptionGroup")
)

// The built-in exception types.
var (
	BaseException      = &Type{Name: "BaseException", Flags: FlagBaseType | FlagBaseExcSubclass | FlagHaveGC, Doc: "Common base class for all exceptions"}
	BaseExceptionGroup = newExcType("BaseExceptionGroup", BaseException, "A combination of multiple unrelated exceptions.")
	Exception          = newExcType("Exception", BaseException, "Common base class for all non-exit exceptions.")
	ExceptionGroup     = newExcType("ExceptionGroup", BaseExceptionGroup, "")
	GeneratorExit      = newExcType("GeneratorExit", BaseException, "Request that a generator exit.")
	KeyboardInterrupt  = newExcType("KeyboardInterrupt", BaseException, "Program interrupted by user.")
	SystemExit         = newExcType("SystemExit", BaseException, "Request to exit from the interpreter.")

	ArithmeticError        = newExcType("ArithmeticError", Exception, "Base class for arithmetic errors.")
	FloatingPointError     = newExcType("FloatingPointError", ArithmeticError, "Floating point operation failed.")
	OverflowError          = newExcType("OverflowError", ArithmeticError, "Result too large to be represented.")
	ZeroDivisionError      = newExcType("ZeroDivisionError", ArithmeticError, "Second argument to a division or modulo operation was zero.")
	AssertionError         = newExcType("AssertionError", Exception, "Assertion failed.")
	AttributeError         = newExcType("AttributeError", Exception, "Attribute not found.")
	BufferError            = newExcType("BufferError", Exception, "Buffer error.")
	EOFError               = newExcType("EOFError", Exception, "Read beyond end of file.")
	ImportError            = newExcType("ImportError", Exception, "Import can't find module, or can't find name in module.")
	ModuleNotFoundError    = newExcType("ModuleNotFoundError", ImportError, "Module not found.")
	LookupError            = newExcType("LookupError", Exception, "Base class for lookup errors.")
	IndexError             = newExcType("IndexError", LookupError, "Sequence index out of range.")
	KeyError               = newExcType("KeyError", LookupError, "Mapping key not found.")
	MemoryError            = newExcType("MemoryError", Exception, "Out of memory.")
	NameError              = newExcType("NameError", Exception, "Name not found globally.")
	UnboundLocalError      = newExcType("UnboundLocalError", NameError, "Local name referenced but not bound to a value.")
	OSError                = newExcType("OSError", Exception, "Base class for I/O related errors.")
	BlockingIOError        = newExcType("BlockingIOError", OSError, "I/O operation would block.")
	ChildProcessError      = newExcType("ChildProcessError", OSError, "Child process error.")
	ConnectionError        = newExcType("ConnectionError", OSError, "Connection error.")
	BrokenPipeError        = newExcType("BrokenPipeError", ConnectionError, "Broken pipe.")
	ConnectionAbortedError = newExcType("ConnectionAbortedError", ConnectionError, "Connection aborted.")
	ConnectionRefusedError = newExcType("ConnectionRefusedError", ConnectionError, "Connection refused.")
	ConnectionResetError   = newExcType("ConnectionResetError", ConnectionError, "Connection reset.")
	FileExistsError        = newExcType("FileExistsError", OSError, "File already exists.")
	FileNotFoundError      = newExcType("FileNotFoundError", OSError, "File not found.")
	InterruptedError       = newExcType("InterruptedError", OSError, "Interrupted by signal.")
	IsADirectoryError      = newExcType("IsADirectoryError", OSError, "Operation doesn't work on directories.")
	NotADirectoryError     = newExcType("NotADirectoryError", OSError, "Operation only works on directories.")
	PermissionError        = newExcType("PermissionError", OSError, "Not enough permissions.")
	ProcessLookupError     = newExcType("ProcessLookupError", OSError, "Process not found.")
	TimeoutError           = newExcType("TimeoutError", OSError, "Timeout expired.")
	ReferenceError         = newExcType("ReferenceError", Exception, "Weak ref proxy used after referent went away.")
	RuntimeError           = newExcType("RuntimeError", Exception, "Unspecified run-time error.")
	NotImplementedError    = newExcType("NotImplementedError", RuntimeError, "Method or function hasn't been implemented yet.")
	RecursionError         = newExcType("RecursionError", RuntimeError, "Recursion limit exceeded.")
	StopAsyncIteration     = newExcType("StopAsyncIteration", Exception, "Signal the end from iterator.__anext__().")
	StopIteration          = newExcType("StopIteration", Exception, "Signal the end from iterator.__next__().")
	SyntaxError            = newExcType("SyntaxError", Exception, "Invalid syntax.")
	IndentationError       = newExcType("IndentationError", SyntaxError, "Improper indentation.")
	TabError               = newExcType("TabError", IndentationError, "Improper mixture of spaces and tabs.")
	SystemError            = newExcType("SystemError", Exception, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.")
	TypeError              = newExcType("TypeError", Exception, "Inappropriate argument type.")
	ValueError             = newExcType("ValueError", Exception, "Inappropriate argument value (of correct type).")
	UnicodeError           = newExcType("UnicodeError", ValueError, "Unicode related error.")
	UnicodeDecodeError     = newExcType("UnicodeDecodeError", UnicodeError, "Unicode decoding error.")
	UnicodeEncodeError     = newExcType("UnicodeEncodeError", UnicodeError, "Unicode encoding error.")
	UnicodeTranslateError  = newExcType("UnicodeTranslateError", UnicodeError, "Unicode translation error.")

	Warning                   = newExcType("Warning", Exception, "Base class for warning categories.")
	BytesWarning              = newExcType("BytesWarning", Warning, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.")
	DeprecationWarning        = newExcType("DeprecationWarning", Warning, "Base class for warnings about deprecated features.")
	EncodingWarning           = newExcType("EncodingWarning", Warning, "Base class for warnings about encodings.")
	FutureWarning             = newExcType("FutureWarning", Warning, "Base class for warnings about constructs that will change semantically\nin the future.")
	ImportWarning             = newExcType("ImportWarning", Warning, "Base class for warnings about probable mistakes in module imports")
	PendingDeprecationWarning = newExcType("PendingDeprecationWarning", Warning, "Base class for warnings about features which will be deprecated\nin the future.")
	ResourceWarning           = newExcType("ResourceWarning", Warning, "Base class for warnings about resource usage.")
	RuntimeWarning            = newExcType("RuntimeWarning", Warning, "Base class for warnings about dubious runtime behavior.")
	SyntaxWarning             = newExcType("SyntaxWarning", Warning, "Base class for warnings about dubious syntax.")
	UnicodeWarning            = newExcType("UnicodeWarning", Warning, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.")
	UserWarning               = newExcType("UserWarning", Warning, "Base class for warnings generated by user code.")
)

// BuiltinExceptions lists every built-in exception type, for the builtins
// module (EnvironmentError and IOError are aliases of OSError there).
var BuiltinExceptions []*Type

func newExcType(name string, base *Type, doc string) *Type {
	t := &Type{Name: name, Base: base, Doc: doc, Flags: FlagBaseType | FlagBaseExcSubclass | FlagHaveGC}
	BuiltinExceptions = append(BuiltinExceptions, t)
	registerStatic(t)
	return t
}

// AsBaseExc returns o as a *BaseExc, or nil when o is not an exception.
func AsBaseExc(o *Object) *BaseExc {
	if o.typ.Flags&FlagBaseExcSubclass != 0 && AsType(o) == nil {
		return (*BaseExc)(unsafePointer(o))
	}
	return nil
}

// IsExceptionType reports whether o is a type deriving from BaseException.
func IsExceptionType(o *Object) bool {
	t := AsType(o)
	return t != nil && t.Flags&FlagBaseExcSubclass != 0
}

func excOf(o *Object) *BaseExc { return (*BaseExc)(unsafePointer(o)) }

// excBaseFields are BaseExc's reference fields.
func excBaseFields(e *BaseExc) [5]**Object {
	return [5]**Object{&e.args, &e.traceback, &e.cause, &e.context, &e.dict}
}

// excSetLayout gives t (and the subclasses that inherit from it) the slots
// that allocate, free, traverse and clear layout T.
func excSetLayout[T any](t *Type, class *alloc.Class[T], fields func(p *T) excFields) {
	SetLayout(t, class, false)
	t.New = func(ts *Thread, sub *Type, args []*Object, kwnames *Object) *Object {
		p := newObject(ts, class, sub)
		o := (*Object)(unsafe.Pointer(p))
		e := excOf(o)
		if n := NumPositional(args, kwnames); n > 0 {
			e.args = NewTuple(ts, args[:n]...)
		} else {
			e.args = EmptyTuple
		}
		if s, ok := any(p).(*excOS); ok {
			s.written = -1
		}
		gcTrack(ts, o)
		return o
	}
	t.Dealloc = func(ts *Thread, o *Object) {
		gcUntrack(ts, o)
		p := (*T)(unsafePointer(o))
		for _, f := range excBaseFields(excOf(o)) {
			Clear(ts, f)
		}
		if fields != nil {
			for _, f := range fields(p) {
				if f == nil {
					break
				}
				Clear(ts, f)
			}
		}
		freeObject(ts, class, p)
	}
	t.Traverse = func(o *Object, v Visitor) {
		for _, f := range excBaseFields(excOf(o)) {
			if *f != nil {
				v.Visit(*f)
			}
		}
		if fields != nil {
			for _, f := range fields((*T)(unsafePointer(o))) {
				if f == nil {
					break
				}
				if *f != nil {
					v.Visit(*f)
				}
			}
		}
	}
	t.Clear = func(ts *Thread, o *Object) {
		e := excOf(o)
		for _, f := range excBaseFields(e) {
			if f != &e.args {
				Clear(ts, f)
			}
		}
		// args stays a tuple (never nil): readers rely on it.
		old := e.args
		e.args = EmptyTuple
		Decref(ts, old)
		if fields != nil {
			for _, f := range fields((*T)(unsafePointer(o))) {
				if f == nil {
					break
				}
				Clear(ts, f)
			}
		}
	}
}

// NewExceptionArgs makes an exception of type t with the tuple args
// (borrowed), as calling t(*args) does (New, then Init).
func NewExceptionArgs(ts *Thread, t *Type, args *Object) *Object {
	items := TupleItems(args)
	e := t.New(ts, t, items, nil)
	if e == nil {
		return nil
	}
	if e.typ.Init != nil && e.typ.Init(ts, e, items, nil) < 0 {
		Decref(ts, e)
		return nil
	}
	return e
}

// NewException makes t(msg) for a Go string message.
func NewException(ts *Thread, t *Type, msg string) *Object {
	m := NewStr(ts, msg)
	if m == nil {
		return nil
	}
	args := NewTupleSteal(ts, m)
	e := NewExceptionArgs(ts, t, args)
	Decref(ts, args)
	return e
}

// Exception accessors for the VM (all borrowed; nil means None).

// ExcArgs is e.args (a tuple).
func ExcArgs(e *Object) *Object { return excOf(e).args }

// ExcTraceback is e.__traceback__.
func ExcTraceback(e *Object) *Object { return excOf(e).traceback }

// ExcCause is e.__cause__.
func ExcCause(e *Object) *Object { return excOf(e).cause }

// ExcContext is e.__context__.
func ExcContext(e *Object) *Object { return excOf(e).context }

// ExcSuppressContext is e.__suppress_context__.
func ExcSuppressContext(e *Object) bool { return excOf(e).suppressContext }

// ExcSetTraceback sets e.__traceback__ (tb borrowed; nil or None clears).
func ExcSetTraceback(ts *Thread, e, tb *Object) { excSetField(ts, &excOf(e).traceback, tb) }

// ExcSetContext sets e.__context__ (borrowed; nil or None clears).
func ExcSetContext(ts *Thread, e, ctx *Object) { excSetField(ts, &excOf(e).context, ctx) }

// ExcSetCause sets e.__cause__ (borrowed; nil or None clears) and
// __suppress_context__, as `raise ... from cause` does.
func ExcSetCause(ts *Thread, e, cause *Object) {
	excSetField(ts, &excOf(e).cause, cause)
	excOf(e).suppressContext = true
}

func excSetField(ts *Thread, slot **Object, v *Object) {
	old := *slot
	*slot = nil
	if v != nil && v != None {
		*slot = NewRef(v)
	}
	XDecref(ts, old)
}

// StopIterationValue is e.value of a StopIteration (borrowed; None when unset).
func StopIterationValue(e *Object) *Object {
	if v := (*excStopIteration)(unsafePointer(e)).value; v != nil {
		return v
	}
	return None
}

// SystemExitCode is e.code of a SystemExit (borrowed; None when unset).
func SystemExitCode(e *Object) *Object {
	if v := (*excSystemExit)(unsafePointer(e)).code; v != nil {
		return v
	}
	return None
}

// ExceptionMatches reports whether exc (an exception instance or type)
// matches cls, a type or a tuple of them (nested), as an except clause
// tests (PyErr_GivenExceptionMatches).
func ExceptionMatches(exc, cls *Object) bool {
	t := AsType(exc)
	if t == nil {
		t = exc.typ
	}
	if tup := AsTuple(cls); tup != nil {
		for _, c := range tup.Items() {
			if ExceptionMatches(exc, c) {
				return true
			}
		}
		return false
	}
	if c := AsType(cls); c != nil {
		return t.IsSubtype(c)
	}
	return exc == cls
}

// CheckExceptClass is the VM's check of an except clause's class (a type
// or tuple of types deriving from BaseException); false with CPython's
// TypeError set otherwise.
func CheckExceptClass(ts *Thread, cls *Object) bool {
	if tup := AsTuple(cls); tup != nil {
		for _, c := range tup.Items() {
			if !IsExceptionType(c) {
				ts.Raise(TypeError, "catching classes that do not inherit from BaseException is not allowed")
				return false
			}
		}
		return true
	}
	if !IsExceptionType(cls) {
		ts.Raise(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		return false
	}
	return true
}

// excTracebackTypeName is the type name __traceback__ accepts (the VM's
// traceback type lives above this package).
const excTracebackTypeName = "traceback"

// BaseException's methods and attributes.

func excBaseInit(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
	if !CheckNoKw(ts, o.typ.Name, kwnames) {
		return -1
	}
	return excSetArgs(ts, o, args)
}

func excSetArgs(ts *Thread, o *Object, args []*Object) int {
	e := excOf(o)
	if cur := TupleItems(e.args); len(cur) == len(args) {
		same := true
		for i, a := range args {
			if cur[i] != a {
				same = false
				break
			}
		}
		if same {
			return 0 // __new__ already stored these (the common case)
		}
	}
	t := NewTuple(ts, args...)
	if t == nil {
		return -1
	}
	old := e.args
	e.args = t
	XDecref(ts, old)
	return 0
}

func excBaseStr(ts *Thread, o *Object) *Object {
	args := TupleItems(excOf(o).args)
	switch len(args) {
	case 0:
		return NewRef(EmptyStr)
	case 1:
		return StrOf(ts, args[0])
	}
	return StrOf(ts, excOf(o).args)
}

func excBaseRepr(ts *Thread, o *Object) *Object {
	e := excOf(o)
	args := TupleItems(e.args)
	target := e.args
	if len(args) == 1 {
		target = args[0]
	}
	r := Repr(ts, target)
	if r == nil {
		return nil
	}
	name := o.typ.Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	var s *Object
	if len(args) == 1 {
		s = NewStr(ts, name+"("+StrValue(r)+")")
	} else {
		s = NewStr(ts, name+StrValue(r))
	}
	Decref(ts, r)
	return s
}

func excWithTraceback(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckOneArg(ts, "BaseException.with_traceback", args, kwnames) {
		return nil
	}
	if excSetTracebackChecked(ts, self, args[0]) < 0 {
		return nil
	}
	return NewRef(self)
}

func excSetTracebackChecked(ts *Thread, self, tb *Object) int {
	if tb == nil {
		ts.Raise(TypeError, "__traceback__ may not be deleted")
		return -1
	}
	if tb != None && TypeName(tb) != excTracebackTypeName {
		ts.Raise(TypeError, "__traceback__ must be a traceback or None")
		return -1
	}
	ExcSetTraceback(ts, self, tb)
	return 0
}

func excAddNote(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !CheckOneArg(ts, "BaseException.add_note", args, kwnames) {
		return nil
	}
	note := args[0]
	if AsStr(note) == nil {
		return ts.Raisef(TypeError, "note must be a str, not '%s'", TypeName(note))
	}
	notes := GetAttrString(ts, self, "__notes__")
	if notes == nil {
		if !ts.ErrMatches(AttributeError) {
			return nil
		}
		ts.ClearErr()
		notes = NewList(ts)
		if notes == nil {
			return nil
		}
		n := NewStr(ts, "__notes__")
		r := SetAttr(ts, self, n, notes)
		Decref(ts, n)
		if r < 0 {
			Decref(ts, notes)
			return nil
		}
	}
	defer Decref(ts, notes)
	if AsList(notes) == nil {
		return ts.Raise(TypeError, "Cannot add note: __notes__ is not a list")
	}
	if ListAppend(ts, notes, note) < 0 {
		return nil
	}
	return None
}

// typeXGetInstanceDict is the __dict__ getter of types with a DictPtr
// (PyObject_GenericGetDict): the dict is made on first use.
func typeXGetInstanceDict(ts *Thread, o *Object) *Object {
	dp := o.typ.DictPtr(o)
	if dp == nil {
		return ts.Raise(AttributeError, "This object has no __dict__")
	}
	if *dp == nil {
		*dp = NewDict(ts)
		if *dp == nil {
			return nil
		}
	}
	return NewRef(*dp)
}

// typeXSetInstanceDict is the __dict__ setter (PyObject_GenericSetDict).
func typeXSetInstanceDict(ts *Thread, o, value *Object) int {
	dp := o.typ.DictPtr(o)
	if dp == nil {
		ts.Raise(AttributeError, "This object has no __dict__")
		return -1
	}
	if value == nil {
		ts.Raise(TypeError, "cannot delete __dict__")
		return -1
	}
	if AsDict(value) == nil {
		ts.Raisef(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeName(value))
		return -1
	}
	old := *dp
	*dp = NewRef(value)
	XDecref(ts, old)
	return 0
}

func excNoneIfNil(o *Object) *Object {
	if o == nil {
		return None
	}
	return o
}

func init() {
	b := BaseException
	excSetLayout[BaseExc](b, baseExcClass, nil)
	b.Init = excBaseInit
	b.Str = excBaseStr
	b.Repr = excBaseRepr
	b.GetAttr = GenericGetAttr
	b.SetAttr = GenericSetAttr
	b.DictPtr = func(o *Object) **Object { return &excOf(o).dict }
	b.Methods = []MethodDef{
		{Name: "with_traceback", Fn: excWithTraceback,
			Doc: "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
		{Name: "add_note", Fn: excAddNote,
			Doc: "Exception.add_note(note) --\n    add a note to the exception"},
	}
	b.Members = []MemberDef{
		{Name: "__suppress_context__", Get: func(o *Object) *Object { return Bool(excOf(o).suppressContext) },
			Set: func(ts *Thread, o, v *Object) int {
				if v == nil {
					ts.Raise(TypeError, "can't delete numeric/char attribute")
					return -1
				}
				if v.typ != BoolType {
					ts.Raise(TypeError, "attribute value type must be bool")
					return -1
				}
				excOf(o).suppressContext = v == True
				return 0
			}},
	}
	b.GetSets = []GetSetDef{
		{Name: "__dict__", Get: typeXGetInstanceDict, Set: typeXSetInstanceDict},
		{Name: "args", Get: func(ts *Thread, o *Object) *Object { return NewRef(excOf(o).args) },
			Set: func(ts *Thread, o, v *Object) int {
				if v == nil {
					ts.Raise(TypeError, "args may not be deleted")
					return -1
				}
				t := SequenceTuple(ts, v)
				if t == nil {
					return -1
				}
				e := excOf(o)
				old := e.args
				e.args = t
				Decref(ts, old)
				return 0
			}},
		{Name: "__traceback__", Get: func(ts *Thread, o *Object) *Object { return NewRef(excNoneIfNil(excOf(o).traceback)) },
			Set: excSetTracebackChecked},
		{Name: "__context__", Get: func(ts *Thread, o *Object) *Object { return NewRef(excNoneIfNil(excOf(o).context)) },
			Set: func(ts *Thread, o, v *Object) int {
				if v == nil {
					ts.Raise(TypeError, "__context__ may not be deleted")
					return -1
				}
				if v != None && AsBaseExc(v) == nil {
					ts.Raise(TypeError, "exception context must be None or derive from BaseException")
					return -1
				}
				ExcSetContext(ts, o, v)
				return 0
			}},
		{Name: "__cause__", Get: func(ts *Thread, o *Object) *Object { return NewRef(excNoneIfNil(excOf(o).cause)) },
			Set: func(ts *Thread, o, v *Object) int {
				if v == nil {
					ts.Raise(TypeError, "__cause__ may not be deleted")
					return -1
				}
				if v != None && AsBaseExc(v) == nil {
					ts.Raise(TypeError, "exception cause must be None or derive from BaseException")
					return -1
				}
				ExcSetCause(ts, o, v)
				return 0
			}},
	}
	registerStatic(b)

	// ExceptionGroup is both a BaseExceptionGroup and an Exception.
	ExceptionGroup.Bases = []*Type{BaseExceptionGroup, Exception}

	excInitStopIteration()
	excInitSystemExit()
	excInitImportError()
	excInitOSError()
	excInitSyntaxError()
	excInitUnicodeErrors()
	excInitNameErrors()
	excInitGroups()
	excInitReduce()
	// Every exception type has its own __new__ in CPython (they all set
	// tp_new); give the ones without a layout of their own their base's.
	for _, x := range BuiltinExceptions {
		if x.New == nil {
			x.New = x.Base.New
		}
	}
	KeyError.Str = func(ts *Thread, o *Object) *Object {
		if args := TupleItems(excOf(o).args); len(args) == 1 {
			return Repr(ts, args[0])
		}
		return excBaseStr(ts, o)
	}
}

func excInitStopIteration() {
	excSetLayout(StopIteration, excStopClass, func(p *excStopIteration) excFields { return excFields{&p.value} })
	StopIteration.Init = func(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
		if excBaseInit(ts, o, args, kwnames) < 0 {
			return -1
		}
		v := None
		if len(args) > 0 {
			v = args[0]
		}
		excSetFieldKeep(ts, &(*excStopIteration)(unsafePointer(o)).value, v)
		return 0
	}
	StopIteration.Members = []MemberDef{{Name: "value", Doc: "generator return value",
		Get: func(o *Object) *Object { return excNoneIfNil((*excStopIteration)(unsafePointer(o)).value) },
		Set: func(ts *Thread, o, v *Object) int {
			excSetFieldKeep(ts, &(*excStopIteration)(unsafePointer(o)).value, v)
			return 0
		}}}
}

// excSetFieldKeep stores v (borrowed, may be nil) in *slot; unlike
// excSetField, None is stored as None.
func excSetFieldKeep(ts *Thread, slot **Object, v *Object) {
	old := *slot
	*slot = XNewRef(v)
	XDecref(ts, old)
}

// excMember is a writable T_OBJECT member over a field (None when unset).
func excMember[T any](name, doc string, field func(p *T) **Object) MemberDef {
	return MemberDef{Name: name, Doc: doc,
		Get: func(o *Object) *Object { return excNoneIfNil(*field((*T)(unsafePointer(o)))) },
		Set: func(ts *Thread, o, v *Object) int {
			excSetFieldKeep(ts, field((*T)(unsafePointer(o))), v)
			return 0
		}}
}

func excInitSystemExit() {
	excSetLayout(SystemExit, excExitClass, func(p *excSystemExit) excFields { return excFields{&p.code} })
	SystemExit.Init = func(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
		if excBaseInit(ts, o, args, kwnames) < 0 {
			return -1
		}
		e := (*excSystemExit)(unsafePointer(o))
		switch len(args) {
		case 0:
		case 1:
			excSetFieldKeep(ts, &e.code, args[0])
		default:
			excSetFieldKeep(ts, &e.code, e.args)
		}
		return 0
	}
	SystemExit.Members = []MemberDef{excMember("code", "exception code", func(p *excSystemExit) **Object { return &p.code })}
}

// excKwInit is the __init__ of exceptions taking keyword-only attributes
// (ImportError(name=, path=), NameError(name=), AttributeError(name=, obj=)).
func excKwInit(ts *Thread, o *Object, args []*Object, kwnames *Object, fname string, names []string, slots []**Object) int {
	npos := NumPositional(args, kwnames)
	if excSetArgs(ts, o, args[:npos]) < 0 {
		return -1
	}
	vals := make([]*Object, len(names))
	outs := make([]**Object, len(names))
	for i := range vals {
		outs[i] = &vals[i]
	}
	pnames := append([]string{"*"}, names...)
	if !ParseArgs(ts, fname, args[npos:], kwnames, pnames, 0, outs...) {
		return -1
	}
	for i, v := range vals {
		excSetFieldKeep(ts, slots[i], v)
	}
	return 0
}

func excInitImportError() {
	t := ImportError
	excSetLayout(t, excImpClass, func(p *excImport) excFields { return excFields{&p.msg, &p.name, &p.path} })
	t.Init = func(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
		e := (*excImport)(unsafePointer(o))
		if excKwInit(ts, o, args, kwnames, "ImportError", []string{"name", "path"}, []**Object{&e.name, &e.path}) < 0 {
			return -1
		}
		var msg *Object
		if NumPositional(args, kwnames) == 1 {
			msg = args[0]
		}
		excSetFieldKeep(ts, &e.msg, msg)
		return 0
	}
	t.Str = func(ts *Thread, o *Object) *Object {
		e := (*excImport)(unsafePointer(o))
		if e.msg != nil && AsStr(e.msg) != nil {
			return NewRef(e.msg)
		}
		return excBaseStr(ts, o)
	}
	t.Members = []MemberDef{
		excMember("msg", "exception message", func(p *excImport) **Object { return &p.msg }),
		excMember("name", "module name", func(p *excImport) **Object { return &p.name }),
		excMember("path", "module path", func(p *excImport) **Object { return &p.path }),
	}
}

// excErrnoMap maps errno values to OSError subclasses (CPython's errnomap).
func excErrnoSubclass(errno int64) *Type {
	switch syscall.Errno(errno) {
	case syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS:
		return BlockingIOError
	case syscall.ECHILD:
		return ChildProcessError
	case syscall.EPIPE, syscall.ESHUTDOWN:
		return BrokenPipeError
	case syscall.ECONNABORTED:
		return ConnectionAbortedError
	case syscall.ECONNREFUSED:
		return ConnectionRefusedError
	case syscall.ECONNRESET:
		return ConnectionResetError
	case syscall.EEXIST:
		return FileExistsError
	case syscall.ENOENT:
		return FileNotFoundError
	case syscall.EISDIR:
		return IsADirectoryError
	case syscall.ENOTDIR:
		return NotADirectoryError
	case syscall.EINTR:
		return InterruptedError
	case syscall.EACCES, syscall.EPERM:
		return PermissionError
	case syscall.ESRCH:
		return ProcessLookupError
	case syscall.ETIMEDOUT:
		return TimeoutError
	}
	return nil
}

func excInitOSError() {
	t := OSError
	excSetLayout(t, excOSClass, func(p *excOS) excFields {
		return excFields{&p.errno, &p.strerror, &p.filename, &p.filename2}
	})
	layoutNew := t.New
	// OSError(errno, strerror[, filename[, winerror[, filename2]]]): the
	// errno picks the subclass when OSError itself is called, and the
	// filenames are dropped from args.
	t.New = func(ts *Thread, sub *Type, args []*Object, kwnames *Object) *Object {
		if funcPtr(sub.Init) == funcPtr(OSError.Init) && !CheckNoKw(ts, sub.Name, kwnames) {
			return nil
		}
		npos := NumPositional(args, kwnames)
		if sub == OSError && npos >= 2 && npos <= 5 {
			if v, ok := IntValue64(args[0]); ok && AsInt(args[0]) != nil {
				if st := excErrnoSubclass(v); st != nil {
					sub = st
				}
			}
		}
		o := layoutNew(ts, sub, args, kwnames)
		if o == nil {
			return nil
		}
		if excOSParse(ts, o, args[:npos]) < 0 {
			Decref(ts, o)
			return nil
		}
		return o
	}
	t.Init = func(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
		if !CheckNoKw(ts, o.typ.Name, kwnames) {
			return -1
		}
		return 0
	}
	t.Str = func(ts *Thread, o *Object) *Object {
		e := (*excOS)(unsafePointer(o))
		var parts []*Object
		var format string
		switch {
		case e.filename != nil && e.filename2 != nil:
			format, parts = "[Errno %s] %s: %r -> %r", []*Object{e.errno, e.strerror, e.filename, e.filename2}
		case e.filename != nil:
			format, parts = "[Errno %s] %s: %r", []*Object{e.errno, e.strerror, e.filename}
		case e.errno != nil && e.strerror != nil:
			format, parts = "[Errno %s] %s", []*Object{e.errno, e.strerror}
		default:
			return excBaseStr(ts, o)
		}
		return excFormat(ts, format, parts)
	}
	t.Members = []MemberDef{
		excMember("errno", "POSIX exception code", func(p *excOS) **Object { return &p.errno }),
		excMember("strerror", "exception strerror", func(p *excOS) **Object { return &p.strerror }),
		excMember("filename", "exception filename", func(p *excOS) **Object { return &p.filename }),
		excMember("filename2", "second exception filename", func(p *excOS) **Object { return &p.filename2 }),
	}
	t.GetSets = []GetSetDef{{Name: "characters_written",
		Get: func(ts *Thread, o *Object) *Object {
			e := (*excOS)(unsafePointer(o))
			if e.written == -1 {
				return ts.Raise(AttributeError, "characters_written")
			}
			return NewInt(ts, e.written)
		},
		Set: func(ts *Thread, o, v *Object) int {
			e := (*excOS)(unsafePointer(o))
			if v == nil {
				if e.written == -1 {
					ts.Raise(AttributeError, "characters_written")
					return -1
				}
				e.written = -1
				return 0
			}
			n, ok := IndexValue(ts, v, ValueError)
			if !ok {
				return -1
			}
			e.written = int64(n)
			return 0
		}}}
}

// excOSParse fills errno, strerror and the filenames from OSError's
// arguments (CPython's oserror_parse_args and oserror_init).
func excOSParse(ts *Thread, o *Object, args []*Object) int {
	e := (*excOS)(unsafePointer(o))
	n := len(args)
	if n < 2 || n > 5 {
		return 0
	}
	excSetFieldKeep(ts, &e.errno, args[0])
	excSetFieldKeep(ts, &e.strerror, args[1])
	if n < 3 || args[2] == None {
		return 0
	}
	filename := args[2]
	if o.typ == BlockingIOError && (filename.typ.Index != nil || filename.typ.Int != nil || filename.typ.Float != nil) {
		w, ok := IndexValue(ts, filename, ValueError)
		if !ok {
			return -1
		}
		e.written = int64(w)
		return 0
	}
	excSetFieldKeep(ts, &e.filename, filename)
	if n == 5 && args[4] != None {
		excSetFieldKeep(ts, &e.filename2, args[4])
	}
	t := NewTuple(ts, args[:2]...)
	if t == nil {
		return -1
	}
	old := e.args
	e.args = t
	Decref(ts, old)
	return 0
}

// excFormat formats parts into a %s/%r template (str() or repr() of each).
func excFormat(ts *Thread, format string, parts []*Object) *Object {
	var b strings.Builder
	i := 0
	for j := 0; j < len(format); j++ {
		c := format[j]
		if c != '%' || j+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		j++
		var s *Object
		if format[j] == 'r' {
			s = Repr(ts, parts[i])
		} else {
			s = StrOf(ts, parts[i])
		}
		i++
		if s == nil {
			return nil
		}
		b.WriteString(StrValue(s))
		Decref(ts, s)
	}
	return NewStr(ts, b.String())
}

func excInitSyntaxError() {
	t := SyntaxError
	excSetLayout(t, excSynClass, func(p *excSyntax) excFields {
		return excFields{&p.msg, &p.filename, &p.lineno, &p.offset, &p.text, &p.endLineno, &p.endOffset, &p.printFileAndLine}
	})
	t.Init = func(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
		if excBaseInit(ts, o, args, kwnames) < 0 {
			return -1
		}
		e := (*excSyntax)(unsafePointer(o))
		if len(args) >= 1 {
			excSetFieldKeep(ts, &e.msg, args[0])
		}
		if len(args) == 2 {
			info := SequenceTuple(ts, args[1])
			if info == nil {
				return -1
			}
			defer Decref(ts, info)
			items := TupleItems(info)
			if !CheckArgsOld(ts, "", items, nil, 4, 6) {
				return -1
			}
			fields := []**Object{&e.filename, &e.lineno, &e.offset, &e.text, &e.endLineno, &e.endOffset}
			for i, v := range items {
				excSetFieldKeep(ts, fields[i], v)
			}
		}
		return 0
	}
	t.Str = func(ts *Thread, o *Object) *Object {
		e := (*excSyntax)(unsafePointer(o))
		msg := StrOf(ts, excNoneIfNil(e.msg))
		if msg == nil {
			return nil
		}
		defer Decref(ts, msg)
		filename := ""
		haveFile := e.filename != nil && AsStr(e.filename) != nil
		if haveFile {
			filename = StrValue(e.filename)
			if i := strings.LastIndexByte(filename, '/'); i >= 0 {
				filename = filename[i+1:]
			}
		}
		lineno, haveLine := int64(0), false
		if e.lineno != nil && e.lineno.typ == IntType {
			lineno, haveLine = IntValue64(e.lineno)
		}
		m := StrValue(msg)
		switch {
		case haveFile && haveLine:
			return NewStr(ts, m+" ("+filename+", line "+strconv.FormatInt(lineno, 10)+")")
		case haveFile:
			return NewStr(ts, m+" ("+filename+")")
		case haveLine:
			return NewStr(ts, m+" (line "+strconv.FormatInt(lineno, 10)+")")
		}
		return NewRef(msg)
	}
	field := func(name, doc string, f func(p *excSyntax) **Object) MemberDef { return excMember(name, doc, f) }
	t.Members = []MemberDef{
		field("msg", "exception msg", func(p *excSyntax) **Object { return &p.msg }),
		field("filename", "exception filename", func(p *excSyntax) **Object { return &p.filename }),
		field("lineno", "exception lineno", func(p *excSyntax) **Object { return &p.lineno }),
		field("offset", "exception offset", func(p *excSyntax) **Object { return &p.offset }),
		field("text", "exception text", func(p *excSyntax) **Object { return &p.text }),
		field("end_lineno", "exception end lineno", func(p *excSyntax) **Object { return &p.endLineno }),
		field("end_offset", "exception end offset", func(p *excSyntax) **Object { return &p.endOffset }),
		field("print_file_and_line", "exception print_file_and_line", func(p *excSyntax) **Object { return &p.printFileAndLine }),
	}
}

// excUnicodeArgs parses the arguments of the Unicode errors: kinds is the
// PyArg_ParseTuple format ("UOnnU", "UUnnU", "UnnU").
func excUnicodeArgs(ts *Thread, o *Object, args []*Object, kinds string) int {
	if !CheckArgsOld(ts, "", args, nil, len(kinds), len(kinds)) {
		return -1
	}
	e := (*excUnicode)(unsafePointer(o))
	var nums []int64
	var strs []*Object
	for i, k := range kinds {
		a := args[i]
		switch k {
		case 'U':
			if AsStr(a) == nil {
				ts.Raisef(TypeError, "argument %d must be str, not %s", i+1, TypeName(a))
				return -1
			}
			strs = append(strs, a)
		case 'O':
			b, ok := BufferBytes(a)
			if !ok {
				ts.Raisef(TypeError, "a bytes-like object is required, not '%s'", TypeName(a))
				return -1
			}
			if AsBytes(a) == nil || a.typ != BytesType {
				a = NewBytes(ts, b)
				if a == nil {
					return -1
				}
				defer Decref(ts, a)
			}
			strs = append(strs, a)
		case 'n':
			v, ok := IndexValue(ts, a, OverflowError)
			if !ok {
				return -1
			}
			nums = append(nums, int64(v))
		}
	}
	if len(strs) == 3 {
		excSetFieldKeep(ts, &e.encoding, strs[0])
		strs = strs[1:]
	}
	excSetFieldKeep(ts, &e.object, strs[0])
	excSetFieldKeep(ts, &e.reason, strs[1])
	e.start, e.end = nums[0], nums[1]
	return 0
}

func excInitUnicodeErrors() {
	t := UnicodeError
	excSetLayout(t, excUniClass, func(p *excUnicode) excFields { return excFields{&p.encoding, &p.object, &p.reason} })
	for _, x := range []struct {
		t     *Type
		kinds string
	}{{UnicodeDecodeError, "UOnnU"}, {UnicodeEncodeError, "UUnnU"}, {UnicodeTranslateError, "UnnU"}} {
		kinds := x.kinds
		x.t.Init = func(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
			if excBaseInit(ts, o, args, kwnames) < 0 {
				return -1
			}
			return excUnicodeArgs(ts, o, args, kinds)
		}
		x.t.Str = excUnicodeStr
		x.t.Members = []MemberDef{
			excMember("encoding", "exception encoding", func(p *excUnicode) **Object { return &p.encoding }),
			excMember("object", "exception object", func(p *excUnicode) **Object { return &p.object }),
			excMember("reason", "exception reason", func(p *excUnicode) **Object { return &p.reason }),
		}
		x.t.GetSets = []GetSetDef{
			excUnicodeIndex("start", func(p *excUnicode) *int64 { return &p.start }),
			excUnicodeIndex("end", func(p *excUnicode) *int64 { return &p.end }),
		}
	}
}

func excUnicodeIndex(name string, f func(p *excUnicode) *int64) GetSetDef {
	return GetSetDef{Name: name, Doc: "exception " + name,
		Get: func(ts *Thread, o *Object) *Object { return NewInt(ts, *f((*excUnicode)(unsafePointer(o)))) },
		Set: func(ts *Thread, o, v *Object) int {
			if v == nil {
				ts.Raise(TypeError, "can't delete numeric/char attribute")
				return -1
			}
			n, ok := IndexValue(ts, v, OverflowError)
			if !ok {
				return -1
			}
			*f((*excUnicode)(unsafePointer(o))) = int64(n)
			return 0
		}}
}

func excUnicodeStr(ts *Thread, o *Object) *Object {
	e := (*excUnicode)(unsafePointer(o))
	if e.object == nil {
		return NewRef(EmptyStr)
	}
	reason := StrOf(ts, excNoneIfNil(e.reason))
	if reason == nil {
		return nil
	}
	defer Decref(ts, reason)
	enc := ""
	if o.typ.IsSubtype(UnicodeDecodeError) || o.typ.IsSubtype(UnicodeEncodeError) {
		es := StrOf(ts, excNoneIfNil(e.encoding))
		if es == nil {
			return nil
		}
		enc = "'" + StrValue(es) + "' codec can't "
		Decref(ts, es)
	} else {
		enc = "can't "
	}
	pos := strconv.FormatInt(e.start, 10)
	r := StrValue(reason)
	if o.typ.IsSubtype(UnicodeDecodeError) {
		if AsBytes(e.object) == nil {
			return excBaseStr(ts, o) // object was replaced by a non-bytes
		}
		b := BytesValue(e.object)
		if e.start >= 0 && e.start < int64(len(b)) && e.end == e.start+1 {
			return NewStr(ts, enc+"decode byte 0x"+excHex(uint32(b[e.start]), 2)+" in position "+pos+": "+r)
		}
		return NewStr(ts, enc+"decode bytes in position "+pos+"-"+strconv.FormatInt(e.end-1, 10)+": "+r)
	}
	verb := "encode"
	if !o.typ.IsSubtype(UnicodeEncodeError) {
		verb = "translate"
	}
	s := AsStr(e.object)
	if s == nil {
		return excBaseStr(ts, o) // object was replaced by a non-str
	}
	if e.start >= 0 && e.start < int64(s.Len()) && e.end == e.start+1 {
		c := uint32(s.At(int(e.start)))
		var esc string
		switch {
		case c <= 0xff:
			esc = `\x` + excHex(c, 2)
		case c <= 0xffff:
			esc = `\u` + excHex(c, 4)
		default:
			esc = `\U` + excHex(c, 8)
		}
		return NewStr(ts, enc+verb+" character '"+esc+"' in position "+pos+": "+r)
	}
	return NewStr(ts, enc+verb+" characters in position "+pos+"-"+strconv.FormatInt(e.end-1, 10)+": "+r)
}

func excHex(v uint32, width int) string {
	s := strconv.FormatUint(uint64(v), 16)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// NewUnicodeDecodeError makes UnicodeDecodeError(encoding, obj, start, end, reason).
func NewUnicodeDecodeError(ts *Thread, encoding string, obj []byte, start, end int, reason string) *Object {
	return excNewUnicode(ts, UnicodeDecodeError, encoding, NewBytes(ts, obj), start, end, reason)
}

// NewUnicodeEncodeError makes UnicodeEncodeError(encoding, obj, start, end, reason); obj is a str (borrowed).
func NewUnicodeEncodeError(ts *Thread, encoding string, obj *Object, start, end int, reason string) *Object {
	return excNewUnicode(ts, UnicodeEncodeError, encoding, NewRef(obj), start, end, reason)
}

// excNewUnicode builds a Unicode error from Go values; obj is stolen.
func excNewUnicode(ts *Thread, t *Type, encoding string, obj *Object, start, end int, reason string) *Object {
	if obj == nil {
		return nil
	}
	items := []*Object{NewStr(ts, encoding), obj, NewInt(ts, int64(start)), NewInt(ts, int64(end)), NewStr(ts, reason)}
	for _, it := range items {
		if it == nil {
			for _, x := range items {
				XDecref(ts, x)
			}
			return nil
		}
	}
	args := NewTupleSteal(ts, items...)
	e := NewExceptionArgs(ts, t, args)
	Decref(ts, args)
	return e
}

func excInitNameErrors() {
	excSetLayout(NameError, excNameClass, func(p *excName) excFields { return excFields{&p.name} })
	NameError.Init = func(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
		e := (*excName)(unsafePointer(o))
		return excKwInit(ts, o, args, kwnames, "NameError", []string{"name"}, []**Object{&e.name})
	}
	NameError.Members = []MemberDef{excMember("name", "name", func(p *excName) **Object { return &p.name })}

	excSetLayout(AttributeError, excAttrClass, func(p *excAttribute) excFields { return excFields{&p.name, &p.obj} })
	AttributeError.Init = func(ts *Thread, o *Object, args []*Object, kwnames *Object) int {
		e := (*excAttribute)(unsafePointer(o))
		return excKwInit(ts, o, args, kwnames, "AttributeError", []string{"name", "obj"}, []**Object{&e.name, &e.obj})
	}
	AttributeError.Members = []MemberDef{
		excMember("name", "attribute name", func(p *excAttribute) **Object { return &p.name }),
		excMember("obj", "object", func(p *excAttribute) **Object { return &p.obj }),
	}
}
