package builtins

import (
	"io"

	"minipy/vm"
	"minipy/vm/objects"
)

// More of the io module: the abstract base classes (io.IOBase and its
// three kinds, which the concrete types derive from, so isinstance works
// as with CPython's registered ABCs), FileIO for unbuffered binary files,
// TextIOWrapper.buffer, the buffered readers' peek, and the small
// functions (open_code, text_encoding).

var (
	IOBaseType = &objects.Type{Name: "_io._IOBase", QualName: "_IOBase", Module: "_io", Flags: objects.FlagBaseType,
		Doc: "The abstract base class for all I/O classes."}
	RawIOBaseType = &objects.Type{Name: "_io._RawIOBase", QualName: "_RawIOBase", Module: "_io", Flags: objects.FlagBaseType,
		Base: IOBaseType, Doc: "Base class for raw binary I/O."}
	BufferedIOBaseType = &objects.Type{Name: "_io._BufferedIOBase", QualName: "_BufferedIOBase", Module: "_io", Flags: objects.FlagBaseType,
		Base: IOBaseType, Doc: "Base class for buffered IO objects."}
	TextIOBaseType = &objects.Type{Name: "_io._TextIOBase", QualName: "_TextIOBase", Module: "_io", Flags: objects.FlagBaseType,
		Base: IOBaseType, Doc: "Base class for text I/O."}
	FileIOType = &objects.Type{Name: "_io.FileIO", QualName: "FileIO", Module: "_io", Flags: objects.FlagBaseType | objects.FlagHaveGC,
		Base: RawIOBaseType}
)

// parentWriter is the io.Writer of a text stream's .buffer: it writes the
// text stream's pending output first, so text and bytes keep their order.
type parentWriter struct{ p *stream }

func (w parentWriter) Write(b []byte) (int, error) {
	if len(w.p.wbuf) > 0 {
		buf := w.p.wbuf
		w.p.wbuf = w.p.wbuf[:0]
		if _, err := w.p.w.Write(buf); err != nil {
			return 0, err
		}
	}
	return w.p.w.Write(b)
}

// textBuffer is TextIOWrapper.buffer: a binary stream over the same file
// or writer (a new object each time; it keeps the text stream alive).
func textBuffer(ts *objects.Thread, o *Object) *Object {
	p := streamOf(ts, o)
	if p.pybuf != nil {
		return objects.NewRef(p.pybuf)
	}
	t := BufferedWriterType
	switch {
	case p.readable && p.writable:
		t = BufferedRandomType
	case p.readable:
		t = BufferedReaderType
	}
	if p.through {
		t = FileIOType // python -u: the binary layer is unbuffered
	}
	s := newStream(ts, t)
	s.kind, s.text, s.f, s.closefd = kindFile, false, p.f, false
	s.name, s.byFD, s.nameInt = p.name, p.byFD, p.nameInt
	s.readable, s.writable, s.seekable = p.readable, p.writable, p.seekable
	s.r = p.openReader()
	if p.w != nil {
		s.w = parentWriter{p}
		s.through = true
	}
	s.mode = "rb"
	if p.writable {
		s.mode = "wb"
		if p.readable {
			s.mode = "rb+"
		}
	}
	s.parent = objects.NewRef(o)
	return &s.Object
}

// mPeek is BufferedReader.peek(size=0): buffered bytes without consuming
// them (at least one unless at EOF).
func mPeek(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s := streamOf(ts, self)
	if !objects.CheckArgs(ts, "peek", args, kwnames, 0, 1) || !s.checkClosed(ts) {
		return nil
	}
	if !s.readable || s.openReader() == nil {
		s.unsupported(ts, "peek")
		return nil
	}
	if !s.flush(ts) {
		return nil
	}
	if s.r.Buffered() == 0 {
		if _, err := s.r.Peek(1); err != nil && err != io.EOF {
			return raiseOSErr(ts, err, "")
		}
	}
	b, _ := s.r.Peek(s.r.Buffered())
	return objects.NewBytes(ts, b)
}

// cannotCreate is the New of the io types that wrap another stream,
// which minipy does not construct from Python.
func cannotCreate(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
	return ts.Raisef(objects.TypeError, "cannot create '%s' instances", t.Name)
}

// fileIONew is io.FileIO(file, mode='r', closefd=True, opener=None):
// open() in binary mode without a buffer.
func fileIONew(ts *objects.Thread, t *objects.Type, args []*Object, kwnames *Object) *Object {
	var file, mode, closefd, opener *Object
	if !objects.ParseArgs(ts, "FileIO", args, kwnames, []string{"file", "mode", "closefd", "opener"}, 1, &file, &mode, &closefd, &opener) {
		return nil
	}
	m := "r"
	if mode != nil {
		if objects.AsStr(mode) == nil {
			return ts.Raisef(objects.TypeError, "FileIO() argument 'mode' must be str, not %s", objects.TypeName(mode))
		}
		m = objects.StrValue(mode)
	}
	for _, c := range m {
		if c == 'b' || c == 't' {
			return ts.Raisef(objects.ValueError, "invalid mode: %s", m)
		}
	}
	bm := objects.NewStr(ts, m+"b")
	zero := objects.NewInt(ts, 0)
	cfd := objects.True
	if closefd != nil {
		cfd = closefd
	}
	kw := objects.NewTupleSteal(ts, objects.NewStr(ts, "closefd"))
	r := ioOpen(ts, nil, []*Object{file, bm, zero, cfd}, kw)
	objects.Decref(ts, kw)
	objects.Decref(ts, bm)
	objects.Decref(ts, zero)
	return r
}

func ioOpenCode(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var path *Object
	if !objects.ParseArgs(ts, "open_code", args, kwnames, []string{"path"}, 1, &path) {
		return nil
	}
	if objects.AsStr(path) == nil {
		return ts.Raisef(objects.TypeError, "open_code() argument 'path' must be str, not %s", objects.TypeName(path))
	}
	rb := objects.NewStr(ts, "rb")
	defer objects.Decref(ts, rb)
	return ioOpen(ts, nil, []*Object{path, rb}, nil)
}

func ioTextEncoding(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var enc, level *Object
	if !objects.ParseArgs(ts, "text_encoding", args, kwnames, []string{"encoding", "stacklevel", "/"}, 1, &enc, &level) {
		return nil
	}
	if enc != objects.None {
		return objects.NewRef(enc)
	}
	return objects.NewStr(ts, "locale")
}

// iobaseClosed is where _IOBase keeps the closed flag of a Python
// subclass's instance (CPython's __IOBase_closed attribute).
const iobaseClosed = "__IOBase_closed"

func iobaseIsClosed(ts *objects.Thread, self *Object) (bool, bool) {
	v := objects.GetAttrString(ts, self, iobaseClosed)
	if v == nil {
		if ts.ErrMatches(objects.AttributeError) {
			ts.ClearErr()
			return false, true
		}
		return false, false
	}
	defer objects.Decref(ts, v)
	t := objects.IsTrue(ts, v)
	return t == 1, t >= 0
}

func iobaseMethods() []objects.MethodDef {
	callSelf := func(ts *objects.Thread, self *Object, name string) bool {
		r := objects.CallMethod(ts, self, name)
		if r == nil {
			return false
		}
		objects.Decref(ts, r)
		return true
	}
	checkClosed := func(ts *objects.Thread, self *Object) bool {
		c := objects.GetAttrString(ts, self, "closed")
		if c == nil {
			return false
		}
		t := objects.IsTrue(ts, c)
		objects.Decref(ts, c)
		if t < 0 {
			return false
		}
		if t == 1 {
			ts.Raise(objects.ValueError, "I/O operation on closed file.")
			return false
		}
		return true
	}
	unsupported := func(name string) objects.MethodDef {
		return objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			return ts.Raise(UnsupportedOperation, name)
		}}
	}
	falseFn := func(name string) objects.MethodDef {
		return objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckNoArgs(ts, name, args, kwnames) {
				return nil
			}
			return objects.False
		}}
	}
	return []objects.MethodDef{
		{Name: "close", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			closed, ok := iobaseIsClosed(ts, self)
			if !ok {
				return nil
			}
			if closed {
				return objects.None
			}
			flushed := callSelf(ts, self, "flush")
			var saved *Object
			if !flushed {
				saved = ts.FetchErr()
			}
			key := objects.NewStr(ts, iobaseClosed)
			rc := objects.SetAttr(ts, self, key, objects.True)
			objects.Decref(ts, key)
			if rc < 0 {
				objects.XDecref(ts, saved)
				return nil
			}
			if saved != nil {
				ts.SetErrSteal(saved)
				return nil
			}
			return objects.None
		}},
		{Name: "flush", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !checkClosed(ts, self) {
				return nil
			}
			return objects.None
		}},
		{Name: "__enter__", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !checkClosed(ts, self) {
				return nil
			}
			return objects.NewRef(self)
		}},
		{Name: "__exit__", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			return objects.CallMethod(ts, self, "close")
		}},
		{Name: "readlines", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			return objects.SequenceList(ts, self)
		}},
		{Name: "writelines", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckOneArg(ts, "writelines", args, kwnames) || !checkClosed(ts, self) {
				return nil
			}
			ok := objects.Iterate(ts, args[0], func(x *Object) bool {
				r := objects.CallMethod(ts, self, "write", x)
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
		}},
		falseFn("readable"), falseFn("writable"), falseFn("seekable"), falseFn("isatty"),
		unsupported("fileno"), unsupported("seek"), unsupported("truncate"), unsupported("detach"),
	}
}

func init() {
	IOBaseType.Methods = iobaseMethods()
	IOBaseType.New = objects.ObjectType.New
	IOBaseType.Iter = func(ts *objects.Thread, o *Object) *Object {
		c, ok := iobaseIsClosed(ts, o)
		if !ok {
			return nil
		}
		if c {
			return ts.Raise(objects.ValueError, "I/O operation on closed file.")
		}
		return objects.NewRef(o)
	}
	IOBaseType.IterNext = func(ts *objects.Thread, o *Object) *Object {
		line := objects.CallMethod(ts, o, "readline")
		if line == nil {
			return nil
		}
		if n := objects.Len(ts, line); n <= 0 {
			objects.Decref(ts, line)
			return nil // StopIteration, or the error of len
		}
		return line
	}
	IOBaseType.GetSets = []objects.GetSetDef{{Name: "closed", Get: func(ts *objects.Thread, o *Object) *Object {
		c, ok := iobaseIsClosed(ts, o)
		if !ok {
			return nil
		}
		return objects.NewRef(objects.Bool(c))
	}}}
	for _, t := range []*objects.Type{StringIOType, TextIOWrapperType} {
		t.Base, t.Bases = TextIOBaseType, []*objects.Type{TextIOBaseType}
	}
	for _, t := range []*objects.Type{BytesIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType} {
		t.Base, t.Bases = BufferedIOBaseType, []*objects.Type{BufferedIOBaseType}
	}
	FileIOType.Bases = []*objects.Type{RawIOBaseType}
	for _, t := range []*objects.Type{BufferedReaderType, BufferedWriterType, BufferedRandomType} {
		t.New = bufferedNew
		t.GetSets = append(t.GetSets, objects.GetSetDef{Name: "raw", Get: bufferedRaw})
	}
	TextIOWrapperType.New = textIOWrapperNew
	// FileIO is a stream like the others (streamTypes lists it).
	FileIOType.DictPtr = BufferedWriterType.DictPtr
	FileIOType.Traverse = BufferedWriterType.Traverse
	FileIOType.Clear = BufferedWriterType.Clear
	FileIOType.Dealloc = BufferedWriterType.Dealloc
	FileIOType.Repr = BufferedWriterType.Repr
	FileIOType.Iter = BufferedWriterType.Iter
	FileIOType.IterNext = BufferedWriterType.IterNext
	FileIOType.Methods = BufferedWriterType.Methods
	FileIOType.GetSets = BufferedWriterType.GetSets
	FileIOType.New = fileIONew
	streamTypes = append(streamTypes, FileIOType)
	TextIOWrapperType.GetSets = append(TextIOWrapperType.GetSets, objects.GetSetDef{Name: "buffer", Get: textBuffer})
	for _, t := range []*objects.Type{BufferedReaderType, BufferedRandomType} {
		t.Methods = append(append([]objects.MethodDef(nil), t.Methods...), objects.MethodDef{Name: "peek", Fn: mPeek})
	}
	objects.RegisterStaticType(IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType, FileIOType)
	registerDefs("io", ioMoreDefs)
}

var ioMoreDefs = []*objects.MethodDef{{Name: "open_code", Fn: ioOpenCode}, {Name: "text_encoding", Fn: ioTextEncoding}}

// ioMoreValues are the module values io_more adds to io.
func ioMoreValues(th *vm.Thread, vals map[string]*Object) {
	vals["IOBase"] = IOBaseType.TypeObject()
	vals["RawIOBase"] = RawIOBaseType.TypeObject()
	vals["BufferedIOBase"] = BufferedIOBaseType.TypeObject()
	vals["TextIOBase"] = TextIOBaseType.TypeObject()
	vals["FileIO"] = FileIOType.TypeObject()
	vals["BlockingIOError"] = objects.BlockingIOError.TypeObject()
}
