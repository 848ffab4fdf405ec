package stdlib

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	bin "encoding/binary"
	"errors"
	"hash/adler32"
	"hash/crc32"
	"io"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
)

// zlib over Go's compress/flate: the container formats (zlib, gzip, raw
// deflate, chosen by wbits as zlib's) are written here, the deflate
// stream by Go. Decompression reads all of them. Go's deflate is not
// zlib's: compressed bytes differ from CPython's (the header bytes and
// the round trip are the same; CPython's streams decompress here and
// ours there). Streaming decompression runs Go's pull decoder on a
// goroutine that asks for input as it needs it (inflater), so that data
// can come in pieces.

// ZlibError is zlib.error.
var ZlibError = &objects.Type{Name: "zlib.error", QualName: "error", Module: "zlib",
	Base: objects.Exception, Bases: []*objects.Type{objects.Exception},
	Flags: objects.FlagBaseType | objects.FlagBaseExcSubclass | objects.FlagHaveGC}

const (
	zFinish    = 4
	zNoFlush   = 0
	zDefLevel  = -1
	zBufSize   = 16384
	zMaxWbits  = 15
	zlibVerStr = "1.2.13"
)

// container kinds, from wbits.
const (
	fmtZlib = iota
	fmtGzip
	fmtRaw
	fmtAuto // zlib or gzip, by the first byte (decompression only)
)

func wbitsFormat(w int, decomp bool) (int, bool) {
	switch {
	case w == 0 && decomp:
		return fmtZlib, true
	case w >= 8 && w <= 15:
		return fmtZlib, true
	case w >= -15 && w <= -8:
		return fmtRaw, true
	case w >= 24 && w <= 31:
		return fmtGzip, true
	case decomp && (w == 32 || (w >= 40 && w <= 47)):
		return fmtAuto, true
	}
	return 0, false
}

func zlibErr(ts *objects.Thread, msg string) *Object { return ts.Raise(ZlibError, msg) }

// inflateMsg is zlib's message for a Go decoding error.
func inflateMsg(err error) string {
	var ce flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "Error -5 while decompressing data: incomplete or truncated stream"
	case errors.Is(err, zlib.ErrHeader), errors.Is(err, gzip.ErrHeader):
		return "Error -3 while decompressing data: incorrect header check"
	case errors.Is(err, zlib.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		return "Error -3 while decompressing data: incorrect data check"
	case errors.Is(err, zlib.ErrDictionary):
		return "Error 2 while decompressing data"
	case errors.As(err, &ce):
		// Go names only the offset; zlib would name the fault.
		return "Error -3 while decompressing data: invalid block type"
	}
	return "Error -3 while decompressing data: " + err.Error()
}

// ---- compression ----

// deflater writes one container around a Go flate stream.
type deflater struct {
	out      bytes.Buffer
	fw       *flate.Writer
	format   int
	level    int
	sum      uint32 // adler32 or crc32 of the input
	size     uint32
	started  bool
	finished bool
	zdict    []byte
}

func newDeflater(level, wbits int, zdict []byte) (*deflater, string) {
	if level < -1 || level > 9 {
		return nil, "Bad compression level"
	}
	f, ok := wbitsFormat(wbits, false)
	if !ok {
		return nil, "Invalid initialization option"
	}
	d := &deflater{format: f, level: level, zdict: zdict}
	goLevel := level
	if level == -1 {
		goLevel = 6
	}
	var err error
	if zdict != nil {
		d.fw, err = flate.NewWriterDict(&d.out, goLevel, zdict)
	} else {
		d.fw, err = flate.NewWriter(&d.out, goLevel)
	}
	if err != nil {
		return nil, "Bad compression level"
	}
	if f == fmtZlib {
		d.sum = 1
	}
	return d, ""
}

func (d *deflater) header() {
	if d.started {
		return
	}
	d.started = true
	switch d.format {
	case fmtZlib:
		// CMF 0x78 (deflate, 32K window); FLEVEL as zlib's; FDICT.
		lv := 2
		switch {
		case d.level == 0 || d.level == 1:
			lv = 0
		case d.level >= 2 && d.level <= 5:
			lv = 1
		case d.level >= 7:
			lv = 3
		}
		flg := byte(lv << 6)
		if d.zdict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (uint16(0x78)<<8|uint16(flg))%31)
		d.out.Write([]byte{0x78, flg})
		if d.zdict != nil {
			var b [4]byte
			bin.BigEndian.PutUint32(b[:], adler32.Checksum(d.zdict))
			d.out.Write(b[:])
		}
	case fmtGzip:
		xfl := byte(0)
		if d.level == 9 {
			xfl = 2
		} else if d.level == 1 {
			xfl = 4
		}
		d.out.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
}

func (d *deflater) write(b []byte) {
	d.header()
	switch d.format {
	case fmtZlib:
		d.sum = adler32Update(d.sum, b)
	case fmtGzip:
		d.sum = crc32.Update(d.sum, crc32.IEEETable, b)
	}
	d.size += uint32(len(b))
	d.fw.Write(b)
}

func (d *deflater) finish() {
	d.header()
	d.fw.Close()
	switch d.format {
	case fmtZlib:
		var b [4]byte
		bin.BigEndian.PutUint32(b[:], d.sum)
		d.out.Write(b[:])
	case fmtGzip:
		var b [8]byte
		bin.LittleEndian.PutUint32(b[:4], d.sum)
		bin.LittleEndian.PutUint32(b[4:], d.size)
		d.out.Write(b[:])
	}
	d.finished = true
}

func (d *deflater) take() []byte {
	b := append([]byte(nil), d.out.Bytes()...)
	d.out.Reset()
	return b
}

func adler32Update(adler uint32, p []byte) uint32 {
	const mod = 65521
	s1, s2 := adler&0xffff, adler>>16
	for len(p) > 0 {
		n := min(len(p), 5552)
		for _, c := range p[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return s2<<16 | s1
}

// ---- decompression ----

// feedReader is the inflater goroutine's input: when it has no bytes
// left it asks the owner for more (need) and waits (in).
type feedReader struct {
	cur  []byte
	in   chan []byte
	need chan bool // true: more input wanted; false: the decoder ended
}

func (r *feedReader) more() bool {
	for len(r.cur) == 0 {
		r.need <- true
		b, ok := <-r.in
		if !ok {
			return false
		}
		r.cur = b
	}
	return true
}

func (r *feedReader) ReadByte() (byte, error) {
	if !r.more() {
		return 0, io.ErrUnexpectedEOF
	}
	c := r.cur[0]
	r.cur = r.cur[1:]
	return c, nil
}

func (r *feedReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if !r.more() {
		return 0, io.ErrUnexpectedEOF
	}
	n := copy(p, r.cur)
	r.cur = r.cur[n:]
	return n, nil
}

// inflater is a decompression stream fed in pieces.
type inflater struct {
	format  int
	zdict   []byte
	r       *feedReader
	running bool
	out     []byte // decoded, not yet handed out
	eof     bool
	err     error
	unused  []byte // input after the end of the stream
}

func newDecoder(format int, src io.Reader, zdict []byte) (io.Reader, error) {
	br, ok := src.(flate.Reader)
	if !ok {
		return nil, errors.New("not a byte reader")
	}
	if format == fmtAuto {
		b, err := br.ReadByte()
		if err != nil {
			return nil, err
		}
		src = io.MultiReader(bytes.NewReader([]byte{b}), src)
		br = &byteReader{src}
		format = fmtZlib
		if b == 0x1f {
			format = fmtGzip
		}
		src = br
	}
	switch format {
	case fmtZlib:
		if zdict != nil {
			return zlib.NewReaderDict(src, zdict)
		}
		return zlib.NewReader(src)
	case fmtGzip:
		z, err := gzip.NewReader(src)
		if err != nil {
			return nil, err
		}
		z.Multistream(false)
		return z, nil
	}
	if zdict != nil {
		return flate.NewReaderDict(src, zdict), nil
	}
	return flate.NewReader(src), nil
}

// byteReader adds ReadByte to a reader without reading ahead.
type byteReader struct{ io.Reader }

func (b *byteReader) ReadByte() (byte, error) {
	var c [1]byte
	n, err := b.Read(c[:])
	if n == 1 {
		return c[0], nil
	}
	if err == nil {
		err = io.EOF
	}
	return 0, err
}

// run is the decoding goroutine.
func (f *inflater) run(r *feedReader) {
	dec, err := newDecoder(f.format, r, f.zdict)
	if err == nil {
		buf := make([]byte, 32*1024)
		for {
			n, e := dec.Read(buf)
			f.out = append(f.out, buf[:n]...)
			if e == io.EOF {
				f.eof = true
				f.unused = append(f.unused, r.cur...)
				break
			}
			if e != nil {
				err = e
				break
			}
		}
	}
	if err != nil && !f.eof {
		f.err = err
	}
	r.need <- false
}

// feed gives the decoder b and waits until it wants more or has ended.
func (f *inflater) feed(b []byte) {
	if f.eof || f.err != nil {
		if f.eof {
			f.unused = append(f.unused, b...)
		}
		return
	}
	if !f.running {
		f.running = true
		f.r = &feedReader{in: make(chan []byte), need: make(chan bool, 1)}
		go f.run(f.r)
		if !<-f.r.need {
			f.running = false
			return
		}
	}
	f.r.in <- b
	if !<-f.r.need {
		f.running = false
	}
}

// stop ends a goroutine still waiting for input.
func (f *inflater) stop() {
	if f.running {
		close(f.r.in)
		f.running = false
	}
}

// ---- objects ----

type zobj struct {
	objects.Object
	d    *deflater
	f    *inflater
	tail []byte // unconsumed_tail
}

var (
	zobjClass      = alloc.NewClass[zobj]("zlib stream")
	compressType   = &objects.Type{Name: "zlib.Compress", QualName: "Compress", Module: "zlib"}
	decompressType = &objects.Type{Name: "zlib.Decompress", QualName: "Decompress", Module: "zlib"}
)

func asZ(o *Object) *zobj { return (*zobj)(ptr(o)) }

func intOpt(ts *objects.Thread, o *Object, dflt int) (int, bool) {
	if o == nil {
		return dflt, true
	}
	return objects.IndexValue(ts, o, objects.OverflowError)
}

func zdictArg(ts *objects.Thread, o *Object) ([]byte, bool) {
	if o == nil {
		return nil, true
	}
	b, ok := objects.BufferBytes(o)
	if !ok {
		ts.Raise(objects.TypeError, "zdict argument must support the buffer protocol")
		return nil, false
	}
	return append([]byte{}, b...), true
}

func zCompress(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var data, level, wbits *Object
	if !objects.ParseArgs(ts, "compress", args, kwnames, []string{"data", "/", "level", "wbits"}, 1, &data, &level, &wbits) {
		return nil
	}
	b, ok := binaryArg(ts, data)
	if !ok {
		return nil
	}
	lv, ok := intOpt(ts, level, zDefLevel)
	if !ok {
		return nil
	}
	wb, ok := intOpt(ts, wbits, zMaxWbits)
	if !ok {
		return nil
	}
	d, _ := newDeflater(lv, wb, nil)
	if d == nil {
		// deflateInit2's Z_STREAM_ERROR, for the level or wbits.
		return zlibErr(ts, "Bad compression level")
	}
	d.write(b)
	d.finish()
	return objects.NewBytes(ts, d.out.Bytes())
}

func zDecompress(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var data, wbits, bufsize *Object
	if !objects.ParseArgs(ts, "decompress", args, kwnames, []string{"data", "/", "wbits", "bufsize"}, 1, &data, &wbits, &bufsize) {
		return nil
	}
	b, ok := binaryArg(ts, data)
	if !ok {
		return nil
	}
	wb, ok := intOpt(ts, wbits, zMaxWbits)
	if !ok {
		return nil
	}
	bs, ok := intOpt(ts, bufsize, zBufSize)
	if !ok {
		return nil
	}
	if bs < 0 {
		return ts.Raise(objects.ValueError, "bufsize must be non-negative")
	}
	f, ok := wbitsFormat(wb, true)
	if !ok {
		return zlibErr(ts, "Error -2 while preparing to decompress data: inconsistent stream state")
	}
	dec, err := newDecoder(f, &byteReader{bytes.NewReader(b)}, nil)
	var out []byte
	if err == nil {
		out, err = io.ReadAll(dec)
	}
	if err != nil {
		return zlibErr(ts, inflateMsg(err))
	}
	return objects.NewBytes(ts, out)
}

func checksum(name string, init uint32, update func(uint32, []byte) uint32) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		var data, value *Object
		if !objects.ParseArgs(ts, name, args, kwnames, []string{"data", "value", "/"}, 1, &data, &value) {
			return nil
		}
		b, ok := binaryArg(ts, data)
		if !ok {
			return nil
		}
		v := init
		if value != nil {
			if objects.AsInt(value) == nil {
				return ts.Raisef(objects.TypeError, "'%s' object cannot be interpreted as an integer", objects.TypeName(value))
			}
			// The value is taken modulo 2**32, as CPython's unsigned
			// int converter without overflow checking.
			mask := objects.NewIntUint64(ts, 0xffffffff)
			m := objects.BinaryOp(ts, value, mask, objects.OpAnd)
			objects.Decref(ts, mask)
			if m == nil {
				return nil
			}
			x, _ := objects.IntValue64(m)
			objects.Decref(ts, m)
			v = uint32(x)
		}
		return objects.NewIntUint64(ts, uint64(update(v, b)))
	}}
}

func zCompressobj(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var level, method, wbits, memLevel, strategy, zdict *Object
	if !objects.ParseArgs(ts, "compressobj", args, kwnames, []string{"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0,
		&level, &method, &wbits, &memLevel, &strategy, &zdict) {
		return nil
	}
	lv, ok := intOpt(ts, level, zDefLevel)
	if !ok {
		return nil
	}
	wb, ok := intOpt(ts, wbits, zMaxWbits)
	if !ok {
		return nil
	}
	m, ok := intOpt(ts, method, 8)
	if !ok {
		return nil
	}
	ml, ok := intOpt(ts, memLevel, 8)
	if !ok {
		return nil
	}
	st, ok := intOpt(ts, strategy, 0)
	if !ok {
		return nil
	}
	zd, ok := zdictArg(ts, zdict)
	if !ok {
		return nil
	}
	if m != 8 || ml < 1 || ml > 9 || st < 0 || st > 4 {
		return ts.Raise(objects.ValueError, "Invalid initialization option")
	}
	d, _ := newDeflater(lv, wb, zd)
	if d == nil {
		return ts.Raise(objects.ValueError, "Invalid initialization option")
	}
	z := objects.NewObject(ts, zobjClass, compressType)
	z.d = d
	return &z.Object
}

func zDecompressobj(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var wbits, zdict *Object
	if !objects.ParseArgs(ts, "decompressobj", args, kwnames, []string{"wbits", "zdict"}, 0, &wbits, &zdict) {
		return nil
	}
	wb, ok := intOpt(ts, wbits, zMaxWbits)
	if !ok {
		return nil
	}
	zd, ok := zdictArg(ts, zdict)
	if !ok {
		return nil
	}
	f, ok := wbitsFormat(wb, true)
	if !ok {
		return ts.Raise(objects.ValueError, "Invalid initialization option")
	}
	z := objects.NewObject(ts, zobjClass, decompressType)
	z.f = &inflater{format: f, zdict: zd}
	return &z.Object
}

func compCompress(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var data *Object
	if !objects.ParseArgs(ts, "compress", args, kwnames, []string{"data", "/"}, 1, &data) {
		return nil
	}
	b, ok := binaryArg(ts, data)
	if !ok {
		return nil
	}
	d := asZ(self).d
	if d.finished {
		return zlibErr(ts, "Error -2 while compressing data: inconsistent stream state")
	}
	d.write(b)
	return objects.NewBytes(ts, d.take())
}

func compFlush(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var mode *Object
	if !objects.ParseArgs(ts, "flush", args, kwnames, []string{"mode", "/"}, 0, &mode) {
		return nil
	}
	m, ok := intOpt(ts, mode, zFinish)
	if !ok {
		return nil
	}
	d := asZ(self).d
	switch {
	case m == zNoFlush:
		return objects.NewBytes(ts, nil)
	case d.finished:
		return zlibErr(ts, "Error -2 while flushing: inconsistent stream state")
	case m == zFinish:
		d.finish()
	case m >= 1 && m <= 3 || m == 5:
		d.header()
		d.fw.Flush()
	default:
		return zlibErr(ts, "Error -2 while flushing: inconsistent stream state")
	}
	return objects.NewBytes(ts, d.take())
}

// decompStep is the input given to the decoder at a time when
// max_length bounds the output, so that the rest stays unconsumed.
const decompStep = 1024

func decompDecompress(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var data, maxLen *Object
	if !objects.ParseArgs(ts, "decompress", args, kwnames, []string{"data", "/", "max_length"}, 1, &data, &maxLen) {
		return nil
	}
	b, ok := binaryArg(ts, data)
	if !ok {
		return nil
	}
	ml, ok := intOpt(ts, maxLen, 0)
	if !ok {
		return nil
	}
	if ml < 0 {
		return ts.Raise(objects.ValueError, "max_length must be non-negative")
	}
	z := asZ(self)
	f := z.f
	b = append([]byte(nil), b...)
	if ml == 0 {
		f.feed(b)
		z.tail = nil
	} else {
		for len(b) > 0 && len(f.out) < ml && !f.eof && f.err == nil {
			n := min(len(b), decompStep)
			f.feed(b[:n])
			b = b[n:]
		}
		if f.eof {
			f.unused = append(f.unused, b...)
			b = nil
		}
		z.tail = b
	}
	if f.err != nil {
		return zlibErr(ts, inflateMsg(f.err))
	}
	n := len(f.out)
	if ml > 0 && n > ml {
		n = ml
	}
	r := objects.NewBytes(ts, f.out[:n])
	f.out = f.out[n:]
	return r
}

func decompFlush(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var length *Object
	if !objects.ParseArgs(ts, "flush", args, kwnames, []string{"length", "/"}, 0, &length) {
		return nil
	}
	n, ok := intOpt(ts, length, zBufSize)
	if !ok {
		return nil
	}
	if n <= 0 {
		return ts.Raise(objects.ValueError, "length must be greater than zero")
	}
	z := asZ(self)
	if len(z.tail) > 0 {
		z.f.feed(z.tail)
		z.tail = nil
	}
	r := objects.NewBytes(ts, z.f.out)
	z.f.out = nil
	return r
}

func init() {
	objects.RegisterStaticType(ZlibError)
	for _, t := range []*objects.Type{compressType, decompressType} {
		objects.SetLayout(t, zobjClass, false)
		t.Dealloc = func(ts *objects.Thread, o *Object) {
			z := asZ(o)
			if z.f != nil {
				z.f.stop()
			}
			z.d, z.f, z.tail = nil, nil, nil
			objects.FreeObject(ts, zobjClass, z)
		}
	}
	compressType.Methods = []objects.MethodDef{
		{Name: "compress", Fn: compCompress},
		{Name: "flush", Fn: compFlush},
	}
	decompressType.Methods = []objects.MethodDef{
		{Name: "decompress", Fn: decompDecompress},
		{Name: "flush", Fn: decompFlush},
	}
	decompressType.GetSets = []objects.GetSetDef{
		{Name: "unused_data", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewBytes(ts, asZ(o).f.unused) }},
		{Name: "unconsumed_tail", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewBytes(ts, asZ(o).tail) }},
		{Name: "eof", Get: func(ts *objects.Thread, o *Object) *Object { return objects.Bool(asZ(o).f.eof && asZ(o).f.err == nil) }},
	}
	objects.RegisterStaticType(compressType, decompressType)
	registerDefs("zlib", zlibDefs)
}

var zlibDefs = []*objects.MethodDef{
	{Name: "compress", Fn: zCompress},
	{Name: "decompress", Fn: zDecompress},
	{Name: "compressobj", Fn: zCompressobj},
	{Name: "decompressobj", Fn: zDecompressobj},
	checksum("crc32", 0, func(v uint32, b []byte) uint32 { return crc32.Update(v, crc32.IEEETable, b) }),
	checksum("adler32", 1, adler32Update),
}

func newZlibModule(th *vm.Thread) *Object {
	ts := th.TS
	vals := map[string]*Object{
		"error":                objects.NewRef(ZlibError.TypeObject()),
		"ZLIB_VERSION":         objects.NewStr(ts, zlibVerStr),
		"ZLIB_RUNTIME_VERSION": objects.NewStr(ts, zlibVerStr),
	}
	for k, v := range map[string]int64{"MAX_WBITS": 15, "DEFLATED": 8, "DEF_MEM_LEVEL": 8, "DEF_BUF_SIZE": zBufSize,
		"Z_NO_COMPRESSION": 0, "Z_BEST_SPEED": 1, "Z_BEST_COMPRESSION": 9, "Z_DEFAULT_COMPRESSION": -1,
		"Z_FILTERED": 1, "Z_HUFFMAN_ONLY": 2, "Z_RLE": 3, "Z_FIXED": 4, "Z_DEFAULT_STRATEGY": 0,
		"Z_NO_FLUSH": 0, "Z_PARTIAL_FLUSH": 1, "Z_SYNC_FLUSH": 2, "Z_FULL_FLUSH": 3, "Z_FINISH": 4, "Z_BLOCK": 5, "Z_TREES": 6} {
		vals[k] = objects.NewInt(ts, v)
	}
	return makeModule(th, "zlib", "The functions in this module allow compression and decompression using the\nzlib library.", zlibDefs, vals)
}
