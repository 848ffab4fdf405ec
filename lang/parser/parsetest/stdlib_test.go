package parsetest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var all = flag.Bool("all", false, "TestParseCheckAll: parse the whole stdlib (make parsecheck)")

// requirePython returns python3 3.11, or skips; under CI=true it fails
// instead, so that CI can never pass without the reference.
func requirePython(t testing.TB) string {
	t.Helper()
	py, err := FindPython()
	if err == nil {
		return py
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true and no python3 3.11: %v", err)
	}
	t.Skipf("no python3 3.11 (%v); under CI=true this test fails", err)
	return ""
}

// parseCheck compares minipy with CPython over paths (relative to the stdlib
// dir) and prints "N passed, M failed", then the failures.
func parseCheck(t *testing.T, paths []string) {
	py := requirePython(t)
	root, err := StdlibDir(py)
	if err != nil {
		t.Fatal(err)
	}
	var passed, rejected int
	var failed []string
	err = RunPyAST(py, root, paths, func(rec Record) error {
		if msg := Check(root, rec); msg != "" {
			failed = append(failed, rec.Path+": "+msg)
			return nil
		}
		passed++
		if !rec.OK {
			rejected++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	summary := fmt.Sprintf("%d passed, %d failed (of %d files; %d of the passes are files CPython rejects, rejected at the same line)",
		passed, len(failed), len(paths), rejected)
	fmt.Println(summary)
	if passed+len(failed) != len(paths) {
		t.Errorf("pyast.py returned %d records for %d files", passed+len(failed), len(paths))
	}
	if len(failed) > 0 {
		const detailed = 25
		var b strings.Builder
		for i, f := range failed {
			if i == detailed {
				fmt.Fprintf(&b, "... and %d more:\n", len(failed)-detailed)
			}
			if i >= detailed {
				f, _, _ = strings.Cut(f, "\n")
			}
			b.WriteString(f)
			b.WriteByte('\n')
		}
		t.Errorf("%s\n%s", summary, b.String())
	}
}

// TestParseCheckSample is the differential test inside `make test`: the
// fixed sample testdata/parsecheck/files.txt (tools/pick_parsecheck.py).
func TestParseCheckSample(t *testing.T) {
	repo, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	paths, err := ReadList(filepath.Join(repo, "testdata", "parsecheck", "files.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 200 {
		t.Fatalf("files.txt lists %d files, want at least 200", len(paths))
	}
	parseCheck(t, paths)
}

// TestParseCheckAll parses every stdlib file (make parsecheck). It runs only
// with -all, being too slow for `make test`.
func TestParseCheckAll(t *testing.T) {
	if !*all {
		t.Skip("whole-stdlib run: go test -run TestParseCheckAll -args -all (make parsecheck)")
	}
	py := requirePython(t)
	root, err := StdlibDir(py)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := StdlibFiles(root)
	if err != nil {
		t.Fatal(err)
	}
	parseCheck(t, paths)
}
