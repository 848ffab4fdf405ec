package builtins

import (
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"

	"minipy/vm"
	"minipy/vm/objects"
)

// The os module and os.path (posixpath), written in Go: the part of them
// ordinary scripts use (files and directories, the environment, paths).
// CPython's os.py is not imported. Paths are str or bytes (or objects with
// __fspath__); a function returns the kind it was given, as CPython's.
// Errors are OSError subclasses with errno, strerror and the file names,
// as posixmodule.c raises them.

var statResult = NewStructSeqType("os.stat_result", []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
	"st_size", "st_atime_int", "st_mtime_int", "st_ctime_int", "st_atime", "st_mtime", "st_ctime",
	"st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}, 10)

// pathArg is a path argument as Go string, and whether it was bytes.
type pathArg struct {
	s       string
	isBytes bool
}

// fspath is os.fspath(o): str and bytes as they are, else __fspath__.
// New reference.
func fspath(ts *objects.Thread, o *Object) *Object {
	if objects.AsStr(o) != nil || objects.AsBytes(o) != nil {
		return objects.NewRef(o)
	}
	if objects.LookupTypeString(o.Type(), "__fspath__") == nil {
		return ts.Raisef(objects.TypeError, "expected str, bytes or os.PathLike object, not %s", objects.TypeName(o))
	}
	r := objects.CallMethod(ts, o, "__fspath__")
	if r == nil {
		return nil
	}
	if objects.AsStr(r) == nil && objects.AsBytes(r) == nil {
		defer objects.Decref(ts, r)
		return ts.Raisef(objects.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", objects.TypeName(o), objects.TypeName(r))
	}
	return r
}

// getPath converts a path argument; fname and arg name the argument in
// the TypeError of posixmodule's path converter.
func getPath(ts *objects.Thread, fname, arg string, o *Object) (pathArg, bool) {
	if objects.AsStr(o) == nil && objects.AsBytes(o) == nil && objects.LookupTypeString(o.Type(), "__fspath__") == nil {
		ts.Raisef(objects.TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", fname, arg, objects.TypeName(o))
		return pathArg{}, false
	}
	p := fspath(ts, o)
	if p == nil {
		return pathArg{}, false
	}
	defer objects.Decref(ts, p)
	var pa pathArg
	if objects.AsBytes(p) != nil {
		pa = pathArg{string(objects.BytesValue(p)), true}
	} else {
		pa = pathArg{objects.StrValue(p), false}
	}
	if strings.IndexByte(pa.s, 0) >= 0 {
		ts.Raisef(objects.ValueError, "%s: embedded null character in %s", fname, arg)
		return pathArg{}, false
	}
	return pa, true
}

// pathResult makes a str or bytes as the argument was.
func pathResult(ts *objects.Thread, s string, isBytes bool) *Object {
	if isBytes {
		return objects.NewBytes(ts, []byte(s))
	}
	return objects.NewStr(ts, s)
}

// raiseOSErr2 raises the OSError of err with one or two file names
// (the objects as given, as CPython keeps them).
func raiseOSErr2(ts *objects.Thread, err error, f1, f2 *Object) *Object {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	var se *os.SyscallError
	if errors.As(err, &se) {
		err = se.Err
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return ts.Raise(objects.OSError, err.Error())
	}
	args := []*Object{objects.NewInt(ts, int64(errno)), objects.NewStr(ts, strerror(errno))}
	if f1 != nil {
		args = append(args, errFilename(ts, f1))
		if f2 != nil {
			args = append(args, objects.NewRef(objects.None), errFilename(ts, f2))
		}
	}
	e := objects.Call(ts, objects.OSError.TypeObject(), args, nil)
	clearAll(ts, args)
	if e != nil {
		ts.SetErrSteal(e)
	}
	return nil
}

// errFilename is the file name an OSError keeps: the path as str or
// bytes (an os.PathLike's __fspath__), as posixmodule's path_t. New
// reference.
func errFilename(ts *objects.Thread, f *Object) *Object {
	if objects.AsStr(f) != nil || objects.AsBytes(f) != nil || objects.AsInt(f) != nil {
		return objects.NewRef(f)
	}
	p := fspath(ts, f)
	if p == nil {
		ts.ClearErr()
		p = objects.NewRef(f)
	}
	return p
}

// onePath parses f(path) with the argument name "path".
func onePath(ts *objects.Thread, fname string, args []*Object, kwnames *Object) (*Object, pathArg, bool) {
	var p *Object
	if !objects.ParseArgs(ts, fname, args, kwnames, []string{"path"}, 1, &p) {
		return nil, pathArg{}, false
	}
	pa, ok := getPath(ts, fname, "path", p)
	return p, pa, ok
}

func osGetcwd(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "getcwd", args, kwnames) {
		return nil
	}
	d, err := os.Getwd()
	if err != nil {
		return raiseOSErr2(ts, err, nil, nil)
	}
	return objects.NewStr(ts, d)
}

func osChdir(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	p, pa, ok := onePath(ts, "chdir", args, kwnames)
	if !ok {
		return nil
	}
	if err := syscall.Chdir(pa.s); err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	return objects.None
}

func osListdir(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p *Object
	if !objects.ParseArgs(ts, "listdir", args, kwnames, []string{"path"}, 0, &p) {
		return nil
	}
	pa := pathArg{s: "."}
	if p != nil && p != objects.None {
		var ok bool
		if pa, ok = getPath(ts, "listdir", "path", p); !ok {
			return nil
		}
	}
	f, err := os.Open(pa.s)
	if err != nil {
		if p == nil || p == objects.None {
			p = objects.NewStr(ts, ".")
			defer objects.Decref(ts, p)
		}
		return raiseOSErr2(ts, err, p, nil)
	}
	defer f.Close()
	// Directory order, as CPython's readdir loop (not sorted).
	names, err := f.Readdirnames(-1)
	if err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	items := make([]*Object, len(names))
	for i, n := range names {
		items[i] = pathResult(ts, n, pa.isBytes)
	}
	return objects.NewListSteal(ts, items)
}

func osMkdir(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p, mode, dirFD *Object
	if !objects.ParseArgs(ts, "mkdir", args, kwnames, []string{"path", "mode", "*", "dir_fd"}, 1, &p, &mode, &dirFD) {
		return nil
	}
	pa, ok := getPath(ts, "mkdir", "path", p)
	if !ok {
		return nil
	}
	m := 0o777
	if mode != nil {
		if m, ok = objects.IndexValue(ts, mode, objects.OverflowError); !ok {
			return nil
		}
	}
	if err := syscall.Mkdir(pa.s, uint32(m)); err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	return objects.None
}

func osMakedirs(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p, mode, existOK *Object
	if !objects.ParseArgs(ts, "makedirs", args, kwnames, []string{"name", "mode", "exist_ok"}, 1, &p, &mode, &existOK) {
		return nil
	}
	pa, ok := getPath(ts, "makedirs", "path", p)
	if !ok {
		return nil
	}
	m := 0o777
	if mode != nil {
		if m, ok = objects.IndexValue(ts, mode, objects.OverflowError); !ok {
			return nil
		}
	}
	exist := false
	if existOK != nil {
		t := objects.IsTrue(ts, existOK)
		if t < 0 {
			return nil
		}
		exist = t == 1
	}
	if st, err := os.Stat(pa.s); err == nil {
		if exist && st.IsDir() {
			return objects.None
		}
		return raiseOSErr2(ts, syscall.EEXIST, p, nil)
	}
	if err := os.MkdirAll(pa.s, os.FileMode(m)); err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	return objects.None
}

// simplePathCall is f(path) calling a syscall.
func simplePathCall(name string, call func(string) error) objects.MethodFn {
	return func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		p, pa, ok := onePath(ts, name, args, kwnames)
		if !ok {
			return nil
		}
		if err := call(pa.s); err != nil {
			return raiseOSErr2(ts, err, p, nil)
		}
		return objects.None
	}
}

func osRename(name string) objects.MethodFn {
	return func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		var src, dst *Object
		if !objects.ParseArgs(ts, name, args, kwnames, []string{"src", "dst"}, 2, &src, &dst) {
			return nil
		}
		a, ok := getPath(ts, name, "src", src)
		if !ok {
			return nil
		}
		b, ok := getPath(ts, name, "dst", dst)
		if !ok {
			return nil
		}
		if err := syscall.Rename(a.s, b.s); err != nil {
			return raiseOSErr2(ts, err, src, dst)
		}
		return objects.None
	}
}

func makeStat(ts *objects.Thread, st *syscall.Stat_t) *Object {
	i := func(v int64) *Object { return objects.NewInt(ts, v) }
	ns := func(t syscall.Timespec) int64 { return t.Sec*1e9 + t.Nsec }
	fl := func(t syscall.Timespec) *Object { return objects.NewFloat(ts, float64(t.Sec)+float64(t.Nsec)*1e-9) }
	return statResult.NewSteal(ts, i(int64(st.Mode)), objects.NewIntUint64(ts, st.Ino), objects.NewIntUint64(ts, st.Dev),
		i(int64(st.Nlink)), i(int64(st.Uid)), i(int64(st.Gid)), i(st.Size),
		i(st.Atim.Sec), i(st.Mtim.Sec), i(st.Ctim.Sec), fl(st.Atim), fl(st.Mtim), fl(st.Ctim),
		i(ns(st.Atim)), i(ns(st.Mtim)), i(ns(st.Ctim)), i(int64(st.Blksize)), i(st.Blocks), objects.NewIntUint64(ts, st.Rdev))
}

func osStat(name string, lstat bool) objects.MethodFn {
	return func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		var p, dirFD, follow *Object
		if !objects.ParseArgs(ts, name, args, kwnames, []string{"path", "*", "dir_fd", "follow_symlinks"}, 1, &p, &dirFD, &follow) {
			return nil
		}
		pa, fd, ok := pathArg{}, -1, false
		if name == "lstat" {
			pa, ok = getPath(ts, name, "path", p)
		} else {
			pa, fd, ok = pathOrFD(ts, name, "path", p)
		}
		if !ok {
			return nil
		}
		if follow != nil && follow == objects.False {
			lstat = true
		}
		var st syscall.Stat_t
		var err error
		if fd >= 0 {
			err = syscall.Fstat(fd, &st)
		} else if lstat {
			err = syscall.Lstat(pa.s, &st)
		} else {
			err = syscall.Stat(pa.s, &st)
		}
		if err != nil {
			return raiseOSErr2(ts, err, p, nil)
		}
		return makeStat(ts, &st)
	}
}

func osGetenv(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var key, dflt *Object
	if !objects.ParseArgs(ts, "getenv", args, kwnames, []string{"key", "default"}, 1, &key, &dflt) {
		return nil
	}
	env := osModuleAttr(ts, "environ")
	if env != nil {
		if v := objects.GetItem(ts, env, key); v != nil {
			return v
		}
		if !ts.ErrMatches(objects.KeyError) {
			return nil
		}
		ts.ClearErr()
	}
	if dflt == nil {
		return objects.None
	}
	return objects.NewRef(dflt)
}

// osModuleAttr is sys.modules['os'].<name> (borrowed) or nil.
func osModuleAttr(ts *objects.Thread, name string) *Object {
	is := vmThread(ts).Interp
	if is.Modules == nil {
		return nil
	}
	m := objects.DictGetItemStr(ts, is.Modules, "os")
	if m == nil || vm.ModuleDict(m) == nil {
		return nil
	}
	return objects.DictGetItemStr(ts, vm.ModuleDict(m), name)
}

func envStr(ts *objects.Thread, fname string, o *Object) (string, bool) {
	if objects.AsStr(o) == nil {
		ts.Raisef(objects.TypeError, "str expected, not %s", objects.TypeName(o))
		return "", false
	}
	return objects.StrValue(o), true
}

func osPutenv(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "putenv", args, kwnames, 2, 2) {
		return nil
	}
	k, ok := envStr(ts, "putenv", args[0])
	if !ok {
		return nil
	}
	v, ok := envStr(ts, "putenv", args[1])
	if !ok {
		return nil
	}
	if k == "" || strings.ContainsRune(k, '=') {
		return ts.Raise(objects.ValueError, "illegal environment variable name")
	}
	if err := os.Setenv(k, v); err != nil {
		return raiseOSErr2(ts, err, nil, nil)
	}
	return objects.None
}

func osUnsetenv(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "unsetenv", args, kwnames) {
		return nil
	}
	k, ok := envStr(ts, "unsetenv", args[0])
	if !ok {
		return nil
	}
	if k == "" || strings.ContainsRune(k, '=') {
		return ts.Raise(objects.ValueError, "illegal environment variable name")
	}
	os.Unsetenv(k)
	return objects.None
}

func osIntFn(name string, v func() int64) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, name, args, kwnames) {
			return nil
		}
		return objects.NewInt(ts, v())
	}}
}

func osUrandom(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "urandom", args, kwnames) {
		return nil
	}
	n, ok := objects.IndexValue(ts, args[0], objects.OverflowError)
	if !ok {
		return nil
	}
	if n < 0 {
		return ts.Raise(objects.ValueError, "negative argument not allowed")
	}
	b := make([]byte, n)
	rand.Read(b)
	return objects.NewBytes(ts, b)
}

func osStrerror(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "strerror", args, kwnames) {
		return nil
	}
	n, ok := objects.IndexValue(ts, args[0], objects.OverflowError)
	if !ok {
		return nil
	}
	if n <= 0 || n > 133 {
		return objects.NewStr(ts, "Unknown error "+itoa(n))
	}
	return objects.NewStr(ts, strerror(syscall.Errno(n)))
}

func osFspath(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p *Object
	if !objects.ParseArgs(ts, "fspath", args, kwnames, []string{"path"}, 1, &p) {
		return nil
	}
	return fspath(ts, p)
}

var osDefs = []*objects.MethodDef{
	{Name: "getcwd", Fn: osGetcwd, Doc: "Return a unicode string representing the current working directory."},
	{Name: "getcwdb", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "getcwdb", args, kwnames) {
			return nil
		}
		d, err := os.Getwd()
		if err != nil {
			return raiseOSErr2(ts, err, nil, nil)
		}
		return objects.NewBytes(ts, []byte(d))
	}},
	{Name: "chdir", Fn: osChdir},
	{Name: "listdir", Fn: osListdir},
	{Name: "mkdir", Fn: osMkdir},
	{Name: "makedirs", Fn: osMakedirs},
	{Name: "rmdir", Fn: simplePathCall("rmdir", syscall.Rmdir)},
	{Name: "remove", Fn: simplePathCall("remove", syscall.Unlink)},
	{Name: "unlink", Fn: simplePathCall("unlink", syscall.Unlink)},
	{Name: "rename", Fn: osRename("rename")},
	{Name: "replace", Fn: osRename("replace")},
	{Name: "stat", Fn: osStat("stat", false)},
	{Name: "lstat", Fn: osStat("lstat", true)},
	{Name: "getenv", Fn: osGetenv},
	{Name: "putenv", Fn: osPutenv},
	{Name: "unsetenv", Fn: osUnsetenv},
	osIntFn("getpid", func() int64 { return int64(os.Getpid()) }),
	osIntFn("getppid", func() int64 { return int64(os.Getppid()) }),
	osIntFn("getuid", func() int64 { return int64(os.Getuid()) }),
	osIntFn("getgid", func() int64 { return int64(os.Getgid()) }),
	osIntFn("cpu_count", func() int64 { return int64(runtime.NumCPU()) }),
	{Name: "urandom", Fn: osUrandom},
	{Name: "strerror", Fn: osStrerror},
	{Name: "fspath", Fn: osFspath},
}

// ---- os.path ----

// pyJoin is posixpath.join of two components.
func pyJoin(a, b string) string {
	if strings.HasPrefix(b, "/") {
		return b
	}
	if a == "" || strings.HasSuffix(a, "/") {
		return a + b
	}
	return a + "/" + b
}

func ppJoin(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	npos := objects.NumPositional(args, kwnames)
	if kwnames != nil {
		return ts.Raise(objects.TypeError, "join() got an unexpected keyword argument '"+objects.StrValue(objects.TupleItems(kwnames)[0])+"'")
	}
	if npos == 0 {
		return ts.Raise(objects.TypeError, "join() missing 1 required positional argument: 'a'")
	}
	first := fspath(ts, args[0])
	if first == nil {
		return nil
	}
	isBytes := objects.AsBytes(first) != nil
	var r string
	if isBytes {
		r = string(objects.BytesValue(first))
	} else {
		r = objects.StrValue(first)
	}
	objects.Decref(ts, first)
	for _, a := range args[1:npos] {
		p := fspath(ts, a)
		if p == nil {
			ts.ClearErr()
			return ts.Raisef(objects.TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'", objects.TypeName(a))
		}
		if (objects.AsBytes(p) != nil) != isBytes {
			objects.Decref(ts, p)
			return ts.Raise(objects.TypeError, "Can't mix strings and bytes in path components")
		}
		var s string
		if isBytes {
			s = string(objects.BytesValue(p))
		} else {
			s = objects.StrValue(p)
		}
		objects.Decref(ts, p)
		r = pyJoin(r, s)
	}
	return pathResult(ts, r, isBytes)
}

// strPathFn is a posixpath function of one path returning a path.
func strPathFn(name string, f func(string) string) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, name, args, kwnames) {
			return nil
		}
		p := fspath(ts, args[0])
		if p == nil {
			return nil
		}
		defer objects.Decref(ts, p)
		if objects.AsBytes(p) != nil {
			return objects.NewBytes(ts, []byte(f(string(objects.BytesValue(p)))))
		}
		return objects.NewStr(ts, f(objects.StrValue(p)))
	}}
}

// boolPathFn is a posixpath predicate; any OSError or bad value is False,
// as genericpath's.
func boolPathFn(name string, f func(string) bool) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, name, args, kwnames) {
			return nil
		}
		p := fspath(ts, args[0])
		if p == nil {
			if name == "isabs" {
				return nil
			}
			if ts.ErrMatches(objects.TypeError) && objects.AsInt(args[0]) != nil {
				// genericpath passes ints (file descriptors) to os.stat.
				ts.ClearErr()
				return objects.False
			}
			return nil
		}
		defer objects.Decref(ts, p)
		var s string
		if objects.AsBytes(p) != nil {
			s = string(objects.BytesValue(p))
		} else {
			s = objects.StrValue(p)
		}
		if strings.IndexByte(s, 0) >= 0 {
			return objects.False
		}
		return objects.Bool(f(s))
	}}
}

func statFn(name string, get func(st *syscall.Stat_t, ts *objects.Thread) *Object) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, name, args, kwnames) {
			return nil
		}
		pa, ok := getPath(ts, "stat", "path", args[0])
		if !ok {
			return nil
		}
		var st syscall.Stat_t
		if err := syscall.Stat(pa.s, &st); err != nil {
			return raiseOSErr2(ts, err, args[0], nil)
		}
		return get(&st, ts)
	}}
}

func ppDirname(p string) string {
	i := strings.LastIndexByte(p, '/') + 1
	head := p[:i]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head
}

func ppBasename(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

// ppSplitext is genericpath._splitext: leading dots of the base name do
// not start an extension.
func ppSplitext(p string) (string, string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		i := sep + 1
		for i < dot {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
			i++
		}
	}
	return p, ""
}

// ppNormpath is posixpath.normpath.
func ppNormpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(out) == 0) || (len(out) > 0 && out[len(out)-1] == "..") {
			out = append(out, c)
		} else if len(out) > 0 {
			out = out[:len(out)-1]
		}
	}
	r := strings.Repeat("/", initial) + strings.Join(out, "/")
	if r == "" {
		return "."
	}
	return r
}

func ppAbspath(p string) string {
	if !strings.HasPrefix(p, "/") {
		cwd, _ := os.Getwd()
		p = pyJoin(cwd, p)
	}
	return ppNormpath(p)
}

func ppExpanduser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.IndexByte(p, '/')
	if i < 0 {
		i = len(p)
	}
	if i != 1 {
		return p // ~user is not looked up
	}
	home := os.Getenv("HOME")
	if home == "" {
		return p
	}
	r := strings.TrimRight(home, "/") + p[i:]
	if r == "" {
		return "/"
	}
	return r
}

func ppTuple(name string, f func(string) (string, string)) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, name, args, kwnames) {
			return nil
		}
		p := fspath(ts, args[0])
		if p == nil {
			return nil
		}
		defer objects.Decref(ts, p)
		isBytes := objects.AsBytes(p) != nil
		s := objects.StrValue(p)
		if isBytes {
			s = string(objects.BytesValue(p))
		}
		a, b := f(s)
		return objects.NewTupleSteal(ts, pathResult(ts, a, isBytes), pathResult(ts, b, isBytes))
	}}
}

func ppSplit(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func statOK(p string, test func(os.FileInfo) bool) bool {
	st, err := os.Stat(p)
	return err == nil && test(st)
}

func ppRelpath(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var path, start *Object
	if !objects.ParseArgs(ts, "relpath", args, kwnames, []string{"path", "start"}, 1, &path, &start) {
		return nil
	}
	p := fspath(ts, path)
	if p == nil {
		return nil
	}
	defer objects.Decref(ts, p)
	isBytes := objects.AsBytes(p) != nil
	s := objects.StrValue(p)
	if isBytes {
		s = string(objects.BytesValue(p))
	}
	if s == "" {
		return ts.Raise(objects.ValueError, "no path specified")
	}
	st := "."
	if start != nil && start != objects.None {
		sp := fspath(ts, start)
		if sp == nil {
			return nil
		}
		if objects.AsBytes(sp) != nil {
			st = string(objects.BytesValue(sp))
		} else {
			st = objects.StrValue(sp)
		}
		objects.Decref(ts, sp)
	}
	r, err := filepath.Rel(ppAbspath(st), ppAbspath(s))
	if err != nil {
		return ts.Raise(objects.ValueError, err.Error())
	}
	return pathResult(ts, r, isBytes)
}

func ppCommonprefix(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "commonprefix", args, kwnames) {
		return nil
	}
	l := objects.SequenceList(ts, args[0])
	if l == nil {
		return nil
	}
	defer objects.Decref(ts, l)
	items := objects.ListItems(l)
	if len(items) == 0 {
		return objects.NewStr(ts, "")
	}
	var strs []string
	for _, it := range items {
		if objects.AsStr(it) == nil {
			return ts.Raisef(objects.TypeError, "commonprefix() argument must be str, bytes, or os.PathLike object, not '%s'", objects.TypeName(it))
		}
		strs = append(strs, objects.StrValue(it))
	}
	sort.Strings(strs)
	a, b := strs[0], strs[len(strs)-1]
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return objects.NewStr(ts, a[:i])
}

var posixpathDefs = []*objects.MethodDef{
	{Name: "join", Fn: ppJoin},
	strPathFn("dirname", ppDirname),
	strPathFn("basename", ppBasename),
	strPathFn("normpath", ppNormpath),
	strPathFn("abspath", ppAbspath),
	strPathFn("realpath", func(p string) string {
		a := ppAbspath(p)
		if r, err := filepath.EvalSymlinks(a); err == nil {
			return r
		}
		return a
	}),
	strPathFn("expanduser", ppExpanduser),
	ppTuple("split", ppSplit),
	ppTuple("splitext", ppSplitext),
	ppTuple("splitdrive", func(p string) (string, string) { return "", p }),
	boolPathFn("exists", func(p string) bool { _, err := os.Stat(p); return err == nil }),
	boolPathFn("lexists", func(p string) bool { _, err := os.Lstat(p); return err == nil }),
	boolPathFn("isfile", func(p string) bool { return statOK(p, func(st os.FileInfo) bool { return st.Mode().IsRegular() }) }),
	boolPathFn("isdir", func(p string) bool { return statOK(p, func(st os.FileInfo) bool { return st.IsDir() }) }),
	boolPathFn("islink", func(p string) bool {
		st, err := os.Lstat(p)
		return err == nil && st.Mode()&os.ModeSymlink != 0
	}),
	boolPathFn("isabs", func(p string) bool { return strings.HasPrefix(p, "/") }),
	statFn("getsize", func(st *syscall.Stat_t, ts *objects.Thread) *Object { return objects.NewInt(ts, st.Size) }),
	statFn("getmtime", func(st *syscall.Stat_t, ts *objects.Thread) *Object {
		return objects.NewFloat(ts, float64(st.Mtim.Sec)+float64(st.Mtim.Nsec)*1e-9)
	}),
	statFn("getatime", func(st *syscall.Stat_t, ts *objects.Thread) *Object {
		return objects.NewFloat(ts, float64(st.Atim.Sec)+float64(st.Atim.Nsec)*1e-9)
	}),
	statFn("getctime", func(st *syscall.Stat_t, ts *objects.Thread) *Object {
		return objects.NewFloat(ts, float64(st.Ctim.Sec)+float64(st.Ctim.Nsec)*1e-9)
	}),
	{Name: "relpath", Fn: ppRelpath},
	{Name: "commonprefix", Fn: ppCommonprefix},
}

func init() {
	osDefs = append(osDefs, osFDDefs...)
	osDefs = append(osDefs, osMoreDefs...)
	registerDefs("os", osDefs)
	registerDefs("posixpath", posixpathDefs)
}

func posixpathValues(ts *objects.Thread) map[string]*Object {
	s := func(v string) *Object { return objects.NewStr(ts, v) }
	return map[string]*Object{"sep": s("/"), "altsep": objects.NewRef(objects.None), "extsep": s("."),
		"pathsep": s(":"), "curdir": s("."), "pardir": s(".."), "devnull": s("/dev/null"),
		"defpath": s("/bin:/usr/bin"), "supports_unicode_filenames": objects.NewRef(objects.False)}
}

func newPosixpathModule(th *vm.Thread) *Object {
	m := makeModule(th, "posixpath", "Common operations on Posix pathnames.", posixpathDefs, posixpathValues(th.TS))
	if m != nil && !th.ExecFrozen(m, posixpathPySrc, "<frozen posixpath>") {
		objects.Decref(th.TS, m)
		return nil
	}
	return m
}

// newOSModule makes os, with os.path the posixpath module (also put in
// sys.modules as 'os.path', as os.py does, so `import os.path` works).
func newOSModule(th *vm.Thread) *Object {
	ts := th.TS
	is := th.Interp
	var path *Object
	if is.Modules != nil {
		path = objects.XNewRef(objects.DictGetItemStr(ts, is.Modules, "posixpath"))
	}
	if path == nil {
		if path = newPosixpathModule(th); path == nil {
			return nil
		}
		if is.Modules != nil && objects.DictSetItemStr(ts, is.Modules, "posixpath", path) < 0 {
			objects.Decref(ts, path)
			return nil
		}
	}
	if is.Modules != nil && objects.DictSetItemStr(ts, is.Modules, "os.path", path) < 0 {
		objects.Decref(ts, path)
		return nil
	}
	env := objects.NewDict(ts)
	if env == nil {
		objects.Decref(ts, path)
		return nil
	}
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		vo := objects.NewStr(ts, v)
		if vo == nil || objects.DictSetItemStr(ts, env, k, vo) < 0 {
			objects.XDecref(ts, vo)
			objects.Decref(ts, env)
			objects.Decref(ts, path)
			return nil
		}
		objects.Decref(ts, vo)
	}
	vals := posixpathValues(ts)
	delete(vals, "supports_unicode_filenames")
	s := func(v string) *Object { return objects.NewStr(ts, v) }
	vals["path"] = path
	vals["environ"] = env
	vals["name"] = s("posix")
	vals["linesep"] = s("\n")
	vals["error"] = objects.NewRef(objects.OSError.TypeObject())
	vals["stat_result"] = objects.NewRef(statResult.T.TypeObject())
	for k, v := range map[string]int64{"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1, "SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2,
		"O_RDONLY": 0, "O_WRONLY": 1, "O_RDWR": 2, "O_CREAT": 0o100, "O_EXCL": 0o200, "O_TRUNC": 0o1000, "O_APPEND": 0o2000} {
		vals[k] = objects.NewInt(ts, v)
	}
	for k, v := range osMoreConsts {
		vals[k] = objects.NewInt(ts, v)
	}
	vals["terminal_size"] = objects.NewRef(terminalSize.T.TypeObject())
	vals["statvfs_result"] = objects.NewRef(statvfsResult.T.TypeObject())
	m := makeModule(th, "os", "OS routines for NT or Posix depending on what system we're on.", osDefs, vals)
	if m != nil && !th.ExecFrozen(m, osPySrc, "<frozen os>") {
		objects.Decref(th.TS, m)
		return nil
	}
	return m
}
