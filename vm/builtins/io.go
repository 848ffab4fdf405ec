package builtins

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
)

// The io module: text and binary files over the OS (open()), the standard
// streams over the interpreter's injected writers and reader, StringIO and
// BytesIO. One Go struct serves every kind; each kind has the type (and
// repr) CPython gives it. Buffering is CPython's: a text stream on a
// terminal is line-buffered, elsewhere block-buffered (8 KiB); everything
// is flushed by flush(), close(), and when the stream is deallocated
// (which interpreter finalization does for sys.stdout and sys.stderr).

const (
	kindFile = iota
	kindStringIO
	kindBytesIO
)

const ioBufSize = 8192

type stream struct {
	objects.GCObject
	dict     *Object // instance __dict__ (owned), made on first use
	kind     int
	text     bool
	name     string // the file name (or "<stdout>"); nameInt when a descriptor
	nameInt  int
	byFD     bool
	mode     string
	encoding string
	encName  string  // the encoding as given (f.encoding), when not encoding
	parent   *Object // the text stream whose .buffer this is (owned) or nil
	errs     string
	newline  string // "" none, "\n", "\r", "\r\n"; universal when univ
	univ     bool
	readable bool
	writable bool
	seekable bool
	lineBuf  bool
	through  bool // write_through: every write is flushed (python -u)
	closed   bool
	closefd  bool
	f        *os.File
	w        io.Writer     // where writes go (f or an injected writer)
	r        *bufio.Reader // where reads come from
	// rsrc is the source of a standard stream's r until its first read
	// (openReader): most interpreters never read sys.stdin, and its
	// buffer was a tenth of the Go memory interpreters.create() made.
	rsrc io.Reader
	// readBusy: a thread reads r detached from the interpreter lock
	// (thread.go's blockingRead); other readers wait.
	readBusy bool
	wbuf     []byte
	pending  string // decoded text read ahead (text files)
	partial  []byte // an incomplete UTF-8 sequence read ahead
	// StringIO / BytesIO contents.
	data    []byte
	export  *Object // BytesIO.getbuffer()'s bytearray over data (owned) or nil
	sdata   []rune
	pos     int
	charged int
	// pybuf is the binary stream under a TextIOWrapper made by its
	// constructor (owned): reads and writes call its methods (pyio.go),
	// on the thread curTS that is using the stream.
	pybuf *Object
	curTS *objects.Thread
}

var streamClass = alloc.NewClass[stream]("_io stream")

// The io types.
var (
	TextIOWrapperType  = &objects.Type{Name: "_io.TextIOWrapper", QualName: "TextIOWrapper", Module: "_io", Flags: objects.FlagBaseType | objects.FlagHaveGC}
	BufferedReaderType = &objects.Type{Name: "_io.BufferedReader", QualName: "BufferedReader", Module: "_io", Flags: objects.FlagBaseType | objects.FlagHaveGC}
	BufferedWriterType = &objects.Type{Name: "_io.BufferedWriter", QualName: "BufferedWriter", Module: "_io", Flags: objects.FlagBaseType | objects.FlagHaveGC}
	BufferedRandomType = &objects.Type{Name: "_io.BufferedRandom", QualName: "BufferedRandom", Module: "_io", Flags: objects.FlagBaseType | objects.FlagHaveGC}
	StringIOType       = &objects.Type{Name: "_io.StringIO", QualName: "StringIO", Module: "_io", Flags: objects.FlagBaseType | objects.FlagHaveGC}
	BytesIOType        = &objects.Type{Name: "_io.BytesIO", QualName: "BytesIO", Module: "_io", Flags: objects.FlagBaseType | objects.FlagHaveGC}
	// UnsupportedOperation is io.UnsupportedOperation (OSError, ValueError).
	UnsupportedOperation = &objects.Type{Name: "io.UnsupportedOperation", QualName: "UnsupportedOperation", Module: "io",
		Base: objects.OSError, Bases: []*objects.Type{objects.OSError, objects.ValueError},
		Flags: objects.FlagBaseType | objects.FlagBaseExcSubclass | objects.FlagHaveGC}
)

var streamTypes = []*objects.Type{TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, StringIOType, BytesIOType}

func asStream(o *Object) *stream {
	for t := o.Type(); t != nil; t = t.Base {
		for _, st := range streamTypes {
			if t == st {
				return (*stream)(ptr(o))
			}
		}
	}
	return nil
}

func newStream(ts *objects.Thread, t *objects.Type) *stream {
	s := objects.NewObject(ts, streamClass, t)
	s.encoding, s.errs, s.univ = "utf-8", "strict", true
	objects.GCTrack(ts, &s.Object)
	return s
}

// NewStdStream makes sys.stdin/stdout/stderr over an injected reader or
// writer: name is "<stdin>", "<stdout>" or "<stderr>", fd its descriptor
// number. Text streams are line-buffered when tty is true (stderr always
// is, as CPython's), block-buffered otherwise.
func NewStdStream(ts *objects.Thread, name string, r io.Reader, w io.Writer, tty bool) *Object {
	s := newStream(ts, TextIOWrapperType)
	s.kind, s.text, s.name, s.closefd = kindFile, true, name, false
	s.errs = "strict"
	if name == "<stderr>" {
		s.errs = "backslashreplace"
	}
	if r != nil {
		s.rsrc = r
		s.readable, s.mode = true, "r"
	}
	if w != nil {
		s.w = w
		s.writable, s.mode = true, "w"
	}
	s.lineBuf = tty || name == "<stderr>"
	return &s.Object
}

// SetWriteThrough makes a stream made by NewStdStream flush after every
// write (python -u).
func SetWriteThrough(o *Object, on bool) {
	if s := asStream(o); s != nil {
		s.through = on
	}
}

// IsTerminal tells whether w is a character device (a terminal), for the
// line buffering of the standard streams.
func IsTerminal(x any) bool {
	f, ok := x.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// FlushStream flushes a stream made here (no-op for other objects); for
// the exit path.
func FlushStream(ts *objects.Thread, o *Object) bool {
	if s := asStream(o); s != nil {
		return s.flush(ts)
	}
	return true
}

func (s *stream) checkClosed(ts *objects.Thread) bool {
	if s.closed {
		if s.kind == kindStringIO {
			ts.Raise(objects.ValueError, "I/O operation on closed file")
			return false
		}
		ts.Raise(objects.ValueError, "I/O operation on closed file.")
		return false
	}
	return true
}

func (s *stream) unsupported(ts *objects.Thread, what string) {
	ts.Raise(UnsupportedOperation, what)
}

func raiseOSErr(ts *objects.Thread, err error, filename string) *Object {
	if err == errPyRaised {
		return nil // the Python buffer's exception is set
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		args := []*Object{objects.NewInt(ts, int64(errno)), objects.NewStr(ts, strerror(errno))}
		if filename != "" {
			args = append(args, objects.NewStr(ts, filename))
		}
		e := objects.Call(ts, objects.OSError.TypeObject(), args, nil)
		clearAll(ts, args)
		if e != nil {
			ts.SetErrSteal(e)
		}
		return nil
	}
	return ts.Raise(objects.OSError, err.Error())
}

// flush writes the write buffer out.
func (s *stream) flush(ts *objects.Thread) bool {
	if s.pybuf != nil {
		return s.pyFlush(ts)
	}
	if len(s.wbuf) == 0 || s.w == nil {
		return true
	}
	b := s.wbuf
	s.wbuf = s.wbuf[:0]
	if _, err := s.w.Write(b); err != nil {
		raiseOSErr(ts, err, "")
		return false
	}
	return true
}

// writeText is TextIOWrapper.write of a Go string (print's fast path).
func (s *stream) writeText(ts *objects.Thread, txt string) bool {
	if !s.checkClosed(ts) {
		return false
	}
	if !s.writable {
		s.unsupported(ts, "not writable")
		return false
	}
	if s.kind == kindStringIO {
		s.stringWrite(ts, txt)
		return true
	}
	if !s.univ && s.newline != "" && s.newline != "\n" {
		txt = strings.ReplaceAll(txt, "\n", s.newline)
	}
	b, ok := s.encode(ts, txt)
	if !ok {
		return false
	}
	s.wbuf = append(s.wbuf, b...)
	if s.through || len(s.wbuf) >= ioBufSize || (s.lineBuf && strings.ContainsAny(txt, "\n\r")) {
		return s.flush(ts)
	}
	return true
}

func (s *stream) encode(ts *objects.Thread, txt string) ([]byte, bool) {
	switch s.encoding {
	case "utf-8", "utf8", "UTF-8":
		if utf8.ValidString(txt) {
			return []byte(txt), true
		}
	}
	str := objects.NewStr(ts, txt)
	if str == nil {
		return nil, false
	}
	b := objects.Encode(ts, str, s.encoding, s.errs)
	objects.Decref(ts, str)
	if b == nil {
		return nil, false
	}
	out := append([]byte(nil), objects.BytesValue(b)...)
	objects.Decref(ts, b)
	return out, true
}

func (s *stream) decode(ts *objects.Thread, b []byte) (string, bool) {
	switch s.encoding {
	case "utf-8", "utf8", "UTF-8":
		if utf8.Valid(b) {
			return string(b), true
		}
	}
	o := objects.Decode(ts, b, s.encoding, s.errs)
	if o == nil {
		return "", false
	}
	r := objects.StrValue(o)
	objects.Decref(ts, o)
	return r, true
}

// translate applies universal-newline reading.
func (s *stream) translate(t string) string {
	if s.univ && strings.IndexByte(t, '\r') >= 0 {
		t = strings.ReplaceAll(t, "\r\n", "\n")
		t = strings.ReplaceAll(t, "\r", "\n")
	}
	return t
}

// fill reads one more chunk into s.pending; false at EOF (or on error,
// with the error set: check ts.Occurred()).
// openReader makes r from rsrc at a standard stream's first read; every
// read path calls it, under the interpreter lock, before reading r.
func (s *stream) openReader() *bufio.Reader {
	if s.r == nil && s.rsrc != nil {
		s.r, s.rsrc = bufio.NewReader(s.rsrc), nil
	}
	return s.r
}

func (s *stream) fill(ts *objects.Thread, line bool) bool {
	s.curTS = ts
	s.openReader()
	var chunk []byte
	var err error
	if !s.blockingRead(ts, func() {
		if line {
			chunk, err = s.r.ReadBytes('\n')
		} else {
			buf := make([]byte, ioBufSize)
			var n int
			n, err = s.r.Read(buf)
			chunk = buf[:n]
		}
	}) {
		return false
	}
	if err != nil && err != io.EOF {
		raiseOSErr(ts, err, "")
		return false
	}
	if len(chunk) == 0 && err == io.EOF {
		if len(s.partial) > 0 {
			t, ok := s.decode(ts, s.partial)
			s.partial = nil
			if !ok {
				return false
			}
			s.pending += t
			return true
		}
		return false
	}
	data := append(s.partial, chunk...)
	s.partial = nil
	// Keep an incomplete UTF-8 sequence for the next chunk.
	if err == nil && (s.encoding == "utf-8" || s.encoding == "utf8") {
		for k := 1; k <= 3 && k <= len(data); k++ {
			c := data[len(data)-k]
			if c&0xC0 != 0x80 {
				if c >= 0xC0 && !utf8.FullRune(data[len(data)-k:]) {
					s.partial = append([]byte(nil), data[len(data)-k:]...)
					data = data[:len(data)-k]
				}
				break
			}
		}
	}
	// A \r at the end may start a \r\n: look at the next byte.
	if s.univ && len(data) > 0 && data[len(data)-1] == '\r' {
		if nb, e := s.r.Peek(1); e == nil && nb[0] == '\n' {
			s.r.ReadByte()
			data = append(data, '\n')
		}
	}
	t, ok := s.decode(ts, data)
	if !ok {
		return false
	}
	// pending keeps the text as decoded, newlines untranslated, so that
	// tell() can count its bytes; readers translate what they take.
	s.pending += t
	return true
}

// charsIn counts the characters readers make of raw pending text t (a
// \r\n is one under universal newlines) up to n of them (n < 0: all);
// it returns the byte length they span and their count.
func (s *stream) charsIn(t string, n int) (int, int) {
	i, cnt := 0, 0
	for i < len(t) && (n < 0 || cnt < n) {
		if s.univ && t[i] == '\r' && i+1 < len(t) && t[i+1] == '\n' {
			i += 2
		} else if t[i] < 0x80 {
			i++
		} else {
			_, sz := utf8.DecodeRuneInString(t[i:])
			i += sz
		}
		cnt++
	}
	return i, cnt
}

// take removes the first e bytes of pending and returns them as the
// reader sees them.
func (s *stream) take(ts *objects.Thread, e int) *Object {
	r := s.pending[:e]
	s.pending = s.pending[e:]
	return objects.NewStr(ts, s.translate(r))
}

func (s *stream) readText(ts *objects.Thread, n int) *Object {
	if n < 0 {
		for s.fill(ts, false) {
		}
		if ts.Occurred() {
			return nil
		}
		return s.take(ts, len(s.pending))
	}
	for {
		if _, c := s.charsIn(s.pending, n); c >= n || !s.fill(ts, false) {
			break
		}
	}
	if ts.Occurred() {
		return nil
	}
	e, _ := s.charsIn(s.pending, n)
	return s.take(ts, e)
}

// lineEnd is the byte index after the first line ending of raw text t,
// or -1.
func (s *stream) lineEnd(t string) int {
	if !s.univ && s.newline != "" && s.newline != "\n" {
		if i := strings.Index(t, s.newline); i >= 0 {
			return i + len(s.newline)
		}
		return -1
	}
	if s.univ || s.newline == "" {
		// Lines end at \n, \r or \r\n (translated to \n when univ).
		if i := strings.IndexAny(t, "\r\n"); i >= 0 {
			if t[i] == '\r' && i+1 < len(t) && t[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		}
		return -1
	}
	if i := strings.IndexByte(t, '\n'); i >= 0 {
		return i + 1
	}
	return -1
}

func (s *stream) readLineText(ts *objects.Thread, limit int) *Object {
	for {
		if e := s.lineEnd(s.pending); e >= 0 {
			if _, c := s.charsIn(s.pending[:e], -1); limit < 0 || c <= limit {
				return s.take(ts, e)
			}
		}
		if _, c := s.charsIn(s.pending, limit); limit >= 0 && c >= limit {
			return s.readText(ts, limit)
		}
		if !s.fill(ts, true) {
			if ts.Occurred() {
				return nil
			}
			return s.take(ts, len(s.pending))
		}
	}
}

func (s *stream) readBytes(ts *objects.Thread, n int) *Object {
	s.openReader()
	if n < 0 {
		var rest []byte
		var err error
		if !s.blockingRead(ts, func() { rest, err = io.ReadAll(s.r) }) {
			return nil
		}
		if err != nil {
			return raiseOSErr(ts, err, "")
		}
		return objects.NewBytes(ts, rest)
	}
	buf := make([]byte, n)
	var m int
	var err error
	if !s.blockingRead(ts, func() { m, err = io.ReadFull(s.r, buf) }) {
		return nil
	}
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return raiseOSErr(ts, err, "")
	}
	return objects.NewBytes(ts, buf[:m])
}

func (s *stream) readLineBytes(ts *objects.Thread, limit int) *Object {
	s.openReader()
	var out []byte
	var err error
	if !s.blockingRead(ts, func() {
		for limit < 0 || len(out) < limit {
			var c byte
			if c, err = s.r.ReadByte(); err != nil {
				break
			}
			out = append(out, c)
			if c == '\n' {
				break
			}
		}
	}) {
		return nil
	}
	if err != nil && err != io.EOF {
		return raiseOSErr(ts, err, "")
	}
	return objects.NewBytes(ts, out)
}

func (s *stream) close(ts *objects.Thread) bool {
	if s.closed {
		return true
	}
	ok := s.flush(ts)
	s.closed = true
	if s.pybuf != nil {
		if r := objects.CallMethod(ts, s.pybuf, "close"); r == nil {
			ok = false
		} else {
			objects.Decref(ts, r)
		}
	}
	if s.f != nil && s.closefd {
		if err := s.f.Close(); err != nil && ok {
			raiseOSErr(ts, err, "")
			ok = false
		}
	}
	s.f = nil
	s.r, s.rsrc = nil, nil
	s.pending, s.partial = "", nil
	return ok
}

// stringWrite writes text at the StringIO's position.
func (s *stream) stringWrite(ts *objects.Thread, txt string) {
	if !s.univ && s.newline != "" && s.newline != "\n" {
		txt = strings.ReplaceAll(txt, "\n", s.newline)
	} else if s.univ && s.newline == "univ-read" {
		txt = s.translate(txt)
	}
	rs := []rune(txt)
	end := s.pos + len(rs)
	if end > len(s.sdata) {
		grow := end - len(s.sdata)
		for s.pos > len(s.sdata) {
			s.sdata = append(s.sdata, 0)
			grow--
		}
		s.sdata = append(s.sdata, make([]rune, end-len(s.sdata))...)
		_ = grow
	}
	copy(s.sdata[s.pos:], rs)
	s.pos = end
	s.recharge(ts, len(s.sdata)*4)
}

func (s *stream) recharge(ts *objects.Thread, n int) {
	if n != s.charged {
		ts.Heap().Charge(n - s.charged)
		s.charged = n
	}
}

func (s *stream) repr(ts *objects.Thread) *Object {
	t := objects.TypeName(&s.Object)
	switch s.kind {
	case kindStringIO, kindBytesIO:
		return objects.NewStr(ts, "<"+t+" object at "+addr(&s.Object)+">")
	}
	if s.pybuf != nil {
		return s.pyRepr(ts)
	}
	var name string
	if s.byFD {
		name = "name=" + itoa(s.nameInt)
	} else {
		q := objects.StrRepr(s.name)
		name = "name=" + q
	}
	if s.text {
		enc := s.encoding
		if s.encName != "" {
			enc = s.encName
		}
		return objects.NewStr(ts, "<"+t+" "+name+" mode="+objects.StrRepr(s.mode)+" encoding="+objects.StrRepr(enc)+">")
	}
	return objects.NewStr(ts, "<"+t+" "+name+">")
}

func addr(o *Object) string {
	const hex = "0123456789abcdef"
	v := uint64(o.ID())
	b := []byte("0x")
	started := false
	for sh := 60; sh >= 0; sh -= 4 {
		d := (v >> uint(sh)) & 0xf
		if d != 0 || started || sh == 0 {
			started = true
			b = append(b, hex[d])
		}
	}
	return string(b)
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// ---- open() ----

func ioOpen(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var file, mode, buffering, encoding, errs, newline, closefd, opener *Object
	if !objects.ParseArgs(ts, "open", args, kwnames, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1,
		&file, &mode, &buffering, &encoding, &errs, &newline, &closefd, &opener) {
		return nil
	}
	if buffering != nil {
		if objects.IsFloat(buffering) {
			return ts.Raise(objects.TypeError, "'float' object cannot be interpreted as an integer")
		}
		b := objects.NumberIndex(ts, buffering)
		if b == nil {
			return nil
		}
		objects.Decref(ts, b)
	}
	m := "r"
	if mode != nil {
		if objects.AsStr(mode) == nil {
			return ts.Raisef(objects.TypeError, "open() argument 'mode' must be str, not %s", objects.TypeName(mode))
		}
		m = objects.StrValue(mode)
	}
	optStr := func(o *Object, what string) (string, bool, bool) {
		if o == nil || o == objects.None {
			return "", false, true
		}
		if objects.AsStr(o) == nil {
			ts.Raisef(objects.TypeError, "open() argument '%s' must be str or None, not %s", what, objects.TypeName(o))
			return "", false, false
		}
		return objects.StrValue(o), true, true
	}
	enc, hasEnc, ok := optStr(encoding, "encoding")
	if !ok {
		return nil
	}
	er, hasErr, ok := optStr(errs, "errors")
	if !ok {
		return nil
	}
	nl, hasNL, ok := optStr(newline, "newline")
	if !ok {
		return nil
	}
	var reading, writing, appending, creating, updating, text, binary bool
	seen := map[rune]bool{}
	for _, c := range m {
		if seen[c] || !strings.ContainsRune("rwaxbt+U", c) {
			return ts.Raisef(objects.ValueError, "invalid mode: '%s'", m)
		}
		seen[c] = true
		switch c {
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case 'x':
			creating = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		case 'U':
			return ts.Raisef(objects.ValueError, "invalid mode: '%s'", m)
		}
	}
	if text && binary {
		return ts.Raise(objects.ValueError, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{reading, writing, appending, creating} {
		if b {
			n++
		}
	}
	if n > 1 {
		return ts.Raise(objects.ValueError, "must have exactly one of create/read/write/append mode")
	}
	if n == 0 {
		return ts.Raise(objects.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	if binary && hasEnc {
		return ts.Raise(objects.ValueError, "binary mode doesn't take an encoding argument")
	}
	if binary && hasErr {
		return ts.Raise(objects.ValueError, "binary mode doesn't take an errors argument")
	}
	if binary && hasNL {
		return ts.Raise(objects.ValueError, "binary mode doesn't take a newline argument")
	}
	flags := 0
	rawMode := ""
	switch {
	case reading:
		flags, rawMode = os.O_RDONLY, "r"
	case writing:
		flags, rawMode = os.O_WRONLY|os.O_CREATE|os.O_TRUNC, "w"
	case appending:
		flags, rawMode = os.O_WRONLY|os.O_CREATE|os.O_APPEND, "a"
	case creating:
		flags, rawMode = os.O_WRONLY|os.O_CREATE|os.O_EXCL, "x"
	}
	if updating {
		flags = flags&^(os.O_RDONLY|os.O_WRONLY) | os.O_RDWR
	}
	var f *os.File
	var fname string
	byFD, fd := false, 0
	if objects.AsStr(file) == nil && objects.AsBytes(file) == nil && objects.AsInt(file) == nil &&
		objects.LookupTypeString(file.Type(), "__fspath__") != nil {
		// A path object (os.PathLike): open() reads its path first, and
		// the file's name is that path.
		p := fspath(ts, file)
		if p == nil {
			return nil
		}
		defer objects.Decref(ts, p)
		file = p
	}
	switch {
	case objects.AsStr(file) != nil:
		fname = objects.StrValue(file)
	case objects.AsBytes(file) != nil:
		fname = string(objects.BytesValue(file))
	case objects.AsInt(file) != nil:
		v, _ := objects.IntValue64(file)
		byFD, fd = true, int(v)
		if fd < 0 {
			return ts.Raise(objects.ValueError, "negative file descriptor")
		}
		f = os.NewFile(uintptr(fd), "fd")
		if f == nil {
			return raiseOSErr(ts, syscall.EBADF, "")
		}
	default:
		return ts.Raisef(objects.TypeError, "expected str, bytes or os.PathLike object, not %s", objects.TypeName(file))
	}
	// FileIO's checks come before the file is opened, TextIOWrapper's
	// (newline, encoding) after, as CPython's open() makes them.
	cfd := true
	if closefd != nil {
		t := objects.IsTrue(ts, closefd)
		if t < 0 {
			return nil
		}
		cfd = t == 1
	}
	if !cfd && !byFD {
		return ts.Raise(objects.ValueError, "Cannot use closefd=False with file name")
	}
	if fname != "" || !byFD {
		if strings.IndexByte(fname, 0) >= 0 {
			return ts.Raise(objects.ValueError, "embedded null byte")
		}
		var err error
		f, err = os.OpenFile(fname, flags, 0o666)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return raiseOSErr(ts, pe.Err, fname)
			}
			return raiseOSErr(ts, err, fname)
		}
		if st, err := f.Stat(); err == nil && st.IsDir() {
			f.Close()
			return raiseOSErr(ts, syscall.EISDIR, fname)
		}
	}
	if hasNL && nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n" {
		if cfd {
			f.Close()
		}
		return ts.Raisef(objects.ValueError, "illegal newline value: %s", nl)
	}
	unbuffered := false
	if buffering != nil && objects.AsInt(buffering) != nil {
		v, _ := objects.IntValue64(buffering)
		unbuffered = v == 0
	}
	var t *objects.Type
	switch {
	case binary && unbuffered:
		t = FileIOType
	case !binary:
		t = TextIOWrapperType
	case updating:
		t = BufferedRandomType
	case reading:
		t = BufferedReaderType
	default:
		t = BufferedWriterType
	}
	s := newStream(ts, t)
	s.kind, s.text, s.f, s.closefd = kindFile, !binary, f, cfd
	s.name, s.byFD, s.nameInt = fname, byFD, fd
	s.readable = reading || updating
	s.writable = !reading || updating
	s.seekable = true
	if st, err := f.Stat(); err == nil && st.Mode()&(os.ModeCharDevice|os.ModeNamedPipe|os.ModeSocket) != 0 {
		s.seekable = false
		s.lineBuf = st.Mode()&os.ModeCharDevice != 0 && !binary
	}
	if s.readable {
		s.r = bufio.NewReaderSize(f, ioBufSize)
	}
	if s.writable {
		s.w = f
		s.through = t == FileIOType
	}
	if binary {
		s.mode = rawMode + "b"
		if updating {
			// FileIO's mode: a truncating "w+" reads and writes as "r+".
			if rawMode == "w" {
				rawMode = "r"
			}
			s.mode = rawMode + "b+"
		}
	} else {
		s.mode = m
	}
	if hasEnc {
		s.encoding, s.encName = normEncoding(enc), enc
		// An unknown encoding is a LookupError, found once the file is
		// open (as TextIOWrapper's constructor finds it).
		if b := objects.Encode(ts, objects.EmptyStr, s.encoding, "strict"); b == nil {
			s.close(ts)
			objects.Decref(ts, &s.Object)
			return nil
		} else {
			objects.Decref(ts, b)
		}
	} else if !binary {
		s.encName = "UTF-8" // locale.getpreferredencoding() under a UTF-8 locale
	}
	if appending {
		if _, err := f.Seek(0, io.SeekEnd); err != nil && s.seekable {
			s.close(ts)
			objects.Decref(ts, &s.Object)
			return raiseOSErr(ts, err, "")
		}
	}
	if hasErr {
		s.errs = er
	}
	if hasNL {
		s.univ, s.newline = false, nl
		if nl == "" {
			s.univ = false
		}
	}
	if buffering != nil && objects.AsInt(buffering) != nil {
		if v, _ := objects.IntValue64(buffering); v == 1 && !binary {
			s.lineBuf = true
		} else if v == 0 && !binary {
			s.close(ts)
			objects.Decref(ts, &s.Object)
			return ts.Raise(objects.ValueError, "can't have unbuffered text I/O")
		}
	}
	return &s.Object
}

func normEncoding(e string) string {
	switch strings.ToLower(strings.ReplaceAll(e, "_", "-")) {
	case "utf-8", "utf8":
		return "utf-8"
	}
	return e
}

// ---- methods ----

func streamOf(ts *objects.Thread, self *Object) *stream {
	s := (*stream)(ptr(self))
	s.curTS = ts // the thread a Python buffer's methods run on (pyio.go)
	return s
}

func optSize(ts *objects.Thread, fname string, args []*Object, kwnames *Object) (int, bool) {
	if !objects.CheckArgs(ts, fname, args, kwnames, 0, 1) {
		return 0, false
	}
	if len(args) == 0 || args[0] == objects.None {
		return -1, true
	}
	if objects.AsInt(args[0]) == nil && args[0].Type().Index == nil {
		ts.Raisef(objects.TypeError, "argument should be integer or None, not '%s'", objects.TypeName(args[0]))
		return 0, false
	}
	return objects.IndexValue(ts, args[0], objects.OverflowError)
}

func mRead(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	n, ok := optSize(ts, "read", args, kwnames)
	if !ok || !s.checkClosed(ts) {
		return nil
	}
	switch s.kind {
	case kindStringIO:
		end := len(s.sdata)
		if s.pos > end {
			return objects.NewStr(ts, "")
		}
		if n >= 0 && s.pos+n < end {
			end = s.pos + n
		}
		r := objects.NewStrFromRunes(ts, s.sdata[s.pos:end])
		s.pos = end
		return r
	case kindBytesIO:
		end := len(s.data)
		if s.pos > end {
			return objects.NewBytes(ts, nil)
		}
		if n >= 0 && s.pos+n < end {
			end = s.pos + n
		}
		r := objects.NewBytes(ts, s.data[s.pos:end])
		s.pos = end
		return r
	}
	if !s.readable {
		if s.text {
			s.unsupported(ts, "not readable")
		} else {
			s.unsupported(ts, "read")
		}
		return nil
	}
	if !s.flush(ts) {
		return nil
	}
	if s.text {
		return s.readText(ts, n)
	}
	return s.readBytes(ts, n)
}

func mReadline(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	n, ok := optSize(ts, "readline", args, kwnames)
	if !ok || !s.checkClosed(ts) {
		return nil
	}
	switch s.kind {
	case kindStringIO:
		if s.pos >= len(s.sdata) {
			return objects.NewStr(ts, "")
		}
		end := s.pos
		for end < len(s.sdata) && (n < 0 || end-s.pos < n) {
			end++
			if s.sdata[end-1] == '\n' {
				break
			}
		}
		r := objects.NewStrFromRunes(ts, s.sdata[s.pos:end])
		s.pos = end
		return r
	case kindBytesIO:
		if s.pos >= len(s.data) {
			return objects.NewBytes(ts, nil)
		}
		end := s.pos
		for end < len(s.data) && (n < 0 || end-s.pos < n) {
			end++
			if s.data[end-1] == '\n' {
				break
			}
		}
		r := objects.NewBytes(ts, s.data[s.pos:end])
		s.pos = end
		return r
	}
	if !s.readable {
		if s.text {
			s.unsupported(ts, "not readable")
		} else {
			s.unsupported(ts, "read")
		}
		return nil
	}
	if !s.flush(ts) {
		return nil
	}
	if s.text {
		return s.readLineText(ts, n)
	}
	return s.readLineBytes(ts, n)
}

func mReadlines(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	hint, ok := optSize(ts, "readlines", args, kwnames)
	if !ok {
		return nil
	}
	l := objects.NewListSteal(ts, nil)
	total := 0
	for {
		line := mReadline(ts, self, nil, nil)
		if line == nil {
			objects.Decref(ts, l)
			return nil
		}
		n := objects.Len(ts, line)
		if n == 0 {
			objects.Decref(ts, line)
			return l
		}
		objects.ListAppendSteal(ts, l, line)
		total += n
		if hint > 0 && total >= hint {
			return l
		}
	}
}

func mWrite(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckOneArg(ts, "write", args, kwnames) {
		return nil
	}
	a := args[0]
	if s.text || s.kind == kindStringIO {
		if objects.AsStr(a) == nil && !a.Type().IsSubtype(objects.StrType) {
			if s.kind == kindStringIO {
				return ts.Raisef(objects.TypeError, "string argument expected, got '%s'", objects.TypeName(a))
			}
			tn := objects.TypeName(a)
			if a == objects.None {
				tn = "None"
			}
			return ts.Raisef(objects.TypeError, "write() argument must be str, not %s", tn)
		}
		if !s.checkClosed(ts) || !s.writeText(ts, objects.StrValue(a)) {
			return nil
		}
		return objects.NewInt(ts, int64(utf8.RuneCountInString(objects.StrValue(a))))
	}
	b, ok := objects.BufferBytes(a)
	if !ok {
		return ts.Raisef(objects.TypeError, "a bytes-like object is required, not '%s'", objects.TypeName(a))
	}
	if !s.checkClosed(ts) {
		return nil
	}
	if s.kind == kindBytesIO {
		if !s.unexport(ts) {
			return nil
		}
		end := s.pos + len(b)
		if end > len(s.data) {
			s.data = append(s.data, make([]byte, end-len(s.data))...)
		}
		copy(s.data[s.pos:], b)
		s.pos = end
		s.recharge(ts, cap(s.data))
		return objects.NewInt(ts, int64(len(b)))
	}
	if !s.writable {
		s.unsupported(ts, "write")
		return nil
	}
	s.wbuf = append(s.wbuf, b...)
	if (s.through || len(s.wbuf) >= ioBufSize) && !s.flush(ts) {
		return nil
	}
	return objects.NewInt(ts, int64(len(b)))
}

func mWritelines(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "writelines", args, kwnames) {
		return nil
	}
	if !streamOf(ts, self).checkClosed(ts) {
		return nil
	}
	ok := objects.Iterate(ts, args[0], func(x *Object) bool {
		r := mWrite(ts, self, []*Object{x}, nil)
		if r == nil {
			return false
		}
		objects.Decref(ts, r)
		return true
	})
	if !ok {
		return nil
	}
	return objects.None
}

func mFlush(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckNoArgs(ts, "flush", args, kwnames) || !s.checkClosed(ts) || !s.flush(ts) {
		return nil
	}
	return objects.None
}

func mClose(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckNoArgs(ts, "close", args, kwnames) {
		return nil
	}
	if s.kind != kindFile {
		if !s.unexport(ts) {
			return nil
		}
		s.closed = true
		s.sdata, s.data = nil, nil
		s.recharge(ts, 0)
		return objects.None
	}
	if !s.close(ts) {
		return nil
	}
	return objects.None
}

func (s *stream) tell(ts *objects.Thread) (int64, bool) {
	if s.kind != kindFile {
		return int64(s.pos), true
	}
	if (s.f == nil && s.pybuf == nil) || !s.seekable {
		s.unsupported(ts, "underlying stream is not seekable")
		return 0, false
	}
	if !s.flush(ts) {
		return 0, false
	}
	p, err := s.rawSeek(ts, 0, io.SeekCurrent)
	if err != nil {
		raiseOSErr(ts, err, "")
		return 0, false
	}
	if s.r != nil {
		p -= int64(s.r.Buffered())
	}
	p -= int64(len(s.partial))
	if s.pending != "" {
		b, ok := s.encode(ts, s.pending)
		if !ok {
			return 0, false
		}
		p -= int64(len(b))
	}
	return p, true
}

func mTell(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckNoArgs(ts, "tell", args, kwnames) || !s.checkClosed(ts) {
		return nil
	}
	p, ok := s.tell(ts)
	if !ok {
		return nil
	}
	return objects.NewInt(ts, p)
}

func mSeek(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckArgs(ts, "seek", args, kwnames, 1, 2) {
		return nil
	}
	off, ok := objects.IndexValue(ts, args[0], objects.OverflowError)
	if !ok {
		return nil
	}
	whence := 0
	if len(args) == 2 {
		if whence, ok = objects.IndexValue(ts, args[1], objects.OverflowError); !ok {
			return nil
		}
	}
	if !s.checkClosed(ts) {
		return nil
	}
	if s.kind != kindFile {
		size := len(s.sdata)
		if s.kind == kindBytesIO {
			size = len(s.data)
		}
		switch whence {
		case 0:
			if off < 0 {
				return ts.Raisef(objects.ValueError, "Negative seek position %d", off)
			}
			s.pos = off
		case 1:
			if s.kind == kindStringIO && off != 0 {
				return ts.Raise(objects.OSError, "Can't do nonzero cur-relative seeks")
			}
			s.pos = max(0, s.pos+off)
		case 2:
			if s.kind == kindStringIO && off != 0 {
				return ts.Raise(objects.OSError, "Can't do nonzero end-relative seeks")
			}
			s.pos = max(0, size+off)
		default:
			if s.kind == kindStringIO {
				return ts.Raisef(objects.ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			return ts.Raisef(objects.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		return objects.NewInt(ts, int64(s.pos))
	}
	if (s.f == nil && s.pybuf == nil) || !s.seekable {
		s.unsupported(ts, "underlying stream is not seekable")
		return nil
	}
	if s.text && whence == 1 && off != 0 {
		s.unsupported(ts, "can't do nonzero cur-relative seeks")
		return nil
	}
	if s.text && whence == 2 && off != 0 {
		s.unsupported(ts, "can't do nonzero end-relative seeks")
		return nil
	}
	if whence < 0 || whence > 2 {
		return ts.Raisef(objects.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if !s.flush(ts) {
		return nil
	}
	if whence == 1 {
		p, ok := s.tell(ts)
		if !ok {
			return nil
		}
		off, whence = int(p)+off, 0
	}
	if whence == 0 && off < 0 {
		return ts.Raisef(objects.ValueError, "negative seek position %d", off)
	}
	p, err := s.rawSeek(ts, int64(off), whence)
	if err != nil {
		return raiseOSErr(ts, err, "")
	}
	if s.r != nil {
		if s.pybuf != nil {
			s.r.Reset(pyReader{s})
		} else {
			s.r.Reset(s.f)
		}
	}
	s.pending, s.partial = "", nil
	return objects.NewInt(ts, p)
}

// unexport lets a BytesIO change its buffer: BufferError while a view
// from getbuffer() is alive (as CPython's CHECK_EXPORTS), otherwise the
// shared bytearray is let go.
func (s *stream) unexport(ts *objects.Thread) bool {
	if s.export == nil {
		return true
	}
	if objects.ByteArrayExports(s.export) > 0 {
		ts.Raise(objects.BufferError, "Existing exports of data: object cannot be re-sized")
		return false
	}
	objects.Clear(ts, &s.export)
	return true
}

// mGetbuffer is BytesIO.getbuffer(): a writable view of the contents.
func mGetbuffer(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckNoArgs(ts, "getbuffer", args, kwnames) || !s.checkClosed(ts) {
		return nil
	}
	if s.export == nil {
		s.export = objects.NewByteArrayShared(ts, s.data)
		if s.export == nil {
			return nil
		}
	}
	return objects.NewMemoryView(ts, s.export)
}

// mReadinto is readinto(b) and readinto1(b) of binary streams: reads up
// to len(b) bytes into a writable buffer, returns the count.
func mReadinto(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckOneArg(ts, "readinto", args, kwnames) {
		return nil
	}
	a := args[0]
	buf, ok := objects.BufferBytes(a)
	if !ok || objects.AsBytes(a) != nil {
		if ok {
			return ts.Raisef(objects.TypeError, "readinto() argument must be read-write bytes-like object, not %s", objects.TypeName(a))
		}
		return ts.Raisef(objects.TypeError, "readinto() argument must be read-write bytes-like object, not %s", objects.TypeName(a))
	}
	if ro := objects.GetAttrString(ts, a, "readonly"); ro != nil {
		isRO := ro == objects.True
		objects.Decref(ts, ro)
		if isRO {
			return ts.Raisef(objects.TypeError, "readinto() argument must be read-write bytes-like object, not %s", objects.TypeName(a))
		}
	} else {
		ts.ClearErr()
	}
	size := objects.NewInt(ts, int64(len(buf)))
	r := mRead(ts, self, []*Object{size}, nil)
	objects.Decref(ts, size)
	if r == nil {
		return nil
	}
	got := objects.BytesValue(r)
	n := copy(buf, got)
	objects.Decref(ts, r)
	_ = s
	return objects.NewInt(ts, int64(n))
}

func mGetvalue(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckNoArgs(ts, "getvalue", args, kwnames) || !s.checkClosed(ts) {
		return nil
	}
	if s.kind == kindStringIO {
		return objects.NewStrFromRunes(ts, s.sdata)
	}
	return objects.NewBytes(ts, s.data)
}

func mTruncate(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	n, ok := optSize(ts, "truncate", args, kwnames)
	if !ok || !s.checkClosed(ts) {
		return nil
	}
	if !s.writable {
		s.unsupported(ts, "truncate")
		return nil
	}
	if n < 0 {
		if len(args) == 1 && args[0] != objects.None {
			return ts.Raisef(objects.ValueError, "Negative size value %d", n)
		}
		n = s.pos
	}
	switch s.kind {
	case kindStringIO:
		if n < len(s.sdata) {
			s.sdata = s.sdata[:n]
		}
	case kindBytesIO:
		if !s.unexport(ts) {
			return nil
		}
		if n < len(s.data) {
			s.data = s.data[:n]
		}
	default:
		if !s.flush(ts) {
			return nil
		}
		if err := s.f.Truncate(int64(n)); err != nil {
			return raiseOSErr(ts, err, "")
		}
	}
	return objects.NewInt(ts, int64(n))
}

func boolMethod(name string, get func(s *stream) bool) objects.MethodDef {
	return objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
		s := streamOf(ts, self)
		if !objects.CheckNoArgs(ts, name, args, kwnames) || !s.checkClosed(ts) {
			return nil
		}
		return objects.Bool(get(s))
	}}
}

func mEnter(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "__enter__", args, kwnames) || !streamOf(ts, self).checkClosed(ts) {
		return nil
	}
	return objects.NewRef(self)
}

func mExit(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	return mClose(ts, self, nil, nil)
}

func mFileno(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckNoArgs(ts, "fileno", args, kwnames) || !s.checkClosed(ts) {
		return nil
	}
	switch {
	case s.pybuf != nil:
		return objects.CallMethod(ts, s.pybuf, "fileno")
	case s.f != nil:
		return objects.NewInt(ts, int64(s.f.Fd()))
	case s.name == "<stdin>":
		return objects.NewInt(ts, 0)
	case s.name == "<stdout>":
		return objects.NewInt(ts, 1)
	case s.name == "<stderr>":
		return objects.NewInt(ts, 2)
	}
	s.unsupported(ts, "fileno")
	return nil
}

func mIsatty(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckNoArgs(ts, "isatty", args, kwnames) || !s.checkClosed(ts) {
		return nil
	}
	if s.f != nil {
		return objects.Bool(IsTerminal(s.f))
	}
	if s.w != nil {
		return objects.Bool(IsTerminal(s.w))
	}
	return objects.False
}

func init() {
	for _, t := range streamTypes {
		objects.SetLayout(t, streamClass, false).SupportsWeakrefs()
	}
	methods := []objects.MethodDef{
		{Name: "read", Fn: mRead}, {Name: "readline", Fn: mReadline}, {Name: "readlines", Fn: mReadlines},
		{Name: "write", Fn: mWrite}, {Name: "writelines", Fn: mWritelines}, {Name: "flush", Fn: mFlush},
		{Name: "close", Fn: mClose}, {Name: "seek", Fn: mSeek}, {Name: "tell", Fn: mTell},
		{Name: "truncate", Fn: mTruncate},
		{Name: "__enter__", Fn: mEnter}, {Name: "__exit__", Fn: mExit},
		boolMethod("readable", func(s *stream) bool { return s.readable }),
		boolMethod("writable", func(s *stream) bool { return s.writable }),
		boolMethod("seekable", func(s *stream) bool { return s.seekable }),
	}
	unsupported := func(name string) objects.MethodDef {
		return objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			streamOf(ts, self).unsupported(ts, name)
			return nil
		}}
	}
	methods = append(methods, objects.MethodDef{Name: "detach", Fn: mDetach},
		objects.MethodDef{Name: "_checkClosed", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !streamOf(ts, self).checkClosed(ts) {
				return nil
			}
			return objects.None
		}})
	binMethods := []objects.MethodDef{{Name: "read1", Fn: mRead}, {Name: "readinto", Fn: mReadinto}, {Name: "readinto1", Fn: mReadinto}}
	fileMethods := append(append([]objects.MethodDef(nil), methods...),
		objects.MethodDef{Name: "fileno", Fn: mFileno}, objects.MethodDef{Name: "isatty", Fn: mIsatty})
	bufMethods := append(append([]objects.MethodDef(nil), fileMethods...), binMethods...)
	memMethods := append(append([]objects.MethodDef(nil), methods...), unsupported("fileno"), objects.MethodDef{Name: "getvalue", Fn: mGetvalue},
		objects.MethodDef{Name: "isatty", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, "isatty", args, kwnames) || !streamOf(ts, self).checkClosed(ts) {
				return nil
			}
			return objects.False
		}})
	getsets := []objects.GetSetDef{
		{Name: "closed", Get: func(ts *objects.Thread, o *Object) *Object { return objects.Bool(streamOf(ts, o).closed) }},
		{Name: "__dict__", Get: func(ts *objects.Thread, o *Object) *Object {
			s := streamOf(ts, o)
			if s.dict == nil {
				if s.dict = objects.NewDict(ts); s.dict == nil {
					return nil
				}
			}
			return objects.NewRef(s.dict)
		}, Set: func(ts *objects.Thread, o, v *Object) int {
			if v == nil || objects.AsDict(v) == nil {
				ts.Raise(objects.TypeError, "__dict__ must be set to a dictionary")
				return -1
			}
			s := streamOf(ts, o)
			objects.Incref(v)
			objects.Clear(ts, &s.dict)
			s.dict = v
			return 0
		}},
	}
	// textGetsets are what StringIO and TextIOWrapper have beyond the rest;
	// a StringIO has no encoding (None).
	textGetsets := []objects.GetSetDef{
		{Name: "encoding", Get: func(ts *objects.Thread, o *Object) *Object {
			s := streamOf(ts, o)
			if s.kind == kindStringIO {
				return objects.None
			}
			if s.encName != "" {
				return objects.NewStr(ts, s.encName)
			}
			return objects.NewStr(ts, s.encoding)
		}},
		{Name: "errors", Get: func(ts *objects.Thread, o *Object) *Object {
			s := streamOf(ts, o)
			if s.kind == kindStringIO {
				return objects.None
			}
			return objects.NewStr(ts, s.errs)
		}},
		{Name: "line_buffering", Get: func(ts *objects.Thread, o *Object) *Object {
			s := streamOf(ts, o)
			if !s.checkClosed(ts) {
				return nil
			}
			return objects.Bool(s.lineBuf)
		}},
		{Name: "newlines", Get: func(ts *objects.Thread, o *Object) *Object { return objects.None }},
	}
	fileGetsets := append(append([]objects.GetSetDef(nil), getsets...),
		objects.GetSetDef{Name: "name", Get: func(ts *objects.Thread, o *Object) *Object {
			s := streamOf(ts, o)
			if s.pybuf != nil {
				return objects.GetAttrString(ts, s.pybuf, "name")
			}
			if s.byFD {
				return objects.NewInt(ts, int64(s.nameInt))
			}
			return objects.NewStr(ts, s.name)
		}},
		objects.GetSetDef{Name: "mode", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewStr(ts, streamOf(ts, o).mode) }},
	)
	for _, t := range streamTypes {
		t.DictPtr = func(o *Object) **Object { return &(*stream)(ptr(o)).dict }
		t.Traverse = func(o *Object, v objects.Visitor) {
			s := (*stream)(ptr(o))
			if s.dict != nil {
				v.Visit(s.dict)
			}
			if s.parent != nil {
				v.Visit(s.parent)
			}
			if s.pybuf != nil {
				v.Visit(s.pybuf)
			}
		}
		t.Clear = func(ts *objects.Thread, o *Object) {
			objects.Clear(ts, &(*stream)(ptr(o)).dict)
			objects.Clear(ts, &(*stream)(ptr(o)).pybuf)
		}
		t.Dealloc = func(ts *objects.Thread, o *Object) {
			s := (*stream)(ptr(o))
			objects.GCUntrack(ts, o)
			if s.kind == kindFile && !s.closed {
				// As CPython's iobase finalizer: flush and close.
				saved := ts.FetchErr()
				if !s.close(ts) {
					ts.ClearErr()
				}
				if saved != nil {
					ts.SetErrSteal(saved)
				}
			}
			s.recharge(ts, 0)
			objects.Clear(ts, &s.dict)
			objects.Clear(ts, &s.export)
			objects.Clear(ts, &s.parent)
			objects.Clear(ts, &s.pybuf)
			s.curTS = nil
			s.sdata, s.data, s.wbuf, s.f, s.w, s.r, s.rsrc = nil, nil, nil, nil, nil, nil, nil
			objects.FreeObject(ts, streamClass, s)
		}
		t.Repr = func(ts *objects.Thread, o *Object) *Object { return streamOf(ts, o).repr(ts) }
		t.Iter = func(ts *objects.Thread, o *Object) *Object {
			if !streamOf(ts, o).checkClosed(ts) {
				return nil
			}
			return objects.NewRef(o)
		}
		t.IterNext = func(ts *objects.Thread, o *Object) *Object {
			line := mReadline(ts, o, nil, nil)
			if line == nil {
				return nil
			}
			if objects.Len(ts, line) == 0 {
				objects.Decref(ts, line)
				return nil
			}
			return line
		}
		switch t {
		case StringIOType:
			t.Methods = memMethods
			t.GetSets = append(append([]objects.GetSetDef(nil), getsets...), textGetsets...)
		case BytesIOType:
			t.Methods = append(append(append([]objects.MethodDef(nil), memMethods...), binMethods...),
				objects.MethodDef{Name: "getbuffer", Fn: mGetbuffer})
			t.GetSets = getsets
		case TextIOWrapperType:
			t.Methods = fileMethods
			t.GetSets = append(append([]objects.GetSetDef(nil), fileGetsets...), textGetsets...)
		default:
			t.Methods = bufMethods
			t.GetSets = fileGetsets
		}
	}
	StringIOType.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
		var initial, newline *Object
		if !objects.ParseArgs(ts, "StringIO", args, kwnames, []string{"initial_value", "newline"}, 0, &initial, &newline) {
			return nil
		}
		s := newStream(ts, t)
		s.kind, s.text, s.readable, s.writable, s.seekable = kindStringIO, true, true, true, true
		s.univ, s.newline = false, "\n"
		if newline != nil && newline != objects.None {
			if objects.AsStr(newline) == nil {
				objects.Decref(ts, &s.Object)
				return ts.Raisef(objects.TypeError, "newline must be str or None, not %s", objects.TypeName(newline))
			}
			s.newline = objects.StrValue(newline)
			if nl := s.newline; nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n" {
				objects.Decref(ts, &s.Object)
				return ts.Raisef(objects.ValueError, "illegal newline value: %s", objects.StrRepr(nl))
			}
		} else if newline == objects.None {
			s.univ, s.newline = true, "univ-read"
		}
		if initial != nil && initial != objects.None {
			if objects.AsStr(initial) == nil {
				objects.Decref(ts, &s.Object)
				return ts.Raisef(objects.TypeError, "initial_value must be str or None, not %s", objects.TypeName(initial))
			}
			s.stringWrite(ts, objects.StrValue(initial))
			s.pos = 0
		}
		return &s.Object
	}
	BytesIOType.New = func(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
		var initial *Object
		if !objects.ParseArgs(ts, "BytesIO", args, kwnames, []string{"initial_bytes"}, 0, &initial) {
			return nil
		}
		s := newStream(ts, t)
		s.kind, s.readable, s.writable, s.seekable = kindBytesIO, true, true, true
		if initial != nil && initial != objects.None {
			b, ok := objects.BufferBytes(initial)
			if !ok {
				objects.Decref(ts, &s.Object)
				return ts.Raisef(objects.TypeError, "a bytes-like object is required, not '%s'", objects.TypeName(initial))
			}
			s.data = append([]byte(nil), b...)
			s.recharge(ts, cap(s.data))
		}
		return &s.Object
	}
	objects.RegisterStaticType(append(streamTypes, UnsupportedOperation)...)
}

var ioDefs = []*objects.MethodDef{{Name: "open", Fn: ioOpen}}

// newIOModule makes the io module of one interpreter.
func newIOModule(th *vm.Thread) *Object {
	vals := map[string]*Object{
		"StringIO": StringIOType.TypeObject(), "BytesIO": BytesIOType.TypeObject(),
		"TextIOWrapper": TextIOWrapperType.TypeObject(), "BufferedReader": BufferedReaderType.TypeObject(),
		"BufferedWriter": BufferedWriterType.TypeObject(), "BufferedRandom": BufferedRandomType.TypeObject(),
		"UnsupportedOperation": UnsupportedOperation.TypeObject(),
		"SEEK_SET":             objects.NewInt(th.TS, 0), "SEEK_CUR": objects.NewInt(th.TS, 1), "SEEK_END": objects.NewInt(th.TS, 2),
		"DEFAULT_BUFFER_SIZE": objects.NewInt(th.TS, ioBufSize),
	}
	ioMoreValues(th, vals)
	return makeModule(th, "io", "The io module provides the Python interfaces to stream handling.", append(append([]*objects.MethodDef(nil), ioDefs...), ioMoreDefs...), vals)
}

// strerror is the C library's message for errno (glibc's wording).
func strerror(e syscall.Errno) string {
	switch e {
	case syscall.ENOENT:
		return "No such file or directory"
	case syscall.EEXIST:
		return "File exists"
	case syscall.EISDIR:
		return "Is a directory"
	case syscall.ENOTDIR:
		return "Not a directory"
	case syscall.EACCES:
		return "Permission denied"
	case syscall.EPERM:
		return "Operation not permitted"
	case syscall.EBADF:
		return "Bad file descriptor"
	case syscall.EINVAL:
		return "Invalid argument"
	case syscall.ENOSPC:
		return "No space left on device"
	case syscall.EPIPE:
		return "Broken pipe"
	case syscall.EROFS:
		return "Read-only file system"
	case syscall.ENAMETOOLONG:
		return "File name too long"
	case syscall.ELOOP:
		return "Too many levels of symbolic links"
	case syscall.EMFILE:
		return "Too many open files"
	case syscall.ENXIO:
		return "No such device or address"
	case syscall.ETXTBSY:
		return "Text file busy"
	}
	m := e.Error()
	if m != "" && m[0] >= 'a' && m[0] <= 'z' {
		m = string(m[0]-32) + m[1:]
	}
	return m
}
