package interp

import "minipy/vm"

// The concurrent.futures package (futures_py.go): Python source frozen
// into the binary, registered beside concurrent.interpreters because it
// lives in the same concurrent package (and its interpreter submodule
// runs over it). Each module is made on first import in each
// interpreter, like the other frozen modules.

// futuresModules are the modules of the package and their sources.
var futuresModules = []struct{ name, src string }{
	{"concurrent.futures", futuresInitSource},
	{"concurrent.futures._base", futuresBaseSource},
	{"concurrent.futures.thread", futuresThreadSource},
	{"concurrent.futures.process", futuresProcessSource},
	{"concurrent.futures.interpreter", futuresInterpreterSource},
}

func registerFutures(t vm.NativeTable) {
	for _, m := range futuresModules {
		t[m.name] = func(th *vm.Thread) *obj {
			return frozenModule(th, m.name, nil, m.src)
		}
	}
}
