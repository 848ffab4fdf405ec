package builtins

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"strings"

	"minipy/vm"
	"minipy/vm/objects"
)

// The pickler of the _pickle module: CPython 3.11's Modules/_pickle.c
// save() and its helpers, written so that pickle.dumps gives the same
// bytes as CPython for every protocol (the opcode choices, MEMOIZE and
// PUT numbering, batches of 1000, and protocol 4's frames, committed at
// the start of a save() once 64 KiB are buffered).

// Pickle opcodes (pickletools' names).
const (
	opMark           = '('
	opStop           = '.'
	opPop            = '0'
	opPopMark        = '1'
	opDup            = '2'
	opFloat          = 'F'
	opInt            = 'I'
	opBinInt         = 'J'
	opBinInt1        = 'K'
	opLong           = 'L'
	opBinInt2        = 'M'
	opNone           = 'N'
	opPersID         = 'P'
	opBinPersID      = 'Q'
	opReduce         = 'R'
	opString         = 'S'
	opBinString      = 'T'
	opShortBinString = 'U'
	opUnicode        = 'V'
	opBinUnicode     = 'X'
	opAppend         = 'a'
	opBuild          = 'b'
	opGlobal         = 'c'
	opDict           = 'd'
	opEmptyDict      = '}'
	opAppends        = 'e'
	opGet            = 'g'
	opBinGet         = 'h'
	opInst           = 'i'
	opLongBinGet     = 'j'
	opList           = 'l'
	opEmptyList      = ']'
	opObj            = 'o'
	opPut            = 'p'
	opBinPut         = 'q'
	opLongBinPut     = 'r'
	opSetItem        = 's'
	opTuple          = 't'
	opEmptyTuple     = ')'
	opSetItems       = 'u'
	opBinFloat       = 'G'
	// protocol 2
	opProto    = 0x80
	opNewObj   = 0x81
	opExt1     = 0x82
	opExt2     = 0x83
	opExt4     = 0x84
	opTuple1   = 0x85
	opTuple2   = 0x86
	opTuple3   = 0x87
	opNewTrue  = 0x88
	opNewFalse = 0x89
	opLong1    = 0x8a
	opLong4    = 0x8b
	// protocol 3
	opBinBytes      = 'B'
	opShortBinBytes = 'C'
	// protocol 4
	opShortBinUnicode = 0x8c
	opBinUnicode8     = 0x8d
	opBinBytes8       = 0x8e
	opEmptySet        = 0x8f
	opAddItems        = 0x90
	opFrozenSet       = 0x91
	opNewObjEx        = 0x92
	opStackGlobal     = 0x93
	opMemoize         = 0x94
	opFrame           = 0x95
	// protocol 5
	opByteArray8     = 0x96
	opNextBuffer     = 0x97
	opReadonlyBuffer = 0x98
)

const (
	pickleHighestProtocol = 5
	pickleDefaultProtocol = 4
	frameSizeTarget       = 64 * 1024
	frameSizeMin          = 4
	frameHeaderSize       = 9
	batchSize             = 1000
)

// pickler is the state of one dump: the output buffer, the memo (which
// holds a reference to each memoized object, as CPython's memo table) and
// the hooks found on a Pickler object.
type pickler struct {
	ts         *objects.Thread
	th         *vm.Thread
	proto      int
	bin        bool
	fixImports bool
	framing    bool
	frameStart int
	out        []byte
	memo       ptrMemo
	memoObjs   []*Object
	write      *Object // file.write, nil for dumps
	persID     *Object // persistent_id, nil when absent
	dispatch   *Object // a Pickler's dispatch_table, nil for copyreg's
	override   *Object // reducer_override
	bufferCB   *Object
	copyreg    *Object
	modNames   map[string]*Object // module names of builtin functions
}

func (p *pickler) release() {
	ts := p.ts
	for _, o := range p.memoObjs {
		objects.Decref(ts, o)
	}
	p.memoObjs = nil
	p.memo = ptrMemo{}
	for _, o := range p.modNames {
		objects.Decref(ts, o)
	}
	p.modNames = nil
	objects.XDecref(ts, p.persID)
	objects.XDecref(ts, p.dispatch)
	objects.XDecref(ts, p.override)
	objects.XDecref(ts, p.bufferCB)
	objects.XDecref(ts, p.copyreg)
	objects.XDecref(ts, p.write)
	p.persID, p.dispatch, p.override, p.bufferCB, p.copyreg, p.write = nil, nil, nil, nil, nil, nil
}

// pickleModule returns the _pickle module (a new reference).
func pickleModule(ts *objects.Thread) *Object {
	return vmThread(ts).Import(ts, "_pickle")
}

// pickleError raises _pickle.<cls>(msg).
func pickleError(ts *objects.Thread, cls, msg string) {
	m := pickleModule(ts)
	if m == nil {
		return
	}
	c := objects.GetAttrString(ts, m, cls)
	objects.Decref(ts, m)
	if c == nil {
		return
	}
	t := objects.AsType(c)
	if t == nil {
		objects.Decref(ts, c)
		ts.Raisef(objects.SystemError, "_pickle.%s is not a class", cls)
		return
	}
	ts.Raise(t, msg)
	objects.Decref(ts, c)
}

// lookupAttr is _PyObject_LookupAttr: the attribute, or nil with no error
// when it is missing (ok false means another error is set).
func lookupAttr(ts *objects.Thread, o *Object, name string) (*Object, bool) {
	v := objects.GetAttrString(ts, o, name)
	if v == nil {
		if ts.ErrMatches(objects.AttributeError) {
			ts.ClearErr()
			return nil, true
		}
		return nil, false
	}
	return v, true
}

// reprOf is repr(o) as a Go string (with the error set and "" on failure).
func reprOf(ts *objects.Thread, o *Object) (string, bool) {
	r := objects.Repr(ts, o)
	if r == nil {
		return "", false
	}
	s := objects.StrValue(r)
	objects.Decref(ts, r)
	return s, true
}

func strOf(ts *objects.Thread, o *Object) (string, bool) {
	r := objects.StrOf(ts, o)
	if r == nil {
		return "", false
	}
	s := objects.StrValue(r)
	objects.Decref(ts, r)
	return s, true
}

func (p *pickler) commitFrame() {
	if !p.framing || p.frameStart == -1 {
		return
	}
	n := len(p.out) - p.frameStart - frameHeaderSize
	if n >= frameSizeMin {
		p.out[p.frameStart] = opFrame
		binary.LittleEndian.PutUint64(p.out[p.frameStart+1:], uint64(n))
	} else {
		copy(p.out[p.frameStart:], p.out[p.frameStart+frameHeaderSize:])
		p.out = p.out[:len(p.out)-frameHeaderSize]
	}
	p.frameStart = -1
}

// flush commits the frame and writes the buffer to the file.
func (p *pickler) flush() bool {
	p.commitFrame()
	if p.write == nil {
		return true
	}
	b := objects.NewBytes(p.ts, p.out)
	if b == nil {
		return false
	}
	r := objects.CallOneArg(p.ts, p.write, b)
	objects.Decref(p.ts, b)
	if r == nil {
		return false
	}
	objects.Decref(p.ts, r)
	p.out = p.out[:0]
	p.frameStart = -1
	return true
}

func (p *pickler) opcodeBoundary() bool {
	if !p.framing || p.frameStart == -1 {
		return true
	}
	if len(p.out)-p.frameStart-frameHeaderSize >= frameSizeTarget {
		p.commitFrame()
		if p.write != nil {
			return p.flush()
		}
	}
	return true
}

func (p *pickler) w(b ...byte) {
	if p.framing && p.frameStart == -1 {
		p.frameStart = len(p.out)
		p.out = append(p.out, 0xfe, 0xfe, 0xfe, 0xfe, 0xfe, 0xfe, 0xfe, 0xfe, 0xfe)
	}
	p.out = append(p.out, b...)
}

func (p *pickler) ws(s string) {
	if p.framing && p.frameStart == -1 {
		p.w()
	}
	p.out = append(p.out, s...)
}

// writeBytes is _Pickler_write_bytes: a payload of 64 KiB or more goes
// outside any frame.
func (p *pickler) writeBytes(header []byte, data []byte) bool {
	bypass := len(data) >= frameSizeTarget
	framing := p.framing
	if bypass {
		p.commitFrame()
		p.framing = false
	}
	p.w(header...)
	if bypass && p.write != nil {
		if !p.flush() {
			return false
		}
		b := objects.NewBytes(p.ts, data)
		if b == nil {
			return false
		}
		r := objects.CallOneArg(p.ts, p.write, b)
		objects.Decref(p.ts, b)
		if r == nil {
			return false
		}
		objects.Decref(p.ts, r)
	} else {
		p.out = append(p.out, data...)
	}
	p.framing = framing
	return true
}

func (p *pickler) memoPut(o *Object) {
	idx := len(p.memoObjs)
	p.memo.put(o, idx)
	p.memoObjs = append(p.memoObjs, objects.NewRef(o))
	switch {
	case p.proto >= 4:
		p.w(opMemoize)
	case !p.bin:
		p.w(opPut)
		p.ws(strconv.Itoa(idx) + "\n")
	case idx < 256:
		p.w(opBinPut, byte(idx))
	default:
		p.w(opLongBinPut, byte(idx), byte(idx>>8), byte(idx>>16), byte(idx>>24))
	}
}

func (p *pickler) memoGet(o *Object) {
	idx, _ := p.memo.get(o)
	switch {
	case !p.bin:
		p.w(opGet)
		p.ws(strconv.Itoa(idx) + "\n")
	case idx < 256:
		p.w(opBinGet, byte(idx))
	default:
		p.w(opLongBinGet, byte(idx), byte(idx>>8), byte(idx>>16), byte(idx>>24))
	}
}

func (p *pickler) saveLong(o *Object) bool {
	i := objects.AsInt(o)
	if v, ok := i.Int64(); ok && v >= math.MinInt32 && v <= math.MaxInt32 {
		if p.bin {
			u := uint32(int32(v))
			switch {
			case u>>16 != 0:
				p.w(opBinInt, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
			case u>>8 != 0:
				p.w(opBinInt2, byte(u), byte(u>>8))
			default:
				p.w(opBinInt1, byte(u))
			}
		} else {
			p.w(opInt)
			p.ws(strconv.FormatInt(v, 10) + "\n")
		}
		return true
	}
	b := i.Big()
	if p.proto >= 2 {
		data := encodeLong(b)
		if len(data) < 256 {
			p.w(opLong1, byte(len(data)))
		} else {
			if len(data) > 0x7fffffff {
				p.ts.Raise(objects.OverflowError, "int too large to pickle")
				return false
			}
			n := uint32(len(data))
			p.w(opLong4, byte(n), byte(n>>8), byte(n>>16), byte(n>>24))
		}
		p.out = append(p.out, data...)
		return true
	}
	p.w(opLong)
	p.ws(b.String() + "L\n")
	return true
}

func (p *pickler) saveFloat(o *Object) bool {
	x := objects.FloatValue(o)
	if p.bin {
		var buf [9]byte
		buf[0] = opBinFloat
		binary.BigEndian.PutUint64(buf[1:], math.Float64bits(x))
		p.w(buf[:]...)
		return true
	}
	s, ok := reprOf(p.ts, o)
	if !ok {
		return false
	}
	p.w(opFloat)
	p.ws(s + "\n")
	return true
}

// saveReduceTuple saves (callable, args) built here (new references
// stolen) as a reduce value for obj.
func (p *pickler) saveReduceOf(obj *Object, callable *Object, args ...*Object) bool {
	ts := p.ts
	argt := objects.NewTupleSteal(ts, args...)
	if argt == nil {
		objects.Decref(ts, callable)
		return false
	}
	rv := objects.NewTupleSteal(ts, callable, argt)
	if rv == nil {
		return false
	}
	ok := p.saveReduce(rv, obj)
	objects.Decref(ts, rv)
	return ok
}

func (p *pickler) saveBytes(o *Object) bool {
	data := objects.BytesValue(o)
	if p.proto < 3 {
		if len(data) == 0 {
			return p.saveReduceOf(o, objects.NewRef(objects.BytesType.TypeObject()))
		}
		enc := p.codecsEncode()
		if enc == nil {
			return false
		}
		s := objects.Decode(p.ts, data, "latin-1", "strict")
		if s == nil {
			objects.Decref(p.ts, enc)
			return false
		}
		return p.saveReduceOf(o, enc, s, objects.InternString(p.ts, "latin1")) // CPython's _Py_ID(latin1): one object
	}
	return p.saveBytesData(o, data)
}

// codecsEncode returns _codecs.encode, whose module and name pickle
// records (a builtin here: the codecs module's encode under that name).
func (p *pickler) codecsEncode() *Object {
	m := p.th.Import(p.ts, "_codecs")
	if m == nil {
		return nil
	}
	f := objects.GetAttrString(p.ts, m, "encode")
	objects.Decref(p.ts, m)
	return f
}

func (p *pickler) saveBytesData(o *Object, data []byte) bool {
	n := len(data)
	var h []byte
	switch {
	case n <= 0xff:
		h = []byte{opShortBinBytes, byte(n)}
	case uint64(n) <= 0xffffffff:
		h = []byte{opBinBytes, byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)}
	case p.proto >= 4:
		h = make([]byte, 9)
		h[0] = opBinBytes8
		binary.LittleEndian.PutUint64(h[1:], uint64(n))
	default:
		p.ts.Raise(objects.OverflowError, "serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher")
		return false
	}
	if !p.writeBytes(h, data) {
		return false
	}
	p.memoPut(o)
	return true
}

func (p *pickler) saveByteArray(o *Object) bool {
	data := objects.AsByteArray(o).Bytes()
	if p.proto < 5 {
		if len(data) == 0 {
			return p.saveReduceOf(o, objects.NewRef(objects.ByteArrayType.TypeObject()))
		}
		b := objects.NewBytes(p.ts, data)
		if b == nil {
			return false
		}
		return p.saveReduceOf(o, objects.NewRef(objects.ByteArrayType.TypeObject()), b)
	}
	h := make([]byte, 9)
	h[0] = opByteArray8
	binary.LittleEndian.PutUint64(h[1:], uint64(len(data)))
	if !p.writeBytes(h, append([]byte(nil), data...)) {
		return false
	}
	p.memoPut(o)
	return true
}

// rawUnicodeEscape is _pickle.c's raw_unicode_escape: raw-unicode-escape
// that also escapes backslash, NUL, newline, CR and \x1a.
func rawUnicodeEscape(s string) []byte {
	const hex = "0123456789abcdef"
	out := make([]byte, 0, len(s))
	for _, r := range wtf8Runes(s) {
		switch {
		case r >= 0x10000:
			out = append(out, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				out = append(out, hex[(r>>uint(sh))&0xf])
			}
		case r >= 256 || r == '\\' || r == 0 || r == '\n' || r == '\r' || r == 0x1a:
			out = append(out, '\\', 'u')
			for sh := 12; sh >= 0; sh -= 4 {
				out = append(out, hex[(r>>uint(sh))&0xf])
			}
		default:
			out = append(out, byte(r))
		}
	}
	return out
}

// wtf8Runes decodes a str's text, lone surrogates (stored as their
// three-byte generalized UTF-8 form) included.
func wtf8Runes(s string) []rune {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0xe0 && c < 0xf0 && i+2 < len(s) {
			r := rune(c&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f)
			rs = append(rs, r)
			i += 3
			continue
		}
		r, n := decodeRuneStr(s[i:])
		rs = append(rs, r)
		i += n
	}
	return rs
}

func decodeRuneStr(s string) (rune, int) {
	for _, r := range s {
		n := 1
		switch {
		case r >= 0x10000:
			n = 4
		case r >= 0x800:
			n = 3
		case r >= 0x80:
			n = 2
		}
		if r == 0xfffd && !strings.HasPrefix(s, "\ufffd") {
			return rune(s[0]), 1
		}
		return r, n
	}
	return 0, 1
}

func (p *pickler) saveUnicode(o *Object) bool {
	s := objects.StrValue(o)
	if p.bin {
		n := len(s)
		var h []byte
		switch {
		case n <= 0xff && p.proto >= 4:
			h = []byte{opShortBinUnicode, byte(n)}
		case uint64(n) <= 0xffffffff:
			h = []byte{opBinUnicode, byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)}
		case p.proto >= 4:
			h = make([]byte, 9)
			h[0] = opBinUnicode8
			binary.LittleEndian.PutUint64(h[1:], uint64(n))
		default:
			p.ts.Raise(objects.OverflowError, "serializing a string larger than 4 GiB requires pickle protocol 4 or higher")
			return false
		}
		if !p.writeBytes(h, []byte(s)) {
			return false
		}
	} else {
		p.w(opUnicode)
		p.out = append(p.out, rawUnicodeEscape(s)...)
		p.out = append(p.out, '\n')
	}
	p.memoPut(o)
	return true
}

func (p *pickler) saveTuple(o *Object) bool {
	items := objects.TupleItems(o)
	n := len(items)
	if n == 0 {
		if p.proto > 0 {
			p.w(opEmptyTuple)
		} else {
			p.w(opMark, opTuple)
		}
		return true
	}
	if n <= 3 && p.proto >= 2 {
		for _, it := range items {
			if !p.save(it, false) {
				return false
			}
		}
		if p.memo.has(o) {
			for i := 0; i < n; i++ {
				p.w(opPop)
			}
			p.memoGet(o)
			return true
		}
		p.w([]byte{opTuple1, opTuple2, opTuple3}[n-1])
		p.memoPut(o)
		return true
	}
	p.w(opMark)
	for _, it := range items {
		if !p.save(it, false) {
			return false
		}
	}
	if p.memo.has(o) {
		if p.bin {
			p.w(opPopMark)
		} else {
			for i := 0; i <= n; i++ {
				p.w(opPop)
			}
		}
		p.memoGet(o)
		return true
	}
	p.w(opTuple)
	p.memoPut(o)
	return true
}

// batchList is batch_list over an iterator.
func (p *pickler) batchList(it *Object) bool {
	return p.batch(it, func(x *Object) bool { return p.save(x, false) }, nil, opAppend, opAppends)
}

// batch is the loop batch_list and batch_dict share: protocol 0 saves each
// item followed by one; later protocols save up to batchSize items between
// MARK and many, a lone item with one. check (may be nil) validates the
// first item of a batch before the next one is fetched, as CPython orders
// the errors.
func (p *pickler) batch(it *Object, save, check func(*Object) bool, one, many byte) bool {
	ts := p.ts
	if p.proto == 0 {
		for {
			x := objects.IterNext(ts, it)
			if x == nil {
				return !ts.Occurred()
			}
			ok := save(x)
			objects.Decref(ts, x)
			if !ok {
				return false
			}
			p.w(one)
		}
	}
	for {
		first := objects.IterNext(ts, it)
		if first == nil {
			return !ts.Occurred()
		}
		if check != nil && !check(first) {
			objects.Decref(ts, first)
			return false
		}
		x := objects.IterNext(ts, it)
		if x == nil {
			if ts.Occurred() {
				objects.Decref(ts, first)
				return false
			}
			ok := save(first)
			objects.Decref(ts, first)
			if ok {
				p.w(one)
			}
			return ok
		}
		p.w(opMark)
		ok := save(first)
		objects.Decref(ts, first)
		if !ok {
			objects.Decref(ts, x)
			return false
		}
		n := 1
		for x != nil {
			ok := save(x)
			objects.Decref(ts, x)
			if !ok {
				return false
			}
			n++
			if n == batchSize {
				break
			}
			x = objects.IterNext(ts, it)
			if x == nil && ts.Occurred() {
				return false
			}
		}
		p.w(many)
		if n != batchSize {
			return true
		}
	}
}

func (p *pickler) saveList(o *Object) bool {
	if p.bin {
		p.w(opEmptyList)
	} else {
		p.w(opMark, opList)
	}
	p.memoPut(o)
	if len(objects.ListItems(o)) == 0 {
		return true
	}
	ts := p.ts
	if !ts.EnterRecursive(" while pickling an object") {
		return false
	}
	defer ts.LeaveRecursive()
	if p.proto > 0 {
		// batch_list_exact: the list is re-read at each step.
		if len(objects.ListItems(o)) == 1 {
			x := objects.NewRef(objects.ListItems(o)[0])
			ok := p.save(x, false)
			objects.Decref(ts, x)
			if ok {
				p.w(opAppend)
			}
			return ok
		}
		total := 0
		for {
			batch := 0
			p.w(opMark)
			for total < len(objects.ListItems(o)) {
				x := objects.NewRef(objects.ListItems(o)[total])
				ok := p.save(x, false)
				objects.Decref(ts, x)
				if !ok {
					return false
				}
				total++
				batch++
				if batch == batchSize {
					break
				}
			}
			p.w(opAppends)
			if total >= len(objects.ListItems(o)) {
				return true
			}
		}
	}
	it := objects.GetIter(ts, o)
	if it == nil {
		return false
	}
	ok := p.batchList(it)
	objects.Decref(ts, it)
	return ok
}

// batchDict is batch_dict over an iterator of pairs.
func (p *pickler) batchDict(it *Object) bool {
	ts := p.ts
	isPair := func(x *Object) bool {
		if objects.AsTuple(x) == nil || len(objects.TupleItems(x)) != 2 {
			ts.Raise(objects.TypeError, "dict items iterator must return 2-tuples")
			return false
		}
		return true
	}
	pair := func(x *Object) bool {
		if !isPair(x) {
			return false
		}
		kv := objects.TupleItems(x)
		return p.save(kv[0], false) && p.save(kv[1], false)
	}
	return p.batch(it, pair, isPair, opSetItem, opSetItems)
}

func (p *pickler) saveDict(o *Object) bool {
	ts := p.ts
	if p.bin {
		p.w(opEmptyDict)
	} else {
		p.w(opMark, opDict)
	}
	p.memoPut(o)
	size := objects.DictLen(o)
	if size == 0 {
		return true
	}
	if p.proto > 0 {
		if !ts.EnterRecursive(" while pickling an object") {
			return false
		}
		defer ts.LeaveRecursive()
		saveKV := func(k, v *Object) bool {
			objects.Incref(k)
			objects.Incref(v)
			ok := p.save(k, false) && p.save(v, false)
			objects.Decref(ts, k)
			objects.Decref(ts, v)
			return ok
		}
		pos := 0
		if size == 1 {
			k, v, _ := objects.DictNext(o, &pos)
			if !saveKV(k, v) {
				return false
			}
			p.w(opSetItem)
			return true
		}
		for {
			i := 0
			p.w(opMark)
			for {
				k, v, ok := objects.DictNext(o, &pos)
				if !ok {
					break
				}
				if !saveKV(k, v) {
					return false
				}
				i++
				if i == batchSize {
					break
				}
			}
			p.w(opSetItems)
			if objects.DictLen(o) != size {
				ts.Raise(objects.RuntimeError, "dictionary changed size during iteration")
				return false
			}
			if i != batchSize {
				return true
			}
		}
	}
	items := objects.CallMethod(ts, o, "items")
	if items == nil {
		return false
	}
	it := objects.GetIter(ts, items)
	objects.Decref(ts, items)
	if it == nil {
		return false
	}
	if !ts.EnterRecursive(" while pickling an object") {
		objects.Decref(ts, it)
		return false
	}
	ok := p.batchDict(it)
	ts.LeaveRecursive()
	objects.Decref(ts, it)
	return ok
}

func (p *pickler) saveSet(o *Object, frozen bool) bool {
	ts := p.ts
	if p.proto < 4 {
		l := objects.SequenceList(ts, o)
		if l == nil {
			return false
		}
		t := objects.SetType
		if frozen {
			t = objects.FrozenSetType
		}
		return p.saveReduceOf(o, objects.NewRef(t.TypeObject()), l)
	}
	if !frozen {
		p.w(opEmptySet)
		p.memoPut(o)
		size := objects.SetLen(o)
		if size == 0 {
			return true
		}
		pos := 0
		for {
			i := 0
			p.w(opMark)
			for {
				x, ok := objects.SetNext(o, &pos)
				if !ok {
					break
				}
				objects.Incref(x)
				ok = p.save(x, false)
				objects.Decref(ts, x)
				if !ok {
					return false
				}
				i++
				if i == batchSize {
					break
				}
			}
			p.w(opAddItems)
			if objects.SetLen(o) != size {
				ts.Raise(objects.RuntimeError, "set changed size during iteration")
				return false
			}
			if i != batchSize {
				return true
			}
		}
	}
	p.w(opMark)
	it := objects.GetIter(ts, o)
	if it == nil {
		return false
	}
	for {
		x := objects.IterNext(ts, it)
		if x == nil {
			if ts.Occurred() {
				objects.Decref(ts, it)
				return false
			}
			break
		}
		ok := p.save(x, false)
		objects.Decref(ts, x)
		if !ok {
			objects.Decref(ts, it)
			return false
		}
	}
	objects.Decref(ts, it)
	if p.memo.has(o) {
		p.w(opPopMark)
		p.memoGet(o)
		return true
	}
	p.w(opFrozenSet)
	p.memoPut(o)
	return true
}

// Name mapping for protocols < 3 (_compat_pickle's reverse mappings).
func (p *pickler) mapNames(module, name string) (string, string) {
	if m, ok := compatReverseName[[2]string{module, name}]; ok {
		return m[0], m[1]
	}
	if m, ok := compatReverseImport[module]; ok {
		return m, name
	}
	return module, name
}

// whichmodule finds the module of a global: its __module__, else the
// first module of sys.modules holding it under the dotted path.
func (p *pickler) whichModule(obj *Object, path []string) (string, bool) {
	ts := p.ts
	m, ok := lookupAttr(ts, obj, "__module__")
	if !ok {
		return "", false
	}
	if m != nil {
		if m != objects.None {
			s, ok := strOf(ts, m)
			objects.Decref(ts, m)
			return s, ok
		}
		objects.Decref(ts, m)
	}
	mods := p.th.Interp.Modules
	keys := objects.CallMethod(ts, mods, "items")
	if keys == nil {
		return "", false
	}
	l := objects.SequenceList(ts, keys)
	objects.Decref(ts, keys)
	if l == nil {
		return "", false
	}
	defer objects.Decref(ts, l)
	for _, kv := range objects.ListItems(l) {
		k, mod := objects.TupleItems(kv)[0], objects.TupleItems(kv)[1]
		if objects.AsStr(k) == nil || objects.StrValue(k) == "__main__" || mod == objects.None {
			continue
		}
		o, parent := getDeepAttr(ts, mod, path)
		objects.XDecref(ts, parent)
		if o == nil {
			ts.ClearErr()
			continue
		}
		same := o == obj
		objects.Decref(ts, o)
		if same {
			return objects.StrValue(k), true
		}
	}
	return "__main__", true
}

// getDeepAttr follows a dotted path; it returns the value and its parent
// (new references), or nils (an error may or may not be set).
func getDeepAttr(ts *objects.Thread, o *Object, path []string) (*Object, *Object) {
	objects.Incref(o)
	var parent *Object
	for _, name := range path {
		objects.XDecref(ts, parent)
		parent = o
		v, _ := lookupAttr(ts, parent, name)
		if v == nil {
			objects.Decref(ts, parent)
			return nil, nil
		}
		o = v
	}
	return o, parent
}

func (p *pickler) saveGlobal(obj, name *Object) bool {
	ts := p.ts
	var gname *Object
	if name != nil {
		gname = objects.NewRef(name)
	} else {
		var ok bool
		gname, ok = lookupAttr(ts, obj, "__qualname__")
		if !ok {
			return false
		}
		if gname == nil {
			if gname = objects.GetAttrString(ts, obj, "__name__"); gname == nil {
				return false
			}
		}
	}
	defer objects.Decref(ts, gname)
	if objects.AsStr(gname) == nil {
		ts.Raisef(objects.TypeError, "descriptor 'split' for 'str' objects doesn't apply to a '%s' object", objects.TypeName(gname))
		return false
	}
	global := objects.StrValue(gname)
	path := strings.Split(global, ".")
	for _, s := range path {
		if s == "<locals>" {
			r, _ := reprOf(ts, gname)
			ts.Raisef(objects.AttributeError, "Can't pickle local object %s", r)
			return false
		}
	}
	module, ok := p.whichModule(obj, path)
	if !ok {
		return false
	}
	objRepr := func() string {
		r, ok := reprOf(ts, obj)
		if !ok {
			ts.ClearErr()
		}
		return r
	}
	mod := p.th.Import(ts, module)
	if mod == nil {
		modRepr := objects.StrRepr(module)
		pickleError(ts, "PicklingError", "Can't pickle "+objRepr()+": import of module "+modRepr+" failed")
		return false
	}
	defer objects.Decref(ts, mod)
	cls, parent := getDeepAttr(ts, mod, path)
	if cls == nil {
		ts.ClearErr()
		pickleError(ts, "PicklingError", "Can't pickle "+objRepr()+": attribute lookup "+global+" on "+module+" failed")
		return false
	}
	defer objects.Decref(ts, parent)
	objects.Decref(ts, cls)
	if cls != obj {
		pickleError(ts, "PicklingError", "Can't pickle "+objRepr()+": it's not the same object as "+module+"."+global)
		return false
	}
	lastname := path[len(path)-1]
	if p.proto >= 2 {
		code, found, ok := p.extensionCode(module, global)
		if !ok {
			return false
		}
		if found {
			if code <= 0 || code > 0x7fffffff {
				pickleError(ts, "PicklingError", "Can't pickle "+objRepr()+": extension code "+strconv.FormatInt(code, 10)+" is out of range")
				return false
			}
			switch {
			case code <= 0xff:
				p.w(opExt1, byte(code))
			case code <= 0xffff:
				p.w(opExt2, byte(code), byte(code>>8))
			default:
				p.w(opExt4, byte(code), byte(code>>8), byte(code>>16), byte(code>>24))
			}
			return true
		}
	}
	if parent == mod {
		global = lastname
	}
	if p.proto >= 4 {
		ms := p.moduleNameObject(obj, module)
		if ms == nil {
			return false
		}
		ok := p.save(ms, false)
		objects.Decref(ts, ms)
		if !ok {
			return false
		}
		var gs *Object
		if len(path) == 1 || parent != mod {
			gs = objects.NewRef(gname)
		} else {
			gs = objects.NewStr(ts, global)
		}
		if gs == nil {
			return false
		}
		ok = p.save(gs, false)
		objects.Decref(ts, gs)
		if !ok {
			return false
		}
		p.w(opStackGlobal)
	} else if parent != mod {
		bi := p.th.Import(ts, "builtins")
		if bi == nil {
			return false
		}
		ga := objects.GetAttrString(ts, bi, "getattr")
		objects.Decref(ts, bi)
		if ga == nil {
			return false
		}
		ln := objects.NewStr(ts, lastname)
		if ln == nil {
			objects.Decref(ts, ga)
			return false
		}
		args := objects.NewTupleSteal(ts, objects.NewRef(parent), ln)
		rv := objects.NewTupleSteal(ts, ga, args)
		if rv == nil {
			return false
		}
		ok := p.saveReduce(rv, nil)
		objects.Decref(ts, rv)
		if !ok {
			return false
		}
	} else {
		p.w(opGlobal)
		if p.proto < 3 && p.fixImports {
			module, global = p.mapNames(module, global)
		}
		if p.proto != 3 {
			if !isASCII(module) {
				pickleError(ts, "PicklingError", "can't pickle module identifier '"+module+"' using pickle protocol "+strconv.Itoa(p.proto))
				return false
			}
			if !isASCII(global) {
				pickleError(ts, "PicklingError", "can't pickle global identifier '"+global+"' using pickle protocol "+strconv.Itoa(p.proto))
				return false
			}
		}
		p.ws(module + "\n" + global + "\n")
	}
	p.memoPut(obj)
	return true
}

// moduleNameObject returns the str object CPython would hold as obj's
// module name (a new reference): its memo hits depend on identity. Types,
// classes, functions and sys.modules keys give interned strings; a
// builtin function gives its module's own name object, one per module and
// distinct from the interned one.
func (p *pickler) moduleNameObject(obj *Object, module string) *Object {
	if obj.Type() != objects.BuiltinFuncType {
		return objects.InternString(p.ts, module)
	}
	if o, ok := p.modNames[module]; ok {
		return objects.NewRef(o)
	}
	o := objects.NewStr(p.ts, module)
	if o == nil {
		return nil
	}
	if p.modNames == nil {
		p.modNames = map[string]*Object{}
	}
	p.modNames[module] = objects.NewRef(o)
	return o
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// extensionCode looks (module, name) up in copyreg._extension_registry.
func (p *pickler) extensionCode(module, name string) (int64, bool, bool) {
	ts := p.ts
	reg := objects.GetAttrString(ts, p.copyreg, "_extension_registry")
	if reg == nil {
		return 0, false, false
	}
	defer objects.Decref(ts, reg)
	if objects.AsDict(reg) == nil || objects.DictLen(reg) == 0 {
		return 0, false, true
	}
	key := objects.NewTupleSteal(ts, objects.NewStr(ts, module), objects.NewStr(ts, name))
	if key == nil {
		return 0, false, false
	}
	v := objects.DictGetItemErr(ts, reg, key)
	objects.Decref(ts, key)
	if v == nil {
		return 0, false, !ts.Occurred()
	}
	if objects.AsInt(v) == nil {
		r, _ := reprOf(ts, v)
		pickleError(ts, "PicklingError", "Can't pickle extension code "+r+" isn't an integer")
		return 0, false, false
	}
	c, ok := objects.IntValue64(v)
	if !ok {
		c = -1
	}
	return c, true, true
}

func (p *pickler) saveSingletonType(obj, singleton *Object) bool {
	return p.saveReduceOf(obj, objects.NewRef(objects.TypeType.TypeObject()), objects.NewRef(singleton))
}

func (p *pickler) saveType(obj *Object) bool {
	switch obj {
	case objects.NoneType.TypeObject():
		return p.saveSingletonType(obj, objects.None)
	case objects.EllipsisType.TypeObject():
		return p.saveSingletonType(obj, objects.Ellipsis)
	case objects.NotImplementedType.TypeObject():
		return p.saveSingletonType(obj, objects.NotImplemented)
	}
	return p.saveGlobal(obj, nil)
}

func (p *pickler) savePers(obj *Object) int {
	ts := p.ts
	pid := objects.CallOneArg(ts, p.persID, obj)
	if pid == nil {
		return -1
	}
	defer objects.Decref(ts, pid)
	if pid == objects.None {
		return 0
	}
	if p.bin {
		if !p.save(pid, true) {
			return -1
		}
		p.w(opBinPersID)
		return 1
	}
	s, ok := strOf(ts, pid)
	if !ok {
		return -1
	}
	if !isASCII(s) {
		pickleError(ts, "PicklingError", "persistent IDs in protocol 0 must be ASCII strings")
		return -1
	}
	p.w(opPersID)
	p.ws(s + "\n")
	return 1
}

func (p *pickler) saveReduce(args, obj *Object) bool {
	ts := p.ts
	items := objects.TupleItems(args)
	if len(items) < 2 || len(items) > 6 {
		pickleError(ts, "PicklingError", "tuple returned by __reduce__ must contain 2 through 6 elements")
		return false
	}
	get := func(i int) *Object {
		if i < len(items) && items[i] != objects.None {
			return items[i]
		}
		return nil
	}
	callable, argtup := items[0], items[1]
	state, listitems, dictitems, setter := get(2), get(3), get(4), get(5)
	if !objects.IsCallable(callable) {
		pickleError(ts, "PicklingError", "first item of the tuple returned by __reduce__ must be callable")
		return false
	}
	if objects.AsTuple(argtup) == nil {
		pickleError(ts, "PicklingError", "second item of the tuple returned by __reduce__ must be a tuple")
		return false
	}
	if listitems != nil && listitems.Type().IterNext == nil {
		pickleError(ts, "PicklingError", "fourth element of the tuple returned by __reduce__ must be an iterator, not "+objects.TypeName(listitems))
		return false
	}
	if dictitems != nil && dictitems.Type().IterNext == nil {
		pickleError(ts, "PicklingError", "fifth element of the tuple returned by __reduce__ must be an iterator, not "+objects.TypeName(dictitems))
		return false
	}
	if setter != nil && !objects.IsCallable(setter) {
		pickleError(ts, "PicklingError", "sixth element of the tuple returned by __reduce__ must be a function, not "+objects.TypeName(setter))
		return false
	}
	useNewobj, useNewobjEx := false, false
	if p.proto >= 2 {
		name, ok := lookupAttr(ts, callable, "__name__")
		if !ok {
			return false
		}
		if name != nil {
			if objects.AsStr(name) != nil {
				switch objects.StrValue(name) {
				case "__newobj_ex__":
					useNewobjEx = true
				case "__newobj__":
					useNewobj = true
				}
			}
			objects.Decref(ts, name)
		}
	}
	argv := objects.TupleItems(argtup)
	switch {
	case useNewobjEx:
		if len(argv) != 3 {
			pickleError(ts, "PicklingError", "length of the NEWOBJ_EX argument tuple must be exactly 3, not "+strconv.Itoa(len(argv)))
			return false
		}
		cls, a, kw := argv[0], argv[1], argv[2]
		if objects.AsType(cls) == nil {
			pickleError(ts, "PicklingError", "first item from NEWOBJ_EX argument tuple must be a class, not "+objects.TypeName(cls))
			return false
		}
		if objects.AsTuple(a) == nil {
			pickleError(ts, "PicklingError", "second item from NEWOBJ_EX argument tuple must be a tuple, not "+objects.TypeName(a))
			return false
		}
		if objects.AsDict(kw) == nil {
			pickleError(ts, "PicklingError", "third item from NEWOBJ_EX argument tuple must be a dict, not "+objects.TypeName(kw))
			return false
		}
		if p.proto >= 4 {
			if !p.save(cls, false) || !p.save(a, false) || !p.save(kw, false) {
				return false
			}
			p.w(opNewObjEx)
		} else {
			// functools.partial(cls.__new__, cls, *args, **kwargs)
			if !p.saveNewobjExPartial(cls, a, kw) {
				return false
			}
		}
	case useNewobj:
		if len(argv) < 1 {
			pickleError(ts, "PicklingError", "__newobj__ arglist is empty")
			return false
		}
		cls := argv[0]
		if objects.AsType(cls) == nil {
			pickleError(ts, "PicklingError", "args[0] from __newobj__ args is not a type")
			return false
		}
		if obj != nil {
			oc, ok := lookupAttr(ts, obj, "__class__")
			if !ok {
				return false
			}
			if oc == nil {
				oc = objects.NewRef(obj.Type().TypeObject())
			}
			differ := oc != cls
			objects.Decref(ts, oc)
			if differ {
				pickleError(ts, "PicklingError", "args[0] from __newobj__ args has the wrong class")
				return false
			}
		}
		if !p.save(cls, false) {
			return false
		}
		rest := objects.TupleGetSlice(ts, argtup, 1, len(argv))
		if rest == nil {
			return false
		}
		ok := p.save(rest, false)
		objects.Decref(ts, rest)
		if !ok {
			return false
		}
		p.w(opNewObj)
	default:
		if !p.save(callable, false) || !p.save(argtup, false) {
			return false
		}
		p.w(opReduce)
	}
	if obj != nil {
		if p.memo.has(obj) {
			p.w(opPop)
			p.memoGet(obj)
			return true
		}
		p.memoPut(obj)
	}
	if listitems != nil && !p.batchList(listitems) {
		return false
	}
	if dictitems != nil && !p.batchDict(dictitems) {
		return false
	}
	if state != nil {
		if setter == nil {
			if !p.save(state, false) {
				return false
			}
			p.w(opBuild)
		} else {
			if !p.save(setter, false) || !p.save(obj, false) || !p.save(state, false) {
				return false
			}
			p.w(opTuple2, opReduce, opPop)
		}
	}
	return true
}

func (p *pickler) saveNewobjExPartial(cls, a, kw *Object) bool {
	ts := p.ts
	ft := p.th.Import(ts, "functools")
	if ft == nil {
		return false
	}
	partial := objects.GetAttrString(ts, ft, "partial")
	objects.Decref(ts, ft)
	if partial == nil {
		return false
	}
	defer objects.Decref(ts, partial)
	clsNew := objects.GetAttrString(ts, cls, "__new__")
	if clsNew == nil {
		return false
	}
	args := []*Object{clsNew, cls}
	args = append(args, objects.TupleItems(a)...)
	var kwnames *Object
	if objects.DictLen(kw) > 0 {
		var names []*Object
		pos := 0
		for {
			k, v, ok := objects.DictNext(kw, &pos)
			if !ok {
				break
			}
			names = append(names, objects.NewRef(k))
			args = append(args, v)
		}
		kwnames = objects.NewTupleSteal(ts, names...)
		if kwnames == nil {
			objects.Decref(ts, clsNew)
			return false
		}
	}
	callable := objects.Call(ts, partial, args, kwnames)
	objects.XDecref(ts, kwnames)
	objects.Decref(ts, clsNew)
	if callable == nil {
		return false
	}
	ok := p.save(callable, false) && p.save(objects.EmptyTuple, false)
	objects.Decref(ts, callable)
	if ok {
		p.w(opReduce)
	}
	return ok
}

func (p *pickler) save(obj *Object, persSave bool) bool {
	ts := p.ts
	if !p.opcodeBoundary() {
		return false
	}
	if !persSave && p.persID != nil {
		switch p.savePers(obj) {
		case -1:
			return false
		case 1:
			return true
		}
	}
	t := obj.Type()
	switch {
	case obj == objects.None:
		p.w(opNone)
		return true
	case obj == objects.True || obj == objects.False:
		if p.proto >= 2 {
			if obj == objects.True {
				p.w(opNewTrue)
			} else {
				p.w(opNewFalse)
			}
		} else if obj == objects.True {
			p.ws("I01\n")
		} else {
			p.ws("I00\n")
		}
		return true
	case t == objects.IntType:
		return p.saveLong(obj)
	case t == objects.FloatType:
		return p.saveFloat(obj)
	}
	if p.memo.has(obj) {
		p.memoGet(obj)
		return true
	}
	switch t {
	case objects.BytesType:
		return p.saveBytes(obj)
	case objects.StrType:
		return p.saveUnicode(obj)
	}
	if !ts.EnterRecursive(" while pickling an object") {
		return false
	}
	defer ts.LeaveRecursive()
	switch t {
	case objects.DictType:
		return p.saveDict(obj)
	case objects.SetType:
		return p.saveSet(obj, false)
	case objects.FrozenSetType:
		return p.saveSet(obj, true)
	case objects.ListType:
		return p.saveList(obj)
	case objects.TupleType:
		return p.saveTuple(obj)
	case objects.ByteArrayType:
		return p.saveByteArray(obj)
	}
	var rv *Object
	if p.override != nil {
		rv = objects.CallOneArg(ts, p.override, obj)
		if rv == nil {
			return false
		}
		if rv == objects.NotImplemented {
			objects.Decref(ts, rv)
			rv = nil
		}
	}
	if rv == nil {
		switch t {
		case objects.TypeType:
			return p.saveType(obj)
		case vm.FunctionType:
			return p.saveGlobal(obj, nil)
		}
		var reduce *Object
		if p.dispatch == nil {
			dt := objects.GetAttrString(ts, p.copyreg, "dispatch_table")
			if dt == nil {
				return false
			}
			if objects.AsDict(dt) != nil {
				reduce = objects.DictGetItemErr(ts, dt, t.TypeObject())
				objects.XIncref(reduce)
			}
			objects.Decref(ts, dt)
			if reduce == nil && ts.Occurred() {
				return false
			}
		} else {
			reduce = objects.GetItem(ts, p.dispatch, t.TypeObject())
			if reduce == nil {
				if !ts.ErrMatches(objects.KeyError) {
					return false
				}
				ts.ClearErr()
			}
		}
		switch {
		case reduce != nil:
			rv = objects.CallOneArg(ts, reduce, obj)
			objects.Decref(ts, reduce)
		case t.IsSubtype(objects.TypeType):
			return p.saveGlobal(obj, nil)
		default:
			f, ok := lookupAttr(ts, obj, "__reduce_ex__")
			if !ok {
				return false
			}
			if f != nil {
				pr := objects.NewInt(ts, int64(p.proto))
				if pr != nil {
					rv = objects.CallOneArg(ts, f, pr)
					objects.Decref(ts, pr)
				}
				objects.Decref(ts, f)
			} else {
				f, ok := lookupAttr(ts, obj, "__reduce__")
				if !ok {
					return false
				}
				if f == nil {
					r, ok := reprOf(ts, obj)
					if !ok {
						return false
					}
					pickleError(ts, "PicklingError", "can't pickle '"+t.Name+"' object: "+r)
					return false
				}
				rv = objects.CallNoArgs(ts, f)
				objects.Decref(ts, f)
			}
		}
		if rv == nil {
			return false
		}
	}
	defer objects.Decref(ts, rv)
	if objects.AsStr(rv) != nil {
		return p.saveGlobal(obj, rv)
	}
	if objects.AsTuple(rv) == nil {
		pickleError(ts, "PicklingError", "__reduce__ must return a string or tuple")
		return false
	}
	return p.saveReduce(rv, obj)
}

// dump writes obj's pickle into p.out (and to p.write when set).
func (p *pickler) dump(obj *Object) bool {
	p.frameStart = -1
	if p.proto >= 2 {
		p.w(opProto, byte(p.proto))
		if p.proto >= 4 {
			p.framing = true
		}
	}
	ok := p.save(obj, false)
	if ok {
		p.w(opStop)
		p.commitFrame()
	}
	p.framing = false
	return ok
}

// encodeLong is pickle.encode_long: the two's-complement little-endian
// bytes of x, as short as possible.
func encodeLong(b *big.Int) []byte {
	if b.Sign() == 0 {
		return nil
	}
	nbytes := (b.BitLen() >> 3) + 1
	out := make([]byte, nbytes)
	be := new(big.Int).Abs(b).Bytes()
	for i, c := range be {
		out[len(be)-1-i] = c
	}
	if b.Sign() < 0 {
		carry := 1
		for i := range out {
			v := int(^out[i]) + carry
			out[i] = byte(v)
			carry = v >> 8
		}
		if nbytes > 1 && out[nbytes-1] == 0xff && out[nbytes-2]&0x80 != 0 {
			out = out[:nbytes-1]
		}
	}
	return out
}
