package sys

import (
	"io"
	"maps"
	"math"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
	"minipy/vm/stdlib"
)

type Object = objects.Object

// Version numbers: the language version minipy implements, and minipy's own.
const (
	LangMajor, LangMinor, LangMicro = 3, 11, 0
	ImplMajor, ImplMinor, ImplMicro = 0, 1, 0
)

// Version is sys.version: the language version, then minipy's own and the
// Go toolchain it was built with.
func Version() string { return "3.11.0 (minipy 0.1.0, " + runtime.Version() + ")" }

// VersionLine is what `minipy -V` prints.
func VersionLine() string { return "Python 3.11.0 (minipy 0.1.0)" }

var (
	versionInfo = builtins.NewStructSeqType("sys.version_info", []string{"major", "minor", "micro", "releaselevel", "serial"}, 5)
	floatInfo   = builtins.NewStructSeqType("sys.float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, 11)
	intInfo     = builtins.NewStructSeqType("sys.int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4)
	hashInfo    = builtins.NewStructSeqType("sys.hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9)
	flagsType   = builtins.NewStructSeqType("sys.flags", []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}, 18)
	threadInfo  = builtins.NewStructSeqType("sys.thread_info", []string{"name", "lock", "version"}, 3)
	implType    = builtins.NewStructSeqType("namespace", []string{"name", "cache_tag", "version", "hexversion"}, 4)
)

// Setup is vm.Config.SetupBuiltins for a full interpreter: the builtins,
// the native modules, and sys (reading stdin from os.Stdin).
func Setup(th *vm.Thread, builtinsDict *Object) error {
	return SetupOptions(Options{Stdin: os.Stdin})(th, builtinsDict)
}

// SetupWith is Setup with an explicit reader for sys.stdin (nil: an empty
// stdin).
func SetupWith(stdin io.Reader) func(th *vm.Thread, builtinsDict *Object) error {
	return SetupOptions(Options{Stdin: stdin})
}

// Options are the command line's choices for sys.
type Options struct {
	Stdin      io.Reader // sys.stdin's source (nil: empty)
	Unbuffered bool      // python -u: stdout and stderr write through
}

// SetupOptions is Setup with options.
func SetupOptions(opts Options) func(th *vm.Thread, builtinsDict *Object) error {
	stdin := opts.Stdin
	return func(th *vm.Thread, builtinsDict *Object) error {
		is := th.Interp
		if is.SharedNative == nil {
			is.SharedNative = Natives()
		}
		if err := builtins.Setup(th, builtinsDict); err != nil {
			return err
		}
		if stdin == nil {
			stdin = strings.NewReader("")
		}
		is.Stdin = stdin
		m := New(th, stdin)
		if m == nil {
			return pyError(th)
		}
		if opts.Unbuffered {
			d := vm.ModuleDict(m)
			builtins.SetWriteThrough(objects.DictGetItemStr(th.TS, d, "stdout"), true)
			builtins.SetWriteThrough(objects.DictGetItemStr(th.TS, d, "stderr"), true)
		}
		defer objects.Decref(th.TS, m)
		if th.Interp.SysDict == nil {
			th.Interp.SysDict = objects.NewRef(vm.ModuleDict(m))
		}
		if th.Interp.Modules != nil && objects.DictSetItemStr(th.TS, th.Interp.Modules, "sys", m) < 0 {
			return pyError(th)
		}
		return nil
	}
}

// Natives is the table of every Go module a full interpreter can import
// (vm/builtins' and vm/stdlib's, and sys, which reads the interpreter's
// Stdin), built at the first call and shared by every interpreter:
// read only from then on.
var Natives = sync.OnceValue(func() vm.NativeTable {
	t := vm.NativeTable{}
	builtins.RegisterNative(t)
	stdlib.Register(t)
	t["sys"] = func(th *vm.Thread) *Object { return New(th, th.Interp.Stdin) }
	return t
})

// WithNatives is a copy of Natives() with more makers (vm/interp's),
// for a caller's own shared table.
func WithNatives(add func(t vm.NativeTable)) vm.NativeTable {
	t := maps.Clone(Natives())
	add(t)
	return t
}

func pyError(th *vm.Thread) error {
	ts := th.TS
	exc := ts.FetchErr()
	if exc == nil {
		return &vm.PyError{Text: "unknown error"}
	}
	defer objects.Decref(ts, exc)
	return &vm.PyError{Text: th.FormatException(exc)}
}

// Flush flushes sys.stdout and sys.stderr (at exit, as CPython's
// flush_std_files); errors are ignored.
func Flush(th *vm.Thread) {
	ts := th.TS
	d := th.Interp.SysDictOf(ts)
	if d == nil {
		return
	}
	for _, n := range []string{"stdout", "stderr"} {
		if s := objects.DictGetItemStr(ts, d, n); s != nil && s != objects.None {
			r := objects.CallMethod(ts, s, "flush")
			if r == nil {
				ts.ClearErr()
			} else {
				objects.Decref(ts, r)
			}
		}
	}
}

// staticStrs holds the static immortal strs of sys's names and constant
// values, made once per process and shared by every interpreter's sys
// (making an interpreter then makes and hashes none of them).
// Readers take no lock (sync.Map's Load hashed the key as an interface,
// and a mutex per lookup was 6 % of interpreters.create() + close(): some
// hundred lookups per sys): pub is never written once published. A name
// not in it (the first interpreter meets them all) is made under mu into
// fresh, and New publishes pub+fresh as the next pub when it is done.
var staticStrs struct {
	pub   atomic.Pointer[map[string]*Object]
	mu    sync.Mutex
	fresh map[string]*Object
}

func staticStr(s string) *Object {
	if m := staticStrs.pub.Load(); m != nil {
		if o := (*m)[s]; o != nil {
			return o
		}
	}
	staticStrs.mu.Lock()
	defer staticStrs.mu.Unlock()
	o := staticStrs.fresh[s]
	if o == nil {
		if staticStrs.fresh == nil {
			staticStrs.fresh = map[string]*Object{}
		}
		o = objects.StaticStr(s)
		staticStrs.fresh[s] = o
	}
	return o
}

// publishStaticStrs makes the strs made since the last call readable
// without the lock.
func publishStaticStrs() {
	staticStrs.mu.Lock()
	defer staticStrs.mu.Unlock()
	if len(staticStrs.fresh) == 0 {
		return
	}
	next := map[string]*Object{}
	if m := staticStrs.pub.Load(); m != nil {
		next = maps.Clone(*m)
	}
	maps.Copy(next, staticStrs.fresh)
	staticStrs.pub.Store(&next)
	staticStrs.fresh = nil
}

// executable is os.Executable(), asked once per process.
var executable = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	return exe
})

func strList(ts *objects.Thread, ss []string) *Object {
	items := make([]*Object, len(ss))
	for i, s := range ss {
		items[i] = objects.NewStr(ts, s)
	}
	return objects.NewListSteal(ts, items)
}

// New makes the sys module of th's interpreter.
func New(th *vm.Thread, stdin io.Reader) *Object {
	ts := th.TS
	is := th.Interp
	m := vm.NewModule(ts, "sys", nil)
	if m == nil {
		return nil
	}
	d := vm.ModuleDict(m)
	// sys holds some 80 names: one table for them all (no regrowth as it
	// fills; a bound too small only costs a regrowth).
	objects.DictReserve(ts, d, 96)
	ok := true
	set := func(name string, v *Object) {
		if v == nil {
			ok = false
			return
		}
		if ok && objects.DictSetItem(ts, d, staticStr(name), v) < 0 {
			ok = false
		}
		objects.Decref(ts, v)
	}
	// __module__ is the module's name, as PyModule_AddFunctions sets it.
	modName := objects.DictGetItemStr(ts, d, "__name__")
	for _, def := range sysDefs {
		set(def.Name, objects.NewBuiltinFunction(ts, def, m, modName))
	}
	is.Unraisable = deliverUnraisable
	for _, n := range []string{"displayhook", "excepthook", "unraisablehook"} {
		if f := objects.DictGetItemStr(ts, d, n); f != nil {
			set("__"+n+"__", objects.NewRef(f))
		}
	}
	// The constant strs are static immortals shared by every
	// interpreter's sys (strs are immutable).
	newStr := func(s string) *Object { return staticStr(s) }
	newInt := func(v int64) *Object { return objects.NewInt(ts, v) }
	argv := is.Argv
	if len(argv) == 0 {
		argv = []string{""}
	}
	set("argv", strList(ts, argv))
	set("orig_argv", strList(ts, append([]string{"minipy"}, argv...)))
	set("path", strList(ts, is.Path))
	if is.Modules != nil {
		set("modules", objects.NewRef(is.Modules))
	}
	set("version", newStr(Version()))
	set("version_info", versionInfo.NewSteal(ts, newInt(LangMajor), newInt(LangMinor), newInt(LangMicro), newStr("final"), newInt(0)))
	set("hexversion", newInt(LangMajor<<24|LangMinor<<16|LangMicro<<8|0xf0))
	set("api_version", newInt(1013))
	set("implementation", implType.NewSteal(ts, newStr("minipy"), objects.NewRef(objects.None),
		versionInfo.NewSteal(ts, newInt(ImplMajor), newInt(ImplMinor), newInt(ImplMicro), newStr("alpha"), newInt(0)),
		newInt(ImplMajor<<24|ImplMinor<<16|ImplMicro<<8|0xa0)))
	set("maxsize", newInt(math.MaxInt64))
	set("maxunicode", newInt(0x10ffff))
	set("byteorder", newStr("little"))
	set("platform", newStr(runtime.GOOS))
	exe := executable()
	set("executable", newStr(exe))
	set("_base_executable", newStr(exe))
	for _, n := range []string{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"} {
		set(n, newStr("/usr/local"))
	}
	set("float_repr_style", newStr("short"))
	set("abiflags", newStr(""))
	set("platlibdir", newStr("lib"))
	set("warnoptions", objects.NewListSteal(ts, nil))
	set("_xoptions", objects.NewDict(ts))
	set("thread_info", threadInfo.NewSteal(ts, newStr("pthread"), newStr("semaphore"), objects.NewRef(objects.None)))
	set("copyright", newStr("Copyright (c) minipy authors.\nPython language: Copyright (c) 2001-2023 Python Software Foundation."))
	set("dont_write_bytecode", objects.NewRef(objects.True))
	set("pycache_prefix", objects.NewRef(objects.None))
	set("builtin_module_names", objects.NewTupleSteal(ts, newStr("builtins"), newStr("gc"), newStr("io"), newStr("math"), newStr("sys"), newStr("time")))
	set("float_info", floatInfo.NewSteal(ts, objects.NewFloat(ts, math.MaxFloat64), newInt(1024), newInt(308),
		objects.NewFloat(ts, 2.2250738585072014e-308), newInt(-1021), newInt(-307), newInt(15), newInt(53),
		objects.NewFloat(ts, 2.220446049250313e-16), newInt(2), newInt(1)))
	set("int_info", intInfo.NewSteal(ts, newInt(30), newInt(4), newInt(4300), newInt(640)))
	set("hash_info", hashInfo.NewSteal(ts, newInt(64), newInt(1<<61-1), newInt(314159), newInt(0), newInt(1000003),
		newStr("siphash13"), newInt(64), newInt(128), newInt(0)))
	_, randomized, _ := objects.HashSeedInfo()
	hr := int64(0)
	if randomized {
		hr = 1
	}
	flagVals := make([]*Object, 18)
	for i := range flagVals {
		flagVals[i] = newInt(0)
	}
	flagVals[11] = newInt(hr)
	flagVals[17] = newInt(-1)
	set("flags", flagsType.NewSteal(ts, flagVals...))
	// The standard streams over the interpreter's injected I/O.
	stdinObj := builtins.NewStdStream(ts, "<stdin>", stdin, nil, builtins.IsTerminal(stdin))
	stdoutObj := builtins.NewStdStream(ts, "<stdout>", nil, is.Stdout, builtins.IsTerminal(is.Stdout))
	stderrObj := builtins.NewStdStream(ts, "<stderr>", nil, is.Stderr, true)
	for _, p := range []struct {
		n string
		o *Object
	}{{"stdin", stdinObj}, {"stdout", stdoutObj}, {"stderr", stderrObj}} {
		set("__"+p.n+"__", objects.NewRef(p.o))
		set(p.n, p.o)
	}
	publishStaticStrs()
	if !ok {
		if !ts.Occurred() {
			ts.Raise(objects.SystemError, "sys module setup failed")
		}
		objects.Decref(ts, m)
		return nil
	}
	return m
}
