package builtins

import (
	"bufio"
	"errors"
	"io"

	"minipy/vm/objects"
)

// io.TextIOWrapper(buffer, ...) over any binary stream object (a BytesIO,
// a GzipFile, a socket file, a binary file): the text stream's Go reader
// and writer call the buffer's read1/read and write methods, under the
// interpreter lock, on the thread using the stream (stream.curTS, set by
// every read and write path). A Python exception from the buffer stays
// set and travels through the Go layer as errPyRaised.

var errPyRaised = errors.New("python exception set")

type pyReader struct{ s *stream }

func (r pyReader) Read(p []byte) (int, error) {
	s := r.s
	ts := s.curTS
	if len(p) == 0 {
		return 0, nil
	}
	meth := "read1"
	if objects.LookupTypeString(s.pybuf.Type(), "read1") == nil {
		meth = "read"
	}
	n := objects.NewInt(ts, int64(len(p)))
	b := objects.CallMethod(ts, s.pybuf, meth, n)
	objects.Decref(ts, n)
	if b == nil {
		return 0, errPyRaised
	}
	defer objects.Decref(ts, b)
	if b == objects.None {
		return 0, errPyRaised0(ts)
	}
	data, ok := objects.BufferBytes(b)
	if !ok {
		ts.Raisef(objects.TypeError, "underlying %s() should have returned a bytes-like object, not '%s'", meth, objects.TypeName(b))
		return 0, errPyRaised
	}
	if len(data) == 0 {
		return 0, io.EOF
	}
	if len(data) > len(p) {
		ts.Raisef(objects.OSError, "raw readinto() returned invalid length %d (should have been between 0 and %d)", len(data), len(p))
		return 0, errPyRaised
	}
	return copy(p, data), nil
}

// errPyRaised0 is a non-blocking buffer's None (no data now): raised as
// CPython's BlockingIOError is not; reading text from one is unsupported.
func errPyRaised0(ts *objects.Thread) error {
	ts.Raise(objects.BlockingIOError, "the underlying stream has no data")
	return errPyRaised
}

type pyWriter struct{ s *stream }

func (w pyWriter) Write(p []byte) (int, error) {
	s := w.s
	ts := s.curTS
	b := objects.NewBytes(ts, p)
	if b == nil {
		return 0, errPyRaised
	}
	r := objects.CallMethod(ts, s.pybuf, "write", b)
	objects.Decref(ts, b)
	if r == nil {
		return 0, errPyRaised
	}
	objects.Decref(ts, r)
	return len(p), nil
}

// pyFlush writes the text stream's buffer to the binary stream and
// flushes that.
func (s *stream) pyFlush(ts *objects.Thread) bool {
	s.curTS = ts
	if len(s.wbuf) > 0 && s.w != nil {
		b := s.wbuf
		s.wbuf = s.wbuf[:0]
		if _, err := s.w.Write(b); err != nil {
			return false
		}
	}
	if !s.writable {
		return true
	}
	r := objects.CallMethod(ts, s.pybuf, "flush")
	if r == nil {
		return false
	}
	objects.Decref(ts, r)
	return true
}

func (s *stream) pyRepr(ts *objects.Thread) *Object {
	enc := s.encoding
	if s.encName != "" {
		enc = s.encName
	}
	t := objects.TypeName(&s.Object)
	name := objects.GetAttrString(ts, s.pybuf, "name")
	if name == nil {
		if !ts.ErrMatches(objects.AttributeError) && !ts.ErrMatches(objects.ValueError) {
			return nil
		}
		ts.ClearErr()
		return objects.NewStr(ts, "<"+t+" encoding="+objects.StrRepr(enc)+">")
	}
	r := objects.Repr(ts, name)
	objects.Decref(ts, name)
	if r == nil {
		return nil
	}
	defer objects.Decref(ts, r)
	return objects.NewStr(ts, "<"+t+" name="+objects.StrValue(r)+" encoding="+objects.StrRepr(enc)+">")
}

// callBool is bool(o.name()).
func callBool(ts *objects.Thread, o *Object, name string) (bool, bool) {
	r := objects.CallMethod(ts, o, name)
	if r == nil {
		return false, false
	}
	t := objects.IsTrue(ts, r)
	objects.Decref(ts, r)
	return t == 1, t >= 0
}

func textIOWrapperNew(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
	var buffer, encoding, errs, newline, lineBuf, through *Object
	if !objects.ParseArgs(ts, "TextIOWrapper", args, kwnames,
		[]string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1,
		&buffer, &encoding, &errs, &newline, &lineBuf, &through) {
		return nil
	}
	s := newStream(ts, t)
	s.kind, s.text, s.closefd = kindFile, true, true
	s.pybuf = objects.NewRef(buffer)
	s.curTS = ts
	fail := func() *Object {
		s.closed = true // the buffer is not closed by a failed constructor
		objects.Decref(ts, &s.Object)
		return nil
	}
	opt := func(o *Object, what string) (string, bool, bool) {
		if o == nil || o == objects.None {
			return "", false, true
		}
		if objects.AsStr(o) == nil {
			ts.Raisef(objects.TypeError, "TextIOWrapper() argument '%s' must be str or None, not %s", what, objects.TypeName(o))
			return "", false, false
		}
		return objects.StrValue(o), true, true
	}
	enc, hasEnc, ok := opt(encoding, "encoding")
	if !ok {
		return fail()
	}
	er, hasErr, ok := opt(errs, "errors")
	if !ok {
		return fail()
	}
	nl, hasNL, ok := opt(newline, "newline")
	if !ok {
		return fail()
	}
	if hasNL && nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n" {
		ts.Raisef(objects.ValueError, "illegal newline value: %s", nl)
		return fail()
	}
	if hasEnc && enc != "locale" {
		s.encoding, s.encName = normEncoding(enc), enc
		if b := objects.Encode(ts, objects.EmptyStr, s.encoding, "strict"); b == nil {
			return fail()
		} else {
			objects.Decref(ts, b)
		}
	} else {
		s.encName = "UTF-8" // locale.getpreferredencoding() under a UTF-8 locale
	}
	if hasErr {
		s.errs = er
	}
	if hasNL {
		s.univ, s.newline = false, nl
	}
	if s.lineBuf, ok = boolArg(ts, lineBuf, false); !ok {
		return fail()
	}
	if s.through, ok = boolArg(ts, through, false); !ok {
		return fail()
	}
	if s.readable, ok = callBool(ts, buffer, "readable"); !ok {
		return fail()
	}
	if s.writable, ok = callBool(ts, buffer, "writable"); !ok {
		return fail()
	}
	if s.seekable, ok = callBool(ts, buffer, "seekable"); !ok {
		return fail()
	}
	if s.readable {
		s.r = bufio.NewReaderSize(pyReader{s}, ioBufSize)
	}
	if s.writable {
		s.w = pyWriter{s}
	}
	return &s.Object
}

// bufferedNew is BufferedReader/BufferedWriter/BufferedRandom(raw,
// buffer_size=DEFAULT_BUFFER_SIZE) over a Python raw stream.
func bufferedNew(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
	var raw, size *Object
	if !objects.ParseArgs(ts, t.QualName, args, kwnames, []string{"raw", "buffer_size"}, 1, &raw, &size) {
		return nil
	}
	n := ioBufSize
	if size != nil {
		v, ok := objects.IndexValue(ts, size, objects.OverflowError)
		if !ok {
			return nil
		}
		if v <= 0 {
			return ts.Raise(objects.ValueError, "buffer size must be strictly positive")
		}
		n = v
	}
	var readable, writable bool
	var ok bool
	if t != BufferedWriterType {
		if readable, ok = callBool(ts, raw, "readable"); !ok {
			return nil
		}
		if !readable {
			return ts.Raise(UnsupportedOperation, "File or stream is not readable.")
		}
	}
	if t != BufferedReaderType {
		if writable, ok = callBool(ts, raw, "writable"); !ok {
			return nil
		}
		if !writable {
			return ts.Raise(UnsupportedOperation, "File or stream is not writable.")
		}
	}
	s := newStream(ts, t)
	s.kind, s.text, s.closefd = kindFile, false, true
	s.pybuf = objects.NewRef(raw)
	s.curTS = ts
	s.readable, s.writable = readable, writable
	if s.seekable, ok = callBool(ts, raw, "seekable"); !ok {
		s.closed = true // the raw stream is not closed by a failed constructor
		objects.Decref(ts, &s.Object)
		return nil
	}
	if readable {
		s.r = bufio.NewReaderSize(pyReader{s}, max(n, 16))
	}
	if writable {
		s.w = pyWriter{s}
	}
	return &s.Object
}

// bufferedRaw is a buffered stream's raw: the Python raw stream it was
// made over (the files open() makes have none here).
func bufferedRaw(ts *objects.Thread, o *Object) *Object {
	s := streamOf(ts, o)
	if s.pybuf == nil {
		return ts.Raisef(objects.AttributeError, "'%s' object has no attribute 'raw'", objects.TypeName(o))
	}
	return objects.NewRef(s.pybuf)
}

// RawIOBase.read and readall over readinto, and IOBase.readline and tell
// over read and seek, for Python classes that define only the primitive
// methods (as CPython's base classes provide).
func init() {
	RawIOBaseType.Methods = append(RawIOBaseType.Methods,
		objects.MethodDef{Name: "read", Fn: rawRead},
		objects.MethodDef{Name: "readall", Fn: rawReadall})
	IOBaseType.Methods = append(IOBaseType.Methods,
		objects.MethodDef{Name: "readline", Fn: iobaseReadline},
		objects.MethodDef{Name: "tell", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, "tell", args, kwnames) {
				return nil
			}
			zero, one := objects.NewInt(ts, 0), objects.NewInt(ts, 1)
			defer objects.Decref(ts, zero)
			defer objects.Decref(ts, one)
			return objects.CallMethod(ts, self, "seek", zero, one)
		}})
}

func rawRead(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var size *Object
	if !objects.ParseArgs(ts, "read", args, kwnames, []string{"size", "/"}, 0, &size) {
		return nil
	}
	n := -1
	if size != nil && size != objects.None {
		var ok bool
		if n, ok = objects.IndexValue(ts, size, objects.OverflowError); !ok {
			return nil
		}
	}
	if n < 0 {
		return objects.CallMethod(ts, self, "readall")
	}
	buf := objects.NewByteArray(ts, make([]byte, n))
	if buf == nil {
		return nil
	}
	defer objects.Decref(ts, buf)
	r := objects.CallMethod(ts, self, "readinto", buf)
	if r == nil {
		return nil
	}
	defer objects.Decref(ts, r)
	if r == objects.None {
		return objects.NewRef(objects.None)
	}
	got, ok := objects.IndexValue(ts, r, objects.OverflowError)
	if !ok {
		return nil
	}
	data, _ := objects.BufferBytes(buf)
	if got < 0 || got > len(data) {
		return ts.Raisef(objects.ValueError, "readinto returned %d outside buffer size %d", got, n)
	}
	return objects.NewBytes(ts, data[:got])
}

func rawReadall(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "readall", args, kwnames) {
		return nil
	}
	var out []byte
	chunk := objects.NewInt(ts, ioBufSize)
	defer objects.Decref(ts, chunk)
	for {
		b := objects.CallMethod(ts, self, "read", chunk)
		if b == nil {
			return nil
		}
		if b == objects.None {
			objects.Decref(ts, b)
			if out == nil {
				return objects.NewRef(objects.None)
			}
			break
		}
		data, ok := objects.BufferBytes(b)
		if !ok {
			objects.Decref(ts, b)
			return ts.Raise(objects.TypeError, "read() should return bytes")
		}
		if len(data) == 0 {
			objects.Decref(ts, b)
			break
		}
		out = append(out, data...)
		objects.Decref(ts, b)
	}
	return objects.NewBytes(ts, out)
}

// iobaseReadline reads one byte at a time until a newline (IOBase's
// generic readline, for classes with only read).
func iobaseReadline(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var size *Object
	if !objects.ParseArgs(ts, "readline", args, kwnames, []string{"size", "/"}, 0, &size) {
		return nil
	}
	limit := -1
	if size != nil && size != objects.None {
		var ok bool
		if limit, ok = objects.IndexValue(ts, size, objects.OverflowError); !ok {
			return nil
		}
	}
	one := objects.NewInt(ts, 1)
	defer objects.Decref(ts, one)
	var out []byte
	for limit < 0 || len(out) < limit {
		b := objects.CallMethod(ts, self, "read", one)
		if b == nil {
			return nil
		}
		data, ok := objects.BufferBytes(b)
		if !ok {
			defer objects.Decref(ts, b)
			return ts.Raisef(objects.OSError, "read() should have returned a bytes object, not '%s'", objects.TypeName(b))
		}
		out = append(out, data...)
		objects.Decref(ts, b)
		if len(data) == 0 || data[len(data)-1] == '\n' {
			break
		}
	}
	return objects.NewBytes(ts, out)
}

// rawSeek seeks the stream under a file stream: the OS file, or the
// Python buffer's seek().
func (s *stream) rawSeek(ts *objects.Thread, off int64, whence int) (int64, error) {
	if s.pybuf == nil {
		return s.f.Seek(off, whence)
	}
	a, b := objects.NewInt(ts, off), objects.NewInt(ts, int64(whence))
	r := objects.CallMethod(ts, s.pybuf, "seek", a, b)
	objects.Decref(ts, a)
	objects.Decref(ts, b)
	if r == nil {
		return 0, errPyRaised
	}
	defer objects.Decref(ts, r)
	v, ok := objects.IndexValue(ts, r, objects.OverflowError)
	if !ok {
		return 0, errPyRaised
	}
	return int64(v), nil
}

// mDetach is TextIOWrapper.detach(): the buffer, after a flush; the text
// stream is unusable afterwards.
func mDetach(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckNoArgs(ts, "detach", args, kwnames) {
		return nil
	}
	if s.pybuf == nil {
		if s.closed {
			return ts.Raise(objects.ValueError, "underlying buffer has been detached")
		}
		s.unsupported(ts, "detach")
		return nil
	}
	if !s.flush(ts) {
		return nil
	}
	b := s.pybuf
	s.pybuf = nil
	s.closed = true
	s.r, s.w = nil, nil
	return b
}
