// Command run is minipy's whole-program benchmark harness (`make bench`,
// issue 5): it runs every program under bench/ with minipy and with the
// reference CPython 3.11, alternating the two, keeps each one's best time of
// -n runs, checks that minipy's stdout equals python3's, and prints a table
// of both times and their ratio, the geometric mean of the ratios, and the
// start-up time of both (`-c pass`) on its own line.
//
// python3 is resolved to its real executable (sys.executable) before
// anything is timed, so that a launcher such as a pyenv shim does not add
// its own start-up to CPython's times. For the same reason python3 runs with
// -S by default (-pyflags): its site module executes every .pth file in
// site-packages, and an installation's .pth hooks (on the reference machine,
// one that imports certifi, 50-300 ms) are not CPython's work. The programs
// import nothing, so -S changes no output; the start-up line shows python3's
// start-up both ways. Both interpreters run with PYTHONHASHSEED=0 and UTF-8
// I/O, each program from its absolute path.
//
// A program that fails under minipy (non-zero exit, timeout) or prints
// something other than python3 does is reported on its own line with the
// reason (the last line of minipy's stderr, which for a traceback is the
// exception) and left out of the geometric mean; the harness goes on with
// the next program, and exits with status 1 at the end if any program
// failed, so that a passing `make bench` means every program was measured.
//
// With -check the harness runs only python3 and checks the programs
// themselves: each is deterministic (the same output under two hash
// seeds), short in output, imports nothing but sys, math and time (and,
// for regex.py, re: libraryImports), and
// takes between 0.5 and 3 seconds of CPU time. -check is not part of
// `make test` (a dozen runs of a second each is too slow for it); the Go
// tests of this package check only the harness's own logic and the
// programs' source, without running any interpreter.
//
// The harness is a benchmark, never a test: it does not fail on a slow
// ratio. It may import internal/pyref (test tooling); nothing imports it.
package main
