// Command proxy runs the shared object proxy benchmark
// (bench/interp/proxybench.py: a small method called directly, through
// Interpreter.call, and through a SharedObjectProxy from a
// sub-interpreter) under CPython 3.14 and minipy in the same run,
// alternating, and prints the best of N runs of each side by side with
// issue 8's ratios (`make benchproxy`):
//
//	go run ./bench/proxy [-n 3] [-python314 PATH] [-minipy BIN] [-quick]
//
// The script times itself (perf_counter and process_time inside the
// program), so start-up is not counted; each metric's best is the
// smallest of the N runs. CPU time is shown beside wall time: on a loaded
// machine it is the figure the load disturbs least. Exits 1 when a run
// fails or when the proxied call takes more than a tenth of 3.14's
// Interpreter.call (the acceptance bound).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"minipy/bench/internal/sidebyside"
)

var rows = []struct{ name, label string }{
	{"direct", "direct method call, 1 interpreter"},
	{"direct_cpu", "  CPU time"},
	{"call", "Interpreter.call(add, 1, 2)"},
	{"call_cpu", "  CPU time"},
	{"proxied", "proxied method call from a sub"},
	{"proxied_cpu", "  CPU time"},
}

func main() {
	n := flag.Int("n", 3, "runs of each interpreter; the best counts")
	py := flag.String("python314", "/root/.cache/minipy/cpython314/bin/python3.14", "CPython 3.14")
	mp := flag.String("minipy", "", "minipy binary (default: build ./cmd/minipy into bin/minipy)")
	script := flag.String("script", "bench/interp/proxybench.py", "the benchmark program")
	quick := flag.Bool("quick", false, "smaller counts (a smoke run)")
	timeout := flag.Duration("timeout", 5*time.Minute, "limit on one run")
	flag.Parse()

	if *mp == "" {
		*mp = "bin/minipy"
		if err := sidebyside.BuildMinipy(*mp); err != nil {
			fmt.Fprintln(os.Stderr, "building minipy:", err)
			os.Exit(1)
		}
	}
	sides := []string{"3.14", "minipy"}
	if _, err := os.Stat(*py); err != nil {
		sides = sides[1:]
		fmt.Printf("CPython 3.14 not found at %s: its column is skipped (../shared/tools/install-cpython314.sh installs it)\n", *py)
	}
	args := []string{*script}
	if *quick {
		args = append(args, "quick")
	}
	fmt.Printf("load average before: %s", sidebyside.LoadAvg())
	best := map[string]map[string]float64{"3.14": {}, "minipy": {}}
	failed := false
	for i := 0; i < *n; i++ {
		for _, side := range sides {
			bin := *mp
			if side == "3.14" {
				bin = *py
			}
			vals, err := sidebyside.Values(bin, args, false, *timeout)
			if err != nil {
				fmt.Fprintf(os.Stderr, "%s run %d: %v\n", side, i+1, err)
				failed = true
				continue
			}
			for k, v := range vals {
				if old, seen := best[side][k]; !seen || v < old {
					best[side][k] = v
				}
			}
		}
	}
	fmt.Printf("load average after:  %s", sidebyside.LoadAvg())
	fmt.Printf("best of %d runs each, alternating; microseconds per call, measured inside the program\n\n", *n)
	fmt.Printf("%-36s %12s %12s\n", "benchmark", "3.14", "minipy")
	for _, r := range rows {
		fmt.Printf("%-36s %12s %12s\n", r.label, format(best["3.14"], r.name), format(best["minipy"], r.name))
	}
	fmt.Println()
	m, c := best["minipy"], best["3.14"]
	for _, suffix := range []string{"", "_cpu"} {
		what := "wall"
		if suffix != "" {
			what = "CPU"
		}
		p, okP := m["proxied"+suffix]
		if !okP {
			continue
		}
		line := func(label, value string) { fmt.Printf("%-4s %-44s %s\n", what, label, value) }
		line("proxied call (target 2 us)", fmt.Sprintf("%.2f us", p))
		if d := m["direct"+suffix]; d > 0 {
			line("proxied / direct call (minipy)", fmt.Sprintf("%.1fx", p/d))
		}
		if mc := m["call"+suffix]; mc > 0 {
			line("proxied / Interpreter.call (minipy)", fmt.Sprintf("%.4f", p/mc))
		}
		if cc := c["call"+suffix]; cc > 0 {
			verdict := "holds"
			if p > cc/10 {
				verdict, failed = "DOES NOT HOLD", true
			}
			line("proxied (minipy) / Interpreter.call (3.14)", fmt.Sprintf("%.4f (must be <= 0.1: %s)", p/cc, verdict))
		}
	}
	if failed {
		os.Exit(1)
	}
}

func format(vals map[string]float64, name string) string {
	v, ok := vals[name]
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.2f us", v)
}
