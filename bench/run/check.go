package main

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"time"
)

// Bounds on a program's CPU time under python3 in -check mode. CPU time
// rather than elapsed time, so that a busy machine does not fail the check.
const (
	minCPU      = 500 * time.Millisecond
	maxCPU      = 3 * time.Second
	maxOutLines = 10
)

// checkPrograms checks each program under python3: it imports only allowed
// modules, has a header comment saying what it measures, prints the same
// short non-empty output under two hash seeds, and takes minCPU to maxCPU.
// It prints one line per program and reports whether all passed.
func checkPrograms(w io.Writer, progs []program, python []string, version string, timeout time.Duration) bool {
	fmt.Fprintf(w, "checking %d programs under %s (%s)\n", len(progs), strings.Join(python, " "), version)
	seed0 := newRunner(timeout)
	seed1 := newRunner(timeout, "PYTHONHASHSEED=1")
	allOK := true
	for _, p := range progs {
		var problems []string
		src, err := readProgram(p)
		if err != nil {
			problems = append(problems, err.Error())
		}
		if bad := badImports(p, src); len(bad) > 0 {
			problems = append(problems, "imports "+strings.Join(bad, ", "))
		}
		if headerComment(src) == "" {
			problems = append(problems, "no header comment saying what it measures")
		}
		argv := slices.Concat(python, []string{p.Path})
		a := seed0.run(argv...)
		b := seed1.run(argv...)
		cpu := min(a.CPU, b.CPU)
		switch {
		case a.Err != nil:
			problems = append(problems, "python3 "+a.describe())
		case b.Err != nil:
			problems = append(problems, "python3 (PYTHONHASHSEED=1) "+b.describe())
		case !bytes.Equal(a.Stdout, b.Stdout):
			problems = append(problems, "output depends on the hash seed: "+firstDifference(b.Stdout, a.Stdout))
		default:
			n := strings.Count(string(a.Stdout), "\n")
			if n == 0 || n > maxOutLines {
				problems = append(problems, fmt.Sprintf("%d output lines, want 1 to %d", n, maxOutLines))
			}
			if cpu < minCPU || cpu > maxCPU {
				problems = append(problems, fmt.Sprintf("%.2fs of CPU, want %v to %v", cpu.Seconds(), minCPU, maxCPU))
			}
		}
		status := "ok  "
		if len(problems) > 0 {
			status = "FAIL"
			allOK = false
		}
		line := fmt.Sprintf("%s %-16s cpu %.2fs  wall %.2fs  %s", status, p.Name, cpu.Seconds(),
			min(a.Wall, b.Wall).Seconds(), strings.Join(problems, "; "))
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	return allOK
}

func numCPU() int { return runtime.NumCPU() }
