// Package pyref finds and runs the reference CPython (python3, 3.11) for
// minipy's differential tests, and locates the files those tests compare.
//
// Every expected value in minipy's tests comes from CPython, never from
// hand-written strings. Without python3 3.11 a test that needs it is skipped
// on a developer's machine but fails under CI=true, so CI can never pass
// without the comparison having run.
//
// Only tests (and test tools such as cmd/parsebench) import this package.
package pyref

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

var (
	findOnce sync.Once
	found    string
	findErr  error
)

// Find returns the path of python3 (or $PYTHON) if it is CPython 3.11.
func Find() (string, error) {
	findOnce.Do(func() {
		py := os.Getenv("PYTHON")
		if py == "" {
			py = "python3"
		}
		path, err := exec.LookPath(py)
		if err != nil {
			findErr = err
			return
		}
		out, err := exec.Command(path, "-c", "import sys; print('%d.%d' % sys.version_info[:2])").Output()
		if err != nil {
			findErr = fmt.Errorf("%s: %v", path, err)
			return
		}
		if v := strings.TrimSpace(string(out)); v != "3.11" {
			findErr = fmt.Errorf("%s is Python %s, not 3.11", path, v)
			return
		}
		found = path
	})
	return found, findErr
}

// Require returns python3's path, or ends the test: a skip locally, a
// failure under CI=true.
func Require(t testing.TB) string {
	t.Helper()
	py, err := Find()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true and no python3 3.11 (%v): cannot check against CPython", err)
		}
		t.Skipf("no python3 3.11 (%v); under CI=true this fails", err)
	}
	return py
}

// Run runs `python3 -c script args...` with stdin and returns its stdout,
// with PYTHONHASHSEED=0 and UTF-8 I/O so that output is reproducible.
func Run(t testing.TB, script string, stdin []byte, args ...string) []byte {
	t.Helper()
	py := Require(t)
	cmd := exec.Command(py, append([]string{"-c", script}, args...)...)
	cmd.Stdin = bytes.NewReader(stdin)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONHASHSEED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	return out
}

// Lines splits python's output on '\n' only (never on other line breaks).
func Lines(out []byte) []string {
	s := strings.TrimSuffix(string(out), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// StdlibDir returns the directory of python's standard library.
func StdlibDir(python string) (string, error) {
	out, err := exec.Command(python, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		return "", fmt.Errorf("%s: %v", python, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// StdlibFiles returns every .py file under dir, site-packages excluded, as
// sorted slash-separated paths relative to dir.
func StdlibFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			rel, err := filepath.Rel(dir, path)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// ReadList reads a file list (one path a line, # comments and blank lines
// ignored), as testdata/parsecheck/files.txt.
func ReadList(name string) ([]string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out, nil
}

// RepoRoot returns the root of the minipy module, found by walking up from
// the working directory to the go.mod that declares it.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(b), "module minipy\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the minipy module")
		}
		dir = parent
	}
}
