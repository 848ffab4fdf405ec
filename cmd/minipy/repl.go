package main

// The interactive prompt (`minipy` with no script on a terminal) and its
// counterpart for a pipe (`minipy < file`, `echo ... | minipy -`).
//
// The terminal side (line editing, history in ~/.minipy_history, tab
// completion, Ctrl-C and Ctrl-D at a prompt) is github.com/chzyer/readline;
// the Python side (when a statement is complete, running it in __main__,
// echoing values, printing tracebacks) is interp.Console. readline puts
// the terminal in raw mode only while it reads a line, so a Ctrl-C typed
// while a statement runs is a SIGINT, which becomes a KeyboardInterrupt
// in the running code.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"unicode"

	"github.com/chzyer/readline"

	"minipy/vm/interp"
)

const (
	ps1 = ">>> "
	ps2 = "... "
)

// goos names the system in the banner, as CPython's "on linux".
const goos = runtime.GOOS

// readAll reads a piped stdin to its end (the program of `minipy < file`).
func readAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// finishInterp finalizes the interpreter as runProgram does: heap
// statistics under -X showalloc, a leak reported under -X dev.
func finishInterp(o options, in *interp.Interpreter) {
	leak := in.Close()
	if leak != nil && (o.dev || o.showAlloc) {
		fmt.Fprintln(os.Stderr, "minipy:", leak)
	}
	if o.showAlloc {
		// The statistics end with CPython's -X showrefcount line.
		fmt.Fprint(os.Stderr, in.Space.Heap.DebugMallocStats())
		f := in.State.Final
		fmt.Fprintf(os.Stderr, "finalization: %d blocks in use before, %d after; %d immortals finalized "+
			"(%d finalizers of immortals and %d of objects they reach run, %d weakref callbacks, %d passes)\n",
			in.State.BlocksBefore, in.Space.Heap.AllocatedBlocks(), f.Destroyed,
			f.Finalized, f.Referents, f.Callbacks, f.Passes)
		fmt.Fprintf(os.Stderr, "[%d refs, %d blocks]\n", in.LiveRefs(), in.Space.Heap.AllocatedBlocks())
	}
}

// interact runs the read-eval-print loop on in's __main__ until Ctrl-D
// or SystemExit and returns the exit status (also usable after a script,
// for -i). The interpreter stays open.
func interact(in *interp.Interpreter) int {
	con, err := in.NewConsole()
	if err != nil {
		fmt.Fprintln(os.Stderr, "minipy:", err)
		return 1
	}
	defer con.Close()
	cfg := &readline.Config{
		Prompt:          ps1,
		AutoComplete:    completer{con},
		InterruptPrompt: "^C",
		EOFPrompt:       "",
	}
	if home, err := os.UserHomeDir(); err == nil {
		cfg.HistoryFile = filepath.Join(home, ".minipy_history")
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "minipy: cannot use the terminal:", err)
		return 1
	}
	defer rl.Close()

	// Every Ctrl-C while a statement runs interrupts it; at a prompt the
	// terminal is raw and readline sees Ctrl-C as a key instead.
	defer interruptOnSIGINT(in)()

	more := false
	for {
		if more {
			rl.SetPrompt(ps2)
		} else {
			rl.SetPrompt(ps1)
		}
		line, err := rl.Readline()
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			// CPython prints this after the terminal's "^C".
			fmt.Fprintln(os.Stderr, "KeyboardInterrupt")
			con.Reset()
			more = false
			continue
		case err != nil: // io.EOF: Ctrl-D on an empty line
			return 0
		}
		more = con.Push(line)
		if status, exited := con.Exited(); exited {
			return status
		}
	}
}

// interactPipe is the interactive session on a stdin that is not a
// terminal (-i with a pipe), as CPython's interactive loop over a file:
// the prompts go to stderr, lines are read without editing, and the end
// of the input ends the statement being typed (it runs) and then the
// session, each end written as a newline on stderr.
func interactPipe(in *interp.Interpreter) int {
	con, err := in.NewConsole()
	if err != nil {
		fmt.Fprintln(os.Stderr, "minipy:", err)
		return 1
	}
	defer con.Close()
	// Ctrl-C interrupts the running statement; the session goes on.
	defer interruptOnSIGINT(in)()
	r := bufio.NewReader(os.Stdin)
	more := false
	for {
		if more {
			fmt.Fprint(os.Stderr, ps2)
		} else {
			fmt.Fprint(os.Stderr, ps1)
		}
		line, err := r.ReadString('\n')
		if err != nil && line == "" {
			fmt.Fprintln(os.Stderr)
			if !con.Pending() {
				return 0
			}
			con.RunPending()
			more = false
		} else {
			more = con.Push(strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"))
		}
		if status, exited := con.Exited(); exited {
			return status
		}
	}
}

// completer adapts interp.Console.Complete to readline: the word before
// the cursor (identifier characters and dots) is completed; Tab on blank
// text indents, as CPython's completer inserts a tab there.
type completer struct{ con *interp.Console }

func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	start := pos
	for start > 0 && isWordRune(line[start-1]) {
		start--
	}
	word := string(line[start:pos])
	if word == "" {
		blank := true
		for _, r := range line[:pos] {
			if r != ' ' && r != '\t' {
				blank = false
			}
		}
		if blank {
			return [][]rune{[]rune("    ")}, 0
		}
		return nil, 0
	}
	n := len([]rune(word))
	var out [][]rune
	for _, cand := range c.con.Complete(word) {
		out = append(out, []rune(cand)[n:])
	}
	return out, n
}

func isWordRune(r rune) bool {
	return r == '_' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// interruptOnSIGINT raises KeyboardInterrupt in the running statement of in
// at each SIGINT until the returned stop func is called.
func interruptOnSIGINT(in *interp.Interpreter) (stop func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-sig:
				in.Interrupt()
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}
