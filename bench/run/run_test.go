package main

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"
	"time"
)

// These tests check the harness's own logic and the programs' source. They
// run no interpreter: timing belongs to `make bench`, and the programs'
// behaviour under python3 to `make benchcheck` (go run ./bench/run -check).

func TestProgramsSource(t *testing.T) {
	progs, err := findPrograms("..", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) < 12 {
		t.Errorf("%d programs under bench/, want at least 12", len(progs))
	}
	for _, p := range progs {
		src, err := os.ReadFile(p.Path)
		if err != nil {
			t.Fatal(err)
		}
		if bad := badImports(p, src); len(bad) > 0 {
			t.Errorf("%s imports %v; only sys, math and time are allowed", p.Name, bad)
		}
		if headerComment(src) == "" {
			t.Errorf("%s has no header comment saying what it measures", p.Name)
		}
		if !bytes.Contains(src, []byte("print(")) {
			t.Errorf("%s prints nothing to check its work by", p.Name)
		}
	}
}

func TestFindProgramsFilter(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.py", "a.py", "c.txt"} {
		if err := os.WriteFile(dir+"/"+n, []byte("print(1)\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	progs, err := findPrograms(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) != 2 || progs[0].Name != "a" || progs[1].Name != "b" {
		t.Errorf("findPrograms = %+v, want a, b in order", progs)
	}
	if _, err := findPrograms(t.TempDir(), nil); err == nil {
		t.Error("findPrograms on an empty directory: no error")
	}
}

func TestCheckImports(t *testing.T) {
	src := "import sys\nimport math as m, time\nfrom math import sqrt\n  import os.path\nfrom collections import deque\n# import re is a comment\nx = 'import json'\n"
	got := strings.Join(checkImports([]byte(src)), ",")
	if got != "os.path,collections" {
		t.Errorf("checkImports = %q, want %q", got, "os.path,collections")
	}
}

func TestSummarize(t *testing.T) {
	rows := []row{
		{Name: "a", Py: time.Second, Mini: 2 * time.Second},
		{Name: "b", Py: 2 * time.Second, Mini: time.Second},
		{Name: "c", Py: time.Second, Mini: 4 * time.Second},
		{Name: "d", Py: time.Second, Failure: "minipy exit status 1: NameError"},
		{Name: "e", Failure: "python3 failed"},
	}
	s := summarize(rows)
	// (2 * 0.5 * 4) ** (1/3)
	if want := math.Cbrt(4); math.Abs(s.Geomean-want) > 1e-12 {
		t.Errorf("geomean = %v, want %v", s.Geomean, want)
	}
	if s.Measured != 3 || s.Total != 5 || s.Worst != "c" || s.WorstRatio != 4 {
		t.Errorf("summary = %+v", s)
	}
	if strings.Join(s.Failed, ",") != "d,e" {
		t.Errorf("failed = %v, want d, e", s.Failed)
	}
	if str := s.String(); !strings.Contains(str, "1.59x over 3 of 5 programs") || !strings.Contains(str, "not measured (2): d, e") {
		t.Errorf("summary text:\n%s", str)
	}
	if s := summarize(rows[3:]); !math.IsNaN(s.Geomean) || !strings.Contains(s.String(), "none") {
		t.Errorf("all failed: %+v %q", s, s.String())
	}
}

func TestTableLine(t *testing.T) {
	var b bytes.Buffer
	tb := newTable(&b, []string{"fib", "spectral_norm"})
	tb.header()
	tb.line(row{Name: "fib", Py: 1500 * time.Millisecond, Mini: 3 * time.Second})
	tb.line(row{Name: "spectral_norm", Py: time.Second, Failure: "minipy exit status 1: boom"})
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("table:\n%s", b.String())
	}
	for _, want := range []string{"fib", "1.500s", "3.000s", "2.00x"} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("row %q lacks %q", lines[1], want)
		}
	}
	if !strings.Contains(lines[2], "FAIL  minipy exit status 1: boom") || !strings.Contains(lines[2], "  -  ") {
		t.Errorf("failed row %q", lines[2])
	}
	if i, j := strings.Index(lines[0], "python3"), strings.Index(lines[1], "1.500s"); i+len("python3") != j+len("1.500s") {
		t.Errorf("columns not aligned:\n%s", b.String())
	}
}

func TestErrorLine(t *testing.T) {
	tb := "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nNameError: name 'sum' is not defined\n\n"
	if got := errorLine([]byte(tb)); got != "NameError: name 'sum' is not defined" {
		t.Errorf("errorLine(traceback) = %q", got)
	}
	panicText := "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n\t/x/main.go:5 +0x1d\nexit status 2\n"
	if got := errorLine([]byte(panicText)); got != "panic: runtime error: index out of range [3] with length 3" {
		t.Errorf("errorLine(panic) = %q", got)
	}
	if got := errorLine(nil); got != "" {
		t.Errorf("errorLine(nil) = %q", got)
	}
}

func TestFirstDifference(t *testing.T) {
	for _, c := range []struct{ got, want, says string }{
		{"a\nb\n", "a\nc\n", `output line 2: got "b", want "c"`},
		{"a\n", "a\nb\n", `output line 2: got "", want "b"`},
		{"a", "a\n", `output line 2 missing (want "")`},
		{"a\nb\nc", "a\nb", `extra output line 3: "c"`},
	} {
		if got := firstDifference([]byte(c.got), []byte(c.want)); got != c.says {
			t.Errorf("firstDifference(%q, %q) = %q, want %q", c.got, c.want, got, c.says)
		}
	}
}

func TestRunnerDescribesFailure(t *testing.T) {
	// /bin/sh stands in for an interpreter: the runner's job is the exit
	// status and stderr, whatever the program.
	r := newRunner(5 * time.Second)
	o := r.run("/bin/sh", "-c", "echo out; echo 'Traceback' >&2; echo 'ValueError: bad' >&2; exit 1")
	if o.Err == nil || string(o.Stdout) != "out\n" {
		t.Fatalf("run = %+v", o)
	}
	if got := o.describe(); got != "exit status 1: ValueError: bad" {
		t.Errorf("describe = %q", got)
	}
	if o := r.run("/bin/sh", "-c", "echo $PYTHONHASHSEED"); o.Err != nil || string(o.Stdout) != "0\n" {
		t.Errorf("PYTHONHASHSEED not 0 in the child: %+v", o)
	}
	short := newRunner(50 * time.Millisecond)
	if o := short.run("/bin/sh", "-c", "sleep 5"); o.Err == nil || !strings.Contains(o.describe(), "timed out") {
		t.Errorf("timeout: %+v, %q", o, o.describe())
	}
}
