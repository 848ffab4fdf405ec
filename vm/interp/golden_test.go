package interp

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minipy/internal/pyref"
)

// The golden suite: every testdata/golden/**/NAME.py runs in-process, in a
// fresh interpreter, and its stdout, stderr and exit status must equal
// NAME.out, NAME.err and NAME.exitcode (the last two only when the script
// fails on purpose). Those files are what python3 prints: -update writes
// them from python3, and TestGolden checks that they still equal what
// python3 prints, so a golden can never bless behaviour CPython lacks.
// Each script then runs a second time under the debug allocator, and the
// heap must be empty after finalization.
//
// Scripts under testdata/minipy/ test what CPython 3.11 lacks; they have
// goldens too but are not compared with python3 (they assert their own
// results where they can).

var update = flag.Bool("update", false, "rewrite the golden .out/.err/.exitcode files from python3")

// TestMain re-runs the test binary with PYTHONHASHSEED=0: the str hash key
// is read once at start-up, and the goldens are made with the same seed so
// that set and dict orders match CPython's. The code cache
// (lang/codecache) is a fresh directory, removed at the end: a golden's
// modules are compiled in its first run and loaded from the cache in its
// second (under the debug allocator), so both paths are checked, and no
// file is left in the user's cache.
func TestMain(m *testing.M) {
	if os.Getenv("PYTHONHASHSEED") != "0" {
		cache, err := os.MkdirTemp("", "minipy-codecache-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		cmd := exec.Command(os.Args[0], os.Args[1:]...)
		cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "MINIPY_CODECACHE="+cache)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			os.RemoveAll(cache)
			if ee, ok := err.(*exec.ExitError); ok {
				os.Exit(ee.ExitCode())
			}
			os.Exit(1)
		}
		os.RemoveAll(cache)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// result is what a run of a script printed and returned.
type result struct {
	Stdout, Stderr string
	Exit           int
}

func TestGolden(t *testing.T) {
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	scripts := goldenScripts(t, root)
	if len(scripts) == 0 {
		t.Fatal("no golden scripts found under testdata/golden or testdata/minipy")
	}
	for _, rel := range scripts {
		rel := rel
		t.Run(strings.TrimSuffix(rel, ".py"), func(t *testing.T) {
			t.Parallel()
			checkGolden(t, root, rel)
		})
	}
}

// goldenScripts lists the scripts, relative to the repo root.
func goldenScripts(t *testing.T, root string) []string {
	var out []string
	for _, dir := range []string{"testdata/golden", "testdata/minipy"} {
		filepath.WalkDir(filepath.Join(root, dir), func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") && !isHelperModule(path) {
				rel, _ := filepath.Rel(root, path)
				out = append(out, filepath.ToSlash(rel))
			}
			return nil
		})
	}
	sort.Strings(out)
	return out
}

// isHelperModule tells a module that golden scripts import (it lives in a
// directory named *_mods or is a package file) from a script.
func isHelperModule(path string) bool {
	dir := filepath.Base(filepath.Dir(path))
	return strings.HasSuffix(dir, "_mods") || strings.Contains(filepath.ToSlash(path), "_mods/")
}

func checkGolden(t *testing.T, root, rel string) {
	base := filepath.Join(root, strings.TrimSuffix(rel, ".py"))
	cpythonChecked := strings.HasPrefix(rel, "testdata/golden/")
	if cpythonChecked || *update {
		py := pyref.Require(t)
		want := runPython(t, py, root, rel)
		if *update {
			writeGolden(t, base, want)
		}
		if got := readGolden(t, base); !cmp.Equal(got, want) {
			t.Fatalf("the golden files of %s are not what python3 prints (run the test with -update and review the diff):\n%s",
				rel, cmp.Diff(want, got))
		}
	}
	want := readGolden(t, base)
	for _, debug := range []bool{false, true} {
		got, leak := runMinipy(t, root, rel, debug)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (debug allocator %v): output differs from the golden files (-want +got):\n%s", rel, debug, diff)
			return
		}
		if leak != nil {
			t.Errorf("%s (debug allocator %v): %v", rel, debug, leak)
			return
		}
	}
}

// runPython runs the script under python3 from the repo root, with
// PYTHONHASHSEED=0, and normalises the repo root out of its output.
func runPython(t *testing.T, py, root, rel string) result {
	cmd := exec.Command(py, rel)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	exit := 0
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("python3 %s: %v", rel, err)
		}
		exit = ee.ExitCode()
	}
	return normalise(root, result{stdout.String(), stderr.String(), exit})
}

// runMinipy runs the script in a fresh in-process interpreter and closes
// it; leak is the leak report when blocks are left afterwards.
func runMinipy(t *testing.T, root, rel string, debug bool) (res result, leak error) {
	var stdout, stderr bytes.Buffer
	path := filepath.Join(root, rel)
	in, err := New(Config{Debug: debug, Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""), Argv: []string{path}})
	if err != nil {
		t.Fatalf("creating an interpreter: %v", err)
	}
	exit, err := in.RunFile(path)
	if err != nil {
		t.Fatalf("running %s: %v", rel, err)
	}
	leak = in.Close()
	return normalise(root, result{stdout.String(), stderr.String(), exit}), leak
}

// normalise removes the repo root from paths in tracebacks, so goldens do
// not depend on where the repository is checked out.
func normalise(root string, r result) result {
	r.Stdout = strings.ReplaceAll(r.Stdout, root+string(filepath.Separator), "")
	r.Stderr = strings.ReplaceAll(r.Stderr, root+string(filepath.Separator), "")
	return r
}

func readGolden(t *testing.T, base string) result {
	var r result
	b, err := os.ReadFile(base + ".out")
	if err != nil {
		t.Fatalf("missing golden output (run with -update): %v", err)
	}
	r.Stdout = string(b)
	if b, err := os.ReadFile(base + ".err"); err == nil {
		r.Stderr = string(b)
	}
	if b, err := os.ReadFile(base + ".exitcode"); err == nil {
		r.Exit, err = strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil {
			t.Fatalf("%s.exitcode: %v", base, err)
		}
	}
	return r
}

func writeGolden(t *testing.T, base string, r result) {
	write := func(ext, content string, keep bool) {
		name := base + ext
		if !keep {
			os.Remove(name)
			return
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".out", r.Stdout, true)
	write(".err", r.Stderr, r.Stderr != "")
	write(".exitcode", strconv.Itoa(r.Exit)+"\n", r.Exit != 0)
}
