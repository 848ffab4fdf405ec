package compiler

// A compact binary form of a Code, for the code cache (lang/codecache):
// what CPython's marshal does for .pyc files. It is private to this
// build of minipy (the cache keys every file by the executable), so it
// needs no compatibility across versions; MarshalVersion changes when
// the layout does anyway, so that a stale file can never be misread.
//
// Layout: varints for ints and lengths, strings and byte strings as a
// length then the bytes, constants as a tag byte then the value, nested
// code objects inline. TestMarshalCoversCode fails when Code gains a
// field this file does not write.

import (
	"encoding/binary"
	"errors"
	"math"
	"math/big"

	"minipy/lang/ast"
)

// MarshalVersion identifies the layout written by Marshal.
const MarshalVersion = 1

// Constant tags.
const (
	tagNone = iota + 1
	tagFalse
	tagTrue
	tagInt
	tagFloat
	tagComplex
	tagStr
	tagBytes
	tagEllipsis
	tagCode
	tagTuple
	tagFrozenset
)

// Marshal appends c's binary form to buf.
func Marshal(buf []byte, c *Code) []byte {
	w := marshalWriter{buf: buf}
	w.code(c)
	return w.buf
}

type marshalWriter struct {
	buf []byte
	// nestedKeys writes a nested code object as its codeKey (which is
	// cached) instead of in full: codeKey's form.
	nestedKeys bool
}

func (w *marshalWriter) int(n int) { w.buf = binary.AppendVarint(w.buf, int64(n)) }

func (w *marshalWriter) str(s string) {
	w.int(len(s))
	w.buf = append(w.buf, s...)
}

func (w *marshalWriter) strs(ss []string) {
	w.int(len(ss))
	for _, s := range ss {
		w.str(s)
	}
}

func (w *marshalWriter) code(c *Code) {
	w.str(c.Name)
	w.str(c.QualName)
	w.str(c.Filename)
	for _, n := range [...]int{c.FirstLineno, c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.Flags, c.StackSize} {
		w.int(n)
	}
	w.int(len(c.Code))
	for _, ins := range c.Code {
		w.buf = binary.AppendUvarint(w.buf, uint64(ins))
	}
	w.int(len(c.Consts))
	for _, k := range c.Consts {
		w.constant(k)
	}
	w.strs(c.Names)
	w.strs(c.VarNames)
	w.strs(c.CellVars)
	w.strs(c.FreeVars)
	w.int(len(c.CellArgs))
	for _, a := range c.CellArgs {
		w.int(a)
	}
	w.int(len(c.ExceptionTable))
	for _, e := range c.ExceptionTable {
		w.int(e.Start)
		w.int(e.End)
		w.int(e.Target)
		w.int(e.Depth)
		if e.Lasti {
			w.int(1)
		} else {
			w.int(0)
		}
	}
	w.str(string(c.LineTable))
}

func (w *marshalWriter) constant(v any) {
	switch v := v.(type) {
	case nil:
		w.buf = append(w.buf, tagNone)
	case bool:
		if v {
			w.buf = append(w.buf, tagTrue)
		} else {
			w.buf = append(w.buf, tagFalse)
		}
	case *big.Int:
		w.buf = append(w.buf, tagInt)
		if v.IsInt64() {
			// Most int constants are small: a varint with a marker.
			w.int(0)
			w.int(int(v.Int64()))
			return
		}
		b, _ := v.GobEncode() // never fails for a non-nil Int
		w.str(string(b))
	case float64:
		w.buf = append(w.buf, tagFloat)
		w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(v))
	case complex128:
		w.buf = append(w.buf, tagComplex)
		w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(real(v)))
		w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(imag(v)))
	case string:
		w.buf = append(w.buf, tagStr)
		w.str(v)
	case []byte:
		w.buf = append(w.buf, tagBytes)
		w.str(string(v))
	case ast.EllipsisValue:
		w.buf = append(w.buf, tagEllipsis)
	case *Code:
		w.buf = append(w.buf, tagCode)
		if w.nestedKeys {
			w.str(codeKey(v))
		} else {
			w.code(v)
		}
	case ConstTuple:
		w.buf = append(w.buf, tagTuple)
		w.int(len(v))
		for _, x := range v {
			w.constant(x)
		}
	case ConstFrozenset:
		w.buf = append(w.buf, tagFrozenset)
		w.int(len(v))
		for _, x := range v {
			w.constant(x)
		}
	default:
		// Code.Consts holds only the types above (see Code); a new one
		// must be added here and to Unmarshal.
		panic("compiler: Marshal of an unknown constant type")
	}
}

// errMarshal is Unmarshal's one error: the bytes are not a Code this
// build wrote (truncated, corrupt or from another layout).
var errMarshal = errors.New("compiler: bad marshalled code")

// Unmarshal reads a Code written by Marshal. It never panics on bad
// input: any inconsistency returns an error.
func Unmarshal(b []byte) (*Code, error) {
	r := marshalReader{b: b}
	c := r.code(0)
	if r.bad || len(r.b) != 0 {
		return nil, errMarshal
	}
	return c, nil
}

type marshalReader struct {
	b   []byte
	bad bool
}

// fail marks the input bad and stops reading it.
func (r *marshalReader) fail() {
	r.bad = true
	r.b = nil
}

func (r *marshalReader) int() int {
	v, n := binary.Varint(r.b)
	if n <= 0 || v != int64(int(v)) {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

// count is a length: it must be non-negative and no more than the bytes
// left (each item takes at least one byte), so a corrupt length cannot
// make a huge allocation.
func (r *marshalReader) count() int {
	n := r.int()
	if n < 0 || n > len(r.b) {
		r.fail()
		return 0
	}
	return n
}

func (r *marshalReader) bytes() []byte {
	n := r.count()
	s := r.b[:n:n]
	r.b = r.b[n:]
	return s
}

func (r *marshalReader) str() string { return string(r.bytes()) }

func (r *marshalReader) strs() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = r.str()
	}
	return ss
}

func (r *marshalReader) u64() uint64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

// maxMarshalDepth bounds the nesting of code objects and tuples, far
// above what the compiler makes (its own recursion limit is lower).
const maxMarshalDepth = 1000

func (r *marshalReader) code(depth int) *Code {
	if depth > maxMarshalDepth {
		r.fail()
		return nil
	}
	c := &Code{Name: r.str(), QualName: r.str(), Filename: r.str()}
	c.FirstLineno = r.int()
	c.ArgCount = r.int()
	c.PosOnlyArgCount = r.int()
	c.KwOnlyArgCount = r.int()
	c.Flags = r.int()
	c.StackSize = r.int()
	if n := r.count(); n > 0 {
		c.Code = make([]uint32, n)
		for i := range c.Code {
			v, k := binary.Uvarint(r.b)
			if k <= 0 || v > math.MaxUint32 {
				r.fail()
				return nil
			}
			r.b = r.b[k:]
			c.Code[i] = uint32(v)
		}
	}
	if n := r.count(); n > 0 {
		c.Consts = make([]any, n)
		for i := range c.Consts {
			c.Consts[i] = r.constant(depth)
		}
	}
	c.Names = r.strs()
	c.VarNames = r.strs()
	c.CellVars = r.strs()
	c.FreeVars = r.strs()
	if n := r.count(); n > 0 {
		c.CellArgs = make([]int, n)
		for i := range c.CellArgs {
			c.CellArgs[i] = r.int()
		}
	}
	if n := r.count(); n > 0 {
		c.ExceptionTable = make([]ExceptionEntry, n)
		for i := range c.ExceptionTable {
			e := &c.ExceptionTable[i]
			e.Start, e.End, e.Target, e.Depth = r.int(), r.int(), r.int(), r.int()
			e.Lasti = r.int() != 0
		}
	}
	if lt := r.bytes(); len(lt) > 0 {
		c.LineTable = append([]byte(nil), lt...)
	}
	if r.bad {
		return nil
	}
	return c
}

func (r *marshalReader) constant(depth int) any {
	if len(r.b) == 0 {
		r.bad = true
		return nil
	}
	tag := r.b[0]
	r.b = r.b[1:]
	switch tag {
	case tagNone:
		return nil
	case tagFalse:
		return false
	case tagTrue:
		return true
	case tagInt:
		if len(r.b) > 0 && r.b[0] == 0 { // varint 0: the small form
			r.b = r.b[1:]
			return big.NewInt(int64(r.int()))
		}
		v := new(big.Int)
		if err := v.GobDecode(r.bytes()); err != nil {
			r.bad = true
		}
		return v
	case tagFloat:
		return math.Float64frombits(r.u64())
	case tagComplex:
		re := math.Float64frombits(r.u64())
		return complex(re, math.Float64frombits(r.u64()))
	case tagStr:
		return r.str()
	case tagBytes:
		return append([]byte{}, r.bytes()...)
	case tagEllipsis:
		return ast.EllipsisValue{}
	case tagCode:
		return r.code(depth + 1)
	case tagTuple, tagFrozenset:
		if depth > maxMarshalDepth {
			r.bad = true
			return nil
		}
		items := make([]any, r.count())
		for i := range items {
			items[i] = r.constant(depth + 1)
		}
		if tag == tagTuple {
			return ConstTuple(items)
		}
		return ConstFrozenset(items)
	}
	r.fail()
	return nil
}
