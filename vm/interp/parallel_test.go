package interp

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minipy/internal/pyref"
)

// TestParallelInterpreters runs K interpreters at once, each in its own
// goroutine, over a mix of golden scripts (every script of programs and
// classes, and a sample of the other directories), each worker in its
// own order and every other one under the debug allocator. Every run must
// print its golden output and leave its heap empty after Close. Run under
// `go test -race` (make racetest) it shows that interpreters share nothing
// but the static immortals, which nobody writes: any write to shared state
// by two interpreters is a race report.
//
// MINIPY_PARALLEL_K sets K (default 4); MINIPY_PARALLEL_ALL=1 runs every
// golden script in every worker (slow under -race); MINIPY_PARALLEL_ONLY
// keeps the scripts whose path starts with its value.
func TestParallelInterpreters(t *testing.T) {
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	scripts := parallelScripts(t, root, os.Getenv("MINIPY_PARALLEL_ALL") == "1")
	k := 4
	if s := os.Getenv("MINIPY_PARALLEL_K"); s != "" {
		if k, err = strconv.Atoi(s); err != nil || k < 1 {
			t.Fatalf("MINIPY_PARALLEL_K=%q", s)
		}
	}
	if testing.Short() {
		k = 2
	}
	t.Logf("%d interpreters in parallel (GOMAXPROCS %d), %d scripts each", k, runtime.GOMAXPROCS(0), len(scripts))
	var wg sync.WaitGroup
	for w := 0; w < k; w++ {
		order := append([]string(nil), scripts...)
		rand.New(rand.NewSource(int64(w)+1)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		debug := w%2 == 1
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, rel := range order {
				mu, _ := scriptLocks.LoadOrStore(rel, new(sync.Mutex))
				mu.(*sync.Mutex).Lock()
				err := runGoldenOnce(root, rel, debug)
				mu.(*sync.Mutex).Unlock()
				if err != nil {
					t.Errorf("worker %d (debug allocator %v): %v", w, debug, err)
				}
			}
		}()
	}
	wg.Wait()
}

// scriptLocks keeps two interpreters from running the same script at
// once: some scripts write a file of a fixed name in the working
// directory, which the process's interpreters share as CPython's do.
var scriptLocks sync.Map

// parallelScripts is the mix TestParallelInterpreters runs: every script
// of testdata/golden/{programs,classes} and of testdata/minipy (the
// immortals: finalization's walk over what they reach), every fourth
// script of the others (all of them with all set), and parallelAlways.
func parallelScripts(t *testing.T, root string, all bool) []string {
	var out []string
	for i, rel := range goldenScripts(t, root) {
		dir := filepath.Base(filepath.Dir(rel))
		if all || dir == "programs" || dir == "classes" || strings.HasPrefix(rel, "testdata/minipy/") || i%4 == 0 || parallelAlways[rel] {
			out = append(out, rel)
		}
	}
	if only := os.Getenv("MINIPY_PARALLEL_ONLY"); only != "" {
		out = slices.DeleteFunc(out, func(rel string) bool { return !strings.HasPrefix(rel, only) })
	}
	sort.Strings(out)
	return out
}

// parallelAlways are scripts written for this test: they touch the static
// types and immortals in every way a program can.
var parallelAlways = map[string]bool{
	"testdata/golden/types/static_shared.py": true,
}

// runGoldenOnce runs one golden script in a fresh interpreter, compares
// its output with the golden files and checks the heap is empty after
// Close. It may run on any goroutine (no *testing.T).
func runGoldenOnce(root, rel string, debug bool) error {
	base := filepath.Join(root, strings.TrimSuffix(rel, ".py"))
	want, err := loadGolden(base)
	if err != nil {
		return err
	}
	var stdout, stderr bytes.Buffer
	path := filepath.Join(root, rel)
	in, err := New(Config{Debug: debug, Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""), Argv: []string{path}})
	if err != nil {
		return fmt.Errorf("%s: creating an interpreter: %v", rel, err)
	}
	exit, err := in.RunFile(path)
	if err != nil {
		in.Close()
		return fmt.Errorf("running %s: %v", rel, err)
	}
	leak := in.Close()
	got := normalise(root, result{stdout.String(), stderr.String(), exit})
	if diff := cmp.Diff(want, got); diff != "" {
		return fmt.Errorf("%s: output differs from the golden files (-want +got):\n%s", rel, diff)
	}
	if leak != nil {
		return fmt.Errorf("%s: %v", rel, leak)
	}
	return nil
}

// loadGolden is readGolden without a *testing.T.
func loadGolden(base string) (result, error) {
	var r result
	b, err := os.ReadFile(base + ".out")
	if err != nil {
		return r, err
	}
	r.Stdout = string(b)
	if b, err := os.ReadFile(base + ".err"); err == nil {
		r.Stderr = string(b)
	}
	if b, err := os.ReadFile(base + ".exitcode"); err == nil {
		if r.Exit, err = strconv.Atoi(strings.TrimSpace(string(b))); err != nil {
			return r, fmt.Errorf("%s.exitcode: %v", base, err)
		}
	}
	return r, nil
}
