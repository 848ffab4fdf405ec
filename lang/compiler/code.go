package compiler

import (
	"encoding/binary"
	"math"
	"math/big"
	"slices"
)

// Code flags, with CPython's values (co_flags).
const (
	CO_OPTIMIZED                 = 0x0001
	CO_NEWLOCALS                 = 0x0002
	CO_VARARGS                   = 0x0004
	CO_VARKEYWORDS               = 0x0008
	CO_NESTED                    = 0x0010
	CO_GENERATOR                 = 0x0020
	CO_NOFREE                    = 0x0040 // not set by 3.11; kept for the numbering
	CO_COROUTINE                 = 0x0080
	CO_ITERABLE_COROUTINE        = 0x0100
	CO_ASYNC_GENERATOR           = 0x0200
	CO_FUTURE_DIVISION           = 0x20000
	CO_FUTURE_ABSOLUTE_IMPORT    = 0x40000
	CO_FUTURE_WITH_STATEMENT     = 0x80000
	CO_FUTURE_PRINT_FUNCTION     = 0x100000
	CO_FUTURE_UNICODE_LITERALS   = 0x200000
	CO_FUTURE_BARRY_AS_BDFL      = 0x400000
	CO_FUTURE_GENERATOR_STOP     = 0x800000
	CO_FUTURE_ANNOTATIONS        = 0x1000000
	coFutureMask                 = 0x1fe0000
	CO_MAXBLOCKS                 = 20 // statically nested blocks, as CPython
	maxStaticallyNestedBlocksMsg = "too many statically nested blocks"
)

// Code is a compiled code object: a module, class body, function, lambda or
// comprehension. It is a plain Go value; the VM makes objects of its
// constants when it loads it.
type Code struct {
	Name, QualName, Filename string
	FirstLineno              int
	ArgCount                 int // positional parameters, positional-only included
	PosOnlyArgCount          int
	KwOnlyArgCount           int
	Flags                    int
	Code                     []uint32 // see Encode; jump operands are instruction indices
	// Consts holds nil, bool, *big.Int, float64, complex128, string (WTF-8),
	// []byte, ast.EllipsisValue, *Code, ConstTuple and ConstFrozenset.
	Consts   []any
	Names    []string // global, attribute and imported names
	VarNames []string // parameters first, then other locals
	CellVars []string // locals that inner functions capture (parameters included)
	FreeVars []string // variables captured from enclosing functions
	// CellArgs[i] is the VarNames index of the parameter that cell i
	// starts from (MAKE_CELL copies it), or -1.
	CellArgs       []int
	StackSize      int
	ExceptionTable []ExceptionEntry
	// LineTable is the compact location table: see Locations.
	LineTable []byte

	// key caches codeKey: set once the code is complete and becomes a
	// constant of its parent (a code object is not changed after that).
	key string
}

// ExceptionEntry maps the instructions [Start, End) to a handler: when one of
// them raises, the stack is cut to Depth items, the offset of the raising
// instruction is pushed if Lasti, then the exception, and control goes to
// Target. Entries are sorted by Start and do not overlap.
type ExceptionEntry struct {
	Start, End, Target, Depth int
	Lasti                     bool
}

// ConstTuple is a tuple constant.
type ConstTuple []any

// ConstFrozenset is a frozenset constant (from `x in {1, 2}`); its items
// are in source order.
type ConstFrozenset []any

// Location is an instruction's source span, as CPython's co_positions():
// 1-based lines, 0-based UTF-8 byte columns; -1 (or Line 0) when unknown.
type Location struct {
	Line, EndLine, Col, EndCol int
}

// The location table holds one record per instruction, each field a
// zig-zag varint: the line as a delta from the previous record's line, then
// EndLine-Line, Col+1 and EndCol+1 (so -1 is stored as 0). A typical record
// is 4 bytes.
func appendLocation(buf []byte, prevLine int, loc Location) []byte {
	buf = appendVarint(buf, loc.Line-prevLine)
	buf = appendVarint(buf, loc.EndLine-loc.Line)
	buf = appendVarint(buf, loc.Col+1)
	return appendVarint(buf, loc.EndCol+1)
}

func appendVarint(buf []byte, v int) []byte {
	u := uint64(v) << 1
	if v < 0 {
		u = ^u
	}
	for u >= 0x80 {
		buf = append(buf, byte(u)|0x80)
		u >>= 7
	}
	return append(buf, byte(u))
}

func readVarint(buf []byte, i int) (int, int) {
	var u uint64
	var shift uint
	for i < len(buf) {
		b := buf[i]
		i++
		u |= uint64(b&0x7f) << shift
		if b < 0x80 {
			break
		}
		shift += 7
	}
	v := int(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v, i
}

// Locations decodes the location table: one Location per instruction.
func (c *Code) Locations() []Location {
	locs := make([]Location, 0, len(c.Code))
	line, i := 0, 0
	for i < len(c.LineTable) {
		var d, el, col, ecol int
		d, i = readVarint(c.LineTable, i)
		el, i = readVarint(c.LineTable, i)
		col, i = readVarint(c.LineTable, i)
		ecol, i = readVarint(c.LineTable, i)
		line += d
		locs = append(locs, Location{Line: line, EndLine: line + el, Col: col - 1, EndCol: ecol - 1})
	}
	return locs
}

// Line returns the source line of instruction i (0 when unknown). It scans
// the table: it is for tracebacks, not hot paths.
func (c *Code) Line(i int) int {
	locs := c.Locations()
	if i < 0 || i >= len(locs) {
		return 0
	}
	return locs[i].Line
}

// Handler returns the exception-table entry covering instruction i.
func (c *Code) Handler(i int) (ExceptionEntry, bool) {
	for _, e := range c.ExceptionTable {
		if e.Start <= i && i < e.End {
			return e, true
		}
	}
	return ExceptionEntry{}, false
}

// constKey is a constant's identity for deduplication: type and value, so
// that 1, 1.0 and True stay distinct, and 0.0 and -0.0 too (as CPython's
// _PyCode_ConstantKey).
func constKey(v any) string {
	switch v := v.(type) {
	case nil:
		return "N"
	case bool:
		if v {
			return "T"
		}
		return "F"
	case *big.Int:
		return "i" + v.String()
	case float64:
		return string(binary.LittleEndian.AppendUint64([]byte{'f'}, math.Float64bits(v)))
	case complex128:
		b := binary.LittleEndian.AppendUint64([]byte{'c'}, math.Float64bits(real(v)))
		return string(binary.LittleEndian.AppendUint64(b, math.Float64bits(imag(v))))
	case string:
		return "s" + v
	case []byte:
		return "b" + string(v)
	case *Code:
		// Equal code objects are one constant, as CPython merges them
		// (a while loop's test is compiled twice, lambdas in it too).
		return "C" + codeKey(v)
	case ConstTuple:
		return itemsKey('t', v)
	case ConstFrozenset:
		// Set equality: {1, 2} and {2, 1} are one constant, as in
		// CPython (the first one's order is kept).
		ks := make([]string, len(v))
		for i, x := range v {
			ks[i] = constKey(x)
		}
		slices.Sort(ks)
		w := marshalWriter{buf: []byte{'z'}}
		for _, k := range ks {
			w.str(k)
		}
		return string(w.buf)
	}
	return "e" // ast.EllipsisValue
}

// itemsKey is the key of a tuple constant: its kind, then each item's
// key with its length before it, so no two differ only in where their
// items' keys split.
func itemsKey(kind byte, items []any) string {
	w := marshalWriter{buf: []byte{kind}}
	for _, x := range items {
		w.str(constKey(x))
	}
	return string(w.buf)
}

// codeKey is a code object's structural identity (CPython's code
// equality): its Marshal form, with each nested code object written as
// its own key. It is computed once per code object and kept: a class
// body's key contains its methods' keys, and a nested function is a
// constant of each enclosing level in turn, so recomputing made compiling
// a module quadratic in its nesting (a quarter of `import typing` went
// here when the key was a fmt.Sprintf of %v). The filename is in the key
// but is the same for every code of one compilation.
func codeKey(c *Code) string {
	if c.key == "" {
		w := marshalWriter{nestedKeys: true}
		w.code(c)
		c.key = string(w.buf)
	}
	return c.key
}
