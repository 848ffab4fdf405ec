package stdlib

import (
	"strings"

	"minipy/vm"
	"minipy/vm/objects"
)

// Frozen packages: Python packages whose modules are frozen sources
// (asyncio, unittest). Unlike the single frozen modules of addFrozen, a
// package's module is in sys.modules before its source runs, so that the
// modules of a package can import each other and the package its
// modules, as importlib allows for packages on disk.

// registerPackages adds the makers of every frozen package's modules
// to t, and of _contextvars (Python over two native functions), which
// asyncio's tasks use at every step.
func registerPackages(t vm.NativeTable) {
	t["_contextvars"] = newUnderContextvarsModule
	for _, mods := range [][]struct{ name, src string }{asyncioModules, unittestModules} {
		for i, m := range mods {
			m, isPkg := m, i == 0 // the package itself comes first
			t[m.name] = func(th *vm.Thread) *Object { return makePackageModule(th, m.name, m.src, isPkg) }
		}
	}
}

func init() { vm.RegisterFrozenMain("unittest.__main__", unittestMainModuleSource) }

// makePackageModule runs the frozen source of a module of a package (or
// of the package itself, which gets an empty __path__). The module
// becomes an attribute of its parent, as a submodule does.
func makePackageModule(th *vm.Thread, name, src string, isPkg bool) *Object {
	ts := th.TS
	m := makeModule(th, name, "", nil, nil)
	if m == nil {
		return nil
	}
	d := vm.ModuleDict(m)
	if isPkg {
		path := objects.NewList(ts)
		if path == nil || objects.DictSetItemStr(ts, d, "__path__", path) < 0 {
			objects.XDecref(ts, path)
			objects.Decref(ts, m)
			return nil
		}
		objects.Decref(ts, path)
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pkg := objects.NewStr(ts, name[:i])
		if pkg == nil || objects.DictSetItemStr(ts, d, "__package__", pkg) < 0 {
			objects.XDecref(ts, pkg)
			objects.Decref(ts, m)
			return nil
		}
		objects.Decref(ts, pkg)
	}
	mods := th.Interp.Modules
	if objects.DictSetItemStr(ts, mods, name, m) < 0 {
		objects.Decref(ts, m)
		return nil
	}
	if !th.ExecFrozen(m, src, "<frozen "+name+">") {
		// As CPython's import: a module whose code failed leaves
		// sys.modules (the exception raised is kept).
		exc := ts.FetchErr()
		if key := objects.NewStr(ts, name); key != nil {
			if objects.DictDelItem(ts, mods, key) < 0 {
				ts.ClearErr()
			}
			objects.Decref(ts, key)
		}
		ts.SetErrSteal(exc)
		objects.Decref(ts, m)
		return nil
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		if parent := objects.DictGetItemStr(ts, mods, name[:i]); parent != nil {
			if objects.SetAttrString(ts, parent, name[i+1:], m) < 0 {
				objects.Decref(ts, m)
				return nil
			}
		}
	}
	return m
}
