package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// allowedImports are the only modules a benchmark program may import: the
// programs measure the language and its builtins, not a library.
var allowedImports = map[string]bool{"sys": true, "math": true, "time": true}

// libraryImports are the exceptions: a program that measures one standard
// module against CPython's C implementation of it may import that module
// (regex.py: re, whose engine is Go in minipy and C in CPython).
var libraryImports = map[string]map[string]bool{"regex": {"re": true}}

// badImports is checkImports less the library program's own module.
func badImports(p program, src []byte) []string {
	var out []string
	for _, m := range checkImports(src) {
		if !libraryImports[p.Name][strings.SplitN(m, ".", 2)[0]] {
			out = append(out, m)
		}
	}
	return out
}

// program is one benchmark program: bench/NAME.py.
type program struct {
	Name string // file name without .py
	Path string // absolute path
}

// findPrograms returns the bench programs in dir (every *.py directly in it),
// sorted by name, keeping those whose name matches filter (nil keeps all).
func findPrograms(dir string, filter *regexp.Regexp) ([]program, error) {
	matches, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, err
	}
	var progs []program
	for _, m := range matches {
		abs, err := filepath.Abs(m)
		if err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(filepath.Base(m), ".py")
		if filter != nil && !filter.MatchString(name) {
			continue
		}
		progs = append(progs, program{Name: name, Path: abs})
	}
	sort.Slice(progs, func(i, j int) bool { return progs[i].Name < progs[j].Name })
	if len(progs) == 0 {
		return nil, fmt.Errorf("no benchmark programs (*.py) in %s", dir)
	}
	return progs, nil
}

var importLine = regexp.MustCompile(`^\s*(?:import\s+([\w., ]+)|from\s+([\w.]+)\s+import\b)`)

// checkImports returns the modules src imports that are not allowed. It
// reads import statements line by line, which is enough for the plain
// programs under bench/ (a multi-line or conditional import would still be
// seen by its first line).
func checkImports(src []byte) []string {
	var bad []string
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		m := importLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		mods := []string{m[2]}
		if m[1] != "" {
			mods = strings.Split(m[1], ",")
		}
		for _, mod := range mods {
			f := strings.Fields(mod) // "math as m" -> "math"
			if len(f) == 0 {
				continue
			}
			top := strings.SplitN(f[0], ".", 2)[0]
			if !allowedImports[top] {
				bad = append(bad, f[0])
			}
		}
	}
	return bad
}

// headerComment returns the program's leading comment block (its "what this
// measures"), with the '#' markers removed, or "" if it has none.
func headerComment(src []byte) string {
	var lines []string
	for _, l := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "#") {
			break
		}
		lines = append(lines, strings.TrimSpace(strings.TrimPrefix(t, "#")))
	}
	return strings.Join(lines, " ")
}

// readProgram reads p's source.
func readProgram(p program) ([]byte, error) {
	return os.ReadFile(p.Path)
}
