package builtins

import (
	"minipy/vm"
	"minipy/vm/objects"
)

// The _pickle module's functions (dumps, dump, loads, load, and the
// hooks the Pickler and Unpickler classes of pickleSource call), the
// pickle, copyreg and copy modules (Python source run at first import),
// and a minimal _codecs (encode/decode, which protocols 0-2 name to
// rebuild bytes objects).

// pickleProtocol is _Pickler_SetProtocol's reading of protocol=.
func pickleProtocol(ts *objects.Thread, o *Object) (int, bool) {
	if o == nil || o == objects.None {
		return pickleDefaultProtocol, true
	}
	v, ok := objects.IndexValue(ts, o, objects.OverflowError)
	if !ok {
		if ts.ErrMatches(objects.OverflowError) {
			ts.ClearErr()
			ts.Raise(objects.OverflowError, "Python int too large to convert to C long")
		}
		return 0, false
	}
	if v < 0 {
		return pickleHighestProtocol, true
	}
	if v > pickleHighestProtocol {
		ts.Raisef(objects.ValueError, "pickle protocol must be <= %d", pickleHighestProtocol)
		return 0, false
	}
	return v, true
}

// newPickler prepares a dump: self is a Pickler object (nil for the
// module functions), whose persistent_id, dispatch_table and
// reducer_override are used when present.
func newPickler(ts *objects.Thread, self, protocol, fixImports, bufferCB *Object) (*pickler, bool) {
	proto, ok := pickleProtocol(ts, protocol)
	if !ok {
		return nil, false
	}
	fix := true
	if fixImports != nil {
		r := objects.IsTrue(ts, fixImports)
		if r < 0 {
			return nil, false
		}
		fix = r == 1
	}
	th := vmThread(ts)
	p := &pickler{ts: ts, th: th, proto: proto, bin: proto > 0, fixImports: fix && proto < 3,
		frameStart: -1}
	if bufferCB != nil && bufferCB != objects.None {
		if proto < 5 {
			ts.Raise(objects.ValueError, "buffer_callback needs protocol >= 5")
			return nil, false
		}
		p.bufferCB = objects.NewRef(bufferCB)
	}
	if p.copyreg = th.Import(ts, "copyreg"); p.copyreg == nil {
		p.release()
		return nil, false
	}
	if self != nil {
		for _, h := range []struct {
			name string
			dst  **Object
		}{{"persistent_id", &p.persID}, {"dispatch_table", &p.dispatch}, {"reducer_override", &p.override}} {
			v, ok := lookupAttr(ts, self, h.name)
			if !ok {
				p.release()
				return nil, false
			}
			*h.dst = v
		}
		if p.persID != nil && !objects.IsCallable(p.persID) {
			p.release()
			ts.Raise(objects.TypeError, "persistent_id must be a callable taking one argument")
			return nil, false
		}
	}
	return p, true
}

func pickleDumps(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var obj, protocol, fix, cb *Object
	if !objects.ParseArgs(ts, "dumps", args, kwnames, []string{"obj", "protocol", "*", "fix_imports", "buffer_callback"}, 1, &obj, &protocol, &fix, &cb) {
		return nil
	}
	p, ok := newPickler(ts, nil, protocol, fix, cb)
	if !ok {
		return nil
	}
	defer p.release()
	if !p.dump(obj) {
		return nil
	}
	return objects.NewBytes(ts, p.out)
}

// fileWrite returns file.write (a new reference).
func fileWrite(ts *objects.Thread, file *Object) *Object {
	w, ok := lookupAttr(ts, file, "write")
	if ok && w == nil {
		ts.Raise(objects.TypeError, "file must have a 'write' attribute")
	}
	return w
}

func pickleDump(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var obj, file, protocol, fix, cb *Object
	if !objects.ParseArgs(ts, "dump", args, kwnames, []string{"obj", "file", "protocol", "*", "fix_imports", "buffer_callback"}, 2, &obj, &file, &protocol, &fix, &cb) {
		return nil
	}
	p, ok := newPickler(ts, nil, protocol, fix, cb)
	if !ok {
		return nil
	}
	defer p.release()
	if p.write = fileWrite(ts, file); p.write == nil {
		return nil
	}
	if !p.dump(obj) || !p.flush() {
		return nil
	}
	return objects.NewRef(objects.None)
}

// attrOrNil is self.name, or nil when self has no such attribute (a new
// reference; ok false on other errors).
func attrOrNil(ts *objects.Thread, self *Object, name string) (*Object, bool) {
	return lookupAttr(ts, self, name)
}

// picklerAttrs reads the state Pickler.__init__ stored (new references).
func selfAttrs(ts *objects.Thread, self *Object, names ...string) ([]*Object, bool) {
	out := make([]*Object, len(names))
	for i, n := range names {
		v, ok := attrOrNil(ts, self, n)
		if !ok {
			for _, o := range out[:i] {
				objects.XDecref(ts, o)
			}
			return nil, false
		}
		if v == nil {
			v = objects.NewRef(objects.None)
		}
		out[i] = v
	}
	return out, true
}

func decrefAll(ts *objects.Thread, objs []*Object) {
	for _, o := range objs {
		objects.XDecref(ts, o)
	}
}

// picklerDump is Pickler.dump(obj), a Go method of the Python class:
// it uses what __init__ stored and the memo dict {id(obj): (index, obj)},
// kept across dumps.
func picklerDump(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "dump", args, kwnames) {
		return nil
	}
	obj := args[0]
	st, ok := selfAttrs(ts, self, "_write", "_proto", "_fix_imports", "_buffer_callback", "memo")
	if !ok {
		return nil
	}
	defer decrefAll(ts, st)
	write, memo := st[0], st[4]
	if write == objects.None {
		pickleError(ts, "PicklingError", "Pickler.__init__() was not called by "+objects.TypeName(self)+".__init__()")
		return nil
	}
	p, ok := newPickler(ts, self, st[1], st[2], st[3])
	if !ok {
		return nil
	}
	defer p.release()
	p.write = objects.NewRef(write)
	start := 0
	if objects.AsDict(memo) != nil {
		pos := 0
		for {
			_, v, ok := objects.DictNext(memo, &pos)
			if !ok {
				break
			}
			it := objects.TupleItems(v)
			if objects.AsTuple(v) == nil || len(it) != 2 {
				ts.Raise(objects.TypeError, "'memo' values must be 2-item tuples")
				return nil
			}
			idx, ok := objects.IntValue64(it[0])
			if !ok {
				ts.Raise(objects.TypeError, "'memo' values must be 2-item tuples")
				return nil
			}
			p.memo.put(it[1], int(idx))
			p.memoObjs = append(p.memoObjs, objects.NewRef(it[1]))
		}
		start = len(p.memoObjs)
	}
	if !p.dump(obj) || !p.flush() {
		return nil
	}
	if objects.AsDict(memo) != nil {
		for _, o := range p.memoObjs[start:] {
			key := objects.NewIntUint64(ts, uint64(o.ID()))
			val := objects.NewTupleSteal(ts, objects.NewInt(ts, int64(memoIndex(&p.memo, o))), objects.NewRef(o))
			if key == nil || val == nil || objects.DictSetItem(ts, memo, key, val) < 0 {
				objects.XDecref(ts, key)
				objects.XDecref(ts, val)
				return nil
			}
			objects.Decref(ts, key)
			objects.Decref(ts, val)
		}
	}
	return objects.NewRef(objects.None)
}

type loadOptions struct {
	fix, encoding, errors, buffers *Object
}

func newUnpickler(ts *objects.Thread, fname string, self *Object, o loadOptions) (*unpickler, bool) {
	u := &unpickler{ts: ts, th: vmThread(ts), fixImports: true, encoding: "ASCII", errors: "strict"}
	if o.fix != nil {
		r := objects.IsTrue(ts, o.fix)
		if r < 0 {
			return nil, false
		}
		u.fixImports = r == 1
	}
	for _, s := range []struct {
		o    *Object
		name string
		dst  *string
	}{{o.encoding, "encoding", &u.encoding}, {o.errors, "errors", &u.errors}} {
		if s.o == nil {
			continue
		}
		if objects.AsStr(s.o) == nil {
			ts.Raisef(objects.TypeError, "%s() argument '%s' must be str, not %s", fname, s.name, objects.TypeName(s.o))
			return nil, false
		}
		*s.dst = objects.StrValue(s.o)
	}
	if o.buffers != nil && o.buffers != objects.None {
		if u.buffers = objects.GetIter(ts, o.buffers); u.buffers == nil {
			return nil, false
		}
	}
	if self != nil {
		u.self = self
		v, ok := lookupAttr(ts, self, "persistent_load")
		if !ok {
			u.release()
			return nil, false
		}
		u.persLoad = v
	}
	return u, true
}

func pickleLoads(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var data *Object
	var o loadOptions
	if !objects.ParseArgs(ts, "loads", args, kwnames, []string{"data", "/", "*", "fix_imports", "encoding", "errors", "buffers"}, 1, &data, &o.fix, &o.encoding, &o.errors, &o.buffers) {
		return nil
	}
	if objects.AsStr(data) != nil {
		return ts.Raisef(objects.TypeError, "a bytes-like object is required, not '%s'", objects.TypeName(data))
	}
	u, ok := newUnpickler(ts, "loads", nil, o)
	if !ok {
		return nil
	}
	defer u.release()
	b, ok := u.bytesOf(data)
	if !ok {
		return nil
	}
	u.buf = b
	return u.load()
}

// fileReaders returns file.read and file.readline (new references).
func fileReaders(ts *objects.Thread, file *Object) (*Object, *Object, bool) {
	r, ok := lookupAttr(ts, file, "read")
	if !ok {
		return nil, nil, false
	}
	rl, ok := lookupAttr(ts, file, "readline")
	if !ok || r == nil || rl == nil {
		objects.XDecref(ts, r)
		objects.XDecref(ts, rl)
		if ok {
			ts.Raise(objects.TypeError, "file must have 'read' and 'readline' attributes")
		}
		return nil, nil, false
	}
	return r, rl, true
}

func pickleLoad(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var file *Object
	var o loadOptions
	if !objects.ParseArgs(ts, "load", args, kwnames, []string{"file", "*", "fix_imports", "encoding", "errors", "buffers"}, 1, &file, &o.fix, &o.encoding, &o.errors, &o.buffers) {
		return nil
	}
	u, ok := newUnpickler(ts, "load", nil, o)
	if !ok {
		return nil
	}
	defer u.release()
	if u.read, u.readline, ok = fileReaders(ts, file); !ok {
		return nil
	}
	return u.load()
}

// unpicklerLoad is Unpickler.load(), a Go method of the Python class: it
// uses what __init__ stored and the memo dict {index: obj}, kept across
// loads.
func unpicklerLoad(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "load", args, kwnames) {
		return nil
	}
	st, ok := selfAttrs(ts, self, "_file", "_fix_imports", "_encoding", "_errors", "_buffers", "memo")
	if !ok {
		return nil
	}
	defer decrefAll(ts, st)
	file, memo := st[0], st[5]
	if file == objects.None {
		pickleError(ts, "UnpicklingError", "Unpickler.__init__() was not called by "+objects.TypeName(self)+".__init__()")
		return nil
	}
	u, ok := newUnpickler(ts, "Unpickler", self, loadOptions{st[1], st[2], st[3], st[4]})
	if !ok {
		return nil
	}
	defer u.release()
	if b, isBuf := objects.BufferBytes(file); isBuf {
		// A bytes-like "file" is read as loads reads its argument (the
		// fuzz target uses this to reach the in-memory path).
		u.buf = append([]byte(nil), b...)
	} else if u.read, u.readline, ok = fileReaders(ts, file); !ok {
		return nil
	}
	if objects.AsDict(memo) != nil {
		pos := 0
		for {
			k, v, ok := objects.DictNext(memo, &pos)
			if !ok {
				break
			}
			if idx, ok := objects.IntValue64(k); ok && idx >= 0 && !u.memoPut(int(idx), v) {
				return nil
			}
		}
	}
	r := u.load()
	if objects.AsDict(memo) != nil {
		if !u.memoItems(func(idx int, o *Object) bool {
			key := objects.NewInt(ts, int64(idx))
			if key == nil || objects.DictSetItem(ts, memo, key, o) < 0 {
				objects.XDecref(ts, key)
				return false
			}
			objects.Decref(ts, key)
			return true
		}) {
			objects.XDecref(ts, r)
			return nil
		}
	}
	return r
}

// unpicklerFindClass is Unpickler.find_class(module_name, global_name).
func unpicklerFindClass(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "find_class", args, kwnames, 2, 2) {
		return nil
	}
	st, ok := selfAttrs(ts, self, "_proto", "_fix_imports")
	if !ok {
		return nil
	}
	defer decrefAll(ts, st)
	proto, _ := objects.IntValue64(st[0])
	fix := objects.IsTrue(ts, st[1])
	if fix < 0 {
		return nil
	}
	return findClassImpl(vmThread(ts), args[0], args[1], int(proto), fix == 1)
}

func checkProtocol(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "_check_protocol", args, kwnames) {
		return nil
	}
	p, ok := pickleProtocol(ts, args[0])
	if !ok {
		return nil
	}
	return objects.NewInt(ts, int64(p))
}

var pickleDefs = []*objects.MethodDef{
	{Name: "dumps", Fn: pickleDumps, Doc: "Return the pickled representation of the object as a bytes object."},
	{Name: "dump", Fn: pickleDump, Doc: "Write a pickled representation of obj to the open file object file."},
	{Name: "loads", Fn: pickleLoads, Doc: "Read and return an object from the given pickle data."},
	{Name: "load", Fn: pickleLoad, Doc: "Read and return an object from the pickle data stored in a file."},
	{Name: "_check_protocol", Fn: checkProtocol},
}

func codecsArgs(ts *objects.Thread, name string, args []*Object, kwnames *Object) (obj *Object, enc, errs string, ok bool) {
	var e, r *Object
	if !objects.ParseArgs(ts, name, args, kwnames, []string{"obj", "encoding", "errors"}, 1, &obj, &e, &r) {
		return nil, "", "", false
	}
	enc, errs = "utf-8", "strict"
	for _, s := range []struct {
		o   *Object
		dst *string
		arg string
	}{{e, &enc, "2"}, {r, &errs, "3"}} {
		if s.o == nil {
			continue
		}
		if objects.AsStr(s.o) == nil {
			ts.Raisef(objects.TypeError, "%s() argument %s must be str, not %s", name, s.arg, objects.TypeName(s.o))
			return nil, "", "", false
		}
		*s.dst = objects.StrValue(s.o)
	}
	return obj, pickleEncoding(enc), errs, true
}

var codecsDefs = []*objects.MethodDef{
	{Name: "encode", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		obj, enc, errs, ok := codecsArgs(ts, "encode", args, kwnames)
		if !ok {
			return nil
		}
		if objects.AsStr(obj) == nil {
			return ts.Raisef(objects.TypeError, "utf_8_encode() argument 1 must be str, not %s", objects.TypeName(obj))
		}
		return objects.Encode(ts, obj, enc, errs)
	}},
	{Name: "decode", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		obj, enc, errs, ok := codecsArgs(ts, "decode", args, kwnames)
		if !ok {
			return nil
		}
		b, ok := objects.BufferBytes(obj)
		if !ok {
			return ts.Raisef(objects.TypeError, "a bytes-like object is required, not '%s'", objects.TypeName(obj))
		}
		return objects.Decode(ts, b, enc, errs)
	}},
}

// The Go methods of the Pickler and Unpickler classes (pickleSource puts
// them in the class bodies): method descriptors, so that a traceback
// through dump() or load() shows no frame of theirs, as CPython's C
// methods show none.
var (
	picklerDumpDef        = &objects.MethodDef{Name: "dump", Fn: picklerDump, Doc: "Write a pickled representation of the given object to the open file."}
	unpicklerLoadDef      = &objects.MethodDef{Name: "load", Fn: unpicklerLoad, Doc: "Load a pickle."}
	unpicklerFindClassDef = &objects.MethodDef{Name: "find_class", Fn: unpicklerFindClass, Doc: "Return an object from a specified module."}
	pickleMethods         = map[string]*Object{}
)

func init() {
	pickleMethods["_Pickler_dump"] = objects.NewMethodDescriptor(objects.ObjectType, picklerDumpDef)
	pickleMethods["_Unpickler_load"] = objects.NewMethodDescriptor(objects.ObjectType, unpicklerLoadDef)
	pickleMethods["_Unpickler_find_class"] = objects.NewMethodDescriptor(objects.ObjectType, unpicklerFindClassDef)
	registerDefs("_pickle", pickleDefs)
	registerDefs("_codecs", codecsDefs)
}

func newFrozenModule(th *vm.Thread, name, doc string, defs []*objects.MethodDef, values map[string]*Object, src string) *Object {
	m := makeModule(th, name, doc, defs, values)
	if m == nil {
		return nil
	}
	if !th.ExecFrozen(m, src, "<frozen "+name+">") {
		objects.Decref(th.TS, m)
		return nil
	}
	return m
}

func newUnderPickleModule(th *vm.Thread) *Object {
	values := map[string]*Object{}
	for k, v := range pickleMethods {
		values[k] = objects.NewRef(v)
	}
	return newFrozenModule(th, "_pickle", "Optimized C implementation for the Python pickle module.", pickleDefs, values, underPickleSource)
}

func newPickleModule(th *vm.Thread) *Object {
	return newFrozenModule(th, "pickle", "Create portable serialized representations of Python objects.", nil, nil, pickleSource)
}

func newCopyregModule(th *vm.Thread) *Object {
	return newFrozenModule(th, "copyreg", "Helper to provide extensibility for pickle.", nil, nil, copyregSource)
}

func newCopyModule(th *vm.Thread) *Object {
	return newFrozenModule(th, "copy", "Generic (shallow and deep) copying operations.", nil, nil, copySource)
}

func newCodecsModule(th *vm.Thread) *Object {
	return makeModule(th, "_codecs", "", codecsDefs, nil)
}

func registerPickle(t vm.NativeTable) {
	t["_pickle"] = newUnderPickleModule
	t["pickle"] = newPickleModule
	t["copyreg"] = newCopyregModule
	t["copy"] = newCopyModule
	t["_codecs"] = newCodecsModule
}

func memoIndex(m *ptrMemo, o *Object) int {
	idx, _ := m.get(o)
	return idx
}
