package main

// The command line against CPython's: each case runs under python3 and
// under the minipy binary, in the same directory of small modules, and
// stdout, stderr and the exit status must be equal once the executables'
// paths are replaced by PROG.

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"minipy/internal/pyref"
)

// cliFiles are the modules the cases run, written into a fresh directory.
var cliFiles = map[string]string{
	"mod.py":             "import sys\nprint(__name__, __file__, sys.argv, sys.path[0], repr(__package__))\n",
	"pkg/__init__.py":    "print('pkg init', __name__)\n",
	"pkg/__main__.py":    "import sys\nprint('main', __name__, __package__, __file__, sys.argv, sys.path[0])\nfrom . import sub\n",
	"pkg/sub.py":         "print('sub', __name__)\n",
	"nomain/__init__.py": "",
	"bad/__init__.py":    "raise ValueError('bad package')\n",
	"fails.py":           "import sys\nprint('out', sys.argv[1:])\n1/0\n",
	"exits.py":           "raise SystemExit(3)\n",
	"paths.py":           "import sys\nprint(sys.path[0], sys.argv)\nimport mod\n",
	"lib/libmod.py":      "print('libmod from', __file__)\n",
	"sub/x.txt":          "",
	"app/__main__.py":    "import sys\nprint(sys.argv, sys.path[0], __file__, __name__)\nimport helper\n",
	"app/helper.py":      "print('helper', __file__)\n",
}

type cliCase struct {
	name  string
	args  []string
	stdin string
	env   []string
	dir   string // working directory under the fixture root
	// merged runs with stdout and stderr on one file, so that the order
	// of their writes shows (buffering).
	merged bool
}

var cliCases = []cliCase{
	{name: "m_module", args: []string{"-m", "mod", "a", "b"}},
	{name: "m_attached", args: []string{"-mmod"}},
	{name: "m_package", args: []string{"-m", "pkg", "x"}},
	{name: "m_submodule", args: []string{"-m", "pkg.sub"}},
	{name: "m_package_main", args: []string{"-m", "pkg.__main__"}},
	{name: "m_no_main", args: []string{"-m", "nomain"}},
	{name: "m_missing", args: []string{"-m", "nosuch"}},
	{name: "m_missing_parent", args: []string{"-m", "nosuch.x"}},
	{name: "m_not_package", args: []string{"-m", "mod.x"}},
	{name: "m_py_suffix", args: []string{"-m", "mod.py"}},
	{name: "m_builtin", args: []string{"-m", "sys"}},
	{name: "m_relative", args: []string{"-m", ".mod"}},
	{name: "m_empty", args: []string{"-m", ""}},
	{name: "m_no_arg", args: []string{"-m"}},
	{name: "m_bad_package", args: []string{"-m", "bad.sub"}},
	{name: "m_fails", args: []string{"-m", "fails", "z"}},
	{name: "m_exits", args: []string{"-m", "exits"}},
	{name: "m_pythonpath", args: []string{"-m", "libmod"}, env: []string{"PYTHONPATH=lib"}},
	{name: "m_from_subdir", args: []string{"-m", "mod"}, dir: "sub"},
	{name: "i_command", args: []string{"-i", "-c", "print('hi'); x = 5"},
		stdin: "x\nif x:\n  print(x)\n\nfor i in range(2):\n  i\n\n1/0\nprint(\n2)\nx = (1 +* 2)\n"},
	{name: "i_after_exception", args: []string{"-i", "-c", "x = 1\n1/0"}, stdin: "x + 1\n"},
	{name: "i_after_systemexit", args: []string{"-i", "-c", "raise SystemExit('bye')"}, stdin: "print(1)\n"},
	{name: "i_exit_in_session", args: []string{"-i", "-c", "pass"}, stdin: "import sys\nsys.exit(7)\nprint(8)\n"},
	{name: "i_open_block_at_eof", args: []string{"-i", "-c", "pass"}, stdin: "if 1:\n  print(5)"},
	{name: "i_script", args: []string{"-i", "fails.py", "q"}, stdin: "print(sys.argv)\n"},
	{name: "i_module", args: []string{"-i", "-m", "mod"}, stdin: "__name__\n"},
	{name: "i_missing_file", args: []string{"-i", "nonexist.py"}, stdin: "print(2)\n"},
	{name: "i_quiet_stdin", args: []string{"-q", "-i"}, stdin: "print(1)\n"},
	{name: "i_grouped", args: []string{"-qi", "-"}, stdin: "import sys; sys.argv\n"},
	{name: "u_unbuffered", args: []string{"-u", "-c", "import sys; print('a'); sys.stderr.write('b\\n'); print('c')"}, merged: true},
	{name: "u_env", args: []string{"-c", "import sys; print('a'); sys.stderr.write('b\\n'); print('c')"}, env: []string{"PYTHONUNBUFFERED=1"}, merged: true},
	{name: "buffered", args: []string{"-c", "import sys; print('a'); sys.stderr.write('b\\n'); print('c')"}, merged: true},
	{name: "u_grouped", args: []string{"-uc", "import sys; print('a', end=''); sys.stderr.write('b'); print('c')"}, merged: true},
	{name: "x_unknown", args: []string{"-X", "foo", "-Xa=b=c", "-c", "import sys; print(sys._xoptions)"}},
	{name: "x_no_arg", args: []string{"-X"}},
	{name: "unknown_short", args: []string{"-z"}},
	{name: "unknown_long", args: []string{"--foo"}},
	{name: "c_no_arg", args: []string{"-c"}},
	{name: "c_argv", args: []string{"-c", "import sys; print(sys.argv, repr(sys.path[0]))", "-x", "y"}},
	{name: "script_path", args: []string{"paths.py", "1"}},
	{name: "script_from_subdir", args: []string{"../paths.py"}, dir: "sub"},
	{name: "script_symlink", args: []string{"sub/link.py"}},
	{name: "script_missing", args: []string{"nonexist.py"}},
	{name: "script_dir", args: []string{"sub"}},
	{name: "script_dir_slash", args: []string{"sub/"}},
	{name: "script_dir_main", args: []string{"app", "a"}},
	{name: "double_dash", args: []string{"--", "paths.py"}},
	{name: "stdin_script", args: []string{"-", "a"}, stdin: "import sys\nprint(sys.argv, repr(sys.path[0]))\n"},
	{name: "pythonpath", args: []string{"-c", "import sys; print(sys.path[1:3]); import libmod"}, env: []string{"PYTHONPATH=lib:rel"}},
	{name: "pythonpath_empty_entry", args: []string{"-c", "import sys; print(sys.path[1:3])"}, env: []string{"PYTHONPATH=lib::"}},
	{name: "ignore_env", args: []string{"-E", "-c", "import libmod"}, env: []string{"PYTHONPATH=lib"}},
	{name: "live_sys_path", args: []string{"-c", "import sys; sys.path.append('lib'); import libmod; sys.path.remove('lib')"}},
	{name: "version_first", args: []string{"-V", "-c", "print(1)"}},
}

// writeFixtures makes the directory the cases run in.
func writeFixtures(t *testing.T) string {
	root := t.TempDir()
	// The temporary directory may sit behind a symbolic link; CPython
	// reports resolved paths for sys.path[0].
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	for name, src := range cliFiles {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(root, "mod.py"), filepath.Join(root, "sub", "link.py")); err != nil {
		t.Fatal(err)
	}
	return root
}

// cliEnv is the environment of both programs: none of the variables
// that change how they run, unless the case sets them.
func cliEnv(extra []string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "PYTHONUNBUFFERED", "PYTHONINSPECT", "PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "MINIPY_CPUPROFILE":
			continue
		}
		env = append(env, kv)
	}
	return append(env, extra...)
}

type cliResult struct {
	Stdout, Stderr string
	Exit           int
}

// runCLI runs exe with the case's arguments and normalises exe's path
// and the name in CPython's "Try `python -h'" line.
func runCLI(t *testing.T, exe, root string, c cliCase) cliResult {
	t.Helper()
	cmd := exec.Command(exe, c.args...)
	cmd.Dir = filepath.Join(root, c.dir)
	cmd.Env = cliEnv(c.env)
	cmd.Stdin = strings.NewReader(c.stdin)
	var stdout, stderr bytes.Buffer
	var merged *os.File
	if c.merged {
		f, err := os.CreateTemp(t.TempDir(), "out")
		if err != nil {
			t.Fatal(err)
		}
		merged = f
		cmd.Stdout, cmd.Stderr = f, f
	} else {
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
	}
	err := cmd.Run()
	r := cliResult{}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.Exit = ee.ExitCode()
	case err != nil:
		t.Fatalf("%s %v: %v", exe, c.args, err)
	}
	if merged != nil {
		b, err := os.ReadFile(merged.Name())
		if err != nil {
			t.Fatal(err)
		}
		merged.Close()
		r.Stdout = string(b)
	} else {
		r.Stdout, r.Stderr = stdout.String(), stderr.String()
	}
	norm := func(s string) string {
		s = strings.ReplaceAll(s, exe, "PROG")
		s = strings.ReplaceAll(s, "Try `python -h'", "Try `minipy -h'")
		return s
	}
	r.Stdout, r.Stderr = norm(r.Stdout), norm(r.Stderr)
	return r
}

// realPython is python3's own executable (sys.executable), so that the
// path it reports for itself is the path it was started as.
func realPython(t *testing.T) string {
	py := pyref.Require(t)
	out, err := exec.Command(py, "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	return strings.TrimSpace(string(out))
}

var frozenRunpy = regexp.MustCompile(`(?m)^  File "<frozen runpy>", line \d+, in \w+\n`)

func TestCommandLineMatchesPython(t *testing.T) {
	py := realPython(t)
	bin, err := filepath.Abs(buildMinipy(t))
	if err != nil {
		t.Fatal(err)
	}
	root := writeFixtures(t)
	for _, c := range cliCases {
		t.Run(c.name, func(t *testing.T) {
			want := runCLI(t, py, root, c)
			// CPython's traceback of a -m module starts in runpy, which
			// minipy does not have (its -m is written in Go).
			want.Stderr = frozenRunpy.ReplaceAllString(want.Stderr, "")
			got := runCLI(t, bin, root, c)
			if c.name == "version_first" {
				// Both print their own version line and nothing else.
				want.Stdout, got.Stdout = "", ""
			}
			if got != want {
				t.Errorf("minipy %q differs from python3 (-python3 +minipy):\n%s", c.args, cmp.Diff(want, got))
			}
		})
	}
}

// TestHelp: -h prints CPython's layout (usage line, "Options ..."
// header, "-x ...: text" lines with aligned continuations, the
// "Arguments:" section) listing the options minipy has, and exits 0.
func TestHelp(t *testing.T) {
	bin, err := filepath.Abs(buildMinipy(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, flag := range []string{"-h", "--help", "-?"} {
		out, err := exec.Command(bin, flag).Output()
		if err != nil {
			t.Fatalf("minipy %s: %v", flag, err)
		}
		lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
		if want := "usage: " + bin + " [option] ... [-c cmd | -m mod | file | -] [arg] ..."; lines[0] != want {
			t.Errorf("%s: usage line %q, want %q", flag, lines[0], want)
		}
		if lines[1] != "Options (and corresponding environment variables):" {
			t.Errorf("%s: second line %q", flag, lines[1])
		}
		optLine := regexp.MustCompile(`^(-[A-Za-z?]( [a-z]+)?|--[a-z-]+( [a-z]+)?) *: \S`)
		seen := map[string]bool{}
		section := "options"
		for _, l := range lines[2:] {
			switch {
			case l == "Arguments:":
				section = "arguments"
			case l == "" || l == "Other environment variables:":
				section = "env"
			case section != "options":
			case strings.HasPrefix(l, "         "): // a continuation
			case optLine.MatchString(l):
				seen[strings.Fields(l)[0]] = true
			default:
				t.Errorf("%s: line not in CPython's layout: %q", flag, l)
			}
		}
		for _, o := range []string{"-c", "-h", "-i", "-m", "-u", "-V", "-X", "-E", "-q"} {
			if !seen[o] {
				t.Errorf("%s: option %s not listed", flag, o)
			}
		}
	}
	// Every option -h lists is one the parser accepts.
	py := realPython(t)
	pyHelp, _ := exec.Command(py, "-h").Output()
	if !strings.Contains(string(pyHelp), "-i     : inspect interactively after running script; forces a prompt even") {
		t.Errorf("python3 -h no longer has the layout this test copies")
	}
}
