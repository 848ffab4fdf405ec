// Package sidebyside holds what the side-by-side benchmark commands
// (bench/xinterp, bench/proxy) share: building minipy, running a benchmark
// program under an interpreter and reading its "name value unit" lines,
// and the machine's load average printed around a run.
package sidebyside

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// BuildMinipy builds ./cmd/minipy into path, its output on stderr.
func BuildMinipy(path string) error {
	b := exec.Command("go", "build", "-o", path, "./cmd/minipy")
	b.Stdout, b.Stderr = os.Stderr, os.Stderr
	return b.Run()
}

// Line is one "name value unit" line of a benchmark program's output.
type Line struct {
	Name  string
	Value float64
}

// Lines runs bin once with args (PYTHONHASHSEED=0) and returns its
// "name value unit" lines in order. With nice, the child runs in a
// session of its own whose autogroup gets the highest weight (Linux, as
// root; best effort): on a loaded machine a parallel run is otherwise
// bounded by the one share its session gets.
func Lines(bin string, args []string, nice bool, timeout time.Duration) ([]Line, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if nice {
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	if nice {
		_ = os.WriteFile(fmt.Sprintf("/proc/%d/autogroup", cmd.Process.Pid), []byte("-20"), 0)
	}
	if err := cmd.Wait(); err != nil {
		return nil, fmt.Errorf("%v: %s", err, lastLine(errb.String()))
	}
	var lines []Line
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		if v, err := strconv.ParseFloat(f[1], 64); err == nil {
			lines = append(lines, Line{f[0], v})
		}
	}
	return lines, nil
}

// Values is Lines as a map from name to value (the last line of a name wins).
func Values(bin string, args []string, nice bool, timeout time.Duration) (map[string]float64, error) {
	lines, err := Lines(bin, args, nice, timeout)
	if err != nil {
		return nil, err
	}
	vals := map[string]float64{}
	for _, l := range lines {
		vals[l.Name] = l.Value
	}
	return vals, nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// LoadAvg is the content of /proc/loadavg (a line), or "unknown".
func LoadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown\n"
	}
	return string(b)
}
