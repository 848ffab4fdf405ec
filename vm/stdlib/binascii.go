package stdlib

import (
	"encoding/base64"
	"encoding/hex"
	"hash/crc32"

	"minipy/vm"
	"minipy/vm/objects"
)

// binascii in Go: hex and base64 through Go's encoders where their rules
// are CPython's, and hand-written loops where CPython's decoder is more
// forgiving (non-strict base64 skips stray characters, uu and quoted
// printable have their own quirks). crc32 is zlib's (Go's IEEE table);
// crc_hqx is CRC-CCITT as binascii computes it.

// BinasciiError is binascii.Error; BinasciiIncomplete is binascii.Incomplete.
var (
	BinasciiError = &objects.Type{Name: "binascii.Error", QualName: "Error", Module: "binascii",
		Base: objects.ValueError, Bases: []*objects.Type{objects.ValueError},
		Flags: objects.FlagBaseType | objects.FlagBaseExcSubclass | objects.FlagHaveGC}
	BinasciiIncomplete = &objects.Type{Name: "binascii.Incomplete", QualName: "Incomplete", Module: "binascii",
		Base: objects.Exception, Bases: []*objects.Type{objects.Exception},
		Flags: objects.FlagBaseType | objects.FlagBaseExcSubclass | objects.FlagHaveGC}
)

var binasciiDefs []*objects.MethodDef

func newBinasciiModule(th *vm.Thread) *Object {
	values := map[string]*Object{
		"Error":      objects.NewRef(BinasciiError.TypeObject()),
		"Incomplete": objects.NewRef(BinasciiIncomplete.TypeObject()),
	}
	return makeModule(th, "binascii", "Conversion between binary data and ASCII", binasciiDefs, values)
}

// asciiArg is binascii's ascii_buffer_converter: a bytes-like object, or
// a str of ASCII characters.
func asciiArg(ts *objects.Thread, o *Object) ([]byte, bool) {
	if b, ok := objects.BufferBytes(o); ok {
		return b, true
	}
	if s := objects.AsStr(o); s != nil {
		if !s.IsASCII() {
			ts.Raise(objects.ValueError, "string argument should contain only ASCII characters")
			return nil, false
		}
		return []byte(objects.StrValue(o)), true
	}
	ts.Raisef(objects.TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", objects.TypeName(o))
	return nil, false
}

// binaryArg requires a bytes-like object (the y* converter).
func binaryArg(ts *objects.Thread, o *Object) ([]byte, bool) {
	if b, ok := objects.BufferBytes(o); ok {
		return b, true
	}
	ts.Raisef(objects.TypeError, "a bytes-like object is required, not '%s'", objects.TypeName(o))
	return nil, false
}

func boolArg(ts *objects.Thread, o *Object) (bool, bool) {
	if o == nil {
		return false, true
	}
	r := objects.IsTrue(ts, o)
	return r > 0, r >= 0
}

// hexWithSep is bytes.hex(sep, bytes_per_sep): groups of n bytes counted
// from the right (n > 0) or from the left (n < 0).
func hexWithSep(ts *objects.Thread, data []byte, sepObj, perObj *Object) ([]byte, bool) {
	plain := make([]byte, hex.EncodedLen(len(data)))
	hex.Encode(plain, data)
	if sepObj == nil {
		return plain, true
	}
	var sep byte
	if s := objects.AsStr(sepObj); s != nil {
		r := []rune(objects.StrValue(sepObj))
		if len(r) != 1 {
			ts.Raise(objects.ValueError, "sep must be length 1.")
			return nil, false
		}
		if r[0] > 127 {
			ts.Raise(objects.ValueError, "sep must be ASCII.")
			return nil, false
		}
		sep = byte(r[0])
	} else if b, ok := objects.BufferBytes(sepObj); ok {
		if len(b) != 1 {
			ts.Raise(objects.ValueError, "sep must be length 1.")
			return nil, false
		}
		sep = b[0]
	} else {
		ts.Raisef(objects.TypeError, "object of type '%s' has no len()", objects.TypeName(sepObj))
		return nil, false
	}
	per := int64(1)
	if perObj != nil {
		v, ok := objects.AsInt64(ts, perObj)
		if !ok {
			return nil, false
		}
		per = v
	}
	if per == 0 || len(data) == 0 {
		return plain, true
	}
	fromLeft := per < 0
	if fromLeft {
		per = -per
	}
	n := int64(len(data))
	out := make([]byte, 0, len(plain)+len(data))
	for i := int64(0); i < n; i++ {
		// A separator goes before byte i when a group boundary falls there.
		if i > 0 {
			boundary := (n-i)%per == 0
			if fromLeft {
				boundary = i%per == 0
			}
			if boundary {
				out = append(out, sep)
			}
		}
		out = append(out, plain[2*i], plain[2*i+1])
	}
	return out, true
}

func unhexlify(ts *objects.Thread, o *Object) *Object {
	b, ok := asciiArg(ts, o)
	if !ok {
		return nil
	}
	if len(b)%2 != 0 {
		return ts.Raise(BinasciiError, "Odd-length string")
	}
	out := make([]byte, len(b)/2)
	if _, err := hex.Decode(out, b); err != nil {
		return ts.Raise(BinasciiError, "Non-hexadecimal digit found")
	}
	return objects.NewBytes(ts, out)
}

// base64Value maps an ASCII byte to its 6-bit value, 0xff when it is not
// in the standard alphabet.
var base64Value = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(alphabet); i++ {
		t[alphabet[i]] = byte(i)
	}
	return
}()

// a2bBase64 follows binascii's decoder: outside strict mode characters
// outside the alphabet are skipped, and a pad that completes a quad ends
// the data.
func a2bBase64(ts *objects.Thread, in []byte, strict bool) *Object {
	if strict && len(in) > 0 && in[0] == '=' {
		return ts.Raise(BinasciiError, "Leading padding not allowed")
	}
	out := make([]byte, 0, len(in)/4*3+3)
	quad, pads := 0, 0
	var left byte
	padding := false
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c == '=' {
			padding = true
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(in) {
						return ts.Raise(BinasciiError, "Excess data after padding")
					}
					return objects.NewBytes(ts, out)
				}
			}
			continue
		}
		v := base64Value[c]
		if v == 0xff {
			if strict {
				return ts.Raise(BinasciiError, "Only base64 data is allowed")
			}
			continue
		}
		if strict && padding {
			return ts.Raise(BinasciiError, "Discontinuous padding not allowed")
		}
		pads = 0
		switch quad {
		case 0:
			left = v
		case 1:
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			out = append(out, left<<6|v)
		}
		quad = (quad + 1) % 4
	}
	switch quad {
	case 0:
		return objects.NewBytes(ts, out)
	case 1:
		return ts.Raisef(BinasciiError, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
	}
	return ts.Raise(BinasciiError, "Incorrect padding")
}

func b2aUU(ts *objects.Thread, data []byte, backtick bool) *Object {
	if len(data) > 45 {
		return ts.Raise(BinasciiError, "At most 45 bytes at once")
	}
	char := func(v byte) byte {
		if backtick && v == 0 {
			return '`'
		}
		return ' ' + v
	}
	out := make([]byte, 0, 2+(len(data)+2)/3*4)
	out = append(out, char(byte(len(data))))
	for i := 0; i < len(data); i += 3 {
		var g [3]byte
		copy(g[:], data[i:])
		out = append(out, char(g[0]>>2), char((g[0]&3)<<4|g[1]>>4), char((g[1]&0xf)<<2|g[2]>>6), char(g[2]&0x3f))
	}
	return objects.NewBytes(ts, append(out, '\n'))
}

func a2bUU(ts *objects.Thread, in []byte) *Object {
	// The first character is the length; a short line is padded with
	// zero bits, and what follows the data may only be blanks.
	var first byte
	if len(in) > 0 {
		first = in[0]
		in = in[1:]
	}
	n := int((first - ' ') & 0x3f)
	out := make([]byte, 0, n)
	var acc uint32
	bits := 0
	i := 0
	for len(out) < n {
		var v byte
		if i < len(in) && in[i] != '\n' && in[i] != '\r' {
			c := in[i]
			if c < ' ' || c > ' '+64 {
				return ts.Raise(BinasciiError, "Illegal char")
			}
			v = (c - ' ') & 0x3f
		}
		i++
		acc = acc<<6 | uint32(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
			acc &= 1<<bits - 1
		}
	}
	for ; i < len(in); i++ {
		if c := in[i]; c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return ts.Raise(BinasciiError, "Trailing garbage")
		}
	}
	return objects.NewBytes(ts, out)
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexValue(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

func a2bQP(in []byte, header bool) []byte {
	out := make([]byte, 0, len(in))
	for i := 0; i < len(in); {
		c := in[i]
		switch {
		case c == '=':
			i++
			if i >= len(in) {
				return out
			}
			switch d := in[i]; {
			case d == '\n' || d == '\r':
				// A soft line break: skip to past the newline.
				for i < len(in) && in[i] != '\n' {
					i++
				}
				if i < len(in) {
					i++
				}
			case d == '=':
				out = append(out, '=')
				i++
			case i+1 < len(in) && isHexDigit(d) && isHexDigit(in[i+1]):
				out = append(out, hexValue(d)<<4|hexValue(in[i+1]))
				i += 2
			default:
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			i++
		default:
			out = append(out, c)
			i++
		}
	}
	return out
}

// crcHqxTable is CRC-CCITT (polynomial 0x1021, most significant bit first).
var crcHqxTable = func() (t [256]uint16) {
	for i := range t {
		c := uint16(i) << 8
		for k := 0; k < 8; k++ {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		t[i] = c
	}
	return
}()

// maskedUint reads an int argument modulo 2**bits, as the C converters
// with no overflow check do.
func maskedUint(ts *objects.Thread, o *Object, bits uint) (uint64, bool) {
	idx := objects.NumberIndex(ts, o)
	if idx == nil {
		return 0, false
	}
	defer objects.Decref(ts, idx)
	mask := objects.NewIntUint64(ts, 1<<bits-1)
	r := objects.BinaryOp(ts, idx, mask, objects.OpAnd)
	objects.Decref(ts, mask)
	if r == nil {
		return 0, false
	}
	v, _ := objects.IntValue64(r)
	objects.Decref(ts, r)
	return uint64(v), true
}

func init() {
	objects.RegisterStaticType(BinasciiError)
	objects.RegisterStaticType(BinasciiIncomplete)
	hexlify := func(name string) *objects.MethodDef {
		return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var data, sep, per *Object
			if !objects.ParseArgs(ts, name, args, kw, []string{"data", "sep", "bytes_per_sep"}, 1, &data, &sep, &per) {
				return nil
			}
			b, ok := binaryArg(ts, data)
			if !ok {
				return nil
			}
			out, ok := hexWithSep(ts, b, sep, per)
			if !ok {
				return nil
			}
			return objects.NewBytes(ts, out)
		}}
	}
	unhex := func(name string) *objects.MethodDef {
		return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var s *Object
			if !objects.ParseArgs(ts, name, args, kw, []string{"hexstr", "/"}, 1, &s) {
				return nil
			}
			return unhexlify(ts, s)
		}}
	}
	binasciiDefs = []*objects.MethodDef{
		hexlify("hexlify"), hexlify("b2a_hex"), unhex("unhexlify"), unhex("a2b_hex"),
		{Name: "b2a_base64", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var data, newline *Object
			if !objects.ParseArgs(ts, "b2a_base64", args, kw, []string{"data", "/", "*", "newline"}, 1, &data, &newline) {
				return nil
			}
			b, ok := binaryArg(ts, data)
			if !ok {
				return nil
			}
			nl := true
			if newline != nil {
				if nl, ok = boolArg(ts, newline); !ok {
					return nil
				}
			}
			out := make([]byte, base64.StdEncoding.EncodedLen(len(b)), base64.StdEncoding.EncodedLen(len(b))+1)
			base64.StdEncoding.Encode(out, b)
			if nl {
				out = append(out, '\n')
			}
			return objects.NewBytes(ts, out)
		}},
		{Name: "a2b_base64", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var data, strict *Object
			if !objects.ParseArgs(ts, "a2b_base64", args, kw, []string{"data", "/", "*", "strict_mode"}, 1, &data, &strict) {
				return nil
			}
			b, ok := asciiArg(ts, data)
			if !ok {
				return nil
			}
			s, ok := boolArg(ts, strict)
			if !ok {
				return nil
			}
			return a2bBase64(ts, b, s)
		}},
		{Name: "b2a_uu", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var data, backtick *Object
			if !objects.ParseArgs(ts, "b2a_uu", args, kw, []string{"data", "/", "*", "backtick"}, 1, &data, &backtick) {
				return nil
			}
			b, ok := binaryArg(ts, data)
			if !ok {
				return nil
			}
			bt, ok := boolArg(ts, backtick)
			if !ok {
				return nil
			}
			return b2aUU(ts, b, bt)
		}},
		{Name: "a2b_uu", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var data *Object
			if !objects.ParseArgs(ts, "a2b_uu", args, kw, []string{"data", "/"}, 1, &data) {
				return nil
			}
			b, ok := asciiArg(ts, data)
			if !ok {
				return nil
			}
			return a2bUU(ts, b)
		}},
		{Name: "a2b_qp", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var data, header *Object
			if !objects.ParseArgs(ts, "a2b_qp", args, kw, []string{"data", "header"}, 1, &data, &header) {
				return nil
			}
			b, ok := asciiArg(ts, data)
			if !ok {
				return nil
			}
			h, ok := boolArg(ts, header)
			if !ok {
				return nil
			}
			return objects.NewBytes(ts, a2bQP(b, h))
		}},
		{Name: "crc32", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var data, crc *Object
			if !objects.ParseArgs(ts, "crc32", args, kw, []string{"data", "crc", "/"}, 1, &data, &crc) {
				return nil
			}
			b, ok := binaryArg(ts, data)
			if !ok {
				return nil
			}
			var start uint64
			if crc != nil {
				if start, ok = maskedUint(ts, crc, 32); !ok {
					return nil
				}
			}
			return objects.NewIntUint64(ts, uint64(crc32.Update(uint32(start), crc32.IEEETable, b)))
		}},
		{Name: "crc_hqx", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var data, crc *Object
			if !objects.ParseArgs(ts, "crc_hqx", args, kw, []string{"data", "crc", "/"}, 2, &data, &crc) {
				return nil
			}
			b, ok := binaryArg(ts, data)
			if !ok {
				return nil
			}
			start, ok := maskedUint(ts, crc, 16)
			if !ok {
				return nil
			}
			c := uint16(start)
			for _, x := range b {
				c = c<<8 ^ crcHqxTable[byte(c>>8)^x]
			}
			return objects.NewInt(ts, int64(c))
		}},
	}
	registerDefs("binascii", binasciiDefs)
}
