// Command minipy runs Python programs, as `python` does:
//
//	minipy FILE [ARG]...     run a script
//	minipy -c CMD [ARG]...   run a command
//	minipy [-]               the REPL on a terminal, else stdin run as a script
//	minipy -V                print the version
//	minipy --ast FILE        print the AST (ast.dump with positions)
//	minipy --ast-noattrs FILE  the same without positions
//	minipy --dis FILE        print the bytecode, in the manner of python -m dis
//
// Options: -X dev (debug allocator: poisoned, quarantined frees, double-free
// detection), -X showalloc (heap statistics at exit, ending with
// "[R refs, B blocks]" on stderr as CPython's -X showrefcount).
//
// At exit the main interpreter is finalized and its heap checked: a block
// left over is a leak, reported on stderr under -X dev or -X showalloc.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"minipy/lang/compiler"
	"minipy/lang/parser"
	"minipy/vm/interp"
)

// version is what -V prints: the implementation and the language version.
const version = "minipy 0.1 (Python 3.11)"

func main() {
	if os.Getenv("GOGC") == "" {
		// Objects live in the heap's arenas and are freed by refcounting;
		// Go's GC only reclaims payloads (str bytes, big int digits, list
		// and dict tables), yet each cycle scans every live arena. Cycles
		// half as frequent as the default's: bench bigints 2.07 -> 1.26 s
		// of CPU (max RSS 44 -> 61 MB), strings 2.55 -> 1.89 s (108 -> 153
		// MB); programs that make no Go garbage are unaffected. GOGC set
		// in the environment still wins.
		debug.SetGCPercent(200)
	}
	os.Exit(run(os.Args[1:]))
}

// options are the parsed command line.
type options struct {
	command   string // -c
	hasCmd    bool
	script    string
	args      []string // sys.argv[1:]
	dev       bool
	showAlloc bool
}

func usage(w *os.File) {
	fmt.Fprintf(w, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", progName())
}

func progName() string { return filepath.Base(os.Args[0]) }

// badUsage prints CPython's message for a command-line error; exit status 2.
func badUsage(msg string) int {
	fmt.Fprintln(os.Stderr, msg)
	usage(os.Stderr)
	fmt.Fprintf(os.Stderr, "Try `%s -h' for more information.\n", progName())
	return 2
}

func run(args []string) int {
	if len(args) == 2 {
		switch args[0] {
		case "--ast", "--ast-noattrs":
			return dumpAST(args[1], args[0] == "--ast")
		case "--dis":
			return disassemble(args[1])
		}
	}
	var o options
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "-" || !strings.HasPrefix(a, "-") {
			break
		}
		switch {
		case a == "-c":
			if i+1 >= len(args) {
				return badUsage("Argument expected for the -c option")
			}
			o.command, o.hasCmd = args[i+1], true
			i += 2
			goto done
		case strings.HasPrefix(a, "-c"):
			o.command, o.hasCmd = a[2:], true
			i++
			goto done
		case a == "-V" || a == "--version":
			fmt.Println(version)
			return 0
		case a == "-h" || a == "--help" || a == "-?":
			usage(os.Stdout)
			fmt.Println("Options: -c cmd, -V, -X dev, -X showalloc, --ast FILE, --dis FILE")
			return 0
		case a == "-X":
			if i+1 >= len(args) {
				return badUsage("Argument expected for the -X option")
			}
			i++
			if !o.setX(args[i]) {
				return badUsage("unknown -X option " + args[i])
			}
		case strings.HasPrefix(a, "-X"):
			if !o.setX(a[2:]) {
				return badUsage("unknown -X option " + a[2:])
			}
		case a == "-u" || a == "-B" || a == "-E" || a == "-s" || a == "-S":
			// Unbuffered output, no .pyc, no environment, no site: the
			// defaults of minipy, or not applicable.
		default:
			return badUsage("unknown option " + a)
		}
	}
done:
	if !o.hasCmd {
		if i >= len(args) || args[i] == "-" {
			if i < len(args) {
				o.script, o.args = "-", args[i+1:]
			}
			return runREPL(o)
		}
		o.script = args[i]
		o.args = args[i+1:]
	} else {
		o.args = args[i:]
	}
	return runProgram(o)
}

// setX applies a -X option; false when unknown.
func (o *options) setX(x string) bool {
	switch x {
	case "dev":
		o.dev = true
	case "showalloc", "showrefcount":
		o.showAlloc = true
	default:
		return false
	}
	return true
}

func runProgram(o options) int {
	argv := append([]string{o.script}, o.args...)
	if o.hasCmd {
		argv[0] = "-c"
	}
	in, err := interp.New(interp.Config{Debug: o.dev, Argv: argv})
	if err != nil {
		fmt.Fprintln(os.Stderr, "minipy: cannot create the interpreter:", err)
		return 1
	}
	interrupted := handleSIGINT(in)
	if stop := startCPUProfile(); stop != nil {
		defer stop()
	}
	var status int
	if o.hasCmd {
		status = in.RunString(o.command, "<string>")
	} else {
		abs, _ := filepath.Abs(o.script)
		if st, err := os.Stat(o.script); err != nil || st.IsDir() {
			msg := "No such file or directory"
			errno := 2
			if err == nil {
				msg, errno = "Is a directory", 21
			}
			fmt.Fprintf(os.Stderr, "%s: can't open file '%s': [Errno %d] %s\n", progName(), abs, errno, msg)
			return 2
		}
		status, err = in.RunFile(o.script)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: can't open file '%s': %v\n", progName(), abs, err)
			return 2
		}
	}
	leak := in.Close()
	if o.showAlloc {
		fmt.Fprint(os.Stderr, in.Space.Heap.DebugMallocStats())
		fmt.Fprintf(os.Stderr, "[%d refs, %d blocks]\n", in.LiveRefs(), in.Space.Heap.AllocatedBlocks())
	}
	if leak != nil && (o.dev || o.showAlloc) {
		fmt.Fprintln(os.Stderr, "minipy:", leak)
	}
	if interrupted() {
		dieOfSIGINT()
	}
	return status
}

// handleSIGINT turns Ctrl-C into a KeyboardInterrupt raised in the running
// program; the returned func tells whether one arrived.
func handleSIGINT(in *interp.Interpreter) func() bool {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	got := make(chan struct{})
	go func() {
		<-ch
		close(got)
		in.Interrupt()
	}()
	return func() bool {
		select {
		case <-got:
			return in.InterruptedExit()
		default:
			return false
		}
	}
}

// dieOfSIGINT ends the process by SIGINT, as CPython does after an
// uncaught KeyboardInterrupt, so a shell sees status 130.
func dieOfSIGINT() {
	signal.Reset(os.Interrupt)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	// A process started with SIGINT ignored (a background job) survives
	// the signal: exit with the status a shell would show.
	time.Sleep(100 * time.Millisecond)
	os.Exit(130)
}

func dumpAST(filename string, attrs bool) int {
	src, err := os.ReadFile(filename)
	if err != nil {
		fmt.Fprintf(os.Stderr, "minipy: can't open file '%s': %v\n", filename, err)
		return 2
	}
	tree, err := parser.ParseFile(filename, src)
	if err != nil {
		return reportSyntaxError(err)
	}
	fmt.Println(parser.Dump(tree, attrs))
	return 0
}

func disassemble(filename string) int {
	src, err := os.ReadFile(filename)
	if err != nil {
		fmt.Fprintf(os.Stderr, "minipy: can't open file '%s': %v\n", filename, err)
		return 2
	}
	code, err := compiler.CompileSource(src, filename, "exec", compiler.Options{})
	if err != nil {
		return reportSyntaxError(err)
	}
	fmt.Print(compiler.Disassemble(code))
	return 0
}

// reportSyntaxError prints a SyntaxError as CPython does; exit status 1.
func reportSyntaxError(err error) int {
	var se *parser.SyntaxError
	if errors.As(err, &se) {
		fmt.Fprint(os.Stderr, se.Format())
		return 1
	}
	fmt.Fprintln(os.Stderr, err)
	return 1
}

// startCPUProfile writes a pprof CPU profile of the run to the file named by
// MINIPY_CPUPROFILE, for `go tool pprof bin/minipy FILE`; nil when unset.
func startCPUProfile() func() {
	path := os.Getenv("MINIPY_CPUPROFILE")
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "minipy: MINIPY_CPUPROFILE:", err)
		return nil
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, "minipy: MINIPY_CPUPROFILE:", err)
		f.Close()
		return nil
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}
