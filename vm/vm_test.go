package vm_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

// python3 runs a script under CPython; the test fails (not skips) under
// CI=true when python3 3.11 is missing.
func python3(t *testing.T, path string) (stdout, stderr string, code int) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err == nil {
		out, _ := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
		if strings.TrimSpace(string(out)) != "True" {
			err = os.ErrNotExist
		}
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 3.11 is required")
		}
		t.Skip("python3 3.11 not found")
	}
	cmd := exec.Command(py, filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	if x, ok := err.(*exec.ExitError); ok {
		code = x.ExitCode()
	}
	return o.String(), e.String(), code
}

// runVM runs a script in a fresh interpreter, tears it down and checks
// that the heap is empty.
func runVM(t *testing.T, path string) (stdout, stderr string, code int) {
	t.Helper()
	sp := objects.NewSpace(alloc.Config{Debug: true})
	var o, e bytes.Buffer
	is, th, err := vm.NewInterpState(sp, vm.Config{Stdout: &o, Stderr: &e, SetupBuiltins: builtins.Setup})
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	os.Chdir(filepath.Dir(path))
	err = vm.RunFile(th, filepath.Base(path))
	os.Chdir(wd)
	if err != nil {
		t.Fatal(err)
	}
	is.Finalize(th)
	if n := sp.Heap.AllocatedBlocks(); n != 0 {
		t.Errorf("%s: %d blocks leaked", path, n)
	}
	return o.String(), e.String(), is.ExitCode
}

func TestScripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, f := range files {
		f := f
		t.Run(filepath.Base(f), func(t *testing.T) {
			abs, _ := filepath.Abs(f)
			wantOut, wantErr, wantCode := python3(t, abs)
			gotOut, gotErr, gotCode := runVM(t, abs)
			if gotOut != wantOut {
				t.Errorf("stdout differs:\n--- minipy\n%s\n--- python3\n%s", gotOut, wantOut)
			}
			if gotErr != wantErr {
				t.Errorf("stderr differs:\n--- minipy\n%s\n--- python3\n%s", gotErr, wantErr)
			}
			if gotCode != wantCode {
				t.Errorf("exit code %d, python3 %d", gotCode, wantCode)
			}
		})
	}
}
