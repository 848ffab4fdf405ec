package objects

import (
	"math"
	"strings"
	"unicode/utf8"
	"unsafe"

	"minipy/lang/literal"
	"minipy/runtime/alloc"
)

// Str is a str object.
//
// The text is kept as WTF-8 in the generalized sense: UTF-8 in which every
// code point, lone surrogates included, has its own 1–4 byte sequence (a
// surrogate pair stays two 3-byte sequences, because '\ud800\udc00' and
// '\U00010000' are different Python strings). Byte order then equals code
// point order, so comparisons are plain byte comparisons.
//
// n is the length in code points and kind the PEP 393 width (1, 2 or 4 bytes
// per code point by the widest character), which hashing needs to match
// CPython. A string is ASCII exactly when len(s) == n; ASCII strings are
// indexed by byte. For other strings, indexing uses a checkpoint index built
// on first need (idx[k] is the byte offset of code point k*strIdxStride), so
// that s[i] scans at most strIdxStride-1 code points: O(1) with a small
// constant, at a cost of 4 bytes per strIdxStride code points. Strings no
// longer than strIdxStride never get an index (the static immortals among
// them), so static objects are never written.
type Str struct {
	Object
	s    string
	n    int      // length in code points
	kind uint8    // 1, 2 or 4
	capa uint32   // 0, or the capacity of s's buffer, which only this object may extend (see strAppend)
	hash int64    // -1 until computed
	idx  []uint32 // checkpoint index (non-ASCII strings longer than strIdxStride), lazily built
}

// strIdxStride is the distance in code points between two checkpoints of a
// non-ASCII string's index.
const strIdxStride = 16

var strClass = alloc.NewClass[Str]("str")

// StrType is the str type.
var StrType = &Type{Name: "str", Flags: FlagBaseType | FlagStrSubclass,
	Doc: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str"}

func init() {
	StrType.Dealloc = strDealloc
	StrType.Repr = strRepr
	StrType.Str = func(ts *Thread, o *Object) *Object {
		if o.typ == StrType {
			return NewRef(o)
		}
		return NewStr(ts, StrValue(o))
	}
	StrType.Hash = strHashSlot
	StrType.RichCompare = strRichCompare
	StrType.Len = func(ts *Thread, o *Object) int { return AsStr(o).n }
	StrType.GetItem = strSubscript
	StrType.Contains = strContains
	StrType.Iter = strIter
	StrType.NumBinary[OpAdd] = strConcatSlot
	StrType.NumBinary[OpMul] = strRepeatSlot
	StrType.NumBinary[OpMod] = strModSlot
	StrType.New = strNew
	registerStatic(StrType)
}

func strDealloc(ts *Thread, o *Object) {
	p := (*Str)(unsafePointer(o))
	ts.heap.Uncharge(p.charged())
	p.s = ""
	p.idx = nil
	freeObject(ts, strClass, p)
}

// NewStr returns a new str holding s, which should be WTF-8. Bytes that are
// not part of a valid sequence are replaced by U+FFFD so that the object's
// invariants hold whatever the caller passes.
func NewStr(ts *Thread, s string) *Object {
	switch len(s) {
	case 0:
		return NewRef(EmptyStr)
	case 1:
		if s[0] < 0x80 {
			return &latin1Strs[s[0]].Object
		}
	case 2:
		if c := s[0]; c == 0xc2 || c == 0xc3 {
			if s[1]&0xc0 == 0x80 {
				return &latin1Strs[rune(c&0x1f)<<6|rune(s[1]&0x3f)].Object
			}
		}
	}
	n, kind, ok := strMeasure(s)
	if !ok {
		s = strSanitize(s)
		n, kind, _ = strMeasure(s)
	}
	return newStrMeasured(ts, s, n, kind)
}

// newStrMeasured makes a str whose length and kind the caller knows (s must
// be valid WTF-8). One-character latin-1 strings are the static immortals.
func newStrMeasured(ts *Thread, s string, n int, kind uint8) *Object {
	if n <= 1 {
		if n == 0 {
			return NewRef(EmptyStr)
		}
		if kind == 1 {
			r, _ := literal.DecodeRune(s)
			return &latin1Strs[r].Object
		}
	}
	p := newObject(ts, strClass, StrType)
	p.s = s
	p.n = n
	p.kind = kind
	p.hash = -1
	ts.heap.Charge(len(s))
	return &p.Object
}

// newStrASCII makes a str from text known to be ASCII.
func newStrASCII(ts *Thread, s string) *Object {
	return newStrMeasured(ts, s, len(s), 1)
}

// NewStrFromRunes makes a str from code points (surrogates allowed).
func NewStrFromRunes(ts *Thread, rs []rune) *Object {
	b := make([]byte, 0, len(rs))
	kind := uint8(1)
	for _, r := range rs {
		if r < 0 || r > 0x10ffff {
			r = 0xfffd
		}
		b = literal.AppendRune(b, r)
		kind = strKindMax(kind, r)
	}
	return newStrMeasured(ts, string(b), len(rs), kind)
}

// NewStrRune returns the one-character str for code point r.
func NewStrRune(ts *Thread, r rune) *Object {
	if r >= 0 && r < 256 {
		return &latin1Strs[r].Object
	}
	var buf [4]byte
	return newStrMeasured(ts, string(literal.AppendRune(buf[:0], r)), 1, strKindMax(1, r))
}

func strKindMax(kind uint8, r rune) uint8 {
	switch {
	case r > 0xffff:
		return 4
	case r > 0xff && kind < 2:
		return 2
	}
	return kind
}

// strMeasure counts code points and finds the PEP 393 kind; ok is false when
// s is not valid WTF-8.
func strMeasure(s string) (n int, kind uint8, ok bool) {
	kind = 1
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			n++
			continue
		}
		r, size := decodeWTF8(s[i:])
		if r == utf8.RuneError && size == 1 {
			return n, kind, false
		}
		i += size
		n++
		kind = strKindMax(kind, r)
	}
	return n, kind, true
}

// strSanitize replaces invalid bytes with U+FFFD.
func strSanitize(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, size := decodeWTF8(s[i:])
		b = literal.AppendRune(b, r)
		i += size
	}
	return string(b)
}

// decodeWTF8 decodes one code point, accepting surrogates encoded as 3 bytes.
func decodeWTF8(s string) (rune, int) { return literal.DecodeRune(s) }

// strSeqLen is the length of the WTF-8 sequence starting with lead byte c
// (the string is known valid).
func strSeqLen(c byte) int {
	switch {
	case c < 0x80:
		return 1
	case c < 0xe0:
		return 2
	case c < 0xf0:
		return 3
	}
	return 4
}

// AsStr returns o as a *Str, or nil when o is not a str (or subclass).
func AsStr(o *Object) *Str {
	if o.typ.Flags&FlagStrSubclass != 0 {
		return (*Str)(unsafePointer(o))
	}
	return nil
}

// Value is the str's text (WTF-8).
func (s *Str) Value() string { return s.s }

// Len is the length in code points.
func (s *Str) Len() int { return s.n }

// Kind is the PEP 393 kind: 1, 2 or 4 bytes per code point.
func (s *Str) Kind() int { return int(s.kind) }

// IsASCII reports whether every code point is below 128.
func (s *Str) IsASCII() bool { return len(s.s) == s.n }

// StrValue returns the text of a str object; o must be a str.
func StrValue(o *Object) string { return (*Str)(unsafePointer(o)).s }

// offset returns the byte offset of code point i (0 <= i <= n).
func (s *Str) offset(i int) int {
	if len(s.s) == s.n {
		return i
	}
	if i >= s.n {
		return len(s.s)
	}
	base, k := 0, i
	if s.n > strIdxStride {
		if s.idx == nil {
			s.buildIndex()
		}
		base = int(s.idx[i/strIdxStride])
		k = i % strIdxStride
	}
	for ; k > 0; k-- {
		base += strSeqLen(s.s[base])
	}
	return base
}

// buildIndex makes the checkpoint index. It is only called on heap strings
// (statics are too short to need one). Its bytes (n/4) are not charged to
// the heap: the index is a cache built on access, from paths that have no
// thread state at hand.
func (s *Str) buildIndex() {
	idx := make([]uint32, 0, s.n/strIdxStride+1)
	for i, k := 0, 0; i < len(s.s); k++ {
		if k%strIdxStride == 0 {
			idx = append(idx, uint32(i))
		}
		i += strSeqLen(s.s[i])
	}
	s.idx = idx
}

// At returns code point i (0 <= i < n).
func (s *Str) At(i int) rune {
	if len(s.s) == s.n {
		return rune(s.s[i])
	}
	r, _ := decodeWTF8(s.s[s.offset(i):])
	return r
}

// Runes decodes the whole string.
func (s *Str) Runes() []rune {
	rs := make([]rune, 0, s.n)
	for i := 0; i < len(s.s); {
		r, size := decodeWTF8(s.s[i:])
		rs = append(rs, r)
		i += size
	}
	return rs
}

// The static immortals: ” and the 256 one-character latin-1 strings, with
// their hashes computed at init (statics are never written afterwards).
var (
	emptyStr   Str
	latin1Strs [256]Str

	// EmptyStr is the static immortal ''.
	EmptyStr = &emptyStr.Object
)

func init() {
	initStatic(EmptyStr, StrType)
	emptyStr.kind = 1
	emptyStr.hash = 0
	for i := range latin1Strs {
		p := &latin1Strs[i]
		initStatic(&p.Object, StrType)
		p.s = string(literal.AppendRune(nil, rune(i)))
		p.n = 1
		p.kind = 1
		p.hash = strComputeHash(p)
	}
}

// Latin1Char returns the static one-character str for c (borrowed and
// immortal, so also a new reference).
func Latin1Char(c byte) *Object { return &latin1Strs[c].Object }

func strRepr(ts *Thread, o *Object) *Object {
	s := AsStr(o)
	return NewStr(ts, literal.QuoteStr(s.s))
}

// StrRepr is repr() of a Go WTF-8 string as a Go string.
func StrRepr(s string) string { return literal.QuoteStr(s) }

func strHashSlot(ts *Thread, o *Object) int64 {
	s := (*Str)(unsafePointer(o))
	if s.hash != -1 {
		return s.hash
	}
	h := strComputeHash(s)
	s.hash = h
	return h
}

// StrHash returns hash(s) for a str object, caching it.
func StrHash(o *Object) int64 { return strHashSlot(nil, o) }

func strRichCompare(ts *Thread, a, b *Object, op CompareOp) *Object {
	sa, sb := AsStr(a), AsStr(b)
	if sa == nil || sb == nil {
		return NotImplemented
	}
	switch op {
	case EQ:
		return Bool(a == b || sa.s == sb.s)
	case NE:
		return Bool(a != b && sa.s != sb.s)
	}
	c := strings.Compare(sa.s, sb.s)
	var r bool
	switch op {
	case LT:
		r = c < 0
	case LE:
		r = c <= 0
	case GT:
		r = c > 0
	case GE:
		r = c >= 0
	}
	return Bool(r)
}

// StrEqual reports whether two str objects hold the same text: the
// dict-key comparison, with no allocation.
func StrEqual(a, b *Object) bool {
	if a == b {
		return true
	}
	sa, sb := (*Str)(unsafePointer(a)), (*Str)(unsafePointer(b))
	if sa.n != sb.n {
		return false
	}
	if sa.hash != -1 && sb.hash != -1 && sa.hash != sb.hash {
		return false
	}
	return sa.s == sb.s
}

func strContains(ts *Thread, container, item *Object) int {
	sub := AsStr(item)
	if sub == nil {
		ts.Raisef(TypeError, "'in <string>' requires string as left operand, not %s", TypeName(item))
		return -1
	}
	if strings.Contains(AsStr(container).s, sub.s) {
		return 1
	}
	return 0
}

// strConcatSlot is str + str. For a right operand that is not a str it
// gives a class written in Python its __radd__ (CPython tries nb_add of
// both operands before the sequence concatenation; built-in sequences have
// no nb_add), then raises CPython's concatenation message.
func strConcatSlot(ts *Thread, a, b *Object) *Object {
	sa := AsStr(a)
	if sa == nil {
		return NotImplemented
	}
	sb := AsStr(b)
	if sb == nil {
		if f := b.typ.NumBinary[OpAdd]; f != nil && seqGivesWay(b.typ) && !sameFunc(f, strConcatSlot) {
			r := f(ts, a, b)
			if r != NotImplemented {
				return r
			}
		}
		return ts.Raisef(TypeError, "can only concatenate str (not \"%s\") to str", operandTypeName(ts, b))
	}
	return StrConcat(ts, a, b)
}

// StrConcat concatenates two str objects.
func StrConcat(ts *Thread, a, b *Object) *Object {
	sa, sb := AsStr(a), AsStr(b)
	if sb.n == 0 && a.typ == StrType {
		return NewRef(a)
	}
	if sa.n == 0 && b.typ == StrType {
		return NewRef(b)
	}
	return newStrMeasured(ts, sa.s+sb.s, sa.n+sb.n, max(sa.kind, sb.kind))
}

// StrConcatN concatenates str objects (BUILD_STRING): one allocation for
// the text, whose length and kind come from the parts' (as StrConcat).
func StrConcatN(ts *Thread, parts []*Object) *Object {
	total, n := 0, 0
	kind := uint8(1)
	for _, p := range parts {
		sp := AsStr(p)
		total += len(sp.s)
		n += sp.n
		kind = max(kind, sp.kind)
	}
	var b strings.Builder
	b.Grow(total)
	for _, p := range parts {
		b.WriteString(AsStr(p).s)
	}
	return newStrMeasured(ts, b.String(), n, kind)
}

func strRepeatSlot(ts *Thread, a, b *Object) *Object {
	seq, count := a, b
	if AsStr(a) == nil {
		seq, count = b, a
		if AsStr(seq) == nil {
			return NotImplemented
		}
	}
	if seq == a {
		if r := proxyOperandFirst(ts, a, b, OpMul); r != NotImplemented {
			return r
		}
	}
	if !strIsIndexable(count) {
		if seq == a {
			if f := b.typ.NumBinary[OpMul]; f != nil && seqGivesWay(b.typ) && !sameFunc(f, strRepeatSlot) {
				r := f(ts, a, b)
				if r != NotImplemented {
					return r
				}
			}
		}
		return ts.Raisef(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(count))
	}
	n, ok := strIndexArg(ts, count, OverflowError)
	if !ok {
		return nil
	}
	return strRepeat(ts, seq, n)
}

func strRepeat(ts *Thread, o *Object, n int64) *Object {
	s := AsStr(o)
	if n <= 0 || s.n == 0 {
		return NewRef(EmptyStr)
	}
	if n == 1 && o.typ == StrType {
		return NewRef(o)
	}
	// CPython: a length that overflows Py_ssize_t is an OverflowError; a
	// representable one that cannot be allocated, a MemoryError.
	if int64(s.n) > math.MaxInt64/n {
		return ts.Raise(OverflowError, "repeated string is too long")
	}
	if int64(len(s.s)) > strMaxSize/n {
		return ts.RaiseNone(MemoryError)
	}
	if !ts.PayloadFits(int64(len(s.s)) * n) {
		return nil
	}
	b, ok := repeatPolled(ts, unsafe.Slice(unsafe.StringData(s.s), len(s.s)), int(n))
	if !ok {
		return nil
	}
	return newStrMeasured(ts, unsafe.String(unsafe.SliceData(b), len(b)), s.n*int(n), s.kind)
}

// strMaxSize bounds the size in bytes of a str, bytes or bytearray built by
// repetition, padding, expansion or replacement, and of the item array of a
// list or tuple built by repetition or from a length hint: the allocation
// budget of the machine (alloc.MaxPayload). Larger results raise
// MemoryError, as CPython's failed malloc, instead of the Go out-of-memory
// crash that an allocation the OS refuses would be. Read once at start-up:
// a property of the machine.
var strMaxSize = int64(min(alloc.MaxPayload(), math.MaxInt64))

func strSubscript(ts *Thread, o, key *Object) *Object {
	s := AsStr(o)
	if strIsIndexable(key) {
		i, ok := strIndexArg(ts, key, IndexError)
		if !ok {
			proxyIndexFailed(ts, key, "string indices must be integers, not '%s'")
			return nil
		}
		if i < 0 {
			i += int64(s.n)
		}
		if i < 0 || i >= int64(s.n) {
			return ts.Raise(IndexError, "string index out of range")
		}
		return NewStrRune(ts, s.At(int(i)))
	}
	if start, stop, step, isSlice, ok := strSliceArgs(ts, key, s.n); isSlice {
		if !ok {
			return nil
		}
		return strGetSlice(ts, o, start, stop, step)
	}
	return ts.Raisef(TypeError, "string indices must be integers, not '%s'", TypeName(key))
}

// StrSubstr returns the code points [start, stop) of a str (0 <= start <=
// stop <= n).
func StrSubstr(ts *Thread, o *Object, start, stop int) *Object {
	s := AsStr(o)
	if start == 0 && stop == s.n && o.typ == StrType {
		return NewRef(o)
	}
	if stop <= start {
		return NewRef(EmptyStr)
	}
	if s.IsASCII() {
		return newStrASCII(ts, s.s[start:stop])
	}
	bs := s.offset(start)
	be := s.offset(stop)
	sub := s.s[bs:be]
	kind := uint8(1)
	if s.kind > 1 {
		_, kind, _ = strMeasure(sub)
	}
	return newStrMeasured(ts, sub, stop-start, kind)
}

// strGetSlice is s[start:stop:step] with indices already adjusted by
// slice.indices (as PySlice_AdjustIndices).
func strGetSlice(ts *Thread, o *Object, start, stop, step int) *Object {
	if step == 1 {
		return StrSubstr(ts, o, start, max(start, stop))
	}
	n := strSliceLen(start, stop, step)
	if n <= 0 {
		return NewRef(EmptyStr)
	}
	s := AsStr(o)
	if s.IsASCII() {
		b := make([]byte, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			b[k] = s.s[i]
		}
		return newStrASCII(ts, string(b))
	}
	rs := make([]rune, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		rs[k] = s.At(i)
	}
	return NewStrFromRunes(ts, rs)
}

// strSliceLen is PySlice_AdjustIndices' length for adjusted indices.
func strSliceLen(start, stop, step int) int {
	if step < 0 {
		if stop < start {
			return (start-stop-1)/(-step) + 1
		}
		return 0
	}
	if start < stop {
		return (stop-start-1)/step + 1
	}
	return 0
}

// strIter is iter(str): an iterator that walks the bytes, so each step is
// O(1) whatever the string.
type strIterator struct {
	Object
	str *Object // nil once exhausted
	pos int     // byte offset
}

var strIterClass = alloc.NewClass[strIterator]("str_ascii_iterator")

// StrIterType is the type of iterators over non-ASCII strings;
// StrASCIIIterType (bi_str.go), the same code, that of ASCII strings, as
// CPython 3.11 names them.
var StrIterType = &Type{Name: "str_iterator"}

func init() {
	StrIterType.Dealloc = func(ts *Thread, o *Object) {
		it := (*strIterator)(unsafePointer(o))
		Clear(ts, &it.str)
		freeObject(ts, strIterClass, it)
	}
	StrIterType.Iter = func(ts *Thread, o *Object) *Object { return NewRef(o) }
	StrIterType.IterNext = func(ts *Thread, o *Object) *Object {
		it := (*strIterator)(unsafePointer(o))
		if it.str == nil {
			return nil
		}
		s := StrValue(it.str)
		if it.pos >= len(s) {
			Clear(ts, &it.str)
			return nil
		}
		c := s[it.pos]
		if c < 0x80 {
			it.pos++
			return &latin1Strs[c].Object
		}
		r, size := decodeWTF8(s[it.pos:])
		it.pos += size
		return NewStrRune(ts, r)
	}
	registerStatic(StrIterType)
	initStrASCIIIter()
}

func strIter(ts *Thread, o *Object) *Object {
	t := StrIterType
	if s := (*Str)(unsafePointer(o)); s.n == len(s.s) {
		t = StrASCIIIterType
	}
	it := newObject(ts, strIterClass, t)
	it.str = NewRef(o)
	it.pos = 0
	return &it.Object
}

// strNew is str(object=”), str(bytes_or_buffer, encoding='utf-8', errors='strict').
func strNew(ts *Thread, t *Type, args []*Object, kwnames *Object) *Object {
	var a [3]*Object
	if !strParseArgs(ts, argsKw, "str", "str", args, kwnames, []string{"object", "encoding", "errors"}, 0, 3, a[:]) {
		return nil
	}
	var r *Object
	switch {
	case a[0] == nil && a[1] == nil && a[2] == nil:
		r = NewRef(EmptyStr)
	case a[1] == nil && a[2] == nil:
		r = StrOf(ts, a[0])
	default:
		enc, errs := "utf-8", "strict"
		if a[1] != nil {
			if AsStr(a[1]) == nil {
				return ts.Raisef(TypeError, "str() argument 'encoding' must be str, not %s", strClinicTypeName(a[1]))
			}
			enc = StrValue(a[1])
		}
		if a[2] != nil {
			if AsStr(a[2]) == nil {
				return ts.Raisef(TypeError, "str() argument 'errors' must be str, not %s", strClinicTypeName(a[2]))
			}
			errs = StrValue(a[2])
		}
		obj := a[0]
		if obj == nil {
			obj = emptyBytesObj()
		}
		if AsStr(obj) != nil {
			return ts.Raise(TypeError, "decoding str is not supported")
		}
		b, ok := bytesBufferOf(obj)
		if !ok {
			return ts.Raisef(TypeError, "decoding to str: need a bytes-like object, %s found", TypeName(obj))
		}
		r = Decode(ts, b, enc, errs)
	}
	if r == nil || t == StrType {
		return r
	}
	return strSubclassNew(ts, t, r)
}

// strSubclassNew makes an instance of a str subclass t holding r's text
// (r is consumed).
func strSubclassNew(ts *Thread, t *Type, r *Object) *Object {
	s := AsStr(r)
	p := newObject(ts, strClass, t)
	p.s, p.n, p.kind, p.hash = s.s, s.n, s.kind, -1
	ts.heap.Charge(len(p.s))
	Decref(ts, r)
	return &p.Object
}
