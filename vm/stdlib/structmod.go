package stdlib

import (
	binenc "encoding/binary"
	"math"
	"math/big"

	"minipy/vm"
	"minipy/vm/objects"
)

// _struct in Go (the struct module is the same module): formats are
// parsed into items once per call (or once per Struct object), and
// packing follows CPython's native (@, x86-64 sizes and alignment) and
// standard (=, <, >, !) tables with its error messages.

// StructError is struct.error.
var StructError = &objects.Type{Name: "struct.error", QualName: "error", Module: "struct",
	Base: objects.Exception, Bases: []*objects.Type{objects.Exception},
	Flags: objects.FlagBaseType | objects.FlagBaseExcSubclass | objects.FlagHaveGC}

// structT: a the format (str), i the size; ix the parsed items, packed
// as code<<32 | count, with the byte order in flag (false: little) and
// native alignment in j.
var structT = newGType("Struct", "_struct", true)

type sitem struct {
	code  byte
	count int
}

type sformat struct {
	items  []sitem
	big    bool
	native bool
	size   int
}

func stdSize(c byte) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'l', 'L', 'f':
		return 4
	case 'q', 'Q', 'd':
		return 8
	}
	return 0
}

func nativeSize(c byte) int {
	switch c {
	case 'l', 'L', 'n', 'N', 'P':
		return 8
	}
	return stdSize(c)
}

func parseStructFormat(ts *objects.Thread, f string) (*sformat, bool) {
	sf := &sformat{native: true}
	i := 0
	if len(f) > 0 {
		switch f[0] {
		case '@':
			i = 1
		case '=', '<':
			sf.native, i = false, 1
		case '>', '!':
			sf.native, sf.big, i = false, true, 1
		}
	}
	for i < len(f) {
		c := f[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		count, hasCount := 0, false
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			count = count*10 + int(f[i]-'0')
			hasCount = true
			i++
			if count > 1<<30 {
				ts.Raise(StructError, "total struct size too long")
				return nil, false
			}
		}
		if i >= len(f) {
			if hasCount {
				ts.Raise(StructError, "repeat count given without format specifier")
				return nil, false
			}
			break
		}
		c = f[i]
		i++
		if !hasCount {
			count = 1
		}
		var size int
		if sf.native {
			size = nativeSize(c)
		} else {
			size = stdSize(c)
		}
		if size == 0 {
			ts.Raise(StructError, "bad char in struct format")
			return nil, false
		}
		if sf.native && c != 's' && c != 'p' && c != 'x' && c != 'c' {
			// Native items are aligned to their size.
			if r := sf.size % size; r != 0 {
				sf.size += size - r
			}
		}
		if c == 's' || c == 'p' {
			sf.size += count
		} else {
			sf.size += size * count
		}
		sf.items = append(sf.items, sitem{c, count})
	}
	return sf, true
}

// nargs is how many values pack takes.
func (sf *sformat) nargs() int {
	n := 0
	for _, it := range sf.items {
		switch it.code {
		case 'x':
		case 's', 'p':
			n++
		default:
			n += it.count
		}
	}
	return n
}

func (sf *sformat) order() binenc.ByteOrder {
	if sf.big {
		return binenc.BigEndian
	}
	return binenc.LittleEndian
}

func structErr(ts *objects.Thread, format string, args ...any) bool {
	ts.Raisef(StructError, format, args...)
	return false
}

// intArg converts v for an integer code: a big.Int (nil with the error
// set).
func intArg(ts *objects.Thread, v *Object) *big.Int {
	if objects.LookupTypeString(v.Type(), "__index__") == nil {
		structErr(ts, "required argument is not an integer")
		return nil
	}
	n := objects.NumberIndex(ts, v)
	if n == nil {
		return nil
	}
	defer objects.Decref(ts, n)
	s := objects.Repr(ts, n)
	if s == nil {
		return nil
	}
	defer objects.Decref(ts, s)
	b, _ := new(big.Int).SetString(objects.StrValue(s), 10)
	return b
}

func (sf *sformat) packInt(ts *objects.Thread, c byte, v *Object, out []byte) bool {
	n := intArg(ts, v)
	if n == nil {
		return false
	}
	size := stdSize(c)
	if sf.native {
		size = nativeSize(c)
	}
	signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
	var lo, hi *big.Int
	bits := uint(size * 8)
	if signed {
		lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
	} else {
		lo = big.NewInt(0)
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
	}
	if c == 'P' {
		lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 63))
	}
	if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
		names := map[byte]string{'b': "byte", 'B': "ubyte", 'h': "short", 'H': "ushort"}
		switch {
		case names[c] != "":
			return structErr(ts, "%s format requires %s <= number <= %s", names[c], lo, hi)
		case size == 8:
			return structErr(ts, "argument out of range")
		case !signed && n.Sign() < 0:
			return structErr(ts, "argument out of range")
		default:
			return structErr(ts, "'%c' format requires %s <= number <= %s", c, lo, hi)
		}
	}
	var u uint64
	if n.Sign() < 0 {
		u = uint64(n.Int64())
	} else {
		u = n.Uint64()
	}
	switch size {
	case 1:
		out[0] = byte(u)
	case 2:
		sf.order().PutUint16(out, uint16(u))
	case 4:
		sf.order().PutUint32(out, uint32(u))
	case 8:
		sf.order().PutUint64(out, u)
	}
	return true
}

func floatArg(ts *objects.Thread, v *Object) (float64, bool) {
	t := v.Type()
	if !t.IsSubtype(objects.FloatType) && objects.LookupTypeString(t, "__float__") == nil && objects.LookupTypeString(t, "__index__") == nil {
		return 0, structErr(ts, "required argument is not a float")
	}
	f := objects.FloatOf(ts, v)
	if f == nil {
		return 0, false
	}
	defer objects.Decref(ts, f)
	return objects.FloatValue(f), true
}

// float16bits rounds x to IEEE half precision (round half to even).
func float16bits(ts *objects.Thread, x float64) (uint16, bool) {
	sign := uint16(0)
	if math.Signbit(x) {
		sign = 0x8000
		x = -x
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	case x == 0:
		return sign, true
	}
	frac, exp := math.Frexp(x) // x = frac * 2**exp, frac in [0.5, 1)
	e := exp - 1               // x = (2*frac) * 2**e
	var m uint64
	var biased int
	if e < -14 {
		// Subnormal: units of 2**-24.
		scaled := x * (1 << 24)
		m = uint64(math.RoundToEven(scaled))
		if m >= 1<<10 {
			biased, m = 1, m-(1<<10)
			return sign | uint16(biased<<10) | uint16(m), true
		}
		return sign | uint16(m), true
	}
	mant := (2*frac - 1) * (1 << 10)
	m = uint64(math.RoundToEven(mant))
	biased = e + 15
	if m == 1<<10 {
		m = 0
		biased++
	}
	if biased >= 31 {
		ts.Raise(objects.OverflowError, "float too large to pack with e format")
		return 0, false
	}
	return sign | uint16(biased<<10) | uint16(m), true
}

func float16value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * m * math.Pow(2, -24)
	case 31:
		if m == 0 {
			return sign * math.Inf(1)
		}
		return math.NaN()
	}
	return sign * (1 + m/1024) * math.Pow(2, float64(e-15))
}

// place returns the size of item it and, in native mode, moves *pos up
// to the item's alignment (strings, pad bytes and chars are unaligned).
func (sf *sformat) place(it sitem, pos *int) int {
	if !sf.native {
		return stdSize(it.code)
	}
	size := nativeSize(it.code)
	if it.code != 's' && it.code != 'p' && it.code != 'x' && it.code != 'c' {
		if r := *pos % size; r != 0 {
			*pos += size - r
		}
	}
	return size
}

func (sf *sformat) pack(ts *objects.Thread, args []*Object, out []byte) bool {
	if want := sf.nargs(); want != len(args) {
		return structErr(ts, "pack expected %d items for packing (got %d)", want, len(args))
	}
	pos, ai := 0, 0
	ord := sf.order()
	for _, it := range sf.items {
		size := sf.place(it, &pos)
		switch it.code {
		case 'x':
			pos += it.count
			continue
		case 's', 'p':
			v := args[ai]
			ai++
			data, ok := objects.BufferBytes(v)
			if !ok || !(v.Type().IsSubtype(objects.BytesType) || v.Type().IsSubtype(objects.ByteArrayType)) {
				return structErr(ts, "argument for '%c' must be a bytes object", it.code)
			}
			if it.code == 's' {
				copy(out[pos:pos+it.count], data)
			} else if it.count > 0 {
				n := min(len(data), it.count-1, 255)
				out[pos] = byte(n)
				copy(out[pos+1:pos+it.count], data[:n])
			}
			pos += it.count
			continue
		}
		for k := 0; k < it.count; k++ {
			v := args[ai]
			ai++
			dst := out[pos : pos+size]
			switch it.code {
			case 'c':
				if !v.Type().IsSubtype(objects.BytesType) || len(objects.BytesValue(v)) != 1 {
					return structErr(ts, "char format requires a bytes object of length 1")
				}
				dst[0] = objects.BytesValue(v)[0]
			case '?':
				r := objects.IsTrue(ts, v)
				if r < 0 {
					return false
				}
				dst[0] = byte(r)
			case 'e':
				f, ok := floatArg(ts, v)
				if !ok {
					return false
				}
				h, ok := float16bits(ts, f)
				if !ok {
					return false
				}
				ord.PutUint16(dst, h)
			case 'f':
				f, ok := floatArg(ts, v)
				if !ok {
					return false
				}
				if !math.IsInf(f, 0) && !math.IsNaN(f) && math.Abs(f) > math.MaxFloat32 {
					// Values that round to the largest float32 are fine.
					if float32(f) > math.MaxFloat32 || float32(f) < -math.MaxFloat32 || math.IsInf(float64(float32(f)), 0) {
						ts.Raise(objects.OverflowError, "float too large to pack with f format")
						return false
					}
				}
				ord.PutUint32(dst, math.Float32bits(float32(f)))
			case 'd':
				f, ok := floatArg(ts, v)
				if !ok {
					return false
				}
				ord.PutUint64(dst, math.Float64bits(f))
			default:
				if !sf.packInt(ts, it.code, v, dst) {
					return false
				}
			}
			pos += size
		}
	}
	return true
}

func (sf *sformat) unpack(ts *objects.Thread, data []byte) *Object {
	var out []*Object
	pos := 0
	ord := sf.order()
	for _, it := range sf.items {
		size := sf.place(it, &pos)
		switch it.code {
		case 'x':
			pos += it.count
			continue
		case 's':
			out = append(out, objects.NewBytes(ts, data[pos:pos+it.count]))
			pos += it.count
			continue
		case 'p':
			n := 0
			if it.count > 0 {
				n = min(int(data[pos]), it.count-1)
				out = append(out, objects.NewBytes(ts, data[pos+1:pos+1+n]))
			} else {
				out = append(out, objects.NewBytes(ts, nil))
			}
			pos += it.count
			continue
		}
		for k := 0; k < it.count; k++ {
			src := data[pos : pos+size]
			var v *Object
			switch it.code {
			case 'c':
				v = objects.NewBytes(ts, src[:1])
			case '?':
				v = boolObj(b2i(src[0] != 0))
			case 'e':
				v = objects.NewFloat(ts, float16value(ord.Uint16(src)))
			case 'f':
				v = objects.NewFloat(ts, float64(math.Float32frombits(ord.Uint32(src))))
			case 'd':
				v = objects.NewFloat(ts, math.Float64frombits(ord.Uint64(src)))
			default:
				var u uint64
				switch size {
				case 1:
					u = uint64(src[0])
				case 2:
					u = uint64(ord.Uint16(src))
				case 4:
					u = uint64(ord.Uint32(src))
				case 8:
					u = ord.Uint64(src)
				}
				switch it.code {
				case 'b', 'h', 'i', 'l', 'q', 'n':
					shift := 64 - uint(size*8)
					v = objects.NewInt(ts, int64(u<<shift)>>shift)
				default:
					v = objects.NewIntUint64(ts, u)
				}
			}
			out = append(out, v)
			pos += size
		}
	}
	return objects.NewTupleSteal(ts, out...)
}

// formatArg is the str/bytes format argument of the module functions.
func formatArg(ts *objects.Thread, fname string, o *Object) (*sformat, bool) {
	var f string
	switch {
	case o.Type().IsSubtype(objects.StrType):
		f = objects.StrValue(o)
	case o.Type().IsSubtype(objects.BytesType):
		f = string(objects.BytesValue(o))
	default:
		ts.Raisef(objects.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", objects.TypeName(o))
		return nil, false
	}
	return parseStructFormat(ts, f)
}

func readBuffer(ts *objects.Thread, o *Object) ([]byte, bool) {
	b, ok := objects.BufferBytes(o)
	if !ok {
		ts.Raisef(objects.TypeError, "a bytes-like object is required, not '%s'", objects.TypeName(o))
	}
	return b, ok
}

func structPack(ts *objects.Thread, sf *sformat, args []*Object) *Object {
	out := make([]byte, sf.size)
	if !sf.pack(ts, args, out) {
		return nil
	}
	return objects.NewBytes(ts, out)
}

func structUnpack(ts *objects.Thread, sf *sformat, buf *Object) *Object {
	data, ok := readBuffer(ts, buf)
	if !ok {
		return nil
	}
	if len(data) != sf.size {
		return ts.Raisef(StructError, "unpack requires a buffer of %d bytes", sf.size)
	}
	return sf.unpack(ts, data)
}

func structUnpackFrom(ts *objects.Thread, sf *sformat, buf, offObj *Object) *Object {
	data, ok := readBuffer(ts, buf)
	if !ok {
		return nil
	}
	off := int64(0)
	if offObj != nil {
		if off, ok = objects.AsInt64(ts, offObj); !ok {
			return nil
		}
	}
	if off < 0 {
		if off+int64(len(data)) < 0 {
			return ts.Raisef(StructError, "offset %d out of range for %d-byte buffer", off, len(data))
		}
		off += int64(len(data))
	}
	if int64(len(data))-off < int64(sf.size) {
		return ts.Raisef(StructError, "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", int64(sf.size)+off, sf.size, off, len(data))
	}
	return sf.unpack(ts, data[off:off+int64(sf.size)])
}

func structPackInto(ts *objects.Thread, sf *sformat, args []*Object) *Object {
	if len(args) < 2 {
		return ts.Raise(objects.TypeError, "pack_into expected buffer argument")
	}
	buf := args[0]
	if !buf.Type().IsSubtype(objects.ByteArrayType) {
		data, ok := objects.BufferBytes(buf)
		if !ok || buf.Type().IsSubtype(objects.BytesType) {
			_ = data
			return ts.Raisef(objects.TypeError, "argument must be read-write bytes-like object, not %s", objects.TypeName(buf))
		}
	}
	data, _ := objects.BufferBytes(buf)
	off, ok := objects.AsInt64(ts, args[1])
	if !ok {
		return nil
	}
	if off < 0 {
		if off+int64(len(data)) < 0 {
			return ts.Raisef(StructError, "offset %d out of range for %d-byte buffer", off, len(data))
		}
		off += int64(len(data))
	}
	if int64(len(data))-off < int64(sf.size) {
		return ts.Raisef(StructError, "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", int64(sf.size)+off, sf.size, off, len(data))
	}
	out := make([]byte, sf.size)
	if !sf.pack(ts, args[2:], out) {
		return nil
	}
	copy(data[off:], out)
	return objects.None
}

func structIterUnpack(ts *objects.Thread, sf *sformat, buf *Object) *Object {
	data, ok := readBuffer(ts, buf)
	if !ok {
		return nil
	}
	if sf.size == 0 {
		return ts.Raise(StructError, "cannot iteratively unpack with a struct of length 0")
	}
	if len(data)%sf.size != 0 {
		return ts.Raisef(StructError, "iterative unpacking requires a buffer of a multiple of %d bytes", sf.size)
	}
	rows := make([]*Object, 0, len(data)/sf.size)
	for p := 0; p < len(data); p += sf.size {
		r := sf.unpack(ts, data[p:p+sf.size])
		if r == nil {
			decrefAll(ts, rows)
			return nil
		}
		rows = append(rows, r)
	}
	l := objects.NewListSteal(ts, rows)
	if l == nil {
		return nil
	}
	defer objects.Decref(ts, l)
	return objects.GetIter(ts, l)
}

var structDefs []*objects.MethodDef

func init() {
	objects.RegisterStaticType(StructError)
	withFormat := func(name string, min int, body func(ts *objects.Thread, sf *sformat, rest []*Object) *Object) *objects.MethodDef {
		return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, name, kw) {
				return nil
			}
			if len(args) < min {
				return ts.Raisef(objects.TypeError, "%s expected at least %d argument%s, got %d", name, min, map[bool]string{true: "s", false: ""}[min != 1], len(args))
			}
			sf, ok := formatArg(ts, name, args[0])
			if !ok {
				return nil
			}
			return body(ts, sf, args[1:])
		}}
	}
	structDefs = []*objects.MethodDef{
		withFormat("pack", 1, func(ts *objects.Thread, sf *sformat, rest []*Object) *Object { return structPack(ts, sf, rest) }),
		withFormat("unpack", 2, func(ts *objects.Thread, sf *sformat, rest []*Object) *Object {
			if len(rest) != 1 {
				return ts.Raisef(objects.TypeError, "unpack expected 2 arguments, got %d", len(rest)+1)
			}
			return structUnpack(ts, sf, rest[0])
		}),
		withFormat("calcsize", 1, func(ts *objects.Thread, sf *sformat, rest []*Object) *Object {
			return objects.NewInt(ts, int64(sf.size))
		}),
		withFormat("pack_into", 1, func(ts *objects.Thread, sf *sformat, rest []*Object) *Object { return structPackInto(ts, sf, rest) }),
		withFormat("iter_unpack", 2, func(ts *objects.Thread, sf *sformat, rest []*Object) *Object {
			return structIterUnpack(ts, sf, rest[0])
		}),
		{Name: "unpack_from", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var f, buf, off *Object
			if !objects.ParseArgs(ts, "unpack_from", args, kw, []string{"format", "/", "buffer", "offset"}, 2, &f, &buf, &off) {
				return nil
			}
			sf, ok := formatArg(ts, "unpack_from", f)
			if !ok {
				return nil
			}
			return structUnpackFrom(ts, sf, buf, off)
		}},
	}
	registerDefs("_struct", structDefs)

	t := structT.t
	t.Doc = "Struct(fmt) --> compiled struct object"
	t.New = func(ts *objects.Thread, typ *objects.Type, args []*Object, kw *Object) *Object {
		var f *Object
		if !objects.ParseArgs(ts, "Struct", args, kw, []string{"format"}, 1, &f) {
			return nil
		}
		if _, ok := formatArg(ts, "Struct", f); !ok {
			return nil
		}
		x := structT.alloc(ts, typ)
		if f.Type().IsSubtype(objects.BytesType) {
			x.a = objects.NewStr(ts, string(objects.BytesValue(f)))
		} else {
			x.a = objects.NewRef(f)
		}
		return track(ts, x)
	}
	parsed := func(ts *objects.Thread, o *Object) *sformat {
		sf, _ := parseStructFormat(ts, objects.StrValue(asG(o).a))
		return sf
	}
	t.GetSets = []objects.GetSetDef{
		{Name: "format", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewRef(asG(o).a) }, Doc: "struct format string"},
		{Name: "size", Get: func(ts *objects.Thread, o *Object) *Object {
			return objects.NewInt(ts, int64(parsed(ts, o).size))
		}, Doc: "struct size in bytes"},
	}
	t.Methods = []objects.MethodDef{
		{Name: "pack", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, "pack", kw) {
				return nil
			}
			return structPack(ts, parsed(ts, o), args)
		}},
		{Name: "unpack", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckOneArg(ts, "unpack", args, kw) {
				return nil
			}
			return structUnpack(ts, parsed(ts, o), args[0])
		}},
		{Name: "unpack_from", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			var buf, off *Object
			if !objects.ParseArgs(ts, "unpack_from", args, kw, []string{"buffer", "offset"}, 1, &buf, &off) {
				return nil
			}
			return structUnpackFrom(ts, parsed(ts, o), buf, off)
		}},
		{Name: "pack_into", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, "pack_into", kw) {
				return nil
			}
			return structPackInto(ts, parsed(ts, o), args)
		}},
		{Name: "iter_unpack", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckOneArg(ts, "iter_unpack", args, kw) {
				return nil
			}
			return structIterUnpack(ts, parsed(ts, o), args[0])
		}},
	}
}

func newStructModule(th *vm.Thread) *Object {
	values := map[string]*Object{
		"Struct": objects.NewRef(structT.t.TypeObject()),
		"error":  objects.NewRef(StructError.TypeObject()),
	}
	names := []string{"calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"}
	items := make([]*Object, len(names))
	for i, n := range names {
		items[i] = objects.NewStr(th.TS, n)
	}
	values["__all__"] = objects.NewListSteal(th.TS, items)
	return makeModule(th, "struct", "Functions to convert between Python values and C structs.", structDefs, values)
}
