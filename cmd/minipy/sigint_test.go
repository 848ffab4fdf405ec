package main

// Ctrl-C during a long loop: the process prints CPython's
// KeyboardInterrupt traceback and dies of SIGINT (status 130 in a shell),
// as python3 does with the same script.

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sigintScript loops until interrupted, in a function, after telling the
// test it runs.
const sigintScript = `import sys
def work():
    n = 0
    while True:
        n += 1

print("started", flush=True)
work()
`

// sigintRun runs exe on the script, sends SIGINT once it has started and
// returns its stderr and how it ended.
func sigintRun(t *testing.T, exe, script string) (stderr string, signaled bool, sig syscall.Signal, exit int) {
	t.Helper()
	cmd := exec.Command(exe, script)
	cmd.Env = cliEnv(nil)
	var errBuf bytes.Buffer
	cmd.Stderr = &errBuf
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	started := make(chan bool, 1)
	go func() {
		line, _ := bufio.NewReader(out).ReadString('\n')
		started <- line == "started\n"
	}()
	select {
	case ok := <-started:
		if !ok {
			t.Fatalf("%s did not start the loop; stderr: %s", exe, errBuf.String())
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("%s: no output within 20s", exe)
	}
	time.Sleep(200 * time.Millisecond) // well inside the loop
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("%s did not end within 20s of SIGINT", exe)
	}
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
	return errBuf.String(), ws.Signaled(), ws.Signal(), ws.ExitStatus()
}

func TestSIGINTDuringLoop(t *testing.T) {
	// A process started with SIGINT ignored (a background job of a
	// non-interactive shell) passes that on to its children, and neither
	// python3 nor minipy would see the signal. While this process
	// listens for SIGINT itself, the children start with the default
	// disposition.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)

	py := realPython(t)
	bin := buildMinipy(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "loop.py")
	if err := os.WriteFile(script, []byte(sigintScript), 0o644); err != nil {
		t.Fatal(err)
	}
	wantErr, wantSig, wantSigno, _ := sigintRun(t, py, script)
	if !wantSig || wantSigno != syscall.SIGINT {
		t.Fatalf("python3 did not die of SIGINT (signaled %v, %v); the test's premise is wrong", wantSig, wantSigno)
	}
	if !strings.HasSuffix(wantErr, "KeyboardInterrupt\n") {
		t.Fatalf("python3's stderr: %q", wantErr)
	}
	gotErr, gotSig, gotSigno, gotExit := sigintRun(t, bin, script)
	if !gotSig || gotSigno != syscall.SIGINT {
		t.Errorf("minipy did not die of SIGINT: signaled %v (%v), exit status %d", gotSig, gotSigno, gotExit)
	}
	if gotErr != wantErr {
		t.Errorf("minipy's stderr after SIGINT:\n%s\npython3's:\n%s", gotErr, wantErr)
	}
}

// TestRaisedKeyboardInterrupt: a KeyboardInterrupt the program raises
// itself and leaves uncaught also ends the process by SIGINT, as in
// python3; a subclass of it does not (exit status 1).
func TestRaisedKeyboardInterrupt(t *testing.T) {
	py := realPython(t)
	bin := buildMinipy(t)
	for _, src := range []string{
		"raise KeyboardInterrupt",
		"class K(KeyboardInterrupt): pass\nraise K",
		"import sys\nsys.excepthook = lambda *a: print('hook')\nraise KeyboardInterrupt",
	} {
		status := func(exe string) (bool, int) {
			cmd := exec.Command(exe, "-c", src)
			cmd.Env = cliEnv(nil)
			err := cmd.Run()
			var ee *exec.ExitError
			if err != nil && !errors.As(err, &ee) {
				t.Fatal(err)
			}
			ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
			return ws.Signaled() && ws.Signal() == syscall.SIGINT, ws.ExitStatus()
		}
		wantSig, wantExit := status(py)
		gotSig, gotExit := status(bin)
		if gotSig != wantSig || gotExit != wantExit {
			t.Errorf("%q: minipy signaled %v exit %d; python3 signaled %v exit %d", src, gotSig, gotExit, wantSig, wantExit)
		}
	}
}
