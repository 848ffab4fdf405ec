package literal

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
)

var (
	pythonOnce sync.Once
	pythonErr  string
)

// runPython runs script under python3 with stdin and returns its stdout. When
// python3 3.11 is missing the test is skipped, except under CI=true, where it
// fails: CI must compare against the real CPython.
func runPython(t *testing.T, script string, stdin []byte) []byte {
	t.Helper()
	pythonOnce.Do(func() {
		out, err := exec.Command("python3", "-c", "import sys; print('%d.%d' % sys.version_info[:2])").Output()
		if err != nil {
			pythonErr = "python3 not found: " + err.Error()
		} else if v := strings.TrimSpace(string(out)); v != "3.11" {
			pythonErr = "python3 is " + v + ", need 3.11"
		}
	})
	if pythonErr != "" {
		if os.Getenv("CI") == "true" {
			t.Fatal(pythonErr)
		}
		t.Skip(pythonErr)
	}
	cmd := exec.Command("python3", "-c", script)
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

// pyLines splits python's output on '\n' only (never on other line breaks).
func pyLines(out []byte) []string {
	s := strings.TrimSuffix(string(out), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
