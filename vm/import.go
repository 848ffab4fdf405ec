package vm

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"minipy/lang/codecache"
	"minipy/lang/compiler"
	"minipy/lang/parser"
	"minipy/vm/objects"
)

// NativeModule makes a module implemented in Go (sys, math, ...) when it
// is first imported; vm/builtins and vm/stdlib register them in a
// NativeTable.
type NativeModule func(th *Thread) *Object

// NativeTable maps module names to the makers of modules written in Go.
// A table given as Config.Natives is shared by every interpreter made
// with it and never written after it is built.
type NativeTable map[string]NativeModule

// NativeMaker returns the maker of the Go module name: the interpreter's
// own (Native) first, then the shared table's.
func (is *InterpState) NativeMaker(name string) (NativeModule, bool) {
	if mk, ok := is.Native[name]; ok {
		return mk, true
	}
	mk, ok := is.SharedNative[name]
	return mk, ok
}

// compileError turns a compile error into a pending SyntaxError.
func (th *Thread) compileError(err error) {
	ts := th.TS
	var se *parser.SyntaxError
	if !errors.As(err, &se) {
		ts.Raise(objects.SyntaxError, err.Error())
		return
	}
	kind := objects.SyntaxError
	switch se.Kind {
	case "IndentationError":
		kind = objects.IndentationError
	case "TabError":
		kind = objects.TabError
	}
	var text *Object
	if se.Text != "" {
		text = objects.NewStr(ts, se.Text)
	} else {
		text = objects.NewRef(objects.None)
	}
	fn := objects.NewStr(ts, se.Filename)
	info := objects.NewTupleSteal(ts, fn, objects.NewInt(ts, int64(se.Lineno)), objects.NewInt(ts, int64(se.Offset)),
		text, objects.NewInt(ts, int64(se.EndLineno)), objects.NewInt(ts, int64(se.EndOffset)))
	msg := objects.NewStr(ts, se.Msg)
	e := objects.Call(ts, kind.TypeObject(), []*Object{msg, info}, nil)
	objects.Decref(ts, msg)
	objects.Decref(ts, info)
	if e != nil {
		ts.SetErrSteal(e)
	}
}

// Compile compiles source text into a code object (a new reference);
// nil with SyntaxError set on failure.
func (th *Thread) Compile(src []byte, filename, mode string) *Object {
	return th.compile(src, filename, mode, nil)
}

// compile is Compile through a code cache (nil: none). A cached
// compilation of this very source is loaded instead of compiling; a fresh
// one is stored unless it gave SyntaxWarnings, which a later load would
// not show again (so they still show on every run, as when compiling).
func (th *Thread) compile(src []byte, filename, mode string, cache *codecache.Cache) *Object {
	c := cache.Load(filename, src, mode)
	if c == nil {
		var warns []compiler.Warning
		var err error
		c, err = compiler.CompileSource(src, filename, mode, compiler.Options{
			Warn: func(w compiler.Warning) { warns = append(warns, w) }})
		for _, w := range warns {
			if !th.showSyntaxWarning(w) {
				return nil
			}
		}
		if err != nil {
			th.compileError(err)
			return nil
		}
		if len(warns) == 0 {
			cache.Store(filename, src, mode, c)
		}
	}
	return LoadCode(th.TS, c)
}

// execSource runs the code of file path as module m (already made and in
// sys.modules), compiled through cache (nil: none).
func (th *Thread) execSource(m *Object, src []byte, path string, cache *codecache.Cache) bool {
	code := th.compile(src, path, "exec", cache)
	if code == nil {
		return false
	}
	// A deferred release, so that a Go panic caught by protect does not
	// leak the module's code (this runs once per module, not per call).
	defer objects.Decref(th.TS, code)
	r := th.runCode(code, ModuleDict(m), ModuleDict(m))
	if r == nil {
		return false
	}
	objects.Decref(th.TS, r)
	return true
}

func (th *Thread) sysModule(name string) *Object {
	return objects.DictGetItemStr(th.TS, th.Interp.Modules, name)
}

// SearchPath is the import path of top-level modules: the live sys.path
// list (a program may change it, as in CPython), or the interpreter's
// initial path before sys exists. Entries that are not str are skipped,
// as CPython's path finder skips them.
func (th *Thread) SearchPath() []string {
	ts := th.TS
	sys := th.sysModule("sys")
	if sys == nil {
		return th.Interp.Path
	}
	d := ModuleDict(sys)
	if d == nil {
		return nil
	}
	lst := objects.DictGetItemStr(ts, d, "path")
	if lst == nil || objects.AsList(lst) == nil {
		return nil
	}
	items := objects.ListItems(lst)
	dirs := make([]string, 0, len(items))
	for _, x := range items {
		if objects.AsStr(x) != nil {
			dirs = append(dirs, objects.StrValue(x))
		}
	}
	return dirs
}

// findSpec looks for module `last` in dirs: <dir>/<last>/__init__.py or
// <dir>/<last>.py. A relative directory is taken from the working
// directory and the path found is absolute, as CPython's FileFinder makes
// it (joined, not normalised: "../lib" stays in the path).
func findSpec(dirs []string, last string) (path string, pkg bool, ok bool) {
	for _, d := range dirs {
		d = finderPath(d)
		init := joinPath(d, last, "__init__.py")
		if st, err := os.Stat(init); err == nil && !st.IsDir() {
			return init, true, true
		}
		p := joinPath(d, last+".py")
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, false, true
		}
	}
	return "", false, false
}

// finderPath is FileFinder's directory for a sys.path entry: "" and "."
// are the working directory, another relative path is joined to it.
func finderPath(d string) string {
	if d != "" && d != "." && filepath.IsAbs(d) {
		return d
	}
	cwd, err := os.Getwd()
	if err != nil {
		if d == "" {
			return "."
		}
		return d
	}
	if d == "" || d == "." {
		return cwd
	}
	return joinPath(cwd, d)
}

// joinPath is importlib's _path_join: the parts with their trailing
// separators stripped, joined by "/".
func joinPath(parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" && !strings.HasSuffix(out, "/") {
			out += "/"
		}
		if t := strings.TrimRight(p, "/"); t != "" {
			p = t
		}
		out += p
	}
	return out
}

// importOne imports the absolute module name whose parent (if any) is
// imported; returns a new reference.
func (th *Thread) importOne(name string) *Object {
	ts := th.TS
	if m := th.sysModule(name); m != nil {
		return objects.NewRef(m)
	}
	if mk, ok := th.Interp.NativeMaker(name); ok {
		m := mk(th)
		if m == nil {
			return nil
		}
		if mo := asModule(m); mo != nil && mo.origin == originNone {
			mo.origin = originBuiltin
		}
		if objects.DictSetItemStr(ts, th.Interp.Modules, name, m) < 0 {
			objects.Decref(ts, m)
			return nil
		}
		// A Go or frozen submodule (urllib.parse) is an attribute of its
		// package, as a file's is.
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			if parent := th.sysModule(name[:i]); parent != nil {
				objects.SetAttrString(ts, parent, name[i+1:], m)
				ts.ClearErr()
			}
		}
		return m
	}
	var dirs []string
	parentName, last := "", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parentName, last = name[:i], name[i+1:]
		parent := th.sysModule(parentName)
		var pathObj *Object
		if parent != nil {
			if d := ModuleDict(parent); d != nil {
				pathObj = objects.DictGetItemStr(ts, d, "__path__")
			}
		}
		if pathObj == nil {
			return th.raiseNotFound(name, "No module named '"+name+"'; '"+parentName+"' is not a package")
		}
		objects.Iterate(ts, pathObj, func(x *Object) bool {
			if objects.AsStr(x) != nil {
				dirs = append(dirs, objects.StrValue(x))
			}
			return true
		})
	} else {
		dirs = th.SearchPath()
	}
	path, pkg, ok := findSpec(dirs, last)
	if !ok {
		return th.raiseNotFound(name, "No module named '"+name+"'")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return ts.Raisef(objects.ImportError, "%s", err.Error())
	}
	m := NewModule(ts, name, nil)
	if m == nil {
		return nil
	}
	d := ModuleDict(m)
	set := func(k string, v *Object) {
		if v != nil {
			objects.DictSetItemStr(ts, d, k, v)
			objects.Decref(ts, v)
		}
	}
	set("__file__", objects.NewStr(ts, path))
	if pkg {
		set("__path__", objects.NewListSteal(ts, []*Object{objects.NewStr(ts, filepath.Dir(path))}))
		set("__package__", objects.NewStr(ts, name))
	} else {
		set("__package__", objects.NewStr(ts, parentName))
	}
	if objects.DictSetItemStr(ts, th.Interp.Modules, name, m) < 0 {
		objects.Decref(ts, m)
		return nil
	}
	// An imported module's code comes from the code cache when it can,
	// as CPython's comes from __pycache__; the main script is compiled
	// every time (as in CPython).
	if !th.execSource(m, src, path, codecache.Default()) {
		k := objects.NewStr(ts, name)
		saved := ts.FetchErr()
		objects.DictDelItem(ts, th.Interp.Modules, k)
		ts.ClearErr()
		ts.SetErrSteal(saved)
		objects.Decref(ts, k)
		objects.Decref(ts, m)
		return nil
	}
	// sys.modules may hold a replacement now.
	r := th.sysModule(name)
	if r == nil {
		r = m
	}
	objects.Incref(r)
	objects.Decref(ts, m)
	if parentName != "" {
		if parent := th.sysModule(parentName); parent != nil {
			objects.SetAttrString(ts, parent, last, r)
			ts.ClearErr()
		}
	}
	return r
}

func (th *Thread) raiseNotFound(name, msg string) *Object {
	ts := th.TS
	m := objects.NewStr(ts, msg)
	e := objects.CallOneArg(ts, objects.ModuleNotFoundError.TypeObject(), m)
	objects.Decref(ts, m)
	if e != nil {
		n := objects.NewStr(ts, name)
		objects.SetAttrString(ts, e, "name", n)
		objects.Decref(ts, n)
		ts.ClearErr()
		ts.SetErrSteal(e)
	}
	return nil
}

// resolveName turns a relative import into an absolute name.
func (th *Thread) resolveName(globals *Object, name string, level int) (string, bool) {
	ts := th.TS
	if level == 0 {
		return name, true
	}
	var pkg string
	if globals == nil || objects.AsDict(globals) == nil {
		ts.Raise(objects.KeyError, "'__name__' not in globals")
		return "", false
	}
	if p := objects.DictGetItemStr(ts, globals, "__package__"); p != nil && objects.AsStr(p) != nil {
		pkg = objects.StrValue(p)
	} else if n := objects.DictGetItemStr(ts, globals, "__name__"); n != nil && objects.AsStr(n) != nil {
		pkg = objects.StrValue(n)
		if objects.DictGetItemStr(ts, globals, "__path__") == nil {
			if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
				pkg = pkg[:i]
			} else {
				pkg = ""
			}
		}
	}
	if pkg == "" {
		ts.Raise(objects.ImportError, "attempted relative import with no known parent package")
		return "", false
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		ts.Raise(objects.ImportError, "attempted relative import beyond top-level package")
		return "", false
	}
	base := strings.Join(parts[:len(parts)-(level-1)], ".")
	if name == "" {
		return base, true
	}
	return base + "." + name, true
}

// importName is IMPORT_NAME (__import__(name, globals, locals, fromlist,
// level)).
func (th *Thread) importName(f *Frame, nameObj, fromlist, levelObj *Object) *Object {
	level, _ := objects.IntValue64(levelObj)
	return th.ImportModule(objects.StrValue(nameObj), f.globals, f.locals, fromlist, int(level))
}

// ImportModule is __import__(name, globals, locals, fromlist, level): the
// top package (no fromlist) or the named module, a new reference.
func (th *Thread) ImportModule(name string, globals, locals, fromlist *Object, level int) *Object {
	ts := th.TS
	if level < 0 {
		return ts.Raise(objects.ValueError, "level must be >= 0")
	}
	if name == "" && level == 0 {
		return ts.Raise(objects.ValueError, "Empty module name")
	}
	abs, ok := th.resolveName(globals, name, level)
	if !ok {
		return nil
	}
	parts := strings.Split(abs, ".")
	var top, cur *Object
	for i := range parts {
		m := th.importOne(strings.Join(parts[:i+1], "."))
		if m == nil {
			objects.XDecref(ts, top)
			objects.XDecref(ts, cur)
			return nil
		}
		if i == 0 {
			top = objects.NewRef(m)
		}
		objects.XDecref(ts, cur)
		cur = m
	}
	hasFrom := fromlist != nil && fromlist != objects.None && objects.IsTrue(ts, fromlist) == 1
	if !hasFrom {
		objects.Decref(ts, cur)
		if level > 0 {
			// `from . import` always has a fromlist; a relative `import`
			// without one returns the top of the resolved name's package.
			return top
		}
		return top
	}
	objects.Decref(ts, top)
	// from pkg import sub: import submodules named in fromlist.
	if d := ModuleDict(cur); d != nil && objects.DictGetItemStr(ts, d, "__path__") != nil {
		for _, x := range objects.TupleItems(fromlist) {
			if objects.AsStr(x) == nil || objects.StrValue(x) == "*" {
				continue
			}
			if objects.DictGetItem(ts, d, x) != nil {
				continue
			}
			sub := th.importOne(abs + "." + objects.StrValue(x))
			if sub == nil {
				if ts.ErrMatches(objects.ModuleNotFoundError) {
					ts.ClearErr()
					continue
				}
				objects.Decref(ts, cur)
				return nil
			}
			objects.Decref(ts, sub)
		}
	}
	return cur
}

// importFrom is IMPORT_FROM.
func (th *Thread) importFrom(m, name *Object) *Object {
	ts := th.TS
	r := objects.GetAttr(ts, m, name)
	if r != nil {
		return r
	}
	if !ts.ErrMatches(objects.AttributeError) {
		return nil
	}
	ts.ClearErr()
	modName := "<unknown module name>"
	var d *Object
	if d = ModuleDict(m); d != nil {
		if n := objects.DictGetItemStr(ts, d, "__name__"); n != nil && objects.AsStr(n) != nil {
			modName = objects.StrValue(n)
			if sub := th.sysModule(modName + "." + objects.StrValue(name)); sub != nil {
				return objects.NewRef(sub)
			}
		}
	}
	loc := "unknown location"
	if d != nil {
		if p := objects.DictGetItemStr(ts, d, "__file__"); p != nil && objects.AsStr(p) != nil {
			loc = objects.StrValue(p)
		}
	}
	return ts.Raisef(objects.ImportError, "cannot import name '%s' from '%s' (%s)", objects.StrValue(name), modName, loc)
}

// importStar is IMPORT_STAR: from m import *.
func (th *Thread) importStar(f *Frame, m *Object) int {
	ts := th.TS
	if f.locals == nil {
		ts.Raise(objects.SystemError, "no locals found during 'import *'")
		return -1
	}
	d := ModuleDict(m)
	if d == nil {
		ts.Raise(objects.ImportError, "from-import-* object has no __dict__ and no __all__")
		return -1
	}
	if all := objects.DictGetItemStr(ts, d, "__all__"); all != nil {
		ok := objects.Iterate(ts, all, func(k *Object) bool {
			v := objects.GetAttr(ts, m, k)
			if v == nil {
				return false
			}
			r := objects.SetItem(ts, f.locals, k, v)
			objects.Decref(ts, v)
			return r >= 0
		})
		if !ok {
			return -1
		}
		return 0
	}
	pos := 0
	var keys, vals []*Object
	for {
		k, v, ok := objects.DictNext(d, &pos)
		if !ok {
			break
		}
		if objects.AsStr(k) != nil && strings.HasPrefix(objects.StrValue(k), "_") {
			continue
		}
		keys = append(keys, k)
		vals = append(vals, v)
	}
	for i := range keys {
		if objects.SetItem(ts, f.locals, keys[i], vals[i]) < 0 {
			return -1
		}
	}
	return 0
}

// RunModule runs the module `name`, found as an import would find it, as
// __main__: python -m. Its steps and messages are runpy's
// (_run_module_as_main): parent packages are imported first, a package
// runs its __main__ submodule, sys.argv[0] becomes the module's full path,
// and a module that cannot be found or run ends the program as
// sys.exit("<executable>: <reason>") does (the message on stderr, exit
// status 1). Otherwise, as RunFile: the exit status is in
// th.Interp.ExitCode and an uncaught exception's traceback has been
// printed.
func RunModule(th *Thread, name string) {
	is := th.Interp
	var path, pkgName string
	var msg string
	ok := th.protect(func() bool {
		var found bool
		path, pkgName, found, msg = th.moduleDetails(name)
		return found || msg != ""
	})
	if !ok {
		th.reportUncaught()
		return
	}
	if msg != "" {
		exe, _ := os.Executable()
		fmt.Fprintf(is.Stderr, "%s: %s\n", exe, msg)
		is.ExitCode = 1
		return
	}
	if src, ok := frozenMains[strings.TrimSuffix(strings.TrimPrefix(path, "<frozen "), ">")]; ok && strings.HasPrefix(path, "<frozen ") {
		th.setArgv0(path)
		th.runMainModule([]byte(src), path, pkgName)
		return
	}
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(is.Stderr, "%s: %v\n", path, err)
		is.ExitCode = 1
		return
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	th.setArgv0(path)
	th.runMainModule(src, path, pkgName)
}

// frozenMains are the __main__ modules of frozen packages by module name
// (unittest.__main__), for python -m; filled at init by the packages that
// have one (RegisterFrozenMain), read-only afterwards.
var frozenMains = map[string]string{}

// RegisterFrozenMain makes the frozen source src runnable as module name
// with python -m (only during package initialization).
func RegisterFrozenMain(name, src string) { frozenMains[name] = src }

// moduleDetails is runpy's _get_module_details: the file to run for
// module name and its package. found is false with msg set when the
// module cannot be run (msg is what runpy's error says); false with msg
// empty when an exception is pending (an error inside a parent package).
func (th *Thread) moduleDetails(name string) (path, pkg string, found bool, msg string) {
	ts := th.TS
	if strings.HasPrefix(name, ".") {
		return "", "", false, "Relative module names not supported"
	}
	parent := ""
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent = name[:i]
		// Import the parent first, so that its own errors are not
		// mistaken for a missing module; a missing parent is reported by
		// the search below.
		if m := th.ImportModule(parent, nil, nil, nil, 0); m != nil {
			objects.Decref(ts, m)
		} else if !th.missingAncestor(parent) {
			return "", "", false, ""
		} else {
			ts.ClearErr()
		}
	}
	path, isPkg, where, errMsg := th.findModuleSpec(name)
	switch {
	case errMsg != "":
		m := fmt.Sprintf("Error while finding module specification for %s (%s)", quoteName(name), errMsg)
		if strings.HasSuffix(name, ".py") {
			m += fmt.Sprintf(". Try using '%s' instead of '%s' as the module name.", name[:len(name)-3], name)
		}
		return "", "", false, m
	case where == "":
		return "", "", false, "No module named " + name
	case where == "builtin":
		// A frozen package with a __main__ (python -m unittest) runs it,
		// its package imported first, as runpy does.
		if _, ok := frozenMains[name+".__main__"]; ok {
			m := th.ImportModule(name, nil, nil, nil, 0)
			if m == nil {
				return "", "", false, ""
			}
			objects.Decref(ts, m)
			return "<frozen " + name + ".__main__>", name, true, ""
		}
		return "", "", false, "No code object available for " + name
	}
	if isPkg {
		if name == "__main__" || strings.HasSuffix(name, ".__main__") {
			return "", "", false, "Cannot use package as __main__ module"
		}
		p, pk, ok, m := th.moduleDetails(name + ".__main__")
		if !ok && m != "" && th.sysModule(name) != nil {
			m = fmt.Sprintf("%s; %s is a package and cannot be directly executed", m, quoteName(name))
		}
		return p, pk, ok, m
	}
	return path, parent, true, ""
}

// missingAncestor tells whether the pending ImportError is about pkg or
// one of its parents (runpy then lets the search report it).
func (th *Thread) missingAncestor(pkg string) bool {
	ts := th.TS
	if !ts.ErrMatches(objects.ImportError) {
		return false
	}
	exc := ts.FetchErr()
	defer ts.SetErrSteal(exc)
	n := objects.GetAttrString(ts, exc, "name")
	if n == nil {
		ts.ClearErr()
		return false
	}
	defer objects.Decref(ts, n)
	if objects.AsStr(n) == nil {
		return false
	}
	e := objects.StrValue(n)
	return e == pkg || strings.HasPrefix(pkg, e+".")
}

// findModuleSpec is importlib.util.find_spec(name) reduced to what -m
// needs: the source file of a module or package (where "file"), a module
// written in Go (where "builtin"), or nothing (where ""). An exception
// raised on the way becomes errMsg, "Type: message".
func (th *Thread) findModuleSpec(name string) (path string, pkg bool, where, errMsg string) {
	ts := th.TS
	if m := th.sysModule(name); m != nil {
		d := ModuleDict(m)
		if d != nil {
			if f := objects.DictGetItemStr(ts, d, "__file__"); f != nil && objects.AsStr(f) != nil {
				p := objects.StrValue(f)
				return p, objects.DictGetItemStr(ts, d, "__path__") != nil, "file", ""
			}
		}
		return "", false, "builtin", ""
	}
	var dirs []string
	last := name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parentName := name[:i]
		last = name[i+1:]
		p := th.ImportModule(parentName, nil, nil, nil, 0)
		if p == nil {
			return "", false, "", th.fetchErrText()
		}
		objects.Decref(ts, p)
		parent := th.sysModule(parentName)
		var pathObj *Object
		if parent != nil {
			if d := ModuleDict(parent); d != nil {
				pathObj = objects.DictGetItemStr(ts, d, "__path__")
			}
		}
		if pathObj == nil {
			return "", false, "", fmt.Sprintf("ModuleNotFoundError: __path__ attribute not found on %s while trying to find %s",
				quoteName(parentName), quoteName(name))
		}
		objects.Iterate(ts, pathObj, func(x *Object) bool {
			if objects.AsStr(x) != nil {
				dirs = append(dirs, objects.StrValue(x))
			}
			return true
		})
		ts.ClearErr()
	} else {
		if _, ok := th.Interp.NativeMaker(name); ok {
			return "", false, "builtin", ""
		}
		dirs = th.SearchPath()
	}
	p, isPkg, ok := findSpec(dirs, last)
	if !ok {
		return "", false, "", ""
	}
	return p, isPkg, "file", ""
}

// fetchErrText clears the pending exception and returns it as
// "Type: message" (runpy's "{type(ex).__name__}: {ex}").
func (th *Thread) fetchErrText() string {
	ts := th.TS
	exc := ts.FetchErr()
	if exc == nil {
		return ""
	}
	defer objects.Decref(ts, exc)
	s := objects.StrOf(ts, exc)
	if s == nil {
		ts.ClearErr()
		return exc.Type().Name
	}
	defer objects.Decref(ts, s)
	return exc.Type().Name + ": " + objects.StrValue(s)
}

// quoteName is repr() of a module name (names are identifiers and dots,
// but runpy's messages use !r, so quote as repr does).
func quoteName(s string) string {
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}

// setArgv0 replaces sys.argv[0] (python -m: the module's full path once
// it is found; "-m" until then).
func (th *Thread) setArgv0(s string) {
	ts := th.TS
	sys := th.sysModule("sys")
	if sys == nil {
		return
	}
	argv := objects.DictGetItemStr(ts, ModuleDict(sys), "argv")
	if argv == nil || objects.AsList(argv) == nil || len(objects.ListItems(argv)) == 0 {
		return
	}
	v := objects.NewStr(ts, s)
	if v == nil {
		ts.ClearErr()
		return
	}
	idx := objects.NewInt(ts, 0)
	objects.SetItem(ts, argv, idx, v)
	objects.Decref(ts, idx)
	objects.Decref(ts, v)
	ts.ClearErr()
}

// runMainModule runs src as __main__ with __file__ and __package__ set,
// as runpy's _run_module_code does for python -m.
func (th *Thread) runMainModule(src []byte, path, pkg string) {
	ts := th.TS
	is := th.Interp
	m := NewModule(ts, "__main__", nil)
	if m == nil {
		th.reportUncaught()
		return
	}
	d := ModuleDict(m)
	objects.DictSetItemStr(ts, d, "__builtins__", is.BuiltinsModule)
	for k, v := range map[string]string{"__file__": path, "__package__": pkg} {
		s := objects.NewStr(ts, v)
		if s != nil {
			objects.DictSetItemStr(ts, d, k, s)
			objects.Decref(ts, s)
		}
	}
	objects.DictSetItemStr(ts, is.Modules, "__main__", m)
	objects.Decref(ts, m)
	if th.protect(func() bool { return th.execSource(m, src, path, nil) }) {
		is.ExitCode = 0
	} else {
		th.reportUncaught()
	}
}
