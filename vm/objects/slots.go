package objects

// Slot function shapes. Every slot borrows its arguments and returns a new
// reference, or nil (-1 for int results) with the exception set on ts.

type (
	// DeallocFunc releases what the object references and returns its block
	// to the heap. It is called when the refcount reaches zero.
	DeallocFunc func(ts *Thread, o *Object)
	// UnaryFunc: repr, str, iter, neg, pos, abs, invert, int, float, index.
	UnaryFunc func(ts *Thread, a *Object) *Object
	// BinaryFunc: number operators; either operand may be the slot's type
	// (CPython's protocol: a slot returns NotImplemented for operands it does
	// not handle).
	BinaryFunc func(ts *Thread, a, b *Object) *Object
	// TernaryFunc: pow(a, b, mod) with mod None when absent.
	TernaryFunc func(ts *Thread, a, b, c *Object) *Object
	// LenFunc returns a length, or -1 with an exception set.
	LenFunc func(ts *Thread, o *Object) int
	// InquiryFunc returns 1 (true), 0 (false) or -1 (error).
	InquiryFunc func(ts *Thread, o *Object) int
	// HashFunc returns the hash, or -1 with an exception set (a hash of -1
	// is reported as -2, as CPython does).
	HashFunc func(ts *Thread, o *Object) int64
	// RichCompareFunc returns a result object, NotImplemented, or nil.
	RichCompareFunc func(ts *Thread, a, b *Object, op CompareOp) *Object
	// GetAttrFunc looks up a str attribute name.
	GetAttrFunc func(ts *Thread, o, name *Object) *Object
	// SetAttrFunc sets (value != nil) or deletes (value == nil) an attribute;
	// 0 on success, -1 on error.
	SetAttrFunc func(ts *Thread, o, name, value *Object) int
	// CallFunc is the vectorcall shape: args holds the positional arguments
	// followed by the values of the keyword arguments, whose names are in the
	// tuple kwnames (nil when there are none).
	CallFunc func(ts *Thread, callable *Object, args []*Object, kwnames *Object) *Object
	// NewFunc creates an instance of t (t may be a subclass of the slot's type).
	NewFunc func(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object
	// InitFunc initializes self; 0 on success, -1 on error.
	InitFunc func(ts *Thread, self *Object, args []*Object, kwnames *Object) int
	// IterNextFunc returns the next item, or nil: with an exception set on
	// error, without one when the iterator is exhausted.
	IterNextFunc func(ts *Thread, it *Object) *Object
	// DescrGetFunc is __get__(descr, obj, type); obj may be nil (class access).
	DescrGetFunc func(ts *Thread, descr, obj, typ *Object) *Object
	// DescrSetFunc is __set__ (value != nil) or __delete__ (value == nil).
	DescrSetFunc func(ts *Thread, descr, obj, value *Object) int
	// ContainsFunc returns 1, 0 or -1.
	ContainsFunc func(ts *Thread, container, item *Object) int
	// SetItemFunc sets (value != nil) or deletes (value == nil) o[key].
	SetItemFunc func(ts *Thread, o, key, value *Object) int
	// TraverseFunc calls v.Visit for every object o holds a reference to that
	// the cycle collector must see.
	TraverseFunc func(o *Object, v Visitor)
	// ClearFunc drops the references that may form cycles (tp_clear).
	ClearFunc func(ts *Thread, o *Object)
	// FinalizeFunc is tp_finalize (__del__); it runs with the object still
	// alive and may resurrect it.
	FinalizeFunc func(ts *Thread, o *Object)
)

// Visitor receives the references a TraverseFunc reports. Passing a pointer
// to a long-lived struct as a Visitor does not allocate.
type Visitor interface {
	Visit(o *Object)
}

// CompareOp is a rich comparison operator, numbered as CPython's Py_LT...Py_GE.
type CompareOp int

const (
	LT CompareOp = iota
	LE
	EQ
	NE
	GT
	GE
)

// Swapped is the operator to try on the reflected operand (a < b ⇔ b > a).
func (op CompareOp) Swapped() CompareOp {
	return [...]CompareOp{GT, GE, EQ, NE, LT, LE}[op]
}

// Symbol is the operator as written in Python source.
func (op CompareOp) Symbol() string {
	return [...]string{"<", "<=", "==", "!=", ">", ">="}[op]
}

// NumberOp names a binary number slot, so that the generic operator code and
// its error messages can be table driven.
type NumberOp int

const (
	OpAdd NumberOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpDivmod
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpOr
	OpXor
	numNumberOps
)

// NumberOpSymbols are the operators as CPython names them in TypeErrors.
var NumberOpSymbols = [numNumberOps]string{
	"+", "-", "*", "@", "/", "//", "%", "divmod()", "** or pow()", "<<", ">>", "&", "|", "^",
}

// NumberOpDunders are the method names of the binary operators; the
// reflected name inserts an "r", the in-place one an "i".
var NumberOpDunders = [numNumberOps]string{
	"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
	"lshift", "rshift", "and", "or", "xor",
}
