// Package stdlib holds the standard-library modules that ordinary
// programs import beyond vm/builtins' native ones: operator, itertools,
// functools, collections (with collections.abc), heapq, bisect, types,
// contextlib, string, abc, keyword, random, dataclasses, typing, enum,
// json, textwrap, struct, re, fnmatch, __future__, numbers, fractions,
// datetime, calendar, pprint, binascii, base64, hashlib (with _hashlib,
// _blake2 and hmac), shlex, statistics, unicodedata, cmath, csv (with
// _csv), glob, tempfile, locale, array, inspect, argparse, decimal,
// contextvars (with _contextvars), pathlib, shutil, subprocess (with
// _subprocess), platform, zlib, gzip, signal (with _signal), and the
// packages asyncio and unittest.
// Text and logic (frozen Python): warnings, logging, difflib, urllib.parse, html (with html.entities), codecs, errno, stat, secrets, uuid, timeit, graphlib, sched.
//
// # Go and Python
//
// The hot paths are Go, as CPython's C accelerators are: _operator
// (operator.go: the functions, itemgetter, attrgetter, methodcaller),
// itertools (itertools.go), _functools (functools.go: partial, reduce,
// cmp_to_key, the LRU cache wrapper), _collections.deque (deque.go: a
// ring buffer), _heapq and _bisect (heapq.go), types.SimpleNamespace
// (namespace.go), _random (random.go: the Mersenne Twister, seeded as
// CPython seeds it, so a seeded program draws CPython's numbers) and
// struct (structmod.go: native and standard layouts, half floats),
// _re (re.go: Pattern and Match over lang/regex, sub's templates),
// binascii (binascii.go), _hashlib and _blake2 (hashlib.go over Go's
// crypto packages; blake2.go is BLAKE2b/s from RFC 7693, which Go's
// standard library lacks), unicodedata (unicodedata.go over
// lang/unicodedata's tables) and cmath (cmath.go: CPython's algorithms
// over vm/builtins' libm functions, glibc's hypot, and special-value
// tables generated from python3) and _decimal_core (decimal.go: the
// storage of decimal's Decimal and Context, DecimalBase and ContextBase,
// and fast paths for +, -, *, /, quantize, comparisons, parsing, str and
// hash of numbers whose coefficients fit in an int64 or a big.Int and
// whose results need no special handling; every other case returns None
// and decimal's Python code computes it), _subprocess (subprocess.go: fork/exec
// and the waits), zlib (zlib.go: the containers written here over Go's
// compress/flate; streaming decompression on a goroutine fed piece by
// piece; Go's deflate output differs from zlib's, the round trips agree)
// and _signal (signal.go over os/signal and vm/signals.go). The rest is
// Python source in *_py.go,
// run at first import as frozen modules (vm.Thread.ExecFrozen, compiled once per
// process and kept in the code cache between runs, lang/codecache): functools, collections, collections.abc, abc, heapq's
// merge/nlargest/nsmallest, types, contextlib, string, keyword, random,
// dataclasses, typing, enum, json, textwrap, re (flags, re.error, the
// compile cache), fnmatch, numbers, fractions,
// datetime, calendar, pprint, base64, hashlib, hmac, shlex,
// statistics, _csv, csv, glob, tempfile, locale (with its generated
// _locale_data tables), array, inspect, argparse, decimal (the
// General Decimal Arithmetic over int coefficients; exp, ln, log10 and
// powers correctly rounded by widening the working precision until
// the rounding is certain), pathlib, shutil, subprocess, platform, gzip,
// signal's enums, _contextvars and
// contextvars. asyncio and unittest are frozen packages (frozenpkg.go):
// their modules are in sys.modules before their sources run, so that
// they can import each other. Where CPython's
// module leans on re (fractions' and datetime's parsers, shlex.quote,
// pprint's word splitting, glob's patterns, argparse's nargs patterns)
// these use hand-written scanners and matchers, written while re was
// being built. The Python sources are
// written for minipy, not copied from CPython's Lib:
// tools/overlap.py (make overlap) measures the lines they share with it
// (signatures and messages aside).
//
// # One layout for every native type
//
// Every Go type of this package has the same instance struct, gobj
// (module.go): four owned references, an owned slice, an int slice,
// four integers, a flag and an optional __dict__. newGType gives each
// type its own allocation class of that struct and the shared
// Dealloc/Traverse/Clear, so a type is only its constructor, its slots
// and its methods; the comment above each type says what the fields
// hold for it. re's Pattern and Match are the exception: they hold Go
// values (the compiled program, the capture offsets) in structs of
// their own.
//
// The hash objects of hashlib.go are the exception: their struct
// (hashObj) holds Go hash state and no references, so it is a plain
// (not GC-tracked) object of its own allocation class.
//
// # Per interpreter
//
// Register (called once by vm/sys.Natives) puts a maker per module in
// the table of Go modules every interpreter shares
// (vm.InterpState.SharedNative); the importer calls it at the first
// import, in the importing interpreter.
// Function objects are static immortals made at init, the types are
// static, and the only package-level values (the frozen sources, the
// keyword mark object of the cache keys, lookup tables such as the
// base64 alphabet, CRC tables, hash algorithms and cmath's special
// values) are never written after init.
//
// # Reference rule
//
// As in vm/objects: functions borrow their arguments and return new
// references; nil means an exception is set on the thread.
//
// This package imports vm and vm/objects; vm/sys imports it, and vm and
// vm/builtins must never import it.
package stdlib
