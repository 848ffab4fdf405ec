// Command minipy runs Python programs, as `python` does:
//
//	minipy [option] ... FILE [ARG]...   run a script
//	minipy [option] ... -c CMD [ARG]... run a command
//	minipy [option] ... -m MOD [ARG]... run a module found on sys.path
//	minipy [option] ... [-]             the REPL on a terminal, else stdin
//	                                    run as a script
//	minipy --ast FILE        print the AST (ast.dump with positions)
//	minipy --ast-noattrs FILE  the same without positions
//	minipy --dis FILE        print the bytecode, in the manner of python -m dis
//
// Options are CPython's where minipy has them (-h lists them): -i, -u, -V,
// -q, -E; -B, -s, -S, -I and -W ARG are accepted and change nothing here.
// -X options are kept in sys._xoptions, known or not, as CPython does;
// minipy's own are -X dev (debug allocator: poisoned, quarantined frees,
// double-free detection), -X showalloc (heap statistics at exit, ending
// with "[R refs, B blocks]" on stderr as CPython's -X showrefcount) and
// -X cpuprofile=FILE (a pprof CPU profile, as MINIPY_CPUPROFILE=FILE).
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

	"github.com/chzyer/readline"

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
		// and dict tables), yet each cycle scans every live arena (and
		// turns on the write barrier of every pointer store in the eval
		// loop while it marks). Cycles a quarter as frequent as the
		// default's. GOGC=200 already took bench bigints from 2.07 to 1.26
		// s of CPU (max RSS 44 -> 61 MB); 400 takes instructions (valgrind,
		// scaled-down programs) of dicts_sets -27%, bigints -19%, and
		// max RSS (full programs) of dicts_sets 207 -> 227 MB, strings 114
		// -> 120 MB, bigints 57 -> 138 MB; programs that make no Go
		// garbage are unaffected. GOGC set in the environment still wins.
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:]))
}

// options are the parsed command line.
type options struct {
	command    string // -c
	hasCmd     bool
	module     string // -m
	hasModule  bool
	script     string   // "" or "-" for stdin
	args       []string // sys.argv[1:]
	dev        bool
	showAlloc  bool
	inspect    bool // -i
	unbuffered bool // -u
	quiet      bool // -q
	ignoreEnv  bool // -E, -I
	xopts      []string
	cpuProfile string
}

func usage(w *os.File) {
	fmt.Fprintf(w, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", os.Args[0])
}

// helpText is -h's output after the usage line, in the layout of
// CPython's, listing the options minipy has.
const helpText = `Options (and corresponding environment variables):
-B     : accepted for compatibility; minipy writes no .pyc files
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E)
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-s     : accepted for compatibility; minipy has no user site directory
-S     : accepted for compatibility; minipy has no site module
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-V     : print the Python version number and exit (also --version)
-W arg : accepted for compatibility; minipy has no warnings filters
-X opt : set implementation-specific option (kept in sys._xoptions):
         -X dev: debug allocator (freed blocks poisoned and quarantined,
             double frees caught), leaks reported at exit
         -X showalloc: heap statistics at exit, ending with the line
             [R refs, B blocks] (also -X showrefcount)
         -X cpuprofile=FILE: write a pprof CPU profile of the run to FILE
             (also MINIPY_CPUPROFILE=FILE)
--ast file : print the file's AST (ast.dump with positions) and exit
--ast-noattrs file : the same without positions
--dis file : print the file's bytecode, as python -m dis, and exit
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Other environment variables:
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONHASHSEED: if this variable is set to 'random', a random value is used
   to seed the hashes of str and bytes objects.  It can also be set to an
   integer in the range [0,4294967295] to get hash values with a
   predictable seed.
MINIPY_CPUPROFILE: file to write a pprof CPU profile of the run to.
`

// badUsage prints CPython's message for a command-line error; exit status 2.
func badUsage(msg string) int {
	fmt.Fprintln(os.Stderr, msg)
	usage(os.Stderr)
	fmt.Fprintf(os.Stderr, "Try `%s -h' for more information.\n", filepath.Base(os.Args[0]))
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
	o, status, exit := parseArgs(args)
	if exit {
		return status
	}
	if !o.ignoreEnv {
		o.unbuffered = o.unbuffered || os.Getenv("PYTHONUNBUFFERED") != ""
		o.inspect = o.inspect || os.Getenv("PYTHONINSPECT") != ""
	}
	return runProgram(o)
}

// parseArgs reads the options as CPython's getopt does: short options
// may be grouped (-iu), an option's argument may be attached (-Xdev,
// -cCMD) or be the next word, and -c, -m, "-", "--" or the first word
// that is not an option end the list. exit is true when the program must
// end with status (-h, -V, a bad option).
func parseArgs(args []string) (o options, status int, exit bool) {
	help, showVersion := false, false
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			break
		}
		if strings.HasPrefix(a, "--") {
			switch a {
			case "--version":
				showVersion = true
			case "--help":
				help = true
			default:
				return o, badUsage("unknown option " + a), true
			}
			continue
		}
		for j := 1; j < len(a); j++ {
			c := a[j]
			// The argument of -c, -m, -X, -W: the rest of this word or
			// the next one.
			optArg := func() (string, bool) {
				if j+1 < len(a) {
					v := a[j+1:]
					j = len(a)
					return v, true
				}
				if i+1 < len(args) {
					i++
					j = len(a)
					return args[i], true
				}
				return "", false
			}
			switch c {
			case 'c', 'm', 'X', 'W':
				v, ok := optArg()
				if !ok {
					return o, badUsage(fmt.Sprintf("Argument expected for the -%c option", c)), true
				}
				switch c {
				case 'c':
					o.command, o.hasCmd = v, true
				case 'm':
					o.module, o.hasModule = v, true
				case 'X':
					o.setX(v)
				}
				if c == 'c' || c == 'm' {
					i++
					goto done
				}
			case 'i':
				o.inspect = true
			case 'u':
				o.unbuffered = true
			case 'q':
				o.quiet = true
			case 'E':
				o.ignoreEnv = true
			case 'I':
				o.ignoreEnv = true
			case 'B', 's', 'S':
			case 'V':
				showVersion = true
			case 'h', '?':
				help = true
			default:
				return o, badUsage(fmt.Sprintf("Unknown option: -%c", c)), true
			}
		}
	}
done:
	if help {
		usage(os.Stdout)
		fmt.Print(helpText)
		return o, 0, true
	}
	if showVersion {
		fmt.Println(version)
		return o, 0, true
	}
	if !o.hasCmd && !o.hasModule && i < len(args) {
		o.script = args[i]
		i++
	}
	o.args = args[i:]
	return o, 0, false
}

// setX records a -X option; minipy's own change how it runs, and all go
// to sys._xoptions.
func (o *options) setX(x string) {
	o.xopts = append(o.xopts, x)
	name, val, _ := strings.Cut(x, "=")
	switch name {
	case "dev":
		o.dev = true
	case "showalloc", "showrefcount":
		o.showAlloc = true
	case "cpuprofile":
		o.cpuProfile = val
	}
}

// runProgram runs what the options name (a -c command, a -m module, a
// script, or stdin as a script or an interactive session), then the
// interactive session of -i, and finalizes the interpreter.
func runProgram(o options) int {
	var argv []string
	var path0 string
	switch {
	case o.hasCmd:
		argv = append([]string{"-c"}, o.args...)
	case o.hasModule:
		// sys.argv[0] becomes the module's path once it is found.
		argv = append([]string{"-m"}, o.args...)
		path0, _ = os.Getwd()
	case o.script != "" && o.script != "-":
		argv = append([]string{o.script}, o.args...)
		path0 = interp.ScriptDir(o.script)
		if st, err := os.Stat(o.script); err == nil && st.IsDir() {
			path0 = dirArg(o.script)
		}
	default:
		argv = append([]string{o.script}, o.args...)
	}
	pythonPath := os.Getenv("PYTHONPATH")
	if o.ignoreEnv {
		pythonPath = ""
	}
	stdinTTY := readline.DefaultIsTerminal()
	fromStdin := !o.hasCmd && !o.hasModule && (o.script == "" || o.script == "-")
	// The whole of a piped stdin is the program, read before the
	// interpreter (whose sys.stdin then reads what is left: nothing).
	var stdinSrc []byte
	if fromStdin && !stdinTTY && !o.inspect {
		var err error
		if stdinSrc, err = readAll(os.Stdin); err != nil {
			fmt.Fprintln(os.Stderr, "minipy: cannot read standard input:", err)
			return 2
		}
	}
	in, err := interp.New(interp.Config{Debug: o.dev, Argv: argv, Path: interp.SysPath(path0, pythonPath),
		Unbuffered: o.unbuffered, XOptions: o.xopts, Inspect: o.inspect})
	if err != nil {
		fmt.Fprintln(os.Stderr, "minipy: cannot create the interpreter:", err)
		return 1
	}
	sigint := handleSIGINT(in)
	if stop := startCPUProfile(o.cpuProfile); stop != nil {
		defer stop()
	}
	status := 0
	interactive := o.inspect
	switch {
	case o.hasCmd:
		status = in.RunString(o.command, "<string>")
	case o.hasModule:
		status = in.RunModule(o.module)
	case !fromStdin:
		abs, _ := filepath.Abs(o.script)
		file := o.script
		st, err := os.Stat(o.script)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", os.Args[0], abs)
			status = 2
			break
		}
		if st.IsDir() {
			// A directory runs its __main__.py, as CPython's.
			file = filepath.Join(o.script, "__main__.py")
			if st, err := os.Stat(file); err != nil || st.IsDir() {
				fmt.Fprintf(os.Stderr, "%s: can't find '__main__' module in '%s'\n", os.Args[0], dirArg(o.script))
				status = 1
				break
			}
		}
		status, err = in.RunFile(file)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: can't open file '%s': %v\n", os.Args[0], abs, err)
			status = 2
		}
	case stdinTTY || o.inspect:
		interactive = true
		if !o.quiet {
			fmt.Fprintf(os.Stderr, "%s on %s\nType \"exit()\" or Ctrl-D (i.e. EOF) to leave.\n", version, goos)
		}
	default:
		status = in.RunString(string(stdinSrc), "<stdin>")
	}
	if status == 2 && !fromStdin && !o.hasCmd && !o.hasModule && !o.inspect {
		// A script that cannot be opened: nothing ran, nothing to
		// finalize but the interpreter.
		in.Close()
		return 2
	}
	if interactive {
		// The session handles Ctrl-C itself: it interrupts the running
		// statement, and the session goes on.
		sigint.stop()
		if stdinTTY {
			status = interact(in)
		} else {
			status = interactPipe(in)
		}
	}
	finishInterp(o, in)
	if !interactive && sigint.interrupted() {
		dieOfSIGINT()
	}
	return status
}

// dirArg is a directory named on the command line made absolute as
// CPython does it for sys.path[0]: joined to the working directory, not
// normalised.
func dirArg(d string) string {
	if filepath.IsAbs(d) {
		return d
	}
	cwd, err := os.Getwd()
	if err != nil {
		return d
	}
	return cwd + string(filepath.Separator) + d
}

// sigintHandler turns Ctrl-C into a KeyboardInterrupt raised in the
// running program.
type sigintHandler struct {
	in   *interp.Interpreter
	ch   chan os.Signal
	quit chan struct{}
}

// handleSIGINT installs the handler until stop.
func handleSIGINT(in *interp.Interpreter) *sigintHandler {
	h := &sigintHandler{in: in, ch: make(chan os.Signal, 1), quit: make(chan struct{})}
	signal.Notify(h.ch, os.Interrupt)
	go func() {
		// Every Ctrl-C interrupts (a program may catch KeyboardInterrupt
		// and go on, or handle SIGINT with signal.signal).
		for {
			select {
			case <-h.ch:
				in.Interrupt()
			case <-h.quit:
				return
			}
		}
	}()
	return h
}

// stop uninstalls the handler (the interactive session installs its own).
func (h *sigintHandler) stop() {
	signal.Stop(h.ch)
	select {
	case <-h.quit:
	default:
		close(h.quit)
	}
}

// interrupted tells whether the program ended by an uncaught
// KeyboardInterrupt, whether a Ctrl-C or the program raised it.
func (h *sigintHandler) interrupted() bool {
	return h.in.InterruptedExit()
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

// startCPUProfile writes a pprof CPU profile of the run to path (-X
// cpuprofile=FILE) or else the file named by MINIPY_CPUPROFILE, for
// `go tool pprof bin/minipy FILE`; nil when neither is set.
func startCPUProfile(path string) func() {
	if path == "" {
		path = os.Getenv("MINIPY_CPUPROFILE")
	}
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
