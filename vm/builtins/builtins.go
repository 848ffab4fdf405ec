package builtins

import (
	"sync"

	"minipy/vm"
	"minipy/vm/objects"
)

type Object = objects.Object

// Setup fills the builtins dict of an interpreter (vm.Config.SetupBuiltins)
// and, when the interpreter has no shared table of Go modules
// (vm/sys.Natives), registers this package's (gc, math, time, io, ...) in
// th.Interp.Native.
// vm adds __build_class__ and super itself.
func Setup(th *vm.Thread, builtins *Object) error {
	ts := th.TS
	builtinsOnce.Do(makeBuiltinEntries)
	// A copy of the template's table when the dict is empty (always, from
	// vm.NewInterpState), else one insertion per entry.
	if !objects.DictFillStatic(ts, builtins, builtinsTemplate) {
		// Room for the entries and the few names vm adds
		// (__build_class__, super, ...): no regrowth as it fills.
		objects.DictReserve(ts, builtins, len(builtinEntries)+builtinsRoom)
		for _, e := range builtinEntries {
			if objects.DictSetItem(ts, builtins, e.k, e.v) < 0 {
				return pyErr(th)
			}
		}
	}
	if is := th.Interp; is.SharedNative == nil {
		// No shared table (vm/sys.Natives): this interpreter's own.
		if is.Native == nil {
			is.Native = vm.NativeTable{}
		}
		RegisterNative(is.Native)
	}
	return nil
}

// builtinEntries are the items of every interpreter's builtins dict, in
// order: static immortal keys (hashed once) and values (static functions,
// types and constants, and static strs for __name__, __package__ and
// __doc__), made once per process, so that making an interpreter's
// builtins allocates no str and hashes nothing.
// builtinsTemplate is a static dict of those items, with room for
// builtinsRoom more (the names vm adds, __build_class__, super, ...),
// whose table Setup copies whole.
var (
	builtinsOnce     sync.Once
	builtinEntries   []struct{ k, v *Object }
	builtinsTemplate *Object
)

const builtinsRoom = 8

func makeBuiltinEntries() {
	add := func(name string, v *Object) {
		builtinEntries = append(builtinEntries, struct{ k, v *Object }{objects.StaticStr(name), v})
	}
	for i, d := range builtinDefs {
		add(d.Name, builtinFuncs[i])
	}
	for _, t := range builtinTypes {
		add(t.Name, t.TypeObject())
	}
	for _, t := range append([]*objects.Type{objects.BaseException}, objects.BuiltinExceptions...) {
		add(t.Name, t.TypeObject())
	}
	consts := []struct {
		name string
		v    *Object
	}{{"None", objects.None}, {"True", objects.True}, {"False", objects.False},
		{"Ellipsis", objects.Ellipsis}, {"NotImplemented", objects.NotImplemented},
		{"__debug__", objects.True}, {"exit", &quitExit.Object}, {"quit", &quitQuit.Object},
		{"IOError", objects.OSError.TypeObject()}, {"EnvironmentError", objects.OSError.TypeObject()},
		{"__spec__", objects.None}, {"__loader__", objects.None}}
	for _, c := range consts {
		add(c.name, c.v)
	}
	add("__name__", objects.StaticStr("builtins"))
	add("__package__", objects.EmptyStr)
	add("__doc__", objects.StaticStr(builtinsDoc))
	names := make(map[string]*Object, len(builtinEntries))
	for _, e := range builtinEntries {
		names[objects.StrValue(e.k)] = e.k
	}
	vm.SetStaticNames(names)
	keys := make([]*Object, len(builtinEntries))
	values := make([]*Object, len(builtinEntries))
	for i, e := range builtinEntries {
		keys[i], values[i] = e.k, e.v
	}
	builtinsTemplate = objects.NewStaticDictOf(keys, values, builtinsRoom)
}

// RegisterNative registers the native modules of this package in t
// (each is made on first import).
func RegisterNative(t vm.NativeTable) {
	t["gc"] = newGCModule
	t["atexit"] = newAtexitModule
	t["_weakref"] = newUnderWeakrefModule
	t["weakref"] = newWeakrefModule
	t["traceback"] = newTracebackModule
	t["linecache"] = newLinecacheModule
	t["math"] = newMathModule
	t["time"] = newTimeModule
	t["io"] = newIOModule
	t["_io"] = newIOModule
	t["os"] = newOSModule
	t["posixpath"] = newPosixpathModule
	t["_thread"] = newThreadModule
	t["threading"] = newThreadingModule
	t["queue"] = newQueueModule
	registerPickle(t)
}

const builtinsDoc = "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices."

// pyErr turns the pending exception into a Go error (for Setup).
func pyErr(th *vm.Thread) error {
	ts := th.TS
	exc := ts.FetchErr()
	if exc == nil {
		return &vm.PyError{Text: "unknown error"}
	}
	defer objects.Decref(ts, exc)
	return &vm.PyError{Text: th.FormatException(exc)}
}

var builtinTypes = []*objects.Type{
	objects.IntType, objects.BoolType, objects.FloatType, objects.ComplexType, objects.StrType,
	objects.BytesType, objects.ByteArrayType, objects.ListType, objects.TupleType, objects.DictType,
	objects.SetType, objects.FrozenSetType, objects.RangeType, objects.SliceType, objects.ObjectType,
	objects.TypeType, objects.PropertyType, objects.StaticMethodType, objects.ClassMethodType,
	objects.MemoryViewType, EnumerateType, ZipType, MapType, FilterType, ReversedType,
}

var (
	builtinDefs  []*objects.MethodDef
	builtinFuncs []*Object
)

func init() {
	builtinDefs = []*objects.MethodDef{
		{Name: "print", Fn: bPrint, Doc: "Prints the values to a stream, or to sys.stdout by default."},
		{Name: "len", Fn: bLen, Doc: "Return the number of items in a container."},
		{Name: "repr", Fn: bRepr, Doc: "Return the canonical string representation of the object."},
		{Name: "ascii", Fn: bASCII},
		{Name: "isinstance", Fn: bIsInstance},
		{Name: "issubclass", Fn: bIsSubclass},
		{Name: "iter", Fn: bIter},
		{Name: "next", Fn: bNext},
		{Name: "aiter", Fn: func(ts *objects.Thread, _ *Object, a []*Object, k *Object) *Object {
			if !objects.CheckOneArg(ts, "aiter", a, k) {
				return nil
			}
			return vm.AIter(ts, a[0])
		}},
		{Name: "anext", Fn: func(ts *objects.Thread, _ *Object, a []*Object, k *Object) *Object {
			if !objects.CheckArgs(ts, "anext", a, k, 1, 2) {
				return nil
			}
			var dflt *Object
			if len(a) > 1 {
				dflt = a[1]
			}
			return vm.ANext(ts, a[0], dflt)
		}},
		{Name: "hash", Fn: bHash},
		{Name: "id", Fn: bID},
		{Name: "ord", Fn: bOrd},
		{Name: "chr", Fn: bChr},
		{Name: "hex", Fn: func(ts *objects.Thread, _ *Object, a []*Object, k *Object) *Object { return bBase(ts, "hex", 16, a, k) }},
		{Name: "oct", Fn: func(ts *objects.Thread, _ *Object, a []*Object, k *Object) *Object { return bBase(ts, "oct", 8, a, k) }},
		{Name: "bin", Fn: func(ts *objects.Thread, _ *Object, a []*Object, k *Object) *Object { return bBase(ts, "bin", 2, a, k) }},
		{Name: "format", Fn: bFormat},
		{Name: "getattr", Fn: bGetattr},
		{Name: "setattr", Fn: bSetattr},
		{Name: "delattr", Fn: bDelattr},
		{Name: "hasattr", Fn: bHasattr},
		{Name: "callable", Fn: bCallable},
		{Name: "all", Fn: bAll},
		{Name: "any", Fn: bAny},
		{Name: "abs", Fn: bAbs},
		{Name: "divmod", Fn: bDivmod},
		{Name: "pow", Fn: bPow},
		{Name: "round", Fn: bRound},
		{Name: "sum", Fn: bSum},
		{Name: "min", Fn: func(ts *objects.Thread, _ *Object, a []*Object, k *Object) *Object {
			return bMinMax(ts, "min", objects.LT, a, k)
		}},
		{Name: "max", Fn: func(ts *objects.Thread, _ *Object, a []*Object, k *Object) *Object {
			return bMinMax(ts, "max", objects.GT, a, k)
		}},
		{Name: "sorted", Fn: bSorted},
		{Name: "input", Fn: bInput},
		{Name: "open", Fn: ioOpen},
		{Name: "vars", Fn: bVars},
		{Name: "dir", Fn: bDir},
		{Name: "globals", Fn: bGlobals},
		{Name: "locals", Fn: bLocals},
		{Name: "exec", Fn: func(ts *objects.Thread, _ *Object, a []*Object, k *Object) *Object {
			return bExecEval(ts, "exec", a, k)
		}},
		{Name: "eval", Fn: func(ts *objects.Thread, _ *Object, a []*Object, k *Object) *Object {
			return bExecEval(ts, "eval", a, k)
		}},
		{Name: "compile", Fn: bCompile},
		{Name: "__import__", Fn: bImport},
	}
	for _, d := range builtinDefs {
		builtinFuncs = append(builtinFuncs, objects.NewStaticBuiltinFunction(d, "builtins"))
	}
}

// ---- output ----

// sysAttr returns sys.<name> (borrowed) or nil when sys is not loaded or
// lacks it (no error set).
func sysAttr(ts *objects.Thread, name string) *Object {
	d := vmThread(ts).Interp.SysDictOf(ts)
	if d == nil {
		return nil
	}
	return objects.DictGetItemStr(ts, d, name)
}

func bPrint(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	npos := objects.NumPositional(args, kwnames)
	var sep, end, file, flush *Object
	if kwnames != nil {
		for i, k := range objects.TupleItems(kwnames) {
			v := args[npos+i]
			switch objects.StrValue(k) {
			case "sep":
				sep = v
			case "end":
				end = v
			case "file":
				file = v
			case "flush":
				flush = v
			default:
				r := objects.Repr(ts, k)
				if r == nil {
					return nil
				}
				defer objects.Decref(ts, r)
				return ts.Raisef(objects.TypeError, "%s is an invalid keyword argument for print()", objects.StrValue(r))
			}
		}
	}
	sepS, endS := " ", "\n"
	if sep != nil && sep != objects.None {
		if objects.AsStr(sep) == nil {
			return ts.Raisef(objects.TypeError, "sep must be None or a string, not %s", objects.TypeName(sep))
		}
		sepS = objects.StrValue(sep)
	}
	if end != nil && end != objects.None {
		if objects.AsStr(end) == nil {
			return ts.Raisef(objects.TypeError, "end must be None or a string, not %s", objects.TypeName(end))
		}
		endS = objects.StrValue(end)
	}
	if file == nil || file == objects.None {
		file = sysAttr(ts, "stdout")
		if file == nil {
			// No sys module: write straight to the interpreter's stdout.
			var b []byte
			for i, a := range args[:npos] {
				if i > 0 {
					b = append(b, sepS...)
				}
				s := objects.StrOf(ts, a)
				if s == nil {
					return nil
				}
				b = append(b, objects.StrValue(s)...)
				objects.Decref(ts, s)
			}
			b = append(b, endS...)
			vmThread(ts).Interp.Stdout.Write(b)
			return objects.None
		}
		if file == objects.None {
			return objects.None
		}
	}
	if f := asStream(file); f != nil && file.Type() == TextIOWrapperType {
		// Fast path for minipy's own text streams: one write.
		var b []byte
		for i, a := range args[:npos] {
			if i > 0 {
				b = append(b, sepS...)
			}
			s := objects.StrOf(ts, a)
			if s == nil {
				return nil
			}
			b = append(b, objects.StrValue(s)...)
			objects.Decref(ts, s)
		}
		b = append(b, endS...)
		if !f.writeText(ts, string(b)) {
			return nil
		}
	} else {
		write := func(s *Object) bool {
			r := objects.CallMethod(ts, file, "write", s)
			if r == nil {
				return false
			}
			objects.Decref(ts, r)
			return true
		}
		for i, a := range args[:npos] {
			if i > 0 {
				s := objects.NewStr(ts, sepS)
				ok := write(s)
				objects.Decref(ts, s)
				if !ok {
					return nil
				}
			}
			s := objects.StrOf(ts, a)
			if s == nil {
				return nil
			}
			ok := write(s)
			objects.Decref(ts, s)
			if !ok {
				return nil
			}
		}
		s := objects.NewStr(ts, endS)
		ok := write(s)
		objects.Decref(ts, s)
		if !ok {
			return nil
		}
	}
	if flush != nil {
		t := objects.IsTrue(ts, flush)
		if t < 0 {
			return nil
		}
		if t == 1 {
			r := objects.CallMethod(ts, file, "flush")
			if r == nil {
				return nil
			}
			objects.Decref(ts, r)
		}
	}
	return objects.None
}

func bInput(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "input", args, kwnames, 0, 1) {
		return nil
	}
	stdin, stdout, stderr := sysAttr(ts, "stdin"), sysAttr(ts, "stdout"), sysAttr(ts, "stderr")
	if stdin == nil || stdin == objects.None {
		return ts.Raise(objects.RuntimeError, "input(): lost sys.stdin")
	}
	if stdout == nil || stdout == objects.None {
		return ts.Raise(objects.RuntimeError, "input(): lost sys.stdout")
	}
	call := func(o *Object, name string, a ...*Object) bool {
		r := objects.CallMethod(ts, o, name, a...)
		if r == nil {
			return false
		}
		objects.Decref(ts, r)
		return true
	}
	if stderr != nil && stderr != objects.None && !call(stderr, "flush") {
		ts.ClearErr()
	}
	if len(args) == 1 {
		p := objects.StrOf(ts, args[0])
		if p == nil {
			return nil
		}
		ok := call(stdout, "write", p)
		objects.Decref(ts, p)
		if !ok {
			return nil
		}
	}
	if !call(stdout, "flush") {
		ts.ClearErr()
	}
	line := objects.CallMethod(ts, stdin, "readline")
	if line == nil {
		return nil
	}
	if objects.AsStr(line) == nil {
		objects.Decref(ts, line)
		return ts.Raise(objects.TypeError, "object.readline() returned non-string")
	}
	s := objects.StrValue(line)
	if s == "" {
		objects.Decref(ts, line)
		return ts.Raise(objects.EOFError, "EOF when reading a line")
	}
	if s[len(s)-1] == '\n' {
		r := objects.NewStr(ts, s[:len(s)-1])
		objects.Decref(ts, line)
		return r
	}
	return line
}

// ---- one-argument functions ----

func bLen(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "len", args, kwnames) {
		return nil
	}
	n := objects.Len(ts, args[0])
	if n < 0 {
		return nil
	}
	return objects.NewInt(ts, int64(n))
}

func bRepr(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "repr", args, kwnames) {
		return nil
	}
	return objects.Repr(ts, args[0])
}

func bASCII(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "ascii", args, kwnames) {
		return nil
	}
	return objects.StrASCIIRepr(ts, args[0])
}

func bHash(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "hash", args, kwnames) {
		return nil
	}
	h := objects.Hash(ts, args[0])
	if h == -1 && ts.Occurred() {
		return nil
	}
	return objects.NewInt(ts, h)
}

func bID(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "id", args, kwnames) {
		return nil
	}
	return objects.NewIntUint64(ts, uint64(args[0].ID()))
}

func bCallable(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "callable", args, kwnames) {
		return nil
	}
	r := objects.Callable(ts, args[0])
	if r < 0 {
		return nil
	}
	return objects.Bool(r != 0)
}

func bAbs(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "abs", args, kwnames) {
		return nil
	}
	return objects.Absolute(ts, args[0])
}

func bOrd(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "ord", args, kwnames) {
		return nil
	}
	o := args[0]
	if objects.AsStr(o) != nil {
		rs := []rune(objects.StrValue(o))
		if len(rs) != 1 {
			return ts.Raisef(objects.TypeError, "ord() expected a character, but string of length %d found", len(rs))
		}
		return objects.NewInt(ts, int64(rs[0]))
	}
	if objects.AsBytes(o) != nil || objects.AsByteArray(o) != nil {
		b, _ := objects.BufferBytes(o)
		if len(b) != 1 {
			return ts.Raisef(objects.TypeError, "ord() expected a character, but string of length %d found", len(b))
		}
		return objects.NewInt(ts, int64(b[0]))
	}
	return ts.Raisef(objects.TypeError, "ord() expected string of length 1, but %s found", objects.TypeName(o))
}

func bChr(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "chr", args, kwnames) {
		return nil
	}
	i := objects.NumberIndex(ts, args[0])
	if i == nil {
		return nil
	}
	v, ok := objects.IntValue64(i)
	objects.Decref(ts, i)
	if !ok || v != int64(int32(v)) {
		return ts.Raise(objects.OverflowError, "Python int too large to convert to C int")
	}
	if v < 0 || v > 0x10ffff {
		return ts.Raise(objects.ValueError, "chr() arg not in range(0x110000)")
	}
	return objects.NewStrRune(ts, rune(v))
}

func bBase(ts *objects.Thread, name string, base int, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, name, args, kwnames) {
		return nil
	}
	i := objects.NumberIndex(ts, args[0])
	if i == nil {
		return nil
	}
	s := objects.IntToBase(objects.AsInt(i), base)
	objects.Decref(ts, i)
	return objects.NewStr(ts, s)
}

func bAll(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	return allAny(ts, "all", false, args, kwnames)
}

func bAny(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	return allAny(ts, "any", true, args, kwnames)
}

// allAny stops at the first item whose truth is stop.
func allAny(ts *objects.Thread, name string, stop bool, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, name, args, kwnames) {
		return nil
	}
	found, failed := false, false
	ok := objects.Iterate(ts, args[0], func(x *Object) bool {
		t := objects.IsTrue(ts, x)
		if t < 0 {
			failed = true
			return false
		}
		if (t == 1) == stop {
			found = true
			return false
		}
		return true
	})
	if !ok || failed {
		return nil
	}
	return objects.Bool(found == stop)
}

// ---- type and attribute functions ----

func bIsInstance(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "isinstance", args, kwnames, 2, 2) {
		return nil
	}
	r := objects.IsInstance(ts, args[0], args[1])
	if r < 0 {
		return nil
	}
	return objects.Bool(r == 1)
}

func bIsSubclass(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "issubclass", args, kwnames, 2, 2) {
		return nil
	}
	r := objects.IsSubclass(ts, args[0], args[1])
	if r < 0 {
		return nil
	}
	return objects.Bool(r == 1)
}

func checkAttrName(ts *objects.Thread, name *Object) bool {
	if objects.AsStr(name) == nil {
		ts.Raisef(objects.TypeError, "attribute name must be string, not '%s'", objects.TypeName(name))
		return false
	}
	return true
}

func bGetattr(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "getattr", args, kwnames, 2, 3) || !checkAttrName(ts, args[1]) {
		return nil
	}
	r := objects.GetAttr(ts, args[0], args[1])
	if r == nil && len(args) == 3 && ts.ErrMatches(objects.AttributeError) {
		ts.ClearErr()
		return objects.NewRef(args[2])
	}
	return r
}

func bSetattr(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "setattr", args, kwnames, 3, 3) || !checkAttrName(ts, args[1]) {
		return nil
	}
	if objects.SetAttr(ts, args[0], args[1], args[2]) < 0 {
		return nil
	}
	return objects.None
}

func bDelattr(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "delattr", args, kwnames, 2, 2) || !checkAttrName(ts, args[1]) {
		return nil
	}
	if objects.SetAttr(ts, args[0], args[1], nil) < 0 {
		return nil
	}
	return objects.None
}

func bHasattr(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "hasattr", args, kwnames, 2, 2) || !checkAttrName(ts, args[1]) {
		return nil
	}
	r := objects.HasAttr(ts, args[0], args[1])
	if r < 0 {
		return nil
	}
	return objects.Bool(r == 1)
}

func bFormat(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "format", args, kwnames, 1, 2) {
		return nil
	}
	spec := objects.EmptyStr
	if len(args) == 2 {
		spec = args[1]
		if objects.AsStr(spec) == nil {
			name := objects.TypeName(spec)
			if spec == objects.None {
				name = "None" // Argument Clinic's spelling
			}
			return ts.Raisef(objects.TypeError, "format() argument 2 must be str, not %s", name)
		}
	}
	return objects.Format(ts, args[0], spec)
}

// ---- iteration ----

func bIter(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "iter", args, kwnames, 1, 2) {
		return nil
	}
	if len(args) == 1 {
		return objects.GetIter(ts, args[0])
	}
	if !objects.IsCallable(args[0]) {
		return ts.Raise(objects.TypeError, "iter(v, w): v must be callable")
	}
	return objects.NewCallIter(ts, args[0], args[1])
}

func bNext(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "next", args, kwnames, 1, 2) {
		return nil
	}
	return objects.Next(ts, args[0], args[1:]...)
}

func bSorted(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	npos := objects.NumPositional(args, kwnames)
	if npos != 1 {
		return ts.Raisef(objects.TypeError, "sorted expected 1 argument, got %d", npos)
	}
	l := objects.NewListSteal(ts, nil)
	if l == nil {
		return nil
	}
	if objects.ListExtend(ts, l, args[0]) < 0 {
		objects.Decref(ts, l)
		return nil
	}
	var r *Object
	if kwnames == nil {
		if objects.ListSort(ts, l, nil, false) < 0 {
			objects.Decref(ts, l)
			return nil
		}
		return l
	}
	// Keywords go to list.sort, which checks them with its own messages.
	r = objects.CallMethodArgs(ts, l, "sort", args[1:], kwnames)
	if r == nil {
		objects.Decref(ts, l)
		return nil
	}
	objects.Decref(ts, r)
	return l
}

func bMinMax(ts *objects.Thread, name string, op objects.CompareOp, args []*Object, kwnames *Object) *Object {
	npos := objects.NumPositional(args, kwnames)
	if npos == 0 {
		// The positional arguments are checked before the keywords.
		return ts.Raisef(objects.TypeError, "%s expected at least 1 argument, got 0", name)
	}
	var key, dflt *Object
	if kwnames != nil {
		for i, k := range objects.TupleItems(kwnames) {
			switch objects.StrValue(k) {
			case "key":
				key = args[npos+i]
			case "default":
				dflt = args[npos+i]
			default:
				r := objects.Repr(ts, k)
				if r == nil {
					return nil
				}
				defer objects.Decref(ts, r)
				return ts.Raisef(objects.TypeError, "%s is an invalid keyword argument for %s()", objects.StrValue(r), name)
			}
		}
	}
	if key == objects.None {
		key = nil
	}
	var it *Object
	if npos == 1 {
		it = objects.GetIter(ts, args[0])
		if it == nil {
			return nil
		}
	} else {
		if dflt != nil {
			return ts.Raisef(objects.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		t := objects.NewTuple(ts, args[:npos]...)
		if t == nil {
			return nil
		}
		it = objects.GetIter(ts, t)
		objects.Decref(ts, t)
		if it == nil {
			return nil
		}
	}
	defer objects.Decref(ts, it)
	var best, bestKey *Object
	release := func() {
		objects.XDecref(ts, best)
		objects.XDecref(ts, bestKey)
	}
	for {
		item := objects.IterNext(ts, it)
		if item == nil {
			if ts.Occurred() {
				release()
				return nil
			}
			break
		}
		k := item
		if key != nil {
			k = objects.CallOneArg(ts, key, item)
			if k == nil {
				objects.Decref(ts, item)
				release()
				return nil
			}
		} else {
			objects.Incref(k)
		}
		if best == nil {
			best, bestKey = item, k
			continue
		}
		c := objects.RichCompareBool(ts, k, bestKey, op)
		if c < 0 {
			objects.Decref(ts, item)
			objects.Decref(ts, k)
			release()
			return nil
		}
		if c == 1 {
			release()
			best, bestKey = item, k
		} else {
			objects.Decref(ts, item)
			objects.Decref(ts, k)
		}
	}
	if best == nil {
		if dflt != nil {
			return objects.NewRef(dflt)
		}
		return ts.Raisef(objects.ValueError, "%s() arg is an empty sequence", name)
	}
	objects.Decref(ts, bestKey)
	return best
}

func bSum(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var iterable, start *Object
	if !objects.ParseArgs(ts, "sum", args, kwnames, []string{"iterable", "/", "start"}, 1, &iterable, &start) {
		return nil
	}
	// The iterable is checked before the start, as in CPython.
	it := objects.GetIter(ts, iterable)
	if it == nil {
		return nil
	}
	defer objects.Decref(ts, it)
	if start == nil {
		start = objects.NewInt(ts, 0)
	} else {
		switch {
		case objects.AsStr(start) != nil || start.Type().IsSubtype(objects.StrType):
			return ts.Raise(objects.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case start.Type().IsSubtype(objects.BytesType):
			return ts.Raise(objects.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
		case start.Type().IsSubtype(objects.ByteArrayType):
			return ts.Raise(objects.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
		}
		objects.Incref(start)
	}
	acc := start
	ok := objects.Iterate(ts, it, func(x *Object) bool {
		r := objects.BinaryOp(ts, acc, x, objects.OpAdd)
		if r == nil {
			return false
		}
		objects.Decref(ts, acc)
		acc = r
		return true
	})
	if !ok {
		objects.Decref(ts, acc)
		return nil
	}
	return acc
}

// ---- numbers ----

func bDivmod(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "divmod", args, kwnames, 2, 2) {
		return nil
	}
	return objects.BinaryOp(ts, args[0], args[1], objects.OpDivmod)
}

func bPow(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var base, exp, mod *Object
	mod = objects.None
	if !objects.ParseArgs(ts, "pow", args, kwnames, []string{"base", "exp", "mod"}, 2, &base, &exp, &mod) {
		return nil
	}
	return objects.Power(ts, base, exp, mod)
}

func bRound(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var number, ndigits *Object
	if !objects.ParseArgs(ts, "round", args, kwnames, []string{"number", "ndigits"}, 1, &number, &ndigits) {
		return nil
	}
	if objects.LookupTypeString(number.Type(), "__round__") == nil {
		return ts.Raisef(objects.TypeError, "type %s doesn't define __round__ method", objects.TypeName(number))
	}
	if ndigits == nil || ndigits == objects.None {
		return objects.CallMethod(ts, number, "__round__")
	}
	return objects.CallMethod(ts, number, "__round__", ndigits)
}

// ---- namespaces and code ----

func bVars(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "vars", args, kwnames, 0, 1) {
		return nil
	}
	if len(args) == 0 {
		return currentLocals(ts, "vars()")
	}
	return objects.Vars(ts, args[0])
}

func bDir(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "dir", args, kwnames, 0, 1) {
		return nil
	}
	if len(args) == 1 {
		return objects.Dir(ts, args[0])
	}
	l := currentLocals(ts, "dir()")
	if l == nil {
		return nil
	}
	keys := objects.SequenceList(ts, l)
	objects.Decref(ts, l)
	if keys == nil {
		return nil
	}
	if objects.ListSort(ts, keys, nil, false) < 0 {
		objects.Decref(ts, keys)
		return nil
	}
	return keys
}

func bGlobals(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "globals", args, kwnames) {
		return nil
	}
	return objects.XNewRef(currentGlobals(ts, "globals()"))
}

func bLocals(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "locals", args, kwnames) {
		return nil
	}
	return currentLocals(ts, "locals()")
}

// sourceBytes reads the source argument of exec/eval/compile.
func sourceBytes(ts *objects.Thread, fname string, src *Object) ([]byte, bool) {
	if objects.AsStr(src) != nil {
		return []byte(objects.StrValue(src)), true
	}
	if b, ok := objects.BufferBytes(src); ok {
		return append([]byte(nil), b...), true
	}
	return nil, false
}

func isCode(o *Object) bool { return objects.TypeName(o) == "code" }

func bCompile(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var source, filename, mode, flags, dontInherit, optimize, feature *Object
	if !objects.ParseArgs(ts, "compile", args, kwnames, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "*", "_feature_version"}, 3,
		&source, &filename, &mode, &flags, &dontInherit, &optimize, &feature) {
		return nil
	}
	if objects.AsStr(mode) == nil {
		return ts.Raisef(objects.TypeError, "compile() argument 'mode' must be str, not %s", objects.TypeName(mode))
	}
	m := objects.StrValue(mode)
	for _, o := range []*Object{flags, dontInherit, optimize} {
		if o != nil {
			if objects.IsFloat(o) {
				return ts.Raise(objects.TypeError, "'float' object cannot be interpreted as an integer")
			}
			if _, ok := objects.IndexValue(ts, o, objects.OverflowError); !ok {
				return nil
			}
		}
	}
	if flags != nil {
		// The PyCF_* flags CPython accepts; minipy honours none but
		// PyCF_ONLY_AST, which needs the ast module it lacks.
		const known = 0x0400 | 0x0200 | 0x1000 | 0x2000 | 0x4000 | 0x8000 | 0x10000 | 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x1000000 | 0x2000000
		v, _ := objects.IndexValue(ts, flags, objects.OverflowError)
		if v&^known != 0 {
			return ts.Raise(objects.ValueError, "compile(): unrecognised flags")
		}
	}
	if optimize != nil {
		if v, _ := objects.IndexValue(ts, optimize, objects.OverflowError); v < -1 || v > 2 {
			return ts.Raise(objects.ValueError, "compile(): invalid optimize value")
		}
	}
	if m != "exec" && m != "eval" && m != "single" {
		return ts.Raise(objects.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	var fn string
	switch {
	case objects.AsStr(filename) != nil:
		fn = objects.StrValue(filename)
	default:
		if b, ok := objects.BufferBytes(filename); ok && objects.AsBytes(filename) != nil {
			fn = string(b)
		} else {
			return ts.Raisef(objects.TypeError, "expected str, bytes or os.PathLike object, not %s", objects.TypeName(filename))
		}
	}
	if isCode(source) {
		return objects.NewRef(source)
	}
	src, ok := sourceBytes(ts, "compile", source)
	if !ok {
		return ts.Raise(objects.TypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	for _, c := range src {
		if c == 0 {
			return ts.Raise(objects.SyntaxError, "source code string cannot contain null bytes")
		}
	}
	return vmThread(ts).Compile(src, fn, m)
}

func bExecEval(ts *objects.Thread, name string, args []*Object, kwnames *Object) *Object {
	var source, globals, locals, closure *Object
	names := []string{"source", "globals", "locals", "/"}
	if name == "exec" {
		names = append(names, "*", "closure")
	}
	if name == "eval" {
		// eval's arguments are positional only (a clinic varargs form).
		if kwnames != nil && len(objects.TupleItems(kwnames)) > 0 {
			return ts.Raise(objects.TypeError, "eval() takes no keyword arguments")
		}
		if len(args) < 1 {
			return ts.Raisef(objects.TypeError, "eval expected at least 1 argument, got %d", len(args))
		}
		if len(args) > 3 {
			return ts.Raisef(objects.TypeError, "eval expected at most 3 arguments, got %d", len(args))
		}
	}
	if !objects.ParseArgs(ts, name, args, kwnames, names, 1, &source, &globals, &locals, &closure) {
		return nil
	}
	if closure == objects.None {
		closure = nil
	}
	if globals == objects.None {
		globals = nil
	}
	if locals == objects.None {
		locals = nil
	}
	if globals != nil && objects.AsDict(globals) == nil {
		if name == "exec" {
			return ts.Raisef(objects.TypeError, "exec() globals must be a dict, not %s", objects.TypeName(globals))
		}
		return ts.Raise(objects.TypeError, "globals must be a dict")
	}
	if locals != nil && locals.Type().GetItem == nil {
		if name == "exec" {
			return ts.Raisef(objects.TypeError, "locals must be a mapping or None, not %s", objects.TypeName(locals))
		}
		return ts.Raise(objects.TypeError, "locals must be a mapping")
	}
	var code *Object
	if isCode(source) {
		nfree := 0
		if fv := objects.GetAttrString(ts, source, "co_freevars"); fv != nil {
			nfree = len(objects.TupleItems(fv))
			objects.Decref(ts, fv)
		} else {
			ts.ClearErr()
		}
		if closure == nil && nfree > 0 {
			return ts.Raise(objects.TypeError, "code object passed to exec() may not contain free variables")
		}
		if closure != nil {
			if nfree == 0 {
				return ts.Raise(objects.TypeError, "cannot use a closure with this code object")
			}
			if objects.AsTuple(closure) == nil || len(objects.TupleItems(closure)) != nfree {
				return ts.Raisef(objects.TypeError, "code object requires a closure of exactly length %d", nfree)
			}
			for _, c := range objects.TupleItems(closure) {
				if objects.TypeName(c) != "cell" {
					return ts.Raise(objects.TypeError, "closure can only contain cells")
				}
			}
			return ts.Raise(objects.NotImplementedError, "exec() with a closure is not supported by minipy")
		}
		code = objects.NewRef(source)
	} else {
		if closure != nil {
			return ts.Raise(objects.TypeError, "closure can only be used when source is a code object")
		}
		src, ok := sourceBytes(ts, name, source)
		if !ok {
			return ts.Raisef(objects.TypeError, "%s() arg 1 must be a string, bytes or code object", name)
		}
		for _, c := range src {
			if c == 0 {
				return ts.Raise(objects.SyntaxError, "source code string cannot contain null bytes")
			}
		}
		mode := "exec"
		if name == "eval" {
			mode = "eval"
			// eval strips leading spaces and tabs, as CPython does.
			for len(src) > 0 && (src[0] == ' ' || src[0] == '\t') {
				src = src[1:]
			}
		}
		code = vmThread(ts).Compile(src, "<string>", mode)
		if code == nil {
			return nil
		}
	}
	defer objects.Decref(ts, code)
	run, ok := any(vmThread(ts)).(codeRunner)
	if !ok {
		return missingLoop(ts, name+"()")
	}
	var ownedLocals *Object
	if globals == nil {
		globals = currentGlobals(ts, name+"()")
		if globals == nil {
			return nil
		}
		if locals == nil {
			ownedLocals = currentLocals(ts, name+"()")
			if ownedLocals == nil {
				return nil
			}
			locals = ownedLocals
		}
	} else if locals == nil {
		locals = globals
	}
	r := run.RunCode(code, globals, locals)
	objects.XDecref(ts, ownedLocals)
	if r == nil {
		return nil
	}
	if name == "exec" {
		objects.Decref(ts, r)
		return objects.None
	}
	return r
}

func bImport(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var name, globals, locals, fromlist, level *Object
	if !objects.ParseArgs(ts, "__import__", args, kwnames, []string{"name", "globals", "locals", "fromlist", "level"}, 1,
		&name, &globals, &locals, &fromlist, &level) {
		return nil
	}
	if objects.AsStr(name) == nil {
		return ts.Raise(objects.TypeError, "module name must be a string")
	}
	lv := 0
	if level != nil {
		v, ok := objects.IndexValue(ts, level, objects.OverflowError)
		if !ok {
			return nil
		}
		lv = v
	}
	if lv < 0 {
		return ts.Raise(objects.ValueError, "level must be >= 0")
	}
	if objects.StrValue(name) == "" && lv == 0 {
		return ts.Raise(objects.ValueError, "Empty module name")
	}
	imp, ok := any(vmThread(ts)).(importer)
	if !ok {
		return missingLoop(ts, "__import__()")
	}
	return imp.ImportModule(objects.StrValue(name), globals, locals, fromlist, lv)
}
