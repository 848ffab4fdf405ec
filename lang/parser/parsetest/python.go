package parsetest

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// FindPython returns the path of python3 (or $PYTHON) if it is CPython 3.11,
// the reference for every expected value here.
func FindPython() (string, error) {
	py := os.Getenv("PYTHON")
	if py == "" {
		py = "python3"
	}
	path, err := exec.LookPath(py)
	if err != nil {
		return "", err
	}
	out, err := exec.Command(path, "-c", "import sys; print('%d.%d' % sys.version_info[:2])").Output()
	if err != nil {
		return "", fmt.Errorf("%s: %v", path, err)
	}
	if v := strings.TrimSpace(string(out)); v != "3.11" {
		return "", fmt.Errorf("%s is Python %s, not 3.11", path, v)
	}
	return path, nil
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

// Record is CPython's verdict on one file, as tools/pyast.py prints it.
type Record struct {
	Path string
	OK   bool
	Dump string // ast.dump(tree, include_attributes=True) when OK

	// When !OK: the exception type (SyntaxError, IndentationError, TabError,
	// or another type with zero positions) and SyntaxError's fields.
	ErrType                              string
	Lineno, Offset, EndLineno, EndOffset int
	Msg                                  string
}

// RunPyAST runs tools/pyast.py over paths (relative to root) in one python
// process and calls fn with each record as it arrives, in order.
func RunPyAST(python, root string, paths []string, fn func(Record) error) error {
	repo, err := RepoRoot()
	if err != nil {
		return err
	}
	list, err := os.CreateTemp("", "pyast-list-*.txt")
	if err != nil {
		return err
	}
	defer os.Remove(list.Name())
	if _, err := list.WriteString(strings.Join(paths, "\n") + "\n"); err != nil {
		return err
	}
	list.Close()
	cmd := exec.Command(python, filepath.Join(repo, "tools", "pyast.py"), "--root", root, "--list", list.Name())
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	perr := parseRecords(out, fn)
	if perr != nil {
		io.Copy(io.Discard, out)
	}
	werr := cmd.Wait()
	if perr != nil {
		return perr
	}
	if werr != nil {
		return fmt.Errorf("pyast.py: %v\n%s", werr, stderr.String())
	}
	return nil
}

func parseRecords(r io.Reader, fn func(Record) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	readLine := func() (string, error) {
		s, err := br.ReadString('\n')
		if err == io.EOF && s != "" {
			err = io.ErrUnexpectedEOF
		}
		return strings.TrimSuffix(s, "\n"), err
	}
	for {
		head, err := readLine()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		path, ok := strings.CutPrefix(head, "### ")
		if !ok {
			return fmt.Errorf("pyast.py: bad record header %q", head)
		}
		body, err := readLine()
		if err != nil {
			return err
		}
		rec := Record{Path: path}
		if d, ok := strings.CutPrefix(body, "OK "); ok {
			rec.OK, rec.Dump = true, d
		} else if e, ok := strings.CutPrefix(body, "ERR "); ok {
			f := strings.SplitN(e, "\t", 6)
			if len(f) != 6 {
				return fmt.Errorf("pyast.py: bad error record %q", body)
			}
			rec.ErrType = f[0]
			for i, p := range []*int{&rec.Lineno, &rec.Offset, &rec.EndLineno, &rec.EndOffset} {
				if *p, err = strconv.Atoi(f[i+1]); err != nil {
					return fmt.Errorf("pyast.py: bad error record %q", body)
				}
			}
			rec.Msg = unescapeMsg(f[5])
		} else {
			return fmt.Errorf("pyast.py: bad record %q", body)
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
}

func unescapeMsg(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' {
				b.WriteByte('\n')
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
