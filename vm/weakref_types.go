package vm

import (
	"sync"

	"minipy/lang/codecache"

	"minipy/lang/compiler"
	"minipy/vm/objects"
)

// The VM's types whose instances can be weakly referenced, as in CPython
// (they have a tp_weaklistoffset there).
func init() {
	for _, t := range []*objects.Type{FunctionType, CodeType, GeneratorType, CoroutineType, AsyncGeneratorType} {
		objects.MarkWeakrefable(t)
	}
}

// ExecFrozen runs Python source embedded in a native module (src) in
// module m, as a frozen module: path names it in tracebacks.
func (th *Thread) ExecFrozen(m *Object, src, path string) bool {
	if mo := asModule(m); mo != nil {
		mo.origin = originFrozen
	}
	c := frozenCompiled(src, path)
	if c == nil {
		// A syntax error in embedded source: compiled again to raise it.
		return th.execSource(m, []byte(src), path, nil)
	}
	code := LoadCode(th.TS, c)
	if code == nil {
		return false
	}
	defer objects.Decref(th.TS, code)
	r := th.runCode(code, ModuleDict(m), ModuleDict(m))
	if r == nil {
		return false
	}
	objects.Decref(th.TS, r)
	return true
}

// frozenCode caches the compiled frozen sources by path: every
// interpreter of the process that imports threading, pickle or
// concurrent.interpreters loads the same compiler.Code instead of parsing
// and compiling the source again (tens of milliseconds each, most of the
// cost of a sub-interpreter's first imports). It holds no interpreter
// state: a compiler.Code is immutable and holds no object (LoadCode
// copies what the VM rewrites), the same constant source always compiles
// to the same code, and exec of a string already shares compiled code
// between interpreters the same way.
var frozenCode sync.Map // path → frozenEntry

type frozenEntry struct {
	src  string
	code *compiler.Code
}

// frozenCompiled is src compiled as path, from the cache when the cached
// entry has the same source (a pointer comparison for the constant it
// normally is); nil on a syntax error.
func frozenCompiled(src, path string) *compiler.Code {
	if e, ok := frozenCode.Load(path); ok && e.(frozenEntry).src == src {
		return e.(frozenEntry).code
	}
	// Then the code cache on disk, shared by the processes.
	cache := codecache.Default()
	c := cache.Load(path, []byte(src), "exec")
	if c == nil {
		var err error
		if c, err = compiler.CompileSource([]byte(src), path, "exec", compiler.Options{}); err != nil {
			return nil
		}
		cache.Store(path, []byte(src), "exec", c)
	}
	frozenCode.Store(path, frozenEntry{src, c})
	return c
}
