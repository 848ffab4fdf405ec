// Command parsebench times minipy's parser against CPython's over the whole
// standard library (issue 3, `make parsebench`): every .py file under
// python3's stdlib dir (site-packages excluded) is read into memory first,
// then parser.ParseFile runs over all of them, best of -rounds rounds, and
// python3 does the same with ast.parse in the same run (one python3 process
// per round, rounds alternating with minipy's so that both see the same
// load on a shared machine; file reading untimed). It prints lines per
// second for each, the throughput ratio, and Go's allocations per line
// (runtime.MemStats over one round).
//
// parsebench is a benchmark, not a test: it never fails on a slow result.
// It imports lang/parser and the parsetest helpers; nothing imports it.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"minipy/lang/parser"
	"minipy/lang/parser/parsetest"
)

// pyBench reads the files named on stdin (JSON list) into memory, then times
// ast.parse over all of them, best of N rounds, and prints the best time in
// seconds.
const pyBench = `
import ast, json, sys, time
names = json.load(sys.stdin)
rounds = int(sys.argv[1])
srcs = []
for n in names:
    with open(n, 'rb') as f:
        srcs.append((n, f.read()))
best = None
for _ in range(rounds):
    t0 = time.perf_counter()
    for n, s in srcs:
        try:
            ast.parse(s, n)
        except (SyntaxError, ValueError):
            pass
    dt = time.perf_counter() - t0
    best = dt if best is None else min(best, dt)
print(best)
`

type file struct {
	name string
	src  []byte
}

// pythonRound times one round of ast.parse over the files in a fresh python3
// (reading the files is not timed).
func pythonRound(py string, names []string) (time.Duration, error) {
	in, _ := json.Marshal(names)
	cmd := exec.Command(py, "-c", pyBench, "1")
	cmd.Stdin = bytes.NewReader(in)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return 0, fmt.Errorf("python3: %v", err)
	}
	secs, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	if err != nil {
		return 0, fmt.Errorf("python3 printed %q", out)
	}
	return time.Duration(secs * float64(time.Second)), nil
}

func main() {
	rounds := flag.Int("rounds", 3, "timed rounds for each parser; the best counts")
	noPython := flag.Bool("nopython", false, "time minipy only")
	flag.Parse()
	if err := run(*rounds, !*noPython); err != nil {
		fmt.Fprintln(os.Stderr, "parsebench:", err)
		os.Exit(1)
	}
}

func run(rounds int, withPython bool) error {
	py, err := parsetest.FindPython()
	if err != nil {
		return err
	}
	root, err := parsetest.StdlibDir(py)
	if err != nil {
		return err
	}
	rel, err := parsetest.StdlibFiles(root)
	if err != nil {
		return err
	}
	files := make([]file, len(rel))
	var lines, size int
	for i, r := range rel {
		name := filepath.Join(root, filepath.FromSlash(r))
		src, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		files[i] = file{name, src}
		size += len(src)
		lines += bytes.Count(src, []byte("\n"))
		if len(src) > 0 && src[len(src)-1] != '\n' {
			lines++
		}
	}
	fmt.Printf("stdlib: %s\nfiles: %d, lines: %d, bytes: %d\n", root, len(files), lines, size)

	// Rounds alternate between minipy and CPython so that both see the same
	// machine load (the machine is shared); each keeps its best round.
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.name
	}
	var best, pyBest time.Duration
	var rejected int
	var ms0, ms1 runtime.MemStats
	for r := range rounds {
		runtime.GC()
		if r == 0 {
			runtime.ReadMemStats(&ms0)
		}
		rejected = 0
		t0 := time.Now()
		for _, f := range files {
			if _, err := parser.ParseFile(f.name, f.src); err != nil {
				rejected++
			}
		}
		dt := time.Since(t0)
		if r == 0 {
			runtime.ReadMemStats(&ms1)
		}
		if r == 0 || dt < best {
			best = dt
		}
		if withPython {
			pdt, err := pythonRound(py, names)
			if err != nil {
				return err
			}
			if r == 0 || pdt < pyBest {
				pyBest = pdt
			}
		}
	}
	goRate := float64(lines) / best.Seconds()
	fmt.Printf("minipy  parser.ParseFile: best of %d %8.3fs %12.0f lines/s  (%d files rejected)\n",
		rounds, best.Seconds(), goRate, rejected)
	fmt.Printf("Go allocations: %.2f allocs/line, %.0f bytes/line (one round)\n",
		float64(ms1.Mallocs-ms0.Mallocs)/float64(lines), float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(lines))
	if !withPython {
		return nil
	}
	pyRate := float64(lines) / pyBest.Seconds()
	fmt.Printf("CPython ast.parse:        best of %d %8.3fs %12.0f lines/s\n", rounds, pyBest.Seconds(), pyRate)
	fmt.Printf("ratio (minipy/CPython lines/s): %.2fx\n", goRate/pyRate)
	return nil
}
