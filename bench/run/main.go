package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"minipy/internal/pyref"
)

func main() {
	var (
		runs     = flag.Int("n", 3, "runs per program and interpreter; the best time counts")
		python   = flag.String("python", envOr("PYTHON", "python3"), "reference python (resolved to sys.executable)")
		minipy   = flag.String("minipy", "", "minipy binary to time (default: build ./cmd/minipy into bin/minipy)")
		goTool   = flag.String("go", envOr("GO", "go"), "go command used to build minipy")
		filter   = flag.String("run", "", "only programs whose name matches this regexp")
		timeout  = flag.Duration("timeout", 60*time.Second, "limit on one run of one program")
		clock    = flag.String("clock", "wall", "what is timed: wall (elapsed) or cpu (user+system of the process)")
		check    = flag.Bool("check", false, "check the programs under python3 only (deterministic, 0.5-3 s, imports); no minipy")
		startups = flag.Int("startup", 10, "runs of `-c pass` for the start-up line; the best counts")
		pyFlags  = flag.String("pyflags", "-S", "options given to python3 before the program (space-separated); -S skips the site module, see doc.go")
	)
	flag.Parse()
	if *runs < 1 || *startups < 1 || (*clock != "wall" && *clock != "cpu") {
		flag.Usage()
		os.Exit(2)
	}
	var re *regexp.Regexp
	if *filter != "" {
		var err error
		if re, err = regexp.Compile(*filter); err != nil {
			fatal(err)
		}
	}
	root, err := pyref.RepoRoot()
	if err != nil {
		fatal(err)
	}
	progs, err := findPrograms(filepath.Join(root, "bench"), re)
	if err != nil {
		fatal(err)
	}
	py, version, err := resolvePython(*python)
	if err != nil {
		fatal(err)
	}
	pyArgv := append([]string{py}, strings.Fields(*pyFlags)...)
	if *check {
		if !checkPrograms(os.Stdout, progs, pyArgv, version, *timeout) {
			os.Exit(1)
		}
		return
	}
	mp := *minipy
	if mp == "" {
		if mp, err = buildMinipy(root, *goTool); err != nil {
			fatal(err)
		}
	}
	b := bench{
		out: os.Stdout, r: newRunner(*timeout), runs: *runs, cpu: *clock == "cpu",
		python: pyArgv, minipy: mp,
	}
	fmt.Printf("minipy bench: best %s time of -n %d runs per program and interpreter, alternating; python3 = %s (%s); minipy = %s\n",
		*clock, *runs, strings.Join(pyArgv, " "), version, relTo(root, mp))
	fmt.Printf("load average at start: %s\n", loadAverage())
	if !b.all(progs, *startups) {
		os.Exit(1)
	}
}

// bench holds what one `make bench` run needs.
type bench struct {
	out    io.Writer
	r      *runner
	runs   int
	cpu    bool
	python []string // python3's executable and its -pyflags
	minipy string
}

func (b *bench) elapsed(o outcome) time.Duration {
	if b.cpu {
		return o.CPU
	}
	return o.Wall
}

// all measures every program, printing each row as soon as it is done, then
// the summary and the start-up line. It reports whether every program was
// measured.
func (b *bench) all(progs []program, startups int) bool {
	names := make([]string, len(progs))
	for i, p := range progs {
		names[i] = p.Name
	}
	t := newTable(b.out, names)
	t.header()
	rows := make([]row, 0, len(progs))
	for _, p := range progs {
		r := b.program(p)
		t.line(r)
		rows = append(rows, r)
	}
	s := summarize(rows)
	fmt.Fprintln(b.out, s)
	fmt.Fprintln(b.out, b.startup(startups))
	fmt.Fprintf(b.out, "load average at end: %s\n", loadAverage())
	return len(s.Failed) == 0
}

// program times one program: python3 then minipy, runs times, keeping each
// one's best. python3's first output is the reference. At minipy's first
// failure or mismatch both stop: the row shows python3's time so far and
// the reason.
func (b *bench) program(p program) row {
	r := row{Name: p.Name}
	var want []byte
	for i := 0; i < b.runs; i++ {
		po := b.r.run(slices.Concat(b.python, []string{p.Path})...)
		if po.Err != nil {
			r.Failure = "python3 failed: " + po.describe()
			return r
		}
		if i == 0 {
			want = po.Stdout
		} else if !bytes.Equal(po.Stdout, want) {
			r.Failure = "python3's output changed between runs: not deterministic"
			return r
		}
		if d := b.elapsed(po); r.Py == 0 || d < r.Py {
			r.Py = d
		}
		mo := b.r.run(b.minipy, p.Path)
		switch {
		case mo.Err != nil:
			r.Failure = "minipy " + mo.describe()
			r.Mini = 0
		case !bytes.Equal(mo.Stdout, want):
			r.Failure = "minipy " + firstDifference(mo.Stdout, want)
			r.Mini = 0
		default:
			if d := b.elapsed(mo); r.Mini == 0 || d < r.Mini {
				r.Mini = d
			}
		}
		if r.Failure != "" {
			break
		}
	}
	return r
}

// startup times `-c pass` for both, alternating, best of n. When python3
// runs with -pyflags, its plain start-up is shown too, since that is what a
// user of this installation waits for.
func (b *bench) startup(n int) string {
	type starter struct {
		argv []string
		best time.Duration
		err  string
	}
	py := &starter{argv: slices.Concat(b.python, []string{"-c", "pass"})}
	mp := &starter{argv: []string{b.minipy, "-c", "pass"}}
	all := []*starter{py, mp}
	var plain *starter
	if len(b.python) > 1 {
		plain = &starter{argv: []string{b.python[0], "-c", "pass"}}
		all = append(all, plain)
	}
	for i := 0; i < n; i++ {
		for _, s := range all {
			if s.err != "" {
				continue
			}
			if o := b.r.run(s.argv...); o.Err != nil {
				s.err = o.describe()
			} else if d := b.elapsed(o); s.best == 0 || d < s.best {
				s.best = d
			}
		}
	}
	show := func(s *starter) string {
		if s.err != "" {
			return "failed (" + s.err + ")"
		}
		return fmt.Sprintf("%.1f ms", float64(s.best.Microseconds())/1000)
	}
	line := fmt.Sprintf("start-up (-c pass, best of %d): python3 %s, minipy %s", n, show(py), show(mp))
	if plain != nil {
		line += fmt.Sprintf(" (python3 without %s: %s)", strings.Join(b.python[1:], " "), show(plain))
	}
	return line
}

// resolvePython returns the real executable behind name (a launcher such as
// a pyenv shim adds tens of milliseconds to every run) and its version.
func resolvePython(name string) (exe, version string, err error) {
	path, err := exec.LookPath(name)
	if err != nil {
		return "", "", err
	}
	out, err := exec.Command(path, "-c",
		"import sys, platform; print(sys.executable); print(platform.python_implementation(), platform.python_version())").Output()
	if err != nil {
		return "", "", fmt.Errorf("%s: %v", path, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 || lines[0] == "" {
		return "", "", fmt.Errorf("%s: cannot read sys.executable from %q", path, out)
	}
	version = lines[1]
	if !strings.HasPrefix(version, "CPython 3.11.") {
		fmt.Fprintf(os.Stderr, "bench: warning: %s is %s, not CPython 3.11: ratios are not the ones the acceptance criteria mean\n", lines[0], version)
	}
	return lines[0], version, nil
}

// buildMinipy builds ./cmd/minipy into root/bin/minipy, as `make build` does.
func buildMinipy(root, goTool string) (string, error) {
	bin := filepath.Join(root, "bin", "minipy")
	cmd := exec.Command(goTool, "build", "-o", bin, "./cmd/minipy")
	cmd.Dir = root
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("building minipy: %v", err)
	}
	return bin, nil
}

// loadAverage returns the 1, 5 and 15 minute load averages and the number of
// CPUs, for reading the times against how busy the machine was.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return fmt.Sprintf("%s %s %s (%d CPUs)", f[0], f[1], f[2], numCPU())
}

func relTo(root, path string) string {
	if rel, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(2)
}
