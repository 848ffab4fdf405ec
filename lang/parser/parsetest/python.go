package parsetest

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"minipy/internal/pyref"
)

// FindPython, StdlibDir, StdlibFiles, ReadList and RepoRoot are
// internal/pyref's, re-exported for the tests built on this package.
var (
	FindPython  = pyref.Find
	StdlibDir   = pyref.StdlibDir
	StdlibFiles = pyref.StdlibFiles
	ReadList    = pyref.ReadList
	RepoRoot    = pyref.RepoRoot
)

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
