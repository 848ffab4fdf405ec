package builtins

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
)

// The unpickler of the _pickle module: CPython 3.11's load() and its
// load_* functions, with the same stack discipline (marks split off the
// object stack, a fence below which nothing may be popped) and so the
// same errors for malformed input. Every failure is a Python exception.

type unpickler struct {
	ts         *objects.Thread
	th         *vm.Thread
	buf        []byte
	pos        int
	read       *Object // file.read, nil for loads
	readline   *Object
	stack      []*Object
	marks      []int
	fence      int
	memo       []*Object       // the memo by index (CPython's memo array)
	memoFar    map[int]*Object // indexes too large for the array
	memoLen    int             // entries set (MEMOIZE's next index)
	proto      int
	fixImports bool
	encoding   string
	errors     string
	self       *Object // the Unpickler object, nil for loads
	persLoad   *Object
	buffers    *Object // iterator over out-of-band buffers
}

func (u *unpickler) release() {
	ts := u.ts
	for _, o := range u.stack {
		objects.Decref(ts, o)
	}
	u.stack = nil
	for _, o := range u.memo {
		objects.XDecref(ts, o)
	}
	for _, o := range u.memoFar {
		objects.Decref(ts, o)
	}
	u.memo, u.memoFar = nil, nil
	objects.XDecref(ts, u.read)
	objects.XDecref(ts, u.readline)
	objects.XDecref(ts, u.persLoad)
	objects.XDecref(ts, u.buffers)
	u.read, u.readline, u.persLoad, u.buffers = nil, nil, nil, nil
}

func (u *unpickler) err(msg string) bool {
	pickleError(u.ts, "UnpicklingError", msg)
	return false
}

func (u *unpickler) truncated() bool { return u.err("pickle data was truncated") }

// readN returns the next n bytes (borrowed until the next read).
func (u *unpickler) readN(n int) ([]byte, bool) {
	if n >= 0 && n <= len(u.buf)-u.pos {
		b := u.buf[u.pos : u.pos+n]
		u.pos += n
		return b, true
	}
	if u.read == nil || n < 0 {
		return nil, u.truncated()
	}
	ln := objects.NewInt(u.ts, int64(n))
	if ln == nil {
		return nil, false
	}
	data := objects.CallOneArg(u.ts, u.read, ln)
	objects.Decref(u.ts, ln)
	if data == nil {
		return nil, false
	}
	b, ok := u.bytesOf(data)
	objects.Decref(u.ts, data)
	if !ok {
		return nil, false
	}
	u.buf, u.pos = b, 0
	if len(b) < n {
		return nil, u.truncated()
	}
	u.pos = n
	return u.buf[:n], true
}

func (u *unpickler) bytesOf(data *Object) ([]byte, bool) {
	b, ok := objects.BufferBytes(data)
	if !ok {
		u.ts.Raisef(objects.TypeError, "a bytes-like object is required, not '%s'", objects.TypeName(data))
		return nil, false
	}
	return append([]byte(nil), b...), true
}

// readLine returns the next line with its newline.
func (u *unpickler) readLine() ([]byte, bool) {
	if i := indexByte(u.buf[u.pos:], '\n'); i >= 0 {
		b := u.buf[u.pos : u.pos+i+1]
		u.pos += i + 1
		return b, true
	}
	if u.readline == nil {
		return nil, u.truncated()
	}
	data := objects.CallNoArgs(u.ts, u.readline)
	if data == nil {
		return nil, false
	}
	b, ok := u.bytesOf(data)
	objects.Decref(u.ts, data)
	if !ok {
		return nil, false
	}
	u.buf, u.pos = b, len(b)
	if len(b) == 0 || b[len(b)-1] != '\n' {
		return nil, u.truncated()
	}
	return b, true
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func (u *unpickler) underflow() bool {
	if len(u.marks) > 0 {
		return u.err("unexpected MARK found")
	}
	return u.err("unpickling stack underflow")
}

func (u *unpickler) push(o *Object) bool {
	if o == nil {
		return false
	}
	u.stack = append(u.stack, o)
	return true
}

// pop returns the top of the stack (a new reference) or nil.
func (u *unpickler) pop() *Object {
	if len(u.stack) <= u.fence {
		u.underflow()
		return nil
	}
	o := u.stack[len(u.stack)-1]
	u.stack = u.stack[:len(u.stack)-1]
	return o
}

func (u *unpickler) setFence() {
	if len(u.marks) > 0 {
		u.fence = u.marks[len(u.marks)-1]
	} else {
		u.fence = 0
	}
}

func (u *unpickler) marker() int {
	if len(u.marks) == 0 {
		u.err("could not find MARK")
		return -1
	}
	m := u.marks[len(u.marks)-1]
	u.marks = u.marks[:len(u.marks)-1]
	u.setFence()
	return m
}

// popItems takes the items from start on (new references, stolen by the
// caller).
func (u *unpickler) popItems(start int) ([]*Object, bool) {
	if start < u.fence {
		return nil, u.underflow()
	}
	items := append([]*Object(nil), u.stack[start:]...)
	u.stack = u.stack[:start]
	return items, true
}

func (u *unpickler) popTuple(start int) *Object {
	items, ok := u.popItems(start)
	if !ok {
		return nil
	}
	return objects.NewTupleSteal(u.ts, items...)
}

func (u *unpickler) clearFrom(start int) {
	for _, o := range u.stack[start:] {
		objects.Decref(u.ts, o)
	}
	u.stack = u.stack[:start]
}

// memoFarIndex is where the memo switches from its array to a map (a
// hostile pickle may PUT at index 2**32-1).
const memoFarIndex = 1 << 20

func (u *unpickler) memoPut(idx int, o *Object) bool {
	// CPython grows its memo array to twice the index: beyond what
	// malloc can grant, that is a MemoryError.
	if uint64(idx)*16 > alloc.MaxPayload() {
		u.ts.RaiseNone(objects.MemoryError)
		return false
	}
	var old *Object
	if idx < memoFarIndex {
		if idx >= len(u.memo) {
			n := max(2*idx, 64)
			u.memo = append(u.memo, make([]*Object, n-len(u.memo))...)
		}
		old = u.memo[idx]
		u.memo[idx] = objects.NewRef(o)
	} else {
		if u.memoFar == nil {
			u.memoFar = map[int]*Object{}
		}
		old = u.memoFar[idx]
		u.memoFar[idx] = objects.NewRef(o)
	}
	if old != nil {
		objects.Decref(u.ts, old)
	} else {
		u.memoLen++
	}
	return true
}

func (u *unpickler) memoAt(idx int64) *Object {
	switch {
	case idx < 0:
		return nil
	case idx < int64(len(u.memo)):
		return u.memo[idx]
	case idx >= memoFarIndex:
		return u.memoFar[int(idx)]
	}
	return nil
}

func (u *unpickler) memoGet(idx int64) bool {
	o := u.memoAt(idx)
	if o == nil {
		return u.err("Memo value not found at index " + strconv.FormatInt(idx, 10))
	}
	return u.push(objects.NewRef(o))
}

// memoItems calls f for each memo entry.
func (u *unpickler) memoItems(f func(idx int, o *Object) bool) bool {
	for i, o := range u.memo {
		if o != nil && !f(i, o) {
			return false
		}
	}
	for i, o := range u.memoFar {
		if !f(i, o) {
			return false
		}
	}
	return true
}

func le(b []byte) uint64 {
	var x uint64
	for i, c := range b {
		x |= uint64(c) << (8 * uint(i))
	}
	return x
}

// size reads an n-byte unsigned little-endian length.
func (u *unpickler) size(n int, what string) (int, bool) {
	b, ok := u.readN(n)
	if !ok {
		return 0, false
	}
	x := le(b)
	if x > math.MaxInt64 || x > uint64(math.MaxInt) {
		u.ts.Raisef(objects.OverflowError, "%s exceeds system's maximum size of %d bytes", what, int64(math.MaxInt64))
		return 0, false
	}
	return int(x), true
}

// allocatable mirrors CPython, which allocates a bytes or bytearray
// before reading its payload: a size no malloc can grant is a
// MemoryError, not a truncated pickle.
func (u *unpickler) allocatable(size int) bool {
	if uint64(size) > alloc.MaxPayload() {
		u.ts.RaiseNone(objects.MemoryError)
		return false
	}
	return true
}

// decodeText decodes a Python 2 str per the Unpickler's encoding.
func (u *unpickler) decodeText(b []byte) *Object {
	if u.encoding == "bytes" {
		return objects.NewBytes(u.ts, b)
	}
	return objects.Decode(u.ts, b, pickleEncoding(u.encoding), u.errors)
}

func pickleEncoding(e string) string {
	// encodings.normalize_encoding, then the aliases of the codecs
	// objects.Encode/Decode know.
	var b strings.Builder
	pending := false
	for _, r := range strings.ToLower(e) {
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.') {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			b.WriteRune(r)
		} else {
			pending = true
		}
	}
	switch n := b.String(); n {
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us":
		return "ascii"
	case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819", "l1", "latin", "iso_ir_100":
		return "latin-1"
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return "utf-8"
	case "utf_16", "utf16", "u16":
		return "utf-16"
	case "utf_16_le", "utf_16le", "unicodelittleunmarked":
		return "utf-16-le"
	case "utf_16_be", "utf_16be", "unicodebigunmarked":
		return "utf-16-be"
	}
	return e
}

func (u *unpickler) intFromLine(line []byte, base int) *Object {
	ts := u.ts
	// A line that is not UTF-8 fails as CPython's error message does.
	s := objects.Decode(ts, line, "utf-8", "strict")
	if s == nil {
		return nil
	}
	b := objects.NewInt(ts, int64(base))
	r := objects.Call(ts, objects.IntType.TypeObject(), []*Object{s, b}, nil)
	objects.Decref(ts, s)
	objects.Decref(ts, b)
	return r
}

// strtol parses like C's strtol(s, &end, 0); ok is false on overflow or
// when anything but the newline follows the digits.
func strtol(s string) (int64, bool) {
	s = strings.TrimSuffix(s, "\n")
	t := strings.TrimLeft(s, " \t\r\f\v")
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	base := 10
	switch {
	case len(t) > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X'):
		base, t = 16, t[2:]
	case len(t) > 1 && t[0] == '0':
		base, t = 8, t[1:]
	}
	if t == "" {
		return 0, false
	}
	v, err := strconv.ParseUint(t, base, 64)
	if err != nil || v > math.MaxInt64 && !(neg && v == 1<<63) {
		return 0, false
	}
	if neg {
		return -int64(v), true
	}
	return int64(v), true
}

// cString is a line as C's string functions see it: up to a NUL.
func cString(line []byte) []byte {
	if i := indexByte(line, 0); i >= 0 {
		return line[:i]
	}
	return line
}

func (u *unpickler) loadInt() bool {
	line, ok := u.readLine()
	if !ok {
		return false
	}
	if len(line) < 2 {
		return u.truncated()
	}
	full := len(line)
	line = cString(line)
	if x, ok := strtol(string(line)); ok {
		if full == 3 && (x == 0 || x == 1) {
			if x == 1 {
				return u.push(objects.True)
			}
			return u.push(objects.False)
		}
		return u.push(objects.NewInt(u.ts, x))
	}
	v := u.intFromLine(line, 0)
	if v == nil {
		u.ts.ClearErr()
		u.ts.Raise(objects.ValueError, "could not convert string to int")
		return false
	}
	return u.push(v)
}

func (u *unpickler) loadLong() bool {
	line, ok := u.readLine()
	if !ok {
		return false
	}
	if len(line) < 2 {
		return u.truncated()
	}
	if line[len(line)-2] == 'L' {
		line = line[:len(line)-2]
	}
	line = cString(line)
	v := u.intFromLine(line, 0)
	if v == nil && u.ts.ErrMatches(objects.ValueError) && !u.ts.ErrMatches(objects.UnicodeDecodeError) {
		// PyLong_FromString names the base the prefix chose.
		u.ts.ClearErr()
		t := strings.TrimLeft(strings.ToLower(string(line)), " \t\n\r\f\v")
		t = strings.TrimLeft(t, "+-")
		base := 10
		switch {
		case strings.HasPrefix(t, "0x"):
			base = 16
		case strings.HasPrefix(t, "0o"):
			base = 8
		case strings.HasPrefix(t, "0b"):
			base = 2
		case strings.HasPrefix(t, "0"):
			base = 0 // an old-style octal literal
		}
		u.ts.Raisef(objects.ValueError, "invalid literal for int() with base %d: %s", base, objects.StrRepr(string(line)))
	}
	return u.push(v)
}

func (u *unpickler) loadCountedLong(n int) bool {
	b, ok := u.readN(n)
	if !ok {
		return false
	}
	size := int64(le(b))
	if n == 4 {
		size = int64(int32(uint32(size)))
	}
	if size < 0 {
		return u.err("LONG pickle has negative byte count")
	}
	data, ok := u.readN(int(size))
	if !ok {
		return false
	}
	return u.push(decodeLong(u.ts, data))
}

// decodeLong is pickle.decode_long (two's-complement little-endian).
func decodeLong(ts *objects.Thread, data []byte) *Object {
	if len(data) == 0 {
		return objects.NewInt(ts, 0)
	}
	if len(data) <= 8 {
		var x uint64
		for i := len(data) - 1; i >= 0; i-- {
			x = x<<8 | uint64(data[i])
		}
		shift := uint(64 - 8*len(data))
		return objects.NewInt(ts, int64(x<<shift)>>shift)
	}
	be := make([]byte, len(data))
	for i, c := range data {
		be[len(data)-1-i] = c
	}
	b := new(big.Int).SetBytes(be)
	if data[len(data)-1]&0x80 != 0 {
		b.Sub(b, new(big.Int).Lsh(big.NewInt(1), uint(8*len(data))))
	}
	return objects.NewIntBig(ts, b)
}

func (u *unpickler) loadFloat() bool {
	line, ok := u.readLine()
	if !ok {
		return false
	}
	if len(line) < 2 {
		return u.truncated()
	}
	line = cString(line)
	s := strings.TrimSuffix(string(line), "\n")
	if v, ok := parseFloatC(s); ok {
		return u.push(objects.NewFloat(u.ts, v))
	}
	// PyOS_string_to_double names the text when nothing parses, load_float
	// raises without it when only a prefix does.
	for n := len(s) - 1; n > 0; n-- {
		if _, ok := parseFloatC(s[:n]); ok {
			u.ts.Raise(objects.ValueError, "could not convert string to float")
			return false
		}
	}
	u.ts.Raise(objects.ValueError, "could not convert string to float: '"+string(line)+"'")
	return false
}

// parseFloatC parses a whole float literal as C's strtod would (no
// surrounding whitespace, no underscores).
func parseFloatC(s string) (float64, bool) {
	if s == "" || strings.ContainsAny(s, " \t\r\f\v_") {
		return 0, false
	}
	return objects.ParseFloatStr(s)
}

func (u *unpickler) loadString() bool {
	line, ok := u.readLine()
	if !ok {
		return false
	}
	s := line[:len(line)-1]
	if len(s) >= 2 && s[0] == s[len(s)-1] && (s[0] == '\'' || s[0] == '"') {
		s = s[1 : len(s)-1]
	} else {
		return u.err("the STRING opcode argument must be quoted")
	}
	b, ok := decodeEscape(u.ts, s)
	if !ok {
		return false
	}
	return u.push(u.decodeText(b))
}

// decodeEscape is PyBytes_DecodeEscape: Python bytes-literal escapes.
func decodeEscape(ts *objects.Thread, s []byte) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		if i >= len(s) {
			ts.Raise(objects.ValueError, "Trailing \\ in string")
			return nil, false
		}
		switch c = s[i]; c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, '\a')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '7'; k++ {
				i++
				v = v*8 + int(s[i]-'0')
			}
			out = append(out, byte(v))
		case 'x':
			if i+2 < len(s)+0 && isHex(s[i+1]) && isHex(s[i+2]) {
				v, _ := strconv.ParseUint(string(s[i+1:i+3]), 16, 8)
				out = append(out, byte(v))
				i += 2
			} else {
				ts.Raisef(objects.ValueError, "invalid \\x escape at position %d", i-1)
				return nil, false
			}
		default:
			out = append(out, '\\', c)
		}
	}
	return out, true
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// decodeRawUnicodeEscape is the raw_unicode_escape codec's decoder.
func decodeRawUnicodeEscape(ts *objects.Thread, b []byte) *Object {
	var sb strings.Builder
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' {
			sb.WriteRune(rune(c))
			i++
			continue
		}
		// A run of backslashes: only an odd run escapes a following u/U.
		j := i
		for j < len(b) && b[j] == '\\' {
			j++
		}
		if (j-i)%2 == 0 || j >= len(b) || (b[j] != 'u' && b[j] != 'U') {
			for ; i < j; i++ {
				sb.WriteByte('\\')
			}
			continue
		}
		for ; i < j-1; i++ {
			sb.WriteByte('\\')
		}
		n := 4
		if b[j] == 'U' {
			n = 8
		}
		start := i
		k := j + 1
		var v uint32
		for d := 0; d < n; d++ {
			if k+d >= len(b) || !isHex(b[k+d]) {
				raiseDecodeError(ts, "rawunicodeescape", b, start, min(k+d, len(b)), map[int]string{4: "truncated \\uXXXX escape", 8: "truncated \\UXXXXXXXX escape"}[n])
				return nil
			}
			x, _ := strconv.ParseUint(string(b[k+d:k+d+1]), 16, 8)
			v = v<<4 | uint32(x)
		}
		if v > 0x10ffff {
			raiseDecodeError(ts, "rawunicodeescape", b, start, k+n, "\\Uxxxxxxxx out of range")
			return nil
		}
		writeWTF8(&sb, rune(v))
		i = k + n
	}
	return objects.NewStr(ts, sb.String())
}

func writeWTF8(sb *strings.Builder, r rune) {
	if r >= 0xd800 && r <= 0xdfff {
		sb.WriteByte(byte(0xe0 | r>>12))
		sb.WriteByte(byte(0x80 | (r>>6)&0x3f))
		sb.WriteByte(byte(0x80 | r&0x3f))
		return
	}
	sb.WriteRune(r)
}

func raiseDecodeError(ts *objects.Thread, codec string, b []byte, start, end int, reason string) {
	obj := objects.NewBytes(ts, b)
	if obj == nil {
		return
	}
	args := []*Object{objects.NewStr(ts, codec), obj, objects.NewInt(ts, int64(start)), objects.NewInt(ts, int64(end)), objects.NewStr(ts, reason)}
	exc := objects.Call(ts, objects.UnicodeDecodeError.TypeObject(), args, nil)
	for _, a := range args {
		objects.XDecref(ts, a)
	}
	if exc != nil {
		ts.SetErrSteal(exc)
	}
}

// decodeUTF8Pass decodes UTF-8 with the surrogatepass error handler.
func decodeUTF8Pass(ts *objects.Thread, b []byte) *Object {
	if utf8.Valid(b) {
		return objects.NewStr(ts, string(b))
	}
	return objects.Decode(ts, b, "utf-8", "surrogatepass")
}

func (u *unpickler) findClass(module, name *Object) *Object {
	ts := u.ts
	if u.self != nil {
		return objects.CallMethod(ts, u.self, "find_class", module, name)
	}
	return findClassImpl(u.th, module, name, u.proto, u.fixImports)
}

// findClassImpl is Unpickler.find_class.
func findClassImpl(th *vm.Thread, module, name *Object, proto int, fix bool) *Object {
	ts := th.TS
	if objects.AsStr(module) == nil || objects.AsStr(name) == nil {
		return ts.Raise(objects.TypeError, "module and global names must be str")
	}
	ms, ns := objects.StrValue(module), objects.StrValue(name)
	if proto < 3 && fix {
		if m, ok := compatName[[2]string{ms, ns}]; ok {
			ms, ns = m[0], m[1]
		} else if m, ok := compatImport[ms]; ok {
			ms = m
		}
	}
	mod := th.Import(ts, ms)
	if mod == nil {
		return nil
	}
	defer objects.Decref(ts, mod)
	nameObj := objects.NewStr(ts, ns)
	if nameObj == nil {
		return nil
	}
	defer objects.Decref(ts, nameObj)
	var attr *Object
	if proto >= 4 {
		path := strings.Split(ns, ".")
		for _, s := range path {
			if s == "<locals>" {
				nr, _ := reprOf(ts, nameObj)
				mr, _ := reprOf(ts, mod)
				return ts.Raisef(objects.AttributeError, "Can't pickle local attribute %s on %s", nr, mr)
			}
		}
		var parent *Object
		attr, parent = getDeepAttr(ts, mod, path)
		objects.XDecref(ts, parent)
	} else {
		attr, _ = lookupAttr(ts, mod, ns)
	}
	if attr == nil && !ts.Occurred() {
		nr, _ := reprOf(ts, nameObj)
		mr, _ := reprOf(ts, mod)
		return ts.Raisef(objects.AttributeError, "Can't get attribute %s on %s", nr, mr)
	}
	return attr
}

// readNameLine reads one newline-terminated line of a text opcode (GLOBAL,
// INST) and decodes it without the newline; nil when truncated or not
// decodable (exception set).
func (u *unpickler) readNameLine(enc string) *Object {
	line, ok := u.readLine()
	if !ok {
		return nil
	}
	if len(line) < 2 {
		u.truncated()
		return nil
	}
	return objects.Decode(u.ts, line[:len(line)-1], enc, "strict")
}

// readGlobalName reads the module and name lines of GLOBAL and INST (two
// new references, or nil and nil with the exception set).
func (u *unpickler) readGlobalName(enc string) (module, name *Object) {
	if module = u.readNameLine(enc); module == nil {
		return nil, nil
	}
	if name = u.readNameLine(enc); name == nil {
		objects.Decref(u.ts, module)
		return nil, nil
	}
	return module, name
}

func (u *unpickler) loadGlobal() bool {
	ts := u.ts
	module, name := u.readGlobalName("utf-8")
	if module == nil {
		return false
	}
	defer objects.Decref(ts, module)
	defer objects.Decref(ts, name)
	return u.push(u.findClass(module, name))
}

func (u *unpickler) loadStackGlobal() bool {
	ts := u.ts
	name := u.pop()
	if name == nil {
		return false
	}
	defer objects.Decref(ts, name)
	module := u.pop()
	if module == nil {
		return false
	}
	defer objects.Decref(ts, module)
	if module.Type() != objects.StrType || name.Type() != objects.StrType {
		return u.err("STACK_GLOBAL requires str")
	}
	return u.push(u.findClass(module, name))
}

// instantiate is OBJ/INST's class call (cls.__new__(cls) for a class
// without __getinitargs__ and no arguments).
func (u *unpickler) instantiate(cls, args *Object) *Object {
	ts := u.ts
	if len(objects.TupleItems(args)) == 0 && objects.AsType(cls) != nil {
		f, ok := lookupAttr(ts, cls, "__getinitargs__")
		if !ok {
			return nil
		}
		if f == nil {
			return objects.CallMethod(ts, cls, "__new__", cls)
		}
		objects.Decref(ts, f)
	}
	return objects.Call(ts, cls, objects.TupleItems(args), nil)
}

func (u *unpickler) loadObj() bool {
	ts := u.ts
	i := u.marker()
	if i < 0 {
		return false
	}
	if len(u.stack)-i < 1 {
		return u.underflow()
	}
	args := u.popTuple(i + 1)
	if args == nil {
		return false
	}
	defer objects.Decref(ts, args)
	cls := u.pop()
	if cls == nil {
		return false
	}
	defer objects.Decref(ts, cls)
	return u.push(u.instantiate(cls, args))
}

func (u *unpickler) loadInst() bool {
	ts := u.ts
	i := u.marker()
	if i < 0 {
		return false
	}
	module, name := u.readGlobalName("ascii")
	if module == nil {
		return false
	}
	defer objects.Decref(ts, module)
	defer objects.Decref(ts, name)
	cls := u.findClass(module, name)
	if cls == nil {
		return false
	}
	defer objects.Decref(ts, cls)
	args := u.popTuple(i)
	if args == nil {
		return false
	}
	defer objects.Decref(ts, args)
	return u.push(u.instantiate(cls, args))
}

func (u *unpickler) loadNewobj(ex bool) bool {
	ts := u.ts
	var kwargs *Object
	if ex {
		if kwargs = u.pop(); kwargs == nil {
			return false
		}
		defer objects.Decref(ts, kwargs)
	}
	args := u.pop()
	if args == nil {
		return false
	}
	defer objects.Decref(ts, args)
	cls := u.pop()
	if cls == nil {
		return false
	}
	defer objects.Decref(ts, cls)
	op := "NEWOBJ"
	if ex {
		op = "NEWOBJ_EX"
	}
	t := objects.AsType(cls)
	if t == nil {
		return u.err(op + " class argument must be a type, not " + objects.TypeName(cls))
	}
	if t.New == nil {
		return u.err(op + " class argument '" + t.Name + "' doesn't have __new__")
	}
	if objects.AsTuple(args) == nil {
		return u.err(op + " args argument must be a tuple, not " + objects.TypeName(args))
	}
	if !ex {
		return u.push(t.New(ts, t, objects.TupleItems(args), nil))
	}
	if objects.AsDict(kwargs) == nil {
		return u.err("NEWOBJ_EX kwargs argument must be a dict, not " + objects.TypeName(kwargs))
	}
	all := append([]*Object(nil), objects.TupleItems(args)...)
	var names []*Object
	pos := 0
	for {
		k, v, ok := objects.DictNext(kwargs, &pos)
		if !ok {
			break
		}
		if objects.AsStr(k) == nil {
			for _, n := range names {
				objects.Decref(ts, n)
			}
			ts.Raise(objects.TypeError, "keywords must be strings")
			return false
		}
		names = append(names, objects.NewRef(k))
		all = append(all, v)
	}
	var kwnames *Object
	if len(names) > 0 {
		if kwnames = objects.NewTupleSteal(ts, names...); kwnames == nil {
			return false
		}
	}
	r := t.New(ts, t, all, kwnames)
	objects.XDecref(ts, kwnames)
	return u.push(r)
}

func (u *unpickler) loadReduce() bool {
	ts := u.ts
	argtup := u.pop()
	if argtup == nil {
		return false
	}
	defer objects.Decref(ts, argtup)
	callable := u.pop()
	if callable == nil {
		return false
	}
	defer objects.Decref(ts, callable)
	if objects.AsTuple(argtup) == nil {
		ts.Raise(objects.TypeError, "argument list must be a tuple")
		return false
	}
	return u.push(objects.Call(ts, callable, objects.TupleItems(argtup), nil))
}

func (u *unpickler) loadBuild() bool {
	ts := u.ts
	if len(u.stack)-2 < u.fence {
		return u.underflow()
	}
	state := u.pop()
	if state == nil {
		return false
	}
	defer func() { objects.XDecref(ts, state) }()
	inst := u.stack[len(u.stack)-1]
	setstate, ok := lookupAttr(ts, inst, "__setstate__")
	if !ok {
		return false
	}
	if setstate != nil {
		r := objects.CallOneArg(ts, setstate, state)
		objects.Decref(ts, setstate)
		if r == nil {
			return false
		}
		objects.Decref(ts, r)
		return true
	}
	var slotstate *Object
	if objects.AsTuple(state) != nil && len(objects.TupleItems(state)) == 2 {
		it := objects.TupleItems(state)
		st, ss := objects.NewRef(it[0]), objects.NewRef(it[1])
		objects.Decref(ts, state)
		state, slotstate = st, ss
		defer objects.Decref(ts, slotstate)
	}
	if state != objects.None {
		if objects.AsDict(state) == nil {
			return u.err("state is not a dictionary")
		}
		d := objects.GetAttrString(ts, inst, "__dict__")
		if d == nil {
			return false
		}
		pos := 0
		for {
			k, v, ok := objects.DictNext(state, &pos)
			if !ok {
				break
			}
			if objects.SetItem(ts, d, k, v) < 0 {
				objects.Decref(ts, d)
				return false
			}
		}
		objects.Decref(ts, d)
	}
	if slotstate != nil {
		if objects.AsDict(slotstate) == nil {
			return u.err("slot state is not a dictionary")
		}
		pos := 0
		for {
			k, v, ok := objects.DictNext(slotstate, &pos)
			if !ok {
				break
			}
			if objects.SetAttr(ts, inst, k, v) < 0 {
				return false
			}
		}
	}
	return true
}

func (u *unpickler) doAppend(x int) bool {
	ts := u.ts
	n := len(u.stack)
	if x > n || x <= u.fence {
		return u.underflow()
	}
	if n == x {
		return true
	}
	list := u.stack[x-1]
	if list.Type() == objects.ListType {
		items, _ := u.popItems(x)
		for _, it := range items {
			objects.ListAppendSteal(ts, list, it)
		}
		return true
	}
	extend, ok := lookupAttr(ts, list, "extend")
	if !ok {
		return false
	}
	if extend != nil {
		items, _ := u.popItems(x)
		l := objects.NewListSteal(ts, items)
		if l == nil {
			objects.Decref(ts, extend)
			return false
		}
		r := objects.CallOneArg(ts, extend, l)
		objects.Decref(ts, l)
		objects.Decref(ts, extend)
		if r == nil {
			return false
		}
		objects.Decref(ts, r)
		return true
	}
	return u.callEach(list, "append", x, n)
}

// callEach calls o.name(item) for each stack item from x to n, then drops
// the items from x on (APPENDS on a list subclass, ADDITEMS on a set
// subclass: the method is looked up once, as CPython does).
func (u *unpickler) callEach(o *Object, name string, x, n int) bool {
	ts := u.ts
	m := objects.GetAttrString(ts, o, name)
	if m == nil {
		return false
	}
	defer objects.Decref(ts, m)
	for i := x; i < n; i++ {
		r := objects.CallOneArg(ts, m, u.stack[i])
		if r == nil {
			u.clearFrom(x)
			return false
		}
		objects.Decref(ts, r)
	}
	u.clearFrom(x)
	return true
}

func (u *unpickler) doSetItems(x int) bool {
	ts := u.ts
	n := len(u.stack)
	if x > n || x <= u.fence {
		return u.underflow()
	}
	if n == x {
		return true
	}
	if (n-x)%2 != 0 {
		return u.err("odd number of items for SETITEMS")
	}
	d := u.stack[x-1]
	ok := true
	for i := x + 1; i < n; i += 2 {
		if objects.SetItem(ts, d, u.stack[i-1], u.stack[i]) < 0 {
			ok = false
			break
		}
	}
	u.clearFrom(x)
	return ok
}

func (u *unpickler) loadAddItems() bool {
	ts := u.ts
	mark := u.marker()
	if mark < 0 {
		return false
	}
	n := len(u.stack)
	if mark > n || mark <= u.fence {
		return u.underflow()
	}
	if n == mark {
		return true
	}
	set := u.stack[mark-1]
	if objects.IsSet(set) {
		items, _ := u.popItems(mark)
		ok := true
		for _, it := range items {
			if ok && objects.SetAdd(ts, set, it) < 0 {
				ok = false
			}
			objects.Decref(ts, it)
		}
		return ok
	}
	return u.callEach(set, "add", mark, n)
}

func (u *unpickler) loadDict() bool {
	ts := u.ts
	i := u.marker()
	if i < 0 {
		return false
	}
	j := len(u.stack)
	d := objects.NewDict(ts)
	if d == nil {
		return false
	}
	if (j-i)%2 != 0 {
		objects.Decref(ts, d)
		return u.err("odd number of items for DICT")
	}
	for k := i + 1; k < j; k += 2 {
		if objects.DictSetItem(ts, d, u.stack[k-1], u.stack[k]) < 0 {
			objects.Decref(ts, d)
			return false
		}
	}
	u.clearFrom(i)
	return u.push(d)
}

func (u *unpickler) loadExtension(n int) bool {
	ts := u.ts
	b, ok := u.readN(n)
	if !ok {
		return false
	}
	code := int64(le(b))
	if n == 4 {
		code = int64(int32(uint32(code)))
	}
	if code <= 0 {
		return u.err("EXT specifies code <= 0")
	}
	cr := u.th.Import(ts, "copyreg")
	if cr == nil {
		return false
	}
	defer objects.Decref(ts, cr)
	cache := objects.GetAttrString(ts, cr, "_extension_cache")
	if cache == nil {
		return false
	}
	defer objects.Decref(ts, cache)
	inv := objects.GetAttrString(ts, cr, "_inverted_registry")
	if inv == nil {
		return false
	}
	defer objects.Decref(ts, inv)
	key := objects.NewInt(ts, code)
	if key == nil {
		return false
	}
	defer objects.Decref(ts, key)
	if o := objects.DictGetItemErr(ts, cache, key); o != nil {
		return u.push(objects.NewRef(o))
	} else if ts.Occurred() {
		return false
	}
	pair := objects.DictGetItemErr(ts, inv, key)
	if pair == nil {
		if !ts.Occurred() {
			ts.Raisef(objects.ValueError, "unregistered extension code %d", code)
		}
		return false
	}
	if objects.AsTuple(pair) == nil || len(objects.TupleItems(pair)) != 2 ||
		objects.AsStr(objects.TupleItems(pair)[0]) == nil || objects.AsStr(objects.TupleItems(pair)[1]) == nil {
		ts.Raisef(objects.ValueError, "_inverted_registry[%d] isn't a 2-tuple of strings", code)
		return false
	}
	o := u.findClass(objects.TupleItems(pair)[0], objects.TupleItems(pair)[1])
	if o == nil {
		return false
	}
	if objects.DictSetItem(ts, cache, key, o) < 0 {
		objects.Decref(ts, o)
		return false
	}
	return u.push(o)
}

func (u *unpickler) persistent(pid *Object) bool {
	ts := u.ts
	if u.persLoad == nil {
		return u.err("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.")
	}
	return u.push(objects.CallOneArg(ts, u.persLoad, pid))
}

func (u *unpickler) loadPut(idx int64, what string) bool {
	if len(u.stack) <= u.fence {
		return u.underflow()
	}
	if idx < 0 {
		u.ts.Raisef(objects.ValueError, "negative %s argument", what)
		return false
	}
	return u.memoPut(int(idx), u.stack[len(u.stack)-1])
}

func (u *unpickler) lineIndex(put bool) (int64, bool) {
	line, ok := u.readLine()
	if !ok {
		return 0, false
	}
	if len(line) < 2 {
		return 0, u.truncated()
	}
	if put && len(u.stack) <= u.fence {
		return 0, u.underflow()
	}
	v := u.intFromLine(cString(line), 10)
	if v == nil {
		return 0, false
	}
	x, ok := objects.IntValue64(v)
	objects.Decref(u.ts, v)
	if !ok {
		u.ts.Raise(objects.OverflowError, "Python int too large to convert to C ssize_t")
		return 0, false
	}
	return x, true
}

// step runs one opcode; done reports STOP.
func (u *unpickler) step(op byte) (ok, done bool) {
	ts := u.ts
	switch op {
	case opNone:
		return u.push(objects.None), false
	case opNewTrue:
		return u.push(objects.True), false
	case opNewFalse:
		return u.push(objects.False), false
	case opInt:
		return u.loadInt(), false
	case opBinInt, opBinInt1, opBinInt2:
		n := map[byte]int{opBinInt: 4, opBinInt1: 1, opBinInt2: 2}[op]
		b, ok := u.readN(n)
		if !ok {
			return false, false
		}
		x := int64(le(b))
		if n == 4 {
			x = int64(int32(uint32(x)))
		}
		return u.push(objects.NewInt(ts, x)), false
	case opLong:
		return u.loadLong(), false
	case opLong1:
		return u.loadCountedLong(1), false
	case opLong4:
		return u.loadCountedLong(4), false
	case opFloat:
		return u.loadFloat(), false
	case opBinFloat:
		b, ok := u.readN(8)
		if !ok {
			return false, false
		}
		return u.push(objects.NewFloat(ts, math.Float64frombits(binary.BigEndian.Uint64(b)))), false
	case opString:
		return u.loadString(), false
	case opBinString, opShortBinString:
		n := 4
		if op == opShortBinString {
			n = 1
		}
		size, ok := u.size(n, "BINSTRING")
		if !ok {
			return false, false
		}
		b, ok := u.readN(size)
		if !ok {
			return false, false
		}
		return u.push(u.decodeText(b)), false
	case opBinBytes, opShortBinBytes, opBinBytes8:
		n := map[byte]int{opBinBytes: 4, opShortBinBytes: 1, opBinBytes8: 8}[op]
		size, ok := u.size(n, "BINBYTES")
		if !ok || !u.allocatable(size) {
			return false, false
		}
		b, ok := u.readN(size)
		if !ok {
			return false, false
		}
		return u.push(objects.NewBytes(ts, b)), false
	case opByteArray8:
		size, ok := u.size(8, "BYTEARRAY8")
		if !ok || !u.allocatable(size) {
			return false, false
		}
		b, ok := u.readN(size)
		if !ok {
			return false, false
		}
		return u.push(objects.NewByteArray(ts, b)), false
	case opUnicode:
		line, ok := u.readLine()
		if !ok {
			return false, false
		}
		if len(line) < 1 {
			return u.truncated(), false
		}
		return u.push(decodeRawUnicodeEscape(ts, line[:len(line)-1])), false
	case opBinUnicode, opShortBinUnicode, opBinUnicode8:
		n := map[byte]int{opBinUnicode: 4, opShortBinUnicode: 1, opBinUnicode8: 8}[op]
		size, ok := u.size(n, "BINUNICODE")
		if !ok {
			return false, false
		}
		b, ok := u.readN(size)
		if !ok {
			return false, false
		}
		return u.push(decodeUTF8Pass(ts, b)), false
	case opTuple:
		i := u.marker()
		if i < 0 {
			return false, false
		}
		return u.push(u.popTuple(i)), false
	case opEmptyTuple:
		return u.push(objects.NewRef(objects.EmptyTuple)), false
	case opTuple1, opTuple2, opTuple3:
		n := int(op-opTuple1) + 1
		if len(u.stack) < n {
			return u.underflow(), false
		}
		return u.push(u.popTuple(len(u.stack) - n)), false
	case opEmptyList:
		return u.push(objects.NewList(ts)), false
	case opEmptyDict:
		return u.push(objects.NewDict(ts)), false
	case opEmptySet:
		return u.push(objects.NewSet(ts, nil)), false
	case opList:
		i := u.marker()
		if i < 0 {
			return false, false
		}
		items, ok := u.popItems(i)
		if !ok {
			return false, false
		}
		return u.push(objects.NewListSteal(ts, items)), false
	case opDict:
		return u.loadDict(), false
	case opFrozenSet:
		i := u.marker()
		if i < 0 {
			return false, false
		}
		t := u.popTuple(i)
		if t == nil {
			return false, false
		}
		fs := objects.NewFrozenSet(ts, t)
		objects.Decref(ts, t)
		return u.push(fs), false
	case opAddItems:
		return u.loadAddItems(), false
	case opAppend:
		return u.doAppend(len(u.stack) - 1), false
	case opAppends:
		i := u.marker()
		if i < 0 {
			return false, false
		}
		return u.doAppend(i), false
	case opSetItem:
		return u.doSetItems(len(u.stack) - 2), false
	case opSetItems:
		i := u.marker()
		if i < 0 {
			return false, false
		}
		return u.doSetItems(i), false
	case opObj:
		return u.loadObj(), false
	case opInst:
		return u.loadInst(), false
	case opNewObj:
		return u.loadNewobj(false), false
	case opNewObjEx:
		return u.loadNewobj(true), false
	case opGlobal:
		return u.loadGlobal(), false
	case opStackGlobal:
		return u.loadStackGlobal(), false
	case opExt1:
		return u.loadExtension(1), false
	case opExt2:
		return u.loadExtension(2), false
	case opExt4:
		return u.loadExtension(4), false
	case opPersID:
		if u.persLoad == nil {
			return u.persistent(nil), false
		}
		line, ok := u.readLine()
		if !ok {
			return false, false
		}
		if len(line) < 1 {
			return u.truncated(), false
		}
		pid := objects.Decode(ts, line[:len(line)-1], "ascii", "strict")
		if pid == nil {
			if ts.ErrMatches(objects.UnicodeDecodeError) {
				ts.ClearErr()
				return u.err("persistent IDs in protocol 0 must be ASCII strings"), false
			}
			return false, false
		}
		ok = u.persistent(pid)
		objects.Decref(ts, pid)
		return ok, false
	case opBinPersID:
		if u.persLoad == nil {
			return u.persistent(nil), false
		}
		pid := u.pop()
		if pid == nil {
			return false, false
		}
		ok := u.persistent(pid)
		objects.Decref(ts, pid)
		return ok, false
	case opReduce:
		return u.loadReduce(), false
	case opBuild:
		return u.loadBuild(), false
	case opPop:
		n := len(u.stack)
		if len(u.marks) > 0 && u.marks[len(u.marks)-1] == n {
			u.marks = u.marks[:len(u.marks)-1]
			u.setFence()
		} else if n <= u.fence {
			return u.underflow(), false
		} else {
			u.clearFrom(n - 1)
		}
		return true, false
	case opPopMark:
		i := u.marker()
		if i < 0 {
			return false, false
		}
		u.clearFrom(i)
		return true, false
	case opDup:
		if len(u.stack) <= u.fence {
			return u.underflow(), false
		}
		return u.push(objects.NewRef(u.stack[len(u.stack)-1])), false
	case opGet:
		idx, ok := u.lineIndex(false)
		if !ok {
			return false, false
		}
		return u.memoGet(idx), false
	case opBinGet:
		b, ok := u.readN(1)
		if !ok {
			return false, false
		}
		return u.memoGet(int64(b[0])), false
	case opLongBinGet:
		b, ok := u.readN(4)
		if !ok {
			return false, false
		}
		return u.memoGet(int64(le(b))), false
	case opPut:
		idx, ok := u.lineIndex(true)
		if !ok {
			return false, false
		}
		return u.loadPut(idx, "PUT"), false
	case opBinPut:
		b, ok := u.readN(1)
		if !ok {
			return false, false
		}
		return u.loadPut(int64(b[0]), "BINPUT"), false
	case opLongBinPut:
		b, ok := u.readN(4)
		if !ok {
			return false, false
		}
		return u.loadPut(int64(le(b)), "LONG_BINPUT"), false
	case opMemoize:
		return u.loadPut(int64(u.memoLen), "MEMOIZE"), false
	case opMark:
		u.marks = append(u.marks, len(u.stack))
		u.fence = len(u.stack)
		return true, false
	case opProto:
		b, ok := u.readN(1)
		if !ok {
			return false, false
		}
		if int(b[0]) > pickleHighestProtocol {
			ts.Raisef(objects.ValueError, "unsupported pickle protocol: %d", b[0])
			return false, false
		}
		u.proto = int(b[0])
		if u.self != nil {
			p := objects.NewInt(ts, int64(u.proto))
			if p == nil || objects.SetAttrString(ts, u.self, "_proto", p) < 0 {
				objects.XDecref(ts, p)
				return false, false
			}
			objects.Decref(ts, p)
		}
		return true, false
	case opFrame:
		size, ok := u.size(8, "FRAME length")
		if !ok {
			if ts.ErrMatches(objects.OverflowError) {
				ts.ClearErr()
				ts.Raisef(objects.OverflowError, "FRAME length exceeds system's maximum of %d bytes", int64(math.MaxInt64))
			}
			return false, false
		}
		if _, ok := u.readN(size); !ok {
			return false, false
		}
		u.pos -= size
		return true, false
	case opNextBuffer:
		if u.buffers == nil {
			return u.err("pickle stream refers to out-of-band data but no *buffers* argument was given"), false
		}
		b := objects.IterNext(ts, u.buffers)
		if b == nil {
			if !ts.Occurred() {
				u.err("not enough out-of-band buffers")
			}
			return false, false
		}
		return u.push(b), false
	case opReadonlyBuffer:
		if len(u.stack) <= u.fence {
			return u.underflow(), false
		}
		top := u.stack[len(u.stack)-1]
		mv := objects.NewMemoryView(ts, top)
		if mv == nil {
			return false, false
		}
		if objects.AsByteArray(top) == nil {
			objects.Decref(ts, mv)
			return true, false
		}
		ro := objects.CallMethod(ts, mv, "toreadonly")
		objects.Decref(ts, mv)
		if ro == nil {
			return false, false
		}
		u.stack[len(u.stack)-1] = ro
		objects.Decref(ts, top)
		return true, false
	case opStop:
		return true, true
	}
	if op >= 0x20 && op <= 0x7e && op != '\'' && op != '\\' {
		return u.err("invalid load key, '" + string(rune(op)) + "'."), false
	}
	return u.err("invalid load key, '\\x" + strconv.FormatUint(uint64(op)|0x100, 16)[1:] + "'."), false
}

// load runs the machine until STOP and returns the value on top.
func (u *unpickler) load() *Object {
	ts := u.ts
	u.marks = u.marks[:0]
	u.fence = 0
	u.proto = 0
	for {
		b, ok := u.readN(1)
		if !ok {
			if exc := ts.FetchErr(); exc != nil {
				if isUnpicklingError(ts, exc) {
					objects.Decref(ts, exc)
					ts.Raise(objects.EOFError, "Ran out of input")
				} else {
					ts.SetErrSteal(exc)
				}
			}
			return nil
		}
		ok, done := u.step(b[0])
		if !ok {
			if !ts.Occurred() {
				ts.Raise(objects.SystemError, "unpickling failed without an exception")
			}
			return nil
		}
		if done {
			break
		}
	}
	return u.pop()
}

func isUnpicklingError(ts *objects.Thread, exc *Object) bool {
	m := pickleModule(ts)
	if m == nil {
		ts.ClearErr()
		return false
	}
	defer objects.Decref(ts, m)
	c := objects.GetAttrString(ts, m, "UnpicklingError")
	if c == nil {
		ts.ClearErr()
		return false
	}
	defer objects.Decref(ts, c)
	t := objects.AsType(c)
	return t != nil && exc.Type().IsSubtype(t)
}
