package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// outcome is what one run of an interpreter on one program produced.
type outcome struct {
	Stdout []byte
	Stderr []byte
	Wall   time.Duration // from just before start to just after exit
	CPU    time.Duration // user + system time of the process
	Err    error         // non-nil when the run failed: see describe
}

// runner runs interpreters with a fixed environment and time limit.
type runner struct {
	Env     []string
	Timeout time.Duration
}

// newRunner returns a runner whose children see the harness's environment
// with a fixed hash seed and UTF-8 standard streams, plus extra (KEY=VALUE).
func newRunner(timeout time.Duration, extra ...string) *runner {
	env := append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	env = append(env, extra...) // later entries win in os/exec
	return &runner{Env: env, Timeout: timeout}
}

// run runs argv to completion and times it. Output goes to memory, so the
// programs' short output costs the same for both interpreters.
func (r *runner) run(argv ...string) outcome {
	ctx, cancel := context.WithTimeout(context.Background(), r.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = r.Env
	cmd.Stdin = nil
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.WaitDelay = time.Second
	start := time.Now()
	err := cmd.Run()
	o := outcome{Wall: time.Since(start), Stdout: stdout.Bytes(), Stderr: stderr.Bytes()}
	if cmd.ProcessState != nil {
		o.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if ctx.Err() == context.DeadlineExceeded {
		err = fmt.Errorf("timed out after %v", r.Timeout)
	}
	o.Err = err
	return o
}

// describe says in one line why a failed run failed: the exit status and
// the last non-empty line of stderr, which for a Python traceback is the
// exception ("NameError: name 'x' is not defined"), or for a Go panic the
// last frame, so the first line of a panic is preferred when there is one.
func (o outcome) describe() string {
	var msg string
	var ee *exec.ExitError
	switch {
	case errors.As(o.Err, &ee):
		msg = ee.ProcessState.String() // "exit status 1", "signal: killed"
	case o.Err != nil:
		msg = o.Err.Error()
	}
	if line := errorLine(o.Stderr); line != "" {
		msg += ": " + line
	}
	return msg
}

// errorLine picks the informative line of an interpreter's stderr: a Go
// panic's "panic: ..." line, else the last non-empty line.
func errorLine(stderr []byte) string {
	lines := strings.Split(strings.TrimRight(string(stderr), "\n"), "\n")
	for _, l := range lines {
		if strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "fatal error: ") {
			return truncate(strings.TrimSpace(l), 160)
		}
	}
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return truncate(l, 160)
		}
	}
	return ""
}

// firstDifference describes where got departs from want, line by line.
func firstDifference(got, want []byte) string {
	g := strings.Split(string(got), "\n")
	w := strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		var gok, wok bool
		if i < len(g) {
			gl, gok = g[i], true
		}
		if i < len(w) {
			wl, wok = w[i], true
		}
		if gok && wok && gl == wl {
			continue
		}
		switch {
		case !gok:
			return fmt.Sprintf("output line %d missing (want %q)", i+1, truncate(wl, 60))
		case !wok:
			return fmt.Sprintf("extra output line %d: %q", i+1, truncate(gl, 60))
		}
		return fmt.Sprintf("output line %d: got %q, want %q", i+1, truncate(gl, 60), truncate(wl, 60))
	}
	return "output differs"
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "..."
}
